// `newsgraph validate`: a built graph against ontology/shapes.ttl (SHACL), and every mention
// against the text of its document.
import type { Command } from 'commander';
import {
  checkEvidence,
  DEFAULT_ONTOLOGY_DIR,
  loadGraphModel,
  loadShapes,
  toQuads,
  toTriples,
  validateTriples,
} from '../graph/index.js';

export function registerValidate(program: Command): void {
  program
    .command('validate')
    .description('check a built graph against the SHACL shapes and its evidence against the texts')
    .option('-g, --graph <dir>', 'the built graph to check', 'out')
    .addHelpText(
      'after',
      `
Prints "conforms" and exits 0, or one line per violation and exits 1.

Examples:
  $ newsgraph validate
  $ newsgraph validate --graph build/out`,
    )
    .action(async (opts: { graph: string }) => {
      const model = await loadGraphModel(opts.graph);
      const triples = toTriples(toQuads(model));
      const shacl = await validateTriples(triples, await loadShapes(DEFAULT_ONTOLOGY_DIR));
      const violations = [...shacl.violations, ...(await checkEvidence(model, opts.graph))];
      for (const v of violations) {
        process.stdout.write(`violation: ${v.focus}${v.path ? ` ${v.path}` : ''}: ${v.message}\n`);
      }
      const what = `${model.documents.length} documents, ${model.entities.length} entities, ${model.events.length} events, ${triples.length} triples`;
      if (violations.length === 0) {
        process.stdout.write(
          `conforms: ${what} checked against ontology/shapes.ttl and the document texts\n`,
        );
      } else {
        process.stdout.write(
          `does not conform: ${violations.length} violation${violations.length === 1 ? '' : 's'} in ${what}\n`,
        );
        process.exitCode = 1;
      }
    });
}
