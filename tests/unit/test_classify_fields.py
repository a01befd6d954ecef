"""Extracted fields: interview time (calendar and prose), interviewers, reply_by, company."""

# Test messages are written out in full, one sentence per string.
# ruff: noqa: E501

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from followthrough.model import Classification, Kind
from tests.unit.mails import classified, message

ME = "pat.doe@example.com"


def make(
    body: str,
    *,
    subject: str,
    sender: str = "Jane Roe <jane.roe@acme-robotics.example>",
    date: str = "Tue, 03 Feb 2026 09:00:00 -0500",
    ics: str | None = None,
) -> bytes:
    return message(body, subject=subject, sender=sender, to=f"Pat Doe <{ME}>", date=date, ics=ics)


def run(raw: bytes) -> Classification:
    return classified(raw, ME)


def ics(
    dtstart: str, *, organizer: str = "jane.roe@acme-robotics.example", sequence: int = 0
) -> str:
    return "\r\n".join(
        [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "METHOD:REQUEST",
            "BEGIN:VEVENT",
            dtstart,
            "DTEND;TZID=Eastern Standard Time:20260316T110000",
            f"ORGANIZER;CN=Org:mailto:{organizer}",
            "UID:u1@acme",
            f"SEQUENCE:{sequence}",
            "SUMMARY:Interview - Pat Doe",
            "ATTENDEE;CN=Pat Doe:mailto:pat.doe@example.com",
            "ATTENDEE;CN=Omar Lind:mailto:omar.lind@acme-robotics.example",
            "ATTENDEE;CN=Bea Ruiz:mailto:bea.ruiz@acme-robotics.example",
            "END:VEVENT",
            "END:VCALENDAR",
            "",
        ]
    )


def test_calendar_windows_zone_and_attendees() -> None:
    c = run(
        make(
            "Your interview is scheduled; see the invitation.",
            subject="Interview: Analyst",
            ics=ics("DTSTART;TZID=Eastern Standard Time:20260316T100000"),
        )
    )
    assert c.kind is Kind.INTERVIEW_INVITE
    assert c.interview_start == dt.datetime(2026, 3, 16, 10, tzinfo=ZoneInfo("America/New_York"))
    assert c.interview_start.utcoffset() == dt.timedelta(hours=-4)  # after the US DST change
    assert c.interview_end is not None
    assert c.interview_end.hour == 11
    assert {p.address for p in c.interviewers} == {
        "omar.lind@acme-robotics.example",
        "bea.ruiz@acme-robotics.example",
    }
    assert c.calendar_uid == "u1@acme"


def test_calendar_utc_time() -> None:
    c = run(
        make(
            "Interview booked.", subject="Interview confirmed", ics=ics("DTSTART:20260225T183000Z")
        )
    )
    assert c.interview_start is not None
    assert c.interview_start.astimezone(dt.UTC) == dt.datetime(2026, 2, 25, 18, 30, tzinfo=dt.UTC)


def test_organizer_counts_when_text_says_with_me() -> None:
    c = run(
        make(
            "Invitation for your interview with me and the team.",
            subject="Interview",
            ics=ics("DTSTART;TZID=America/Chicago:20260316T100000"),
        )
    )
    assert "jane.roe@acme-robotics.example" in {p.address for p in c.interviewers}


def test_time_from_prose_with_zone_word() -> None:
    c = run(
        make(
            "Hi Pat, confirmed for Tuesday, February 10 at 1:00 PM Pacific. You'll be speaking "
            "with Omar Lind and Bea Ruiz.",
            subject="Re: Interview",
        )
    )
    assert c.kind is Kind.INTERVIEW_INVITE
    assert c.interview_start == dt.datetime(2026, 2, 10, 13, tzinfo=ZoneInfo("America/Los_Angeles"))
    assert {p.name for p in c.interviewers} == {"Omar Lind", "Bea Ruiz"}


