// The library of named questions: ontology/queries/NAME.rq, each opening with a `# comment` line.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UsageError } from '../errors.js';
import { nearest } from './nearest.js';

/** The package's own library (from dist/query/ and from src/query/ alike). */
export const DEFAULT_QUERIES_DIR = fileURLToPath(new URL('../../ontology/queries/', import.meta.url));

export interface Question {
  name: string;
  comment: string;
  sparql: string;
}

export function listQuestions(dir: string): Question[] {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.rq'));
  } catch {
    return [];
  }
  return files.sort().map((f) => {
    const sparql = readFileSync(join(dir, f), 'utf8');
    const first = sparql.split('\n', 1)[0] ?? '';
    return { name: f.slice(0, -3), comment: first.startsWith('#') ? first.replace(/^#\s*/, '') : '', sparql };
  });
}

export function findQuestion(dir: string, name: string): Question {
  const all = listQuestions(dir);
  const q = all.find((x) => x.name === name.replace(/\.rq$/, ''));
  if (q) return q;
  const close = nearest(
    name,
    all.map((x) => x.name),
  );
  throw new UsageError(
    `no question called "${name}"${close.length ? `; did you mean ${close.join(', ')}?` : ''} (:questions lists them)`,
  );
}
