// Build throughput of the real `newsgraph build` on generated corpora of growing size, at --jobs 1
// and 2: documents/s, words/s, peak memory and time per word (the growth curve: flat means linear).
// Then export speed in triples/s. Writes bench/results/build.json.
//
//   npm run bench -- build                      # 10, 1,000 and 10,000 articles
//   BENCH_SIZES=10,200 BENCH_EXPORT_ARTICLES=200 npm run bench -- build   # a quick look
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateCorpus } from './corpus.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS_ROOT = join(ROOT, 'bench', 'corpus');
const RESULTS = join(ROOT, 'bench', 'results', 'build.json');
const MAIN = pathToFileURL(join(ROOT, 'dist', 'cli', 'main.js')).href;
const SEED = 1;
const SIZES = (process.env.BENCH_SIZES ?? '10,1000,10000').split(',').map(Number);
const JOBS = [1, 2];
/**
 * Export speed is measured on the graph of this many articles. JSON-LD is left out: at 1,140
 * triples/s (jsonld.js compaction) it alone would take minutes here, and out of the bench's time.
 */
const EXPORT_AT = Number(process.env.BENCH_EXPORT_ARTICLES ?? 1000);

interface CorpusInfo {
  dir: string;
  articles: number;
  words: number;
  bytes: number;
}

/** The generated corpus of `articles` articles, written once under bench/corpus/ and reused. */
function corpus(articles: number): CorpusInfo {
  const dir = join(CORPUS_ROOT, `${articles}-seed${SEED}`);
  const marker = join(dir, '.complete.json');
  if (existsSync(marker)) return JSON.parse(readFileSync(marker, 'utf8')) as CorpusInfo;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let words = 0;
  let bytes = 0;
  const docs = generateCorpus({ articles, seed: SEED });
  for (const doc of docs) {
    writeFileSync(join(dir, doc.file), doc.text);
    words += doc.text.match(/\S+/g)?.length ?? 0;
    bytes += Buffer.byteLength(doc.text);
  }
  // The generator adds the seed articles to the ones asked for: count what was written.
  const info: CorpusInfo = { dir, articles: docs.length, words, bytes };
  writeFileSync(marker, JSON.stringify(info));
  return info;
}

interface Run {
  seconds: number;
  /** User + system CPU time: the work done, whatever else the machine was running. */
  cpuSeconds: number;
  peakMiB: number;
}

/**
 * A wrapper that runs the CLI and reports its own peak resident memory when the command ends (worker
 * threads live in the same process, so their memory is in it). A file, not `node -e`: workers inherit
 * the parent's execArgv, and `--input-type` would break them.
 */
const WRAPPER = `import { writeFileSync } from 'node:fs';
const { main } = await import(${JSON.stringify(MAIN)});
const code = await main(['node', 'newsgraph', ...process.argv.slice(3)]);
writeFileSync(process.argv[2], JSON.stringify(process.resourceUsage()));
process.exit(code);
`;

function runCli(work: string, args: string[]): Promise<Run> {
  const wrapper = join(work, 'run-cli.mjs');
  if (!existsSync(wrapper)) writeFileSync(wrapper, WRAPPER);
  const rusageFile = join(work, 'rusage.json');
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [wrapper, rusageFile, ...args], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      if (code !== 0) return reject(new Error(`newsgraph ${args.join(' ')} exited ${code}:\n${stderr}`));
      const usage = JSON.parse(readFileSync(rusageFile, 'utf8')) as {
        maxRSS: number;
        userCPUTime: number;
        systemCPUTime: number;
      };
      resolve({
        seconds,
        cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6,
        peakMiB: usage.maxRSS / 1024,
      });
    });
  });
}

const round = (x: number, digits = 0) => Number(x.toFixed(digits));

