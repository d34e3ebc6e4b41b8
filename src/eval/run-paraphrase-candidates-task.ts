/**
 * The `paraphrase-candidates` task: candidate recall when the known claim says the page sentence again in
 * other words. For each of MRPC, STS-B and SICK, the validation side's passages are the known claims (one
 * dataset), and each corroborating pair's first sentence is searched: is its passage among the
 * candidates, by shared words only and with the meaning channel? Not tuned on: the encoder is trained on
 * the train sides and its settings were chosen on held-out CheckThat! train tweets.
 */
import { DATASET_FORMAT, DATASET_VERSION, type Dataset } from '../claims/dataset';
import { createAnalyzer } from '../engine/analyzer';
import { channelRecall, type ChannelRecall } from './channel-recall';
import { channelRecallFigures, channelRecallLines } from './channel-recall-report';
import { hasPairSet, readPairSet, type PairSetName } from './pair-sets';
import type { TaskOutcome } from './task-outcome';

const SETS: PairSetName[] = ['mrpc', 'sts-b', 'sick'];

/** The validation side of `name` as known claims and the queries that should find them. */
function recallOn(dataDir: string, name: PairSetName): { claims: number; recall: ChannelRecall } {
  const pairs = readPairSet(dataDir, name).pairs.filter((pair) => pair.split === 'validation');
  const ids = new Map<string, string>();
  for (const pair of pairs) if (!ids.has(pair.passage)) ids.set(pair.passage, `${name}-${ids.size + 1}`);
  const dataset: Dataset = {
    format: DATASET_FORMAT,
    version: DATASET_VERSION,
    id: `${name}-validation`,
    name,
    description: null,
    sources: [
      {
        id: name,
        outlet: name,
        author: null,
        publishedTime: null,
        url: null,
        title: null,
        claims: [...ids].map(([text, id]) => ({ id, text, attribution: null })),
      },
    ],
  };
  const { index } = createAnalyzer([dataset]);
  const queries = pairs
    .filter((pair) => pair.gold === 'corroborates')
    .map((pair) => ({ text: pair.claim, relevant: new Set([ids.get(pair.passage)!]) }));
  return { claims: ids.size, recall: channelRecall(index, queries) };
}

/** Runs the task over the sets present in `dataDir`. */
export function runParaphraseCandidatesTask(dataDir: string): TaskOutcome {
  const present = SETS.filter((name) => hasPairSet(dataDir, name));
  if (present.length === 0) return { status: 'skipped', reason: `none of ${SETS.join(', ')} in ${dataDir}` };
  const lines: string[] = [];
  const figures: Record<string, unknown> = {};
  for (const name of present) {
    const { claims, recall } = recallOn(dataDir, name);
    lines.push(
      `${name} (validation side, ${claims} passages as known claims):`,
      ...channelRecallLines(recall, 'sentence'),
    );
    figures[name] = channelRecallFigures(recall);
  }
  return { status: 'done', lines, figures };
}
