// @vitest-environment jsdom
/**
 * The options page with a large import (above a threshold of 2 claims here): the reader's wait ends once
 * the dataset is stored and usable by words, its row says search by meaning is being prepared, then that
 * it is ready, with a new revision of the choice for the background; a failure says why; and a page
 * opening after one was closed mid-way prepares the part from the stored dataset.
 */
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, test, vi } from 'vitest';
import { defaultDataset } from '../../src/claims/default-dataset';
import { INITIAL_SETTINGS, type DatasetSettings } from '../../src/claims/dataset-choice';
import { importInStages } from '../../src/imports/import-job';
import { createMeaningLocks } from '../../src/imports/meaning-locks';
import { prepareStoredMeaning } from '../../src/imports/meaning-later';
import { createPendingImports } from '../../src/imports/pending-imports';
import { shippedEncoderFor } from '../../src/match/default-sentence-encoder';
import type { SentenceEncoder } from '../../src/match/sentence-encoder';
import { defaultWordVectors } from '../../src/nlp/default-vectors';
import { openDatasetStore, type DatasetStore } from '../../src/platform/dataset-store';
import { createOptionsController, type OptionsView } from '../../src/ui/options-controller';
import { renderOptions } from '../../src/ui/render-options';

const JSONL = ['The minister resigned after the scandal.', 'The club won the cup final.', 'The river flooded.']
  .map((text, at) => JSON.stringify({ vclaim_id: `c${at}`, vclaim: text, author: 'Rosa Lind' }))
  .join('\n');
const FILE = { name: 'large.jsonl', text: async () => JSONL };
const ENCODER = shippedEncoderFor(defaultWordVectors())!;

type LockCallback = (lock: unknown) => Promise<void>;

/**
 * navigator.locks as pending imports (name, callback) and meaning locks (name, options, callback) use it;
 * with `ifAvailable`, a held name is refused (a null lock) rather than waited for.
 */
function fakeLocks() {
  const held = new Set<string>();
  return {
    held,
    async request(name: string, ...rest: [LockCallback] | [{ ifAvailable?: boolean }, LockCallback]) {
      const [options, callback] = rest.length === 1 ? [{}, rest[0]] : rest;
      if (held.has(name)) return options.ifAvailable ? callback(null) : Promise.reject(new Error('busy in test'));
      held.add(name);
      try {
        await callback({ name });
      } finally {
        held.delete(name);
      }
    },
    async query() {
      return { held: [...held].map((name) => ({ name })) };
    },
  };
}

function fakeArea() {
  const items: Record<string, unknown> = {};
  return {
    async get(key: string) {
      return key in items ? { [key]: structuredClone(items[key]) } : {};
    },
    async set(values: Record<string, unknown>) {
      Object.assign(items, structuredClone(values));
    },
  };
}

/**
 * The page over `store`: imports run in-process; the packing by meaning after the save waits for
 * `release()`, and is skipped altogether (as when the page closes) with `closeBeforeMeaning`.
 */
function setUp(
  store: Promise<DatasetStore>,
  options: { encoder?: () => Promise<SentenceEncoder | null>; closeBeforeMeaning?: boolean } = {},
) {
  let settings: DatasetSettings = INITIAL_SETTINGS;
  const views: OptionsView[] = [];
  let release: () => void = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  let meaningDone: Promise<void> = Promise.resolve();
  const encoder = options.encoder ?? (async () => ENCODER);
  const locks = fakeLocks();
  const controller = createOptionsController({
    builtIn: defaultDataset,
    store: () => store,
    settings: { read: async () => settings, update: async (change) => (settings = change(settings)) },
    importFile: async (file, format, step, later) => {
      const staged = await importInStages(file, format, {
        store: () => store,
        builtInId: defaultDataset.id,
        now: () => '2026-12-06T10:00:00.000Z',
        step: async (message) => step(message),
        encoder,
        deferMeaningAbove: 2,
      });
      const { later: pack } = staged;
      if (pack && !options.closeBeforeMeaning) meaningDone = gate.then(pack).then(later);
      return staged.result;
    },
    prepareMeaning: async (id) => prepareStoredMeaning(await store, id, { encoder }),
    meaningLocks: createMeaningLocks(locks),
    pending: createPendingImports(
      fakeArea(),
      locks,
      () => '2026-12-06T10:00:00.000Z',
      () => 't1',
    ),
    render: (view) => views.push(view),
    download: () => {},
  });
  /**
   * Lets the packing by meaning run, and waits until the page has shown how it ended: after the part, the
   * controller updates the choice and reads the list again (IndexedDB), which takes more than one turn
   * of the event loop on a busy machine (one `setTimeout(0)` failed a clean-clone run once).
   */
  const finish = async () => {
    release();
    await meaningDone;
    await vi.waitFor(
      () => {
        if (/being prepared/.test(views.at(-1)?.rows.find((listed) => listed.id === 'large')?.meaning ?? ''))
          throw new Error('the row still says search by meaning is being prepared');
      },
      { timeout: 10_000, interval: 5 },
    );
  };
  return { controller, locks, finish, settings: () => settings, last: () => views.at(-1)! };
}

