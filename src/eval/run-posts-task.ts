/**
 * The `posts` task: what a reader sees on a short post that repeats a fact-checked claim. Each CheckThat!
 * 2022 2A tweet (the dev queries by default: never trained on) is analyzed as a page of its own, the
 * whole analysis the extension runs (retrieval, the link gate, the page's-story rule, the judge, the link
 * thresholds), against the embedded dataset plus the 14,231 verified claims imported as the options page
 * imports them. The tweet's gold claims (qrels) shown as corroborations are the recall a reader gets; the
 * other links shown are counted beside them (a verified claim that is not the gold one may still be
 * right, so they are not all wrong). docs/quality.md, *The page's story*, reads the figure.
 */
import { defaultDataset } from '../claims/default-dataset';
import { createAnalyzer } from '../engine/analyzer';
import { articleFromText } from '../extract/from-text';
import { readCheckThatInputs } from './checkthat-data';
import type { TaskOutcome } from './task-outcome';
import { rate, round } from './text-table';

/** Inputs: the verified claims, the tweets and their relevant claims. */
export interface PostsOptions {
  vclaims: string;
  queries: string;
  qrels: string;
  /** The first N tweets only. */
  limit?: number;
  /** Lists each tweet's gold claims missed and the other links shown. */
  verbose?: boolean;
  skipWhenAbsent?: boolean;
}

const POSTS_DATASET = 'checkthat-claims';
const short = (text: string, n = 100) => (text.length > n ? `${text.slice(0, n - 1)}…` : text);

/** Analyzes each tweet as a page against the embedded dataset and CheckThat!'s verified claims. */
export function runPostsTask(options: PostsOptions): TaskOutcome {
  const read = readCheckThatInputs(options, POSTS_DATASET);
  if (!read.ok) return read.outcome;
  const { dataset, queries, qrels } = read.inputs;
  const fromCheckThat = new Set(dataset.sources.map((source) => source.id));
  const claimCount = dataset.sources.reduce((n, source) => n + source.claims.length, 0);

  const started = performance.now();
  const analyzer = createAnalyzer([defaultDataset, dataset]);
  const posts = queries.filter((query) => qrels.has(query.id)).slice(0, options.limit);
  let gold = 0;
  let goldShown = 0;
  let goldConflicting = 0;
  let otherShown = 0;
  let postsWithLinks = 0;
  let notRead = 0;
  const details: string[] = [];
  for (const post of posts) {
    const relevant = qrels.get(post.id)!;
    gold += relevant.size;
    // Under a title of its own: a tweet ends without a full stop, and its line would be read as a headline.
    const article = articleFromText(post.text, {
      title: 'A post',
      url: `https://posts.example/${post.id}`,
      lang: 'en',
    });
    if (article.sentences.length === 0) {
      notRead++;
      continue;
    }
    const report = analyzer.analyze(article, { related: false });
    const shown = report.claims.flatMap((claim) => [
      ...claim.corroborating.map((match) => ({ match, relation: 'corroborates' })),
      ...claim.conflicting.map((match) => ({ match, relation: 'conflicts' })),
    ]);
    if (shown.length > 0) postsWithLinks++;
    const corroborated = new Set<string>();
    for (const { match, relation } of shown) {
      const isGold = fromCheckThat.has(match.sourceId) && relevant.has(match.claimId);
      if (isGold && relation === 'corroborates') corroborated.add(match.claimId);
      else if (isGold) goldConflicting++;
      else otherShown++;
      if (options.verbose && !isGold) details.push(`  ${post.id} [${relation}] ⇐ “${short(match.text)}”`);
    }
    goldShown += corroborated.size;
    if (options.verbose)
      for (const id of relevant)
        if (!corroborated.has(id)) details.push(`  ${post.id} missed ${id}: “${short(post.text)}”`);
  }
  const seconds = (performance.now() - started) / 1000;
  const lines = [
    `posts: ${posts.length} CheckThat! tweets, each analyzed as a page, against the embedded dataset + ${claimCount.toLocaleString('en')} verified claims · ${seconds.toFixed(1)} s`,
    `gold claims shown as corroborating: ${goldShown}/${gold} (${rate(gold === 0 ? 0 : goldShown / gold)}); shown as conflicting: ${goldConflicting}`,
    `other links shown: ${otherShown}; posts with at least one link: ${postsWithLinks}/${posts.length}${notRead > 0 ? `; posts with no sentence to check: ${notRead}` : ''}`,
  ];
  if (options.verbose) lines.push('missed gold claims and other links:', ...details);
  return {
    status: 'done',
    lines,
    figures: {
      posts: posts.length,
      goldClaims: gold,
      goldShown,
      goldConflicting,
      otherShown,
      postsWithLinks,
      notRead,
      seconds: round(seconds, 1),
    },
  };
}
