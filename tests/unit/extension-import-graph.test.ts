/**
 * The bundle holds what the extension runs: walking the static imports from every entrypoint, no
 * evaluation, training, benchmark or test code is reached, and neither is the article-body model
 * (src/eval/body, assets/stance-model.json), which only `npm run eval -- fnc1` uses.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const IMPORT =
  /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|(?:^|\n)\s*import\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function typeScriptFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return typeScriptFiles(path);
    return /\.ts$/.test(name) ? [path] : [];
  });
}

function resolveImport(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  // Vite's query suffixes (`./import.worker?worker`) name the same file, bundled another way.
  const base = resolve(dirname(from), specifier.replace(/\?[\w&=]*$/, ''));
  for (const candidate of [base, `${base}.ts`, join(base, 'index.ts')])
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  throw new Error(`${relative(ROOT, from)}: cannot resolve ${specifier}`);
}

/**
 * Every repository file `entries` (by default every entrypoint) reach by static or dynamic import, relative
 * to the root; with `valuesOnly`, through imports that put code in the bundle.
 */
function importGraph(entries = typeScriptFiles(join(ROOT, 'entrypoints')), valuesOnly = false): Set<string> {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length) {
    const file = queue.pop()!;
    const key = relative(ROOT, file);
    if (seen.has(key)) continue;
    seen.add(key);
    if (!file.endsWith('.ts')) continue;
    for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      // `import type` is erased from the build: it puts no code in a bundle.
      if (valuesOnly && /^\s*(?:import|export)\s+type\s/.test(match[0])) continue;
      const target = resolveImport(file, match[1] ?? match[2] ?? match[3]!);
      if (target) queue.push(target);
    }
  }
  return seen;
}

describe('the extension’s import graph', () => {
  const graph = importGraph();

  test('reaches the code it runs, the learned sentence-pair judge among it', () => {
    expect(graph).toContain('src/stance/judge-passage.ts');
    expect(graph).toContain('src/stance/pair-model.ts');
    expect(graph).toContain('src/stance/attention-model.ts');
    expect(graph).toContain('src/assets/shipped-assets.ts');
    expect(graph).toContain('src/platform/packaged-files.ts');
    expect(graph).toContain('src/engine/analyzer.ts');
  });

  test('holds no evaluation, training, benchmark or test code, and not the article-body model', () => {
    const outside = [...graph].filter(
      (file) =>
        /^(src\/eval|scripts|bench|tests)\//.test(file) ||
        file === 'assets/stance-model.json' ||
        file === 'src/assets/node-assets.ts',
    );
    expect(outside).toEqual([]);
  });
});

describe('the extraction content script', () => {
  test('runs the DOM half only: splitting, sentence kinds and the language tables stay in the worker', () => {
    const graph = importGraph([join(ROOT, 'entrypoints/extract.content.ts')], true);
    expect(graph).toContain('src/extract/read-page.ts');
    const workerHalf = [
      'src/extract/extract-article.ts',
      'src/extract/article-from-page.ts',
      'src/extract/sentences.ts',
      'src/extract/sentence-kind.ts',
      'src/extract/detect-language.ts',
      'src/extract/function-words.ts',
    ];
    expect(workerHalf.filter((file) => graph.has(file))).toEqual([]);
  });

  test('and the worker runs the text half only: Readability stays in the page', () => {
    const graph = importGraph([join(ROOT, 'entrypoints/background.ts')], true);
    expect(graph).toContain('src/extract/article-from-page.ts');
    expect(['src/extract/read-page.ts', 'src/extract/extract-article.ts'].filter((file) => graph.has(file))).toEqual(
      [],
    );
    const sources = [...graph]
      .filter((file) => file.endsWith('.ts'))
      .map((file) => readFileSync(join(ROOT, file), 'utf8'));
    expect(sources.some((source) => source.includes("from '@mozilla/readability'"))).toBe(false);
  });
});

describe('the popup and side panel', () => {
  test('carry no language tables: they need only the tags (language-tag.ts)', () => {
    const graph = importGraph(
      ['entrypoints/popup/main.ts', 'entrypoints/sidepanel/main.ts'].map((file) => join(ROOT, file)),
      true,
    );
    expect(graph).toContain('src/ui/difference-label.ts');
    const tables = ['src/extract/detect-language.ts', 'src/extract/function-words.ts'];
    expect(tables.filter((file) => graph.has(file))).toEqual([]);
  });
});

describe('the pipeline reads in one direction', () => {
  test('the stages under the engine (nlp, match, stance) never import the engine, the UI or the platform', () => {
    const offenders = ['src/nlp', 'src/match', 'src/stance'].flatMap((dir) =>
      typeScriptFiles(join(ROOT, dir))
        .filter((file) => /from '\.\.\/(engine|ui|platform)\//.test(readFileSync(file, 'utf8')))
        .map((file) => relative(ROOT, file)),
    );
    expect(offenders).toEqual([]);
  });
});
