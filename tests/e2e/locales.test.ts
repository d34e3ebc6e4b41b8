/**
 * The popup, the side panel and the options page in the reader's language, in the real browser (issue 16, point 6):
 * Chromium started in French shows the seed article's report in French, French numbers and all. In
 * Arabic, for which there is no catalog, the popup is English and left to right; turned right to left
 * as an Arabic catalog would turn it, nothing spills sideways. Each case is saved as a screenshot.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serveFixtures, type FixtureServer } from '../../scripts/fixture-server';
import { launchExtensionBrowser, type ExtensionBrowser } from './support/extension-browser';
import { importText, openOptionsPage } from './support/import-file';
import { screenshotPath } from './support/screenshots';

let server: FixtureServer;
beforeAll(async () => {
  server = await serveFixtures();
});
afterAll(async () => {
  await server?.close();
});

/** The seed article's popup in a browser whose UI language is `lang`; the browser is closed after `check`. */
async function popupIn(
  lang: string,
  check: (popup: Page, opened: { browser: ExtensionBrowser; tabId: number }) => Promise<void>,
): Promise<void> {
  const browser: ExtensionBrowser = await launchExtensionBrowser(undefined, { language: lang });
  try {
    const { tabId } = await browser.openTab(`${server.baseUrl}seed-000.html`);
    const popup = await browser.openPopup(tabId);
    await popup.setViewportSize({ width: 420, height: 640 });
    await check(popup, { browser, tabId });
  } finally {
    await browser.close();
  }
}

/** Horizontal overflow of the popup: the page's scroll width beyond its width, and any element past either edge. */
const overflow = (popup: Page) =>
  popup.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const outside = [...document.querySelectorAll('main *')].filter((element) => {
      const box = element.getBoundingClientRect();
      return box.width > 0 && (box.left < -1 || box.right > width + 1);
    });
    return { scroll: document.documentElement.scrollWidth - width, outside: outside.length };
  });

describe('the popup in the reader’s language', () => {
  test('French: the report’s words, counts, dates and buttons are French, the page says lang="fr"', async () => {
    await popupIn('fr', async (popup) => {
      await expect(popup.locator('html').getAttribute('lang')).resolves.toMatch(/^fr/);
      await expect(popup.locator('.counts').textContent()).resolves.toMatch(
        /^\d+ affirmations? vérifiées? · \d+ corroborées? · \d+ contredites?$/,
      );
      await expect(popup.locator('.compare').textContent()).resolves.toBe('Comparer côte à côte');
      await expect(popup.locator('.article-byline').textContent()).resolves.toMatch(/· 16 août 2025$/);
      await expect(popup.locator('.claim .verdict').first().textContent()).resolves.toMatch(/Contredit|Corrobore/);
      await expect(popup.locator('.claim-summary').first().textContent()).resolves.toMatch(
        /médias? (contredit|contredisent|corrobore|corroborent)/,
      );
      // The engine's note on whom "the American side" stands for, in French with the office's French label.
      await expect(popup.locator('li.source-conflicts .differences li').first().textContent()).resolves.toMatch(
        /désigne ici le camp de Donald Trump : le même texte présente Donald Trump comme président des États-Unis/,
      );
      await popup.screenshot({ path: screenshotPath('popup-fr.png') });
    });
  });

  test('French: the side panel’s filters, switch, legend and comparisons, and the options page, are French', async () => {
    await popupIn('fr', async (_popup, { browser, tabId }) => {
      const panel = await browser.openSidePanel(tabId);
      await expect(panel.locator('html').getAttribute('lang')).resolves.toMatch(/^fr/);
      await expect(panel.locator('.filter-option').allTextContents()).resolves.toEqual([
        'Toutes',
        'Contredites',
        'Corroborées',
      ]);
      await expect(panel.locator('.switch').textContent()).resolves.toBe('Surligner dans la page');
      await expect(panel.locator('.legend summary').textContent()).resolves.toBe('Comment lire la comparaison');
      await expect(panel.locator('.card .locate').first().textContent()).resolves.toMatch(/^Voir dans la page/);
      await expect(panel.locator('.side-page .side-label').first().textContent()).resolves.toBe('Cette page');
      await panel.screenshot({ path: screenshotPath('sidepanel-fr.png') });
      const options = await openOptionsPage(browser);
      await expect(options.locator('h1').textContent()).resolves.toBe('Jeux d’affirmations connues');
      const builtIn = options.locator('li[data-dataset-id="provenance-seeds"]');
      await expect(builtIn.locator('.toggle-field label').textContent()).resolves.toBe('Utiliser dans l’analyse');
      await expect(builtIn.locator('.dataset-counts').textContent()).resolves.toMatch(
        /^\d+ sources · \d+ affirmations$/,
      );
      await expect(options.locator('#sites-heading').textContent()).resolves.toBe(
        'Vérifier automatiquement sur ces sites',
      );
      // The import worker has no browser.i18n: it words the outcome from the catalog the page sends it.
      const refused = await importText(
        options,
        'cassé.json',
        '{\n  "format": "provenance-dataset",\n  "version": un\n}',
      );
      expect(refused.title).toMatch(/^✕ cassé\.json n’a pas pu être importé :$/);
      expect(refused.details).toMatch(/^le fichier n’est pas du JSON valide à la ligne 3, colonne \d+ : /);
      const jsonl = await importText(
        options,
        'vérifiées.jsonl',
        '{"vclaim": "Une affirmation vérifiée."}\n[1]\n',
        '« vérifiées »',
      );
      expect(jsonl.title).toMatch(
        /« vérifiées » importé : 1 affirmation de 1 source \(Affirmations en JSON Lines\)\. 1 enregistrement a été ignoré\.$/,
      );
      expect(jsonl.details).toMatch(
        /ligne 2 : un objet JSON comme \{"vclaim": "…"\} était attendu, trouvé : une liste/,
      );
      await options.screenshot({ path: screenshotPath('options-fr.png'), fullPage: true });
    });
  });

  test('a right-to-left catalog: the popup turns right to left, the article’s own sentences keep their direction, nothing spills sideways', async () => {
    await popupIn('ar', async (popup) => {
      // No Arabic catalog yet: an Arabic browser gets the English one, laid out left to right.
      await expect(popup.locator('html').getAttribute('dir')).resolves.toBe('ltr');
      await expect(popup.locator('.compare').textContent()).resolves.toBe('Compare side by side');
      // What an Arabic catalog's uiDirection would do.
      await popup.evaluate(() => document.documentElement.setAttribute('dir', 'rtl'));
      await expect(popup.locator('.claim').count()).resolves.toBeGreaterThan(0);
      const layout = await popup.evaluate(() => {
        const width = document.documentElement.clientWidth;
        const mark = document.querySelector('.brand-mark')!.getBoundingClientRect();
        const sentence = getComputedStyle(document.querySelector('.claim-sentence')!).direction;
        return { markOnTheRight: mark.left > width / 2, sentence };
      });
      expect(layout).toEqual({ markOnTheRight: true, sentence: 'ltr' });
      expect(await overflow(popup)).toEqual({ scroll: 0, outside: 0 });
      await popup.screenshot({ path: screenshotPath('popup-rtl.png') });
    });
  });
});
