/**
 * Renders the options page: the import area (file picker, drop zone, format, a polite live region for
 * progress and results) and the dataset list. The frame is built once, so the live region exists before
 * it changes and the file picker keeps its place; the list is rebuilt on each view, with focus put back
 * on the control that had it. Every dataset string is set as text.
 */
import type { FormatChoice } from '../claims/import-dataset';
import { IMPORT_FORMATS, importFormatLabel } from '../claims/import-result';
import type { DatasetRow } from './dataset-list-view';
import { h, setText } from './dom';
import type { ExportFormat, ImportFile, ImportOutcome, OptionsView } from './options-controller';
import { t } from '../i18n/messages';

/** What the page can ask its owner to do. */
export interface OptionsActions {
  onImport(files: readonly ImportFile[], format: FormatChoice): void;
  onToggle(id: string, enabled: boolean): void;
  /** Called only after the reader confirmed. */
  onDelete(id: string): void;
  /** `format`: the dataset as Provenance JSON, or its reviewed claims as ClaimReview JSON-LD. */
  onExport(id: string, format: ExportFormat): void;
}

interface Frame {
  status: HTMLElement;
  storeError: HTMLElement;
  list: HTMLElement;
  dialog: HTMLDialogElement;
}

function importSection(actions: OptionsActions): { section: HTMLElement; status: HTMLElement } {
  const input = h('input', {
    type: 'file',
    id: 'import-file',
    class: 'visually-hidden',
    tabindex: -1,
    accept: '.json,.jsonl,.ndjson,.jsonld,application/json',
    multiple: true,
  });
  const format = h('select', { id: 'import-format' }, [
    h('option', { value: 'auto' }, [t('importFormatAuto')]),
    ...IMPORT_FORMATS.map((id) => h('option', { value: id }, [importFormatLabel(id)])),
  ]);
  const chosen = (): FormatChoice => format.value as FormatChoice;
  input.addEventListener('change', () => {
    if (input.files && input.files.length > 0) actions.onImport([...input.files], chosen());
    input.value = '';
  });
  const zone = h('div', { class: 'drop-zone' }, [
    h('label', { for: 'import-file', class: 'button button-primary' }, [t('importChoose')]),
    h('span', { class: 'drop-hint' }, [` ${t('importDrop')}`]),
    input,
  ]);
  // The label is the keyboard's way in: the input itself is hidden, and a label is not focusable.
  zone.querySelector('label')!.setAttribute('tabindex', '0');
  zone.querySelector('label')!.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      input.click();
    }
  });
  zone.addEventListener('dragover', (event) => {
    event.preventDefault();
    zone.classList.add('drop-zone-active');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('drop-zone-active'));
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    zone.classList.remove('drop-zone-active');
    const files = event.dataTransfer?.files;
    if (files && files.length > 0) actions.onImport([...files], chosen());
  });
  const status = h('div', { class: 'import-status', role: 'status', 'aria-live': 'polite' });
  const section = h('section', { class: 'panel', 'aria-labelledby': 'import-heading' }, [
    h('h2', { id: 'import-heading' }, [t('importHeading')]),
    h('p', { class: 'hint' }, [`${t('importHint')} `, t('importPrivacy')]),
    zone,
    h('p', { class: 'format-choice' }, [h('label', { for: 'import-format' }, [`${t('importFormat')} `]), format]),
    status,
  ]);
  return { section, status };
}

function confirmDialog(): HTMLDialogElement {
  return h('dialog', { class: 'confirm', 'aria-labelledby': 'confirm-title' }, [
    h('h2', { id: 'confirm-title' }, []),
    h('p', { class: 'confirm-text' }, []),
    h('form', { method: 'dialog', class: 'confirm-buttons' }, [
      h('button', { type: 'submit', value: 'delete', class: 'button button-danger' }, [t('buttonDelete')]),
      h('button', { type: 'submit', value: 'cancel', class: 'button', autofocus: true }, [t('buttonCancel')]),
    ]),
  ]);
}

function frame(root: HTMLElement, actions: OptionsActions): Frame {
  const existing = root.querySelector<HTMLElement>('.import-status');
  if (existing) {
    return {
      status: existing,
      storeError: root.querySelector<HTMLElement>('.store-error')!,
      list: root.querySelector<HTMLElement>('.datasets')!,
      dialog: root.querySelector<HTMLDialogElement>('dialog.confirm')!,
    };
  }
  const { section, status } = importSection(actions);
  const storeError = h('p', { class: 'store-error', hidden: true });
  const list = h('ul', { class: 'datasets', 'aria-labelledby': 'datasets-heading' });
  const dialog = confirmDialog();
  root.replaceChildren(
    h('p', { class: 'brand' }, [h('span', { class: 'brand-mark', 'aria-hidden': 'true' }, ['P']), 'Provenance']),
    h('h1', {}, [t('optionsTitle')]),
    h('p', { class: 'intro' }, [t('optionsIntro')]),
    section,
    h('section', { class: 'panel', 'aria-labelledby': 'datasets-heading' }, [
      h('h2', { id: 'datasets-heading' }, [t('optionsYourDatasets')]),
      storeError,
      list,
    ]),
    dialog,
  );
  return { status, storeError, list, dialog };
}

