"""Who the candidate meets: the one place that decides an invite's interviewers.

Thank-you drafts go one per interviewer (SPEC section 4), so this decides who gets
mail. Sources, most trusted first:

1. the calendar part: attendees that take part (rooms, resources and lists are dropped by
   :mod:`followthrough.classify.ical`), minus the candidate, minus the organiser or sender
   when others attend and the mail does not say they join ("with me");
2. the text: labels, meeting phrases and lists in every language the product reads
   (:mod:`followthrough.classify.panel.text`), titles split off, coordinators dropped;
3. the invite's To/Cc: a colleague copied in is an interviewer when the text names them;
4. the sender, when nobody else is named and the mail is a person booking their own call.

Every name is then joined to an address that some source gave: a calendar attendee, a
To/Cc/From entry, an address written next to the name in the text, or a person who wrote
earlier in the same search (``known``). Addresses are never made up from a name.

This module weighs the sources; reading them is done by :mod:`.text` (names in the
text), :mod:`.addresses` (joining names to addresses) and :mod:`.voice` (whether the
sender takes the call themselves).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from followthrough.classify.ical import CalendarEvent
from followthrough.classify.panel.addresses import full_names, join_address, people_in_text
from followthrough.classify.panel.items import Named
from followthrough.classify.panel.names import (
    ARRANGER,
    COORDINATOR,
    clean,
    flip,
    is_title,
    looks_like_name,
    same_person,
)
from followthrough.classify.panel.text import meets_unnamed, named_people
from followthrough.classify.panel.voice import (
    OWN_CALL,
    SHORT_CALL,
    WE_MEET,
    sender_joins,
    signature_title,
)
from followthrough.keys import domain_of
from followthrough.keys import spaced as fold
from followthrough.model import Person

__all__ = ["clean", "flip", "people_in_text", "recipients_thanked", "who_they_meet"]

_AUTOMATED = re.compile(
    r"(?i)^(?:no-?reply|do-?not-?reply|notifications?|calendar|invitations?|mailer)"
)


def _owner_keys(account: str | None, people: Iterable[Person | None]) -> tuple[set[str], set[str]]:
    """The candidate's addresses and folded names, as this message writes them."""
    addresses = {account.lower()} if account else set()
    names: set[str] = set()
    for person in people:
        if person and person.address and person.address in addresses and person.name:
            names.add(fold(clean(person.name)))
    return addresses, names


def _is_owner(person: Person, addresses: set[str], names: set[str]) -> bool:
    if person.address and person.address in addresses:
        return True
    return bool(person.name) and any(same_person(person.name or "", n) for n in names)


def _mentioned(person: Person, text: str) -> bool:
    """The text names this copied-in person (full or first name), not as a scheduler."""
    if not person.name:
        return False
    full = clean(person.name)
    first = full.split()[0] if full.split() else ""
    for probe in (full, first):
        if len(probe) < 3:
            continue
        for m in re.finditer(rf"(?<!\w){re.escape(probe)}(?!\w)", text):
            line_start = text.rfind("\n", 0, m.start()) + 1
            if re.match(
                r"(?i)\s*(?:hi|hello|dear|hey|hallo|bonjour|hola|olá|ciao|hej|cześć)\b",
                text[line_start : m.start()],
            ):
                continue
            after = text[m.end() : m.end() + 80].split(".")[0].split("\n")[0]
            if not COORDINATOR.search(after) and not ARRANGER.search(after):
                return True
    return False


