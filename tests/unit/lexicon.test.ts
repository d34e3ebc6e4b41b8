/**
 * The lexicon asset: it validates, a broken copy is refused with the path of each problem, its version
 * moves with its content, and no rule in src/ reads an entry by its id.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import asset from '../../assets/lexicon.json';
import { seededHash } from '../../src/match/seeded-hash';
import { LEXICON, loadLexicon } from '../../src/nlp/lexicon';
import { validateLexicon } from '../../src/nlp/validate-lexicon';
import { codeOf, ROOT, sourceFiles } from './support/source-code';

/** A concept no office or acronym refers to, so that breaking it breaks nothing else. */
const LAST = asset.concepts.length - 1;

/** A copy of the shipped asset with one change made by `edit`. */
function edited(edit: (copy: Record<string, any>) => void): unknown {
  const copy = structuredClone(asset) as Record<string, any>;
  edit(copy);
  return copy;
}

function errorsOf(value: unknown): string[] {
  const result = validateLexicon(value);
  return result.ok ? [] : result.errors;
}

describe('lexicon validation', () => {
  test('the shipped asset is valid', () => {
    expect(errorsOf(asset)).toEqual([]);
    expect(LEXICON.version).toBe(asset.version);
  });

  test('a valid asset comes out of the validator unchanged, so the extension reads the shipped one as it is', () => {
    expect(validateLexicon(asset)).toEqual({ ok: true, lexicon: asset });
    expect(LEXICON).toBe(asset);
  });

  test('every Node process reading the assets checks the lexicon and dataset, the build among them (the worker does not)', () => {
    const nodeAssets = readFileSync(join(ROOT, 'src/assets/node-assets.ts'), 'utf8');
    expect(nodeAssets).toMatch(/^loadLexicon\(\);$/m);
    expect(nodeAssets).toMatch(/^loadDefaultDataset\(\);$/m);
    expect(readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8')).toMatch(/^import '\.\/src\/assets\/node-assets';$/m);
  });

  test.each<[string, (copy: Record<string, any>) => void, string]>([
    [
      'a kind no rule knows',
      (c) => (c.concepts[LAST].kind = 'nation'),
      `concepts[${LAST}].kind: "nation" is not one of country`,
    ],
    ['a misspelt field', (c) => (c.concepts[1].phrase = ['x']), 'concepts[1].phrase: unknown field'],
    [
      'a phrase with a hyphen',
      (c) => c.concepts[2].phrases.push('cease-fire'),
      `concepts[2].phrases[${asset.concepts[2]!.phrases.length}]: "cease-fire" is not written as the analysis reads text ("cease fire"`,
    ],
    [
      'a phrase in capitals',
      (c) => (c.concepts[LAST].phrases[0] = 'Truce'),
      `concepts[${LAST}].phrases[0]: "Truce" is not written as the analysis reads text ("truce"`,
    ],
    [
      'one phrase for two concepts',
      (c) => c.concepts[3].phrases.push(c.concepts[0].phrases[0]),
      `concepts[3].phrases[${asset.concepts[3]!.phrases.length}]: phrase "${asset.concepts[0]!.phrases[0]}" is already used at concepts[0].phrases[0]`,
    ],
    [
      'an event with a role no rule knows',
      (c) => (c.events[0].roles.buyer = 'who'),
      'events[0].roles.buyer: unknown field',
    ],
    [
      'an event of an unknown kind',
      (c) => (c.events[1].kind = 'party'),
      'events[1].kind: "party" is not one of proposal',
    ],
    [
      'a concept event without a vector word',
      (c) => delete c.events[0].vectorWord,
      'events[0].vectorWord: expected a non-empty string',
    ],
    [
      'an office of an unknown country',
      (c) => (c.offices[0].country = 'atlantis'),
      'offices[0].country: "atlantis" is not the id of a concept of kind country',
    ],
    [
      'a holder of an unknown office',
      (c) => (c.officeHolders[0].office = 'king-of-mars'),
      'officeHolders[0].office: "king-of-mars" is not the id of an office',
    ],
    [
      'two holders with one id',
      (c) => (c.officeHolders[1].id = c.officeHolders[0].id),
      `officeHolders[1].id: id "${asset.officeHolders[0]!.id}" is already used at officeHolders[0].id`,
    ],
    ['a title of two words in a one-word list', (c) => c.titleWords.push('prime minister'), 'must be one word'],
    ['an acronym of no concept', (c) => c.acronymsInCapitals.push('xyz'), '"xyz" is not a phrase of any concept'],
    [
      'an occasion phrase its event does not list',
      (c) => c.events[1].occasions[0].phrases.push('phone chat'),
      `events[1].occasions[0].phrases[${asset.events[1]!.occasions![0]!.phrases.length}]: "phone chat" is not a phrase of the event`,
    ],
    [
      'an occasion of an unknown kind',
      (c) => (c.events[1].occasions[1].kind = 'hybrid'),
      'events[1].occasions[1].kind: "hybrid" is not one of remote',
    ],
    [
      'one occasion kind twice',
      (c) => (c.events[1].occasions[1].kind = 'remote'),
      'events[1].occasions[1].kind: occasion kind "remote" is already used at events[1].occasions[0].kind',
    ],
    ['no version', (c) => delete c.version, 'version: expected a non-empty string'],
    [
      'an office label under no locale',
      (c) => (c.offices[0].labels = { french: 'x' }),
      'offices[0].labels.french: expected a locale',
    ],
    [
      'an empty office label',
      (c) => (c.offices[0].labels = { fr: '' }),
      'offices[0].labels.fr: expected a non-empty string',
    ],
    ['office labels as a list', (c) => (c.offices[0].labels = ['x']), 'offices[0].labels: expected an object'],
  ])('refuses %s, naming its path', (_, edit, message) => {
    expect(errorsOf(edited(edit))).toEqual([expect.stringContaining(message)]);
  });

  test('loading a bad asset throws with every problem and its path', () => {
    const bad = edited((c) => {
      c.concepts[LAST].kind = 'nation';
      c.offices[0].country = 'atlantis';
    });
    expect(() => loadLexicon(bad, 'test.json')).toThrow(
      new RegExp(`test\\.json is invalid:\n {2}concepts\\[${LAST}\\]\\.kind: .*\n {2}offices\\[0\\]\\.country: `),
    );
  });
});

/**
 * The content hash of each version, so that a change to the asset without a new version fails here:
 * the version is what a stored index and a trained model record of the knowledge they were made with.
 */
const CONTENT_HASHES: Record<string, string> = {
  '1.0.0': 'df42da90',
  '1.0.1': 'b1a9fb0a',
  '1.1.0': '85f20558',
  '1.2.0': '94937e30',
  '1.3.0': '46ed7a27',
};

test('the lexicon version changes with its content', () => {
  const { version, ...content } = asset;
  const hash = seededHash(JSON.stringify(content), 1).toString(16).padStart(8, '0');
  expect(
    CONTENT_HASHES[version],
    `assets/lexicon.json changed: give it a new version and record its content hash ${hash} here`,
  ).toBe(hash);
});

test('no rule reads a lexicon entry by its id (rules read kinds and roles)', () => {
  // Ids that become unit keys ("@nato") or link entries. A word-matched event's id ("say") is a label
  // that is also an ordinary word, so for those only comparisons with an id are looked for.
  const keyed = [
    ...LEXICON.concepts,
    ...LEXICON.events.filter((event) => event.matchedAs === 'concept'),
    ...LEXICON.offices,
    ...LEXICON.officeHolders,
  ];
  const quoted = keyed.map((entry) => new RegExp(`['"\`]@?${entry.id}['"\`]`));
  const comparedWithId = /\.id\s*[!=]==?\s*['"`]|['"`]\s*[!=]==?\s*[\w.?]+\.id\b/;
  // The schema lists the kind vocabularies, some of which are spelt as ids are ("troops", "meeting"); the
  // language detector's tables hold language codes and other languages' words ("uk" Ukrainian, French
  // "un"), which are no reading of the English lexicon.
  const notRules = ['lexicon-schema.ts', 'detect-language.ts', 'function-words.ts'];
  const files = sourceFiles(join(ROOT, 'src')).filter((path) => !notRules.some((name) => path.endsWith(name)));
  const offenders = files.flatMap((path) => {
    // Comments may name entries as examples; only code counts.
    const code = codeOf(path);
    const hits = quoted.filter((pattern) => pattern.test(code)).map((pattern) => pattern.source);
    if (comparedWithId.test(code)) hits.push('an id compared with a string');
    return hits.map((hit) => `${relative(ROOT, path)}: ${hit}`);
  });
  expect(offenders).toEqual([]);
});
