"""Checks a rendered draft must pass before it is written to the mailbox.

:func:`lint` returns the problems found (empty: fine). A draft with a problem is not
written; ``status`` shows the first problem. The checks:

- every placeholder was filled: no template syntax (``{{``, ``{%``, ``${name}``,
  ``$name``, ``%s``, ``[Your Name]``, ``<Role>``) outside the values themselves, and
  no greeting with an empty name ("Hi ,");
- the recipient is a person, not a no-reply or team mailbox;
- the subject matches the thread: it names the role or the company (when known), or
  it is "Re: <thread subject>";
- the body has at most four paragraphs between greeting and sign-off, and is neither
  over ``MAX_CHARS`` nor under ``MIN_CHARS`` characters (signature not counted);
- the facts hold: the company is not a platform the mail came through (an ATS, a
  calendar, a scheduler, an e-signature service), and the greeting names a person, not
  the company's first word, a job title, or the local part of an address.
"""

from __future__ import annotations

import re

from followthrough.classify.senders import VENDOR_LABELS, org_label, reachable
from followthrough.drafts.render import MAX_PARAGRAPHS, Rendered, clean_values
from followthrough.keys import domain_of, spaced
from followthrough.mail.subject import strip_prefixes
from followthrough.model import Person

MAX_CHARS = 1200
MIN_CHARS = 150

_PLACEHOLDER = re.compile(
    r"\{\{|\}\}|\{%|%\}|\{#|#\}|\$\{|\$[A-Za-z_]\w*|%\(\w+\)[sd]|%[sd]\b"
    r"|\[\s*(?:your|their|first|last|full|company|role|job|position|name|date|interviewer"
    r"|recruiter|signature)\b[^\]\n]{0,30}\]"
    r"|<\s*(?:your\s+)?(?:first\s+)?(?:name|role|company|interviewer|date)\s*>",
    re.IGNORECASE,
)
_EMPTY_GREETING = re.compile(r"(?:^|\s)[,:;!]$")
_VALUE_KEYS = (
    "company", "role", "first_name", "name", "user_name", "note", "note_sentence", "pitch",
    "signature",
)  # fmt: skip


def _without_values(text: str, values: dict[str, str]) -> str:
    """``text`` with every value taken out: a value may contain anything, literally."""
    for value in sorted({v for v in values.values() if v}, key=len, reverse=True):
        text = text.replace(value, " ")
    return text


def thread_topic(subject: str) -> str:
    """A subject without its "Re:"/"AW:"/"Fwd:" prefixes."""
    return strip_prefixes(subject)


def _blocks(body: str) -> list[str]:
    return [b.strip() for b in re.split(r"\n\s*\n", body.strip()) if b.strip()]


def paragraphs(body: str) -> list[str]:
    """The paragraphs of a body: the blocks between the greeting and the sign-off."""
    blocks = _blocks(body)
    if blocks and "\n" not in blocks[0] and len(blocks[0]) <= 60 and blocks[0][-1] in ",:!":
        blocks = blocks[1:]  # the greeting
    return blocks[:-1] if len(blocks) > 1 else blocks  # the sign-off


def _placeholders(rendered: Rendered, safe: dict[str, str]) -> list[str]:
    problems: list[str] = []
    for part, text in (("subject", rendered.subject), ("body", rendered.body)):
        found = _PLACEHOLDER.search(_without_values(text, safe))
        if found:
            problems.append(f"unfilled placeholder {found.group(0)!r} in the {part}")
    blocks = _blocks(rendered.body)
    greeting = blocks[0].split("\n", 1)[0].strip() if blocks else ""
    if greeting and _EMPTY_GREETING.search(greeting):
        problems.append(f"the greeting {greeting!r} has no name")
    return problems


def _subject(rendered: Rendered, thread_subject: str, safe: dict[str, str]) -> list[str]:
    subject = spaced(rendered.subject)
    if not subject:
        return ["the subject is empty"]
    topic = spaced(thread_topic(thread_subject))
    if topic and subject == spaced(f"Re: {topic}"):
        return []
    role, company = spaced(safe["role"]), spaced(safe["company"])
    if not role and not company:
        return []
    if (role and role in subject) or (company and company in subject):
        return []
    named = " or ".join(f"the {what} {safe[what]!r}" for what in ("role", "company") if safe[what])
    return [f"the subject {rendered.subject!r} does not name {named}"]


