/**
 * `npm run eval [-- TASK ...]`: the evaluation harness. Each run prints a readable report and ends with
 * exactly one JSON line of figures.
 *
 *   fnc1 --bodies B.csv --stances S.csv [--split all|validation|train] [--predictions OUT.csv] [--limit N]
 *   checkthat --vclaims V.jsonl --queries Q.tsv --qrels R.tsv [--predictions OUT.tsv] [--depth N] [--fields F] [--limit N]
 *   checkthat-candidates [--vclaims V.jsonl --queries Q.tsv --qrels R.tsv] [--limit N]
 *   paraphrase-candidates [--data DIR]
 *   seeds [--golden FILE] [--verbose]
 *   judge-pairs --vclaims V.jsonl --queries Q.tsv --qrels R.tsv [--limit N]
 *   distractors [--vclaims V.jsonl] [--pages DIR] [--other-pages] [--verbose]
 *   posts [--vclaims V.jsonl --queries Q.tsv --qrels R.tsv] [--limit N] [--verbose]
 *   pairs --input FILE.tsv [--predictions OUT.tsv] [--limit N]
 *   pairs [--sets a,b] [--export DIR] [--data DIR] [--limit N]
 *   (no task) every task on ../shared/data's validation splits [--data DIR] [--limit N]
 */
// First: the engine's word vectors and pair model, read from assets/.
import '../src/assets/node-assets';
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { corpusPaths, DEFAULT_DATA_DIR } from '../src/eval/eval-paths';
import { runAllTasks } from '../src/eval/run-all-tasks';
import { runCheckThatTask, type IndexFields } from '../src/eval/run-checkthat-task';
import { runCheckThatCandidatesTask } from '../src/eval/run-checkthat-candidates-task';
import { runParaphraseCandidatesTask } from '../src/eval/run-paraphrase-candidates-task';
import { runFncTask } from '../src/eval/run-fnc-task';
import { runDistractorsTask } from '../src/eval/run-distractors-task';
import { runJudgePairsTask } from '../src/eval/run-judge-pairs-task';
import { runPostsTask } from '../src/eval/run-posts-task';
import { parsePairSetNames, runPairSetsTask } from '../src/eval/run-pair-sets-task';
import { runPairsTask } from '../src/eval/run-pairs-task';
import { runSeedsTask } from '../src/eval/run-seeds-task';
import type { TaskOutcome } from '../src/eval/task-outcome';

const USAGE = `usage: npm run eval -- [TASK] [options]
  fnc1 --bodies BODIES.csv --stances STANCES.csv [--split all|validation|train] [--predictions OUT.csv] [--limit N]
       (FNC-1 and ARC files alike; --split takes one side of the topic split, default all pairs)
  checkthat --vclaims VCLAIMS.jsonl --queries QUERIES.tsv --qrels QRELS.tsv [--predictions OUT.tsv]
       [--depth N (default 1000)] [--fields claim|claim+title|claim+title+subtitle] [--limit N]
  checkthat-candidates [--vclaims VCLAIMS.jsonl --queries QUERIES.tsv --qrels QRELS.tsv] [--limit N]
       (candidate recall: the share of qrels whose claim is among a tweet's candidates, as the analyzer
       retrieves them, by shared words only and with the meaning channel; defaults: CheckThat! dev)
  paraphrase-candidates [--data DIR]
       (the same for paraphrases: MRPC, STS-B and SICK validation passages as known claims, each
       corroborating pair's first sentence searched)
  seeds [--golden FILE] [--verbose]
  judge-pairs --vclaims VCLAIMS.jsonl --queries QUERIES.tsv --qrels QRELS.tsv [--limit N]
       (the sentence judge on CheckThat! tweets: gold claims corroborated, top BM25 non-gold ones too)
  distractors [--vclaims VCLAIMS.jsonl] [--pages READABILITY-PAGES-DIR] [--other-pages] [--verbose]
      (--other-pages: every page of the folder but the 13 news pages, instead of them: pages the rules were not read from)
       (seed and news pages against the embedded dataset + CheckThat!'s claims on other stories: false links
       per 100 sentences, and the seeds' golden links in the same run; defaults from ../shared/data)
  posts [--vclaims VCLAIMS.jsonl --queries QUERIES.tsv --qrels QRELS.tsv] [--limit N] [--verbose]
       (each CheckThat! tweet analyzed as a page of its own, as the extension would: its gold claims shown as
       corroborations, and the other links shown; defaults: CheckThat! dev)
  pairs --input FILE.tsv [--predictions OUT.tsv] [--limit N]
       (the sentence judge on labelled sentence pairs: a header line naming the tab-separated columns id, claim,
       passage, gold (corroborates|conflicts|neither), in any order; --predictions writes id, relation, score)
  pairs [--sets emergent,sick,...] [--export DIR] [--data DIR] [--limit N]
       (the same on the validation side of each sentence-pair set in ../shared/data, and a summary;
       --export writes each set's judged pairs as DIR/<set>.tsv, the --input format)
  (no task): seeds, CheckThat! dev, distractors, ARC and FNC-1 validation splits and the pair sets from ../shared/data
       [--data DIR] [--limit N]`;

