/**
 * Hostile pages in the real browser (tests/fixtures/hostile/, served on 127.0.0.1). Each ends in a state
 * a reader can trust: page strings shown as the characters they are, nothing the page says or sends
 * taken for a result, and every odd page (clobbered, huge, CJK, right-to-left, Turkish, framed,
 * empty, an app changing route) ending in a report or a clear sentence, never an error or a hang.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serveFixtures, type FixtureServer } from '../../scripts/fixture-server';
import { launchExtensionBrowser, type ExtensionBrowser, type WorkerGlobal } from './support/extension-browser';
import { importDatasetsThroughOptions } from './support/import-file';

let server: FixtureServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  server = await serveFixtures();
  browser = await launchExtensionBrowser();
  // A copy of the payload page's Biden sentence naming Trump, payload and all: the sentence conflicts with
  // it whatever the judge finds between the seeds. (The judge leaves restated-seed-000's clean Trump
  // reports "related" to the sentence with the payload's words in it.)
  await importDatasetsThroughOptions(
    browser,
    resolve(import.meta.dirname, '..', 'fixtures', 'datasets', 'script-payloads-restated.json'),
  );
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const hostile = (name: string): string => `${server.baseUrl}hostile/${name}`;

/** Every dialog any page opens, dismissed and remembered. */
function collectDialogs(...pages: Page[]): string[] {
  const dialogs: string[] = [];
  for (const page of pages)
    page.on('dialog', (dialog) => void dialog.dismiss().then(() => dialogs.push(dialog.message())));
  return dialogs;
}

/** Tab `tabId`'s stored report entry, as the worker keeps it in storage.session. */
async function storedEntry(
  tabId: number,
): Promise<{ url: string; report: { article: { title: string | null } } } | undefined> {
  const sw = await browser.worker();
  return sw.evaluate(async (id) => {
    const { chrome } = globalThis as unknown as WorkerGlobal;
    const key = `report:${id}`;
    return (await chrome.storage.session.get(key))[key] as
      | { url: string; report: { article: { title: string | null } } }
      | undefined;
  }, tabId);
}

describe('script payloads in page strings', () => {
  test('title, byline, site name and a conflicting sentence show their markup as text, and none of it runs', async () => {
    const { page, tabId } = await browser.openTab(hostile('script-payloads.html'));
    const popup = await browser.openPopup(tabId);
    const dialogs = collectDialogs(page, popup);

    const payload = "<img src=x onerror=\"document.title='pwned';window.__pwned='title'\">";
    await expect(popup.locator('h1').textContent()).resolves.toBe(
      `U.S. Proposes NATO-Style Defense Pact Ukraine ${payload}`,
    );
    await expect(popup.locator('.article-byline').textContent()).resolves.toContain(
      "Malik Thompson <script>window.__pwned='author'</script>",
    );
    await expect(popup.locator('.article-byline').textContent()).resolves.toContain(
      "Media Wall News <svg onload=window.__pwned='site'>",
    );
    const biden = popup.locator('li.claim-conflicts', { hasText: 'the Biden administration has proposed a framework' });
    await expect(biden.locator('summary').textContent()).resolves.toContain(
      'principle <img src=x onerror="window.__pwned=\'sentence\'">.',
    );
    await expect(
      biden.locator('summary mark', { hasText: 'Biden administration' }).count(),
      'the sentence is rendered with its difference marked',
    ).resolves.toBe(1);

    // The payloads are live in the page itself (its own markup ran there) …
    await expect(page.evaluate(() => (globalThis as unknown as { __pageRan?: boolean }).__pageRan)).resolves.toBe(true);
    // … and none ran in the popup: no element made from them, no global set, title untouched.
    await expect(popup.locator('img, svg, iframe, object, embed').count()).resolves.toBe(0);
    await expect(popup.locator('script').count()).resolves.toBe(1);
    await expect(popup.locator('a[href^="javascript:" i]').count()).resolves.toBe(0);
    await expect(
      popup.evaluate(() => (globalThis as unknown as { __pwned?: string }).__pwned),
    ).resolves.toBeUndefined();
    await expect(popup.title()).resolves.toBe('Provenance');
    expect(dialogs).toEqual([]);
  });
});

