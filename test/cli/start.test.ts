// `newsgraph start` (what `npm start` runs): build, then the viewer and the shell on one engine.
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, tempDir } from '../build/cli.js';

interface Started {
  stdout: string;
  stderr: string;
  code: number | null;
  viewerAnswer: { actors: { label: string }[] };
}

/** Starts `newsgraph start`, asks the viewer's API once the URL is printed, then types `lines` into the shell. */
function start(args: string[], lines: string): Promise<Started> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'start', ...args], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    let viewerAnswer: Started['viewerAnswer'] | undefined;
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      const before = stdout;
      stdout += d.toString();
      const url = /Viewer: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(stdout)?.[1];
      if (url && !/Viewer: /.test(before)) {
        fetch(`${url}api/graph`)
          .then((r) => r.json() as Promise<Started['viewerAnswer']>)
          .then((json) => {
            viewerAnswer = json;
            child.stdin.end(lines);
          }, reject);
      }
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (!viewerAnswer) return reject(new Error(`no viewer:\n${stdout}\n${stderr}`));
      resolve({ stdout, stderr, code, viewerAnswer });
    });
  });
}

describe('newsgraph start', () => {
  let busy: Server;
  let busyPort: number;

  beforeAll(async () => {
    busy = createServer();
    await new Promise<void>((done) => busy.listen(0, '127.0.0.1', done));
    busyPort = (busy.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((done) => busy.close(() => done())));

  it('builds the seeds, serves the viewer and answers in the shell until :quit', async () => {
    const out = join(tempDir('start'), 'out');
    const run = await start(['seeds', '--out', out, '--port', '0'], ':accusations China\n:quit\n');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^built ${out}: 5 documents`, 'm'));
    expect(run.viewerAnswer.actors.map((a) => a.label)).toContain('John Kerry');
    // The shell answered from the same graph, citing an article.
    expect(run.stdout).toMatch(/United States\s+│\s+China/);
    expect(run.stdout).toMatch(/\d+ rows \(\d+ ms\)/);
  });

  it('serves on a free port when the asked one is taken, and says so', async () => {
    const out = join(tempDir('start'), 'out');
    const run = await start(['seeds', '--out', out, '--port', String(busyPort)], ':quit\n');
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`port ${busyPort} on 127.0.0.1 is in use: serving on a free port instead`);
    expect(run.stdout).not.toContain(`127.0.0.1:${busyPort}/`);
  });
});
