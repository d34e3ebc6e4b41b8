// @vitest-environment jsdom
import { describe, expect, test, vi } from 'vitest';
import { differenceLabel } from '../../src/ui/difference-label';
import { formatDate } from '../../src/ui/format-date';
import { markSpans } from '../../src/ui/highlight';
import { noMatchesMessage, stateFromResult, tabIdFromSearch } from '../../src/ui/popup-state';
import { renderPopup } from '../../src/ui/render-popup';
import { SOURCES_SHOWN_PER_RELATION, toReportView } from '../../src/ui/report-view';
import {
  BIDEN_SENTENCE,
  bidenConflict,
  claimReport,
  everySource,
  makeReport,
  sourceMatch,
} from './support/make-report';

const seedReport = () =>
  makeReport([
    claimReport(0, 'Russian artillery fire has increased by approximately 37% since June.'),
    claimReport(1, 'The United States is crafting a security guarantee for Ukraine.', {
      corroborating: [sourceMatch({ score: 0.9 })],
    }),
    claimReport(2, BIDEN_SENTENCE, {
      conflicting: [bidenConflict()],
      corroborating: [sourceMatch({ score: 0.6, outlet: 'Atlantic Dispatch' })],
    }),
    claimReport(3, 'Zakharova called the pact a provocative escalation.', {
      related: [sourceMatch()],
    }),
  ]);

describe('report view model', () => {
  test('lists conflicts first, leaves out unmatched and related-only sentences, and counts claims', () => {
    const view = toReportView(seedReport());
    expect(view.rows.map((row) => [row.index, row.verdict])).toEqual([
      [2, 'conflicts'],
      [1, 'corroborates'],
    ]);
    expect(view.countsLine).toBe('4 claims checked · 2 corroborated · 1 conflicting');
    expect(view.byline).toBe('Media Wall News · Malik Thompson · 16 Aug 2025');
  });

  test('a sentence the page repeats is one row that says how often, and is counted once', () => {
    const repeated = 'The United States is crafting a security guarantee for Ukraine.';
    const report = makeReport([
      ...Array.from({ length: 294 }, (_, i) =>
        claimReport(i, repeated, { corroborating: [sourceMatch({ score: 0.9 })] }),
      ),
      claimReport(294, 'A weak match.', { corroborating: [sourceMatch({ score: 0.5 })] }),
    ]);
    const view = toReportView(report);
    expect(view.rows.map((row) => [row.index, row.repeats])).toEqual([
      [0, 294],
      [294, 1],
    ]);
    expect(view.rows[0]!.summary).toMatch(/ · repeated 294 times$/);
    expect(view.rows[1]!.summary).not.toMatch(/times/);
    expect(view.countsLine).toBe('2 claims checked · 2 corroborated · 0 conflicting');
  });

  test('orders claims of the same verdict by their strongest source, then by reading order', () => {
    const report = makeReport([
      claimReport(0, 'A weak match.', { corroborating: [sourceMatch({ score: 0.5 })] }),
      claimReport(1, 'A strong match.', { corroborating: [sourceMatch({ score: 0.95 })] }),
      claimReport(2, 'Another weak match.', { corroborating: [sourceMatch({ score: 0.5 })] }),
    ]);
    expect(toReportView(report).rows.map((row) => row.index)).toEqual([1, 0, 2]);
  });

  test('a conflicting source carries the differing spans on both sides and says what kind they are', () => {
    const [row] = toReportView(seedReport()).rows;
    expect(row?.summary).toBe('1 outlet conflicts · 1 outlet corroborates');
    expect(row?.sentence.filter((piece) => piece.marked).map((piece) => piece.text)).toEqual([
      'the Biden administration',
    ]);
    const [conflict, agreement] = everySource(row?.groups ?? []);
    expect(conflict?.verdict).toBe('conflicts');
    expect(conflict?.sentence.filter((piece) => piece.marked).map((piece) => piece.text)).toEqual([
      'US President Donald Trump',
    ]);
    expect(conflict?.differences).toEqual(['Different actor: the Biden administration vs US President Donald Trump']);
    expect(conflict?.chain).toEqual([
      { role: 'speaker', text: 'a diplomatic source' },
      { role: 'reporter', text: 'AFP' },
      { role: 'publisher', text: 'The Defense Post' },
    ]);
    expect(conflict?.date).toBe('16 Aug 2025');
    expect(agreement?.verdict).toBe('corroborates');
    expect(agreement?.differences).toEqual([]);
  });

  test('only http(s) source URLs to a named site become links, with the host they open; the others say why not', () => {
    const view = toReportView(
      makeReport([
        claimReport(0, 'A claim.', {
          corroborating: [
            sourceMatch({ url: 'javascript:alert(1)', score: 0.9 }),
            sourceMatch({ url: null, score: 0.8 }),
            sourceMatch({ url: 'https://www.example.org/a', score: 0.7 }),
            sourceMatch({ url: 'http://localhost:9/admin', score: 0.6 }),
          ],
        }),
      ]),
    );
    expect(everySource(view.rows[0]?.groups ?? []).map(({ url, host, linkNote }) => [url, host, linkNote])).toEqual([
      [null, null, 'Link not shown: it is not an http or https link.'],
      [null, null, null],
      ['https://www.example.org/a', 'example.org', null],
      [null, null, 'Link not shown: it points to this computer (localhost:9).'],
    ]);
  });

  test('a missing title reads as "Untitled article"', () => {
    expect(toReportView(makeReport([], null)).title).toBe('Untitled article');
  });
});

