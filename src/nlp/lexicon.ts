/**
 * The lexicon the extension ships (assets/lexicon.json), validated when the analysis first loads. A bad
 * asset stops the analysis with every problem's field path rather than letting it run with knowledge
 * silently missing: the asset is ours, so a mistake in it is a bug to fix, not input to tolerate.
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

/** The shipped lexicon. */
export const LEXICON: Lexicon = loadLexicon(asset);
