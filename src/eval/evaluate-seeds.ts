/** Seed links: the engine's corroborate/conflict links between the seed pages, for scoring. */
import type { Report } from '../engine/report';
import { containsNormalized } from './normalize-text';
import type { PredictedLink } from './score-seed-links';
import type { SeedGolden } from './seed-golden';

/** Every corroborating and conflicting match of a page's report, as links (related ones are not links). */
export function linksFromReport(page: string, report: Report): PredictedLink[] {
  const links: PredictedLink[] = [];
  for (const claim of report.claims) {
    for (const match of claim.corroborating)
      links.push({
        page,
        pageSentence: claim.text,
        source: match.sourceId,
        sourceClaim: match.text,
        relation: 'corroborates',
      });
    for (const match of claim.conflicting)
      links.push({
        page,
        pageSentence: claim.text,
        source: match.sourceId,
        sourceClaim: match.text,
        relation: 'conflicts',
      });
  }
  return links;
}

/**
 * Golden entries whose substrings match no page sentence or no source claim: after a change to
 * extraction or the dataset they would silently stop counting, so the harness reports them.
 */
export function staleGoldenEntries(
  golden: SeedGolden,
  pageSentences: ReadonlyMap<string, readonly string[]>,
  sourceClaims: ReadonlyMap<string, readonly string[]>,
): string[] {
  const found = (texts: readonly string[] | undefined, fragment: string) =>
    (texts ?? []).some((text) => containsNormalized(text, fragment));
  const stale: string[] = [];
  for (const link of golden.links) {
    if (!found(pageSentences.get(link.page), link.pageSentence))
      stale.push(`${link.page}: no page sentence contains “${link.pageSentence}”`);
    if (!found(sourceClaims.get(link.source), link.sourceSentence))
      stale.push(`${link.source}: no source claim contains “${link.sourceSentence}”`);
  }
  for (const entry of golden.noLink) {
    if (!found(pageSentences.get(entry.page), entry.pageSentence))
      stale.push(`${entry.page}: no page sentence contains “${entry.pageSentence}”`);
  }
  return [...new Set(stale)];
}
