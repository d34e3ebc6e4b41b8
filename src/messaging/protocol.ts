/**
 * The one protocol map: every message the extension's pages send to the background, declared as
 * `name(data): Return`. Senders and handlers are typed from this map (see `transport.ts`), so a message
 * name or payload cannot drift between the popup and the background.
 */
import type { Report } from '../engine/report';

/** Why a tab has no report; each has a sentence the popup shows as is. */
export type AnalyzeFailureReason = 'restricted' | 'not-an-article' | 'no-tab' | 'error';

/** What the popup gets back for a tab: the report, or a reason it can show. Errors are values. */
export type AnalyzeTabResult =
  | { ok: true; report: Report }
  | { ok: false; reason: AnalyzeFailureReason; message: string };

/** Every message, as `name(data): Return`. */
export interface ProtocolMap {
  /**
   * Analyse the article in tab `tabId`: the stored report when it is still for the tab's URL,
   * else extract, analyse, store, and set the badge. `refresh` skips the stored report ("Try again").
   */
  analyzeTab(data: { tabId: number; refresh?: boolean }): AnalyzeTabResult;
}

/** A message name. */
export type MessageType = keyof ProtocolMap;
/** The payload of message `K`. */
export type MessageData<K extends MessageType> = Parameters<ProtocolMap[K]>[0];
/** What message `K` resolves to. */
export type MessageReturn<K extends MessageType> = ReturnType<ProtocolMap[K]>;

/** The envelope on the wire. */
export interface Envelope<K extends MessageType = MessageType> {
  type: K;
  data: MessageData<K>;
}

/** The sentences the popup shows for each failure; the background fills `message` from here. */
export const FAILURE_MESSAGES = {
  restricted:
    'Provenance can’t read this kind of page (browser pages and extension stores are off-limits to extensions).',
  notAnArticle: 'No article found on this page.',
  noTab: 'This tab is gone. Open an article and click Provenance again.',
  noActiveTab: 'Open a news article, then click Provenance.',
  noAccess: 'Provenance can only read a page after you click its toolbar button on that page. Click it again here.',
} as const;
