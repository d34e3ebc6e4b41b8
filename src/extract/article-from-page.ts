/** The worker's half of extraction (page text → Article): what needs no DOM, kept out of the page. */
import { t } from '../i18n/messages';
import type { ExtractResult } from './article';
import { detectLanguage } from './detect-language';
import { hasEnoughProse } from './enough-prose';
import { pageSentences } from './page-sentences';
import { extractionFailure } from './extraction-failure';
import type { PageText, ReadPageOptions } from './read-page';

/** Options for {@link extractArticle}: those of `readPage`, and a cap on the sentences checked. */
export interface ExtractOptions extends ReadPageOptions {
  /** Cap on the sentences checked (see `DEFAULT_MAX_SENTENCES`). */
  maxSentences?: number;
}

/**
 * Default cap on the sentences checked. Checking costs a few milliseconds a sentence in the browser, and
 * the reader waits for all of it: 300 sentences (6,000–7,000 words, several times a long news feature)
 * keep even a hostile page's report under three seconds. Past it the report says it is partial.
 */
export const DEFAULT_MAX_SENTENCES = 300;

/**
 * The text half: the page's text as an article of anchored sentences. The declared language is weighed
 * against the text (CMS templates often declare the wrong one), the text is split with it, and each
 * sentence is told a claim or not by its paragraph's role. Returns `not-an-article` when the text is too
 * thin to check (see `hasEnoughProse`); never throws.
 */
export function articleFromPage(page: PageText, options: Pick<ExtractOptions, 'maxSentences'> = {}): ExtractResult {
  try {
    const meta = { ...page.meta, lang: detectLanguage(page.text, [page.meta.lang]).lang };
    const all = pageSentences(page.text, meta.lang ?? 'en', page.paragraphs);
    if (!hasEnoughProse(all)) return { ok: false, reason: 'not-an-article', message: t('failureNotAnArticle') };
    const maxSentences = options.maxSentences ?? DEFAULT_MAX_SENTENCES;
    const sentences = all.slice(0, maxSentences);
    // The text ends with the last sentence kept, so what the engine compares is what the report lists.
    const text = all.length > maxSentences ? page.text.slice(0, sentences.at(-1)!.anchor.end) : page.text;
    const partial = page.partial || all.length > maxSentences;
    return { ok: true, article: { meta: partial ? { ...meta, partial: true } : meta, text, sentences } };
  } catch (error) {
    return extractionFailure(error);
  }
}
