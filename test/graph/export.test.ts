import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toQuads, toTriples } from '../../src/graph/index.js';
import type { GraphModel } from '../../src/model/types.js';
import { cli, ROOT, tempDir } from '../build/cli.js';
import { canonical, parseJsonLd, parseN3 } from './rdf.js';

const FIXTURE = join(ROOT, 'test/fixtures/graph');
const model = JSON.parse(readFileSync(join(FIXTURE, 'graph.json'), 'utf8')) as GraphModel;
const quads = toQuads(model);

describe('newsgraph export: every RDF format re-parses with n3 to the same graph', () => {
  it.each([
    ['turtle', 'Turtle', false],
    ['ntriples', 'N-Triples', false],
    ['trig', 'TriG', true],
    ['nquads', 'N-Quads', true],
  ] as const)('%s', (format, n3Format, withGraphs) => {
    const r = cli(['export', '--format', format, '--graph', FIXTURE]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const expected = canonical(withGraphs ? quads : toTriples(quads));
    expect(canonical(parseN3(r.stdout, n3Format))).toEqual(expected);
    expect(expected.length).toBeGreaterThan(80);
  });

  it('jsonld (through jsonld.toRDF, then n3)', async () => {
    const r = cli(['export', '--format', 'jsonld', '--graph', FIXTURE]);
    expect(r.code).toBe(0);
    expect(canonical(await parseJsonLd(r.stdout))).toEqual(canonical(quads));
    // Compacted with ontology/context.jsonld: short keys, not full IRIs.
    expect(r.stdout).toContain('"agent": "ngd:entity/united-states"');
  });

  it("trig puts each document's mentions in the named graph of that document", () => {
    const parsed = parseN3(cli(['export', '--format', 'trig', '--graph', FIXTURE]).stdout, 'TriG');
    const mentionGraphs = new Set(
      parsed.filter((q) => q.predicate.value.endsWith('#start')).map((q) => q.graph.value),
    );
    expect([...mentionGraphs].sort()).toEqual([
      'https://w3id.org/newsgraph/id/doc/alpha-0123456789ab',
      'https://w3id.org/newsgraph/id/doc/beta-news-fedcba987654',
    ]);
    expect(
      parsed
        .filter((q) => q.predicate.value.endsWith('#agent'))
        .every((q) => q.graph.termType === 'DefaultGraph'),
    ).toBe(true);
  });

  it('turtle is readable: prefixes declared, each subject written once', () => {
    const ttl = cli(['export', '--format', 'turtle', '--graph', FIXTURE]).stdout;
    expect(ttl).toMatch(/^@prefix ng: <https:\/\/w3id\.org\/newsgraph\/ontology#>\./m);
    expect(ttl.match(/^entity:china a ng:Country;$/gm)).toHaveLength(1);
  });
});

describe('newsgraph export --format json (the scorer format)', () => {
  const out = JSON.parse(cli(['export', '--format', 'json', '--graph', FIXTURE]).stdout) as {
    entities: { id: string; type: string; label: string; aliases: string[] }[];
    events: {
      class: string;
      agent: string | null;
      target: string | null;
      mentions: { doc: string; start: number; end: number; text: string }[];
    }[];
  };

  it('names documents by file path and keeps exact spans', () => {
    const accusation = out.events.find((e) => e.class === 'Accusation')!;
    expect(accusation.agent).toBe('https://w3id.org/newsgraph/id/entity/united-states');
    expect(accusation.mentions.map((m) => m.doc)).toEqual(['alpha.txt', 'sub dir/beta news é.html']);
    const texts = new Map(
      model.documents.map((d) => [d.file, readFileSync(join(FIXTURE, 'texts', `${d.id}.txt`), 'utf8')]),
    );
    for (const e of out.events)
      for (const m of e.mentions) expect(texts.get(m.doc)!.slice(m.start, m.end)).toBe(m.text);
  });

  it('lists asserted events only: the scorer has no notion of negation', () => {
    expect(out.events).toHaveLength(model.events.filter((e) => !e.negated).length);
    expect(out.events.some((e) => e.class === 'Agreement')).toBe(false);
    expect(out.entities.map((e) => e.label)).toContain('Office of Personnel Management');
  });
});

describe('newsgraph export: output and errors', () => {
  it('--out writes the file atomically and leaves no temp file', () => {
    const dir = tempDir('export');
    const r = cli(['export', '--format', 'nquads', '--graph', FIXTURE, '--out', join(dir, 'g.nq')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(readdirSync(dir)).toEqual(['g.nq']);
    expect(canonical(parseN3(readFileSync(join(dir, 'g.nq'), 'utf8'), 'N-Quads'))).toEqual(canonical(quads));
  });

  it('--out naming a folder is one line, exit 2, and leaves no temp file', () => {
    const dir = tempDir('exportdir');
    const r = cli(['export', '--graph', FIXTURE, '--out', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`newsgraph: --out ${dir}: cannot write it (EISDIR)\n`);
    expect(readdirSync(join(dir, '..')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('a missing graph is one line telling to build first, exit 1', () => {
    const dir = tempDir('nograph');
    const r = cli(['export', '--format', 'turtle', '--graph', join(dir, 'out'), '--out', join(dir, 'x.ttl')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`newsgraph: no graph in ${join(dir, 'out')}: run \`newsgraph build\` first\n`);
    expect(existsSync(join(dir, 'x.ttl'))).toBe(false);
  });

  it('an unknown format is a usage error, exit 2', () => {
    const r = cli(['export', '--format', 'rdfxml', '--graph', FIXTURE]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/rdfxml.*turtle, trig, ntriples, nquads, jsonld, json/s);
  });
});
