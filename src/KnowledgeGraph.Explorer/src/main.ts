// The explorer: opens on the neighbourhood of the best-connected entity; search an entity, see its neighbourhood,
// expand it, find paths, filter (by sources too), read the sources and evidence and export the view, all through
// the public REST API.

import './styles.css';
import { api, ApiError, type DocumentDto, type EntityKindDto, type NeighbourhoodResponse, type NodeDto, type PathsResponse, type RelationDto, type RelationTypeDto } from './api';
import { EntityCombobox } from './combobox';
import { DetailsPanel } from './details';
import { byId } from './dom';
import { detectExportSupport, ExportDialog, type ExportSource } from './exporting';
import { FilterPanel, filterParams, filtersBlock } from './filters';
import { edgeId, GraphView } from './graphView';
import { bestConnectedEntity } from './home';
import { renderInView } from './inView';
import { renderLegend } from './legend';
import { renderPathResults } from './paths';
import { addCountedParams, leavesDocumentsOut } from './sourceFilter';
import { readHash, weightings, writeHash, type PathQuery, type Weighting } from './urlState';

interface ExplorerHandle {
  readonly cy: GraphView['cy'];
  readonly idle: boolean;
  readonly explorer: Explorer;
}

declare global {
  interface Window {
    kgExplorer?: ExplorerHandle;
  }
}

class Explorer {
  centers: string[] = [];
  path: PathQuery | null = null;
  selectedPath = 0;
  pathsResult: PathsResponse | null = null;
  readonly nodes = new Map<string, NodeDto>();
  readonly relations = new Map<string, RelationDto>();
  private busy = 0;
  /** The entity the explorer opened on, while the view is still its neighbourhood. */
  private home: string | null = null;
  private generation = 0;
  private filterTimer: number | undefined;
  private neighbourhoods: NeighbourhoodResponse[] = [];
  private readonly names = new Map<string, string>();
  readonly graph: GraphView;
  private readonly filters: FilterPanel;
  private readonly pathFrom: EntityCombobox;
  private readonly pathTo: EntityCombobox;
  private readonly details: DetailsPanel;
  private readonly exporter: ExportDialog;
  private readonly types: RelationTypeDto[];
  private readonly kinds: EntityKindDto[];

  constructor(types: RelationTypeDto[], kinds: EntityKindDto[], documents: DocumentDto[], exportSupport: Awaited<ReturnType<typeof detectExportSupport>>) {
    this.types = types;
    this.kinds = kinds;
    const busy = (delta: number) => { this.busy += delta; };
    this.graph = new GraphView(byId('graph'), new Map(types.map(t => [t.name, t])), {
      onNode: (id, focusDetails) => void this.openEntity(id, focusDetails),
      onEdge: relationId => {
        const relation = this.relations.get(relationId);
        if (relation) {
          this.openRelation(relation, false);
        }
      },
      onExpand: id => void this.expand(id),
      onBackground: () => this.graph.select(null),
    });
    this.filters = new FilterPanel(byId('filters'), types, kinds, documents, () => this.scheduleRefresh());
    new EntityCombobox(byId<HTMLInputElement>('search'), byId('search-list'), item => {
      this.closeDrawer();
      void this.showNeighbourhood(item.id);
    }, busy);
    this.pathFrom = new EntityCombobox(byId<HTMLInputElement>('path-from'), byId('path-from-list'), () => byId('path-to').focus(), busy);
    this.pathTo = new EntityCombobox(byId<HTMLInputElement>('path-to'), byId('path-to-list'), () => byId('path-find').focus(), busy);
    this.details = new DetailsPanel(byId('details'), byId('details-body'), {
      showNeighbourhood: id => void this.showNeighbourhood(id),
      expand: id => void this.expand(id),
      pathFrom: entity => { this.pathFrom.set(entity); this.openDrawer('path-from'); },
      pathTo: entity => { this.pathTo.set(entity); this.openDrawer('path-to'); },
      openEntity: id => void this.openEntity(id, true),
      openRelation: relation => this.openRelation(relation, true),
      countsSomeDocumentsOnly: () => leavesDocumentsOut(this.filters.value.sources),
    }, new Map(documents.map(d => [d.id, d])));
    this.exporter = new ExportDialog(byId<HTMLDialogElement>('export-dialog'), byId('export-body'), exportSupport, {
      sources: () => this.exportSources(),
      png: () => this.graph.png(),
      elementsJson: () => this.graph.elementsJson(),
      announce: text => this.status(text),
    });
    this.wire();
    renderLegend(byId('legend-body'), kinds);
    if (window.matchMedia('(max-width: 900px)').matches) {
      byId<HTMLDetailsElement>('legend').open = false;
    }
  }

  get idle(): boolean {
    return this.busy === 0;
  }

