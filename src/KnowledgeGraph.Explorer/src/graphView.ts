// The drawing: Cytoscape.js with the fcose force-directed layout. Entities are coloured and shaped by kind,
// relations labelled by type, coloured by polarity, dashed when uncertain and outlined in violet with a ⚠ when
// their sources disagree (contested). The canvas is keyboard operable.

import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { CollectionReturnValue, Core, EdgeSingular, ElementDefinition, LayoutOptions, NodeSingular, StylesheetJson } from 'cytoscape';
import type { NodeDto, PathDto, RelationDto, RelationTypeDto } from './api';
import { contestedColor, kindLook, polarityColor } from './appearance';

cytoscape.use(fcose);

/** The Cytoscape id of a relation's edge (entity and relation ids live in one id space there). */
export const edgeId = (relationId: string): string => `relation:${relationId}`;

export interface GraphCallbacks {
  /** An entity was chosen; `focusDetails` moves keyboard focus to its details. */
  onNode(id: string, focusDetails: boolean): void;
  onEdge(relationId: string): void;
  onExpand(id: string): void;
  onBackground(): void;
}

export interface ViewContent {
  nodes: NodeDto[];
  edges: RelationDto[];
  centers: string[];
  /** A node whose new neighbours should appear around it (the one just expanded). */
  anchor?: string | undefined;
}

const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');

export class GraphView {
  readonly cy: Core;
  private layoutRun: Promise<void> = Promise.resolve();
  /** What the last fit framed, until the user pans or zooms: a resize frames it again. */
  private framed: CollectionReturnValue | null = null;

  constructor(
    container: HTMLElement,
    private readonly types: Map<string, RelationTypeDto>,
    private readonly callbacks: GraphCallbacks,
  ) {
    this.cy = cytoscape({
      container,
      style: stylesheet(),
      minZoom: 0.15,
      maxZoom: 4,
      boxSelectionEnabled: false,
      selectionType: 'single',
    });
    // A single tap opens the details only once it is clear that it is no double tap: opening them resizes the
    // drawing, which would move the node away from under the second click of a double click.
    this.cy.on('onetap', 'node', event => this.callbacks.onNode((event.target as NodeSingular).id(), false));
    this.cy.on('tap', 'edge', event => this.callbacks.onEdge((event.target as EdgeSingular).data('relationId') as string));
    this.cy.on('dbltap', 'node', event => this.callbacks.onExpand((event.target as NodeSingular).id()));
    this.cy.on('tap', event => {
      if (event.target === this.cy) {
        this.callbacks.onBackground();
      }
    });
    container.addEventListener('keydown', event => this.onKeyDown(event));
    // The details panel and the drawer change the container's size, not the window's.
    // Panels change the container's size, not the window's: follow it, framing again what was framed or
    // else keeping the selection in sight.
    new ResizeObserver(() => {
      this.cy.resize();
      const framed = this.framed?.filter(element => !element.removed());
      if (framed && framed.nonempty()) {
        this.fit(framed);
      } else {
        this.reveal();
      }
    }).observe(container);
    this.cy.on('tapstart', event => {
      if (event.target === this.cy) {
        this.framed = null;
      }
    });
    container.addEventListener('wheel', () => { this.framed = null; }, { passive: true });
  }

  /** Resolves when the running layout has finished. */
  get settled(): Promise<void> {
    return this.layoutRun;
  }

  /** Shows exactly these elements, keeping the positions of those already drawn, and lays the graph out again. */
  async show(content: ViewContent): Promise<void> {
    const cy = this.cy;
    const nodeIds = new Set(content.nodes.map(n => n.id));
    const edgeIds = new Set(content.edges.map(e => edgeId(e.id)));
    const hadNodes = cy.nodes().length > 0;
    let changed = false;
    cy.batch(() => {
      const stale = cy.elements().filter(element => element.isNode() ? !nodeIds.has(element.id()) : !edgeIds.has(element.id()));
      changed = stale.length > 0;
      cy.remove(stale);
      const added: ElementDefinition[] = [];
      let placed = 0;
      for (const node of content.nodes) {
        const existing = cy.getElementById(node.id);
        if (existing.nonempty()) {
          existing.data({ label: node.name, kind: node.kind });
          continue;
        }
        added.push({ group: 'nodes', data: { id: node.id, label: node.name, kind: node.kind }, position: this.startPosition(node.id, content, placed++) });
      }
      for (const edge of content.edges) {
        if (cy.getElementById(edgeId(edge.id)).nonempty()) {
          continue;
        }
        const type = this.types.get(edge.type);
        added.push({
          group: 'edges',
          data: {
            id: edgeId(edge.id),
            relationId: edge.id,
            source: edge.source,
            target: edge.target,
            type: edge.type,
            label: edge.label,
            polarity: edge.polarity,
            certainty: edge.certainty,
            contested: edge.contested,
            outletCount: edge.outletCount,
          },
          classes: [
            edge.contested ? 'contested' : '',
            edge.certainty === 'denied' ? 'denied' : edge.certainty === 'hedged' || edge.certainty === 'hypothetical' ? 'uncertain' : '',
            type?.symmetric ? 'symmetric' : '',
            edge.implicit ? 'implicit' : '',
          ].filter(Boolean),
        });
      }
      changed ||= added.length > 0;
      cy.add(added);
      const centers = new Set(content.centers);
      cy.nodes().forEach(node => {
        node.toggleClass('center', centers.has(node.id()));
      });
    });
    if (changed || !hadNodes) {
      await this.layout(!hadNodes);
    }
  }

