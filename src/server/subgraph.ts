// The part of a GraphModel the viewer shows, for the Turtle export of the visible subgraph:
// the chosen events and actors, the actors those events involve, and the documents their
// evidence comes from (so every exported fact keeps its provenance).
import type { GraphModel } from '../model/types.js';

export function subgraph(
  model: GraphModel,
  eventIds: Iterable<string>,
  actorIds: Iterable<string>,
): GraphModel {
  const wantedEvents = new Set(eventIds);
  const events = model.events.filter((e) => wantedEvents.has(e.id));
  const actors = new Set(actorIds);
  const docs = new Set<string>();
  for (const e of events) {
    if (e.agent) actors.add(e.agent);
    if (e.target) actors.add(e.target);
    for (const ev of e.evidence) docs.add(ev.doc);
  }
  return {
    version: 1,
    documents: model.documents.filter((d) => docs.has(d.id)),
    entities: model.entities.filter((e) => actors.has(e.id)),
    events,
  };
}
