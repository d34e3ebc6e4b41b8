/**
 * The on-demand highlighter content script. Like the extraction script it is never in the manifest
 * (`registration: 'runtime'`): the background injects it into a tab the reader asked about. It listens
 * only to runtime messages from this extension's background, never to the page's postMessage or events,
 * and re-anchors when the page re-renders; when the page's URL changes (SPA navigation) its claims are
 * stale, so it drops them and the side panel, which watches the tab's URL, re-analyses.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createPageHighlighter } from '../src/highlights/page-highlighter';
import type { PageProtocolMap } from '../src/messaging/protocol';
import { listenForMessages, type MessageSenderInfo } from '../src/messaging/transport';
import type { HighlighterStart } from '../src/platform/highlighter';

/** Marks this isolated world as already running the highlighter; every injection after the first returns early. */
const RUNNING = Symbol.for('provenance.highlighter');
/** Re-anchoring waits for the page to stop changing for this long (a re-render is a burst of mutations). */
const SETTLE_MS = 300;

const pageUrl = (): string => location.href.replace(/#.*$/, '');

export default defineContentScript({
  registration: 'runtime',
  // As for extraction: WXT would otherwise postMessage the extension id to the page at every start.
  noScriptStartedPostMessage: true,
  main(): HighlighterStart {
    const world = globalThis as { [RUNNING]?: true };
    if (world[RUNNING]) return 'running';
    world[RUNNING] = true;

    const highlighter = createPageHighlighter({
      document,
      registry: typeof CSS !== 'undefined' && 'highlights' in CSS ? CSS.highlights : undefined,
      createHighlight: (ranges) => new Highlight(...ranges),
      prefersReducedMotion: () => matchMedia('(prefers-reduced-motion: reduce)').matches,
    });
    const fromBackground = (sender: MessageSenderInfo) =>
      sender.tab === undefined && (sender.url ?? '').startsWith(browser.runtime.getURL('/'));
    let analysedUrl = pageUrl();

    listenForMessages<PageProtocolMap>(browser.runtime, {
      setHighlights: async ({ claims }, sender) => {
        if (!fromBackground(sender)) return { ok: true, anchored: 0, total: 0 };
        analysedUrl = pageUrl();
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
        if (pageUrl() !== analysedUrl) highlighter.clear();
        else highlighter.reanchor();
      }, SETTLE_MS);
    });
    observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    return 'started';
  },
});
