"""What a thank-you can say about one interviewer, from what the mail told us.

A panel's thank-yous used to differ only in the name, and every panelist, engineers
included, was asked about the timeline, which is the recruiter's question. The invite
usually gives each person's title; from it a template learns what the conversation
was likely about (``focus``), and whether this person runs the process and so is the
one to ask about next steps (``asks_timeline``). A short call is a screen.
"""

from __future__ import annotations

import re

from followthrough.model import Person
from followthrough.policy.history import Interview

#: Titles of people who run a hiring process (recruiters, coordinators, HR), in the
#: languages the drafts are written in.
_PEOPLE = re.compile(
    r"(?i)recruit|talent|sourc(?:er|ing)|\bpeople\b|\bhr\b|human resources|coordinat"
    r"|personal(?:referent|abteilung)?\b|\brh\b|recrut|reclut|selecci[oó]n|werving"
)
_LEADERSHIP = re.compile(
    r"(?i)manager|director|\bhead\b|\bvp\b|vice president|chief|\bc[tep]o\b|founder|\blead\b"
    r"|leiter|leitung|directeur|directrice|responsable|gerente|diretor|teamlead|bereichs"
)
_TECHNICAL = re.compile(
    r"(?i)engineer|developer|architect|scientist|analyst|designer|programmer|\bsre\b|devops"
    r"|entwickler|ingénieur|ingeniero|ingeniera|desarrollador|ontwikkelaar|engenheir"
    r"|desenvolvedor|informaticien|consultant"
)
SCREEN_MINUTES = 35


def focus(title: str | None) -> str:
    """ "people", "leadership", "technical", or "" when the title says nothing."""
    if not title:
        return ""
    for name, pattern in (
        ("people", _PEOPLE),
        ("leadership", _LEADERSHIP),
        ("technical", _TECHNICAL),
    ):
        if pattern.search(title):
            return name
    return ""


def runs_process(person: Person, interview: Interview) -> bool:
    """Whether ``person`` is the one to ask about next steps: they sent the invitation,
    their title is a recruiter's, or they were the only interviewer."""
    invite = interview.invite
    sender = (invite.sender.address or "") if invite and invite.sender else ""
    if sender and person.address and sender.lower() == person.address.lower():
        return True
    if focus(person.title) == "people":
        return True
    return len([p for p in interview.interviewers if p.address]) <= 1


def is_screen(interview: Interview) -> bool:
    """A short call (at most 35 minutes) rather than an interview proper."""
    return (interview.end - interview.start).total_seconds() <= SCREEN_MINUTES * 60


def variant(person: Person, interview: Interview) -> str:
    """Which phrasings a panelist gets, "0" to "3": templates take the first paragraph's
    alternative for 1 and 2 and the second's for 1 and 3, so up to four panelists with
    the same title get four different notes."""
    with_address = [p.address for p in interview.interviewers if p.address]
    index = with_address.index(person.address) if person.address in with_address else 0
    return str(index % 4)
