/**
 * Reads a file the extension ships in its `models/` folder (wxt.config.ts copies them there from
 * assets/): a fetch of the extension's own package, which the pages' policy allows (`connect-src
 * 'self'`: this extension's origin, nothing on the network).
 */
import { browser } from 'wxt/browser';
import { PACKAGED_MODELS_DIR } from '../assets/shipped-assets';
import { t } from '../i18n/messages';

async function packaged(name: string): Promise<Response> {
  // One expression, so the bundle scan (tests/unit/bundle-scan.test.ts) can tell it reads the package.
  const response = await fetch(browser.runtime.getURL(`/${PACKAGED_MODELS_DIR}/${name}` as '/'));
  if (!response.ok)
    throw new Error(t('failurePackagedFile', `${PACKAGED_MODELS_DIR}/${name}`, String(response.status)));
  return response;
}

/** The file's bytes. */
export async function readPackagedFile(name: string): Promise<ArrayBuffer> {
  return (await packaged(name)).arrayBuffer();
}

/**
 * The file as a Blob, for a page to hand to a worker that reads it: on the options page, reading the
 * 3.2 MB word vectors as an ArrayBuffer was main-thread tasks of 50–300 ms, as a Blob none (docs/scale.md).
 */
export async function readPackagedBlob(name: string): Promise<Blob> {
  return (await packaged(name)).blob();
}
