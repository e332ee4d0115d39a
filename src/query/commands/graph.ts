// Commands run on the graphology projection of the actors (projection.ts).
import { bidirectional } from 'graphology-shortest-path/unweighted.js';
import { UsageError } from '../../errors.js';
import {
  PROJECTION_QUERY,
  betweenness,
  louvain,
  pagerank,
  undirected,
  type ActorGraph,
} from '../projection.js';
import type { Session } from '../session.js';
import type { Row } from '../types.js';
import { iri, lit, node, oneActor, showRows, twoActors, type Command } from './command.js';
import { seededRandom } from '../../util/seeded-random.js';

/** One sentence (and its file) for each event, to show as the evidence of a hop. */
async function evidenceOf(
  session: Session,
  events: string[],
): Promise<Map<string, { text: string; file?: string }>> {
  const found = new Map<string, { text: string; file?: string }>();
  if (!events.length) return found;
  const { result } = await session.query(`SELECT ?e ?evidence ?file WHERE {
  VALUES ?e { ${events.map(iri).join(' ')} }
  ?e ng:mention ?m .
  ?m ng:text ?evidence ; ng:start ?start ; ng:document ?doc .
  OPTIONAL { ?doc ng:fileName ?file }
}
ORDER BY ?e ?file ?start`);
  if (result.kind === 'bindings') {
    for (const row of result.rows) {
      const e = row.e!.value;
      if (!found.has(e)) found.set(e, { text: row.evidence!.value, file: row.file?.value });
    }
  }
  return found;
}

const eventWeight = (_edge: string, attr: { events: string[] }) => Math.max(1, attr.events.length);

const METRICS: Record<string, (g: ActorGraph) => Record<string, number>> = {
  degree: (g) => {
    const u = undirected(g);
    return Object.fromEntries(u.nodes().map((n) => [n, u.degree(n)]));
  },
  pagerank: (g) => pagerank(g, { getEdgeWeight: eventWeight }),
  betweenness: (g) => betweenness(undirected(g)),
};

export const GRAPH_COMMANDS: Command[] = [
  {
    name: 'path',
    usage: ':path ACTOR ACTOR',
    summary:
      'the shortest chain of events (or "belongs to" links) between two actors, each hop with its evidence',
    async run(session, args) {
      const [a, b] = await twoActors(session, args, this.usage);
      const t0 = performance.now();
      const graph = undirected(await session.actorGraph());
      const path = graph.hasNode(a.iri) && graph.hasNode(b.iri) ? bidirectional(graph, a.iri, b.iri) : null;
      if (!path) {
        session.lastSparql = PROJECTION_QUERY;
        session.print(`no path between ${a.label} and ${b.label}\n`);
        return;
      }
      const hops = path
        .slice(1)
        .map((to, i) => ({ from: path[i]!, to, data: graph.getEdgeAttributes(path[i]!, to) }));
      const evidence = await evidenceOf(
        session,
        hops.flatMap((h) => h.data.events),
      );
      session.lastSparql = `${PROJECTION_QUERY}\n\n# then, for the events on the path:\n${session.lastSparql}`;
      const rows: Row[] = [];
      hops.forEach((hop, i) => {
        const links = hop.data.events.length ? hop.data.events : [undefined];
        for (const e of links) {
          const ev = e ? evidence.get(e) : undefined;
          const row: Row = {
            hop: lit(i + 1),
            from: node(hop.from),
            to: node(hop.to),
            link: e ? node(e) : lit('belongs to (ng:country)'),
          };
          if (ev) row.evidence = lit(ev.text);
          if (ev?.file) row.file = lit(ev.file);
          rows.push(row);
        }
      });
      await showRows(
        session,
        ['hop', 'from', 'to', 'link', 'evidence', 'file'],
        rows,
        performance.now() - t0,
      );
    },
  },
  {
    name: 'ego',
    usage: ':ego ACTOR [K]',
    summary: 'the actors within K hops (default 1) of an actor, nearest first',
    async run(session, args) {
      // A trailing number is K unless it belongs to the name ("Unit 61398").
      const index = await session.actors();
      const lastIsK =
        args.length > 1 && /^\d+$/.test(args.at(-1)!) && index.lookup(args.slice(0, -1).join(' ')).length > 0;
      const k = lastIsK ? Number(args.at(-1)) : 1;
      const x = await oneActor(session, lastIsK ? args.slice(0, -1) : args, this.usage);
      const t0 = performance.now();
      session.lastSparql = PROJECTION_QUERY;
      const graph = undirected(await session.actorGraph());
      const distance = new Map<string, number>([[x.iri, 0]]);
      let frontier = graph.hasNode(x.iri) ? [x.iri] : [];
      for (let d = 1; d <= k && frontier.length; d++) {
        const next: string[] = [];
        for (const n of frontier) {
          for (const m of graph.neighbors(n)) {
            if (!distance.has(m)) {
              distance.set(m, d);
              next.push(m);
            }
          }
        }
        frontier = next;
      }
      const rows: Row[] = [...distance]
        .filter(([n]) => n !== x.iri)
        .sort((p, q) => p[1] - q[1] || graph.degree(q[0]) - graph.degree(p[0]))
        .map(([n, d]) => ({ actor: node(n), distance: lit(d), degree: lit(graph.degree(n)) }));
      await showRows(session, ['actor', 'distance', 'degree'], rows, performance.now() - t0);
    },
  },
  {
    name: 'top',
    usage: ':top degree|pagerank|betweenness [N]',
    summary:
      'the most central actors (default 10): most partners, PageRank over who acts on whom, or betweenness',
    async run(session, args) {
      const metric = METRICS[args[0] ?? ''];
      if (!metric) throw new UsageError(`usage: ${this.usage}`);
      const n = args[1] && /^\d+$/.test(args[1]) ? Number(args[1]) : 10;
      const t0 = performance.now();
      session.lastSparql = PROJECTION_QUERY;
      const scores = metric(await session.actorGraph());
      const rows: Row[] = Object.entries(scores)
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .slice(0, n)
        .map(([a, s], i) => ({
          rank: lit(i + 1),
          actor: node(a),
          [args[0]!]: lit(Number.isInteger(s) ? s : Number(s.toFixed(4))),
        }));
      await showRows(session, ['rank', 'actor', args[0]!], rows, performance.now() - t0);
    },
  },
  {
    name: 'communities',
    usage: ':communities',
    summary: 'groups of actors more linked to each other than to the rest (Louvain)',
    async run(session) {
      const t0 = performance.now();
      session.lastSparql = PROJECTION_QUERY;
      const graph = undirected(await session.actorGraph());
      const labels = (await session.actors()).labels;
      const membership = graph.size
        ? louvain(graph, {
            rng: seededRandom(1),
            getEdgeWeight: (_e, attr) => eventWeight(_e, attr as { events: string[] }),
          })
        : {};
      const groups = new Map<number, string[]>();
      for (const [n, c] of Object.entries(membership))
        groups.set(c, [...(groups.get(c) ?? []), labels.get(n) ?? n]);
      const rows: Row[] = [...groups.values()]
        .sort((a, b) => b.length - a.length)
        .map((members, i) => ({
          community: lit(i + 1),
          size: lit(members.length),
          members: lit(members.sort().join(', ')),
        }));
      await showRows(session, ['community', 'size', 'members'], rows, performance.now() - t0);
    },
  },
];
