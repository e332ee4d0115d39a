// Ingest: files and folders in, ArticleText out.
export { articleFromBytes, documentId, readSourceBytes, sha256Of } from './article.js';
export { discover, type DiscoveryProblem, type SourceFile } from './discover.js';
export type { FurnitureRules } from './furniture.js';
export { loadFurnitureRules } from './rules.js';
