"""The provider contract run against the local Gmail server through the real client."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from followthrough.mail.compose import make_message_id
from followthrough.providers.base import DraftRef, Provider
from followthrough.providers.gmail import GmailProvider, draft_id_of
from followthrough.providers.gmail_auth import GmailSettings
from followthrough.providers.retry import RetryPolicy
from tests.servers.gmail_server import GmailServer

from .provider_contract import Folder, ProviderContract


class TestGmailContract(ProviderContract):
    @pytest.fixture
    def provider(self, tmp_path: Path) -> Iterator[Provider]:
        with GmailServer() as server:
            self.server = server
            self.settings = GmailSettings(
                client_secret=tmp_path / "client_secret.json",
                credentials=server.write_credentials(tmp_path / "gmail.json"),
                api_endpoint=server.url,
            )
            gmail = self.reopen(None)
            yield gmail
            gmail.close()

    def reopen(self, provider: Provider | None) -> Provider:
        return GmailProvider(self.settings, policy=RetryPolicy(base=0.01, cap=0.05))

    def deliver(self, raw: bytes, folder: Folder) -> None:
        self.server.add_message(raw, ("INBOX", "UNREAD") if folder == "inbox" else ("SENT",))

    def read_draft(self, ref: DraftRef) -> bytes:
        return self.server.draft_message(draft_id_of(ref)).raw

    def user_deletes_draft(self, ref: DraftRef) -> None:
        self.server.delete_draft(draft_id_of(ref))

    def user_sends_draft(self, ref: DraftRef) -> None:
        # The harder case: the sent copy carries a Message-ID the client chose.
        self.server.send_draft(draft_id_of(ref), new_message_id=make_message_id("mail.gmail.com"))
