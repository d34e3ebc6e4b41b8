/**
 * judgeBody(claim, body): a claim against a whole article body, as FNC-1 and ARC pose it. The body model
 * (mlp.ts, `npm run train:body`) decides from features over the body's sentences; the sentence rules
 * supply the evidence sentences and, for conflicts, the differing spans. The extension never judges
 * bodies, so none of this is in its bundle; `npm run eval -- fnc1` and the seeds' grain comparison use it.
 */
import type { Relation } from '../../engine/report';
import type { SentenceAnalysis } from '../../nlp/analyze-sentence';
import { analyzeSentence } from '../../nlp/analyze-sentence';
import { defaultWordVectors } from '../../nlp/default-vectors';
import type { WordVectors } from '../../nlp/word-vectors';
import type { Verdict } from '../../stance/judge';
import { judge, type PassageVerdict } from '../../stance/judge-passage';
import { defaultStanceModel } from './default-model';
import { decide, predictEnsemble, STANCE_CLASSES, type MlpEnsemble } from './mlp';
import { analyzePassage, passageInputs } from './passage-features';

/** One sentence, or a whole article body. */
export type PassageGrain = 'sentence' | 'body';

const EVIDENCE_SENTENCES = 3;
/** Recently judged bodies: the harness meets each FNC-1 body ~30 times. */
const PASSAGE_CACHE_SIZE = 64;
const passageCache = new Map<string, { sentences: string[]; analyses: SentenceAnalysis[] }>();

function analyzed(passage: string): { sentences: string[]; analyses: SentenceAnalysis[] } {
  let entry = passageCache.get(passage);
  if (entry) {
    passageCache.delete(passage);
  } else {
    entry = analyzePassage(passage);
    if (passageCache.size >= PASSAGE_CACHE_SIZE) passageCache.delete(passageCache.keys().next().value!);
  }
  passageCache.set(passage, entry);
  return entry;
}

/** Picks the sentences that show the verdict: those the sentence rules gave the same relation, else the closest. */
function evidenceFor(
  relation: Relation,
  sentences: readonly string[],
  verdicts: Verdict[],
): Array<{ sentence: string; verdict: Verdict }> {
  if (relation === 'unrelated') return [];
  const judged = verdicts.map((verdict, i) => ({ sentence: sentences[i]!, verdict }));
  const bySimilarity = (a: { verdict: Verdict }, b: { verdict: Verdict }) =>
    b.verdict.alignment.similarity - a.verdict.alignment.similarity;
  const same = judged.filter((j) => j.verdict.relation === relation).sort(bySimilarity);
  return (same.length ? same : judged.filter((j) => j.verdict.relation !== 'unrelated').sort(bySimilarity)).slice(
    0,
    EVIDENCE_SENTENCES,
  );
}

/** judgeBody(claim, body) → relation, the model's probability, evidence sentences and differing spans. */
export function judgeBody(
  claim: string,
  body: string,
  options: { vectors?: WordVectors; model?: MlpEnsemble } = {},
): PassageVerdict {
  const vectors = options.vectors ?? defaultWordVectors();
  const model = options.model ?? defaultStanceModel();
  const passage = analyzed(body);
  const { verdicts, features } = passageInputs(analyzeSentence(claim), passage.analyses, vectors);
  const p = predictEnsemble(model, features);
  const best = decide(p, model.classOffsets);
  const relation = STANCE_CLASSES[best]!;
  const evidence = evidenceFor(relation, passage.sentences, verdicts);
  return {
    relation,
    score: Math.round(p[best]! * 1000) / 1000,
    decidedBy: 'body-model',
    probabilities: Object.fromEntries(STANCE_CLASSES.map((c, i) => [c, Math.round(p[i]! * 1000) / 1000])) as Record<
      Relation,
      number
    >,
    evidence: evidence.map((e) => e.sentence),
    differences: relation === 'conflicts' ? evidence.flatMap((e) => e.verdict.differences) : [],
  };
}

/** The judge for a grain: the extension's sentence judge, or the body model. */
export function judgeAtGrain(claim: string, passage: string, options: { grain: PassageGrain }): PassageVerdict {
  return options.grain === 'body' ? judgeBody(claim, passage) : judge(claim, passage);
}
