// @vitest-environment jsdom
/**
 * The options page's "Check automatically on these sites" over a fake list and a fake permissions API:
 * the permission request happens in the same turn as the reader's click (no await before it), a refusal
 * or junk adds nothing and says why, a revoked site offers "Grant again", and Remove gives access back.
 * Then the rendered section: labelled field, Enter adds, empty state, buttons named for their site.
 */
import { describe, expect, test, vi } from 'vitest';
import type { SiteEntry } from '../../src/sites/site-entry';
import { renderSites, type SitesActions } from '../../src/ui/render-sites';
import { createSitesController, type SitesDeps, type SitesView } from '../../src/ui/sites-controller';

const EXAMPLE: SiteEntry = { scheme: 'https', host: 'example.com', subdomains: false };

function setUp(options: { granted?: Set<string>; answer?: boolean | Error; list?: SiteEntry[] } = {}) {
  let list = options.list ?? [];
  const granted = options.granted ?? new Set<string>();
  const views: SitesView[] = [];
  const permissions = {
    request: vi.fn(async (origins: string[]) => {
      if (options.answer instanceof Error) throw options.answer;
      const yes = options.answer ?? true;
      if (yes) origins.forEach((origin) => granted.add(origin));
      return yes;
    }),
    contains: vi.fn(async (origins: string[]) => origins.every((origin) => granted.has(origin))),
    remove: vi.fn(async (origins: string[]) => {
      for (const origin of origins) granted.delete(origin);
      return true;
    }),
  } satisfies SitesDeps['permissions'];
  const controller = createSitesController({
    list: { read: async () => list, write: async (sites) => void (list = [...sites]) },
    permissions,
    render: (view) => views.push(view),
  });
  return { controller, permissions, granted, list: () => list, last: () => views.at(-1)! };
}

describe('adding, granting again and removing', () => {
  test('Add asks the browser in the same turn as the click, then lists the site as checked', async () => {
    const { controller, permissions, list, last } = setUp();
    await controller.refresh();
    const adding = controller.add('https://www.example.com/news/today');
    // Synchronously: an await before permissions.request would lose the reader's gesture.
    expect(permissions.request).toHaveBeenCalledWith(['https://www.example.com/*']);
    await adding;
    expect(list()).toEqual([{ scheme: 'https', host: 'www.example.com', subdomains: false }]);
    expect(last()).toEqual({
      rows: [{ key: 'https://www.example.com/*', label: 'www.example.com', granted: true }],
      message: { kind: 'done', text: 'Provenance will check articles on www.example.com as soon as they load.' },
      clearInput: true,
    });
  });

  test('junk is refused with its reason, and no permission is asked for', async () => {
    const { controller, permissions, list, last } = setUp();
    await controller.add('*.com');
    expect(last().message).toEqual({
      kind: 'error',
      text: '*.com would cover every site ending in .com. Name a site, as in *.example.com.',
    });
    expect(permissions.request).not.toHaveBeenCalled();
    expect(list()).toEqual([]);
  });

  test('the reader saying no in the browser’s prompt adds nothing, and the page says so', async () => {
    const { controller, list, last } = setUp({ answer: false });
    await controller.add('example.com');
    expect(list()).toEqual([]);
    expect(last().message).toEqual({
      kind: 'error',
      text: 'Your browser did not allow Provenance to read example.com, so it was not added.',
    });
    expect(last().clearInput).toBe(false);
  });

  test('a browser error from the request is shown, not swallowed', async () => {
    const { controller, last } = setUp({ answer: new Error('This function must be called during a user gesture') });
    await controller.add('example.com');
    expect(last().message?.text).toBe(
      'Provenance could not ask for access to example.com: This function must be called during a user gesture',
    );
  });

  test('a site already listed is not asked for twice', async () => {
    const { controller, permissions, last } = setUp({ list: [EXAMPLE], granted: new Set(['https://example.com/*']) });
    await controller.refresh();
    await controller.add('EXAMPLE.com/other');
    expect(last().message?.text).toBe('example.com is already in the list.');
    expect(permissions.request).not.toHaveBeenCalled();
  });

  test('a site whose access was revoked is listed as not granted; Grant again asks in the same turn', async () => {
    const { controller, permissions, last } = setUp({ list: [EXAMPLE] });
    await controller.refresh();
    expect(last().rows).toEqual([{ key: 'https://example.com/*', label: 'example.com', granted: false }]);
    const granting = controller.grantAgain('https://example.com/*');
    expect(permissions.request).toHaveBeenCalledWith(['https://example.com/*']);
    await granting;
    expect(last().rows[0]!.granted).toBe(true);
  });

  test('Remove takes the site off the list and gives its access back', async () => {
    const { controller, permissions, granted, list, last } = setUp({
      list: [EXAMPLE],
      granted: new Set(['https://example.com/*']),
    });
    await controller.refresh();
    await controller.remove('https://example.com/*');
    expect(list()).toEqual([]);
    expect(permissions.remove).toHaveBeenCalledWith(['https://example.com/*']);
    expect(granted.size).toBe(0);
    expect(last().rows).toEqual([]);
    expect(last().message?.text).toBe(
      'Removed example.com: Provenance no longer reads it unless you click its button there.',
    );
  });

  test('when the browser will not give access back (a required permission), the site is still removed, and the page says so', async () => {
    const { controller, permissions, list, last } = setUp({
      list: [EXAMPLE],
      granted: new Set(['https://example.com/*']),
    });
    permissions.remove.mockRejectedValueOnce(new Error('You cannot remove required permissions.'));
    await controller.refresh();
    await controller.remove('https://example.com/*');
    expect(list()).toEqual([]);
    expect(last().message?.text).toBe(
      'Removed example.com: it is no longer checked automatically. (The browser kept Provenance’s access to it: You cannot remove required permissions.)',
    );
  });
});

