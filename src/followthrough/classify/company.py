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
from followthrough.classify.prefilter import required_literals
from followthrough.keys import LEGAL_SUFFIX, without_legal_form
from followthrough.keys import compact as _compact
from followthrough.mail.subject import strip_prefixes
from followthrough.model import Person

_WORD = r"(?:[A-ZÀ-ÖØ-Þ][\w'’&.\-]*[\w&]|[A-Z]{2,}|[A-ZÀ-Þ])"
_JOIN = r"(?:[ \t]+(?:&|and|of|de|del|la|le|du|des|für|y|und)[ \t]+|[ \t]+|-)"
CAP = rf"(?P<c>{_WORD}(?:{_JOIN}{_WORD}){{0,4}})"

#: The forms a brand is written without in a draft ("at Lanterna Assicurazioni", not
#: "at Lanterna Assicurazioni S.p.A."): those of a company's registry entry only, not
#: "Co." or "Company", which are often part of the name people say.
_REGISTRY_FORM = re.compile(
    r"(?:,?\s+(?:GmbH(?:\s*&\s*Co\.?\s*KG)?|gGmbH|AG|KG|SE|SAS|S\.A\.S|S\.A|SA|SARL|S\.L|SL|SpA|S\.p\.A|"
    r"S\.r\.l|Srl|B\.V|BV|N\.V|NV|ApS|A/S|AB|Oy|Pvt\.?\s*Ltd|Pvt|Private\s+Limited|Ltda|Sp\.\s*z\s*o\.o|"
    r"S\.?A\.? de C\.?V|UG)\.?)+$"
)


def brand(name: str) -> str:
    """'Lanterna Assicurazioni S.p.A.' -> 'Lanterna Assicurazioni' (kept if that is all)."""
    short = _REGISTRY_FORM.sub("", name).strip(" ,")
    return short if len(short) >= 2 else name


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
_STOP_WORDS = """
    hi hello dear hey thanks thank best regards cheers sincerely hola bonjour hallo liebe
    lieber sehr monday tuesday wednesday thursday friday saturday sunday january february
    march april may june july august september october november december i we you our your
    mon tue tues wed thu thur thurs fri sat sun jan feb mar apr jun jul aug sep sept oct nov
    dec montag dienstag mittwoch donnerstag freitag lundi mardi mercredi jeudi vendredi lunes
    martes miércoles jueves viernes meeting meetings call webinar invitation einladung
    the a an this that it if please microsoft teams google meet zoom linkedin us usa remote
    hybrid new york san francisco london eastern pacific central mountain time et pt ct est
    pst cst edt pdt utc gmt mez cet python kafka go java ihnen sie ihr ihre uns vous nous
    usted ustedes você
    calendar kalender calendrier calendario confirmed bestätigt confirmé confirmado
    recrutement rekrutacja reclutamento reclutamiento recrutamento werving recruitment
    personalabteilung personal selección seleção selezione talento talent
    seguimiento relance suivi nachfrage opvolging acompanhamento follow-up
    producto produit produkt product engineering ingeniería ingénierie marketing finance
    grüßen grüße saludos salutations cordialement groeten cumprimentos saluti
    we've we're i'm i've
    """
_STOP = frozenset(_STOP_WORDS.split())

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
    return without_legal_form(name)


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
    folded = _compact(strip_legal(name))
    lab = _compact(label)
    if not folded or not lab:
        return False
    if folded.startswith(lab) or (lab.startswith(folded) and len(folded) >= 4):
        return True
    first = _compact(name.split()[0])
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
    history: str = "",
) -> tuple[str | None, str | None]:
    """``(company, matched_domain)``: the best candidate, and the domain that confirmed it.

    ``text`` is the newest part of the message; ``history`` the quoted thread below it,
    read only when the newest part names no company, and to find how the message spells
    a name that only the sender's domain gives ("pelicanridge" -> "Pelican Ridge Health").
    """
    labels = [(d, senders.org_label(d)) for d in domains]
    people_set = {p.lower() for p in people if p}
    found = _Candidates(people_set)
    if sender and sender.name:
        _from_display_name(found, sender, sender_is_vendor=sender_is_vendor, agency=agency)
    _from_text(found, subject, text)
    _from_subject(found, subject)
    sender_name = sender.name if sender and sender.name else ""
    if labels:
        _domain_spellings(found, f"{subject}\n{text}\n{sender_name}\n{history}", labels)
    best, domain = _choose(found, labels, agency)
    if best is None and history:
        _from_text(found, "", history, penalty=1.0)
        best, domain = _choose(found, labels, agency)
    if best is not None:
        best = brand(_longest_spelling(best, f"{subject}\n{text}\n{sender_name}\n{history}"))
    return best, domain


