// The extractor's public face: knowledge base, one document, many documents.
export { loadKnowledgeBase, type KnowledgeBase } from './kb.js';
export { extractDocument } from './document.js';
export { mergeExtractions } from './merge.js';
export { slugOf } from './slug.js';
