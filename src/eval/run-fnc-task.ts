/** The `fnc1` task: read FNC-1-format files, optionally take the topic split, judge, score, report. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { judgeBody } from './body/judge-body';
import { evaluateFnc, missingBodyIds, type FncResult } from './evaluate-fnc';
import { readFncBodies, readFncStances, type FncPair } from './fnc-data';
import { FNC_LABELS } from './fnc-labels';
import { formatFncPredictions } from './fnc-predictions';
import { fncScore } from './fnc-score';
import { summarizeSplit, type SplitSummary } from './split-summary';
import type { StanceJudge } from './stance-judge';
import type { ProgressSink, TaskOutcome } from './task-outcome';
import { percent, rate, round, textTable } from './text-table';
import { splitByTopic } from './topic-split';

/** Inputs of one FNC-format run. */
export interface FncTaskOptions {
  /** Name in the output and the JSON (`fnc1`, `arc`). */
  name: string;
  bodies: string;
  stances: string;
  /** `all` judges every pair of the file; `validation`/`train` one side of the topic split. */
  split: 'all' | 'validation' | 'train';
  limit?: number;
  predictions?: string;
  judge?: StanceJudge;
  /** Data absent is a skip (the no-argument run), not a failure. */
  skipWhenAbsent?: boolean;
  progress?: ProgressSink;
}

function selectPairs(
  pairs: FncPair[],
  split: FncTaskOptions['split'],
): { pairs: FncPair[]; summary: SplitSummary | null } {
  if (split === 'all') return { pairs, summary: null };
  const sides = splitByTopic(pairs);
  return { pairs: sides[split].map((i) => pairs[i]!), summary: summarizeSplit(pairs, sides) };
}

function splitLines(summary: SplitSummary): string[] {
  const side = (s: SplitSummary['train']) =>
    `${s.topics} topics, ${s.pairs} pairs, ${s.headlines} headlines, ${s.bodies} bodies`;
  return [
    `split by topic: validation ${side(summary.validation)}; train ${side(summary.train)}`,
    `  shared: ${summary.sharedHeadlines} headlines, ${summary.sharedRelatedBodies} related bodies (both must be 0); ${summary.sharedBodies} bodies through unrelated pairs only`,
  ];
}

function metricLines(result: FncResult, gold: FncPair[]): string[] {
  const m = result.metrics!;
  const allUnrelated = fncScore(
    gold.map((p) => p.stance!),
    gold.map(() => 'unrelated' as const),
  );
  const head = ['', 'precision', 'recall', 'F1', 'support'];
  const perClass = FNC_LABELS.map((label) => {
    const c = m.perClass[label];
    return [label, rate(c.precision), rate(c.recall), rate(c.f1), String(c.support)];
  });
  const confusion = [
    ['gold \\ predicted', ...FNC_LABELS],
    ...FNC_LABELS.map((label, i) => [label, ...m.confusion[i]!.map(String)]),
  ];
  return [
    `FNC score ${percent(m.fncScore.percent)} (${m.fncScore.score} of ${m.fncScore.max}; all-unrelated baseline ${percent(allUnrelated.percent)})`,
    `macro-F1 ${rate(m.macroF1)} · accuracy ${rate(m.accuracy)} · related-vs-unrelated F1 ${rate(m.relatedVsUnrelated.f1)}`,
    ...textTable([head, ...perClass]),
    'confusion matrix (rows gold, columns predicted):',
    ...textTable(confusion),
  ];
}

/** Runs one FNC-format evaluation; errors in the inputs come back as a failed outcome. */
export function runFncTask(options: FncTaskOptions): TaskOutcome {
  for (const path of [options.bodies, options.stances]) {
    if (!existsSync(path))
      return { status: options.skipWhenAbsent ? 'skipped' : 'failed', reason: `${path} not found` };
  }
  const bodies = readFncBodies(readFileSync(options.bodies, 'utf8'));
  if (!bodies.ok) return { status: 'failed', reason: `${options.bodies}: ${bodies.reason}` };
  const stances = readFncStances(readFileSync(options.stances, 'utf8'));
  if (!stances.ok) return { status: 'failed', reason: `${options.stances}: ${stances.reason}` };
  const missing = missingBodyIds(stances.pairs, bodies.bodies);
  if (missing.length > 0)
    return {
      status: 'failed',
      reason: `${options.stances}: body id(s) not in ${options.bodies}: ${missing.slice(0, 5).join(', ')}`,
    };
  if (options.split !== 'all' && !stances.labelled)
    return { status: 'failed', reason: 'a topic split needs the Stance column' };

  const selected = selectPairs(stances.pairs, options.split);
  const pairs = options.limit === undefined ? selected.pairs : selected.pairs.slice(0, options.limit);
  const started = performance.now();
  const result = evaluateFnc(pairs, bodies.bodies, options.judge ?? ((claim, body) => judgeBody(claim, body)), {
    progressEvery: 1000,
    onProgress: (done, total) =>
      options.progress?.(
        `${options.name}: ${done}/${total} pairs, ${Math.round((performance.now() - started) / 1000)} s`,
      ),
  });
  const seconds = (performance.now() - started) / 1000;
  if (options.predictions) writeFileSync(options.predictions, formatFncPredictions(pairs, result.predictions));

  const lines = [
    `${options.name}: ${options.stances} (${options.split === 'all' ? 'every pair' : `${options.split} split`}${options.limit === undefined ? '' : `, first ${pairs.length}`})`,
  ];
  if (selected.summary) lines.push(...splitLines(selected.summary));
  lines.push(`${pairs.length} pairs · ${result.msPerPair.toFixed(2)} ms per pair · ${seconds.toFixed(1)} s`);
  if (options.predictions) lines.push(`predictions written to ${options.predictions}`);
  const figures: Record<string, unknown> = {
    pairs: pairs.length,
    split: options.split,
    msPerPair: round(result.msPerPair, 3),
    seconds: round(seconds, 1),
  };
  if (selected.summary) figures.splitSummary = selected.summary;
  if (!result.metrics) {
    lines.push('no Stance column: predictions only, scoring skipped');
    return { status: 'done', lines, figures: { ...figures, scored: false } };
  }
  const m = result.metrics;
  lines.push(...metricLines(result, pairs));
  return {
    status: 'done',
    lines,
    figures: {
      ...figures,
      scored: true,
      fncScore: round(m.fncScore.percent, 2),
      fncRaw: m.fncScore.score,
      fncMax: m.fncScore.max,
      macroF1: round(m.macroF1),
      accuracy: round(m.accuracy),
      relatedF1: round(m.relatedVsUnrelated.f1),
      perClass: Object.fromEntries(
        FNC_LABELS.map((label) => {
          const c = m.perClass[label];
          return [
            label,
            { precision: round(c.precision), recall: round(c.recall), f1: round(c.f1), support: c.support },
          ];
        }),
      ),
      confusion: m.confusion,
    },
  };
}
