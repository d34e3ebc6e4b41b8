/**
 * The off-story golden table (tests/golden/off-story-pairs.tsv): sentence pairs on stories other than
 * the seeds' — sport, business, science, politics in several countries — run through the difference
 * detector as the judge runs it (analyze, align, findDifferences). A conflict of a kind the detector
 * names (actor, number, date, negation) must be found with its spans (off-story-spans.tsv); a
 * corroboration must show no difference at all; a pair that is neither must not be given an actor
 * conflict; and the learned judge never calls an actor conflict a corroboration. Rows of other kinds ("agreed" vs "refused") are there for the judge's evaluation
 * (`npm run eval -- pairs --input tests/golden/off-story-pairs.tsv`), whose column format this keeps.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Difference } from '../../src/engine/report';
import { analyzeSentence } from '../../src/nlp/analyze-sentence';
import { defaultWordVectors } from '../../src/nlp/default-vectors';
import { align } from '../../src/stance/align';
import { findDifferences } from '../../src/stance/differences';
import { judge } from '../../src/stance/judge-passage';

const GOLDEN = join(import.meta.dirname, '..', 'golden');
const DETECTED_KINDS = new Set(['actor', 'number', 'date', 'negation']);
const vectors = defaultWordVectors();
// Every key weighs the same, as in the detector's other tests: a row's outcome must not depend on the
// other rows, as IDF over the table would make it.
const weigh = () => 2;

interface Row {
  id: string;
  claim: string;
  passage: string;
  gold: string;
  kind: string;
}

function tsv(file: string): string[][] {
  return readFileSync(join(GOLDEN, file), 'utf8')
    .trimEnd()
    .split('\n')
    .map((line) => line.split('\t'));
}

const [header, ...lines] = tsv('off-story-pairs.tsv');
const rows: Row[] = lines.map(([id, claim, passage, gold, kind]) => ({
  id: id!,
  claim: claim!,
  passage: passage!,
  gold: gold!,
  kind: kind!,
}));
const [spanHeader, ...spanLines] = tsv('off-story-spans.tsv');
const spans = new Map(spanLines.map(([id, claim, passage]) => [id!, { claim: claim!, passage: passage! }]));

/**
 * Both sides published the same day, as two reports of one story usually are: a weekday ("on
 * Thursday") is then placed on the calendar, which it never is without a publication date.
 */
const PUBLISHED = { page: '2025-03-10', source: '2025-03-10' };

/** The differences the detector finds between a row's claim (the page sentence) and passage. */
function differences(row: Row): Difference[] {
  const [page, source] = [analyzeSentence(row.claim), analyzeSentence(row.passage)];
  return findDifferences(page, source, align(page, source, vectors, weigh), weigh, {
    page: new Map(),
    source: new Map(),
    published: PUBLISHED,
  });
}

describe('the table', () => {
  test('has the column format the pairs evaluation reads', () => {
    expect(header).toEqual(['id', 'claim', 'passage', 'gold', 'kind']);
    expect(spanHeader).toEqual(['id', 'claim_span', 'passage_span']);
    expect(lines.every((line) => line.length === 5 && line.every((cell) => cell.trim() !== ''))).toBe(true);
  });

  test('has at least 48 pairs, unique ids, and each gold one of the three relations', () => {
    expect(rows.length).toBeGreaterThanOrEqual(48);
    expect(new Set(rows.map((row) => row.id)).size).toBe(rows.length);
    expect(rows.filter((row) => !['corroborates', 'conflicts', 'neither'].includes(row.gold))).toEqual([]);
  });

  test('gives spans for exactly the conflicts the detector must find', () => {
    const detected = rows
      .filter((row) => row.gold === 'conflicts' && DETECTED_KINDS.has(row.kind))
      .map((row) => row.id);
    expect([...spans.keys()].sort()).toEqual(detected.sort());
  });
});

describe('conflicts are found, with their spans', () => {
  test.each(rows.filter((row) => row.gold === 'conflicts' && DETECTED_KINDS.has(row.kind)))(
    '$id $kind: $claim / $passage',
    (row) => {
      const expected = spans.get(row.id)!;
      const found = differences(row)
        .filter((d) => d.kind === row.kind)
        .map((d) => [d.page, d.source]);
      // A negation's span runs from its cue over the aligned content, whose reach is the negation rule's.
      if (row.kind === 'negation')
        expect(found).toContainEqual([
          expect.stringContaining(expected.claim),
          expect.stringContaining(expected.passage),
        ]);
      else expect(found).toContainEqual([expected.claim, expected.passage]);
    },
  );
});

describe('no conflict is made up', () => {
  test.each(rows.filter((row) => row.gold === 'corroborates'))('$id $kind: $claim / $passage', (row) => {
    expect(differences(row)).toEqual([]);
  });

  test.each(rows.filter((row) => row.gold === 'neither'))('$id $kind, no actor conflict: $claim / $passage', (row) => {
    expect(differences(row).filter((d) => d.kind === 'actor')).toEqual([]);
  });
});

describe('the judge never backs up a sentence with another agent of the same event', () => {
  // The learned judge called three of these corroborations ("Alcaraz won…" / "Sinner won…" among them)
  // before a detected actor difference ruled a corroboration out.
  test.each(rows.filter((row) => row.kind === 'actor'))('$id: $claim / $passage', (row) => {
    expect(judge(row.claim, row.passage, { vectors }).relation).not.toBe('corroborates');
  });
});

describe('an actor swap told in other words', () => {
  // The rules compare no slots of these (too unlike, one shared specific thing); the judge asks the
  // detector for two named doers of one event alone (differences.ts, `namedActorDifferences`). The rest
  // is the miss docs/quality.md names: one doer and two appointees, a difference in the object.
  const MISSED = new Set(['os-82']);
  test.each(rows.filter((row) => row.kind === 'actor-reworded' && !MISSED.has(row.id)))(
    '$id: $claim / $passage',
    (row) => {
      const verdict = judge(row.claim, row.passage, { vectors });
      expect(verdict.relation).toBe('conflicts');
      expect(verdict.differences.map((d) => d.kind)).toContain('actor');
    },
  );
});
