// `newsgraph query` through the real CLI: every format re-parsed, exit codes, errors, time limit.
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { DOMParser } from 'linkedom';
import { Parser } from 'n3';
import { describe, expect, it } from 'vitest';
import { cli, FIXTURE, ROOT, SLOW_QUERY } from './helpers.js';

const G = ['--graph', FIXTURE];
const NGD = 'https://w3id.org/newsgraph/id/';
const WHO_ACCUSED =
  'SELECT ?accuser ?accused WHERE { ?e a ng:Accusation ; ng:agent ?accuser ; ng:target ?accused }';

interface SparqlJson {
  head: { vars?: string[] };
  results?: { bindings: Record<string, { type: string; value: string; datatype?: string }>[] };
  boolean?: boolean;
}

describe('newsgraph query: formats', () => {
  it('csv parses with a CSV parser, one record per answer, header = variables', () => {
    const r = cli(['query', ...G, '--format', 'csv', WHO_ACCUSED]);
    expect(r.code).toBe(0);
    const records = parseCsv(r.stdout, { columns: true }) as Record<string, string>[];
    expect(records).toEqual([{ accuser: `${NGD}entity/united-states`, accused: `${NGD}entity/china` }]);
  });

  it('csv quotes values with commas and quotes', () => {
    const r = cli([
      'query',
      ...G,
      '--format',
      'csv',
      'SELECT ?q WHERE { ?e ng:quote ?q } ORDER BY DESC(STRLEN(?q))',
    ]);
    const records = parseCsv(r.stdout, { columns: true }) as { q: string }[];
    expect(records[0]!.q).toBe(
      'The President raised ongoing US concerns about China’s cyber and maritime behaviour, and he urged China to take concrete steps to lower tensions',
    );
  });

  it('tsv has ?variables and terms in SPARQL syntax', () => {
    const r = cli([
      'query',
      ...G,
      '--format',
      'tsv',
      'SELECT ?x ?label ?n WHERE { ?x rdfs:label ?label ; ng:sourceCount ?n ; a ng:Accusation }',
    ]);
    expect(r.code).toBe(0);
    const [head, ...rows] = r.stdout
      .trimEnd()
      .split('\n')
      .map((l) => l.split('\t'));
    expect(head).toEqual(['?x', '?label', '?n']);
    expect(rows).toEqual([
      [
        `<${NGD}event/accusation/united-states--china--about-china-office-of-personnel-management>`,
        '"United States accused China"',
        '2',
      ],
    ]);
  });

  it('json is SPARQL results JSON, for SELECT and ASK', () => {
    const sel = JSON.parse(cli(['query', ...G, '--format', 'json', WHO_ACCUSED]).stdout) as SparqlJson;
    expect(sel.head.vars).toEqual(['accuser', 'accused']);
    expect(sel.results!.bindings).toEqual([
      {
        accuser: { type: 'uri', value: `${NGD}entity/united-states` },
        accused: { type: 'uri', value: `${NGD}entity/china` },
      },
    ]);
    const ask = cli(['query', ...G, '--format', 'json', 'ASK { ?x a ng:Denial }']);
    expect(JSON.parse(ask.stdout)).toEqual({ head: {}, boolean: true });
  });

  it('jsonl is one JSON object a row', () => {
    const r = cli([
      'query',
      ...G,
      '--format',
      'jsonl',
      'SELECT ?label WHERE { ?x a ng:Country ; rdfs:label ?label } ORDER BY ?label',
    ]);
    expect(
      r.stdout
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l)),
    ).toEqual([{ label: 'China' }, { label: 'United States' }]);
  });

  it('xml is SPARQL results XML', () => {
    const r = cli(['query', ...G, '--format', 'xml', WHO_ACCUSED]);
    const doc = new DOMParser().parseFromString(r.stdout, 'text/xml');
    expect([...doc.querySelectorAll('variable')].map((v) => v.getAttribute('name'))).toEqual([
      'accuser',
      'accused',
    ]);
    expect([...doc.querySelectorAll('binding uri')].map((u) => u.textContent)).toEqual([
      `${NGD}entity/united-states`,
      `${NGD}entity/china`,
    ]);
  });

  it('turtle of a CONSTRUCT parses with n3 and uses the graph prefixes', () => {
    const r = cli([
      'query',
      ...G,
      '--format',
      'turtle',
      'CONSTRUCT { ?s ?p ?o } WHERE { ?s a ng:Denial ; ?p ?o }',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('@prefix ng: <https://w3id.org/newsgraph/ontology#>');
    const quads = new Parser().parse(r.stdout);
    expect(quads.length).toBe(12);
    expect(
      quads.some((q) => q.predicate.value.endsWith('#agent') && q.object.value === `${NGD}entity/china`),
    ).toBe(true);
  });

  it('table shows labels instead of IRIs, cuts long values, and counts rows', () => {
    const r = cli(
      [
        'query',
        ...G,
        'SELECT ?who ?quote WHERE { ?s a ng:Statement ; ng:agent ?who ; ng:quote ?quote } ORDER BY ?who',
      ],
      '',
      { COLUMNS: '80' },
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/│ John Kerry +│ very frank discussions +│/);
    expect(r.stdout).toMatch(/White House +│ The President raised[^│]*…/);
    expect(r.stdout).not.toContain(NGD);
    expect(r.stdout).toMatch(/^2 rows \(\d+ ms\)$/m);
  });
});

