"""Panels laid out line by line: bullet blocks, tables, agendas and titled lists.

Scheduling tools and people list the people met one per line ("- A, Director"), in a
table column headed "Interviewer", or on an agenda ("10:00 - 11:00  System design: A").
Each reader here takes the lines of the text and returns the people it lays out.
"""

# Long lines here are phrase patterns; splitting them would hide the alternatives.
# ruff: noqa: E501

from __future__ import annotations

import re
from collections.abc import Iterable

from followthrough.classify.panel.items import Named, person_at

_BULLET = re.compile(
    r"^[ \t>]*(?:[-*•·–—▪◦]|\d{1,2}[.)])?[ \t]*"
    r"(?:\d{1,2}(?:[:.h]\d{2})?\s*(?:[ap]\.?m\.?)?\s*[-–—]\s*\d{1,2}(?:[:.h]\d{2})?\s*(?:[ap]\.?m\.?)?\s*[|:,\-–—]?\s*)?"
    r"(?:\d{1,2}[:.h]\d{2}\s*(?:[ap]\.?m\.?)?\s*[|:,\-–—]?\s*)?",
    re.I,
)


def block(lines: list[str], org_words: Iterable[str]) -> list[Named]:
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
            for p in (person_at(x, org_words, strict=True) for x in re.split(r"\s*[;&]\s*", item))
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


def table(lines: list[str], org_words: Iterable[str]) -> list[Named]:
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
            person = person_at(row_cells[col], org_words)
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


def agenda(lines: list[str], org_words: Iterable[str]) -> list[Named]:
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
                    person_at(x, org_words)
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


def titled_list(lines: list[str], org_words: Iterable[str]) -> list[Named]:
    """Two or more lines in a row, each a person with their title ("Matilda Lim, Chief
    Nursing Officer", "- Marcus Caldwell (VP Finance)"): a panel, whatever introduced it."""
    runs: list[list[Named]] = [[]]
    for line in lines:
        item = _BULLET.sub("", line, count=1).strip()
        person = person_at(item, org_words, strict=True) if item else None
        if person is not None and person.title and " " in person.name:
            runs[-1].append(person)
        elif runs[-1]:
            runs.append([])
    return [p for run in runs if len(run) >= 2 for p in run]
