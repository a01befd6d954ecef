"""Names of the people the candidate meets, as the text of an invite gives them.

Three shapes cover the mail of every tool and person we have read, in each language the
product reads: a label ("Interviewer: A", "Host: A (Acme)", "Gesprächspartner: A und B"),
a phrase followed by names in the same sentence ("you'll be speaking with A (Staff
Engineer) and B", "Sie sprechen mit A", "vous rencontrerez A et B", "con A y B", "du
kommer att träffa A"), and a phrase ending a line followed by one person per line
("You'll meet:" / "- A, Director of Nursing" / "10:00-10:30 B - Engineer"). A person may
also be the subject of a sentence about the meeting ("Marcus would like to meet you").
Titles are split off and kept; coordinators (people who schedule) are dropped.
"""

# Long lines here are phrase patterns; splitting them would hide the alternatives.
# ruff: noqa: E501

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from followthrough.classify.panel.names import (
    COORDINATOR,
    HONORIFIC,
    NAME,
    NOT_NAME_WORDS,
    clean,
    is_organisation,
    is_title,
    looks_like_name,
)
from followthrough.keys import spaced as fold


@dataclass(frozen=True)
class Named:
    """A person named in the text, with the title the text gave them."""

    name: str
    title: str | None = None
    strong: bool = True  # found by a label or a meeting phrase, not only as a subject


