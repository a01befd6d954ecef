"""Measure the classifier on a labelled corpus (../shared/corpus by default).

Usage: python benchmarks/classify_corpus.py [CORPUS_DIR]

Prints kind macro-F1 and per-kind precision/recall, rejection and offer recall, the
precision of each job kind against ``other``, field accuracies (company, interview_start,
interviewers, reply_by), throughput, and the misclassified files.
"""

# Report lines are long f-strings.
# ruff: noqa: E501

from __future__ import annotations

import datetime as dt
import json
import re
import sys
import time
from email.utils import parseaddr
from pathlib import Path
from typing import Any

from followthrough.classify import CompanyDirectory, classify_bytes
from followthrough.model import Classification, Kind

KINDS = [k.value for k in Kind]
JOB_KINDS = [k for k in KINDS if k != "other"]
LEGAL = re.compile(
    r"(?:,?\s+(?:inc|incorporated|corp|corporation|co|ltd|limited|llc|llp|plc|gmbh|ag|se|kg|sas|sa|sarl|sl|spa|bv|nv|ab|oy|pty)\.?)+$"
)


def norm_company(name: str | None) -> str | None:
    if not name:
        return None
    low = " ".join(name.lower().split()).strip(" .,")
    return LEGAL.sub("", low).strip() or None


def names(entries: list[str] | tuple[str, ...] | None) -> set[str]:
    out: set[str] = set()
    for entry in entries or ():
        name, _addr = parseaddr(entry)
        out.add((name or entry).strip().lower())
    return out


def load(corpus: Path) -> tuple[str, list[dict[str, Any]]]:
    messages = corpus / "messages"
    account = (messages / "ACCOUNT").read_text().strip().splitlines()[0].strip()
    labels = [
        json.loads(line)
        for line in (messages / "labels.jsonl").read_text().splitlines()
        if line.strip()
    ]
    return account, labels


def f1_table(
    pairs: list[tuple[str, str]],
) -> tuple[float, dict[str, tuple[float, float, float, int]]]:
    table: dict[str, tuple[float, float, float, int]] = {}
    f1s = []
    for kind in KINDS:
        tp = sum(1 for t, p in pairs if t == kind and p == kind)
        fp = sum(1 for t, p in pairs if t != kind and p == kind)
        fn = sum(1 for t, p in pairs if t == kind and p != kind)
        prec = tp / (tp + fp) if tp + fp else 1.0
        rec = tp / (tp + fn) if tp + fn else 1.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        table[kind] = (prec, rec, f1, tp + fn)
        f1s.append(f1)
    return sum(f1s) / len(f1s), table


