// The viewer: loads the graph from the API, draws it with sigma, and keeps the URL, legend,
// filters, evidence panel and edge table in step with one ViewState.
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import { inferSettings } from 'graphology-layout-forceatlas2';
import type { ApiGraph } from '../../src/server/api-types.js';
import { api, onServerStatus, ServerGoneError } from './api.js';
import { buildViewGraph, docKey, eventKey, styleActors, type ViewGraph } from './build-graph.js';
import { CLASS_COLORS, TYPE_COLORS } from './colors.js';
import { curveParallelEdges } from './curves.js';
import { byId, h } from './dom.js';
import { download, toGexf, toPng, toTurtle } from './export.js';
import { renderLegend } from './legend.js';
import { bindDocumentDialog, openDocument, showEvents, showMessage, showNode } from './panel.js';
import { createRenderer, hasWebGL, type Renderer } from './renderer.js';
import { bindSearch } from './search.js';
import { decodeState, DEFAULT_STATE, encodeState, type SizeBy, type ViewState } from './state.js';
import { EdgeTable } from './table.js';
import { computeVisibility, type Visibility } from './visibility.js';

/** How long "Refine layout" runs the FA2 worker before stopping on its own. */
const REFINE_MS = 8000;
const SIZE_LABELS: Record<SizeBy, string> = {
  degree: 'Degree',
  inDegree: 'In-degree',
  outDegree: 'Out-degree',
  pagerank: 'PageRank',
  betweenness: 'Betweenness',
};

declare global {
  interface Window {
    /** Handles for tests and the curious: the renderer, the graph and the state. */
    newsgraph?: {
      renderer?: Renderer;
      graph: ViewGraph;
      state: () => ViewState;
      ready: boolean;
      visibility: () => Visibility;
    };
  }
}

let data: ApiGraph;
let state: ViewState = decodeState(location.search);
let graph: ViewGraph;
let renderer: Renderer | undefined;
let visibility: Visibility;
let table: EdgeTable;
let layout: FA2Layout | undefined;

void boot();

async function boot(): Promise<void> {
  bindServerBanner();
  try {
    data = await api.graph();
  } catch (err) {
    stageMessage(
      err instanceof ServerGoneError
        ? 'The newsgraph server is not answering. Start it with `newsgraph serve` and reload.'
        : `The graph could not be loaded: ${(err as Error).message}`,
    );
    return;
  }
  fillControls();
  table = new EdgeTable(data, (eventId) => selectEdge(eventId));
  bindDocumentDialog();
  bindSearch(data.actors, (id) => selectNode(id, true));
  rebuild();
  if (data.actors.length === 0) {
    stageMessage(
      'This graph is empty: no actors were found in the articles. Build it from news articles with `newsgraph build`.',
    );
  }
  restoreSelection();
  window.newsgraph = { renderer, graph, state: () => state, ready: true, visibility: () => visibility };
}

/** (Re)creates the graph for the current view and the renderer over it. */
function rebuild(): void {
  layout?.kill();
  layout = undefined;
  byId('layout-toggle').setAttribute('aria-pressed', 'false');
  graph = buildViewGraph(data, state.view, state.showDocs);
  curveParallelEdges(graph);
  styleActors(graph, data, state.sizeBy, state.colorBy);
  visibility = computeVisibility(data, graph, state);
  if (renderer) {
    renderer.setGraph(graph);
  } else if (hasWebGL()) {
    renderer = createRenderer(byId('sigma'), graph, () => ({
      graph,
      visibility,
      ...(state.node ? { node: state.node } : {}),
      ...(state.edge ? { event: state.edge } : {}),
    }));
    bindRendererEvents(renderer);
    if (state.camera) renderer.getCamera().setState(state.camera);
  } else {
    stageMessage(
      'This browser has no WebGL, so the network cannot be drawn. Search, filters, the evidence panel and the edge table below still work.',
    );
  }
  if (window.newsgraph) window.newsgraph.graph = graph;
  update();
}

/** After any state change: visibility, legend, table, URL, and a redraw. */
function update(): void {
  visibility = computeVisibility(data, graph, state);
  renderLegend(data, state, visibility, toggleLegend);
  table.update(visibility.events, {
    ...(state.node ? { node: nodeRef(state.node) } : {}),
    ...(state.edge ? { event: state.edge } : {}),
  });
  const pathResult = byId('path-result');
  pathResult.textContent =
    visibility.path === undefined
      ? ''
      : visibility.path === null
        ? 'No path between these actors.'
        : `${visibility.path.length - 1} step(s).`;
  renderer?.refresh({ skipIndexation: true });
  writeUrl();
}

function writeUrl(): void {
  const query = encodeState(state);
  history.replaceState(null, '', query ? `?${query}` : location.pathname);
}

