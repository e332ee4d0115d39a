// Across documents: one entity per real actor (aliases gathered, surnames joined to full names),
// one event per (class, agent, target[, about]) with the evidence of every document.
import {
  SYMMETRIC_CLASSES,
  type DocExtraction,
  type Entity,
  type Event,
  type Hedge,
} from '../model/types.js';
import type { KnowledgeBase } from './kb.js';
import { slugOf } from './slug.js';

interface Group {
  entity: Entity;
  docs: Set<string>;
}

const fold = (s: string) =>
  s
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/^the\s+/, '')
    .replace(/\./g, '')
    .trim();

export function mergeExtractions(
  docs: DocExtraction[],
  kb: KnowledgeBase,
): { entities: Entity[]; events: Event[] } {
  // 1. Entities: gazetteer and country entities by their ids, rule-found ones by name.
  const groups = new Map<string, Group>();
  const byName = new Map<string, string>();
  const local = new Map<string, string>(); // `${doc}\u0000${localKey}` -> group key
  const groupKeyOf = (e: Entity): string =>
    e.gazetteerId
      ? (e.type === 'Country' && kb.countries.has(e.gazetteerId) ? 'c:' : 'g:') + e.gazetteerId
      : 'r:' + fold(e.label);

  for (const d of docs) {
    for (const e of d.entities) {
      const gk = groupKeyOf(e);
      local.set(d.doc + '\u0000' + e.id, gk);
      let g = groups.get(gk);
      if (!g) {
        g = { entity: { ...e, id: gk, aliases: [] }, docs: new Set() };
        groups.set(gk, g);
      } else if (e.label.length > g.entity.label.length && !e.gazetteerId) g.entity.label = e.label;
      g.docs.add(d.doc);
      for (const a of [e.label, ...e.aliases])
        if (a !== g.entity.label && !g.entity.aliases.includes(a)) g.entity.aliases.push(a);
      if (e.country) g.entity.country ??= e.country;
    }
  }
  // 2. Aliases: a rule-found entity whose name is another's alias is that entity ("Kerry" -> John Kerry).
  for (const [gk, g] of groups)
    for (const n of [g.entity.label, ...g.entity.aliases])
      if (!byName.has(fold(n)) || !gk.startsWith('r:')) byName.set(fold(n), gk);
  // Full-named people by their first and last name word, for surnames met alone.
  const byPart = new Map<string, string[]>();
  for (const [k, o] of groups) {
    const parts = fold(o.entity.label).split(/\s+/);
    if (o.entity.type !== 'Person' || parts.length < 2) continue;
    for (const p of new Set([parts[0]!, parts[parts.length - 1]!]))
      byPart.set(p, [...(byPart.get(p) ?? []), k]);
  }
  const redirect = new Map<string, string>();
  for (const [gk, g] of groups) {
    if (!gk.startsWith('r:')) continue;
    const label = fold(g.entity.label);
    let into = byName.get(label);
    if (into === gk) into = undefined;
    if (!into && g.entity.type === 'Person' && !label.includes(' ')) {
      // A surname (or a Chinese family name first) of exactly one full-named person.
      const full = (byPart.get(label) ?? []).filter((k) => k !== gk);
      if (full.length === 1) into = full[0];
    }
    if (into && into !== gk) redirect.set(gk, into);
  }
  const resolve = (gk: string): string => {
    let k = gk;
    for (let n = 0; n < 5 && redirect.has(k); n++) k = redirect.get(k)!;
    return k;
  };
  for (const [from] of redirect) {
    const to = groups.get(resolve(from))!;
    const g = groups.get(from)!;
    for (const a of [g.entity.label, ...g.entity.aliases])
      if (a !== to.entity.label && !to.entity.aliases.includes(a)) to.entity.aliases.push(a);
    g.docs.forEach((d) => to.docs.add(d));
  }

  // 3. Global ids: slug of the canonical label, unique.
  const idOf = new Map<string, string>();
  const usedIds = new Set<string>();
  const finalGroups = [...groups.entries()].filter(([k]) => !redirect.has(k));
  for (const [gk, g] of finalGroups) {
    let id = slugOf(g.entity.label);
    if (usedIds.has(id)) id = `${id}-${g.entity.type.toLowerCase()}`;
    for (let n = 2; usedIds.has(id); n++) id = `${slugOf(g.entity.label)}-${n}`;
    usedIds.add(id);
    idOf.set(gk, id);
  }
  const globalOf = (doc: string, key: string | null): string | null => {
    if (key === null) return null;
    const gk = local.get(doc + '\u0000' + key);
    return gk ? (idOf.get(resolve(gk)) ?? null) : null;
  };
  const countryId = (c: string | undefined, doc: string): string | undefined => {
    if (!c) return undefined;
    if (c.startsWith('c:')) {
      const id = globalOf(doc, c) ?? idOf.get(c);
      if (id) return id;
      const country = kb.countries.get(c.slice(2));
      return country ? slugOf(country.name) : undefined;
    }
    return undefined;
  };

  // 4. Events: merged by (class, agent, target, about); symmetric pairs in canonical order.
  const merged = new Map<
    string,
    Event & { docs: Set<string>; conf: Map<string, number>; hedges: (Hedge | undefined)[]; seen: Set<string> }
  >();
  const evKey = (ev: { doc: string; start: number; end: number }) =>
    `${ev.doc}\u0000${ev.start}\u0000${ev.end}`;
  const mergedIdOfLocal = new Map<string, string>();
  const pending: { e: Event; doc: string }[] = [];
  for (const d of docs) for (const e of d.events) pending.push({ e, doc: d.doc });
  // Incidents first, so that accusations can point at their merged ids.
  pending.sort((a, b) => Number(!!a.e.about) - Number(!!b.e.about));
  for (const { e, doc } of pending) {
    let agent = globalOf(doc, e.agent);
    let target = globalOf(doc, e.target);
    if (e.agent !== null && agent === null) continue;
    if (SYMMETRIC_CLASSES.has(e.cls) && agent && target && target < agent) [agent, target] = [target, agent];
    if (agent !== null && agent === target) continue;
    const about = e.about ? mergedIdOfLocal.get(e.about) : undefined;
    let id = `${e.cls.toLowerCase()}/${agent ?? 'none'}--${target ?? 'none'}`;
    if (about) id += `--about-${about.replace(/\//g, '-')}`;
    mergedIdOfLocal.set(e.id, id);
    const m = merged.get(id);
    if (m) {
      for (const ev of e.evidence) {
        if (m.seen.has(evKey(ev))) continue;
        m.seen.add(evKey(ev));
        m.evidence.push(ev);
      }
      m.docs.add(doc);
      m.conf.set(doc, Math.max(m.conf.get(doc) ?? 0, e.confidence));
      m.hedges.push(e.hedge);
      if (!m.quote && e.quote) m.quote = e.quote;
      continue;
    }
    merged.set(id, {
      ...e,
      id,
      agent,
      target,
      about,
      evidence: [...e.evidence],
      docs: new Set([doc]),
      conf: new Map([[doc, e.confidence]]),
      hedges: [e.hedge],
      seen: new Set(e.evidence.map(evKey)),
    });
  }

  const events: Event[] = [];
  for (const m of merged.values()) {
    const { docs: ds, conf, hedges, seen: _seen, ...e } = m;
    // Corroboration: independent documents combine by noisy-or; repeats within one document count once (max).
    e.confidence = Math.round((1 - [...conf.values()].reduce((p, c) => p * (1 - c), 1)) * 1000) / 1000;
    // Hedged only while every source hedges it.
    const h = hedges.every((x) => x) ? hedges[0] : undefined;
    if (h) e.hedge = h;
    else delete e.hedge;
    if (!e.about) delete e.about;
    void ds;
    events.push(e);
  }

  const entities: Entity[] = finalGroups.map(([gk, g]) => {
    const anyDoc = [...g.docs][0] ?? '';
    const e: Entity = {
      id: idOf.get(gk)!,
      label: g.entity.label,
      type: g.entity.type,
      aliases: g.entity.aliases.filter((a) => a !== g.entity.label),
    };
    const c = countryId(g.entity.country, anyDoc);
    if (c && c !== e.id) e.country = c;
    if (g.entity.gazetteerId) e.gazetteerId = g.entity.gazetteerId;
    return e;
  });
  // Countries an actor belongs to are entities too, so that `country` always points at one.
  const have = new Set(entities.map((e) => e.id));
  const countryBySlug = new Map([...kb.countries.values()].map((x) => [slugOf(x.name), x]));
  for (const e of [...entities]) {
    if (!e.country || have.has(e.country)) continue;
    const c = countryBySlug.get(e.country);
    if (!c) continue;
    entities.push({ id: e.country, label: c.name, type: 'Country', aliases: [], gazetteerId: c.id });
    have.add(e.country);
  }
  return { entities, events };
}
