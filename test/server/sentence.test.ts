import { describe, expect, it } from 'vitest';
import { sentenceAround } from '../../src/server/sentence.js';

describe('sentenceAround', () => {
  const text =
    'Headline here\n\nFirst sentence. America has frequently accused China of cyber attacks. Last one “quoted.” Next.';

  it('finds the sentence holding the span and where the span sits in it', () => {
    const start = text.indexOf('accused');
    const r = sentenceAround(text, start, start + 'accused'.length);
    expect(r.sentence).toBe('America has frequently accused China of cyber attacks.');
    expect(r.sentence.slice(r.spanInSentence.start, r.spanInSentence.end)).toBe('accused');
    expect(text.slice(r.offset, r.offset + r.sentence.length)).toBe(r.sentence);
  });

  it('stops at line breaks and keeps closing quotes', () => {
    expect(sentenceAround(text, 0, 4).sentence).toBe('Headline here');
    const start = text.indexOf('Last');
    expect(sentenceAround(text, start, start + 4).sentence).toBe('Last one “quoted.”');
  });

  it('keeps a span that crosses sentences whole', () => {
    const start = text.indexOf('sentence.');
    const end = text.indexOf('China') + 5;
    const r = sentenceAround(text, start, end);
    expect(r.sentence).toBe('First sentence. America has frequently accused China of cyber attacks.');
  });
});