#: A label whose value lists the people met.
_LABEL = re.compile(
    r"""(?imx)^[ \t>*\-•]*(?:
        interviewers? | interviewed\s+by | interview\s+panel | panel(?:\s+members?)? | panellists? | host(?:ed\s+by)? | with | who
        | staff | service\s+provider | recruiter | hiring\s+manager | interviewer\s+name | meeting\s+with | anfitrión | anfitrião
        | gesprächspartner(?:in|innen)? | interviewer(?:in|innen)? | ansprechpartner(?:in)?\s+im\s+gespräch
        | intervenants? | jury | recruteurs? | interlocuteurs?
        | entrevistador(?:a|es|as)? | panel\s+entrevistador | con\s+quién
        | intervistator[ei] | selezionator[ei]
        | gesprekspartners? | interviewers?
        | intervjuare | intervjupanel | du\s+träffar
        | guests | invités | gäste | invitados | convidados | gasten | gäster | goście | invitati | participants | teilnehmer | participantes | deelnemers | deltagare | uczestnicy
        | rozmówcy | prowadzący
    )(?:[ \t]*:[ \t]*|[ \t]*$|[ \t]*\|[ \t]*|\t[ \t]*|[ \t]{2,})"""
)
#: A phrase after which the people met are listed.
_PHRASE = re.compile(
    r"""(?ix)
    \b(?:
        (?:you(?:['’]ll|\s+will|['’]d|\s+would)\s+(?:be\s+|also\s+)?|will\s+be\s+|to\s+|and\s+|then\s+|also\s+)?
            (?:meet(?:ing)?(?:\s+with)?|speak(?:ing)?\s+(?:with|to)|talk(?:ing)?\s+(?:with|to)|chat(?:ting)?\s+with|
               sit\s+down\s+with|interview(?:ing)?\s+with|interviewed\s+by|joined\s+by|hosted\s+by|led\s+by|
               conducted\s+by|run\s+by|pair(?:ing)?\s+with|present(?:ing)?\s+to)
        | (?:call|chat|conversation|interview|screen|meeting|session|round|loop|discussion|catch-up|coffee|time)\s+with
        | (?:interview|screen|conversation|discussion|chat|session|call|review|deep\s+dive|case\s+study|pairing|presentation|
           entrevista|entretien|gespräch|interview|colloquio|intervju|gesprek|rozmowa|conversa)\s*[–—]\s*
        | (?<=\s)(?:with|con|com|avec|mit|met|med|z|ze)(?=\s+(?:(?-i:o|a|el|la|il|lo)\s+)?(?:Dr\.?\s+|Prof\.?\s+|Dra\.?\s+)?(?-i:[A-ZÀ-ÖØ-Þ]))
        | Mit\s+dabei\s+(?:ist|sind)|dabei\s+sind|ebenfalls\s+dabei
        | the\s+panel(?:\s+(?:is|will\s+be))?
        | (?:panel|interviewers?)\s+(?:is|are|will\s+be|includes?)
        | Sie\s+(?:sprechen|treffen|lernen)\s+(?:mit\s+)?|sprechen\s+Sie\s+mit|treffen\s+Sie(?:\s+auf)?|
          (?:Gespräch|Interview|Termin|Kennenlernen|Telefonat|Videocall|Austausch)\s+mit|lernen\s+Sie
        | vous\s+(?:rencontrerez|échangerez\s+avec|verrez|parlerez\s+avec|serez\s+reçue?\s+par)|rencontrer|
          (?:entretien|échange|rendez-vous|appel|entrevue|visio)\s+avec|reçue?\s+par
        | vas\s+a\s+(?:hablar\s+con|conocer\s+a|reunirte\s+con)|conocerás\s+a|hablarás\s+con|conocer\s+a|
          te\s+entrevistar(?:á|án)|(?:entrevista|reunión|llamada|conversación|charla|videollamada)\s+con|estar(?:á|án)\s+
        | (?:você\s+)?vai\s+(?:conversar\s+com|conhecer|falar\s+com)|conversará\s+com|
          (?:entrevista|conversa|reunião|chamada|bate-papo)\s+com
        | incontrerai|conoscerai|parlerai\s+con|(?:colloquio|incontro|chiamata|conversazione)\s+con
        | Du\s+triffst|triffst\s+du
        | (?:gesprächspartner(?:in|innen)?|interviewers?|entrevistador(?:a|es)?|intervenants?|intervjuare)(?=\s*:)
        | ci\s+sar(?:à|anno)(?:\s+anche)?|(?:je\s+)?afspraak\s+met|también\s+estar(?:á|án)\s+
        | je\s+(?:spreekt|praat)\s+met|(?:gesprek|kennismaking|kennismakingsgesprek|videogesprek|interview)\s+met|
          kennismaken\s+met|ontmoet|maak\s+je\s+kennis\s+met
        | (?:du\s+kommer\s+att\s+)?träffa|(?:samtal|intervju|möte|videosamtal)\s+med|du\s+får\s+träffa|
          prata\s+med
        | (?:rozmowa|spotkanie|rozmowę)\s+z|poznasz|porozmawiasz\s+z|(?:weźmie|wezmą)\s+udział|udział\s+(?:weźmie|wezmą)
        | composed\s+of|consist(?:s|ing)?\s+of|compost[oa]\s+por|compuest[oa]\s+por|composée?\s+de|besteht\s+aus|
          består\s+av|bestaat\s+uit|compost[oa]\s+da|składa\s+się\s+z
        | (?:agenda|calendar|calendario|calendário|kalender|diary|calendrier|availability|disponibilidad|disponibilidade)
          \s+(?:de|do|da|von|van|di|of|du|för)
    )\b[ \t]*:?[ \t]*"""
)
#: "Priya would like to meet you": a person as the subject of the meeting.
_SUBJECT = re.compile(
    rf"""(?x)(?<![\w@.])((?:(?:Dr|Prof|Mr|Mrs|Ms)\.?\s+)?{NAME})(?:\s*\([^)]{{0,60}}\)|,\s*(?:our|the|my|their)\s+[^,.]{{2,60}},)?,?\s+(?:
        would\s+(?:like|love)\s+to\s+(?:meet|speak|chat|talk|set\s+up|schedule|interview|do|have|hold|run|book)|'d\s+(?:like|love)\s+to\s+(?:meet|speak|chat|talk)|
        wants\s+to\s+(?:meet|speak|chat)|will\s+(?:interview|be\s+interviewing|meet|be\s+meeting|join|be\s+joining|lead|run|call)|
        can\s+(?:jump\s+on|meet|do|chat|talk|speak)|has\s+(?:a\s+)?(?:clash|conflict)|
        (?:también|tambem|também)\s+(?:estará|participará|estarán)|estará\s+también|sarà\s+anche|wird\s+auch\s+dabei\s+sein|
        sera\s+(?:aussi|également)\s+(?:là|présente?)|será\s+também|zal\s+ook\s+(?:aanwezig|aansluiten)|kommer\s+också|(?:is|was)\s+(?:now\s+)?(?:unavailable|off\s+sick|ill)|
        can(?:'t|not|’t)\s+make\s+it|is\s+inviting\s+you\s+to\s+a\s+scheduled|has\s+invited\s+you\s+to|
        lädt\s+Sie\s+zu\s+einem\s+geplanten|vous\s+invite\s+à\s+une\s+réunion|le\s+está\s+invitando|te\s+está\s+invitando|will\s+(?:also\s+)?(?:join|be\s+there|be\s+on\s+the\s+call)(?:\s+too|\s+us)?|joins\s+(?:us|too)|(?:is|are)\s+joining|
        mit\s+dabei|ist\s+(?:auch\s+)?dabei|has\s+(?:\S+\s+){{0,6}}?free|is\s+(?:free|available)\b|
        (?:'s|’s)\s+(?:calendar|diary|availability|calendly|booking\s+link)|sera\s+(?:également\s+)?présente?|estará\s+(?:también\s+)?presente|is\s+(?:keen|looking\s+forward|excited)\s+to|will\s+be\s+your\s+interviewer|
        möchte\s+(?:Sie|dich)\s+kennenlernen|aimerait\s+vous\s+rencontrer|quiere\s+conocerte|gostaria\s+de\s+conhecer|
        vorrebbe\s+conoscerti|wil\s+graag\s+kennismaken|vill\s+gärna\s+träffa
    )"""
)
#: Words that may stand between the phrase and the names ("with our Head of Data, A").
_LEAD_IN = re.compile(
    r"""(?ix)^(?:(?:our|the|your|my|(?-i:o|a|el|la|il|lo)|two\s+of\s+our|a\s+few\s+of\s+our|members\s+of\s+our|unser(?:e[mnr]?)?|
        Ihr(?:e[mnr]?)?|notre|nos|votre|nuestr[oa]s?|su|nosso|nossa|il\s+nostro|la\s+nostra|onze|vår|våra|
        naszym|naszą)\s+)+"""
)
_SPLIT = re.compile(
    r"\s*(?:,|;|\s&\s|\s(?:and|und|et|y|e|en|och|og|ed|oraz|i|as\s+well\s+as|plus)\s)\s*"
)
_SENTENCE_END = re.compile(r"(?<![A-Z])[.!?](?:\s|$)|\n\s*\n|\n")
_BULLET = re.compile(
    r"^[ \t>]*(?:[-*•·–—▪◦]|\d{1,2}[.)])?[ \t]*"
    r"(?:\d{1,2}(?:[:.h]\d{2})?\s*(?:[ap]\.?m\.?)?\s*[-–—]\s*\d{1,2}(?:[:.h]\d{2})?\s*(?:[ap]\.?m\.?)?\s*[|:,\-–—]?\s*)?"
    r"(?:\d{1,2}[:.h]\d{2}\s*(?:[ap]\.?m\.?)?\s*[|:,\-–—]?\s*)?",
    re.I,
)
_PRONOUN = re.compile(r"(?i)me|myself|us|mir|moi|mí|mim|me\s+myself|mij|mig|mną")
_PAREN = re.compile(r"\s*\(([^)]{0,80})\)")
_HONORIFIC_DOT = re.compile(r"\b(Dr|Prof|Mr|Mrs|Ms|Mx|Mme|Sr|Sra|Jr|St)\.(?=\s+[A-ZÀ-Þ])")


