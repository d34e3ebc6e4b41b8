/**
 * The extraction content script. `registration: 'runtime'` keeps it out of the manifest: it runs only
 * when the background injects it into the tab the reader clicked Provenance on (activeTab + scripting),
 * and its return value is what `scripting.executeScript` hands back.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ExtractResult } from '../src/extract/article';
import { extractArticle } from '../src/extract/extract-article';
import { useBrowserMessages } from '../src/platform/browser-messages';

export default defineContentScript({
  registration: 'runtime',
  // WXT otherwise announces every start with window.postMessage({ type: '<extension id>:extract:…' }),
  // which tells the page that Provenance is installed, its id, and that the reader is checking this page.
  noScriptStartedPostMessage: true,
  main(): ExtractResult {
    useBrowserMessages();
    return extractArticle(document, { url: location.href });
  },
});
