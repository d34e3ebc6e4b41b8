/**
 * The background's half of "check automatically on these sites": when a tab finishes loading a page of a
 * listed and granted site, the same analysis the toolbar click runs is started for it, so the badge shows
 * the count at once and the popup, opened later, shows the stored report without analyzing again.
 * `tabs.onUpdated` needs no permission of its own; `webNavigation` would, and is not asked for.
 */
import { browser } from 'wxt/browser';
import { decideAutoCheck } from '../sites/auto-check-decision';
import { isRestrictedUrl } from './restricted-url';
import { createSiteList, sitePermissions } from './site-access';

/** Calls `analyze(tabId)` for every tab that finishes loading a page Provenance should check unasked. */
export function checkListedSitesOnLoad(analyze: (tabId: number) => Promise<unknown>): void {
  const sites = createSiteList(browser.storage.local);
  const deps = {
    isRestrictedUrl,
    listedSites: () => sites.read(),
    isGranted: sitePermissions.contains,
  };
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    // 'complete' once per load; the URL is there only when Provenance may see this tab.
    if (change.status !== 'complete') return undefined;
    // Returned (browsers ignore it) so that a test can wait for the decision and the analysis.
    return decideAutoCheck(tab.url, deps).then((decision) => (decision.check ? analyze(tabId) : undefined));
  });
}
