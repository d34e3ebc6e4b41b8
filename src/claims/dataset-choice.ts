/**
 * Which datasets the analysis uses: a flag per dataset id, kept in storage.local by the options page and
 * read by the background. `revision` goes up on every change (an import replacing a dataset of the same
 * id changes no flag), so the background can tell its analyzer and the tabs' reports are out of date.
 */

/** The stored choice. A dataset without a flag is enabled: new imports and the built-in start on. */
export interface DatasetSettings {
  enabled: Record<string, boolean>;
  revision: number;
}

/** Before anything was chosen. */
export const INITIAL_SETTINGS: DatasetSettings = { enabled: {}, revision: 0 };

/** Storage holds whatever was written; anything unexpected reads as the initial choice rather than failing. */
export function readSettings(value: unknown): DatasetSettings {
  if (typeof value !== 'object' || value === null) return INITIAL_SETTINGS;
  const { enabled, revision } = value as Partial<DatasetSettings>;
  const flags: Record<string, boolean> = {};
  if (typeof enabled === 'object' && enabled !== null) {
    for (const [id, flag] of Object.entries(enabled)) if (typeof flag === 'boolean') flags[id] = flag;
  }
  return { enabled: flags, revision: typeof revision === 'number' && Number.isFinite(revision) ? revision : 0 };
}

/** True unless dataset `id` was switched off. */
export function isEnabled(settings: DatasetSettings, id: string): boolean {
  return settings.enabled[id] !== false;
}

/** Dataset `id` switched on or off. */
export function withEnabled(settings: DatasetSettings, id: string, enabled: boolean): DatasetSettings {
  return { enabled: { ...settings.enabled, [id]: enabled }, revision: settings.revision + 1 };
}

/** Dataset `id` (re)imported: on, and a new revision even if it was on already. */
export function withImported(settings: DatasetSettings, id: string): DatasetSettings {
  return withEnabled(settings, id, true);
}

/**
 * A dataset's part by meaning was added after its import (src/imports/meaning-later.ts): no flag
 * changes, but a new revision, so the background builds its analyzer again with the part.
 */
export function withMeaningAdded(settings: DatasetSettings): DatasetSettings {
  return { enabled: settings.enabled, revision: settings.revision + 1 };
}

/** Dataset `id` deleted: its flag goes with it. */
export function withRemoved(settings: DatasetSettings, id: string): DatasetSettings {
  const { [id]: _, ...rest } = settings.enabled;
  return { enabled: rest, revision: settings.revision + 1 };
}
