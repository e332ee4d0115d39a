// One file to one ArticleText: read, decode, pull the article out of HTML, find the furniture,
// the headline, the date and the author. Everything user-facing goes wrong here as InputError.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { InputError } from '../errors.js';
import type { ArticleText, Span } from '../model/types.js';
import { findDate } from './dates.js';
import { decodeText, DecodeError } from './decode.js';
import type { SourceFile } from './discover.js';
import {
  countWords,
  detectFurniture,
  regionsOutside,
  type Furniture,
  type FurnitureRules,
} from './furniture.js';
import { markdownFrontMatter, markdownHeadline, markdownNoise } from './markdown.js';
import { slug } from './slug.js';

const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** An HTML page whose article has fewer words than this has no article. */
const MIN_HTML_ARTICLE_WORDS = 20;

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export function documentId(file: string, sha256: string): string {
  return `${slug(basename(file, extname(file)))}-${sha256.slice(0, 12)}`;
}

interface Shaped {
  text: string;
  headline?: string;
  headlineSpan?: Span;
  date?: string;
  author?: string;
  extraFurniture: Furniture[];
}

async function shapeText(source: SourceFile, text: string): Promise<Shaped> {
  switch (source.format) {
    case 'txt':
      return { text, extraFurniture: [] };
    case 'md': {
      const front = markdownFrontMatter(text);
      const heading = markdownHeadline(text);
      return {
        text,
        headline: front.title ?? heading?.text,
        headlineSpan: heading ? { start: heading.start, end: heading.end } : undefined,
        date: front.date,
        author: front.author,
        extraFurniture: [
          ...(front.span ? [{ ...front.span, reason: 'front matter' }] : []),
          ...markdownNoise(text),
        ],
      };
    }
    case 'html': {
      // Loaded on first use: the HTML parser is most of ingest's start-up time.
      const { htmlToArticle } = await import('./html.js');
      const article = htmlToArticle(text);
      if (!article) throw new InputError(source.display, 'no article found in the page');
      const body = [article.headline, ...article.paragraphs].join('\n\n');
      return {
        text: body,
        headline: article.headline,
        headlineSpan: { start: 0, end: article.headline.length },
        date: article.date,
        author: article.author,
        extraFurniture: [],
      };
    }
  }
}

function mergeSpans(spans: Furniture[]): Furniture[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Furniture[] = [];
  for (const s of sorted) {
    const last = out.at(-1);
    if (last && s.start < last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

/** The file's bytes, refusing files too large to be an article before reading them. */
export async function readSourceBytes(source: SourceFile): Promise<Uint8Array> {
  const info = await stat(source.path).catch(() => null);
  if (!info) throw new InputError(source.display, 'cannot be read (it was moved or deleted)');
  if (info.size > MAX_FILE_BYTES) {
    throw new InputError(source.display, `too large (${mb(info.size)}; the limit is ${mb(MAX_FILE_BYTES)})`);
  }
  return readFile(source.path);
}

export const sha256Of = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

export async function articleFromBytes(
  source: SourceFile,
  bytes: Uint8Array,
  rules: FurnitureRules,
): Promise<ArticleText> {
  if (bytes.length === 0) throw new InputError(source.display, 'empty file');
  const sha256 = sha256Of(bytes);
  let decoded;
  try {
    decoded = decodeText(bytes);
  } catch (err) {
    if (err instanceof DecodeError) throw new InputError(source.display, err.message);
    throw err;
  }
  if (!decoded.text.trim()) throw new InputError(source.display, 'empty file (only whitespace)');
  const shaped = await shapeText(source, decoded.text);
  const { text } = shaped;
  const layout = detectFurniture(text, rules, shaped.extraFurniture);
  const headlineSpan =
    shaped.headlineSpan ?? (layout.headline && { start: layout.headline.start, end: layout.headline.end });
  // The headline is the article's own, whatever the shape rules thought of it.
  const furniture = mergeSpans(layout.furniture).filter(
    (f) => !(headlineSpan && f.start === headlineSpan.start && f.end === headlineSpan.end),
  );
  const regions = regionsOutside(text, furniture);
  const words = regions.reduce((n, r) => n + countWords(text.slice(r.start, r.end)), 0);
  const headlineWords = headlineSpan ? countWords(text.slice(headlineSpan.start, headlineSpan.end)) : 0;
  if (
    words - headlineWords === 0 ||
    (source.format === 'html' && words - headlineWords < MIN_HTML_ARTICLE_WORDS)
  ) {
    throw new InputError(
      source.display,
      source.format === 'html'
        ? 'no article found in the page (only page furniture)'
        : source.format === 'txt'
          ? 'no article text after the headline (line 1 of a .txt is the headline; the rest is empty or page furniture)'
          : 'no article text (only page furniture)',
    );
  }
  const headline = shaped.headline ?? layout.headline?.text ?? '';
  return {
    id: documentId(source.rel, sha256),
    file: source.rel,
    sha256,
    format: source.format,
    text,
    headline,
    ...(headlineSpan ? { headlineSpan } : {}),
    ...optional('date', shaped.date ?? findDate(layout.headerLines.map((l) => l.text).join('\n'))),
    ...optional('author', shaped.author ?? layout.authors[0]),
    regions,
    furniture,
    words,
    notes: decoded.notes,
  };
}

function optional<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  return (value ? { [key]: value } : {}) as { [P in K]?: string };
}
