import { describe, expect, test } from 'vitest';
import { findAttribution } from '../../src/provenance/attribution';

describe('findAttribution: the speaker a sentence names', () => {
  test.each([
    // according to X
    [
      'According to a high-level diplomatic source speaking to AFP on condition of anonymity, the Biden administration has proposed a framework.',
      'a high-level diplomatic source speaking to AFP',
    ],
    [
      'According to a report published by Axios, the draft agreement stipulates that any attack would be a threat.',
      'a report published by Axios',
    ],
    [
      'According to World Bank projections released last week, Ukraine’s GDP contracted by approximately 35% since the war began.',
      'World Bank projections released last week',
    ],
    ['The talks will resume in Geneva next month, according to two European diplomats.', 'two European diplomats'],
    // X said / told / confirmed …
    [
      "The US has proposed security guarantees for Ukraine similar to -- but separate from -- the collective defense agreement between NATO member countries, Italy's premier and a diplomatic source said on Saturday.",
      "Italy's premier and a diplomatic source",
    ],
    [
      '"As one of the security guarantees for Ukraine, the American side proposed a non-NATO Article 5 type guarantee, supposedly agreed with Putin," the diplomatic source told AFP on condition they not be identified in any way.',
      'the diplomatic source, to AFP',
    ],
    [
      'Italian Prime Minister Giorgia Meloni, who was on the call with Trump, confirmed the US president had raised the idea of a security guarantee "inspired" by Article 5.',
      'Italian Prime Minister Giorgia Meloni',
    ],
    [
      'Rutte, in an interview with Fox News’ “The Ingraham Angle” on August 19, 2025, clarified the delicate situation: “The U.S. and some other countries have said that they are against NATO membership for Ukraine.',
      'Rutte, in an interview with Fox News’ “The Ingraham Angle”',
    ],
    [
      'The starting point for the proposal was defining a collective security clause "that would allow Ukraine to benefit from the support of all its partners," Meloni said in a statement.',
      'Meloni, in a statement',
    ],
    [
      'In March, Meloni told Italian senators that any such response would not necessarily involve going to war.',
      'Meloni, to Italian senators',
    ],
    [
      'The second source told AFP that Zelensky is to discuss what form a possible summit would have.',
      'The second source, to AFP',
    ],
    [
      'Another source with knowledge of the matter confirmed the NATO-like guarantees had been discussed.',
      'Another source with knowledge of the matter',
    ],
    [
      'Rutte explicitly stated that the discussions on security guarantees did not include any talk of putting “boots on the ground” in Ukraine.',
      'Rutte',
    ],
    [
      'Many Western officials fear that offering Ukraine NATO membership would be seen as a provocation.',
      'Many Western officials',
    ],
    [
      'It comes as the Institute for the Study of War reports that Russian forces have made incremental gains.',
      'the Institute for the Study of War',
    ],
    [
      'The Ukrainian Foreign Ministry declined to comment when I reached out yesterday, but President Zelensky’s chief diplomatic advisor Ihor Zhovkva told me via telephone that “Ukraine needs guarantees.”',
      'President Zelensky’s chief diplomatic advisor Ihor Zhovkva',
    ],
    [
      'The revelation came from NATO Secretary General Mark Rutte, who confirmed that while membership talks are off the table for now, serious discussions are underway.',
      'NATO Secretary General Mark Rutte',
    ],
    [
      'President Donald Trump, speaking at a virtual summit with European and Ukrainian leaders, stated that Washington is ready to provide Ukraine with long-term security assurances.',
      'President Donald Trump, speaking at a virtual summit with European and Ukrainian leaders',
    ],
    [
      'Ukrainian President Volodymyr Zelensky expressed cautious optimism, noting that any durable peace must include Western partnership.',
      'Ukrainian President Volodymyr Zelensky',
    ],
    [
      'A recent poll conducted by the Pew Research Center (October 2025) indicates that public support remains divided.',
      'A recent poll conducted by the Pew Research Center',
    ],
    [
      'Confirmed by a US official on november 21, 2025, this proposed framework suggests a move towards a security guarantee.',
      'a US official',
    ],
    [
      'However, my sources in European capitals suggest Moscow’s leverage may be waning.',
      'the author’s sources in European capitals',
    ],
    [
      'Trump, speaking to reporters on Air Force One, called the talks productive.',
      'Trump, speaking to reporters on Air Force One',
    ],
    // quotation first, speaker after
    [
      '“This is not NATO membership through the back door,” explained Marina Kaljurand, former Estonian Foreign Minister, during our conversation in Tallinn last week.',
      'Marina Kaljurand, former Estonian Foreign Minister',
    ],
    [
      '“We want peace, not perpetual security guarantees,” explained Oleksandra Koval, a 47-year-old teacher in Dnipro whose apartment building was damaged by Russian missiles in May.',
      'Oleksandra Koval, a 47-year-old teacher in Dnipro',
    ],
    [
      '“We’re holding, but barely,” Colonel Andriy Hreshko told me as we toured damaged civilian infrastructure.',
      'Colonel Andriy Hreshko',
    ],
    ['The guarantees had been discussed at length, said the official.', 'the official'],
  ])('%s → %s', (sentence, expected) => {
    expect(findAttribution(sentence)).toBe(expected);
  });
});