  /** Centres the selected element when it is outside the visible part of the drawing. */
  reveal(): void {
    const selected = this.cy.elements(':selected');
    if (selected.empty()) {
      return;
    }
    const box = selected.boundingBox();
    const view = this.cy.extent();
    if (box.x1 < view.x1 || box.x2 > view.x2 || box.y1 < view.y1 || box.y2 > view.y2) {
      this.cy.animate({ center: { eles: selected } }, { duration: reducedMotion.matches ? 0 : 200 });
    }
  }

  clear(): void {
    this.cy.elements().remove();
  }

  /** Highlights the paths; the selected one strongest, everything off the paths faded. */
  highlightPaths(paths: PathDto[], selected: number): void {
    const cy = this.cy;
    cy.batch(() => {
      cy.elements().removeClass('path path-selected faded');
      if (paths.length === 0) {
        return;
      }
      let onPaths = cy.collection();
      paths.forEach((path, index) => {
        const elements = this.pathElements(path);
        onPaths = onPaths.union(elements);
        elements.addClass(index === selected ? 'path path-selected' : 'path');
      });
      cy.elements().not(onPaths).addClass('faded');
    });
  }

  /** Brings one path into view. */
  fitPath(path: PathDto): void {
    this.fit(this.pathElements(path));
  }

  private pathElements(path: PathDto) {
    let elements = this.cy.collection();
    for (const node of path.nodes) {
      elements = elements.union(this.cy.getElementById(node.id));
    }
    for (const edge of path.edges) {
      elements = elements.union(this.cy.getElementById(edgeId(edge.id)));
    }
    return elements;
  }

  select(id: string | null): void {
    this.cy.elements(':selected').unselect();
    if (id) {
      const element = this.cy.getElementById(id);
      element.select();
    }
  }

  /** Fits the elements in the view, without zooming in much on a few of them. */
  fit(elements: CollectionReturnValue = this.cy.elements()): void {
    if (elements.empty()) {
      return;
    }
    this.framed = elements;
    const cy = this.cy;
    const box = elements.boundingBox();
    const padding = 50;
    const zoom = Math.min(1.3, (cy.width() - 2 * padding) / Math.max(box.w, 1), (cy.height() - 2 * padding) / Math.max(box.h, 1));
    const pan = { x: cy.width() / 2 - zoom * (box.x1 + box.w / 2), y: cy.height() / 2 - zoom * (box.y1 + box.h / 2) };
    if (reducedMotion.matches) {
      cy.viewport({ zoom, pan });
    } else {
      cy.animate({ zoom, pan }, { duration: 300 });
    }
  }

  /** Zooms about the centre of the drawing. */
  zoomBy(factor: number): void {
    this.framed = null;
    this.cy.zoom({ level: this.cy.zoom() * factor, renderedPosition: { x: this.cy.width() / 2, y: this.cy.height() / 2 } });
  }

  png(): Blob {
    return this.cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff', maxWidth: 6000, maxHeight: 6000 });
  }

  /** The elements as drawn, in Cytoscape.js JSON (positions included). */
  elementsJson(): object {
    return { elements: this.cy.elements().jsons() };
  }

  private layout(randomize: boolean): Promise<void> {
    const nodes = this.cy.nodes().length;
    const options = {
      name: 'fcose',
      quality: nodes > 150 ? 'draft' : 'default',
      randomize,
      animate: !reducedMotion.matches && nodes < 200,
      animationDuration: 450,
      fit: false,
      nodeDimensionsIncludeLabels: true,
      idealEdgeLength: 120,
      nodeRepulsion: 9000,
      nodeSeparation: 90,
      edgeElasticity: 0.45,
      packComponents: true,
    } as unknown as LayoutOptions;
    const layout = this.cy.layout(options);
    this.layoutRun = layout.promiseOn('layoutstop').then(() => this.fit());
    layout.run();
    return this.layoutRun;
  }

