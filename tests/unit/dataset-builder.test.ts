/**
 * `npm run dataset -- build`: articles + manifest → dataset. The golden file pins what a reader would
 * see as claims; the rules that keep sentences out are checked one by one; the output is byte-stable.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { buildFromArticles, type ArticleFile } from '../../scripts/dataset/build-articles';
import { ARTICLE_RULES, notAClaimBecause, SEED_RULES, selectClaims } from '../../scripts/dataset/select-claims';
import { parseSourceManifest, type ManifestEntry } from '../../scripts/dataset/source-manifest';
import { parseDataset } from '../../src/claims/validate-dataset';
import { expectGoldenJson } from './support/golden-file';

const ROOT = resolve(import.meta.dirname, '..', '..');
const DIR = join(ROOT, 'tests', 'fixtures', 'articles');
const FILES = ['harbour-wire.html', 'harbour-blog.txt'];
const IDENTITY = { id: 'harbour', name: 'Harbour', description: null };

function files(names: readonly string[] = FILES): ArticleFile[] {
  return names.map((name) => ({ path: join(DIR, name), text: readFileSync(join(DIR, name), 'utf8') }));
}

function manifest(name = 'sources.csv'): ManifestEntry[] {
  const parsed = parseSourceManifest(readFileSync(join(DIR, name), 'utf8'), name);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.entries;
}

describe('building from articles', () => {
  test('golden file', () => {
    const built = buildFromArticles(files(), manifest(), IDENTITY);
    if (!built.ok) throw new Error(built.errors.join('\n'));
    expectGoldenJson(built.dataset, join(DIR, 'expected.json'));
    expect(parseDataset(built.json)).toMatchObject({ ok: true, warnings: [] });
  });

  test('the same files in another order give the same bytes', () => {
    const a = buildFromArticles(files(), manifest(), IDENTITY);
    const b = buildFromArticles(files([...FILES].reverse()), manifest(), IDENTITY);
    expect(a.ok && b.ok && a.json === b.json).toBe(true);
  });

  test('questions, calls to action, credits, the reporter’s aside and a repeated paragraph are not claims', () => {
    const built = buildFromArticles(files(), manifest(), IDENTITY);
    if (!built.ok) throw new Error(built.errors.join('\n'));
    const texts = built.dataset.sources.flatMap((source) => source.claims.map((claim) => claim.text));
    for (const dropped of [
      'Will the town',
      'I walked along',
      'Subscribe to our',
      'Reporting by',
      'Share this article',
      'What do you think',
      'You Might Also Like',
    ]) {
      expect(
        texts.filter((text) => text.includes(dropped)),
        dropped,
      ).toEqual([]);
    }
    expect(texts.filter((text) => text.startsWith('The Millbrook city council approved'))).toHaveLength(1);
  });

  test('attribution is recorded, and the HTML page’s own metadata fills empty manifest cells', () => {
    const built = buildFromArticles(files(), manifest(), IDENTITY);
    if (!built.ok) throw new Error(built.errors.join('\n'));
    const wire = built.dataset.sources.find((source) => source.id === 'harbour-wire')!;
    expect(wire).toMatchObject({
      outlet: 'Example Wire',
      author: 'Jo Reporter',
      publishedTime: '2024-05-01T09:00:00Z',
      url: 'https://wire.example.com/2024/05/01/harbour',
    });
    expect(wire.claims.find((claim) => claim.text.includes('fifty years'))?.attribution).toBe('Mayor Pat Example');
    const blog = built.dataset.sources.find((source) => source.id === 'harbour-blog')!;
    expect(blog).toMatchObject({
      outlet: 'Millbrook Musings',
      publishedTime: '2024-05-02',
      title: 'Harbour plan passes at last',
    });
  });

  test('a file missing from the manifest, a manifest line without its file, and an unsupported file are errors', () => {
    const built = buildFromArticles(
      [...files(['harbour-wire.html']), { path: 'notes.pdf', text: '' }],
      manifest(),
      IDENTITY,
    );
    expect(built.ok).toBe(false);
    if (built.ok) return;
    expect(built.errors).toEqual([
      'notes.pdf: not in the manifest; add a line with its file, outlet, author, date and url',
      'manifest line 3: harbour-blog.txt was not given as a file to build',
    ]);
  });

  test('a text file whose manifest line gives no outlet is an error, never a guess', () => {
    const entries = manifest().map((entry) => ({ ...entry, outlet: null }));
    const built = buildFromArticles(files(['harbour-blog.txt', 'harbour-wire.html']), entries, IDENTITY);
    expect(built.ok).toBe(false);
    if (!built.ok)
      expect(built.errors).toEqual([
        `manifest line 3: outlet: ${join(DIR, 'harbour-blog.txt')} does not name its outlet; fill in the outlet column`,
      ]);
  });
});

describe('the manifest', () => {
  test('bad dates, non-http links and repeated files are named by line and column', () => {
    const parsed = parseSourceManifest(readFileSync(join(DIR, 'sources-invalid.csv'), 'utf8'), 'sources-invalid.csv');
    expect(parsed).toEqual({
      ok: false,
      errors: [
        'sources-invalid.csv line 2: date: "next week" is not a date such as 2025-08-16 or 16 August 2025',
        'sources-invalid.csv line 2: url: only http and https links are allowed, found "ftp://wire.example.com/harbour"',
        'sources-invalid.csv line 4: file: "harbour-blog.txt" is listed twice (first on line 3)',
        'sources-invalid.csv line 4: url: only http and https links are allowed, found "javascript:alert(1)"',
      ],
    });
  });

  test.each([
    [
      'file,outlet,athor\na.txt,X,Y\n',
      'm.csv line 1: unknown column "athor" (expected file, id, outlet, author, date, url, title)',
    ],
    ['outlet,author\nX,Y\n', 'm.csv line 1: no "file" column: each line must name the article file it describes'],
    ['', 'm.csv: empty; expected a header line such as "file,outlet,author,date,url"'],
  ])('%j is refused', (text, error) => {
    expect(parseSourceManifest(text, 'm.csv')).toEqual({ ok: false, errors: [error] });
  });
});

describe('claim rules', () => {
  test.each([
    [
      'Having spent three days in Brussels, I can confirm this marks a substantial departure from past policy.',
      "reporter's aside",
    ],
    ['As I’ve tracked the talks this week, it has become clear that the deal is close.', "reporter's aside"],
    ['Western officials I’ve spoken with increasingly view the framework as essential.', null],
    ['The minister told me that “the deal is done and will be signed on Friday.”', null],
    ['Reporting by Jo Reporter; editing by Sam Editor.', 'boilerplate'],
    ['Jane Doe contributed reporting to this report from Kyiv.', 'boilerplate'],
    ['Download the app to get alerts for breaking news stories.', 'call to action'],
    ['Support for the bill grew after the floods last spring.', null],
    ['The veterans of World War I were honoured in a ceremony on Sunday.', null],
  ])('%s → %s', (sentence, reason) => {
    expect(notAClaimBecause(sentence, ARTICLE_RULES, null)).toBe(reason);
  });

  test('a claim opening with "It" records its antecedent, even when the sentence before is no claim', () => {
    const claims = selectClaims(
      's',
      [
        'What is Article 5? Article 5 is the collective defense clause in NATO’s founding treaty.',
        'It states that an armed attack against one member shall be considered an attack against all.',
      ],
      ARTICLE_RULES,
    );
    expect(claims.map((claim) => claim.antecedent)).toEqual([undefined, 'Article 5']);
    const afterHeading = selectClaims(
      's',
      ['The ceasefire will start on Monday', 'It has been welcomed by both sides in the long conflict.'],
      ARTICLE_RULES,
    );
    expect(afterHeading.map((claim) => claim.antecedent)).toEqual(['The ceasefire']);
  });

  test('the seed build keeps its own rules, so the committed default dataset does not move', () => {
    expect(
      notAClaimBecause(
        'Having spent three days in Brussels, I can confirm this marks a substantial departure.',
        SEED_RULES,
        null,
      ),
    ).toBeNull();
  });
});

describe('npm run dataset -- build / import', () => {
  const run = promisify(execFile);
  const cli = (args: string[]) =>
    run(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'dataset', 'cli.ts'), ...args], { cwd: ROOT });

  test('build writes the same dataset the function makes', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'provenance-build-')), 'harbour.json');
    await cli([
      'build',
      ...FILES.map((name) => join(DIR, name)),
      '--manifest',
      join(DIR, 'sources.csv'),
      '-o',
      out,
      '--id',
      'harbour',
      '--name',
      'Harbour',
    ]);
    const built = buildFromArticles(files(), manifest(), {
      ...IDENTITY,
      description: 'Built from 2 articles by npm run dataset -- build.',
    });
    expect(built.ok && readFileSync(out, 'utf8')).toBe(built.ok && built.json);
  });

  test('import writes a valid dataset and reports skipped lines on stderr; a bad manifest exits 1 with its errors', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'provenance-import-')), 'claims.json');
    const { stdout, stderr } = await cli([
      'import',
      join(ROOT, 'tests', 'fixtures', 'datasets', 'claims-sample.jsonl'),
      '--format',
      'jsonl',
      '-o',
      out,
    ]);
    expect(stdout).toContain('jsonl: 4 claims in 3 sources, 3 records skipped');
    expect(stderr).toContain('line 6: vclaim: expected a non-empty string');
    expect(parseDataset(readFileSync(out, 'utf8')).ok).toBe(true);
    const failed = await cli([
      'build',
      join(DIR, 'harbour-wire.html'),
      '--manifest',
      join(DIR, 'sources-invalid.csv'),
      '-o',
      out,
    ]).catch((error: { code: number; stderr: string }) => error);
    expect(failed).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('line 2: url: only http and https links are allowed'),
    });
  });
});
