// @vitest-environment jsdom
/**
 * A page in a language Provenance does not check, from extraction to what the popup and side panel
 * show: its sentences are not checked, the report says so with a flag, and the reader gets one plain
 * sentence instead of "No sentence of this page matches a known claim".
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { defaultDataset } from '../../src/claims/default-dataset';
import { createAnalyzer } from '../../src/engine/analyzer';
import { extractArticle } from '../../src/extract/extract-article';
import { articleFromText } from '../../src/extract/from-text';
import { parseHtmlDocument } from '../../src/node/html-document';
import { stateFromResult } from '../../src/ui/popup-state';
import { renderPanel } from '../../src/ui/render-panel';
import { renderPopup } from '../../src/ui/render-popup';

const FIXTURES = resolve(import.meta.dirname, '../fixtures');
const analyzer = createAnalyzer([defaultDataset]);

function reportOn(fixture: string) {
  const html = readFileSync(resolve(FIXTURES, fixture), 'utf8');
  const extracted = extractArticle(parseHtmlDocument(html, `http://127.0.0.1/${fixture}`));
  if (!extracted.ok) throw new Error(extracted.message);
  return analyzer.analyze(extracted.article);
}

const MESSAGE = 'This article is in French; Provenance checks English text.';

describe('a French page', () => {
  const report = reportOn('french-article.html');

  test('is read as French although its template declares English, and nothing is checked', () => {
    expect(report.article.lang).toBe('fr');
    expect(report.supported).toBe(false);
    expect(report.claims).toEqual([]);
  });

  test('an English page is checked as before', () => {
    const english = reportOn('unrelated-article.html');
    expect(english).toMatchObject({ supported: true, article: { lang: 'en' } });
    expect(english.claims.length).toBeGreaterThan(5);
  });

  test('plain text is weighed the same way: a French .txt page is not checked either', () => {
    const text = readFileSync(resolve(FIXTURES, 'french-article.html'), 'utf8')
      .match(/<p>[^<]*<\/p>/g)!
      .map((paragraph) => paragraph.slice(3, -4))
      .join('\n');
    expect(analyzer.analyze(articleFromText(text))).toMatchObject({
      supported: false,
      article: { lang: 'fr' },
      claims: [],
    });
  });

  test('the popup shows the title and the language sentence, and no counts', () => {
    const state = stateFromResult({ ok: true, report });
    expect(state).toMatchObject({ kind: 'unsupported-language', message: MESSAGE });
    const root = document.createElement('main');
    renderPopup(root, state, { onRetry: () => undefined });
    expect(root.dataset.state).toBe('unsupported-language');
    expect(root.querySelector('h1')?.textContent).toBe('Grève des bus et des trams à Valmont : un jeudi très perturbé');
    expect(root.querySelector('h1')?.lang).toBe('fr');
    expect(root.querySelector('.message-language')?.textContent).toBe(MESSAGE);
    expect(root.querySelector('.counts')).toBeNull();
    expect(root.querySelector('ol.claims')).toBeNull();
  });

  test('the side panel says the same, with its filters hidden', () => {
    const root = document.createElement('main');
    const state = {
      report: stateFromResult({ ok: true, report }),
      filter: 'all' as const,
      highlights: true,
      highlightNote: null,
    };
    renderPanel(root, state, {
      onRetry: () => undefined,
      onFilter: () => undefined,
      onToggleHighlights: () => undefined,
      onReveal: () => undefined,
      onEmphasise: () => undefined,
    });
    expect(root.querySelector('[role="status"] .message-language')?.textContent).toBe(MESSAGE);
    expect(root.querySelector<HTMLElement>('.controls')?.hidden).toBe(true);
    expect(root.querySelector('ol.cards')).toBeNull();
  });
});
