// The view in the address (after #), so a view can be bookmarked, shared and reloaded.

import { defaultFilters, type DateMode, type Filters } from './filters';

export interface PathQuery {
  from: string;
  to: string;
  k: number;
  maxLength: number;
  /** How the k paths are ranked: the API's weighting (hops when absent). */
  weighting: Weighting;
}

/** The path rankings the page offers: the API's `weighting` values. */
export const weightings = ['hops', 'prefer-supported', 'prefer-stated', 'prefer-cooperative'] as const;
export type Weighting = (typeof weightings)[number];

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
    if (state.path.weighting !== 'hops') {
      p.set('w', state.path.weighting);
    }
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
  if (f.sources.onlyDocuments.size > 0) {
    p.set('docs', [...f.sources.onlyDocuments].join(','));
  }
  if (f.sources.excludedDocuments.size > 0) {
    p.set('xdocs', [...f.sources.excludedDocuments].join(','));
  }
  if (f.sources.minSources > 0) {
    p.set('min', String(f.sources.minSources));
  }
  if (f.sources.includeContested) {
    p.set('con', '1');
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
  filters.sources.onlyDocuments = new Set(list('docs'));
  filters.sources.excludedDocuments = new Set(list('xdocs'));
  filters.sources.minSources = number('min', 0, 0, 100);
  filters.sources.includeContested = p.get('con') === '1';
  const weighting = weightings.find(w => w === p.get('w')) ?? 'hops';
  const from = p.get('from');
  const to = p.get('to');
  return {
    centers: list('e'),
    path: from && to ? { from, to, k: number('k', 3, 1, 10), maxLength: number('len', 6, 1, 8), weighting } : null,
    selectedPath: number('p', 0, 0, 99),
    filters,
  };
}
