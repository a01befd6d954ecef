"""One sync pass: reconcile drafts, ingest new mail, track states, make due drafts.

The one-shot ``followthrough sync`` and every poll of the service run this same code.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy.orm import Session, sessionmaker

from followthrough.clock import Clock
from followthrough.config import Config
from followthrough.drafts.render import Renderer
from followthrough.errors import ConfigError, Error
from followthrough.providers import provider_class
from followthrough.providers.base import Provider
from followthrough.service.drafting import DraftReport, make_drafts, reconcile
from followthrough.service.ingest import IngestReport, ingest
from followthrough.service.track import Tracker
from followthrough.store.models import SyncState

logger = logging.getLogger(__name__)


@dataclass
class SyncReport:
    """What one pass did, for logs and the CLI."""

    ingest: IngestReport = field(default_factory=IngestReport)
    drafts: DraftReport = field(default_factory=DraftReport)
    applied: int = 0
    seconds: float = 0.0

    def summary(self) -> str:
        return (
            f"{self.ingest.stored} new message(s), {self.ingest.failed} skipped, "
            f"{self.applied} applied, {self.drafts.made} draft(s) made, "
            f"{self.drafts.removed} removed, in {self.seconds:.2f}s"
            + (
                f" ({self.drafts.skipped} old draft(s) not made: due before the window of the "
                "first sync)"
                if self.drafts.skipped
                else ""
            )
        )


def open_provider(cfg: Config) -> Provider:
    """Build the provider the config names (imported lazily)."""
    try:
        cls = provider_class(cfg.mailbox.provider)
    except KeyError:
        raise ConfigError(f"[mailbox] provider {cfg.mailbox.provider!r} is not available") from None
    factory: Callable[[Config], Provider] = cls.from_config  # type: ignore[attr-defined]
    return factory(cfg)


def _mark(sessions: sessionmaker[Session], mailbox: str, **fields: object) -> None:
    with sessions.begin() as session:
        state = session.get(SyncState, mailbox) or SyncState(mailbox=mailbox)
        for key, value in fields.items():
            setattr(state, key, value)
        session.add(state)


def _track(cfg: Config, sessions: sessionmaker[Session], now: dt.datetime) -> int:
    with sessions.begin() as session:
        tracker = Tracker(
            session,
            mailbox=cfg.mailbox_key,
            account=cfg.account.address,
            settings=cfg.settings(),
            review=cfg.review,
        )
        return tracker.run(now)


def sync_once(
    cfg: Config,
    provider: Provider,
    sessions: sessionmaker[Session],
    clock: Clock,
    *,
    progress: Callable[[int, int], None] | None = None,
) -> SyncReport:
    """Run one pass as of ``clock.now()``; errors are recorded, then raised."""
    now: dt.datetime = clock.now()
    mailbox = cfg.mailbox_key
    report = SyncReport()
    started = time.monotonic()
    with sessions() as session:
        known = session.get(SyncState, mailbox)
        first_sync = known is None or known.last_finished is None
        cursor = known.cursor if known is not None else None
    _mark(sessions, mailbox, last_started=now)
    provider.begin_pass(clock.now)
    try:
        reconcile(provider, sessions, report.drafts, cursor)
        report.ingest = ingest(
            provider,
            sessions,
            mailbox=mailbox,
            account=cfg.account.address,
            now=now,
            progress=progress,
            aliases=cfg.account.aliases,
        )
        report.applied = _track(cfg, sessions, now)
        for _ in range(3):
            skipped = report.drafts.skipped
            make_drafts(
                provider,
                sessions,
                cfg,
                Renderer(cfg.drafts.templates),
                now,
                report.drafts,
                first_sync=first_sync,
            )
            if report.drafts.skipped == skipped:
                break
            # Old drafts recorded as skipped move the timers on (an application of last
            # spring is ghosted by now): settle that within this same pass.
            _track(cfg, sessions, now)
    except Error as exc:
        _mark(sessions, mailbox, last_error=str(exc), last_duration=time.monotonic() - started)
        raise
    except Exception as exc:
        _mark(sessions, mailbox, last_error=repr(exc), last_duration=time.monotonic() - started)
        raise
    report.seconds = time.monotonic() - started
    _mark(sessions, mailbox, last_finished=now, last_duration=report.seconds, last_error=None)
    logger.info("sync done: %s", report.summary())
    return report


def decide(
    cfg: Config, provider: Provider, sessions: sessionmaker[Session], clock: Clock
) -> SyncReport:
    """Fire the timers and make the drafts due at ``clock.now()``, without fetching mail.

    The service runs this between polls, so a thank-you is drafted soon after an
    interview ends even when no mail arrives. It is the tail of :func:`sync_once`
    (messages already stored but dated after an earlier ``now`` are applied too); it
    does not touch the ``sync`` status, which tells when mail was last fetched.
    """
    now: dt.datetime = clock.now()
    report = SyncReport()
    started = time.monotonic()
    report.applied = _track(cfg, sessions, now)
    make_drafts(provider, sessions, cfg, Renderer(cfg.drafts.templates), now, report.drafts)
    report.seconds = time.monotonic() - started
    return report
