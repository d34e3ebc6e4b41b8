/**
 * The options page's side of an import: starts a worker for `file`, relays its steps, and resolves to how
 * it ended. A worker that fails to start or crashes ends the import with its error, never silently.
 */
import type { FormatChoice } from '../claims/import-dataset';
import { t } from '../i18n/messages';
import type { PhaseClock } from '../match/phase-clock';
import type { UiMessages } from '../platform/ui-catalog';
import { refused, type ImportJobResult } from './import-job';
import type { ImportRequest, ImportWorkerMessage, MeaningRequest, PrepareMeaningRequest } from './import-messages';
import { DEFER_MEANING_ABOVE, type MeaningOutcome } from './meaning-later';
import ImportWorker from './import.worker?worker';

/**
 * Imports `file` in a worker; with `aside`, a second one packs its claims by meaning beside it
 * (meaning-helper.ts). `wordVectors` reads the shipped word-vector file, as a Blob the worker that packs
 * by meaning reads (a failed read only leaves the index without vectors by meaning); with a helper, the
 * import starts without waiting for it. `clock`, when given, is told the workers' phases (import-job.ts)
 * and the page's: `page:vectors` (reading the word vectors) and `page:worker` (from the import's start
 * to the worker's answer). For a dataset of more than `later.above` claims, the import resolves once it
 * is stored and usable by words; the worker goes on packing its part by meaning, and `later.done` is told
 * how that ended (and `clock`, `page:meaning`: from the import's start to then) before the worker ends.
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
  later: { above: number; done(outcome: MeaningOutcome): void } = { above: DEFER_MEANING_ABOVE, done: () => {} },
): Promise<ImportJobResult> {
  return new Promise((resolve) => {
    const started = performance.now();
    const worker = new ImportWorker();
    const helper = aside ? new ImportWorker() : null;
    let answered = false;
    const stop = () => {
      worker.terminate();
      helper?.terminate();
    };
    // The worker sends its totals so far with each answer: each phase is told what it gained since.
    const told = new Map<string, number>();
    const tell = (phases: ReadonlyArray<{ phase: string; ms: number }>) => {
      for (const { phase, ms } of phases) {
        const before = told.get(phase);
        if (before === undefined || ms > before) clock?.(phase, ms - (before ?? 0));
        told.set(phase, ms);
      }
    };
    const end = (result: ImportJobResult) => {
      answered = true;
      // A dataset stored before its part by meaning: the worker goes on, and ends with that part.
      if (!(result.ok && result.meaningPending)) stop();
      resolve(result);
    };
    worker.onmessage = (event: MessageEvent<ImportWorkerMessage>) => {
      const message = event.data;
      if (message.kind === 'step') step(message.message);
      else if (message.kind === 'done') {
        clock?.('page:worker', performance.now() - started);
        tell(message.phases);
        end(message.result);
      } else {
        clock?.('page:meaning', performance.now() - started);
        tell(message.phases);
        stop();
        later.done(message.outcome);
      }
    };
    const stopped = (event: ErrorEvent) => {
      event.preventDefault();
      const reason = t('importWorkerStopped', event.message || t('importWorkerFailed'));
      if (!answered) end(refused(file.name, [reason]));
      else {
        // After the dataset was stored: it stays usable by words, and the reader is told why not by meaning.
        stop();
        later.done({ kind: 'failed', reason });
      }
    };
    worker.onerror = stopped;
    if (helper) helper.onerror = stopped;
    const request = {
      kind: 'import',
      file,
      format,
      builtInId,
      now: new Date().toISOString(),
      messages,
      deferMeaningAbove: later.above,
    } as const;
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

/**
 * Packs and adds, in a worker, the part by meaning of stored dataset `id` that an import left pending
 * (its page closed first); resolves to how that ended, never rejects.
 */
export function prepareMeaningInWorker(
  id: string,
  messages: UiMessages,
  wordVectors: () => Promise<Blob>,
): Promise<MeaningOutcome> {
  return new Promise((resolve) => {
    const worker = new ImportWorker();
    const end = (outcome: MeaningOutcome) => {
      worker.terminate();
      resolve(outcome);
    };
    worker.onmessage = (event: MessageEvent<ImportWorkerMessage>) => {
      if (event.data.kind === 'meaning') end(event.data.outcome);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      end({ kind: 'failed', reason: t('importWorkerStopped', event.message || t('importWorkerFailed')) });
    };
    void wordVectors()
      .catch(() => null)
      .then((read) => {
        const request: PrepareMeaningRequest = { kind: 'prepare-meaning', id, messages, wordVectors: read };
        worker.postMessage(request);
      });
  });
}
