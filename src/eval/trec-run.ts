/** A TREC run file: `qid Q0 docid rank score run-name`, the format CheckThat! submissions use. */
import type { QueryRanking } from './evaluate-checkthat';

/**
 * One line per hit, rank from 1, tab-separated (CheckThat!'s format checker splits on tabs; trec_eval
 * on any whitespace). Scores keep six decimals: enough to order ties the way the ranker did.
 */
export function formatTrecRun(rankings: readonly QueryRanking[], runName: string): string {
  if (/\s/.test(runName) || runName === '')
    throw new RangeError(`formatTrecRun: run name must be one word, got ${JSON.stringify(runName)}`);
  const lines: string[] = [];
  for (const { qid, hits } of rankings) {
    hits.forEach((hit, i) => lines.push([qid, 'Q0', hit.id, String(i + 1), hit.score.toFixed(6), runName].join('\t')));
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}