describe('script payloads in the side panel', () => {
  test('the side panel shows the same payloads as text, and none of it runs there', async () => {
    const { page, tabId } = await browser.openTab(hostile('script-payloads.html'));
    const panel = await browser.openSidePanel(tabId);
    const dialogs = collectDialogs(page, panel);
    await expect(panel.locator('main').textContent()).resolves.toContain(
      'principle <img src=x onerror="window.__pwned=\'sentence\'">.',
    );
    await expect(panel.locator('main').textContent()).resolves.toContain(
      "<img src=x onerror=\"document.title='pwned';window.__pwned='title'\">",
    );
    await expect(
      panel.locator('main img, main svg:not([aria-hidden="true"]), iframe, object, embed').count(),
    ).resolves.toBe(0);
    await expect(panel.locator('script').count()).resolves.toBe(1);
    await expect(panel.locator('a[href^="javascript:" i]').count()).resolves.toBe(0);
    await expect(
      panel.evaluate(() => (globalThis as unknown as { __pwned?: string }).__pwned),
    ).resolves.toBeUndefined();
    await expect(page.evaluate(() => (globalThis as unknown as { __pwned?: string }).__pwned)).resolves.toBeUndefined();
    expect(dialogs).toEqual([]);
  });
});

describe('a page that talks to the extension', () => {
  test('its postMessages, events and fake results change nothing, and start no analysis', async () => {
    const { page, tabId } = await browser.openTab(hostile('page-messages.html'));
    // Let the page send for a while with no popup open: nothing may be analyzed or badged.
    await expect.poll(() => page.evaluate(() => Number(document.documentElement.dataset.attempts))).toBeGreaterThan(10);
    expect(await storedEntry(tabId)).toBeUndefined();
    expect(await browser.badgeText(tabId)).toBe('');
    await expect(
      page.evaluate(() => typeof (globalThis as { chrome?: { runtime?: unknown } }).chrome?.runtime),
    ).resolves.toBe('undefined');

    const popup = await browser.openPopup(tabId);
    await expect(popup.locator('h1').textContent()).resolves.toBe(
      'Sea stars return to Harbour Point tide pools, volunteer survey finds',
    );
    await expect(popup.locator('.message-empty').textContent()).resolves.toMatch(
      /^None of this article’s \d+ sentences match a known claim\.$/,
    );
    await expect(popup.locator('main').textContent()).resolves.not.toContain('FAKE');
    // Reading the page told it nothing: no message from the extension reached the page's window.
    await expect(page.evaluate(() => document.documentElement.dataset.overheard ?? '[]')).resolves.toBe('[]');
  });

  test('the page’s broken built-ins (cloneNode, Array.prototype.map, JSON, Intl.Segmenter) do not reach extraction', async () => {
    const { page, tabId } = await browser.openTab(hostile('page-messages.html'));
    await expect(
      page.evaluate(() => {
        try {
          [1].map((x) => x);
          return 'intact';
        } catch {
          return 'broken';
        }
      }),
    ).resolves.toBe('broken');
    const popup = await browser.openPopup(tabId);
    await expect(popup.locator('.counts').textContent()).resolves.toMatch(/^[1-9]\d* claims checked/);
  });
});

describe('DOM clobbering', () => {
  test('named elements shadowing document.body, form.parentNode … do not stop extraction, and the page is left as it was', async () => {
    const { page, tabId } = await browser.openTab(hostile('dom-clobbering.html'));
    const snapshot = () =>
      page.evaluate(() => ({
        body: String((document as unknown as { body: unknown }).body),
        // documentElement is clobbered too: read it through the prototype's getter.
        html: (Object.getOwnPropertyDescriptor(Document.prototype, 'documentElement')!.get!.call(document) as Element)
          .outerHTML,
        names: Document.prototype.querySelectorAll.call(document, '[name]').length,
      }));
    const before = await snapshot();
    expect(before.body).toBe('[object Window]'); // the clobbering is real in this browser

    const popup = await browser.openPopup(tabId);
    await expect(popup.locator('h1').textContent()).resolves.toBe('Ferry timetable changes for the summer season');
    await expect(popup.locator('.message-empty').textContent()).resolves.toMatch(
      /^None of this article’s [4-9] sentences match a known claim\.$/,
    );
    expect(await snapshot()).toEqual(before);
  });
});

