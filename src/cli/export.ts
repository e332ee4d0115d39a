// `newsgraph export --format F`: a built graph as Turtle, TriG, N-Triples, N-Quads, JSON-LD or the scorer's JSON.
import { Option, type Command } from 'commander';
import { UsageError } from '../errors.js';
import {
  DEFAULT_ONTOLOGY_DIR,
  EXPORT_FORMATS,
  writeExport,
  loadGraphModel,
  writeFileAtomicWith,
  type ExportFormat,
  type Sink,
} from '../graph/index.js';

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('write a built graph as RDF (or the scorer JSON) to stdout or a file')
    .addOption(new Option('-f, --format <format>', 'output format').choices(EXPORT_FORMATS).default('turtle'))
    .option('-g, --graph <dir>', 'the built graph to read', 'out')
    .option('-o, --out <file>', 'write to this file (atomically) instead of stdout')
    .addHelpText(
      'after',
      `
Formats: turtle (prefixes, subjects grouped), trig (one named graph per document holding its
mentions), ntriples, nquads, jsonld (compacted with ontology/context.jsonld), json (the
extraction format of shared/eval/score.mjs).

Examples:
  $ newsgraph export --format turtle > cyber.ttl
  $ newsgraph export --format trig --out cyber.trig
  $ newsgraph export --format json --graph build/out --out extraction.json`,
    )
    .action(async (opts: { format: ExportFormat; graph: string; out?: string }) => {
      const model = await loadGraphModel(opts.graph);
      const exportTo = (sink: Sink) => writeExport(model, opts.format, DEFAULT_ONTOLOGY_DIR, sink);
      if (opts.out) {
        const out = opts.out;
        await writeFileAtomicWith(out, exportTo).catch((err: NodeJS.ErrnoException) => {
          throw new UsageError(`--out ${out}: cannot write it (${err.code ?? err.message})`);
        });
      } else {
        await exportTo(
          (chunk) =>
            new Promise<void>((resolve, reject) =>
              process.stdout.write(chunk, (err) => (err ? reject(err) : resolve())),
            ),
        );
      }
    });
}
