"""The fields of inbound job mail: company, role, interview time, interviewers, reply-by.

The model says what kind of mail it is; the fields are read by rules, because they must
be the mail's own (a name as written, a time as offered), not a guess. The rules first
settle who is writing (a person, an agency, or a tool writing for an employer), since
that decides whether the sender's name and domain can name the company.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence

from followthrough.classify import senders
from followthrough.classify.company import find_company
from followthrough.classify.company_sender import domain_matches, name_from_domain
from followthrough.classify.company_text import actor_companies
from followthrough.classify.correspondents import other_domains
from followthrough.classify.ical import CalendarEvent
from followthrough.classify.panel import who_they_meet
from followthrough.classify.replyby import promised_date
from followthrough.classify.role import find_role
from followthrough.classify.when import find_times
from followthrough.classify.when_zones import home_zone
from followthrough.keys import compact, domain_of
from followthrough.mail import subject as subject_line
from followthrough.mail.parse import ParsedMessage
from followthrough.model import Classification, Direction, Kind, Person

_CLIENT = re.compile(r"(?i)\b(?:client|kunden?|cliente)\b")


def fields_in(
    msg: ParsedMessage,
    kind: Kind,
    newest: str,
    account: str | None,
    language: str,
    event: CalendarEvent | None,
    evidence: tuple[str, ...],
    confidence: float,
    history: str = "",
    known: Mapping[str, Sequence[Person]] | None = None,
) -> Classification:
    """The classification of inbound job mail the model took as ``kind``."""
    sender = msg.sender
    owner = account or (msg.to[0].address if msg.to else None)
    candidate_names = [p.name for p in (*msg.to, *msg.cc) if p.name and p.address == owner]
    sender_domain = domain_of(sender.address if sender else None)
    actors = actor_companies(f"{msg.subject}\n{newest}")
    display_key = compact(sender.name or "") if sender else ""
    # A tool writing for someone else ("on behalf of Acme", "your Acme test"): the
    # sender's own name and domain are the tool's, unless they spell that company.
    sender_label = senders.org_label(sender_domain)
    sender_is_vendor = senders.is_vendor_domain(sender_domain) or any(
        compact(a) not in display_key and not domain_matches(a, sender_label) for a in actors
    )
    agency_text = f"{sender.name if sender else ''}\n{newest[-400:]}"
    agency = (
        not sender_is_vendor
        and not senders.is_automated_address(sender.address if sender else None)
        and senders.looks_like_agency(agency_text, sender_domain)
        and (senders.looks_like_person(sender) or bool(_CLIENT.search(newest)))
    )
    # Interviewers.
    interviewers: tuple[Person, ...] = ()
    start: dt.datetime | None = None
    end: dt.datetime | None = None
    if kind is Kind.INTERVIEW_INVITE:
        # A forwarded confirmation ("FW: Interview confirmation") names the panel in
        # the forwarded part, which the quote splitter files as history.
        forwarded = subject_line.is_forward(msg.subject)
        interviewers = who_they_meet(
            text=f"{newest}\n\n{history}" if forwarded else newest,
            sender=sender,
            reply_to=msg.reply_to,
            to=msg.to,
            cc=msg.cc,
            event=event,
            account=account,
            sender_is_person=senders.looks_like_person(sender)
            and not senders.is_automated_address(sender.address if sender else None),
            org_words=_org_words(msg, event),
            known=known or {},
            thread=history,
            subject=msg.subject,
            reply=bool(msg.in_reply_to) or subject_line.is_reply(msg.subject),
        )
        if event is not None and event.start is not None:
            start, end = event.start, event.end
        elif msg.date is not None:
            start, end = _text_time(newest, msg.date, language)
    people_names = [*candidate_names, *(p.name or "" for p in interviewers)]
    if sender and senders.looks_like_person(sender):
        people_names.append(re.sub(r"\s*[|(].*$", "", sender.name or ""))
    if msg.reply_to is not None and senders.looks_like_person(msg.reply_to):
        # "Rafael Quintero via DocuSign", Reply-To Rafael Quintero: a person, not the firm
        people_names.append(msg.reply_to.name or "")
    in_domains = other_domains(
        msg, Direction.IN, account, event, exclude=sender_domain if sender_is_vendor else None
    )
    company, company_domain = find_company(
        subject=msg.subject,
        text=newest,
        sender=sender,
        domains=in_domains,
        people=people_names,
        sender_is_vendor=sender_is_vendor,
        agency=agency,
        history=history,
    )
    extra: dict[str, str] = {}
    if company is None and in_domains and not agency and senders.looks_like_person(sender):
        company, company_domain = name_from_domain(in_domains[0]), in_domains[0]
        extra["company.domain_label"] = "1"
    if agency and re.search(
        r"(?i)can't\s+share|cannot\s+share|confidential|unnamed|stealth", newest
    ):
        company, company_domain = None, None
    reply_by = None
    if kind not in (Kind.OFFER, Kind.REJECTION):
        reply_by = promised_date(newest, msg.date, day_first=language != "en")
    return Classification(
        kind=kind,
        company=company,
        role=find_role(msg.subject, newest, company),
        interview_start=start,
        interview_end=end,
        interviewers=interviewers,
        reply_by=reply_by,
        confidence=confidence,
        evidence=evidence,
        language=language,
        calendar_uid=event.uid if event is not None else None,
        company_domain=company_domain,
        extra=extra,
    )


def _org_words(msg: ParsedMessage, event: CalendarEvent | None) -> list[str]:
    """Words naming the organisations of this mail (domain labels): never a person's name."""
    people = [msg.sender, msg.reply_to, *(event.attendees if event else ())]
    labels = {senders.org_label(domain_of(p.address)) for p in people if p and p.address}
    split = [w for label in labels if label for w in re.split(r"[^a-z0-9]+", label) if len(w) > 2]
    return [*split, *(re.sub(r"[^a-z0-9]", "", label) for label in labels if label)]


def _text_time(
    text: str, sent: dt.datetime, language: str
) -> tuple[dt.datetime | None, dt.datetime | None]:
    """One interview time from prose; None when several alternatives are offered."""
    found = find_times(text, sent, day_first=language != "en", home=home_zone(sent, language))
    if not found:
        return None, None
    starts = sorted({f.when for f in found})
    if len(starts) > 1:
        first, second = sorted(found, key=lambda f: f.start)[:2]
        between = text[first.end : second.start]
        if re.search(r"(?i)\b(?:or|oder|ou|o|of)\b", between) or re.search(
            r"(?i)\beither\b|which\s+(?:one|works)|options?\b|slots?\b",
            text[max(0, first.start - 80) : second.end + 80],
        ):
            return None, None
    best = min(found, key=lambda f: f.when)
    return best.when, best.end_time
