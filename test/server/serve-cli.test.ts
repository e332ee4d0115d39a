// `newsgraph serve` through the real CLI: what it prints, where it binds, how it fails.
import { spawn, spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureCopy, ROOT } from './helpers.js';

const CLI = join(ROOT, 'bin/newsgraph.js');
const run = (...args: string[]) =>
  spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 20_000 });

describe('newsgraph serve', () => {
  let blocker: Server;
  let busyPort: number;

  beforeAll(async () => {
    blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    busyPort = (blocker.address() as { port: number }).port;
  });
  afterAll(() => new Promise<void>((resolve) => blocker.close(() => resolve())));

  it('says so in one line and exits 1 when the port is in use', () => {
    const r = run('serve', fixtureCopy(), '--port', String(busyPort), '--no-open');
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`newsgraph: port ${busyPort} on 127.0.0.1 is in use: pick another with --port\n`);
  });

  it('names the folder when there is no built graph', () => {
    const empty = mkdtempSync(join(tmpdir(), 'newsgraph-empty-'));
    const r = run('serve', empty, '--port', '0', '--no-open');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(
      new RegExp(`^newsgraph: .*${empty.replace(/[/\\^$.*+?()[\]{}|-]/g, '\\$&')}.*\\n$`),
    );
    expect(r.stderr).not.toContain('    at ');
  });

  it('rejects a port that is not a number (usage error, exit 2)', () => {
    const r = run('serve', fixtureCopy(), '--port', 'http');
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('newsgraph: --port http: expected a number from 0 to 65535\n');
  });

  it('prints the viewer URL on 127.0.0.1 and stops cleanly on SIGTERM', async () => {
    const child = spawn(process.execPath, [CLI, 'serve', fixtureCopy(), '--port', '0', '--no-open'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /^Viewer: (http:\/\/127\.0\.0\.1:\d+\/)\n/.exec(out);
        if (m) resolve(m[1]!);
      });
      child.on('exit', (code) => reject(new Error(`exited ${code}`)));
    });
    const res = await fetch(new URL('api/graph', url));
    expect(res.status).toBe(200);
    const code = await new Promise<number | null>((resolve) => {
      child.on('exit', (c) => resolve(c));
      child.kill('SIGTERM');
    });
    expect(code).toBe(0);
  });
});