/** What counts as hanging for the guards below: far above any run's time, below the test's own timeout. */
const HANG_MS = 30_000;

describe('a 5 MB, 100,000-element page', () => {
  // A hang guard, not a speed measurement (speed is measured by the benches): the cap must keep a huge
  // page from freezing the popup; the bound is loose because a busy machine must not fail it (3.3–5.7 s
  // on a quiet run; 10.1 s once with two training jobs beside the run, which failed the 10 s bound).
  test('is checked up to the cap without hanging, and the popup says the result is partial', async () => {
    const { page, tabId } = await browser.openTab(hostile('huge-page.html'));
    const size = await page.evaluate(() => ({ ...document.documentElement.dataset }));
    expect(Number(size.elements)).toBeGreaterThanOrEqual(100_000);
    expect(Number(size.chars)).toBeGreaterThanOrEqual(5_000_000);

    const started = Date.now();
    const popup = await browser.openPopup(tabId);
    const elapsed = Date.now() - started;
    await expect(popup.locator('.message-partial').textContent()).resolves.toBe(
      'Only the first part of this page was checked.',
    );
    await expect(popup.locator('.counts').textContent()).resolves.toMatch(/^\d+ claims checked/);
    console.log(`5 MB page: popup ready after ${elapsed} ms`);
    expect(elapsed, `popup ready after ${elapsed} ms`).toBeLessThan(HANG_MS);
  });
});

describe('repetition and direction tricks (issue 17, point 6)', () => {
  // The hang guard of the 5 MB page above, not a speed measurement.
  test('one sentence repeated 5,000 times is one card that says how often, with its verdict', async () => {
    const { tabId } = await browser.openTab(hostile('repeated-sentence.html'));
    const started = Date.now();
    const popup = await browser.openPopup(tabId);
    await popup.locator('.claim').first().waitFor();
    const elapsed = Date.now() - started;
    console.log(`5,000 repeated sentences: popup ready after ${elapsed} ms`);
    expect(elapsed, `popup ready after ${elapsed} ms`).toBeLessThan(HANG_MS);
    await expect(popup.locator('.claim').count()).resolves.toBe(1);
    await expect(popup.locator('.claim .claim-summary').textContent()).resolves.toMatch(/ · repeated \d{3,} times$/);
    await expect(popup.locator('.counts').textContent()).resolves.toMatch(/^1 claim checked · 1 corroborated/);
  });

  test('a name stored reversed under a right-to-left override is read, matched and shown as the reader sees it', async () => {
    const { tabId } = await browser.openTab(hostile('bidi-override.html'));
    const popup = await browser.openPopup(tabId);
    const sentence = popup.locator('.claim .claim-sentence').first();
    await expect(sentence.textContent()).resolves.toBe(
      'US President Donald Trump has proposed that Ukraine receive security guarantees modeled on NATO Article 5.',
    );
    // Matched as read: the seeds that say Trump proposed it back it up, and seed 000, which says the Biden
    // administration did, disputes who, naming the page's actor as the reader sees it.
    const claim = popup.locator('li.claim').first();
    await expect(claim.locator('li.source-corroborates').count()).resolves.toBeGreaterThan(0);
    await expect(claim.locator('li.source-conflicts .differences li').allTextContents()).resolves.toEqual([
      'Different actor: US President Donald Trump vs the Biden administration',
    ]);
  });
});

describe('text the reader cannot see (issue 17, point 2)', () => {
  test('is not checked: a hidden known claim beside its visible reworded twin leaves only the twin in the report', async () => {
    const { tabId } = await browser.openTab(hostile('hidden-twin.html'));
    const popup = await browser.openPopup(tabId);
    await popup.locator('.counts').waitFor();
    const entry = (await storedEntry(tabId)) as unknown as { report: { claims: Array<{ text: string }> } };
    const checked = entry.report.claims.map((claim) => claim.text);
    expect(checked).toContain(
      'US President Donald Trump has not proposed that Ukraine receive security guarantees modeled on NATO Article 5.',
    );
    expect(checked).toContain(
      'The harbour authority will run an extra evening ferry to the islands from the first week of June, after residents complained that the last boat left too early.',
    );
    expect(
      checked.filter((text) =>
        /has proposed|Hidden by|Transparent|Placed off|Clipped away|Folded to|assistive/.test(text),
      ),
    ).toEqual([]);
    expect(checked).toHaveLength(4);
  });
});

