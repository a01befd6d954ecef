"""A gracious reply to a rejection (``[drafts] rejection_reply``, off by default).

Pure, like the follow-up policy: from a :class:`History` to at most one :class:`Due`.
The reply thanks the interviewers and asks for feedback; a rejected application never
gets a follow-up. It answers the rejection when a person sent it, else it goes to the
first interviewer of the latest interview; nothing when neither has a personal address,
when the user already answered, or when the rejection is older than ``window_days``.
"""

from __future__ import annotations

import datetime as dt

from followthrough.classify.senders import reachable
from followthrough.model import Direction, DraftKind, Kind, Person, State
from followthrough.policy.followup import Due
from followthrough.policy.history import History


def _same(a: str | None, b: str | None) -> bool:
    return bool(a and b and a.lower() == b.lower())


def rejection_reply(h: History, now: dt.datetime, *, window_days: int = 7) -> Due | None:
    """The rejection reply owed for ``h`` at ``now``, made or not (the key tells)."""
    if h.state is not State.REJECTED:
        return None
    rejections = [
        m
        for m in h.mails
        if m.direction is Direction.IN and m.kind is Kind.REJECTION and m.at <= now
    ]
    if not rejections:
        return None
    rejection = rejections[-1]
    if now - rejection.at > dt.timedelta(days=window_days):
        return None
    if any(m.direction is Direction.OUT and m.at >= rejection.at for m in h.mails):
        return None  # the user already answered
    to: Person | None = None
    sender = rejection.sender
    if (
        rejection.human
        and sender is not None
        and reachable(sender, company=h.company, account=h.account)
    ):
        to = sender
    else:
        for interview in sorted(h.interviews, key=lambda i: i.start, reverse=True):
            people = [
                p
                for p in interview.interviewers
                if reachable(p, company=h.company, account=h.account)
            ]
            if people:
                to = people[0]
                break
    if to is None:
        return None
    ident = rejection.message_id or rejection.at.astimezone(dt.UTC).isoformat()
    return Due(
        key=f"{DraftKind.REJECTION_REPLY.value}:{ident}",
        kind=DraftKind.REJECTION_REPLY,
        at=rejection.at,
        to=to,
        reply_to=rejection,
        in_thread=to is sender,  # to an interviewer who did not write it: a new message
        expires=rejection.at + dt.timedelta(days=window_days),
        why="the employer declined; a short thank-you that asks for feedback",
    )
