/** How a CheckThat!-style verified claim ({claim, title, subtitle}) is indexed for search. */
import type { SearchableClaim } from './claim-search';

/**
 * The claim's text, with title and subtitle as its title field: Snopes titles and subtitles restate the claim in other
 * words, which is exactly what retrieval needs (docs/quality.md, *Measurements behind the code's choices*).
 */
export function searchableClaim(claim: {
  id: string;
  claim: string;
  title: string;
  subtitle: string;
}): SearchableClaim {
  return { id: claim.id, text: claim.claim, title: `${claim.title} ${claim.subtitle}`.trim() };
}
