// @vitest-environment jsdom
/**
 * The options page's logic over the real store (fake-indexeddb) and a fake storage.local: importing,
 * listing, switching, deleting and exporting as a reader would, and what the rendered page says.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, test, vi } from 'vitest';
import { defaultDataset } from '../../src/claims/default-dataset';
import { importDataset } from '../../src/claims/import-dataset';
import { INITIAL_SETTINGS, type DatasetSettings } from '../../src/claims/dataset-choice';
import { fitsDatasets } from '../../src/match/pack-claim-index';
import { runImportJob } from '../../src/imports/import-job';
import { createPendingImports } from '../../src/imports/pending-imports';
import { openDatasetStore } from '../../src/platform/dataset-store';
import { createOptionsController, type ImportFile, type OptionsView } from '../../src/ui/options-controller';
import { renderOptions, type OptionsActions } from '../../src/ui/render-options';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'datasets');
const file = (name: string, text = readFileSync(join(DIR, name), 'utf8')): ImportFile => ({
  name,
  text: async () => text,
});

/** navigator.locks as far as pending imports use it: a lock is held while its callback runs. */
function fakeLocks() {
  const held = new Set<string>();
  return {
    held,
    async request(name: string, callback: () => Promise<void>) {
      held.add(name);
      try {
        await callback();
      } finally {
        held.delete(name);
      }
    },
    async query() {
      return { held: [...held].map((name) => ({ name })) };
    },
  };
}

/** storage.local as far as pending imports use it. */
function fakeArea(items: Record<string, unknown> = {}) {
  return {
    items,
    async get(key: string) {
      return key in items ? { [key]: structuredClone(items[key]) } : {};
    },
    async set(values: Record<string, unknown>) {
      Object.assign(items, structuredClone(values));
    },
  };
}

function setUp(area = fakeArea(), locks = fakeLocks()) {
  let settings: DatasetSettings = INITIAL_SETTINGS;
  const views: OptionsView[] = [];
  const downloads: Array<[string, string]> = [];
  const store = openDatasetStore(new IDBFactory());
  let tokens = 0;
  const controller = createOptionsController({
    builtIn: defaultDataset,
    store: () => store,
    settings: { read: async () => settings, update: async (change) => (settings = change(settings)) },
    // The job the page's worker runs, run here in-process over the same store.
    importFile: (importing, format, step) =>
      runImportJob(importing, format, {
        store: () => store,
        builtInId: defaultDataset.id,
        now: () => '2026-11-22T10:00:00.000Z',
        step: async (message) => step(message),
      }),
    // No import here is large enough to leave its part by meaning for later (options-deferred-meaning.test.ts).
    prepareMeaning: async () => ({ kind: 'skipped' }),
    meaningLocks: { hold: (_id, job) => job(), holdIfFree: (_id, job) => job() },
    pending: createPendingImports(
      area,
      locks,
      () => '2026-11-22T10:00:00.000Z',
      () => `t${++tokens}`,
    ),
    render: (view) => views.push(view),
    download: (name, text) => downloads.push([name, text]),
  });
  return { controller, views, downloads, store, area, locks, settings: () => settings, last: () => views.at(-1)! };
}

