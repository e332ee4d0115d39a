// The seeds graph in the embedded store and in Virtuoso must answer every named question alike:
// built and pushed with the real CLI, queried with `newsgraph query` and `--endpoint`.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Parser } from 'n3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  countTriples,
  freePort,
  newsgraph,
  newsgraphOk,
  ROOT,
  SEEDS,
  serve,
  startVirtuoso,
  tempDir,
  type Virtuoso,
} from './helpers.js';

const GRAPH_IRI = 'https://w3id.org/newsgraph/test/seeds';
const QUERIES_DIR = join(ROOT, 'ontology', 'queries');

/**
 * What the two stores may legitimately differ in, evened out here: the order of rows (a query
 * without ORDER BY, or ties under it, may come back in any order) and a table's timing. Terms are
 * compared exactly in TSV (N-Triples syntax: IRIs, lexical forms, datatypes, languages). Virtuoso's
 * one real difference, booleans kept as integers ("0"/"1" in SPARQL JSON), is made canonical by the
 * remote engine itself so users see the same output.
 */
function comparableLines(out: string): string[] {
  const [header = '', ...rows] = out
    .replace(/\(\d+ ms\)/g, '(… ms)')
    .trimEnd()
    .split(/\r?\n/);
  return [header, ...rows.sort()];
}

/** `newsgraph push` of the seeds graph as the database administrator, with extra flags. */
function pushArgs(graphStore: string, graphDir: string, extra: string[] = []): string[] {
  const dba = ['--user', 'dba', '--password', 'dba'];
  return ['push', '--endpoint', graphStore, '--graph', GRAPH_IRI, ...dba, '--graph-dir', graphDir, ...extra];
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
    const out = await newsgraphOk(pushArgs(virtuoso.graphStore, graphDir, ['--chunk', '100']));
    const expected = countTriples(join(graphDir, 'graph.ttl'));
    expect(expected).toBeGreaterThan(100);
    expect(out).toContain(
      `${expected.toLocaleString('en')} triples in ${Math.ceil(expected / 100)} requests`,
    );
    expect(await remoteCount(virtuoso.sparql, GRAPH_IRI)).toBe(expected);

    // PUT replaces and --append adds to a set of triples: pushing again either way leaves the count.
    await newsgraphOk(pushArgs(virtuoso.graphStore, graphDir));
    await newsgraphOk(pushArgs(virtuoso.graphStore, graphDir, ['--append']));
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
    const remoteFlags = ['--endpoint', virtuoso.sparql, '--graph-iri', GRAPH_IRI];
    const files = namedQuestions();
    expect(files.length).toBeGreaterThan(0);
    let answered = 0;
    for (const file of files) {
      const path = join(QUERIES_DIR, file);
      const [embedded, remote] = await Promise.all([
        newsgraphOk(['query', '--graph', graphDir, '--format', 'tsv', '--file', path]),
        newsgraphOk(['query', ...remoteFlags, '--format', 'tsv', '--file', path]),
      ]);
      expect(comparableLines(remote), file).toEqual(comparableLines(embedded));
      answered += comparableLines(embedded).length - 1;
    }
    // The seeds answer the questions: identical answers must not mean identically empty ones.
    expect(answered).toBeGreaterThan(files.length);
  });

  it('prints the same tables on the terminal, labels and all', async () => {
    const remoteFlags = ['--endpoint', virtuoso.sparql, '--graph-iri', GRAPH_IRI];
    for (const file of namedQuestions().slice(0, 3)) {
      const path = join(QUERIES_DIR, file);
      const [embedded, remote] = await Promise.all([
        newsgraphOk(['query', '--graph', graphDir, '--file', path]),
        newsgraphOk(['query', ...remoteFlags, '--file', path]),
      ]);
      expect(comparableLines(remote), file).toEqual(comparableLines(embedded));
    }
  });

  it('answers CONSTRUCT and ASK alike, and keeps the time limit', async () => {
    const remoteFlags = ['--endpoint', virtuoso.sparql, '--graph-iri', GRAPH_IRI];
    const construct =
      'CONSTRUCT { ?e ng:agent ?a ; ng:confidence ?c } WHERE { ?e ng:agent ?a ; ng:confidence ?c }';
    const triples = (turtle: string) =>
      new Parser()
        .parse(turtle)
        .map((q) => `${q.subject.value} ${q.predicate.value} ${q.object.id}`)
        .sort();
    const embedded = triples(
      await newsgraphOk(['query', '--graph', graphDir, '--format', 'turtle', construct]),
    );
    const remote = triples(await newsgraphOk(['query', ...remoteFlags, '--format', 'turtle', construct]));
    expect(embedded.length).toBeGreaterThan(0);
    expect(remote).toEqual(embedded);

    const ask = 'ASK { ?e a ng:Accusation }';
    expect(await newsgraphOk(['query', ...remoteFlags, '--format', 'json', ask])).toBe(
      await newsgraphOk(['query', '--graph', graphDir, '--format', 'json', ask]),
    );

    const slow = await newsgraph([
      'query',
      ...remoteFlags,
      '--timeout',
      '0.001',
      'SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }',
    ]);
    expect(slow.code).toBe(1);
    expect(slow.stderr).toMatch(/time limit/);
    expect(slow.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('serve --endpoint answers /sparql from Virtuoso while the viewer reads the built graph', async () => {
    const served = await serve([graphDir, '--endpoint', virtuoso.sparql, '--graph-iri', GRAPH_IRI]);
    try {
      // Named graphs exist only in Virtuoso: the embedded store keeps everything in its default graph.
      expect(await remoteCount(`${served.url}/sparql`, GRAPH_IRI)).toBe(
        countTriples(join(graphDir, 'graph.ttl')),
      );
      const api = (await (await fetch(`${served.url}/api/graph`)).json()) as { actors: unknown[] };
      expect(api.actors.length).toBeGreaterThan(5);
    } finally {
      await served.stop();
    }
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
  const json = (await response.json()) as { results: { bindings: Record<string, { value: string }>[] } };
  return Number(json.results!.bindings[0]!.n!.value);
}
