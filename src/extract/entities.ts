// The entities one document knows, and the discourse state coreference reads (who was mentioned last).
import type { Entity, EntityType } from '../model/types.js';
import { exactName, type ActorEntry, type KnowledgeBase, type NameHit } from './kb.js';

/** How many sentences back a nominal ("the firm", "the Chinese ministry") may find its antecedent. */
export const NOMINAL_REACH = 3;

export interface DocEntity extends Entity {
  /** Folded titles seen before the name ("president", "secretary of state"). */
  titles: string[];
  /** Found by a rule, not in the gazetteer. */
  ruleBased: boolean;
}

/** Keys of a story's groups of defendants until the people are known ("nine Iranians": '@defendants:9'). */
const DEFENDANTS = '@defendants';

export function isDefendants(key: string | null | undefined): boolean {
  return !!key?.startsWith(DEFENDANTS);
}

/** How many defendants the group's words counted, if they did. */
export function defendantsCount(key: string): number | undefined {
  const n = Number(key.split(':')[1]);
  return Number.isInteger(n) ? n : undefined;
}

export class DocEntities {
  readonly byKey = new Map<string, DocEntity>();
  /** Folded alias -> key, for names defined in the text (acronyms) and short forms of people. */
  readonly aliasKey = new Map<string, string>();
  /** Entity keys in the order they were last mentioned (most recent last). */
  private readonly recency: string[] = [];
  private readonly seenIn = new Map<string, number>();
  private readonly countryOrder: string[] = [];
  private joinedCountries: { keys: [string, string]; sentence: number } | undefined;
  /** How often the story has named each country. */
  private readonly countryCount = new Map<string, number>();
  private firstCountry: string | undefined;
  private firstVoice: string | undefined;
  private datelineCountry: string | undefined;
  /** Index of the sentence being read. */
  sentence = 0;
  private subject: { key: string; sentence: number } | undefined;
  private institution: { key: string; sentence: number } | undefined;
  private sole: { key: string; sentence: number } | undefined;
  private lead: { key: string; sentence: number } | undefined;
  private group: { keys: [string, string]; sentence: number } | undefined;

  constructor(private readonly kb: KnowledgeBase) {}

  fromActor(a: ActorEntry, surface: string): string {
    const key = 'g:' + a.id;
    const e = this.byKey.get(key);
    if (e) {
      this.alias(e, surface);
      return key;
    }
    const country = a.country ? this.countryKey(a.country) : undefined;
    this.byKey.set(key, {
      id: key,
      label: a.label,
      type: a.type,
      aliases: [],
      country,
      gazetteerId: a.id,
      titles: [],
      ruleBased: false,
    });
    this.alias(this.byKey.get(key)!, surface);
    return key;
  }

  /** "Foreign Secretary X", "the attorney general": the office such a title implies, from the lexicon. */
  titleHolder(title: string): string | undefined {
    const id = this.kb.titleHolders.get(title);
    if (id === undefined) return undefined;
    const actor = this.kb.actors.get(id);
    return actor ? this.fromActor(actor, actor.label) : this.countryKey(id);
  }

  /**
   * "the defence minister" in a story about Australia: a state office held in the holder's own
   * country when known, else in the story's country.
   */
  stateHolder(office: string[], holder?: string): string | undefined {
    const last = (office[office.length - 1] ?? '').toLowerCase();
    if (!this.kb.words.stateOffices.has(last)) return undefined;
    // ("National Security Adviser X" is the state's; "an adviser at a London consultancy" is not.)
    if (/^advis[eo]r$/.test(last) && !office.some((w) => /^national$/i.test(w))) return undefined;
    // ("Government spokesman X" speaks for the state a dateline files from; a spokesman of no named
    // body does not, nor one in a story whose state is only the last one heard.)
    if (/^spokes/.test(last) && (!office.some((w) => /^government$/i.test(w)) || !this.datelineCountry))
      return undefined;
    return (holder && this.byKey.get(holder)?.country) || this.storyCountry();
  }

  /** The state an actor is or belongs to: a country itself, a ministry or agency its country. */
  stateOf(key: string): string | undefined {
    const e = this.byKey.get(key);
    return e?.type === 'Country'
      ? key
      : e?.type === 'GovernmentBody' || e?.type === 'MilitaryUnit'
        ? e.country
        : undefined;
  }

