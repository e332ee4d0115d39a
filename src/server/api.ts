// The JSON API over one built graph: /api/graph, /api/node/:id, /api/edge?id=..., /api/doc/:id,
// and POST /api/turtle (Turtle of the subgraph the viewer shows). Nothing here changes the graph.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createTextReader, loadGraph } from './graph-source.js';
import { EvidenceIndex } from './evidence.js';
import { graphPayload } from './graph-payload.js';
import { layoutFor } from './layout-cache.js';
import { subgraph } from './subgraph.js';
import { toQuads, toTriples } from '../graph/quads.js';
import { writeRdf } from '../graph/serialize.js';

/** A list of visible ids is small; anything larger is refused rather than buffered. */
const MAX_BODY_BYTES = 8 << 20;

export type ApiHandler = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<void>;

/** Loads the graph and its layout up front, so the first page load is fast. */
export async function createApi(graphDir: string): Promise<ApiHandler> {
  const graph = await loadGraph(graphDir);
  const { layout } = await layoutFor(graphDir, graph);
  const payload = JSON.stringify(graphPayload(graph.model, layout));
  const evidence = new EvidenceIndex(graph.model, createTextReader(graphDir, graph.model));

  return async (req, res, url) => {
    const [, , resource, ...rest] = url.pathname.split('/');
    if (resource === 'turtle' && rest.length === 0 && req.method === 'POST') {
      const body = await readJson(req);
      if (!body || !Array.isArray(body.events) || !Array.isArray(body.actors)) {
        return send(res, 400, { error: 'POST a JSON body { "events": [ids], "actors": [ids] }' });
      }
      const turtle = await writeRdf(
        toTriples(toQuads(subgraph(graph.model, body.events.map(String), body.actors.map(String)))),
        'turtle',
      );
      res.writeHead(200, { 'content-type': 'text/turtle; charset=utf-8' }).end(turtle);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return send(res, 405, { error: 'the API is read-only: use GET' });
    const id = rest.length ? safeDecode(rest.join('/')) : undefined;
    if (resource === 'graph' && rest.length === 0) return sendRaw(res, 200, payload);
    if (resource === 'node' && id) {
      const node = await evidence.node(id);
      return node ? send(res, 200, node) : send(res, 404, { error: `no actor with id "${id}"` });
    }
    if (resource === 'edge' && rest.length === 0) {
      const ids = url.searchParams.getAll('id');
      if (ids.length === 0) return send(res, 400, { error: 'name the events: /api/edge?id=EVENT_ID' });
      const events = await evidence.edges(ids);
      return events.length
        ? send(res, 200, { events })
        : send(res, 404, { error: `no event with id "${ids[0]}"` });
    }
    if (resource === 'doc' && id) {
      const doc = await evidence.doc(id);
      return doc ? send(res, 200, doc) : send(res, 404, { error: `no document with id "${id}"` });
    }
    return send(res, 404, { error: `no such API path: ${url.pathname}` });
  };
}

async function readJson(
  req: IncomingMessage,
): Promise<{ events?: unknown[]; actors?: unknown[] } | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as { events?: unknown[]; actors?: unknown[] };
  } catch {
    return undefined;
  }
}

function safeDecode(s: string): string | undefined {
  try {
    return decodeURIComponent(s);
  } catch {
    return undefined;
  }
}

function send(res: ServerResponse, status: number, body: unknown): void {
  sendRaw(res, status, JSON.stringify(body));
}

function sendRaw(res: ServerResponse, status: number, json: string): void {
  res
    .writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-cache' })
    .end(json);
}
