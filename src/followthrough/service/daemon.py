"""``followthrough run``: the long-running service that systemd (or a terminal) starts.

Two APScheduler 3.x jobs run in a BackgroundScheduler: ``sync`` polls the mailbox
(the same :func:`~followthrough.service.sync.sync_once` as the one-shot ``sync``) and
``decide`` fires timers and makes due drafts between polls, so a thank-you appears soon
after an interview ends even when no mail arrives. Both jobs run with
``max_instances=1`` and ``coalesce=True``, and ``misfire_grace_time=None``: APScheduler's
default of one second would drop the poll that is due when a laptop wakes up; with
``None`` and coalescing it runs exactly once, late. One pass at a time: the jobs share
a thread lock (a ``decide`` that finds a sync running is skipped, the sync decides
too), and each pass holds the database's pass lock, the one ``followthrough sync``
takes. A second lock, held for the service's lifetime, refuses a second service.

The main thread owns signals and the systemd watchdog
(:mod:`~followthrough.service.mainloop`); start-up's locks and migrations are
:mod:`~followthrough.service.startup`. SIGTERM/SIGINT stop new passes, let the running
one finish its current step (ingest checks between batches) for up to
:data:`STOP_GRACE_SECONDS`, and exit 0; SIGHUP reloads the config.
"""

from __future__ import annotations

import datetime as dt
import gc
import logging
import os
import signal
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from followthrough.clock import Clock, SystemClock
from followthrough.config import Config, ServiceConfig, load
from followthrough.errors import ConfigError, Error, LockedError, TransientError
from followthrough.service import startup
from followthrough.service.lock import Lock
from followthrough.service.mainloop import wait_for_stop
from followthrough.service.notify import Notifier
from followthrough.service.runner import lock_path

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

    from followthrough.providers.base import Provider
    from followthrough.service.sync import SyncReport

logger = logging.getLogger(__name__)

STOP_GRACE_SECONDS = 10.0
"""How long a stop waits for the running pass; then the process exits anyway (a crash
at any point is safe: drafts are intent-logged and the cursor is saved last)."""
PROGRESS_LOG_MIN = 200
"""Ingest progress is logged at info level when a pass has at least this many messages."""


class StopRequested(BaseException):
    """Raised inside a pass at a step boundary when the service is stopping.

    A BaseException so that nothing on the way records it as a sync error.
    """


