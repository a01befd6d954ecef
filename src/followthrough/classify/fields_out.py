"""The fields of the candidate's own job mail: the company, the role, who is thanked.

Outbound mail is written to the employer, so its recipients name the company (their
domain, or the name the text gives) and a thank-you thanks them.
"""

from __future__ import annotations

from followthrough.classify.company import find_company
from followthrough.classify.company_sender import name_from_domain
from followthrough.classify.correspondents import other_domains
from followthrough.classify.panel import recipients_thanked
from followthrough.classify.role import find_role
from followthrough.mail.parse import ParsedMessage
from followthrough.model import Classification, Direction, Kind


def fields_out(
    msg: ParsedMessage,
    kind: Kind,
    newest: str,
    account: str | None,
    language: str,
    confidence: float,
    evidence: list[str],
    history: str = "",
) -> Classification:
    """The classification of outbound job mail the model took as ``kind``."""
    domains = other_domains(msg, Direction.OUT, account, None)
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