def _paren(text: str) -> str:
    """The "(Finance Director)" of "Imogen Fairweather (Finance Director) will join"."""
    found = _PAREN.search(text)
    return f" ({found.group(1)})" if found else ""


def _person_at(piece: str, org_words: Iterable[str], strict: bool = False) -> Named | None:
    """The person a list item starts with, title split off ("A (Title)", "A - Title")."""
    piece = _LEAD_IN.sub("", piece.strip(" \t-–—:"))
    piece = HONORIFIC.sub("", piece)
    title: str | None = None
    paren = _PAREN.search(piece)
    if paren:
        title = paren.group(1).strip() or None
        piece = (piece[: paren.start()] + piece[paren.end() :]).strip()
    # A title before the name ("Head of Data Priya Raman", "Engineering Manager, A").
    head = re.match(r"^((?:[A-Za-zÀ-ÿ&]+\s+){0,5}?[A-Za-zÀ-ÿ&]+)[,\s]+(?=[A-ZÀ-Þ])", piece)
    if head and is_title(head.group(1)):
        title = title or head.group(1)
        piece = piece[head.end() :]
    m = re.match(NAME, piece)
    if not m:
        return None
    name = m.group(0)
    rest = piece[m.end() :].strip()
    if strict and rest and rest[0].islower():
        return None  # "View all guest info": a line of prose, not a person
    if rest and rest[0] in ",-–—|/:" and is_title(rest.lstrip(",-–—|/: ")):
        title = title or rest.lstrip(",-–—|/: ")
    name = clean(name)
    if is_organisation(name):
        return None  # "Sunbird Retail Group", "Carrow Whitlock LLP"
    # Trailing title words that were capitalised with the name ("Dana Ruiz Staff Engineer"),
    # and a weekday or month right after it ("speaking with Courtney Tue 6/1").
    toks = name.split()
    while len(toks) > 1 and (is_title(toks[-1]) or fold(toks[-1]) in NOT_NAME_WORDS):
        if is_title(toks[-1]):
            title = title or toks[-1]
        toks.pop()
    name = " ".join(toks)
    if not looks_like_name(name, org_words):
        return None
    if title and COORDINATOR.search(title):
        return None
    return Named(name, title)


