/**
 * Packing by meaning in a second worker (src/imports/meaning-helper.ts), over a real MessageChannel:
 * the part that comes back is the one packed in-process, its phases reach the import's clock, and a
 * helper without word vectors, or one that fails, leaves the import without vectors by meaning rather
 * than without its dataset.
 */
import { afterEach, expect, test } from 'vitest';
import type { Dataset } from '../../src/claims/dataset';
import { askMeaning, serveMeaning } from '../../src/imports/meaning-helper';
import { shippedEncoderFor } from '../../src/match/default-sentence-encoder';
import { claimTexts, packMeaningParts } from '../../src/match/meaning-index';
import type { PackedClaimIndex } from '../../src/match/pack-claim-index';
import { phaseTotals } from '../../src/match/phase-clock';
import { defaultWordVectors } from '../../src/nlp/default-vectors';
import { importText } from './support/import-job';

const encoder = shippedEncoderFor(defaultWordVectors())!;
const channels: MessageChannel[] = [];
afterEach(() => {
  for (const channel of channels.splice(0)) {
    channel.port1.close();
    channel.port2.close();
  }
});

/** A helper serving on one end of a fresh channel; the other end for the import. */
function helperWith(makeEncoder: () => Promise<ReturnType<typeof shippedEncoderFor>>): MessagePort {
  const channel = new MessageChannel();
  channels.push(channel);
  serveMeaning(channel.port2, makeEncoder);
  return channel.port1;
}

// Invented claims; one opens with a pronoun standing for its antecedent.
const claims = [
  { text: 'The Harwich ferry will leave at noon from pier 4.' },
  { text: 'It was approved by the council in May.', antecedent: 'The new ferry route to Oban' },
  { text: 'The minister resigned after the scandal, officials said.' },
];
const dataset = { id: 'invented', sources: [{ id: 's', claims }] } as unknown as Dataset;

test('the helper answers with the part packing in-process gives, and its phases', async () => {
  const { clock, totals } = phaseTotals();
  const meaning = await askMeaning(
    helperWith(async () => encoder),
    claimTexts(claims),
    clock,
  );
  expect(meaning).toEqual(packMeaningParts([dataset], encoder));
  expect(totals().map((total) => total.phase)).toEqual(
    expect.arrayContaining(['meaning:send', 'meaning:encoder', 'meaning:encode', 'meaning:kmeans', 'meaning:assign']),
  );
});

test.each([
  ['has no word vectors', async () => null],
  ['could not read them', () => Promise.reject(new Error('the vectors were unreadable'))],
])('a helper that %s answers null', async (_case, makeEncoder) => {
  await expect(askMeaning(helperWith(makeEncoder), claimTexts(claims))).resolves.toBeNull();
});

/** Imports the claims as JSON Lines with `deps`; returns the stored index. */
async function importWith(deps: Parameters<typeof importText>[1]): Promise<PackedClaimIndex> {
  const jsonl = claims
    .map((claim, i) => JSON.stringify({ vclaim_id: String(i), vclaim: claim.text, author: 'Rosa Lind' }))
    .join('\n');
  const { result, saved } = await importText(jsonl, deps);
  expect(result.ok).toBe(true);
  return saved!;
}

test('an import packing by meaning in the helper stores the index it would have packed alone', async () => {
  const alone = await importWith({ encoder: async () => encoder });
  const aside = await importWith({
    meaning: (texts, clock) =>
      askMeaning(
        helperWith(async () => encoder),
        texts,
        clock,
      ),
  });
  expect(aside.meaning).toBeDefined();
  expect(aside).toEqual(alone);
});

test('an import whose helper fails is stored without vectors by meaning', async () => {
  const index = await importWith({ meaning: () => Promise.reject(new Error('the helper stopped')) });
  expect(index.claimCount).toBe(3);
  expect(index.meaning).toBeUndefined();
});
