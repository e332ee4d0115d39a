// GraphModel to RDF quads (n3 DataFactory). Facts about documents, entities and events sit in the
// default graph; each piece of evidence (the mention and the event's link to it) sits in the named
// graph of the document it comes from, so TriG/N-Quads keep provenance per document.
import {
  DataFactory,
  type Quad,
  type Quad_Graph,
  type Quad_Object,
  type Quad_Subject,
  type NamedNode,
} from 'n3';
import type { GraphModel } from '../model/types.js';
import { docIri, entityIri, eventIri, mentionIri, ng, prov, rdf, rdfs, schema, skos, xsd } from './iri.js';
import { eventLabel } from './labels.js';

const { literal, quad, defaultGraph } = DataFactory;

const integer = (n: number) => literal(String(n), xsd('integer'));
const decimal = (n: number) => literal(String(n), xsd('decimal'));
const boolean = (b: boolean) => literal(String(b), xsd('boolean'));
const date = (d: string) => (/^\d{4}-\d{2}-\d{2}$/.test(d) ? literal(d, xsd('date')) : literal(d));

/** Quads grouped by subject: documents, entities, events (each followed by its evidence). */
export function toQuads(model: GraphModel): Quad[] {
  const out: Quad[] = [];
  const add = (s: Quad_Subject, p: NamedNode, o: Quad_Object, g: Quad_Graph = defaultGraph()) => {
    out.push(quad(s, p, o, g));
  };

  for (const d of model.documents) {
    const s = docIri(d.id);
    add(s, rdf('type'), ng('Document'));
    add(s, schema('headline'), literal(d.headline));
    add(s, ng('fileName'), literal(d.file));
    add(s, ng('sha256'), literal(d.sha256));
    add(s, ng('format'), literal(d.format));
    add(s, ng('wordCount'), integer(d.words));
    if (d.date) add(s, schema('datePublished'), date(d.date));
    if (d.author) add(s, schema('author'), literal(d.author));
  }

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
  const labels = new Map(model.entities.map((e) => [e.id, e.label]));
  for (const e of model.entities) {
    const s = entityIri(e.id);
    add(s, rdf('type'), ng(e.type));
    add(s, rdfs('label'), literal(e.label));
    add(s, skos('prefLabel'), literal(e.label));
    for (const a of new Set(e.aliases)) if (a !== e.label) add(s, skos('altLabel'), literal(a));
    if (e.country && e.country !== e.id) add(s, ng('country'), entityIri(e.country));
    if (e.gazetteerId) add(s, ng('gazetteerId'), literal(e.gazetteerId));
    add(s, ng('sourceCount'), integer(sources.get(e.id)?.size ?? 0));
  }

  for (const e of model.events) {
    const s = eventIri(e.id);
    add(s, rdf('type'), ng(e.cls));
    const label = (id: string | null) => (id ? (labels.get(id) ?? id) : undefined);
    add(s, rdfs('label'), literal(eventLabel(e.cls, label(e.agent), label(e.target), e.negated)));
    if (e.agent) add(s, ng('agent'), entityIri(e.agent));
    if (e.target) add(s, ng('target'), entityIri(e.target));
    if (e.about) add(s, ng('about'), eventIri(e.about));
    if (e.hedge) add(s, ng('hedge'), literal(e.hedge));
    add(s, ng('negated'), boolean(e.negated));
    add(s, ng('confidence'), decimal(e.confidence));
    add(s, ng('trigger'), literal(e.trigger));
    if (e.quote) add(s, ng('quote'), literal(e.quote));
    const docs = [...new Set(e.evidence.map((ev) => ev.doc))];
    add(s, ng('sourceCount'), integer(docs.length));
    for (const d of docs) add(s, prov('wasDerivedFrom'), docIri(d));
    const linked = new Set<string>();
    for (const ev of e.evidence) {
      const m = mentionIri(ev.doc, ev.start, ev.end);
      if (!linked.has(m.value)) add(s, ng('mention'), m, docIri(ev.doc));
      linked.add(m.value);
    }
  }

  // A sentence stating two events is one mention, written once.
  const written = new Set<string>();
  for (const e of model.events) {
    for (const ev of e.evidence) {
      const m = mentionIri(ev.doc, ev.start, ev.end);
      if (written.has(m.value)) continue;
      written.add(m.value);
      const g = docIri(ev.doc);
      add(m, rdf('type'), ng('Mention'), g);
      add(m, ng('document'), docIri(ev.doc), g);
      add(m, ng('start'), integer(ev.start), g);
      add(m, ng('end'), integer(ev.end), g);
      add(m, ng('text'), literal(ev.text), g);
    }
  }
  return out;
}

/** The same triples with no named graphs (Turtle, N-Triples, SHACL, the query engine). */
export function toTriples(quads: Quad[]): Quad[] {
  return quads.map((q) => (q.graph.termType === 'DefaultGraph' ? q : quad(q.subject, q.predicate, q.object)));
}
