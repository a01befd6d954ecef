"""The systemd notify protocol, against a real AF_UNIX datagram socket standing in for systemd.

The socket is bound in ``tmp_path`` (and in the abstract namespace), ``$NOTIFY_SOCKET``
and ``$WATCHDOG_USEC`` point the service at it, and the test reads what arrives.
"""

from __future__ import annotations

import itertools
import os
import signal
import socket
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from followthrough.service.notify import Notifier
from tests.service.conftest import Home, wait_until


class FakeManager:
    """Receives notifications the way systemd does: one datagram each, timed on arrival."""

    def __init__(self, address: str) -> None:
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.sock.bind(address)
        self.sock.settimeout(0.05)
        self.received: list[tuple[float, list[str]]] = []
        self._closed = threading.Event()
        self._thread = threading.Thread(target=self._receive, daemon=True)
        self._thread.start()

    def _receive(self) -> None:
        while not self._closed.is_set():
            try:
                data = self.sock.recv(4096)
            except TimeoutError:
                continue
            except OSError:
                return
            self.received.append((time.monotonic(), data.decode().split("\n")))

    def close(self) -> None:
        self._closed.set()
        self._thread.join(timeout=2)
        self.sock.close()

    def messages(self) -> list[list[str]]:
        return [lines for _, lines in list(self.received)]

    def lines(self) -> list[str]:
        return [line for lines in self.messages() for line in lines]

    def times(self, line: str) -> list[float]:
        return [at for at, lines in list(self.received) if line in lines]

    def wait_for(self, count: int) -> list[list[str]]:
        wait_until(f"{count} notification(s)", lambda: len(self.received) >= count, timeout=5)
        return self.messages()


@pytest.fixture
def manager(tmp_path: Path) -> Iterator[tuple[FakeManager, str]]:
    path = str(tmp_path / "notify.sock")
    if len(path) >= 100:  # sun_path is 108 bytes
        pytest.skip(f"tmp_path too long for an AF_UNIX socket: {path}")
    fake = FakeManager(path)
    yield fake, path
    fake.close()


def test_each_notification_is_one_datagram(manager: tuple[FakeManager, str]) -> None:
    fake, path = manager
    notifier = Notifier({"NOTIFY_SOCKET": path})
    assert notifier.enabled
    assert notifier.ready("First sync running")
    assert notifier.status("Idle;\nlast sync ok")
    assert notifier.watchdog()
    assert notifier.reloading()
    assert notifier.stopping()
    notifier.close()
    got = fake.wait_for(5)
    assert got[:3] == [
        ["READY=1", "STATUS=First sync running"],
        ["STATUS=Idle; last sync ok"],  # a newline would start a new assignment
        ["WATCHDOG=1"],
    ]
    assert got[3][0] == "RELOADING=1"
    assert got[3][1].startswith("MONOTONIC_USEC=")
    assert int(got[3][1].partition("=")[2]) > 0
    assert got[4] == ["STOPPING=1"]


def test_an_at_sign_names_the_abstract_namespace() -> None:
    name = f"followthrough-test-{uuid.uuid4().hex}"
    fake = FakeManager("\0" + name)
    try:
        assert Notifier({"NOTIFY_SOCKET": "@" + name}).watchdog()
        assert fake.wait_for(1) == [["WATCHDOG=1"]]
    finally:
        fake.close()


def test_without_notify_socket_nothing_is_sent_and_nothing_fails(tmp_path: Path) -> None:
    notifier = Notifier({})
    assert not notifier.enabled
    assert notifier.ready() is False
    assert notifier.watchdog_seconds is None
    # a socket that went away is reported, not raised
    gone = Notifier({"NOTIFY_SOCKET": str(tmp_path / "gone.sock")})
    assert gone.ready() is False


@pytest.mark.parametrize(
    ("env", "seconds"),
    [
        ({"WATCHDOG_USEC": "3000000"}, 3.0),
        ({"WATCHDOG_USEC": "3000000", "WATCHDOG_PID": str(os.getpid())}, 3.0),
        ({"WATCHDOG_USEC": "3000000", "WATCHDOG_PID": "1"}, None),  # meant for another process
        ({"WATCHDOG_USEC": "0"}, None),
        ({"WATCHDOG_USEC": "soon"}, None),
        ({}, None),
    ],
)
def test_watchdog_interval_comes_from_the_environment(
    env: dict[str, str], seconds: float | None
) -> None:
    assert Notifier(env).watchdog_seconds == seconds


def test_the_service_speaks_the_protocol(home: Home, manager: tuple[FakeManager, str]) -> None:
    fake, path = manager
    watchdog = 1.0
    service = home.start(
        env={"NOTIFY_SOCKET": path, "WATCHDOG_USEC": str(int(watchdog * 1_000_000))}
    )
    wait_until("READY=1", lambda: "READY=1" in fake.lines())
    wait_until(
        "a STATUS after the first sync",
        lambda: any(line.startswith("STATUS=Idle; last sync") for line in fake.lines()),
    )
    time.sleep(3.0)  # long enough for several watchdog periods
    pets = fake.times("WATCHDOG=1")
    assert len(pets) >= 5
    gaps = [b - a for a, b in itertools.pairwise(pets)]
    assert max(gaps) < watchdog  # every half interval, never late enough for a restart
    assert min(gaps) > watchdog / 4  # and not a busy loop

    service.proc.send_signal(signal.SIGHUP)
    wait_until("RELOADING=1 then READY=1", lambda: "RELOADING=1" in fake.lines())
    after = fake.lines()
    assert "READY=1" in after[after.index("RELOADING=1") :]

    assert service.stop() == 0
    lines = fake.lines()
    assert "STOPPING=1" in lines
    assert lines.index("READY=1") < lines.index("STOPPING=1")
    assert "WATCHDOG=1" not in lines[lines.index("STOPPING=1") :]
