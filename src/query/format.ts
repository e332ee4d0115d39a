// One formatting module for every place results are shown: the shell, `newsgraph query`, and the
// server's /sparql endpoint. Text formats follow the W3C SPARQL 1.1 results specs.
import { Writer } from 'n3';
import { PREFIXES } from '../graph/prefixes.js';
import { UsageError } from '../errors.js';
import { resultToJson } from './sparql-json.js';
import { displayTerm, fromRdfjs, ntTerm } from './terms.js';
import type { QueryResult, Row, Term } from './types.js';

export const FORMATS = ['table', 'csv', 'tsv', 'json', 'jsonl', 'xml', 'turtle'] as const;
export type Format = (typeof FORMATS)[number];

export function isFormat(name: string): name is Format {
  return (FORMATS as readonly string[]).includes(name);
}

/** Media types, for the SPARQL protocol and content negotiation. */
export const MEDIA_TYPES: Record<Format, string> = {
  table: 'text/plain; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  tsv: 'text/tab-separated-values; charset=utf-8',
  json: 'application/sparql-results+json',
  jsonl: 'application/x-ndjson',
  xml: 'application/sparql-results+xml',
  turtle: 'text/turtle',
};

export interface FormatOptions {
  /** IRI -> label, so tables show names instead of IRIs. */
  labels?: ReadonlyMap<string, string>;
  /** Width a table may take (the terminal's); the widest columns are cut with an ellipsis to fit. */
  width?: number;
  /** Shown after a table: "3 rows (12 ms)". */
  elapsedMs?: number;
}

type Bindings = Extract<QueryResult, { kind: 'bindings' }>;

/** A graph result as rows of ?subject ?predicate ?object, for the tabular formats. */
function quadsAsBindings(result: Extract<QueryResult, { kind: 'quads' }>): Bindings {
  const rows: Row[] = result.quads.map((q) => ({
    subject: fromRdfjs(q.subject),
    predicate: fromRdfjs(q.predicate),
    object: fromRdfjs(q.object),
  }));
  return { kind: 'bindings', vars: ['subject', 'predicate', 'object'], rows };
}

export function formatResult(result: QueryResult, format: Format, opts: FormatOptions = {}): string {
  if (result.kind === 'quads') {
    if (format === 'turtle') return toTurtle(result.quads);
    if (format === 'table')
      return `${toTurtle(result.quads)}${footer(result.quads.length, 'triple', opts.elapsedMs)}`;
    return formatResult(quadsAsBindings(result), format, opts);
  }
  switch (format) {
    case 'table':
      return result.kind === 'boolean'
        ? `${result.value ? 'yes' : 'no'}\n${footer(undefined, '', opts.elapsedMs)}`
        : table(result, opts);
    case 'csv':
      return result.kind === 'boolean' ? `${result.value}\n` : csv(result);
    case 'tsv':
      return result.kind === 'boolean' ? `${result.value}\n` : tsv(result);
    case 'json':
      return `${JSON.stringify(resultToJson(result))}\n`;
    case 'jsonl':
      return result.kind === 'boolean' ? `${JSON.stringify({ boolean: result.value })}\n` : jsonl(result);
    case 'xml':
      return xml(result);
    case 'turtle':
      throw new UsageError(
        'turtle is for CONSTRUCT and DESCRIBE results; choose table, csv, tsv, json, jsonl or xml',
      );
  }
}

function footer(count: number | undefined, noun: string, elapsedMs: number | undefined): string {
  const parts: string[] = [];
  if (count !== undefined) parts.push(`${count} ${noun}${count === 1 ? '' : 's'}`);
  if (elapsedMs !== undefined) parts.push(`(${Math.round(elapsedMs)} ms)`);
  return parts.length ? `${parts.join(' ')}\n` : '';
}

function cut(text: string, width: number): string {
  const oneLine = text.replace(/\s+/g, ' ');
  return oneLine.length > width ? `${oneLine.slice(0, width - 1)}…` : oneLine;
}

/** Natural column widths, the widest shrunk one by one until the table fits `total`. */
function fitWidths(natural: number[], total: number): number[] {
  const widths = natural.map((w) => Math.min(w, MAX_CELL));
  const budget = total - 1 - 3 * widths.length;
  for (let sum = widths.reduce((a, b) => a + b, 0); sum > budget; sum--) {
    const widest = widths.indexOf(Math.max(...widths));
    if (widths[widest]! <= MIN_CELL) break;
    widths[widest]!--;
  }
  return widths;
}

