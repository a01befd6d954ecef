"""One phrase rule: the record the classifier scores, and how its pattern is compiled.

The rule tables (:mod:`followthrough.classify.rules_decision`,
:mod:`followthrough.classify.rules_progress` and :mod:`followthrough.classify.rules_out`)
are written with :func:`rule`, so that every phrase family is anchored and given its
cheap literal test the same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from followthrough.classify.prefilter import required_literals
from followthrough.model import Kind


@dataclass(frozen=True)
class Rule:
    """One phrase family voting for one kind."""

    name: str
    kind: Kind
    weight: float
    pattern: re.Pattern[str]
    subject_only: bool = False
    negatable: bool = False
    #: Literals one of which every match starts with (None: no cheap test known).
    literals: tuple[str, ...] | None = field(default=None, compare=False)


#: Rules whose phrases may sit inside a compound word (German "Bewerbungsabsage").
_INSIDE_WORDS = frozenset(
    {
        "rejection.de",
        "offer.de",
        "invite.de",
        "invite.de_words",
        "ack.other_languages",
        "assessment.other_languages",
    }
)


def rule(
    name: str, kind: Kind, weight: float, pattern: str, *, subject: bool = False, neg: bool = False
) -> Rule:
    # Anchoring at a word start lets the regex engine skip mid-word positions quickly,
    # which halves the cost of scoring.
    anchored = pattern if name in _INSIDE_WORDS else rf"(?<!\w)(?:{pattern})"
    compiled = re.compile(anchored, re.IGNORECASE | re.VERBOSE)
    return Rule(name, kind, weight, compiled, subject, neg, required_literals(compiled))
