// @vitest-environment jsdom
/** The side panel's cards: alignment pieces, kind marks, summaries, filters, and a renderer that only sets text. */
import { describe, expect, test, vi } from 'vitest';
import { parseFilter, toCompareCards, type ComparePiece } from '../../src/ui/compare-view';
import { disturbedNote, highlightNote } from '../../src/ui/highlight-note';
import { stateFromResult } from '../../src/ui/popup-state';
import { renderPanel, type PanelActions } from '../../src/ui/render-panel';
import { toReportView } from '../../src/ui/report-view';
import {
  BIDEN_SENTENCE,
  bidenConflict,
  claimReport,
  everySource,
  makeReport,
  sourceMatch,
  TRUMP_SENTENCE,
} from './support/make-report';

const report = () =>
  makeReport([
    claimReport(0, 'Nothing matches this.'),
    claimReport(1, 'The United States is crafting a security guarantee for Ukraine.', {
      corroborating: [sourceMatch({ score: 0.9 })],
    }),
    claimReport(2, BIDEN_SENTENCE, {
      conflicting: [bidenConflict()],
      corroborating: [sourceMatch({ score: 0.6, outlet: 'Atlantic Dispatch' })],
    }),
  ]);

const marked = (pieces: ComparePiece[]) => pieces.filter((p) => p.kind).map((p) => [p.text, p.kind]);

function actions(): PanelActions {
  return { onRetry: vi.fn(), onFilter: vi.fn(), onToggleHighlights: vi.fn(), onReveal: vi.fn(), onEmphasise: vi.fn() };
}

describe('toCompareCards', () => {
  test('one card per matched claim, conflicts first, each source beside the page sentence', () => {
    const cards = toCompareCards(toReportView(report()), 'all');
    expect(cards.map((c) => [c.index, c.verdict, c.summary])).toEqual([
      [2, 'conflicts', '1 outlet conflicts · 1 outlet corroborates'],
      [1, 'corroborates', '1 outlet corroborates'],
    ]);
    const [conflict] = everySource(cards[0]!.groups);
    expect(conflict!.page.map((p) => p.text).join('')).toBe(BIDEN_SENTENCE);
    expect(conflict!.quote.map((p) => p.text).join('')).toBe(bidenConflict().text);
  });

  test('the engine’s differing spans are one mark each, with their kind, on both sides', () => {
    const [conflict] = everySource(toCompareCards(toReportView(report()), 'all')[0]!.groups);
    expect(marked(conflict!.page)).toEqual([['the Biden administration', 'actor']]);
    expect(marked(conflict!.quote)).toEqual([['US President Donald Trump', 'actor']]);
    expect(conflict!.summaries).toEqual([
      {
        kind: 'actor',
        label: 'Different actor',
        page: 'the Biden administration',
        source: 'US President Donald Trump',
        note: null,
      },
    ]);
  });

  test('the alignment keeps shared words as equal runs and the differing word as a changed one', () => {
    const page = 'The United States is crafting a security guarantee for Ukraine.';
    const aligned = makeReport([
      claimReport(0, page, {
        corroborating: [sourceMatch({ text: 'The United States is crafting a security pact for Ukraine.' })],
      }),
    ]);
    const [comparison] = everySource(toCompareCards(toReportView(aligned), 'all')[0]!.groups);
    const runs = (pieces: ComparePiece[]) => pieces.filter((p) => p.op !== null).map((p) => [p.op, p.text]);
    expect(runs(comparison!.page)).toEqual([
      ['equal', 'The United States is crafting a security'],
      ['changed', 'guarantee'],
      ['equal', 'for Ukraine'],
    ]);
    expect(runs(comparison!.quote)).toContainEqual(['changed', 'pact']);
  });

  test.each([
    ['conflicts', [[2, ['conflicts'], '1 outlet conflicts']]],
    [
      'corroborations',
      [
        [2, ['corroborates'], '1 outlet corroborates'],
        [1, ['corroborates'], '1 outlet corroborates'],
      ],
    ],
  ] as const)(
    'the %s filter keeps only those sources, and the claims that have them, and counts only them',
    (filter, expected) => {
      const cards = toCompareCards(toReportView(report()), filter);
      expect(cards.map((c) => [c.index, everySource(c.groups).map((s) => s.source.verdict), c.summary])).toEqual(
        expected,
      );
    },
  );

  test('each comparison shows the source sentence’s chain', () => {
    const [conflict] = everySource(toCompareCards(toReportView(report()), 'all')[0]!.groups);
    expect(conflict!.source.chain?.map((step) => step.text)).toEqual([
      'a diplomatic source',
      'AFP',
      'The Defense Post',
    ]);
    const root = document.createElement('main');
    renderPanel(
      root,
      {
        report: stateFromResult({ ok: true, report: report() }),
        filter: 'all',
        highlights: false,
        highlightNote: null,
      },
      actions(),
    );
    expect(root.querySelector('li.comparison-conflicts .chain .chain-reporter')?.textContent).toBe('AFP');
  });

  test('an unknown stored filter falls back to all', () => {
    expect(parseFilter('conflicts')).toBe('conflicts');
    expect(parseFilter('<script>')).toBe('all');
    expect(parseFilter(undefined)).toBe('all');
  });
});

