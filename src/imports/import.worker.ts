/**
 * The dedicated worker the options page imports each file in: the file's text is read, parsed, checked,
 * indexed and stored here (IndexedDB works in workers), so the page's main thread only paints the steps
 * this reports. One worker per file, ended when its import is (for a large dataset, once its part by
 * meaning is stored too: meaning-later.ts); a second instance of this script packs the claims by meaning
 * beside it (meaning-helper.ts), and another packs the part a closed page left pending.
 */
import englishCatalog from '../../public/_locales/en/messages.json';
import { catalogSource, useMessageSource, type Catalog } from '../i18n/messages';
import { shippedEncoderFor } from '../match/default-sentence-encoder';
import { phaseTotals } from '../match/phase-clock';
import type { SentenceEncoder } from '../match/sentence-encoder';
import { decodeWordVectorFile } from '../nlp/word-vector-file';
import { loadWordVectors } from '../nlp/word-vectors';
import { openDatasetStore, type DatasetStore } from '../platform/dataset-store';
import type { UiMessages } from '../platform/ui-catalog';
import { importInStages, refused, type StagedImport } from './import-job';
import type { ImportRequest, ImportWorkerMessage, MeaningRequest, PrepareMeaningRequest } from './import-messages';
import { askMeaning, serveMeaning } from './meaning-helper';
import { failed, prepareStoredMeaning, type MeaningOutcome } from './meaning-later';

/** The parts of a dedicated worker's global scope used here (the DOM library types `self` as a window). */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ImportRequest | MeaningRequest | PrepareMeaningRequest>) => void) | null;
  postMessage(message: ImportWorkerMessage): void;
};

scope.onmessage = (event) => {
  if (event.data.kind === 'meaning') {
    const { port, wordVectors } = event.data;
    // Read now, while the import worker reads and checks the file.
    const encoder = wordVectors ? encoderFrom(wordVectors) : Promise.resolve(null);
    // A failed read is told when the claims come: the import goes on without vectors by meaning.
    encoder.catch(() => undefined);
    serveMeaning(port, () => encoder);
  } else if (event.data.kind === 'prepare-meaning') prepareMeaning(event.data);
  else runImport(event.data);
};

const post = (message: ImportWorkerMessage) => scope.postMessage(message);

async function encoderFrom(wordVectors: Blob): Promise<SentenceEncoder | null> {
  return shippedEncoderFor(loadWordVectors(decodeWordVectorFile(await wordVectors.arrayBuffer())));
}

/** No browser.i18n in a worker: the page sends its catalog, and English answers any key it lacks. */
function useCatalog(messages: UiMessages): void {
  const english = englishCatalog as Catalog;
  useMessageSource(catalogSource(messages.catalog ?? english, messages.locale, english));
}

function runImport(request: ImportRequest): void {
  const { file, format, builtInId, now, messages, meaningPort, wordVectors, deferMeaningAbove } = request;
  useCatalog(messages);
  let store: Promise<DatasetStore> | null = null;
  const phases = phaseTotals();
  void (async () => {
    let staged: StagedImport;
    const started = performance.now();
    try {
      staged = await importInStages(file, format, {
        store: () => (store ??= openDatasetStore()),
        builtInId,
        now: () => now,
        step: async (message) => post({ kind: 'step', message }),
        meaning: meaningPort ? (claims, clock) => askMeaning(meaningPort, claims, clock) : undefined,
        encoder: async () => (wordVectors ? encoderFrom(wordVectors) : null),
        clock: phases.clock,
        deferMeaningAbove,
      });
    } catch (error) {
      staged = { result: refused(file.name, [error instanceof Error ? error.message : String(error)]), later: null };
    }
    phases.clock('job', performance.now() - started);
    // Assigned inside the job's callback, which TypeScript cannot see.
    const close = () =>
      (store as Promise<DatasetStore> | null)?.then((opened) => opened.close()).catch(() => undefined);
    const { result, later } = staged;
    // Closed before the answer that ends this worker, so that no connection is left to the page's end.
    if (!later || !result.ok) await close();
    post({ kind: 'done', result, phases: phases.totals() });
    if (!later || !result.ok) return;
    const outcome = await later().catch(failed);
    phases.clock('later', performance.now() - started);
    await close();
    post({ kind: 'meaning', id: result.id, outcome, phases: phases.totals() });
  })();
}

function prepareMeaning({ id, messages, wordVectors }: PrepareMeaningRequest): void {
  useCatalog(messages);
  const phases = phaseTotals();
  void (async () => {
    let outcome: MeaningOutcome;
    try {
      const store = await openDatasetStore();
      outcome = await prepareStoredMeaning(store, id, {
        encoder: async () => (wordVectors ? encoderFrom(wordVectors) : null),
        clock: phases.clock,
      });
      store.close();
    } catch (error) {
      outcome = failed(error);
    }
    post({ kind: 'meaning', id, outcome, phases: phases.totals() });
  })();
}
