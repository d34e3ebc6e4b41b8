/** Precision and recall of predicted seed links against the golden file. */
import { containsNormalized } from './normalize-text';
import type { GoldenLink, LinkRelation, SeedGolden } from './seed-golden';

/** A link the engine drew: page sentence → source claim. */
export interface PredictedLink {
  page: string;
  pageSentence: string;
  source: string;
  sourceClaim: string;
  relation: LinkRelation;
}

/** How one predicted link was judged. */
export type LinkJudgement = 'correct' | 'opposite' | 'from-no-link' | 'unjudged';

/** Counts and rates for one relation (or both together). */
export interface LinkFigures {
  predicted: number;
  correct: number;
  opposite: number;
  fromNoLink: number;
  unjudged: number;
  /** correct / judged (correct + opposite + fromNoLink); 1 when nothing was judged. */
  precision: number;
  /** correct / predicted: unjudged counted as wrong, a lower bound. */
  precisionLowerBound: number;
  golden: number;
  found: number;
  recall: number;
}

/** The scores, each predicted link's judgement, the golden links missed, and golden entries that match no text. */
export interface SeedLinkScore {
  corroborates: LinkFigures;
  conflicts: LinkFigures;
  all: LinkFigures;
  judged: Array<{ link: PredictedLink; judgement: LinkJudgement; golden?: GoldenLink }>;
  missed: GoldenLink[];
}

const opposite = (relation: LinkRelation): LinkRelation => (relation === 'corroborates' ? 'conflicts' : 'corroborates');

function matches(golden: GoldenLink, link: PredictedLink): boolean {
  return (
    golden.page === link.page &&
    golden.source === link.source &&
    containsNormalized(link.pageSentence, golden.pageSentence) &&
    containsNormalized(link.sourceClaim, golden.sourceSentence)
  );
}

function figures(golden: readonly GoldenLink[], judged: SeedLinkScore['judged'], found: Set<GoldenLink>): LinkFigures {
  const count = (j: LinkJudgement) => judged.filter((x) => x.judgement === j).length;
  const correct = count('correct');
  const wrong = count('opposite') + count('from-no-link');
  return {
    predicted: judged.length,
    correct,
    opposite: count('opposite'),
    fromNoLink: count('from-no-link'),
    unjudged: count('unjudged'),
    precision: correct + wrong === 0 ? 1 : correct / (correct + wrong),
    precisionLowerBound: judged.length === 0 ? 1 : correct / judged.length,
    golden: golden.length,
    found: golden.filter((g) => found.has(g)).length,
    recall: golden.length === 0 ? 1 : golden.filter((g) => found.has(g)).length / golden.length,
  };
}

/**
 * Judges each predicted link: correct when the golden file has it with the same relation, opposite
 * when it has it with the other, from-no-link when the page sentence is listed as speaking to no
 * source, unjudged otherwise. A golden link is found when some predicted link matches it exactly.
 */
export function scoreSeedLinks(golden: SeedGolden, predicted: readonly PredictedLink[]): SeedLinkScore {
  const found = new Set<GoldenLink>();
  const judged = predicted.map((link) => {
    const candidates = golden.links.filter((g) => matches(g, link));
    const same = candidates.find((g) => g.relation === link.relation);
    if (same) {
      for (const g of candidates) if (g.relation === link.relation) found.add(g);
      return { link, judgement: 'correct' as const, golden: same };
    }
    const other = candidates.find((g) => g.relation === opposite(link.relation));
    if (other) return { link, judgement: 'opposite' as const, golden: other };
    const silent = golden.noLink.some(
      (n) => n.page === link.page && containsNormalized(link.pageSentence, n.pageSentence),
    );
    return { link, judgement: silent ? ('from-no-link' as const) : ('unjudged' as const) };
  });
  const of = (relation: LinkRelation) => judged.filter((j) => j.link.relation === relation);
  const goldenOf = (relation: LinkRelation) => golden.links.filter((g) => g.relation === relation);
  return {
    corroborates: figures(goldenOf('corroborates'), of('corroborates'), found),
    conflicts: figures(goldenOf('conflicts'), of('conflicts'), found),
    all: figures(golden.links, judged, found),
    judged,
    missed: golden.links.filter((g) => !found.has(g)),
  };
}
