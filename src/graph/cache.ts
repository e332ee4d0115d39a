// The incremental build cache: out/cache/<sha256>.json holds one document's article and
// extraction. An entry is used only when its stamp (ontology data, extractor code, version)
// and its file name still match; anything else is a miss, never an error.
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { ArticleText, DocExtraction } from '../model/types.js';
import { writeFileAtomic } from './atomic.js';
import { CACHE_DIR } from './store.js';

export interface CacheEntry {
  stamp: string;
  article: ArticleText;
  extraction: DocExtraction;
}

const entryPath = (outDir: string, sha256: string) => join(outDir, CACHE_DIR, `${sha256}.json`);

export async function readCacheEntry(
  outDir: string,
  sha256: string,
  stamp: string,
  file: string,
): Promise<CacheEntry | undefined> {
  try {
    const entry = JSON.parse(await readFile(entryPath(outDir, sha256), 'utf8')) as CacheEntry;
    return entry.stamp === stamp && entry.article?.file === file && entry.extraction ? entry : undefined;
  } catch {
    return undefined;
  }
}

export async function writeCacheEntry(outDir: string, entry: CacheEntry): Promise<void> {
  await writeFileAtomic(entryPath(outDir, entry.article.sha256), JSON.stringify(entry));
}

/** Removes files in `dir` whose name is not in `keep`: cache entries and texts of files gone from the corpus. */
export async function pruneFolder(dir: string, keep: Set<string>): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[]);
  await Promise.all(names.filter((n) => !keep.has(n)).map((n) => rm(join(dir, n), { force: true })));
}
