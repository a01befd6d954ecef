"""What every user-control command needs: the store under the lock, the clock, names.

Applications are named by id (``#3`` or ``3``, as ``status`` shows them) or by a unique,
case-insensitive prefix of the company; messages by the store's id (``show`` lists them).
"""

from __future__ import annotations

import argparse
import datetime as dt
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass

from sqlalchemy.orm import Session

from followthrough.config import Config, load, parse_now
from followthrough.errors import LockedError, UserError
from followthrough.service.track import Tracker
from followthrough.store import queries
from followthrough.store.models import Application, Message

LOCK_WAIT_SECONDS = 15.0  # a sync pass of the running service usually ends well within this


@dataclass
class Context:
    """One command's config, clock and open session."""

    cfg: Config
    now: dt.datetime
    session: Session

    def tracker(self) -> Tracker:
        return Tracker(
            self.session,
            mailbox=self.cfg.mailbox_key,
            account=self.cfg.account.address,
            settings=self.cfg.settings(),
            review=self.cfg.review,
        )


def now_of(args: argparse.Namespace) -> dt.datetime:
    """``--now`` of the subcommand (or the global one), else the system clock."""
    when = getattr(args, "sub_now", None) or getattr(args, "now", None)
    return parse_now(when) if when else dt.datetime.now(dt.UTC)


def _lock(cfg: Config, stack: ExitStack) -> None:
    """Hold the database lock until ``stack`` closes, waiting a little for a running pass."""
    from followthrough.service.lock import Lock
    from followthrough.service.runner import lock_path

    deadline = time.monotonic() + LOCK_WAIT_SECONDS
    while True:
        try:
            stack.enter_context(Lock(lock_path(cfg)))
            return
        except LockedError:
            if time.monotonic() >= deadline:
                raise
            time.sleep(0.5)


@contextmanager
def opened(args: argparse.Namespace, *, write: bool) -> Iterator[Context]:
    """The store, in one transaction; writers wait briefly for a running sync to finish."""
    from followthrough.store.db import open_database

    cfg = load(args.config)
    with ExitStack() as stack:
        if write:
            _lock(cfg, stack)
        sessions = open_database(cfg.database)
        with sessions.begin() as session:
            yield Context(cfg=cfg, now=now_of(args), session=session)


def find_app(session: Session, name: str) -> Application:
    """The application ``name`` names: ``#3``, ``3``, or a unique company prefix.

    :raises UserError: no such application, or the prefix fits several.
    """
    text = name.strip().lstrip("#")
    if text.isdigit():
        app = session.get(Application, int(text))
        if app is None:
            raise UserError(f"no application #{text}; `followthrough status` lists them")
        return _followed(session, app)
    wanted = text.casefold()
    apps = queries.open_applications(session)
    found = [a for a in apps if a.company and a.company.casefold().startswith(wanted)]
    if not found:
        raise UserError(f"no application at a company starting with {name!r}")
    if len(found) > 1:
        ids = ", ".join(f"#{a.id} {a.company}{' - ' + a.role if a.role else ''}" for a in found)
        raise UserError(f"{name!r} fits several applications ({ids}); name one by its #id")
    return found[0]


def _followed(session: Session, app: Application) -> Application:
    """A merged application stands for the one it was merged into."""
    seen = {app.id}
    while app.merged_into is not None:
        target = session.get(Application, app.merged_into)
        if target is None or target.id in seen:
            break
        seen.add(target.id)
        app = target
    return app


def find_message(session: Session, ident: str) -> Message:
    """The stored message with id ``ident`` (``#12`` or ``12``).

    :raises UserError: not a number, or no such message.
    """
    text = ident.strip().lstrip("#")
    msg = session.get(Message, int(text)) if text.isdigit() else None
    if msg is None:
        raise UserError(
            f"no message {ident!r}; `followthrough show APPLICATION` lists the message ids"
        )
    return msg


def title(app: Application) -> str:
    name = app.company or "(unknown company)"
    return f"#{app.id} {name}" + (f" - {app.role}" if app.role else "")
