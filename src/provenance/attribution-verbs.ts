/** The verbs by which news prose attributes a claim ("said", "told", "confirmed"), sorted by how they behave. */

/** Past-tense reporting verbs, which attribute wherever a speaker stands before (or, quoted, after) them. */
export const PAST = new Set([
  'said', 'told', 'confirmed', 'stated', 'warned', 'explained', 'noted', 'added', 'clarified', 'announced',
  'insisted', 'argued', 'emphasized', 'emphasised', 'stressed', 'claimed', 'acknowledged', 'admitted',
  'asserted', 'maintained', 'described', 'wrote', 'reported', 'revealed', 'disclosed', 'suggested',
  'questioned', 'cautioned', 'predicted', 'conceded', 'denied', 'replied', 'responded',
]);
/**
 * Present-tense forms. Many double as nouns ("member states", "reports surfacing"), so they count only
 * before "that", a quotation, a colon or a capitalised word.
 */
export const PRESENT = new Set([
  'says', 'say', 'tells', 'confirms', 'confirm', 'states', 'warns', 'warn', 'explains', 'notes', 'note',
  'adds', 'clarifies', 'announces', 'insists', 'insist', 'argues', 'argue', 'emphasizes', 'stresses',
  'claims', 'claim', 'reports', 'report', 'reveals', 'suggests', 'suggest', 'writes', 'describes',
  'maintains', 'maintain', 'predicts',
]);
/** Verbs of evidence and belief that attribute only with a `that`-clause ("a poll found that …"). */
export const NEEDS_THAT = new Set([
  'indicates', 'indicated', 'shows', 'showed', 'found', 'finds', 'fear', 'fears', 'feared', 'believe',
  'believes', 'believed', 'estimates', 'estimated',
]);
/** Participles after a comma ("…, noting that") whose speaker is the sentence's subject. */
export const PARTICIPLES = new Set([
  'saying', 'noting', 'adding', 'warning', 'stressing', 'insisting', 'arguing', 'explaining', 'clarifying',
  'emphasizing', 'claiming', 'stating',
]);
/** A word before the verb that makes it something else: "the said agreement", "was told", "to say". */
export const BLOCKING_BEFORE = new Set([
  'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'of', 'to', 'for', 'with', 'by', 'from',
  'was', 'were', 'been', 'being', 'is', 'are', 'be', 'would', 'could', 'will', 'can', 'may', 'might',
  'should', 'must', 'did', 'do', 'does', 'not', 'never', 'and', 'or',
]);
/** Verbs that may come before their speaker after a comma ("…, said the official"). */
export const INVERTIBLE = new Set(['said', 'says', 'added', 'explained', 'warned', 'noted', 'wrote']);

/** True for any word above that can introduce an attribution. */
export function isReportingVerb(word: string): boolean {
  return PAST.has(word) || PRESENT.has(word) || NEEDS_THAT.has(word) || PARTICIPLES.has(word);
}
