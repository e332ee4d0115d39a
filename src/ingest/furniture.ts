// Page furniture: the parts of a page that are not the article (link lists, ads, subscription
// blurbs, bylines and author bios). Recognised by the shape of lines first; the keyword cues in
// ontology/furniture.json only cover what shape cannot see.
import type { Span } from '../model/types.js';

export interface FurnitureRules {
  tailHeadings: string[];
  lineCues: string[];
  /** A line that begins so ("Related: …", "Photo: …") is furniture, long or short. */
  leadCues: string[];
  inlineCues: string[];
  /** A cookie or subscription notice: furniture whatever the length of its line. */
  consentCues: string[];
  /** Marks that open only the items of a list of links ("› Iran says …"). */
  bulletMarks: string[];
  /** Marks that open the items of any list ("- Maersk says …"): links only after the article's last paragraph. */
  listMarks: string[];
  roleWords: string[];
  bioVerbs: string[];
  /** A line of at most this many words without sentence punctuation is "short". */
  maxShortWords: number;
  /** This many short lines in a row are a link list or a menu. */
  minRun: number;
  /** A tail heading only ends the article this far into the text (0..1). */
  tailFrom: number;
}

export type Furniture = Span & { reason: string };

export interface Layout {
  furniture: Furniture[];
  /** The headline: the first line that is not furniture. */
  headline?: Line;
  /** Names found in bylines and author bios. */
  authors: string[];
  /** Short lines near the top that are neither headline nor article: where a date may sit. */
  headerLines: Line[];
}

export interface Line extends Span {
  /** The line without its surrounding whitespace; start/end are of this trimmed text. */
  text: string;
  words: number;
}

