#!/usr/bin/env node
// npm run eval: builds seeds/ with the real CLI into a temp folder, exports the scorer's JSON
// and scores it with ../shared/eval/score.mjs. Its summary line is the last line printed.
// `npm run eval -- --docs DIR --gold FILE` scores another annotated set the same way
// (eval/dev/ holds outside articles on other attribution stories with their gold).
// Where ../shared/eval is absent (a fresh clone elsewhere) it says so and exits 0.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const evalDir = join(root, '..', 'shared', 'eval');
const score = join(evalDir, 'score.mjs');
const { values: flags } = parseArgs({ options: { docs: { type: 'string' }, gold: { type: 'string' } } });
const gold = flags.gold ? resolve(flags.gold) : join(evalDir, 'seeds.gold.json');
const seeds = flags.docs ? resolve(flags.docs) : join(root, 'seeds');

if (!existsSync(score) || !existsSync(gold)) {
  console.log(`eval: ${score} or ${gold} not found; nothing to score against, skipping.`);
  process.exit(0);
}
if (!existsSync(join(root, 'dist', 'cli', 'main.js'))) {
  console.error('eval: the CLI is not built; run `npm run build` first.');
  process.exit(1);
}

const run = (args, opts = {}) => spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', ...opts });
/** Returns the exit code; the temp folder is removed whatever happens. */
function evaluate(work) {
  const out = join(work, 'out');
  const extraction = join(work, 'extraction.json');
  const build = run(['bin/newsgraph.js', 'build', seeds, '--out', out], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (build.status !== 0) {
    console.error(`eval: newsgraph build failed (exit ${build.status})`);
    return 1;
  }
  process.stdout.write(build.stdout);
  const exported = run(
    ['bin/newsgraph.js', 'export', '--format', 'json', '--graph', out, '--out', extraction],
    { stdio: 'inherit' },
  );
  if (exported.status !== 0) return 1;
  return run([score, gold, extraction, seeds], { stdio: 'inherit' }).status ?? 1;
}

const work = mkdtempSync(join(tmpdir(), 'newsgraph-eval-'));
try {
  process.exitCode = evaluate(work);
} finally {
  rmSync(work, { recursive: true, force: true });
}
