// Issue item 4: event frames from the lexicon, active and passive, nominalisations, several
// agents, quotes with the speaker before or after, "according to", "X told Y", "in a statement".
import { describe, expect, it } from 'vitest';
import { read, tuplesOf } from './helpers.js';

const rows: [string, string][] = [
  // accuse / blame / finger / attribute / hold responsible
  ['Britain accused Russia of targeting its elections.', 'Accusation: United Kingdom -> Russia'],
  ['Russia was accused by Britain of meddling in the vote.', 'Accusation: United Kingdom -> Russia'],
  ['Canada blamed China for the intrusion into its research council.', 'Accusation: Canada -> China'],
  ['Australia pinned the attack on China.', 'Accusation: Australia -> China'],
  ['The Netherlands attributed the operation to the GRU.', 'Accusation: Netherlands -> GRU'],
  ['Estonia held Russia responsible for the outage.', 'Accusation: Estonia -> Russia'],
  ['The FBI said North Korea was behind the theft.', 'Accusation: FBI -> North Korea'],
  // deny
  ['Beijing denied the accusation.', 'Denial: China -> null'],
  ['Russia dismissed the allegations as baseless.', 'Denial: Russia -> null'],
  // demand: urge / press / call on / raise concerns with / demand
  ['Japan urged North Korea to halt the attacks.', 'Demand: Japan -> North Korea'],
  ['The European Union called on Russia to respect international law.', 'Demand: European Union -> Russia'],
  ['Germany raised concerns with China over the espionage.', 'Demand: Germany -> China'],
  ['Poland demanded that Belarus stop the disinformation campaign.', 'Demand: Poland -> Belarus'],
  ['India pressed Pakistan to act against the hackers.', 'Demand: India -> Pakistan'],
  // agree / pledge / sign
  [
    'Israel and the United Arab Emirates signed a cyber cooperation pact.',
    'Agreement: Israel -> United Arab Emirates',
  ],
  ['Singapore and Australia pledged to share threat intelligence.', 'Agreement: Australia -> Singapore'],
  ['Finland agreed with Sweden to hold joint exercises.', 'Agreement: Finland -> Sweden'],
  // cooperate / offer
  ['Vietnam said it was ready to cooperate with Japan on the case.', 'CooperationOffer: Vietnam -> Japan'],
  [
    'Kazakhstan offered to help Kyrgyzstan with the investigation.',
    'CooperationOffer: Kazakhstan -> Kyrgyzstan',
  ],
  // meet / talks / summon
  ['Officials from Brazil and Argentina held talks on cybercrime.', 'Meeting: Argentina -> Brazil'],
  // A summons demands an account (8 of 10 outside annotations); in the passive the second side summons.
  ['Norway summoned the Russian ambassador.', 'Demand: Norway -> Russia'],
  [
    'The Russian ambassador was summoned to the Norwegian foreign ministry.',
    'Demand: Norwegian Foreign Ministry -> Russia',
  ],
  ['Egypt met Jordan in Cairo to discuss the attacks.', 'Meeting: Egypt -> Jordan'],
  // hack / breach / attack / steal, nominals
  ['Russian hackers breached SolarWinds.', 'Cyberattack: Russia -> SolarWinds'],
  ['Equifax was hacked by Chinese military hackers.', "Cyberattack: People's Liberation Army -> Equifax"],
  ['Sandworm stole data from Maersk.', 'Cyberattack: Sandworm -> Maersk'],
  [
    "North Korea's attack on Sony Pictures shocked Hollywood.",
    'Cyberattack: North Korea -> Sony Pictures Entertainment',
  ],
  ['Iranian cyberattacks on Saudi Aramco wiped thousands of computers.', 'Cyberattack: Iran -> Saudi Aramco'],
  // indict / charge / sue
  ['The Justice Department indicted seven GRU officers.', 'LegalAction: Justice Department -> GRU'],
  ['Microsoft sued the hacking group Nickel.', 'LegalAction: Microsoft -> APT15'],
  [
    'Five members of APT41 were charged by the Justice Department.',
    'LegalAction: Justice Department -> APT41',
  ],
  // sanction / expel
  ['The Treasury Department sanctioned the Lazarus Group.', 'Sanction: Treasury Department -> Lazarus Group'],
  ['The European Union imposed sanctions on the GRU.', 'Sanction: European Union -> GRU'],
  ['Poland expelled three Russian diplomats.', 'Sanction: Poland -> Russia'],
  // report attributing
  ['A CrowdStrike report linked the intrusions to Fancy Bear.', 'Report: CrowdStrike -> APT28'],
  ['In a report released on Monday, Mandiant attributed the campaign to APT41.', 'Report: Mandiant -> APT41'],
  // roles from titles
  ['French President Emmanuel Macron said the attack was unacceptable.', 'Role: Emmanuel Macron -> France'],
  [
    'Mandiant chief executive Kevin Mandia told lawmakers the campaign was ongoing.',
    'Role: Kevin Mandia -> Mandiant',
  ],
  // several agents in one clause
  ['The United States and Britain accused Russia of the attack.', 'Accusation: United Kingdom -> Russia'],
  ['The United States and Britain accused Russia of the attack.', 'Accusation: United States -> Russia'],
  // quotes and reported speech
  ['"We will respond," said the Kremlin.', 'Statement: Kremlin -> null'],
  ['"The evidence is overwhelming," the FBI said in a statement.', 'Statement: FBI -> null'],
  ['Microsoft said in a statement that the attackers had been removed.', 'Statement: Microsoft -> null'],
  ['According to the Foreign Office, the hackers worked for the GRU.', 'Statement: Foreign Office -> null'],
  ['Japan told South Korea that it would share the evidence.', 'Statement: Japan -> South Korea'],
];

