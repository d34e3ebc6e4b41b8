/**
 * The popup's states, each with the sentence a reader sees, derived from the background's answer. The
 * popup keeps no state of its own: it asks, then renders whatever this function returns.
 */
import type { AnalyzeFailureReason, AnalyzeTabResult } from '../messaging/protocol';
import { unsupportedLanguageMessage } from './language-note';
import { toReportView, type ReportView } from './report-view';
import { t } from '../i18n/messages';

/** What the popup shows. */
export type PopupState =
  | { kind: 'analyzing' }
  | { kind: 'report'; view: ReportView }
  | { kind: 'no-matches'; view: ReportView; message: string }
  /** The page is in a language Provenance does not check: its title, and a sentence saying so. */
  | { kind: 'unsupported-language'; view: ReportView; message: string }
  | { kind: 'failure'; reason: AnalyzeFailureReason; message: string; canRetry: boolean };

/** "None of this article’s 14 sentences match a known claim." */
export function noMatchesMessage(sentenceCount: number): string {
  if (sentenceCount === 1) return t('noMatchesOnly');
  return t('noMatches', sentenceCount);
}

/** The state for the background's answer. Only errors offer "Try again": the other failures would not change. */
export function stateFromResult(result: AnalyzeTabResult): PopupState {
  if (!result.ok) {
    return { kind: 'failure', reason: result.reason, message: result.message, canRetry: result.reason === 'error' };
  }
  const view = toReportView(result.report);
  // `=== false`: a report stored before the flag existed was of a checked page.
  if (result.report.supported === false) {
    return { kind: 'unsupported-language', view, message: unsupportedLanguageMessage(result.report.article.lang) };
  }
  if (view.rows.length > 0) return { kind: 'report', view };
  return { kind: 'no-matches', view, message: noMatchesMessage(view.counts.checked) };
}

/** The tab named by `popup.html?tabId=N` (how tests and links open a given tab's report), else null. */
export function tabIdFromSearch(search: string): number | null {
  const value = new URLSearchParams(search).get('tabId');
  if (value === null || !/^\d+$/.test(value)) return null;
  return Number(value);
}