function renderOutcome(outcome: ImportOutcome): HTMLElement {
  return h('div', { class: `outcome ${outcome.ok ? 'outcome-ok' : 'outcome-failed'}` }, [
    h('p', { class: 'outcome-title' }, [outcome.ok ? '✓ ' : '✕ ', outcome.title]),
    outcome.details.length > 0
      ? h(
          'ul',
          { class: 'outcome-details' },
          outcome.details.map((detail) => h('li', {}, [detail])),
        )
      : null,
  ]);
}

function askToDelete(dialog: HTMLDialogElement, row: DatasetRow, onConfirm: () => void): void {
  setText(dialog.querySelector('h2')!, t('deleteTitle', row.name));
  setText(dialog.querySelector('.confirm-text')!, t('deleteText', row.countParts.sources, row.countParts.claims));
  dialog.addEventListener(
    'close',
    () => {
      if (dialog.returnValue === 'delete') onConfirm();
    },
    { once: true },
  );
  dialog.returnValue = '';
  dialog.showModal();
}

function renderRow(row: DatasetRow, actions: OptionsActions, dialog: HTMLDialogElement): HTMLElement {
  const toggleId = `enabled-${row.id}`;
  const toggle = h('input', {
    type: 'checkbox',
    role: 'switch',
    id: toggleId,
    class: 'toggle',
    checked: row.enabled,
    disabled: row.problem !== null,
    'data-focus-key': `toggle:${row.id}`,
  });
  toggle.addEventListener('change', () => actions.onToggle(row.id, toggle.checked));
  const exportButton = h('button', { type: 'button', class: 'button', 'data-focus-key': `export:${row.id}` }, [
    t('buttonExport'),
    h('span', { class: 'visually-hidden' }, [` ${row.name}`]),
  ]);
  exportButton.addEventListener('click', () => actions.onExport(row.id, 'provenance'));
  // Only a dataset with fact-checkers' verdicts has anything to say as ClaimReview.
  const claimReviewButton = row.reviewed
    ? h('button', { type: 'button', class: 'button', 'data-focus-key': `export-claimreview:${row.id}` }, [
        t('buttonExportClaimReview'),
        h('span', { class: 'visually-hidden' }, [` ${row.name}`]),
      ])
    : null;
  claimReviewButton?.addEventListener('click', () => actions.onExport(row.id, 'claimreview'));
  const deleteButton = row.canDelete
    ? h('button', { type: 'button', class: 'button button-danger', 'data-focus-key': `delete:${row.id}` }, [
        t('buttonDelete'),
        h('span', { class: 'visually-hidden' }, [` ${row.name}`]),
      ])
    : null;
  deleteButton?.addEventListener('click', () => askToDelete(dialog, row, () => actions.onDelete(row.id)));
  return h('li', { class: `dataset${row.enabled ? '' : ' dataset-off'}`, 'data-dataset-id': row.id }, [
    h('div', { class: 'dataset-head' }, [
      h('h3', { class: 'dataset-name' }, [row.name]),
      row.builtIn ? h('span', { class: 'tag' }, [t('datasetBuiltInTag')]) : null,
      h('span', { class: 'tag tag-state' }, [
        t(row.problem ? 'datasetStateUnusable' : row.enabled ? 'datasetStateOn' : 'datasetStateOff'),
      ]),
    ]),
    h('p', { class: 'dataset-counts' }, [row.counts, row.reviewed ? ` · ${row.reviewed}` : '']),
    h('p', { class: 'dataset-meta' }, [`${row.version} · ${row.origin}`]),
    row.description ? h('p', { class: 'dataset-description' }, [row.description]) : null,
    h('p', { class: 'dataset-outlets' }, [row.outlets]),
    row.problem ? h('p', { class: 'dataset-problem' }, [row.problem]) : null,
    row.meaning ? h('p', { class: 'dataset-meaning', role: 'status' }, [row.meaning]) : null,
    h('div', { class: 'dataset-actions' }, [
      h('span', { class: 'toggle-field' }, [toggle, h('label', { for: toggleId }, [t('datasetUseInAnalysis')])]),
      exportButton,
      claimReviewButton,
      deleteButton,
    ]),
  ]);
}

/** Shows `view` in `root`. */
export function renderOptions(root: HTMLElement, view: OptionsView, actions: OptionsActions): void {
  const { status, storeError, list, dialog } = frame(root, actions);
  root.setAttribute('aria-busy', String(view.busy !== null));
  status.replaceChildren(
    ...(view.busy
      ? [h('p', { class: 'busy' }, [h('progress', { 'aria-label': view.busy }), ` ${view.busy}`])]
      : view.outcomes.map(renderOutcome)),
  );
  storeError.hidden = view.storeError === null;
  setText(storeError, view.storeError ?? '');
  const focused = (document.activeElement as HTMLElement | null)?.dataset?.focusKey;
  list.replaceChildren(...view.rows.map((row) => renderRow(row, actions, dialog)));
  if (focused)
    [...list.querySelectorAll<HTMLElement>('[data-focus-key]')]
      .find((element) => element.dataset.focusKey === focused)
      ?.focus();
}
