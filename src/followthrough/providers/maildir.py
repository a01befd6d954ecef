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
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
import secrets
import socket
import time
from collections.abc import Iterator
from dataclasses import dataclass
from email.message import Message
from email.parser import BytesHeaderParser
from email.policy import compat32
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar
from urllib.parse import parse_qsl, quote, unquote, urlencode

from followthrough.errors import MailboxError, MalformedMessageError
from followthrough.mail.compose import compose_draft
from followthrough.model import Direction
from followthrough.providers import draftref
from followthrough.providers.base import (
    ChangeSet,
    DraftRef,
    DraftSpec,
    MessageRef,
    Provider,
    RemoteDraftState,
)
from followthrough.providers.maildir_cursor import decode_cursor, encode_cursor, key_hash

if TYPE_CHECKING:
    from followthrough.config import Config

logger = logging.getLogger(__name__)

INBOX, SENT, DRAFTS = "INBOX", "Sent", "Drafts"
"""Folder labels used in refs; stable whatever the folders are called on disk."""

DEFAULT_MAX_MESSAGE_BYTES = 4 * 1024 * 1024
_MAX_HEADER_BYTES = 256 * 1024
_UID_RE = re.compile(r",U=\d+")

_INBOX_NAMES = ("INBOX", "Inbox", "inbox")
_SENT_NAMES = (
    *("Sent", "Sent Items", "Sent Messages", "Sent Mail"),
    *("[Gmail]/Sent Mail", "[Google Mail]/Sent Mail", "INBOX/Sent"),
)
_DRAFT_NAMES = ("Drafts", "Draft", "[Gmail]/Drafts", "[Google Mail]/Drafts", "INBOX/Drafts")


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


@dataclass(frozen=True)
class _DraftLocator:
    """What ``DraftRef.ref`` encodes: where the draft is and how to recognise it once sent.

    Format: ``Drafts/<key>?t=<unix time>&irt=<replied-to id>&to=<recipient hash>``,
    URL-quoted. The recipient is kept as a salted hash so refs never hold an address.
    """

    key: str
    created: int = 0
    in_reply_to: str = ""
    to_hash: str = ""

    def to_ref(self) -> str:
        query = urlencode({"t": self.created, "irt": self.in_reply_to, "to": self.to_hash})
        return f"{DRAFTS}/{quote(self.key, safe='.,=_-')}?{query}"

    @classmethod
    def from_ref(cls, ref: str) -> _DraftLocator:
        path, _, query = ref.partition("?")
        label, _, key = path.partition("/")
        if label != DRAFTS or not key:
            raise ValueError("not a Maildir draft ref")
        fields = dict(parse_qsl(query))
        created = fields.get("t", "0")
        return cls(
            key=unquote(key),
            created=int(created) if created.isdigit() else 0,
            in_reply_to=fields.get("irt", ""),
            to_hash=fields.get("to", ""),
        )


def _first_recipient_hash(headers: Message) -> str:
    return draftref.first_recipient_hash(headers.get_all("To", []))


def _read_headers(path: str) -> Message | None:
    """Parse only the header block of a message file; None if it vanished."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(_MAX_HEADER_BYTES)
    except FileNotFoundError:
        return None
    end = min((i for i in (head.find(b"\n\n"), head.find(b"\r\n\r\n")) if i >= 0), default=-1)
    if end >= 0:
        head = head[: end + 2]
    return BytesHeaderParser(policy=compat32).parsebytes(head)


def _is_maildir(path: Path) -> bool:
    return (path / "cur").is_dir() and (path / "new").is_dir()


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


_OWN_NAME_RE = re.compile(r"^\d+\.M\d+P(\d+)R[0-9a-f]{16}\.")
"""What :func:`_unique_name` makes (16 hex digits of randomness after ``R``): the drafts
this service began to write, as opposed to another client's files in ``Drafts/tmp``."""
_TMP_STALE_SECONDS = 3_600


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


def _unique_name() -> str:
    """A new unique name as the Maildir spec describes: time.MusecPpidRrandom.host."""
    now = time.time()
    host = socket.gethostname().replace("/", r"\057").replace(":", r"\072") or "localhost"
    usec = int(now * 1_000_000) % 1_000_000
    return f"{int(now)}.M{usec}P{os.getpid()}R{secrets.token_hex(8)}.{host}"


