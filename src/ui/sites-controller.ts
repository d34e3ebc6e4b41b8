/**
 * What the options page's "Check automatically on these sites" does: add a site (asking the browser for
 * access to it, from the reader's click), ask again for a site whose access was revoked, and remove a site
 * (giving the access back). The list, the permissions API and the renderer are passed in, so every path
 * runs in unit tests with fakes; entrypoints/options/main.ts wires the real ones.
 */
import { siteLabel, siteOrigin, type SiteEntry } from '../sites/site-entry';
import { parseSite } from '../sites/site-input';
import { t } from '../i18n/messages';

/** One listed site as shown. */
export interface SiteRow {
  /** The site's match pattern: what identifies it. */
  key: string;
  /** `example.com`, `*.example.org`, `http://127.0.0.1`. */
  label: string;
  /** False when the browser no longer grants access (revoked in its settings): not checked then. */
  granted: boolean;
}

/** A sentence about the last action. */
export interface SitesMessage {
  kind: 'done' | 'error';
  text: string;
}

/** Everything the section shows. */
export interface SitesView {
  rows: SiteRow[];
  message: SitesMessage | null;
  /** The typed site was added: the field can be emptied. */
  clearInput: boolean;
}

/** What the controller needs. */
export interface SitesDeps {
  list: { read(): Promise<SiteEntry[]>; write(sites: readonly SiteEntry[]): Promise<void> };
  permissions: {
    request(origins: string[]): Promise<boolean>;
    contains(origins: string[]): Promise<boolean>;
    remove(origins: string[]): Promise<boolean>;
  };
  render(view: SitesView): void;
}

/** The section's actions. `add` and `grantAgain` must be called straight from the reader's click. */
export interface SitesController {
  refresh(): Promise<void>;
  add(text: string): Promise<void>;
  grantAgain(key: string): Promise<void>;
  remove(key: string): Promise<void>;
}

const detail = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Builds the controller; call `refresh()` once to show the list. */
export function createSitesController(deps: SitesDeps): SitesController {
  // The list as last shown: `add` and `grantAgain` must reach `permissions.request` without awaiting
  // anything, or the browser no longer sees the reader's click and refuses.
  let shown: SiteEntry[] = [];
  let rows: SiteRow[] = [];
  let message: SitesMessage | null = null;

  async function refresh(clearInput = false): Promise<void> {
    shown = await deps.list.read();
    rows = await Promise.all(
      shown.map(async (site) => ({
        key: siteOrigin(site),
        label: siteLabel(site),
        granted: await deps.permissions.contains([siteOrigin(site)]).catch(() => false),
      })),
    );
    deps.render({ rows, message, clearInput });
  }

  function say(kind: SitesMessage['kind'], text: string): void {
    message = { kind, text };
    deps.render({ rows, message, clearInput: false });
  }

  /** Asks for `site`'s access; the call to `request` happens before this function's first await. */
  async function ask(site: SiteEntry): Promise<boolean | Error> {
    try {
      return await deps.permissions.request([siteOrigin(site)]);
    } catch (error) {
      return error instanceof Error ? error : new Error(String(error));
    }
  }

  return {
    refresh: () => refresh(),
    async add(text) {
      const parsed = parseSite(text);
      if (!parsed.ok) return say('error', parsed.message);
      const { site } = parsed;
      const label = siteLabel(site);
      if (shown.some((listed) => siteOrigin(listed) === siteOrigin(site))) {
        return say('error', t('sitesAlreadyListed', label));
      }
      const granted = await ask(site);
      if (granted instanceof Error) return say('error', t('sitesAskFailed', label, granted.message));
      if (!granted) return say('error', t('sitesRefused', label));
      try {
        const current = await deps.list.read();
        if (!current.some((listed) => siteOrigin(listed) === siteOrigin(site)))
          await deps.list.write([...current, site]);
      } catch (error) {
        return say('error', t('sitesSaveFailed', label, detail(error)));
      }
      message = { kind: 'done', text: t('sitesAdded', label) };
      await refresh(true);
    },
    async grantAgain(key) {
      const site = shown.find((listed) => siteOrigin(listed) === key);
      if (!site) return;
      const granted = await ask(site);
      if (granted instanceof Error) return say('error', t('sitesAskFailed', siteLabel(site), granted.message));
      message = granted
        ? { kind: 'done', text: t('sitesGrantedAgain', siteLabel(site)) }
        : { kind: 'error', text: t('sitesRefusedAgain', siteLabel(site)) };
      await refresh();
    },
    async remove(key) {
      const site = shown.find((listed) => siteOrigin(listed) === key);
      if (!site) return;
      const label = siteLabel(site);
      try {
        // The list first: it is what decides, so the site stops being checked even if giving back fails.
        await deps.list.write((await deps.list.read()).filter((listed) => siteOrigin(listed) !== key));
      } catch (error) {
        return say('error', t('sitesRemoveFailed', label, detail(error)));
      }
      try {
        await deps.permissions.remove([key]);
        message = { kind: 'done', text: t('sitesRemoved', label) };
      } catch (error) {
        // Chrome refuses to give back access the manifest requires (the e2e build's 127.0.0.1).
        message = { kind: 'done', text: t('sitesRemovedKept', label, detail(error)) };
      }
      await refresh();
    },
  };
}
