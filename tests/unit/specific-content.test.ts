import { describe, expect, test } from 'vitest';
import { analyzeSentence } from '../../src/nlp/analyze-sentence';
import { defaultWordVectors } from '../../src/nlp/default-vectors';
import { align } from '../../src/stance/align';
import { judgeSentences } from '../../src/stance/judge';
import { gateView, LinkGate, sharedSpecificUnits } from '../../src/stance/specific-content';
import { defaultDataset } from '../../src/claims/default-dataset';
import { mayMentionDate } from '../../src/nlp/mentions';

const vectors = defaultWordVectors();
const context = { vectors, weigh: () => 2 };
const judge = (page: string, source: string) => judgeSentences(analyzeSentence(page), analyzeSentence(source), context);
const shared = (page: string, source: string) => {
  const [a, b] = [analyzeSentence(page), analyzeSentence(source)];
  return sharedSpecificUnits(
    a,
    b,
    align(a, b, vectors, () => 2),
    vectors,
  );
};

describe('sharedSpecificUnits: what identifies a claim', () => {
  test.each([
    // Everyday words identify nothing.
    ['We didn’t know where to go to find a server.', 'Nobody knew where to go to find the money.', 0],
    // A name counts however common the word ("Leeds", "hospital" is everyday English).
    [
      'A boy was forced to lie on the floor of a Leeds hospital.',
      'A photograph showed a boy forced to sleep on a hospital floor in Leeds.',
      1,
    ],
    // Rarer words and concepts count.
    ['Trump ruled out Ukraine joining NATO.', 'Trump is against NATO membership for Ukraine.', 4],
    ['Brunei will start stoning gay people to death.', 'Brunei introduced death by stoning for gay sex.', 3],
  ])('%s ~ %s → %i', (page, source, expected) => {
    expect(shared(page, source)).toBe(expected);
  });
});

describe('the judge needs two shared specific units to corroborate or conflict', () => {
  test.each([
    [
      'We don’t know how to best teach students about the web.',
      'The Supreme Court ruled 5-3 that schools may not teach Sharia law to students.',
    ],
    ['We didn’t know where to go to find a server.', 'Nobody knew where to go to find the money.'],
    [
      'Two years later, we went back and looked at what had changed.',
      'Pan Am Flight 914 disappeared in 1955 but reappeared 37 years later.',
    ],
  ])('%s ⇏ %s', (page, source) => {
    expect(['related', 'unrelated']).toContain(judge(page, source).relation);
  });

  test('pairs that share names and rarer words still corroborate', () => {
    expect(
      judge('Trump ruled out Ukraine joining NATO.', 'Trump is against NATO membership for Ukraine.').relation,
    ).toBe('corroborates');
    expect(
      judge('Brunei will start stoning gay people to death.', 'Brunei will introduce death by stoning for gay people.')
        .relation,
    ).toBe('corroborates');
  });
});

describe('actor conflicts need a shared topic besides the actors and the event', () => {
  test('two presidents proposing different things do not conflict', () => {
    expect(
      judge(
        'The Biden administration has proposed security guarantees for Ukraine.',
        'President Obama has proposed a redesign for the U.S. flag.',
      ).relation,
    ).not.toBe('conflicts');
  });

  test('two presidents proposing the same thing do', () => {
    const verdict = judge(
      'The Biden administration has proposed security guarantees for Ukraine.',
      'President Obama has proposed security guarantees for Ukraine.',
    );
    expect(verdict.relation).toBe('conflicts');
    expect(verdict.differences[0]!.kind).toBe('actor');
  });

  test('another person named on both sides is a topic: who held the call with Zelensky', () => {
    const verdict = judge(
      'Biden proposed the plan in a call with Zelensky.',
      'Trump proposed the plan in a call with Zelensky.',
    );
    expect(verdict.relation).toBe('conflicts');
  });
});

describe('LinkGate: the analyzer skips only pairs the judge could not link', () => {
  test.each([
    ['We didn’t know where to go to find a server.', 'Nobody knew where to go to find the money.', false],
    ['Trump ruled out Ukraine joining NATO.', 'Trump is against NATO membership for Ukraine.', true],
    // Who did it needs no specific content: a sentence naming an office-holder is always judged.
    ['The Biden administration has proposed a framework.', 'The US has proposed something.', true],
    // …when the two share an asserted event; naming a president is not enough.
    ['President Obama visited the flood zone on foot.', 'The committee has proposed a new budget.', false],
    // A date on both sides and one shared name: the date may differ, a conflict on when.
    [
      'The plan was announced on August 16, 2025 in Washington.',
      'The plan was announced on November 21, 2025 in Washington.',
      true,
    ],
    ['The plan was announced in Washington.', 'The plan was announced by the council.', false],
  ])('%s ~ %s → %s', (page, source, expected) => {
    expect(new LinkGate(analyzeSentence(page), vectors).mayLink(gateView(analyzeSentence(source)))).toBe(expected);
  });

  test('over every seed sentence against every claim of the embedded dataset, no skipped pair is a link', () => {
    const claims = defaultDataset.sources.flatMap((source) =>
      source.claims.map((claim) => analyzeSentence(claim.text)),
    );
    const sentences = claims.slice(0, 60);
    let skipped = 0;
    for (const page of sentences) {
      const gate = new LinkGate(page, vectors);
      for (const source of claims) {
        if (gate.mayLink(gateView(source))) continue;
        skipped++;
        expect(['related', 'unrelated']).toContain(judgeSentences(page, source, context).relation);
      }
    }
    // The bound must also skip something, or it saves nothing.
    expect(skipped).toBeGreaterThan(1000);
  });
});

describe('mayMentionDate: no date is found in a text it rules out', () => {
  test.each([
    ['The plan was announced on August 16, 2025 in Washington.', true],
    ['Zelensky is due in Washington on Monday for talks.', true],
    ['Talks resumed in Sept. after a pause.', true],
    ['The vote is expected in March, officials said.', true],
    ['The programme began in 2014.', true],
    ['No one has been killed at a gun show.', false],
    ['Officials met again to discuss the plan.', false],
  ])('%s (a date: %s)', (text, hasDate) => {
    expect(analyzeSentence(text).dates.length > 0).toBe(hasDate);
    expect(mayMentionDate(text)).toBe(hasDate);
  });

  test('over every claim of the embedded dataset', () => {
    const claims = defaultDataset.sources.flatMap((source) => source.claims.map((claim) => claim.text));
    for (const text of claims) if (!mayMentionDate(text)) expect(analyzeSentence(text).dates).toEqual([]);
    expect(claims.filter((text) => !mayMentionDate(text)).length).toBeGreaterThan(20);
  });
});
