/** Convention tests: where browser APIs may appear, and the manifest title the badge code restores. */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { defaultActionTitle } from '../../src/platform/action-text';
import { readCatalog } from '../../src/node/messages';
import { codeOf, ROOT, sourceFiles } from './support/source-code';

describe('conventions', () => {
  test('outside entrypoints/, only src/platform/ touches browser APIs', () => {
    const offenders = sourceFiles(join(ROOT, 'src'))
      .map((path) => relative(ROOT, path))
      .filter((path) => !path.startsWith('src/platform/'))
      .filter((path) => {
        // Comments may name the APIs ("a thin layer over browser.runtime"); only code counts.
        const code = codeOf(join(ROOT, path));
        return (
          /from ['"](wxt\/browser|webextension-polyfill|@wxt-dev\/webextension-polyfill[^'"]*)['"]/.test(code) ||
          /\b(chrome|browser)\.(runtime|tabs|storage|scripting|action)\b/.test(code)
        );
      });
    expect(offenders).toEqual([]);
  });

  test('the popup page sets the manifest’s toolbar title to the message the badge code restores', () => {
    const html = readFileSync(join(ROOT, 'entrypoints', 'popup', 'index.html'), 'utf8');
    expect(html).toContain('<meta name="manifest.title" content="__MSG_actionTitle__" />');
    expect(defaultActionTitle()).toBe(readCatalog('en').actionTitle!.message);
  });
});
