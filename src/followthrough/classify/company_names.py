"""What a company name looks like, and how a candidate name is tidied and tallied.

Every source of a company name (the sender, the prose, the signature, the domain) yields
raw capitalised runs; this module is the one place that says which of them can be a
name at all, strips the wrappers around it ("Acme Recruiting", "The Acme Team"), writes
it the way a draft should ("Acme" for "Acme S.p.A.") and sums the weight each source
gives it.
"""

from __future__ import annotations

import re

from followthrough.keys import LEGAL_SUFFIX, without_legal_form
from followthrough.keys import compact as _compact

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
ROLE_WORDS = re.compile(
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
STOP = frozenset(_STOP_WORDS.split())


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


def is_candidate(name: str, people: set[str]) -> bool:
    """Whether a tidied candidate can be a company name: no stop word, role or person."""
    if not name or len(name) < 2 or len(name) > 60:
        return False
    low = name.lower()
    if low in STOP or low in people:
        return False
    words = name.split()
    if all(w.lower() in STOP for w in words):
        return False
    if ROLE_WORDS.search(name) and not LEGAL_SUFFIX.search(name):
        return False
    return not any(p and (p == low or low in p.split()) for p in people)


class Candidates:
    """Candidate names with summed weights, keyed by their folded spelling."""

    def __init__(self, people: set[str]) -> None:
        self.people = people
        self.scores: dict[str, float] = {}
        self.display: dict[str, str] = {}

    def add(self, raw: str, weight: float) -> None:
        name = clean_company(raw)
        # Trim trailing words that are not part of a name ("Acme Corp Hiring Team", "Acme's").
        name = re.sub(r"['’]s$", "", name)
        if weight <= 0 or not is_candidate(name, self.people):
            return
        key = _compact(strip_legal(name))
        if not key:
            return
        self.scores[key] = self.scores.get(key, 0) + weight
        if key not in self.display or len(name) > len(self.display[key]):
            self.display[key] = name


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


def longest_spelling(name: str, blob: str) -> str:
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
