"""Trains the learned sentence-pair judge's first stage (src/stance/pair-model.ts) from the table that
scripts/train/dump-pair-features.ts writes, and writes a trees-only asset (scripts/train/cascade_judge.py
adds the second stage; `npm run train` runs both).

Gradient-boosted trees (scikit-learn's HistGradientBoostingClassifier, Debian's python3-sklearn) over
the named pair features. Chosen by measurement over a small MLP on the same features (docs/quality.md):
as accurate or better on most sets, and its inference is a few hundred comparisons.

Reproducible: fixed split (src/eval/pair-sets.ts), fixed seed, no subsampling, single-threaded scoring
of the same table gives the same trees.

    python3 scripts/train/train_judge.py --table .cache/judge-pairs.jsonl --out assets/pair-model.json
"""
import argparse
import base64
import json
import platform
import sys

import numpy as np
import sklearn
from sklearn.ensemble import HistGradientBoostingClassifier

CLASSES = ["corroborates", "conflicts", "related", "unrelated"]
NEWS_SETS = ["emergent", "mrpc", "checkthat", "covid-fact"]


def read_table(path):
    rows = [json.loads(line) for line in open(path, encoding="utf-8")]
    if not rows:
        sys.exit(f"{path}: no rows")
    return rows


def table_columns(rows):
    """The table's per-row columns: features, four-way labels, set, split, order and made-up flag."""
    return {
        "features": np.array([r["f"] for r in rows], dtype=np.float64),
        "labels": np.array([CLASSES.index(r["label"]) for r in rows]),
        "sets": np.array([r["set"] for r in rows]),
        "train": np.array([r["split"] == "train" for r in rows]),
        "order": np.array([r["order"] for r in rows]),
        "made": np.array([bool(r["made"]) for r in rows]),
    }


SIDES = ["claimOnly", "passageOnly", "both"]


def chi_squared(rows, labels, mask, weights, side, min_rows):
    """Weighted chi-squared of each word's presence on `side` against the classes, over the rows in `mask`."""
    counts = {}
    for i in np.where(mask)[0]:
        for word in rows[i]["w"][side]:
            counts[word] = counts.get(word, 0) + 1
    vocabulary = sorted(word for word, n in counts.items() if n >= min_rows)
    index = {word: k for k, word in enumerate(vocabulary)}
    observed = np.zeros((len(vocabulary), len(CLASSES)))
    for i in np.where(mask)[0]:
        for word in rows[i]["w"][side]:
            k = index.get(word)
            if k is not None:
                observed[k, labels[i]] += weights[i]
    class_total = np.bincount(labels[mask], weights=weights[mask], minlength=len(CLASSES))
    present = observed.sum(1, keepdims=True)
    expected = present * class_total / max(1e-12, class_total.sum())
    absent_observed = class_total - observed
    absent_expected = (class_total.sum() - present) * class_total / max(1e-12, class_total.sum())
    chi2 = ((observed - expected) ** 2 / np.maximum(expected, 1e-9)).sum(1) + ((absent_observed - absent_expected) ** 2 / np.maximum(absent_expected, 1e-9)).sum(1)
    return vocabulary, chi2


def choose_lexicon(rows, labels, sets, train, weights, per_set, min_rows):
    """Per side, the words whose presence tells the classes apart most within each training set (weighted
    chi-squared, among words in at least `min_rows` of the set's rows), the sets' choices pooled: every
    set contributes the cues of its own register ("reportedly" in headlines, "nobody" in captions)."""
    lexicon = {}
    for side in SIDES:
        chosen = set()
        for name in sorted(np.unique(sets[train])):
            vocabulary, chi2 = chi_squared(rows, labels, train & (sets == name), weights, side, min_rows)
            order = np.lexsort((np.array(vocabulary), -chi2))
            chosen.update(vocabulary[k] for k in order[:per_set])
        lexicon[side] = sorted(chosen)
    return lexicon


def lexical_columns(rows, lexicon):
    columns = []
    for side in SIDES:
        for word in lexicon[side]:
            columns.append(np.array([word in set(r["w"][side]) for r in rows], dtype=np.float64))
    return np.stack(columns, 1) if columns else np.zeros((len(rows), 0))


