/**
 * judge(claim, passage): the stance function the extension, the CLI and the evaluation harness share,
 * on one sentence pair — every pair the extension judges. The learned sentence-pair judge (pair-model.ts,
 * gradient-boosted trees trained by `npm run train` on public sentence-pair sets) decides the relation
 * and its probability from the pair's features (pair-features.ts); on the pairs its trees are unsure
 * of, second-stage trees that also read a word-level attention model (attention-model.ts) decide. The rules' signals (judge.ts: the
 * alignment, the difference detector, polarity) are among those features, and the difference detector
 * supplies the spans a reader sees. Article bodies (FNC-1, ARC) are judged by src/eval/body, outside the
 * extension.
 */
import type { Difference, Relation } from './verdict-types';
import type { SentenceAnalysis } from '../nlp/analyze-sentence';
import { analyzeSentence } from '../nlp/analyze-sentence';
import { defaultWordVectors } from '../nlp/default-vectors';
import type { WordVectors } from '../nlp/word-vectors';
import { rankWeigher } from './corpus-weights';
import { defaultAttentionModel, defaultPairModel } from './default-pair-model';
import { attentionTokens } from './attention-tokens';
import { explainConflict } from './explain-conflict';
import { reportsOtherOccasion } from './occasions';
import { agentsOfOneKindOfEvent } from './named-actors';
import { namedActorDifferences } from './differences';
import { openingDoersDiffer } from './opening-doer';
import { sharedBeyondNames } from './specific-content';
import { withWholePhrases } from './whole-phrase';
import { judgeSentences, type JudgeContext } from './judge';
import { pairFeatures, sidedWords } from './pair-features';
import { modelInput, PAIR_CLASSES, predictCascade } from './pair-model';

/** The verdict on a claim against a passage. */
export interface PassageVerdict {
  relation: Relation;
  /** The model's probability of `relation`, 0–1 (calibrated on validation pairs). */
  score: number;
  /**
   * What decided: the sentence-pair model's trees, or its second stage (trees reading the attention
   * model's probabilities too) on a pair the trees were unsure of; the body model for article bodies
   * (src/eval/body).
   */
  decidedBy: 'model' | 'model+attention' | 'body-model';
  /** The model's probability of each relation. */
  probabilities?: Record<Relation, number>;
  /** The passage sentences the verdict rests on, most telling first. */
  evidence: string[];
  differences: Difference[];
  /**
   * Set on a link that rests on the model's reading alone: a conflict whose spans are the model's
   * explanation (explain-conflict.ts: a negation one side has, the content each side lacks, the loosest
   * match) rather than a slot the difference detector read (actor, number, date, negation), or a
   * corroboration that shares, besides the people it names, only everyday words ("people", "team"); and a
   * conflict over who, whose relation the detector gave. The analyzer asks more of such a link's claim
   * (`THRESHOLDS.thinLinkSubjectOnPage`).
   */
  thin?: true;
  /**
   * Set on a conflict over who: the model read the two as on one subject (anything but unrelated), and
   * the difference detector found that they name different doers of one kind of event. Its `score` stays
   * the model's probability of a conflict, often low, and it is not held to the model's link threshold;
   * where the model did not itself call it a conflict it is `thin` too.
   */
  overWho?: true;
}

/** What `judge` may be told: the judge's inputs when the caller has better ones. */
export interface JudgeOptions {
  vectors?: WordVectors;
  /** Always one sentence (a passage of several is judged as one unit, as the model was trained). */
  grain?: 'sentence';
  /**
   * Who holds which office, as the analyzer knows it from the page and the source, and when each was
   * published. Words are always weighed by their rank in the vector table, as the model was trained.
   */
  context?: Pick<JudgeContext, 'offices' | 'published'>;
}

/** A passage already analyzed (the analyzer holds its claims analyzed): one sentence. */
export interface AnalyzedPassage {
  sentences: readonly string[];
  analyses: readonly SentenceAnalysis[];
}

/** judge(claim, passage) → relation, probability, evidence sentence and differing spans. */
export function judge(claim: string, passage: string, options: JudgeOptions = {}): PassageVerdict {
  return judgeAnalyzed(analyzeSentence(claim), { sentences: [passage], analyses: [analyzeSentence(passage)] }, options);
}

/**
 * `judge` over analyzed text: what the analyzer calls for each page sentence and candidate claim. The
 * three-way decision (corroborates, conflicts, neither) is the argmax the model was scored on; "neither"
 * is then related or unrelated, whichever is likelier. A corroboration must not name another agent of
 * the same event (the difference detector's actor difference), nor share only the people it names
 * (`sharedBeyondNames`), nor report another occasion of the same kind of event (`reportsOtherOccasion`).
 * A conflict must show a reader what differs: the difference detector's spans, else the spans the model's
 * signals rest on (explain-conflict.ts); a conflict with nothing to show is called related instead.
 */
