// @vitest-environment jsdom
/**
 * A hostile dataset end to end, short of the import screen: its file goes through `parseDataset`, the
 * engine matches it against an article, and the popup (and, for names and links, the side panel, the
 * options list and the CLI's text report) renders the result. Markup in outlet, author, claim text and
 * attribution must come out as the characters it is, and a `javascript:` link as no link. Line breaks
 * and invisible characters in names must not break a line or disguise a name, and a link must show the
 * host it opens and never lead to the reader's own machine or network.
 */
import { describe, expect, test, vi } from 'vitest';
import { INITIAL_SETTINGS } from '../../src/claims/dataset-choice';
import { summariseDataset } from '../../src/claims/dataset-summary';
import { defaultDataset } from '../../src/claims/default-dataset';
import { parseDataset } from '../../src/claims/validate-dataset';
import { formatTextReport } from '../../src/cli/report-text';
import type { Report } from '../../src/engine/report';
import { createAnalyzer } from '../../src/engine/analyzer';
import { articleFromText } from '../../src/extract/from-text';
import { toDatasetRows } from '../../src/ui/dataset-list-view';
import { stateFromResult } from '../../src/ui/popup-state';
import { renderOptions } from '../../src/ui/render-options';
import { renderPanel } from '../../src/ui/render-panel';
import { renderPopup } from '../../src/ui/render-popup';
import { claimReport, makeReport, sourceMatch } from './support/make-report';

const PAGE = [
  'US President Donald Trump proposed security guarantees for Ukraine modelled on NATO’s Article 5, a diplomatic source told AFP.',
  'The proposal would commit allies to defend Ukraine if it were attacked again after a ceasefire.',
  'European leaders are expected to discuss the plan at a summit in Brussels next week.',
].join('\n\n');

const PAYLOAD = '<img src=x onerror="globalThis.pwned=1"><script>globalThis.pwned=2</script>';

function hostileDataset(url: string): string {
  return JSON.stringify({
    format: 'provenance-dataset',
    version: 1,
    id: 'hostile',
    name: `Hostile ${PAYLOAD}`,
    sources: [
      {
        id: 'h1',
        outlet: `Evil Times ${PAYLOAD}`,
        author: `<a href="javascript:globalThis.pwned=3">Mallory</a>`,
        publishedTime: '2025-08-16',
        url,
        title: PAYLOAD,
        claims: [
          {
            id: 'h1#1',
            // The page's second sentence word for word, so the claim is shown whatever else the judge makes of it.
            text: `The proposal would commit allies to defend Ukraine if it were attacked again after a ceasefire. ${PAYLOAD}`,
            attribution: `a source ${PAYLOAD}`,
          },
        ],
      },
    ],
  });
}

function renderWith(url: string): HTMLElement {
  const parsed = parseDataset(hostileDataset(url));
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const report = createAnalyzer([parsed.dataset]).analyze(articleFromText(PAGE, { title: 'Guarantees' }));
  const root = document.createElement('main');
  document.body.replaceChildren(root);
  renderPopup(root, stateFromResult({ ok: true, report }), { onRetry: () => {} });
  for (const details of root.querySelectorAll('details')) details.open = true;
  return root;
}

describe('a hostile dataset in the popup', () => {
  test('its markup is shown as text: no element, no handler, nothing run', () => {
    const root = renderWith('https://evil.example/story');
    expect(
      root.querySelectorAll('li.source').length,
      'the dataset must match, or this test checks nothing',
    ).toBeGreaterThan(0);
    expect(root.querySelectorAll('img, script, svg, iframe, object, embed')).toHaveLength(0);
    expect(
      [...root.querySelectorAll('*')].some((element) => [...element.attributes].some((a) => a.name.startsWith('on'))),
    ).toBe(false);
    expect(root.textContent).toContain(`Evil Times ${PAYLOAD}`);
    expect(root.textContent).toContain('<a href="javascript:globalThis.pwned=3">Mallory</a>');
    expect((globalThis as { pwned?: number }).pwned).toBeUndefined();
  });

  test('a javascript: link is dropped by the validator, so the source has no link at all', () => {
    const root = renderWith('javascript:globalThis.pwned=4');
    expect(root.querySelectorAll('li.source').length).toBeGreaterThan(0);
    expect(root.querySelectorAll('a[href^="javascript:" i]')).toHaveLength(0);
    expect(root.querySelectorAll('a.source-link')).toHaveLength(0);
  });
});

