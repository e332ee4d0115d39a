// What the shell and the engines need to know about a SPARQL text before running it:
// its form, the prefix header every query gets, and where a syntax error points.
import { PREFIXES } from '../graph/prefixes.js';

export type QueryForm = 'SELECT' | 'ASK' | 'CONSTRUCT' | 'DESCRIBE' | 'UPDATE';

const UPDATE_WORDS = new Set([
  'INSERT',
  'DELETE',
  'LOAD',
  'CLEAR',
  'DROP',
  'CREATE',
  'ADD',
  'MOVE',
  'COPY',
  'WITH',
]);
const QUERY_WORDS = new Set(['SELECT', 'ASK', 'CONSTRUCT', 'DESCRIBE']);

/** The prologue every query gets, one PREFIX a line so error lines can be mapped back. */
export const PREFIX_HEADER = Object.entries(PREFIXES)
  .map(([p, iri]) => `PREFIX ${p}: <${iri}>\n`)
  .join('');
const HEADER_LINES = Object.keys(PREFIXES).length;

/** Skips whitespace, comments and PREFIX/BASE declarations; returns the first keyword after them. */
export function queryForm(sparql: string): QueryForm | undefined {
  const prologue = /^(?:\s+|#[^\n]*|PREFIX\s+[^\s:]*:\s*<[^>]*>|BASE\s*<[^>]*>)*/i;
  const rest = sparql.slice(prologue.exec(sparql)?.[0].length ?? 0);
  const word = /^[A-Za-z]+/.exec(rest)?.[0].toUpperCase();
  if (!word) return undefined;
  if (QUERY_WORDS.has(word)) return word as QueryForm;
  if (UPDATE_WORDS.has(word)) return 'UPDATE';
  return undefined;
}

export function withPrefixes(sparql: string): string {
  return PREFIX_HEADER + sparql;
}

export interface SyntaxPosition {
  line: number;
  column: number;
}

/** Maps "error at L:C" in an engine message on a prefixed text back to the user's own text. */
export function syntaxPosition(message: string, headerLines = HEADER_LINES): SyntaxPosition | undefined {
  const m = /error at (\d+):(\d+)/.exec(message);
  if (!m) return undefined;
  const line = Number(m[1]) - headerLines;
  return line >= 1 ? { line, column: Number(m[2]) } : undefined;
}

/** Rewrites the position in an engine message and cuts its endless "expected one of" list. */
export function cleanSyntaxMessage(message: string, pos: SyntaxPosition | undefined): string {
  let text = message.replace(
    /error at \d+:\d+/,
    pos ? `syntax error at line ${pos.line}, column ${pos.column}` : 'syntax error',
  );
  text = text.replace(/\s+/g, ' ');
  // oxigraph lists every token it would accept; past a handful that list says nothing.
  // ([_] is its name for "any character", which tells a reader nothing either.)
  const expected = /expected (?:one of )?(.*)$/.exec(text);
  const tokens = expected?.[1]!.split(', ').filter((t) => t !== '[_]') ?? [];
  if (expected && (tokens.length === 0 || tokens.length > 6))
    text = text.replace(/expected .*$/, 'unexpected input here');
  else if (expected) text = text.replace(/expected .*$/, `expected one of ${tokens.join(', ')}`);
  return text.length > 160 ? `${text.slice(0, 159)}…` : text;
}

/** The offending line with a caret under the column (1-based), for the shell. */
export function caretLines(sparql: string, pos: SyntaxPosition): string {
  const line = sparql.split('\n')[pos.line - 1] ?? '';
  return `${line}\n${' '.repeat(Math.max(0, pos.column - 1))}^`;
}
