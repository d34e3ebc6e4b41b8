/**
 * `npm run bench:linearity`: does the time to read a page grow linearly with its size? A hostile page
 * is long, or made of the one character a regular expression backtracks on; a quadratic step would
 * freeze the reader's tab. For each stage (extraction, segmentation, sentence analysis, judging a whole
 * article) and each input family (ordinary prose and adversarial runs), the input is doubled four
 * times with the caps lifted, and the ratio time(2n) / time(n) printed: about 2 is linear, 4 quadratic.
 * Ratios, not milliseconds, carry between machines. The last line is one JSON object; the exit code is
 * 1 when a family's ratios say super-linear (median ratio above 3).
 */
// First: the engine's word vectors and pair model, read from assets/.
import '../src/assets/node-assets';
import { defaultDataset } from '../src/claims/default-dataset';
import { createAnalyzer } from '../src/engine/analyzer';
import { extractArticle } from '../src/extract/extract-article';
import { articleFromText } from '../src/extract/from-text';
import { splitSentences } from '../src/extract/sentences';
import { parseHtmlDocument } from '../src/node/html-document';
import { analyzeSentence } from '../src/nlp/analyze-sentence';
import { median, time } from './timing';

/** Median ratio above which a family counts as super-linear (linear ≈ 2, n log n ≈ 2.2, quadratic ≈ 4). */
const SUPERLINEAR = 3;

const PROSE = [
  'The harbour authority will run an extra evening ferry to the islands from the first week of June, after residents complained.',
  'According to a diplomatic source speaking to AFP, U.S. President Donald Trump proposed a framework similar to NATO’s Article 5.',
  '“We want peace, not perpetual guarantees,” said Oleksandra Koval, a 47-year-old teacher in Dnipro, on 16 August 2025.',
  'Russian artillery fire has increased by approximately 37% since June, with reconstruction costs estimated at over $411 billion.',
];

/** Text of about `chars` characters built by repeating `unit`. */
const repeat = (unit: string, chars: number): string =>
  unit.repeat(Math.max(1, Math.ceil(chars / unit.length))).slice(0, chars);

/** Input families: ordinary prose and runs of what regular expressions find hardest. */
const TEXT_FAMILIES: Record<string, (chars: number) => string> = {
  prose: (chars) => repeat(`${PROSE.join(' ')}\n\n`, chars),
  'one endless sentence': (chars) => repeat('the ferry and the harbour and the island ', chars),
  dots: (chars) => repeat('.', chars),
  abbreviations: (chars) => repeat('U.S. Mr. No. Dr. e.g. ', chars),
  'quoted questions': (chars) => repeat('Why? he asked. ', chars),
  'run-ons without spaces': (chars) => repeat('ab.Cd', chars),
  'spaces then a letter': (chars) => `${repeat(' ', chars - 1)}x`,
  quotes: (chars) => repeat('“‘"\'', chars),
  'digits and separators': (chars) => repeat('1,000.5-', chars),
  'capitalised words': (chars) => repeat('President Prime Minister Foreign Office ', chars),
};

interface Series {
  stage: string;
  family: string;
  sizes: number[];
  ms: number[];
  ratios: number[];
  medianRatio: number;
  linear: boolean;
}

/** Times `run(input(size))` over doubling sizes; inputs are built outside the timing. */
function series(
  stage: string,
  family: string,
  sizes: number[],
  input: (size: number) => unknown,
  run: (input: never) => unknown,
): Series {
  const ms = sizes.map((size) => {
    const prepared = input(size);
    return Math.max(
      0.05,
      time(() => run(prepared as never)),
    );
  });
  const ratios = ms.slice(1).map((value, i) => Math.round((value / ms[i]!) * 100) / 100);
  const medianRatio = median(ratios);
  return {
    stage,
    family,
    sizes,
    ms: ms.map((value) => Math.round(value * 10) / 10),
    ratios,
    medianRatio,
    linear: medianRatio <= SUPERLINEAR,
  };
}

const doubling = (first: number, count = 5): number[] => Array.from({ length: count }, (_, i) => first * 2 ** i);
const NO_CAPS = {
  maxChars: Number.MAX_SAFE_INTEGER,
  maxElements: Number.MAX_SAFE_INTEGER,
  maxSentences: Number.MAX_SAFE_INTEGER,
};

const results: Series[] = [];
const analyzer = createAnalyzer([defaultDataset]);

for (const [family, make] of Object.entries(TEXT_FAMILIES)) {
  results.push(series('segmentation', family, doubling(20_000), make, (text: string) => splitSentences(text, 'en')));
  results.push(series('sentence analysis', family, doubling(2_000), make, (text: string) => analyzeSentence(text)));
}

// Extraction: pages of doubling paragraph counts (jsdom parses outside the timing; Readability on a copy).
for (const [family, make] of Object.entries({
  prose: TEXT_FAMILIES.prose!,
  'one endless sentence': TEXT_FAMILIES['one endless sentence']!,
})) {
  results.push(
    series(
      'extraction',
      family,
      doubling(40),
      (paragraphs) => {
        const body = Array.from({ length: paragraphs }, (_, i) => `<p><span>${i}</span> ${make(400)}</p>`).join('');
        return parseHtmlDocument(
          `<!doctype html><html lang="en"><head><title>T</title></head><body><article><h1>T</h1>${body}</article></body></html>`,
        );
      },
      (doc: Document) => extractArticle(doc, NO_CAPS),
    ),
  );
}

// Judging a whole article against the embedded dataset: doubling sentence counts.
results.push(
  series(
    'judging (analyze)',
    'prose',
    doubling(20),
    (sentences) => articleFromText(repeat(`${PROSE.join(' ')} `, sentences * 120)),
    (article: ReturnType<typeof articleFromText>) => analyzer.analyze(article),
  ),
);
results.push(
  series(
    'judging (analyze)',
    'one endless sentence',
    doubling(1_000),
    (chars) => articleFromText(`${TEXT_FAMILIES['one endless sentence']!(chars)}.`),
    (article: ReturnType<typeof articleFromText>) => analyzer.analyze(article),
  ),
);

for (const row of results) {
  const marker = row.linear ? '' : '   <-- super-linear';
  console.log(
    `${row.stage.padEnd(18)} ${row.family.padEnd(22)} sizes ${row.sizes.join('/')}  ms ${row.ms.join('/')}  ratios ${row.ratios.join(' ')}${marker}`,
  );
}
const superlinear = results.filter((row) => !row.linear).map((row) => `${row.stage}: ${row.family}`);
console.log(JSON.stringify({ linear: superlinear.length === 0, threshold: SUPERLINEAR, superlinear, series: results }));
process.exitCode = superlinear.length === 0 ? 0 : 1;
