// Export of the view: a PNG of the drawing (cy.png), the elements as drawn, and the interchange formats that the
// API offers. Which formats exist, and their display names, are read from the API's OpenAPI document (the `format`
// parameter's enum and its `x-enum-descriptions`, which the API generates from the library's registry of export
// writers), so a new format appears here without editing this file, and nothing shows before the API has `format=`.

import { api, apiUrl, type OpenApiDocument, type OpenApiParameter } from './api';
import { downloadBlob, h, replaceChildren } from './dom';

export interface ExportSupport {
  /** Formats of GET /api/graph (the whole graph), or null when the API has no such route. */
  graph: string[] | null;
  neighbourhood: string[] | null;
  paths: string[] | null;
  /** Display names of the formats, from the OpenAPI document's x-enum-descriptions. */
  labels: Record<string, string>;
}

export async function detectExportSupport(): Promise<ExportSupport> {
  try {
    const document = await api.openApi();
    const labels: Record<string, string> = {};
    for (const path of ['/api/graph', '/api/entities/{id}/neighbourhood', '/api/paths']) {
      Object.assign(labels, formatLabels(document, path));
    }
    return {
      graph: formats(document, '/api/graph'),
      neighbourhood: formats(document, '/api/entities/{id}/neighbourhood'),
      paths: formats(document, '/api/paths'),
      labels,
    };
  } catch {
    return { graph: null, neighbourhood: null, paths: null, labels: {} };
  }
}

function formatParameter(document: OpenApiDocument, path: string): OpenApiParameter | undefined {
  return document.paths?.[path]?.get?.parameters?.find((p: OpenApiParameter) => p.name === 'format' && p.in === 'query');
}

/** Pairs the format parameter's enum with its x-enum-descriptions (display names, in the same order). */
function formatLabels(document: OpenApiDocument, path: string): Record<string, string> {
  const schema = formatParameter(document, path)?.schema as { enum?: unknown[]; 'x-enum-descriptions'?: unknown[] } | undefined;
  const names = schema?.enum ?? [];
  const descriptions = schema?.['x-enum-descriptions'] ?? [];
  const labels: Record<string, string> = {};
  names.forEach((name, i) => {
    if (typeof name === 'string' && typeof descriptions[i] === 'string') {
      labels[name] = descriptions[i] as string;
    }
  });
  return labels;
}

function formats(document: OpenApiDocument, path: string): string[] | null {
  const parameter = formatParameter(document, path);
  if (!parameter) {
    return null;
  }
  return (parameter.schema?.enum ?? parameter.schema?.items?.enum ?? []).filter((v): v is string => typeof v === 'string' && v !== '');
}

/** A query that built part of the view, which the API can answer in another format. */
export interface ExportSource {
  label: string;
  kind: 'neighbourhood' | 'paths';
  path: string;
  params: URLSearchParams;
  fileBase: string;
}

export interface ExportContext {
  sources(): ExportSource[];
  png(): Blob;
  elementsJson(): object;
  announce(text: string): void;
}

export class ExportDialog {
  private format = '';

  constructor(
    private readonly dialog: HTMLDialogElement,
    private readonly body: HTMLElement,
    private readonly support: ExportSupport,
    private readonly context: ExportContext,
  ) {}

  open(): void {
    this.render();
    this.dialog.showModal();
  }

  render(): void {
    const sources = this.context.sources();
    const png = h('button', { type: 'button', id: 'export-png' }, 'PNG image of the view');
    png.addEventListener('click', () => {
      downloadBlob(this.context.png(), 'knowledge-graph-view.png');
      this.context.announce('The PNG image of the view was downloaded.');
    });
    const elements = h('button', { type: 'button', id: 'export-elements', class: 'secondary' }, 'Elements as drawn (Cytoscape.js JSON)');
    elements.addEventListener('click', () => {
      downloadBlob(new Blob([JSON.stringify(this.context.elementsJson(), null, 2)], { type: 'application/json' }), 'knowledge-graph-view.cyjs');
      this.context.announce('The elements of the view were downloaded as Cytoscape.js JSON.');
    });
    const empty = sources.length === 0;
    png.disabled = empty;
    elements.disabled = empty;

    const offered = [...new Set([...(this.support.neighbourhood ?? []), ...(this.support.paths ?? []), ...(this.support.graph ?? [])])];
    if (!offered.includes(this.format)) {
      this.format = offered.includes('graphml') ? 'graphml' : (offered[0] ?? '');
    }
    let data: (Node | null)[];
    if (offered.length === 0) {
      data = [h('p', { class: 'hint', id: 'export-unavailable' },
        'This API offers no interchange formats yet: its OpenAPI document (',
        h('a', { href: apiUrl('openapi/v1.json') }, '/openapi/v1.json'),
        ') lists no format parameter on the neighbourhood and path endpoints and no /api/graph. ',
        'The buttons for GraphML, GEXF, DOT, JSON-LD, Turtle and the other formats appear here once it does.')];
    } else {
      const select = h('select', { id: 'export-format' }, offered.map(f => h('option', { value: f, selected: f === this.format }, this.support.labels[f] ?? f)));
      select.addEventListener('change', () => { this.format = select.value; this.render(); });
      const rows: Node[] = [];
      for (const source of sources) {
        const supported = source.kind === 'neighbourhood' ? this.support.neighbourhood : this.support.paths;
        if (supported?.includes(this.format)) {
          rows.push(this.link(source.label, source.path, source.params, source.fileBase));
        }
      }
      if (this.support.graph?.includes(this.format)) {
        rows.push(this.link('The whole graph', 'api/graph', new URLSearchParams(), 'knowledge-graph'));
      }
      data = [
        h('div', { class: 'field' }, h('label', { for: 'export-format' }, 'Format'), select),
        rows.length > 0 ? h('ul', { class: 'export-links', id: 'export-links' }, rows) : h('p', { class: 'hint' }, 'Nothing in this format for the current view.'),
        sources.length > 1 ? h('p', { class: 'hint' }, 'The view joins several queries; each downloads on its own.') : null,
      ];
    }

    replaceChildren(this.body,
      h('h3', {}, 'Picture and drawing'),
      h('div', { class: 'actions' }, png, elements),
      empty ? h('p', { class: 'hint' }, 'The view is empty: search for an entity first.') : null,
      h('h3', {}, 'Interchange formats (from the API)'),
      data);
  }

  private link(label: string, path: string, params: URLSearchParams, fileBase: string): HTMLLIElement {
    const query = new URLSearchParams(params);
    query.set('format', this.format);
    const href = apiUrl(path, query);
    // The API names the file (Content-Disposition); `download` only asks the browser to save it.
    return h('li', {}, h('a', { href, download: true, 'data-format': this.format, 'data-file': fileBase, class: 'download' }, `${label} (${this.support.labels[this.format] ?? this.format})`));
  }
}
