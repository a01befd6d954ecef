"""The named values the service hands to a template, and the rejection-reply rule."""

from __future__ import annotations

import datetime as dt

from followthrough.config import Account, Config, DraftsConfig, Mailbox
from followthrough.drafts.rejection import rejection_reply
from followthrough.model import Direction, DraftKind, DraftStatus, Kind, Person, State
from followthrough.policy.followup import follow_up
from followthrough.policy.history import History, Interview, MadeDraft, Mail, Settings
from followthrough.service.draft_values import values
from followthrough.store.models import Application

T0 = dt.datetime(2026, 3, 3, 15, 0, tzinfo=dt.UTC)  # a Tuesday
ME = "sam@example.com"
ANNA = Person("Dr. Anna Schmidt", "anna.schmidt@wavecrest.example")
CFG = Config(
    account=Account(address=ME, name="Sam Lee", timezone="UTC"),
    mailbox=Mailbox(provider="maildir"),
    database="sqlite://",
    drafts=DraftsConfig(signature="Sam"),
)
APP = Application(company="Wavecrest", role="Data Engineer", state="awaiting_response")


def _history(made: int) -> History:
    interview = Interview(key="1", start=T0 - dt.timedelta(hours=1), end=T0, interviewers=(ANNA,))
    drafts = tuple(
        MadeDraft(
            key=f"k{i}",
            kind=DraftKind.FOLLOW_UP if i == 0 else DraftKind.CHECK_IN,
            to=ANNA.address,
            created_at=T0 + dt.timedelta(days=7 + 14 * i),
            status=DraftStatus.OPEN,
        )
        for i in range(made)
    )
    mail = Mail(at=T0 - dt.timedelta(days=5), direction=Direction.IN, kind=Kind.INTERVIEW_INVITE)
    return History(
        state=State.AWAITING_RESPONSE,
        account=ME,
        interviews=(interview,),
        mails=(mail,),
        drafts=drafts,
    )


def test_check_in_number_counts_the_check_ins() -> None:
    now = T0 + dt.timedelta(days=60)
    for made, kind, number in [
        (0, DraftKind.FOLLOW_UP, "0"),
        (1, DraftKind.CHECK_IN, "1"),
        (2, DraftKind.CHECK_IN, "2"),
    ]:
        h = _history(made)
        due = follow_up(h, Settings(), now)
        assert due is not None
        assert due.kind is kind
        assert values(CFG, APP, h, due, now)["check_in_number"] == number


def test_values_in_the_drafts_language() -> None:
    h = _history(0)
    due = follow_up(h, Settings(), T0 + dt.timedelta(days=8))
    assert due is not None
    due = type(due)(
        key=due.key, kind=DraftKind.THANK_YOU, at=T0, to=ANNA, interview=h.interviews[0]
    )
    named = values(CFG, APP, h, due, T0, "de")
    assert named["first_name"] == "Anna"
    assert named["interview_day"] == "Dienstag"
    assert named["user_name"] == "Sam Lee"
    assert named["signature"] == "Sam"
    unknown = type(due)(key="x", kind=DraftKind.THANK_YOU, at=T0, to=Person(None, "a1@x.example"))
    assert values(CFG, APP, h, unknown, T0)["first_name"] == ""  # the template's neutral greeting


def _rejected(sender: Person, *, human: bool = True, answered: bool = False) -> History:
    rejection = Mail(
        at=T0 + dt.timedelta(days=3),
        direction=Direction.IN,
        kind=Kind.REJECTION,
        sender=sender,
        human=human,
        message_id="<r1@wavecrest.example>",
        subject="Your application",
    )
    mails = [rejection]
    if answered:
        mails.append(Mail(at=T0 + dt.timedelta(days=4), direction=Direction.OUT, kind=Kind.OTHER))
    interview = Interview(key="1", start=T0 - dt.timedelta(hours=1), end=T0, interviewers=(ANNA,))
    return History(state=State.REJECTED, account=ME, interviews=(interview,), mails=tuple(mails))


def test_rejection_reply_answers_a_person() -> None:
    now = T0 + dt.timedelta(days=3, hours=2)
    bob = Person("Bob Stone", "bob.stone@wavecrest.example")
    due = rejection_reply(_rejected(bob), now)
    assert due is not None
    assert due.kind is DraftKind.REJECTION_REPLY
    assert due.to == bob
    assert due.key == "rejection_reply:<r1@wavecrest.example>"
    assert due.reply_to is not None
    assert due.reply_to.subject == "Your application"


def test_rejection_from_a_no_reply_address_goes_to_the_interviewer() -> None:
    now = T0 + dt.timedelta(days=3, hours=2)
    due = rejection_reply(_rejected(Person(None, "no-reply@ats.example"), human=False), now)
    assert due is not None
    assert due.to == ANNA


def test_no_rejection_reply() -> None:
    now = T0 + dt.timedelta(days=3, hours=2)
    bob = Person("Bob Stone", "bob.stone@wavecrest.example")
    assert rejection_reply(_rejected(bob, answered=True), now + dt.timedelta(days=1)) is None
    assert rejection_reply(_rejected(bob), now + dt.timedelta(days=8)) is None  # too old
    assert rejection_reply(_history(0), now) is None  # not rejected
