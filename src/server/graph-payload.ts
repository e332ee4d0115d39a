// GET /api/graph: the whole graph as the viewer draws it, positions and centralities included.
import type { Entity, GraphModel } from '../model/types.js';
import type { ApiGraph } from './api-types.js';
import { labelOf } from './evidence.js';
import type { Layout } from './layout.js';

export function graphPayload(model: GraphModel, layout: Layout): ApiGraph {
  const entities = new Map<string, Entity>(model.entities.map((e) => [e.id, e]));
  const docsOf = new Map<string, Set<string>>();
  const events = model.events.map((e) => {
    const docs = [...new Set(e.evidence.map((ev) => ev.doc))].sort();
    for (const side of [e.agent, e.target]) {
      if (!side) continue;
      const set = docsOf.get(side) ?? new Set<string>();
      for (const d of docs) set.add(d);
      docsOf.set(side, set);
    }
    const pos = layout.events[e.id] ?? { x: 0, y: 0 };
    return {
      id: e.id,
      cls: e.cls,
      label: labelOf(e, entities),
      agent: e.agent,
      target: e.target,
      negated: e.negated,
      confidence: e.confidence,
      docs,
      x: pos.x,
      y: pos.y,
      ...(e.hedge ? { hedge: e.hedge } : {}),
    };
  });
  const actors = model.entities.map((e) => {
    const l = layout.actors[e.id] ?? {
      x: 0,
      y: 0,
      community: 0,
      metrics: { degree: 0, inDegree: 0, outDegree: 0, pagerank: 0 },
    };
    return {
      id: e.id,
      label: e.label,
      type: e.type,
      aliases: e.aliases,
      x: l.x,
      y: l.y,
      metrics: l.metrics,
      community: l.community,
      sourceCount: docsOf.get(e.id)?.size ?? 0,
    };
  });
  const documents = model.documents.map((d) => {
    const pos = layout.documents[d.id] ?? { x: 0, y: 0 };
    return {
      id: d.id,
      headline: d.headline,
      file: d.file,
      x: pos.x,
      y: pos.y,
      ...(d.date ? { date: d.date } : {}),
    };
  });
  return { actors, events, documents, metrics: layout.metrics, communities: layout.communities };
}