describe('event frames', () => {
  it.each(rows)('%s -> %s', (text, expected) => {
    expect(tuplesOf(text)).toContain(expected);
  });

  it('reads a passive accusation without an accuser as the accused attack, not as an accusation', () => {
    const t = tuplesOf('Chinese hackers were accused of breaching the Office of Personnel Management.');
    expect(t).toContain('Cyberattack: China -> Office of Personnel Management');
    expect(t.some((x) => x.startsWith('Accusation'))).toBe(false);
  });

  it('gives each target of an attribution its own event', () => {
    const t = tuplesOf('CrowdStrike attributed the intrusion to Fancy Bear and Cozy Bear.');
    expect(t).toContain('Accusation: CrowdStrike -> APT28');
    expect(t).toContain('Accusation: CrowdStrike -> APT29');
  });

  it('does not read news agencies as speakers', () => {
    const t = tuplesOf(
      'According to Reuters, the hackers stole data from Anthem. Xinhua reported that talks were held.',
    );
    expect(t.some((x) => x.includes('Reuters') || x.includes('Xinhua'))).toBe(false);
  });

  it('reads "on charges of hacking X" as the indictment\'s incident, not as another legal action', () => {
    const r = read(
      'A federal grand jury indicted seven officers of the GRU on charges of hacking the World Anti-Doping Agency.',
    );
    expect(r.tuples).toContain('Cyberattack: GRU -> World Anti-Doping Agency');
    expect(r.tuples.filter((x) => x.startsWith('LegalAction: GRU'))).toEqual([]);
  });

  it('does not read "hacking groups" as an attack', () => {
    expect(
      tuplesOf('The Treasury designated three North Korean hacking groups.').some((x) =>
        x.startsWith('Cyberattack'),
      ),
    ).toBe(false);
  });

  it("reads a leader's government as the country", () => {
    expect(tuplesOf("Kim Jong Un's government has denied involvement in the Sony hack.")).toContain(
      'Denial: North Korea -> null',
    );
  });

  it('does not read a noun use of a verb as an event', () => {
    const t = tuplesOf(
      'There may be signs that Russia is changing tactics. The state media aired the claims.',
    );
    expect(t.some((x) => x.startsWith('Agreement') || x.startsWith('Statement'))).toBe(false);
  });
});
