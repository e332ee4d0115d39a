// /sparql: the SPARQL 1.1 Protocol over a query engine, read-only, so that any SPARQL client
// (YASGUI, SPARQLWrapper, rdflib, another store's SERVICE clause) can query a newsgraph.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { NewsgraphError, QueryError } from '../errors.js';
import { formatResult, MEDIA_TYPES, toTurtle } from '../query/format.js';
import { queryForm } from '../query/sparql-text.js';
import type { QueryEngine, QueryResult } from '../query/types.js';

export interface SparqlProtocolOptions {
  /** Time limit of one query. */
  timeoutMs: number;
}

/** Longest request body read (a form or a query): queries are small, anything larger is refused. */
const MAX_BODY_BYTES = 1 << 20;

const CORS_HEADERS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, OPTIONS',
  'access-control-allow-headers': 'Content-Type, Accept',
  'access-control-max-age': '86400',
};

type TabularFormat = 'json' | 'xml' | 'csv' | 'tsv';
type GraphFormat = 'Turtle' | 'N-Triples';

/** Media types a client may ask for, per result kind; the first is the default. */
const TABULAR: [string, TabularFormat][] = [
  ['application/sparql-results+json', 'json'],
  ['application/json', 'json'],
  ['application/sparql-results+xml', 'xml'],
  ['application/xml', 'xml'],
  ['text/xml', 'xml'],
  ['text/csv', 'csv'],
  ['text/tab-separated-values', 'tsv'],
];
const GRAPH: [string, GraphFormat][] = [
  ['text/turtle', 'Turtle'],
  ['application/x-turtle', 'Turtle'],
  ['application/turtle', 'Turtle'],
  ['application/n-triples', 'N-Triples'],
  ['text/plain', 'N-Triples'],
];
/** The `format`/`output` parameter some clients (SPARQLWrapper, Virtuoso's own page) send beside Accept. */
const FORMAT_PARAM: Record<string, string> = {
  json: 'application/sparql-results+json',
  xml: 'application/sparql-results+xml',
  csv: 'text/csv',
  tsv: 'text/tab-separated-values',
  turtle: 'text/turtle',
  ttl: 'text/turtle',
  nt: 'application/n-triples',
  ntriples: 'application/n-triples',
  'n-triples': 'application/n-triples',
};

class ProtocolError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The offer the Accept header prefers (highest q, then the client's order, then ours); undefined when
 * the client accepts none of them. No Accept header means anything goes.
 */
export function negotiate<T>(accept: string | undefined, offers: [string, T][]): [string, T] | undefined {
  if (!accept?.trim()) return offers[0];
  let best: { offer: [string, T]; q: number; specificity: number } | undefined;
  for (const part of accept.split(',')) {
    const [range = '', ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    const qParam = params.find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (!(q > 0)) continue;
    const [type, subtype] = range.split('/');
    const specificity = range === '*/*' ? 0 : subtype === '*' ? 1 : 2;
    const offer = offers.find(([media]) => {
      const [t, s] = media.split('/');
      return range === '*/*' || (subtype === '*' && t === type) || (t === type && s === subtype);
    });
    if (!offer) continue;
    if (!best || q > best.q || (q === best.q && specificity > best.specificity))
      best = { offer, q, specificity };
  }
  return best?.offer;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new ProtocolError(413, `request body over ${MAX_BODY_BYTES} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The query text and the parameters of a request, from the URL and, for POST, the body. */
async function readRequest(req: IncomingMessage): Promise<{ query: string; params: URLSearchParams }> {
  const params = new URL(req.url ?? '/', 'http://localhost').searchParams;
  if (req.method === 'POST') {
    const contentType = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    const body = await readBody(req);
    if (contentType === 'application/x-www-form-urlencoded') {
      for (const [k, v] of new URLSearchParams(body)) params.append(k, v);
    } else if (contentType === 'application/sparql-query') {
      params.set('query', body);
    } else if (contentType === 'application/sparql-update') {
      throw new ProtocolError(403, 'this endpoint is read-only: updates are not accepted');
    } else {
      throw new ProtocolError(
        415,
        `unsupported content type ${contentType || '(none)'}: send application/x-www-form-urlencoded or application/sparql-query`,
      );
    }
  }
  if (params.has('update'))
    throw new ProtocolError(403, 'this endpoint is read-only: updates are not accepted');
  const queries = params.getAll('query');
  if (queries.length !== 1) {
    throw new ProtocolError(
      400,
      queries.length
        ? 'give exactly one query parameter'
        : 'missing query parameter: /sparql?query=SELECT...',
    );
  }
  return { query: queries[0]!, params };
}

function serialise(result: QueryResult, accept: string | undefined): { body: string; contentType: string } {
  if (result.kind === 'quads') {
    const chosen = negotiate(accept, GRAPH);
    if (!chosen)
      throw new ProtocolError(
        406,
        `cannot give a graph as ${accept}: ask for ${GRAPH.map(([m]) => m).join(', ')}`,
      );
    const [, format] = chosen;
    return {
      body: toTurtle(result.quads, format),
      contentType:
        format === 'Turtle' ? 'text/turtle; charset=utf-8' : 'application/n-triples; charset=utf-8',
    };
  }
  const chosen = negotiate(accept, TABULAR);
  if (!chosen)
    throw new ProtocolError(
      406,
      `cannot give results as ${accept}: ask for ${TABULAR.map(([m]) => m).join(', ')}`,
    );
  const [, format] = chosen;
  const contentType =
    format === 'json' || format === 'xml' ? `${MEDIA_TYPES[format]}; charset=utf-8` : MEDIA_TYPES[format];
  return { body: formatResult(result, format), contentType };
}

function send(res: ServerResponse, status: number, contentType: string, body: string): void {
  res.writeHead(status, {
    ...CORS_HEADERS,
    'content-type': contentType,
    vary: 'Accept',
    'cache-control': 'no-store',
  });
  res.end(body);
}

/** Answers one request to /sparql. Never throws: every failure becomes an HTTP status with a one-line reason. */
export async function handleSparqlRequest(
  req: IncomingMessage,
  res: ServerResponse,
  engine: QueryEngine,
  { timeoutMs }: SparqlProtocolOptions,
): Promise<void> {
  try {
    if (req.method === 'OPTIONS') {
      res.writeHead(204, CORS_HEADERS).end();
      return;
    }
    if (req.method !== 'GET' && req.method !== 'POST') {
      res.writeHead(405, { ...CORS_HEADERS, allow: 'GET, POST, OPTIONS' }).end();
      return;
    }
    const { query, params } = await readRequest(req);
    if (queryForm(query) === 'UPDATE')
      throw new ProtocolError(403, 'this endpoint is read-only: updates are not accepted');
    const formatParam = (params.get('format') ?? params.get('output') ?? '').toLowerCase();
    const accept = FORMAT_PARAM[formatParam] ?? req.headers.accept;
    const result = await engine.query(query, { timeoutMs });
    const { body, contentType } = serialise(result, accept);
    send(res, 200, contentType, body);
  } catch (err) {
    const status = err instanceof ProtocolError ? err.status : err instanceof QueryError ? 400 : 500;
    const message =
      err instanceof ProtocolError || err instanceof NewsgraphError
        ? err.message
        : `internal error: ${err instanceof Error ? err.message : String(err)}`;
    if (res.headersSent) res.end();
    else send(res, status, 'text/plain; charset=utf-8', `${message}\n`);
  }
}