def _inline(text: str, start: int, org_words: Iterable[str]) -> list[Named]:
    """Names listed from ``start`` to the end of the sentence."""
    chunk = text[start : start + 300]
    chunk = _HONORIFIC_DOT.sub(r"\1", chunk)
    end = _SENTENCE_END.search(chunk)
    chunk = chunk[: end.start()] if end else chunk
    chunk = re.sub(
        r"\s*\([^)]{0,80}\)",
        lambda m: re.sub(r",|\s&\s|\s(?:and|und|et|y|e|en|och)\s", " / ", m.group(0)),
        chunk,
    )
    found: list[Named] = []
    pos = 0
    for piece in _SPLIT.split(chunk):
        at = chunk.find(piece, pos)
        sep = chunk[pos:at] if at >= 0 else ""
        pos = at + len(piece) if at >= 0 else pos
        if not piece.strip() or _PRONOUN.fullmatch(piece.strip()):
            continue
        person = _person_at(piece, org_words)
        if person is not None and found and "," in sep and len(person.name.split()) == 1:
            continue  # "Jonas Oberhuber, Logistik", "Vancouver, Canada": not a person
        if person is None:
            if found and not is_title(piece.strip(" -–—")):
                break
            if not found and not is_title(_LEAD_IN.sub("", piece.strip())):
                break
            continue
        found.append(person)
    return found


def _block(lines: list[str], org_words: Iterable[str]) -> list[Named]:
    """One person per line ("- A, Director", "10:00-10:30 B - Engineer") until a gap."""
    found: list[Named] = []
    for line in lines[:12]:
        if not line.strip():
            if found:
                break
            continue
        item = _BULLET.sub("", line, count=1)
        if re.search(r"(?i)\s[-–(]\s*(?:organi[sz]er|organisateur|organisator|organizador)", item):
            continue
        people = [
            p
            for p in (_person_at(x, org_words, strict=True) for x in re.split(r"\s*[;&]\s*", item))
            if p and len(p.name.split()) > 1  # "Lien", "View": a word of the page, not a person
        ]
        if not people:
            break
        found.extend(people)
    return found


_CELL_SPLIT = re.compile(r"\s*\|\s*|\t+|\s{2,}")
_COLUMN = re.compile(
    r"(?i)^(?:interviewers?|interviewer\(s\)|with|panel|gesprächspartner(?:in)?|interviewer(?:in)?|intervenants?|"
    r"entrevistador(?:a|es)?|intervistatore|gesprekspartner|intervjuare|rozmówca|host)$"
)


