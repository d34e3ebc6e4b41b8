import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { runPostsTask } from '../../src/eval/run-posts-task';

const dir = mkdtempSync(join(tmpdir(), 'posts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const claim = (id: string, text: string) =>
  JSON.stringify({
    vclaim_id: id,
    vclaim: text,
    title: '',
    subtitle: '',
    author: 'A fact-checker',
    date: '2021-03-01',
  });
const files = (queries: string, qrels: string) => {
  writeFileSync(
    join(dir, 'vclaims.jsonl'),
    [
      claim('bags', 'The Springfield city council voted to ban plastic bags in all grocery stores.'),
      claim('fees', 'The Springfield city council voted to raise parking fees downtown.'),
      claim('frog', 'A new species of frog was found in the Amazon rainforest.'),
    ].join('\n'),
  );
  writeFileSync(join(dir, 'queries.tsv'), queries);
  writeFileSync(join(dir, 'qrels.tsv'), qrels);
  return { vclaims: join(dir, 'vclaims.jsonl'), queries: join(dir, 'queries.tsv'), qrels: join(dir, 'qrels.tsv') };
};

test('a post repeating a verified claim is shown its claim as corroborating, and nothing else', () => {
  const outcome = runPostsTask(
    files(
      'q1\tBig news: the Springfield city council voted to ban plastic bags in all grocery stores! https://t.co/x\n' +
        'q2\tWhat a lovely sunny afternoon at the beach with my dogs\n',
      'q1\t0\tbags\t1\nq2\t0\tfrog\t1\n',
    ),
  );
  expect(outcome.status).toBe('done');
  if (outcome.status !== 'done') return;
  // The beach post names nothing of the frog claim: its gold claim is missed, and nothing is shown for it.
  expect(outcome.figures).toMatchObject({ posts: 2, goldClaims: 2, goldShown: 1, otherShown: 0, postsWithLinks: 1 });
  expect(outcome.lines[1]).toContain('1/2');
});

test('missing files are skipped when asked, else a failed outcome', () => {
  const absent = { vclaims: join(dir, 'none.jsonl'), queries: join(dir, 'none.tsv'), qrels: join(dir, 'none.tsv') };
  expect(runPostsTask({ ...absent, skipWhenAbsent: true }).status).toBe('skipped');
  expect(runPostsTask(absent).status).toBe('failed');
});
