/**
 * The `distractors` task: what a reader sees after importing a large dataset on other subjects. The
 * seed pages and real news pages are analyzed against the embedded dataset *plus* CheckThat! 2022's
 * 14,231 fact-checked claims (imported as the options page imports them). Those claims are about other
 * stories (US politics, health and hoaxes, 2016–2021), so a link from a page sentence to one of them is
 * almost always wrong: their count per 100 sentences is the false-link rate at scale. The seeds' golden
 * links are scored in the same run, so a rule that drops wrong links must keep the right ones.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defaultDataset } from '../claims/default-dataset';
import { importDataset } from '../claims/import-dataset';
import type { Article } from '../extract/article';
import { createAnalyzer } from '../engine/analyzer';
import type { Report } from '../engine/report';
import { extractArticle } from '../extract/extract-article';
import { parseHtmlDocument } from '../node/html-document';
import { linksFromReport } from './evaluate-seeds';
import { scoreSeedLinks, type PredictedLink } from './score-seed-links';
import { extractSeedPages, readSeedGolden } from './seed-files';
import type { TaskOutcome } from './task-outcome';
import { rate, round } from './text-table';

/** The English news pages of Readability's test suite that `npm run bench` times: none is about a CheckThat! claim. */
export const NEWS_PAGES = [
  'nytimes-1',
  'guardian-1',
  'bbc-1',
  'cnn',
  'wapo-1',
  'seattletimes-1',
  'medium-1',
  'theverge',
  'yahoo-1',
  'salon-1',
  'aclu',
  'engadget',
  'nytimes-4',
] as const;

/** Inputs: the CheckThat! claims file and the folder of Readability's test pages. */
export interface DistractorsOptions {
  vclaims: string;
  pages: string;
  /** Page folders to read under `pages` (default NEWS_PAGES). */
  newsPages?: readonly string[];
  /**
   * Read every page folder under `pages` but NEWS_PAGES instead: pages none of the link rules were read
   * from (docs/quality.md, *The page's story*). Pages in other languages give no sentences.
   */
  otherPages?: boolean;
  verbose?: boolean;
  skipWhenAbsent?: boolean;
}

/** Links to the distractor dataset on one group of pages. */
interface GroupFigures {
  pages: number;
  sentences: number;
  corroborating: number;
  conflicting: number;
  per100Sentences: number;
}

const DISTRACTOR_ID = 'checkthat-distractors';
const short = (text: string, n = 100) => (text.length > n ? `${text.slice(0, n - 1)}…` : text);

function distractorLinks(page: string, report: Report, isDistractor: (sourceId: string) => boolean): PredictedLink[] {
  return linksFromReport(page, report).filter((link) => isDistractor(link.source));
}

function groupFigures(reports: readonly Report[], links: readonly PredictedLink[]): GroupFigures {
  const sentences = reports.reduce((n, report) => n + report.claims.length, 0);
  const corroborating = links.filter((link) => link.relation === 'corroborates').length;
  const conflicting = links.length - corroborating;
  return {
    pages: reports.length,
    sentences,
    corroborating,
    conflicting,
    per100Sentences: round(sentences === 0 ? 0 : (100 * links.length) / sentences, 2),
  };
}