/** `count` corroborating sources from as many outlets, given weakest first so the view has to sort them. */
const corroboratedBy = (count: number) =>
  makeReport([
    claimReport(0, BIDEN_SENTENCE, {
      corroborating: Array.from({ length: count }, (_, i) =>
        sourceMatch({ outlet: `Outlet ${i + 1}`, score: 0.5 + i / 100 }),
      ),
      related: [sourceMatch({ outlet: 'Related Only Gazette', score: 0.99 })],
    }),
  ]);

describe('many sources: the strongest few per relation, the rest behind "Show all"', () => {
  test('five corroborating sources: the three strongest show, two wait, and the counts still count all five', () => {
    expect(SOURCES_SHOWN_PER_RELATION).toBe(3);
    const [row] = toReportView(corroboratedBy(5)).rows;
    expect(row!.summary).toBe('5 outlets corroborate');
    expect(row!.groups).toHaveLength(1);
    const [group] = row!.groups;
    expect(group!.shown.map((source) => source.outlet)).toEqual(['Outlet 5', 'Outlet 4', 'Outlet 3']);
    expect(group!.more.map((source) => source.outlet)).toEqual(['Outlet 2', 'Outlet 1']);
    expect(group!.showAll).toBe('Show all 5 corroborating sources');
  });

  test('each relation is cut on its own, and equal scores keep the engine’s order', () => {
    const report = makeReport([
      claimReport(0, BIDEN_SENTENCE, {
        conflicting: ['Tie A', 'Tie B', 'Tie C', 'Tie D'].map((outlet) => ({ ...bidenConflict(), outlet })),
        corroborating: [sourceMatch({ outlet: 'Only', score: 0.9 })],
      }),
    ]);
    const [conflicts, corroborations] = toReportView(report).rows[0]!.groups;
    expect([...conflicts!.shown, ...conflicts!.more].map((source) => source.outlet)).toEqual([
      'Tie A',
      'Tie B',
      'Tie C',
      'Tie D',
    ]);
    expect(conflicts!.showAll).toBe('Show all 4 conflicting sources');
    expect(corroborations).toMatchObject({ verdict: 'corroborates', more: [], showAll: null });
  });

  test('with three sources or fewer nothing is held back', () => {
    const [group] = toReportView(corroboratedBy(SOURCES_SHOWN_PER_RELATION)).rows[0]!.groups;
    expect(group!.shown).toHaveLength(3);
    expect(group!.more).toEqual([]);
    expect(group!.showAll).toBeNull();
  });
});

describe('formatting helpers', () => {
  test.each([
    ['2025-08-16', '16 Aug 2025'],
    ['2025-08-16T23:30:00-04:00', '16 Aug 2025'],
    ['2025-01-02T01:00:00Z', '2 Jan 2025'],
    ['2025-02-31', '2025-02-31'],
    ['last Tuesday', 'last Tuesday'],
    ['', null],
    [null, null],
  ])('formatDate(%j) is %j', (input, expected) => {
    expect(formatDate(input)).toBe(expected);
  });

  test('spans are found by text when offsets do not point at it, and overlaps merge', () => {
    expect(markSpans('Trump met Putin in Alaska.', [{ start: 0, end: 3, text: 'Putin' }])).toEqual([
      { text: 'Trump met ', marked: false },
      { text: 'Putin', marked: true },
      { text: ' in Alaska.', marked: false },
    ]);
    expect(
      markSpans('10,000 to 30,000 troops', [
        { start: 0, end: 6, text: '10,000' },
        { start: 3, end: 16, text: '000 to 30,000' },
      ]),
    ).toEqual([
      { text: '10,000 to 30,000', marked: true },
      { text: ' troops', marked: false },
    ]);
    expect(markSpans('Nothing here.', [{ start: 0, end: 4, text: 'absent' }])).toEqual([
      { text: 'Nothing here.', marked: false },
    ]);
  });

  test.each([
    ['number', 'Different number: 10,000 vs 30,000'],
    ['negation', 'Opposite or hedged wording: 10,000 vs 30,000'],
    ['date', 'Different date or time: 10,000 vs 30,000'],
  ] as const)('differenceLabel for %s', (kind, expected) => {
    expect(
      differenceLabel({
        kind,
        page: '10,000',
        source: '30,000',
        pageStart: 0,
        pageEnd: 6,
        sourceStart: 0,
        sourceEnd: 6,
      }),
    ).toBe(expected);
  });
});