describe('renderPanel', () => {
  test('renders cards with both sides, kind tags in words, and wires reveal and emphasis', () => {
    const root = document.createElement('main');
    const act = actions();
    renderPanel(
      root,
      {
        report: stateFromResult({ ok: true, report: report() }),
        filter: 'all',
        highlights: true,
        highlightNote: 'All 2 claims are highlighted in the page.',
      },
      act,
    );

    const card = root.querySelector<HTMLElement>('li.card[data-claim-index="2"]')!;
    expect(card.querySelector('.side-page mark.kind-actor')!.firstChild!.textContent).toBe('the Biden administration');
    expect(card.querySelector('.side-page mark.kind-actor + .kind-tag')!.textContent).toBe('who');
    expect(card.querySelector('.side-source mark.kind-actor')!.firstChild!.textContent).toBe(
      'US President Donald Trump',
    );
    expect(card.querySelector('.difference')!.textContent).toBe(
      'who Different actor: the Biden administration vs US President Donald Trump',
    );
    expect(root.querySelector('.highlight-note')!.textContent).toBe('All 2 claims are highlighted in the page.');

    card.querySelector<HTMLElement>('.side-page .sentence')!.click();
    expect(act.onReveal).toHaveBeenCalledWith(2);
    card.querySelector<HTMLButtonElement>('button.locate')!.click();
    expect(act.onReveal).toHaveBeenCalledTimes(2);
    card
      .querySelector<HTMLAnchorElement>('a.source-link')
      ?.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    expect(act.onReveal).toHaveBeenCalledTimes(2);
    card.dispatchEvent(new MouseEvent('mouseenter'));
    expect(act.onEmphasise).toHaveBeenLastCalledWith(2);
    card.dispatchEvent(new MouseEvent('mouseleave'));
    expect(act.onEmphasise).toHaveBeenLastCalledWith(null);
  });

  test('keeps its controls across renders (focus stays) and reflects the stored settings', () => {
    const root = document.body.appendChild(document.createElement('main'));
    const act = actions();
    const state = {
      report: stateFromResult({ ok: true, report: report() }),
      filter: 'all' as const,
      highlights: true,
      highlightNote: null,
    };
    renderPanel(root, state, act);
    const radio = root.querySelector<HTMLInputElement>('input[value="conflicts"]')!;
    renderPanel(root, { ...state, filter: 'conflicts', highlights: false }, act);
    expect(root.querySelector('input[value="conflicts"]')).toBe(radio);
    expect(radio.checked).toBe(true);
    expect(root.querySelector<HTMLInputElement>('.switch-input')!.checked).toBe(false);
    expect(root.querySelectorAll('li.comparison-corroborates')).toHaveLength(0);

    root.querySelector<HTMLInputElement>('input[value="corroborations"]')!.click();
    expect(act.onFilter).toHaveBeenCalledWith('corroborations');
    root.querySelector<HTMLInputElement>('.switch-input')!.click();
    expect(act.onToggleHighlights).toHaveBeenCalledWith(true);
  });

  describe('many sources: the strongest three per relation, the rest behind "Show all"', () => {
    const many = () =>
      makeReport([
        claimReport(0, BIDEN_SENTENCE, {
          conflicting: Array.from({ length: 5 }, (_, i) =>
            sourceMatch({
              outlet: `Rival ${i + 1}`,
              score: 0.9 - i / 100,
              text: TRUMP_SENTENCE,
              differences: bidenConflict().differences,
            }),
          ),
          corroborating: [sourceMatch({ outlet: 'Ally 1', score: 0.6 }), sourceMatch({ outlet: 'Ally 2', score: 0.5 })],
        }),
      ]);
    const state = (filter: 'all' | 'corroborations' = 'all', highlightNote: string | null = null) => ({
      report: stateFromResult({ ok: true, report: many() }),
      filter,
      highlights: true,
      highlightNote,
    });
    const shownOutlets = (root: HTMLElement) =>
      [...root.querySelectorAll('li.comparison')]
        .filter((item) => item.closest('[hidden]') === null)
        .map((item) => item.querySelector('.outlet')!.textContent);

    test('five conflicting sources: three cards and a button naming all five; the two corroborating ones all show', () => {
      const [card] = toCompareCards(toReportView(many()), 'all');
      expect(card!.summary).toBe('5 outlets conflict · 2 outlets corroborate');
      expect(
        card!.groups.map((group) => [group.verdict, group.shown.length, group.more.length, group.showAll]),
      ).toEqual([
        ['conflicts', 3, 2, 'Show all 5 conflicting sources'],
        ['corroborates', 2, 0, null],
      ]);

      const root = document.body.appendChild(document.createElement('main'));
      renderPanel(root, state(), actions());
      expect(shownOutlets(root)).toEqual(['Rival 1', 'Rival 2', 'Rival 3', 'Ally 1', 'Ally 2']);
      const buttons = root.querySelectorAll<HTMLButtonElement>('button.show-all');
      expect([...buttons].map((button) => button.textContent)).toEqual(['Show all 5 conflicting sources']);
      const [button] = buttons;
      expect(button!.getAttribute('aria-expanded')).toBe('false');
      expect(root.querySelector(`#${button!.getAttribute('aria-controls')}`)?.hasAttribute('hidden')).toBe(true);
      button!.focus();
      button!.click();
      expect(button!.getAttribute('aria-expanded')).toBe('true');
      expect(shownOutlets(root)).toEqual(['Rival 1', 'Rival 2', 'Rival 3', 'Rival 4', 'Rival 5', 'Ally 1', 'Ally 2']);
      expect(document.activeElement).toBe(button);
      expect(root.querySelector('.card-summary')!.textContent).toBe('5 outlets conflict · 2 outlets corroborate');
      root.remove();
    });

    test('the button does not scroll the page, but a card it revealed does, as any other card', () => {
      const root = document.createElement('main');
      const act = actions();
      renderPanel(root, state(), act);
      root.querySelector<HTMLButtonElement>('button.show-all')!.click();
      expect(act.onReveal).not.toHaveBeenCalled();
      const revealed = root.querySelector('.comparisons.more li.comparison')!;
      expect(revealed.querySelector('.outlet')!.textContent).toBe('Rival 4');
      revealed.querySelector<HTMLElement>('.side-page .sentence')!.click();
      expect(act.onReveal).toHaveBeenCalledWith(0);
    });

    test('a re-render (the highlight note arriving) keeps the opened sources open and the focus on the button', () => {
      const root = document.body.appendChild(document.createElement('main'));
      renderPanel(root, state(), actions());
      const before = root.querySelector<HTMLButtonElement>('button.show-all')!;
      before.focus();
      before.click();
      renderPanel(root, state('all', 'The claim is highlighted in the page.'), actions());
      const after = root.querySelector<HTMLButtonElement>('button.show-all')!;
      expect(after).not.toBe(before);
      expect(after.getAttribute('aria-expanded')).toBe('true');
      expect(shownOutlets(root)).toHaveLength(7);
      expect(document.activeElement).toBe(after);
      root.remove();
    });

    test('under the corroborations filter the conflicting sources and their button are gone', () => {
      const root = document.createElement('main');
      renderPanel(root, state('corroborations'), actions());
      expect(shownOutlets(root)).toEqual(['Ally 1', 'Ally 2']);
      expect(root.querySelector('button.show-all')).toBeNull();
    });
  });

  test('page and dataset strings are shown as text, never parsed as markup', () => {
    const hostile = '<img src=x onerror="window.pwned=1">';
    const evil = makeReport(
      [
        claimReport(0, `${hostile} claims`, {
          conflicting: [
            {
              ...bidenConflict(),
              text: hostile,
              outlet: hostile,
              attribution: hostile,
              chain: { speaker: hostile, reporter: hostile, publisher: hostile },
              differences: [],
            },
          ],
        }),
      ],
      hostile,
    );
    const root = document.createElement('main');
    renderPanel(
      root,
      { report: stateFromResult({ ok: true, report: evil }), filter: 'all', highlights: false, highlightNote: null },
      actions(),
    );
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('h1')!.textContent).toBe(hostile);
    expect(root.querySelector('.side-source .sentence')!.textContent).toBe(hostile);
    expect([...root.querySelectorAll('.chain-step')].map((step) => step.textContent)).toEqual([
      hostile,
      hostile,
      hostile,
    ]);
  });

  test('failure and empty states show their sentence and hide the controls', () => {
    const root = document.createElement('main');
    renderPanel(
      root,
      {
        report: stateFromResult({ ok: false, reason: 'not-an-article', message: 'No article found on this page.' }),
        filter: 'all',
        highlights: true,
        highlightNote: null,
      },
      actions(),
    );
    expect(root.dataset.state).toBe('not-an-article');
    expect(root.querySelector('.status')!.textContent).toBe('No article found on this page.');
    expect(root.querySelector<HTMLElement>('.controls')!.hidden).toBe(true);
    renderPanel(
      root,
      { report: { kind: 'analyzing' }, filter: 'all', highlights: true, highlightNote: null },
      actions(),
    );
    expect(root.getAttribute('aria-busy')).toBe('true');
  });
});

