// Roster sentences: "Those named include A …", "The others are B, C and D" list the people of a
// story's group ("seven Russian men") by a subject that points back to it.
import type { KnowledgeBase } from './kb.js';
import type { SentMention } from './mentions.js';
import type { Token } from './tokens.js';

/** The people a roster sentence lists; `count` when its subject counts them ("The two men are …"). */
export interface Roster {
  people: string[];
  count?: number;
}

/** Marks that set a list of names off after the subject, up to the same mark again. */
const APPOSITION = new Set([',', '—', '–', '--']);

/** Verbs that open the list after the subject. */
const LISTING = new Set(['are', 'were', 'include', 'includes', 'included']);

/**
 * The people a sentence lists after a subject that points back to a group ("Those named", "Those
 * sanctioned", "The others", "The seven men"), else none. The list must start right after the verb
 * (a title may come first): in "They are accused of working with X" X is no member.
 */
export function rosterOf(
  toks: Token[],
  found: SentMention[],
  kb: KnowledgeBase,
  isPerson: (key: string) => boolean,
): Roster | undefined {
  const subject = groupSubject(toks, kb);
  if (!subject) return undefined;
  // "The four — A, B, C and D — were …", "The two men, A and B, are …": the names set off after the subject.
  const aside = APPOSITION.has(toks[subject.end]?.text ?? '');
  const close = aside ? toks.findIndex((t, k) => k > subject.end && t.text === toks[subject.end]!.text) : -1;
  if (aside ? close < 0 : !LISTING.has(toks[subject.end]?.lower ?? '')) return undefined;
  const people = found.filter(
    (m) => m.ts > subject.end && (close < 0 || m.te <= close) && !m.modifier && isPerson(m.key),
  );
  const first = people[0];
  if (!first || first.ts - subject.end > 2) return undefined;
  const keys = [...new Set(people.map((m) => m.key))];
  // "The two men are A and B": a counted subject must count the names listed.
  if (subject.count !== undefined && subject.count !== keys.length) return undefined;
  return { people: keys, count: subject.count };
}

/** The end of a subject that points back to a group of people, and its count if it gives one. */
function groupSubject(toks: Token[], kb: KnowledgeBase): { end: number; count?: number } | undefined {
  const w = (k: number) => toks[k]?.lower ?? '';
  const number = (k: number) => (/^\d{1,2}$/.test(w(k)) ? Number(w(k)) : kb.words.countWords.get(w(k)));
  // "Those named", "Those charged", "Those sanctioned" (not "Those targeted": the victims).
  if (w(0) === 'those') return kb.words.rosterWords.has(w(1)) ? { end: 2 } : undefined;
  if (w(0) !== 'the') return undefined;
  // "The others", "The other four".
  if (w(1) === 'others') return { end: 2 };
  if (w(1) === 'other' && number(2)) return { end: kb.words.defendantNouns.has(w(3)) ? 4 : 3 };
  // "The seven men", "The five defendants", "The four — A, B, C and D —".
  const count = number(1);
  if (count && kb.words.defendantNouns.has(w(2))) return { end: 3, count };
  if (count && APPOSITION.has(toks[2]?.text ?? '')) return { end: 2, count };
  return undefined;
}
