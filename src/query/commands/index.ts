// The shell's commands by name, `:help`, and dispatch with "did you mean" for typos.
import { UsageError } from '../../errors.js';
import { nearest } from '../nearest.js';
import type { Session } from '../session.js';
import { words, type Command } from './command.js';
import { EVENT_COMMANDS } from './events.js';
import { GRAPH_COMMANDS } from './graph.js';
import { SETTINGS_COMMANDS } from './settings.js';

const help: Command = {
  name: 'help',
  usage: ':help [COMMAND]',
  summary: 'list the commands, or explain one',
  async run(session, args) {
    if (args.length) {
      const c = findCommand(args[0]!.replace(/^:/, ''));
      session.print(`${c.usage}\n  ${c.summary}\n`);
      return;
    }
    const width = Math.max(...COMMANDS.map((c) => c.usage.length));
    session.print(
      "Type SPARQL (the graph's prefixes are declared; end with ; or a blank line) or a command:\n" +
        COMMANDS.map((c) => `  ${c.usage.padEnd(width)}  ${c.summary}\n`).join('') +
        'Actors are named by label or alias, any case; quote names with spaces when two are needed.\n',
    );
  },
};

export const COMMANDS: Command[] = [...EVENT_COMMANDS, ...GRAPH_COMMANDS, ...SETTINGS_COMMANDS, help];

export function findCommand(name: string): Command {
  const c = COMMANDS.find((x) => x.name === name);
  if (c) return c;
  const close = nearest(
    name,
    COMMANDS.map((x) => x.name),
    1,
  );
  throw new UsageError(
    `unknown command :${name}${close.length ? `; did you mean :${close[0]}?` : ''} (:help lists them)`,
  );
}

/** Runs one `:command args` line. */
export async function runCommand(session: Session, line: string): Promise<void> {
  const [head = '', ...args] = words(line.trim().replace(/^:/, ''));
  // :export keeps its query verbatim (quotes and all).
  if (head === 'export') {
    const m = /^:?export\s+(\S+)\s*([\s\S]*)$/.exec(line.trim());
    await findCommand('export').run(session, m ? [m[1]!, ...(m[2] ? [m[2]] : [])] : []);
    return;
  }
  await findCommand(head).run(session, args);
}
