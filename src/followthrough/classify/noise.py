"""Recognise mail that is never a job-search event, whatever words it contains.

Out-of-office replies, bounces, bulk mail (job alerts, newsletters, marketing), account
mail (password resets, e-mail verification), scams and mail with no hiring context at
all are ``other``. These checks look at headers and structure first (Auto-Submitted,
Precedence, List-Unsubscribe, mailer-daemon senders) because those do not depend on
the language or the wording.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from followthrough.model import Person

_AUTO_SUBJECT = re.compile(
    r"(?i)^\s*(?:automatic\s+reply|auto(?:matic)?[-\s]?reply|autoreply|out\s+of\s+(?:the\s+)?office|ooo\b|"
    r"abwesenheitsnotiz|automatische\s+antwort|réponse\s+automatique|absence\s+du\s+bureau|respuesta\s+automática|"
    r"fuera\s+de\s+la\s+oficina|resposta\s+automática|ausente|automatisch\s+antwoord|afwezig)"
)
_OOO_BODY = re.compile(
    r"(?i)\b(?:i\s+am|i'm)\s+(?:currently\s+)?(?:out\s+of\s+(?:the\s+)?office|on\s+(?:vacation|leave|holiday|pto))|"
    r"limited\s+access\s+to\s+e-?mail|bin\s+(?:bis|vom)\s+.{0,40}\s+nicht\s+im\s+büro|je\s+suis\s+absente?"
)
_BOUNCE_SUBJECT = re.compile(
    r"(?i)delivery\s+status\s+notification|undeliver(?:able|ed)|delivery\s+(?:has\s+)?failed|mail\s+delivery\s+failed|"
    r"returned\s+mail|failure\s+notice|unzustellbar|non\s+remis|no\s+se\s+puede\s+entregar"
)
_BOUNCE_SENDER = re.compile(r"(?i)^(?:mailer-daemon|postmaster|mail-daemon)@")
_ACCOUNT = re.compile(
    r"(?i)reset\s+(?:your\s+)?password|password\s+reset|verify\s+your\s+(?:e-?mail|account|address)|confirm\s+your\s+(?:e-?mail|account)\b|"
    r"finish\s+creating\s+your\s+account|activate\s+your\s+account|sign-?in\s+code|verification\s+code|one-time\s+(?:code|password)|"
    r"passwort\s+zurücksetzen|réinitialis\w+\s+(?:votre\s+)?mot\s+de\s+passe|restablecer\s+(?:tu\s+)?contraseña|redefinir\s+(?:sua\s+)?senha"
)
_SCAM = re.compile(
    r"(?i)no\s+experience\s+(?:needed|required)|bank\s+(?:details|account\s+(?:details|number))|\$\s?\d[\d,]*\s*/\s*(?:week|day)|"
    r"work\s+from\s+home\s+\$|wire\s+transfer|gift\s+cards?|crypto(?:currency)?\s+wallet|start\s+immediately!|dear\s+(?:candidate|applicant|beneficiary),"
)
#: Words showing that a message is about a job, a hiring process or a candidacy.
JOB_CONTEXT = re.compile(
    r"(?i)\b(?:job|jobs|hire|position|positions|role|roles|candidates?|candidacy|shortlist\w*|finalists?|candidature|candidatura|hiring|recruit\w*|interview\w*|"
    r"résumé|resume|cv|career|careers|talent|vacancy|opening|opportunity|employment|offer\s+letter|"
    r"bewerbung|stelle|vorstellungsgespräch|gespräch|poste|entretien|recrutement|puesto|entrevista|empleo|vaga|"
    r"sollicitatie|vacature|functie|engineer\w*|developer|entwickler|ingénieur\w*|ingenier[oa]|assessment|"
    r"take-home|work\s+sample|team|onsite|salary|compensation|notice\s+period|references|phone\s+screen|"
    r"technical\s+screen|analyst|designer|scientist|architect|manager|consultant|specialist|desarrollador\w*|"
    r"développeu\w+|ontwikkelaar|desenvolvedor|engenheir[oa])\b"
)


def is_auto_reply(headers: Mapping[str, str], subject: str, text: str) -> bool:
    """An automatic reply (out of office, vacation) rather than a person writing."""
    # "auto-replied" is an out-of-office or vacation reply; "auto-generated" is any
    # machine-sent mail (ATS notices carry it too), so it decides nothing by itself.
    auto = headers.get("auto-submitted", "").lower()
    if auto.startswith("auto-replied"):
        return True
    if "x-autoreply" in headers or "x-autorespond" in headers:
        return True
    if _AUTO_SUBJECT.search(subject):
        return True
    return bool(_OOO_BODY.search(text[:600])) and len(text) < 800


def is_bounce(sender: Person | None, subject: str, headers: Mapping[str, str]) -> bool:
    """A delivery failure report."""
    if sender and sender.address and _BOUNCE_SENDER.match(sender.address):
        return True
    if "x-failed-recipients" in headers:
        return True
    return bool(_BOUNCE_SUBJECT.search(subject))


def is_bulk(headers: Mapping[str, str]) -> bool:
    """Sent to a list: newsletters, alerts and marketing carry these headers."""
    precedence = headers.get("precedence", "").lower()
    return (
        precedence in ("bulk", "list", "junk")
        or "list-unsubscribe" in headers
        or "list-id" in headers
    )


def is_account_mail(subject: str, text: str) -> bool:
    """Password resets, e-mail verification and sign-in codes."""
    return bool(_ACCOUNT.search(subject) or _ACCOUNT.search(text[:1500]))


def is_scam(subject: str, text: str) -> bool:
    """Advance-fee and 'easy money' job spam."""
    hits = len(_SCAM.findall(subject + "\n" + text[:3000]))
    shouting = sum(1 for w in subject.split() if len(w) > 3 and w.isupper())
    return hits >= 2 or (hits >= 1 and (shouting >= 2 or "!!!" in text))


def has_job_context(subject: str, text: str) -> bool:
    """Whether the message talks about jobs or a hiring process at all."""
    return bool(JOB_CONTEXT.search(subject) or JOB_CONTEXT.search(text))
