"""Which note a draft uses, in which form (drafts.notes), and what a thank-you can say
about one interviewer (drafts.specifics)."""

from __future__ import annotations

import datetime as dt

import pytest

from followthrough.drafts.notes import Note, about, form, language_of, pick
from followthrough.drafts.render import Renderer
from followthrough.drafts.specifics import focus, is_screen, runs_process, variant
from followthrough.model import Direction, DraftKind, Kind, Person
from followthrough.policy.history import Interview, Mail

T0 = dt.datetime(2026, 3, 3, 15, 0, tzinfo=dt.UTC)
ANA = Person("Ana María Díaz", "ana@acme.example", title="Staff Engineer")
BO = Person("Bo Lin", "bo@acme.example", title="Engineering Manager")
RITA = Person("Rita Sousa", "rita@acme.example", title="Talent Partner")


def _pick(notes: list[Note], **kw: object) -> tuple[str | None, str]:
    args: dict[str, object] = {
        "kind": DraftKind.THANK_YOU,
        "to": ANA,
        "since": T0,
        "first_interviewer": ANA,
        "was_there": True,
        "thanked_them": False,
        "language": "en",
    } | kw
    used, why = pick(notes, **args)  # type: ignore[arg-type]
    return (used.text if used else None), why


def test_a_note_about_a_person_goes_only_to_them() -> None:
    notes = [Note(T0, "the storage engine rewrite", person="Bo")]
    assert _pick(notes, to=BO) == ("the storage engine rewrite", "")
    assert _pick(notes, to=ANA) == (None, "")


@pytest.mark.parametrize("key", ["ana", "Ana María Díaz", "ANA@acme.example", "Ana María"])
def test_a_person_is_named_by_address_full_name_or_part_of_it(key: str) -> None:
    assert about(Note(T0, "x", person=key), ANA)
    assert not about(Note(T0, "x", person="an"), ANA)  # not any prefix of a word


def test_a_note_about_nobody_goes_to_the_first_interviewer_only() -> None:
    notes = [Note(T0, "the on-call rotation")]
    assert _pick(notes, to=ANA, first_interviewer=ANA)[0] == "the on-call rotation"
    assert _pick(notes, to=BO, first_interviewer=ANA)[0] is None


def test_notes_from_before_the_interview_are_about_something_else() -> None:
    assert _pick([Note(T0 - dt.timedelta(days=3), "the first call")])[0] is None


def test_follow_ups_reuse_no_note_already_thanked_with_and_never_to_someone_absent() -> None:
    notes = [Note(T0, "the on-call rotation")]
    follow = {"kind": DraftKind.FOLLOW_UP}
    assert _pick(notes, **follow)[0] == "the on-call rotation"
    assert _pick(notes, **follow, thanked_them=True)[0] is None
    assert _pick(notes, **follow, was_there=False)[0] is None  # a coordinator
    assert _pick(notes, kind=DraftKind.CHECK_IN)[0] is None


def test_a_note_in_another_language_is_left_out_and_says_why() -> None:
    used, why = _pick([Note(T0, "het gesprek over de migratie van het platform")], language="en")
    assert used is None
    assert "nl" in why
    assert _pick([Note(T0, "Kafka")], language="nl")[0] == "Kafka"  # too short to tell


def test_language_needs_plain_evidence() -> None:
    assert language_of("the migration to Kafka and the on-call rotation") == "en"
    assert language_of("die Migration und der Betrieb") == "de"
    assert language_of("Kafka") is None


def test_a_sentence_stays_a_sentence_and_a_phrase_loses_its_full_stop() -> None:
    assert form("the migration to Kafka.") == form("the migration to Kafka")
    assert not form("the migration to Kafka.").sentence
    sentence = form("we talked a lot about their move to event sourcing.")
    assert sentence.sentence
    assert sentence.text == "We talked a lot about their move to event sourcing."


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Staff Engineer", "technical"),
        ("Engineering Manager", "leadership"),
        ("Talent Partner", "people"),
        ("Senior Recruiter", "people"),
        ("Softwareentwicklerin", "technical"),
        ("Head of Data", "leadership"),
        ("", ""),
        (None, ""),
        ("Office hero", ""),
    ],
)
def test_focus_from_the_title(title: str | None, expected: str) -> None:
    assert focus(title) == expected


def test_only_the_person_who_runs_the_process_is_asked_about_the_timeline() -> None:
    invite = Mail(at=T0, direction=Direction.IN, kind=Kind.INTERVIEW_INVITE, sender=BO)
    panel = Interview("1", T0, T0 + dt.timedelta(hours=3), (ANA, BO, RITA), invite=invite)
    assert [runs_process(p, panel) for p in (ANA, BO, RITA)] == [False, True, True]
    alone = Interview("2", T0, T0 + dt.timedelta(minutes=30), (ANA,))
    assert runs_process(ANA, alone)
    assert is_screen(alone)
    assert not is_screen(panel)
    assert [variant(p, panel) for p in (ANA, BO, RITA)] == ["0", "1", "2"]


@pytest.mark.parametrize("language", ["en", "de", "fr", "es", "nl", "pt"])
def test_a_panel_s_thank_yous_differ_beyond_the_name(language: str) -> None:
    renderer = Renderer()
    base = {"user_name": "Sam Lee", "role": "Data Engineer", "company": "Acme"}
    same_title = [
        renderer.render(
            DraftKind.THANK_YOU,
            base | {"first_name": n, "focus": "technical", "variant": v, "asks_timeline": ""},
            language=language,
        ).body.replace(n, "")
        for n, v in (("Ana", "0"), ("Cy", "1"), ("Di", "2"), ("Ed", "3"))
    ]
    assert len(set(same_title)) == 4  # four engineers, four different notes
    recruiter = renderer.render(
        DraftKind.THANK_YOU,
        base | {"first_name": "Rita", "focus": "people", "asks_timeline": "1"},
        language=language,
    ).body
    engineer = renderer.render(
        DraftKind.THANK_YOU,
        base | {"first_name": "Ana", "focus": "technical", "asks_timeline": ""},
        language=language,
    ).body
    assert "?" in recruiter.split("\n\n")[-2]  # the timeline question
    assert recruiter.count("?") > engineer.count("?")
    for body in (recruiter, engineer, *same_title):
        assert "  " not in body
        assert "\n " not in body


@pytest.mark.parametrize("language", ["en", "de", "fr", "es", "nl", "pt"])
def test_a_note_sentence_and_a_pitch_read_well(language: str) -> None:
    body = (
        Renderer()
        .render(
            DraftKind.THANK_YOU,
            {
                "user_name": "Sam Lee",
                "first_name": "Ana",
                "note_sentence": "We sketched the CDC pipeline together.",
                "pitch": "eight years of payment systems",
            },
            language=language,
        )
        .body
    )
    assert "We sketched the CDC pipeline together." in body
    assert "(eight years of payment systems)" in body
