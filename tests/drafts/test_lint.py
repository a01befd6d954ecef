"""The checks a draft must pass before it is written to the mailbox."""

from __future__ import annotations

import pytest

from followthrough.drafts.lint import MAX_CHARS, lint, paragraphs, thread_topic
from followthrough.drafts.render import Rendered, Renderer
from followthrough.model import DraftKind

TO = "anna.schmidt@wavecrest.example"
VALUES = {
    "first_name": "Anna",
    "company": "Wavecrest",
    "role": "Data Engineer",
    "user_name": "Sam Lee",
    "signature": "",
}
FILLER = "I remain very interested in the role and would be glad to hear about next steps. "


def draft(
    subject: str = "Thank you - Sam Lee, Data Engineer interview", body: str = ""
) -> Rendered:
    body = body or f"Hi Anna,\n\n{FILLER}{FILLER}\n\nBest regards,\nSam Lee\n"
    return Rendered(subject=subject, body=body)


def problems(rendered: Rendered, to: str | None = TO, thread: str = "Interview") -> list[str]:
    return lint(rendered, to_address=to, thread_subject=thread, values=VALUES)


def test_a_good_draft_passes() -> None:
    assert problems(draft()) == []


@pytest.mark.parametrize(
    "hole",
    [
        "{{ first_name }}",
        "{% if x %}",
        "${company}",
        "$company",
        "%s",
        "%(role)s",
        "[Your Name]",
        "<Role>",
        "{# note #}",
    ],
)
def test_unfilled_placeholders(hole: str) -> None:
    body = f"Hi Anna,\n\n{FILLER}{hole} {FILLER}\n\nBest regards,\nSam Lee\n"
    found = problems(draft(body=body))
    assert len(found) == 1
    assert found[0].startswith("unfilled placeholder")
    assert "in the body" in found[0]
    found = problems(draft(subject=f"Thank you - {hole}, Data Engineer interview"))
    assert found
    assert "in the subject" in found[0]


def test_empty_greeting_name() -> None:
    for greeting in ("Hi ,", "Hola, :", "Guten Tag ,"):
        body = f"{greeting}\n\n{FILLER}{FILLER}\n\nBest regards,\nSam Lee\n"
        assert problems(draft(body=body)) == [f"the greeting {greeting!r} has no name"]
    for greeting in ("Hello,", "Geachte heer, mevrouw,", "Buenos días:"):
        body = f"{greeting}\n\n{FILLER}{FILLER}\n\nBest regards,\nSam Lee\n"
        assert problems(draft(body=body)) == []


def test_template_syntax_inside_a_value_is_not_a_hole() -> None:
    values = {**VALUES, "company": "Acme {{ 7*7 }} %s"}
    body = f"Hi Anna,\n\nAt Acme {{{{ 7*7 }}}} %s. {FILLER}{FILLER}\n\nBest regards,\nSam Lee\n"
    rendered = draft(body=body)
    assert lint(rendered, to_address=TO, values=values) == []
    assert problems(rendered)  # without knowing the value, it is a hole


@pytest.mark.parametrize(
    "address",
    [
        "noreply@wavecrest.example",
        "no-reply@x.example",
        "careers@wavecrest.example",
        "talent+jobs@x.example",
        "notifications@ats.example",
    ],
)
def test_recipient_must_be_a_person(address: str) -> None:
    assert problems(draft(), to=address) == [
        f"the recipient {address} is a no-reply or team mailbox, not a person"
    ]


def test_no_recipient() -> None:
    assert problems(draft(), to=None) == ["there is no recipient address"]


def test_subject_must_match_the_thread() -> None:
    assert problems(draft(subject="Thank you - Sam Lee, interview at Wavecrest")) == []
    assert problems(draft(subject="Re: Interview at Wavecrest"), thread="Interview") == []
    assert problems(draft(subject="Re: Something else"), thread="Interview") != []
    assert problems(draft(subject="Re: Your interview"), thread="AW: Your interview") == []
    assert problems(draft(subject="re:  your INTERVIEW"), thread="Your interview") == []
    (found,) = problems(draft(subject="Thank you - Sam Lee"))
    assert found == (
        "the subject 'Thank you - Sam Lee' does not name the role 'Data Engineer' "
        "or the company 'Wavecrest'"
    )
    assert problems(draft(subject="")) == ["the subject is empty"]
    nothing_known = {**VALUES, "role": "", "company": ""}
    assert lint(draft(subject="Thank you - Sam Lee"), to_address=TO, values=nothing_known) == []


