/**
 * The lexicon the extension ships (assets/lexicon.json). It is checked by every Node process that reads
 * the assets (src/assets/node-assets.ts: the build's config, the CLI, evaluation, training, benchmarks and
 * tests), which stops with every problem's field path, and not at every start of the extension's worker:
 * the asset is ours, so a mistake in it is a bug to fix before shipping, not input to tolerate. A valid
 * asset comes out of the validator unchanged (tests/unit/lexicon.test.ts holds it), so the analysis reads
 * it as it is: validating it was ~13 of the ~22 ms the background script's top level ran at every wake
 * (timed in Node; docs/scale.md, *Session 21*).
 */
import asset from '../../assets/lexicon.json';
import type { Lexicon } from './lexicon-schema';
import { validateLexicon } from './validate-lexicon';

/** `value` as a lexicon; throws, listing each problem with its path, when it is not one. */
export function loadLexicon(value: unknown = asset, name = 'assets/lexicon.json'): Lexicon {
  const result = validateLexicon(value);
  if (!result.ok) throw new Error(`${name} is invalid:\n${result.errors.map((error) => `  ${error}`).join('\n')}`);
  return result.lexicon;
}

/** The shipped lexicon, validated by every Node process that reads the assets (above). */
export const LEXICON: Lexicon = asset as unknown as Lexicon;
