"""How the Gmail provider reads a failure of googleapiclient or httplib2: retry or not."""

from __future__ import annotations

import json
import socket
from collections.abc import Callable
from typing import Any

from followthrough.providers import retry


def classify(exc: BaseException) -> retry.Failure | None:
    """Which failures of googleapiclient/httplib2 are worth retrying, and for how long."""
    from googleapiclient.errors import HttpError

    if isinstance(exc, HttpError):
        status = int(exc.resp.status)
        reason = error_reason(exc)
        wait = retry.parse_retry_after(exc.resp.get("retry-after"))
        return retry.Failure(retry.retryable_status(status, reason), wait, f"{status} {reason}")
    import httplib2

    if isinstance(exc, httplib2.HttpLib2Error | OSError | socket.timeout):
        return retry.Failure(True, None, type(exc).__name__)
    return None


def error_reason(exc: Any) -> str:
    """The reason Google gave (``rateLimitExceeded``), "" when none can be read."""
    try:
        data = json.loads(exc.content or b"{}")
        errors = data.get("error", {}).get("errors") or [{}]
        return str(errors[0].get("reason") or data["error"].get("status") or "")
    except (ValueError, AttributeError, KeyError, TypeError, IndexError):
        return ""


def status_of(exc: BaseException) -> int | None:
    """The HTTP status of a Gmail API error, None for anything else."""
    from googleapiclient.errors import HttpError

    return int(exc.resp.status) if isinstance(exc, HttpError) else None


def bind(method: Callable[..., Any], kwargs: dict[str, Any]) -> Callable[[], Any]:
    """A request factory: each retry builds a fresh HttpRequest."""
    return lambda: method(**kwargs)
