"""The sentence-pair judge's word-level attention model (src/stance/attention-model.ts): a small
decomposable-attention model (Parikh et al. 2016, with ESIM's [a, b, a-b, a*b] comparison) over the
extension's own word vectors, whose four probabilities are inputs of the cascade's second-stage trees
(scripts/train/cascade_judge.py; the experiment behind it: scripts/train/ATTENTION-RESULTS.md).

Input: the table of scripts/train/dump-pair-features.ts written with --texts (token ids from
src/stance/attention-tokens.ts: rows of assets/word-vectors.bin (src/nlp/word-vector-file.ts), or a hashed OOV bucket after them).
The 100-d vectors are frozen (the int8 table / 200, as the extension stores it); OOV buckets get fixed
random vectors (seeded, stored as int8 / 200 like the table); a small projection and everything above it is trained. Four classes, the same
sqrt(n)-per-set sample weights as train_judge.py.

One run trains one part and writes an .npz of row indices and their four probabilities:
  --part full:   the model trained on every train row, probabilities for every row (validation rows
                 take theirs from it);
  --part foldK:  a model trained on the train rows outside fold K (K of --folds, folds grouped by the
                 row's group, so a pair's two orders and a claim's pairs stay together), probabilities for
                 fold K's train rows: out-of-fold inputs for stacking without leakage.
scripts/train/cascade_judge.py reads the parts. Parts are independent (run them one after another, or
side by side on two cores; `npm run train` runs all four, two at a time). The full part's --export is
the extension's asset, --parity the fixture its unit test reads.

    /usr/bin/python3 scripts/train/attention_judge.py --table .cache/judge-pairs.jsonl --part full --out .cache/attn-full.npz \
        --hidden 32 --epochs 5 --export assets/attention-model.json --parity tests/fixtures/attention-model-parity.json
    /usr/bin/python3 scripts/train/attention_judge.py --table .cache/judge-pairs.jsonl --part fold0 --out .cache/attn-fold0.npz \
        --hidden 32 --epochs 5  (fold1, fold2)
"""
import argparse
import base64
import json
import os
import sys
import time

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from train_judge import CLASSES, set_figures, set_weights, softmax, three_way  # noqa: E402

OOV_BUCKETS = 1024  # attention-tokens.ts
FLAGS = 3  # number, capitalised, out of vocabulary


def load_vectors(path, seed):
    # The binary table src/nlp/word-vector-file.ts describes: "PVWV", then five little-endian u32s.
    raw = open(path, "rb").read()
    if raw[:4] != b"PVWV":
        sys.exit(f"{path}: not a word-vector file")
    version, dims, count, source_bytes, word_bytes = np.frombuffer(raw[4:24], dtype="<u4")
    start = 24 + int(source_bytes) + int(word_bytes)
    table = np.frombuffer(raw[start:], dtype=np.int8).reshape(int(count), int(dims)).astype(np.float32) / 200.0
    rng = np.random.RandomState(seed)
    oov = rng.normal(size=(OOV_BUCKETS, dims)).astype(np.float32)
    oov /= np.linalg.norm(oov, axis=1, keepdims=True)
    # Stored as the table is (int8 / 200), so the extension reads the same buckets from the model's asset.
    oov = np.clip(np.round(oov * 200), -127, 127).astype(np.float32) / 200.0
    return np.concatenate([table, oov]), table.shape[0]


