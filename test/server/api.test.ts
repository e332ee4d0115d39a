import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser } from 'n3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiGraph, ApiNodeDetail, ApiEdgeDetail, ApiDoc } from '../../src/server/api-types.js';
import { startServer, type RunningServer } from '../../src/server/server.js';
import { loadGraph } from '../../src/server/graph-source.js';
import { layoutFor } from '../../src/server/layout-cache.js';
import { exportGraph } from '../../src/graph/serialize.js';
import type { GraphModel } from '../../src/model/types.js';
import { fixtureCopy, ROOT } from './helpers.js';

const NG = 'https://w3id.org/newsgraph/ontology#';

describe('the JSON API over a built graph', () => {
  let server: RunningServer;
  let dir: string;
  let model: GraphModel;
  const get = async <T>(path: string) => {
    const res = await fetch(new URL(path, server.url));
    return { status: res.status, body: (await res.json()) as T };
  };

  beforeAll(async () => {
    dir = fixtureCopy();
    model = JSON.parse(readFileSync(join(dir, 'graph.json'), 'utf8')) as GraphModel;
    // /sparql reads graph.ttl, which `newsgraph build` writes next to graph.json.
    writeFileSync(join(dir, 'graph.ttl'), await exportGraph(model, 'turtle', join(ROOT, 'ontology')));
    server = await startServer({ graphDir: dir, port: 0 });
  });
  afterAll(() => server.close());

  it('binds 127.0.0.1 by default', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('GET /api/graph: every actor, event and document, placed and measured', async () => {
    const { status, body } = await get<ApiGraph>('api/graph');
    expect(status).toBe(200);
    expect(body.actors.map((a) => a.id).sort()).toEqual(model.entities.map((e) => e.id).sort());
    expect(body.events).toHaveLength(model.events.length);
    expect(body.documents).toHaveLength(model.documents.length);
    for (const a of body.actors) {
      expect(Number.isFinite(a.x) && Number.isFinite(a.y)).toBe(true);
      expect(a.metrics.betweenness).toBeTypeOf('number');
    }
    const us = body.actors.find((a) => a.id === 'united-states')!;
    // US: agent of Accusation, Meeting, LegalAction; target of Accusation, Demand, Role (actor-to-actor).
    expect(us.metrics.outDegree).toBe(2); // distinct targets: china, unit-61398
    expect(us.metrics.inDegree).toBe(3); // distinct agents: china, yang-jiechi, john-kerry
    const accusation = body.events.find((e) => e.id === 'accusation/united-states--china')!;
    expect(accusation.docs).toHaveLength(2);
    expect(accusation.label).toBe('United States accused China');
    expect(body.metrics).toContain('pagerank');
  });

  it('caches the layout in layout.json, keyed by graph.json, and recomputes it identically', async () => {
    const cache = JSON.parse(readFileSync(join(dir, 'layout.json'), 'utf8')) as {
      graphHash: string;
      layout: unknown;
    };
    const graph = await loadGraph(dir);
    expect(cache.graphHash).toBe(graph.hash);
    const again = await layoutFor(dir, graph);
    expect(again.cached).toBe(true);
    rmSync(join(dir, 'layout.json'));
    const fresh = await layoutFor(dir, graph);
    expect(fresh.cached).toBe(false);
    expect(fresh.layout).toEqual(cache.layout);
  });

  it('GET /api/node/:id: what the actor did and what was done to it, with sentences and spans', async () => {
    const { status, body } = await get<ApiNodeDetail>('api/node/john-kerry');
    expect(status).toBe(200);
    expect(body.actor.label).toBe('John Kerry');
    expect(Object.keys(body.did).sort()).toEqual(['Role', 'Statement']);
    expect(body.undergone).toEqual({});
    for (const events of Object.values(body.did)) {
      for (const e of events!) {
        for (const m of e.mentions) {
          const text = readFileSync(join(dir, 'texts', `${m.doc}.txt`), 'utf8');
          expect(text.slice(m.start, m.end)).toBe(m.text);
          expect(m.sentence.slice(m.spanInSentence.start, m.spanInSentence.end)).toBe(m.text);
          expect(text).toContain(m.sentence);
          expect(m.headline).toBe(model.documents.find((d) => d.id === m.doc)!.headline);
        }
      }
    }
    const china = await get<ApiNodeDetail>('api/node/china');
    expect(china.body.undergone.Accusation?.[0]?.agent?.id).toBe('united-states');
    expect(china.body.did.Cyberattack?.[0]?.hedge).toBe('alleged');
  });

  it('GET /api/edge?id=: every supporting mention of an event', async () => {
    const { status, body } = await get<ApiEdgeDetail>('api/edge?id=accusation%2Funited-states--china');
    expect(status).toBe(200);
    expect(body.events).toHaveLength(1);
    expect(new Set(body.events[0]!.mentions.map((m) => m.doc)).size).toBe(2);
    expect(body.events[0]!.mentions[0]!.sentence).toBe(
      'America has frequently accused China of cyber attacks.',
    );
  });

  it('GET /api/doc/:id: the document text and metadata', async () => {
    const doc = model.documents[0]!;
    const { status, body } = await get<ApiDoc>(`api/doc/${doc.id}`);
    expect(status).toBe(200);
    expect(body.text).toBe(readFileSync(join(dir, 'texts', `${doc.id}.txt`), 'utf8'));
    expect(body.date).toBe(doc.date);
  });

  it('answers unknown ids and paths with 404 and a reason', async () => {
    expect(await get('api/node/nobody')).toEqual({
      status: 404,
      body: { error: 'no actor with id "nobody"' },
    });
    expect((await get('api/doc/..%2Fgraph')).status).toBe(404);
    expect((await get('api/edge?id=nothing')).status).toBe(404);
    expect((await get('api/edge')).status).toBe(400);
    expect((await get('api/nothing')).status).toBe(404);
  });

  it('POST /api/turtle: Turtle of just the visible subgraph, with provenance', async () => {
    const res = await fetch(new URL('api/turtle', server.url), {
      method: 'POST',
      body: JSON.stringify({ events: ['meeting/united-states--china'], actors: ['john-kerry'] }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/turtle');
    const quads = new Parser().parse(await res.text());
    const typed = (cls: string) =>
      quads
        .filter((q) => q.predicate.value.endsWith('#type') && q.object.value === NG + cls)
        .map((q) => q.subject.value);
    expect(typed('Meeting')).toHaveLength(1);
    expect(typed('Accusation')).toHaveLength(0);
    expect(typed('Person').map((s) => s.split('/').pop())).toEqual(['john-kerry']);
    expect(typed('Document')).toHaveLength(2);
    const bad = await fetch(new URL('api/turtle', server.url), { method: 'POST', body: 'not json' });
    expect(bad.status).toBe(400);
  });

  it('/sparql answers read-only SPARQL over the same graph', async () => {
    const query = `SELECT (COUNT(?e) AS ?n) WHERE { ?e a <${NG}Accusation> }`;
    const res = await fetch(new URL(`sparql?query=${encodeURIComponent(query)}`, server.url), {
      headers: { accept: 'application/sparql-results+json' },
    });
    expect(res.status).toBe(200);
    const json = (await res.json()) as { results: { bindings: { n: { value: string } }[] } };
    expect(json.results.bindings[0]!.n.value).toBe('2');
  });
});
