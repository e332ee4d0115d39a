// The viewer in a real browser (Debian's chromium, software GL), against a graph served by the
// real `newsgraph serve`. Nothing is asserted while the camera animates: waits poll every 100 ms.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Parser } from 'n3';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildSeeds,
  fixtureGraph,
  hasBuildCommand,
  launchChromium,
  ROOT,
  serve,
  type Served,
} from './harness.js';

const ARTIFACTS = join(ROOT, 'test-artifacts');
const POLL = { polling: 100, timeout: 30_000 } as const;
const NG = 'https://w3id.org/newsgraph/ontology#';

/** The seeds graph from the real `newsgraph build` when it exists, else the hand-made fixture. */
async function seedsGraph(): Promise<string> {
  if (!hasBuildCommand()) return fixtureGraph();
  const out = mkdtempSync(join(tmpdir(), 'newsgraph-seeds-'));
  await buildSeeds(out);
  return out;
}

async function openViewer(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => window.newsgraph?.ready === true, null, POLL);
  await settled(page);
}

/** Waits until the camera has stopped moving. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => !window.newsgraph?.renderer?.getCamera().isAnimated(), null, POLL);
}

/** Counts coloured pixels of sigma's node and edge layers, read inside an afterRender handler. */
function drawnPixels(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const renderer = window.newsgraph!.renderer!;
        renderer.once('afterRender', () => {
          const canvases = renderer.getCanvases();
          let count = 0;
          for (const id of ['nodes', 'edges']) {
            const layer = canvases[id]!;
            const copy = document.createElement('canvas');
            copy.width = layer.width;
            copy.height = layer.height;
            const ctx = copy.getContext('2d')!;
            ctx.drawImage(layer, 0, 0);
            const pixels = ctx.getImageData(0, 0, copy.width, copy.height).data;
            for (let i = 3; i < pixels.length; i += 4) if (pixels[i]! > 0) count++;
          }
          resolve(count);
        });
        renderer.refresh();
      }),
  );
}

/** The viewport position of a node, from sigma's own coordinates, offset by the canvas position. */
async function nodeScreenPosition(page: Page, node: string): Promise<{ x: number; y: number }> {
  return page.evaluate((key) => {
    const renderer = window.newsgraph!.renderer!;
    const p = renderer.framedGraphToViewport(renderer.getNodeDisplayData(key)!);
    const box = renderer.getContainer().getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }, node);
}

