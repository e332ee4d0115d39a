// `newsgraph start` (what `npm start` runs): build the graph, serve the viewer, open the shell.
import type { Command } from 'commander';
import { defaultJobs, runBuild } from '../build/index.js';
import { openEngine } from '../query/engine.js';
import { startRepl } from '../repl/shell.js';
import { DEFAULT_HOST, DEFAULT_PORT, ServeError, startServer } from '../server/server.js';
import { parseJobs, reportBuild } from './build.js';
import { parsePort } from './serve.js';

export function registerStart(program: Command): void {
  program
    .command('start')
    .description('build the graph from articles, serve the viewer and open the query shell')
    .argument('[paths...]', 'article files and folders', ['seeds'])
    .option('-o, --out <dir>', 'where to write the graph', 'out')
    .option('-j, --jobs <n>', 'worker threads for the build')
    .option('--host <host>', 'address the viewer listens on', DEFAULT_HOST)
    .option('--port <port>', 'viewer port (0 picks a free one)', String(DEFAULT_PORT))
    .addHelpText(
      'after',
      `
The shell and the viewer share one query engine; leaving the shell (:quit or Ctrl-D) stops the viewer.

Examples:
  $ newsgraph start
  $ newsgraph start articles/ --out graph/ --port 8080`,
    )
    .action(async (paths: string[], opts: { out: string; jobs?: string; host: string; port: string }) => {
      const port = parsePort(opts.port);
      const report = await runBuild({
        paths,
        outDir: opts.out,
        jobs: opts.jobs === undefined ? defaultJobs() : parseJobs(opts.jobs),
      });
      reportBuild(report, opts.out);
      const engine = await openEngine({ graphDir: opts.out });
      try {
        const server = await startServer({ graphDir: opts.out, host: opts.host, port, engine }).catch(
          (err: unknown) => {
            // npm start should end in the shell, not on a busy port (5173 is also Vite's default).
            if (!(err instanceof ServeError) || port === 0) throw err;
            process.stderr.write(
              `newsgraph: port ${port} on ${opts.host} is in use: serving on a free port instead\n`,
            );
            return startServer({ graphDir: opts.out, host: opts.host, port: 0, engine });
          },
        );
        process.stdout.write(`Viewer: ${server.url}\n`);
        try {
          await startRepl({ engine, graphDir: opts.out });
        } finally {
          await server.close();
        }
      } finally {
        await engine.close();
      }
    });
}
