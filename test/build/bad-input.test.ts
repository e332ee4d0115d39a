// Every kind of bad input: one line naming the file, the others still build, exit code 1,
// nothing half-written.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { GraphModel } from '../../src/model/types.js';
import { cli, filesUnder, ROOT, tempDir } from './cli.js';
import { SEEDS, write } from './corpus.js';

const readModel = (out: string) => JSON.parse(readFileSync(join(out, 'graph.json'), 'utf8')) as GraphModel;

describe('a corpus with bad files among good ones', () => {
  const root = tempDir('bad');
  const corpus = join(root, 'corpus');
  mkdirSync(corpus);
  cpSync(join(SEEDS, '000_970ed5c3b098e879.txt'), join(corpus, 'good.txt'));
  cpSync(join(SEEDS, '003_3ff6b5a159a31f7f.txt'), join(corpus, 'Über die Gespräche — 北京 talks.txt'));
  write(corpus, 'empty.txt', '');
  write(corpus, 'blank.md', '\n  \n\t\n');
  write(corpus, 'headline-only.txt', 'Russia denies hacking claims\n');
  write(
    corpus,
    'image.txt',
    Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
    ]),
  );
  write(
    corpus,
    'legacy.txt',
    Buffer.concat([
      Buffer.from('Paris: la France a d'),
      Buffer.from([0xe9]),
      Buffer.from('menti les accusations de piratage.\n\nLe minist'),
      Buffer.from([0xe8]),
      Buffer.from('re a ni'),
      Buffer.from([0xe9]),
      Buffer.from(' toute implication.\n'),
    ]),
  );
  write(corpus, 'garbage.txt', Buffer.from(Array.from({ length: 400 }, (_, i) => 0xa0 + (i % 90))));
  write(corpus, 'huge.txt', Buffer.alloc(50 * 1024 * 1024, 'word '));
  cpSync(join(ROOT, 'test/fixtures/ingest/no-article.html'), join(corpus, 'sitemap.html'));
  write(corpus, 'notes.pdf', '%PDF-1.4 not an article type: skipped in folders');
  const out = join(root, 'out');
  const r = cli(['build', corpus, '--out', out, '--jobs', '2']);
  const lines = r.stderr.trim().split('\n');
  // The 50 MB file is not left lying in the temp folder.
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('exits 1 and gives one line per bad file, naming it', () => {
    expect(r.code).toBe(1);
    expect(lines.filter((l) => !l.startsWith('newsgraph: note:')).sort()).toEqual(
      [
        `newsgraph: ${join(corpus, 'blank.md')}: empty file (only whitespace)`,
        `newsgraph: ${join(corpus, 'empty.txt')}: empty file`,
        `newsgraph: ${join(corpus, 'garbage.txt')}: not UTF-8 text (and not Latin-1): re-save it as UTF-8`,
        `newsgraph: ${join(corpus, 'headline-only.txt')}: no article text after the headline (line 1 of a .txt is the headline; the rest is empty or page furniture)`,
        `newsgraph: ${join(corpus, 'huge.txt')}: too large (50.0 MB; the limit is 20.0 MB)`,
        `newsgraph: ${join(corpus, 'image.txt')}: binary file, not text`,
        `newsgraph: ${join(corpus, 'sitemap.html')}: no article found in the page (only page furniture)`,
      ].sort(),
    );
  });

  it('decodes clearly Latin-1 text and says so', () => {
    expect(lines).toContain('newsgraph: note: legacy.txt: not UTF-8: decoded as Latin-1 (Windows-1252)');
    const doc = readModel(out).documents.find((d) => d.file === 'legacy.txt')!;
    expect(readFileSync(join(out, 'texts', `${doc.id}.txt`), 'utf8')).toContain(
      'Le ministère a nié toute implication.',
    );
  });

  it('builds the good files, unicode and spaces in names included', () => {
    expect(r.stdout).toMatch(/: 3 documents \(0 cached, 3 extracted\).*; 7 files failed\n$/);
    const docs = readModel(out).documents;
    expect(docs.map((d) => d.file).sort()).toEqual(
      ['good.txt', 'legacy.txt', 'Über die Gespräche — 北京 talks.txt'].sort(),
    );
    expect(docs.find((d) => d.file.startsWith('Über'))!.id).toMatch(
      /^uber-die-gesprache-talks-[0-9a-f]{12}$/,
    );
    const report = JSON.parse(readFileSync(join(out, 'build.json'), 'utf8')) as {
      failed: { file: string; error: string }[];
    };
    expect(report.failed).toHaveLength(7);
  });

  it('leaves no temp files behind', () => {
    expect(filesUnder(out).filter((f) => f.includes('.tmp'))).toEqual([]);
  });
});

describe('paths that give no articles', () => {
  it('a missing path: one line, exit 1, nothing written', () => {
    const dir = tempDir('missing');
    const r = cli(['build', join(dir, 'nope'), '--out', join(dir, 'out')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`newsgraph: ${join(dir, 'nope')}: no such file or folder\n`);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('a folder with no articles: one line, exit 1', () => {
    const dir = tempDir('empty');
    mkdirSync(join(dir, 'corpus'));
    write(join(dir, 'corpus'), 'photo.jpg', 'not an article');
    const r = cli(['build', join(dir, 'corpus'), '--out', join(dir, 'out')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `newsgraph: ${join(dir, 'corpus')}: no articles in this folder (looked for .txt, .md, .markdown, .html, .htm)\n`,
    );
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('a file named directly that is not an article type', () => {
    const dir = tempDir('type');
    const pdf = write(dir, 'report.pdf', '%PDF');
    const r = cli(['build', pdf, join(SEEDS, '001_6b62ce62292d1908.txt'), '--out', join(dir, 'out')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `newsgraph: ${pdf}: not an article file (expected .txt, .md, .markdown, .html, .htm)\n`,
    );
    expect(readModel(join(dir, 'out')).documents.map((d) => d.file)).toEqual(['001_6b62ce62292d1908.txt']);
  });

  it('--out naming a file is a usage error (exit 2)', () => {
    const dir = tempDir('outfile');
    const file = write(dir, 'out', 'a file, not a folder');
    const r = cli(['build', SEEDS, '--out', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`newsgraph: --out ${file}: is a file, not a folder\n`);
    expect(readFileSync(file, 'utf8')).toBe('a file, not a folder');
  });

  it('a build where every file fails leaves the previous graph as it was', () => {
    const dir = tempDir('keep');
    const out = join(dir, 'out');
    const first = cli(['build', join(SEEDS, '004_1e197ee08be45052.txt'), '--out', out]);
    expect({ code: first.code, stderr: first.stderr }).toEqual({ code: 0, stderr: '' });
    const before = readFileSync(join(out, 'graph.json'), 'utf8');
    const empty = write(dir, 'empty.txt', '');
    const r = cli(['build', empty, '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `newsgraph: ${empty}: empty file\nnewsgraph: ${empty}: no article could be read; nothing written\n`,
    );
    expect(readFileSync(join(out, 'graph.json'), 'utf8')).toBe(before);
  });
});
