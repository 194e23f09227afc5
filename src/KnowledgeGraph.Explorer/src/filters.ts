// The filters of the view (relation types, entity kinds, uncertain statements, a date, the sources) and the panel
// that edits them. Each change re-runs the queries that built the view, through the API's own filter parameters.

import type { DocumentDto, EntityKindDto, Polarity, RelationTypeDto } from './api';
import { polarityColor, shapeIcon } from './appearance';
import { h, replaceChildren } from './dom';
import { activeSourceConditions, addSourceParams, defaultSourceFilter, sourceFilterFieldset, type SourceFilter } from './sourceFilter';

export type DateMode = 'any' | 'asOf' | 'window';

export interface Filters {
  depth: number;
  excludedTypes: Set<string>;
  excludedKinds: Set<string>;
  includeUncertain: boolean;
  dateMode: DateMode;
  asOf: string;
  since: string;
  until: string;
  sources: SourceFilter;
}

export function defaultFilters(): Filters {
  return {
    depth: 1, excludedTypes: new Set(), excludedKinds: new Set(), includeUncertain: false, dateMode: 'any', asOf: '', since: '', until: '',
    sources: defaultSourceFilter(),
  };
}

/** Why no query can be run with these filters, if so. */
export function filtersBlock(filters: Filters, types: RelationTypeDto[], kinds: EntityKindDto[]): string | null {
  if (types.length > 0 && types.every(t => filters.excludedTypes.has(t.name))) {
    return 'No relation type is selected: choose at least one in Filters.';
  }
  if (kinds.length > 0 && kinds.every(k => filters.excludedKinds.has(k.name))) {
    return 'No entity kind is selected: choose at least one in Filters.';
  }
  return null;
}

/**
 * The API parameters for these filters. A selection is sent as the shorter of its two forms (the types to follow,
 * or the types not to follow), so URLs stay short whichever way the user filters.
 */
export function filterParams(filters: Filters, types: RelationTypeDto[], kinds: EntityKindDto[]): URLSearchParams {
  const params = new URLSearchParams();
  addSelection(params, 'relationTypes', 'excludeRelationTypes', types.map(t => t.name), filters.excludedTypes);
  addSelection(params, 'kinds', 'excludeKinds', kinds.map(k => k.name), filters.excludedKinds);
  if (filters.includeUncertain) {
    params.set('includeUncertain', 'true');
  }
  if (filters.dateMode === 'asOf' && filters.asOf) {
    params.set('asOf', filters.asOf);
  }
  if (filters.dateMode === 'window') {
    if (filters.since) {
      params.set('since', filters.since);
    }
    if (filters.until) {
      params.set('until', filters.until);
    }
  }
  addSourceParams(params, filters.sources);
  return params;
}

function addSelection(params: URLSearchParams, includeName: string, excludeName: string, all: string[], excluded: Set<string>): void {
  const excludedKnown = all.filter(name => excluded.has(name));
  if (excludedKnown.length === 0) {
    return;
  }
  const included = all.filter(name => !excluded.has(name));
  if (excludedKnown.length <= included.length) {
    params.set(excludeName, excludedKnown.join(','));
  } else {
    params.set(includeName, included.join(','));
  }
}

/** How many filters differ from the defaults (shown on the Filters heading). */
export function activeFilterCount(filters: Filters): number {
  return (filters.excludedTypes.size > 0 ? 1 : 0) + (filters.excludedKinds.size > 0 ? 1 : 0)
    + (filters.includeUncertain ? 1 : 0) + (filters.dateMode !== 'any' ? 1 : 0) + (filters.depth !== 1 ? 1 : 0)
    + activeSourceConditions(filters.sources);
}

const polarityOrder: Polarity[] = ['cooperative', 'conflictual', 'neutral'];

/** The Filters panel: a form whose every change calls `onChange` with the new filters. */
export class FilterPanel {
  private filters: Filters = defaultFilters();

  constructor(
    private readonly root: HTMLElement,
    private readonly types: RelationTypeDto[],
    private readonly kinds: EntityKindDto[],
    private readonly documents: DocumentDto[],
    private readonly onChange: (filters: Filters) => void,
  ) {}

  get value(): Filters {
    return this.filters;
  }

  set(filters: Filters): void {
    this.filters = filters;
    this.render();
  }

