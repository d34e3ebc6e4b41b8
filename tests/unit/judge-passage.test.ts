import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { defaultDataset } from '../../src/claims/default-dataset';
import { createAnalyzer } from '../../src/engine/analyzer';
import { SEED_FIXTURES_DIR } from '../../src/eval/eval-paths';
import { extractArticle } from '../../src/extract/extract-article';
import { analyzeSentence } from '../../src/nlp/analyze-sentence';
import { parseHtmlDocument } from '../../src/node/html-document';
import { defaultPairModel } from '../../src/stance/default-pair-model';
import { officeContext } from '../../src/stance/differences';
import { judgeAtGrain, judgeBody } from '../../src/eval/body/judge-body';
import * as judgePassage from '../../src/stance/judge-passage';

vi.mock('../../src/stance/judge-passage', async (importOriginal) => {
  const original = await importOriginal<typeof judgePassage>();
  return { ...original, judgeAnalyzed: vi.fn(original.judgeAnalyzed) };
});

const { judge, judgeAnalyzed } = judgePassage;

const BODY = [
  'Officials in Kyiv said on Tuesday that Washington had offered Ukraine a security guarantee modelled on Article 5.',
  'The offer would commit the United States to come to Ukraine’s defence if it were attacked again.',
  'Russia dismissed the proposal as a provocation.',
].join(' ');