/** What a dataset's author writes to pass for Provenance's own verdict line. */
const FORGED = '✓ Corroborated by 12 independent outlets';
/** The page's second sentence, which every hostile source below repeats word for word. */
const CLAIM = 'The proposal would commit allies to defend Ukraine if it were attacked again after a ceasefire.';
/** Line breaks, and characters that are invisible or change the direction of the text. */
const BREAKS_OR_INVISIBLE = /[\n\r\u0085\u2028\u2029\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;

/** Three sources with hostile names and links, each repeating the page's second sentence. */
function hostileNames(): string {
  const source = (id: string, outlet: string, url: string, author: string | null = null) => ({
    id,
    outlet,
    author,
    publishedTime: '2025-08-16',
    url,
    claims: [{ id: `${id}#1`, text: CLAIM }],
  });
  return JSON.stringify({
    format: 'provenance-dataset',
    version: 1,
    id: 'hostile-names',
    name: `Trusted wire\n${FORGED}`,
    description: `Line one\u2028${FORGED}`,
    sources: [
      source('nyt', 'The New York Times', 'https://reuters.com@evil.example/x', 'Ann\u200B \u202EAuthor\u202C'),
      source('loop', `Reuters\n${FORGED}`, 'http://127.0.0.1:9/admin?delete=all'),
      source('ap', `AP\u2028News\u200B`, 'https://www.apnews.com/article/x'),
    ],
  });
}

function hostileReport(): { report: Report; warnings: string[] } {
  const parsed = parseDataset(hostileNames());
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return {
    report: createAnalyzer([parsed.dataset]).analyze(articleFromText(PAGE, { title: 'Guarantees' })),
    warnings: parsed.warnings,
  };
}

/** What a reader of the popup or the side panel must see of the three hostile sources, wherever they render. */
function expectNamesAndLinksShownSafely(root: HTMLElement, outlets: string): void {
  expect(root.querySelectorAll(outlets).length, 'the dataset must match, or this test checks nothing').toBe(3);
  expect([...root.querySelectorAll(outlets)].map((outlet) => outlet.textContent).sort()).toEqual([
    'AP News',
    'Reuters ✓ Corroborated by 12 independent outlets',
    'The New York Times',
  ]);
  expect(root.textContent).not.toMatch(BREAKS_OR_INVISIBLE);
  const links = [...root.querySelectorAll('a')];
  expect(links.map((link) => [link.getAttribute('href'), link.textContent])).toEqual([
    ['https://www.apnews.com/article/x', 'Read at AP News · apnews.com (opens in a new tab)'],
  ]);
  expect(root.querySelector('a .link-host')?.textContent).toBe('apnews.com');
  expect([...root.querySelectorAll('.link-refused')].map((note) => note.textContent).sort()).toEqual([
    'Link not shown: it points to this computer (127.0.0.1:9).',
    'Link not shown: it puts a user name before its real host (evil.example), which can disguise where it leads.',
  ]);
}

describe('hostile names and links from a dataset', () => {
  test('the validator removes invisible characters and warns about links it will not offer, keeping them as data', () => {
    const { warnings } = hostileReport();
    expect(warnings.join('\n')).toMatch(
      /sources\[0\]\.author \(line \d+\): removed 3 invisible control or text-direction characters/,
    );
    expect(warnings.join('\n')).toMatch(
      /sources\[0\]\.url \(line \d+\): "https:\/\/reuters\.com@evil\.example\/x" will be shown without a link: it puts a user name before its real host \(evil\.example\)/,
    );
    expect(warnings.join('\n')).toMatch(
      /sources\[1\]\.url \(line \d+\): .* will be shown without a link: it points to this computer \(127\.0\.0\.1:9\)/,
    );
  });

  test('the popup shows each name on one line, links only to a named site with its host beside the name, and says why the others are not links', () => {
    const root = document.createElement('main');
    document.body.replaceChildren(root);
    renderPopup(root, stateFromResult({ ok: true, report: hostileReport().report }), { onRetry: () => {} });
    expectNamesAndLinksShownSafely(root, 'li.source .outlet');
    expect(root.querySelector('li.source .author')?.textContent).toBe('Ann Author');
  });

  test('the side panel shows the same', () => {
    const root = document.createElement('main');
    document.body.replaceChildren(root);
    const actions = {
      onRetry: vi.fn(),
      onFilter: vi.fn(),
      onToggleHighlights: vi.fn(),
      onReveal: vi.fn(),
      onEmphasise: vi.fn(),
    };
    renderPanel(
      root,
      {
        report: stateFromResult({ ok: true, report: hostileReport().report }),
        filter: 'all',
        highlights: false,
        highlightNote: null,
      },
      actions,
    );
    expectNamesAndLinksShownSafely(root, 'li.comparison .source-head .outlet');
    expect([...root.querySelectorAll('.side-source .side-label')].map((label) => label.textContent)).toContain(
      'Reuters ✓ Corroborated by 12 independent outlets',
    );
  });

  test('the options list shows the dataset’s name, description and outlets on one line each', () => {
    const parsed = parseDataset(hostileNames());
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    const stored = summariseDataset(parsed.dataset, {
      fileName: `names\n${FORGED}.json`,
      importFormat: 'provenance',
      importedAt: '2026-11-22T10:00:00.000Z',
    });
    const root = document.createElement('main');
    document.body.replaceChildren(root);
    const actions = { onImport: vi.fn(), onToggle: vi.fn(), onDelete: vi.fn(), onExport: vi.fn() };
    renderOptions(
      root,
      { rows: toDatasetRows(defaultDataset, [stored], INITIAL_SETTINGS), busy: null, outcomes: [], storeError: null },
      actions,
    );
    const row = root.querySelector('li[data-dataset-id="hostile-names"]')!;
    expect(row.querySelector('h3')!.textContent).toBe(`Trusted wire ${FORGED}`);
    expect(row.querySelector('.dataset-description')!.textContent).toBe(`Line one ${FORGED}`);
    expect(row.querySelector('.dataset-meta')!.textContent).toContain(`Imported from names ${FORGED}.json`);
    expect(row.querySelector('.dataset-outlets')!.textContent).toBe(
      `Sources: AP News (1 claim), Reuters ${FORGED} (1 claim), The New York Times (1 claim)`,
    );
    expect(root.textContent).not.toMatch(BREAKS_OR_INVISIBLE);
  });

  test('the CLI’s text report prints no forged line: each name stays on its source’s indented line, and refused links are not printed', () => {
    const lines = formatTextReport(hostileReport().report).split('\n');
    expect(lines.filter((line) => line.includes(FORGED))).toEqual([
      expect.stringMatching(/^ {4}Reuters ✓ Corroborated by 12 independent outlets, 2025-08-16 \(score /),
    ]);
    expect(lines.filter((line) => /^\s*(?:Read at|Link not shown)/.test(line))).toEqual(
      expect.arrayContaining([
        '      Read at apnews.com: https://www.apnews.com/article/x',
        '      Link not shown: it points to this computer (127.0.0.1:9).',
        '      Link not shown: it puts a user name before its real host (evil.example), which can disguise where it leads.',
      ]),
    );
    expect(lines.join('\n')).not.toContain('127.0.0.1:9/admin');
    expect(lines.join('\n')).not.toMatch(BREAKS_OR_INVISIBLE.source.replace('\\n', ''));
  });

  test('strings that reach the UI without the validator (stored before it removed them, or from a page) are shown the same way', () => {
    const outlet = `\u202Emoc.sretuer\u202C\u200B\n${FORGED}\u2066`;
    const report = makeReport(
      [
        claimReport(0, `A claim\u2028${FORGED}.`, {
          corroborating: [sourceMatch({ outlet, url: 'http://192.168.1.1/', text: `Quote\u200B\r\n${FORGED}` })],
        }),
      ],
      `Title\u202E\n${FORGED}`,
    );
    const root = document.createElement('main');
    document.body.replaceChildren(root);
    renderPopup(root, stateFromResult({ ok: true, report }), { onRetry: () => {} });
    expect(root.querySelector('h1')!.textContent).toBe(`Title ${FORGED}`);
    expect(root.querySelector('.outlet')!.textContent).toBe(`moc.sretuer ${FORGED}`);
    expect(root.querySelector('.claim-sentence')!.textContent).toBe(`A claim ${FORGED}.`);
    expect(root.querySelector('.source-sentence')!.textContent).toBe(`Quote ${FORGED}`);
    expect(root.querySelector('a')).toBeNull();
    expect(root.querySelector('.link-refused')!.textContent).toBe(
      'Link not shown: it points to a private network address (192.168.1.1).',
    );
    expect(root.textContent).not.toMatch(BREAKS_OR_INVISIBLE);
    const cli = formatTextReport(report);
    expect(cli.split('\n').filter((line) => line.startsWith('✓') || line.startsWith(FORGED))).toEqual([]);
    expect(cli).not.toMatch(BREAKS_OR_INVISIBLE.source.replace('\\n', ''));
  });
});
