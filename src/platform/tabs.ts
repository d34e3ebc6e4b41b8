/** Tab look-ups and lifecycle events the background and popup need. */
import { browser } from 'wxt/browser';

/** What Provenance needs to know about a tab. `url` is absent when the extension may not see it. */
export interface TabInfo {
  id: number;
  url?: string;
}

/** Tab `tabId`, or null when it no longer exists. */
export async function getTab(tabId: number): Promise<TabInfo | null> {
  try {
    const tab = await browser.tabs.get(tabId);
    return tab?.id === undefined ? null : { id: tab.id, url: tab.url };
  } catch {
    // tabs.get rejects for a closed tab: that is an answer ("no such tab"), not a failure.
    return null;
  }
}

/** The id of the active tab in the window the popup belongs to, or null (e.g. a DevTools window). */
export async function getActiveTabId(): Promise<number | null> {
  return (await getActiveTab())?.id ?? null;
}

/** The active tab of the popup's window with its URL (the toolbar click grants activeTab), or null. */
export async function getActiveTab(): Promise<TabInfo | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url };
}

/**
 * Calls `onLeft(tabId)` whenever a tab stops showing the page it showed: it starts loading (a new
 * URL, or a reload, which may bring different text) or it is closed.
 */
export function onTabLeftPage(onLeft: (tabId: number) => void): void {
  browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
    if (changeInfo.status === 'loading') onLeft(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => onLeft(tabId));
}

/** The id of the window this extension page is in (the side panel's window), or null. */
export async function getCurrentWindowId(): Promise<number | null> {
  const window = await browser.windows.getCurrent();
  return window.id ?? null;
}

/**
 * Calls `onChange(tabId)` when the reader switches to another tab in window `windowId` (every
 * window when null), and when a tab changes URL or finishes loading: what the side panel follows.
 * Returns a function that stops listening.
 */
export function onTabShown(
  windowId: number | null,
  onChange: (tabId: number, why: 'activated' | 'navigated' | 'loaded') => void,
): () => void {
  const activated = (info: { tabId: number; windowId: number }) => {
    if (windowId === null || info.windowId === windowId) onChange(info.tabId, 'activated');
  };
  const updated = (tabId: number, change: { url?: string; status?: string }, tab: { status?: string }) => {
    if (change.status === 'complete') onChange(tabId, 'loaded');
    // A new URL on a page that stays loaded is an in-page (SPA) navigation: no 'complete' will follow.
    else if (change.url !== undefined && tab.status === 'complete') onChange(tabId, 'navigated');
  };
  browser.tabs.onActivated.addListener(activated);
  browser.tabs.onUpdated.addListener(updated);
  return () => {
    browser.tabs.onActivated.removeListener(activated);
    browser.tabs.onUpdated.removeListener(updated);
  };
}
