// The knowledge base: ontology/*.json read once and compiled into lookup tables the passes share.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../errors.js';
import { ENTITY_TYPES, EVENT_CLASSES, type EntityType, type EventClass, type Hedge } from '../model/types.js';
import { fold, tokenize } from './tokens.js';

export interface ActorEntry {
  id: string;
  label: string;
  type: EntityType;
  aliases: string[];
  country?: string;
  media?: boolean;
}

export interface CountryEntry {
  id: string;
  name: string;
  shortForms: string[];
  /** "the North" once the story has named North Korea: short forms only a story's context resolves. */
  storyForms: string[];
  /** Countries one of which the story must also name for them ("the North" beside South Korea). */
  storyPartners: string[];
  demonyms: string[];
  capitals: string[];
}

/** What a known name stands for. */
export interface NameHit {
  kind: 'actor' | 'country';
  ref: string;
  form: 'name' | 'alias' | 'demonym' | 'metonym' | 'story';
}

/** A compiled token pattern: each slot is a set of folded words; null is the gap ('...'). */
export type Slot = ReadonlySet<string> | null;

export interface TriggerPattern {
  cls: EventClass;
  frame: string;
  confidence: number;
  pos: 'verb' | 'noun' | 'phrase' | 'word';
  slots: Slot[];
  /** Surface forms that are past participles (for passive detection). */
  participles: ReadonlySet<string>;
  /** Most words the gap may span: '...' is 4, '...10' is 10 ("blamed the attack that shut down X on Y"). */
  gap: number;
}

interface NameEntry {
  tokens: string[];
  /** Per token: must the text token start with a capital? */
  capReq: boolean[];
  /** Per token: must the text token match case exactly (acronyms)? */
  exact: string[] | null;
  hit: NameHit;
}