  async start(): Promise<void> {
    const state = readHash();
    this.filters.set(state.filters);
    this.centers = state.centers;
    this.path = state.path;
    this.selectedPath = state.selectedPath;
    if (this.path) {
      const [from, to] = await Promise.all([api.entity(this.path.from).catch(() => null), api.entity(this.path.to).catch(() => null)]);
      this.pathFrom.set(from);
      this.pathTo.set(to);
      byId<HTMLInputElement>('path-k').value = String(this.path.k);
      byId<HTMLInputElement>('path-max').value = String(this.path.maxLength);
      byId<HTMLSelectElement>('path-weighting').value = this.path.weighting;
    }
    if (this.centers.length === 0 && !this.path) {
      // No view in the address: open on the best-connected entity's neighbourhood rather than an empty canvas.
      const home = await bestConnectedEntity(this.filters.value);
      if (!home) {
        this.status('Search for an entity to see its neighbourhood, or find a path between two entities.');
        return;
      }
      this.names.set(home.id, home.name);
      this.centers = [home.id];
      this.home = home.id;
    }
    await this.refresh();
  }

  async showNeighbourhood(id: string): Promise<void> {
    this.centers = [id];
    this.path = null;
    this.pathsResult = null;
    this.details.close();
    this.graph.clear();
    await this.refresh();
  }

  async expand(id: string): Promise<void> {
    if (!this.centers.includes(id)) {
      this.centers.push(id);
    }
    await this.refresh(id);
  }

  async findPaths(): Promise<void> {
    this.busy++;
    try {
      const [from, to] = await Promise.all([this.pathFrom.resolve(), this.pathTo.resolve()]);
      if (!from || !to) {
        this.status(!from ? 'Choose the entity the path starts from.' : 'Choose the entity the path leads to.', true);
        byId(!from ? 'path-from' : 'path-to').focus();
        return;
      }
      const k = clamp(Number(byId<HTMLInputElement>('path-k').value), 1, 10, 3);
      const maxLength = clamp(Number(byId<HTMLInputElement>('path-max').value), 1, 8, 6);
      const chosen = byId<HTMLSelectElement>('path-weighting').value;
      const weighting: Weighting = weightings.find(w => w === chosen) ?? 'hops';
      this.names.set(from.id, from.name);
      this.names.set(to.id, to.name);
      this.path = { from: from.id, to: to.id, k, maxLength, weighting };
      this.selectedPath = 0;
      this.closeDrawer();
      await this.refresh();
    } catch (error) {
      this.status(message(error), true);
    } finally {
      this.busy--;
    }
  }

  selectPath(index: number): void {
    this.selectedPath = index;
    const paths = this.pathsResult?.paths ?? [];
    this.graph.highlightPaths(paths, index);
    if (paths[index]) {
      this.graph.fitPath(paths[index]);
    }
    this.renderPaths();
    this.saveHash();
    byId(`path-choose-${index}`).focus();
  }

  async clearPaths(): Promise<void> {
    this.path = null;
    this.pathsResult = null;
    await this.refresh();
    byId('path-from').focus();
  }

  /** Runs every query of the view again with the current filters and redraws. */
  async refresh(anchor?: string): Promise<void> {
    const generation = ++this.generation;
    this.busy++;
    try {
      const blocked = filtersBlock(this.filters.value, this.types, this.kinds);
      if (blocked) {
        this.graph.clear();
        this.nodes.clear();
        this.relations.clear();
        this.pathsResult = null;
        this.renderPaths();
        this.renderInView();
        this.status(blocked, true);
        return;
      }
      this.status('Loading…');
      const [neighbourhoods, paths] = await Promise.all([
        Promise.all(this.centers.map(id => api.neighbourhood(id, this.neighbourhoodParams()))),
        this.path ? api.paths(this.pathParams(this.path)) : Promise.resolve(null),
      ]);
      if (generation !== this.generation) {
        return;
      }
      // Queries accept unambiguous names too: keep the ids the API answered with.
      this.centers = neighbourhoods.map(n => n.center);
      this.neighbourhoods = neighbourhoods;
      this.pathsResult = paths;
      if (paths && this.selectedPath >= paths.paths.length) {
        this.selectedPath = 0;
      }
      this.nodes.clear();
      this.relations.clear();
      for (const result of neighbourhoods) {
        result.nodes.forEach(n => this.addNode(n));
        result.edges.forEach(e => this.relations.set(e.id, e));
      }
      for (const path of paths?.paths ?? []) {
        path.nodes.forEach(n => this.addNode(n));
        path.edges.forEach(e => this.relations.set(e.id, e));
      }
      await this.graph.show({ nodes: [...this.nodes.values()], edges: [...this.relations.values()], centers: this.centers, anchor });
      if (generation !== this.generation) {
        return;
      }
      this.graph.highlightPaths(paths?.paths ?? [], this.selectedPath);
      this.renderPaths();
      this.renderInView();
      if (this.home !== null && (this.centers.length !== 1 || this.centers[0] !== this.home || this.path)) {
        this.home = null;
      }
      this.status(this.summary());
      this.saveHash();
    } catch (error) {
      if (generation === this.generation) {
        this.status(message(error), true);
      }
    } finally {
      this.busy--;
    }
  }