def test_thread_topic() -> None:
    assert thread_topic("Re: AW: Fwd: Interview") == "Interview"
    assert thread_topic("Reminder: Interview") == "Reminder: Interview"


def test_too_many_paragraphs() -> None:
    body = "Hi Anna,\n\n" + "".join(f"Paragraph {i}. {FILLER}\n\n" for i in range(5))
    body += "Best regards,\nSam Lee\n"
    assert len(paragraphs(body)) == 5
    assert problems(draft(body=body)) == ["the body has 5 paragraphs (at most 4)"]


def test_too_long_and_too_short() -> None:
    long = "Hi Anna,\n\n" + FILLER * 16 + "\n\nBest regards,\nSam Lee\n"
    (found,) = problems(draft(body=long))
    assert found.startswith("the body is")
    assert f"(at most {MAX_CHARS})" in found
    (found,) = problems(draft(body="Hi Anna,\n\nThanks.\n\nSam Lee\n"))
    assert found.endswith("(at least 150)")


def test_signature_does_not_count_towards_the_length() -> None:
    values = {**VALUES, "signature": "x" * 119}
    body = "Hi Anna,\n\n" + FILLER * 13 + "\n\nBest regards,\nSam Lee\n" + "x" * 119 + "\n"
    assert lint(draft(body=body), to_address=TO, values=values) == []


def test_paragraphs_skip_greeting_and_sign_off() -> None:
    assert paragraphs("Hi Anna,\n\nOne.\n\nTwo.\n\nBest,\nSam\n") == ["One.", "Two."]
    assert paragraphs("One.\n\nTwo.") == ["One."]


def test_a_broken_user_template_is_stopped(tmp_path: object) -> None:
    from pathlib import Path

    assert isinstance(tmp_path, Path)
    (tmp_path / "check_in.txt").write_text(
        "Subject: Checking in - {{ user_name }}\n\nHi [Name],\n\nAny news?\n", encoding="utf-8"
    )
    out = Renderer(tmp_path).render(DraftKind.CHECK_IN, VALUES)
    found = lint(out, to_address=TO, values=VALUES)
    assert found[0] == "unfilled placeholder '[Name]' in the body"
    assert any("does not name" in p for p in found)
    assert any("(at least 150)" in p for p in found)


def _facts(to: str, to_name: str | None = "Anna Schmidt", **values: str) -> list[str]:
    return lint(draft(), to_address=to, to_name=to_name, values=VALUES | values)


@pytest.mark.parametrize("company", ["Calendly", "DocuSign", "Greenhouse", "Google Calendar"])
def test_a_platform_taken_for_the_company_blocks_the_draft(company: str) -> None:
    found = _facts(TO, company=company, role="")
    assert any("platform" in p for p in found), found


def test_people_who_work_at_a_platform_still_get_their_drafts() -> None:
    assert _facts("anna@calendly.example", company="Calendly") == []
    assert _facts("anna@zoom.us", company="Zoom") == []


@pytest.mark.parametrize(
    ("first_name", "to", "to_name", "why"),
    [
        ("Wavecrest", TO, "Wavecrest Talent", "company's first word"),
        ("Recruiter", TO, "Recruiter", "not a name"),
        ("Frau", TO, "Frau Schmidt", "not a name"),
        ("Jsmith", "jsmith@wavecrest.example", None, "local part"),
    ],
)
def test_a_greeting_must_name_a_person(
    first_name: str, to: str, to_name: str | None, why: str
) -> None:
    found = _facts(to, to_name, first_name=first_name)
    assert any(why in p for p in found), found


def test_a_real_first_name_passes_the_facts() -> None:
    assert _facts("jsmith@wavecrest.example", "John Smith", first_name="John") == []
