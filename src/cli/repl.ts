// `newsgraph repl`: the interactive shell over a built graph or a SPARQL endpoint.
import type { Command } from 'commander';
import { openEngine } from '../query/engine.js';
import { startRepl } from '../repl/shell.js';
import { engineFlags, engineOptions, type EngineFlags } from './query.js';

export function registerRepl(program: Command): void {
  engineFlags(
    program.command('repl').description('ask the graph questions in SPARQL or graph commands, interactively'),
  ).action(async (opts: EngineFlags) => {
    const options = engineOptions(opts);
    const engine = await openEngine(options);
    try {
      await startRepl({
        engine,
        graphDir: 'endpoint' in options ? options.endpoint : options.graphDir,
        timeoutMs: options.timeoutMs,
      });
    } finally {
      await engine.close();
    }
  });
}
