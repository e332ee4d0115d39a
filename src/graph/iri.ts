// The IRIs of the data (docs/design.md, "IRIs and vocabulary").
import { DataFactory, type NamedNode } from 'n3';
import { NG, NGD, PREFIXES } from './prefixes.js';

const { namedNode } = DataFactory;

export const entityIri = (id: string): NamedNode => namedNode(`${NGD}entity/${id}`);
/** Event ids are `<class-lowercase>/<agent>--<target>[--about-<about>]`, made by the merge. */
export const eventIri = (id: string): NamedNode => namedNode(`${NGD}event/${id}`);
export const docIri = (id: string): NamedNode => namedNode(`${NGD}doc/${id}`);
export const mentionIri = (docId: string, start: number, end: number): NamedNode =>
  namedNode(`${NGD}mention/${docId}/${start}-${end}`);

export const ng = (local: string): NamedNode => namedNode(NG + local);
const vocab = (prefix: string) => (local: string) => namedNode(PREFIXES[prefix] + local);
export const rdf = vocab('rdf');
export const rdfs = vocab('rdfs');
export const skos = vocab('skos');
export const prov = vocab('prov');
export const schema = vocab('schema');
export const xsd = vocab('xsd');
