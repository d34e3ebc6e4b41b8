/**
 * Every threshold of the stance judge in one place, with the reason for its value. Calibrated on the
 * seed examples (tests/unit/seed-links.test.ts) and checked by `npm run eval -- seeds`.
 */
export const THRESHOLDS = {
  /** Below this cosine (GloVe with the common directions removed) words are unrelated: "using"~"several" 0.25, "include"~"involve" 0.46. */
  minWordCosine: 0.4,
  /** A vector match is never as strong as the same word. */
  vectorMatchDiscount: 0.85,
  /** "Trump" vs "the US": the same side of the story, not the same words. */
  actorCountrySimilarity: 0.6,
  /** A clause needs this many content units before it can stand for the sentence. */
  minClauseUnits: 3,
  /** Clause windows are only searched from this whole-sentence similarity on (a speed bound, see align.ts). */
  windowFloor: 0.08,
  /** A clause-level match counts a little less than a whole-sentence one. */
  clauseDiscount: 0.85,
  /** Below this similarity two sentences are about different things. */
  related: 0.25,
  /** Two accounts of one event naming different holders of one office conflict from this similarity on. */
  sharedEventActor: 0.1,
  /** From here on a pair that differs in a slot (actor, number, date, polarity) is a conflict. */
  conflict: 0.3,
  /** From here on a pair that does not differ corroborates. */
  corroborate: 0.42,
  /** Two reports of one event (sharesFrame in judge.ts) corroborate from this similarity on... */
  sameFrameSimilarity: 0.28,
  /** ...when they share this many concepts besides the event... */
  frameMinShared: 4,
  /** ...or this many when both name the same people or places... */
  frameMinSharedNamed: 3,
  /** ...at least this many of them: who met whom, or who met where, identifies a meeting; one name does not. */
  frameIdentifyingNames: 2,
  /** ...making up this share of the smaller side's concepts. */
  frameMinShare: 0.75,
  /** ...provided this share of the page claim is found in the source: "Zelensky met Trump" shares two names with "Trump ruled out Ukraine joining NATO", not the claim. */
  corroborateCoverage: 0.4,
  /**
   * A page sentence this much of whose weighted content the source covers is contained in it and
   * corroborated, however diluted the source is (docs/quality.md, *Measurements behind the code's choices*)...
   */
  containedCoverage: 0.7,
  /** ...when it has at least this many distinct content units. */
  containedMinUnits: 3,
  /**
   * Words among the 2,000 most frequent of the vectors' corpus (GloVe 6B: Wikipedia and newswire) are
   * everyday English — the size of West's General Service List — and identify no claim on their own,
   * unless written as a name. Swept on `npm run eval -- distractors` and `judge-pairs` (docs/quality.md):
   * 1,000 keeps more tweet–claim corroborations and 3,000 drops more wrong links; golden seed links are
   * kept at every value tried (500–3,000).
   */
  commonWordRank: 2000,
  /**
   * Shared specific units (names, numbers, dates, known concepts, rarer words) a pair needs before it can
   * corroborate or conflict on a slot. Against CheckThat!'s 14,231 claims, every golden seed link has
   * two or more; most links to those claims from unrelated pages have none or one (docs/quality.md).
   */
  minSharedSpecific: 2,
  /**
   * The share of a known claim's specific keys (`minSharedSpecific`'s kind) its page must name somewhere
   * before the claim is judged against the page's sentences (`PageSubject`): at least half. Read off the
   * seed pages and `eval -- distractors`' 13 news pages, where every shown seed link names ≥ 0.5 and 14 of
   * 23 links to claims on other stories < 0.5; measured on the other pages of Readability's suite, unread
   * until `thinLinkSubjectOnPage` was read off them (`eval -- distractors --other-pages`; docs/quality.md,
   * *The page's story*).
   */
  claimSubjectOnPage: 0.5,
  /**
   * ...on a page of at least this many distinct sentences. A page of fewer (a post, a tweet under a
   * title) tells too little of its story to judge a claim's by: there the share asks of one sentence
   * what the gate asks, and more. On CheckThat! dev's 199 tweets, each a page, the share cut the gold
   * claims shown 63 → 49 (a scratch run; `eval -- posts` gives 60 with the exception; docs/quality.md,
   * *The page's story*).
   */
  storyMinSentences: 5,
  /**
   * The share a link needs instead when it rests on the model's reading alone (`PassageVerdict.thin`: a
   * conflict whose spans are the model's explanation, not a slot the difference detector read, or a
   * corroboration sharing only everyday words beside the names), on a page of `storyMinSentences` or
   * more: more than two thirds. Read off the wrong conflicts of `eval -- distractors --other-pages` (46 →
   * 7; 0.67 and 0.75 give the same) and the golden seed conflicts no slot names (8 of 11 reach it), then
   * kept for such corroborations (seed pages' links to CheckThat! 2 → 0, no golden link lost);
   * docs/quality.md, *A conflict on the page's story*.
   */
  thinLinkSubjectOnPage: 0.7,
  /** Aligned units must be at least this strong to count as the same content for slot comparisons. */
  alignedForSlots: 0.5,
  /**
   * A sentence with at least this share of its longer words (after the first) capitalised is a headline in
   * title case, where a capital marks no name: the names-alone rule leaves it to the model. News sentences
   * full of names and titles stay near half; Emergent's headlines are near 1 (docs/quality.md, *Shared
   * names alone*: reading every capital as a name cost Emergent 3.8 points).
   */
  titleCaseShare: 0.8,
  /** Weight (IDF × strength) of content whose polarity differs before it is a negation conflict. */
  negationMinWeight: 4,
  /** Aligned content negated on both sides weighing this much (one rare concept) is a shared denial... */
  sharedDenialWeight: 2.5,
  /** A shared contrast counts as a shared denial with at least this many aligned units (see judge.ts). */
  sharedContrastMinUnits: 2,
  /** ...which adds this to the similarity. */
  sharedDenialBonus: 0.2,
  /** Polarity conflicts need closer sentences than slot conflicts: shared words under a "no" are common. */
  negationConflict: 0.36,
  /** A polarity conflict needs at least two aligned units: one shared word is not a shared statement. */
  negationMinUnits: 2,
  /** ...and the differing content must be this share of the smaller of the two clauses it sits in. */
  negationClauseShare: 0.4,
} as const;
