// The sources of a relation or an entity in the details panel: each document with its outlet, title (linked to its
// address), publication date and what it repeats; how many independent outlets they are; and, for a contested
// relation, what each side says and which documents say it. Outlet counts come from the API (Graph.SupportOf), so
// the page never re-implements the rule that a reprint counts as the outlet it repeats.

import type { DocumentDto, EntityDetailDto, PositionDto, RelationDto } from './api';
import { h, safeHref } from './dom';

/** The graph's documents by id, read once from /api/documents. */
export type DocumentIndex = ReadonlyMap<string, DocumentDto>;

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A partial ISO date (2025, 2025-08, 2025-08-11) in words at its own precision: "2025", "August 2025", "11 August 2025". */
export function partialDateText(date: string): string {
  const [year, month, day] = date.split('-');
  const monthName = month ? months[Number(month) - 1] : undefined;
  if (!year || (month && !monthName)) {
    return date;
  }
  return [day ? String(Number(day)) : null, monthName ?? null, year].filter(Boolean).join(' ');
}

/** Who published a document: its outlet, else (an analysis, say) its byline or its authors; null when it names none. */
export function publisherOf(document: DocumentDto): string | null {
  return document.outlet ?? document.byline ?? (document.authors.length > 0 ? document.authors.map(a => a.name).join(', ') : null);
}

/** Who published a document, or its id when it names no one. */
export function outletOf(id: string, documents: DocumentIndex): string {
  const document = documents.get(id);
  return (document ? publisherOf(document) : null) ?? id;
}

/** One document as a list item: outlet, linked title, publication date, address and what it repeats. */
export function documentItem(id: string, documents: DocumentIndex, extra?: string): HTMLLIElement {
  const document = documents.get(id);
  if (!document) {
    return h('li', { class: 'source-item', 'data-document': id }, h('span', { class: 'source-outlet' }, id));
  }
  const href = safeHref(document.url);
  const title = href
    ? h('a', { class: 'source-title', href, target: '_blank', rel: 'noopener noreferrer' }, document.title)
    : h('cite', { class: 'source-title' }, document.title);
  const repeats = document.derivedFrom.map(origin => documents.get(origin)?.outlet ?? origin);
  return h('li', { class: 'source-item', 'data-document': id },
    h('span', { class: 'source-outlet' }, publisherOf(document) ?? 'No outlet named'),
    ': ', title,
    h('span', { class: 'source-meta' },
      h('span', { class: 'source-date' }, document.published ? partialDateText(document.published) : 'no publication date'),
      href ? [' · ', h('span', { class: 'source-host' }, new URL(href).host)] : null,
      repeats.length > 0 ? [' · ', h('span', { class: 'source-derived' }, `repeats ${repeats.join(', ')}, so counts as that outlet`)] : null,
      extra ? [' · ', h('span', { class: 'source-extra' }, extra)] : null));
}

function outletsText(count: number): string {
  return `${count} independent ${count === 1 ? 'outlet' : 'outlets'}`;
}

function documentsText(count: number): string {
  return `${count} ${count === 1 ? 'document' : 'documents'}`;
}

/** The sources of a relation: supporting documents, disputing documents and the independent-outlet count. */
export function relationSources(relation: RelationDto, documents: DocumentIndex): (HTMLElement | null)[] {
  const supporting = relation.supportingDocuments;
  const disputing = relation.disputingDocuments;
  return [
    h('h3', { id: 'sources-heading' }, 'Sources'),
    h('p', { class: 'support-summary', id: 'support-summary' },
      supporting.length === 0
        ? 'No document supports it: background knowledge only.'
        : ['Supported by ', documentsText(supporting.length), ' from ', h('strong', { class: 'outlet-count' }, outletsText(relation.outletCount)), '.']),
    supporting.length > 0 ? h('ul', { class: 'source-list supporting', 'aria-labelledby': 'sources-heading' }, supporting.map(id => documentItem(id, documents))) : null,
    disputing.length > 0 ? h('h4', { id: 'disputing-heading' }, `Disputed by (${disputing.length})`) : null,
    disputing.length > 0 ? h('ul', { class: 'source-list disputing', 'aria-labelledby': 'disputing-heading' }, disputing.map(id => documentItem(id, documents))) : null,
  ];
}

