import { describe, expect, test } from 'vitest';
import { buildBm25 } from '../../src/match/bm25';
import { analyzeSentence } from '../../src/nlp/analyze-sentence';
import { defaultWordVectors } from '../../src/nlp/default-vectors';
import { officeContext } from '../../src/stance/differences';
import { sharesFrame } from '../../src/stance/frame';
import { judgeSentences } from '../../src/stance/judge';

const context = { vectors: defaultWordVectors(), weigh: () => 2 };
const judge = (page: string, source: string) => judgeSentences(analyzeSentence(page), analyzeSentence(source), context);

describe('judgeSentences golden pairs', () => {
  test.each([
    [
      'corroborates',
      'The US proposed security guarantees for Ukraine.',
      'Washington offered Kyiv security assurances.',
    ],
    [
      'corroborates',
      'Trump has repeatedly ruled out Ukraine joining the Western military alliance.',
      'The U.S. and some other countries have said that they are against NATO membership for Ukraine.',
    ],
    [
      'conflicts',
      'US President Donald Trump proposed security guarantees for Ukraine.',
      'The Biden administration proposed security guarantees for Ukraine.',
    ],
    [
      'conflicts',
      'The mission could involve 10,000 troops from partner countries.',
      'The mission could involve 50,000 troops from partner countries.',
    ],
    [
      'conflicts',
      'The plan was announced on August 16, 2025 in Washington.',
      'The plan was announced on November 21, 2025 in Washington.',
    ],
    [
      'conflicts',
      'The guarantees would not involve Western troops in Ukraine.',
      'The guarantees would involve Western troops in Ukraine.',
    ],
    // Sending forces, said three ways.
    [
      'corroborates',
      'The talks did not include any discussion of putting boots on the ground in Ukraine.',
      'Washington would not send ground troops to Ukraine, officials said.',
    ],
    [
      'conflicts',
      'The talks did not include any discussion of putting boots on the ground in Ukraine.',
      'The plan includes the stationing of Western troops in Ukraine.',
    ],
    [
      'unrelated',
      'Russian artillery fire has increased by approximately 37% since June.',
      'Economic considerations are also driving this diplomatic initiative.',
    ],
    [
      'unrelated',
      'By using this site, you agree to the Privacy Policy.',
      'Beyond the immediate challenges of implementation, several considerations warrant attention.',
    ],
  ])('%s: “%s” / “%s”', (relation, page, source) => {
    expect(judge(page, source).relation).toBe(relation);
  });

  test('a conflict names its spans and kind', () => {
    const verdict = judge(
      'US President Donald Trump proposed security guarantees for Ukraine.',
      'The Biden administration proposed security guarantees for Ukraine.',
    );
    expect(verdict.differences).toEqual([
      expect.objectContaining({ kind: 'actor', page: 'US President Donald Trump', source: 'The Biden administration' }),
    ]);
  });

  test.each([
    // Who met where (Trump, Alaska) identifies the meeting, whatever else each sentence says.
    [
      'corroborates',
      'Diplomats were busy after a summit between President Donald Trump and Vladimir Putin in Alaska.',
      'Trump briefed the Ukrainian president about the Alaska summit.',
    ],
    // Who met whom (Trump, Zelensky).
    [
      'corroborates',
      'Trump later met Zelensky and other European leaders at the White House, calling the talks productive.',
      'Zelensky is due in Washington on Monday for talks with Trump.',
    ],
  ])('two reports of one meeting: %s', (relation, page, source) => {
    expect(judge(page, source).relation).toBe(relation);
    expect(sharesFrame(analyzeSentence(page), analyzeSentence(source))).toBe(true);
  });

  test('a meeting that may happen and a meeting that took place are not one meeting', () => {
    const possible = analyzeSentence(
      'Analysts are debating a possible summit of the US, China and India, and its agenda.',
    );
    // The same three sides and the same kind of event, but held: another meeting.
    const held = analyzeSentence(
      'The plan was raised during a call President Joe Biden held with China and India, a day after his summit with Modi.',
    );
    const prospective = analyzeSentence(
      'Speculation grows over potential trilateral talks between the US, China and India.',
    );
    expect(sharesFrame(prospective, held)).toBe(false);
    expect(sharesFrame(held, prospective)).toBe(false);
    // Two reports of the same possible meeting still are.
    expect(sharesFrame(prospective, possible)).toBe(true);
  });

  test.each([
    // The seed case: "trilateral" is said by the three sides named.
    [
      'The proposal arrives as speculation grows over potential trilateral talks between the U.S., Ukraine, and Russia.',
      'A source said Zelensky is to discuss what form a possible Trump-Putin-Zelensky summit would have, and security guarantees.',
    ],
  ])('two reports of one possible meeting: “%s” / “%s”', (page, source) => {
    expect(sharesFrame(analyzeSentence(page), analyzeSentence(source))).toBe(true);
  });

  test.each([
    // Article 5 cited on one side, restated on the other.
    [
      'corroborates',
      "NATO's founding promise: if one member is attacked, the others will come to its aid.",
      "Under Article 5 of NATO's treaty, an attack on one ally is an attack on all.",
    ],
    // An alliance's "collective security" is its mutual-defence promise: Article 5.
    [
      'corroborates',
      "Warsaw trusts NATO's collective security promise.",
      'Poland relies on Article 5 of the NATO treaty.',
    ],
    // The same restatement said of a named party, asserted on one side and set aside on the other (the
    // words still differ: the restatement does not swallow them).
    [
      'conflicts',
      'Under the deal an attack on Moldova would be treated as an attack on all signatories.',
      'Rather than making an attack on Moldova an attack on all signatories, the deal offers arms packages.',
    ],
  ])('collective defence restated: %s: “%s” / “%s”', (relation, page, source) => {
    expect(judge(page, source).relation).toBe(relation);
  });

  test('the rule, said of any member, is no conflict with a deal that sets it aside for one country', () => {
    const verdict = judge(
      'The treaty provides that an armed attack against one member shall be considered an attack against all, obliging them to assist.',
      'Rather than making an attack on Moldova an attack on all signatories, the deal would offer military assistance packages.',
    );
    expect(verdict.relation).not.toBe('conflicts');
    expect(verdict.balance.differing).toBe(0);
  });

  test('"has long aspired" weighs as "has aspired": the seed case, where "long" kept the pair just under the bar', () => {
    const source =
      'Many Western officials fear that offering Ukraine NATO membership while it is in a hot war with Russia would be seen as a direct provocation by Moscow.';
    const withLong = judge(
      'Kyiv has long aspired to join NATO -- but some Western circles have expressed resistance to the idea.',
      source,
    );
    const without = judge(
      'Kyiv has aspired to join NATO -- but some Western circles have expressed resistance to the idea.',
      source,
    );
    expect(withLong.alignment.similarity).toBeCloseTo(without.alignment.similarity, 6);
  });

  test('one shared person is not one meeting', () => {
    const page = analyzeSentence(
      'Trump, speaking at a virtual summit with European and Ukrainian leaders, praised the talks.',
    );
    expect(sharesFrame(page, analyzeSentence('Zelensky is due in Washington on Monday for talks with Trump.'))).toBe(
      false,
    );
  });

  test('a country where something happens does not stand for its leader', () => {
    const source = [
      analyzeSentence('US President Donald Trump met Zelensky.'),
      analyzeSentence('Zelensky is due in Washington on Monday for talks with Trump.'),
    ];
    const page = [
      analyzeSentence('The Biden administration has proposed a framework.'),
      analyzeSentence('Negotiations will continue behind closed doors in Washington, Brussels and Kyiv.'),
    ];
    const verdict = judgeSentences(page[1]!, source[1]!, {
      ...context,
      offices: { page: officeContext(page), source: officeContext(source) },
    });
    expect(verdict.relation).not.toBe('conflicts');
  });

  test('a page claim found whole in a longer source is corroborated by it', () => {
    const page = 'Officials confirmed the NATO guarantees had been discussed.';
    const source =
      'Ministers meeting in Brussels on Tuesday debated budgets and energy prices and migration routes and farm subsidies and fishing quotas before discussing NATO guarantees late into the night.';
    expect(judge(page, source).relation).toBe('corroborates');
  });

  test('a wish is not the opposite of a refusal', () => {
    expect(judge('Trump has ruled out Ukraine joining NATO.', 'Kyiv has long aspired to join NATO.').relation).not.toBe(
      'conflicts',
    );
  });

  test.each([
    // Both set their subject against the same named thing ("rather than", "separate from"): a shared statement.
    [
      'corroborates',
      'The new tribunal would be a standalone court, rather than part of the European Union court system.',
      'The tribunal would be separate from the European Union court system, officials said.',
    ],
    // The same thing contrasted on one side and asserted as the subject's on the other.
    [
      'conflicts',
      'The new tribunal would be a standalone court, rather than part of the European Union court system.',
      'The tribunal would be part of the European Union court system, officials said.',
    ],
    // A contrast and a comparison with the same thing: neither says the subject is that thing.
    [
      'corroborates',
      'The US proposed guarantees similar to -- but separate from -- the collective defense agreement between NATO member countries.',
      'The framework suggests guarantees akin to the collective defense agreement between NATO member countries.',
    ],
  ])('a shared contrast: %s: “%s” / “%s”', (relation, page, source) => {
    expect(judge(page, source).relation).toBe(relation);
  });

  test('a hyphenated "NATO-style" compares, as "akin to" does: no polarity difference with "separate from NATO"', () => {
    const verdict = judge(
      'The US has proposed guarantees similar to -- but separate from -- the collective defense agreement between NATO member countries.',
      'The United States offered NATO-style joint defense guarantees to Kyiv.',
    );
    expect(verdict.balance.differing).toBe(0);
  });

  test('a shared contrast of two or more units counts as a shared denial, whatever else each sentence says', () => {
    const verdict = judge(
      // Besides "not NATO", both name Kyiv: two shared specific things.
      'Kyiv would get a standalone pact, likely involving a specific coalition of willing countries, rather than the entire 32-member NATO alliance.',
      'Washington has proposed security guarantees for Kyiv similar to -- but separate from -- the collective defense agreement between NATO member countries, a diplomat said.',
    );
    // Below the corroboration threshold on its words alone.
    expect(verdict.alignment.similarity).toBeLessThan(0.42);
    expect(verdict.balance.sharedContrastUnits).toBeGreaterThanOrEqual(2);
    expect(verdict.relation).toBe('corroborates');
  });

  test('one shared contrasted word does not name the same thing', () => {
    // "alliance" alone, however rare, under "stopped short of" and "rather than".
    const weighted = { ...context, weigh: (key: string) => (key === 'allianc' ? 4 : 2) };
    const verdict = judgeSentences(
      analyzeSentence(
        'Officials described a clear departure from earlier security arrangements that stopped short of formal alliance protections.',
      ),
      analyzeSentence('It would be a standalone pact with a coalition of countries, rather than the entire alliance.'),
      weighted,
    );
    expect(verdict.balance).toMatchObject({ sharedContrastUnits: 1, sharedContrast: 4 });
    expect(verdict.relation).not.toBe('corroborates');
  });

  test('"the US" stands for the president its own text names', () => {
    const source = [
      analyzeSentence('US President Donald Trump spoke on Saturday.'),
      analyzeSentence('The US has proposed security guarantees for Ukraine.'),
    ];
    const page = analyzeSentence('The Biden administration has proposed security guarantees for Ukraine.');
    const verdict = judgeSentences(page, source[1]!, {
      ...context,
      offices: { page: officeContext([page]), source: officeContext(source) },
    });
    expect(verdict.relation).toBe('conflicts');
    expect(verdict.differences[0]).toMatchObject({ kind: 'actor', source: 'The US' });
    expect(verdict.differences[0]!.standsFor).toMatchObject({ text: 'US', holder: 'Donald Trump' });
  });
});

