// Reads a built graph (out/graph.json and out/texts/) for the server, with one-line errors when
// the folder is not a built graph.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { GraphError } from '../errors.js';
import type { GraphModel } from '../model/types.js';

export interface LoadedGraph {
  model: GraphModel;
  /** SHA-256 of graph.json: the key of everything derived from it (layout, metrics). */
  hash: string;
}

export async function loadGraph(graphDir: string): Promise<LoadedGraph> {
  const path = join(graphDir, 'graph.json');
  let raw: Buffer;
  try {
    raw = await readFile(path);
  } catch {
    throw new GraphError(`${path}: no built graph here (run \`newsgraph build\` first)`);
  }
  let model: unknown;
  try {
    model = JSON.parse(raw.toString('utf8'));
  } catch (err) {
    throw new GraphError(`${path}: not valid JSON (${(err as Error).message})`);
  }
  if (!isGraphModel(model)) {
    throw new GraphError(`${path}: not a newsgraph graph (expected version 1 with documents, entities, events)`);
  }
  return { model, hash: createHash('sha256').update(raw).digest('hex') };
}

function isGraphModel(value: unknown): value is GraphModel {
  const v = value as Partial<GraphModel> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    v.version === 1 &&
    Array.isArray(v.documents) &&
    Array.isArray(v.entities) &&
    Array.isArray(v.events)
  );
}

/**
 * Reads texts/<docId>.txt. Only ids of documents in the graph are read, so a request cannot name
 * any other file.
 */
export function createTextReader(graphDir: string, model: GraphModel): (docId: string) => Promise<string | undefined> {
  const known = new Set(model.documents.map((d) => d.id));
  const cache = new Map<string, Promise<string | undefined>>();
  return (docId) => {
    if (!known.has(docId)) return Promise.resolve(undefined);
    let text = cache.get(docId);
    if (!text) {
      text = readFile(join(graphDir, 'texts', `${docId}.txt`), 'utf8').catch(() => undefined);
      cache.set(docId, text);
    }
    return text;
  };
}
