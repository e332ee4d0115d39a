// Every export format of a built graph. RDF goes through n3's Writer (and jsonld for JSON-LD);
// "json" is the scorer's extraction format (shared/eval/README.md).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ContextDefinition } from 'jsonld';
import { Writer, type Quad } from 'n3';
import type { GraphModel } from '../model/types.js';
import { docIri, entityIri, eventIri } from './iri.js';
import { DATA_PREFIXES, PREFIXES } from './prefixes.js';
import { toQuads, toTriples } from './quads.js';

export const EXPORT_FORMATS = ['turtle', 'trig', 'ntriples', 'nquads', 'jsonld', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const N3_FORMATS = { turtle: 'Turtle', trig: 'TriG', ntriples: 'N-Triples', nquads: 'N-Quads' } as const;

export function writeRdf(quads: Quad[], format: keyof typeof N3_FORMATS): Promise<string> {
  const prefixed = format === 'turtle' || format === 'trig';
  const writer = new Writer({
    format: N3_FORMATS[format],
    ...(prefixed ? { prefixes: { ...PREFIXES, ...DATA_PREFIXES } } : {}),
  });
  writer.addQuads(quads);
  return new Promise((resolve, reject) =>
    writer.end((err, out: string) => (err ? reject(err) : resolve(out))),
  );
}

/** Default graph first, then one block per document graph, each keeping its subjects together. */
function byGraph(quads: Quad[]): Quad[] {
  const order = new Map<string, number>();
  for (const q of quads)
    if (!order.has(q.graph.value))
      order.set(q.graph.value, q.graph.termType === 'DefaultGraph' ? -1 : order.size);
  return [...quads].sort((a, b) => order.get(a.graph.value)! - order.get(b.graph.value)!);
}

export async function loadContext(ontologyDir: string): Promise<Record<string, unknown>> {
  const file = JSON.parse(await readFile(join(ontologyDir, 'context.jsonld'), 'utf8')) as {
    '@context': Record<string, unknown>;
  };
  return file['@context'];
}

export async function toJsonLd(quads: Quad[], context: Record<string, unknown>): Promise<string> {
  // Loaded on first use: jsonld is a large share of the CLI's start-up time.
  const { default: jsonld } = await import('jsonld');
  // jsonld reads RDF/JS quads as they are: much faster than having it parse N-Quads again.
  const expanded = await jsonld.fromRDF(quads);
  const compacted = await jsonld.compact(expanded, context as ContextDefinition, { skipExpansion: true });
  return `${JSON.stringify(compacted, null, 2)}\n`;
}

/** The scorer's JSON. It has no notion of negation, so only asserted (not negated) events are listed. */
export function toScorerJson(model: GraphModel): string {
  const files = new Map(model.documents.map((d) => [d.id, d.file]));
  const out = {
    entities: model.entities.map((e) => ({
      id: entityIri(e.id).value,
      type: e.type,
      label: e.label,
      aliases: e.aliases,
    })),
    events: model.events
      .filter((e) => !e.negated)
      .map((e) => ({
        id: eventIri(e.id).value,
        class: e.cls,
        agent: e.agent ? entityIri(e.agent).value : null,
        target: e.target ? entityIri(e.target).value : null,
        ...(e.about ? { about: eventIri(e.about).value } : {}),
        ...(e.hedge ? { hedge: e.hedge } : {}),
        confidence: e.confidence,
        mentions: e.evidence.map((ev) => ({
          doc: files.get(ev.doc) ?? docIri(ev.doc).value,
          start: ev.start,
          end: ev.end,
          text: ev.text,
        })),
      })),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}

export async function exportGraph(
  model: GraphModel,
  format: ExportFormat,
  ontologyDir: string,
): Promise<string> {
  if (format === 'json') return toScorerJson(model);
  const quads = toQuads(model);
  switch (format) {
    case 'turtle':
    case 'ntriples':
      return writeRdf(toTriples(quads), format);
    case 'trig':
    case 'nquads':
      return writeRdf(byGraph(quads), format);
    case 'jsonld':
      return toJsonLd(quads, await loadContext(ontologyDir));
  }
}
