// The details panel: an entity (with its relations and their sources) or a relation with its sources (documents,
// outlets, and who says what when they disagree) and its evidence: document, paragraph, footnote, the curator's
// note and the cited source's outlet, title and link.

import type { EntityDetailDto, EvidenceDto, RelationDto } from './api';
import { certaintyText, polarityColor, shapeIcon } from './appearance';
import { h, replaceChildren, safeHref } from './dom';
import { contestedExplanation, entitySources, outletOf, relationSources, supportBadge, type DocumentIndex } from './sources';

export interface DetailActions {
  showNeighbourhood(id: string): void;
  expand(id: string): void;
  pathFrom(entity: { id: string; name: string; kind: string }): void;
  pathTo(entity: { id: string; name: string; kind: string }): void;
  openEntity(id: string): void;
  openRelation(relation: RelationDto): void;
  /** Whether the source filter leaves documents out, so the API's answers hold only what the counted ones say. */
  countsSomeDocumentsOnly(): boolean;
}

export class DetailsPanel {
  constructor(
    private readonly panel: HTMLElement,
    private readonly body: HTMLElement,
    private readonly actions: DetailActions,
    private readonly documents: DocumentIndex,
  ) {}

  get isOpen(): boolean {
    return !this.panel.hidden;
  }

  close(): void {
    this.panel.hidden = true;
    delete this.panel.dataset['relation'];
    delete this.panel.dataset['entity'];
    document.body.classList.remove('details-open');
  }

  loading(text: string): void {
    this.open();
    replaceChildren(this.body, h('p', { class: 'hint' }, text));
  }

  error(text: string): void {
    this.open();
    replaceChildren(this.body, h('p', { class: 'error', role: 'alert' }, text));
  }

  showEntity(entity: EntityDetailDto, inView: boolean, focus: boolean): void {
    this.open();
    this.panel.dataset['entity'] = entity.id;
    delete this.panel.dataset['relation'];
    const button = (label: string, action: () => void, id: string) => {
      const b = h('button', { type: 'button', id }, label);
      b.addEventListener('click', action);
      return b;
    };
    const others = [...entity.aliases, ...entity.demonyms, ...entity.metonyms];
    const relations = entity.relations.slice(0, 200);
    replaceChildren(this.body,
      h('h2', { id: 'details-title', tabindex: '-1' }, shapeIcon(entity.kind, 18), ` ${entity.name}`),
      h('p', { class: 'subtitle' }, entity.kind, entity.role ? ` · ${entity.role}` : ''),
      entity.description ? h('p', {}, entity.description) : null,
      h('dl', {},
        others.length > 0 ? [h('dt', {}, 'Also called'), h('dd', {}, others.join(', '))] : null,
        Object.keys(entity.identifiers).length > 0
          ? [h('dt', {}, 'Identifiers'), h('dd', {}, Object.entries(entity.identifiers).map(([k, v]) => `${k}: ${v}`).join(', '))]
          : null,
        h('dt', {}, 'Id'), h('dd', {}, h('code', {}, entity.id)),
        entity.isolated ? [h('dt', {}, 'No relations'), h('dd', {}, entity.isolated)] : null),
      h('div', { class: 'actions' },
        button('Show its neighbourhood', () => this.actions.showNeighbourhood(entity.id), 'action-show'),
        inView ? button('Expand in view', () => this.actions.expand(entity.id), 'action-expand') : null,
        button('Path from here', () => this.actions.pathFrom(entity), 'action-path-from'),
        button('Path to here', () => this.actions.pathTo(entity), 'action-path-to')),
      h('h3', {}, `Relations (${entity.relations.length})`),
      this.countedNote('Only what the documents the source filter counts say'),
      relations.length === 0 ? h('p', { class: 'hint' }, 'None.') : h('ul', { class: 'relation-list' }, relations.map(relation => {
        const b = h('button', { type: 'button', class: 'link-button', 'data-relation': relation.id }, relation.sentence);
        b.addEventListener('click', () => this.actions.openRelation(relation));
        return h('li', {}, polarityMark(relation), h('span', {}, b, ' ', supportBadge(relation)));
      })),
      entity.relations.length > relations.length ? h('p', { class: 'hint' }, `${entity.relations.length - relations.length} more not listed.`) : null,
      entitySources(entity, this.documents));
    if (focus) {
      this.focusTitle();
    }
  }

