/**
 * Attribution: which clauses of a sentence say who said it ("According to a diplomatic source speaking
 * to AFP,", "the diplomatic source told AFP") rather than what. Attribution is not content: two reports
 * quoting different sources can state the same fact, and one source can state two facts.
 */
import type { Token } from './tokenize';

/** Words that make a short clause an attribution rather than content. */
const REPORTING_CUES = new Set([
  'according',
  'said',
  'says',
  'told',
  'tells',
  'confirmed',
  'stated',
  'explained',
  'noted',
  'added',
  'reported',
  'reports',
  'announced',
  'warned',
  'clarified',
  'insisted',
]);
/**
 * "speaking to AFP" names who said it; "speaking at a virtual summit with European leaders" says where,
 * which is content another report can confirm ("a call Trump held with European leaders").
 */
const SPEAKING_TO = new Set(['to', 'with', 'on']);

function isReportingCue(tokens: Token[], i: number): boolean {
  const norm = tokens[i]!.norm;
  if (norm === 'speaking') return SPEAKING_TO.has(tokens[i + 1]?.norm ?? '') && tokens[i + 2]?.norm !== 'a';
  return REPORTING_CUES.has(norm);
}

/** Who is quoted when a sentence opens with its source: "Another source … confirmed the guarantees had been discussed". */
const SOURCE_NOUNS = new Set([
  'source',
  'sources',
  'official',
  'officials',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'diplomat',
  'diplomats',
  'aide',
  'aides',
  'insider',
  'insiders',
  'analyst',
  'analysts',
  'expert',
  'experts',
  'person',
  'people',
]);
/** Reporting verbs after which a source's words begin. */
const REPORTING_VERBS = new Set([
  'said',
  'says',
  'told',
  'confirmed',
  'stated',
  'added',
  'noted',
  'explained',
  'reported',
  'warned',
  'insisted',
  'claimed',
]);
/** A subject naming a source is short: "Another source with knowledge of the matter". */
const MAX_SOURCE_SUBJECT = 10;

/**
 * "Another source with knowledge of the matter confirmed the NATO-like guarantees had been discussed":
 * no comma separates who said it from what, so the first clause ends after the reporting verb when the
 * words before it name a source (and the attribution rule below then marks them).
 */
export function splitSubjectAttribution(tokens: Token[], clauseOf: number[]): void {
  let sawSource = false;
  for (let i = 0; i < tokens.length && i <= MAX_SOURCE_SUBJECT && clauseOf[i] === 0; i++) {
    if (SOURCE_NOUNS.has(tokens[i]!.norm)) sawSource = true;
    else if (sawSource && REPORTING_VERBS.has(tokens[i]!.norm)) {
      if (clauseOf[i + 1] !== 0) return;
      for (let k = i + 1; k < tokens.length; k++) clauseOf[k]!++;
      return;
    }
  }
}

/** An attribution clause is short; a long clause with "said" in it carries content too. */
const MAX_ATTRIBUTION_TOKENS = 14;

/** Clauses that are attributions: short ones holding a reporting cue, unless every clause is one. */
export function findAttributionClauses(tokens: Token[], clauseOf: readonly number[]): Set<number> {
  const clauseSizes = new Map<number, number>();
  for (const c of clauseOf) clauseSizes.set(c, (clauseSizes.get(c) ?? 0) + 1);
  const attributionClauses = new Set<number>();
  if (clauseSizes.size > 1) {
    tokens.forEach((_, i) => {
      if (isReportingCue(tokens, i) && clauseSizes.get(clauseOf[i]!)! <= MAX_ATTRIBUTION_TOKENS)
        attributionClauses.add(clauseOf[i]!);
    });
    if (attributionClauses.size === clauseSizes.size) attributionClauses.clear();
  }
  return attributionClauses;
}
