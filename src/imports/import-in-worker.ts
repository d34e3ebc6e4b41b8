/**
 * The options page's side of an import: starts a worker for `file`, relays its steps, and resolves to how
 * it ended. A worker that fails to start or crashes ends the import with its error, never silently.
 */
import type { FormatChoice } from '../claims/import-dataset';
import { t } from '../i18n/messages';
import type { PhaseClock } from '../match/phase-clock';
import type { UiMessages } from '../platform/ui-catalog';
import { refused, type ImportJobResult } from './import-job';
import type { ImportRequest, ImportWorkerMessage } from './import-messages';
import ImportWorker from './import.worker?worker';

/**
 * Imports `file` in a worker. `wordVectors` reads the shipped word-vector file for it (a failed read only
 * leaves the index without vectors by meaning). `clock`, when given, is told the worker's phases
 * (import-job.ts) and the page's: `page:vectors` (reading the word vectors before the request is sent)
 * and `page:worker` (from the request sent to the worker's answer).
 */
export function importInWorker(
  file: File,
  format: FormatChoice,
  builtInId: string,
  step: (message: string) => void,
  messages: UiMessages,
  wordVectors: () => Promise<ArrayBuffer> = () => Promise.reject(new Error('no word vectors')),
  clock?: PhaseClock,
): Promise<ImportJobResult> {
  return new Promise((resolve) => {
    const started = performance.now();
    let sent = started;
    const worker = new ImportWorker();
    const end = (result: ImportJobResult) => {
      worker.terminate();
      resolve(result);
    };
    worker.onmessage = (event: MessageEvent<ImportWorkerMessage>) => {
      if (event.data.kind === 'step') step(event.data.message);
      else {
        clock?.('page:worker', performance.now() - sent);
        for (const { phase, ms } of event.data.phases) clock?.(phase, ms);
        end(event.data.result);
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      end(refused(file.name, [t('importWorkerStopped', event.message || t('importWorkerFailed'))]));
    };
    const now = new Date().toISOString();
    void wordVectors()
      .catch(() => null)
      .then((vectors) => {
        const request: ImportRequest = { file, format, builtInId, now, messages, wordVectors: vectors };
        sent = performance.now();
        clock?.('page:vectors', sent - started);
        worker.postMessage(request);
      });
  });
}
