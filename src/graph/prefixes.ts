/** The prefixes of the graph: declared in every export and for every query. */
export const NG = 'https://w3id.org/newsgraph/ontology#';
export const NGD = 'https://w3id.org/newsgraph/id/';

export const PREFIXES: Readonly<Record<string, string>> = {
  ng: NG,
  ngd: NGD,
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  owl: 'http://www.w3.org/2002/07/owl#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  prov: 'http://www.w3.org/ns/prov#',
  schema: 'https://schema.org/',
  sem: 'http://semanticweb.cs.vu.nl/2009/11/sem/',
  nif: 'http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#',
  oa: 'http://www.w3.org/ns/oa#',
  sh: 'http://www.w3.org/ns/shacl#',
  dcterms: 'http://purl.org/dc/terms/',
};

/** Extra prefixes for readable exports of the data (not added to queries). */
export const DATA_PREFIXES: Readonly<Record<string, string>> = {
  entity: `${NGD}entity/`,
  doc: `${NGD}doc/`,
};
