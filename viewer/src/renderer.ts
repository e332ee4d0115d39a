// Sigma over the view graph. Reducers apply filters and selection without touching the graph.
import Sigma from 'sigma';
import { createEdgeArrowProgram, DEFAULT_EDGE_ARROW_HEAD_PROGRAM_OPTIONS } from 'sigma/rendering';
import { createEdgeCurveProgram } from '@sigma/edge-curve';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { EdgeAttrs, NodeAttrs, ViewGraph } from './build-graph.js';
import type { Visibility } from './visibility.js';

export type Renderer = Sigma<NodeAttrs, EdgeAttrs>;

export interface Highlight {
  /** The graph being drawn (the view can swap it under the renderer). */
  graph: ViewGraph;
  visibility: Visibility;
  node?: string;
  /** Selected event id (all edges of that event light up). */
  event?: string;
}

const DIM = '#e4e4e4';

export function hasWebGL(): boolean {
  try {
    const canvas = document.createElement('canvas');
    return !!(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
  } catch {
    return false;
  }
}

export function createRenderer(
  container: HTMLElement,
  graph: ViewGraph,
  highlight: () => Highlight,
): Renderer {
  return new Sigma<NodeAttrs, EdgeAttrs>(graph, container, {
    // The generic factories (rather than the ready-made EdgeArrowProgram / EdgeCurvedArrowProgram)
    // keep the node and edge attribute types.
    edgeProgramClasses: {
      straight: createEdgeArrowProgram<NodeAttrs, EdgeAttrs>(),
      curved: createEdgeCurveProgram<NodeAttrs, EdgeAttrs>({
        arrowHead: DEFAULT_EDGE_ARROW_HEAD_PROGRAM_OPTIONS,
      }),
    },
    defaultEdgeType: 'straight',
    enableEdgeEvents: true,
    // Large graphs: drawing every edge on each pan step is what makes dragging stutter.
    hideEdgesOnMove: graph.size > 5000,
    renderEdgeLabels: false,
    zIndex: true,
    // Labels: one per large grid cell and only for nodes big enough, so hubs stay readable.
    labelDensity: 0.8,
    labelGridCellSize: 100,
    labelRenderedSizeThreshold: 6,
    labelFont: 'system-ui, sans-serif',
    nodeReducer: (node, data) => nodeDisplay(node, data, highlight()),
    edgeReducer: (edge, data) => edgeDisplay(edge, data, highlight()),
  });
}

function nodeDisplay(node: string, data: NodeAttrs, h: Highlight): Partial<NodeDisplayData> {
  const { graph } = h;
  const out: Partial<NodeDisplayData> = { ...data, zIndex: data.size };
  if (!h.visibility.nodes.has(node)) return { ...out, hidden: true };
  if (h.node) {
    if (node === h.node) return { ...out, highlighted: true, forceLabel: true, zIndex: 1000 };
    if (graph.areNeighbors(node, h.node)) return { ...out, forceLabel: true, zIndex: 500 };
    return { ...out, color: DIM, label: null, zIndex: 0 };
  }
  if (h.event) {
    const touches = graph.someEdge(node, (_e, attrs) => attrs.event === h.event);
    return touches || (data.kind === 'event' && data.ref === h.event)
      ? { ...out, highlighted: true, forceLabel: true, zIndex: 1000 }
      : { ...out, color: DIM, label: null, zIndex: 0 };
  }
  return out;
}

function edgeDisplay(edge: string, data: EdgeAttrs, h: Highlight): Partial<EdgeDisplayData> {
  const { graph } = h;
  if (!h.visibility.edges.has(edge)) return { ...data, hidden: true };
  if (h.node) {
    const incident = graph.source(edge) === h.node || graph.target(edge) === h.node;
    return incident ? { ...data, zIndex: 1 } : { ...data, color: DIM, zIndex: 0 };
  }
  if (h.event) {
    return data.event === h.event
      ? { ...data, size: data.size + 2, zIndex: 1 }
      : { ...data, color: DIM, zIndex: 0 };
  }
  return data;
}
