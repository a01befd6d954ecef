"""Naming the hiring company where the newest part of a message does not.

Shapes from real mail: replies whose company is only in the quoted thread, the subject
or the recruiter's signature; domains that glue a multi-word name together; assessment
tools writing for an employer; agencies naming the client in the subject; and a
mailbox-wide directory that completes short or domain-only names.
"""

# Test messages are written out in full, one sentence per string.
# ruff: noqa: E501

from __future__ import annotations

import pytest

from followthrough.classify import CompanyDirectory
from followthrough.classify.company_sender import name_from_domain
from followthrough.model import Classification, Kind
from tests.unit.mails import classified, message

ME = "lee.moreau@example.net"


def make(
    body: str,
    *,
    subject: str,
    sender: str,
    to: str = f"Lee Moreau <{ME}>",
    date: str = "Wed, 11 Feb 2026 10:00:00 -0500",
    reply: bool = False,
) -> bytes:
    return message(
        body,
        subject=subject,
        sender=sender,
        to=to,
        date=date,
        in_reply_to="<earlier@example.net>" if reply else None,
    )


def run(raw: bytes, directory: CompanyDirectory | None = None) -> Classification:
    return classified(raw, ME, directory)


def test_company_from_signature_in_quoted_history() -> None:
    body = (
        "Hi Lee,\n\nThanks for the quick reply. I'll collect the panel's notes and get back to you by Friday.\n\nTariq\n\n"
        "On Mon, Feb 9, 2026 at 9:12 AM Tariq Benali <tariq.benali@marrowcreek.example> wrote:\n"
        "> Hi Lee, could you send over two references before the final round?\n"
        "> Thanks,\n"
        "> Tariq Benali | Talent Partner, Marrow Creek Foods\n"
    )
    c = run(
        make(
            body,
            subject="Re: References",
            sender="Tariq Benali <tariq.benali@marrowcreek.example>",
            reply=True,
        )
    )
    assert c.kind is Kind.RECRUITER_REPLY
    assert c.company == "Marrow Creek Foods"


def test_company_from_reply_subject_matching_domain() -> None:
    c = run(
        make(
            "Hi Lee,\n\nQuick update: the hiring manager is travelling this week, so we'll confirm the next step on Monday.\n\nBest,\nOla",
            subject="Re: Interview: Data Engineer at Harlow Point Energy",
            sender="Ola Strand <ola.strand@harlowpoint.example>",
            reply=True,
        )
    )
    assert c.company == "Harlow Point Energy"


def test_domain_label_respaced_from_text() -> None:
    c = run(
        make(
            "Hi Lee,\n\nI lead the data platform group at Blue Quarry and would love to tell you about a Staff Engineer opening on my team. Would you be open to a 20-minute call this week?\n\nNoor",
            subject="Staff Engineer opening",
            sender="Noor Haddad <noor@bluequarry.example>",
        )
    )
    assert c.kind is Kind.RECRUITER_OUTREACH
    assert c.company == "Blue Quarry"


def test_no_name_in_text_gives_readable_domain_name() -> None:
    c = run(
        make(
            "Hi Lee,\n\nThanks for your patience. We're still meeting a couple of candidates and expect to decide next week.\n\nNoor",
            subject="Re: Following up",
            sender="Noor Haddad <noor@quokkadata.example>",
            reply=True,
        )
    )
    assert c.company == "Quokka Data"


@pytest.mark.parametrize(
    ("domain", "name"),
    [
        ("quokkadata.io", "Quokka Data"),
        ("acmehq.com", "Acme"),
        ("brightpath-careers.com", "Brightpath"),
        ("ottervale.co.uk", "Ottervale"),
        ("northwind-labs.com", "Northwind Labs"),
        ("snowbirdai.com", "Snowbird AI"),
    ],
)
def test_name_from_domain(domain: str, name: str) -> None:
    assert name_from_domain(domain) == name


