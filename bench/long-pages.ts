/** The real news pages the benches share, from Readability's own test suite (../shared/data, when present). */
import { resolve } from 'node:path';

/**
 * Its news articles of about 2,000 words (1,650–2,600): the "2,000-word article". None is
 * about the built-in dataset's story (the war in Ukraine and NATO), so they are what a reader's
 * ordinary click meets: a page the known claims mostly do not speak to.
 */
export const LONG_PAGES = ['seattletimes-1', 'salon-1', 'aclu', 'engadget', 'nytimes-4', 'medium-1'] as const;

/**
 * The long pages as Chromium shows them, for `npm run bench:browser`: all but seattletimes-1, whose
 * saved copy shows no text in a browser (its body's text is one word once its scripts have run, with the
 * network blocked), so the popup rightly answers that it is not an article.
 */
export const BROWSER_PAGES = LONG_PAGES.filter((name) => name !== 'seattletimes-1');

/** ../shared/data beside the repository: the corpora and real pages that are too large to commit. */
export const SHARED_DATA_DIR = resolve(import.meta.dirname, '..', '..', 'shared', 'data');

/** Where the real pages live, one folder per page with its `source.html`. */
export const REAL_PAGES_DIR = resolve(SHARED_DATA_DIR, 'readability-pages');
