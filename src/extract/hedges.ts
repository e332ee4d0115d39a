// Hedges, negation and confidence: how sure the text is that an event happened.
import type { Hedge } from '../model/types.js';
import type { KnowledgeBase } from './kb.js';
import type { Token } from './tokens.js';

const CLAUSE_STOP = new Set([';', ':', '"', '“', '”']);

/**
 * Not asserted: negated ("did not hack", "never accused", "no agreement") or unrealised ("urged
 * the EU to impose sanctions", "threatened to indict"), which tells what someone wants done, not
 * what was done.
 */
export function isNegated(toks: Token[], triggerStart: number, kb: KnowledgeBase): boolean {
  return cueBefore(toks, triggerStart, kb) !== undefined || isUnrealised(toks, triggerStart, kb);
}

/** A negation cue in the few words before the trigger: only this, not a wish or a refusal to say, can be a denial. */
export function negationBefore(toks: Token[], triggerStart: number, kb: KnowledgeBase): boolean {
  return cueBefore(toks, triggerStart, kb) === 'negation';
}

function cueBefore(
  toks: Token[],
  triggerStart: number,
  kb: KnowledgeBase,
): 'negation' | 'withholding' | undefined {
  for (let k = triggerStart - 1; k >= Math.max(0, triggerStart - 6); k--) {
    const t = toks[k]!;
    if (CLAUSE_STOP.has(t.text) || t.text === ',') break;
    // (Past four words only a quantified subject: "None of them has been arrested".)
    if (k < triggerStart - 4 && !(/^(none|neither)$/.test(t.lower) && toks[k + 1]?.lower === 'of')) continue;
    if (kb.withholdings.has(t.lower)) return 'withholding';
    if (kb.negations.has(t.lower) || t.lower === "'t") return 'negation';
  }
  return undefined;
}

function isUnrealised(toks: Token[], triggerStart: number, kb: KnowledgeBase): boolean {
  // "could start hacking", "will begin targeting": a modal before a verb of starting (but "will
  // continue attacking" goes on with what is done).
  if (
    kb.words.startingVerbs.has(toks[triggerStart - 1]?.lower ?? '') &&
    kb.words.unrealisedVerbs.has(toks[triggerStart - 2]?.lower ?? '')
  )
    return true;
  if (toks[triggerStart - 1]?.lower !== 'to') return false;
  for (let k = triggerStart - 2; k >= Math.max(0, triggerStart - 10); k--) {
    const t = toks[k]!;
    if (CLAUSE_STOP.has(t.text)) break;
    // "a group it calls Zinc tried to …": a verb that names is not one that asks.
    if (kb.words.namingReportVerbs.has(t.lower) && /^\p{Lu}/u.test(toks[k + 1]?.text ?? '')) break;
    if (kb.words.unrealisedVerbs.has(t.lower)) return true;
  }
  return false;
}

/** The hedge that qualifies the trigger: a hedge word shortly before it in the same clause, or right after it. */
export function hedgeOf(
  toks: Token[],
  triggerStart: number,
  triggerEnd: number,
  kb: KnowledgeBase,
): Hedge | undefined {
  // Ten words back reaches a hedge on the subject: "Chinese hackers, believed to be linked to the army, breached".
  for (let k = triggerStart - 1; k >= Math.max(0, triggerStart - 10); k--) {
    const t = toks[k]!;
    if (CLAUSE_STOP.has(t.text)) break;
    const h = kb.hedges.get(t.lower);
    if (h) return h;
  }
  // "believed to be behind", "thought to have".
  const after = toks[triggerEnd];
  if (
    after &&
    (after.lower === 'believed' || after.lower === 'thought') &&
    toks[triggerEnd + 1]?.lower === 'to'
  )
    return 'believed';
  return undefined;
}

/** The frame's base confidence, lowered by a hedge. */
export function confidenceOf(base: number, hedge: Hedge | undefined, kb: KnowledgeBase): number {
  const c = hedge ? base * kb.hedgeConfidence[hedge] : base;
  return Math.round(c * 100) / 100;
}
