/**
 * judge(claim, passage): the one stance function the extension, the CLI and the evaluation harness
 * share. The passage may be one sentence or a whole article body; the verdict rests on the passage
 * sentences named in `evidence`.
 */
import type { Difference, Relation } from '../engine/report';
import { splitSentences } from '../extract/sentences';
import { analyseSentence, type SentenceAnalysis } from '../nlp/analyse-sentence';
import { defaultWordVectors } from '../nlp/default-vectors';
import type { WordVectors } from '../nlp/word-vectors';
import { rankWeight } from './corpus-weights';
import { judgeSentences, type Verdict } from './judge';

/** The verdict on a claim against a passage. */
export interface PassageVerdict {
  relation: Relation;
  score: number;
  /** The passage sentences the verdict rests on, most telling first. */
  evidence: string[];
  differences: Difference[];
}

/** Long bodies are judged on their first sentences: news puts the claim up front, and time is bounded. */
const MAX_PASSAGE_SENTENCES = 80;
const EVIDENCE_SENTENCES = 3;

/** Relation strength order used to pick the passage's verdict from its sentences' verdicts. */
const PRIORITY: Record<Relation, number> = { conflicts: 3, corroborates: 2, related: 1, unrelated: 0 };

/** Weighs units by corpus frequency (see corpus-weights.ts). */
export function weigherFor(analyses: SentenceAnalysis[], vectors: WordVectors): (key: string) => number {
  const weights = new Map<string, number>();
  for (const analysis of analyses) for (const unit of analysis.units) weights.set(unit.key, rankWeight(unit, vectors));
  return (key) => weights.get(key) ?? 3;
}

/** Judges every passage sentence against the claim and keeps the most decisive verdicts. */
export function judgePassageSentences(
  claim: string,
  passage: string,
  vectors: WordVectors = defaultWordVectors(),
): Array<{ sentence: string; verdict: Verdict }> {
  const claimAnalysis = analyseSentence(claim);
  const sentences = splitSentences(passage).slice(0, MAX_PASSAGE_SENTENCES).map((span) => span.text);
  const analyses = sentences.map((sentence) => analyseSentence(sentence));
  const weigh = weigherFor([claimAnalysis, ...analyses], vectors);
  return analyses.map((analysis, i) => ({
    sentence: sentences[i]!,
    verdict: judgeSentences(claimAnalysis, analysis, { vectors, weigh }),
  }));
}

/** judge(claim, passage) → relation, score in 0–1, evidence sentences and differing spans. */
export function judge(claim: string, passage: string, vectors: WordVectors = defaultWordVectors()): PassageVerdict {
  const judged = judgePassageSentences(claim, passage, vectors);
  judged.sort(
    (a, b) =>
      PRIORITY[b.verdict.relation] - PRIORITY[a.verdict.relation] || b.verdict.alignment.similarity - a.verdict.alignment.similarity,
  );
  const best = judged[0];
  if (!best) return { relation: 'unrelated', score: 1, evidence: [], differences: [] };
  const relation = best.verdict.relation;
  const evidence = judged.filter((j) => j.verdict.relation === relation && relation !== 'unrelated').slice(0, EVIDENCE_SENTENCES);
  return {
    relation,
    score: best.verdict.score,
    evidence: evidence.map((j) => j.sentence),
    differences: evidence.flatMap((j) => j.verdict.differences),
  };
}
