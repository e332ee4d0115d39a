// Reads a built graph (out/graph.json and out/texts/) for the server.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { GRAPH_JSON, loadGraphModel, TEXTS_DIR } from '../graph/store.js';
import type { GraphModel } from '../model/types.js';

export interface LoadedGraph {
  model: GraphModel;
  /** SHA-256 of graph.json: the key of everything derived from it (layout, metrics). */
  hash: string;
}

export async function loadGraph(graphDir: string): Promise<LoadedGraph> {
  const model = await loadGraphModel(graphDir);
  const raw = await readFile(join(graphDir, GRAPH_JSON));
  return { model, hash: createHash('sha256').update(raw).digest('hex') };
}

/**
 * Reads texts/<docId>.txt. Only ids of documents in the graph are read, so a request cannot name
 * any other file.
 */
export function createTextReader(
  graphDir: string,
  model: GraphModel,
): (docId: string) => Promise<string | undefined> {
  const known = new Set(model.documents.map((d) => d.id));
  const cache = new Map<string, Promise<string | undefined>>();
  return (docId) => {
    if (!known.has(docId)) return Promise.resolve(undefined);
    let text = cache.get(docId);
    if (!text) {
      text = readFile(join(graphDir, TEXTS_DIR, `${docId}.txt`), 'utf8').catch(() => undefined);
      cache.set(docId, text);
    }
    return text;
  };
}
