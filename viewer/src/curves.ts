// Reciprocal and parallel edges drawn apart as curves. Kept out of build-graph.ts because
// @sigma/edge-curve needs a browser (WebGL) as soon as it is imported.
import { DEFAULT_EDGE_CURVATURE, indexParallelEdgesIndex } from '@sigma/edge-curve';
import type { ViewGraph } from './build-graph.js';

/** Reciprocal and parallel edges are curved apart (the recipe of @sigma/edge-curve's docs). */
export function curveParallelEdges(graph: ViewGraph): void {
  indexParallelEdgesIndex(graph, {
    edgeIndexAttribute: 'parallelIndex',
    edgeMaxIndexAttribute: 'parallelMaxIndex',
  });
  graph.forEachEdge((edge, { parallelIndex, parallelMaxIndex }) => {
    if (typeof parallelIndex === 'number' && typeof parallelMaxIndex === 'number' && parallelMaxIndex > 0) {
      graph.mergeEdgeAttributes(edge, {
        type: 'curved',
        curvature: curvature(parallelIndex, parallelMaxIndex),
      });
    }
  });
}

function curvature(index: number, maxIndex: number): number {
  if (index < 0) return -curvature(-index, maxIndex);
  const amplitude = 3.5;
  const maxCurvature = amplitude * (1 - Math.exp(-maxIndex / amplitude)) * DEFAULT_EDGE_CURVATURE;
  return (maxCurvature * index) / maxIndex;
}
