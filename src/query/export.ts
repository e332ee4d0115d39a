// `:export FILE`: write a graph result as RDF, the format chosen by the file's extension.
import { extname } from 'node:path';
import jsonld from 'jsonld';
import type { Quad } from 'n3';
import { writeFileAtomic } from '../graph/atomic.js';
import { PREFIXES } from '../graph/prefixes.js';
import { InputError, UsageError } from '../errors.js';
import { toTurtle } from './format.js';

export const EXPORT_EXTENSIONS = ['.ttl', '.trig', '.nt', '.jsonld'] as const;

export async function serialise(quads: Quad[], path: string): Promise<string> {
  switch (extname(path).toLowerCase()) {
    case '.ttl':
      return toTurtle(quads, 'Turtle');
    case '.trig':
      return toTurtle(quads, 'TriG');
    case '.nt':
      return toTurtle(quads, 'N-Triples');
    case '.jsonld': {
      const expanded = await jsonld.fromRDF(quads as never);
      const compacted = await jsonld.compact(expanded, { ...PREFIXES } as never);
      return `${JSON.stringify(compacted, null, 2)}\n`;
    }
    default:
      throw new UsageError(`${path}: cannot tell the format; use one of ${EXPORT_EXTENSIONS.join(' ')}`);
  }
}

export async function exportQuads(quads: Quad[], path: string): Promise<void> {
  const text = await serialise(quads, path);
  await writeFileAtomic(path, text).catch((err: NodeJS.ErrnoException) => {
    throw new InputError(path, `cannot write: ${err.code ?? err.message}`);
  });
}