const out = (line: string) => process.stdout.write(`${line}\n`);
const progress = (message: string) => process.stderr.write(`${message}\n`);

function finish(task: string, outcome: TaskOutcome): number {
  if (outcome.status === 'done') {
    outcome.lines.forEach((line) => out(line));
    out(JSON.stringify({ task, ...outcome.figures }));
    return 0;
  }
  if (outcome.status === 'skipped') {
    out(`${task}: skipped (${outcome.reason})`);
    out(JSON.stringify({ task, skipped: outcome.reason }));
    return 0;
  }
  process.stderr.write(`${task}: ${outcome.reason}\n`);
  out(JSON.stringify({ task, error: outcome.reason }));
  return 2;
}

/**
 * Runs a task, turning an exception from the judge or ranker under test (a model file out of step with
 * its code, say) into a failed outcome, so the run still ends with its one JSON line.
 */
function guarded(run: () => TaskOutcome): TaskOutcome {
  try {
    return run();
  } catch (error) {
    return { status: 'failed', reason: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
}

function positiveInt(value: string | undefined, name: string): number | undefined | Error {
  if (value === undefined) return undefined;
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : new Error(`--${name} must be a positive integer, got ${value}`);
}

function main(): number {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      bodies: { type: 'string' },
      stances: { type: 'string' },
      split: { type: 'string', default: 'all' },
      predictions: { type: 'string' },
      limit: { type: 'string' },
      vclaims: { type: 'string' },
      queries: { type: 'string' },
      qrels: { type: 'string' },
      depth: { type: 'string' },
      fields: { type: 'string' },
      golden: { type: 'string' },
      pages: { type: 'string' },
      input: { type: 'string' },
      sets: { type: 'string' },
      export: { type: 'string' },
      verbose: { type: 'boolean', default: false },
      'other-pages': { type: 'boolean', default: false },
      data: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  const usage = (problem: string) => {
    process.stderr.write(`${problem}\n${USAGE}\n`);
    out(JSON.stringify({ task: positionals[0] ?? 'all', error: problem }));
    return 2;
  };
  if (values.help) {
    out(USAGE);
    return 0;
  }
  const limit = positiveInt(values.limit, 'limit');
  const depth = positiveInt(values.depth, 'depth');
  if (limit instanceof Error) return usage(limit.message);
  if (depth instanceof Error) return usage(depth.message);
  const [task, ...extra] = positionals;
  if (extra.length > 0) return usage(`unexpected argument(s): ${extra.join(' ')}`);

  switch (task) {
    case 'fnc1': {
      const { bodies, stances } = values;
      if (!bodies || !stances) return usage('fnc1 needs --bodies and --stances');
      const split = values.split;
      if (split !== 'all' && split !== 'validation' && split !== 'train')
        return usage(`--split must be all, validation or train, got ${split}`);
      return finish(
        task,
        guarded(() =>
          runFncTask({ name: task, bodies, stances, split, limit, predictions: values.predictions, progress }),
        ),
      );
    }
    case 'checkthat': {
      const { vclaims, queries, qrels } = values;
      if (!vclaims || !queries || !qrels) return usage('checkthat needs --vclaims, --queries and --qrels');
      const fields = values.fields ?? 'claim+title+subtitle';
      if (!['claim', 'claim+title', 'claim+title+subtitle'].includes(fields))
        return usage(`--fields must be claim, claim+title or claim+title+subtitle, got ${fields}`);
      return finish(
        task,
        guarded(() =>
          runCheckThatTask({
            vclaims,
            queries,
            qrels,
            predictions: values.predictions,
            depth,
            limit,
            fields: fields as IndexFields,
          }),
        ),
      );
    }
    case 'checkthat-candidates':
    case 'posts': {
      // CheckThat! dev by default; a file given on the command line replaces its default.
      const paths = corpusPaths(values.data ?? DEFAULT_DATA_DIR).checkthat;
      const files = {
        vclaims: values.vclaims ?? paths.vclaims,
        queries: values.queries ?? paths.queries,
        qrels: values.qrels ?? paths.qrels,
        limit,
      };
      return finish(
        task,
        guarded(() =>
          task === 'posts'
            ? runPostsTask({
                ...files,
                verbose: values.verbose,
                skipWhenAbsent: !values.vclaims && !values.queries && !values.qrels,
              })
            : runCheckThatCandidatesTask(files),
        ),
      );
    }
    case 'paraphrase-candidates':
      return finish(
        task,
        guarded(() => runParaphraseCandidatesTask(values.data ?? DEFAULT_DATA_DIR)),
      );
    case 'seeds':
      return finish(
        task,
        guarded(() => runSeedsTask({ golden: values.golden, verbose: values.verbose })),
      );
    case 'judge-pairs': {
      const { vclaims, queries, qrels } = values;
      if (!vclaims || !queries || !qrels) return usage('judge-pairs needs --vclaims, --queries and --qrels');
      return finish(
        task,
        guarded(() => runJudgePairsTask({ vclaims, queries, qrels, limit })),
      );
    }
    case 'distractors': {
      const dataDir = values.data ?? DEFAULT_DATA_DIR;
      const vclaims = values.vclaims ?? corpusPaths(dataDir).checkthat.vclaims;
      const pages = values.pages ?? resolve(dataDir, 'readability-pages');
      return finish(
        task,
        guarded(() =>
          runDistractorsTask({
            vclaims,
            pages,
            otherPages: values['other-pages'],
            verbose: values.verbose,
            skipWhenAbsent: !values.vclaims && !values.pages,
          }),
        ),
      );
    }
    case 'pairs': {
      if (values.input !== undefined) {
        const input = values.input;
        if (values.sets !== undefined || values.export !== undefined)
          return usage('pairs: --sets and --export choose and write the pair sets; they do not go with --input');
        return finish(
          task,
          guarded(() => runPairsTask({ input, predictions: values.predictions, limit, progress })),
        );
      }
      if (values.predictions !== undefined)
        return usage('pairs: --predictions needs --input (--export DIR writes each set in the --input format)');
      const sets = values.sets === undefined ? undefined : parsePairSetNames(values.sets);
      if (sets instanceof Error) return usage(sets.message);
      const dataDir = values.data ?? DEFAULT_DATA_DIR;
      return finish(
        task,
        guarded(() => runPairSetsTask({ dataDir, sets, limit, exportDir: values.export, progress })),
      );
    }
    case undefined: {
      const dataDir = values.data ?? DEFAULT_DATA_DIR;
      const figures: Record<string, unknown> = { task: 'all', dataDir };
      let status = 0;
      runAllTasks({
        dataDir,
        limit,
        progress,
        guard: guarded,
        onOutcome: (name, outcome) => {
          if (outcome.status === 'done') {
            outcome.lines.forEach((line) => out(line));
            figures[name] = outcome.figures;
          } else if (outcome.status === 'skipped') {
            out(`${name}: skipped (${outcome.reason})`);
            figures[name] = { skipped: outcome.reason };
          } else {
            process.stderr.write(`${name}: ${outcome.reason}\n`);
            figures[name] = { error: outcome.reason };
            status = 2;
          }
          out('');
        },
      });
      out(JSON.stringify(figures));
      return status;
    }
    default:
      return usage(`unknown task ${task}`);
  }
}

process.exitCode = main();
