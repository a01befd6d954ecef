"""Decide the kind of one parsed message and extract its fields.

Direction first (it limits the possible kinds). Hard rules then settle only what cannot
be the employer writing: bounces and out-of-office replies. Everything else is decided
by the learned model (:mod:`followthrough.classify.learned`), which weighs the words of
the subject and of the newest part of the body together with the sender, the headers,
a calendar part, the phrase rules that fired and the mailbox's context (a reply in a
conversation already taken as job mail, a domain already linked to an employer). Its
probability is the confidence; the fields of job mail are then extracted by rules.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from followthrough.classify import noise, senders
from followthrough.classify.company import find_company
from followthrough.classify.company_sender import domain_matches, name_from_domain
from followthrough.classify.company_text import actor_companies
from followthrough.classify.directory import CompanyDirectory
from followthrough.classify.ical import CalendarEvent, main_event
from followthrough.classify.learned import features
from followthrough.classify.learned import model as learned_model
from followthrough.classify.panel import recipients_thanked, who_they_meet
from followthrough.classify.quote import split_quoted
from followthrough.classify.replyby import promised_date
from followthrough.classify.role import find_role
from followthrough.classify.rules import INBOUND_RULES
from followthrough.classify.rules_out import OUTBOUND_RULES
from followthrough.classify.when import find_times
from followthrough.classify.when_zones import home_zone
from followthrough.keys import compact, domain_of
from followthrough.mail import subject as subject_line
from followthrough.mail.direction import direction_of
from followthrough.mail.parse import ParsedMessage
from followthrough.model import Classification, Direction, Kind, Person

log = logging.getLogger(__name__)

_CONDITIONAL = re.compile(
    r"^\s*(?:if|should|in\s+case|unless|wenn|falls|sollten?|si|caso|indien|mocht)\b", re.IGNORECASE
)
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+|\n{2,}")
_INTERVIEWISH = re.compile(
    r"(?i)interview|screen|entretien|entrevista|gespräch|gesprek|onsite|on-site|round|panel|hiring|recruit|candidate|"
    r"technical|chat\s+with|intro\s+call|kennenlernen|vorstellung"
)
_CLIENT = re.compile(r"(?i)\b(?:client|kunden?|cliente)\b")
_LANG_WORDS = {
    "de": re.compile(r"(?i)\b(?:und|der|die|das|ihre?|wir|sie|nicht|mit|für|bei|vielen|grüße)\b"),
    "fr": re.compile(r"(?i)\b(?:et|le|la|les|vous|nous|votre|pour|avec|une|des|bonjour)\b"),
    "es": re.compile(r"(?i)\b(?:y|el|los|las|tu|su|para|con|una|hola|gracias|por)\b"),
    "pt": re.compile(r"(?i)\b(?:e|o|os|as|você|sua|seu|para|com|uma|olá|obrigad[oa]|não)\b"),
    "nl": re.compile(r"(?i)\b(?:en|het|de|een|je|jij|wij|voor|met|bedankt|niet)\b"),
    "en": re.compile(r"(?i)\b(?:and|the|you|your|we|for|with|to|thanks|thank|our)\b"),
}


def detect_language(text: str) -> str:
    """A two-letter code from function-word counts (good enough to pick phrasing rules)."""
    sample = text[:1000]
    counts = {lang: len(rx.findall(sample)) for lang, rx in _LANG_WORDS.items()}
    counts["nl"] = int(counts["nl"] * 0.8)
    counts["pt"] = int(counts["pt"] * 0.8)
    return max(counts, key=lambda k: counts[k]) if any(counts.values()) else "en"


def _flatten(text: str) -> str:
    text = text.replace("’", "'").replace("‘", "'").replace("\u00a0", " ")
    return " ".join(text.split()).lower()


def decision_text(newest: str) -> str:
    """The newest part without wholly conditional sentences ("If you are not selected, ...")."""
    kept = [s for s in _SENTENCE_SPLIT.split(newest) if s.strip() and not _CONDITIONAL.match(s)]
    return _flatten(" ".join(kept))


def _domains(
    msg: ParsedMessage,
    direction: Direction,
    account: str | None,
    event: CalendarEvent | None,
    exclude: str | None = None,
) -> list[str]:
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


def _calendar_is_interview(event: CalendarEvent, text: str, job: bool) -> bool:
    blob = f"{event.summary}\n{event.description}"
    return bool(_INTERVIEWISH.search(blob)) or (job and bool(_INTERVIEWISH.search(text)))


def _owner(
    msg: ParsedMessage, account: str | None, direction: Direction | None
) -> tuple[str | None, Direction]:
    """The normalised account and the direction: mail from the account is outbound."""
    account = account.strip().lower() if account else None
    if direction is None:  # no folder and no aliases known: the account alone says
        direction = direction_of(msg.sender.address if msg.sender else None, [account])
    return account, direction


def model_features(
    msg: ParsedMessage,
    *,
    account: str | None = None,
    direction: Direction | None = None,
    known_employer: bool = False,
    job_thread: bool = False,
) -> tuple[Direction, list[str]]:
    """The direction and the model's feature strings of ``msg``, exactly as
    :func:`classify_parsed` computes them (training reads mail through this)."""
    account, direction = _owner(msg, account, direction)
    newest, _history = split_quoted(msg.text)
    flat, subject = decision_text(newest), _flatten(msg.subject)
    if direction is Direction.OUT:
        ctx = features.Context(Direction.OUT, newest, flat, subject, account, None)
    else:
        ctx = context_in(msg, newest, flat, subject, account, known_employer, job_thread)
    return direction, features.extract(msg, ctx)


def classify_parsed(
    msg: ParsedMessage,
    *,
    account: str | None = None,
    direction: Direction | None = None,
    directory: CompanyDirectory | None = None,
) -> Classification:
    """See :func:`followthrough.classify.classify`."""
    account, direction = _owner(msg, account, direction)
    sender_addr = msg.sender.address if msg.sender else None
    newest, history = split_quoted(msg.text)
    flat, subject = decision_text(newest), _flatten(msg.subject)
    language = detect_language(newest or msg.subject)
    if direction is Direction.OUT:
        result = _classify_out(msg, newest, flat, subject, account, language, history)
    else:
        # Mail from a domain this mailbox already links to an employer is hiring mail
        # even when it says only "No decision yet, I'll have news next week".
        sender_domain = domain_of(sender_addr)
        known = directory is not None and directory.writes_job_mail(sender_domain)
        thread = directory is not None and directory.in_job_thread(
            (msg.in_reply_to, *msg.references)
        )
        people: Mapping[str, Sequence[Person]] = directory.people() if directory is not None else {}
        result = _classify_in(
            msg, newest, flat, subject, account, language, history, known, thread, people
        )
    if directory is not None and result.kind is not Kind.OTHER:
        directory.note_people(
            [msg.sender, msg.reply_to, *msg.to, *msg.cc, *result.interviewers], owner=account
        )
        domain = domain_of(sender_addr) if direction is Direction.IN else None
        own = domain and not senders.is_vendor_domain(domain) and not senders.is_freemail(domain)
        directory.note_job_mail(msg.message_id, domain if own else None)
    if directory is not None and result.kind is not Kind.OTHER and result.company:
        return _with_directory(result, directory)
    return result


def _with_directory(result: Classification, directory: CompanyDirectory) -> Classification:
    """Use (and feed) the names this mailbox has already confirmed for a domain."""
    domain = result.company_domain
    guessed = "company.domain_label" in result.extra
    if result.company and not guessed:
        if domain:
            directory.learn(domain, result.company)
        else:
            directory.remember(result.company)
        known = directory.lookup(domain) if domain else None
        if not (known and known.lower().startswith(result.company.lower())):
            known = directory.fuller(result.company)
        if known and len(known) > len(result.company):
            return replace(result, company=known)
        return result
    if not domain:
        return result
    known = directory.employer_name(domain)
    if known:
        extra = {k: v for k, v in result.extra.items() if k != "company.domain_label"}
        return replace(result, company=known, extra=extra)
    return result


def _other(evidence: str, language: str, confidence: float = 0.9) -> Classification:
    return Classification(
        kind=Kind.OTHER, evidence=(evidence,), confidence=confidence, language=language
    )


def _learned(msg: ParsedMessage, ctx: features.Context) -> tuple[Kind, float, list[str]]:
    """The model's kind, its probability, and the evidence a user is shown for it."""
    found = features.extract(msg, ctx)
    pred = learned_model.load().predict(features.buckets(found), ctx.direction)
    kind, probability = pred.kind, pred.probability
    ranked = ", ".join(f"{k.value} {p:.2f}" for k, p in pred.ranked[:3])
    evidence = [f"model: {ranked}"]
    strong = [Kind(f[4:]) for f in found if f.startswith("rk3:") and f[4:] != Kind.OTHER.value]
    if kind is Kind.OTHER and strong and probability < CLEARLY_NOISE:
        # The phrase rules say plainly what the model doubts ("wir möchten Sie zu einem
        # Vorstellungsgespräch einladen" in two lines): take the rules' kind, but as a
        # doubt, below the review threshold, so the user settles it before it counts.
        kind = max(strong, key=pred.of)
        probability = min(DOUBT, 1.0 - probability)
        evidence.append("doubt: phrase rules disagree with the model")
    elif kind is Kind.OTHER and probability < CLEARLY_NOISE and _in_conversation(msg, ctx):
        # A person at an employer this mailbox deals with, or a reply in one of its
        # hiring conversations, is job mail unless clearly noise; which kind is a doubt.
        kind = next(k for k, _p in pred.ranked if k is not Kind.OTHER)
        probability = DOUBT
        evidence.append("doubt: job conversation, kind unclear")
    rules = [f[2:] for f in found if f.startswith("r:") and _RULE_KIND.get(f[2:]) is kind]
    return kind, round(probability, 3), [*evidence, *rules]


