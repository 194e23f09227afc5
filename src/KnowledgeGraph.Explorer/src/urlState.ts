// The view in the address (after #), so a view can be bookmarked, shared and reloaded.

import { defaultFilters, type DateMode, type Filters } from './filters';

export interface PathQuery {
  from: string;
  to: string;
  k: number;
  maxLength: number;
}

export interface ViewState {
  centers: string[];
  path: PathQuery | null;
  selectedPath: number;
  filters: Filters;
}

export function writeHash(state: ViewState): void {
  const p = new URLSearchParams();
  if (state.centers.length > 0) {
    p.set('e', state.centers.join(','));
  }
  if (state.path) {
    p.set('from', state.path.from);
    p.set('to', state.path.to);
    p.set('k', String(state.path.k));
    p.set('len', String(state.path.maxLength));
    if (state.selectedPath > 0) {
      p.set('p', String(state.selectedPath));
    }
  }
  const f = state.filters;
  if (f.depth !== 1) {
    p.set('depth', String(f.depth));
  }
  if (f.includeUncertain) {
    p.set('unc', '1');
  }
  if (f.dateMode === 'asOf' && f.asOf) {
    p.set('asOf', f.asOf);
  }
  if (f.dateMode === 'window') {
    p.set('since', f.since);
    p.set('until', f.until);
  }
  if (f.excludedTypes.size > 0) {
    p.set('xt', [...f.excludedTypes].join(','));
  }
  if (f.excludedKinds.size > 0) {
    p.set('xk', [...f.excludedKinds].join(','));
  }
  const hash = p.toString();
  history.replaceState(null, '', hash ? `#${hash}` : `${location.pathname}${location.search}`);
}

export function readHash(): ViewState {
  const p = new URLSearchParams(location.hash.replace(/^#/, ''));
  const list = (name: string) => (p.get(name) ?? '').split(',').map(s => s.trim()).filter(Boolean);
  const number = (name: string, fallback: number, min: number, max: number) => {
    const value = Number(p.get(name));
    return Number.isInteger(value) && value >= min && value <= max ? value : fallback;
  };
  const filters = defaultFilters();
  filters.depth = number('depth', 1, 1, 3);
  filters.includeUncertain = p.get('unc') === '1';
  let dateMode: DateMode = 'any';
  if (p.has('asOf')) {
    dateMode = 'asOf';
    filters.asOf = p.get('asOf') ?? '';
  } else if (p.has('since') || p.has('until')) {
    dateMode = 'window';
    filters.since = p.get('since') ?? '';
    filters.until = p.get('until') ?? '';
  }
  filters.dateMode = dateMode;
  filters.excludedTypes = new Set(list('xt'));
  filters.excludedKinds = new Set(list('xk'));
  const from = p.get('from');
  const to = p.get('to');
  return {
    centers: list('e'),
    path: from && to ? { from, to, k: number('k', 3, 1, 10), maxLength: number('len', 6, 1, 8) } : null,
    selectedPath: number('p', 0, 0, 99),
    filters,
  };
}
