// How a term reads to a person: labels for known things, prefixed names, or <IRI>.
import { PREFIXES } from '../graph/prefixes.js';
import type { Term } from './types.js';

const XSD = PREFIXES.xsd!;
/** Longest namespace first, so ngd: wins over a shorter overlapping one. */
const NAMESPACES = Object.entries(PREFIXES).sort((a, b) => b[1].length - a[1].length);

export function prefixed(iri: string): string | undefined {
  for (const [p, ns] of NAMESPACES)
    if (iri.startsWith(ns) && iri.length > ns.length) return `${p}:${iri.slice(ns.length)}`;
  return undefined;
}

/** A short display form; `labels` maps IRIs to their rdfs:label. */
export function displayTerm(t: Term, labels?: ReadonlyMap<string, string>): string {
  if (t.termType === 'NamedNode') return labels?.get(t.value) ?? prefixed(t.value) ?? `<${t.value}>`;
  if (t.termType === 'BlankNode') return `_:${t.value}`;
  if (t.language) return `${t.value}@${t.language}`;
  return t.value;
}

/** The N-Triples spelling of a term (SPARQL TSV uses it). */
export function ntTerm(t: Term): string {
  if (t.termType === 'NamedNode') return `<${t.value}>`;
  if (t.termType === 'BlankNode') return `_:${t.value}`;
  const lexical = `"${t.value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t')}"`;
  if (t.language) return `${lexical}@${t.language}`;
  if (t.datatype && t.datatype !== `${XSD}string`) {
    // Plain numbers and booleans read as themselves, as in SPARQL.
    if (
      [`${XSD}integer`, `${XSD}decimal`, `${XSD}boolean`].includes(t.datatype) &&
      /^[-+]?(\d+\.?\d*|\.\d+|true|false)$/.test(t.value)
    )
      return t.value;
    return `${lexical}^^<${t.datatype}>`;
  }
  return lexical;
}

/** rdf/js terms (n3 quads) as engine terms. */
export function fromRdfjs(t: {
  termType: string;
  value: string;
  language?: string;
  datatype?: { value: string };
}): Term {
  if (t.termType === 'NamedNode') return { termType: 'NamedNode', value: t.value };
  if (t.termType === 'BlankNode') return { termType: 'BlankNode', value: t.value };
  const term: Term = { termType: 'Literal', value: t.value };
  if (t.language) term.language = t.language;
  else if (t.datatype && t.datatype.value !== `${XSD}string`) term.datatype = t.datatype.value;
  return term;
}
