/**
 * The on-demand highlighter content script. Like the extraction script it is never in the manifest
 * (`registration: 'runtime'`): the background injects it into a tab the reader asked about. It listens
 * only to runtime messages from this extension's background, never to the page's postMessage or events,
 * and re-anchors when the page re-renders; when the page's URL changes (SPA navigation) its claims are
 * stale, so it drops them and the side panel, which watches the tab's URL, re-analyzes.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { randomHighlightNames, type HighlightNames } from '../src/highlights/highlight-styles';
import { createPageHighlighter } from '../src/highlights/page-highlighter';
import type { PageProtocolMap } from '../src/messaging/protocol';
import { listenForMessages, sendPanelEvent, type MessageSenderInfo } from '../src/messaging/transport';
import type { HighlighterStart } from '../src/platform/highlighter';
import { useBrowserMessages } from '../src/platform/browser-messages';

/**
 * Marks this isolated world as already running the highlighter (holding its names); every injection
 * after the first returns early. A symbol of the isolated world: the page cannot see or set it.
 */
const RUNNING = Symbol.for('provenance.highlighter');
/** Re-anchoring waits for the page to stop changing for this long (a re-render is a burst of mutations). */
const SETTLE_MS = 300;
/** How often the registry is checked for marks the page deleted or replaced (it fires no event). */
const VERIFY_MS = 1000;

const pageUrl = (): string => location.href.replace(/#.*$/, '');

export default defineContentScript({
  registration: 'runtime',
  // As for extraction: WXT would otherwise postMessage the extension id to the page at every start.
  noScriptStartedPostMessage: true,
  main(): HighlighterStart {
    useBrowserMessages();
    const world = globalThis as { [RUNNING]?: HighlightNames };
    const running = world[RUNNING];
    if (running) return { state: 'running', names: running };
    const names = (world[RUNNING] = randomHighlightNames());

    const highlighter = createPageHighlighter({
      document,
      registry: typeof CSS !== 'undefined' && 'highlights' in CSS ? CSS.highlights : undefined,
      createHighlight: (ranges) => new Highlight(...ranges),
      prefersReducedMotion: () => matchMedia('(prefers-reduced-motion: reduce)').matches,
      names,
    });
    // What the page did to the marks since they were drawn, told to the side panel as it happens.
    let restored = 0;
    let changed = new Set<number>();
    const tell = (): void => {
      void sendPanelEvent(browser.runtime, 'highlightsDisturbed', { restored, changed: [...changed] }).catch(
        () => undefined,
      );
    };
    const fromBackground = (sender: MessageSenderInfo) =>
      sender.tab === undefined && (sender.url ?? '').startsWith(browser.runtime.getURL('/'));
    let analyzedUrl = pageUrl();

    listenForMessages<PageProtocolMap>(browser.runtime, {
      setHighlights: async ({ claims }, sender) => {
        if (!fromBackground(sender)) return { ok: true, anchored: 0, total: 0 };
        analyzedUrl = pageUrl();
        restored = 0;
        changed = new Set();
        return highlighter.set(claims);
      },
      clearHighlights: async (_data, sender) => {
        if (fromBackground(sender)) highlighter.clear();
        return { ok: true };
      },
      revealClaim: async ({ claim }, sender) => ({ found: fromBackground(sender) && highlighter.reveal(claim) }),
      emphasiseClaim: async ({ index }, sender) => ({ found: fromBackground(sender) && highlighter.emphasise(index) }),
    });

    let timer: ReturnType<typeof setTimeout> | undefined;
    const observer = new MutationObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        // An updated or removed extension leaves this script orphaned: stop painting stale claims.
        if (!browser.runtime?.id) {
          observer.disconnect();
          highlighter.clear();
          return;
        }
        if (pageUrl() !== analyzedUrl) {
          highlighter.clear();
          return;
        }
        const lost = highlighter.reanchor();
        if (lost.length > 0) {
          for (const index of lost) changed.add(index);
          tell();
        }
      }, SETTLE_MS);
    });
    observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    const verifier = setInterval(() => {
      if (!browser.runtime?.id) {
        clearInterval(verifier);
        return;
      }
      const { restored: drawnAgain, lost } = highlighter.verify();
      if (drawnAgain) restored++;
      for (const index of lost) changed.add(index);
      if (drawnAgain || lost.length > 0) tell();
    }, VERIFY_MS);
    return { state: 'started', names };
  },
});