const SENTENCE_END = /[.!?…:;"”’'»)\]]$/u;
const NAME = /^(?:\p{Lu}[\p{L}'’-]+\.?\s){1,3}\p{Lu}[\p{L}'’-]+$/u;

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const re = /[^\r\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (!trimmed) continue;
    const start = m.index + lead;
    lines.push({ start, end: start + trimmed.length, text: trimmed, words: countWords(trimmed) });
  }
  return lines;
}

export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** A paragraph of the article: long, and ending as sentences end. */
const isProse = (line: Line) => line.words >= 20 && SENTENCE_END.test(line.text);

/**
 * `tail`: the line is below the article's last paragraph, where headlines of other stories may run
 * to twice the length (above it, a standfirst, a fact box or a timeline is the article's).
 */
function isShort(line: Line, rules: FurnitureRules, tail: boolean): boolean {
  const max = tail ? rules.maxShortWords * 2 : rules.maxShortWords;
  return line.words <= max && !SENTENCE_END.test(line.text);
}

/** Lower case, with typographic apostrophes as plain ones ("Editor’s picks"). */
const folded = (text: string) => text.toLowerCase().replace(/[‘’]/g, "'");
const startsWithCue = (text: string, cues: string[]) => {
  const f = folded(text);
  return cues.find((c) => f.startsWith(c));
};
const containsCue = (text: string, cues: string[]) => {
  const f = folded(text);
  return cues.find((c) => f.includes(c));
};

/** A byline: "By Jane Doe", or a name with a role ("Lance Whitney Contributing Writer"). */
function bylineName(line: Line, rules: FurnitureRules): string | undefined {
  if (line.words > rules.maxShortWords) return undefined;
  const by = /^by\s+(.+?)(?:[,|·–-].*)?$/iu.exec(line.text);
  if (by?.[1] && NAME.test(by[1].trim())) return by[1].trim();
  const role = rules.roleWords.find((r) => line.text.toLowerCase().endsWith(r));
  if (role) {
    const name = line.text.slice(0, line.text.length - role.length).trim();
    if (NAME.test(name)) return name;
  }
  return undefined;
}

/** `known`: furniture the format already identified (Markdown front matter, code blocks). */
export function detectFurniture(text: string, rules: FurnitureRules, known: Furniture[] = []): Layout {
  const lines = splitLines(text);
  const reasons = new Map<Line, string>();
  const authors = new Set<string>();
  const mark = (line: Line, reason: string) => {
    if (!reasons.has(line)) reasons.set(line, reason);
  };
  for (const line of lines) {
    const within = known.find((k) => k.start <= line.start && line.end <= k.end);
    if (within) mark(line, within.reason);
  }

  // A tail heading ("Recent Posts", "Subscribe to ...") ends the article: all that follows is
  // furniture. Unless the article goes on after it (two prose paragraphs in a row): then it was a
  // promotion in the middle of the article, and only that line is furniture.
  let tailStart = text.length;
  let tailReason = '';
  const promos: Line[] = [];
  for (const [i, line] of lines.entries()) {
    // ("More from AP: Trump threatens …; Microsoft in talks …": a heading with its links after a colon.)
    const labelled = /^[^:.]{0,40}:/.test(line.text);
    const cue = (line.words <= 6 || labelled) && startsWithCue(line.text, rules.tailHeadings);
    if (!cue) continue;
    const after = lines.slice(i + 1);
    const articleGoesOn = after.some(
      (l, k) => isProse(l) && after[k + 1] !== undefined && isProse(after[k + 1]!),
    );
    if (line.start >= text.length * rules.tailFrom && !articleGoesOn) {
      tailStart = line.start;
      tailReason = `"${line.text}" and what follows it`;
      break;
    }
    promos.push(line);
  }
  const body = lines.filter((l) => l.start < tailStart);
  for (const line of promos) mark(line, `"${line.text}" line`);

  for (const line of body) {
    const cue = line.words <= 12 && containsCue(line.text, rules.lineCues);
    const consent = containsCue(line.text, rules.consentCues);
    const lead = line.words <= 30 && startsWithCue(line.text, rules.leadCues);
    if (cue) mark(line, `"${cue}" line`);
    else if (consent) mark(line, `"${consent}" notice`);
    // "Related: Inside the GRU's Units | How Fancy Bear Picks Its Targets | …": titles between bars.
    else if (line.text.split(/\s[|•]\s/).length >= 3 && !SENTENCE_END.test(line.text))
      mark(line, 'link list');
    else if (lead) mark(line, `"${lead}" line`);
    // "Home > World > Europe": a breadcrumb trail of short section names.
    else if (line.words <= 8 && line.text.split(/\s[>›»/]\s/).length >= 3) mark(line, 'breadcrumb');
  }

  // Bylines and bios: a name standing alone (or with a role) next to a line that begins with it.
  for (const line of body) {
    const named = bylineName(line, rules);
    if (named) {
      authors.add(named);
      mark(line, 'byline');
    }
  }
  for (const [i, line] of body.entries()) {
    if (!NAME.test(line.text) || line.words > 4) continue;
    const near = body.slice(Math.max(0, i - 3), i + 4);
    const bio = near.find(
      (l) => l !== line && rules.bioVerbs.some((v) => l.text.startsWith(`${line.text} ${v} `)),
    );
    if (bio) {
      authors.add(line.text);
      mark(line, 'byline');
      mark(bio, 'author bio');
    }
  }
  for (const line of body) {
    if ([...authors].some((a) => rules.bioVerbs.some((v) => line.text.startsWith(`${a} ${v} `))))
      mark(line, 'author bio');
  }

  const headline = body.find((l) => !reasons.has(l));
  for (const line of body) {
    if (headline && line !== headline && line.text === headline.text) mark(line, 'repeated headline');
  }

  // "› Iran says it thwarted …", "- Maersk says …": two or more bulleted lines in a row without
  // sentence punctuation are headlines of other stories, whatever their length: with link marks
  // anywhere, with list marks only after the article's last paragraph (an article's own list has
  // them too), and never when a colon introduces them.
  const lastParagraph = body.findLast(isProse);
  const inTail = (l: Line) => !lastParagraph || l.start > lastParagraph.start;
  const marked = (l: Line, marks: string[]) => marks.some((b) => l.text.startsWith(b + ' '));
  const bulleted = (l: Line | undefined) =>
    !!l &&
    !SENTENCE_END.test(l.text) &&
    (marked(l, rules.bulletMarks) || (marked(l, rules.listMarks) && inTail(l)));
  for (let i = 0; i < body.length;) {
    let j = i;
    while (bulleted(body[j])) j++;
    if (j - i >= 2 && !body[i - 1]?.text.endsWith(':'))
      for (const line of body.slice(i, j)) mark(line, 'bulleted links');
    i = Math.max(j, i + 1);
  }

  // Link lists and menus: runs of short lines without sentence punctuation. Furniture already
  // found joins a run; the headline and article sub-headings stand alone and so are kept, and so
  // is a list the article introduces with a colon ("The sanctioned units are:").
  let run: Line[] = [];
  let introduced = false;
  const closeRun = () => {
    const short = run.filter((l) => !reasons.has(l));
    if (run.length >= rules.minRun && !introduced)
      for (const l of short) mark(l, `link list (${run.length} short lines in a row)`);
    run = [];
  };
  for (const line of body) {
    const tail = !!lastParagraph && inTail(line);
    if (line !== headline && (reasons.has(line) || isShort(line, rules, tail))) run.push(line);
    else {
      closeRun();
      introduced = line.text.endsWith(':');
    }
  }
  closeRun();

  const furniture: Furniture[] = [
    ...known,
    ...[...reasons].map(([l, reason]) => ({ start: l.start, end: l.end, reason })),
  ];
  for (const cue of rules.inlineCues) {
    for (let at = text.indexOf(cue); at >= 0 && at < tailStart; at = text.indexOf(cue, at + cue.length)) {
      furniture.push({ start: at, end: at + cue.length, reason: `"${cue}" link` });
    }
  }
  const tailEnd = lines.at(-1)?.end ?? text.length;
  if (tailStart < tailEnd) furniture.push({ start: tailStart, end: tailEnd, reason: tailReason });
  furniture.sort((a, b) => a.start - b.start);

  const headerLines = headline
    ? body.filter((l) => l.start < headline.end + 400 && l !== headline && l.words <= 12)
    : [];
  return { furniture, headline, authors: [...authors], headerLines };
}

/** The article's own text: everything that is not furniture, trimmed to non-blank stretches. */
export function regionsOutside(text: string, furniture: Span[]): Span[] {
  const regions: Span[] = [];
  let from = 0;
  const push = (start: number, end: number) => {
    const slice = text.slice(start, end);
    const s = start + (slice.length - slice.trimStart().length);
    const e = end - (slice.length - slice.trimEnd().length);
    if (e > s) regions.push({ start: s, end: e });
  };
  for (const f of furniture) {
    if (f.start > from) push(from, f.start);
    from = Math.max(from, f.end);
  }
  push(from, text.length);
  return regions;
}