describe('bm25', () => {
  test('ranks the document sharing the rarer terms first', () => {
    const index = buildBm25([
      ['@nato', 'membership'],
      ['@nato', 'troop'],
      ['weather', 'rain'],
    ]);
    expect(index.search(['troop', '@nato'], 3).map((hit) => hit.doc)).toEqual([1, 0]);
    expect(index.idf('troop')).toBeGreaterThan(index.idf('@nato'));
  });

  test("a hit's coverage is the share of the query's idf it holds, and searches leave no scores behind", () => {
    const index = buildBm25([['@nato', 'membership'], ['@nato', 'troop', 'troop'], ['weather', 'rain'], ['rain']]);
    const query = ['troop', '@nato', 'unseen', 'troop'];
    const weight = index.idf('troop') + index.idf('@nato') + index.idf('unseen');
    const [first, second] = index.search(query, 5);
    expect(first!.coverage).toBeCloseTo((index.idf('troop') + index.idf('@nato')) / weight, 12);
    expect(second!.coverage).toBeCloseTo(index.idf('@nato') / weight, 12);
    // The same search again gives the same scores: nothing from the first was left in the accumulators.
    expect(index.search(query, 5).map((hit) => hit.score)).toEqual([first!.score, second!.score]);
    expect(index.search(['rain'], 5).map((hit) => hit.doc)).toEqual([3, 2]);
  });
});
