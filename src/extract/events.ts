// Event frames: trigger words from the lexicon, and per frame the rule that finds its agent and
// target among the sentence's actor mentions (active, passive, nominal, reported speech).
import type { EventClass, Hedge } from '../model/types.js';
import { isDefendants, type DocEntities, type DocEntity } from './entities.js';
import { confidenceOf, hedgeOf, isNegated, negationBefore } from './hedges.js';
import {
  AUX,
  BE,
  DEFINITE,
  APPOSITION_ARTICLES,
  GENERIC_ATTACK,
  DETERMINERS,
  LEGAL_COMPLEMENT,
  LIGHT_VERBS,
  lightVerbAt,
  MODALS,
  NAMING_DEFENDANTS,
  ORIGIN,
  QUOTE_CLOSE,
  QUOTE_OPEN,
  PARTICLES,
  RELATIVE_PRONOUNS,
  SPEECH_FORMS,
  VERB_ADVERBS,
  isGerund,
  sForm,
  singular,
  VICTIM_PREPS,
  PERSONAL_PRONOUNS,
  inAnyForm,
} from './grammar.js';
import type { KnowledgeBase } from './kb.js';
import type { SentMention } from './mentions.js';
import { RoleReader } from './roles.js';
import { SentenceView } from './sentence-view.js';
import type { Sentence } from './sentences.js';
import { ageBetweenCommas, type Token } from './tokens.js';
import { findTriggers, type TriggerMatch } from './triggers.js';

/** An event as one sentence states it, before ids and evidence are attached. */
export interface SentEvent {
  cls: EventClass;
  agent: string | null;
  target: string | null;
  trigger: string;
  hedge?: Hedge;
  confidence: number;
  quote?: string;
  /** Index (in the same sentence's list) of the incident this accusation/denial is about. */
  about?: number;
  /** Token index of the trigger. */
  ts: number;
  /** Stated by a noun ("cyberattacks on X"): what "the attacks" can point back to. */
  nominal?: boolean;
}

/** A speech verb read in the sentence, and who speaks through it. */
interface Speaker {
  ts: number;
  agent: string;
  target: string | null;
  verb: string;
  also: string[];
  match: TriggerMatch;
}

/** Words that open an aside inside a demand: "urged organisations, especially in health care, to patch". */
const ASIDE_OPENERS =
  /^(especially|particularly|notably|including|in|at|across|both|from|public|private|to)$/;
/** Words after a demonym that make it the nation's organs acting: "Russian government hackers". */
const STATE_WORDS =
  /^(government|state|military|intelligence|state-sponsored|state-backed|army|spies|security)$/;
/** What a report is about follows these: "an advisory on X", "a report detailing the tools X uses". */
const REPORT_TOPIC = /^(on|about|into|listing|detailing|describing|documenting|naming|exposing)$/;
/** An accusation read off the subject of what is said, not off a verb of blaming: less sure. */
const BLAMED_SUBJECT_CONFIDENCE = 0.6;

/** Marks "attributed the attacks to X": X is the perpetrator of the unnamed attacks just described. */
export const BACKFILL = '@backfill';

/** Records one reading of a trigger in the sentence being read; returns its index, or -1 if refused. */
type Emit = (
  m: TriggerMatch,
  cls: EventClass,
  agent: string | null,
  target: string | null,
  extra?: Partial<SentEvent>,
) => number;

/** Sentence-level frame application. */
/** A word that makes an attack a cyber one: "ransomware attack", "cyber attacks", "DDoS attacks". */
const CYBER_MODIFIER = /cyber|hack|ransom|ddos|phish/;

export class FrameReader {
  /** The sentence before mentioned accusations ("Moscow rejected the accusations. Peskov called them groundless."). */
  private accusationInPrevious = false;
  /** The speaker of the last speech verb read in the current sentence. */
  private priorSpeaker: string | undefined;
  /** Who brought the document's last charges: "prosecutors" and "the grand jury" later act for them. */
  private prosecutor: string | undefined;
  /** The last actor said to attack or accused: "among the victims were X" names more of its victims. */
  private perpetrator: string | undefined;
  /** Who the last sentence with an accusation accused: "X joined the condemnation" accuses them too. */
  private lastAccused: string[] = [];
  /** Who charged each person charged so far: "He is accused of …" is their accusation. */
  private chargedBy = new Map<string, string>();
  /** Who has charged or sued anyone in the story so far (the prosecution's side). */
  private prosecutors = new Set<string>();
  /** Per accused state (or actor): who accused it in the sentence that last did, keyed by that sentence's start offset. */
  private accusers = new Map<string, { sentence: number; agents: string[] }>();
  /** The people of the last sentence that named several: "the six men" are they. */
  private lastPeople: string[] = [];
  /** The victims of the last sentence that told of an attack: "that attack" points back to them. */
  private lastVictims: string[] = [];
  /** Sentences read since the one that told those victims. */
  private victimsAge = Infinity;
  /** Who the story has blamed so far: accused, or told as attackers. */
  private readonly blamed = new Set<string>();
  /** Attacks the story has alleged so far, as "perpetrator|victim": a later denial points at one. */
  private readonly alleged = new Set<string>();
  /** Who imposed the document's last sanctions: "Among those designated were …" continues them. */
  private sanctioner: string | undefined;
  /** Charges brought in the last sentence against people not yet named, and the group they belong to. */
  private unnamedCharged: { group?: string } | undefined;
  /** The state each person's role in the document serves ("Angus Taylor, Australia's minister"). */
  private readonly allegiance = new Map<string, string>();
  /** The people whose title names a state itself ("President", "Foreign Minister"), and that state. */
  private readonly servesState = new Map<string, string>();

  private readonly roles: RoleReader;
  constructor(
    private readonly kb: KnowledgeBase,
    private readonly ents: DocEntities,
  ) {
    this.roles = new RoleReader(kb, ents);
  }

