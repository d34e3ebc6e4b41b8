/**
 * The background's `analyzeTab` handler: stored report when still valid, else extract → analyze → badge → answer, the
 * report stored behind the answer. Every browser call and the engine come in as dependencies, so the whole decision
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
  /**
   * Starts building the engine, if it is not built, while the page is read: the extraction runs in the
   * page's process and the worker would otherwise wait idle. Failures surface in `analyze`.
   */
  prepare?(): void;
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

/**
 * Builds the analysis. Concurrent requests for one tab share one analysis, from its start until its
 * report is stored (which ends after the answer is sent).
 */
export function createTabAnalysis(deps: Omit<AnalyzeTabDeps, 'extensionOrigin'>): TabAnalysis {
  const inFlight = new Map<number, { analysis: Promise<AnalyzeTabResult>; answered: boolean }>();

  /** The answer, and the write of its report still under way when it is sent. */
  type Answer = AnalyzeTabResult & { saved?: Promise<void> };

  async function analyzeTab(tabId: number, refresh: boolean, retried = false): Promise<Answer> {
    const tab = await deps.getTab(tabId);
    if (!tab) return { ok: false, reason: 'no-tab', message: failureMessage('noTab') };
    // No URL means the browser withheld it (no activeTab grant yet); injection below says so properly.
    if (tab.url !== undefined && deps.isRestrictedUrl(tab.url)) {
      return { ok: false, reason: 'restricted', message: failureMessage('restricted') };
    }
    if (tab.url !== undefined && !refresh) {
      const stored = await deps.store.get(tabId, tab.url);
      if (stored) {
        // The tab's badge was set when this report was made and stays with the tab (a navigation drops
        // both): set again behind the answer, so a re-open waits for the look-up alone.
        void deps.showBadge(tabId, stored).catch(() => undefined);
        return { ok: true, report: stored };
      }
    }
    deps.prepare?.();
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
    await deps.showBadge(tabId, report);
    // The reader waits for the answer, not for the write (30–40 ms of storage.session in Chromium):
    // the report is saved after it is sent. Until the write ends, a second request for the tab shares
    // this analysis (see below), so a re-open never misses a report that is being saved.
    const saved = deps.store.save(tabId, tab.url ?? extracted.article.meta.url ?? '', report);
    return { ok: true, report, saved };
  }

  return (tabId, refresh = false) => {
    const running = inFlight.get(tabId);
    // "Try again" after the answer was sent asks for a new analysis, not the one still being saved.
    if (running && !(refresh && running.answered)) return running.analysis;
    const run = analyzeTab(tabId, refresh).catch(
      (error: unknown): Answer => ({
        ok: false,
        reason: 'error',
        message: t('failureUnexpected', error instanceof Error ? error.message : String(error)),
      }),
    );
    const entry = {
      analysis: run.then(({ saved: _saved, ...result }): AnalyzeTabResult => result),
      answered: false,
    };
    inFlight.set(tabId, entry);
    // A failed write costs only the re-open's shortcut: the next click analyzes again.
    void run
      .then(({ saved }) => {
        entry.answered = true;
        return saved;
      })
      .catch(() => undefined)
      .finally(() => {
        if (inFlight.get(tabId) === entry) inFlight.delete(tabId);
      });
    return entry.analysis;
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
