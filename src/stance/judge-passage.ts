/**
 * judge(claim, passage): the one stance function the extension, the CLI and the evaluation harness
 * share. The passage may be one sentence or a whole article body. The trained model (mlp.ts) decides
 * the relation from the pair's features; the sentence judge supplies the evidence — the passage
 * sentences the verdict rests on — and, for conflicts, the differing spans.
 */
import type { Difference, Relation } from '../engine/report';
import type { SentenceAnalysis } from '../nlp/analyse-sentence';
import { analyseSentence } from '../nlp/analyse-sentence';
import { defaultWordVectors } from '../nlp/default-vectors';
import type { WordVectors } from '../nlp/word-vectors';
import { defaultStanceModel } from './default-model';
import type { Verdict } from './judge';
import { decide, predictEnsemble, STANCE_CLASSES, type MlpEnsemble } from './mlp';
import { analysePassage, passageInputs } from './passage-features';

/** The verdict on a claim against a passage. */
export interface PassageVerdict {
  relation: Relation;
  /** The model's probability of `relation`, 0–1. */
  score: number;
  /** Probability of each relation. */
  probabilities: Record<Relation, number>;
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
function evidenceFor(relation: Relation, sentences: string[], verdicts: Verdict[]): Array<{ sentence: string; verdict: Verdict }> {
  if (relation === 'unrelated') return [];
  const judged = verdicts.map((verdict, i) => ({ sentence: sentences[i]!, verdict }));
  const bySimilarity = (a: { verdict: Verdict }, b: { verdict: Verdict }) => b.verdict.alignment.similarity - a.verdict.alignment.similarity;
  const same = judged.filter((j) => j.verdict.relation === relation).sort(bySimilarity);
  return (same.length ? same : judged.filter((j) => j.verdict.relation !== 'unrelated').sort(bySimilarity)).slice(0, EVIDENCE_SENTENCES);
}

/** judge(claim, passage) → relation, score in 0–1, evidence sentences and differing spans. */
export function judge(
  claim: string,
  passage: string,
  options: { vectors?: WordVectors; model?: MlpEnsemble } = {},
): PassageVerdict {
  const vectors = options.vectors ?? defaultWordVectors();
  const model = options.model ?? defaultStanceModel();
  const { sentences, analyses } = analysed(passage);
  const { verdicts, features } = passageInputs(analyseSentence(claim), analyses, vectors);
  const p = predictEnsemble(model, features);
  const best = decide(p, model.classOffsets);
  const relation = STANCE_CLASSES[best]!;
  const evidence = evidenceFor(relation, sentences, verdicts);
  return {
    relation,
    score: Math.round(p[best]! * 1000) / 1000,
    probabilities: Object.fromEntries(STANCE_CLASSES.map((c, i) => [c, Math.round(p[i]! * 1000) / 1000])) as Record<Relation, number>,
    evidence: evidence.map((e) => e.sentence),
    differences: relation === 'conflicts' ? evidence.flatMap((e) => e.verdict.differences) : [],
  };
}
