// HTML page to article text: linkedom parses the page, Mozilla's Readability picks the article,
// and the article's block elements become paragraphs separated by blank lines.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { isoDate } from './dates.js';

export interface HtmlArticle {
  headline: string;
  /** Paragraphs of the article, in order, whitespace collapsed. */
  paragraphs: string[];
  date?: string;
  author?: string;
}

const BLOCKS = 'h1,h2,h3,h4,h5,h6,p,li,blockquote,pre,figcaption,dt,dd,td,th';

type Doc = ReturnType<typeof parseHTML>['document'];

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

function meta(document: Doc, selectors: string[]): string | undefined {
  for (const sel of selectors) {
    const el = document.querySelector(sel);
    const value = squash(el?.getAttribute('content') ?? el?.getAttribute('datetime') ?? el?.textContent);
    if (value) return value;
  }
  return undefined;
}

/** Line breaks (<br>) start a new paragraph; squash() would otherwise glue the lines together. */
const LINE_BREAK = '\u2029';
const paragraphs = (text: string | null | undefined) =>
  (text ?? '').split(LINE_BREAK).map(squash).filter(Boolean);

/**
 * Leaf blocks only: a <li> holding a <p> gives its text once, through the <p>. Pages that set text
 * in <div>s with <br>s and no paragraph elements fall back to the whole body.
 */
function paragraphsOf(html: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  for (const br of [...document.querySelectorAll('br')]) br.replaceWith(document.createTextNode(LINE_BREAK));
  const blocks = [...document.querySelectorAll(BLOCKS)].filter((el) => !el.querySelector(BLOCKS));
  const texts = blocks.flatMap((el) => paragraphs(el.textContent));
  return texts.length > 0 ? texts : paragraphs(document.body?.textContent?.replace(/\n\s*\n/g, LINE_BREAK));
}

/** Returns undefined when the page has no article Readability can find. */
export function htmlToArticle(html: string): HtmlArticle | undefined {
  const { document } = parseHTML(html);
  const date = isoDate(
    meta(document, [
      'meta[property="article:published_time"]',
      'meta[name="date"]',
      'meta[name="pubdate"]',
      'meta[itemprop="datePublished"]',
      'time[datetime]',
    ]),
  );
  const metaAuthor = meta(document, [
    'meta[name="author"]',
    'meta[property="article:author"]',
    '[rel="author"]',
  ]);
  const h1 = squash(document.querySelector('h1')?.textContent);
  const title = squash(document.querySelector('title')?.textContent);
  // Readability rewrites the document it reads, so it gets a copy.
  const article = new Readability(parseHTML(html).document as never).parse();
  if (!article?.content) return undefined;
  const paragraphs = paragraphsOf(article.content);
  if (paragraphs.length === 0) return undefined;
  const headline = squash(article.title) || h1 || title || paragraphs[0]!;
  // Readability usually drops the title from the content; when it keeps it, say it once.
  if (paragraphs[0] === headline) paragraphs.shift();
  return {
    headline,
    paragraphs,
    date: date ?? isoDate(article.publishedTime),
    author: squash(article.byline) || metaAuthor || undefined,
  };
}
