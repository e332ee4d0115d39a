// `newsgraph serve [graphDir]`: the viewer and the JSON API over a built graph.
import { spawn } from 'node:child_process';
import type { Command } from 'commander';
import { UsageError } from '../errors.js';
import { openEngine } from '../query/engine.js';
import { DEFAULT_HOST, DEFAULT_PORT, startServer } from '../server/server.js';
import { engineOptions } from './query.js';

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the viewer and the JSON API over a built graph')
    .argument('[graphDir]', 'the built graph', 'out')
    .option('--host <host>', 'address to listen on', DEFAULT_HOST)
    .option('--port <port>', 'port to listen on (0 picks a free one)', String(DEFAULT_PORT))
    .option('--no-open', 'do not open a browser')
    .option('--endpoint <url>', 'answer /sparql from this SPARQL 1.1 endpoint instead of the built graph')
    .option('--graph-iri <iri>', 'with --endpoint: the named graph holding the data')
    .option('--user <name>', 'with --endpoint: user name')
    .option('--password <secret>', 'with --endpoint: password')
    .addHelpText(
      'after',
      `
The viewer and its JSON API read graphDir; /sparql answers from graphDir too, or from a remote
store with --endpoint (e.g. the Virtuoso the graph was pushed to).

Examples:
  $ newsgraph serve out/
  $ newsgraph serve out/ --port 0 --host 0.0.0.0
  $ newsgraph serve out/ --endpoint http://127.0.0.1:8890/sparql --graph-iri https://example.org/news`,
    )
    .action(async (graphDir: string, opts: ServeFlags) => {
      const port = parsePort(opts.port);
      const engine = opts.endpoint
        ? await openEngine(engineOptions({ ...opts, graph: graphDir }))
        : undefined;
      const server = await startServer({ graphDir, host: opts.host, port, ...(engine ? { engine } : {}) });
      process.stdout.write(`Viewer: ${server.url}\n`);
      if (opts.open && process.stdout.isTTY) openBrowser(server.url);
      await new Promise<void>((resolve) => {
        const stop = () =>
          void server
            .close()
            .then(() => engine?.close())
            .then(resolve);
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });
}

interface ServeFlags {
  host: string;
  port: string;
  open: boolean;
  endpoint?: string;
  graphIri?: string;
  user?: string;
  password?: string;
}

export function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535)
    throw new UsageError(`--port ${value}: expected a number from 0 to 65535`);
  return port;
}

/** Best effort: a missing opener (headless machine) is not an error, the URL is printed anyway. */
function openBrowser(url: string): void {
  const opener =
    process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  const child = spawn(opener, [url], { stdio: 'ignore', detached: true });
  child.on('error', () => {});
  child.unref();
}
