// One document through the pipeline: bytes, then the cache or (ingest + extract), with the text
// and the cache entry written. Extraction runs in the main thread (--jobs 1) or in a worker;
// either way the outcome is plain data.
import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError } from '../errors.js';
import { extractDocument } from '../extract/index.js';
// The modules themselves, not graph/index.js: workers load this file, and need none of the
// RDF writers or the SHACL engine that the index would pull in.
import { writeFileAtomic } from '../graph/atomic.js';
import { readCacheEntry, writeCacheEntry } from '../graph/cache.js';
import { TEXTS_DIR } from '../graph/store.js';
import { articleFromBytes, sha256Of, type SourceFile } from '../ingest/index.js';
import type { ArticleText, DocExtraction, DocumentRecord } from '../model/types.js';
import type { DocContext, DocSettings } from './context.js';

export type DocOutcome =
  | { ok: true; record: DocumentRecord; extraction: DocExtraction; cached: boolean; notes: string[] }
  | { ok: false; file: string; message: string };

function recordOf(a: ArticleText): DocumentRecord {
  return {
    id: a.id,
    file: a.file,
    sha256: a.sha256,
    format: a.format,
    headline: a.headline,
    ...(a.date ? { date: a.date } : {}),
    ...(a.author ? { author: a.author } : {}),
    words: a.words,
  };
}

const textPath = (settings: DocSettings, id: string) => join(settings.outDir, TEXTS_DIR, `${id}.txt`);

/** A bad input file is an outcome (one line, the build goes on); anything else is a bug and is thrown. */
export function failureOf(err: unknown): DocOutcome {
  if (err instanceof InputError)
    return { ok: false, file: err.path, message: err.message.slice(err.path.length + 2) };
  throw err;
}

/** The cached outcome when the file is unchanged since it was last extracted. */
export async function cachedOutcome(
  source: SourceFile,
  bytes: Uint8Array,
  settings: DocSettings,
): Promise<DocOutcome | undefined> {
  if (!settings.useCache) return undefined;
  const entry = await readCacheEntry(settings.outDir, sha256Of(bytes), settings.stamp, source.rel);
  if (!entry) return undefined;
  const path = textPath(settings, entry.article.id);
  if (
    !(await access(path).then(
      () => true,
      () => false,
    ))
  )
    await writeFileAtomic(path, entry.article.text);
  return {
    ok: true,
    record: recordOf(entry.article),
    extraction: entry.extraction,
    cached: true,
    notes: entry.article.notes,
  };
}

export async function extractedOutcome(
  source: SourceFile,
  bytes: Uint8Array,
  ctx: DocContext,
): Promise<DocOutcome> {
  let article: ArticleText;
  try {
    article = await articleFromBytes(source, bytes, ctx.rules);
  } catch (err) {
    return failureOf(err);
  }
  let extraction: DocExtraction;
  try {
    extraction = extractDocument(article, ctx.kb);
  } catch (err) {
    return { ok: false, file: source.display, message: `extraction failed: ${(err as Error).message}` };
  }
  await writeFileAtomic(textPath(ctx, article.id), article.text);
  await writeCacheEntry(ctx.outDir, { stamp: ctx.stamp, article, extraction });
  return { ok: true, record: recordOf(article), extraction, cached: false, notes: article.notes };
}