export function judgeAnalyzed(
  claim: SentenceAnalysis,
  passage: AnalyzedPassage,
  options: JudgeOptions = {},
): PassageVerdict {
  const vectors = options.vectors ?? defaultWordVectors();
  const text = passage.sentences.join(' ');
  const sentence = passage.analyses.length === 1 ? passage.analyses[0]! : analyzeSentence(text);
  const weigh = rankWeigher([claim, sentence], vectors);
  const rules = judgeSentences(claim, sentence, {
    vectors,
    weigh,
    offices: options.context?.offices,
    published: options.context?.published,
  });
  const model = defaultPairModel();
  // The trees decide; a pair they are unsure of is judged again with the attention model's reading of
  // its words (pair-model.ts, the cascade). Its tokens are looked up in the shipped vectors, as trained.
  const { probabilities: p, stage } = predictCascade(
    model,
    modelInput(model, pairFeatures(claim, sentence, rules, vectors), sidedWords(claim, sentence)),
    () => {
      const shipped = defaultWordVectors();
      return defaultAttentionModel().probabilities(
        attentionTokens(claim.tokens, shipped),
        attentionTokens(sentence.tokens, shipped),
      );
    },
  );
  const [corroborates, conflicts, related, unrelated] = [p[0]!, p[1]!, p[2]!, p[3]!];
  // What a pair the model does not link is: related or unrelated, whichever is likelier.
  const neither: Relation = related >= unrelated ? 'related' : 'unrelated';
  let relation: Relation = neither;
  if (corroborates >= conflicts && corroborates >= related + unrelated) relation = 'corroborates';
  else if (conflicts > corroborates && conflicts >= related + unrelated) relation = 'conflicts';
  // Two sentences the model reads as on one subject that name different doers of one kind of event ("the
  // Biden administration has proposed…" / "the American side proposed…") disagree on who did it: the
  // issue's actor conflict, which the trees never learned (no training pair tells two doers of one event
  // apart by the office they hold). The detector says who differs; the model's part is that the two are
  // about one thing (a model conflict below the link threshold, "Alcaraz won…" / "Sinner won…" at 0.54,
  // is shown for it too). Two occasions of the event (a visit in 2009, one in 2019) are not one
  // disagreement (docs/quality.md, *Conflicts over who*).
  // Where the rules compared no slots (too unlike, one shared specific thing), the detector is asked for
  // two named doers of one event alone ("Alcaraz won the Wimbledon title in 2024" / "Sinner won the 2024
  // Wimbledon men's singles title"): differences.ts, `namedActorDifferences`. Here, after the model, not
  // in the rules (judge.ts): the rules' verdict is among the model's inputs, which a change there would
  // move without a retrain.
  const modelSaidConflict = relation === 'conflicts';
  let who: Difference[] = [];
  if (relation !== 'unrelated')
    who =
      rules.differences.length > 0
        ? rules.differences.filter((d) => d.kind === 'actor')
        : namedActorDifferences(claim, sentence, rules.alignment);
  const overWho =
    who.some((d) => agentsOfOneKindOfEvent(claim, sentence, d)) &&
    !reportsOtherOccasion(claim, sentence, options.context?.published);
  if (overWho) relation = 'conflicts';
  // Two sentences that name different agents of one event ("Alcaraz won…" / "Sinner won…") never back
  // each other up, however alike the rest: no training pair taught the trees that a swapped name outweighs
  // every shared word, so such a corroboration is not shown (docs/quality.md, *Actor swaps*). Nor, for a
  // verb the lexicon lists no event for, do two sentences opening with two names doing the same thing
  // ("Toyota recalled…" / "Honda recalled…"): opening-doer.ts.
  if (relation === 'corroborates' && (who.length > 0 || openingDoersDiffer(claim, sentence, vectors)))
    relation = neither;
  // Nor do two sentences that share only the people they name: a reader is shown what the two say alike,
  // and names alone are not a report (docs/quality.md, *Shared names alone*).
  const beyondNames = relation === 'corroborates' ? sharedBeyondNames(claim, sentence, rules.alignment, vectors) : null;
  if (beyondNames === 'nothing') relation = neither;
  // Nor do two reports of two occasions of one kind of event (a call and a meeting, a meeting on Monday
  // and one on Thursday): they speak of the same people doing the same kind of thing, so they are related
  // (docs/quality.md, *One occasion, one corroboration*).
  if (relation === 'corroborates' && reportsOtherOccasion(claim, sentence, options.context?.published))
    relation = 'related';
  let differences: Difference[] = [];
  // The differences a conflict rests on: the rules', or the detector's doers where the rules found none.
  const told = overWho && rules.differences.length === 0 ? who : rules.differences;
  const explainedByModel = relation === 'conflicts' && told.length === 0;
  if (relation === 'conflicts') {
    const found = explainedByModel
      ? [explainConflict(claim, sentence, rules.alignment, weigh)].filter((d): d is Difference => d !== null)
      : told;
    // What the reader sees: whole phrases, never a piece of a word, compound or name.
    differences = withWholePhrases(found, claim, sentence);
    if (differences.length === 0) relation = 'related';
  }
  const probabilities = Object.fromEntries(PAIR_CLASSES.map((c, i) => [c, Math.round(p[i]! * 1000) / 1000])) as Record<
    Relation,
    number
  >;
  return {
    relation,
    score: probabilities[relation],
    decidedBy: stage === 2 ? 'model+attention' : 'model',
    probabilities,
    evidence: relation === 'unrelated' ? [] : [text],
    differences,
    ...((relation === 'conflicts' && (explainedByModel || (overWho && !modelSaidConflict))) ||
    (relation === 'corroborates' && beyondNames === 'everyday')
      ? { thin: true as const }
      : {}),
    ...(overWho ? { overWho: true as const } : {}),
  };
}