def _table(lines: list[str], org_words: Iterable[str]) -> list[Named]:
    """The column headed "Interviewer" of a table (cells split by "|", tabs or wide gaps)."""
    for i, line in enumerate(lines):
        cells = [c for c in _CELL_SPLIT.split(line.strip().strip("|")) if c]
        if len(cells) < 2:
            continue
        col = next((j for j, c in enumerate(cells) if _COLUMN.match(c.strip(" :"))), None)
        if col is None:
            continue
        found: list[Named] = []
        for row in lines[i + 1 : i + 20]:
            row_cells = [c for c in _CELL_SPLIT.split(row.strip().strip("|")) if c]
            if not row_cells or set(row.strip()) <= set("-|+=: "):
                continue  # a rule line, or the blank line some tools put between rows
            if len(row_cells) != len(cells):
                if found:
                    break
                continue
            person = _person_at(row_cells[col], org_words)
            if person is not None:
                found.append(person)
        if found:
            return found
    return []


_TIME = r"\d{1,2}(?:(?:[:.h]\d{2})\s*(?:[ap]\.?m\.?)?|\s*[ap]\.?m\.?)"
_AGENDA_LINE = re.compile(
    rf"(?i)^[ \t>*\-•·–—]*{_TIME}(?:\s*(?:[-–—]|to|bis|à|a)\s*{_TIME})?(?:\s+\(?(?-i:[A-Z]{{2,5}})\)?(?=\s))?\s*[|:,\-–—]?\s+(\S.*)$"
)
#: Agenda items that are not interviews: welcome, meals, breaks, wrap-up.
_NOT_A_SESSION = re.compile(
    r"(?i)^\W*(?:welcome|arrive|arrival|check-in|coffee|lunch|break|tour|wrap|closing|close|farewell|accueil|pause|déjeuner|"
    r"bienvenida|comida|almuerzo|cierre|descanso|boas-vindas|almoço|intervalo|begrüßung|mittag|ankunft|pranzo|accoglienza|"
    r"welkom|lunchpauze|välkomna|lunch|fika|powitanie|przerwa|obiad)"
)


def _agenda(lines: list[str], org_words: Iterable[str]) -> list[Named]:
    """People on an agenda: "10:00 - 11:00  System design: Wen Liu, Staff Engineer"."""
    found: list[Named] = []
    for line in lines:
        m = _AGENDA_LINE.match(line)
        if not m:
            continue
        rest = m.group(1).strip()
        if _NOT_A_SESSION.match(rest):
            continue
        candidates = [rest]
        if ": " in rest:
            candidates.insert(0, rest.split(": ", 1)[1])
        dash = re.split(r"\s[–—-]\s", rest, maxsplit=1)
        if len(dash) == 2:
            candidates.insert(0, dash[1])
        for candidate in candidates:
            people = [
                p
                for p in (
                    _person_at(x, org_words)
                    for x in re.split(
                        r"\s*(?:&|\band\b|\bund\b|\bet\b|\by\b|\be\b|\ben\b|\boch\b)\s*", candidate
                    )
                )
                if p
            ]
            people = [p for p in people if len(p.name.split()) > 1]  # "Coding", "Pacific"
            if people:
                found.extend(people)
                break
    return found


def _titled_list(lines: list[str], org_words: Iterable[str]) -> list[Named]:
    """Two or more lines in a row, each a person with their title ("Matilda Lim, Chief
    Nursing Officer", "- Marcus Caldwell (VP Finance)"): a panel, whatever introduced it."""
    runs: list[list[Named]] = [[]]
    for line in lines:
        item = _BULLET.sub("", line, count=1).strip()
        person = _person_at(item, org_words, strict=True) if item else None
        if person is not None and person.title and " " in person.name:
            runs[-1].append(person)
        elif runs[-1]:
            runs.append([])
    return [p for run in runs if len(run) >= 2 for p in run]


