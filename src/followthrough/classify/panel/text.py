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

from followthrough.classify.panel.items import (
    LEAD_IN,
    Named,
    names_inline,
    parenthesised,
    person_at,
)
from followthrough.classify.panel.layouts import agenda, block, table, titled_list
from followthrough.classify.panel.names import HONORIFIC, NAME, is_title
from followthrough.keys import spaced as fold

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


def pipe_pairs(lines: list[str], org_words: Iterable[str]) -> list[Named]:
    """Label and value in cells of one line: "When | Monday 2 PM | With | Sofia Marchetti |"."""
    found: list[Named] = []
    for line in lines:
        if line.count("|") < 2:
            continue
        cells = [c.strip() for c in line.split("|")]
        for i, cell in enumerate(cells[:-1]):
            label = _LABEL.match(cell + ":")
            if cell and label and label.end() == len(cell) + 1:
                found.extend(p for p in names_inline(cells[i + 1], 0, org_words) if " " in p.name)
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
        table(lines, orgs)
        + agenda(lines, orgs)
        + pipe_pairs(lines, orgs)
        + titled_list(lines, orgs)
    )
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    for i, line in enumerate(lines):
        label = _LABEL.match(line)
        if label:
            rest = line[label.end() :]
            if rest.strip():
                found.extend(names_inline(rest, 0, orgs))
            else:
                found.extend(block(lines[i + 1 :], orgs))
    for i, line in enumerate(lines):
        m = _PHRASE.search(line)
        while m is not None:
            if re.fullmatch(r"\s*[:\-–—]?\s*", line[m.end() :]):
                found.extend(block(lines[i + 1 :], orgs))
                break
            m = _PHRASE.search(line, m.end())
    flat = re.sub(r"(?<![\n:])\n(?![\n \t>*\-•·–—\d])", " ", text)
    for m in _PHRASE.finditer(flat):
        found.extend(names_inline(flat, m.end(), orgs))
    for m in _SUBJECT.finditer(text):
        person = person_at(m.group(0)[: m.end(1) - m.start(0)] + parenthesised(m.group(0)), orgs)
        if person is not None:
            # "Our engineering manager, Dr. Helena Vasquez, would like...": the title
            # (or honorific) before the name says it is a person, not a company.
            before = re.search(r"([A-Za-zÀ-ÿ&' ]{3,60}),\s*$", text[: m.start(1)])
            title = person.title
            if title is None and before and is_title(LEAD_IN.sub("", before.group(1).strip())):
                title = LEAD_IN.sub("", before.group(1).strip())
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
        ) and not names_inline(flat, m.end(), ()):
            return True
    return bool(
        re.search(
            r"(?i)\b(?:(?:with|meet|meeting|speak\s+to|talk\s+to)\s+(?:the|our|your)\s+(?:hiring\s+manager|panel|team)"
            r"|min\s+kund|mon\s+client|mi\s+cliente|meu\s+cliente|mein(?:em)?\s+Kunden?|mijn\s+klant)\b",
            flat,
        )
    )
