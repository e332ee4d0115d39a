// Query engine speed: load time, and p50/p95 latency of every named question (ontology/queries),
// on the seeds graph (built by the real CLI) and on a synthetic graph of about 1M triples shaped
// like a real one (generated here into a temp folder, never committed).
// Run: node --import tsx bench/query.bench.ts [--triples N] [--runs N]
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFileAtomic } from '../src/graph/atomic.js';
import { NGD, PREFIXES } from '../src/graph/prefixes.js';
import { ENTITY_TYPES, EVENT_CLASSES } from '../src/model/types.js';
import { LocalEngine } from '../src/query/engine.js';
import { listQuestions } from '../src/query/questions.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const TARGET_TRIPLES = arg('--triples', 1_000_000);
const RUNS = arg('--runs', 7);
const TIMEOUT_MS = 120_000;

function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), s | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A graph with the design's vocabulary and a news-like shape: a few actors (countries) are in a
 * large share of events (Zipf-like), which is what makes naive joins through them explode.
 * About 21 triples an event with its evidence.
 */
function syntheticTurtle(targetTriples: number): { text: string; triples: number } {
  const rand = seededRandom(42);
  const events = Math.round(targetTriples / 21);
  const entities = Math.max(50, Math.round(events / 10));
  const docs = Math.max(20, Math.round(events / 25));
  const zipf = () => Math.min(entities - 1, Math.floor(entities ** rand() - 1));
  const out: string[] = Object.entries(PREFIXES).map(([p, iri]) => `@prefix ${p}: <${iri}> .`);
  let triples = 0;
  const add = (s: string, body: string, n: number) => {
    out.push(`${s} ${body} .`);
    triples += n;
  };
  for (const t of ENTITY_TYPES) if (t !== 'Place') add(`ng:${t}`, 'rdfs:subClassOf ng:Actor', 1);
  for (const c of EVENT_CLASSES) add(`ng:${c}`, 'rdfs:subClassOf ng:Event', 1);
  for (let d = 0; d < docs; d++) {
    add(
      `<${NGD}doc/d${d}>`,
      `a ng:Document ; schema:headline "Headline ${d}" ; schema:datePublished "2015-${String(1 + (d % 12)).padStart(2, '0')}-01"^^xsd:date ; ng:fileName "d${d}.txt"`,
      4,
    );
  }
  for (let e = 0; e < entities; e++) {
    const type = ENTITY_TYPES[e % ENTITY_TYPES.length]!;
    add(
      `<${NGD}entity/e${e}>`,
      `a ng:${type} ; rdfs:label "Actor ${e}" ; skos:prefLabel "Actor ${e}" ; skos:altLabel "A${e}" ; ng:country <${NGD}entity/e${e % 30}>`,
      5,
    );
  }
  for (let i = 0; i < events; i++) {
    const cls = EVENT_CLASSES[Math.floor(rand() * EVENT_CLASSES.length)]!;
    const agent = zipf();
    const target = zipf();
    const s = `<${NGD}event/${cls.toLowerCase()}/${i}>`;
    const sources = 1 + Math.floor(rand() * 3);
    const parts = [
      `a ng:${cls}`,
      `rdfs:label "Actor ${agent} ${cls} Actor ${target}"`,
      `ng:agent <${NGD}entity/e${agent}>`,
      `ng:target <${NGD}entity/e${target}>`,
      `ng:trigger "said"`,
      `ng:negated false`,
      `ng:confidence 0.8`,
      `ng:sourceCount ${sources}`,
    ];
    let n = parts.length;
    if ((cls === 'Accusation' || cls === 'Denial') && i > 0 && rand() < 0.7) {
      parts.push(`ng:about <${NGD}event/cyberattack/${Math.floor(rand() * i)}>`);
      n++;
    }
    if (cls === 'Statement') {
      parts.push(`ng:quote "quoted words ${i}"`);
      n++;
    }
    const mentions: string[] = [];
    for (let k = 0; k < sources; k++) {
      const d = Math.floor(rand() * docs);
      const m = `<${NGD}mention/d${d}/${i}-${i + 40}>`;
      parts.push(`ng:mention ${m}`, `prov:wasDerivedFrom <${NGD}doc/d${d}>`);
      n += 2;
      mentions.push(
        `${m} a ng:Mention ; ng:document <${NGD}doc/d${d}> ; ng:start ${i} ; ng:end ${i + 40} ; ng:text "evidence sentence ${i}" .`,
      );
      triples += 5;
    }
    add(s, parts.join(' ; '), n);
    out.push(...mentions);
  }
  return { text: `${out.join('\n')}\n`, triples };
}

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
const round = (ms: number) => Math.round(ms * 10) / 10;

