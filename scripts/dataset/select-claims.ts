/**
 * From an article body to its check-worthy claims: statements another source could corroborate or
 * contradict, each with who the article says made it.
 */
import type { KnownClaim } from '../../src/claims/dataset';
import { splitSentences } from '../../src/extract/sentences';
import { findAttribution } from '../../src/provenance/attribution';

/**
 * Fewer words than this is a fragment, a heading or an interjection ("No.", "Moreover,"), not a claim
 * a matcher could compare; the shortest real claim in the seeds ("Trump has repeatedly ruled out …") has 11.
 */
const MIN_CLAIM_WORDS = 6;

/** A statement ends in a full stop or exclamation mark, maybe inside closing quotes or brackets. */
const ENDS_STATEMENT = /[.!…]["”’)\]]*$/;

/** Addresses the reader rather than reporting: "Follow us on…", "Subscribe to…", "Click here…". */
const CALL_TO_ACTION = /^(?:Follow|Subscribe|Sign up|Sign our|Click|Join us|Share this|Donate|Contact your|Read more)\b|\b(?:follow us on|subscribe to our)\b/i;

/** Why a sentence is not a claim, or null when it is one. Exported for tests and the build log. */
export function notAClaimBecause(sentence: string): string | null {
  if (/\?["”’)\]]*$/.test(sentence)) return 'question';
  if (!ENDS_STATEMENT.test(sentence)) return 'heading or fragment';
  if (sentence.split(/\s+/).length < MIN_CLAIM_WORDS) return 'too short';
  if (CALL_TO_ACTION.test(sentence)) return 'call to action';
  return null;
}

/**
 * The claims of one source, numbered `${sourceId}#1`, `#2`, … in reading order. Attribution runs over
 * every sentence (headings and questions included) and across paragraph breaks, so each sentence sees
 * its true predecessor ("She noted…" opens a paragraph in seed 002). A sentence repeated word for word
 * (a pull quote, a restated standfirst) is kept once.
 */
export function selectClaims(sourceId: string, paragraphs: readonly string[]): KnownClaim[] {
  const claims: KnownClaim[] = [];
  const seen = new Set<string>();
  let previous: string | null = null;
  let previousAttribution: string | null = null;
  for (const paragraph of paragraphs) {
    for (const { text } of splitSentences(paragraph)) {
      const attribution = findAttribution(text, { previous, previousAttribution });
      previous = text;
      previousAttribution = attribution;
      if (notAClaimBecause(text) !== null || seen.has(text)) continue;
      seen.add(text);
      claims.push({ id: `${sourceId}#${claims.length + 1}`, text, attribution });
    }
  }
  return claims;
}
