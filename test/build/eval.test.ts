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
      /^eval: .*shared\/eval not found \(score\.mjs and seeds\.gold\.json\); nothing to score against, skipping\.\n$/,
    );
  });
});
