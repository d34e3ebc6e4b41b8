/** Reading CheckThat! 2022 task 2A files: verified claims (JSONL), tweets (TSV) and qrels (TREC). */
import { existsSync, readFileSync } from 'node:fs';
import type { Dataset } from '../claims/dataset';
import { importDataset } from '../claims/import-dataset';
import type { TaskOutcome } from './task-outcome';

/** One verified claim as the lab distributes it. */
export interface VerifiedClaim {
  id: string;
  claim: string;
  title: string;
  subtitle: string;
}

/** One query (a tweet). */
export interface Query {
  id: string;
  text: string;
}

/** Relevant claim ids per query id. */
export type Qrels = Map<string, Set<string>>;

/** A value read from a file, or why it could not be read (with the 1-based line). */
export type Read<T> = { ok: true; value: T } | { ok: false; reason: string };

const lines = (text: string) => text.replace(/^\uFEFF/, '').split(/\r?\n/);

/** Reads vclaims.jsonl: one `{title, subtitle, author, date, vclaim_id, vclaim}` object a line. */
export function readVerifiedClaims(text: string): Read<VerifiedClaim[]> {
  const claims: VerifiedClaim[] = [];
  for (const [n, line] of lines(text).entries()) {
    if (line.trim() === '') continue;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch {
      return { ok: false, reason: `line ${n + 1}: not JSON` };
    }
    const r = record as Record<string, unknown>;
    if (typeof r.vclaim_id !== 'string' || typeof r.vclaim !== 'string') {
      return { ok: false, reason: `line ${n + 1}: needs string fields vclaim_id and vclaim` };
    }
    const text = (key: string) => (typeof r[key] === 'string' ? (r[key] as string) : '');
    claims.push({ id: r.vclaim_id, claim: r.vclaim, title: text('title'), subtitle: text('subtitle') });
  }
  return { ok: true, value: claims };
}

/** Reads `tweet_id<TAB>text`; further tabs belong to the text. */
export function readQueries(text: string): Read<Query[]> {
  const queries: Query[] = [];
  for (const [n, line] of lines(text).entries()) {
    if (line.trim() === '') continue;
    const tab = line.indexOf('\t');
    if (tab <= 0) return { ok: false, reason: `line ${n + 1}: expected "id<TAB>text"` };
    queries.push({ id: line.slice(0, tab).trim(), text: line.slice(tab + 1) });
  }
  return { ok: true, value: queries };
}

/** Reads TREC qrels `qid 0 docid relevance` (tabs or spaces); relevance > 0 counts as relevant. */
export function readQrels(text: string): Read<Qrels> {
  const qrels: Qrels = new Map();
  for (const [n, line] of lines(text).entries()) {
    if (line.trim() === '') continue;
    const fields = line.trim().split(/\s+/);
    if (fields.length !== 4) return { ok: false, reason: `line ${n + 1}: expected "qid 0 docid relevance"` };
    const [qid, , docid, relevance] = fields as [string, string, string, string];
    if (!(Number(relevance) > 0)) continue;
    let relevant = qrels.get(qid);
    if (!relevant) qrels.set(qid, (relevant = new Set()));
    relevant.add(docid);
  }
  return { ok: true, value: qrels };
}

/** A task's CheckThat! inputs: the verified claims imported as a dataset (each claim's id its `vclaim_id`), the tweets, the qrels. */
export interface CheckThatInputs {
  dataset: Dataset;
  queries: Query[];
  qrels: Qrels;
}

/**
 * Reads a task's three CheckThat! files, the claims imported as the options page imports them; a missing
 * file is a skipped outcome when `skipWhenAbsent`, else a failed one, and so is a malformed file.
 */
export function readCheckThatInputs(
  files: { vclaims: string; queries: string; qrels: string; skipWhenAbsent?: boolean },
  datasetId: string,
): { ok: true; inputs: CheckThatInputs } | { ok: false; outcome: TaskOutcome } {
  for (const path of [files.vclaims, files.queries, files.qrels]) {
    if (!existsSync(path))
      return {
        ok: false,
        outcome: { status: files.skipWhenAbsent ? 'skipped' : 'failed', reason: `${path} not found` },
      };
  }
  const failed = (reason: string) => ({ ok: false as const, outcome: { status: 'failed' as const, reason } });
  const imported = importDataset(readFileSync(files.vclaims, 'utf8'), 'jsonl', {
    fileName: 'vclaims.jsonl',
    id: datasetId,
    name: 'CheckThat! 2022 claims',
  });
  if (!imported.ok) return failed(`${files.vclaims}: ${imported.errors.join('; ')}`);
  const queries = readQueries(readFileSync(files.queries, 'utf8'));
  if (!queries.ok) return failed(`${files.queries}: ${queries.reason}`);
  const qrels = readQrels(readFileSync(files.qrels, 'utf8'));
  if (!qrels.ok) return failed(`${files.qrels}: ${qrels.reason}`);
  return { ok: true, inputs: { dataset: imported.dataset, queries: queries.value, qrels: qrels.value } };
}
