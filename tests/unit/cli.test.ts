import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { MAX_DATASET_CHARS } from '../../src/claims/dataset-json';

const root = resolve(import.meta.dirname, '../..');

/**
 * Invented reports restating seed sentences with one detail changed (the actor; a negation taken away):
 * what the report prints for a conflict, whatever the judge makes of the seeds' own links (that is
 * `npm run eval -- seeds`).
 */
const RESTATED = 'tests/fixtures/datasets/restated-seed-000.json';
const restatedDataset = () => RESTATED;

/** Runs the CLI; a run that blocks is stopped after 20 s (its status is then null), so a hang fails the test. */
const run = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/check.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 20_000,
  });

describe('npm run check', () => {
  test('--json prints exactly one JSON document with every page sentence', () => {
    const result = run('tests/fixtures/seed-000.html', '--json', '--dataset', restatedDataset());
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(Object.keys(report)).toEqual(['article', 'supported', 'claims']);
    expect(report.article).toMatchObject({ title: expect.stringContaining('NATO-Style'), lang: 'en' });
    expect(report.supported).toBe(true);
    expect(report.claims.length).toBeGreaterThan(20);
    for (const claim of report.claims)
      expect(Object.keys(claim)).toEqual(['text', 'sourceCounts', 'corroborating', 'conflicting', 'related']);
    const biden = report.claims.find((c: { text: string }) => c.text.includes('Biden administration'));
    // "The Trump administration proposed…": the model's conflict, about who (two doers of one event).
    expect(biden.conflicting[0]).toMatchObject({
      sourceId: expect.stringMatching(/^(wire-a|daily-b|post-c|times-d)$/),
      overWho: true,
      differences: [expect.objectContaining({ kind: 'actor' })],
    });
    expect(Object.keys(biden.conflicting[0])).toEqual([
      'text',
      'sourceId',
      'outlet',
      'author',
      'publishedTime',
      'url',
      'attribution',
      'chain',
      'independentGroup',
      'earliestKnown',
      'score',
      'overWho',
      'differences',
    ]);
    expect(Object.keys(biden.conflicting[0].chain)).toEqual(['speaker', 'reporter', 'publisher']);
    expect(Object.keys(biden.sourceCounts)).toEqual(['corroborating', 'conflicting']);
    expect(biden.sourceCounts.conflicting).toEqual({ outlets: expect.any(Number), independent: expect.any(Number) });
  });

  test('a page in another language: article.lang names it, supported is false, no claim is checked', () => {
    const result = run('tests/fixtures/french-article.html', '--json');
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({
      article: { lang: 'fr', title: expect.stringContaining('Valmont') },
      supported: false,
      claims: [],
    });
    expect(run('tests/fixtures/french-article.html').stdout).toContain(
      'This article is in French; Provenance checks English text.',
    );
  });

  test('the text report lists conflicts with their differences', () => {
    const result = run('tests/fixtures/seed-004.html', '--dataset', restatedDataset());
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Conflicts with \d+ outlets?:/);
    expect(result.stdout).toMatch(/Opposite polarity: “not involve/);
  });

  test('--dataset uses another dataset, and an invalid one is refused with its errors', () => {
    const dir = mkdtempSync(join(tmpdir(), 'provenance-cli-'));
    const dataset = {
      format: 'provenance-dataset',
      version: 1,
      id: 'mine',
      name: 'Mine',
      description: null,
      sources: [
        {
          id: 'x',
          outlet: 'Example Times',
          author: null,
          publishedTime: '2025-08-17',
          url: 'https://example.org/a',
          title: null,
          claims: [
            {
              id: 'x#1',
              text: 'Russian artillery fire has increased by about 37% since June, officials said.',
              attribution: 'officials',
            },
          ],
        },
      ],
    };
    writeFileSync(join(dir, 'mine.json'), JSON.stringify(dataset));
    const report = JSON.parse(
      run('tests/fixtures/seed-000.html', '--json', '--dataset', join(dir, 'mine.json')).stdout,
    );
    const artillery = report.claims.find((c: { text: string }) => c.text.includes('artillery'));
    expect(artillery.corroborating.map((m: { outlet: string }) => m.outlet)).toEqual(['Example Times']);

    writeFileSync(join(dir, 'broken.json'), '{"format": "provenance-dataset"');
    const broken = run('tests/fixtures/seed-000.html', '--dataset', join(dir, 'broken.json'));
    expect(broken.status).toBe(2);
    expect(broken.stderr).toMatch(/not a valid dataset/);
  });

  test('.txt pages work and a missing argument prints usage', () => {
    const txt = join(mkdtempSync(join(tmpdir(), 'provenance-cli-')), 'page.txt');
    writeFileSync(
      txt,
      'Trump rules out NATO for Kyiv\nTrump has repeatedly ruled out Ukraine joining the Western military alliance, officials say.\n',
    );
    expect(JSON.parse(run(txt, '--json').stdout).claims.length).toBeGreaterThan(0);
    expect(run().stderr).toMatch(/usage: npm run check/);
  });
});