  showRelation(relation: RelationDto, focus: boolean): void {
    this.open();
    this.panel.dataset['relation'] = relation.id;
    delete this.panel.dataset['entity'];
    const entityButton = (id: string, name: string) => {
      const b = h('button', { type: 'button', class: 'link-button' }, name);
      b.addEventListener('click', () => this.actions.openEntity(id));
      return b;
    };
    const qualifiers = Object.entries(relation.qualifiers);
    replaceChildren(this.body,
      h('h2', { id: 'details-title', tabindex: '-1' }, `${relation.sourceName} → ${relation.targetName}`),
      h('p', { class: 'subtitle' }, polarityMark(relation), relation.label,
        relation.contested ? h('span', { class: 'contested-flag' }, ' · ⚠ contested') : null),
      h('p', { class: 'sentence' }, relation.sentence),
      h('dl', {},
        h('dt', {}, 'Type'), h('dd', {}, `${relation.label} `, h('code', {}, relation.type)),
        h('dt', {}, 'From'), h('dd', {}, entityButton(relation.source, relation.sourceName)),
        h('dt', {}, 'To'), h('dd', {}, entityButton(relation.target, relation.targetName)),
        h('dt', {}, 'Date'), h('dd', { class: 'date' }, relation.time ? relation.time.text : 'Not stated in the text'),
        h('dt', {}, 'Certainty'), h('dd', { class: 'certainty' }, certaintyText[relation.certainty] ?? relation.certainty),
        h('dt', {}, 'Polarity'), h('dd', {}, relation.polarity),
        relation.implicit ? [h('dt', {}, 'Implicit'), h('dd', {}, 'The text implies it without saying it outright.')] : null,
        qualifiers.length > 0 ? [h('dt', {}, 'Qualifiers'), h('dd', {}, h('ul', {}, qualifiers.map(([k, v]) => h('li', {}, `${k}: ${v}`))))] : null,
        h('dt', {}, 'Id'), h('dd', {}, h('code', {}, relation.id))),
      this.countedNote('As the documents the source filter counts tell it: their evidence, their sources and their disagreements only'),
      contestedExplanation(relation, this.documents),
      relationSources(relation, this.documents),
      h('h3', {}, `Evidence (${relation.evidence.length})`),
      h('ol', { class: 'evidence' }, relation.evidence.map(e => evidenceItem(e, this.documents))));
    if (focus) {
      this.focusTitle();
    }
  }

  /** A note that the source filter leaves documents out, or nothing when every document counts. */
  private countedNote(text: string): HTMLElement | null {
    return this.actions.countsSomeDocumentsOnly()
      ? h('p', { class: 'hint counted-note', id: 'counted-note' }, `${text} (source filter).`)
      : null;
  }

  private open(): void {
    this.panel.hidden = false;
    document.body.classList.add('details-open');
  }

  private focusTitle(): void {
    this.body.querySelector<HTMLElement>('#details-title')?.focus();
  }
}

function polarityMark(relation: RelationDto): HTMLElement {
  const style = relation.certainty === 'denied' ? 'dotted' : relation.certainty === 'hedged' || relation.certainty === 'hypothetical' ? 'dashed' : 'solid';
  return h('span', { class: 'swatch-line', style: `border-color:${polarityColor[relation.polarity]};border-top-style:${style}`, 'aria-hidden': 'true' });
}

function evidenceItem(evidence: EvidenceDto, documents: DocumentIndex): HTMLLIElement {
  const where = [
    evidence.background ? 'Background knowledge' : null,
    evidence.document ? `Document ${evidence.document} (${outletOf(evidence.document, documents)})` : null,
    evidence.paragraph !== null ? `paragraph ${evidence.paragraph}` : null,
    evidence.footnote !== null ? `footnote ${evidence.footnote}` : null,
  ].filter(Boolean).join(', ');
  const citation = evidence.citation;
  const href = safeHref(citation?.url);
  return h('li', { class: 'evidence-item' },
    h('p', { class: 'where' }, where || 'No location given'),
    evidence.note ? h('p', { class: 'note' }, evidence.note) : null,
    citation
      ? h('div', { class: 'citation' },
        h('span', { class: 'label' }, 'Cited source: '),
        h('span', { class: 'outlet' }, citation.outlet),
        citation.title ? [', ', href ? h('a', { href, target: '_blank', rel: 'noopener noreferrer', class: 'title' }, citation.title) : h('cite', { class: 'title' }, citation.title)] : null,
        !citation.title && href ? [', ', h('a', { href, target: '_blank', rel: 'noopener noreferrer' }, href)] : null,
        citation.accessed ? h('span', { class: 'accessed' }, ` (accessed ${citation.accessed})`) : null)
      : null);
}
