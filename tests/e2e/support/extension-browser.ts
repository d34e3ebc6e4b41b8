/**
 * Launches Chromium with the e2e build of the extension loaded (the shape of WXT's Playwright fixture)
 * and gives tests what a reader would do: open a page, open the popup for its tab, read the badge.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { browser as extensionApi } from 'wxt/browser';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

/** The e2e build: production plus host access to 127.0.0.1, since tests cannot click the toolbar button. */
export const EXTENSION_DIR = resolve(import.meta.dirname, '..', '..', '..', '.output', 'chrome-mv3-e2e');
/** Debian's Chromium; CHROME_PATH overrides it. Google Chrome ≥137 ignores --load-extension. */
export const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** A browser with Provenance loaded. */
export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** The extension's service worker, woken if it was stopped. */
  worker(): Promise<Worker>;
  /** Opens `url` in a new tab, waits for it to load, and returns the page and its tab id. */
  openTab(url: string): Promise<{ page: Page; tabId: number }>;
  /** Opens popup.html?tabId=N as a page and waits until it has left the analyzing state. */
  openPopup(tabId: number): Promise<Page>;
  /**
   * Opens sidepanel.html?tabId=N as a page (the side panel's own page, pinned to tab N) and waits until
   * it has shown the report and, when highlighting is on, said how it went.
   */
  openSidePanel(tabId: number, size?: { width: number; height: number }): Promise<Page>;
  /** The toolbar badge text for tab `tabId`. */
  badgeText(tabId: number): Promise<string>;
  close(): Promise<void>;
}

/** Fails loudly, never skips: an E2E run that cannot launch the browser must not pass. */
function checkPrerequisites(extensionDir: string): void {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}. Install it (Debian/Ubuntu: apt-get install chromium) ` +
        'or point CHROME_PATH at a Chromium binary. .ci/run installs it automatically.',
    );
  }
  if (!existsSync(resolve(extensionDir, 'manifest.json'))) {
    throw new Error(`No e2e build at ${extensionDir}. Run "npm run build:e2e" first (npm run test:e2e does).`);
  }
}

/** The extension's runtime, as seen inside the service worker (`chrome` there is the real API). */
export type WorkerGlobal = { chrome: typeof extensionApi };

/** How to launch beyond the defaults. */
export interface LaunchOptions {
  /** A profile folder kept between launches ('' by default: a fresh temporary profile, deleted on close). */
  userDataDir?: string;
  /** More Chromium flags, e.g. `--enable-unsafe-extension-debugging` for CDP's `Extensions` domain (`npm run bench:browser`). */
  extraArgs?: readonly string[];
  /** The browser's UI language ("fr"), which the extension's i18n follows (tests/e2e/locales.test.ts). */
  language?: string;
}

/** Launches Chromium headless with Provenance loaded: the e2e build, or a copy of it in `extensionDir`. */
export async function launchExtensionBrowser(
  extensionDir = EXTENSION_DIR,
  options: LaunchOptions = {},
): Promise<ExtensionBrowser> {
  checkPrerequisites(extensionDir);
  const context = await chromium.launchPersistentContext(options.userDataDir ?? '', {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: { width: 1200, height: 900 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      ...(options.language ? [`--lang=${options.language}`] : []),
      ...(options.extraArgs ?? []),
    ],
    // Chromium on Linux takes its UI language (the extension's i18n locale) from the environment.
    ...(options.language
      ? { env: { ...process.env, LANGUAGE: options.language, LANG: `${options.language}.UTF-8`, LC_ALL: '' } }
      : {}),
  });
  const isOurs = (w: Worker) => w.url().startsWith('chrome-extension://') && w.url().endsWith('/background.js');
  const first =
    context.serviceWorkers().find(isOurs) ?? (await context.waitForEvent('serviceworker', { predicate: isOurs }));
  const extensionId = new URL(first.url()).host;

  async function worker(): Promise<Worker> {
    const alive = context.serviceWorkers().find(isOurs);
    if (alive) return alive;
    // A stopped worker restarts on the next extension event; opening an extension page is one.
    const waker = await context.newPage();
    const next = context.waitForEvent('serviceworker', { predicate: isOurs });
    await waker.goto(`chrome-extension://${extensionId}/popup.html?tabId=0`).catch(() => undefined);
    const restarted = await next;
    await waker.close();
    return restarted;
  }

  return {
    context,
    extensionId,
    worker,
    async openTab(url) {
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      const sw = await worker();
      const tabId = await sw.evaluate(async (pageUrl) => {
        const { chrome } = globalThis as unknown as WorkerGlobal;
        const tabs = await chrome.tabs.query({});
        return tabs.find((tab) => tab.url === pageUrl)?.id ?? null;
      }, page.url());
      if (tabId === null)
        throw new Error(`No tab found for ${url}: is 127.0.0.1 in the e2e manifest's host_permissions?`);
      return { page, tabId };
    },
    async openPopup(tabId) {
      const popup = await context.newPage();
      await popup.setViewportSize({ width: 420, height: 580 });
      await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
      await popup.locator('main#app[aria-busy="false"]').waitFor({ timeout: 45_000 });
      return popup;
    },
    async openSidePanel(tabId, size = { width: 520, height: 900 }) {
      const panel = await context.newPage();
      await panel.setViewportSize(size);
      await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`);
      await panel.locator('main#app[aria-busy="false"]').waitFor({ timeout: 45_000 });
      await panel.waitForFunction(
        () => {
          const app = document.getElementById('app');
          const toggle = document.querySelector<HTMLInputElement>('.switch-input');
          const note = document.querySelector('.highlight-note');
          return app?.dataset.state !== 'report' || !toggle?.checked || (note?.textContent ?? '') !== '';
        },
        undefined,
        { timeout: 30_000 },
      );
      return panel;
    },
    async badgeText(tabId) {
      const sw = await worker();
      return sw.evaluate(
        (id) => (globalThis as unknown as WorkerGlobal).chrome.action.getBadgeText({ tabId: id }),
        tabId,
      );
    },
    close: () => context.close(),
  };
}