class Attention(nn.Module):
    def __init__(self, vectors, table_rows, hidden, dropout):
        super().__init__()
        self.embed = nn.Embedding.from_pretrained(torch.tensor(vectors), freeze=True, padding_idx=None)
        self.table_rows = table_rows
        dims = vectors.shape[1]
        self.project = nn.Linear(dims + FLAGS, hidden)
        self.attend = nn.Linear(hidden, hidden)
        self.exact = nn.Parameter(torch.tensor(1.0))
        self.compare = nn.Linear(4 * hidden, hidden)
        self.aggregate = nn.Linear(4 * hidden, hidden)
        self.out = nn.Linear(hidden, len(CLASSES))
        self.drop = nn.Dropout(dropout)

    def encode(self, ids, flags):
        x = self.embed(ids)
        f = torch.stack([(flags & 1) > 0, (flags & 2) > 0, ids >= self.table_rows], -1).float()
        return F.relu(self.project(self.drop(torch.cat([x, f], -1))))

    def side(self, a, aligned, mask):
        v = F.relu(self.compare(self.drop(torch.cat([a, aligned, a - aligned, a * aligned], -1))))
        m = mask.unsqueeze(-1)
        total = (v * m).sum(1)
        largest = v.masked_fill(m == 0, -1e4).max(1).values
        return total, largest

    def forward(self, ca, cf, cm, pa, pf, pm):
        a = self.encode(ca, cf)
        b = self.encode(pa, pf)
        fa = F.relu(self.attend(a))
        fb = F.relu(self.attend(b))
        logits = torch.bmm(fa, fb.transpose(1, 2)) + self.exact * (ca.unsqueeze(2) == pa.unsqueeze(1)).float()
        both = cm.unsqueeze(2) * pm.unsqueeze(1)
        logits = logits.masked_fill(both == 0, -1e4)
        beta = torch.bmm(torch.softmax(logits, 2), b)  # b aligned to each a_i
        alpha = torch.bmm(torch.softmax(logits, 1).transpose(1, 2), a)  # a aligned to each b_j
        s1, m1 = self.side(a, beta, cm)
        s2, m2 = self.side(b, alpha, pm)
        # Sums scaled by a fixed 1/10 so long passages do not dwarf the max-pools.
        h = F.relu(self.aggregate(self.drop(torch.cat([s1 / 10, m1, s2 / 10, m2], -1))))
        return self.out(self.drop(h))


def export_asset(model, vectors, table_rows, args):
    """The extension's asset (src/stance/attention-model.ts): every layer as base64 of little-endian
    float32 (weights row-major, out x in, as torch stores them), the OOV buckets as the int8 they were
    quantised from."""
    state = {k: v.detach().numpy().astype("<f4") for k, v in model.state_dict().items()}
    encode = lambda array: base64.b64encode(np.ascontiguousarray(array).tobytes()).decode("ascii")
    layers = {name: {"weight": encode(state[f"{name}.weight"]), "bias": encode(state[f"{name}.bias"])} for name in ("project", "attend", "compare", "aggregate", "out")}
    oov = np.round(vectors[table_rows:] * 200).astype(np.int8)
    return {
        "format": "provenance-pair-attention",
        "version": 1,
        "hidden": args.hidden,
        "dimensions": int(vectors.shape[1]),
        "tableRows": int(table_rows),
        "oovBuckets": OOV_BUCKETS,
        "maxTokens": 80,
        "classes": CLASSES,
        **layers,
        "exact": float(state["exact"]),
        "oov": encode(oov),
    }


def reference_forward(asset, vectors, ids_a, flags_a, ids_b, flags_b):
    """One pair through the exported weights in numpy, as the extension computes it (no padding, no
    batch): what the parity fixture checks the TypeScript against."""
    decode = lambda text: np.frombuffer(base64.b64decode(text), dtype="<f4").astype(np.float64)
    H = asset["hidden"]
    layer = lambda name, inputs: (decode(asset[name]["weight"]).reshape(-1, inputs), decode(asset[name]["bias"]))
    dims = asset["dimensions"]
    project, attend, compare, aggregate, out = (layer("project", dims + FLAGS), layer("attend", H), layer("compare", 4 * H), layer("aggregate", 4 * H), layer("out", H))
    relu = lambda x: np.maximum(x, 0)

    def encode(ids, flags):
        ids, flags = np.asarray(ids), np.asarray(flags)
        x = np.concatenate([vectors[ids].astype(np.float64), np.stack([(flags & 1) > 0, (flags & 2) > 0, ids >= asset["tableRows"]], 1)], 1)
        a = relu(x @ project[0].T + project[1])
        return a, relu(a @ attend[0].T + attend[1])

    def softmax_rows(x):
        e = np.exp(x - x.max(1, keepdims=True))
        return e / e.sum(1, keepdims=True)

    (a, fa), (b, fb) = encode(ids_a, flags_a), encode(ids_b, flags_b)
    logits = fa @ fb.T + asset["exact"] * (np.asarray(ids_a)[:, None] == np.asarray(ids_b)[None, :])
    beta = softmax_rows(logits) @ b
    alpha = softmax_rows(logits.T) @ a
    side = lambda x, al: relu(np.concatenate([x, al, x - al, x * al], 1) @ compare[0].T + compare[1])
    v1, v2 = side(a, beta), side(b, alpha)
    h = relu(np.concatenate([v1.sum(0) / 10, v1.max(0), v2.sum(0) / 10, v2.max(0)]) @ aggregate[0].T + aggregate[1])
    scores = h @ out[0].T + out[1]
    e = np.exp(scores - scores.max())
    return e / e.sum()


