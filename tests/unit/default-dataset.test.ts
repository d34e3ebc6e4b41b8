import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { buildDataset } from '../../scripts/dataset/build-dataset';
import { readSeedManifest } from '../../scripts/dataset/seed-manifest';
import type { Source } from '../../src/claims/dataset';
import { defaultDataset, loadDefaultDataset } from '../../src/claims/default-dataset';
import { parseDataset } from '../../src/claims/validate-dataset';

const assetPath = fileURLToPath(new URL('../../assets/default-dataset.json', import.meta.url));
const manifestPath = fileURLToPath(new URL('../../scripts/dataset/seeds-manifest.json', import.meta.url));
const seedsDir = fileURLToPath(new URL('../../../shared/seeds', import.meta.url));

function source(id: string): Source {
  const found = defaultDataset.sources.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no source ${id} in the default dataset`);
  return found;
}

function claimContaining(id: string, words: string): { text: string; attribution: string | null } | undefined {
  return source(id).claims.find((claim) => claim.text.includes(words));
}

describe('the committed default dataset', () => {
  test('validates with no errors and no warnings', () => {
    const result = parseDataset(readFileSync(assetPath, 'utf8'));
    expect(result.ok ? result.warnings : result.errors).toEqual([]);
  });

  test('comes out of the validator unchanged, so the extension reads it as it is', () => {
    const committed: unknown = JSON.parse(readFileSync(assetPath, 'utf8'));
    expect(loadDefaultDataset(committed)).toEqual(committed);
    expect(defaultDataset).toEqual(committed);
  });

  test('an invalid copy is refused with each problem (the check node-assets.ts runs in the build and every command)', () => {
    const broken = JSON.parse(readFileSync(assetPath, 'utf8')) as { sources: Array<{ claims: unknown[] }> };
    broken.sources[0]!.claims = [{ id: 7 }];
    expect(() => loadDefaultDataset(broken)).toThrow(
      /default-dataset\.json is invalid \(rebuild it with npm run dataset\):\n/,
    );
  });

  test('has claims from every seed', () => {
    expect(defaultDataset.sources.map((s) => s.id)).toEqual([
      'seed-000',
      'seed-001',
      'seed-002',
      'seed-003',
      'seed-004',
    ]);
    for (const s of defaultDataset.sources) expect(s.claims.length, s.id).toBeGreaterThanOrEqual(10);
  });

  test('numbers claims per source in reading order', () => {
    for (const s of defaultDataset.sources) {
      expect(s.claims.map((claim) => claim.id)).toEqual(s.claims.map((_, index) => `${s.id}#${index + 1}`));
    }
  });

  test.each([
    ['seed-000', 'the Biden administration has proposed a framework'],
    ['seed-000', 'Russian artillery fire has increased by approximately 37% since June'],
    ['seed-001', '10,000 to 30,000 troops'],
    ['seed-001', 'would not send ground troops'],
    ['seed-002', 'Trump has repeatedly ruled out Ukraine joining the Western military alliance'],
    ['seed-003', 'Rather, the guarantee is designed to deter large-scale, intentional acts of aggression.'],
    ['seed-004', 'against NATO membership for Ukraine'],
    ['seed-004', 'boots on the ground'],
    // "Must Know" FAQ: the answers are claims.
    ['seed-004', 'Article 5 is the collective defense clause in NATO’s founding treaty.'],
  ])('%s keeps "%s"', (id, words) => {
    expect(claimContaining(id, words)).toBeDefined();
  });

  test.each([
    ['seed-000', 'the Biden administration has proposed a framework', 'a high-level diplomatic source speaking to AFP'],
    ['seed-000', 'The devil will be in the details', 'Marina Kaljurand, former Estonian Foreign Minister'],
    ['seed-002', "Italy's premier and a diplomatic source said", "Italy's premier and a diplomatic source"],
    ['seed-002', 'supposedly agreed with Putin', 'the diplomatic source, to AFP'],
    ['seed-002', 'The American side voiced this', 'the diplomatic source'],
    ['seed-002', 'it is not the only possible option', 'Meloni'],
    ['seed-002', 'Trump has repeatedly ruled out', null],
    ['seed-004', 'The official NATO position', 'Rutte, in an interview with Fox News’ “The Ingraham Angle”'],
  ])('%s: "%s" is attributed to %s', (id, words, attribution) => {
    expect(claimContaining(id, words)?.attribution).toBe(attribution);
  });

  const allClaims = defaultDataset.sources.flatMap((s) => s.claims.map((claim) => claim.text));

  test.each([
    /You Might Also Like/i,
    /Sign Our Petition/i,
    /\bShare\b/,
    /\bAccept\b/,
    /Follow us/i,
    /subscribe/i,
    /Font Resizer/i,
    /^Reading:/,
    /TAGGED/,
    /Rights Reserved/i,
    /Privacy Policy/i,
    /What Can We Personally Do/i,
    /Malik covers/,
    /Leave a Reply/i,
    /min read/,
    /^•/,
  ])('no claim is site chrome matching %s', (chrome) => {
    expect(allClaims.filter((text) => chrome.test(text))).toEqual([]);
  });

  test("the outlet's petition essay after the AFP report is left out", () => {
    expect(claimContaining('seed-002', 'Euromaidan')).toBeUndefined();
    expect(claimContaining('seed-002', 'Contact your local government')).toBeUndefined();
  });

  test('questions, headings and fragments are not claims', () => {
    expect(allClaims.filter((text) => /\?["”’]?$/.test(text) || !/[.!…]["”’)]*$/.test(text))).toEqual([]);
    expect(allClaims.filter((text) => text.split(/\s+/).length < 6)).toEqual([]);
  });

  test('no source repeats a claim', () => {
    for (const s of defaultDataset.sources)
      expect(new Set(s.claims.map((claim) => claim.text)).size).toBe(s.claims.length);
  });
});

const seedsPresent = existsSync(seedsDir);
describe.skipIf(!seedsPresent)(
  seedsPresent ? 'rebuilding from ../shared/seeds' : 'rebuilding from seeds (skipped: ../shared/seeds not present)',
  () => {
    test('is deterministic: two builds give identical bytes', () => {
      const manifest = readSeedManifest(manifestPath);
      const first = buildDataset(seedsDir, manifest);
      const second = buildDataset(seedsDir, manifest);
      if (!first.ok || !second.ok) throw new Error(first.ok ? (second as { error: string }).error : first.error);
      expect(second.json).toBe(first.json);
    });

    test('matches the committed asset (if not, run `npm run dataset` and commit the asset)', () => {
      const built = buildDataset(seedsDir, readSeedManifest(manifestPath));
      if (!built.ok) throw new Error(built.error);
      expect(built.json).toBe(readFileSync(assetPath, 'utf8'));
    });
  },
);

test('the builder explains a missing seeds folder', () => {
  const built = buildDataset(`${seedsDir}-missing`, readSeedManifest(manifestPath));
  expect(built.ok ? '' : built.error).toMatch(
    /^no seed articles at .*shared\/seeds-missing: the builder reads \.\.\/shared\/seeds/,
  );
});