def _pipe_pairs(lines: list[str], org_words: Iterable[str]) -> list[Named]:
    """Label and value in cells of one line: "When | Monday 2 PM | With | Sofia Marchetti |"."""
    found: list[Named] = []
    for line in lines:
        if line.count("|") < 2:
            continue
        cells = [c.strip() for c in line.split("|")]
        for i, cell in enumerate(cells[:-1]):
            label = _LABEL.match(cell + ":")
            if cell and label and label.end() == len(cell) + 1:
                found.extend(p for p in _inline(cells[i + 1], 0, org_words) if " " in p.name)
    return found


def _org_like(name: str, text: str) -> bool:
    """The text uses this phrase as an organisation ("at Juniper Vale", "Juniper Vale's")."""
    n = re.escape(name)
    return bool(
        re.search(
            rf"(?:\b(?:at|join|joining|bei|chez|para|pour|voor|hos|presso)\s+{n}\b|{n}(?:'s|’s)\s|{n}\s+(?:team|Team|is\s+hiring|Recruiting|Talent|Careers|HR)\b)",
            text,
        )
    )


def named_people(text: str, *, org_words: Iterable[str] = ()) -> list[Named]:
    """Everyone the text says the candidate meets, in order, each once."""
    orgs = list(org_words)
    lines = text.split("\n")
    found: list[Named] = (
        _table(lines, orgs)
        + _agenda(lines, orgs)
        + _pipe_pairs(lines, orgs)
        + _titled_list(lines, orgs)
    )
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    for i, line in enumerate(lines):
        label = _LABEL.match(line)
        if label:
            rest = line[label.end() :]
            if rest.strip():
                found.extend(_inline(rest, 0, orgs))
            else:
                found.extend(_block(lines[i + 1 :], orgs))
    for i, line in enumerate(lines):
        m = _PHRASE.search(line)
        while m is not None:
            if re.fullmatch(r"\s*[:\-–—]?\s*", line[m.end() :]):
                found.extend(_block(lines[i + 1 :], orgs))
                break
            m = _PHRASE.search(line, m.end())
    flat = re.sub(r"(?<![\n:])\n(?![\n \t>*\-•·–—\d])", " ", text)
    for m in _PHRASE.finditer(flat):
        found.extend(_inline(flat, m.end(), orgs))
    for m in _SUBJECT.finditer(text):
        person = _person_at(m.group(0)[: m.end(1) - m.start(0)] + _paren(m.group(0)), orgs)
        if person is not None:
            # "Our engineering manager, Dr. Helena Vasquez, would like...": the title
            # (or honorific) before the name says it is a person, not a company.
            before = re.search(r"([A-Za-zÀ-ÿ&' ]{3,60}),\s*$", text[: m.start(1)])
            title = person.title
            if title is None and before and is_title(_LEAD_IN.sub("", before.group(1).strip())):
                title = _LEAD_IN.sub("", before.group(1).strip())
            titled = bool(HONORIFIC.match(m.group(1)))
            found.append(Named(person.name, title, strong=titled))
    unique: list[Named] = []
    for person in found:
        key = fold(person.name)
        if all(fold(p.name) != key for p in unique) and not _org_like(person.name, text):
            unique.append(person)
    return unique


def meets_unnamed(text: str) -> bool:
    """The mail sets up a meeting with someone it does not name ("with the hiring
    manager", "con la responsable del área", "mit der Fachabteilung", "min kund")."""
    flat = re.sub(r"\s+", " ", text)
    for m in _PHRASE.finditer(flat):
        after = flat[m.end() : m.end() + 60]
        if re.match(
            r"(?i)(?:the|our|a|an|one|two|some|members|la|el|los|las|le|les|l'|un|une|der|die|dem|den|einem|einer|unserem|unserer|"
            r"il|lo|gli|o|a|os|as|um|uma|het|de|een|onze|min|vår|våra|en|ett|nasz|naszym)\b",
            after,
        ) and not _inline(flat, m.end(), ()):
            return True
    return bool(
        re.search(
            r"(?i)\b(?:(?:with|meet|meeting|speak\s+to|talk\s+to)\s+(?:the|our|your)\s+(?:hiring\s+manager|panel|team)"
            r"|min\s+kund|mon\s+client|mi\s+cliente|meu\s+cliente|mein(?:em)?\s+Kunden?|mijn\s+klant)\b",
            flat,
        )
    )
