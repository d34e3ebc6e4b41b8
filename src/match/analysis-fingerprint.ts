/**
 * A fingerprint of the sentence analysis: a packed claim index stores the keys the analysis gave its
 * claims, so an index packed by an older analysis (a concept added, a stemmer changed) would silently
 * miss matches. Opening such an index re-packs it instead. The fingerprint covers the lexicon (its
 * version and its entries) and the stopwords the analysis reads and, for the code itself, the keys and
 * search terms it gives a few probe sentences; and the layout of the index's vectors by meaning, so an
 * index stored in an older layout is packed again too.
 */
import { seededHash } from './seeded-hash';
import { analyzeInContext } from '../nlp/analyze-in-context';
import { LEXICON } from '../nlp/lexicon';
import { STOPWORDS } from '../nlp/stopwords';
import { MEANING_LAYOUT } from './meaning-index';
import { searchTerms } from './search-terms';

/** Sentences (and an opening pronoun's antecedent) that exercise words, concepts, office-holders, negation, contrast, numbers, dates (absolute and relative) and antecedents. */
const PROBES: ReadonlyArray<[text: string, antecedent: string | null]> = [
  ['Trump has repeatedly ruled out Ukraine joining the Western military alliance.', null],
  ['The Biden administration proposed on August 16, 2025 that 10,000 to 30,000 troops would not be sent.', null],
  [
    'According to a diplomatic source speaking to AFP, Meloni said the guarantee was inspired by Article 5 rather than membership.',
    null,
  ],
  ['Kyiv has long aspired to join NATO, but Putin is categorically against it.', null],
  ['The board turned down the takeover offer and declined to comment.', null],
  [
    'It would be a standalone pact, separate from the collective defense agreement between NATO member countries.',
    'The proposed deal for Ukraine',
  ],
  [
    'If one member is attacked, the entire alliance comes to its defense, as an attack on Ukraine would be an attack on all.',
    null,
  ],
  // Dates take their words out of the units, and a stored claim's "has a date" byte comes from them.
  ["Ministers who met yesterday will meet on 15 August, after last week's talks and before next Monday.", null],
];

function analysisSignature(): string {
  const probes = PROBES.map(([text, antecedent]) => {
    const analysis = analyzeInContext(text, antecedent);
    const units = analysis.units.map(
      (u) =>
        `${u.key}:${u.negated ? 'n' : ''}${u.contrast ? 'c' : ''}${u.irrealis ? 'i' : ''}${u.attribution ? 'a' : ''}${u.clause}`,
    );
    const dates = analysis.dates.map((d) => `${d.key}:${d.direction}${d.clause}`);
    return `${units.join(' ')} | ${searchTerms(analysis).join(' ')} | ${dates.join(' ')}`;
  });
  return JSON.stringify([LEXICON, [...STOPWORDS].sort(), probes, MEANING_LAYOUT]);
}

let fingerprint: string | null = null;

/**
 * Changes whenever the analysis gives claims different keys (as far as the tables and probes show).
 * Worked out on first use, not at load: the worker wakes for many messages that never touch an index.
 */
export function analysisFingerprint(): string {
  if (fingerprint === null) {
    const signature = analysisSignature();
    fingerprint = `${seededHash(signature, 1).toString(16)}-${seededHash(signature, 2).toString(16)}`;
  }
  return fingerprint;
}