def main(argv: list[str]) -> int:
    default = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
    corpus = Path(argv[1]) if len(argv) > 1 else default
    account, labels = load(corpus)
    results: list[tuple[dict[str, Any], Classification, bytes]] = []
    directory = CompanyDirectory()
    remembered: dict[str, str | None] = {}
    remembered_full: dict[str, Classification] = {}
    for label in labels:  # the files are in date order, as a mailbox would be read
        raw = (corpus / "messages" / label["file"]).read_bytes()
        _, cls = classify_bytes(raw, account=account)
        results.append((label, cls, raw))
        remembered_full[label["file"]] = classify_bytes(raw, account=account, directory=directory)[
            1
        ]
        remembered[label["file"]] = remembered_full[label["file"]].company

    pairs = [(lab["kind"], cls.kind.value) for lab, cls, _ in results]
    macro, table = f1_table(pairs)
    print(f"corpus: {corpus}  messages: {len(results)}")
    print(f"kind macro-F1: {macro:.3f}")
    print(f"{'kind':20} {'prec':>6} {'recall':>6} {'f1':>6} {'n':>4}")
    for kind in KINDS:
        p, r, f, n = table[kind]
        print(f"{kind:20} {p:6.3f} {r:6.3f} {f:6.3f} {n:4d}")
    print(f"rejection recall: {table['rejection'][1]:.3f}   offer recall: {table['offer'][1]:.3f}")

    print("precision of job kinds vs other (predicted kind K whose truth is not other):")
    for kind in JOB_KINDS:
        predicted = [t for t, p in pairs if p == kind]
        if predicted:
            ok = sum(1 for t in predicted if t != "other")
            print(f"  {kind:20} {ok / len(predicted):.3f} ({ok}/{len(predicted)})")
    predicted_job = [t for t, p in pairs if p != "other"]
    ok_job = sum(1 for t in predicted_job if t != "other")
    print(
        f"  {'all job kinds':20} {ok_job / max(1, len(predicted_job)):.3f} ({ok_job}/{len(predicted_job)})"
    )

    misses: list[str] = []
    comp = [(lab, cls) for lab, cls, _ in results if lab["kind"] != "other"]
    comp_ok = 0
    for lab, cls in comp:
        if norm_company(lab["company"]) == norm_company(cls.company):
            comp_ok += 1
        else:
            misses.append(f"{lab['file']}: company {cls.company!r} != {lab['company']!r}")
    print(
        f"company exact, stateless (job-kind labels, legal suffix and case ignored): {comp_ok / len(comp):.3f} ({comp_ok}/{len(comp)})"
    )
    dir_ok = sum(
        1
        for lab, _ in comp
        if norm_company(lab["company"]) == norm_company(remembered[lab["file"]])
    )
    print(
        f"company exact, with a CompanyDirectory fed in file order: {dir_ok / len(comp):.3f} ({dir_ok}/{len(comp)})"
    )
    settled = {f: directory.settle(c) for f, c in remembered_full.items()}
    settled_ok = sum(
        1
        for lab, _ in comp
        if norm_company(lab["company"]) == norm_company(settled[lab["file"]].company)
    )
    print(
        f"company exact, directory then a second pass (CompanyDirectory.settle): {settled_ok / len(comp):.3f} ({settled_ok}/{len(comp)})"
    )

    starts = [(lab, cls) for lab, cls, _ in results if lab["interview_start"]]
    start_ok = 0
    for lab, cls in starts:
        want = dt.datetime.fromisoformat(lab["interview_start"])
        if cls.interview_start is not None and cls.interview_start == want:
            start_ok += 1
        else:
            misses.append(f"{lab['file']}: interview_start {cls.interview_start} != {want}")
    false_starts = [
        lab["file"] for lab, cls, _ in results if not lab["interview_start"] and cls.interview_start
    ]
    print(
        f"interview_start same instant: {start_ok / max(1, len(starts)):.3f} ({start_ok}/{len(starts)}); "
        f"stated where none labelled: {len(false_starts)}"
    )

    inter = [(lab, cls) for lab, cls, _ in results if lab["interviewers"] or cls.interviewers]
    inter_ok = 0
    for lab, cls in inter:
        got = names([str(p) for p in cls.interviewers])
        if got == names(lab["interviewers"]):
            inter_ok += 1
        else:
            misses.append(
                f"{lab['file']}: interviewers {sorted(got)} != {sorted(names(lab['interviewers']))}"
            )
    print(
        f"interviewers (name sets, labelled or predicted): {inter_ok / max(1, len(inter)):.3f} ({inter_ok}/{len(inter)})"
    )

    rb = [(lab, cls) for lab, cls, _ in results if lab["reply_by"] or cls.reply_by]
    rb_ok = 0
    for lab, cls in rb:
        got = cls.reply_by.isoformat() if cls.reply_by else None
        if got == lab["reply_by"]:
            rb_ok += 1
        else:
            misses.append(f"{lab['file']}: reply_by {got} != {lab['reply_by']}")
    print(f"reply_by (labelled or predicted): {rb_ok / max(1, len(rb)):.3f} ({rb_ok}/{len(rb)})")

    raws = [raw for _, _, raw in results]
    rounds = 0
    began = time.perf_counter()
    while True:
        for raw in raws:
            classify_bytes(raw, account=account)
        rounds += 1
        elapsed = time.perf_counter() - began
        if elapsed > 3.0 or rounds >= 50:
            break
    print(
        f"throughput: {rounds * len(raws) / elapsed:.0f} messages/second (single core, {rounds} rounds)"
    )

    print("misclassified kinds:")
    for lab, cls, _ in results:
        if lab["kind"] != cls.kind.value:
            print(
                f"  {lab['file']}: {cls.kind.value} (want {lab['kind']}) evidence={list(cls.evidence)}"
            )
    print("field misses:")
    for line in misses:
        print(f"  {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
