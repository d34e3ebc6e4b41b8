/**
 * The side panel's two choices, kept in `storage.local` so they hold across panels, windows and
 * restarts, and so the panel itself keeps no state: it reads them, renders, and writes on change.
 */
import { browser } from 'wxt/browser';
import { parseFilter, type PanelFilter } from '../ui/compare-view';

/** What the reader chose in the panel. */
export interface PanelSettings {
  filter: PanelFilter;
  /** Whether matched claims are highlighted in the page. On by default: it is what the panel is for. */
  highlights: boolean;
}

const KEY = 'panelSettings';

/** The stored settings, with defaults for anything missing or malformed. */
export async function getPanelSettings(): Promise<PanelSettings> {
  const stored = (await browser.storage.local.get(KEY))[KEY] as Partial<PanelSettings> | undefined;
  return {
    filter: parseFilter(stored?.filter),
    highlights: typeof stored?.highlights === 'boolean' ? stored.highlights : true,
  };
}

/** Saves `change` over the stored settings and returns the result. */
export async function updatePanelSettings(change: Partial<PanelSettings>): Promise<PanelSettings> {
  const next = { ...(await getPanelSettings()), ...change };
  await browser.storage.local.set({ [KEY]: next });
  return next;
}
