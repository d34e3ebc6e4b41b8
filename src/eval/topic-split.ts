/**
 * A train/validation split held out by topic, as FNC-1's test set is (its topics never occur in
 * training). Shared by the training code and the evaluation harness, so both see the same split.
 */
import { seededHash } from '../match/seeded-hash';

/** The fields a split needs from a stance row. */
export interface SplitRow {
  headline: string;
  bodyId: string;
  /** FNC label; rows without one only join their headline's topic. */
  stance?: string;
}

/** Options: the share of pairs to hold out (default 0.2) and the hash seed (default 1). */
export interface SplitOptions {
  validationShare?: number;
  seed?: number;
}

/** Row indices of each side, ascending. */
export interface TopicSplit {
  train: number[];
  validation: number[];
}

/** Topic of every row (0-based component ids) and, per topic, its smallest headline. */
export interface Topics {
  topicOfRow: number[];
  smallestHeadline: string[];
}

const isRelated = (row: SplitRow) => row.stance !== undefined && row.stance !== 'unrelated';

/**
 * Topics = connected components of the graph that links each headline to the bodies it is related to
 * (agree/disagree/discuss). An unrelated pair says nothing about topic, so it follows its headline.
 */
export function findTopics(rows: readonly SplitRow[]): Topics {
  const parent = new Map<string, string>();
  const find = (node: string): string => {
    let root = node;
    while (parent.get(root) !== root) root = parent.get(root)!;
    // Path compression keeps this linear in practice on 50k rows.
    for (let at = node; at !== root; ) {
      const next = parent.get(at)!;
      parent.set(at, root);
      at = next;
    }
    return root;
  };
  const add = (node: string) => {
    if (!parent.has(node)) parent.set(node, node);
  };
  for (const row of rows) {
    const headline = `h:${row.headline}`;
    add(headline);
    if (!isRelated(row)) continue;
    const body = `b:${row.bodyId}`;
    add(body);
    const a = find(headline);
    const b = find(body);
    if (a !== b) parent.set(a, b);
  }
  const idOfRoot = new Map<string, number>();
  const smallestHeadline: string[] = [];
  const topicOfRow = rows.map((row) => {
    const root = find(`h:${row.headline}`);
    let id = idOfRoot.get(root);
    if (id === undefined) {
      id = smallestHeadline.length;
      idOfRoot.set(root, id);
      smallestHeadline.push(row.headline);
    } else if (row.headline < smallestHeadline[id]!) {
      smallestHeadline[id] = row.headline;
    }
    return id;
  });
  return { topicOfRow, smallestHeadline };
}

/**
 * Splits rows by topic: whole topics go to validation, in the order of a seeded hash of their smallest
 * headline, until at least `validationShare` of the pairs are there (so it overshoots by at most one
 * topic). Deterministic for given rows, share and seed, whatever the row order.
 */
export function splitByTopic(rows: readonly SplitRow[], options: SplitOptions = {}): TopicSplit {
  const share = options.validationShare ?? 0.2;
  const seed = options.seed ?? 1;
  const { topicOfRow, smallestHeadline } = findTopics(rows);
  const size = new Array<number>(smallestHeadline.length).fill(0);
  for (const topic of topicOfRow) size[topic]!++;
  const order = smallestHeadline
    .map((headline, topic) => ({ topic, headline, hash: seededHash(headline, seed) }))
    .sort((a, b) => a.hash - b.hash || (a.headline < b.headline ? -1 : a.headline > b.headline ? 1 : 0));
  const target = share * rows.length;
  const held = new Set<number>();
  let heldPairs = 0;
  for (const { topic } of order) {
    if (heldPairs >= target) break;
    held.add(topic);
    heldPairs += size[topic]!;
  }
  const split: TopicSplit = { train: [], validation: [] };
  topicOfRow.forEach((topic, i) => (held.has(topic) ? split.validation : split.train).push(i));
  return split;
}