const MAX_CELL = 80;
const MIN_CELL = 8;

function table(result: Bindings, opts: FormatOptions): string {
  const { vars } = result;
  const full = result.rows.map((row) =>
    vars.map((v) => (row[v] ? displayTerm(row[v], opts.labels).replace(/\s+/g, ' ') : '')),
  );
  const natural = vars.map((v, i) => Math.max(v.length + 1, ...full.map((r) => r[i]!.length)));
  const widths = fitWidths(natural, opts.width ?? 120);
  const cells = full.map((r) => r.map((c, i) => cut(c, Math.max(widths[i]!, vars[i]!.length + 1))));
  const line = (values: string[]) => `│ ${values.map((c, i) => c.padEnd(widths[i]!)).join(' │ ')} │\n`;
  const rule = (l: string, m: string, r: string) =>
    `${l}${widths.map((w) => '─'.repeat(w + 2)).join(m)}${r}\n`;
  let out = rule('┌', '┬', '┐') + line(vars.map((v) => `?${v}`)) + rule('├', '┼', '┤');
  for (const r of cells) out += line(r);
  out += rule('└', '┴', '┘');
  return out + footer(result.rows.length, 'row', opts.elapsedMs);
}

function csvField(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** SPARQL 1.1 CSV: plain values, CRLF line ends. */
function csv(result: Bindings): string {
  const lines = [result.vars.map(csvField).join(',')];
  for (const row of result.rows) {
    lines.push(result.vars.map((v) => (row[v] ? csvField(csvValue(row[v])) : '')).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

function csvValue(t: Term): string {
  return t.termType === 'BlankNode' ? `_:${t.value}` : t.value;
}

/** SPARQL 1.1 TSV: terms in N-Triples/SPARQL syntax, header with ?vars. */
function tsv(result: Bindings): string {
  const lines = [result.vars.map((v) => `?${v}`).join('\t')];
  for (const row of result.rows)
    lines.push(result.vars.map((v) => (row[v] ? ntTerm(row[v]) : '')).join('\t'));
  return `${lines.join('\n')}\n`;
}

/** One JSON object a row: each variable's plain value (IRI or lexical form). */
function jsonl(result: Bindings): string {
  return result.rows
    .map((row) => {
      const obj: Record<string, string> = {};
      for (const v of result.vars) if (row[v]) obj[v] = row[v].value;
      return `${JSON.stringify(obj)}\n`;
    })
    .join('');
}

function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function xmlTerm(t: Term): string {
  if (t.termType === 'NamedNode') return `<uri>${esc(t.value)}</uri>`;
  if (t.termType === 'BlankNode') return `<bnode>${esc(t.value)}</bnode>`;
  const attr = t.language
    ? ` xml:lang="${esc(t.language)}"`
    : t.datatype
      ? ` datatype="${esc(t.datatype)}"`
      : '';
  return `<literal${attr}>${esc(t.value)}</literal>`;
}

/** SPARQL Query Results XML Format. */
function xml(result: Exclude<QueryResult, { kind: 'quads' }>): string {
  const open = '<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">\n';
  if (result.kind === 'boolean') return `${open}  <head/>\n  <boolean>${result.value}</boolean>\n</sparql>\n`;
  const head = result.vars.map((v) => `    <variable name="${esc(v)}"/>\n`).join('');
  const rows = result.rows
    .map((row) => {
      const bindings = result.vars
        .filter((v) => row[v])
        .map((v) => `      <binding name="${esc(v)}">${xmlTerm(row[v]!)}</binding>\n`)
        .join('');
      return `    <result>\n${bindings}    </result>\n`;
    })
    .join('');
  return `${open}  <head>\n${head}  </head>\n  <results>\n${rows}  </results>\n</sparql>\n`;
}

/** Turtle with the graph's prefixes (oxigraph's own dump writes none). */
export function toTurtle(
  quads: import('n3').Quad[],
  format: 'Turtle' | 'TriG' | 'N-Triples' = 'Turtle',
): string {
  const writer = new Writer({ format, prefixes: format === 'N-Triples' ? {} : { ...PREFIXES } });
  writer.addQuads(quads);
  let out = '';
  writer.end((err, text) => {
    if (err) throw err;
    out = text;
  });
  return out;
}
