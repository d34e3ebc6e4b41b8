import { stemmer } from 'stemmer';
import { describe, expect, test } from 'vitest';
import { analyzeSentence } from '../../src/nlp/analyze-sentence';
import { phraseAt, startsUpperCase, stemPhraseAt, tokenize } from '../../src/nlp/tokenize';

describe('tokenize', () => {
  test('stems a word the same the first time and when its stem is kept, and past the kept stems', () => {
    const words = ['organisations', 'running', 'happily', 'guarantees', 'proposed'];
    const stems = words.map((word) => stemmer(word));
    expect(tokenize(words.join(' ')).map((t) => t.stem)).toEqual(stems);
    expect(tokenize(words.join(' ')).map((t) => t.stem)).toEqual(stems);
    // More distinct words than are kept: the store is emptied and refilled, never wrong.
    const letters = (i: number) =>
      [...i.toString(26)].map((c) => String.fromCharCode(97 + Number.parseInt(c, 26))).join('');
    const many = Array.from({ length: 70_000 }, (_, i) => `zq${letters(i)}ings`);
    for (let i = 0; i < many.length; i += 1000) tokenize(many.slice(i, i + 1000).join(' '));
    expect(tokenize(`${words.join(' ')} ${many[5]}`).map((t) => t.stem)).toEqual([...stems, stemmer(many[5]!)]);
  });

  test.each([
    ['U.S. President Donald Trump', ['U.S.', 'President', 'Donald', 'Trump']],
    ['10,000 to 30,000 troops', ['10,000', 'to', '30,000', 'troops']],
    ['NATO-style guarantees', ['NATO', 'style', 'guarantees']],
    ['Kyiv’s security, 37%.', ['Kyiv’s', 'security', '37%']],
  ])('%s', (text, expected) => {
    expect(tokenize(text).map((t) => t.text)).toEqual(expected);
  });

  test('offsets point back into the text', () => {
    const text = 'The “U.S.” offered 3.5 billion.';
    for (const token of tokenize(text)) expect(text.slice(token.start, token.end)).toBe(token.text);
  });

  test('norms fold curly apostrophes, drop a possessive and an abbreviation’s last period', () => {
    expect(tokenize('Kyiv’s U.S. Trump’s NATO’s allies’').map((t) => t.norm)).toEqual([
      'kyiv',
      'u.s',
      'trump',
      'nato',
      'allies',
    ]);
  });

  test('a capital is told in any script', () => {
    expect(
      ['Kyiv', 'Élysée', 'Жовква', 'Ωmega', 'kyiv', 'élysée', 'жовква', '2025', '“Quote'].map(startsUpperCase),
    ).toEqual([true, true, true, true, false, false, false, false, false]);
    expect(tokenize('Talks in Élysée and kyiv').map((t) => t.isCapitalised)).toEqual([
      false,
      false,
      true,
      false,
      false,
    ]);
  });

  test('phrases of norms and of stems stop at the sentence’s end', () => {
    const tokens = tokenize('Security guarantees were offered');
    expect(phraseAt(tokens, 0, 2)).toBe('security guarantees');
    expect(stemPhraseAt(tokens, 1, 3)).toBe('guarante were offer');
    expect(phraseAt(tokens, 3, 3)).toBe('offered');
    expect(phraseAt(tokens, 4, 2)).toBe('');
  });
});

