// Actor mentions in one sentence: known names, titles and people, organisation shapes, acronyms
// defined in the text, threat-group names, demonyms and metonyms, pronouns and nominals.
import type { EntityType, Mention } from '../model/types.js';
import { NOMINAL_REACH, isDefendants, type DocEntities } from './entities.js';
import {
  BE,
  DETERMINERS,
  GENERIC_ATTACK,
  QUOTE_OPEN,
  SPEECH_FORMS,
  inAnyForm,
  isGerund,
  namingAsPast,
  sForm,
  singular,
} from './grammar.js';
import { exactName, personByParts, type KnowledgeBase, type NameHit } from './kb.js';
import type { Sentence } from './sentences.js';
import { ageBetweenCommas, type Token } from './tokens.js';
import { claimsClause } from './triggers.js';

/** A mention inside a sentence, by token index [ts, te). */
export interface SentMention {
  ts: number;
  te: number;
  key: string;
  kind: Mention['kind'];
  /** Part of a larger name or a title ("US" in "US Secretary of State John Kerry"): not an argument. */
  modifier: boolean;
  /** The pair a "the two countries" mention stands for. */
  pair?: [string, string];
  /** For a titled person: the country or organisation the title is held in. */
  roleOf?: string;
  title?: string;
}

/** How many sentences back a pronoun may find its antecedent. */
const PRONOUN_REACH = 2;

