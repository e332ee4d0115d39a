// A deterministic generator of attribution-news articles for benchmarks: templates of the sentence
// shapes the extractor reads (accusations, denials, indictments, sanctions, reports, talks, quotes,
// titles, acronyms, page furniture), filled with varied names, plus the five seed articles.
//
//   generateCorpus({ articles: 2000, seed: 1 }) -> [{ file, text }, ...]   (~500 words per article)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seededRandom } from '../src/util/seeded-random.js';

export interface CorpusFile {
  file: string;
  text: string;
}

const SEEDS = join(dirname(fileURLToPath(import.meta.url)), '..', 'seeds');

const COUNTRIES: [string, string, string][] = [
  ['China', 'Chinese', 'Beijing'],
  ['Russia', 'Russian', 'Moscow'],
  ['Iran', 'Iranian', 'Tehran'],
  ['North Korea', 'North Korean', 'Pyongyang'],
  ['the United States', 'American', 'Washington'],
  ['Britain', 'British', 'London'],
  ['Germany', 'German', 'Berlin'],
  ['France', 'French', 'Paris'],
  ['Israel', 'Israeli', 'Jerusalem'],
  ['Vietnam', 'Vietnamese', 'Hanoi'],
  ['Ukraine', 'Ukrainian', 'Kyiv'],
  ['Australia', 'Australian', 'Canberra'],
];
const FIRST = [
  'Anna',
  'Boris',
  'Chen',
  'David',
  'Elena',
  'Farid',
  'Grace',
  'Hiro',
  'Ivan',
  'Julia',
  'Kamal',
  'Laura',
  'Mikhail',
  'Nadia',
  'Omar',
  'Priya',
  'Quentin',
  'Rosa',
  'Sergei',
  'Tomas',
  'Ursula',
  'Viktor',
  'Wei',
  'Yusuf',
  'Zara',
];
const LAST = [
  'Abbott',
  'Borisov',
  'Carter',
  'Dmitriev',
  'Evans',
  'Fischer',
  'Gallagher',
  'Hosseini',
  'Ivanova',
  'Jensen',
  'Kim',
  'Li',
  'Morales',
  'Novak',
  'Okafor',
  'Petrov',
  'Quinn',
  'Rahimi',
  'Santos',
  'Tanaka',
  'Ueda',
  'Volkov',
  'Wang',
  'Xu',
  'Zhou',
];
const TITLES = [
  'Foreign Minister',
  'President',
  'Prime Minister',
  'Defence Secretary',
  'Attorney General',
  'Ambassador',
  'Deputy Director',
];
const AGENCIES = [
  'Justice Department',
  'Treasury Department',
  'State Department',
  'FBI',
  'National Cyber Security Centre',
  'European Council',
  'Ministry of State Security',
  'Foreign Ministry',
];
const COMPANIES = [
  'Mandiant',
  'CrowdStrike',
  'Microsoft',
  'Kaspersky',
  'ESET',
  'Recorded Future',
  'Symantec',
  'Secureworks',
];
const NEW_FIRMS = [
  'Northwind Security',
  'Bluefin Labs',
  'Quarry Analytics',
  'Harbor Networks',
  'Kestrel Systems',
  'Lumen Shield',
];
const GROUPS = [
  'APT28',
  'Fancy Bear',
  'Cozy Bear',
  'Sandworm',
  'Lazarus Group',
  'Charming Kitten',
  'APT41',
  'Turla',
  'Kimsuky',
  'MuddyWater',
  'APT10',
  'Volt Typhoon',
];
const VICTIMS = [
  'Sony Pictures',
  'SolarWinds',
  'Equifax',
  'Anthem',
  'the Democratic National Committee',
  'Colonial Pipeline',
  'Maersk',
  'the Office of Personnel Management',
  'a regional power utility',
  'several defence contractors',
];
const SECTORS = ['energy', 'defence', 'health care', 'telecommunications', 'shipping', 'banking', 'election'];

