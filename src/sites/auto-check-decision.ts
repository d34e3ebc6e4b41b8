/**
 * Whether a page that has just loaded is checked without a click: only when the reader listed its site
 * (the intent, in storage.local) and the browser still grants Provenance access to it (the reader can
 * revoke that in the browser's settings at any time, without Provenance hearing of it). Both are read
 * afresh for every page: the MV3 worker may have slept through any change, so nothing is cached.
 */
import { siteMatchesUrl, type SiteEntry } from './site-entry';

/** Check it, or why not. */
export type AutoCheckDecision =
  | { check: true; site: SiteEntry }
  | { check: false; reason: 'no-url' | 'restricted' | 'not-listed' | 'not-granted' | 'error' };

/** What the decision reads. */
export interface AutoCheckDeps {
  isRestrictedUrl(url: string): boolean;
  listedSites(): Promise<SiteEntry[]>;
  /** `permissions.contains({ origins })`. */
  isGranted(origins: string[]): Promise<boolean>;
}

/**
 * Decides for the page at `url` (undefined when the browser withholds a tab's URL, i.e. Provenance has no
 * access to it). The permission is asked about only for a listed site, so no other page is even probed.
 */
export async function decideAutoCheck(url: string | undefined, deps: AutoCheckDeps): Promise<AutoCheckDecision> {
  if (url === undefined) return { check: false, reason: 'no-url' };
  if (deps.isRestrictedUrl(url)) return { check: false, reason: 'restricted' };
  try {
    const site = (await deps.listedSites()).find((entry) => siteMatchesUrl(entry, url));
    if (!site) return { check: false, reason: 'not-listed' };
    // The page's own origin: the access that reading this page needs, whatever pattern granted it.
    const page = new URL(url);
    const granted = await deps.isGranted([`${page.protocol}//${page.hostname}/*`]);
    return granted ? { check: true, site } : { check: false, reason: 'not-granted' };
  } catch {
    // Storage or the permissions API failed: not checking is the safe answer, and the reader can click.
    return { check: false, reason: 'error' };
  }
}
