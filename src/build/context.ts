// What every document of a build needs: the furniture rules, the knowledge base, the cache stamp.
// Built once in the main thread and once in each worker.
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadKnowledgeBase, type KnowledgeBase } from '../extract/index.js';
import { loadFurnitureRules, type FurnitureRules } from '../ingest/index.js';

/** What a worker is started with (plain data, it crosses a thread boundary). */
export interface DocSettings {
  outDir: string;
  ontologyDir: string;
  stamp: string;
  useCache: boolean;
}

export interface DocContext extends DocSettings {
  rules: FurnitureRules;
  kb: KnowledgeBase;
}

export async function createDocContext(settings: DocSettings): Promise<DocContext> {
  const [rules, kb] = await Promise.all([
    loadFurnitureRules(settings.ontologyDir),
    loadKnowledgeBase(settings.ontologyDir),
  ]);
  return { ...settings, rules, kb };
}

export async function packageVersion(): Promise<string> {
  const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/**
 * The cache stamp: a hash of the ontology's JSON data, the package version and the code that
 * reads and extracts articles. Changing any of them invalidates every cached extraction.
 */
export async function cacheStamp(ontologyDir: string): Promise<string> {
  const hash = createHash('sha256').update(await packageVersion());
  const ontology = (await filesUnder(ontologyDir)).filter((f) => f.endsWith('.json'));
  const code = [
    ...(await filesUnder(fileURLToPath(new URL('../ingest/', import.meta.url)))),
    ...(await filesUnder(fileURLToPath(new URL('../extract/', import.meta.url)))),
  ].filter((f) => /\.[jt]s$/.test(f));
  for (const file of [...ontology, ...code])
    hash.update(file.slice(file.lastIndexOf('/'))).update(await readFile(file));
  return hash.digest('hex').slice(0, 16);
}