const SENTENCES: string[] = [
  '{Agency} accused {Country} of orchestrating the breach of {Victim}, which exposed the records of millions of people.',
  '{Country} has repeatedly denied being behind the attack on {Victim} and called the allegations "groundless".',
  'Hackers known as {Group} were blamed for a series of intrusions into {sector} networks across {Country2}.',
  '{Title} {Person} said in a statement that {Country2} "will not tolerate" attacks on its {sector} sector.',
  '"We have clear evidence of who is responsible," {Person}, a spokesman for the {Agency}, told reporters.',
  'A report published by {Company} on Tuesday attributed the campaign to {Group}, a group it links to the {Demonym} government.',
  'The {Agency} charged five {Demonym} military intelligence officers with hacking {Victim}.',
  'The Treasury Department imposed sanctions on {NewFirm}, a front company that allegedly laundered proceeds for {Group}.',
  'According to {Company}, the suspected {Demonym} operation targeted at least forty organisations in {Country2}.',
  '{Country} and {Country2} held talks in {Capital} on cyber norms and agreed to set up a working group.',
  'Officials in {Capital} dismissed the accusations, saying {Country2} was itself "the world\'s biggest hacking empire".',
  'The {Agency} urged {Country} to stop the attacks and to hand over the suspects.',
  'Researchers at {NewFirm} said the malware shared code with tools previously used by {Group}.',
  '{Person} added that the investigation was continuing and that more charges could follow.',
  'The Kremlin did not hack anyone, {Person} insisted, and no evidence had been presented.',
  'The European Union expelled three diplomats after investigators tied the intrusion to {Group}.',
  '{Company} said it had notified customers in the {sector} sector who may have been affected.',
  'It was not the first time {Country} had been linked to attacks on {Victim}: a similar breach was reported two years ago.',
  '{Demonym} state media quoted {Person} as saying the claims were "fabricated" and politically motivated.',
  'The two countries signed a memorandum on information security during the summit, officials said.',
  '{Title} {Person} met {Person2} on the sidelines of the conference and raised concerns about the hacking.',
  'Analysts believe the group, also tracked as {Group}, has been active since at least 2014.',
  'The agency said it was ready to cooperate with {Country2} on the investigation.',
  'In a joint advisory, the {Agency} and {Agency2} warned that {Group} was exploiting a flaw in widely used routers.',
];
const FURNITURE = [
  'Recent Posts',
  '{Company} Warns Of New Phishing Wave',
  '{Country} Hit By Ransomware Attack, Says {Agency}',
  'Subscribe to our newsletter for the latest security news.',
  'About the author: {Person} is a freelance technology writer.',
];

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)]!;
}

function fill(template: string, r: () => number): string {
  const [country, demonym, capital] = pick(r, COUNTRIES);
  let [country2] = pick(r, COUNTRIES);
  if (country2 === country) country2 = country === 'China' ? 'the United States' : 'China';
  const person = () => `${pick(r, FIRST)} ${pick(r, LAST)}`;
  const agency = pick(r, AGENCIES);
  let agency2 = pick(r, AGENCIES);
  if (agency2 === agency) agency2 = 'FBI';
  const values: Record<string, string> = {
    Country: country.replace(/^the /, 'The '),
    Country2: country2,
    Demonym: demonym,
    Capital: capital,
    Person: person(),
    Person2: person(),
    Title: pick(r, TITLES),
    Agency: agency,
    Agency2: agency2,
    Company: pick(r, COMPANIES),
    NewFirm: pick(r, NEW_FIRMS),
    Group: pick(r, GROUPS),
    Victim: pick(r, VICTIMS),
    sector: pick(r, SECTORS),
  };
  return template.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? k);
}

function article(r: () => number, index: number): CorpusFile {
  const headline = fill(
    pick(r, [
      '{Country} Accused Of Hacking {Victim}',
      '{Agency} Charges {Demonym} Hackers',
      '{Company} Links {Group} To New Attacks',
      '{Country} Denies Role In Cyberattack',
    ]),
    r,
  );
  const paragraphs: string[] = [];
  let words = 0;
  while (words < 480) {
    const n = 2 + Math.floor(r() * 3);
    const para = Array.from({ length: n }, () => fill(pick(r, SENTENCES), r)).join(' ');
    words += para.split(/\s+/).length;
    paragraphs.push(para);
  }
  const furniture = Array.from({ length: 1 + Math.floor(r() * 3) }, () => fill(pick(r, FURNITURE), r));
  const text = `${headline}\n\n${paragraphs.join('\n\n')}\n\n${furniture.join('\n\n')}\n`;
  return { file: `gen_${String(index).padStart(6, '0')}.txt`, text };
}

/** `articles` generated articles (deterministic for a seed), then the seed articles when they are present. */
export function generateCorpus(opts: { articles: number; seed: number }): CorpusFile[] {
  const r = seededRandom(opts.seed);
  const out: CorpusFile[] = [];
  for (let i = 0; i < opts.articles; i++) out.push(article(r, i));
  if (existsSync(SEEDS)) {
    for (const f of readdirSync(SEEDS)
      .filter((x) => x.endsWith('.txt'))
      .sort())
      out.push({ file: `seed_${f}`, text: readFileSync(join(SEEDS, f), 'utf8') });
  }
  return out;
}
