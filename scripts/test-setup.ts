/**
 * `npm test` sets itself up: the real-browser tests need Debian's Chromium at /usr/bin/chromium (or
 * CHROME_PATH) with its UI languages (`chromium-l10n`: the locale tests start it in French and Arabic)
 * and Debian's Firefox ESR (`firefox-esr`, or FIREFOX_PATH). When one is missing and we
 * are root with apt-get (a fresh container), it is installed; otherwise the run stops before any test
 * with one message naming the exact command.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROME_PATH ?? '/usr/bin/chromium';

function hasAptGet(): boolean {
  return spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
}

/** Whether `command` is on the PATH (or is an existing path). */
function found(command: string): boolean {
  return command.includes('/')
    ? existsSync(command)
    : spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

const firefox = process.env.FIREFOX_PATH ?? 'firefox-esr';
/** Debian's Chromium speaks only US English without chromium-l10n; a browser of one's own is taken as it is. */
const chromiumLocales = process.env.CHROME_PATH ? null : '/usr/lib/chromium/locales/fr.pak';
const missing = [
  ...(existsSync(chromium)
    ? []
    : [{ what: `Chromium at ${chromium}`, pkg: 'chromium', custom: Boolean(process.env.CHROME_PATH) }]),
  ...(chromiumLocales === null || existsSync(chromiumLocales)
    ? []
    : [{ what: 'Chromium’s UI languages', pkg: 'chromium-l10n', custom: false }]),
  ...(found(firefox)
    ? []
    : [{ what: `Firefox ESR (${firefox})`, pkg: 'firefox-esr', custom: Boolean(process.env.FIREFOX_PATH) }]),
];

if (missing.length > 0) {
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  const command = `apt-get install -y ${missing.map((m) => m.pkg).join(' ')}`;
  if (!root || !hasAptGet() || missing.some((m) => m.custom)) {
    process.stderr.write(
      `npm test needs ${missing.map((m) => m.what).join(' and ')} for the real-browser tests. Install it with: ${root ? '' : 'sudo '}${command}` +
        `${missing.some((m) => m.custom) ? ' (or point CHROME_PATH / FIREFOX_PATH at a browser that exists)' : ''}\n`,
    );
    process.exit(1);
  }
  console.log(`Installing what the real-browser tests need (${command})…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', ...missing.map((m) => m.pkg)], { stdio: 'inherit', env });
  if (!existsSync(chromium) || !found(firefox) || (chromiumLocales !== null && !existsSync(chromiumLocales))) {
    process.stderr.write('apt-get ran, but a browser the tests need is still missing.\n');
    process.exit(1);
  }
}