/** Files the CLI must refuse, made small or sparse in a fresh directory: [what, args, the one line on stderr]. */
function refusals(): Array<[string, string[], string]> {
  const dir = mkdtempSync(join(tmpdir(), 'provenance-cli-hostile-'));
  const at = (name: string) => join(dir, name);
  mkdirSync(at('folder.html'));
  for (const fifo of ['pipe.html', 'pipe.json']) spawnSync('mkfifo', [at(fifo)]);
  writeFileSync(at('huge.html'), '');
  truncateSync(at('huge.html'), 210 * 1024 * 1024);
  writeFileSync(
    at('deep.html'),
    `<!doctype html><title>Deep</title><body>${'<div>'.repeat(100_000)}Deep.${'</div>'.repeat(100_000)}`,
  );
  writeFileSync(
    at('garbage.html'),
    Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256),
  );
  writeFileSync(at('notes.html'), 'Meeting notes. Nothing here is markup.\n');
  writeFileSync(at('huge.json'), '');
  truncateSync(at('huge.json'), MAX_DATASET_CHARS + 1);
  const page = 'tests/fixtures/seed-000.html';
  return [
    ['a directory', [at('folder.html')], `${at('folder.html')}: is a directory, not a file`],
    [
      'a FIFO',
      [at('pipe.html')],
      `${at('pipe.html')}: is a named pipe (FIFO), not a file: reading it could wait forever`,
    ],
    [
      'a FIFO as the dataset',
      [page, '--dataset', at('pipe.json')],
      `${at('pipe.json')}: is a named pipe (FIFO), not a file: reading it could wait forever`,
    ],
    ['a 210 MB page (sparse)', [at('huge.html')], `${at('huge.html')}: is too large (210 MB; the limit is 8 MB)`],
    [
      'a dataset over the browser’s 96 MB (sparse)',
      [page, '--dataset', at('huge.json')],
      `${at('huge.json')}: is too large (just over 96 MB; the limit is 96 MB)`,
    ],
    [
      '100,000 nested divs',
      [at('deep.html')],
      `${at('deep.html')}: nests its elements more than 512 deep, deeper than a browser builds a page; it was not read`,
    ],
    [
      'binary garbage',
      [at('garbage.html')],
      `${at('garbage.html')}: is not a text file: it contains NUL bytes (is it binary?)`,
    ],
    [
      'text without a tag, named .html',
      [at('notes.html')],
      `${at('notes.html')}: does not look like HTML: it has no tags (a plain-text page must be named .txt)`,
    ],
  ];
}

describe('npm run check refuses what it cannot check: one line on stderr, exit code 2, no report', () => {
  test.each(refusals())('%s', (_what, args, message) => {
    const result = run(...args);
    expect({ status: result.status, stderr: result.stderr, stdout: result.stdout }).toEqual({
      status: 2,
      stderr: `${message}\n`,
      stdout: '',
    });
  });
});
