/**
 * Ranking metrics as CheckThat! 2022 task 2A reports them: average precision cut at k, divided by the
 * number of relevant claims (as trec_eval's map_cut), mean over every query in the qrels.
 */

/**
 * AP@k: the sum of precision@i at each relevant rank i ≤ k, over the number of relevant items. With
 * one relevant claim (most tweets) this is 1/rank when it is in the top k, else 0.
 */
export function averagePrecisionAt(k: number, ranked: readonly string[], relevant: ReadonlySet<string>): number {
  if (relevant.size === 0) return 0;
  let found = 0;
  let sum = 0;
  const seen = new Set<string>();
  for (const [i, id] of ranked.slice(0, k).entries()) {
    // A run that lists an id twice must not be credited twice.
    if (seen.has(id)) continue;
    seen.add(id);
    if (relevant.has(id)) {
      found++;
      sum += found / (i + 1);
    }
  }
  return sum / relevant.size;
}

/** Share of the relevant items found in the top k. */
export function recallAt(k: number, ranked: readonly string[], relevant: ReadonlySet<string>): number {
  if (relevant.size === 0) return 0;
  const top = new Set(ranked.slice(0, k));
  let found = 0;
  for (const id of relevant) if (top.has(id)) found++;
  return found / relevant.size;
}

/**
 * Mean of `metric` over every query in `qrels`; a query the run has no ranking for scores 0, so a run
 * cannot gain by skipping hard queries.
 */
export function meanOverQueries(
  qrels: ReadonlyMap<string, ReadonlySet<string>>,
  rankings: ReadonlyMap<string, readonly string[]>,
  metric: (ranked: readonly string[], relevant: ReadonlySet<string>) => number,
): number {
  if (qrels.size === 0) return 0;
  let sum = 0;
  for (const [qid, relevant] of qrels) sum += metric(rankings.get(qid) ?? [], relevant);
  return sum / qrels.size;
}