def set_weights(sets, train):
    """Each set's training rows weigh sqrt(n) in all: large sets count more, but do not drown the small."""
    weights = np.zeros(len(sets))
    for name in np.unique(sets):
        mask = train & (sets == name)
        n = mask.sum()
        if n:
            weights[mask] = np.sqrt(n) / n
    return weights / weights[train].mean()


def softmax(scores, temperature=1.0):
    z = scores / temperature
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def fit_temperature(raw, labels):
    """The temperature minimising validation log-loss (a grid: one parameter, no optimiser needed)."""
    grid = np.exp(np.linspace(np.log(0.3), np.log(3.0), 121))
    losses = [-np.log(softmax(raw, t)[np.arange(len(labels)), labels] + 1e-12).mean() for t in grid]
    return float(grid[int(np.argmin(losses))])


def expected_calibration_error(probabilities, labels, bins=10):
    confidence = probabilities.max(axis=1)
    correct = probabilities.argmax(axis=1) == labels
    ece = 0.0
    for low in np.linspace(0, 1, bins, endpoint=False):
        mask = (confidence > low) & (confidence <= low + 1 / bins)
        if mask.any():
            ece += mask.mean() * abs(correct[mask].mean() - confidence[mask].mean())
    return float(ece)


def three_way(probabilities):
    """corroborates / conflicts / neither (related + unrelated), as the pairs harness scores."""
    return np.stack([probabilities[:, 0], probabilities[:, 1], probabilities[:, 2] + probabilities[:, 3]], 1).argmax(1)


def set_figures(predicted, gold, mask):
    figures = {"pairs": int(mask.sum()), "accuracy": round(float((predicted[mask] == gold[mask]).mean()), 4)}
    f1s = []
    for c, name in enumerate(["corroborates", "conflicts", "neither"]):
        if not (gold[mask] == c).any():
            continue
        tp = ((predicted[mask] == c) & (gold[mask] == c)).sum()
        fp = ((predicted[mask] == c) & (gold[mask] != c)).sum()
        fn = ((predicted[mask] != c) & (gold[mask] == c)).sum()
        f1 = 2 * tp / max(1, 2 * tp + fp + fn)
        figures[f"f1_{name}"] = round(float(f1), 4)
        f1s.append(f1)
    figures["macroF1"] = round(float(np.mean(f1s)), 4)
    return figures


def float32_at_most(value):
    """The largest float32 not above `value`: the extension compares float32 features, and for a float32
    x, x <= t exactly when x <= this, so the split is the same."""
    rounded = np.float32(value)
    if float(rounded) > value:
        rounded = np.nextafter(rounded, np.float32(-np.inf), dtype=np.float32)
    return rounded


def export_trees(model):
    """Every tree's nodes in depth-first order, concatenated, eight bytes a node: the feature a node tests
    (-1 for a leaf), its threshold (or a leaf's value) as float32, and how far ahead its right child is
    (its left child is the next node). Small enough to ship inside the background script."""
    feature, number, right, roots, tree_class = [], [], [], [], []
    for round_trees in model._predictors:
        for klass, predictor in enumerate(round_trees):
            nodes = predictor.nodes
            if nodes["is_categorical"].any():
                raise SystemExit("categorical splits are not supported by the extension's evaluator")
            roots.append(len(feature))
            tree_class.append(klass)

            def walk(i):
                at = len(feature)
                node = nodes[i]
                leaf = bool(node["is_leaf"])
                feature.append(-1 if leaf else int(node["feature_idx"]))
                number.append(np.float32(node["value"]) if leaf else float32_at_most(float(node["num_threshold"])))
                right.append(0)
                if not leaf:
                    walk(int(node["left"]))
                    offset = len(feature) - at
                    if offset > 65535:
                        raise SystemExit("a tree too large for 16-bit child offsets")
                    right[at] = offset
                    walk(int(node["right"]))

            walk(0)
    encode = lambda array: base64.b64encode(array.astype(array.dtype.newbyteorder("<")).tobytes()).decode("ascii")
    arrays = {"feature": np.array(feature, dtype=np.int16), "number": np.array(number, dtype=np.float32), "right": np.array(right, dtype=np.uint16)}
    exported = {"roots": roots, "treeClass": tree_class, **{name: encode(array) for name, array in arrays.items()}}
    return exported, arrays


