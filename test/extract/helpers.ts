// Shared helpers for the extractor's tests: articles made from strings, events as readable tuples.
import { join } from 'node:path';
import { extractDocument, loadKnowledgeBase, mergeExtractions } from '../../src/extract/index.js';
import type { ArticleText, Entity, Event, Span } from '../../src/model/types.js';

export const kb = loadKnowledgeBase(join(import.meta.dirname, '..', '..', 'ontology'));

/** An article whose first line is the headline and the rest its body (minus the given furniture). */
export function article(
  text: string,
  opts: { id?: string; headline?: boolean; furniture?: Span[] } = {},
): ArticleText {
  const id = opts.id ?? 'doc';
  const nl = text.indexOf('\n');
  const hasHeadline = opts.headline ?? false;
  const bodyStart = hasHeadline ? (nl < 0 ? text.length : nl + 1) : 0;
  const furniture = (opts.furniture ?? []).map((f) => ({ ...f, reason: 'test' }));
  const regions: Span[] = [];
  let s = bodyStart;
  for (const f of [...furniture].sort((a, b) => a.start - b.start)) {
    if (f.start > s) regions.push({ start: s, end: f.start });
    s = Math.max(s, f.end);
  }
  if (s < text.length) regions.push({ start: s, end: text.length });
  return {
    id,
    file: `${id}.txt`,
    sha256: '',
    format: 'txt',
    text,
    headline: hasHeadline ? text.slice(0, nl < 0 ? text.length : nl) : '',
    ...(hasHeadline ? { headlineSpan: { start: 0, end: nl < 0 ? text.length : nl } } : {}),
    regions,
    furniture,
    words: text.split(/\s+/).length,
    notes: [],
  };
}

export interface Read {
  entities: Entity[];
  events: Event[];
  /** "Accusation: United States -> China" for every event. */
  tuples: string[];
  entity(label: string): Entity | undefined;
}

export function read(...texts: (string | ArticleText)[]): Read {
  const docs = texts.map((t, i) =>
    extractDocument(typeof t === 'string' ? article(t, { id: `doc${i}` }) : t, kb),
  );
  const { entities, events } = mergeExtractions(docs, kb);
  const label = (id: string | null) =>
    id === null ? 'null' : (entities.find((e) => e.id === id)?.label ?? `?${id}`);
  return {
    entities,
    events,
    tuples: events.map((e) => `${e.cls}: ${label(e.agent)} -> ${label(e.target)}`),
    entity: (l) => entities.find((e) => e.label === l || e.aliases.includes(l)),
  };
}

export function tuplesOf(text: string): string[] {
  return read(text).tuples;
}
