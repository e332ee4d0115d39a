// Checks that every piece of evidence is the exact slice of its document's text (out/texts/).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { GraphModel } from '../model/types.js';
import { mentionIri } from './iri.js';
import { shorten, type Violation } from './shacl.js';
import { TEXTS_DIR } from './store.js';

export async function checkEvidence(model: GraphModel, graphDir: string): Promise<Violation[]> {
  const texts = new Map<string, string | undefined>();
  for (const d of model.documents) {
    texts.set(d.id, await readFile(join(graphDir, TEXTS_DIR, `${d.id}.txt`), 'utf8').catch(() => undefined));
  }
  const violations: Violation[] = [];
  for (const e of model.events) {
    for (const ev of e.evidence) {
      const focus = shorten(mentionIri(ev.doc, ev.start, ev.end).value);
      if (!texts.has(ev.doc)) {
        violations.push({
          focus,
          message: `names document ${ev.doc}, which is not in the graph`,
          severity: 'sh:Violation',
        });
        continue;
      }
      const text = texts.get(ev.doc);
      if (text === undefined) {
        violations.push({
          focus,
          message: `the text of document ${ev.doc} is missing from ${TEXTS_DIR}/`,
          severity: 'sh:Violation',
        });
      } else if (text.slice(ev.start, ev.end) !== ev.text) {
        violations.push({
          focus,
          path: 'ng:text',
          message: `is not the document's text from ${ev.start} to ${ev.end}`,
          severity: 'sh:Violation',
        });
      }
    }
  }
  return violations;
}
