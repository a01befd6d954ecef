"""Company names that the subject, the prose and the signature of a message give.

ATS mail names the employer in a sentence ("thank you for applying to Acme", "Acme has
invited you"), an agency in "on behalf of my client Acme", a recruiter in the signature
("Talent Partner, Acme") and many subjects in "Role - Company". Each phrase family
captures a candidate with a weight; :mod:`followthrough.classify.company` weighs them
against the sender's own.
"""

from __future__ import annotations

import re

from followthrough.classify.company_names import CAP, ROLE_WORDS, Candidates, clean_company
from followthrough.classify.prefilter import required_literals
from followthrough.mail.subject import strip_prefixes

# (pattern, weight): each captures a company candidate in group "c".
_PATTERNS: list[tuple[re.Pattern[str], int]] = [
    (re.compile(rf"(?i:on\s+behalf\s+of)\s+(?:(?i:my|our|the)\s+)?(?:(?i:client)\s+)?{CAP}"), 6),
    (re.compile(rf"(?i:client|klient|kunde|cliente)\s*[,:]?\s+{CAP}"), 4),
    (re.compile(rf"{CAP}\s*\((?i:the|my|our)\s+client"), 6),
    (
        re.compile(
            rf"{CAP}\s+(?:has\s+)?(?:invited|invites|has\s+requested|requested|would\s+like|wants|"
            rf"is\s+hiring|has\s+decided|decided|has\s+extended)\b"
        ),
        4,
    ),
    (re.compile(rf"(?i:application\s+was\s+sent\s+to|sent\s+to)\s+{CAP}"), 5),
    # "Feedback from Acme", "Assessment from Acme", "your Acme coding test".
    (
        re.compile(
            rf"(?i:feedback|update|news|message|invitation|invite|assessment|test|challenge|exercise|assignment)\s+(?i:from)\s+{CAP}"
        ),
        4,
    ),
    (
        re.compile(
            rf"(?i:your)\s+{CAP}\s+(?i:test|assessment|coding\s+(?:test|challenge)|challenge|exercise|take-home)"
        ),
        4,
    ),
    (re.compile(rf"(?i:applying|applied|apply|application)\s+(?i:to|at|with)\s+{CAP}"), 4),
    (
        re.compile(
            rf"(?i:interest(?:ed)?\s+in|interesse\s+an|intérêt\s+pour|interés\s+en|interesse\s+n[ao])\s+"
            rf"(?:(?i:joining|working\s+at|der|dem|la|le|l'|el|the)\s+)?{CAP}"
        ),
        3,
    ),
    (re.compile(rf"(?:\bat|@)\s+{CAP}"), 2),
    (
        re.compile(
            rf"(?i:\bjoin(?:ing)?|\bbei|\bchez|au\s+sein\s+de|\brejoindre|\bbij|\bna|\bno)\s+(?:(?i:der|dem|la|l'|the|el)\s+)?{CAP}"
        ),
        2,
    ),
    (re.compile(rf"(?i:\ben|\bem|\bde)\s+{CAP}"), 1),
    (
        re.compile(
            rf"(?i:on\s+behalf\s+of|au\s+nom\s+de|im\s+namen\s+der|en\s+nombre\s+de)\s+{CAP}"
        ),
        4,
    ),
    (
        re.compile(
            rf"{CAP}(?:\s+|-)(?:Recruiting|Recruitment|Talent|People|Hiring|Careers|HR|Recruiting-Team)\b"
        ),
        3,
    ),
    (
        re.compile(
            rf"(?:Recruiting-Team|Recruiting|Recruitment|Talent\s+Acquisition|Talent\s+Partner|Recrutement|"
            rf"Talento|Reclutamiento|Hiring)\s*(?:der|de|at|,|–|-|\|)\s*{CAP}"
        ),
        3,
    ),
]
# Signature lines ("Title, Company", "Title | Company", "Name - Company", or "Company" alone).
_SIGNATURE: list[tuple[re.Pattern[str], int]] = [
    (
        re.compile(
            rf"(?m)^[ \t]*(?:[^\s,|–]+[ \t]+){{0,4}}[^\s,|–]+(?:,|[ \t]\|)[ \t]*{CAP}[ \t]*$"
        ),
        3,
    ),
    (re.compile(rf"(?m)^[ \t]*(?:[^\s,|–]+[ \t]+){{0,4}}[^\s,|–]+[ \t][–-][ \t]{CAP}[ \t]*$"), 3),
    (re.compile(rf"(?m)^[ \t]*{CAP}[ \t]*$"), 1),
]


