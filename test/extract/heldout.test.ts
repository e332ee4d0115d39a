// Four attribution stories that are not the seeds (SolarWinds, Sony, the GRU indictment, Iran),
// each with its own hand-made gold: the key events must be read from them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { article, read } from './helpers.js';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'extract', 'heldout');
const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort();
const all = read(
  ...files.map((f) =>
    article(readFileSync(join(DIR, f), 'utf8'), { id: f.replace(/\.txt$/, ''), headline: true }),
  ),
);

const key: [string, string][] = [
  ['a_solarwinds', 'Accusation: United States -> SVR'],
  ['a_solarwinds', 'Sanction: Treasury Department -> Russia'],
  ['a_solarwinds', 'Denial: Kremlin -> null'],
  ['a_solarwinds', 'Demand: Joe Biden -> Vladimir Putin'],
  ['a_solarwinds', 'Role: Dmitry Peskov -> Kremlin'],
  ['b_sony', 'Accusation: FBI -> North Korea'],
  ['b_sony', 'Cyberattack: North Korea -> Sony Pictures Entertainment'],
  ['b_sony', 'Denial: North Korea -> null'],
  ['b_sony', 'Accusation: Kaspersky -> Lazarus Group'],
  ['c_gru_indictment', 'LegalAction: Justice Department -> GRU'],
  ['c_gru_indictment', 'Cyberattack: GRU -> Democratic National Committee'],
  ['c_gru_indictment', 'Accusation: CrowdStrike -> APT28'],
  ['c_gru_indictment', 'Meeting: Donald Trump -> Vladimir Putin'],
  // "imposed sanctions on an Iranian company and two individuals": unnamed parties, not the state.
  ['d_iran', 'Sanction: Treasury Department -> null'],
  ['d_iran', 'Report: Symantec -> APT33'],
  ['d_iran', 'Demand: European Union -> Iran'],
  ['d_iran', 'Role: Saeed Khatibzadeh -> Iranian Foreign Ministry'],
];

describe('held-out attribution stories', () => {
  it.each(key)('%s: %s', (doc, tuple) => {
    const label = (id: string | null) =>
      id === null ? 'null' : all.entities.find((e) => e.id === id)?.label;
    const found = all.events.filter((e) => `${e.cls}: ${label(e.agent)} -> ${label(e.target)}` === tuple);
    expect(found.length, `${tuple} not read`).toBeGreaterThan(0);
    expect(found[0]!.evidence.some((ev) => ev.doc === doc)).toBe(true);
  });

  it('finds the actors of every story, typed', () => {
    const types = Object.fromEntries(all.entities.map((e) => [e.label, e.type]));
    expect(types).toMatchObject({
      SVR: 'GovernmentBody',
      'Lazarus Group': 'ThreatGroup',
      'Unit 26165': 'MilitaryUnit',
      Symantec: 'Company',
      'Saeed Khatibzadeh': 'Person',
    });
  });
});
