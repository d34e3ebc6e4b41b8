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
 * Imports `file` in a worker, with a second one packing its claims by meaning (meaning-helper.ts).
 * `wordVectors` reads the shipped word-vector file for the second, as a Blob the worker reads (a failed read only leaves the index
 * without vectors by meaning); the import starts without waiting for it. `clock`, when given, is told
 * the workers' phases (import-job.ts) and the page's: `page:vectors` (reading the word vectors) and
 * `page:worker` (from the request sent to the worker's answer).
 */
export function importInWorker(
  file: File,
  format: FormatChoice,
  builtInId: string,
  step: (message: string) => void,
  messages: UiMessages,
  wordVectors: () => Promise<Blob> = () => Promise.reject(new Error('no word vectors')),
  clock?: PhaseClock,
): Promise<ImportJobResult> {
  return new Promise((resolve) => {
    const started = performance.now();
    const worker = new ImportWorker();
    const helper = new ImportWorker();
    const channel = new MessageChannel();
    const end = (result: ImportJobResult) => {
      worker.terminate();
      helper.terminate();
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
    worker.onerror = helper.onerror = (event) => {
      event.preventDefault();
      end(refused(file.name, [t('importWorkerStopped', event.message || t('importWorkerFailed'))]));
    };
    const now = new Date().toISOString();
    const request: ImportRequest = {
      kind: 'import',
      meaningPort: channel.port1,
      file,
      format,
      builtInId,
      now,
      messages,
    };
    worker.postMessage(request, [channel.port1]);
    // A Blob is passed by reference, and read in the worker: the page keeps it for the next file.
    void wordVectors()
      .catch(() => null)
      .then((vectors) => {
        clock?.('page:vectors', performance.now() - started);
        const meaning: MeaningRequest = { kind: 'meaning', port: channel.port2, wordVectors: vectors };
        helper.postMessage(meaning, [channel.port2]);
      });
  });
}
