/**
 * The extraction content script. `registration: 'runtime'` keeps it out of the manifest: it runs only
 * when the background injects it into the tab the reader clicked Provenance on (activeTab + scripting),
 * and its return value is what `scripting.executeScript` hands back: the page's text, which the worker
 * makes an article of.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { type ReadPageResult, readPage } from '../src/extract/read-page';
import { useBrowserMessages } from '../src/platform/browser-messages';

export default defineContentScript({
  registration: 'runtime',
  // WXT otherwise announces every start with window.postMessage({ type: '<extension id>:extract:…' }),
  // which tells the page that Provenance is installed, its id, and that the reader is checking this page.
  noScriptStartedPostMessage: true,
  // The page's half of extraction only: the worker splits and sorts the sentences (articleFromPage).
  main(): ReadPageResult {
    useBrowserMessages();
    return readPage(document, { url: location.href });
  },
});
