// Exports of what is on screen: PNG of the view with its legend, GEXF and Turtle of the visible
// subgraph.
import Sigma from 'sigma';
import { write as writeGexf } from 'graphology-gexf/browser';
import { MultiDirectedGraph } from 'graphology';
import type { EdgeAttrs, NodeAttrs, ViewGraph } from './build-graph.js';
import type { Renderer } from './renderer.js';
import type { Visibility } from './visibility.js';

export function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * Sigma's WebGL buffers are not kept after a frame, so a hidden copy of the renderer draws once
 * and its layers are copied in the same task (the recipe of sigma's PNG example). The legend is
 * drawn below the picture.
 */
export async function toPng(
  renderer: Renderer,
  legend: { label: string; color: string; count: number }[],
): Promise<Blob> {
  const { width, height } = renderer.getDimensions();
  const ratio = window.devicePixelRatio || 1;
  const tmpRoot = document.createElement('div');
  Object.assign(tmpRoot.style, {
    width: `${width}px`,
    height: `${height}px`,
    position: 'absolute',
    right: '101%',
    bottom: '101%',
  });
  document.body.append(tmpRoot);
  const copy = new Sigma(renderer.getGraph(), tmpRoot, renderer.getSettings());
  copy.getCamera().setState(renderer.getCamera().getState());
  copy.refresh();

  const rowHeight = 18;
  const columns = Math.max(1, Math.floor(width / 220));
  const legendHeight = (Math.ceil(legend.length / columns) + 1) * rowHeight;
  const canvas = document.createElement('canvas');
  canvas.width = width * ratio;
  canvas.height = (height + legendHeight) * ratio;
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  const layers = copy.getCanvases();
  for (const id of ['edges', 'nodes', 'edgeLabels', 'labels']) {
    const layer = layers[id];
    if (layer) ctx.drawImage(layer, 0, 0, width * ratio, height * ratio, 0, 0, width * ratio, height * ratio);
  }
  copy.kill();
  tmpRoot.remove();

  ctx.scale(ratio, ratio);
  ctx.font = '12px system-ui, sans-serif';
  ctx.textBaseline = 'middle';
  legend.forEach((item, i) => {
    const x = 10 + (i % columns) * 220;
    const y = height + rowHeight * (Math.floor(i / columns) + 1);
    ctx.fillStyle = item.color;
    ctx.beginPath();
    ctx.arc(x + 5, y, 5, 0, Math.PI * 2);
    ctx.fill();
    ctx.fillStyle = '#222';
    ctx.fillText(`${item.label} (${item.count})`, x + 15, y);
  });
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}

/** The visible part of the view graph, with attributes a GEXF reader understands. */
export function visibleSubgraph(graph: ViewGraph, vis: Visibility): MultiDirectedGraph<NodeAttrs, EdgeAttrs> {
  const sub = new MultiDirectedGraph<NodeAttrs, EdgeAttrs>();
  graph.forEachNode((n, attrs) => {
    if (vis.nodes.has(n)) sub.addNode(n, attrs);
  });
  graph.forEachEdge((e, attrs, s, t) => {
    if (vis.edges.has(e)) sub.addDirectedEdgeWithKey(e, s, t, attrs);
  });
  return sub;
}

export function toGexf(graph: ViewGraph, vis: Visibility): Blob {
  const sub = visibleSubgraph(graph, vis);
  const xml = writeGexf(sub, {
    formatNode: (_key, attrs) => ({
      label: attrs.label,
      attributes: { kind: attrs.kind, ref: attrs.ref },
      viz: { color: attrs.color, size: attrs.size, x: attrs.x, y: attrs.y },
    }),
    formatEdge: (_key, attrs) => ({
      attributes: { event: attrs.event ?? '' },
      viz: { color: attrs.color, thickness: attrs.size },
    }),
  });
  return new Blob([xml], { type: 'application/gexf+xml' });
}

/** Turtle comes from the server, which holds the full provenance of each visible event. */
export async function toTurtle(events: Set<string>, actors: string[]): Promise<Blob> {
  const res = await fetch('api/turtle', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ events: [...events], actors }),
  });
  if (!res.ok)
    throw new Error(
      ((await res.json().catch(() => ({}))) as { error?: string }).error ?? `HTTP ${res.status}`,
    );
  return new Blob([await res.text()], { type: 'text/turtle' });
}
