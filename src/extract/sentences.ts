// Sentence splitting with offsets, over the article's own regions (page furniture is never read).
import type { ArticleText, Span } from '../model/types.js';
import type { KnowledgeBase } from './kb.js';
import { tokenize, type Token } from './tokens.js';

export interface Sentence extends Span {
  tokens: Token[];
  /** The article's headline: capitalisation says nothing there, so only known names count. */
  headline: boolean;
  /** A short line without final punctuation: a section heading or a stray link; it states no event. */
  heading: boolean;
}

const TERMINAL = /[.!?…]/;
const CLOSERS = /["'”’)\]]/;
const HEADING_MAX_WORDS = 8;

/** Lines of a region, joined when a line break falls inside a sentence (next line starts in lower case). */
function lines(text: string, span: Span): Span[] {
  const out: Span[] = [];
  let s = span.start;
  for (let i = span.start; i <= span.end; i++) {
    if (i < span.end && text[i] !== '\n') continue;
    if (i < span.end) {
      let j = i;
      while (j < span.end && /\s/.test(text[j]!)) j++;
      const prev = text.slice(s, i).trimEnd();
      if (j < span.end && /\p{Ll}/u.test(text[j]!) && prev && !TERMINAL.test(prev[prev.length - 1]!)) {
        i = j - 1;
        continue;
      }
    }
    out.push({ start: s, end: i });
    s = i + 1;
  }
  return out;
}

function trim(text: string, start: number, end: number): Span | null {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

/** Is the full stop at tokens[i] the end of a sentence? */
function isBoundary(tokens: Token[], i: number, kb: KnowledgeBase): boolean {
  const t = tokens[i]!;
  let j = i + 1;
  while (j < tokens.length && CLOSERS.test(tokens[j]!.text) && !tokens[j]!.spaceBefore) j++;
  const next = tokens[j];
  if (!next) return true;
  if (!next.spaceBefore) return false;
  if (!(next.cap || /^["“‘'([]/.test(next.text) || /^\p{N}/u.test(next.text))) return false;
  if (t.text === '.' || t.text.endsWith('.')) {
    const prev = t.text === '.' ? tokens[i - 1] : t;
    const bare = prev ? prev.text.replace(/\.$/, '') : '';
    // ("ST. LOUIS" in a dateline: an abbreviation in capitals.)
    const titled = bare.charAt(0) + bare.slice(1).toLowerCase();
    const abbrev =
      kb.words.abbreviations.has(bare) ||
      kb.words.abbreviations.has(titled) ||
      (prev !== undefined && /^\p{Lu}$/u.test(bare));
    const dotted = t.text !== '.' && /^(?:\p{Lu}\.){2,}$/u.test(t.text);
    // "U.S. officials" goes on; "in the U.S. The talks" ends: after an abbreviation only a function word starts a sentence.
    if ((abbrev && t.text === '.') || dotted)
      return kb.words.functionWords.has(next.lower) && !kb.countries.has(next.lower);
    if (t.text !== '.') return false;
  }
  return true;
}

function splitLine(text: string, span: Span, kb: KnowledgeBase, out: Sentence[]): void {
  const tokens = tokenize(text, span.start, span.end);
  const words = tokens.filter((t) => t.word).length;
  const last = tokens[tokens.length - 1];
  const heading =
    words < HEADING_MAX_WORDS && !!last && !TERMINAL.test(last.text) && !CLOSERS.test(last.text);
  let from = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const terminal = TERMINAL.test(t.text) && (t.text.length === 1 || /^(?:\p{Lu}\.){2,}$/u.test(t.text));
    if (!terminal || !isBoundary(tokens, i, kb)) continue;
    let j = i + 1;
    while (j < tokens.length && CLOSERS.test(tokens[j]!.text) && !tokens[j]!.spaceBefore) j++;
    push(tokens.slice(from, j));
    from = j;
    i = j - 1;
  }
  push(tokens.slice(from));

  function push(toks: Token[]) {
    if (!toks.length) return;
    const s = trim(text, toks[0]!.start, toks[toks.length - 1]!.end);
    if (s) out.push({ ...s, tokens: toks, headline: false, heading });
  }
}

/** The sentences extraction reads: the headline, then every sentence of the article's regions. */
export function splitSentences(article: ArticleText, kb: KnowledgeBase): Sentence[] {
  const out: Sentence[] = [];
  const h = article.headlineSpan;
  if (h && h.end > h.start) {
    const s = trim(article.text, h.start, h.end);
    if (s) out.push({ ...s, tokens: tokenize(article.text, s.start, s.end), headline: true, heading: false });
  }
  const regions = [...article.regions].sort((a, b) => a.start - b.start);
  for (const r of regions) {
    // The headline is read once, as the headline, even when a region repeats it.
    const start = h && r.start < h.end && r.end > h.start ? Math.max(r.start, h.end) : r.start;
    for (const line of lines(article.text, { start, end: r.end })) splitLine(article.text, line, kb, out);
  }
  return out;
}