def predict_exported(arrays, roots, tree_class, baseline, temperature, rows):
    """The extension's evaluator, in Python: what the parity fixture expects of the TypeScript one."""
    feature, number, right = arrays["feature"], arrays["number"], arrays["right"]
    out = []
    for x in rows:
        x32 = np.asarray(x, dtype=np.float32)
        scores = np.array(baseline, dtype=np.float64)
        for root, klass in zip(roots, tree_class):
            node = root
            while feature[node] >= 0:
                node = node + 1 if x32[feature[node]] <= number[node] else node + int(right[node])
            scores[klass] += float(number[node])
        out.append(softmax(scores[None, :], temperature)[0])
    return np.array(out)


# Links a reader is shown should be right at least this often (issue 13: 80% of the links on a page).
LINK_PRECISION = 0.80


def link_threshold(probabilities, labels, klass, beta, floor=LINK_PRECISION):
    """The probability from which predicted `klass` links are shown, over the validation pairs given: the
    lowest cut from which every higher cut keeps at least `floor` of the links it shows right (the most
    links a reader can trust); where no cut does, the cut that maximises F-beta (beta < 1 weighs precision
    above recall). F-beta's maximum alone lies on a flat curve and moved 0.53-0.61 between retrains of one
    recipe (docs/quality.md); the floor's cut moved 0.60-0.61. Returns the cut and the precision and recall
    of the links it keeps."""
    predicted = three_way(probabilities) == klass
    total = max(1, (labels == klass).sum())
    points = []
    for cut in np.unique(np.round(probabilities[predicted, klass], 2)):
        shown = predicted & (probabilities[:, klass] >= cut)
        precision = (labels[shown] == klass).mean() if shown.any() else 0.0
        recall = (labels[shown] == klass).sum() / total
        score = (1 + beta**2) * precision * recall / max(1e-12, beta**2 * precision + recall)
        points.append((float(cut), float(precision), float(recall), float(score)))
    if not points:
        return 1.0, 1.0, 0.0
    for i, (cut, precision, recall, _) in enumerate(points):
        if all(p >= floor for _, p, _, _ in points[i:]):
            return cut, precision, recall
    cut, precision, recall, _ = max(points, key=lambda point: point[3])
    return cut, precision, recall


def link_thresholds(probabilities, gold3, sets, real, beta):
    """Both link thresholds with their precision and recall, chosen on the news sets' pairs among `real`
    (validation, none made up), the nearest to what a reader meets: the made-up edits are easier,
    Wikipedia and captions are other registers."""
    news = real & np.isin(sets, NEWS_SETS)
    thresholds = {}
    for klass, name in [(0, "corroborates"), (1, "conflicts")]:
        cut, precision, recall = link_threshold(probabilities[news], gold3[news], klass, beta)
        thresholds[name] = {"probability": cut, "precision": round(precision, 4), "recall": round(recall, 4)}
    return thresholds


def add_tree_arguments(parser):
    """The trees' settings and seed, and the F-beta the link thresholds maximise (cascade_judge.py's too)."""
    parser.add_argument("--rounds", type=int, default=200)
    parser.add_argument("--learning-rate", type=float, default=0.1)
    parser.add_argument("--leaves", type=int, default=31)
    parser.add_argument("--l2", type=float, default=1.0)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--link-beta", type=float, default=0.5, help="F-beta the link thresholds maximise")


def make_trees(args):
    return HistGradientBoostingClassifier(
        max_iter=args.rounds,
        learning_rate=args.learning_rate,
        max_leaf_nodes=args.leaves,
        l2_regularization=args.l2,
        early_stopping=False,
        random_state=args.seed,
    )


