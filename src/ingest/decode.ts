// Bytes to text. UTF-8 is the norm; a file that is clearly Latin-1 (Windows-1252) is decoded and
// the fact noted; anything that looks binary is refused rather than guessed at.

export interface Decoded {
  text: string;
  notes: string[];
}

/** Why bytes could not be read as text; the caller names the file. */
export class DecodeError extends Error {}

const UTF8_BOM = [0xef, 0xbb, 0xbf];
/** Bytes that Windows-1252 leaves undefined: their presence means it is not Latin-1 text either. */
const CP1252_UNDEFINED = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);
/**
 * Windows-1252's characters for 0x80..0x9F (curly quotes, dashes, the euro sign). Node's
 * TextDecoder decodes 'windows-1252' as ISO-8859-1 in builds without full ICU, which would turn
 * these into invisible C1 control characters, so they are mapped here.
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeCp1252(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
  return out;
}

function hasPrefix(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** Text files do not contain NUL or many C0 control characters; binary formats do. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 64 * 1024);
  let controls = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) controls++;
  }
  return controls > sample.length * 0.01;
}

/** Counts well-formed and malformed multi-byte UTF-8 sequences (ASCII bytes are neither). */
function utf8Sequences(bytes: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x80) continue;
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = length > 0 && i + length <= bytes.length;
    for (let k = 1; ok && k < length; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    if (ok) {
      valid++;
      i += length - 1;
    } else invalid++;
  }
  return { valid, invalid };
}

export function decodeText(bytes: Uint8Array): Decoded {
  if (hasPrefix(bytes, [0xff, 0xfe]) || hasPrefix(bytes, [0xfe, 0xff])) {
    const le = bytes[0] === 0xff;
    return {
      text: new TextDecoder(le ? 'utf-16le' : 'utf-16be').decode(bytes.subarray(2)),
      notes: [`decoded as UTF-16${le ? 'LE' : 'BE'} (byte order mark)`],
    };
  }
  if (looksBinary(bytes)) throw new DecodeError('binary file, not text');
  const body = hasPrefix(bytes, UTF8_BOM) ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), notes: [] };
  } catch {
    // Not UTF-8: damaged UTF-8 or Latin-1, told apart below.
  }
  // UTF-8 with a few broken bytes (a bad copy-paste) is still UTF-8, and Latin-1 rarely contains
  // valid multi-byte sequences: decoding it as Latin-1 would turn every “ into mojibake.
  const { valid, invalid } = utf8Sequences(body);
  if (valid > invalid) {
    return {
      text: new TextDecoder('utf-8').decode(body),
      notes: [`${invalid} invalid UTF-8 byte sequence${invalid === 1 ? '' : 's'} replaced with U+FFFD`],
    };
  }
  let high = 0;
  for (const b of body) {
    if (CP1252_UNDEFINED.has(b))
      throw new DecodeError('not UTF-8 text (and not Latin-1): re-save it as UTF-8');
    if (b >= 0x80) high++;
  }
  // Latin-1 prose is mostly ASCII with the odd accented letter or curly quote.
  if (high > body.length * 0.3)
    throw new DecodeError('not UTF-8 text (and not Latin-1): re-save it as UTF-8');
  return {
    text: decodeCp1252(body),
    notes: ['not UTF-8: decoded as Latin-1 (Windows-1252)'],
  };
}
