/**
 * "Check automatically on these sites": the reader's list in `storage.local` (the intent) and the
 * browser's host permissions for those sites (`optional_host_permissions`, granted at run time). A site
 * is checked automatically only when it is both listed and granted; either can change without the other
 * (the reader can revoke access in the browser's settings), so pages that show the list follow both.
 */
import { browser } from 'wxt/browser';
import { readSiteEntries, type SiteEntry } from '../sites/site-entry';
import type { StorageAreaLike } from './report-store';

/** The storage.local key of the list. */
export const SITE_LIST_KEY = 'autoCheckSites';

/** The listed sites. */
export interface SiteList {
  read(): Promise<SiteEntry[]>;
  write(sites: readonly SiteEntry[]): Promise<void>;
}

/** The list in `area` (`browser.storage.local`; a fake in tests). */
export function createSiteList(area: Pick<StorageAreaLike, 'get' | 'set'>): SiteList {
  return {
    read: async () => readSiteEntries((await area.get(SITE_LIST_KEY))[SITE_LIST_KEY]),
    write: (sites) => area.set({ [SITE_LIST_KEY]: sites }),
  };
}

/** Host access to match patterns, as the options page asks for, checks and gives back. */
export interface SitePermissions {
  /**
   * Asks the reader (the browser shows its prompt) for `origins`. Browsers accept this only inside a user
   * gesture: call it straight from a click or key handler, before any await.
   */
  request(origins: string[]): Promise<boolean>;
  contains(origins: string[]): Promise<boolean>;
  remove(origins: string[]): Promise<boolean>;
}

/** The real `browser.permissions`, for host origins only. */
export const sitePermissions: SitePermissions = {
  request: (origins) => browser.permissions.request({ origins }),
  contains: (origins) => browser.permissions.contains({ origins }),
  remove: (origins) => browser.permissions.remove({ origins }),
};

/**
 * Calls `listener` when the list changes (from any page) or the browser grants or revokes a permission
 * (from a prompt, or in its own settings). Returns a function that stops listening.
 */
export function onSiteAccessChanged(listener: () => void): () => void {
  const listChanged = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && SITE_LIST_KEY in changes) listener();
  };
  const permissionsChanged = () => listener();
  browser.storage.onChanged.addListener(listChanged);
  browser.permissions.onAdded.addListener(permissionsChanged);
  browser.permissions.onRemoved.addListener(permissionsChanged);
  return () => {
    browser.storage.onChanged.removeListener(listChanged);
    browser.permissions.onAdded.removeListener(permissionsChanged);
    browser.permissions.onRemoved.removeListener(permissionsChanged);
  };
}
