import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { NewsgraphError } from '../errors.js';
import { COMMANDS } from './commands.js';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

export function program(): Command {
  const cli = new Command('newsgraph')
    .description('Turn news articles into a knowledge graph of who did what to whom, with provenance.')
    .version(pkg.version)
    .exitOverride()
    .showSuggestionAfterError()
    .configureOutput({ outputError: (str, write) => write(str) });
  for (const register of COMMANDS) register(cli);
  for (const sub of cli.commands) sub.exitOverride();
  return cli;
}

/** Runs the CLI and returns the exit code: 0 ok, 1 failure, 2 usage error. */
export async function main(argv: string[]): Promise<number> {
  try {
    await program().parseAsync(argv);
    // Commands that finish with partial failure (some files unreadable) set process.exitCode.
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    return exitCodeFor(err);
  }
}

export function exitCodeFor(err: unknown): number {
  if (err instanceof CommanderError) {
    // --help and --version end through here with code 0; commander has already printed its message.
    return err.exitCode === 0 ? 0 : 2;
  }
  if (err instanceof NewsgraphError) {
    process.stderr.write(`newsgraph: ${err.message}\n`);
    return err.exitCode;
  }
  process.stderr.write(
    `newsgraph: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
  );
  return 1;
}
