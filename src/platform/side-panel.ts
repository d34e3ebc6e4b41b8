/**
 * Opening Provenance's side panel: Chrome's `sidePanel` or Firefox's `sidebarAction`. Both browsers
 * accept the call only inside a user gesture, so `openSidePanel` calls the API before its first await:
 * callers must call it straight from a click or command handler, not after awaiting anything.
 */
import { browser } from 'wxt/browser';

/** The keyboard command (Chrome; Firefox uses its built-in `_execute_sidebar_action`). */
export const OPEN_PANEL_COMMAND = 'open-side-panel';

interface SidePanelApi {
  open(options: { tabId?: number; windowId?: number }): Promise<void>;
}
interface SidebarActionApi {
  open(): Promise<void>;
}

// Neither API is in webextension-polyfill's types (sidePanel is Chrome-only, sidebarAction Firefox-only).
const chromeSidePanel = (): SidePanelApi | undefined =>
  (globalThis as { chrome?: { sidePanel?: SidePanelApi } }).chrome?.sidePanel;
const firefoxSidebar = (): SidebarActionApi | undefined =>
  (browser as unknown as { sidebarAction?: SidebarActionApi }).sidebarAction;

/** True when this browser has a side panel or sidebar Provenance can open. */
export function canOpenSidePanel(): boolean {
  return Boolean(firefoxSidebar()?.open ?? chromeSidePanel()?.open);
}

/**
 * Opens the panel beside tab `tabId` (Chrome) or the sidebar of the current window (Firefox).
 * Resolves to false when the browser refused (no user gesture, no such tab) or has no panel.
 */
export function openSidePanel(target: { tabId: number } | { windowId: number }): Promise<boolean> {
  const sidebar = firefoxSidebar();
  const panel = chromeSidePanel();
  let opening: Promise<void> | undefined;
  try {
    opening = sidebar ? sidebar.open() : panel?.open(target);
  } catch {
    return Promise.resolve(false);
  }
  return opening
    ? opening.then(
        () => true,
        () => false,
      )
    : Promise.resolve(false);
}

/** Opens the panel when the reader presses Provenance's shortcut (Chrome; Firefox handles its own). */
export function onOpenPanelCommand(): void {
  browser.commands?.onCommand.addListener((command, tab) => {
    if (command !== OPEN_PANEL_COMMAND) return;
    // No await before the call: the command's user gesture only lasts for this synchronous turn.
    if (tab?.id !== undefined) void openSidePanel({ tabId: tab.id });
    else if (tab?.windowId !== undefined) void openSidePanel({ windowId: tab.windowId });
  });
}
