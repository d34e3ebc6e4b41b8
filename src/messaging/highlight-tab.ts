/**
 * The background's side of in-page highlights: `highlightTab`, `revealClaim` and `emphasiseClaim`.
 * The claims come from the tab's stored report (the panel sends only indexes, so a page it shows can
 * never make the highlighter draw something the engine did not say). Browser calls come in as
 * dependencies, as for `analyzeTab`, so the decisions are unit-tested over fakes.
 */
import type { ClaimReport, Report } from '../engine/report';
import type {
  HighlightClaim,
  HighlightTabResult,
  PageMessageData,
  PageMessageReturn,
  PageMessageType,
  RevealResult,
} from './protocol';
import { failureMessage } from './protocol';
import type { Handlers, MessageSenderInfo } from './transport';
import { isExtensionPage } from './transport';
import { t } from '../i18n/messages';

/** What the handlers need from the browser. */
export interface HighlightTabDeps {
  /** `runtime.getURL('')`: only this extension's pages may ask. */
  extensionOrigin: string;
  getTab(tabId: number): Promise<{ id: number; url?: string } | null>;
  store: { get(tabId: number, url: string): Promise<Report | null> };
  /** Makes sure the highlighter (and its styles) run in the tab's page, or says why it cannot. */
  injectHighlighter(tabId: number): Promise<{ ok: true } | Extract<HighlightTabResult, { ok: false }>>;
  /** Sends a page message to the tab's highlighter; rejects when none listens. */
  sendToPage<K extends PageMessageType>(
    tabId: number,
    type: K,
    data: PageMessageData<K>,
  ): Promise<PageMessageReturn<K>>;
}

type HighlightHandlers = Pick<Handlers, 'highlightTab' | 'revealClaim' | 'emphasiseClaim'>;

const notAllowed = () => ({ ok: false, reason: 'error', message: t('failureNotOwnPage') }) as const;

/** The claims a reader sees cards for: those with a corroborating or conflicting source. */
export function highlightClaims(report: Report): HighlightClaim[] {
  return report.claims
    .filter((claim) => claim.conflicting.length > 0 || claim.corroborating.length > 0)
    .map((claim: ClaimReport) => ({
      index: claim.index,
      verdict: claim.conflicting.length > 0 ? 'conflicts' : 'corroborates',
      anchor: claim.anchor,
    }));
}

/** Builds the three handlers. */
export function createHighlightHandlers(deps: HighlightTabDeps): HighlightHandlers {
  type Failure = Extract<HighlightTabResult, { ok: false }>;

  async function reportFor(tabId: number): Promise<Report | Failure> {
    const tab = await deps.getTab(tabId);
    if (!tab) return { ok: false, reason: 'no-tab', message: failureMessage('noTab') };
    const report = tab.url === undefined ? null : await deps.store.get(tabId, tab.url);
    return report ?? { ok: false, reason: 'no-report', message: failureMessage('noReport') };
  }

  async function inject(tabId: number): Promise<Failure | null> {
    const injected = await deps.injectHighlighter(tabId);
    return injected.ok ? null : injected;
  }

  const allowed = (sender: MessageSenderInfo) => isExtensionPage(sender, deps.extensionOrigin);

  return {
    async highlightTab({ tabId, enabled }, sender) {
      if (!allowed(sender)) return notAllowed();
      if (!enabled) {
        // No highlighter in the page (never injected, or the page has navigated) means nothing is drawn.
        await deps.sendToPage(tabId, 'clearHighlights', {}).catch(() => undefined);
        return { ok: true, anchored: 0, total: 0 };
      }
      const report = await reportFor(tabId);
      if ('ok' in report) return report;
      const failed = await inject(tabId);
      if (failed) return failed;
      return deps.sendToPage(tabId, 'setHighlights', { claims: highlightClaims(report) });
    },

    async revealClaim({ tabId, index }, sender): Promise<RevealResult> {
      if (!allowed(sender)) return notAllowed();
      const report = await reportFor(tabId);
      if ('ok' in report) return report;
      const claim = highlightClaims(report).find((candidate) => candidate.index === index);
      if (!claim) return { ok: true, found: false };
      const failed = await inject(tabId);
      if (failed) return failed;
      const { found } = await deps.sendToPage(tabId, 'revealClaim', { claim });
      return { ok: true, found };
    },

    async emphasiseClaim({ tabId, index }, sender): Promise<RevealResult> {
      if (!allowed(sender)) return notAllowed();
      // Hovering must not inject anything: with highlights off there is nothing to emphasise.
      const answer = await deps.sendToPage(tabId, 'emphasiseClaim', { index }).catch(() => ({ found: false }));
      return { ok: true, found: answer.found };
    },
  };
}