/** Analyzes seed and news pages against the embedded dataset plus CheckThat!'s claims. */
export function runDistractorsTask(options: DistractorsOptions): TaskOutcome {
  if (!existsSync(options.vclaims) || !existsSync(options.pages)) {
    const reason = `needs ${options.vclaims} and ${options.pages} (../shared/data)`;
    return options.skipWhenAbsent ? { status: 'skipped', reason } : { status: 'failed', reason };
  }
  const golden = readSeedGolden();
  if (!golden.ok) return { status: 'failed', reason: golden.reason };
  const imported = importDataset(readFileSync(options.vclaims, 'utf8'), 'jsonl', {
    fileName: 'vclaims.jsonl',
    id: DISTRACTOR_ID,
    name: 'CheckThat! 2022 claims',
  });
  if (!imported.ok) return { status: 'failed', reason: `${options.vclaims}: ${imported.errors.join('; ')}` };
  const distractorSources = new Set(imported.dataset.sources.map((source) => source.id));
  const isDistractor = (sourceId: string) => distractorSources.has(sourceId);
  const claims = imported.dataset.sources.reduce((n, source) => n + source.claims.length, 0);

  const started = performance.now();
  const analyzer = createAnalyzer([defaultDataset, imported.dataset]);
  const seeds = extractSeedPages();
  if (!seeds.ok) return { status: 'failed', reason: seeds.reason };
  const news: Array<{ page: string; article: Article }> = [];
  const pageNames = options.otherPages
    ? readdirSync(options.pages)
        .filter((page) => !(NEWS_PAGES as readonly string[]).includes(page))
        .filter((page) => existsSync(resolve(options.pages, page, 'source.html')))
        .sort()
    : (options.newsPages ?? NEWS_PAGES);
  for (const page of pageNames) {
    const file = resolve(options.pages, page, 'source.html');
    if (!existsSync(file)) return { status: 'failed', reason: `${file} is missing` };
    const extracted = extractArticle(parseHtmlDocument(readFileSync(file, 'utf8'), `https://example.org/${page}`));
    if (extracted.ok) news.push({ page, article: extracted.article });
  }
  const run = (pages: typeof news) => pages.map(({ page, article }) => ({ page, report: analyzer.analyze(article) }));
  const seedRuns = run(seeds.pages);
  const newsRuns = run(news);
  const seconds = (performance.now() - started) / 1000;

  const seedDistractorLinks = seedRuns.flatMap(({ page, report }) => distractorLinks(page, report, isDistractor));
  const newsDistractorLinks = newsRuns.flatMap(({ page, report }) => distractorLinks(page, report, isDistractor));
  const seedFigures = groupFigures(
    seedRuns.map((r) => r.report),
    seedDistractorLinks,
  );
  const newsFigures = groupFigures(
    newsRuns.map((r) => r.report),
    newsDistractorLinks,
  );
  const seedLinks = seedRuns.flatMap(({ page, report }) =>
    linksFromReport(page, report).filter((link) => !isDistractor(link.source)),
  );
  const score = scoreSeedLinks(golden.golden, seedLinks);

  const group = (name: string, f: GroupFigures) =>
    `${name}: ${f.corroborating} corroborating + ${f.conflicting} conflicting links to distractor claims over ${f.sentences} sentences of ${f.pages} pages (${f.per100Sentences} per 100 sentences)`;
  const lines = [
    `distractors: the embedded dataset + ${claims.toLocaleString('en')} CheckThat! claims on other stories · ${seconds.toFixed(1)} s`,
    group('seed pages', seedFigures),
    group(options.otherPages ? 'other pages' : 'news pages', newsFigures),
    `seed golden links among the distractors: corroborates ${score.corroborates.found}/${score.corroborates.golden} (${rate(score.corroborates.recall)}), conflicts ${score.conflicts.found}/${score.conflicts.golden} (${rate(score.conflicts.recall)}), opposite ${score.all.opposite}, from no-link sentences ${score.all.fromNoLink}; unjudged seed links ${score.corroborates.unjudged} + ${score.conflicts.unjudged}`,
  ];
  if (options.verbose) {
    lines.push('golden seed links missed among the distractors:');
    for (const g of score.missed)
      lines.push(
        `  ${g.page} “${short(g.pageSentence, 60)}” ${g.relation} ${g.source} “${short(g.sourceSentence, 60)}”`,
      );
    lines.push('links to distractor claims:');
    for (const link of [...seedDistractorLinks, ...newsDistractorLinks]) {
      lines.push(
        `  ${link.page} [${link.relation}] “${short(link.pageSentence)}”`,
        `      ⇐ “${short(link.sourceClaim)}”`,
      );
    }
  }
  return {
    status: 'done',
    lines,
    figures: {
      distractorClaims: claims,
      seedPages: seedFigures,
      newsPages: newsFigures,
      seedGolden: {
        corroborates: {
          found: score.corroborates.found,
          golden: score.corroborates.golden,
          unjudged: score.corroborates.unjudged,
        },
        conflicts: { found: score.conflicts.found, golden: score.conflicts.golden, unjudged: score.conflicts.unjudged },
        opposite: score.all.opposite,
        fromNoLink: score.all.fromNoLink,
      },
      seconds: round(seconds, 1),
    },
  };
}
