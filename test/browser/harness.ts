// Shared by the browser tests and the viewer benchmark: a built graph served by the real
// `newsgraph serve` child process, and Debian's chromium driven by playwright-core.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = join(ROOT, 'bin/newsgraph.js');

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--enable-unsafe-swiftshader',
];

export function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: [...CHROMIUM_FLAGS, ...extraArgs] });
}

/** A copy of the viewer fixture graph in a fresh folder (the server writes layout.json there). */
export function fixtureGraph(): string {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-viewer-'));
  cpSync(join(ROOT, 'test/fixtures/viewer'), dir, { recursive: true });
  return dir;
}

export interface Served {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** Starts `newsgraph serve DIR --port 0 --no-open` and waits for its "Viewer: URL" line. */
export function serve(graphDir: string, port = 0): Promise<Served> {
  const child = spawn(process.execPath, [CLI, 'serve', graphDir, '--port', String(port), '--no-open'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  return new Promise((resolve, reject) => {
    child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /Viewer: (http:\/\/\S+)/.exec(out);
      if (m) resolve({ url: m[1]!, child, stop: () => stopChild(child) });
    });
    child.on('exit', (code) => reject(new Error(`newsgraph serve exited with ${code}: ${err}`)));
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** Whether the build engineer's `newsgraph build` is there to make the seeds graph for real. */
export function hasBuildCommand(): boolean {
  const help = spawnSync(process.execPath, [CLI, '--help'], { encoding: 'utf8' }).stdout;
  return /^\s+build\b/m.test(help);
}

export function buildSeeds(outDir: string): Promise<void> {
  const child = spawn(process.execPath, [CLI, 'build', join(ROOT, 'seeds'), '--out', outDir], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let err = '';
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  return new Promise((resolve, reject) =>
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`newsgraph build seeds failed (${code}): ${err}`)),
    ),
  );
}
