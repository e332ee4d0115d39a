// Closed-class words the frame rules read: forms of "be", auxiliaries, quote marks, determiners,
// speech forms. They are English grammar, not knowledge of actors, so they live in code.
import type { Token } from './tokens.js';

export const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", 'get', 'got', 'gets']);
export const QUOTE_OPEN = new Set(['“', '"', '‘']);
export const QUOTE_CLOSE = new Set(['”', '"', '’']);
export const CLAUSE_STOP = new Set([';']);
/** Most words a scare quote holds (a real quote is longer or starts the sentence). */
export const SCARE_QUOTE = 5;
/** Prepositions that open the offence after a charge ("charged X with …", "indicted X over …"). */
export const LEGAL_COMPLEMENT = new Set(['over', 'for', 'on', 'with', 'in', 'after', 'at', 'from']);
/** Verbs by which an indictment names its defendants. */
export const NAMING_DEFENDANTS = new Set(['names', 'named', 'identifies', 'identified', 'lists', 'listed']);
export const PERSONAL_PRONOUNS = new Set(['i', 'we', 'you', 'he', 'she', 'it', 'they']);
/** Frames whose verb needs an object, with their complements: right before one, it is a passive participle. */
export const REDUCED_PASSIVE: Record<string, Set<string>> = {
  accuse: new Set(['of', 'for', 'over']),
  legal: new Set(['with', 'over', 'for', 'in']),
};
/** "X, joined by Y,": parties that act together with the subject. */
export const COMPANION_LEADS: [string, string][] = [
  ['joined', 'by'],
  ['along', 'with'],
  ['together', 'with'],
];
/** "X, led by Y,": the one who leads the subject, which still acts alone. */
export const LEADER_LEADS: [string, string][] = [
  ['led', 'by'],
  ['headed', 'by'],
  ['founded', 'by'],
  ['chaired', 'by'],
  ['run', 'by'],
];
/** Modal and "do" auxiliaries (and the infinitive "to"), which both lists below start from. */
const MODAL_AUX = ['will', 'would', 'to', 'can', 'could', 'may', 'might', 'did', 'does', 'do'];
/** Words that may stand between a subject and its verb ("has", "would", "allegedly"). */
export const AUX = new Set([
  'has',
  'have',
  'had',
  ...MODAL_AUX,
  'also',
  'allegedly',
  'reportedly',
  'repeatedly',
]);
/** Finite auxiliaries: one right after a noun makes that noun a clause's subject ("the attack was", "the attack had"). */
export const FINITE_AUX = new Set([
  'has',
  'have',
  'had',
  'will',
  'would',
  'can',
  'could',
  'may',
  'might',
  'must',
  'should',
  'did',
  'does',
]);
export const NAMING = new Set([
  'known',
  'tracked',
  'tracks',
  'track',
  'call',
  'called',
  'calls',
  'dubbed',
  'named',
  'referred',
  'nicknamed',
  'codenamed',
  'designated',
]);
/** Before a base form that is a verb, not a noun ("they note", "must state"). */
export const MODALS = new Set([...MODAL_AUX, 'must', 'should', 'they', 'we', 'i', 'you']);
export const SPEECH_FORMS = new Set([
  'said',
  'says',
  'added',
  'adds',
  'told',
  'tells',
  'noted',
  'notes',
  'stated',
  'explained',
  'wrote',
  'writes',
  'insisted',
  'argued',
  'acknowledged',
  'confirmed',
  'announced',
  'responded',
  'replied',
]);
export const LIGHT_VERBS = new Set([
  'carried',
  'carry',
  'carries',
  'carrying',
  'launched',
  'launch',
  'launches',
  'conducted',
  'conduct',
  'conducts',
  'orchestrated',
  'mounted',
  'staged',
  'perpetrated',
  'behind',
  'responsible',
  'executed',
  'waged',
  'wage',
  'wages',
  // ("stepped up attacks on hospitals", "intensified its attacks"; not "stepped in to stop attacks")
  'stepped up',
  'steps up',
  'ramped up',
  'ramps up',
  'intensified',
  'intensifies',
  'escalated',
  'escalates',
  'resumed',
  'resumes',
  'stepping up',
  'ramping up',
  'intensifying',
  'escalating',
  // ("had been involved in cyberattacks on Japanese companies"; the attack noun must follow at once)
  'involved in',
  'participated in',
]);

