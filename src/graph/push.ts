// Uploads a built graph to a SPARQL store with the SPARQL 1.1 Graph Store HTTP Protocol: PUT
// replaces the named graph, POST adds to it. The graph goes in chunks of N-Triples so that a
// million-triple graph is never one request (or one string) and progress can be shown.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { StreamParser, Writer, type Quad } from 'n3';
import { GraphError, NewsgraphError, UsageError } from '../errors.js';
import { AuthenticatingFetch } from '../query/digest-auth.js';
import { httpFailure, networkFailure, parseEndpoint } from '../query/remote-engine.js';

/** The store refused the upload or could not be reached. */
export class PushError extends NewsgraphError {
  override name = 'PushError';
}

export interface PushProgress {
  triples: number;
  requests: number;
  /** Bytes of graph.ttl read so far, and in all: the share done. */
  bytesRead: number;
  bytesTotal: number;
}

export interface PushOptions {
  /** The store's Graph Store endpoint, e.g. Virtuoso's http://127.0.0.1:8890/sparql-graph-crud-auth. */
  endpoint: string;
  /** IRI of the named graph to write. */
  graph: string;
  user?: string;
  password?: string;
  /** Add to the graph (POST) instead of replacing it (PUT). */
  append?: boolean;
  /** The built graph: its graph.ttl is sent. */
  graphDir: string;
  /** Triples per request. */
  chunk?: number;
  /** Time limit of each request. */
  timeoutMs?: number;
  onProgress?: (progress: PushProgress) => void;
}

export interface PushSummary {
  triples: number;
  requests: number;
  ms: number;
}

export const DEFAULT_CHUNK = 50_000;
const DEFAULT_REQUEST_TIMEOUT_MS = 300_000;

function toNTriples(quads: Quad[]): string {
  const writer = new Writer({ format: 'N-Triples' });
  writer.addQuads(quads);
  let text = '';
  writer.end((err, out) => {
    if (err) throw err;
    text = out;
  });
  return text;
}

function checkGraphIri(graph: string): void {
  let ok = false;
  try {
    ok = new URL(graph).protocol.length > 1 && !/[\s<>"{}|\\^`]/.test(graph);
  } catch {
    ok = false;
  }
  if (!ok) throw new UsageError(`--graph ${graph}: not an absolute IRI (e.g. https://example.org/newsgraph)`);
}

export async function pushGraph(options: PushOptions): Promise<PushSummary> {
  const started = performance.now();
  const base = parseEndpoint(options.endpoint);
  checkGraphIri(options.graph);
  const chunk = options.chunk ?? DEFAULT_CHUNK;
  if (!Number.isInteger(chunk) || chunk < 1)
    throw new UsageError(`--chunk ${chunk}: expected a whole number above 0`);
  const ttlPath = join(options.graphDir, 'graph.ttl');
  if (!existsSync(ttlPath)) {
    throw new GraphError(
      `${ttlPath}: no built graph here (run \`newsgraph build <corpus> --out ${options.graphDir}\`)`,
    );
  }

  const target = new URL(base);
  target.searchParams.set('graph', options.graph);
  const url = target.href;
  const endpointName = base.href;
  const client = new AuthenticatingFetch(
    options.user !== undefined ? { user: options.user, password: options.password ?? '' } : undefined,
  );
  const timeoutMs = options.timeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
  const progress: PushProgress = {
    triples: 0,
    requests: 0,
    bytesRead: 0,
    bytesTotal: statSync(ttlPath).size,
  };

  async function send(quads: Quad[]): Promise<void> {
    // The first request replaces the graph unless appending; every later one adds to it.
    const method = options.append || progress.requests > 0 ? 'POST' : 'PUT';
    let response: Response;
    try {
      response = await client.fetch(url, {
        method,
        headers: { 'content-type': 'application/n-triples; charset=utf-8' },
        body: toNTriples(quads),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (err) {
      throw new PushError(networkFailure(endpointName, err, timeoutMs));
    }
    if (!response.ok) {
      const hint =
        response.status === 403
          ? ' (the store refuses writes here: for Virtuoso use /sparql-graph-crud-auth with --user)'
          : [404, 405, 501].includes(response.status)
            ? ' (is this a Graph Store endpoint? Virtuoso: /sparql-graph-crud-auth)'
            : '';
      throw new PushError(`${await httpFailure(endpointName, response)}${hint}`);
    }
    await response.body?.cancel();
    progress.requests += 1;
    progress.triples += quads.length;
    options.onProgress?.({ ...progress });
  }

  const file = createReadStream(ttlPath);
  file.on('data', (data) => {
    progress.bytesRead += data.length;
  });
  const parser = file.pipe(new StreamParser({ format: 'Turtle' }));
  file.on('error', (err) => parser.destroy(err));

  // Blank nodes are scoped to one request, so triples that mention one all travel in the last request.
  const withBlankNodes: Quad[] = [];
  let batch: Quad[] = [];
  try {
    for await (const quad of parser as AsyncIterable<Quad>) {
      if (quad.subject.termType === 'BlankNode' || quad.object.termType === 'BlankNode') {
        withBlankNodes.push(quad);
        continue;
      }
      batch.push(quad);
      if (batch.length >= chunk) {
        await send(batch);
        batch = [];
      }
    }
  } catch (err) {
    if (err instanceof NewsgraphError) throw err;
    throw new GraphError(`${ttlPath}: cannot read: ${(err as Error).message}`);
  } finally {
    file.destroy();
  }
  batch.push(...withBlankNodes);
  // An empty graph still gets its PUT: replacing with nothing is what the user asked for.
  if (batch.length > 0 || progress.requests === 0) await send(batch);
  return { triples: progress.triples, requests: progress.requests, ms: performance.now() - started };
}
