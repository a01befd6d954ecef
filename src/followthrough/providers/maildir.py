"""The Maildir provider: new files in INBOX and Sent, reply drafts as files in Drafts.

Follows the Maildir spec (https://cr.yp.to/proto/maildir.html): a message is a file
in ``new/`` or ``cur/`` whose name is ``<unique>`` or ``<unique>:2,<flags>``; clients
move files from ``new/`` to ``cur/`` and rename them to change flags, so a message is
identified by its unique part only. Writers create the file in ``tmp/``, fsync it and
link it into place. Folder names follow what real setups produce: plain
``INBOX/``, ``Sent/``, ``Drafts/`` (mbsync ``SubFolders Verbatim``, the SPEC layout),
nested ``[Gmail]/Sent Mail`` (mbsync/offlineimap against Gmail) and Maildir++
(https://www.courier-mta.org/imap/README.maildirquota.html: the root is INBOX and
folders are ``.Sent``, ``.Drafts``).

Two name variants are normalised away: ``!`` or ``;`` instead of ``:`` before the info
(filesystems that forbid colons) and mbsync's ``,U=<uid>`` (it renames files when it
learns the IMAP UID, including the drafts we write).

The cursor is the set of message keys seen per folder, stored as 48-bit BLAKE2b hashes
(see :func:`encode_cursor`). A new message is missed only if its hash equals that of a
message already in the folder: for 10,000 messages that is about 4e-11 per message.

Here: finding the folders and scanning them. See also ``maildir_names`` (keys, new
names, leftovers in tmp/) and ``maildir_drafts`` (writing drafts and their fate).
"""

from __future__ import annotations

import logging
import os
import time
from email.message import Message
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from followthrough.errors import MailboxError, MalformedMessageError
from followthrough.model import Direction
from followthrough.providers.base import ChangeSet, MessageRef, Provider
from followthrough.providers.maildir_cursor import decode_cursor, encode_cursor, key_hash
from followthrough.providers.maildir_drafts import MaildirDrafts
from followthrough.providers.maildir_names import (
    DRAFTS,
    INBOX,
    SENT,
    clean_own_tmp,
    message_key,
)

if TYPE_CHECKING:
    from followthrough.config import Config

logger = logging.getLogger(__name__)

DEFAULT_MAX_MESSAGE_BYTES = 4 * 1024 * 1024

_INBOX_NAMES = ("INBOX", "Inbox", "inbox")
_SENT_NAMES = (
    *("Sent", "Sent Items", "Sent Messages", "Sent Mail"),
    *("[Gmail]/Sent Mail", "[Google Mail]/Sent Mail", "INBOX/Sent"),
)
_DRAFT_NAMES = ("Drafts", "Draft", "[Gmail]/Drafts", "[Google Mail]/Drafts", "INBOX/Drafts")


def _is_maildir(path: Path) -> bool:
    return (path / "cur").is_dir() and (path / "new").is_dir()