function setState(patch: Partial<ViewState>, rebuildGraph = false): void {
  state = { ...state, ...patch };
  for (const key of Object.keys(patch) as (keyof ViewState)[])
    if (patch[key] === undefined) delete state[key];
  if (rebuildGraph) rebuild();
  else update();
}

/** The API id behind a graph node key. */
function nodeRef(key: string): string {
  return graph.hasNode(key) ? graph.getNodeAttribute(key, 'ref') : key;
}

async function selectNode(key: string, zoom: boolean): Promise<void> {
  if (!graph.hasNode(key)) return;
  setState({ node: key, edge: undefined });
  if (zoom && renderer) {
    const display = renderer.getNodeDisplayData(key);
    if (display)
      await renderer.getCamera().animate({ x: display.x, y: display.y, ratio: 0.35 }, { duration: 400 });
  }
  await showNodeEvidence(key);
}

async function showNodeEvidence(key: string): Promise<void> {
  const attrs = graph.getNodeAttributes(key);
  try {
    if (attrs.kind === 'actor') showNode(await api.node(attrs.ref));
    else if (attrs.kind === 'event') showEvents((await api.edge([attrs.ref])).events);
    else {
      showMessage(`Document: ${attrs.label}`);
      await openDocument(attrs.ref);
    }
  } catch (err) {
    showMessage(`Could not load the evidence: ${(err as Error).message}`);
  }
}

async function selectEdge(eventId: string): Promise<void> {
  setState({ edge: eventId, node: undefined });
  try {
    showEvents((await api.edge([eventId])).events);
  } catch (err) {
    showMessage(`Could not load the evidence: ${(err as Error).message}`);
  }
}

function clearSelection(): void {
  setState({ node: undefined, edge: undefined });
  showMessage('Click a node or an edge to see the sentences behind it.');
}

function restoreSelection(): void {
  if (state.node && graph.hasNode(state.node)) void showNodeEvidence(state.node);
  else if (state.edge) void selectEdge(state.edge);
}

function bindRendererEvents(r: Renderer): void {
  r.on('clickNode', ({ node }) => void selectNode(node, false));
  r.on('clickEdge', ({ edge }) => {
    const event = graph.getEdgeAttribute(edge, 'event');
    if (event) void selectEdge(event);
  });
  r.on('clickStage', () => clearSelection());
  let timer: number | undefined;
  r.getCamera().on('updated', (cam) => {
    clearTimeout(timer);
    timer = window.setTimeout(() => {
      state.camera = { x: cam.x, y: cam.y, ratio: cam.ratio };
      writeUrl();
    }, 200);
  });
}

function toggleLegend(kind: 'type' | 'class', value: string): void {
  if (kind === 'type') {
    const hidden = state.hiddenTypes as string[];
    setState({
      hiddenTypes: (hidden.includes(value)
        ? hidden.filter((t) => t !== value)
        : [...hidden, value]) as ViewState['hiddenTypes'],
    });
  } else {
    const hidden = state.hiddenClasses as string[];
    setState({
      hiddenClasses: (hidden.includes(value)
        ? hidden.filter((c) => c !== value)
        : [...hidden, value]) as ViewState['hiddenClasses'],
    });
  }
}

