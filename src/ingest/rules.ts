import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError } from '../errors.js';
import type { FurnitureRules } from './furniture.js';

const LISTS = [
  'tailHeadings',
  'lineCues',
  'leadCues',
  'inlineCues',
  'consentCues',
  'bulletMarks',
  'listMarks',
  'roleWords',
  'bioVerbs',
] as const;
const NUMBERS = ['maxShortWords', 'minRun', 'tailFrom'] as const;

/** Reads ontology/furniture.json; lowercases the cues that are matched case-insensitively. */
export async function loadFurnitureRules(ontologyDir: string): Promise<FurnitureRules> {
  const path = join(ontologyDir, 'furniture.json');
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;
  } catch (err) {
    throw new InputError(path, `cannot read the furniture rules: ${(err as Error).message}`);
  }
  for (const key of LISTS) {
    const v = raw[key];
    if (!Array.isArray(v) || !v.every((x) => typeof x === 'string'))
      throw new InputError(path, `"${key}" must be a list of strings`);
  }
  for (const key of NUMBERS) {
    if (typeof raw[key] !== 'number') throw new InputError(path, `"${key}" must be a number`);
  }
  const lower = (key: (typeof LISTS)[number]) => (raw[key] as string[]).map((s) => s.toLowerCase());
  return {
    tailHeadings: lower('tailHeadings'),
    lineCues: lower('lineCues'),
    leadCues: lower('leadCues'),
    inlineCues: raw.inlineCues as string[],
    consentCues: lower('consentCues'),
    bulletMarks: raw.bulletMarks as string[],
    listMarks: raw.listMarks as string[],
    roleWords: lower('roleWords'),
    bioVerbs: raw.bioVerbs as string[],
    maxShortWords: raw.maxShortWords as number,
    minRun: raw.minRun as number,
    tailFrom: raw.tailFrom as number,
  };
}
