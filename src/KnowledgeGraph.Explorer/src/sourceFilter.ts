// The source filter: which documents count (only these, or never these), how many independent outlets a relation
// needs, and whether relations the sources disagree about are followed. Applied through the API's own parameters
// (documents, excludeDocuments, minSources, includeContested), so the page counts nothing itself: with documents left
// out, the API shows each relation with only the counted documents' evidence, sources and disagreements.

import type { DocumentDto } from './api';
import { h } from './dom';
import { partialDateText, publisherOf } from './sources';

export type DocumentChoice = 'count' | 'only' | 'exclude';

export interface SourceFilter {
  /** Only what these documents say (empty: every document counts). */
  onlyDocuments: Set<string>;
  /** Never what these documents say. */
  excludedDocuments: Set<string>;
  /** At least this many independent outlets (0: any). */
  minSources: number;
  /** Also follow relations the counted documents disagree about. */
  includeContested: boolean;
}

export function defaultSourceFilter(): SourceFilter {
  return { onlyDocuments: new Set(), excludedDocuments: new Set(), minSources: 0, includeContested: false };
}

/** Adds the API parameters of a source filter that choose what counts (documents, outlets): those of an entity's details too. */
export function addCountedParams(params: URLSearchParams, filter: SourceFilter): void {
  if (filter.onlyDocuments.size > 0) {
    params.set('documents', [...filter.onlyDocuments].join(','));
  }
  if (filter.excludedDocuments.size > 0) {
    params.set('excludeDocuments', [...filter.excludedDocuments].join(','));
  }
  if (filter.minSources > 0) {
    params.set('minSources', String(filter.minSources));
  }
}

/** Adds the API parameters of a source filter for a traversal (paths, neighbourhoods). */
export function addSourceParams(params: URLSearchParams, filter: SourceFilter): void {
  addCountedParams(params, filter);
  if (filter.includeContested) {
    params.set('includeContested', 'true');
  }
}

/**
 * Whether some documents do not count: the API then answers with only what the counted documents say (each relation's
 * evidence, sources, contested flag and sentence are theirs), which the details say.
 */
export function leavesDocumentsOut(filter: SourceFilter): boolean {
  return filter.onlyDocuments.size > 0 || filter.excludedDocuments.size > 0;
}

/** How many source conditions differ from the defaults. */
export function activeSourceConditions(filter: SourceFilter): number {
  return (filter.onlyDocuments.size > 0 ? 1 : 0) + (filter.excludedDocuments.size > 0 ? 1 : 0)
    + (filter.minSources > 0 ? 1 : 0) + (filter.includeContested ? 1 : 0);
}

function choiceOf(filter: SourceFilter, id: string): DocumentChoice {
  return filter.onlyDocuments.has(id) ? 'only' : filter.excludedDocuments.has(id) ? 'exclude' : 'count';
}

/** The Sources fieldset of the filter panel; every change edits `filter` and calls `changed`. */
export function sourceFilterFieldset(filter: SourceFilter, documents: readonly DocumentDto[], changed: () => void): HTMLFieldSetElement {
  const choices = documents.map(document => {
    const id = `filter-document-${document.id}`;
    const select = h('select', { id, 'data-document': document.id },
      h('option', { value: 'count', selected: choiceOf(filter, document.id) === 'count' }, 'Counted'),
      h('option', { value: 'only', selected: choiceOf(filter, document.id) === 'only' }, 'Only these'),
      h('option', { value: 'exclude', selected: choiceOf(filter, document.id) === 'exclude' }, 'Never'));
    select.addEventListener('change', () => {
      filter.onlyDocuments.delete(document.id);
      filter.excludedDocuments.delete(document.id);
      if (select.value === 'only') {
        filter.onlyDocuments.add(document.id);
      } else if (select.value === 'exclude') {
        filter.excludedDocuments.add(document.id);
      }
      changed();
    });
    const date = document.published ? partialDateText(document.published) : 'undated';
    return h('li', { class: 'document-choice', 'data-document': document.id },
      h('label', { for: id, title: document.title },
        h('span', { class: 'source-outlet' }, publisherOf(document) ?? document.id), ` · ${date} `,
        h('span', { class: 'document-title' }, document.title)),
      select);
  });

  // Outlets are at most as many as documents; "2 or more" is always offered, even when one document can never give it.
  const most = Math.max(2, Math.min(documents.length, 10));
  const minSources = h('select', { id: 'filter-min-sources' },
    Array.from({ length: most + 1 }, (_, n) => h('option', { value: n, selected: n === filter.minSources }, n === 0 ? 'Any number' : `${n} or more`)));
  minSources.addEventListener('change', () => { filter.minSources = Number(minSources.value); changed(); });

  const contested = h('input', { type: 'checkbox', id: 'filter-contested', checked: filter.includeContested });
  contested.addEventListener('change', () => { filter.includeContested = contested.checked; changed(); });

  return h('fieldset', { class: 'sources-filter', id: 'sources-filter' },
    h('legend', {}, 'Sources'),
    h('p', { class: 'hint' }, 'Which documents count. "Only these" keeps what the chosen documents say; "Never" leaves a document out.'),
    documents.length === 0 ? h('p', { class: 'hint' }, 'The graph names no document.') : h('ul', { class: 'document-choices' }, choices),
    h('div', { class: 'field' }, h('label', { for: 'filter-min-sources' }, 'Independent outlets per relation'), minSources),
    h('div', { class: 'field checkbox' }, contested,
      h('label', { for: 'filter-contested' }, 'Include contested relations ', h('span', { class: 'hint' }, '(the sources disagree; drawn ⚠ with a violet outline)'))));
}