def who_they_meet(
    *,
    text: str,
    sender: Person | None,
    reply_to: Person | None,
    to: Sequence[Person],
    cc: Sequence[Person],
    event: CalendarEvent | None,
    account: str | None,
    sender_is_person: bool,
    org_words: Iterable[str] = (),
    known: Iterable[Person] | Mapping[str, Sequence[Person]] = (),
    thread: str = "",
    reply: bool = False,
    subject: str = "",
) -> tuple[Person, ...]:
    """The interviewers of an invite, each with an address where any source gives one."""
    org_words = list(org_words)
    if account is None and to:
        account = to[0].address
    attendees = list(event.attendees) if event is not None else []
    organizer = event.organizer if event is not None else None
    owner_addresses, owner_names = _owner_keys(account, [*to, *cc, *attendees])
    named: list[Named] = [
        n
        for n in named_people(text, org_words=org_words)
        if not any(same_person(n.name, o) for o in owner_names)
    ]
    # "15 minutes with me about next steps" from a recruiter who lists a panel: a wrap-up,
    # not an interview.
    sender_arranges = bool(
        sender is not None and ARRANGER.search(signature_title(text, sender) or "")
    )
    says_self = sender_joins(text) and not (named and sender_arranges)
    schedulers = {p.address for p in (organizer, sender) if p is not None and p.address}
    # The sender named among others under a recruiting title ("coffee with Santiago
    # (Recruiting)") welcomes the candidate; they are not on the panel.
    arranger_names = [clean(p.name) for p in (organizer, sender) if p is not None and p.name]
    if len(named) > 1:
        named = [
            n
            for n in named
            if not (
                n.title
                and ARRANGER.search(n.title)
                and any(same_person(n.name, a) for a in arranger_names)
            )
        ]

    # 1. The calendar.
    panel: list[Person] = []
    for person in attendees:
        if _is_owner(person, owner_addresses, owner_names) or (
            person.address and _AUTOMATED.match(person.address)
        ):
            continue
        panel.append(Person(clean(person.name) if person.name else None, person.address))
    others = [p for p in panel if p.address not in schedulers]
    if others and not says_self:
        panel = [
            p
            for p in panel
            if p.address not in schedulers
            or any(p.name and same_person(n.name, p.name) for n in named)
            or (not named and not ARRANGER.search(signature_title(text, p) or ""))
        ]
    if (
        organizer is not None
        and organizer.address
        and not _AUTOMATED.match(organizer.address)
        and not _is_owner(organizer, owner_addresses, owner_names)
        and all(p.address != organizer.address for p in panel)
        and (says_self or (not panel and not named))
    ):
        panel.insert(
            0, Person(clean(organizer.name) if organizer.name else None, organizer.address)
        )

    if (
        says_self
        and sender is not None
        and sender.address
        and sender_is_person
        and all(p.address != sender.address for p in panel)
        and not _is_owner(sender, owner_addresses, owner_names)
    ):
        panel.insert(0, Person(clean(sender.name) if sender.name else None, sender.address))

    # 2. The text, joined to every address the mail and the search know.
    pool = [
        *panel,
        *attendees,
        *([organizer] if organizer else []),
        *to,
        *cc,
        *([sender] if sender else []),
        *([reply_to] if reply_to else []),
        *people_in_text(text),
        *people_in_text(thread),
    ]
    # People from earlier mail count only where they share a domain with this mail:
    # "Bethan" at one employer is not the Bethan of another.
    here = {
        domain_of(p.address)
        for p in (sender, reply_to, organizer, *attendees, *to, *cc)
        if p is not None and p.address
    }
    if isinstance(known, Mapping):
        pool.extend(p for domain in sorted(d for d in here if d) for p in known.get(domain, ()))
    else:
        pool.extend(p for p in known if p.address and domain_of(p.address) in here)
    pool = [Person(clean(p.name) if p.name else None, p.address) for p in pool if p is not None]
    written = [*full_names(text), *full_names(thread)]
    for n in named:
        match = next(
            (i for i, p in enumerate(panel) if p.name and same_person(p.name, n.name)), None
        )
        if match is not None:
            have = panel[match]
            longer = n.name if len(n.name) > len(have.name or "") else have.name
            panel[match] = Person(longer, have.address, n.title)
            continue
        joined = join_address(n.name, pool, written)
        if joined.address and any(p.address == joined.address for p in panel):
            continue
        if (
            not n.strong
            and not joined.address
            and not n.title
            and len(n.name.split()) > 1
            and fold(n.name) in fold(subject)
        ):
            continue  # "Harlow Point wants to meet you": the company, named in the subject
        if not joined.address or not _is_owner(joined, owner_addresses, owner_names):
            panel.append(Person(joined.name, joined.address, n.title))

    # 3. Colleagues copied in whom the text names.
    for person in [*to, *cc]:
        if (
            person.address
            and not _is_owner(person, owner_addresses, owner_names)
            and person.address not in schedulers
            and all(p.address != person.address for p in panel)
            and all(
                not (p.name and person.name and same_person(p.name, clean(person.name)))
                for p in panel
            )
            and (_mentioned(person, text) or _mentioned(person, thread))
        ):
            panel.append(Person(clean(person.name or ""), person.address))

    # 3b. A recruiter who copies in one colleague and names nobody: that colleague.
    sender_domain = domain_of(sender.address) if sender else None
    if not panel and sender is not None:
        copied = [
            p
            for p in cc
            if p.address
            and not _is_owner(p, owner_addresses, owner_names)
            and p.address not in schedulers
            and (p.name and looks_like_name(clean(p.name)))
        ]
        # A single colleague copied in on an invite is the one the candidate meets,
        # unless the sender says the call is theirs.
        if len(copied) == 1 and (
            sender_arranges
            or domain_of(copied[0].address) != sender_domain
            or not OWN_CALL.search(text)
        ):
            panel.append(Person(clean(copied[0].name or ""), copied[0].address))

    # 4. A person booking their own call.
    if (
        not panel
        and sender is not None
        and sender_is_person
        and (says_self or not meets_unnamed(text))
        and not _is_owner(sender, owner_addresses, owner_names)
    ):
        own = says_self or bool(OWN_CALL.search(text))
        # In a one-to-one thread the person who answers with a time is the one meeting.
        short = (bool(SHORT_CALL.search(text)) or reply) and not WE_MEET.search(text)
        signed = text[-300:]
        if (own or short) and (not COORDINATOR.search(signed) or own):
            name = clean(sender.name) if sender.name else None
            address = (
                reply_to.address if reply_to and reply_to.address else None
            ) or sender.address
            if (name and looks_like_name(name)) or own:
                panel.append(Person(name, address))
    return tuple(p for p in panel if not (p.name and is_title(p.name)))


def recipients_thanked(
    to: Sequence[Person], cc: Sequence[Person], text: str, account: str | None
) -> tuple[Person, ...]:
    """Who a thank-you thanks: its To (names in first-last order); Cc only when greeted."""
    owner = (account or "").lower()
    chosen = [p for p in to if p.address != owner]
    greeting = text.strip().split("\n", 1)[0] if text.strip() else ""
    for person in cc:
        first = clean(person.name or "").split()[:1]
        if (
            person.address != owner
            and first
            and re.search(rf"(?<!\w){re.escape(first[0])}(?!\w)", greeting)
        ):
            chosen.append(person)
    if not chosen:
        chosen = [p for p in cc if p.address != owner]
    return tuple(Person(clean(p.name) if p.name else None, p.address) for p in chosen)
