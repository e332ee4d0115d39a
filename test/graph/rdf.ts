// Parsing exports back, and comparing graphs. The graphs have no blank nodes, so two graphs are
// isomorphic exactly when their sets of N-Quads lines are equal.
import jsonld from 'jsonld';
import { Parser, Writer, type Quad } from 'n3';

const writer = new Writer({ format: 'N-Quads' });

export const canonical = (quads: Quad[]): string[] =>
  [...new Set(quads.map((q) => writer.quadToString(q.subject, q.predicate, q.object, q.graph)))].sort();

export function parseN3(text: string, format: 'Turtle' | 'TriG' | 'N-Triples' | 'N-Quads'): Quad[] {
  return new Parser({ format }).parse(text);
}

export async function parseJsonLd(text: string): Promise<Quad[]> {
  const nquads = (await jsonld.toRDF(JSON.parse(text) as jsonld.JsonLdDocument, {
    format: 'application/n-quads',
  })) as unknown as string;
  return parseN3(nquads, 'N-Quads');
}
