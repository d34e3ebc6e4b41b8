/**
 * The provenance a page sentence's matches carry once all are judged: which independent report each
 * belongs to, how many outlets and independent reports back (or dispute) the sentence, and which source
 * had the claim first. Facts about the set of matches, so they are added after judging, in one place.
 */
import { earliestKnownSource } from '../provenance/earliest-source';
import { countSources, independentGroup } from '../provenance/independent-sources';
import type { ClaimReport, JudgedClaim, JudgedMatch, SourceMatch } from './report';

/** `claim` with each match's independent group and earliest mark, and the sentence's source counts. */
export function addSourceProvenance(claim: JudgedClaim): ClaimReport {
  // Related matches neither back nor dispute the sentence, so they cannot be its earliest source.
  const earliest = earliestKnownSource([...claim.corroborating, ...claim.conflicting]);
  const mark = (match: JudgedMatch, ordered: boolean): SourceMatch => ({
    ...match,
    independentGroup: independentGroup(match),
    earliestKnown: ordered && match.sourceId === earliest,
  });
  return {
    ...claim,
    corroborating: claim.corroborating.map((match) => mark(match, true)),
    conflicting: claim.conflicting.map((match) => mark(match, true)),
    related: claim.related.map((match) => mark(match, false)),
    sourceCounts: { corroborating: countSources(claim.corroborating), conflicting: countSources(claim.conflicting) },
  };
}
