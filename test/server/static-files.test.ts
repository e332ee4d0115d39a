import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/server/server.js';
import { resolveStaticPath } from '../../src/server/static-files.js';
import { fixtureCopy, rawGet } from './helpers.js';

describe('static files cannot escape viewer/dist', () => {
  let server: RunningServer;
  let root: string;

  beforeAll(async () => {
    // A viewer folder with a secret file next to it: no request may reach the secret.
    const parent = mkdtempSync(join(tmpdir(), 'newsgraph-static-'));
    root = join(parent, 'dist');
    mkdirSync(join(root, 'assets'), { recursive: true });
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>viewer</title>');
    writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(join(parent, 'secret.txt'), 'SECRET');
    server = await startServer({ graphDir: fixtureCopy(), port: 0, viewerDir: root });
  });
  afterAll(() => server.close());

  it('serves the viewer with the right types', async () => {
    const index = await fetch(server.url);
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await index.text()).toContain('<title>viewer</title>');
    const js = await fetch(new URL('assets/app.js', server.url));
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/..%2fsecret.txt',
    '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    '/..%5csecret.txt',
    '/%00/../secret.txt',
    '/%E0%A4%A',
  ])('refuses %s', async (path) => {
    const res = await rawGet(server.url, path);
    expect(res.status).toBe(404);
    expect(res.body).not.toContain('SECRET');
  });

  it('resolves only paths inside the root', () => {
    expect(resolveStaticPath(root, '/')).toBe(join(root, 'index.html'));
    expect(resolveStaticPath(root, '/assets/app.js')).toBe(join(root, 'assets', 'app.js'));
    expect(resolveStaticPath(root, '/../secret.txt')).toBeUndefined();
    expect(resolveStaticPath(root, '/%2e%2e/%2e%2e/etc/passwd')).toBeUndefined();
    expect(resolveStaticPath(root, '/a\0b')).toBeUndefined();
  });

  it('does not accept writes', async () => {
    const res = await fetch(server.url, { method: 'POST', body: 'x' });
    expect(res.status).toBe(405);
  });
});
