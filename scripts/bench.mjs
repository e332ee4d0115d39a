#!/usr/bin/env node
// `npm run bench [-- NAME...]`: runs each bench/<name>.bench.ts in its own process (so one bench's
// memory does not weigh on the next), in turn, never in parallel (they measure speed). Each writes
// bench/results/<name>.json as { "tables": { "<title>": [ { ...flat fields... } ] }, "notes": [...] }
// (or a single { "rows": [...] }); this runner merges them into bench/results.json and prints the tables.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const benchDir = join(root, 'bench');
const resultsDir = join(benchDir, 'results');

const available = readdirSync(benchDir)
  .filter((f) => f.endsWith('.bench.ts'))
  .map((f) => f.slice(0, -'.bench.ts'.length))
  .sort();
const asked = process.argv.slice(2).filter((a) => a !== '--');
const unknown = asked.filter((name) => !available.includes(name));
if (unknown.length) {
  process.stderr.write(`bench: no bench/${unknown[0]}.bench.ts (have: ${available.join(', ') || 'none'})\n`);
  process.exit(2);
}
const names = asked.length ? asked : available;
if (!existsSync(join(root, 'dist', 'cli', 'main.js'))) {
  process.stderr.write('bench: dist/ is missing: run `npm run build` first (benches drive the real CLI)\n');
  process.exit(2);
}
mkdirSync(resultsDir, { recursive: true });

const failed = [];
for (const name of names) {
  process.stderr.write(`\n=== bench ${name}\n`);
  const started = Date.now();
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(benchDir, `${name}.bench.ts`)], {
    cwd: root,
    stdio: 'inherit',
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  if (run.status !== 0) {
    failed.push(name);
    process.stderr.write(`bench ${name}: failed (exit ${run.status ?? run.signal}) after ${seconds} s\n`);
  } else {
    process.stderr.write(`bench ${name}: done in ${seconds} s\n`);
  }
}

// Merge every result present, so `npm run bench -- build` keeps the figures of the other benches.
const merged = {
  machine: {
    cpus: cpus().length,
    cpu: cpus()[0]?.model ?? '',
    memoryGiB: +(totalmem() / 2 ** 30).toFixed(1),
    node: process.version,
  },
  when: new Date().toISOString(),
  benches: {},
};
for (const file of readdirSync(resultsDir)
  .filter((f) => f.endsWith('.json'))
  .sort()) {
  merged.benches[file.slice(0, -'.json'.length)] = JSON.parse(readFileSync(join(resultsDir, file), 'utf8'));
}
const out = join(benchDir, 'results.json');
writeFileSync(`${out}.tmp`, `${JSON.stringify(merged, null, 2)}\n`);
renameSync(`${out}.tmp`, out);

function cell(value) {
  if (typeof value === 'number') {
    if (Number.isInteger(value)) return value.toLocaleString('en');
    return value.toLocaleString('en', { maximumSignificantDigits: 4 });
  }
  return value === undefined || value === null ? '' : String(value);
}

function table(rows) {
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const cells = rows.map((r) => columns.map((c) => cell(r[c])));
  const widths = columns.map((c, i) => Math.max(c.length, ...cells.map((r) => r[i].length)));
  const numeric = columns.map((c) => rows.every((r) => r[c] === undefined || typeof r[c] === 'number'));
  const line = (values) =>
    `| ${values.map((v, i) => (numeric[i] ? v.padStart(widths[i]) : v.padEnd(widths[i]))).join(' | ')} |`;
  return [
    line(columns),
    `|${widths.map((w, i) => (numeric[i] ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`,
    ...cells.map(line),
  ].join('\n');
}

process.stdout.write(
  `\nMachine: ${merged.machine.cpus} cores (${merged.machine.cpu}), ${merged.machine.memoryGiB} GiB, Node ${merged.machine.node}\n`,
);
for (const [name, result] of Object.entries(merged.benches)) {
  const tables = result?.tables ?? { [name]: Array.isArray(result?.rows) ? result.rows : [] };
  process.stdout.write(`\n## ${name}${result?.when ? ` (${result.when})` : ''}\n`);
  for (const [title, rows] of Object.entries(tables)) {
    process.stdout.write(`\n${title}\n\n${rows.length ? table(rows) : '(no rows)'}\n`);
  }
  for (const note of result?.notes ?? []) process.stdout.write(`\n${note}\n`);
}
process.stdout.write(`\nWritten: bench/results.json\n`);
if (failed.length) {
  process.stderr.write(`bench: failed: ${failed.join(', ')}\n`);
  process.exit(1);
}
