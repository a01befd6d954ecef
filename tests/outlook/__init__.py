"""Helpers shared by the Outlook tests: a signed-in config against the local Graph server.

Each test module starts its own :class:`GraphServer` (module scope) and builds a fresh
mailbox and token cache per test with :func:`signed_in`; HTTPS is verified against the
server's CA through ``REQUESTS_CA_BUNDLE``, as in production.
"""

from __future__ import annotations

import email.policy
import itertools
import random
from email.message import EmailMessage
from pathlib import Path

import pytest

from followthrough.config import Config, parse
from followthrough.providers.outlook import OutlookProvider
from followthrough.providers.outlook_auth import MsalTokenSource, OutlookSettings, sign_in
from followthrough.providers.retry import RetryPolicy
from tests.servers.graph_server import GraphServer

OWNER = ("Sam Lee", "sam.lee@example.com")
_n = itertools.count(1)


class Sleeps(list[float]):
    """A ``sleep`` that records how long it was asked to wait and returns at once."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)


def make_config(server: GraphServer, tmp_path: Path) -> Config:
    return parse(
        {
            "account": {"address": OWNER[1], "name": OWNER[0], "timezone": "UTC"},
            "mailbox": {"provider": "outlook"},
            "storage": {"database": f"sqlite:///{tmp_path / 'state.db'}"},
            "outlook": server.outlook_config(tmp_path / "msal_cache.json"),
        }
    )


def signed_in(server: GraphServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Config:
    """Empty the mailbox, trust the server's CA, and sign in with the device-code flow."""
    server.reset_mailbox()
    server.access_token_lifetime = 3600
    server.device_approved = True
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(server.ca_path))
    cfg = make_config(server, tmp_path)
    assert sign_in(cfg, interactive=False, show=lambda _text: None) == 0
    server.counts.clear()
    return cfg


def provider_for(cfg: Config, sleeps: Sleeps | None = None, **kwargs: object) -> OutlookProvider:
    """The provider as from_config builds it, with a retry policy that does not sleep."""
    settings = OutlookSettings.from_config(cfg)
    policy = RetryPolicy(
        tries=6, rng=random.Random(7), sleep=Sleeps() if sleeps is None else sleeps
    )
    return OutlookProvider(
        settings.graph_endpoint,
        MsalTokenSource(settings),
        policy=policy,
        **kwargs,  # type: ignore[arg-type]
    )


def mail(
    *,
    sender: str = "Dana Díaz <dana@acme.example>",
    to: str = "Sam Lee <sam.lee@example.com>",
    subject: str = "Interview for Backend Engineer",
    in_reply_to: str | None = None,
) -> bytes:
    n = next(_n)
    msg = EmailMessage(policy=email.policy.default)
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = f"{subject} #{n}"
    msg["Date"] = "Mon, 03 Mar 2025 10:00:00 +0000"
    msg["Message-ID"] = f"<m{n}.{random.getrandbits(32)}@acme.example>"
    if in_reply_to:
        msg["In-Reply-To"] = f"<{in_reply_to}>"
        msg["References"] = f"<{in_reply_to}>"
    msg.set_content(f"Hello #{n}\n")
    return msg.as_bytes()
