"""Tracking: apply stored messages and the passing of time to the applications.

Messages are applied oldest first; before each one, the timers of its application
(an interview ending, the follow-up budget running out) fire up to the message's
date, so a late sync reaches the same states as a punctual one. A message from an
ignored sender moves nothing; a doubtful one waits for the user's review
(``followthrough review``). :mod:`followthrough.service.rebuild` replays an
application from its messages and the user's corrections with the same code.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Row
from sqlalchemy.orm import Session

from followthrough.classify.senders import display_name, looks_like_person, reachable
from followthrough.config import ReviewConfig
from followthrough.keys import compact, domain_of
from followthrough.mail import subject as subject_line
from followthrough.model import TERMINAL_STATES, Direction, Kind, Person, State
from followthrough.policy.history import Settings
from followthrough.service import case, retry
from followthrough.service.history import effective_kind
from followthrough.store import queries
from followthrough.store.models import Application, Message
from followthrough.tracker import machine
from followthrough.tracker.match import Candidate, Clues, match
from followthrough.tracker.names import company_key, same_company

logger = logging.getLogger(__name__)


def _bucket(key: str | None) -> str | None:
    """``"acme robotics"`` → ``"acme"``: the first four letters, spaces gone, that every
    key :func:`same_company` pairs with this one shares (it needs four); None if fewer."""
    letters = (key or "").replace(" ", "")
    return letters[:4] if len(letters) >= 4 else None


def _counterparts(msg: Message | Row[Any]) -> list[Person]:
    """Who the user exchanged ``msg`` with: its sender, or the recipients of their own mail."""
    if msg.direction == Direction.IN.value:
        return [Person(msg.sender_name, msg.sender_address)]
    return [Person(r[0], r[1]) for r in msg.recipients or [] if len(r) > 1]


def person_keys(msg: Message | Row[Any], account: str) -> list[str]:
    """The people of the employer a message was exchanged with: their address (one who
    can be written to) and their full name (a platform may carry it: "Ana Diaz via DocuSign")."""
    keys: list[str] = []
    for p in _counterparts(msg):
        if p.address and reachable(p, company=msg.company, account=account):
            keys.append(f"p:{p.address.lower()}")
        name = display_name(p.name or "")
        if len(name.split()) >= 2 and looks_like_person(Person(name)):
            keys.append(f"n:{compact(name)}")
    return keys


def conversation_keys(msg: Message | Row[Any], account: str) -> list[str]:
    """A conversation is a subject (reply prefixes dropped) exchanged with one person of
    the employer: "Re: Engineering Manager at Acme" from the manager who wrote
    "Engineering Manager at Acme" belongs with it, whatever role the subject seems to name."""
    subject = " ".join(subject_line.strip_prefixes(msg.subject).lower().split())
    if len(subject) < 12 or len(subject.split()) < 3:
        return []  # "Interview", "Thank you": too common to tie mail together
    inbound = msg.direction == Direction.IN.value
    people = _counterparts(msg) if msg.human or not inbound else []
    return [
        f"c:{subject}|{p.address.lower()}"
        for p in people
        if p.address and reachable(p, company=msg.company, account=account)
    ]


class Tracker:
    """Applies messages and timers inside one session."""

    def __init__(
        self,
        session: Session,
        *,
        mailbox: str,
        account: str,
        settings: Settings,
        review: ReviewConfig | None = None,
    ) -> None:
        self.session = session
        self.mailbox = mailbox
        self.account = account.lower()
        self.settings = settings
        self.review = review or ReviewConfig()
        self._by: dict[str, list[Application]] | None = None
        # The company keys of _by ("k:...") by their _bucket.
        self._stems: dict[str, list[str]] = {}
        self._apps: dict[int, Application] = {}  # by id, with _by
        self._next_id = 0  # ids the tracker gives new applications itself (no flush)
        self._thread_map: dict[str, int] | None = None
        self._people: dict[str, list[int]] = {}  # person -> applications, with _thread_map
        # Interview rows a rebuild took down: (id, uid, thread, start), under key 0.
        # Rebuilt rows take their old ids back, so draft keys naming them stay the same.
        self.reuse: dict[int, list[tuple[int, str | None, str | None, dt.datetime]]] = {}

    # -- the state machine ---------------------------------------------------------

    def _save(self, app: Application, step: machine.Step) -> None:
        if case.store(self.session, app, step, self._old_row_id):
            self._remember(app)

    def record(
        self,
        app: Application,
        new: State,
        *,
        at: dt.datetime,
        cause: str,
        message: Message | None = None,
    ) -> None:
        """Move ``app`` to ``new`` whatever the table says (a correction) and store the event."""
        step = machine.record(
            case.case_of(app), new, at=at, cause=cause, message=message.id if message else None
        )
        self._save(app, step)

    def timers(self, app: Application, until: dt.datetime) -> None:
        """Fire the interview-ended and ghosted timers of ``app`` due by ``until``."""
        silence = case.silence_of(app, self.account, self.settings)
        self._save(app, machine.tick(case.case_of(app), until, self.settings, silence))

    # -- messages ------------------------------------------------------------------

    def forget(self) -> None:
        """Drop the per-pass caches after messages moved between applications."""
        self._by = None
        self._stems, self._apps = {}, {}
        self._thread_map = None

    def _threads(self) -> dict[str, int]:
        """Which application each known thread, Message-ID and conversation belongs to
        (one query a pass)."""
        if self._thread_map is None:
            self._thread_map = {}
            self._people = {}
            for row in queries.thread_rows(self.session):
                self._remember_thread(row, row.application_id)
        return self._thread_map

    def _remember_thread(self, msg: Message | Row[Any], app_id: int) -> None:
        threads = self._thread_map if self._thread_map is not None else self._threads()
        if msg.thread_id:
            threads[f"t:{msg.thread_id}"] = app_id
        if msg.message_id:
            threads[f"m:{msg.message_id}"] = app_id
        for key in conversation_keys(msg, self.account):
            threads[key] = app_id
        for key in person_keys(msg, self.account):
            apps = self._people.setdefault(key, [])
            if app_id not in apps:
                apps.append(app_id)

    def _by_person(self, msg: Message) -> int | None:
        """The open application of the person who wrote ``msg``, when the message names
        no company we know: a rejection an agency recruiter or a hiring manager sends
        from their phone ("Lumenstack – update") belongs to the job they spoke about.
        Several open ones: the one the subject names, else the most recently active."""
        self._threads()
        ids = {i for key in person_keys(msg, self.account) for i in self._people.get(key, [])}
        apps = [a for a in (self._app(i) for i in ids) if a is not None]
        apps = [
            a
            for a in apps
            if a.merged_into is None and a.state and State(a.state) not in TERMINAL_STATES
        ]
        subject = (msg.subject or "").lower()
        named = [a for a in apps if a.company and a.company.lower() in subject]
        if msg.company and not named:
            return None  # they write about another employer: a new application
        pool = named or apps
        if not pool:
            return None
        return max(pool, key=lambda a: (a.updated_at, a.id)).id

    def _app(self, app_id: int | None) -> Application | None:
        """The application of ``app_id``: from the pass's index when it holds it (a
        session lookup each was a tenth of tracking a large mailbox)."""
        if app_id is None:
            return None
        found = self._apps.get(app_id)
        return found if found is not None else self.session.get(Application, app_id)

    def _link(self, msg: Message, app: Application) -> None:
        """Attach ``msg`` to ``app`` and remember its thread for the replies to come."""
        msg.application = app
        self._remember_thread(msg, app.id)

    def _thread_app(self, msg: Message) -> int | None:
        """The application of the conversation ``msg`` belongs to: thread id, then headers,
        then a reply's subject with the same person (mail clients that drop References,
        a thread whose first message we never saw)."""
        threads = self._threads()
        if msg.thread_id and f"t:{msg.thread_id}" in threads:
            return threads[f"t:{msg.thread_id}"]
        for ref in [msg.in_reply_to, *reversed(msg.references or [])]:
            if ref and f"m:{ref}" in threads:
                return threads[f"m:{ref}"]
        if subject_line.has_prefix(msg.subject) or msg.in_reply_to:  # a reply or a forward
            for key in conversation_keys(msg, self.account):
                if key in threads:
                    return threads[key]
        return None

    def _domains(self, msg: Message) -> frozenset[str]:
        if msg.direction == Direction.OUT.value:
            found = {domain_of(r[1]) for r in msg.recipients or []}
        else:
            found = {msg.company_domain}
        return frozenset(d for d in found if d and d != domain_of(self.account))

    def _index(self) -> dict[str, list[Application]]:
        """Applications by company key and by domain, loaded once per pass."""
        if self._by is None:
            self._by, self._stems = {}, {}
            every = {a.id: a for a in queries.every_application(self.session)}
            self._apps = dict(every)
            for app in every.values():
                # A merged application forwards its names to the one it was merged into.
                target = app
                while target.merged_into is not None and target.merged_into in every:
                    target = every[target.merged_into]
                if target.merged_into is None:
                    self._remember(app, target)
        return self._by

    def _remember(self, app: Application, target: Application | None = None) -> None:
        """Index ``target`` (default ``app``) under the company key and domains of ``app``."""
        if self._by is None:
            return
        # The key as this release spells it too: a database from an older release keeps
        # the keys it computed, and mail must still meet its application.
        keys = {f"k:{app.company_key}", f"k:{company_key(app.company)}"}
        for key in (*keys, *(f"d:{d}" for d in app.domains or ())):
            if key not in self._by and key.startswith("k:") and (bucket := _bucket(key[2:])):
                self._stems.setdefault(bucket, []).append(key)
            apps = self._by.setdefault(key, [])
            if (target or app) not in apps:
                apps.append(target or app)

    def _candidates(self, clues: Clues) -> list[Candidate]:
        """The applications ``clues`` could belong to, as plain data for :func:`match`."""
        index = self._index()
        key = company_key(clues.company)
        found = {a.id: a for a in index.get(f"k:{key}", [])}
        for domain in clues.domains:
            found.update((a.id, a) for a in index.get(f"d:{domain}", []))
        if not found and key:
            for name in self._stems.get(_bucket(key) or "", ()):
                if same_company(key, name[2:]):
                    found.update((a.id, a) for a in index[name])
        return [
            Candidate(
                id=a.id,
                company_key=company_key(a.company) or a.company_key,
                role=a.role,
                state=State(a.state),
                domains=frozenset(a.domains or ()),
                updated_at=a.updated_at,
                roles=frozenset(m.role for m in a.messages if m.role),
            )
            for a in found.values()
        ]

    def _new_app(self, msg: Message) -> Application:
        app = Application(
            id=self._new_id(),
            company=msg.company,
            company_key=company_key(msg.company),
            role=msg.role,
            state="",
            domains=[],
            created_at=msg.date,
            updated_at=msg.date,
            # Empty and loaded: a new application's lists are never read back from the
            # database (a lazy load per list, each after a flush, was most of a first pass).
            messages=[],
            events=[],
            drafts=[],
            interviews=[],
        )
        self.session.add(app)
        if self._by is not None:
            self._apps[app.id] = app
        self._remember(app)
        return app

    def _new_id(self) -> int:
        """The id of a new application, given here so that creating one needs no flush
        (a flush per new application was a third of a first pass). Rows other code
        added are flushed already; pending rows of ours have their ids counted."""
        with self.session.no_autoflush:
            self._next_id = max(self._next_id, queries.last_application_id(self.session)) + 1
        return self._next_id

    def _old_row_id(self, uid: str | None, thread: str | None, start: dt.datetime) -> int | None:
        """The id a rebuilt interview row had before the rebuild, if one matches."""
        old = self.reuse.get(0, [])
        for i, (row_id, row_uid, row_thread, row_start) in enumerate(old):
            if (uid and uid == row_uid) or (thread and thread == row_thread) or start == row_start:
                del old[i]
                return row_id
        return None

    def held(self, msg: Message, kind: Kind) -> bool:
        """Whether ``msg`` must wait for the user's review before it moves anything."""
        return machine.waits_for_review(
            kind,
            confidence=msg.confidence,
            settled=msg.review is not None or bool(msg.user_kind),
            min_confidence=self.review.min_confidence,
            review_all=self.review.all,
        )

    def _would_move(self, msg: Message, kind: Kind) -> Application | None:
        """The existing application a held message would move, if any."""
        thread_app = self._thread_app(msg)
        if kind is Kind.OTHER or thread_app is not None:
            return self._app(thread_app)
        clues = Clues(
            company=msg.company, role=msg.role, domains=self._domains(msg), thread_app=None
        )
        app_id, _why = match(clues, self._candidates(clues))
        return self._app(app_id)

    def apply(self, msg: Message) -> None:
        """Apply one message: match it, update its application, fire its trigger.

        Mail from an ignored sender is only marked processed; a message held for review
        waits, unlinked, until the user accepts or corrects it.
        """
        kind = effective_kind(msg)
        msg.processed = True
        if msg.ignored:
            return
        if self.held(msg, kind):
            msg.review = "pending"
            logger.info("message %s (%s) waits for review", msg.id, kind.value)
            app = self._would_move(msg, kind)
            if app is not None:
                # Linked but without effect (history skips it): the application makes
                # no follow-up until the user says what this message is.
                self._link(msg, app)
                app.dirty = True
            return
        direction = Direction(msg.direction)
        thread_app = self._thread_app(msg)
        if kind is Kind.OTHER:
            app = self._app(thread_app)
            if app is not None:
                self._link(msg, app)
                self.effect(app, msg)
            return
        clues = Clues(
            company=msg.company, role=msg.role, domains=self._domains(msg), thread_app=thread_app
        )
        app_id, why = match(clues, self._candidates(clues))
        if app_id is None and direction is Direction.IN:
            app_id, why = self._by_person(msg), "the same person wrote about it"
        app = self._app(app_id)
        if app is None:
            if direction is Direction.OUT and not msg.company:
                logger.debug("message %s: candidate mail for no known application", msg.id)
                return
            app = self._new_app(msg)
            why = "new application"
        logger.debug("message %s -> application %s (%s)", msg.id, app.id, why)
        self._link(msg, app)
        self.effect(app, msg)

    def effect(self, app: Application, msg: Message) -> None:
        """What ``msg``, already linked to ``app``, does to it (also used by a rebuild)."""
        app.dirty = True
        silence = case.silence_of(app, self.account, self.settings)
        step = machine.apply(case.case_of(app), case.evidence_of(msg), self.settings, silence)
        self._save(app, step)

    def _apply_alone(self, msg: Message, now: dt.datetime) -> None:
        """Apply one message in a savepoint: a failure is recorded on that message alone
        (and logged), its half-done changes are undone, the pass goes on, and the message
        is tried again on a later pass (``service.retry``)."""
        try:
            with self.session.begin_nested():
                self.apply(msg)
                if msg.error is not None and msg.attempts:  # a retry that worked
                    msg.error, msg.retry_at = None, None
        except Exception as exc:  # a bug on one message must not stop every later pass
            logger.exception("message %s could not be applied; the pass goes on", msg.id)
            again = retry.failed(msg, f"not applied: {exc!r}", now)
            msg.processed = not again

    #: Messages applied in one savepoint. A savepoint per message costs two flushes each,
    #: most of a first pass over a large mailbox; a batch that fails is applied again one
    #: message at a time, so a failure still stays with its own message.
    BATCH = 200

    def _apply_batch(self, batch: Sequence[Message], now: dt.datetime) -> None:
        try:
            with self.session.begin_nested():
                for msg in batch:
                    self.apply(msg)
                    if msg.error is not None and msg.attempts:  # a retry that worked
                        msg.error, msg.retry_at = None, None
        except Exception:
            logger.debug("a batch of %d messages failed; applying them one by one", len(batch))
            self.forget()  # the caches may name what the rollback took away
            for msg in batch:
                self._apply_alone(msg, now)

    def run(self, now: dt.datetime) -> int:
        """Apply every unprocessed message dated up to ``now``, then fire timers up to ``now``."""
        pending = queries.unprocessed(self.session, self.mailbox, now)
        for start in range(0, len(pending), self.BATCH):
            self._apply_batch(pending[start : start + self.BATCH], now)
        for app in queries.awake_applications(self.session, now):
            self.timers(app, now)
        return len(pending)
