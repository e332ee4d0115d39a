// Constructions seen on unseen news (held-out error analysis), one table per kind; every sentence
// is written for the test, none is copied from an article.
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/extract/sentences.js';
import { article, kb, read, tuplesOf } from './helpers.js';

const has = (rows: [string, string][]) =>
  it.each(rows)('%s -> %s', (text, tuple) => expect(tuplesOf(text)).toContain(tuple));
const hasNot = (rows: [string, string][]) =>
  it.each(rows)('%s -/-> %s', (text, tuple) => expect(tuplesOf(text)).not.toContain(tuple));

describe('titles without a nationality word', () => {
  has([
    [
      'Foreign Secretary James Cleverly said the attacks were unacceptable.',
      'Role: James Cleverly -> United Kingdom',
    ],
    [
      // The Attorney General serves the country (5 of 7 outside annotations); see the deputies below.
      'Attorney General Merrick Garland said the case was strong.',
      'Role: Merrick Garland -> United States',
    ],
    ['Treasury Secretary Janet Yellen announced new measures.', 'Role: Janet Yellen -> United States'],
  ]);
});

describe('a title after the name, in the possessive of the organisation', () => {
  has([
    ["Brad Smith, Microsoft's president, said the attack was reckless.", 'Role: Brad Smith -> Microsoft'],
    ["Brad Smith, Microsoft's president, said the attack was reckless.", 'Statement: Brad Smith -> null'],
    [
      "Sundar Pichai, Google's chief executive, said the company had been targeted.",
      'Role: Sundar Pichai -> Google',
    ],
  ]);
  hasNot([
    ["Brad Smith, Microsoft's president, said the attack was reckless.", 'Statement: Microsoft -> null'],
  ]);
});

describe('a speech verb opens a clause with its own subject', () => {
  hasNot([
    ['Researchers at Mandiant said the intruders had breached Equifax.', 'Cyberattack: Mandiant -> Equifax'],
  ]);
});

describe('reported attribution by an analyst is a finding: accusation and report', () => {
  const text = 'The NCSC assessed that the GRU was highly likely to have been responsible.';
  has([
    [text, 'Accusation: National Cyber Security Centre -> GRU'],
    [text, 'Report: National Cyber Security Centre -> GRU'],
    ['Mandiant attributed the intrusion to Hafnium.', 'Report: Mandiant -> Hafnium'],
    ['Mandiant, which tracks the group as APT41, said the attack was over.', 'Report: Mandiant -> APT41'],
    [
      'Sandworm, which Google blamed for the attacks on the grid, is part of the GRU.',
      'Accusation: Google -> Sandworm',
    ],
  ]);
  hasNot([
    [text, 'Statement: National Cyber Security Centre -> null'],
    ['Germany blamed Russia for the attack.', 'Report: Germany -> Russia'],
    [
      'APT28, which CrowdStrike blamed for the breach at the DNC, is run by the GRU.',
      'Cyberattack: APT28 -> GRU',
    ],
  ]);
});

describe('denials', () => {
  has([
    ["Iran rejected Mandiant's report.", 'Denial: Iran -> Mandiant'],
    [
      'Kremlin spokesman Dmitry Peskov said Russia had nothing to do with the attack.',
      'Denial: Russia -> null',
    ],
    [
      'Kremlin spokesman Dmitry Peskov said Russia had nothing to do with the attack.',
      'Denial: Dmitry Peskov -> null',
    ],
  ]);
});

describe('trigger words that state no such event', () => {
  const none = (rows: [string, string][]) =>
    it.each(rows)('%s: no %s', (text, cls) =>
      expect(tuplesOf(text).filter((t) => t.startsWith(cls + ':'))).toEqual([]),
    );
  none([
    [
      'Officials in Paris and Berlin urged citizens to sign up for alerts from France and Germany.',
      'Agreement',
    ],
    ['The officers of Russia and Belarus are charged with conspiracy to commit fraud.', 'Agreement'],
    ['Tensions rose after the United States withdrew from the nuclear deal with Iran.', 'Agreement'],
    ['Any attack by Russia on Estonia will be met with a firm response.', 'Meeting'],
    ['Iran was blamed for drone and missile attacks on Saudi oil facilities.', 'Cyberattack'],
  ]);
  has([
    ['China and Japan committed to a code of conduct.', 'Agreement: China -> Japan'],
    ['Iranian hackers attacked Saudi Aramco.', 'Cyberattack: Iran -> Saudi Aramco'],
  ]);
});

describe('coordinated and listed parties: one event each', () => {
  const joint = 'A joint statement by the FBI, the NSA and CISA said the outage was over.';
  const joined =
    'The United States, joined by Britain, Canada and Japan, accused China of hacking Microsoft.';
  const issued = 'Canada, Australia and Japan later issued statements backing the assessment.';
  has([
    [joint, 'Statement: FBI -> null'],
    [joint, 'Statement: National Security Agency -> null'],
    [joined, 'Accusation: United States -> China'],
    [joined, 'Accusation: United Kingdom -> China'],
    [joined, 'Accusation: Japan -> China'],
    [issued, 'Statement: Canada -> null'],
    [issued, 'Statement: Japan -> null'],
  ]);
});

describe('aliases name the same actor', () => {
  const text =
    '"The SVR, also known as APT29, Cozy Bear and The Dukes, was behind the hack," the White House said.';
  has([[text, 'Accusation: White House -> SVR']]);
  hasNot([[text, 'Accusation: White House -> APT29']]);
});

describe('a quote belongs to the speech verb of its own clause', () => {
  const rows: [string, string, string | undefined][] = [
    [
      'Prime Minister Jacinda Ardern said she "warned Moscow twice", while Kremlin spokesman Dmitry Peskov said Russia was ready to talk.',
      'Dmitry Peskov',
      undefined,
    ],
    [
      'Prime Minister Jacinda Ardern said she "warned Moscow twice", while Kremlin spokesman Dmitry Peskov said Russia was ready to talk.',
      'Jacinda Ardern',
      'warned Moscow twice',
    ],
    [
      '"We will respond," Kremlin spokesman Dmitry Peskov told reporters.',
      'Dmitry Peskov',
      'We will respond,',
    ],
  ];
  it.each(rows)('%s: %s quotes %s', (text, speaker, quote) => {
    const r = read(text);
    const who = r.entity(speaker)!.id;
    expect(r.events.find((e) => e.cls === 'Statement' && e.agent === who)?.quote).toBe(quote);
  });
});

describe('a pronoun speaker is the person the recent sentences are about', () => {
  const text =
    'President Emmanuel Macron said he had warned Russian President Vladimir Putin in a call. "We will not stay silent," he said.';
  it('credits the quote to the subject, not the last person named', () => {
    const r = read(text);
    const quoteBy = r.events.find((e) => e.cls === 'Statement' && e.quote?.startsWith('We will'))?.agent;
    expect(quoteBy).toBe(r.entity('Emmanuel Macron')!.id);
  });
});

describe("a body named before a role word, in the person's country", () => {
  has([
    [
      'Foreign ministry spokesman Wang Wenbin said the claims were baseless.',
      'Role: Wang Wenbin -> Chinese Foreign Ministry',
    ],
  ]);
  hasNot([
    ['Foreign ministry spokesman Wang Wenbin said the claims were baseless.', 'Role: Wang Wenbin -> China'],
  ]);
});

describe('defendants and the sanctioned: the object, not the offence, not counted nationals', () => {
  has([
    [
      'The Justice Department indicted four Chinese nationals, three of them MSS officers, with stealing research.',
      'LegalAction: Justice Department -> Ministry of State Security',
    ],
    [
      'The Justice Department charged Park Jin Hyok over the Sony hack.',
      'LegalAction: Justice Department -> Park Jin Hyok',
    ],
    [
      'The Treasury sanctioned six Russian companies that support the SVR.',
      'Sanction: Treasury Department -> null',
    ],
  ]);
  hasNot([
    [
      'The Justice Department indicted four Chinese nationals, three of them MSS officers, with stealing research.',
      'LegalAction: Justice Department -> China',
    ],
    [
      'Prosecutors in Boston indicted 12 Russian Intelligence Officers over the DNC hack.',
      'LegalAction: Boston -> Democratic National Committee',
    ],
    [
      'The FBI charged the GRU officers on charges of hacking the Democratic National Committee.',
      'LegalAction: FBI -> Democratic National Committee',
    ],
    [
      'The Treasury sanctioned six Russian companies that support the SVR.',
      'Sanction: Treasury Department -> SVR',
    ],
    // A demonym that describes a name, or heads people in a list of demonyms, is no state.
    [
      'The Treasury sanctioned Belarusian web host Nordvik Group on Tuesday.',
      'Sanction: Treasury Department -> Belarus',
    ],
    [
      'The EU imposed sanctions on Iranian, Syrian and North Korean hackers.',
      'Sanction: European Union -> Iran',
    ],
    [
      'The EU imposed sanctions on Iranian, Syrian and North Korean hackers.',
      'Sanction: European Union -> Syria',
    ],
  ]);
  has([
    [
      'The Treasury sanctioned Belarusian web host Nordvik Group on Tuesday.',
      'Sanction: Treasury Department -> Nordvik Group',
    ],
    ['The EU imposed sanctions on Iran and Syria over the attacks.', 'Sanction: European Union -> Syria'],
  ]);
});

describe('scare quotes inside a clause do not bound its arguments', () => {
  has([
    [
      'GCHQ assessed that the SVR was "almost certainly" responsible for the breach.',
      'Accusation: GCHQ -> SVR',
    ],
  ]);
});

describe('"X in origin": the speaker names the source', () => {
  const text = 'A joint statement by the FBI and CISA said the intrusion was "likely Chinese in origin".';
  has([
    [text, 'Accusation: FBI -> China'],
    [text, 'Accusation: Cybersecurity and Infrastructure Security Agency -> China'],
  ]);
  hasNot([
    ['The origin of the attack on Estonia is unclear, Estonia said.', 'Accusation: Estonia -> Estonia'],
  ]);
});

describe('victims and attack verbs', () => {
  has([
    ['APT29 breached several companies, including Intel and Cisco.', 'Cyberattack: APT29 -> Intel'],
    ['APT29 breached several companies, including Intel and Cisco.', 'Cyberattack: APT29 -> Cisco'],
    [
      'The Lazarus Group hit Sony Pictures and Bangladesh Bank.',
      'Cyberattack: Lazarus Group -> Bangladesh Bank',
    ],
    [
      'The attack on Sony has been attributed to North Korea.',
      'Cyberattack: North Korea -> Sony Pictures Entertainment',
    ],
  ]);
  hasNot([['The EU hit Russia with sanctions.', 'Cyberattack: European Union -> Russia']]);
});

describe('sanctions "with" their object', () => {
  has([
    ['The EU hit Russia with tough new sanctions.', 'Sanction: European Union -> Russia'],
    ['Washington slapped Pyongyang with new sanctions.', 'Sanction: United States -> North Korea'],
  ]);
  hasNot([['The EU hit Russia with tough new sanctions.', 'Sanction: Russia -> null']]);
});

describe('passive blame and relative clauses on an apposition', () => {
  has([
    ['APT28 was blamed for attacks on Ukraine.', 'Cyberattack: APT28 -> Ukraine'],
    [
      "Sandworm, a hacking group that was blamed for attacks on Ukraine's power grid, is Russian.",
      'Cyberattack: Sandworm -> Ukraine',
    ],
    ['The FBI blamed the intrusion on North Korea.', 'Accusation: FBI -> North Korea'],
    // The speaker inside a relative clause accuses what the clause describes.
    [
      'The EU listed the Andariel group, which the bloc said was behind the theft from the central bank.',
      'Accusation: European Union -> Andariel',
    ],
    [
      'Britain named the Kimsuky group, which it held responsible for attacks on the nuclear operator.',
      'Accusation: United Kingdom -> Kimsuky',
    ],
  ]);
  hasNot([
    [
      'Britain named the Kimsuky group, which it held responsible for attacks on Estonia.',
      'Accusation: United Kingdom -> Estonia',
    ],
  ]);
});

describe('expelled people stand for their state', () => {
  has([['Estonia expelled four Russian intelligence officers.', 'Sanction: Estonia -> Russia']]);
});

describe('the speaker is the person, not the organisation in apposition', () => {
  hasNot([
    ['A spokesman for Microsoft, Frank Shaw, said the breach was contained.', 'Statement: Microsoft -> null'],
  ]);
  has([
    [
      'A spokesman for Microsoft, Frank Shaw, said the breach was contained.',
      'Statement: Frank Shaw -> null',
    ],
    ['Google, Microsoft and Amazon said the breach was contained.', 'Statement: Google -> null'],
    // An outlet after the verb is spoken to; the speaker is no journalist of it.
    [
      "The company's founder, Tomas Brenner, told Reuters the data was safe.",
      'Statement: Tomas Brenner -> Reuters',
    ],
    ['"We will not pay," said Kordel\'s chief executive, Tomas Brenner.', 'Statement: Tomas Brenner -> null'],
  ]);
  hasNot([
    ['"We will not pay," said Kordel\'s chief executive, Tomas Brenner.', 'Statement: Kordel -> null'],
  ]);
});

describe('condemnation accuses', () => {
  has([
    ["NATO condemned Russia's cyberattack on Estonia.", 'Accusation: NATO -> Russia'],
    ['The European Union condemned China for the hack.', 'Accusation: European Union -> China'],
  ]);
});

describe('labels do not absorb the country in focus', () => {
  it('keeps a body with a name of its own unqualified', () => {
    const r = read('Chinese hackers breached the European Banking Authority.');
    expect(r.entity('European Banking Authority')).toBeDefined();
    expect(r.entity('Chinese European Banking Authority')).toBeUndefined();
  });
  it('qualifies a generic office with the country in focus', () => {
    expect(
      read('China denied it. The Foreign Ministry said so.').entity('Chinese Foreign Ministry'),
    ).toBeDefined();
  });
});

describe('claims of responsibility', () => {
  has([
    [
      'The Cyber Army claimed responsibility for the hack of the Bundestag.',
      'Cyberattack: Cyber Army -> Bundestag',
    ],
    [
      'DarkSide claimed responsibility for the hack of Colonial Pipeline.',
      'Cyberattack: DarkSide -> Colonial Pipeline',
    ],
    ['DarkSide claimed responsibility for the hack of Colonial Pipeline.', 'Statement: DarkSide -> null'],
  ]);
  hasNot([
    [
      'DarkSide did not claim responsibility for the hack of Colonial Pipeline.',
      'Cyberattack: DarkSide -> Colonial Pipeline',
    ],
  ]);
});

describe('names listed after a noun for people are people', () => {
  const text =
    'The FBI charged three North Korean hackers, Jon Chang Hyok, Kim Il and Park Jin Hyok, over the heists.';
  has([
    [text, 'LegalAction: FBI -> Jon Chang Hyok'],
    [text, 'LegalAction: FBI -> Kim Il'],
    [
      'The Justice Department indicted two Chinese nationals, Li Xiaoyu and Dong Jiazhi, with hacking.',
      'LegalAction: Justice Department -> Dong Jiazhi',
    ],
  ]);
  hasNot([[text, 'LegalAction: FBI -> North Korea']]);
});

describe('demands', () => {
  has([
    ['Britain called for China to end the campaign.', 'Demand: United Kingdom -> China'],
    ['NATO told Russia to stop its malicious cyber activities.', 'Demand: NATO -> Russia'],
  ]);
  hasNot([['Kerry told China that the talks went well.', 'Demand: John Kerry -> China']]);
});

describe('charges: who is named, who the counted stand for, who brings them', () => {
  const including =
    'The Justice Department charged five SVR officers, including Pavel Orlov and Ilya Sokol, with fraud.';
  has([
    [including, 'LegalAction: Justice Department -> SVR'],
    [including, 'LegalAction: Justice Department -> Pavel Orlov'],
    [including, 'LegalAction: Justice Department -> Ilya Sokol'],
    [including, 'Role: Ilya Sokol -> SVR'],
    [
      'The FBI charged Ivan Orlov in May. In 2019, a federal grand jury indicted Reza Karimi on charges of fraud.',
      'LegalAction: FBI -> Reza Karimi',
    ],
    [
      'The FBI charged Pavel Orlov in May. Prosecutors said Orlov was behind the attack on the Polish railway.',
      'Accusation: FBI -> Pavel Orlov',
    ],
    // The indictment cited by "according to" is the prosecutor's, not the country named before it.
    [
      'A Dutch engineer has been charged, the Justice Department said. Pieter Vos is accused of selling the plans of a Danish naval radar, according to an indictment unsealed in Boston. Three Belarusians were charged in the same indictment. The three — Oleg Sobol, Ivan Lis and Petr Kot — were working for Minsk, prosecutors said.',
      'LegalAction: Justice Department -> Ivan Lis',
    ],
    // "the men" after the charges are the people charged, past a participle aside on the subject.
    [
      'The FBI charged Ivan Petrov and Oleg Sidorov on Monday. The indictment, returned by a federal grand jury in Ohio, accuses the men of deploying a wiper against Polish ministries.',
      'Accusation: FBI -> Oleg Sidorov',
    ],
    // A country's prosecutors are its prosecuting body once the story names it.
    [
      'The United States charged Ivan Petrov and Oleg Sidorov with fraud on Monday, the Justice Department said. Prosecutors said the men had hacked Polish ministries.',
      'Accusation: Justice Department -> Ivan Petrov',
    ],
    [
      'The Justice Department opened the case in May. Ivan Petrov and Oleg Sidorov were charged by U.S. prosecutors on Monday with fraud.',
      'LegalAction: Justice Department -> Ivan Petrov',
    ],
    [
      'The Justice Department opened the case in May. U.S. prosecutors said the group had also probed systems in Estonia.',
      'Statement: Justice Department -> null',
    ],
  ]);
  hasNot([
    [
      'A Dutch engineer has been charged, the Justice Department said. Pieter Vos is accused of selling the plans of a Danish naval radar, according to an indictment unsealed in Boston. Three Belarusians were charged in the same indictment. The three — Oleg Sobol, Ivan Lis and Petr Kot — were working for Minsk, prosecutors said.',
      'LegalAction: Denmark -> Ivan Lis',
    ],
    // People of a nationality left unnamed are no party (outside annotations name them where the text does).
    [
      'The Justice Department indicted four Vietnamese nationals over the intrusions.',
      'LegalAction: Justice Department -> Vietnam',
    ],
    ['The US charged a North Korean programmer over the heist.', 'LegalAction: United States -> North Korea'],
    [
      'Investigators charged two Belarusian hackers in May. Prosecutors said the men were behind the attack.',
      'Accusation: Investigators -> Belarus',
    ],
  ]);
});

describe('membership of a group is a role', () => {
  has([
    [
      'The FBI charged Lin Wei and Zhou Bo. Lin and Zhou were members of a hacking group known as APT41.',
      'Role: Zhou Bo -> APT41',
    ],
    [
      "The complaint names Oleg Smirnov, Anna Volkova and Ivan Kuzmin, who are alleged to be officers of the GRU's Unit 29155.",
      'Role: Anna Volkova -> Unit 29155',
    ],
  ]);
  hasNot([
    [
      "The complaint names Oleg Smirnov and Ivan Kuzmin, who are alleged to be officers of the GRU's Unit 29155.",
      'Statement: Oleg Smirnov -> null',
    ],
  ]);
});

describe('victims named apart from the attack', () => {
  has([
    [
      'Canada blamed Iran for the ransomware attack. Among the victims were the retailer Loblaw, the city of Toronto and Bell Canada.',
      'Cyberattack: Iran -> Loblaw',
    ],
    [
      'Researchers said APT29 hacked Ericsson. Nokia and Telia were among the victims.',
      'Cyberattack: APT29 -> Telia',
    ],
    ['Tehran says Iran is itself a victim of Israeli cyberattacks.', 'Cyberattack: Israel -> Iran'],
    [
      'APT31 breached Airbus in 2019. The attackers later broke into the networks of Thales.',
      'Cyberattack: APT31 -> Thales',
    ],
  ]);
  hasNot([
    [
      'APT28 hacked the Bundestag. Russia says it is a victim of the sanctions.',
      'Cyberattack: APT28 -> Russia',
    ],
  ]);
});

describe('roles from appositions and portfolio titles', () => {
  has([
    ['Sarah Clark, the Irish cyber minister, said the attack was reckless.', 'Role: Sarah Clark -> Ireland'],
    ['Tomas Berg, the foreign secretary, warned Iran.', 'Role: Tomas Berg -> United Kingdom'],
    [
      'Lena Holm, head of threat research at Kaspersky, said the group was Russian.',
      'Role: Lena Holm -> Kaspersky',
    ],
    ['Kremlin cyber envoy Oleg Khramov said Russia was not involved.', 'Role: Oleg Khramov -> Kremlin'],
    [
      'Canada condemned the hack. Public Safety Minister Dominic LeBlanc said the attack was serious.',
      'Role: Dominic LeBlanc -> Canada',
    ],
    ["Digital Minister Ciara O'Brien said the data was safe.", "Statement: Ciara O'Brien -> null"],
  ]);
  hasNot([['Tomas Berg, the foreign secretary, warned Iran.', 'Role: Tomas Berg -> Iran']]);
});

describe('names with initials and ampersands', () => {
  has([
    [
      'Maria K. Lund, the chief executive of Telenor, said the data was safe.',
      'Role: Maria K. Lund -> Telenor',
    ],
    ['"We saw no leak," said Peter J. Novak, a Siemens spokesman.', 'Statement: Peter J. Novak -> null'],
    ['AT&T said it had expelled the intruders.', 'Statement: AT&T -> null'],
  ]);
});

describe('attacks: reduced passives and negated light verbs', () => {
  has([
    [
      'The mixer laundered $600 million stolen by the Lazarus Group from Harmony.',
      'Cyberattack: Lazarus Group -> Harmony',
    ],
  ]);
  hasNot([
    [
      'Treasury said the mixer laundered money stolen by the Lazarus Group.',
      'Cyberattack: Treasury Department -> Lazarus Group',
    ],
    [
      'Peskov told reporters in Moscow that Russia had "never carried out" attacks on Germany.',
      'Cyberattack: Russia -> Germany',
    ],
    ['Peskov told reporters in Moscow that Russia was not involved.', 'Statement: Dmitry Peskov -> Russia'],
  ]);
});

describe('an attack told without its perpetrator continues the story', () => {
  has([
    [
      'Mandiant said APT40 had breached the Port Authority. Months later, hackers broke into the customs agency of Malta.',
      'Cyberattack: APT40 -> Malta',
    ],
  ]);
  hasNot([['Hackers broke into the customs agency of Malta.', 'Cyberattack: APT40 -> Malta']]);
});

describe('reported attacks without a named victim still accuse', () => {
  has([
    [
      'An EU report said Minsk continued to target opposition activists.',
      'Accusation: European Union -> Belarus',
    ],
    ['Kiev blamed Moscow within hours.', 'Accusation: Ukraine -> Russia'],
    [
      'Serbian officials blamed Croatia and the United States for the outage.',
      'Accusation: Serbia -> United States',
    ],
  ]);
  hasNot([
    [
      'Kerry said that U.S. firms have been hurt by cyber intrusions in recent years.',
      'Accusation: John Kerry -> United States',
    ],
  ]);
});

describe('role words back to their determiner', () => {
  has([
    [
      'Israel said Iran was behind it. Officials said that the prime minister, Naftali Bennett, had been briefed.',
      'Role: Naftali Bennett -> Israel',
    ],
    [
      'Canberra blamed Russia. The home affairs and cyber security minister, Clare Ryan, said the attack was serious.',
      'Role: Clare Ryan -> Australia',
    ],
  ]);
});

describe('roles: the office before the name, former offices, offices inside the role words', () => {
  has([
    [
      'Latvia blamed Russia. Latvia said so again. The defence minister, Ilze Ozola, said the attack was serious.',
      'Role: Ilze Ozola -> Latvia',
    ],
    [
      "Finland blamed Russia. Mikko Rinne, then Finland's interior minister, said the attack was planned.",
      'Role: Mikko Rinne -> Finland',
    ],
    [
      'Sara Beck, the deputy Treasury secretary, said the sanctions would bite.',
      'Role: Sara Beck -> Treasury Department',
    ],
    [
      'Omar Haddad, a Russia specialist at the cybersecurity firm Recorded Future, said the group was Russian.',
      'Role: Omar Haddad -> Recorded Future',
    ],
    [
      'Omar Haddad, a Russia specialist at the cybersecurity firm Recorded Future, said the group was Russian.',
      'Statement: Omar Haddad -> null',
    ],
  ]);
  hasNot([
    [
      'Omar Haddad, a Russia specialist at the cybersecurity firm Recorded Future, said the group was Russian.',
      'Role: Omar Haddad -> Russia',
    ],
  ]);
});

describe('denials and accusations by spokespeople', () => {
  has([
    [
      'In Tehran, the foreign ministry spokesman Nasser Kanaani rejected any suggestion of Iranian involvement.',
      'Denial: Nasser Kanaani -> null',
    ],
    [
      'Maria Zakharova said Russia "firmly opposes all forms of cyber crime".',
      'Denial: Maria Zakharova -> null',
    ],
    [
      'Nasser Kanaani said Israel should "stop its lies" and accused Washington of hacking Iranian banks.',
      'Accusation: Nasser Kanaani -> United States',
    ],
  ]);
  hasNot([
    [
      'In Tehran, the foreign ministry spokesman Nasser Kanaani rejected any suggestion of Iranian involvement.',
      'Denial: Iran -> null',
    ],
  ]);
});

describe('spokespeople of generic state bodies, envoys, agency heads', () => {
  has([
    [
      'Olga Petrova, the Russian foreign ministry spokeswoman, said the claims were absurd.',
      'Role: Olga Petrova -> Russian Foreign Ministry',
    ],
    [
      'Iran denied it. Reza Karimi, a foreign ministry spokesman, said Iran opposed the charges.',
      'Role: Reza Karimi -> Iranian Foreign Ministry',
    ],
    ['Anna Berg, the Swedish ambassador to Russia, said the plot was reckless.', 'Role: Anna Berg -> Sweden'],
    [
      'Colonel Pieter Visser, the head of the Dutch military intelligence agency MIVD, said the men arrived in April.',
      'Statement: Pieter Visser -> null',
    ],
    ['Attorney General Dana Ruiz said the charges were serious.', 'Role: Dana Ruiz -> United States'],
  ]);
  hasNot([
    ['Anna Berg, the Swedish ambassador to Russia, said the plot was reckless.', 'Role: Anna Berg -> Russia'],
  ]);
});

describe('background references and compounds are no new events', () => {
  hasNot([
    [
      'The EU sanctioned the Russian spy chief and GRU hackers over the attack.',
      'Cyberattack: Russia -> GRU',
    ],
    [
      'Berlin said it would push for EU sanctions against those responsible.',
      'Sanction: European Union -> null',
    ],
    [
      'The charges came as Washington sought to save the nuclear agreement reached between Iran and world powers.',
      'Agreement: Iran -> United States',
    ],
    [
      'The advisory was co-signed by agencies from Britain and Canada.',
      'Agreement: Canada -> United Kingdom',
    ],
  ]);
  has([
    [
      'Prosecutors charged seven GRU officers, including the four men expelled by the Netherlands.',
      'Sanction: Netherlands -> GRU',
    ],
  ]);
});

describe('the subject past an aside in commas', () => {
  has([
    [
      'Sasse said Russia was behind it. The German government, she added, had urgently called on Russia to stop the activities.',
      'Demand: Germany -> Russia',
    ],
    [
      'The EU, in a statement by its foreign policy chief Josep Borrell, urged Chinese authorities to take action.',
      'Demand: European Union -> China',
    ],
  ]);
  hasNot([
    [
      'Sasse said Russia was behind it. The German government, she added, had urgently called on Russia to stop the activities.',
      'Demand: Sasse -> Russia',
    ],
  ]);
});

describe('shared subjects: participle clauses, "and said", reduced passives', () => {
  const objectsThenTime = 'The FBI charged Li Wei and Zhang Min on Monday and accused China of hacking.';
  const inIndictment =
    'The FBI charged Li Wei and Zhang Min in a 20-page indictment and accused China of protecting them.';
  hasNot([
    [objectsThenTime, 'Accusation: Zhang Min -> China'],
    [inIndictment, 'Accusation: Zhang Min -> China'],
    // The document of the charge just told brings no charge of its own.
    [inIndictment, 'LegalAction: Zhang Min -> China'],
  ]);
  has([
    // Past a phrase the first verb's object carries ("with hacking", "in Boston", "in a … indictment").
    [
      'The Justice Department charged Li Wei and Zhang Min with hacking and accused China of protecting them.',
      'Accusation: Justice Department -> China',
    ],
    ['The FBI charged Li Wei in Boston and accused China of shielding him.', 'Accusation: FBI -> China'],
    [inIndictment, 'Accusation: FBI -> China'],
    // Objects with a determiner.
    [
      'Britain sanctioned the GRU and the SVR on Thursday and accused Moscow of sabotage.',
      'Accusation: United Kingdom -> Russia',
    ],
    // Past the objects and when it was done, the second verb shares the first one's subject.
    [objectsThenTime, 'Accusation: FBI -> China'],
    // The defendants accused as a group leave the side a denial answers for unchanged.
    [
      `${objectsThenTime} The indictment also accuses the men of supplying the MSS with passwords. Wang Bo, a Chinese spokesman, said the United States must "stop its slander".`,
      'Denial: Wang Bo -> null',
    ],
    [
      'The Justice Department indicted Omar Haddad, accusing him of attacks on US banks.',
      'LegalAction: Justice Department -> Omar Haddad',
    ],
    [
      'The Iranian foreign ministry accused Britain of lying and said the claims were baseless.',
      'Statement: Iranian Foreign Ministry -> null',
    ],
    [
      'He was among nine GRU officers charged by the Justice Department over the hacking of the DNC.',
      'LegalAction: Justice Department -> GRU',
    ],
    [
      'The FBI charged six officers. They are Ivan Orlov and Petr Ilyin, the bureau said.',
      'Statement: FBI -> null',
    ],
  ]);
  hasNot([
    [
      'The Justice Department indicted seven Syrian hackers, accusing them of attacks on US banks.',
      'Cyberattack: Justice Department -> United States',
    ],
    [
      'He was among nine GRU officers charged by the Justice Department over the hacking of the DNC.',
      'Cyberattack: Justice Department -> Democratic National Committee',
    ],
  ]);
});

describe('"the agency" may point back to a military intelligence agency', () => {
  has([
    [
      'The GRU was named in the report. The NCSC blamed the agency for attacks on the Olympic Committee.',
      'Accusation: National Cyber Security Centre -> GRU',
    ],
  ]);
});

describe('attribution by sponsorship, involvement and joining', () => {
  has([
    [
      'The BSI said it was confident that Turla was acting on behalf of the FSB.',
      'Accusation: Federal Office for Information Security -> FSB',
    ],
    [
      'The BSI said it was confident that Turla was acting on behalf of the FSB.',
      'Accusation: Federal Office for Information Security -> Turla',
    ],
    ['Scholz said there was clear evidence of Russian involvement.', 'Accusation: Olaf Scholz -> Russia'],
    [
      'Poland accused the GRU of the attack. Lithuania and Latvia joined the condemnation.',
      'Accusation: Latvia -> GRU',
    ],
    [
      'Japan accused the MSS of the hack. Korea and India joined the condemnation of Chinese hacking.',
      'Accusation: India -> China',
    ],
  ]);
  hasNot([
    ['Scholz said there was no evidence of Russian involvement.', 'Accusation: Olaf Scholz -> Russia'],
  ]);
});

describe('people and institutions written in other house styles', () => {
  has([
    ['Nato said Russia was behind the attacks on Estonia.', 'Accusation: NATO -> Russia'],
    [
      'Le Van Thanh, a spokesman for the Vietnamese foreign ministry, said the report was unfounded.',
      'Role: Le Van Thanh -> Vietnamese Foreign Ministry',
    ],
    [
      "Omid Rahimi, the company's chief executive, said the plant had stopped.",
      'Statement: Omid Rahimi -> null',
    ],
  ]);
});

describe('attacks pointed back to, and told without an accuser', () => {
  has([
    [
      'Hackers paralysed the fuel system of Iran in October. Iranian officials blamed Israel for that attack.',
      'Cyberattack: Israel -> Iran',
    ],
    [
      "Reuters reported that China's Ministry of State Security was responsible for the attack on the Australian Parliament.",
      'Cyberattack: Ministry of State Security -> Parliament of Australia',
    ],
    [
      'Sandworm hacked Ukrenergo in 2016. A year later, the malware crippled computers at Maersk.',
      'Cyberattack: Sandworm -> Maersk',
    ],
  ]);
});

describe('joint advisories and similar findings', () => {
  const joint =
    'In a joint advisory, the Cybersecurity and Infrastructure Security Agency (CISA), the National Security Agency and the FBI said the group known as Volt Typhoon had compromised the networks of the Department of Energy.';
  has([
    [joint, 'Accusation: Cybersecurity and Infrastructure Security Agency -> Volt Typhoon'],
    [joint, 'Report: National Security Agency -> Volt Typhoon'],
    [
      'ESET said the Turla group was behind the intrusion. Trend Micro and Sophos published similar findings.',
      'Report: Sophos -> Turla',
    ],
    [
      'Elliptic estimated in a report that Iran-linked hackers had stolen $20 million from crypto exchanges.',
      'Accusation: Elliptic -> Iran',
    ],
  ]);
});

describe('demands: several urged, one named among many, a counterpart by name', () => {
  has([
    ['Olaf Scholz called on Beijing and Moscow to stop the attacks.', 'Demand: Olaf Scholz -> Russia'],
    ['Canada called on all countries, including Iran, to respect the norms.', 'Demand: Canada -> Iran'],
    [
      'Penny Wong raised the issue with her Chinese counterpart, Wang Yi, during talks in Tokyo.',
      'Demand: Penny Wong -> Wang Yi',
    ],
    [
      "Agnes Weber, the group's director, called on governments to ban the spyware.",
      'Statement: Agnes Weber -> null',
    ],
    [
      'Mao Ning said the Five Eyes report was "a collective disinformation campaign".',
      'Denial: Mao Ning -> Five Eyes',
    ],
  ]);
  hasNot([
    [
      'Penny Wong raised the issue with her Chinese counterpart, Wang Yi, during talks in Tokyo.',
      'Demand: Penny Wong -> Japan',
    ],
  ]);
});

describe('"the foreign ministry" is the body of the country last named', () => {
  has([
    [
      'Iran rejected the charges. In a statement, the foreign ministry said the case was a fabrication.',
      'Statement: Iranian Foreign Ministry -> null',
    ],
  ]);
  hasNot([
    [
      'China was blamed for a hack of the federal agency that handles security clearances.',
      'Cyberattack: China -> Chinese Federal Agency',
    ],
  ]);
});

describe('reported clauses keep their own subjects', () => {
  has([
    [
      'Australia imposed sanctions, targeting a Russian man it says was behind the hack of health insurer Medibank.',
      'Cyberattack: Russia -> Medibank',
    ],
    [
      'The EU said the hacking had been carried out from Russia and urged the Russian authorities to act.',
      'Demand: European Union -> Russia',
    ],
    ['Johnson & Johnson said it had found no breach.', 'Statement: Johnson & Johnson -> null'],
    [
      'Barack Obama, the former president, said the attack was serious.',
      'Role: Barack Obama -> United States',
    ],
  ]);
  hasNot([
    ['Merck told investors the attack had disrupted operations in Ukraine.', 'Cyberattack: Merck -> Ukraine'],
    [
      'Australia imposed sanctions, targeting a Russian man it says was behind the hack of health insurer Medibank.',
      'Cyberattack: Australia -> Medibank',
    ],
    [
      'A teenager was charged in Britain and an American in the United States. Twitter said it thanked the police and that it was "committed to providing as much transparency as possible" about the incident.',
      'Agreement: United Kingdom -> United States',
    ],
  ]);
});

describe('people by their given name or a surname written first', () => {
  has([
    ['Prosecutors charged Wang Qian with hacking Equifax.', 'Cyberattack: Wang Qian -> Equifax'],
    ['Hamid Karimi warned that the attacks would continue.', 'Statement: Hamid Karimi -> null'],
  ]);
});

it('a given name before an organisation word stays an organisation', () => {
  expect(
    read('Johns Hopkins University said it was investigating.').entity('Johns Hopkins University')?.type,
  ).toBe('Organization');
});

describe('following suit, pleading, going on after "and", definite attacks with their author', () => {
  has([
    [
      'Britain blamed Russia for the attack. Hours later the White House followed suit.',
      'Accusation: White House -> Russia',
    ],
    ['Britain blamed Russia for the attack. Canada and Norway joined in.', 'Accusation: Norway -> Russia'],
    ['Carl Berg pleaded not guilty to all charges.', 'Denial: Carl Berg -> null'],
    [
      'Anna Lind accused Olof Persson of lying and demanded that Persson resign.',
      'Demand: Anna Lind -> Olof Persson',
    ],
    [
      'Hackers broke into Ubisoft in November. The breach, carried out by a group calling itself Lapsus$, exposed code.',
      'Cyberattack: Lapsus$ -> Ubisoft',
    ],
  ]);
});

describe('sanctions a country is under', () => {
  has([
    [
      'Iran was already under US and European Union sanctions over its nuclear programme.',
      'Sanction: European Union -> Iran',
    ],
  ]);
  hasNot([
    [
      'The EU, which adopted a framework for sanctioning cyber-attackers in 2019, has used it against the GRU.',
      'Sanction: European Union -> null',
    ],
  ]);
});

describe('an apposition closed by a name, and offices in lower case', () => {
  has([
    [
      'Prime Minister Petr Fiala denied it. Andrej Babis, the leader of the main opposition party, ANO, accused the prime minister of lying.',
      'Accusation: Andrej Babiš -> Petr Fiala',
    ],
  ]);
});

describe('groups of people named before, offices inside organisations', () => {
  const men =
    'The FBI charged Ivan Orlov, Petr Ilyin and Oleg Titov. The three men, all members of GRU Unit 29155, were charged in Ohio.';
  has([
    [men, 'Role: Oleg Titov -> Unit 29155'],
    [
      "Mark Levin, chief analyst at Google's Mandiant, said there was no evidence.",
      'Role: Mark Levin -> Mandiant',
    ],
    [
      "Mark Levin, chief analyst at Google's Mandiant, said there was no evidence.",
      'Statement: Mark Levin -> null',
    ],
    [
      'The White House press secretary, Karine Jean-Pierre, said the talks went well.',
      'Role: Karine Jean-Pierre -> White House',
    ],
    ['Senator Maria Cantwell said the breach was serious.', 'Role: Maria Cantwell -> Senate'],
  ]);
  hasNot([
    [
      'The White House press secretary, Karine Jean-Pierre, said the talks went well.',
      'Demand: White House -> Karine Jean-Pierre',
    ],
  ]);
});

describe('what a pronoun is not', () => {
  has([
    [
      'The Slovak security firm ESET linked the malware to a group it calls TeleBots, which it said was tied to Sandworm.',
      'Statement: ESET -> null',
    ],
    [
      'Annalena Baerbock condemned the attack. "We will not bow to Vladimir Putin," she said.',
      'Statement: Annalena Baerbock -> null',
    ],
  ]);
  hasNot([
    [
      'The Slovak security firm ESET linked the malware to a group it calls TeleBots, which it said was tied to Sandworm.',
      'Statement: Slovakia -> null',
    ],
    [
      'Annalena Baerbock condemned the attack. "We will not bow to Vladimir Putin," she said.',
      'Statement: Vladimir Putin -> null',
    ],
    [
      'The Amsterdam-based agency said the attackers had accessed documents.',
      'Statement: Netherlands -> null',
    ],
  ]);
});

describe('perpetrators named beside the attack', () => {
  has([
    [
      'Microsoft blamed the attack on the Russian hacking team behind the SolarWinds breach.',
      'Cyberattack: Russia -> SolarWinds',
    ],
    [
      'LockBit hacked Boeing. Other victims of LockBit included the chip maker TSMC and Royal Mail.',
      'Cyberattack: LockBit -> Royal Mail',
    ],
  ]);
  hasNot([
    [
      'LockBit hacked Boeing. Other victims of LockBit included the energy company Shell and Johns Hopkins University.',
      'Cyberattack: LockBit -> Shell and Johns Hopkins University',
    ],
  ]);
});

describe('blacklists', () => {
  has([
    [
      'The Commerce Department added Israeli spyware maker Candiru to its trade blacklist.',
      'Sanction: Commerce Department -> Candiru',
    ],
  ]);
  hasNot([
    [
      'The Commerce Department added Israeli spyware maker Candiru to its trade blacklist.',
      'Sanction: Commerce Department -> Israel',
    ],
  ]);
});

describe('the makers of an unattributed tool', () => {
  has([
    [
      'The Triton malware, which sabotaged safety systems at the Petro Rabigh refinery, is believed to have been developed by Russia.',
      'Cyberattack: Russia -> Petro Rabigh',
    ],
  ]);
});

describe('leaders meet leaders', () => {
  has([
    [
      'Olaf Scholz met his French counterpart, Emmanuel Macron, in Paris.',
      'Meeting: Emmanuel Macron -> Olaf Scholz',
    ],
    [
      'Olaf Scholz called Emmanuel Macron on Friday. Berlin said the two leaders had agreed to share threat intelligence.',
      'Agreement: Emmanuel Macron -> Olaf Scholz',
    ],
  ]);
  hasNot([
    ['Olaf Scholz met his French counterpart, Emmanuel Macron, in Paris.', 'Meeting: France -> Olaf Scholz'],
  ]);
});

describe('reduced passives of accusing and charging: the noun before the participle is accused', () => {
  has([
    [
      'Ghostwriter, the group blamed for the 2021 hack of Acer Inc, was quiet.',
      'Cyberattack: Ghostwriter -> Acer Inc',
    ],
    [
      'Ivan Petrov, an officer accused of hacking the Dutch parliament, was sanctioned by the EU.',
      'Cyberattack: Ivan Petrov -> Dutch Parliament',
    ],
    [
      'Ivan Petrov, an officer accused of hacking the Dutch parliament, was sanctioned by the EU.',
      'Sanction: European Union -> Ivan Petrov',
    ],
  ]);
  hasNot([
    // The reduced clause ends at its comma: the EU is the sanctioning party, neither accuser nor victim.
    [
      'Ivan Petrov, an officer accused of hacking the Dutch parliament, was sanctioned by the EU.',
      'Accusation: European Union -> Ivan Petrov',
    ],
    [
      'Ivan Petrov, an officer accused of hacking the Dutch parliament, was sanctioned by the EU.',
      'Cyberattack: Ivan Petrov -> European Union',
    ],
    // "an officer accused of hacking X" is no office in X.
    [
      'Ivan Petrov, an officer accused of hacking the Dutch parliament, was sanctioned by the EU.',
      'Role: Ivan Petrov -> Dutch Parliament',
    ],
    // The object went before: "which Mandiant blamed for" is active.
    [
      'It was Sandworm, which Mandiant blamed for the breach of Kyivstar.',
      'Cyberattack: Mandiant -> Kyivstar',
    ],
    // A demonym as the noun is a person of that nation, not the state.
    [
      'A Belarusian charged over the ransomware attack on Acer was extradited.',
      'Cyberattack: Belarus -> Acer',
    ],
  ]);
});

describe('an attack whose perpetrator a verb of its own names, with no victim, is still alleged', () => {
  has([
    [
      'Senator Mark Warner said he believed the intrusions were carried out by Iran.',
      'Accusation: Mark Warner -> Iran',
    ],
    [
      'The FBI said it had uncovered "a sprawling espionage campaign" by Volt Typhoon.',
      'Accusation: FBI -> Volt Typhoon',
    ],
  ]);
  hasNot([
    // A victim speaking of a claim of responsibility accuses nobody.
    [
      'Acer Inc said it had been hit by a cyber-attack, one of several claimed by a group calling itself Predatory Sparrow.',
      'Accusation: Acer Inc -> Predatory Sparrow',
    ],
    // "Chinese cyberattacks" in a speaker's mouth is a topic, not a charge.
    ['Kerry said Chinese cyberattacks had been discussed at length.', 'Accusation: John Kerry -> China'],
  ]);
});

describe('reconnaissance is an intrusion; the subject of an adverbial clause is no victim', () => {
  has([
    [
      'The NCSC said Sandworm had conducted reconnaissance against the Electoral Commission.',
      'Cyberattack: Sandworm -> Electoral Commission',
    ],
    [
      'The NCSC said Sandworm had conducted reconnaissance against the Electoral Commission.',
      'Accusation: National Cyber Security Centre -> Sandworm',
    ],
  ]);
  hasNot([
    [
      'Britain said the GRU had targeted organisers of the Games before they were postponed.',
      'Cyberattack: GRU -> United Kingdom',
    ],
  ]);
});

describe('dismissals in diplomatic language', () => {
  has([
    [
      "Iran's embassy in Ottawa said the Canadian claims were not supported by any facts.",
      'Denial: Iranian Embassy in Ottawa -> Canada',
    ],
    [
      'The Russian embassy in Rome called the accusations "an unfriendly act".',
      'Denial: Russian Embassy in Rome -> null',
    ],
  ]);
});

describe("an aide or spokesman of a head of state serves the principal's state", () => {
  has([
    [
      "Sergei Nikiforov, President Volodymyr Zelensky's spokesman, said the report was false.",
      'Role: Sergei Nikiforov -> Ukraine',
    ],
    [
      "Jake Sullivan, Biden's national security aide, told reporters.",
      'Role: Jake Sullivan -> United States',
    ],
    ["Jake Sullivan, Biden's national security aide, told reporters.", 'Statement: Jake Sullivan -> null'],
  ]);
  hasNot([
    ["Jake Sullivan, Biden's national security aide, told reporters.", 'Statement: Joe Biden -> null'],
  ]);
});

describe('a participle clause of speech speaks for the subject, or for the speaker already heard', () => {
  has([
    [
      'The Kremlin dismissed the report, saying that Russia had never attacked anyone.',
      'Statement: Kremlin -> null',
    ],
    [
      'Foreign Secretary David Lammy accused the GRU of sabotage, saying its officers had targeted Ukraine.',
      'Statement: David Lammy -> null',
    ],
    [
      '"We are not involved," Peskov told reporters, adding that the claims were absurd.',
      'Statement: Dmitry Peskov -> null',
    ],
  ]);
  hasNot([
    // A quote's own words are no speaker of the participle that follows.
    [
      '"The United States is the biggest hacker," Peskov told reporters, adding that the claims were absurd.',
      'Statement: United States -> null',
    ],
    // "announcing sanctions" announces an action, not words.
    [
      'Canada accused Iran of espionage, announcing sanctions against three officials.',
      'Statement: Canada -> null',
    ],
    // What is rejected accuses nobody.
    [
      'Mao Ning rejected any suggestion of Chinese involvement, saying the claims were baseless.',
      'Accusation: Mao Ning -> China',
    ],
  ]);
});

describe('lists of defendants with ages and appositions; name particles', () => {
  const aged =
    'The Justice Department charged Reza Karimi, 41, Seyyed Hossein Mousavi, 35, and Ali Rezaei, 29, with hacking Acer Inc.';
  has([
    [aged, 'LegalAction: Justice Department -> Seyyed Hossein Mousavi'],
    [aged, 'LegalAction: Justice Department -> Ali Rezaei'],
    [aged, 'Cyberattack: Ali Rezaei -> Acer Inc'],
    [
      'The Justice Department charged Ivan Sorokin, a Latvian-born programmer, and Oleg Titov, a Russian, with fraud.',
      'LegalAction: Justice Department -> Oleg Titov',
    ],
    [
      'Pieter van der Berg, a researcher at ESET, said the code matched.',
      'Role: Pieter van der Berg -> ESET',
    ],
    ['Faisal bin Nasser, the Saudi defence minister, said.', 'Statement: Faisal bin Nasser -> null'],
  ]);
  hasNot([
    // The accuser's own apposition is no accusation: "working for" his client.
    [
      'Tom Kellermann, a consultant working for Acer Inc, wrote that Iran had hacked the phone.',
      'Accusation: Tom Kellermann -> Acer Inc',
    ],
    // Only parties of the accused's kind share the attack.
    [
      'Fancy Bear, or APT28, which Mandiant blamed for the hack of Acer Inc, is Russian.',
      'Cyberattack: Mandiant -> Acer Inc',
    ],
  ]);
});

describe('joint attributions, named members of victim classes, officers from a unit', () => {
  const joint =
    'The FBI, the NSA and the Cybersecurity and Infrastructure Security Agency said in a joint statement that Russia was responsible for the breach of Acer Inc.';
  has([
    [joint, 'Accusation: FBI -> Russia'],
    [joint, 'Accusation: National Security Agency -> Russia'],
    [
      'The police said Unit 61398 was behind attacks on dozens of Taiwanese firms, including Acer Inc.',
      'Cyberattack: Unit 61398 -> Acer Inc',
    ],
    [
      'Prosecutors in Ohio indicted three PLA officers from Unit 61398 on charges of stealing secrets from Tata Steel.',
      'Cyberattack: Unit 61398 -> Tata Steel',
    ],
    [
      'Roman Sergeyev said the SBU believed the attack had been carried out by Sandworm.',
      'Accusation: Roman Sergeyev -> Sandworm',
    ],
  ]);
  hasNot([
    [
      'Prosecutors in Ohio indicted three PLA officers from Unit 61398 on charges of stealing secrets from Tata Steel.',
      "Cyberattack: People's Liberation Army -> Tata Steel",
    ],
  ]);
});

describe('a denial makes no attacker of the denier', () => {
  hasNot([
    [
      'Pyongyang has repeatedly denied carrying out cyberattacks against South Korea.',
      'Cyberattack: North Korea -> South Korea',
    ],
  ]);
  has([
    [
      'Pyongyang has repeatedly denied carrying out cyberattacks against South Korea.',
      'Denial: North Korea -> null',
    ],
  ]);
});

describe('the agent of a nominal attack stays in its clause', () => {
  hasNot([
    [
      'Following the Acer Inc breach, Macron spoke to Putin by telephone and urged him to act.',
      'Cyberattack: Emmanuel Macron -> Acer Inc',
    ],
    [
      'Officials said Paris knows exactly who carried out the attacks on Acer Inc.',
      'Cyberattack: France -> Acer Inc',
    ],
    [
      "Hackers broke into the systems of the European Medicines Agency, the EU's drug regulator, last year.",
      'Cyberattack: null -> European Union',
    ],
  ]);
  has([
    [
      'Hackers breached Acer Inc in May. The breach, carried out by a group calling itself the Guardians of Peace, exposed emails.',
      'Cyberattack: Guardians of Peace -> Acer Inc',
    ],
  ]);
});

describe('"the largest source of cyberattacks" accuses its subject', () => {
  has([
    [
      '"Israel is the biggest source of cyberattacks in the region," Nasser Kanaani said.',
      'Accusation: Nasser Kanaani -> Israel',
    ],
    [
      'Nasser Kanaani said that Israel was "the biggest source of cyberattacks in the region".',
      'Accusation: Nasser Kanaani -> Israel',
    ],
  ]);
  // "a Russian source" informs; it is no origin of anything.
  hasNot([
    ['Britain said a Russian source had confirmed the talks.', 'Accusation: United Kingdom -> Russia'],
  ]);
});

describe('a quote that names the attacker of its hacking accuses', () => {
  has([
    [
      '"The scale of Russia\'s hacking campaigns reminds us that no country is safe," Lisa Monaco said.',
      'Accusation: Lisa Monaco -> Russia',
    ],
  ]);
  hasNot([
    // Outside a quote, the writer's "Russian cyberattacks" is a topic, not the speaker's charge.
    [
      'Lisa Monaco said Russian cyberattacks had been discussed at length.',
      'Accusation: Lisa Monaco -> Russia',
    ],
  ]);
});

describe('"said in a report that …" is a report of what it attributes', () => {
  has([
    [
      'Recorded Future has said in reports that Sandworm carried out the attacks on Kyivstar.',
      'Report: Recorded Future -> Sandworm',
    ],
    [
      'The NCSC said in an assessment published on Tuesday that Russia was responsible for the attack.',
      'Report: National Cyber Security Centre -> Russia',
    ],
    [
      'The PST said its investigation had found that the breach was likely carried out by APT28.',
      'Accusation: PST -> APT28',
    ],
  ]);
});

describe('sponsorship in other words: affiliated with, a front for, run by', () => {
  has([
    [
      'The FBI said in a joint advisory that the group was affiliated with the IRGC.',
      'Accusation: FBI -> Islamic Revolutionary Guard Corps',
    ],
    [
      'Microsoft said in a report that a group run by the GRU had sent phishing emails.',
      'Report: Microsoft -> GRU',
    ],
    [
      "Prosecutors said the hackers' company was a front for the Ministry of State Security, the Justice Department said.",
      'Accusation: Justice Department -> Ministry of State Security',
    ],
  ]);
  // Without a speaker, nobody accuses.
  // Sponsorship is read only where hacking is told: not a business unit and its manager.
  hasNot([['Acer Inc said the unit, run by Jason Chen, had grown.', 'Accusation: Acer Inc -> Jason Chen']]);
});

describe('defendants named after the charges: "the indictment names", "also charged were"', () => {
  const names =
    'The Justice Department charged three men with hacking. The indictment, unsealed in Boston, names Reza Karimi, 41, Ali Rezaei, 29, and Hamid Tehrani, 33.';
  has([
    [names, 'LegalAction: Justice Department -> Reza Karimi'],
    [names, 'LegalAction: Justice Department -> Hamid Tehrani'],
    [
      'The Justice Department charged two FSB officers. Also charged were Ivan Sorokin, 29, a Latvian-born programmer, and Oleg Titov, 22.',
      'LegalAction: Justice Department -> Oleg Titov',
    ],
  ]);
  // Without charges brought before, an indictment that names people names no prosecutor.
  it('names no defendant when no charges were brought before', () =>
    expect(tuplesOf('The indictment names Reza Karimi.').filter((t) => t.startsWith('LegalAction'))).toEqual(
      [],
    ));
});

describe('"They are A, B and C" names the people charged, unnamed, just before', () => {
  const text =
    'Nine Iranian hackers, all members of the Mabna Institute, were indicted by the Justice Department on Friday. They are Gholamreza Rafatnejad, Ehsan Mohammadi and Abdollah Karima, the department said.';
  has([
    [text, 'LegalAction: Justice Department -> Ehsan Mohammadi'],
    [text, 'Role: Abdollah Karima -> Mabna Institute'],
  ]);
  hasNot([
    // Without charges just told, a list of names charges no one.
    [
      'The Justice Department charged two men in May. The Justice Department met the envoys on Monday. They are Gholamreza Rafatnejad, Ehsan Mohammadi and Abdollah Karima.',
      'LegalAction: Justice Department -> Ehsan Mohammadi',
    ],
  ]);
});

describe('a denial answers the accuser the sentence names', () => {
  has([
    [
      'Iran was blamed by Israel for the attack on the port, an accusation Tehran denied.',
      'Denial: Iran -> Israel',
    ],
    [
      '"Australia has ganged up with its allies to make unwarranted accusations against China," Mao Ning said, calling them a smear.',
      'Denial: Mao Ning -> Australia',
    ],
  ]);
});

describe('diplomatic demands: representations lodged, matters raised', () => {
  has([
    [
      'The Chinese embassy said it had lodged "stern representations" with Canada.',
      'Demand: Chinese Embassy -> Canada',
    ],
    ['Penny Wong said she had raised the matter with Wang Yi.', 'Demand: Penny Wong -> Wang Yi'],
  ]);
});

describe('operators of a group are the group', () => {
  has([['Sandworm operators broke into Kyivstar in May.', 'Cyberattack: Sandworm -> Kyivstar']]);
});

describe('the addressee of "told" is its object before "that", never who is told something', () => {
  hasNot([
    [
      'Dmitry Peskov told reporters that Russia had received no information.',
      'Statement: Dmitry Peskov -> Russia',
    ],
    [
      'Roger Stone said he was told by the FBI that his account had been hacked.',
      'Statement: Roger Stone -> FBI',
    ],
  ]);
  has([['Dmitry Peskov told Ukraine that talks were over.', 'Statement: Dmitry Peskov -> Ukraine']]);
});

describe("an office without a country serves the story's first country; an apposition ends at its comma", () => {
  has([
    [
      'OSLO — Norway said China was behind the hack. China denied it. China was blamed again. Foreign Minister Anniken Huitfeldt said in a statement that the attack was serious.',
      'Role: Anniken Huitfeldt -> Norway',
    ],
    [
      "Kersti Kaljulaid, Estonia's president at the time, has since urged Nato allies to act.",
      'Role: Kersti Kaljulaid -> Estonia',
    ],
  ]);
  hasNot([
    [
      "Kersti Kaljulaid, Estonia's president at the time, has since urged Nato allies to act.",
      'Role: Kersti Kaljulaid -> NATO',
    ],
  ]);
});

describe('a demonym before a sponsored group noun names the sponsor', () => {
  has([
    [
      'Angus Taylor said Iranian state-sponsored actors were behind the malware.',
      'Accusation: Angus Taylor -> Iran',
    ],
  ]);
});

describe('sanctions: people of a nation, several named, and those designated later', () => {
  has([
    ['Britain sanctioned Chinese hackers over the breach of Acer Inc.', 'Sanction: United Kingdom -> null'],
    [
      'The Treasury Department imposed sanctions on Park Jin Hyok and on Chosun Expo, barring Americans from dealing with them.',
      'Sanction: Treasury Department -> Chosun Expo',
    ],
    [
      'The Treasury Department imposed sanctions on the IRGC. Among those designated were Reza Karimi and Ali Rezaei.',
      'Sanction: Treasury Department -> Ali Rezaei',
    ],
  ]);
  hasNot([
    ['Britain sanctioned Chinese hackers over the breach of Acer Inc.', 'Sanction: United Kingdom -> China'],
    [
      'Britain sanctioned Chinese hackers over the breach of Acer Inc.',
      'Sanction: United Kingdom -> Acer Inc',
    ],
    [
      'The Treasury Department imposed sanctions on Park Jin Hyok and on Chosun Expo, barring Americans from dealing with them.',
      'Sanction: Treasury Department -> United States',
    ],
  ]);
});

describe('several subjects held responsible: each is accused and each did it', () => {
  const text =
    'The FBI said Kimsuky and Andariel, groups tied to Pyongyang, were responsible for the theft from Acer Inc.';
  has([
    [text, 'Accusation: FBI -> Kimsuky'],
    [text, 'Accusation: FBI -> Andariel'],
    [text, 'Cyberattack: Kimsuky -> Acer Inc'],
    [text, 'Cyberattack: Andariel -> Acer Inc'],
  ]);
});

describe('partners of a joint attribution accuse too', () => {
  const text =
    'Canada on Monday attributed the intrusions to the GRU, in a coordinated move with the United States, Britain and Japan.';
  has([
    [text, 'Accusation: Canada -> GRU'],
    [text, 'Accusation: United Kingdom -> GRU'],
    [text, 'Accusation: Japan -> GRU'],
  ]);
});

describe('links found between actors accuse them', () => {
  has([
    [
      'Recorded Future said it had found links between the malware and Sandworm.',
      'Accusation: Recorded Future -> Sandworm',
    ],
  ]);
  hasNot([
    [
      'Recorded Future said it had found no links between the malware and Sandworm.',
      'Accusation: Recorded Future -> Sandworm',
    ],
  ]);
});

describe('"which X blamed on Y": the antecedent is the incident, Y the accused', () => {
  const text =
    'Mandiant linked the code to the 2017 hack of Acer Inc, which Washington has blamed on Pyongyang.';
  has([
    [text, 'Accusation: United States -> North Korea'],
    [text, 'Cyberattack: North Korea -> Acer Inc'],
  ]);
  hasNot([
    [text, 'Accusation: United States -> Acer Inc'],
    // The victims of an attack stay inside its relative clause.
    [
      'Sandworm, which Google blamed for the attacks on the grid, is part of the GRU.',
      'Cyberattack: Sandworm -> GRU',
    ],
  ]);
  has([
    [
      'North Korea attacked hospitals. Among the victims were carmaker Renault.',
      'Cyberattack: North Korea -> Renault',
    ],
  ]);
});

describe('speakers that are no actors, and two bodies joined by "and"', () => {
  hasNot([
    [
      'Iranian hackers routed the operation through Europe, a western intelligence official told the Financial Times.',
      'Statement: Iran -> null',
    ],
    ['The Acer Inc breach, disclosed in July, was the most serious.', 'Statement: Acer Inc -> null'],
  ]);
  has([
    [
      '"It was deliberate," the Ministry of Digital Affairs and the Ministry of Justice said.',
      'Statement: Ministry of Justice -> null',
    ],
    [
      'Dmitry Peskov, the Kremlin spokesman, added in a statement that it was false.',
      'Statement: Dmitry Peskov -> null',
    ],
  ]);
});

describe('joining in blame, officials of a nation, a ministry named again by its head word', () => {
  const text =
    "Washington blamed China's Ministry of State Security for the hack. Britain and Japan joined the US in publicly blaming the Chinese ministry for the campaign.";
  has([
    [text, 'Accusation: United Kingdom -> Ministry of State Security'],
    [text, 'Accusation: Japan -> Ministry of State Security'],
    [
      'American intelligence officials have said they believe that Iran was behind both attacks.',
      'Accusation: United States -> Iran',
    ],
  ]);
  hasNot([[text, 'Accusation: United Kingdom -> Chinese Ministry']]);
});

describe('a dateline is where the story was filed, not an actor', () => {
  const text =
    'SEOUL, March 3 (Reuters) - Hackers working for North Korea broke into the systems of software company Kyivstar, researchers said.';
  has([[text, 'Cyberattack: North Korea -> Kyivstar']]);
  hasNot([
    [text, 'Cyberattack: South Korea -> Kyivstar'],
    [text, 'Statement: South Korea -> null'],
    [
      'LONDON (AP) — The Treasury imposed sanctions on Garantex, an exchange that it said had laundered money, including for North Korea.',
      'Sanction: Treasury Department -> North Korea',
    ],
  ]);
  has([
    [
      'LONDON (AP) — The Treasury imposed sanctions on Garantex, an exchange that it said had laundered money, including for North Korea.',
      'Statement: Treasury Department -> null',
    ],
  ]);
});

describe("a nationality before a descriptor and a name is that name's", () => {
  has([['APT10 hacked Italian oil firm Saipem.', 'Cyberattack: APT10 -> Saipem']]);
  hasNot([['APT10 hacked Italian oil firm Saipem.', 'Cyberattack: APT10 -> Italy']]);
});

describe("the story's country is its body's first, not its headline's; an abbreviation starts a body's name", () => {
  it("gives an office without a country to the body's first country", () => {
    const r = read(
      article(
        'Chinese hackers broke into email accounts\nWASHINGTON — A review board said Chinese hackers had breached Microsoft. Alejandro Mayorkas, the secretary of homeland security, said the findings were clear.',
        { headline: true },
      ),
    );
    expect(r.tuples).toContain('Role: Alejandro Mayorkas -> United States');
  });
  has([
    [
      'Anna Lee, the director of the U.S. Fishery Safety Agency, said it was clear.',
      'Role: Anna Lee -> U.S. Fishery Safety Agency',
    ],
  ]);
});

describe('a claim of responsibility with the attack told before', () => {
  has([
    [
      'Hackers wiped thousands of computers at Acer Inc in August. Hours after the attack, a group calling itself the Guardians of Peace claimed responsibility.',
      'Cyberattack: Guardians of Peace -> Acer Inc',
    ],
  ]);
});

describe('words the accuser is quoted in are a statement too', () => {
  has([
    ['Senator Mark Kelly accused Meta of "reckless negligence".', 'Statement: Mark Kelly -> null'],
    ['Senator Mark Kelly accused Meta of "reckless negligence".', 'Accusation: Mark Kelly -> Meta'],
  ]);
  hasNot([['Senator Mark Kelly accused Meta of negligence.', 'Statement: Mark Kelly -> null']]);
});

describe('demands of several bodies; what someone is urged to do is not done', () => {
  const text =
    'Senator Mark Kelly called on the Federal Communications Commission, the Justice Department and the Federal Trade Commission to hold Meta responsible.';
  has([
    [text, 'Demand: Mark Kelly -> Justice Department'],
    [text, 'Demand: Mark Kelly -> Federal Trade Commission'],
  ]);
  hasNot([[text, 'Accusation: Federal Trade Commission -> Meta']]);
});

describe('attributed to a group someone calls X: X is accused', () => {
  has([
    [
      'The NCSC attributed the intrusion to a group Google calls Sandworm.',
      'Accusation: National Cyber Security Centre -> Sandworm',
    ],
  ]);
  hasNot([
    [
      'The NCSC attributed the intrusion to a group Google calls Sandworm.',
      'Accusation: National Cyber Security Centre -> Google',
    ],
  ]);
});

describe('statements supporting an attribution join it', () => {
  has([
    [
      'Britain blamed Russia for the attack. Canada later issued a statement supporting the attribution.',
      'Accusation: Canada -> Russia',
    ],
    [
      'Germany blamed Russia for the attack. Microsoft said the group was operating out of Russia.',
      'Accusation: Microsoft -> Russia',
    ],
  ]);
});

describe('guards against over-broad readings found in review', () => {
  has([
    // A verb between a country and a descriptor: the country is the attacker, not a modifier.
    ['Russia hacked software company SolarWinds in 2020.', 'Cyberattack: Russia -> SolarWinds'],
    // "Iran — long accused of …" is an aside, not a dateline: Iran still speaks.
    [
      'Iran — long accused of cyberattacks on Gulf states — said on Tuesday that the claims were false.',
      'Statement: Iran -> null',
    ],
  ]);
  hasNot([
    [
      'Xi Jinping said ties between China and Russia had never been stronger.',
      'Accusation: Xi Jinping -> Russia',
    ],
    ['The FBI went after the LockBit gang last year.', 'Cyberattack: FBI -> LockBit'],
    [
      'Hackers breached Acer Inc in May. A bomb exploded in Kabul on Monday. Islamic State claimed responsibility.',
      'Cyberattack: Islamic State -> Acer Inc',
    ],
    [
      'Russia denied the charge, noting that Ukraine itself faced accusations of corruption.',
      'Denial: Russia -> Ukraine',
    ],
  ]);
});

describe('a dismissal quoted before its speaker', () => {
  has([
    [
      '"Reports that suggest the Kingdom hacked the phone are absurd," the Saudi embassy in Ottawa said.',
      'Denial: Saudi Arabian Embassy in Ottawa -> null',
    ],
  ]);
});

describe('the accuser a denial answers, named after "by"', () => {
  has([
    [
      'Tehran has repeatedly denied involvement, calling such accusations a smear campaign by Israel.',
      'Denial: Iran -> Israel',
    ],
    [
      'Nasser Kanaani told reporters that the American claims were politically motivated.',
      'Denial: Nasser Kanaani -> United States',
    ],
  ]);
});

describe('a speaker saying someone was not responsible denies', () => {
  has([['WikiLeaks said it had not been responsible for the leak.', 'Denial: WikiLeaks -> null']]);
  hasNot([
    ['WikiLeaks said it had not been responsible for the leak.', 'Accusation: WikiLeaks -> WikiLeaks'],
  ]);
});

describe("an offer of cooperation: the offerer's own country is no partner", () => {
  has([
    [
      'Mao Ning said China was willing to work with other countries to tackle cyber threats.',
      'CooperationOffer: China -> null',
    ],
  ]);
  hasNot([
    [
      'Mao Ning said China was willing to work with other countries to tackle cyber threats.',
      'CooperationOffer: Mao Ning -> China',
    ],
  ]);
});

describe('a group named by what an analyst calls it', () => {
  has([
    [
      'A group Microsoft calls Copper Lantern broke into Fabrikam Ltd.',
      'Cyberattack: Copper Lantern -> Fabrikam Ltd',
    ],
    [
      'A group Microsoft calls Copper Lantern broke into Fabrikam Ltd.',
      'Report: Microsoft -> Copper Lantern',
    ],
    [
      'Microsoft said a group it calls Copper Lantern was behind the attack.',
      'Report: Microsoft -> Copper Lantern',
    ],
    [
      'An espionage group that Google Threat Intelligence tracks as Copper Lantern has targeted Fabrikam Ltd.',
      'Cyberattack: Copper Lantern -> Fabrikam Ltd',
    ],
  ]);
  hasNot([
    [
      'A group Microsoft calls Copper Lantern broke into Fabrikam Ltd.',
      'Cyberattack: Microsoft -> Fabrikam Ltd',
    ],
  ]);
});

describe('an attempt or a wish is no denial', () => {
  has([
    [
      'Contoso said a group it calls Copper Lantern tried to break into the accounts of Fabrikam Ltd.',
      'Cyberattack: Copper Lantern -> Fabrikam Ltd',
    ],
    ['Nuno Alves said Portugal had never hacked anyone.', 'Denial: Nuno Alves -> null'],
  ]);
  hasNot([
    [
      'Contoso said a group it calls Copper Lantern tried to break into the accounts of Fabrikam Ltd.',
      'Denial: Contoso -> null',
    ],
    [
      'The minister, Nuno Alves, said Portugal wanted to hack the servers of Fabrikam Ltd.',
      'Denial: Nuno Alves -> null',
    ],
  ]);
});

describe('roles: the organisation named before the name, after a preposition', () => {
  has([
    [
      'A spokesman for Contoso Corp, Frank Osei, said the company was hit.',
      'Role: Frank Osei -> Contoso Corp',
    ],
    [
      'Two senior officials of the IRGC, John Barrow and Hamid Tavakoli, were named.',
      'Role: Hamid Tavakoli -> Islamic Revolutionary Guard Corps',
    ],
    [
      'Two senior officials of the IRGC, John Barrow and Hamid Tavakoli, were named.',
      'Role: John Barrow -> Islamic Revolutionary Guard Corps',
    ],
    [
      'Maria Lund, the UN special rapporteur on privacy, said the phone was hacked.',
      'Role: Maria Lund -> United Nations',
    ],
  ]);
  hasNot([
    ['Hackers targeted the phones of the Saudi journalist Omar Haddad.', 'Role: Omar Haddad -> Saudi Arabia'],
    ['The sanctions hit the GRU, Ivan Petrov and two others.', 'Role: Ivan Petrov -> GRU'],
  ]);
});

describe('"and the" starts another name', () => {
  const text =
    'APT99 targeted email accounts at the Labour Party, the Foreign Ministry and the Defence Ministry.';
  has([[text, 'Cyberattack: APT99 -> British Defence Ministry']]);
  it('joins no two names into one', () =>
    expect(tuplesOf(text).filter((t) => t.includes(' and the '))).toEqual([]));
});

describe('a purpose clause after the apposition of an object is the subject’s act', () => {
  const text = "Latvia summoned Belarus's ambassador, Pavel Orlov, to demand that Minsk stop the attacks.";
  has([[text, 'Demand: Latvia -> Belarus']]);
  hasNot([[text, 'Demand: Pavel Orlov -> Belarus']]);
});

describe('"it said": an institution heard speaking, not the group just named', () => {
  it('gives the later statement to the bureau that spoke before', () => {
    const r = read(
      'The FBI said hackers working for Pyongyang stole the tokens. The thieves, a group known as Jade Sleet, laundered them through Tornado Cash. It said the hackers were moving quickly.',
    );
    const fbi = r.entity('FBI')!.id;
    const said = r.events.filter(
      (e) => e.cls === 'Statement' && e.evidence.some((x) => x.text.startsWith('It said')),
    );
    expect(said.map((e) => e.agent)).toEqual([fbi]);
  });
  hasNot([
    [
      'The panel blamed the intrusion on a group Microsoft calls Storm-0999, which it said was affiliated with China.',
      'Statement: Storm-0999 -> null',
    ],
  ]);
});

describe('relative clauses without "that", and where a relative clause ends', () => {
  has([
    [
      'The Treasury sanctioned Orion Data Systems, a Chinese software company it accused of helping Jade Typhoon.',
      'Accusation: Treasury Department -> Orion Data Systems',
    ],
    [
      'Nimbus Kitten, a group the FBI blamed for the theft, works for Tehran.',
      'Accusation: FBI -> Nimbus Kitten',
    ],
    [
      'Jade Typhoon, the Beijing-backed hacking group that burrowed into the networks of Telstra, is still active.',
      'Cyberattack: Jade Typhoon -> Telstra',
    ],
  ]);
  hasNot([
    [
      'The Treasury sanctioned Orion Data Systems, a Chinese software company it accused of helping Jade Typhoon.',
      'Accusation: Orion Data Systems -> Jade Typhoon',
    ],
    [
      'Jade Typhoon, the hacking group that burrowed into the networks of Telstra, is Chinese.',
      'Cyberattack: Jade Typhoon -> China',
    ],
    [
      'The Treasury sanctioned Jade Typhoon, the Beijing-backed hacking group.',
      'Sanction: Treasury Department -> China',
    ],
  ]);
});

describe('whom an act serves or belongs to is not its victim', () => {
  const text =
    'Prosecutors charged Li Wen and Zhao Lei with hacking on behalf of the Ministry of State Security as part of APT41.';
  const ncsc = 'The National Cyber Security Centre (NCSC), part of GCHQ, said the attack was serious.';
  hasNot([
    [text, 'Cyberattack: Li Wen -> Ministry of State Security'],
    [text, 'Cyberattack: Zhao Lei -> APT41'],
    [ncsc, 'Statement: GCHQ -> null'],
  ]);
  has([
    [
      'Hackers working at the behest of the GRU broke into the networks of Telenor.',
      'Cyberattack: GRU -> Telenor',
    ],
    [
      'Prosecutors said the men, all members of Unit 29155, were responsible for the attacks on Telenor.',
      'Cyberattack: Unit 29155 -> Telenor',
    ],
    [ncsc, 'Statement: National Cyber Security Centre -> null'],
  ]);
});

describe('a name the article has introduced is known when it comes back alone', () => {
  it('reads the bare name as the actor first introduced with a descriptor', () => {
    const r = read(
      'The attack took the French television network Canal9 off the air. Canal9, which is funded by the state, said the attack was carried out by APT28.',
    );
    expect(r.tuples).toContain('Statement: Canal9 -> null');
    expect(r.entity('Canal9')?.type).toBe('Company');
  });
});

describe('several imposers of one sanction', () => {
  has([
    [
      'The United States, Britain and Australia imposed sanctions on Dmitry Sokolov.',
      'Sanction: United Kingdom -> Dmitry Sokolov',
    ],
    [
      'The United States, Britain and Australia imposed sanctions on Dmitry Sokolov.',
      'Sanction: United States -> Dmitry Sokolov',
    ],
    [
      "The US Treasury's Office of Foreign Assets Control and Australia's Department of Foreign Affairs and Trade announced sanctions against Dmitry Sokolov.",
      'Sanction: Office of Foreign Assets Control -> Dmitry Sokolov',
    ],
  ]);
});

describe('people charged in a list, and "the pair"', () => {
  has([
    [
      'The Justice Department indicted six officers on Monday. The six defendants — Yuri Belov, Oleg Sorokin and Pavel Lebedev — were charged with fraud.',
      'LegalAction: Justice Department -> Yuri Belov',
    ],
    [
      'The Justice Department indicted two men. Li Wen and Zhao Lei worked for APT41. The pair are charged with fraud.',
      'LegalAction: Justice Department -> Zhao Lei',
    ],
  ]);
  hasNot([
    [
      'The Justice Department indicted two men. Li Wen and Zhao Lei worked for APT41. The pair are charged with fraud.',
      'LegalAction: Justice Department -> United States',
    ],
    [
      'Ivan Orlov, an officer of Unit 26165, and Yuri Belov, who was also indicted by the FBI, were named.',
      'LegalAction: FBI -> Ivan Orlov',
    ],
  ]);
});

describe('"… and rejected": the speaker goes on denying', () => {
  const text =
    'Spokesman Omid Rahimi said Iran condemns Estonia’s decision and rejected the accusation as baseless.';
  has([[text, 'Denial: Omid Rahimi -> null']]);
  hasNot([[text, 'Denial: Estonia -> Iran']]);
});

describe("a country's possessive before a title and a new name", () => {
  has([
    [
      "Britain blamed Moscow. Russia's Deputy Foreign Minister Andrei Volkov said no.",
      'Role: Andrei Volkov -> Russia',
    ],
  ]);
  hasNot([
    [
      "Britain blamed Moscow. Russia's Deputy Foreign Minister Andrei Volkov said no.",
      'Role: Andrei Volkov -> United Kingdom',
    ],
  ]);
});

describe('the outlet someone talks to is the addressee', () => {
  has([
    [
      'Rob Carter, a director at the agency, told the BBC that the group was professional.',
      'Statement: Rob Carter -> BBC',
    ],
  ]);
});

describe('"A, B and several other governments": the ones named act', () => {
  const text =
    'Latvia, Finland, Poland and several other governments issued statements of support for Moldova.';
  has([
    [text, 'Statement: Latvia -> null'],
    [text, 'Statement: Finland -> null'],
    [text, 'Statement: Poland -> null'],
  ]);
});

describe('declining to say is no denial; Korean given names', () => {
  const text =
    'Han Min-jun, a spokesman for the organising committee, confirmed the attack but declined to say who was responsible.';
  has([[text, 'Statement: Han Min-jun -> null']]);
  it('gives no denial', () => expect(tuplesOf(text).filter((t) => t.startsWith('Denial'))).toEqual([]));
});

describe('a preposed source is no name in apposition; victims listed after a second verb', () => {
  const text = 'According to the NCSC, the GRU hacked the Georgian parliament.';
  has([
    [text, 'Cyberattack: GRU -> Georgian Parliament'],
    [text, 'Accusation: National Cyber Security Centre -> GRU'],
    [
      'LockBit hit many firms. Its victims ran into the thousands and included Royal Mail and the aircraft maker Boeing.',
      'Cyberattack: LockBit -> Boeing',
    ],
  ]);
  hasNot([[text, 'Cyberattack: National Cyber Security Centre -> Georgian Parliament']]);
});

describe('"the spokesman" is the person just named', () => {
  const text =
    "Iran's foreign ministry spokesman Hamid Rezaei rejected the claims. The Iranian spokesman accused Albania of lying.";
  has([[text, 'Accusation: Hamid Rezaei -> Albania']]);
  hasNot([[text, 'Accusation: Iran -> Albania']]);
  has([
    [
      'Travis Hale, the chief executive of the U.S. Anti-Doping Agency, said the leak was cowardly.',
      'Role: Travis Hale -> U.S. Anti-Doping Agency',
    ],
  ]);
});

describe('announcing sanctions is the sanction, not a statement', () => {
  const text = 'The Treasury announced new sanctions against Dmitry Sokolov on Tuesday.';
  has([
    [text, 'Sanction: Treasury Department -> Dmitry Sokolov'],
    ['The Treasury said the sanctions would isolate the regime.', 'Statement: Treasury Department -> null'],
  ]);
  hasNot([[text, 'Statement: Treasury Department -> null']]);
});

describe('a group tracked under a name a few words on', () => {
  has([
    [
      'The firm Dragos, which tracks the group behind the malware under the name Pyroclast, reported new activity.',
      'Report: Dragos -> Pyroclast',
    ],
  ]);
});

describe('"whom they accused of …"; a group before an attack noun made the attacks', () => {
  const text =
    'The Treasury sanctioned two officials, Reza Amini and Ali Karimi, whom it accused of orchestrating cyberattacks on Acme Water.';
  has([[text, 'Accusation: Treasury Department -> Ali Karimi']]);
  hasNot([
    [
      'The FBI charged Ivan Petrov, whom it accused of carrying out other REvil attacks.',
      'Cyberattack: Ivan Petrov -> REvil',
    ],
  ]);
});

describe('deploying ransomware against a victim is an attack', () => {
  has([
    [
      'Sandworm deployed the NotPetya malware against Ukrainian companies.',
      'Cyberattack: Sandworm -> Ukraine',
    ],
    [
      'The FBI charged Yaroslav Vasin. He is accused of deploying the ransomware against Kaseya.',
      'Cyberattack: Yaroslav Vasin -> Kaseya',
    ],
  ]);
});

describe("the attacker's own state is not its victim", () => {
  hasNot([
    [
      "The Justice Department charged seven officers of Russia's military intelligence agency, the GRU, with hacking anti-doping agencies, saying the operation was aimed at Russia's critics.",
      'Cyberattack: GRU -> Russia',
    ],
    [
      "The MSS hacked Chinese dissidents, China's critics said.",
      'Cyberattack: Ministry of State Security -> China',
    ],
  ]);
});

describe('"its operations": a possessive pronoun before an attack noun names no victim', () => {
  hasNot([
    [
      'Latvia and Poland issued statements, a move designed to raise the cost to Moscow of its operations in cyberspace. Officials said the attack was executed by the GRU.',
      'Cyberattack: GRU -> Latvia',
    ],
  ]);
});

describe('a named victim closing a list of kinds', () => {
  has([
    [
      'The FBI charged seven GRU officers with hacking anti-doping agencies, sporting federations and Westinghouse.',
      'Cyberattack: GRU -> Westinghouse',
    ],
  ]);
});

describe('a name, then where the person works', () => {
  has([
    ['Rafal Nowak of the Citadel Group said the network was vast.', 'Role: Rafal Nowak -> Citadel Group'],
    ['Jamie Collier of Mandiant said the group was active.', 'Role: Jamie Collier -> Mandiant'],
  ]);
  hasNot([['Graham Ivan Clark of Tampa was charged.', 'Role: Graham Ivan Clark -> Tampa']]);
});

describe('an object pronoun is someone other than the subject', () => {
  const text = 'After the breach, Macron called Erdogan and urged him to act against the hackers.';
  has([[text, 'Demand: Emmanuel Macron -> Recep Tayyip Erdoğan']]);
  hasNot([[text, 'Demand: Recep Tayyip Erdoğan -> Emmanuel Macron']]);
});

describe('opposing the charges is a denial, by the speaker and the state', () => {
  const text = 'Mao Ning, a foreign ministry spokeswoman, said China firmly opposes the charges.';
  has([
    [text, 'Denial: Mao Ning -> null'],
    [text, 'Denial: China -> null'],
  ]);
  hasNot([['Britain opposed the proposal.', 'Denial: United Kingdom -> null']]);
});

describe('"they" and "the agencies" after two institutions acted together', () => {
  const text =
    'The FBI and the Cybersecurity and Infrastructure Security Agency (CISA) issued an advisory on Monday. The agencies urged hospitals to patch their systems.';
  it('gives each agency its statement', () => {
    const said = read(text).events.filter(
      (e) => e.cls === 'Statement' && e.evidence.some((x) => x.text.startsWith('The agencies')),
    );
    expect(said.length).toBe(2);
  });
  has([
    [
      'The AIVD and the MIVD said on Tuesday that the breach was serious. They identified a Russian group, which they named Laundry Bear, as the culprit.',
      'Accusation: MIVD -> Laundry Bear',
    ],
    [
      'The AIVD and the MIVD said on Tuesday that the breach was serious. They identified a Russian group, which they named Laundry Bear, as the culprit.',
      'Report: AIVD -> Laundry Bear',
    ],
  ]);
});

describe('a word that starts a country name inside an organisation name', () => {
  has([
    [
      'Berlin attributed a campaign against the Social Democratic Party (SPD) to APT28.',
      'Accusation: Germany -> APT28',
    ],
  ]);
  it('keeps "Social Democratic Party" whole', () =>
    expect(
      read('Hackers targeted the Social Democratic Party in March, APT28 said.').entity(
        'Social Democratic Party',
      ),
    ).toBeDefined());
});

describe('a report or advisory on a hacking group', () => {
  const text =
    'In November, the FBI and CISA issued a joint advisory on Copper Typhoon, warning that the group used SIM swapping.';
  has([
    [text, 'Report: FBI -> Copper Typhoon'],
    [text, 'Accusation: Cybersecurity and Infrastructure Security Agency -> Copper Typhoon'],
  ]);
});

describe('"according to" names its source within the phrase', () => {
  hasNot([
    [
      'According to the report, Nimbus Kitten gained access to the account.',
      'Statement: Nimbus Kitten -> null',
    ],
    [
      'Ryabkov said Russia was preparing a response, according to Russian news agencies.',
      'Statement: Russia -> null',
    ],
  ]);
  has([['According to US officials, APT99 hacked Acme Corp.', 'Accusation: United States -> APT99']]);
});

describe('"told the website he was …": the pronoun starts the reported clause', () => {
  it('names no addressee', () =>
    expect(
      tuplesOf(
        'The spokesman, Ronald Pels, a co-founder of the firm Acme Corp, the Dutch company hired by Belgacom, told the website he was convinced.',
      ).filter((t) => t.startsWith('Statement') && !t.endsWith('-> null')),
    ).toEqual([]));
});

describe("a passive attack on someone's own systems", () => {
  has([
    [
      'The Czech Republic said that some of its state institutions had been targeted by APT28.',
      'Cyberattack: APT28 -> Czechia',
    ],
    [
      "Sony's computers were hacked by North Korea.",
      'Cyberattack: North Korea -> Sony Pictures Entertainment',
    ],
  ]);
  hasNot([
    [
      'Acme Corp said that none of its systems had been breached by APT29.',
      'Cyberattack: APT29 -> Acme Corp',
    ],
  ]);
});

describe('hackers believed to be working for a state', () => {
  has([
    [
      'Hackers believed to be working for the Chinese state infiltrated the networks of the Vatican and the Catholic Diocese of Hong Kong.',
      'Cyberattack: China -> Vatican City',
    ],
  ]);
});

describe('review guards: rules of this round that must not fire on ordinary news', () => {
  hasNot([
    ['The FBI said China denied the accusations.', 'Denial: FBI -> null'],
    ['Germany opposed lifting sanctions despite the allegations against Russia.', 'Denial: Germany -> null'],
    [
      'The Justice Department said John Smith was arrested in Madrid and denied the charges.',
      'Denial: Justice Department -> null',
    ],
    [
      'When China hacked the OPM, Obama called Xi and demanded an end to the attacks.',
      'Statement: China -> null',
    ],
    ['Zelensky met Blinken at NATO headquarters in Brussels.', 'Role: Antony Blinken -> NATO'],
    [
      'The FBI and the NSA tracked the Lazarus Group for years. They broke into Bangladesh Bank in 2016.',
      'Cyberattack: FBI -> Bangladesh Bank',
    ],
    [
      'Biden will meet Putin in Geneva, a senior US official said. The official said cyberattacks would be discussed.',
      'Statement: Vladimir Putin -> null',
    ],
    [
      'North Korean hackers targeted banks, exchanges and Sony, the FBI said.',
      'Cyberattack: North Korea -> FBI',
    ],
    ['The FBI called on companies to patch servers that Fancy Bear had exploited.', 'Report: FBI -> APT28'],
    ["Putin's Press Secretary Dmitry Peskov said no.", 'Role: Dmitry Peskov -> Vladimir Putin'],
    [
      'The US Justice Department indicted five Chinese military hackers. In Moscow, Ivan Petrov and Sergei Mikhailov were charged with treason.',
      'LegalAction: Justice Department -> Ivan Petrov',
    ],
  ]);
  has([
    ['Trump said Biden had accused him of treason.', 'Accusation: Joe Biden -> Donald Trump'],
    ['Russian hackers targeted members of the Bundestag.', 'Cyberattack: Russia -> Bundestag'],
    ['The hacktivist group Cyber Partisans attacked Belarus.', 'Cyberattack: Cyber Partisans -> Belarus'],
    [
      'The NCSC said the attack was serious. Equifax admitted the breach last week. It said China was responsible.',
      'Accusation: Equifax -> China',
    ],
  ]);
});

describe('a compound before a name, and what is said in a named report', () => {
  const carmakal =
    'Charles Carmakal, chief technology officer at Google-owned Mandiant, said the group was aggressive.';
  has([
    [carmakal, 'Role: Charles Carmakal -> Mandiant'],
    [carmakal, 'Statement: Charles Carmakal -> null'],
    [
      'In an unusually detailed technical alert, the FBI said that Russian government cyber actors had targeted US government entities.',
      'Report: FBI -> Russia',
    ],
  ]);
  hasNot([[carmakal, 'Statement: Mandiant -> null']]);
});

describe('describing a hacking group as a nation’s accuses that state', () => {
  has([['Mandiant said APT99 is a Chinese state-sponsored group.', 'Accusation: Mandiant -> China']]);
  hasNot([['Mandiant said the attack was a Chinese operation.', 'Accusation: Mandiant -> China']]);
});

describe('"joined X in imposing sanctions on Y"', () => {
  const text = 'This year Moldova joined the European Union in imposing sanctions on Russia.';
  has([
    [text, 'Sanction: Moldova -> Russia'],
    [text, 'Sanction: European Union -> Russia'],
  ]);
  hasNot([['The EU was criticised for imposing sanctions on Russia.', 'Sanction: European Union -> Russia']]);
});

describe('an ambassador serves the state that sends, not the host', () => {
  has([
    [
      'Germany recalled its ambassador to Moscow, Alexander Lambert, for consultations.',
      'Role: Alexander Lambert -> Germany',
    ],
  ]);
  hasNot([
    [
      'Germany recalled its ambassador to Moscow, Alexander Lambert, for consultations.',
      'Role: Alexander Lambert -> Russia',
    ],
  ]);
});

describe('"The nine-count indictment … names A, B and C"', () => {
  has([
    [
      'The Justice Department charged four military hackers on Monday. The nine-count indictment, returned by a grand jury in Atlanta, names Wu Zhiyong, Wang Qian and Xu Ke.',
      'LegalAction: Justice Department -> Wang Qian',
    ],
  ]);
});

describe('"A and B, another X hacking unit, were responsible": the names before the apposition', () => {
  const text =
    'The FBI said that Kimsuky and APT37, another North Korean hacking unit, were responsible for the intrusion.';
  has([
    [text, 'Accusation: FBI -> Kimsuky'],
    [text, 'Accusation: FBI -> APT37'],
  ]);
  hasNot([[text, 'Accusation: FBI -> North Korea']]);
});

describe('"the theft of $5 million from Acme’s bridge" is a new incident, not the last one told', () => {
  const text =
    "Hackers broke into Sony Pictures last year. The FBI said Lazarus Group was responsible for the theft of $5 million from Wavecrest's bridge.";
  hasNot([[text, 'Cyberattack: Lazarus Group -> Sony Pictures Entertainment']]);
  has([
    [
      'Hackers broke into Sony Pictures last year. The FBI said Lazarus Group was responsible for the theft.',
      'Cyberattack: Lazarus Group -> Sony Pictures Entertainment',
    ],
    [
      'Hackers broke into Sony Pictures last year. The FBI said Lazarus Group was responsible for the theft on Tuesday.',
      'Cyberattack: Lazarus Group -> Sony Pictures Entertainment',
    ],
  ]);
});

describe('"X was identified by A and B as responsible": the by-phrase accuses the subject', () => {
  const text =
    'Police said Ivan Petrov had been identified by the Federal Criminal Police Office and the Bavarian State Police as responsible for the attack.';
  has([
    [text, 'Accusation: BKA -> Ivan Petrov'],
    [text, 'Accusation: Bavarian State Police -> Ivan Petrov'],
    [
      'Ivan Petrov was identified by the Australian Signals Directorate as responsible for the attack.',
      'Accusation: Australian Signals Directorate -> Ivan Petrov',
    ],
  ]);
  hasNot([
    [
      'Sandworm, which researchers call Voodoo Bear, is identified by US authorities as GRU Unit 74455.',
      'Accusation: United States -> Sandworm',
    ],
  ]);
});

describe('an official reporting their own state’s finding or accusation makes it too', () => {
  has([
    [
      'Peter Dutton, Australia’s home affairs minister, said Canberra had concluded that Chinese state-backed actors were behind the intrusion.',
      'Accusation: Peter Dutton -> China',
    ],
    [
      '"Britain condemns Russia’s cyberattack on Ukraine," Foreign Office spokesman Tom Harris said.',
      'Accusation: Tom Harris -> Russia',
    ],
  ]);
  hasNot([
    [
      'Foreign Secretary Dominic Raab said the National Cyber Security Centre had assessed that the SVR was behind the compromise.',
      'Accusation: Dominic Raab -> SVR',
    ],
    [
      'Britain’s foreign secretary, David Lammy, said Washington had concluded that Chinese hackers were behind the intrusion.',
      'Accusation: David Lammy -> China',
    ],
  ]);
});

describe('"X claimed the attack": the claimant did the attack told or named', () => {
  has([
    ['LockBit claimed the attack on the Royal Mail.', 'Cyberattack: LockBit -> Royal Mail'],
    [
      'Hackers hit MGM Resorts last week. ALPHV claimed the attack in a post on its leak site.',
      'Cyberattack: BlackCat -> MGM Resorts',
    ],
  ]);
  hasNot([
    [
      'Hackers hit MGM Resorts last week. ALPHV claimed that the attack was a protest.',
      'Cyberattack: BlackCat -> MGM Resorts',
    ],
  ]);
});

describe('"X alleged that Y …": what is alleged of someone accuses them', () => {
  has([
    [
      'The FBI alleged that APT41 sent thousands of phishing emails to lawmakers.',
      'Accusation: FBI -> APT41',
    ],
    ['The FBI alleged that Chinese hackers stole the data.', 'Accusation: FBI -> China'],
  ]);
  hasNot([
    ['The FBI alleged that Chinese companies paid the bribes.', 'Accusation: FBI -> China'],
    ['The FBI said that APT41 sent thousands of phishing emails to lawmakers.', 'Accusation: FBI -> APT41'],
  ]);
});

describe('"the special agent in charge of the FBI’s field office" leads it and charges nobody', () => {
  const text =
    "Maria Lopez, the special agent in charge of the FBI's Denver field office, said the case was complex.";
  has([[text, 'Role: Maria Lopez -> FBI']]);
  hasNot([[text, 'LegalAction: Maria Lopez -> FBI']]);
});

describe('surnames that look like other words', () => {
  has([
    // An apostrophe before lower case that is no clitic is inside the name.
    [
      "Israel's Defence Minister Moshe Ya’ari said the country was not involved.",
      'Statement: Moshe Ya’ari -> null',
    ],
    // A demonym after a given name is a surname.
    [
      'The company’s chief executive, Joseph Swedish, said the company was sorry.',
      'Statement: Joseph Swedish -> null',
    ],
  ]);
  hasNot([
    [
      'The company’s chief executive, Joseph Swedish, said the company was sorry.',
      'Statement: Sweden -> null',
    ],
  ]);
});

describe('a capitalised "Victims" opening a sentence is no company', () => {
  it('names no actor "Victims"', () => {
    const r = read('Victims were located in France and Spain, according to charging documents.');
    expect(r.entity('Victims')).toBeUndefined();
    expect(r.entity('France')).toBeDefined();
  });
});

describe('"A, B and C were named in a separate indictment": the subject of the passive is charged, not charging', () => {
  const text =
    'The Justice Department charged five men. The other three, Li Wei, Zhou Ming and Sun Hao, were named in a separate indictment. The two Malaysians were arrested on Monday.';
  hasNot([
    [text, 'LegalAction: Sun Hao -> null'],
    [text, 'LegalAction: Sun Hao -> Malaysia'],
  ]);
});

describe('"X, its chief executive," after a name: the person the possessive role describes', () => {
  const text =
    'Acme Corp was hacked last year. Ling Yang, its former chief operating officer, said the company had recovered.';
  has([[text, 'Statement: Ling Yang -> null']]);
  hasNot([[text, 'Statement: Acme Corp -> null']]);
});

describe('"…, said the cases showed that investigators …" after a name is a clause, no apposition typing it', () => {
  it('makes no person of "Columbia"', () => {
    const r = read(
      'Michael Sherwin, the acting US attorney for the District of Columbia, said the cases showed that American investigators would keep pursuing hackers.',
    );
    expect(r.entity('Columbia')).toBeUndefined();
    expect(r.entity('Michael Sherwin')).toBeDefined();
  });
});

describe('"Prosecutors accuse the pair of launching denial-of-service attacks"', () => {
  const text =
    'The Justice Department charged Omar Haddad and Sami Haddad. Prosecutors accuse the pair of launching denial-of-service attacks on hospitals.';
  has([
    [text, 'Accusation: Justice Department -> Omar Haddad'],
    [text, 'Accusation: Justice Department -> Sami Haddad'],
  ]);
  hasNot([
    [text, 'Denial: Omar Haddad -> null'],
    ['Killnet launched distributed denial-of-service attacks on Lithuania.', 'Denial: Killnet -> null'],
  ]);
  // The members accused leave the group's attacks to the group.
  const group =
    'Anonymous Sudan attacked Microsoft. The Justice Department charged Omar Haddad and Sami Haddad. Prosecutors accuse the pair of running the group. The attackers also hit Cedars-Sinai Medical Center.';
  has([[group, 'Cyberattack: Anonymous Sudan -> Cedars-Sinai Medical Center']]);
  hasNot([[group, 'Cyberattack: Sami Haddad -> Cedars-Sinai Medical Center']]);
});

describe('an attack fought against is not done ("cracks down on hacking", "disrupt the intrusions")', () => {
  hasNot([
    [
      'APT1 hacked Sony. A spokesman said China "firmly opposes and cracks down on" hacking in all its forms.',
      'Cyberattack: APT1 -> China',
    ],
    [
      '"We have used every tool available to disrupt the intrusions by these hackers," said the FBI.',
      'Accusation: FBI -> FBI',
    ],
  ]);
  has([['Sandworm disrupted operations at Maersk.', 'Cyberattack: Sandworm -> Maersk']]);
});

describe('"A Chinese national has been indicted over the attack on X": a person of that nation, not the state', () => {
  hasNot([
    [
      'A Chinese national has been indicted over the 2015 cyberattack on health insurer Anthem, the Justice Department said.',
      'Cyberattack: China -> Anthem',
    ],
  ]);
});

describe('long appositions before a speech verb: the name they describe speaks', () => {
  has([
    // A relative clause inside the apposition, closed by a comma before the verb.
    [
      'Anna Berg, president of the Institute for Nuclear Policy, a Washington think tank that closely tracks Natanz, said the attacks had caused real disruption.',
      'Statement: Anna Berg -> null',
    ],
    // Role words after the organisation ("the White House coordinator for arms control").
    [
      'Gary Samore, then the White House coordinator for arms control and weapons of mass destruction, said he was glad.',
      'Statement: Gary Samore -> null',
    ],
    // Appositions in a row.
    [
      'Ronald Prins, a co-founder of Fox-IT, the Dutch security company hired by Belgacom, told the website he was convinced.',
      'Statement: Ronald Prins -> null',
    ],
  ]);
  hasNot([
    [
      'Anna Berg, president of the Institute for Nuclear Policy, a Washington think tank that closely tracks Natanz, said the attacks had caused real disruption.',
      'Statement: Natanz -> null',
    ],
    [
      'Hackers broke into the offices of the Dalai Lama, Canadian researchers said on Sunday.',
      'Statement: Dalai Lama -> null',
    ],
  ]);
  // The "that" of a reported clause opens no relative clause.
  has([
    [
      "Britain's National Cyber Security Centre had concluded that the Lazarus Group, a hacking team believed to work for the North Korean regime, was likely responsible.",
      'Accusation: National Cyber Security Centre -> Lazarus Group',
    ],
  ]);
});

describe('"X, the senator who leads the Y Committee,": a role where the person leads', () => {
  has([
    [
      'Senator Anna Lind, the Ohio Democrat who leads the Senate Intelligence Committee, said the hack was grave.',
      'Role: Anna Lind -> Senate Intelligence Committee',
    ],
    [
      'Peter Muurman, who heads the National Bureau of Investigation inquiry, said so.',
      'Role: Peter Muurman -> National Bureau of Investigation',
    ],
  ]);
  hasNot([
    [
      'Anna Lind, who met the Senate Intelligence Committee, said so.',
      'Role: Anna Lind -> Senate Intelligence Committee',
    ],
  ]);
});

describe('"NATO, which Montenegro joined in 2017, said": a name’s own relative clause is passed over', () => {
  has([
    ['NATO, which Montenegro joined in 2017, said it was ready to help.', 'Statement: NATO -> null'],
    [
      'Peter Muurman, who heads the National Bureau of Investigation inquiry, said so.',
      'Statement: Peter Muurman -> null',
    ],
    // A relative clause that names its antecedent still names it.
    [
      'Prosecutors allege that the unit, which researchers call Sandworm, was behind attacks on Ukraine.',
      'Cyberattack: Sandworm -> Ukraine',
    ],
  ]);
  hasNot([
    ['NATO, which Montenegro joined in 2017, said it was ready to help.', 'Statement: Montenegro -> null'],
  ]);
});

describe('a list goes on past a country describing the next name ("the UK media regulator Ofcom")', () => {
  const text =
    'Cl0p hacked MOVEit. Other victims of the gang included the energy company Shell, the UK media regulator Ofcom and Johns Hopkins University.';
  has([
    [text, 'Cyberattack: Cl0p -> Ofcom'],
    [text, 'Cyberattack: Cl0p -> Johns Hopkins University'],
  ]);
  hasNot([[text, 'Cyberattack: Cl0p -> United Kingdom']]);
});

describe('"the hackers behind the breach": the noun before "behind" is behind it, not the clause’s subject', () => {
  hasNot([
    ['The FBI named the hackers behind the SolarWinds breach.', 'Cyberattack: FBI -> SolarWinds'],
    [
      'Microsoft said the group behind the SolarWinds breach had struck again.',
      'Cyberattack: Microsoft -> SolarWinds',
    ],
  ]);
  has([['APT29, the group behind the SolarWinds breach, struck again.', 'Cyberattack: APT29 -> SolarWinds']]);
});

describe('"Australia’s Signals Directorate": a possessive country completes a known body’s name', () => {
  has([
    [
      "Australia's Signals Directorate said the techniques were hard to detect.",
      'Statement: Australian Signals Directorate -> null',
    ],
  ]);
  it('keeps two countries’ foreign ministries apart', () => {
    const r = read(
      "Iran's Foreign Ministry denied the claims. Georgia's Foreign Ministry said the attack was planned by the GRU.",
    );
    expect(r.tuples).toContain('Statement: Georgian Foreign Ministry -> null');
    expect(r.tuples).not.toContain('Statement: Iranian Foreign Ministry -> null');
  });
});

describe('accusations dismissed or unproven accuse nobody', () => {
  hasNot([
    [
      'Geng Shuang urged Washington to stop making what he called groundless accusations against Chinese citizens.',
      'Accusation: Geng Shuang -> China',
    ],
    [
      'Maria Zakharova said that Berlin had not presented any evidence of Russian involvement.',
      'Accusation: Maria Zakharova -> Russia',
    ],
  ]);
  has([
    [
      'Maria Zakharova said that Berlin had presented evidence of Russian involvement.',
      'Accusation: Maria Zakharova -> Russia',
    ],
  ]);
});

describe('"X travelled to Beijing to meet Y": the traveller meets, not the place', () => {
  const text = 'Secretary of State Antony Blinken travelled to Beijing to meet President Xi Jinping.';
  has([[text, 'Meeting: Antony Blinken -> Xi Jinping']]);
  hasNot([[text, 'Meeting: China -> Xi Jinping']]);
});

describe('"exploiting the flaw": an attack whose object is the flaw, whose maker is no victim', () => {
  const text =
    'CISA and the FBI said in a joint advisory that the Clop gang had begun exploiting the flaw on 27 May.';
  has([
    [text, 'Accusation: FBI -> Cl0p'],
    [text, 'Report: FBI -> Cl0p'],
  ]);
  hasNot([
    [
      "Hackers from China hacked the Storting. The attackers exploited vulnerabilities in Microsoft's Exchange email software.",
      'Cyberattack: China -> Microsoft',
    ],
    [
      'APT41 found a flaw in Sophos firewalls, and its hackers exploited it in April.',
      'Cyberattack: APT41 -> Sophos',
    ],
  ]);
});

describe('"China was itself a victim of hacking" is a counter-claim, not the story’s attack', () => {
  hasNot([
    [
      'APT40 hacked the parliament. A Chinese spokesman rejected the claims, saying China was itself a victim of hacking.',
      'Cyberattack: APT40 -> China',
    ],
  ]);
});

describe('"sanctions on Acme and the two men": a pair in focus closing a list gives each of the two', () => {
  const text =
    'Britain sanctioned Li Wei and Zhou Ming. The Treasury Department imposed sanctions on Wuhan Xiaoruizhi and the two men in parallel.';
  has([
    [text, 'Sanction: Treasury Department -> Li Wei'],
    [text, 'Sanction: Treasury Department -> Zhou Ming'],
    [text, 'Sanction: Treasury Department -> Wuhan Xiaoruizhi'],
  ]);
});

describe('a person of a nation imposes no sanctions ("Russian man … cyber sanctions powers")', () => {
  hasNot([
    [
      'Australia sanctions Russian man over Medibank hack in first use of cyber sanctions powers.',
      'Sanction: Russia -> null',
    ],
  ]);
});

describe('"warned that …" and "voiced their support" are statements', () => {
  has([
    [
      'Leon Panetta warned that the United States faced a cyber Pearl Harbor.',
      'Statement: Leon Panetta -> null',
    ],
    [
      'Britain blamed Russia, while Canada and New Zealand voiced their support.',
      'Statement: Canada -> null',
    ],
    [
      'Britain blamed Russia, while Canada and New Zealand voiced their support.',
      'Statement: New Zealand -> null',
    ],
  ]);
});

describe('review guards (second review): readings a reviewer found too broad', () => {
  hasNot([
    // "claimed the attack was …" claims something about the attack, not the attack.
    ['Microsoft claimed the attack was the work of a Russian group.', 'Cyberattack: Microsoft -> Russia'],
    [
      'Hackers hit Maersk in June. A Kremlin spokesman claimed the attack had been faked.',
      'Cyberattack: Kremlin -> Maersk',
    ],
    // "named/identified … as" accuses only when "as" names a culprit.
    [
      'Jen Easterly was named by President Joe Biden as director of the agency.',
      'Accusation: Joe Biden -> Jen Easterly',
    ],
    [
      'Mandiant named the Bank of England and the European Central Bank as the main targets of the campaign.',
      'Accusation: Mandiant -> Bank of England',
    ],
    // What is alleged accuses only of a wrong, and not the one a passive acts on.
    [
      'The Justice Department alleged that Boeing had been targeted by the hackers for two years.',
      'Accusation: Justice Department -> Boeing',
    ],
    [
      'Kyiv alleged that Poland had warned it about the Russian operation weeks earlier.',
      'Accusation: Ukraine -> Poland',
    ],
    // A leading verb's own object only.
    [
      'Yevgeniy Polyanin, who directed hacks against Colonial Pipeline, was charged in Dallas.',
      'Role: Yevgeniy Polyanin -> Colonial Pipeline',
    ],
    // A judge accuses for nobody.
    [
      'The Justice Department charged Ahmad Khatibi with hacking the hospital. The judge accused Microsoft of withholding logs.',
      'Accusation: Justice Department -> Microsoft',
    ],
    // "exploit" attacks only through a flaw; "4TB" is no name.
    [
      'Donald Tusk said Moscow was exploiting migrants to pressure Poland.',
      'Accusation: Donald Tusk -> Russia',
    ],
  ]);
  has([
    // A countering verb with an object of its own is still an attack.
    ['The Turla group disrupted Estonian ministries with cyberattacks.', 'Cyberattack: Turla -> Estonia'],
    [
      'The FBI worked to disrupt the hacking of Colonial Pipeline by DarkSide.',
      'Cyberattack: DarkSide -> Colonial Pipeline',
    ],
    ['LockBit said it stole 4TB of data from Boeing.', 'Cyberattack: LockBit -> Boeing'],
    // Several unnamed officials of a nation stand for it.
    [
      'Iranian officials were accused by Albania of ordering the cyberattack on its government.',
      'Accusation: Albania -> Iran',
    ],
    // A month is no unknown name; "never seen such clear evidence" is evidence.
    [
      'Hackers breached the network of Boeing in July. The FBI accused LockBit of the attack of July 2.',
      'Cyberattack: LockBit -> Boeing',
    ],
    [
      'Mandiant said it had never seen such clear evidence of Chinese involvement.',
      'Accusation: Mandiant -> China',
    ],
    [
      '"We used every tool to disrupt the intrusions by Russian hackers," Microsoft said.',
      'Accusation: Microsoft -> Russia',
    ],
  ]);
});

describe('"Chinese state-sponsored hacker groups": a demonym and several modifiers stand for the state', () => {
  has([
    [
      "India's power ministry said that Chinese state-sponsored hacker groups had targeted the country's electricity grid.",
      'Accusation: Indian Power Ministry -> China',
    ],
  ]);
  it('names a country’s body also by the words the text used', () => {
    const r = read(
      "India's power ministry said the claims were false.",
      "Pakistan's power ministry said the claims were false.",
    );
    expect(r.entity("India's power ministry")?.label).toBe('Indian Power Ministry');
    expect(r.entity("Pakistan's power ministry")?.label).toBe('Pakistani Power Ministry');
  });
});

describe('churches, dioceses, hospitals and police titles', () => {
  has([
    [
      'Hackers working for the Chinese state infiltrated the networks of the Catholic Diocese of Hong Kong.',
      'Cyberattack: China -> Catholic Diocese of Hong Kong',
    ],
    [
      'Archbishop Joseph Zen has accused the Vatican of betraying Chinese Catholics.',
      'Accusation: Joseph Zen -> Vatican City',
    ],
    [
      'Detective Chief Superintendent Tero Muurman said the attack was serious.',
      'Statement: Tero Muurman -> null',
    ],
  ]);
  it('reads Hong Kong as a place, and "the group" not as a diocese', () => {
    const r = read(
      'Hackers hit the Catholic Diocese of Hong Kong. The firm said the group, which it tracks as RedDelta, began targeting the Vatican in May.',
    );
    expect(read('Joseph Zen, the former bishop of Hong Kong, said so.').entity('Hong Kong')?.type).toBe(
      'Place',
    );
    expect(r.tuples).not.toContain('Cyberattack: Catholic Diocese of Hong Kong -> Vatican City');
  });
});

describe('"the embassy" points back to "the Chinese embassy in Helsinki"', () => {
  const text =
    'The Chinese embassy in Helsinki rejected the allegation. The embassy accused Supo of making groundless insinuations and urged the Finnish side to handle the matter on the basis of facts.';
  has([
    [text, 'Accusation: Chinese Embassy in Helsinki -> Finnish Security and Intelligence Service'],
    [text, 'Demand: Chinese Embassy in Helsinki -> Finland'],
  ]);
  hasNot([
    [
      'The Government Communications Security Bureau blamed China. Andrew Little said the government had called on China to stop.',
      'Demand: Government Communications Security Bureau -> China',
    ],
  ]);
});

describe('headlines: "US charges North Korean programmer", "US sanctions Chinese firm" charge no state', () => {
  hasNot([
    [
      'US charges North Korean programmer over Bangladesh Bank heist',
      'LegalAction: United States -> North Korea',
    ],
    ['U.S. Sanctions Chinese Firm Over Salt Typhoon Telecom Hacks', 'Sanction: United States -> China'],
  ]);
  has([['The EU sanctioned the Chinese government over the hacks.', 'Sanction: European Union -> China']]);
});

describe('"Treasury sanctions Iranian hackers as researchers tie attacks to APT33": the sanction stops at "as"', () => {
  hasNot([
    [
      'Treasury sanctions Iranian hackers as researchers tie attacks to APT33',
      'Sanction: Treasury Department -> APT33',
    ],
  ]);
});

describe('review guards (third review): the late rules kept to their constructions', () => {
  hasNot([
    [
      'The Kremlin said London had not presented evidence of Russian involvement in the attack.',
      'Accusation: Kremlin -> Russia',
    ],
    [
      "Microsoft said it had disrupted the Russian group's attacks on Viasat.",
      'Cyberattack: Microsoft -> Russia',
    ],
    [
      'Europol said it had disrupted the ransomware attacks by seizing servers in Germany and the Netherlands.',
      'Cyberattack: Germany -> Netherlands',
    ],
    ['Cardinal Health said hackers had stolen patient records.', 'Statement: Health -> null'],
  ]);
  has([
    ['The FBI identified the intruders as members of Unit 26165.', 'Accusation: FBI -> Unit 26165'],
    [
      'Google identified the attackers as contractors working for the Iranian government.',
      'Accusation: Google -> Iran',
    ],
    [
      'Chinese officials imposed sanctions on Lockheed Martin and Raytheon over arms sales to Taiwan.',
      'Sanction: China -> Raytheon',
    ],
    [
      'The Treasury imposed sanctions on two executives as well as Integrity Technology Group.',
      'Sanction: Treasury Department -> Integrity Technology Group',
    ],
    [
      'The Justice Department alleged that Huawei lied to banks about its business in Iran.',
      'Accusation: Justice Department -> Huawei',
    ],
    [
      'Russia’s SVR breached SolarWinds in 2020, US officials said. Microsoft said on Monday that it was itself a victim of the same campaign.',
      'Cyberattack: SVR -> Microsoft',
    ],
    ['Germany warned Russia against further cyberattacks on its parliament.', 'Demand: Germany -> Russia'],
  ]);
});

describe('"X said Y was linked to the Belarusian military": the speaker accuses whom "to" names', () => {
  has([
    [
      'In a report released on Tuesday, Mandiant said it had high confidence that UNC1151 was linked to the Belarusian military.',
      'Accusation: Mandiant -> Belarus',
    ],
    [
      'Microsoft said the attack on Sony had been attributed to North Korea.',
      'Accusation: Microsoft -> North Korea',
    ],
  ]);
});

describe('"linked to actors working for Iran’s Ministry of Intelligence": whom the actors work for', () => {
  has([
    [
      "Microsoft said the operation was linked to actors working for Iran's Ministry of Intelligence and Security.",
      'Accusation: Microsoft -> Ministry of Intelligence and Security',
    ],
  ]);
});

describe('"Truesec concluded that the group was likely linked to Killnet"', () => {
  has([
    // An unknown name before a judgement verb speaks; an adverb before the participle keeps it a passive.
    ['Truesec concluded that APT28 was linked to Killnet.', 'Accusation: Truesec -> Killnet'],
    [
      'In a 2023 report, the Swedish security firm Truesec concluded that APT28 was likely linked to Killnet.',
      'Report: Truesec -> Killnet',
    ],
  ]);
  hasNot([['Hackers likely linked to Killnet hit the airport.', 'Accusation: Killnet -> Killnet']]);
});

describe('"Its president, Cho Seok, ordered drills and told staff …": the name after the possessive speaks', () => {
  const text =
    'KHNP was hacked last week. Its president, Cho Seok, ordered round-the-clock drills and told staff that the plants were safe.';
  has([[text, 'Statement: Cho Seok -> null']]);
  hasNot([[text, 'Statement: Korea Hydro & Nuclear Power -> null']]);
});

describe('"blamed Russia for a cyberattack on X": "for" in the gap is the blame-for frame, not "blame … on X"', () => {
  has([
    ['Denmark blamed Russia for a cyberattack on Maersk.', 'Cyberattack: Russia -> Maersk'],
    ['Denmark blamed Russia for the hacking of Maersk last year.', 'Accusation: Denmark -> Russia'],
    ['The FBI blamed the intrusions on North Korea.', 'Accusation: FBI -> North Korea'],
  ]);
  hasNot([['Denmark blamed Russia for a cyberattack on Maersk.', 'Accusation: Denmark -> Maersk']]);
});

describe('"X, known as Supo, said …": an alias apposition ends at its comma', () => {
  has([
    [
      'The Federal Office for the Protection of the Constitution, known as the BfV, said APT31 hacked the Bundestag.',
      'Cyberattack: APT31 -> Bundestag',
    ],
    [
      'The Federal Office for the Protection of the Constitution, known as the BfV, said evidence it had gathered showed that the group known as APT31 had carried out the intrusion.',
      'Accusation: Federal Office for the Protection of the Constitution -> APT31',
    ],
    ['The SVR, also known as APT29 and Cozy Bear, hacked the Bundestag.', 'Cyberattack: SVR -> Bundestag'],
  ]);
  hasNot([
    [
      'The Federal Office for the Protection of the Constitution, known as the BfV, said APT31 hacked the Bundestag.',
      'Cyberattack: Federal Office for the Protection of the Constitution -> Bundestag',
    ],
  ]);
});

describe('"its own hackers", "its foreign ministry": a possessive pronoun before a group or a body', () => {
  has([
    [
      'The GUR, Ukraine’s military intelligence agency, said its own hackers had breached the servers of Gazprom.',
      'Cyberattack: Main Directorate of Intelligence -> Gazprom',
    ],
    [
      'Russia rejected the accusations, and its foreign ministry urged Britain to stop the campaign.',
      'Demand: Russian Foreign Ministry -> United Kingdom',
    ],
  ]);
  hasNot([
    [
      'Russia rejected the accusations, and its foreign ministry urged Britain to stop the campaign.',
      'Demand: Russia -> United Kingdom',
    ],
    // A name after the words is the body.
    [
      'North Korea denied it. Its state news agency, KCNA, said the United States was lying.',
      'Statement: North Korean State News Agency -> null',
    ],
  ]);
});

describe('"the attack on X was carried out from China": the origin of a noun’s light verb', () => {
  has([
    [
      'Norway said that a cyberattack on the Storting in March was carried out from China.',
      'Cyberattack: China -> Storting',
    ],
    ['The attacks on Maersk were launched from Russia.', 'Cyberattack: Russia -> Maersk'],
  ]);
  hasNot([
    [
      'The EU said the hacking of Maersk had been carried out from Chinese territory.',
      'Cyberattack: China -> Maersk',
    ],
    // Where the servers were tells where from, not who (review).
    ['The attacks on Maersk were launched from servers in Russia.', 'Cyberattack: Russia -> Maersk'],
    [
      'The attack on the Finnish parliament was carried out from servers in the Netherlands, investigators said.',
      'Cyberattack: Netherlands -> Eduskunta',
    ],
  ]);
});

describe('"Colonial" after "Colonial Pipeline": a firm by the first word of its name, with its roles', () => {
  has([
    [
      'Hackers hit Acme Pipeline Inc last May. Acme’s chief executive, Joseph Blount, said the company had paid.',
      'Role: Joseph Blount -> Acme Pipeline Inc',
    ],
    [
      'Hackers hit Acme Pipeline Inc last May. Acme said it had paid the ransom.',
      'Statement: Acme Pipeline Inc -> null',
    ],
  ]);
  hasNot([
    ['Hackers hit Acme Pipeline Inc last May. Acme said it had paid the ransom.', 'Statement: Acme -> null'],
    // An organisation's first word is often an adjective.
    [
      'Hackers hit the Democratic National Committee. Democratic leaders urged Trump to cancel the summit.',
      'Demand: Democratic National Committee -> Donald Trump',
    ],
  ]);
});

describe('"The pair are members of X": each of the two holds the role', () => {
  has([['Prosecutors charged Li Wei and Chen Bo. The pair are members of APT41.', 'Role: Chen Bo -> APT41']]);
});

describe('"claimed responsibility for the attack": the attack told; "supplied by X" names no victim', () => {
  has([
    [
      'Hackers broke into Caesars Entertainment in August. LockBit claimed responsibility for the attack.',
      'Cyberattack: LockBit -> Caesars Entertainment',
    ],
  ]);
  hasNot([
    [
      'Hackers broke into Caesars Entertainment in August. LockBit claimed responsibility for a separate attack.',
      'Cyberattack: LockBit -> Caesars Entertainment',
    ],
    [
      'Once inside, Scattered Spider deployed ransomware supplied by LockBit.',
      'Cyberattack: Scattered Spider -> LockBit',
    ],
  ]);
});

describe('"He is accused of …" after his charges: whoever charged him accuses him', () => {
  has([
    [
      'The Justice Department charged Ivan Petrov on Tuesday. He is accused of deploying ransomware against Kaseya.',
      'Accusation: Justice Department -> Ivan Petrov',
    ],
  ]);
  hasNot([
    // An arrest by one authority states no accusation of its own.
    [
      'Ivan Petrov was arrested by the United States in June. He is accused of deploying ransomware against Kaseya.',
      'Accusation: United States -> Ivan Petrov',
    ],
  ]);
});

describe('"accused a Russian group known as APT29 of …" names the group; "two Chinese nationals" are no state', () => {
  has([
    [
      'Britain and Canada accused a Russian intelligence-linked group known as APT29 of targeting vaccine research.',
      'Accusation: Canada -> APT29',
    ],
    ['Britain accused Russian hackers of attacking the NHS.', 'Accusation: United Kingdom -> Russia'],
  ]);
  hasNot([
    [
      'Britain and Canada accused a Russian intelligence-linked group known as APT29 of targeting vaccine research.',
      'Accusation: Canada -> Russia',
    ],
    [
      'The Justice Department accused two Chinese nationals of working with the Ministry of State Security.',
      'Accusation: Justice Department -> China',
    ],
  ]);
});

describe('"charged nine Iranians …", "the nine men": a counted group of defendants is each person the story charges', () => {
  const story =
    'The Justice Department on Friday charged nine Iranians with hacking universities, accusing them of stealing research. ' +
    'The nine men are members of the Mabna Institute. The men charged are Mostafa Sadeghi, Sajjad Tahmasebi and Roozbeh Sabahi.';
  has([
    [story, 'LegalAction: Justice Department -> Sajjad Tahmasebi'],
    [story, 'Accusation: Justice Department -> Roozbeh Sabahi'],
    [story, 'Role: Mostafa Sadeghi -> Mabna Institute'],
    ['Two US officials said China was behind the attack on Sony.', 'Accusation: United States -> China'],
    [
      'Attorney General Loretta Lynch charged Ahmad Fathi and Hamid Firoozi. The defendants, she said, "conducted these attacks on behalf of the Iranian government".',
      'Accusation: Loretta Lynch -> Iran',
    ],
  ]);
  hasNot([
    [story, 'LegalAction: Justice Department -> Iran'],
    // Nobody named: no one to charge.
    [
      'The Justice Department indicted seven Iranian hackers in 2016.',
      'LegalAction: Justice Department -> null',
    ],
    // The names right after the group are the people, not everyone the story charges.
    [
      'The Justice Department charged two Chinese nationals, Zhu Hua and Zhang Shilong, with hacking. Separately, it charged Xu Yanjun.',
      'Accusation: Justice Department -> Xu Yanjun',
    ],
  ]);
});

describe('"X and Y joined A, B and C in accusing Z": the joiners accuse too, past a list', () => {
  has([
    [
      'New Zealand and Japan joined the United States, Britain and NATO in publicly accusing China of hacking.',
      'Accusation: Japan -> China',
    ],
    [
      'New Zealand and Japan joined the United States, Britain and NATO in publicly accusing China of hacking.',
      'Accusation: NATO -> China',
    ],
  ]);
});

describe('"was linked to three groups known as A, B and C": the groups named after the noun', () => {
  has([
    [
      'Belgium said the attack on Microsoft was linked to three groups known as APT27, APT30 and APT31.',
      'Accusation: Belgium -> APT30',
    ],
    [
      'Belgium said the intrusion at Microsoft was tied to a group tracked as UNSC 2814, also known as Gallium.',
      'Cyberattack: UNSC 2814 -> Microsoft',
    ],
  ]);
  hasNot([
    // The victim inside the subject is not accused, nor is a name after ", while …" in the list.
    [
      'Belgium said the attack on Microsoft was linked to APT27, while the intrusion at the Pentagon was tied to a group tracked as UNSC 2814.',
      'Accusation: Belgium -> Pentagon',
    ],
  ]);
});

describe('"…, an accusation the Kremlin denied", "a charge Beijing rejected": the denial answers each accuser', () => {
  has([
    [
      'Britain and Canada accused a Russian group known as APT29 of targeting vaccine research, an accusation the Kremlin denied.',
      'Denial: Kremlin -> Canada',
    ],
    [
      'Britain and Canada accused a Russian group known as APT29 of targeting vaccine research, an accusation the Kremlin denied.',
      'Denial: Kremlin -> United Kingdom',
    ],
    [
      'US officials accused hackers linked to China of attempting to steal research, a charge Beijing rejected.',
      'Denial: China -> United States',
    ],
    ['Moscow rejected the accusations.', 'Denial: Russia -> null'],
  ]);
  hasNot([['Microsoft rejected the proposal.', 'Denial: Microsoft -> null']]);
});

describe('"X distanced itself from the attack" denies; its object may be the incident', () => {
  has([
    ['Hackers hit Royal Mail. Conti initially distanced itself from the attack.', 'Denial: Conti -> null'],
  ]);
  hasNot([
    ['The minister distanced himself from the remarks of the Russian ambassador.', 'Denial: Russia -> null'],
    ['Microsoft rejected the proposal.', 'Denial: Microsoft -> null'],
  ]);
});

describe('"APC chief executive John Smith": a defined acronym introduces a role', () => {
  has([
    [
      'The Acme Power Corporation (APC) admitted the breach. APC chief executive John Smith said the plant was safe.',
      'Role: John Smith -> Acme Power Corporation',
    ],
  ]);
});

describe('"Nuclear Power Corporation of India Ltd": a corporation, company, board or fund takes a complement', () => {
  has([
    [
      'The Nuclear Power Corporation of India Ltd (NPCIL) admitted the breach. NPCIL associate director A.K. Nema said the plant was safe.',
      'Role: A.K. Nema -> Nuclear Power Corporation of India Ltd',
    ],
  ]);
});

describe('"Gallium was first described by Microsoft": a passive speech verb speaks for its by-agent', () => {
  has([
    ['Gallium was first described publicly by Microsoft in December 2019.', 'Statement: Microsoft -> null'],
  ]);
  hasNot([
    ['Gallium was first described publicly by Microsoft in December 2019.', 'Statement: Gallium -> null'],
    [
      'APT31 is described by several Western security firms as a state-sponsored espionage outfit.',
      'Statement: APT31 -> null',
    ],
  ]);
});

describe('"X (XA), the national cyber agency, said": the apposition closes before the verb, past an acronym', () => {
  has([
    [
      'China denied it. The Centre for Cybersecurity Belgium (CCB), the national cyber agency, said the operation was sophisticated.',
      'Statement: Centre for Cybersecurity Belgium -> null',
    ],
    [
      'China denied it. Britain, the United States, Canada said the operation was Chinese.',
      'Statement: Canada -> null',
    ],
  ]);
  hasNot([
    [
      'China denied it. The Centre for Cybersecurity Belgium (CCB), the national cyber agency, said the operation was sophisticated.',
      'Statement: Chinese National Cyber Agency -> null',
    ],
  ]);
});

describe('"X, one of Scattered Spider’s leaders,": a plural role after "one of"', () => {
  has([
    [
      'Police said Tyler Buchanan, one of Scattered Spider’s leaders, was arrested.',
      'Role: Tyler Buchanan -> Scattered Spider',
    ],
    [
      'Police said Tyler Buchanan, one of the leaders of Scattered Spider, was arrested.',
      'Role: Tyler Buchanan -> Scattered Spider',
    ],
  ]);
  hasNot([
    [
      'The Foreign Office sanctioned two individuals, Zhao Guangzong and Ni Gaobin, whom it identified as members of APT31.',
      'Role: Ni Gaobin -> Foreign Office',
    ],
  ]);
});

describe('"The attribution was backed by Canada and Australia": the by-agents join the accusation', () => {
  has([
    [
      'Britain accused the GRU of the hack. The attribution was also backed by Canada and Australia.',
      'Accusation: Australia -> GRU',
    ],
    [
      'Britain accused the GRU of the hack. The advisory was co-signed by agencies from Canada and New Zealand.',
      'Accusation: New Zealand -> GRU',
    ],
  ]);
  hasNot([
    [
      'Britain accused the GRU of the hack. The attribution was also backed by Canada and Australia.',
      'Accusation: Canada -> Australia',
    ],
    ['Britain accused the GRU of the hack. The bill was backed by Canada.', 'Accusation: Canada -> GRU'],
  ]);
});

describe('"A report by Mandiant found that APT41 had breached X": "find" reports a finding', () => {
  has([
    ['A report by Mandiant found that APT41 had breached Acme Corp.', 'Report: Mandiant -> APT41'],
    ['The FBI found that North Korean hackers had stolen data from Sony.', 'Accusation: FBI -> North Korea'],
  ]);
  hasNot([
    ['Investigators at Mandiant found malware on the plant’s network.', 'Statement: Mandiant -> null'],
  ]);
});

describe('"the broadcasters KBS and MBC", "the German broadcaster Bayerischer Rundfunk": a descriptor, plural or of an organisation, types the names after it', () => {
  has([
    [
      'Seoul blamed Pyongyang for a 2013 assault that paralysed computers at the broadcasters KBS and MBC.',
      'Cyberattack: North Korea -> MBC',
    ],
    [
      'Hackers linked to OceanLotus broke into BMW, according to the German broadcaster Bayerischer Rundfunk.',
      'Statement: Bayerischer Rundfunk -> null',
    ],
  ]);
});

describe('"the Seoul Central District Prosecutors’ Office", "the Saudi Interior Ministry": names with a possessive or a short-form demonym', () => {
  has([
    [
      "The Seoul Central District Prosecutors' Office said North Korea was behind the attack on Sony.",
      "Accusation: Seoul Central District Prosecutors' Office -> North Korea",
    ],
    [
      'Mansour al-Turki, a spokesman for the Saudi Interior Ministry, said the attack came from abroad.',
      'Role: Mansour al-Turki -> Saudi Interior Ministry',
    ],
  ]);
});

describe('review guards (fourth review): the rules of this round kept to their constructions', () => {
  hasNot([
    // A group of defendants stands for the people charged only when at least two are, no more than counted.
    [
      'The Justice Department charged Yevgeniy Polyanin with deploying REvil ransomware. Separately, the Treasury sanctioned two Russian nationals for laundering ransom payments.',
      'Sanction: Treasury Department -> Yevgeniy Polyanin',
    ],
    // Arrested or convicted is not charged.
    [
      'South Korean police arrested Vladimir Dunaev in Seoul. Separately, the US charged two Russian nationals with running the Trickbot botnet.',
      'LegalAction: United States -> Vladimir Dunaev',
    ],
    // A capitalised word describing a noun for people is no firm's short name.
    [
      'Ransomware hit Scottish Water. Scottish police blamed LockBit.',
      'Accusation: Scottish Water -> LockBit',
    ],
    [
      'Hackers hit Bank of America in 2012. Bank regulators in Iran denied involvement.',
      'Denial: Bank of America -> null',
    ],
    // The victim named before a denier does not deny.
    [
      'Iran said Israel attacked its oil ministry, and Israel denied involvement.',
      'Denial: Iranian Oil Ministry -> null',
    ],
    // "known for" names no one.
    [
      'Canada accused Russian hackers known for attacking Ukraine of probing its power grid.',
      'Accusation: Canada -> Ukraine',
    ],
    // An accusation noun in a preposed phrase is not what is rejected; distancing from another's act.
    [
      'Despite the accusations, Iran rejected a US proposal for talks on cyber norms.',
      'Denial: Iran -> null',
    ],
    [
      'Britain distanced itself from the US attack on Iran’s nuclear programme.',
      'Denial: United Kingdom -> null',
    ],
    // The by-agent of a passive speech verb is not a name inside what was said.
    ['Merkel was told by Chancellery staff that Russia had hacked her email.', 'Statement: Russia -> null'],
    // An indefinite claimant is not the last actor named.
    [
      'Ransomware hit Medibank in October. REvil was blamed at first, but a little-known group later claimed responsibility for the attack.',
      'Statement: REvil -> null',
    ],
  ]);
  has([
    [
      'Two Russian hackers breached the Democratic National Committee in 2016, the FBI said.',
      'Accusation: FBI -> Russia',
    ],
  ]);
});

describe('"it said" after a quote: the institution heard speaking, not the subject inside the quote', () => {
  const text =
    'In a declaration issued on behalf of the Belgian government, the Belgian foreign ministry said it had detected malicious cyber activities. ' +
    '"Belgium strongly denounces these malicious cyber activities," the declaration said. ' +
    'The attack on the interior ministry was linked to APT27, it said.';
  has([[text, 'Accusation: Belgian Foreign Ministry -> APT27']]);
  hasNot([
    [text, 'Accusation: Belgium -> APT27'],
    // Nobody accuses its own state of what is done on its behalf.
    [
      'In a declaration issued on behalf of the Belgian government, the Belgian foreign ministry said hackers had attacked the interior ministry.',
      'Accusation: Belgian Foreign Ministry -> Belgium',
    ],
  ]);
});

describe('"Estonia’s prosecutor’s office", "four members of China’s People’s Liberation Army": possessives inside the party', () => {
  has([
    [
      'Estonia’s prosecutor’s office charged Dmitri Galushkevich, a 20-year-old student.',
      "LegalAction: Estonian Prosecutor's Office -> Dmitri Galushkevich",
    ],
    [
      "The Justice Department has indicted four members of China's People's Liberation Army (PLA) on charges of hacking into Equifax.",
      "LegalAction: Justice Department -> People's Liberation Army",
    ],
  ]);
});

describe('deputy and assistant attorneys general serve the Justice Department (10 of 15 outside annotations)', () => {
  has([
    [
      'Deputy Attorney General Lisa Monaco announced the charges against Russia.',
      'Role: Lisa Monaco -> Justice Department',
    ],
  ]);
});

describe('"X said it was working with A and B to …": a joint effort said of oneself offers cooperation', () => {
  has([
    [
      'CISA said it was working with the FBI and the NSA to understand the extent of the compromise.',
      'CooperationOffer: Cybersecurity and Infrastructure Security Agency -> National Security Agency',
    ],
    ['France has also offered assistance to Montenegro.', 'CooperationOffer: France -> Montenegro'],
    [
      'Russia had repeatedly offered Germany expert consultations on cyber security.',
      'CooperationOffer: Russia -> Germany',
    ],
  ]);
  hasNot([
    [
      'Prosecutors said APT10 was working with the Ministry of State Security.',
      'CooperationOffer: APT10 -> Ministry of State Security',
    ],
    [
      'APT10 was working with the Ministry of State Security, the FBI said.',
      'CooperationOffer: FBI -> Ministry of State Security',
    ],
  ]);
});

describe('"blamed the hack of X on Y": the gap tells the incident, the accused follows "on"', () => {
  has([
    ['The FBI blamed the hack of Acme Corp on North Korea.', 'Accusation: FBI -> North Korea'],
    ['The FBI blamed the hack of Acme Corp on North Korea.', 'Cyberattack: North Korea -> Acme Corp'],
    [
      'Officials blamed the ransomware attack on Acme Corp on DarkSide.',
      'Cyberattack: DarkSide -> Acme Corp',
    ],
    [
      'The FBI blamed the ransomware attack that shut down the Acme Corp pipeline network on a criminal gang called DarkSide.',
      'Accusation: FBI -> DarkSide',
    ],
    [
      'The FBI blamed the ransomware attack that shut down Acme Corp on a criminal gang called DarkSide.',
      'Cyberattack: DarkSide -> Acme Corp',
    ],
    ['Washington blamed Russia on Monday for the hack.', 'Accusation: United States -> Russia'],
  ]);
  hasNot([
    ['The FBI blamed the hack of Acme Corp on North Korea.', 'Accusation: FBI -> Acme Corp'],
    ['The hack that tried to frame North Korea hit Acme Corp.', 'Cyberattack: null -> North Korea'],
  ]);
});

describe('"hacked 47 private companies, the Labor Department": a counted kind, then the names of the list', () => {
  has([
    [
      'APT33 hacked 12 private firms, the Ministry of Energy and the Acme Corp refinery.',
      'Cyberattack: APT33 -> Ministry of Energy',
    ],
    [
      'APT33 breached 30 universities, Acme Corp and the Ministry of Energy.',
      'Cyberattack: APT33 -> Acme Corp',
    ],
  ]);
});

describe('"months after the FBI blamed X": after a word that is both preposition and conjunction, the name before the verb is its subject', () => {
  has([
    [
      'The sanctions came three months after the FBI blamed North Korea for the hack of Acme Corp.',
      'Accusation: FBI -> North Korea',
    ],
    [
      'Mandiant published its report two weeks after Poland and Lithuania publicly blamed Belarus for the operation.',
      'Accusation: Poland -> Belarus',
    ],
    [
      'Mandiant published its report two weeks after Poland and Lithuania publicly blamed Belarus for the operation.',
      'Accusation: Lithuania -> Belarus',
    ],
  ]);
  hasNot([['After the FBI, the NSA blamed North Korea for the hack.', 'Accusation: FBI -> North Korea']]);
});

describe('"Moscow\'s military intelligence": a country\'s possessive and words that, after its demonym, name a known body', () => {
  has([
    [
      "Poland accused hackers working for Moscow's military intelligence of targeting its parliament.",
      'Accusation: Poland -> GRU',
    ],
    ['Germany accused officers of the GRU of hacking Acme Corp.', 'Accusation: Germany -> GRU'],
  ]);
  hasNot([['Germany accused hackers of targeting Acme Corp.', 'Accusation: Germany -> Acme Corp']]);
});

describe('"Those charged are Colonel A, described as …, and Lieutenants B, C and D": plural titles and described names in a list', () => {
  has([
    [
      'The Justice Department charged four men. Those charged are Colonel Ivan Petrov and Lieutenants Oleg Sokolov, Pavel Orlov and Anton Belov.',
      'LegalAction: Justice Department -> Oleg Sokolov',
    ],
    [
      'The Justice Department charged two men. Those charged are Colonel Ivan Petrov, described as the head of the unit’s hacking team, and Pavel Orlov.',
      'LegalAction: Justice Department -> Pavel Orlov',
    ],
  ]);
  hasNot([
    [
      'Ivan Petrov, described as the head of the unit, was charged by the Justice Department.',
      'Statement: Ivan Petrov -> null',
    ],
    [
      "Ivan Petrov, described by prosecutors as the unit's commander, was charged.",
      'Statement: Ivan Petrov -> null',
    ],
  ]);
});

describe('"sanctioned five Iranians … The others are A, B and C": a roster sentence lists the group when nobody is charged', () => {
  const story =
    'The Treasury on Monday imposed sanctions on three Iranian men. The three men are members of APT33. Those named include Reza Karimi, a 40-year-old engineer. The others are Ali Rahimi and Hossein Tavakoli.';
  has([
    [story, 'Sanction: Treasury Department -> Ali Rahimi'],
    [story, 'Sanction: Treasury Department -> Reza Karimi'],
    [story, 'Role: Hossein Tavakoli -> APT33'],
  ]);
  hasNot([
    // More people listed than the group counts: the group is not who the list names.
    [
      'The Treasury imposed sanctions on two Iranian men. The others are Ali Rahimi, Reza Karimi and Hossein Tavakoli.',
      'Sanction: Treasury Department -> Ali Rahimi',
    ],
    // "They are accused of working with X": X is no member.
    [
      'The Treasury imposed sanctions on two Iranian men. They are accused of working with Ali Rahimi and Reza Karimi.',
      'Sanction: Treasury Department -> Ali Rahimi',
    ],
  ]);
});

describe('"X sued Y, accusing it of …": an object pronoun is not the subject of its verb', () => {
  has([
    [
      'Acme Corp sued NSO Group in 2019, accusing it of exploiting a flaw.',
      'Accusation: Acme Corp -> NSO Group',
    ],
  ]);
  hasNot([
    [
      'Acme Corp sued NSO Group in 2019, accusing it of exploiting a flaw.',
      'Accusation: Acme Corp -> Acme Corp',
    ],
    // "used it to sabotage X": a tool, not the other actor.
    [
      'The United States and Israel developed the worm and used it to sabotage the Natanz plant in Iran.',
      'Cyberattack: Israel -> United States',
    ],
  ]);
});

describe('"Russia\'s embassy dismissed the case. \\"We reject …,\\" it said": the accused side on a prosecution, and a possessor leading the subject', () => {
  has([
    [
      "The US charged five GRU officers with hacking Ukraine. Russia's embassy in Washington dismissed the case.",
      'Denial: Russian Embassy in Washington -> null',
    ],
    [
      'Microsoft said the group was separate. Russia\'s embassy in Washington dismissed the case. "We categorically reject these accusations," it said in a statement.',
      'Statement: Russian Embassy in Washington -> null',
    ],
  ]);
  hasNot([
    ['A federal judge dismissed the case.', 'Denial: null -> null'],
    [
      'Microsoft said the group was separate. Russia\'s embassy in Washington dismissed the case. "We categorically reject these accusations," it said in a statement.',
      'Denial: Microsoft -> null',
    ],
  ]);
});

describe('"the Federal Agency for Cartography and Geodesy": a capitalised nominal that a connector continues starts a name', () => {
  has([
    [
      'Germany said the federal agency had been hacked. The Federal Agency for Cartography and Geodesy (BKG) said its networks were secure.',
      'Statement: Federal Agency for Cartography and Geodesy -> null',
    ],
  ]);
});

describe('"an independent French researcher", "an adviser at a London consultancy": a nationality or a place describing a firm is no service', () => {
  has([
    ['"It is bad," said Pierre Dubois, a French diplomat.', 'Role: Pierre Dubois -> France'],
    [
      '"It is bad," said Anna Weber, a German researcher at the University of Bonn.',
      'Role: Anna Weber -> University of Bonn',
    ],
  ]);
  hasNot([
    [
      '"It is bad," said Claire Martin, an independent French researcher who studies influence campaigns.',
      'Role: Claire Martin -> France',
    ],
    [
      '"It is bad," said Rebecca Hale, a threat intelligence adviser at a London consultancy.',
      'Role: Rebecca Hale -> United Kingdom',
    ],
  ]);
});

describe('"Raab said APT29 had hacked researchers": a plural role noun after an attack verb is its object, not an office ("press secretary")', () => {
  has([
    ['Raab said APT29 had hacked researchers.', 'Accusation: Dominic Raab -> APT29'],
    ['The White House press secretary said so.', 'Statement: White House -> null'],
  ]);
});

describe('"Chinese state-controlled cyberattacks": a demonym before hyphenated compounds and an attack noun names the perpetrator', () => {
  has([
    [
      '"Iranian state-controlled cyberattacks are unacceptable," Fischer said.',
      'Accusation: Fischer -> Iran',
    ],
    [
      'Barr said the theft fitted a pattern of Chinese state-sponsored intrusions targeting Acme Corp.',
      'Cyberattack: China -> Acme Corp',
    ],
  ]);
  hasNot([
    [
      'The state-sponsored OPM hack was bad, Fischer said.',
      'Accusation: Fischer -> Office of Personnel Management',
    ],
  ]);
});

describe('"Chen Wei-ting", "Tseng Chia-chun", "King\'s College Hospital": given-name syllables ending in -ing, more surnames that come first, and a title word before a possessive', () => {
  has([
    [
      '"It is a playbook," said Chen Wei-ting, a researcher at Acme Corp.',
      'Statement: Chen Wei-ting -> null',
    ],
    ['Tseng Chia-chun said the claims were false.', 'Statement: Tseng Chia-chun -> null'],
    ["King's College Hospital said its systems were down.", "Statement: King's College Hospital -> null"],
  ]);
});

describe('"3CX said", "urged organisations using 3CX software to …", "hunt for signs of compromise": digits before capitals name a firm; a participle\'s object is not the one urged; a plural after a preposition is a noun', () => {
  has([['9CX said its software had been tampered with.', 'Statement: 9CX -> null']]);
  hasNot([
    [
      'CISA urged organisations using Microsoft software to follow the guidance.',
      'Demand: Cybersecurity and Infrastructure Security Agency -> Microsoft',
    ],
    [
      'Australia and New Zealand urged operators to check their systems for signs of compromise.',
      'Agreement: Australia -> New Zealand',
    ],
  ]);
});

describe('"…, the agency said": a nominal subject of a speech verb is the institution heard speaking last; "also called" names', () => {
  const story =
    'Britain\'s NCSC, part of GCHQ, said APT29 had targeted vaccine makers. The group, also called "the Dukes", operates for Russia, the agency said.';
  hasNot([
    [story, 'Statement: GCHQ -> null'],
    [story, 'Statement: APT29 -> null'],
  ]);
  has([[story, 'Statement: National Cyber Security Centre -> null']]);
});

describe('"said Berlin had not presented any evidence", "rejected US hacking allegations": a denial answers the accuser named with the accusation or left without proof', () => {
  has([
    [
      'Germany blamed Russia for the hack. A Russian spokeswoman said Berlin had not presented any evidence.',
      'Denial: Russia -> Germany',
    ],
    [
      'Norway blamed Russia. The Russian embassy said Norway had provided no proof.',
      'Denial: Russian Embassy -> Norway',
    ],
    ['Beijing has consistently rejected US hacking allegations.', 'Denial: China -> United States'],
    [
      "China's embassy in Brussels hit back, rejecting what it called groundless accusations.",
      'Denial: Chinese Embassy in Brussels -> null',
    ],
  ]);
  hasNot([['The FBI said it had shown evidence that Russia did it.', 'Denial: FBI -> FBI']]);
});

describe('review guards (fifth review): the rules of this round kept to their constructions', () => {
  has([
    [
      'France blamed the leak of emails from Emmanuel Macron’s campaign on Russia.',
      'Accusation: France -> Russia',
    ],
    ['The US blamed the SolarWinds hack on Russia.', 'Accusation: United States -> Russia'],
    ['Britain held the GRU responsible for the attack.', 'Accusation: United Kingdom -> GRU'],
    [
      'The US accused hackers of Beijing’s military of stealing secrets.',
      "Accusation: United States -> People's Liberation Army",
    ],
    [
      "The Netherlands accused four officers of Russia's military intelligence of hacking the OPCW.",
      'Accusation: Netherlands -> GRU',
    ],
    [
      'The EU urged the ruling Chinese Communist Party to stop the attacks.',
      'Demand: European Union -> Communist Party of China',
    ],
    ['Ukraine condemned the attack on Kyivstar, blaming it on Russia.', 'Accusation: Ukraine -> Russia'],
    ['"It is bad," said Jean Dupont, a French government lawyer.', 'Role: Jean Dupont -> France'],
    ['"It is bad," said Tom Hale, a senior official at a Kyiv ministry.', 'Role: Tom Hale -> Ukraine'],
    [
      'Kings College London said its systems had been hit by ransomware.',
      'Statement: Kings College London -> null',
    ],
  ]);
  hasNot([
    [
      'France blamed the leak of emails from Emmanuel Macron’s campaign on Russia.',
      'Accusation: France -> Emmanuel Macron',
    ],
    ['The US blamed the SolarWinds hack on Russia.', 'Accusation: United States -> SolarWinds'],
    [
      'Officials said the attack that alarmed Washington was carried out by APT29.',
      'Cyberattack: APT29 -> United States',
    ],
    [
      'APT41 hacked 100 companies, the Justice Department charged in an indictment.',
      'Cyberattack: APT41 -> Justice Department',
    ],
    [
      'Countries such as Iran and North Korea attack banks to raise money, the report said.',
      'Statement: Iran -> null',
    ],
    [
      'The Treasury sanctioned seven Russian men for hacking journalists. Those targeted include Jane Doe and John Roe, reporters at the Guardian.',
      'Sanction: Treasury Department -> Jane Doe',
    ],
    [
      'The Treasury sanctioned seven Russian men over the attacks. Ukraine’s police arrested two men in Kyiv. The two men are Ivan Petrov and Oleg Sokolov.',
      'Sanction: Treasury Department -> Ivan Petrov',
    ],
    [
      'The Justice Department dismissed the case against the two Russian hackers in 2023.',
      'Denial: Justice Department -> null',
    ],
    [
      'Judge Amy Berman Jackson dismissed the indictment against Concord Management.',
      'Denial: Amy Berman Jackson -> null',
    ],
    [
      'The Ministry of Defence said it was investigating. The Ministry and GCHQ blamed Russia.',
      'Accusation: Ministry and GCHQ -> Russia',
    ],
  ]);
});

describe('"The attack on X was blamed on Y": a passive "blame … on" with nothing between', () => {
  has([
    ['The attack on Acme Corp was blamed on North Korea.', 'Cyberattack: North Korea -> Acme Corp'],
    ['The breach of the OPM was blamed on China, the FBI said.', 'Accusation: FBI -> China'],
  ]);
});

describe('"accusing the company of hacking", "sanctioned Garantex and accused it of …": a nominal before "of" and a gerund points back; a second verb after "and" shares the subject', () => {
  has([
    [
      'Apple sued NSO Group in 2021, accusing the company of hacking iPhones.',
      'Accusation: Apple -> NSO Group',
    ],
    [
      'The Treasury sanctioned Garantex and accused it of laundering money for Russian hackers.',
      'Accusation: Treasury Department -> Garantex',
    ],
  ]);
});

describe('"a Russian-speaking ransomware gang": a demonym naming a language names no state', () => {
  hasNot([
    [
      'A Russian-speaking ransomware gang has published data it says it stole from Acme Corp.',
      'Cyberattack: Russia -> Acme Corp',
    ],
  ]);
  has([['Russian hackers stole data from Acme Corp.', 'Cyberattack: Russia -> Acme Corp']]);
});

describe('"China called that warning a smear", "Moscow branded the claims propaganda": the accused names the accusation dismissively, answering its last accusers', () => {
  has([
    [
      'The FBI and CISA warned that Chinese hackers were targeting hospitals. China called that warning a smear.',
      'Denial: China -> FBI',
    ],
    [
      'Germany blamed Russia for the hack. Moscow branded the claims propaganda.',
      'Denial: Russia -> Germany',
    ],
  ]);
  hasNot([['Microsoft called the campaign a disinformation operation.', 'Denial: Microsoft -> null']]);
});

describe('"sanctioned Iran’s intelligence ministry and its minister, X": "its" after "and" is the name just joined, and the minister is listed too', () => {
  const s =
    "The Treasury sanctioned Iran's Ministry of Intelligence and Security and its minister, Esmail Khatib, for directing the attack.";
  has([
    [s, 'Role: Esmail Khatib -> Ministry of Intelligence and Security'],
    [s, 'Sanction: Treasury Department -> Esmail Khatib'],
  ]);
});

describe('"accused Russian state-funded outlets RT and Sputnik of …": after a demonym and words describing them, the names are accused', () => {
  has([
    [
      'Richard Ferrand, his campaign chief, accused Russian state-funded outlets RT and Sputnik of spreading false information.',
      'Accusation: Richard Ferrand -> Sputnik',
    ],
    ['Germany accused Russian hackers of targeting Acme Corp.', 'Accusation: Germany -> Russia'],
  ]);
});

describe('"warned on Twitter that …": an addressee is the verb\'s object, not a name after a preposition', () => {
  has([
    [
      'Hossein Amir-Abdollahian warned on Twitter that the publication would not go unanswered.',
      'Statement: Hossein Amir-Abdollahian -> null',
    ],
    ['Kerry told the Chinese government that the hacking must stop.', 'Statement: John Kerry -> China'],
  ]);
});

describe('"…, R. Ramdoss, issued a flat denial": an initial opens a name after a comma', () => {
  has([
    [
      'Acme Corp was hacked. Its information officer, R. Ramdoss, issued a flat denial.',
      'Denial: R. Ramdoss -> null',
    ],
  ]);
});

describe('review guards (sixth review): the latest rules kept to their constructions', () => {
  has([
    [
      'The US charged two Russians with the hack. Russia’s foreign ministry dismissed the case as political.',
      'Denial: Russian Foreign Ministry -> null',
    ],
    [
      'The attack that infected Merck was carried out by Sandworm, the US said.',
      'Cyberattack: Sandworm -> Merck',
    ],
    [
      'APT28 hacked anti-doping agencies, sports federations and Westinghouse twice.',
      'Cyberattack: APT28 -> Westinghouse',
    ],
    ['The FBI contacted Sony and its agents later blamed North Korea.', 'Accusation: FBI -> North Korea'],
    [
      'Britain accused Russian spies targeting Ukraine of hacking government networks.',
      'Accusation: United Kingdom -> Russia',
    ],
  ]);
  hasNot([
    [
      'The Justice Department charged two Russian hackers. The Justice Department dismissed the case in 2023.',
      'Denial: Justice Department -> null',
    ],
    ['The FBI said Russia had not provided any evidence of its innocence.', 'Denial: FBI -> Russia'],
    [
      'The FBI blamed North Korea for the Sony hack. Pyongyang called the film propaganda.',
      'Denial: North Korea -> null',
    ],
    [
      'The attack on Sony was blamed on a flaw in Microsoft software.',
      'Cyberattack: Microsoft -> Sony Pictures Entertainment',
    ],
    [
      'Britain accused Russian spies targeting Ukraine of hacking government networks.',
      'Accusation: United Kingdom -> Ukraine',
    ],
    [
      'Microsoft said APT28 was behind the attack. The FBI arrested members of the group of phishing scammers that worked with the hackers.',
      'LegalAction: FBI -> APT28',
    ],
    [
      'Sandworm, described by Mandiant as the most dangerous group in the world, attacked Ukraine’s grid.',
      'Accusation: Mandiant -> Sandworm',
    ],
    ['China rejected Japan’s territorial claims.', 'Denial: China -> Japan'],
  ]);
});

describe('"…, the report said": a document that speaks makes no actor before it the speaker', () => {
  hasNot([
    [
      'Countries such as Iran and North Korea attack banks to raise money, the report said.',
      'Statement: North Korea -> null',
    ],
    [
      'Mandiant published a report. North Korea hacked Acme Corp, the report said.',
      'Statement: North Korea -> null',
    ],
  ]);
});

describe('"next month\'s summit", "weeks before X hosts a summit": a meeting still to come has not taken place', () => {
  hasNot([
    [
      'He did not expect the affair to affect next month’s summit between Joe Biden and Vladimir Putin.',
      'Meeting: Joe Biden -> Vladimir Putin',
    ],
    [
      'The disclosure comes weeks before the Netherlands hosts a NATO summit in The Hague.',
      'Meeting: NATO -> Netherlands',
    ],
  ]);
  has([['Joe Biden and Vladimir Putin held a summit in Geneva.', 'Meeting: Joe Biden -> Vladimir Putin']]);
});

describe('"Scholz travelled to China and met President Xi": a second verb after "and" shares the subject, not the place before it', () => {
  has([
    [
      'Chancellor Olaf Scholz travelled to China in April with business leaders and met President Xi Jinping.',
      'Meeting: Olaf Scholz -> Xi Jinping',
    ],
    ['Germany and China met in Berlin.', 'Meeting: China -> Germany'],
  ]);
});

describe('"the 2015 nuclear deal": a definite agreement noun, past a year and modifiers, points back to a deal already made', () => {
  hasNot([
    [
      'Tensions rose between Washington and Tehran after the Trump administration withdrew from the 2015 nuclear deal.',
      'Agreement: Iran -> United States',
    ],
  ]);
  has([['Iran and the United States signed a deal in Vienna.', 'Agreement: Iran -> United States']]);
});

describe('"sent a team of cyber specialists to Podgorica to help": sending experts offers cooperation', () => {
  has([
    [
      'The FBI has sent a team of cyber specialists to Podgorica to help the government.',
      'CooperationOffer: FBI -> Montenegro',
    ],
    [
      'NATO sent cyber-defence experts to Tallinn to help Estonian authorities.',
      'CooperationOffer: NATO -> Estonia',
    ],
  ]);
  hasNot([['The hackers sent phishing emails to experts in Tallinn.', 'CooperationOffer: null -> Estonia']]);
});

describe("'was \"working closely\" with', 'China “firmly opposes” the charges': scare quotes inside a phrase do not break it", () => {
  has([
    [
      'The NCA said it had opened an investigation and was "working closely" with the NCSC and the NHS.',
      'CooperationOffer: National Crime Agency -> National Cyber Security Centre',
    ],
    ['A spokeswoman said China “firmly opposes” the charges.', 'Denial: China -> null'],
  ]);
});

describe('attribution phrases: a possessed body after "to", a phrase ending in its preposition, the source after "of"', () => {
  has([
    [
      'Symantec said the intruders were linked to Iran’s Ministry of Intelligence and Security.',
      'Accusation: Symantec -> Ministry of Intelligence and Security',
    ],
    ['Lithuania has pointed the finger at Russia over the outage.', 'Accusation: Lithuania -> Russia'],
    ['Latvia pointed the finger at Belarus.', 'Accusation: Latvia -> Belarus'],
    ['ESET said the wiper bore the hallmarks of Sandworm.', 'Accusation: ESET -> Sandworm'],
    ['Norway said it had found the fingerprints of Russia on the breach.', 'Accusation: Norway -> Russia'],
  ]);
  hasNot([
    [
      'Symantec said the intruders were linked to Iran’s Ministry of Intelligence and Security.',
      'Accusation: Symantec -> Iran',
    ],
    [
      'Peskov said there could be no question of any involvement of the FSB in unlawful acts.',
      'Accusation: Dmitry Peskov -> Federal Security Service',
    ],
    ['ESET said the source of the wiper was unclear.', 'Accusation: ESET -> null'],
  ]);
});

describe('"tried to hack X": after the infinitive\'s "to" a word is read as the verb', () => {
  has([
    ['The Netherlands said the GRU had tried to hack the OPCW.', 'Cyberattack: GRU -> OPCW'],
    ['The Netherlands said the GRU had tried to hack the OPCW.', 'Accusation: Netherlands -> GRU'],
    ['Sandworm attempted to attack Ukrenergo again in 2022.', 'Cyberattack: Sandworm -> Ukrenergo'],
  ]);
  hasNot([
    ['The internet allows Russia to attack Canada cheaply.', 'Cyberattack: Russia -> Canada'],
    ['France was prepared to hack the networks of Belgium.', 'Cyberattack: France -> Belgium'],
  ]);
  it('reads "linked to the hack of X" as a noun still', () =>
    expect(tuplesOf('North Korea was linked to the hack of Sony Pictures.')).toContain(
      'Cyberattack: North Korea -> Sony Pictures Entertainment',
    ));
});

describe('a capitalised nominal continued by a connector and an article is the start of a name', () => {
  has([
    [
      'NATO said little. The GRU tried to hack into the Organisation for the Prohibition of Chemical Weapons.',
      'Cyberattack: GRU -> OPCW',
    ],
  ]);
  hasNot([
    [
      'NATO said little. The GRU tried to hack into the Organisation for the Prohibition of Chemical Weapons.',
      'Cyberattack: GRU -> NATO',
    ],
  ]);
});

describe("a definite noun after a verb is not that verb's own subject, the actor just before it", () => {
  has([
    [
      "Sweden said it had been hit. Sweden's security service said Russian hackers had targeted the country's water utilities.",
      'Cyberattack: Russia -> Sweden',
    ],
  ]);
  hasNot([
    [
      "Sweden said it had been hit. Sweden's security service said Russian hackers had targeted the country's water utilities.",
      'Cyberattack: Russia -> Russia',
    ],
    [
      // After "when" the noun opens a clause: the firm that named the group speaks.
      'ESET published a report. Sandworm was first described by ESET in 2016, when the company said the group was targeting utilities.',
      'Statement: Sandworm -> null',
    ],
  ]);
});

describe('"ST. LOUIS, May 10 —": a dateline in capitals, abbreviation and all, then the subject its pronouns mean', () => {
  const text =
    'ST. LOUIS, May 10, 2024 — Medibank, one of the largest insurers in the United States, said hackers had hit its clinics. In an update, it confirmed that the attack was ransomware.';
  it('keeps the dateline in the first sentence', () =>
    expect(text.slice(0, splitSentences(article(text), kb)[0]!.end)).toMatch(/^ST\. LOUIS, May 10/));
  has([[text, 'Statement: Medibank -> null']]);
  hasNot([
    [text, 'Cyberattack: null -> United States'],
    [text, 'Statement: United States -> null'],
  ]);
});

describe('organisation names: "and" inside after "the", a word of its own, a short name "known as"', () => {
  const isac =
    'The Aviation Information Sharing and Analysis Center, known as A-ISAC, said in an alert that LockBit had stepped up attacks on airlines. A-ISAC said it was worried.';
  has([
    [isac, 'Statement: Aviation Information Sharing and Analysis Center -> null'],
    [isac, 'Accusation: Aviation Information Sharing and Analysis Center -> LockBit'],
    [
      'Poland said Russian hackers attacked the Federal Office for Geodesy and Mapping.',
      'Cyberattack: Russia -> Federal Office for Geodesy and Mapping',
    ],
    ['Microsoft said Nobelium had ramped up attacks on diplomats.', 'Accusation: Microsoft -> APT29'],
  ]);
  hasNot([
    [isac, 'Statement: Center -> null'],
    [isac, 'Statement: A-ISAC -> null'],
    [
      'Poland said Russian hackers attacked the Federal Office for Geodesy and Mapping.',
      'Cyberattack: Russia -> Russian Federal Office for Geodesy and Mapping',
    ],
  ]);
  it('keeps "the Treasury and State Department" two bodies', () => {
    const r = read('The Treasury and State Department said Iran was behind the attack.');
    expect(r.tuples).toContain('Accusation: Treasury Department -> Iran');
    expect(r.tuples).toContain('Accusation: State Department -> Iran');
  });
});

describe('"meet minimum standards": a meeting verb whose object is a thing meets no one', () => {
  hasNot([
    [
      'Russia and Ukraine traded blame. Lawmakers said hospitals should meet minimum cybersecurity standards.',
      'Meeting: Russia -> Ukraine',
    ],
  ]);
  has([
    ['Russia and Ukraine traded blame. Officials met on Tuesday in Istanbul.', 'Meeting: Russia -> Ukraine'],
  ]);
});

describe('"issued an advisory warning that …": a document\'s authors speak through its participle', () => {
  const text =
    'The NSA and the FBI issued a joint advisory on Monday warning that Volt Typhoon had breached water utilities.';
  has([
    [text, 'Accusation: National Security Agency -> Volt Typhoon'],
    [text, 'Accusation: FBI -> Volt Typhoon'],
    [text, 'Report: FBI -> Volt Typhoon'],
    ['Europol published a report saying Conti had attacked hospitals.', 'Accusation: Europol -> Conti'],
    // "X's affiliates": the group acts through its people.
    ['Europol said LockBit’s affiliates had attacked 2,000 victims.', 'Accusation: Europol -> LockBit'],
  ]);
  hasNot([
    [
      'ANSSI published a technical advisory describing the group’s methods as "copy-paste".',
      'Statement: ANSSI -> null',
    ],
    ['Washington blamed Russia, with the White House calling it "reckless".', 'Statement: Russia -> null'],
  ]);
  it('reads "train staff to spot phishing" as a gerund object, no attack by "their"', () =>
    expect(
      tuplesOf(
        'CISA issued guidance urging hospitals to patch their systems and train staff to spot phishing.',
      ),
    ).not.toContain('Cyberattack: Cybersecurity and Infrastructure Security Agency -> null'));
});

describe('"The attack was the work of X": X did the attack just told, whoever says so', () => {
  has([
    [
      'Hackers hit Kaiser Permanente on Monday. The attack was the work of Rhysida, according to people familiar with the inquiry.',
      'Cyberattack: Rhysida -> Kaiser Permanente',
    ],
    [
      'Hackers hit Kaiser Permanente on Monday. The breach was the work of Rhysida, the FBI said.',
      'Accusation: FBI -> Rhysida',
    ],
  ]);
  hasNot([
    [
      'Hackers hit Kaiser Permanente on Monday. The attack was not the work of Rhysida, the FBI said.',
      'Cyberattack: Rhysida -> Kaiser Permanente',
    ],
  ]);
});

describe('denials of findings and of "false allegations"', () => {
  has([
    [
      'Mandiant accused Vietnam. Vietnam’s foreign ministry rejected the findings.',
      'Denial: Vietnamese Foreign Ministry -> null',
    ],
    ['Recorded Future accused Belarus. Minsk dismissed the report within hours.', 'Denial: Belarus -> null'],
    [
      'Citizen Lab accused Rwanda. A lawyer, Vincent Karega, said Rwanda would fight these baseless allegations.',
      'Denial: Vincent Karega -> null',
    ],
  ]);
  hasNot([
    [
      'Mandiant accused Vietnam. Vietnam’s foreign ministry rejected the white paper.',
      'Denial: Vietnamese Foreign Ministry -> null',
    ],
  ]);
});

describe('"linked X to the attack on Y": the object is accused of the incident after "to"', () => {
  has([
    ['Researchers have linked Iran to the 2012 attack on Saudi Aramco.', 'Cyberattack: Iran -> Saudi Aramco'],
    [
      'Mandiant tied APT41 to the 2021 hack of Sony Pictures.',
      'Cyberattack: APT41 -> Sony Pictures Entertainment',
    ],
    ['Mandiant tied APT41 to the 2021 hack of Air India.', 'Accusation: Mandiant -> APT41'],
    ['Microsoft attributed the attack on Albania to Iran.', 'Cyberattack: Iran -> Albania'],
  ]);
  hasNot([['Researchers have linked Iran to the 2012 attack on Saudi Aramco.', 'Cyberattack: null -> Iran']]);
});

describe('"were previously blamed for …": a passive past its adverbs is no reduced clause', () => {
  has([
    [
      'Iran was previously blamed for the attacks on Bank of America.',
      'Cyberattack: Iran -> Bank of America',
    ],
    ['Chinese hackers were later blamed for attacks on Indian power grids.', 'Cyberattack: China -> India'],
  ]);
});

describe('"That attack was claimed by X": the claimant did the attack told before', () => {
  has([
    [
      'Hackers hit the British Library in October. That attack was claimed by Rhysida, which sold the data.',
      'Cyberattack: Rhysida -> British Library',
    ],
    ['The attack on the British Library was claimed by Rhysida.', 'Cyberattack: Rhysida -> British Library'],
  ]);
  hasNot([['The refund was claimed by Microsoft.', 'Statement: Microsoft -> null']]);
});

describe('"A, and B\'s president, C": after "and" a list goes on, no apposition of A', () => {
  const text =
    "Among the targets were Iraq's president, Barham Salih, and South Africa's president, Cyril Ramaphosa.";
  has([
    [text, 'Role: Barham Salih -> Iraq'],
    [text, 'Role: Cyril Ramaphosa -> South Africa'],
  ]);
  hasNot([[text, 'Role: Barham Salih -> South Africa']]);
});

describe('"Algeria, Morocco\'s regional rival, said": an apposition opened by a possessor describes the name before it', () => {
  has([['Ukraine, Russia’s neighbour, said the attack was reckless.', 'Statement: Ukraine -> null']]);
  hasNot([['Ukraine, Russia’s neighbour, said the attack was reckless.', 'Statement: Russia -> null']]);
});

describe('", saying hospitals were victims": a participle clause with a bare plural subject speaks for the sentence\'s subject', () => {
  has([
    [
      'The British Medical Association pushed back against the rules, saying doctors were victims of the attack.',
      'Statement: British Medical Association -> null',
    ],
  ]);
});

describe('"he had been an affiliate of X": membership nouns from the lexicon, past "had been"', () => {
  has([
    [
      'Prosecutors charged Rostislav Panev. They said he had been an affiliate of LockBit.',
      'Role: Rostislav Panev -> LockBit',
    ],
    ['Zhu Hua and Zhang Shilong were members of APT10.', 'Role: Zhu Hua -> APT10'],
  ]);
});

describe('the one charged or sanctioned: a possessed body, and no victim past "suspected of"', () => {
  has([
    [
      'The EU imposed sanctions on the GRU’s Unit 26165 over the attack.',
      'Sanction: European Union -> Unit 26165',
    ],
    ['Romanian police arrested two suspected REvil affiliates.', 'LegalAction: Romanian Police -> REvil'],
  ]);
  hasNot([
    ['The EU imposed sanctions on the GRU’s Unit 26165 over the attack.', 'Sanction: European Union -> GRU'],
    [
      "Japan's police arrested a Chinese man suspected of hacking JAXA.",
      'LegalAction: Japanese Police -> JAXA',
    ],
  ]);
});

describe('review of this round: wishes, abilities, time words, mentioned reports, going-on verbs, claims, doubts', () => {
  hasNot([
    ['Iran vowed to attack U.S. networks in retaliation.', 'Cyberattack: Iran -> United States'],
    [
      'China has the ability to attack U.S. power grids, the FBI director said.',
      'Cyberattack: China -> United States',
    ],
    ["Russia was unable to attack Ukraine's grid in 2023, officials said.", 'Cyberattack: Russia -> Ukraine'],
    [
      'The Pentagon declined to comment on a report saying Iran had hacked its contractors.',
      'Accusation: Pentagon -> Iran',
    ],
    [
      "Iran hacked Albania's government in July; a second wave in September was claimed by Homeland Justice.",
      'Cyberattack: HomeLand Justice -> Albania',
    ],
    [
      "Hackers hit Israel's water system. If the attack was the work of Iran, Israel will respond.",
      'Cyberattack: Iran -> Israel',
    ],
    ['The FBI said Microsoft stepped in to stop attacks on hospitals.', 'Cyberattack: Microsoft -> null'],
    [
      'FT. LAUDERDALE, Fla. — A hospital chain said Russian hackers attacked its systems.',
      'Cyberattack: Russia -> Financial Times',
    ],
    ['North Korea broke into Kyivstar, researchers said.', 'Statement: North Korea -> null'],
    [
      'The U.S. and Russia accused each other. Both sides met expectations.',
      'Meeting: Russia -> United States',
    ],
  ]);
  has([
    [
      'The U.S. and China traded accusations. Officials met last week in Geneva.',
      'Meeting: China -> United States',
    ],
    [
      "Russia will continue attacking Ukraine's power grid, Microsoft warned.",
      'Cyberattack: Russia -> Ukraine',
    ],
    [
      'A DDoS attack hit Danish ministries on Monday. It was claimed by NoName057(16).',
      'Cyberattack: NoName057(16) -> Denmark',
    ],
    ['North Korea broke into Kyivstar, researchers said.', 'Cyberattack: North Korea -> Kyivstar'],
  ]);
});

describe("withheld blame and a victim's negated passive assert nothing", () => {
  hasNot([
    [
      'Amnesty accused Morocco. French officials have so far avoided blaming Morocco directly.',
      'Accusation: France -> Morocco',
    ],
    ['Kaseya said in a statement that customer data had not been stolen.', 'Denial: Kaseya -> null'],
  ]);
  has([['Rabiei said Iran had not carried out any cyberattack.', 'Denial: Rabiei -> null']]);
});

describe('a dismissive word after a preposition names a thing; a compound names no source', () => {
  hasNot([
    [
      'In the same report, Google said Russia had stepped up influence operations, combining hacking with propaganda.',
      'Denial: Google -> null',
    ],
    [
      'According to the Microsoft-owned firm, the attackers used stolen tokens.',
      'Statement: Microsoft -> null',
    ],
  ]);
  has([
    [
      'Kremlin spokesman Dmitry Peskov said the sanctions rested on false charges.',
      'Denial: Dmitry Peskov -> null',
    ],
  ]);
});

describe('a denial points at an attack the story alleged, and makes no new one', () => {
  hasNot([
    [
      'Microsoft said Midnight Blizzard hacked its email. Moscow has consistently denied carrying out hacking operations against the United States.',
      'Cyberattack: APT29 -> United States',
    ],
  ]);
  has([
    [
      'Germany accused Russia of hacking the Bundestag. Moscow denied being behind the attack on the Bundestag.',
      'Cyberattack: Russia -> Bundestag',
    ],
  ]);
});

describe('a firm or agency that speaks does not tell of its own attacks: the group it named is meant', () => {
  const text =
    'Mandiant has linked a group it calls APT41 to the Chinese government and says it has targeted video game firms in South Korea.';
  has([[text, 'Cyberattack: APT41 -> South Korea']]);
  hasNot([[text, 'Cyberattack: Mandiant -> South Korea']]);
  has([['Microsoft said it had been hacked by Nobelium.', 'Cyberattack: APT29 -> Microsoft']]);
});

describe('"told Russian reporters": a nation\'s press is no addressee', () => {
  has([
    ['Lavrov told Russian reporters the talks had been constructive.', 'Statement: Sergei Lavrov -> null'],
    ['Biden told Chinese officials that the hacking must stop.', 'Statement: Joe Biden -> China'],
  ]);
  hasNot([
    ['Lavrov told Russian reporters the talks had been constructive.', 'Statement: Sergei Lavrov -> Russia'],
  ]);
});

describe('"the foreign ministry spokesman Zhao Lijian": a body\'s nominal, role words and a name', () => {
  has([
    [
      'Vietnam rejected the report. The foreign ministry spokeswoman Le Thi Thu Hang said it was baseless.',
      'Role: Le Thi Thu Hang -> Vietnamese Foreign Ministry',
    ],
  ]);
});

describe('an unresolved "he" is still the subject: no actor further left speaks', () => {
  hasNot([
    [
      'He demanded that the South Korean authorities stop what he described as reckless slander.',
      'Statement: South Korea -> null',
    ],
  ]);
});

describe('second review of this round: real abilities, members, alerts sent, passive denials, lies, agencies, clauses, modals, datelines', () => {
  has([
    [
      "Chinese hackers were able to break into the Pentagon's network in 2015.",
      'Cyberattack: China -> Pentagon',
    ],
    [
      'Dutch police arrested a man believed to be a member of LockBit.',
      'LegalAction: Dutch National Police -> LockBit',
    ],
    [
      'The FBI sent an alert to companies warning that North Korean hackers were targeting crypto firms.',
      'Report: FBI -> North Korea',
    ],
    [
      'The Kremlin said the Democratic National Committee was not hacked by Russia.',
      'Denial: Kremlin -> null',
    ],
    ['Peskov said the charges were based on fabricated evidence.', 'Denial: Dmitry Peskov -> null'],
    [
      'The SBU said it had hacked Russian military servers.',
      'Cyberattack: Security Service of Ukraine -> Russian Armed Forces',
    ],
    [
      'Hackers hit the Bundestag in 2015. Asked whether Moscow would respond, officials said the attack was the work of the GRU.',
      'Cyberattack: GRU -> Bundestag',
    ],
    ['Poland has resisted Russian cyberattacks on its grid for years.', 'Cyberattack: Russia -> Poland'],
    [
      'NATO — the Western military alliance — said Russia hacked allied networks.',
      'Accusation: NATO -> Russia',
    ],
    [
      'Germany accused Russia of hacking the Bundestag. Moscow denied being behind the attack on the Bundestag.',
      'Cyberattack: Russia -> Bundestag',
    ],
    [
      'China has denied being behind the huge breach at the Office of Personnel Management.',
      'Denial: China -> null',
    ],
  ]);
  hasNot([
    [
      'North Korea could start hacking South Korean banks, officials warned.',
      'Cyberattack: North Korea -> South Korea',
    ],
    [
      'Lavrov told Russian state television the talks had been constructive.',
      'Statement: Sergei Lavrov -> Russia',
    ],
  ]);
});

describe('"A and Home Affairs Minister B said the activity breached …": both speak, and neither attacks', () => {
  const text =
    'In a joint statement, Foreign Minister Penny Wong and Home Affairs Minister Clare O’Neil said the activity breached a 2017 agreement.';
  has([
    [text, 'Statement: Penny Wong -> null'],
    [text, "Statement: Clare O'Neil -> null"],
  ]);
  hasNot([[text, "Accusation: Penny Wong -> Clare O'Neil"]]);
  has([['Britain and Home Depot said the attack was serious.', 'Statement: United Kingdom -> null']]);
});

describe('"urged organisations to patch": a demand of people the story does not name', () => {
  has([
    [
      'CISA urged organisations to patch their systems immediately.',
      'Demand: Cybersecurity and Infrastructure Security Agency -> null',
    ],
    ['The NCSC called on all parties to remain vigilant.', 'Demand: National Cyber Security Centre -> null'],
  ]);
  hasNot([
    ['Lim called on the government to publish its findings.', 'Demand: Lim -> null'],
    [
      'Matveev was charged with conspiring to transmit ransom demands and to damage computers.',
      'Demand: United States -> null',
    ],
    ['REvil demanded $70m to unlock the files.', 'Demand: REvil -> null'],
  ]);
});

describe('"the Metropolitan Police Department": a known body followed by an organisation word is another body', () => {
  has([
    [
      'Babuk attacked the Metropolitan Police Department in April.',
      'Cyberattack: Babuk -> Metropolitan Police Department',
    ],
  ]);
  hasNot([
    [
      'Babuk attacked the Metropolitan Police Department in April.',
      'Cyberattack: Babuk -> Metropolitan Police',
    ],
  ]);
  has([
    ['The Justice Department charged Park Jin Hyok.', 'LegalAction: Justice Department -> Park Jin Hyok'],
  ]);
});

describe('"The advisory warned …, and it called on owners …": "it" is the document, no actor', () => {
  hasNot([
    [
      'Ubiquiti makes routers. The advisory warned that the GRU had used Ubiquiti routers, and it called on owners to reset them.',
      'Demand: GRU -> null',
    ],
    [
      'Ubiquiti makes routers. The advisory warned that the GRU had used Ubiquiti routers, and it called on owners to reset them.',
      'Statement: GRU -> null',
    ],
  ]);
});

describe('"Russian hacking teams": the attack word before a plural kind of actor names the kind', () => {
  hasNot([
    [
      'The unit is among the most active Russian hacking teams since the invasion of Ukraine.',
      'Cyberattack: Russia -> Ukraine',
    ],
    ['Several Chinese hacking crews have targeted Taiwan.', 'Cyberattack: null -> Taiwan'],
  ]);
});

describe('"None of them has been arrested": a quantified negative subject negates the verb', () => {
  hasNot([
    [
      'The Justice Department charged the hackers with hacking the DNC. None of them has been arrested.',
      'LegalAction: Justice Department -> Democratic National Committee',
    ],
  ]);
  has([
    [
      'Police arrested two men. Neither of them was named, but Europol said LockBit was hit.',
      'Statement: Europol -> null',
    ],
  ]);
});

describe('"added X to its sanctions list": a sanction, and no speech', () => {
  const text =
    'Prosecutors charged Mikhail Matveev on Tuesday. The Treasury’s Office of Foreign Assets Control (OFAC) added Matveev to its sanctions list.';
  has([
    [text, 'Sanction: Office of Foreign Assets Control -> Mikhail Matveev'],
    [
      'The Office of Foreign Assets Control added the Ethereum address to its sanctions list.',
      'Sanction: Office of Foreign Assets Control -> null',
    ],
  ]);
  hasNot([[text, 'Statement: Office of Foreign Assets Control -> null']]);
});

describe('"warned that signed versions of the app …": a participle before a bare plural noun describes it', () => {
  hasNot([
    [
      'Security firms including SentinelOne and Sophos warned that signed versions of the app carried malware.',
      'Agreement: SentinelOne -> Sophos',
    ],
  ]);
  has([
    [
      'Officials said that Israel and the United States signed deals in Vienna.',
      'Agreement: Israel -> United States',
    ],
  ]);
});

describe('"X said Y was …": a speaker who makes the story\'s blamed actor the subject of hostile conduct accuses it', () => {
  const blamed = 'Estonia blamed Russia for the outage at its banks. ';
  has([
    [
      blamed +
        'Defence Minister Hanno Pevkur said Russia was waging a malicious campaign against its neighbours.',
      'Accusation: Hanno Pevkur -> Russia',
    ],
    [
      blamed +
        '"Russia wants to frighten our people with cyberattacks," Kallasvee, the defence minister, said.',
      'Accusation: Kallasvee -> Russia',
    ],
  ]);
  hasNot([
    // Not an actor the story has blamed, not the subject, not a pronoun, and not a negated clause.
    [
      'Defence Minister Hanno Pevkur said Russia was waging a malicious campaign against its neighbours.',
      'Accusation: Hanno Pevkur -> Russia',
    ],
    [
      blamed + 'Defence Minister Hanno Pevkur said the banks had asked Russia for an explanation.',
      'Accusation: Hanno Pevkur -> Russia',
    ],
    [
      blamed + 'Defence Minister Hanno Pevkur said it was too early to judge.',
      'Accusation: Hanno Pevkur -> Russia',
    ],
    [
      blamed + 'Defence Minister Hanno Pevkur said Russia had not answered the hacking claims.',
      'Accusation: Hanno Pevkur -> Russia',
    ],
    // Nothing hostile is said of it.
    [
      blamed + 'Defence Minister Hanno Pevkur said Russia would send a delegation to the OSCE meeting.',
      'Accusation: Hanno Pevkur -> Russia',
    ],
    [blamed + '"Russia is ready for dialogue," Pevkur said.', 'Accusation: Pevkur -> Russia'],
    [
      blamed + 'Defence Minister Hanno Pevkur said Russia had been asked to explain.',
      'Accusation: Hanno Pevkur -> Russia',
    ],
    // What the blamed say or suffer (second review of this round).
    [
      blamed + 'Defence Minister Hanno Pevkur said Russia had denied any role in the cyberattack.',
      'Accusation: Hanno Pevkur -> Russia',
    ],
    [
      blamed + 'Defence Minister Hanno Pevkur said Russia had condemned the attack.',
      'Accusation: Hanno Pevkur -> Russia',
    ],
    [
      blamed + 'Defence Minister Hanno Pevkur said Russia would attend talks on cyberattacks in Geneva.',
      'Accusation: Hanno Pevkur -> Russia',
    ],
    [
      blamed + 'Defence Minister Hanno Pevkur said Russia had offered to help investigate the attack.',
      'Accusation: Hanno Pevkur -> Russia',
    ],
  ]);
});

describe('"Federal prosecutors indicted …, the Justice Department said": before any charges, prosecutors act for the prosecuting body named', () => {
  has([
    [
      "The Justice Department opened the case in May. Federal prosecutors indicted three officers of Iran's Ministry of Intelligence on Tuesday.",
      'LegalAction: Justice Department -> Ministry of Intelligence and Security',
    ],
    [
      "Federal prosecutors indicted three officers of Iran's Ministry of Intelligence, the U.S. Attorney's Office for Maryland said.",
      "LegalAction: U.S. Attorney's Office for Maryland -> Ministry of Intelligence and Security",
    ],
  ]);
  hasNot([
    [
      "The Treasury opened the case in May. Federal prosecutors indicted three officers of Iran's Ministry of Intelligence on Tuesday.",
      'LegalAction: Treasury -> Ministry of Intelligence and Security',
    ],
  ]);
});

describe('"North Korea\'s military intelligence agency": a body named by what it is, said of its country (gazetteer descriptions)', () => {
  has([
    [
      "Seoul said North Korea's military intelligence agency was behind the attack on the broadcaster KBS.",
      'Accusation: South Korea -> Reconnaissance General Bureau',
    ],
    [
      'Prosecutors said the South Korean spy agency had warned the company in May.',
      'Statement: National Intelligence Service -> null',
    ],
    [
      'Major General Peter Reesink, the head of the Dutch military intelligence agency MIVD, said the men were spies.',
      'Role: Peter Reesink -> MIVD',
    ],
  ]);
  hasNot([
    // A description followed by a body's head word describes another body.
    ['The Chinese military police said the men were spies.', "Statement: People's Liberation Army -> null"],
  ]);
});

describe('"The four — A, B, C and D — were …": a counted group\'s names set off after it are its people', () => {
  const charged = 'The Justice Department said four Iranians were charged with computer intrusion. ';
  has([
    [
      charged +
        'The four — Reza Karimi, Behzad Rostami, Leila Hosseini and Ali Parvar — worked for the IRGC.',
      'LegalAction: Justice Department -> Leila Hosseini',
    ],
    [
      'The Justice Department charged two Russians with fraud. The two men, Ivan Petrov and Oleg Sidorov, live in Moscow.',
      'LegalAction: Justice Department -> Oleg Sidorov',
    ],
  ]);
  hasNot([
    // Three names are not the four.
    [
      charged + 'The four — Reza Karimi, Behzad Rostami and Ali Parvar — worked for the IRGC.',
      'LegalAction: Justice Department -> Ali Parvar',
    ],
  ]);
});

describe('"sanctions on X Organization and on Y Company": "and" before a repeated preposition starts a second name', () => {
  const text =
    'The Treasury imposed sanctions on Blue Harbor Institute and on Ferrum Data Company, a firm in Minsk.';
  has([
    [text, 'Sanction: Treasury Department -> Blue Harbor Institute'],
    [text, 'Sanction: Treasury Department -> Ferrum Data Company'],
    [
      'The Ministry of Science and Technology said the Ministry of Foreign Affairs and Trade had been warned.',
      'Statement: Ministry of Science and Technology -> null',
    ],
  ]);
});

describe('"a former Treasury official now at the consultancy X": where a person serves now, and descriptors of firms and sites', () => {
  has([
    [
      '"It will not stop them," said Laura Finch, a former Treasury official now at the consultancy Greyhaven Partners.',
      'Role: Laura Finch -> Greyhaven Partners',
    ],
    [
      '"It will not stop them," said Laura Finch, a former Treasury official who now runs the consultancy Greyhaven Partners.',
      'Role: Laura Finch -> Greyhaven Partners',
    ],
    [
      '"It will not stop them," said Laura Finch, a former Treasury official who now teaches law at Ostrava University.',
      'Role: Laura Finch -> Ostrava University',
    ],
    [
      'Paul Weber, the founder of the investigative website Kontrapunkt, said the phones were infected.',
      'Role: Paul Weber -> Kontrapunkt',
    ],
  ]);
  hasNot([
    // Not a post (review of this round).
    [
      'Anna Berg, whose company now competes with CrowdStrike, said it was serious.',
      'Role: Anna Berg -> CrowdStrike',
    ],
    [
      'Lina Moss, a former Microsoft engineer now at odds with Google, said it was serious.',
      'Role: Lina Moss -> Google',
    ],
    // "now" in a later clause is not the apposition's.
    [
      'Laura Finch, a former Treasury official, said the firm is now working with Greyhaven Partners.',
      'Role: Laura Finch -> Greyhaven Partners',
    ],
    // The former employer, once the present one is named, is no longer whom the person serves.
    [
      '"It will not stop them," said Laura Finch, a former Treasury official now at the consultancy Greyhaven Partners.',
      'Role: Laura Finch -> Treasury Department',
    ],
    [
      'Omar Haddad, a former Europol analyst who now runs the consultancy Tallis Risk, said it was serious.',
      'Role: Omar Haddad -> Europol',
    ],
  ]);
  has([
    // Without a present post named, the former one stays.
    [
      'Omar Haddad, a former Europol analyst now at a think tank, said it was serious.',
      'Role: Omar Haddad -> Europol',
    ],
    ['Omar Haddad, a former Europol analyst, said it was serious.', 'Role: Omar Haddad -> Europol'],
  ]);
});

describe('"pro-Russian hackers": a stance towards a state names no actor', () => {
  hasNot([
    [
      'Pro-Russian hackers were behind the attack on the water utility in Finland, officials said.',
      'Cyberattack: Pro-Russian -> Finland',
    ],
    [
      'Officials said pro-Russian hackers attacked the water utility in Finland.',
      'Cyberattack: Russia -> Finland',
    ],
    ['Officials said anti-Kremlin hackers attacked the water utility.', 'Statement: Kremlin -> null'],
  ]);
  has([
    [
      'Officials said Russian hackers attacked the water utility in Finland.',
      'Cyberattack: Russia -> Finland',
    ],
  ]);
});

describe('"the evidence pointed to Russia", "the hallmarks of a Chinese operation": a source after "to", or a demonym after "of"', () => {
  has([
    [
      "Estonia's interior ministry said the evidence pointed to Russia.",
      'Accusation: Estonian Interior Ministry -> Russia',
    ],
    [
      'Petra Lind told reporters that the clues point to the Lazarus Group.',
      'Accusation: Petra Lind -> Lazarus Group',
    ],
    [
      "Petra Lind said the investigation points to North Korea's Lazarus Group.",
      'Accusation: Petra Lind -> Lazarus Group',
    ],
    [
      'Petra Lind told reporters that the breach bore the hallmarks of a Russian operation.',
      'Accusation: Petra Lind -> Russia',
    ],
  ]);
  hasNot([
    ['Petra Lind said the evidence did not point to Russia.', 'Accusation: Petra Lind -> Russia'],
    // Places and doubts (review of this round).
    ['Petra Lind said the evidence pointed to servers in Iran.', 'Accusation: Petra Lind -> Iran'],
    ['Petra Lind said it was unclear whether the clues pointed to China.', 'Accusation: Petra Lind -> China'],
    [
      'Petra Lind said the trail of the money pointed to a bank in Cyprus.',
      'Accusation: Petra Lind -> Cyprus',
    ],
    [
      'Petra Lind said the United States was the largest source of cyberattacks.',
      'Accusation: Petra Lind -> China',
    ],
  ]);
});

describe('a counted group of defendants named later: each attacked; "on behalf of Iran\'s IRGC" is whom the act serves', () => {
  const text =
    'The Justice Department said four Iranians were charged with trying to break into the accounts of U.S. officials. The four — Reza Karimi, Behzad Rostami, Leila Hosseini and Ali Parvar — worked for the IRGC.';
  has([
    [text, 'Cyberattack: Leila Hosseini -> United States'],
    [text, 'Cyberattack: Ali Parvar -> United States'],
  ]);
  hasNot([
    [
      "The Justice Department charged Omid Karimi with carrying out a hacking campaign on behalf of Iran's Islamic Revolutionary Guard Corps.",
      'Cyberattack: Omid Karimi -> Islamic Revolutionary Guard Corps',
    ],
    // Unnamed, the group attacks through no one.
    [
      'The Justice Department said four Iranians were charged with trying to break into the accounts of U.S. officials.',
      'Cyberattack: Iran -> United States',
    ],
  ]);
});

describe('"Germany\'s BSI said it had …": the subject past its possessor is "it"; "the Norwegian X and Y Directorate" is one name', () => {
  has([
    [
      "Germany's Federal Office for Information Security (BSI) said it had urged hospitals to install the patch.",
      'Demand: Federal Office for Information Security -> null',
    ],
    [
      'The Danish Water Supply and Sanitation Authority said it had urged all utilities to check their systems.',
      'Demand: Danish Water Supply and Sanitation Authority -> null',
    ],
  ]);
  hasNot([
    [
      "Germany's Federal Office for Information Security (BSI) said it had urged hospitals to install the patch.",
      'Demand: Germany -> null',
    ],
  ]);
});

describe('"a spokesman for Las Vegas Sands", "dean of the law school at Korea University": roles in organisations the gazetteer does not know', () => {
  has([
    [
      'Maria Lopez, a spokeswoman for Acme Rail, said the attack was serious.',
      'Role: Maria Lopez -> Acme Rail',
    ],
    [
      'Lim Jong-in, dean of the law school at Korea University, said the attack was serious.',
      'Role: Lim Jong-in -> Korea University',
    ],
  ]);
});

describe('"said it would work with the United States and Japan", "is cooperating with X": joint work with partners named', () => {
  has([
    [
      "South Korea's Foreign Ministry said it would work with the United States and Japan to block the payments.",
      'CooperationOffer: South Korean Foreign Ministry -> Japan',
    ],
    [
      'The Estonian Information System Authority is cooperating closely with CERT-EU on the case.',
      'CooperationOffer: Estonian Information System Authority -> CERT-EU',
    ],
    [
      'The Estonian Information System Authority said it was investigating the attack in cooperation with Europol.',
      'CooperationOffer: Estonian Information System Authority -> Europol',
    ],
  ]);
  hasNot([
    // No partner named: routine, not news.
    [
      'Viasat said it was continuing to work with law enforcement on the investigation.',
      'CooperationOffer: Viasat -> null',
    ],
    [
      'APT10 was working with the MSS, the report said.',
      'CooperationOffer: APT10 -> Ministry of State Security',
    ],
    // Others' joint work, and work refused or found hard (review of this round).
    [
      'The SBU said the hackers acted in cooperation with the FSB.',
      'CooperationOffer: Security Service of Ukraine -> FSB',
    ],
    [
      'Europol said criminals were cooperating with North Korean hackers.',
      'CooperationOffer: Europol -> North Korea',
    ],
    ['Kaspersky said it would refuse to work with the FSB.', 'CooperationOffer: Kaspersky -> FSB'],
    [
      'The FBI said it was unable to work with Chinese authorities on the case.',
      'CooperationOffer: FBI -> China',
    ],
    [
      'Microsoft said it found it difficult to work with Chinese regulators.',
      'CooperationOffer: Microsoft -> China',
    ],
  ]);
});

describe('"carried out by Unit 29155 of the GRU": the body the perpetrator belongs to is no victim', () => {
  hasNot([
    [
      'Officials said the attack on the ministry was carried out by Unit 29155 of the GRU.',
      'Cyberattack: Unit 29155 -> GRU',
    ],
    ['Unit 74455 of the GRU hacked the Olympic servers.', 'Cyberattack: Unit 74455 -> GRU'],
  ]);
  has([
    [
      'Unit 74455 of the GRU hacked the Democratic National Committee.',
      'Cyberattack: Unit 74455 -> Democratic National Committee',
    ],
  ]);
});

describe('"able to say who was behind the attacks": a question\'s "who" names no one', () => {
  const hacked = 'Hackers broke into the networks of the Ministry of Social Affairs. ';
  hasNot([
    [
      hacked + '"We can now say who was behind these attacks," Prosecutor General Eva Tamm said.',
      'Cyberattack: Eva Tamm -> Ministry of Social Affairs',
    ],
    [
      hacked + 'Eva Tamm declined to say who might have hacked the ministry.',
      'Cyberattack: Eva Tamm -> Ministry of Social Affairs',
    ],
  ]);
  has([
    [
      'Greg Walton, a researcher who worked on the case in Dharamsala, said the monks had been hacked.',
      'Statement: Greg Walton -> null',
    ],
    [
      'The Justice Department charged Ivan Petrov, who hacked the Ministry of Social Affairs.',
      'Cyberattack: Ivan Petrov -> Ministry of Social Affairs',
    ],
  ]);
});

describe('"campaigns against countries that back Kyiv": an object in a relative clause on a noun for actors is no victim', () => {
  hasNot([
    [
      'Killnet has mounted similar campaigns against countries that back Kyiv.',
      'Cyberattack: Killnet -> Ukraine',
    ],
    ['Sandworm attacked the grid operator that serves Kyiv.', 'Cyberattack: Sandworm -> Ukraine'],
  ]);
  has([
    ['Russian hackers mounted a campaign that targeted Ukraine.', 'Cyberattack: Russia -> Ukraine'],
    // A relative clause on what belongs to the victim names it (review of this round).
    [
      'Chinese hackers broke into email accounts that were used by officials of the German foreign office.',
      'Cyberattack: China -> German Foreign Office',
    ],
    [
      'Chinese hackers breached a cloud system that stored data of the Czech foreign ministry.',
      'Cyberattack: China -> Czech Foreign Ministry',
    ],
  ]);
});

describe('"North Korea\'s main foreign intelligence agency": past its first words, a gazetteer description still names the body', () => {
  has([
    [
      "North Korea's main foreign intelligence agency was behind the theft, Seoul said.",
      'Accusation: South Korea -> Reconnaissance General Bureau',
    ],
    [
      "Russia's top foreign intelligence service was behind the breach, Britain said.",
      'Accusation: United Kingdom -> SVR',
    ],
  ]);
  hasNot([
    // A description no body of that country has stays a body of its own; words that tell bodies
    // apart are not passed over (review of this round).
    ["Britain's civilian spy agency said the breach was serious.", 'Statement: MI6 -> null'],
    ["Israel's domestic intelligence agency said the breach was serious.", 'Statement: Mossad -> null'],
    [
      "South Korea's military intelligence agency said the breach was serious.",
      'Statement: National Intelligence Service -> null',
    ],
    [
      "North Korea's civilian spy agency said the breach was serious.",
      'Statement: Reconnaissance General Bureau -> null',
    ],
  ]);
});

describe('"Its chief executive at the time, X,": a time qualifier after the role words', () => {
  has([
    [
      'Telenor said it was hacked. Its chief executive at the time, Sigve Brekke, said the attack was serious.',
      'Role: Sigve Brekke -> Telenor',
    ],
  ]);
});

describe('"X, based in … and one of the biggest US insurers, disclosed …. Its chief executive, Y,": "its" goes on with the institution the last sentence began with', () => {
  has([
    [
      'Microsoft, based in Redmond and one of the largest US technology firms, disclosed the intrusion in May. Its president at the time, Brad Smith, apologised to customers.',
      'Role: Brad Smith -> Microsoft',
    ],
  ]);
  hasNot([
    [
      'Microsoft, based in Redmond and one of the largest US technology firms, disclosed the intrusion in May. Its president at the time, Brad Smith, apologised to customers.',
      'Role: Brad Smith -> United States',
    ],
  ]);
});

describe('"X, one of the biggest US insurers, said", "X, the investigative website, said": appositions of a kind name and type the speaker', () => {
  has([
    ['Microsoft, one of the biggest US firms, said it was hacked.', 'Statement: Microsoft -> null'],
    [
      'Kontrapunkt, the investigative website, said its reporters were hacked.',
      'Statement: Kontrapunkt -> null',
    ],
    ['Zarya, one of the largest Russian insurers, said it was hacked.', 'Statement: Zarya -> null'],
  ]);
  hasNot([
    ['Microsoft, one of the biggest US firms, said it was hacked.', 'Statement: United States -> null'],
  ]);
});

describe('"the Italian Senate", "Russia\'s Navy": one capitalised body word after a country is its body, of that word\'s kind', () => {
  has([
    ['Killnet attacked the Italian Senate.', 'Cyberattack: Killnet -> Italian Senate'],
    ["Killnet attacked Russia's Navy.", 'Cyberattack: Killnet -> Russian Navy'],
  ]);
  hasNot([
    ['Killnet attacked the Italian Senate.', 'Cyberattack: Killnet -> US Senate'],
    [
      'A spokesman for its Committee for the Peaceful Reunification of Korea called the findings a fabrication.',
      'Statement: North Korean Committee -> null',
    ],
  ]);
});

describe('review of this round: "its" after a state, "X, based in Y,", a charge in another capital, a group hacked itself, each charge about its own attack', () => {
  has([
    [
      'Ukraine said Russian hackers hit Kyivstar. Its chief executive, Oleksandr Komarov, said the network was restored.',
      'Role: Oleksandr Komarov -> Kyivstar',
    ],
    [
      'Microsoft, based in Redmond and one of the largest US technology firms, disclosed the intrusion in May.',
      'Statement: Microsoft -> null',
    ],
  ]);
  hasNot([
    [
      'Ukraine said Russian hackers hit Kyivstar. Its chief executive, Oleksandr Komarov, said the network was restored.',
      'Role: Oleksandr Komarov -> Ukraine',
    ],
    [
      'Microsoft, based in Redmond and one of the largest US technology firms, disclosed the intrusion in May.',
      'Statement: United States -> null',
    ],
    [
      'The Justice Department declined to comment on the report. Ilya Sachkov, the founder of Group-IB, was charged with treason in Moscow in 2021.',
      'LegalAction: Justice Department -> Ilya Sachkov',
    ],
    [
      'The Justice Department charged two Russians with hacking Ukrainian banks. The two men, Nikolai Zaitsev and Artem Belov, had earlier been hacked themselves by a rival gang.',
      'Cyberattack: Nikolai Zaitsev -> Artem Belov',
    ],
  ]);
  it('links each charge to the attack of the person charged', () => {
    const r = read(
      'The Justice Department said four Iranians were charged with hacking the accounts of U.S. officials. The four — Reza Moradi, Kamran Jafari, Leila Hosseini and Ali Parvar — worked for the IRGC.',
    );
    const charges = r.events.filter((e) => e.cls === 'LegalAction');
    expect(charges).toHaveLength(4);
    for (const c of charges) expect(r.events.find((e) => e.id === c.about)?.agent).toBe(c.target);
  });
});

describe('"charged two nationals, A and B, for hacking Boeing": the list of defendants ends where the offence begins', () => {
  const text =
    'The Justice Department indicted two Chinese nationals, Li Wei and Zhang Hao, for hacking Boeing.';
  has([[text, 'LegalAction: Justice Department -> Zhang Hao']]);
  hasNot([[text, 'LegalAction: Justice Department -> Boeing']]);
});

describe('"a panel of United Nations experts said": the UN panel of experts by the names reporters give it (gazetteer)', () => {
  has([
    [
      'A panel of United Nations experts said in a report that North Korean hackers stole more crypto than ever.',
      'Accusation: UN Panel of Experts -> North Korea',
    ],
    [
      'A United Nations panel of experts said the thefts funded missiles.',
      'Statement: UN Panel of Experts -> null',
    ],
  ]);
});

describe('"the Suex sanctions": a firm named before the noun is sanctioned, by whoever imposed the story\'s sanctions', () => {
  has([
    [
      'The Treasury imposed sanctions on Garantex. The Garantex sanctions were the first of their kind.',
      'Sanction: Treasury Department -> Garantex',
    ],
    ['Analysts said the EU sanctions could hurt Russia.', 'Sanction: European Union -> Russia'],
  ]);
  hasNot([
    [
      'Analysts said the Garantex sanctions could make it harder for gangs to cash out.',
      'Sanction: Garantex -> null',
    ],
  ]);
});

describe('"would still respond with severe sanctions": sanctions threatened are not imposed', () => {
  hasNot([
    [
      'The official warned that if Russia invaded, the United States would still respond with severe sanctions.',
      'Sanction: United States -> null',
    ],
  ]);
});

describe('\'"We have never attacked anyone," the ministry said\': a speaker after the quote denies for its own side', () => {
  has([
    [
      '"We never use cyberspace to target other countries," Lin Wen, a spokesman for the Chinese Foreign Ministry, told a briefing.',
      'Denial: Lin Wen -> null',
    ],
    [
      '"We have never attacked anyone," the Iranian foreign ministry said.',
      'Denial: Iranian Foreign Ministry -> null',
    ],
  ]);
  hasNot([
    [
      '"You do not need to break into a government network to cause harm," said Johanna Berg, a researcher.',
      'Denial: Johanna Berg -> null',
    ],
  ]);
});

describe('second review of this round: a state office after "its", "America\'s Navy", the imposer named next to "the X sanctions"', () => {
  has([
    [
      'Ukraine said Russian hackers hit Kyivstar. Its defence minister, Rustem Umerov, said the attack was serious.',
      'Role: Rustem Umerov -> Ukraine',
    ],
    [
      'Microsoft was hacked. Its president, Brad Smith, said the attack was serious.',
      'Role: Brad Smith -> Microsoft',
    ],
    ["Chinese hackers attacked America's Navy.", 'Cyberattack: China -> US Navy'],
    [
      'The EU imposed sanctions on Garantex. The earlier Suex sanctions, imposed by the United States in 2021, had little effect.',
      'Sanction: United States -> Suex',
    ],
  ]);
  hasNot([
    [
      'The EU imposed sanctions on Garantex. The earlier Suex sanctions, imposed by the United States in 2021, had little effect.',
      'Sanction: European Union -> Suex',
    ],
  ]);
});

describe('lists of attackers, relative accusers, names given and bodies in an apposition', () => {
  const ncsc =
    'The National Cyber Security Centre (NCSC), part of the GCHQ eavesdropping agency, published an analysis of malware it calls "Silent Fox" and attributed it to APT28.';
  has([
    // Each attacker of a list before the verb, and the speaker accuses each.
    [
      'The Korean National Police Agency said Lazarus, Andariel and Kimsuky had targeted Hanwha Aerospace since 2022.',
      'Cyberattack: Andariel -> Hanwha Aerospace',
    ],
    [
      'The Korean National Police Agency said the groups, known as Lazarus, Andariel and Kimsuky, had targeted Hanwha Aerospace.',
      'Accusation: Korean National Police Agency -> Lazarus Group',
    ],
    // Past an apposition that describes the names of the list.
    [
      'Sandworm and Gamaredon, two Russian groups, had hit Ukrainian telecom providers.',
      'Cyberattack: Gamaredon -> Ukraine',
    ],
    [
      "Storm-0558, a Chinese group, and Storm-0978 had breached Microsoft's email systems.",
      'Cyberattack: Storm-0558 -> Microsoft',
    ],
    // A list after "including" is one list.
    [
      'Hackers linked to China, including Volt Typhoon and Flax Typhoon, had attacked Taiwanese networks.',
      'Cyberattack: Volt Typhoon -> Taiwan',
    ],
    // "it" is the name, not the body the apposition places it in.
    [ncsc, 'Accusation: National Cyber Security Centre -> APT28'],
    // The relative clause's accuser is the name it describes.
    [
      'The firm was sued by WhatsApp, which accuses NSO Group of hacking its users.',
      'Accusation: WhatsApp -> NSO Group',
    ],
    // "them" after a participle is what the main verb acted on, both of two objects.
    [
      'Britain imposed sanctions on the GRU and the FSB on Friday, accusing them of a campaign of cyberattacks.',
      'Accusation: United Kingdom -> FSB',
    ],
    [
      'Britain imposed sanctions on the GRU and the FSB on Friday, accusing them of a campaign of cyberattacks.',
      'Accusation: United Kingdom -> GRU',
    ],
    // Each subject of the sentence accuses through the participle.
    [
      'Britain and the United States sanctioned the GRU on Friday, accusing it of attacks.',
      'Accusation: United States -> GRU',
    ],
  ]);
  hasNot([
    [ncsc, 'Accusation: GCHQ -> APT28'],
    [
      'Sandworm and Gamaredon, two Russian groups, had hit Ukrainian telecom providers.',
      'Cyberattack: Russia -> Ukraine',
    ],
    // Not a name deeper in a phrase, nor a demonym.
    [
      "The Justice Department indicted seven hackers working for firms linked to Iran's Revolutionary Guards, accusing them of attacks on US banks.",
      'Accusation: Justice Department -> Islamic Revolutionary Guard Corps',
    ],
    [
      'The Treasury imposed sanctions on a Chinese security firm and one of its researchers, accusing them of hacking.',
      'Accusation: Treasury Department -> China',
    ],
    // A quoted name right after "calls" is a name given, not speech.
    [ncsc, 'Statement: GCHQ -> null'],
    [ncsc, 'Statement: National Cyber Security Centre -> null'],
  ]);
  // The speakers an apposition describes speak, not the nation or body inside it.
  const described = 'Poland and Lithuania, two NATO members, said the attacks came from Russia.';
  it.each([
    [
      'Microsoft and Google, two American firms, said the group was Chinese.',
      'Statement: Google -> null',
      'Statement: United States -> null',
    ],
    [described, 'Statement: Lithuania -> null', 'Statement: NATO -> null'],
  ])('%s -> %s, not %s', (text, yes, no) => {
    expect(tuplesOf(text)).toContain(yes);
    expect(tuplesOf(text)).not.toContain(no);
  });
  it('takes names that modify a noun for no list of attackers', () => {
    const headline =
      'BBC and British Airways staff data stolen in MOVEit hack claimed by Cl0p gang\nThe data was published.';
    expect(read(article(headline, { headline: true })).tuples).not.toContain(
      'Cyberattack: BBC -> Progress Software',
    );
  });
});

describe("an office with no country is the story's country: where it is filed, whose voice it hears first, where it happens", () => {
  has([
    [
      'The attack that crippled a hospital in New Delhi came from China. Health Minister Mansukh Mandaviya said records were safe.',
      'Role: Mansukh Mandaviya -> India',
    ],
    [
      'Hackers working for Iran were behind the hack of an SMS firm, Swedish prosecutors said on Tuesday. Foreign Minister Maria Lindqvist called the findings serious.',
      'Role: Maria Lindqvist -> Sweden',
    ],
    [
      'OSLO - Hackers linked to Russia attacked a dam, officials said. The justice minister, Emilie Mehl, said the attack was serious.',
      'Role: Emilie Mehl -> Norway',
    ],
    // A nation named for its hackers is not the story's own.
    [
      'North Korean hackers stole data from South Korean defence firms. Unification Minister Kim Yung-ho condemned it.',
      'Role: Kim Yung-ho -> South Korea',
    ],
    [
      'A cyberattack by Russian hackers hit a hospital in Prague, officials said. Health Minister Vlastimil Valek said it was serious.',
      'Role: Vlastimil Valek -> Czechia',
    ],
  ]);
});

describe('sanctions a subject is under or hit by, and the "it" that opens a sentence', () => {
  has([
    ['Rostec Corp was placed under U.S. sanctions in 2014.', 'Sanction: United States -> Rostec Corp'],
    // "It" opening a sentence goes on with the only actor the last one named (places and possessors aside).
    [
      "Rostec Corp, based in Moscow, builds engines for Russia's space program. It was placed under U.S. sanctions in 2014.",
      'Sanction: United States -> Rostec Corp',
    ],
    // An object relative with no name for its head still sanctions someone.
    [
      'The hackers used a mixer that the Treasury sanctioned last year.',
      'Sanction: Treasury Department -> null',
    ],
    ['Emennet Pasargad was hit by U.S. sanctions in 2021.', 'Sanction: United States -> Emennet Pasargad'],
    // The subject of an object relative imposes them on the name the clause describes.
    [
      'The coins were stolen by the Lazarus Group, a hacking outfit that the United States sanctioned in 2019.',
      'Sanction: United States -> Lazarus Group',
    ],
    [
      'Kimsuky, which the European Union sanctioned last year, denied it.',
      'Sanction: European Union -> Kimsuky',
    ],
    // What the story's sanctions, or its measures, are said to target.
    [
      "Canada imposed sanctions on the GRU on Friday. Officials said the measures targeted the GRU's Unit 26165 and Unit 74455.",
      'Sanction: Canada -> Unit 74455',
    ],
    [
      "The EU imposed sanctions on six people on Monday. The sanctions also target the GRU's Unit 26165.",
      'Sanction: European Union -> Unit 26165',
    ],
  ]);
  hasNot([
    // A sentence opening on "It" after "X accused Y" is not X.
    [
      'The FBI accused Huawei of stealing trade secrets. It has denied the allegations.',
      'Denial: FBI -> null',
    ],
    // What hits a subject "by sanctions" is no attacker.
    ['Emennet Pasargad was hit by U.S. sanctions in 2021.', 'Cyberattack: United States -> Emennet Pasargad'],
    // With no sanctions told before, measures that target someone sanction no one.
    ['The new measures target hospitals run by Acme Health.', 'Sanction: null -> Acme Health'],
  ]);
});

describe('the deployment of malware against a victim is an attack', () => {
  has([
    [
      'The agency said the SVR had been behind the deployment of the Nightfall wiper against Polish government systems.',
      'Cyberattack: SVR -> Poland',
    ],
  ]);
  hasNot([
    ['The deployment of new firewalls across Polish ministries took a year.', 'Cyberattack: null -> Poland'],
    // What malware is deployed on follows "against", "on", "in": not whoever is named later.
    [
      'The deployment of ransomware by LockBit affiliates prompted warnings from the FBI.',
      'Cyberattack: LockBit -> FBI',
    ],
    [
      'Trickbot grew into a platform used to break into networks and deploy ransomware such as Ryuk and Conti.',
      'Cyberattack: Trickbot -> Conti',
    ],
  ]);
});

describe("a title's office and the suspects a prosecutor names", () => {
  const named =
    "Latvia's Prosecutor General's Office charged three Russian officers. Latvian prosecutors named the three suspects as Ivan Orlov, Pavel Sokol and Oleg Lis.";
  has([
    // The office a title owns is a body of the country before it, and the bare name is the same body.
    [named, "LegalAction: Latvian Prosecutor General's Office -> Pavel Sokol"],
    [
      "Latvia's Prosecutor General's Office opened a case. The Prosecutor General's Office said the men were GRU officers.",
      "Statement: Latvian Prosecutor General's Office -> null",
    ],
  ]);
  hasNot([[named, 'LegalAction: Latvia -> Pavel Sokol']]);
});

describe("a tool's name names no actor", () => {
  const tool =
    'Mandiant said UNC5812 broke into Acme Corp. The attackers used malware called Nightcrawl to infect Acme Corp systems.';
  has([[tool, 'Cyberattack: UNC5812 -> Acme Corp']]);
  hasNot([[tool, 'Cyberattack: Nightcrawl -> Acme Corp']]);
});

describe('unnamed people arrested in connection with a group', () => {
  has([['The FBI arrested seven people in connection with Lapsus$.', 'LegalAction: FBI -> Lapsus$']]);
  hasNot([['The FBI arrested Ivan Petrov in connection with Lapsus$.', 'LegalAction: FBI -> Lapsus$']]);
});

describe('people listed with their ages, and "them" after three or more', () => {
  const ages =
    'The Justice Department charged Ivan Petrov on Monday. The indictment names Masoud Jalili, 36, Ali Aghamiri, 34, and Yasar Balaghi, 37, and accuses them of hacking the White House.';
  has([
    [
      'The FBI charged Ivan Petrov on Monday. Li Xiaoyu, 34, and Dong Jiazhi, 33, were charged in the same indictment.',
      'LegalAction: FBI -> Li Xiaoyu',
    ],
    [ages, 'Accusation: Justice Department -> Masoud Jalili'],
    [ages, 'Accusation: Justice Department -> Yasar Balaghi'],
  ]);
  hasNot([[ages, 'Accusation: Yasar Balaghi -> Masoud Jalili']]);
});

describe('second review of the round: what the new rules must leave alone, and people as "them"', () => {
  const menBoth =
    "The Justice Department charged Ivan Petrov and Oleg Sidorov. The men, both members of Unit 74455, attacked Ukraine's power grid, prosecutors said.";
  const indictmentSays =
    'The Justice Department charged Ivan Petrov. He targeted the OPCW, the indictment says.';
  has([
    // A quoted name with a complement after "calls" is a stand.
    ['Beijing calls "Volt Typhoon" report a US smear.', 'Statement: China -> null'],
    // "the men, both members of X," are the group they belong to.
    [menBoth, 'Cyberattack: Unit 74455 -> Ukraine'],
    // A document that speaks is its author's.
    [indictmentSays, 'Statement: Justice Department -> null'],
    [
      'The Justice Department charged Zhu Hua and Zhang Shilong, accusing them of hacking NASA.',
      'Accusation: Justice Department -> Zhang Shilong',
    ],
  ]);
  hasNot([
    // An agency's voice does not make its state the story's country.
    [
      "Hackers hit Costa Rica's finance ministry. The FBI said Conti was behind it. President Rodrigo Chaves declared a national emergency.",
      'Role: Rodrigo Chaves -> United States',
    ],
    // Plural people who speak for no body ("Russian hackers say").
    ['Russian hackers say they attacked Ukrainian banks.', 'Statement: Russia -> null'],
    // Only "U.S. prosecutors said" speaks for the prosecuting body, not another speaker naming them.
    [
      'The Justice Department opened the case. Washington said the evidence had been handed to U.S. prosecutors.',
      'Statement: Justice Department -> null',
    ],
    [
      'The Justice Department opened the case. A former U.S. prosecutor said the case would be hard to win.',
      'Statement: Justice Department -> null',
    ],
    [indictmentSays, 'Statement: OPCW -> null'],
    [
      'The Justice Department charged Ivan Petrov. He targeted the OPCW, a separate indictment says.',
      'Accusation: OPCW -> Ivan Petrov',
    ],
    // "spying for Russia" serves Russia.
    [
      'German prosecutors charged Dieter Schmidt and Alexander Jung with spying for Russia.',
      'Cyberattack: Dieter Schmidt -> Russia',
    ],
    // A verb ends a list: the victim after it is not accused.
    [
      "The Justice Department charged six officers of Unit 74455. Prosecutors said that the unit, which researchers call Sandworm, was behind attacks on Ukraine's electricity sector.",
      'Accusation: Justice Department -> Ukraine',
    ],
    // One charged ("he could face life in prison if convicted") is not the story's prosecutor.
    [
      'The Justice Department charged Ahmed Omer on Monday. He could face life in prison if convicted. Prosecutors said he ran the group.',
      'Statement: Ahmed Omer -> null',
    ],
  ]);
  has([
    [
      'The FBI accused Huawei of stealing trade secrets. It has denied the allegations.',
      'Denial: Huawei -> null',
    ],
    [
      'The Justice Department charged Ivan Petrov. U.S. prosecutors in Brooklyn said he hacked banks.',
      'Statement: Justice Department -> null',
    ],
    // "them" after three people is the defendants only where the sentence tells of charges.
    [
      'The hackers targeted Jake Sullivan, Antony Blinken and Lloyd Austin, and Microsoft warned them of the attack.',
      'Statement: Microsoft -> null',
    ],
    // The defendants deny, each.
    [
      'The Justice Department charged Yuri Andrienko and Sergey Detistov. The defendants denied wrongdoing, their lawyer said.',
      'Denial: Sergey Detistov -> null',
    ],
    // "U.S. prosecutors allege", "Chinese officials allege": a plural noun for people speaks for what names it.
    [
      'The FBI charged Ivan Petrov in May. U.S. prosecutors allege Petrov hacked Westinghouse.',
      'Accusation: United States -> Ivan Petrov',
    ],
    [
      'Chinese officials allege the NSA hacked Northwestern Polytechnical University.',
      'Accusation: China -> National Security Agency',
    ],
  ]);
});

describe("suspecting an actor accuses it; a hedge before a group's people only describes them", () => {
  has([
    ['Kaspersky said it suspected Lazarus, a North Korean group.', 'Accusation: Kaspersky -> Lazarus Group'],
    ['Dutch police suspect Sandworm of the intrusion.', 'Accusation: Dutch National Police -> Sandworm'],
    ['The FBI accused Russian hackers of the breach.', 'Accusation: FBI -> Russia'],
  ]);
  hasNot([
    [
      'Spanish police arrested two accused Conti affiliates in Madrid.',
      'Accusation: Spanish Police -> Conti',
    ],
    ['Brazilian police arrest suspected Lapsus$ member.', 'Accusation: Brazilian Police -> Lapsus$'],
  ]);
});

describe('a name in apposition to a group of the cyber kind is a threat group', () => {
  has([
    [
      'Analysts tied the leak to Kr4ken, a ransomware operation that hit dozens of Danish firms.',
      'Cyberattack: Kr4ken -> Denmark',
    ],
    [
      'Mandiant attributed the intrusion to Zorvex, an Iranian hacking group.',
      'Accusation: Mandiant -> Zorvex',
    ],
  ]);
  it.each([
    ['Officials thanked Zabbo, a cyber threat intelligence team, for its help.', 'Zabbo'],
    ['Officials thanked Zorbo, a human rights group, for its help.', 'Zorbo'],
  ])('%s: %s is no threat group', (text, name) => {
    expect(read(text).entities.find((e) => e.label === name)?.type).not.toBe('ThreatGroup');
  });
});

describe('a report on a hacking group or unit, past when it came out', () => {
  has([
    [
      'The FBI and the NSA issued a joint advisory on Friday detailing the tools Black Basta uses.',
      'Report: National Security Agency -> Black Basta',
    ],
    ['CISA and the FBI published an advisory on Unit 26165 last week.', 'Report: FBI -> Unit 26165'],
  ]);
  hasNot([
    [
      'CISA issued an advisory on Tuesday about phishing in Lithuania.',
      'Report: Cybersecurity and Infrastructure Security Agency -> Lithuania',
    ],
  ]);
});

describe('people as victims; nouns that look like attack verbs', () => {
  has([
    ['Hackers working for Morocco hacked the phone of Omar Radi.', 'Cyberattack: Morocco -> Omar Radi'],
    [
      'Iran targeted Gina Raimondo, the Commerce Secretary, with phishing emails.',
      'Cyberattack: Iran -> Gina Raimondo',
    ],
    // "involved in" carries the attack noun's subject like "carried out".
    [
      'Japan said APT40 had been involved in cyberattacks on Japanese companies.',
      'Cyberattack: APT40 -> Japan',
    ],
  ]);
  hasNot([
    // The owner of the victim is no victim.
    [
      "APT28 stole files from Emmanuel Macron's En Marche! movement.",
      'Cyberattack: APT28 -> Emmanuel Macron',
    ],
    // "spy" after a nationality adjective is a noun; "suspects" after "both" a plural noun.
    [
      'Police investigated the poisoning of the former Russian spy Sergei Skripal.',
      'Cyberattack: Russia -> Sergei Skripal',
    ],
    [
      'The NBI charged Joel Liboro and Paul Biteng. Both suspects face charges of illegal access.',
      'Accusation: Joel Liboro -> Paul Biteng',
    ],
  ]);
});

describe('an office named with "of" before the person; a body head word heading a longer name', () => {
  has([
    ['Minister of Foreign Affairs Wang Yi said China was a victim.', 'Role: Wang Yi -> China'],
    [
      'Director of National Intelligence John Ratcliffe said Russia was behind it.',
      'Accusation: John Ratcliffe -> Russia',
    ],
  ]);
  hasNot([['The Commission on Elections said it was hacked.', 'Statement: European Commission -> null']]);
});

describe("a hacking group's control is an attribution", () => {
  has([['The FBI said the servers were run by Gamaredon, a hacking group.', 'Accusation: FBI -> Gamaredon']]);
  hasNot([['The FBI said the charity was run by John Smith.', 'Accusation: FBI -> John Smith']]);
});

describe("'N it said …': the pronoun is whose word it is, the noun before it the actor", () => {
  has([
    [
      'The Treasury sanctioned Zhou Trading, a company it said served as a front for APT41.',
      'Accusation: Treasury Department -> APT41',
    ],
    [
      'The Treasury sanctioned Ivan Sorokin, who it said was a member of APT28.',
      'Role: Ivan Sorokin -> APT28',
    ],
  ]);
  hasNot([
    [
      'The Treasury sanctioned Ivan Sorokin, who it said was a member of APT28.',
      'Role: Ivan Sorokin -> Treasury Department',
    ],
  ]);
});

describe('company and body head words decide the type of an unknown name', () => {
  it.each([
    ['Vantaris Cyber Security said the attack was contained.', 'Vantaris Cyber Security', 'Company'],
    ['Kaohsiung Petrochemical said its systems were restored.', 'Kaohsiung Petrochemical', 'Company'],
    [
      'A lecturer at the Graduate School of Information Security said it was serious.',
      'Graduate School of Information Security',
      'Organization',
    ],
    [
      'The Zealand Communications and Media Authority said it was investigating.',
      'Zealand Communications and Media Authority',
      'GovernmentBody',
    ],
  ])('%s: %s is a %s', (text, name, type) => {
    expect(read(text).entity(name)?.type).toBe(type);
  });
});

describe('an apposition types a name with no given name', () => {
  it('"Dentalis, a distributor" is a company', () => {
    expect(
      read('Hackers hit Dentalis, a New York-based distributor of dental supplies.').entity('Dentalis')?.type,
    ).toBe('Company');
  });
});

describe("adjectival demonyms; a nation's company named by its kind; whom a lawsuit targets", () => {
  has([
    [
      'Philippine police arrested Paul Reyes over the defacement.',
      'LegalAction: Philippine Police -> Paul Reyes',
    ],
    ['Kazakh officials said Russian hackers hit Kazakhtelecom.', 'Accusation: Kazakhstan -> Russia'],
    [
      'Sony sued ZXCO in Tokyo, accusing the Japanese distributor of leaking files.',
      'Accusation: Sony Pictures Entertainment -> ZXCO',
    ],
  ]);
  hasNot([
    [
      'Sony sued ZXCO in Tokyo, accusing the Japanese distributor of leaking files.',
      'Accusation: Sony Pictures Entertainment -> Japan',
    ],
  ]);
});

describe('victims after a list of kinds', () => {
  has([
    [
      'Rhysida has targeted schools, clinics and councils in Portugal and Chile.',
      'Cyberattack: Rhysida -> Chile',
    ],
  ]);
  hasNot([['Rhysida hit clinics, said officials in Chile.', 'Cyberattack: Rhysida -> Chile']]);
});

describe('each of several subjects urges and summons; urging past an aside', () => {
  has([
    [
      'The NSA and the FBI urged companies to patch their routers.',
      'Demand: National Security Agency -> null',
    ],
    [
      'The NSA and the FBI issued an advisory on Monday and urged companies, especially banks, to patch their routers.',
      'Demand: National Security Agency -> null',
    ],
    ['Poland and Latvia summoned the Belarusian envoy.', 'Demand: Poland -> Belarus'],
  ]);
  hasNot([['Poland and Latvia summoned the envoy and urged Belarus to stop.', 'Demand: Poland -> Latvia']]);
});

describe('an unknown speaker past a relative clause or a phrase in commas', () => {
  has([
    [
      'Zentrix, which sells routers to banks in Europe, said it had found no breach.',
      'Statement: Zentrix -> null',
    ],
    ['Baltic Air, in a statement, said no passenger data was taken.', 'Statement: Baltic Air -> null'],
  ]);
  hasNot([['Zentrix, which sells routers to banks in Europe, was hacked.', 'Statement: Zentrix -> null']]);
});

describe("a speaker telling of a blamed nation's hackers accuses the nation", () => {
  has([
    [
      'Seoul blamed North Korea for the hack. In March, the National Intelligence Service said North Korean hackers had broken into the phones of officials.',
      'Accusation: National Intelligence Service -> North Korea',
    ],
  ]);
  hasNot([
    [
      'Seoul blamed North Korea for the hack. Kim Jae-won said South Korean companies had been slow to invest in security against hackers.',
      'Accusation: Kim Jae-won -> South Korea',
    ],
  ]);
});

describe("an apposition's head comes before its relative clause", () => {
  it('"Zorbite, the malware that U.S. officials have blamed for …" is no person', () => {
    const r = read(
      'Talos said the code shared parts with Zorbite, the malware that U.S. officials have blamed for attacks on Ukraine.',
    );
    expect(r.entity('Zorbite')?.type).not.toBe('Person');
    expect(r.tuples).not.toContain('Role: Zorbite -> United States');
  });
});

describe('a list goes on past words that describe a name', () => {
  has([
    [
      'The Treasury sanctioned the SVR foreign intelligence agency and the Internet Research Agency, a troll factory.',
      'Sanction: Treasury Department -> Internet Research Agency',
    ],
  ]);
});

describe('review guards (eighth review): the latest rules kept to their constructions', () => {
  has([
    [
      'Investigators suspect the hack of the Bangladesh central bank was carried out by the Lazarus Group.',
      'Cyberattack: Lazarus Group -> Bangladesh',
    ],
    ["Unit 74455 targets Ukraine's power grid, the NSA said.", 'Cyberattack: Unit 74455 -> Ukraine'],
    [
      "President of Microsoft Brad Smith said Russia's SVR had breached the company's email.",
      'Cyberattack: SVR -> Microsoft',
    ],
    [
      'The European Commission said it was investigating. The Commission on Friday accused China of the cyberattack.',
      'Accusation: European Commission -> China',
    ],
  ]);
  hasNot([
    ['Russia claimed attacks on its websites came from Ukraine.', 'Cyberattack: Russia -> Ukraine'],
    ['Russia targeted Boris Johnson with sanctions.', 'Cyberattack: Russia -> Boris Johnson'],
    ['Mandiant was involved in the response to the SolarWinds hack.', 'Cyberattack: Mandiant -> SolarWinds'],
    ['Philippine Airlines said it was hit by a ransomware attack.', 'Statement: Philippines -> null'],
    ["Israel's military released a report on Unit 8200.", 'Accusation: Israel -> Unit 8200'],
  ]);
  it.each([
    ['Dominion sued Sidney Powell over her claims.', 'Sidney Powell', 'Company'],
    ['Alexei Burkov, a Russian hacker, was extradited to the United States.', 'Alexei Burkov', 'ThreatGroup'],
    ['Maria Petrova, a bank teller, said her account was hacked.', 'Maria Petrova', 'Company'],
    [
      'Kelvion, a German firm that a Chinese hacking group breached, said it had recovered.',
      'Kelvion',
      'ThreatGroup',
    ],
    ['Officials thanked Valkyr, a ransomware recovery team, for its help.', 'Valkyr', 'ThreatGroup'],
  ])('%s: %s is no %s', (text, name, type) => {
    expect(read(text).entity(name)?.type).not.toBe(type);
  });
});

describe('review guards (ninth review)', () => {
  has([
    ['DarkSide was involved in the Colonial Pipeline attack.', 'Cyberattack: DarkSide -> Colonial Pipeline'],
    [
      'Killnet claimed an attack on the websites of Lithuanian airports.',
      'Cyberattack: Killnet -> Lithuania',
    ],
    ['Israel claimed an attack on its water systems was the work of Iran.', 'Accusation: Israel -> Iran'],
    [
      'Chinese hackers targeted Senator Marco Rubio, who had pushed for sanctions on Beijing.',
      'Cyberattack: China -> Marco Rubio',
    ],
    [
      "Following the strike, a cyberattack by Predatory Sparrow hit Iran's steel plants.",
      'Cyberattack: Predatory Sparrow -> Iran',
    ],
    [
      "Anonymous Sudan claimed responsibility for disrupting OpenAI's ChatGPT service.",
      'Cyberattack: Anonymous Sudan -> OpenAI',
    ],
  ]);
  hasNot([
    [
      'Russia claimed attacks on its websites came from Ukraine and the United States.',
      'Cyberattack: Russia -> Ukraine',
    ],
    [
      'The group hacked the Sony Pictures studio and the FBI blamed North Korea.',
      'Cyberattack: North Korea -> FBI',
    ],
    [
      'The White House urged caution, adding that it was too early to attribute the hack.',
      'Demand: White House -> null',
    ],
    ['North Korean Media denied the country was behind the Sony hack.', 'Denial: North Korean Media -> null'],
  ]);
  it.each([
    ['Hackers hit Henry Schein, a New York-based distributor, last month.', 'Henry Schein', 'Company'],
    ['Maria Petrova, a bank teller, said her account was hacked.', 'Maria Petrova', 'Person'],
    ['Rashid Ahmed, a 25-year-old developer, said he was hacked.', 'Rashid Ahmed', 'Person'],
    ['Bloody Wolf, a threat actor targeting Kazakhstan, was exposed.', 'Bloody Wolf', 'ThreatGroup'],
  ])('%s: %s is a %s', (text, name, type) => {
    expect(read(text).entity(name)?.type).toBe(type);
  });
});

describe('a demonym used as a noun for a side keeps its verb', () => {
  has([['The Chinese responded that Washington must stop its sanctions.', 'Demand: China -> United States']]);
});

describe('two names side by side are no pair of parties', () => {
  has([['Chairman of Samsung Lee Jae-yong met President Joe Biden.', 'Meeting: Joe Biden -> Lee Jae-yong']]);
  hasNot([['Chairman of Samsung Lee Jae-yong met President Joe Biden.', 'Meeting: Lee Jae-yong -> Samsung']]);
});

describe('who claims an attack is the hacking group last named', () => {
  has([
    [
      'Killnet hit Lithuanian sites in May. Kyiv condemned the attacks. In June it claimed attacks on Latvian websites.',
      'Cyberattack: Killnet -> Latvia',
    ],
    [
      'LockBit hit Boeing. Later ALPHV attacked MGM. In January it claimed an attack on Caesars Entertainment.',
      'Cyberattack: BlackCat -> Caesars Entertainment',
    ],
  ]);
  hasNot([
    [
      'Killnet hit Lithuanian sites in May. Kyiv condemned the attacks. In June it claimed attacks on Latvian websites.',
      'Cyberattack: Ukraine -> Latvia',
    ],
    [
      'APT28 hacked the Bundestag, Germany said. Russia denied involvement. It claimed the accusations were politically motivated.',
      'Denial: APT28 -> null',
    ],
  ]);
});

describe('"defaced the website of X": an attack', () => {
  has([
    [
      'Investigators said Charming Kitten had defaced the website of Bar-Ilan University.',
      'Cyberattack: APT35 -> Bar-Ilan University',
    ],
    [
      'Hackers linked to Sandworm defaced the websites of the Georgian Foreign Ministry.',
      'Cyberattack: Sandworm -> Georgian Foreign Ministry',
    ],
  ]);
});

describe('"the North" once the story has named North Korea: a short form only context resolves', () => {
  has([
    [
      'North Korea denied it. Seoul blamed the attack on the North.',
      'Accusation: South Korea -> North Korea',
    ],
    ['Pyongyang denied it. Seoul blamed the North for the attack.', 'Accusation: South Korea -> North Korea'],
  ]);
  hasNot([
    // Not before the country is named, and not "the North of England".
    ['Seoul blamed the attack on the North.', 'Accusation: South Korea -> North Korea'],
    [
      'Pyongyang denied it. London blamed the attack on gangs in the North of England.',
      'Accusation: United Kingdom -> North Korea',
    ],
  ]);
});

describe('"Shinhan Bank and Nonghyup": before a head\'s complement begins, "and" lists two names', () => {
  has([
    ['Lazarus hit Shinhan Bank and Nonghyup.', 'Cyberattack: Lazarus Group -> Nonghyup'],
    ['Lazarus hit Shinhan Bank and Nonghyup.', 'Cyberattack: Lazarus Group -> Shinhan Bank'],
  ]);
});

describe('"X hit Kinsho, the police said": an unnamed body speaks, not the name before the comma', () => {
  hasNot([
    ['Andariel broke into Mizuho Bank and Kinsho, the police said.', 'Statement: Kinsho -> null'],
    ['Andariel broke into Mizuho Bank and Kinsho, the police said.', 'Accusation: Kinsho -> Andariel'],
  ]);
  has([
    ['Andariel broke into Mizuho Bank and Kinsho, the police said.', 'Cyberattack: Andariel -> Kinsho'],
    ['Andariel broke into Kinsho, South Korean police said.', 'Accusation: South Korean Police -> Andariel'],
  ]);
});

describe('"blamed the attack on a Russian hacking team, a group it calls X": the group the apposition names', () => {
  has([
    [
      'Microsoft blamed the attack on a Russian hacking team, a group it calls Midnight Blizzard.',
      'Accusation: Microsoft -> APT29',
    ],
  ]);
  hasNot([
    [
      'Microsoft blamed the attack on a Russian hacking team, a group it calls Midnight Blizzard.',
      'Accusation: Microsoft -> Russia',
    ],
  ]);
});

describe('names the finder missed: a capitalised title before the apposition, a second aged name, a title before a body word, "calls itself"', () => {
  const type = (text: string, name: string) => read(text).entity(name)?.type;
  it.each([
    [
      "Moldova's Interior Minister, Andrei Ciobanu, accused Moscow of the attack.",
      'Andrei Ciobanu',
      'Person',
    ],
    ['Ahmad Kaya, 24, and Firat Celikoglu, 29, were charged with fraud.', 'Firat Celikoglu', 'Person'],
    [
      "The servers belonged to Jordan's General Directorate of General Intelligence, officials said.",
      'General Directorate of General Intelligence',
      'GovernmentBody',
    ],
    ['The gang, which calls itself Nightfall Crew, said it had the data.', 'Nightfall Crew', 'ThreatGroup'],
    ['Hackers calling themselves Steppe Wolves defaced the site.', 'Steppe Wolves', 'ThreatGroup'],
  ])('%s: %s is a %s', (text, name, t) => expect(type(text, name)).toBe(t));
});

describe('"offered to share the report and samples of the malware with X": an offer, and its partner past the object', () => {
  has([
    [
      'Moldovan officials said they had offered to share the report and samples of the malware with Nato and the European Union.',
      'CooperationOffer: Moldova -> NATO',
    ],
    [
      'Moldovan officials said they had offered to share the report and samples of the malware with Nato and the European Union.',
      'CooperationOffer: Moldova -> European Union',
    ],
  ]);
  hasNot([
    // Not past the clause's comma.
    [
      'Moldova offered to share the report, which it had discussed at length with Nato.',
      'CooperationOffer: Moldova -> NATO',
    ],
  ]);
});

describe('"People in A, B and C have been hit by X": each victim a passive lists', () => {
  has([
    [
      'People in Chile, Peru, Bolivia and Ecuador have been hit by Dark Caracal, researchers said.',
      'Cyberattack: Dark Caracal -> Bolivia',
    ],
    [
      'People in Chile, Peru, Bolivia and Ecuador have been hit by Dark Caracal, researchers said.',
      'Cyberattack: Dark Caracal -> Ecuador',
    ],
    ['Microsoft and Google were hacked by APT10.', 'Cyberattack: APT10 -> Microsoft'],
  ]);
});

describe('", damaged centrifuges at X": a past verb after the comma resumes the main clause, and ends a list', () => {
  hasNot([
    [
      'The Stuxnet virus, which Iran blames on the United States and Israel, damaged centrifuges at Natanz.',
      'Accusation: Iran -> Natanz',
    ],
  ]);
  has([
    [
      'The Stuxnet virus, which Iran blames on the United States and Israel, damaged centrifuges at Natanz.',
      'Accusation: Iran -> Israel',
    ],
  ]);
});

describe('speakers: one person or firm of a nation is not its state; a long title before an apposed name', () => {
  hasNot([
    ['A Kazakh blogger based in Poland said she had received threats.', 'Statement: Kazakhstan -> null'],
    ['Iranian hackers breached airlines, a U.S. security firm said.', 'Accusation: United States -> Iran'],
    [
      'The head of the National Cyber and Crypto Agency (BSSN), Hinsa Siburian, said the attackers had tried to disable the software.',
      'Statement: National Cyber and Crypto Agency -> null',
    ],
  ]);
  has([
    // An official of a nation still speaks for it.
    ['Iranian hackers breached airlines, a senior U.S. official said.', 'Accusation: United States -> Iran'],
    [
      'The head of the National Cyber and Crypto Agency (BSSN), Hinsa Siburian, said the attackers had tried to disable the software.',
      'Statement: Hinsa Siburian -> null',
    ],
  ]);
});

describe('"a Russian activist said the police …": a verb or an article ends the words of a body after a demonym', () => {
  it('no body named "Russian Activist Said The Police"', () => {
    const r = read('A Russian activist said the police had hacked her phone.');
    expect(r.entities.map((e) => e.label)).toEqual(['Russia']);
  });
});

describe('"X, said investigators had found …": a verb after the comma opens no apposition', () => {
  hasNot([
    [
      'The group, which calls itself Nightfall, hit the data centre. The head of the Cyber Agency, Hinsa Siburian, said investigators had found that the attackers tried to disable the software.',
      'Role: Hinsa Siburian -> Nightfall',
    ],
  ]);
});

describe('"U.S. security firm says", "who asked not to be identified": no state speaks, nobody demands', () => {
  hasNot([
    ['Iranian hackers breached Gulf airlines, U.S. security firm says', 'Statement: United States -> null'],
    [
      'A Kazakh blogger, who asked not to be identified, said she had been hacked.',
      'Demand: Kazakhstan -> null',
    ],
    ['An official, who asked not to be named, said Poland had been hacked.', 'Demand: Poland -> null'],
  ]);
  has([['Iranian hackers breached Gulf airlines, Israeli officials said.', 'Accusation: Israel -> Iran']]);
});

describe('"said infected machines had been found in X": a participle before the subject noun of a verb is no attack', () => {
  hasNot([
    [
      'Mr Kvaratskhelia said infected machines had also been found in Canada and France.',
      'Cyberattack: Kvaratskhelia -> Canada',
    ],
    [
      'Officials said compromised accounts were found at the Finnish Foreign Ministry.',
      'Cyberattack: null -> Finnish Foreign Ministry',
    ],
  ]);
  has([
    [
      'Lazarus infected machines at Sony, the FBI said.',
      'Cyberattack: Lazarus Group -> Sony Pictures Entertainment',
    ],
  ]);
});

describe('"are trying to reach a deal", "hope to meet": an agreement or a meeting sought is none yet', () => {
  hasNot([
    [
      'Iran and the United States are trying to reach a deal on the nuclear programme.',
      'Agreement: Iran -> United States',
    ],
    [
      'Officials said Japan and South Korea hope to sign an accord on cyber defence.',
      'Agreement: Japan -> South Korea',
    ],
  ]);
  has([
    [
      'Iran and the United States reached a deal on the nuclear programme.',
      'Agreement: Iran -> United States',
    ],
    // An attempted attack is still told as an attack.
    [
      'Microsoft said APT35 had tried to break into the Iranian Foreign Ministry.',
      'Cyberattack: APT35 -> Iranian Foreign Ministry',
    ],
  ]);
});

describe('review of this round: guards on the new rules', () => {
  has([
    // "now working with" names no new employer; the former one stays.
    [
      'Ivan Petrov, a former Kaspersky researcher now working with the FBI as an informant, described the scheme.',
      'Role: Ivan Petrov -> Kaspersky',
    ],
    // A list goes on past an adjective in "-ed" before its "and".
    [
      'APT28 targeted Germany, France, allied militaries in Poland, and Ukraine, NATO said.',
      'Cyberattack: APT28 -> Ukraine',
    ],
    // A title with a verb after it is no apposition to the next name.
    [
      'The Minister said Chinese hackers breached Nordic Semiconductor, Kongsberg Gruppen and Equinor.',
      'Cyberattack: China -> Equinor',
    ],
    // Both subjects of a passive accusation did it.
    [
      'Andrei Tyurin and Gery Shalon were accused of hacking JPMorgan Chase.',
      'Cyberattack: Andrei Tyurin -> JPMorgan Chase',
    ],
    [
      'North Korea hit South Korea. Seoul accused the North of hacking its banks.',
      'Accusation: South Korea -> North Korea',
    ],
    [
      'Lazarus hit Shinhan Bank and Nonghyup, South Korean officials said.',
      'Cyberattack: Lazarus Group -> Nonghyup',
    ],
    [
      'Antony Blinken met Wang Yi in Beijing on Friday to discuss tensions with Russia.',
      'Meeting: Antony Blinken -> Wang Yi',
    ],
    [
      'Budi Arie spoke after a meeting at the presidential palace with President Joko Widodo.',
      'Meeting: Budi Arie -> Joko Widodo',
    ],
  ]);
  hasNot([
    [
      'North Korea supplies missiles to Iran, Israel says. Hezbollah attacked the North on Monday, the Israeli army said.',
      'Cyberattack: Hezbollah -> North Korea',
    ],
    [
      'The FBI blamed the theft on North Korean hackers, which also hit a wallet provider called Atomic Wallet.',
      'Accusation: FBI -> Atomic Wallet',
    ],
    [
      "The company, which calls itself Europe's largest cloud provider, said it had been hit by ransomware.",
      'Statement: Europe -> null',
    ],
    ['Lazarus hit Shinhan Bank and Nonghyup, South Korean officials said.', 'Role: Nonghyup -> South Korea'],
    [
      'Antony Blinken met Wang Yi in Beijing on Friday to discuss tensions with Russia.',
      'Meeting: Antony Blinken -> Russia',
    ],
    [
      'Recep Tayyip Erdogan met Volodymyr Zelensky in Istanbul amid rising tensions with Moscow.',
      'Meeting: Recep Tayyip Erdoğan -> Russia',
    ],
  ]);
});

describe('"linked the group to a company in Ho Chi Minh City": a city is a place, and a place is accused of nothing', () => {
  hasNot([
    [
      'Meta said it had linked a hacking group known as OceanLotus to an information technology company in Ho Chi Minh City.',
      'Accusation: Meta -> Ho Chi Minh City',
    ],
  ]);
  it('"Ho Chi Minh City", "Quezon City" are places', () => {
    expect(read('Hackers hit servers in Ho Chi Minh City.').entity('Ho Chi Minh City')?.type).toBe('Place');
    expect(read('Police in Quezon City arrested a man.').entity('Quezon City')?.type).toBe('Place');
  });
});

describe('"arrested Peter Romar, and the United States has asked …": after ", and", a name that a verb follows opens its own clause', () => {
  hasNot([
    [
      'German authorities arrested Peter Romar, and the United States has asked Germany to extradite him.',
      'LegalAction: Germany -> United States',
    ],
    [
      'German authorities arrested Peter Romar, and the United States has asked Germany to extradite him.',
      'Demand: Peter Romar -> Germany',
    ],
  ]);
  has([
    ['The FBI, CISA, and the NSA have warned hospitals.', 'Statement: FBI -> null'],
    [
      'German authorities arrested Peter Romar, and the United States has asked Germany to extradite him.',
      'Demand: United States -> Germany',
    ],
  ]);
});

describe('"only if its demands were met": a passive "met" is no meeting', () => {
  hasNot([
    [
      'Belarus and Russia held drills. The group said it would restore the systems only if its demands were met.',
      'Meeting: Belarus -> Russia',
    ],
  ]);
  has([
    [
      'Belarus and Russia held drills. Lukashenko met Putin in Sochi.',
      'Meeting: Alexander Lukashenko -> Vladimir Putin',
    ],
  ]);
});

describe('"Companies in Israel and Saudi Arabia were targeted": the list a plural noun\'s "in" opens is the subject\'s', () => {
  has([['Companies in Israel and Saudi Arabia were targeted by APT33.', 'Cyberattack: APT33 -> Israel']]);
  hasNot([['Hackers in Moscow and Israel were targeted by APT33.', 'Cyberattack: APT33 -> Moscow']]);
});

describe('second review of this round: guards', () => {
  has([
    // Officials and bodies of a nation speak for it, whatever words stand between.
    [
      "An Israeli army spokesman said Hamas hackers had targeted soldiers' phones.",
      'Accusation: Israel -> Hamas',
    ],
    [
      'A U.S. cybersecurity agency said Chinese hackers had breached water utilities.',
      'Accusation: United States -> China',
    ],
    [
      'British officials investigating the breach at the bank said North Korea was responsible.',
      'Accusation: United Kingdom -> North Korea',
    ],
    // An aside the comma closes is no aspiration of the meeting.
    [
      'Blinken, trying to calm tensions, met Wang Yi in Munich on Saturday.',
      'Meeting: Antony Blinken -> Wang Yi',
    ],
    // The partner after a topic.
    [
      'Japan signed a pact on countering Chinese hacking with Australia in Tokyo.',
      'Agreement: Australia -> Japan',
    ],
    [
      'Britain offered to share intelligence about Iranian hackers with Israel.',
      'CooperationOffer: United Kingdom -> Israel',
    ],
    // "the North" when North Korea is the country last named.
    [
      'The FBI blamed North Korea for the hack of Sony Pictures. The North denied any involvement.',
      'Denial: North Korea -> null',
    ],
  ]);
  hasNot([
    ['Stuxnet, which Iran blamed on Israel, destroyed centrifuges at Natanz.', 'Accusation: Iran -> Natanz'],
    [
      'Olaf Scholz met Emmanuel Macron in Paris on Monday to discuss relations with China.',
      'Meeting: China -> Olaf Scholz',
    ],
  ]);
  it('"A spokesman for the ministry, Olek Dabrowski," is a person', () =>
    expect(
      read('A spokesman for the ministry, Olek Dabrowski, said the attack was serious.').entity(
        'Olek Dabrowski',
      )?.type,
    ).toBe('Person'));
});

describe('third review of this round: guards', () => {
  hasNot([
    [
      'The FBI accused a contractor from Salt Lake City of selling secrets to China.',
      'Accusation: FBI -> Salt Lake City',
    ],
    ['A North Korean defector said Pyongyang runs thousands of hackers.', 'Statement: North Korea -> null'],
    ['A British teenager said he hacked Uber for fun.', 'Statement: United Kingdom -> null'],
    [
      'British officials blamed North Korea for the NHS attack. Lazarus hackers then targeted councils across the North, the NCSC said.',
      'Cyberattack: Lazarus Group -> North Korea',
    ],
    [
      'NotPetya, which Britain and the United States blamed on Russia, crippled Maersk and Merck.',
      'Accusation: United States -> Maersk',
    ],
  ]);
  has([
    ['The Iranian delegation was met at the airport by Omani officials.', 'Meeting: Iran -> Oman'],
    [
      "An Israeli army spokesman said Hamas hackers had targeted soldiers' phones.",
      'Accusation: Israel -> Hamas',
    ],
  ]);
});

describe('"Düsseldorf police said", "the Xi\'an public security bureau": a place\'s own body, named by the place', () => {
  has([
    [
      'Gdansk police contacted the hackers and told them that they had hit a hospital.',
      'Statement: Gdansk police -> null',
    ],
    [
      "The Xi'an public security bureau said staff had received phishing emails.",
      "Statement: Xi'an public security bureau -> null",
    ],
  ]);
  hasNot([
    [
      "Jane Roe, the special agent in charge of the FBI's San Francisco field office, said the case was closed.",
      'Role: Jane Roe -> San Francisco field office',
    ],
    ['Tuesday police said the bank was hacked.', 'Statement: Tuesday police -> null'],
  ]);
});

describe('"the Biden campaign", "Joe Biden\'s presidential campaign", "the Reform party": organisations a person or a word names', () => {
  has([
    ['Chinese hackers targeted the Biden campaign, Google said.', 'Cyberattack: China -> Biden campaign'],
    [
      "Iranian hackers targeted Joe Biden's presidential campaign.",
      "Cyberattack: Iran -> Joe Biden's presidential campaign",
    ],
    ['The Labor party said its servers were hacked.', 'Statement: Labor party -> null'],
  ]);
  hasNot([
    ['Chinese hackers targeted the Biden campaign, Google said.', 'Cyberattack: China -> Joe Biden'],
    ['Biden said the campaign was hacked.', 'Statement: Biden campaign -> null'],
  ]);
});

describe('"breached US IT firm JumpCloud": the firm is the victim; "IT" is no pronoun', () => {
  has([['North Korean hackers breached US IT firm JumpCloud.', 'Cyberattack: North Korea -> JumpCloud']]);
  hasNot([
    ['North Korean hackers breached US IT firm JumpCloud.', 'Cyberattack: North Korea -> United States'],
  ]);
});

describe('"Upbit, South Korea\'s largest exchange": an apposition with a possessor adds no victim', () => {
  hasNot([
    [
      "North Korean hackers were behind the theft of ether from Upbit, South Korea's largest cryptocurrency exchange, in 2019.",
      'Cyberattack: North Korea -> South Korea',
    ],
  ]);
  has([
    [
      "North Korean hackers were behind the theft of ether from Upbit, South Korea's largest cryptocurrency exchange, in 2019.",
      'Cyberattack: North Korea -> Upbit',
    ],
  ]);
});

describe('fourth review of this round: guards', () => {
  hasNot([
    [
      'The Genesis court filing said North Korean hackers stole the coins.',
      'Statement: Genesis court -> null',
    ],
    ['The Jenkins office said the attackers were from China.', 'Statement: Jenkins office -> null'],
  ]);
  has([
    [
      "Putin's campaign against Ukraine included cyberattacks on power grids.",
      'Cyberattack: Vladimir Putin -> Ukraine',
    ],
    [
      "Trump's re-election campaign said it had been hacked by Iran.",
      "Cyberattack: Iran -> Trump's re-election campaign",
    ],
    ["Russian hackers attacked Estonia, Latvia's ministries and Lithuania.", 'Cyberattack: Russia -> Latvia'],
  ]);
});

describe("a capital's own police or court is a body, not its state", () => {
  has([
    [
      'Hackers calling themselves Zeta Crew attacked the Lisbon police.',
      'Cyberattack: Zeta Crew -> Lisbon police',
    ],
    [
      'A Lisbon district court convicted Rui Pinto of hacking.',
      'LegalAction: Lisbon district court -> Rui Pinto',
    ],
  ]);
  hasNot([
    [
      'Hackers calling themselves Zeta Crew attacked the Lisbon police.',
      'Cyberattack: Zeta Crew -> Portugal',
    ],
  ]);
});

describe('a relative clause after a name and its head noun is passed over for the subject', () => {
  has([
    [
      'The Hive gang, which Dutch investigators believe is run from Moldova, broke into the networks of the Ministry of Health.',
      'Cyberattack: Hive -> Ministry of Health',
    ],
  ]);
  hasNot([
    [
      'The Hive gang, which Dutch investigators believe is run from Moldova, broke into the networks of the Ministry of Health.',
      'Cyberattack: Netherlands -> Ministry of Health',
    ],
  ]);
});

describe('a known owner after "and" begins another name, and owns its body', () => {
  const text =
    "Hackers calling themselves Zeta Crew breached Ecuador's Joint Command of the Armed Forces and Bolivia's Ministry of Defence.";
  has([
    [text, 'Cyberattack: Zeta Crew -> Ecuadorean Joint Command of the Armed Forces'],
    [text, 'Cyberattack: Zeta Crew -> Bolivian Ministry of Defence'],
  ]);
  hasNot([[text, 'Cyberattack: Zeta Crew -> Ministry of Defence']]);
  it("keeps the gazetteer's body for its own country", () => {
    expect(
      read("Britain's Ministry of Defence said China hacked it.").entity('Ministry of Defence')?.type,
    ).toBe('GovernmentBody');
  });
});

describe('claims of responsibility: names and incidents', () => {
  has([
    [
      'A hacker who calls himself "Vortex" claimed responsibility for the cyberattack on Kelmora, a Dutch certificate authority.',
      'Cyberattack: Vortex -> Kelmora',
    ],
    [
      'Intruders broke into Kelmora in July. A hacker who says he is a Ukrainian student and calls himself Vortex claimed responsibility for the break-in.',
      'Cyberattack: Vortex -> Kelmora',
    ],
    [
      'Intruders broke into Kelmora in July. Zeta Crew later claimed responsibility.',
      'Cyberattack: Zeta Crew -> Kelmora',
    ],
  ]);
  hasNot([
    [
      'Intruders broke into Kelmora in July. A hacker who says he is a Ukrainian student and calls himself Vortex claimed responsibility for the break-in.',
      'Cyberattack: Ukraine -> Kelmora',
    ],
    [
      'Intruders broke into Kelmora in July. In Kyiv, a minister, Petro Hrytsenko, came close to claiming credit.',
      'Cyberattack: Petro Hrytsenko -> Kelmora',
    ],
  ]);
  it('types the reflexive handle as a person', () => {
    expect(
      read('A hacker who calls himself "Vortex" claimed responsibility for the attack.').entity('Vortex')
        ?.type,
    ).toBe('Person');
  });
});

describe('a clause-subject "it" goes on with what the last sentence opened on', () => {
  has([
    [
      'A collective called Zeta Crew leaked the files. Zeta Crew has long been a thorn in the side of the Portuguese authorities. In 2019 it hacked the website of the Lisbon police.',
      'Cyberattack: Zeta Crew -> Lisbon police',
    ],
  ]);
});

describe('a known person written with fewer of their names', () => {
  it('links "Tayyip Erdogan" to the gazetteer\'s Recep Tayyip Erdoğan', () => {
    const r = read('President Tayyip Erdogan said the hackers were Dutch.');
    expect(r.tuples).toContain('Role: Recep Tayyip Erdoğan -> Türkiye');
  });
  it('leaves an unknown name that shares only a surname alone', () => {
    const r = read('Mehmet Erdogan, a shopkeeper, said the hackers were Dutch.');
    expect(r.tuples).not.toContain('Role: Recep Tayyip Erdoğan -> Türkiye');
    expect(r.entity('Mehmet Erdogan')?.type).toBe('Person');
  });
});

describe("the story's state: a dateline's place, a title's state", () => {
  const body =
    'Malagasy President Hery Rakoto said on Monday that his country was at war with the Zeta Crew gang. Zeta Crew, which U.S. officials say has extorted millions, claimed the attack. Finance Minister Lova Randria said the government would not pay.';
  it("files from no country of the news agency's", () => {
    expect(read(`TOAMASINA, May 16, 2022 (Reuters) - ${body}`).tuples).toContain(
      'Role: Lova Randria -> Madagascar',
    );
  });
  it('takes the state a titled first speaker serves over a later voice', () => {
    expect(
      read(article(`Madagascar says it is at war with hackers\n${body}`, { headline: true })).tuples,
    ).toContain('Role: Lova Randria -> Madagascar');
  });
  it('files from neither country of a dateline with two places', () => {
    const tuples = read(
      'LISBON/MAPUTO, May 16, 2022 (Reuters) - Mozambique said hackers had hit its ports. Transport Minister Ana Cossa said the systems were restored.',
    ).tuples;
    expect(tuples).toContain('Role: Ana Cossa -> Mozambique');
    expect(tuples).not.toContain('Role: Ana Cossa -> Portugal');
  });
});

describe('"known in the security industry as X": a phrase between the naming verb and its "as"', () => {
  has([
    [
      'The group, known in the security industry as Tarantula, has targeted military bodies in Chile.',
      'Cyberattack: Tarantula -> Chile',
    ],
    [
      'The gang, known to researchers as Velvet Hare, hacked the Bank of Ghana.',
      'Cyberattack: Velvet Hare -> Bank of Ghana',
    ],
  ]);
  hasNot([['The minister, known in Lagos as a reformer, hacked nothing.', 'Cyberattack: Lagos -> null']]);
});

describe('more organisation heads: funds, networks, assemblies', () => {
  has([
    [
      'Lee Wasserman, the director of the Rockefeller Family Fund, said the group was targeted.',
      'Role: Lee Wasserman -> Rockefeller Family Fund',
    ],
    [
      'Jawar Mohammed, the executive director of the Oromia Media Network (OMN), said he was targeted.',
      'Role: Jawar Mohammed -> Oromia Media Network',
    ],
  ]);
});

describe('"the attack came from X": the source of an incident is accused by the speaker', () => {
  has([
    [
      'Hackers broke into Kelmora in July. Kelmora said the attack had come from Moldova.',
      'Accusation: Kelmora -> Moldova',
    ],
    [
      'Hackers broke into Kelmora in July. Kelmora said the attack had come from Moldova.',
      'Cyberattack: Moldova -> Kelmora',
    ],
    [
      'The intrusions at the ministry originated in Belarus, the Lithuanian police said.',
      'Accusation: Lithuanian Police -> Belarus',
    ],
  ]);
  hasNot([
    [
      'Kelmora said any cyberattack originating from Moldova was unacceptable.',
      'Accusation: Kelmora -> Moldova',
    ],
    ['Kelmora said the phishing emails appeared to come from Moldova.', 'Accusation: Kelmora -> Moldova'],
    [
      'Kelmora said that if the attacks came from Moldova, it would respond.',
      'Accusation: Kelmora -> Moldova',
    ],
    [
      'Kelmora said the intrusion was routed through a Moldovan hosting company.',
      'Accusation: Kelmora -> Moldova',
    ],
  ]);
});

describe('Turkey is Türkiye', () => {
  has([
    ['Greece and Cyprus accused Turkey of hacking their email servers.', 'Accusation: Cyprus -> Türkiye'],
  ]);
});

describe('a name right before a past attack verb is the attacker', () => {
  has([
    ['Investigators said Zetabyte breached Kelmora in May.', 'Cyberattack: Zetabyte -> Kelmora'],
    ['RedWolfz hacked the website of the Lisbon police.', 'Cyberattack: RedWolfz -> Lisbon police'],
  ]);
  hasNot([['Hackers breached the Kelmora bank in May.', 'Cyberattack: Hackers -> Kelmora']]);
});

describe('demands of people the story does not name, and lists of demands', () => {
  has([
    [
      'The Kelmora Agency urged law enforcement agencies to act on the report.',
      'Demand: Kelmora Agency -> null',
    ],
    [
      'Moldova jailed the protesters. The Zeta Crew hackers have demanded that the government release political prisoners.',
      'Demand: Zeta Crew -> Moldova',
    ],
    ['Chile and Peru later handed Bolivia a list of 13 demands.', 'Demand: Peru -> Bolivia'],
    ['Chile has presented Bolivia with a list of demands.', 'Demand: Chile -> Bolivia'],
  ]);
  hasNot([
    ['The Kelmora Agency urged the government to act on the report.', 'Demand: Kelmora Agency -> null'],
  ]);
});

describe('cutting ties is a sanction, not an accusation', () => {
  has([
    [
      'Chile, Peru and Ecuador cut diplomatic and transport links with Bolivia.',
      'Sanction: Ecuador -> Bolivia',
    ],
    ['Chile severed diplomatic relations with Bolivia and imposed a boycott.', 'Sanction: Chile -> Bolivia'],
    ['Peru on Monday suspended high-level diplomatic relations with Ecuador.', 'Sanction: Peru -> Ecuador'],
  ]);
  hasNot([
    [
      'Chile, Peru and Ecuador cut diplomatic and transport links with Bolivia.',
      'Accusation: Chile -> Bolivia',
    ],
  ]);
});

describe('"X said in a report that …": the speaker reports, naming whom the report is about', () => {
  has([
    [
      'The security firm Zetasec said in a report in July that its operators had earned far more.',
      'Report: Zetasec -> null',
    ],
    [
      'In a report published last year, the security firm Zetasec said Zeta Crew had compromised at least three banks.',
      'Report: Zetasec -> Zeta Crew',
    ],
    [
      'Zeta Crew hit the Kelmora bank. Zetasec, a New York-based firm that tracks the group, said in a report last week that Zeta Crew was splitting into smaller cells.',
      'Report: Zetasec -> Zeta Crew',
    ],
  ]);
  hasNot([
    [
      '"We are concerned," Ivan Petrov, a Zetasec researcher, wrote in the report.',
      'Report: Ivan Petrov -> null',
    ],
  ]);
});

describe("the gazetteer's heads of state and government, and names around them", () => {
  has([
    ['Prime Minister Tony Abbott said the hacking was unacceptable.', 'Role: Tony Abbott -> Australia'],
    ['President Shavkat Mirziyoyev promised reforms.', 'Role: Shavkat Mirziyoyev -> Uzbekistan'],
  ]);
  it('reads "Park Jin-woo" as a name of its own, not the known Park Jin', () => {
    expect(
      read('The official, Park Jin-woo, said the North was behind it.').entity('Park Jin-woo')?.type,
    ).toBe('Person');
  });
  it("reads a known person followed by an institution's name as that institution", () => {
    const r = read('Analysts at the Manohar Parrikar Institute for Defence Studies and Analyses said so.');
    expect(r.entity('Manohar Parrikar Institute for Defence Studies and Analyses')?.type).toBe(
      'Organization',
    );
  });
});

describe('names listed after "including" take the kind named before it', () => {
  has([
    [
      'Zeta Crew targeted dozens of firms, including Kelmora and Zorotech.',
      'Cyberattack: Zeta Crew -> Zorotech',
    ],
  ]);
  it('types the listed names as companies', () => {
    expect(read('Zeta Crew hit several banks, including Kelbank and Zorobank.').entity('Kelbank')?.type).toBe(
      'Company',
    );
  });
});

describe('a relative clause inside an apposition before the speech verb', () => {
  has([
    [
      'Zetasec, a New York-based firm that tracks the group, said the attack was Russian.',
      'Statement: Zetasec -> null',
    ],
    [
      'The Kelmora Foundation, a volunteer group that tracks malicious networks, said the server was in Moldova.',
      'Statement: Kelmora Foundation -> null',
    ],
  ]);
  hasNot([['Zetasec said that the group that hacked the bank was Russian.', 'Statement: Zeta Crew -> null']]);
});

describe('agreement words that make no agreement', () => {
  hasNot([
    [
      'Chile cut ties with Peru. Ecuador, which has acted as the main mediator, said on Monday it remained committed to finding a solution.',
      'Agreement: Ecuador -> Peru',
    ],
    [
      'Zeta Crew attacked Chile and Peru. A second post, signed by a user calling himself Vortex, warned that the price would rise.',
      'Agreement: Chile -> Peru',
    ],
    [
      'Zeta Crew pledged its full support to the Peruvian government after the coup.',
      'Agreement: Zeta Crew -> Peru',
    ],
  ]);
  has([
    [
      'Chile and Peru signed an accord on cyber defence, which was signed by both ministers.',
      'Agreement: Chile -> Peru',
    ],
  ]);
});

describe('Arabic names with patronymics and the article', () => {
  it('keeps "Ali bin Fetais al-Marri" whole after a title', () => {
    expect(read("Qatar's attorney general, Ali bin Fetais al-Marri, told reporters.").tuples).toContain(
      'Role: Ali bin Fetais al-Marri -> Qatar',
    );
  });
  it('keeps "Saif bin Nasser al-Kuwari" whole at the start of a sentence', () => {
    expect(
      read('Sheikh Saif bin Nasser al-Kuwari, the director of the office, said so.').entity(
        'Sheikh Saif bin Nasser al-Kuwari',
      )?.type,
    ).toBe('Person');
  });
});

describe('"evidence linking him directly to it": the one linked to the incident told is accused', () => {
  has([
    [
      'Ivan Petrov was detained on Friday. "We have evidence linking him directly to it," Interior Minister Lena Horvat told reporters.',
      'Accusation: Lena Horvat -> Ivan Petrov',
    ],
  ]);
});

describe('the perpetrator of an incident told in apposition or a relative clause', () => {
  has([
    [
      'Within hours Latvia was hit by a wave of cyberattacks that Riga blamed on Moscow.',
      'Cyberattack: Russia -> Latvia',
    ],
    [
      'Zetasec said the attack was carried out by Zeta Crew, the same Moldovan hacking team behind the Kelmora hack.',
      'Cyberattack: Zeta Crew -> Kelmora',
    ],
  ]);
  hasNot([
    [
      'Zetasec said the attack was carried out by Zeta Crew, the same Moldovan hacking team behind the Kelmora hack.',
      'Cyberattack: Moldova -> Kelmora',
    ],
  ]);
});

describe('guards from the review of this round', () => {
  hasNot([
    [
      "Ukraine's military said the Russian attack on Odesa killed three people.",
      'Cyberattack: Russia -> Odesa',
    ],
    [
      "Moldova's parliament suspended two lawmakers over their ties with Russia.",
      'Sanction: Moldovan Parliament -> Russia',
    ],
    ['Meta said it had cut ties with Zorotech after the breach.', 'Sanction: Meta -> Zorotech'],
    [
      'ESET said in a report that the attackers hit a Ukrainian power company in October.',
      'Report: ESET -> Ukraine',
    ],
    [
      'Mandiant said in a report that it had found no evidence linking the attack to China.',
      'Report: Mandiant -> China',
    ],
    [
      'Saudi Arabia has handed Qatar a list of demands, including the closure of Al Jazeera.',
      'Demand: Saudi Arabia -> Al Jazeera',
    ],
    ['Witnesses said Mensah attacked the guard with a knife.', 'Accusation: Witnesses -> Mensah'],
    ['The NotPetya attack hit Maersk and Merck.', 'Cyberattack: null -> NotPetya'],
    [
      'The hack of Sony Pictures came from North Korea, the FBI said.',
      'Accusation: FBI -> Sony Pictures Entertainment',
    ],
  ]);
  has([
    [
      'Saudi Arabia has handed Qatar a list of demands, including the closure of Al Jazeera.',
      'Demand: Saudi Arabia -> Qatar',
    ],
    ['The hack of Sony Pictures came from North Korea, the FBI said.', 'Accusation: FBI -> North Korea'],
  ]);
  it('links a partial name only as a run of a known name', () => {
    expect(read('Mohammed Salman, a Bahraini shopkeeper, said so.').entity('Mohammed Salman')?.type).toBe(
      'Person',
    );
  });
  it('reads a party named "Congress" as no government body', () => {
    expect(
      read("South Africa's African National Congress said so.").entity('African National Congress')?.type,
    ).not.toBe('GovernmentBody');
  });
});

describe("the gazetteer's national CERTs, vendors and threat groups by their vendors' names", () => {
  it('knows a national CERT, a regional vendor and a group', () => {
    const r = read(
      'PKCERT warned government departments of phishing by SideWinder. Seqrite said Transparent Tribe sent the emails.',
    );
    expect(r.entity('PKCERT')?.type).toBe('GovernmentBody');
    expect(r.entity('Seqrite')?.type).toBe('Company');
    expect(r.entity('Transparent Tribe')?.type).toBe('ThreatGroup');
  });
});

describe('"it said" in a clause that opens on an adverbial phrase is its subject\'s', () => {
  has([
    [
      'The Moldovan Interior Ministry said it would retaliate. In September, the Treasury Department imposed sanctions on two Moldovans it said had helped plan the attacks.',
      'Statement: Treasury Department -> null',
    ],
  ]);
});

describe('two sides that traded accusations each accuse the other', () => {
  has([
    ['Peru and Chile have traded accusations of hacking for years.', 'Accusation: Peru -> Chile'],
    ['Peru and Chile have traded accusations of hacking for years.', 'Accusation: Chile -> Peru'],
  ]);
});

describe('guards from the second review of this round', () => {
  hasNot([
    [
      'Poland was hit by a series of arson attacks that Warsaw blamed on Russia.',
      'Cyberattack: Russia -> Poland',
    ],
    ['Trump supporters behind the Capitol breach were pardoned.', 'Cyberattack: Donald Trump -> Capitol'],
    [
      "Bolivia's ruling MAS party said it had won the vote.",
      'Statement: Monetary Authority of Singapore -> null',
    ],
    ['Flights at SFO were delayed, the airport said.', 'Statement: Serious Fraud Office -> null'],
  ]);
  has([
    [
      'LockBit claimed the ransomware attack on Zalvia Logistics.',
      'Cyberattack: LockBit -> Zalvia Logistics',
    ],
    [
      'Mandiant said in a report that Chinese espionage groups had targeted telecom firms.',
      'Report: Mandiant -> China',
    ],
    ['Recep Erdogan said the hackers were Dutch.', 'Statement: Recep Tayyip Erdoğan -> null'],
  ]);
});

describe('"Unknown hackers" names no group', () => {
  it('makes no actor of the adjective', () => {
    expect(read('Unknown hackers breached Zorotech last week.').entity('Unknown')).toBeUndefined();
  });
});

describe('defendants listed with their homes, ages and handles', () => {
  const charged = 'The Justice Department charged 11 people on Tuesday. ';
  has([
    [
      charged + 'Also charged were Ivan Petrov of Moldova and Pavel Rusu of Romania.',
      'LegalAction: Justice Department -> Pavel Rusu',
    ],
    [
      charged +
        'Among those charged were Joshua Kendall, 26, of Fairborn, Ohio, and Mercedes Renee Haefer, 20, a student.',
      'LegalAction: Justice Department -> Mercedes Renee Haefer',
    ],
    [
      charged +
        'Those charged on Tuesday were Ryan Ackley, known as Kayla, and Jake Dawes, known as Topiary, of Britain.',
      'LegalAction: Justice Department -> Jake Dawes',
    ],
  ]);
  hasNot([
    [
      'Prosecutors charged five men with hacking into the computers of companies as members of the Zeta Crew and Vortex groups.',
      'Cyberattack: null -> Zeta Crew',
    ],
  ]);
});

describe('more titles: "U.S. Attorney", "Taoiseach", advisers to a state', () => {
  has([
    ['U.S. Attorney Joan Keller said the men would be extradited.', 'Role: Joan Keller -> United States'],
    [
      'Hackers hit Chile on Monday. National Security Adviser Ana Rojas said the attack was serious.',
      'Role: Ana Rojas -> Chile',
    ],
    ['Taoiseach Sean Doyle said the hackers had been identified.', 'Role: Sean Doyle -> Ireland'],
  ]);
});

describe('a state the reported clause names offers for itself', () => {
  has([
    [
      "Peru's government spokesman Ana Torres said Lima was ready to cooperate with Chilean authorities.",
      'CooperationOffer: Peru -> Chile',
    ],
  ]);
  hasNot([
    [
      "Peru's government spokesman Ana Torres said Lima was ready to cooperate with Chilean authorities.",
      'CooperationOffer: Ana Torres -> Chile',
    ],
  ]);
});

describe('offers made to someone, and by a body another institution reports of', () => {
  has([
    [
      'The embassy said the FBI had offered technical assistance to the central bank of Zambia.',
      'CooperationOffer: FBI -> Zambia',
    ],
  ]);
  hasNot([
    [
      'The U.S. embassy said the FBI had offered its support to Mexican authorities.',
      'CooperationOffer: American Embassy -> Mexico',
    ],
  ]);
});

describe('"hit by sanctions from the EU" is no attack', () => {
  hasNot([
    [
      'Moldova has been hit by sanctions from the EU and Britain over the election.',
      'Cyberattack: European Union -> Moldova',
    ],
  ]);
});

describe('"hit by sanctions from X and Y": each sanctions the subject', () => {
  has([
    [
      'Moldova has been hit by sanctions from the EU and Britain over the election.',
      'Sanction: United Kingdom -> Moldova',
    ],
    ['Moldova faces sanctions from the EU.', 'Sanction: European Union -> Moldova'],
  ]);
});

describe('"lawmakers from the X Party demanded": the party acts through its members', () => {
  has([
    [
      'Opposition lawmakers from the Civic Renewal Party demanded that Siemens explain how the attack had happened.',
      'Demand: Civic Renewal Party -> Siemens',
    ],
  ]);
});

describe("a country's capitalised title, a comma and the name", () => {
  has([
    [
      "Peru's Minister of Justice and Human Rights, Ana Rojas, said the hackers had been found.",
      'Role: Ana Rojas -> Peru',
    ],
  ]);
});

describe('guards from the third review of this round', () => {
  hasNot([
    [
      'Chinese foreign ministry spokesman Wang Wenbin said the United States should be ready to work with China.',
      'CooperationOffer: United States -> China',
    ],
    [
      'Russia could face sanctions from the EU if it does not withdraw, officials said.',
      'Sanction: European Union -> Russia',
    ],
  ]);
  it("reads a known firm's fuller name as the same firm", () => {
    const r = read('Samsung Electronics said its chip profits fell. Samsung shares dropped.');
    expect(r.entities.filter((e) => e.label.startsWith('Samsung')).map((e) => e.label)).toEqual(['Samsung']);
  });
  it('reads "Adobe Systems Inc" as Adobe, leaving no "Systems Inc"', () => {
    expect(read('Adobe Systems Inc has said it was also targeted.').entity('Systems Inc')).toBeUndefined();
  });
});

describe('those who sanction accuse the one an apposition says they blame', () => {
  has([
    [
      'Chile and Peru imposed sanctions on Zorohost, a Moldovan hosting company that they said had shielded Zeta Crew.',
      'Accusation: Peru -> Zorohost',
    ],
    [
      'Chile imposed sanctions on Zorohost, a hosting company it accused of shielding Zeta Crew.',
      'Accusation: Chile -> Zorohost',
    ],
  ]);
});

describe('"the X group blamed for …": a name and its head noun before the participle', () => {
  has([
    [
      "Police arrested members of the Zeta Crew group blamed for last year's attacks on Kelbank and Zorotech Inc.",
      'Cyberattack: Zeta Crew -> Zorotech Inc',
    ],
  ]);
});

describe('people arrested as suspected members are held over their group', () => {
  has([
    [
      'Moldovan police arrested six people suspected of belonging to the Zeta Crew gang.',
      'LegalAction: Moldovan Police -> Zeta Crew',
    ],
  ]);
});

describe('"X must …" in a quote whose speaker follows it', () => {
  has([
    [
      '"Moldova must immediately stop targeting journalists," Ana Rojas, a researcher at Amnesty International, said.',
      'Demand: Ana Rojas -> Moldova',
    ],
  ]);
  hasNot([
    [
      '"The United States must do more," President Barack Obama said.',
      'Demand: Barack Obama -> United States',
    ],
  ]);
});

describe('"run by Russian speakers": people of a language, no state', () => {
  it('names no state for the speakers of its language', () => {
    const r = read(
      'The Zeta Crew gang, which U.S. officials believe is run by Russian speakers, claimed to have stolen data from Boeing.',
    );
    expect(r.entity('Russia')).toBeUndefined();
  });
});

describe('"Police said", "Diplomats said": people of a kind are no named speaker', () => {
  it('makes no person of them', () => {
    expect(read('Police said the hacker had set up a search engine.').entity('Police')).toBeUndefined();
    expect(read('Diplomats said further listings were being prepared.').entity('Diplomats')).toBeUndefined();
  });
});

describe('number words at a sentence start are no names', () => {
  it('makes no actor of "Twenty-two"', () => {
    expect(
      read('Twenty-two of the victims worked for El Faro, the newspaper said.').entity('Twenty'),
    ).toBeUndefined();
  });
});

describe('"demanded explanations from X and Y": whom it is demanded of', () => {
  has([
    [
      'French President Ana Rojas and German Chancellor Ivan Petrov on Monday demanded explanations from the United States and Denmark.',
      'Demand: Ivan Petrov -> Denmark',
    ],
  ]);
});

describe('a list of titled people: "X\'s chief executive, A, its general director, B, and two co-owners, C and D"', () => {
  const text =
    'The Treasury sanctioned Kordex Ltd on Tuesday. "We will keep acting," the department said. The individuals sanctioned were Kordex\'s chief executive, Pavel Orlin, its general director, Ivan Sorokin, and two co-owners, Oleg Marr and Anton Vail.';
  has([
    [text, 'Sanction: Treasury Department -> Pavel Orlin'],
    [text, 'Sanction: Treasury Department -> Ivan Sorokin'],
    [text, 'Sanction: Treasury Department -> Anton Vail'],
    [text, 'Role: Ivan Sorokin -> Kordex Ltd'],
  ]);
  hasNot([[text, 'Role: Ivan Sorokin -> Treasury Department']]);
});

describe('titles: a sentence that opens with "Former", an office of two portfolios', () => {
  has([
    ['Former GCHQ chief Ian Lobban said the deal was risky.', 'Role: Ian Lobban -> GCHQ'],
    [
      'Kenya said it would act. Minister of Economy and Finance John Kamau said the data was safe.',
      'Statement: John Kamau -> null',
    ],
  ]);
  hasNot([
    [
      'Kenya said it would act. Minister of Economy and Finance John Kamau said the data was safe.',
      'Statement: Economy -> null',
    ],
  ]);
});

describe('a rank before a title: "FBI Assistant Director X", "Acting Assistant Attorney General X"', () => {
  has([
    ['FBI Assistant Director Carla Rios said the network was dismantled.', 'Role: Carla Rios -> FBI'],
    [
      'Europol Assistant Director Paul Nakano said the network was dismantled.',
      'Role: Paul Nakano -> Europol',
    ],
  ]);
  hasNot([
    [
      'Acting Assistant Attorney General Mark Lesko said the network was dismantled.',
      'Statement: Acting -> null',
    ],
  ]);
});

describe('"Government spokesman X": the state in focus; a sentence-case title at the start', () => {
  has([
    [
      'ACCRA, May 3 (Reuters) - Ghana said its ports were hit. Government spokesman Kofi Mensah said the attack had failed.',
      'Role: Kofi Mensah -> Ghana',
    ],
    [
      'Ghana said its ports were hit. Foreign minister Kofi Mensah said it had failed.',
      'Role: Kofi Mensah -> Ghana',
    ],
  ]);
  hasNot([
    [
      'Ghana said its ports were hit. Spokesman Kofi Mensah said the attack had failed.',
      'Role: Kofi Mensah -> Ghana',
    ],
  ]);
});

describe('roles before names: "his Chinese counterpart, X", "the two FSB officers, A and B"', () => {
  has([
    ['Blinken met his Kenyan counterpart, Musalia Mudavadi, in Nairobi.', 'Role: Musalia Mudavadi -> Kenya'],
    [
      'Blinken met his Kenyan counterpart, Musalia Mudavadi, in Nairobi.',
      'Meeting: Antony Blinken -> Musalia Mudavadi',
    ],
    [
      'The two SBU officers, Oleh Marchenko and Petro Lysenko, were charged.',
      'Role: Petro Lysenko -> Security Service of Ukraine',
    ],
  ]);
});

describe('an unknown acronym that speaks is an organisation, and its officer serves it', () => {
  it('types "The KPRA said" as an organisation', () => {
    expect(read('The KPRA said its servers were hacked.').entity('KPRA')?.type).toBe('Organization');
  });
  has([
    [
      "The KPRA said its servers were hacked. John Mensah, the KPRA's president, said the data was safe.",
      'Role: John Mensah -> KPRA',
    ],
  ]);
});

describe('"the mission", "the commission", "the board": nominals for a body the story named with that word', () => {
  has([
    [
      'Iran\'s mission to the United Nations rejected the report. "Iran condemns all cyberattacks," a spokesman for the mission said.',
      'Statement: Iranian Mission to the United Nations -> null',
    ],
    [
      'The Kenya Data Protection Commission opened an inquiry. The commission said the leak was serious.',
      'Statement: Kenya Data Protection Commission -> null',
    ],
  ]);
  hasNot([
    [
      'The State Department condemned the leak. The board said the leak was serious.',
      'Statement: State Department -> null',
    ],
  ]);
});

describe('raising a case, taking up a matter: a demand of whom it is raised with', () => {
  has([
    ['Starmer said he raised the case directly with President Xi.', 'Demand: Keir Starmer -> Xi Jinping'],
    [
      "Kenya's foreign ministry said it had taken up the matter with Kampala.",
      'Demand: Kenyan Foreign Ministry -> Uganda',
    ],
    [
      'The State Department said it had raised them with the Rwandan government.',
      'Demand: State Department -> Rwanda',
    ],
  ]);
  hasNot([
    [
      'The State Department said it had raised them with the Rwandan government.',
      'Demand: State Department -> State Department',
    ],
  ]);
});

describe('a participle after ", and" closes the second clause: its subject accuses', () => {
  const text =
    'Zervo Labs was blacklisted last month, and Meta filed a lawsuit against the company in November, accusing it of targeting WhatsApp users.';
  has([[text, 'Accusation: Meta -> Zervo Labs']]);
  hasNot([[text, 'Accusation: Zervo Labs -> Meta']]);
});

describe('"linked a group to a wave of emails sent to X": the group is accused, not the victim', () => {
  const text =
    "Researchers at Proofpoint linked a Nepal-based group they dubbed Copper Lotus to a wave of phishing emails sent to Bhutan's Ministry of Foreign Affairs.";
  has([[text, 'Accusation: Proofpoint -> Copper Lotus']]);
  hasNot([[text, 'Accusation: Proofpoint -> Bhutanese Ministry of Foreign Affairs']]);
});

describe('a participle after a noun links nobody it names: "the two men linked to Conti"', () => {
  hasNot([
    [
      'Ivan Petrov and Oleg Sidorov, the two men linked to Conti and Trickbot, were accused of deploying ransomware.',
      'Accusation: Ivan Petrov -> Conti',
    ],
    ['The hackers, a crew linked to Conti, were arrested in Kyiv.', 'Accusation: Kyiv -> Conti'],
  ]);
  has([['Mandiant linked the intrusion to Conti.', 'Accusation: Mandiant -> Conti']]);
});

describe('a speaker inside a relative clause before its verb: "Callisto, which the Council said had targeted X"', () => {
  const text =
    'Seaborgium, which the Council said had targeted the Dutch parliament, was sanctioned on Monday.';
  has([
    [text, 'Cyberattack: Star Blizzard -> Dutch Parliament'],
    [text, 'Accusation: Council -> Star Blizzard'],
  ]);
});

describe('the subject past its describing words; "sanctions of their own"', () => {
  const report =
    'The Department of Health said Kordia was hacked. In a 2019 report, the security company Symantec attributed the intrusion to a group it called Velvet Ant, which it said had also targeted airlines.';
  has([[report, 'Statement: Symantec -> null']]);
  hasNot([
    [report, 'Accusation: Department of Health -> Velvet Ant'],
    [
      'The move was coordinated with Washington and London, which imposed sanctions of their own on Aleksandr Ermakov the same day.',
      'Sanction: United Kingdom -> United States',
    ],
  ]);
});

describe("charged in the prosecutor's own capital: the story's prosecutor charges", () => {
  const text =
    'The Justice Department said three former intelligence operatives had agreed to pay fines. Mark Bale, Ryan Ames and Daniel Gerick were charged in federal court in Washington with conspiring to commit computer fraud.';
  has([[text, 'LegalAction: Justice Department -> Ryan Ames']]);
  hasNot([
    [
      'The Justice Department said three men had fled. In Moscow, Mark Bale and Ryan Ames were charged with treason.',
      'LegalAction: Justice Department -> Ryan Ames',
    ],
  ]);
});

describe('name particles "del", "della", "la", "zu" inside a person\'s name', () => {
  it.each([
    ['Superintendent Maria del Carmen Ruiz said the bank was hacked.', 'Maria del Carmen Ruiz'],
    ['Oscar de la Vega said the bank was hacked.', 'Oscar de la Vega'],
  ])('%s', (text, name) => expect(read(text).entity(name)?.type).toBe('Person'));
});

describe("a place's own police: lower-case body words stop at a verb or a preposition", () => {
  it('reads no body in "Vries was arrested by police"', () => {
    const r = read('Jan de Vries was arrested by police in Amsterdam on Friday.');
    expect(r.entities.some((e) => /arrested/.test(e.label))).toBe(false);
  });
  has([['Dusseldorf police said the suspect had been arrested.', 'Statement: Dusseldorf police -> null']]);
});

describe('arrests of people left unnamed; police in a country', () => {
  has([
    [
      'Dutch police arrested four people on Tuesday, prosecutors said.',
      'LegalAction: Dutch National Police -> null',
    ],
    [
      'Police in Ukraine and Poland have arrested 12 people suspected of fraud.',
      'LegalAction: Poland -> null',
    ],
    [
      'Police in Ukraine and Poland have arrested 12 people suspected of fraud.',
      'LegalAction: Ukraine -> null',
    ],
    [
      'FBI agents arrested 14 people across the United States on Tuesday over the attack.',
      'LegalAction: FBI -> null',
    ],
  ]);
  hasNot([
    [
      'FBI agents arrested 14 people across the United States on Tuesday over the attack.',
      'LegalAction: FBI -> United States',
    ],
    ['Dutch police said four people were arrested in 2019.', 'LegalAction: Dutch National Police -> null'],
  ]);
});

describe("meetings by phone and with a possessor's officer", () => {
  has([
    ['Biden held a phone call with Xi Jinping in January.', 'Meeting: Joe Biden -> Xi Jinping'],
    ['Biden sat down with Xi Jinping in Bali.', 'Meeting: Joe Biden -> Xi Jinping'],
    [
      "Kerry met Russia's foreign minister, Sergei Lavrov, in Geneva.",
      'Meeting: John Kerry -> Sergei Lavrov',
    ],
    [
      "Czech President Petr Pavel held a phone call with Taiwan's then-president, Tsai Ing-wen, in January.",
      'Meeting: Petr Pavel -> Tsai Ing-wen',
    ],
  ]);
  hasNot([
    ['The leak listed telephone numbers and home addresses of French officials.', 'Meeting: France -> null'],
  ]);
});

describe('"after meeting his Latvian counterpart, X": a gerund after a word of time meets its object', () => {
  has([
    [
      'Landsbergis told reporters after meeting his Latvian counterpart, Edgars Rinkevics, in Vilnius.',
      'Meeting: Edgars Rinkēvičs -> Gabrielius Landsbergis',
    ],
  ]);
  hasNot([['The ministers spoke to reporters after meeting in Vilnius.', 'Meeting: Vilnius -> null']]);
});

describe('fourth review of this round: regressions on text of its own', () => {
  has([
    ['Microsoft said that China accused the United States of hacking.', 'Accusation: China -> United States'],
    [
      '"We are safe," said Kordel\'s chief executive, adding that Peter Smith had resigned.',
      'Statement: Kordel -> null',
    ],
    [
      'Acting Assistant Attorney General Nicole Argentieri announced charges against the men.',
      'Role: Nicole Argentieri -> Justice Department',
    ],
    [
      'Deputy Foreign Secretary Andrew Mitchell met Kenyan President William Ruto.',
      'Role: Andrew Mitchell -> United Kingdom',
    ],
    [
      "The United States raised allegations of Chinese hacking with Beijing's ambassador.",
      'Accusation: United States -> China',
    ],
    [
      "Britain sanctioned Rosneft's chairman, Igor Sechin, its chief financial officer, Pavel Fedorov, and three other executives.",
      'Sanction: United Kingdom -> Pavel Fedorov',
    ],
    [
      "Taiwan's defence ministry said Chinese hackers had attacked its networks.",
      'Cyberattack: China -> Taiwanese Defence Ministry',
    ],
    [
      "South Korea's main intelligence agency believes North Korea or its sympathisers were behind a wave of cyberattacks on the Blue House.",
      'Cyberattack: North Korea -> Blue House',
    ],
  ]);
  hasNot([
    ['Microsoft said that China accused the United States of hacking.', 'Accusation: China -> Microsoft'],
    [
      '"We are safe," said Kordel\'s chief executive, adding that Peter Smith had resigned.',
      'Statement: Peter Smith -> null',
    ],
    [
      'China raised tariffs on U.S. goods this month with little warning, angering Washington.',
      'Demand: China -> United States',
    ],
    [
      'Secretary of State Antony Blinken met his counterpart, Wang Yi, on the sidelines.',
      'Role: Wang Yi -> Antony Blinken',
    ],
    [
      'Washington accused Beijing of the hack, and China denied it, calling the accusation groundless.',
      'Denial: United States -> null',
    ],
    [
      'Britain sanctioned the company, and China said it would retaliate, accusing London of slander.',
      'Sanction: United Kingdom -> China',
    ],
    [
      "Britain sanctioned Rosneft's chairman, Igor Sechin, its chief financial officer, Pavel Fedorov, and three other executives.",
      'Sanction: United Kingdom -> Rosneft',
    ],
    [
      'The UN Human Rights Council and the UN Security Council met on Monday. The council said the hack was serious.',
      'Statement: UN Security Council -> null',
    ],
    [
      'Moscow dismissed the allegations. Government spokesman Piotr Muller said Poland would expel more diplomats.',
      'Role: Piotr Muller -> Russia',
    ],
  ]);
  it('keeps a person\'s initials a person: "AOC said she …"', () =>
    expect(read('AOC said she would vote against the bill.').entity('AOC')?.type).toBe('Person'));
});

describe('who exposes a hacking group or a spyware firm reports on it', () => {
  has([
    [
      "Microsoft and the Citizen Lab jointly exposed Candiru's operations in July that year.",
      'Report: Microsoft -> Candiru',
    ],
    [
      'Kaspersky first exposed Sofacy in 2014, describing it as a Russian-speaking team.',
      'Report: Kaspersky -> APT28',
    ],
  ]);
  hasNot([
    [
      'Lance Moore, a contractor for AT&T, was charged with downloading confidential documents from its servers.',
      'Report: AT&T -> null',
    ],
    ['The report documented abuses by the police in Lagos.', 'Report: Lagos -> null'],
  ]);
});

describe('"added A and another firm, B, to its blacklist, accusing them of …": each one listed is accused', () => {
  has([
    [
      'The Commerce Department added Paragon Solutions and another Israeli firm, Saito Tech, to its trade blacklist, accusing them of enabling repression.',
      'Accusation: Commerce Department -> Paragon Solutions',
    ],
  ]);
});

describe('offers: each subject offers, to the one after the verb; "offers of help from A, B and C"', () => {
  has([
    [
      'Latvia and Estonia offered to help Lithuania fend off the attacks.',
      'CooperationOffer: Latvia -> Lithuania',
    ],
    [
      'Latvia and Estonia offered to help Lithuania fend off the attacks.',
      'CooperationOffer: Estonia -> Lithuania',
    ],
    [
      'Tonga has accepted offers of help from Australia, New Zealand and Japan after a ransomware attack.',
      'CooperationOffer: New Zealand -> Tonga',
    ],
    [
      "The United States and Britain have both pledged to support Ukraine's cyber defences.",
      'CooperationOffer: United States -> Ukraine',
    ],
  ]);
  hasNot([
    [
      'Latvia and Estonia offered to help Lithuania fend off the attacks.',
      'CooperationOffer: Estonia -> Latvia',
    ],
    ['Japan and Australia offered assistance.', 'CooperationOffer: Australia -> Japan'],
    [
      'Tonga has accepted offers of help from Australia, New Zealand and Japan after a ransomware attack.',
      'CooperationOffer: Tonga -> Australia',
    ],
  ]);
});

describe('given names from more of the world make unknown people people', () => {
  it.each([
    ['The hackers targeted Wanjiku Mwangi, a journalist.', 'Wanjiku Mwangi'],
    ['Lotem Finkel, who heads the team at Check Point, declined to comment.', 'Lotem Finkel'],
  ])('%s', (text, name) => expect(read(text).entity(name)?.type).toBe('Person'));
});

describe('denials: the accuser described before its name, and a second verb of the subject', () => {
  has([
    [
      'Hanoi rejected suggestions by U.S. security company Lookout that state hackers were behind the spyware.',
      'Denial: Vietnam -> Lookout',
    ],
    [
      "Ghana's government confirmed that hackers had reached a payroll server, but denied claims by the hacking collective Anonymous that it had taken any records.",
      'Denial: Ghana -> Anonymous',
    ],
    ['Ghana admitted the breach but denied claims by Anonymous.', 'Denial: Ghana -> Anonymous'],
  ]);
  hasNot([
    [
      "Ghana's government confirmed that hackers had reached a payroll server, but denied claims by the hacking collective Anonymous that it had taken any records.",
      'Denial: Anonymous -> null',
    ],
  ]);
});

describe('"it" after a nation that only describes the subject', () => {
  has([
    [
      'The UK security firm Sophos, now owned by Thoma Bravo, said it had found links between the ransomware and Evil Corp.',
      'Accusation: Sophos -> Evil Corp',
    ],
  ]);
  hasNot([
    [
      'The UK security firm Sophos, now owned by Thoma Bravo, said it had found links between the ransomware and Evil Corp.',
      'Accusation: United Kingdom -> Evil Corp',
    ],
    [
      'A Norwegian digital rights group said on Friday it had traced the attacks to the Interior Ministry.',
      'Accusation: Norway -> Interior Ministry',
    ],
    [
      'Iranian officials called on Washington to stop what they described as its hostile behaviour.',
      'Statement: United States -> null',
    ],
  ]);
});

describe('no attack: sanctions that target, information about attacks, a "those who" clause', () => {
  hasNot([
    [
      'Tehran said U.S. cyber attacks on its navy had failed, as Washington imposed new sanctions targeting Defence Minister Mohammad Reza Ashtiani.',
      'Cyberattack: United States -> Mohammad Reza Ashtiani',
    ],
    [
      'Brazil and the United States signed an agreement on Tuesday to share information about cyber attacks and to coordinate their response to them, as Secretary of State John Kerry held talks with Brazilian leaders.',
      'Cyberattack: United States -> Brazil',
    ],
    [
      'Steven Wilson, head of the EC3, said the investigation would continue. "Those who think they can hide behind a screen in one country and attack victims in another should think again," he said.',
      'Demand: Steven Wilson -> European Cybercrime Centre',
    ],
  ]);
  has([
    [
      'Tehran said U.S. cyber attacks on its navy had failed, as Washington imposed new sanctions targeting Defence Minister Mohammad Reza Ashtiani.',
      'Cyberattack: United States -> Iran',
    ],
  ]);
});

describe('names: a nation that describes a victim named after it; a word for people inside a name', () => {
  has([
    [
      'Hackers linked to the GRU broke into the Norwegian energy firm Equinor.',
      'Cyberattack: GRU -> Equinor',
    ],
    [
      'The Federation of Journalists of Nepal (FJN) said the attack was an assault on the press.',
      'Statement: Federation of Journalists of Nepal -> null',
    ],
  ]);
  hasNot([
    ['Hackers linked to the GRU broke into the Norwegian energy firm Equinor.', 'Cyberattack: GRU -> Norway'],
  ]);
});

describe('roles: hyphenated and executive titles, a plural role before two names', () => {
  has([
    [
      'UN Secretary-General Antonio Guterres said the attack was unacceptable.',
      'Role: António Guterres -> United Nations',
    ],
    [
      'Europol Executive Director Catherine De Bolle said the network was dismantled.',
      'Role: Catherine De Bolle -> Europol',
    ],
    [
      'ESET researchers Anton Cherepanov and Robert Lipovsky said the malware was new.',
      'Role: Robert Lipovsky -> ESET',
    ],
    [
      '"The code is the same," ESET researchers Anton Cherepanov and Robert Lipovsky wrote. They said the group had attacked Ukraine.',
      'Statement: Robert Lipovsky -> null',
    ],
  ]);
  hasNot([
    [
      'Europol Executive Director Catherine De Bolle said the network was dismantled.',
      'Role: Catherine De Bolle -> Belgium',
    ],
  ]);
});

describe("a bare ministry is the story country's, not the news agency's", () => {
  const text =
    'COLOMBO, Oct 17, 2017 (Reuters) - Hackers stole money from a bank. The Foreign Ministry said it had asked India for help.';
  it('is Sri Lankan', () => {
    expect(read(text).entity('Sri Lankan Foreign Ministry')?.type).toBe('GovernmentBody');
    expect(read(text).entity('British Foreign Ministry')).toBeUndefined();
  });
});

describe('"Police spokesman X": the force of the country in focus', () => {
  has([
    [
      'COLOMBO, Oct 17 (Reuters) - Hackers stole money from a state bank. Police spokesman Ruwan Perera said two men were arrested.',
      'Role: Ruwan Perera -> Sri Lankan Police',
    ],
    [
      'LIMA, Oct 17 (Reuters) - Hackers defaced ministry websites. Army spokesman Carlos Rojas said the army was not involved.',
      'Role: Carlos Rojas -> Peruvian Army',
    ],
  ]);
});

describe('an attack noun after a possessive: its subject is before the possessive', () => {
  has([
    [
      'The Department of Homeland Security warned that Russian hackers were stepping up their attacks.',
      'Accusation: Department of Homeland Security -> Russia',
    ],
    ['The FBI said North Korea had stepped up its attacks.', 'Accusation: FBI -> North Korea'],
  ]);
});

describe('an offer to "other countries" or "any country" names no partner', () => {
  has([
    [
      'China denied the report. Nguyen Van Binh said Vietnam was ready to cooperate with other countries to fight cybercrime.',
      'CooperationOffer: Vietnam -> null',
    ],
    [
      'India was blamed for the attack. Police said Malaysia stood ready to help Singapore with any further inquiries.',
      'CooperationOffer: Malaysia -> Singapore',
    ],
  ]);
  hasNot([
    [
      'China denied the report. Nguyen Van Binh said Vietnam was ready to cooperate with other countries to fight cybercrime.',
      'CooperationOffer: Vietnam -> China',
    ],
  ]);
});

describe('", led by X," leaves the subject acting', () => {
  has([
    [
      'The Democratic Alliance, led by former prime minister Joseph Mbeki, called on the government to explain the breach.',
      'Statement: Democratic Alliance -> null',
    ],
  ]);
  hasNot([
    [
      'The Democratic Alliance, led by former prime minister Joseph Mbeki, called on the government to explain the breach.',
      'Statement: Joseph Mbeki -> null',
    ],
  ]);
});

describe("a hacking collective's name with a country's after it is a chapter of its own", () => {
  has([
    [
      'Anonymous Malaysia warned in a statement that more attacks would follow.',
      'Statement: Anonymous Malaysia -> null',
    ],
  ]);
  hasNot([
    [
      'Anonymous Malaysia warned in a statement that more attacks would follow.',
      'Statement: Malaysia -> null',
    ],
    ["Researchers blamed Anonymous, Malaysia's police said.", 'Statement: Anonymous Malaysia -> null'],
  ]);
});

describe('"the two countries" are the two the story names most, not the last two named', () => {
  const text =
    'Brazil and Argentina signed a cyber pact on Tuesday. Brazil and Argentina have long been close. Brazilian officials said Argentina had been targeted by hackers from Russia. The two countries agreed to meet again in Brasilia next year.';
  has([[text, 'Meeting: Argentina -> Brazil']]);
  hasNot([
    [text, 'Meeting: Russia -> Argentina'],
    [text, 'Meeting: Argentina -> Russia'],
  ]);
});

describe('"police from X arrested": the body they come from', () => {
  has([
    [
      'In Britain, detectives from the National Crime Agency arrested Daniel Kaye at his home in Bedford.',
      'LegalAction: National Crime Agency -> Daniel Kaye',
    ],
    [
      'Officers from the Federal Police arrested Walter Neto in Sao Paulo.',
      'LegalAction: Federal Police -> Walter Neto',
    ],
  ]);
});

describe("fixes from the fifth review: the subject's own attacks, light verbs, leaders, pairs and lists", () => {
  has([
    [
      'Iran retaliated with cyber attacks on U.S. banks in 2012, according to American officials.',
      'Cyberattack: Iran -> United States',
    ],
    [
      'The FBI, led by Director Christopher Wray, said Chinese hackers had targeted American vaccine research.',
      'Accusation: FBI -> China',
    ],
    [
      'The United States and Britain accused Russia of the SolarWinds hack. Russia denied involvement. Meanwhile, Japan and South Korea agreed to share intelligence on North Korean hackers. Both sides said the deal would take effect in January.',
      'Statement: South Korea -> null',
    ],
    [
      'Kenyan police said hackers from Nigeria stole money from a bank. Police spokesman Charles Owino said the suspects had fled.',
      'Role: Charles Owino -> Kenyan Police',
    ],
    [
      'Russia denied hacking the election. Moscow is ready to cooperate with other countries including the United States, Peskov said.',
      'CooperationOffer: Russia -> United States',
    ],
    [
      'South Korean officials said North Korea was behind the attack, and it has repeatedly denied such charges.',
      'Denial: North Korea -> South Korea',
    ],
    [
      'A Chinese hacking group said it had breached the Philippine foreign ministry.',
      'Cyberattack: China -> Philippine Foreign Ministry',
    ],
  ]);
  hasNot([
    [
      'Poland said it was stepping up protection against hacking attacks from Belarus.',
      'Cyberattack: Poland -> Belarus',
    ],
    [
      'Britain is intensifying its hacking probe into the breach at the Electoral Commission.',
      'Cyberattack: United Kingdom -> Electoral Commission',
    ],
    [
      'Iran rejected accusations by a former employee of Microsoft that Tehran ran the phishing campaign.',
      'Denial: Iran -> Microsoft',
    ],
    [
      'The Committee on Foreign Affairs and Democrats in the Senate accused Russia of hacking the election.',
      'Accusation: Committee on Foreign Affairs and Democrats -> Russia',
    ],
    [
      'Costa Rica asked the United States for help after the attack. Chaves said Costa Rica had received help from the United States, Israel and Spain. The two governments agreed to expand a cybersecurity programme.',
      'Agreement: Israel -> Spain',
    ],
    [
      'Albania cut ties with Iran. Tehran is ready to help other countries investigate cyber attacks, the ministry said.',
      'CooperationOffer: Iran -> Albania',
    ],
  ]);
});

describe('"In a report published after …, X said": the speaker reports, whoever else reads it', () => {
  has([
    [
      'In a report published after a two-year investigation, Amnesty International said a hacking group it calls Silent Heron had targeted activists.',
      'Report: Amnesty International -> Silent Heron',
    ],
  ]);
  hasNot([
    [
      'The Russian embassy in Berlin said in a statement that the reports were part of an anti-Russian campaign.',
      'Report: Russian Embassy in Berlin -> null',
    ],
  ]);
});

describe('"rejected any involvement": a denial without an accusation noun (lexicon involvementNouns)', () => {
  has([
    ['Citizen Lab linked the hacking to Appin. Appin rejected any involvement.', 'Denial: Appin -> null'],
    ['Huawei has dismissed any links to the Chinese state.', 'Denial: Huawei -> null'],
  ]);
});

describe('fixes from the sixth review: attacks after a preposition, -ing light verbs after "be", the accuser by "by"', () => {
  has([
    [
      'Latvia said it was hit by cyber attacks from Russia after it expelled diplomats.',
      'Cyberattack: Russia -> Latvia',
    ],
    [
      'Russia is intensifying cyberattacks on Ukrainian infrastructure, Kyiv said.',
      'Cyberattack: Russia -> Ukraine',
    ],
    [
      'China has stepped up pressure on Taiwan with cyberattacks and military drills, Taipei said.',
      'Cyberattack: China -> Taiwan',
    ],
    [
      'Beijing denied accusations by officials in Washington that it had hacked the Treasury.',
      'Denial: China -> United States',
    ],
    [
      'North Korean hackers stole $1.5 billion from the exchange Bybit, but it has denied any involvement.',
      'Denial: North Korea -> null',
    ],
    [
      'Hackers from Nigeria targeted firms in South Africa. Police spokesman Vish Naidoo said the suspects had fled.',
      'Role: Vish Naidoo -> South African Police',
    ],
    [
      'A U.S. delegation, led by the deputy national security adviser Anne Neuberger, met Indian officials in New Delhi.',
      'Meeting: India -> United States',
    ],
    [
      'Microsoft executives Brad Smith and Tom Burt Thursday said the group was linked to Russia.',
      'Role: Tom Burt -> Microsoft',
    ],
  ]);
  hasNot([
    [
      'Latvia said it was hit by cyber attacks from Russia after it expelled diplomats.',
      'Cyberattack: Latvia -> Russia',
    ],
    [
      'The European Union imposed sanctions on six Russians for cyber attacks against Ukraine.',
      'Cyberattack: European Union -> Ukraine',
    ],
    [
      'A Chinese cybersecurity firm said it had found evidence that the NSA hacked Northwestern Polytechnical University.',
      'Accusation: China -> National Security Agency',
    ],
  ]);
});

describe('"Chamber" heads an organisation\'s name (lexicon orgHeads)', () => {
  has([
    [
      "LIMA (Reuters) - Hackers hit Peru's customs system. The Peruvian Chamber of Exporters said the outage was costly and urged the government to restore manual procedures.",
      'Demand: Peruvian Chamber of Exporters -> Peru',
    ],
  ]);
});

describe('more role nouns: consultant, contractor, owner, chairperson (lexicon roleNouns)', () => {
  has([
    [
      'Graham Lee, a senior technology consultant at Sophos, said the attack was serious.',
      'Role: Graham Lee -> Sophos',
    ],
    [
      'Thomas Weber, a former contractor for the National Security Agency, was charged.',
      'Role: Thomas Weber -> National Security Agency',
    ],
  ]);
});

describe('"Hackers said they …" names no one; \'calling itself the "X"\' names a group', () => {
  has([
    [
      'Pretoria said the company was hit. A group calling itself the "Shadow Rand Hackers" said it had compromised the servers of Transnet.',
      'Cyberattack: Shadow Rand Hackers -> Transnet',
    ],
  ]);
  hasNot([
    [
      'Israel said its sites were attacked. Hackers said they had knocked offline the websites of the Defence Ministry and the Education Ministry.',
      'Cyberattack: Israel -> Israeli Defence Ministry',
    ],
  ]);
});

describe('"A and B, which the FBI blamed for …": the relative clause\'s subject past its article; loader gangs known', () => {
  has([
    [
      'Researchers tracked Sandworm and APT28, which the FBI blamed for attacks.',
      'Accusation: FBI -> Sandworm',
    ],
    [
      'Researchers tracked Qakbot and SystemBC, which the FBI blamed for ransomware attacks.',
      'Accusation: FBI -> Qakbot',
    ],
  ]);
});

describe('a list of portfolios inside a body\'s name ("Ministry of Economy, Trade and Industry")', () => {
  has([
    [
      "Japan's Ministry of Economy, Trade and Industry said on Tuesday it had asked the firm for a report.",
      'Statement: Japanese Ministry of Economy, Trade and Industry -> null',
    ],
  ]);
  hasNot([
    [
      'The Ministry of Defence, Britain and France said the attack was serious.',
      'Statement: Ministry of Defence, Britain and France -> null',
    ],
  ]);
});

describe('"Bahrain Watch": a country\'s name and one organisation word name an organisation', () => {
  has([
    [
      'Maria Lopez, a founding member of Honduras Watch, said the software was used.',
      'Role: Maria Lopez -> Honduras Watch',
    ],
  ]);
  hasNot([
    [
      'Maria Lopez, a founding member of Honduras Watch, said the software was used.',
      'Role: Maria Lopez -> Honduras',
    ],
  ]);
});

describe('a title word right after a given name, ending the name, is a surname ("Eric King")', () => {
  has([
    [
      '"This is wrong," said Eric King, a researcher at Privacy International.',
      'Statement: Eric King -> null',
    ],
  ]);
  hasNot([["Saudi Arabia's King Salman met Mike Pompeo in Jeddah.", 'Statement: Arabia King -> null']]);
});

describe('fixes from the seventh review: only hackers make "they" no one; a country and only a watchdog\'s word; no list of separate bodies', () => {
  has([
    [
      'Germany summoned the Russian ambassador. Ministers said they would impose sanctions on Moscow over the hack.',
      'Sanction: Germany -> Russia',
    ],
  ]);
  hasNot([
    [
      'Israel Radio reported that Iranian hackers had breached the water authority.',
      'Statement: Israel Radio -> null',
    ],
    [
      'The Ministry of Interior, Police and Customs officials said the suspects were arrested.',
      'Statement: Ministry of Interior, Police and Customs -> null',
    ],
    [
      'Microsoft and Mandiant tracked Ukraine and Sandworm, which the NSA blamed for the blackouts.',
      'Accusation: National Security Agency -> Ukraine',
    ],
    [
      'The Mariposa County sheriff said the wildfire had forced thousands to evacuate.',
      'Statement: Mariposa -> null',
    ],
  ]);
});

describe('"X was arrested in Moscow", "charged in the United States": the state where it happened acts', () => {
  has([
    [
      'Dmitry Orlov was arrested in Moscow in December on treason charges.',
      'LegalAction: Russia -> Dmitry Orlov',
    ],
    [
      'Maksym Koval was charged in the United States with 26 counts including fraud.',
      'LegalAction: United States -> Maksym Koval',
    ],
  ]);
  hasNot([['Dmitry Orlov was charged with treason in Moscow.', 'LegalAction: Russia -> Dmitry Orlov']]);
});

describe('a website is where an attack lands: "the websites of X", a victim inside "knocked … offline", "took down … websites"', () => {
  has([
    [
      'Hackers known as Brutelion attacked the websites of Kestrova and Valmondi, two payment processors.',
      'Cyberattack: Brutelion -> Kestrova',
    ],
    [
      'Hackers known as Brutelion attacked the websites of Kestrova and Valmondi, two payment processors.',
      'Cyberattack: Brutelion -> Valmondi',
    ],
    [
      'The hacking group Brutelion knocked the website of the Interior Ministry offline on Sunday.',
      'Cyberattack: Brutelion -> Interior Ministry',
    ],
    [
      'The hacking group Brutelion took down the websites of the governments of Peru and Bolivia.',
      'Cyberattack: Brutelion -> Bolivia',
    ],
  ]);
  hasNot([
    [
      'Europol said police took down the servers of Brutelion in the Netherlands.',
      'Cyberattack: Europol -> Brutelion',
    ],
    [
      'The hacking group Brutelion deployed Kestrova ransomware against the Interior Ministry.',
      'Cyberattack: Brutelion -> Kestrova',
    ],
  ]);
});

describe('a time between the auxiliary and the verb is no subject ("has in recent months targeted")', () => {
  has([
    [
      'Hackers known as Brutelion have in recent months breached the Interior Ministry.',
      'Cyberattack: Brutelion -> Interior Ministry',
    ],
    [
      'Kestrova Labs said Sandworm had over the past two years breached the Defence Ministry.',
      'Accusation: Kestrova Labs -> Sandworm',
    ],
  ]);
  hasNot([
    ['Analysts said hackers breached the Interior Ministry.', 'Cyberattack: Analysts -> Interior Ministry'],
  ]);
});

describe('a name before a role word and a person\'s name is where the role is held ("Pirate Bay co-founder X"), hyphenated role words too', () => {
  has([
    [
      'A Danish court sentenced Harbour Net co-founder Tomas Horak to three years in prison.',
      'LegalAction: Danish Court -> Tomas Horak',
    ],
    [
      'A Danish court sentenced Harbour Net co-founder Tomas Horak to three years in prison.',
      'Role: Tomas Horak -> Harbour Net',
    ],
  ]);
  hasNot([
    [
      'A Danish court sentenced Harbour Net co-founder Tomas Horak to three years in prison.',
      'LegalAction: Danish Court -> Harbour Net',
    ],
    ['Presidential spokesman Harry Roque said the claims were false.', 'Role: Harry Roque -> Presidential'],
  ]);
});

describe('a city\'s prosecutors are a body of their own ("the Paris prosecutor\'s office", "prosecutors in Bari")', () => {
  has([
    [
      "The Lyon prosecutor's office said it had opened an investigation into the attack.",
      'Statement: Lyon prosecutors -> null',
    ],
    [
      'The hospital said prosecutors in Turin had charged Marco Bellini with extortion.',
      'LegalAction: Turin prosecutors -> Marco Bellini',
    ],
    [
      "The Paris prosecutor's office said the hackers were still at large.",
      'Statement: Paris prosecutors -> null',
    ],
  ]);
  hasNot([
    ["The Paris prosecutor's office said the hackers were still at large.", 'Statement: France -> null'],
    [
      'U.S. prosecutors in Manhattan charged Marco Bellini with fraud.',
      'LegalAction: Manhattan prosecutors -> Marco Bellini',
    ],
    ['Federal prosecutors said Marco Bellini had run the scheme.', 'Statement: Federal prosecutors -> null'],
    [
      "Anna Weber, a spokeswoman for the Mainz prosecutors' Cybercrime Centre, said the suspect was held.",
      'Statement: Mainz prosecutors -> null',
    ],
  ]);
});

describe('"was not responsible" denies; a possessor is no subject: "Turkey\'s main opposition party … called on the government"', () => {
  has([
    [
      'Brutelion said the group known as Sandworm was not responsible for the outage.',
      'Denial: Brutelion -> null',
    ],
    [
      "Ghana's main opposition Democratic Renewal Party (DRP) criticised the plan and called on the government to withdraw it.",
      'Demand: Democratic Renewal Party -> Ghana',
    ],
  ]);
  hasNot([
    ['Mandiant said Sandworm was not responsible for the outage.', 'Accusation: Mandiant -> Sandworm'],
    [
      '"If the government is not behind these attacks, it should find out who is," said Maria Ortega, a researcher.',
      'Denial: Maria Ortega -> null',
    ],
    [
      "Ghana's main opposition Democratic Renewal Party (DRP) criticised the plan and called on the government to withdraw it.",
      'Statement: Ghana -> null',
    ],
  ]);
});

describe('a possessive after a word for people stays inside a name that ends in an organisation word', () => {
  has([
    [
      "The opposition People's Progress Party said the vote was rigged.",
      "Statement: People's Progress Party -> null",
    ],
    ["The Women's Rights Network said the spyware was used.", "Statement: Women's Rights Network -> null"],
  ]);
  hasNot([
    ["The opposition People's Progress Party said the vote was rigged.", 'Statement: Progress Party -> null'],
  ]);
});

describe('"linked X and Y to attacks on Z": a bare plural after "to" is an incident, not an infinitive', () => {
  has([
    [
      'Kestrova Labs has linked Sandworm and Turla to attacks on banks in Poland.',
      'Accusation: Kestrova Labs -> Sandworm',
    ],
    [
      'Kestrova Labs has linked Sandworm and Turla to attacks on banks in Poland.',
      'Accusation: Kestrova Labs -> Turla',
    ],
    ['Kestrova Labs tied Sandworm to breaches at Velmora Bank.', 'Cyberattack: Sandworm -> Velmora Bank'],
  ]);
  hasNot([
    ['Kestrova Labs tied Sandworm to breaches at Velmora Bank.', 'Accusation: Kestrova Labs -> Velmora Bank'],
  ]);
});

describe('a hacking group\'s country is not the country whose bare "the Interior Ministry" is meant', () => {
  hasNot([
    [
      'Kestrova Labs tied Sandworm to attacks on the Interior Ministry.',
      'Cyberattack: Sandworm -> Russian Interior Ministry',
    ],
  ]);
  has([
    [
      'Russia said hackers had tried to break in. The Interior Ministry said the attack failed.',
      'Statement: Russian Interior Ministry -> null',
    ],
  ]);
});

describe("a state title past a dateline's dash keeps the sentence's case; \"Attorney-General\" serves the story's state", () => {
  has([
    [
      'OSLO (Reuters) - Government spokesman Erik Dahl said the attack was serious.',
      'Role: Erik Dahl -> Norway',
    ],
    [
      'CANBERRA (Reuters) - Attorney-General Mark Dreyfus described the report as unfounded.',
      'Role: Mark Dreyfus -> Australia',
    ],
  ]);
  hasNot([['Government spokesman Erik Dahl said the attack was serious.', 'Role: Erik Dahl -> Norway']]);
});

describe('"the library\'s chief executive": a possessor named by a word of an organisation just named', () => {
  has([
    [
      "The Harwick Library said it had been hit. Jane Moss, the library's chief executive, said staff were shocked.",
      'Role: Jane Moss -> Harwick Library',
    ],
    [
      "The Association of Banks of Peru said the system held. The association's president, Luis Ortega, said no bank was immune.",
      'Role: Luis Ortega -> Association of Banks of Peru',
    ],
  ]);
  hasNot([
    [
      "The Harwick Library said it had been hit. Jane Moss, the city's mayor, said staff were shocked.",
      'Role: Jane Moss -> Harwick Library',
    ],
  ]);
});

describe('"Chief executive X said": a company\'s office opening a sentence is held in the organisation in focus', () => {
  has([
    [
      'Velmora Bank said its systems were restored. Chief executive Tomas Horak said no data was lost.',
      'Role: Tomas Horak -> Velmora Bank',
    ],
  ]);
  hasNot([
    ['Chief executive Tomas Horak said no data was lost.', 'Role: Tomas Horak -> null'],
    [
      'Velmora Bank said its systems were restored. Police said chief executive Tomas Horak was questioned.',
      'Role: Tomas Horak -> Velmora Bank',
    ],
  ]);
});

describe('"a director at the foundation": "the" and the last word of an organisation just named; "outside the court" is a place', () => {
  has([
    [
      'The Harwick Foundation said it had helped. Tomas Horak, a director at the foundation, said the servers were seized.',
      'Role: Tomas Horak -> Harwick Foundation',
    ],
  ]);
  hasNot([
    [
      'The Oslo District Court convicted the hacker. "This was planned," prosecutor Maria Berg told reporters outside the court.',
      'Statement: Maria Berg -> Oslo District Court',
    ],
    [
      'The Harwick Foundation said it had helped. Tomas Horak, a director at the foundation that runs the park, said the servers were seized.',
      'Role: Tomas Horak -> Harwick Foundation',
    ],
  ]);
});

describe('"The X attack, which U.S. officials blamed on North Korea, hit …": a relative clause with its own subject is skipped whatever its antecedent', () => {
  has([
    [
      'The Glasswing attack, which U.S. officials blamed on North Korea, hit 150 countries. Among the victims were carmaker Renault and logistics firm FedEx.',
      'Cyberattack: North Korea -> FedEx',
    ],
  ]);
  hasNot([
    [
      'The Glasswing attack, which U.S. officials blamed on North Korea, hit 150 countries. Among the victims were carmaker Renault and logistics firm FedEx.',
      'Cyberattack: United States -> FedEx',
    ],
  ]);
});

describe('"Minister for Home Affairs Clare O\'Neil": a portfolio after "for" is an office whatever its words', () => {
  has([
    [
      "CANBERRA (Reuters) - Minister for Home Affairs Clare O'Neil said the attack was serious.",
      "Role: Clare O'Neil -> Australia",
    ],
    [
      "Singapore's Minister for Digital Development and Information Josephine Teo said the attack was serious.",
      'Statement: Josephine Teo -> null',
    ],
    [
      'Minister for International Development and the Pacific Pat Conroy said the recovery would take weeks.',
      'Statement: Pat Conroy -> null',
    ],
  ]);
  hasNot([
    [
      "Singapore's Minister for Digital Development and Information Josephine Teo said the attack was serious.",
      'Statement: Digital Development -> null',
    ],
  ]);
});

describe('fixes from the review of this round: takedowns, sources, incidents with no one linked, regions, two firms, short acronyms', () => {
  hasNot([
    [
      'The FBI took down the website of the BreachForums hacking forum on Wednesday.',
      'Cyberattack: FBI -> BreachForums',
    ],
    [
      'Russian authorities took down the websites of the broadcaster Dozhd and the radio station Ekho Moskvy.',
      'Cyberattack: Russia -> Ekho Moskvy',
    ],
    [
      'Lazarus Group has stolen more than $3 billion in cryptocurrency, according to the blockchain analysis firm Chainalysis.',
      'Cyberattack: Lazarus Group -> Chainalysis',
    ],
    [
      'Police tied the gang to attacks on cash machines in Germany and the Netherlands.',
      'Cyberattack: Germany -> Netherlands',
    ],
    [
      'Researchers linked the spyware to attacks on phones of Egyptian opposition politician Ahmed Tantawy.',
      'Cyberattack: Egypt -> Ahmed Tantawy',
    ],
    [
      'Kaspersky has linked Lazarus to attacks on banks in Asia and Latin America.',
      'Cyberattack: Lazarus Group -> United States',
    ],
    [
      'Kaspersky has linked Lazarus to attacks on banks in Asia and Latin America.',
      'Cyberattack: Lazarus Group -> Latin America',
    ],
    [
      'Visa and Mastercard said they were suspending operations in Russia. Chief executive Michael Miebach said Mastercard would stand with Ukraine.',
      'Role: Michael Miebach -> Visa',
    ],
    [
      'FCA, the carmaker formed by the merger of Fiat and Chrysler, said it would pay the fine.',
      'Statement: Financial Conduct Authority -> null',
    ],
  ]);
  has([
    [
      "Russian hackers took down the websites of Estonia's parliament and two banks.",
      'Cyberattack: Russia -> Estonian Parliament',
    ],
    [
      'Lazarus Group has stolen more than $3 billion in cryptocurrency, according to the blockchain analysis firm Chainalysis.',
      'Accusation: Chainalysis -> Lazarus Group',
    ],
  ]);
});

describe('"itself a victim of hacking by X and Y", "a victim of US cyberattacks": the speaker names the attackers', () => {
  has([
    [
      'Venezuela says it is itself the main victim of hacking by the United States and Colombia.',
      'Accusation: Venezuela -> Colombia',
    ],
    [
      'Venezuela says it is itself the main victim of hacking by the United States and Colombia.',
      'Cyberattack: United States -> Venezuela',
    ],
    [
      'Maria Zakharova said Russia is itself a victim of US cyberattacks.',
      'Accusation: Maria Zakharova -> United States',
    ],
  ]);
  hasNot([['Russia is itself a victim of US cyberattacks.', 'Accusation: Russia -> United States']]);
});

describe('"Zservers, another Russian host they accused of …": "another" opens a describing apposition too', () => {
  has([
    [
      'Britain and Australia sanctioned Velmora Hosting, another Russian host they accused of supporting LockBit.',
      'Accusation: Australia -> Velmora Hosting',
    ],
    [
      'Britain and Australia sanctioned Velmora Hosting, another Russian host they accused of supporting LockBit.',
      'Accusation: United Kingdom -> Velmora Hosting',
    ],
  ]);
});

describe('"the hackers" point back to a hacking group, not to a military unit that helped the victim', () => {
  hasNot([
    [
      "The U.S. Cyber Command's Cyber National Mission Force helped Albania investigate the attack. The hackers, whom Albania said were Iranian, wiped government servers.",
      'Accusation: Albania -> Cyber National Mission Force',
    ],
  ]);
});

describe('", months after blaming Russia": a participle after "after", "before" or "while" is the sentence subject\'s', () => {
  has([
    [
      'Finland says Chinese hackers breached parliament email, months after blaming Russia for an earlier attack.',
      'Accusation: Finland -> Russia',
    ],
  ]);
  hasNot([
    [
      'Finland says Chinese hackers breached parliament email, months after blaming Russia for an earlier attack.',
      'Accusation: China -> Russia',
    ],
  ]);
});

describe('"the National High Tech Crime Unit", "the Reverend X", "Heathrow": a unit is a state body, "Reverend" an honorific, the airport by its short name', () => {
  has([
    [
      "The Dutch police's National High Tech Crime Unit said it had worked with the NCA.",
      'Statement: National High Tech Crime Unit -> null',
    ],
    [
      'His father, the Reverend Tomas Horak, a prison chaplain, said the family was devastated.',
      'Statement: Tomas Horak -> null',
    ],
    ['Heathrow said some flights were delayed after the attack.', 'Statement: Heathrow Airport -> null'],
  ]);
  hasNot([
    [
      "The Dutch police's National High Tech Crime Unit said it had worked with the NCA.",
      'Statement: Dutch National Police -> null',
    ],
  ]);
});

describe('"working with law enforcement agencies in Canada and the United States": the partner past a few words of its kind', () => {
  has([
    [
      'Velmora Bank said it was working with law enforcement agencies in Canada and the United States.',
      'CooperationOffer: Velmora Bank -> Canada',
    ],
    [
      'Velmora Bank said it was working with law enforcement agencies in Canada and the United States.',
      'CooperationOffer: Velmora Bank -> United States',
    ],
  ]);
  hasNot([
    [
      'Velmora Bank said it was working in cooperation with a foreign partner, which Danish media identified as the NSA.',
      'CooperationOffer: Velmora Bank -> Denmark',
    ],
  ]);
});

describe('"charged a former Samsung engineer": a firm that only describes the one charged is no defendant', () => {
  hasNot([
    ['The FBI charged a former Samsung engineer with theft of trade secrets.', 'LegalAction: FBI -> Samsung'],
    ['The FBI arrested an Acme Bank employee over the leak.', 'LegalAction: FBI -> Acme Bank'],
  ]);
  has([['The FBI charged Samsung with theft of trade secrets.', 'LegalAction: FBI -> Samsung']]);
});

describe('"a man suspected of planning an attack on X had been arrested": a name inside the offence is not the one arrested', () => {
  hasNot([
    [
      "The Berlin prosecutor's office said a man suspected of planning an attack on the Israeli embassy had been arrested.",
      'LegalAction: Berlin prosecutors -> Israeli Embassy',
    ],
  ]);
  has([
    [
      'Five members of APT41 were charged by the Justice Department.',
      'LegalAction: Justice Department -> APT41',
    ],
  ]);
});

describe('a list has one "and": ", and" after it opens a clause ("… Samsung and Microsoft, and British police arrested …")', () => {
  hasNot([
    [
      'Researchers linked the Lapsus$ gang to attacks on Nvidia, Samsung and Microsoft, and British police arrested seven teenagers.',
      'Cyberattack: Lapsus$ -> British Police',
    ],
    [
      'Lapsus$ hacked Nvidia and Samsung, and British police arrested seven teenagers.',
      'Cyberattack: Lapsus$ -> British Police',
    ],
  ]);
  has([['Lapsus$ hacked Nvidia, Samsung and Microsoft.', 'Cyberattack: Lapsus$ -> Microsoft']]);
});

describe('fixes from the second review of this round: attacks of any kind, speakers before "after", kinds of partner, offices, a state body\'s officer', () => {
  hasNot([
    [
      "Ukraine's president said Kyiv was the victim of a massive missile attack by Russia overnight.",
      'Cyberattack: Russia -> Ukraine',
    ],
    [
      "Pakistan's information minister said the country was a victim of a disinformation campaign by India.",
      'Cyberattack: India -> Pakistan',
    ],
    [
      '"Russia attacked our grid," Ukraine\'s energy minister said, hours after accusing Belarus of helping Moscow.',
      'Accusation: Russia -> Belarus',
    ],
    [
      'Amnesty International said it was working with the families of victims in Gaza and Lebanon to document the strikes.',
      'CooperationOffer: Amnesty International -> Lebanon',
    ],
    [
      "Manchester City beat Arsenal 2-0 on Sunday. The city's mayor Andy Burnham said the parade would go ahead.",
      'Role: Andy Burnham -> Manchester City',
    ],
    [
      "Britain imposed sanctions on Iran's Central Bank, another step it said would increase pressure on Tehran.",
      'Accusation: United Kingdom -> Central Bank of Iran',
    ],
  ]);
  has([
    [
      'Iran says it is itself the main victim of cyberattacks by the United States and Israel.',
      'Accusation: Iran -> Israel',
    ],
    [
      'U.S. prosecutors indicted a GRU officer over the hacking of the Democratic National Committee.',
      'LegalAction: United States -> GRU',
    ],
  ]);
});

describe('parties, universities and hospitals the gazetteer knows by their short names', () => {
  has([
    [
      'The SNP said the breach of its membership database was serious.',
      'Statement: Scottish National Party -> null',
    ],
    [
      'Anonymous hacked the website of Ruhr-Universität Bochum.',
      'Cyberattack: Anonymous -> Ruhr University Bochum',
    ],
  ]);
});
