/**
 * Issue 13: a known claim cut off mid-sentence is imported like any other and counted in the import's
 * warnings, and the analyzer never shows it as corroborating or conflicting with a page sentence, while
 * the same claim written whole is shown. Invented claims about an invented library.
 */
import { describe, expect, test } from 'vitest';
import type { Dataset } from '../../src/claims/dataset';
import { createAnalyzer } from '../../src/engine/analyzer';
import { articleFromText } from '../../src/extract/from-text';
import { importText } from './support/import-job';

const PAGE =
  "Springfield's council voted on Tuesday to close the Lakeside public library over a $2 million budget shortfall.";
const WHOLE =
  'The Springfield city council voted to close the Lakeside public library over a $2 million budget shortfall.';
/** The same content, with the start of a next phrase left dangling. */
const CUT =
  'The Springfield city council voted to close the Lakeside public library over a $2 million budget shortfall and the';
/** Another figure: a conflict when whole. */
const WHOLE_OTHER_FIGURE = WHOLE.replace('$2', '$5');
const CUT_OTHER_FIGURE = CUT.replace('$2', '$5');

const lines = (texts: Record<string, string>) =>
  Object.entries(texts)
    .map(([id, text]) => JSON.stringify({ vclaim_id: id, vclaim: text, author: `Reporter ${id}` }))
    .join('\n');

async function imported(texts: Record<string, string>): Promise<{ dataset: Dataset; details: string[] }> {
  let dataset: Dataset | undefined;
  const { result } = await importText(lines(texts), {
    store: async () => ({
      list: async () => [],
      save: async (saved) => {
        dataset = saved;
        return { ok: true, stamp: 'stamp' };
      },
      addMeaning: async () => ({ ok: true, added: false }),
    }),
  });
  if (!result.ok || !dataset) throw new Error(`import failed: ${result.title} ${result.details.join('; ')}`);
  return { dataset, details: result.details };
}

describe('a claim cut off mid-sentence', () => {
  test('is imported, and the import says how many claims look cut off, with an example', async () => {
    const { dataset, details } = await imported({ whole: WHOLE, cut: CUT, other: CUT_OTHER_FIGURE });
    expect(dataset.sources.flatMap((source) => source.claims.map((claim) => claim.text))).toEqual([
      WHOLE,
      CUT,
      CUT_OTHER_FIGURE,
    ]);
    expect(details[0]).toBe(
      `2 claims look cut off mid-sentence, such as "…library over a $2 million budget shortfall and the" (cut); ` +
        'they are kept, but never shown as corroborating or contradicting a page',
    );
  });

  test('an import with none says nothing of it', async () => {
    const { details } = await imported({ whole: WHOLE });
    expect(details).toEqual([]);
  });

  /** Each claim whole and cut off, for two figures: the page's and another. */
  const importedFour = () =>
    imported({ whole: WHOLE, cut: CUT, wholeOther: WHOLE_OTHER_FIGURE, cutOther: CUT_OTHER_FIGURE });

  test('is never a link while the whole claim is one; it is still judged, and listed as related', async () => {
    const { dataset } = await importedFour();
    const [sentence] = createAnalyzer([dataset], undefined, undefined, null).analyze(articleFromText(PAGE)).claims;
    const claimIds = (matches: ReadonlyArray<{ claimId: string }>) => matches.map((match) => match.claimId).sort();
    expect(claimIds(sentence!.corroborating)).toEqual(['whole']);
    expect(claimIds(sentence!.conflicting)).toEqual(['wholeOther']);
    expect(claimIds(sentence!.related)).toEqual(['cut', 'cutOther']);
  });

  test('the extension’s analysis (`related: false`) shows the same links and lists no related source', async () => {
    const { dataset } = await importedFour();
    const analyzer = createAnalyzer([dataset], undefined, undefined, null);
    const [listed] = analyzer.analyze(articleFromText(PAGE)).claims;
    const [reader] = analyzer.analyze(articleFromText(PAGE), { related: false }).claims;
    expect(listed!.related.length).toBeGreaterThan(0);
    expect(reader!.related).toEqual([]);
    expect({ ...reader, related: [] }).toEqual({ ...listed, related: [] });
  });
});
