/** The readable lines and the JSON figures of one `pairs` run, shared by the file and the set runs. */
import type { PairRun } from './evaluate-pairs';
import { PAIR_GOLDS } from './pair-tsv';
import { rate, round, textTable } from './text-table';

/** Milliseconds with two decimals: a sentence pair takes a fraction of one. */
export const ms = (value: number) => value.toFixed(2);

const DECIDERS: Record<keyof PairRun['decidedBy'], string> = {
  model: 'the trees alone',
  'model+attention': 'the trees with the attention model',
  'body-model': 'the body model',
};

/**
 * What decided, when not only the sentence-pair model's trees: its second stage (the pairs the trees
 * were unsure of, judged again with the attention model), or a judge under test routing pairs elsewhere.
 */
function decidedByNote(decidedBy: PairRun['decidedBy']): string {
  const deciders = (Object.keys(DECIDERS) as Array<keyof typeof DECIDERS>).filter((k) => (decidedBy[k] ?? 0) > 0);
  if (deciders.every((k) => k === 'model')) return '';
  return ` · decided by ${deciders.map((k) => `${DECIDERS[k]} ${decidedBy[k]}`).join(', ')}`;
}

/** Timing, accuracy, macro-F1, per-class table and confusion matrix. */
export function pairRunLines(run: PairRun): string[] {
  const m = run.metrics;
  // A class no gold pair has gets no recall or F1: 0 would read as a failure that did not happen.
  const perClass = PAIR_GOLDS.map((label) => {
    const c = m.perClass[label];
    return c.support === 0
      ? [label, rate(c.precision), '—', '—', '0']
      : [label, rate(c.precision), rate(c.recall), rate(c.f1), String(c.support)];
  });
  const confusion = [
    ['gold \\ predicted', ...PAIR_GOLDS],
    ...PAIR_GOLDS.map((label, i) => [label, ...m.confusion[i]!.map(String)]),
  ];
  return [
    `${m.pairs} pairs · ${ms(run.ms.median)} ms per pair median, ${ms(run.ms.mean)} mean (judge calls only)${decidedByNote(run.decidedBy)}`,
    `accuracy ${rate(m.accuracy)} (majority class ${rate(m.majorityAccuracy)}) · macro-F1 ${rate(m.macroF1)} over ${m.scoredClasses.join(', ')}`,
    ...textTable([['', 'precision', 'recall', 'F1', 'support'], ...perClass]),
    'confusion matrix (rows gold, columns predicted):',
    ...textTable(confusion),
    ...calibrationLines(run),
  ];
}

/** The model's calibration: its error, and each filled bin's confidence against how often it was right. */
function calibrationLines(run: PairRun): string[] {
  const c = run.calibration;
  if (!c) return [];
  const bins = c.bins
    .filter((bin) => bin.pairs > 0)
    .map(
      (bin) =>
        `${bin.from.toFixed(1)}–${bin.to.toFixed(1)} ${bin.pairs}: ${rate(bin.confidence)} sure, ${rate(bin.accuracy)} right`,
    );
  return [`calibration (the model's three-way probability, 10 bins): ECE ${rate(c.ece)}; ${bins.join(' · ')}`];
}

/** F1 of `conflicts`, or null when no gold pair conflicts (the set cannot measure it). */
export function conflictF1(run: PairRun): number | null {
  const c = run.metrics.perClass.conflicts;
  return c.support === 0 ? null : c.f1;
}

/** The run's figures for the JSON line, rounded to compare runs rather than float noise. */
export function pairRunFigures(run: PairRun): Record<string, unknown> {
  const m = run.metrics;
  return {
    pairs: m.pairs,
    accuracy: round(m.accuracy),
    majorityAccuracy: round(m.majorityAccuracy),
    macroF1: round(m.macroF1),
    macroF1Classes: m.scoredClasses,
    perClass: Object.fromEntries(
      PAIR_GOLDS.map((label) => {
        const c = m.perClass[label];
        return [label, { precision: round(c.precision), recall: round(c.recall), f1: round(c.f1), support: c.support }];
      }),
    ),
    confusion: m.confusion,
    msPerPair: { median: round(run.ms.median, 3), mean: round(run.ms.mean, 3) },
    decidedBy: run.decidedBy,
    ...(run.calibration
      ? {
          calibration: {
            ece: round(run.calibration.ece),
            bins: run.calibration.bins.map((bin) => ({
              from: round(bin.from),
              to: round(bin.to),
              pairs: bin.pairs,
              confidence: round(bin.confidence),
              accuracy: round(bin.accuracy),
            })),
          },
        }
      : {}),
  };
}
