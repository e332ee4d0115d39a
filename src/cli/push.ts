// `newsgraph push`: upload a built graph to a SPARQL store (Virtuoso, Fuseki, GraphDB...).
import type { Command } from 'commander';
import { UsageError } from '../errors.js';
import { DEFAULT_CHUNK, pushGraph, type PushOptions, type PushProgress } from '../graph/push.js';

/** The command's flags are the push options, with --chunk still text until checked. */
type PushFlags = Omit<PushOptions, 'chunk' | 'timeoutMs' | 'onProgress'> & { chunk: string };

function plural(n: number, noun: string): string {
  return `${n.toLocaleString('en')} ${noun}${n === 1 ? '' : 's'}`;
}

/** A bar redrawn in place on a terminal; one plain line per request when stderr is a file or a pipe. */
function progressReporter(stream: NodeJS.WriteStream, started: number): (p: PushProgress) => void {
  return (p) => {
    const share = p.bytesTotal > 0 ? Math.min(1, p.bytesRead / p.bytesTotal) : 1;
    const seconds = (performance.now() - started) / 1000;
    const rate = seconds > 0 ? Math.round(p.triples / seconds) : 0;
    const figures = `${p.triples.toLocaleString('en')} triples, ${plural(p.requests, 'request')}, ${rate.toLocaleString('en')} triples/s`;
    if (stream.isTTY) {
      const width = 30;
      const filled = Math.round(share * width);
      stream.write(
        `\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${Math.floor(share * 100)}% ${figures}\x1b[K`,
      );
    } else {
      stream.write(`push: ${Math.floor(share * 100)}% ${figures}\n`);
    }
  };
}

export function registerPush(program: Command): void {
  program
    .command('push')
    .description(
      'upload a built graph to a SPARQL store with the Graph Store HTTP Protocol (PUT replaces, --append adds)',
    )
    .requiredOption(
      '--endpoint <url>',
      'the Graph Store endpoint, e.g. http://127.0.0.1:8890/sparql-graph-crud-auth',
    )
    .requiredOption('--graph <iri>', 'IRI of the named graph to write')
    .option('--user <name>', 'user name for HTTP Digest or Basic auth')
    .option(
      '--password <password>',
      'password (or set NEWSGRAPH_PASSWORD, which keeps it out of the process list)',
    )
    .option('--append', 'add to the graph instead of replacing it')
    .option('--graph-dir <dir>', 'the built graph to upload', 'out')
    .option('--chunk <n>', 'triples per request', String(DEFAULT_CHUNK))
    .action(async (flags: PushFlags) => {
      if (!/^\d+$/.test(flags.chunk) || Number(flags.chunk) < 1) {
        throw new UsageError(`--chunk ${flags.chunk}: expected a whole number above 0`);
      }
      const password = flags.password ?? process.env.NEWSGRAPH_PASSWORD;
      if (password !== undefined && flags.user === undefined) throw new UsageError('--password needs --user');
      const started = performance.now();
      const report = progressReporter(process.stderr, started);
      let summary;
      try {
        summary = await pushGraph({
          endpoint: flags.endpoint,
          graph: flags.graph,
          user: flags.user,
          password,
          append: flags.append ?? false,
          graphDir: flags.graphDir,
          chunk: Number(flags.chunk),
          onProgress: report,
        });
      } finally {
        // Ends the bar's line, so what follows (the summary or the error) starts on its own.
        if (process.stderr.isTTY) process.stderr.write('\n');
      }
      const verb = flags.append ? 'Added to' : 'Replaced';
      process.stdout.write(
        `${verb} <${flags.graph}>: ${summary.triples.toLocaleString('en')} triples in ${plural(summary.requests, 'request')} (${(summary.ms / 1000).toFixed(1)} s)\n`,
      );
    });
}