const claims: Readonly<Partial<Record<string, string>>> = {
  stated: 'States',
  reported: 'Reports',
  hedged: 'Says it may be so',
  hypothetical: 'Considers it possible',
  denied: 'Denies',
};

/**
 * Why a relation is contested: each position as a sentence ("States: A signed B on 8 August 2025"; "Denies: ..."),
 * naming only what differs between the positions (certainty, date, a qualifier), with the documents that take it.
 */
export function contestedExplanation(relation: RelationDto, documents: DocumentIndex): HTMLElement | null {
  if (!relation.contested || relation.positions.length === 0) {
    return null;
  }
  const positions = relation.positions;
  const timesDiffer = new Set(positions.map(p => p.time?.text ?? '')).size > 1;
  const keys = [...new Set(positions.flatMap(p => Object.keys(p.qualifiers)))];
  const differing = keys.filter(k => new Set(positions.map(p => p.qualifiers[k] ?? '')).size > 1);
  return h('section', { class: 'contested-explanation', id: 'contested-explanation', 'aria-labelledby': 'contested-heading' },
    h('h3', { id: 'contested-heading' }, h('span', { class: 'contested-mark', 'aria-hidden': 'true' }, '⚠'), ' Contested: the sources disagree'),
    h('p', { class: 'hint' }, 'Both sides are kept, each with its evidence. Paths and neighbourhoods follow this relation only when the source filter includes contested relations.'),
    h('ol', { class: 'positions' }, positions.map((position, index) =>
      h('li', { class: 'position', 'data-certainty': position.certainty, 'data-position': index },
        h('p', { class: 'position-claim' },
          h('strong', {}, `${claims[position.certainty] ?? position.certainty}:`), ' ', claimText(relation, position, timesDiffer, differing)),
        position.documents.length === 0
          ? h('p', { class: 'hint' }, 'Background knowledge, no document.')
          : h('ul', { class: 'source-list' }, position.documents.map(id => documentItem(id, documents)))))));
}

function claimText(relation: RelationDto, position: PositionDto, timesDiffer: boolean, differing: string[]): string {
  let text = `${relation.sourceName} ${relation.label} ${relation.targetName}`;
  if (timesDiffer) {
    const time = position.time;
    text += !time ? ', with no date' : time.point ? ` ${time.precision === 'day' ? 'on' : 'in'} ${time.text}` : `, ${time.text}`;
  }
  for (const key of differing) {
    text += `, ${key}: ${position.qualifiers[key] ?? 'not given'}`;
  }
  return text;
}

/** The sources of an entity: the documents of its relations, how many of them each supports, and their outlets. */
export function entitySources(entity: EntityDetailDto, documents: DocumentIndex): (HTMLElement | null)[] {
  const count = (id: string) => entity.relations.filter(r => r.supportingDocuments.includes(id)).length;
  const contested = entity.relations.filter(r => r.contested).length;
  return [
    h('h3', { id: 'sources-heading' }, `Sources (${entity.supportingDocuments.length})`),
    h('p', { class: 'support-summary', id: 'support-summary' },
      entity.supportingDocuments.length === 0
        ? 'No document supports its relations.'
        : ['Its relations come from ', documentsText(entity.supportingDocuments.length), ' of ',
          h('strong', { class: 'outlet-count' }, outletsText(entity.outletCount)), '.',
          contested > 0 ? ` The sources disagree about ${contested} of them (marked ⚠).` : '']),
    entity.supportingDocuments.length > 0
      ? h('ul', { class: 'source-list supporting', 'aria-labelledby': 'sources-heading' }, entity.supportingDocuments.map(id => {
        const n = count(id);
        return documentItem(id, documents, `supports ${n} of its relations`);
      }))
      : null,
  ];
}

/** A short mark for lists of relations: how many outlets support it, and whether it is contested. */
export function supportBadge(relation: RelationDto): HTMLElement {
  return h('span', { class: relation.contested ? 'support-badge contested' : 'support-badge', title: relation.contested ? 'The sources disagree about it' : 'Independent outlets that support it' },
    relation.contested ? '⚠ contested · ' : '', `${relation.outletCount} ${relation.outletCount === 1 ? 'outlet' : 'outlets'}`);
}