class _Candidates:
    """Candidate names with summed weights, keyed by their folded spelling."""

    def __init__(self, people: set[str]) -> None:
        self.people = people
        self.scores: dict[str, float] = {}
        self.display: dict[str, str] = {}

    def add(self, raw: str, weight: float) -> None:
        name = clean_company(raw)
        # Trim trailing words that are not part of a name ("Acme Corp Hiring Team", "Acme's").
        name = re.sub(r"['’]s$", "", name)
        if weight <= 0 or not _valid(name, self.people):
            return
        key = _compact(strip_legal(name))
        if not key:
            return
        self.scores[key] = self.scores.get(key, 0) + weight
        if key not in self.display or len(name) > len(self.display[key]):
            self.display[key] = name


def _from_display_name(
    found: _Candidates, sender: Person, *, sender_is_vendor: bool, agency: bool
) -> None:
    name = sender.name or ""
    via = senders.via_parts(name)
    if via:
        found.add(via[0], 6)
        return
    name = re.sub(r"\s*\((?:google\s+calendar|calendar|via .+)\)\s*$", "", name, flags=re.I)
    parts = re.split(r"\s+\|\s+|\s+-\s+", name)
    departments = [p for p in parts if all(w.lower() in _STOP for w in p.split())]
    if len(parts) > 1 and departments and not agency:
        # "Wisła Pay - Rekrutacja", "Talent | Acme": the part beside the department
        for part in parts:
            if part not in departments:
                found.add(part, 4)
    elif len(parts) > 1:
        for part in parts[1:]:
            if not agency:
                found.add(part, 3)
    elif not senders.looks_like_person(sender) and not sender_is_vendor:
        found.add(name, 4)


def _from_text(found: _Candidates, subject: str, text: str, penalty: float = 0.0) -> None:
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


def _from_subject(found: _Candidates, subject: str) -> None:
    """Subject pieces "Role - Company", "Company: ...", "Role at Company"."""
    pieces = [
        strip_prefixes(p)
        for p in re.split(r"\s+[-–|]\s+|:\s+|\s+@\s+|\s+at\s+|\s+bei\s+|\s+chez\s+", subject)
    ]
    for i, piece in enumerate(pieces):
        if re.fullmatch(CAP, piece):
            # "Job title - Company": the piece beside a job title is the company.
            beside_title = any(_ROLE_WORDS.search(p) for j, p in enumerate(pieces) if j != i)
            found.add(piece, 3 if beside_title and len(pieces) == 2 else 1.5)


def _domain_spellings(found: _Candidates, blob: str, labels: list[tuple[str, str | None]]) -> None:
    """Capitalised phrases anywhere in the message that spell a sender domain."""
    folded_labels = [_compact(lab) for _, lab in labels if lab]
    folded_labels = [lab for lab in folded_labels if len(lab) >= 3]
    if not folded_labels:
        return
    low = blob.lower()
    # Cheap test first: a spelling must start with the label's first three letters.
    if not any(lab[:3] in low for lab in folded_labels):
        return
    for m in _CAP_RE.finditer(blob):
        words = m.group("c").split()
        # The name may start inside the run ("Team Pelican Ridge", "Welcome to Acme Labs").
        for i in range(len(words)):
            head = _compact(words[i])[:3]
            if not any(lab.startswith(head) or head.startswith(lab[:3]) for lab in folded_labels):
                continue
            for n in range(len(words), i, -1):
                sub = " ".join(words[i:n])
                if any(domain_matches(sub, lab) for _, lab in labels):
                    found.add(sub, 1)
                    break
            else:
                continue
            break


