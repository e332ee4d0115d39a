// What the integration suites share: the real CLI in a child process, free ports, a private Virtuoso.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Parser } from 'n3';

export const ROOT = join(import.meta.dirname, '..', '..');
export const CLI = join(ROOT, 'bin', 'newsgraph.js');
export const SEEDS = join(ROOT, 'seeds');
export const DEBIAN_PYTHON = '/usr/bin/python3';

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function run(
  command: string,
  args: string[],
  opts: { env?: NodeJS.ProcessEnv; input?: string } = {},
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...opts.env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(opts.input ?? '');
  });
}

export function newsgraph(
  args: string[],
  opts: { env?: NodeJS.ProcessEnv; input?: string } = {},
): Promise<RunResult> {
  return run(process.execPath, [CLI, ...args], opts);
}

/** Runs the CLI and fails with its stderr unless it exits 0. */
export async function newsgraphOk(args: string[]): Promise<string> {
  const r = await newsgraph(args);
  if (r.code !== 0) throw new Error(`newsgraph ${args.join(' ')} exited ${r.code}:\n${r.stderr}`);
  return r.stdout;
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `newsgraph-${prefix}-`));
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Triples in a Turtle file, counted by n3 (the reference every upload and export is checked against). */
export function countTriples(ttlPath: string): number {
  return new Parser({ format: 'Turtle' }).parse(readFileSync(ttlPath, 'utf8')).length;
}

export interface Virtuoso {
  sparql: string;
  graphStore: string;
  stop(): Promise<void>;
}

/** A private Virtuoso through scripts/virtuoso.sh, on free ports and its own database folder. */
export async function startVirtuoso(): Promise<Virtuoso> {
  const env = {
    VIRTUOSO_DIR: tempDir('virtuoso'),
    VIRTUOSO_HTTP_PORT: String(await freePort()),
    VIRTUOSO_SQL_PORT: String(await freePort()),
  };
  const script = join(ROOT, 'scripts', 'virtuoso.sh');
  const install = await run('bash', [script, 'install'], { env });
  if (install.code !== 0) throw new Error(`virtuoso.sh install failed:\n${install.stderr}`);
  const start = await run('bash', [script, 'start'], { env });
  if (start.code !== 0) throw new Error(`virtuoso.sh start failed:\n${start.stdout}${start.stderr}`);
  const base = `http://127.0.0.1:${env.VIRTUOSO_HTTP_PORT}`;
  return {
    sparql: `${base}/sparql`,
    graphStore: `${base}/sparql-graph-crud-auth`,
    async stop() {
      const stop = await run('bash', [script, 'stop'], { env });
      if (stop.code !== 0) throw new Error(`virtuoso.sh stop failed:\n${stop.stderr}`);
      rmSync(env.VIRTUOSO_DIR, { recursive: true, force: true });
    },
  };
}

export interface Served {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** `newsgraph serve` on a free port, resolved once it prints its URL. */
export function serve(args: string[]): Promise<Served> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, 'serve', ...args, '--port', '0', '--no-open'], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => reject(new Error(`serve did not start:\n${stdout}${stderr}`)), 60_000);
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+)\//.exec(stdout);
      if (!m) return;
      clearTimeout(timer);
      resolve({
        url: m[1]!,
        child,
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited ${code}:\n${stderr}`));
    });
  });
}
