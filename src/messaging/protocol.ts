/**
 * The one protocol map: every message the extension's pages send to the background, declared as
 * `name(data): Return`. Senders and handlers are typed from this map (see `transport.ts`), so a message
 * name or payload cannot drift between the popup and the background.
 */
import type { SentenceAnchor } from '../extract/article';
import type { Report } from '../engine/report';
import { t, type MessageKey } from '../i18n/messages';

/** Why a tab has no report; each has a sentence the popup shows as is. */
export type AnalyzeFailureReason = 'restricted' | 'not-an-article' | 'no-tab' | 'error';

/** What the popup gets back for a tab: the report, or a reason it can show. Errors are values. */
export type AnalyzeTabResult =
  | { ok: true; report: Report }
  | { ok: false; reason: AnalyzeFailureReason; message: string };

/** Why a tab's claims cannot be highlighted; each has a sentence the side panel shows as is. */
export type HighlightFailureReason = 'no-report' | 'unsupported' | AnalyzeFailureReason;

/** How highlighting went: how many of the claims were found in the page, or why none could be. */
export type HighlightTabResult =
  | { ok: true; anchored: number; total: number }
  | { ok: false; reason: HighlightFailureReason; message: string };

/** Whether a claim was found in the page to scroll to or emphasise. */
export type RevealResult =
  | { ok: true; found: boolean }
  | { ok: false; reason: HighlightFailureReason; message: string };

/** Every message the extension's pages send to the background, as `name(data): Return`. */
export interface ProtocolMap {
  /**
   * Analyze the article in tab `tabId`: the stored report when it is still for the tab's URL,
   * else extract, analyze, store, and set the badge. `refresh` skips the stored report ("Try again").
   */
  analyzeTab(data: { tabId: number; refresh?: boolean }): AnalyzeTabResult;
  /** Highlight, in tab `tabId`'s page, the claims its stored report has sources for; or remove them all. */
  highlightTab(data: { tabId: number; enabled: boolean }): HighlightTabResult;
  /** Scroll tab `tabId` to claim `index` (a `ClaimReport.index`) and flash it, highlights on or off. */
  revealClaim(data: { tabId: number; index: number }): RevealResult;
  /** Emphasise claim `index`'s highlight in tab `tabId` while its card is hovered; null ends it. */
  emphasiseClaim(data: { tabId: number; index: number | null }): RevealResult;
}

/** One claim the page highlighter draws: which sentence, and in which style. */
export interface HighlightClaim {
  index: number;
  verdict: 'conflicts' | 'corroborates';
  anchor: SentenceAnchor;
}

/** What the page highlighter reports after drawing. `unsupported`: no CSS Custom Highlight API here. */
export type PageHighlightResult =
  | { ok: true; anchored: number; total: number }
  | { ok: false; reason: 'unsupported'; message: string };

/**
 * Every message the background sends to the on-demand highlighter content script in a tab
 * (`tabs.sendMessage`). The highlighter answers only these, and only from this extension's background.
 */
export interface PageProtocolMap {
  setHighlights(data: { claims: HighlightClaim[] }): PageHighlightResult;
  clearHighlights(data: Record<string, never>): { ok: true };
  revealClaim(data: { claim: HighlightClaim }): { found: boolean };
  emphasiseClaim(data: { index: number | null }): { found: boolean };
}

/**
 * What the page highlighter tells the side panel unasked (`runtime.sendMessage` from the content
 * script, so `sender.tab` says which tab): the page deleted or replaced the marks `restored` times
 * (each time they were drawn again), and the claims in `changed` lost their marks because the page
 * changed or removed their sentences after they were checked. Both count since the marks were last set.
 */
export interface PanelEventMap {
  highlightsDisturbed(data: { restored: number; changed: number[] }): void;
}

/** A message name. */
export type MessageType = keyof ProtocolMap;
/** The payload of message `K`. */
export type MessageData<K extends MessageType> = Parameters<ProtocolMap[K]>[0];
/** What message `K` resolves to. */
export type MessageReturn<K extends MessageType> = ReturnType<ProtocolMap[K]>;

/** A message to the page highlighter. */
export type PageMessageType = keyof PageProtocolMap;
/** The payload of page message `K`. */
export type PageMessageData<K extends PageMessageType> = Parameters<PageProtocolMap[K]>[0];
/** What page message `K` resolves to. */
export type PageMessageReturn<K extends PageMessageType> = ReturnType<PageProtocolMap[K]>;

/** The envelope on the wire. */
export interface Envelope<K extends string = string> {
  type: K;
  data: unknown;
}

/** The sentences the popup shows for each failure; the background fills `message` from here. */
const FAILURE_KEYS = {
  restricted: 'failureRestricted',
  notAnArticle: 'failureNotAnArticle',
  noTab: 'failureNoTab',
  noActiveTab: 'failureNoActiveTab',
  noAccess: 'failureNoAccess',
  noReport: 'failureNoReport',
  noHighlightApi: 'failureNoHighlightApi',
  highlighterDidNotStart: 'failureHighlighterDidNotStart',
} as const satisfies Record<string, MessageKey>;

/** The sentence for `failure`, in the reader's language. */
export const failureMessage = (failure: keyof typeof FAILURE_KEYS): string => t(FAILURE_KEYS[failure]);
