/**
 * Targets Playwright does not expose, reached over a browser-level CDP session: the toolbar popup that
 * `Extensions.triggerAction` opens is a page target Playwright never attaches to, and the extension's
 * worker is read afresh after every wake. Commands go through `Target.sendMessageToTarget`, since a
 * Playwright CDP session cannot speak for a child session itself.
 */
import type { CDPSession } from 'playwright-core';

/** What CDP says about a target. */
export interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

/** A target attached for evaluating expressions in it. */
export interface AttachedTarget {
  /** The value of `expression` (awaited when a promise), as JSON would carry it. */
  evaluate<T>(expression: string): Promise<T>;
  /** Any CDP command in the target, and its result. */
  send<T>(method: string, params?: object): Promise<T>;
  detach(): Promise<void>;
}

/** A target's answer to one command. */
interface Reply {
  id?: number;
  result?: { result?: { value?: unknown }; exceptionDetails?: unknown };
  error?: unknown;
}

/** Every target of the browser: tabs, pages (popups included), workers. */
export async function listTargets(browserCdp: CDPSession): Promise<TargetInfo[]> {
  const { targetInfos } = await browserCdp.send('Target.getTargets', { filter: [{}] });
  return targetInfos;
}

/** Polls `find` over the browser's targets every 20 ms until it answers, or throws after `timeoutMs`. */
export async function waitForTarget(
  browserCdp: CDPSession,
  find: (targets: TargetInfo[]) => TargetInfo | undefined,
  what: string,
  timeoutMs = 60_000,
): Promise<TargetInfo> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const found = find(await listTargets(browserCdp));
    if (found) return found;
    await new Promise((wake) => setTimeout(wake, 20));
  }
  throw new Error(`no ${what} after ${timeoutMs} ms`);
}

/** Attaches to `targetId` (not flattened: messages travel inside the browser session's own). */
export async function attachToTarget(browserCdp: CDPSession, targetId: string): Promise<AttachedTarget> {
  const { sessionId } = await browserCdp.send('Target.attachToTarget', { targetId, flatten: false });
  const waiting = new Map<number, (message: Reply) => void>();
  const onMessage = (event: { sessionId: string; message: string }) => {
    if (event.sessionId !== sessionId) return;
    const message = JSON.parse(event.message) as Reply;
    if (message.id !== undefined) waiting.get(message.id)?.(message);
  };
  browserCdp.on('Target.receivedMessageFromTarget', onMessage);
  let next = 0;
  const target: AttachedTarget = {
    async send<T>(method: string, params: object = {}): Promise<T> {
      const id = ++next;
      const answer = new Promise<Reply>((resolve) => waiting.set(id, resolve));
      await browserCdp.send('Target.sendMessageToTarget', {
        sessionId,
        message: JSON.stringify({ id, method, params }),
      });
      const message = await answer;
      waiting.delete(id);
      if (message.error) throw new Error(`${method} in ${targetId} failed: ${JSON.stringify(message.error)}`);
      return message.result as T;
    },
    async evaluate<T>(expression: string): Promise<T> {
      const params = { expression, returnByValue: true, awaitPromise: true };
      const result = await target.send<Reply['result']>('Runtime.evaluate', params);
      if (result?.exceptionDetails)
        throw new Error(`evaluating in ${targetId} failed: ${JSON.stringify(result.exceptionDetails)}`);
      return result?.result?.value as T;
    },
    async detach() {
      browserCdp.off('Target.receivedMessageFromTarget', onMessage);
      await browserCdp.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
    },
  };
  return target;
}
