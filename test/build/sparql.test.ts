// The README's SPARQL example (docs/build.md) over the Turtle export of the seeds, in oxigraph.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import oxigraph from 'oxigraph';
import { describe, expect, it } from 'vitest';
import type { GraphModel } from '../../src/model/types.js';
import { cli, ROOT, tempDir } from './cli.js';

const docs = readFileSync(join(ROOT, 'docs/build.md'), 'utf8');
const WHO_ACCUSED_WHOM = /```sparql\n(# who accused whom[\s\S]*?)```/.exec(docs)?.[1];

describe('who accused whom, from the Turtle export', () => {
  it('answers with every asserted accusation of the graph', () => {
    expect(WHO_ACCUSED_WHOM).toBeDefined();
    const out = join(tempDir('sparql'), 'out');
    expect(cli(['build', join(ROOT, 'seeds'), '--out', out, '--jobs', '1']).code).toBe(0);
    const ttl = cli(['export', '--format', 'turtle', '--graph', out]).stdout;

    const store = new oxigraph.Store();
    store.load(ttl, { format: 'text/turtle' });
    const rows = store.query(WHO_ACCUSED_WHOM!) as Map<string, { value: string }>[];
    const answered = rows.map((r) => `${r.get('accuser')!.value} → ${r.get('accused')!.value}`).sort();

    const model = JSON.parse(readFileSync(join(out, 'graph.json'), 'utf8')) as GraphModel;
    const label = new Map(model.entities.map((e) => [e.id, e.label]));
    const expected = [
      ...new Set(
        model.events
          .filter((e) => e.cls === 'Accusation' && !e.negated && e.agent && e.target)
          .map((e) => `${label.get(e.agent!)} → ${label.get(e.target!)}`),
      ),
    ].sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(answered).toEqual(expected);
  });
});