  read(sent: Sentence, mentions: SentMention[]): SentEvent[] {
    if (sent.heading) return [];
    // "But can the two sides really play nice after years of accusations?": a question asserts nothing.
    const last = sent.tokens[sent.tokens.length - 1];
    if (last?.text === '?' && !sent.tokens.some((t) => QUOTE_OPEN.has(t.text) || t.text === '"')) return [];
    const v = new SentenceView(sent, mentions, this.kb, this.ents);
    const previous = this.accusationInPrevious;
    this.accusationInPrevious = sent.tokens.some((x) => this.kb.words.accusationNouns.has(x.lower));
    const restore = this.accusationInPrevious;
    this.accusationInPrevious = previous;
    const covered = new Set<number>();
    for (const m of mentions) for (let k = m.ts; k < m.te; k++) covered.add(k);
    const triggers = findTriggers(sent.tokens, this.kb).filter(
      (t) => !covered.has(t.ts) && !this.nounUseOfVerb(v, t) && !this.modifierUse(v, t) && !this.idle(v, t),
    );
    const events: SentEvent[] = [];
    const consumed = new Set<TriggerMatch>();
    const speakers: Speaker[] = [];
    const blamedBefore = new Set(this.blamed);

    const emit = (
      m: TriggerMatch,
      cls: EventClass,
      agent: string | null,
      target: string | null,
      extra: Partial<SentEvent> = {},
    ): number => {
      if (agent !== null && agent === target) return -1;
      // "Russia's GRU hacked anti-doping agencies": a state organ does not attack its own state
      // (hacktivists may: "Cyber Partisans attacked Belarus").
      if (
        cls === 'Cyberattack' &&
        agent &&
        target &&
        this.ents.get(agent)?.type !== 'Country' &&
        this.ents.stateOf(agent) === target
      )
        return -1;
      const hedge = extra.hedge ?? hedgeOf(v.toks, m.ts, m.te, this.kb);
      const trigger = m.at.map((k) => v.toks[k]!.text).join(' ');
      if (cls !== 'Role' && cls !== 'Cyberattack' && agent) lastAgent = agent;
      if (cls === 'Cyberattack' && agent) this.perpetrator = agent;
      // A state heard as the story's first voice ("…, Swedish prosecutors said") is the story's country
      // (not an agency's or a person's: "The FBI said Conti hit Costa Rica" is about Costa Rica).
      // ("Costa Rican President Rodrigo Chaves said": a person whose title names the state itself.)
      const voice =
        this.ents.get(agent ?? '')?.type === 'Country' ? agent : this.servesState.get(agent ?? '');
      if (cls === 'Statement' && voice && !sent.headline) this.ents.heardFrom(voice);
      if ((cls === 'Cyberattack' && agent) || (cls === 'Accusation' && target))
        this.blamed.add((cls === 'Accusation' ? target : agent)!);
      if (cls === 'Cyberattack' && agent && target) this.alleged.add(`${agent}|${target}`);
      if (cls === 'Cyberattack' && target && !victimsHere.includes(target)) victimsHere.push(target);
      if (cls === 'LegalAction' && agent) this.prosecutors.add(agent);
      if (
        cls === 'LegalAction' &&
        agent &&
        target &&
        this.ents.get(target)?.type === 'Person' &&
        this.kb.words.chargingWords.has(v.toks[m.ts]!.lower)
      )
        this.chargedBy.set(target, agent);
      if (cls === 'Accusation' && target) {
        // The accusers of the sentence that last accused a side (a later denial may answer them).
        const side = this.ents.stateOf(target) ?? target;
        const told = this.accusers.get(side);
        if (agent && told?.sentence === sent.start) {
          if (!told.agents.includes(agent)) told.agents.push(agent);
        } else if (agent) this.accusers.set(side, { sentence: sent.start, agents: [agent] });
        // Members accused ("the pair") leave the attacks to the group already blamed for them.
        const member = this.ents.get(target)?.type === 'Person';
        if (!member || this.ents.get(this.perpetrator ?? '')?.type !== 'ThreatGroup')
          this.perpetrator = target;
        // (A story's defendants, as a group, are no side a later denial answers for.)
        if (!accusedHere.includes(target) && !isDefendants(target)) accusedHere.push(target);
      }
      events.push({
        cls,
        agent,
        target,
        trigger,
        hedge,
        confidence: confidenceOf(m.pat.confidence, hedge, this.kb),
        ts: m.ts,
        ...extra,
      });
      return events.length - 1;
    };
    // ("Russia was not responsible": a negation inside a phrase's gap negates it too.)
    const negatedInside = (m: TriggerMatch) =>
      m.pat.slots.includes(null) &&
      v.toks.slice(m.ts + 1, m.te - 1).some((x) => this.kb.negations.has(x.lower));
    const negated = (m: TriggerMatch) => isNegated(v.toks, m.ts, this.kb) || negatedInside(m);
    const accusedHere: string[] = [];
    /** The agent of the sentence's last event: "accused X of … and demanded that …" goes on with it. */
    let lastAgent: string | undefined;
    const victimsHere: string[] = [];

    // Roles from titles and appositions.
    for (const m of mentions) {
      if (m.modifier || !m.title || !m.roleOf) continue;
      events.push({
        cls: 'Role',
        agent: m.key,
        target: m.roleOf,
        trigger: m.title,
        confidence: 0.9,
        ts: m.ts,
      });
    }
    this.roles.read(v, events, this.lastPeople);
    for (const e of events) {
      const state = e.cls === 'Role' && e.target ? this.ents.stateOf(e.target) : undefined;
      if (state && !this.allegiance.has(e.agent!)) this.allegiance.set(e.agent!, state);
      if (state && state === e.target) this.servesState.set(e.agent!, state);
    }

    const byFrame = (names: string[]) =>
      triggers.filter((t) => names.includes(t.pat.frame) && !consumed.has(t));

    // Speech first: speakers are the agents of offers and of "must" in what they report.
    this.priorSpeaker = undefined;
    // The speaker a clause is reported by: one before it, or one closing the sentence ("…, X said").
    const speakerFor = (ts: number) =>
      speakers.filter((x) => x.ts < ts).pop() ??
      speakers.find((x) => x.ts > ts && v.toks.slice(ts, x.ts).some((t) => t.text === ','));
    const said: [TriggerMatch, NonNullable<ReturnType<FrameReader['speech']>>][] = [];
    for (const m of byFrame(['speech', 'tell', 'according'])) {
      if (negated(m)) continue;
      const r = this.speech(v, m);
      if (!r) continue;
      // "U.S. prosecutors said": the country's prosecuting body, once the story has named it (not "a
      // former U.S. prosecutor said", nor "Washington said it had told U.S. prosecutors").
      const subject = v.mentions.find(
        (x) =>
          x.key === r.agent &&
          x.te < m.ts &&
          m.ts - x.te <= 7 &&
          !/^(former|ex)$/.test(v.toks[x.ts - 1]?.lower ?? ''),
      );
      r.agent = (subject && this.prosecutorsOf(v, subject)) ?? r.agent;
      // "Taylor said Canberra had determined that …": a state's finding reported by its own official
      // is the official's too (not an agency's: "Raab said the NCSC had assessed that …").
      const outer = said.at(-1)?.[1].agent;
      const state = outer && outer !== r.agent ? this.stateOfPerson(outer) : undefined;
      if (state && state === r.agent) r.also.push(outer!);
      said.push([m, r]);
      this.priorSpeaker = r.agent;
    }
    for (const [m, r] of said) {
      const quote = quoteOf(
        v,
        m,
        said.map((x) => x[0]),
      );
      const verb = v.toks[m.ts]!.lower;
      // "announced coordinated sanctions against X": the act announced is the event, no statement.
      const announcesAct =
        this.kb.words.announcingVerbs.has(verb) &&
        triggers.some(
          (t) => t.pat.frame === 'sanction' && t.pat.pos === 'noun' && t.ts > m.ts && t.ts <= m.te + 3,
        );
      // "The NCSC assessed that …": a judgement reports a finding; it is no statement of its own.
      if (!this.kb.words.judgementVerbs.has(verb) && !announcesAct)
        for (const a of [r.agent, ...r.also])
          emit(m, 'Statement', a, r.target, { quote, hedge: undefined, confidence: m.pat.confidence });
      speakers.push({ ts: m.ts, agent: r.agent, target: r.target, verb, also: r.also, match: m });
      // "Prosecutors alleged that APT31 sent malicious emails …": a wrong alleged of someone accuses
      // them (not "alleged that Boeing had been targeted", nor "that Poland had warned it").
      const accused = this.kb.words.allegingVerbs.has(verb)
        ? this.reportedSubject(v, m.te, triggers)
        : undefined;
      if (accused)
        for (const a of [r.agent, ...r.also]) if (a !== accused.key) emit(m, 'Accusation', a, accused.key);
      // "NATO told Russia to stop …": telling someone to act is a demand.
      const told = r.target ? v.right(m.te, 3, (x) => x.key === r.target) : undefined;
      // "warned Russia against further attacks" demands too.
      const next = v.toks[told?.te ?? -1]?.lower;
      const against = next === 'against' && /^warn/.test(verb);
      if (m.pat.frame === 'tell' && told && ((next === 'to' && v.toks[told.te + 1]?.word) || against))
        emit(m, 'Demand', r.agent, r.target, { hedge: undefined });
    }

    for (const [m, r] of said) {
      this.stateGroup(v, m, r, emit);
      this.unproven(
        v,
        m,
        r,
        (k) => [...this.lastAccused, ...accusedHere].some((x) => this.sameSide(x, k)),
        emit,
      );
    }

    const afterQuote = speakers.find(
      (x) => (x.ts > 0 && QUOTE_CLOSE.has(v.toks[x.ts - 1]?.text ?? '')) || v.toks[x.ts - 1]?.text === ',',
    );
    v.quoteSpeaker = (afterQuote ?? speakers[0])?.agent;

    for (const m of byFrame(['dismiss'])) {
      // "combining hacking with propaganda": after a preposition the word names a thing, it judges
      // no claim ("dismissed as baseless", "rested on false charges" do).
      const prep = v.toks[m.ts - 1]?.lower ?? '';
      const qualifies = this.kb.words.accusationNouns.has(v.toks[m.te]?.lower ?? '');
      // ("a pack of lies", "built on lies" judge: "of" and "on" stay.)
      if (!/^(as|of|on)$/.test(prep) && this.kb.words.prepositions.has(prep) && !qualifies) continue;
      // "Peskov said the accusations were unfounded", "called the allegation 'groundless slander'",
      // '"Any allegations that Russia is involved are unfounded," Peskov told reporters'.
      const heard =
        speakers.filter((x) => x.ts < m.ts).pop() ?? (v.inQuote[m.ts] ? speakerFor(m.ts) : undefined);
      const sp = heard ?? this.namer(v, m);
      // ("China called that warning a smear": the one accused answers what the story told.)
      const accused = !!sp && [...this.lastAccused, ...accusedHere].some((k) => this.sameSide(k, sp.agent));
      const accusationBefore =
        accused ||
        this.accusationInPrevious ||
        v.toks.slice(0, m.ts).some((x) => this.kb.words.accusationNouns.has(x.lower)) ||
        // "these false allegations": the dismissive word qualifies the accusation itself.
        this.kb.words.accusationNouns.has(v.toks[m.te]?.lower ?? '');
      // "said the Five Eyes report was a disinformation campaign": the report's author is the accuser;
      // "China called that warning a smear": those who accused the denier's side last (a speaker
      // who names no accuser answers no one in particular).
      if (!sp || !accusationBefore || negated(m)) continue;
      const named =
        this.accuser(v, Math.min(sp.ts, m.ts), v.clauseEnd(m.te)) ??
        this.accusersInSentence(v, events, sp.agent)[0];
      const answered = named
        ? [named]
        : accused && !heard
          ? (this.accusers.get(this.ents.stateOf(sp.agent) ?? sp.agent)?.agents ?? [])
          : [];
      for (const target of answered.length ? answered : [null])
        emit(m, 'Denial', sp.agent, target, { hedge: undefined });
    }

    for (const m of byFrame(['origin'])) {
      // 'a joint statement by the FBI and CISA said the attack was "likely Russian in origin"'.
      const sp = speakerFor(m.ts);
      const k = v.toks[m.ts - 1]?.lower === 'in' ? m.ts - 2 : m.ts - 1;
      // "the United States is the world's largest source of cyberattacks": the subject is the source.
      const ofAttacks =
        v.toks[m.te]?.lower === 'of' &&
        triggers.some((t) => t.pat.frame === 'attack' && t.ts > m.te && t.ts <= m.te + 3);
      // "a Russian source had confirmed" is a person who informs, not an origin.
      if (v.toks[m.ts]!.lower === 'source' && !ofAttacks) continue;
      // "bore the hallmarks of APT29", "the involvement of Russia": the source after "of".
      const ofSource =
        v.toks[m.te]?.lower === 'of' && !ofAttacks ? v.right(m.te + 1, 3, (x) => !x.pair) : undefined;
      // "the evidence pointed to Russia": the name right after "to" (not "the evidence did not point to
      // Russia", "whether the clues pointed to China", nor "points to exchanges in Hong Kong").
      const doubted = v.toks
        .slice(Math.max(0, m.ts - 6), m.te)
        .some((x) => this.kb.negations.has(x.lower) || this.kb.words.conditionalWords.has(x.lower));
      const next = DETERMINERS.has(v.toks[m.te]?.lower ?? '') ? m.te + 1 : m.te;
      const at =
        v.toks[m.te - 1]?.lower === 'to' && !doubted
          ? v.mentions.find((x) => x.ts === next && !x.pair)
          : undefined;
      // ("points to North Korea's Lazarus Group": the possessed group.)
      const toSource = at && v.possessed(at);
      const toNamed = toSource && !toSource.modifier ? toSource : undefined;
      // "the hallmarks of a Chinese operation", "the source of Russian attacks": a demonym before the
      // noun after "of" names the source.
      const after = DETERMINERS.has(v.toks[m.te + 1]?.lower ?? '') ? m.te + 2 : m.te + 1;
      const demonym =
        v.toks[m.te]?.lower === 'of'
          ? v.mentions.find((x) => x.ts === after && x.kind === 'demonym' && !x.pair)
          : undefined;
      const source = toNamed ?? v.argAt[k] ?? demonym ?? (ofAttacks ? v.agentLeft(m.ts) : ofSource);
      // "rejected any suggestion of Chinese involvement": what is denied accuses nobody, and neither
      // does "had not presented any evidence of Russian involvement".
      const evidence = v.toks.findIndex((x, k) => k < m.ts && k >= m.ts - 4 && x.lower === 'evidence');
      // ("never seen such clear evidence of X" is evidence).
      const unproven =
        evidence >= 0 &&
        (v.toks[evidence - 1]!.lower === 'no' ||
          (isNegated(v.toks, evidence, this.kb) &&
            !v.toks.slice(evidence - 3, evidence).some((x) => x.lower === 'such')));
      // "no question of any involvement of …": "any" asks or denies, it asserts nothing.
      const any = v.toks.slice(Math.max(0, m.ts - 2), m.ts).some((x) => x.lower === 'any');
      if (!sp || !source || source.pair || negated(m) || unproven || any || this.deniedBefore(v, m, triggers))
        continue;
      for (const a of [sp.agent, ...sp.also]) if (a !== source.key) emit(m, 'Accusation', a, source.key);
    }

    for (const m of byFrame(['behalf'])) {
      // 'the FBI said APT10 was acting on behalf of the MSS', 'the campaign was the work of Tehran':
      // the speaker accuses the sponsor, and a group or person said to act for it.
      const sp = speakerFor(m.ts);
      const sponsor = v.right(m.te, 6, (x) => !x.pair);
      // "The attack was the work of Black Basta (, according to people familiar …)": whoever says so,
      // the one named did the attack just told.
      // (Not "If the attack was the work of Iran, …", "Officials doubt the attack was the work of …".)
      const comma = v.toks
        .slice(0, m.ts)
        .map((x) => x.text)
        .lastIndexOf(',');
      const doubted = v.toks.slice(comma + 1, m.ts).some((x) => this.kb.words.conditionalWords.has(x.lower));
      const incident =
        v.toks[m.ts + 1]?.lower === 'work' && BE.has(v.toks[m.ts - 1]?.lower ?? '') && !doubted
          ? triggers.find((t) => t.pat.frame === 'attack' && t.te === m.ts - 1 && !consumed.has(t))
          : undefined;
      if (incident && sponsor && !negated(m)) {
        consumed.add(incident);
        for (const victim of this.incidentVictims(v, incident, m.ts - 1, sponsor.key))
          emit(incident, 'Cyberattack', sponsor.key, victim, { hedge: 'alleged' });
      }
      if (!sp || !sponsor || negated(m)) continue;
      let actor = v.agentLeft(m.ts);
      // "a company it said served as a front for APT31": the pronoun is whose word it is, and the
      // actor the noun before it.
      if (v.voicePronoun(actor)) actor = undefined;
      // "Gavin de Becker, a consultant working for Bezos, wrote": the speaker's own employer (the
      // apposition's role words may leave no actor of their own).
      const aside = v.toks.findLastIndex((x, k) => k < m.ts && x.text === ',');
      const ownAside =
        aside > 0 &&
        v.argAt[aside - 1]?.key === sp.agent &&
        v.toks.slice(aside + 1, m.ts).every((x) => x.word && !x.cap && !SPEECH_FORMS.has(x.lower));
      if (actor?.key === sp.agent || ownAside) continue;
      const actorType = actor && this.ents.get(actor.key)?.type;
      // Sponsorship of hacking: a group or its hackers act for the sponsor, or an attack is told;
      // not "the unit, run by Jason Chen, had grown".
      // ("the botnet was controlled by the Sofacy Group": a hacking group's sponsorship is hacking.)
      const sponsorType = this.ents.get(sponsor.key)?.type;
      const hacking =
        actorType === 'ThreatGroup' ||
        actorType === 'MilitaryUnit' ||
        sponsorType === 'ThreatGroup' ||
        v.toks
          .slice(Math.max(0, m.ts - 4), m.ts)
          .some((x) => this.kb.words.hackerNouns.has(x.lower) || /^(group|unit)$/.test(x.lower)) ||
        triggers.some((t) => t.pat.frame === 'attack');
      if (!hacking) continue;
      for (const a of [sp.agent, ...sp.also]) {
        // "a declaration issued on behalf of the Belgian government, the foreign ministry said":
        // nobody accuses its own state.
        const own = (this.ents.stateOf(a) ?? this.stateOfPerson(a)) === sponsor.key;
        if (a !== sponsor.key && !own) emit(m, 'Accusation', a, sponsor.key);
        if (
          actor &&
          actor.key !== a &&
          actor.key !== sponsor.key &&
          (actorType === 'ThreatGroup' || actorType === 'MilitaryUnit')
        )
          emit(m, 'Accusation', a, actor.key);
      }
    }

    for (const m of byFrame(['behind'])) {
      // "the GRU hackers behind Ukraine's blackouts", "the team behind the SolarWinds breach".
      let actor = v.argAt[m.ts - 1] ?? v.argAt[m.ts - 2] ?? v.argAt[m.ts - 3];
      // ("Midnight Blizzard, the same Russian hacking team behind the SolarWinds breach": the name the
      // apposition describes, not the nation in its description.)
      const open = actor?.kind === 'demonym' ? v.appositionBefore(m.ts - 1) : -1;
      if (open > 0 && v.argAt[open - 1] && !v.argAt[open - 1]!.pair) actor = v.argAt[open - 1];
      if (!actor || actor.pair || BE.has(v.toks[m.ts - 1]?.lower ?? '') || negated(m)) continue;
      const end = v.clauseEnd(m.te);
      const t = triggers.find(
        (x) => x.pat.frame === 'attack' && x.ts > m.ts && x.ts <= m.te + 6 && !consumed.has(x),
      );
      if (!t) continue;
      consumed.add(t);
      const victims = this.victims(v, t, end, actor.key);
      for (const victim of victims.length ? victims : this.lastVictims)
        if (victim !== actor.key) emit(t, 'Cyberattack', actor.key, victim, { hedge: 'alleged' });
    }

    for (const m of byFrame(['join'])) {
      // "Canada and Australia also joined the condemnation": they accuse whom the story accuses;
      // "… issued statements supporting the attribution": the participle's subject is the sentence's.
      // "The assessment was endorsed by Canada and the NSA": the by-agents join.
      const passive = v.toks[m.te - 1]?.lower === 'by';
      const subj = passive
        ? v.right(m.te, 6)
        : (v.agentLeft(m.ts) ?? (v.toks[m.ts]!.lower.endsWith('ing') ? v.sentenceSubject(m.ts) : undefined));
      if (!subj || subj.pair || negated(m)) continue;
      // "…, the broadest coalition to call out Chinese hacking": a country named after it is the one.
      const named = v.mentions.find(
        (x) => x.ts > m.te && !x.pair && this.ents.get(x.key)?.type === 'Country',
      );
      const accused = named && !passive ? [named.key] : this.lastAccused;
      const joiners = passive
        ? [subj.key, ...this.coordinated(v, subj, v.clauseEnd(subj.te))]
        : [subj.key, ...v.coordinatedBefore(subj), ...this.coordinated(v, subj, m.ts)];
      for (const a of new Set(joiners)) for (const t of accused) if (a !== t) emit(m, 'Accusation', a, t);
    }

    for (const m of byFrame(['claim'])) {
      // "DarkSide claimed responsibility for the hack of Colonial Pipeline": the claimant did it
      // (not whoever the search reaches past "a little-known group later claimed …").
      // "That attack was claimed by ALPHV": the claimant follows, the incident went before.
      // (A reduced "hack claimed by Cl0p" is the attack noun's own by-agent.)
      const byClaim = v.toks[m.te - 1]!.lower === 'by' && v.passive(m);
      if (v.toks[m.te - 1]!.lower === 'by' && !byClaim) continue;
      const agent = byClaim
        ? v.right(m.te, 8, (x) => !x.pair)
        : this.indefiniteSubject(v, m.ts)
          ? undefined
          : v.agentLeft(m.ts);
      if (!agent || agent.pair || negated(m)) continue;
      // The claim's subject: an attack noun in this clause ("a second wave … was claimed by" is not
      // the "hacked" before it), or "it" for the attack just told.
      const from = v.clauseStart(m.ts);
      const claimed = byClaim
        ? triggers
            .filter((t) => t.pat.frame === 'attack' && t.ts >= from && t.ts < m.ts && !consumed.has(t))
            .filter((t) => t.pat.pos === 'noun' || v.nominalUse(t))
            .pop()
        : undefined;
      const itClaimed = byClaim && !claimed && /^(it|this)$/.test(v.toks[m.ts - 2]?.lower ?? '');
      // ("The refund was claimed by X" claims no attack.)
      if (byClaim && !claimed && !(itClaimed && this.lastVictims.length)) continue;
      // A claim is said: the claimant makes a statement.
      emit(m, 'Statement', agent.key, null, { hedge: undefined, confidence: m.pat.confidence });
      if (byClaim) {
        if (claimed) consumed.add(claimed);
        const told = claimed ? this.incidentVictims(v, claimed, m.ts, agent.key) : this.lastVictims;
        for (const victim of told)
          if (victim !== agent.key)
            emit(claimed ?? m, 'Cyberattack', agent.key, victim, { hedge: 'claimed' });
        continue;
      }
      const end = v.clauseEnd(m.te);
      // "ALPHV claimed the attack (on MGM)": the claim's object is the incident itself.
      const object = this.kb.triggers
        .get(v.toks[m.te - 1]!.lower)
        ?.find((p) => p.frame === 'attack' && p.pos === 'noun');
      const incident = object
        ? { pat: object, ts: m.te - 1, te: m.te, at: [m.te - 1] }
        : triggers.find((t) => t.pat.frame === 'attack' && t.ts >= m.te && t.ts < end && !consumed.has(t));
      const victims = incident ? this.victims(v, incident, end, agent.key) : [];
      if (incident && !object) consumed.add(incident);
      for (const victim of victims) emit(incident!, 'Cyberattack', agent.key, victim, { hedge: 'claimed' });
      // "Within hours of the attack, a group calling itself X claimed responsibility", "X claimed the
      // attack", "X claimed responsibility for the attack": the attack told.
      const told = object
        ? !victims.length
        : incident
          ? !victims.length && v.toldBefore(incident)
          : !v.toks.slice(m.te, end).some((x) => x.lower === 'for') &&
            // ("X later claimed responsibility": for the attack the last sentences told.)
            (triggers.some((t) => t.pat.frame === 'attack' && t.ts < m.ts) ||
              (/^(responsibility|credit)$/.test(v.toks[m.te - 1]!.lower) &&
                !isGerund(v.toks[m.ts]) &&
                this.victimsAge === 0));
      if (told)
        for (const victim of this.lastVictims)
          if (victim !== agent.key) emit(m, 'Cyberattack', agent.key, victim, { hedge: 'claimed' });
    }

    for (const m of byFrame(['disavow'])) {
      // "Peskov said Russia had nothing to do with the hack": the speaker and the subject disown it.
      const sp = speakers.filter((x) => x.ts < m.ts).pop();
      const subj = v.agentLeft(m.ts);
      for (const who of new Set([sp?.agent, subj && !subj.pair ? subj.key : undefined]))
        if (who) emit(m, 'Denial', who, null, { hedge: undefined });
    }

    for (const m of byFrame(['accuse', 'attribute', 'deny', 'legal', 'responsible', 'source'])) {
      if (negated(m)) {
        // 'Peskov said Russia "could not be involved"', "said it had not been responsible": denied.
        const sp = m.pat.frame === 'responsible' ? speakerFor(m.ts) : undefined;
        // (Not '"If the government is not behind these attacks, it should …"': a condition.)
        const conditional = v.toks
          .slice(Math.max(0, m.ts - 6), m.ts)
          .some((x) => this.kb.words.conditionalWords.has(x.lower));
        if (sp && !conditional && (negationBefore(v.toks, m.ts, this.kb) || negatedInside(m)))
          for (const a of [sp.agent, ...sp.also]) emit(m, 'Denial', a, null, { hedge: undefined });
        continue;
      }
      // "rejected the proposal" is no denial: besides "deny", the object must be an accusation.
      // ("a charge Beijing rejected": the object may be the noun right before the subject;
      // "distanced itself from the attack": or the incident, told as such, not "the US attack".)
      const subject = v.argAt[m.ts - 1];
      const objectBefore =
        !!subject && this.kb.words.accusationNouns.has(v.toks[subject.ts - 1]?.lower ?? '');
      const incident = triggers.some(
        (t) =>
          t.pat.frame === 'attack' &&
          t.ts >= m.te &&
          v.toks.slice(m.te, t.ts).every((x) => DETERMINERS.has(x.lower)),
      );
      // "Russia's embassy dismissed the case": the other side's word on a prosecution the story told
      // (not the prosecutor's side, nor a judge's).
      const prosecution = v.toks[m.te + 1]?.lower ?? '';
      const dismisser = v.agentLeft(m.ts);
      const judge = (k: string) =>
        (this.ents.get(k)?.titles ?? []).some((t) =>
          this.kb.words.adjudicatorNouns.has(t.toLowerCase().split(' ').at(-1) ?? ''),
        ) || this.kb.words.adjudicatorNouns.has(v.toks[m.ts - 1]?.lower ?? '');
      const caseDismissed =
        DETERMINERS.has(v.toks[m.te]?.lower ?? '') &&
        (prosecution === 'case' || !!this.kb.triggers.get(prosecution)?.some((p) => p.frame === 'legal')) &&
        !!dismisser &&
        this.prosecutors.size > 0 &&
        ![...this.prosecutors].some((k) => this.sameSide(k, dismisser.key)) &&
        !judge(dismisser.key);
      if (
        m.pat.frame === 'deny' &&
        !/^den/.test(v.toks[m.ts]!.lower) &&
        !incident &&
        !objectBefore &&
        !caseDismissed &&
        // ("rejected the findings", "dismissed the report": what is rejected is the accusation;
        // "rejected any involvement" too.)
        !v.toks
          .slice(m.ts, m.te + 5)
          .some(
            (x) =>
              this.kb.words.accusationNouns.has(x.lower) ||
              this.kb.words.reportNouns.has(x.lower) ||
              this.kb.words.involvementNouns.has(x.lower),
          )
      )
        continue;
      // "the indictment", "the sanctions": a definite noun points back to an action already told,
      // though it may name more defendants ("The indictment names A, B and C").
      if (m.pat.pos === 'noun' && m.pat.frame === 'legal' && definiteBefore(v, m.ts)) {
        this.namedDefendants(v, m, emit);
        continue;
      }
      // "Also charged were A and B", "Those charged on Tuesday were A and B": the inverted passive
      // names its defendants after "were" (past a time).
      let were = m.te;
      while (
        were < m.te + 4 &&
        /^(on|in|last|this|earlier)$|day$|^\d+$/.test(v.toks[were]?.lower ?? '') &&
        !BE.has(v.toks[were]!.lower)
      )
        were++;
      if (m.pat.frame === 'legal' && m.pat.pos === 'verb' && BE.has(v.toks[were]?.lower ?? '')) {
        this.namedDefendants(v, { ...m, te: were }, emit);
        continue;
      }
      // "hackers linked to the MSS": a participle after a noun describes it; nobody accuses here
      // (but "the group was likely linked to X": past the adverb, a form of "be").
      let b = m.ts - 1;
      while (b > 0 && /ly$/.test(v.toks[b]!.lower)) b--;
      const before = v.toks[b];
      if (
        m.pat.frame === 'attribute' &&
        /ed$/.test(v.toks[m.ts]!.lower) &&
        /^(to|with)$/.test(v.toks[m.te]?.lower ?? '') &&
        before?.word &&
        !before.cap &&
        !v.argAt[m.ts - 1] &&
        !BE.has(before.lower) &&
        !AUX.has(before.lower)
      )
        continue;
      if (m.pat.frame === 'accuse' && m.pat.pos === 'noun' && this.deniedBefore(v, m, triggers)) continue;
      // "called on the FTC to hold the company responsible": what someone is urged to do is not done.
      if (
        v.toks[m.ts - 1]?.lower === 'to' &&
        triggers.some((t) => t.pat.frame === 'demand' && t.ts < m.ts && m.ts - t.te < 25)
      )
        continue;
      this.accusationLike(v, m, triggers, consumed, events, emit, speakerFor(m.ts));
    }

    for (const m of byFrame(['demand', 'concern'])) {
      // ("who asked not to be identified": anonymity asked for, no demand of anyone.)
      const anonymity =
        /^ask/.test(v.toks[m.ts]!.lower) && v.toks[m.te]?.lower === 'not' && v.toks[m.te + 1]?.lower === 'to';
      if (negated(m) || anonymity) continue;
      // "The EU said the hacking had … and urged Beijing to act": the speaker goes on.
      const and = v.toks[m.ts - 1]?.lower === 'and';
      // "Macron called Erdogan and urged him …": a second verb after "and" shares the clause's
      // subject, the actor its words begin with.
      let opener = v.mentions.find(
        (x) => !x.modifier && !x.pair && x.ts < m.ts && x.ts === clauseOpening(v, m.ts),
      );
      // ("Turkey's main opposition party (CHP) criticised … and called on": the possessed actor.)
      if (opener && /^('s|’s)$/.test(v.toks[opener.te]?.lower ?? ''))
        opener = v.mentions.find((x) => !x.modifier && !x.pair && x.ts > opener!.te && x.ts < m.ts) ?? opener;
      const goesOn = and ? (speakerFor(m.ts)?.agent ?? lastAgent ?? opener?.key) : undefined;
      // "Germany summoned Russia's ambassador, X, to demand that …": a purpose clause after the
      // object's apposition is the subject's act, not the object's.
      const purpose = v.toks[m.ts - 1]?.lower === 'to' && v.toks[m.ts - 2]?.text === ',';
      const agent = goesOn
        ? stand(goesOn)
        : v.passive(m)
          ? v.byAgent(m.te)
          : purpose
            ? this.subjectBeforeApposition(v, m.ts - 2)
            : v.agentLeft(m.ts);
      if (!agent) continue;
      // ("The FBI and CISA issued an advisory and urged …": each subject the clause opened with.)
      const fellow = v.coordinatedBefore(agent);
      if (goesOn && opener?.key === goesOn) fellow.push(...this.coordinated(v, opener, m.ts));
      let target: SentMention | undefined;
      const gapEnd = m.at[m.at.length - 1]!;
      if (m.pat.frame === 'demand' && m.pat.slots.includes(null)) {
        // "made it clear that ...": whoever the warning is about.
        target = v.right(m.te, 30, (x) => x.key !== agent.key && !x.pair);
        target ??= undefined;
        const other = target ? undefined : otherOfPair(this.ents.pair(), agent.key);
        emit(m, 'Demand', agent.key, target?.key ?? other ?? null);
        continue;
      }
      // "urged China to", not "warned that China was": the one urged is the verb's object.
      if (m.pat.frame === 'demand')
        target = v.passive(m)
          ? v.agentLeft(m.ts)
          : /^(of|about|against)$/.test(v.toks[m.te]?.lower ?? '') ||
              (/^(warn|caution)/.test(v.toks[m.ts]!.lower) && v.toks[m.te]?.lower === 'that')
            ? undefined
            : // Not "urged organisations using 3CX software to …": the object of a participle.
              // (but "urged the ruling Communist Party": after a determiner, an adjective).
              v.right(
                m.te,
                3,
                (x) =>
                  !x.pair &&
                  !v.toks
                    .slice(m.te, x.ts)
                    .some((t, j) => isGerund(t) && !DETERMINERS.has(v.toks[m.te + j - 1]?.lower ?? '')),
              );
      else
        target =
          v.right(gapEnd + 1, 12, (x) => x.key !== agent.key && !x.pair) ??
          v.between(m.ts + 1, gapEnd).find((x) => x.key !== agent.key && !x.pair && v.oblique(x));
      // ("handed Qatar a list of demands, including …": the indirect object right after the verb first.)
      // (Not a possessor: "raised Australia's concerns with Li".)
      // ("raised them with Rwanda": a word of the phrase is no one raised with.)
      const indirect = m.pat.frame === 'concern' && !m.at.includes(m.ts + 1) ? v.argAt[m.ts + 1] : undefined;
      const owner = /^('s|’s)$/.test(v.toks[indirect?.te ?? -1]?.lower ?? '');
      if (indirect && !indirect.pair && !owner && indirect.key !== agent.key && indirect.ts === m.ts + 1)
        target = indirect;
      // "demanded explanations from the United States and Denmark": whom it is demanded of.
      if (!target && m.pat.frame === 'demand' && /^demand/.test(v.toks[m.ts]!.lower)) {
        const from = v.toks.findIndex((t, k) => k >= m.te && k < m.te + 4 && t.lower === 'from');
        if (from > 0)
          target = v.right(
            from + 1,
            3,
            (x) => !x.pair && v.toks.slice(from + 1, x.ts).every((t) => DETERMINERS.has(t.lower)),
          );
      }
      // "called on governments, including China, to act": the one named among those urged.
      if (!target && m.pat.frame === 'demand') {
        const inc = v.toks.findIndex((x, k) => k >= m.te && k < m.te + 6 && x.lower === 'including');
        if (inc > 0 && v.toks[inc - 1]?.text === ',') target = v.right(inc + 1, 3, (x) => !x.pair);
      }
      if (target) target = this.counterpart(v, target);
      if (!target) {
        // "X warned that ...", "X called on governments to …": nobody named is urged; X still speaks.
        if (
          (/^(warn|caution)/.test(v.toks[m.ts]!.lower) || m.pat.frame === 'demand') &&
          !v.isMedia(agent) &&
          !v.toks.slice(agent.te, m.ts).some((x) => x.lower === 'and' || x.lower === 'but')
        )
          // ("The FBI and CISA urged organisations to …": each of the subjects.)
          for (const a of new Set([...expand(agent), ...fellow])) {
            emit(m, 'Statement', a, null, { hedge: undefined });
            if (m.pat.frame === 'demand' && m.pat.pos !== 'noun' && this.urgesToAct(v, m))
              emit(m, 'Demand', a, null);
          }
        continue;
      }
      // "called on Beijing and Moscow to …": each one urged.
      const sep = v.toks[target.te];
      const listed =
        sep?.lower === 'and' ||
        (sep?.text === ',' &&
          (!!v.argAt[target.te + 1] || (v.toks[target.te + 1]?.lower === 'the' && !!v.argAt[target.te + 2])));
      const urged = [target.key, ...(listed ? this.coordinated(v, target, v.clauseEnd(target.te)) : [])];
      for (const a of new Set([...expand(agent), ...fellow])) for (const u of urged) emit(m, 'Demand', a, u);
      // "raised concerns about cyber theft with China": the theft is the topic, not an event.
      const topicEnd = Math.max(target.te, m.te);
      for (const t of triggers)
        if (t.pat.frame === 'attack' && t.ts > m.ts && t.ts < topicEnd) consumed.add(t);
    }

    for (const m of byFrame(['must'])) {
      // ('"Egypt's authorities must stop …," X said': the speaker after the quote too.)
      const sp =
        speakers.filter((s) => s.ts < m.ts).pop() ?? (v.inQuote[m.ts] ? speakerFor(m.ts) : undefined);
      const subj = v.agentLeft(m.ts);
      if (!sp || !subj || subj.pair || subj.key === sp.agent || negated(m)) continue;
      // ('"We must do more," Obama said': no demand of one's own side.)
      const own = (this.ents.stateOf(sp.agent) ?? this.stateOfPerson(sp.agent)) === subj.key;
      if (v.inQuote[m.ts] && (own || this.sameSide(subj.key, sp.agent))) continue;
      emit(m, 'Demand', sp.agent, subj.key);
    }

    for (const m of byFrame(['agree', 'meet'])) {
      if (negated(m)) continue;
      // "warned that signed versions of the app …": a participle right before a bare plural noun,
      // after no subject, describes it.
      const form = v.toks[m.ts]!.lower;
      const next = v.toks[m.te];
      if (
        m.pat.pos === 'verb' &&
        form.endsWith('ed') &&
        !v.argAt[m.ts - 1] &&
        !!next?.word &&
        !next.cap &&
        next.lower.endsWith('s') &&
        this.kb.words.subordinators.has(v.toks[m.ts - 1]?.lower ?? '')
      )
        continue;
      // "the nuclear agreement reached …": a definite noun points back to an agreement already made.
      // ("the 2015 nuclear deal", "Tehran's deal": a definite noun phrase, past a year and modifiers.)
      if (m.pat.frame === 'agree' && m.pat.pos === 'noun') {
        let k = m.ts - 1;
        while (
          k > m.ts - 4 &&
          (/^\d{4}$/.test(v.toks[k]?.text ?? '') ||
            (v.toks[k]?.word && !v.toks[k]!.cap && !DEFINITE.has(v.toks[k]!.lower)))
        )
          k--;
        if (k < m.ts - 1 && DEFINITE.has(v.toks[k]?.lower ?? '')) continue;
      }
      // "co-signed by agencies from A and B": signing one document together is no agreement between them.
      if (v.toks[m.ts - 1]?.text === '-') continue;
      // 'was "committed to protecting users"': an adjective, no pledge between parties.
      let before = m.ts - 1;
      while (before > 0 && (QUOTE_OPEN.has(v.toks[before]!.text) || QUOTE_CLOSE.has(v.toks[before]!.text)))
        before--;
      // ("remained committed to finding a solution": a stand, no pledge either.)
      if (
        m.pat.frame === 'agree' &&
        (BE.has(v.toks[before]?.lower ?? '') || /^remain/.test(v.toks[before]?.lower ?? ''))
      )
        continue;
      // "a post signed by a user", "pledged its full support to the government": signing no accord,
      // backing offered rather than agreed.
      const verb = v.toks[m.ts]!.lower;
      const accordBefore = v.toks
        .slice(Math.max(0, m.ts - 6), m.ts)
        .some((x) => this.kb.triggers.get(x.lower)?.some((p) => p.frame === 'agree' && p.pos === 'noun'));
      if (m.pat.frame === 'agree' && /^sign/.test(verb) && v.toks[m.te]?.lower === 'by' && !accordBefore)
        continue;
      if (
        m.pat.frame === 'agree' &&
        /^pledg/.test(verb) &&
        v.toks.slice(m.te, m.te + 4).some((x) => /^(support|backing|help|assistance|loyalty)$/.test(x.lower))
      )
        continue;
      // "agreed with the US assessment": concurring with a view is no agreement between parties.
      if (
        m.pat.frame === 'agree' &&
        v.toks[m.te]?.lower === 'with' &&
        v.toks.slice(m.te + 1, m.te + 6).some((x) => this.kb.words.opinionNouns.has(x.lower))
      )
        continue;
      // "next month's summit", "upcoming talks", "weeks before the Netherlands hosts a summit":
      // a meeting still to come has not taken place.
      if (
        m.pat.frame === 'meet' &&
        m.pat.pos === 'noun' &&
        v.toks.slice(Math.max(0, m.ts - 4), m.ts).some((x) => this.kb.words.comingWords.has(x.lower))
      )
        continue;
      // "are trying to reach a deal", "hope to meet": sought, not yet reached (but "tried to break
      // into" is an attack all the same, so only here).
      // ("hope to sign an accord": the infinitive may come before the noun.)
      // (Not "Blinken, trying to calm tensions, met Wang Yi": an aside the comma closes.)
      if ((m.pat.frame === 'agree' || m.pat.frame === 'meet') && this.sought(v, m.ts)) continue;
      const parties = this.parties(v, m);
      if (!parties) continue;
      // "Germany summoned Russia's ambassador": a meeting the lexicon counts as a demand (a summons) has
      // a side that demands; in the passive ("Shulgin was summoned to the foreign ministry") the second.
      const demand = m.pat.cls === 'Demand';
      const [a, b] = demand && v.passive(m) ? [parties[1], parties[0]] : parties;
      // "Britain and France summoned the Russian envoy": each subject summons; neither summons the other.
      const subject = demand && !v.passive(m) ? v.agentLeft(m.ts) : undefined;
      const subjects = subject ? [subject.key, ...v.coordinatedBefore(subject)] : [];
      if (subjects.includes(a) && subjects.includes(b)) continue;
      for (const x of subjects.includes(a) ? subjects : [a])
        emit(m, m.pat.frame === 'agree' ? 'Agreement' : demand ? 'Demand' : 'Meeting', x, b);
    }

    for (const m of byFrame(['cooperate', 'workWith'])) {
      // ("unable to work with", "would refuse to work with": past the phrase's own "to".)
      if (negated(m) || (v.toks[m.ts]!.lower === 'to' && isNegated(v.toks, m.ts + 1, this.kb))) continue;
      const sp = speakers.filter((s) => s.ts < m.ts).pop();
      // "CISA said it was working with the FBI and USAID to …": said of oneself, a joint effort
      // is offered help (not "APT10 was working with the MSS").
      const subject = v.agentLeft(m.ts);
      const institution = (x: SentMention) => SPEAKING_BODIES.has(this.ents.get(x.key)?.type ?? '');
      // ("The SBU said the hackers acted in cooperation with the FSB": others' joint work.)
      const ownClause = (x: SentMention) => !v.toks.slice(x.te, m.ts).some((t) => SPEECH_FORMS.has(t.lower));
      if (
        m.pat.frame === 'workWith' &&
        !(subject && (subject.kind === 'pronoun' ? sp : institution(subject) && ownClause(subject)))
      )
        continue;
      // "Greek spokesman Pavlos Marinakis said Athens was ready to cooperate": a state the reported
      // clause names outright offers for itself (not "his country", which leaves it to the speaker).
      const stateSubject =
        !!sp &&
        !!subject &&
        !subject.pair &&
        subject.key !== sp.agent &&
        /^(name|alias|metonym|acronym)$/.test(subject.kind) &&
        // (Or a body another institution reports of: "The U.S. embassy said the FBI had offered".)
        (this.ents.get(subject.key)?.type === 'Country' ||
          (this.ents.get(sp.agent)?.type !== 'Person' &&
            SPEAKING_BODIES.has(this.ents.get(subject.key)?.type ?? ''))) &&
        ownClause(subject) &&
        // (Not what is wished of it: "said the United States should be ready to work with China",
        // "hoped Greece would be ready".)
        !v.toks
          .slice(sp.ts, m.ts)
          .some((t) => /^(should|must|would|could|hoped|hopes|hope|wants|urged)$/.test(t.lower));
      // "Palau has accepted offers of help from Australia, the United States and Japan": those after
      // "from" offer, to the subject.
      const from = v.toks.findIndex((t, k) => k >= m.te && k <= m.te + 2 && t.lower === 'from');
      const offerers =
        m.pat.pos !== 'verb' && /^offers?$/.test(v.toks[m.ts]!.lower) && from > 0
          ? v.right(from + 1, 3)
          : undefined;
      if (offerers && !offerers.pair && subject && !subject.pair && subject.key !== offerers.key) {
        for (const a of new Set([offerers.key, ...this.coordinated(v, offerers, v.clauseEnd(offerers.te))]))
          if (a !== subject.key) emit(m, 'CooperationOffer', a, subject.key);
        continue;
      }
      const agent = stateSubject ? subject!.key : (sp?.agent ?? subject?.key);
      if (!agent || this.ents.get(agent)?.type === 'ThreatGroup') continue;
      // ("Latvia and Estonia offered to help Lithuania": each subject offers.)
      const fellows = subject && agent === subject.key && !subject.pair ? v.coordinatedBefore(subject) : [];
      // ("working … with": the phrase ends in its "with".)
      const withX = this.withTarget(v, m.pat.frame === 'workWith' ? m.te - 1 : m.te, agent);
      // ("working with law enforcement": a joint effort with no one named is routine, not news.)
      if (m.pat.frame === 'workWith' && !withX) continue;
      // "she said the country was ready to cooperate with other nations": the offerer's own country
      // (the clause's subject) is no partner; an offer to no one named is still an offer.
      const own = new Set([v.agentLeft(m.ts)?.key, this.ents.get(agent)?.country, ...fellows]);
      // ("offered technical assistance to the central bank": whom it is offered to.)
      const offeredTo =
        v.toks[m.te]?.lower === 'to'
          ? v.right(
              m.te + 1,
              3,
              (x) =>
                !x.pair &&
                x.key !== agent &&
                v.toks.slice(m.te + 1, x.ts).every((t) => DETERMINERS.has(t.lower) || !t.cap),
            )
          : undefined;
      // ("to the Kenyan police": the nation of the body it is offered to.)
      const offeredToNation =
        v.toks[m.te]?.lower === 'to'
          ? v.mentions.find((x) => x.ts > m.te && x.ts <= m.te + 2 && !x.pair && x.kind === 'demonym')
          : undefined;
      // ("ready to cooperate with other countries", "to work with any country": with no one named.)
      // ("help other countries" too; but "other countries including the United States" names one.)
      const anyone =
        (/^(other|any|all)$/.test(v.toks[m.te]?.lower ?? '') ||
          v.toks
            .slice(m.te, m.te + 4)
            .some(
              (t, j, xs) =>
                /^(with|to)$/.test(t.lower) &&
                /^(other|any|all)$/.test(xs[j + 1]?.lower ?? '') &&
                !v.between(m.te, m.te + j).length,
            )) &&
        !v.toks.slice(m.te, m.te + 7).some((t) => t.lower === 'including');
      const target =
        withX ??
        offeredTo?.key ??
        offeredToNation?.key ??
        (anyone
          ? null
          : (sp?.target ??
            // (A country after the offer first: "offered to help Lithuania fend off …".)
            [...v.between(m.te, v.toks.length), ...v.between(0, m.ts)].find(
              (x) =>
                x.key !== agent && !x.pair && !own.has(x.key) && this.ents.get(x.key)?.type === 'Country',
            )?.key ??
            [otherOfPair(this.ents.pair(), agent)].find((x) => x && !own.has(x)) ??
            null));
      for (const a of new Set([agent, ...fellows])) if (a !== target) emit(m, 'CooperationOffer', a, target);
      // "working with the FBI and USAID": each partner named with the first.
      const first = withX ? v.right(m.te, 12, (x) => x.key === withX) : undefined;
      if (first)
        for (const t of this.coordinated(v, first, v.clauseEnd(first.te)))
          emit(m, 'CooperationOffer', agent, t);
    }

    this.suspectsNamed(v, emit);

    for (const m of byFrame(['sanction'])) {
      if (negated(m)) continue;
      // "cut diplomatic and transport links with": only words that say which ties, not "suspended two
      // lawmakers over their ties with Russia"; and a state's or a body's, not "Meta cut ties with".
      const ties = /^(ties|links|relations)$/.test(v.toks[m.te - 2]?.lower ?? '');
      if (ties) {
        const gap = v.toks.slice(m.at[0]! + 1, m.te - 2);
        const words = this.kb.words.functionWords;
        if (gap.some((x) => x.lower !== 'and' && x.lower !== 'all' && words.has(x.lower))) continue;
        const subject = v.agentLeft(m.ts);
        if (subject && /^(Company|Person|ThreatGroup)$/.test(this.ents.get(subject.key)?.type ?? ''))
          continue;
      }
      // "added NSO Group to its trade blacklist": those added are sanctioned by the subject.
      // ("added Matveev to its sanctions list": the list the noun heads.)
      const list = v.toks[m.ts]!.lower === 'blacklist' || v.toks[m.te]?.lower === 'list';
      if (m.pat.pos === 'noun' && list) {
        let at = m.ts - 1;
        while (at > m.ts - 5 && at > 0 && !/^(to|on)$/.test(v.toks[at]!.lower)) at--;
        let verb = at - 1;
        while (
          verb > 0 &&
          !/^(add|added|adds|adding|place|placed|places|put|puts)$/.test(v.toks[verb]!.lower)
        )
          verb--;
        const agent = /^(to|on)$/.test(v.toks[at]?.lower ?? '') && verb > 0 ? v.agentLeft(verb) : undefined;
        if (agent && !agent.pair) {
          const added = v
            .between(verb + 1, at)
            .filter((x) => !x.pair && x.kind !== 'demonym' && x.key !== agent.key);
          // ("added the Ethereum address … to its sanctions list": someone or something not named.)
          for (const x of added.length ? added.map((y) => y.key) : [null]) emit(m, 'Sanction', agent.key, x);
          this.accusingThem(
            v,
            m,
            [agent.key],
            added.map((y) => y.key),
            emit,
          );
        }
        continue;
      }
      // "Belarus has been hit by sanctions from the EU, Britain and the United States", "Russia faces
      // sanctions from the EU": each one named after "from" sanctions the subject.
      if (m.pat.pos === 'noun' && v.toks[m.te]?.lower === 'from') {
        const first = v.right(
          m.te + 1,
          3,
          (x) => !x.pair && v.toks.slice(m.te + 1, x.ts).every((t) => DETERMINERS.has(t.lower)),
        );
        let k = m.ts - 1;
        while (
          k > 0 &&
          (DETERMINERS.has(v.toks[k]!.lower) || /^(by|new|fresh|tough|western)$/.test(v.toks[k]!.lower))
        )
          k--;
        // (Not a threat: "could face sanctions from the EU if …".)
        const modal = /^(could|may|might|would|will|can)$/.test(v.toks[k - 1]?.lower ?? '');
        const subject =
          /^(hit|faces|face|faced|facing|under)$/.test(v.toks[k]?.lower ?? '') && !modal
            ? v.agentLeft(k)
            : undefined;
        if (first && subject && !subject.pair) {
          for (const a of new Set([first.key, ...this.coordinated(v, first, v.clauseEnd(first.te))]))
            if (a !== subject.key) emit(m, 'Sanction', a, subject.key);
          continue;
        }
      }
      if (m.pat.pos === 'noun' && DEFINITE.has(v.toks[m.ts - 1]?.lower ?? '')) {
        // "The sanctions also target the GRU's Unit 26165": those the story's sanctions are said to hit.
        this.sanctionsTarget(v, m.te, emit, m);
        continue;
      }
      // "would push for EU sanctions", "would still respond with severe sanctions": sanctions sought or
      // threatened are not imposed.
      if (
        m.pat.pos === 'noun' &&
        v.toks.slice(Math.max(0, m.ts - 6), m.ts).some((x) => this.kb.words.unrealisedVerbs.has(x.lower))
      )
        continue;
      // "Russia was already under US and EU sanctions": each imposer named before the noun, on the subject.
      // ("X was hit by U.S. sanctions": the same, past the participle.)
      const under =
        m.pat.pos === 'noun'
          ? v.toks
              .slice(Math.max(0, m.ts - 6), m.ts)
              .findIndex(
                (x, j, xs) => x.lower === 'under' || (x.lower === 'by' && HIT_BY.has(xs[j - 1]?.lower ?? '')),
              )
          : -1;
      if (under >= 0) {
        const from = Math.max(0, m.ts - 6) + under;
        const imposers = v.between(from + 1, m.ts).filter((x) => !x.pair);
        // ("NPO Mash was placed under U.S. sanctions in 2014": past the verb that puts it there.)
        let k = from - 1;
        while (
          k > 0 &&
          (BE.has(v.toks[k]!.lower) ||
            AUX.has(v.toks[k]!.lower) ||
            PUT_UNDER.has(v.toks[k]!.lower) ||
            HIT_BY.has(v.toks[k]!.lower))
        )
          k--;
        const subject = (k < from - 1 ? v.argAt[k] : undefined) ?? v.agentLeft(from);
        if (subject && !subject.pair)
          for (const x of imposers) if (x.key !== subject.key) emit(m, 'Sanction', x.key, subject.key);
        continue;
      }
      // "for sanctioning cyber-attackers": a gerund names the practice, not an act; but "joined the
      // EU in imposing sanctions on Russia" is one, by both.
      const joined =
        v.toks[m.ts - 1]?.lower === 'in' ? v.agentLeft(m.ts - 1, { allowOblique: true }) : undefined;
      const partners = joined ? this.joiners(v, m, joined) : [];
      if (partners.length && joined) {
        const target = v.right(m.te, 4, (x) => !x.pair && x.key !== joined.key);
        if (target)
          for (const a of [joined.key, ...partners]) if (a !== target.key) emit(m, 'Sanction', a, target.key);
        continue;
      }
      if (/ing$/.test(v.toks[m.ts]!.lower) && this.kb.words.prepositions.has(v.toks[m.ts - 1]?.lower ?? ''))
        continue;
      // "Among those designated were A, B and C": sanctioned by whoever imposed the story's sanctions.
      if (m.pat.pos === 'verb' && BE.has(v.toks[m.te]?.lower ?? '') && /ed$/.test(v.toks[m.ts]!.lower)) {
        // ("were Aeza's chief executive, Arsenii Penzev, …": past a possessor's title, the person.)
        const titled = v.toks.slice(m.te + 1, m.te + 4).some((x) => x.lower === "'s");
        const first = !this.sanctioner
          ? undefined
          : ((titled ? v.right(m.te + 1, 8, (x) => this.ents.get(x.key)?.type === 'Person') : undefined) ??
            v.right(m.te + 1, 3, (x) => !x.pair));
        // Only those of the first one's kind: not the body an apposition names ("the head of X").
        const kind = first && this.ents.get(first.key)?.type;
        // (People with their titles, "its general director, Yurii Bozoyan, and two co-owners, A and
        // B": every person up to a relative clause.)
        const end = v.toks.findIndex((x, k) => k > (first?.te ?? 0) && /^(who|which|that|;)$/.test(x.lower));
        const listed =
          titled && kind === 'Person'
            ? v.between(first!.ts, end > 0 ? end : v.toks.length).map((x) => x.key)
            : first
              ? this.coordinated(v, first, v.clauseEnd(first.te))
              : [];
        if (first)
          for (const t of new Set([first.key, ...listed]))
            if (this.ents.get(t)?.type === kind) emit(m, 'Sanction', this.sanctioner!, t);
        continue;
      }
      // "the four men expelled by the Netherlands": a participle after a noun is passive too.
      const passive = v.passive(m) || (/ed$/.test(v.toks[m.ts]!.lower) && v.toks[m.te]?.lower === 'by');
      let agent = passive ? v.byAgent(m.te) : v.agentLeft(m.ts);
      // "a hacking outfit that the United States sanctioned in 2019": the subject of an object
      // relative imposes them on the name the clause describes.
      const subj = m.pat.pos === 'verb' && !passive ? v.argAt[m.ts - 1] : undefined;
      let rel = subj ? subj.ts - 1 : -1;
      if (DETERMINERS.has(v.toks[rel]?.lower ?? '')) rel--;
      if (subj && !subj.pair && /^(which|that|whom)$/.test(v.toks[rel]?.lower ?? '')) {
        const described = this.relativeAgent(v, rel + 1);
        if (described && !described.pair && described.key !== subj.key) {
          emit(m, 'Sanction', subj.key, described.key);
          continue;
        }
      }
      // "EU sanctions": the name before the noun imposes them; "the Suex sanctions" are on a firm (or
      // person, or group), imposed by whoever imposed the story's sanctions.
      let onNamed: SentMention | undefined;
      if (m.pat.pos === 'noun') {
        const pre = v.argAt[m.ts - 1];
        if (pre && IMPOSER_TYPES.has(this.ents.get(pre.key)?.type ?? '')) agent = pre;
        else if (pre) onNamed = pre;
      }
      if (onNamed) {
        // ("the Suex sanctions, imposed by the United States", "… that Washington imposed": the imposer
        // named next to them.)
        const imposer = v.mentions.find(
          (x) =>
            x.ts > m.te &&
            x.ts <= m.te + 8 &&
            IMPOSER_TYPES.has(this.ents.get(x.key)?.type ?? '') &&
            (v.toks[x.ts - 1]?.lower === 'by' ||
              (DETERMINERS.has(v.toks[x.ts - 1]?.lower ?? '') && v.toks[x.ts - 2]?.lower === 'by') ||
              /^impos/.test(v.toks[x.te]?.lower ?? '')),
        );
        const agent = imposer?.key ?? this.sanctioner;
        if (agent && agent !== onNamed.key) emit(m, 'Sanction', agent, onNamed.key);
        continue;
      }
      // "The EU hit Russia with sanctions": the object before "with" is sanctioned by the verb's subject.
      let w = m.ts - 1;
      while (w > m.ts - 3 && v.toks[w]?.word && !v.toks[w]!.cap && v.toks[w]!.lower !== 'with') w--;
      const withObject = v.toks[w]?.lower === 'with' ? v.argAt[w - 1] : undefined;
      if (withObject) agent = v.agentLeft(withObject.ts);
      // "Australia sanctions Russian man … in first use of cyber sanctions powers": one person of a
      // nation imposes nothing ("Chinese officials imposed sanctions" do, for China).
      if (!agent || this.oneOfNation(v, agent)) continue;
      // "expelled four Russian officers": those expelled stand for their state; others counted do not,
      // nor do people of a nation ("sanctions Russian man", "sanction Chinese hackers").
      const expel = /^expel/.test(v.toks[m.ts]!.lower);
      // (Not "sanctions of their own on X": a possessive determiner is no one sanctioned.)
      const sanctioned = (x: SentMention) =>
        x.key !== agent.key &&
        !(x.kind === 'pronoun' && /^(its|their|his|her)$/.test(v.toks[x.ts]!.lower)) &&
        (expel || (!v.counted(x) && !this.nationals(v, x) && !this.oneOfNation(v, x)));
      const object = v.right(m.te, this.offenceAt(v, m.te, v.subClauseAt(m.te, 8)) - m.te, sanctioned);
      const target =
        withObject ??
        (passive
          ? v.agentLeft(m.ts)
          : // "sanctions on the GRU's Unit 26165": the possessed body.
            ((object && v.possessed(object)) ??
            // "slapped Pyongyang with sanctions": the object inside the phrase's gap.
            v.between(m.ts + 1, m.te).find(sanctioned)));
      // "sanctions on Park and on Chosun Expo", "on Wuhan Xiaoruizhi and the two men": each of them.
      const targets = !target
        ? [null]
        : target.pair
          ? target.pair
          : [target.key, ...this.coordinated(v, target, v.clauseEnd(target.te))];
      // "the United States, Britain and Australia imposed sanctions": each one imposes them.
      const imposers = agent.pair
        ? agent.pair
        : [agent.key, ...(passive || withObject ? [] : v.coordinatedBefore(agent))];
      for (const a of new Set(imposers)) for (const t of targets) if (a !== t) emit(m, 'Sanction', a, t);
      this.accusingThem(
        v,
        m,
        [...new Set(imposers)],
        targets.filter((t): t is string => !!t),
        emit,
      );
      // "sanctions on Zservers, a Russian hosting company that they said had shielded LockBit", "a
      // company they accused of …": those who sanction accuse the one the apposition describes.
      for (const t of targets) {
        const at = v.mentions.find((x) => x.key === t && x.ts >= m.te);
        if (!at || v.toks[at.te]?.text !== ',') continue;
        const close = v.toks.findIndex((x, k) => k > at.te && (x.text === ',' || x.text === '.'));
        const aside = v.toks
          .slice(at.te + 1, close > 0 ? Math.min(close, at.te + 16) : at.te + 16)
          .map((x) => x.lower);
        const says = aside.findIndex(
          (x, k) =>
            /^(they|it)$/.test(x) &&
            /^(said|say|says|accused|accuse|accuses|alleged)$/.test(aside[k + 1] ?? ''),
        );
        // (A noun for an actor: not "Iran's Central Bank, another step it said would …".)
        const w = this.kb.words;
        const noun = aside[RELATIVE_PRONOUNS.has(aside[says - 1] ?? '') ? says - 2 : says - 1] ?? '';
        const actorNoun = [w.companyDescriptors, w.orgDescriptors, w.threatDescriptors, w.peopleNouns].some(
          (set) => set.has(noun) || set.has(singular(noun)),
        );
        if (says > 0 && APPOSITION_ARTICLES.has(aside[0] ?? '') && actorNoun)
          for (const a of new Set(imposers)) if (a !== t) emit(m, 'Accusation', a, t, { hedge: undefined });
      }
      this.sanctioner = this.ents.moreExact(this.sanctioner, agent.key);
      // "..., targeting the Reconnaissance General Bureau and ten officials": more of those sanctioned.
      for (let k = m.te; k < v.toks.length - 1; k++) {
        if (v.toks[k]!.text !== ',' || !/^(targeting|including|hitting)$/.test(v.toks[k + 1]!.lower))
          continue;
        // Not "…, including by North Korea": a preposition makes it no one sanctioned.
        if (this.kb.words.prepositions.has(v.toks[k + 2]?.lower ?? '')) break;
        const more = v.right(k + 2, 5, (x) => x.key !== agent.key && !x.pair && !this.nationals(v, x));
        if (more && more.key !== target?.key) emit(m, 'Sanction', agent.key, more.key);
        break;
      }
    }

    // "The Foreign Office said the measures targeted X": the story's sanctions, by another word.
    const sanctionNoun = this.kb.triggers
      .get('sanctions')
      ?.find((p) => p.frame === 'sanction' && p.pos === 'noun');
    for (let k = 1; k < v.toks.length - 1; k++)
      if (sanctionNoun && v.toks[k]!.lower === 'measures' && DEFINITE.has(v.toks[k - 1]!.lower))
        this.sanctionsTarget(v, k + 1, emit, { pat: sanctionNoun, ts: k, te: k + 1, at: [k] });

    for (const m of byFrame(['attack'])) {
      if (negated(m)) {
        // "Rabiei said Iran had not carried out any cyberattack": the speaker denies (not "the bank
        // said customer data had not been stolen": a victim's passive denies no accusation).
        // ('"We have never attacked anyone," the ministry said': a speaker after the quote too, when
        // the quote speaks of the speaker's own side, not "You do not need to break into …").
        const sp = speakerFor(m.ts);
        const subject = sp && sp.ts > m.ts ? v.agentLeft(m.ts) : undefined;
        const own =
          !sp ||
          sp.ts < m.ts ||
          (!!subject && (subject.key === sp.agent || this.sameSide(subject.key, sp.agent)));
        if (sp && own && (!v.passive(m) || v.byAgent(m.te)) && negationBefore(v.toks, m.ts, this.kb))
          emit(m, 'Denial', sp.agent, null, { hedge: undefined });
        continue;
      }
      if (v.toks[m.ts]!.lower.endsWith('ing') && v.toks[m.ts - 1]?.text === ',') continue;
      // "imposed sanctions targeting X": whom the measures name, no attack.
      if (
        /^target/.test(v.toks[m.ts]!.lower) &&
        triggers.some((t) => t.pat.frame === 'sanction' && t.te <= m.ts && m.ts - t.te <= 2)
      )
        continue;
      // "denied carrying out hacking operations": what is denied is no attack by the denier.
      if (triggers.some((t) => t.pat.cls === 'Denial' && t.ts < m.ts && m.ts - t.te <= 5)) continue;
      const r = this.attack(v, m);
      if (!r) continue;
      // "FireEye linked a group it calls APT33 to Iran and says it has targeted firms in Saudi
      // Arabia": a firm or agency that speaks does not tell of its own attacks; the group it named
      // before is meant, else no one.
      const voice = speakerFor(m.ts);
      const speakerType = r.agent && voice?.agent === r.agent ? this.ents.get(r.agent)?.type : undefined;
      // (An agency may tell of its own operations: "The SBU said it had hacked Russian servers".)
      if (speakerType && SPEAKING_BODIES.has(speakerType)) {
        const group = v.mentions
          .filter((x) => x.ts < m.ts && !x.modifier && !x.pair)
          .filter((x) => ATTACKER_TYPES.has(this.ents.get(x.key)?.type ?? ''))
          .pop();
        if (group) r.agent = group.key;
        else if (speakerType !== 'GovernmentBody') continue;
      }
      // "North Korea attacked hospitals. Among the victims were …": the attacker, even of no one named.
      if (r.agent && !r.targets.length) this.perpetrator = r.agent;
      let first: number | undefined;
      // "The hackers then broke into X", "the breach compromised Y": an attack told without its
      // perpetrator continues the story of the last one named.
      // "the worm that wrecked centrifuges at Natanz, believed to have been developed by the United
      // States and Israel": the makers of the tool are the attackers.
      const makers = r.agent ? [] : this.makers(v, m);
      const agent = r.agent ?? makers[0] ?? (v.nominalUse(m) ? null : (this.perpetrator ?? null));
      for (const tg of r.targets) {
        for (const mk of makers.slice(1)) emit(m, 'Cyberattack', mk, tg, { hedge: 'alleged' });
        for (const more of r.agent ? r.also : [])
          emit(m, 'Cyberattack', more, tg, { nominal: v.nominalUse(m) });
        const k = emit(m, 'Cyberattack', agent, tg, { nominal: v.nominalUse(m) });
        if (k >= 0) first ??= k;
      }
      // "Microsoft said Phosphorus had tried to break into ...": the speaker names the perpetrator.
      if (voice && r.agent && (first !== undefined || !r.targets.length))
        for (const a of [voice.agent, ...voice.also])
          for (const culprit of [r.agent, ...r.also])
            if (a !== culprit) emit(m, 'Accusation', a, culprit, { about: first, hedge: undefined });
    }

    for (const m of byFrame(['victims'])) {
      if (negated(m)) continue;
      const r = this.victimList(v, m);
      if (!r) continue;
      // "China was itself a victim of hacking": a denial's counter-claim; the story's attacker is not meant.
      // ("Microsoft said it was itself a victim of the same campaign" is the story's attack).
      const reflexive = v.toks
        .slice(Math.max(0, m.ts - 4), m.ts)
        .some((x) => this.kb.words.reflexivePronouns.has(x.lower));
      const generic = v.toks[m.te]?.lower === 'of' && !DETERMINERS.has(v.toks[m.te + 1]?.lower ?? '');
      if (!r.agents.length && reflexive && generic) continue;
      const agents = r.agents.length ? r.agents : [this.perpetrator ?? null];
      for (const victim of r.victims) for (const a of agents) emit(m, 'Cyberattack', a, victim);
      // '"China is itself a victim of US cyberattacks," Geng said': the speaker names the attacker.
      const voice = speakerFor(m.ts);
      if (voice) for (const a of r.agents) if (a !== voice.agent) emit(m, 'Accusation', voice.agent, a);
    }

    for (const m of byFrame(['links'])) this.linksBetween(v, m, speakerFor, emit);
    this.findings(v, events, speakerFor);

    // "Kaspersky first exposed the group in 2015", "Machete was first documented by Kaspersky Lab",
    // "Microsoft and the Citizen Lab jointly exposed Candiru's operations": who makes a hacking
    // group or a spyware firm known reports on it.
    for (const m of byFrame(['expose'])) {
      // (A past form: "documents" and "exposure" are things.)
      if (negated(m) || v.nominalUse(m) || !/ed$/.test(v.toks[m.ts]!.lower)) continue;
      const passive = v.passive(m);
      const author = passive ? v.byAgent(m.te) : v.agentLeft(m.ts);
      const exposed = passive
        ? v.agentLeft(m.ts, { allowOblique: true })
        : v.mentions.find((x) => x.ts >= m.te && x.ts <= m.te + 3 && !x.pair);
      const topic = exposed && /^(ThreatGroup|Company)$/.test(this.ents.get(exposed.key)?.type ?? '');
      if (!author || author.pair || !exposed || !topic || v.isMedia(author) || author.key === exposed.key)
        continue;
      if (this.ents.get(author.key)?.type === 'Person') continue;
      for (const a of new Set([author.key, ...v.coordinatedBefore(author)]))
        if (a !== exposed.key) emit(m, 'Report', a, exposed.key, { hedge: undefined });
    }

    for (const m of byFrame(['report'])) {
      const agent = this.reporter(v, m);
      // "In a joint advisory, CISA, the NSA and the FBI said …": every author reports.
      // ("In a report published after a long investigation, X said": the speaker, below.)
      const authors =
        !agent || agent.pair || v.isMedia(agent)
          ? []
          : agent.ts < 0
            ? [agent.key]
            : [
                agent.key,
                ...this.coordinated(v, agent, v.clauseEnd(agent.te)),
                ...v.coordinatedBefore(agent),
              ];
      for (const author of new Set(authors)) {
        const acc = events.filter((e) => e.cls === 'Accusation' && e.agent === author && e.target);
        for (const a of acc) emit(m, 'Report', author, a.target, { about: a.about });
        // "BAE Systems and Kaspersky published similar findings": the attribution just told.
        if (!acc.length && m.pat.pos === 'verb' && v.toks.some((x) => x.lower === 'similar'))
          for (const t of this.lastAccused) if (t !== author) emit(m, 'Report', author, t);
        // "issued a joint advisory on Scattered Spider", "an advisory on Tuesday listing the tools
        // ALPHV uses": a report on a hacking group or unit attributes its activity.
        const group = m.pat.pos === 'noun' ? this.reportTopic(v, m.te, author) : undefined;
        if (!acc.length && group && group.key !== author) {
          emit(m, 'Report', author, group.key);
          emit(m, 'Accusation', author, group.key, { hedge: undefined });
        }
      }
      // "X said in a report that …", "In a report, the company said": the speaker reports, naming
      // whoever the report says attacked (else no one).
      if (this.publishedIn(v, m) && !events.some((e) => e.cls === 'Report')) {
        // (An institution's report; "X, a researcher, wrote in the report" quotes it.)
        const said = events
          .filter((e) => e.cls === 'Statement' && e.agent && this.ents.get(e.agent)?.type !== 'Person')
          .map((e) => e.agent!);
        // The attackers the clause names, else the group or state it is about ("said in a report
        // that Conti was splitting into smaller cells").
        const attackers = events.filter((e) => e.cls === 'Cyberattack' && e.agent).map((e) => e.agent!);
        // (A group, or a state by its name: not "hit a Ukrainian power company", nor "found no
        // evidence linking the attack to China".)
        const denied = v.toks.slice(m.te).some((x) => /^(no|not|never|without)$/.test(x.lower));
        const about = denied
          ? undefined
          : (v.mentions.find(
              (x) => x.ts > m.te && !x.modifier && !x.pair && this.ents.get(x.key)?.type === 'ThreatGroup',
            ) ??
            v.mentions.find(
              (x) =>
                x.ts > m.te &&
                !x.pair &&
                this.ents.get(x.key)?.type === 'Country' &&
                // ("Chinese espionage groups", "Russian state hackers": a nation's hackers too.)
                ((x.kind === 'name' && !x.modifier) || this.hackersAfter(v, x.te)),
            ));
        const named = attackers.length ? attackers : about ? [about.key] : [];
        for (const author of new Set(said)) {
          const culprits = [...new Set(named)].filter((x) => x !== author && x !== this.ents.stateOf(author));
          for (const t of culprits.length ? culprits : [null]) emit(m, 'Report', author, t);
        }
      }
    }
    this.subjectsBlamed(v, speakers, events, triggers, blamedBefore, emit);
    this.accusationInPrevious = restore;
    if (accusedHere.length) this.lastAccused = accusedHere;
    const people = [
      ...new Set(
        mentions
          .filter((x) => !x.modifier && !isDefendants(x.key) && this.ents.get(x.key)?.type === 'Person')
          .map((x) => x.key),
      ),
    ];
    if (people.length >= 2) this.lastPeople = people;
    if (victimsHere.length) this.lastVictims = victimsHere;
    this.victimsAge = victimsHere.length ? 0 : this.victimsAge + 1;
    this.namedCharged(v, events);
    this.unnamedCharged = this.chargedUnnamed(v, events);
    return events;
  }

  /** "are trying to reach a deal", "hope to sign an accord": an aspiration verb and "to" just before `ts`. */
  private sought(v: SentenceView, ts: number): boolean {
    const to = v.toks.findIndex((x, k) => k >= ts - 4 && k < ts && x.lower === 'to');
    return (
      to > 0 &&
      this.kb.words.aspirationVerbs.has(v.toks[to - 1]!.lower) &&
      !v.toks.slice(to, ts).some((x) => x.text === ',')
    );
  }

  /** The hacking group or military unit a report noun at `k` is about ("on X", "listing the tools X uses"). */
  private reportTopic(v: SentenceView, k: number, author: string): SentMention | undefined {
    const w = this.kb.words;
    // Past when it came out: "an advisory on Tuesday about X".
    if (
      /^(on|last|this)$/.test(v.toks[k]?.lower ?? '') &&
      !v.argAt[k + 1] &&
      w.timeWords.has(v.toks[k + 1]?.lower ?? '')
    )
      k += 2;
    if (!REPORT_TOPIC.test(v.toks[k]?.lower ?? '')) return undefined;
    const topic = v.right(k + 1, 3, (x) => !x.pair);
    const type = topic && this.ents.get(topic.key)?.type;
    // (A unit of the author's own state is reviewed, not blamed: "a report on Cyber Command's readiness".)
    const state = (x: string) => this.ents.stateOf(x) ?? this.stateOfPerson(x) ?? x;
    const foreign = !!topic && state(topic.key) !== state(author);
    return type === 'ThreatGroup' || (type === 'MilitaryUnit' && foreign) ? topic : undefined;
  }

  /**
   * "Pevkur said Russia was waging a malicious campaign", "\"Russia wants to frighten us with
   * cyberattacks,\" Pevkur said": a speaker who makes an actor the story has already blamed the subject
   * of hostile conduct accuses it, unless they accused or denied in the sentence already, or speak for
   * its side. A pronoun, a nominal or a demonym is too loose a subject, and a negation in the clause
   * ("Russia had not answered") says nothing against it.
   */
  private subjectsBlamed(
    v: SentenceView,
    speakers: Speaker[],
    events: SentEvent[],
    triggers: TriggerMatch[],
    blamedBefore: Set<string>,
    emit: Emit,
  ): void {
    const opening = v.toks.findIndex((t) => /\p{L}/u.test(t.text));
    // A mention starting at `k`, or after a determiner there.
    const startsAt = (x: SentMention, k: number) =>
      x.ts === k || (x.ts - 1 === k && DETERMINERS.has(v.toks[k]?.lower ?? ''));
    for (const sp of speakers) {
      if (events.some((e) => (e.cls === 'Accusation' || e.cls === 'Denial') && e.agent === sp.agent))
        continue;
      const after = v.toks[sp.ts + 1]?.lower === 'that' ? sp.ts + 2 : sp.ts + 1;
      const subj = v.mentions.find(
        (x) => !x.modifier && !x.pair && (startsAt(x, after) || (sp.ts > x.te && startsAt(x, opening))),
      );
      // ("North Korean hackers had broken into …", "Russian government hackers": a nation's hackers or
      // organs, not "South Korean companies".)
      const organ = (x: Token | undefined) =>
        !!x && (this.kb.words.hackerNouns.has(x.lower) || STATE_WORDS.test(x.lower));
      const nationActs = subj?.kind === 'demonym' && organ(v.toks[subj.te]);
      if (
        !subj ||
        subj.kind === 'pronoun' ||
        (subj.kind === 'demonym' && !nationActs) ||
        subj.kind === 'nominal'
      )
        continue;
      if (subj.key === sp.agent || !blamedBefore.has(subj.key)) continue;
      if (v.toks.slice(subj.te, subj.te + 5).some((t) => this.kb.negations.has(t.lower))) continue;
      // What is said must tell of hostile conduct ("Russia is waging a hybrid war", "Iran's hackers
      // caused serious harm"), not of trade or travel ("China would host the talks").
      const clause = v.toks.slice(subj.te, Math.min(v.clauseEnd(subj.te), subj.te + 16));
      const hostile = clause.some(
        (t) =>
          this.kb.words.maliceWords.has(t.lower) ||
          this.kb.words.hackerNouns.has(t.lower) ||
          !!this.kb.triggers.get(t.lower)?.some((p) => p.frame === 'attack'),
      );
      // (Not what the blamed say or suffer: "Russia had denied any role in the cyberattack", "had
      // condemned the attack", "would attend talks on cyberattacks", "was itself a target of hackers".)
      const end = subj.te + clause.length;
      const answers =
        clause.some(
          (t) =>
            this.kb.words.reflexivePronouns.has(t.lower) ||
            ACCUSATION_WORDS.test(t.lower) ||
            /^(targets?|victims?)$/.test(t.lower),
        ) ||
        triggers.some(
          (t) => t.ts >= subj.te && t.ts < end && !['Cyberattack', 'Statement', 'Role'].includes(t.pat.cls),
        );
      if (!hostile || answers) continue;
      const side = this.ents.stateOf(sp.agent) ?? this.allegiance.get(sp.agent) ?? sp.agent;
      if ((this.ents.stateOf(subj.key) ?? subj.key) === side) continue;
      // Read off what is said, not told as an act: it names no new perpetrator for later attacks.
      const perpetrator = this.perpetrator;
      emit(sp.match, 'Accusation', sp.agent, subj.key, {
        hedge: undefined,
        confidence: BLAMED_SUBJECT_CONFIDENCE,
      });
      this.perpetrator = perpetrator;
    }
  }

  /**
   * "The six men, all members of Unit 74455, were charged by the Justice Department.": charges against
   * people the sentence counts but does not name, with the group it says they belong to.
   */
  private chargedUnnamed(v: SentenceView, events: SentEvent[]): { group?: string } | undefined {
    const w = this.kb.words;
    const counted = v.toks.some(
      (t, k) =>
        w.peopleNouns.has(t.lower) &&
        [v.toks[k - 1], v.toks[k - 2]].some(
          (x) => !!x && (/^\d+$/.test(x.text) || w.quantifiers.has(x.lower)),
        ),
    );
    const legal = v.toks.some((t) => this.kb.triggers.get(t.lower)?.some((p) => p.frame === 'legal'));
    const named = events.some(
      (e) => e.cls === 'LegalAction' && this.ents.get(e.target ?? '')?.type === 'Person',
    );
    if (!counted || !legal || named) return undefined;
    const k = v.toks.findIndex(
      (t, j) => /^(members?|officers?)$/.test(t.lower) && v.toks[j + 1]?.lower === 'of',
    );
    return { group: k >= 0 ? v.right(k + 2, 6, (x) => !x.pair)?.key : undefined };
  }

  /** "They are A, B and C": the people charged, unnamed, in the sentence before; members of its group. */
  private namedCharged(v: SentenceView, events: SentEvent[]): void {
    const charged = this.unnamedCharged;
    if (!charged || !this.prosecutor) return;
    const opens =
      (v.toks[0]?.lower === 'they' || this.kb.words.peopleNouns.has(v.toks[1]?.lower ?? '')) &&
      v.toks.slice(1, 3).some((t) => t.lower === 'are' || t.lower === 'were');
    const first = opens ? v.right(2, 3, (x) => this.ents.get(x.key)?.type === 'Person') : undefined;
    if (!first) return;
    const people = [first.key, ...this.coordinated(v, first, v.toks.length)].filter(
      (x) => this.ents.get(x)?.type === 'Person',
    );
    if (people.length < 2) return;
    for (const p of people) {
      events.push({
        cls: 'LegalAction',
        agent: this.prosecutor,
        target: p,
        trigger: 'named',
        confidence: 0.75,
        ts: first.ts,
      });
      if (charged.group)
        events.push({
          cls: 'Role',
          agent: p,
          target: charged.group,
          trigger: 'member',
          confidence: 0.75,
          ts: first.ts,
        });
    }
  }

  /**
   * "Among the victims were A, B and C", "victims included A", "A and B were among the victims",
   * "China is itself a victim of US cyberattacks": victims named apart from the attack that hit them.
   */
  private victimList(v: SentenceView, m: TriggerMatch): { agents: string[]; victims: string[] } | null {
    const end = v.clauseEnd(m.te);
    let k = m.te;
    // "victims of the hack": the perpetrator may sit in the complement ("of US cyberattacks").
    const agents: string[] = [];
    if (v.toks[k]?.lower === 'of') {
      const attack = findTriggers(v.toks.slice(k, Math.min(end, k + 6)), this.kb).find(
        (t) => t.pat.frame === 'attack',
      );
      // "victims of the gang included …": with no attack word, the actor named is the perpetrator;
      // "the main victim of hacking by the United States and Israel": each after "by".
      // (A cyber word: not "a victim of a missile attack by Russia", "of a disinformation campaign by X".)
      const cyber =
        !!attack &&
        (!GENERIC_ATTACK.test(v.toks[k + attack.ts]!.lower) ||
          CYBER_MODIFIER.test(v.toks[k + attack.ts - 1]?.lower ?? ''));
      const by = cyber && v.toks[k + attack!.te]?.lower === 'by' ? v.byAgent(k + attack!.te) : undefined;
      const perp = attack
        ? (v.argAt[k + attack.ts - 1] ?? by)
        : v.right(k + 1, 3, (x) => !x.pair && x.kind !== 'nominal');
      if (perp && !perp.pair) agents.push(perp.key, ...(perp === by ? this.coordinated(v, perp, end) : []));
      // "a victim of the sanctions", "of a smear campaign": no attack, no attacker, no cyberattack
      // ("victims of the gang" name one, if only by a noun).
      else if (!attack && !v.right(k + 1, 3, (x) => !x.pair)) return null;
      k += (attack?.te ?? 0) || 1;
      while (k < end && !/^(were|was|are|is|include|included|includes|including|:)$/.test(v.toks[k]!.lower))
        k++;
    }
    // "Its victims ran into the thousands and included …": the list after a second verb.
    const incl = v.toks.findIndex(
      (t, j) => j > k && j < Math.min(end, k + 8) && /^(include|included|includes)$/.test(t.lower),
    );
    if (incl > 0 && v.toks[incl - 1]?.lower === 'and' && !v.between(k, incl).length) k = incl;
    while (k < end && /^(were|was|are|is|also|include|included|includes|including|:)$/.test(v.toks[k]!.lower))
      k++;
    // "were carmaker Renault, …": a descriptor may precede the name.
    const from = k;
    while (k < from + 3 && k < end && !v.argAt[k] && v.toks[k]!.word && !v.toks[k]!.cap) k++;
    const first = from > m.te ? v.argAt[k] : undefined;
    if (first && !first.pair) return { agents, victims: [first.key, ...this.coordinated(v, first, end)] };
    // "A and B were among the victims": the subject is named before.
    let j = m.ts - 1;
    while (
      j > 0 &&
      /^(the|among|a|an|itself|themselves|also|latest|first|biggest|main|were|was|are|is|became|become|been)$/.test(
        v.toks[j]!.lower,
      )
    )
      j--;
    const subj = j < m.ts - 1 ? v.argAt[j] : undefined;
    if (!subj || subj.pair || !/^(were|was|are|is|became|become|been)$/.test(v.toks[subj.te]?.lower ?? ''))
      return null;
    return { agents, victims: [subj.key, ...v.coordinatedBefore(subj)] };
  }

  /** "Chinese espionage groups", "Russian state hackers": a word for hackers within three of `k`. */
  private hackersAfter(v: SentenceView, k: number): boolean {
    return v.toks
      .slice(k, k + 3)
      .some((t) => this.kb.words.hackerNouns.has(t.lower) || /^(groups?|actors?|workers)$/.test(t.lower));
  }

  /**
   * "X said in a report that …", "In a report, the company said", "published its own technical
   * report": a report its author puts out, whoever it names.
   */
  private publishedIn(v: SentenceView, m: TriggerMatch): boolean {
    if (m.pat.pos !== 'noun') return false;
    let k = m.ts - 1;
    // (Within the noun phrase: not "said in a statement that the reports were …".)
    while (
      k > 0 &&
      m.ts - k <= 4 &&
      v.toks[k]!.word &&
      !v.toks[k]!.cap &&
      !/^(in|that|which)$/.test(v.toks[k]!.lower)
    )
      k--;
    const before = v.toks[k - 1]?.lower ?? '';
    return (
      (v.toks[k]?.lower === 'in' && (SPEECH_FORMS.has(before) || v.toks.slice(0, k).every((x) => !x.word))) ||
      /^(published|released|issued)$/.test(v.toks[k]?.lower ?? '')
    );
  }

  /**
   * An organisation's attribution by analysis is a published finding: "the NCSC assessed that the
   * GRU was responsible", "Mandiant attributed the intrusion to APT41", "a group Microsoft tracks as
   * Phosphorus". Governments and people accuse; agencies and firms also report.
   */
  private findings(
    v: SentenceView,
    events: SentEvent[],
    speakerFor: (ts: number) => { agent: string; verb: string } | undefined,
  ): void {
    const w = this.kb.words;
    const analyst = (key: string) => {
      const e = this.ents.get(key);
      return (
        (e?.type === 'Company' || e?.type === 'GovernmentBody') &&
        !(e.gazetteerId && this.kb.actors.get(e.gazetteerId)?.media)
      );
    };
    const found = new Set<string>();
    const report = (agent: string, target: string, ts: number, trigger: string, about?: number) => {
      if (found.has(agent + ' ' + target)) return;
      found.add(agent + ' ' + target);
      events.push({
        cls: 'Report',
        agent,
        target,
        trigger,
        confidence: 0.75,
        ts,
        ...(about !== undefined ? { about } : {}),
      });
    };
    // "In an unusually detailed technical alert, the DHS and the FBI said …": what is said in a
    // report, advisory or alert named before the clause is reported.
    const comma = v.toks.findIndex((t) => t.text === ',');
    const preposed =
      v.toks[0]?.lower === 'in' &&
      comma > 0 &&
      v.toks.slice(1, comma).some((t) => this.kb.words.reportNouns.has(t.lower));
    for (const e of [...events]) {
      if (e.cls !== 'Accusation' || !e.agent || !e.target || !analyst(e.agent)) continue;
      const own = e.trigger.split(' ')[0]!.toLowerCase();
      const sp = speakerFor(e.ts);
      const verb = w.findingVerbs.has(own) ? own : sp?.agent === e.agent ? sp.verb : '';
      if (w.findingVerbs.has(verb) || w.judgementVerbs.has(verb) || (preposed && e.ts > comma))
        report(e.agent, e.target, e.ts, verb || 'report', e.about);
    }
    for (let k = 1; k < v.toks.length - 1; k++) {
      if (!w.namingReportVerbs.has(v.toks[k]!.lower)) continue;
      // "Contoso said a group it calls X": "it" is the analyst the sentence has named before.
      const namer =
        v.argAt[k - 1] ??
        this.relativeAgent(v, k) ??
        (v.toks[k - 1]!.lower === 'it'
          ? v.mentions.filter((x) => x.ts < k - 1 && !x.pair && analyst(x.key)).pop()
          : undefined);
      if (!namer) continue;
      // "calls X", "tracks as X", "tracks the group behind Triton under the name X": named right
      // after the verb, or further on after "as" or "name" (not "called on companies to patch
      // servers that Fancy Bear …", "tracked Lazarus for years").
      const named = v.right(
        k + 1,
        10,
        (x) =>
          this.ents.get(x.key)?.type === 'ThreatGroup' &&
          (x.ts <= k + 2 || /^(as|name)$/.test(v.toks[x.ts - 1]?.lower ?? '')),
      );
      // "which they named Laundry Bear": each of two agencies that named it.
      for (const a of expand(namer)) if (named && analyst(a)) report(a, named.key, k, v.toks[k]!.lower);
    }
  }

  /**
   * Trigger words that state no such event: "drone and missile attacks" (no cyber cue), "sign up",
   * "will be met with consequences", "withdrew from the nuclear deal".
   */
  private idle(v: SentenceView, t: TriggerMatch): boolean {
    const w = this.kb.words;
    // "Police suspect the hack of the bank was carried out by Lazarus": suspecting a clause, whose
    // own frames tell who did what (not "suspect Lazarus of the hack").
    if (t.pat.frame === 'accuse' && /^suspect/.test(v.toks[t.ts]!.lower)) {
      const next = v.toks[t.te];
      if (next?.lower === 'that') return true;
      for (let k = t.te; k < t.te + 4 && !v.argAt[k]; k++)
        if (
          this.kb.triggers.get(v.toks[k]?.lower ?? '')?.some((p) => p.frame === 'attack' && p.pos === 'noun')
        )
          return true;
    }
    const before = v.toks.slice(Math.max(0, t.ts - 4), t.ts).map((x) => x.lower);
    if (t.pat.frame === 'attack' && this.countered(v, t)) return true;
    // "exploiting migrants to pressure Poland": "exploit" attacks only through a flaw ("exploited
    // a vulnerability", "exploited it").
    if (t.pat.frame === 'attack' && w.toolVerbs.has(v.toks[t.ts]!.lower)) {
      const object = v.toks.slice(t.te, t.te + 4).map((x) => x.lower);
      if (!object.some((x) => w.flawNouns.has(x) || w.thingPronouns.has(x))) return true;
    }
    if (t.pat.frame === 'attack')
      return (
        (t.pat.pos === 'noun' && before.some((x) => w.kineticModifiers.has(x))) ||
        // "hit Russia with sanctions", "hit back": "hit" is an attack only without them.
        (/^hit/.test(v.toks[t.ts]!.lower) &&
          v.toks.slice(t.te, t.te + 8).some((x) => x.lower === 'with' || x.lower === 'back'))
      );
    if (t.pat.frame === 'agree' && v.toks[t.te]?.lower === 'up') return true;
    // "distributed denial-of-service attacks" are attacks, not denials.
    const after = v.toks.slice(t.te, t.te + 4).map((x) => x.lower);
    if (t.pat.frame === 'deny' && after.includes('of') && after.includes('service')) return true;
    // "the special agent in charge of the FBI's field office" leads it; nobody is charged.
    if (t.pat.frame === 'legal' && v.inChargeOf(t.ts - 1)) return true;
    if (t.pat.frame === 'meet' && v.passive(t) && v.toks[t.te]?.lower === 'with') return true;
    return (
      (t.pat.frame === 'agree' || t.pat.frame === 'meet') &&
      t.pat.pos === 'noun' &&
      before.some((x) => w.withdrawalVerbs.has(x))
    );
  }

  /**
   * "China opposes and cracks down on hacking in all its forms", "used every tool to disrupt the
   * intrusions": an attack fought against is not done, and neither is the fighting an attack.
   */
  private countered(v: SentenceView, t: TriggerMatch): boolean {
    const { counteringVerbs: counters, everydayAttackNouns: everyday } = this.kb.words;
    const noun = (x: Token | undefined) =>
      !!x &&
      !everyday.has(x.lower) &&
      this.kb.triggers.get(x.lower)?.some((p) => p.frame === 'attack' && p.pos === 'noun');
    if (everyday.has(v.toks[t.ts]!.lower)) return false;
    // The countering verb's own object: determiners and modifiers, then the attack noun ("disrupt
    // the illegal computer intrusions"; not "disrupted Estonian ministries with cyberattacks").
    if (counters.has(v.toks[t.ts]!.lower)) {
      // ("disrupted the Russian group's attacks": a possessor or a demonym may come first).
      for (let k = t.te; k < Math.min(v.toks.length, t.te + 7); k++) {
        const x = v.toks[k]!;
        if (noun(x)) return true;
        const at = v.argAt[k] ?? v.mentions.find((m) => m.ts <= k && k < m.te);
        const describes = at && (at.kind === 'demonym' || v.toks[at.te]?.lower === "'s" || at.modifier);
        if (describes || x.lower === "'s") continue;
        if (!x.word || x.cap || at || this.kb.words.prepositions.has(x.lower) || x.lower === 'and')
          return false;
      }
      return false;
    }
    // "disrupt the hacking of Colonial Pipeline by DarkSide": an attack with its author named happened
    // (not "by seizing servers in Germany").
    const by = v.toks.findIndex((x, k) => k >= t.te && k < t.te + 6 && x.lower === 'by');
    if (by >= 0 && v.right(by + 1, 2)) return false;
    for (let k = t.ts - 1; k >= Math.max(0, t.ts - 5); k--) {
      const x = v.toks[k]!;
      if (counters.has(x.lower)) return true;
      if (QUOTE_CLOSE.has(x.text) || x.text === '"') continue;
      if (!x.word || x.cap || v.argAt[k]) return false;
    }
    return false;
  }

  /**
   * "indicted … on charges of hacking": the charges are the indictment's complement, not another
   * action; "hacking groups": the attack word describes the groups.
   */
  private modifierUse(v: SentenceView, t: TriggerMatch): boolean {
    const prev = v.toks[t.ts - 1]?.lower ?? '';
    if (t.pat.frame === 'legal' && t.pat.pos === 'noun' && /^(on|with|of|over|for)$/.test(prev)) return true;
    // "to deal with this": a noun trigger right after the infinitive "to" is a verb of another sense
    // (not a plural: "linked Lazarus to attacks on banks").
    if (t.pat.pos === 'noun' && t.at.length === 1 && prev === 'to' && !sForm(v.toks[t.ts]!.lower))
      return true;
    const next = v.toks[t.te];
    const w = this.kb.words;
    // "press secretary", "press office": a verb trigger before a role or body word names the office
    // (not "had hacked researchers", "target officials": a plural is the verb's object).
    if (
      t.pat.pos === 'verb' &&
      t.pat.cls !== 'Statement' &&
      t.at.length === 1 &&
      next?.word &&
      !next.cap &&
      ((w.roleNouns.has(next.lower) && singular(next.lower) === next.lower) ||
        w.orgDescriptors.has(next.lower) ||
        /^(office|conference|release|briefing)$/.test(next.lower))
    )
      return true;
    // "leaking stolen material": a participle that is only one ("stolen") before a noun describes it.
    const form = v.toks[t.ts]!.lower;
    // "arrested two suspected REvil affiliates", "an alleged Lapsus$ member": a hedge before a named
    // group's people describes them (not "suspected Lazarus of the theft", "accused Russian hackers of",
    // "Britain accused Russian spies targeting Ukraine").
    if (t.pat.pos === 'verb' && t.at.length === 1 && this.kb.hedges.has(form)) {
      const named = v.mentions.find((x) => x.ts === t.te);
      const k = named ? named.te : t.te;
      const head = v.toks[k];
      const people = (x: string) => w.peopleNouns.has(x) || w.membershipNouns.has(x) || w.hackerNouns.has(x);
      const described = head?.word && !head.cap && people(head.lower) && v.toks[k + 1]?.lower !== 'of';
      const subject = !!v.argAt[t.ts - 1] || PERSONAL_PRONOUNS.has(prev);
      if (described && !subject && (named || DETERMINERS.has(prev))) return true;
    }
    if (
      t.pat.frame === 'attack' &&
      t.at.length === 1 &&
      form.endsWith('en') &&
      t.pat.participles.has(form) &&
      !BE.has(prev) &&
      !AUX.has(prev) &&
      !!next?.word &&
      !next.cap &&
      !w.prepositions.has(next.lower) &&
      !w.functionWords.has(next.lower)
    )
      return true;
    // "said infected machines had been found": a participle before a noun that a verb follows
    // describes that noun, the subject of the verb.
    const then = v.toks[t.te + 1]?.lower ?? '';
    if (
      t.pat.frame === 'attack' &&
      t.at.length === 1 &&
      form.endsWith('ed') &&
      !!next?.word &&
      !next.cap &&
      !w.functionWords.has(next.lower) &&
      (AUX.has(then) || BE.has(then))
    )
      return true;
    // "hacking group", "spy chief", "spy agency": the attack word names a kind of actor.
    return (
      t.pat.frame === 'attack' &&
      t.at.length === 1 &&
      !!next &&
      next.word &&
      !next.cap &&
      (w.hackerNouns.has(next.lower) ||
        w.threatDescriptors.has(next.lower) ||
        w.speakerRoles.has(next.lower) ||
        w.orgDescriptors.has(next.lower))
    );
  }

  /** A verb-only trigger used as a noun ("signs that", "the state", "a promising note") is no event. */
  private nounUseOfVerb(v: SentenceView, t: TriggerMatch): boolean {
    if (t.pat.pos !== 'verb') return false;
    const prev = v.toks[t.ts - 1]?.lower ?? '';
    // "those designated were …": "those" is a pronoun there, and the participle a verb.
    if (DETERMINERS.has(prev) && !(prev === 'those' && /ed$/.test(v.toks[t.ts]!.lower))) return true;
    // "the former Russian spy Sergei Skripal": after a nationality adjective (not "two Russians hacked").
    const before = v.argAt[t.ts - 1];
    // (Not a past or speech form: "The Chinese responded that …", "the Chinese said".)
    const form = v.toks[t.ts]!.lower;
    const finite = form.endsWith('ed') || SPEECH_FORMS.has(form);
    if (before?.kind === 'demonym' && before.te === t.ts && !prev.endsWith('s') && !finite) return true;
    // "state-sponsored", "North Korea-linked": a half of a compound.
    if (t.at.length === 1 && v.toks[t.ts + 1]?.text === '-' && !v.toks[t.ts + 1]!.spaceBefore) return true;
    if (v.toks[t.ts - 1]?.text === '-' && !v.toks[t.ts]!.spaceBefore) return true;
    const w = v.toks[t.ts]!.lower;
    // "revealed links to", "may be signs", "hunt for signs of", "both suspects face": an -s form after
    // a verb, "be", a preposition or a number is a plural noun.
    const words = this.kb.words;
    // (Not a number that ends a name: "Unit 74455 targets Ukraine".)
    const counted =
      (/^(\d+|both|all|other)$/.test(prev) || words.quantifiers.has(prev)) &&
      v.argAt[t.ts - 1]?.kind !== 'name';
    return (
      w.endsWith('s') &&
      !w.endsWith('ss') &&
      (BE.has(prev) ||
        counted ||
        prev === "'s" ||
        words.prepositions.has(prev) ||
        (prev.endsWith('ed') && !v.argAt[t.ts - 1]))
    );
  }

  private speech(
    v: SentenceView,
    m: TriggerMatch,
  ): { agent: string; target: string | null; also: string[] } | null {
    const t = v.toks[m.ts]!;
    if (m.pat.frame === 'according') {
      // Within the phrase ("according to the report, Laundry Bear …" names no source), and a nation
      // only through its officials ("according to Russian news agencies" is the press).
      const comma = v.toks.findIndex((x, k) => k >= m.te && x.text === ',');
      // (Not "according to the Google-owned firm": a name inside a compound describes the source.)
      const a = v.right(m.te, Math.min(6, comma > 0 ? comma - m.te : 6), (x) => v.toks[x.te]?.text !== '-');
      const nation = a?.kind === 'demonym' && !this.kb.words.countryGroupNouns.has(v.toks[a.te]?.lower ?? '');
      return a && !v.isMedia(a) && !a.pair && !nation ? { agent: a.key, target: null, also: [] } : null;
    }
    // "called the meeting a 'good indication'": "call" reports speech only when a quote follows;
    // 'The group, also called "the Dukes",' names.
    if (/^call/.test(t.lower) && !v.inQuote.slice(m.te).some(Boolean)) return null;
    if (t.lower === 'called' && v.toks[m.ts - 1]?.lower === 'also') return null;
    // 'malware it calls "Authentic Antics"': a quoted name right after the verb is a name given.
    if (/^call/.test(t.lower) && QUOTE_OPEN.has(v.toks[m.te]?.text ?? '')) {
      let k = m.te + 1;
      while (v.toks[k]?.cap) k++;
      // (Not 'Beijing calls "Volt Typhoon" report a smear': a complement after the name is a stand.)
      const after = v.toks[k + 1];
      const named = !after?.word || /^(and|or|which|that|to|in|on|for|since)$/.test(after.lower);
      if (k > m.te + 1 && QUOTE_CLOSE.has(v.toks[k]?.text ?? '') && named) return null;
    }
    if (
      /^(claim|allege)/.test(t.lower) &&
      v.toks[m.ts - 1] &&
      /^(the|a|an|such|these)$/.test(v.toks[m.ts - 1]!.lower)
    )
      return null;
    // "who are alleged to be members": a passive reports what others say, not what the subject says.
    if (BE.has(v.toks[m.ts - 1]?.lower ?? '') && v.toks[m.te]?.lower === 'to') return null;
    // "Gallium was first described by Microsoft": who speaks is the by-agent, if any (not a name
    // in what was said: "was told by staff that Russia had …").
    if (m.pat.pos !== 'noun' && v.passive(m)) {
      const by = v.toks.findIndex((x, k) => k >= m.te && k < m.te + 3 && x.lower === 'by');
      const agent = by >= 0 ? v.right(by + 1, 4) : undefined;
      const said = agent && v.toks.slice(by, agent.ts).some((x) => x.lower === 'that');
      return agent && !agent.pair && !said ? { agent: agent.key, target: null, also: [] } : null;
    }
    // Base and -s forms are also nouns ("a promising note", "such claims"): a verb has its subject right before it.
    const form = t.lower;
    // "The SingHealth breach, disclosed in July, was …": a participle after a noun describes the noun.
    const before = v.toks[m.ts - 2];
    if (
      v.toks[m.ts - 1]?.text === ',' &&
      form.endsWith('ed') &&
      !SPEECH_FORMS.has(form) &&
      before?.word &&
      !before.cap &&
      !v.argAt[m.ts - 2] &&
      !this.kb.words.roleNouns.has(before.lower) &&
      !this.kb.words.speakerRoles.has(before.lower) &&
      this.kb.words.prepositions.has(v.toks[m.te]?.lower ?? '')
    )
      return null;
    // "Yuriy Denisov, described (by prosecutors) as the unit's commander,": a participle describing
    // the name before it, not what anyone is heard saying.
    if (
      v.toks[m.ts - 1]?.text === ',' &&
      form.endsWith('ed') &&
      !SPEECH_FORMS.has(form) &&
      /^(as|by)$/.test(v.toks[m.te]?.lower ?? '')
    ) {
      return null;
    }
    // "X denied the reports, saying that …": a participle clause speaks for the sentence's subject;
    // '"…," he said, adding that …' for the speaker already heard.
    const next = v.toks[m.te];
    const clause =
      !!next &&
      (QUOTE_OPEN.has(next.text) ||
        next.text === '"' ||
        next.lower === 'that' ||
        DETERMINERS.has(next.lower) ||
        !!v.argAt[m.te] ||
        // "saying hospitals were victims": a bare plural subject, then its verb.
        (next.word && !next.cap && /s$/.test(next.lower) && BE.has(v.toks[m.te + 1]?.lower ?? '')));
    if (form.endsWith('ing') && v.toks[m.ts - 1]?.text === ',' && clause) {
      if (this.priorSpeaker) return { agent: this.priorSpeaker, target: null, also: [] };
      const subject = this.participleSubject(v, m);
      if (subject && !subject.pair && !v.inQuote[subject.ts] && !v.isMedia(subject))
        return { agent: subject.key, target: null, also: v.coordinatedBefore(subject) };
    }
    // "issued a joint advisory (on Friday) warning that …", "published a report saying …": the
    // document's authors speak through it, when a verb of publishing makes them its authors (not
    // "declined to comment on a report saying …"); "describing its methods as …" describes.
    if (form.endsWith('ing') && clause && !this.kb.words.characterisingForms.has(form)) {
      let doc = m.ts - 1;
      // "advisory", "report", "statement": a document its authors speak through.
      const document = (t: Token | undefined) =>
        !!t && (t.lower === 'statement' || this.kb.words.reportNouns.has(t.lower));
      while (doc > m.ts - 5 && doc > 0 && v.toks[doc]!.word && !document(v.toks[doc])) doc--;
      const author = document(v.toks[doc]) ? v.agentLeft(doc) : undefined;
      const published =
        !!author && v.toks.slice(author.te, doc).some((t) => this.kb.words.publishingVerbs.has(t.lower));
      if (author && published && !author.pair && !v.isMedia(author))
        return { agent: author.key, target: null, also: v.coordinatedBefore(author) };
    }
    if (form.endsWith('ing')) {
      const prev = v.toks[m.ts - 1]?.lower ?? '';
      if (prev !== 'as' && !BE.has(prev)) return null;
    } else if (!m.pat.participles.has(form) && !form.endsWith('ed') && !SPEECH_FORMS.has(form)) {
      const prev = v.toks[m.ts - 1]?.lower ?? '';
      if (form.endsWith('s')) {
        // "-s": a third-person subject right before it ("China claims", "Harold says").
        const subj = v.agentLeft(m.ts);
        if (!subj || m.ts - subj.te > 1 || subj.kind === 'demonym') return null;
      } else if (!MODALS.has(prev) || !/^(that|,|"|“)$/.test(v.toks[m.te]?.lower ?? '')) {
        // "U.S. prosecutors allege …", "Chinese officials say …": a plural noun for people right
        // before it, and the nation or body named right before that speaks (or the prosecutor).
        const w = this.kb.words;
        // (Officials and those who speak for a body, not "Russian hackers say" or "Chinese nationals say".)
        const people =
          /s$/.test(prev) &&
          (w.prosecutorNouns.has(prev) ||
            w.countryGroupNouns.has(prev) ||
            w.speakerRoles.has(singular(prev)));
        const who = people ? (v.argAt[m.ts - 2] ?? this.prosecutorSubject(v, m.ts)) : undefined;
        return who && !who.pair && !v.isMedia(who) ? { agent: who.key, target: null, also: [] } : null;
      }
    }
    // "added a wallet to its list", "added Matveev to its sanctions list": with an object, "add" is
    // no speech.
    if (
      /^add/.test(t.lower) &&
      (/^(a|an|the|its|their|his|her|new|two|three)$/.test(v.toks[m.te]?.lower ?? '') ||
        (!!v.argAt[m.te] && v.toks[v.argAt[m.te]!.te]?.lower === 'to'))
    )
      return null;
    // A quote, then "said X": the speaker follows the verb.
    let k = m.ts - 1;
    while (k >= 0 && (v.toks[k]!.text === ',' || !v.toks[k]!.word) && !v.argAt[k]) {
      if (QUOTE_CLOSE.has(v.toks[k]!.text)) {
        // ('…," said Xplain's chief executive, Andreas Loffler': past a possessor, the person.)
        let a = v.right(m.te, 5);
        // (Only the name the title's comma opens: not 'said Kordel's chief executive, adding that …'.)
        const owner = v.toks.findIndex((x, j) => j > m.te && j < m.te + 4 && x.lower === "'s");
        let comma = owner + 1;
        while (owner >= 0 && comma < owner + 5 && v.toks[comma]?.word && !v.toks[comma]!.cap) comma++;
        const named = owner >= 0 && v.toks[comma]?.text === ',' ? v.argAt[comma + 1] : undefined;
        if (owner >= 0 && (!a || a.te === owner) && named && this.ents.get(named.key)?.type === 'Person')
          a = named;
        if (a && !a.pair && !v.isMedia(a)) return { agent: a.key, target: null, also: [] };
        break;
      }
      k--;
    }
    // "X responded that …, and said that …": the second verb shares the first one's subject.
    // "The ministry accused X of … and said …": without a speaker before, the sentence's subject.
    const prior =
      this.priorSpeaker ?? (v.toks[m.ts - 1]?.lower === 'and' ? v.sentenceSubject(m.ts)?.key : undefined);
    const conj = v.toks[m.ts - 1]?.lower === 'and' && prior !== undefined;
    // ("The men hacked Marriott, the indictment says": a document that speaks is its author's, never
    // a name before it.)
    const said = v.toks[m.ts - 1];
    // ("…, a separate indictment says": one word may describe the document.)
    const opener = (k: number) => /^(the|a|an|this|that)$/.test(v.toks[k]?.lower ?? '');
    const documentSubject =
      !!said &&
      !v.argAt[m.ts - 1] &&
      (opener(m.ts - 2) || (opener(m.ts - 3) && !!v.toks[m.ts - 2]?.word && !v.toks[m.ts - 2]!.cap)) &&
      (said.lower === 'statement' ||
        this.kb.words.reportNouns.has(said.lower) ||
        this.kb.words.prosecutorNouns.has(said.lower));
    const left = v.agentLeft(m.ts);
    // ("Microsoft and Google, two American firms, said": the firms, not their nation.)
    const agent = conj
      ? stand(prior)
      : documentSubject
        ? this.prosecutorSubject(v, m.ts)
        : ((left && v.describedName(left, m.ts)) ?? left ?? this.prosecutorSubject(v, m.ts));
    if (!agent || v.isMedia(agent) || this.journalist(v, agent, m.ts)) return null;
    // "A Vietnamese blogger said", "U.S. security firm says": someone of that nation, not its state
    // (but "an Israeli army spokesman", "a U.S. cybersecurity agency" speak for it). The noun that
    // heads the words after the nation decides.
    const w = this.kb.words;
    let last = agent.te - 1;
    while (
      v.toks[last + 1]?.word &&
      !v.toks[last + 1]!.cap &&
      !w.functionWords.has(v.toks[last + 1]!.lower) &&
      !/(ed|ing)$/.test(v.toks[last + 1]!.lower) &&
      !SPEECH_FORMS.has(v.toks[last + 1]!.lower)
    )
      last++;
    const head = last >= agent.te ? v.toks[last]!.lower : '';
    const privateHead = inAnyForm(head, [w.companyDescriptors, w.privateRoles, w.personNouns]);
    // ("A North Korean defector said", "a British teenager said": after "a", anyone but an office.)
    const office =
      head === 'source' ||
      inAnyForm(head, [
        w.countryGroupNouns,
        w.speakerRoles,
        w.roleNouns,
        w.orgHeads,
        w.orgDescriptors,
        w.prosecutorNouns,
      ]);
    const one = /^(a|an|one)$/.test(v.toks[agent.ts - 1]?.lower ?? '') && !office;
    if (this.ents.get(agent.key)?.type === 'Country' && agent.kind !== 'pronoun' && (privateHead || one))
      return null;
    let target: string | null = null;
    // "he was told by the FBI that …": the one told is no addressee of his own words.
    if (m.pat.frame === 'tell' && !BE.has(v.toks[m.ts - 1]?.lower ?? '')) {
      // "told reporters that Russia …": the object comes before "that"; "told Le Monde": the outlet
      // spoken to is the addressee.
      const that = v.toks.findIndex((x, k) => k >= m.te && k < m.te + 3 && x.lower === 'that');
      // "told the website he was convinced": a subject pronoun starts the reported clause.
      const subjectPronoun = (x: SentMention) =>
        x.kind === 'pronoun' && PERSONAL_PRONOUNS.has(v.toks[x.ts]!.lower);
      const o = v.right(
        m.te,
        that >= 0 ? that - m.te : 3,
        // (An addressee is the verb's object: not "warned on Twitter that …".)
        (x) => !x.pair && !v.locative(x) && !subjectPronoun(x) && !v.prepBefore(x),
      );
      // ("told Russian reporters": the press of a nation is no party spoken to.)
      // ("told Russian state television": past "state".)
      const noun = v.toks[o?.te ?? 0]?.lower === 'state' ? v.toks[(o?.te ?? 0) + 1] : v.toks[o?.te ?? 0];
      const press = o?.kind === 'demonym' && this.kb.words.pressNouns.has(noun?.lower ?? '');
      if (o && o.key !== agent.key && !press) target = o.key;
    }
    // "Microsoft and Google said": each speaks.
    const also =
      agent.ts >= 0 && !agent.pair ? v.coordinatedBefore(agent) : agent.pair ? [agent.pair[1]] : [];
    return { agent: agent.pair ? agent.pair[0] : agent.key, target, also };
  }

  /** "Nike Ching at Voice of America reports": a reporter of a news outlet is sourcing, not a party. */
  private journalist(v: SentenceView, m: SentMention, verb: number): boolean {
    if (this.ents.get(m.key)?.type !== 'Person') return false;
    const next = v.toks[m.te]?.lower;
    if (next !== 'at' && next !== 'of' && next !== 'for' && next !== ',') return false;
    // (The outlet is before the verb: "X, told Reuters" is spoken to it.)
    const o = v.right(m.te + 1, verb > m.te ? Math.min(4, verb - m.te - 1) : 4);
    return !!o && v.isMedia(o);
  }

  private deniedBefore(v: SentenceView, m: TriggerMatch, triggers: TriggerMatch[]): boolean {
    return (
      triggers.some((t) => t.pat.frame === 'deny' && t.ts < m.ts && m.ts - t.te <= 4) ||
      /^(deny|denied|denies|denying|reject|rejected|dismissed)$/.test(v.toks[m.ts - 1]?.lower ?? '')
    );
  }

  /** Accusations, attributions, denials and legal actions, with the incident they are about. */
  private accusationLike(
    v: SentenceView,
    m: TriggerMatch,
    triggers: TriggerMatch[],
    consumed: Set<TriggerMatch>,
    events: SentEvent[],
    emit: Emit,
    speaker: { agent: string; also: string[] } | undefined,
  ): void {
    const frame = m.pat.frame;
    const passive = v.passive(m);
    const end = v.clauseEnd(m.te);
    // ("linked the group to a company in Ho Chi Minh City": a place is where, not whom.)
    const place = (x: SentMention) => this.ents.get(x.key)?.type === 'Place';
    let agent: SentMention | undefined;
    let target: SentMention | undefined;
    /** "IcedID and Pikabot, which it blamed for …": the accused are the antecedent and those joined to it. */
    let antecedentList = false;
    let incidentFrom = m.te;
    let incidentTo = end;
    /** Accusers named with the first one ("identified by A and B as"). */
    let coAgents: string[] = [];
    if (frame === 'deny') {
      // "X said Iran condemns Albania's move and rejected the accusation": not the possessor before
      // "and", but the speaker who goes on.
      agent = v.agentLeft(m.ts);
      if (
        agent &&
        speaker &&
        v.toks[m.ts - 1]?.lower === 'and' &&
        v.toks[agent.te]?.lower === "'s" &&
        m.pat.pos === 'verb'
      )
        agent = stand(speaker.agent);
      // "Kenya confirmed that hackers had broken in, but denied claims …": the second verb of the
      // sentence's subject, past the first verb's clause.
      if (!agent && /^(but|and)$/.test(v.toks[m.ts - 1]?.lower ?? '') && m.pat.pos === 'verb')
        agent = v.sentenceSubject(m.ts);
      if (!agent) return;
    } else if (frame === 'responsible') {
      // "the FBI said North Korea was behind the hack": the speaker accuses the subject.
      // Without a speaker ("the MSS was responsible for the attack on X"), the attack is still told.
      target = v.agentLeft(m.ts);
      // "a Russian man it says was behind the hack": "it says" is the speaker, the man the accused.
      // ("the Lazarus Group, which the bloc said was behind …": a speaker inside a relative clause.)
      const rel =
        target && DETERMINERS.has(v.toks[target.ts - 1]?.lower ?? '') ? target.ts - 2 : (target?.ts ?? 0) - 1;
      const inRelative = /^(which|whom)$/.test(v.toks[rel]?.lower ?? '');
      if ((target?.kind === 'pronoun' || inRelative) && SPEECH_FORMS.has(v.toks[target!.te]?.lower ?? ''))
        target = v.agentLeft(target!.ts, { allowOblique: true });
      if (!target) return;
      if (speaker) agent = stand(speaker.agent);
    } else if (frame === 'source') {
      // "Comodo said the attack had come from Iran", "the intrusion originated in China": the incident
      // is the subject, the source after the verb is accused, by the speaker.
      const from = v.clauseStart(m.ts);
      if (!triggers.some((t) => t.pat.frame === 'attack' && t.ts >= from && t.ts < m.ts)) return;
      // Only a finite verb of a plain claim: not "any cyberattack originating from China", "attacks
      // launched from Russian soil", "appeared to come from the agency", "if … the attacks came from".
      const before = v.toks.slice(from, m.ts).map((x) => x.lower);
      if (
        isGerund(v.toks[m.ts]) ||
        v.reducedPassive(m) ||
        before.at(-1) === 'to' ||
        before.some((x) => /^(if|whether|unless)$/.test(x))
      )
        return;
      // (Right after it: "from servers in Russia" tells where from, not who; nor "routed through a
      // Georgian company", a nation's firm.)
      target = v.right(
        m.te,
        3,
        (x) =>
          !x.pair &&
          !place(x) &&
          x.kind !== 'demonym' &&
          v.toks.slice(m.te, x.ts).every((t) => DETERMINERS.has(t.lower)),
      );
      if (!target) return;
      incidentFrom = from;
      incidentTo = m.ts;
      if (speaker) agent = stand(speaker.agent);
    } else if (frame === 'attribute') {
      // "named X as the group behind it", "identified the hackers as APT28" accuse; "named by Biden
      // as director", "named the banks as the main targets" do not.
      if (v.toks[m.te - 1]?.lower === 'as' && !this.culpritAfter(v, m.te)) return;
      // "the two men linked to Conti": a participle after a noun links nobody it names.
      const prev = v.toks[m.ts - 1];
      const reduced =
        !passive &&
        /ed$/.test(v.toks[m.ts]!.lower) &&
        /^(to|with)$/.test(v.toks[m.ts + 1]?.lower ?? '') &&
        !!prev?.word &&
        !prev.cap &&
        (!v.argAt[m.ts - 1] ||
          v.argAt[m.ts - 1]!.kind === 'nominal' ||
          isDefendants(v.argAt[m.ts - 1]!.key)) &&
        !PERSONAL_PRONOUNS.has(prev.lower) &&
        !AUX.has(prev.lower) &&
        !BE.has(prev.lower) &&
        !this.kb.words.functionWords.has(prev.lower) &&
        !/ly$/.test(prev.lower);
      if (reduced && !speaker) return;
      agent = passive ? v.byAgent(m.te) : v.agentLeft(m.ts);
      const gap = m.pat.slots.indexOf(null);
      const byInGap = gap > 0 && passive && v.toks[m.at[gap - 1]! + 1]?.lower === 'by';
      if (byInGap) {
        // "Ermakov had been identified by the ASD and the AFP as responsible": the by-phrase in the
        // gap names the accusers, the subject the accused. "Sandworm is identified by US authorities
        // as Unit 74455" equates two names and accuses nobody.
        if (v.argAt[m.te]) return;
        agent = v.byAgent(m.at[gap - 1]! + 1);
        target = v.agentLeft(m.ts);
        if (agent) coAgents = this.coordinated(v, agent, m.at[gap]!);
      } else if (gap > 0 && passive && !agent && m.at[gap]! === m.at[gap - 1]! + 1) {
        // "The attack on Sony was blamed on North Korea (, officials said)": the subject is the
        // incident, the actor after "on" the accused, by the speaker.
        // (Only determiners before it, and modifying nothing: not "a flaw in Microsoft software".)
        target = v.right(
          m.te,
          6,
          (x) =>
            !x.pair &&
            v.toks.slice(m.te, x.ts).every((t) => DETERMINERS.has(t.lower)) &&
            !(
              v.toks[x.te]?.word &&
              !v.toks[x.te]!.cap &&
              !this.kb.words.functionWords.has(v.toks[x.te]!.lower)
            ),
        );
        incidentFrom = 0;
        incidentTo = m.ts;
        if (speaker) agent = stand(speaker.agent);
      } else if (gap > 0) {
        // "hold X responsible", "pointed to X as": the accused heads the gap; "blamed the intrusions on
        // X": after it. A name inside the incident the gap tells is none ("blamed the hack of Sony on
        // North Korea", "blamed the SolarWinds hack on Russia", "last year's Bundestag hack").
        const from = m.at[gap - 1]! + 1;
        const gapEnd = m.at[gap]!;
        // Only "blame … on" tells the incident in its gap; "identified a new Russian group, which they
        // named X, as" tells the accused there.
        const incidentGap = v.toks[gapEnd]!.lower === 'on';
        const heads = (x: SentMention) => {
          const next = v.toks[x.te]!;
          const modifier = x.te < gapEnd && next.word && !next.cap && next.lower !== 'and';
          return (
            !incidentGap || (!modifier && v.toks.slice(from, x.ts).every((t) => DETERMINERS.has(t.lower)))
          );
        };
        target = v.between(from, gapEnd).find((x) => !x.pair && x.key !== agent?.key && heads(x));
        if (!target) {
          incidentFrom = m.at[gap - 1]! + 1;
          incidentTo = m.at[gap]!;
          target = v.right(m.te, 12, (x) => !x.pair && x.key !== agent?.key && !place(x));
          // "blamed the attack on Colonial Pipeline on DarkSide": the first "on" told the victim.
          const again =
            target && attackObject(target, triggers)
              ? v.toks.findIndex((t, k) => k >= target!.te && t.lower === v.toks[m.te - 1]!.lower)
              : -1;
          if (again >= 0 && again < end) {
            incidentTo = again;
            target = v.right(again + 1, 12, (x) => !x.pair && x.key !== agent?.key && !place(x));
          }
          // "blamed the attack on a Russian hacking team, a group it calls Midnight Blizzard": the name.
          const named = this.accusedAfter(v, target);
          if (named && named.kind !== 'demonym') target = named;
        } else incidentFrom = m.te;
      } else if (passive && !agent && this.toActor(v, m.te)) {
        // "The attack on Sony has been attributed to North Korea", "UNC1151 was linked to the
        // Belarusian military": the actor after "to" is accused (of the subject), by the speaker.
        target = this.toActor(v, m.te);
        incidentFrom = 0;
        incidentTo = m.ts;
        if (speaker) agent = stand(speaker.agent);
      } else if (passive && !agent) {
        // "Pyongyang has been linked to the hack of Sony": the subject is accused, the incident follows
        // (not the victim of an incident as the subject: "the intrusion at the ministry was tied to").
        target = v.agentLeft(m.ts);
        if (target && attackObject(target, triggers)) return;
        incidentFrom = m.te;
        const comma = v.toks.findIndex((t, k) => k >= m.te && t.text === ',');
        if (comma >= 0 && comma < incidentTo) incidentTo = comma;
      } else {
        // "attributed the attacks on X to Y": the target follows "to" (else "on", "with"); a phrase
        // ending in its preposition ("pointed the finger at Y") has it next.
        let k = m.te - 1;
        if (!this.kb.words.prepositions.has(v.toks[k]!.lower))
          for (const prep of ['to', 'on', 'with']) {
            k = m.te;
            while (k < end && v.toks[k]!.lower !== prep) k++;
            if (k < end) break;
          }
        target = v.right(k + 1, 12, (x) => !x.pair && x.key !== agent?.key && !place(x));
        // "linked a group they dubbed Transparent Tribe to a wave of phishing emails sent to X": an
        // actor before "to", an incident after it; the actor is accused.
        const linked = triggers.find((t) => t.pat.frame === 'attack' && t.ts > k && t.ts <= k + 6);
        const actor = v
          .between(m.te, k)
          .filter(
            (x) =>
              !x.pair && x.key !== agent?.key && !/^(Country|Place)$/.test(this.ents.get(x.key)?.type ?? ''),
          )
          .at(-1);
        if (v.toks[k]?.lower === 'to' && linked && actor && !v.between(k + 1, linked.ts).length) {
          target = actor;
          incidentFrom = k + 1;
        }
        // "to a group Microsoft calls Storm-0558": the group named, not who names it.
        if (target && this.kb.words.namingReportVerbs.has(v.toks[target.te]?.lower ?? ''))
          target = v.right(target.te + 1, 4, (x) => !x.pair) ?? target;
        incidentFrom = passive ? 0 : m.te;
        incidentTo = passive ? m.ts : k;
        // "linked Iran to the 2012 attack on Saudi Aramco": an actor as the object, an incident after
        // "to": the object is accused of it.
        const object =
          v.argAt[m.te] ?? (DETERMINERS.has(v.toks[m.te]?.lower ?? '') ? v.argAt[m.te + 1] : undefined);
        let j = k + 1;
        while (
          j < end &&
          (DETERMINERS.has(v.toks[j]!.lower) || /^\d{4}$/.test(v.toks[j]!.text) || v.toks[j]!.lower === "'s")
        )
          j++;
        const incident = triggers.find((t) => t.pat.frame === 'attack' && t.ts === j);
        // ("evidence linking him directly to it": past an adverb; "it" is the incident told.)
        // ("linked Bluenoroff and Lazarus to attacks": a list of objects.)
        const adjacent =
          !!object &&
          v.toks
            .slice(object.te, k)
            .every((t, d) => /ly$/.test(t.lower) || /^(,|and)$/.test(t.lower) || !!v.argAt[object.te + d]);
        const toldIncident = /^(it|this)$/.test(v.toks[k + 1]?.lower ?? '') && v.toks[k + 2]?.text !== "'s";
        if (
          !passive &&
          object &&
          !object.pair &&
          adjacent &&
          (incident || toldIncident) &&
          object.key !== agent?.key
        ) {
          target = object;
          incidentFrom = k + 1;
          incidentTo = end;
        } else if (
          !passive &&
          incident &&
          v.toks[k]?.lower === 'to' &&
          target &&
          v.prepBefore(target) !== 'by'
        )
          // ("Police tied the gang to attacks on cash machines in Germany", "linked the spyware to
          // attacks on phones of Egyptian politicians": no actor is linked; one inside the incident
          // is none, bar its author after "by".)
          target = undefined;
      }
    } else if (m.pat.pos === 'noun') {
      // "what he called groundless accusations against Chinese citizens": the other side's, dismissed.
      const dismissed = triggers.some((t) => t.pat.frame === 'dismiss' && t.ts < m.ts && m.ts - t.te <= 1);
      if (dismissed) return;
      // "accusations against X", "X's accusations", "both sides engaging in regular accusations".
      // ("…, according to an indictment unsealed in Washington": the source the text cites has no
      // agent before it; the clause's names are what the indictment says.)
      agent = this.citedSource(v, m.ts) ? undefined : v.agentLeft(m.ts, { allowOblique: true });
      // "Russia and the United States have traded accusations of hacking": each accuses the other.
      let t = m.ts - 1;
      while (
        t > 0 &&
        v.toks[t]!.word &&
        !v.toks[t]!.cap &&
        !/^(traded|exchanged|trade|exchange|trading|exchanging)$/.test(v.toks[t]!.lower) &&
        m.ts - t < 3
      )
        t--;
      const traded =
        frame === 'accuse' &&
        /^(traded|exchanged|trade|exchange|trading|exchanging)$/.test(v.toks[t]?.lower ?? '');
      if (traded && agent && !agent.pair) {
        const sides = [...new Set([...v.coordinatedBefore(agent), agent.key])];
        if (sides.length === 2) {
          emit(m, 'Accusation', sides[0]!, sides[1]!, { hedge: undefined });
          emit(m, 'Accusation', sides[1]!, sides[0]!, { hedge: undefined });
          return;
        }
      }
      // ("charged A and B in a 20-page indictment": the document of the charge just told, no other.)
      let d = m.ts - 1;
      while (d > 0 && m.ts - d < 5 && (!v.toks[d]!.word || !v.toks[d]!.cap) && v.toks[d]!.lower !== 'in') d--;
      if (frame === 'legal' && v.toks[d]?.lower === 'in' && !v.argAt[d + 1]) return;
      // "A, B and C were named in a separate indictment": the subject of a passive is the one charged.
      if (frame === 'legal' && agent && v.toks.slice(agent.te, m.ts).some((x) => BE.has(x.lower)))
        agent = undefined;
      target = v.right(m.te, 4, (x) => v.prepBefore(x) === 'against' || v.prepBefore(x) === 'of');
      if (frame === 'legal') target = this.defendant(v, m.te, agent);
    } else if (passive) {
      // "Five members of APT41 were charged": the group named inside the subject is the target.
      // "Sandworm, a hacking group that was blamed for …": the antecedent of the relative pronoun.
      target = v.agentLeft(m.ts, { allowOblique: true }) ?? this.relativeAgent(v, m.ts);
      // ("a man suspected of planning an attack on the Israeli embassy had been arrested": a name
      // inside the offence is not the one arrested.)
      const t0 = target?.ts ?? 0;
      for (let k = t0 - 1; target && k > 0 && k > t0 - 10; k--)
        if (this.offenceFollows(v, k)) target = undefined;
      // "A Chinese national has been indicted": one person of that nation, not the state (but
      // "Chinese hackers were accused", "Iranian officials were accused" stand for it).
      const head = v.toks[target?.te ?? -1]?.lower ?? '';
      if (target && this.nationals(v, target) && this.kb.words.personNouns.has(head)) target = undefined;
      agent = v.byAgent(m.te);
      if (v.reducedPassive(m)) {
        // "Lazarus, the group blamed for …": the noun before the participle, or the actor it describes;
        // "the only person convicted over …" names nobody.
        // "a Ukrainian charged over …": a demonym as the noun is a person of that nation, no party.
        // ("the Scattered Spider group blamed for …": a name and its head noun.)
        const headed =
          !v.argAt[m.ts - 1] &&
          /^(group|gang|crew|unit|team|hackers|firm|company)$/.test(v.toks[m.ts - 1]?.lower ?? '')
            ? v.argAt[m.ts - 2]
            : undefined;
        const before = v.argAt[m.ts - 1] ?? (headed && headed.kind !== 'demonym' ? headed : undefined);
        target = before ? (before.kind === 'demonym' ? undefined : before) : this.describedBy(v, m.ts - 1);
        // The reduced clause ends at its comma: "X, an officer accused of …, was sanctioned by the EU".
        const comma = v.toks.findIndex((t, k) => k >= m.te && t.text === ',');
        if (comma >= 0 && comma < incidentTo) incidentTo = comma;
        if (agent && agent.ts > incidentTo) agent = undefined;
      }
      // "The DOJ charged Vasinskyi. He is accused of deploying REvil": whoever charged him accuses him.
      if (!agent && frame === 'accuse' && target && this.chargedBy.has(target.key))
        agent = stand(this.chargedBy.get(target.key)!);
      if (!agent && frame === 'legal') {
        const by = v.toks.findIndex((x, k) => k >= m.te && k < m.te + 8 && x.lower === 'by');
        if (by >= 0) agent = this.prosecutorSubject(v, by + 4, by + 1);
        // "The six defendants — A, B and C — were charged with …": the story's defendants, by its
        // prosecutor (not "In Moscow, A and B were charged with treason").
        else {
          // (Nor "A was charged with treason in Moscow": a city right after the charge is another court's.)
          const prosecutor = this.storyProsecutor();
          // (But "charged in federal court in Washington" is the prosecutor's own capital.)
          const home = prosecutor && this.ents.stateOf(prosecutor);
          const elsewhere = (x: SentMention) =>
            v.locative(x) &&
            (x.ts < m.ts || (x.kind === 'metonym' && x.ts - m.te <= 6)) &&
            (!home || this.ents.stateOf(x.key) !== home);
          if (prosecutor && !v.mentions.some(elsewhere)) agent = stand(prosecutor);
        }
        // "X was detained in Germany", "was charged in the United States", "arrested in Moscow":
        // the state where it happened, right after the verb, acts.
        const at =
          v.toks[m.te]?.lower === 'in' ? (v.toks[m.te + 1]?.lower === 'the' ? m.te + 2 : m.te + 1) : -1;
        const where = at > 0 ? v.argAt[at] : undefined;
        if (!agent && where?.ts === at && !where.pair && this.ents.get(where.key)?.type === 'Country')
          agent = stand(where.key);
      }
    } else {
      const police = frame === 'legal' ? this.policeIn(v, m.ts) : undefined;
      // 'said the US should "stop …" and accused Washington of …': the speaker goes on.
      const goesOn = frame !== 'legal' && v.toks[m.ts - 1]?.lower === 'and' && speaker?.agent;
      // "Prosecutors accuse the pair of …": the story's prosecutor accuses as it charges.
      agent = goesOn
        ? stand(speaker.agent)
        : (this.participleSubject(v, m) ??
          this.sharedSubject(v, m.ts) ??
          // "WhatsApp, which accuses NSO of …": the name the relative clause describes.
          (this.relativePronounBefore(v, m.ts) !== undefined ? this.relativeAgent(v, m.ts) : undefined) ??
          police ??
          v.agentLeft(m.ts) ??
          this.prosecutorSubject(v, m.ts, 0, frame !== 'legal'));
      // ("Police in Ukraine and Switzerland have arrested …": each country's police.)
      if (police && agent === police) coAgents = this.coordinated(v, police, m.ts);
      target =
        frame === 'legal'
          ? this.defendant(v, m.te, agent)
          : this.accusedAfter(v, this.accusedObject(v, m.te, agent));
      // "Acme, a Chinese company it accused of helping X": an object relative without "that"; the
      // name described is the one accused, and "it" is the clause's subject, not that name.
      const subj = v.argAt[m.ts - 1];
      const described = subj && frame !== 'legal' ? this.describedBy(v, subj.ts - 1) : undefined;
      if (described && !described.pair) {
        agent = subj!.kind === 'pronoun' && subj!.key === described.key ? v.agentLeft(described.ts) : subj;
        target = described;
        const comma = v.toks.findIndex((t, k) => k >= m.te && t.text === ',');
        if (comma >= 0 && comma < incidentTo) incidentTo = comma;
      }
    }
    // ("accused a contractor from Salt Lake City of …": a place is accused of nothing.)
    if (target && place(target)) target = undefined;
    // "Sandworm, which Google blamed for …": the object is the relative pronoun's antecedent.
    // ("which the FBI blamed for …": past the subject's article.)
    const antecedent =
      !passive && agent && agent.ts >= 0 && m.ts - agent.te <= 2
        ? this.relativeAgent(v, DETERMINERS.has(v.toks[agent.ts - 1]?.lower ?? '') ? agent.ts - 1 : agent.ts)
        : undefined;
    // "the 2014 hack of Sony, which Washington has blamed on Pyongyang": after "blame … on", the
    // antecedent is the incident and the accused follows.
    // (Not "which it held responsible for NotPetya": there the gap held the accused, and what follows
    // is the offence.)
    const gapAccused =
      frame === 'attribute' &&
      m.pat.slots.indexOf(null) > 0 &&
      !/^(responsible|accountable)$/.test(v.toks[m.te - 1]?.lower ?? '') &&
      target &&
      target.ts >= m.te;
    /** "Estonia was hit by a wave of attacks that it blamed on Russia": the victim the passive names. */
    let hitSubject: string | undefined;
    // ("a wave of attacks that Estonia blamed on Russia": an incident with no actor as antecedent too.)
    const relative =
      gapAccused && agent && agent.ts >= 0 && !passive ? this.relativePronounBefore(v, agent.ts) : undefined;
    if ((antecedent || relative !== undefined) && gapAccused) {
      const rel = relative ?? this.relativePronounBefore(v, agent!.ts) ?? agent!.ts;
      incidentFrom = Math.max(0, rel - 12);
      incidentTo = rel;
      const hit = triggers.find(
        (t) =>
          t.pat.frame === 'attack' &&
          t.ts >= incidentFrom &&
          t.ts < rel &&
          v.passive(t) &&
          v.toks[t.te]?.lower === 'by' &&
          !v.argAt[t.te + 1],
      );
      // (A cyber incident: not "hit by a series of arson attacks", "by missiles".)
      const cyber = triggers.some(
        (t) =>
          t !== hit &&
          t.pat.frame === 'attack' &&
          t.ts >= incidentFrom &&
          t.ts < rel &&
          (!/^attacks?$/.test(v.toks[t.ts]!.lower) || CYBER_MODIFIER.test(v.toks[t.ts - 1]?.lower ?? '')),
      );
      const subject = hit && cyber && v.agentLeft(hit.ts);
      if (subject && !subject.pair) hitSubject = subject.key;
    } else if (antecedent && !antecedent.pair && antecedent.key !== agent?.key && frame !== 'deny') {
      target = antecedent;
      antecedentList = true;
      incidentFrom = m.te;
      // The relative clause ends at the next comma.
      const comma = v.toks.findIndex((t, k) => k >= m.te && t.text === ',');
      incidentTo = comma >= 0 && comma < end ? comma : end;
    }
    if (target && frame !== 'attribute' && frame !== 'source')
      incidentFrom = Math.max(incidentFrom, target.te);
    // The complement ends where the next accusation, denial or charge begins.
    const nextFrame = triggers.find(
      (t) =>
        t.ts > m.ts && t.ts >= incidentFrom && ['accuse', 'attribute', 'deny', 'legal'].includes(t.pat.frame),
    );
    if (nextFrame && nextFrame.ts < incidentTo) incidentTo = nextFrame.ts;

    // The incident: an attack trigger in the complement, and its victim.
    let about: number | undefined;
    const accused = frame === 'deny' ? agent : target;
    // "North Korea was blamed for the outbreak": accused, even when nobody is named as accuser.
    if (frame !== 'deny' && frame !== 'legal' && accused && !accused.pair) this.perpetrator = accused.key;
    for (const t of triggers) {
      if (t.pat.frame !== 'attack' || t.ts < incidentFrom || t.ts >= incidentTo || consumed.has(t)) continue;
      consumed.add(t);
      if (about !== undefined) continue;
      if (!accused || accused.pair) continue;
      const victims = this.victims(v, t, incidentTo, accused.key);
      // "blamed Israel for that attack": the victims of the attack just told.
      const definite = v.toldBefore(t);
      const told = victims.length
        ? victims
        : hitSubject
          ? [hitSubject]
          : definite && frame !== 'attribute'
            ? this.lastVictims
            : [];
      // "charged A, B and C with hacking X": each of them is said to have done it.
      const kind = this.ents.get(accused.key)?.type;
      const culprits = [
        accused.key,
        ...(frame === 'deny'
          ? []
          : [
              ...this.coordinated(v, accused, end),
              // ("A and B were accused of hacking X": the passive's subjects too.)
              ...(frame === 'responsible' || (passive && accused.te <= m.ts)
                ? v.coordinatedBefore(accused)
                : []),
            ]
        ).filter((x) => this.ents.get(x)?.type === kind),
      ];
      // "China denied being behind the breach at OPM": the denial makes no attacker; it points at
      // the attack the story alleges (its perpetrator so far) when that is the denier's side or the
      // attack on X was told already ("Moscow denied attacking the US" in a story about a group's
      // attack on Microsoft points at none).
      const alleged = frame === 'deny' ? (this.perpetrator ? [this.perpetrator] : []) : culprits;
      const denierSide =
        frame === 'deny' && !!agent && !!this.perpetrator && this.sameSide(this.perpetrator, agent.key);
      for (const victim of told)
        for (const culprit of alleged) {
          if (frame === 'deny' && !denierSide && !this.alleged.has(`${culprit}|${victim}`)) continue;
          const k = emit(t, 'Cyberattack', culprit, victim, { hedge: 'alleged' });
          if (k >= 0) about ??= k;
        }
      if (!told.length && definite && frame === 'attribute') {
        // "attributed the attacks to X": the attacks just described, whose perpetrator was unnamed.
        events.push({
          cls: 'Cyberattack',
          agent: accused.key,
          target: null,
          trigger: BACKFILL,
          confidence: 0,
          ts: t.ts,
        });
      }
    }

    // "charged by U.S. prosecutors", "Estonian prosecutors accuse": a country's prosecutors are its
    // prosecuting body, once the story has named it.
    const body =
      (frame === 'legal' || frame === 'accuse') && agent && agent.ts >= 0
        ? this.prosecutorsOf(v, agent)
        : undefined;
    if (body) agent = stand(body);
    const cls: EventClass = frame === 'deny' ? 'Denial' : frame === 'legal' ? 'LegalAction' : 'Accusation';
    // "Hua said China firmly opposes the charges", "Taylor said Canberra had determined that Russia
    // was behind it": a person speaking of a state's stand voices it with the state (not "The FBI
    // said China denied …", nor a foreign minister reporting another state's). A denial needs only
    // no other known allegiance; an accusation needs the speaker's to be that state.
    const sp = speaker && agent && this.ents.get(speaker.agent);
    const ownState = sp?.type === 'Person' && this.ents.get(agent!.key)?.type === 'Country';
    const spState = sp && this.stateOfPerson(sp.id);
    if (cls === 'Denial') {
      const voice = ownState && (!spState || spState === agent!.key) ? [sp.id] : [];
      // ("Iran said Israel attacked its oil ministry, and Israel denied it": a victim named before
      // the denier is no denier.)
      const victim = (x: string) => v.mentions.some((y) => y.key === x && attackObject(y, triggers));
      const deniers = [agent!.key, ...v.coordinatedBefore(agent!).filter((x) => !victim(x)), ...voice];
      for (const a of new Set(deniers)) {
        const accuser = this.accuser(v, m.te, end);
        const accusers = accuser ? [accuser] : this.accusersInSentence(v, events, a, m);
        for (const t of accusers.length ? accusers : [null])
          emit(m, 'Denial', a, t, { about, hedge: undefined });
      }
      return;
    }
    if (!target && agent?.pair && cls === 'Accusation') {
      // "both sides engaging in accusations": each accuses the other.
      emit(m, cls, agent.pair[0], agent.pair[1], { about, hedge: undefined });
      emit(m, cls, agent.pair[1], agent.pair[0], { about, hedge: undefined });
      return;
    }
    // "The Justice Department charged three men": who brings charges, even unnamed ones, is known.
    // (Not "he could face life in prison if convicted": one charged brings no charges.)
    if (cls === 'LegalAction' && agent && !agent.pair && agent.ts >= 0 && !this.chargedBy.has(agent.key))
      this.prosecutor = this.ents.moreExact(this.prosecutor, agent.key);
    // "Dutch police arrested four people", "Police in Ukraine and Switzerland have arrested 12 people":
    // an arrest of people left unnamed, by each who made it.
    if (!target && cls === 'LegalAction' && agent && !agent.pair && !passive && this.arrestsCounted(v, m)) {
      for (const a of new Set([...expand(agent), ...v.coordinatedBefore(agent), ...coAgents]))
        emit(m, cls, a, null, { about, hedge: undefined });
      return;
    }
    if (!target) return;
    // "Lazarus Group and APT38, cyber actors associated with the DPRK, are responsible": each subject.
    const targets = [
      // "The pair are charged", "blamed both countries": each of the two.
      ...(target.pair ?? [target.key]),
      // ("charged A and B, for hacking Boeing": the list ends where the offence begins.)
      ...this.coordinated(v, target, frame === 'legal' ? this.offenceAt(v, target.te, end) : end),
      ...(frame === 'responsible' ? v.coordinatedBefore(target) : []),
      // (Of the antecedent's kind: not "tracked Ukraine and Sandworm, which the NSA blamed …".)
      ...(antecedentList
        ? v
            .coordinatedBefore(target)
            .filter((x) => this.ents.get(x)?.type === this.ents.get(target.key)?.type)
        : []),
      // "A, B and C were charged": each subject of a passive charge (not "…, and D, who was charged").
      ...(frame === 'legal' && passive && this.relativePronounBefore(v, m.ts) === undefined
        ? v
            .coordinatedBefore(target)
            .filter((x) => this.ents.get(x)?.type === this.ents.get(target.key)?.type)
        : []),
    ];
    // "Britain and the United States sanctioned X, accusing it of …": each subject of the sentence.
    const participle = !!agent && agent.ts >= 0 && this.participleSubject(v, m)?.ts === agent.ts;
    const agents = agent
      ? [
          ...expand(agent),
          ...v.coordinatedBefore(agent),
          ...(participle ? this.subjectList(v, agent, m.ts) : []),
          ...this.joiners(v, m, agent),
          ...this.partners(v, m),
          // "A, B and C said in a joint statement that Iran was responsible": each of them accuses.
          ...(agent.ts < 0 && speaker?.agent === agent.key ? speaker.also : []),
          ...coAgents,
          ...(ownState && spState === agent.key ? [sp.id] : []),
        ]
      : [];
    if (cls === 'LegalAction') {
      // "charged six GRU officers, including A and B": the named ones are charged too, as members.
      const named = this.including(v, target, end);
      const group = this.ents.get(target.key)?.type;
      if (group !== 'Country' && group !== 'Person')
        for (const p of named) emit(m, 'Role', p, target.key, { hedge: undefined, confidence: 0.8 });
      targets.push(...named);
    }
    // 'accused Microsoft of "negligent cybersecurity practices"': words quoted from the accuser are
    // a statement of theirs too.
    const quoted =
      cls === 'Accusation' &&
      m.pat.pos === 'verb' &&
      v.inQuote.slice(m.te, end).some((q, k) => q && !v.scare[m.te + k]) === false &&
      v.toks.slice(m.te, end).some((t) => QUOTE_OPEN.has(t.text) || t.text === '"');
    for (const a of agents) {
      for (const tg of targets) if (tg !== a) emit(m, cls, a, tg, { about, hedge: undefined });
      if (quoted) emit(m, 'Statement', a, null, { hedge: undefined, confidence: 0.7 });
    }
  }

  /**
   * The subject of a clause reported from `k` ("that China's MSS hacked …": the MSS; "that Chinese
   * hackers …": China), if it is an actor said to do a wrong (an attack, or malice words).
   */
  private reportedSubject(v: SentenceView, k: number, triggers: TriggerMatch[]): SentMention | undefined {
    if (v.toks[k]?.lower === 'that') k++;
    let x = v.argAt[k] ?? v.argAt[k + 1];
    if (!x || x.pair || x.modifier) return undefined;
    if (v.toks[x.te]?.lower === "'s") x = v.argAt[x.te + 1] ?? x;
    else if (x.kind === 'demonym' && !this.kb.words.hackerNouns.has(v.toks[x.te]?.lower ?? ''))
      return undefined;
    const end = v.clauseEnd(x.te);
    const after = v.toks.slice(x.te, end);
    // A passive makes the subject the one acted on.
    const next = after.slice(0, 4).map((t) => t.lower);
    if (next.includes('been') || (BE.has(next[0] ?? '') && /ed$/.test(next[1] ?? ''))) return undefined;
    const from = x.te;
    const wrong =
      triggers.some((t) => t.pat.frame === 'attack' && t.pat.pos !== 'noun' && t.ts >= from && t.ts < end) ||
      after.some((t) => this.kb.words.maliceWords.has(t.lower) || this.kb.words.hackerNouns.has(t.lower));
    return wrong ? x : undefined;
  }

  /** The actor right after "to" at `k` ("to North Korea", "to the Belarusian military"). */
  private toActor(v: SentenceView, k: number): SentMention | undefined {
    if (v.toks[k]?.lower !== 'to') return undefined;
    const at = DETERMINERS.has(v.toks[k + 1]?.lower ?? '') ? k + 2 : k + 1;
    // "linked to Iran's Ministry of Intelligence": the possessed body, not its state.
    const owner = v.mentions.find((m) => m.ts === at && m.modifier);
    const x =
      v.argAt[k + 1] ??
      v.argAt[at] ??
      (owner && v.possessed(owner) !== owner ? v.possessed(owner) : undefined);
    if (x) return x.pair ? undefined : x;
    // "to three groups known as APT27, APT30 and APT31", "to a group tracked as UNSC 2814".
    for (let j = k + 1; j < Math.min(v.toks.length, k + 6) && !v.argAt[j]; j++) {
      const t = v.toks[j]!;
      // (An unknown name may come first: "tracked as UNSC 2814, also known as Gallium".)
      if (v.namingAt(j)) return v.right(j + 1, 7, (x) => !x.pair);
      if (!t.word || t.cap) break;
    }
    return undefined;
  }

  /** Does an attribution's "as" name a culprit: an actor, or words such as "responsible", "the group"? */
  private culpritAfter(v: SentenceView, k: number): boolean {
    for (let j = k; j < Math.min(v.toks.length, k + 4); j++) {
      const t = v.toks[j]!;
      if (v.argAt[j] || this.kb.words.culpritNouns.has(t.lower)) return true;
      if (!t.word || this.kb.words.prepositions.has(t.lower)) return false;
    }
    return false;
  }

  /** The state a person serves: known to the gazetteer, or by a role the document gave them. */
  private stateOfPerson(key: string): string | undefined {
    const e = this.ents.get(key);
    return e?.type === 'Person' ? (e.country ?? this.allegiance.get(key)) : undefined;
  }

  /** "X indicted seven hackers …, accusing them of …": a participle clause shares the sentence's subject. */
  private participleSubject(v: SentenceView, m: TriggerMatch): SentMention | undefined {
    if (!v.toks[m.ts]!.lower.endsWith('ing')) return undefined;
    // ("Norway says Chinese hackers breached …, months after blaming Russia": after a comma, "after",
    // "before" or "while" and a time before them, the participle is the sentence subject's.)
    if (/^(after|before|while)$/.test(v.toks[m.ts - 1]?.lower ?? '')) {
      let k = m.ts - 2;
      while (k > 0 && k > m.ts - 6 && v.toks[k]!.text !== ',' && !v.argAt[k] && !v.toks[k]!.cap) k--;
      if (v.toks[k]?.text !== ',') return undefined;
      // ("Iran hacked X, U.S. officials said, weeks after accusing Tehran": the speaker's act; none
      // for a subject inside a quote.)
      const said = v.toks.findLastIndex((t, j) => j < k && SPEECH_FORMS.has(t.lower));
      if (said > 0) return v.agentLeft(said) ?? v.argAt[said + 1];
      const subject = v.sentenceSubject(m.ts);
      return subject && !v.inQuote[subject.ts] ? subject : undefined;
    }
    if (v.toks[m.ts - 1]?.text !== ',') return undefined;
    // ("NSO was blacklisted, and Apple filed a lawsuit …, accusing it of …": the subject of the
    // clause the participle closes.)
    for (let j = m.ts - 2; j > 1; j--) {
      const next = v.argAt[j + 1];
      const verb = next && v.toks[next.te];
      if (
        v.toks[j]!.lower === 'and' &&
        v.toks[j - 1]!.text === ',' &&
        next?.ts === j + 1 &&
        verb?.word &&
        !verb.cap
      )
        return next;
    }
    return v.sentenceSubject(m.ts);
  }

  /**
   * "a man suspected of hacking JAXA": a hedged participle, "of" and a deed at `k`; what follows is
   * the offence (not "believed to be a member of LockBit", "suspected of being members of X").
   */
  private offenceFollows(v: SentenceView, k: number): boolean {
    const deed = v.toks[k + 2]?.lower ?? '';
    return (
      this.kb.hedges.has(v.toks[k]!.lower) &&
      v.toks[k + 1]?.lower === 'of' &&
      deed.endsWith('ing') &&
      !/^(being|having)$/.test(deed)
    );
  }

  /** The victims of an attack told as a noun: its own, else, for "the attack", the ones just told. */
  private incidentVictims(v: SentenceView, t: TriggerMatch, until: number, culprit: string): string[] {
    const victims = this.victims(v, t, until, culprit);
    return (victims.length ? victims : v.toldBefore(t) ? this.lastVictims : []).filter((x) => x !== culprit);
  }

  /** Who made or ran the tool of an unattributed attack: "developed by A and B", "deployed by A". */
  private makers(v: SentenceView, m: TriggerMatch): string[] {
    const end = v.clauseEnd(m.te);
    for (let k = 1; k < end - 1; k++) {
      if (
        v.toks[k]!.lower !== 'by' ||
        !/^(developed|created|built|written|designed|deployed|operated|made)$/.test(v.toks[k - 1]!.lower)
      )
        continue;
      const first = v.right(k + 1, 4, (x) => !x.pair);
      return first ? [first.key, ...this.coordinated(v, first, end)] : [];
    }
    return [];
  }

  /** "his Chinese counterpart, Wang Yi": the person named in apposition, not the country. */
  private counterpart(v: SentenceView, m: SentMention): SentMention {
    // "with Libya's Government of National Accord": the body the possessor owns.
    const owned = /^('s|’s)$/.test(v.toks[m.te]?.lower ?? '') ? v.argAt[m.te + 1] : undefined;
    if (owned && !owned.pair && this.ents.get(owned.key)?.type !== 'Country') return owned;
    // ("Taiwan's then-president, Tsai Ing-wen": the person the possessor's office names.)
    if (/^('s|’s)$/.test(v.toks[m.te]?.lower ?? '')) {
      let k = m.te + 1;
      while (k < m.te + 5 && v.toks[k]?.word && !v.toks[k]!.cap) k++;
      if (v.toks[k]?.text === '-') k += 2;
      const person = v.toks[k]?.text === ',' && k > m.te + 1 ? v.argAt[k + 1] : undefined;
      if (person && this.ents.get(person.key)?.type === 'Person') return person;
    }
    if (m.kind !== 'demonym' || v.toks[m.te + 1]?.text !== ',') return m;
    const named = v.argAt[m.te + 2];
    return named && this.ents.get(named.key)?.type === 'Person' ? named : m;
  }

  /** The people listed after ", including" right behind `m` ("six officers, including A and B"). */
  private including(v: SentenceView, m: SentMention, end: number): string[] {
    let k = m.te;
    while (k < m.te + 4 && k < end && v.toks[k]!.word && !v.toks[k]!.cap && !v.argAt[k]) k++;
    if (v.toks[k]?.text !== ',' || v.toks[k + 1]?.lower !== 'including') return [];
    const first = v.argAt[k + 2];
    if (!first || first.pair || this.ents.get(first.key)?.type !== 'Person') return [];
    return [first.key, ...this.coordinated(v, first, end)].filter((x) => this.ents.get(x)?.type === 'Person');
  }

  /**
   * "The indictment, unsealed in Washington, names A, 36, B, 34, and C", "Also charged were A and B":
   * people named for charges already told, brought by whoever brought the document's last ones.
   */
  private namedDefendants(v: SentenceView, m: TriggerMatch, emit: Emit): void {
    if (!this.prosecutor) return;
    let k = m.te;
    if (m.pat.pos === 'noun') {
      // Past a participle clause in commas to the verb that names them.
      while (k < m.te + 12 && k < v.toks.length && !NAMING_DEFENDANTS.has(v.toks[k]!.lower)) k++;
      if (!NAMING_DEFENDANTS.has(v.toks[k]?.lower ?? '')) return;
    }
    const first = v.right(k + 1, 3, (x) => this.ents.get(x.key)?.type === 'Person');
    if (!first) return;
    const people = [first.key, ...this.coordinated(v, first, v.clauseEnd(first.te))].filter(
      (x) => this.ents.get(x)?.type === 'Person',
    );
    const prosecutor = this.storyProsecutor()!;
    for (const p of people) emit(m, 'LegalAction', prosecutor, p);
  }

  /**
   * "Estonian prosecutors named the three suspects as A, B and C", "identified the two men as A and
   * B": those named as a story's suspects are charged, by whoever names them for the justice system
   * (a nation's prosecutors are its prosecuting body once named), else by the story's prosecutor.
   */
  private suspectsNamed(v: SentenceView, emit: Emit): void {
    const legal = this.kb.triggers.get('charges')?.find((p) => p.frame === 'legal');
    for (let k = 1; k < v.toks.length - 3 && legal; k++) {
      if (!/^(named|identified)$/.test(v.toks[k]!.lower)) continue;
      const group = v.argAt[k + 1] ?? v.argAt[k + 2];
      if (!group || !isDefendants(group.key) || v.toks[group.te]?.lower !== 'as') continue;
      const first = v.argAt[group.te + 1];
      if (!first || this.ents.get(first.key)?.type !== 'Person') continue;
      const subject = v.agentLeft(k);
      const agent =
        (subject && this.prosecutorsOf(v, subject)) ??
        (subject && !subject.pair ? subject.key : this.storyProsecutor());
      if (!agent) continue;
      const at = { pat: legal, ts: k, te: k + 1, at: [k] };
      for (const p of [first.key, ...this.coordinated(v, first, v.clauseEnd(first.te))])
        if (this.ents.get(p)?.type === 'Person') emit(at, 'LegalAction', agent, p);
    }
  }

  /**
   * Who brought the document's charges, or before any charges the prosecuting body the story named
   * last ("Federal prosecutors indicted …, the Justice Department said").
   */
  private storyProsecutor(): string | undefined {
    // "U.S. charges five officers" then "prosecutors said": the country's prosecuting body, once named.
    const country = this.prosecutor && this.ents.get(this.prosecutor)?.type === 'Country';
    return (country && this.prosecutingBody(this.prosecutor)) || (this.prosecutor ?? this.prosecutingBody());
  }

  /**
   * "U.S. prosecutors", "Estonian prosecutors": the prosecuting body of the country a mention names
   * right before a noun for prosecutors, once the story has named one (else undefined).
   */
  private prosecutorsOf(v: SentenceView, x: SentMention): string | undefined {
    if (x.pair || !this.kb.words.prosecutorNouns.has(v.toks[x.te]?.lower ?? '')) return undefined;
    return this.prosecutingBody(x.key);
  }

  /** The prosecuting body ("the Justice Department") the story named last, of `country` if given. */
  private prosecutingBody(country?: string): string | undefined {
    const words = this.kb.words.prosecutingBodyWords;
    return this.ents.last(
      (e: DocEntity) =>
        e.type === 'GovernmentBody' &&
        (!country || e.country === country) &&
        e.label
          .toLowerCase()
          .split(/\W+/)
          .some((x) => words.has(x)),
    );
  }

  /**
   * "prosecutors said", "a federal grand jury indicted", "the indictment alleges": an unnamed part of
   * the justice system acts for the story's prosecutor.
   */
  private prosecutorSubject(
    v: SentenceView,
    ti: number,
    from = 0,
    accusing = false,
  ): SentMention | undefined {
    const prosecutor = this.storyProsecutor();
    if (!prosecutor) return undefined;
    let k = ti - 1;
    while (
      k > from &&
      (AUX.has(v.toks[k]!.lower) || BE.has(v.toks[k]!.lower) || v.toks[k]!.lower.endsWith('ly'))
    )
      k--;
    // "The indictment, returned by a grand jury in Maryland, accuses …": past a participle aside.
    if (v.toks[k]?.text === ',') {
      let open = k - 1;
      while (open > from && v.toks[open]!.text !== ',') open--;
      if (open > from && /ed$/.test(v.toks[open + 1]?.lower ?? '')) k = open - 1;
    }
    const noun = v.toks[k]?.lower ?? '';
    if (k < from || !this.kb.words.prosecutorNouns.has(noun) || v.argAt[k - 1]) return undefined;
    // "The judge accused Microsoft of withholding logs": the court accuses for nobody.
    if (accusing && this.kb.words.adjudicatorNouns.has(noun)) return undefined;
    return stand(prosecutor);
  }

  /**
   * "added NSO Group and another Israeli firm, Candiru, to its blacklist, accusing them of …": the
   * participle's "them" is every one sanctioned, accused by every one who sanctions.
   */
  private accusingThem(
    v: SentenceView,
    m: TriggerMatch,
    imposers: string[],
    targets: string[],
    emit: Emit,
  ): void {
    if (targets.length < 2) return;
    const k = v.toks.findIndex((x, j) => j > m.te && x.lower === 'accusing' && v.toks[j - 1]?.text === ',');
    if (k < 0 || v.toks[k + 1]?.lower !== 'them') return;
    for (const a of imposers)
      for (const t of targets) if (a !== t) emit(m, 'Accusation', a, t, { hedge: undefined });
  }

  /** "arrested four people", "detained 12 suspects": an arrest verb, a count and a noun for people. */
  private arrestsCounted(v: SentenceView, m: TriggerMatch): boolean {
    if (!/^(arrest|detain)/.test(v.toks[m.ts]!.lower)) return false;
    const count = v.toks[m.te];
    if (!count || !(/^\d+$/.test(count.text) || this.kb.words.countWords.has(count.lower))) return false;
    return v.toks.slice(m.te + 1, m.te + 4).some((t) => this.kb.words.peopleNouns.has(t.lower));
  }

  /**
   * "Police in Ukraine and Switzerland have arrested …": the country whose police act, at the
   * clause's start; "Detectives from the NCA arrested …": the body they come from.
   */
  private policeIn(v: SentenceView, ti: number): SentMention | undefined {
    const k = v.clauseStart(ti);
    // "Police from the Garda Bureau of Fraud Investigation arrested …", "Detectives from the NCA":
    // the body they come from ("In Ireland, police from …": past an opening phrase).
    const comma = this.kb.words.prepositions.has(v.toks[k]?.lower ?? '')
      ? v.toks.findIndex((x, j) => j > k && j < k + 6 && x.text === ',')
      : -1;
    const opens = comma > 0 && comma < ti ? comma + 1 : k;
    const lead = DETERMINERS.has(v.toks[opens]?.lower ?? '') ? opens + 1 : opens;
    const from = /^(from|of|at)$/.test(v.toks[lead + 1]?.lower ?? '')
      ? v.argAt[v.toks[lead + 2]?.lower === 'the' ? lead + 3 : lead + 2]
      : undefined;
    if (
      from &&
      !from.pair &&
      /^(police|officers|detectives|agents|investigators)$/.test(v.toks[lead]?.lower ?? '') &&
      /^(GovernmentBody|MilitaryUnit)$/.test(this.ents.get(from.key)?.type ?? '')
    )
      return from;
    const first = DETERMINERS.has(v.toks[k]?.lower ?? '') ? k + 1 : k;
    if (!/^(police|authorities)$/.test(v.toks[first]?.lower ?? '') || v.toks[first + 1]?.lower !== 'in')
      return undefined;
    const place = v.argAt[first + 2];
    const country = place && this.ents.stateOf(place.key);
    return place && country && !place.pair ? { ...place, key: country } : undefined;
  }

  /** Whether the noun at `ti` is the source "according to" cites ("according to a federal indictment"). */
  private citedSource(v: SentenceView, ti: number): boolean {
    let k = ti - 1;
    while (k > 1 && ti - k <= 3 && v.toks[k]!.word && !v.toks[k]!.cap && v.toks[k]!.lower !== 'to') k--;
    return v.toks[k]?.lower === 'to' && v.toks[k - 1]?.lower === 'according';
  }

  /**
   * "the sanctions target X", "the measures targeted A, B and C": each one named after a verb of
   * aiming, sanctioned by whoever imposed the story's sanctions.
   */
  private sanctionsTarget(v: SentenceView, from: number, emit: Emit, m: TriggerMatch): void {
    let k = from;
    if (/ly$|^also$/.test(v.toks[k]?.lower ?? '')) k++;
    if (
      !this.sanctioner ||
      !/^(target|targets|targeted|hit|hits|cover|covers|covered)$/.test(v.toks[k]?.lower ?? '')
    )
      return;
    const first = v.right(k + 1, 4, (x) => !x.pair && x.key !== this.sanctioner);
    if (!first) return;
    const named = v.possessed(first) ?? first;
    for (const t of [named.key, ...this.coordinated(v, named, v.clauseEnd(named.te))])
      if (t !== this.sanctioner) emit(m, 'Sanction', this.sanctioner, t);
  }

  /** "sanctions Russian man over the Medibank hack": where the offence begins (else `end`). */
  private offenceAt(v: SentenceView, from: number, end: number): number {
    for (let k = from; k < Math.min(end, v.toks.length); k++)
      if (/^(over|for)$/.test(v.toks[k]!.lower)) return k;
    return end;
  }

  /**
   * "US charges North Korean programmer", "U.S. Sanctions Chinese Firm": a demonym before one thing
   * or person (a singular noun, headlines' capitals too) is not the state ("the Chinese government" is).
   */
  private oneOfNation(v: SentenceView, x: SentMention): boolean {
    const next = v.toks[x.te];
    if (x.kind !== 'demonym' || !next?.word || /s$/.test(next.lower) || v.argAt[x.te]) return false;
    const w = this.kb.words;
    // ("Russian web host Aeza Group": lower-case words that describe the name after them.)
    let k = x.te;
    while (k < x.te + 3 && v.toks[k]?.word && !v.toks[k]!.cap && !/^(and|or)$/.test(v.toks[k]!.lower)) k++;
    const named = k > x.te && v.argAt[k]?.ts === k && this.ents.get(v.argAt[k]!.key)?.type !== 'Country';
    return named || (!w.countryGroupNouns.has(next.lower) && !w.functionWords.has(next.lower));
  }

  /**
   * The one accused, from the first actor after the verb: "accused a Russian intelligence-linked
   * group known as APT29" names the group; "accused two Chinese nationals" names people, not a state.
   */
  private accusedAfter(v: SentenceView, x: SentMention | undefined): SentMention | undefined {
    if (x?.kind !== 'demonym') return x;
    // "a Russian hacking team, a group it calls Midnight Blizzard": an apposition whose head is a
    // group noun may come between (not "…, which also hit a wallet provider called Atomic Wallet").
    const w = this.kb.words;
    const groupNoun = (t: Token | undefined) =>
      !!t && (w.threatDescriptors.has(t.lower) || w.hackerNouns.has(t.lower));
    let comma = -1;
    for (let k = x.te; k < Math.min(v.toks.length, x.te + (comma < 0 ? 8 : 14)); k++) {
      if (v.toks[k]!.text === ',') {
        const head = v.toks.slice(k + 2, k + 5).findIndex(groupNoun);
        if (comma >= 0 || !/^(a|an)$/.test(v.toks[k + 1]?.lower ?? '') || head < 0) break;
        comma = k;
        k += 2 + head;
        continue;
      }
      if (!v.namingAt(k)) continue;
      if (comma >= 0 && k > comma + 9) break;
      const named = v.right(k + 1, 3, (y) => !y.pair && y.kind !== 'demonym');
      if (named) return named;
    }
    // "accused Russian state-funded outlets RT and Sputnik of …": the names its words describe.
    let k = x.te;
    // (Adjectives and compounds: not "Russian spies targeting Ukraine", a clause of its own.)
    const describing = (t: Token | undefined, j: number) =>
      !!t &&
      (t.text === '-' ||
        (t.word &&
          !t.cap &&
          !this.kb.words.functionWords.has(t.lower) &&
          !isGerund(t) &&
          (!/ed$/.test(t.lower) || v.toks[j - 1]?.text === '-')));
    while (k < x.te + 5 && describing(v.toks[k], k)) k++;
    const described = v.argAt[k];
    if (k > x.te && described?.ts === k && !described.pair && described.kind !== 'demonym') return described;
    const head = v.toks[x.te]?.lower ?? '';
    return v.counted(x) || (this.nationals(v, x) && this.kb.words.personNouns.has(head)) ? undefined : x;
  }

  /**
   * "The Treasury sanctioned Garantex and accused it of …": after "and", a name right after a verb
   * is that verb's object; the second verb shares the sentence's subject.
   */
  private sharedSubject(v: SentenceView, ts: number): SentMention | undefined {
    if (v.toks[ts - 1]?.lower !== 'and') return undefined;
    // "charged A and B on Monday and accused …": past when the first verb was done, to the first of
    // its objects.
    const w = this.kb.words;
    let k = ts - 2;
    // ("names A, 36, B, 34, and C, 37, and accuses them": past the ages after the names too.)
    for (let guard = 0; guard < 3; guard++) {
      while (k > 0 && !v.argAt[k] && ts - k < 6) {
        const t = v.toks[k]!.lower;
        if (!(/^\d+$/.test(t) || t === ',' || w.months.has(t) || w.timeWords.has(t))) break;
        k--;
      }
      // ("charged A with hacking and accused …", "in Boston and accused …": past a phrase the first
      // verb's object carries.)
      const prep = this.phraseStart(v, k);
      if (prep < 0) break;
      k = prep - 1;
    }
    const det = (x: SentMention) => (DETERMINERS.has(v.toks[x.ts - 1]?.lower ?? '') ? x.ts - 2 : x.ts - 1);
    let object = v.argAt[k];
    for (;;) {
      let j = object ? det(object) : -1;
      if (!object || !/^(and|,)$/.test(v.toks[j]?.lower ?? '')) break;
      j--;
      if (v.toks[j]?.text === ',') j--;
      if (ageBetweenCommas(v.toks, j - 1)) j -= 2;
      if (!v.argAt[j]) break;
      object = v.argAt[j];
    }
    const verb = object && v.toks[det(object)];
    // (A verb: an -ed form or one the lexicon knows, not any lower-case word.)
    const isVerb = (t: Token) =>
      /ed$/.test(t.lower) ||
      NAMING_DEFENDANTS.has(t.lower) ||
      !!this.kb.triggers.get(t.lower)?.some((p) => p.pos === 'verb');
    if (!object || !verb?.word || verb.cap || !isVerb(verb)) return undefined;
    const subject = v.sentenceSubject(object.ts);
    if (subject) return subject.key !== object.key ? subject : undefined;
    // "The indictment names A, B and C and accuses them of …": the justice system's unnamed part.
    return this.prosecutorSubject(v, object.ts - 1);
  }

  /**
   * The preposition that opens a short phrase ending at token `end` ("with hacking", "in Boston",
   * "in a 20-page indictment"): lower-case words, numbers and places, no other name; else -1.
   */
  private phraseStart(v: SentenceView, end: number): number {
    let j = end;
    // (A capitalised word no name was read from is a place after "in", "at": "in Boston".)
    let place = false;
    while (j > 0 && end - j < 7) {
      const t = v.toks[j]!;
      if (this.kb.words.prepositions.has(t.lower) && j < end) {
        if (/^(of|to)$/.test(t.lower) || (place && !this.kb.words.locatives.has(t.lower))) return -1;
        return j;
      }
      const m = v.argAt[j];
      if (m) {
        if (!v.locative(m)) return -1;
        j = m.ts - 1;
        continue;
      }
      if (t.cap && t.word) place = true;
      else if (!t.word && !/^\d+$/.test(t.text) && t.text !== '-') return -1;
      j--;
    }
    return -1;
  }

  /**
   * The object of "accuse": before the "of" that opens what it is accused of, however long
   * ("accused hackers working for Moscow's military intelligence of targeting X"), and never after
   * it ("accused hackers of targeting X" accuses no X); else a name right after the verb.
   */
  private accusedObject(
    v: SentenceView,
    from: number,
    agent: SentMention | undefined,
  ): SentMention | undefined {
    const of = v.toks.findIndex(
      (t, k) => k >= from && k < from + 10 && t.lower === 'of' && isGerund(v.toks[k + 1]),
    );
    return v.right(from, of >= 0 ? of - from : 4, (x) => x.key !== agent?.key);
  }

  /** "a little-known group claimed …": the verb at `ts` has an indefinite common noun for subject. */
  private indefiniteSubject(v: SentenceView, ts: number): boolean {
    let k = ts - 1;
    while (
      k > 0 &&
      (/ly$/.test(v.toks[k]!.lower) || VERB_ADVERBS.has(v.toks[k]!.lower) || AUX.has(v.toks[k]!.lower))
    )
      k--;
    const head = v.toks[k];
    if (!head?.word || head.cap || v.argAt[k] || this.kb.words.functionWords.has(head.lower)) return false;
    for (let j = k - 1; j >= Math.max(0, k - 4); j--) {
      const t = v.toks[j]!;
      if (/^(a|an)$/.test(t.lower)) return true;
      if (v.argAt[j] || t.cap || (!t.word && t.text !== '-')) return false;
    }
    return false;
  }

  /** "Russian man", "Chinese hackers", "Russian spy chief": a demonym that heads people names no state. */
  private nationals(v: SentenceView, x: SentMention): boolean {
    if (x.kind !== 'demonym') return false;
    const w = this.kb.words;
    // ("Russian, Chinese and North Korean hackers": past the other demonyms of a list.)
    let k = x.te;
    for (let d: SentMention | undefined; k < x.te + 12; k = d ? d.te : k + 1) {
      d = v.argAt[k];
      if (d ? d.kind !== 'demonym' || d.ts !== k : !/^(,|and|or)$/.test(v.toks[k]?.lower ?? '')) break;
    }
    return v.toks
      .slice(k, k + 2)
      .some((t) => w.peopleNouns.has(t.lower) || w.personNouns.has(t.lower) || w.speakerRoles.has(t.lower));
  }

  /**
   * Who is charged: the object before the charge's complement ("over the DNC hack", "with running …",
   * "on charges of hacking X" name the offence and its victims), skipping counted nationals ("13
   * Russian nationals, including the Internet Research Agency").
   */
  private defendant(v: SentenceView, from: number, agent: SentMention | undefined): SentMention | undefined {
    let k = from;
    // ("arrested a Chinese man suspected of hacking JAXA": a hedged participle describes the one
    // charged, and what follows is the offence.)
    while (
      k < v.toks.length &&
      k - from < 12 &&
      !LEGAL_COMPLEMENT.has(v.toks[k]!.lower) &&
      !(k > from && this.offenceFollows(v, k))
    )
      k++;
    // Not "charged three Iranian nationals" nor "charged a North Korean programmer": people of a
    // nationality left unnamed are no party (outside annotations name them where the text does).
    const w = this.kb.words;
    const roleAfter = (x: SentMention) => {
      const t = v.toks[x.te];
      return !!t?.word && !t.cap && (w.roleNouns.has(t.lower) || w.peopleNouns.has(t.lower));
    };
    const article = (x: SentMention) =>
      /^(a|an)$/.test(v.toks[x.ts - 1]?.lower ?? '') ||
      (/^(former|senior|junior)$/.test(v.toks[x.ts - 1]?.lower ?? '') &&
        /^(a|an)$/.test(v.toks[x.ts - 2]?.lower ?? ''));
    const person = (x: SentMention) =>
      (x.kind === 'demonym' &&
        /^(a|an)$/.test(v.toks[x.ts - 1]?.lower ?? '') &&
        !!v.toks[x.te]?.word &&
        !v.toks[x.te]!.cap) ||
      // ("charged a former Samsung engineer": one of a firm's people, the firm only describing him;
      // but "a GRU officer": the state body is a party.)
      (article(x) && roleAfter(x) && /^(Company|Organization)$/.test(this.ents.get(x.key)?.type ?? '')) ||
      this.oneOfNation(v, x);
    const found = v.right(
      from,
      k - from,
      // (Nor a place: "arrested 14 people across the United States".)
      (x) =>
        !x.pair &&
        x.key !== agent?.key &&
        !v.counted(x) &&
        !person(x) &&
        !isDefendants(x.key) &&
        !v.locative(x),
    );
    // "five PLA officers from Unit 61398": the unit they are from is the more precise party.
    const noun = found && v.toks[found.te];
    const prep = found && v.toks[found.te + 1]?.lower;
    if (noun && this.kb.words.peopleNouns.has(noun.lower) && (prep === 'from' || prep === 'of')) {
      const unit =
        v.argAt[found.te + 2] ??
        (/^(the|a)$/.test(v.toks[found.te + 2]?.lower ?? '') ? v.argAt[found.te + 3] : undefined);
      if (unit && !unit.pair && this.ents.get(unit.key)?.type !== 'Country') return unit;
    }
    // "arrested seven people in connection with Lapsus$": unnamed people, held over the group.
    // ("arrested six people suspected of belonging to the Clop gang", "… of working with Egregor".)
    const over = v.toks.findIndex(
      (t, j) =>
        j >= from &&
        j <= k + 4 &&
        ((t.lower === 'connection' && v.toks[j - 1]?.lower === 'in' && v.toks[j + 1]?.lower === 'with') ||
          (/^(belonging|working)$/.test(t.lower) && /^(to|with|for)$/.test(v.toks[j + 1]?.lower ?? ''))),
    );
    const group =
      !found && over > 0
        ? v.right(over + 2, 3, (x) => !x.pair && x.key !== agent?.key && x.kind !== 'demonym')
        : undefined;
    // "charged nine Iranians": the story's defendants, unless a party is named with them ("13
    // Russian nationals and three companies, including the Internet Research Agency").
    return found ?? group ?? v.right(from, k - from, (x) => isDefendants(x.key));
  }

  /** Mentions coordinated with `first`: "Fancy Bear and Cozy Bear", "OPM and health insurer Anthem". */
  private coordinated(v: SentenceView, first: SentMention, end: number): string[] {
    const out: string[] = [];
    const w = this.kb.words;
    const describes = (x: Token | undefined) =>
      !!x?.word &&
      !x.cap &&
      (w.genericBodyWords.has(x.lower) ||
        w.orgDescriptors.has(x.lower) ||
        w.companyDescriptors.has(x.lower) ||
        w.threatDescriptors.has(x.lower));
    let last = first;
    /** Has the list had its "and" yet? */
    let closed = false;
    const relative = v.toks
      .slice(Math.max(0, first.ts - 12), first.ts)
      .some((x, j, before) => RELATIVE_PRONOUNS.has(x.lower) && before[j - 1]?.text === ',');
    for (;;) {
      let k = last.te;
      // "the Cybersecurity and Infrastructure Security Agency (CISA), the NSA": past the acronym.
      if (v.toks[k]?.text === '(' && v.toks[k + 2]?.text === ')') k += 3;
      // "Masoud Jalili, 36, Seyyed Ali Aghamiri, 34,": past a person's age.
      if (ageBetweenCommas(v.toks, k)) k += 2;
      // "A of Estonia and B of Ukraine", "A, 26, of Fairborn, Ohio, and B": past a person's home.
      const of =
        v.toks[k]?.lower === 'of' ? k : v.toks[k]?.text === ',' && v.toks[k + 1]?.lower === 'of' ? k + 1 : -1;
      if (of >= 0 && this.ents.get(last.key)?.type === 'Person' && v.toks[of + 1]?.cap) {
        let j = of + 1;
        while (j < end && v.toks[j]!.cap && v.toks[j]!.word) j++;
        // (", Ohio,": a state after its town.)
        if (v.toks[j]?.text === ',' && v.toks[j + 1]?.cap && v.toks[j + 2]?.text === ',') j += 2;
        k = j;
      }
      // "the GRU military intelligence agency and the Internet Research Agency": past words that
      // describe the name, but not into the next clause ("hacked the Sony Pictures studio and the
      // FBI blamed …").
      let d = k;
      while (d < k + 4 && describes(v.toks[d])) d++;
      if (d > k && /^(and|or|,)$/.test(v.toks[d]?.lower ?? '')) {
        const nextName = v.argAt[v.toks[d + 1]?.lower === 'the' ? d + 2 : d + 1];
        const follows = v.toks[nextName?.te ?? -1];
        const clause =
          !!follows?.word &&
          !follows.cap &&
          (/(ed|s)$/.test(follows.lower) || AUX.has(follows.lower) || BE.has(follows.lower));
        if (!clause) k = d;
      }
      if (v.toks[k]?.text !== ',' && v.toks[k]?.lower !== 'and' && v.toks[k]?.lower !== 'or') break;
      // "the European Medicines Agency, the EU's drug regulator", "Upbit, South Korea's largest
      // exchange": an apposition, no one added.
      const owner = v.toks[k + 1]?.lower === 'the' ? v.argAt[k + 2] : v.argAt[k + 1];
      const owned = v.toks[owner?.te ?? -1]?.lower === "'s" && !v.toks[(owner?.te ?? -1) + 1]?.cap;
      // (But "Estonia, Latvia's ministries and Lithuania" is a list: "and" before any comma.)
      const closer = v.toks.findIndex((x, j) => j > (owner?.te ?? k) && /^(,|and|or)$/.test(x.lower));
      const listed = closer > 0 && /^(and|or)$/.test(v.toks[closer]!.lower);
      if (v.toks[k]?.text === ',' && owner && owned && !listed) break;
      // "Dmitry Badin, a GRU officer": an apposition describes the name, it adds no one; but
      // "A, a Latvian-born hacker, and B" (or "A, described as …, and B") goes on after it to the next person.
      if (v.toks[k]?.text === ',' && /^(a|an|described|identified)$/.test(v.toks[k + 1]?.lower ?? '')) {
        const close = v.toks.findIndex((t, j) => j > k + 1 && j < k + 16 && t.text === ',');
        const then = close > 0 && v.toks[close + 1]?.lower === 'and' ? v.argAt[close + 2] : undefined;
        if (!then || this.ents.get(then.key)?.type !== 'Person' || this.ents.get(last.key)?.type !== 'Person')
          break;
        k = close;
      }
      // "the SVR, also known as APT29,": aliases name the same actor.
      // ("Ryan Ackroyd, known as Kayla, and Jake Davis": a person's handle, then the next person.)
      if (
        v.toks[k]?.text === ',' &&
        /^(also|known|dubbed|called|aka|nicknamed)$/.test(v.toks[k + 1]?.lower ?? '')
      ) {
        const close = v.toks.findIndex((t, j) => j > k + 1 && j < k + 10 && t.text === ',');
        const then = close > 0 && v.toks[close + 1]?.lower === 'and' ? v.argAt[close + 2] : undefined;
        const person = (key: string | undefined) => this.ents.get(key ?? '')?.type === 'Person';
        if (!then || !person(then.key) || !person(last.key)) break;
        k = close;
      }
      while (
        k < end &&
        (v.toks[k]!.text === ',' ||
          /^(and|or)$/.test(v.toks[k]!.lower) ||
          (!v.toks[k]!.cap &&
            v.toks[k]!.word &&
            !v.argAt[k] &&
            k - last.te < 5 &&
            // (", was behind attacks on Ukraine's …": a verb ends the list.)
            !BE.has(v.toks[k]!.lower) &&
            !AUX.has(v.toks[k]!.lower) &&
            // ", barring Americans from …": a participle opens a clause; no one is listed after it,
            // nor after ", while the intrusion at …".
            // (Nor "A and B, damaged centrifuges at Natanz": after a list closed by "and", or one in a
            // relative clause ("which Iran blamed on Israel, destroyed …"), a past verb resumes the main
            // clause; "A, allied militaries in B, and C" goes on.)
            !(/ing$/.test(v.toks[k]!.lower) && v.toks[k - 1]?.text === ',') &&
            !((closed || relative) && /ed$/.test(v.toks[k]!.lower) && v.toks[k - 1]?.text === ',') &&
            !(this.kb.words.subordinators.has(v.toks[k]!.lower) && v.toks[k - 1]?.text === ',')) ||
          // "the UK media regulator Ofcom": a country describing the name after it.
          (k - last.te < 5 && v.mentions.some((x) => x.ts === k && x.modifier)) ||
          // ("Ecuador's army and Bolivia's navy": past the next one's owner.)
          (/^('s|’s)$/.test(v.toks[k]!.lower) && v.mentions.some((x) => x.te === k && x.modifier)) ||
          // "the ministry and its minister, Esmail Khatib": a possessive before the role of the next.
          (k === last.te + 1 && v.toks[k]!.lower === 'its' && v.argAt[k]?.key === last.key) ||
          // ("Rosneft's chairman, Igor Sechin, its chief financial officer, Pavel Fedorov": a
          // possessive determiner opens the next one's title, it is no one listed.)
          (k - last.te < 5 &&
            v.argAt[k]?.kind === 'pronoun' &&
            /^(its|their|his|her)$/.test(v.toks[k]!.lower) &&
            !!v.toks[k + 1]?.word &&
            !v.toks[k + 1]!.cap))
      )
        k++;
      const nx = v.argAt[k];
      // "sanctions on Wuhan Xiaoruizhi and the two men": each of the pair in focus.
      if (nx?.pair && v.toks[k - 1]?.lower === 'and') {
        out.push(...nx.pair.filter((x) => x !== first.key && !out.includes(x)));
        break;
      }
      if (!nx || nx.pair || nx.key === first.key || out.includes(nx.key)) break;
      // "… banks, exchanges and Sony, the FBI said": a speaker after the list's comma is not in it
      // (but "CISA, the NSA and the FBI said" lists the speakers).
      if (
        SPEECH_FORMS.has(v.toks[nx.te]?.lower ?? '') &&
        !v.toks.slice(last.te, nx.ts).some((x) => x.lower === 'and')
      )
        break;
      // "and other U.S. companies": a class of victims, not a named one; ", the Beijing-backed
      // group": a compound that describes the name before.
      const after = v.toks[nx.te];
      if (after?.text === '-') break;
      if (
        this.ents.get(nx.key)?.type === 'Country' &&
        after?.word &&
        !after.cap &&
        !this.kb.words.functionWords.has(after.lower)
      )
        break;
      // ("arrested Peter Romar, and the United States has asked …": after ", and", a name that a verb
      // follows opens a clause of its own.)
      const then = v.toks[nx.te]?.lower ?? '';
      const separator = v.toks.slice(last.te, nx.ts).map((x) => x.lower);
      if (separator[0] === ',' && separator.includes('and') && (AUX.has(then) || BE.has(then))) break;
      // ("attacks on Nvidia, Samsung and Microsoft, and British police arrested …": a list that had
      // its "and" ends; ", and" then opens a clause.)
      if (closed && separator[0] === ',' && separator.includes('and')) break;
      out.push(nx.key);
      closed ||= separator.some((x) => x === 'and' || x === 'or');
      last = nx;
    }
    return out;
  }

  /** "Britain and the United States sanctioned …": the names listed with the subject `first`, before `end`. */
  private subjectList(v: SentenceView, first: SentMention, end: number): string[] {
    const last = v.mentions
      .filter((x) => x.ts > first.ts && x.te < end && !x.pair && v.coordinatedBefore(x).includes(first.key))
      .pop();
    return last ? [last.key, ...v.coordinatedBefore(last)] : [];
  }

  /**
   * "ESET said it had found links between NotPetya and the group it calls TeleBots", "established
   * ties between Chinese state-sponsored actors and APT40": whoever finds the links accuses the
   * actors they tie.
   */
  private linksBetween(
    v: SentenceView,
    m: TriggerMatch,
    speakerFor: (ts: number) => { agent: string; also: string[] } | undefined,
    emit: Emit,
  ): void {
    const accusable = new Set(['ThreatGroup', 'Country', 'MilitaryUnit', 'GovernmentBody']);
    const finder = speakerFor(m.ts);
    if (!finder || isNegated(v.toks, m.ts, this.kb)) return;
    const tied = v
      .between(m.te, v.clauseEnd(m.te))
      .filter((x) => !x.pair && accusable.has(this.ents.get(x.key)?.type ?? '') && x.key !== finder.agent);
    // "ties between China and Russia had never been stronger" is diplomacy: a group must be tied.
    if (!tied.some((x) => this.ents.get(x.key)?.type !== 'Country')) return;
    for (const a of [finder.agent, ...finder.also])
      for (const t of new Set(tied.map((x) => x.key))) if (t !== a) emit(m, 'Accusation', a, t);
  }

  /**
   * "Australia attributed the attacks to the MSS, in a coordinated move with the United States, the
   * United Kingdom and Japan": the partners of a joint attribution accuse too.
   */
  private partners(v: SentenceView, m: TriggerMatch): string[] {
    for (let k = m.te; k < v.toks.length - 2; k++) {
      if (
        v.toks[k]!.lower !== 'with' ||
        !/^(move|coordination|concert|statement|announcement|attribution)$/.test(v.toks[k - 1]?.lower ?? '')
      )
        continue;
      if (!v.toks.slice(Math.max(m.te, k - 4), k).some((t) => /^(in|a|an|joint|coordinated)$/.test(t.lower)))
        continue;
      const first = v.right(k + 1, 4, (x) => !x.pair);
      return first ? [first.key, ...this.coordinated(v, first, v.clauseEnd(first.te))] : [];
    }
    return [];
  }

  /** "The EU, Britain and NATO joined the United States in accusing China": who joined accuses too. */
  private joiners(v: SentenceView, m: TriggerMatch, agent: SentMention): string[] {
    // "joined the US in publicly blaming": past an adverb.
    const inAt = /ly$/.test(v.toks[m.ts - 1]?.lower ?? '') ? m.ts - 2 : m.ts - 1;
    if (v.toks[inAt]?.lower !== 'in' || agent.te > m.ts) return [];
    // Back over the list joined ("joined the United States, Britain and NATO in accusing").
    let k = agent.ts - 1;
    while (k > 0 && (v.argAt[k] || /^(,|and|the)$/.test(v.toks[k]!.lower))) k = (v.argAt[k]?.ts ?? k) - 1;
    if (!/^join(s|ed|ing)?$/.test(v.toks[k]?.lower ?? '')) return [];
    const subj = v.agentLeft(k);
    return subj ? [subj.key, ...v.coordinatedBefore(subj)].filter((x) => x !== agent.key) : [];
  }

  /**
   * The accusers a denial answers when no "X's accusations" names one: who accuses the denier in
   * the same sentence ("blamed by the United States …, an accusation Tehran denied"); after an
   * accusation told in apposition ("accused a Russian group of …, an accusation the Kremlin
   * denied"), each who accused the denier's state; else who is said to make the accusations ('the
   * US had "ganged up" to make "groundless accusations"').
   */
  private accusersInSentence(
    v: SentenceView,
    events: SentEvent[],
    denier: string,
    m?: TriggerMatch,
  ): string[] {
    const accusation = events.find(
      (e) => e.cls === 'Accusation' && e.target === denier && e.agent !== denier,
    );
    if (accusation?.agent) return [accusation.agent];
    const apposed =
      !!m &&
      v.toks
        .slice(Math.max(0, m.ts - 4), m.ts)
        .some(
          (x, j, xs) =>
            this.kb.words.accusationNouns.has(x.lower) && xs[j - 1] && /^(a|an)$/.test(xs[j - 1]!.lower),
        );
    if (apposed) {
      const state = this.ents.stateOf(denier) ?? denier;
      const accusers = events
        .filter(
          (e) =>
            e.cls === 'Accusation' &&
            e.target &&
            e.agent &&
            e.agent !== denier &&
            (this.ents.stateOf(e.target) ?? this.ents.get(e.target)?.country) === state,
        )
        .map((e) => e.agent!);
      if (accusers.length) return [...new Set(accusers)];
    }
    const one = this.accuserByWords(v, denier);
    return one ? [one] : [];
  }

  /** 'the US had "ganged up" to make "groundless accusations"': who makes or spreads them. */
  private accuserByWords(v: SentenceView, denier: string): string | null {
    const w = this.kb.words;
    const denierCountry = this.ents.get(denier)?.country ?? denier;
    for (const m of v.mentions) {
      if (m.modifier || m.pair || m.key === denier || m.key === denierCountry || v.oblique(m)) continue;
      // It makes or spreads them ("had ganged up to make groundless accusations"), not faces them.
      const after = v.toks.slice(m.te, m.te + 10);
      const noun = after.findIndex((t) => w.accusationNouns.has(t.lower));
      const makes = after
        .slice(0, noun)
        .some((t) =>
          /^(make|makes|made|making|spread|spreads|spreading|level|levelled|leveled)$/.test(t.lower),
        );
      if (noun >= 0 && makes && this.ents.get(m.key)?.type === 'Country') return m.key;
    }
    return null;
  }

  /**
   * "Taipei calls it disinformation", "Moscow branded the claims propaganda": the subject of a verb
   * of naming a few words before a dismissive word speaks.
   */
  private namer(v: SentenceView, m: TriggerMatch): { ts: number; agent: string; also: string[] } | undefined {
    for (let k = m.ts - 1; k >= Math.max(0, m.ts - 5); k--) {
      if (!this.kb.words.dismissingVerbs.has(v.toks[k]!.lower)) continue;
      // What is named must be the accusation: "that warning", "it", "the claims" (not "the film").
      const object = v.toks.slice(k + 1, m.ts);
      const pointsBack =
        /^(it|that|this|these|those)$/.test(object[0]?.lower ?? '') ||
        object.some(
          (x) => this.kb.words.accusationNouns.has(x.lower) || this.kb.words.reportNouns.has(x.lower),
        );
      if (!pointsBack) return undefined;
      const subject = v.agentLeft(k);
      return subject && !subject.pair ? { ts: k, agent: subject.key, also: [] } : undefined;
    }
    return undefined;
  }

  /** Are two actors the same, or one a body or a servant of the other's state? */
  private sameSide(a: string, b: string): boolean {
    // A person is on the side of the state they serve ("Zakharova, the foreign ministry's spokeswoman").
    const side = (k: string) => this.ents.stateOf(k) ?? this.allegiance.get(k) ?? k;
    return side(a) === side(b);
  }

  /** "denied US accusations": the accuser named next to the accusation word. */
  private accuser(v: SentenceView, from: number, end: number): string | null {
    for (let k = from; k < end - 1; k++) {
      const m = v.argAt[k];
      if (!m || m.pair) continue;
      let j = m.te;
      if (v.toks[j]?.lower === "'s") j++;
      // 'New Zealand's "groundless and irresponsible accusation"', "US hacking allegations": past
      // quote marks and lower-case modifiers (not a verb: "what it called groundless accusations").
      // Modifiers other than the adjectives of a denial lead only to an accusation or allegation
      // ("rejected Manila's maritime claims" names no accuser); "rejected Microsoft's report" does.
      let modified = false;
      for (
        let n = 0;
        n < 5 &&
        !ACCUSATION_WORDS.test(v.toks[j]?.lower ?? '') &&
        (!v.toks[j]?.word ||
          /^(and|groundless|irresponsible|baseless|unfounded|false)$/.test(v.toks[j]!.lower) ||
          (!v.toks[j]!.cap &&
            !this.kb.words.functionWords.has(v.toks[j]!.lower) &&
            !/ed$/.test(v.toks[j]!.lower) &&
            !v.argAt[j] &&
            (modified = true)));
        n++
      )
        j++;
      const word = v.toks[j]?.lower ?? '';
      if (ACCUSATION_WORDS.test(word) && (!modified || /^(accusations?|allegations?|charges)$/.test(word)))
        return m.key;
    }
    // "calling such accusations a smear campaign by Washington", "accusations by the Macron camp".
    for (let k = from; k < end - 1; k++) {
      if (v.toks[k]!.lower !== 'by') continue;
      const near = v.toks.slice(Math.max(from, k - 6), k);
      if (
        !near.some(
          (t) => this.kb.words.accusationNouns.has(t.lower) || /^(smear|campaign|provocation)$/.test(t.lower),
        )
      )
        continue;
      // ("suggestions by U.S. security company McAfee": past the accuser's description; not "by a
      // former employee of Microsoft", whose firm is not the accuser.)
      const by = v.right(k + 1, 5, (x) => {
        const between = v.toks.slice(k + 1, x.ts);
        return (
          !x.pair &&
          !x.modifier &&
          !between.some((t) => /^(former|ex)$/.test(t.lower)) &&
          (between.length < 3 ||
            between.every((t) => DETERMINERS.has(t.lower) || !this.kb.words.functionWords.has(t.lower)))
        );
      });
      if (by) return by.key;
    }
    return null;
  }

  /**
   * The victims of an attack trigger: a compound ("the OPM hack"), the object of a verb ("breached
   * Sony"), or a complement ("the hack of X", "breaches at X and Y", "data stolen from X").
   */
  /** "in Asia and Latin America": a list of names at `k` that "in" opens. */
  private inList(v: SentenceView, k: number): boolean {
    let j = k - 1;
    while (j > 0 && (v.toks[j]!.cap || /^(,|and|the)$/.test(v.toks[j]!.lower))) j--;
    return v.toks[j]?.lower === 'in';
  }

  private victims(v: SentenceView, t: TriggerMatch, end: number, perpetrator: string | undefined): string[] {
    const pre = v.argAt[t.ts - 1];
    const preEnt = pre && this.ents.get(pre.key);
    const nominal = v.nominalUse(t);
    if (
      pre &&
      preEnt &&
      nominal &&
      pre.kind !== 'demonym' &&
      v.toks[t.ts - 1]?.lower !== "'s" &&
      preEnt.type !== 'Country' &&
      // "other REvil attacks", "its operations": a hacking group or a possessive pronoun before the noun made them.
      preEnt.type !== 'ThreatGroup' &&
      pre.kind !== 'pronoun' &&
      pre.key !== perpetrator
    )
      return [pre.key];
    // "hacking on behalf of the MSS", "as part of APT10": whom the act serves or belongs to.
    // ("as members of the LulzSec and Anonymous groups": whom the attackers belong to; but "targeted
    // members of the Bundestag" are its own.)
    const served = (x: SentMention) => {
      const ph = v.prepHead(x);
      const asMembers = /^members?$/.test(ph?.head ?? '') && v.toks[ph!.at - 2]?.lower === 'as';
      return ph?.prep === 'of' && (this.kb.words.principalNouns.has(ph.head) || asMembers);
    };
    // "carried out by Unit 29155 of the GRU": the body the perpetrator belongs to is no victim.
    const partOfPerpetrator = (x: SentMention) => {
      const ph = v.prepHead(x);
      return ph?.prep === 'of' && !!perpetrator && v.argAt[ph.at - 1]?.key === perpetrator;
    };
    // "campaigns against countries that back Kyiv": an object inside a relative clause on a noun for
    // actors is that noun's ("a campaign that targeted Ukraine" is the attack's own clause; the
    // subject in "an account that USAID used" owns the noun).
    const relativeOfOther = (x: SentMention) => {
      for (let k = t.te + 1; k < x.ts - 1; k++) {
        if (!RELATIVE_PRONOUNS.has(v.toks[k]!.lower)) continue;
        // (Only a noun for actors, which is the victim itself: "email accounts that were used by
        // officials of the foreign office", "a system that stored data of X" are X's.)
        const w = this.kb.words;
        const word = v.toks[k - 1]!.lower;
        return [word, singular(word), word.replace(/ies$/, 'y')].some(
          (noun) =>
            w.nominals.has(noun) ||
            w.countryGroupNouns.has(noun) ||
            w.companyDescriptors.has(noun) ||
            w.orgDescriptors.has(noun),
        );
      }
      return false;
    };
    // ("The deployment of ransomware by LockBit prompted warnings from the FBI": what malware is
    // deployed on follows "against", "on", "in".)
    const deployed = /^deploy/.test(v.toks[t.ts]!.lower);
    // (Near the attack word: "targeted X in a strike", "targeted X with sanctions".)
    const physical = () =>
      v.toks
        .slice(Math.max(0, t.ts - 4), t.te + 10)
        .some(
          (x, j, near) =>
            this.kb.words.physicalHarm.has(x.lower) ||
            (x.lower === 'sanctions' && near[j - 1]?.lower === 'with'),
        );
    // ("… stolen $3 billion, according to the analysis firm Chainalysis": the source, no victim.)
    const cited = (x: SentMention) => {
      for (let k = x.ts - 1; k > 0 && k > x.ts - 8 && v.toks[k]!.text !== ','; k--)
        if (v.toks[k]!.lower === 'to' && v.toks[k - 1]!.lower === 'according') return true;
      return false;
    };
    const ok = (x: SentMention) =>
      !x.pair &&
      x.key !== perpetrator &&
      !cited(x) &&
      (!deployed || /^(against|on|at|in|into)$/.test(v.prepBefore(x) ?? '')) &&
      !partOfPerpetrator(x) &&
      !relativeOfOther(x) &&
      // "deployed ransomware supplied by ALPHV": an agent phrase names no victim; nor does "for"
      // ("spying for Russia" serves it).
      v.prepBefore(x) !== 'by' &&
      v.prepBefore(x) !== 'for' &&
      !served(x) &&
      !(x.kind === 'metonym' && v.locative(x)) &&
      // ("banks in Asia and Latin America": a region where victims are, not one.)
      !(this.ents.get(x.key)?.type === 'Place' && this.inList(v, x.ts)) &&
      // "hacked the phone of Jeff Bezos", "targeted Gina Raimondo": a person, but not one who only
      // owns the victim ("Macron's En Marche! movement"), nor one a strike, a poisoning or sanctions
      // target ("targeted Boris Johnson with sanctions").
      (this.ents.get(x.key)?.type !== 'Person' || (v.toks[x.te]?.lower !== "'s" && !physical())) &&
      // "industries that China considers strategic": the subject of a relative clause is no victim,
      // nor that of an adverbial clause ("against the Games before they were postponed").
      !(this.kb.words.subordinators.has(v.toks[x.ts - 1]?.lower ?? '') && v.toks[x.ts - 2]?.lower !== 'such');
    let first: SentMention | undefined;
    // A verb, or a gerund after a preposition ("accused of breaching X"), takes its victim as object.
    const verbal = !nominal || v.toks[t.ts]!.lower.endsWith('ing');
    const tool = this.kb.words.toolVerbs.has(v.toks[t.ts]!.lower);
    // "knocked the websites of Visa offline", "took the site down": a particle after the gap leaves
    // the object inside it (not "deployed LockBit ransomware", whose gap names the tool).
    const gap = t.pat.slots.indexOf(null);
    const last = t.pat.slots.at(-1);
    const particle =
      gap > 0 &&
      gap === t.pat.slots.length - 2 &&
      ![...(last ?? [])].some((x) => this.kb.words.prepositions.has(x) || this.kb.words.toolNouns.has(x));
    if (particle) first = v.between(t.at[gap - 1]! + 1, t.at[gap]!).find(ok);
    if (verbal && !tool) first ??= v.right(t.te, 4, ok);
    // "breached US IT firm JumpCloud", "hacked the Danish energy firm Orsted": a country that
    // describes the name after a few words of its kind is not the victim, the name is.
    const describing =
      first ??
      (verbal && !tool
        ? v.mentions.find(
            (x) => x.modifier && x.ts === (DETERMINERS.has(v.toks[t.te]?.lower ?? '') ? t.te + 1 : t.te),
          )
        : undefined);
    if (describing && this.ents.get(describing.key)?.type === 'Country') {
      let k = describing.te;
      // (Lower-case words of its kind, or an acronym among them: "IT firm".)
      const kindWord = (x: Token | undefined, j: number) =>
        !!x?.word && ((x.allCaps && !v.argAt[j]) || (!x.cap && !this.kb.words.functionWords.has(x.lower)));
      while (k < describing.te + 3 && kindWord(v.toks[k], k)) k++;
      const named = k > describing.te ? v.argAt[k] : undefined;
      if (named && named.ts === k && ok(named) && this.ents.get(named.key)?.type !== 'Country') first = named;
    }
    // "exploited vulnerabilities in Microsoft's software": the maker of what is exploited is no victim.
    const flaw = (from: number, to: number) =>
      v.toks.slice(from, to).some((x) => this.kb.words.flawNouns.has(x.lower));
    if (first && flaw(t.te, first.ts)) first = undefined;
    // "hacking anti-doping agencies, sporting federations and Westinghouse": a name closing a list of kinds.
    if (!first && verbal) {
      let k = t.te;
      // A count belongs to its kind ("hacked 47 private companies, the Labor Department").
      const kind = (x: Token) =>
        x.text === ',' ||
        x.text === '-' ||
        x.lower === 'and' ||
        /^\d[\d,.]*$/.test(x.text) ||
        (x.word && !x.cap && !this.kb.words.functionWords.has(x.lower));
      while (k < Math.min(end, t.te + 12) && !v.argAt[k] && kind(v.toks[k]!)) k++;
      let at = k;
      while (!v.argAt[at] && DEFINITE.has(v.toks[at]?.lower ?? '')) at++;
      const x = v.argAt[at];
      // The name must end the list, not start a clause of its own ("… and Google said", ", the
      // Justice Department charged", ", the Justice Department, which filed the charges, said").
      const next = v.toks[x?.te ?? -1];
      const after = next?.lower ?? '';
      // (A verb form, not "and Westinghouse twice"; a relative clause only when a speech verb
      // follows it: not "and Boeing, which confirmed the intrusion".)
      const closes = x ? v.toks.findIndex((t, j) => j > x.te + 1 && t.text === ',') : -1;
      const clause =
        SPEECH_FORMS.has(after) ||
        AUX.has(after) ||
        BE.has(after) ||
        (!!next?.word && !next.cap && /ed$/.test(after)) ||
        (after === ',' &&
          RELATIVE_PRONOUNS.has(v.toks[x!.te + 1]?.lower ?? '') &&
          closes > 0 &&
          SPEECH_FORMS.has(v.toks[closes + 1]?.lower ?? ''));
      if (x && ok(x) && !clause && /^(,|and)$/.test(v.toks[k - 1]?.lower ?? '')) first = x;
    }
    if (!first) {
      // A complement: "of/on/at/against/into/from/targeting/involving X" a few words on (past a list
      // of kinds: "targeted schools, universities and hospitals in the United States").
      const kind = (x: Token | undefined) =>
        !!x && x.word && !x.cap && !this.kb.words.functionWords.has(x.lower) && !SPEECH_FORMS.has(x.lower);
      for (let k = t.te; k < Math.min(end, t.te + 12); k++) {
        const w = v.toks[k]!.lower;
        if (w === ',' && kind(v.toks[k - 1]) && kind(v.toks[k + 1])) continue;
        if (w === ',' || w === ';' || k >= t.te + 8) break;
        if (VICTIM_PREPS.has(w)) {
          const o = v.right(k + 1, Math.min(12, end - k - 1), ok);
          if (o && !ORIGIN.has(v.toks[k - 1]?.lower ?? '') && !flaw(k - 1, k)) first = o;
          break;
        }
      }
    }
    // "the attack that (briefly) shut down Colonial Pipeline": the object right after a verb of damage
    // in the clause the attack is subject of (not "the attack that alarmed Washington").
    if (!first && nominal && RELATIVE_PRONOUNS.has(v.toks[t.te]?.lower ?? '')) {
      let k = t.te + 1;
      if (/ly$/.test(v.toks[k]?.lower ?? '')) k++;
      const verb = v.toks[k]?.lower ?? '';
      const damages =
        this.kb.words.damageVerbs.has(verb) ||
        !!this.kb.triggers.get(verb)?.some((p) => p.frame === 'attack' && p.pos === 'verb');
      k++;
      if (PARTICLES.has(v.toks[k]?.lower ?? '')) k++;
      while (DETERMINERS.has(v.toks[k]?.lower ?? '')) k++;
      const o = damages ? v.argAt[k] : undefined;
      if (o && o.ts === k && ok(o)) first = o;
    }
    // "breached several companies, including Intel", "hitting targets including X": the named
    // members of an unnamed class.
    if (!first && !nominal) {
      for (let k = t.te; k < Math.min(end, t.te + 8); k++) {
        if (v.argAt[k] || v.toks[k]!.lower !== 'including') continue;
        first = v.right(k + 1, 4, ok);
        break;
      }
    }
    if (!first) return [];
    const out = [
      first.key,
      ...this.coordinated(v, first, end).filter(
        (k) => k !== perpetrator && this.ents.get(k)?.type !== 'Person',
      ),
    ];
    // "attacks on 200 Japanese companies, including the space agency JAXA": named members too.
    for (let k = first.te; k < Math.min(end, first.te + 10); k++) {
      if (v.toks[k]!.lower !== 'including') continue;
      const named = v.right(k + 1, 5, ok);
      if (named && !out.includes(named.key)) out.push(named.key, ...this.coordinated(v, named, end));
      break;
    }
    return [...new Set(out)].filter((k) => k !== perpetrator);
  }

  /**
   * "Chinese state-controlled cyberattacks": the start of the hyphenated lower-case compounds right
   * before token `k` (`k` itself when there are none).
   */
  private compoundStart(v: SentenceView, k: number): number {
    let j = k;
    const hyphen = (x: number) => v.toks[x]?.text === '-' && !v.toks[x]!.spaceBefore;
    while (
      j > 1 &&
      v.toks[j - 1]!.word &&
      !v.toks[j - 1]!.cap &&
      hyphen(j - 2) &&
      v.toks[j - 3]?.word &&
      !v.toks[j - 3]!.cap
    )
      j -= 3;
    return j;
  }

  /** "attacks originating from China": the origin is the perpetrator. */
  private origin(v: SentenceView, t: TriggerMatch): SentMention | undefined {
    // "a cyberattack on the parliament's email system in March was carried out from China": a noun's
    // light verb may come later in its clause.
    const reach = v.nominalUse(t) ? Math.min(v.clauseEnd(t.te), t.te + 12) : t.te + 3;
    for (let k = t.te; k < Math.min(v.toks.length, reach); k++) {
      const w = v.toks[k]!.lower;
      const source = ORIGIN.has(w) || (w === 'out' && LIGHT_VERBS.has(v.toks[k - 1]?.lower ?? ''));
      // Not "from Chinese territory", "from Russian servers": a demonym there tells a place.
      // Only the name right after "from": "from servers in the Netherlands" tells where, not who.
      if (source && v.toks[k + 1]?.lower === 'from') {
        const at = v.toks[k + 2]?.lower === 'the' ? k + 3 : k + 2;
        const x = v.argAt[at];
        return x && x.ts === at && x.kind !== 'demonym' ? x : undefined;
      }
    }
    return undefined;
  }

  private attack(
    v: SentenceView,
    m: TriggerMatch,
  ): { agent: string | null; also: string[]; targets: string[] } | null {
    let end = v.clauseEnd(m.te);
    const passive = v.passive(m);
    // "was hit by U.S. sanctions": what hit it is no attacker.
    const by = v.toks[m.te]?.lower === 'by' ? v.byAgent(m.te) : undefined;
    if (by && this.kb.triggers.get(v.toks[by.te]?.lower ?? '')?.some((p) => p.frame === 'sanction'))
      return null;
    // ("has been hit by sanctions from the EU": the sanctions, right after "by".)
    let byWord = m.te + 1;
    while (v.toks[m.te]?.lower === 'by' && DETERMINERS.has(v.toks[byWord]?.lower ?? '')) byWord++;
    if (
      v.toks[m.te]?.lower === 'by' &&
      this.kb.triggers.get(v.toks[byWord]?.lower ?? '')?.some((p) => p.frame === 'sanction')
    )
      return null;
    let agent: SentMention | undefined = this.origin(v, m);
    let target: string | null = null;
    let targets: string[] = [];
    /** The passive's subject ("Google and Microsoft were hacked by X"). */
    let victim: SentMention | undefined;
    /** The perpetrator of a nominal attack named by a verb of its own ("carried out by X", "X launched the attacks"). */
    let told: SentMention | undefined;
    const form = v.toks[m.ts]!.lower;
    const reduced =
      (m.pat.participles.has(form) || form.endsWith('ed')) &&
      v.toks[m.te]?.lower === 'by' &&
      !BE.has(v.toks[m.ts - 1]?.lower ?? '');
    if (reduced) {
      // "$455 million stolen by the Lazarus Group from Harmony": the victim follows the agent.
      agent ??= v.byAgent(m.te);
      targets = this.victims(v, m, end, agent?.key);
    } else if (passive) {
      agent ??= v.byAgent(m.te);
      victim = v.agentLeft(m.ts);
      target = victim?.key ?? this.possessorOfSubject(v, m.ts) ?? null;
    } else {
      const prevTok = v.toks[m.ts - 1];
      const pre =
        v.argAt[m.ts - 1] ??
        (prevTok && (prevTok.lower === "'s" || (prevTok.word && prevTok.text !== '-'))
          ? v.argAt[m.ts - 2]
          : undefined) ??
        v.argAt[this.compoundStart(v, m.ts) - 1];
      const preEnt = pre && this.ents.get(pre.key);
      if (v.nominalUse(m) || /^(similar|major|new|latest|recent|massive|huge)$/.test(prevTok?.lower ?? '')) {
        // "Chinese cyberattacks", "China's hack of X" name the perpetrator; "the OPM hack" the victim;
        // "its operations" neither, for the pronoun's referent is too uncertain.
        if (agent) {
          /* the origin named it */
        } else if (
          pre &&
          (pre.kind === 'demonym' ||
            preEnt?.type === 'ThreatGroup' ||
            (v.toks[pre.te]?.lower === "'s" && preEnt?.type !== 'Company'))
        ) {
          agent = pre;
          // '"China's hacking campaigns … remind us"': in a speaker's quote, naming the attacker accuses.
          if (v.inQuote[m.ts] && !v.scare[m.ts]) told = pre;
        } else if (pre && preEnt && preEnt.type !== 'Person' && pre.kind !== 'pronoun') target = pre.key;
        if (!agent) {
          // "a campaign by X", "the attacks were carried out by X"; not "one of three claimed by X",
          // nor "Following the breach, Biden spoke to Putin by telephone" (another clause).
          const by = v.toks.findIndex((x, k) => k >= m.te && x.lower === 'by');
          const between = by >= 0 ? v.toks.slice(m.te, by) : [];
          const verbal = (x: Token) =>
            BE.has(x.lower) ||
            AUX.has(x.lower) ||
            LIGHT_VERBS.has(x.lower) ||
            x.lower === 'out' ||
            /ly$/.test(x.lower) ||
            x.text === ',' ||
            QUOTE_CLOSE.has(x.text);
          if (by >= 0 && (between.every(verbal) || !between.some((x) => x.text === ',')))
            agent = v.byAgent(m.te);
          if (agent && between.every(verbal)) told = agent;
        }
        if (!agent) {
          // ("Iran had stepped up its attacks": from before the possessive that opens the noun phrase;
          // not "its hacking probe", where the attack word only describes another noun.)
          const after = v.toks[m.te];
          const headNoun =
            !after?.word || this.kb.words.prepositions.has(after.lower) || after.lower === 'and';
          const owner =
            pre?.kind === 'pronoun' && DETERMINERS.has(v.toks[pre.ts]!.lower) && headNoun ? pre.ts : m.ts;
          const subj = v.agentLeft(owner);
          let light = subj
            ? v.toks.findIndex((_, k) => k >= subj.te && k < m.ts && lightVerbAt(v.toks, k))
            : -1;
          // "Washington knows who carried out the attacks": the light verb has a subject of its own.
          if (light >= 0 && v.toks.slice(subj!.te, light).some((x) => RELATIVE_PRONOUNS.has(x.lower)))
            light = -1;
          // "The FBI named the hackers behind the breach": the noun before "behind" is who is behind it.
          const before = v.toks[light - 1];
          if (light > 0 && v.toks[light]!.lower === 'behind' && !v.argAt[light - 1] && !BE.has(before!.lower))
            light = -1;
          // ("involved in the response to the hack", "in talks on the attack": "involved in" takes the
          // attack noun itself, past a determiner and a name at most: "involved in the Colonial Pipeline attack".)
          if (light >= 0 && /^(involved|participated)$/.test(v.toks[light]!.lower)) {
            const between = v.toks.slice(light + 2, m.ts);
            const common = (x: Token) =>
              x.word && !x.cap && !DETERMINERS.has(x.lower) && !/^\d+$/.test(x.text);
            if (between.some((x) => this.kb.words.prepositions.has(x.lower) || common(x))) light = -1;
          }
          // ("stepping up protection against hacking attacks": the attack is no object of the light
          // verb, unless its means: "stepped up pressure on Taiwan with cyberattacks"; "the
          // intensifying attacks": an -ing form is a verb only after "be".)
          const lastPrep = v.toks
            .slice(light + 2, m.ts)
            .findLast((x) => /^(against|from|to|with|for|into|on|through|via)$/.test(x.lower));
          if (lastPrep && !/^(with|through|via)$/.test(lastPrep.lower)) light = -1;
          if (light >= 0 && /ing$/.test(v.toks[light]!.lower) && !BE.has(v.toks[light - 1]?.lower ?? ''))
            light = -1;
          // 'Russia had "never carried out" operations': the light verb carries the negation.
          if (light >= 0 && isNegated(v.toks, light, this.kb)) return null;
          if (light >= 0) agent = told = subj;
        }
      } else {
        const rel = this.relativePronounBefore(v, m.ts);
        agent ??= rel === undefined ? v.agentLeft(m.ts) : this.relativeAgent(v, m.ts);
        // "X, the group that hacked Y, is Chinese": the relative clause ends where the main verb resumes.
        if (rel !== undefined) {
          const resumes = v.toks.findIndex(
            (t, k) =>
              k > m.te &&
              k < end &&
              t.text === ',' &&
              (BE.has(v.toks[k + 1]?.lower ?? '') || AUX.has(v.toks[k + 1]?.lower ?? '')),
          );
          if (resumes > 0) end = resumes;
        }
      }
      targets = target ? [target] : this.victims(v, m, end, agent?.key);
    }
    // "People in the US, Canada and France have been hit by X": each one listed.
    if (passive && !reduced && target)
      targets = [target, ...(victim?.key === target ? v.coordinatedBefore(victim) : [])];
    targets = targets.filter((x) => !agent || agent.key !== x);
    // "Sandworm and Gamaredon, two Russian groups, had hit X": the names the apposition describes.
    if (agent && !passive) agent = v.describedName(agent, m.ts) ?? agent;
    const a = agent && !agent.pair ? agent.key : null;
    // "The FBI took down the website of BreachForums", "Russian authorities took down the websites of
    // Dozhd": a state, its bodies or an international one seize or block (lexicon seizingVerbs); only
    // its hackers attack ("Russian hackers took down …").
    const hackers = !!agent && this.kb.words.hackerNouns.has(v.toks[agent.te]?.lower ?? '');
    if (
      a &&
      !hackers &&
      this.kb.words.seizingVerbs.has(v.toks[m.ts]!.lower) &&
      /^(Country|GovernmentBody|Organization)$/.test(this.ents.get(a)?.type ?? '')
    )
      return null;
    // "The breach, carried out by the Guardians of Peace,": the attack just told, now with its author.
    if (!targets.length && a && v.nominalUse(m) && v.toldBefore(m))
      targets = this.lastVictims.filter((x) => x !== a);
    // "continued to target cryptocurrency firms", "the attacks were carried out by Iran": an attacker
    // without a named victim is still one (a speaker accuses it).
    if (!targets.length && (!a || (!told && (m.pat.pos !== 'verb' || v.nominalUse(m))))) return null;
    // "Lazarus, Andariel and Kimsuky had targeted X": each attacker of a list before the verb.
    // (Not "BBC and British Airways staff data stolen": names that modify a noun are no subjects.)
    const after = v.toks[agent?.te ?? -1];
    const subject =
      !!after &&
      (after.text === ',' || after === v.toks[m.ts] || AUX.has(after.lower) || BE.has(after.lower));
    const listed = a && !passive && subject && agent!.ts >= 0 && agent!.te <= m.ts;
    const also = listed ? v.coordinatedBefore(agent!) : [];
    return { agent: a, also: also.filter((x) => x !== a && !targets.includes(x)), targets };
  }

  /**
   * "The AIVD said Laundry Bear was a Russian state-sponsored group": describing a hacking group as
   * a nation's (demonym, then words such as "state-sponsored", then a group noun) accuses that state.
   */
  private stateGroup(
    v: SentenceView,
    m: TriggerMatch,
    r: { agent: string; also: string[] },
    emit: Emit,
  ): void {
    for (const d of v.mentions) {
      if (d.kind !== 'demonym' || d.ts <= m.te || !/^(a|an)$/.test(v.toks[d.ts - 1]?.lower ?? '')) continue;
      if (
        !BE.has(v.toks[d.ts - 2]?.lower ?? '') ||
        this.ents.get(v.argAt[d.ts - 3]?.key ?? '')?.type !== 'ThreatGroup'
      )
        continue;
      let k = d.te;
      while (
        k < d.te + 4 &&
        (v.toks[k]?.text === '-' ||
          (v.toks[k]?.word && !v.toks[k]!.cap && !this.kb.words.threatDescriptors.has(v.toks[k]!.lower)))
      )
        k++;
      if (!this.kb.words.threatDescriptors.has(v.toks[k]?.lower ?? '')) continue;
      for (const a of [r.agent, ...r.also])
        if (a !== d.key) emit(m, 'Accusation', a, d.key, { hedge: undefined });
    }
  }

  /**
   * "Zakharova said Berlin had not presented any evidence", "Russia said Germany provided no proof":
   * saying the accuser left the accusation unproven denies it.
   */
  private unproven(
    v: SentenceView,
    m: TriggerMatch,
    r: { agent: string; also: string[] },
    accused: (k: string) => boolean,
    emit: Emit,
  ): void {
    // Only the side accused answers so ("the FBI said Russia had not provided any evidence of its
    // innocence" denies nothing).
    if (!accused(r.agent)) return;
    const w = this.kb.words;
    const end = v.clauseEnd(m.te);
    for (let k = m.te; k < end; k++) {
      if (!w.evidenceVerbs.has(v.toks[k]!.lower)) continue;
      // "had not presented any evidence", "provided no evidence".
      let j = k + 1;
      const no = v.toks[j]?.lower === 'no';
      if (no || v.toks[j]?.lower === 'any') j++;
      if (!w.evidenceNouns.has(v.toks[j]?.lower ?? '') || (!no && !isNegated(v.toks, k, this.kb))) continue;
      const accuser = v.agentLeft(k);
      if (!accuser || accuser.pair || accuser.ts < m.te) return;
      for (const a of [r.agent, ...r.also]) emit(m, 'Denial', a, accuser.key, { hedge: undefined });
      return;
    }
  }

  /** "some of its state institutions had been targeted", "Sony's computers were hacked": the owner is the victim. */
  private possessorOfSubject(v: SentenceView, ts: number): string | undefined {
    let k = ts - 1;
    while (k > 0 && (BE.has(v.toks[k]!.lower) || AUX.has(v.toks[k]!.lower) || /ly$/.test(v.toks[k]!.lower)))
      k--;
    const nounEnd = k;
    while (k > 0 && nounEnd - k < 4 && v.toks[k]!.word && !v.toks[k]!.cap && !v.argAt[k]) k--;
    if (k === nounEnd) return undefined;
    // "none of their own systems had been breached": nothing was.
    const possessorStart = v.toks[k]?.lower === "'s" ? (v.mentions.find((x) => x.te === k)?.ts ?? k) : k;
    if (
      v.toks[possessorStart - 1]?.lower === 'of' &&
      this.kb.negations.has(v.toks[possessorStart - 2]?.lower ?? '')
    )
      return undefined;
    // A name's possessive, not a nominal's ("the country's institutions" may be anyone's).
    if (v.toks[k]?.lower === "'s")
      return v.mentions.find((x) => x.te === k && !x.pair && x.kind !== 'nominal')?.key;
    const owner = v.argAt[k];
    return owner?.kind === 'pronoun' && /^(its|their)$/.test(v.toks[k]!.lower) ? owner.key : undefined;
  }

  /** Index of a relative pronoun right before the verb ("which compromised"), if any. */
  private relativePronounBefore(v: SentenceView, ts: number): number | undefined {
    const k = this.verbGroupStart(v, ts);
    return k >= 0 && /^(that|which|who)$/.test(v.toks[k]!.lower) ? k : undefined;
  }

  /**
   * The token before the verb group that ends at `ts`: past auxiliaries and adverbs, and past a
   * speaker inside it ("which the Council said had targeted …", "that U.S. officials say was").
   */
  private verbGroupStart(v: SentenceView, ts: number): number {
    let k = ts - 1;
    for (;;) {
      while (
        k >= 0 &&
        (BE.has(v.toks[k]!.lower) || /^(has|have|had|also|allegedly|reportedly)$/.test(v.toks[k]!.lower))
      )
        k--;
      const speaker = k > 0 && SPEECH_FORMS.has(v.toks[k]!.lower) ? v.argAt[k - 1] : undefined;
      if (!speaker || speaker.te !== k || speaker.pair) return k;
      const before = DETERMINERS.has(v.toks[speaker.ts - 1]?.lower ?? '') ? speaker.ts - 2 : speaker.ts - 1;
      if (!/^(that|which|who|whom)$/.test(v.toks[before]?.lower ?? '')) return k;
      k = before;
    }
  }

  /**
   * "urged network defenders to patch", "called on all parties not to …": people the story does not
   * name, then what they are urged to do (not "urged the government to …": a government is someone
   * the rules failed to name, and no one is better than a guess).
   */
  private urgesToAct(v: SentenceView, m: TriggerMatch): boolean {
    const first = v.toks[m.te];
    // (An object, not "demands and to …" nor "asked for …".)
    if (!first?.word || /^(and|or|but)$/.test(first.lower) || this.kb.words.prepositions.has(first.lower))
      return false;
    // (Past an aside in commas: "urged organisations, especially in health care, to patch".)
    for (let k = m.te; k < m.te + 14 && k < v.toks.length - 1; k++) {
      const t = v.toks[k]!;
      if (t.text === ',' && ASIDE_OPENERS.test(v.toks[k + 1]?.lower ?? '')) continue;
      // ("urged the government to": a state's, left unnamed; but "urged law enforcement agencies
      // to" are anyone's.)
      const definite = v.toks.slice(m.te, k).some((x) => /^(the|its|their)$/.test(x.lower));
      if (!t.word || (this.kb.words.countryGroupNouns.has(t.lower) && definite)) return false;
      if (t.lower === 'to') return k > m.te && !v.toks[k + 1]!.cap && v.toks[k + 1]!.word;
    }
    return false;
  }

  /** "Germany summoned Russia's ambassador, X, …": the subject of the verb before the apposition closing at `comma`. */
  private subjectBeforeApposition(v: SentenceView, comma: number): SentMention | undefined {
    let open = comma - 1;
    while (open > 0 && v.toks[open]!.text !== ',') open--;
    if (open < 1) return undefined;
    // Back over the object: "the ambassador", "Russia's ambassador".
    let k = open - 1;
    while (k > 0 && open - k < 5 && !/^(the|a|an|'s)$/.test(v.toks[k]!.lower)) k--;
    if (v.toks[k]!.lower === "'s") k = v.mentions.find((x) => x.te === k)?.ts ?? k;
    return v.agentLeft(k);
  }

  /** "X (…) that was hacking Y", "a national, X, whom they accused": the antecedent of the relative pronoun. */
  private relativeAgent(v: SentenceView, ts: number): SentMention | undefined {
    let k = this.verbGroupStart(v, ts);
    if (k < 0 || !/^(that|which|who|whom)$/.test(v.toks[k]!.lower)) return undefined;
    const pronoun = v.toks[k]!.lower;
    k--;
    const comma = v.toks[k]?.text === ',';
    if (comma) k--;
    if (v.toks[k]?.text === ')') {
      while (k >= 0 && v.toks[k]!.text !== '(') k--;
      k--;
    }
    // "Sandworm, a hacking group that was blamed …": the relative clause describes the apposition's head.
    // ("the Kimsuky group, which …": a name before its own head noun.)
    // (Only "…, which", after a noun: not "Microsoft said that China accused …".)
    const head = v.toks[k];
    const noun =
      !!head?.word &&
      !head.cap &&
      !this.kb.words.functionWords.has(head.lower) &&
      !SPEECH_FORMS.has(head.lower) &&
      !/ed$/.test(head.lower);
    const headed = comma && pronoun !== 'that' && noun ? v.argAt[k - 1] : undefined;
    return this.describedBy(v, k) ?? v.argAt[k] ?? (headed?.kind === 'name' ? headed : undefined);
  }

  /** "Sandworm, a hacking group": the actor a common-noun apposition ending at token k describes. */
  private describedBy(v: SentenceView, k: number): SentMention | undefined {
    let j = k;
    // Lower-case words, demonyms and compounds: "X, a Chinese cybersecurity company …", "X, the
    // Beijing-backed group …".
    const describing = (t: number) =>
      (v.toks[t]!.text === '-' && v.toks[t + 1]?.word && !v.toks[t + 1]!.cap) ||
      (v.toks[t]!.word &&
        ((!v.toks[t]!.cap && !v.argAt[t]) ||
          v.toks[t + 1]?.text === '-' ||
          v.mentions.some((x) => x.ts === t && x.kind === 'demonym')));
    while (j > k - 6 && j > 0 && describing(j)) j--;
    return j < k && v.toks[j]?.text === ',' && APPOSITION_ARTICLES.has(v.toks[j + 1]?.lower ?? '')
      ? v.argAt[j - 1]
      : undefined;
  }

  private reporter(v: SentenceView, m: TriggerMatch): SentMention | undefined {
    if (m.pat.pos === 'verb') return v.agentLeft(m.ts);
    // "Mandiant has said in reports that …", "said in an assessment": the speaker's report.
    const inAt = /^(a|an|its|their|the)$/.test(v.toks[m.ts - 1]?.lower ?? '') ? m.ts - 2 : m.ts - 1;
    if (v.toks[inAt]?.lower === 'in' && SPEECH_FORMS.has(v.toks[inAt - 1]?.lower ?? '') && this.priorSpeaker)
      return stand(this.priorSpeaker);
    const pre = v.argAt[m.ts - 1] ?? (v.toks[m.ts - 1]?.lower === "'s" ? v.argAt[m.ts - 2] : undefined);
    if (pre) return pre;
    const by = v.toks[m.te]?.lower;
    if (by === 'by' || by === 'from') return v.right(m.te + 1, 4);
    // "In a report published on Tuesday, the firm Symantec attributed ...": the main clause's subject.
    if (v.toks[0]?.lower === 'in' && m.ts <= 3) {
      const comma = v.toks.findIndex((t, k) => k > m.ts && t.text === ',');
      if (comma > 0) return v.right(comma + 1, 6);
    }
    return v.agentLeft(m.ts);
  }

  private withTarget(v: SentenceView, from: number, agent: string): string | undefined {
    // ("offered to share the report and samples of the malware with Nato", "a meeting at the palace
    // with X", "signed a pact on countering hacking with Australia": past the object, within its
    // clause; not past an infinitive or "amid" ("met X to discuss relations with Russia", "amid
    // tensions with Moscow"), nor a "with" that a noun of relations takes.)
    for (let k = from; k < Math.min(v.clauseEnd(from), from + 10); k++) {
      if (v.toks[k]!.text === ',' || /^(to|amid)$/.test(v.toks[k]!.lower)) break;
      if (this.kb.words.relationNouns.has(v.toks[k - 1]?.lower ?? '')) continue;
      if (v.toks[k]!.lower !== 'with') continue;
      // ("with law enforcement agencies in Canada": past a few words of a state's kind — not "with
      // the families of victims in Gaza" — and not past a comma.)
      const stateKind = (x: SentMention) =>
        x.ts - k <= 4 ||
        (v.toks[x.ts - 1]?.lower === 'in' &&
          this.kb.words.countryGroupNouns.has(v.toks[x.ts - 2]?.lower ?? ''));
      const other = v.right(
        k + 1,
        6,
        (x) =>
          x.key !== agent &&
          !x.pair &&
          stateKind(x) &&
          !v.toks.slice(k + 1, x.ts).some((t) => t.text === ','),
      );
      return other && this.counterpart(v, other).key;
    }
    return undefined;
  }

  /** The two parties of a symmetric event (agreement, meeting). */
  private parties(v: SentenceView, m: TriggerMatch): [string, string] | null {
    const end = v.clauseEnd(m.te);
    const toks = v.toks;
    // "should meet minimum standards", "met expectations": a sense of "meet" whose object is a thing.
    if (m.pat.frame === 'meet' && m.pat.pos === 'verb') {
      let k = m.te;
      while (k < m.te + 3 && toks[k]?.word && !toks[k]!.cap && !this.kb.words.metThings.has(toks[k]!.lower))
        k++;
      if (this.kb.words.metThings.has(toks[k]?.lower ?? '')) return null;
      // ("only if its demands were met": met as things are, by no one.)
      // (A summons is told in the passive: "the ambassador was summoned to the ministry".)
      if (m.pat.cls === 'Meeting' && v.passive(m) && !toks.slice(m.te, end).some((t) => t.lower === 'by'))
        return null;
    }
    // "between X and Y"
    for (let k = m.te; k < Math.min(end, m.te + 4); k++) {
      if (toks[k]!.lower !== 'between') continue;
      const a = v.right(k + 1, 5);
      if (a?.pair) return a.pair;
      const b = a && v.right(a.te, 5, (x) => x.key !== a.key);
      if (a && b) return [a.key, b.key];
    }
    // "the Xi-Obama summit", "US-China talks"
    const pre = v.argAt[m.ts - 1];
    if (pre && toks[pre.ts - 1]?.text === '-') {
      const first = v.argAt[pre.ts - 2];
      if (first && first.key !== pre.key) return [first.key, pre.key];
    }
    let subj = this.sharedSubject(v, m.ts) ?? v.agentLeft(m.ts, { allowOblique: true });
    // ("Scholz travelled to China in April and met President Xi": a place after a preposition is no
    // party; the verbs share the subject.)
    if (subj && toks[m.ts - 1]?.lower === 'and' && v.prepBefore(subj)) subj = v.sentenceSubject(m.ts) ?? subj;
    // "travelled to Beijing to meet President Xi": the one who travels meets, not the place.
    if (subj && toks[m.ts - 1]?.lower === 'to' && subj.kind === 'metonym' && v.prepBefore(subj) === 'to')
      subj = v.agentLeft(subj.ts, { allowOblique: true });
    if (subj?.pair) return subj.pair;
    if (subj) {
      // "X and Y pledged", "officials from X and Y held talks"
      const before = v.between(0, subj.ts).reverse();
      const prev = before[0];
      // (Not a summons: "Britain and France summoned the envoy" is each one's.)
      if (
        prev &&
        m.pat.cls !== 'Demand' &&
        !prev.pair &&
        prev.key !== subj.key &&
        toks
          .slice(prev.te, subj.ts)
          .every((t) => /^(and|,|&|-|the|from|of|officials|leaders|both)$/.test(t.lower)) &&
        // (Joined by a word: "Chairman of Samsung Lee Jae-yong met X" names one side.)
        subj.ts > prev.te
      )
        return [prev.key, subj.key];
      // ("sat down with X", "held a phone call with X": the phrase's own "with".)
      const withX = this.withTarget(v, toks[m.te - 1]?.lower === 'with' ? m.te - 1 : m.te, subj.key);
      if (withX) return [subj.key, withX];
      // "agreed with its allies", "met with reporters": the other side is no actor.
      if (toks[m.te]?.lower === 'with') return null;
      // "summoned the Russian ambassador", "met Vladimir Putin": the object is the other party.
      // ("after meeting his Latvian counterpart, X": a gerund after a word of time has its object.)
      const timed =
        /ing$/.test(toks[m.ts]!.lower) &&
        /^(after|before|while|since|when)$/.test(toks[m.ts - 1]?.lower ?? '');
      if (m.pat.frame === 'meet' && ((m.pat.pos === 'verb' && !v.nominalUse(m)) || timed)) {
        // ("met Russia's foreign minister, Sergei Lavrov": past the possessor to the person.)
        const owner = v.mentions.find(
          (x) => x.ts === m.te && x.modifier && /^('s|’s)$/.test(toks[x.te]?.lower ?? ''),
        );
        const obj =
          v.right(m.te, 4, (x) => x.key !== subj.key && !x.pair) ??
          (m.pat.cls === 'Meeting' ? owner : undefined);
        if (obj) return [subj.key, this.counterpart(v, obj).key];
      }
    }
    // A person meets a person or a country named in the clause, never the pair in focus by default.
    if (subj && this.ents.get(subj.key)?.type === 'Person') return null;
    const pairIn = v.mentions.find((x) => x.pair);
    if (pairIn?.pair) return pairIn.pair;
    const countries = [
      ...new Set(
        v
          .between(0, toks.length)
          .filter(
            (x) => !x.pair && !v.locative(x) && !v.isMedia(x) && this.ents.get(x.key)?.type === 'Country',
          )
          .map((x) => x.key),
      ),
    ];
    if (
      subj &&
      !v.oblique(subj) &&
      !countries.includes(subj.key) &&
      this.ents.get(subj.key)?.type !== 'Person'
    )
      countries.unshift(subj.key);
    if (countries.length >= 2) return [countries[0]!, countries[1]!];
    const focus = this.ents.pair();
    // "the summit", "the talks" with no party in the sentence point back; they state nothing new.
    if (!countries.length && m.pat.pos === 'noun' && DEFINITE.has(toks[m.ts - 1]?.lower ?? '')) return null;
    if (countries.length === 1) {
      const other = otherOfPair(focus, countries[0]!);
      return other ? [countries[0]!, other] : null;
    }
    return focus ?? null;
  }
}

function otherOfPair(pair: [string, string] | undefined, key: string): string | undefined {
  if (!pair) return undefined;
  if (pair[0] === key) return pair[1];
  if (pair[1] === key) return pair[0];
  return undefined;
}

/** "the indictment", "The nine-count indictment": a definite article before the noun and its modifiers. */
function definiteBefore(v: SentenceView, ts: number): boolean {
  let k = ts - 1;
  while (
    k > 0 &&
    ts - k < 5 &&
    (v.toks[k]!.text === '-' ||
      /^\d+$/.test(v.toks[k]!.text) ||
      (v.toks[k]!.word && !v.toks[k]!.cap && !DEFINITE.has(v.toks[k]!.lower)))
  )
    k--;
  return DEFINITE.has(v.toks[k]?.lower ?? '');
}

/** Where the clause holding token `ts` begins: after the last comma before it, past "the". */
function clauseOpening(v: SentenceView, ts: number): number {
  let k = ts - 1;
  while (k >= 0 && v.toks[k]!.text !== ',') k--;
  k++;
  return v.toks[k]?.lower === 'the' ? k + 1 : k;
}

/** An actor known from elsewhere, standing in a clause as if it were named there. */
function stand(key: string): SentMention {
  return { ts: -1, te: -1, key, kind: 'name', modifier: false };
}

/** A "both sides" agent acts for each party. */
function expand(m: SentMention): string[] {
  return m.pair ? [...m.pair] : [m.key];
}

/**
 * The quote a speech verb reports: a quote belongs to the verb just before it ('Obama said he
 * "urged …", while Yang said …': not Yang's), else to the verb after it ('"…," X said').
 */
function quoteOf(v: SentenceView, m: TriggerMatch, verbs: TriggerMatch[]): string | undefined {
  let s = -1;
  for (let k = 0; k <= v.toks.length; k++) {
    if (k < v.toks.length && v.inQuote[k]) {
      if (s < 0) s = k;
      continue;
    }
    if (s < 0) continue;
    const preceding = verbs.filter((x) => x.te <= s).pop();
    const following = verbs.find(
      (x) => x.ts >= k && x.ts - k <= 10 && !v.inQuote.slice(k, x.ts).some(Boolean),
    );
    const owner = preceding && s - preceding.te <= 3 ? preceding : (following ?? preceding);
    if (owner === m) return textBetween(v, v.toks[s]!.start, v.toks[k - 1]!.end);
    s = -1;
  }
  return undefined;
}

function textBetween(v: SentenceView, start: number, end: number): string {
  return v.toks
    .filter((t) => t.start >= start && t.end <= end)
    .map((t, i) => (i > 0 && t.spaceBefore ? ' ' : '') + t.text)
    .join('');
}

/** "attacked its oil ministry", "the intrusion at the ministry": a mention just after an attack word is its object. */
/** Nouns for what an accuser says or publishes ("denied US accusations", "rejected Microsoft's report"). */
/** Speakers that are bodies, not states: a firm or agency that speaks of an attack names another attacker. */
/** Verbs that put or keep a subject under sanctions ("was placed under U.S. sanctions"). */
const PUT_UNDER = new Set([
  'placed',
  'put',
  'kept',
  'remain',
  'remains',
  'remained',
  'came',
  'come',
  'fell',
  'falls',
]);

/** Participles before "by" and the sanctions that fall on the subject ("was hit by U.S. sanctions"). */
const HIT_BY = new Set(['hit', 'targeted', 'affected', 'struck', 'covered']);

const SPEAKING_BODIES = new Set<string>(['Company', 'Organization', 'GovernmentBody']);
/** The kinds of actor that impose sanctions ("EU sanctions", "US sanctions", "Treasury sanctions"). */
const IMPOSER_TYPES = new Set<string>(['Country', 'GovernmentBody', 'Organization']);
/** The kinds of actor a body's own report names as attackers. */
const ATTACKER_TYPES = new Set<string>(['ThreatGroup', 'MilitaryUnit']);
const ACCUSATION_WORDS = /^(accusations?|allegations?|claims?|charges|reports?|findings|assessments?)$/;

function attackObject(x: SentMention, triggers: TriggerMatch[]): boolean {
  return triggers.some((t) => t.pat.frame === 'attack' && t.te <= x.ts && x.ts - t.te <= 3);
}
