// Every export format of a built graph. RDF goes through n3's Writer (and jsonld for JSON-LD);
// "json" is the scorer's extraction format (shared/eval/README.md).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ContextDefinition } from 'jsonld';
import { Writer, type Quad } from 'n3';
import type { GraphModel } from '../model/types.js';
import { docIri, entityIri, eventIri } from './iri.js';
import { DATA_PREFIXES, PREFIXES } from './prefixes.js';
import { inDefaultGraph, quadsOf, toQuads } from './quads.js';

export const EXPORT_FORMATS = ['turtle', 'trig', 'ntriples', 'nquads', 'jsonld', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const N3_FORMATS = { turtle: 'Turtle', trig: 'TriG', ntriples: 'N-Triples', nquads: 'N-Quads' } as const;

/** Where an export goes, a chunk at a time: a file being written, stdout, or a string being built. */
export type Sink = (chunk: string) => Promise<void>;

/** Quads are written in batches of this many, so only one batch of text is in memory at a time. */
const BATCH = 20_000;

async function writeRdfTo(sink: Sink, quads: Iterable<Quad>, format: keyof typeof N3_FORMATS): Promise<void> {
  let pending: string[] = [];
  const output = {
    write(chunk: string, _encoding?: string, done?: () => void) {
      pending.push(chunk);
      done?.();
    },
    end(done?: () => void) {
      done?.();
    },
  };
  const prefixed = format === 'turtle' || format === 'trig';
  const writer = new Writer(output, {
    format: N3_FORMATS[format],
    ...(prefixed ? { prefixes: { ...PREFIXES, ...DATA_PREFIXES } } : {}),
  });
  const flush = async () => {
    const text = pending.join('');
    pending = [];
    if (text) await sink(text);
  };
  let n = 0;
  for (const q of quads) {
    writer.addQuad(q);
    if (++n % BATCH === 0) await flush();
  }
  await new Promise<void>((resolve, reject) => writer.end((err) => (err ? reject(err) : resolve())));
  await flush();
}

async function collect(produce: (sink: Sink) => Promise<void>): Promise<string> {
  const parts: string[] = [];
  await produce(async (chunk) => {
    parts.push(chunk);
  });
  return parts.join('');
}

export function writeRdf(quads: Iterable<Quad>, format: keyof typeof N3_FORMATS): Promise<string> {
  return collect((sink) => writeRdfTo(sink, quads, format));
}

async function loadContext(ontologyDir: string): Promise<Record<string, unknown>> {
  const file = JSON.parse(await readFile(join(ontologyDir, 'context.jsonld'), 'utf8')) as {
    '@context': Record<string, unknown>;
  };
  return file['@context'];
}

async function toJsonLd(quads: Quad[], context: Record<string, unknown>): Promise<string> {
  // Loaded on first use: jsonld is a large share of the CLI's start-up time.
  const { default: jsonld } = await import('jsonld');
  // jsonld reads RDF/JS quads as they are: much faster than having it parse N-Quads again.
  const expanded = await jsonld.fromRDF(quads);
  const compacted = await jsonld.compact(expanded, context as ContextDefinition, { skipExpansion: true });
  return `${JSON.stringify(compacted, null, 2)}\n`;
}

/** The scorer's JSON. It has no notion of negation, so only asserted (not negated) events are listed. */
function toScorerJson(model: GraphModel): string {
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

/** Writes `model` in `format` to `sink`; RDF formats stream, quad batch by quad batch. */
export async function writeExport(
  model: GraphModel,
  format: ExportFormat,
  ontologyDir: string,
  sink: Sink,
): Promise<void> {
  switch (format) {
    case 'json':
      return sink(toScorerJson(model));
    case 'jsonld':
      return sink(await toJsonLd(toQuads(model), await loadContext(ontologyDir)));
    case 'turtle':
    case 'ntriples':
      return writeRdfTo(sink, inDefaultGraph(quadsOf(model, 'subjects')), format);
    case 'trig':
    case 'nquads':
      return writeRdfTo(sink, quadsOf(model, 'graphs'), format);
  }
}

export function exportGraph(model: GraphModel, format: ExportFormat, ontologyDir: string): Promise<string> {
  return collect((sink) => writeExport(model, format, ontologyDir, sink));
}
