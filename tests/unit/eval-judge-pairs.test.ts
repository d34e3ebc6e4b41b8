import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { runJudgePairsTask } from '../../src/eval/run-judge-pairs-task';

const dir = mkdtempSync(join(tmpdir(), 'judge-pairs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const claim = (id: string, text: string) => JSON.stringify({ vclaim_id: id, vclaim: text, title: '', subtitle: '' });

test('counts how often the gold claim and the other claims are called corroborating', () => {
  writeFileSync(
    join(dir, 'vclaims.jsonl'),
    [
      claim('gold', 'The city council voted to ban plastic bags in all grocery stores.'),
      claim('other', 'The city council voted to raise parking fees downtown.'),
      claim('far', 'A new species of frog was found in the rainforest.'),
    ].join('\n'),
  );
  writeFileSync(
    join(dir, 'queries.tsv'),
    'q1\tBig news: the city council voted to ban plastic bags in all grocery stores!\n',
  );
  writeFileSync(join(dir, 'qrels.tsv'), 'q1\t0\tgold\t1\n');
  const outcome = runJudgePairsTask({
    vclaims: join(dir, 'vclaims.jsonl'),
    queries: join(dir, 'queries.tsv'),
    qrels: join(dir, 'qrels.tsv'),
  });
  expect(outcome.status).toBe('done');
  if (outcome.status !== 'done') return;
  expect(outcome.figures).toMatchObject({ goldPairs: 1, goldCorroborated: 1 });
  // The parking-fee claim shares the council vote, not the claim.
  expect(outcome.figures.otherPairs).toBeGreaterThanOrEqual(1);
  expect(outcome.figures.otherCorroborated).toBe(0);
});

test('an unreadable file is a failed outcome, not an exception', () => {
  writeFileSync(join(dir, 'bad.jsonl'), 'not json\n');
  const outcome = runJudgePairsTask({
    vclaims: join(dir, 'bad.jsonl'),
    queries: join(dir, 'queries.tsv'),
    qrels: join(dir, 'qrels.tsv'),
  });
  expect(outcome).toMatchObject({ status: 'failed' });
});
