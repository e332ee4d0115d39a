// A built graph on disk (docs/design.md, "A built graph on disk"): reading it back.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { GraphError } from '../errors.js';
import type { GraphModel } from '../model/types.js';

export const GRAPH_JSON = 'graph.json';
export const GRAPH_TTL = 'graph.ttl';
export const BUILD_JSON = 'build.json';
export const TEXTS_DIR = 'texts';
export const CACHE_DIR = 'cache';

export async function loadGraphModel(graphDir: string): Promise<GraphModel> {
  const path = join(graphDir, GRAPH_JSON);
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch {
    throw new GraphError(`no graph in ${graphDir}: run \`newsgraph build\` first`);
  }
  let model: GraphModel;
  try {
    model = JSON.parse(raw) as GraphModel;
  } catch (err) {
    throw new GraphError(
      `${path} is not valid JSON (${(err as Error).message}): run \`newsgraph build\` again`,
    );
  }
  if (model?.version !== 1 || ![model.documents, model.entities, model.events].every(Array.isArray)) {
    throw new GraphError(`${path} is not a newsgraph graph (version 1): run \`newsgraph build\` again`);
  }
  return model;
}
