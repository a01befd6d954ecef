"""The TOML configuration as frozen dataclasses; every problem is reported at once.

Default path: ``$XDG_CONFIG_HOME/followthrough/config.toml``. Keys fixed by SPEC
section 6 keep their names; the rest (``[policy]``, ``[drafts]``, ``[service]``) are ours.
"""

from __future__ import annotations

import datetime as dt
import difflib
import os
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from followthrough.errors import ConfigError
from followthrough.policy.history import Settings

PROVIDERS = ("maildir", "gmail", "outlook")
DRAFT_LANGUAGES = ("en", "de", "fr", "es", "pt", "nl")  # shipped draft templates


def config_home() -> Path:
    return Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config") / "followthrough"


def data_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local/share") / "followthrough"


def default_config_path() -> Path:
    return config_home() / "config.toml"


@dataclass(frozen=True)
class Account:
    address: str
    name: str
    timezone: str
    #: Other addresses of the user: mail from them is the user's own (outbound).
    aliases: tuple[str, ...] = ()

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)


@dataclass(frozen=True)
class Mailbox:
    provider: str
    path: Path | None = None
    inbox: str = "INBOX"
    sent: str = "Sent"
    drafts: str = "Drafts"


@dataclass(frozen=True)
class DraftsConfig:
    """``[drafts]``: where user templates override the shipped ones, and a signature."""

    templates: Path | None = None
    signature: str = ""
    pitch: str = ""  # one phrase on why you fit, used instead of a generic line
    language: str | None = None  # force the drafts' language; None: the thread's language
    rejection_reply: bool = False  # a gracious reply to a rejection (thanks, asks for feedback)


@dataclass(frozen=True)
class ReviewConfig:
    """``[review]``: which messages wait for the user before they move an application."""

    min_confidence: float = 0.6  # below this, a message waits in `followthrough review`
    all: bool = False  # every message that would change a state waits for review


@dataclass(frozen=True)
class ServiceConfig:
    """``[service]``: the long-running service."""

    poll_minutes: float = 5.0
    lookback_days: int = 90
    decide_minutes: float = 1.0
    jitter_seconds: float = 30.0


@dataclass(frozen=True)
class Config:
    account: Account
    mailbox: Mailbox
    database: str
    policy: Settings = field(default_factory=Settings)  # [policy]; tz comes from [account]
    drafts: DraftsConfig = field(default_factory=DraftsConfig)
    service: ServiceConfig = field(default_factory=ServiceConfig)
    review: ReviewConfig = field(default_factory=ReviewConfig)
    gmail: dict[str, Any] = field(default_factory=dict)
    outlook: dict[str, Any] = field(default_factory=dict)
    source: Path | None = None

    def settings(self) -> Settings:
        """The policy settings in the user's time zone."""
        return replace(self.policy, tz=self.account.tz)

    @property
    def mailbox_key(self) -> str:
        """Names the mailbox in the store (the cursor belongs to it)."""
        return f"{self.mailbox.provider}:{self.account.address}"


def _table(raw: dict[str, Any], name: str, problems: list[str]) -> dict[str, Any]:
    value = raw.get(name, {})
    if not isinstance(value, dict):
        problems.append(f"[{name}] must be a table")
        return {}
    return value


def _numbers(section: dict[str, Any], cls: type[Any], name: str, problems: list[str]) -> Any:
    known = {f.name: f for f in fields(cls) if f.name != "tz"}  # the zone is [account]'s
    values: dict[str, Any] = {}
    for key, value in section.items():
        if key not in known:
            problems.append(f"[{name}] {key}: unknown setting{_nearest(key, known)}")
            continue
        default = getattr(cls(), key)
        if isinstance(default, bool) or not isinstance(value, type(default) | int):
            problems.append(f"[{name}] {key}: expected a number, got {value!r}")
            continue
        if value < 0:
            problems.append(f"[{name}] {key}: must not be negative")
            continue
        values[key] = type(default)(value)
    return cls(**values)


def _review(section: dict[str, Any], problems: list[str]) -> ReviewConfig:
    review_all = section.get("all", False)
    if not isinstance(review_all, bool):
        problems.append("[review] all must be true or false")
    threshold = _numbers(
        {k: v for k, v in section.items() if k != "all"}, ReviewConfig, "review", problems
    )
    if threshold.min_confidence > 1:
        problems.append("[review] min_confidence must be between 0 and 1")
    return ReviewConfig(min_confidence=threshold.min_confidence, all=review_all is True)


KNOWN_KEYS: dict[str, frozenset[str]] = {
    "account": frozenset({"address", "name", "timezone", "aliases"}),
    "mailbox": frozenset({"provider", "path", "inbox", "sent", "drafts"}),
    "storage": frozenset({"database"}),
    "drafts": frozenset({"templates", "signature", "pitch", "language", "rejection_reply"}),
    "review": frozenset({"min_confidence", "all"}),
    "gmail": frozenset({"client_secret", "credentials", "api_endpoint"}),
    "outlook": frozenset({"client_id", "authority", "graph_endpoint", "token_cache"}),
    "policy": frozenset(f.name for f in fields(Settings) if f.name != "tz"),
    "service": frozenset(f.name for f in fields(ServiceConfig)),
}
"""Every table and key the config may hold: anything else is a typo, said as such."""


