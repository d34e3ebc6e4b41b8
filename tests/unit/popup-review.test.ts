// @vitest-environment jsdom
/** A fact-checker's verdict on a matched claim, as the popup shows it: named as theirs, set as text. */
import { describe, expect, test } from 'vitest';
import type { ClaimVerdict } from '../../src/claims/dataset';
import { stateFromResult } from '../../src/ui/popup-state';
import { renderPopup } from '../../src/ui/render-popup';
import { toReportView } from '../../src/ui/report-view';
import { reviewLine } from '../../src/ui/review-line';
import { claimReport, everySource, makeReport, sourceMatch } from './support/make-report';

const SNOPES: ClaimVerdict = {
  rating: 'False',
  reviewer: 'Snopes',
  url: 'https://www.snopes.com/fact-check/x/',
  date: '2021-03-06',
};

const reviewedReport = (review: ClaimVerdict) =>
  makeReport([
    claimReport(0, 'A viral video shows a 10-meter-long anaconda swimming across a river in Brazil.', {
      corroborating: [
        sourceMatch({ claimId: 'snopes/review-1#1', outlet: 'Snopes', attribution: 'A viral video', review }),
        sourceMatch({ claimId: 'seed-001#2' }),
      ],
    }),
  ]);

describe('a fact-checker’s verdict in the popup', () => {
  test.each([
    [SNOPES, 'Snopes rated this claim: False'],
    [{ ...SNOPES, rating: null }, 'Snopes fact-checked this claim (the dataset gives no rating)'],
  ])('%j reads %j', (review, line) => {
    expect(reviewLine(review)).toBe(line);
  });

  test('only the reviewed source gets the line; our own relation stays the verdict tag', () => {
    const [row] = toReportView(reviewedReport(SNOPES)).rows;
    expect(everySource(row!.groups).map((source) => [source.outlet, source.verdict, source.review])).toEqual([
      ['Snopes', 'corroborates', 'Snopes rated this claim: False'],
      ['The World Brief', 'corroborates', null],
    ]);
  });

  test('the renderer shows it as text under the source sentence, even when the rating holds markup', () => {
    const root = document.createElement('main');
    const report = reviewedReport({ ...SNOPES, rating: '<img src=x onerror=alert(1)>' });
    renderPopup(root, stateFromResult({ ok: true, report }), { onRetry: () => undefined });
    const review = root.querySelector('li.source .review');
    expect(review?.textContent).toBe('Snopes rated this claim: <img src=x onerror=alert(1)>');
    expect(root.querySelector('img')).toBeNull();
  });

  test('a report read back from storage with a malformed review shows none', () => {
    const report = makeReport([
      claimReport(0, 'x', { corroborating: [{ ...sourceMatch(), review: { rating: 1 } } as never] }),
    ]);
    expect(everySource(toReportView(report).rows[0]!.groups)[0]!.review).toBeNull();
  });
});
