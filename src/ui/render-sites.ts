/**
 * Renders "Check automatically on these sites" into its section of the options page: a field and an Add
 * button (a form, so Enter adds too), a polite live region for what happened, and the list with each
 * site's state and its buttons. The frame is built once, so the field keeps what the reader typed and the
 * live region exists before it speaks; the list is rebuilt on each view, focus put back where it was.
 */
import { h, setText } from './dom';
import type { SiteRow, SitesView } from './sites-controller';
import { t } from '../i18n/messages';

/** What the section can ask its owner to do. Each is called synchronously from the reader's gesture. */
export interface SitesActions {
  onAdd(text: string): void;
  onGrantAgain(key: string): void;
  onRemove(key: string): void;
}

interface SitesFrame {
  input: HTMLInputElement;
  message: HTMLElement;
  list: HTMLElement;
  empty: HTMLElement;
}

function buildFrame(section: HTMLElement, actions: SitesActions): SitesFrame {
  const input = h('input', {
    id: 'site-input',
    type: 'text',
    inputmode: 'url',
    autocomplete: 'off',
    spellcheck: 'false',
    placeholder: t('sitesInputPlaceholder'),
    'aria-describedby': 'site-help site-message',
  });
  const form = h('form', { class: 'site-form', novalidate: true }, [
    h('label', { for: 'site-input' }, [t('sitesInputLabel')]),
    input,
    h('button', { type: 'submit', class: 'button button-primary' }, [t('sitesAdd')]),
  ]);
  // No await between the reader's click (or Enter) and the permission request: see SitesController.add.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    actions.onAdd(input.value);
  });
  const message = h('p', { id: 'site-message', class: 'site-message', role: 'status', 'aria-live': 'polite' });
  const list = h('ul', { class: 'sites', 'aria-labelledby': 'sites-heading' });
  const empty = h('p', { class: 'sites-empty' }, [t('sitesEmpty')]);
  section.replaceChildren(
    h('h2', { id: 'sites-heading' }, [t('sitesHeading')]),
    h('p', { class: 'hint' }, [`${t('sitesIntro')} `, t('sitesPermission')]),
    form,
    h('p', { id: 'site-help', class: 'site-help' }, [
      `${t('sitesHelpAddress')} `,
      h('code', {}, ['http://']),
      `${t('sitesHelpSubdomains')} `,
      h('code', {}, ['*.']),
      ` ${t('sitesHelpInFront')} `,
      h('code', {}, ['*.example.org']),
      '.',
    ]),
    message,
    list,
    empty,
  );
  return { input, message, list, empty };
}

function frameOf(section: HTMLElement, actions: SitesActions): SitesFrame {
  const input = section.querySelector<HTMLInputElement>('#site-input');
  if (!input) return buildFrame(section, actions);
  return {
    input,
    message: section.querySelector<HTMLElement>('.site-message')!,
    list: section.querySelector<HTMLElement>('.sites')!,
    empty: section.querySelector<HTMLElement>('.sites-empty')!,
  };
}

function renderRow(row: SiteRow, actions: SitesActions): HTMLElement {
  const remove = h('button', { type: 'button', class: 'button button-danger', 'data-focus-key': `remove:${row.key}` }, [
    t('sitesRemove'),
    h('span', { class: 'visually-hidden' }, [` ${row.label}`]),
  ]);
  remove.addEventListener('click', () => actions.onRemove(row.key));
  let state: Array<Node | string>;
  if (row.granted) {
    state = [h('span', { class: 'site-state' }, [t('sitesChecked')])];
  } else {
    const grant = h('button', { type: 'button', class: 'button', 'data-focus-key': `grant:${row.key}` }, [
      t('sitesGrantAgain'),
      h('span', { class: 'visually-hidden' }, [` ${t('sitesGrantFor', row.label)}`]),
    ]);
    grant.addEventListener('click', () => actions.onGrantAgain(row.key));
    state = [h('span', { class: 'site-state site-state-off' }, [t('sitesNotGranted')]), ' — ', grant];
  }
  return h('li', { class: `site${row.granted ? '' : ' site-off'}`, 'data-site': row.key }, [
    h('span', { class: 'site-name' }, [row.label]),
    h('span', { class: 'site-status' }, state),
    remove,
  ]);
}

/** Shows `view` in `section` (an empty element the first time). */
export function renderSites(section: HTMLElement, view: SitesView, actions: SitesActions): void {
  const { input, message, list, empty } = frameOf(section, actions);
  if (view.clearInput) input.value = '';
  setText(message, view.message?.text ?? '');
  message.className = `site-message${view.message ? ` site-message-${view.message.kind}` : ''}`;
  input.setAttribute('aria-invalid', String(view.message?.kind === 'error'));
  const focused = (document.activeElement as HTMLElement | null)?.dataset?.focusKey;
  const hadFocus = focused !== undefined && list.contains(document.activeElement);
  list.replaceChildren(...view.rows.map((row) => renderRow(row, actions)));
  list.hidden = view.rows.length === 0;
  empty.hidden = view.rows.length > 0;
  if (!hadFocus) return;
  const byKey = (key: string) =>
    [...list.querySelectorAll<HTMLElement>('[data-focus-key]')].find((element) => element.dataset.focusKey === key);
  // "Grant again" goes once access is back: its row's Remove is next. A removed row: the field is.
  (byKey(focused) ?? byKey(focused.replace(/^grant:/, 'remove:')) ?? input).focus();
}
