// Roster sentences: "Those named include A …", "The others are B, C and D" list the people of a
// story's group ("seven Russian men") by a subject that points back to it.
import type { KnowledgeBase } from './kb.js';
import type { SentMention } from './mentions.js';
import type { Token } from './tokens.js';

/** Verbs that open the list after the subject. */
const LISTING = new Set(['are', 'were', 'include', 'includes', 'included']);

/**
 * The people a sentence lists after a subject that points back to a group ("Those named",
 * "Those sanctioned", "The others", "The seven men"), else none. The list must start right after the
 * verb (a title may come first): in "They are accused of working with X" X is no member.
 */
export function rosterOf(
  toks: Token[],
  found: SentMention[],
  kb: KnowledgeBase,
  isPerson: (key: string) => boolean,
): string[] {
  const verb = groupSubjectEnd(toks, kb);
  if (verb < 0 || !LISTING.has(toks[verb]?.lower ?? '')) return [];
  const people = found.filter((m) => m.ts > verb && !m.modifier && isPerson(m.key));
  const first = people[0];
  if (!first || first.ts - verb > 2) return [];
  return [...new Set(people.map((m) => m.key))];
}

/** The index after a subject that points back to a group of people, else -1. */
function groupSubjectEnd(toks: Token[], kb: KnowledgeBase): number {
  const w = (k: number) => toks[k]?.lower ?? '';
  // "Those named", "Those charged", "Those sanctioned".
  if (w(0) === 'those') return /ed$/.test(w(1)) ? 2 : 1;
  if (w(0) !== 'the') return -1;
  // "The others", "The other four".
  if (w(1) === 'others') return 2;
  const counted = (k: number) => /^\d{1,2}$/.test(w(k)) || kb.words.countWords.has(w(k));
  if (w(1) === 'other' && counted(2)) return kb.words.defendantNouns.has(w(3)) ? 4 : 3;
  // "The seven men", "The five defendants".
  if (counted(1) && kb.words.defendantNouns.has(w(2))) return 3;
  return -1;
}
