"""Name the hiring company of a job-search message.

The company is what ties mail to one application, and it is rarely in one obvious
place: ATS mail puts it in the display name ("Acme Recruiting <no-reply@ats>") or the
body ("thank you for applying to Acme"), a recruiter's own mail in the signature or
the domain, an agency's mail in "on behalf of my client Acme" (or nowhere, when the
client is confidential). Candidates are gathered from each source with a weight, and
the ones whose letters match the sender's (non-vendor) domain get a boost.
"""

from __future__ import annotations

from collections.abc import Iterable

from followthrough.classify import senders
from followthrough.classify.company_names import Candidates, brand, longest_spelling
from followthrough.classify.company_sender import (
    domain_matches,
    domain_spellings,
    from_display_name,
)
from followthrough.classify.company_text import from_subject, from_text
from followthrough.model import Person


def find_company(
    *,
    subject: str,
    text: str,
    sender: Person | None,
    domains: Iterable[str],
    people: Iterable[str],
    sender_is_vendor: bool,
    agency: bool,
    history: str = "",
) -> tuple[str | None, str | None]:
    """``(company, matched_domain)``: the best candidate, and the domain that confirmed it.

    ``text`` is the newest part of the message; ``history`` the quoted thread below it,
    read only when the newest part names no company, and to find how the message spells
    a name that only the sender's domain gives ("pelicanridge" -> "Pelican Ridge Health").
    """
    labels = [(d, senders.org_label(d)) for d in domains]
    people_set = {p.lower() for p in people if p}
    found = Candidates(people_set)
    if sender and sender.name:
        from_display_name(found, sender, sender_is_vendor=sender_is_vendor, agency=agency)
    from_text(found, subject, text)
    from_subject(found, subject)
    sender_name = sender.name if sender and sender.name else ""
    if labels:
        domain_spellings(found, f"{subject}\n{text}\n{sender_name}\n{history}", labels)
    best, domain = _choose(found, labels, agency)
    if best is None and history:
        from_text(found, "", history, penalty=1.0)
        best, domain = _choose(found, labels, agency)
    if best is not None:
        best = brand(longest_spelling(best, f"{subject}\n{text}\n{sender_name}\n{history}"))
    return best, domain


def _choose(
    found: Candidates, labels: list[tuple[str, str | None]], agency: bool
) -> tuple[str | None, str | None]:
    scores, display = found.scores, found.display
    if not scores:
        return None, None
    best_key = ""
    best_score = -1.0
    best_domain: str | None = None
    for key, score in scores.items():
        name = display[key]
        matched = next((d for d, lab in labels if domain_matches(name, lab)), None)
        if matched:
            score += 4
        if agency and matched:
            continue  # the agency's own name
        if score > best_score or (
            score == best_score and len(name) > len(display.get(best_key, ""))
        ):
            best_key, best_score, best_domain = key, score, matched
    if best_score < 2:
        return None, None
    best = display[best_key]
    # Prefer a longer spelling of the same name found elsewhere ("Juniper Vale" -> "... Insurance").
    for key, name in display.items():
        if (
            key != best_key
            and key.startswith(best_key)
            and scores[key] >= 2
            and len(name.split()) <= 4
        ):
            best = name
            break
    return best, best_domain
