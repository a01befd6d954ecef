"""Leave-one-batch-out scores of the learned classifier.

Usage: python benchmarks/classifier_lobo.py [--only NAME] [--writers]

Each mailbox of ``../shared/corpus`` (``messages`` and every ``batches/*``) is left out
in turn: the model is trained on ``training/data`` and the other shared mailboxes, then
the whole classifier (model, hard rules, field extraction, a CompanyDirectory fed in
date order) reads the left-out mailbox. ``--writers`` leaves out one training writer at
a time instead (training on the other writers only): that is where ``L2`` is chosen.

Prints, per left-out mailbox: per-kind precision/recall, kind macro-F1, rejection and
offer recall, job-vs-other precision/recall, company accuracy on job mail, interviewer
accuracy (exact set, by name, by address: see ``benchmarks/interviewers.py``), and a
calibration table (stated confidence against the share that was right).
"""

# Report lines are long f-strings.
# ruff: noqa: E501

from __future__ import annotations

import argparse
import itertools
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "training"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import train  # noqa: E402
from classify_corpus import f1_table, norm_company  # noqa: E402
from interviewers import KINDS as PANEL_KINDS  # noqa: E402
from interviewers import Score, compare  # noqa: E402

from followthrough.classify import CompanyDirectory, classify_bytes  # noqa: E402
from followthrough.classify.learned.model import Model, install  # noqa: E402

KINDS = train.CLASSES
BINS = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.01)


def score(source: train.Source) -> dict[str, float]:
    account = train.account_of(source.folder)
    directory = CompanyDirectory()
    rows = []
    for label in train.labels(source.folder):  # files are in date order, as a mailbox is read
        raw = (source.folder / str(label["file"])).read_bytes()
        _msg, cls = classify_bytes(raw, account=account, directory=directory)
        rows.append((label, cls))
    pairs = [(str(lab["kind"]), cls.kind.value) for lab, cls in rows]
    macro, table = f1_table(pairs)
    print(f"\n== left out: {source.name} ({len(rows)} messages)")
    print(f"{'kind':20} {'prec':>6} {'recall':>6} {'f1':>6} {'n':>4}")
    for kind in KINDS:
        p, r, f, n = table[kind]
        if n or any(pk == kind for _t, pk in pairs):
            print(f"{kind:20} {p:6.3f} {r:6.3f} {f:6.3f} {n:4d}")
    job_true = [(t, p) for t, p in pairs if t != "other"]
    job_pred = [(t, p) for t, p in pairs if p != "other"]
    job_recall = sum(1 for _t, p in job_true if p != "other") / max(1, len(job_true))
    job_prec = sum(1 for t, _p in job_pred if t != "other") / max(1, len(job_pred))
    comp = [
        (lab, cls) for lab, cls in rows if lab["kind"] != "other" and cls.kind.value == lab["kind"]
    ]
    comp_ok = sum(
        1 for lab, cls in comp if norm_company(lab["company"]) == norm_company(cls.company)
    )  # type: ignore[arg-type]
    print(
        f"kind macro-F1 {macro:.3f}  rejection recall {table['rejection'][1]:.3f}  offer recall {table['offer'][1]:.3f}"
    )
    print(f"job vs other: precision {job_prec:.3f} recall {job_recall:.3f}")
    print(
        f"company exact on job mail read as its kind: {comp_ok / max(1, len(comp)):.3f} ({comp_ok}/{len(comp)})"
    )
    panel = Score()
    for lab, cls in rows:
        if lab["kind"] in PANEL_KINDS:
            panel.add(compare(lab, cls))
    print(f"interviewers (invites and thank-yous): {panel.line()}")
    print("calibration (confidence bin: n, share right):")
    for lo, hi in itertools.pairwise(BINS):
        inbin = [(lab, cls) for lab, cls in rows if lo <= cls.confidence < hi]
        if inbin:
            right = sum(1 for lab, cls in inbin if cls.kind.value == lab["kind"])
            print(f"  [{lo:.2f}, {min(hi, 1.0):.2f}): {len(inbin):4d}  {right / len(inbin):.3f}")
    wrong = [(lab, cls) for lab, cls in rows if cls.kind.value != lab["kind"]]
    for lab, cls in wrong[:40]:
        print(f"  miss {lab['file']}: {cls.kind.value} ({cls.confidence:.2f}) want {lab['kind']}")
    return {
        "macro": macro,
        "rejection": table["rejection"][1],
        "offer": table["offer"][1],
        "job_precision": job_prec,
        "job_recall": job_recall,
        "company": comp_ok / max(1, len(comp)),
        "interviewers": panel.exact / max(1, panel.n),
    }


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description="leave-one-batch-out classifier scores")
    parser.add_argument("--only", help="leave out only this mailbox (name as printed)")
    parser.add_argument("--writers", action="store_true", help="leave out training writers instead")
    parser.add_argument("--l2", type=float, default=train.L2)
    args = parser.parse_args(argv[1:])
    everything = train.sources()
    shared = [s for s in everything if not s.name.startswith("training/")]
    if not shared and not args.writers:
        print("../shared/corpus not found: nothing to leave out (try --writers)")
        return 0
    began = time.perf_counter()
    examples = {s.name: train.read(s) for s in everything}
    print(
        f"features of {sum(map(len, examples.values()))} messages in {time.perf_counter() - began:.1f}s"
    )
    pool = [s for s in everything if s.name.startswith("training/")] if args.writers else shared
    results = {}
    for held in pool:
        if args.only and held.name != args.only:
            continue
        if args.writers:
            keep = [s for s in pool if s is not held]
        else:
            keep = [s for s in everything if s is not held]
        t = time.perf_counter()
        blob = train.train([ex for s in keep for ex in examples[s.name]], l2=args.l2)
        install(Model(blob))
        print(
            f"\ntrained without {held.name} in {time.perf_counter() - t:.1f}s ({len(blob) / 1024:.0f} KiB)"
        )
        results[held.name] = score(held)
    install(None)
    print(
        "\n== summary (left-out mailbox: macro-F1, rejection recall, offer recall, job precision/recall, company, interviewers exact)"
    )
    for name, r in results.items():
        print(
            f"{name:32} {r['macro']:.3f}  {r['rejection']:.3f}  {r['offer']:.3f}  {r['job_precision']:.3f}/{r['job_recall']:.3f}  {r['company']:.3f}  {r['interviewers']:.3f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
