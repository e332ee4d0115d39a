// The JSON the server sends the viewer. The viewer imports these types (type-only), so the two
// sides cannot drift apart.
import type { EntityType, EventClass, Hedge } from '../model/types.js';

/** Centralities computed once on the server (graphology-metrics) over the actors graph. */
export interface NodeMetrics {
  degree: number;
  inDegree: number;
  outDegree: number;
  pagerank: number;
  /** Absent when the graph is too large for exact betweenness in reasonable time. */
  betweenness?: number;
}

export interface ApiActor {
  id: string;
  label: string;
  type: EntityType;
  aliases: string[];
  x: number;
  y: number;
  metrics: NodeMetrics;
  /** Louvain community index over the actors graph. */
  community: number;
  /** Number of distinct documents that mention the actor in some event. */
  sourceCount: number;
}

/** One merged event: an edge agent → target in the actors view, a small node in the events view. */
export interface ApiEvent {
  id: string;
  cls: EventClass;
  label: string;
  agent: string | null;
  target: string | null;
  hedge?: Hedge;
  negated: boolean;
  confidence: number;
  /** Distinct documents the event was read from. */
  docs: string[];
  x: number;
  y: number;
}

export interface ApiDocument {
  id: string;
  headline: string;
  date?: string;
  file: string;
  x: number;
  y: number;
}

export interface ApiGraph {
  actors: ApiActor[];
  events: ApiEvent[];
  documents: ApiDocument[];
  /** Which centralities exist (betweenness is skipped on very large graphs). */
  metrics: (keyof NodeMetrics)[];
  communities: number;
}

/** One piece of evidence, shown with its sentence and its article. */
export interface ApiMention {
  doc: string;
  headline: string;
  date?: string;
  start: number;
  end: number;
  text: string;
  /** The sentence around the span, and where the span sits inside it. */
  sentence: string;
  spanInSentence: { start: number; end: number };
}

export interface ApiEventDetail {
  id: string;
  cls: EventClass;
  label: string;
  agent: { id: string; label: string } | null;
  target: { id: string; label: string } | null;
  hedge?: Hedge;
  negated: boolean;
  confidence: number;
  trigger: string;
  quote?: string;
  mentions: ApiMention[];
}

export interface ApiNodeDetail {
  actor: { id: string; label: string; type: EntityType; aliases: string[]; country?: string };
  /** What the actor did, grouped by event class. */
  did: Partial<Record<EventClass, ApiEventDetail[]>>;
  /** What was done to it, grouped by event class. */
  undergone: Partial<Record<EventClass, ApiEventDetail[]>>;
}

export interface ApiEdgeDetail {
  events: ApiEventDetail[];
}

export interface ApiDoc {
  id: string;
  headline: string;
  date?: string;
  author?: string;
  file: string;
  text: string;
}

export interface ApiError {
  error: string;
}
