/**
 * A stored claim index records the analysis fingerprint it was packed with and is re-packed when the
 * fingerprint changes: a new lexicon version must change it, even with no entry changed.
 */
import { afterEach, expect, test, vi } from 'vitest';

afterEach(() => {
  vi.doUnmock('../../src/nlp/lexicon');
  vi.resetModules();
});

async function fingerprintWithVersion(version: string | null): Promise<string> {
  vi.doUnmock('../../src/nlp/lexicon');
  vi.resetModules();
  if (version !== null) {
    vi.doMock('../../src/nlp/lexicon', async (importOriginal) => {
      const real = await importOriginal<typeof import('../../src/nlp/lexicon')>();
      return { ...real, LEXICON: { ...real.LEXICON, version } };
    });
  }
  const { analysisFingerprint } = await import('../../src/match/analysis-fingerprint');
  return analysisFingerprint();
}

test('changing the lexicon version changes the fingerprint', async () => {
  const shipped = await fingerprintWithVersion(null);
  expect(await fingerprintWithVersion('999.0.0')).not.toBe(shipped);
  // And nothing else varies from run to run.
  expect(await fingerprintWithVersion(null)).toBe(shipped);
});
