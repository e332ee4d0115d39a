// Trigger matching: the lexicon's verbs, nouns and phrases found in a sentence's tokens.
import { BE, FINITE_AUX, QUOTE_CLOSE, QUOTE_OPEN, sForm } from './grammar.js';
import type { KnowledgeBase, TriggerPattern } from './kb.js';
import type { Token } from './tokens.js';

/** A trigger found in a sentence: tokens [ts, te); gap tokens of the pattern in between. */
export interface TriggerMatch {
  pat: TriggerPattern;
  ts: number;
  te: number;
  /** Token indices where each fixed slot matched. */
  at: number[];
}

const QUOTES = new Set([...QUOTE_OPEN, ...QUOTE_CLOSE]);

export function findTriggers(toks: Token[], kb: KnowledgeBase): TriggerMatch[] {
  const found: TriggerMatch[] = [];
  for (let i = 0; i < toks.length; i++) {
    const pats = kb.triggers.get(toks[i]!.lower);
    if (!pats) continue;
    for (const pat of pats) {
      const at = matchPattern(toks, i, pat);
      if (!at) continue;
      const te = at[at.length - 1]! + 1;
      // "Microsoft claimed the attack was the work of …": a phrase ending in a noun that a finite verb
      // follows ends inside the next clause's subject; a shorter pattern (the verb alone) reads it.
      const next = toks[te]?.lower ?? '';
      if (pat.pos === 'phrase' && (BE.has(next) || FINITE_AUX.has(next))) continue;
      // "Russia claimed attacks on its websites came from Ukraine": a claim that a clause is so, not
      // the claim of an attack; the verb alone reads it.
      if (pat.frame === 'claim' && pat.pos === 'phrase' && claimsClause(toks, te)) continue;
      found.push({ pat, ts: i, te, at });
    }
  }
  // Longest match wins where matches overlap (a phrase over the single verb inside it).
  // On an equal span the noun reading goes first; frames decide from the context (nominalUse).
  // After the infinitive's "to" the verb reading goes first ("tried to hack the OPCW"), but not for a
  // plural, which no infinitive is ("linked Lazarus to attacks on banks").
  const infinitive = (m: TriggerMatch) => toks[m.ts - 1]?.lower === 'to' && !sForm(toks[m.ts]!.lower);
  const nounFirst = (m: TriggerMatch) => Number(m.pat.pos === 'noun') * (infinitive(m) ? -1 : 1);
  found.sort((a, b) => b.te - b.ts - (a.te - a.ts) || a.ts - b.ts || nounFirst(b) - nounFirst(a));
  const taken = new Set<number>();
  const keep: TriggerMatch[] = [];
  for (const m of found) {
    if (m.at.some((k) => taken.has(k))) continue;
    m.at.forEach((k) => taken.add(k));
    keep.push(m);
  }
  return keep.sort((a, b) => a.ts - b.ts);
}

function matchPattern(toks: Token[], i: number, pat: TriggerPattern): number[] | null {
  const at: number[] = [i];
  let k = i + 1;
  for (let s = 1; s < pat.slots.length; s++) {
    const slot = pat.slots[s];
    if (slot === null) {
      const want = pat.slots[s + 1]!;
      // A run of capitalised words counts as its last word, articles and "and" as none: "identified
      // by the Australian Signals Directorate and the Australian Federal Police as".
      let j = k;
      let words = 0;
      while (
        j < toks.length &&
        words <= pat.gap &&
        !want.has(toks[j]!.lower) &&
        toks[j]!.text !== '.' &&
        toks[j]!.text !== ';'
      ) {
        const t = toks[j]!;
        // "blamed (Russia) for attacks on Ukraine" is "blame X for", not "blame … on X".
        if (pat.frame === 'attribute' && t.lower === 'for') return null;
        if (!(t.cap && toks[j + 1]?.cap) && !/^(the|a|an|and)$/.test(t.lower)) words++;
        j++;
      }
      if (j >= toks.length || words > pat.gap || !want.has(toks[j]!.lower)) return null;
      at.push(j);
      k = j + 1;
      s++;
      continue;
    }
    // 'was "working closely" with': scare quotes inside a phrase do not break it.
    while (k < toks.length && QUOTES.has(toks[k]!.text) && !slot!.has(toks[k]!.lower)) k++;
    if (k >= toks.length || !slot!.has(toks[k]!.lower)) return null;
    at.push(k);
    k++;
  }
  return at;
}

/** A finite verb before the clause ends: the words from `k` are a clause's subject and verb. */
export function claimsClause(toks: Token[], k: number): boolean {
  for (let j = k; j < toks.length && j < k + 10; j++) {
    const t = toks[j]!;
    if (t.text === ',' || t.text === '.' || /^(that|which|who|and)$/.test(t.lower)) return false;
    // (Not the possessive: "claimed responsibility for disrupting OpenAI's service".)
    const be = BE.has(t.lower) && t.lower !== "'s";
    if (be || FINITE_AUX.has(t.lower) || /^(came|come|comes|originated)$/.test(t.lower)) return true;
  }
  return false;
}