def test_time_without_zone_uses_date_header_offset() -> None:
    c = run(
        make(
            "Your interview is confirmed for March 4 at 15:30.",
            subject="Interview confirmation",
            date="Mon, 02 Mar 2026 10:00:00 +0100",
        )
    )
    assert c.interview_start is not None
    assert c.interview_start.utcoffset() == dt.timedelta(hours=1)
    assert (c.interview_start.hour, c.interview_start.minute) == (15, 30)


def test_french_and_german_times() -> None:
    fr = run(
        make(
            "Nous avons le plaisir de vous proposer un entretien le mardi 24 mars à 14h00 (heure de Paris).",
            subject="Invitation à un entretien",
            date="Fri, 13 Mar 2026 10:00:00 +0100",
        )
    )
    assert fr.interview_start == dt.datetime(2026, 3, 24, 14, tzinfo=ZoneInfo("Europe/Paris"))
    de = run(
        make(
            "Wir laden Sie herzlich zum Gespräch ein. Termin: Montag, 6. April 2026, 9:30 Uhr (MESZ)",
            subject="Einladung zum Vorstellungsgespräch",
            date="Fri, 27 Mar 2026 10:00:00 +0100",
        )
    )
    assert de.interview_start == dt.datetime(2026, 4, 6, 9, 30, tzinfo=ZoneInfo("Europe/Berlin"))


def test_two_alternative_slots_give_no_start() -> None:
    c = run(
        make(
            "Would either Thursday 2/26 at 1pm ET or Friday 2/27 at 10am ET work for a phone screen?",
            subject="Re: scheduling",
        )
    )
    assert c.kind is Kind.INTERVIEW_INVITE
    assert c.interview_start is None


def test_reply_by_relative_and_explicit() -> None:
    friday = run(
        make(
            "Thanks for your patience. I'm collecting feedback from the team and will get back to you "
            "by Friday.",
            subject="Re: Analyst role",
        )
    )
    assert friday.reply_by == dt.date(2026, 2, 6)
    weeks = run(
        make(
            "Thanks for the interview. The panel meets next week and we expect to have a decision "
            "within two weeks.",
            subject="Re: next steps",
        )
    )
    assert weeks.reply_by == dt.date(2026, 2, 17)
    german = run(
        make(
            "Wir führen noch weitere Gespräche und melden uns bis Ende nächster Woche bei Ihnen.",
            subject="Ihre Bewerbung",
            date="Tue, 03 Feb 2026 09:00:00 +0100",
        )
    )
    assert german.reply_by == dt.date(2026, 2, 13)
    informal_french = run(  # "on" is how French speakers say "we" in a friendly mail
        make(
            "Merci pour vendredi ! On voit encore deux personnes cette semaine ; on revient vers "
            "toi d'ici mardi prochain au plus tard.",
            subject="Re: Entretien",
            date="Wed, 04 Feb 2026 18:00:00 +0100",
        )
    )
    assert informal_french.reply_by == dt.date(2026, 2, 10)


def test_vague_or_candidate_deadline_gives_no_reply_by() -> None:
    vague = run(
        make(
            "We're still interviewing candidates and will let you know as soon as I have news.",
            subject="Re: update",
        )
    )
    assert vague.reply_by is None
    offer = run(
        make(
            "We're delighted to offer you the Analyst role. Please sign the offer letter by Friday, "
            "February 13.",
            subject="Offer",
        )
    )
    assert offer.kind is Kind.OFFER
    assert offer.reply_by is None


def test_company_from_ats_subject_and_agency_client() -> None:
    ats = run(
        make(
            "Thank you for applying. Your application has been received.",
            subject="Data Analyst - Northwind Robotics",
            sender="no-reply@jobs.lever.example",
        )
    )
    assert ats.company == "Northwind Robotics"
    client = run(
        make(
            "Hi Pat, I'm reaching out on behalf of my client Umbra Health. They're hiring a Senior "
            "Developer. Are you open to a chat?\n\nSam Kerr\nTalentBridge Recruiting",
            subject="Senior Developer opportunity",
            sender="Sam Kerr <sam@talentbridge-recruiting.example>",
        )
    )
    assert client.kind is Kind.RECRUITER_OUTREACH
    assert client.company == "Umbra Health"
    secret = run(
        make(
            "Hi Pat, I'm partnering with a fintech client (I can't share the client name yet) "
            "hiring a Lead Engineer. Are you open to a call?\n\nSam Kerr\nTalentBridge Recruiting",
            subject="Lead Engineer - fintech",
            sender="Sam Kerr <sam@talentbridge-recruiting.example>",
        )
    )
    assert secret.kind is Kind.RECRUITER_OUTREACH
    assert secret.company is None


