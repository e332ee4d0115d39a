// Commands compiled to SPARQL: what an actor did, said, was accused of, and the sentences behind it.
import { UsageError } from '../../errors.js';
import { NG, PREFIXES } from '../../graph/prefixes.js';
import { EVENT_CLASSES } from '../../model/types.js';
import { nearest } from '../nearest.js';
import { flags, iri, oneActor, runQuery, twoActors, type Command } from './command.js';

/** Each piece of evidence of ?e: the sentence and the file it is in. */
const EVIDENCE = `?e ng:mention ?m .
  ?m ng:text ?evidence ; ng:start ?start ; ng:document ?doc .
  OPTIONAL { ?doc ng:fileName ?file }`;

/** Agent, target and incident of one event class, each with its evidence; optionally about one actor. */
function relationQuery(cls: string, agentVar: string, targetVar: string, actor?: string): string {
  const involving = actor ? `{ ?e ng:agent ${actor} } UNION { ?e ng:target ${actor} }\n  ` : '';
  return `SELECT ?${agentVar} ?${targetVar} ?about ?evidence ?file WHERE {
  ${involving}?e a ng:${cls} ; ng:agent ?${agentVar} .
  OPTIONAL { ?e ng:target ?${targetVar} }
  OPTIONAL { ?e ng:about ?about }
  ${EVIDENCE}
}
ORDER BY ?${agentVar} ?${targetVar} ?file ?start`;
}

function relationCommand(
  name: string,
  cls: string,
  agentVar: string,
  targetVar: string,
  summary: string,
): Command {
  const usage = `:${name} [ACTOR]`;
  return {
    name,
    usage,
    summary,
    async run(session, args) {
      const actor = args.length ? iri(await oneActor(session, args, usage)) : undefined;
      await runQuery(session, relationQuery(cls, agentVar, targetVar, actor));
    },
  };
}

/** `<iri>` as is, or a prefixed name of the graph's prefixes as `<iri>`; undefined for a name. */
function explicitIri(word: string): string | undefined {
  if (/^<[^>\s]*>$/.test(word)) return word;
  const m = /^(\w+):(\S+)$/.exec(word);
  const ns = m ? PREFIXES[m[1]!] : undefined;
  return ns ? `<${ns}${m![2]}>` : undefined;
}

const INVOLVING = (x: string) =>
  `{ ?e ng:agent ${x} . BIND("agent" AS ?role) } UNION { ?e ng:target ${x} . BIND("target" AS ?role) }`;