interface Row {
  graph: string;
  question: string;
  rows?: number;
  'p50 ms'?: number;
  'p95 ms'?: number;
  note?: string;
}

async function measure(
  label: string,
  graphDir: string,
): Promise<{ load: Record<string, number | string>; rows: Row[] }> {
  const t0 = performance.now();
  const engine = new LocalEngine({ graphDir, timeoutMs: TIMEOUT_MS });
  const loaded = await engine.ready();
  const load = {
    graph: label,
    triples: loaded.triples,
    'load s (store)': round(loaded.ms / 1000),
    'load s (wall)': round((performance.now() - t0) / 1000),
  };
  process.stderr.write(`${label}: ${loaded.triples} triples loaded in ${load['load s (wall)']} s\n`);
  const rows: Row[] = [];
  for (const q of listQuestions(join(root, 'ontology/queries'))) {
    const times: number[] = [];
    let count = 0;
    try {
      for (let r = 0; r < RUNS; r++) {
        const start = performance.now();
        const result = await engine.query(q.sparql);
        times.push(performance.now() - start);
        count = result.kind === 'bindings' ? result.rows.length : 0;
      }
      times.sort((a, b) => a - b);
      rows.push({
        graph: label,
        question: q.name,
        rows: count,
        'p50 ms': round(quantile(times, 0.5)),
        'p95 ms': round(quantile(times, 0.95)),
      });
    } catch (err) {
      rows.push({ graph: label, question: q.name, note: (err as Error).message.slice(0, 80) });
    }
    process.stderr.write(`  ${q.name}: ${JSON.stringify(rows.at(-1))}\n`);
  }
  await engine.close();
  return { load, rows };
}

const work = mkdtempSync(join(tmpdir(), 'ng-query-bench-'));
try {
  const seeds = join(work, 'seeds');
  const build = spawnSync(
    process.execPath,
    [join(root, 'bin/newsgraph.js'), 'build', join(root, 'seeds'), '--out', seeds],
    { encoding: 'utf8' },
  );
  if (build.status !== 0) throw new Error(`building the seeds graph failed: ${build.stderr}`);

  const synthetic = join(work, 'synthetic');
  const t0 = performance.now();
  const { text, triples } = syntheticTurtle(TARGET_TRIPLES);
  mkdirSync(synthetic, { recursive: true });
  writeFileSync(join(synthetic, 'graph.ttl'), text);
  process.stderr.write(
    `synthetic graph: ${triples} triples (${(text.length / 2 ** 20).toFixed(0)} MiB) generated in ${round((performance.now() - t0) / 1000)} s\n`,
  );

  const results = [
    await measure('seeds', seeds),
    await measure(`synthetic ${Math.round(triples / 1000)}k`, synthetic),
  ];
  const tables = {
    'query engine load': results.map((r) => r.load),
    'named questions latency': results.flatMap((r) => r.rows),
  };
  for (const [title, rows] of Object.entries(tables)) {
    process.stdout.write(`\n${title}\n`);
    console.table(rows);
  }
  await writeFileAtomic(
    join(root, 'bench/results/query.json'),
    `${JSON.stringify({ when: new Date().toISOString(), tables, notes: [`${RUNS} runs per question after loading; time limit ${TIMEOUT_MS / 1000} s; oxigraph in a worker thread, as the shell runs it`] }, null, 2)}\n`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
