// The knowledge base: ontology files read once, a bad file is a clear InputError naming it.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { loadKnowledgeBase } from '../../src/extract/index.js';
import { verbForms } from '../../src/extract/kb.js';

const ONTOLOGY = join(import.meta.dirname, '..', '..', 'ontology');

function copyWith(file: string, content: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'ng-kb-'));
  for (const f of ['gazetteer.json', 'countries.json', 'lexicon.json', 'given-names.json'])
    writeFileSync(join(dir, f), readFileSync(join(ONTOLOGY, f)));
  writeFileSync(join(dir, file), content);
  return dir;
}

describe('loadKnowledgeBase', () => {
  it("loads the shipped ontology: the world's countries, actors and triggers", () => {
    const kb = loadKnowledgeBase(ONTOLOGY);
    expect(kb.countries.size).toBeGreaterThan(190);
    expect(kb.actors.get('apt28')?.aliases).toContain('Fancy Bear');
    expect(kb.triggers.get('accused')?.some((p) => p.cls === 'Accusation')).toBe(true);
    expect(kb.givenNames.has('sergei') && kb.surnamesFirst.has('wang')).toBe(true);
  });

  it.each([
    ['gazetteer.json', '{ not json', /gazetteer\.json: not valid JSON/],
    [
      'gazetteer.json',
      '{"actors": [{"id": "x", "label": "X", "type": "Robot", "aliases": []}]}',
      /unknown type Robot/,
    ],
    ['countries.json', '{"countries": "none"}', /"countries" must be a list/],
    [
      'lexicon.json',
      '{"triggers": [{"class": "Gossip", "frame": "speech", "verbs": ["say"]}]}',
      /unknown event class Gossip/,
    ],
    ['given-names.json', '{"names": "Anna"}', /given-names\.json: names must be a list of strings/],
    [
      'gazetteer.json',
      '{"actors": [{"id": "a", "label": "A", "type": "GovernmentBody", "aliases": [], "country": "france", "descriptions": ["spy agency"]}, {"id": "b", "label": "B", "type": "GovernmentBody", "aliases": [], "country": "france", "descriptions": ["spy agency"]}]}',
      /actor b: "spy agency" already describes a in france/,
    ],
    [
      'gazetteer.json',
      '{"actors": [{"id": "a", "label": "A", "type": "GovernmentBody", "aliases": [], "descriptions": ["spy agency"]}]}',
      /actor a: descriptions need a country/,
    ],
  ])('rejects a bad %s with an InputError naming it', (file, content, message) => {
    const dir = copyWith(file, content);
    expect(() => loadKnowledgeBase(dir)).toThrow(InputError);
    expect(() => loadKnowledgeBase(dir)).toThrow(message);
  });

  it('names a body by its descriptions said of its country: "Russia\'s foreign intelligence service"', () => {
    const kb = loadKnowledgeBase(ONTOLOGY);
    expect(kb.actors.get('svr')?.aliases).toEqual(
      expect.arrayContaining([
        'Russian foreign intelligence service',
        "Russia's foreign intelligence service",
      ]),
    );
  });

  it('names a missing file', () => {
    expect(() => loadKnowledgeBase(join(tmpdir(), 'no-such-ontology'))).toThrow(
      /gazetteer\.json: cannot read/,
    );
  });

  it('inflects regular verbs', () => {
    expect(verbForms('accuse').forms).toEqual(['accuse', 'accuses', 'accused', 'accusing']);
    expect(verbForms('deny').forms).toEqual(['deny', 'denies', 'denied', 'denying']);
    expect(verbForms('pin').forms).toEqual(['pin', 'pins', 'pinned', 'pinning']);
    expect(verbForms('tie').forms).toEqual(['tie', 'ties', 'tied', 'tying']);
  });
});

describe('the shipped gazetteer', () => {
  const kb = loadKnowledgeBase(ONTOLOGY);
  it("names each actor once: no label or alias of one actor is another's, bar an acronym two really share", () => {
    const owners = new Map<string, Set<string>>();
    for (const [id, a] of kb.actors)
      for (const n of [a.label, ...a.aliases])
        owners.set(n.toLowerCase(), (owners.get(n.toLowerCase()) ?? new Set()).add(id));
    const shared = [...owners].filter(([, ids]) => ids.size > 1).map(([n]) => n);
    expect(shared).toEqual(['gop']);
  });

  it('knows prominent victims of the news as companies of their country (card networks, banks, airlines)', () => {
    const byLabel = new Map([...kb.actors.values()].map((a) => [a.label, a]));
    expect(byLabel.get('Visa')).toMatchObject({ type: 'Company', country: 'united-states' });
    expect(byLabel.get('Nordea')).toMatchObject({ type: 'Company', country: 'sweden' });
    expect(byLabel.get('BBVA')?.type).toBe('Company');
  });
});
