"""The training mailboxes in ``training/data``: valid labels, mail that parses, and data
that is exactly what its writer's generator makes (so the model can be rebuilt)."""

from __future__ import annotations

import collections
import email
import email.policy
import hashlib
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

TRAINING = ROOT / "training"
WRITERS = sorted(p.name for p in (TRAINING / "writers").iterdir() if (p / "build.py").exists())
KINDS = {
    "application_ack", "recruiter_outreach", "interview_invite", "assessment",
    "recruiter_reply", "rejection", "offer", "thank_you", "follow_up", "other",
}  # fmt: skip
OUT_ONLY = {"thank_you", "follow_up"}
KEYS = {"file", "kind", "direction", "company", "role", "interview_start", "interviewers",
        "reply_by", "note"}  # fmt: skip


def _labels(writer: str) -> list[dict[str, object]]:
    path = TRAINING / "data" / writer / "messages" / "labels.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def test_there_are_several_writers_and_over_two_thousand_messages() -> None:
    assert len(WRITERS) >= 4
    assert sum(len(_labels(w)) for w in WRITERS) >= 2000


@pytest.mark.parametrize("writer", WRITERS)
def test_labels_are_valid_and_every_message_parses(writer: str) -> None:
    folder = TRAINING / "data" / writer / "messages"
    owner = (folder / "ACCOUNT").read_text(encoding="utf-8").split()[0].lower()
    kinds: collections.Counter[str] = collections.Counter()
    ids: set[str] = set()
    for label in _labels(writer):
        assert set(label) == KEYS, label
        kind = str(label["kind"])
        kinds[kind] += 1
        assert kind in KINDS
        assert label["direction"] in ("in", "out")
        assert (label["direction"] == "out") == (kind in OUT_ONLY) or kind == "other"
        if kind == "other":
            assert label["company"] is None
        raw = (folder / str(label["file"])).read_bytes()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for header in ("From", "To", "Date", "Subject", "Message-ID"):
            assert msg[header] is not None, (label["file"], header)
        sender = msg["From"].addresses[0].addr_spec.lower()
        assert (sender == owner) == (label["direction"] == "out"), label["file"]
        ids.add(str(msg["Message-ID"]))
    assert len(ids) == sum(kinds.values())  # no Message-ID twice
    assert set(kinds) == KINDS  # every kind is there


def _digest(folder: Path) -> str:
    hashes = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        hashes.update(path.relative_to(folder).as_posix().encode() + b"\0" + path.read_bytes())
    return hashes.hexdigest()


@pytest.mark.parametrize("writer", WRITERS)
def test_the_generator_rebuilds_the_data_byte_for_byte(writer: str, tmp_path: Path) -> None:
    copy = tmp_path / "training"
    shutil.copytree(TRAINING / "writers" / writer, copy / "writers" / writer)
    done = subprocess.run(
        [sys.executable, str(copy / "writers" / writer / "build.py")],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert _digest(copy / "data" / writer) == _digest(TRAINING / "data" / writer)
