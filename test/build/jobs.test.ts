// Parallel builds merge across documents exactly as a sequential build does.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tempDir } from './cli.js';
import { parallelCorpus, seedCorpus } from './corpus.js';

describe('newsgraph build --jobs', () => {
  it('--jobs 1 and --jobs 2 give identical graphs', () => {
    const corpus = parallelCorpus();
    const dir = tempDir('jobs');
    const one = cli(['build', corpus, '--out', join(dir, 'one'), '--jobs', '1']);
    const two = cli(['build', corpus, '--out', join(dir, 'two'), '--jobs', '2']);
    expect([one.code, two.code]).toEqual([0, 0]);
    expect(two.stdout).toContain(': 17 documents (0 cached, 17 extracted)');
    const workers = (out: string) =>
      (JSON.parse(readFileSync(join(dir, out, 'build.json'), 'utf8')) as { workers: number }).workers;
    expect([workers('one'), workers('two')]).toEqual([0, 1]);
    const graph = (out: string) => readFileSync(join(dir, out, 'graph.json'), 'utf8');
    expect(graph('two')).toBe(graph('one'));
    expect(readFileSync(join(dir, 'two', 'graph.ttl'), 'utf8')).toBe(
      readFileSync(join(dir, 'one', 'graph.ttl'), 'utf8'),
    );
    expect(readdirSync(join(dir, 'two', 'texts'))).toEqual(readdirSync(join(dir, 'one', 'texts')));
  });

  it('a small corpus is extracted in the main thread whatever --jobs says', () => {
    const out = join(tempDir('small'), 'out');
    expect(cli(['build', seedCorpus(), '--out', out, '--jobs', '2']).code).toBe(0);
    expect(JSON.parse(readFileSync(join(out, 'build.json'), 'utf8'))).toMatchObject({ jobs: 2, workers: 0 });
  });

  it('a rebuild from the cache starts no workers', () => {
    const corpus = parallelCorpus();
    const out = join(tempDir('cached'), 'out');
    expect(cli(['build', corpus, '--out', out, '--jobs', '1']).code).toBe(0);
    const again = cli(['build', corpus, '--out', out, '--jobs', '2']);
    expect(again.stdout).toContain(': 17 documents (17 cached, 0 extracted)');
    expect(JSON.parse(readFileSync(join(out, 'build.json'), 'utf8'))).toMatchObject({ workers: 0 });
  });
});
