/**
 * The lexicon the extension ships (assets/lexicon.json). It is checked where a mistake can be fixed, not
 * at every start of the worker: the build stops on an invalid asset (wxt.config.ts calls `loadLexicon`),
 * and so do the unit tests, each listing every problem's field path. The asset is ours, so a mistake in
 * it is a bug to fix before shipping, not input to tolerate. A valid asset comes out of the validator
 * unchanged (tests/unit/lexicon.test.ts holds it), so the analysis reads it as it is: validating it at
 * every wake of the worker was ~40% of the background script's start-up work (docs/scale.md, *Session 21*).
 */
import asset from '../../assets/lexicon.json';
import type { Lexicon } from './lexicon-schema';
import { validateLexicon } from './validate-lexicon';

/** `value` as a lexicon; throws, listing each problem with its path, when it is not one. */
export function loadLexicon(value: unknown, name = 'assets/lexicon.json'): Lexicon {
  const result = validateLexicon(value);
  if (!result.ok) throw new Error(`${name} is invalid:\n${result.errors.map((error) => `  ${error}`).join('\n')}`);
  return result.lexicon;
}

/** The shipped lexicon, validated when the extension is built and by the tests (above). */
export const LEXICON: Lexicon = asset as unknown as Lexicon;
