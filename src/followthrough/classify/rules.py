"""Phrase rules that vote for a message kind, in English, German, French, Spanish,
Portuguese and Dutch.

Each rule is one idea ("the employer chose someone else", "the candidate is asked
for availability") written as a family of phrasings across languages, with a weight.
The classifier sums the weights per kind over the newest part of the message (and the
subject), so a rejection that mentions an offer made to someone else still scores as a
rejection, and "an offer to interview" scores as an invitation. Rule names end up in
``Classification.evidence``.

The tables are kept by kind (:mod:`followthrough.classify.rules_decision`,
:mod:`followthrough.classify.rules_progress`); this module joins them and scores them.
"""

from __future__ import annotations

import re

from followthrough.classify.phrase_rule import Rule
from followthrough.classify.rules_decision import DECISION_RULES
from followthrough.classify.rules_progress import PROGRESS_RULES
from followthrough.model import Kind

#: Words that, written just before an offer phrase, turn it around
#: ("unable to offer you", "won't be extending an offer").
NEGATORS = re.compile(
    r"(?:unable\s+to|not\s+able\s+to|cannot|can't|can\s+not|won't|will\s+not|not\s+be|not\s+in\s+a\s+position\s+to|"
    r"decided\s+not\s+to|no|nicht|pas|no\s+podemos|não)\s+(?:\w+\s+){0,2}$"
)

#: Every inbound rule, in the order they are scored and reported.
INBOUND_RULES: tuple[Rule, ...] = (*DECISION_RULES, *PROGRESS_RULES)


def score(
    rules: tuple[Rule, ...], subject: str, body: str
) -> tuple[dict[Kind, float], dict[Kind, list[str]]]:
    """Sum rule weights per kind; ``body`` and ``subject`` are lower-cased and flattened."""
    totals: dict[Kind, float] = {}
    fired: dict[Kind, list[str]] = {}
    both = f"{subject}\n{body}"
    # The literal test sees the subject/body break as the space it is to \\s.
    spaced = f"{subject} {body}"
    for rule in rules:
        region = subject if rule.subject_only else both
        if rule.literals is not None:
            probe = subject if rule.subject_only else spaced
            if not any(lit in probe for lit in rule.literals):
                continue
        hit = False
        for m in rule.pattern.finditer(region):
            if rule.negatable and NEGATORS.search(region[max(0, m.start() - 40) : m.start()]):
                continue
            hit = True
            break
        if hit:
            totals[rule.kind] = totals.get(rule.kind, 0.0) + rule.weight
            fired.setdefault(rule.kind, []).append(rule.name)
    return totals, fired