const NAME_PART = /^\p{Lu}[\p{L}'’.-]*$/u;
/** Words that make a group, gang or operation one of hackers ("a ransomware gang", "a cyber-espionage group"). */
const CYBER_WORD = /hack|threat|cyber|^apt|ransomware|espionage/;
/** Words of those who defend against hackers ("a threat intelligence team", "a ransomware recovery team"). */
const DEFENDING_WORD = /secur|intellig|defen|research|response|hunt|recover|counter|anti|insur|ethical|expos/;
/** Who a "who" clause leaves unnamed ("those who", "anyone who"). */
const GENERIC_SUBJECTS = /^(those|anyone|anybody|whoever|everyone|someone|people)$/;
/** One hacker is a person ("Alexei Burkov, a Russian hacker"); a threat actor is mostly a group. */
const PERSON_HACKER = /^hacker$/;

export class MentionFinder {
  /** Where the current sentence's own words begin (after a dateline such as "PARIS (AP) —"). */
  private clauseStart = 0;
  constructor(
    private readonly kb: KnowledgeBase,
    private readonly ents: DocEntities,
  ) {}

  find(sent: Sentence): SentMention[] {
    this.ents.sentence++;
    const toks = sent.tokens;
    const out: SentMention[] = [];
    const dash = toks.findIndex((t, k) => k < 14 && /^[-—–]$/.test(t.text) && t.spaceBefore);
    this.clauseStart = 0;
    let i = 0;
    while (i < toks.length) {
      // At the dash that ends a dateline, its names step back from the sentence.
      if (i === dash && this.dateline(toks, out, dash)) this.clauseStart = dash + 1;
      const before = out.length;
      const next = this.at(sent, i, out);
      // Recency is updated as we read, so "he" later in the same sentence sees "The President".
      for (let k = before; k < out.length; k++) {
        const m = out[k]!;
        // ("Costa Rican President Rodrigo Chaves said": the state a title names is the story's too.)
        if (m.roleOf && !sent.headline) this.ents.noteHome(m.roleOf);
        if (!m.modifier)
          this.ents.touch(
            m.key,
            this.weak(toks, m),
            this.place(toks, m),
            !!sent.headline || this.hackersOf(toks, m),
          );
      }
      i = next > i ? next : i + 1;
    }
    // A country before a descriptor and a name is that name's country ("US health insurer Anthem").
    for (let k = 1; k < out.length; k++) {
      const a = out[k - 1]!;
      const b = out[k]!;
      if (a.modifier || this.ents.get(a.key)?.type !== 'Country' || this.ents.get(b.key)?.type === 'Country')
        continue;
      const between = toks.slice(a.te, b.ts);
      // "US health insurer Anthem", "the British engine maker Rolls-Royce": lower-case words that end
      // in a descriptor of a firm or body.
      const w = this.kb.words;
      const descriptor = (x: Token) =>
        w.companyDescriptors.has(x.lower) || w.orgDescriptors.has(x.lower) || w.genericBodyWords.has(x.lower);
      const last = between[between.length - 1];
      if (
        between.length >= 1 &&
        between.length <= 4 &&
        between.every(
          (x) =>
            x.lower === "'s" ||
            x.lower === 'government' ||
            x.lower === 'administration' ||
            // Not a verb: "Russia hacked software company SolarWinds" names the attacker.
            (x.word &&
              !x.cap &&
              !w.functionWords.has(x.lower) &&
              !this.kb.triggers.get(x.lower)?.some((p) => p.pos === 'verb') &&
              !/ed$/.test(x.lower)),
        ) &&
        !!last &&
        (descriptor(last) || /^(government|administration)$/.test(last.lower) || last.lower === "'s")
      )
        a.modifier = true;
    }
    // "Colombia's National Police" is a name of the body, as the text wrote it, beside the label
    // made from the demonym ("Colombian National Police").
    for (let k = 1; k < out.length; k++) {
      const [a, b] = [out[k - 1]!, out[k]!];
      const body = this.ents.get(b.key);
      if (
        a.te + 1 === b.ts &&
        toks[a.te]?.lower === "'s" &&
        body?.country === a.key &&
        !b.pair &&
        body.type !== 'Person'
      )
        this.ents.alias(body, text(sent, a.ts, b.te));
    }
    // The person a sentence is about (its first actor) is what a later "he"/"she" most likely means.
    const first = out.find((m) => !m.modifier);
    // ("Russia's embassy dismissed …": a possessor before the first actor leads it.)
    const start = firstWord(toks, this.clauseStart);
    const possessor = out.find((m) => m.modifier && m.ts === start);
    const leads =
      !!first &&
      (first.ts === start ||
        (!!possessor &&
          (possessor.te === first.ts ||
            (toks[possessor.te]?.lower === "'s" && possessor.te + 1 === first.ts))));
    const leadType = first && leads ? this.ents.get(first.key)?.type : undefined;
    if (leadType === 'Person') this.ents.noteSubjectPerson(first!.key);
    this.ents.noteLeadActor(
      leadType && leadType !== 'Place' && leadType !== 'Person' ? first!.key : undefined,
    );
    // An institution heard speaking, or the one a sentence is about ("Equifax admitted the breach."),
    // is what a later "it said" most likely means.
    // (Not a place closing an apposition: "Ascension, one of the largest systems in the United
    // States, said".)
    const governed = (m: SentMention) => {
      const k = toks[m.ts - 1]?.lower === 'the' ? m.ts - 2 : m.ts - 1;
      return this.kb.words.prepositions.has(toks[k]?.lower ?? '');
    };
    for (const m of out)
      if (
        !m.modifier &&
        !m.pair &&
        ((SPEECH_FORMS.has(toks[m.te]?.lower ?? '') && !governed(m)) ||
          // (Not the subject of a quote: '"Belgium strongly denounces …," the declaration said'.)
          (m === first && leads && !QUOTE_OPEN.has(toks[start - 1]?.text ?? ''))) &&
        this.speaks(this.ents.get(m.key)?.type)
      )
        this.ents.noteSpeakingInstitution(m.key);
    // The only actor a sentence names outright (places and possessors aside): a next sentence's
    // opening "It" goes on with it.
    const strong = new Set(
      out
        .filter(
          (m) =>
            !m.modifier &&
            !m.pair &&
            !this.weak(toks, m) &&
            m.kind !== 'pronoun' &&
            !/^('s|’s)$/.test(toks[m.te]?.lower ?? ''),
        )
        .map((m) => m.key),
    );
    this.ents.noteSoleActor(strong.size === 1 && first && strong.has(first.key) ? first.key : undefined);
    this.noteGroup(toks, out);
    return out;
  }

  /**
   * "WASHINGTON, July 20 (Reuters) - Hackers …", "PARIS (AP) —": a dateline names where the story
   * was filed, not an actor of its first sentence (its country still counts as the story's).
   */
  private dateline(toks: Token[], out: SentMention[], dash: number): boolean {
    if (dash < 1) return false;
    const inDateline = out.filter((m) => m.te <= dash);
    // A place in capitals ("ST. LOUIS", "FT. LAUDERDALE, Fla."), known or not, with whatever names
    // its letters happen to spell; else a known country's capital or name first.
    const capitals = toks[0]!.allCaps;
    if (!capitals && (inDateline[0]?.ts !== 0 || this.ents.get(inDateline[0]!.key)?.type !== 'Country'))
      return false;
    const covered = new Set(
      inDateline.flatMap((m) => Array.from({ length: m.te - m.ts }, (_, j) => m.ts + j)),
    );
    const datelike = toks
      .slice(0, dash)
      .every(
        (t, k) =>
          covered.has(k) ||
          !t.word ||
          /^\d+$/.test(t.text) ||
          this.kb.words.months.has(t.lower) ||
          (t.cap && toks[k - 1]?.text === '(') ||
          (capitals && (t.allCaps || (t.cap && toks[k + 1]?.text === '.'))),
      );
    // "Iran — long accused of …" is an aside, not a dateline: a dateline's place is in capitals, or
    // a date or a news agency follows it.
    const marked =
      capitals ||
      toks
        .slice(0, dash)
        .some((t) => t.text === '(' || /^\d+$/.test(t.text) || this.kb.words.months.has(t.lower));
    // ("NATO — the Western military alliance — said": an actor in capitals with nothing after it is
    // the subject; a dateline's place is a country or its city, or a comma, date or agency follows.)
    const placeOnly = inDateline.every((m) => this.ents.get(m.key)?.type === 'Country');
    const punctuated = toks.slice(1, dash).some((t) => !t.word);
    if (!datelike || !marked || (!placeOnly && !punctuated)) return false;
    for (const m of inDateline) m.modifier = true;
    // (Only its place: "SAN JOSE, May 16 (Reuters)" files from no country of the agency's.)
    // ("BRATISLAVA/CARACAS": filed from two countries, the story is of neither in particular.)
    const place = inDateline.find((m) => m.ts === 0);
    const second = place && toks[place.te]?.text === '/' ? out.find((m) => m.ts === place.te + 1) : undefined;
    if (place && (!second || second.key === place.key)) this.ents.filedFrom(place.key);
    return true;
  }

  /** Finds the mention(s) starting at token i; returns the index after them. */
  private at(sent: Sentence, i: number, out: SentMention[]): number {
    const toks = sent.tokens;
    const t = toks[i]!;
    if (!t.word && t.text !== "'" && t.text !== '‘') return i + 1;
    const w = this.kb.words;
    // "Former MI6 chief John Sawers said": a sentence's capitalised "Former" opens no name.
    if (/^(former|then)$/.test(t.lower) && i === firstWord(toks, 0) && toks[i + 1]?.cap) return i + 1;

    // "pro-Russian hackers", "anti-Kremlin protesters": a stance towards a state or body names no actor.
    if (/^(pro|anti)$/.test(t.lower) && toks[i + 1]?.text === '-' && !toks[i + 1]!.spaceBefore) {
      const stance = this.known(sent, i + 2);
      if (stance) return stance.end;
    }

    // Pair nominals first: "the two countries", "both sides".
    for (const p of w.pairNominals) {
      if (matchSeq(toks, i, p)) {
        const phrase = p.join(' ');
        const pair =
          w.personPairNominals.has(phrase) || (w.eitherPairNominals.has(phrase) && this.ents.lastWasPerson())
            ? this.ents.personPair()
            : (this.countryPairIn(toks, out) ?? this.ents.countryPair(1) ?? this.ents.pair());
        if (pair) out.push({ ts: i, te: i + p.length, key: pair[0], kind: 'nominal', modifier: false, pair });
        return i + p.length;
      }
    }

    const group = this.defendantGroup(toks, i);
    if (group) {
      out.push({
        ts: i,
        te: group.end,
        key: this.ents.defendants(group.count),
        kind: 'nominal',
        modifier: false,
      });
      return group.end;
    }

    // "the Prosecutor General's Office", "Estonia's Prosecutor General's Office": the office a title
    // owns is a body of the country before it, else of the story's.
    const owner = this.title(toks, i);
    let own = owner?.end ?? i;
    while (own < i + 3 && toks[own]?.cap && toks[own]!.word) own++;
    if (
      owner &&
      toks[own]?.text === "'s" &&
      toks[own + 1]?.cap &&
      this.kb.words.orgHeads.get(toks[own + 1]!.lower) === 'GovernmentBody'
    ) {
      const end = own + 2;
      const possessor = toks[i - 1]?.lower === "'s" ? out.find((m) => m.te === i - 1) : undefined;
      const country =
        possessor && this.ents.get(possessor.key)?.type === 'Country'
          ? possessor.key
          : this.ents.storyCountry();
      const surface = text(sent, i, end);
      // (Bare, it is the one the story already named: "Estonia's …", then "the Prosecutor General's Office".)
      const named = possessor
        ? undefined
        : this.ents.last(
            (e) => e.type === 'GovernmentBody' && e.label.toLowerCase().endsWith(surface.toLowerCase()),
          );
      const key =
        named ??
        (country
          ? this.ents.countryBody(country, lowers(toks.slice(i, end)), surface)
          : this.ents.fromRule(surface, 'GovernmentBody'));
      out.push({ ts: i, te: end, key, kind: 'name', modifier: false });
      return end;
    }

    // "the Paris prosecutor's office", "Milan prosecutors", "prosecutors in Bari": a city's
    // prosecutors are a body of their own, not the state its capital stands for.
    const local = sent.headline ? 0 : this.cityProsecutors(sent, i, out);
    if (local) return local;

    // "Chief executive David Vincenzetti said": a company's office opening the sentence, with no
    // organisation named before it, is held in the organisation the story is about.
    const office = sent.headline ? 0 : this.bareCompanyOffice(sent, i, out);
    if (office) return office;

    // A title, optionally preceded by a country or an organisation, then a name: a person with a role.
    if (!sent.headline) {
      const title = this.title(toks, i);
      if (title) {
        const person = this.personAfter(sent, title.end);
        if (person) {
          const prev = out[out.length - 1];
          let roleOf: string | undefined;
          // "Chinese Foreign Minister X", "Russia's Deputy Foreign Minister Andrei X" (a given name
          // first: not "the EU's General Data Protection Regulation").
          const possessive =
            toks[i - 1]?.lower === "'s" && this.kb.givenNames.has(toks[title.end]?.lower ?? '');
          const before = possessive ? i - 1 : i;
          // (A person's possessive names a principal, not an employer: "Putin's press secretary".)
          const principal = before !== i && this.ents.get(prev?.key ?? '')?.type === 'Person';
          if (prev && prev.te === before && !prev.pair && !principal) {
            prev.modifier = true;
            roleOf = prev.key;
          }
          const e = this.ents.get(person.key)!;
          e.titles.push(title.text);
          roleOf ??=
            this.ents.titleHolder(title.text) ?? e.country ?? this.ents.stateHolder(title.text.split(' '));
          out.push({
            ts: i,
            te: person.end,
            key: person.key,
            kind: 'name',
            modifier: false,
            roleOf,
            title: title.text,
          });
          return person.end;
        }
      }
      if (w.honorifics.has(t.lower.replace(/\.$/, '')) && !t.lower.endsWith('.')) {
        const after = toks[i + 1]?.text === '.' ? i + 2 : i + 1;
        const person = this.personAfter(sent, after);
        if (person) {
          out.push({ ts: i, te: person.end, key: person.key, kind: 'alias', modifier: false });
          return person.end;
        }
      }
    }

    // Names the document defined itself: acronyms, people named earlier in full.
    if (t.cap && !sent.headline) {
      const defined = this.ents.aliasKey.get(t.text.toLowerCase());
      if (
        defined &&
        (t.allCaps || this.ents.get(defined)?.type === 'Person') &&
        // (A name the gazetteer knows is its own, unless the text defined it for a body of its own:
        // "the Acme Power Corporation (APC)".)
        (!this.kb.names.has(t.lower) || (t.allCaps && defined.startsWith('r:')))
      ) {
        // "NPCIL associate director A.K. Nema": the acronym may introduce a role too.
        return this.withRole(sent, i, i + 1, defined, t.allCaps ? 'acronym' : 'alias', out);
      }
    }

    const found = this.known(sent, i);
    // "a Russian-speaking gang", "Chinese-language media": a demonym naming a language names no state.
    // (And "run by Russian speakers": people of a language, no state.)
    const language =
      found?.hit.form === 'demonym' &&
      ((toks[found.end]?.text === '-' && this.kb.words.languageWords.has(toks[found.end + 1]?.lower ?? '')) ||
        /^speakers?$/.test(toks[found.end]?.lower ?? ''));
    if (language) return found.end + 2;
    const hit = found && !this.firstName(sent, found, false) ? found : null;
    const pattern = hit ? null : this.patternAt(toks, i);
    if (hit && !pattern) {
      // "Bolivia's Ministry of Defence": a state body the gazetteer knows for another country, owned
      // by this one, is this one's own.
      const owner = this.foreignOwner(toks, i, hit.hit, out);
      if (owner) {
        owner.modifier = true;
        const demonym = this.kb.countries.get(owner.key.slice(2))?.demonyms[0];
        const surface = text(sent, i, hit.end);
        const type = this.kb.actors.get(hit.hit.ref)!.type;
        const label = demonym ? `${demonym} ${surface}` : surface;
        // ("South Korea's National Police Agency": the gazetteer may know the owner's own.)
        const own = exactName(this.kb, label);
        const key = own ? this.ents.fromHit(own, surface) : this.ents.fromRule(label, type, owner.key);
        if (!own) this.ents.alias(this.ents.get(key)!, surface);
        out.push({ ts: i, te: hit.end, key, kind: 'name', modifier: false });
        return this.afterMention(sent, hit.end, out);
      }
      // "the Ankara police", "a Moscow district court": a capital's own police or court, not its state.
      const local =
        hit.hit.form === 'metonym' && !sent.headline ? this.headAfter(toks, i, hit.end, out) : undefined;
      if (local?.type === 'GovernmentBody') {
        const country = this.ents.fromHit(hit.hit, text(sent, i, hit.end));
        const key = this.ents.fromRule(text(sent, i, local.end), 'GovernmentBody', country);
        out.push({ ts: i, te: local.end, key, kind: 'name', modifier: false });
        return this.afterMention(sent, local.end, out);
      }
      // "Anonymous Philippines", "Anonymous Sudan": a hacking collective's name with a country's
      // after it names a chapter of its own (not "Lazarus Group's", nor a country in a list).
      const chapter =
        hit.hit.kind === 'actor' && !toks[i - 1]?.cap && toks[hit.end]?.cap
          ? this.known(sent, hit.end)
          : null;
      if (
        chapter?.hit.kind === 'country' &&
        chapter.hit.form === 'name' &&
        this.kb.actors.get(hit.hit.ref)?.type === 'ThreatGroup' &&
        !/^('s|’s|,|and)$/.test(toks[chapter.end]?.lower ?? '')
      ) {
        const label = text(sent, i, chapter.end);
        const key = this.ents.fromRule(label, 'ThreatGroup');
        out.push({ ts: i, te: chapter.end, key, kind: 'name', modifier: false });
        return this.afterMention(sent, chapter.end, out);
      }
      // A known organisation followed by more of a name ending in an organisation word is another
      // organisation: "People's Liberation Army Information Engineering University".
      if (
        !sent.headline &&
        (hit.hit.kind === 'actor' || hit.hit.form === 'name' || hit.hit.form === 'metonym')
      ) {
        const ext = this.capChunk(sent, hit.end);
        // (The head before a connector: "… Institute for Defence Studies and Analyses".)
        const connector = ext
          ? toks.findIndex((x, k) => k > ext.start && k < ext.end && !x.cap && w.connectors.has(x.lower))
          : -1;
        const head = ext && toks[(connector > 0 ? connector : ext.end) - 1]!.text;
        const type = head && w.orgHeads.get(head.toLowerCase());
        // ("the Metropolitan Police Department" is Washington's, not London's Metropolitan Police.)
        const hitType =
          hit.hit.kind === 'actor'
            ? this.ents.get(this.ents.fromHit(hit.hit, text(sent, i, hit.end)))?.type
            : undefined;
        // ("Bahrain Watch": a country's name and one of the words that make a watchdog's or a
        // think tank's name is a name of its own; not "Israel Radio", "Israel Hospital".)
        const oneWordOk =
          (hit.hit.kind === 'country' &&
            hit.hit.form !== 'demonym' &&
            (type === 'MilitaryUnit' ||
              type === 'GovernmentBody' ||
              (type === 'Organization' && !!ext && w.countryOrgWords.has(toks[ext.start]!.lower)))) ||
          (hit.hit.form === 'name' && hitType === 'GovernmentBody' && type === 'GovernmentBody');
        if (
          ext &&
          (ext.end - ext.start >= 2 || oneWordOk) &&
          type &&
          (type === 'Organization' ||
            type === 'GovernmentBody' ||
            oneWordOk ||
            (type === 'Company' && hit.hit.kind === 'country'))
        ) {
          const label = text(sent, i, ext.end);
          const key = this.ents.fromRule(
            label,
            type,
            this.ents.get(this.ents.fromHit(hit.hit, text(sent, i, hit.end)))?.country,
          );
          out.push({ ts: i, te: ext.end, key, kind: 'name', modifier: false });
          return this.afterMention(sent, ext.end, out);
        }
        // "Adobe Systems Inc", "Samsung Electronics": a known firm's fuller name is the same firm.
        if (ext && hitType === 'Company' && type === 'Company' && ext.end - ext.start <= 2) {
          const key = this.ents.fromHit(hit.hit, text(sent, i, ext.end));
          out.push({ ts: i, te: ext.end, key, kind: 'name', modifier: false });
          return this.afterMention(sent, ext.end, out);
        }
      }
      // "the Biden administration": the person's country.
      const key = this.ents.fromHit(hit.hit, text(sent, i, hit.end));
      const e = this.ents.get(key)!;
      const nextLow = toks[hit.end]?.lower;
      if (e.type === 'Person' && e.country && (nextLow === 'administration' || nextLow === 'government')) {
        out.push({ ts: i, te: hit.end + 1, key: e.country, kind: 'metonym', modifier: false });
        return hit.end + 1;
      }
      // "Kim Jong Un's government", "Putin's administration".
      const after2 = toks[hit.end + 1]?.lower;
      if (
        e.type === 'Person' &&
        e.country &&
        nextLow === "'s" &&
        (after2 === 'administration' || after2 === 'government' || after2 === 'regime')
      ) {
        out.push({ ts: i, te: hit.end + 2, key: e.country, kind: 'metonym', modifier: false });
        return hit.end + 2;
      }
      // A country right before another name is that name's country ("Russian GRU officers").
      const prev = out[out.length - 1];
      if (
        prev &&
        prev.te === i &&
        this.ents.get(prev.key)?.type === 'Country' &&
        !prev.pair &&
        e.type !== 'Country'
      )
        prev.modifier = true;
      if (!sent.headline && e.type !== 'Person' && toks[hit.end]?.lower === "'s") {
        const after = this.possessiveTail(sent, i, hit.end, key, out, hit.end + 1);
        if (after !== null) return after;
      }
      // "the Iranian foreign ministry": a demonym before a generic body names that country's body.
      if (!sent.headline && hit.hit.form === 'demonym' && e.type === 'Country') {
        const after = this.possessiveTail(sent, i, hit.end, key, out, hit.end);
        if (after !== null) return after;
      }
      // "Kremlin spokesman Dmitry Peskov", "Iranian foreign ministry spokesman X": a person with a role there.
      if (!sent.headline && e.type !== 'Person') {
        const held = this.roleHolders(sent, i, hit.end, key, 'name', out);
        if (held) return held;
      }
      // "homeland security adviser Tom Bossert": a role word before a known person gives a role in their country.
      const roleWord = toks[i - 1];
      if (
        e.type === 'Person' &&
        e.country &&
        roleWord?.word &&
        !roleWord.cap &&
        (w.speakerRoles.has(roleWord.lower) || w.roleNouns.has(roleWord.lower)) &&
        !(prev && prev.te >= i - 3)
      ) {
        // "foreign ministry spokesman Zhao Lijian": the body named before the role word, in their country.
        const bodyWords = this.bodyWordsBefore(toks, i - 1);
        const roleOf =
          bodyWords !== undefined
            ? this.ents.countryBody(
                e.country,
                lowers(toks.slice(bodyWords, i - 1)),
                text(sent, bodyWords, i - 1),
              )
            : e.country;
        out.push({
          ts: i,
          te: hit.end,
          key,
          kind: 'name',
          modifier: false,
          roleOf,
          title: roleWord.lower,
        });
        return this.afterMention(sent, hit.end, out);
      }
      const kind: Mention['kind'] =
        hit.hit.form === 'demonym'
          ? 'demonym'
          : hit.hit.form === 'metonym'
            ? 'metonym'
            : hit.hit.form === 'alias' || hit.hit.form === 'story'
              ? 'alias'
              : 'name';
      // "the Amsterdam-based agency": where something is based names no actor.
      const based = toks[hit.end]?.text === '-' && toks[hit.end + 1]?.lower === 'based';
      out.push({ ts: i, te: hit.end, key, kind, modifier: based });
      return this.afterMention(sent, hit.end, out);
    }
    if (pattern) {
      const key = this.ents.fromRule(text(sent, i, pattern.end), pattern.type);
      out.push({ ts: i, te: pattern.end, key, kind: 'name', modifier: false });
      return this.afterMention(sent, pattern.end, out);
    }

    // "The agencies urged …", "They said …": the two institutions that last acted together.
    const groupNoun = w.groupNominals.find((p) => matchSeq(toks, i, p));
    if (groupNoun || t.lower === 'they') {
      // "They" only while the two are the last ones named ("… tracked the Lazarus Group. They broke
      // into …" is Lazarus); "the agencies" says what it points to.
      const recent = this.ents.last(() => true);
      const pair = this.ents.lastGroup(1);
      const group = pair && (groupNoun || !recent || pair.includes(recent)) ? pair : undefined;
      const alone =
        t.lower === 'they' &&
        out.some(
          (m) => !m.modifier && !m.pair && m.kind !== 'demonym' && this.speaks(this.ents.get(m.key)?.type),
        );
      if (group && !alone) {
        out.push({
          ts: i,
          te: i + (groupNoun?.length ?? 1),
          key: group[0],
          kind: 'nominal',
          modifier: false,
          pair: group,
        });
        return i + (groupNoun?.length ?? 1);
      }
    }
    // Pronouns and nominals ("he", "the firm", "the Asian nation").
    const pro = this.pronoun(toks, i, out);
    if (pro) {
      if (pro.kind === 'nominal' && toks[pro.end]?.lower === "'s") {
        const after = this.possessiveTail(sent, i, pro.end, pro.key, out, pro.end + 1);
        if (after !== null) return after;
      }
      // "Norway said hackers attacked its parliament": a country's body, as after "Norway's".
      const bodyEnd = this.bodyWordsAfter(toks, pro.end);
      if (
        DETERMINERS.has(t.lower) &&
        !w.personPronouns.has(t.lower) &&
        bodyEnd > pro.end &&
        // Not "its state news agency, KCNA", "its parliament, the Storting": a name after the words is the body.
        !toks[bodyEnd]?.cap &&
        !(toks[bodyEnd]?.text === ',' && toks[firstWord(toks, bodyEnd + 1)]?.cap) &&
        this.ents.get(pro.key)?.type === 'Country'
      ) {
        const body = this.ents.countryBody(
          pro.key,
          lowers(toks.slice(pro.end, bodyEnd)),
          text(sent, pro.end, bodyEnd),
        );
        out.push({ ts: i, te: pro.end, key: pro.key, kind: pro.kind, modifier: true });
        out.push({ ts: pro.end, te: bodyEnd, key: body, kind: 'nominal', modifier: false });
        return bodyEnd;
      }
      // "the foreign ministry spokesman Zhao Lijian": a body's nominal, its role words and a name.
      if (pro.kind === 'nominal') return this.withRole(sent, i, pro.end, pro.key, pro.kind, out);
      out.push({
        ts: i,
        te: pro.end,
        key: pro.key,
        kind: pro.kind,
        modifier: false,
        ...(pro.pair ? { pair: pro.pair } : {}),
      });
      return pro.end;
    }

    if (sent.headline || !t.cap || w.functionWords.has(t.lower)) return i + 1;
    const chunk = this.capChunk(sent, i);
    if (!chunk) return i + 1;
    const one = chunk.end - chunk.start === 1;
    const part = one
      ? (this.ents.personByPart(text(sent, chunk.start, chunk.end)) ??
        (this.describesNext(toks, chunk.start)
          ? undefined
          : this.ents.firmByFirstWord(text(sent, chunk.start, chunk.end))))
      : undefined;
    // "MGM chief executive Bill Hornbuckle": a name told before may introduce a role too.
    const named = part ?? this.ents.named(text(sent, chunk.start, chunk.end));
    if (named) return this.withRole(sent, chunk.start, chunk.end, named, 'alias', out);
    // "Police spokesman Ruwan Gunasekara", "Army spokesman X": the force the story already told of
    // ("Kenyan police said … Police spokesman X"), else that of the place a dateline files from,
    // else of the country last named (not the accused: "Hackers from Nigeria targeted firms in South
    // Africa. Police spokesman X").
    const force = one ? w.orgHeads.get(t.lower) : undefined;
    if (
      (force === 'GovernmentBody' || force === 'MilitaryUnit') &&
      this.roleWordsEnd(toks, chunk.end) > chunk.end
    ) {
      const told = this.ents.last(
        (e) => e.type === force && e.label.split(' ').at(-1)?.toLowerCase() === t.lower,
        NOMINAL_REACH,
      );
      const home = told
        ? undefined
        : (this.ents.filedFromCountry() ?? this.ents.last((e) => e.type === 'Country'));
      const body = told ?? (home ? this.ents.countryBody(home, [t.lower], t.text) : undefined);
      const held = body ? this.roleHolders(sent, chunk.start, chunk.end, body, 'nominal', out) : 0;
      if (held) return held;
    }
    const type = this.typeOfUnknown(sent, chunk.start, chunk.end, out);
    if (!type) {
      const body = this.headAfter(toks, chunk.start, chunk.end, out);
      if (!body) return chunk.end;
      const key = this.ents.fromRule(text(sent, chunk.start, body.end), body.type);
      out.push({ ts: chunk.start, te: body.end, key, kind: 'name', modifier: false });
      return this.afterMention(sent, body.end, out);
    }
    let label = text(sent, chunk.start, chunk.end);
    let country: string | undefined;
    const prev = out[out.length - 1];
    const adjacent =
      prev && (prev.te === chunk.start || (toks[prev.te]?.lower === "'s" && prev.te + 1 === chunk.start));
    if (prev && adjacent && this.ents.get(prev.key)?.type === 'Country' && type !== 'Person') {
      // "Chinese Ministry of Commerce", "Iran's Ministry of Intelligence": the country is part of the name,
      // and a capitalised demonym is written in it ("Australian Communications and Media Authority").
      prev.modifier = true;
      country = prev.key;
      // So is an abbreviation ("U.S. Anti-Doping Agency").
      if (
        ((prev.kind === 'demonym' || this.kb.demonymOf.has(toks[prev.ts]!.lower)) && toks[prev.ts]!.cap) ||
        // ("Japan Airlines": a country's name written in it.)
        (prev.kind === 'name' && prev.te === chunk.start && chunk.end - chunk.start === 1) ||
        (prev.kind === 'alias' && toks[prev.ts]!.allCaps)
      )
        label = text(sent, prev.ts, chunk.end);
      // "Australia's Signals Directorate": the name the country's adjective makes, if it is known.
      const adjective = this.kb.countries.get(country.slice(2))?.demonyms[0];
      const known = adjective && exactName(this.kb, `${adjective} ${text(sent, chunk.start, chunk.end)}`);
      if (known)
        return this.withRole(sent, chunk.start, chunk.end, this.ents.fromHit(known, label), 'alias', out);
      // "Georgia's Foreign Ministry" is Georgia's own, not another foreign ministry of the story.
      if (prev.te < chunk.start && adjective) label = `${adjective} ${label}`;
    } else if (
      type === 'GovernmentBody' &&
      /^(ministry|department|office|embassy)$/i.test(toks[chunk.start]!.text) === false &&
      this.kb.words.genericBodyWords.has(toks[chunk.start]!.lower) &&
      // (Not "the Federal Agency for Cartography and Geodesy": a word of its own makes it a name.)
      toks
        .slice(chunk.start, chunk.end)
        .every(
          (x) =>
            this.kb.words.genericBodyWords.has(x.lower) ||
            this.kb.words.orgHeads.has(x.lower) ||
            this.kb.words.connectors.has(x.lower),
        )
    ) {
      // "the Foreign Ministry" with no country: the country in focus runs it; a name of its own
      // ("the European Banking Authority") is no office of that country.
      // (Not a news agency's: "COLOMBO (Reuters) - … the Foreign Ministry" is Sri Lanka's.)
      const media = (e: { gazetteerId?: string }) =>
        !!e.gazetteerId && !!this.kb.actors.get(e.gazetteerId)?.media;
      country = this.ents.last(
        // (Not a hacking group's: "tied Sandworm to attacks on the Interior Ministry" is the victim's.)
        (e) =>
          e.type === 'Country' ||
          (!!e.country && e.type !== 'Person' && e.type !== 'ThreatGroup' && !media(e)),
      );
      if (country && this.ents.get(country)?.type !== 'Country') country = this.ents.get(country)?.country;
      if (country) {
        const c = this.kb.countries.get(country.slice(2));
        const adj = c?.demonyms[0];
        const qualified = adj ? `${adj} ${label}` : label;
        const known = exactName(this.kb, qualified);
        if (known) {
          const key = this.ents.fromHit(known, label);
          return this.withRole(sent, chunk.start, chunk.end, key, 'alias', out);
        }
        label = qualified;
      }
    }
    const key =
      (type === 'Person' ? this.knownPerson(toks, chunk.start, chunk.end, label) : undefined) ??
      this.ents.fromRule(label, type, country);
    if (label !== text(sent, chunk.start, chunk.end))
      this.ents.alias(this.ents.get(key)!, text(sent, chunk.start, chunk.end));
    return this.withRole(sent, chunk.start, chunk.end, key, 'name', out);
  }

  /** A company's office opening the sentence at `i` and the person after it, in the last organisation named; the index after them, else 0. */
  private bareCompanyOffice(sent: Sentence, i: number, out: SentMention[]): number {
    const toks = sent.tokens;
    const opens = i === firstWord(toks, 0) || /^[-—–]$/.test(toks[i - 1]?.text ?? '');
    if (!opens || out.some((m) => m.te === i)) return 0;
    const seq = this.kb.words.companyOffices.find((p) => matchSeq(toks, i, p));
    const person = seq ? this.personAfter(sent, i + seq.length) : null;
    if (!seq || !person) return 0;
    const firm = (e: { type: string }) => e.type === 'Company' || e.type === 'Organization';
    const org = this.ents.last(firm, NOMINAL_REACH);
    // ("Visa and Mastercard said …. Chief executive X said": of two, no one can tell which.)
    if (!org || this.ents.last((e) => firm(e) && e.id !== org, NOMINAL_REACH)) return 0;
    const title = tokText(toks, i, i + seq.length);
    out.push({ ts: i, te: person.end, key: person.key, kind: 'name', modifier: false, roleOf: org, title });
    return person.end;
  }

  /** A city's prosecuting body at `i` (its name before the words for it, or after "in"); the index after it, else 0. */
  private cityProsecutors(sent: Sentence, i: number, out: SentMention[]): number {
    const toks = sent.tokens;
    // (On the hot path: most words neither start the words for prosecutors nor stand before them.)
    const starts = this.kb.words.localProsecutorStarts;
    if (!starts.has(toks[i]?.lower ?? '') && !starts.has(toks[i + 1]?.lower ?? '')) return 0;
    const words = (k: number) =>
      Math.max(0, ...this.kb.words.localProsecutors.filter((p) => matchSeq(toks, k, p)).map((p) => p.length));
    // A capital ("Paris": France's), or a capitalised word no name is known for inside the sentence
    // (opening it, "Federal prosecutors" may be any adjective; not after an article).
    const city = (k: number): { end: number; country?: string } | undefined => {
      const t = toks[k];
      if (!t?.cap || !NAME_PART.test(t.text) || toks[k + 1]?.cap || this.kb.words.functionWords.has(t.lower))
        return undefined;
      const hit = this.known(sent, k);
      if (hit)
        return hit.hit.kind === 'country' && hit.hit.form === 'metonym' && hit.end === k + 1
          ? { end: k + 1, country: 'c:' + hit.hit.ref }
          : undefined;
      const opening = k === firstWord(toks, 0) && !DETERMINERS.has(toks[k - 1]?.lower ?? '');
      return !opening && !this.kb.demonymOf.has(t.lower) ? { end: k + 1 } : undefined;
    };
    // (The words for prosecutors first, the name lookup only then.)
    const next = words(i + 1);
    const before = next ? city(i) : undefined;
    const n = before ? next : words(i);
    // (Not "U.S. prosecutors in Manhattan": a nation's, where they sit.)
    const national = out.some((m) => m.te === i && this.ents.get(m.key)?.type === 'Country');
    const after = !before && n && !national && toks[i + n]?.lower === 'in' ? city(i + n + 1) : undefined;
    const place = before ?? after;
    if (!n || !place) return 0;
    const end = before ? before.end + n : after!.end;
    // (Not "the Frankfurt prosecutors' Central Office for …": a body of theirs with a name of its own.)
    if (/^('|'s)$/.test(toks[end]?.lower ?? '') && toks[end + 1]?.cap) return 0;
    const surface = text(sent, i, end);
    const name = toks[before ? i : end - 1]!.text;
    // ("Milan prosecutors", then "prosecutors in Milan": one body.)
    const label = `${name} prosecutors`;
    const key = this.ents.fromRule(label, 'GovernmentBody', place.country ?? this.ents.storyCountry());
    this.ents.alias(this.ents.get(key)!, surface);
    out.push({ ts: i, te: end, key, kind: 'name', modifier: false });
    return end;
  }

  /**
   * "Kremlin spokesman Dmitry Peskov", "BAE Systems researchers A and B": the organisation's mention
   * (a modifier) and each person named after its role words, in that role; the index after them, or
   * 0 when no role and name follow.
   */
  private roleHolders(
    sent: Sentence,
    s: number,
    e: number,
    key: string,
    kind: Mention['kind'],
    out: SentMention[],
  ): number {
    const toks = sent.tokens;
    const j = this.roleWordsEnd(toks, e);
    const person = j > e ? this.personAfter(sent, j) : null;
    if (!person) return 0;
    const title = tokText(toks, e, j);
    out.push({ ts: s, te: e, key, kind, modifier: true });
    out.push({ ts: e, te: person.end, key: person.key, kind: 'name', modifier: false, roleOf: key, title });
    const plural = toks[j - 1]!.lower !== singular(toks[j - 1]!.lower);
    const second =
      plural && toks[person.end]?.lower === 'and' ? this.personAfter(sent, person.end + 1) : null;
    // (Not a name cut short: "and Ben Read said"; a day may follow: "and Tom Burt Thursday said".)
    const after = toks[second?.end ?? -1];
    const cut =
      !!after?.cap && !this.kb.words.timeWords.has(after.lower) && !this.kb.words.months.has(after.lower);
    if (!second || cut) return person.end;
    // ("They said …": the two named together.)
    this.ents.noteGroup([person.key, second.key]);
    out.push({
      ts: person.end + 1,
      te: second.end,
      key: second.key,
      kind: 'name',
      modifier: false,
      roleOf: key,
      title,
    });
    return second.end;
  }

  /** An organisation's mention, or, when a role and a name follow ("Foreign Ministry spokesman Saeed X"), that person in that role. */
  private withRole(
    sent: Sentence,
    s: number,
    e: number,
    key: string,
    kind: Mention['kind'],
    out: SentMention[],
  ): number {
    const held = this.ents.get(key)?.type !== 'Person' ? this.roleHolders(sent, s, e, key, kind, out) : 0;
    if (held) return held;
    out.push({ ts: s, te: e, key, kind, modifier: false });
    return this.afterMention(sent, e, out);
  }

  /**
   * After "X's": a body of X written in lower case ("China's foreign ministry") and/or a role and a
   * name ("Britain's foreign secretary Dominic Raab", "the company's president, Brad Smith").
   */
  private possessiveTail(
    sent: Sentence,
    s: number,
    e: number,
    key: string,
    out: SentMention[],
    tail: number,
  ): number | null {
    const toks = sent.tokens;
    let j = tail;
    let holder = key;
    const country = this.ents.get(key)?.type === 'Country';
    const bodyEnd = Math.max(this.bodyWordsAfter(toks, j), country ? this.knownBodyEnd(toks, j, key) : j);
    // "the Dutch military intelligence agency MIVD": the name after the words is the body.
    const named = tail === e && !!toks[bodyEnd]?.cap && toks[bodyEnd]!.word;
    if (bodyEnd > j && country && !named) {
      holder = this.ents.countryBody(key, lowers(toks.slice(j, bodyEnd)), text(sent, s, bodyEnd));
      j = bodyEnd;
    }
    // "Georgia's Justice Minister, Zurab Adeishvili,", "Brazil's Minister of Justice and Public
    // Security, Ricardo Lewandowski,": a capitalised title, its portfolio, a comma and the name.
    let roleEnd = this.roleWordsEnd(toks, j);
    const capital = roleEnd === j && country ? (this.title(toks, j) ?? this.portfolioTitle(toks, j)) : null;
    if (capital) {
      const comma = toks.findIndex((t, k) => k >= capital.end && k < capital.end + 8 && t.text === ',');
      if (
        comma >= 0 &&
        toks.slice(capital.end, comma).every((t) => t.cap || /^(of|and|for|the|&)$/.test(t.lower))
      )
        roleEnd = comma;
    }
    let nameAt = roleEnd > j && toks[roleEnd]?.text === ',' ? roleEnd + 1 : roleEnd;
    let person = roleEnd > j ? this.personAfter(sent, nameAt) : null;
    if (!person && roleEnd > j && /^(to|of|for|in|at)$/.test(toks[roleEnd]?.lower ?? '')) {
      // "Britain's ambassador to the Netherlands, Peter Wilson": the name after the role's complement.
      const comma = toks.findIndex((t, k) => k > roleEnd && k < roleEnd + 7 && t.text === ',');
      if (comma > 0) {
        person = this.personAfter(sent, comma + 1);
        if (person) nameAt = comma + 1;
      }
    }
    if (!person && holder === key) return null;
    out.push({ ts: s, te: e, key, kind: 'name', modifier: holder !== key || !!person });
    if (holder !== key) {
      const body: SentMention = { ts: tail, te: j, key: holder, kind: 'nominal', modifier: !!person };
      out.push(body);
      if (!person && this.missionIn(sent, body) > j) {
        // "Iran's mission to the United Nations" is also written with its possessor.
        j = body.te;
        this.ents.alias(this.ents.get(body.key)!, text(sent, s, j));
      }
    }
    if (person) {
      out.push({
        ts: nameAt,
        te: person.end,
        key: person.key,
        kind: 'name',
        modifier: false,
        roleOf: holder,
        title: tokText(toks, j, roleEnd),
      });
      return person.end;
    }
    return j;
  }

  /**
   * "the Reform party", "Düsseldorf police said", "the Xi'an public security bureau": an unknown name
   * of one or two words before the lower-case words that end in a party's or a place's body word
   * names that party or body. The end of the name with them, and its type.
   */
  private headAfter(
    toks: Token[],
    s: number,
    e: number,
    out: SentMention[],
  ): { end: number; type: EntityType } | undefined {
    if (e - s > 2) return undefined;
    if (toks[e]?.lower === 'party' && !toks[e]!.cap) return { end: e + 1, type: 'Organization' };
    // (Only a place's own police, courts, bureaus and councils, not "the FBI's San Francisco field
    // office", "the Outlook email service"; nor "the Genesis court filing", "the Smith police
    // report": a noun after the body's word; nor "Tuesday police".)
    const end = this.bodyWordsAfter(toks, e);
    const after = toks[end];
    const w = this.kb.words;
    const noun =
      !!after?.word &&
      !after.cap &&
      !w.functionWords.has(after.lower) &&
      !SPEECH_FORMS.has(after.lower) &&
      !/(ed|s)$/.test(after.lower);
    const local = /^(police|court|bureau|council)$/.test(toks[end - 1]?.lower ?? '') && !noun;
    const owned = toks[s - 1]?.lower === "'s" || out.some((m) => m.te === s);
    const when = w.timeWords.has(toks[s]!.lower) || w.months.has(toks[s]!.lower);
    return end > e && local && !owned && !when && toks[end - 2]?.lower !== 'field'
      ? { end, type: 'GovernmentBody' }
      : undefined;
  }

  /** End of lower-case words from `j` ending in a government body noun ("foreign ministry"), else `j`. */
  private bodyWordsAfter(toks: Token[], j: number): number {
    // "the Italian Senate", "India's Parliament": one capitalised body word, the whole name.
    const one = toks[j];
    const type = one?.cap && one.word ? this.kb.words.orgHeads.get(one.lower) : undefined;
    // (Not "its Committee for the Peaceful Reunification of Korea": a longer name goes on.)
    const more =
      this.kb.words.prepositions.has(toks[j + 1]?.lower ?? '') || (!!toks[j + 1]?.cap && toks[j + 1]!.word);
    if ((type === 'GovernmentBody' || type === 'MilitaryUnit') && !more) return j + 1;
    let end = j;
    for (let k = j; k < toks.length && k - j < 4; k++) {
      const t = toks[k]!;
      // "Estonia's prosecutor's office": an office holder's possessive inside the body's words.
      if (t.lower === "'s" && k > j && toks[k - 1]!.word) continue;
      if (!t.word || t.cap) break;
      // (Not "A Russian activist said the police …": a verb or an article ends the body's words; nor
      // "Vries was arrested by police": nor a preposition.)
      if (
        SPEECH_FORMS.has(t.lower) ||
        DETERMINERS.has(t.lower) ||
        BE.has(t.lower) ||
        this.kb.words.prepositions.has(t.lower) ||
        /ed$/.test(t.lower)
      )
        break;
      if (this.kb.words.orgHeads.get(t.lower) === 'GovernmentBody') end = k + 1;
    }
    return end;
  }

  /**
   * "Moscow's military intelligence": lower-case words after a country's possessive that, after its
   * demonym, are a known name ("Russian military intelligence"). The end of the longest, else `j`.
   */
  private knownBodyEnd(toks: Token[], j: number, country: string): number {
    const demonym = this.kb.countries.get(country.slice(2))?.demonyms[0];
    if (!demonym) return j;
    let end = j;
    while (end < toks.length && end - j < 4 && toks[end]!.word && !toks[end]!.cap) end++;
    for (; end > j; end--)
      if (exactName(this.kb, `${demonym} ${lowers(toks.slice(j, end)).join(' ')}`)) return end;
    return j;
  }

  /** Start of lower-case body words ending right before `end` in a government body noun ("foreign ministry"). */
  private bodyWordsBefore(toks: Token[], end: number): number | undefined {
    const head = toks[end - 1];
    if (!head?.word || head.cap || this.kb.words.orgHeads.get(head.lower) !== 'GovernmentBody')
      return undefined;
    let s = end - 1;
    const modifier = (t: Token | undefined) =>
      !!t?.word && (!t.cap || s - 1 === firstWord(toks)) && !this.kb.words.functionWords.has(t.lower);
    while (s > end - 3 && modifier(toks[s - 1])) s--;
    return s;
  }

  /**
   * Lower-case role words after an organisation, ending in a role noun: "spokesman", "chief
   * executive", "foreign ministry spokesman". Returns the index after them (or `from` if none).
   */
  private roleWordsEnd(toks: Token[], from: number): number {
    const w = this.kb.words;
    let end = from;
    for (let j = from; j < toks.length && j - from < 3; j++) {
      const t = toks[j]!;
      // ("Pirate Bay co-founder X", "WHO director-general X": a hyphenated role word.)
      const joined = toks[j + 1]?.text === '-' && !toks[j + 1]!.spaceBefore && !toks[j + 2]?.spaceBefore;
      const compound = joined && toks[j + 2]?.word ? `${t.lower}-${toks[j + 2]!.lower}` : '';
      if (compound && t.word && !t.cap && inAnyForm(compound, [w.speakerRoles, w.roleNouns])) {
        j += 2;
        end = j + 1;
        continue;
      }
      // ("BAE Systems researchers A and B": the plural before a pair of names.)
      const role = inAnyForm(t.lower, [w.speakerRoles, w.roleNouns]);
      if (!t.word || t.cap || (w.functionWords.has(t.lower) && !role)) break;
      if (role) end = j + 1;
    }
    return end;
  }

  /**
   * "nine Iranians", "the nine men", "two Chinese nationals", "the defendants": a counted group of
   * people (or the defendants), a story's defendants; the index after it, else undefined.
   */
  private defendantGroup(toks: Token[], i: number): { end: number; count?: number } | undefined {
    const w = this.kb.words;
    let j = i;
    if (/^(the|all)$/.test(toks[j]!.lower)) j++;
    if (toks[j]?.lower === 'the') j++;
    const word = toks[j]?.lower ?? '';
    const count = /^\d{1,2}$/.test(word) ? Number(word) : w.countWords.get(word);
    if (count) j++;
    else if (j === i) return undefined;
    // "nine Iranians", "two Chinese nationals", "seven Russian military intelligence officers".
    const demonym = this.kb.demonymOf.has(toks[j]?.lower ?? '');
    if (demonym && count && /s$/.test(toks[j]!.lower) && !w.defendantNouns.has(toks[j + 1]?.lower ?? ''))
      return { end: j + 1, count };
    if (demonym) j++;
    for (let k = 0; k < 2 && toks[j + 1] && !w.defendantNouns.has(toks[j]!.lower); k++) {
      const t = toks[j]!;
      if (!t.word || t.cap || w.functionWords.has(t.lower)) break;
      j++;
    }
    const head = toks[j]?.lower ?? '';
    // Not "six officers of Russia's GRU": the body named after them is what the text speaks of.
    // ("accuses the men of deploying": an "of" the charge opens.)
    const ofBody = toks[j + 1]?.lower === 'of' && !/ing$/.test(toks[j + 2]?.lower ?? '');
    if (!w.defendantNouns.has(head) || ofBody) return undefined;
    // "two Chinese nationals, Zhu Hua and Zhang Shilong,": the names that follow are the people.
    if (toks[j + 1]?.text === ',' && toks[j + 2]?.cap) return undefined;
    // Uncounted, only "the defendants", "the men" say who they are (not "the nationals"), and not
    // when an apposition says what they belong to ("the men, all members of Unit 74455,"): the text
    // then speaks of that group.
    // ("the men, both members of X,", "the men, members of X,".)
    const belong =
      toks[j + 1]?.text === ',' &&
      toks.slice(j + 2, j + 8).some((x, k, xs) => w.memberNouns.has(x.lower) && xs[k + 1]?.lower === 'of');
    return count || (w.defendantReferences.has(head) && !belong) ? { end: j + 1, count } : undefined;
  }

  /**
   * "Home secretary", "Scottish police", "Bank regulators": the capitalised word at `k`, before a
   * noun for people or bodies, describes them and is no short name of a firm ("Home Depot").
   */
  private describesNext(toks: Token[], k: number): boolean {
    const next = toks[k + 1];
    // ("MGM chief executive Bill Hornbuckle": an acronym names the firm.)
    if (toks[k]!.allCaps || !next?.word || next.cap) return false;
    const w = this.kb.words;
    return inAnyForm(next.lower, [
      w.roleNouns,
      w.speakerRoles,
      w.peopleNouns,
      w.countryGroupNouns,
      w.companyDescriptors,
      w.orgDescriptors,
    ]);
  }

  /** An adjective ("Chinese companies") or a place ("in Helsinki") is no antecedent for a pronoun. */
  private weak(toks: Token[], m: SentMention): boolean {
    const next = toks[m.te];
    if (
      m.kind === 'demonym' &&
      next?.word &&
      !next.cap &&
      !this.kb.words.countryGroupNouns.has(next.lower) &&
      !this.kb.words.hackerNouns.has(next.lower)
    )
      return true;
    return this.place(toks, m) || this.wholeOfAside(toks, m);
  }

  /**
   * "the NCSC, part of the GCHQ eavesdropping agency,", "Sandworm, a unit of the GRU,": the body an
   * apposition places a name in; a later "it" is still the name.
   */
  private wholeOfAside(toks: Token[], m: SentMention): boolean {
    let k = m.ts - 1;
    if (toks[k]?.lower === 'the') k--;
    const head = toks[k - 1]?.lower ?? '';
    if (toks[k]?.lower !== 'of' || !(head === 'part' || this.kb.words.memberNouns.has(head))) return false;
    let c = k - 2;
    while (c > 0 && toks[c]!.word && !toks[c]!.cap && k - c < 5) c--;
    return toks[c]?.text === ',';
  }

  /** Three or more people named in a sentence that tells of charges: "them" after them is the defendants. */
  private listedDefendants(toks: Token[], out: SentMention[]): boolean {
    const people = new Set(
      out.filter((m) => !m.modifier && !m.pair && this.ents.get(m.key)?.type === 'Person').map((m) => m.key),
    );
    return (
      people.size >= 3 && toks.some((x) => this.kb.triggers.get(x.lower)?.some((p) => p.frame === 'legal'))
    );
  }

  /**
   * "Russian hackers", "a North Korean hacking group": a nation named for the attackers it is said to
   * have, which a story names first as often as its own.
   */
  private hackersOf(toks: Token[], m: SentMention): boolean {
    return (
      m.kind === 'demonym' &&
      toks
        .slice(m.te, m.te + 3)
        .some(
          (t, k, xs) =>
            this.kb.words.hackerNouns.has(t.lower) ||
            (t.lower === 'hacking' && /^(group|groups|team|unit|crew)$/.test(xs[k + 1]?.lower ?? '')),
        )
    );
  }

  /** A capital after "in"/"at" names a place, not a government. */
  private place(toks: Token[], m: SentMention): boolean {
    const prev = toks[m.ts - 1];
    return m.kind === 'metonym' && !!prev && this.kb.words.locatives.has(prev.lower);
  }

  /** After a mention: "(OPM)" defines an acronym for it. */
  private afterMention(sent: Sentence, j: number, out: SentMention[]): number {
    const toks = sent.tokens;
    const m = out[out.length - 1]!;
    const mission = this.missionIn(sent, m);
    if (mission > j) return mission;
    // "the Biden campaign", "Joe Biden's presidential campaign": a candidate's campaign is an
    // organisation of its own, the person only names it.
    if (this.ents.get(m.key)?.type === 'Person') {
      let k = toks[j]?.lower === "'s" ? j + 1 : j;
      // ("Trump's re-election campaign": the hyphen splits the word.)
      const electoral = /^(presidential|reelection|election|leadership)$/.test(toks[k]?.lower ?? '');
      const reElection =
        toks[k]?.lower === 're' && toks[k + 1]?.text === '-' && toks[k + 2]?.lower === 'election';
      if (electoral) k++;
      else if (reElection) k += 3;
      // (Not "Putin's campaign against Ukraine", "Biden's campaign of sanctions": only an electoral
      // campaign, or "the Biden campaign".)
      const named = electoral || reElection || toks[m.ts - 1]?.lower === 'the';
      const continued = /^(of|against|to|for|on|targeting)$/.test(toks[k + 1]?.lower ?? '');
      if (toks[k]?.lower === 'campaign' && !toks[k]!.cap && named && !continued) {
        m.modifier = true;
        const key = this.ents.fromRule(text(sent, m.ts, k + 1), 'Organization');
        out.push({ ts: m.ts, te: k + 1, key, kind: 'name', modifier: false });
        return k + 1;
      }
    }
    if (toks[j]?.text === '(' && toks[j + 1]?.allCaps && toks[j + 2]?.text === ')') {
      this.ents.defineAlias(toks[j + 1]!.text, m.key);
      out.push({ ts: j + 1, te: j + 2, key: m.key, kind: 'acronym', modifier: true });
      return j + 3;
    }
    // "the Health Information Sharing and Analysis Center, known as Health-ISAC,": a short name the
    // text gives an organisation, unless it is an actor known apart ("APT1, known as Unit 61398").
    const as = toks[j + 1]?.lower === 'also' ? j + 2 : j + 1;
    const type = this.ents.get(m.key)?.type;
    if (
      toks[j]?.text === ',' &&
      toks[as]?.lower === 'known' &&
      toks[as + 1]?.lower === 'as' &&
      type !== 'Person' &&
      type !== 'Country' &&
      !this.known(sent, as + 2)
    ) {
      const chunk = this.capChunk(sent, as + 2);
      if (chunk && /^[,.]$/.test(toks[chunk.end]?.text ?? '')) {
        this.ents.defineAlias(text(sent, chunk.start, chunk.end), m.key);
        out.push({ ts: chunk.start, te: chunk.end, key: m.key, kind: 'alias', modifier: true });
        return chunk.end;
      }
    }
    return j;
  }

  /**
   * "Russia's embassy in London": a mission abroad is a body of its own, named with its host city
   * (which is then no mention of the host country). Returns the index after the city, or m.te.
   */
  private missionIn(sent: Sentence, m: SentMention): number {
    const toks = sent.tokens;
    const w = this.kb.words;
    const named = this.ents.get(m.key);
    // "the Saudi embassy in Washington": a country's lower-case mission is its body first.
    if (
      named?.type === 'Country' &&
      !m.modifier &&
      w.missionNouns.has(toks[m.te]?.lower ?? '') &&
      !toks[m.te]!.cap
    ) {
      m.key = this.ents.countryBody(m.key, [toks[m.te]!.lower], text(sent, m.ts, m.te + 1));
      m.kind = 'nominal';
      m.te++;
    }
    const body = this.ents.get(m.key);
    const head = body?.label.split(' ').pop()?.toLowerCase() ?? '';
    const prep = toks[m.te]?.lower;
    if (body?.type !== 'GovernmentBody' || !w.missionNouns.has(head) || (prep !== 'in' && prep !== 'to'))
      return m.te;
    // "in London", "to the United Nations": the host city or body.
    const from = toks[m.te + 1]?.lower === 'the' && prep === 'to' ? m.te + 2 : m.te + 1;
    let end = from;
    while (end < from + 3 && toks[end]?.cap && toks[end]!.word) end++;
    if (end === from) return m.te;
    m.key = this.ents.fromRule(`${body.label} ${text(sent, m.te, end)}`, 'GovernmentBody', body.country);
    this.ents.alias(this.ents.get(m.key)!, text(sent, m.ts, end));
    m.te = end;
    return end;
  }

  /** Longest gazetteer or country name starting at token i, with its case rules. */
  private known(sent: Sentence, i: number): { hit: NameHit; end: number } | null {
    const toks = sent.tokens;
    const cands = this.kb.names.get(toks[i]!.lower);
    if (!cands) return null;
    for (const c of cands) {
      if (i + c.tokens.length > toks.length) continue;
      let ok = true;
      for (let k = 0; k < c.tokens.length && ok; k++) {
        const tk = toks[i + k]!;
        if (tk.lower !== c.tokens[k]) ok = false;
        if (!ok) break;
        if (c.exact && c.exact[k] && tk.text !== c.exact[k]) ok = false;
        else if (c.capReq[k] && !tk.cap && !sent.headline) ok = false;
      }
      if (!ok) continue;
      const end = i + c.tokens.length;
      const next = toks[end];
      // ("Park Jin-woo" is not "Park Jin": a person's name goes on past a hyphen; "the Xi-Obama
      // summit" joins two.)
      if (
        c.hit.kind === 'actor' &&
        next?.text === '-' &&
        !next.spaceBefore &&
        toks[end + 1]?.word &&
        !toks[end + 1]!.cap &&
        !toks[end + 1]!.spaceBefore &&
        this.kb.actors.get(c.hit.ref)?.type === 'Person'
      )
        continue;
      // "Seoul blamed the North": a story's short form, after "the" and before no other name, once
      // the story has named the country and its partner, or the country last of all (not "the North
      // of England", "the North Carolina", nor Israel's north in a story that named North Korea once).
      const partners =
        c.hit.kind === 'country' ? (this.kb.countries.get(c.hit.ref)?.storyPartners ?? []) : [];
      if (
        c.hit.form === 'story' &&
        (toks[i - 1]?.lower !== 'the' ||
          next?.cap ||
          (next?.lower === 'of' && toks[end + 1]?.cap) ||
          !this.ents.hasCountry(c.hit.ref) ||
          !(
            partners.every((x) => this.ents.hasCountry(x)) ||
            // (As a subject only: not "targeted councils across the North".)
            (!this.kb.words.prepositions.has(toks[i - 2]?.lower ?? '') &&
              this.ents.last((x) => x.type === 'Country') === this.ents.countryKey(c.hit.ref))
          ))
      )
        continue;
      // "a Chinese army unit": a description ending in a common noun, then a body's head word,
      // describes another body.
      const bodyWord = (x: string) => this.kb.words.orgHeads.has(x) || this.kb.words.nominals.has(x);
      if (!toks[end - 1]!.cap && next?.word && !next.cap && bodyWord(next.lower)) continue;
      // "the Commission on Elections": a body's head word, known alone as a body's short name, heads
      // a longer name of its own when capitalised words follow its connector.
      const complement = toks[i]!.cap && this.kb.words.orgHeadsTakingComplement.has(toks[i]!.lower);
      if (
        c.tokens.length === 1 &&
        complement &&
        /^(on|of|for)$/.test(next?.lower ?? '') &&
        toks[end + 1]?.cap &&
        // (Not "The Commission on Friday accused …".)
        !this.kb.words.timeWords.has(toks[end + 1]!.lower)
      )
        continue;
      // "the Dutch military intelligence agency MIVD": the description and the name are one mention.
      const named = next?.cap ? this.known(sent, end) : null;
      const same = named?.hit.kind === c.hit.kind && named.hit.ref === c.hit.ref;
      return { hit: c.hit, end: same ? named.end : end };
    }
    return null;
  }

  /** "Sofia Lind", "Jordan Peters": a capital or a country name right before a surname is a first name. */
  private firstName(sent: Sentence, hit: { hit: NameHit; end: number }, afterTitle: boolean): boolean {
    if (
      sent.headline ||
      hit.hit.kind !== 'country' ||
      (hit.hit.form !== 'metonym' && !(afterTitle && hit.hit.form === 'name'))
    )
      return false;
    const next = sent.tokens[hit.end];
    return (
      !!next &&
      next.cap &&
      next.word &&
      NAME_PART.test(next.text) &&
      !this.kb.words.orgHeads.has(next.lower) &&
      !this.kb.words.functionWords.has(next.lower) &&
      !this.kb.names.has(next.lower) &&
      !this.title(sent.tokens, hit.end)
    );
  }

  private patternAt(toks: Token[], i: number): { end: number; type: EntityType } | null {
    const t = toks[i]!;
    if (!t.cap) return null;
    // Every pattern name carries a number ("APT28", "Unit 61398", "Storm-0558"): skip the rest cheaply.
    if (!toks.slice(i, i + 3).some((x) => /\d/.test(x.text))) return null;
    for (const len of [3, 2, 1]) {
      if (i + len > toks.length) continue;
      const s = toks
        .slice(i, i + len)
        .map((x, k) => (k > 0 && x.spaceBefore ? ' ' : '') + x.text)
        .join('');
      if (this.kb.militaryUnitPatterns.some((r) => r.test(s))) return { end: i + len, type: 'MilitaryUnit' };
      if (this.kb.threatGroupPatterns.some((r) => r.test(s))) return { end: i + len, type: 'ThreatGroup' };
    }
    return null;
  }

  /** "Home Affairs Minister", "Cyber Security Minister": one or two capitalised words that are no name, then the office. */
  private portfolioTitle(toks: Token[], i: number): { end: number; text: string } | null {
    const w = this.kb.words;
    for (let k = i; k < i + 3; k++) {
      const x = toks[k];
      if (!x?.cap || !x.word || x.allCaps || w.functionWords.has(x.lower)) return null;
      if (k > i && w.portfolioTitles.has(x.lower)) return { end: k + 1, text: tokText(toks, i, k + 1) };
      if (this.kb.demonymOf.has(x.lower) || this.kb.titles.has(x.lower)) return null;
    }
    return null;
  }

  private title(toks: Token[], i: number): { end: number; text: string } | null {
    const own = this.listedTitle(toks, i);
    if (own || !toks[i]?.cap || !this.kb.words.titleRanks.has(toks[i]!.lower)) return own;
    // "FBI Assistant Director Brett Leatherman", "Acting Secretary X": a rank before a title, which
    // is held where the title is ("Acting Attorney General X" serves the state).
    const rest = this.title(toks, i + 1);
    return rest ? { end: rest.end, text: rest.text } : null;
  }

  private listedTitle(toks: Token[], i: number): { end: number; text: string } | null {
    // Past the sentence's end there is no title ("By Christopher Bing and Raphael Satter").
    const t = toks[i];
    if (!t?.cap) return null;
    const list = this.kb.titles.get(t.lower);
    // "Lieutenants Vladislav Borovkov, Denis Denisenko and …": a one-word title in the plural heads a list.
    const one = !list && t.lower !== singular(t.lower) ? this.kb.titles.get(singular(t.lower)) : undefined;
    // (A given name must follow: not "Kings College London", "Queens Hospital".)
    if (one?.some((seq) => seq.length === 1) && this.kb.givenNames.has(toks[i + 1]?.lower ?? ''))
      return { end: i + 1, text: one[0]![0]! };
    if (!list) return this.portfolioTitle(toks, i);
    const office = this.officeOf(toks, i, list);
    if (office) return office;
    for (const seq of list) {
      if (!matchSeq(toks, i, seq)) continue;
      // Titles are capitalised ("Secretary of State"): lower-case connectors only (or the sentence's
      // case at its start: "Government spokesman Piotr Muller said", also past a dateline's dash).
      const opens = i === firstWord(toks, 0) || /^[-—–]$/.test(toks[i - 1]?.text ?? '');
      if (
        !toks
          .slice(i, i + seq.length)
          .every((x, k) => x.cap || !x.word || this.kb.words.connectors.has(x.lower) || (opens && k > 0))
      )
        continue;
      // "President-elect Donald Trump": the office to come is the same office's title.
      const end = i + seq.length;
      // "King's College Hospital": a possessive makes the word part of a name, no title.
      if (toks[end]?.text === "'s" || toks[end]?.text === "'") return null;
      const elect = toks[end]?.text === '-' && !toks[end]!.spaceBefore && toks[end + 1]?.lower === 'elect';
      return { end: elect ? end + 2 : end, text: seq.join(' ').replace(/ - /g, '-') };
    }
    return null;
  }

  /**
   * "Minister of Foreign Affairs Wang Yi", "Director of National Intelligence James Clapper": a
   * one-word title, "of" and the capitalised words of its office, up to the person's given name.
   */
  private officeOf(toks: Token[], i: number, list: string[][]): { end: number; text: string } | null {
    // ("Minister for Home Affairs Clare O'Neil", "Minister for International Development and the
    // Pacific Pat Conroy": a portfolio after "for" is an office whatever its words.)
    const portfolio = toks[i + 1]?.lower === 'for' && this.kb.words.portfolioTitles.has(toks[i]!.lower);
    if (!list.some((seq) => seq.length === 1) || (toks[i + 1]?.lower !== 'of' && !portfolio)) return null;
    // (Not "President of Microsoft Brad Smith", "Head of Sony Pictures X": a known name there is the
    // organisation, not an office.)
    const from = toks[i + 2]?.lower === 'the' ? i + 3 : i + 2;
    const known = (k: number) =>
      Array.from({ length: k - from }, (_, n) => tokText(toks, from, from + n + 1)).some((x) =>
        exactName(this.kb, x),
      );
    // ("Minister of Foreign Affairs", "Director of National Intelligence": words of an office, not "Chairman
    // of Samsung".)
    const office = (k: number) =>
      toks
        .slice(from, k)
        .every(
          (x) =>
            this.kb.words.genericBodyWords.has(x.lower) ||
            /^(affairs|homeland)$/.test(x.lower) ||
            x.lower === 'and',
        );
    const named = (k: number) =>
      (this.kb.givenNames.has(toks[k]!.lower) || this.kb.surnamesFirst.has(toks[k]!.lower)) &&
      !!toks[k + 1]?.cap &&
      toks[k + 1]!.word;
    // ("Minister of Economy and Finance Nadia Fettah Alaoui": "and" joins the office's words.)
    for (let k = i + 2; k < i + 9 && k < toks.length - 1; k++) {
      const x = toks[k]!;
      if (k > i + 2 && x.cap && named(k))
        return known(k) || !(portfolio || office(k)) ? null : { end: k, text: tokText(toks, i, k) };
      const article = x.lower === 'the' && (k === i + 2 || (portfolio && toks[k - 1]?.lower === 'and'));
      if (!(x.cap && x.word) && !article && !(k > i + 2 && x.lower === 'and')) return null;
    }
    return null;
  }

  /**
   * "van der Berg", "bin Salman", "al-Falih": name particles at token j, then the capitalised name
   * they lead to (past a hyphen). Returns the index of that name word, or -1.
   */
  private particleEnd(toks: Token[], j: number): number {
    let k = j;
    while (k < j + 3 && this.kb.words.nameParticles.has(toks[k]?.lower ?? '') && !toks[k]!.cap) k++;
    if (k === j) return -1;
    if (toks[k]?.text === '-' && !toks[k]!.spaceBefore && !toks[k + 1]?.spaceBefore) k++;
    return toks[k]?.cap && toks[k]!.word ? k : -1;
  }

  /** "Robert M. Lee", "S. Iswaran", "Khalid A. al-Falih": a capital and a dot before more of a name. */
  private initialAt(toks: Token[], j: number): boolean {
    if (!/^\p{Lu}$/u.test(toks[j]?.text ?? '') || toks[j + 1]?.text !== '.') return false;
    const next = toks[j + 2];
    return (!!next?.cap && next.word) || this.particleEnd(toks, j + 2) > 0;
  }

  /** A person's name at token i: a known person, or one to three capitalised name words. */
  private personAfter(sent: Sentence, i: number): { key: string; end: number } | null {
    const toks = sent.tokens;
    if (i >= toks.length) return null;
    const hit = this.known(sent, i);
    if (hit && !this.firstName(sent, hit, true)) {
      if (hit.hit.kind === 'actor' && this.kb.actors.get(hit.hit.ref)?.type === 'Person')
        return { key: this.ents.fromHit(hit.hit, text(sent, i, hit.end)), end: hit.end };
      return null;
    }
    let j = i;
    // (Up to four words of a name, not counting particles, an article before a name and hyphens:
    // "Ali bin Fetais al-Marri", "Mohammed bin Abdulrahman Al Thani".)
    let words = 0;
    while (j < toks.length && words < 4) {
      const x = toks[j]!;
      const particle = j > i ? this.particleEnd(toks, j) : -1;
      const article = j > i && /^(al|el)$/i.test(x.text) && !!toks[j + 1]?.cap;
      if (particle < 0 && !article) words++;
      // "S. Iswaran", "Adam R. Bauer", "Khalid A. al-Falih": an initial, first or in the middle.
      if (this.initialAt(toks, j)) j += 2;
      else if (particle > 0) j = particle;
      else if (
        x.cap &&
        NAME_PART.test(x.text) &&
        !this.kb.words.orgHeads.has(x.lower) &&
        !this.kb.words.functionWords.has(x.lower) &&
        !this.kb.titles.has(x.lower)
      )
        j++;
      else if (
        x.text === '-' &&
        !x.spaceBefore &&
        toks[j + 1] &&
        !toks[j + 1]!.spaceBefore &&
        toks[j + 1]!.word
      )
        j += 2;
      else break;
    }
    if (j === i) return null;
    // "Lord Tariq Ahmad", "Dr Jane Wu": the honorific is not part of the name.
    let s0 = i;
    while (s0 < j - 1 && this.kb.words.honorifics.has(toks[s0]!.lower.replace(/\.$/, ''))) s0++;
    const label = text(sent, s0, j);
    const existing = j - i === 1 ? this.ents.personByPart(label) : undefined;
    return {
      key: existing ?? this.knownPerson(toks, s0, j, label) ?? this.ents.fromRule(label, 'Person'),
      end: j,
    };
  }

  private pronoun(
    toks: Token[],
    i: number,
    out: SentMention[],
  ): { key: string; end: number; kind: Mention['kind']; pair?: [string, string] } | null {
    const t = toks[i]!;
    const w = this.kb.words;
    // ("US IT firm JumpCloud", "the US said": capitals spell an acronym, not a pronoun, except where
    // a headline writes every word so.)
    if (t.allCaps && t.text.length > 1 && !toks.every((x) => !x.word || x.allCaps)) return null;
    // "Hackers said they had …": a plain word for hackers speaks, and "they" is it, no one named.
    const plainSpeaker = toks[i - 2];
    if (
      t.lower === 'they' &&
      SPEECH_FORMS.has(toks[i - 1]?.lower ?? '') &&
      !!plainSpeaker?.word &&
      this.kb.words.hackerNouns.has(plainSpeaker.lower) &&
      !out.some((m) => m.te === i - 1)
    )
      return null;
    // "Those who think they can hide …", "anyone who believes he …": anyone at all, no one named.
    const who = toks.slice(Math.max(0, i - 3), i).findIndex((x) => x.lower === 'who');
    if (who >= 0 && GENERIC_SUBJECTS.test(toks[Math.max(0, i - 3) + who - 1]?.lower ?? '')) return null;
    if (w.personPronouns.has(t.lower)) {
      // A person already named in this sentence, else the subject of a recent sentence, else the last person.
      // ('"… Putin's regime," she said': not a person inside a quote the pronoun stands outside of.)
      const quoted = (m: SentMention) => toks.slice(m.te, i).some((x) => /^["”“]$/.test(x.text));
      const people = out.filter(
        (m) => !m.modifier && !isDefendants(m.key) && this.ents.get(m.key)?.type === 'Person' && !quoted(m),
      );
      // "Biden spoke to Putin and urged him": an object pronoun is someone other than the subject.
      const next = toks[i + 1];
      const object =
        t.lower === 'him' || (t.lower === 'her' && (!next?.word || w.functionWords.has(next.lower)));
      // ("Trump said Biden had accused him": not the subject of its own verb, right before it.)
      const last = people[people.length - 1];
      const localSubject =
        !!last &&
        i - last.te <= 3 &&
        toks
          .slice(last.te, i)
          .every((x) => x.word && !x.cap && !w.prepositions.has(x.lower) && x.lower !== 'and');
      const here =
        object && people.length > 1 ? (localSubject ? people[people.length - 2] : last) : people[0];
      const key =
        here?.key ??
        this.ents.subjectPerson(PRONOUN_REACH) ??
        this.ents.last((e) => e.type === 'Person', PRONOUN_REACH);
      return key ? { key, end: i + 1, kind: 'pronoun' } : null;
    }
    // "charged nine Iranians …, accusing them of …": the group just named; "names A, 36, B, 34, and
    // C, 37, and accuses them of …": the people just listed are the story's defendants.
    const group = out.find((m) => isDefendants(m.key));
    if (w.pluralPronouns.has(t.lower) && group) return { key: group.key, end: i + 1, kind: 'pronoun' };
    if (t.lower === 'them' && this.listedDefendants(toks, out))
      return { key: this.ents.defendants(), end: i + 1, kind: 'pronoun' };
    if (w.thingPronouns.has(t.lower) || w.pluralPronouns.has(t.lower)) {
      // "The advisory warned that …, and it called on owners to …": a document that speaks is "it".
      const start = firstWord(toks, this.clauseStart);
      const documentSubject =
        DETERMINERS.has(toks[start - 1]?.lower ?? '') &&
        this.kb.words.reportNouns.has(toks[start]?.lower ?? '');
      if (t.lower === 'it' && documentSubject) return null;
      // "…, which it said was run by the GRU": the one who speaks is an institution, not the hacking
      // group or the place just named.
      const speaks = SPEECH_FORMS.has(toks[i + 1]?.lower ?? '');
      const fits = (type: EntityType | undefined) =>
        speaks ? this.speaks(type) : type !== 'Person' && type !== 'Place';
      // "sanctioned Iran's intelligence ministry and its minister": the possessor is the name just
      // joined by "and".
      const joined = out.find((m) => m.te === i - 1 && !m.modifier && !m.pair);
      // (A list of objects, "and its minister, X": not "contacted Sony and its agents later blamed …".)
      const listed = toks[i + 2]?.text === ',' || !!toks[i + 2]?.cap;
      // ("North Korea or its sympathisers": after "or", always the name just joined.)
      if (
        t.lower === 'its' &&
        ((toks[i - 1]?.lower === 'and' && listed) || toks[i - 1]?.lower === 'or') &&
        joined &&
        fits(this.ents.get(joined.key)?.type)
      )
        return { key: joined.key, end: i + 1, kind: 'pronoun' };
      // "In June it claimed attacks on …", "they claimed responsibility": who claims an attack is the
      // hacking group last named, not a country or company named since.
      if (/^(it|they)$/.test(t.lower) && this.claimsAttack(toks, i + 1)) {
        const group = this.ents.last((e) => e.type === 'ThreatGroup', PRONOUN_REACH + 1);
        if (group) return { key: group, end: i + 1, kind: 'pronoun' };
      }
      // "Aeza's chief executive, A, its general director, B": a list of titles keeps its possessor.
      const owner =
        t.lower === 'its' && toks[i - 1]?.text === ','
          ? out.findLast((m) => m.modifier && toks[m.te]?.lower === "'s" && i - m.te <= 10)
          : undefined;
      if (owner && fits(this.ents.get(owner.key)?.type))
        return { key: owner.key, end: i + 1, kind: 'pronoun' };
      // Subject preference: "The Treasury sanctioned six firms that it said …", "China told the US it was ready",
      // "Germany's BSI said it had warned …" (past a possessor).
      let first = firstWord(toks, this.clauseStart);
      // ("In September, the Treasury imposed sanctions on two Iranians it said …": past an opening
      // adverbial phrase to the clause's subject.)
      const opening = w.prepositions.has(toks[first]?.lower ?? '')
        ? toks.findIndex((x, k) => k > first && k < first + 6 && x.text === ',')
        : -1;
      if (opening > 0 && opening < i) first = firstWord(toks, opening + 1);
      // ("NSO was blacklisted, and Apple sued the company, accusing it of …": the object of a
      // participle after a comma belongs to the last clause, whose subject it is not.)
      const participle = /ing$/.test(toks[i - 1]?.lower ?? '') && toks[i - 2]?.text === ',';
      for (let j = i - 2; participle && j > first; j--) {
        const next = out.find((m) => m.ts === j + 1 && !m.modifier);
        const verb = next && toks[next.te];
        if (toks[j]!.lower === 'and' && toks[j - 1]!.text === ',' && verb?.word && !verb.cap) {
          first = j + 1;
          break;
        }
      }
      const possessor = out.find((m) => m.ts === first && /^('s|’s)$/.test(toks[m.te]?.lower ?? ''));
      if (possessor && out.some((m) => m.ts === possessor.te + 1)) first = possessor.te + 1;
      // ("the security company Symantec …": past the lower-case words that describe the name.)
      let described = first;
      while (
        described < first + 4 &&
        toks[described]?.word &&
        !toks[described]!.cap &&
        !SPEECH_FORMS.has(toks[described]!.lower) &&
        !out.some((m) => m.ts === first)
      )
        described++;
      if (described > first && out.some((m) => m.ts === described && !m.modifier)) first = described;
      const opener = out.find(
        (m) =>
          !m.modifier &&
          !m.pair &&
          m.kind !== 'pronoun' &&
          fits(this.ents.get(m.key)?.type) &&
          m.ts === first,
      );
      // ("South Korean officials said North Korea was behind it, and it has denied …": "it" is not
      // the plural people a demonym opens.)
      // (But "North Korean hackers …, but it has denied" is the state.)
      const people =
        opener?.kind === 'demonym' &&
        sForm(toks[opener.te]?.lower ?? '') &&
        !toks[opener.te]!.cap &&
        !CYBER_WORD.test(toks[opener.te]!.lower) &&
        /^(it|its)$/.test(t.lower);
      const subject = people ? undefined : opener;
      // "The Slovak security firm ESET …": a demonym before descriptor words only describes the
      // subject; so does a country's name ("the U.S. cybersecurity firm Mandiant …"), when only
      // such words stand between it and the name.
      const descriptor = (x: Token) =>
        x.word &&
        !x.cap &&
        !w.functionWords.has(x.lower) &&
        !SPEECH_FORMS.has(x.lower) &&
        !/ed$/.test(x.lower);
      const demonymDescribes =
        subject?.kind === 'demonym' && toks[subject.te]?.word && !toks[subject.te]!.cap;
      const countryDescribes =
        !!subject &&
        subject.kind !== 'demonym' &&
        this.ents.get(subject.key)?.type === 'Country' &&
        !!toks[subject.te] &&
        descriptor(toks[subject.te]!);
      const named =
        demonymDescribes || countryDescribes
          ? out.find(
              (m) =>
                m.ts > subject!.te &&
                m.ts <= subject!.te + 4 &&
                !m.modifier &&
                toks.slice(subject!.te, m.ts).every(descriptor),
            )
          : undefined;
      // ("A Swedish digital rights group said it …": an actor the story leaves unnamed; but "a
      // Chinese hacking group" stands for hackers of that nation.)
      const description = toks.slice(subject?.te ?? 0, (subject?.te ?? 0) + 4).filter(descriptor);
      if (
        demonymDescribes &&
        !named &&
        /^(a|an)$/.test(toks[subject!.ts - 1]?.lower ?? '') &&
        description.some((x) => w.orgDescriptors.has(x.lower) || w.companyDescriptors.has(x.lower)) &&
        !description.some((x) => CYBER_WORD.test(x.lower) && !DEFENDING_WORD.test(x.lower))
      )
        return null;
      // "WhatsApp sued NSO Group, accusing it of …": the object of a verb is not that verb's subject
      // but the last other actor that fits ("them" is left to the groups of people it mostly means;
      // "used it to sabotage X" is a tool).
      const prev = toks[i - 1];
      const next = toks[i + 1];
      // ("sanctioned the GRU and the FSB, accusing them of …": "them" too, as the object of a
      // participle after a comma, is what the main verb acted on.)
      const participleObject = t.lower === 'them' && toks[i - 2]?.text === ',';
      // ("charged Zhu Hua and Zhang Shilong, accusing them": people too.)
      const fitsObject = (type: EntityType | undefined) => (participleObject ? type !== 'Place' : fits(type));
      const object =
        (t.lower === 'it' || participleObject) &&
        !!subject &&
        !!prev?.word &&
        !prev.cap &&
        /(ing|ed)$/.test(prev.lower) &&
        (!next?.word || (w.prepositions.has(next.lower) && next.lower !== 'to'));
      const other = object
        ? [...out]
            .reverse()
            .find(
              (m) =>
                !m.modifier &&
                !m.pair &&
                m.kind !== 'pronoun' &&
                m.key !== subject.key &&
                fitsObject(this.ents.get(m.key)?.type),
            )
        : undefined;
      // ("condemned the attack on Kyivstar, blaming it on Russia": "it" is the attack, not its victim.)
      let k = (other?.ts ?? 0) - 1;
      while (k > 0 && DETERMINERS.has(toks[k]!.lower)) k--;
      const incident =
        w.prepositions.has(toks[k]?.lower ?? '') &&
        !!this.kb.triggers
          .get(toks[k - 1]?.lower ?? '')
          ?.some((p) => p.frame === 'attack' && p.pos === 'noun');
      // (Only an object of the main verb: not a demonym, nor a name deeper in a phrase, "hackers
      // working for companies linked to Iran's Revolutionary Guards, accusing them".)
      let o = (other?.ts ?? 0) - 1;
      while (o > 0 && DETERMINERS.has(toks[o]!.lower)) o--;
      const mainObject =
        !!other && other.kind !== 'demonym' && /^(on|against|and|,)$/.test(toks[o]?.lower ?? '');
      if (other && !incident && participleObject && mainObject) {
        // "the GRU and the FSB, accusing them": both of two objects joined by "and".
        let a = other.ts - 1;
        if (DETERMINERS.has(toks[a]?.lower ?? '')) a--;
        const first =
          toks[a]?.lower === 'and' ? out.find((m) => m.te === a && !m.modifier && !m.pair) : undefined;
        if (first && first.key !== other.key && fitsObject(this.ents.get(first.key)?.type))
          return { key: first.key, end: i + 1, kind: 'pronoun', pair: [first.key, other.key] };
      }
      if (other && !incident && (!participleObject || mainObject))
        return { key: other.key, end: i + 1, kind: 'pronoun' };
      if (subject) return { key: (named ?? subject).key, end: i + 1, kind: 'pronoun' };
      // "it is", "it appears": expletive it before a copula with no actor in view stays unresolved.
      const key =
        (speaks ? this.ents.speakingInstitution(PRONOUN_REACH) : undefined) ??
        // "Anthem, based in Indianapolis and one of the biggest US insurers, disclosed the breach. Its
        // chief executive …": a sentence opening on "its" goes on with the institution the last began with.
        // (Not a state: "Ukraine said hackers hit Kyivstar. Its chief executive" is Kyivstar's; and not
        // before a state's office: "Its defence minister" is the state's.)
        // ("X, based in Reutov, builds missiles for Russia's space program. It was placed under …": a
        // sentence opening on "it" goes on with the only actor the last one named; not "The FBI
        // accused Huawei … It has denied", which names two.)
        (t.lower === 'it' && i === firstWord(toks, this.clauseStart) ? this.ents.soleActor() : undefined) ??
        // ("RedHack has long been a thorn in the side of the Turkish authorities. In 2012 it hacked
        // …": a clause's subject "it" goes on with what the last sentence was about; not "it was
        // unclear", which points at nothing.)
        // ("The FBI accused Huawei … It has denied": who denies is who was accused.)
        (t.lower === 'it' &&
        !out.some((m) => !m.modifier) &&
        !BE.has(toks[i + 1]?.lower ?? '') &&
        !toks.slice(i + 1, i + 4).some((x) => this.kb.triggers.get(x.lower)?.some((p) => p.frame === 'deny'))
          ? this.ents.leadActor()
          : undefined) ??
        (t.lower === 'its' &&
        i === firstWord(toks, this.clauseStart) &&
        !toks.slice(i + 1, i + 4).some((x) => w.stateOffices.has(x.lower) && !w.firmOffices.has(x.lower))
          ? this.ents.speakingInstitution(1, (e) => e.type !== 'Country')
          : undefined) ??
        this.ents.last((e) => fits(e.type), PRONOUN_REACH);
      return key ? { key, end: i + 1, kind: 'pronoun' } : null;
    }
    if (t.lower !== 'the' && t.lower !== 'this' && t.lower !== 'that') return null;
    // "the President", "the prime minister", "the French president": the last person with that title
    // (in any case here), of that country when a demonym says which.
    const nation = this.kb.demonymOf.get(toks[i + 1]?.lower ?? '');
    const at = nation ? i + 2 : i + 1;
    const title =
      this.title(toks, at) ??
      (this.kb.titles.get(toks[at]?.lower ?? '') ?? [])
        .filter((seq) => matchSeq(toks, at, seq))
        .map((seq) => ({ end: at + seq.length, text: seq.join(' ') }))[0];
    if (title && !(toks[title.end]?.cap ?? false)) {
      const key = this.ents.last(
        (e) =>
          e.type === 'Person' &&
          e.titles.some((x) => x.toLowerCase() === title.text.toLowerCase()) &&
          (!nation || !e.country || e.country === 'c:' + nation),
      );
      if (key) return { key, end: title.end, kind: 'nominal' };
    }
    // "the spokesman", "the Iranian spokesman": the person just named (of that nation, if one is
    // said), unless the words go on to introduce someone ("the spokesman for X", "the minister, Y").
    // Not an apposition ("X, the chief executive of Y,"), which the role reader takes.
    const role = toks[at];
    let past = at + 1;
    while (
      toks[past]?.word &&
      !toks[past]!.cap &&
      (w.roleNouns.has(toks[past]!.lower) || w.speakerRoles.has(toks[past]!.lower))
    )
      past++;
    const after = toks[past];
    if (
      role &&
      !role.cap &&
      toks[i - 1]?.text !== ',' &&
      w.anaphoricRoles.has(role.lower) &&
      !after?.cap &&
      !w.prepositions.has(after?.lower ?? '') &&
      !/^(responsible|who|,)$/.test(after?.lower ?? '')
    ) {
      const key = this.ents.last(
        (e) => e.type === 'Person' && (!nation || !e.country || e.country === 'c:' + nation),
        PRONOUN_REACH,
      );
      if (key) return { key, end: past, kind: 'nominal' };
    }
    // "accusing the Philippine lender of …": a company of that nation just named, not the nation.
    const kind = toks[i + 2];
    if (t.lower === 'the' && nation && kind?.word && !kind.cap && w.companyDescriptors.has(kind.lower)) {
      const key = this.ents.last(
        (e) => e.type === 'Company' && (!e.country || e.country === 'c:' + nation),
        NOMINAL_REACH,
      );
      if (key && !toks[i + 3]?.cap) return { key, end: i + 3, kind: 'nominal' };
    }
    // "the foreign ministry said": that body of the country last named.
    if (t.lower === 'the') {
      let j = i + 1;
      while (j < i + 4 && w.genericBodyWords.has(toks[j]?.lower ?? '')) j++;
      const head = toks[j];
      const country = this.ents.last((e) => e.type === 'Country');
      // Not "the federal agency that handles clearances", which introduces a new referent.
      const after = toks[j + 1];
      const introduces = !!after && (after.cap || /^(of|that|which|who)$/.test(after.lower));
      if (
        j > i + 1 &&
        head &&
        !head.cap &&
        w.orgHeads.get(head.lower) === 'GovernmentBody' &&
        country &&
        !introduces
      )
        return {
          key: this.ents.countryBody(country, lowers(toks.slice(i + 1, j + 1)), tokText(toks, i + 1, j + 1)),
          end: j + 1,
          kind: 'nominal',
        };
    }
    // "the library's chief executive": a possessor before the nominals, which would read it otherwise.
    if (/^('s|’s)$/.test(toks[i + 2]?.lower ?? '')) {
      const named = this.namedByWord(toks, i);
      if (named) return named;
    }
    for (const len of [3, 2, 1]) {
      const words = toks.slice(i + 1, i + 1 + len);
      if (words.length < len || words.some((x) => !x.word)) continue;
      const phrase = words.map((x) => x.lower).join(' ');
      const types = w.nominals.get(phrase);
      if (!types) continue;
      // ("confirmed that hackers had broken in": "that" before a plural opens a clause.)
      if (t.lower === 'that' && sForm(words.at(-1)!.lower)) continue;
      const after = toks[i + 1 + len];
      // "the agency that handles clearances" introduces a referent, so it does not point back ("the
      // company of" does, as the object of "accuse": "accusing the company of hacking"); nor does
      // the start of a name ("the Federal Agency for Cartography and Geodesy").
      // (Not "and": "The Ministry and GCHQ blamed Russia" are two.)
      // ("the Organisation for the Prohibition of Chemical Weapons": past an article too.)
      const nameNext = toks[i + 2 + len]?.lower === 'the' ? toks[i + 3 + len] : toks[i + 2 + len];
      const nameGoesOn =
        words.every((x) => x.cap) && /^(of|for|on)$/.test(after?.lower ?? '') && !!nameNext?.cap;
      if (
        after &&
        ((after.lower === 'of' && !(isGerund(toks[i + 2 + len]) && this.accusingVerb(toks[i - 1]))) ||
          nameGoesOn ||
          after.cap ||
          after.lower === 'that' ||
          after.lower === 'which' ||
          after.lower === 'who')
      )
        return null;
      // "The NCSC blamed the agency": a definite noun in object position is not its clause's subject
      // (but "…, the department said" and '"…," the company said' are subjects themselves).
      const prev = toks[i - 1];
      const object = !!prev?.word && !prev.cap;
      // ("said Russian hackers had targeted the country's …": the verb's own subject, an actor just
      // before it; after a speech verb or a conjunction the nominal opens a clause, and only the
      // sentence's first actor is ruled out.)
      // ("Turkey's main opposition party called on the government": a possessor is no subject.)
      const actors = out.filter((m) => !m.modifier && !m.pair && !/^('s|’s)$/.test(toks[m.te]?.lower ?? ''));
      const near = actors.at(-1);
      const opens = SPEECH_FORMS.has(prev?.lower ?? '') || w.subordinators.has(prev?.lower ?? '');
      const own =
        near && !opens && i - near.te <= 4 && toks.slice(near.te, i).every((x) => x.word) ? near : actors[0];
      // ("the Lazarus Group, which the bloc said …": the subject of a relative clause; only what the
      // clause describes is ruled out.)
      const relative = /^(which|whom)$/.test(prev?.lower ?? '');
      const subject = relative ? near?.key : object ? own?.key : undefined;
      // "the agency" after "the World Anti-Doping Agency": the name with that word comes first,
      // whatever its type; else the last actor of a type the noun can name.
      const head = words[words.length - 1]!.lower;
      // "the embassy" after "the Chinese embassy in Helsinki": an organisation's head word anywhere
      // in the name (not "the government" for the Government Communications Security Bureau).
      const named = this.ents.last((e) => {
        const parts = e.label.toLowerCase().split(' ');
        return e.id !== subject && (parts.at(-1) === head || (w.orgHeads.has(head) && parts.includes(head)));
      }, NOMINAL_REACH);
      // '"…," the agency said': the institution heard speaking last, if the noun can name it.
      const speaking = SPEECH_FORMS.has(after?.lower ?? '')
        ? this.ents.speakingInstitution(PRONOUN_REACH)
        : undefined;
      const voice = speaking && types.includes(this.ents.get(speaking)!.type) ? speaking : undefined;
      // ("The board said": only a board the story named, and only one; no other body it told of.)
      if (w.namedNominals.has(phrase)) {
        const other =
          named &&
          this.ents.last((e) => {
            const parts = e.label.toLowerCase().split(' ');
            return e.id !== named && e.id !== subject && (parts.at(-1) === head || parts.includes(head));
          }, NOMINAL_REACH);
        return named && !other ? { key: named, end: i + 1 + len, kind: 'nominal' } : null;
      }
      const key =
        voice ??
        named ??
        this.ents.last(
          (e) =>
            e.id !== subject &&
            (types.includes(e.type) ||
              // A group the text named without saying what it is, not "the Catholic Diocese of X".
              (types.includes('ThreatGroup') &&
                e.type === 'Organization' &&
                e.ruleBased &&
                !e.label.split(' ').some((x) => w.orgHeads.has(x.toLowerCase())))),
          NOMINAL_REACH,
        );
      return key ? { key, end: i + 1 + len, kind: 'nominal' } : null;
    }
    // (Not before a possessive, which went first.)
    if (!/^('s|’s)$/.test(toks[i + 2]?.lower ?? '')) {
      const named = this.namedByWord(toks, i);
      if (named) return named;
    }
    return null;
  }

  /**
   * "a senior researcher at the lab", "the library's chief executive": after "the" at `i`, the
   * organisation just named whose last word the noun is, whatever the noun (before a possessive, an
   * organisation word inside it too: "the association's president" for the Association of Banks of
   * Mexico). Not "the lab that …", "the party of …", which introduce one, nor "the city's mayor": a
   * possessor only before an organisation's office (lexicon placeRoles).
   */
  private namedByWord(toks: Token[], i: number): { key: string; end: number; kind: 'nominal' } | null {
    const w = this.kb.words;
    const owned = toks[i + 1];
    const next = toks[i + 2];
    const possessive = /^('s|’s)$/.test(next?.lower ?? '');
    const introduces = !!next && (next.cap || /^(of|that|which|who)$/.test(next.lower));
    if (toks[i]!.lower !== 'the' || !owned?.word || owned.cap) return null;
    if (possessive ? !this.officeAt(toks, i + 3) : introduces) return null;
    const inside = possessive && w.orgHeads.has(owned.lower);
    // (A possessor may be any body but a person or a state; a plain noun a firm's, an organisation's
    // or a state body's.)
    const types = possessive
      ? /^(Company|Organization|GovernmentBody|MilitaryUnit|ThreatGroup|Place)$/
      : /^(Company|Organization|GovernmentBody)$/;
    const key = this.ents.last((e) => {
      const parts = e.label.toLowerCase().split(' ');
      return types.test(e.type) && (parts.at(-1) === owned.lower || (inside && parts.includes(owned.lower)));
    }, NOMINAL_REACH);
    return key ? { key, end: i + 2, kind: 'nominal' } : null;
  }

  /** An organisation's office in the three words from `k` ("chief executive"), not a place's ("mayor"). */
  private officeAt(toks: Token[], k: number): boolean {
    const w = this.kb.words;
    return toks
      .slice(k, k + 3)
      .some((x) => (w.anaphoricRoles.has(x.lower) || w.roleNouns.has(x.lower)) && !w.placeRoles.has(x.lower));
  }

  /** A run of capitalised words, with "of"/"and"/"on" inside an organisation's name. */
  private capChunk(sent: Sentence, i: number): { start: number; end: number } | null {
    const toks = sent.tokens;
    const w = this.kb.words;
    const s = i;
    let j = s;
    let hasHead = false;
    while (j < toks.length) {
      const x = toks[j]!;
      // An initial opens a name after a capital or in a list or apposition ("…, R. Ramdoss, said").
      if (
        (j > s || !!toks[j - 1]?.cap || /^(,|and)$/.test(toks[j - 1]?.lower ?? '')) &&
        this.initialAt(toks, j)
      ) {
        j += 2;
        continue;
      }
      // "Office of the Australian Information Commissioner": a title inside an organisation's name,
      // unless a person's name follows it ("Ministry of Defence Secretary Ben Wallace").
      const title = this.title(toks, j);
      // ("General Directorate of General Security": a title before a body's
      // word is that body's name.)
      const after = toks[title?.end ?? -1];
      const bodyAfter =
        !!after?.cap && (w.orgHeads.has(after.lower) || (hasHead && w.genericBodyWords.has(after.lower)));
      // ("Eric King said": a title word right after a given name, ending the name, is a surname.)
      const surname = !!title && j === s + 1 && this.kb.givenNames.has(toks[s]!.lower) && !toks[j + 1]?.cap;
      const inName =
        surname ||
        (!!title && ((j > s && (w.orgHeads.has(x.lower) || (hasHead && !after?.cap))) || bodyAfter));
      if (x.word && x.cap && (!title || inName)) {
        // "Chinese Ministry": a country's name starts another mention (not "Social Democratic Party"),
        // but not a surname after a given name ("Joseph Swedish", "Ryan Holland").
        const surname = j === s + 1 && this.kb.givenNames.has(toks[s]!.lower) && !toks[j + 1]?.cap;
        if (j > s && !surname && this.known(sent, j)?.hit.kind === 'country' && !hasHead) break;
        if (w.orgHeadsTakingComplement.has(x.lower)) hasHead = true;
        j++;
        continue;
      }
      if (x.word && /^\p{N}+$/u.test(x.text) && j > s) {
        j++;
        continue;
      }
      if (x.text === '-' && !x.spaceBefore && j > s && toks[j + 1]?.cap && !toks[j + 1]!.spaceBefore) {
        j += 2;
        continue;
      }
      // "Sung Baik-you", "Moon Jae-in", "Chen Wei-ting": a given name's second syllable, after a
      // surname (not "Hong Kong-based", "Seoul-owning": a participle is no syllable).
      if (
        x.text === '-' &&
        !x.spaceBefore &&
        j > s + 1 &&
        toks[j + 1]?.word &&
        !toks[j + 1]!.spaceBefore &&
        !/ed$/.test(toks[j + 1]!.lower) &&
        !/^\w{3,}ing$/.test(toks[j + 1]!.lower) &&
        this.kb.surnamesFirst.has(toks[s]!.lower)
      ) {
        j += 2;
        continue;
      }
      // "the Seoul Central District Prosecutors' Office", "Boston Children's Hospital": a possessive
      // inside a name that ends in an organisation word.
      // ("the People's Progress Party", "the Women's Rights Network": after a word for people, the
      // organisation word may come a few capitalised words later.)
      const people = w.peopleNouns.has(toks[j - 1]?.lower ?? '');
      let head = j + 1;
      while (people && head < j + 4 && toks[head]?.cap && !w.orgHeads.has(toks[head]!.lower)) head++;
      if (
        j > s &&
        (x.text === "'s" || x.text === "'" || x.text === '’') &&
        toks[j + 1]?.cap &&
        w.orgHeads.has(toks[people ? head : j + 1]?.lower ?? '')
      ) {
        j++;
        continue;
      }
      // "Merck & Co", "Procter & Gamble": an ampersand joins one company's name.
      if (j > s && x.text === '&' && toks[j + 1]?.cap && toks[j + 1]!.word) {
        j += 2;
        continue;
      }
      if (j > s && !hasHead && (x.lower === 'and' || x.text === '&')) {
        // "Military Intelligence and Security Service": "and" inside a name that ends in an organisation word.
        let k = j + 1;
        while (
          k < toks.length &&
          k < j + 5 &&
          toks[k]!.cap &&
          toks[k]!.word &&
          !w.orgHeads.has(toks[k]!.lower)
        )
          k++;
        // Not "Shell and Johns Hopkins University": only office words ("Military Intelligence") join.
        // ("the Health Information Sharing and Analysis Center": after "the", words no known name begins;
        // so after "the Norwegian": "the Norwegian Water Resources and Energy Directorate".)
        const afterThe = (k: number) =>
          toks[k - 1]?.lower === 'the' ||
          (toks[k - 2]?.lower === 'the' && this.kb.demonymOf.has(toks[k - 1]?.lower ?? ''));
        const officeWords =
          toks.slice(s, j).every((x) => w.genericBodyWords.has(x.lower) || w.orgHeads.has(x.lower)) ||
          (afterThe(s) && !toks.slice(s, j).some((_, n) => this.known(sent, s + n)));
        if (k < toks.length && toks[k]!.cap && w.orgHeads.has(toks[k]!.lower) && officeWords) {
          j++;
          continue;
        }
      }
      // "Max van Amerongen", "Faisal bin Farhan": a particle inside a person's name, after a given name.
      // ("Saif bin Ahmed al-Thani": a patronymic's "bin" or "ibn" after any name.)
      const patronymic = /^(bin|bint|ibn)$/.test(x.lower) && !x.cap;
      if (
        j > s &&
        !hasHead &&
        (patronymic || toks.slice(s, j).some((t) => this.kb.givenNames.has(t.lower)))
      ) {
        const k = this.particleEnd(toks, j);
        if (k > 0) {
          j = k;
          continue;
        }
      }
      // "Ministry of Economy, Trade and Industry", "Department of Foreign Affairs, Trade and
      // Development": a list of portfolios inside the complement of a body's head.
      if (
        j > s &&
        hasHead &&
        x.text === ',' &&
        toks.slice(s, j).some((t) => t.lower === 'of') &&
        toks[j + 1]?.cap &&
        toks[j + 1]!.word &&
        toks[j + 2]?.lower === 'and' &&
        toks[j + 3]?.cap &&
        toks[j + 3]!.word &&
        !toks[j + 4]?.cap &&
        // (Not separate bodies: "the Ministry of Finance, Parliament and Police".)
        !w.orgHeads.has(toks[j + 1]!.lower) &&
        !w.orgHeads.has(toks[j + 3]!.lower) &&
        !this.known(sent, j + 1) &&
        !this.known(sent, j + 3)
      ) {
        j += 4;
        continue;
      }
      if (j > s && hasHead && w.connectors.has(x.lower)) {
        let k = j;
        while (k < toks.length && w.connectors.has(toks[k]!.lower)) k++;
        // "the Ministry of Communications and Information and the Ministry of Health": "and" before
        // another organisation's head, or before "the" ("the Foreign Ministry and the Army"),
        // starts a second name; so does "and" before a preposition ("sanctions on New Horizon
        // Organization and on Net Peygard Company": the preposition repeated for a second object).
        const and = toks.slice(j, k).findIndex((t) => t.lower === 'and');
        // ("Shinhan Bank and Nonghyup": before the head's complement has begun, "and" lists names.)
        const complement = toks
          .slice(s, j)
          .some((t) => !t.cap && t.lower !== 'and' && w.connectors.has(t.lower));
        const another =
          and >= 0 &&
          (!complement ||
            w.orgHeadsTakingComplement.has(toks[k]?.lower ?? '') ||
            toks[j + and + 1]?.lower === 'the' ||
            j + and + 1 < k ||
            // ("Peru's Joint Command of the Armed Forces and Colombia's …": a known owner begins another.)
            (toks[k + 1]?.text === "'s" && !!this.known(sent, k)));
        // ("the National Union of Journalists": a capitalised word for people inside a name.)
        if (
          k < toks.length &&
          toks[k]!.cap &&
          toks[k]!.word &&
          (!w.functionWords.has(toks[k]!.lower) ||
            (singular(toks[k]!.lower) !== toks[k]!.lower && toks[k - 1]?.lower === 'of')) &&
          !another
        ) {
          j = k;
          continue;
        }
      }
      break;
    }
    if (j === s) return null;
    if (s === 0 && j - s === 1 && w.functionWords.has(toks[s]!.lower)) return null;
    return { start: s, end: j };
  }

  /**
   * "the FBI and the Cybersecurity and Infrastructure Security Agency (CISA) issued …": two
   * institutions joined by "and" act together, and "they" or "the agencies" may name them later.
   */
  private noteGroup(toks: Token[], out: SentMention[]): void {
    const actors = out.filter((m) => !m.modifier && !m.pair && m.kind !== 'pronoun');
    for (let k = 1; k < actors.length; k++) {
      const a = actors[k - 1]!;
      const b = actors[k]!;
      let j = a.te;
      if (toks[j]?.text === '(' && toks[j + 2]?.text === ')') j += 3;
      if (toks[j]?.lower !== 'and') continue;
      j++;
      if (toks[j]?.lower === 'the') j++;
      const institution = (key: string) => {
        const type = this.ents.get(key)?.type;
        return this.speaks(type) && type !== 'Country';
      };
      if (j === b.ts && a.key !== b.key && institution(a.key) && institution(b.key)) {
        this.ents.noteGroup([a.key, b.key]);
        return;
      }
    }
    const pair = this.countryPairIn(toks, out);
    if (pair) this.ents.noteCountryPair(pair);
  }

  /** "Japan and South Korea agreed …": the last two countries the words join by "and". */
  private countryPairIn(toks: Token[], out: SentMention[]): [string, string] | undefined {
    const countries = out.filter(
      (m) => !m.modifier && !m.pair && m.kind !== 'pronoun' && this.ents.get(m.key)?.type === 'Country',
    );
    for (let k = countries.length - 1; k > 0; k--) {
      const [a, b] = [countries[k - 1]!, countries[k]!];
      const j = toks[a.te + 1]?.lower === 'the' ? a.te + 2 : a.te + 1;
      // (Not the end of a longer list: "from the United States, Israel and Spain".)
      const before = toks[a.ts - 1]?.lower === 'the' ? a.ts - 2 : a.ts - 1;
      const listed = toks[before]?.text === ',' && out.some((m) => m.te === before && !m.modifier);
      if (toks[a.te]?.lower === 'and' && j === b.ts && a.key !== b.key && !listed) return [a.key, b.key];
    }
    return undefined;
  }

  /** A known person written with fewer of their names ("Tayyip Erdogan"), if the words say which. */
  private knownPerson(toks: Token[], s: number, e: number, surface: string): string | undefined {
    const id = personByParts(this.kb, lowers(toks.slice(s, e)));
    return id ? this.ents.fromHit({ kind: 'actor', ref: id, form: 'alias' }, surface) : undefined;
  }

  /** The owner in "Bolivia's Ministry of Defence" when the gazetteer knows the body for another country. */
  private foreignOwner(toks: Token[], i: number, hit: NameHit, out: SentMention[]): SentMention | undefined {
    if (hit.kind !== 'actor' || toks[i - 1]?.lower !== "'s") return undefined;
    const actor = this.kb.actors.get(hit.ref);
    const owner = out.find((m) => m.te === i - 1 && !m.pair);
    const foreign =
      !!actor?.country &&
      (actor.type === 'GovernmentBody' || actor.type === 'MilitaryUnit') &&
      !!owner &&
      this.ents.get(owner.key)?.type === 'Country' &&
      owner.key !== 'c:' + actor.country;
    return foreign ? owner : undefined;
  }

  /** "accusing", "charged": a verb whose object an "of" + gerund charge follows. */
  private accusingVerb(t: Token | undefined): boolean {
    return !!this.kb.triggers.get(t?.lower ?? '')?.some((p) => p.frame === 'accuse' || p.frame === 'legal');
  }

  /** Who "it said" can be: an institution, not a person, a place or a hacking group. */
  private speaks(type: EntityType | undefined): boolean {
    return type !== undefined && type !== 'Person' && type !== 'Place' && type !== 'ThreatGroup';
  }

  /** A claim of an attack at `k`, past auxiliaries and adverbs: "claimed responsibility", "has also claimed attacks". */
  private claimsAttack(toks: Token[], k: number): boolean {
    while (/^(has|have|had|also|later|then|previously|quickly|again)$/.test(toks[k]?.lower ?? '')) k++;
    if (!/^claim(s|ed)?$/.test(toks[k]?.lower ?? '')) return false;
    const j = /^(a|an|the|its|their)$/.test(toks[k + 1]?.lower ?? '') ? k + 2 : k + 1;
    const w = toks[j]?.lower ?? '';
    // (Not "It claimed the attack was contained": a claim that a clause is so.)
    return (
      /^(responsibility|credit)$/.test(w) ||
      (!!this.kb.triggers.get(w)?.some((p) => p.frame === 'attack' && p.pos === 'noun') &&
        !claimsClause(toks, j + 1))
    );
  }

  /** "X, a cybersecurity firm", "X, director of Y": the type the head of an apposition at `e` gives. */
  private appositionType(toks: Token[], e: number, len: number): EntityType | undefined {
    const w = this.kb.words;
    // The head of the apposition decides: "X, a cybersecurity firm", "X, the central bank governor",
    // "X, the company's chief executive", "X, a China specialist at the firm Y".
    let head: 'firm' | 'org' | 'role' | 'threat' | undefined;
    // "X, one of the biggest US health insurers,": a member of a kind is of that kind.
    const oneOf = toks[e + 1]?.lower === 'one' && toks[e + 2]?.lower === 'of';
    const from = oneOf ? e + 3 : e + 1;
    // ("A and C, the department said": a speaker after a list, no apposition.)
    let spoken = false;
    let cyber = false;
    for (let h = from; h < from + 8; h++) {
      const x = toks[h];
      // "under secretary": a preposition that starts a title does not end the apposition.
      const titleStart = w.roleNouns.has(toks[h + 1]?.lower ?? '');
      // "…, said the cases showed that investigators …": a clause, no apposition.
      spoken = !!x && SPEECH_FORMS.has(x.lower);
      // (The head comes before a relative clause: "BlackEnergy, the malware that U.S. officials …".)
      if (!x || x.text === ',' || spoken || /^(that|which|who|whose|where)$/.test(x.lower)) break;
      if (h > from && w.prepositions.has(x.lower) && !titleStart) break;
      const kind = oneOf ? singular(x.lower) : x.lower;
      // "Pay2Key, a ransomware operation", "X, a Russian hacking group": a group of the cyber kind
      // (not "a threat intelligence team", "a cybersecurity group": those who defend).
      if (DEFENDING_WORD.test(x.lower)) cyber = false;
      else if (CYBER_WORD.test(x.lower)) cyber = true;
      // ("a 25-year-old developer": an age says a person.)
      if (x.lower === 'old' && toks[h - 2]?.lower === 'year') return 'Person';
      const content = x.word && !x.cap && !w.functionWords.has(x.lower) && !/(ed|ing)$/.test(x.lower);
      // The last noun heads it: "a bank teller" is no bank.
      if (content) head = undefined;
      // ("Alexei Burkov, a Russian hacker": one hacker is a person.)
      if (PERSON_HACKER.test(kind)) head = 'role';
      else if (cyber && (w.threatDescriptors.has(kind) || kind === 'operation')) head = 'threat';
      else if (w.roleNouns.has(kind)) head = 'role';
      else if (w.companyDescriptors.has(kind)) head = 'firm';
      else if (w.orgDescriptors.has(kind) && !x.cap) head = 'org';
    }
    const article = oneOf || /^(a|an|the)$/.test(toks[e + 1]?.lower ?? '');
    if (head === 'firm' && article) return 'Company';
    if (head === 'org' && article && len <= 3 && !spoken) return 'Organization';
    // ("Nonghyup, South Korean officials said": the speakers after a clause, no apposition.)
    if (head === 'role' && len <= 4 && !oneOf && !spoken) return 'Person';
    if (head === 'threat' && article && len <= 3 && !spoken) return 'ThreatGroup';
    return undefined;
  }

  /** Where "known in the security industry as" starts, when the name at `at` follows its "as". */
  private namingGap(toks: Token[], at: number): number | undefined {
    for (let j = at - 4; j >= Math.max(0, at - 9); j--)
      if (/^(known|tracked)$/.test(toks[j]!.lower) && namingAsPast(toks, j) === at - 1) return j;
    return undefined;
  }

  /** The type of a capitalised name the gazetteer does not know, from its shape and its frame. */
  private typeOfUnknown(sent: Sentence, s: number, e: number, out: SentMention[]): EntityType | null {
    const toks = sent.tokens;
    const w = this.kb.words;
    const head = toks[e - 1]!;
    const prev = toks[s - 1];
    const prev2 = toks[s - 2];
    const next = toks[e];
    const labelText = text(sent, s, e);
    // "Adam R. Bauer" is three words long: an initial and its dot count once.
    // "Khalid A. al-Falih" too: particles and their hyphens are no words of their own.
    const len =
      e -
      s -
      toks
        .slice(s, e)
        .filter((x) => x.text === '.' || x.text === '-' || (!x.cap && w.nameParticles.has(x.lower))).length;
    if (this.kb.militaryUnitPatterns.some((r) => r.test(labelText))) return 'MilitaryUnit';
    if (this.kb.threatGroupPatterns.some((r) => r.test(labelText))) return 'ThreatGroup';
    // "hackers known as Cozy Bear", "a group dubbed Sandworm".
    // ("which calls itself Europe's largest cloud provider": a description, no name.)
    const possessed = toks[e]?.lower === "'s";
    // ('calls himself "Comodohacker"', 'calling itself the "Shadow Kill Hackers"': past the quote
    // that opens the name, and an article before it.)
    const quoted = /^["“‘']$/.test(prev?.text ?? '') ? s - 1 : s;
    const at = quoted < s && toks[quoted - 1]?.lower === 'the' ? quoted - 1 : quoted;
    const namings = w.namingVerbs
      .filter((nv) => at - nv.length >= 0 && matchSeq(toks, at - nv.length, nv))
      .map((nv) => ({ start: at - nv.length, nv }));
    // ("known in the security industry as Machete", "known to researchers as": a phrase between.)
    const gap = this.namingGap(toks, at);
    if (gap !== undefined) namings.push({ start: gap, nv: ['known', 'as'] });
    for (const { start, nv } of possessed ? [] : namings) {
      // ("malware called Taxhaul": a tool's name names no actor.)
      // (Not "tracks the group behind the malware under the name Pyroclast": the group is named.)
      // ('a hacker who calls himself "Comodohacker"': one person's handle.)
      if (/^(him|her)self$/.test(nv.at(-1)!)) return 'Person';
      const naming = /^(called|named|dubbed|known as)$/.test(nv.join(' '));
      if (naming && w.toolNouns.has(toks[start - 1]?.lower ?? '')) return null;
      const before = toks.slice(Math.max(0, start - 6), start).map((x) => x.lower);
      if (before.some((x) => w.threatDescriptors.has(x) || w.hackerNouns.has(x))) return 'ThreatGroup';
      if (before.some((x) => w.companyDescriptors.has(x))) return 'Company';
    }
    // The head of "Senior Experts Group on International Norms" is the word before the first connector
    // ("and" joins words of the name: "Communications and Media Authority").
    let h = e - 1;
    for (let k = s + 1; k < e; k++)
      if (w.connectors.has(toks[k]!.lower) && !toks[k]!.cap && !/^(and|&)$/.test(toks[k]!.lower)) {
        h = k - 1;
        break;
      }
    const nameHead = toks[h]!;
    const headType =
      w.orgHeads.get(nameHead.lower) ??
      w.orgHeads.get(head.lower) ??
      (head.cap ? w.namedOrgHeads.get(head.lower) : undefined);
    // "Philippine Airlines", "Russian Railways", "China Telecom": one head word after a country's name
    // or adjective is a name of its own.
    // (A company's, and not "Chinese Security officials", "North Korean Media", nor in a headline's capitals.)
    const describedNext =
      !!next?.word &&
      !next.cap &&
      (w.countryGroupNouns.has(next.lower) ||
        w.companyDescriptors.has(next.lower) ||
        w.peopleNouns.has(next.lower));
    const national =
      !sent.headline &&
      headType === 'Company' &&
      !w.pressNouns.has(head.lower) &&
      !describedNext &&
      !!prev?.cap &&
      out.some((m) => m.te === s && this.ents.get(m.key)?.type === 'Country' && m.kind !== 'pronoun');
    if (headType && (len > 1 || national)) {
      if (headType === 'Organization' && nameHead.lower === 'group') {
        const ctx = toks.slice(Math.max(0, s - 4), s).map((x) => x.lower);
        if (ctx.some((x) => CYBER_WORD.test(x))) return 'ThreatGroup';
      }
      return headType;
    }
    // "Pirate Bay co-founder Gottfrid Svartholm Warg": a name before role words and another name is
    // where the role is held (roleHolders then reads the person).
    const roleEnd = this.roleWordsEnd(toks, e);
    const holder = toks[roleEnd];
    if (
      roleEnd > e &&
      len >= 2 &&
      !sent.headline &&
      !!holder?.cap &&
      NAME_PART.test(holder.text) &&
      !w.orgHeads.has(holder.lower) &&
      !w.functionWords.has(holder.lower) &&
      !this.kb.titles.has(holder.lower)
    )
      return 'Organization';
    // "security firm Mandiant", "health insurer Anthem", "the broadcasters KBS and MBC".
    const described = (x: Token | undefined): EntityType | undefined => {
      if (!x || x.cap) return undefined;
      const one = singular(x.lower);
      if (w.companyDescriptors.has(x.lower) || w.companyDescriptors.has(one)) return 'Company';
      return w.orgDescriptors.has(x.lower) || w.orgDescriptors.has(one) ? 'Organization' : undefined;
    };
    const byDescriptor = described(prev);
    if (byDescriptor) return byDescriptor;
    // "dozens of firms, including Siemens and BASF": names listed after the kind they are of (the
    // kind's noun right before "including", past a comma).
    if (len <= 3) {
      let k = s - 1;
      while (
        k > 0 &&
        s - k < 12 &&
        (toks[k]!.cap || toks[k]!.text === ',' || /^(and|the)$/.test(toks[k]!.lower))
      )
        k--;
      const kind =
        toks[k]?.lower === 'including' ? toks[toks[k - 1]?.text === ',' ? k - 2 : k - 1] : undefined;
      const listed = kind && /s$/.test(kind.lower) ? described(kind) : undefined;
      if (listed) return listed;
    }
    const listed = out[out.length - 1];
    const listHead = listed && toks[listed.ts - 1];
    if (
      listed &&
      listed.te === s - 1 &&
      /^(and|or|,)$/.test(prev?.lower ?? '') &&
      /s$/.test(listHead?.lower ?? '') &&
      described(listHead) === this.ents.get(listed.key)?.type
    )
      return described(listHead)!;
    // "Henry Schein, a New York-based distributor", "Charlie Hebdo, the satirical magazine": what the
    // apposition says outweighs a given name.
    const apposed = next?.text === ',' ? this.appositionType(toks, e, len) : undefined;
    if (apposed && apposed !== 'Person') return apposed;
    // "the Petro Rabigh refinery", "the Natanz plant": a named facility.
    if (len <= 3 && w.facilityNouns.has(next?.lower ?? '') && !next!.cap) return 'Place';
    // "Hamid Firoozi", "Wang Qian", "Nguyen Van Binh": a given name first, or a surname written first.
    const first = toks[s]!.lower;
    if (
      len >= 2 &&
      len <= 4 &&
      !toks[s]!.allCaps &&
      !w.companyDescriptors.has(next?.lower ?? '') &&
      !w.facilityNouns.has(next?.lower ?? '') &&
      (this.kb.givenNames.has(first) || this.kb.surnamesFirst.has(first))
    )
      return 'Person';
    // "charged Park Jin Hyok", "arrested Yanbing Chen": two or three names after a verb of prosecution.
    if (prev && !prev.cap && w.prosecutionVerbs.has(prev.lower) && len >= 2 && len <= 3) return 'Person';
    if (
      next &&
      w.threatDescriptors.has(next.lower) &&
      !next.cap &&
      /^(hackers?|group|gang|crew|actors?)$/.test(next.lower)
    )
      return 'ThreatGroup';
    if (apposed === 'Person') return 'Person';
    if (next && (next.lower === 'inc' || next.lower === 'corp' || next.lower === 'ltd')) return 'Company';
    // "A spokesman for Iran's government, Ali Rabiei, said": a name in apposition to a role.
    if (prev?.text === ',' && len <= 3 && len >= 2) {
      const before = toks.slice(Math.max(0, s - 14), s - 1);
      // ("Georgia's Justice Minister, Zurab Adeishvili,": a title's capitals too; "The head of the
      // National Cyber and Crypto Agency (BSSN), Hinsa Siburian,": past its body's name. Not "The
      // Minister said hackers breached Nordic Semiconductor, Kongsberg Gruppen": a verb between.)
      const role = before.findLastIndex((x) => w.speakerRoles.has(x.lower) || w.roleNouns.has(x.lower));
      const rest = before.slice(role + 1);
      // ("the prime minister's office, Palazzo Chigi,": the office is named; but "A spokesman for the
      // ministry, Olek Dabrowski," is a person.)
      const office =
        rest[0]?.lower === "'s" && !rest[1]?.cap && w.orgHeads.has(rest[1]?.lower ?? '')
          ? rest[1]
          : undefined;
      // ("Its chief executive at the time, Sigve Brekke,": a time qualifier too.)
      const titleOnly = rest.every(
        (x) =>
          x.cap ||
          !x.word ||
          w.functionWords.has(x.lower) ||
          w.timeWords.has(x.lower) ||
          /^('s|time)$/.test(x.lower) ||
          w.orgHeads.has(x.lower),
      );
      if (role >= 0 && titleOnly) return office ? w.orgHeads.get(office.lower)! : 'Person';
    }
    // "two Chinese nationals, Zhu Hua and Zhang Shilong,", "six officers, including A B and C D":
    // names listed after a noun for people.
    if (len >= 2 && len <= 3 && (prev?.text === ',' || /^(and|including)$/.test(prev?.lower ?? ''))) {
      let k = s - 1;
      while (k > 0 && (toks[k]!.cap || toks[k]!.text === ',' || toks[k]!.lower === 'and')) k--;
      if (toks[k]!.lower === 'including' && toks[k - 1]?.text === ',') k -= 2;
      else if (toks[k + 1]?.text !== ',') k = -1;
      if (k >= 0 && w.peopleNouns.has(toks[k]!.lower)) return 'Person';
    }
    // "hacked Saipem", "broke into Westinghouse": the object of an attack verb is its victim, an organisation.
    const attackVerb = (x: Token | undefined) =>
      !!x &&
      !!this.kb.triggers
        .get(x.lower)
        ?.some((p) => p.frame === 'attack' && (p.pos === 'verb' || p.pos === 'phrase'));
    // "stolen by the group from Harmony": the source of a theft, a few words after the verb.
    const attackBefore = toks.slice(Math.max(0, s - 7), s - 1).some((x) => attackVerb(x));
    // ("sued RCBC": whom a lawsuit targets, a name with no given name first.)
    const sued = /^(sue|sues|sued|suing)$/.test(prev?.lower ?? '') && (len === 1 || toks[s]!.allCaps);
    // "the SolarWinds hack": a name before "hack" is its victim's (not "the Monday hack"; nor "the
    // Capitol breach", "the Louvre heist", which may be no cyber kind).
    // ("the NotPetya attack" is a tool's.)
    const attackNounNext =
      !!next &&
      next.lower === 'hack' &&
      /^(the|a|an)$/.test(prev?.lower ?? '') &&
      !toks.slice(s, e).some((x) => w.timeWords.has(x.lower) || w.months.has(x.lower));
    if (len <= 3 && attackNounNext) return 'Company';
    // "the attack on DigiNotar", "a breach at Optus": after an attack noun's preposition too.
    // (A cyber noun: "the attack on Odesa" is a city's in war news.)
    const cyberBefore =
      CYBER_WORD.test(toks[s - 3]?.lower ?? '') || /^(ddos|phishing)$/.test(toks[s - 3]?.lower ?? '');
    const attackNoun =
      /^(on|against|at)$/.test(prev?.lower ?? '') &&
      (!GENERIC_ATTACK.test(prev2?.lower ?? '') || cyberBefore) &&
      !!this.kb.triggers.get(prev2?.lower ?? '')?.some((p) => p.frame === 'attack' && p.pos === 'noun');
    if (
      len <= 3 &&
      (attackVerb(prev) || sued || attackNoun || (/^(into|from)$/.test(prev?.lower ?? '') && attackBefore))
    )
      return 'Company';
    // "the chief executive of Telenor", "a spokesman for Las Vegas Sands": the organisation a role is held in.
    if (
      len <= 3 &&
      /^(of|at|for)$/.test(prev?.lower ?? '') &&
      (w.roleNouns.has(prev2?.lower ?? '') || w.speakerRoles.has(prev2?.lower ?? ''))
    )
      return 'Company';
    // "Among the victims were Renault and FedEx", "victims included Saipem".
    const victimWord = (x: Token) => /^victims?$/.test(x.lower);
    if (
      len <= 3 &&
      (toks.slice(Math.max(0, s - 4), s).some(victimWord) || toks.slice(e, e + 6).some(victimWord))
    )
      return 'Company';
    // "the networks of Bayer", "customers of Kaseya": where an attack lands.
    if (len <= 3 && /^(of|at)$/.test(prev?.lower ?? '') && w.victimNouns.has(prev2?.lower ?? ''))
      return 'Company';
    // "Wu Zhiyong, Wang Qian and Liu Lei": a two- or three-word name listed with a person is one.
    if (len <= 3 && (prev?.text === ',' || prev?.lower === 'and')) {
      // "Masoud Jalili, 36, Seyyed Ali Aghamiri": past the age of the one listed before.
      // ("Ahmad Agha, 22, and Firas Dardar": an "and" after the age.)
      const and = prev?.lower === 'and' && toks[s - 2]?.text === ',' ? 1 : 0;
      const aged = ageBetweenCommas(toks, s - 3 - and);
      // ("Joshua Covelli, 26, of Fairborn, Ohio, and Mercedes Haefer", "A of Estonia and B": past the
      // home of the one listed before.)
      let of = s - 1 - and;
      while (of > 0 && s - of < 8 && toks[of]!.lower !== 'of' && (toks[of]!.cap || toks[of]!.text === ','))
        of--;
      const home = toks[of]?.lower === 'of' ? (toks[of - 1]?.text === ',' ? of - 1 : of) : -1;
      const homeEnd = home > 0 && ageBetweenCommas(toks, home - 2) ? home - 2 : home;
      const listed =
        out.find((m) => m.te === s - (aged ? 3 + and : 1) && !m.modifier) ??
        (home > 0 ? out.find((m) => m.te === homeEnd && !m.modifier) : undefined);
      const type = listed && this.ents.get(listed.key)?.type;
      if (type === 'Person' && len >= 2 && listed!.te - listed!.ts >= 2 && !this.title(toks, e))
        return 'Person';
      // "hacked Siemens and Bayer": a name listed with a company is one.
      if (type === 'Company' && len <= 2 && !next?.cap) return 'Company';
    }
    // The subject or the inverted subject of a speech or judgement verb ("Truesec concluded that …").
    const speech = (x: Token | undefined) =>
      !!x && (SPEECH_FORMS.has(x.lower) || w.judgementVerbs.has(x.lower) || x.lower === 'warned');
    // "Siemens, which sells software to banks, said", "Korea Air, in a statement, said": the subject
    // past a relative clause or "in a statement" (an organisation's, unless "who" says a person's).
    const opener = toks[e + 1]?.lower ?? '';
    const authored = opener === 'in' && w.authoredNouns.has(toks[e + 3]?.lower ?? '');
    if (next?.text === ',' && (opener === 'which' || opener === 'who' || authored)) {
      const close = toks.findIndex((x, k) => k > e + 1 && (x.text === ',' || x.text === '.'));
      if (close > 0 && close - e <= 25 && toks[close]!.text === ',' && speech(toks[close + 1]) && len <= 3)
        return opener === 'who' ? 'Person' : 'Company';
    }
    // "investigators said Zeta breached the bank", "RedHack hacked the police": a name right before
    // an attack verb or a claim is the attacker's (at a sentence's start, only a brand's spelling
    // tells a name from a capitalised word).
    const brand = len === 1 && /^(\p{Lu}\p{Ll}+\p{Lu}|\p{N})/u.test(toks[s]!.text);
    if (
      len <= 2 &&
      !!next?.word &&
      !next.cap &&
      // (A past verb: "DDoS attacks" are a noun's; "NotPetya hit" may be a tool's.)
      // ("Mensah attacked the guard": a word for any attack may be a physical one.)
      ((attackVerb(next) && /ed$/.test(next.lower) && !/^(attacked|targeted)$/.test(next.lower)) ||
        this.claimsAttack(toks, e)) &&
      !DETERMINERS.has(prev?.lower ?? '') &&
      (brand || s > firstWord(toks, this.clauseStart)) &&
      !out.some((m) => m.te === s)
    )
      return 'ThreatGroup';
    if (speech(next) || (speech(prev) && (prev2?.text === ',' || /["”’]/.test(prev2?.text ?? '')))) {
      if (len > 3 || out.some((m) => m.te === s)) return null;
      // ("Police said", "Officers said", "Diplomats said": people of a kind, no one's name.)
      const kind = toks[s]!.lower;
      if (
        len === 1 &&
        (kind === 'police' ||
          w.peopleNouns.has(kind) ||
          (kind.endsWith('s') && w.roleNouns.has(singular(kind))))
      )
        return null;
      // "BioNTech said", "3CX said": a capital inside one word, or a digit, is a brand's, not a person's name.
      if (len === 1 && /^(\p{Lu}\p{Ll}+\p{Lu}|\p{N})/u.test(toks[s]!.text)) return 'Company';
      // "The NRC said", "the CNDP said": an acronym, or a name after an article, is no person's.
      // (Not "AOC said she …": a person's initials, by the pronoun that follows.)
      const personal = toks.slice(e).some((x) => /^(he|she|his|her|him)$/.test(x.lower));
      const acronym = len === 1 && toks[s]!.allCaps && toks[s]!.text.length >= 2 && !personal;
      return acronym || /^(the)$/.test(prev?.lower ?? '') ? 'Organization' : 'Person';
    }
    return null;
  }
}

function lowers(toks: Token[]): string[] {
  return toks.map((t) => t.lower);
}

function matchSeq(toks: Token[], i: number, seq: string[]): boolean {
  if (i + seq.length > toks.length) return false;
  for (let k = 0; k < seq.length; k++) if (toks[i + k]!.lower !== seq[k]) return false;
  return true;
}

function text(sent: Sentence, s: number, e: number): string {
  const toks = sent.tokens;
  let out = '';
  for (let k = s; k < e; k++) out += (k > s && toks[k]!.spaceBefore ? ' ' : '') + toks[k]!.text;
  return out;
}

/** Index of the first word of a sentence after a leading determiner ("The Treasury"). */
function firstWord(toks: Token[], from = 0): number {
  let k = from;
  while (k < toks.length && (!toks[k]!.word || /^(the|a|an)$/i.test(toks[k]!.text))) k++;
  return k;
}

function tokText(toks: Token[], s: number, e: number): string {
  return toks
    .slice(s, e)
    .map((t) => t.lower)
    .join(' ');
}

export { matchSeq, text as tokenText };
