// `newsgraph build`: discover → (per document, in workers) ingest + extract, cached → merge →
// GraphModel → out/graph.json, graph.ttl, texts/, build.json, each written atomically.
import { constants } from 'node:fs';
import { access, mkdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { InputError, UsageError } from '../errors.js';
import { mergeExtractions } from '../extract/index.js';
import {
  BUILD_JSON,
  CACHE_DIR,
  DEFAULT_ONTOLOGY_DIR,
  GRAPH_JSON,
  GRAPH_TTL,
  pruneFolder,
  TEXTS_DIR,
  writeExport,
  writeFileAtomic,
  writeFileAtomicWith,
} from '../graph/index.js';
import { discover, readSourceBytes, type SourceFile } from '../ingest/index.js';
import type { GraphModel } from '../model/types.js';
import { cacheStamp, createDocContext, packageVersion, type DocContext } from './context.js';
import { cachedOutcome, extractedOutcome, failureOf, type DocOutcome } from './document.js';
import { WorkerPool } from './pool.js';
import { createProgress, type Progress } from './progress.js';

export interface BuildOptions {
  paths: string[];
  outDir: string;
  /** Threads that extract, the main one and jobs - 1 workers (none under MIN_FILES_FOR_WORKERS files). Default: the number of cores. */
  jobs?: number;
  useCache?: boolean;
  ontologyDir?: string;
  /** Where progress, failures and notes go (stderr by default). */
  log?: NodeJS.WriteStream;
}

export interface BuildReport {
  outDir: string;
  documents: number;
  cached: number;
  extracted: number;
  words: number;
  entities: number;
  events: number;
  failed: { file: string; error: string }[];
  seconds: number;
}

/** The output folder, created if need be; a clear one-line error when it cannot be. */
async function ensureWritableFolder(outDir: string, given: string): Promise<void> {
  try {
    await mkdir(outDir, { recursive: true });
    await access(outDir, constants.W_OK);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why =
      code === 'EEXIST' || code === 'ENOTDIR'
        ? 'is a file, not a folder'
        : `cannot be written (${code ?? (err as Error).message})`;
    throw new UsageError(`--out ${given}: ${why}`);
  }
}

export const defaultJobs = (): number => availableParallelism();

/**
 * Below this many files the main thread extracts them all: a worker needs about a second to load
 * its knowledge base, more than a handful of articles take to extract.
 */
export const MIN_FILES_FOR_WORKERS = 16;

/**
 * Reads every document once, in `lanes` concurrent lanes so only a few texts are in memory at a
 * time: unchanged files come from the cache here, the rest are extracted in the main thread
 * and in worker threads. Outcomes keep the input order, so merging is the same for any --jobs.
 */
async function processAll(
  sources: SourceFile[],
  jobs: number,
  ctx: DocContext,
  progress: Progress,
): Promise<{ outcomes: DocOutcome[]; workers: number }> {
  const { outDir, ontologyDir, stamp, useCache } = ctx;
  // The main thread is one of the `jobs` threads that extract: it takes a document whenever no
  // worker is free, so --jobs 2 is the main thread and one worker.
  const parallel = jobs > 1 && sources.length >= MIN_FILES_FOR_WORKERS;
  const pool = parallel ? new WorkerPool(jobs - 1, { outDir, ontologyDir, stamp, useCache }) : undefined;
  const outcomes: DocOutcome[] = new Array(sources.length);
  const one = async (source: SourceFile): Promise<DocOutcome> => {
    let bytes: Uint8Array;
    try {
      bytes = await readSourceBytes(source);
    } catch (err) {
      return failureOf(err);
    }
    return (
      (await cachedOutcome(source, bytes, ctx)) ??
      (pool?.free ? pool.extract(source, bytes) : extractedOutcome(source, bytes, ctx))
    );
  };
  let next = 0;
  const lane = async () => {
    for (let i = next++; i < sources.length; i = next++) {
      const outcome = await one(sources[i]!);
      outcomes[i] = outcome;
      if (outcome.ok)
        for (const note of outcome.notes) progress.say(`newsgraph: note: ${outcome.record.file}: ${note}`);
      else progress.say(`newsgraph: ${outcome.file}: ${outcome.message}`);
      progress.tick(outcome.ok ? outcome.record.words : 0);
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(jobs * 2, sources.length) }, lane));
  } finally {
    await pool?.close();
  }
  return { outcomes, workers: pool?.started ?? 0 };
}

