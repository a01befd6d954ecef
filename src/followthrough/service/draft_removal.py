"""Taking our drafts out of the Drafts folder once they are no longer wanted: the
application closed, the user thanked someone themselves, a thank-you's window passed,
or a newer follow-up takes the place of an unsent one.

Split from :mod:`followthrough.service.drafting`, which decides when each of these
applies; every removal goes through :func:`remove`, so ``status`` shows it.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from followthrough.model import DraftKind, DraftStatus
from followthrough.policy.followup import thanked
from followthrough.policy.history import History, Interview
from followthrough.providers.base import Provider, RemoteDraftState
from followthrough.service.draft_write import draft_ref
from followthrough.store.models import Application, Draft

if TYPE_CHECKING:
    from followthrough.service.drafting import DraftReport

# The service's log names stay those of the module this was split from.
logger = logging.getLogger("followthrough.service.drafting")

#: Drafts that ask the employer for news: never while a message that may be their
#: answer (a rejection the classifier was unsure of) waits for the user's review.
NUDGES = frozenset({DraftKind.FOLLOW_UP, DraftKind.CHECK_IN})


def remove(session: Session, provider: Provider, row: Draft, report: DraftReport, why: str) -> None:
    """Take one open draft of ours out of the Drafts folder; ``status`` shows it removed.
    Committed at once: what the mailbox lost is stored before anything else happens (the
    rest of a pass commits in chunks, see ``drafting.COMMIT_EVERY``)."""
    if provider.draft_state(draft_ref(row)) is RemoteDraftState.PRESENT:
        provider.delete_draft(draft_ref(row))
        report.removed += 1
    row.status = DraftStatus.REMOVED.value
    session.commit()
    logger.info("application %s: removed draft %s (%s)", row.application_id, row.id, why)


def close(session: Session, provider: Provider, app: Application, report: DraftReport) -> None:
    """The application closed: its open drafts go, except a reply to its rejection."""
    for row in list(app.drafts):
        if row.status == DraftStatus.BLOCKED.value:
            session.delete(row)  # never written, and no longer wanted
            continue
        if row.status != DraftStatus.OPEN.value or row.kind == DraftKind.REJECTION_REPLY.value:
            continue
        remove(session, provider, row, report, "the application closed")


def open_thank_yous(app: Application, h: History) -> list[tuple[Draft, Interview]]:
    """Our open thank-you drafts with the interview each one is for (its key names it:
    ``thank_you:<interview>:<person>``, see ``policy.followup``)."""
    interviews = {i.key: i for i in h.interviews}
    found: list[tuple[Draft, Interview]] = []
    for row in app.drafts:
        if row.status != DraftStatus.OPEN.value or row.kind != DraftKind.THANK_YOU.value:
            continue
        parts = row.key.split(":", 2)
        interview = interviews.get(parts[1]) if len(parts) == 3 else None
        if interview is not None:
            found.append((row, interview))
    return found


def thanked_by_hand(
    session: Session, provider: Provider, app: Application, h: History, report: DraftReport
) -> None:
    """The user wrote their own thank-you to a person: our open one to them goes."""
    for row, interview in open_thank_yous(app, h):
        if row.to_address and thanked(h, interview, row.to_address):
            remove(session, provider, row, report, f"the user thanked {row.to_address} themselves")


def stale_thank_yous(
    session: Session,
    provider: Provider,
    app: Application,
    h: History,
    window: dt.timedelta,
    now: dt.datetime,
    report: DraftReport,
) -> None:
    """A thank-you still unsent when its window has passed would arrive weeks late: it goes."""
    for row, interview in open_thank_yous(app, h):
        if now > interview.end + window:
            remove(session, provider, row, report, "the thank-you was not sent within its window")


def replace_nudge(
    session: Session, provider: Provider, app: Application, report: DraftReport, *, keep: str
) -> None:
    """At most one open follow-up or check-in: the one still unsent makes way for the
    newer one (``keep``), which was just written."""
    for row in app.drafts:
        if (
            row.key != keep
            and row.status == DraftStatus.OPEN.value
            and DraftKind(row.kind) in NUDGES
        ):
            remove(session, provider, row, report, "a newer follow-up takes its place")
