"""HTML to visible text in one linear scan, whatever the markup does.

The standard library's ``HTMLParser`` rescans unterminated constructs (an open comment,
a ``<`` without ``>``) and slows to minutes on hostile newsletters; this scanner only
moves forward with ``str.find``, so its time is linear in the input. It keeps what the
classifier needs: the visible words, line breaks at block elements, `` | `` between
table cells; scripts, styles, comments and the head are dropped.
"""

from __future__ import annotations

import html as htmllib
import re

BLOCKS = frozenset(
    {"br", "p", "div", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table",
     "blockquote", "ul", "ol", "section", "article", "header", "footer", "hr"}
)  # fmt: skip
CELLS = frozenset({"td", "th"})
HIDDEN = frozenset({"script", "style", "head", "title", "template", "noscript"})
_NAME_START = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ/!?")
_NAME = re.compile(r"(/?)([A-Za-z][A-Za-z0-9]{0,15})")


def html_to_visible(markup: str) -> str:
    """The visible text of ``markup`` (entities decoded), not yet normalised."""
    out: list[str] = []
    lower = markup.lower()
    n = len(markup)
    i = 0
    while i < n:
        j = markup.find("<", i)
        if j < 0:
            out.append(markup[i:])
            break
        if j > i:
            out.append(markup[i:j])
        if j + 1 >= n or markup[j + 1] not in _NAME_START:
            out.append("<")  # a lone "<" in text
            i = j + 1
            continue
        if markup.startswith("<!--", j):
            k = markup.find("-->", j + 4)
            i = n if k < 0 else k + 3
            continue
        k = markup.find(">", j + 1)
        if k < 0:
            break  # an unterminated tag runs to the end: nothing visible after it
        found = _NAME.match(markup, j + 1, k)
        i = k + 1
        if found is None:
            continue
        closing, name = found.group(1) == "/", found.group(2).lower()
        if name in HIDDEN and not closing:
            close = lower.find(f"</{name}", i)
            i = n if close < 0 else close
        elif name in BLOCKS:
            out.append("\n")
        elif name in CELLS and closing:
            out.append(" | ")
    return htmllib.unescape("".join(out))