  /**
   * Where a new node first appears: next to a drawn neighbour (the expanded node first), so the layout moves little. The
   * nodes of one update go out on a golden-angle spiral around it, never on top of it or of each other: an edge whose two
   * ends overlap cannot be drawn (Cytoscape.js warns), even for the moment before the layout moves them.
   */
  private startPosition(id: string, content: ViewContent, index: number): { x: number; y: number } {
    const cy = this.cy;
    const radius = 110 + 45 * Math.sqrt(index);
    const angle = index * 2.399963;
    const offset = { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
    const anchor = content.anchor ? cy.getElementById(content.anchor) : null;
    const neighbour = content.edges
      .filter(e => e.source === id || e.target === id)
      .map(e => cy.getElementById(e.source === id ? e.target : e.source))
      .find(n => n.nonempty());
    const near = neighbour ?? (anchor && anchor.nonempty() ? anchor : null);
    if (near) {
      const p = near.position();
      return { x: p.x + offset.x, y: p.y + offset.y };
    }
    const extent = cy.extent();
    return { x: (extent.x1 + extent.x2) / 2 + offset.x, y: (extent.y1 + extent.y2) / 2 + offset.y };
  }

  private onKeyDown(event: KeyboardEvent): void {
    const cy = this.cy;
    const nodes = cy.nodes().sort((a, b) => String(a.data('label')).localeCompare(String(b.data('label'))));
    const current = cy.nodes(':selected').first();
    const move = (step: number) => {
      if (nodes.empty()) {
        return;
      }
      const index = current.nonempty() ? nodes.toArray().findIndex(n => n.id() === current.id()) : -1;
      const next = nodes[(index + step + nodes.length) % nodes.length] as NodeSingular;
      this.select(next.id());
      this.framed = null;
      cy.animate({ center: { eles: next } }, { duration: reducedMotion.matches ? 0 : 200 });
      this.callbacks.onNode(next.id(), false);
    };
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        move(1);
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        move(-1);
        break;
      case 'Enter':
        if (current.nonempty()) {
          this.callbacks.onNode(current.id(), true);
        }
        break;
      case 'e':
      case 'E':
        if (current.nonempty()) {
          this.callbacks.onExpand(current.id());
        }
        break;
      case '+':
      case '=':
        this.zoomBy(1.25);
        break;
      case '-':
        this.zoomBy(1 / 1.25);
        break;
      case '0':
        this.fit();
        break;
      default:
        return;
    }
    event.preventDefault();
  }
}

function stylesheet(): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        'background-color': node => kindLook(String(node.data('kind'))).color,
        shape: node => kindLook(String(node.data('kind'))).shape,
        width: 30,
        height: 30,
        'border-width': 1.5,
        'border-color': '#1F2328',
        label: 'data(label)',
        color: '#111111',
        'font-size': 12,
        'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-wrap': 'wrap',
        'text-max-width': '130px',
        'text-outline-color': '#FFFFFF',
        'text-outline-width': 2.5,
        'min-zoomed-font-size': 6,
      },
    },
    { selector: 'node.center', style: { width: 44, height: 44, 'border-width': 3, 'font-size': 14, 'font-weight': 'bold' } },
    {
      selector: 'edge',
      style: {
        width: 2,
        'curve-style': 'bezier',
        'control-point-step-size': 40,
        'line-color': edge => polarityColor[edge.data('polarity') as keyof typeof polarityColor] ?? '#57606A',
        'target-arrow-color': edge => polarityColor[edge.data('polarity') as keyof typeof polarityColor] ?? '#57606A',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 1.1,
        label: (edge: EdgeSingular) => `${edge.data('contested') === true ? '⚠ ' : ''}${String(edge.data('label'))}`,
        'font-size': 10,
        color: '#24292F',
        'text-rotation': 'autorotate',
        'text-background-color': '#FFFFFF',
        'text-background-opacity': 0.85,
        'text-background-padding': '1px',
        'text-wrap': 'ellipsis',
        'text-max-width': '140px',
        'min-zoomed-font-size': 8,
      },
    },
    { selector: 'edge.symmetric', style: { 'target-arrow-shape': 'none' } },
    { selector: 'edge.uncertain', style: { 'line-style': 'dashed', 'line-dash-pattern': [7, 4] } },
    { selector: 'edge.denied', style: { 'line-style': 'dotted', 'target-arrow-shape': 'tee' } },
    { selector: 'edge.implicit', style: { 'line-opacity': 0.75 } },
    { selector: 'edge.contested', style: { width: 3, 'line-outline-width': 3, 'line-outline-color': contestedColor, color: contestedColor, 'font-weight': 'bold' } },
    { selector: '.faded', style: { opacity: 0.18 } },
    { selector: 'edge.path', style: { width: 4, 'underlay-color': '#FFB000', 'underlay-opacity': 0.35, 'underlay-padding': 4, 'z-index': 5 } },
    { selector: 'node.path', style: { 'underlay-color': '#FFB000', 'underlay-opacity': 0.35, 'underlay-padding': 7, 'underlay-shape': 'ellipse' } },
    { selector: 'edge.path-selected', style: { width: 6, 'underlay-opacity': 0.7, 'underlay-padding': 5, 'z-index': 10, 'font-weight': 'bold' } },
    { selector: 'node.path-selected', style: { 'underlay-opacity': 0.7, 'underlay-padding': 8, 'border-width': 3 } },
    // What the user chose stays in full colour even when a path fades the rest of the view.
    { selector: '.faded:selected', style: { opacity: 1 } },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#0B57D0', 'overlay-color': '#0B57D0', 'overlay-opacity': 0.12, 'overlay-padding': 6 } },
    { selector: 'edge:selected', style: { width: 5, 'overlay-color': '#0B57D0', 'overlay-opacity': 0.2, 'overlay-padding': 4, 'z-index': 20 } },
  ];
}
