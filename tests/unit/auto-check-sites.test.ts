/**
 * "Check automatically on these sites", the pure part: what the reader types → the one match pattern the
 * browser is asked for (a golden table, junk included), which pages a listed site covers, and the
 * decision to check a loaded page (listed and granted, never a restricted page, nothing probed for
 * sites not listed).
 */
import { describe, expect, test, vi } from 'vitest';
import { isRestrictedUrl } from '../../src/platform/restricted-url';
import { decideAutoCheck, type AutoCheckDeps } from '../../src/sites/auto-check-decision';
import { readSiteEntries, siteLabel, siteMatchesUrl, siteOrigin, type SiteEntry } from '../../src/sites/site-entry';
import { parseSite } from '../../src/sites/site-input';

describe('what the reader types → the pattern asked for', () => {
  test.each([
    ['example.com', 'https://example.com/*', 'example.com'],
    ['  Example.COM  ', 'https://example.com/*', 'example.com'],
    ['https://www.example.com/news', 'https://www.example.com/*', 'www.example.com'],
    ['https://www.example.com/news?page=2#top', 'https://www.example.com/*', 'www.example.com'],
    ['HTTPS://Example.com', 'https://example.com/*', 'example.com'],
    ['http://example.com', 'http://example.com/*', 'http://example.com'],
    ['http://127.0.0.1:5173/seed-000.html', 'http://127.0.0.1/*', 'http://127.0.0.1'],
    ['127.0.0.1', 'https://127.0.0.1/*', '127.0.0.1'],
    ['localhost:8080', 'https://localhost/*', 'localhost'],
    ['http://[::1]:3000/', 'http://[::1]/*', 'http://[::1]'],
    ['*.example.org', 'https://*.example.org/*', '*.example.org'],
    ['https://*.example.org/*', 'https://*.example.org/*', '*.example.org'],
    ['http://*.example.org', 'http://*.example.org/*', 'http://*.example.org'],
    ['example.com.', 'https://example.com/*', 'example.com'],
    ['www.example.com:443', 'https://www.example.com/*', 'www.example.com'],
    ['https://user:secret@example.com/path', 'https://example.com/*', 'example.com'],
    ['//example.com/news', 'https://example.com/*', 'example.com'],
    ['bücher.de', 'https://xn--bcher-kva.de/*', 'xn--bcher-kva.de'],
    ['*.co.uk', 'https://*.co.uk/*', '*.co.uk'], // not caught: needs the public-suffix list (documented)
  ])('%s → %s, listed as %s', (input, origin, label) => {
    const parsed = parseSite(input);
    if (!parsed.ok) throw new Error(parsed.message);
    expect(siteOrigin(parsed.site)).toBe(origin);
    expect(siteLabel(parsed.site)).toBe(label);
  });

  test.each([
    ['', /^Type a site, such as example\.com/],
    ['   ', /^Type a site/],
    ['example', /^“example” is not a full site name: add its ending, as in example\.com\.$/],
    ['exa mple.com', /^“exa mple\.com” is not a site address/],
    ['ex!ample.com', /is not a site address/],
    ['https://', /is not a site address/],
    ['http://:80/', /is not a site address/],
    ['*', /^Name one site at a time: Provenance never checks every site automatically\.$/],
    ['*.*', /^Name one site at a time/],
    ['*://*/*', /^Name one site at a time/],
    ['https://*/*', /^Name one site at a time/],
    ['<all_urls>', /^Name one site at a time/],
    ['*.com', /^\*\.com would cover every site ending in \.com\. Name a site, as in \*\.example\.com\.$/],
    ['www.*.example.com', /^A \* can only stand at the very start/],
    ['ex*ample.com', /^A \* can only stand at the very start/],
    ['*.127.0.0.1', /^An IP address has no subdomains/],
    [
      'javascript:alert(1)',
      /^Only web sites \(https:\/\/ or http:\/\/\) can be checked automatically, not “javascript:” addresses\.$/,
    ],
    ['file:///etc/passwd', /not “file:” addresses/],
    ['chrome://extensions', /not “chrome:” addresses/],
    ['ftp://example.com', /not “ftp:” addresses/],
    ['mailto:editor@example.com', /not “mailto:” addresses/],
    ['data:text/html,<script>alert(1)</script>', /not “data:” addresses/],
    [`${'a'.repeat(250)}.com`, /is not a site address/],
    ['x'.repeat(5000), /^That is too long to be a site address\.$/],
  ])('%j is refused: %s', (input, message) => {
    const parsed = parseSite(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(message);
  });
});

describe('which pages a listed site covers', () => {
  const site = (input: string): SiteEntry => {
    const parsed = parseSite(input);
    if (!parsed.ok) throw new Error(parsed.message);
    return parsed.site;
  };

  test.each([
    ['example.com', 'https://example.com/2026/story.html', true],
    ['example.com', 'https://example.com:8443/story', true],
    ['example.com', 'http://example.com/story', false],
    ['example.com', 'https://www.example.com/story', false],
    ['example.com', 'https://notexample.com/', false],
    ['example.com', 'https://example.com.evil.test/', false],
    ['*.example.org', 'https://example.org/', true],
    ['*.example.org', 'https://news.example.org/a', true],
    ['*.example.org', 'https://a.b.example.org/a', true],
    ['*.example.org', 'https://badexample.org/', false],
    ['http://127.0.0.1', 'http://127.0.0.1:5173/seed-000.html', true],
    ['http://127.0.0.1', 'https://127.0.0.1/', false],
    ['example.com', 'not a url', false],
  ])('%s covers %s: %s', (input, url, expected) => {
    expect(siteMatchesUrl(site(input), url)).toBe(expected);
  });

  test('the stored list is read defensively: malformed entries and repeats are left out', () => {
    const good = { scheme: 'https', host: 'example.com', subdomains: false };
    expect(readSiteEntries(undefined)).toEqual([]);
    expect(readSiteEntries('example.com')).toEqual([]);
    expect(
      readSiteEntries([
        good,
        { ...good },
        { scheme: 'ftp', host: 'example.com', subdomains: false },
        { scheme: 'https', host: '*', subdomains: false },
        { scheme: 'https', host: 'example.com/*, <all_urls>', subdomains: false },
        { scheme: 'https', host: 'example.org', subdomains: 'yes' },
        null,
        { scheme: 'https', host: 'example.org', subdomains: true, extra: '__proto__' },
      ]),
    ).toEqual([good, { scheme: 'https', host: 'example.org', subdomains: true }]);
  });
});

describe('the decision for a page that has just loaded', () => {
  const listed: SiteEntry[] = [
    { scheme: 'https', host: 'example.com', subdomains: false },
    { scheme: 'https', host: 'example.org', subdomains: true },
  ];

  function deps(granted: boolean, sites = listed): AutoCheckDeps & { isGranted: ReturnType<typeof vi.fn> } {
    return { isRestrictedUrl, listedSites: async () => sites, isGranted: vi.fn(async () => granted) };
  }

  test('a listed and granted site is checked; access is asked about for the page’s own origin', async () => {
    const d = deps(true);
    await expect(decideAutoCheck('https://news.example.org/a?b=1', d)).resolves.toEqual({
      check: true,
      site: listed[1],
    });
    expect(d.isGranted).toHaveBeenCalledWith(['https://news.example.org/*']);
  });

  test.each([
    ['not listed', 'https://elsewhere.test/story', true, 'not-listed'],
    ['listed for https, loaded over http', 'http://example.com/story', true, 'not-listed'],
    ['listed, but access revoked in the browser', 'https://example.com/story', false, 'not-granted'],
    ['no URL (the browser withholds it)', undefined, true, 'no-url'],
    ['a browser page', 'chrome://settings/', true, 'restricted'],
    ['the extension store', 'https://chromewebstore.google.com/detail/x', true, 'restricted'],
    ['a PDF', 'https://example.com/report.pdf', true, 'restricted'],
  ])('%s: not checked', async (_name, url, granted, reason) => {
    const d = deps(granted);
    await expect(decideAutoCheck(url, d)).resolves.toEqual({ check: false, reason });
    if (reason !== 'not-granted')
      expect(d.isGranted, 'no permission is probed for pages not listed').not.toHaveBeenCalled();
  });

  test('an empty list (the default) checks nothing', async () => {
    await expect(decideAutoCheck('https://example.com/', deps(true, []))).resolves.toEqual({
      check: false,
      reason: 'not-listed',
    });
  });

  test('a failing storage or permissions API means no check, not an exception', async () => {
    const broken: AutoCheckDeps = {
      isRestrictedUrl,
      listedSites: async () => listed,
      isGranted: () => Promise.reject(new Error('gone')),
    };
    await expect(decideAutoCheck('https://example.com/', broken)).resolves.toEqual({ check: false, reason: 'error' });
  });
});