describe('options page logic', () => {
  test('the built-in dataset is listed first, on, and cannot be deleted', async () => {
    const { controller, last } = setUp();
    await controller.refresh();
    const [builtIn] = last().rows;
    expect(builtIn).toMatchObject({
      id: 'provenance-seeds',
      builtIn: true,
      enabled: true,
      canDelete: false,
      version: 'Format version 1',
      origin: 'Built into Provenance',
    });
    expect(builtIn!.counts).toMatch(/^5 sources · \d+ claims$/);
  });

  test('importing a ClaimReview file and a JSON Lines file lists both with counts, origin and outlets', async () => {
    const { controller, last, views, settings } = setUp();
    await controller.importFiles([file('claimreview-feed.json'), file('claims-sample.jsonl')], 'auto');
    expect(views.some((view) => view.busy === 'Checking claimreview-feed.json…')).toBe(true);
    expect(last().busy).toBeNull();
    expect(last().outcomes.map((o) => [o.ok, o.title])).toEqual([
      [true, 'Imported “claimreview-feed”: 3 claims from 2 sources (ClaimReview JSON-LD).'],
      [true, 'Imported “claims-sample”: 4 claims from 3 sources (JSON Lines of claims). 3 records were skipped.'],
    ]);
    expect(last().outcomes[1]!.details).toContain(
      'line 6: vclaim: expected a non-empty string, found nothing (the field is missing)',
    );
    const rows = last().rows.slice(1);
    expect(rows.map((row) => [row.name, row.counts, row.reviewed, row.enabled, row.canDelete])).toEqual([
      ['claimreview-feed', '2 sources · 3 claims', '3 claims with a fact-checker’s verdict', true, true],
      ['claims-sample', '3 sources · 4 claims', '4 claims with a fact-checker’s verdict', true, true],
    ]);
    expect(rows[0]!.origin).toBe('Imported from claimreview-feed.json (ClaimReview JSON-LD) on 22 Nov 2026');
    expect(rows[0]!.outlets).toBe('Sources: TruthMeter (3 claims)');
    expect(settings()).toEqual({ enabled: { 'claimreview-feed': true, 'claims-sample': true }, revision: 2 });
  });

  test('an import is indexed while the reader waits, and the index stored with the dataset', async () => {
    const { controller, views, store } = setUp();
    await controller.importFiles([file('claims-sample.jsonl')], 'auto');
    expect(views.some((view) => view.busy === 'Indexing 4 claims of claims-sample.jsonl…')).toBe(true);
    const saved = await (await store).get('claims-sample');
    const index = await (await store).loadIndex('claims-sample');
    expect(saved && index && fitsDatasets(index, [saved])).toBe(true);
  });

  test('a file that cannot be imported says why, by line, and changes nothing', async () => {
    const { controller, last, settings } = setUp();
    await controller.importFiles([file('broken.jsonl', '{"title": "no claim"}\n{"vclaim": 3}\n')], 'auto');
    expect(last().outcomes).toEqual([
      {
        ok: false,
        title: 'broken.jsonl could not be imported:',
        details: [
          'line 1: vclaim: expected a non-empty string, found nothing (the field is missing)',
          'line 2: vclaim: expected a non-empty string, found a number (3)',
        ],
      },
    ]);
    expect(last().rows).toHaveLength(1);
    expect(settings().revision).toBe(0);
  });

  test('a dataset with the built-in’s id is refused: the default can never be replaced', async () => {
    const { controller, last } = setUp();
    await controller.importFiles([file('seeds.json', JSON.stringify(defaultDataset))], 'auto');
    expect(last().outcomes[0]!.details[0]).toMatch(/^it has the id of the built-in dataset \(provenance-seeds\)/);
  });

  test('a file over the size limit is refused by its size, before it is read, in every format', async () => {
    const { controller, last } = setUp();
    const text = vi.fn(async () => '');
    await controller.importFiles([{ name: 'huge.jsonl', size: 97 * 1024 * 1024, text }], 'auto');
    expect(last().outcomes).toEqual([
      {
        ok: false,
        title: 'huge.jsonl could not be imported:',
        details: ['the file is too large (97 MB; the limit is 96 MB)'],
      },
    ]);
    expect(text).not.toHaveBeenCalled();
    // Text handed over without a size (a paste, the CLI's string) meets the same limit, JSON Lines too.
    expect(importDataset(`{"vclaim": "x"}\n${' '.repeat(96 * 1024 * 1024)}`, 'jsonl', { fileName: 'x.jsonl' })).toEqual(
      {
        ok: false,
        format: null,
        errors: ['the file is too large (96 MB; the limit is 96 MB)'],
      },
    );
  });

  test('an import cut off by closing the page is told the next time the page opens, once', async () => {
    const area = fakeArea();
    const locks = fakeLocks();
    // The first page starts an import and is closed mid-way: its entry stays, its lock is gone.
    const first = setUp(area, locks);
    const never = new Promise<string>(() => undefined);
    void first.controller.importFiles([{ name: 'big.jsonl', text: () => never }], 'auto');
    await vi.waitFor(() => expect(Object.keys(area.items.pendingImports ?? {})).toHaveLength(1));
    locks.held.clear();
    // A page opened meanwhile in another tab must not call a running import cut off: held again, not told.
    locks.held.add('provenance-import:t1');
    const running = setUp(area, locks);
    await running.controller.reportInterrupted();
    expect(running.views).toEqual([]);
    locks.held.clear();
    const next = setUp(area, locks);
    await next.controller.reportInterrupted();
    expect(next.last().outcomes).toEqual([
      {
        ok: false,
        title: 'The import of big.jsonl did not finish:',
        details: [
          'the page was closed or reloaded while it ran. If the dataset is not listed below, nothing of it was kept; import the file again.',
        ],
      },
    ]);
    const again = setUp(area, locks);
    await again.controller.reportInterrupted();
    expect(again.views).toEqual([]);
  });

  test('a finished import, ok or refused, leaves nothing pending', async () => {
    const { controller, area } = setUp();
    await controller.importFiles([file('claims-sample.jsonl'), file('broken.jsonl', '{"vclaim": 3}\n')], 'auto');
    expect(area.items.pendingImports).toEqual({});
  });

  test('switching off, re-importing, exporting and deleting', async () => {
    const { controller, last, downloads, settings } = setUp();
    await controller.importFiles([file('claimreview-single.json')], 'claimreview');
    await controller.setEnabled('claimreview-single', false);
    await controller.setEnabled('provenance-seeds', false);
    expect(last().rows.map((row) => row.enabled)).toEqual([false, false]);
    await controller.importFiles([file('claimreview-single.json')], 'auto');
    expect(last().outcomes[0]!.title).toMatch(/^Replaced “claimreview-single”/);
    await controller.exportDataset('claimreview-single');
    await controller.exportDataset('provenance-seeds');
    await controller.exportDataset('claimreview-single', 'claimreview');
    expect(downloads.map(([name]) => name)).toEqual([
      'claimreview-single.json',
      'provenance-seeds.json',
      'claimreview-single.claimreview.json',
    ]);
    expect(JSON.parse(downloads[2]![1])['@graph'][0]).toMatchObject({
      '@type': 'ClaimReview',
      reviewRating: { alternateName: 'False' },
    });
    expect(last().outcomes[0]!.title).toBe('Exported 1 reviewed claim of “claimreview-single” as ClaimReview JSON-LD.');
    expect(JSON.parse(downloads[0]![1]).sources[0].claims[0].review.rating).toBe('False');
    await controller.remove('claimreview-single');
    await controller.remove('provenance-seeds');
    expect(last().rows.map((row) => row.id)).toEqual(['provenance-seeds']);
    expect(settings().enabled).toEqual({ 'provenance-seeds': false });
  });
});

