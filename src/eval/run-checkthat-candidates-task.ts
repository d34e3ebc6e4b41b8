/**
 * The `checkthat-candidates` task: candidate recall on CheckThat! 2022 2A — the share of a split's qrels
 * whose verified claim is among the tweet's candidates, retrieved as the analyzer retrieves a page
 * sentence's (the verified claims imported as the options page imports a JSONL file, the same candidate
 * budget). Measured twice in one run, by shared words only (BM25 and the narrow channels) and with the
 * claims found by meaning, so the figure says what the meaning channel adds.
 */
import { CANDIDATES_PER_SENTENCE, createAnalyzer } from '../engine/analyzer';
import { cleanQueryText } from '../match/query-text';
import { channelRecall } from './channel-recall';
import { channelRecallFigures, channelRecallLines } from './channel-recall-report';
import { readCheckThatInputs } from './checkthat-data';
import type { TaskOutcome } from './task-outcome';

/** Inputs: the verified claims, one split's tweets and qrels. */
export interface CheckThatCandidatesOptions {
  vclaims: string;
  queries: string;
  qrels: string;
  limit?: number;
  skipWhenAbsent?: boolean;
}

/** Runs the task; missing or malformed inputs come back as a failed (or skipped) outcome. */
export function runCheckThatCandidatesTask(options: CheckThatCandidatesOptions): TaskOutcome {
  const read = readCheckThatInputs(options, 'checkthat-vclaims');
  if (!read.ok) return read.outcome;
  const { dataset, queries, qrels } = read.inputs;

  const started = performance.now();
  const { index } = createAnalyzer([dataset]);
  const asked = options.limit === undefined ? queries : queries.slice(0, options.limit);
  // The import keeps each verified claim's id as the claim's.
  const r = channelRecall(
    index,
    asked.flatMap((query) => {
      const relevant = qrels.get(query.id);
      return relevant ? [{ text: cleanQueryText(query.text), relevant }] : [];
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return {
    status: 'done',
    lines: [
      `checkthat candidates: ${options.queries} against ${index.size} verified claims, ${CANDIDATES_PER_SENTENCE} candidates a tweet · ${seconds.toFixed(1)} s`,
      ...channelRecallLines(r, 'tweet'),
    ],
    figures: channelRecallFigures(r),
  };
}