describe('highlightNote', () => {
  test.each([
    [true, { ok: true, anchored: 3, total: 3 }, 'All 3 claims are highlighted in the page.'],
    [true, { ok: true, anchored: 1, total: 1 }, 'The claim is highlighted in the page.'],
    [
      true,
      { ok: true, anchored: 2, total: 3 },
      '2 of 3 claims are highlighted in the page; the page has changed where the others were.',
    ],
    [true, { ok: true, anchored: 0, total: 2 }, 'None of these claims could be found in the page as it is now.'],
    [true, { ok: false, reason: 'unsupported', message: 'No API.' }, 'No API.'],
    [false, { ok: true, anchored: 0, total: 0 }, null],
  ] as const)('highlights %s, %j → %s', (enabled, result, note) => {
    expect(highlightNote(enabled, result)).toBe(note);
  });
});

describe('what the page did to the marks', () => {
  test('says when the page changed checked sentences or removed the marks, and nothing when it did neither', () => {
    expect(disturbedNote(0, 0)).toBeNull();
    expect(disturbedNote(0, 1)).toBe(
      'The page changed a checked sentence after it was checked; its mark was removed. Check again to compare the new text.',
    );
    expect(disturbedNote(3, 2)).toBe(
      'The page changed 2 checked sentences after they were checked; their marks were removed. Check again to compare the new text. The page removed or replaced Provenance’s marks 3 times; they were drawn again. This panel is the record of what was found.',
    );
    expect(disturbedNote(1, 0)).toBe(
      'The page removed or replaced Provenance’s marks; they were drawn again. This panel is the record of what was found.',
    );
  });
});
