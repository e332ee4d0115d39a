// The actors as a graphology graph: one edge per pair of actors an event links (agent -> target),
// carrying the events, plus "belongs to" edges from ng:country. Path, ego, centrality and
// community commands run on it.
import { createRequire } from 'node:module';
import { DirectedGraph, UndirectedGraph } from 'graphology';
import type { AbstractGraph, Attributes } from 'graphology-types';
import type { QueryEngine } from './types.js';

// These packages are CommonJS with ESM-style typings; require gives the function their types describe.
const require = createRequire(import.meta.url);
export const pagerank =
  require('graphology-metrics/centrality/pagerank') as typeof import('graphology-metrics/centrality/pagerank.js').default;
export const betweenness =
  require('graphology-metrics/centrality/betweenness') as typeof import('graphology-metrics/centrality/betweenness.js').default;
export const louvain =
  require('graphology-communities-louvain') as typeof import('graphology-communities-louvain').default;

export interface EdgeData {
  /** IRIs of the events linking the two actors, agent -> target. */
  events: string[];
  /** The actor belongs to the other (ng:country). */
  country: boolean;
}

export const PROJECTION_QUERY = `SELECT ?a ?b ?event WHERE {
  { ?event ng:agent ?a ; ng:target ?b . FILTER(?a != ?b) }
  UNION
  { ?a ng:country ?b . FILTER(?a != ?b) }
}`;

export type ActorGraph = AbstractGraph<Attributes, EdgeData>;

/** A directed graph (agent -> target); commands that ignore direction use it as undirected. */
export async function projectActors(engine: QueryEngine, timeoutMs?: number): Promise<ActorGraph> {
  const result = await engine.query(PROJECTION_QUERY, { timeoutMs });
  const graph: ActorGraph = new DirectedGraph<Attributes, EdgeData>();
  if (result.kind !== 'bindings') return graph;
  for (const row of result.rows) {
    const a = row.a!.value;
    const b = row.b!.value;
    graph.mergeNode(a);
    graph.mergeNode(b);
    const data = graph.hasEdge(a, b) ? graph.getEdgeAttributes(a, b) : { events: [], country: false };
    if (row.event) data.events.push(row.event.value);
    else data.country = true;
    graph.mergeEdge(a, b, data);
  }
  return graph;
}

/** The same actors and links without direction (one edge per pair). */
export function undirected(graph: ActorGraph): ActorGraph {
  const u: ActorGraph = new UndirectedGraph<Attributes, EdgeData>();
  graph.forEachNode((n) => u.addNode(n));
  graph.forEachEdge((_e, data, a, b) => {
    const prev = u.hasEdge(a, b) ? u.getEdgeAttributes(a, b) : { events: [], country: false };
    u.mergeEdge(a, b, { events: [...prev.events, ...data.events], country: prev.country || data.country });
  });
  return u;
}
