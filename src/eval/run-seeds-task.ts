/** The `seeds` task: analyze the five seed pages against the default dataset and score their links. */
import { defaultDataset } from '../claims/default-dataset';
import { CANDIDATES_PER_SENTENCE, createAnalyzer } from '../engine/analyzer';
import { candidateRecall } from './candidate-recall';
import { SEED_PAGES } from './eval-paths';
import { judgeAtGrain } from './body/judge-body';
import { linksFromReport, staleGoldenEntries } from './evaluate-seeds';
import { goldenPairGrains, type GrainFigures } from './golden-pair-grains';
import { scoreSeedLinks, type LinkFigures, type PredictedLink } from './score-seed-links';
import { extractSeedPages, readSeedGolden } from './seed-files';
import type { TaskOutcome } from './task-outcome';
import { rate, round } from './text-table';

/** Options: the golden file (default tests/golden/seed-links.json) and whether to list every link. */
export interface SeedsTaskOptions {
  golden?: string;
  verbose?: boolean;
}

const short = (text: string, n = 90) => (text.length > n ? `${text.slice(0, n - 1)}…` : text);

function figureLine(name: string, f: LinkFigures): string {
  return `${name}: precision ${rate(f.precision)} (${f.correct} correct, ${f.opposite} opposite, ${f.fromNoLink} from no-link sentences, ${f.unjudged} unjudged; lower bound ${rate(f.precisionLowerBound)}) · recall ${rate(f.recall)} (${f.found}/${f.golden})`;
}

const grainLine = (f: GrainFigures) =>
  `corroborates ${f.corroborates.found}/${f.corroborates.golden}, conflicts ${f.conflicts.found}/${f.conflicts.golden}`;

const figuresJson = (f: LinkFigures) => ({
  precision: round(f.precision),
  precisionLowerBound: round(f.precisionLowerBound),
  recall: round(f.recall),
  predicted: f.predicted,
  correct: f.correct,
  opposite: f.opposite,
  fromNoLink: f.fromNoLink,
  unjudged: f.unjudged,
  golden: f.golden,
  found: f.found,
});

/** Runs the seed evaluation over the committed fixtures (no ../shared needed). */
export function runSeedsTask(options: SeedsTaskOptions = {}): TaskOutcome {
  const golden = readSeedGolden(options.golden);
  if (!golden.ok) return { status: 'failed', reason: golden.reason };

  const started = performance.now();
  const analyzer = createAnalyzer([defaultDataset]);
  const seeds = extractSeedPages();
  if (!seeds.ok) return { status: 'failed', reason: seeds.reason };
  const predicted: PredictedLink[] = [];
  const pageSentences = new Map<string, string[]>();
  for (const { page, article } of seeds.pages) {
    pageSentences.set(
      page,
      article.sentences.map((s) => s.text),
    );
    predicted.push(...linksFromReport(page, analyzer.analyze(article)));
  }
  const seconds = (performance.now() - started) / 1000;
  const sourceClaims = new Map(defaultDataset.sources.map((source) => [source.id, source.claims.map((c) => c.text)]));
  const stale = staleGoldenEntries(golden.golden, pageSentences, sourceClaims);
  const score = scoreSeedLinks(golden.golden, predicted);
  const grains = goldenPairGrains(golden.golden, pageSentences, sourceClaims, judgeAtGrain);
  const candidates = candidateRecall(analyzer, golden.golden, seeds.pages);

  const lines = [
    `seeds: ${SEED_PAGES.length} pages against the default dataset · ${golden.golden.links.length} golden links, ${golden.golden.noLink.length} no-link sentences · ${seconds.toFixed(1)} s`,
    figureLine('corroborates', score.corroborates),
    figureLine('conflicts', score.conflicts),
    `opposite relation: ${score.all.opposite} (must be 0) · links from no-link sentences: ${score.all.fromNoLink} (must be 0)`,
    `golden pairs alone, judge() deciding as for a sentence (rules): ${grainLine(grains.sentence)} · as for a body (trained model): ${grainLine(grains.body)}`,
    `candidate recall (golden links whose claim is among the sentence's ${CANDIDATES_PER_SENTENCE} candidates, every sentence searched): ${grainLine(candidates)}`,
  ];
  if (stale.length > 0)
    lines.push(`golden entries matching no text (fix the golden file): ${stale.length}`, ...stale.map((s) => `  ${s}`));
  const wrong = score.judged.filter((j) => j.judgement === 'opposite' || j.judgement === 'from-no-link');
  if (wrong.length > 0)
    lines.push(
      'wrong links:',
      ...wrong.map(
        (j) =>
          `  [${j.judgement}] ${j.link.page} “${short(j.link.pageSentence)}” ${j.link.relation} ${j.link.source} “${short(j.link.sourceClaim)}”`,
      ),
    );
  if (score.missed.length > 0)
    lines.push(
      'missed golden links:',
      ...score.missed.map(
        (g) => `  ${g.page} “${short(g.pageSentence, 60)}” ${g.relation} ${g.source} “${short(g.sourceSentence, 60)}”`,
      ),
    );
  if (options.verbose) {
    const unjudged = score.judged.filter((j) => j.judgement === 'unjudged');
    lines.push(
      'unjudged links:',
      ...unjudged.map(
        (j) =>
          `  ${j.link.page} “${short(j.link.pageSentence)}” ${j.link.relation} ${j.link.source} “${short(j.link.sourceClaim)}”`,
      ),
    );
  }
  return {
    status: 'done',
    lines,
    figures: {
      corroborates: figuresJson(score.corroborates),
      conflicts: figuresJson(score.conflicts),
      opposite: score.all.opposite,
      fromNoLink: score.all.fromNoLink,
      staleGolden: stale.length,
      goldenPairs: grains,
      candidates,
      seconds: round(seconds, 1),
    },
  };
}
