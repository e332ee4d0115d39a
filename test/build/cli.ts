// Runs the real CLI (bin/newsgraph.js over dist/, built by `npm test`) as a user would.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BIN = join(ROOT, 'bin', 'newsgraph.js');

export interface CliResult {
  code: number;
  stdout: string;
  /** stderr without build progress lines, which depend on how busy the machine is (see progress.test.ts). */
  stderr: string;
}

export function cli(args: string[], cwd = ROOT): CliResult {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr.replace(/^progress: .*\n/gm, '') };
}

export const tempDir = (name: string): string => mkdtempSync(join(tmpdir(), `newsgraph-${name}-`));

/** Every file under `dir`, relative, sorted: to check that nothing half-written was left behind. */
export function filesUnder(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}
