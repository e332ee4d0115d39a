// `newsgraph serve`: the viewer's static files, a JSON API over the built graph, and /sparql.
import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { NewsgraphError } from '../errors.js';
import { openEngine } from '../query/engine.js';
import type { QueryEngine } from '../query/types.js';
import { DEFAULT_TIMEOUT_MS } from '../query/types.js';
import { createApi } from './api.js';
import { handleSparqlRequest } from './sparql-protocol.js';
import { serveStatic } from './static-files.js';

/** The server could not start (port taken, address not available). */
export class ServeError extends NewsgraphError {
  override name = 'ServeError';
}

export interface ServerOptions {
  graphDir: string;
  host?: string;
  port?: number;
  /** An engine to answer /sparql with; without one the server opens its own on the first request. */
  engine?: QueryEngine;
  /** Where the built viewer lives (tests point elsewhere); defaults to the package's viewer/dist. */
  viewerDir?: string;
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 5173;
const VIEWER_DIST = fileURLToPath(new URL('../../viewer/dist/', import.meta.url));

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const host = options.host ?? DEFAULT_HOST;
  const port = options.port ?? DEFAULT_PORT;
  const viewerDir = options.viewerDir ?? VIEWER_DIST;
  const api = await createApi(options.graphDir);
  // /sparql opens its engine on first use: most viewer sessions never query.
  let engine: Promise<QueryEngine> | undefined = options.engine ? Promise.resolve(options.engine) : undefined;
  const ownsEngine = !options.engine;
  const getEngine = () => (engine ??= openEngine({ graphDir: options.graphDir }));

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: err instanceof Error ? err.message : String(err) }));
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname.startsWith('/api/')) return api(req, res, url);
    if (url.pathname === '/sparql') {
      let queryEngine: QueryEngine;
      try {
        queryEngine = await getEngine();
      } catch (err) {
        engine = undefined; // try again on the next request
        res
          .writeHead(503, { 'content-type': 'text/plain; charset=utf-8' })
          .end(`the query engine could not start: ${(err as Error).message}\n`);
        return;
      }
      return handleSparqlRequest(req, res, queryEngine, { timeoutMs: DEFAULT_TIMEOUT_MS });
    }
    if (!existsSync(viewerDir)) {
      res
        .writeHead(503, { 'content-type': 'text/plain; charset=utf-8' })
        .end('The viewer is not built: run `npm run build:viewer`. The API is at /api/graph.\n');
      return;
    }
    return serveStatic(viewerDir, req, res, url.pathname);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EADDRINUSE')
        reject(new ServeError(`port ${port} on ${host} is in use: pick another with --port`));
      else if (err.code === 'EADDRNOTAVAIL' || err.code === 'ENOTFOUND')
        reject(new ServeError(`cannot listen on ${host}: no such local address (check --host)`));
      else if (err.code === 'EACCES')
        reject(new ServeError(`no permission to listen on port ${port} (pick one above 1023)`));
      else reject(err);
    });
    server.listen(port, host, () => resolve());
  });

  const address = server.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${shownHost}:${address.port}/`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      if (ownsEngine && engine) await (await engine).close();
    },
  };
}
