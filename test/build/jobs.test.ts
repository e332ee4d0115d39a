// Parallel builds merge across documents exactly as a sequential build does.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tempDir } from './cli.js';
import { seedCorpus } from './corpus.js';

describe('newsgraph build --jobs', () => {
  it('--jobs 1 and --jobs 2 give identical graphs', () => {
    const corpus = seedCorpus(true);
    const dir = tempDir('jobs');
    const one = cli(['build', corpus, '--out', join(dir, 'one'), '--jobs', '1']);
    const two = cli(['build', corpus, '--out', join(dir, 'two'), '--jobs', '2']);
    expect([one.code, two.code]).toEqual([0, 0]);
    expect(two.stdout).toContain(': 7 documents (0 cached, 7 extracted)');
    const graph = (out: string) => readFileSync(join(dir, out, 'graph.json'), 'utf8');
    expect(graph('two')).toBe(graph('one'));
    expect(readFileSync(join(dir, 'two', 'graph.ttl'), 'utf8')).toBe(
      readFileSync(join(dir, 'one', 'graph.ttl'), 'utf8'),
    );
    expect(readdirSync(join(dir, 'two', 'texts'))).toEqual(readdirSync(join(dir, 'one', 'texts')));
  });

  it('without a terminal, progress is plain lines (none for a build this small)', () => {
    const r = cli(['build', seedCorpus(), '--out', join(tempDir('plain'), 'out'), '--jobs', '2']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });
});
