import type { Command } from 'commander';
import { registerBuild } from './build.js';
import { registerExport } from './export.js';
import { registerValidate } from './validate.js';
import { registerServe } from './serve.js';
import { registerPush } from './push.js';
import { registerQuery } from './query.js';
import { registerRepl } from './repl.js';
import { registerStart } from './start.js';

/** Every subcommand registers itself on the program; one line per command file. */
export type RegisterCommand = (program: Command) => void;

export const COMMANDS: RegisterCommand[] = [
  registerBuild,
  registerExport,
  registerValidate,
  registerServe,
  registerPush,
  registerQuery,
  registerRepl,
  registerStart,
];
