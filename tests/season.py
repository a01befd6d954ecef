"""Replay a labelled mailbox over a season, the way the running service would see it.

Every message is put into a real Maildir first (INBOX or Sent by its label's
direction); then one sync pass runs as if at each tick (``sync --now``), in process
so that a season of 240 passes stays quick. Each draft is read from the Drafts folder
right after the pass that made it, so drafts the service removed later are kept for
reading too. ``audit`` then reads every draft as the user who must send it would.

Used by tests/integration/test_season.py and benchmarks/season.py.
"""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import email.utils
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from followthrough import config as config_mod
from followthrough import scenario as sc
from followthrough.clock import FixedClock
from followthrough.service.runner import read_status, run_sync
from followthrough.tracker.names import company_key, same_role


@dataclass
class Made:
    """One draft as it stood in the Drafts folder right after the pass that made it."""

    at: dt.datetime
    application: int
    company: str | None
    role: str | None
    kind: str
    to: str | None
    status: str
    subject: str
    body: str
    message_id: str
    in_reply_to: str = ""


@dataclass
class Season:
    drafts: list[Made] = field(default_factory=list)
    final: dict[str, Any] = field(default_factory=dict)
    first_tick: dt.datetime | None = None
    passes: int = 0


def labelled(folder: Path) -> tuple[str, str, list[tuple[Path, str]]]:
    """The owner, their time zone, and (file, inbox|sent) of a labelled messages folder."""
    lines = (folder / "ACCOUNT").read_text(encoding="utf-8").split()
    account, tz = lines[0], (lines[1] if len(lines) > 1 else "UTC")
    files: list[tuple[Path, str]] = []
    for line in (folder / "labels.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            label = json.loads(line)
            files.append(
                (folder / label["file"], "sent" if label["direction"] == "out" else "inbox")
            )
    return account, tz, files


def _draft_files(maildir: Path) -> dict[str, EmailMessage]:
    found: dict[str, EmailMessage] = {}
    for sub in ("new", "cur"):
        for path in (maildir / "Drafts" / sub).glob("*"):
            msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
            assert isinstance(msg, EmailMessage)
            found[str(msg["Message-ID"]).strip()] = msg
    return found


def _body(msg: EmailMessage) -> str:
    part = msg.get_body(preferencelist=("plain",))
    return part.get_content() if part is not None else ""


def replay(
    files: Iterable[tuple[Path, str]],
    *,
    account: str,
    timezone: str,
    start: dt.datetime,
    end: dt.datetime,
    step: dt.timedelta,
    root: Path,
    extra_config: str = "",
) -> Season:
    """Deliver every file, then run one pass per tick from ``start`` to ``end``."""
    maildir = root / "Mail"
    sc.make_maildir(maildir)
    for path, folder in files:
        sc.deliver(sc.ScenarioMessage(path=path, folder=folder, date=sc._date(path)), maildir)
    cfg_path = root / "config.toml"
    cfg_path.write_text(
        sc.config_text(
            account=account,
            name="Test Candidate",
            timezone=timezone,
            maildir=maildir,
            database=root / "state.db",
        )
        + extra_config,
        encoding="utf-8",
    )
    cfg = config_mod.load(cfg_path)
    season = Season(first_tick=start)
    seen: set[str] = set()
    at = start
    while at <= end:
        clock = FixedClock(at)
        run_sync(cfg, clock)
        season.passes += 1
        status = read_status(cfg, clock)
        files_now = _draft_files(maildir)
        for app in status["applications"]:
            for d in app["drafts"]:
                key = f"{app['id']}:{d['kind']}:{d['to']}:{d['created_at']}"
                if key in seen:
                    continue
                seen.add(key)
                msg = next(
                    (
                        m
                        for m in files_now.values()
                        if " ".join(str(m["Subject"]).split()) == " ".join(d["subject"].split())
                        and (d["to"] or "").lower() in str(m["To"]).lower()
                    ),
                    None,
                )
                season.drafts.append(
                    Made(
                        at=at,
                        application=app["id"],
                        company=app["company"],
                        role=app["role"],
                        kind=d["kind"],
                        to=d["to"],
                        status=d["status"],
                        subject=d["subject"],
                        body=_body(msg) if msg is not None else "",
                        message_id=str(msg["Message-ID"]) if msg is not None else "",
                        in_reply_to=str(msg["In-Reply-To"] or "") if msg is not None else "",
                    )
                )
        season.final = status
        at += step
    return season


# --- reading the drafts as the user would -------------------------------------------------

_ROBOT = re.compile(
    r"(^|[._+-])(no-?reply|do-?not-?reply|notifications?|calendar|mailer|bounce|"
    r"jobs?|careers?|recruiting|talent|hiring|hr|team|support|info|hello|alerts?)"
    r"([._+-]|@)",
    re.I,
)
_PLATFORM = re.compile(
    r"@([\w-]+\.)*(greenhouse|lever|workday|myworkday|smartrecruiters|ashbyhq|icims|"
    r"taleo|successfactors|jobvite|bamboohr|workable|teamtailor|personio|recruitee|"
    r"linkedin|indeed|glassdoor|calendly|google|goodtime|hackerrank|codility|"
    r"codesignal|zoom|microsoft|outlook)\.",
    re.I,
)
_GREETING = re.compile(
    r"(?:Hi|Hello|Dear|Hallo|Liebe[rs]?|Bonjour|Hola|Olá|Oi|Ciao|Hej|Beste|Hoi|Dzień dobry)"
    r"\s+(?:Herr\s+|Frau\s+|Mr\.?\s+|Ms\.?\s+|Dr\.?\s+)?(\w+)"
)
_SENTENCE_TAIL = re.compile(
    r"(?<!\bSr)(?<!\bJr)(?<!\bDr)[.!?]\s+\w|\b(at|bei|chez|en|presso)\s*$", re.I
)
NUDGES = ("follow_up", "check_in")


def _terminal_at(app: dict[str, Any]) -> dt.datetime | None:
    ends = [
        dt.datetime.fromisoformat(e["at"])
        for e in app["events"]
        if e["to"] in ("rejected", "offer", "withdrawn")
    ]
    return min(ends) if ends else None


@dataclass(frozen=True)
class Truth:
    """What the labels of a mailbox say, for checking drafts against them."""

    #: address -> company keys of the labelled mail it wrote, received or was named in
    companies: dict[str, set[str]]
    #: (company key, role or None, date) of each labelled rejection or offer
    endings: list[tuple[str, str | None, dt.datetime]]
    #: company key -> the roles its labelled mail names
    roles: dict[str, set[str]] = field(default_factory=dict)
    #: company key -> (date, kind, direction) of its labelled job mail, oldest first
    mail: dict[str, list[tuple[dt.datetime, str, str]]] = field(default_factory=dict)


def truth(folder: Path) -> Truth:
    companies: dict[str, set[str]] = {}
    endings: list[tuple[str, str | None, dt.datetime]] = []
    roles: dict[str, set[str]] = {}
    mail: dict[str, list[tuple[dt.datetime, str, str]]] = {}
    for line in (folder / "labels.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        label = json.loads(line)
        key = company_key(label.get("company"))
        if key is None:
            continue
        if label.get("role"):
            roles.setdefault(key, set()).add(label["role"])
        path = folder / label["file"]
        with path.open("rb") as fh:
            msg = email.message_from_binary_file(fh, policy=email.policy.compat32)
        people = [str(msg.get(h, "")) for h in ("From", "To", "Cc", "Reply-To")]
        people += label.get("interviewers") or []
        for _name, address in email.utils.getaddresses(people):
            if address:
                companies.setdefault(address.lower(), set()).add(key)
        if label["kind"] in ("rejection", "offer"):
            endings.append((key, label.get("role"), date_of(path)))
        if label["kind"] != "other":
            mail.setdefault(key, []).append((date_of(path), label["kind"], label["direction"]))
    for rows in mail.values():
        rows.sort()
    return Truth(companies=companies, endings=endings, roles=roles, mail=mail)


def _against_labels(season: Season, labels: Truth) -> list[str]:
    """Drafts to somebody of another company, or after a labelled "no" or offer."""
    faults: list[str] = []
    for app in season.final.get("applications", []):
        known = labels.roles.get(company_key(app["company"]) or "", set())
        if app["role"] and known and not any(same_role(app["role"], r) for r in known):
            faults.append(
                f"#{app['id']} {app['company']}: role {app['role']!r} is none of the job's "
                f"roles {sorted(known)} (a twin made from a title that is not the job?)"
            )
    for d in season.drafts:
        where = f"{d.at:%Y-%m-%d %H:%M} #{d.application} {d.company} / {d.role}: {d.kind}"
        key = company_key(d.company)
        theirs = labels.companies.get((d.to or "").lower(), set())
        if key and theirs and not any(key == k or _same_firm(key, k) for k in theirs):
            faults.append(f"{where} to {d.to}, who writes for {sorted(theirs)}")
        for firm, role, ended in labels.endings:
            if not key or not (key == firm or _same_firm(key, firm)):
                continue
            if role and d.role and not same_role(role, d.role):
                continue  # another job at the same employer goes on
            if d.at > ended + dt.timedelta(hours=1) and d.kind != "rejection_reply":
                faults.append(f"{where} made after the {ended:%Y-%m-%d} rejection or offer")
        before = [m for m in labels.mail.get(key or "", []) if m[0] <= d.at]
        if d.kind in NUDGES and before and before[-1][1:] == ("assessment", "in"):
            faults.append(f"{where} asks for news while the assessment is the user's to do")
    return faults


def _same_firm(a: str, b: str) -> bool:
    """One employer under two spellings: a prefix ("acme" / "acme robotics"), the words of
    one inside the other ("scoil naomh colm" / "board of management of scoil naomh colm"),
    or initials ("drgs" / "department for regional growth and skills")."""
    from followthrough.tracker.names import same_company

    if same_company(a, b):
        return True
    wa, wb = set(a.split()), set(b.split())
    if wa <= wb or wb <= wa:
        return True
    small = {"of", "for", "and", "the", "de", "der", "und", "et"}
    for short, long in ((a, b), (b, a)):
        initials = "".join(w[0] for w in long.split() if w not in small)
        if " " not in short and len(short) >= 3 and short == initials:
            return True
    return False


def audit(season: Season, *, labels: Truth | None = None) -> list[str]:
    """Every fault a user would see in the drafts the season left; [] when none."""
    faults: list[str] = _against_labels(season, labels) if labels is not None else []
    apps = {a["id"]: a for a in season.final.get("applications", [])}
    for d in season.drafts:
        where = f"{d.at:%Y-%m-%d %H:%M} #{d.application} {d.company} / {d.role}: {d.kind}"
        to = d.to or ""
        if _ROBOT.search(to) or _PLATFORM.search(to):
            faults.append(f"{where} to a robot or platform address {to}")
        firm = {w for w in re.findall(r"\w+", (d.company or "").lower()) if len(w) > 2}
        local = to.split("@", 1)[0].lower()
        greeting = _GREETING.match(d.body.strip())
        greeted = greeting.group(1).lower() if greeting else ""
        if local in firm or greeted in firm:
            faults.append(
                f"{where} to the company's own mailbox {to} ({greeting and greeting.group(0)!r})"
            )
        app = apps.get(d.application)
        if app is not None:
            ended = _terminal_at(app)
            if ended is not None and d.at > ended and d.kind != "rejection_reply":
                faults.append(f"{where} made after the application ended ({ended:%Y-%m-%d})")
        if d.company and d.company not in d.body and d.kind != "thank_you":
            faults.append(f"{where}: body does not name the company {d.company!r}")
    for app in season.final.get("applications", []):
        if app["role"] and _SENTENCE_TAIL.search(app["role"]):
            faults.append(
                f"#{app['id']} {app['company']}: role runs into a sentence: {app['role']!r}"
            )
    faults += _twins(season)
    faults += _open_nudges(season)
    return faults


def _twins(season: Season) -> list[str]:
    """Two applications for one job: same company, and roles that are the same or missing."""
    faults: list[str] = []
    apps = [a for a in season.final.get("applications", []) if a["company"]]
    for i, a in enumerate(apps):
        for b in apps[i + 1 :]:
            if company_key(a["company"]) != company_key(b["company"]):
                continue
            if a["role"] and b["role"] and not same_role(a["role"], b["role"]):
                continue
            faults.append(
                f"#{a['id']} and #{b['id']} look like one job: {a['company']} "
                f"{a['role']!r} / {b['role']!r}"
            )
    return faults


def _open_nudges(season: Season) -> list[str]:
    faults: list[str] = []
    for app in season.final.get("applications", []):
        open_nudges = [d for d in app["drafts"] if d["kind"] in NUDGES and d["status"] == "open"]
        if len(open_nudges) > 1:
            faults.append(
                f"#{app['id']} {app['company']}: {len(open_nudges)} open follow-ups/check-ins"
            )
        open_thanks = [
            d["to"] for d in app["drafts"] if d["kind"] == "thank_you" and d["status"] == "open"
        ]
        dupes = {t for t in open_thanks if open_thanks.count(t) > 1}
        if dupes:
            faults.append(f"#{app['id']} {app['company']}: two open thank-yous to {sorted(dupes)}")
    return faults


def stale(season: Season, *, window: dt.timedelta = dt.timedelta(days=7)) -> list[str]:
    """Drafts made on the first pass for something more than ``window`` old."""
    faults: list[str] = []
    if season.first_tick is None:
        return faults
    for app in season.final.get("applications", []):
        for d in app["drafts"]:
            made = dt.datetime.fromisoformat(d["created_at"])
            if made - season.first_tick > dt.timedelta(hours=1):
                continue
            due = dt.datetime.fromisoformat(d["due_at"]) if d.get("due_at") else None
            if due is not None and due < season.first_tick - window:
                faults.append(
                    f"#{app['id']} {app['company']}: {d['kind']} made on the first pass for "
                    f"something due {due:%Y-%m-%d}"
                )
    return faults


def show(season: Season) -> str:
    """Every draft, for a person to read."""
    out: list[str] = []
    for d in season.drafts:
        out.append(
            f"=== {d.at:%Y-%m-%d %H:%M}  #{d.application} {d.company} / {d.role}  "
            f"{d.kind} to {d.to}  [{d.status}]"
        )
        out.append(f"Subject: {d.subject}")
        out.append(d.body.strip())
        out.append("")
    return "\n".join(out)


def date_of(path: Path) -> dt.datetime:
    with path.open("rb") as fh:
        msg = email.message_from_binary_file(fh, policy=email.policy.compat32)
    return email.utils.parsedate_to_datetime(str(msg["Date"]))
