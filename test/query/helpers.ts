// Runs the real CLI (dist/, built by `npm test`) the way a user does.
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = `${ROOT}bin/newsgraph.js`;
/** A small graph built by hand from two seed articles (test/fixtures/query/make-graph.mjs). */
export const FIXTURE = `${ROOT}test/fixtures/query`;

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function cli(args: string[], input?: string, env: NodeJS.ProcessEnv = {}): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    input: input ?? '',
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A process whose output can be awaited piece by piece. */
export class Driven {
  private out = '';
  private waiters: { test: (s: string) => boolean; resolve: () => void }[] = [];
  readonly exited: Promise<number | null>;

  constructor(readonly child: ChildProcessWithoutNullStreams) {
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    const take = (chunk: string) => {
      this.out += chunk;
      this.waiters = this.waiters.filter((w) => (w.test(this.text) ? (w.resolve(), false) : true));
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    this.exited = new Promise((resolve) => child.on('close', resolve));
  }

  /** Everything printed so far, terminal control sequences removed. */
  get text(): string {
    return stripVTControlCharacters(this.out).replace(/\r/g, '');
  }

  /** Waits until the output (after `from` characters) matches. */
  waitFor(pattern: RegExp | string, from = 0, ms = 30_000): Promise<string> {
    const test = (s: string) =>
      typeof pattern === 'string' ? s.slice(from).includes(pattern) : pattern.test(s.slice(from));
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`timed out waiting for ${pattern}; output:\n${this.text.slice(from)}`)),
        ms,
      );
      const done = () => {
        clearTimeout(timer);
        resolve(this.text.slice(from));
      };
      if (test(this.text)) done();
      else this.waiters.push({ test, resolve: done });
    });
  }

  write(text: string): void {
    this.child.stdin.write(text);
  }
}

/** The shell with piped stdin/stdout (no terminal: no prompts, no echo). */
export function shell(args: string[] = ['--graph', FIXTURE], env: NodeJS.ProcessEnv = {}): Driven {
  return new Driven(
    spawn(process.execPath, [BIN, 'repl', ...args], { cwd: ROOT, env: { ...process.env, ...env } }),
  );
}

/** The shell in a pseudo-terminal (util-linux `script`), for completion, history and Ctrl-C. */
export function terminalShell(args: string[] = ['--graph', FIXTURE], env: NodeJS.ProcessEnv = {}): Driven {
  const command = [process.execPath, BIN, 'repl', ...args]
    .map((a) => `'${a.replace(/'/g, `'\\''`)}'`)
    .join(' ');
  return new Driven(
    spawn('script', ['-qfec', `stty cols 200; exec ${command}`, '/dev/null'], {
      cwd: ROOT,
      env: { ...process.env, TERM: 'xterm', ...env },
    }),
  );
}

/** A query that runs for minutes on any graph: a four-way cross join of all triples. */
export const SLOW_QUERY = 'SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }';