def _in_conversation(msg: ParsedMessage, ctx: features.Context) -> bool:
    if ctx.direction is not Direction.IN or not (ctx.job_thread or ctx.known_employer):
        return False
    sender = msg.sender
    return (
        senders.looks_like_person(sender)
        and not senders.is_automated_address(sender.address if sender else None)
        and not noise.is_bulk(msg.headers)
    )


#: ``other`` at least this sure is noise whatever phrase rules fired (an alert that
#: quotes "interview tips"); below it, strong rules make the message a doubt.
CLEARLY_NOISE = 0.9
#: The confidence of a doubt: under ``[review] min_confidence``'s default, so it waits.
DOUBT = 0.5


#: The kind each phrase rule votes for, to show the rules that agree with the model.
_RULE_KIND: dict[str, Kind] = {r.name: r.kind for r in (*INBOUND_RULES, *OUTBOUND_RULES)}


def _classify_out(
    msg: ParsedMessage,
    newest: str,
    flat: str,
    subject: str,
    account: str | None,
    language: str,
    history: str = "",
) -> Classification:
    ctx = features.Context(Direction.OUT, newest, flat, subject, account, None)
    kind, confidence, evidence = _learned(msg, ctx)
    if kind is Kind.OTHER:
        return _other_with(evidence, language, confidence)
    domains = _domains(msg, Direction.OUT, account, None)
    people = [p.name or "" for p in (*msg.to, *msg.cc)] + [
        msg.sender.name or "" if msg.sender else ""
    ]
    company, company_domain = find_company(
        subject=msg.subject,
        text=newest,
        sender=None,
        domains=domains,
        people=people,
        sender_is_vendor=False,
        agency=False,
        history=history,
    )
    extra: dict[str, str] = {}
    if company is None and domains:
        company, company_domain = name_from_domain(domains[0]), domains[0]
        extra["company.domain_label"] = "1"
    interviewers = (
        recipients_thanked(msg.to, msg.cc, newest, account) if kind is Kind.THANK_YOU else ()
    )
    return Classification(
        kind=kind,
        company=company,
        role=find_role(msg.subject, newest, company),
        interviewers=interviewers,
        confidence=confidence,
        evidence=tuple(evidence),
        language=language,
        company_domain=company_domain,
        extra=extra,
    )