/** A light verb at `k`, of one word or with its particle ("carried", "stepped up"). */
export function lightVerbAt(toks: readonly Token[], k: number): boolean {
  const w = toks[k]?.lower ?? '';
  return LIGHT_VERBS.has(w) || LIGHT_VERBS.has(`${w} ${toks[k + 1]?.lower ?? ''}`);
}
/** Words that open a relative clause. */
export const RELATIVE_PRONOUNS = new Set(['that', 'which', 'who', 'whom', 'whose']);
/** Particles of phrasal verbs ("shut down", "knocked out"). */
export const PARTICLES = new Set(['down', 'out', 'off', 'up']);
export const DEFINITE = new Set(['the', 'these', 'those', 'this', 'that', 'such']);
/** Attack nouns of any kind: a cyber one only with a cyber word before it ("missile attack", "cyber attack"). */
export const GENERIC_ATTACK = /^(attacks?|raids?|operations?|incidents?|campaigns?)$/;

/** A plural or third-person "-s" form ("attacks", not "access"): no infinitive and no singular noun. */
export function sForm(word: string): boolean {
  return /[^s]s$/.test(word);
}

/** The articles that open an apposition describing the name before it ("Zservers, another Russian host"). */
export const APPOSITION_ARTICLES = new Set(['a', 'an', 'the', 'another']);

export const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'some',
  'any',
  'no',
  'these',
  'those',
  'many',
  'few',
  'its',
  'their',
  'his',
  'her',
  'our',
  'such',
  'promising',
  "'s",
  'this',
  'every',
  'each',
]);
export const VICTIM_PREPS = new Set([
  'of',
  'on',
  'at',
  'against',
  'into',
  'targeting',
  'involving',
  'from',
  'in',
]);
export const ORIGIN = new Set(['originating', 'emanating', 'coming', 'launched', 'emerging', 'stemming']);

/** Adverbs that stand between an auxiliary or a subject and its verb ("was later charged", "later claimed"). */
export const VERB_ADVERBS = new Set([
  'also',
  'not',
  'never',
  'later',
  'then',
  'now',
  'since',
  'already',
  'just',
  'all',
  'first',
  'once',
  'still',
]);

/** A lower-case -ing form ("targeting", "using"; not "Beijing", "Reading", nor "king"). */
export function isGerund(t: Token | undefined): boolean {
  return !!t && t.word && !t.cap && t.lower.length > 4 && t.lower.endsWith('ing');
}

/** A plural noun's singular, as the word lists hold it ("broadcasters", "leaders"). */
export function singular(word: string): string {
  return word.replace(/s$/, '');
}

/** Is the word, or its singular, in any of the lists ("officials" in a list of "official")? */
export function inAnyForm(word: string, lists: { has(word: string): boolean }[]): boolean {
  const one = singular(word);
  return lists.some((l) => l.has(word) || l.has(one));
}

/**
 * "known in the security industry as", "known to researchers as": the index of the "as" that a
 * naming word at `k` reaches past a phrase of lower-case words, else -1.
 */
export function namingAsPast(toks: readonly Token[], k: number): number {
  if (!/^(in|to|among|by)$/.test(toks[k + 1]?.lower ?? '')) return -1;
  for (let j = k + 2; j < k + 8; j++) {
    const t = toks[j];
    if (t?.lower === 'as') return j;
    if (!t?.word || t.cap) return -1;
  }
  return -1;
}
