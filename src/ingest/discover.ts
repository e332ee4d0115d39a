// Which files a build reads: the files named, and every article file under the folders named.
import { readdir, stat } from 'node:fs/promises';
import { basename, extname, join, relative, resolve, sep } from 'node:path';
import type { ArticleText } from '../model/types.js';

export const FORMATS: Readonly<Record<string, ArticleText['format']>> = {
  '.txt': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
};
const EXTENSIONS = Object.keys(FORMATS).join(', ');

export interface SourceFile {
  /** Absolute path. */
  path: string;
  /** Path relative to the folder it was found under (for a file named directly: its base name), with '/'. */
  rel: string;
  /** The path as the user would write it (the folder given joined with `rel`), for messages. */
  display: string;
  format: ArticleText['format'];
}

/** A path that gave no articles, and why: reported on one line, the rest of the build goes on. */
export interface DiscoveryProblem {
  path: string;
  message: string;
}

function formatOf(path: string): ArticleText['format'] | undefined {
  return FORMATS[extname(path).toLowerCase()];
}

async function walk(dir: string, found: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) await walk(full, found);
    else if (entry.isFile() || (entry.isSymbolicLink() && (await stat(full).catch(() => null))?.isFile())) {
      if (formatOf(full)) found.push(full);
    }
  }
}

/** Files sorted by relative path, so a build reads (and merges) them in the same order every time. */
export async function discover(
  paths: string[],
): Promise<{ sources: SourceFile[]; problems: DiscoveryProblem[] }> {
  const sources: SourceFile[] = [];
  const problems: DiscoveryProblem[] = [];
  for (const given of paths) {
    const abs = resolve(given);
    const info = await stat(abs).catch(() => null);
    if (!info) {
      problems.push({ path: given, message: 'no such file or folder' });
    } else if (info.isDirectory()) {
      const found: string[] = [];
      await walk(abs, found);
      if (found.length === 0)
        problems.push({ path: given, message: `no articles in this folder (looked for ${EXTENSIONS})` });
      for (const path of found.sort()) {
        const rel = relative(abs, path).split(sep).join('/');
        sources.push({ path, rel, display: join(given, rel), format: formatOf(path)! });
      }
    } else {
      const format = formatOf(abs);
      if (format) sources.push({ path: abs, rel: basename(abs), display: given, format });
      else problems.push({ path: given, message: `not an article file (expected ${EXTENSIONS})` });
    }
  }
  // The same file named twice (or found under two folders given) is read once.
  const seen = new Set<string>();
  return { sources: sources.filter((s) => !seen.has(s.path) && seen.add(s.path)), problems };
}
