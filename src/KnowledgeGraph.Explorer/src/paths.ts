// The path finder's results: the k shortest (or best supported) paths, each selectable (highlighted in the graph)
// and explained step by step, every step saying how many outlets support it and opening the relation's evidence.

import type { PathsResponse, RelationDto } from './api';
import { h, replaceChildren } from './dom';
import { supportBadge } from './sources';

export interface PathResultActions {
  select(index: number): void;
  openRelation(relation: RelationDto): void;
  clear(): void;
}

export function renderPathResults(root: HTMLElement, response: PathsResponse | null, names: { from: string; to: string }, selected: number, actions: PathResultActions): void {
  if (!response) {
    replaceChildren(root);
    return;
  }
  const clear = h('button', { type: 'button', id: 'path-clear', class: 'secondary' }, 'Clear paths');
  clear.addEventListener('click', () => actions.clear());
  if (response.paths.length === 0) {
    replaceChildren(root,
      h('p', { class: 'summary', id: 'path-summary' }, `No path from ${names.from} to ${names.to} with these filters and this maximum length.`),
      clear);
    return;
  }
  const summary = `${response.paths.length} ${response.paths.length === 1 ? 'path' : 'paths'} from ${names.from} to ${names.to}`
    + (response.truncated ? ` (cut short: ${response.truncationReason ?? 'a limit was reached'})` : '') + '.';
  replaceChildren(root,
    h('p', { class: 'summary', id: 'path-summary' }, summary),
    h('ol', { class: 'path-list', id: 'path-list' }, response.paths.map((path, index) => {
      const choose = h('button', {
        type: 'button',
        class: 'path-choose',
        id: `path-choose-${index}`,
        'aria-pressed': index === selected ? 'true' : 'false',
      }, `Path ${index + 1} · ${path.length} ${path.length === 1 ? 'step' : 'steps'}`);
      choose.addEventListener('click', () => actions.select(index));
      const relations = new Map(path.edges.map(e => [e.id, e]));
      return h('li', { class: index === selected ? 'path-card selected' : 'path-card', 'data-index': index },
        choose,
        h('p', { class: 'route' }, path.nodes.map(n => n.name).join(' → ')),
        h('ol', { class: 'steps', 'aria-label': `Steps of path ${index + 1}` }, path.steps.map(step => {
          const relation = relations.get(step.relation);
          const evidence = h('button', { type: 'button', class: 'link-button evidence-button', 'aria-label': `Evidence for: ${step.explanation}` }, 'evidence');
          evidence.addEventListener('click', () => relation && actions.openRelation(relation));
          return h('li', { class: 'step', 'data-relation': step.relation }, h('span', { class: 'explanation' }, step.explanation), ' ', evidence,
            relation ? [' · ', supportBadge(relation)] : null);
        })));
    })),
    clear);
}
