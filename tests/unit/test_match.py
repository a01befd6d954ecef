"""Matching a message to its application (SPEC section 3)."""

from __future__ import annotations

import datetime as dt

from followthrough.classify.senders import is_person_address
from followthrough.model import State
from followthrough.tracker.match import Candidate, Clues, match
from followthrough.tracker.names import company_key, same_company, same_role

T0 = dt.datetime(2026, 3, 1, tzinfo=dt.UTC)


def app(
    i: int,
    company: str,
    role: str | None = None,
    state: State = State.APPLIED,
    domains: tuple[str, ...] = (),
    days: int = 0,
) -> Candidate:
    return Candidate(
        id=i,
        company_key=company_key(company),
        role=role,
        state=state,
        domains=frozenset(domains),
        updated_at=T0 + dt.timedelta(days=days),
    )


def clues(
    company: str | None,
    role: str | None = None,
    domains: tuple[str, ...] = (),
    thread: int | None = None,
) -> Clues:
    return Clues(company=company, role=role, domains=frozenset(domains), thread_app=thread)


def test_thread_wins_over_everything() -> None:
    apps = [app(1, "Acme"), app(2, "Globex")]
    assert match(clues("Globex", thread=1), apps)[0] == 1


def test_ats_ack_and_company_recruiter_are_one_application() -> None:
    apps = [app(1, "Acme Robotics, Inc.", "Backend Engineer")]  # from a no-reply ATS mail
    found, _ = match(clues("ACME Robotics", "Backend Engineer", ("acmerobotics.example",)), apps)
    assert found == 1


def test_domain_matches_when_the_name_differs() -> None:
    apps = [app(1, "Pelican Ridge Health", domains=("pelicanridge.example",))]
    assert match(clues("Pelicanridge", domains=("pelicanridge.example",)), apps)[0] == 1


def test_two_roles_at_one_company_are_two_applications() -> None:
    apps = [app(1, "Acme", "Data Analyst")]
    assert match(clues("Acme", "Analytics Engineer"), apps)[0] is None
    assert match(clues("Acme", "Senior Data Analyst"), apps)[0] == 1


def test_no_role_joins_the_most_recent_open_application() -> None:
    apps = [
        app(1, "Acme", "Data Analyst", State.REJECTED, days=5),
        app(2, "Acme", "Analytics Engineer", State.INTERVIEWED, days=1),
    ]
    assert match(clues("Acme"), apps)[0] == 2


def test_a_role_fills_an_application_that_had_none() -> None:
    apps = [app(1, "Acme", None)]
    assert match(clues("Acme", "Platform Engineer"), apps)[0] == 1


def test_unknown_company_is_a_new_application() -> None:
    assert match(clues("Initech"), [app(1, "Acme")])[0] is None


def test_names() -> None:
    assert company_key("Wrenfield Capital GmbH") == "wrenfield capital"
    assert same_company("pelicanridge", "pelican ridge health")
    assert not same_company("acme", "globex")
    assert same_role("Backend Engineer (Senior)", "Senior Backend Engineer")
    assert not same_role("Data Analyst", "Analytics Engineer")
    assert not is_person_address("no-reply@ats.example")
    assert not is_person_address("notifications+abc@ats.example")
    assert is_person_address("ana.diaz@acme.example")


def test_a_name_with_extra_words_still_meets_its_application() -> None:
    apps = [app(1, "Ravensworth Payments")]
    assert match(clues("Ravensworth Payments Group Holdings"), apps)[0] == 1


def test_letters_without_a_decomposition_fold_too() -> None:
    assert company_key("Wisła Pay") == company_key("Wisla Pay") == "wisla pay"
    assert company_key("Straße Logistik") == "strasse logistik"


def test_a_role_variant_one_of_its_messages_named_is_the_same_job() -> None:
    seen = Candidate(
        id=1,
        company_key="brightwell health",
        role="Senior Software Engineer, Backend",
        state=State.INTERVIEW_SCHEDULED,
        domains=frozenset(),
        updated_at=T0,
        roles=frozenset({"Backend (Care Platform)"}),
    )
    assert match(clues("Brightwell Health", "Backend (Care Platform)"), [seen])[0] == 1
    other = Candidate(
        id=2,
        company_key="brightwell health",
        role="Data Analyst",
        state=State.APPLIED,
        domains=frozenset(),
        updated_at=T0,
    )
    assert match(clues("Brightwell Health", "Backend (Care Platform)"), [other])[0] is None