def _choose(
    found: _Candidates, labels: list[tuple[str, str | None]], agency: bool
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


#: Words typical of the end of a company name; only these extend a name found elsewhere.
ORG_WORD = re.compile(
    r"(?:Insurance|Health(?:care)?|Labs?|Software|Systems?|Technolog(?:y|ies)|Tech|Games|AI|Group|Capital|"
    r"Media|Energy|Cloud|Robotics|Analytics|Data|Solutions|Bank|Foods?|Logistics|Mobility|Security|Bio(?:tech)?|"
    r"Payments|Pay|Telecom|Studios?|Networks?|Digital|Global|International|Partners|Consulting|Services|"
    r"Holdings|Industries|Dynamics|Ventures|Therapeutics|Pharma(?:ceuticals)?|Genomics|Sciences|Medical|"
    r"Motors|Automotive|Aerospace|Freight|Travel|Mapping|Maps|Interactive|Entertainment|Financial|Finance|"
    r"Insights|Works|Foundry|Company|Tecnolog[íi]a|Numérique|Technologies|Technik|Versicherung(?:en)?|Gruppe|"
    r"Systeme|Logistik|Soluciones|Sistemas|Seguros|Energia|Énergie|Santé|Groupe|Saúde|Zorg|Verzekeringen)"
)
_NAME_END = re.compile(r"\s*(?:$|[,.;:!?)|–-]|\n)")


def _longest_spelling(name: str, blob: str) -> str:
    """The fullest spelling of ``name`` in the message: "Juniper Vale" -> "Juniper Vale
    Insurance" when a signature or the quoted thread writes it so. Only words typical of
    company names (Insurance, Health, Labs, GmbH, ...) extend it, and only where the
    longer name ends there ("..., Juniper Vale Insurance" but not "the Acme Data team")."""
    if len(name) < 3 or name not in blob:
        return name
    best = name
    for m in re.finditer(rf"(?<!\w){re.escape(name)}(?=[ \t]+[A-ZÀ-Þ])", blob):
        pos = m.end()
        words: list[str] = []
        while len(words) < 3:
            w = re.match(r"[ \t]+([\wÀ-ÿ.&]+)", blob[pos:])
            if not w:
                break
            word = w.group(1).rstrip(".")
            if not (ORG_WORD.fullmatch(word) or LEGAL_SUFFIX.fullmatch(" " + word)):
                break
            words.append(word)
            pos += w.end() - (len(w.group(1)) - len(word))
        if words and _NAME_END.match(blob, pos):
            longer = f"{name} {' '.join(words)}"
            if len(longer) > len(best):
                best = longer
    return best


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
        if name and name not in found and not _ROLE_WORDS.search(name):
            found.append(name)
    return found


#: Industry words that companies glue to their name in a domain ("fennecdata", "brisalabs").
_LABEL_TAILS = (
    "technologies", "technology", "therapeutics", "pharmaceuticals", "entertainment", "interactive",
    "insurance", "analytics", "logistics", "solutions", "financial", "robotics", "security",
    "software", "genomics", "payments", "networks", "mobility", "medical", "systems", "digital",
    "studios", "biotech", "capital", "telecom", "mapping", "freight", "health", "energy",
    "travel", "studio", "ventures", "network", "finance", "foods", "games", "media", "cloud",
    "group", "labs", "data", "tech", "bank", "maps", "bio", "lab", "pay", "ai",
)  # fmt: skip
#: Words a domain adds to a name without being part of it ("acmehq", "acme-careers").
_LABEL_NOISE = ("careers", "career", "jobs", "hiring", "recruiting", "talent", "team", "hq", "inc")
_LABEL_CAPS = {"ai": "AI", "hq": "HQ", "io": "IO"}


def name_from_domain(domain: str) -> str | None:
    """A readable name from a domain when the text spells none: 'acme-labs.com' -> 'Acme
    Labs', 'fennecdata.io' -> 'Fennec Data' (a known industry word at the end is split
    off), 'acmehq.com' -> 'Acme'. A last resort: any spelling in the text wins over it."""
    label = senders.org_label(domain) or ""
    words = [w for w in re.split(r"[-_.]", label.lower()) if w]
    if len(words) > 1 and words[-1] in _LABEL_NOISE:
        words = words[:-1]
    if len(words) == 1:
        word = words[0]
        for noise in _LABEL_NOISE:
            if word.endswith(noise) and len(word) - len(noise) >= 3:
                word = word[: -len(noise)]
                break
        for tail in _LABEL_TAILS:
            if word.endswith(tail) and len(word) - len(tail) >= 4:
                words = [word[: -len(tail)], tail]
                break
        else:
            words = [word]
    return " ".join(_LABEL_CAPS.get(w, w.capitalize()) for w in words) or None
