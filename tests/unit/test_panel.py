"""Who the candidate meets: names, titles and addresses from text, calendar and headers."""

# The cases are whole sentences; splitting them would hide what is read.
# ruff: noqa: E501

from __future__ import annotations

import pytest

from followthrough.classify.ical import parse_calendars
from followthrough.classify.panel import recipients_thanked, who_they_meet
from followthrough.classify.panel.addresses import join_address
from followthrough.classify.panel.names import clean, is_title, looks_like_name, split_title
from followthrough.classify.panel.text import meets_unnamed, named_people
from followthrough.model import Person

OWNER = "jordan.park@example.com"


def names(text: str) -> list[str]:
    return [n.name for n in named_people(text)]


@pytest.mark.parametrize(
    "title",
    ["Hiring Manager", "the Engineering Manager", "Head of Data", "Staff Engineer",
     "Directora de Personas", "Teamleiterin Data", "VP Engineering"],
)  # fmt: skip
def test_titles_are_titles_not_names(title: str) -> None:
    assert is_title(title)
    assert not looks_like_name(title)


def test_names_are_tidied() -> None:
    assert clean("Moreno, Ramón") == "Ramón Moreno"
    assert clean("Dr. Paul Nakamura") == "Paul Nakamura"
    assert clean("Marisol Okafor (she/her)") == "Marisol Okafor"
    assert split_title("Dana Ruiz, Staff Engineer") == ("Dana Ruiz", "Staff Engineer")
    assert not looks_like_name("Cajueiro Design", ["cajueiro"])
    assert not looks_like_name("Microsoft Teams")
    assert looks_like_name("Pieter van der Merwe")
    assert looks_like_name("Kwame McAllister")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("You'll be speaking with Priya Raman (Staff Engineer) and Tom Adler.", ["Priya Raman", "Tom Adler"]),
        ("Priya and Tom from the platform team will interview you; you'll meet Priya and Tom.", ["Priya", "Tom"]),
        ("Sie sprechen mit Katrin Vogel und Jonas Albers.", ["Katrin Vogel", "Jonas Albers"]),
        ("Du kommer att träffa Anders Lund och Sara Holm på torsdag.", ["Anders Lund", "Sara Holm"]),
        ("Lors de l'entretien, vous rencontrerez Nadia Leroy et Camille Roux.", ["Nadia Leroy", "Camille Roux"]),
        ("El jueves vas a hablar con Marta Serrano y Luis Ortega.", ["Marta Serrano", "Luis Ortega"]),
        ("Je spreekt met Noor Willems en Lotte Bakker.", ["Noor Willems", "Lotte Bakker"]),
        ("Our hiring manager, Dr. Paul Nakamura, would like to speak with you.", ["Paul Nakamura"]),
        ("You'll meet:\n\n- Angus Singh, Director of Nursing\n- Darcy Lim, Consultant Physician\n\nBring ID.", ["Angus Singh", "Darcy Lim"]),
        ("Interviewer: Lin Zhao", ["Lin Zhao"]),
    ],
)  # fmt: skip
def test_people_named_in_the_text(text: str, want: list[str]) -> None:
    assert names(text) == want


def test_an_agenda_lists_sessions_not_meals_or_the_welcome() -> None:
    text = (
        "9:30 - 10:00   Welcome and coffee: Matteo Ricci, Recruiting\n"
        "10:00 - 11:00  System design: Wen Liu, Staff Engineer\n"
        "11:00 AM - 12:00 PM  Coding – Marcus Feld, Senior Engineer\n"
        "12:00 - 12:45  Lunch with the Ingest team\n"
        "1:30 - 2:15    Hiring manager: Grace Oyelaran, Engineering Manager\n"
    )
    people = named_people(text)
    assert [p.name for p in people] == ["Wen Liu", "Marcus Feld", "Grace Oyelaran"]
    assert people[0].title == "Staff Engineer"


def test_a_table_column_headed_interviewer() -> None:
    text = (
        "Time (Eastern)  Interviewer  Focus\n"
        "9:30 AM - 10:15 AM  Dr. Anita Sorensen  Data modelling\n"
        "10:15 AM - 11:00 AM  Kofi Mensah  SQL and pipelines\n"
    )
    assert names(text) == ["Anita Sorensen", "Kofi Mensah"]


def test_titles_alone_name_nobody() -> None:
    text = "Next you'll meet our Engineering Manager and the Head of Data."
    assert names(text) == []
    assert meets_unnamed("The next step is a call with the hiring manager.")


def test_a_coordinator_is_not_an_interviewer() -> None:
    text = "You'll meet Wen Liu (Staff Engineer) and Rita Okafor (Recruiting Coordinator)."
    assert names(text) == ["Wen Liu"]


def test_an_address_is_joined_never_invented() -> None:
    known = [Person("Priya Raman", "priya.raman@acme.example"), Person(None, "tadler@acme.example")]
    assert join_address("Priya Raman", known).address == "priya.raman@acme.example"
    assert (
        join_address("Tom Adler", known).address == "tadler@acme.example"
    )  # an address that exists
    assert join_address("Sara Holm", known).address is None
    assert join_address("Priya", known) == Person("Priya Raman", "priya.raman@acme.example")


