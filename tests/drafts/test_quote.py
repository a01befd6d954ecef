"""A reply's subject and the quote of the answered message (drafts.quote)."""

from __future__ import annotations

from email.message import EmailMessage
from zoneinfo import ZoneInfo

import pytest

from followthrough.drafts.quote import MAX_LINES, quote, reply_subject

BERLIN = ZoneInfo("Europe/Berlin")


def _raw(body: str, *, html: bool = False, name: str = "Katrin Vogel") -> bytes:
    msg = EmailMessage()
    msg["From"] = f"{name} <katrin@lindenhain.example>"
    msg["To"] = "jordan@example.com"
    msg["Subject"] = "Ihre Bewerbung"
    msg["Date"] = "Tue, 27 Oct 2026 09:15:00 +0100"
    msg.set_content(body, subtype="html" if html else "plain")
    return msg.as_bytes()


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("Interview for Backend Engineer", "Re: Interview for Backend Engineer"),
        ("RE: AW: Re: Interview", "Re: Interview"),
        ("Fwd: Next steps", "Re: Next steps"),
        ("Re:\u202e evil\x07 subject", "Re: evil subject"),
        ("", ""),
        ("Re: ", ""),
    ],
)
def test_reply_subject_has_one_prefix_and_their_words(subject: str, expected: str) -> None:
    assert reply_subject(subject) == expected


def test_the_quote_names_the_writer_in_the_draft_s_language_and_marks_every_line() -> None:
    block = quote(_raw("Hallo Jordan,\n\nleider müssen wir absagen.\n"), language="de", tz=BERLIN)
    head, *lines = block.rstrip("\n").split("\n")
    assert head == "Am 27. Oktober schrieb Katrin Vogel:"
    assert lines == ["> Hallo Jordan,", ">", "> leider müssen wir absagen."]
    english = quote(_raw("Hello"), language="en", tz=BERLIN)
    assert english.startswith("On October 27, Katrin Vogel wrote:\n")


def test_the_quote_is_bounded_and_holds_no_control_characters() -> None:
    body = "\n".join(f"line {i}\x1b[31m" for i in range(500))
    block = quote(_raw(body), language="en", tz=BERLIN)
    lines = block.rstrip("\n").split("\n")[1:]
    assert len(lines) == MAX_LINES + 1
    assert lines[-1] == "> [...]"
    assert "\x1b" not in block


def test_an_html_only_message_is_quoted_as_its_text() -> None:
    block = quote(
        _raw("<p>Hi Jordan,</p><script>x()</script><p>See you <b>Monday</b>.</p>", html=True),
        language="en",
        tz=BERLIN,
    )
    assert "> Hi Jordan," in block
    assert "See you Monday." in block
    assert "<" not in block.split("\n", 1)[1]
    assert "x()" not in block


def test_a_message_without_text_gives_no_quote() -> None:
    assert quote(_raw("   \n\n"), language="en", tz=BERLIN) == ""
