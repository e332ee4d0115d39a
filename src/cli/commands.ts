import type { Command } from 'commander';

/** Every subcommand registers itself on the program; one line per command file. */
export type RegisterCommand = (program: Command) => void;

export const COMMANDS: RegisterCommand[] = [];
