"""The classifier over every labelled mailbox of the shared corpus (../shared/corpus).

Nothing here names a corpus file or fact: each mailbox (``messages/`` and every
``batches/*/messages/``) is read oldest first, as the service would, and scored against
its own ``labels.jsonl``. The packaged weights were trained on these mailboxes too, so
these floors check that the weights in the package are the trained ones and that the
classifier reads mail the way training did; how well it does on mail it never saw is
``benchmarks/classifier_lobo.py`` (leave one batch out). The scenario replays are in
``tests/scenarios``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from followthrough.classify import CompanyDirectory, classify_bytes
from followthrough.model import Kind

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
MACRO_F1_FLOOR = 0.95
DECISION_RECALL_FLOOR = 0.97  # rejections and offers: the mail that must never be missed
JOB_PRECISION_FLOOR = 0.97


def _mailboxes() -> list[str]:
    if not CORPUS.is_dir():
        return []
    found = [CORPUS / "messages", *sorted((CORPUS / "batches").glob("*/messages"))]
    return [str(p.relative_to(CORPUS)) for p in found if (p / "labels.jsonl").exists()]


def _read(folder: Path) -> list[tuple[dict[str, Any], Any]]:
    account = (folder / "ACCOUNT").read_text().split()[0]
    labels = [json.loads(x) for x in (folder / "labels.jsonl").read_text().splitlines() if x]
    directory = CompanyDirectory()
    out = []
    for label in labels:  # in file order, which is date order
        _, c = classify_bytes((folder / label["file"]).read_bytes(), account=account,
                              directory=directory)  # fmt: skip
        out.append((label, c))
    return out


def _f1(pairs: list[tuple[str, str]]) -> float:
    f1s = []
    for kind in {t for t, _ in pairs} | {p for _, p in pairs}:
        tp = sum(1 for t, p in pairs if t == p == kind)
        fp = sum(1 for t, p in pairs if t != kind and p == kind)
        fn = sum(1 for t, p in pairs if t == kind and p != kind)
        prec = tp / (tp + fp) if tp + fp else 1.0
        rec = tp / (tp + fn) if tp + fn else 1.0
        f1s.append(2 * prec * rec / (prec + rec) if prec + rec else 0.0)
    return sum(f1s) / len(f1s)


@pytest.mark.parametrize("mailbox", _mailboxes() or ["(no corpus)"])
def test_labelled_mailbox_is_read_right(mailbox: str) -> None:
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus not found: corpus tests skipped")
    rows = _read(CORPUS / mailbox)
    pairs = [(str(lab["kind"]), c.kind.value) for lab, c in rows]
    assert _f1(pairs) >= MACRO_F1_FLOOR, mailbox
    for kind in (Kind.REJECTION.value, Kind.OFFER.value):
        truth = [p for t, p in pairs if t == kind]
        if truth:
            assert sum(p == kind for p in truth) / len(truth) >= DECISION_RECALL_FLOOR, kind
    predicted_job = [t for t, p in pairs if p != Kind.OTHER.value]
    job_precision = sum(t != Kind.OTHER.value for t in predicted_job) / max(1, len(predicted_job))
    assert job_precision >= JOB_PRECISION_FLOOR
    for lab, c in rows:
        assert c.evidence, lab["file"]
        assert 0.0 <= c.confidence <= 1.0
        if c.kind is Kind.OTHER:
            assert c.company is None, lab["file"]  # noise never names an employer
        if lab["direction"] == "out":
            assert c.kind in (Kind.THANK_YOU, Kind.FOLLOW_UP, Kind.OTHER), lab["file"]
