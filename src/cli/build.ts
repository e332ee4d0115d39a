// `newsgraph build [paths...]`: articles in, a knowledge graph with provenance out.
import type { Command } from 'commander';
import { defaultJobs, MIN_FILES_FOR_WORKERS, runBuild, type BuildReport } from '../build/index.js';
import { UsageError } from '../errors.js';

export function parseJobs(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1 || n > 256)
    throw new UsageError(`--jobs ${value}: expected a whole number from 1 to 256`);
  return n;
}

const fmt = new Intl.NumberFormat('en-US');

/** One summary line on stdout; a build where some files failed ends with exit code 1. */
export function reportBuild(report: BuildReport, outDir: string): void {
  const failed = report.failed.length
    ? `; ${report.failed.length} file${report.failed.length === 1 ? '' : 's'} failed`
    : '';
  process.stdout.write(
    `built ${outDir}: ${report.documents} documents (${report.cached} cached, ${report.extracted} extracted), ` +
      `${fmt.format(report.words)} words, ${report.entities} entities, ${report.events} events in ${report.seconds.toFixed(1)} s${failed}\n`,
  );
  if (report.failed.length) process.exitCode = 1;
}

export function registerBuild(program: Command): void {
  program
    .command('build')
    .description('read articles (.txt, .md, .html) from files and folders and build the graph in out/')
    .argument('[paths...]', 'article files and folders (searched recursively)', ['seeds'])
    .option('-o, --out <dir>', 'where to write the graph', 'out')
    .option(
      '-j, --jobs <n>',
      `threads that extract, the main one included (default: the number of cores, ${defaultJobs()} here; under ${MIN_FILES_FOR_WORKERS} files, only the main one)`,
    )
    .option('--no-cache', 'extract every document again instead of reusing out/cache/')
    .option('--ontology <dir>', 'a copy of ontology/ to read actors, trigger verbs and furniture cues from')
    .addHelpText(
      'after',
      `
Writes out/graph.json, out/graph.ttl, out/texts/<docId>.txt and out/build.json, each atomically.
A file that cannot be read gets one line on stderr and the others still build; the exit code
is then 1. A rebuild reuses out/cache/ for unchanged files and says how many.

Examples:
  $ newsgraph build seeds/ --out out/
  $ newsgraph build articles/ extra/story.html --jobs 4
  $ newsgraph build seeds/ --no-cache`,
    )
    .action(
      async (paths: string[], opts: { out: string; jobs?: string; cache: boolean; ontology?: string }) => {
        const report = await runBuild({
          paths,
          outDir: opts.out,
          jobs: opts.jobs === undefined ? defaultJobs() : parseJobs(opts.jobs),
          useCache: opts.cache,
          ...(opts.ontology ? { ontologyDir: opts.ontology } : {}),
        });
        reportBuild(report, opts.out);
      },
    );
}