function fillControls(): void {
  const view = byId<HTMLSelectElement>('view');
  view.value = state.view;
  view.addEventListener('change', () =>
    setState({ view: view.value as ViewState['view'], node: undefined, edge: undefined }, true),
  );

  const docs = byId<HTMLInputElement>('show-docs');
  docs.checked = state.showDocs;
  docs.addEventListener('change', () => setState({ showDocs: docs.checked }, true));

  const size = byId<HTMLSelectElement>('size-by');
  size.replaceChildren(...data.metrics.map((m) => h('option', { value: m }, SIZE_LABELS[m])));
  size.value = data.metrics.includes(state.sizeBy) ? state.sizeBy : 'degree';
  size.addEventListener('change', () => {
    state.sizeBy = size.value as SizeBy;
    styleActors(graph, data, state.sizeBy, state.colorBy);
    update();
  });

  const color = byId<HTMLSelectElement>('color-by');
  color.value = state.colorBy;
  color.addEventListener('change', () => {
    state.colorBy = color.value as ViewState['colorBy'];
    styleActors(graph, data, state.sizeBy, state.colorBy);
    update();
  });

  const docFilter = byId<HTMLSelectElement>('filter-doc');
  docFilter.append(
    ...data.documents.map((d) =>
      h('option', { value: d.id }, `${d.date ? `${d.date.slice(0, 10)} · ` : ''}${d.headline}`),
    ),
  );
  docFilter.value = state.doc ?? '';
  docFilter.addEventListener('change', () => setState({ doc: docFilter.value || undefined }));

  const dated = data.documents.some((d) => d.date);
  byId('date-filters').hidden = !dated;
  for (const key of ['from', 'to'] as const) {
    const input = byId<HTMLInputElement>(`filter-${key}`);
    input.value = state[key] ?? '';
    input.addEventListener('change', () => setState({ [key]: input.value || undefined }));
  }
  const min = byId<HTMLInputElement>('filter-min');
  min.value = String(state.minSources);
  min.addEventListener('change', () =>
    setState({ minSources: Math.max(1, Number.parseInt(min.value, 10) || 1) }),
  );
  const ego = byId<HTMLInputElement>('filter-ego');
  ego.value = String(state.ego);
  ego.addEventListener('change', () => setState({ ego: Math.max(0, Number.parseInt(ego.value, 10) || 0) }));

  const byLabel = new Map(data.actors.map((a) => [a.label, a.id]));
  byId('actor-labels').replaceChildren(...data.actors.map((a) => h('option', { value: a.label })));
  const labelOf = new Map(data.actors.map((a) => [a.id, a.label]));
  for (const key of ['pathFrom', 'pathTo'] as const) {
    const input = byId<HTMLInputElement>(key === 'pathFrom' ? 'path-from' : 'path-to');
    input.value = state[key] ? (labelOf.get(state[key]) ?? '') : '';
    input.addEventListener('change', () => setState({ [key]: byLabel.get(input.value) }));
  }

  byId('filters-reset').addEventListener('click', () => {
    const { view, showDocs, sizeBy, colorBy, camera } = state;
    state = { ...DEFAULT_STATE, view, showDocs, sizeBy, colorBy, ...(camera ? { camera } : {}) };
    for (const id of ['filter-doc', 'filter-from', 'filter-to', 'path-from', 'path-to'])
      byId<HTMLInputElement>(id).value = '';
    min.value = '1';
    ego.value = '0';
    update();
  });

  // Keyboard: "/" jumps to search, Escape (outside a field) clears the selection.
  document.addEventListener('keydown', (ev) => {
    const inField = ev.target instanceof HTMLInputElement || ev.target instanceof HTMLSelectElement;
    if (ev.key === '/' && !inField) {
      ev.preventDefault();
      byId('search-input').focus();
    } else if (ev.key === 'Escape' && !inField && !byId<HTMLDialogElement>('doc-dialog').open) {
      clearSelection();
    }
  });

  byId('layout-toggle').addEventListener('click', toggleLayout);
  byId('export-png').addEventListener('click', () => void exportPng());
  byId('export-gexf').addEventListener('click', () => download('newsgraph.gexf', toGexf(graph, visibility)));
  byId('export-ttl').addEventListener('click', () => void exportTurtle());
}

/** Refines the server's layout in a web worker, for a bounded time; the button stops it early. */
function toggleLayout(): void {
  const button = byId('layout-toggle');
  if (layout?.isRunning()) {
    layout.stop();
    button.setAttribute('aria-pressed', 'false');
    return;
  }
  layout ??= new FA2Layout(graph, { settings: { ...inferSettings(graph), slowDown: 10 } });
  layout.start();
  button.setAttribute('aria-pressed', 'true');
  const running = layout;
  setTimeout(() => {
    if (running === layout && running.isRunning()) {
      running.stop();
      button.setAttribute('aria-pressed', 'false');
    }
  }, REFINE_MS);
}

async function exportPng(): Promise<void> {
  if (!renderer) return;
  const items = [
    ...Object.entries(TYPE_COLORS).filter(([t]) =>
      data.actors.some((a) => a.type === t && visibility.nodes.has(a.id)),
    ),
    ...Object.entries(CLASS_COLORS).filter(([c]) =>
      data.events.some((e) => e.cls === c && visibility.events.has(e.id)),
    ),
  ].map(([label, color]) => ({
    label,
    color,
    count:
      data.actors.filter((a) => a.type === label && visibility.nodes.has(a.id)).length +
      data.events.filter((e) => e.cls === label && visibility.events.has(e.id)).length,
  }));
  download('newsgraph.png', await toPng(renderer, items));
}

async function exportTurtle(): Promise<void> {
  const actors = data.actors.filter((a) => visibility.nodes.has(a.id)).map((a) => a.id);
  try {
    download('newsgraph.ttl', await toTurtle(visibility.events, actors));
  } catch (err) {
    showMessage(`Turtle export failed: ${(err as Error).message}`);
  }
}

function stageMessage(text: string): void {
  const el = byId('stage-message');
  el.textContent = text;
  el.hidden = false;
}

function bindServerBanner(): void {
  const banner = byId('banner');
  onServerStatus((up) => {
    banner.hidden = up;
    banner.textContent = up
      ? ''
      : 'The newsgraph server stopped answering: what you see may be stale. Restart `newsgraph serve`; this page reconnects by itself.';
  });
  setInterval(() => void api.ping(), 5000);
}

export { docKey, eventKey };
