/**
 * Renders the toolbar and store icons (public/icon/{16,32,48,128}.png) from one SVG with headless
 * Chromium, so the artwork lives in code and the PNGs can be regenerated: `tsx scripts/make-icons.ts`.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const SIZES = [16, 32, 48, 128] as const;

/** A bold "P" on a blue tile with two text lines beside it: reads at 16 px, still a mark at 128 px. */
const ICON_SVG = `
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128" width="128" height="128">
  <rect x="4" y="4" width="120" height="120" rx="26" fill="#1f4fa3"/>
  <path d="M36 100V28h30c16 0 26 10 26 23s-10 23-26 23H52v26z M52 60h13c7 0 11-4 11-9s-4-9-11-9H52z"
        fill="#ffffff" fill-rule="evenodd"/>
  <circle cx="98" cy="96" r="13" fill="#f2b233"/>
</svg>`;

async function main(): Promise<void> {
  const outDir = join(import.meta.dirname, '..', 'public', 'icon');
  mkdirSync(outDir, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    for (const size of SIZES) {
      const page = await browser.newPage({ viewport: { width: size, height: size } });
      const svg = ICON_SVG.replace('width="128" height="128"', `width="${size}" height="${size}"`);
      await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
      await page.screenshot({ path: join(outDir, `${size}.png`), omitBackground: true });
      await page.close();
    }
  } finally {
    await browser.close();
  }
  console.log(`Wrote ${SIZES.map((s) => `${s}.png`).join(', ')} to ${outDir}`);
}

await main();
