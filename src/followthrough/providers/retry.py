"""One retry policy for every HTTP edge: exponential backoff with full jitter, Retry-After honoured.

The policy does not know any HTTP library. A provider classifies each failure into a
:class:`Failure` (retryable or not, and the server's Retry-After if it sent one) and
the policy decides how long to wait and when to give up; :func:`call` runs one call
under it. Backoff is "full jitter" (sleep a uniform random time between 0 and
``min(cap, base * 2**attempt)``) from https://aws.amazon.com/blogs/architecture/exponential-backoff-and-jitter/,
as Google recommends for its APIs
(https://developers.google.com/workspace/gmail/api/guides/handle-errors#exponential-backoff).
A server's Retry-After is a floor: we never come back sooner than it asked, and add a
little jitter on top so that parallel clients do not return in lockstep.

Which failures are worth retrying (429, 403 rate-limit reasons, 5xx, network errors) is
the provider's call; :func:`retryable_status` holds the generic part of that rule.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import logging
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

from followthrough.errors import TransientError

logger = logging.getLogger(__name__)

T = TypeVar("T")

RETRYABLE_STATUSES = frozenset({429, 500, 502, 503, 504})
RATE_LIMIT_REASONS = frozenset({"userRateLimitExceeded", "rateLimitExceeded"})


@dataclass(frozen=True)
class Failure:
    """What went wrong with one attempt, as far as retrying is concerned.

    :param retryable: whether another attempt may succeed.
    :param retry_after: seconds the server asked us to wait, if it said.
    :param reason: a short label for logs (a status code or error reason; never a body).
    """

    retryable: bool
    retry_after: float | None = None
    reason: str = ""


def retryable_status(status: int, reason: str | None = None) -> bool:
    """429 and 5xx are worth retrying; 403 only for the rate-limit reasons."""
    if status in RETRYABLE_STATUSES:
        return True
    return status == 403 and reason in RATE_LIMIT_REASONS


def parse_retry_after(value: str | None, *, now: dt.datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After header value (delay-seconds or an HTTP-date).

    RFC 9110 section 10.2.3 allows an integer; decimals are accepted too (the local test
    server scales its quota window down and answers with fractions of a second).
    """
    if value is None:
        return None
    text = value.strip()
    if not text:
        return None
    try:
        seconds = float(text)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(text)
        except (TypeError, ValueError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=dt.UTC)
        seconds = (when - (now or dt.datetime.now(dt.UTC))).total_seconds()
    if seconds != seconds or seconds < 0:  # NaN or in the past
        return 0.0
    return seconds


@dataclass
class RetryPolicy:
    """How long to wait between attempts and when to stop.

    :param tries: attempts in all, the first included.
    :param base: the backoff scale in seconds (attempt n waits up to ``base * 2**n``).
    :param cap: the longest backoff without a Retry-After.
    :param deadline: give up when the next wait would end later than this many seconds
        after the first attempt.
    :param max_retry_after: a Retry-After longer than this is not waited for.
    :param rng: random source (seeded in tests).
    :param sleep: how to wait (replaced in tests).
    """

    tries: int = 8
    base: float = 0.5
    cap: float = 32.0
    deadline: float = 300.0
    max_retry_after: float = 120.0
    rng: random.Random = field(default_factory=random.Random)
    sleep: Callable[[float], None] = time.sleep
    clock: Callable[[], float] = time.monotonic

    def delay(self, attempt: int, retry_after: float | None = None) -> float:
        """Seconds to wait before attempt ``attempt + 1`` (``attempt`` counts from 0)."""
        ceiling = min(self.cap, self.base * (2**attempt))
        if retry_after is not None:
            # The server's word is a floor; a tenth of it (at most ``base``) of jitter on top.
            return retry_after + self.rng.uniform(0, min(self.base, retry_after / 10 + 0.001))
        return self.rng.uniform(0, ceiling)

    def start(self) -> Attempts:
        """Begin a new sequence of attempts (one call, or one set of batch parts)."""
        return Attempts(self, self.clock())


@dataclass
class Attempts:
    """The attempts made so far for one logical call; decides whether to go on."""

    policy: RetryPolicy
    started: float
    made: int = 0

    def wait_or_give_up(self, failure: Failure) -> bool:
        """After a failed attempt: sleep and return True to try again, or return False.

        Gives up when the failure is not retryable, the tries are spent, the server asks
        for a wait longer than ``max_retry_after``, or the deadline would pass.
        """
        self.made += 1
        policy = self.policy
        if not failure.retryable or self.made >= policy.tries:
            return False
        if failure.retry_after is not None and failure.retry_after > policy.max_retry_after:
            logger.warning("server asked to wait %.0fs; giving up for now", failure.retry_after)
            return False
        wait = policy.delay(self.made - 1, failure.retry_after)
        if policy.clock() + wait - self.started > policy.deadline:
            return False
        logger.debug("retrying after %s in %.2fs (attempt %d)", failure.reason, wait, self.made)
        policy.sleep(wait)
        return True


def call(
    fn: Callable[[], T],
    *,
    classify: Callable[[BaseException], Failure | None],
    policy: RetryPolicy,
    what: str = "request",
) -> T:
    """Run ``fn`` until it succeeds or the policy gives up.

    :param classify: maps an exception to a :class:`Failure`, or None for an exception
        that is not about the transport (it is re-raised at once).
    :raises TransientError: the last failure was retryable but the policy gave up.
    :raises BaseException: whatever ``fn`` raised when it is not retryable.
    """
    attempts = policy.start()
    while True:
        try:
            return fn()
        except Exception as exc:
            failure = classify(exc)
            if failure is None:
                raise
            if attempts.wait_or_give_up(failure):
                continue
            if failure.retryable:
                raise TransientError(
                    f"{what} still failing after {attempts.made} attempt(s) ({failure.reason}); "
                    "will try again on the next pass"
                ) from exc
            raise
