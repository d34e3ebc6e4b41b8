/**
 * A thin typed transport over `runtime.sendMessage` / `runtime.onMessage`. The runtime is passed in, so
 * this file never touches `browser.*` and handlers can be tested with a fake.
 */
import type {
  Envelope,
  MessageData,
  MessageReturn,
  MessageType,
  PanelEventMap,
  PageMessageData,
  PageMessageReturn,
  PageMessageType,
  ProtocolMap,
} from './protocol';

/** The sender facts a handler checks. */
export interface MessageSenderInfo {
  id?: string;
  tab?: { id?: number };
  url?: string;
}

/** The parts of `browser.runtime` the transport uses. */
export interface RuntimeLike {
  id: string;
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: {
    addListener(listener: (message: unknown, sender: MessageSenderInfo) => Promise<unknown> | undefined): void;
  };
}

/** The part of `browser.tabs` that sends to a tab's content scripts. */
export interface TabsLike {
  sendMessage(tabId: number, message: unknown): Promise<unknown>;
}

/** One handler per message of protocol map `M`: a plain async function of the payload and the sender. */
export type HandlersOf<M> = {
  [K in keyof M]: M[K] extends (data: infer D) => infer R ? (data: D, sender: MessageSenderInfo) => Promise<R> : never;
};

/** The background's handlers: one per message of {@link ProtocolMap}. */
export type Handlers = HandlersOf<ProtocolMap>;

function isEnvelope(message: unknown): message is Envelope {
  return typeof message === 'object' && message !== null && typeof (message as Envelope).type === 'string';
}

/** Sends message `type` to the background and resolves to the handler's typed answer. */
export async function sendMessage<K extends MessageType>(
  runtime: Pick<RuntimeLike, 'sendMessage'>,
  type: K,
  data: MessageData<K>,
): Promise<MessageReturn<K>> {
  const envelope: Envelope<K> = { type, data };
  return (await runtime.sendMessage(envelope)) as MessageReturn<K>;
}

/** Sends panel event `type` from a content script to whichever side panel listens (none: it rejects). */
export async function sendPanelEvent<K extends keyof PanelEventMap>(
  runtime: Pick<RuntimeLike, 'sendMessage'>,
  type: K,
  data: Parameters<PanelEventMap[K]>[0],
): Promise<void> {
  await runtime.sendMessage({ type, data });
}

/**
 * Sends page message `type` to the highlighter in tab `tabId` (top frame). Rejects when no highlighter
 * listens there (never injected, or the tab navigated), which callers treat as "nothing drawn".
 */
export async function sendPageMessage<K extends PageMessageType>(
  tabs: TabsLike,
  tabId: number,
  type: K,
  data: PageMessageData<K>,
): Promise<PageMessageReturn<K>> {
  const envelope: Envelope<K> = { type, data };
  return (await tabs.sendMessage(tabId, envelope)) as PageMessageReturn<K>;
}

/**
 * Routes protocol messages to `handlers`. Anything whose sender is not this extension is ignored: today
 * only our own contexts reach onMessage, and the check keeps it so if the manifest ever opens messaging
 * to others. Our content scripts carry our id too, so handlers that only pages should call also check
 * `sender.url` (see `isExtensionPage`). Unknown message types get no answer, leaving them to any other
 * listener.
 */
export function listenForMessages<M = ProtocolMap>(
  runtime: Pick<RuntimeLike, 'id' | 'onMessage'>,
  handlers: HandlersOf<NoInfer<M>>,
): void {
  runtime.onMessage.addListener((message, sender) => {
    if (sender.id !== runtime.id || !isEnvelope(message)) return undefined;
    if (!Object.hasOwn(handlers, message.type)) return undefined;
    const handler = handlers[message.type as keyof M] as unknown as (
      data: unknown,
      sender: MessageSenderInfo,
    ) => Promise<unknown>;
    return handler(message.data, sender);
  });
}

/** True when the sender is one of this extension's own pages (popup, options), not a content script. */
export function isExtensionPage(sender: MessageSenderInfo, extensionOrigin: string): boolean {
  return sender.url?.startsWith(extensionOrigin) ?? false;
}
