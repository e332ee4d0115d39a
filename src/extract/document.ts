// One article in, its entities, mentions and events out: the passes in order, pure.
import type { ArticleText, DocExtraction, Event, EventClass, Mention } from '../model/types.js';
import { DocEntities, defendantsCount, isDefendants } from './entities.js';
import { BACKFILL, FrameReader, type SentEvent } from './events.js';
import type { KnowledgeBase } from './kb.js';
import { MentionFinder } from './mentions.js';
import { rosterOf, type Roster } from './roster.js';
import { splitSentences } from './sentences.js';

/** How many sentences back "the attacks" may point for its unnamed perpetrator. */
const BACKFILL_SENTENCES = 2;

export function extractDocument(article: ArticleText, kb: KnowledgeBase): DocExtraction {
  const ents = new DocEntities(kb);
  const finder = new MentionFinder(kb, ents);
  const frames = new FrameReader(kb, ents);
  const mentions: Mention[] = [];
  const events: Event[] = [];
  const recent: { sentence: number; events: Event[] }[] = [];
  const nominalAttacks = new Set<string>();
  const isPerson = (k: string) => ents.get(k)?.type === 'Person';
  /** The rosters the story's sentences give ("The others are A, B and C"). */
  const rosters: Roster[] = [];

  const sentences = splitSentences(article, kb);
  sentences.forEach((sent, si) => {
    const found = finder.find(sent);
    for (const m of found) {
      const first = sent.tokens[m.ts]!;
      const last = sent.tokens[m.te - 1]!;
      mentions.push({
        start: first.start,
        end: last.end,
        text: article.text.slice(first.start, last.end),
        entity: m.key,
        kind: m.kind,
      });
    }
    const roster = rosterOf(sent.tokens, found, kb, isPerson);
    if (roster) rosters.push(roster);
    const sentEvents = frames.read(sent, found);
    const evidence = {
      doc: article.id,
      start: sent.start,
      end: sent.end,
      text: article.text.slice(sent.start, sent.end),
    };
    const ids: (string | undefined)[] = [];
    const here: Event[] = [];
    sentEvents.forEach((se: SentEvent, k) => {
      if (se.trigger === BACKFILL) {
        // "attributed the attacks to X": X is the perpetrator of the recent attacks ("cyberattacks on Y") left unnamed.
        for (const r of recent.filter((x) => si - x.sentence <= BACKFILL_SENTENCES))
          for (const e of r.events)
            if (e.cls === 'Cyberattack' && e.agent === null && nominalAttacks.has(e.id)) e.agent = se.agent;
        ids.push(undefined);
        return;
      }
      const id = `${article.id}#${events.length + here.length}`;
      ids[k] = id;
      const e: Event = {
        id,
        cls: se.cls,
        agent: se.agent,
        target: se.target,
        negated: false,
        confidence: se.confidence,
        trigger: se.trigger,
        evidence: [evidence],
      };
      if (se.hedge) e.hedge = se.hedge;
      if (se.nominal) nominalAttacks.add(id);
      if (se.quote) e.quote = se.quote;
      here.push(e);
      sentEvents[k] = se;
    });
    sentEvents.forEach((se, k) => {
      if (se.about === undefined || ids[k] === undefined) return;
      const e = here.find((x) => x.id === ids[k]);
      const about = ids[se.about];
      if (e && about) e.about = about;
    });
    events.push(...here);
    recent.push({ sentence: si, events: here });
  });

  // An attack whose perpetrator stays unnamed is kept only as what an accusation is about.
  const aboutIds = new Set(events.map((e) => e.about).filter(Boolean));
  const kept = expandDefendants(events, kb, isPerson, rosters).filter(
    (e) => e.cls !== 'Cyberattack' || e.agent !== null || aboutIds.has(e.id),
  );
  const used = new Set(kept.flatMap((e) => [e.agent, e.target]).filter((x): x is string => !!x));
  for (const m of mentions) if (!isDefendants(m.entity)) used.add(m.entity);
  const entities = ents.list().filter((e) => used.has(e.id));
  return {
    doc: article.id,
    entities: entities.filter((e) => !isDefendants(e.id)),
    mentions: mentions.filter((m) => !isDefendants(m.entity)),
    events: dedupe(kept),
  };
}