  render(): void {
    // Re-rendering replaces the controls: keep keyboard focus and the type search where the user left them.
    const active = document.activeElement;
    const focusedId = active instanceof HTMLElement && this.root.contains(active) ? active.id : '';
    const previousSearch = this.root.querySelector<HTMLInputElement>('#filter-type-search')?.value ?? '';
    const f = this.filters;
    const changed = () => {
      this.render();
      this.onChange(this.filters);
    };

    const depth = h('select', { id: 'filter-depth', name: 'depth' },
      [1, 2, 3].map(d => h('option', { value: d, selected: d === f.depth }, d === 1 ? '1 hop' : `${d} hops`)));
    depth.addEventListener('change', () => { f.depth = Number(depth.value); changed(); });

    const uncertain = h('input', { type: 'checkbox', id: 'filter-uncertain', checked: f.includeUncertain });
    uncertain.addEventListener('change', () => { f.includeUncertain = uncertain.checked; changed(); });

    const dateMode = h('select', { id: 'filter-date-mode' },
      h('option', { value: 'any', selected: f.dateMode === 'any' }, 'Any time'),
      h('option', { value: 'asOf', selected: f.dateMode === 'asOf' }, 'As of a day'),
      h('option', { value: 'window', selected: f.dateMode === 'window' }, 'Within a window'));
    dateMode.addEventListener('change', () => { f.dateMode = dateMode.value as DateMode; changed(); });
    const dateInput = (id: string, label: string, key: 'asOf' | 'since' | 'until') => {
      const input = h('input', { type: 'date', id, value: f[key], min: '1900-01-01', max: '2100-12-31' });
      input.addEventListener('change', () => { f[key] = input.value; changed(); });
      return h('div', { class: 'field' }, h('label', { for: id }, label), input);
    };

    const kindBoxes = this.kinds.map(kind => {
      const id = `filter-kind-${kind.name}`;
      const box = h('input', { type: 'checkbox', id, value: kind.name, checked: !f.excludedKinds.has(kind.name) });
      box.addEventListener('change', () => { toggle(f.excludedKinds, kind.name, !box.checked); changed(); });
      return h('li', {}, box, h('label', { for: id, title: kind.description }, shapeIcon(kind.name), ` ${kind.name} `, h('span', { class: 'count' }, `(${kind.entities})`)));
    });

    const usedTypes = this.types.filter(t => t.relations > 0);
    const typeGroups = polarityOrder.map(polarity => {
      const ofPolarity = usedTypes.filter(t => t.polarity === polarity).sort((a, b) => a.label.localeCompare(b.label));
      if (ofPolarity.length === 0) {
        return null;
      }
      const items = ofPolarity.map(type => {
        const id = `filter-type-${type.name}`;
        const box = h('input', { type: 'checkbox', id, value: type.name, checked: !f.excludedTypes.has(type.name) });
        box.addEventListener('change', () => { toggle(f.excludedTypes, type.name, !box.checked); changed(); });
        return h('li', { 'data-type': type.name }, box, h('label', { for: id, title: `${type.name}: ${type.description}` }, `${type.label} `, h('span', { class: 'count' }, `(${type.relations})`)));
      });
      return h('fieldset', { class: 'type-group' },
        h('legend', {}, h('span', { class: 'swatch-line', style: `border-color:${polarityColor[polarity]}` }), ` ${capitalize(polarity)}`),
        h('ul', { class: 'checklist' }, items));
    });

    const typeSearch = h('input', { type: 'search', id: 'filter-type-search', value: previousSearch, placeholder: 'Find a relation type', 'aria-label': 'Find a relation type in the list' });
    const typeList = h('div', { class: 'type-list' }, typeGroups);
    const narrow = () => {
      const needle = typeSearch.value.trim().toLowerCase();
      for (const item of typeList.querySelectorAll<HTMLLIElement>('li[data-type]')) {
        item.hidden = needle !== '' && !(item.textContent ?? '').toLowerCase().includes(needle) && !(item.dataset['type'] ?? '').includes(needle);
      }
    };
    typeSearch.addEventListener('input', narrow);
    narrow();
    const allTypes = h('button', { type: 'button', id: 'filter-types-all', class: 'link-button' }, 'All');
    allTypes.addEventListener('click', () => { f.excludedTypes.clear(); changed(); });
    const noTypes = h('button', { type: 'button', id: 'filter-types-none', class: 'link-button' }, 'None');
    noTypes.addEventListener('click', () => { usedTypes.forEach(t => f.excludedTypes.add(t.name)); changed(); });
    const reset = h('button', { type: 'button', id: 'filter-reset' }, 'Reset filters');
    reset.addEventListener('click', () => { this.filters = defaultFilters(); changed(); });

    replaceChildren(this.root,
      h('div', { class: 'field' }, h('label', { for: 'filter-depth' }, 'Neighbourhood depth'), depth),
      h('div', { class: 'field checkbox' }, uncertain,
        h('label', { for: 'filter-uncertain' }, 'Include uncertain statements ', h('span', { class: 'hint' }, '(hedged, hypothetical, denied; drawn dashed or dotted)'))),
      h('div', { class: 'field' }, h('label', { for: 'filter-date-mode' }, 'Date'), dateMode),
      f.dateMode === 'asOf' ? dateInput('filter-as-of', 'Held on', 'asOf') : null,
      f.dateMode === 'window' ? [dateInput('filter-since', 'From', 'since'), dateInput('filter-until', 'To', 'until')] : null,
      f.dateMode !== 'any' ? h('p', { class: 'hint' }, 'Relations without a date are kept.') : null,
      sourceFilterFieldset(f.sources, this.documents, changed),
      h('fieldset', { class: 'kinds' }, h('legend', {}, 'Entity kinds'), h('ul', { class: 'checklist two-columns' }, kindBoxes)),
      h('fieldset', { class: 'types' },
        h('legend', {}, 'Relation types'),
        h('div', { class: 'row' }, typeSearch, h('span', { class: 'select-all' }, 'Select: ', allTypes, ' ', noTypes)),
        typeList),
      reset);
    if (focusedId) {
      document.getElementById(focusedId)?.focus();
    }
    const heading = document.getElementById('filters-count');
    if (heading) {
      const count = activeFilterCount(f);
      heading.textContent = count > 0 ? `(${count} active)` : '';
    }
  }
}

function toggle(set: Set<string>, value: string, on: boolean): void {
  if (on) {
    set.add(value);
  } else {
    set.delete(value);
  }
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
