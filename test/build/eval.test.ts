// npm run eval where ../shared/eval is absent: it says so and exits 0.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir } from './cli.js';

describe('scripts/eval.mjs', () => {
  it('without ../shared/eval: says so and exits 0', () => {
    const clone = join(tempDir('eval'), 'newsgraph');
    mkdirSync(join(clone, 'scripts'), { recursive: true });
    cpSync(join(ROOT, 'scripts/eval.mjs'), join(clone, 'scripts/eval.mjs'));
    const r = spawnSync(process.execPath, [join(clone, 'scripts/eval.mjs')], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(
      /^eval: .*shared\/eval\/score\.mjs or .*seeds\.gold\.json not found; nothing to score against, skipping\.\n$/,
    );
  });

  it('scores another annotated set given with --docs and --gold', () => {
    const r = spawnSync(
      process.execPath,
      [join(ROOT, 'scripts/eval.mjs'), '--docs', 'eval/dev/docs', '--gold', 'eval/dev/gold.json'],
      { cwd: ROOT, encoding: 'utf8' },
    );
    if (r.stdout.startsWith('eval: ')) return expect(r.stdout).toMatch(/not found/); // no ../shared here
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^built .*: 6 documents/m);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toMatch(/^events F1 \d\.\d\d .* provenance 1\.00$/);
  });
});
