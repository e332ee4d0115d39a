// `newsgraph serve` answers /sparql for clients nobody here wrote: Python's SPARQLWrapper and rdflib
// from Debian's packages. rdflib also reads every Turtle and JSON-LD export.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  countTriples,
  DEBIAN_PYTHON,
  newsgraphOk,
  run,
  SEEDS,
  serve,
  tempDir,
  type Served,
} from './helpers.js';

const PREFIX = `PREFIX ng: <https://w3id.org/newsgraph/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
`;
const SELECT = `${PREFIX}SELECT ?event ?label ?confidence WHERE { ?event ng:agent ?agent ; rdfs:label ?label ; ng:confidence ?confidence }`;
const ASK = `${PREFIX}ASK { ?event ng:agent ?agent }`;
const ASK_NOTHING = `${PREFIX}ASK { ?event ng:agent ng:NoSuchThing }`;
const CONSTRUCT = `${PREFIX}CONSTRUCT { ?event ng:agent ?agent } WHERE { ?event ng:agent ?agent }`;

const CLIENT = `
import json, sys
from urllib.error import HTTPError
from urllib.parse import quote
from SPARQLWrapper import SPARQLWrapper, JSON, XML, CSV, TSV, TURTLE, GET, POST
import rdflib
from rdflib.plugins.stores.sparqlstore import SPARQLStore

endpoint, select, ask, ask_nothing, construct = sys.argv[1:6]

def client(query, fmt, method=GET):
    s = SPARQLWrapper(endpoint)
    s.setQuery(query)
    s.setReturnFormat(fmt)
    s.setMethod(method)
    return s

out = {}
out["json"] = client(select, JSON).query().convert()
out["json_post"] = client(select, JSON, POST).query().convert()
xml = client(select, XML, POST).query().convert()
out["xml_rows"] = sorted(
    tuple(sorted((b.getAttribute("name"), b.firstChild.firstChild.nodeValue) for b in r.getElementsByTagName("binding")))
    for r in xml.getElementsByTagName("result"))
out["csv"] = client(select, CSV).query().convert().decode("utf-8")
out["tsv"] = client(select, TSV).query().convert().decode("utf-8")
out["ask"] = client(ask, JSON).query().convert()["boolean"]
out["ask_nothing"] = client(ask_nothing, XML).query().convert().getElementsByTagName("boolean")[0].firstChild.nodeValue

turtle = client(construct, TURTLE).query().convert()
g = rdflib.Graph()
g.parse(data=turtle, format="turtle")
out["construct_turtle"] = sorted(t.n3() for t in g.subjects())
nt = rdflib.Graph()
nt.parse(endpoint + "?query=" + quote(construct), format="nt")
out["construct_nt"] = len(nt)

store = rdflib.Graph(SPARQLStore(endpoint, returnFormat="xml"))
out["rdflib_store_rows"] = len(list(store.query(select)))

update = client("INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }", JSON, POST)
try:
    update.query()
    out["update"] = "accepted"
except HTTPError as e:
    out["update"] = e.code
except Exception as e:
    out["update"] = type(e).__name__ + ": " + str(e)
out["after_update"] = client("ASK { <urn:x:a> ?p ?o }", JSON).query().convert()["boolean"]
print(json.dumps(out))
`;

const PARSE_EXPORTS = `
import json, sys
import rdflib
turtle_path, jsonld_path = sys.argv[1:3]
t = rdflib.Graph()
t.parse(turtle_path, format="turtle")
j = rdflib.ConjunctiveGraph()
j.parse(jsonld_path, format="json-ld")
turtle_triples = set(t)
jsonld_triples = set((s, p, o) for s, p, o, _ in j.quads((None, None, None, None)))
print(json.dumps({"turtle": len(turtle_triples), "jsonld": len(jsonld_triples), "same": turtle_triples == jsonld_triples}))
`;

const PARSE_TURTLE = `
import json, sys
import rdflib
g = rdflib.Graph()
g.parse(sys.argv[1], format="turtle")
print(json.dumps({"triples": len(g), "subjects": sorted(set(str(s) for s in g.subjects()))}))
`;

interface ClientReport {
  json: { head: { vars: string[] }; results: { bindings: Record<string, { value: string }>[] } };
  json_post: ClientReport['json'];
  xml_rows: [string, string][][];
  csv: string;
  tsv: string;
  ask: boolean;
  ask_nothing: string;
  construct_turtle: string[];
  construct_nt: number;
  rdflib_store_rows: number;
  update: number | string;
  after_update: boolean;
}

