"""Name the hiring company of a job-search message.

The company is what ties mail to one application, and it is rarely in one obvious
place: ATS mail puts it in the display name ("Acme Recruiting <no-reply@ats>") or the
body ("thank you for applying to Acme"), a recruiter's own mail in the signature or
the domain, an agency's mail in "on behalf of my client Acme" (or nowhere, when the
client is confidential). Candidates are gathered from each source with a weight, and
the ones whose letters match the sender's (non-vendor) domain get a boost.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from followthrough.classify import senders
from followthrough.model import Person

_WORD = r"(?:[A-ZÀ-ÖØ-Þ][\w'’&.\-]*[\w&]|[A-Z]{2,}|[A-ZÀ-Þ])"
_JOIN = r"(?:[ \t]+(?:&|and|of|de|del|la|le|du|des|für|y|und)[ \t]+|[ \t]+|-)"
CAP = rf"(?P<c>{_WORD}(?:{_JOIN}{_WORD}){{0,4}})"

LEGAL_SUFFIX = re.compile(
    r"(?:,?\s+(?:Inc|Incorporated|Corp|Corporation|Co|Company|Ltd|Limited|LLC|L\.L\.C|LLP|PLC|GmbH|AG|SE|KG|"
    r"GmbH\s*&\s*Co\.?\s*KG|SAS|SA|S\.A|SARL|SL|S\.L|SpA|S\.p\.A|BV|B\.V|NV|N\.V|AB|Oy|ApS|AS|Pty|Pvt)\.?)+$"
)
_ORG_SUFFIX = re.compile(
    r"(?i)(?:\s*[-–|,]\s*|\s+)(?:recruiting(?:\s+team)?|recruitment(?:\s+team)?|careers?|jobs|hiring(?:\s+team)?|"
    r"talent(?:\s+(?:team|acquisition|partners?))?|people(?:\s+(?:team|ops))?|hr|human\s+resources|"
    r"notifications?|scheduling|team|recruiting-team|karriere|recrutement|empleo|talento)$"
)
_ORG_PREFIX = re.compile(
    r"(?i)^(?:the|team|scheduling\s+at|careers?\s+at|jobs\s+at|recruiting\s+at|hiring\s+at|talent\s+at|ihr|das|el|la|le|l')\s+"
)
_ROLE_WORDS = re.compile(
    r"(?i)\b(?:engineer\w*|developer|entwickler\w*|ingénieur\w*|ingeniero\w*|ingeniera\w*|desarrollador\w*|"
    r"développeur\w*|manager|designer|scientist|analyst|architect|specialist|recruiter|consultant|director|"
    r"lead|intern|sre|devops|programmer|administrator|coordinator|partner|founder|co-founder|cto|ceo|vp|head|"
    r"position|role|job|jobs|interview|application|candidate|offer|assessment|update|feedback|references|"
    r"thank|thanks|invitation|reminder|confirmation|schedule|onsite|round|status|next|steps?|opportunity|"
    r"verify|password|account|hiring|recruiting|talent|regarding|re|fwd|aw|wg|tr|rv)\b"
)
_STOP = frozenset(
    [
        "hi",
        "hello",
        "dear",
        "hey",
        "thanks",
        "thank",
        "best",
        "regards",
        "cheers",
        "sincerely",
        "hola",
        "bonjour",
        "hallo",
        "liebe",
        "lieber",
        "sehr",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "i",
        "we",
        "you",
        "our",
        "your",
        "the",
        "a",
        "an",
        "this",
        "that",
        "it",
        "if",
        "please",
        "microsoft",
        "teams",
        "google",
        "meet",
        "zoom",
        "linkedin",
        "us",
        "usa",
        "remote",
        "hybrid",
        "new",
        "york",
        "san",
        "francisco",
        "london",
        "eastern",
        "pacific",
        "central",
        "mountain",
        "time",
        "et",
        "pt",
        "ct",
        "est",
        "pst",
        "cst",
        "edt",
        "pdt",
        "utc",
        "gmt",
        "mez",
        "cet",
        "python",
        "kafka",
        "go",
        "java",
        "ihnen",
        "sie",
        "ihr",
        "ihre",
        "uns",
        "vous",
        "nous",
        "usted",
        "ustedes",
        "você",
    ]
)

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
_CAP_RE = re.compile(rf"(?<![\w'’.-]){CAP}")


_TRAILING_CLAUSE = re.compile(r"(?:[ \t]+(?:&|and|und|y|et|en|e)(?:[ \t]+(?:I|We|You|A))?)+$")


def clean_company(name: str) -> str:
    """Strip 'Recruiting', 'Careers', 'The' and similar wrappers (legal suffix kept).

    Also drops a clause the capitalised-run pattern swallowed: "Acme and I picked up".
    """
    name = " ".join(name.replace("\u00a0", " ").split()).strip(" -–|,:;.!?\"'()")
    name = _TRAILING_CLAUSE.sub("", name)
    for _ in range(3):
        new = _ORG_SUFFIX.sub("", name).strip(" -–|,")
        new = _ORG_PREFIX.sub("", new).strip()
        if new == name:
            break
        name = new
    return name


def strip_legal(name: str) -> str:
    """'Acme GmbH' -> 'Acme' (for comparing names)."""
    return LEGAL_SUFFIX.sub("", name).strip()


def _valid(name: str, people: set[str]) -> bool:
    if not name or len(name) < 2 or len(name) > 60:
        return False
    low = name.lower()
    if low in _STOP or low in people:
        return False
    words = name.split()
    if all(w.lower() in _STOP for w in words):
        return False
    if _ROLE_WORDS.search(name) and not LEGAL_SUFFIX.search(name):
        return False
    return not any(p and (p == low or low in p.split()) for p in people)


@functools.lru_cache(maxsize=8192)
def domain_matches(name: str, label: str | None) -> bool:
    """Whether a name is spelt like a domain label ('Fennec Data' ~ 'fennecdata')."""
    if not label:
        return False
    folded = senders.fold(strip_legal(name))
    lab = senders.fold(label)
    if not folded or not lab:
        return False
    if folded.startswith(lab) or (lab.startswith(folded) and len(folded) >= 4):
        return True
    first = senders.fold(name.split()[0])
    return len(first) >= 4 and lab.startswith(first)


def find_company(
    *,
    subject: str,
    text: str,
    sender: Person | None,
    domains: Iterable[str],
    people: Iterable[str],
    sender_is_vendor: bool,
    agency: bool,
) -> tuple[str | None, str | None]:
    """``(company, matched_domain)``: the best candidate, and the domain that confirmed it."""
    labels = [(d, senders.org_label(d)) for d in domains]
    people_set = {p.lower() for p in people if p}
    scores: dict[str, float] = {}
    display: dict[str, str] = {}

    def add(raw: str, weight: float) -> None:
        name = clean_company(raw)
        # Trim trailing words that are not part of a name ("Acme Corp Hiring Team", "Acme's").
        name = re.sub(r"['’]s$", "", name)
        if not _valid(name, people_set):
            return
        key = senders.fold(strip_legal(name))
        if not key:
            return
        scores[key] = scores.get(key, 0) + weight
        if key not in display or len(name) > len(display[key]):
            display[key] = name

    if sender and sender.name:
        name = sender.name
        via = senders.via_parts(name)
        if via:
            add(via[0], 6)
        else:
            name = re.sub(r"\s*\((?:google\s+calendar|calendar|via .+)\)\s*$", "", name, flags=re.I)
            parts = re.split(r"\s+\|\s+|\s+-\s+", name)
            if len(parts) > 1:
                for part in parts[1:]:
                    if not agency:
                        add(part, 3)
            elif not senders.looks_like_person(sender) and not sender_is_vendor:
                add(name, 4)
    for region, bonus in ((subject, 0.5), (text, 0.0)):
        for pattern, weight in _PATTERNS:
            for m in pattern.finditer(region):
                add(m.group("c"), weight + bonus)
    tail = "\n".join(text.rstrip().split("\n")[-6:])
    for pattern, weight in _SIGNATURE:
        for m in pattern.finditer(tail):
            add(m.group("c"), weight)
    # Subject pieces "Role - Company", "Company: ...", "Role at Company".
    pieces = [
        re.sub(r"^(?i:re|fwd?|aw|wg|tr|rv)\s*:\s*", "", p.strip())
        for p in re.split(r"\s+[-–|]\s+|:\s+|\s+@\s+|\s+at\s+|\s+bei\s+|\s+chez\s+", subject)
    ]
    for i, piece in enumerate(pieces):
        if re.fullmatch(CAP, piece):
            # "Job title - Company": the piece beside a job title is the company.
            beside_title = any(_ROLE_WORDS.search(p) for j, p in enumerate(pieces) if j != i)
            add(piece, 3 if beside_title and len(pieces) == 2 else 1.5)
    # Capitalised phrases that spell the domain.
    if labels:
        for m in _CAP_RE.finditer(f"{subject}\n{text}"):
            cand = m.group("c")
            words = cand.split()
            for n in range(len(words), 0, -1):
                sub = " ".join(words[:n])
                if any(domain_matches(sub, lab) for _, lab in labels):
                    add(sub, 1)
                    break
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


_ACTORS = (
    re.compile(rf"(?i:on\s+behalf\s+of)\s+(?:(?i:my|our|the)\s+)?(?:(?i:client)\s+)?{CAP}"),
    re.compile(
        rf"{CAP}\s+(?:has\s+)?(?:invited\s+you|invites\s+you|has\s+requested\s+that\s+you|requested\s+that\s+you)"
    ),
    re.compile(rf"(?i:your\s+application\s+was\s+sent\s+to)\s+{CAP}"),
)


def actor_companies(text: str) -> list[str]:
    """Companies a tool writes *for* ("on behalf of Acme", "Acme has invited you")."""
    found: list[str] = []
    for m in (m for rx in _ACTORS for m in rx.finditer(text)):
        name = clean_company(m.group("c"))
        if name and name not in found and not _ROLE_WORDS.search(name):
            found.append(name)
    return found