def _nearest(word: str, choices: Iterable[str]) -> str:
    found = difflib.get_close_matches(word, sorted(choices), n=1, cutoff=0.6)
    return f" (did you mean {found[0]!r}?)" if found else ""


def _unknown(raw: dict[str, Any], problems: list[str]) -> None:
    for table, value in raw.items():
        if table not in KNOWN_KEYS:
            problems.append(f"[{table}]: unknown section{_nearest(table, KNOWN_KEYS)}")
            continue
        if isinstance(value, dict):
            for key in value:
                if key not in KNOWN_KEYS[table] and table not in ("policy", "service", "review"):
                    near = _nearest(key, KNOWN_KEYS[table])
                    problems.append(f"[{table}] {key}: unknown setting{near}")


def _database_url(value: str, problems: list[str]) -> str:
    """The database URL; a plain path is a mistake worth a precise hint."""
    if "://" not in value:
        path = Path(value).expanduser()
        problems.append(
            f"[storage] database {value!r} is a path, not a URL; write "
            f'database = "sqlite:///{path if path.is_absolute() else path.resolve()}"'
        )
    return value


def parse(raw: dict[str, Any], *, source: Path | None = None) -> Config:
    """Build a :class:`Config` from parsed TOML.

    :raises ConfigError: listing every problem found, unknown sections and keys too.
    """
    problems: list[str] = []
    _unknown(raw, problems)
    account = _table(raw, "account", problems)
    mailbox = _table(raw, "mailbox", problems)
    storage = _table(raw, "storage", problems)
    for key in ("address", "name", "timezone"):
        if not isinstance(account.get(key), str) or not account.get(key):
            problems.append(f"[account] {key} is missing")
    timezone = account.get("timezone", "UTC")
    if isinstance(timezone, str) and timezone:
        try:
            ZoneInfo(timezone)
        except (ZoneInfoNotFoundError, ValueError):
            problems.append(f"[account] timezone {timezone!r} is not a known time zone")
    aliases = account.get("aliases", [])
    if not isinstance(aliases, list) or not all(isinstance(a, str) and "@" in a for a in aliases):
        problems.append('[account] aliases must be a list of addresses, e.g. ["me@old.example"]')
        aliases = []
    provider = mailbox.get("provider")
    if provider not in PROVIDERS:
        problems.append(f"[mailbox] provider must be one of {', '.join(PROVIDERS)}")
    path = mailbox.get("path")
    if provider == "maildir" and not isinstance(path, str):
        problems.append(
            "[mailbox] path is missing (the Maildir root holding INBOX/, Sent/, Drafts/)"
        )
    database = storage.get("database", f"sqlite:///{data_home() / 'state.db'}")
    if not isinstance(database, str) or not database:
        problems.append("[storage] database must be a SQLAlchemy URL string")
    else:
        database = _database_url(database, problems)
    policy = _numbers(_table(raw, "policy", problems), Settings, "policy", problems)
    service = _numbers(_table(raw, "service", problems), ServiceConfig, "service", problems)
    drafts_raw = _table(raw, "drafts", problems)
    templates = drafts_raw.get("templates")
    language = drafts_raw.get("language")
    if language is not None and language not in DRAFT_LANGUAGES:
        problems.append(f"[drafts] language must be one of {', '.join(DRAFT_LANGUAGES)}")
    rejection_reply = drafts_raw.get("rejection_reply", False)
    if not isinstance(rejection_reply, bool):
        problems.append("[drafts] rejection_reply must be true or false")
    review = _review(_table(raw, "review", problems), problems)
    if problems:
        raise ConfigError(*problems)
    folders = {
        k: mailbox[k] for k in ("inbox", "sent", "drafts") if isinstance(mailbox.get(k), str)
    }
    return Config(
        account=Account(
            address=str(account["address"]).lower(),
            name=str(account["name"]),
            timezone=str(timezone),
            aliases=tuple(a.lower() for a in aliases),
        ),
        mailbox=Mailbox(
            provider=str(provider),
            path=Path(path).expanduser() if isinstance(path, str) else None,
            **folders,
        ),
        database=str(database),
        policy=policy,
        service=service,
        drafts=DraftsConfig(
            templates=Path(templates).expanduser() if isinstance(templates, str) else None,
            signature=str(drafts_raw.get("signature", "")),
            pitch=str(drafts_raw.get("pitch", "")),
            language=language if isinstance(language, str) else None,
            rejection_reply=rejection_reply is True,
        ),
        review=review,
        gmail=_table(raw, "gmail", problems),
        outlook=_table(raw, "outlook", problems),
        source=source,
    )


def load(path: Path | None) -> Config:
    """Read and check the config file.

    :raises ConfigError: the file is missing, unreadable, not TOML, or has wrong keys.
    """
    target = path or default_config_path()
    try:
        text = target.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(
            f"no config file at {target}; copy config.example.toml there or pass --config PATH"
        ) from None
    except OSError as exc:
        raise ConfigError(f"cannot read config file {target}: {exc.strerror}") from exc
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{target} is not valid TOML: {exc}") from exc
    return parse(raw, source=target)


def parse_now(value: str) -> dt.datetime:
    """Parse ``--now``: ISO 8601; a value without offset is taken as UTC."""
    try:
        at = dt.datetime.fromisoformat(value)
    except ValueError:
        raise ConfigError(f"--now {value!r} is not an ISO 8601 time") from None
    return at if at.tzinfo else at.replace(tzinfo=dt.UTC)
