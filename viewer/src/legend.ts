// The legend: every entity type and event class with its colour and live count; a click toggles it.
import { ENTITY_TYPES, EVENT_CLASSES, type EntityType, type EventClass } from '../../src/model/types.js';
import type { ApiGraph } from '../../src/server/api-types.js';
import { CLASS_COLORS, TYPE_COLORS, communityColor } from './colors.js';
import { byId, h } from './dom.js';
import type { ViewState } from './state.js';
import type { Visibility } from './visibility.js';

export function renderLegend(
  data: ApiGraph,
  state: ViewState,
  vis: Visibility,
  toggle: (kind: 'type' | 'class', value: string) => void,
): void {
  const typeCounts = new Map<EntityType, number>();
  const classCounts = new Map<EventClass, number>();
  for (const a of data.actors)
    if (vis.nodes.has(a.id)) typeCounts.set(a.type, (typeCounts.get(a.type) ?? 0) + 1);
  for (const e of data.events)
    if (vis.events.has(e.id)) classCounts.set(e.cls, (classCounts.get(e.cls) ?? 0) + 1);
  const present = <T extends string>(all: readonly T[], ids: T[]) => all.filter((x) => ids.includes(x));
  const types = present(
    ENTITY_TYPES,
    data.actors.map((a) => a.type),
  );
  const classes = present(
    EVENT_CLASSES,
    data.events.map((e) => e.cls),
  );

  byId('legend-types').replaceChildren(
    ...types.map((t) =>
      item(t, TYPE_COLORS[t], typeCounts.get(t) ?? 0, !state.hiddenTypes.includes(t), false, () =>
        toggle('type', t),
      ),
    ),
  );
  byId('legend-classes').replaceChildren(
    ...classes.map((c) =>
      item(c, CLASS_COLORS[c], classCounts.get(c) ?? 0, !state.hiddenClasses.includes(c), true, () =>
        toggle('class', c),
      ),
    ),
  );
  const communities = byId('legend-communities');
  communities.hidden = state.colorBy !== 'community';
  if (state.colorBy === 'community') {
    const counts = new Map<number, number>();
    for (const a of data.actors)
      if (vis.nodes.has(a.id)) counts.set(a.community, (counts.get(a.community) ?? 0) + 1);
    const top = [...counts].sort((a, b) => b[1] - a[1]).slice(0, 12);
    communities.replaceChildren(
      h('li', {}, h('strong', {}, `Communities (${data.communities})`)),
      ...top.map(([c, n]) =>
        h(
          'li',
          {},
          h('span', { class: 'swatch', style: `background:${communityColor(c)};display:inline-block` }),
          ` #${c + 1} `,
          h('span', { class: 'count' }, String(n)),
        ),
      ),
    );
  }
}

function item(
  label: string,
  color: string,
  count: number,
  on: boolean,
  line: boolean,
  onClick: () => void,
): HTMLElement {
  return h(
    'li',
    {},
    h(
      'button',
      {
        type: 'button',
        'aria-pressed': String(on),
        'data-legend': label,
        onclick: onClick,
        title: on ? `Hide ${label}` : `Show ${label}`,
      },
      h('span', { class: line ? 'swatch line' : 'swatch', style: `background:${color}` }),
      label,
      h('span', { class: 'count' }, String(count)),
    ),
  );
}
