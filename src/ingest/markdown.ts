// Markdown keeps its own text (offsets are into the file); these find what is not prose in it.
import type { Span } from '../model/types.js';
import type { Furniture } from './furniture.js';

export interface FrontMatter {
  span?: Span;
  title?: string;
  date?: string;
  author?: string;
}

/** YAML front matter ("---" lines around `key: value` lines) at the top of the file. */
export function markdownFrontMatter(text: string): FrontMatter {
  const m = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!m) return {};
  const fields = new Map<string, string>();
  for (const line of m[1]!.split(/\r?\n/)) {
    const kv = /^([A-Za-z_]+):\s*(.*?)\s*$/.exec(line);
    if (kv) fields.set(kv[1]!.toLowerCase(), kv[2]!.replace(/^["']|["']$/g, ''));
  }
  const date = fields.get('date');
  return {
    span: { start: 0, end: m[0].length },
    title: fields.get('title') || undefined,
    date: date && /^\d{4}-\d{2}-\d{2}/.test(date) ? date.slice(0, 10) : undefined,
    author: fields.get('author') || undefined,
  };
}

/** The first ATX heading ("# Title"), as the span of its words. */
export function markdownHeadline(text: string): (Span & { text: string }) | undefined {
  const m = /^(#{1,6}[ \t]+)(.+?)[ \t#]*$/m.exec(text);
  if (!m) return undefined;
  const start = m.index + m[1]!.length;
  return { start, end: start + m[2]!.length, text: m[2]! };
}

const NOISE: [RegExp, string][] = [
  [/^(```|~~~)[^\n]*\n[\s\S]*?^\1[ \t]*$/gm, 'code block'],
  [/<!--[\s\S]*?-->/g, 'HTML comment'],
  [/^[ \t]*!\[[^\]]*\]\([^)]*\)[ \t]*$/gm, 'image'],
  [/^[ \t]*\[[^\]]+\]:[ \t]+\S+.*$/gm, 'link reference'],
];

export function markdownNoise(text: string): Furniture[] {
  return NOISE.flatMap(([re, reason]) =>
    [...text.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length, reason })),
  );
}
