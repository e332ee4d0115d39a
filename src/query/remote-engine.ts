// The query engine over any SPARQL 1.1 store (Virtuoso, Fuseki, GraphDB...), spoken to with the
// SPARQL 1.1 Protocol, so that `query`, `repl` and `serve` answer from it exactly as from the
// embedded store.
import { Parser } from 'n3';
import type { Quad } from 'n3';
import { QueryError, UsageError } from '../errors.js';
import { AuthenticatingFetch } from './digest-auth.js';
import { resultFromJson, type SparqlJson } from './sparql-json.js';
import { PREFIX_HEADER, queryForm, withPrefixes, type QueryForm } from './sparql-text.js';
import { DEFAULT_TIMEOUT_MS, type QueryEngine, type QueryResult, type RemoteEngineOptions } from './types.js';

/** A short description of why a request failed: the store's own first line when it sends one. */
export async function httpFailure(what: string, response: Response): Promise<string> {
  const body = (await response.text().catch(() => '')).trim();
  const firstLine = body
    .replace(/<[^>]+>/g, ' ')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .find((l) => l.length > 0);
  const detail = firstLine ? `: ${firstLine.length > 200 ? `${firstLine.slice(0, 200)}…` : firstLine}` : '';
  const hint = response.status === 401 ? ' (wrong or missing --user/--password)' : '';
  return `${what} answered ${response.status} ${response.statusText}${hint}${detail}`;
}

/** Why a fetch threw, in one line: unreachable host, refused connection, time limit. */
export function networkFailure(what: string, err: unknown, timeoutMs: number): string {
  if (err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError')) {
    return `${what} did not answer within the time limit of ${timeoutMs / 1000} s`;
  }
  const cause =
    err instanceof Error ? (err.cause as { code?: string; message?: string } | undefined) : undefined;
  const code = cause?.code;
  if (code === 'ECONNREFUSED') return `cannot connect to ${what}: connection refused`;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return `cannot connect to ${what}: unknown host`;
  // Stores that refuse an unauthenticated upload may close the connection before reading it all.
  if (code === 'ECONNRESET' || code === 'EPIPE') {
    return `${what} closed the connection during the request (does it need --user and --password?)`;
  }
  const message = cause?.message ?? (err instanceof Error ? err.message : String(err));
  return `cannot connect to ${what}: ${message}`;
}

export function parseEndpoint(endpoint: string): URL {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    throw new UsageError(`--endpoint ${endpoint}: not a URL (expected e.g. http://127.0.0.1:8890/sparql)`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UsageError(`--endpoint ${endpoint}: only http and https endpoints are supported`);
  }
  return url;
}

const HEADER_LINES = PREFIX_HEADER.split('\n').length - 1;

/** Stores count lines in the text they got, which starts with the prefix header: count in the user's. */
function userLines(message: string): string {
  return message.replace(/\bline (\d+)/, (whole, n: string) =>
    Number(n) > HEADER_LINES ? `line ${Number(n) - HEADER_LINES}` : whole,
  );
}

const XSD_BOOLEAN = 'http://www.w3.org/2001/XMLSchema#boolean';

/**
 * Virtuoso keeps booleans as integers and writes them "0"/"1" in SPARQL JSON: valid xsd:boolean
 * lexical forms, but not the canonical false/true that oxigraph gives, so the same question would
 * print differently from the two stores.
 */
function canonicalBooleans(result: QueryResult): QueryResult {
  if (result.kind !== 'bindings') return result;
  for (const row of result.rows) {
    for (const [name, term] of Object.entries(row)) {
      if (
        term?.termType === 'Literal' &&
        term.datatype === XSD_BOOLEAN &&
        (term.value === '0' || term.value === '1')
      ) {
        row[name] = { ...term, value: term.value === '1' ? 'true' : 'false' };
      }
    }
  }
  return result;
}