describe('the rendered options page', () => {
  const actions = (): OptionsActions & Record<string, ReturnType<typeof vi.fn>> => ({
    onImport: vi.fn(),
    onToggle: vi.fn(),
    onDelete: vi.fn(),
    onExport: vi.fn(),
  });

  async function rendered() {
    const { controller, last } = setUp();
    await controller.importFiles([file('claimreview-single.json')], 'auto');
    const root = document.createElement('main');
    document.body.replaceChildren(root);
    const spies = actions();
    renderOptions(root, last(), spies);
    return { root, spies, view: last() };
  }

  test('each dataset shows its name, counts, version and sources as text, with a labelled switch', async () => {
    const { root } = await rendered();
    const item = root.querySelector('li[data-dataset-id="claimreview-single"]')!;
    expect(item.querySelector('h3')!.textContent).toBe('claimreview-single');
    expect(item.querySelector('.dataset-counts')!.textContent).toBe(
      '1 source · 1 claim · 1 claim with a fact-checker’s verdict',
    );
    expect(item.querySelector('.dataset-meta')!.textContent).toMatch(
      /^Format version 1 · Imported from claimreview-single\.json/,
    );
    const toggle = item.querySelector<HTMLInputElement>('input[role="switch"]')!;
    expect(root.querySelector(`label[for="${toggle.id}"]`)!.textContent).toBe('Use in analysis');
    expect(root.querySelector('li[data-dataset-id="provenance-seeds"] .button-danger')).toBeNull();
    expect(root.querySelector('.import-status')!.textContent).toContain('Imported “claimreview-single”');
  });

  test('the switch and export call their actions; re-rendering keeps focus on the control that had it', async () => {
    const { root, spies, view } = await rendered();
    const toggle = root.querySelector<HTMLInputElement>('#enabled-claimreview-single')!;
    toggle.focus();
    toggle.click();
    expect(spies.onToggle).toHaveBeenCalledWith('claimreview-single', false);
    renderOptions(root, view, spies);
    expect(document.activeElement?.id).toBe('enabled-claimreview-single');
    root
      .querySelector<HTMLButtonElement>('li[data-dataset-id="claimreview-single"] [data-focus-key^="export:"]')!
      .click();
    expect(spies.onExport).toHaveBeenCalledWith('claimreview-single', 'provenance');
    root
      .querySelector<HTMLButtonElement>(
        'li[data-dataset-id="claimreview-single"] [data-focus-key^="export-claimreview:"]',
      )!
      .click();
    expect(spies.onExport).toHaveBeenCalledWith('claimreview-single', 'claimreview');
    // The seeds have no fact-checker's verdict: nothing to export as ClaimReview.
    expect(
      root.querySelector('li[data-dataset-id="provenance-seeds"] [data-focus-key^="export-claimreview:"]'),
    ).toBeNull();
  });

  test('delete asks first and deletes only when confirmed', async () => {
    const { root, spies } = await rendered();
    const dialog = root.querySelector<HTMLDialogElement>('dialog.confirm')!;
    dialog.showModal ??= function (this: HTMLDialogElement) {
      this.open = true;
    };
    dialog.close ??= function (this: HTMLDialogElement, value?: string) {
      this.returnValue = value ?? '';
      this.open = false;
      this.dispatchEvent(new Event('close'));
    };
    root.querySelector<HTMLButtonElement>('li[data-dataset-id="claimreview-single"] .button-danger')!.click();
    expect(dialog.querySelector('h2')!.textContent).toBe('Delete “claimreview-single”?');
    expect(spies.onDelete).not.toHaveBeenCalled();
    dialog.close('delete');
    expect(spies.onDelete).toHaveBeenCalledWith('claimreview-single');
  });

  test('choosing a file imports it with the chosen format', async () => {
    const { root, spies } = await rendered();
    const input = root.querySelector<HTMLInputElement>('#import-file')!;
    const chosen = new File(['{}'], 'x.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [chosen], configurable: true });
    root.querySelector<HTMLSelectElement>('#import-format')!.value = 'jsonl';
    input.dispatchEvent(new Event('change'));
    expect(spies.onImport).toHaveBeenCalledWith([chosen], 'jsonl');
  });
});
