"""The sentence-pair judge's cascade (src/stance/pair-model.ts): the first-stage trees train_judge.py
wrote decide a pair unless their top probability is below a cut; then second-stage trees over the same
inputs and the word-level attention model's four probabilities (attention_judge.py) decide it.

The second-stage trees are train_judge.py's trees (same settings, weights and lexicon) with four more
columns. Their train rows get out-of-fold attention probabilities (attention_judge.py --part fold0..2,
grouped folds), their validation rows the probabilities of the attention model trained on every train
row (--part full, the one that ships), so no row's input was fitted on that row.

Chosen on the validation pairs, as the first stage's temperature and link thresholds are: the second
stage's temperature; the cut, as the smallest (fewest pairs sent on) that keeps --keep of the gain in
mean accuracy over the nine real sets that sending every pair would bring; and the link thresholds,
re-chosen on the cascade's probabilities exactly as train_judge.py chooses them.

    /usr/bin/python3 scripts/train/cascade_judge.py --table .cache/judge-pairs.jsonl --first .cache/first-stage.json \
        --parts .cache/attention --out assets/pair-model.json
"""
import argparse
import glob
import json
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from train_judge import (  # noqa: E402
    CLASSES,
    add_tree_arguments,
    export_trees,
    fit_temperature,
    lexical_columns,
    link_thresholds,
    make_trees,
    read_table,
    set_figures,
    set_weights,
    softmax,
    table_columns,
    three_way,
    write_parity,
)

REAL_SETS = ["emergent", "sick", "mrpc", "sts-b", "vitaminc", "covid-fact", "climate-fever", "fever-symmetric", "checkthat"]
ATTENTION_FEATURES = [f"attention:{c}" for c in CLASSES]
# 0: send no pair on (when the second stage gains nothing); 1: send every pair.
CUTS = [0.0] + [round(x, 2) for x in np.arange(0.40, 1.0001, 0.05)]


def per_set(probabilities, gold3, masks):
    predicted3 = three_way(probabilities)
    return {name: set_figures(predicted3, gold3, mask) for name, mask in masks.items()}


def paired_bootstrap(better, base, gold3, masks, seed):
    """Per set, the accuracy difference `better` - `base` over the same validation pairs, with a 95%
    interval from 2,000 resamples of the pairs (the pairs' sampling, not the training seed)."""
    rng = np.random.RandomState(seed)
    right_better = three_way(better) == gold3
    right_base = three_way(base) == gold3
    out = {}
    for name, mask in masks.items():
        diff = right_better[mask].astype(float) - right_base[mask]
        boot = [diff[rng.randint(0, len(diff), len(diff))].mean() for _ in range(2000)]
        out[name] = {"difference": round(float(diff.mean()), 4), "ci95": [round(float(np.percentile(boot, 2.5)), 4), round(float(np.percentile(boot, 97.5)), 4)],
                     "onlyBetterRight": int((diff > 0).sum()), "onlyBaseRight": int((diff < 0).sum())}
    return out


