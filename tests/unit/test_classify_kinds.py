"""Kinds of real-world mail shapes, in several languages."""

# Test messages are written out in full, one sentence per string.
# ruff: noqa: E501

from __future__ import annotations

import pytest

from followthrough.classify import classify_bytes
from followthrough.model import Classification, Direction, Kind
from tests.unit.mails import classified, message

ME = "pat.doe@example.com"


def make(
    body: str,
    *,
    subject: str = "Hello",
    sender: str = "Jane Roe <jane.roe@acme-robotics.example>",
    to: str = f"Pat Doe <{ME}>",
    date: str = "Tue, 03 Feb 2026 09:00:00 -0500",
    headers: dict[str, str] | None = None,
    html: bool = False,
    ics: str | None = None,
) -> bytes:
    return message(
        body, subject=subject, sender=sender, to=to, date=date, headers=headers, html=html, ics=ics
    )


def run(raw: bytes) -> Classification:
    return classified(raw, ME)


ATS = "Globex Careers <no-reply@globex.greenhouse-mail.example>"


def test_ats_ack_company_from_display_name() -> None:
    c = run(
        make(
            "Hi Pat,\n\nThanks for applying to Globex. We have received your application for the "
            "Site Reliability Engineer role and will review it shortly.\n\nGlobex Talent Team",
            subject="Thanks for applying!",
            sender=ATS,
        )
    )
    assert c.kind is Kind.APPLICATION_ACK
    assert c.company == "Globex"
    assert c.evidence


def test_next_steps_subject_that_is_only_an_ack() -> None:
    c = run(
        make(
            "Thanks for submitting your application for Data Analyst! Our recruiters review every "
            "application. If there is a match, we will contact you to schedule an introductory call.",
            subject="Next steps",
            sender="Initech Recruiting <jobs@initech.example>",
        )
    )
    assert c.kind is Kind.APPLICATION_ACK


def test_re_next_steps_that_is_a_rejection() -> None:
    c = run(
        make(
            "Hi Pat,\n\nThank you for your patience. After careful review we have decided to move "
            "forward with other candidates for this position.\n\nBest,\nJane",
            subject="Re: Next steps",
        )
    )
    assert c.kind is Kind.REJECTION
    assert c.company is not None


@pytest.mark.parametrize(
    "body",
    [
        "We have extended an offer to another candidate, so we will not proceed with your application.",
        "Unfortunately we are unable to offer you a position at this time.",
        "We won't be extending an offer for the role, but we enjoyed meeting you.",
        "The Platform Engineer position has been cancelled due to budget changes, so we are closing all applications.",
    ],
)
def test_rejections_that_mention_offer_or_cancelled_role(body: str) -> None:
    assert run(make(body, subject="Your application")).kind is Kind.REJECTION


def test_thank_you_subject_that_is_a_rejection() -> None:
    c = run(
        make(
            "Thank you for taking our assessment. We will not be moving forward with your candidacy.",
            subject="Thank you!",
            sender=ATS,
        )
    )
    assert c.kind is Kind.REJECTION


def test_offer_to_interview_is_an_invite() -> None:
    c = run(
        make(
            "We would like to offer you an interview. Please pick a time here: https://cal.example/x",
            subject="An offer to interview with Globex",
            sender=ATS,
        )
    )
    assert c.kind is Kind.INTERVIEW_INVITE


def test_real_offer() -> None:
    c = run(
        make(
            "Pat, we're delighted to offer you the Staff Engineer role. Your offer letter is attached.",
            subject="Your offer",
        )
    )
    assert c.kind is Kind.OFFER


def test_on_hold_is_a_recruiter_reply() -> None:
    c = run(
        make(
            "The role has been put on hold while we review budgets. I'll reach out when it reopens.",
            subject="Role update",
        )
    )
    assert c.kind is Kind.RECRUITER_REPLY


def test_assessment_from_test_platform() -> None:
    c = run(
        make(
            "Acme Robotics has invited you to take the Backend Assessment. Test duration: 90 minutes.",
            subject="Your coding assessment",
            sender="TestPlatform <no-reply@hackerrank.example>",
        )
    )
    assert c.kind is Kind.ASSESSMENT
    assert c.company == "Acme Robotics"


def test_cold_outreach() -> None:
    c = run(
        make(
            "Hi Pat, I'm a recruiter at Acme Robotics and came across your profile. Would you be open "
            "to a quick chat about a Senior Backend Engineer role?\n\nJane Roe\nRecruiter, Acme Robotics",
            subject="Backend role at Acme Robotics",
        )
    )
    assert c.kind is Kind.RECRUITER_OUTREACH
    assert c.company == "Acme Robotics"


