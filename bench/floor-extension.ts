/**
 * The browser's floor for `npm run bench:browser`: an extension that does nothing but what any toolbar
 * popup with an answer from its worker must do. Its popup finds the active tab, asks its worker (which
 * answers at once), writes one sentence and sets the same marks as Provenance's popup
 * (src/ui/popup-marks.ts); its worker, like Provenance's, listens to `tabs.onUpdated`, so a page's load
 * wakes it too. Timed through the same click and the same five cases, it says how much of each figure
 * is the browser's own (a popup's process and document, a worker's start, a message's round trip) and
 * how much is Provenance's work.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { POPUP_MARKS } from '../src/ui/popup-marks';

const MANIFEST = {
  manifest_version: 3,
  name: 'Blank popup (bench floor)',
  version: '1.0.0',
  action: { default_popup: 'popup.html' },
  background: { service_worker: 'background.js' },
  permissions: ['activeTab'],
};

const BACKGROUND = `chrome.tabs.onUpdated.addListener(() => {});
chrome.runtime.onMessage.addListener((message, sender, reply) => {
  reply({ tabId: message.tabId, answer: 'none' });
});
`;

const POPUP_HTML = `<!doctype html>
<html><head><meta charset="utf-8"><title>Blank</title></head>
<body><main id="app" data-state="loading"></main><script src="popup.js"></script></body></html>
`;

const POPUP_JS = `performance.mark(${JSON.stringify(POPUP_MARKS.script)});
chrome.tabs.query({ active: true, currentWindow: true }).then(async ([tab]) => {
  performance.mark(${JSON.stringify(POPUP_MARKS.asking)});
  const answer = await chrome.runtime.sendMessage({ tabId: tab && tab.id });
  performance.mark(${JSON.stringify(POPUP_MARKS.answered)});
  const app = document.getElementById('app');
  app.textContent = 'No known claim speaks to this page (' + answer.answer + ').';
  app.dataset.state = 'no-matches';
  requestAnimationFrame(() => setTimeout(() => performance.mark(${JSON.stringify(POPUP_MARKS.painted)}), 0));
});
`;

/** Writes the blank extension into `dir` (created) and returns `dir`. */
export function writeFloorExtension(dir: string): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify(MANIFEST, null, 2)}\n`);
  writeFileSync(join(dir, 'background.js'), BACKGROUND);
  writeFileSync(join(dir, 'popup.html'), POPUP_HTML);
  writeFileSync(join(dir, 'popup.js'), POPUP_JS);
  return dir;
}