def test_assessment_tool_writing_for_the_employer() -> None:
    c = run(
        make(
            "Hi Lee,\n\nYou have been invited to complete the Backend Engineer assessment from Corvid Health. The test takes about 90 minutes and must be finished by February 18.\n\nStart your test: https://app.testrig.example/t/abc\n\nThe TestRig team",
            subject="Reminder: your Corvid Health coding test",
            sender="TestRig for Teams <support@testrig.example>",
        )
    )
    assert c.kind is Kind.ASSESSMENT
    assert c.company == "Corvid Health"


def test_agency_names_client_only_in_subject() -> None:
    c = run(
        make(
            "Lee,\n\nJust off the phone with the hiring manager: great feedback from Tuesday. They want to set up the second round and I'll come back with dates.\n\nChris\nBrookfield Talent Partners",
            subject="Feedback from Harlow Point",
            sender="Chris Ames <chris@brookfield-talent.example>",
        )
    )
    assert c.company == "Harlow Point"


def test_longer_spelling_from_signature_line() -> None:
    c = run(
        make(
            "Hi Lee,\n\nThank you for interviewing with Marrow Creek last week. We have decided to move forward with another candidate for this role.\n\nKind regards,\nAda Voss\nRecruiting, Marrow Creek Foods",
            subject="Your application",
            sender="Ada Voss <ada.voss@marrowcreek.example>",
        )
    )
    assert c.kind is Kind.REJECTION
    assert c.company == "Marrow Creek Foods"


def test_a_team_name_does_not_extend_the_company() -> None:
    c = run(
        make(
            "Hi Lee,\n\nThanks for applying to Kestrel. Your application for the Analytics Engineer role was received and the Kestrel Data team will review it shortly.\n\nKestrel Recruiting",
            subject="Thanks for applying",
            sender="Kestrel Recruiting <no-reply@kestrel.example>",
        )
    )
    assert c.kind is Kind.APPLICATION_ACK
    assert c.company == "Kestrel"


def test_directory_completes_domain_only_and_short_names() -> None:
    directory = CompanyDirectory()
    ack = run(
        make(
            "Thanks for applying to Harlow Point Energy! We have received your application for Data Engineer.",
            subject="Thanks for applying to Harlow Point Energy",
            sender="Harlow Point Energy Careers <no-reply@ats-mail.example>",
            date="Mon, 02 Feb 2026 09:00:00 -0500",
        ),
        directory,
    )
    assert ack.company == "Harlow Point Energy"
    later = run(
        make(
            "Hi Lee,\n\nThanks for checking in. No decision yet; I expect to have news next week.\n\nOla",
            subject="Re: Following up",
            sender="Ola Strand <ola.strand@harlowpoint.example>",
            reply=True,
        ),
        directory,
    )
    assert later.company == "Harlow Point Energy"
    agency = run(
        make(
            "Lee,\n\nGreat news: Harlow Point would like to meet you for a video interview next week. Could you share your availability?\n\nChris\nBrookfield Talent Partners",
            subject="Harlow Point wants to meet you",
            sender="Chris Ames <chris@brookfield-talent.example>",
        ),
        directory,
    )
    assert agency.company == "Harlow Point Energy"


def test_directory_settles_an_early_short_name() -> None:
    directory = CompanyDirectory()
    first = run(
        make(
            "Hi Lee,\n\nWe'd love to set up a technical screen for the Platform Engineer role. Could you share your availability?\n\nRui",
            subject="Platform Engineer - next steps",
            sender="Rui Costa <rui.costa@tidewell.example>",
        ),
        directory,
    )
    assert first.company == "Tidewell"
    run(
        make(
            "Hi Lee,\n\nThank you for your time today.\n\nRui Costa\nEngineering Manager, Tidewell Robotics",
            subject="Re: Platform Engineer - next steps",
            sender="Rui Costa <rui.costa@tidewell.example>",
            reply=True,
        ),
        directory,
    )
    assert directory.settle(first).company == "Tidewell Robotics"


def test_domain_spelling_inside_a_capitalised_run() -> None:
    c = run(
        make(
            "Hi Lee,\n\nFollowing our call, here is the summary you asked for. Speak soon.\n\nGreetings From Team Pelican Ridge",
            subject="Re: Our call",
            sender="Tariq Benali <tariq@pelicanridge.example>",
            reply=True,
        )
    )
    assert c.company == "Pelican Ridge"
