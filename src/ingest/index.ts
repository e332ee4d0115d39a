// Ingest: files and folders in, ArticleText out.
export {
  articleFromBytes,
  documentId,
  MAX_FILE_BYTES,
  readArticle,
  readSourceBytes,
  sha256Of,
} from './article.js';
export { discover, formatOf, type DiscoveryProblem, type SourceFile } from './discover.js';
export { countWords, type FurnitureRules } from './furniture.js';
export { loadFurnitureRules } from './rules.js';
export { slug } from './slug.js';
