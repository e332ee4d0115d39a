import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GraphModel } from '../../src/model/types.js';
import { cli, ROOT, tempDir } from '../build/cli.js';

const FIXTURE = join(ROOT, 'test/fixtures/graph');

/** A copy of the fixture graph with `change` applied to its graph.json. */
function brokenCopy(change: (m: GraphModel) => void): string {
  const dir = tempDir('validate');
  cpSync(FIXTURE, dir, { recursive: true });
  const model = JSON.parse(readFileSync(join(dir, 'graph.json'), 'utf8')) as GraphModel;
  change(model);
  writeFileSync(join(dir, 'graph.json'), JSON.stringify(model));
  return dir;
}

describe('newsgraph validate', () => {
  it('a well-formed graph conforms (exit 0)', () => {
    const r = cli(['validate', '--graph', FIXTURE]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^conforms: 2 documents, 4 entities, 5 events, \d+ triples checked/);
    expect(r.code).toBe(0);
  });

  it('reports SHACL violations one per line and exits 1', () => {
    const dir = brokenCopy((m) => {
      m.events[0]!.confidence = 1.5;
      m.documents[0]!.sha256 = 'not-a-hash';
    });
    const r = cli(['validate', '--graph', dir]);
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toContain(
      'violation: ngd:event/cyberattack/none--office-of-personnel-management ng:confidence: an event has one confidence between 0 and 1',
    );
    expect(lines).toContain(
      'violation: ngd:doc/alpha-0123456789ab ng:sha256: a document has one SHA-256 (64 hex digits)',
    );
    expect(lines.at(-1)).toMatch(/^does not conform: 2 violations in /);
  });

  it('an event whose agent is not an actor of the graph does not conform', () => {
    const dir = brokenCopy((m) => {
      m.entities = m.entities.filter((e) => e.id !== 'john-kerry');
    });
    const r = cli(['validate', '--graph', dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      'violation: ngd:event/statement/john-kerry--none ng:agent: an event has at most one agent, an actor of the graph',
    );
  });

  it('checks every mention against its document text', () => {
    const dir = brokenCopy((m) => {
      m.events[1]!.evidence[0]!.start += 1;
    });
    const r = cli(['validate', '--graph', dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("ng:text: is not the document's text from 1 to 39");
  });

  it('no graph: one line, exit 1', () => {
    const r = cli(['validate', '--graph', join(tempDir('empty'), 'out')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^newsgraph: no graph in .*out: run `newsgraph build` first\n$/);
  });
});
