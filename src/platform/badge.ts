/** The toolbar badge: how many of a tab's claims conflict with a known source, set per tab. */
import { browser } from 'wxt/browser';
import { conflictTitle, DEFAULT_ACTION_TITLE } from './action-text';

/**
 * A dark red that keeps white text above 4.5:1 contrast; red because a conflict is what a reader should
 * look at. The number and the tooltip carry the meaning, so colour is never the only signal.
 */
export const BADGE_BACKGROUND = '#b3261e';
/** White on the red above. */
export const BADGE_TEXT = '#ffffff';

/** Shows `count` on tab `tabId`'s toolbar button; no badge at all when nothing conflicts. */
export async function showConflictBadge(tabId: number, count: number): Promise<void> {
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' }),
    browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_BACKGROUND }),
    // setBadgeTextColor arrived in Chrome 110 and Firefox 109; older browsers keep their default.
    browser.action.setBadgeTextColor?.({ tabId, color: BADGE_TEXT }),
    browser.action.setTitle({ tabId, title: conflictTitle(count) }),
  ]);
}

/** Removes tab `tabId`'s badge and tooltip, e.g. once it navigates away from the analysed page. */
export async function clearBadge(tabId: number): Promise<void> {
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: '' }),
    browser.action.setTitle({ tabId, title: DEFAULT_ACTION_TITLE }),
  ]);
}