test('a difference note explains spans that do not show the conflict by themselves', () => {
  expect(
    differenceLabel({
      kind: 'actor',
      page: 'the Biden administration',
      source: 'The US',
      note: '“The US” here means Donald Trump’s side',
      pageStart: 0,
      pageEnd: 0,
      sourceStart: 0,
      sourceEnd: 0,
    }),
  ).toBe('Different actor: the Biden administration vs The US (“The US” here means Donald Trump’s side)');
});

describe('popup states', () => {
  test('no matches says how many sentences were checked', () => {
    const state = stateFromResult({ ok: true, report: makeReport([claimReport(0, 'One.'), claimReport(1, 'Two.')]) });
    expect(state).toMatchObject({
      kind: 'no-matches',
      message: 'None of this article’s 2 sentences match a known claim.',
    });
    expect(noMatchesMessage(1)).toBe('This article’s only sentence doesn’t match a known claim.');
  });

  test('only errors offer to try again', () => {
    expect(stateFromResult({ ok: false, reason: 'error', message: 'x' })).toMatchObject({ canRetry: true });
    expect(stateFromResult({ ok: false, reason: 'restricted', message: 'x' })).toMatchObject({ canRetry: false });
    expect(stateFromResult({ ok: false, reason: 'not-an-article', message: 'x' })).toMatchObject({ canRetry: false });
  });

  test.each([
    ['?tabId=42', 42],
    ['?tabId=', null],
    ['?tabId=4x', null],
    ['', null],
  ])('tabIdFromSearch(%j) is %j', (search, expected) => {
    expect(tabIdFromSearch(search)).toBe(expected);
  });
});