def write_parity(path, asset, vectors, data, probabilities, candidates, seed):
    """50 pairs' texts, token ids and the exported model's probabilities (numpy, one pair at a time),
    after checking those equal the trained model's batched ones: the TypeScript must give the same."""
    picks = np.random.RandomState(seed).choice(candidates, min(50, len(candidates)), replace=False)
    fixture = []
    for i in picks:
        expected = reference_forward(asset, vectors, data["ct"][i], data["cf"][i], data["pt"][i], data["pf"][i])
        if np.abs(expected - probabilities[i]).max() > 1e-4:
            sys.exit(f"row {i}: the exported model gives {expected}, the trained one {probabilities[i]}")
        fixture.append({"claim": data["claim"][i], "passage": data["passage"][i], "claimIds": data["ct"][i], "claimFlags": data["cf"][i],
                        "passageIds": data["pt"][i], "passageFlags": data["pf"][i], "probabilities": expected.round(8).tolist()})
    with open(path, "w", encoding="utf-8") as out:
        json.dump(fixture, out)
        out.write("\n")


def pad(seqs, length):
    out = np.zeros((len(seqs), length), dtype=np.int64)
    mask = np.zeros((len(seqs), length), dtype=np.float32)
    for k, s in enumerate(seqs):
        n = min(len(s), length)
        out[k, :n] = s[:n]
        mask[k, :n] = 1
    return out, mask


def batch_tensors(data, index):
    lc = max(1, max(len(data["ct"][i]) for i in index))
    lp = max(1, max(len(data["pt"][i]) for i in index))
    ca, cm = pad([data["ct"][i] for i in index], lc)
    cf, _ = pad([data["cf"][i] for i in index], lc)
    pa, pm = pad([data["pt"][i] for i in index], lp)
    pf, _ = pad([data["pf"][i] for i in index], lp)
    return [torch.from_numpy(x) for x in (ca, cf, cm, pa, pf, pm)]


def batches(data, index, size, rng):
    """Batches of similar length (less padding): shuffle, cut into chunks of 50 batches, sort each chunk by length."""
    index = np.array(index)
    if rng is not None:
        index = index[rng.permutation(len(index))]
    lengths = np.array([len(data["ct"][i]) + len(data["pt"][i]) for i in index])
    chunk = size * 50
    out = []
    for start in range(0, len(index), chunk):
        part = index[start:start + chunk]
        part = part[np.argsort(lengths[start:start + chunk], kind="stable")]
        out.extend(part[k:k + size] for k in range(0, len(part), size))
    if rng is not None:
        out = [out[k] for k in rng.permutation(len(out))]
    return out


def fit(data, train_index, weights, vectors, table_rows, args, label):
    torch.manual_seed(args.seed)
    rng = np.random.RandomState(args.seed)
    model = Attention(vectors, table_rows, args.hidden, args.dropout)
    optimiser = torch.optim.Adam([p for p in model.parameters() if p.requires_grad], lr=args.lr)
    labels = torch.from_numpy(data["labels"])
    w = torch.from_numpy(weights.astype(np.float32))
    started = time.time()
    steps_per_epoch = (len(train_index) + args.batch - 1) // args.batch
    schedule = torch.optim.lr_scheduler.OneCycleLR(optimiser, max_lr=args.lr, total_steps=steps_per_epoch * args.epochs, pct_start=0.1)
    for epoch in range(args.epochs):
        model.train()
        total, seen = 0.0, 0
        for index in batches(data, train_index, args.batch, rng):
            tensors = batch_tensors(data, index)
            logits = model(*tensors)
            loss = (F.cross_entropy(logits, labels[index], reduction="none") * w[index]).sum() / w[index].sum()
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
            schedule.step()
            total += float(loss) * len(index)
            seen += len(index)
        print(f"[{label}] epoch {epoch + 1}/{args.epochs} loss {total / seen:.4f} {time.time() - started:.0f} s", flush=True)
    return model, time.time() - started


def predict(model, data, index):
    model.eval()
    out = np.zeros((len(data["labels"]), len(CLASSES)), dtype=np.float64)
    with torch.no_grad():
        for part in batches(data, index, 256, None):
            out[part] = torch.softmax(model(*batch_tensors(data, part)), 1).numpy()
    return out[index]