describe('newsgraph query: input and exit codes', () => {
  it('reads the query from stdin', () => {
    const r = cli(['query', ...G, '--format', 'json'], 'ASK { ?x a ng:Accusation }\n');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).boolean).toBe(true);
  });

  it('-f FILE: who-accused-whom names the United States accusing China, reported by both articles', () => {
    const r = cli(['query', ...G, '-f', 'ontology/queries/who-accused-whom.rq', '--format', 'csv']);
    expect(parseCsv(r.stdout, { columns: true })).toEqual([
      {
        accuser: 'United States',
        accused: 'China',
        incident: 'China attacked Office of Personnel Management',
        sources: '2',
      },
    ]);
  });

  it('a syntax error exits 1 with line, column and a caret under that column', () => {
    const line2 = '  ?x ng:agent ?y ) }';
    const r = cli(['query', ...G, `SELECT ?x WHERE {\n${line2}`]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const [message, echoed, caret] = r.stderr.split('\n');
    const column = Number(/^newsgraph: syntax error at line 2, column (\d+)\b/.exec(message!)?.[1]);
    expect(column).toBeGreaterThan(line2.indexOf(')'));
    expect(echoed).toBe(line2);
    expect(caret).toBe(`${' '.repeat(column - 1)}^`);
  });

  it('usage errors exit 2: bad format, no query, turtle for a SELECT, query and file both', () => {
    expect(cli(['query', ...G, '--format', 'yaml', 'ASK {}']).code).toBe(2);
    expect(cli(['query', ...G], '').code).toBe(2);
    expect(cli(['query', ...G, '--format', 'turtle', WHO_ACCUSED]).code).toBe(2);
    expect(cli(['query', ...G, '-f', 'x.rq', 'ASK {}']).code).toBe(2);
    expect(cli(['query', ...G, '--timeout', 'soon', 'ASK {}']).code).toBe(2);
  });

  it('a missing graph says where it looked', () => {
    const r = cli(['query', '--graph', join(tmpdir(), 'no-such-graph'), 'ASK {}']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no-such-graph\/graph\.ttl: no built graph here/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('an unreadable graph is a one-line error naming the file and line, and the process ends', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ng-bad-'));
    writeFileSync(
      join(dir, 'graph.ttl'),
      '@prefix ng: <https://w3id.org/newsgraph/ontology#> .\nng:a ng:b "unterminated .\n',
    );
    const r = cli(['query', '--graph', dir, 'ASK {}']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^newsgraph: .*graph\.ttl: cannot load: .*line 2/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('updates are refused without :write', () => {
    const r = cli(['query', ...G, 'INSERT DATA { ngd:x rdfs:label "x" }']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/updates are off/);
  });

  it('a really slow query stops at the time limit with exit 1', () => {
    const t0 = Date.now();
    const r = cli(['query', ...G, '--timeout', '1', SLOW_QUERY]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/query exceeded the time limit of 1 s/);
    expect(Date.now() - t0).toBeLessThan(20_000);
  });

  it('graph commands run too, with the same formats', () => {
    const r = cli(['query', ...G, '--format', 'json', ':sources "United States" China']);
    expect(r.code).toBe(0);
    const rows = (JSON.parse(r.stdout) as SparqlJson).results!.bindings;
    expect(rows.length).toBe(4);
    // Every sentence is the exact slice of its article between start and end.
    for (const row of rows) {
      const text = readFileSync(join(ROOT, 'seeds', row.file!.value), 'utf8');
      expect(text.slice(Number(row.start!.value), Number(row.end!.value))).toBe(row.evidence!.value);
    }
  });

  it('writes no file of its own: --graph is read-only', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ng-q-'));
    writeFileSync(join(dir, 'graph.ttl'), readFileSync(join(FIXTURE, 'graph.ttl')));
    expect(cli(['query', '--graph', dir, 'ASK { ?s ?p ?o }']).code).toBe(0);
    expect(readdirSync(dir)).toEqual(['graph.ttl']);
  });
});
