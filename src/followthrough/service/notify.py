"""The systemd notify protocol, spoken directly: READY, STATUS, WATCHDOG, RELOADING, STOPPING.

Protocol (sd_notify(3), https://systemd.io/NOTIFY/): each notification is one datagram of
``KEY=VALUE`` lines sent to the AF_UNIX socket named by ``$NOTIFY_SOCKET``; a name that
starts with ``@`` is in the abstract namespace (the ``@`` stands for a leading NUL byte).
The watchdog is on when ``$WATCHDOG_USEC`` is set (and ``$WATCHDOG_PID``, if set, is our
pid); the service must send ``WATCHDOG=1`` more often than that, and sd_watchdog_enabled(3)
recommends every half interval. Without ``$NOTIFY_SOCKET`` (a terminal, a test) every call
is a cheap no-op, so the service runs the same with or without systemd. We carry these
few lines instead of depending on python-systemd, which needs libsystemd to build.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
import time

logger = logging.getLogger(__name__)


def _address(name: str) -> str | None:
    """The socket address for ``$NOTIFY_SOCKET``, or None when it is not an AF_UNIX name."""
    if name.startswith("@"):
        return "\0" + name[1:]
    if name.startswith("/"):
        return name
    return None  # vsock:... and other forms of newer systemd; not used for user units


class Notifier:
    """Sends notifications to the service manager; every method is a no-op without one.

    Safe to call from any thread: a datagram socket send is atomic.
    """

    def __init__(self, environ: dict[str, str] | None = None) -> None:
        env = dict(os.environ if environ is None else environ)
        self._address = _address(env.get("NOTIFY_SOCKET", ""))
        self._socket: socket.socket | None = None
        self._lock = threading.Lock()
        self._failed = False
        self.watchdog_seconds = _watchdog_seconds(env)

    @property
    def enabled(self) -> bool:
        """True when a service manager listens (``$NOTIFY_SOCKET`` is set)."""
        return self._address is not None

    def send(self, *lines: str) -> bool:
        """Send one notification of ``KEY=VALUE`` lines; True when it was delivered.

        A failure is logged once and never raised: the service must not die because the
        manager went away (e.g. ``systemctl --user daemon-reexec``).
        """
        if self._address is None:
            return False
        payload = "\n".join(lines).encode("utf-8")
        with self._lock:
            try:
                if self._socket is None:
                    self._socket = socket.socket(
                        socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC
                    )
                self._socket.sendto(payload, self._address)
            except OSError as exc:
                if not self._failed:
                    logger.warning("cannot notify the service manager: %s", exc.strerror or exc)
                    self._failed = True
                return False
        self._failed = False
        return True

    def ready(self, status: str | None = None) -> bool:
        return self.send("READY=1", *([f"STATUS={status}"] if status else []))

    def status(self, text: str) -> bool:
        # STATUS is one line: a newline would start a new KEY=VALUE assignment.
        return self.send(f"STATUS={' '.join(text.split())}")

    def watchdog(self) -> bool:
        return self.send("WATCHDOG=1")

    def reloading(self) -> bool:
        # systemd 253+ wants the reload start time with RELOADING=1; older ones ignore it.
        usec = time.clock_gettime_ns(time.CLOCK_MONOTONIC) // 1000
        return self.send("RELOADING=1", f"MONOTONIC_USEC={usec}")

    def stopping(self, status: str | None = None) -> bool:
        return self.send("STOPPING=1", *([f"STATUS={status}"] if status else []))

    def close(self) -> None:
        with self._lock:
            if self._socket is not None:
                self._socket.close()
                self._socket = None


def _watchdog_seconds(env: dict[str, str]) -> float | None:
    """The watchdog timeout systemd set for us, in seconds, or None when it is off."""
    usec = env.get("WATCHDOG_USEC", "")
    pid = env.get("WATCHDOG_PID", "")
    if not usec:
        return None
    if pid and pid != str(os.getpid()):
        return None  # meant for another process (we were started by the real main pid)
    try:
        value = int(usec)
    except ValueError:
        logger.warning("ignoring WATCHDOG_USEC=%r: not a number", usec)
        return None
    return value / 1_000_000 if value > 0 else None
