"""The error hierarchy; the CLI turns each into a sentence and an exit code."""

from __future__ import annotations


class Error(Exception):
    """Base of every error followthrough raises on purpose."""


class UserError(Error):
    """Something the user can fix (config, paths, arguments); printed without a traceback.

    :param problems: every problem found, so the user can fix them all at once.
    """

    def __init__(self, *problems: str) -> None:
        self.problems = tuple(problems)
        super().__init__("; ".join(problems))


class ConfigError(UserError):
    """The configuration file is missing, unreadable or wrong."""


class MailboxError(UserError):
    """The mailbox cannot be read or written (missing folder, permissions)."""


class AuthError(UserError):
    """The stored sign-in no longer works; the user must sign in again."""


class TransientError(Error):
    """A failure that may go away on retry (network, 5xx, 429)."""


class CursorExpiredError(Error):
    """The provider no longer knows the stored sync cursor; a full resync is needed."""


class MalformedMessageError(Error):
    """A message that cannot be parsed at all; it is logged and skipped."""


class LockedError(UserError):
    """Another followthrough process holds the database lock."""


class DatabaseError(Error):
    """The database cannot be used as it is (schema from a newer release, no schema
    version, a damaged file); the message says what to do, usually `followthrough doctor`."""