describe('analyzeSentence', () => {
  const keys = (text: string) => analyzeSentence(text).units.map((u) => `${u.negated ? '¬' : ''}${u.key}`);

  test('a quantity sits in the clause of the words around it', () => {
    const units = analyzeSentence('Officials met in Brussels, and 10,000 troops left on Monday.').units;
    expect(units.map((unit) => `${unit.key}:${unit.clause}`)).toEqual([
      'offici:0',
      '@meeting:0',
      'brussel:0',
      '@troops:1',
      'left:1',
      '#10000-10000:1',
    ]);
  });

  test.each([
    ['the Western military alliance', '@nato'],
    ['the North Atlantic Treaty Organization', '@nato'],
    ['Western “boots on the ground”', '@troops'],
    ['Washington offered', '@us'],
    ['the Biden administration', '@actor:biden'],
    ['NATO’s Article 5', '@article-5'],
    ['a bilateral security agreement', '@security-guarantee'],
    ["NATO's collective security", '@article-5'],
    // How many sides meet is said by the sides named: one meeting unit.
    ['trilateral talks between Washington, Kyiv and Moscow', '@meeting'],
    ['a three-way summit in Istanbul', '@meeting'],
  ])('%s names %s', (text, key) => {
    expect(keys(text)).toContain(key);
  });

  test('"trilateral" in "trilateral talks" is not content of its own', () => {
    expect(keys('Officials expect trilateral talks next week.')).not.toContain('trilater');
    expect(keys('Officials signed a trilateral agreement.')).toContain('trilater');
  });

  test.each([
    ['Moldova has long aspired to join the EU.', false],
    ['Officials had long sought a ceasefire.', false],
    ['They have long argued for sanctions.', false],
    // An adjective, or a verb's complement: content.
    ['It was a long war.', true],
    ['The talks took a long time.', true],
  ])('"long" after has/have/had says for how long, not what: %s', (text, isContent) => {
    expect(keys(text).includes('long')).toBe(isContent);
  });

  test('"us" the pronoun is not the US', () => {
    expect(keys('He told us about it')).not.toContain('@us');
    expect(keys('The US told him')).toContain('@us');
  });

  test.each([
    [
      'would not involve Western “boots on the ground” in Ukraine, a crucial point',
      ['¬@troops', '¬@ukraine', 'crucial'],
    ],
    ['Trump has repeatedly ruled out Ukraine joining the Western military alliance.', ['¬@membership', '¬@nato']],
    ['they are against NATO membership for Ukraine', ['¬@nato', '¬@membership']],
    ['an attack against all members', ['attack', 'member']],
    ['tensions not only between Russia and Ukraine', ['@russia', '@ukraine']],
    // Post-positive refusals deny what precedes them.
    ['while membership talks are off the table for now', ['¬@membership', '¬@meeting']],
    ['for whom NATO expansion is a red line', ['¬@nato', '¬expans']],
    ['Ukraine joining the alliance was ruled out by Trump', ['¬@ukraine', '¬@membership', '@actor:trump']],
    // A refusal in two words, as "ruled out" is.
    ['The board turned down the takeover bid.', ['¬takeov', '¬bid']],
    // A negation reaches over function words to its clause's end.
    ['did not include any talk of putting “boots on the ground” in Ukraine', ['¬@troops', '¬@ukraine']],
  ])('negation scope in “%s”', (text, expected) => {
    expect(keys(text)).toEqual(expect.arrayContaining(expected));
  });

  test('the words of a cue are not content', () => {
    expect(keys('membership talks are off the table')).not.toContain('tabl');
    expect(keys('NATO expansion is a red line')).not.toEqual(expect.arrayContaining(['red', 'line']));
  });

  test('a wish is neither asserted nor denied', () => {
    const units = analyzeSentence('Kyiv has long aspired to join NATO.').units;
    expect(units.find((u) => u.key === '@nato')?.irrealis).toBe(true);
    expect(
      analyzeSentence('The proposal aims to deliver protection.').units.find((u) => u.key === 'protect')?.irrealis,
    ).toBe(true);
  });

  test('a plan that is a thing is not a wish', () => {
    expect(analyzeSentence('The plan includes Western troops.').units.find((u) => u.key === '@troops')?.irrealis).toBe(
      false,
    );
  });

  test('an attribution clause is marked so it does not count as content', () => {
    const units = analyzeSentence('According to a diplomatic source speaking to AFP, the US proposed a pact.').units;
    expect(units.find((u) => u.text === 'AFP')?.attribution).toBe(true);
    expect(units.find((u) => u.key === '@propose')?.attribution).toBe(false);
  });

  test('a sentence that opens with its source attributes up to the reporting verb', () => {
    const units = analyzeSentence(
      'Another source with knowledge of the matter confirmed the guarantees had been discussed.',
    ).units;
    expect(units.find((u) => u.key === 'knowledg')?.attribution).toBe(true);
    expect(units.find((u) => u.key === 'discuss')?.attribution).toBe(false);
    // A named subject is content: who did what.
    expect(
      analyzeSentence('Trump said the talks were productive.').units.find((u) => u.key === '@actor:trump')?.attribution,
    ).toBe(false);
  });

  test('where a speaker spoke is content, to whom they spoke is attribution', () => {
    const at = analyzeSentence(
      'President Donald Trump, speaking at a virtual summit with European leaders, said the US is ready to provide guarantees.',
    );
    expect(at.units.find((u) => u.key === '@meeting')?.attribution).toBe(false);
    const to = analyzeSentence('A diplomat, speaking to AFP on condition of anonymity, said the US proposed a pact.');
    expect(to.units.find((u) => u.text === 'AFP')?.attribution).toBe(true);
  });

  test('an offer in the offerer’s words is a proposal', () => {
    expect(keys('Washington is ready to provide Ukraine with long-term security assurances')).toContain('@propose');
  });

  test.each([
    ['could involve 10,000 to 30,000 troops', { low: 10000, high: 30000 }],
    ['costs estimated at over $411 billion', { low: 411e9, high: 411e9 }],
    ['increased by approximately 37% since June', { low: 37, high: 37 }],
  ])('quantity in “%s”', (text, expected) => {
    expect(analyzeSentence(text).numbers[0]).toMatchObject(expected);
  });

  test.each([
    ['On August 16, 2025, the US offered', '2025-08-16'],
    ['Confirmed by a US official on november 21, 2025', '2025-11-21'],
    ['damaged by Russian missiles in May.', '*-05'],
    ['talks on Saturday', 'saturday'],
  ])('date in “%s”', (text, key) => {
    expect(analyzeSentence(text).dates.map((d) => d.key)).toContain(key);
  });

  test('"it may" is not a month and "Article 5" is not a quantity', () => {
    const analysis = analyzeSentence('It may cite NATO’s Article 5 principle.');
    expect(analysis.dates).toEqual([]);
    expect(analysis.numbers).toEqual([]);
  });
});