export interface KnowledgeBase {
  actors: Map<string, ActorEntry>;
  countries: Map<string, CountryEntry>;
  /** Country id by folded demonym ("chinese" -> china). */
  demonymOf: Map<string, string>;
  /** Every word of the gazetteer's descriptions ("military", "intelligence", "agency"): words that tell bodies apart. */
  descriptionWords: Set<string>;
  names: Map<string, NameEntry[]>;
  /** Known people by the last word of any of their names of two words or more, with those names. */
  personParts: Map<string, { id: string; names: string[] }[]>;
  titles: Map<string, string[][]>;
  /** A title that names its office without a country ("Foreign Secretary"): the gazetteer actor or country holding it. */
  titleHolders: Map<string, string>;
  triggers: Map<string, TriggerPattern[]>;
  hedges: Map<string, Hedge>;
  hedgeConfidence: Record<Hedge, number>;
  negations: Set<string>;
  /** Negations that withhold ("declined to say who was responsible"): nothing asserted, nothing denied. */
  withholdings: Set<string>;
  /** Folded given names ("sergei", "hamid"): an unknown name that starts with one is a person's. */
  givenNames: Set<string>;
  /** Folded surnames written first ("wang", "kim", "nguyen"): so is one that starts with one of these. */
  surnamesFirst: Set<string>;
  words: {
    roleNouns: Set<string>;
    honorifics: Set<string>;
    orgHeads: Map<string, EntityType>;
    /** Heads that end an organisation's name only written with a capital ("National High Tech Crime Unit", not "a hacking unit"). */
    namedOrgHeads: Map<string, EntityType>;
    orgHeadsTakingComplement: Set<string>;
    connectors: Set<string>;
    companyDescriptors: Set<string>;
    orgDescriptors: Set<string>;
    opinionNouns: Set<string>;
    accusationNouns: Set<string>;
    /** Verb forms of an analytic judgement ("assessed", "concluded"): a finding, not speech. */
    judgementVerbs: Set<string>;
    /** Verb forms by which an analyst states an attribution; with a judgement verb, an organisation's finding is a Report. */
    findingVerbs: Set<string>;
    /** "a group Microsoft calls/tracks as X": the namer publishes on the group. */
    namingReportVerbs: Set<string>;
    /** "drone and missile attacks": an attack word with these before it is no cyberattack. */
    kineticModifiers: Set<string>;
    /** "targeted X in a strike": words of physical harm near an attack word; a person then is no cyber victim. */
    physicalHarm: Set<string>;
    /** "a statement by X": nouns whose "by" names the authors, who then speak. */
    authoredNouns: Set<string>;
    /** Number words: "six Chinese nationals" counts people of a nationality. */
    quantifiers: Set<string>;
    /** "charged Park Jin Hyok": after these, an unknown capitalised name is a person. */
    prosecutionVerbs: Set<string>;
    /** Words of a legal action that states an accusation (not an arrest or a sentence). */
    chargingWords: Set<string>;
    /** "nine", "two": the number a word counts ("the nine men"). */
    countWords: Map<string, number>;
    /** "the nine men", "two Chinese nationals": nouns that, counted, name a group of defendants. */
    defendantNouns: Set<string>;
    /** "the defendants", "the men": nouns that, uncounted after "the", still name a story's defendants. */
    defendantReferences: Set<string>;
    /** "three Russian diplomats": counted people who stand for their state. */
    envoyNouns: Set<string>;
    /** Missions abroad ("embassy"): named with their host city, they are bodies of their own. */
    missionNouns: Set<string>;
    /** Lower-case particles inside a person's name ("van", "bin"). */
    nameParticles: Set<string>;
    /** Month names and their abbreviations, as datelines write them. */
    months: Set<string>;
    /** "malware called Taxhaul", "a wiper known as Industroyer": nouns for what attackers use, no actor. */
    toolNouns: Set<string>;
    /** "on Monday", "last week": words that say when, after a verb's object. */
    timeWords: Set<string>;
    /** First words of a generic office name ("Foreign Ministry", "State Security Bureau"), which the country in focus runs. */
    genericBodyWords: Set<string>;
    /** "two nationals, A B and C D": nouns for people before a list of names. */
    peopleNouns: Set<string>;
    /** "prosecutors indicted", "a grand jury charged": who acts for the justice system already named. */
    prosecutorNouns: Set<string>;
    /** Words of a body's name that make it a prosecuting one ("Justice Department", "U.S. Attorney's Office"). */
    prosecutingBodyWords: Set<string>;
    /** State offices a firm has too ("its president"): they do not make "its" a state's. */
    firmOffices: Set<string>;
    /** "on behalf of X", "as part of X": X is whom an act serves or belongs to, not its victim. */
    principalNouns: Set<string>;
    /** "all members of Unit 74455": X is whom the people belong to (but "targeted members of the Bundestag"). */
    memberNouns: Set<string>;
    /** "members of X", "an affiliate of X": nouns that give the people named a role in X. */
    membershipNouns: Set<string>;
    /** "meet standards", "met expectations": things met, so no meeting of parties. */
    metThings: Set<string>;
    /** "an advisory describing its methods as …": participles that characterise, and report no clause. */
    characterisingForms: Set<string>;
    /** "keep attacking", "continued hacking": verbs of going on, after which a gerund is still a verb. */
    aspectualVerbs: Set<string>;
    /** "could start hacking": verbs of starting, after which, with a modal, the act is still to come. */
    startingVerbs: Set<string>;
    /** "if", "whether", "doubt": words that leave what follows in the clause unasserted. */
    conditionalWords: Set<string>;
    /** "told Russian reporters": the press, which a demonym before it does not make a party. */
    pressNouns: Set<string>;
    /** "issued/sent/shared an advisory": verbs that make their subject a document's author. */
    publishingVerbs: Set<string>;
    /** "announced sanctions": verbs whose object act is the event itself, not something said. */
    announcingVerbs: Set<string>;
    /** "prosecutors alleged that APT31 sent …": speech that accuses the subject of what it reports. */
    allegingVerbs: Set<string>;
    /** "cracks down on hacking", "disrupt the intrusions": verbs whose object attack is fought, not done. */
    counteringVerbs: Set<string>;
    /** "X, the senator who leads the Intelligence Committee": verbs of a relative clause that give a role. */
    leadingVerbs: Set<string>;
    /** "exploited a flaw in Microsoft Outlook": what an attack uses, whose maker is no victim. */
    flawNouns: Set<string>;
    /** "exploited it": attack verbs whose object is what is used (a flaw), never the victim. */
    toolVerbs: Set<string>;
    /** "China itself was a victim of hacking": the counter-claim of a denial, no attack told. */
    reflexivePronouns: Set<string>;
    /** "identified X as the culprit / the group behind": what an attribution by "as" must name. */
    culpritNouns: Set<string>;
    /** "alleged that APT31 sent malicious emails": words that make what is alleged a wrong. */
    maliceWords: Set<string>;
    /** "a Chinese national": one unnamed person of a nation, who does not stand for it. */
    personNouns: Set<string>;
    /** "the judge", "the court": who rules on charges, and accuses no one. */
    adjudicatorNouns: Set<string>;
    /** "disrupted operations at the plant": attack nouns with an everyday sense that no countering verb fights. */
    everydayAttackNouns: Set<string>;
    /** "Bahrain Watch": words that make a name of their own after a country's name. */
    countryOrgWords: Set<string>;
    /** "rejected any involvement", "dismissed any role": what a denial rejects besides an accusation. */
    involvementNouns: Set<string>;
    /** "the networks of X", "customers of X": what an attack reaches inside its victim. */
    victimNouns: Set<string>;
    /** "Home Affairs Minister", "Digital Secretary": offices named by a portfolio before them. */
    portfolioTitles: Set<string>;
    /** "the Petro Rabigh refinery": a name before one of these is a place or a firm, not a person. */
    facilityNouns: Set<string>;
    /** "the spokesman", "the minister": role words that point back to the person just named (not "the official"). */
    anaphoricRoles: Set<string>;
    /** "the agencies", "the two firms": the two institutions that last acted together. */
    groupNominals: string[][];
    /** Pair nominals that name two people or two countries, whichever the story was last about. */
    eitherPairNominals: Set<string>;
    /** "the two leaders", "the two men": pair nominals that point to two people, not two countries. */
    personPairNominals: Set<string>;
    /** Last words of titles of state office: held in the country in focus when no other is named. */
    stateOffices: Set<string>;
    unrealisedVerbs: Set<string>;
    /** "trying to", "hope to": an agreement or a meeting sought, not reached. */
    aspirationVerbs: Set<string>;
    /** "Assistant", "Acting": a rank before any title ("FBI Assistant Director X") is part of it. */
    titleRanks: Set<string>;
    /** "the commission", "the board": nominals that point back only to a name with that head word. */
    namedNominals: Set<string>;
    /** "tensions with", "relations with": a noun whose "with" names no partner of the event. */
    relationNouns: Set<string>;
    /** "withdrew from the nuclear deal": an agreement that is left or broken is no new one. */
    withdrawalVerbs: Set<string>;
    speakerRoles: Set<string>;
    /** "an independent French researcher": roles that a nationality does not make state service. */
    privateRoles: Set<string>;
    /** "next month's summit", "weeks before X hosts a summit": words of a meeting still to come. */
    comingWords: Set<string>;
    /** "Taipei calls it disinformation": verbs of naming before a dismissive word. */
    dismissingVerbs: Set<string>;
    /** "a Russian-speaking gang": words after a demonym and a hyphen that make it a language. */
    languageWords: Set<string>;
    /** "Those charged are A, B and C": participles after "those" that point back to a group of defendants. */
    rosterWords: Set<string>;
    /** "the attack that shut down X": verbs whose object an attack damages. */
    damageVerbs: Set<string>;
    /** "Berlin had not presented any evidence": verbs and nouns of an accusation left unproven. */
    evidenceVerbs: Set<string>;
    evidenceNouns: Set<string>;
    threatDescriptors: Set<string>;
    /** "the advisory said", "rejected the findings": one-word names of a report (from its trigger frame). */
    reportNouns: Set<string>;
    namingVerbs: string[][];
    /** "the firm", "the agency": the types of the entity a definite noun points back to. */
    nominals: Map<string, EntityType[]>;
    pairNominals: string[][];
    /** "prosecutors", "public prosecutor's office": a city's prosecuting body after (or before "in") its name. */
    localProsecutors: string[][];
    /** The words those phrases begin with, for a cheap first test. */
    localProsecutorStarts: Set<string>;
    /** "chief executive", "founder": a company's offices, which opening a sentence are held in the company in focus. */
    companyOffices: string[][];
    /** "took down the website of X": what a state does to seize or block, an attack only by hackers. */
    seizingVerbs: Set<string>;
    /** Roles held in a place or a movement ("the city's mayor", "the union's leader"), no firm's office. */
    placeRoles: Set<string>;
    countryGroupNouns: Set<string>;
    hackerNouns: Set<string>;
    sponsorSuffixes: Set<string>;
    personPronouns: Set<string>;
    thingPronouns: Set<string>;
    pluralPronouns: Set<string>;
    locatives: Set<string>;
    prepositions: Set<string>;
    subordinators: Set<string>;
    functionWords: Set<string>;
    abbreviations: Set<string>;
  };
  threatGroupPatterns: RegExp[];
  militaryUnitPatterns: RegExp[];
}

