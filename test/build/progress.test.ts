// The progress display: a bar redrawn in place on a terminal, nothing but plain lines elsewhere.
import { describe, expect, it } from 'vitest';
import { createProgress } from '../../src/build/progress.js';

function fakeStream(isTTY: boolean) {
  const writes: string[] = [];
  return {
    writes,
    stream: { isTTY, write: (s: string) => writes.push(s) > 0 } as unknown as NodeJS.WriteStream,
  };
}

describe('build progress', () => {
  it('on a terminal: a bar with documents/s, words/s and ETA, redrawn with \\r, cleared at the end', () => {
    const { writes, stream } = fakeStream(true);
    const p = createProgress(4, stream);
    p.tick(1200);
    const bar = writes.join('');
    expect(bar).toMatch(/\[######\.{18}\] 1\/4 documents {2}[\d,]+ docs\/s {2}[\d,]+ words\/s {2}ETA \d+s/);
    p.say('newsgraph: a.txt: empty file');
    expect(writes.slice(-2)).toEqual(['\r\x1b[2K', 'newsgraph: a.txt: empty file\n']);
    p.done();
    expect(writes.join('')).not.toMatch(/\[#+\.*\][^\r]*$/);
  });

  it('elsewhere: no bar, no carriage returns; failures still get their line', () => {
    const { writes, stream } = fakeStream(false);
    const p = createProgress(3, stream);
    p.tick(10);
    p.say('newsgraph: b.txt: binary file, not text');
    p.tick(10);
    p.done();
    expect(writes).toEqual(['newsgraph: b.txt: binary file, not text\n']);
  });
});