const row = (view: OptionsView) => view.rows.find((listed) => listed.id === 'large')!;

describe('a large import', () => {
  test('ends the wait with the dataset listed and usable by words, then says when search by meaning is ready', async () => {
    const store = openDatasetStore(new IDBFactory());
    const { controller, finish, settings, last } = setUp(store);
    await controller.importFiles([FILE], 'auto');
    expect(last().busy).toBeNull();
    expect(last().outcomes[0]).toMatchObject({ ok: true });
    expect(row(last()).meaning).toBe(
      'Search by meaning is being prepared: until then this dataset’s claims are found by their words.',
    );
    expect((await (await store).loadIndex('large'))?.meaning).toBeUndefined();
    const revision = settings().revision;
    await finish();
    expect(row(last()).meaning).toMatch(/^Search by meaning is ready/);
    expect(settings().revision).toBe(revision + 1);
    expect((await (await store).loadIndex('large'))?.meaning?.parts[0]?.claimCount).toBe(3);
    const rendered = document.createElement('div');
    renderOptions(rendered, last(), { onImport() {}, onToggle() {}, onDelete() {}, onExport() {} });
    expect(rendered.querySelector('[data-dataset-id="large"] .dataset-meaning')?.textContent).toMatch(/is ready/);
  });

  test('a failure leaves the dataset usable by words, and its row says why search by meaning is missing', async () => {
    const store = openDatasetStore(new IDBFactory());
    const { controller, finish, settings, last } = setUp(store, { encoder: async () => null });
    await controller.importFiles([FILE], 'auto');
    const revision = settings().revision;
    await finish();
    expect(row(last()).meaning).toMatch(
      /^Search by meaning could not be prepared \(the word vectors could not be read\): .* words only/,
    );
    expect(settings().revision).toBe(revision);
    expect(row(last()).enabled).toBe(true);
    expect((await (await store).list())[0]?.meaningPending).toBe(true);
  });

  test('a page closed before the part was stored: the next page to open prepares it', async () => {
    const store = openDatasetStore(new IDBFactory());
    const first = setUp(store, { closeBeforeMeaning: true });
    await first.controller.importFiles([FILE], 'auto');
    // The page and its worker are gone; its lock went with it.
    first.locks.held.clear();
    const next = setUp(store);
    await next.controller.refresh();
    expect(row(next.last()).meaning).toMatch(/being prepared/);
    await next.controller.resumeMeaning();
    expect(row(next.last()).meaning).toMatch(/^Search by meaning is ready/);
    expect(next.settings().revision).toBe(1);
    expect((await (await store).loadIndex('large'))?.meaning?.parts[0]?.claimCount).toBe(3);
  });

  test('a page opening while another packs the part leaves it to that page', async () => {
    const store = openDatasetStore(new IDBFactory());
    const first = setUp(store);
    await first.controller.importFiles([FILE], 'auto');
    const next = setUp(store);
    // The importing page holds the dataset's lock while it packs.
    next.locks.held.add('provenance-meaning:large');
    await next.controller.refresh();
    await next.controller.resumeMeaning();
    expect(row(next.last()).meaning).toMatch(/being prepared/);
    expect((await (await store).loadIndex('large'))?.meaning).toBeUndefined();
    await first.finish();
    expect((await (await store).loadIndex('large'))?.meaning).toBeDefined();
  });

  test('datasets stored before the mark existed are not pending', async () => {
    const store = openDatasetStore(new IDBFactory());
    const { controller, last } = setUp(store, { closeBeforeMeaning: true });
    await controller.importFiles([{ name: 'small.jsonl', text: async () => JSONL.split('\n')[0]! }], 'auto');
    await controller.resumeMeaning();
    expect(last().rows.every((listed) => listed.meaning === null)).toBe(true);
  });
});