describe('judge(claim, passage): the learned pair model decides sentence pairs; bodies go to the body model', () => {
  test('a one-sentence passage is decided by the learned pair model, with that sentence as evidence', () => {
    const verdict = judge('The company did not raise prices this year.', 'The company raised prices this year.');
    expect(verdict).toMatchObject({ decidedBy: 'model', evidence: ['The company raised prices this year.'] });
    const probabilities = Object.values(verdict.probabilities!);
    expect(probabilities.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 2);
    expect(verdict.score).toBe(verdict.probabilities![verdict.relation]);
  });

  test('a conflict decided on a sentence carries its differing spans', () => {
    const verdict = judge('The company did not raise prices this year.', 'The company raised prices this year.');
    expect(verdict.relation).toBe('conflicts');
    expect(verdict.differences[0]).toMatchObject({ kind: 'negation', source: 'raised' });
    expect(verdict.differences[0]!.page).toContain('not');
  });

  test('a passage of several sentences is judged as one unit by the pair model', () => {
    const verdict = judge('The US offered Ukraine an Article 5-style security guarantee.', BODY, { grain: 'sentence' });
    expect(verdict).toMatchObject({ decidedBy: 'model', evidence: [BODY] });
  });

  test('an article body is decided by the body model (evaluation only), with evidence from the body', () => {
    const verdict = judgeBody('The US offered Ukraine an Article 5-style security guarantee.', BODY);
    expect(verdict.decidedBy).toBe('body-model');
    const probabilities = Object.values(verdict.probabilities!);
    expect(probabilities.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 2);
    expect(verdict.score).toBe(verdict.probabilities![verdict.relation]);
    for (const sentence of verdict.evidence) expect(BODY).toContain(sentence);
  });

  test('a caller holding article bodies can have a one-sentence body judged as a body', () => {
    const verdict = judgeAtGrain(
      'Trump has ruled out Ukraine joining NATO.',
      'Trump is against NATO membership for Ukraine.',
      { grain: 'body' },
    );
    expect(verdict.decidedBy).toBe('body-model');
    expect(verdict.probabilities).toBeDefined();
  });

  test('the caller’s context reaches the judge: “the US” stands for the president its own text names', () => {
    const source = [
      analyzeSentence('US President Donald Trump spoke on Saturday.'),
      analyzeSentence('The US has proposed security guarantees for Ukraine.'),
    ];
    const page = analyzeSentence('The Biden administration has proposed security guarantees for Ukraine.');
    const passage = { sentences: [source[1]!.text], analyses: [source[1]!] };
    const offices = { page: officeContext([page]), source: officeContext(source) };
    const told = judgeAnalyzed(page, passage, { context: { offices } });
    const untold = judgeAnalyzed(page, passage, {});
    expect(told.probabilities!.conflicts).toBeGreaterThan(untold.probabilities!.conflicts);
  });

  describe('two doers of one kind of event: a conflict over who', () => {
    const page = analyzeSentence(
      'The Biden administration has proposed a framework of security guarantees for Ukraine modelled on Article 5.',
    );
    const source = [
      analyzeSentence('US President Donald Trump spoke to European leaders on Saturday.'),
      analyzeSentence('The American side proposed a non-NATO Article 5 type guarantee for Ukraine.'),
    ];
    const passage = { sentences: [source[1]!.text], analyses: [source[1]!] };
    const offices = { page: officeContext([page]), source: officeContext(source) };

    test('the model reads one subject, the detector who differs: a conflict, asking more of the page', () => {
      const verdict = judgeAnalyzed(page, passage, { context: { offices } });
      const p = verdict.probabilities!;
      // The model alone would call the pair related.
      expect(p.related).toBeGreaterThan(Math.max(p.corroborates, p.conflicts, p.unrelated));
      expect(verdict.relation).toBe('conflicts');
      expect(verdict.differences.map((d) => [d.kind, d.page, d.source])).toEqual([
        ['actor', 'The Biden administration', 'The American side'],
      ]);
      // Its score stays the model's probability of a conflict; the analyzer does not hold it to the threshold.
      expect(verdict.score).toBe(p.conflicts);
      expect(verdict.overWho).toBe(true);
      expect(verdict.thin).toBe(true);
    });

    test('a conflict the model itself sees, below the link threshold, is one too, and not thin', () => {
      const verdict = judge(
        "Carlos Alcaraz won the 2024 Wimbledon men's singles title.",
        "Jannik Sinner won the 2024 Wimbledon men's singles title.",
      );
      expect(verdict.relation).toBe('conflicts');
      expect(verdict.score).toBeLessThan(defaultPairModel().linkThresholds.conflicts);
      expect(verdict.overWho).toBe(true);
      expect(verdict.thin).toBeUndefined();
    });

    test('where the rules compared no slots, the detector is asked for who alone', () => {
      // One shared specific thing ("Wimbledon"; the year is in another place) is below the rules' bar
      // for comparing slots, and a win is no concept event: the rules say related, with no difference.
      const claim = 'Carlos Alcaraz won the Wimbledon title in 2024.';
      const passage = "Jannik Sinner won the 2024 Wimbledon men's singles title.";
      const verdict = judge(claim, passage);
      expect(verdict.relation).toBe('conflicts');
      expect(verdict.differences.map((d) => [d.kind, d.page, d.source])).toEqual([
        ['actor', 'Carlos Alcaraz', 'Jannik Sinner'],
      ]);
      expect(verdict.overWho).toBe(true);
      expect(verdict.probabilities!.conflicts).toBeLessThan(verdict.probabilities!.corroborates);
      // Two doers of two different things are no such conflict.
      expect(
        judge('Carlos Alcaraz won the Wimbledon title in 2024.', 'Jannik Sinner won the US Open in 2024.').overWho,
      ).toBeUndefined();
    });

    test('not when the two report two occasions of it', () => {
      const published = { page: '2022-03-20', source: '2025-08-20' };
      expect(judgeAnalyzed(page, passage, { context: { offices, published } }).relation).toBe('related');
    });
  });
});

function seedArticle(page: string) {
  const html = readFileSync(resolve(SEED_FIXTURES_DIR, `${page}.html`), 'utf8');
  const extracted = extractArticle(parseHtmlDocument(html, `http://127.0.0.1/${page}.html`));
  if (!extracted.ok) throw new Error(extracted.message);
  return extracted.article;
}

describe('the extension’s analyzer', () => {
  test('takes every verdict it shows from judge(), at sentence grain', () => {
    const spy = vi.mocked(judgeAnalyzed);
    spy.mockClear();
    const report = createAnalyzer([defaultDataset]).analyze(seedArticle('seed-004'));
    const shown = report.claims.flatMap((claim) => [...claim.corroborating, ...claim.conflicting]);
    expect(shown.length).toBeGreaterThan(5);
    const judgedTexts = new Set(spy.mock.calls.map(([, passage]) => passage.sentences[0]));
    for (const match of shown) expect(judgedTexts).toContain(match.text);
    expect(spy.mock.calls.every(([, , options]) => options?.grain === 'sentence')).toBe(true);
  });
});
