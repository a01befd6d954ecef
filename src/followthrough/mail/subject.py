"""Reply and forward prefixes of a subject line, in the languages mail clients write them.

One list for the whole program: threading, company and role extraction, the classifier and
the draft lint all strip or test the same prefixes ("Re:", "AW:", "SV:", "RV:", "Fwd:", "WG:",
"TR:", "Doorst:", "Odp:", "Re[2]:").
"""

from __future__ import annotations

import re

#: Reply prefixes: English/Latin "Re", German "AW", Scandinavian "SV", Finnish "VS", Dutch
#: "Antw", Italian "Rif"/"R", Portuguese "Res", Estonian "Ant", Polish "Odp".
REPLY_WORDS = ("re", "aw", "sv", "vs", "antw", "rif", "r", "res", "ant", "odp")
#: Forward prefixes: "Fw"/"Fwd", German "WG", French "TR", Spanish "RV", Portuguese "Enc",
#: Dutch "Doorst", Finnish "VL".
FORWARD_WORDS = ("fw", "fwd", "wg", "tr", "rv", "enc", "doorst", "vl")


def _one(words: tuple[str, ...]) -> str:
    return r"(?:" + "|".join(sorted(words, key=len, reverse=True)) + r")\s*(?:\[\d+\])?\s*:"


_REPLY = re.compile(r"^\s*" + _one(REPLY_WORDS), re.I)
_FORWARD = re.compile(r"^\s*" + _one(FORWARD_WORDS), re.I)
_PREFIXES = re.compile(r"^\s*(?:" + _one(REPLY_WORDS + FORWARD_WORDS) + r"\s*)+", re.I)


def strip_prefixes(subject: str | None) -> str:
    """The subject without its chain of reply and forward prefixes ("Re: Fwd: Re: X" -> "X")."""
    return _PREFIXES.sub("", subject or "").strip()


def has_prefix(subject: str | None) -> bool:
    """Whether the subject starts with a reply or forward prefix."""
    return bool(subject and _PREFIXES.match(subject))


def is_reply(subject: str | None) -> bool:
    """Whether the subject's first prefix is a reply's."""
    return bool(subject and _REPLY.match(subject))


def is_forward(subject: str | None) -> bool:
    """Whether the subject's first prefix is a forward's."""
    return bool(subject and _FORWARD.match(subject))