  /**
   * The story's country: the first one its text names (a dateline or the lead's subject: "OSLO —
   * Norway said …"), which a later "Foreign Minister X" most likely serves, even when the story goes
   * on to name the accused more often.
   */
  storyCountry(): string | undefined {
    return this.datelineCountry ?? this.firstVoice ?? this.firstCountry;
  }

  /** The country of the place a dateline files from, if the story has one. */
  filedFromCountry(): string | undefined {
    return this.datelineCountry;
  }

  /** A statement was heard from a state (or from one of its bodies or people). */
  heardFrom(state: string | undefined): void {
    this.firstVoice ??= state;
  }

  /** The country of a dateline's place ("OSLO —", "NEW DELHI, Dec 14 (Reuters) -"). */
  filedFrom(key: string): void {
    this.datelineCountry ??= this.byKey.get(key)?.type === 'Country' ? key : this.byKey.get(key)?.country;
  }

  /** "China's foreign ministry", "foreign ministry spokesman X" (X Chinese): the country's body, known or by rule. */
  countryBody(country: string, words: string[], surface: string): string {
    const c = this.kb.countries.get(country.slice(2));
    const demonym = c?.demonyms[0] ?? this.get(country)!.label;
    const tail = words
      .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
      .join(' ')
      .replace(/ '/g, "'");
    const label = `${demonym} ${tail}`;
    // ("America's Navy" is the "US Navy": any of the country's names before the words.)
    const names = c ? [c.name, ...c.shortForms, ...c.demonyms.slice(1)] : [];
    const known =
      exactName(this.kb, label) ?? names.map((n) => exactName(this.kb, `${n} ${tail}`)).find(Boolean);
    if (known) return this.fromHit(known, surface);
    // "Russia's top foreign intelligence service": past words no description uses ("top", "main"), a
    // description the gazetteer gives one of the country's bodies still names it (not past
    // "military", "domestic" or "civilian", which tell bodies apart).
    for (let k = 1; k + 2 <= words.length && !this.kb.descriptionWords.has(words[k - 1]!); k++) {
      const hit = exactName(this.kb, `${demonym} ${words.slice(k).join(' ')}`);
      if (hit?.kind === 'actor' && this.kb.actors.get(hit.ref)?.country === country.slice(2))
        return this.fromHit(hit, surface);
    }
    // "China's Ministry of State Security … the Chinese ministry": a bare head word points back to
    // that country's body of the kind, told in the last few sentences.
    // Not a mission: "the Iranian embassy" in another city is another body.
    if (words.length === 1 && !this.kb.words.missionNouns.has(words[0]!)) {
      const head = words[0]!.charAt(0).toUpperCase() + words[0]!.slice(1);
      const told = this.last(
        (e) => e.type === 'GovernmentBody' && e.country === country && e.label.split(' ').includes(head),
        NOMINAL_REACH,
      );
      if (told) return told;
    }
    // "India's power ministry": the words the text used name it too ("Russia's Navy" is a military unit).
    const military = this.kb.words.orgHeads.get(words[words.length - 1]!) === 'MilitaryUnit';
    const key = this.fromRule(label, military ? 'MilitaryUnit' : 'GovernmentBody', country);
    if (surface.toLowerCase() !== label.toLowerCase()) this.alias(this.byKey.get(key)!, surface);
    return key;
  }

  /**
   * Who acts for the story from now on (its prosecutor, its sanctioner): the newcomer, unless it is
   * a country and one is already known, as a body ("the Treasury") is more precise than the country a
   * headline named.
   */
  moreExact(current: string | undefined, candidate: string): string {
    return current && this.byKey.get(candidate)?.type === 'Country' ? current : candidate;
  }

  /** The entity a gazetteer or country-table name stands for. */
  fromHit(hit: NameHit, surface: string): string {
    if (hit.kind === 'country') return this.fromCountry(hit.ref, surface);
    return this.fromActor(this.kb.actors.get(hit.ref)!, surface);
  }

  fromCountry(countryId: string, surface: string): string {
    const key = this.countryKey(countryId);
    this.alias(this.byKey.get(key)!, surface);
    return key;
  }

  /** Has the story named the country (or an actor of it) so far? */
  hasCountry(countryId: string): boolean {
    return this.byKey.has('c:' + countryId);
  }

  countryKey(countryId: string): string {
    const key = 'c:' + countryId;
    if (!this.byKey.has(key)) {
      const c = this.kb.countries.get(countryId);
      this.byKey.set(key, {
        id: key,
        label: c?.name ?? countryId,
        type: 'Country',
        aliases: [],
        gazetteerId: countryId,
        titles: [],
        ruleBased: false,
      });
    }
    return key;
  }

  /** An actor found by rule; the same label in the same document is the same actor. */
  fromRule(label: string, type: EntityType, country?: string): string {
    const known = this.aliasKey.get(label.toLowerCase());
    if (known) return known;
    const key = 'r:' + label.toLowerCase();
    const e = this.byKey.get(key);
    if (e) {
      if (type === 'Person' && e.type !== 'Person' && e.ruleBased) e.type = type;
      return key;
    }
    this.byKey.set(key, { id: key, label, type, aliases: [], country, titles: [], ruleBased: true });
    this.aliasKey.set(label.toLowerCase(), key);
    return key;
  }

  /**
   * "nine Iranians", "the defendants": the group of people a story charges, named (or not) elsewhere
   * in it. The document's last pass puts each person charged in its place.
   */
  defendants(count?: number): string {
    const key = count ? `${DEFENDANTS}:${count}` : DEFENDANTS;
    if (!this.byKey.has(key))
      this.byKey.set(key, {
        id: key,
        label: 'the defendants',
        type: 'Person',
        aliases: [],
        titles: [],
        ruleBased: true,
      });
    return key;
  }

  /** An actor this document has already named by rule, by its name or an alias ("TV5Monde" after "network TV5Monde"). */
  named(surface: string): string | undefined {
    const e = this.byKey.get('r:' + surface.toLowerCase());
    return e && e.type !== 'Person' && e.label === surface ? e.id : undefined;
  }

  alias(e: DocEntity, surface: string): void {
    const s = surface.replace(/\s+/g, ' ').trim();
    if (s && s !== e.label && !e.aliases.includes(s)) e.aliases.push(s);
  }

  defineAlias(surface: string, key: string): void {
    this.aliasKey.set(surface.toLowerCase(), key);
    const e = this.byKey.get(key);
    if (e) this.alias(e, surface);
  }

  /** A single name token that is part of a person already named in full ("Kerry", "Xi"). */
  personByPart(token: string): string | undefined {
    return this.byNamePart(
      token,
      'Person',
      (parts, low) => parts[parts.length - 1] === low || parts[0] === low,
    );
  }

  /**
   * "Colonial" after "Colonial Pipeline": a firm by the first word of its name (not an organisation:
   * "Democratic leaders" after "the Democratic National Committee").
   */
  firmByFirstWord(token: string): string | undefined {
    return this.byNamePart(token, 'Company', (parts, low) => parts[0] === low);
  }

  /** The latest actor of a type with a name of several words, one of which the token is. */
  private byNamePart(
    token: string,
    type: EntityType,
    fits: (parts: string[], low: string) => boolean,
  ): string | undefined {
    const low = token.toLowerCase();
    for (let i = this.recency.length - 1; i >= 0; i--) {
      const e = this.byKey.get(this.recency[i]!)!;
      if (e.type !== type) continue;
      const parts = e.label.toLowerCase().split(/\s+/);
      if (parts.length > 1 && fits(parts, low)) return e.id;
    }
    return undefined;
  }

  /**
   * A mention was read. A weak one ("Chinese" in "Chinese companies", "in Helsinki") counts for the
   * countries in focus but is not what a later pronoun points back to.
   */
  touch(key: string, weak = false, place = false, notHome = false): void {
    // Only what is said of a group's people reaches them; "he" or "it" never means the group.
    if (isDefendants(key)) return;
    // A headline, or a nation named for its hackers, names the accused as often as the story's own
    // country (`notHome`); the body decides, and a place it names ("… in New Delhi originated in
    // China") tells where the story happens.
    if (!notHome) this.noteHome(key);
    if (this.byKey.get(key)?.type === 'Country' && !place) {
      const c = this.countryOrder.lastIndexOf(key);
      if (c >= 0) this.countryOrder.splice(c, 1);
      this.countryOrder.push(key);
      this.countryCount.set(key, (this.countryCount.get(key) ?? 0) + 1);
    }
    if (weak) return;
    const i = this.recency.lastIndexOf(key);
    if (i >= 0) this.recency.splice(i, 1);
    this.recency.push(key);
    this.seenIn.set(key, this.sentence);
  }

  /** A state the story's text names, in a title or as an actor: the first is the story's. */
  noteHome(key: string): void {
    if (this.byKey.get(key)?.type === 'Country') this.firstCountry ??= key;
  }

  /** The current sentence is about this person (it is the sentence's first actor). */
  noteSubjectPerson(key: string): void {
    this.subject = { key, sentence: this.sentence };
  }

  /** An institution was heard speaking ("the bureau said"): a later "it said" is most likely it again. */
  noteSpeakingInstitution(key: string): void {
    this.institution = { key, sentence: this.sentence };
  }

  speakingInstitution(within: number, test: (e: DocEntity) => boolean = () => true): string | undefined {
    const i = this.institution;
    return i && this.sentence - i.sentence <= within && test(this.byKey.get(i.key)!) ? i.key : undefined;
  }

  /** The only actor the sentence just read names outright, if it names one. */
  noteSoleActor(key: string | undefined): void {
    this.sole = key === undefined ? undefined : { key, sentence: this.sentence };
  }

  /** The actor the sentence just read opens on, as its subject (a person aside). */
  noteLeadActor(key: string | undefined): void {
    this.lead = key === undefined ? undefined : { key, sentence: this.sentence };
  }

  /** The actor the sentence before this one opened on, if it opened on one. */
  leadActor(): string | undefined {
    return this.lead && this.sentence - this.lead.sentence === 1 ? this.lead.key : undefined;
  }

  /** The only actor of the sentence before this one, if it had one. */
  soleActor(): string | undefined {
    return this.sole && this.sentence - this.sole.sentence === 1 ? this.sole.key : undefined;
  }

  /** Two institutions acted together ("the FBI and CISA issued …"): a later "they" or "the agencies" is them. */
  noteGroup(keys: [string, string]): void {
    this.group = { keys, sentence: this.sentence };
  }

  lastGroup(within: number): [string, string] | undefined {
    const g = this.group;
    return g && this.sentence - g.sentence <= within ? g.keys : undefined;
  }

  /** The person the last such sentence was about, at most `within` sentences ago. */
  subjectPerson(within = Infinity): string | undefined {
    return this.subject && this.sentence - this.subject.sentence <= within ? this.subject.key : undefined;
  }

  get(key: string): DocEntity | undefined {
    return this.byKey.get(key);
  }

  /** The most recently mentioned entity that passes the test, mentioned at most `within` sentences ago. */
  last(test: (e: DocEntity) => boolean, within = Infinity): string | undefined {
    for (let i = this.recency.length - 1; i >= 0; i--) {
      const key = this.recency[i]!;
      if (this.sentence - (this.seenIn.get(key) ?? 0) > within) return undefined;
      if (test(this.byKey.get(key)!)) return key;
    }
    return undefined;
  }

  /** Two countries the text joined by "and": "both sides" in the next sentence are those two. */
  noteCountryPair(keys: [string, string]): void {
    this.joinedCountries = { keys, sentence: this.sentence };
  }

  countryPair(within: number): [string, string] | undefined {
    const g = this.joinedCountries;
    return g && this.sentence - g.sentence <= within ? g.keys : undefined;
  }

  /**
   * The two countries in focus: the two the story names most (the later on a tie). "The two
   * governments" of an India-US story are India and the US, though a paragraph on China came last.
   */
  pair(): [string, string] | undefined {
    const ranked = this.countryOrder
      .map((k, i) => ({ k, i, n: this.countryCount.get(k) ?? 0 }))
      .sort((a, b) => b.n - a.n || b.i - a.i);
    if (ranked.length < 2) return undefined;
    const [a, b] = [ranked[0]!, ranked[1]!].sort((x, y) => x.i - y.i) as [
      (typeof ranked)[0],
      (typeof ranked)[0],
    ];
    return [a.k, b.k];
  }

  /** Was the last person or country mentioned a person? ("Zhu and Zhang were … The pair are charged"). */
  lastWasPerson(): boolean {
    for (let i = this.recency.length - 1; i >= 0; i--) {
      const type = this.byKey.get(this.recency[i]!)!.type;
      if (type === 'Person' || type === 'Country') return type === 'Person';
    }
    return false;
  }

  /** "the two leaders", "the two men": the last two people mentioned. */
  personPair(): [string, string] | undefined {
    const people = this.recency.filter((k) => this.byKey.get(k)?.type === 'Person');
    const n = people.length;
    return n >= 2 ? [people[n - 2]!, people[n - 1]!] : undefined;
  }

  list(): Entity[] {
    return [...this.byKey.values()].map(({ titles: _t, ruleBased: _r, ...e }) => e);
  }
}
