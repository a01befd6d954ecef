"""parse_message: headers, bodies and calendars from hand-built messages."""

from __future__ import annotations

import base64
import datetime as dt
from email.message import EmailMessage

import pytest

from followthrough.errors import MalformedMessageError
from followthrough.mail.parse import parse_message


def _msg(**headers: str) -> EmailMessage:
    msg = EmailMessage()
    for name, value in headers.items():
        msg[name.replace("_", "-")] = value
    return msg


def test_headers_addresses_and_date() -> None:
    msg = _msg(
        From='"Zoë Brandt" <Zoe.Brandt@Acme.example>',
        To="Pat Doe <pat@example.com>, other@example.org",
        Subject="Interview next week",
        Date="Tue, 03 Feb 2026 09:00:00 -0500",
        Message_ID="<abc@acme.example>",
        In_Reply_To="<prev@example.com>",
        References="<a@x> <prev@example.com>",
    )
    msg.set_content("Hello")
    parsed = parse_message(msg.as_bytes())
    assert parsed.sender is not None
    assert parsed.sender.address == "zoe.brandt@acme.example"
    assert parsed.sender.name == "Zoë Brandt"
    assert [p.address for p in parsed.to] == ["pat@example.com", "other@example.org"]
    assert parsed.message_id == "abc@acme.example"
    assert parsed.in_reply_to == "prev@example.com"
    assert parsed.references == ("a@x", "prev@example.com")
    assert parsed.date == dt.datetime(2026, 2, 3, 14, 0, tzinfo=dt.UTC)
    assert parsed.text == "Hello"


def test_rfc2047_name_and_naive_date_becomes_utc() -> None:
    raw = (
        b"From: =?utf-8?q?J=C3=BCrgen_K=C3=B6hler?= <jk@firma.example>\r\n"
        b"Subject: =?iso-8859-1?q?Eingangsbest=E4tigung?= Ihrer Bewerbung\r\n"
        b"Date: Mon, 2 Feb 2026 10:00:00\r\n\r\nHallo\r\n"
    )
    parsed = parse_message(raw)
    assert parsed.sender is not None
    assert parsed.sender.name == "Jürgen Köhler"
    assert parsed.subject == "Eingangsbestätigung Ihrer Bewerbung"
    assert parsed.date is not None
    assert parsed.date.tzinfo is not None


def test_html_only_body_drops_script_and_keeps_table_columns() -> None:
    msg = _msg(From="x@y.example", Subject="s")
    msg.set_content(
        "<html><head><style>p{}</style></head><body><script>alert(1)</script>"
        "<p>Dear Pat,</p><table><tr><td>Time</td><td>Interviewer</td></tr></table></body></html>",
        subtype="html",
    )
    parsed = parse_message(msg.as_bytes())
    assert parsed.html_only
    assert "alert" not in parsed.text
    assert "p{}" not in parsed.text
    assert "Dear Pat," in parsed.text
    assert "Time | Interviewer" in parsed.text


def test_plain_preferred_over_html() -> None:
    msg = _msg(From="x@y.example", Subject="s")
    msg.set_content("plain words")
    msg.add_alternative("<p>html words</p>", subtype="html")
    parsed = parse_message(msg.as_bytes())
    assert parsed.text == "plain words"
    assert not parsed.html_only


def test_calendar_parts_inline_base64_and_attachment() -> None:
    ics = "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n"
    msg = _msg(From="x@y.example", Subject="s")
    msg.set_content("see invite")
    msg.add_attachment(ics.encode(), maintype="application", subtype="ics", filename="invite.ics")
    msg.add_attachment(b"%PDF-1.4", maintype="application", subtype="pdf", filename="cv.pdf")
    parsed = parse_message(msg.as_bytes())
    assert len(parsed.calendars) == 1
    assert "METHOD:REQUEST" in parsed.calendars[0]
    assert parsed.attachments == ("invite.ics", "cv.pdf")


def test_unknown_charset_and_broken_base64_do_not_raise() -> None:
    body = base64.b64encode("Grüße aus Köln".encode()).decode()[:-3] + "!!"
    raw = (
        "From: a@b.example\r\nSubject: s\r\nMIME-Version: 1.0\r\n"
        'Content-Type: text/plain; charset="x-unknown-42"\r\n'
        "Content-Transfer-Encoding: base64\r\n\r\n" + body + "\r\n"
    ).encode()
    parsed = parse_message(raw)
    assert parsed.text.startswith("Gr")


def test_huge_body_is_capped() -> None:
    msg = _msg(From="a@b.example", Subject="big")
    msg.set_content("word " * 100_000)
    parsed = parse_message(msg.as_bytes())
    assert 0 < len(parsed.text) <= 200_000


def test_missing_headers_give_empty_fields() -> None:
    parsed = parse_message(b"X-Whatever: 1\r\n\r\nbody only")
    assert parsed.sender is None
    assert parsed.date is None
    assert parsed.subject == ""
    assert parsed.text == "body only"


@pytest.mark.parametrize("raw", [b"", b"   \r\n", b"no header here at all"])
def test_unusable_input_raises(raw: bytes) -> None:
    with pytest.raises(MalformedMessageError):
        parse_message(raw)


def test_kept_headers_are_lower_case() -> None:
    msg = _msg(
        From="a@b.example", Subject="s", Precedence="bulk", List_Unsubscribe="<https://u.example>"
    )
    msg.set_content("x")
    parsed = parse_message(msg.as_bytes())
    assert parsed.headers["precedence"] == "bulk"
    assert "list-unsubscribe" in parsed.headers