# Every candidate pattern starts at a word start; anchoring there is much faster.
_PATTERNS = [(re.compile(r"(?<![\w@])(?:" + p.pattern + ")"), w) for p, w in _PATTERNS]
# Patterns that open with the name itself: words that must follow it, as a cheap test.
_HINTS: dict[int, tuple[str, ...]] = {
    2: ("client",),
    3: ("invite", "request", "would like", "wants", "hiring", "decided", "extended"),
    13: ("recruit", "talent", "people", "hiring", "careers", "hr"),
}
#: For each pattern, lower-case literals one of which any match contains (None: always run).
_PROBES = [required_literals(p) or _HINTS.get(i) for i, (p, _) in enumerate(_PATTERNS)]


def from_text(found: Candidates, subject: str, text: str, penalty: float = 0.0) -> None:
    """Candidates from the phrase families, and from the signature at the foot of ``text``."""
    for region, bonus in ((subject, 0.5), (text, 0.0)):
        if not region:
            continue
        probe = " ".join(region.split()).lower()
        for (pattern, weight), literals in zip(_PATTERNS, _PROBES, strict=True):
            if literals is not None and not any(lit in probe for lit in literals):
                continue
            for m in pattern.finditer(region):
                found.add(m.group("c"), weight + bonus - penalty)
    tail = "\n".join(text.rstrip().split("\n")[-6:])
    for pattern, weight in _SIGNATURE:
        for m in pattern.finditer(tail):
            found.add(m.group("c"), weight - penalty)
    if penalty:
        # Signatures further up a quoted thread: "Name | Title, Company" lines only.
        for m in _SIGNATURE[0][0].finditer(text):
            found.add(m.group("c"), _SIGNATURE[0][1] - penalty)


def from_subject(found: Candidates, subject: str) -> None:
    """Subject pieces "Role - Company", "Company: ...", "Role at Company"."""
    pieces = [
        strip_prefixes(p)
        for p in re.split(r"\s+[-–|]\s+|:\s+|\s+@\s+|\s+at\s+|\s+bei\s+|\s+chez\s+", subject)
    ]
    for i, piece in enumerate(pieces):
        if re.fullmatch(CAP, piece):
            # "Job title - Company": the piece beside a job title is the company.
            beside_title = any(ROLE_WORDS.search(p) for j, p in enumerate(pieces) if j != i)
            found.add(piece, 3 if beside_title and len(pieces) == 2 else 1.5)


_ACTORS = (  # each with a word it cannot match without, checked first (cheap)
    (
        "behalf",
        re.compile(rf"(?i:on\s+behalf\s+of)\s+(?:(?i:my|our|the)\s+)?(?:(?i:client)\s+)?{CAP}"),
    ),
    (
        "you",
        re.compile(
            rf"{CAP}\s+(?:has\s+)?(?:invited\s+you|invites\s+you|has\s+requested\s+that\s+you|requested\s+that\s+you)"
        ),
    ),
    ("sent to", re.compile(rf"(?i:your\s+application\s+was\s+sent\s+to)\s+{CAP}")),
    (
        "from",
        re.compile(rf"(?i:assessment|test|challenge|exercise|assignment)\s+(?i:from)\s+{CAP}"),
    ),
    ("your", re.compile(rf"(?i:your)\s+{CAP}\s+(?i:test|assessment|coding\s+(?:test|challenge))")),
)


def actor_companies(text: str) -> list[str]:
    """Companies a tool writes *for* ("on behalf of Acme", "Acme has invited you")."""
    found: list[str] = []
    low = text.lower()
    for m in (m for word, rx in _ACTORS if word in low for m in rx.finditer(text)):
        name = clean_company(m.group("c"))
        if name and name not in found and not ROLE_WORDS.search(name):
            found.append(name)
    return found