describe('the viewer on the seeds graph', () => {
  let browser: Browser;
  let server: Served;
  let page: Page;
  let graphDir: string;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    graphDir = await seedsGraph();
    server = await serve(graphDir);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    page.on('pageerror', (e) => consoleErrors.push(e.message));
    await openViewer(page, server.url);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('draws the network on the canvas', async () => {
    expect(await drawnPixels(page)).toBeGreaterThan(500);
    await page.screenshot({ path: join(ARTIFACTS, 'viewer-overview.png') });
  });

  it('searching "Kerry" selects him and opens his evidence', async () => {
    await page.fill('#search-input', 'Kerry');
    await page.waitForSelector('#search-list li[role=option]', { state: 'visible' });
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.newsgraph!.state().node !== undefined, null, POLL);
    await settled(page);
    const selected = await page.evaluate(() => {
      const { state, graph } = window.newsgraph!;
      return graph.getNodeAttribute(state().node!, 'label');
    });
    expect(selected).toMatch(/Kerry/);
    await page.waitForFunction(
      (label) => document.querySelector('#panel-title')?.textContent === label,
      selected,
      POLL,
    );
    expect(await page.locator('#panel-body .mention').count()).toBeGreaterThan(0);
    expect(new URL(page.url()).searchParams.get('node')).toBeTruthy();
    await page.screenshot({ path: join(ARTIFACTS, 'viewer-search-kerry.png') });
  });

  it('a real mouse click on a node opens the evidence panel with a sentence from the right article', async () => {
    await page.click('#filters-reset');
    // Sigma picks nodes from what it last drew: wait for the frame drawn with the new camera.
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const renderer = window.newsgraph!.renderer!;
          renderer.once('afterRender', () => resolve());
          renderer.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
          renderer.refresh(); // draws even when the camera was already there
        }),
    );
    await settled(page);
    // The actor with most events: a hub is never hidden behind another node.
    const hub = await page.evaluate(() => {
      const { graph } = window.newsgraph!;
      return graph
        .filterNodes((_n, a) => a.kind === 'actor')
        .sort((a, b) => graph.degree(b) - graph.degree(a))[0]!;
    });
    const pos = await nodeScreenPosition(page, hub);
    await page.mouse.click(pos.x, pos.y);
    await page.waitForFunction((key) => window.newsgraph!.state().node === key, hub, POLL);
    const label = await page.evaluate((key) => window.newsgraph!.graph.getNodeAttribute(key, 'label'), hub);
    await page.waitForFunction((l) => document.querySelector('#panel-title')?.textContent === l, label, POLL);
    const mention = page.locator('#panel-body .mention').first();
    const docId = (await mention.getAttribute('data-doc'))!;
    const sentence = (await mention.locator('blockquote').textContent())!;
    const highlighted = (await mention.locator('mark').textContent())!;
    const text = readFileSync(join(graphDir, 'texts', `${docId}.txt`), 'utf8');
    expect(text).toContain(sentence);
    expect(sentence).toContain(highlighted);
    const headline = (await mention.locator('.source button').textContent())!;
    const graph = JSON.parse(readFileSync(join(graphDir, 'graph.json'), 'utf8')) as {
      documents: { id: string; headline: string }[];
    };
    expect(graph.documents.find((d) => d.id === docId)?.headline).toBe(headline);

    // The mention opens the article with the span highlighted.
    await mention.locator('.source button').click();
    await page.waitForSelector('#doc-dialog[open] #doc-text mark', POLL);
    expect(await page.locator('#doc-text mark').textContent()).toBe(highlighted);
    await page.screenshot({ path: join(ARTIFACTS, 'viewer-evidence.png') });
    await page.click('#doc-close');
    await page.evaluate(async (key) => {
      const renderer = window.newsgraph!.renderer!;
      const { x, y } = renderer.getNodeDisplayData(key)!;
      await renderer.getCamera().animate({ x, y, ratio: 0.45 }, { duration: 200 });
    }, hub);
    await settled(page);
    await page.screenshot({ path: join(ARTIFACTS, 'viewer-selected.png') });
    // The README shows this view.
    copyFileSync(join(ARTIFACTS, 'viewer-selected.png'), join(ROOT, 'docs/screenshot.png'));
  });

  it('a legend click hides an event class in the graph and the table', async () => {
    const cls = await page.evaluate(() => {
      const { graph } = window.newsgraph!;
      const counts = new Map<string, number>();
      graph.forEachEdge((_e, a) => {
        if (a.event) counts.set(a.color, (counts.get(a.color) ?? 0) + 1);
      });
      return [...document.querySelectorAll<HTMLElement>('#legend-classes button')]
        .filter((b) => Number(b.querySelector('.count')!.textContent) > 0)
        .map((b) => b.dataset.legend!)[0]!;
    });
    const before = await page.locator('#edge-table tbody tr').count();
    await page.click(`#legend-classes button[data-legend="${cls}"]`);
    await page.waitForFunction(
      (c) => window.newsgraph!.state().hiddenClasses.includes(c as never),
      cls,
      POLL,
    );
    const shown = await page.evaluate((c) => {
      const { renderer, graph } = window.newsgraph!;
      const classOf = new Map<string, string>();
      for (const row of document.querySelectorAll<HTMLElement>('#edge-table tbody tr'))
        classOf.set(row.dataset.event!, row.children[1]!.textContent!);
      const visibleOfClass = graph.filterEdges(
        (e, a) =>
          !!a.event && a.event.startsWith(c.toLowerCase() + '/') && !renderer!.getEdgeDisplayData(e)!.hidden,
      );
      return {
        visibleOfClass: visibleOfClass.length,
        rowsOfClass: [...classOf.values()].filter((t) => t.startsWith(c)).length,
      };
    }, cls);
    expect(shown).toEqual({ visibleOfClass: 0, rowsOfClass: 0 });
    expect(await page.locator('#edge-table tbody tr').count()).toBeLessThan(before);
    expect(await page.getAttribute(`#legend-classes button[data-legend="${cls}"]`, 'aria-pressed')).toBe(
      'false',
    );
  });

  it('the URL restores filters, selection and camera after a reload', async () => {
    await page.fill('#search-input', 'Kerry');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.newsgraph!.state().node !== undefined, null, POLL);
    await settled(page);
    // The URL follows the camera after a short debounce.
    await page.waitForFunction(
      () => {
        const cam = new URL(location.href).searchParams.get('cam')?.split(',').map(Number);
        const live = window.newsgraph!.renderer!.getCamera().getState();
        return !!cam && Math.abs(cam[2]! - live.ratio) < 1e-3 && Math.abs(cam[0]! - live.x) < 1e-3;
      },
      null,
      POLL,
    );
    const before = await page.evaluate(() => ({
      state: window.newsgraph!.state(),
      camera: window.newsgraph!.renderer!.getCamera().getState(),
    }));
    await page.reload();
    await openViewer(page, page.url());
    const after = await page.evaluate(() => ({
      state: window.newsgraph!.state(),
      camera: window.newsgraph!.renderer!.getCamera().getState(),
    }));
    expect(after.state.hiddenClasses).toEqual(before.state.hiddenClasses);
    expect(after.state.node).toBe(before.state.node);
    expect(after.camera.ratio).toBeCloseTo(before.camera.ratio, 3);
    expect(after.camera.x).toBeCloseTo(before.camera.x, 3);
    const label = await page.evaluate(() =>
      window.newsgraph!.graph.getNodeAttribute(window.newsgraph!.state().node!, 'label'),
    );
    await page.waitForFunction((l) => document.querySelector('#panel-title')?.textContent === l, label, POLL);
    expect(
      await page.getAttribute(
        `#legend-classes button[data-legend="${before.state.hiddenClasses[0]}"]`,
        'aria-pressed',
      ),
    ).toBe('false');
  });

  it('the events view shows events as nodes and the table row selects an event', async () => {
    await page.selectOption('#view', 'events');
    await page.waitForFunction(
      () => window.newsgraph!.graph.someNode((_n, a) => a.kind === 'event'),
      null,
      POLL,
    );
    await page.click('#filters-reset');
    const row = page.locator('#edge-table tbody tr').first();
    const event = (await row.getAttribute('data-event'))!;
    await row.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction((e) => window.newsgraph!.state().edge === e, event, POLL);
    await page.waitForSelector(`#panel-body .event[data-event="${event}"] .mention`, POLL);
    await settled(page);
    await page.screenshot({ path: join(ARTIFACTS, 'viewer-events-view.png') });
    await page.selectOption('#view', 'actors');
  });

  it('the ego network keeps the selection and its neighbours; a shortest path keeps just the path', async () => {
    await page.click('#filters-reset');
    await page.fill('#search-input', 'Kerry');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.newsgraph!.state().node !== undefined, null, POLL);
    await settled(page);
    await page.fill('#filter-ego', '1');
    await page.dispatchEvent('#filter-ego', 'change');
    await page.waitForFunction(() => window.newsgraph!.state().ego === 1, null, POLL);
    const ego = await page.evaluate(() => {
      const { graph, state, visibility } = window.newsgraph!;
      const node = state().node!;
      return { visible: [...visibility().nodes].sort(), expected: [node, ...graph.neighbors(node)].sort() };
    });
    expect(ego.visible).toEqual(ego.expected);
    await page.fill('#filter-ego', '0');
    await page.dispatchEvent('#filter-ego', 'change');

    const kerry = await page.evaluate(() =>
      window.newsgraph!.graph.getNodeAttribute(window.newsgraph!.state().node!, 'label'),
    );
    await page.fill('#path-from', kerry);
    await page.dispatchEvent('#path-from', 'change');
    await page.fill('#path-to', 'China');
    await page.dispatchEvent('#path-to', 'change');
    await page.waitForFunction(() => !!window.newsgraph!.visibility().path, null, POLL);
    const path = await page.evaluate(() => {
      const { graph, visibility } = window.newsgraph!;
      const v = visibility();
      const p = v.path!;
      return {
        labels: p.map((n) => graph.getNodeAttribute(n, 'label')),
        linked: p.slice(1).every((n, i) => graph.areNeighbors(n, p[i]!)),
        visible: [...v.nodes].sort(),
        sorted: [...p].sort(),
      };
    });
    expect(path.labels[0]).toBe(kerry);
    expect(path.labels.at(-1)).toBe('China');
    expect(path.linked).toBe(true);
    expect(path.visible).toEqual(path.sorted);
    expect(await page.textContent('#path-result')).toBe(`${path.labels.length - 1} step(s).`);
    await page.click('#filters-reset');
  });

  it('exports the visible subgraph as GEXF and Turtle, and the view as PNG with its legend', async () => {
    await page.click('#legend-types button >> nth=0');
    const visible = await page.evaluate(() => {
      const v = window.newsgraph!.visibility();
      return { nodes: v.nodes.size, edges: v.edges.size, events: v.events.size };
    });
    const saved = async (button: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
      return readFileSync((await download.path())!);
    };
    const gexf = (await saved('#export-gexf')).toString('utf8');
    expect(gexf.match(/<node /g)?.length ?? 0).toBe(visible.nodes);
    expect(gexf.match(/<edge /g)?.length ?? 0).toBe(visible.edges);

    const turtle = new Parser().parse((await saved('#export-ttl')).toString('utf8'));
    const events = new Set(
      turtle.filter((q) => q.predicate.value === `${NG}agent`).map((q) => q.subject.value),
    );
    expect(events.size).toBe(visible.events);

    const png = await saved('#export-png');
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
    const stage = await page.evaluate(() => window.newsgraph!.renderer!.getDimensions());
    expect(width).toBe(stage.width);
    expect(height).toBeGreaterThan(stage.height); // the legend is drawn below the graph
    writeFileSync(join(ARTIFACTS, 'viewer-export.png'), png);
    await page.click('#filters-reset');
  });

  it('documents on demand, centrality sizes and Louvain colours', async () => {
    await page.check('#show-docs');
    await page.waitForFunction(
      () => window.newsgraph!.graph.someNode((_n, a) => a.kind === 'document'),
      null,
      POLL,
    );
    const docs = await page.evaluate(
      () => window.newsgraph!.graph.filterNodes((_n, a) => a.kind === 'document').length,
    );
    const graphJson = JSON.parse(readFileSync(join(graphDir, 'graph.json'), 'utf8')) as {
      documents: unknown[];
    };
    expect(docs).toBe(graphJson.documents.length);
    await page.uncheck('#show-docs');

    await page.selectOption('#size-by', 'pagerank');
    const sizes = await page.evaluate(async () => {
      const data = (await (await fetch('api/graph')).json()) as {
        actors: { id: string; metrics: { pagerank: number } }[];
      };
      const { graph } = window.newsgraph!;
      const [top] = [...data.actors].sort((a, b) => b.metrics.pagerank - a.metrics.pagerank);
      const maxSize = Math.max(...data.actors.map((a) => graph.getNodeAttribute(a.id, 'size')));
      return { top: graph.getNodeAttribute(top!.id, 'size'), maxSize };
    });
    expect(sizes.top).toBe(sizes.maxSize);
    expect(new URL(page.url()).searchParams.get('size')).toBe('pagerank');

    await page.selectOption('#color-by', 'community');
    await page.waitForSelector('#legend-communities:not([hidden]) li', POLL);
    expect(await page.textContent('#legend-communities')).toMatch(/Communities \(\d+\)/);
    await page.selectOption('#color-by', 'type');
    await page.selectOption('#size-by', 'degree');
  });

  it('logged no console errors', () => {
    expect(consoleErrors).toEqual([]);
  });
});

