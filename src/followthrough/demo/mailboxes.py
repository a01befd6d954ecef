"""The three mailboxes the demo can replay the sample through, behind one small interface.

Maildir is a folder in the demo's working copy; Gmail and Outlook are the project's
local API servers (the checkout's ``tests/servers``, see :mod:`.servers`) on 127.0.0.1,
driven through the real providers, so the demo shows each path working without an
account or a network.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Protocol

from followthrough import scenario as sc
from followthrough.demo.servers import server_module


class DemoMailbox(Protocol):
    """Where the sample mail arrives and where the drafts can be read back."""

    def config(self, *, account: str, name: str, timezone: str, database: Path) -> str:
        """The config text that points followthrough at this mailbox."""
        ...

    def deliver(self, message: sc.ScenarioMessage) -> None: ...

    def drafts(self) -> list[bytes]:
        """Every draft in the mailbox now, as raw RFC 5322 bytes."""
        ...

    def signed_in(self, config: Path) -> None:
        """Sign in where the mailbox needs it (after the config is written)."""
        ...


def _account(account: str, name: str, timezone: str) -> str:
    return f'[account]\naddress = "{account}"\nname = "{name}"\ntimezone = "{timezone}"\n\n'


class MaildirDemo:
    def __init__(self, work: Path) -> None:
        self.root = work / "Mail"
        sc.make_maildir(self.root)

    def config(self, *, account: str, name: str, timezone: str, database: Path) -> str:
        return sc.config_text(
            account=account, name=name, timezone=timezone, maildir=self.root, database=database
        )

    def deliver(self, message: sc.ScenarioMessage) -> None:
        sc.deliver(message, self.root)

    def drafts(self) -> list[bytes]:
        return [p.read_bytes() for p in sorted((self.root / "Drafts" / "cur").iterdir())]

    def signed_in(self, config: Path) -> None:
        return None


class GmailDemo:
    def __init__(self, work: Path, server: Any) -> None:
        self.server = server
        self.work = work

    def config(self, *, account: str, name: str, timezone: str, database: Path) -> str:
        credentials = self.server.write_credentials(self.work / "gmail.json")
        secret = self.server.write_client_secret(self.work / "client_secret.json")
        return (
            _account(account, name, timezone)
            + f'[mailbox]\nprovider = "gmail"\n\n[storage]\ndatabase = "sqlite:///{database}"\n\n'
            + f'[gmail]\ncredentials = "{credentials}"\nclient_secret = "{secret}"\n'
            + f'api_endpoint = "{self.server.url}"\n'
        )

    def deliver(self, message: sc.ScenarioMessage) -> None:
        labels = ("SENT",) if message.folder == "sent" else ("INBOX",)
        self.server.add_message(message.path.read_bytes(), labels)

    def drafts(self) -> list[bytes]:
        return [self.server.draft_message(d).raw for d in self.server.draft_ids()]

    def signed_in(self, config: Path) -> None:
        return None  # the credentials file written above is the sign-in


class OutlookDemo:
    def __init__(self, work: Path, server: Any) -> None:
        self.server = server
        self.work = work

    def config(self, *, account: str, name: str, timezone: str, database: Path) -> str:
        table = self.server.outlook_config(self.work / "msal_cache.json")
        return (
            _account(account, name, timezone)
            + f'[mailbox]\nprovider = "outlook"\n\n[storage]\ndatabase = "sqlite:///{database}"'
            + "\n\n[outlook]\n"
            + "".join(f'{key} = "{value}"\n' for key, value in table.items())
        )

    def deliver(self, message: sc.ScenarioMessage) -> None:
        folder = "sentitems" if message.folder == "sent" else "inbox"
        self.server.deliver(message.path.read_bytes(), folder, at=message.date)

    def drafts(self) -> list[bytes]:
        return [self.server.draft_mime(m.id) for m in self.server.in_folder("drafts")]

    def signed_in(self, config: Path) -> None:
        from followthrough.config import load
        from followthrough.providers.outlook_auth import sign_in

        sign_in(load(config), interactive=False, show=lambda _text: None)  # approved at once


@contextlib.contextmanager
def open_mailbox(kind: str, work: Path, *, account: str, name: str) -> Iterator[DemoMailbox]:
    """The demo mailbox of ``kind`` (maildir, gmail or outlook), torn down afterwards."""
    if kind == "gmail":
        with server_module("gmail_server").GmailServer(address=account) as gmail:
            yield GmailDemo(work, gmail)
    elif kind == "outlook":
        graph_server = server_module("graph_server")
        with graph_server.GraphServer(work / "tls", owner=(name, account)) as graph:
            old = os.environ.get("REQUESTS_CA_BUNDLE")
            os.environ["REQUESTS_CA_BUNDLE"] = str(graph.ca_path)  # trust the local CA only
            try:
                yield OutlookDemo(work, graph)
            finally:
                if old is None:
                    os.environ.pop("REQUESTS_CA_BUNDLE", None)
                else:
                    os.environ["REQUESTS_CA_BUNDLE"] = old
    else:
        yield MaildirDemo(work)
