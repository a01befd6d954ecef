"""Decide the kind of one parsed message and extract its fields.

Direction first (it limits the possible kinds). Hard rules then settle only what cannot
be the employer writing: bounces and out-of-office replies. Everything else is decided
by the learned model (:mod:`followthrough.classify.learned`), which weighs the words of
the subject and of the newest part of the body together with the sender, the headers,
a calendar part, the phrase rules that fired and the mailbox's context (a reply in a
conversation already taken as job mail, a domain already linked to an employer). Its
probability is the confidence; the fields of job mail are then extracted by rules.

The steps live in modules of their own: :mod:`.decision_text` and :mod:`.language`
prepare the text, :mod:`.verdict` asks the model, :mod:`.fields_in` and
:mod:`.fields_out` extract the fields. This module runs them in order and keeps the
mailbox's :class:`~followthrough.classify.directory.CompanyDirectory` up to date; the
rest of the code imports from here.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import replace

from followthrough.classify import noise, senders
from followthrough.classify.decision_text import decision_text, flatten
from followthrough.classify.directory import CompanyDirectory
from followthrough.classify.fields_in import fields_in
from followthrough.classify.fields_out import fields_out
from followthrough.classify.language import detect_language
from followthrough.classify.learned import features
from followthrough.classify.quote import split_quoted
from followthrough.classify.verdict import CLEARLY_NOISE, DOUBT, context_in, learned_verdict
from followthrough.keys import domain_of
from followthrough.mail.direction import direction_of
from followthrough.mail.parse import ParsedMessage
from followthrough.model import Classification, Direction, Kind, Person

__all__ = [
    "CLEARLY_NOISE",
    "DOUBT",
    "classify_parsed",
    "context_in",
    "decision_text",
    "detect_language",
    "model_features",
]

log = logging.getLogger(__name__)


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
    flat, subject = decision_text(newest), flatten(msg.subject)
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
    flat, subject = decision_text(newest), flatten(msg.subject)
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
    kind, confidence, evidence = learned_verdict(msg, ctx)
    if kind is Kind.OTHER:
        return _other_with(evidence, language, confidence)
    return fields_out(msg, kind, newest, account, language, confidence, evidence, history)


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
    kind, confidence, evidence = learned_verdict(msg, ctx)
    if kind is Kind.OTHER:
        return _other_with(evidence, language, confidence)
    if ctx.calendar_interviewish and kind is Kind.INTERVIEW_INVITE:
        evidence.append("calendar.request")
    return fields_in(
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