def context_in(
    msg: ParsedMessage,
    newest: str,
    flat: str,
    subject: str,
    account: str | None,
    known_employer: bool = False,
    job_thread: bool = False,
) -> features.Context:
    """What the model is told about an inbound message besides its text."""
    event = main_event(msg.calendars) if msg.calendars else None
    job_words = noise.has_job_context(msg.subject, newest)
    job = known_employer or job_words
    interviewish = event is not None and _calendar_is_interview(event, newest, job)
    return features.Context(
        Direction.IN, newest, flat, subject, account, event, known_employer, interviewish,
        job_thread, job_words,
    )  # fmt: skip


def _classify_in(
    msg: ParsedMessage,
    newest: str,
    flat: str,
    subject: str,
    account: str | None,
    language: str,
    history: str = "",
    known_employer: bool = False,
    job_thread: bool = False,
    people: Mapping[str, Sequence[Person]] | None = None,
) -> Classification:
    # Hard rules only where a message cannot be the employer writing: a bounce, an
    # out-of-office reply. Everything else is the model's judgement over all the clues.
    if noise.is_bounce(msg.sender, msg.subject, msg.headers):
        return _other("noise.bounce", language, 0.97)
    if noise.is_auto_reply(msg.headers, msg.subject, newest):
        return _other("noise.auto_reply", language, 0.97)
    ctx = context_in(msg, newest, flat, subject, account, known_employer, job_thread)
    kind, confidence, evidence = _learned(msg, ctx)
    if kind is Kind.OTHER:
        return _other_with(evidence, language, confidence)
    if ctx.calendar_interviewish and kind is Kind.INTERVIEW_INVITE:
        evidence.append("calendar.request")
    return _fields_in(
        msg,
        kind,
        newest,
        account,
        language,
        ctx.event,
        tuple(evidence),
        confidence,
        history,
        people,
    )


def _other_with(evidence: list[str], language: str, confidence: float) -> Classification:
    return Classification(
        kind=Kind.OTHER, evidence=tuple(evidence), confidence=confidence, language=language
    )


def _fields_in(
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
    in_domains = _domains(
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
