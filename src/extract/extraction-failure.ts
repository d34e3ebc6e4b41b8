/** The failure both halves of extraction give when something throws. */
import { t } from '../i18n/messages';
import type { ExtractFailure } from './article';

/** An `error` result with what went wrong, for a reader. */
export function extractionFailure(error: unknown): ExtractFailure {
  const detail = error instanceof Error ? error.message : String(error);
  return { ok: false, reason: 'error', message: t('failureCouldNotReadPage', detail) };
}
