// Virtuoso at about 1M triples: `newsgraph push` throughput (triples/s), then p50/p95 latency of
// every named question through the remote engine that `newsgraph query --endpoint` uses. The graph
// is built with the real CLI from a generated corpus (kept under bench/corpus/, not committed); the
// server is a private one from scripts/virtuoso.sh, stopped at the end. Skipped, with a note, where
// Virtuoso is not installed (`bash scripts/virtuoso.sh install`). Writes bench/results/virtuoso.json.
//
//   npm run bench -- virtuoso
//   BENCH_VIRTUOSO_ARTICLES=350 npm run bench -- virtuoso   # ~100k triples, a quick look
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRemoteEngine } from '../src/query/remote-engine.js';
import { DEFAULT_QUERIES_DIR, listQuestions } from '../src/query/questions.js';
import { freePort } from '../test/integration/helpers.js';
import { generateCorpus } from './corpus.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(ROOT, 'bin', 'newsgraph.js');
const RESULTS = join(ROOT, 'bench', 'results', 'virtuoso.json');
const SCRIPT = join(ROOT, 'scripts', 'virtuoso.sh');
const SEED = 1;
/** About 258 triples an article: 3,900 articles give about 1M triples. */
const ARTICLES = Number(process.env.BENCH_VIRTUOSO_ARTICLES ?? 3900);
const GRAPH_IRI = 'https://w3id.org/newsgraph/bench';
const RUNS = 7;

function writeResults(result: object): void {
  mkdirSync(dirname(RESULTS), { recursive: true });
  writeFileSync(RESULTS, `${JSON.stringify({ when: new Date().toISOString(), ...result }, null, 2)}\n`);
}

function cli(args: string[], env: NodeJS.ProcessEnv = {}): string {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  if (r.status !== 0) throw new Error(`newsgraph ${args[0]} failed (exit ${r.status}): ${r.stderr}`);
  return r.stdout;
}

function virtuoso(command: string, env: NodeJS.ProcessEnv): void {
  const r = spawnSync('bash', [SCRIPT, command], { env: { ...process.env, ...env }, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`virtuoso.sh ${command} failed: ${r.stdout}${r.stderr}`);
}

/** The built graph of ARTICLES generated articles, built once and kept for the next run. */
function builtGraph(): string {
  const base = join(ROOT, 'bench', 'corpus', `virtuoso-${ARTICLES}-seed${SEED}`);
  const out = join(base, 'out');
  if (existsSync(join(out, 'graph.ttl'))) return out;
  rmSync(base, { recursive: true, force: true });
  const corpus = join(base, 'corpus');
  mkdirSync(corpus, { recursive: true });
  for (const doc of generateCorpus({ articles: ARTICLES, seed: SEED }))
    writeFileSync(join(corpus, doc.file), doc.text);
  const started = performance.now();
  cli(['build', corpus, '--out', out]);
  process.stderr.write(
    `built ${ARTICLES} articles in ${((performance.now() - started) / 1000).toFixed(0)} s\n`,
  );
  return out;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

async function main(): Promise<void> {
  if (spawnSync('bash', ['-c', 'command -v virtuoso-t']).status !== 0) {
    process.stderr.write('virtuoso-t is not installed: skipped (bash scripts/virtuoso.sh install)\n');
    writeResults({ rows: [], notes: ['Skipped: Virtuoso is not installed on this machine.'] });
    return;
  }
  const graphDir = builtGraph();
  const env = {
    VIRTUOSO_DIR: mkdtempSync(join(tmpdir(), 'newsgraph-bench-virtuoso-')),
    VIRTUOSO_HTTP_PORT: String(await freePort()),
    VIRTUOSO_SQL_PORT: String(await freePort()),
  };
  const base = `http://127.0.0.1:${env.VIRTUOSO_HTTP_PORT}`;
  virtuoso('start', env);
  try {
    const pushStarted = performance.now();
    const summary = cli([
      'push',
      '--endpoint',
      `${base}/sparql-graph-crud-auth`,
      '--graph',
      GRAPH_IRI,
      '--user',
      'dba',
      '--password',
      'dba',
      '--graph-dir',
      graphDir,
    ]);
    const pushSeconds = (performance.now() - pushStarted) / 1000;
    const triples = Number(/([\d,]+) triples/.exec(summary)?.[1]?.replace(/,/g, '') ?? NaN);
    process.stderr.write(`push: ${summary.trim()}\n`);

    const engine = await createRemoteEngine({
      endpoint: `${base}/sparql`,
      graph: GRAPH_IRI,
      timeoutMs: 120_000,
    });
    const latency: Record<string, string | number>[] = [];
    for (const q of listQuestions(DEFAULT_QUERIES_DIR)) {
      const first = await engine.query(q.sparql);
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const started = performance.now();
        await engine.query(q.sparql);
        times.push(performance.now() - started);
      }
      times.sort((a, b) => a - b);
      latency.push({
        question: q.name,
        triples,
        rows: first.kind === 'bindings' ? first.rows.length : first.kind === 'quads' ? first.quads.length : 1,
        'p50 ms': Number(percentile(times, 50).toFixed(1)),
        'p95 ms': Number(percentile(times, 95).toFixed(1)),
      });
      process.stderr.write(`  ${q.name}: p50 ${percentile(times, 50).toFixed(1)} ms\n`);
    }
    await engine.close();
    writeResults({
      tables: {
        'push to Virtuoso': [
          {
            articles: ARTICLES,
            triples,
            seconds: Number(pushSeconds.toFixed(1)),
            'triples/s': Math.round(triples / pushSeconds),
          },
        ],
        'named questions, Virtuoso': latency,
      },
      notes: [
        `Push: the whole \`newsgraph push\` (chunks of 50,000 N-Triples, Digest auth). Latency: ${RUNS} runs after a warm-up, over HTTP to Virtuoso 7 on 127.0.0.1.`,
      ],
    });
  } finally {
    virtuoso('stop', env);
    rmSync(env.VIRTUOSO_DIR, { recursive: true, force: true });
  }
}

await main();
