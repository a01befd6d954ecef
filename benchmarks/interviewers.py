"""Interviewer accuracy: who the classifier says the candidate meets, against the labels.

Usage: python benchmarks/interviewers.py [--misses] [FOLDER ...]

FOLDER holds ``labels.jsonl``, ``ACCOUNT`` and the messages (a ``messages/`` folder of a
corpus). Without folders it reads the training writers (``training/data/*``: where the
extractor is developed) and then, where ``../shared/corpus`` exists, its ``messages``
and every ``batches/*`` (never tuned on: the figures that count).

Scored on the messages labelled ``interview_invite`` or ``thank_you``, as a user meets
them (a CompanyDirectory fed in date order, so later mail of a thread is read with the
earlier mail known):

- exact: the set of interviewers equals the labelled set (names case- and accent-folded;
  an entry labelled by address alone is compared by address);
- by name: precision and recall over single people;
- by address: of the labelled people with an address, the share returned with it;
- titles: returned "names" that are a role or title ("Hiring Manager"): must be 0.
"""

# Report lines are long f-strings.
# ruff: noqa: E501

from __future__ import annotations

import json
import sys
import unicodedata
from dataclasses import dataclass, field
from email.utils import parseaddr
from pathlib import Path
from typing import Any

from followthrough.classify import CompanyDirectory, classify_bytes
from followthrough.model import Classification

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "corpus"
KINDS = {"interview_invite", "thank_you"}
TITLE_WORDS = {
    "manager", "engineer", "director", "head", "lead", "recruiter", "team", "hiring",
    "coordinator", "officer", "partner", "president", "founder", "scientist", "designer",
}  # fmt: skip


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


def person_key(name: str | None, address: str | None) -> tuple[str | None, str | None]:
    return (fold(name) if name else None, address.lower() if address else None)


@dataclass
class Score:
    n: int = 0
    exact: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    with_address: int = 0
    address_ok: int = 0
    titles: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for name in ("n", "exact", "tp", "fp", "fn", "with_address", "address_ok", "titles"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def line(self) -> str:
        prec = self.tp / max(1, self.tp + self.fp)
        rec = self.tp / max(1, self.tp + self.fn)
        return (
            f"exact {self.exact / max(1, self.n):.3f} ({self.exact}/{self.n})  "
            f"by name P {prec:.3f} R {rec:.3f}  "
            f"by address {self.address_ok / max(1, self.with_address):.3f} ({self.address_ok}/{self.with_address})  "
            f"titles as names {self.titles}"
        )


def compare(label: dict[str, Any], cls: Classification) -> Score:
    """Score one message's interviewers against its label."""
    score = Score(n=1)
    want = [
        parseaddr(entry) if "@" in entry else (entry, "")
        for entry in label.get("interviewers") or []
    ]
    want_keys = [person_key(n or None, a or None) for n, a in want]
    got_keys = [person_key(p.name, p.address) for p in cls.interviewers]

    def same(w: tuple[str | None, str | None], g: tuple[str | None, str | None]) -> bool:
        if w[0] and g[0]:
            # A label that gives a first name only ("Mei") is met by the full name.
            return w[0] == g[0] or (" " not in w[0] and g[0].split()[0] == w[0])
        return bool(w[1] and g[1] and w[1] == g[1])

    matched_got: set[int] = set()
    for w in want_keys:
        hit = next((i for i, g in enumerate(got_keys) if i not in matched_got and same(w, g)), None)
        if hit is None:
            score.fn += 1
        else:
            matched_got.add(hit)
            score.tp += 1
        if w[1]:
            score.with_address += 1
            if hit is not None and got_keys[hit][1] == w[1]:
                score.address_ok += 1
    score.fp = len(got_keys) - len(matched_got)
    score.exact = int(score.fn == 0 and score.fp == 0)
    for name, _addr in got_keys:
        if name and (set(name.split()) & TITLE_WORDS and not any(w[0] == name for w in want_keys)):
            score.titles += 1
    if not score.exact:
        got = [f"{p.name or ''} <{p.address or ''}>" for p in cls.interviewers]
        score.misses.append(
            f"{label['file']}: got {got} want {label.get('interviewers')} (read as {cls.kind.value})"
        )
    return score


def score_folder(folder: Path) -> Score:
    """Read one labelled mailbox in file (date) order and score its interviewers."""
    account = (folder / "ACCOUNT").read_text().strip().splitlines()[0].strip()
    labels = [
        json.loads(line)
        for line in (folder / "labels.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    directory = CompanyDirectory()
    total = Score()
    for label in labels:
        raw = (folder / label["file"]).read_bytes()
        _msg, cls = classify_bytes(raw, account=account, directory=directory)
        if label["kind"] in KINDS:
            one = compare(label, cls)
            total.add(one)
            total.misses.extend(one.misses)
    return total


def default_folders() -> list[tuple[str, Path]]:
    found = [
        (f"training/{p.parent.name}", p)
        for p in sorted((ROOT / "training" / "data").glob("*/messages"))
    ]
    if (SHARED / "messages" / "labels.jsonl").exists():
        found.append(("messages", SHARED / "messages"))
        found.extend((p.parent.name, p) for p in sorted((SHARED / "batches").glob("*/messages")))
    else:
        print(f"{SHARED} not found: only the training writers are scored")
    return found


def main(argv: list[str]) -> int:
    show_misses = "--misses" in argv
    paths = [a for a in argv[1:] if not a.startswith("--")]
    folders = [(p, Path(p)) for p in paths] or default_folders()
    for name, folder in folders:
        score = score_folder(folder)
        print(f"{name:34} {score.line()}")
        if show_misses:
            for miss in score.misses:
                print(f"    {miss}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
