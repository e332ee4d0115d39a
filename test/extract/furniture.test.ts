// Issue item 7: page furniture is not the article. Extraction reads only the regions and the
// headline; a short heading line states nothing; provenance is an exact slice of the text.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.js';
import { article, kb } from './helpers.js';

const body = 'Britain accused Russia of hacking its elections.\n\n';
const furniture =
  'Recent Posts\n\nChina Accused Of Hacking Microsoft\n\nGermany says Iran hacked its ministries.\n\nAbout the author: Ana Cruz said she covers security.\n';

describe('page furniture', () => {
  it('gives no events from the ranges ingest marked as furniture', () => {
    const text = `UK blames Russia\n${body}${furniture}`;
    const start = text.indexOf('Recent Posts');
    const doc = extractDocument(
      article(text, { headline: true, furniture: [{ start, end: text.length }] }),
      kb,
    );
    const agents = doc.events.map((e) => e.agent);
    expect(doc.events.some((e) => e.cls === 'Accusation')).toBe(true);
    expect(agents).not.toContain('c:germany');
    expect(doc.events.every((e) => e.evidence[0]!.end <= start)).toBe(true);
  });

  it('reads the headline, once, even when a region repeats it', () => {
    const text = 'Canada Accuses China Of Hacking\nCanada Accuses China Of Hacking\n\nThe weather was fine.';
    const doc = extractDocument(article(text, { headline: true }), kb);
    const acc = doc.events.filter((e) => e.cls === 'Accusation');
    expect(acc).toHaveLength(1);
    expect(acc[0]!.evidence[0]!.start).toBe(0);
  });

  it('gives no events from short heading lines inside the article', () => {
    const text = 'Talks end\n\nIran Hacks Back\n\nThe talks ended on Monday.';
    expect(
      extractDocument(article(text, { headline: true }), kb).events.filter((e) => e.cls === 'Cyberattack'),
    ).toEqual([]);
  });

  it('gives evidence that is the exact slice of the text, across typographic quotes and UTF-16', () => {
    const text =
      'Hack 🚨 news\n“We will respond,” said the Kremlin. Iran’s hackers breached Saudi Aramco’s network.';
    const doc = extractDocument(article(text, { headline: true }), kb);
    expect(doc.events.length).toBeGreaterThan(1);
    for (const e of doc.events)
      for (const ev of e.evidence) expect(text.slice(ev.start, ev.end)).toBe(ev.text);
  });
});
