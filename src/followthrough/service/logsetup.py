"""Service logging: one line per event on stderr, in a form journald keeps well.

Under systemd, stderr is a journal stream (``$JOURNAL_STREAM`` names its device and
inode): each line then starts with a ``<N>`` syslog priority, which journald turns
into the entry's PRIORITY (sd-daemon(3)), and no timestamp, which journald adds. In
a terminal the line gets a local timestamp and the level name instead. Tracebacks
are folded into the same line, because journald splits a stream at newlines and a
traceback would become twenty unrelated entries. What is logged is the modules'
business: they log ids and counts, never addresses, tokens or bodies.
"""

from __future__ import annotations

import logging
import os
import sys
from typing import TextIO

# Python levels to syslog priorities (sd-daemon(3) SD_ERR, SD_WARNING, ...).
_PRIORITY = {
    logging.CRITICAL: 2,
    logging.ERROR: 3,
    logging.WARNING: 4,
    logging.INFO: 6,
    logging.DEBUG: 7,
}


def stream_is_journal(stream: TextIO, environ: dict[str, str] | None = None) -> bool:
    """True when ``stream`` is the journal stream systemd connected us to."""
    value = (os.environ if environ is None else environ).get("JOURNAL_STREAM", "")
    dev, sep, ino = value.partition(":")
    if not sep:
        return False
    try:
        st = os.fstat(stream.fileno())
        return st.st_dev == int(dev) and st.st_ino == int(ino)
    except (OSError, ValueError, AttributeError):
        return False


class OneLineFormatter(logging.Formatter):
    """Formats a record, traceback included, as a single line."""

    def __init__(self, *, journal: bool) -> None:
        plain = "%(name)s: %(message)s"
        super().__init__(plain if journal else f"%(asctime)s %(levelname)s {plain}")
        self.journal = journal

    def format(self, record: logging.LogRecord) -> str:
        text = super().format(record)
        text = " | ".join(part.rstrip() for part in text.splitlines() if part.strip())
        if self.journal:
            level = max((lv for lv in _PRIORITY if lv <= record.levelno), default=logging.DEBUG)
            return f"<{_PRIORITY[level]}>{text}"
        return text


def verbosity_from_root() -> int:
    """How many ``-v`` the CLI was given, read back from the level ``cli.main`` set."""
    level = logging.getLogger().level
    return (
        0
        if level >= logging.WARNING or level == logging.NOTSET
        else (1 if level >= logging.INFO else 2)
    )


def configure(*, verbosity: int = 0, stream: TextIO | None = None) -> None:
    """Set up logging for ``followthrough run``, replacing what ``cli.main`` set.

    The service reports each pass at info level by default: a person reading the journal
    wants to see that it works. ``-v`` adds our debug lines, ``-vv`` the libraries' info
    lines too. APScheduler stays quiet otherwise (it logs every job start at info); our
    own scheduler listener reports skipped and missed runs in plain words.
    """
    out = stream or sys.stderr
    handler = logging.StreamHandler(out)
    handler.setFormatter(OneLineFormatter(journal=stream_is_journal(out)))
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(logging.INFO if verbosity >= 2 else logging.WARNING)
    logging.getLogger("followthrough").setLevel(logging.DEBUG if verbosity else logging.INFO)
    logging.getLogger("apscheduler").setLevel(
        logging.INFO if verbosity >= 2 else logging.WARNING if verbosity else logging.ERROR
    )
