// The engine contract of docs/design.md, shared by the local (oxigraph) and remote engines.
import type { Quad } from 'n3';

export interface Term {
  termType: 'NamedNode' | 'BlankNode' | 'Literal';
  value: string;
  language?: string;
  datatype?: string;
}

export type Row = Record<string, Term | undefined>;

export type QueryResult =
  | { kind: 'bindings'; vars: string[]; rows: Row[] }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'quads'; quads: Quad[] };

export interface QueryOptions {
  timeoutMs?: number;
}

export interface QueryEngine {
  query(sparql: string, opts?: QueryOptions): Promise<QueryResult>;
  update(sparql: string, opts?: QueryOptions): Promise<{ changed: number }>;
  /** Stops the running query (Ctrl-C); the engine stays usable. */
  cancel?(): Promise<void>;
  close(): Promise<void>;
}

export interface LocalEngineOptions {
  graphDir: string;
  /** Default time limit of each call, in ms (30 s). */
  timeoutMs?: number;
}

export interface RemoteEngineOptions {
  endpoint: string;
  graph?: string;
  user?: string;
  password?: string;
  timeoutMs?: number;
}

export type EngineOptions = LocalEngineOptions | RemoteEngineOptions;

export const DEFAULT_TIMEOUT_MS = 30_000;
