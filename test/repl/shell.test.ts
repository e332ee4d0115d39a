// The real shell as a child process, driven through stdin and stdout (no terminal).
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { Parser } from 'n3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, SLOW_QUERY, shell, type Driven } from '../query/helpers.js';

let sh: Driven;
const tmp = mkdtempSync(join(tmpdir(), 'ng-repl-'));

/** Sends input, then a marker command, and returns what the shell printed in between. */
async function ask(input: string, ms?: number): Promise<string> {
  const from = sh.text.length;
  sh.write(`${input}\n:timeout\n`);
  const out = await sh.waitFor(/timeout: [\d.]+ s\n/, from, ms);
  return out.replace(/timeout: [\d.]+ s\n$/, '');
}

/** `:timeout N` answers with the same line `ask` waits for, so it is sent on its own. */
async function setTimeLimit(seconds: number): Promise<void> {
  const from = sh.text.length;
  sh.write(`:timeout ${seconds}\n`);
  await sh.waitFor(`timeout: ${seconds} s\n`, from);
}

beforeAll(async () => {
  sh = shell();
  await sh.waitFor('triples loaded');
});

afterAll(async () => {
  sh.child.stdin.end();
  expect(await sh.exited).toBe(0);
});

describe('the shell, piped', () => {
  it('greets with the size of the graph', () => {
    expect(sh.text).toMatch(/newsgraph shell on .*: 257 triples loaded in \d+ ms/);
  });

  it(':accusations China names the United States and cites the sentences of the right articles', async () => {
    const out = await ask(':accusations China');
    expect(out).toMatch(/│ United States │ China +│/);
    expect(out).toContain('America has frequently accused');
    expect(out).toContain('000_970ed5c3b098e879.txt');
    expect(out).toContain('003_3ff6b5a159a31f7f.txt');
    expect(out).toMatch(/2 rows \(\d+ ms\)/);
  });

  it('names are case-insensitive labels or aliases; an ambiguous one lists the candidates', async () => {
    expect(await ask(':quotes mr kerry')).toContain('very frank discussions');
    const out = await ask(':events wang');
    expect(out).toMatch(
      /error: "wang" is ambiguous: .*Wang Yi.*Wang Qun|error: "wang" is ambiguous: .*Wang Qun.*Wang Yi/,
    );
    expect(await ask(':events Chnia')).toContain('did you mean "China"');
  });

  it('SPARQL runs on ; or a blank line, over several lines, with the prefixes declared', async () => {
    const out = await ask(
      'SELECT ?who ?quote\nWHERE { ?s a ng:Statement ; ng:agent ?who ;\n  ng:quote ?quote }\nORDER BY ?who;',
    );
    expect(out).toMatch(/│ John Kerry +│ very frank discussions/);
    expect(out).toMatch(/2 rows/);
    const blank = await ask('ASK {\n ?x a ng:Denial\n}\n');
    expect(blank).toMatch(/^yes$/m);
  });

  it('a syntax error shows line, column and a caret, and the shell carries on', async () => {
    const out = await ask('SELECT ?x WHERE {\n  ?x ng:agent ?y ) };');
    const m = /error: syntax error at line 2, column (\d+).*\n {2}\?x ng:agent \?y \) }\n( *)\^/.exec(out);
    expect(m).not.toBeNull();
    expect(m![2]!.length).toBe(Number(m![1]) - 1);
    expect(await ask('ASK { ?x a ng:Accusation };')).toMatch(/^yes$/m);
  });

  it('an unknown command suggests the nearest', async () => {
    expect(await ask(':acusations China')).toContain(
      'unknown command :acusations; did you mean :accusations?',
    );
  });

  it(':sparql shows the query of the last command', async () => {
    await ask(':denials China');
    const out = await ask(':sparql');
    expect(out).toContain('?e a ng:Denial ; ng:agent ?denier');
    expect(out).toContain('<https://w3id.org/newsgraph/id/entity/china>');
  });

  it(':path gives each hop with its evidence', async () => {
    const out = await ask(':path "John Kerry" "Unit 61398"');
    expect(out).toMatch(/│ 1 +│ John Kerry +│ United States +│/);
    expect(out).toMatch(/│ 2 +│ United States +│ Unit 61398 +│/);
    expect(out).toContain('The US filed crim');
  });

  it(':ego, :neighbors, :top, :communities, :stats, :describe, :timeline answer from the graph', async () => {
    expect(await ask(':ego John Kerry')).toMatch(/│ United States +│ 1 /);
    expect(await ask(':neighbors China --out --class Cyberattack')).toMatch(
      /│ Office of Personnel Management │ out +│ ng:Cyberattack │ 1 /,
    );
    expect(await ask(':top degree 1')).toMatch(/│ 1 +│ United States +│ 8 /);
    expect(await ask(':top betweenness 1')).toMatch(/│ 1 +│ United States +│/);
    expect(await ask(':communities')).toMatch(/│ 1 +│ \d+ +│ .*China/);
    expect(await ask(':stats')).toMatch(/│ triples +│ 257 /);
    expect(await ask(':describe Unit 61398')).toMatch(/│ ng:country +│ China /);
    expect(await ask(':timeline Unit 61398')).toContain('2015-06-25');
    expect(await ask(':describe ng:Accusation')).toMatch(/│ is type of +│ United States accused China /);
    expect(await ask(':neighbors China --class Acusation')).toMatch(
      /error: --class Acusation: not an event class; did you mean Accusation\?/,
    );
  });

  it(':questions lists the library and :run runs every question', async () => {
    const list = await ask(':questions');
    const names = readdirSync(join(ROOT, 'ontology/queries')).map((f) => f.replace(/\.rq$/, ''));
    for (const n of names) expect(list).toContain(n);
    expect(list).toContain('Who accused whom');
    for (const n of names) {
      const out = await ask(`:run ${n}`);
      expect(out, n).not.toMatch(/error/);
      expect(out, n).toMatch(/[1-9]\d* rows? \(\d+ ms\)/);
    }
  });

  it(':format csv gives CSV a parser reads; :format table goes back', async () => {
    await ask(':format csv');
    const out = await ask('SELECT ?label WHERE { ?x a ng:Country ; rdfs:label ?label } ORDER BY ?label;');
    expect(parseCsv(out, { columns: true })).toEqual([{ label: 'China' }, { label: 'United States' }]);
    expect(await ask(':format table')).toBe('format: table\n');
  });

  it(':output sends answers to a file, written whole; :output - comes back to the screen', async () => {
    const file = join(tmp, 'answer.json');
    await ask(`:output ${file}`);
    await ask(':format json');
    expect(await ask('ASK { ?x a ng:Denial };')).toBe(`answer written to ${file}\n`);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ head: {}, boolean: true });
    await ask(':output -');
    await ask(':format table');
    expect(await ask('ASK { ?x a ng:Meeting };')).toMatch(/^yes$/m);
    expect(readdirSync(tmp).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    await ask(`:output ${file}/inside-a-file.txt`);
    const failed = await ask('ASK { ?x a ng:Meeting };');
    await ask(':output -');
    expect(failed).toMatch(/^error: .*inside-a-file\.txt: cannot write: (EEXIST|ENOTDIR)/m);
  });

  it(':export writes Turtle, N-Triples, TriG and JSON-LD that parse back', async () => {
    const q = 'CONSTRUCT { ?s ?p ?o } WHERE { ?s a ng:Accusation ; ?p ?o }';
    for (const ext of ['ttl', 'nt', 'trig']) {
      const file = join(tmp, `acc.${ext}`);
      expect(await ask(`:export ${file} ${q}`)).toBe(`13 triples written to ${file}\n`);
      expect(
        new Parser({ format: ext === 'nt' ? 'N-Triples' : ext === 'trig' ? 'TriG' : 'Turtle' }).parse(
          readFileSync(file, 'utf8'),
        ).length,
      ).toBe(13);
    }
    const ld = join(tmp, 'acc.jsonld');
    await ask(`:export ${ld} ${q}`);
    const doc = JSON.parse(readFileSync(ld, 'utf8')) as Record<string, unknown>;
    expect(doc['@context']).toMatchObject({ ng: 'https://w3id.org/newsgraph/ontology#' });
    expect(JSON.stringify(doc)).toContain('united-states');
    expect(await ask(`:export ${join(tmp, 'x.xlsx')} ${q}`)).toMatch(
      /error: .*x\.xlsx: cannot tell the format/,
    );
  });

  it('updates need :write on, then say how many triples changed', async () => {
    const insert =
      'INSERT DATA { <https://w3id.org/newsgraph/id/entity/taiwan> a ng:Country ; rdfs:label "Taiwan" };';
    expect(await ask(insert)).toMatch(/error: updates are off/);
    await ask(':write on');
    expect(await ask(insert)).toBe('2 triples changed\n');
    expect(await ask(':describe taiwan')).toMatch(/│ rdfs:label +│ Taiwan /);
    await ask(':write off');
  });

  it('a really slow query stops at :timeout, the store reloads, and the shell answers again', async () => {
    await setTimeLimit(1);
    const out = await ask(`${SLOW_QUERY};`, 30_000);
    expect(out).toMatch(/error: query exceeded the time limit of 1 s/);
    await setTimeLimit(30);
    expect(await ask('ASK { ?x a ng:Accusation };')).toMatch(/^yes$/m);
  });
});
