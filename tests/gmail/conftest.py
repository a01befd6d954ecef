"""Fixtures for the Gmail tests: a local Gmail server, credentials for it, a provider.

Everything goes over real HTTP on 127.0.0.1 through google-api-python-client and
google-auth; nothing of the client is mocked.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest

from followthrough.providers.gmail import GmailProvider
from followthrough.providers.gmail_auth import GmailSettings
from followthrough.providers.retry import RetryPolicy
from tests.servers.gmail_server import GmailServer


class Sleeps:
    """Records the waits the retry policy asks for, and really waits (briefly)."""

    def __init__(self) -> None:
        self.waits: list[float] = []

    def __call__(self, seconds: float) -> None:
        import time

        self.waits.append(seconds)
        time.sleep(min(seconds, 2.0))


def fast_policy(sleeps: Sleeps | None = None, **overrides: float) -> RetryPolicy:
    """A policy with the production rules and millisecond backoff."""
    values: dict[str, float] = {"base": 0.005, "cap": 0.05, "deadline": 30.0} | overrides
    policy = RetryPolicy(rng=random.Random(7), **values)  # type: ignore[arg-type]
    if sleeps is not None:
        policy.sleep = sleeps
    return policy


@pytest.fixture
def server() -> Iterator[GmailServer]:
    with GmailServer(seed=1) as gmail:
        yield gmail


@pytest.fixture
def settings(server: GmailServer, tmp_path: Path) -> GmailSettings:
    path = server.write_credentials(tmp_path / "data" / "gmail.json")
    return GmailSettings(
        client_secret=tmp_path / "client_secret.json", credentials=path, api_endpoint=server.url
    )


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


@pytest.fixture
def provider(settings: GmailSettings, sleeps: Sleeps) -> Iterator[GmailProvider]:
    gmail = GmailProvider(settings, policy=fast_policy(sleeps))
    yield gmail
    gmail.close()
