"""Name the role a message is about ("Senior Backend Engineer", "Backend-Entwickler (m/w/d)").

One application is kept per (company, role) (SPEC section 3), so the role splits two
applications at the same company. Only a phrase that reads like a job title counts:
it must contain a job word (engineer, developer, Entwickler, ingénieur, ...).
"""

# Long lines here are phrase patterns; splitting them would hide the alternatives.
# ruff: noqa: E501

from __future__ import annotations

import re

from followthrough.mail.subject import strip_prefixes

_TITLE_WORD = (
    r"(?:engineer|developer|entwickler|ingénieur|ingenieur|ingeniero|ingeniera|desarrollador|développeur|"
    r"manager|designer|scientist|analyst|architect|specialist|consultant|director|programmer|administrator|"
    r"sre|devops|lead|intern|researcher|technician|accountant|coordinator|writer|ontwikkelaar|programador|"
    r"desenvolvedor|engenheiro|product owner|owner|recruiter|officer|head)"
)
# Possessive (*+): a word is never given back character by character, which made the
# search quadratic in long runs (base64, URLs); what follows a word is never a letter.
_ROLE = (
    r"(?P<r>(?:[A-ZÀ-Þ][\w/·'’+.\-]*+|[A-Z]{2,}|de|of|and|&|en|des|du|y|I{1,3}|II|III)"
    r"(?:[ \t]+(?:[A-ZÀ-Þ][\w/·'’+.\-]*+|[A-Z]{2,}|de|of|and|&|en|des|du|y|I{1,3}|\((?:m/w/d|w/m/d|f/h|h/f|m/f|remote|hybrid|[A-Z][\w .-]{0,20})\))){0,7}"
    r"(?:,[ \t]+[A-Z][\w\-]*+(?:[ \t]+[A-Z][\w\-]*+){0,2})?)"
)
_BODY = [
    re.compile(
        rf"(?:for|on)\s+(?:the|our|a|an)\s+{_ROLE}\s+(?:role|position|opening|job|vacancy|team)"
    ),
    re.compile(rf"(?:the|our)\s+{_ROLE}\s+(?:role|position|opening|job)\b"),
    re.compile(rf"(?i:position\s+of|role\s+of|position:|role:|job\s+title:)\s+{_ROLE}"),
    re.compile(
        rf"(?i:applying\s+for|applied\s+for|application\s+for|applying\s+to|applied\s+to)\s+(?:the\s+|a\s+|an\s+)?{_ROLE}"
    ),
    re.compile(rf"(?i:hiring|looking\s+for|seeking)\s+(?:a|an)\s+{_ROLE}"),
    re.compile(
        rf"(?i:offer\s+you\s+the|offer\s+you\s+the\s+position\s+of|the\s+position\s+of)\s+(?:\d+-month\s+(?:contract\s+)?)?{_ROLE}"
    ),
    re.compile(rf"(?i:\bals|suchen\s+wir\s+(?:einen|eine|ein))\s+{_ROLE}"),
    re.compile(
        rf"(?i:au\s+poste\s+d[e']\s*|le\s+poste\s+d[e']\s*|recherchons\s+un(?:·e|\(e\)|e)?\s+|rôle\s+de\s+)\s*{_ROLE}"
    ),
    re.compile(
        rf"(?i:el\s+puesto\s+de|para\s+el\s+puesto\s+de|puesto\s+de|la\s+vaga\s+de|vaga\s+de|cargo\s+de|la\s+posición\s+de|ofrecerte\s+el\s+puesto\s+de)\s+{_ROLE}"
    ),
    re.compile(rf"(?i:functie\s+(?:van|als))\s+{_ROLE}"),
    re.compile(rf"(?i:take\s+the|complete\s+an?\s+assessment\s+for|assessment\s+for)\s+{_ROLE}"),
    re.compile(rf"{_ROLE}\s+(?i:role|position|assessment)\b"),
]
_SEARCHED = 6_000  # characters of the newest text searched for a title
_BODY_NEEDS: list[tuple[re.Pattern[str], tuple[str, ...]]] = [
    (pattern, ("role", "position", "assessment") if pattern is _BODY[-1] else ())
    for pattern in _BODY
]
_SUBJECT_SPLIT = re.compile(r"\s+[-–|/]\s+|:\s+|\s+@\s+|\s+at\s+|\s+bei\s+|\s+chez\s+|\s*\(|\)\s*")
_HAS_TITLE = re.compile(rf"(?i)\b{_TITLE_WORD}\w*\b|(?i:\bBackend\b)")
_TRAILING = re.compile(
    r"(?i)[\s,]+(?:role|position|at|bei|chez|en|with|and|team|interview|opportunity|assessment|"
    r"update|updates|status|feedback|decision|next\s+steps)$"
)
# "Ihre Bewerbung als Product Designer", "R-20417 Senior Software Engineer": the words
# around a title in a subject are not the title.
_LEADING = re.compile(
    r"(?i)^(?:[\w'’]+\s+){0,4}?(?:(?:ihre|deine|your|votre|ta|tu|su|sua|la\s+sua|je|uw|din|twoja)\s+)?"
    r"(?:bewerbung|application|candidature|candidatura|solicitud|sollicitatie|ansökan|aplikacja)"
    r"\s+(?:als|für|for|as|pour\s+le\s+poste\s+d[e']|au\s+poste\s+d[e']|pour|para|de|a|voor|som|na)\s*"
    r"|^(?:req(?:uisition)?\.?\s*#?\s*)?[A-Z]{0,4}-?\d{3,}[\s:–-]+"
    # "Entrevista Product Designer", "Colloquio per Product Designer", "Einladung zum
    # Vorstellungsgespräch als ...": the word for the interview in front of the title.
    r"|^(?:(?:einladung|invitation|invitación|convite|invito|uitnodiging|zaproszenie)"
    r"(?:\s+(?:zum|zur|to|an|à|a|al|para|voor|na|til|för|för\s+en|for))?\s+)?"
    r"(?:(?:first|second|final|erstes|zweites)\s+)?"
    r"(?:interview|entrevista|entretien|colloquio|vorstellungsgespräch|bewerbungsgespräch|"
    r"sollicitatiegesprek|rozmowa(?:\s+rekrutacyjna)?|samtale|jobsamtale|intervju|"
    r"anställningsintervju)(?!\w)(?!\s+(?:coordinator|scheduler|scheduling|coach))"
    r"(?:\s+(?:pour\s+le\s+poste\s+d[e']|para\s+el\s+puesto\s+de|per\s+la\s+posizione\s+di|"
    r"na\s+stanowisko|for\s+the|for|für|als|pour|para|per|voor|na|til|för|de|as|[–-]))?\s*"
)
#: Titles of the people who hire, never the job a candidate applies for.
_NOT_A_JOB = re.compile(r"(?i)^(?:hiring\s+manager|recruiting\s+coordinator|talent\s+partner)$")


