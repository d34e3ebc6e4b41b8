/** `npm run bench:browser`'s pure parts: its command line, how each figure is printed and the floor's blank extension. */
import { describe, expect, test } from 'vitest';
import { DEFAULT_ARGS, parseBrowserBenchArgs } from '../../bench/browser-args';
import { formatSpread, spread } from '../../bench/timing';
import { writeFloorExtension } from '../../bench/floor-extension';
import { POPUP_MARKS } from '../../src/ui/popup-marks';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

describe('parseBrowserBenchArgs', () => {
  test.each([
    [[], DEFAULT_ARGS],
    [['--runs', '2', '--pages', '2'], { runs: 2, pages: 2, datasets: ['builtin', 'checkthat', '100k'] }],
    [['--datasets', '100k,builtin'], { runs: 5, pages: 5, datasets: ['builtin', '100k'] }],
  ])('%j', (argv, expected) => {
    expect(parseBrowserBenchArgs(argv)).toEqual(expected);
  });

  test.each([
    [['--runs', '0'], '--runs takes a whole number of at least 1, not "0"'],
    [['--pages'], '--pages takes a whole number of at least 1, not ""'],
    [['--datasets', 'builtin,fever'], '--datasets takes a list of builtin, checkthat, 100k; not "builtin,fever"'],
    [['--fast'], 'unknown argument "--fast"'],
  ])('refuses %j', (argv, message) => {
    expect(() => parseBrowserBenchArgs(argv)).toThrow(message);
  });
});

describe('spread and formatSpread', () => {
  test.each([
    [[152.4, 140, 170.6, 151, 160], '152 ms (140–171)'],
    [[1234.5], '1,235 ms (1,235–1,235)'],
    [[], 'n/a'],
  ])('%j → %s', (values, text) => {
    expect(formatSpread(spread(values))).toBe(text);
  });
});

describe('the floor extension', () => {
  test('is an MV3 extension whose popup asks its worker and sets every mark the click reads', () => {
    const dir = writeFloorExtension(mkdtempSync(join(tmpdir(), 'floor-')));
    try {
      const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
      expect(manifest).toMatchObject({
        manifest_version: 3,
        action: { default_popup: 'popup.html' },
        background: { service_worker: 'background.js' },
      });
      // No host permission: the click grants activeTab, as it does to Provenance.
      expect(manifest.host_permissions).toBeUndefined();
      const popup = readFileSync(join(dir, 'popup.js'), 'utf8');
      for (const mark of Object.values(POPUP_MARKS)) expect(popup).toContain(JSON.stringify(mark));
      expect(popup).toContain('chrome.runtime.sendMessage');
      expect(popup).toContain("dataset.state = 'no-matches'");
      expect(readFileSync(join(dir, 'popup.html'), 'utf8')).toContain('<script src="popup.js">');
      expect(readFileSync(join(dir, 'background.js'), 'utf8')).toContain('chrome.tabs.onUpdated.addListener');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
