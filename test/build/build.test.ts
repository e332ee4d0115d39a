// newsgraph build on the seeds: what it writes, the cache, the graph it makes.
import { appendFileSync, cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toQuads, toTriples } from '../../src/graph/index.js';
import type { GraphModel } from '../../src/model/types.js';
import { canonical, parseN3 } from '../graph/rdf.js';
import { cli, filesUnder, ROOT, tempDir } from './cli.js';
import { seedCorpus } from './corpus.js';

const readModel = (out: string) => JSON.parse(readFileSync(join(out, 'graph.json'), 'utf8')) as GraphModel;

describe('newsgraph build seeds/', () => {
  const corpus = seedCorpus();
  const out = join(tempDir('build'), 'out');
  const first = cli(['build', corpus, '--out', out, '--jobs', '1']);

  it('builds every seed and says what it did', () => {
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(
      new RegExp(
        `^built ${out}: 5 documents \\(0 cached, 5 extracted\\), [\\d,]+ words, \\d+ entities, \\d+ events in [\\d.]+ s\\n$`,
      ),
    );
  });

  it('writes graph.json, graph.ttl, build.json, a text per document and a cache entry per document', () => {
    const model = readModel(out);
    const files = filesUnder(out);
    expect(files.filter((f) => !f.includes('/'))).toEqual(['build.json', 'graph.json', 'graph.ttl']);
    expect(files.filter((f) => f.startsWith('texts/'))).toEqual(
      model.documents.map((d) => `texts/${d.id}.txt`).sort(),
    );
    expect(files.filter((f) => f.startsWith('cache/'))).toHaveLength(5);
    expect(files.some((f) => f.endsWith('.tmp'))).toBe(false);
    expect(model.events.length).toBeGreaterThan(5);
  });

  it('keeps each .txt exactly, so evidence offsets are offsets into the file', () => {
    const model = readModel(out);
    for (const d of model.documents) {
      expect(readFileSync(join(out, 'texts', `${d.id}.txt`), 'utf8')).toBe(
        readFileSync(join(corpus, d.file), 'utf8'),
      );
    }
    const texts = new Map(
      model.documents.map((d) => [d.id, readFileSync(join(out, 'texts', `${d.id}.txt`), 'utf8')]),
    );
    for (const e of model.events)
      for (const ev of e.evidence) expect(texts.get(ev.doc)!.slice(ev.start, ev.end)).toBe(ev.text);
  });

  it('records documents with headline, file, hash and word count', () => {
    const doc = readModel(out).documents.find((d) => d.file === '003_3ff6b5a159a31f7f.txt')!;
    expect(doc).toMatchObject({
      id: '003-3ff6b5a159a31f7f-764c1834d000',
      headline: 'US raises cyber concerns with China',
      format: 'txt',
    });
    expect(doc.sha256).toMatch(/^764c1834d000[0-9a-f]{52}$/);
  });

  it('its Turtle export re-parses with n3 to the same graph', () => {
    const ttl = cli(['export', '--format', 'turtle', '--graph', out]);
    expect(ttl.code).toBe(0);
    expect(canonical(parseN3(ttl.stdout, 'Turtle'))).toEqual(canonical(toTriples(toQuads(readModel(out)))));
    expect(readFileSync(join(out, 'graph.ttl'), 'utf8')).toBe(ttl.stdout);
  });

  it('the graph validates against the shapes', () => {
    const r = cli(['validate', '--graph', out]);
    expect(r.stdout).toMatch(/^conforms: 5 documents/);
    expect(r.code).toBe(0);
  });

  it('a rebuild reuses the cache; a changed file alone is extracted again', () => {
    const again = cli(['build', corpus, '--out', out, '--jobs', '1']);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain(': 5 documents (5 cached, 0 extracted)');
    expect(readFileSync(join(out, 'graph.json'), 'utf8')).toBe(JSON.stringify(readModel(out)));

    appendFileSync(
      join(corpus, '002_8f53a735e4d0b3e2.txt'),
      '\nChina accused the United States of hacking.\n',
    );
    const changed = cli(['build', corpus, '--out', out, '--jobs', '1']);
    expect(changed.stdout).toContain(': 5 documents (4 cached, 1 extracted)');
    const ids = readModel(out).documents.map((d) => d.id);
    // The old version's text and cache entry are gone, the new one's are there.
    expect(readdirSync(join(out, 'texts')).sort()).toEqual(ids.map((id) => `${id}.txt`).sort());
    expect(readdirSync(join(out, 'cache'))).toHaveLength(5);
  });

  it('--no-cache extracts everything again', () => {
    const r = cli(['build', corpus, '--out', out, '--jobs', '1', '--no-cache']);
    expect(r.stdout).toContain(': 5 documents (0 cached, 5 extracted)');
  });

  it('a change to the ontology data invalidates the cache', () => {
    const ontology = join(tempDir('ontology'), 'ontology');
    cpSync(join(ROOT, 'ontology'), ontology, { recursive: true });
    const furniture = JSON.parse(readFileSync(join(ontology, 'furniture.json'), 'utf8')) as {
      lineCues: string[];
    };
    furniture.lineCues.push('video on');
    writeFileSync(join(ontology, 'furniture.json'), JSON.stringify(furniture));
    const r = cli(['build', corpus, '--out', out, '--jobs', '1', '--ontology', ontology]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(': 5 documents (0 cached, 5 extracted)');
  });
});

describe('newsgraph build with HTML and Markdown', () => {
  it('reads .html and .md under sub-folders, names with spaces included', () => {
    const out = join(tempDir('formats'), 'out');
    const r = cli(['build', seedCorpus(true), '--out', out, '--jobs', '1']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const docs = readModel(out).documents;
    expect(docs.map((d) => d.file)).toContain('web/canada grid.html');
    expect(docs.find((d) => d.file === 'web/pact.md')).toMatchObject({
      format: 'md',
      headline: 'Australia and Japan sign cyber pact',
      date: '2022-10-22',
    });
    expect(docs.find((d) => d.format === 'html')).toMatchObject({
      id: expect.stringMatching(/^canada-grid-[0-9a-f]{12}$/),
      author: 'Maria Lopez',
    });
  });
});

describe('build --help', () => {
  it('shows options and examples', () => {
    const r = cli(['build', '--help']);
    expect(r.code).toBe(0);
    for (const s of [
      '--out <dir>',
      '--jobs <n>',
      '--no-cache',
      'Examples:',
      'newsgraph build seeds/ --out out/',
    ])
      expect(r.stdout).toContain(s);
  });
  it('a bad --jobs is a usage error (exit 2)', () => {
    const r = cli(['build', 'seeds', '--jobs', 'many', '--out', join(tempDir('jobs'), 'out')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('newsgraph: --jobs many: expected a whole number from 1 to 256\n');
  });
});
