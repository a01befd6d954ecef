"""The domains of the other side of a message: where its company may be read from.

Outbound mail is to the employer, inbound mail from it (or from its calendar); the
account's own domain, freemail and the tools employers write through (ATS, schedulers)
name no company, so they are left out.
"""

from __future__ import annotations

from followthrough.classify import senders
from followthrough.classify.ical import CalendarEvent
from followthrough.keys import domain_of
from followthrough.mail.parse import ParsedMessage
from followthrough.model import Direction, Person


def other_domains(
    msg: ParsedMessage,
    direction: Direction,
    account: str | None,
    event: CalendarEvent | None,
    exclude: str | None = None,
) -> list[str]:
    """The correspondents' own domains, in the order the headers give them."""
    account_domain = domain_of(account)
    found: list[str] = []
    people: list[Person | None] = []
    if direction is Direction.OUT:
        people.extend(msg.to)
        people.extend(msg.cc)
    else:
        people.append(msg.sender)
        people.append(msg.reply_to)
        if event is not None:
            people.append(event.organizer)
            people.extend(event.attendees)
    for person in people:
        domain = domain_of(person.address if person else None)
        if (
            domain
            and domain != account_domain
            and domain != exclude
            and not senders.is_vendor_domain(domain)
            and not senders.is_freemail(domain)
            and domain not in found
        ):
            found.append(domain)
    return found