describe('findAttribution: sentences that name no speaker', () => {
  test.each([
    'Trump has repeatedly ruled out Ukraine joining the Western military alliance.',
    "NATO's collective security is based on its Article 5 principle: if one member is attacked, the entire alliance comes to its defense.",
    'The proposed framework would establish automatic military assistance if Ukraine faces renewed Russian aggression.',
    // "I can confirm" is the author's own claim, not a third party's.
    'Having spent three days last month at NATO headquarters, I can confirm this marks a substantial departure.',
    // Nouns and pronouns that look like verbs or speakers.
    'Some member states also have political reservations about the commitment.',
    'It states that an armed attack against one member shall be considered an attack against all.',
    'The evolving landscape has taken a significant turn, with reports surfacing of a potential draft peace agreement.',
    'It has been invoked only once, following the 9/11 attacks on the United States.',
    'Gallup Poll Reveals Decline in Canadian Trust in US Leadership 2024',
    'The stated objections of key allies remain.',
    // A reporting verb inside a quotation is the speaker's words, not an attribution.
    '“The minister said it would pass.”',
    '',
  ])('%s → null', (sentence) => {
    expect(findAttribution(sentence)).toBeNull();
  });
});

describe('findAttribution: the previous sentence as context', () => {
  test.each([
    // A pronoun or "that source" takes the previous sentence's speaker.
    [
      'She noted that, while NATO\'s Article 5 has the use of force as an option, "it is not the only possible option."',
      'In March, Meloni told Italian senators that any such response would not necessarily involve going to war.',
      'Meloni',
    ],
    [
      'But that source added: "No one knows how this could work."',
      'Another source with knowledge of the matter confirmed the NATO-like guarantees had been discussed.',
      'Another source with knowledge of the matter',
    ],
    // A quotation standing alone continues the previous speaker.
    [
      '“The devil will be in the details of implementation.”',
      '“This is not NATO membership through the back door,” explained Marina Kaljurand, former Estonian Foreign Minister.',
      'Marina Kaljurand, former Estonian Foreign Minister',
    ],
    // The splitter cut a quotation: this sentence is its middle.
    [
      'The official NATO position… is that there is an irreversible path for Ukraine into NATO.',
      'Rutte, in an interview with Fox News on August 19, 2025, clarified the situation: “The U.S. is against NATO membership for Ukraine.',
      'Rutte, in an interview with Fox News',
    ],
    // Without an antecedent, a bare pronoun says nothing; an unattributed neighbour lends nothing.
    ['He said the talks went well.', 'The weather was fine.', null],
    ['“We will respond.”', 'The weather in Brussels was fine on Monday.', null],
    ['The talks continue next week in Geneva.', 'Meloni said the talks went well.', null],
  ])('%s (after %s) → %s', (sentence, previous, expected) => {
    expect(findAttribution(sentence, { previous })).toBe(expected);
  });

  test('the end of a quotation over three sentences keeps the speaker passed along by the caller', () => {
    const end = 'But what we are discussing here is Article 5 type of security guarantees.”';
    const context = { previous: 'The official NATO position is that there is a path.', previousAttribution: 'Rutte' };
    expect(findAttribution(end, context)).toBe('Rutte');
    expect(findAttribution(end, { previous: context.previous })).toBeNull();
  });
});

describe('findAttribution on hostile page text', () => {
  test.each([
    ['many reporting verbs', 'said told confirmed, '.repeat(150)],
    ['many quotation marks', '“a,” said b, '.repeat(150)],
    ['a long according-to clause', `According to ${'the source of '.repeat(140)}`],
    ['many commas before a verb', `${'Meloni, '.repeat(240)}said it.`],
    ['a long told object', `X told ${'a'.repeat(1_900)}`],
  ])('%s returns quickly', (_name, text) => {
    const started = performance.now();
    findAttribution(text, { previous: text });
    expect(performance.now() - started).toBeLessThan(250);
  });

  test('text longer than any sentence is not analyzed', () => {
    expect(findAttribution(`${'x '.repeat(5_000)}, Meloni said.`)).toBeNull();
  });
});
