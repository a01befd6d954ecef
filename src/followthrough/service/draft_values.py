"""The named values a template sees for one draft: who it goes to, the job, the
interview's facts (each interviewer's focus, whether they run the process, a screen),
the promised date, and the user's note that fits this draft (``drafts.notes``).
Nothing else from mail reaches a template."""

from __future__ import annotations

import datetime as dt
import logging

from sqlalchemy.orm import Session

from followthrough.config import Config
from followthrough.drafts import notes
from followthrough.drafts.language import date_text, day_name
from followthrough.drafts.render import first_name, role_for_draft
from followthrough.drafts.specifics import focus, is_screen, runs_process, variant
from followthrough.model import DraftKind, Person
from followthrough.policy.followup import Due, silence, thanked
from followthrough.policy.history import History, Interview
from followthrough.store.models import Application

logger = logging.getLogger(__name__)


def values(
    cfg: Config, app: Application, h: History, due: Due, now: dt.datetime, language: str = "en"
) -> dict[str, str]:
    """The named values a template may use; nothing else from mail reaches it."""
    from sqlalchemy.orm import object_session

    session = object_session(app)
    tz = cfg.account.tz
    to = due.to or Person()
    quiet = silence(h, now)
    promised = quiet.promised if quiet else None
    interview = due.interview or _latest_interview(h, now)
    named = {
        "first_name": first_name(to.name, to.address, fallback=""),
        "name": to.name or "",
        "company": app.company or "",
        "role": role_for_draft(app.role or ""),
        "user_name": cfg.account.name,
        "signature": cfg.drafts.signature,
        "pitch": cfg.drafts.pitch,
        "interview_day": day_name(interview.start.astimezone(tz), language) if interview else "",
        "promised_date": date_text(promised, language) if promised else "",
        "note": "",
        "note_sentence": "",
        "check_in_number": str(quiet.sent) if quiet and due.kind is DraftKind.CHECK_IN else "0",
        "focus": "",
        "asks_timeline": "1",
        "screen": "",
        "variant": "0",
    }
    if interview is not None and due.kind is DraftKind.THANK_YOU:
        named["focus"] = focus(to.title)
        named["asks_timeline"] = "1" if runs_process(to, interview) else ""
        named["screen"] = "1" if is_screen(interview) else ""
        named["variant"] = variant(to, interview)
    used, why = notes.pick(
        user_notes(session, app.id) if session is not None else [],
        kind=due.kind,
        to=due.to,
        since=interview.start if interview else None,
        first_interviewer=notes.first_with_address(interview.interviewers) if interview else None,
        was_there=bool(interview and any(_same_person(p, to) for p in interview.interviewers)),
        thanked_them=bool(interview and thanked_in(h, interview, to)),
        language=language,
    )
    if why:
        logger.info("application %s: %s", app.id, why)
    if used is not None:
        named["note_sentence" if used.sentence else "note"] = used.text
    return named


def _latest_interview(h: History, now: dt.datetime) -> Interview | None:
    ended = [i for i in h.interviews if i.start <= now]
    return max(ended, key=lambda i: i.start) if ended else None


def _same_person(a: Person, b: Person) -> bool:
    return bool(a.address and b.address and a.address.lower() == b.address.lower())


def thanked_in(h: History, interview: Interview, to: Person) -> bool:
    """A thank-you went (or was drafted) to ``to`` for ``interview``: its note was used."""
    if not to.address:
        return False
    key = f"thank_you:{interview.key}:{to.address.lower()}"
    return any(d.key == key for d in h.drafts) or thanked(h, interview, to.address)


def user_notes(session: Session, app_id: int) -> list[notes.Note]:
    """The user's notes on an application, oldest first."""
    from followthrough.service.rebuild import NOTE, active

    out = []
    with session.no_autoflush:  # drafts and applications pending are not corrections
        found = active(session, app_id=app_id, command=NOTE)
    for c in found:
        person = c.payload.get("person")
        at = c.at if c.at.tzinfo else c.at.replace(tzinfo=dt.UTC)
        out.append(notes.Note(at, str(c.payload["text"]), str(person) if person else None))
    return out
