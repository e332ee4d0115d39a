// Positions and centralities for the viewer, computed once per graph on the server.
// ForceAtlas2 starts from positions seeded by each node's id, so the same graph always gets the
// same picture; events sit on the line between their two actors, documents among their actors.
import { DirectedGraph } from 'graphology';
import forceAtlas2Module from 'graphology-layout-forceatlas2';
import louvainModule from 'graphology-communities-louvain';
import pagerankModule from 'graphology-metrics/centrality/pagerank.js';
import betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import type { GraphModel } from '../model/types.js';
import type { NodeMetrics } from './api-types.js';
import { cjsDefault } from './cjs-default.js';
import { seededRandom } from '../util/seeded-random.js';

const forceAtlas2 = cjsDefault(forceAtlas2Module);
const louvain = cjsDefault(louvainModule);
const pagerank = cjsDefault(pagerankModule);
const betweenness = cjsDefault(betweennessModule);

export interface Layout {
  actors: Record<string, { x: number; y: number; metrics: NodeMetrics; community: number }>;
  events: Record<string, { x: number; y: number }>;
  documents: Record<string, { x: number; y: number }>;
  metrics: (keyof NodeMetrics)[];
  communities: number;
}

/** Exact betweenness is O(V·E): beyond this many actors it would hold the server for minutes. */
export const BETWEENNESS_MAX_NODES = 5000;

export function computeLayout(model: GraphModel): Layout {
  const graph = actorsGraph(model);
  const positions = forceAtlas2(graph, {
    iterations: iterationsFor(graph.order),
    settings: forceAtlas2.inferSettings(graph),
    // Unweighted: a pair with many events would otherwise collapse onto itself.
    getEdgeWeight: null,
  });
  ringIsolates(graph, positions);
  const ranks = graph.order > 0 ? pagerank(graph, { getEdgeWeight: 'weight' }) : {};
  const withBetweenness = graph.order <= BETWEENNESS_MAX_NODES;
  const between = withBetweenness && graph.order > 0 ? betweenness(graph, { getEdgeWeight: null }) : {};
  const communities =
    graph.order > 0 ? louvain.detailed(graph, { rng: seededRandom(1), getEdgeWeight: 'weight' }) : null;

  const actors: Layout['actors'] = {};
  graph.forEachNode((id) => {
    const p = positions[id]!;
    actors[id] = {
      x: round(p.x),
      y: round(p.y),
      community: communities?.communities[id] ?? 0,
      metrics: {
        degree: graph.degree(id),
        inDegree: graph.inDegree(id),
        outDegree: graph.outDegree(id),
        pagerank: ranks[id] ?? 0,
        ...(withBetweenness ? { betweenness: between[id] ?? 0 } : {}),
      },
    };
  });

  const events: Layout['events'] = {};
  for (const e of model.events) {
    const a = e.agent ? actors[e.agent] : undefined;
    const t = e.target ? actors[e.target] : undefined;
    const jitter = seededPoint(e.id, 1);
    if (a && t && e.agent !== e.target) {
      // On the segment, pushed sideways a little so parallel events do not stack.
      const dx = t.x - a.x;
      const dy = t.y - a.y;
      const side = jitter.x * 0.25;
      events[e.id] = { x: round((a.x + t.x) / 2 - dy * side), y: round((a.y + t.y) / 2 + dx * side) };
    } else {
      const anchor = a ?? t ?? { x: 0, y: 0 };
      events[e.id] = { x: round(anchor.x + jitter.x * 3), y: round(anchor.y + jitter.y * 3) };
    }
  }

  const documents: Layout['documents'] = {};
  const docPoints = new Map<string, { x: number; y: number }[]>();
  for (const e of model.events) {
    for (const ev of e.evidence) {
      const list = docPoints.get(ev.doc) ?? [];
      list.push(events[e.id]!);
      docPoints.set(ev.doc, list);
    }
  }
  for (const d of model.documents) {
    const pts = docPoints.get(d.id) ?? [];
    const jitter = seededPoint(d.id, 2);
    const cx = pts.length ? pts.reduce((s, p) => s + p.x, 0) / pts.length : 0;
    const cy = pts.length ? pts.reduce((s, p) => s + p.y, 0) / pts.length : 0;
    documents[d.id] = { x: round(cx + jitter.x * 4), y: round(cy + jitter.y * 4) };
  }

  return {
    actors,
    events,
    documents,
    metrics: withBetweenness
      ? ['degree', 'inDegree', 'outDegree', 'pagerank', 'betweenness']
      : ['degree', 'inDegree', 'outDegree', 'pagerank'],
    communities: communities?.count ?? 0,
  };
}

/** Actors with one weighted directed edge per (agent, target) pair, weight = number of events. */
function actorsGraph(model: GraphModel): DirectedGraph {
  const graph = new DirectedGraph({ allowSelfLoops: false });
  // Sorted so that insertion order (which FA2 and Louvain see) does not depend on the build.
  for (const entity of [...model.entities].sort((a, b) => cmp(a.id, b.id))) {
    const p = seededPoint(entity.id, 0);
    graph.addNode(entity.id, { x: p.x * 100, y: p.y * 100 });
  }
  for (const e of [...model.events].sort((a, b) => cmp(a.id, b.id))) {
    if (!e.agent || !e.target || e.agent === e.target) continue;
    if (!graph.hasNode(e.agent) || !graph.hasNode(e.target)) continue;
    graph.updateEdge(e.agent, e.target, (attr) => ({
      weight: ((attr.weight as number | undefined) ?? 0) + 1,
    }));
  }
  return graph;
}

/**
 * Actors with no actor-to-actor edge feel only repulsion in FA2 and drift far out, so a camera
 * framing everything shrinks the connected part to a dot. They go on a ring just outside it.
 */
function ringIsolates(graph: DirectedGraph, positions: Record<string, { x: number; y: number }>): void {
  const isolates = graph.filterNodes((n) => graph.degree(n) === 0);
  if (isolates.length === 0) return;
  const connected = graph.filterNodes((n) => graph.degree(n) > 0).map((n) => positions[n]!);
  const cx = connected.length ? connected.reduce((s, p) => s + p.x, 0) / connected.length : 0;
  const cy = connected.length ? connected.reduce((s, p) => s + p.y, 0) / connected.length : 0;
  // Just outside most of the connected part: a far-off small component should not set the size.
  const distances = connected.map((p) => Math.hypot(p.x - cx, p.y - cy)).sort((a, b) => a - b);
  const radius = Math.max(10, distances[Math.floor(distances.length * 0.8)] ?? 0) * 1.3;
  isolates.forEach((n, i) => {
    const angle = (2 * Math.PI * i) / isolates.length;
    positions[n] = { x: cx + radius * Math.cos(angle), y: cy + radius * Math.sin(angle) };
  });
}

function iterationsFor(order: number): number {
  if (order < 2000) return 300;
  if (order < 10000) return 100;
  return 40;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

/** A point in [-1, 1]² derived from a string: the same id always lands on the same spot. */
function seededPoint(id: string, salt: number): { x: number; y: number } {
  const rand = seededRandom(fnv1a(id) ^ salt);
  return { x: rand() * 2 - 1, y: rand() * 2 - 1 };
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
