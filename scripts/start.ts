/**
 * `npm start`: builds the extension (production), serves the demo pages on 127.0.0.1, and opens a
 * fresh Chromium profile with Provenance loaded on the demo article. Runs until Ctrl-C.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'wxt';
import { serveFixtures } from './fixture-server';

const ROOT = resolve(import.meta.dirname, '..');
const EXTENSION_DIR = join(ROOT, '.output', 'chrome-mv3');
const DEMO_PAGE = 'seed-000.html';

/** A browser binary and whether it still honours --load-extension (Google Chrome 137+ does not). */
interface BrowserBinary {
  path: string;
  loadsExtensionFlag: boolean;
}

function onPath(name: string): string | null {
  const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  const path = found.stdout.trim();
  return found.status === 0 && path ? path : null;
}

/** CHROME_PATH if set (an explicit choice wins), then Debian's Chromium, then Chromium or Chrome on PATH. */
function findBrowser(): BrowserBinary | null {
  const isChrome = (path: string) => /google[- ]chrome/i.test(path);
  const candidates = [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    onPath('chromium'),
    onPath('chromium-browser'),
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    onPath('google-chrome'),
    onPath('google-chrome-stable'),
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  ];
  for (const path of candidates) {
    if (path && existsSync(path)) return { path, loadsExtensionFlag: !isChrome(path) };
  }
  return null;
}

function hasDisplay(): boolean {
  if (process.platform !== 'linux') return true;
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

function loadUnpackedSteps(): string {
  return [
    'To load Provenance by hand:',
    '  1. Open chrome://extensions',
    '  2. Turn on "Developer mode" (top right)',
    `  3. Click "Load unpacked" and choose ${EXTENSION_DIR}`,
  ].join('\n');
}

async function main(): Promise<void> {
  console.log('Building the extension…');
  await build({ root: ROOT });

  const server = await serveFixtures({ port: 5173 });
  const articleUrl = `${server.baseUrl}${DEMO_PAGE}`;
  const profile = mkdtempSync(join(tmpdir(), 'provenance-profile-'));
  let browserProcess: ChildProcess | null = null;

  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    const running = browserProcess;
    if (running && running.exitCode === null) {
      // Wait (briefly) for the browser to let go of its profile before deleting it.
      const exited = new Promise((done) => running.once('exit', done));
      running.kill();
      await Promise.race([exited, new Promise((done) => setTimeout(done, 3000))]);
    }
    await server.close();
    rmSync(profile, { recursive: true, force: true });
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));

  console.log(`\nDemo pages:     ${server.baseUrl}`);
  console.log(`Demo article:   ${articleUrl}`);
  console.log(`Extension:      ${EXTENSION_DIR}\n`);

  const browser = findBrowser();
  if (!hasDisplay()) {
    console.log('No display found (DISPLAY / WAYLAND_DISPLAY are unset), so no browser window can open here.');
    console.log(`Open ${articleUrl} in a Chromium-based browser on this machine with the extension loaded.`);
    console.log(loadUnpackedSteps());
  } else if (!browser) {
    console.log('No Chromium or Chrome found. Install Chromium (e.g. apt-get install chromium) or set CHROME_PATH.');
    console.log(loadUnpackedSteps());
  } else {
    const args = [
      `--user-data-dir=${profile}`,
      '--no-first-run',
      '--no-default-browser-check',
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      // Chromium refuses to start as root without this (containers, CI boxes).
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      ...(browser.loadsExtensionFlag ? [] : ['chrome://extensions']),
      articleUrl,
    ];
    browserProcess = spawn(browser.path, args, { stdio: 'ignore' });
    browserProcess.on('error', (error) => console.error(`Could not start ${browser.path}: ${error.message}`));
    browserProcess.on('exit', () => {
      console.log('Browser closed; stopping.');
      void shutdown(0);
    });
    console.log(`Opened ${browser.path} with a fresh profile.`);
    if (!browser.loadsExtensionFlag) {
      console.log('Google Chrome 137+ ignores --load-extension, so the extension is not loaded yet.');
      console.log(loadUnpackedSteps());
    }
    console.log('\nHow to use it:');
    console.log('  • On the demo article, click the puzzle-piece icon in the toolbar, then Provenance');
    console.log('    (pin it to keep the button and its badge in view).');
    console.log('  • The popup lists the article’s claims that other sources corroborate or contradict.');
  }
  console.log('\nServing until Ctrl-C.');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
