// Answers on the graph built from the seed articles by the real `newsgraph build`.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, ROOT } from './helpers.js';

const NGD = 'https://w3id.org/newsgraph/id/';
let graph: string;

interface Bindings {
  results: { bindings: Record<string, { value: string }>[] };
}

beforeAll(() => {
  graph = join(mkdtempSync(join(tmpdir(), 'ng-seeds-')), 'out');
  const r = cli(['build', 'seeds', '--out', graph]);
  expect(r.code, r.stderr).toBe(0);
}, 120_000);

describe('queries on the seeds graph', () => {
  it(':accusations China names the United States, citing a sentence that is in the article named', () => {
    const r = cli(['query', '--graph', graph, '--format', 'json', ':accusations China']);
    expect(r.code, r.stderr).toBe(0);
    const rows = (JSON.parse(r.stdout) as Bindings).results.bindings;
    const byUs = rows.filter(
      (b) => b.accuser?.value === `${NGD}entity/united-states` && b.accused?.value === `${NGD}entity/china`,
    );
    expect(byUs.length).toBeGreaterThan(0);
    for (const row of rows) {
      const text = readFileSync(join(ROOT, 'seeds', row.file!.value), 'utf8');
      expect(text).toContain(row.evidence!.value);
    }
    expect(byUs.map((b) => b.evidence!.value)).toContain(
      'America has frequently accused China of cyber attacks.',
    );
    expect(byUs.find((b) => b.evidence!.value.startsWith('America has'))!.file!.value).toBe(
      '000_970ed5c3b098e879.txt',
    );
  });

  it(':path from John Kerry to Unit 61398 goes through the United States, each hop with evidence', () => {
    const r = cli(['query', '--graph', graph, '--format', 'json', ':path "John Kerry" "Unit 61398"']);
    expect(r.code, r.stderr).toBe(0);
    const hops = (JSON.parse(r.stdout) as Bindings).results.bindings;
    expect(hops[0]!.from!.value).toBe(`${NGD}entity/john-kerry`);
    expect(hops.at(-1)!.to!.value).toBe(`${NGD}entity/unit-61398`);
    expect(hops.map((h) => h.to!.value)).toContain(`${NGD}entity/united-states`);
    for (const hop of hops.filter((h) => h.evidence)) {
      expect(readFileSync(join(ROOT, 'seeds', hop.file!.value), 'utf8')).toContain(hop.evidence!.value);
    }
  });

  it('the named questions answer, the denials by China among them', () => {
    const r = cli([
      'query',
      '--graph',
      graph,
      '--format',
      'json',
      '-f',
      'ontology/queries/who-denied-what.rq',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect((JSON.parse(r.stdout) as Bindings).results.bindings.map((b) => b.denier!.value)).toContain(
      'China',
    );
  });
});
