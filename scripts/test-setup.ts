/**
 * `npm test` sets itself up: the real-browser tests need Debian's Chromium at /usr/bin/chromium (or
 * CHROME_PATH). When it is missing and we are root with apt-get (a fresh container), it is installed;
 * otherwise the run stops before any test with one message naming the exact command.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const INSTALL = 'apt-get install -y chromium';

function hasAptGet(): boolean {
  return spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
}

if (!existsSync(chromium)) {
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!root || !hasAptGet() || process.env.CHROME_PATH) {
    process.stderr.write(
      `npm test needs Chromium at ${chromium} for the real-browser tests. Install it with: ${root ? '' : 'sudo '}${INSTALL}` +
        `${process.env.CHROME_PATH ? ' (or point CHROME_PATH at a Chromium that exists)' : ''}\n`,
    );
    process.exit(1);
  }
  console.log(`Chromium is missing; installing it (${INSTALL})…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', 'chromium'], { stdio: 'inherit', env });
  if (!existsSync(chromium)) {
    process.stderr.write(`apt-get installed chromium, but ${chromium} is still missing.\n`);
    process.exit(1);
  }
}
