// The "In view" panel: the entities and relations drawn, as lists that work without the canvas (keyboard, screen
// readers); each relation says how many outlets support it and whether it is contested.

import type { NodeDto, RelationDto } from './api';
import { shapeIcon } from './appearance';
import { h, replaceChildren } from './dom';
import { supportBadge } from './sources';

export interface InViewActions {
  openEntity(id: string): void;
  expand(id: string): void;
  openRelation(relation: RelationDto): void;
}

export function renderInView(root: HTMLElement, count: HTMLElement, nodes: NodeDto[], relations: RelationDto[], centers: string[], actions: InViewActions): void {
  const sorted = [...nodes].sort((a, b) => a.name.localeCompare(b.name));
  count.textContent = sorted.length > 0 ? `(${sorted.length} entities, ${relations.length} relations)` : '';
  replaceChildren(root,
    sorted.length === 0 ? h('p', { class: 'hint' }, 'Nothing in view yet.') : [
      h('h3', {}, 'Entities'),
      h('ul', { class: 'plain-list', id: 'in-view-entities' }, sorted.map(node => {
        const open = h('button', { type: 'button', class: 'link-button', 'data-entity': node.id }, shapeIcon(node.kind), ` ${node.name}`);
        open.addEventListener('click', () => actions.openEntity(node.id));
        const expand = h('button', { type: 'button', class: 'small secondary', 'aria-label': `Expand ${node.name}` }, 'Expand');
        expand.addEventListener('click', () => actions.expand(node.id));
        return h('li', {}, open, ' ', h('span', { class: 'kind' }, node.kind), centers.includes(node.id) ? null : expand);
      })),
      h('h3', {}, 'Relations'),
      h('ul', { class: 'plain-list', id: 'in-view-relations' }, relations.map(relation => {
        const open = h('button', { type: 'button', class: 'link-button', 'data-relation': relation.id }, `${relation.sourceName} ${relation.label} ${relation.targetName}`);
        open.addEventListener('click', () => actions.openRelation(relation));
        return h('li', {}, open, supportBadge(relation));
      })),
    ]);
}
