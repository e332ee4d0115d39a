// Shell history kept across sessions: ~/.newsgraph_history, or $NEWSGRAPH_HISTORY.
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomicSync } from '../graph/atomic.js';

export const HISTORY_SIZE = 1000;

export function historyPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.NEWSGRAPH_HISTORY || join(homedir(), '.newsgraph_history');
}

/** Newest first, as readline wants it. */
export function loadHistory(path: string): string[] {
  try {
    return readFileSync(path, 'utf8').split('\n').filter(Boolean).reverse().slice(0, HISTORY_SIZE);
  } catch {
    return [];
  }
}

export function saveHistory(path: string, newestFirst: readonly string[]): void {
  try {
    writeFileAtomicSync(path, `${[...newestFirst].slice(0, HISTORY_SIZE).reverse().join('\n')}\n`);
  } catch {
    // A read-only home must not stop the shell; history is a convenience.
  }
}
