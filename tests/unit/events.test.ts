/**
 * Events a sentence reports and who it says did them, and when two names are one person's: the
 * analysis the general actor rule (named-actors.ts) reads.
 */
import { describe, expect, test } from 'vitest';
import { analyzeSentence } from '../../src/nlp/analyze-sentence';
import { sameNamed, type NameSpan } from '../../src/nlp/names';

/** Each event as "kind: agent, agent" (asserted events only). */
function events(text: string): string[] {
  return analyzeSentence(text)
    .events.filter((mention) => mention.asserted)
    .map((mention) => `${mention.event.kind}: ${mention.agents.map((agent) => agent.text).join(', ')}`);
}

describe('events and their agents', () => {
  test.each<[string, string[]]>([
    ['Trudeau announced the new tariffs on steel.', ['announcement: Trudeau']],
    // Titles belong to the name; a date may stand between subject and verb.
    [
      'Prime Minister Justin Trudeau on Monday announced the new tariffs.',
      ['announcement: Prime Minister Justin Trudeau'],
    ],
    ['Apple has quietly bought Beats.', ['acquisition: Apple']],
    // Passive: the name before the verb is what was bought; the agent follows "by".
    ['Beats was bought by Apple for $3 billion.', ['acquisition: Apple']],
    ['The new tariffs were announced on Monday by Trudeau.', ['announcement: Trudeau']],
    ['The new tariffs were announced on Monday.', ['announcement: ']],
    // A possessive before an event noun.
    ["Trudeau's announcement of tariffs on steel surprised markets.", ['announcement: Trudeau']],
    // A list of agents, but not a comma after an attribution.
    ['Apple, Google and Microsoft announced a joint standard.', ['announcement: Apple, Google, Microsoft']],
    ['According to Reuters, Apple bought Beats.', ['acquisition: Apple']],
    // Names with particles; a sentence's first word that names no one.
    ['Luiz Inácio Lula da Silva won the election.', ['victory: Luiz Inácio Lula da Silva']],
    ['Officials announced the new tariffs.', ['announcement: ']],
    // The agent of the nearer event; a speaker is not an agent.
    ['Trudeau said Carney announced the tariffs.', ['statement: ', 'announcement: Carney']],
    // A country alone is not a name here (the office-holder rule reads countries).
    ['Canada announced the new tariffs.', ['announcement: ']],
    // Meetings have participants, not an agent.
    ['Trump and Putin met in Alaska.', ['meeting: ']],
    // A capitalised event word is part of a name.
    ['Google bought Beats.', ['acquisition: Google']],
    // A place in the subject is not who acted; an affiliation names who did.
    ['Police in Lyon arrested the suspect.', ['arrest: ']],
    ['Researchers at the University of Oxford published the results.', ['publication: University of Oxford']],
  ])('%s', (text, expected) => {
    expect(events(text)).toEqual(expected);
  });

  test.each<[string, string | undefined]>([
    // The subject's last word, named or not, past auxiliaries and adverbs.
    ['The Biden administration has proposed a framework.', 'administration'],
    ['The American side now proposes a guarantee.', 'side'],
    ['Canada announced the new tariffs.', 'Canada'],
    // The passive's subject is what the event was done to; a clause that starts at the event has none.
    ['A framework was proposed by the administration.', undefined],
    ['Tariffs on steel, announced on Monday, took effect.', undefined],
  ])('the subject of the event in “%s”: %s', (text, expected) => {
    const [mention] = analyzeSentence(text).events;
    expect(mention).toBeDefined();
    expect(mention!.subject && text.slice(mention!.subject.start, mention!.subject.end)).toBe(expected);
  });

  test('a denied or wished-for event is not asserted', () => {
    expect(analyzeSentence('Tim Cook did not announce the new iPhone.').events.map((e) => e.asserted)).toEqual([false]);
    expect(analyzeSentence('Apple hopes to buy Beats.').events.map((e) => e.asserted)).toEqual([false]);
  });
});

/** The first agent the sentence gives its first event. */
function agent(text: string): NameSpan {
  return analyzeSentence(text).events[0]!.agents[0]!;
}

describe('one name or two', () => {
  test.each<[string, string, boolean]>([
    ['President Trump announced the tariffs.', 'Donald Trump announced the tariffs.', true],
    ['Tim Cook announced the phone.', 'Apple CEO Tim Cook announced the phone.', true],
    ['Lula won the election.', 'Luiz Inácio Lula da Silva won the election.', true],
    ['Mark Carney announced the tariffs.', 'Prime Minister Carney announced the tariffs.', true],
    ['Trudeau announced the tariffs.', 'Carney announced the tariffs.', false],
    ['Justin Trudeau announced the tariffs.', 'Justin Bieber announced the tariffs.', false],
    ['The Bank of England announced the rate.', 'The Bank of Canada announced the rate.', false],
  ])('%s / %s', (a, b, same) => {
    expect(sameNamed(agent(a), agent(b))).toBe(same);
  });
});
