// Issue items 5 and 6: allegations stay allegations (hedges, denials, `about`, negation), and
// confidence comes from the frame and the hedge; the same event in several articles is one event.
import { describe, expect, it } from 'vitest';
import { read } from './helpers.js';

describe('allegations', () => {
  const hedged: [string, string, string][] = [
    ['The alleged North Korean hackers stole $81 million from Bangladesh Bank.', 'Cyberattack', 'alleged'],
    ['Suspected Russian hackers breached the Bundestag.', 'Cyberattack', 'suspected'],
    ['Iranian hackers reportedly breached Saudi Aramco.', 'Cyberattack', 'reportedly'],
    ['Chinese hackers, believed to be linked to the army, breached Equifax.', 'Cyberattack', 'believed'],
  ];
  it.each(hedged)('%s -> %s hedged %s', (text, cls, hedge) => {
    const e = read(text).events.find((x) => x.cls === cls);
    expect(e).toBeDefined();
    expect(e!.hedge).toBe(hedge);
  });

  it('reads "denied being behind" as a denial, never as an attack by the denier', () => {
    const r = read('Russia denied being behind the attack on the Bundestag.');
    const denial = r.events.find((e) => e.cls === 'Denial');
    expect(denial?.agent).toBe('russia');
    expect(r.events.filter((e) => e.cls === 'Cyberattack')).toEqual([]);
  });

  it('points a denial at the attack the story already alleges', () => {
    const r = read(
      'Germany accused Russia of hacking the Bundestag. Moscow denied being behind the attack on the Bundestag.',
    );
    const denial = r.events.find((e) => e.cls === 'Denial');
    const attack = r.events.find((e) => e.cls === 'Cyberattack');
    expect(attack).toMatchObject({ agent: 'russia', hedge: 'alleged' });
    expect(denial?.about).toBe(attack?.id);
  });

  it('points an accusation at the incident it is about', () => {
    const r = read('The United States accused China of hacking the Office of Personnel Management.');
    const acc = r.events.find((e) => e.cls === 'Accusation');
    const attack = r.events.find((e) => e.cls === 'Cyberattack');
    expect(attack).toMatchObject({
      agent: 'china',
      target: 'office-of-personnel-management',
      hedge: 'alleged',
    });
    expect(acc?.about).toBe(attack!.id);
    expect(acc?.id).toBe(`accusation/united-states--china--about-${attack!.id.replace(/\//g, '-')}`);
  });

  const negated = [
    'China did not hack the Office of Personnel Management.',
    'Russia never accused Estonia of the attack.',
    'The two countries did not agree to share data.',
    'Officials said there was no meeting between Iran and Israel.',
  ];
  it.each(negated)('no event from a negated clause: %s', (text) => {
    const classes = read(text).events.map((e) => e.cls);
    expect(classes.filter((c) => c !== 'Statement')).toEqual([]);
  });

  // What someone asks for or plans is not what was done: the request is the event.
  const unrealised: [string, string][] = [
    ['Poland urged NATO to impose sanctions on Belarus.', 'Demand'],
    ['Estonia called on the EU to sanction Russian hackers.', 'Demand'],
    ['Lawmakers threatened to indict the contractor.', ''],
  ];
  it.each(unrealised)('no fact from a requested or planned act: %s', (text, only) => {
    const classes = read(text).events.map((e) => e.cls);
    expect(classes.filter((c) => c !== 'Statement' && c !== 'Role')).toEqual(only ? [only] : []);
  });
});

describe('confidence and corroboration', () => {
  it('gives a hedged event a lower confidence than a plain one', () => {
    const plain = read('Russian hackers breached SolarWinds.').events.find((e) => e.cls === 'Cyberattack')!;
    const hedged = read('Suspected Russian hackers breached SolarWinds.').events.find(
      (e) => e.cls === 'Cyberattack',
    )!;
    expect(hedged.confidence).toBeLessThan(plain.confidence);
    expect(plain.confidence).toBeGreaterThan(0);
    expect(plain.confidence).toBeLessThanOrEqual(1);
  });

  it('merges the same event from several articles into one event with every mention', () => {
    const one = read('Canada accused Russia of election meddling.');
    const two = read(
      'Canada accused Russia of election meddling.',
      'Officials said Canada accused Russia of meddling.',
      'The weather was fine.',
    );
    const single = one.events.filter(
      (e) => e.cls === 'Accusation' && e.agent === 'canada' && e.target === 'russia',
    );
    const merged = two.events.filter(
      (e) => e.cls === 'Accusation' && e.agent === 'canada' && e.target === 'russia',
    );
    expect(merged).toHaveLength(1);
    expect(new Set(merged[0]!.evidence.map((m) => m.doc)).size).toBe(2);
    expect(merged[0]!.confidence).toBeGreaterThan(single[0]!.confidence);
  });

  it('orders the parties of a symmetric event canonically', () => {
    const r = read(
      'China and the United States agreed to talks.',
      'The United States and China agreed to talks.',
    );
    expect(r.events.filter((e) => e.cls === 'Agreement').map((e) => e.id)).toEqual([
      'agreement/china--united-states',
    ]);
  });
});

describe('a question asserts nothing', () => {
  it('reads no accusations from a rhetorical question', () => {
    const r = read(
      'Japan and South Korea met in Seoul on Monday. But can the two sides work together after years of accusations?',
    );
    expect(r.events.filter((e) => e.cls === 'Accusation')).toEqual([]);
    expect(r.tuples).toContain('Meeting: Japan -> South Korea');
  });
});
