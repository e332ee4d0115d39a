// out/layout.json: the layout and centralities of one graph.json, reused while graph.json is
// unchanged (the key is its hash), recomputed and rewritten atomically when it changes.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../graph/atomic.js';
import { computeLayout, type Layout } from './layout.js';
import type { LoadedGraph } from './graph-source.js';

/** Bumped when the layout algorithm changes, so old caches are not reused. */
const LAYOUT_VERSION = 4;

interface LayoutFile {
  version: number;
  graphHash: string;
  layout: Layout;
}

export async function layoutFor(
  graphDir: string,
  graph: LoadedGraph,
): Promise<{ layout: Layout; cached: boolean }> {
  const path = join(graphDir, 'layout.json');
  try {
    const file = JSON.parse(await readFile(path, 'utf8')) as LayoutFile;
    if (file.version === LAYOUT_VERSION && file.graphHash === graph.hash)
      return { layout: file.layout, cached: true };
  } catch {
    // Missing or unreadable: compute it.
  }
  const layout = computeLayout(graph.model);
  const file: LayoutFile = { version: LAYOUT_VERSION, graphHash: graph.hash, layout };
  try {
    await writeFileAtomic(path, JSON.stringify(file));
  } catch {
    // A read-only graph folder still gets served; the layout is just not cached.
  }
  return { layout, cached: false };
}
