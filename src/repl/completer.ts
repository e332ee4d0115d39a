// Tab completion: commands, SPARQL keywords, the graph's prefixed names, and actor names (to the
// label in commands, to the IRI inside SPARQL).
import type { ActorIndex } from '../query/actors.js';
import { COMMANDS } from '../query/commands/index.js';
import { PREFIXES } from '../graph/prefixes.js';

export const SPARQL_KEYWORDS = [
  'SELECT',
  'DISTINCT',
  'REDUCED',
  'WHERE',
  'FILTER',
  'OPTIONAL',
  'UNION',
  'MINUS',
  'GRAPH',
  'BIND',
  'VALUES',
  'ORDER',
  'BY',
  'ASC',
  'DESC',
  'LIMIT',
  'OFFSET',
  'GROUP',
  'HAVING',
  'COUNT',
  'SUM',
  'MIN',
  'MAX',
  'AVG',
  'SAMPLE',
  'GROUP_CONCAT',
  'SEPARATOR',
  'ASK',
  'CONSTRUCT',
  'DESCRIBE',
  'PREFIX',
  'BASE',
  'AS',
  'EXISTS',
  'NOT',
  'IN',
  'STR',
  'LANG',
  'LCASE',
  'UCASE',
  'CONTAINS',
  'STRSTARTS',
  'STRENDS',
  'REGEX',
  'REPLACE',
  'CONCAT',
  'COALESCE',
  'IF',
  'BOUND',
  'ISIRI',
  'ISLITERAL',
  'INSERT',
  'DELETE',
  'DATA',
  'SERVICE',
] as const;

export const SHELL_WORDS = [...COMMANDS.map((c) => `:${c.name}`), ':quit'];

export interface Completion {
  /** Candidates, each starting with `partial`. */
  candidates: string[];
  partial: string;
  /** A unique actor: replace `partial` with its label (in commands) or its IRI (in SPARQL). */
  replaceWith?: string;
}

/** Each suffix of the line that starts a word, longest first: "Unit 61", then "61". */
function wordSuffixes(text: string): string[] {
  const out: string[] = [];
  const re = /(^|\s)(?=\S)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(text.slice(m.index + m[1]!.length));
    if (re.lastIndex === m.index) re.lastIndex++;
  }
  if (/\s$/.test(text) || text === '') out.push('');
  return out;
}

function actorMatches(
  index: ActorIndex | undefined,
  text: string,
): { partial: string; names: string[] } | undefined {
  if (!index) return undefined;
  for (const suffix of wordSuffixes(text).map((s) => s.replace(/^["']/, ''))) {
    if (!suffix) continue;
    const lower = suffix.toLowerCase();
    const names = [...new Set(index.names().filter((n) => n.toLowerCase().startsWith(lower)))].sort();
    if (names.length) return { partial: suffix, names };
  }
  return undefined;
}

/** Keeps what was typed and adds the rest of the name, so readline's insertion stays correct. */
const extend = (partial: string, names: string[]) => names.map((n) => partial + n.slice(partial.length));

export function complete(
  line: string,
  actors: ActorIndex | undefined,
  prefixedNames: readonly string[],
  inCommand: boolean,
): Completion {
  const trimmed = line.trimStart();
  if (inCommand || trimmed.startsWith(':')) {
    if (!/\s/.test(trimmed)) {
      return { candidates: SHELL_WORDS.filter((w) => w.startsWith(trimmed)), partial: trimmed };
    }
    const args = trimmed.replace(/^\S+\s+/, '');
    if (/^:(format)\s/.test(trimmed)) return { candidates: [], partial: '' };
    const m = actorMatches(actors, args);
    if (!m) return { candidates: [], partial: '' };
    // One actor however it was typed (any case, an alias): its label.
    const matched = new Set(m.names.flatMap((n) => actors!.lookup(n)));
    if (matched.size === 1)
      return { candidates: [], partial: m.partial, replaceWith: [...matched][0]!.label };
    return { candidates: extend(m.partial, m.names), partial: m.partial };
  }
  const token = /[^\s{}()<>,;]*$/.exec(line)?.[0] ?? '';
  if (token.includes(':')) {
    const known = [...Object.keys(PREFIXES).map((p) => `${p}:`), ...prefixedNames];
    return { candidates: known.filter((n) => n.startsWith(token)), partial: token };
  }
  const candidates: string[] = [];
  if (token) {
    const upper = token === token.toLowerCase() ? (k: string) => k.toLowerCase() : (k: string) => k;
    candidates.push(
      ...SPARQL_KEYWORDS.filter((k) => k.startsWith(token.toUpperCase())).map(
        (k) => token + upper(k).slice(token.length),
      ),
    );
    candidates.push(
      ...Object.keys(PREFIXES)
        .filter((p) => p.startsWith(token))
        .map((p) => `${p}:`),
    );
  }
  const m = actorMatches(actors, line);
  if (m) {
    const iris = new Set(m.names.flatMap((n) => actors!.lookup(n).map((a) => a.iri)));
    if (candidates.length === 0 && iris.size === 1) {
      return { candidates: [], partial: m.partial, replaceWith: `<${[...iris][0]}>` };
    }
    if (m.partial === token) candidates.push(...extend(m.partial, m.names));
  }
  return { candidates: [...new Set(candidates)], partial: token };
}
