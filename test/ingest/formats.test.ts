// HTML and Markdown articles: the article text, headline, date and author, and what is left out.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import {
  articleFromBytes,
  documentId,
  loadFurnitureRules,
  type FurnitureRules,
} from '../../src/ingest/index.js';
import { ROOT } from '../build/cli.js';

const FIXTURES = join(ROOT, 'test/fixtures/ingest');
let rules: FurnitureRules;
beforeAll(async () => {
  rules = await loadFurnitureRules(join(ROOT, 'ontology'));
});
const read = (file: string, format: 'html' | 'md') =>
  articleFromBytes(
    { path: join(FIXTURES, file), rel: file, display: file, format },
    readFileSync(join(FIXTURES, file)),
    rules,
  );

describe('HTML', () => {
  it('takes the article out of the page with Readability; menus, asides and footers stay out', async () => {
    const a = await read('article.html', 'html');
    expect(a.headline).toBe('Canada blames Russia for power grid intrusion');
    expect(a.text.slice(0, a.headlineSpan!.end)).toBe(a.headline);
    expect(a.date).toBe('2021-03-04');
    expect(a.author).toBe('Maria Lopez');
    expect(a.text).toContain('Canada on Thursday publicly accused Russia');
    expect(a.text).toContain('\n\nRussia’s embassy in Ottawa denied the accusation');
    for (const gone of [
      'Technology',
      'Related Articles',
      'safer passwords',
      'Subscribe',
      'All rights reserved',
    ])
      expect(a.text).not.toContain(gone);
    expect(a.furniture.map((f) => [f.reason, a.text.slice(f.start, f.end)])).toEqual([
      ['byline', 'By Maria Lopez'],
    ]);
  });

  it('text set with <br>s keeps its line breaks as paragraph breaks', async () => {
    const para =
      'Germany accused Russia of a hacking campaign against its parliament, officials said in Berlin. ';
    const html = `<html><head><title>Berlin blames Moscow</title></head><body><div>${para.repeat(3)}<br><br>Russia denied it.<br>Talks follow.</div></body></html>`;
    const a = await articleFromBytes(
      { path: 'x.html', rel: 'x.html', display: 'x.html', format: 'html' },
      Buffer.from(html),
      rules,
    );
    expect(a.text).toBe(
      `Berlin blames Moscow\n\n${para.repeat(3).trim()}\n\nRussia denied it.\n\nTalks follow.`,
    );
  });

  it('a page with no article is an error naming the file', async () => {
    await expect(read('no-article.html', 'html')).rejects.toThrow(
      new InputError('no-article.html', 'no article found in the page (only page furniture)'),
    );
  });
});

describe('Markdown', () => {
  it('keeps the file text; front matter, images, code and link references are furniture', async () => {
    const a = await read('article.md', 'md');
    expect(a.text).toBe(readFileSync(join(FIXTURES, 'article.md'), 'utf8'));
    expect(a).toMatchObject({
      headline: 'Australia and Japan sign cyber pact',
      date: '2022-10-22',
      author: 'Sam Lee',
    });
    expect(a.text.slice(a.headlineSpan!.start, a.headlineSpan!.end)).toBe(
      'Australia and Japan sign cyber pact',
    );
    expect(a.furniture.map((f) => f.reason)).toEqual([
      'front matter',
      'image',
      'code block',
      'link reference',
    ]);
    const body = a.regions.map((r) => a.text.slice(r.start, r.end)).join('\n');
    expect(body).toContain('signed an agreement on Saturday');
    expect(body).not.toContain('code sample');
  });
});

describe('documentId', () => {
  it.each([
    ['000_970ed5c3b098e879.txt', '000-970ed5c3b098e879-0eeb41d4de64'],
    ['sub/Café Talks (draft).md', 'cafe-talks-draft-0eeb41d4de64'],
    ['北京.txt', 'doc-0eeb41d4de64'],
  ])('%s → %s', (file, id) => {
    expect(documentId(file, '0eeb41d4de6419d5a89406ed0655417cb2496af68092fd93580bdf07545e3e38')).toBe(id);
  });
});
