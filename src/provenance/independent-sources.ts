/**
 * Independent confirmation: two outlets relaying one AFP report are one source, not two. Matches are
 * grouped by their first reporter; a match with no reporter is its publisher's own report. Pure, so the
 * popup, the side panel and the command line all count the same way.
 */
import type { AttributionChain } from './attribution-chain';
import { namesPublisher } from '../claims/source-name';
import { organisationKey } from './reporter-phrase';

/** What grouping needs of one matched claim. */
export interface ReportedMatch {
  sourceId: string;
  chain: AttributionChain;
}

/** How many outlets say something, and how many independent reports that is. */
export interface SourceCount {
  outlets: number;
  independent: number;
}

/** The publishing outlet as one key: "The Defense Post" and "Defense Post" meet; unknown outlets never do. */
export function publisherKey(match: ReportedMatch): string {
  const { publisher } = match.chain;
  // A source named only by its title or id (see `sourceName`), or by an "unknown" label in a chain built
  // elsewhere, is its own publication: two such sources are not one outlet, so each keeps its source id.
  return !namesPublisher(publisher) ? `source:${match.sourceId}` : `newsroom:${organisationKey(publisher)}`;
}

/**
 * The independent report a match belongs to: its first reporter's newsroom (`newsroom:afp`) when the
 * chain names one, else its publisher's own (`newsroom:media wall news`, or `source:seed-003` for an
 * unknown outlet). AFP's own copy and an outlet relaying AFP therefore share a key.
 */
export function independentGroup(match: ReportedMatch): string {
  const { reporter } = match.chain;
  return reporter === null ? publisherKey(match) : `newsroom:${organisationKey(reporter)}`;
}

/** Outlets and independent reports among `matches` (one relation of one page sentence). */
export function countSources(matches: readonly ReportedMatch[]): SourceCount {
  return {
    outlets: new Set(matches.map(publisherKey)).size,
    independent: new Set(matches.map(independentGroup)).size,
  };
}