@pytest.mark.parametrize(
    ("subject", "body", "kind"),
    [
        (
            "Ihre Bewerbung",
            "Sehr geehrter Herr Doe, leider müssen wir Ihnen mitteilen, dass wir uns für einen anderen Bewerber entschieden haben.",
            Kind.REJECTION,
        ),
        (
            "Eingangsbestätigung",
            "Hiermit bestätigen wir den Eingang Ihrer Bewerbung als Entwickler.",
            Kind.APPLICATION_ACK,
        ),
        (
            "Votre candidature",
            "Nous sommes au regret de vous informer que votre candidature n'a pas été retenue pour ce poste.",
            Kind.REJECTION,
        ),
        (
            "Entrevista",
            "Nos gustaría invitarte: invitación a una entrevista para el puesto de Analista.",
            Kind.INTERVIEW_INVITE,
        ),
        (
            "Candidatura",
            "Infelizmente decidimos seguir com outros candidatos para esta vaga.",
            Kind.REJECTION,
        ),
        (
            "Sollicitatie",
            "Helaas hebben we besloten om niet verder te gaan; we kozen een andere kandidaat voor de functie.",
            Kind.REJECTION,
        ),
        (
            "Oferta",
            "¡Enhorabuena! Nos complace ofrecerte el puesto. Adjuntamos la carta de oferta.",
            Kind.OFFER,
        ),
    ],
)
def test_other_languages(subject: str, body: str, kind: Kind) -> None:
    assert run(make(body, subject=subject)).kind is kind


@pytest.mark.parametrize(
    ("sender", "subject", "body", "headers"),
    [
        (
            "JobBoard <alerts@jobs.example>",
            "8 new Python Developer jobs for you",
            "Python Developer - Acme - Remote\nData Engineer - Globex - Berlin\nApply now. Manage alerts",
            {"List-Unsubscribe": "<https://u.example>", "Precedence": "bulk"},
        ),
        (
            "First Bank <offers@bank.example>",
            "A special offer just for you",
            "Congratulations! You're pre-approved. Accept this offer by March 1.",
            {},
        ),
        (
            "Shop <orders@shop.example>",
            "We've received your order",
            "Thanks! We received your order #123.",
            {},
        ),
        (
            "Dental Care <appt@dental.example>",
            "Appointment confirmed",
            "Your cleaning appointment is confirmed for Thursday, February 19 at 8:30 AM.",
            {},
        ),
        (
            "Globex <no-reply@globex.example>",
            "Reset your password",
            "Click the link to reset your password for your candidate account.",
            {},
        ),
        (
            "Jane Roe <jane.roe@acme-robotics.example>",
            "Automatic reply: Interview",
            "I am out of the office until Monday with limited access to email.",
            {"Auto-Submitted": "auto-replied"},
        ),
        (
            "Mail Delivery Subsystem <mailer-daemon@example.com>",
            "Delivery Status Notification (Failure)",
            "Your message to jane@acme.example could not be delivered.",
            {},
        ),
        (
            "Board <jobs-noreply@board.example>",
            "Your application was viewed by Acme",
            "Acme viewed your application for Data Engineer.",
            {},
        ),
        (
            "Kim <kim@example.net>",
            "drinks?",
            "how did the interview go?? hope you get the offer!",
            {},
        ),
        (
            "Remote Cash <hr@cash.example>",
            "JOB OFFER: $4,000/week",
            "Dear Candidate, no experience needed. Send your bank details to start.",
            {},
        ),
    ],
)
def test_hard_negatives_are_other(
    sender: str, subject: str, body: str, headers: dict[str, str]
) -> None:
    c = run(make(body, subject=subject, sender=sender, headers=headers))
    assert c.kind is Kind.OTHER
    assert c.company is None


def test_quoted_history_does_not_decide() -> None:
    body = (
        "Hi Pat,\n\nThanks for the update, we are still interviewing candidates and will be in touch.\n\nJane\n\n"
        "On Mon, Feb 2, 2026 at 9:00 AM Pat Doe <pat.doe@example.com> wrote:\n"
        "> I am delighted to accept the offer to interview. We regret to inform...\n"
    )
    assert run(make(body, subject="Re: Following up")).kind is Kind.RECRUITER_REPLY


def test_outbound_kinds() -> None:
    me = f"Pat Doe <{ME}>"
    thanks = run(
        make(
            "Thank you for taking the time to meet with me today about the Analyst role.",
            subject="Thank you",
            sender=me,
            to="Jane Roe <jane.roe@acme-robotics.example>",
        )
    )
    assert thanks.kind is Kind.THANK_YOU
    assert [p.address for p in thanks.interviewers] == ["jane.roe@acme-robotics.example"]
    follow = run(
        make(
            "I wanted to follow up on my interview last week. Is there any update on the timeline?",
            subject="Checking in",
            sender=me,
            to="jane.roe@acme-robotics.example",
        )
    )
    assert follow.kind is Kind.FOLLOW_UP
    accept = run(
        make(
            "I'm delighted to accept the offer and have signed the letter.",
            subject="Re: Offer",
            sender=me,
            to="jane.roe@acme-robotics.example",
        )
    )
    assert accept.kind is Kind.OTHER


def test_explicit_direction_wins() -> None:
    raw = make("Thank you for taking the time to speak with me.", subject="Thanks")
    _, c = classify_bytes(raw, account=ME, direction=Direction.OUT)
    assert c.kind is Kind.THANK_YOU
    assert run(raw).kind in (Kind.OTHER, Kind.RECRUITER_REPLY)


def test_auto_generated_ats_mail_is_not_an_auto_reply() -> None:
    # ATS notices carry "Auto-Submitted: auto-generated"; only "auto-replied" means out of office.
    c = run(
        make(
            "We regret to inform you that we have decided to move forward with other candidates for the Analyst role.",
            subject="Your application",
            sender=ATS,
            headers={"Auto-Submitted": "auto-generated"},
        )
    )
    assert c.kind is Kind.REJECTION
