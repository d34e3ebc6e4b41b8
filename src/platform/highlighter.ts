/**
 * Puts the on-demand highlighter content script (entrypoints/highlights.content.ts) and its styles into
 * a tab, and sends it page messages. The styles go in once per document, when the script reports it
 * has just started there, so re-injecting (every "Show in page") never stacks copies of the sheet.
 */
import { browser } from 'wxt/browser';
import { highlightCss, type HighlightNames } from '../highlights/highlight-styles';
import {
  failureMessage,
  type HighlightTabResult,
  type PageMessageData,
  type PageMessageReturn,
  type PageMessageType,
} from '../messaging/protocol';
import { sendPageMessage } from '../messaging/transport';
import { explainInjectionError } from './extract-from-tab';

/** The built content script (registration 'runtime': never in the manifest). */
export const HIGHLIGHT_SCRIPT = '/content-scripts/highlights.js';

/**
 * What the content script's `main` returns: whether this injection started it or found it running,
 * and the document's highlight names, which the stylesheet is written for.
 */
export interface HighlighterStart {
  state: 'started' | 'running';
  names: HighlightNames;
}

function isHighlighterStart(value: unknown): value is HighlighterStart {
  const start = value as HighlighterStart | null;
  return (
    typeof start === 'object' &&
    start !== null &&
    (start.state === 'started' || start.state === 'running') &&
    typeof start.names === 'object'
  );
}

/** Injects the highlighter into tab `tabId`'s top frame (and its styles the first time), or says why not. */
export async function injectHighlighter(
  tabId: number,
): Promise<{ ok: true } | Extract<HighlightTabResult, { ok: false }>> {
  try {
    const [first] = await browser.scripting.executeScript({ target: { tabId }, files: [HIGHLIGHT_SCRIPT] });
    const start = first?.result;
    if (!isHighlighterStart(start))
      return { ok: false, reason: 'error', message: failureMessage('highlighterDidNotStart') };
    if (start.state === 'started') {
      const sheets = highlightCss(start.names);
      // The verdict's underlines as a user sheet: its !important declarations outrank the page's sheets.
      await browser.scripting.insertCSS({ target: { tabId }, css: sheets.user, origin: 'USER' });
      await browser.scripting.insertCSS({ target: { tabId }, css: sheets.author });
    }
    return { ok: true };
  } catch (error) {
    return { ok: false, ...explainInjectionError(error) };
  }
}

/** Sends page message `type` to the highlighter in tab `tabId`. */
export function sendToPage<K extends PageMessageType>(
  tabId: number,
  type: K,
  data: PageMessageData<K>,
): Promise<PageMessageReturn<K>> {
  return sendPageMessage(browser.tabs, tabId, type, data);
}
