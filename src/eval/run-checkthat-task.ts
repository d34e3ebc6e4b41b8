/** The `checkthat` task: index the verified claims, rank them for every tweet, score with MAP@k. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createClaimSearch } from '../match/claim-search';
import { readQrels, readQueries, readVerifiedClaims, type VerifiedClaim } from './checkthat-data';
import { evaluateCheckThat, type ClaimRanker } from './evaluate-checkthat';
import type { TaskOutcome } from './task-outcome';
import { rate, round } from './text-table';
import { formatTrecRun } from './trec-run';

/** Which claim fields the index sees besides the claim text. */
export type IndexFields = 'claim' | 'claim+title' | 'claim+title+subtitle';

/** Inputs of one CheckThat! run. */
export interface CheckThatTaskOptions {
  vclaims: string;
  queries: string;
  qrels: string;
  predictions?: string;
  /** Claims ranked per query in the TREC run (default 1000). */
  depth?: number;
  limit?: number;
  /**
   * Default claim+title+subtitle: Snopes subtitles often restate the claim in other words, which is
   * what a tweet paraphrases (docs/quality.md, *Measurements behind the code's choices*).
   */
  fields?: IndexFields;
  /** Builds the ranker from the claims; default BM25 from src/match/claim-search.ts. */
  createRanker?: (claims: Array<{ id: string; text: string; title: string | null }>) => ClaimRanker;
  runName?: string;
  skipWhenAbsent?: boolean;
}

function titleFor(claim: VerifiedClaim, fields: IndexFields): string | null {
  if (fields === 'claim') return null;
  return fields === 'claim+title' ? claim.title : `${claim.title} ${claim.subtitle}`;
}

/** Runs one CheckThat! evaluation; errors in the inputs come back as a failed outcome. */
export function runCheckThatTask(options: CheckThatTaskOptions): TaskOutcome {
  for (const path of [options.vclaims, options.queries, options.qrels]) {
    if (!existsSync(path))
      return { status: options.skipWhenAbsent ? 'skipped' : 'failed', reason: `${path} not found` };
  }
  const claims = readVerifiedClaims(readFileSync(options.vclaims, 'utf8'));
  if (!claims.ok) return { status: 'failed', reason: `${options.vclaims}: ${claims.reason}` };
  const queries = readQueries(readFileSync(options.queries, 'utf8'));
  if (!queries.ok) return { status: 'failed', reason: `${options.queries}: ${queries.reason}` };
  const qrels = readQrels(readFileSync(options.qrels, 'utf8'));
  if (!qrels.ok) return { status: 'failed', reason: `${options.qrels}: ${qrels.reason}` };

  const fields = options.fields ?? 'claim+title+subtitle';
  const started = performance.now();
  const documents = claims.value.map((claim) => ({ id: claim.id, text: claim.claim, title: titleFor(claim, fields) }));
  const ranker = (options.createRanker ?? createClaimSearch)(documents);
  const indexMs = performance.now() - started;
  const asked = options.limit === undefined ? queries.value : queries.value.slice(0, options.limit);
  const result = evaluateCheckThat(asked, qrels.value, ranker, { depth: options.depth ?? 1000 });
  if (options.predictions)
    writeFileSync(options.predictions, formatTrecRun(result.rankings, options.runName ?? 'provenance-bm25'));

  const lines = [
    `checkthat: ${options.queries} against ${claims.value.length} verified claims (index: ${fields}, built in ${(indexMs / 1000).toFixed(1)} s)`,
    `${result.queries} queries (${result.judgedQueries} judged) · ${result.msPerQuery.toFixed(2)} ms per query`,
    `MAP@1 ${rate(result.map1)} · MAP@3 ${rate(result.map3)} · MAP@5 ${rate(result.map5)} · MAP@10 ${rate(result.map10)} · recall@5 ${rate(result.recall5)} · recall@10 ${rate(result.recall10)}`,
  ];
  if (options.predictions) lines.push(`TREC run written to ${options.predictions}`);
  return {
    status: 'done',
    lines,
    figures: {
      queries: result.queries,
      judgedQueries: result.judgedQueries,
      fields,
      map1: round(result.map1),
      map3: round(result.map3),
      map5: round(result.map5),
      map10: round(result.map10),
      recall5: round(result.recall5),
      recall10: round(result.recall10),
      msPerQuery: round(result.msPerQuery, 3),
      indexSeconds: round(indexMs / 1000, 1),
    },
  };
}
