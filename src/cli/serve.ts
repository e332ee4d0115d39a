// `newsgraph serve [graphDir]`: the viewer and the JSON API over a built graph.
import { spawn } from 'node:child_process';
import type { Command } from 'commander';
import { UsageError } from '../errors.js';
import { DEFAULT_HOST, DEFAULT_PORT, startServer } from '../server/server.js';

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the viewer and the JSON API over a built graph')
    .argument('[graphDir]', 'the built graph', 'out')
    .option('--host <host>', 'address to listen on', DEFAULT_HOST)
    .option('--port <port>', 'port to listen on (0 picks a free one)', String(DEFAULT_PORT))
    .option('--no-open', 'do not open a browser')
    .action(async (graphDir: string, opts: { host: string; port: string; open: boolean }) => {
      const server = await startServer({ graphDir, host: opts.host, port: parsePort(opts.port) });
      process.stdout.write(`Viewer: ${server.url}\n`);
      if (opts.open && process.stdout.isTTY) openBrowser(server.url);
      await new Promise<void>((resolve) => {
        const stop = () => void server.close().then(resolve);
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });
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
