// Test corpora made on the fly in temp folders (large and binary files are never committed).
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, tempDir } from './cli.js';

export const SEEDS = join(ROOT, 'seeds');

/** A copy of seeds/ (plus the HTML and Markdown fixtures when asked) in a temp folder. */
export function seedCorpus(withOtherFormats = false): string {
  const dir = join(tempDir('corpus'), 'articles');
  cpSync(SEEDS, dir, { recursive: true });
  if (withOtherFormats) {
    mkdirSync(join(dir, 'web'));
    cpSync(join(ROOT, 'test/fixtures/ingest/article.html'), join(dir, 'web', 'canada grid.html'));
    cpSync(join(ROOT, 'test/fixtures/ingest/article.md'), join(dir, 'web', 'pact.md'));
  }
  return dir;
}

export function write(dir: string, name: string, data: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, data);
  return path;
}