def mean_accuracy(figures):
    return float(np.mean([figures[n]["accuracy"] for n in REAL_SETS if n in figures]))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--table", required=True)
    parser.add_argument("--first", required=True, help="the trees-only asset train_judge.py wrote from the same table (with --save-raw beside it)")
    parser.add_argument("--parts", required=True, help="prefix of attention_judge.py's outputs: PREFIX-full.npz, PREFIX-fold*.npz")
    parser.add_argument("--out", required=True)
    parser.add_argument("--parity", help="write a few rows' second-stage inputs and probabilities for the TypeScript parity test")
    parser.add_argument("--report", help="write every figure (first stage, second stage alone, cascade per cut) here")
    add_tree_arguments(parser)
    parser.add_argument("--keep", type=float, default=0.9, help="share of the full second stage's mean-accuracy gain the cut must keep")
    parser.add_argument("--cut", type=float, help="use this cut instead of choosing one")
    args = parser.parse_args()

    rows = read_table(args.table)
    columns = table_columns(rows)
    features, labels, sets, train, order, made = (columns[k] for k in ("features", "labels", "sets", "train", "order", "made"))
    validation = ~train
    gold3 = np.minimum(labels, 2)
    first_asset = json.load(open(args.first, encoding="utf-8"))
    features = np.concatenate([features, lexical_columns(rows, first_asset["lexicon"])], 1)
    if features.shape[1] != len(first_asset["features"]):
        sys.exit("the first stage was trained on another table")
    raw_first = np.load(args.first.replace(".json", ".raw.npy"))
    first = softmax(raw_first, first_asset["temperature"])

    full = np.load(f"{args.parts}-full.npz")
    if len(full["rows"]) != len(rows):
        sys.exit("the full attention part must cover every row of this table")
    full_probabilities = np.zeros((len(rows), len(CLASSES)))
    full_probabilities[full["rows"]] = full["probabilities"]
    attention = full_probabilities.copy()
    attention[train] = np.nan
    for path in sorted(glob.glob(f"{args.parts}-fold*.npz")):
        part = np.load(path)
        assert train[part["rows"]].all()
        attention[part["rows"]] = part["probabilities"]
    if np.isnan(attention).any():
        sys.exit(f"{int(np.isnan(attention).any(1).sum())} train rows have no out-of-fold probabilities: run every fold")

    weights = set_weights(sets, train)
    stacked = np.concatenate([features, attention], 1)
    model = make_trees(args)
    model.fit(stacked[train], labels[train], sample_weight=weights[train])
    raw_second = model._raw_predict(stacked)
    temperature = round(fit_temperature(raw_second[validation], labels[validation]), 4)
    second = softmax(raw_second, temperature)

    masks = {name: validation & (sets == name) & (order == 0) & ~made for name in sorted(np.unique(sets))}
    masks = {name: mask for name, mask in masks.items() if mask.any()}
    # The attention model alone, for the record: its probabilities at a temperature fitted as the trees' are.
    attention_raw = np.log(np.clip(full_probabilities, 1e-9, 1))
    figures_attention = per_set(softmax(attention_raw, fit_temperature(attention_raw[validation], labels[validation])), gold3, masks)
    figures_first = per_set(first, gold3, masks)
    figures_second = per_set(second, gold3, masks)
    top = first.max(1)

    def cascade(cut):
        return np.where((top < cut)[:, None], second, first)

    sweep, gains = [], []
    for cut in CUTS:
        figures = per_set(cascade(cut), gold3, masks)
        routed = {name: round(float((top[mask] < cut).mean()), 4) for name, mask in masks.items()}
        sweep.append({"cut": cut, "meanAccuracy": round(mean_accuracy(figures), 4), "routed": routed, "perSet": figures})
        gains.append(mean_accuracy(figures) - mean_accuracy(figures_first))
    gain = mean_accuracy(figures_second) - mean_accuracy(figures_first)
    if args.cut is not None:
        cut = args.cut
    else:
        # The smallest cut keeping the share of the gain, compared unrounded; the largest when none does,
        # rather than stopping (a smoke table of session 20's training-label variant stopped here).
        cut = next((c for c, g in zip(CUTS, gains) if g >= args.keep * max(gain, 0) - 1e-9), CUTS[-1])
    probabilities = cascade(cut)
    figures_cascade = per_set(probabilities, gold3, masks)

    thresholds = link_thresholds(probabilities, gold3, sets, validation & ~made, args.link_beta)

    exported, arrays = export_trees(model)
    baseline = [float(x) for x in model._baseline_prediction.ravel()]
    attention_args = json.loads(str(full["args"]))
    asset = {
        **first_asset,
        "version": 3,
        "linkThresholds": {name: t["probability"] for name, t in thresholds.items()},
        "cascade": {"below": cut, "features": first_asset["features"] + ATTENTION_FEATURES, "baseline": baseline, "temperature": temperature, **exported},
        "training": {
            **first_asset["training"],
            "firstStageLinkThresholds": first_asset["training"]["linkThresholds"],
            "linkThresholds": thresholds,
            "firstStageValidation": figures_first,
            "validation": figures_cascade,
            "cascade": {
                "script": "scripts/train/cascade_judge.py",
                "cutChosenOn": "validation" if args.cut is None else "given",
                "keep": args.keep,
                "attention": {k: attention_args[k] for k in ("hidden", "epochs", "seed", "folds", "lr", "batch", "dropout")},
                "secondStageValidation": figures_second,
                "routedValidation": next(s["routed"] for s in sweep if s["cut"] == cut) if cut in CUTS else None,
            },
        },
    }
    with open(args.out, "w", encoding="utf-8") as out:
        json.dump(asset, out, separators=(",", ":"))
        out.write("\n")
    if args.parity:
        write_parity(args.parity, exported, arrays, baseline, temperature, stacked, np.where(validation)[0], args.seed)
    if args.report:
        paired = {"second": paired_bootstrap(second, first, gold3, masks, args.seed), "cascade": paired_bootstrap(probabilities, first, gold3, masks, args.seed)}
        with open(args.report, "w", encoding="utf-8") as out:
            json.dump({"first": figures_first, "attentionAlone": figures_attention, "second": figures_second, "cascade": figures_cascade, "cut": cut, "temperature": temperature,
                       "linkThresholds": thresholds, "paired": paired, "attention": attention_args, "sweep": sweep}, out, indent=1)
            out.write("\n")
        for name in masks:
            p = paired["second"][name]
            print(f"{name:16} second - first {p['difference']:+.4f} [{p['ci95'][0]:+.4f}, {p['ci95'][1]:+.4f}] ({p['onlyBetterRight']} / {p['onlyBaseRight']})")

    print(json.dumps({"cut": cut, "temperature": temperature, "linkThresholds": thresholds}))
    for s in sweep:
        share = np.mean([s["routed"][n] for n in REAL_SETS if n in s["routed"]])
        print(f"cut {s['cut']:.2f}: mean accuracy {s['meanAccuracy']:.4f}, mean share sent on {share:.3f}")
    print(f"{'set':16} first        attention    second       cascade (accuracy/macro-F1)")
    for name in masks:
        row = [figures_first[name], figures_attention[name], figures_second[name], figures_cascade[name]]
        print(f"{name:16} " + "  ".join(f"{f['accuracy']:.3f}/{f['macroF1']:.3f}" for f in row))


if __name__ == "__main__":
    main()
