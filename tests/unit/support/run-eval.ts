/** Runs `npm run eval` as a user does and checks its contract: a readable report, then exactly one JSON line. */
import { spawnSync } from 'node:child_process';
import { expect } from 'vitest';
import { REPO_ROOT } from '../../../src/eval/eval-paths';

/** The exit status, both streams and the final JSON line; a run that reports an error throws unless `expectFailure`. */
export function runEval(args: string[], { expectFailure = false } = {}) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/eval.ts', ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
  const lines = run.stdout.trimEnd().split('\n');
  let json: Record<string, unknown>;
  try {
    json = JSON.parse(lines.at(-1)!) as Record<string, unknown>;
  } catch {
    throw new Error(`the last line is not JSON; stdout:\n${run.stdout}\nstderr:\n${run.stderr}`);
  }
  // A failed run says why; show it rather than a bare status mismatch.
  if (!expectFailure && typeof json.error === 'string') throw new Error(`eval ${args.join(' ')} failed: ${json.error}`);
  // Exactly one JSON line, and it is the last.
  expect(lines.slice(0, -1).filter((line) => line.startsWith('{'))).toEqual([]);
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, json };
}
