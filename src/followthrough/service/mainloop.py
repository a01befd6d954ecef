"""The service's main thread: it owns signals and the systemd watchdog while the
scheduler's threads run the passes (lieer and vdirsyncer keep a single process owner
too).

Split from :mod:`followthrough.service.daemon`, whose ``Service`` holds the jobs: this
loop only reads their health and hands signals over. SIGTERM/SIGINT end the loop (the
service then stops); SIGHUP reloads the config. The watchdog is petted only while the
scheduler runs and the current pass shows progress, so a hung network call ends in a
restart by systemd instead of silence.
"""

from __future__ import annotations

import logging
import select
import signal
import socket
import time
from types import FrameType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from followthrough.service.daemon import Service

# The service's log names stay those of the module this was split from.
logger = logging.getLogger("followthrough.service.daemon")

IDLE_TICK_SECONDS = 60.0
"""How often the main loop wakes without a watchdog (signals wake it at once)."""
MIN_STALL_SECONDS = 30 * 60.0
"""A pass that shows no progress for this long (or three poll intervals) counts as hung."""


def healthy(service: Service) -> bool:
    """False when the scheduler died or the running pass shows no progress."""
    if service.scheduler is None or not service.scheduler.running:
        return False
    if service.busy_since is None:
        return True
    stall = max(MIN_STALL_SECONDS, 3 * 60 * service.cfg.service.poll_minutes)
    return time.monotonic() - service.heartbeat < stall


def wait_for_stop(service: Service) -> int:
    """Wait for signals and pet the watchdog; return the signal that stops us."""
    signals: list[int] = []

    def on_signal(signum: int, _frame: FrameType | None) -> None:
        signals.append(signum)

    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    old_fd = signal.set_wakeup_fd(writer.fileno(), warn_on_full_buffer=False)
    handled = (signal.SIGTERM, signal.SIGINT, signal.SIGHUP)
    old = {s: signal.signal(s, on_signal) for s in handled}
    wd = service.notifier.watchdog_seconds
    pet_every = wd / 2 if wd else None
    next_pet = time.monotonic()
    warned = False
    try:
        while True:
            now = time.monotonic()
            if pet_every is None or now >= next_pet:
                if healthy(service):
                    if pet_every is not None:
                        service.notifier.watchdog()
                    warned = False
                elif not warned:
                    logger.error(
                        "the running pass has shown no progress for a long time%s",
                        "; not petting the watchdog, so systemd restarts us" if wd else "",
                    )
                    warned = True
                next_pet = now + (pet_every or IDLE_TICK_SECONDS)
            select.select([reader], [], [], max(next_pet - now, 0.0))
            try:
                while reader.recv(64):
                    pass
            except BlockingIOError:
                pass
            while signals:
                signum = signals.pop(0)
                if signum != signal.SIGHUP:
                    return signum
                service.reload()
    finally:
        for s, handler in old.items():
            signal.signal(s, handler)
        signal.set_wakeup_fd(old_fd)
        reader.close()
        writer.close()
