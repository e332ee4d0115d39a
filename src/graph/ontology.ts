import { fileURLToPath } from 'node:url';

/** ontology/ of this package (vocabulary, shapes, JSON-LD context, gazetteer, lexicon, furniture cues). */
export const DEFAULT_ONTOLOGY_DIR = fileURLToPath(new URL('../../ontology/', import.meta.url));