function readJson(dir: string, file: string): Record<string, unknown> {
  const path = join(dir, file);
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch {
    throw new InputError(path, 'cannot read ontology file');
  }
  try {
    const v: unknown = JSON.parse(raw);
    if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new Error('not an object');
    return v as Record<string, unknown>;
  } catch (e) {
    throw new InputError(path, `not valid JSON (${(e as Error).message})`);
  }
}

function strings(v: unknown, where: string, path: string): string[] {
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string'))
    throw new InputError(path, `${where} must be a list of strings`);
  return v as string[];
}

const CONSONANT_DOUBLING = /^[^aeiou]*[aeiou][bdgmnpt]$/;

/** Regular English inflections of a verb lemma (irregular forms come from the lexicon). */
export function verbForms(lemma: string): { forms: string[]; participles: string[] } {
  const l = lemma;
  const ed = l.endsWith('e')
    ? l + 'd'
    : /[^aeiou]y$/.test(l)
      ? l.slice(0, -1) + 'ied'
      : CONSONANT_DOUBLING.test(l)
        ? l + l.slice(-1) + 'ed'
        : l + 'ed';
  const s = /(s|sh|ch|x|z|o)$/.test(l) ? l + 'es' : /[^aeiou]y$/.test(l) ? l.slice(0, -1) + 'ies' : l + 's';
  const ing = /ie$/.test(l)
    ? l.slice(0, -2) + 'ying'
    : /[^e]e$/.test(l)
      ? l.slice(0, -1) + 'ing'
      : CONSONANT_DOUBLING.test(l)
        ? l + l.slice(-1) + 'ing'
        : l + 'ing';
  return { forms: [l, s, ed, ing], participles: [ed] };
}

