// The graph stage: GraphModel to RDF, exports, SHACL validation, the built graph on disk.
export { writeFileAtomic, writeFileAtomicSync, writeFileAtomicWith } from './atomic.js';
export { pruneFolder, readCacheEntry, writeCacheEntry, type CacheEntry } from './cache.js';
export { docIri, entityIri, eventIri, mentionIri } from './iri.js';
export { eventLabel } from './labels.js';
export { DATA_PREFIXES, NG, NGD, PREFIXES } from './prefixes.js';
export { quadsOf, toQuads, toTriples, type QuadOrder } from './quads.js';
export {
  EXPORT_FORMATS,
  exportGraph,
  writeExport,
  writeRdf,
  type ExportFormat,
  type Sink,
} from './serialize.js';
export { checkEvidence } from './provenance.js';
export { loadShapes, validateTriples, type ValidationOutcome, type Violation } from './shacl.js';
export { BUILD_JSON, CACHE_DIR, GRAPH_JSON, GRAPH_TTL, loadGraphModel, TEXTS_DIR } from './store.js';
export { DEFAULT_ONTOLOGY_DIR } from './ontology.js';