export const EVENT_COMMANDS: Command[] = [
  relationCommand(
    'accusations',
    'Accusation',
    'accuser',
    'accused',
    'who accused whom (of what), with the sentences; only those involving ACTOR if given',
  ),
  relationCommand(
    'denials',
    'Denial',
    'denier',
    'denied',
    'who denied what, with the sentences; only those involving ACTOR if given',
  ),
  {
    name: 'quotes',
    usage: ':quotes ACTOR',
    summary: "the actor's quoted words, with where they appear",
    async run(session, args) {
      const x = iri(await oneActor(session, args, this.usage));
      await runQuery(
        session,
        `SELECT DISTINCT ?quote ?e ?file WHERE {
  ?e ng:agent ${x} ; ng:quote ?quote ; ng:mention ?m .
  ?m ng:document ?doc .
  OPTIONAL { ?doc ng:fileName ?file }
}
ORDER BY ?file ?quote`,
      );
    },
  },
  {
    name: 'events',
    usage: ':events ACTOR',
    summary: 'every event the actor is agent or target of, most-cited first',
    async run(session, args) {
      const x = iri(await oneActor(session, args, this.usage));
      await runQuery(
        session,
        `SELECT ?e ?class ?role ?sources WHERE {
  ${INVOLVING(x)}
  ?e a ?class .
  OPTIONAL { ?e ng:sourceCount ?sources }
}
ORDER BY DESC(?sources) ?class ?e`,
      );
    },
  },
  {
    name: 'timeline',
    usage: ':timeline ACTOR',
    summary: "the actor's events in the order their articles were published, with the sentences",
    async run(session, args) {
      const x = iri(await oneActor(session, args, this.usage));
      await runQuery(
        session,
        `SELECT ?date ?e ?role ?evidence ?file WHERE {
  ${INVOLVING(x)}
  ${EVIDENCE}
  OPTIONAL { ?doc schema:datePublished ?date }
}
ORDER BY ?date ?file ?start`,
      );
    },
  },
  {
    name: 'sources',
    usage: ':sources ACTOR ACTOR',
    summary: 'the sentences behind every event that links the two actors (either way round)',
    async run(session, args) {
      const [a, b] = await twoActors(session, args, this.usage);
      await runQuery(
        session,
        `SELECT ?e ?evidence ?file ?start ?end WHERE {
  { ?e ng:agent ${iri(a)} ; ng:target ${iri(b)} } UNION { ?e ng:agent ${iri(b)} ; ng:target ${iri(a)} }
  ${EVIDENCE}
  ?m ng:end ?end .
}
ORDER BY ?e ?file ?start`,
      );
    },
  },
  {
    name: 'describe',
    usage: ':describe ACTOR|<IRI>|prefix:name',
    summary: 'everything the graph says about an actor (or any IRI), and what points at it',
    async run(session, args) {
      if (!args.length) throw new UsageError(`usage: ${this.usage}`);
      const x = explicitIri(args[0]!) ?? iri(await oneActor(session, args, this.usage));
      await runQuery(
        session,
        `SELECT ?property ?value WHERE {
  { ${x} ?property ?value }
  UNION
  { ?value ?inverse ${x} . BIND(CONCAT("is ", REPLACE(STR(?inverse), "^.*[#/]", ""), " of") AS ?property) }
}
ORDER BY ?property ?value`,
      );
    },
  },
  {
    name: 'neighbors',
    usage: ':neighbors ACTOR [--in|--out] [--class CLASS]',
    summary: 'actors linked to ACTOR by events (--out: it acted on them, --in: they on it), per class',
    async run(session, args) {
      const { rest, flags: f } = flags(args, ['--class']);
      const x = iri(await oneActor(session, rest, this.usage));
      const cls = f.get('--class');
      if (
        typeof cls === 'string' &&
        !(EVENT_CLASSES as readonly string[]).includes(cls.replace(/^ng:/, ''))
      ) {
        const close = nearest(cls.replace(/^ng:/, ''), EVENT_CLASSES, 1);
        throw new UsageError(
          `--class ${cls}: not an event class${close.length ? `; did you mean ${close[0]}?` : ''} (${EVENT_CLASSES.join(', ')})`,
        );
      }
      const out = `{ ?e ng:agent ${x} ; ng:target ?neighbor . BIND("out" AS ?direction) }`;
      const inn = `{ ?e ng:target ${x} ; ng:agent ?neighbor . BIND("in" AS ?direction) }`;
      const sides =
        f.has('--in') && !f.has('--out')
          ? inn
          : f.has('--out') && !f.has('--in')
            ? out
            : `${out}\n  UNION\n  ${inn}`;
      const filter = typeof cls === 'string' ? `\n  FILTER(?class = <${NG}${cls.replace(/^ng:/, '')}>)` : '';
      await runQuery(
        session,
        `SELECT ?neighbor ?direction ?class (COUNT(DISTINCT ?e) AS ?events) WHERE {
  ${sides}
  ?e a ?class .${filter}
}
GROUP BY ?neighbor ?direction ?class
ORDER BY DESC(?events) ?neighbor`,
      );
    },
  },
  {
    name: 'stats',
    usage: ':stats',
    summary: 'how many things of each class the graph holds, and its size in triples',
    async run(session) {
      await runQuery(
        session,
        `SELECT ?class ?count WHERE {
  { SELECT ?class (COUNT(?x) AS ?count) WHERE { ?x a ?class } GROUP BY ?class }
  UNION
  { SELECT ("triples" AS ?class) (COUNT(*) AS ?count) WHERE { ?s ?p ?o } }
}
ORDER BY DESC(?count)`,
      );
    },
  },
];