function nounForms(n: string): string[] {
  if (n.endsWith('s')) return [n];
  return [n, /[^aeiou]y$/.test(n) ? n.slice(0, -1) + 'ies' : /(sh|ch|x|z)$/.test(n) ? n + 'es' : n + 's'];
}

const foldedTokens = (s: string): string[] => tokenize(s).map((t) => t.lower);

function compileNames(actors: ActorEntry[], countries: CountryEntry[]): Map<string, NameEntry[]> {
  const names = new Map<string, NameEntry[]>();
  const add = (surface: string, hit: NameHit) => {
    // "the Kremlin": the article is read as a determiner, not as part of the name.
    const toks = tokenize(surface.replace(/^the\s+/i, ''));
    if (!toks.length) return;
    const entry: NameEntry = {
      tokens: toks.map((t) => t.lower),
      capReq: toks.map((t) => t.cap),
      exact: toks.some((t) => t.allCaps) ? toks.map((t) => (t.allCaps ? t.text : '')) : null,
      hit,
    };
    const k = entry.tokens[0]!;
    const list = names.get(k) ?? [];
    const same = list.find((e) => e.tokens.join(' ') === entry.tokens.join(' ') && e.hit.ref === hit.ref);
    // "Chinese Embassy" and "Chinese embassy": one entry that needs only the capitals both forms have.
    // "NATO" and "Nato": the acronym's exact case is no longer required.
    if (same) {
      same.capReq = same.capReq.map((c, i) => c && entry.capReq[i]!);
      if (!entry.exact) same.exact = null;
    } else list.push(entry);
    names.set(k, list);
  };
  for (const c of countries) {
    add(c.name, { kind: 'country', ref: c.id, form: 'name' });
    for (const s of c.shortForms) add(s, { kind: 'country', ref: c.id, form: 'alias' });
    for (const s of c.storyForms) add(s, { kind: 'country', ref: c.id, form: 'story' });
    for (const d of c.demonyms) add(d, { kind: 'country', ref: c.id, form: 'demonym' });
    for (const cap of c.capitals) add(cap, { kind: 'country', ref: c.id, form: 'metonym' });
  }
  // British style writes pronounceable acronyms of institutions in title case: "Nato", "Cisa".
  const titleCase = (a: ActorEntry, s: string) =>
    /^[A-Z]{4,}$/.test(s) && a.type !== 'Company' && a.type !== 'ThreatGroup' && a.type !== 'Person'
      ? s[0] + s.slice(1).toLowerCase()
      : undefined;
  for (const a of actors) {
    add(a.label, { kind: 'actor', ref: a.id, form: 'name' });
    for (const s of a.aliases) add(s, { kind: 'actor', ref: a.id, form: 'alias' });
    for (const s of [a.label, ...a.aliases]) {
      const t = titleCase(a, s);
      if (t) add(t, { kind: 'actor', ref: a.id, form: 'alias' });
    }
  }
  for (const list of names.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return names;
}

/** Folded word forms of one alternative of a slot: inflected when it is a verb or noun. */
function slotForms(
  lemma: string,
  irregular: string[],
  inflectVerb: boolean,
  inflectNoun: boolean,
  participles: Set<string>,
): string[] {
  const out = new Set<string>([lemma]);
  if (inflectVerb) {
    const v = verbForms(lemma);
    v.forms.forEach((f) => out.add(f));
    v.participles.forEach((f) => participles.add(f));
  }
  if (inflectNoun) nounForms(lemma).forEach((f) => out.add(f));
  for (const f of irregular) {
    out.add(f);
    participles.add(f);
  }
  return [...out];
}

/** Most words a pattern's gap ('...') spans unless the entry says otherwise. */
const DEFAULT_GAP = 4;

/**
 * One lexicon entry -> token patterns. Alternatives that are one token share a slot; an
 * alternative of several tokens ("co-operate" is co - operate) becomes a variant of its own.
 */
function compileEntry(
  entry: string,
  pos: TriggerPattern['pos'],
): { slots: Slot[]; participles: Set<string>; gap: number }[] {
  const participles = new Set<string>();
  const parts = entry.replace(/_/g, ' ').split(/\s+/);
  let variants: Slot[][] = [[]];
  let gap = DEFAULT_GAP;
  parts.forEach((part, i) => {
    const ellipsis = /^\.\.\.(\d*)$/.exec(part);
    if (ellipsis) {
      if (ellipsis[1]) gap = Number(ellipsis[1]);
      variants = variants.map((v) => [...v, null]);
      return;
    }
    const single = new Set<string>();
    const multi: Slot[][] = [];
    for (const alt of part.split('|')) {
      const [lemma = '', ...irregular] = alt.split(':');
      const toks = foldedTokens(lemma);
      const verb = i === 0 && (pos === 'verb' || pos === 'phrase');
      const noun = pos === 'noun' || (pos === 'phrase' && i > 0);
      if (toks.length === 1)
        slotForms(toks[0]!, irregular, verb, noun, participles).forEach((f) => single.add(f));
      else if (toks.length > 1) {
        const last = toks[toks.length - 1]!;
        multi.push([
          ...toks.slice(0, -1).map((t) => new Set([t])),
          new Set(slotForms(last, [], verb, noun, participles)),
        ]);
      }
    }
    const options: Slot[][] = [...(single.size ? [[single as Slot]] : []), ...multi];
    variants = variants.flatMap((v) => options.map((o) => [...v, ...o]));
  });
  return variants.map((slots) => ({ slots, participles, gap }));
}

function compileTriggers(raw: unknown[], path: string): Map<string, TriggerPattern[]> {
  const byFirst = new Map<string, TriggerPattern[]>();
  for (const r of raw) {
    const t = r as Record<string, unknown>;
    const cls = t.class as EventClass;
    if (!EVENT_CLASSES.includes(cls)) throw new InputError(path, `unknown event class ${String(t.class)}`);
    const frame = String(t.frame);
    const confidence = typeof t.confidence === 'number' ? t.confidence : 0.7;
    for (const key of ['verbs', 'nouns', 'phrases', 'words'] as const) {
      if (t[key] === undefined) continue;
      const pos = key === 'verbs' ? 'verb' : key === 'nouns' ? 'noun' : key === 'phrases' ? 'phrase' : 'word';
      for (const entry of strings(t[key], `${cls}.${key}`, path)) {
        for (const { slots, participles, gap } of compileEntry(entry, pos)) {
          const p: TriggerPattern = { cls, frame, confidence, pos, slots, participles, gap };
          for (const w of slots[0] ?? []) {
            const list = byFirst.get(w) ?? [];
            list.push(p);
            byFirst.set(w, list);
          }
        }
      }
    }
  }
  return byFirst;
}

const HEDGES: Hedge[] = ['alleged', 'suspected', 'reportedly', 'believed', 'claimed'];

function hedgeConfidence(v: unknown, path: string): Record<Hedge, number> {
  const o = (v ?? {}) as Record<string, unknown>;
  const out = {} as Record<Hedge, number>;
  for (const h of HEDGES) {
    const x = o[h];
    if (typeof x !== 'number' || x < 0 || x > 1)
      throw new InputError(path, `hedgeConfidence.${h} must be a number in 0..1`);
    out[h] = x;
  }
  return out;
}

export function loadKnowledgeBase(ontologyDir: string): KnowledgeBase {
  const gazPath = join(ontologyDir, 'gazetteer.json');
  const ctyPath = join(ontologyDir, 'countries.json');
  const lexPath = join(ontologyDir, 'lexicon.json');
  const gaz = readJson(ontologyDir, 'gazetteer.json');
  const cty = readJson(ontologyDir, 'countries.json');
  const lex = readJson(ontologyDir, 'lexicon.json');
  const given = readJson(ontologyDir, 'given-names.json');
  const givenPath = join(ontologyDir, 'given-names.json');

  if (!Array.isArray(gaz.actors)) throw new InputError(gazPath, '"actors" must be a list');
  const actors = new Map<string, ActorEntry>();
  const descriptions = new Map<string, string[]>();
  for (const a of gaz.actors as Record<string, unknown>[]) {
    if (typeof a.id !== 'string' || typeof a.label !== 'string')
      throw new InputError(gazPath, 'every actor needs a string id and label');
    if (!ENTITY_TYPES.includes(a.type as EntityType))
      throw new InputError(gazPath, `actor ${a.id}: unknown type ${String(a.type)}`);
    if (actors.has(a.id)) throw new InputError(gazPath, `duplicate actor id ${a.id}`);
    actors.set(a.id, {
      id: a.id,
      label: a.label,
      type: a.type as EntityType,
      aliases: strings(a.aliases ?? [], `actor ${a.id}: aliases`, gazPath),
      country: typeof a.country === 'string' ? a.country : undefined,
      media: a.media === true,
    });
    descriptions.set(a.id, strings(a.descriptions ?? [], `actor ${a.id}: descriptions`, gazPath));
  }
  if (!Array.isArray(cty.countries)) throw new InputError(ctyPath, '"countries" must be a list');
  const countries = new Map<string, CountryEntry>();
  const demonymOf = new Map<string, string>();
  for (const c of cty.countries as Record<string, unknown>[]) {
    if (typeof c.id !== 'string' || typeof c.name !== 'string')
      throw new InputError(ctyPath, 'every country needs a string id and name');
    const entry: CountryEntry = {
      id: c.id,
      name: c.name,
      shortForms: strings(c.shortForms ?? [], `${c.id}.shortForms`, ctyPath),
      storyForms: strings(c.storyForms ?? [], `${c.id}.storyForms`, ctyPath),
      storyPartners: strings(c.storyPartners ?? [], `${c.id}.storyPartners`, ctyPath),
      demonyms: strings(c.demonyms ?? [], `${c.id}.demonyms`, ctyPath),
      capitals: strings(c.capitals ?? [], `${c.id}.capitals`, ctyPath),
    };
    countries.set(entry.id, entry);
    for (const d of entry.demonyms)
      if (!demonymOf.has(d.toLowerCase())) demonymOf.set(d.toLowerCase(), entry.id);
  }
  for (const a of actors.values())
    if (a.country && !countries.has(a.country))
      throw new InputError(gazPath, `actor ${a.id}: unknown country ${a.country}`);
  describeByCountry(actors, descriptions, countries, gazPath);
  const descriptionWords = new Set(
    [...descriptions.values()].flat().flatMap((d) => d.toLowerCase().split(' ')),
  );

  if (!Array.isArray(lex.triggers)) throw new InputError(lexPath, '"triggers" must be a list');
  const list = (k: string) => strings(lex[k] ?? [], k, lexPath);
  const set = (k: string) => new Set(list(k).map((s) => s.toLowerCase()));
  const countWords = new Map<string, number>();
  for (const [w, n] of Object.entries((lex.countWords ?? {}) as Record<string, unknown>)) {
    if (typeof n !== 'number') throw new InputError(lexPath, `countWords.${w} must be a number`);
    countWords.set(w.toLowerCase(), n);
  }
  const hedges = new Map<string, Hedge>();
  for (const [h, words] of Object.entries((lex.hedges ?? {}) as Record<string, unknown>))
    for (const w of strings(words, `hedges.${h}`, lexPath)) hedges.set(w.toLowerCase(), h as Hedge);
  const titles = new Map<string, string[][]>();
  for (const t of list('titles')) {
    const toks = foldedTokens(t);
    const l = titles.get(toks[0]!) ?? [];
    l.push(toks);
    l.sort((a, b) => b.length - a.length);
    titles.set(toks[0]!, l);
  }
  const titleHolders = new Map<string, string>();
  for (const [t, id] of Object.entries((lex.titleHolders ?? {}) as Record<string, string>)) {
    if (!actors.has(id) && !countries.has(id))
      throw new InputError(lexPath, `titleHolders.${t}: unknown actor or country ${id}`);
    titleHolders.set(foldedTokens(t).join(' '), id);
  }
  const typedWords = (key: string): Map<string, EntityType> => {
    const words = new Map<string, EntityType>();
    for (const [w, ty] of Object.entries((lex[key] ?? {}) as Record<string, string>)) {
      if (!ENTITY_TYPES.includes(ty as EntityType))
        throw new InputError(lexPath, `${key}.${w}: unknown type ${ty}`);
      words.set(w.toLowerCase(), ty as EntityType);
    }
    return words;
  };
  const orgHeads = typedWords('orgHeads');
  const nominals = new Map<string, EntityType[]>();
  for (const [w, ty] of Object.entries((lex.nominals ?? {}) as Record<string, string>)) {
    const types = ty.split('|');
    for (const t of types)
      if (!ENTITY_TYPES.includes(t as EntityType))
        throw new InputError(lexPath, `nominals.${w}: unknown type ${t}`);
    nominals.set(w.toLowerCase(), types as EntityType[]);
  }
  const regexes = (k: string) => list(k).map((p) => new RegExp(p));
  const triggers = compileTriggers(lex.triggers as unknown[], lexPath);
  // One-word names of a document that speaks ("report", "advisory"; "white paper" starts with none).
  const reportNouns = new Set(
    [...triggers]
      .filter(([, pats]) =>
        pats.some((p) => p.frame === 'report' && p.pos === 'noun' && p.slots.length === 1),
      )
      .map(([w]) => w),
  );

  return {
    actors,
    descriptionWords,
    countries,
    demonymOf,
    names: compileNames([...actors.values()], [...countries.values()]),
    personParts: compilePersonParts([...actors.values()]),
    titles,
    titleHolders,
    triggers,
    hedges,
    hedgeConfidence: hedgeConfidence(lex.hedgeConfidence, lexPath),
    negations: set('negations'),
    withholdings: set('withholdings'),
    givenNames: new Set(strings(given.names ?? [], 'names', givenPath).map((n) => fold(n))),
    surnamesFirst: new Set(strings(given.surnameFirst ?? [], 'surnameFirst', givenPath).map((n) => fold(n))),
    words: {
      roleNouns: set('roleNouns'),
      honorifics: new Set(list('honorifics').map((s) => s.toLowerCase().replace(/\.$/, ''))),
      orgHeads,
      namedOrgHeads: typedWords('namedOrgHeads'),
      orgHeadsTakingComplement: set('orgHeadsTakingComplement'),
      connectors: set('nameConnectors'),
      companyDescriptors: set('companyDescriptors'),
      orgDescriptors: set('orgDescriptors'),
      opinionNouns: set('opinionNouns'),
      accusationNouns: set('accusationNouns'),
      judgementVerbs: set('judgementVerbs'),
      findingVerbs: set('findingVerbs'),
      namingReportVerbs: set('namingReportVerbs'),
      kineticModifiers: set('kineticModifiers'),
      physicalHarm: set('physicalHarm'),
      authoredNouns: set('authoredNouns'),
      // A count, or a vague one: "13 Russian nationals", "several Chinese firms".
      quantifiers: new Set([...countWords.keys(), ...set('vagueQuantifiers')]),
      prosecutionVerbs: set('prosecutionVerbs'),
      chargingWords: set('chargingWords'),
      countWords,
      defendantNouns: set('defendantNouns'),
      defendantReferences: set('defendantReferences'),
      envoyNouns: set('envoyNouns'),
      missionNouns: set('missionNouns'),
      nameParticles: set('nameParticles'),
      months: set('months'),
      timeWords: set('timeWords'),
      toolNouns: set('toolNouns'),
      genericBodyWords: set('genericBodyWords'),
      peopleNouns: set('peopleNouns'),
      prosecutorNouns: set('prosecutorNouns'),
      prosecutingBodyWords: set('prosecutingBodyWords'),
      firmOffices: set('firmOffices'),
      principalNouns: set('principalNouns'),
      memberNouns: set('memberNouns'),
      membershipNouns: set('membershipNouns'),
      metThings: set('metThings'),
      characterisingForms: set('characterisingForms'),
      aspectualVerbs: set('aspectualVerbs'),
      startingVerbs: set('startingVerbs'),
      conditionalWords: set('conditionalWords'),
      pressNouns: set('pressNouns'),
      publishingVerbs: set('publishingVerbs'),
      announcingVerbs: set('announcingVerbs'),
      allegingVerbs: set('allegingVerbs'),
      counteringVerbs: set('counteringVerbs'),
      leadingVerbs: set('leadingVerbs'),
      flawNouns: set('flawNouns'),
      toolVerbs: set('toolVerbs'),
      reflexivePronouns: set('reflexivePronouns'),
      culpritNouns: set('culpritNouns'),
      maliceWords: set('maliceWords'),
      personNouns: set('personNouns'),
      adjudicatorNouns: set('adjudicatorNouns'),
      everydayAttackNouns: set('everydayAttackNouns'),
      countryOrgWords: set('countryOrgWords'),
      involvementNouns: set('involvementNouns'),
      victimNouns: set('victimNouns'),
      portfolioTitles: set('portfolioTitles'),
      facilityNouns: set('facilityNouns'),
      anaphoricRoles: set('anaphoricRoles'),
      groupNominals: list('groupNominals').map(foldedTokens),
      eitherPairNominals: set('eitherPairNominals'),
      personPairNominals: set('personPairNominals'),
      stateOffices: set('stateOffices'),
      unrealisedVerbs: set('unrealisedVerbs'),
      aspirationVerbs: set('aspirationVerbs'),
      titleRanks: set('titleRanks'),
      namedNominals: set('namedNominals'),
      relationNouns: set('relationNouns'),
      withdrawalVerbs: set('withdrawalVerbs'),
      speakerRoles: set('speakerRoles'),
      privateRoles: set('privateRoles'),
      comingWords: set('comingWords'),
      dismissingVerbs: set('dismissingVerbs'),
      languageWords: set('languageWords'),
      rosterWords: set('rosterWords'),
      damageVerbs: set('damageVerbs'),
      evidenceVerbs: set('evidenceVerbs'),
      evidenceNouns: set('evidenceNouns'),
      threatDescriptors: set('threatDescriptors'),
      reportNouns,
      namingVerbs: list('namingVerbs').map(foldedTokens),
      nominals,
      pairNominals: list('pairNominals').map(foldedTokens),
      localProsecutors: list('localProsecutors').map(foldedTokens),
      localProsecutorStarts: new Set(list('localProsecutors').map((p) => foldedTokens(p)[0]!)),
      companyOffices: list('companyOffices').map(foldedTokens),
      seizingVerbs: set('seizingVerbs'),
      placeRoles: set('placeRoles'),
      countryGroupNouns: set('countryGroupNouns'),
      hackerNouns: set('hackerNouns'),
      sponsorSuffixes: set('sponsorSuffixes'),
      personPronouns: new Set(Object.keys((lex.personPronouns ?? {}) as object)),
      thingPronouns: set('thingPronouns'),
      pluralPronouns: set('pluralPronouns'),
      locatives: set('locativePrepositions'),
      prepositions: set('prepositions'),
      subordinators: set('subordinators'),
      functionWords: set('functionWords'),
      abbreviations: new Set(list('abbreviations')),
    },
    threatGroupPatterns: regexes('threatGroupPatterns'),
    militaryUnitPatterns: regexes('militaryUnitPatterns'),
  };
}

/** The gazetteer or country entry whose name is exactly `name` (case aside). */
/**
 * "Russia's foreign intelligence service", "the South Korean spy agency": a body's descriptions,
 * said of its country by name or demonym, name it; a description may fit only one body of a country.
 */
function describeByCountry(
  actors: Map<string, ActorEntry>,
  descriptions: Map<string, string[]>,
  countries: Map<string, CountryEntry>,
  gazPath: string,
): void {
  const described = new Map<string, string>();
  for (const [id, list] of descriptions) {
    if (!list.length) continue;
    const a = actors.get(id)!;
    const c = a.country ? countries.get(a.country) : undefined;
    if (!c) throw new InputError(gazPath, `actor ${id}: descriptions need a country`);
    for (const d of list) {
      const key = `${c.id}|${d.toLowerCase()}`;
      const other = described.get(key);
      if (other) throw new InputError(gazPath, `actor ${id}: "${d}" already describes ${other} in ${c.id}`);
      described.set(key, id);
      for (const n of c.demonyms) a.aliases.push(`${n} ${d}`);
      for (const n of [c.name, ...c.shortForms]) a.aliases.push(`${n}'s ${d}`);
    }
  }
}

function compilePersonParts(actors: ActorEntry[]): Map<string, { id: string; names: string[] }[]> {
  const parts = new Map<string, { id: string; names: string[] }[]>();
  for (const a of actors) {
    if (a.type !== 'Person') continue;
    const names = [a.label, ...a.aliases].map(foldedTokens).filter((t) => t.length >= 2);
    const entry = { id: a.id, names: names.map((t) => ` ${t.join(' ')}`) };
    for (const last of new Set(names.map((t) => t.at(-1)!)))
      parts.set(last, [...(parts.get(last) ?? []), entry]);
  }
  return parts;
}

/**
 * "Tayyip Erdogan" for "Recep Tayyip Erdoğan": the one known person one of whose names ends in
 * these words (two or more).
 */
export function personByParts(kb: KnowledgeBase, words: string[]): string | undefined {
  if (words.length < 2) return undefined;
  const text = ` ${words.join(' ')}`;
  // A run of one of the names to its end, or its first and last words past no particle ("Recep
  // Erdogan"; not "Mohammed Salman" for "Mohammed bin Salman").
  const ends = (n: string) => {
    if (n.endsWith(text)) return true;
    const parts = n.trim().split(' ');
    return (
      words.length === 2 &&
      parts[0] === words[0] &&
      !parts.slice(1, -1).some((x) => /^(bin|bint|ibn|al|el|de|da|van|von|der)$/.test(x))
    );
  };
  const found = (kb.personParts.get(words.at(-1)!) ?? []).filter((p) => p.names.some(ends));
  return found.length === 1 ? found[0]!.id : undefined;
}

export function exactName(kb: KnowledgeBase, name: string): NameHit | undefined {
  const lower = name.toLowerCase();
  return kb.names.get(lower.split(' ')[0]!)?.find((n) => n.tokens.join(' ') === lower)?.hit;
}
