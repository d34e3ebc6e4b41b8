/**
 * From an article body to its check-worthy claims: statements another source could corroborate or
 * contradict, each with who the article says made it. Shared by the seed build (`npm run dataset`) and
 * the article builder (`npm run dataset -- build`).
 */
import type { KnownClaim } from '../../src/claims/dataset';
import { splitSentences } from '../../src/extract/sentences';
import { openingItAntecedent } from '../../src/nlp/antecedent';
import { findAttribution } from '../../src/provenance/attribution';

/**
 * Fewer words than this is a fragment, a heading or an interjection ("No.", "Moreover,"), not a claim
 * a matcher could compare; the shortest real claim in the seeds ("Trump has repeatedly ruled out …") has 11.
 */
const MIN_CLAIM_WORDS = 6;

/** A statement ends in a full stop or exclamation mark, maybe inside closing quotes or brackets. */
const ENDS_STATEMENT = /[.!…]["”’)\]]*$/;

/**
 * Addresses the reader rather than reporting: "Follow us on…", "Subscribe to…", "Click here…". Verbs
 * that also open news sentences ("Support for the bill…", "Watchdogs said…") count only in the phrases
 * that address the reader.
 */
const CALL_TO_ACTION =
  /^(?:Follow|Subscribe|Sign up|Sign our|Click|Join us|Share this|Donate|Contact your|Read more|Download (?:the|our)|Tap here|Don[’']t miss|Support (?:us|our|independent)|Watch (?:now|live|the video|our)|Let us know|Tell us|Send us)\b|\b(?:follow us on|subscribe to our|sign up for our|click here)\b/i;

/**
 * Credits, corrections and notices about the article rather than claims in it: "Reporting by …",
 * "Jane Doe contributed to this report.", "This story has been updated…", "Editor’s note: …".
 */
const BOILERPLATE =
  /^(?:(?:Additional )?Reporting by|Writing by|Editing by|Compiled by)\b|\bcontributed (?:reporting )?to this (?:report|article|story)\b|^This (?:story|article) (?:has been|was) (?:updated|corrected)\b|^(?:Editor[’']s note|Correction|Clarification)\s*:|\bAll rights reserved\b/i;

/**
 * The reporter speaking for themselves: "I" as the subject of the sentence or of its main clause, outside
 * any quotation, with no one else named as the source ("Having spent three days at NATO headquarters, I
 * can confirm…", "As I’ve tracked the developments…"). A first person inside the sentence is kept:
 * "Western officials I’ve spoken with view…" and "my sources suggest…" report others' claims, and
 * "…told me that “…”" quotes its speaker.
 */
const REPORTER_AS_SUBJECT =
  /(?:^|[,;:—–]\s*)(?:(?:As|When|While|Since|Before|After|Having|Though|Although)\s+)?I(?:[’'](?:ve|m|d|ll))?\s+[a-z]/;
const QUOTATION = /[“”"]/;

/** True for a reporter's aside (see {@link REPORTER_AS_SUBJECT}); `attribution` is what `findAttribution` found. */
export function isReportersAside(sentence: string, attribution: string | null): boolean {
  return attribution === null && !QUOTATION.test(sentence) && REPORTER_AS_SUBJECT.test(sentence);
}

/** Which extra rules apply; the article builder uses them all, the seed build {@link SEED_RULES}. */
export interface ClaimRules {
  /** Drop reporter's asides (first person outside quotations). */
  dropAsides: boolean;
  /** Dedupe sentences that differ only in case, spacing or punctuation, not only word-for-word repeats. */
  looseDuplicates: boolean;
}

/** Everything: what `npm run dataset -- build` applies to any article. */
export const ARTICLE_RULES: ClaimRules = { dropAsides: true, looseDuplicates: true };

/**
 * The committed default dataset was built before these rules; applying them would drop seed 000's
 * first-person framing sentences and move the engine's evaluation baselines. Changing that is a
 * deliberate rebuild of assets/default-dataset.json, not a side effect of the article builder.
 */
export const SEED_RULES: ClaimRules = { dropAsides: false, looseDuplicates: false };

/**
 * Why a sentence is not a claim, or null when it is one. Exported for tests and the build log.
 * `attribution` (from `findAttribution`) tells an aside from a sourced claim.
 */
export function notAClaimBecause(
  sentence: string,
  rules: ClaimRules = SEED_RULES,
  attribution: string | null = null,
): string | null {
  if (/\?["”’)\]]*$/.test(sentence)) return 'question';
  if (!ENDS_STATEMENT.test(sentence)) return 'heading or fragment';
  if (sentence.split(/\s+/).length < MIN_CLAIM_WORDS) return 'too short';
  if (CALL_TO_ACTION.test(sentence)) return 'call to action';
  if (BOILERPLATE.test(sentence)) return 'boilerplate';
  if (rules.dropAsides && isReportersAside(sentence, attribution)) return "reporter's aside";
  return null;
}

/** The form two sentences share when they differ only in case, spacing, quotes or punctuation. */
function looseKey(sentence: string): string {
  return sentence
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The claims of one source, numbered `${sourceId}#1`, `#2`, … in reading order. Attribution runs over
 * every sentence (headings and questions included) and across paragraph breaks, so each sentence sees
 * its true predecessor ("She noted…" opens a paragraph in seed 002). A sentence repeated (a pull quote,
 * a restated standfirst) is kept once.
 */
export function selectClaims(
  sourceId: string,
  paragraphs: readonly string[],
  rules: ClaimRules = SEED_RULES,
): KnownClaim[] {
  const claims: KnownClaim[] = [];
  const seen = new Set<string>();
  let previous: string | null = null;
  let previousAttribution: string | null = null;
  let previousAntecedent: string | null = null;
  for (const paragraph of paragraphs) {
    for (const { text } of splitSentences(paragraph)) {
      const attribution = findAttribution(text, { previous, previousAttribution });
      const antecedent = openingItAntecedent(text, previous, previousAntecedent);
      previous = text;
      previousAttribution = attribution;
      previousAntecedent = antecedent;
      const key = rules.looseDuplicates ? looseKey(text) : text;
      if (notAClaimBecause(text, rules, attribution) !== null || seen.has(key)) continue;
      seen.add(key);
      const claim: KnownClaim = { id: `${sourceId}#${claims.length + 1}`, text, attribution };
      if (antecedent) claim.antecedent = antecedent;
      claims.push(claim);
    }
  }
  return claims;
}
