/**
 * judge(claim, passage): the one stance function the extension, the CLI and the evaluation harness
 * share. The passage may be one sentence or a whole article body, and the grain decides who decides:
 *
 * - an article body: the trained model (mlp.ts) decides the relation from the pair's features, and the
 *   sentence judge supplies the evidence (the passage sentences the verdict rests on) and, for
 *   conflicts, the differing spans;
 * - one sentence (every pair the extension judges): the sentence judge's rules decide. The model was
 *   fitted on headline–body pairs (FNC-1, ARC), where one sentence of the body seldom carries the
 *   verdict; on the 80 golden seed sentence pairs it finds 17 of 54 corroborations and 0 of 26
 *   conflicts, against the rules' 39 and 14 with no page context (`npm run eval -- seeds` prints both).
 *   In the analyzer the rules also get the index's word weights and who holds which office.
 */
import type { Difference, Relation } from '../engine/report';
import type { SentenceAnalysis } from '../nlp/analyse-sentence';
import { analyseSentence } from '../nlp/analyse-sentence';
import { defaultWordVectors } from '../nlp/default-vectors';
import type { WordVectors } from '../nlp/word-vectors';
import { defaultStanceModel } from './default-model';
import { judgeSentences, type JudgeContext, type Verdict } from './judge';
import { decide, predictEnsemble, STANCE_CLASSES, type MlpEnsemble } from './mlp';
import { rankWeigher } from './corpus-weights';
import { analysePassage, passageInputs } from './passage-features';

/** One sentence, or a whole article body; see the module comment. */
export type PassageGrain = 'sentence' | 'body';

/** The verdict on a claim against a passage. */
export interface PassageVerdict {
  relation: Relation;
  /** Confidence in `relation`, 0–1: the model's probability for a body, the rules' score for a sentence. */
  score: number;
  /** What decided: the trained model (bodies) or the sentence judge's rules (one sentence). */
  decidedBy: 'model' | 'rules';
  /** The model's probability of each relation (bodies only). */
  probabilities?: Record<Relation, number>;
  /** The passage sentences the verdict rests on, most telling first. */
  evidence: string[];
  differences: Difference[];
}

const EVIDENCE_SENTENCES = 3;
/** Recently judged passages: the harness meets each FNC-1 body ~30 times, the extension each claim often. */
const PASSAGE_CACHE_SIZE = 64;
const passageCache = new Map<string, { sentences: string[]; analyses: SentenceAnalysis[] }>();

function analysed(passage: string): { sentences: string[]; analyses: SentenceAnalysis[] } {
  let entry = passageCache.get(passage);
  if (entry) {
    passageCache.delete(passage);
  } else {
    entry = analysePassage(passage);
    if (passageCache.size >= PASSAGE_CACHE_SIZE) passageCache.delete(passageCache.keys().next().value!);
  }
  passageCache.set(passage, entry);
  return entry;
}

/** Picks the sentences that show the verdict: those the sentence judge gave the same relation, else the closest. */
function evidenceFor(relation: Relation, sentences: readonly string[], verdicts: Verdict[]): Array<{ sentence: string; verdict: Verdict }> {
  if (relation === 'unrelated') return [];
  const judged = verdicts.map((verdict, i) => ({ sentence: sentences[i]!, verdict }));
  const bySimilarity = (a: { verdict: Verdict }, b: { verdict: Verdict }) => b.verdict.alignment.similarity - a.verdict.alignment.similarity;
  const same = judged.filter((j) => j.verdict.relation === relation).sort(bySimilarity);
  return (same.length ? same : judged.filter((j) => j.verdict.relation !== 'unrelated').sort(bySimilarity)).slice(0, EVIDENCE_SENTENCES);
}

/** What `judge` may be told: the grain of the passage, and the judge's inputs when the caller has better ones. */
export interface JudgeOptions {
  vectors?: WordVectors;
  model?: MlpEnsemble;
  /**
   * Omitted, a passage that splits into one sentence is judged as a sentence. Callers that know they
   * hold article bodies (FNC-1 and ARC bodies, some of them one sentence long) say `body`.
   */
  grain?: PassageGrain;
  /**
   * For one-sentence passages: word weights and who holds which office, as the analyzer knows them from
   * its index and the page. Omitted, words are weighed by their rank in the vector table.
   */
  context?: Omit<JudgeContext, 'vectors'>;
}

/** A passage already split and analysed (the analyzer holds its claims analysed). */
export interface AnalysedPassage {
  sentences: readonly string[];
  analyses: readonly SentenceAnalysis[];
}

/** judge(claim, passage) → relation, score in 0–1, evidence sentences and differing spans. */
export function judge(claim: string, passage: string, options: JudgeOptions = {}): PassageVerdict {
  return judgeAnalysed(analyseSentence(claim), analysed(passage), options);
}

/** `judge` over analysed text: what the analyzer calls for each page sentence and candidate claim. */
export function judgeAnalysed(claim: SentenceAnalysis, passage: AnalysedPassage, options: JudgeOptions = {}): PassageVerdict {
  const vectors = options.vectors ?? defaultWordVectors();
  const grain = options.grain ?? (passage.analyses.length === 1 ? 'sentence' : 'body');
  if (grain === 'sentence' && passage.analyses.length === 1) return judgeSentence(claim, passage, vectors, options.context);
  const model = options.model ?? defaultStanceModel();
  const { verdicts, features } = passageInputs(claim, passage.analyses, vectors);
  const p = predictEnsemble(model, features);
  const best = decide(p, model.classOffsets);
  const relation = STANCE_CLASSES[best]!;
  const evidence = evidenceFor(relation, passage.sentences, verdicts);
  return {
    relation,
    score: Math.round(p[best]! * 1000) / 1000,
    decidedBy: 'model',
    probabilities: Object.fromEntries(STANCE_CLASSES.map((c, i) => [c, Math.round(p[i]! * 1000) / 1000])) as Record<Relation, number>,
    evidence: evidence.map((e) => e.sentence),
    differences: relation === 'conflicts' ? evidence.flatMap((e) => e.verdict.differences) : [],
  };
}

function judgeSentence(claim: SentenceAnalysis, passage: AnalysedPassage, vectors: WordVectors, context?: JudgeOptions['context']): PassageVerdict {
  const sentence = passage.analyses[0]!;
  const verdict = judgeSentences(claim, sentence, { vectors, weigh: context?.weigh ?? rankWeigher([claim, sentence], vectors), offices: context?.offices });
  return {
    relation: verdict.relation,
    score: verdict.score,
    decidedBy: 'rules',
    evidence: verdict.relation === 'unrelated' ? [] : [passage.sentences[0]!],
    differences: verdict.differences,
  };
}
