"""Train the classifier's weights from labelled mailboxes.

Usage::

    python training/train.py                 # training/data + ../shared/corpus if present
    python training/train.py --no-shared     # training/data only
    python training/train.py --out PATH      # write elsewhere than the package

The model is a multinomial logistic regression over the hashed features of
:mod:`followthrough.classify.learned.features`: each direction has its own softmax over
the kinds it may take (inbound: the seven employer kinds and ``other``; outbound:
``thank_you``, ``follow_up`` and ``other``), an L2 penalty, and class weights that
lift rare kinds (offers) without drowning common ones. It is fitted with L-BFGS, from
zeros, over messages in a fixed order, so the same data gives the same bytes.

Needs numpy and scipy (``pip install -e '.[train]'``); the service itself does not.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from scipy import optimize, sparse

from followthrough.classify import senders
from followthrough.classify.core import model_features
from followthrough.classify.learned import features
from followthrough.classify.learned.model import WEIGHTS, encode
from followthrough.classify.quote import split_quoted
from followthrough.mail.parse import parse_message
from followthrough.model import Direction, Kind

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "corpus"
PACKAGE_WEIGHTS = ROOT / "src" / "followthrough" / "classify" / "learned" / WEIGHTS

CLASSES = [k.value for k in Kind]
ALLOWED = {
    Direction.IN.value: [k.value for k in Kind if k not in (Kind.THANK_YOU, Kind.FOLLOW_UP)],
    Direction.OUT.value: [Kind.THANK_YOU.value, Kind.FOLLOW_UP.value, Kind.OTHER.value],
}
#: L2 strength (per message, the loss is a weighted mean), chosen by leaving one training
#: writer out at a time (see ``benchmarks/classifier_lobo.py --writers``).
L2 = 3e-5
#: A feature must occur in this many training messages to get a weight.
MIN_COUNT = 2
MAX_ITER = 400
#: Also train on a terse copy of each message (see :func:`terse`).
AUGMENT = True


@dataclass(frozen=True)
class Example:
    source: str  # the mailbox it came from ("training/na-platforms", "batches/b1-us-ats")
    file: str
    kind: str
    direction: str
    buckets: tuple[int, ...]
    digest: str  # sha256 of the raw bytes and label, for the data fingerprint


@dataclass(frozen=True)
class Source:
    name: str
    folder: Path  # holds labels.jsonl, ACCOUNT and the .eml files


def sources(shared: Path | None = SHARED) -> list[Source]:
    """Every labelled mailbox: the training writers, then the shared corpus if present."""
    found = [
        Source(f"training/{p.parent.name}", p)
        for p in sorted((ROOT / "training" / "data").glob("*/messages"))
    ]
    if shared is not None and (shared / "messages" / "labels.jsonl").exists():
        found.append(Source("messages", shared / "messages"))
        found.extend(
            Source(f"batches/{p.parent.name}", p)
            for p in sorted((shared / "batches").glob("*/messages"))
            if (p / "labels.jsonl").exists()
        )
    return found


def labels(folder: Path) -> list[dict[str, object]]:
    text = (folder / "labels.jsonl").read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def account_of(folder: Path) -> str:
    return (folder / "ACCOUNT").read_text().strip().splitlines()[0].strip().lower()


def read(source: Source) -> list[Example]:
    """The examples of one mailbox, oldest first, with the context the service would
    have: "known employer" (a sender domain earlier job mail came from) and "job thread"
    (it answers a message that was job mail)."""
    account = account_of(source.folder)
    rows = []
    for label in labels(source.folder):
        raw = (source.folder / str(label["file"])).read_bytes()
        msg = parse_message(raw)
        when = msg.date.timestamp() if msg.date else 0.0
        rows.append((when, str(label["file"]), raw, msg, label))
    rows.sort(key=lambda r: (r[0], r[1]))
    seen: set[str] = set()
    job_ids: set[str] = set()
    out = []
    for _when, name, raw, msg, label in rows:
        direction = Direction(str(label["direction"]))
        domain = senders.domain_of(msg.sender.address if msg.sender else None)
        known = direction is Direction.IN and domain in seen
        thread = any(i in job_ids for i in (msg.in_reply_to, *msg.references) if i)
        _d, found = model_features(
            msg, account=account, direction=direction, known_employer=known, job_thread=thread
        )
        kind = str(label["kind"])
        if kind != "other" and msg.message_id:
            job_ids.add(msg.message_id)
        if (
            direction is Direction.IN
            and kind != "other"
            and domain
            and not senders.is_vendor_domain(domain)
            and not senders.is_freemail(domain)
        ):
            seen.add(domain)
        digest = hashlib.sha256(raw + json.dumps(label, sort_keys=True).encode()).hexdigest()
        out.append(
            Example(
                source.name, name, kind, direction.value, tuple(features.buckets(found)), digest
            )
        )
        if AUGMENT:
            short = dataclasses.replace(msg, text=terse(msg.text))
            _d, found = model_features(
                short, account=account, direction=direction, known_employer=known,
                job_thread=thread,
            )  # fmt: skip
            vec = tuple(features.buckets(found))
            out.append(Example(source.name, f"{name}#terse", kind, direction.value, vec, digest))
    return out


def terse(text: str) -> str:
    """The message as a person in a hurry writes it: its first few lines, no quote, no
    signature. Training on these too keeps the model from reading shortness as noise."""
    newest, _history = split_quoted(text)
    lines = [line for line in newest.splitlines() if line.strip()]
    return "\n".join(lines[:4])


def fingerprint(examples: Sequence[Example]) -> str:
    h = hashlib.sha256(f"v{features.VERSION}:{L2}:{MIN_COUNT}".encode())
    for ex in examples:
        h.update(ex.digest.encode())
    return h.hexdigest()[:16]


def fit(
    examples: Sequence[Example], l2: float = L2, max_iter: int = MAX_ITER
) -> tuple[list[float], dict[int, list[float]]]:
    """Per-class biases and per-bucket weight rows."""
    counts: dict[int, int] = {}
    for ex in examples:
        for b in ex.buckets:
            counts[b] = counts.get(b, 0) + 1
    used = sorted(b for b, n in counts.items() if n >= MIN_COUNT)
    column = {b: i for i, b in enumerate(used)}
    n, m, c = len(examples), len(used), len(CLASSES)
    indptr, indices, data = [0], [], []
    for ex in examples:
        for b in ex.buckets:
            if b in column:
                indices.append(column[b])
                data.append(1.0)
        indptr.append(len(indices))
    x = sparse.csr_matrix(
        (np.array(data), np.array(indices, dtype=np.int64), np.array(indptr)),
        shape=(n, m),
    )
    y = np.array([CLASSES.index(ex.kind) for ex in examples])
    mask = np.full((n, c), -np.inf)
    for i, ex in enumerate(examples):
        mask[i, [CLASSES.index(k) for k in ALLOWED[ex.direction]]] = 0.0
    freq = np.bincount(y, minlength=c).astype(float)
    class_weight = np.where(freq > 0, np.sqrt(freq.sum() / np.maximum(freq, 1)), 0.0)
    w = class_weight[y]
    w = w / w.sum()
    onehot = np.zeros((n, c))
    onehot[np.arange(n), y] = 1.0

    def loss(theta: np.ndarray) -> tuple[float, np.ndarray]:
        weights = theta[: m * c].reshape(m, c)
        bias = theta[m * c :]
        logits = x @ weights + bias + mask
        top = logits.max(axis=1, keepdims=True)
        exp = np.exp(logits - top)
        total = exp.sum(axis=1, keepdims=True)
        logp = logits - top - np.log(total)
        value = -(w * logp[np.arange(n), y]).sum() + 0.5 * l2 * (weights * weights).sum()
        delta = (exp / total - onehot) * w[:, None]
        grad_w = x.T @ delta + l2 * weights
        grad_b = delta.sum(axis=0)
        return float(value), np.concatenate([np.asarray(grad_w).ravel(), grad_b])

    theta0 = np.zeros(m * c + c)
    result = optimize.minimize(
        loss, theta0, jac=True, method="L-BFGS-B", options={"maxiter": max_iter, "maxcor": 10}
    )
    weights = result.x[: m * c].reshape(m, c)
    bias = result.x[m * c :]
    rows = {b: [float(v) for v in weights[i]] for i, b in enumerate(used)}
    return [float(v) for v in bias], rows


def train(examples: Sequence[Example], l2: float = L2) -> bytes:
    """The weights file for ``examples`` (in the order given)."""
    bias, rows = fit(examples, l2)
    # A weight this small moves no decision; dropping it keeps the file small.
    biggest = max(abs(v) for row in rows.values() for v in row)
    cut = biggest * 2e-3
    kept = {b: [v if abs(v) >= cut else 0.0 for v in row] for b, row in rows.items()}
    return encode(
        CLASSES,
        ALLOWED,
        bias,
        kept,
        fingerprint=fingerprint(examples),
        extra={"examples": len(examples), "l2": l2},
    )


def gather(chosen: Iterable[Source]) -> list[Example]:
    out: list[Example] = []
    for source in chosen:
        out.extend(read(source))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--no-shared", action="store_true", help="train on training/data only")
    parser.add_argument("--out", type=Path, default=PACKAGE_WEIGHTS)
    args = parser.parse_args(argv)
    chosen = sources(None if args.no_shared else SHARED)
    examples = gather(chosen)
    blob = train(examples)
    args.out.write_bytes(blob)
    names = ", ".join(s.name for s in chosen)
    print(f"{len(examples)} messages from {names}")
    print(f"wrote {args.out} ({len(blob) / 1024:.0f} KiB, data {fingerprint(examples)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