class MaildirProvider(MaildirDrafts, Provider):
    """A local Maildir tree kept in sync by mbsync, offlineimap, getmail or a local MDA.

    :param root: the directory holding the folders.
    :param inbox: the inbox folder name (the root itself in a Maildir++ tree also works).
    :param sent: the sent folder name; common alternatives are tried when it is missing.
    :param drafts: the drafts folder name; created (cur/new/tmp) when no candidate exists.
    :param max_message_bytes: of a larger message only the first bytes are read.
    :raises MailboxError: the root is missing or unreadable, or there is no inbox.
    """

    name: ClassVar[str] = "maildir"

    def __init__(
        self,
        root: Path,
        *,
        inbox: str = "INBOX",
        sent: str = "Sent",
        drafts: str = "Drafts",
        max_message_bytes: int = DEFAULT_MAX_MESSAGE_BYTES,
    ) -> None:
        self.root = Path(root).expanduser()
        self.max_message_bytes = max_message_bytes
        try:
            if not self.root.is_dir():
                raise MailboxError(
                    f"Maildir root {self.root} does not exist: set [mailbox] path to the "
                    "folder that holds INBOX/, Sent/ and Drafts/"
                )
            self._listing = {n.lower(): n for n in os.listdir(self.root)}
        except PermissionError as exc:
            raise MailboxError(
                f"cannot read Maildir root {self.root}: give this user read access to it"
            ) from exc
        inbox_dir = self._resolve(inbox, _INBOX_NAMES)
        if inbox_dir is None and _is_maildir(self.root):
            inbox_dir = self.root  # Maildir++: the root is INBOX
        if inbox_dir is None:
            raise MailboxError(
                f"no inbox Maildir at {self.root / inbox} (a folder with cur/ and new/): "
                "set [mailbox] path to the folder that holds INBOX/, Sent/ and Drafts/"
            )
        self.inbox_dir = inbox_dir
        self.sent_dir = self._resolve(sent, _SENT_NAMES)
        if self.sent_dir is None:
            logger.warning("no Sent Maildir under %s; sent drafts will count as deleted", root)
        self.drafts_dir = self._ensure_drafts(self._resolve(drafts, _DRAFT_NAMES), drafts)
        self._folders: dict[str, tuple[Path, Direction]] = {INBOX: (inbox_dir, Direction.IN)}
        if self.sent_dir is not None:
            self._folders[SENT] = (self.sent_dir, Direction.OUT)
        self._paths: dict[str, dict[str, str]] = {}  # label -> key -> path, from the last scan
        self._hashes: dict[str, int] = {}  # key -> key_hash(key), memo for idle passes
        self._last: tuple[str, dict[str, frozenset[int]]] | None = None
        self._header_cache: dict[tuple[str, int, int], Message] = {}

    @classmethod
    def from_config(cls, cfg: Config) -> MaildirProvider:
        """Build from ``[mailbox]``: ``path`` and the optional folder names."""
        box = cfg.mailbox
        if box.path is None:
            raise MailboxError("[mailbox] path is missing: the Maildir root to read")
        return cls(box.path, inbox=box.inbox, sent=box.sent, drafts=box.drafts)

    # -- folders -------------------------------------------------------------------------

    def _resolve(self, configured: str, alternatives: tuple[str, ...]) -> Path | None:
        """Find the first existing Maildir among the configured name and its aliases."""
        for name in dict.fromkeys((configured, *alternatives)):
            dotted = name.replace("/", ".")
            for candidate in dict.fromkeys((name, dotted, "." + dotted)):
                path = self.root / candidate
                if _is_maildir(path):
                    return path
                actual = self._listing.get(candidate.lower())
                if actual is not None and _is_maildir(self.root / actual):
                    return self.root / actual
        return None

    def _ensure_drafts(self, found: Path | None, name: str) -> Path:
        """Return the Drafts Maildir, creating it (Maildir++ style in a Maildir++ tree)."""
        path = found
        if path is None:
            maildirpp = self.inbox_dir == self.root or any(
                n.startswith(".") and _is_maildir(self.root / n) for n in self._listing.values()
            )
            path = self.root / ("." + name.replace("/", ".") if maildirpp else name)
            logger.info("creating Drafts Maildir %s", path)
        try:
            for sub in ("cur", "new", "tmp"):
                (path / sub).mkdir(mode=0o700, parents=True, exist_ok=True)
        except OSError as exc:
            raise MailboxError(f"cannot create the Drafts Maildir {path}: {exc.strerror}") from exc
        return path

    # -- reading -------------------------------------------------------------------------

    def _scan(self, label: str, folder: Path) -> dict[str, os.DirEntry[str]]:
        """List a folder's messages by key with scandir (no file is opened)."""
        found: dict[str, os.DirEntry[str]] = {}
        for sub in ("new", "cur"):  # new first: a file moving new→cur is then still seen
            try:
                with os.scandir(folder / sub) as it:
                    for entry in it:
                        if entry.name.startswith(".") or not entry.is_file():
                            continue
                        found[message_key(entry.name)] = entry
            except FileNotFoundError as exc:
                raise MailboxError(f"Maildir folder {folder / sub} disappeared") from exc
            except PermissionError as exc:
                raise MailboxError(f"cannot read {folder / sub}: check its permissions") from exc
        self._paths[label] = {key: entry.path for key, entry in found.items()}
        return found

    def _hash(self, key: str) -> int:
        value = self._hashes.get(key)
        if value is None:
            if len(self._hashes) > 500_000:
                self._hashes.clear()
            value = self._hashes[key] = key_hash(key)
        return value

    def fetch_changes(self, cursor: str | None) -> ChangeSet:
        """List messages that appeared in INBOX or Sent since ``cursor``, oldest first.

        :raises CursorExpiredError: ``cursor`` is not one this provider wrote.
        :raises MailboxError: a folder vanished or cannot be read.
        """
        clean_own_tmp(self.drafts_dir)
        if cursor is None:
            seen: dict[str, frozenset[int]] = {}
        elif self._last is not None and self._last[0] == cursor:
            seen = self._last[1]
        else:
            seen = decode_cursor(cursor)
        state: dict[str, frozenset[int]] = {}
        fresh: list[tuple[int, str, MessageRef]] = []
        for label, (folder, direction) in self._folders.items():
            entries = self._scan(label, folder)
            hashes = {self._hash(key): key for key in entries}
            old = seen.get(label, frozenset())
            for digest, key in hashes.items():
                if digest not in old:
                    try:
                        mtime = entries[key].stat().st_mtime_ns
                    except OSError:
                        mtime = time.time_ns()  # moved since the scan; it is still new
                    ref = MessageRef(ref=f"{label}/{key}", direction=direction)
                    fresh.append((mtime, key, ref))
            state[label] = old if hashes.keys() == old else frozenset(hashes)
        fresh.sort(key=lambda item: (item[0], item[1]))
        unchanged = cursor is not None and state == seen
        next_cursor = cursor if cursor is not None and unchanged else encode_cursor(state)
        self._last = (next_cursor, state)
        logger.debug("maildir scan: %d new messages", len(fresh))
        return ChangeSet(messages=tuple(item[2] for item in fresh), cursor=next_cursor)

    def _locate(self, label: str, key: str) -> str | None:
        """Path of a message by key; rescans when it moved or changed flags since listing."""
        path = self._paths.get(label, {}).get(key)
        if path is not None and os.path.exists(path):
            return path
        folder = self.drafts_dir if label == DRAFTS else self._folders[label][0]
        entry = self._scan(label, folder).get(key)
        return entry.path if entry is not None else None

    def get_message(self, ref: MessageRef) -> bytes:
        """Return the bytes of the file behind ``ref``.

        :raises MalformedMessageError: unknown ref, vanished file, or a file over the size cap.
        """
        label, _, key = ref.ref.partition("/")
        if label not in self._folders or not key:
            raise MalformedMessageError(f"not a Maildir message ref: {ref.ref}")
        for _ in range(2):  # the file may be renamed between lookup and open
            path = self._locate(label, key)
            if path is None:
                break
            try:
                with open(path, "rb") as fh:
                    # A huge message (an offer with its attachments) is read in part:
                    # its headers and text come first, and the parser reads no further.
                    data = fh.read(self.max_message_bytes)
            except FileNotFoundError:
                continue
            return data
        raise MalformedMessageError(f"message {ref.ref} is no longer in the mailbox")