class Service:
    """The scheduler, the jobs, and the state the main loop and the jobs share."""

    def __init__(
        self,
        cfg: Config,
        config_path: Path | None,
        sessions: sessionmaker[Session],
        notifier: Notifier,
        clock: Clock,
    ) -> None:
        self.cfg = cfg
        self.config_path = config_path
        self.sessions = sessions
        self.notifier = notifier
        self.clock = clock
        self.provider: Provider | None = None
        self.pending: Config | None = None
        self.work = threading.Lock()  # one pass at a time in this process
        self.stopping = threading.Event()
        self.busy_since: float | None = None
        self.heartbeat = time.monotonic()
        self.synced_once = False
        self.status_line = "Starting"
        self.scheduler: Any = None

    # -- scheduling ----------------------------------------------------------------

    def _triggers(self, service: ServiceConfig) -> tuple[Any, Any]:
        from apscheduler.triggers.interval import IntervalTrigger

        jitter = service.jitter_seconds or None
        poll = IntervalTrigger(seconds=service.poll_minutes * 60, jitter=jitter, timezone=dt.UTC)
        decide = IntervalTrigger(seconds=service.decide_minutes * 60, timezone=dt.UTC)
        return poll, decide

    def start_scheduler(self) -> None:
        """Start the two jobs; the first poll runs at once."""
        from apscheduler.events import EVENT_JOB_MAX_INSTANCES, EVENT_JOB_MISSED, JobEvent
        from apscheduler.executors.pool import ThreadPoolExecutor
        from apscheduler.schedulers.background import BackgroundScheduler

        def listener(event: JobEvent) -> None:
            if event.code == EVENT_JOB_MAX_INSTANCES:
                logger.info("%s: the previous run is still going; not stacking", event.job_id)
            elif event.code == EVENT_JOB_MISSED:
                logger.info("%s: a run was missed (the computer was asleep?)", event.job_id)

        scheduler = BackgroundScheduler(
            executors={"default": ThreadPoolExecutor(max_workers=2)},
            job_defaults={"max_instances": 1, "coalesce": True, "misfire_grace_time": None},
            timezone=dt.UTC,
        )
        scheduler.add_listener(listener, EVENT_JOB_MAX_INSTANCES | EVENT_JOB_MISSED)
        poll, decide = self._triggers(self.cfg.service)
        now = dt.datetime.now(dt.UTC)
        scheduler.add_job(self.sync_job, poll, id="sync", name="sync", next_run_time=now)
        scheduler.add_job(self.decide_job, decide, id="decide", name="decide")
        scheduler.start()
        self.scheduler = scheduler
        logger.info(
            "scheduled: poll every %.4g min (jitter up to %.4g s), drafts checked every %.4g min",
            self.cfg.service.poll_minutes,
            self.cfg.service.jitter_seconds,
            self.cfg.service.decide_minutes,
        )

    # -- the jobs (worker threads) -------------------------------------------------

    def sync_job(self) -> None:
        from followthrough.service.sync import sync_once

        def sync(provider: Provider) -> SyncReport:
            return sync_once(self.cfg, provider, self.sessions, self.clock, progress=self.progress)

        self._run("sync", sync, wait=True)

    def decide_job(self) -> None:
        from followthrough.service.sync import decide

        def run(provider: Provider) -> SyncReport:
            return decide(self.cfg, provider, self.sessions, self.clock)

        self._run("decide", run, wait=False)

    def _acquire(self, wait: bool) -> bool:
        """Take the in-process pass lock; a waiting sync gives up when the service stops."""
        if not wait:
            return self.work.acquire(blocking=False)
        while not self.work.acquire(timeout=0.5):
            if self.stopping.is_set():
                return False
        return True

    def _run(self, name: str, work: Callable[[Provider], SyncReport], *, wait: bool) -> None:
        if self.stopping.is_set() or not self._acquire(wait):
            logger.debug("%s skipped: another pass is running or the service is stopping", name)
            return
        try:
            if self.stopping.is_set():
                return
            self._apply_pending()
            self.busy_since = self.heartbeat = time.monotonic()
            if name == "sync":
                self.notifier.status("Syncing" if self.synced_once else "First sync running")
            self._pass(name, work)
        finally:
            self.busy_since = None
            self.work.release()

    def _pass(self, name: str, work: Callable[[Provider], SyncReport]) -> None:
        started = time.monotonic()
        try:
            with Lock(lock_path(self.cfg)):
                if self.provider is None:
                    from followthrough.service.sync import open_provider

                    self.provider = open_provider(self.cfg)
                report = work(self.provider)
        except LockedError:
            logger.info("%s waits: a one-shot `followthrough sync` holds the database", name)
            return
        except StopRequested:
            logger.info("%s interrupted between steps: the service is stopping", name)
            return
        except TransientError as exc:
            self._failed(name, f"{exc} (will retry at the next poll)", logging.WARNING)
            return
        except Error as exc:
            self._failed(name, str(exc), logging.ERROR)
            return
        except Exception as exc:
            logger.exception("%s failed unexpectedly after %.2fs", name, time.monotonic() - started)
            self._failed(name, f"unexpected error: {exc!r}", None)
            return
        if name == "sync":
            stamp = self.clock.now().strftime("%H:%M:%S UTC")
            if report.ingest.stored:
                gc.collect()  # parsing mail leaves cycles behind; free them before idling
            self.synced_once = True
            self.status_line = f"Idle; last sync {stamp}: {report.summary()}"
            self.notifier.status(self.status_line)
        elif report.applied or report.drafts.made or report.drafts.removed:
            logger.info(
                "decide: %d change(s) applied, %d draft(s) made, %d removed",
                report.applied,
                report.drafts.made,
                report.drafts.removed,
            )
        else:
            logger.debug("decide: nothing due")

    def _failed(self, name: str, message: str, level: int | None) -> None:
        if level is not None:
            logger.log(level, "%s failed: %s", name, message)
        self.status_line = f"Last {name} failed: {message}"
        self.notifier.status(self.status_line)
        self._close_provider()  # open it afresh next time: the connection may be what broke

    def progress(self, done: int, total: int) -> None:
        """Ingest calls this after each stored batch: heartbeat, progress, stop point."""
        self.heartbeat = time.monotonic()
        if total >= PROGRESS_LOG_MIN:
            logger.info("sync progress: %d of %d new messages stored", done, total)
            self.notifier.status(f"Syncing: {done} of {total} new messages stored")
        else:
            logger.debug("sync progress: %d of %d new messages stored", done, total)
        if self.stopping.is_set() and done < total:
            raise StopRequested

    def _close_provider(self) -> None:
        if self.provider is not None:
            try:
                self.provider.close()
            except Exception:
                logger.debug("closing the provider failed", exc_info=True)
            self.provider = None

    # -- reload --------------------------------------------------------------------

    def _apply_pending(self) -> None:
        """Switch to a reloaded config; called with the pass lock held."""
        if self.pending is None:
            return
        self.cfg, self.pending = self.pending, None
        self._close_provider()
        logger.info("now using the reloaded config")

    def reload(self) -> None:
        """SIGHUP: read the config again; a bad one is reported and the old one kept."""
        self.notifier.reloading()
        logger.info("SIGHUP: reloading the config")
        try:
            new = load(self.config_path)
            startup.check_intervals(new.service)
            if new.database != self.cfg.database:
                raise ConfigError(
                    "[storage] database changed; restart the service to switch databases"
                )
        except Error as exc:
            logger.error("reload failed, keeping the running config: %s", exc)
            self.notifier.ready(self.status_line)
            return
        if new.service != self.cfg.service:
            poll, decide = self._triggers(new.service)
            self.scheduler.reschedule_job("sync", trigger=poll)
            self.scheduler.reschedule_job("decide", trigger=decide)
            logger.info(
                "rescheduled: poll every %.4g min, drafts checked every %.4g min",
                new.service.poll_minutes,
                new.service.decide_minutes,
            )
        self.pending = new
        if self.work.acquire(blocking=False):
            try:
                self._apply_pending()
            finally:
                self.work.release()
        else:
            logger.info("a pass is running; the new config applies from the next one")
        self.notifier.ready(self.status_line)

    # -- stopping (called from the main thread) ------------------------------------

    def stop(self, signum: int) -> bool:
        """Stop new passes, give the running one time to reach a step boundary.

        :returns: True when no pass is left running.
        """
        name = signal.Signals(signum).name
        logger.info("%s received: finishing the current step, then stopping", name)
        self.notifier.stopping(f"Stopping ({name})")
        self.stopping.set()
        if self.scheduler is not None:
            self.scheduler.shutdown(wait=False)
        if not self.work.acquire(timeout=STOP_GRACE_SECONDS):
            logger.warning(
                "the running pass did not stop within %.0fs; exiting anyway "
                "(the next start resumes its work)",
                STOP_GRACE_SECONDS,
            )
            return False
        # Kept: a job still queued finds the service stopping and the lock taken.
        self._close_provider()
        self.sessions.kw["bind"].dispose()
        return True


