"""Batch requests against the configured Gmail endpoint, retrying only the parts that failed.

``service.new_batch_http_request()`` builds its URL from the discovery document's
rootUrl and ignores ``client_options.api_endpoint``, so batches would reach
gmail.googleapis.com while every other call goes to the configured server; we build
``BatchHttpRequest(batch_uri=f"{endpoint}/batch/gmail/v1")`` ourselves.

Gmail answers each part of a batch on its own: some may succeed while others get 429,
403 rate-limit errors or 5xx (https://developers.google.com/workspace/gmail/api/guides/batch;
at most 100 parts, and "larger batch sizes are likely to trigger rate limiting", so we
send 50). googleapiclient only redoes parts that got 401, so the rest of the policy is
here: the failed retryable parts go into the next round after the backoff (the shortest
Retry-After among them, when they carry one), parts that failed for good are reported,
and once a chunk hits the rate limit the chunks not yet sent wait for the next round
instead of collecting more 429s. The attempt budget counts rounds without progress, so
a long first sync under the quota keeps going as long as each round gets something done.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from followthrough.errors import TransientError
from followthrough.providers.retry import Failure, RetryPolicy

logger = logging.getLogger(__name__)

MAX_PARTS = 50


@dataclass
class BatchOutcome:
    """What a batch run produced: results by key, and keys that failed for good."""

    results: dict[str, Any] = field(default_factory=dict)
    failed: dict[str, BaseException] = field(default_factory=dict)
    rounds: int = 0
    retried_parts: int = 0


def run_batches(
    requests: Mapping[str, Callable[[], Any]],
    *,
    batch_uri: str,
    classify: Callable[[BaseException], Failure | None],
    policy: RetryPolicy,
    max_parts: int = MAX_PARTS,
) -> BatchOutcome:
    """Execute ``requests`` (key → factory of a googleapiclient HttpRequest) in batches.

    :returns: every result, plus the keys whose failure is not worth retrying
        (e.g. 404 for a message deleted meanwhile).
    :raises TransientError: retryable failures persisted past the policy's budget.
    :raises BaseException: an error ``classify`` does not recognise (e.g. a failed
        token refresh), unchanged.
    """
    from googleapiclient.http import BatchHttpRequest

    outcome = BatchOutcome()
    pending = list(requests)
    attempts = policy.start()
    while pending:
        outcome.rounds += 1
        retry: list[str] = []
        failures: list[Failure] = []
        progress = False
        for start in range(0, len(pending), max_parts):
            chunk = pending[start : start + max_parts]
            errors: dict[str, BaseException] = {}

            def collect(
                request_id: str,
                response: Any,
                exception: BaseException | None,
                errors: dict[str, BaseException] = errors,
            ) -> None:
                if exception is not None:
                    errors[request_id] = exception
                else:
                    outcome.results[request_id] = response

            batch = BatchHttpRequest(callback=collect, batch_uri=batch_uri)
            for key in chunk:
                batch.add(requests[key](), request_id=key)
            try:
                batch.execute()
            except Exception as exc:  # the whole batch failed: every part is retryable or not
                failure = classify(exc)
                if failure is None:
                    raise
                errors = dict.fromkeys(chunk, exc)
            rate_limited = False
            for key in chunk:
                error = errors.get(key)
                if error is None:
                    progress = True
                    continue
                failure = classify(error) or Failure(False, reason=type(error).__name__)
                if failure.retryable:
                    retry.append(key)
                    failures.append(failure)
                    rate_limited |= failure.retry_after is not None or "429" in failure.reason
                else:
                    outcome.failed[key] = error
                    progress = True
            if rate_limited:
                retry.extend(pending[start + max_parts :])  # not sent: wait with the rest
                break
        if not retry:
            break
        outcome.retried_parts += len(retry)
        if progress:
            attempts = policy.start()  # the budget counts rounds that got nothing done
        hints = [f.retry_after for f in failures if f.retry_after is not None]
        worst = Failure(True, min(hints) if hints else None, failures[0].reason if failures else "")
        logger.debug("batch round %d: %d part(s) to retry", outcome.rounds, len(retry))
        if not attempts.wait_or_give_up(worst):
            raise TransientError(
                f"{len(retry)} Gmail request(s) still failing ({worst.reason}); "
                "will try again on the next pass"
            )
        pending = retry
    return outcome
