// SPARQL 1.1 Query Results JSON <-> the engine's Term rows (W3C format, used by both engines).
import type { QueryResult, Row, Term } from './types.js';

export interface JsonTerm {
  type: 'uri' | 'bnode' | 'literal' | 'typed-literal' | 'triple';
  value: string;
  'xml:lang'?: string;
  datatype?: string;
}

export interface SparqlJson {
  head: { vars?: string[] };
  results?: { bindings: Record<string, JsonTerm>[] };
  boolean?: boolean;
}

const XSD_STRING = 'http://www.w3.org/2001/XMLSchema#string';

export function termFromJson(t: JsonTerm): Term {
  if (t.type === 'uri') return { termType: 'NamedNode', value: t.value };
  if (t.type === 'bnode') return { termType: 'BlankNode', value: t.value };
  const term: Term = {
    termType: 'Literal',
    value: typeof t.value === 'string' ? t.value : JSON.stringify(t.value),
  };
  if (t['xml:lang']) term.language = t['xml:lang'];
  else if (t.datatype && t.datatype !== XSD_STRING) term.datatype = t.datatype;
  return term;
}

export function termToJson(t: Term): JsonTerm {
  if (t.termType === 'NamedNode') return { type: 'uri', value: t.value };
  if (t.termType === 'BlankNode') return { type: 'bnode', value: t.value };
  const json: JsonTerm = { type: 'literal', value: t.value };
  if (t.language) json['xml:lang'] = t.language;
  else if (t.datatype) json.datatype = t.datatype;
  return json;
}

export function resultFromJson(json: SparqlJson): QueryResult {
  if (typeof json.boolean === 'boolean') return { kind: 'boolean', value: json.boolean };
  const rows = (json.results?.bindings ?? []).map((b) => {
    const row: Row = {};
    for (const [k, v] of Object.entries(b)) row[k] = termFromJson(v);
    return row;
  });
  return { kind: 'bindings', vars: json.head.vars ?? [], rows };
}

export function resultToJson(result: Exclude<QueryResult, { kind: 'quads' }>): SparqlJson {
  if (result.kind === 'boolean') return { head: {}, boolean: result.value };
  const bindings = result.rows.map((row) => {
    const b: Record<string, JsonTerm> = {};
    for (const v of result.vars) {
      const t = row[v];
      if (t) b[v] = termToJson(t);
    }
    return b;
  });
  return { head: { vars: result.vars }, results: { bindings } };
}