def write_parity(path, exported, arrays, baseline, temperature, inputs, candidates, seed):
    """Forty of `candidates`' inputs and the probabilities the exported trees give them, for the
    TypeScript parity test."""
    picks = np.random.RandomState(seed).choice(candidates, min(40, len(candidates)), replace=False)
    expected = predict_exported(arrays, exported["roots"], exported["treeClass"], baseline, temperature, inputs[picks])
    with open(path, "w", encoding="utf-8") as out:
        json.dump([{"features": inputs[i].tolist(), "probabilities": p.round(10).tolist()} for i, p in zip(picks, expected)], out)
        out.write("\n")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--table", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--parity", help="write a few rows' features and probabilities for the TypeScript parity test")
    add_tree_arguments(parser)
    parser.add_argument("--lexicon", type=int, default=12, help="words per side chosen from each set")
    parser.add_argument("--lexicon-min-rows", type=int, default=15)
    parser.add_argument("--save-raw", action="store_true", help="also write every row's raw class scores beside --out (.raw.npy), for cascade_judge.py")
    args = parser.parse_args()

    rows = read_table(args.table)
    columns = table_columns(rows)
    features, labels, sets, train, order, made = (columns[k] for k in ("features", "labels", "sets", "train", "order", "made"))
    validation = ~train
    weights = set_weights(sets, train)
    lexicon = choose_lexicon(rows, labels, sets, train, weights, args.lexicon, args.lexicon_min_rows)
    features = np.concatenate([features, lexical_columns(rows, lexicon)], 1)

    model = make_trees(args)
    model.fit(features[train], labels[train], sample_weight=weights[train])

    raw = model._raw_predict(features)
    if args.save_raw:
        np.save(args.out.replace(".json", ".raw.npy"), raw)
    # Rounded as the asset stores it, so the parity fixture's probabilities are the extension's.
    temperature = round(fit_temperature(raw[validation], labels[validation]), 4)
    probabilities = softmax(raw, temperature)
    gold3 = np.minimum(labels, 2)
    predicted3 = three_way(probabilities)
    per_set = {}
    for name in sorted(np.unique(sets)):
        mask = validation & (sets == name) & (order == 0) & ~made
        if mask.any():
            per_set[name] = set_figures(predicted3, gold3, mask)
    thresholds = link_thresholds(probabilities, gold3, sets, validation & ~made, args.link_beta)

    exported, arrays = export_trees(model)
    baseline = [float(x) for x in model._baseline_prediction.ravel()]
    asset = {
        "format": "provenance-pair-gbt",
        "version": 3,
        "features": None,
        "lexicon": lexicon,
        "classes": CLASSES,
        "baseline": baseline,
        "temperature": temperature,
        "linkThresholds": {name: t["probability"] for name, t in thresholds.items()},
        **exported,
        "training": {
            "script": "scripts/train/train_judge.py",
            "model": "HistGradientBoostingClassifier",
            "rounds": args.rounds,
            "learningRate": args.learning_rate,
            "maxLeafNodes": args.leaves,
            "l2": args.l2,
            "seed": args.seed,
            "sklearn": sklearn.__version__,
            "python": platform.python_version(),
            "trainRows": int(train.sum()),
            "validationRows": int(validation.sum()),
            "validationECE": {
                "temperature1": round(expected_calibration_error(softmax(raw[validation]), labels[validation]), 4),
                "fitted": round(expected_calibration_error(probabilities[validation], labels[validation]), 4),
            },
            "linkThresholds": thresholds,
            "validation": per_set,
        },
    }
    with open(args.table.replace(".jsonl", ".features.json"), encoding="utf-8") as names:
        asset["features"] = json.load(names) + [f"{side}:{word}" for side in SIDES for word in lexicon[side]]
    with open(args.out, "w", encoding="utf-8") as out:
        json.dump(asset, out, separators=(",", ":"))
        out.write("\n")
    if args.parity:
        write_parity(args.parity, exported, arrays, baseline, temperature, features, np.where(validation)[0], args.seed)
    print(json.dumps({"temperature": asset["temperature"], "linkThresholds": thresholds, "ece": asset["training"]["validationECE"]}))
    for name, figures in per_set.items():
        print(f"{name:16} {json.dumps(figures)}")


if __name__ == "__main__":
    main()