def group_folds(groups, train, k, seed):
    """Each train row's fold (0..k-1) by a seeded shuffle of its group; -1 for validation rows."""
    unique = sorted(set(groups[train]))
    rng = np.random.RandomState(seed)
    order = rng.permutation(len(unique))
    fold_of = {unique[i]: int(j % k) for j, i in enumerate(order)}
    return np.array([fold_of[g] if t else -1 for g, t in zip(groups, train)])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--table", required=True)
    parser.add_argument("--vectors", default="assets/word-vectors.bin")
    parser.add_argument("--out", required=True)
    parser.add_argument("--hidden", type=int, default=50)
    parser.add_argument("--dropout", type=float, default=0.1)
    parser.add_argument("--lr", type=float, default=2e-3)
    parser.add_argument("--batch", type=int, default=64)
    parser.add_argument("--epochs", type=int, default=3)
    parser.add_argument("--folds", type=int, default=3)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--part", default="full", help="full (every train row; probabilities for every row) or foldK (probabilities for fold K's train rows)")
    parser.add_argument("--save-model", help="write the full model's state_dict here")
    parser.add_argument("--export", help="write the full model as the extension's asset (src/stance/attention-model.ts) here")
    parser.add_argument("--parity", help="with --export: write 50 validation pairs' texts, ids and the exported model's probabilities for the TypeScript parity test")
    args = parser.parse_args()
    torch.set_num_threads(1)

    data = {"ct": [], "cf": [], "pt": [], "pf": [], "claim": [], "passage": []}
    labels, sets, split, order, made, groups = [], [], [], [], [], []
    for line in open(args.table, encoding="utf-8"):
        r = json.loads(line)
        for key in data:
            data[key].append(r[key])
        labels.append(CLASSES.index(r["label"]))
        sets.append(r["set"])
        split.append(r["split"])
        order.append(r["order"])
        made.append(bool(r["made"]))
        groups.append(r["group"])
    data["labels"] = np.array(labels)
    sets = np.array(sets)
    train = np.array([s == "train" for s in split])
    order = np.array(order)
    made = np.array(made)
    groups = np.array(groups)
    validation = ~train
    vectors, table_rows = load_vectors(args.vectors, args.seed)
    print(f"{len(labels)} rows, {train.sum()} train, vectors {vectors.shape}", flush=True)

    weights = set_weights(sets, train)
    gold3 = np.minimum(data["labels"], 2)
    if args.part == "full":
        model, seconds = fit(data, np.where(train)[0], weights, vectors, table_rows, args, "full")
        held = np.arange(len(labels))
        probabilities = predict(model, data, held)
        if args.save_model:
            torch.save(model.state_dict(), args.save_model)
        if args.export:
            asset = export_asset(model, vectors, table_rows, args)
            asset["training"] = {"script": "scripts/train/attention_judge.py", **{k: v for k, v in vars(args).items() if k not in ("table", "out", "export", "parity", "save_model", "part")},
                                 "trainRows": int(train.sum()), "torch": torch.__version__}
            with open(args.export, "w", encoding="utf-8") as out:
                json.dump(asset, out, separators=(",", ":"))
                out.write("\n")
            if args.parity:
                write_parity(args.parity, asset, vectors, data, probabilities, np.where(validation)[0], args.seed)
        predicted3 = three_way(probabilities)
        for name in sorted(np.unique(sets)):
            mask = validation & (sets == name) & (order == 0) & ~made
            if mask.any():
                print(f"{name:16} {json.dumps(set_figures(predicted3, gold3, mask))}", flush=True)
    else:
        k = int(args.part.removeprefix("fold"))
        folds = group_folds(groups, train, args.folds, args.seed)
        fold_train = train & (folds != k)
        model, seconds = fit(data, np.where(fold_train)[0], set_weights(sets, fold_train), vectors, table_rows, args, args.part)
        held = np.where(folds == k)[0]
        probabilities = predict(model, data, held)
        print(f"{args.part}: {len(held)} held-out train rows, three-way accuracy {(three_way(probabilities) == gold3[held]).mean():.4f}")
    parameters = sum(p.numel() for p in model.parameters() if p.requires_grad)
    np.savez_compressed(args.out, rows=held, probabilities=probabilities, parameters=parameters, seconds=seconds, args=json.dumps(vars(args)))
    print(json.dumps({"part": args.part, "parameters": int(parameters), "seconds": round(seconds)}))


if __name__ == "__main__":
    main()