describe('rendered popup', () => {
  const render = (state: Parameters<typeof renderPopup>[1], onRetry = vi.fn()) => {
    const root = document.createElement('main');
    renderPopup(root, state, { onRetry });
    return root;
  };

  test('shows the report: verdict words, marks on both sides, safe links, first claim open', () => {
    const root = render(stateFromResult({ ok: true, report: seedReport() }));
    expect(root.querySelector('h1')?.textContent).toBe('U.S. Proposes NATO-Style Defense Pact Ukraine');
    expect(root.querySelector('.counts')?.textContent).toBe('4 claims checked · 2 corroborated · 1 conflicting');
    const claims = [...root.querySelectorAll('ol.claims > li')];
    expect(claims).toHaveLength(2);
    const first = claims[0]!;
    expect(first.querySelector('details')?.open).toBe(true);
    expect(claims[1]?.querySelector('details')?.open).toBe(false);
    expect(first.querySelector('summary .verdict')?.textContent).toContain('Conflicts');
    expect(first.querySelector('summary h2 mark')?.textContent).toBe('the Biden administration');
    expect(first.querySelector('.source-conflicts .source-sentence mark')?.textContent).toBe(
      'US President Donald Trump',
    );
    expect(first.querySelector('.source-conflicts .differences')?.textContent).toBe(
      'Different actor: the Biden administration vs US President Donald Trump',
    );
    expect(first.querySelector('.source-conflicts time')?.getAttribute('datetime')).toBe('2025-08-16T13:28:40-04:00');
    const link = first.querySelector('a.source-link');
    expect(link?.getAttribute('target')).toBe('_blank');
    expect(link?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(root.getAttribute('aria-busy')).toBe('false');
  });

  test('page and dataset strings are text, never markup', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const report = makeReport(
      [
        claimReport(0, `A claim ${hostile}.`, {
          corroborating: [sourceMatch({ outlet: hostile, text: hostile, attribution: hostile })],
        }),
      ],
      `Bike lanes ${hostile}`,
    );
    const root = render(stateFromResult({ ok: true, report }));
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('h1')?.textContent).toBe(`Bike lanes ${hostile}`);
    expect(root.querySelector('.outlet')?.textContent).toBe(hostile);
    expect(root.querySelector('.source-sentence')?.textContent).toBe(hostile);
    expect(root.querySelector('.chain-speaker')?.textContent).toBe(hostile);
    expect(root.querySelector('.chain-publisher')?.textContent).toBe(hostile);
  });

  test('a source shows its chain with arrows, screen readers hear what each arrow means, and the earliest is tagged', () => {
    const relayed = sourceMatch({
      sourceId: 'seed-000',
      outlet: 'Media Wall News',
      attribution: 'a high-level diplomatic source speaking to AFP',
      score: 0.8,
    });
    const report = makeReport([
      claimReport(0, BIDEN_SENTENCE, {
        corroborating: [
          { ...bidenConflict(), differences: [], earliestKnown: true },
          relayed,
          sourceMatch({ score: 0.5 }),
        ],
      }),
    ]);
    const root = render(stateFromResult({ ok: true, report }));
    expect(root.querySelector('.claim-summary')?.textContent).toBe('3 outlets corroborate, 2 independent sources');
    const [first, second, third] = [...root.querySelectorAll('li.source')];
    const chain = first!.querySelector('.chain')!;
    expect([...chain.querySelectorAll('.chain-step')].map((step) => step.textContent)).toEqual([
      'a diplomatic source',
      'AFP',
      'The Defense Post',
    ]);
    expect(chain.textContent).toContain('a diplomatic source → ');
    const spoken = chain.cloneNode(true) as Element;
    for (const hidden of spoken.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
    expect(spoken.textContent).toBe(
      'Said by a diplomatic source, first reported by AFP, published by The Defense Post',
    );
    expect(first!.querySelector('.source-head .earliest')?.textContent).toBe('Earliest known source');
    expect(second!.querySelector('.earliest')).toBeNull();
    expect(second!.querySelector('.chain-reporter')?.textContent).toBe('AFP');
    // A source stating the claim in its own voice has no chain line: the heading already names the outlet.
    expect(third!.querySelector('.chain')).toBeNull();
  });

  test('five corroborating sources: three cards and a "Show all 5" button that reveals the other two and hides them again', () => {
    const root = document.body.appendChild(document.createElement('main'));
    renderPopup(root, stateFromResult({ ok: true, report: corroboratedBy(5) }), { onRetry: vi.fn() });
    const claim = root.querySelector('li.claim')!;
    const visibleOutlets = () =>
      [...claim.querySelectorAll('li.source')]
        .filter((source) => source.closest('[hidden]') === null)
        .map((source) => source.querySelector('.outlet')!.textContent);
    expect(visibleOutlets()).toEqual(['Outlet 5', 'Outlet 4', 'Outlet 3']);
    expect(claim.querySelector('.claim-summary')!.textContent).toBe('5 outlets corroborate');
    // "Related" sources never reach the popup, however strong.
    expect(claim.textContent).not.toContain('Related Only Gazette');

    const button = claim.querySelector<HTMLButtonElement>('button.show-all')!;
    expect(button.type).toBe('button');
    expect(button.textContent).toBe('Show all 5 corroborating sources');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    const controlled = root.ownerDocument.getElementById(button.getAttribute('aria-controls')!)!;
    expect(controlled.hidden).toBe(true);
    expect([...controlled.querySelectorAll('.outlet')].map((outlet) => outlet.textContent)).toEqual([
      'Outlet 2',
      'Outlet 1',
    ]);

    button.focus();
    button.click();
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(visibleOutlets()).toEqual(['Outlet 5', 'Outlet 4', 'Outlet 3', 'Outlet 2', 'Outlet 1']);
    expect(document.activeElement).toBe(button);
    expect(claim.querySelector('.claim-summary')!.textContent).toBe('5 outlets corroborate');

    button.click();
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(visibleOutlets()).toHaveLength(3);
    root.remove();
  });

  test('three sources or fewer: all listed, no button', () => {
    const root = render(stateFromResult({ ok: true, report: corroboratedBy(3) }));
    expect(root.querySelectorAll('li.source')).toHaveLength(3);
    expect(root.querySelector('button.show-all')).toBeNull();
    expect(root.querySelector('[hidden]')).toBeNull();
  });

  test('analyzing is busy and says so; the status region persists across renders', () => {
    const root = render({ kind: 'analyzing' });
    const status = root.querySelector('[role="status"]');
    expect(root.getAttribute('aria-busy')).toBe('true');
    expect(root.querySelector('progress')).not.toBeNull();
    expect(status?.getAttribute('aria-live')).toBe('polite');
    renderPopup(
      root as HTMLElement,
      { kind: 'failure', reason: 'not-an-article', message: 'No article found on this page.', canRetry: false },
      { onRetry: vi.fn() },
    );
    expect(root.querySelector('[role="status"]')).toBe(status);
    expect(status?.textContent).toBe('No article found on this page.');
    expect(root.querySelector('button')).toBeNull();
  });

  test('an error offers "Try again", which asks again', () => {
    const onRetry = vi.fn();
    const root = render(
      { kind: 'failure', reason: 'error', message: 'Provenance couldn’t read this page: boom', canRetry: true },
      onRetry,
    );
    const button = root.querySelector('button');
    expect(button?.textContent).toBe('Try again');
    button?.click();
    expect(onRetry).toHaveBeenCalledOnce();
  });
});
