// The viewer's pure parts, run in Node: the URL state round trip and what the filters leave visible.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { graphPayload } from '../../src/server/graph-payload.js';
import { computeLayout } from '../../src/server/layout.js';
import type { GraphModel } from '../../src/model/types.js';
import { buildViewGraph } from '../../viewer/src/build-graph.js';
import { decodeState, DEFAULT_STATE, encodeState, type ViewState } from '../../viewer/src/state.js';
import { computeVisibility } from '../../viewer/src/visibility.js';
import { ROOT } from './helpers.js';

const model = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/viewer/graph.json'), 'utf8')) as GraphModel;
const data = graphPayload(model, computeLayout(model));

describe('viewer URL state', () => {
  it('round-trips every field', () => {
    const state: ViewState = {
      view: 'events',
      showDocs: true,
      sizeBy: 'pagerank',
      colorBy: 'community',
      hiddenTypes: ['Person', 'Place'],
      hiddenClasses: ['Role'],
      doc: 'doc-1',
      from: '2015-01-01',
      to: '2015-12-31',
      minSources: 2,
      node: 'e:meeting/united-states--china',
      ego: 2,
      pathFrom: 'john-kerry',
      pathTo: 'china',
      camera: { x: 0.25, y: 0.75, ratio: 0.5 },
    };
    expect(decodeState(encodeState(state))).toEqual(state);
    expect(encodeState(DEFAULT_STATE)).toBe('');
  });

  it('ignores what it does not understand', () => {
    expect(decodeState('view=pie&size=shoe&min=-3&cam=1,2&ego=x')).toEqual(DEFAULT_STATE);
  });
});

describe('viewer filters', () => {
  const graph = buildViewGraph(data, 'actors', false);
  const visible = (patch: Partial<ViewState>) =>
    computeVisibility(data, graph, { ...DEFAULT_STATE, ...patch });

  it('shows every drawable event and actor by default', () => {
    const v = visible({});
    expect(v.nodes.size).toBe(model.entities.length);
    const drawable = model.events.filter((e) => e.agent && e.target && e.agent !== e.target);
    expect([...v.events].sort()).toEqual(drawable.map((e) => e.id).sort());
  });

  it('hides a class, a type, low-sourced events and events outside the date range', () => {
    expect(
      [...visible({ hiddenClasses: ['Accusation'] }).events].some((e) => e.startsWith('accusation/')),
    ).toBe(false);
    const noPeople = visible({ hiddenTypes: ['Person'] });
    expect(noPeople.nodes.has('john-kerry')).toBe(false);
    expect([...noPeople.events].some((e) => e.includes('john-kerry'))).toBe(false);
    expect([...visible({ minSources: 2 }).events].sort()).toEqual([
      'accusation/united-states--china',
      'meeting/united-states--china',
    ]);
    // Only document 003 is dated 2015-06-24.
    const day = visible({ from: '2015-06-24', to: '2015-06-24' });
    const doc003 = model.documents.find((d) => d.date === '2015-06-24')!.id;
    for (const id of day.events)
      expect(model.events.find((e) => e.id === id)!.evidence.some((ev) => ev.doc === doc003)).toBe(true);
    expect(day.events.size).toBeGreaterThan(0);
  });

  it('finds no path between actors with no connection', () => {
    expect(visible({ pathFrom: 'white-house', pathTo: 'china' }).path).toBeNull();
    expect(visible({ pathFrom: 'john-kerry', pathTo: 'unit-61398' }).path).toEqual([
      'john-kerry',
      'united-states',
      'unit-61398',
    ]);
  });
});

describe('viewer graph', () => {
  it('draws what it can of a graph whose events name unknown actors or documents', () => {
    const broken = {
      ...data,
      events: [...data.events, { ...data.events[0]!, id: 'x/ghost', agent: 'ghost', docs: ['no-such-doc'] }],
    };
    for (const view of ['actors', 'events'] as const) {
      const graph = buildViewGraph(broken, view, true);
      expect(graph.hasNode('ghost')).toBe(false);
      expect(graph.order).toBeGreaterThanOrEqual(data.actors.length + data.documents.length);
    }
  });
});
