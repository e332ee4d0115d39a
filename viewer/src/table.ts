// The accessible view of the graph: a sortable table of the visible edges, synced with the
// selection (rows of the selected actor or event are marked; a row click selects its event).
import type { ApiEvent, ApiGraph } from '../../src/server/api-types.js';
import { byId, h } from './dom.js';

type Key = 'agent' | 'cls' | 'target' | 'sources' | 'confidence' | 'date';
const MAX_ROWS = 500;

export class EdgeTable {
  private sortKey: Key = 'sources';
  private descending = true;
  private readonly labels: Map<string, string>;
  private readonly firstDate: Map<string, string>;
  private rows: ApiEvent[] = [];
  private selection: { node?: string; event?: string } = {};

  constructor(
    private readonly data: ApiGraph,
    private readonly select: (eventId: string) => void,
  ) {
    this.labels = new Map(data.actors.map((a) => [a.id, a.label]));
    const dates = new Map(data.documents.map((d) => [d.id, d.date]));
    this.firstDate = new Map(
      data.events.map((e) => [
        e.id,
        e.docs
          .map((d) => dates.get(d))
          .filter((d): d is string => !!d)
          .sort()[0] ?? '',
      ]),
    );
    for (const th of byId('edge-table').querySelectorAll<HTMLElement>('th[data-key]')) {
      th.querySelector('button')!.addEventListener('click', () => this.sortBy(th.dataset.key as Key));
    }
  }

  update(visibleEvents: Set<string>, selection: { node?: string; event?: string }): void {
    this.rows = this.data.events.filter((e) => visibleEvents.has(e.id));
    this.selection = selection;
    this.paint();
  }

  private sortBy(key: Key): void {
    this.descending = this.sortKey === key ? !this.descending : key === 'sources' || key === 'confidence';
    this.sortKey = key;
    for (const th of byId('edge-table').querySelectorAll<HTMLElement>('th[data-key]')) {
      th.setAttribute(
        'aria-sort',
        th.dataset.key === key ? (this.descending ? 'descending' : 'ascending') : 'none',
      );
    }
    this.paint();
  }

  private value(e: ApiEvent): string | number {
    switch (this.sortKey) {
      case 'agent':
        return e.agent ? (this.labels.get(e.agent) ?? e.agent) : '';
      case 'target':
        return e.target ? (this.labels.get(e.target) ?? e.target) : '';
      case 'cls':
        return e.cls;
      case 'sources':
        return e.docs.length;
      case 'confidence':
        return e.confidence;
      case 'date':
        return this.firstDate.get(e.id) ?? '';
    }
  }

  private paint(): void {
    const dir = this.descending ? -1 : 1;
    const sel = this.selection;
    const isSelected = (e: ApiEvent) =>
      e.id === sel.event || (!!sel.node && (e.agent === sel.node || e.target === sel.node));
    // Selected rows first, so the table follows the selection even when it is long.
    const sorted = [...this.rows].sort((a, b) => {
      const s = Number(isSelected(b)) - Number(isSelected(a));
      if (s) return s;
      const va = this.value(a);
      const vb = this.value(b);
      return (va < vb ? -1 : va > vb ? 1 : 0) * dir || (a.id < b.id ? -1 : 1);
    });
    const shown = sorted.slice(0, MAX_ROWS);
    byId('table-count').textContent =
      sorted.length > MAX_ROWS ? `(${sorted.length}; first ${MAX_ROWS} shown)` : `(${sorted.length})`;
    byId('edge-table')
      .querySelector('tbody')!
      .replaceChildren(
        ...shown.map((e) => {
          const pick = () => this.select(e.id);
          return h(
            'tr',
            {
              tabindex: 0,
              'data-event': e.id,
              class: isSelected(e) ? 'selected' : undefined,
              'aria-selected': String(isSelected(e)),
              onclick: pick,
              onkeydown: (ev: Event) => {
                if ((ev as KeyboardEvent).key === 'Enter' || (ev as KeyboardEvent).key === ' ') {
                  ev.preventDefault();
                  pick();
                }
              },
            },
            h('td', {}, e.agent ? (this.labels.get(e.agent) ?? e.agent) : '—'),
            h('td', {}, e.cls + (e.hedge ? ` (${e.hedge})` : '') + (e.negated ? ' (negated)' : '')),
            h('td', {}, e.target ? (this.labels.get(e.target) ?? e.target) : '—'),
            h('td', {}, String(e.docs.length)),
            h('td', {}, e.confidence.toFixed(2)),
            h('td', {}, this.firstDate.get(e.id) ?? ''),
          );
        }),
      );
  }
}
