// Display labels of events ("United States accused China"): what a person reads in a list.
import type { EventClass } from '../model/types.js';

const PHRASES: Record<EventClass, [string, string?]> = {
  Statement: ['made a statement', 'to'],
  Accusation: ['accused'],
  Denial: ['denied', 'the accusations of'],
  Demand: ['pressed'],
  Agreement: ['agreed with'],
  CooperationOffer: ['offered to cooperate', 'with'],
  Meeting: ['met'],
  Cyberattack: ['attacked'],
  LegalAction: ['took legal action against'],
  Sanction: ['imposed sanctions', 'on'],
  Report: ['reported on'],
  Role: ['serves'],
};

export function eventLabel(
  cls: EventClass,
  agent: string | undefined,
  target: string | undefined,
  negated: boolean,
): string {
  const [verb, joiner] = PHRASES[cls];
  const who = agent ?? 'Unnamed actor';
  const whom = target ? ` ${joiner ? `${joiner} ` : ''}${target}` : '';
  return `${negated ? 'Not: ' : ''}${who} ${verb}${whom}`;
}
