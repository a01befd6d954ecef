"""Read every draft of a season as a recruiter would, and count what the writing gets wrong.

    python benchmarks/draft_quality.py                      # the project's own scenarios
    python benchmarks/draft_quality.py ../shared/corpus     # + its scenarios and messages
    python benchmarks/draft_quality.py --quiet ...          # the summary only

Replays each mailbox through the real service (a pass every 12 hours, as ``run`` would,
from its first message to 30 days after its last; the labelled messages folder from
January to June) and prints, for every draft: kind, recipient, subject, the first
lines, and the checks it failed. Then the summary:

- panel sameness: share of thank-yous of one interview that are word for word the same
  as another's once the names are taken out (target 0);
- right conversation (SPEC section 4): a follow-up, a check-in, a thank-you to someone
  who wrote, a rejection reply to its writer: "Re: <their subject>" and In-Reply-To to
  the answered message, which is quoted; a thank-you to someone who never wrote: its own
  subject, still In-Reply-To the invitation (target all);
- language: the draft is written in the language of the message it answers (target all);
- promised dates: a follow-up after a message that promised an answer by a date cites
  that date (target all).
"""

from __future__ import annotations

import argparse
import datetime as dt
import email
import email.policy
import itertools
import sys
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests import season as ss

from followthrough import scenario as sc
from followthrough.classify.core import detect_language
from followthrough.drafts.language import SHIPPED_LANGUAGES, date_text
from followthrough.drafts.lint import thread_topic
from followthrough.mail.parse import parse_message
from followthrough.tracker.names import company_key

ROOT = Path(__file__).resolve().parents[1]
STEP = dt.timedelta(hours=12)
REPLIES = ("follow_up", "check_in")


@dataclass
class Sent:
    """One message of the mailbox, as the checks need it."""

    message_id: str
    subject: str
    sender: str
    at: dt.datetime
    language: str
    company: str | None = None
    reply_by: dt.date | None = None


@dataclass
class Report:
    drafts: int = 0
    faults: list[str] = field(default_factory=list)
    panels: int = 0
    panel_copies: int = 0
    conversation: list[bool] = field(default_factory=list)
    language: list[bool] = field(default_factory=list)
    promised: list[bool] = field(default_factory=list)


def _mailbox(files: list[tuple[Path, str]], labels: dict[str, dict[str, object]]) -> list[Sent]:
    out = []
    for path, _folder in files:
        raw = path.read_bytes()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        assert isinstance(msg, EmailMessage)
        parsed = parse_message(raw)
        label = labels.get(path.name, {})
        reply_by = label.get("reply_by")
        out.append(
            Sent(
                message_id=str(msg["Message-ID"] or "").strip(),
                subject=str(msg["Subject"] or ""),
                sender=(parsed.sender.address or "") if parsed.sender else "",
                at=sc._date(path),
                language=detect_language(f"{parsed.subject}\n{parsed.text}"),
                company=str(label["company"]) if label.get("company") else None,
                reply_by=dt.date.fromisoformat(str(reply_by)) if reply_by else None,
            )
        )
    return out


def _ours(body: str) -> str:
    """The draft's own text, above the quote of the answered message."""
    lines = body.split("\n")
    for i, line in enumerate(lines):
        if line.startswith(">"):
            return "\n".join(lines[: max(i - 1, 0)])
    return body


def _without_names(body: str) -> str:
    text = _ours(body)
    first = text.split("\n", 1)
    return first[1] if len(first) > 1 else text  # the greeting names the person


def check(made: ss.Made, mailbox: list[Sent], report: Report) -> list[str]:
    """The checks one draft fails (empty: none)."""
    faults: list[str] = []
    by_id = {m.message_id: m for m in mailbox if m.message_id}
    answered = by_id.get(made.in_reply_to.strip())
    to = (made.to or "").lower()
    wrote = any(m.sender.lower() == to and m.at <= made.at for m in mailbox)
    in_thread = made.kind in REPLIES or (made.kind == "thank_you" and wrote)
    if made.kind == "rejection_reply":
        in_thread = answered is not None and answered.sender.lower() == to
    if answered is None:
        ok = False
        faults.append("answers no message of the mailbox")
    elif in_thread:
        ok = made.subject == f"Re: {thread_topic(answered.subject)}" and ">" in made.body
        if not ok:
            faults.append(f"not in the conversation {answered.subject!r}")
    else:
        ok = not made.subject.lower().startswith("re:")
        if not ok:
            faults.append("a new message expected, not a reply")
    report.conversation.append(ok)
    if answered is not None and answered.language in SHIPPED_LANGUAGES:
        written = detect_language(_ours(made.body))
        report.language.append(written == answered.language)
        if written != answered.language:
            faults.append(f"written in {written}, the thread is in {answered.language}")
    if made.kind == "follow_up" and made.company:
        key = company_key(made.company)
        before = [
            m
            for m in mailbox
            if m.company and company_key(m.company) == key and m.at <= made.at and m.sender != ""
        ]
        newest = sorted(before, key=lambda m: m.at, reverse=True)
        promised = newest[0].reply_by if newest else None
        if promised is not None and promised < made.at.date():
            cited = any(date_text(promised, lang) in made.body for lang in SHIPPED_LANGUAGES)
            report.promised.append(cited)
            if not cited:
                faults.append(f"does not cite the promised date {promised}")
    return faults


