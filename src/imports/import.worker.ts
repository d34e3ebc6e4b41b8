/**
 * The dedicated worker the options page imports each file in: the file's text is read, parsed, checked,
 * indexed and stored here (IndexedDB works in workers), so the page's main thread only paints the steps
 * this reports. One worker per file, ended when its import is; a second instance of this script packs
 * the claims by meaning beside it (meaning-helper.ts).
 */
import englishCatalog from '../../public/_locales/en/messages.json';
import { catalogSource, useMessageSource, type Catalog } from '../i18n/messages';
import { shippedEncoderFor } from '../match/default-sentence-encoder';
import { phaseTotals } from '../match/phase-clock';
import { decodeWordVectorFile } from '../nlp/word-vector-file';
import { loadWordVectors } from '../nlp/word-vectors';
import { openDatasetStore, type DatasetStore } from '../platform/dataset-store';
import { refused, runImportJob, type ImportJobResult } from './import-job';
import type { ImportRequest, ImportWorkerMessage, MeaningRequest } from './import-messages';
import { askMeaning, serveMeaning } from './meaning-helper';

/** The parts of a dedicated worker's global scope used here (the DOM library types `self` as a window). */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ImportRequest | MeaningRequest>) => void) | null;
  postMessage(message: ImportWorkerMessage): void;
};

scope.onmessage = (event) => {
  if (event.data.kind === 'meaning') {
    const { port, wordVectors } = event.data;
    // Read now, while the import worker reads and checks the file.
    const encoder = wordVectors
      ? wordVectors.arrayBuffer().then((bytes) => shippedEncoderFor(loadWordVectors(decodeWordVectorFile(bytes))))
      : Promise.resolve(null);
    // A failed read is told when the claims come: the import goes on without vectors by meaning.
    encoder.catch(() => undefined);
    serveMeaning(port, () => encoder);
  } else runImport(event.data);
};

function runImport({ file, format, builtInId, now, messages, meaningPort, wordVectors }: ImportRequest): void {
  // No browser.i18n in a worker: the page sends its catalog, and English answers any key it lacks.
  const english = englishCatalog as Catalog;
  useMessageSource(catalogSource(messages.catalog ?? english, messages.locale, english));
  let store: Promise<DatasetStore> | null = null;
  const post = (message: ImportWorkerMessage) => scope.postMessage(message);
  const phases = phaseTotals();
  void (async () => {
    let result: ImportJobResult;
    const started = performance.now();
    try {
      result = await runImportJob(file, format, {
        store: () => (store ??= openDatasetStore()),
        builtInId,
        now: () => now,
        step: async (message) => post({ kind: 'step', message }),
        meaning: meaningPort ? (claims, clock) => askMeaning(meaningPort, claims, clock) : undefined,
        encoder: async () =>
          wordVectors
            ? shippedEncoderFor(loadWordVectors(decodeWordVectorFile(await wordVectors.arrayBuffer())))
            : null,
        clock: phases.clock,
      });
    } catch (error) {
      result = refused(file.name, [error instanceof Error ? error.message : String(error)]);
    }
    // Assigned inside the job's callback, which TypeScript cannot see.
    const opened = store as Promise<DatasetStore> | null;
    if (opened) (await opened).close();
    phases.clock('job', performance.now() - started);
    post({ kind: 'done', result, phases: phases.totals() });
  })();
}
