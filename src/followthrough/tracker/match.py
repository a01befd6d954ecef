"""Which application a message belongs to (SPEC section 3 matching rules).

By thread first, then by company (its own domain, or the company an ATS mail names),
then by role: two roles at one company are two applications, and a message that
names no role joins the company's most recently active open application.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from followthrough.model import TERMINAL_STATES, State
from followthrough.tracker.names import company_key, same_company, same_role


@dataclass(frozen=True)
class Candidate:
    """What matching needs to know of an existing application."""

    id: int
    company_key: str | None
    role: str | None
    state: State
    domains: frozenset[str]
    updated_at: dt.datetime
    #: every role its messages named ("Backend (Care Platform)" beside "Senior Software
    #: Engineer, Backend"): a variant seen in the application is the same job
    roles: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Clues:
    """What matching needs to know of a message."""

    company: str | None
    role: str | None
    domains: frozenset[str]  # employer domains the message came from or went to
    thread_app: int | None  # the application its thread already belongs to


def _best(cands: Sequence[Candidate]) -> Candidate:
    """Prefer open applications, then the most recently active one."""
    return max(cands, key=lambda c: (c.state not in TERMINAL_STATES, c.updated_at, c.id))


def match(clues: Clues, apps: Iterable[Candidate]) -> tuple[int | None, str]:
    """The id of the application ``clues`` belong to, or None for a new one, and why."""
    if clues.thread_app is not None:
        return clues.thread_app, "same thread"
    key = company_key(clues.company)
    apps = list(apps)
    pool = [a for a in apps if key is not None and a.company_key == key]
    if not pool:  # no exact name: the same domain, or a name spelt a little differently
        pool = [a for a in apps if clues.domains & a.domains]
    if not pool:
        pool = [a for a in apps if same_company(key, a.company_key)]
    if not pool:
        return None, "no application at this company yet"
    if clues.role:
        same = [
            a
            for a in pool
            if same_role(a.role, clues.role) or any(same_role(r, clues.role) for r in a.roles)
        ]
        if same:
            return _best(same).id, "same company and role"
        unnamed = [a for a in pool if a.role is None]
        if unnamed:
            return _best(unnamed).id, "same company; the application had no role yet"
        return None, "same company, another role"
    return _best(pool).id, "same company"
