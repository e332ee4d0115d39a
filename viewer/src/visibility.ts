// Which nodes and edges the current filters leave visible. Pure: data + graph + state in, sets out.
import { UndirectedGraph } from 'graphology';
import { bidirectional } from 'graphology-shortest-path/unweighted';
import type { ApiEvent, ApiGraph } from '../../src/server/api-types.js';
import type { ViewGraph } from './build-graph.js';
import type { ViewState } from './state.js';

export interface Visibility {
  nodes: Set<string>;
  edges: Set<string>;
  /** Visible event ids (what the table lists). */
  events: Set<string>;
  /** The shortest path's nodes when a path was asked for; null when none exists. */
  path?: string[] | null;
}

export function eventFilterActive(s: ViewState): boolean {
  return s.hiddenClasses.length > 0 || !!s.doc || !!s.from || !!s.to || s.minSources > 1;
}

export function computeVisibility(data: ApiGraph, graph: ViewGraph, s: ViewState): Visibility {
  const dates = new Map(data.documents.map((d) => [d.id, d.date]));
  const actorType = new Map(data.actors.map((a) => [a.id, a.type]));
  const typeShown = (id: string | null) => id === null || !s.hiddenTypes.includes(actorType.get(id)!);
  const eventPasses = (e: ApiEvent) =>
    !s.hiddenClasses.includes(e.cls) &&
    e.docs.length >= s.minSources &&
    (!s.doc || e.docs.includes(s.doc)) &&
    inDateRange(
      e.docs.map((d) => dates.get(d)).filter((d): d is string => !!d),
      s.from,
      s.to,
    ) &&
    typeShown(e.agent) &&
    typeShown(e.target);

  const events = new Set(data.events.filter(eventPasses).map((e) => e.id));
  const filtering = eventFilterActive(s);
  let nodes = new Set<string>();
  graph.forEachNode((key, attrs) => {
    if (attrs.kind === 'actor') {
      if (
        typeShown(key) &&
        (!filtering || graph.someEdge(key, (_e, ea) => !!ea.event && events.has(ea.event)))
      )
        nodes.add(key);
    } else if (attrs.kind === 'event') {
      if (events.has(attrs.ref)) nodes.add(key);
    }
  });
  // Documents show when they support something visible.
  graph.forEachNode((key, attrs) => {
    if (
      attrs.kind === 'document' &&
      (!s.doc || s.doc === attrs.ref) &&
      graph.someOutNeighbor(key, (n) => nodes.has(n))
    ) {
      nodes.add(key);
    }
  });
  let edges = new Set<string>();
  graph.forEachEdge((key, attrs, source, target) => {
    if (nodes.has(source) && nodes.has(target) && (!attrs.event || events.has(attrs.event))) edges.add(key);
  });

  if (s.node && s.ego > 0 && nodes.has(s.node)) {
    nodes = egoNodes(graph, edges, s.node, s.ego);
    edges = new Set([...edges].filter((e) => nodes.has(graph.source(e)) && nodes.has(graph.target(e))));
  }
  let path: string[] | null | undefined;
  if (s.pathFrom && s.pathTo) {
    path = shortestPath(graph, edges, s.pathFrom, s.pathTo);
    const onPath = new Set(path ?? []);
    nodes = new Set([...nodes].filter((n) => onPath.has(n)));
    edges = new Set(
      [...edges].filter((e) => {
        const i = path?.indexOf(graph.source(e)) ?? -1;
        const j = path?.indexOf(graph.target(e)) ?? -1;
        return i >= 0 && j >= 0 && Math.abs(i - j) === 1;
      }),
    );
  }
  const shownEvents = new Set<string>();
  for (const e of edges) {
    const ev = graph.getEdgeAttribute(e, 'event');
    if (ev) shownEvents.add(ev);
  }
  graph.forEachNode((key, attrs) => {
    if (attrs.kind === 'event' && nodes.has(key)) shownEvents.add(attrs.ref);
  });
  return { nodes, edges, events: shownEvents, ...(path !== undefined ? { path } : {}) };
}

/** Articles without dates are kept: the date filter only judges what it can. */
function inDateRange(dates: string[], from?: string, to?: string): boolean {
  if ((!from && !to) || dates.length === 0) return true;
  return dates.some((d) => (!from || d.slice(0, 10) >= from) && (!to || d.slice(0, 10) <= to));
}

function egoNodes(graph: ViewGraph, edges: Set<string>, center: string, hops: number): Set<string> {
  const seen = new Set([center]);
  let frontier = [center];
  for (let k = 0; k < hops && frontier.length; k++) {
    const next: string[] = [];
    for (const n of frontier) {
      graph.forEachEdge(n, (e, _a, source, target) => {
        if (!edges.has(e)) return;
        const other = source === n ? target : source;
        if (!seen.has(other)) {
          seen.add(other);
          next.push(other);
        }
      });
    }
    frontier = next;
  }
  return seen;
}

/** Direction is ignored: the question is how two actors are connected at all. */
function shortestPath(graph: ViewGraph, edges: Set<string>, from: string, to: string): string[] | null {
  if (!graph.hasNode(from) || !graph.hasNode(to)) return null;
  const undirected = new UndirectedGraph();
  graph.forEachNode((n) => undirected.addNode(n));
  for (const e of edges) undirected.mergeEdge(graph.source(e), graph.target(e));
  return bidirectional(undirected, from, to);
}