  async openEntity(id: string, focus: boolean): Promise<void> {
    this.busy++;
    try {
      if (this.nodes.has(id)) {
        this.graph.select(id);
      }
      this.details.loading('Loading the entity…');
      // The entity's relations as the source filter counts them (the traversal-only includeContested aside).
      const params = new URLSearchParams();
      addCountedParams(params, this.filters.value.sources);
      const entity = await api.entity(id, params);
      this.details.showEntity(entity, this.nodes.has(id), focus);
    } catch (error) {
      this.details.error(message(error));
    } finally {
      this.busy--;
    }
  }

  openRelation(relation: RelationDto, focus: boolean): void {
    if (this.relations.has(relation.id)) {
      this.graph.select(edgeId(relation.id));
    }
    this.details.showRelation(relation, focus);
  }

  private addNode(node: NodeDto): void {
    const known = this.nodes.get(node.id);
    if (!known || node.distance < known.distance) {
      this.nodes.set(node.id, node);
    }
    this.names.set(node.id, node.name);
  }

  private neighbourhoodParams(): URLSearchParams {
    const params = filterParams(this.filters.value, this.types, this.kinds);
    params.set('depth', String(this.filters.value.depth));
    return params;
  }

  private pathParams(path: PathQuery): URLSearchParams {
    const params = new URLSearchParams({ from: path.from, to: path.to, k: String(path.k), maxLength: String(path.maxLength) });
    if (path.weighting !== 'hops') {
      params.set('weighting', path.weighting);
    }
    filterParams(this.filters.value, this.types, this.kinds).forEach((value, key) => params.set(key, value));
    return params;
  }

  private exportSources(): ExportSource[] {
    const depth = this.filters.value.depth;
    const sources: ExportSource[] = this.centers.map(id => ({
      label: `Neighbourhood of ${this.names.get(id) ?? id} (${depth} ${depth === 1 ? 'hop' : 'hops'})`,
      kind: 'neighbourhood',
      path: `api/entities/${encodeURIComponent(id)}/neighbourhood`,
      params: this.neighbourhoodParams(),
      fileBase: `neighbourhood-${id}`,
    }));
    if (this.path) {
      sources.push({
        label: `Paths from ${this.names.get(this.path.from) ?? this.path.from} to ${this.names.get(this.path.to) ?? this.path.to}`,
        kind: 'paths',
        path: 'api/paths',
        params: this.pathParams(this.path),
        fileBase: `paths-${this.path.from}-${this.path.to}`,
      });
    }
    return sources;
  }

  private summary(): string {
    const parts: string[] = [];
    if (this.centers.length > 0) {
      const depth = this.filters.value.depth;
      const names = this.centers.map(id => this.names.get(id) ?? id);
      parts.push(`Neighbourhood of ${names.join(', ')} (${depth} ${depth === 1 ? 'hop' : 'hops'})`);
    }
    if (this.path && this.pathsResult) {
      const count = this.pathsResult.paths.length;
      parts.push(`${count === 0 ? 'no' : count} ${count === 1 ? 'path' : 'paths'} from ${this.names.get(this.path.from) ?? this.path.from} to ${this.names.get(this.path.to) ?? this.path.to}`);
    }
    const truncated = this.neighbourhoods.filter(n => n.truncated).map(n => n.truncationReason ?? 'a limit was reached');
    const contested = [...this.relations.values()].filter(r => r.contested).length;
    return `${parts.join('; ')}: ${this.nodes.size} ${this.nodes.size === 1 ? 'entity' : 'entities'}, ${this.relations.size} ${this.relations.size === 1 ? 'relation' : 'relations'}`
      + (contested > 0 ? ` (${contested} contested, marked ⚠)` : '') + '.'
      + (this.home !== null ? ' It is the best-connected entity; search for another, or find a path.' : '')
      + (truncated.length > 0 ? ` Cut short: ${truncated.join('; ')}.` : '');
  }

  private renderPaths(): void {
    const names = this.path ? { from: this.names.get(this.path.from) ?? this.path.from, to: this.names.get(this.path.to) ?? this.path.to } : { from: '', to: '' };
    renderPathResults(byId('path-results'), this.path ? this.pathsResult : null, names, this.selectedPath, {
      select: index => this.selectPath(index),
      openRelation: relation => this.openRelation(relation, true),
      clear: () => void this.clearPaths(),
    });
  }

