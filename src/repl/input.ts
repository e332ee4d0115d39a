// When is what the user typed a whole query? Balanced braces and a closing `;`, or a blank line.

/** Open `{` minus `}` outside strings, IRIs-in-strings and comments. */
export function braceDepth(text: string): number {
  let depth = 0;
  const re =
    /"""[\s\S]*?(?:"""|$)|'''[\s\S]*?(?:'''|$)|"(?:[^"\\\n]|\\.)*"?|'(?:[^'\\\n]|\\.)*'?|#[^\n]*|[{}]/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0] === '{') depth++;
    else if (m[0] === '}') depth--;
  }
  return depth;
}

export type Entry =
  | { kind: 'incomplete' }
  | { kind: 'empty' }
  | { kind: 'command'; text: string }
  | { kind: 'sparql'; text: string };

/**
 * Decides what the buffered lines amount to once `line` is added. A command is one line (unless
 * its braces are open, as in `:export f.ttl CONSTRUCT {`); SPARQL waits for `;` or a blank line.
 */
export function entry(buffer: string, line: string): Entry {
  const text = buffer ? `${buffer}\n${line}` : line;
  const trimmed = text.trim();
  if (!trimmed) return { kind: 'empty' };
  const blank = buffer !== '' && line.trim() === '';
  const balanced = braceDepth(text) <= 0;
  if (trimmed.startsWith(':')) {
    return balanced || blank ? { kind: 'command', text: trimmed.replace(/;$/, '') } : { kind: 'incomplete' };
  }
  if (blank || (balanced && trimmed.endsWith(';')))
    return { kind: 'sparql', text: trimmed.replace(/;$/, '').trimEnd() };
  return { kind: 'incomplete' };
}
