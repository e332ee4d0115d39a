// GraphModel to RDF quads (n3 DataFactory). Facts about documents, entities and events sit in the
// default graph; each piece of evidence (the mention and the event's link to it) sits in the named
// graph of the document it comes from, so TriG/N-Quads keep provenance per document.
import { DataFactory, type Quad } from 'n3';
import type { Event, Evidence, GraphModel } from '../model/types.js';
import { docIri, entityIri, eventIri, mentionIri, ng, prov, rdf, rdfs, schema, skos, xsd } from './iri.js';
import { eventLabel } from './labels.js';

const { literal, quad } = DataFactory;

const integer = (n: number) => literal(String(n), xsd('integer'));
const decimal = (n: number) => literal(String(n), xsd('decimal'));
const boolean = (b: boolean) => literal(String(b), xsd('boolean'));
const date = (d: string) => (/^\d{4}-\d{2}-\d{2}$/.test(d) ? literal(d, xsd('date')) : literal(d));

/**
 * The order quads come in. `subjects`: every subject's quads together, each event followed by its
 * links to mentions, mentions last (readable Turtle). `graphs`: the default graph first, then each
 * document's named graph in turn (readable TriG). Both give the same set of quads.
 */
export type QuadOrder = 'subjects' | 'graphs';

export function toQuads(model: GraphModel, order: QuadOrder = 'subjects'): Quad[] {
  return [...quadsOf(model, order)];
}

/** Quads one at a time, so a large graph can be written without holding them all. */
export function* quadsOf(model: GraphModel, order: QuadOrder = 'subjects'): Generator<Quad> {
  yield* documentQuads(model);
  yield* entityQuads(model);
  const labels = new Map(model.entities.map((e) => [e.id, e.label]));
  for (const e of model.events) {
    yield* eventQuads(e, labels);
    if (order === 'subjects') yield* mentionLinks(e, e.evidence);
  }
  if (order === 'subjects') {
    yield* mentionQuads(model.events.flatMap((e) => e.evidence));
    return;
  }
  const byDoc = new Map<string, Event[]>();
  for (const e of model.events) {
    for (const doc of new Set(e.evidence.map((ev) => ev.doc))) {
      const events = byDoc.get(doc);
      if (events) events.push(e);
      else byDoc.set(doc, [e]);
    }
  }
  for (const [doc, events] of byDoc) {
    for (const e of events)
      yield* mentionLinks(
        e,
        e.evidence.filter((ev) => ev.doc === doc),
      );
    yield* mentionQuads(events.flatMap((e) => e.evidence.filter((ev) => ev.doc === doc)));
  }
}

function* documentQuads(model: GraphModel): Generator<Quad> {
  for (const d of model.documents) {
    const s = docIri(d.id);
    yield quad(s, rdf('type'), ng('Document'));
    yield quad(s, schema('headline'), literal(d.headline));
    yield quad(s, ng('fileName'), literal(d.file));
    yield quad(s, ng('sha256'), literal(d.sha256));
    yield quad(s, ng('format'), literal(d.format));
    yield quad(s, ng('wordCount'), integer(d.words));
    if (d.date) yield quad(s, schema('datePublished'), date(d.date));
    if (d.author) yield quad(s, schema('author'), literal(d.author));
  }
}

function* entityQuads(model: GraphModel): Generator<Quad> {
  // An actor's source count: the documents stating an event it takes part in.
  const sources = new Map<string, Set<string>>();
  for (const e of model.events) {
    for (const id of [e.agent, e.target]) {
      if (!id) continue;
      const docs = sources.get(id) ?? new Set<string>();
      for (const ev of e.evidence) docs.add(ev.doc);
      sources.set(id, docs);
    }
  }
  for (const e of model.entities) {
    const s = entityIri(e.id);
    yield quad(s, rdf('type'), ng(e.type));
    yield quad(s, rdfs('label'), literal(e.label));
    yield quad(s, skos('prefLabel'), literal(e.label));
    for (const a of new Set(e.aliases)) if (a !== e.label) yield quad(s, skos('altLabel'), literal(a));
    if (e.country && e.country !== e.id) yield quad(s, ng('country'), entityIri(e.country));
    if (e.gazetteerId) yield quad(s, ng('gazetteerId'), literal(e.gazetteerId));
    yield quad(s, ng('sourceCount'), integer(sources.get(e.id)?.size ?? 0));
  }
}

function* eventQuads(e: Event, labels: Map<string, string>): Generator<Quad> {
  const s = eventIri(e.id);
  const label = (id: string | null) => (id ? (labels.get(id) ?? id) : undefined);
  yield quad(s, rdf('type'), ng(e.cls));
  yield quad(s, rdfs('label'), literal(eventLabel(e.cls, label(e.agent), label(e.target), e.negated)));
  if (e.agent) yield quad(s, ng('agent'), entityIri(e.agent));
  if (e.target) yield quad(s, ng('target'), entityIri(e.target));
  if (e.about) yield quad(s, ng('about'), eventIri(e.about));
  if (e.hedge) yield quad(s, ng('hedge'), literal(e.hedge));
  yield quad(s, ng('negated'), boolean(e.negated));
  yield quad(s, ng('confidence'), decimal(e.confidence));
  yield quad(s, ng('trigger'), literal(e.trigger));
  if (e.quote) yield quad(s, ng('quote'), literal(e.quote));
  const docs = [...new Set(e.evidence.map((ev) => ev.doc))];
  yield quad(s, ng('sourceCount'), integer(docs.length));
  for (const d of docs) yield quad(s, prov('wasDerivedFrom'), docIri(d));
}

/** `event ng:mention mention`, in the graph of the mention's document. */
function* mentionLinks(e: Event, evidence: Evidence[]): Generator<Quad> {
  const linked = new Set<string>();
  for (const ev of evidence) {
    const m = mentionIri(ev.doc, ev.start, ev.end);
    if (!linked.has(m.value)) yield quad(eventIri(e.id), ng('mention'), m, docIri(ev.doc));
    linked.add(m.value);
  }
}

/** A sentence stating two events is one mention, written once. */
function* mentionQuads(evidence: Evidence[]): Generator<Quad> {
  const written = new Set<string>();
  for (const ev of evidence) {
    const m = mentionIri(ev.doc, ev.start, ev.end);
    if (written.has(m.value)) continue;
    written.add(m.value);
    const g = docIri(ev.doc);
    yield quad(m, rdf('type'), ng('Mention'), g);
    yield quad(m, ng('document'), g, g);
    yield quad(m, ng('start'), integer(ev.start), g);
    yield quad(m, ng('end'), integer(ev.end), g);
    yield quad(m, ng('text'), literal(ev.text), g);
  }
}

/** The same triples with no named graphs (Turtle, N-Triples, SHACL, the query engine). */
export function toTriples(quads: Iterable<Quad>): Quad[] {
  return [...inDefaultGraph(quads)];
}

export function* inDefaultGraph(quads: Iterable<Quad>): Generator<Quad> {
  for (const q of quads)
    yield q.graph.termType === 'DefaultGraph' ? q : quad(q.subject, q.predicate, q.object);
}
