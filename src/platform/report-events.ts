/**
 * Tells an extension page when a tab's stored report changes: analyzed from the popup while the side
 * panel shows that tab, or cleared because the tab navigated.
 */
import { browser } from 'wxt/browser';
import { tabOfReportKey } from './report-store';

/** Calls `onChange(tabId, stored)` for every report saved (`stored` true) or cleared (false). */
export function onReportChanged(onChange: (tabId: number, stored: boolean) => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'session') return;
    for (const [key, change] of Object.entries(changes)) {
      const tabId = tabOfReportKey(key);
      // Browsers leave newValue out when a key is removed; some implementations (and fakes) say null.
      if (tabId !== null) onChange(tabId, change.newValue !== undefined && change.newValue !== null);
    }
  });
}