describe('the rendered section', () => {
  const actions = (): SitesActions & Record<string, ReturnType<typeof vi.fn>> => ({
    onAdd: vi.fn(),
    onGrantAgain: vi.fn(),
    onRemove: vi.fn(),
  });

  function rendered(view: SitesView) {
    const section = document.createElement('section');
    document.body.replaceChildren(section);
    const spies = actions();
    renderSites(section, view, spies);
    return { section, spies };
  }

  test('the empty state says that nothing is checked unasked', () => {
    const { section } = rendered({ rows: [], message: null, clearInput: false });
    expect(section.querySelector('h2')!.textContent).toBe('Check automatically on these sites');
    expect(section.querySelector<HTMLElement>('.sites-empty')!.hidden).toBe(false);
    expect(section.querySelector<HTMLElement>('ul.sites')!.hidden).toBe(true);
  });

  test('the field is labelled, and submitting the form (Enter, or the button) adds what was typed', () => {
    const { section, spies } = rendered({ rows: [], message: null, clearInput: false });
    const input = section.querySelector<HTMLInputElement>('#site-input')!;
    expect(section.querySelector(`label[for="${input.id}"]`)!.textContent).toBe('Site');
    input.value = '*.example.org';
    section.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    expect(spies.onAdd).toHaveBeenCalledWith('*.example.org');
  });

  test('each site shows its state; a revoked one offers Grant again; buttons name their site', () => {
    const { section, spies } = rendered({
      rows: [
        { key: 'https://example.com/*', label: 'example.com', granted: true },
        { key: 'http://localhost/*', label: 'http://localhost', granted: false },
      ],
      message: {
        kind: 'error',
        text: 'Your browser did not allow Provenance to read example.org, so it was not added.',
      },
      clearInput: false,
    });
    const [granted, revoked] = section.querySelectorAll('li.site');
    expect(granted!.querySelector('.site-status')!.textContent).toBe('Checked automatically');
    expect(revoked!.querySelector('.site-status')!.textContent).toBe(
      'Permission not granted — Grant again for http://localhost',
    );
    [...revoked!.querySelectorAll('button')].find((button) => button.textContent?.startsWith('Grant again'))!.click();
    expect(spies.onGrantAgain).toHaveBeenCalledWith('http://localhost/*');
    granted!.querySelector<HTMLButtonElement>('.button-danger')!.click();
    expect(spies.onRemove).toHaveBeenCalledWith('https://example.com/*');
    expect(granted!.querySelector('.button-danger')!.textContent).toBe('Remove example.com');
    expect(section.querySelector('.site-message')!.textContent).toMatch(/^Your browser did not allow/);
    expect(section.querySelector('#site-input')!.getAttribute('aria-invalid')).toBe('true');
  });

  test('site strings are shown as text', () => {
    const { section } = rendered({
      rows: [{ key: 'k', label: '<img src=x onerror=alert(1)>', granted: true }],
      message: null,
      clearInput: false,
    });
    expect(section.querySelector('img')).toBeNull();
    expect(section.querySelector('.site-name')!.textContent).toBe('<img src=x onerror=alert(1)>');
  });
});