describe('the viewer when things go wrong', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium(['--disable-3d-apis']);
  });
  afterAll(() => browser?.close());

  it('without WebGL: says so, and the table and evidence still work', async () => {
    const server = await serve(fixtureGraph());
    try {
      const page = await browser.newPage();
      await page.goto(server.url);
      await page.waitForFunction(() => window.newsgraph?.ready === true, null, POLL);
      expect(await page.locator('#stage-message').textContent()).toContain('no WebGL');
      await page.locator('#edge-table tbody tr').first().click();
      await page.waitForSelector('#panel-body .mention blockquote mark', POLL);
      await page.screenshot({ path: join(ARTIFACTS, 'viewer-no-webgl.png') });
    } finally {
      await server.stop();
    }
  });

  it('an empty graph gets a clear message', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-empty-'));
    writeFileSync(
      join(dir, 'graph.json'),
      JSON.stringify({ version: 1, documents: [], entities: [], events: [] }),
    );
    const server = await serve(dir);
    try {
      const page = await browser.newPage();
      await page.goto(server.url);
      await page.waitForFunction(() => window.newsgraph?.ready === true, null, POLL);
      expect(await page.locator('#stage-message').textContent()).toContain('This graph is empty');
      expect(await page.locator('#table-count').textContent()).toBe('(0)');
    } finally {
      await server.stop();
    }
  });

  it('a server that went away is reported, and the report goes when it is back', async () => {
    const dir = fixtureGraph();
    const server = await serve(dir);
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.waitForFunction(() => window.newsgraph?.ready === true, null, POLL);
    expect(await page.locator('#banner').isHidden()).toBe(true);
    await server.stop();
    await page.locator('#edge-table tbody tr').first().click();
    await page.waitForSelector('#banner:not([hidden])', POLL);
    expect(await page.locator('#banner').textContent()).toContain('stopped answering');
    await page.screenshot({ path: join(ARTIFACTS, 'viewer-server-gone.png') });
    const again = await serve(dir, Number(new URL(server.url).port));
    try {
      await page.waitForSelector('#banner[hidden]', { state: 'attached', ...POLL });
    } finally {
      await again.stop();
    }
  });
});
