/**
 * The options page's side of an import: starts a worker for `file`, relays its steps, and resolves to how
 * it ended. A worker that fails to start or crashes ends the import with its error, never silently.
 */
import type { FormatChoice } from '../claims/import-dataset';
import { t } from '../i18n/messages';
import type { PhaseClock } from '../match/phase-clock';
import type { UiMessages } from '../platform/ui-catalog';
import { refused, type ImportJobResult } from './import-job';
import type { ImportRequest, ImportWorkerMessage, MeaningRequest } from './import-messages';
import ImportWorker from './import.worker?worker';

/**
 * Imports `file` in a worker; with `aside`, a second one packs its claims by meaning beside it
 * (meaning-helper.ts). `wordVectors` reads the shipped word-vector file, as a Blob the worker that packs
 * by meaning reads (a failed read only leaves the index without vectors by meaning); with a helper, the
 * import starts without waiting for it. `clock`, when given, is told the workers' phases (import-job.ts)
 * and the page's: `page:vectors` (reading the word vectors) and `page:worker` (from the import's start
 * to the worker's answer).
 */
export function importInWorker(
  file: File,
  format: FormatChoice,
  builtInId: string,
  step: (message: string) => void,
  messages: UiMessages,
  wordVectors: () => Promise<Blob> = () => Promise.reject(new Error('no word vectors')),
  clock?: PhaseClock,
  aside = false,
): Promise<ImportJobResult> {
  return new Promise((resolve) => {
    const started = performance.now();
    const worker = new ImportWorker();
    const helper = aside ? new ImportWorker() : null;
    const end = (result: ImportJobResult) => {
      worker.terminate();
      helper?.terminate();
      resolve(result);
    };
    worker.onmessage = (event: MessageEvent<ImportWorkerMessage>) => {
      if (event.data.kind === 'step') step(event.data.message);
      else {
        clock?.('page:worker', performance.now() - started);
        for (const { phase, ms } of event.data.phases) clock?.(phase, ms);
        end(event.data.result);
      }
    };
    const stopped = (event: ErrorEvent) => {
      event.preventDefault();
      end(refused(file.name, [t('importWorkerStopped', event.message || t('importWorkerFailed'))]));
    };
    worker.onerror = stopped;
    if (helper) helper.onerror = stopped;
    const request = { kind: 'import', file, format, builtInId, now: new Date().toISOString(), messages } as const;
    // A Blob is passed by reference, and read in the worker: the page keeps it for the next file.
    const vectors = wordVectors()
      .catch(() => null)
      .then((read) => {
        clock?.('page:vectors', performance.now() - started);
        return read;
      });
    if (helper) {
      const channel = new MessageChannel();
      const importing: ImportRequest = { ...request, meaningPort: channel.port1, wordVectors: null };
      worker.postMessage(importing, [channel.port1]);
      void vectors.then((read) => {
        const meaning: MeaningRequest = { kind: 'meaning', port: channel.port2, wordVectors: read };
        helper.postMessage(meaning, [channel.port2]);
      });
    } else
      void vectors.then((read) => {
        const importing: ImportRequest = { ...request, meaningPort: null, wordVectors: read };
        worker.postMessage(importing);
      });
  });
}
