import type { EntityType, EventClass } from '../../src/model/types.js';

export const TYPE_COLORS: Record<EntityType, string> = {
  Person: '#4e79a7',
  Country: '#e15759',
  GovernmentBody: '#f28e2b',
  MilitaryUnit: '#76b7b2',
  Company: '#59a14f',
  Organization: '#edc948',
  ThreatGroup: '#b07aa1',
  Place: '#9c755f',
};

export const CLASS_COLORS: Record<EventClass, string> = {
  Statement: '#8c8c8c',
  Accusation: '#d62728',
  Denial: '#9467bd',
  Demand: '#ff7f0e',
  Agreement: '#2ca02c',
  CooperationOffer: '#17becf',
  Meeting: '#1f77b4',
  Cyberattack: '#8b0000',
  LegalAction: '#bcbd22',
  Sanction: '#e377c2',
  Report: '#7f7f7f',
  Role: '#c7c7c7',
};

export const DOC_COLOR = '#333333';

const COMMUNITY_PALETTE = [
  '#1b9e77',
  '#d95f02',
  '#7570b3',
  '#e7298a',
  '#66a61e',
  '#e6ab02',
  '#a6761d',
  '#666666',
  '#1f78b4',
  '#b2df8a',
  '#fb9a99',
  '#cab2d6',
];

export function communityColor(index: number): string {
  return COMMUNITY_PALETTE[index % COMMUNITY_PALETTE.length]!;
}
