"""Maildir names: the labels in refs, a message's key, new unique names, our leftovers.

Kept apart because both the scan and the drafts depend on how a file is named: a
message is known by the unique part of its name only (clients rename files to change
flags, mbsync adds ``,U=<uid>``), and the names we make for drafts are what tell this
service's half-written files in ``tmp/`` from other clients' (Maildir spec,
https://cr.yp.to/proto/maildir.html).
"""

from __future__ import annotations

import logging
import os
import re
import secrets
import socket
import time
from pathlib import Path

logger = logging.getLogger("followthrough.providers.maildir")

INBOX, SENT, DRAFTS = "INBOX", "Sent", "Drafts"
"""Folder labels used in refs; stable whatever the folders are called on disk."""

_UID_RE = re.compile(r",U=\d+")

_OWN_NAME_RE = re.compile(r"^\d+\.M\d+P(\d+)R[0-9a-f]{16}\.")
"""What :func:`unique_name` makes (16 hex digits of randomness after ``R``): the drafts
this service began to write, as opposed to another client's files in ``Drafts/tmp``."""
_TMP_STALE_SECONDS = 3_600


def message_key(name: str) -> str:
    """Return the unique part of a Maildir file name: no info, no mbsync ``,U=``."""
    base, sep, _ = name.partition(":")
    if not sep:
        for alt in ("!2,", ";2,"):
            i = base.rfind(alt)
            if i > 0:
                base = base[:i]
                break
    if ",U=" in base:
        base = _UID_RE.sub("", base)
    return base


def unique_name() -> str:
    """A new unique name as the Maildir spec describes: time.MusecPpidRrandom.host."""
    now = time.time()
    host = socket.gethostname().replace("/", r"\057").replace(":", r"\072") or "localhost"
    usec = int(now * 1_000_000) % 1_000_000
    return f"{int(now)}.M{usec}P{os.getpid()}R{secrets.token_hex(8)}.{host}"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def clean_own_tmp(folder: Path, now: float | None = None) -> int:
    """Remove this service's half-written drafts from ``folder/tmp``; how many were removed.

    A write killed between ``open`` and ``link`` leaves its file in ``tmp/``. A file is
    ours by its name; it is left over when the process that wrote it is gone (or, the pid
    being reused, when it is over an hour old). Other clients' files are never touched.
    """
    now = time.time() if now is None else now
    removed = 0
    try:
        entries = list(os.scandir(folder / "tmp"))
    except OSError:
        return 0
    for entry in entries:
        match = _OWN_NAME_RE.match(entry.name)
        if match is None or not entry.is_file(follow_symlinks=False):
            continue
        pid = int(match.group(1))
        try:
            age = now - entry.stat(follow_symlinks=False).st_mtime
        except OSError:
            continue
        if age < _TMP_STALE_SECONDS and (pid == os.getpid() or _alive(pid)):
            continue  # still being written (by this process or another live one)
        try:
            os.unlink(entry.path)
            removed += 1
        except OSError as exc:
            logger.warning(
                "cannot remove %s left by an interrupted draft write: %s", entry.name, exc
            )
    if removed:
        logger.info("removed %d half-written draft(s) from %s", removed, folder / "tmp")
    return removed