# A title ends where its sentence ends: "a Founding Backend Engineer. No formal process"
# is "Founding Backend Engineer". Abbreviations inside a title ("Sr. Engineer") go on.
_ABBREVIATION = frozenset(
    {"sr", "jr", "dr", "st", "mr", "ms", "snr", "jnr", "assoc", "asst", "mgr", "eng", "ing",
     "lic", "dipl", "ltd", "inc", "co", "no", "nr", "vs"}
)  # fmt: skip


def _to_sentence_end(role: str) -> str:
    for m in re.finditer(r"(\w+)\.\s", role):
        word = m.group(1)
        if word.lower() not in _ABBREVIATION and len(word) > 1:
            return role[: m.start() + len(word)]
    return role


def _clean(role: str) -> str:
    role = " ".join(role.split())
    role = _to_sentence_end(role).strip(" ,.-–:;")
    for _ in range(3):
        new = _TRAILING.sub("", role).strip(" ,.-–:;")
        if new == role:
            break
        role = new
    role = re.sub(r"^(?:the|a|an|our|your)\s+", "", role, flags=re.I)
    role = _LEADING.sub("", role).strip(" ,.-–:;")
    return role


def _is_title(role: str) -> bool:
    return (
        bool(_HAS_TITLE.search(role)) and 1 <= len(role.split()) <= 9 and not _NOT_A_JOB.match(role)
    )


def find_role(subject: str, text: str, company: str | None) -> str | None:
    """The job title the message names, or None."""
    # A title is named near the top; the search stays short whatever the mail holds
    # (the last pattern starts with the title itself and retries at every word).
    flat = re.sub(r"\s*\n\s*", " ", text[:_SEARCHED])
    low = flat.lower()
    for pattern, needs in _BODY_NEEDS:
        if needs and not any(word in low for word in needs):
            continue
        for m in pattern.finditer(flat):
            role = _clean(m.group("r"))
            if company and role.endswith(company):
                role = _clean(role[: -len(company)])
            if _is_title(role) and (not company or role.lower() != company.lower()):
                return role
    subj = strip_prefixes(subject)
    for piece in _SUBJECT_SPLIT.split(subj):
        # "Thank you - Sam Lee, Backend Engineer interview": drop the person's name.
        piece = _clean(re.sub(r"^[A-ZÀ-Þ][\w'-]+(?:\s+[A-ZÀ-Þ][\w'-]+){1,2},\s+(?=\S)", "", piece))
        if company and company.lower() in piece.lower():
            continue
        if (
            _is_title(piece)
            and piece[:1].isupper()
            and not re.search(
                r"(?i)\b(?:your|you|we|our|interview|invitation|application|thank)\b", piece
            )
        ):
            return piece
    return None
