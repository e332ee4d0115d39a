// The data every stage of the pipeline hands to the next one.
// text -> ArticleText -> DocExtraction -> (merge) -> GraphModel -> RDF

/** A character range in a document's text, in UTF-16 code units (JavaScript string indices). */
export interface Span {
  start: number;
  end: number;
}

export const ENTITY_TYPES = [
  'Person',
  'Country',
  'GovernmentBody',
  'MilitaryUnit',
  'Company',
  'Organization',
  'ThreatGroup',
  'Place',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const EVENT_CLASSES = [
  'Statement',
  'Accusation',
  'Denial',
  'Demand',
  'Agreement',
  'CooperationOffer',
  'Meeting',
  'Cyberattack',
  'LegalAction',
  'Sanction',
  'Report',
  'Role',
] as const;
export type EventClass = (typeof EVENT_CLASSES)[number];

/** Symmetric classes: agent and target are interchangeable parties. */
export const SYMMETRIC_CLASSES: ReadonlySet<EventClass> = new Set(['Agreement', 'Meeting']);

export type Hedge = 'alleged' | 'suspected' | 'reportedly' | 'believed' | 'claimed';

/** One article after ingest: the text the offsets refer to, and which parts of it are the article. */
export interface ArticleText {
  /** Stable id: slug of the file name + first 12 hex digits of the content's SHA-256. */
  id: string;
  /** Path relative to the corpus root given to `build` (for a single file: its base name). */
  file: string;
  /** SHA-256 of the raw file bytes, hex. */
  sha256: string;
  format: 'txt' | 'md' | 'html';
  /** The text all offsets point into. For .txt it is the file's text exactly (BOM removed). */
  text: string;
  headline: string;
  /** Where the headline sits in `text`, when it is there (line 1 of a .txt). */
  headlineSpan?: Span;
  date?: string;
  author?: string;
  /** The article's own text: extraction reads only these ranges (page furniture is left out). */
  regions: Span[];
  /** Ranges recognised as page furniture (link lists, ads, bios, bylines), with the reason. */
  furniture: (Span & { reason: string })[];
  words: number;
  /** Non-fatal remarks from ingest, e.g. "decoded as Latin-1". */
  notes: string[];
}

/** The exact place in a document that states a fact. `text === doc.text.slice(start, end)`. */
export interface Evidence extends Span {
  /** ArticleText.id */
  doc: string;
  text: string;
}

/** A stretch of text that names an actor (or refers to one: a pronoun, "the agency"). */
export interface Mention extends Span {
  text: string;
  /** Key of the entity (within the document) it refers to. */
  entity: string;
  kind: 'name' | 'alias' | 'demonym' | 'metonym' | 'pronoun' | 'nominal' | 'acronym';
}

/** An actor as one document knows it. */
export interface Entity {
  /** Within a document: a local key. After merging: the global id (a slug, e.g. "john-kerry"). */
  id: string;
  label: string;
  type: EntityType;
  aliases: string[];
  /** Entity id of the country it belongs to / serves, when known. */
  country?: string;
  /** Gazetteer id when the actor was linked to ontology/gazetteer.json. */
  gazetteerId?: string;
}

/** Who did what to whom, once, as one document states it. */
export interface Event {
  id: string;
  cls: EventClass;
  agent: string | null;
  target: string | null;
  /** Id of the incident (usually a Cyberattack event) an Accusation/Denial/Report is about. */
  about?: string;
  hedge?: Hedge;
  negated: boolean;
  /** 0..1, from the frame and the hedge. */
  confidence: number;
  /** The word(s) that triggered the frame, e.g. "accused". */
  trigger: string;
  /** For statements: the quoted words, when there is a quote. */
  quote?: string;
  evidence: Evidence[];
}

export interface DocExtraction {
  doc: string;
  entities: Entity[];
  mentions: Mention[];
  events: Event[];
}

/** A document as the graph records it. */
export interface DocumentRecord {
  id: string;
  file: string;
  sha256: string;
  format: ArticleText['format'];
  headline: string;
  date?: string;
  author?: string;
  words: number;
}

/** The merged knowledge graph, before it becomes RDF; stored as out/graph.json. */
export interface GraphModel {
  version: 1;
  documents: DocumentRecord[];
  /** Merged across documents: one per real actor, aliases gathered; ids are global slugs. */
  entities: Entity[];
  /** Merged across documents: one per (class, agent, target[, about]); evidence from every source. */
  events: Event[];
}
