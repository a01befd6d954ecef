"""The text a decision is made on: the newest part, flattened, minus what is only
conditional.

"If you are not selected, we will let you know" is no rejection, so wholly conditional
sentences are dropped before the phrase rules and the model read the text; quotes and
spacing are folded so that one pattern matches every way a mail client writes them.
"""

from __future__ import annotations

import re

_CONDITIONAL = re.compile(
    r"^\s*(?:if|should|in\s+case|unless|wenn|falls|sollten?|si|caso|indien|mocht)\b", re.IGNORECASE
)
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+|\n{2,}")


def flatten(text: str) -> str:
    """Lower case on one line, with curly quotes and no-break spaces made plain."""
    text = text.replace("’", "'").replace("‘", "'").replace("\u00a0", " ")
    return " ".join(text.split()).lower()


def decision_text(newest: str) -> str:
    """The newest part without wholly conditional sentences ("If you are not selected, ...")."""
    kept = [s for s in _SENTENCE_SPLIT.split(newest) if s.strip() and not _CONDITIONAL.match(s)]
    return flatten(" ".join(kept))
