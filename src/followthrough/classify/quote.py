"""Keep only the newest part of a message: quoted history and forwarded blocks removed.

In a thread the older messages are quoted below (Gmail "On ... wrote:", Outlook
"-----Original Message-----" or a "From:/Sent:" header block, and their French, German,
Spanish, Portuguese and Dutch forms). Only the newest part says what *this* message is:
a rejection that quotes the candidate's thank-you is still a rejection. The signature is
kept, since it often names the sender's company; :func:`split_signature` separates it
for the callers that need the body alone.
"""

# Long lines here are phrase patterns; splitting them would hide the alternatives.
# ruff: noqa: E501

from __future__ import annotations

import re

# A line that opens the quoted history; everything from it on is dropped.
_ATTRIBUTION = re.compile(
    r"""^\s*(?:
        -{2,}\s*(?:original\s+message|forwarded\s+message|ursprüngliche\s+nachricht|
            message\s+d'origine|mensaje\s+original|mensagem\s+original|
            oorspronkelijk\s+bericht|weitergeleitete\s+nachricht|message\s+transféré)\s*-{0,}
      | (?:on|am|le|el|em|op)\s[^\n]{0,160}?(?:wrote|schrieb|a\sécrit|escribió|escreveu|schreef)\s*:?\s*$
      | begin\sforwarded\smessage:
    )""",
    re.IGNORECASE | re.VERBOSE,
)
# Attribution lines wrapped over two lines ("On Thu, ... Name <addr>\nwrote:").
_WRAPPED_ATTRIBUTION = re.compile(
    r"^\s*(?:on|am|le|el|em|op)\s.{0,200}\n.{0,120}(?:wrote|schrieb|a écrit|escribió|escreveu|schreef)\s*:\s*$",
    re.IGNORECASE | re.MULTILINE,
)
# An Outlook-style header block: "From:" followed within a few lines by "Sent:"/"Date:".
_HEADER_BLOCK = re.compile(
    r"^\s*\*?(?:from|von|de|van)\s*:\*?\s.+\n(?:.*\n){0,3}?\s*\*?"
    r"(?:sent|date|gesendet|datum|envoyé|enviado|verzonden|data)\s*:",
    re.IGNORECASE | re.MULTILINE,
)
_QUOTE_MARKS = re.compile(r"^[ \t]*(?:>[ \t]?)+", re.MULTILINE)
_SIG_DELIM = re.compile(r"^(?:-- ?|--|__)\s*$", re.MULTILINE)
_MOBILE_SIG = re.compile(r"^\s*sent from my \w+", re.IGNORECASE | re.MULTILINE)


def strip_quoted(text: str) -> str:
    """The newest part of ``text``: no quoted history, no forwarded block."""
    return split_quoted(text)[0]


def split_quoted(text: str) -> tuple[str, str]:
    """``(newest, history)``: the newest part, and the quoted history with its ``>`` marks
    removed (empty when there is none). The history still names the company when the
    newest part does not ("Re: ..." with the recruiter's earlier signature below)."""
    cut = len(text)
    for pattern in (_WRAPPED_ATTRIBUTION, _HEADER_BLOCK, _MOBILE_SIG):
        m = pattern.search(text)
        if m and m.start() < cut:
            cut = m.start()
    lines = text[:cut].split("\n")
    kept: list[str] = []
    quoted: list[str] = []
    for index, line in enumerate(lines):
        if _ATTRIBUTION.match(line):
            quoted.extend(lines[index:])
            break
        if line.lstrip().startswith(">"):
            quoted.append(line)
            continue
        kept.append(line)
    newest = "\n".join(kept).strip()
    if not newest:
        # A reply that is only quotes (e.g. a bare forward) keeps its full text.
        return text.strip(), ""
    if cut < len(text) or quoted:
        history = "\n".join([*quoted, text[cut:]])
        history = _QUOTE_MARKS.sub("", history).strip()
        return newest, history
    return newest, ""


def split_signature(text: str) -> tuple[str, str]:
    """``(body, signature)``: split at a ``-- `` delimiter, else ('text', '')."""
    m = _SIG_DELIM.search(text)
    if not m:
        return text, ""
    return text[: m.start()].rstrip(), text[m.end() :].strip()
