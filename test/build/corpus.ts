// Test corpora made on the fly in temp folders (large and binary files are never committed).
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
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

/**
 * Enough files for worker threads (MIN_FILES_FOR_WORKERS): the seeds, the HTML and Markdown
 * fixtures, and two revised copies of each seed (a line added, so each is a document of its own
 * that repeats the same events: merging has work to do).
 */
export function parallelCorpus(): string {
  const dir = seedCorpus(true);
  for (const k of [1, 2]) {
    mkdirSync(join(dir, `revised-${k}`));
    for (const file of readdirSync(SEEDS)) {
      writeFileSync(
        join(dir, `revised-${k}`, file),
        `${readFileSync(join(SEEDS, file), 'utf8')}\nUpdated (${k}).\n`,
      );
    }
  }
  return dir;
}

export function write(dir: string, name: string, data: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, data);
  return path;
}
