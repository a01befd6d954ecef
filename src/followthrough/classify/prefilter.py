"""Cheap necessary conditions for phrase regexes, worked out from the regexes themselves.

Scoring runs some sixty phrase families over every message, and most of them cannot
match most messages. Python's regex engine tries every alternative at every position,
so a family costs time even when it is absent. :func:`required_literals` reads a
compiled pattern's syntax tree and returns the literal strings one of which every match
must contain at its start ("regret to", "not moving", ...). A plain substring test for
those (done in C) rules a family out in a fraction of the time; the regex itself only
runs when one of them is present, so results are exactly the same as without it.
"""

from __future__ import annotations

import re
from re import _constants as _c  # type: ignore[attr-defined]  # the compiler's own parser
from re import _parser as _p  # type: ignore[attr-defined]
from typing import Any

#: Literals shorter than this are too common to rule anything out.
MIN_LITERAL = 3
#: Literals are cut to this length: a few more regex runs, far fewer substring tests.
MAX_LITERAL = 12
#: Give up on patterns whose start expands to more literals than this.
MAX_LITERALS = 400

_ZERO_WIDTH = {_c.AT, _c.ASSERT, _c.ASSERT_NOT}
_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", _c.MAX_REPEAT)}

# (prefix, open): ``open`` means the prefix may still grow with what follows.
_Starts = list[tuple[str, bool]]


class _GiveUp(Exception):
    pass


def _join(outs: _Starts, sub: _Starts, *, close: bool = False) -> _Starts:
    joined: _Starts = []
    for prefix, is_open in outs:
        if not is_open:
            joined.append((prefix, False))
            continue
        for s, s_open in sub:
            joined.append((prefix + s, s_open and not close))
    if len(joined) > MAX_LITERALS:
        raise _GiveUp
    return joined


def _is_space(items: Any) -> bool:
    """Whether ``items`` is exactly one whitespace class (``\\s``)."""
    items = list(items)
    if len(items) != 1 or items[0][0] is not _c.IN:
        return False
    return list(items[0][1]) == [(_c.CATEGORY, _c.CATEGORY_SPACE)]


def _starts(items: Any) -> _Starts:
    outs: _Starts = [("", True)]
    for op, av in items:
        if not any(is_open for _, is_open in outs):
            break
        if op in _ZERO_WIDTH:
            continue
        if op is _c.LITERAL:
            outs = _join(outs, [(chr(av), True)])
        elif op is _c.SUBPATTERN:
            outs = _join(outs, _starts(av[-1]))
        elif op is _c.BRANCH:
            alternatives: _Starts = []
            for alt in av[1]:
                alternatives.extend(_starts(alt))
            outs = _join(outs, alternatives)
        elif op is _c.IN and 0 < len(av) <= 4 and all(o is _c.LITERAL for o, _ in av):
            outs = _join(outs, [(chr(v), True) for _, v in av])
        elif op in _REPEATS and _is_space(av[2]) and av[1] >= 1:
            # Flattened text has single spaces only: \s+ is one space, \s* none or one.
            outs = _join(outs, [(" ", True)] if av[0] >= 1 else [("", True), (" ", True)])
        elif op in _REPEATS and av[1] == 1:
            optional = [("", True)] if av[0] == 0 else []
            outs = _join(outs, optional + _starts(av[2]))
        elif op in _REPEATS and av[0] >= 1:
            # At least one copy: its start is required, what follows is unknown.
            outs = _join(outs, _starts(av[2]), close=True)
        elif _is_space([(op, av)]):
            outs = _join(outs, [(" ", True)])
        else:
            outs = [(prefix, False) for prefix, _ in outs]
    return outs


def required_literals(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Lower-case literals, one of which starts every match; None when unknown.

    Only sound for text that is already lower-case with every whitespace run collapsed
    to one space (the scorer flattens it so), and for patterns matched with IGNORECASE.
    """
    try:
        tree = _p.parse(pattern.pattern, pattern.flags)
        starts = _starts(list(tree))
    except (_GiveUp, RecursionError, re.error):
        return None
    literals = {prefix.lower()[:MAX_LITERAL] for prefix, _ in starts}
    if not literals or any(len(lit.strip()) < MIN_LITERAL for lit in literals):
        return None
    # A literal that contains a shorter one is implied by it.
    kept = sorted(literals, key=len)
    minimal: list[str] = []
    for lit in kept:
        if not any(lit.startswith(m) for m in minimal):
            minimal.append(lit)
    return tuple(minimal)
