"""The attention experiment's comparison: trees alone (train_judge.py, unchanged), the attention model
alone, and trees + the attention model's four probabilities as features (stacking).

Train rows get out-of-fold probabilities (scripts/train/attention_judge.py --part fold0..foldK-1, grouped
folds), validation rows the probabilities of the model trained on every train row (--part full), so no
row's stacked input was fitted on that row. Everything else is train_judge.py's own code: the same
lexicon choice, the same trees and settings, the same sqrt(n) set weights, the same temperature fit on
validation and the same per-set masks (validation side, claim -> passage order, no made-up pairs).

    /usr/bin/python3 scripts/train/stack_judge.py --table .cache/judge-pairs.jsonl \
        --baseline .cache/baseline-model.json --parts .cache/attn --out .cache/stack-results.json
"""
import argparse
import glob
import json
import os
import sys
import time

import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from train_judge import (  # noqa: E402
    CLASSES,
    choose_lexicon,
    fit_temperature,
    lexical_columns,
    read_table,
    table_columns,
    set_figures,
    set_weights,
    softmax,
    three_way,
)

SETS = ["emergent", "sick", "mrpc", "sts-b", "vitaminc", "covid-fact", "climate-fever", "fever-symmetric", "checkthat", "edits"]


def per_set(probabilities, gold3, sets, validation, order, made):
    predicted3 = three_way(probabilities)
    out = {}
    for name in sorted(np.unique(sets)):
        mask = validation & (sets == name) & (order == 0) & ~made
        if mask.any():
            out[name] = set_figures(predicted3, gold3, mask)
    return out


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--table", required=True)
    parser.add_argument("--baseline", required=True, help="the asset train_judge.py wrote from the same table (its training.validation figures)")
    parser.add_argument("--parts", required=True, help="prefix of attention_judge.py's outputs: PREFIX-full.npz, PREFIX-fold*.npz")
    parser.add_argument("--out", required=True)
    parser.add_argument("--rounds", type=int, default=200)
    parser.add_argument("--learning-rate", type=float, default=0.1)
    parser.add_argument("--leaves", type=int, default=31)
    parser.add_argument("--l2", type=float, default=1.0)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--lexicon", type=int, default=12)
    parser.add_argument("--lexicon-min-rows", type=int, default=15)
    parser.add_argument("--paired", action="store_true", help="also refit the baseline trees here and bootstrap the per-set accuracy difference (paired, 2,000 resamples)")
    args = parser.parse_args()

    rows = read_table(args.table)
    columns = table_columns(rows)
    features, labels, sets, train, order, made = (columns[k] for k in ("features", "labels", "sets", "train", "order", "made"))
    validation = ~train
    gold3 = np.minimum(labels, 2)

    full = np.load(f"{args.parts}-full.npz")
    attention = np.full((len(rows), len(CLASSES)), np.nan)
    assert len(full["rows"]) == len(rows), "the full part must cover every row of this table"
    attention[full["rows"]] = full["probabilities"]
    stacked_input = attention.copy()
    stacked_input[train] = np.nan
    fold_files = sorted(glob.glob(f"{args.parts}-fold*.npz"))
    for path in fold_files:
        part = np.load(path)
        assert train[part["rows"]].all()
        stacked_input[part["rows"]] = part["probabilities"]
    if np.isnan(stacked_input).any():
        sys.exit(f"{int(np.isnan(stacked_input).any(1).sum())} train rows have no out-of-fold probabilities: run every fold")
    seconds = {"full": float(full["seconds"]), **{os.path.basename(p): float(np.load(p)["seconds"]) for p in fold_files}}

    # Attention alone: its probabilities, with a temperature fitted on validation as the trees' are.
    raw = np.log(np.clip(attention, 1e-9, 1))
    t_attention = round(fit_temperature(raw[validation], labels[validation]), 4)
    alone = per_set(softmax(raw, t_attention), gold3, sets, validation, order, made)

    # Trees + attention: train_judge.py's trees with four more columns.
    weights = set_weights(sets, train)
    lexicon = choose_lexicon(rows, labels, sets, train, weights, args.lexicon, args.lexicon_min_rows)
    lexical = lexical_columns(rows, lexicon)

    def trees(x):
        model = HistGradientBoostingClassifier(
            max_iter=args.rounds, learning_rate=args.learning_rate, max_leaf_nodes=args.leaves, l2_regularization=args.l2, early_stopping=False, random_state=args.seed
        )
        model.fit(x[train], labels[train], sample_weight=weights[train])
        raw_trees = model._raw_predict(x)
        temperature = round(fit_temperature(raw_trees[validation], labels[validation]), 4)
        return softmax(raw_trees, temperature), temperature

    started = time.time()
    stacked_p, t_stacked = trees(np.concatenate([features, lexical, stacked_input], 1))
    tree_seconds = time.time() - started
    stacked = per_set(stacked_p, gold3, sets, validation, order, made)
    paired = {}
    if args.paired:
        baseline_p, _ = trees(np.concatenate([features, lexical], 1))
        refit = per_set(baseline_p, gold3, sets, validation, order, made)
        rng = np.random.RandomState(args.seed)
        right_base = three_way(baseline_p) == gold3
        right_stack = three_way(stacked_p) == gold3
        for name in refit:
            mask = np.where(validation & (sets == name) & (order == 0) & ~made)[0]
            diff = right_stack[mask].astype(float) - right_base[mask]
            boot = [diff[rng.randint(0, len(diff), len(diff))].mean() for _ in range(2000)]
            paired[name] = {"refitBaselineAccuracy": refit[name]["accuracy"], "difference": round(float(diff.mean()), 4),
                            "ci95": [round(float(np.percentile(boot, 2.5)), 4), round(float(np.percentile(boot, 97.5)), 4)],
                            "onlyStackedRight": int(((diff > 0)).sum()), "onlyBaselineRight": int((diff < 0).sum())}

    baseline = json.load(open(args.baseline, encoding="utf-8"))["training"]["validation"]
    results = {"baseline": baseline, "attention": alone, "stacked": stacked, "temperatures": {"attention": t_attention, "stacked": t_stacked},
               "attentionParameters": int(full["parameters"]), "attentionSeconds": seconds, "stackedTreeSeconds": round(tree_seconds), "paired": paired,
               "attentionArgs": json.loads(str(full["args"]))}
    with open(args.out, "w", encoding="utf-8") as out:
        json.dump(results, out, indent=1)
        out.write("\n")

    def cell(figures, name, key):
        return f"{figures[name][key]:.3f}" if name in figures and key in figures[name] else "—"

    print("| set (validation pairs) | trees (baseline) acc · macro-F1 · conflict F1 | attention alone | trees + attention |")
    print("|---|---|---|---|")
    for name in SETS:
        if name not in baseline:
            continue
        row = [f"{name} ({baseline[name]['pairs']})"]
        for figures in (baseline, alone, stacked):
            row.append(" · ".join(cell(figures, name, key) for key in ("accuracy", "macroF1", "f1_conflicts")))
        print("| " + " | ".join(row) + " |")
    for name, figures in paired.items():
        print(f"{name:16} refit baseline {figures['refitBaselineAccuracy']:.4f}  stacked - baseline {figures['difference']:+.4f}  95% CI [{figures['ci95'][0]:+.4f}, {figures['ci95'][1]:+.4f}]  ({figures['onlyStackedRight']} pairs only stacked right, {figures['onlyBaselineRight']} only baseline)")
    for label, figures in (("baseline", baseline), ("attention", alone), ("stacked", stacked)):
        real = [n for n in SETS if n in figures and n != "edits"]
        print(f"{label:10} mean accuracy {np.mean([figures[n]['accuracy'] for n in real]):.4f}  mean macro-F1 {np.mean([figures[n]['macroF1'] for n in real]):.4f}")


if __name__ == "__main__":
    main()