class MaildirProvider(Provider):
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

    # -- drafts --------------------------------------------------------------------------

    def create_draft(self, draft: DraftSpec) -> DraftRef:
        """Write ``draft`` into Drafts/cur with the D flag: tmp/, fsync, link, fsync dir.

        :raises MailboxError: the Drafts folder cannot be written.
        """
        raw = compose_draft(draft, date=dt.datetime.now().astimezone())
        key = _unique_name()
        tmp = self.drafts_dir / "tmp" / key
        final = self.drafts_dir / "cur" / f"{key}:2,D"
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            try:
                os.fchmod(fd, 0o600)
                view = memoryview(raw)
                while view:
                    view = view[os.write(fd, view) :]
                os.fsync(fd)
            finally:
                os.close(fd)
            os.link(tmp, final)  # link, not rename: never overwrites (Maildir spec)
            os.unlink(tmp)
            _fsync_dir(final.parent)
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            raise MailboxError(f"cannot write a draft into {self.drafts_dir}: {exc}") from exc
        locator = _DraftLocator(
            key=key,
            created=int(time.time()),
            in_reply_to=draft.in_reply_to.strip().strip("<>") if draft.in_reply_to else "",
            to_hash=draftref.recipient_hash(draft.to.address or ""),
        )
        logger.info("draft %s written as %s", draft.message_id, key)
        return DraftRef(ref=locator.to_ref(), message_id=draft.message_id)

    def _draft_path(self, ref: DraftRef) -> str | None:
        """The file of a draft: by key, else by its Message-ID (a client re-saved it)."""
        locator = _DraftLocator.from_ref(ref.ref)
        path = self._locate(DRAFTS, locator.key)
        if path is not None:
            return path
        found = self._find_draft_file(ref.message_id)
        return found[0] if found else None

    def _find_draft_file(self, message_id: str) -> tuple[str, Message] | None:
        wanted = message_id.strip().strip("<>")
        for path in self._scan(DRAFTS, self.drafts_dir).values():
            headers = _read_headers(path.path)
            if headers is not None and wanted in draftref.message_ids(headers.get("Message-ID")):
                return path.path, headers
        return None

    def draft_state(self, ref: DraftRef) -> RemoteDraftState:
        """PRESENT while the draft is in Drafts; SENT once Sent holds it; else DELETED.

        A Sent message counts as our draft sent when it has the draft's Message-ID, or
        (clients often give a new id on sending) when it replies to the same message
        and its first recipient is the draft's. Only Sent files modified after the draft
        was written (less an hour of slack) are looked at, and only their headers.
        """
        if self._draft_path(ref) is not None:
            return RemoteDraftState.PRESENT
        if self.sent_dir is not None and self._sent_match(ref):
            return RemoteDraftState.SENT
        return RemoteDraftState.DELETED

    def _sent_match(self, ref: DraftRef) -> bool:
        locator = _DraftLocator.from_ref(ref.ref)
        since_ns = (locator.created - draftref.SENT_SLACK_SECONDS) * 1_000_000_000
        for path, headers in self._sent_headers_since(since_ns):
            if ref.message_id in draftref.message_ids(headers.get("Message-ID")):
                logger.debug("draft %s found in Sent as %s", ref.message_id, path)
                return True
            to = headers.get_all("To", [])
            if draftref.is_sent_copy(locator.in_reply_to, locator.to_hash, headers.get, to):
                return True
        return False

    def _sent_headers_since(self, since_ns: int) -> Iterator[tuple[str, Message]]:
        assert self.sent_dir is not None
        if len(self._header_cache) > 4096:
            self._header_cache.clear()
        for entry in self._scan(SENT, self.sent_dir).values():
            try:
                st = entry.stat()
            except OSError:
                continue
            if st.st_mtime_ns < since_ns:
                continue
            cache_key = (entry.path, st.st_mtime_ns, st.st_size)
            headers = self._header_cache.get(cache_key)
            if headers is None:
                headers = _read_headers(entry.path)
                if headers is None:
                    continue
                self._header_cache[cache_key] = headers
            yield entry.path, headers

    def find_draft(self, message_id: str) -> DraftRef | None:
        """Find one of our drafts by Message-ID in Drafts (crash recovery), or None."""
        found = self._find_draft_file(message_id)
        if found is None:
            return None
        path, headers = found
        irt = draftref.message_ids(headers.get("In-Reply-To"))
        locator = _DraftLocator(
            key=message_key(os.path.basename(path)),
            created=int(os.stat(path).st_mtime),
            in_reply_to=irt[0] if irt else "",
            to_hash=_first_recipient_hash(headers),
        )
        return DraftRef(ref=locator.to_ref(), message_id=message_id.strip().strip("<>"))

    def delete_draft(self, ref: DraftRef) -> None:
        """Unlink the draft's file; a draft already gone is fine."""
        path = self._draft_path(ref)
        if path is None:
            return
        try:
            os.unlink(path)
        except FileNotFoundError:
            return
        _fsync_dir(Path(path).parent)
        logger.info("draft %s deleted", ref.message_id)
