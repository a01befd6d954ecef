"""Building small test messages for the classifier tests, in one place."""

from __future__ import annotations

from email.message import EmailMessage

from followthrough.classify import CompanyDirectory, classify_bytes
from followthrough.model import Classification


def message(
    body: str,
    *,
    subject: str,
    sender: str,
    to: str,
    date: str,
    headers: dict[str, str] | None = None,
    html: bool = False,
    ics: str | None = None,
    in_reply_to: str | None = None,
) -> bytes:
    """An RFC 5322 message: a text (or HTML) body, optionally with a calendar invite."""
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = date
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
    for name, value in (headers or {}).items():
        msg[name] = value
    msg.set_content(body, subtype="html" if html else "plain")
    if ics is not None:
        msg.add_alternative(ics, subtype="calendar", params={"method": "REQUEST"})
    return msg.as_bytes()


def classified(
    raw: bytes, account: str, directory: CompanyDirectory | None = None
) -> Classification:
    return classify_bytes(raw, account=account, directory=directory)[1]
