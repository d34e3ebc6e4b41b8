/**
 * Stance cue lexicons. A body that says "hoax" or "denied" near the claim tends to refute it; one that
 * says "reportedly" or "unconfirmed" tends to discuss it; "confirmed" tends to agree. These are the
 * hand-written counterparts of the FNC-1 baseline's refuting words, extended with hedges and
 * confirmations, and they are features for the trained model, not rules.
 */

/** Words that debunk: the vocabulary of fact-checks and denials (FNC-1's "disagree" bodies). */
export const REFUTING = new Set([
  'fake', 'fraud', 'hoax', 'hoaxes', 'false', 'falsely', 'deny', 'denies', 'denied', 'denial', 'debunk', 'debunked',
  'debunks', 'bogus', 'untrue', 'misleading', 'satire', 'satirical', 'prank', 'pranks', 'retract', 'retracted',
  'retraction', 'baseless', 'fabricated', 'fabrication', 'myth', 'refute', 'refuted', 'refutes', 'dismissed',
  'nonsense', 'incorrect', 'photoshopped', 'doctored', 'spoof', 'parody', 'fiction', 'fictional', 'unfounded',
  'misinformation', 'disinformation', 'scam', 'nope', 'disputed', 'disputes', 'contradicted', 'contrary',
]);

/** Words that weaken or turn what follows: weaker refutation signals than the debunking vocabulary. */
export const CONTRASTING = new Set([
  'however', 'but', 'although', 'despite', 'doubt', 'doubts', 'doubtful', 'skeptical', 'sceptical', 'questioned',
  'questionable', 'actually', 'instead', 'rather',
]);

/** Words that report without committing: the "discuss" register. */
export const HEDGING = new Set([
  'reportedly', 'allegedly', 'alleged', 'claims', 'claimed', 'claim', 'according', 'may', 'might', 'could',
  'unconfirmed', 'rumor', 'rumors', 'rumours', 'purportedly', 'purported', 'appears', 'apparently', 'suggests',
  'suggested', 'speculation', 'speculated', 'possibly', 'possible', 'believed', 'unverified', 'report', 'reports',
  'reported', 'said', 'says', 'told', 'sources', 'source', 'supposedly', 'seems', 'seemingly', 'if', 'whether',
  'unclear', 'investigating', 'investigation',
]);

/** Words that confirm. */
export const CONFIRMING = new Set([
  'confirmed', 'confirms', 'confirm', 'confirmation', 'verified', 'verify', 'official', 'officially', 'announced',
  'revealed', 'indeed', 'true', 'proven', 'proof', 'evidence', 'acknowledged', 'admitted', 'admits', 'showed', 'shows',
]);

/**
 * Words that doubt rather than deny: "astronomers have questioned whether…", "scientists aren't so
 * sure", "raises doubts about that scenario". FNC-1's "disagree" bodies doubt as often as they deny, and
 * in CONTRASTING these words were diluted by "however" and "but", which every kind of body uses.
 */
export const DOUBTING = new Set([
  'doubt', 'doubts', 'doubted', 'doubtful', 'doubting', 'skeptical', 'sceptical', 'skepticism', 'scepticism',
  'skeptics', 'sceptics', 'questioned', 'questioning', 'unconvinced', 'unlikely', 'implausible', 'dubious',
  'unproven', 'unsubstantiated', 'puzzled', 'contradict', 'contradicts', 'inconsistent', 'unrelated',
  'mistaken', 'erroneous', 'wrongly', 'misidentified', 'misreported', 'speculative', 'rejects', 'rejected',
]);

/**
 * Refutations that take more than one word: "not true", "no evidence", "nothing to do with". Matched as
 * token-norm sequences.
 */
export const REFUTING_PHRASES: readonly string[][] = [
  'not true', 'no evidence', 'nothing to do with', 'never happened', 'did not happen', "didn't happen", 'not real',
  'no truth', 'no proof', 'not the case', 'not so sure', 'made up', 'is fake', 'was fake', 'no such', 'not a',
  'has not been', 'have not been', 'were not', 'was not', 'is not',
].map((phrase) => phrase.split(' '));
