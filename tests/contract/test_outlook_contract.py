"""The provider contract run against the local Graph server, signed in through MSAL."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from followthrough.config import Config
from followthrough.providers.base import DraftRef, Provider
from followthrough.providers.outlook import OutlookProvider
from followthrough.providers.outlook_drafts import _DraftLocator
from tests.outlook import provider_for, signed_in
from tests.servers.graph_server import GraphServer

from .provider_contract import Folder, ProviderContract


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[GraphServer]:
    with GraphServer(tmp_path_factory.mktemp("graph")) as srv:
        yield srv


class TestOutlookContract(ProviderContract):
    @pytest.fixture
    def provider(
        self, server: GraphServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> Iterator[Provider]:
        self.server = server
        self.cfg: Config = signed_in(server, tmp_path, monkeypatch)
        provider = provider_for(self.cfg)
        yield provider
        provider.close()

    def reopen(self, provider: Provider) -> Provider:
        return OutlookProvider.from_config(self.cfg)

    def deliver(self, raw: bytes, folder: Folder) -> None:
        self.server.deliver(raw, "inbox" if folder == "inbox" else "sentitems")

    def user_sends_draft(self, ref: DraftRef) -> None:
        self.server.user_sends_draft(_DraftLocator.from_ref(ref.ref).id)

    def user_deletes_draft(self, ref: DraftRef) -> None:
        self.server.user_deletes(_DraftLocator.from_ref(ref.ref).id)

    def read_draft(self, ref: DraftRef) -> bytes:
        return self.server.draft_mime(_DraftLocator.from_ref(ref.ref).id)
