"""Who a follow-up may go to: one person on the employer's side (``senders.reachable``)."""

from __future__ import annotations

import pytest

from followthrough.classify.senders import reachable
from followthrough.model import Person

ME = "sam.lee@example.com"


@pytest.mark.parametrize(
    ("name", "address", "company"),
    [
        ("Dana Cole", "dana.cole@copperleaf.example", "Copperleaf Energy"),
        ("Sarah", "sarah@startup.example", "Startup Labs"),
        (None, "priya@acme.example", "Acme"),
        ("Mark Bell", "mbell@keystone-recruit.example", "Juniper Vale Insurance"),  # agency
        ("Lena Vogt (Elbstrom)", "lena.vogt@elbstrom.example", "Elbstrom Mobility"),
    ],
)
def test_people_who_write_can_be_answered(name: str | None, address: str, company: str) -> None:
    assert reachable(Person(name, address), company=company, account=ME)


@pytest.mark.parametrize(
    ("name", "address", "company"),
    [
        # the company itself, sending from its recruiting software
        ("Quillfeather Health", "quillfeather@myworkdesk.example", "Quillfeather Health"),
        ("Acme", "acme@acme.example", "Acme"),
        # calendar robots, whatever the display name says
        ("Sam Lee (Google Calendar)", "calendar-notification@google.com", "Acme"),
        # shared mailboxes
        ("Acme Careers", "careers@acme.example", "Acme"),
        ("Talent Team", "jane@acme.example", "Acme"),
        ("Recruiting", "talent-acquisition@acme.example", "Acme"),
        ("Personalabteilung", "bewerbung@firma.example", "Firma GmbH"),
        # no-reply and notification addresses
        ("Acme", "no-reply@acme.example", "Acme"),
        ("Jobs", "notifications+123@acme.example", "Acme"),
        # platforms: ATS, scheduling, job boards
        ("Priya Raman", "priya@hire.lever.co", "Acme"),
        ("Marcus Caldwell", "marcus@calendly.com", "Acme"),
        # the candidate
        ("Sam Lee", ME, "Acme"),
    ],
)
def test_robots_platforms_and_mailboxes_are_not(
    name: str | None, address: str, company: str
) -> None:
    assert not reachable(Person(name, address), company=company, account=ME)


def test_nobody_without_an_address() -> None:
    assert not reachable(Person("Dana Cole", None), company="Acme", account=ME)
    assert not reachable(None)


def test_someone_at_a_platform_is_reachable_when_the_job_is_at_that_platform() -> None:
    anna = Person("Anna Berg", "anna.berg@zoom.us")
    assert reachable(anna, company="Zoom Communications")
    assert not reachable(anna, company="Acme Health")  # Zoom only carried Acme's meeting
