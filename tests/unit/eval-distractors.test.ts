import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { corpusPaths, DEFAULT_DATA_DIR, SEED_FIXTURES_DIR } from '../../src/eval/eval-paths';
import { runDistractorsTask } from '../../src/eval/run-distractors-task';

const dir = mkdtempSync(join(tmpdir(), 'distractors-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const claim = (id: string, text: string) => JSON.stringify({ vclaim_id: id, vclaim: text, title: '', subtitle: '' });

test('counts links from seed and news pages to the distractor claims, and scores the seeds in the same run', () => {
  writeFileSync(
    join(dir, 'vclaims.jsonl'),
    [
      // A copy of a seed sentence: a link the task must count (on the seed pages).
      claim(
        'copy',
        'Italian Prime Minister Giorgia Meloni, who was on the call with Trump, confirmed the US president had raised the idea.',
      ),
      claim('far', 'A new species of frog was found in the rainforest.'),
    ].join('\n'),
  );
  mkdirSync(join(dir, 'pages', 'unrelated'), { recursive: true });
  copyFileSync(resolve(SEED_FIXTURES_DIR, 'unrelated-article.html'), join(dir, 'pages', 'unrelated', 'source.html'));
  const outcome = runDistractorsTask({
    vclaims: join(dir, 'vclaims.jsonl'),
    pages: join(dir, 'pages'),
    newsPages: ['unrelated'],
  });
  expect(outcome.status).toBe('done');
  if (outcome.status !== 'done') return;
  const figures = outcome.figures as Record<string, any>;
  expect(figures.distractorClaims).toBe(2);
  expect(figures.seedPages.pages).toBe(5);
  expect(figures.seedPages.corroborating).toBeGreaterThanOrEqual(1);
  expect(figures.newsPages).toMatchObject({ pages: 1, corroborating: 0, conflicting: 0 });
  // The seeds keep their golden links when the distractors are two claims.
  expect(figures.seedGolden.corroborates.found).toBeGreaterThanOrEqual(12);
  expect(figures.seedGolden.opposite).toBe(0);
});

test('--other-pages reads every page folder but the 13 news pages, and says so', () => {
  // Runs after the test above, which wrote the claims and the "unrelated" page.
  mkdirSync(join(dir, 'pages', 'nytimes-1'), { recursive: true });
  copyFileSync(resolve(SEED_FIXTURES_DIR, 'unrelated-article.html'), join(dir, 'pages', 'nytimes-1', 'source.html'));
  mkdirSync(join(dir, 'pages', 'no-source'), { recursive: true });
  const outcome = runDistractorsTask({
    vclaims: join(dir, 'vclaims.jsonl'),
    pages: join(dir, 'pages'),
    otherPages: true,
  });
  expect(outcome.status).toBe('done');
  if (outcome.status !== 'done') return;
  // "unrelated" only: nytimes-1 is a news page, and a folder without source.html is no page.
  expect((outcome.figures as Record<string, any>).newsPages.pages).toBe(1);
  expect(outcome.lines.some((line) => line.startsWith('other pages: '))).toBe(true);
});

test('absent data is a skip when asked, a failure otherwise', () => {
  const missing = { vclaims: join(dir, 'none.jsonl'), pages: join(dir, 'none') };
  expect(runDistractorsTask({ ...missing, skipWhenAbsent: true }).status).toBe('skipped');
  expect(runDistractorsTask(missing).status).toBe('failed');
});

const data = corpusPaths(DEFAULT_DATA_DIR);
const pagesDir = resolve(DEFAULT_DATA_DIR, 'readability-pages');
const haveData = existsSync(data.checkthat.vclaims) && existsSync(pagesDir);

describe.skipIf(!haveData)(
  haveData ? 'against CheckThat!’s 14,231 claims' : 'skipped: ../shared/data not present',
  () => {
    test('few links from unrelated news, and no fewer golden seed links found among the distractors', () => {
      const outcome = runDistractorsTask({ vclaims: data.checkthat.vclaims, pages: pagesDir });
      expect(outcome.status).toBe('done');
      if (outcome.status !== 'done') return;
      const figures = outcome.figures as Record<string, any>;
      // Ceilings with room above the learned judge's figures (docs/quality.md, *Against a large dataset on
      // other stories*): they catch a judge that links on shared names again, not a change of a few links.
      expect(figures.newsPages.per100Sentences).toBeLessThan(5);
      expect(figures.seedPages.per100Sentences).toBeLessThan(20);
      expect(figures.seedGolden.corroborates.found).toBeGreaterThanOrEqual(12);
      expect(figures.seedGolden.opposite).toBe(0);
    }, 120_000);
  },
);
