// SHACL validation of a graph against ontology/shapes.ttl with rdf-validate-shacl.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Parser, Store, type Quad } from 'n3';
import { GraphError } from '../errors.js';
import { PREFIXES } from './prefixes.js';

export interface Violation {
  focus: string;
  path?: string;
  message: string;
  severity: string;
}

export interface ValidationOutcome {
  conforms: boolean;
  violations: Violation[];
}

/** Full IRIs to prefixed names, for one-line messages. */
export function shorten(iri: string): string {
  for (const [prefix, ns] of Object.entries(PREFIXES)) {
    if (iri.startsWith(ns) && iri.length > ns.length) return `${prefix}:${iri.slice(ns.length)}`;
  }
  return iri;
}

export async function loadShapes(ontologyDir: string): Promise<Store> {
  const path = join(ontologyDir, 'shapes.ttl');
  try {
    return new Store(new Parser().parse(await readFile(path, 'utf8')));
  } catch (err) {
    throw new GraphError(`cannot read the shapes in ${path}: ${(err as Error).message}`);
  }
}

export async function validateTriples(triples: Quad[], shapes: Store): Promise<ValidationOutcome> {
  // Loaded on first use, like jsonld: only `validate` needs the SHACL engine.
  const { default: SHACLValidator } = await import('rdf-validate-shacl');
  const report = await new SHACLValidator(shapes).validate(new Store(triples));
  return {
    conforms: report.conforms,
    violations: report.results.map((r) => ({
      focus: shorten(r.focusNode.value),
      ...(r.path ? { path: shorten(r.path.value) } : {}),
      message: r.message.map((m) => m.value).join('; ') || shorten(r.sourceConstraintComponent.value),
      severity: shorten(r.severity.value),
    })),
  };
}
