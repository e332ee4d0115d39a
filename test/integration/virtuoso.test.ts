// The seeds graph in the embedded store and in Virtuoso must answer every named question alike:
// built and pushed with the real CLI, queried with `newsgraph query` and `--endpoint`.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  countTriples,
  freePort,
  newsgraph,
  newsgraphOk,
  ROOT,
  SEEDS,
  startVirtuoso,
  tempDir,
  type Virtuoso,
} from './helpers.js';

const GRAPH_IRI = 'https://w3id.org/newsgraph/test/seeds';
const QUERIES_DIR = join(ROOT, 'ontology', 'queries');
const XSD = 'http://www.w3.org/2001/XMLSchema#';

interface JsonTerm {
  type: string;
  value: string;
  datatype?: string;
  'xml:lang'?: string;
}
interface JsonResults {
  head: { vars?: string[] };
  boolean?: boolean;
  results?: { bindings: Record<string, JsonTerm>[] };
}

/**
 * One term as a comparable string: IRIs, lexical forms, datatypes and languages must all match.
 * Plain strings compare equal with and without an explicit xsd:string (SPARQL JSON may give either).
 * Virtuoso's "0"/"1" booleans are made canonical by the remote engine itself, not here.
 */
function comparable(t: JsonTerm | undefined): string {
  if (!t) return '∅';
  if (t.type === 'uri') return `<${t.value}>`;
  if (t.type === 'bnode') return '_:b';
  if (t['xml:lang']) return `"${t.value}"@${t['xml:lang'].toLowerCase()}`;
  return `"${t.value}"^^${t.datatype ?? `${XSD}string`}`;
}

function normalise(json: JsonResults): unknown {
  if (typeof json.boolean === 'boolean') return { boolean: json.boolean };
  const vars = json.head.vars ?? [];
  const rows = (json.results?.bindings ?? [])
    .map((b) => vars.map((v) => comparable(b[v])).join(' | '))
    .sort();
  return { vars, rows };
}

function namedQuestions(): string[] {
  return readdirSync(QUERIES_DIR)
    .filter((f) => f.endsWith('.rq'))
    .sort();
}

describe('Virtuoso: push the seeds graph and ask the named questions', () => {
  let virtuoso: Virtuoso;
  let graphDir: string;

  beforeAll(async () => {
    graphDir = join(tempDir('seeds'), 'out');
    const [server] = await Promise.all([startVirtuoso(), newsgraphOk(['build', SEEDS, '--out', graphDir])]);
    virtuoso = server;
  });

  afterAll(async () => {
    await virtuoso?.stop();
  });

  it('pushes the graph in chunks with Digest auth and Virtuoso holds every triple', async () => {
    const out = await newsgraphOk([
      'push',
      '--endpoint',
      virtuoso.graphStore,
      '--graph',
      GRAPH_IRI,
      '--user',
      'dba',
      '--password',
      'dba',
      '--graph-dir',
      graphDir,
      '--chunk',
      '100',
    ]);
    const expected = countTriples(join(graphDir, 'graph.ttl'));
    expect(expected).toBeGreaterThan(100);
    expect(out).toContain(
      `${expected.toLocaleString('en')} triples in ${Math.ceil(expected / 100)} requests`,
    );
    expect(await remoteCount(virtuoso.sparql, GRAPH_IRI)).toBe(expected);

    // PUT replaces and --append adds to a set of triples: pushing again either way leaves the count.
    await newsgraphOk([
      'push',
      '--endpoint',
      virtuoso.graphStore,
      '--graph',
      GRAPH_IRI,
      '--user',
      'dba',
      '--password',
      'dba',
      '--graph-dir',
      graphDir,
    ]);
    await newsgraphOk([
      'push',
      '--endpoint',
      virtuoso.graphStore,
      '--graph',
      GRAPH_IRI,
      '--user',
      'dba',
      '--password',
      'dba',
      '--graph-dir',
      graphDir,
      '--append',
    ]);
    expect(await remoteCount(virtuoso.sparql, GRAPH_IRI)).toBe(expected);
  });

  it('refuses a wrong password and an unreachable endpoint with one clear line', async () => {
    const wrong = await newsgraph([
      'push',
      '--endpoint',
      virtuoso.graphStore,
      '--graph',
      `${GRAPH_IRI}/other`,
      '--user',
      'dba',
      '--password',
      'wrong',
      '--graph-dir',
      graphDir,
    ]);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr.trim().split('\n')).toHaveLength(1);
    expect(wrong.stderr).toMatch(/401 Unauthorized/);

    const anonymous = await newsgraph([
      'push',
      '--endpoint',
      virtuoso.graphStore,
      '--graph',
      `${GRAPH_IRI}/other`,
      '--graph-dir',
      graphDir,
    ]);
    expect(anonymous.code).toBe(1);
    expect(anonymous.stderr).toMatch(/401/);
    expect(await remoteCount(virtuoso.sparql, `${GRAPH_IRI}/other`)).toBe(0);

    const closedPort = await freePort();
    const refused = await newsgraph([
      'query',
      '--endpoint',
      `http://127.0.0.1:${closedPort}/sparql`,
      'ASK { ?s ?p ?o }',
    ]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/connection refused/);
    expect(refused.stderr).not.toMatch(/\n\s+at /);
  });

  it('answers every named question as the embedded store does', async () => {
    const files = namedQuestions();
    expect(files.length).toBeGreaterThan(0);
    let answered = 0;
    for (const file of files) {
      const path = join(QUERIES_DIR, file);
      const embedded = JSON.parse(
        await newsgraphOk(['query', '--graph', graphDir, '--format', 'json', '--file', path]),
      ) as JsonResults;
      const remote = JSON.parse(
        await newsgraphOk([
          'query',
          '--endpoint',
          virtuoso.sparql,
          '--graph-iri',
          GRAPH_IRI,
          '--format',
          'json',
          '--file',
          path,
        ]),
      ) as JsonResults;
      expect(normalise(remote), file).toEqual(normalise(embedded));
      answered += embedded.results?.bindings.length ?? 0;
    }
    // The seeds answer the questions: identical answers must not mean identically empty ones.
    expect(answered).toBeGreaterThan(files.length);
  });

  it('gives the same table on the terminal for a question asked in both places', async () => {
    const path = join(QUERIES_DIR, namedQuestions()[0]!);
    const embedded = await newsgraphOk(['query', '--graph', graphDir, '--format', 'csv', '--file', path]);
    const remote = await newsgraphOk([
      'query',
      '--endpoint',
      virtuoso.sparql,
      '--graph-iri',
      GRAPH_IRI,
      '--format',
      'csv',
      '--file',
      path,
    ]);
    const sortedLines = (csv: string) => csv.trim().split(/\r?\n/).sort();
    expect(sortedLines(remote)).toEqual(sortedLines(embedded));
  });
});

async function remoteCount(sparql: string, graph: string): Promise<number> {
  const body = new URLSearchParams({
    query: `SELECT (COUNT(*) AS ?n) WHERE { GRAPH <${graph}> { ?s ?p ?o } }`,
  });
  const response = await fetch(sparql, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      accept: 'application/sparql-results+json',
    },
    body,
  });
  const json = (await response.json()) as JsonResults;
  return Number(json.results!.bindings[0]!.n!.value);
}
