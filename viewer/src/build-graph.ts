// The graphology graph sigma draws, for one view of the API's graph:
// "actors" (an edge per event between agent and target) or "events" (events as small nodes),
// with documents as extra nodes on demand.
import { MultiDirectedGraph } from 'graphology';
import type { ApiEvent, ApiGraph } from '../../src/server/api-types.js';
import { CLASS_COLORS, DOC_COLOR, TYPE_COLORS, communityColor } from './colors.js';
import type { ColorBy, SizeBy, ViewMode } from './state.js';

export type NodeKind = 'actor' | 'event' | 'document';

export interface NodeAttrs {
  kind: NodeKind;
  /** Id in the API (actor id, event id, document id). */
  ref: string;
  label: string;
  x: number;
  y: number;
  size: number;
  color: string;
}

export interface EdgeAttrs {
  /** The event this edge stands for (absent for document links). */
  event?: string;
  size: number;
  color: string;
  type: 'straight' | 'curved';
  curvature?: number;
  parallelIndex?: number | null;
  parallelMaxIndex?: number | null;
}

export type ViewGraph = MultiDirectedGraph<NodeAttrs, EdgeAttrs>;

export const eventKey = (id: string) => `e:${id}`;
export const docKey = (id: string) => `d:${id}`;

export function buildViewGraph(data: ApiGraph, view: ViewMode, showDocs: boolean): ViewGraph {
  const graph: ViewGraph = new MultiDirectedGraph({ allowSelfLoops: false });
  for (const a of data.actors) {
    graph.addNode(a.id, {
      kind: 'actor',
      ref: a.id,
      label: a.label,
      x: a.x,
      y: a.y,
      size: 5,
      color: TYPE_COLORS[a.type],
    });
  }
  // A side naming no known actor (a damaged graph.json) is left undrawn rather than breaking the view.
  const known = (id: string | null): id is string => !!id && graph.hasNode(id);
  const drawn = (e: ApiEvent) =>
    view === 'events' || (known(e.agent) && known(e.target) && e.agent !== e.target);
  for (const e of data.events) {
    const color = CLASS_COLORS[e.cls];
    const size = edgeWidth(e.docs.length);
    if (view === 'actors') {
      if (!drawn(e)) continue;
      graph.addDirectedEdgeWithKey(e.id, e.agent!, e.target!, { event: e.id, size, color, type: 'straight' });
      continue;
    }
    const key = eventKey(e.id);
    graph.addNode(key, { kind: 'event', ref: e.id, label: e.label, x: e.x, y: e.y, size: 2.5, color });
    if (known(e.agent))
      graph.addDirectedEdgeWithKey(`${key}>agent`, e.agent, key, {
        event: e.id,
        size,
        color,
        type: 'straight',
      });
    if (known(e.target))
      graph.addDirectedEdgeWithKey(`${key}>target`, key, e.target, {
        event: e.id,
        size,
        color,
        type: 'straight',
      });
  }
  if (showDocs) {
    for (const d of data.documents) {
      graph.addNode(docKey(d.id), {
        kind: 'document',
        ref: d.id,
        label: d.headline,
        x: d.x,
        y: d.y,
        size: 3,
        color: DOC_COLOR,
      });
    }
    // A document links to what it supports: events in the events view, actors in the actors view.
    const links = new Set<string>();
    for (const e of data.events) {
      if (!drawn(e)) continue;
      for (const d of e.docs) {
        if (!graph.hasNode(docKey(d))) continue;
        const ends = view === 'events' ? [eventKey(e.id)] : [e.agent, e.target].filter(known);
        for (const end of ends) {
          const key = `${docKey(d)}>${end}`;
          if (links.has(key)) continue;
          links.add(key);
          graph.addDirectedEdgeWithKey(key, docKey(d), end, {
            size: 0.5,
            color: '#d0d0d0',
            type: 'straight',
          });
        }
      }
    }
  }
  return graph;
}

/** Width by number of supporting articles: 1 article = thin, grows slowly. */
function edgeWidth(sources: number): number {
  return 1 + 2 * Math.log2(Math.max(1, sources));
}

/** Sets each actor's size from the chosen centrality and its colour from type or community. */
export function styleActors(graph: ViewGraph, data: ApiGraph, sizeBy: SizeBy, colorBy: ColorBy): void {
  const metric = data.metrics.includes(sizeBy) ? sizeBy : 'degree';
  const values = data.actors.map((a) => a.metrics[metric] ?? 0);
  const max = Math.max(0, ...values);
  const min = Math.min(max, ...values);
  for (const a of data.actors) {
    if (!graph.hasNode(a.id)) continue;
    const v = a.metrics[metric] ?? 0;
    const t = max > min ? Math.sqrt((v - min) / (max - min)) : 0;
    graph.mergeNodeAttributes(a.id, {
      size: 3 + 11 * t,
      color: colorBy === 'community' ? communityColor(a.community) : TYPE_COLORS[a.type],
    });
  }
}
