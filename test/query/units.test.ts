// The pure parts: query forms, syntax positions, formats, name matching, input completeness, completion.
import { describe, expect, it } from 'vitest';
import { openEngine } from '../../src/query/engine.js';
import { formatResult } from '../../src/query/format.js';
import { nearest } from '../../src/query/nearest.js';
import { caretLines, queryForm, syntaxPosition, withPrefixes } from '../../src/query/sparql-text.js';
import type { QueryResult } from '../../src/query/types.js';
import { complete } from '../../src/repl/completer.js';
import { braceDepth, entry } from '../../src/repl/input.js';
import { ActorIndex } from '../../src/query/actors.js';
import { FIXTURE } from './helpers.js';

const NGD = 'https://w3id.org/newsgraph/id/';

describe('sparql-text', () => {
  it('finds the query form after prefixes and comments', () => {
    expect(queryForm('# who\nPREFIX x: <http://x#>\nselect * {}')).toBe('SELECT');
    expect(queryForm('BASE <http://b/> CONSTRUCT {} WHERE {}')).toBe('CONSTRUCT');
    expect(queryForm('INSERT DATA {}')).toBe('UPDATE');
    expect(queryForm('WITH <g> DELETE {} WHERE {}')).toBe('UPDATE');
    expect(queryForm('hello')).toBeUndefined();
  });

  it('maps an engine position on the prefixed text back to the user text', () => {
    const header = withPrefixes('').split('\n').length - 1;
    expect(syntaxPosition(`error at ${header + 2}:7: expected`)).toEqual({ line: 2, column: 7 });
    expect(syntaxPosition('no position')).toBeUndefined();
    expect(caretLines('a\n  bcd', { line: 2, column: 3 })).toBe('  bcd\n  ^');
  });
});

describe('format', () => {
  const result: QueryResult = {
    kind: 'bindings',
    vars: ['who', 'said'],
    rows: [
      {
        who: { termType: 'NamedNode', value: `${NGD}entity/john-kerry` },
        said: { termType: 'Literal', value: 'a, "b"\nc' },
      },
      { who: { termType: 'NamedNode', value: 'https://w3id.org/newsgraph/ontology#Person' } },
    ],
  };

  it('table: labels, prefixed names, an ellipsis past the width, row count and time', () => {
    const labels = new Map([[`${NGD}entity/john-kerry`, 'John Kerry']]);
    const long: QueryResult = {
      kind: 'bindings',
      vars: ['x'],
      rows: [{ x: { termType: 'Literal', value: 'y'.repeat(200) } }],
    };
    expect(formatResult(result, 'table', { labels, elapsedMs: 12.4 })).toMatch(
      /│ John Kerry +│ a, "b" c +│\n│ ng:Person +│ +│\n.*\n2 rows \(12 ms\)\n$/,
    );
    expect(formatResult(long, 'table', { width: 40 })).toContain(`${'y'.repeat(33)}…`);
  });

  it('csv and tsv follow SPARQL 1.1 CSV/TSV', () => {
    expect(formatResult(result, 'csv')).toBe(
      `who,said\r\n${NGD}entity/john-kerry,"a, ""b""\nc"\r\nhttps://w3id.org/newsgraph/ontology#Person,\r\n`,
    );
    expect(formatResult(result, 'tsv')).toBe(
      `?who\t?said\n<${NGD}entity/john-kerry>\t"a, \\"b\\"\\nc"\n<https://w3id.org/newsgraph/ontology#Person>\t\n`,
    );
  });

  it('xml escapes and leaves unbound variables out', () => {
    const xml = formatResult(result, 'xml');
    expect(xml).toContain('<literal>a, &quot;b&quot;\nc</literal>');
    expect(xml.match(/<binding /g)!.length).toBe(3);
  });
});

describe('names and input', () => {
  it('suggests the nearest name', () => {
    expect(nearest('acusations', ['accusations', 'denials', 'path'], 1)).toEqual(['accusations']);
    expect(nearest('zzzzzz', ['path'])).toEqual([]);
  });

  it('counts braces outside strings and comments', () => {
    expect(braceDepth('SELECT * { ?s ?p "}" # }\n')).toBe(1);
    expect(braceDepth("{ '''{''' }")).toBe(0);
  });

  it('runs SPARQL on a balanced ; or a blank line, commands at once', () => {
    expect(entry('', 'SELECT * { ?s ?p ?o')).toEqual({ kind: 'incomplete' });
    expect(entry('SELECT * { ?s ?p ?o', '};')).toEqual({ kind: 'sparql', text: 'SELECT * { ?s ?p ?o\n}' });
    expect(entry('SELECT * { ?s ?p ?o }', '')).toEqual({ kind: 'sparql', text: 'SELECT * { ?s ?p ?o }' });
    expect(entry('', 'SELECT * { ?s ?p ?o }')).toEqual({ kind: 'incomplete' });
    expect(entry('', ':stats')).toEqual({ kind: 'command', text: ':stats' });
    expect(entry('', ':export a.ttl CONSTRUCT {')).toEqual({ kind: 'incomplete' });
    expect(entry('', '   ')).toEqual({ kind: 'empty' });
  });
});

describe('engine and completion, from the sources', () => {
  it('loads the fixture in a worker and completes names against it', async () => {
    const engine = await openEngine({ graphDir: FIXTURE });
    try {
      const r = await engine.query('SELECT ?l WHERE { ?x a ng:MilitaryUnit ; rdfs:label ?l }');
      expect(r).toEqual({
        kind: 'bindings',
        vars: ['l'],
        rows: [{ l: { termType: 'Literal', value: 'Unit 61398' } }],
      });
      const actors = await ActorIndex.load(engine);
      expect(actors.resolve('OPM').label).toBe('Office of Personnel Management');
      expect(() => actors.resolve('Wang')).toThrow(/ambiguous: .*Wang/);
      expect(actors.resolve('mr kerry').label).toBe('John Kerry');
      expect(actors.resolve('Dr. Kerry').label).toBe('John Kerry');
      // Near names are suggested once per actor, by label, not once per alias.
      expect(() => actors.resolve('Kery')).toThrow(/did you mean "John Kerry"\?$/);
      expect(complete(':ego john k', actors, [], false)).toEqual({
        candidates: [],
        partial: 'john k',
        replaceWith: 'John Kerry',
      });
      expect(complete(':events op', actors, [], false)).toMatchObject({
        replaceWith: 'Office of Personnel Management',
      });
      expect(complete(':events Wang', actors, [], false).candidates).toEqual(['Wang', 'Wang Qun', 'Wang Yi']);
      expect(complete(':path "John Kerry" uni', actors, [], false).candidates).toEqual([
        'unit 61398',
        'united States',
      ]);
      expect(complete('SELECT * { ?x ng:agent Yang J', actors, [], false)).toMatchObject({
        replaceWith: `<${NGD}entity/yang-jiechi>`,
      });
      expect(complete('sel', actors, [], false).candidates).toEqual(['select']);
      expect(complete('?x a ng:Co', actors, ['ng:Country', 'ng:Company'], false).candidates).toEqual([
        'ng:Country',
        'ng:Company',
      ]);
      expect(complete(':acc', actors, [], false).candidates).toEqual([':accusations']);
    } finally {
      await engine.close();
    }
  });
});
