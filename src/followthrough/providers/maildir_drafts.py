"""Maildir drafts: what a draft ref encodes, writing a draft file, and its fate.

Kept apart from the scan so the draft life cycle reads in one place: a draft is
written into ``Drafts/cur`` the Maildir way (tmp/, fsync, link, fsync the directory),
found again by key or by Message-ID, and counted as sent when Sent holds a copy:
same Message-ID, or a reply to the same message with the same first recipient.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import time
from collections.abc import Iterator
from dataclasses import dataclass
from email.message import Message
from email.parser import BytesHeaderParser
from email.policy import compat32
from pathlib import Path
from urllib.parse import parse_qsl, quote, unquote, urlencode

from followthrough.errors import MailboxError
from followthrough.mail.compose import compose_draft
from followthrough.providers import draftref
from followthrough.providers.base import DraftRef, DraftSpec, RemoteDraftState
from followthrough.providers.maildir_names import DRAFTS, SENT, message_key, unique_name

logger = logging.getLogger("followthrough.providers.maildir")

_MAX_HEADER_BYTES = 256 * 1024


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


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class MaildirDrafts:
    """The draft calls of :class:`~followthrough.providers.maildir.MaildirProvider`,
    which gives the folders, the header cache and the scan declared here."""

    drafts_dir: Path
    sent_dir: Path | None
    _header_cache: dict[tuple[str, int, int], Message]

    def _scan(self, label: str, folder: Path) -> dict[str, os.DirEntry[str]]:
        raise NotImplementedError

    def _locate(self, label: str, key: str) -> str | None:
        raise NotImplementedError

    def create_draft(self, draft: DraftSpec) -> DraftRef:
        """Write ``draft`` into Drafts/cur with the D flag: tmp/, fsync, link, fsync dir.

        :raises MailboxError: the Drafts folder cannot be written.
        """
        raw = compose_draft(draft, date=dt.datetime.now().astimezone())
        key = unique_name()
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