describe('scripts, directions and frames', () => {
  // Provenance checks English only: each of these ends in its title and the sentence naming its language.
  test.each([
    ['cjk-article.html', '港町の図書館、週末の開館時間を延長へ', 'ja', 'Japanese'],
    ['rtl-article.html', 'المكتبة البلدية تمدد ساعات العمل في عطلة نهاية الأسبوع', 'ar', 'Arabic'],
    ['turkish-article.html', "İZMİR LİMANI'NDA YENİ AKŞAM SEFERİ BAŞLIYOR", 'tr', 'Turkish'],
  ])(
    '%s ends with its title, read in its language, and the sentence naming that language',
    async (file, title, lang, language) => {
      const { tabId } = await browser.openTab(hostile(file));
      const popup = await browser.openPopup(tabId);
      await expect(popup.locator('h1').textContent()).resolves.toBe(title);
      await expect(popup.locator('h1').getAttribute('lang')).resolves.toBe(lang);
      await expect(popup.locator('.message-language').textContent()).resolves.toBe(
        `This article is in ${language}; Provenance checks English text.`,
      );
    },
  );

  test('frames around an article are not read: an ad frame quoting known claims adds no match, and a frame posting fake results changes nothing', async () => {
    const { tabId } = await browser.openTab(hostile('frames.html'));
    const popup = await browser.openPopup(tabId);
    await expect(popup.locator('h1').textContent()).resolves.toBe('Library extends its weekend opening hours');
    await expect(popup.locator('.message-empty').textContent()).resolves.toBe(
      'None of this article’s 4 sentences match a known claim.',
    );
    await expect(popup.locator('main').textContent()).resolves.not.toContain('FAKE');
  });

  test('an article that lives only in a frame gets the no-article sentence (the top frame is what is read)', async () => {
    const { tabId } = await browser.openTab(hostile('frame-only.html'));
    const popup = await browser.openPopup(tabId);
    await expect(popup.getByRole('status').textContent()).resolves.toBe('No article found on this page.');
  });

  test('an empty page gets the no-article sentence', async () => {
    const { tabId } = await browser.openTab(hostile('empty.html'));
    const popup = await browser.openPopup(tabId);
    await expect(popup.getByRole('status').textContent()).resolves.toBe('No article found on this page.');
  });
});

describe('a single-page app that changes route mid-analysis', () => {
  test('never stores one route’s text under the other’s URL, and the popup then shows the new route', async () => {
    const { page, tabId } = await browser.openTab(hostile('spa-route.html'));
    const titles = [
      'Library extends its weekend opening hours',
      'Harbour ferry adds an evening crossing to the islands',
    ];
    const first = await browser.context.newPage();
    const opening = first.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
    await page.evaluate(() => (globalThis as unknown as { goToStoryB(): void }).goToStoryB());
    await opening;
    await first.locator('main#app[aria-busy="false"]').waitFor();
    // Whichever route was read, the popup shows a whole report for it, not an error.
    expect(titles).toContain(await first.locator('h1').textContent());

    // Whatever is stored is one route's text under that route's URL (when the analysis finished before the
    // route changed, the change cleared it: nothing is stored). Which case happens depends on timing.
    const stored = await storedEntry(tabId);
    if (stored) expect(stored.report.article.title).toBe(stored.url.endsWith('story=b') ? titles[1] : titles[0]);

    const again = await browser.openPopup(tabId);
    await expect(again.locator('h1').textContent()).resolves.toBe(titles[1]);
    const now = await storedEntry(tabId);
    expect([now?.url, now?.report.article.title]).toEqual([page.url(), titles[1]]);
  });
});
