// An entity search box with suggestions (names and aliases, through GET /api/entities?search=), following the
// WAI-ARIA combobox pattern: arrow keys move through the list, Enter chooses, Escape closes.

import { api, type EntityListItem } from './api';
import { shapeIcon } from './appearance';
import { h, replaceChildren } from './dom';

const suggestionLimit = 8;

export class EntityCombobox {
  private items: EntityListItem[] = [];
  private active = -1;
  private timer: number | undefined;
  private request: AbortController | undefined;
  private chosenItem: EntityListItem | null = null;
  private pending: Promise<void> = Promise.resolve();

  constructor(
    private readonly input: HTMLInputElement,
    private readonly listbox: HTMLElement,
    private readonly onChoose: (item: EntityListItem) => void,
    private readonly onBusy: (delta: number) => void = () => {},
  ) {
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', listbox.id);
    input.setAttribute('autocomplete', 'off');
    input.spellcheck = false;
    listbox.setAttribute('role', 'listbox');
    listbox.hidden = true;
    input.addEventListener('input', () => this.onInput());
    input.addEventListener('keydown', event => this.onKeyDown(event));
    input.addEventListener('blur', () => setTimeout(() => this.close(), 150));
    input.addEventListener('focus', () => {
      if (this.items.length > 0 && !this.chosenItem) {
        this.open();
      }
    });
  }

  /** The entity chosen from the list, unless the text was edited since. */
  get chosen(): EntityListItem | null {
    return this.chosenItem;
  }

  /** Shows an entity as chosen without calling back (e.g. "path from here"). */
  set(item: { id: string; name: string; kind: string } | null): void {
    this.chosenItem = item ? { ...item, aliases: [], role: null, score: null, matchedText: null, matchKind: null } : null;
    this.input.value = item?.name ?? '';
    this.close();
  }

  /** The chosen entity, or else the best match of the typed text (null when nothing matches). */
  async resolve(): Promise<EntityListItem | null> {
    if (this.chosenItem) {
      return this.chosenItem;
    }
    const text = this.input.value.trim();
    if (!text) {
      return null;
    }
    const page = await api.searchEntities(text, 1);
    const best = page.items[0] ?? null;
    if (best) {
      this.set(best);
    }
    return best;
  }

  private onInput(): void {
    this.chosenItem = null;
    window.clearTimeout(this.timer);
    const text = this.input.value.trim();
    if (!text) {
      this.items = [];
      this.close();
      return;
    }
    this.timer = window.setTimeout(() => {
      this.timer = undefined;
      this.pending = this.suggest(text);
    }, 120);
  }

  private async suggest(text: string): Promise<void> {
    this.request?.abort();
    const request = new AbortController();
    this.request = request;
    this.onBusy(1);
    try {
      const page = await api.searchEntities(text, suggestionLimit, request.signal);
      if (request.signal.aborted || this.input.value.trim() !== text) {
        return;
      }
      this.items = page.items;
      this.active = this.items.length > 0 ? 0 : -1;
      this.render(text);
      this.open();
    } catch (error) {
      if (!(error instanceof DOMException && error.name === 'AbortError')) {
        this.items = [];
        replaceChildren(this.listbox, h('li', { class: 'empty', role: 'option', 'aria-disabled': 'true' }, `Search failed: ${String((error as Error).message)}`));
        this.open();
      }
    } finally {
      this.onBusy(-1);
    }
  }

  private render(text: string): void {
    if (this.items.length === 0) {
      replaceChildren(this.listbox, h('li', { class: 'empty', role: 'option', 'aria-disabled': 'true' }, `No entity matches “${text}”.`));
      this.input.removeAttribute('aria-activedescendant');
      return;
    }
    replaceChildren(this.listbox, this.items.map((item, index) => {
      const alias = item.matchedText && item.matchedText !== item.name ? h('span', { class: 'matched' }, `matches “${item.matchedText}”`) : null;
      const option = h('li', {
        id: `${this.listbox.id}-${index}`,
        role: 'option',
        'aria-selected': index === this.active ? 'true' : 'false',
        'data-id': item.id,
      }, shapeIcon(item.kind), h('span', { class: 'name' }, item.name), h('span', { class: 'kind' }, item.kind), alias);
      option.addEventListener('mousedown', event => event.preventDefault());
      option.addEventListener('click', () => this.choose(index));
      return option;
    }));
    this.updateActive();
  }

  private onKeyDown(event: KeyboardEvent): void {
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (this.listbox.hidden && this.items.length > 0) {
          this.open();
        }
        if (this.items.length > 0) {
          const step = event.key === 'ArrowDown' ? 1 : -1;
          this.active = (this.active + step + this.items.length) % this.items.length;
          this.updateActive();
        }
        event.preventDefault();
        break;
      }
      case 'Enter':
        event.preventDefault();
        void this.enter();
        break;
      case 'Escape':
        if (!this.listbox.hidden) {
          event.preventDefault();
          event.stopPropagation();
          this.close();
        }
        break;
      case 'Tab':
        this.close();
        break;
    }
  }

  private async enter(): Promise<void> {
    // Enter right after typing: wait for the suggestions of what was typed, then take the highlighted one.
    const text = this.input.value.trim();
    if (!text) {
      return;
    }
    if (this.timer !== undefined) {
      window.clearTimeout(this.timer);
      this.timer = undefined;
      this.pending = this.suggest(text);
    }
    await this.pending;
    if (this.chosenItem) {
      this.onChoose(this.chosenItem);
      return;
    }
    if (this.items.length > 0) {
      this.choose(Math.max(this.active, 0));
    }
  }

  private choose(index: number): void {
    const item = this.items[index];
    if (!item) {
      return;
    }
    this.chosenItem = item;
    this.input.value = item.name;
    this.close();
    this.onChoose(item);
  }

  private updateActive(): void {
    this.listbox.querySelectorAll('[role=option]').forEach((option, index) => {
      option.setAttribute('aria-selected', index === this.active ? 'true' : 'false');
      if (index === this.active) {
        option.scrollIntoView({ block: 'nearest' });
      }
    });
    if (this.active >= 0) {
      this.input.setAttribute('aria-activedescendant', `${this.listbox.id}-${this.active}`);
    } else {
      this.input.removeAttribute('aria-activedescendant');
    }
  }

  private open(): void {
    this.listbox.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
  }

  private close(): void {
    this.listbox.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
  }
}
