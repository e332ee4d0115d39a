// Extraction speed on one core: the whole extractor (sentences, tokens, mentions, coreference,
// frames, merge) over a generated corpus of >= 1 million words. Prints words/s and peak memory,
// and, for the choice of tokenizer, the words/s of wink-nlp (tokens, sentences, POS) on the same text.
// Writes bench/results/extract.json.
//
//   node --import tsx bench/extract.bench.ts          (BENCH_ARTICLES=200 for a quick look)
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractDocument, loadKnowledgeBase, mergeExtractions } from '../src/extract/index.js';
import { tokenize } from '../src/extract/tokens.js';
import type { ArticleText, DocExtraction } from '../src/model/types.js';
import { generateCorpus } from './corpus.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 2000);

function asArticle(file: string, text: string): ArticleText {
  const nl = text.indexOf('\n');
  const headEnd = nl < 0 ? text.length : nl;
  return {
    id: file,
    file,
    sha256: '',
    format: 'txt',
    text,
    headline: text.slice(0, headEnd),
    headlineSpan: { start: 0, end: headEnd },
    regions: [{ start: Math.min(text.length, headEnd + 1), end: text.length }],
    furniture: [],
    words: text.split(/\s+/).filter(Boolean).length,
    notes: [],
  };
}

const files = generateCorpus({ articles: ARTICLES, seed: 1 });
const articles = files.map((f) => asArticle(f.file, f.text));
const words = articles.reduce((n, a) => n + a.words, 0);

let t = performance.now();
const kb = loadKnowledgeBase(join(ROOT, 'ontology'));
const kbMs = performance.now() - t;

// Warm-up on a slice so that the JIT has compiled the hot loops, then the measured run.
for (const a of articles.slice(0, 50)) extractDocument(a, kb);
t = performance.now();
const docs: DocExtraction[] = articles.map((a) => extractDocument(a, kb));
const extractMs = performance.now() - t;
t = performance.now();
const merged = mergeExtractions(docs, kb);
const mergeMs = performance.now() - t;
const totalMs = extractMs + mergeMs;

// Tokenizer comparison on the same text: ours (tokens only) and wink-nlp (tokens, sentences, POS).
const sample = files.slice(0, Math.min(files.length, 400)).map((f) => f.text);
const sampleWords = sample.reduce((n, s) => n + s.split(/\s+/).filter(Boolean).length, 0);
t = performance.now();
let tokenCount = 0;
for (const s of sample) tokenCount += tokenize(s).length;
const ownTokMs = performance.now() - t;
const require = createRequire(import.meta.url);
const winkNLP = require('wink-nlp') as (model: unknown) => {
  readDoc(s: string): { tokens(): { out(k?: unknown): string[] } };
  its: { pos: unknown };
};
const model = require('wink-eng-lite-web-model') as unknown;
const nlp = winkNLP(model);
t = performance.now();
for (const s of sample) nlp.readDoc(s).tokens().out(nlp.its.pos);
const winkMs = performance.now() - t;

const mem = process.memoryUsage();
const maxRssMb = process.resourceUsage().maxRSS / 1024;
const row = {
  articles: articles.length,
  words,
  kbLoadMs: Math.round(kbMs),
  extractMs: Math.round(extractMs),
  mergeMs: Math.round(mergeMs),
  wordsPerSec: Math.round(words / (totalMs / 1000)),
  entities: merged.entities.length,
  events: merged.events.length,
  peakRssMb: Math.round(maxRssMb),
  heapUsedMb: Math.round(mem.heapUsed / 1024 / 1024),
  ownTokenizerWordsPerSec: Math.round(sampleWords / (ownTokMs / 1000)),
  winkPosWordsPerSec: Math.round(sampleWords / (winkMs / 1000)),
  tokens: tokenCount,
};
console.log(
  `extract: ${row.articles} articles, ${row.words} words in ${(totalMs / 1000).toFixed(2)} s (extract ${row.extractMs} ms, merge ${row.mergeMs} ms)`,
);
console.log(
  `extract: ${row.wordsPerSec} words/s on one core; peak RSS ${row.peakRssMb} MB; heap ${row.heapUsedMb} MB; ${row.entities} entities, ${row.events} events`,
);
console.log(
  `tokenizers on ${sampleWords} words: own ${row.ownTokenizerWordsPerSec} words/s, wink-nlp with POS ${row.winkPosWordsPerSec} words/s`,
);
mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true });
writeFileSync(
  join(ROOT, 'bench', 'results', 'extract.json'),
  JSON.stringify({ rows: [row] }, null, 2) + '\n',
);
