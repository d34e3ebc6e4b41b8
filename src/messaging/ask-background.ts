/**
 * Asking the background from an extension page (popup, side panel) when the MV3 worker may vanish
 * mid-request: the browser stops an idle or busy worker whenever it likes, and an update or reload
 * replaces it. The request is sent once more to the fresh worker, and what the reader finally sees is
 * a sentence, never the browser's "Extension context invalidated".
 */
import { t } from '../i18n/messages';

/**
 * The browser's words for "the worker went away before it answered": stopped ("message port closed",
 * "message channel closed"), not yet running ("Receiving end does not exist", "Could not establish
 * connection"), or replaced by an update or reload ("Extension context invalidated").
 */
const WORKER_GONE =
  /message port closed|message channel closed|receiving end does not exist|could not establish connection|extension context invalidated/i;

/** True when `error` means the worker went away, so asking again may well succeed. */
export function isWorkerGone(error: unknown): boolean {
  return WORKER_GONE.test(error instanceof Error ? error.message : String(error));
}

/**
 * What the reader is told when asking failed: the browser's own message only when it says something a
 * reader can use, never its internal wording about contexts and ports.
 */
export function explainMessagingError(error: unknown): string {
  if (/extension context invalidated/i.test(error instanceof Error ? error.message : String(error))) {
    return t('failureRestarted');
  }
  if (isWorkerGone(error)) return t('failureWorkerStopped');
  return t('failureNoAnswer', error instanceof Error ? error.message : String(error));
}

/**
 * Calls `ask` and, when the worker went away before answering, calls it once more (the new message
 * wakes a fresh worker, which reads stored reports or redoes the analysis). Other errors, and a second
 * disappearance, are thrown to the caller.
 */
export async function askWithRetry<T>(ask: () => Promise<T>, retries = 1): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await ask();
    } catch (error) {
      if (attempt >= retries || !isWorkerGone(error)) throw error;
    }
  }
}