describe('/sparql of newsgraph serve, driven by SPARQLWrapper and rdflib', () => {
  let graphDir: string;
  let server: Served;
  let expected: { head: { vars: string[] }; results: { bindings: Record<string, { value: string }>[] } };

  beforeAll(async () => {
    graphDir = join(tempDir('endpoint'), 'out');
    await newsgraphOk(['build', SEEDS, '--out', graphDir]);
    expected = JSON.parse(
      await newsgraphOk(['query', '--graph', graphDir, '--format', 'json', SELECT]),
    ) as typeof expected;
    server = await serve([graphDir]);
  });

  afterAll(async () => {
    await server?.stop();
  });

  it('answers SELECT, ASK and CONSTRUCT in every format the clients ask for, and refuses updates', async () => {
    const endpoint = `${server.url}/sparql`;
    const r = await run(DEBIAN_PYTHON, ['-c', CLIENT, endpoint, SELECT, ASK, ASK_NOTHING, CONSTRUCT]);
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as ClientReport;

    const rows = expected.results.bindings;
    expect(rows.length).toBeGreaterThan(0);
    const key = (b: Record<string, { value: string }>) =>
      `${b.event!.value} ${b.label!.value} ${b.confidence!.value}`;
    expect(report.json.head.vars).toEqual(['event', 'label', 'confidence']);
    expect(report.json.results.bindings.map(key).sort()).toEqual(rows.map(key).sort());
    expect(report.json_post.results.bindings.map(key).sort()).toEqual(rows.map(key).sort());

    expect(report.xml_rows).toHaveLength(rows.length);
    expect(report.xml_rows.map((row) => row.map(([, v]) => v).join(' ')).sort()).toEqual(
      rows.map((b) => [b.confidence!.value, b.event!.value, b.label!.value].join(' ')).sort(),
    );

    const csvLines = report.csv.trim().split(/\r\n/);
    expect(csvLines[0]).toBe('event,label,confidence');
    expect(csvLines).toHaveLength(rows.length + 1);
    const tsvLines = report.tsv.trim().split('\n');
    expect(tsvLines[0]).toBe('?event\t?label\t?confidence');
    expect(tsvLines).toHaveLength(rows.length + 1);
    expect(tsvLines[1]).toMatch(/^<https:\/\/w3id\.org\/newsgraph\/id\/event\//);

    expect(report.ask).toBe(true);
    expect(report.ask_nothing).toBe('false');

    const agents = new Set(rows.map((b) => `<${b.event!.value}>`));
    expect(new Set(report.construct_turtle)).toEqual(agents);
    expect(report.construct_nt).toBe(report.construct_turtle.length);
    expect(report.rdflib_store_rows).toBe(rows.length);

    expect(report.update).toBe(403);
    expect(report.after_update).toBe(false);
  });

  it('lets a browser-based editor in: CORS preflight and headers', async () => {
    const preflight = await fetch(`${server.url}/sparql`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://yasgui.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-methods')).toContain('POST');
    expect(preflight.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('content-type');

    const answer = await fetch(`${server.url}/sparql`, {
      method: 'POST',
      headers: {
        origin: 'https://yasgui.example',
        'content-type': 'application/sparql-query',
        accept: 'application/sparql-results+json',
      },
      body: ASK,
    });
    expect(answer.headers.get('access-control-allow-origin')).toBe('*');
    expect(await answer.json()).toEqual({ head: {}, boolean: true });

    const bad = await fetch(`${server.url}/sparql?query=${encodeURIComponent('SELECT * WHERE { ?s ?p }')}`);
    expect(bad.status).toBe(400);
    expect((await bad.text()).trim().split('\n')).toHaveLength(1);
  });

  it('writes Turtle and JSON-LD exports that rdflib reads to the same triples', async () => {
    const dir = tempDir('exports');
    const turtle = join(dir, 'graph.ttl');
    const jsonld = join(dir, 'graph.jsonld');
    writeFileSync(turtle, await newsgraphOk(['export', '--graph', graphDir, '--format', 'turtle']));
    writeFileSync(jsonld, await newsgraphOk(['export', '--graph', graphDir, '--format', 'jsonld']));
    const r = await run(DEBIAN_PYTHON, ['-c', PARSE_EXPORTS, turtle, jsonld]);
    expect(r.code, r.stderr).toBe(0);
    const parsed = JSON.parse(r.stdout) as { turtle: number; jsonld: number; same: boolean };
    expect(parsed.turtle).toBe(countTriples(turtle));
    expect(parsed.turtle).toBeGreaterThan(0);
    expect(parsed.jsonld).toBe(parsed.turtle);
    expect(parsed.same).toBe(true);
  });

  it("writes the viewer's Turtle of a subgraph so that rdflib reads it", async () => {
    const graph = (await (await fetch(`${server.url}/api/graph`)).json()) as {
      actors: { id: string }[];
      events: { id: string }[];
    };
    const events = graph.events.slice(0, 3).map((e) => e.id);
    const response = await fetch(`${server.url}/api/turtle`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ events, actors: [graph.actors[0]!.id] }),
    });
    expect(response.status).toBe(200);
    const file = join(tempDir('subgraph'), 'subgraph.ttl');
    writeFileSync(file, await response.text());
    const r = await run(DEBIAN_PYTHON, ['-c', PARSE_TURTLE, file]);
    expect(r.code, r.stderr).toBe(0);
    const parsed = JSON.parse(r.stdout) as { triples: number; subjects: string[] };
    expect(parsed.triples).toBe(countTriples(file));
    expect(parsed.triples).toBeGreaterThan(0);
    for (const id of events) expect(parsed.subjects.some((s) => s.endsWith(`/${id}`) || s === id)).toBe(true);
  });
});
