"""The provider contract run against real Maildir folders in a temporary directory."""

from __future__ import annotations

import email
import email.policy
import os
import secrets
from pathlib import Path

import pytest

from followthrough.mail.compose import make_message_id
from followthrough.providers.base import DraftRef, Provider
from followthrough.providers.maildir import MaildirProvider

from .provider_contract import Folder, ProviderContract


def make_maildir(path: Path) -> Path:
    for sub in ("cur", "new", "tmp"):
        (path / sub).mkdir(parents=True, exist_ok=True)
    return path


def write_message(folder: Path, raw: bytes, *, subdir: str = "new", info: str = "") -> Path:
    """Deliver like an MDA: write in tmp/, then rename into new/ (or cur/ with flags)."""
    name = f"1700000000.M{secrets.randbelow(10**6)}P{os.getpid()}R{secrets.token_hex(4)}.test"
    tmp = folder / "tmp" / name
    tmp.write_bytes(raw)
    final = folder / subdir / (name + info)
    tmp.rename(final)
    return final


def draft_files(drafts: Path) -> list[Path]:
    return [p for sub in ("cur", "new") for p in (drafts / sub).iterdir()]


class TestMaildirContract(ProviderContract):
    @pytest.fixture
    def provider(self, tmp_path: Path) -> Provider:
        self.root = tmp_path / "Mail"
        for name in ("INBOX", "Sent", "Drafts"):
            make_maildir(self.root / name)
        return MaildirProvider(self.root)

    def reopen(self, provider: Provider) -> Provider:
        return MaildirProvider(self.root)

    def deliver(self, raw: bytes, folder: Folder) -> None:
        if folder == "inbox":
            write_message(self.root / "INBOX", raw)
        else:
            write_message(self.root / "Sent", raw, subdir="cur", info=":2,S")

    def _draft_file(self, ref: DraftRef) -> Path:
        for path in draft_files(self.root / "Drafts"):
            msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
            if msg["Message-ID"] == f"<{ref.message_id}>":
                return path
        raise AssertionError("draft not in Drafts")

    def read_draft(self, ref: DraftRef) -> bytes:
        return self._draft_file(ref).read_bytes()

    def user_deletes_draft(self, ref: DraftRef) -> None:
        self._draft_file(ref).unlink()

    def user_sends_draft(self, ref: DraftRef) -> None:
        # Like mutt or Thunderbird: the sent copy gets a fresh Message-ID, the draft goes.
        path = self._draft_file(ref)
        msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        del msg["Message-ID"]
        del msg["X-Followthrough-Draft"]
        msg["Message-ID"] = f"<{make_message_id('client.example')}>"
        write_message(self.root / "Sent", msg.as_bytes(), subdir="cur", info=":2,S")
        path.unlink()