def run_service(config_path: Path | None) -> int:
    """Run the service until SIGTERM or SIGINT; SIGHUP reloads the config.

    :param config_path: the ``--config`` file, or None for the default path.
    :returns: 0 after a clean stop.
    :raises LockedError: another service already runs on the same database.
    :raises UserError: the config or the mailbox is unusable (systemd should not restart).
    """
    from followthrough.service import logsetup

    logsetup.configure(verbosity=logsetup.verbosity_from_root())
    cfg = load(config_path)
    startup.check_intervals(cfg.service)
    notifier = Notifier()
    run_lock = Lock(startup.run_lock_path(cfg))
    try:
        run_lock.__enter__()
    except LockedError:
        raise startup.refuse_second(run_lock.path) from None
    clean = True
    try:
        logger.info("starting (pid %d, config %s)", os.getpid(), cfg.source)
        sessions = startup.open_sessions(cfg)
        service = Service(cfg, config_path, sessions, notifier, SystemClock())
        service.start_scheduler()
        notifier.ready("First sync running")
        logger.info("ready")
        signum = wait_for_stop(service)
        clean = service.stop(signum)
        logger.info("stopped")
    finally:
        notifier.close()
        if clean:
            run_lock.__exit__(None, None, None)
    if not clean:
        logging.shutdown()
        os._exit(0)  # the pass thread cannot be joined; the OS releases the locks
    return 0
