"""The retry policy on its own: full jitter, Retry-After as a floor, bounded attempts."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from followthrough.errors import TransientError
from followthrough.providers.retry import (
    Failure,
    RetryPolicy,
    call,
    parse_retry_after,
    retryable_status,
)


def _policy(**kw: object) -> tuple[RetryPolicy, list[float]]:
    waits: list[float] = []
    policy = RetryPolicy(rng=random.Random(1), sleep=waits.append, **kw)  # type: ignore[arg-type]
    return policy, waits


@pytest.mark.parametrize(
    ("status", "reason", "expected"),
    [
        (429, None, True),
        (500, None, True),
        (503, None, True),
        (403, "userRateLimitExceeded", True),
        (403, "rateLimitExceeded", True),
        (403, "insufficientPermissions", False),
        (404, None, False),
        (400, None, False),
        (401, None, False),
    ],
)
def test_retryable_statuses(status: int, reason: str | None, expected: bool) -> None:
    assert retryable_status(status, reason) is expected


def test_full_jitter_stays_under_the_exponential_ceiling() -> None:
    policy, _ = _policy(base=0.5, cap=8.0)
    for attempt in range(8):
        ceiling = min(8.0, 0.5 * 2**attempt)
        samples = [policy.delay(attempt) for _ in range(200)]
        assert all(0 <= s <= ceiling for s in samples)
        assert max(samples) > ceiling * 0.8  # it uses the whole range
        assert min(samples) < ceiling * 0.2


def test_retry_after_is_a_floor_with_a_little_jitter() -> None:
    policy, _ = _policy(base=0.5)
    samples = [policy.delay(3, retry_after=2.0) for _ in range(100)]
    assert all(2.0 <= s <= 2.0 + 0.21 for s in samples)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("3", 3.0),
        ("0.25", 0.25),
        (" 12 ", 12.0),
        ("-5", 0.0),
        ("", None),
        (None, None),
        ("soon", None),
    ],
)
def test_parse_retry_after_seconds(value: str | None, expected: float | None) -> None:
    assert parse_retry_after(value) == expected


def test_parse_retry_after_http_date() -> None:
    now = dt.datetime(2026, 11, 22, 12, 0, 0, tzinfo=dt.UTC)
    assert parse_retry_after("Sun, 22 Nov 2026 12:00:30 GMT", now=now) == 30.0
    assert parse_retry_after("Sun, 22 Nov 2026 11:00:00 GMT", now=now) == 0.0


def test_call_retries_until_success() -> None:
    policy, waits = _policy(tries=5, base=0.1)
    answers: list[Exception | str] = [OSError("reset"), OSError("reset"), "ok"]

    def fn() -> str:
        item = answers.pop(0)
        if isinstance(item, Exception):
            raise item
        return item

    result = call(fn, classify=lambda e: Failure(True, None, "net"), policy=policy)
    assert result == "ok"
    assert len(waits) == 2


def test_call_gives_up_after_the_tries_with_a_transient_error() -> None:
    policy, waits = _policy(tries=4)
    count = 0

    def fn() -> None:
        nonlocal count
        count += 1
        raise OSError("down")

    with pytest.raises(TransientError):
        call(fn, classify=lambda e: Failure(True), policy=policy)
    assert count == 4
    assert len(waits) == 3


def test_call_reraises_what_is_not_retryable_at_once() -> None:
    policy, waits = _policy()

    def fn() -> None:
        raise KeyError("bug")

    with pytest.raises(KeyError):
        call(fn, classify=lambda e: None, policy=policy)
    with pytest.raises(KeyError):
        call(fn, classify=lambda e: Failure(False), policy=policy)
    assert waits == []


def test_deadline_bounds_the_total_time() -> None:
    clock = [0.0]
    waits: list[float] = []

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        clock[0] += seconds

    policy = RetryPolicy(tries=100, deadline=10.0, sleep=sleep, clock=lambda: clock[0])

    def fn() -> None:
        raise OSError

    with pytest.raises(TransientError):
        call(fn, classify=lambda e: Failure(True, retry_after=3.0), policy=policy)
    assert sum(waits) <= 10.0
    assert len(waits) == 3