  private renderInView(): void {
    renderInView(byId('in-view'), byId('in-view-count'), [...this.nodes.values()], [...this.relations.values()], this.centers, {
      openEntity: id => void this.openEntity(id, true),
      expand: id => void this.expand(id),
      openRelation: relation => this.openRelation(relation, true),
    });
  }

  private status(text: string, isError = false): void {
    const status = byId('status');
    status.textContent = text;
    status.classList.toggle('error', isError);
  }

  private scheduleRefresh(): void {
    window.clearTimeout(this.filterTimer);
    if (this.filterTimer === undefined) {
      this.busy++;
    }
    this.filterTimer = window.setTimeout(() => {
      this.filterTimer = undefined;
      this.busy--;
      if (this.centers.length > 0 || this.path) {
        void this.refresh();
      } else {
        this.saveHash();
      }
    }, 250);
  }

  private saveHash(): void {
    writeHash({ centers: this.centers, path: this.path, selectedPath: this.selectedPath, filters: this.filters.value });
  }

  private openDrawer(focusId?: string): void {
    document.body.classList.add('sidebar-open');
    byId('menu-toggle').setAttribute('aria-expanded', 'true');
    if (focusId) {
      byId(focusId).focus();
    }
  }

  private closeDrawer(): void {
    document.body.classList.remove('sidebar-open');
    byId('menu-toggle').setAttribute('aria-expanded', 'false');
  }

  private wire(): void {
    byId<HTMLFormElement>('path-form').addEventListener('submit', event => {
      event.preventDefault();
      void this.findPaths();
    });
    byId('path-swap').addEventListener('click', () => {
      const from = this.pathFrom.chosen;
      const to = this.pathTo.chosen;
      const fromText = byId<HTMLInputElement>('path-from').value;
      const toText = byId<HTMLInputElement>('path-to').value;
      this.pathFrom.set(to);
      this.pathTo.set(from);
      if (!to) byId<HTMLInputElement>('path-from').value = toText;
      if (!from) byId<HTMLInputElement>('path-to').value = fromText;
    });
    byId('details-close').addEventListener('click', () => this.closeDetails());
    byId('export-open').addEventListener('click', () => this.exporter.open());
    byId('fit').addEventListener('click', () => this.graph.fit());
    byId('zoom-in').addEventListener('click', () => this.graph.zoomBy(1.25));
    byId('zoom-out').addEventListener('click', () => this.graph.zoomBy(1 / 1.25));
    byId('clear-view').addEventListener('click', () => {
      this.centers = [];
      this.path = null;
      this.pathsResult = null;
      this.graph.clear();
      this.nodes.clear();
      this.relations.clear();
      this.details.close();
      this.renderPaths();
      this.renderInView();
      this.saveHash();
      this.status('The view is empty. Search for an entity to start again.');
    });
    // The address keeps the view: the skip link moves focus without touching it.
    byId('skip-link').addEventListener('click', event => {
      event.preventDefault();
      byId('graph').focus();
    });
    const menu = byId('menu-toggle');
    menu.addEventListener('click', () => {
      if (document.body.classList.contains('sidebar-open')) {
        this.closeDrawer();
      } else {
        this.openDrawer();
      }
    });
    document.addEventListener('keydown', event => {
      const target = event.target as HTMLElement;
      const typing = target.matches('input, textarea, select, [contenteditable]');
      if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        byId('search').focus();
      } else if (event.key === 'Escape' && !event.defaultPrevented) {
        if (this.details.isOpen && !byId<HTMLDialogElement>('export-dialog').open) {
          this.closeDetails();
        } else if (document.body.classList.contains('sidebar-open')) {
          this.closeDrawer();
          menu.focus();
        }
      }
    });
  }

  private closeDetails(): void {
    const hadFocus = byId('details').contains(document.activeElement);
    this.details.close();
    if (hadFocus) {
      byId('graph').focus();
    }
  }
}

function clamp(value: number, min: number, max: number, fallback: number): number {
  return Number.isInteger(value) ? Math.min(max, Math.max(min, value)) : fallback;
}

function message(error: unknown): string {
  if (error instanceof ApiError) {
    return `The API answered ${error.status}: ${error.message}`;
  }
  return `The API could not be reached: ${error instanceof Error ? error.message : String(error)}`;
}

async function main(): Promise<void> {
  const status = byId('status');
  try {
    const [types, kinds, documents, exportSupport] = await Promise.all([api.relationTypes(), api.entityKinds(), api.documents(), detectExportSupport()]);
    const explorer = new Explorer(types, kinds, documents, exportSupport);
    window.kgExplorer = {
      cy: explorer.graph.cy,
      get idle() { return explorer.idle; },
      explorer,
    };
    await explorer.start();
    document.body.dataset['ready'] = 'true';
  } catch (error) {
    status.textContent = `The explorer could not start: ${message(error)}`;
    status.classList.add('error');
  }
}

void main();
