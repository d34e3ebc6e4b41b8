/**
 * The `checkthat-candidates` task: candidate recall on CheckThat! 2022 2A — the share of a split's qrels
 * whose verified claim is among the tweet's candidates, retrieved as the analyzer retrieves a page
 * sentence's (the verified claims imported as the options page imports a JSONL file, the same candidate
 * budget). Measured twice in one run, by shared words only (BM25 and the narrow channels) and with the
 * claims found by meaning, so the figure says what the meaning channel adds.
 */
import { existsSync, readFileSync } from 'node:fs';
import { importDataset } from '../claims/import-dataset';
import { CANDIDATES_PER_SENTENCE, createAnalyzer } from '../engine/analyzer';
import { cleanQueryText } from '../match/query-text';
import { retrieveCandidates, searchByMeaning, searchClaims } from '../match/retrieve-candidates';
import { analyzeInContext } from '../nlp/analyze-in-context';
import { readQrels, readQueries } from './checkthat-data';
import type { TaskOutcome } from './task-outcome';
import { rate, round } from './text-table';

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
  for (const path of [options.vclaims, options.queries, options.qrels]) {
    if (!existsSync(path))
      return { status: options.skipWhenAbsent ? 'skipped' : 'failed', reason: `${path} not found` };
  }
  const imported = importDataset(readFileSync(options.vclaims, 'utf8'), 'jsonl', {
    fileName: 'vclaims.jsonl',
    id: 'checkthat-vclaims',
    name: 'CheckThat! 2022 claims',
  });
  if (!imported.ok) return { status: 'failed', reason: `${options.vclaims}: ${imported.errors.join('; ')}` };
  const queries = readQueries(readFileSync(options.queries, 'utf8'));
  if (!queries.ok) return { status: 'failed', reason: `${options.queries}: ${queries.reason}` };
  const qrels = readQrels(readFileSync(options.qrels, 'utf8'));
  if (!qrels.ok) return { status: 'failed', reason: `${options.qrels}: ${qrels.reason}` };

  const started = performance.now();
  const analyzer = createAnalyzer([imported.dataset]);
  const { index } = analyzer;
  const none = new Set<string>();
  const asked = options.limit === undefined ? queries.value : queries.value.slice(0, options.limit);
  let golden = 0;
  let byWords = 0;
  let withMeaning = 0;
  let judgedWords = 0;
  let judgedMeaning = 0;
  let searchMs = 0;
  for (const query of asked) {
    const relevant = qrels.value.get(query.id);
    if (!relevant) continue;
    const text = cleanQueryText(query.text);
    const analysis = analyzeInContext(text, null);
    const hits = searchClaims(index, analysis, CANDIDATES_PER_SENTENCE);
    const before = performance.now();
    const near = searchByMeaning(index, text, null);
    searchMs += performance.now() - before;
    // The import keeps each verified claim's id as the claim's.
    const ids = (entries: ReadonlyArray<{ claim: { id: string } }>) => new Set(entries.map((entry) => entry.claim.id));
    const words = ids(retrieveCandidates(index, analysis, hits, CANDIDATES_PER_SENTENCE, none));
    const meaning = ids(retrieveCandidates(index, analysis, hits, CANDIDATES_PER_SENTENCE, none, near));
    judgedWords += words.size;
    judgedMeaning += meaning.size;
    for (const id of relevant) {
      golden++;
      if (words.has(id)) byWords++;
      if (meaning.has(id)) withMeaning++;
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const judgedQueries = asked.filter((query) => qrels.value.has(query.id)).length;
  return {
    status: 'done',
    lines: [
      `checkthat candidates: ${options.queries} against ${index.size} verified claims, ${CANDIDATES_PER_SENTENCE} candidates a tweet · ${seconds.toFixed(1)} s`,
      `candidate recall by shared words only ${byWords}/${golden} (${rate(byWords / golden)}) · with the meaning channel ${withMeaning}/${golden} (${rate(withMeaning / golden)})`,
      `distinct candidates a tweet: ${(judgedWords / judgedQueries).toFixed(1)} → ${(judgedMeaning / judgedQueries).toFixed(1)} · meaning search ${(searchMs / judgedQueries).toFixed(3)} ms a tweet`,
    ],
    figures: {
      golden,
      byWords,
      withMeaning,
      recallByWords: round(byWords / golden),
      recallWithMeaning: round(withMeaning / golden),
      candidatesByWords: round(judgedWords / judgedQueries, 2),
      candidatesWithMeaning: round(judgedMeaning / judgedQueries, 2),
      meaningMsPerQuery: round(searchMs / judgedQueries, 3),
    },
  };
}
