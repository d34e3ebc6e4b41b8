/**
 * Where the E2E tests save their screenshots. A test run writes them under `test-results/screenshots/`
 * (ignored by git), so a clean checkout stays clean after `npm test`; `npm run screenshots` runs the same
 * tests with `PROVENANCE_SCREENSHOTS=docs` to refresh the README's images in `docs/screenshots/` on purpose.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');

/** The folder screenshots go to in this run, created if missing. */
export const SCREENSHOTS = resolve(
  ROOT,
  process.env.PROVENANCE_SCREENSHOTS === 'docs' ? 'docs/screenshots' : 'test-results/screenshots',
);
mkdirSync(SCREENSHOTS, { recursive: true });

/** The path of screenshot `name` ("popup.png") in this run's folder. */
export const screenshotPath = (name: string): string => resolve(SCREENSHOTS, name);
