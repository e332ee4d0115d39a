// Tokenizer: words, dotted acronyms, clitics and single punctuation marks, with offsets into the text.
// Hand-written because it is the hot loop of extraction (see docs/extractor.md for the measurement).

export interface Token {
  text: string;
  /** Lower case, typographic apostrophes and quotes folded to ASCII. */
  lower: string;
  start: number;
  end: number;
  /** First character is an upper-case letter (or digits before capitals: "3CX"). */
  cap: boolean;
  /** Two or more letters, all upper case (an acronym such as "US", "PLA"). */
  allCaps: boolean;
  /** Starts with a letter or digit. */
  word: boolean;
  /** Whitespace (or the start of the range) precedes the token. */
  spaceBefore: boolean;
}

// "O'Neil", "D'Souza": an apostrophe between capitals is inside a surname, and so is one before
// lower case that is no clitic ("Ya'alon", not "Iran's", "They're"); "AT&T" is one name.
const TOKEN_RE =
  /\p{Lu}['’]\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}*['’](?!(?:s|t|re|ve|ll|d|m)(?!\p{L}))\p{Ll}{2,}|\p{Lu}+&\p{Lu}+|(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:[.,]\p{N}+)*\$?|['’](?:s|t|re|ve|ll|d|m)(?!\p{L})|\S/gu;
// "3CX": digits then only capitals (two or more) are a name too; not "5G", "5GHz", nor a unit of
// measure written that way ("4TB", "2FA", "10PM"), which English spells with these few letters.
const UPPER = /^(?:\p{Lu}|\p{N}+(?!(?:[KMGTP]B|FA|[AP]M|[KMG]W|BN|MN)$)\p{Lu}{2,}$)/u;
const WORDISH = /^[\p{L}\p{N}]/u;
const HAS_LOWER = /\p{Ll}/u;

export function fold(s: string): string {
  return s
    .replace(/[‘’ʼ`]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—]/g, '-')
    .toLowerCase();
}

export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  const slice = text.slice(start, end);
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  let prevEnd = 0;
  while ((m = TOKEN_RE.exec(slice)) !== null) {
    const t = m[0];
    const s = m.index;
    const word = WORDISH.test(t);
    out.push({
      text: t,
      lower: fold(t),
      start: start + s,
      end: start + s + t.length,
      cap: UPPER.test(t),
      allCaps: word && t.length > 1 && !HAS_LOWER.test(t) && /\p{Lu}/u.test(t),
      word,
      spaceBefore: s === 0 || s > prevEnd,
    });
    prevEnd = s + t.length;
  }
  return out;
}

/** "Masoud Jalili, 36, Seyyed Ali Aghamiri": a person's age between commas, from the comma at k. */
export function ageBetweenCommas(toks: Token[], k: number): boolean {
  return toks[k]?.text === ',' && /^\d{1,2}$/.test(toks[k + 1]?.text ?? '') && toks[k + 2]?.text === ',';
}
