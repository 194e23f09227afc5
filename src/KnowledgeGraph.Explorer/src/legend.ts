// The legend under the drawing: every entity kind with its shape and colour, and how relations are drawn.

import type { EntityKindDto } from './api';
import { shapeIcon } from './appearance';
import { h, replaceChildren } from './dom';

export function renderLegend(root: HTMLElement, kinds: EntityKindDto[]): void {
  replaceChildren(root,
    h('ul', { class: 'legend-kinds', 'aria-label': 'Entity kinds' }, kinds.map(kind => h('li', {}, shapeIcon(kind.name), ` ${kind.name}`))),
    h('ul', { class: 'legend-edges', 'aria-label': 'Relations' },
      h('li', {}, h('span', { class: 'swatch-line cooperative' }), ' cooperative'),
      h('li', {}, h('span', { class: 'swatch-line conflictual' }), ' conflictual'),
      h('li', {}, h('span', { class: 'swatch-line neutral' }), ' neutral'),
      h('li', {}, h('span', { class: 'swatch-line neutral dashed' }), ' hedged or hypothetical'),
      h('li', {}, h('span', { class: 'swatch-line neutral dotted' }), ' denied'),
      h('li', { id: 'legend-contested' }, h('span', { class: 'swatch-line neutral contested' }), ' ⚠ contested: the sources disagree'),
      h('li', {}, h('span', { class: 'swatch-line path' }), ' on a found path')));
}