def test_company_from_signature_matching_domain() -> None:
    c = run(
        make(
            "Hi Pat, we'd like to invite you to a final round interview.\n\nJane Roe\nHead of Data, "
            "Northwind Robotics",
            subject="Final round",
            sender="Jane Roe <jane.roe@northwind-robotics.example>",
        )
    )
    assert c.company == "Northwind Robotics"
    assert c.company_domain == "northwind-robotics.example"


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("We're looking for a Founding Backend Engineer. No formal process yet.", "Founding Backend Engineer"),
        ("Gracias por tu interés en el puesto de Ingeniero/a de Plataforma. Nuestro equipo", "Ingeniero/a de Plataforma"),
        ("your application for the position of Network Automation Engineer. It was", "Network Automation Engineer"),
        ("We are hiring a Sr. Backend Engineer for the payments team.", "Sr. Backend Engineer"),
        ("Thank you for applying for Backend-Entwickler (m/w/d). Wir melden uns.", "Backend-Entwickler (m/w/d)"),
    ],
)  # fmt: skip
def test_a_role_ends_where_its_sentence_ends(text: str, role: str) -> None:
    from followthrough.classify.role import find_role

    assert find_role("", text, None) == role


def test_company_beside_a_department_in_the_display_name() -> None:
    result = run(
        make(
            "Dziękujemy za udział w procesie rekrutacji. Niestety zdecydowaliśmy się na innego "
            "kandydata.",
            subject="Informacja o wyniku rekrutacji",
            sender="Wisła Pay - Rekrutacja <no-reply@erecruiter.example>",
        )
    )
    assert result.company == "Wisła Pay"


def test_a_date_in_the_subject_is_not_a_company() -> None:
    result = run(
        make(
            "You are invited to the final round. Join with Zoom.",
            subject="Invitation: Final Round - Pat Doe @ Wed Mar 18, 2026 10am",
            sender="Alana Cruz <alana@example-co.example>",
        )
    )
    assert result.company not in {"Wed Mar", "Wed", "Mar"}


@pytest.mark.parametrize(
    ("subject", "role"),
    [
        ("Ihre Bewerbung als Product Designer", "Product Designer"),
        ("R-20417 Senior Software Engineer - next steps", "Senior Software Engineer"),
        ("Ops Data Analyst update", "Ops Data Analyst"),
        ("Hiring Manager at Quillon Health - quick chat?", None),
        ("Entrevista Product Designer – Azahar Pagos", "Product Designer"),
        ("Colloquio per Product Designer – quando sei libero/a?", "Product Designer"),
        ("Einladung zum Vorstellungsgespräch als Senior UX Designer", "Senior UX Designer"),
        ("Entretien pour le poste de Développeur Front-End", "Développeur Front-End"),
        ("Interview for Backend Engineer", "Backend Engineer"),
        ("Interview Coordinator role", None),
        ("Interviewer Relations Manager", "Interviewer Relations Manager"),
        ("Hemos recibido tu candidatura para Product Designer", "Product Designer"),
        ("Nous avons bien reçu votre candidature pour le poste de Data Analyst", "Data Analyst"),
        ("Regarding your application for Data Engineer II", "Data Engineer II"),
    ],
)
def test_the_words_around_a_title_in_a_subject_are_not_the_title(
    subject: str, role: str | None
) -> None:
    from followthrough.classify.role import find_role

    assert find_role(subject, "", None) == role
