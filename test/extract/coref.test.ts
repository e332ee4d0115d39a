// Issue item 3: coreference within a document (surnames, honorifics, pronouns, "the firm",
// "the two countries") and across documents (one entity per actor, aliases gathered).
import { describe, expect, it } from 'vitest';
import { read } from './helpers.js';

describe('coreference within a document', () => {
  const rows: [string, string][] = [
    [
      'Canadian Foreign Minister Elise Tremblay arrived on Monday. Tremblay said Canada would respond.',
      'Statement: Elise Tremblay -> null',
    ],
    [
      'Foreign Secretary Alan Marsh spoke first. Mr Marsh said the evidence was clear.',
      'Statement: Alan Marsh -> null',
    ],
    [
      'Prime Minister Sofia Lind met reporters. She urged Russia to stop the attacks.',
      'Demand: Sofia Lind -> Russia',
    ],
    [
      'The security firm Kestrel Labs published its findings. The firm said the hackers had breached Equifax.',
      'Statement: Kestrel Labs -> null',
    ],
    [
      'Officials from Japan and India met in Tokyo. The two countries agreed to share threat data.',
      'Agreement: India -> Japan',
    ],
    [
      'Germany and France held talks on Monday. Both sides pledged to work together on cyber defence.',
      'Agreement: France -> Germany',
    ],
  ];
  it.each(rows)('%s', (text, expected) => {
    expect(read(text).tuples).toContain(expected);
  });

  it('points "he" at the nearest person, not at an earlier one', () => {
    const t = read(
      'Senator Paul Grant spoke on Monday. President Obama met the press. He said he had urged China to act.',
    ).tuples;
    expect(t).toContain('Demand: Barack Obama -> China');
    expect(t).not.toContain('Demand: Paul Grant -> China');
  });

  it('does not read "the agency that ..." as a pointer back to an earlier agency', () => {
    const t = read(
      'The FBI opened an inquiry. Hackers later breached the agency that handles passports.',
    ).tuples;
    expect(t.some((x) => x.includes('-> FBI'))).toBe(false);
  });
});

describe('coreference across documents', () => {
  it('merges a surname in one article into the full name from another', () => {
    const r = read(
      'Attorney General Merrick Garland announced the charges.',
      'Garland said the hackers would be found.',
    );
    const people = r.entities.filter((e) => e.type === 'Person');
    expect(people.map((p) => p.label)).toEqual(['Merrick Garland']);
    expect(r.events.filter((e) => e.cls === 'Statement' && e.agent === 'merrick-garland')).toHaveLength(1);
  });

  it('merges rule-found people by surname and gathers aliases', () => {
    const r = read(
      'Deputy Minister Tomas Varga said the attack failed.',
      'Varga added that the inquiry continues.',
    );
    const e = r.entity('Tomas Varga');
    expect(e?.id).toBe('tomas-varga');
    expect(e?.aliases).toContain('Varga');
  });

  it('gives one global entity per actor with a slug id and its aliases', () => {
    const r = read(
      'Cozy Bear breached the State Department.',
      'APT29 was blamed by the Dutch intelligence service AIVD.',
    );
    const apt29 = r.entities.filter((e) => e.id === 'apt29');
    expect(apt29).toHaveLength(1);
    expect(apt29[0]!.aliases).toContain('Cozy Bear');
  });
});

describe('a definite noun points back to the name it heads', () => {
  it('reads "the agency" after "the World Anti-Doping Agency" as that agency, whatever its type', () => {
    const r = read(
      "The Russian foreign ministry spoke first. The World Anti-Doping Agency said its database was breached. The agency's president, Craig Reedie, said the charges were welcome.",
    );
    expect(r.tuples).toContain('Role: Craig Reedie -> World Anti-Doping Agency');
    expect(r.tuples).not.toContain('Role: Craig Reedie -> Russian Foreign Ministry');
  });
});

describe('"the French president" is the last president of France named', () => {
  it('resolves a title with a nationality before it', () => {
    const r = read(
      'President Emmanuel Macron met President Joe Biden. Later the French president accused RT of spreading lies.',
    );
    expect(r.tuples).toContain('Accusation: Emmanuel Macron -> RT');
    expect(r.tuples).not.toContain('Accusation: France -> RT');
  });
});
