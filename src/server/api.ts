// The JSON API over one built graph: /api/graph, /api/node/:id, /api/edge?id=..., /api/doc/:id.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createTextReader, loadGraph } from './graph-source.js';
import { EvidenceIndex } from './evidence.js';
import { graphPayload } from './graph-payload.js';
import { layoutFor } from './layout-cache.js';

export type ApiHandler = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<void>;

/** Loads the graph and its layout up front, so the first page load is fast. */
export async function createApi(graphDir: string): Promise<ApiHandler> {
  const graph = await loadGraph(graphDir);
  const { layout } = await layoutFor(graphDir, graph);
  const payload = JSON.stringify(graphPayload(graph.model, layout));
  const evidence = new EvidenceIndex(graph.model, createTextReader(graphDir, graph.model));

  return async (req, res, url) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, { error: 'the API is read-only: use GET' });
    const [, , resource, ...rest] = url.pathname.split('/');
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
      return events.length ? send(res, 200, { events }) : send(res, 404, { error: `no event with id "${ids[0]}"` });
    }
    if (resource === 'doc' && id) {
      const doc = await evidence.doc(id);
      return doc ? send(res, 200, doc) : send(res, 404, { error: `no document with id "${id}"` });
    }
    return send(res, 404, { error: `no such API path: ${url.pathname}` });
  };
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
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-cache' }).end(json);
}