export async function runBuild(options: BuildOptions): Promise<BuildReport> {
  const started = new Date();
  const t0 = performance.now();
  const outDir = resolve(options.outDir);
  const ontologyDir = resolve(options.ontologyDir ?? DEFAULT_ONTOLOGY_DIR);
  const jobs = options.jobs ?? defaultJobs();
  const log = options.log ?? process.stderr;

  const { sources, problems } = await discover(options.paths);
  // Nothing to build from a single bad path is that path's error, on its one line.
  if (sources.length === 0 && problems.length === 1)
    throw new InputError(problems[0]!.path, problems[0]!.message);
  for (const p of problems) log.write(`newsgraph: ${p.path}: ${p.message}\n`);
  if (sources.length === 0)
    throw new InputError(options.paths.join(' '), 'no articles to build; nothing written');
  await ensureWritableFolder(outDir, options.outDir);

  const ctx = await createDocContext({
    outDir,
    ontologyDir,
    stamp: await cacheStamp(ontologyDir),
    useCache: options.useCache ?? true,
  });
  const progress = createProgress(sources.length, log);
  const { outcomes, workers } = await processAll(sources, jobs, ctx, progress);
  progress.done();
  const t1 = performance.now();

  const ok = outcomes.filter((o): o is Extract<DocOutcome, { ok: true }> => o.ok);
  const failed = [
    ...problems.map((p) => ({ file: p.path, error: p.message })),
    ...outcomes.flatMap((o) => (o.ok ? [] : [{ file: o.file, error: o.message }])),
  ];
  if (ok.length === 0)
    throw new InputError(options.paths.join(' '), 'no article could be read; nothing written');

  const merged = mergeExtractions(
    ok.map((o) => o.extraction),
    ctx.kb,
  );
  const model: GraphModel = {
    version: 1,
    documents: ok.map((o) => o.record),
    entities: merged.entities,
    events: merged.events,
  };
  const t2 = performance.now();

  await writeFileAtomic(join(outDir, GRAPH_JSON), JSON.stringify(model));
  await writeFileAtomicWith(join(outDir, GRAPH_TTL), (write) =>
    writeExport(model, 'turtle', ontologyDir, write),
  );
  await pruneFolder(join(outDir, TEXTS_DIR), new Set(ok.map((o) => `${o.record.id}.txt`)));
  await pruneFolder(join(outDir, CACHE_DIR), new Set(ok.map((o) => `${o.record.sha256}.json`)));
  const t3 = performance.now();

  const report: BuildReport = {
    outDir,
    documents: ok.length,
    cached: ok.filter((o) => o.cached).length,
    extracted: ok.filter((o) => !o.cached).length,
    words: ok.reduce((n, o) => n + o.record.words, 0),
    entities: model.entities.length,
    events: model.events.length,
    failed,
    seconds: (t3 - t0) / 1000,
  };
  const buildJson = {
    newsgraph: await packageVersion(),
    startedAt: started.toISOString(),
    finishedAt: new Date().toISOString(),
    inputs: options.paths,
    jobs,
    workers,
    cache: ctx.useCache,
    ...report,
    files: ok.map((o) => ({
      file: o.record.file,
      id: o.record.id,
      sha256: o.record.sha256,
      cached: o.cached,
      words: o.record.words,
      notes: o.notes,
    })),
    timings: {
      readAndExtractMs: Math.round(t1 - t0),
      mergeMs: Math.round(t2 - t1),
      writeMs: Math.round(t3 - t2),
    },
  };
  await writeFileAtomic(join(outDir, BUILD_JSON), `${JSON.stringify(buildJson, null, 2)}\n`);
  return report;
}
