"""The follow-up policy of SPEC section 4, as pure functions of history and clock."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from followthrough.model import Direction, DraftKind, DraftStatus, Kind, Person, State
from followthrough.policy.calendar import add_business_days, off_weekend
from followthrough.policy.followup import due_now, ghosted_at, plan
from followthrough.policy.history import History, Interview, MadeDraft, Mail, Settings

NY = ZoneInfo("America/New_York")
ME = "sam@example.com"
S = Settings(tz=NY)
ANA = Person("Ana Diaz", "ana@acme.example")
BO = Person("Bo Lin", "bo@acme.example")


def t(day: int, hour: int = 12, minute: int = 0, month: int = 3) -> dt.datetime:
    return dt.datetime(2026, month, day, hour, minute, tzinfo=NY)


def interview(day: int, *people: Person, key: str = "1", hour: int = 10) -> Interview:
    return Interview(key=key, start=t(day, hour), end=t(day, hour + 1), interviewers=people)


def sent(at: dt.datetime, kind: Kind, to: Person = ANA) -> Mail:
    return Mail(
        at=at, direction=Direction.OUT, kind=kind, sender=Person("Sam", ME), recipients=(to,)
    )


def reply(
    at: dt.datetime,
    reply_by: dt.date | None = None,
    kind: Kind = Kind.RECRUITER_REPLY,
    who: Person = ANA,
) -> Mail:
    return Mail(at=at, direction=Direction.IN, kind=kind, sender=who, reply_by=reply_by)


def made(key: str, kind: DraftKind, at: dt.datetime) -> MadeDraft:
    return MadeDraft(key=key, kind=kind, to=ANA.address, created_at=at, status=DraftStatus.OPEN)


def test_weekend_moves_to_monday_nine() -> None:
    saturday = t(14, 10, 30)  # Sat 14 Mar 2026
    assert off_weekend(saturday, NY) == t(16, 9)
    assert off_weekend(t(15, 23), NY) == t(16, 9)
    assert off_weekend(t(13, 23), NY) == t(13, 23)  # Friday stays


def test_business_days_skip_weekends() -> None:
    assert add_business_days(dt.date(2026, 4, 1), 2) == dt.date(2026, 4, 3)
    assert add_business_days(dt.date(2026, 4, 2), 2) == dt.date(2026, 4, 6)


def test_thank_you_per_panelist_at_interview_end() -> None:
    h = History(state=State.INTERVIEWED, account=ME, interviews=(interview(10, ANA, BO),))
    assert due_now(h, S, t(10, 10, 59)) == []
    due = due_now(h, S, t(10, 11, 5))
    assert sorted(d.to.address for d in due if d.to) == [ANA.address, BO.address]
    assert {d.kind for d in due} == {DraftKind.THANK_YOU}


def test_no_thank_you_for_someone_already_thanked_or_without_address() -> None:
    nameless = Person("Cy Moss", None)
    h = History(
        state=State.AWAITING_RESPONSE,
        account=ME,
        interviews=(interview(10, ANA, BO, nameless),),
        mails=(sent(t(10, 12), Kind.THANK_YOU, ANA),),
    )
    due = due_now(h, S, t(10, 15))
    assert [d.to.address for d in due if d.kind is DraftKind.THANK_YOU and d.to] == [BO.address]


def test_thank_you_not_made_twice() -> None:
    h = History(state=State.INTERVIEWED, account=ME, interviews=(interview(10, ANA),))
    first = due_now(h, S, t(10, 15))
    again = History(
        state=h.state,
        account=ME,
        interviews=h.interviews,
        drafts=(made(first[0].key, DraftKind.THANK_YOU, t(10, 15)),),
    )
    assert [d for d in due_now(again, S, t(11, 15)) if d.kind is DraftKind.THANK_YOU] == []


def test_follow_up_seven_days_after_thank_you() -> None:
    h = History(
        state=State.AWAITING_RESPONSE,
        account=ME,
        interviews=(interview(2, ANA),),
        mails=(sent(t(2, 15), Kind.THANK_YOU),),
    )
    [nxt] = plan(h, S, t(3))
    assert nxt.kind is DraftKind.FOLLOW_UP
    assert nxt.at == t(9, 15)
    assert nxt.to == ANA


def test_follow_up_from_interview_end_when_no_thank_you_sent() -> None:
    h = History(
        state=State.INTERVIEWED,
        account=ME,
        interviews=(interview(2, ANA),),
        drafts=(made("thank_you:1:ana@acme.example", DraftKind.THANK_YOU, t(2, 12)),),
    )
    [nxt] = plan(h, S, t(3))
    assert nxt.at == t(9, 11)


def test_second_round_waits_ten_days() -> None:
    h = History(
        state=State.AWAITING_RESPONSE,
        account=ME,
        interviews=(interview(2, ANA, key="1"), interview(10, ANA, key="2")),
        mails=(sent(t(2, 15), Kind.THANK_YOU), sent(t(10, 15), Kind.THANK_YOU)),
    )
    [nxt] = plan(h, S, t(11))
    assert nxt.at == t(20, 15)


def test_promised_date_plus_two_business_days_overrides_seven_days() -> None:
    promise = reply(t(4, 9), reply_by=dt.date(2026, 3, 13))  # Friday
    h = History(
        state=State.AWAITING_RESPONSE,
        account=ME,
        interviews=(interview(2, ANA),),
        mails=(sent(t(2, 15), Kind.THANK_YOU), promise),
    )
    [nxt] = plan(h, S, t(5))
    assert nxt.at == t(17, 9)  # Fri + 2 business days = Tue, 09:00


def test_employer_reply_resets_the_clock() -> None:
    h = History(
        state=State.AWAITING_RESPONSE,
        account=ME,
        interviews=(interview(2, ANA),),
        mails=(sent(t(2, 15), Kind.THANK_YOU), reply(t(5, 11))),
    )
    [nxt] = plan(h, S, t(6))
    assert nxt.at == t(12, 11)


def test_weekend_due_moves_to_monday() -> None:
    h = History(
        state=State.AWAITING_RESPONSE,
        account=ME,
        interviews=(interview(6, ANA),),
        mails=(sent(t(7, 10, 30), Kind.THANK_YOU),),
    )  # Saturday thank-you
    [nxt] = plan(h, S, t(8))
    assert nxt.at == t(16, 9)


def test_check_ins_then_ghosted_after_budget() -> None:
    base = (sent(t(2, 15), Kind.THANK_YOU),)
    drafts: list[MadeDraft] = []
    h = History(
        state=State.AWAITING_RESPONSE, account=ME, interviews=(interview(2, ANA),), mails=base
    )
    kinds = []
    now = t(10)
    for _ in range(3):
        [nxt] = due_now(
            History(
                state=h.state, account=ME, interviews=h.interviews, mails=base, drafts=tuple(drafts)
            ),
            S,
            now,
        )
        kinds.append(nxt.kind)
        drafts.append(made(nxt.key, nxt.kind, now))
        now = now + dt.timedelta(days=15)
    assert kinds == [DraftKind.FOLLOW_UP, DraftKind.CHECK_IN, DraftKind.CHECK_IN]
    spent = History(
        state=h.state, account=ME, interviews=h.interviews, mails=base, drafts=tuple(drafts)
    )
    assert plan(spent, S, now) == []
    assert ghosted_at(spent, S, now) == drafts[-1].created_at + dt.timedelta(days=14)


def test_budget_is_configurable() -> None:
    h = History(
        state=State.AWAITING_RESPONSE,
        account=ME,
        interviews=(interview(2, ANA),),
        drafts=(made("follow_up:x:1", DraftKind.FOLLOW_UP, t(10)),),
    )
    assert plan(h, Settings(tz=NY, max_follow_ups=1), t(11)) == []
    assert ghosted_at(h, Settings(tz=NY, max_follow_ups=1), t(11)) == t(24)


def test_follow_up_goes_to_last_human_sender_not_no_reply() -> None:
    bot = Mail(
        at=t(3),
        direction=Direction.IN,
        kind=Kind.RECRUITER_REPLY,
        sender=Person("Acme Careers", "no-reply@ats.example"),
        human=False,
    )
    h = History(
        state=State.AWAITING_RESPONSE,
        account=ME,
        interviews=(interview(2, BO),),
        mails=(reply(t(1), who=ANA, kind=Kind.INTERVIEW_INVITE), bot),
    )
    [nxt] = [d for d in plan(h, S, t(4)) if d.kind is DraftKind.FOLLOW_UP]
    assert nxt.to == ANA


def test_no_address_means_nobody_to_send_to() -> None:
    h = History(
        state=State.INTERVIEWED, account=ME, interviews=(interview(2, Person("Cy Moss", None)),)
    )
    [nxt] = plan(h, S, t(3))
    assert nxt.to is None


@pytest.mark.parametrize("state", [State.REJECTED, State.OFFER, State.WITHDRAWN, State.GHOSTED])
def test_closed_or_ghosted_applications_get_nothing(state: State) -> None:
    h = History(state=state, account=ME, interviews=(interview(2, ANA),))
    assert plan(h, S, t(20)) == []


def test_no_follow_up_before_any_interview() -> None:
    h = History(state=State.APPLIED, account=ME, mails=(reply(t(1), kind=Kind.APPLICATION_ACK),))
    assert plan(h, S, t(30)) == []


def test_next_wake_is_the_earliest_thing_the_clock_can_change() -> None:
    from followthrough.policy.followup import next_wake

    ahead = History(state=State.INTERVIEW_SCHEDULED, account=ME, interviews=(interview(12, ANA),))
    assert next_wake(ahead, S, t(10)) == t(12, 11)  # the interview's end (thank-you due)
    quiet = History(
        state=State.AWAITING_RESPONSE,
        account=ME,
        interviews=(interview(2, ANA),),
        mails=(sent(t(2, 15), Kind.THANK_YOU),),
    )
    assert next_wake(quiet, S, t(3)) == t(9, 15)  # the follow-up
    closed = History(state=State.REJECTED, account=ME, interviews=(interview(2, ANA),))
    assert next_wake(closed, S, t(3)) is None  # only new mail wakes it


def test_second_round_without_a_fixed_time_still_waits_ten_days() -> None:
    booked = reply(t(5, 9), kind=Kind.INTERVIEW_INVITE)  # a scheduling link, no time
    h = History(
        state=State.AWAITING_RESPONSE,
        account=ME,
        interviews=(interview(2, ANA),),
        mails=(sent(t(2, 15), Kind.THANK_YOU), booked, sent(t(9, 16), Kind.THANK_YOU)),
    )
    [nxt] = plan(h, S, t(10))
    assert nxt.at == t(19, 16)


def _written(at: dt.datetime, who: Person, subject: str) -> Mail:
    return Mail(
        at=at,
        direction=Direction.IN,
        kind=Kind.RECRUITER_REPLY,
        sender=who,
        recipients=(Person("Sam", ME),),
        subject=subject,
        message_id=f"{subject.split()[0].lower()}@acme.example",
    )


def test_a_thank_you_replies_to_an_interviewer_who_wrote_and_is_new_to_one_who_did_not() -> None:
    invite = _written(t(2), Person("Coordinator", "jobs@acme.example"), "Interview invitation")
    ana_wrote = _written(t(4), ANA, "Prep notes for Tuesday")
    h = History(
        state=State.INTERVIEWED,
        account=ME,
        company="Acme",
        interviews=(Interview("1", t(10, 10), t(10, 11), (ANA, BO), invite=invite),),
        mails=(invite, ana_wrote),
    )
    due = {d.to.address: d for d in due_now(h, S, t(10, 12)) if d.to and d.to.address}
    assert (due[ANA.address].reply_to, due[ANA.address].in_thread) == (ana_wrote, True)
    # Bo never wrote: a new message that still refers to the invitation
    assert (due[BO.address].reply_to, due[BO.address].in_thread) == (invite, False)


def test_a_follow_up_answers_the_employer_s_conversation_not_the_user_s_own_note() -> None:
    ana_wrote = _written(t(4), ANA, "Next steps")
    mine = Mail(
        at=t(10, 12),
        direction=Direction.OUT,
        kind=Kind.THANK_YOU,
        sender=Person("Sam", ME),
        recipients=(ANA,),
        subject="Thank you",
    )
    h = History(
        state=State.AWAITING_RESPONSE,
        account=ME,
        interviews=(interview(9, ANA),),
        mails=(ana_wrote, mine),
    )
    (due,) = [d for d in due_now(h, S, t(20)) if d.kind is DraftKind.FOLLOW_UP]
    assert due.reply_to == ana_wrote
    assert due.in_thread


def test_thank_yous_can_wait_a_configured_time_after_the_interview() -> None:
    h = History(state=State.INTERVIEWED, account=ME, interviews=(interview(10, ANA),))
    later = Settings(tz=NY, thank_you_delay_minutes=120)
    assert due_now(h, later, t(10, 12)) == []  # the interview ended at 11:00
    (due,) = due_now(h, later, t(10, 13))
    assert due.kind is DraftKind.THANK_YOU
    assert due.at == t(10, 13)