async function main(): Promise<void> {
  const buildRows: Record<string, number>[] = [];
  const exportRows: Record<string, string | number>[] = [];
  const notes: string[] = [];
  const loadAtStart = loadavg();
  const work = mkdtempSync(join(tmpdir(), 'newsgraph-bench-out-'));
  let exported: { dir: string; articles: number } | undefined;

  try {
    for (const articles of SIZES) {
      const generated = performance.now();
      const info = corpus(articles);
      process.stderr.write(
        `corpus ${articles}: ${info.words.toLocaleString('en')} words (${((performance.now() - generated) / 1000).toFixed(1)} s to get)\n`,
      );
      for (const jobs of JOBS) {
        const out = join(work, `${articles}-j${jobs}`);
        const run = await runCli(work, ['build', info.dir, '--out', out, '--jobs', String(jobs)]);
        const row = {
          articles: info.articles,
          jobs,
          words: info.words,
          seconds: round(run.seconds, 2),
          'cpu s': round(run.cpuSeconds, 2),
          'docs/s': round(info.articles / run.seconds, 1),
          'words/s': round(info.words / run.seconds),
          'peak MiB': round(run.peakMiB),
          'µs/word': round((run.seconds * 1e6) / info.words, 1),
          'cpu µs/word': round((run.cpuSeconds * 1e6) / info.words, 1),
        };
        buildRows.push(row);
        process.stderr.write(
          `build ${articles} articles --jobs ${jobs}: ${row.seconds} s, ${row['words/s']} words/s, ${row['peak MiB']} MiB\n`,
        );
        if (jobs === 1 && articles <= EXPORT_AT) {
          if (exported) rmSync(exported.dir, { recursive: true, force: true });
          exported = { dir: out, articles: info.articles };
        } else {
          rmSync(out, { recursive: true, force: true });
        }
      }
    }

    if (exported) {
      const ntPath = join(work, 'export.nt');
      const nt = await runCli(work, [
        'export',
        '--graph',
        exported.dir,
        '--format',
        'ntriples',
        '--out',
        ntPath,
      ]);
      const triples = readFileSync(ntPath, 'utf8')
        .split('\n')
        .filter((l) => l.trim()).length;
      for (const [format, file, run] of [
        ['ntriples', ntPath, nt],
        ['turtle', join(work, 'export.ttl'), undefined],
      ] as const) {
        const timed =
          run ?? (await runCli(work, ['export', '--graph', exported.dir, '--format', format, '--out', file]));
        exportRows.push({
          format,
          articles: exported.articles,
          triples,
          seconds: round(timed.seconds, 2),
          'cpu s': round(timed.cpuSeconds, 2),
          'triples/s': round(triples / timed.seconds),
          MiB: round(statSync(file).size / 2 ** 20, 1),
          'peak MiB': round(timed.peakMiB),
        });
        process.stderr.write(`export ${format}: ${timed.seconds.toFixed(2)} s\n`);
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }

  // Linear growth keeps µs/word flat from one size to the next; the smallest size mostly measures
  // start-up. CPU time per word shows the same without the noise of other work on the machine.
  for (const jobs of JOBS) {
    const rows = buildRows.filter((r) => r.jobs === jobs);
    for (const column of ['µs/word', 'cpu µs/word']) {
      const steps = rows.slice(1).map((r, i) => {
        const before = rows[i]!;
        return `${before.articles}→${r.articles} articles ×${(r[column]! / before[column]!).toFixed(2)}`;
      });
      if (steps.length)
        notes.push(`Growth of ${column} at --jobs ${jobs}: ${steps.join(', ')} (×1.00 is linear).`);
    }
  }
  notes.push(
    `Times are wall-clock seconds of the whole CLI process, start-up included; cpu s is its user+system time. ${cpus().length} cores; load average ${loadAtStart.map((l) => l.toFixed(1)).join(' ')} at the start (above the core count, other work slowed every figure).`,
  );

  mkdirSync(dirname(RESULTS), { recursive: true });
  writeFileSync(
    RESULTS,
    `${JSON.stringify({ when: new Date().toISOString(), tables: { 'build throughput': buildRows, 'export speed': exportRows }, notes }, null, 2)}\n`,
  );
}

await main();
