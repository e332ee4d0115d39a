// What every shell command is, and the helpers they share for arguments and answers.
import { UsageError } from '../../errors.js';
import type { Actor } from '../actors.js';
import type { Session } from '../session.js';
import type { Row, Term } from '../types.js';

export interface Command {
  name: string;
  /** e.g. ':neighbors ACTOR [--in|--out] [--class CLASS]' */
  usage: string;
  summary: string;
  run(session: Session, args: string[]): Promise<void>;
}

/** Splits a command line into words; "double" or 'single' quotes keep spaces. */
export function words(line: string): string[] {
  const out: string[] = [];
  const re = /"([^"]*)"?|'([^']*)'?|(\S+)/g;
  for (let m = re.exec(line); m; m = re.exec(line)) out.push(m[1] ?? m[2] ?? m[3]!);
  return out;
}

/** Removes --flags (with their value when `valued` lists them) from the words. */
export function flags(
  args: string[],
  valued: string[] = [],
): { rest: string[]; flags: Map<string, string | true> } {
  const rest: string[] = [];
  const found = new Map<string, string | true>();
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (!a.startsWith('--')) rest.push(a);
    else if (valued.includes(a)) {
      const v = args[++i];
      if (v === undefined) throw new UsageError(`${a} needs a value`);
      found.set(a, v);
    } else found.set(a, true);
  }
  return { rest, flags: found };
}

/** One actor named by all the words (so `:events United States` needs no quotes). */
export async function oneActor(session: Session, args: string[], usage: string): Promise<Actor> {
  if (args.length === 0) throw new UsageError(`usage: ${usage}`);
  return (await session.actors()).resolve(args.join(' '));
}

/** Two actors: quoted names, or the one split of the words where both sides are known names. */
export async function twoActors(session: Session, args: string[], usage: string): Promise<[Actor, Actor]> {
  const index = await session.actors();
  if (args.length === 2) return [index.resolve(args[0]!), index.resolve(args[1]!)];
  for (let i = 1; i < args.length; i++) {
    const a = args.slice(0, i).join(' ');
    const b = args.slice(i).join(' ');
    if (index.lookup(a).length === 1 && index.lookup(b).length === 1)
      return [index.resolve(a), index.resolve(b)];
  }
  throw new UsageError(`usage: ${usage} (quote names with spaces: "John Kerry")`);
}

export const iri = (a: Actor | string) => `<${typeof a === 'string' ? a : a.iri}>`;

export const lit = (value: string | number): Term =>
  typeof value === 'number'
    ? {
        termType: 'Literal',
        value: String(value),
        datatype: Number.isInteger(value)
          ? 'http://www.w3.org/2001/XMLSchema#integer'
          : 'http://www.w3.org/2001/XMLSchema#decimal',
      }
    : { termType: 'Literal', value };

export const node = (value: string): Term => ({ termType: 'NamedNode', value });

/** Shows rows computed in JavaScript (graph commands) the way query answers are shown. */
export async function showRows(session: Session, vars: string[], rows: Row[], ms: number): Promise<void> {
  await session.show({ kind: 'bindings', vars, rows }, ms);
}

/** Compiles to SPARQL, runs it, shows the answer. */
export async function runQuery(session: Session, sparql: string): Promise<void> {
  const { result, ms } = await session.query(sparql);
  await session.show(result, ms);
}
