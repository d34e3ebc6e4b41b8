/**
 * Who should decide a sentence pair? `judge` lets the sentence judge's rules decide one-sentence passages
 * and the trained model decide article bodies. This measures the choice on the golden seed pairs alone
 * (no retrieval, no page context): how many golden relations each decider gives back.
 */
import type { SeedGolden } from './seed-golden';
import { containsNormalized } from './normalize-text';
import type { PassageVerdict } from '../stance/judge-passage';
import type { PassageGrain } from './body/judge-body';

/** Golden relations found by one decider: corroborations and conflicts, each out of the golden count. */
export interface GrainFigures {
  corroborates: { found: number; golden: number };
  conflicts: { found: number; golden: number };
}

/** A judge taking the grain to decide at (judge-passage's `judge` fits). */
export type GrainJudge = (
  claim: string,
  passage: string,
  options: { grain: PassageGrain },
) => Pick<PassageVerdict, 'relation'>;

/** Each golden link whose texts are found, judged page sentence → source claim at both grains. */
export function goldenPairGrains(
  golden: SeedGolden,
  pageSentences: ReadonlyMap<string, readonly string[]>,
  sourceClaims: ReadonlyMap<string, readonly string[]>,
  judge: GrainJudge,
): Record<PassageGrain, GrainFigures> {
  const empty = (): GrainFigures => ({ corroborates: { found: 0, golden: 0 }, conflicts: { found: 0, golden: 0 } });
  const figures: Record<PassageGrain, GrainFigures> = { sentence: empty(), body: empty() };
  const find = (texts: readonly string[] | undefined, fragment: string) =>
    texts?.find((text) => containsNormalized(text, fragment));
  for (const link of golden.links) {
    const page = find(pageSentences.get(link.page), link.pageSentence);
    const source = find(sourceClaims.get(link.source), link.sourceSentence);
    if (!page || !source) continue;
    for (const grain of ['sentence', 'body'] as const) {
      const tally = figures[grain][link.relation];
      tally.golden++;
      if (judge(page, source, { grain }).relation === link.relation) tally.found++;
    }
  }
  return figures;
}
