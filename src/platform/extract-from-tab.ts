/**
 * Runs the on-demand extraction content script in a tab and brings back its `ExtractResult`. Failures
 * come back as values with a sentence the popup can show: the browser's own injection errors ("Cannot
 * access a chrome:// URL") mean nothing to a reader.
 */
import { browser } from 'wxt/browser';
import type { Article, ExtractResult } from '../extract/article';
import type { AnalyzeFailureReason } from '../messaging/protocol';
import { failureMessage } from '../messaging/protocol';
import { t } from '../i18n/messages';

/** The built content script (entrypoints/extract.content.ts, registration 'runtime'). */
export const EXTRACT_SCRIPT = '/content-scripts/extract.js';

/** An article, or why there is none. */
export type TabExtractResult =
  | { ok: true; article: Article }
  | { ok: false; reason: AnalyzeFailureReason; message: string };

/** Turns an injection error into a reason and a sentence for the reader. */
export function explainInjectionError(error: unknown): { reason: AnalyzeFailureReason; message: string } {
  const raw = error instanceof Error ? error.message : String(error);
  if (/cannot access a [\w-]+:\/\/ url|extensions gallery|cannot be scripted|webstore/i.test(raw)) {
    return { reason: 'restricted', message: failureMessage('restricted') };
  }
  if (/missing host permission|cannot access contents of|must request permission/i.test(raw)) {
    return { reason: 'error', message: failureMessage('noAccess') };
  }
  if (/no tab with id/i.test(raw)) return { reason: 'no-tab', message: failureMessage('noTab') };
  if (/error page/i.test(raw)) {
    return { reason: 'error', message: t('failurePageDidNotLoad') };
  }
  return { reason: 'error', message: t('failureCouldNotReadPage', raw) };
}

function isExtractResult(value: unknown): value is ExtractResult {
  if (typeof value !== 'object' || value === null) return false;
  const result = value as { ok?: unknown; article?: unknown; reason?: unknown };
  return result.ok === true
    ? typeof result.article === 'object' && result.article !== null
    : typeof result.reason === 'string';
}

/** Extracts the article in tab `tabId` (top frame only: the article is the page, not its ads' iframes). */
export async function extractFromTab(tabId: number): Promise<TabExtractResult> {
  let value: unknown;
  try {
    const [first] = await browser.scripting.executeScript({ target: { tabId }, files: [EXTRACT_SCRIPT] });
    value = first?.result;
  } catch (error) {
    return { ok: false, ...explainInjectionError(error) };
  }
  if (!isExtractResult(value)) {
    return {
      ok: false,
      reason: 'error',
      message: t('failureCouldNotReadPage', t('failureScriptReturnedNothing')),
    };
  }
  if (value.ok) return value;
  if (value.reason === 'not-an-article')
    return { ok: false, reason: 'not-an-article', message: failureMessage('notAnArticle') };
  return { ok: false, reason: 'error', message: value.message };
}