#: Services a message may come through that are never the employer.
#: A platform is also someone's employer (people work at Zoom and LinkedIn), so the
#: name counts as wrong only when the recipient is not at that platform.
_PLATFORMS = VENDOR_LABELS | {
    "googlecalendar", "googlemeet", "gmail", "outlook", "microsoftteams", "microsoftoutlook",
    "webex", "gotomeeting", "doodle", "typeform", "surveymonkey",
}  # fmt: skip
#: Words that are a title or a function, never a first name to greet.
_NOT_A_NAME = frozenset({
    "recruiter", "recruiting", "recruitment", "hiring", "talent", "team", "manager",
    "engineer", "coordinator", "careers", "career", "jobs", "job", "hr", "people", "admin",
    "support", "info", "hello", "contact", "noreply", "mr", "mrs", "ms", "miss", "dr", "prof",
    "herr", "frau", "madame", "monsieur", "sr", "sra", "señor", "señora", "dhr", "mevr",
    "sir", "madam", "dear", "candidate", "applicant",
})  # fmt: skip


def _squash(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def _facts(safe: dict[str, str], to_address: str | None, to_name: str | None) -> list[str]:
    problems: list[str] = []
    company = safe["company"]
    words = company.split()
    squashed = _squash(company)
    platform = squashed in _PLATFORMS or bool(words and _squash(words[0]) in _PLATFORMS)
    at = org_label(domain_of(to_address)) or ""
    if company and platform and not (at and squashed.startswith(_squash(at))):
        problems.append(f"the company {company!r} is a platform the mail came through")
    greeted = safe["first_name"]
    if greeted:
        folded = greeted.casefold()
        local = (to_address or "").split("@", 1)[0].casefold()
        if words and folded == words[0].casefold():
            problems.append(f"the greeting names {greeted!r}, the company's first word")
        elif folded in _NOT_A_NAME:
            problems.append(f"the greeting names {greeted!r}, which is not a name")
        elif not to_name and folded == local:
            problems.append(f"the greeting names {greeted!r}, the address's local part")
    return problems


def _size(rendered: Rendered, safe: dict[str, str]) -> list[str]:
    problems: list[str] = []
    count = len(paragraphs(rendered.body))
    if count > MAX_PARAGRAPHS:
        problems.append(f"the body has {count} paragraphs (at most {MAX_PARAGRAPHS})")
    body = rendered.body.strip()
    if safe["signature"]:
        body = body.replace(safe["signature"], "").strip()
    if len(body) > MAX_CHARS:
        problems.append(f"the body is {len(body)} characters long (at most {MAX_CHARS})")
    elif len(body) < MIN_CHARS:
        problems.append(f"the body is {len(body)} characters long (at least {MIN_CHARS})")
    return problems


def lint(
    rendered: Rendered,
    *,
    to_address: str | None,
    to_name: str | None = None,
    account: str | None = None,
    thread_subject: str = "",
    values: dict[str, str] | None = None,
) -> list[str]:
    """The problems that keep ``rendered`` from being written (empty: none).

    ``values`` are the named values it was rendered with (as given to the renderer);
    ``thread_subject`` is the subject of the message the draft answers.
    """
    safe = clean_values(values or {})
    problems = _placeholders(rendered, {k: safe[k] for k in safe if k in _VALUE_KEYS})
    if not to_address:
        problems.append("there is no recipient address")
    elif not reachable(
        Person(to_name, to_address), company=(values or {}).get("company"), account=account
    ):
        # (a platform's or the company's own mailbox counts as a team mailbox here)
        problems.append(f"the recipient {to_address} is a no-reply or team mailbox, not a person")
    problems += _subject(rendered, thread_subject, safe)
    problems += _size(rendered, safe)
    problems += _facts(safe, to_address, to_name)
    return problems
