// The sentence around an evidence span, so the viewer can show a fact in context.

const MAX_SENTENCE = 600;

/**
 * Expands [start, end) to the sentence that holds it: back to the previous sentence end or line
 * break, forward to the next one. Very long "sentences" (lists, tables) are cut around the span.
 */
export function sentenceAround(
  text: string,
  start: number,
  end: number,
): { sentence: string; offset: number; spanInSentence: { start: number; end: number } } {
  let from = start;
  while (from > 0 && !isBoundaryBefore(text, from)) from--;
  let to = end;
  while (to < text.length && !isBoundaryAfter(text, to)) to++;
  if (to < text.length) to++; // keep the full stop
  while (to < text.length && /["”’)]/.test(text[to]!)) to++;
  from = Math.max(from, start - MAX_SENTENCE / 2);
  to = Math.min(to, end + MAX_SENTENCE / 2);
  // Trim whitespace without moving past the span.
  while (from < start && /\s/.test(text[from]!)) from++;
  while (to > end && /\s/.test(text[to - 1]!)) to--;
  return {
    sentence: text.slice(from, to),
    offset: from,
    spanInSentence: { start: start - from, end: end - from },
  };
}

function isBoundaryBefore(text: string, i: number): boolean {
  const prev = text[i - 1]!;
  if (prev === '\n') return true;
  // ". X": the previous sentence ended two characters back.
  return /\s/.test(prev) && /[.!?]["”’)]?$/.test(text.slice(Math.max(0, i - 3), i - 1));
}

function isBoundaryAfter(text: string, i: number): boolean {
  const ch = text[i]!;
  if (ch === '\n') return true;
  if (!/[.!?]/.test(ch)) return false;
  const next = text[i + 1];
  return next === undefined || /[\s"”’)]/.test(next);
}
