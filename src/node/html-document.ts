/**
 * Node-only: turns an HTML string into a DOM `Document` for the CLI, the dataset builder and tests.
 * The extension never imports this file; in the browser the content script already has a Document.
 */
import { JSDOM } from 'jsdom';

/**
 * Parses `html` into an inert `Document` with jsdom.
 *
 * Scripts are not run and no sub-resources (images, stylesheets, frames) are fetched: the pages we
 * parse are untrusted, and extraction needs only the markup. `url` becomes the document URL, so
 * relative links such as `<link rel=canonical href="/a">` resolve as they would in the browser.
 */
export function parseHtmlDocument(html: string, url?: string): Document {
  // jsdom defaults to `runScripts: undefined` (scripts stay text) and no `resources` (nothing is loaded);
  // we spell out only the URL so the defaults that keep parsing safe stay jsdom's own.
  const dom = new JSDOM(html, url === undefined ? {} : { url });
  return dom.window.document;
}