EXCHANGE = (
    "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
    "ORGANIZER;CN=Rita Okafor:mailto:rita.okafor@acme.example\r\n"
    "ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Jordan Park:mailto:jordan.park@example.com\r\n"
    "ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Dana Whitlow:mailto:dana.whitlow@acme.exampl\r\n e\r\n"
    "ATTENDEE;ROLE=OPT-PARTICIPANT;CN=Omar Haddad:mailto:omar.haddad@acme.example\r\n"
    "ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;CN=Boardroom 4:mailto:room4@acme.example\r\n"
    "ATTENDEE;CUTYPE=GROUP;CN=Data Team:mailto:data-team@acme.example\r\n"
    "UID:abc\r\nDTSTART;TZID=Central Standard Time:20261005T100000\r\n"
    "DTEND;TZID=Central Standard Time:20261005T110000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)


def _meet(text: str, **kw: object) -> list[Person]:
    args: dict[str, object] = {
        "sender": Person("Rita Okafor", "rita.okafor@acme.example"),
        "reply_to": None,
        "to": [Person("Jordan Park", OWNER)],
        "cc": [],
        "event": None,
        "account": OWNER,
        "sender_is_person": True,
    }
    args.update(kw)
    return list(who_they_meet(text=text, **args))  # type: ignore[arg-type]


def test_calendar_attendees_without_the_candidate_rooms_lists_or_the_scheduler() -> None:
    (event,) = parse_calendars((EXCHANGE,))
    text = "Hi Jordan,\n\nSending over the invite.\n\nRita Okafor\nRecruiting Coordinator"
    assert _meet(text, event=event) == [
        Person("Dana Whitlow", "dana.whitlow@acme.example"),
        Person("Omar Haddad", "omar.haddad@acme.example"),
    ]


def test_the_organiser_who_says_with_me_is_on_the_panel() -> None:
    (event,) = parse_calendars((EXCHANGE,))
    text = "Hi Jordan,\n\nHere is the invite for your interview with me and Dana.\n\nRita"
    people = _meet(text, event=event)
    assert people[0] == Person("Rita Okafor", "rita.okafor@acme.example")
    assert Person("Dana Whitlow", "dana.whitlow@acme.example") in people


def test_a_person_booking_their_own_call_is_the_interviewer() -> None:
    text = "Hi Jordan,\n\nI'd love to set up a 30-minute chat. Would Tuesday at 2pm work?\n\nNadia"
    nadia = Person("Nadia Petrovic", "nadia.petrovic@pinecrest.example")
    assert _meet(text, sender=nadia) == [nadia]
    # Speaking for the company, with nobody named: nobody is guessed.
    team = "Hi Jordan,\n\nWe'd love to meet you! Could you make Thursday at 9.30?\n\nOliver"
    assert _meet(team, sender=Person("Oliver Bhatt", "oliver@kittiwake.example")) == []


def test_a_thank_you_thanks_its_to_not_the_copied_recruiter() -> None:
    to = [Person("Moreno, Ramón", "ramon.moreno@acme.example")]
    cc = [Person("Yasmin Hoang", "yhoang@acme.example")]
    assert recipients_thanked(to, cc, "Dear Ramón,\n\nThank you for your time.", OWNER) == (
        Person("Ramón Moreno", "ramon.moreno@acme.example"),
    )


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("When | Monday, April 6 · 2:00 PM | With | Sofia Marchetti | Join | Google Meet |", ["Sofia Marchetti"]),
        ("Position    Analytics Engineer\nInterviewer    Marisol Vega, Analytics Lead\n", ["Marisol Vega"]),
        ("Grace Liu, our Director of Data Engineering, would like to do a video interview with you.", ["Grace Liu"]),
        ("Gesprächspartner: Ralf Böhm (Head of Engineering). Einwahl: Teams.", ["Ralf Böhm"]),
        ("Perfetto, ti ho fissato lunedì alle 11:00. Ci sarà anche Noemi Bruno.", ["Noemi Bruno"]),
        ("Your interview with Sunbird Retail Group starts in 24 hours.", []),
        ("Recruiter Screen with Alana Brooks at 11:00am (Central Time - US & Canada)", ["Alana Brooks"]),
        ("Scheduled with ModernLoop", []),
    ],
)  # fmt: skip
def test_tool_blocks_and_sentences(text: str, want: list[str]) -> None:
    assert names(text) == want


def test_thanks_for_chatting_with_me_is_not_joining_the_next_round() -> None:
    dana = Person("Dana Whitcomb", "dana.whitcomb@mosaic.example")
    text = (
        "Hi Jordan,\n\nThanks for chatting with me yesterday! Here are the details for your "
        "next conversation: 60 minutes with Aaron Feld (Data Engineering Manager) and Lucía "
        "Benítez (Senior Data Engineer).\n\nDana"
    )
    assert [p.name for p in _meet(text, sender=dana)] == ["Aaron Feld", "Lucía Benítez"]


def test_lines_of_people_with_titles_are_a_panel_and_one_line_is_not() -> None:
    text = (
        "We'd like to invite you to interview on Monday 8 June at 5pm, via Teams.\n\n"
        "Matilda Lim, Chief Nursing Officer\nLiam Kowalczyk, Nurse Unit Manager\n\n"
        "Kind regards,\nMitch Costa\nTalent Acquisition"
    )
    assert names(text) == ["Matilda Lim", "Liam Kowalczyk"]
    assert names("Regards,\nMitch Costa, Talent Acquisition Partner\n") == []


def test_an_article_before_the_name() -> None:
    assert names("Seria um papo de 45 minutos com o Thiago Dias.") == ["Thiago Dias"]


def test_german_nouns_after_an_article_are_not_people() -> None:
    text = "Nächster Schritt wäre ein Gespräch mit der Fachabteilung. Mit dabei ist Matthias Wendt."
    assert names(text) == ["Matthias Wendt"]
    assert names("Ihr Termin mit Kranich Maschinenbau ist bestätigt.") == []