const ACCEPT: Record<Exclude<QueryForm, 'UPDATE'>, string> = {
  SELECT: 'application/sparql-results+json',
  ASK: 'application/sparql-results+json',
  CONSTRUCT: 'application/n-triples, text/turtle;q=0.9',
  DESCRIBE: 'application/n-triples, text/turtle;q=0.9',
};

export async function createRemoteEngine(options: RemoteEngineOptions): Promise<QueryEngine> {
  const endpoint = parseEndpoint(options.endpoint).href;
  const creds =
    options.user !== undefined ? { user: options.user, password: options.password ?? '' } : undefined;
  const client = new AuthenticatingFetch(creds);
  const defaultTimeout = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  // Requests under way, so that cancel() (Ctrl-C in the shell) can stop them.
  const running = new Set<AbortController>();

  /** POSTs a form and reads the whole answer within the time limit. */
  async function post(
    body: URLSearchParams,
    accept: string,
    timeoutMs: number,
  ): Promise<{ contentType: string; text: string }> {
    const cancel = new AbortController();
    running.add(cancel);
    try {
      const response = await client.fetch(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept },
        body: body.toString(),
        signal: AbortSignal.any([AbortSignal.timeout(timeoutMs), cancel.signal]),
      });
      if (!response.ok) throw new QueryError(userLines(await httpFailure(endpoint, response)));
      // Virtuoso's "anytime queries": past its own MaxQueryExecutionTime it sends 200 with what it has
      // found so far, marked only by this header. A partial answer must not pass for the answer.
      if (response.headers.get('x-sql-state') === 'S1TAT') {
        await response.body?.cancel();
        throw new QueryError(`${endpoint} stopped the query at its own time limit and sent a partial answer`);
      }
      const contentType = (response.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
      return { contentType, text: await response.text() };
    } catch (err) {
      if (err instanceof QueryError) throw err;
      if (cancel.signal.aborted) throw new QueryError('query cancelled');
      throw new QueryError(networkFailure(endpoint, err, timeoutMs));
    } finally {
      running.delete(cancel);
    }
  }

  return {
    async query(sparql, opts) {
      const form = queryForm(sparql);
      if (form === 'UPDATE')
        throw new QueryError('this is an update; use update() (in the shell: `:write on` first)');
      if (!form)
        throw new QueryError('not a SPARQL query: it should start with SELECT, ASK, CONSTRUCT or DESCRIBE');
      const timeoutMs = opts?.timeoutMs ?? defaultTimeout;
      const params = new URLSearchParams({ query: withPrefixes(sparql) });
      if (options.graph) params.set('default-graph-uri', options.graph);
      const { contentType, text } = await post(params, ACCEPT[form], timeoutMs);

      if (form === 'SELECT' || form === 'ASK') {
        let json: SparqlJson;
        try {
          json = JSON.parse(text) as SparqlJson;
        } catch {
          throw new QueryError(
            `${endpoint} sent ${contentType || 'a response'} that is not SPARQL JSON results`,
          );
        }
        return canonicalBooleans(resultFromJson(json));
      }
      const format =
        contentType === 'application/n-triples' || contentType === 'text/plain' ? 'N-Triples' : 'Turtle';
      try {
        const quads: Quad[] = new Parser({ format }).parse(text);
        return { kind: 'quads', quads };
      } catch (err) {
        throw new QueryError(`${endpoint} sent ${format} that does not parse: ${(err as Error).message}`);
      }
    },

    async update(sparql, opts) {
      const timeoutMs = opts?.timeoutMs ?? defaultTimeout;
      const params = new URLSearchParams({ update: withPrefixes(sparql) });
      await post(params, 'application/sparql-results+json, text/plain;q=0.5', timeoutMs);
      // The protocol does not report how many triples an update changed; stores differ in what they say.
      return { changed: 0 };
    },

    async cancel() {
      for (const request of running) request.abort();
    },

    async close() {
      for (const request of running) request.abort();
    },
  };
}
