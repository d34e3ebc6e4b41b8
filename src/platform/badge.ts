/** The toolbar badge: how many of a tab's claims conflict with a known source, set per tab. */
import { browser } from 'wxt/browser';
import type { Report } from '../engine/report';
import { countReport } from '../ui/report-counts';
import { conflictTitle, defaultActionTitle, unsupportedLanguageTitle } from './action-text';

/**
 * A dark red that keeps white text above 4.5:1 contrast; red because a conflict is what a reader should
 * look at. The number and the tooltip carry the meaning, so colour is never the only signal.
 */
export const BADGE_BACKGROUND = '#b3261e';
/** White on the red above. */
export const BADGE_TEXT = '#ffffff';

/**
 * Shows `count` on tab `tabId`'s toolbar button; no badge at all when nothing conflicts. `title` is the
 * tooltip, which says in words what the number means.
 */
export async function showConflictBadge(tabId: number, count: number, title = conflictTitle(count)): Promise<void> {
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' }),
    browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_BACKGROUND }),
    // setBadgeTextColor arrived in Chrome 110 and Firefox 109; older browsers keep their default.
    browser.action.setBadgeTextColor?.({ tabId, color: BADGE_TEXT }),
    browser.action.setTitle({ tabId, title }),
  ]);
}

/**
 * The badge for `report`: its conflicting claims, or, for a page in a language Provenance does not
 * check, no badge and a tooltip saying so (an empty badge alone would read as "no conflicts").
 */
export async function showReportBadge(tabId: number, report: Report): Promise<void> {
  if (report.supported === false) return showConflictBadge(tabId, 0, unsupportedLanguageTitle(report.article.lang));
  return showConflictBadge(tabId, countReport(report).conflicting);
}

/** Removes tab `tabId`'s badge and tooltip, e.g. once it navigates away from the analyzed page. */
export async function clearBadge(tabId: number): Promise<void> {
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: '' }),
    browser.action.setTitle({ tabId, title: defaultActionTitle() }),
  ]);
}
