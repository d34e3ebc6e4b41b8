/** Features for every pair of an FNC-1-format corpus, with each body analyzed once (bodies recur ~30×). */
import type { FncPair } from '../../src/eval/fnc-data';
import { FNC_LABELS } from '../../src/eval/fnc-labels';
import { analyzeSentence, type SentenceAnalysis } from '../../src/nlp/analyze-sentence';
import type { WordVectors } from '../../src/nlp/word-vectors';
import type { PairFeatures } from '../../src/eval/body/features';
import { analyzePassage, passageInputs } from '../../src/eval/body/passage-features';

/** Features and label index (FNC order: agree, disagree, discuss, unrelated = STANCE_CLASSES order). */
export interface Featurized {
  features: PairFeatures[];
  labels: number[];
}

/** Featurizes `pairs` (which must carry gold stances), reporting progress on stderr. */
export function featurize(
  pairs: readonly FncPair[],
  bodies: ReadonlyMap<string, string>,
  vectors: WordVectors,
  name: string,
): Featurized {
  const bodyCache = new Map<string, SentenceAnalysis[]>();
  const claimCache = new Map<string, SentenceAnalysis>();
  const features: PairFeatures[] = [];
  const labels: number[] = [];
  const started = performance.now();
  pairs.forEach((pair, i) => {
    let body = bodyCache.get(pair.bodyId);
    if (!body) bodyCache.set(pair.bodyId, (body = analyzePassage(bodies.get(pair.bodyId) ?? '').analyses));
    let claim = claimCache.get(pair.headline);
    if (!claim) claimCache.set(pair.headline, (claim = analyzeSentence(pair.headline)));
    features.push(passageInputs(claim, body, vectors).features);
    labels.push(FNC_LABELS.indexOf(pair.stance!));
    if ((i + 1) % 5000 === 0)
      process.stderr.write(
        `  ${name}: ${i + 1}/${pairs.length} pairs, ${((performance.now() - started) / 1000).toFixed(0)} s\n`,
      );
  });
  return { features, labels };
}
