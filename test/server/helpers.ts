import { cpSync, mkdtempSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** A copy of the viewer fixture graph in a fresh folder (the server writes layout.json there). */
export function fixtureCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-server-'));
  cpSync(join(ROOT, 'test/fixtures/viewer'), dir, { recursive: true });
  return dir;
}

/** GET with the path sent exactly as given (fetch would normalise "/../"). */
export function rawGet(base: string, path: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}
