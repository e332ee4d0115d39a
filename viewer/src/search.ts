// Search with autocomplete over labels and aliases, as an ARIA combobox: arrows move, Enter picks,
// Escape closes.
import type { ApiActor } from '../../src/server/api-types.js';
import { byId, h } from './dom.js';

const MAX_RESULTS = 12;

export function matchActors(actors: ApiActor[], query: string): { actor: ApiActor; alias?: string }[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  const scored: { actor: ApiActor; alias?: string; score: number }[] = [];
  for (const actor of actors) {
    // Label before alias, prefix before substring.
    let best: { score: number; alias?: string } | undefined;
    for (const name of [actor.label, ...actor.aliases]) {
      const n = name.toLowerCase();
      const base = n.startsWith(q) ? 0 : n.includes(q) ? 2 : -1;
      if (base < 0) continue;
      const isAlias = name !== actor.label;
      const score = base + (isAlias ? 1 : 0);
      if (!best || score < best.score) best = isAlias ? { score, alias: name } : { score };
    }
    if (best) scored.push({ actor, ...best });
  }
  scored.sort(
    (a, b) =>
      a.score - b.score ||
      b.actor.metrics.degree - a.actor.metrics.degree ||
      a.actor.label.localeCompare(b.actor.label),
  );
  return scored.slice(0, MAX_RESULTS);
}

export function bindSearch(actors: ApiActor[], choose: (id: string) => void): void {
  const input = byId<HTMLInputElement>('search-input');
  const list = byId<HTMLUListElement>('search-list');
  let results: ReturnType<typeof matchActors> = [];
  let active = -1;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const paint = () => {
    list.replaceChildren(
      ...results.map((r, i) =>
        h(
          'li',
          {
            id: `search-opt-${i}`,
            role: 'option',
            'aria-selected': String(i === active),
            onmousedown: (ev: Event) => {
              ev.preventDefault();
              pick(i);
            },
          },
          r.actor.label,
          r.alias ? h('span', { class: 'alias' }, ` (${r.alias})`) : null,
          h('span', { class: 'alias' }, ` · ${r.actor.type}`),
        ),
      ),
    );
    if (results.length === 0)
      list.append(h('li', { role: 'option', 'aria-disabled': 'true' }, 'No actor matches'));
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    if (active >= 0) input.setAttribute('aria-activedescendant', `search-opt-${active}`);
  };
  const pick = (i: number) => {
    const r = results[i];
    if (!r) return;
    input.value = r.actor.label;
    close();
    choose(r.actor.id);
  };

  input.addEventListener('input', () => {
    results = matchActors(actors, input.value);
    active = results.length ? 0 : -1;
    if (input.value.trim()) paint();
    else close();
  });
  input.addEventListener('keydown', (ev) => {
    if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      if (!results.length) return;
      ev.preventDefault();
      active = (active + (ev.key === 'ArrowDown' ? 1 : -1) + results.length) % results.length;
      paint();
      byId(`search-opt-${active}`).scrollIntoView({ block: 'nearest' });
    } else if (ev.key === 'Enter') {
      ev.preventDefault();
      pick(active >= 0 ? active : 0);
    } else if (ev.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', close);
}
