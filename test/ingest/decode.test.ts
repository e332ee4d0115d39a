import { describe, expect, it } from 'vitest';
import { decodeText, DecodeError } from '../../src/ingest/decode.js';

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

describe('decodeText', () => {
  it.each([
    ['UTF-8', bytes('Kerry said “crystal clear”.'), 'Kerry said “crystal clear”.', []],
    [
      'UTF-8 with a byte order mark (removed)',
      bytes([0xef, 0xbb, 0xbf], 'China denied it.'),
      'China denied it.',
      [],
    ],
    [
      'Latin-1',
      bytes('Le pr', [0xe9], 'sident a ni', [0xe9], ' les accusations.'),
      'Le président a nié les accusations.',
      ['not UTF-8: decoded as Latin-1 (Windows-1252)'],
    ],
    [
      'Windows-1252 curly quotes',
      bytes([0x93], 'frank', [0x94], ' talks'),
      '“frank” talks',
      ['not UTF-8: decoded as Latin-1 (Windows-1252)'],
    ],
    [
      'UTF-8 with a stray byte (replaced, not read as Latin-1)',
      bytes('“Crystal clear,” said Kerry ', [0xe9], ' in Vienna – “again”.'),
      '“Crystal clear,” said Kerry \ufffd in Vienna – “again”.',
      ['1 invalid UTF-8 byte sequence replaced with U+FFFD'],
    ],
    [
      'UTF-16LE with a byte order mark',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Beijing', 'utf16le')]),
      'Beijing',
      ['decoded as UTF-16LE (byte order mark)'],
    ],
  ] as const)('%s', (_name, input, text, notes) => {
    expect(decodeText(input)).toEqual({ text, notes });
  });

  it.each([
    ['a NUL byte (binary)', bytes('PK', [0x03, 0x04, 0x00, 0x00], 'rest'), 'binary file, not text'],
    [
      'many control characters (binary)',
      Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41))),
      'binary file, not text',
    ],
    [
      'mostly high bytes (neither UTF-8 nor Latin-1 prose)',
      Buffer.from(Array.from({ length: 100 }, (_, i) => 0xa0 + (i % 90))),
      'not UTF-8 text (and not Latin-1): re-save it as UTF-8',
    ],
    [
      'a byte Windows-1252 leaves undefined',
      bytes('abc', [0x81], 'def'),
      'not UTF-8 text (and not Latin-1): re-save it as UTF-8',
    ],
  ])('refuses %s', (_name, input, message) => {
    expect(() => decodeText(input)).toThrow(new DecodeError(message));
  });
});