def panels(season: ss.Season, report: Report) -> None:
    groups: dict[tuple[int, str], list[ss.Made]] = defaultdict(list)
    for made in season.drafts:
        if made.kind == "thank_you" and made.body:
            groups[(made.application, made.at.date().isoformat())].append(made)
    for group in groups.values():
        if len(group) < 2:
            continue
        report.panels += 1
        texts = [_without_names(m.body) for m in group]
        pairs = [
            (i, j) for i, j in itertools.combinations(range(len(texts)), 2) if texts[i] == texts[j]
        ]
        copies = {k for pair in pairs for k in pair}
        report.panel_copies += len(copies)
        for i, j in pairs:
            report.faults.append(
                f"#{group[i].application} {group[i].company}: the thank-yous to {group[i].to} "
                f"and {group[j].to} differ only in the name"
            )


def _show(made: ss.Made, faults: list[str]) -> str:
    lines = [line for line in _ours(made.body).split("\n") if line.strip()][:3]
    head = (
        f"--- {made.at:%Y-%m-%d %H:%M} #{made.application} {made.company} {made.kind} -> {made.to}"
    )
    body = "\n".join(f"    {line[:110]}" for line in lines)
    verdict = "    ok" if not faults else "\n".join(f"    FAULT: {f}" for f in faults)
    return f"{head}\n    Subject: {made.subject}\n{body}\n{verdict}"


def _labels(folder: Path) -> dict[str, dict[str, object]]:
    import json

    path = folder / "labels.jsonl"
    if not path.exists():
        return {}
    rows = (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line)
    return {str(r["file"]): r for r in rows}


def mailboxes(corpus: Path | None) -> list[tuple[str, str, str, list[tuple[Path, str]], dict]]:
    """(name, account, time zone, files, labels) of every mailbox to replay."""
    out = []
    folders = sorted((ROOT / "tests/scenarios").iterdir())
    if corpus is not None:
        folders += sorted((corpus / "scenarios").iterdir())
    for folder in folders:
        if (folder / "scenario.toml").exists():
            s = sc.load(folder)
            files = [(m.path, m.folder) for m in s.messages]
            out.append((folder.name, s.account, s.timezone, files, {}))
    if corpus is not None:
        for folder in [corpus / "messages", *sorted(corpus.glob("batches/*/messages"))]:
            if (folder / "ACCOUNT").exists():
                account, tz, files = ss.labelled(folder)
                name = "messages" if folder.parent == corpus else folder.parent.name
                out.append((name, account, tz, files, _labels(folder)))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", type=Path, nargs="?", help="a corpus with scenarios/ and messages/")
    ap.add_argument("--quiet", action="store_true", help="the summary only")
    args = ap.parse_args()
    report = Report()
    for name, account, tz, files, labels in mailboxes(args.corpus):
        dates = [sc._date(p) for p, _ in files]
        start = min(dates).replace(minute=0, second=0, microsecond=0)
        end = max(dates) + dt.timedelta(days=30)
        if labels:  # a labelled folder: the season the batches are written for
            start = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
            end = dt.datetime(2026, 6, 30, tzinfo=dt.UTC)
        with tempfile.TemporaryDirectory() as tmp:
            season = ss.replay(
                files, account=account, timezone=tz, start=start, end=end, step=STEP,
                root=Path(tmp),
            )  # fmt: skip
        mailbox = _mailbox(files, labels)
        panels(season, report)
        if not args.quiet and season.drafts:
            print(f"=== {name}: {len(season.drafts)} draft(s)")
        for made in season.drafts:
            report.drafts += 1
            faults = check(made, mailbox, report)
            report.faults += [f"{name}: {made.kind} to {made.to}: {f}" for f in faults]
            if not args.quiet:
                print(_show(made, faults))

    def share(values: list[bool]) -> str:
        return f"{sum(values)}/{len(values)}" if values else "-"

    print("\nsummary")
    print(f"  drafts read: {report.drafts}")
    print(
        f"  panel thank-yous that copy another but for the name: {report.panel_copies} "
        f"(in {report.panels} panels; target 0)"
    )
    print(f"  in the right conversation: {share(report.conversation)} (target all)")
    print(f"  in the thread's language: {share(report.language)} (target all)")
    print(f"  promised date cited: {share(report.promised)} (target all)")
    print(f"  faults: {len(report.faults)}")
    for fault in report.faults:
        print(f"    {fault}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
