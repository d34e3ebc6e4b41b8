/**
 * Builds the extension the way `npm run build` / `build:firefox` / `build:e2e` do, into a fresh temporary
 * folder, so tests about the shipped manifest and bundles check what the current source produces and
 * never a stale `.output/`. The build runs in a child Node process: vitest sets NODE_ENV=test, and a
 * bundle built under it would not be the bundle users get.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';

/** The repository root (where wxt.config.ts lives). */
export const REPO_ROOT = resolve(import.meta.dirname, '..', '..', '..');

/** Which build: the browser and WXT's mode (`e2e` adds host access to 127.0.0.1). */
export interface BuildTarget {
  browser: 'chrome' | 'firefox';
  mode: 'production' | 'e2e';
}

/** A finished build: its folder and its parsed manifest. */
export interface BuiltExtension {
  dir: string;
  manifest: Record<string, unknown>;
  /** Deletes the temporary folder the build went into. */
  remove(): void;
}

const run = promisify(execFile);

/**
 * WXT rewrites `.wxt/` (tsconfig.json, types) in the repository on every build, and vitest runs test
 * files in parallel workers: two builds at once have left a half-written `.wxt/tsconfig.json` that the
 * other then failed to parse. Builds take turns through a lock directory (mkdir is atomic); one left by
 * a killed run is taken over after two minutes.
 */
const BUILD_LOCK = join(REPO_ROOT, 'node_modules', '.cache', 'provenance-wxt-build.lock');
const STALE_LOCK_MS = 120_000;

async function takingTurns<T>(work: () => Promise<T>): Promise<T> {
  mkdirSync(dirname(BUILD_LOCK), { recursive: true });
  for (;;) {
    try {
      mkdirSync(BUILD_LOCK);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const age = (() => {
        try {
          return Date.now() - statSync(BUILD_LOCK).mtimeMs;
        } catch {
          return 0; // released meanwhile
        }
      })();
      if (age > STALE_LOCK_MS) rmSync(BUILD_LOCK, { recursive: true, force: true });
      await sleep(100);
    }
  }
  try {
    return await work();
  } finally {
    rmSync(BUILD_LOCK, { recursive: true, force: true });
  }
}

/** Builds `target` into a new temporary folder (about two seconds); call `remove()` when done with it. */
export async function buildExtension(target: BuildTarget): Promise<BuiltExtension> {
  const outDir = mkdtempSync(join(tmpdir(), `provenance-${target.browser}-${target.mode}-`));
  const options = JSON.stringify({ root: REPO_ROOT, browser: target.browser, mode: target.mode, outDir });
  const script = `const { build } = await import('wxt'); await build(${options});`;
  const env = { ...process.env, NODE_ENV: 'production' };
  await takingTurns(() =>
    run(process.execPath, ['--input-type=module', '-e', script], { cwd: REPO_ROOT, env, maxBuffer: 16 * 1024 * 1024 }),
  );
  const [folder] = readdirSync(outDir, { withFileTypes: true }).filter((entry) => entry.isDirectory());
  if (!folder) throw new Error(`wxt build left no output folder in ${outDir}`);
  const dir = join(outDir, folder.name);
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  return { dir, manifest, remove: () => rmSync(outDir, { recursive: true, force: true }) };
}
