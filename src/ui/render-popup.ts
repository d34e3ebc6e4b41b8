/**
 * Renders a `PopupState` into the popup's root. The status region is a polite live region, so a
 * screen reader hears "Checking…", then the counts or the failure sentence, without the whole report
 * being read out; the claims list sits outside it.
 */
import { h } from './dom';
import type { PopupState } from './popup-state';
import { renderClaim } from './render-claim';
import type { ReportView } from './report-view';
import { t } from '../i18n/messages';

/** What the rendered popup can ask its owner to do. */
export interface PopupActions {
  onRetry(): void;
  /**
   * Opens the side panel for this tab; absent where the browser has none. Called synchronously from
   * the click, because the browsers open a panel only inside the user's gesture.
   */
  onCompare?(): void;
}

function compareButton(actions: PopupActions): HTMLElement | null {
  if (!actions.onCompare) return null;
  const button = h('button', { type: 'button', class: 'compare' }, [t('popupCompare')]);
  button.addEventListener('click', () => actions.onCompare?.());
  return button;
}

/** The article's title, byline and (unless `counts` is false: nothing was checked) counts. */
export function articleHeader(view: ReportView, counts = true): HTMLElement {
  return h('header', { class: 'article' }, [
    // The title is in the page's language, the popup in the reader's: a screen reader reads each in its
    // own, and its direction is its own (dir=auto), whichever way the popup runs.
    h('h1', { class: 'article-title', lang: view.lang, dir: 'auto' }, [view.title]),
    view.byline ? h('p', { class: 'article-byline' }, [view.byline]) : null,
    counts ? h('p', { class: 'counts' }, [view.countsLine]) : null,
    view.partialNote ? h('p', { class: 'message message-partial' }, [view.partialNote]) : null,
  ]);
}

/** What the live status region says for `state` (the popup's and the side panel's). */
export function statusContent(state: PopupState, actions: Pick<PopupActions, 'onRetry'>): Array<Node | null> {
  switch (state.kind) {
    case 'analyzing':
      return [
        h('progress', { class: 'progress', 'aria-label': t('popupChecking') }),
        h('p', { class: 'message' }, [t('popupCheckingMessage')]),
      ];
    case 'report':
      return [articleHeader(state.view)];
    case 'no-matches':
      return [articleHeader(state.view), h('p', { class: 'message message-empty' }, [state.message])];
    case 'unsupported-language':
      // No counts: "0 claims checked" would read as if the page had been checked and found wanting.
      return [articleHeader(state.view, false), h('p', { class: 'message message-language' }, [state.message])];
    case 'failure': {
      const retry = state.canRetry ? h('button', { type: 'button', class: 'retry' }, [t('popupTryAgain')]) : null;
      retry?.addEventListener('click', () => actions.onRetry());
      return [h('p', { class: `message message-${state.reason}` }, [state.message]), retry];
    }
  }
}

/**
 * The popup's fixed frame, created once: a live region only announces changes if it was already in
 * the page before them, so later renders update the same status element instead of replacing it.
 */
function frame(root: HTMLElement): { status: HTMLElement; results: HTMLElement } {
  const existing = root.querySelector<HTMLElement>(':scope > .status');
  const results = root.querySelector<HTMLElement>(':scope > .results');
  if (existing && results) return { status: existing, results };
  const status = h('section', { class: 'status', role: 'status', 'aria-live': 'polite' });
  const fresh = h('div', { class: 'results' });
  root.replaceChildren(
    h('p', { class: 'brand' }, [h('span', { class: 'brand-mark', 'aria-hidden': 'true' }, ['P']), 'Provenance']),
    status,
    fresh,
  );
  return { status, results: fresh };
}

/** Shows `state` in `root`. */
export function renderPopup(root: HTMLElement, state: PopupState, actions: PopupActions): void {
  const { status, results } = frame(root);
  root.setAttribute('aria-busy', String(state.kind === 'analyzing'));
  root.dataset.state = state.kind === 'failure' ? state.reason : state.kind;
  status.replaceChildren(...statusContent(state, actions).filter((node): node is Node => node !== null));
  results.replaceChildren(
    ...(state.kind === 'report'
      ? [
          // Outside the live region: a button there would be read out with every status change.
          compareButton(actions),
          h(
            'ol',
            { class: 'claims', 'aria-label': t('popupClaimsLabel') },
            state.view.rows.map((row, i) => renderClaim(row, i === 0)),
          ),
        ].filter((node): node is HTMLElement => node !== null)
      : []),
  );
}
