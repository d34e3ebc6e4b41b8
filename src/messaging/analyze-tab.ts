/**
 * The background's `analyzeTab` handler: stored report when still valid, else extract → analyze →
 * store → badge. Every browser call and the engine come in as dependencies, so the whole decision
 * path runs in unit tests with fakes, and the MV3 worker only wires real ones in (entrypoints/background.ts).
 */
import type { Article } from '../extract/article';
import type { Report } from '../engine/report';
import type { AnalyzeTabResult, MessageData } from './protocol';
import { failureMessage } from './protocol';
import type { MessageSenderInfo } from './transport';
import { isExtensionPage } from './transport';
import { t } from '../i18n/messages';

/** What the handler needs from the browser and the engine. */
export interface AnalyzeTabDeps {
  /** `runtime.getURL('')`: only this extension's pages may ask for an analysis. */
  extensionOrigin: string;
  getTab(tabId: number): Promise<{ id: number; url?: string } | null>;
  isRestrictedUrl(url: string): boolean;
  store: {
    get(tabId: number, url: string): Promise<Report | null>;
    save(tabId: number, url: string, report: Report): Promise<void>;
  };
  extract(tabId: number): Promise<{ ok: true; article: Article } | Exclude<AnalyzeTabResult, { ok: true }>>;
  /** The engine over the enabled datasets; async because they are read from IndexedDB on first use. */
  analyze(article: Article): Report | Promise<Report>;
  showBadge(tabId: number, report: Report): Promise<void>;
}

/** Said when the page kept changing while it was read (an app that rewrites itself on a timer). */
export const pageChangedMessage = (): string => t('failurePageChanged');

/** `url` without its fragment: jumping to a heading does not change what the page says. */
function pageOf(url: string | undefined): string | undefined {
  return url?.replace(/#.*$/s, '');
}

const notAllowed = (): AnalyzeTabResult => ({ ok: false, reason: 'error', message: t('failureNotPopup') });

/**
 * Analyzes tab `tabId` (the stored report when still valid, unless `refresh`). The popup's request and
 * an automatic check of a listed site go through the same one, so they can share an analysis.
 */
export type TabAnalysis = (tabId: number, refresh?: boolean) => Promise<AnalyzeTabResult>;

/** Builds the analysis. Concurrent requests for one tab share one analysis. */
export function createTabAnalysis(deps: Omit<AnalyzeTabDeps, 'extensionOrigin'>): TabAnalysis {
  const inFlight = new Map<number, Promise<AnalyzeTabResult>>();

  async function analyzeTab(tabId: number, refresh: boolean, retried = false): Promise<AnalyzeTabResult> {
    const tab = await deps.getTab(tabId);
    if (!tab) return { ok: false, reason: 'no-tab', message: failureMessage('noTab') };
    // No URL means the browser withheld it (no activeTab grant yet); injection below says so properly.
    if (tab.url !== undefined && deps.isRestrictedUrl(tab.url)) {
      return { ok: false, reason: 'restricted', message: failureMessage('restricted') };
    }
    if (tab.url !== undefined && !refresh) {
      const stored = await deps.store.get(tabId, tab.url);
      if (stored) {
        await deps.showBadge(tabId, stored);
        return { ok: true, report: stored };
      }
    }
    const extracted = await deps.extract(tabId);
    if (!extracted.ok) return extracted;
    // A single-page app can change route (and text) between the URL read above and the extraction:
    // the text read would then be stored under the wrong URL. Read the page again, once.
    const now = await deps.getTab(tabId);
    if (tab.url !== undefined && pageOf(now?.url) !== pageOf(tab.url)) {
      if (!now) return { ok: false, reason: 'no-tab', message: failureMessage('noTab') };
      return retried ? { ok: false, reason: 'error', message: pageChangedMessage() } : analyzeTab(tabId, true, true);
    }
    let report: Report;
    try {
      report = await deps.analyze(extracted.article);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return { ok: false, reason: 'error', message: t('failureAnalysis', detail) };
    }
    await deps.store.save(tabId, tab.url ?? extracted.article.meta.url ?? '', report);
    await deps.showBadge(tabId, report);
    return { ok: true, report };
  }

  return (tabId, refresh = false) => {
    const running = inFlight.get(tabId);
    if (running) return running;
    const analysis = analyzeTab(tabId, refresh)
      .catch(
        (error: unknown): AnalyzeTabResult => ({
          ok: false,
          reason: 'error',
          message: t('failureUnexpected', error instanceof Error ? error.message : String(error)),
        }),
      )
      .finally(() => inFlight.delete(tabId));
    inFlight.set(tabId, analysis);
    return analysis;
  };
}

/**
 * Builds the `analyzeTab` message handler: only this extension's pages may ask. Pass `analysis` when
 * something else (the automatic check) shares it; by default the handler has its own.
 */
export function createAnalyzeTabHandler(
  deps: AnalyzeTabDeps,
  analysis: TabAnalysis = createTabAnalysis(deps),
): (data: MessageData<'analyzeTab'>, sender: MessageSenderInfo) => Promise<AnalyzeTabResult> {
  return async ({ tabId, refresh = false }, sender) =>
    isExtensionPage(sender, deps.extensionOrigin) ? analysis(tabId, refresh) : notAllowed();
}
