/**
 * The `judge-pairs` task: the sentence judge on data we did not write. For every CheckThat! tweet, each
 * of its sentences is judged against the verified claim it is about (a reader would say it
 * corroborates) and against the top BM25 claims that are not (same topic, mostly other claims). How
 * often each is called "corroborates" is the judge's recall and false-link rate on paraphrases, the
 * check every change to src/stance and src/nlp was measured on (docs/quality.md, Seeds).
 */
import { readFileSync } from 'node:fs';
import { splitSentences } from '../extract/sentences';
import { buildBm25 } from '../match/bm25';
import { cleanQueryText } from '../match/query-text';
import { analyzeSentence } from '../nlp/analyze-sentence';
import { defaultWordVectors } from '../nlp/default-vectors';
import { judgeSentences } from '../stance/judge';
import { readQrels, readQueries, readVerifiedClaims } from './checkthat-data';
import type { TaskOutcome } from './task-outcome';
import { rate, round } from './text-table';

/** Inputs: CheckThat! files; `limit` queries (default all). */
export interface JudgePairsOptions {
  vclaims: string;
  queries: string;
  qrels: string;
  limit?: number;
}

/** Non-gold claims judged per tweet: the best BM25 hits, which share the tweet's topic. */
const NON_GOLD_PER_TWEET = 8;
/** Tweet sentences with fewer content units are greetings, handles and links. */
const MIN_UNITS = 3;

/** Judges gold and non-gold (tweet, claim) pairs; a pair corroborates when any tweet sentence does. */
export function runJudgePairsTask(options: JudgePairsOptions): TaskOutcome {
  const claims = readVerifiedClaims(readFileSync(options.vclaims, 'utf8'));
  const queries = readQueries(readFileSync(options.queries, 'utf8'));
  const qrels = readQrels(readFileSync(options.qrels, 'utf8'));
  if (!claims.ok) return { status: 'failed', reason: `${options.vclaims}: ${claims.reason}` };
  if (!queries.ok) return { status: 'failed', reason: `${options.queries}: ${queries.reason}` };
  if (!qrels.ok) return { status: 'failed', reason: `${options.qrels}: ${qrels.reason}` };
  const analyses = claims.value.map((claim) => analyzeSentence(claim.claim));
  // Weights as the extension's: inverse document frequency over the known claims.
  const bm25 = buildBm25(analyses.map((analysis) => analysis.units.map((unit) => unit.key)));
  const context = { vectors: defaultWordVectors(), weigh: (key: string) => bm25.idf(key) };
  const row = new Map(claims.value.map((claim, i) => [claim.id, i]));
  const counts = {
    gold: 0,
    goldCorroborated: 0,
    goldConflicting: 0,
    other: 0,
    otherCorroborated: 0,
    otherConflicting: 0,
  };
  const started = performance.now();
  for (const query of queries.value.slice(0, options.limit)) {
    const gold = qrels.value.get(query.id) ?? new Set<string>();
    const sentences = splitSentences(cleanQueryText(query.text))
      .map((span) => analyzeSentence(span.text))
      .filter((analysis) => analysis.units.length >= MIN_UNITS);
    const hits = bm25
      .search(
        sentences.flatMap((s) => s.units.map((u) => u.key)),
        NON_GOLD_PER_TWEET,
      )
      .map((hit) => hit.doc);
    const goldRows = [...gold].map((id) => row.get(id)).filter((doc): doc is number => doc !== undefined);
    for (const doc of new Set([...goldRows, ...hits])) {
      const relations = sentences.map((sentence) => judgeSentences(sentence, analyses[doc]!, context).relation);
      const isGold = gold.has(claims.value[doc]!.id);
      const corroborated = Number(relations.includes('corroborates'));
      const conflicting = Number(relations.includes('conflicts'));
      if (isGold) {
        counts.gold++;
        counts.goldCorroborated += corroborated;
        counts.goldConflicting += conflicting;
      } else {
        counts.other++;
        counts.otherCorroborated += corroborated;
        counts.otherConflicting += conflicting;
      }
    }
  }
  const share = (n: number, of: number) => (of === 0 ? 0 : n / of);
  const figures = {
    goldPairs: counts.gold,
    goldCorroborated: round(share(counts.goldCorroborated, counts.gold)),
    goldConflicting: round(share(counts.goldConflicting, counts.gold)),
    otherPairs: counts.other,
    otherCorroborated: round(share(counts.otherCorroborated, counts.other)),
    otherConflicting: round(share(counts.otherConflicting, counts.other)),
    seconds: round((performance.now() - started) / 1000, 1),
  };
  return {
    status: 'done',
    lines: [
      `judge-pairs: ${figures.goldPairs} (tweet, gold claim) and ${figures.otherPairs} (tweet, top-${NON_GOLD_PER_TWEET} non-gold claim) pairs · ${figures.seconds} s`,
      `gold claim corroborated ${rate(figures.goldCorroborated)}, conflicting ${rate(figures.goldConflicting)}`,
      `non-gold claim corroborated ${rate(figures.otherCorroborated)}, conflicting ${rate(figures.otherConflicting)} (same topic: mostly, not all, false links)`,
    ],
    figures,
  };
}
