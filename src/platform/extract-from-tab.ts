/**
 * Runs the on-demand extraction content script in a tab, which reads the page's text, and makes the
 * article of that text here in the worker (`articleFromPage`). Failures come back as values with a
 * sentence the popup can show: the browser's own injection errors ("Cannot access a chrome:// URL") mean
 * nothing to a reader.
 */
import { browser } from 'wxt/browser';
import { isRecord } from '../claims/dataset-fields';
import type { Article } from '../extract/article';
import { articleFromPage } from '../extract/article-from-page';
import type { PageText, ReadPageResult } from '../extract/read-page';
import { prepareSegmenter } from '../extract/sentences';
import { type PhaseClock, timePhase, timePhaseAsync } from '../match/phase-clock';
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

/** The content script's answer, checked field by field: the worker reads nothing else of the page. */
function isPageText(value: unknown): value is PageText {
  if (!isRecord(value) || typeof value.text !== 'string' || typeof value.partial !== 'boolean') return false;
  if (!isRecord(value.meta) || !Array.isArray(value.paragraphs)) return false;
  const meta = value.meta;
  const stringOrNull = (key: string) => meta[key] === null || typeof meta[key] === 'string';
  return (
    ['title', 'byline', 'siteName', 'publishedTime', 'url', 'lang'].every(stringOrNull) &&
    value.paragraphs.every((p) => isRecord(p) && typeof p.start === 'number' && typeof p.role === 'string')
  );
}

function isReadPageResult(value: unknown): value is ReadPageResult {
  if (!isRecord(value)) return false;
  return value.ok === true ? isPageText(value.page) : value.ok === false && typeof value.reason === 'string';
}

/**
 * Extracts the article in tab `tabId` (top frame only: the article is the page, not its ads' iframes).
 * `clock` (the e2e build's bench) is told `extract:page`, the injection's round trip, and
 * `extract:article`, the worker's part.
 */
export async function extractFromTab(tabId: number, clock?: PhaseClock): Promise<TabExtractResult> {
  let value: unknown;
  try {
    const [first] = await timePhaseAsync(clock, 'extract:page', () => {
      const reading = browser.scripting.executeScript({ target: { tabId }, files: [EXTRACT_SCRIPT] });
      // While the page reads itself, the worker makes the segmenter the article's sentences will need.
      prepareSegmenter();
      return reading;
    });
    value = first?.result;
  } catch (error) {
    return { ok: false, ...explainInjectionError(error) };
  }
  if (!isReadPageResult(value)) {
    return {
      ok: false,
      reason: 'error',
      message: t('failureCouldNotReadPage', t('failureScriptReturnedNothing')),
    };
  }
  const read = value;
  const extracted = read.ok ? timePhase(clock, 'extract:article', () => articleFromPage(read.page)) : read;
  if (extracted.ok) return extracted;
  if (extracted.reason === 'not-an-article')
    return { ok: false, reason: 'not-an-article', message: failureMessage('notAnArticle') };
  return { ok: false, reason: 'error', message: extracted.message };
}