/**
 * "charged nine Iranians …", "The nine men are members of X": what is said of a story's group of
 * defendants (as those charged, sanctioned or accused, as attackers, or as members) is said of each
 * person the story charges, wherever it names them, when it names at least two and no more than the
 * group counted; a story that charges fewer may list them ("sanctioned seven Russians … The others
 * are A, B and C"). Otherwise the group is too uncertain a reference: a sanction keeps no target,
 * and anything else said of the group is not kept (an attack, for one: the text tells of it
 * through their group).
 */
function expandDefendants(
  events: Event[],
  kb: KnowledgeBase,
  isPerson: (key: string) => boolean,
  rosters: Roster[],
): Event[] {
  const charged = [
    ...new Set(
      events
        .filter(
          (e) =>
            e.cls === 'LegalAction' &&
            e.target &&
            isPerson(e.target) &&
            !isDefendants(e.target) &&
            kb.words.chargingWords.has(e.trigger.split(' ')[0]!.toLowerCase()),
        )
        .map((e) => e.target!),
    ),
  ];
  /** The id each group event took for each person ("event id|person"). */
  const each = new Map<string, string>();
  const out = events.flatMap((e): Event[] => {
    const group = [e.agent, e.target].find(isDefendants);
    if (!group) return [e];
    const asTarget = isDefendants(e.target) && GROUP_TARGETS.has(e.cls) && !isDefendants(e.agent);
    // ("The defendants denied wrongdoing": each denies.)
    const asAgent =
      isDefendants(e.agent) && (e.cls === 'Role' || e.cls === 'Cyberattack' || e.cls === 'Denial');
    const count = defendantsCount(group);
    // A counted roster lists this group only if it counts as many ("The two men are …" is not the seven).
    const listed = rosters.filter((r) => r.count === undefined || r.count === count).flatMap((r) => r.people);
    const people = charged.length >= 2 ? charged : [...new Set(listed)];
    const named = people.length >= 2 && (count === undefined || people.length <= count);
    if (!named || (!asTarget && !asAgent))
      return e.cls === 'Sanction' && asTarget ? [{ ...e, target: null }] : [];
    // ("The two men, A and B, had been hacked themselves": the group does not attack its own.)
    if (e.cls === 'Cyberattack' && people.includes(e.target ?? '')) return [];
    return people
      .filter((p) => p !== e.agent && p !== e.target)
      .map((p, n) => {
        const id = n ? `${e.id}.${n}` : e.id;
        each.set(`${e.id}|${p}`, id);
        return { ...e, id, agent: asAgent ? p : e.agent, target: asTarget ? p : e.target };
      });
  });
  // A charge against each person is about that person's own attack, when the group's was expanded.
  for (const e of out) {
    const person = e.cls === 'Cyberattack' ? e.agent : e.target;
    const own = e.about && person ? each.get(`${e.about}|${person}`) : undefined;
    if (own) e.about = own;
  }
  // An event about a dropped one is about nothing in particular.
  const ids = new Set(out.map((e) => e.id));
  for (const e of out) if (e.about && !ids.has(e.about)) delete e.about;
  return out;
}

/** The events whose target may be a story's group of defendants. */
const GROUP_TARGETS = new Set<EventClass>(['LegalAction', 'Sanction', 'Accusation']);

/**
 * One event per (class, agent, target, about) and sentence: the same frame read twice is one
 * reading; and a reading without a target gives way to one with a target in the same sentence.
 */
function dedupe(events: Event[]): Event[] {
  const sentKey = (e: Event) => `${e.cls}|${e.agent}|${e.evidence[0]!.start}`;
  const targeted = new Set(events.filter((e) => e.target !== null).map(sentKey));
  events = events.filter((e) => e.target !== null || !targeted.has(sentKey(e)));
  const seen = new Map<string, Event>();
  const out: Event[] = [];
  const remap = new Map<string, string>();
  for (const e of events) {
    const k = `${e.cls}|${e.agent}|${e.target}|${e.about ?? ''}|${e.evidence[0]!.start}`;
    const prior = seen.get(k);
    if (prior) {
      prior.confidence = Math.max(prior.confidence, e.confidence);
      remap.set(e.id, prior.id);
      continue;
    }
    seen.set(k, e);
    out.push(e);
  }
  for (const e of out) if (e.about && remap.has(e.about)) e.about = remap.get(e.about);
  return out;
}
