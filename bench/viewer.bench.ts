// The viewer on synthetic graphs of 2,000 and 20,000 actors: server start (layout + metrics,
// uncached and cached), time to first render in the browser, and frame times, in headless
// Debian chromium. Headless chromium draws WebGL with SwiftShader (software GL on the CPU), so
// these are software-GL figures: a GPU renders much faster. Writes bench/results/viewer.json.
//
//   npm run bench -- viewer
//   BENCH_VIEWER_SIZES=2000 npm run bench -- viewer
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ENTITY_TYPES, EVENT_CLASSES, type GraphModel } from '../src/model/types.js';
import { launchChromium, serve } from '../test/browser/harness.js';
import { seededRandom } from '../src/util/seeded-random.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const RESULTS = join(ROOT, 'bench', 'results', 'viewer.json');
const SIZES = (process.env.BENCH_VIEWER_SIZES ?? '2000,20000').split(',').map(Number);
/** Frames measured per size: software GL needs seconds per frame at 20,000 actors. */
const framesFor = (actors: number) => (actors > 5000 ? 8 : 30);

/** A news-like graph: few hubs, many minor actors (preferential attachment), 1.5 events per actor. */
function syntheticGraph(actors: number): GraphModel {
  const rand = seededRandom(actors);
  const docs = Math.max(1, Math.floor(actors / 10));
  const documents = Array.from({ length: docs }, (_, i) => ({
    id: `doc-${i}`,
    file: `doc-${i}.txt`,
    sha256: '0'.repeat(64),
    format: 'txt' as const,
    headline: `Synthetic article ${i}`,
    date: `2024-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
    words: 500,
  }));
  const entities = Array.from({ length: actors }, (_, i) => ({
    id: `actor-${i}`,
    label: `Actor ${i}`,
    type: ENTITY_TYPES[i % ENTITY_TYPES.length]!,
    aliases: [`A${i}`],
  }));
  const ends: number[] = [0, 1];
  const events: GraphModel['events'] = [];
  const seen = new Set<string>();
  for (let i = 0; events.length < actors * 1.5; i++) {
    const fresh = Math.min(actors - 1, 2 + Math.floor(i / 1.5));
    const agent = rand() < 0.5 ? fresh : ends[Math.floor(rand() * ends.length)]!;
    const target = ends[Math.floor(rand() * ends.length)]!;
    if (agent === target) continue;
    const cls = EVENT_CLASSES[Math.floor(rand() * EVENT_CLASSES.length)]!;
    const id = `${cls.toLowerCase()}/actor-${agent}--actor-${target}`;
    if (seen.has(id)) continue;
    seen.add(id);
    ends.push(agent, target);
    const sources = 1 + Math.floor(rand() * rand() * 5);
    events.push({
      id,
      cls,
      agent: `actor-${agent}`,
      target: `actor-${target}`,
      negated: false,
      confidence: 0.9,
      trigger: 'synthetic',
      evidence: Array.from({ length: sources }, (_, k) => ({
        doc: `doc-${(i + k * 7) % docs}`,
        start: 0,
        end: 9,
        text: 'Synthetic',
      })),
    });
  }
  return { version: 1, documents, entities, events };
}

// Kept outside page.evaluate: tsx's name helpers do not exist in the page.
function median(xs: number[]): number {
  return [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
}

interface Row {
  actors: number;
  events: number;
  'server start, layout computed (s)': number;
  'server start, layout cached (s)': number;
  'first render (ms)': number;
  'frame while panning (ms)': number;
  'full refresh (ms)': number;
}

async function measure(actors: number): Promise<Row> {
  const dir = mkdtempSync(join(tmpdir(), `newsgraph-viewer-bench-${actors}-`));
  const model = syntheticGraph(actors);
  writeFileSync(join(dir, 'graph.json'), JSON.stringify(model));
  mkdirSync(join(dir, 'texts'));
  for (const d of model.documents)
    writeFileSync(join(dir, 'texts', `${d.id}.txt`), 'Synthetic article text.');

  let t = performance.now();
  const first = await serve(dir);
  const uncached = (performance.now() - t) / 1000;
  await first.stop();
  t = performance.now();
  const server = await serve(dir);
  const cached = (performance.now() - t) / 1000;

  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(server.url);
    await page.waitForFunction(() => window.newsgraph?.ready === true, null, {
      polling: 50,
      timeout: 300_000,
    });
    // Navigation start to the first frame drawn after the viewer is ready (fetch, parse, build, draw).
    const firstRender = await page.evaluate(
      () => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now()))),
    );
    const frames = await page.evaluate(async (count) => {
      const renderer = window.newsgraph!.renderer!;
      const camera = renderer.getCamera();
      // Panning: sigma redraws on each camera change (no re-indexing of the graph).
      const times: number[] = [];
      for (let i = 0; i < count; i++) {
        await new Promise<void>((resolve) => {
          const start = performance.now();
          renderer.once('afterRender', () => {
            times.push(performance.now() - start);
            resolve();
          });
          camera.setState({ x: 0.5 + 0.1 * Math.sin(i / 5), y: 0.5 + 0.1 * Math.cos(i / 5), ratio: 0.8 });
        });
      }
      // A full refresh re-reads every node and edge through the reducers (what a filter change costs).
      const refresh: number[] = [];
      for (let i = 0; i < 5; i++) {
        const start = performance.now();
        renderer.refresh();
        refresh.push(performance.now() - start);
      }
      return { pan: times, refresh };
    }, framesFor(actors));
    return {
      actors,
      events: model.events.length,
      'server start, layout computed (s)': +uncached.toFixed(2),
      'server start, layout cached (s)': +cached.toFixed(2),
      'first render (ms)': Math.round(firstRender),
      'frame while panning (ms)': +median(frames.pan).toFixed(1),
      'full refresh (ms)': +median(frames.refresh).toFixed(1),
    };
  } finally {
    await browser.close();
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

// Like the Virtuoso bench: where Debian's chromium is not installed (.ci/run installs it), say so.
if (!existsSync('/usr/bin/chromium')) {
  process.stderr.write('chromium is not installed: skipped (apt-get install chromium)\n');
  mkdirSync(dirname(RESULTS), { recursive: true });
  writeFileSync(
    RESULTS,
    `${JSON.stringify({ rows: [], notes: ['Skipped: chromium is not installed on this machine.'] }, null, 2)}\n`,
  );
  process.exit(0);
}

const rows: Row[] = [];
for (const size of SIZES) {
  process.stderr.write(`viewer bench: ${size} actors\n`);
  rows.push(await measure(size));
  process.stderr.write(`${JSON.stringify(rows.at(-1))}\n`);
}
mkdirSync(dirname(RESULTS), { recursive: true });
writeFileSync(
  RESULTS,
  `${JSON.stringify(
    {
      tables: { 'Viewer: headless chromium, SwiftShader software GL': rows },
      notes: [
        'Software-GL figures: headless chromium renders WebGL with SwiftShader on the CPU (--enable-unsafe-swiftshader); a real GPU is much faster.',
        'Server start = from spawning `newsgraph serve` to its "Viewer:" line: loading graph.json, ForceAtlas2 layout, PageRank, Louvain (and betweenness up to 5,000 actors), then cached in layout.json.',
        'First render = navigation start to the first animation frame after the viewer is ready (fetch /api/graph, build the graph, first sigma render).',
        'Frame while panning = median time from a camera change to sigma’s afterRender; full refresh = median of renderer.refresh() (reducers over every node and edge).',
      ],
    },
    null,
    2,
  )}\n`,
);
console.log(JSON.stringify(rows, null, 2));
