/** How a `ChannelRecall` is printed and what its JSON figures are. */
import type { ChannelRecall } from './channel-recall';
import { rate, round } from './text-table';

/** Two lines: recall either way, then candidates per query and the meaning search's time. */
export function channelRecallLines(r: ChannelRecall, query: string): string[] {
  return [
    `candidate recall by shared words only ${r.byWords}/${r.golden} (${rate(r.byWords / r.golden)}) · with the meaning channel ${r.withMeaning}/${r.golden} (${rate(r.withMeaning / r.golden)})`,
    `distinct candidates a ${query}: ${(r.candidatesByWords / r.queries).toFixed(1)} → ${(r.candidatesWithMeaning / r.queries).toFixed(1)} · meaning search ${(r.meaningMs / r.queries).toFixed(3)} ms a ${query}`,
  ];
}

/** The figures of the task's JSON line. */
export function channelRecallFigures(r: ChannelRecall) {
  return {
    golden: r.golden,
    byWords: r.byWords,
    withMeaning: r.withMeaning,
    recallByWords: round(r.byWords / r.golden),
    recallWithMeaning: round(r.withMeaning / r.golden),
    candidatesByWords: round(r.candidatesByWords / r.queries, 2),
    candidatesWithMeaning: round(r.candidatesWithMeaning / r.queries, 2),
    meaningMsPerQuery: round(r.meaningMs / r.queries, 3),
  };
}
