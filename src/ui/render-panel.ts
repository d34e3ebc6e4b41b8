/**
 * Renders the side panel: a fixed frame (brand, live status region, filter and highlight controls,
 * legend, cards) created once, then updated in place, so a screen reader hears status changes and the
 * keyboard focus stays on a filter while the cards under it change.
 */
import { PANEL_FILTERS, toCompareCards, type PanelFilter } from './compare-view';
import { h, setText } from './dom';
import type { PopupState } from './popup-state';
import { DIFFERENCE_KINDS, kindTag, renderCard, type CardActions } from './render-comparison';
import { statusContent } from './render-popup';
import { disclosureState, restoreDisclosures } from './render-show-all';
import { t, type MessageKey } from '../i18n/messages';

/** Everything the panel shows; it is derived afresh each time, the panel keeps none of it. */
export interface PanelState {
  report: PopupState;
  filter: PanelFilter;
  highlights: boolean;
  /** "6 of 7 claims highlighted in the page", or why none could be. */
  highlightNote: string | null;
}

/** What the rendered panel can ask its owner to do. */
export interface PanelActions extends CardActions {
  onRetry(): void;
  onFilter(filter: PanelFilter): void;
  onToggleHighlights(enabled: boolean): void;
}

interface Frame {
  status: HTMLElement;
  controls: HTMLElement;
  filters: Map<PanelFilter, HTMLInputElement>;
  toggle: HTMLInputElement;
  note: HTMLElement;
  results: HTMLElement;
}

const frames = new WeakMap<HTMLElement, Frame>();

function legend(): HTMLElement {
  return h('details', { class: 'legend' }, [
    h('summary', {}, [t('panelLegendTitle')]),
    h('ul', {}, [
      h('li', {}, [
        h('mark', { class: 'diff kind-actor' }, [t('panelLegendMarked')]),
        ` ${t('panelLegendMarkedText')} `,
        ...DIFFERENCE_KINDS.flatMap((kind, i) => [i > 0 ? ' ' : '', h('span', { class: 'kind-tag' }, [kindTag(kind)])]),
      ]),
      h('li', {}, [
        `${t('panelLegendShared')} `,
        h('span', { class: 'op-changed' }, [t('panelLegendGrey')]),
        ` ${t('panelLegendGreyText')}`,
      ]),
      h('li', {}, [t('panelLegendUnderline')]),
    ]),
  ]);
}

function createFrame(root: HTMLElement, actions: PanelActions): Frame {
  const filters = new Map<PanelFilter, HTMLInputElement>();
  const radios = PANEL_FILTERS.map(({ value, label }) => {
    const input = h('input', { type: 'radio', name: 'filter', value });
    input.addEventListener('change', () => input.checked && actions.onFilter(value));
    filters.set(value, input);
    return h('label', { class: 'filter-option' }, [input, h('span', {}, [label()])]);
  });
  const toggle = h('input', { type: 'checkbox', role: 'switch', class: 'switch-input' });
  toggle.addEventListener('change', () => actions.onToggleHighlights(toggle.checked));
  const note = h('p', { class: 'highlight-note', role: 'status', 'aria-live': 'polite' });
  const controls = h('div', { class: 'controls' }, [
    h('fieldset', { class: 'filter' }, [
      h('legend', { class: 'visually-hidden' }, [t('panelFilterLegend')]),
      ...radios,
    ]),
    h('label', { class: 'switch' }, [
      toggle,
      h('span', { class: 'switch-track', 'aria-hidden': 'true' }),
      t('panelHighlight'),
    ]),
    note,
    legend(),
  ]);
  const status = h('section', { class: 'status', role: 'status', 'aria-live': 'polite' });
  const results = h('div', { class: 'results' });
  root.replaceChildren(
    h('p', { class: 'brand' }, [
      h('span', { class: 'brand-mark', 'aria-hidden': 'true' }, ['P']),
      'Provenance',
      h('span', { class: 'brand-sub' }, [t('panelBrandSub')]),
    ]),
    status,
    controls,
    results,
  );
  const frame = { status, controls, filters, toggle, note, results };
  frames.set(root, frame);
  return frame;
}

const EMPTY_FILTER = {
  all: 'panelEmptyAll',
  conflicts: 'panelEmptyConflicts',
  corroborations: 'panelEmptyCorroborations',
} as const satisfies Record<PanelFilter, MessageKey>;

/** Shows `state` in `root`, wiring controls to `actions` the first time. */
export function renderPanel(root: HTMLElement, state: PanelState, actions: PanelActions): void {
  const frame = frames.get(root) ?? createFrame(root, actions);
  const { report } = state;
  root.setAttribute('aria-busy', String(report.kind === 'analyzing'));
  root.dataset.state = report.kind === 'failure' ? report.reason : report.kind;
  frame.status.replaceChildren(...statusContent(report, actions).filter((node): node is Node => node !== null));
  frame.controls.hidden = report.kind !== 'report';
  for (const [value, input] of frame.filters) input.checked = value === state.filter;
  frame.toggle.checked = state.highlights;
  setText(frame.note, state.highlightNote ?? '');
  if (report.kind !== 'report') {
    frame.results.replaceChildren();
    return;
  }
  const cards = toCompareCards(report.view, state.filter);
  // The panel renders again when the highlight note arrives or a control changes: sources the reader
  // opened stay open, and a focused "Show all" button keeps the focus.
  const disclosures = disclosureState(frame.results);
  frame.results.replaceChildren(
    cards.length > 0
      ? h(
          'ol',
          { class: 'cards', 'aria-label': t('panelCardsLabel') },
          cards.map((card) => renderCard(card, actions)),
        )
      : h('p', { class: 'message message-empty' }, [t(EMPTY_FILTER[state.filter])]),
  );
  restoreDisclosures(frame.results, disclosures);
}
