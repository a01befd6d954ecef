"""The Outlook provider's one HTTP edge to Microsoft Graph, apart from what it asks.

Kept apart so the sync and draft code read as Graph calls only: the bearer token,
immutable ids, retries with Retry-After, the concurrency cap and the request quota
(https://learn.microsoft.com/graph/throttling-limits#outlook-service-limits) live
here, as does reading Graph's error code out of a refusal.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Callable
from typing import Any, Protocol
from urllib.parse import quote, urlencode, urlsplit

import requests

from followthrough.errors import AuthError, MailboxError, TransientError
from followthrough.providers.retry import Failure, RetryPolicy, parse_retry_after

logger = logging.getLogger("followthrough.providers.outlook")

MAX_CONCURRENT = 4  # per app and mailbox (Outlook service limits)
RATE_LIMIT = (10_000, 600.0)  # requests per seconds, per app and mailbox
_TIMEOUT = (10.0, 60.0)


class TokenSource(Protocol):
    """Where access tokens come from (MSAL in production, anything in tests)."""

    def token(self, *, force_refresh: bool = False) -> str: ...


class AmbiguousError(TransientError):
    """A non-idempotent request failed in a way that may have done its work."""

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class _RateWindow:
    """A sliding-window limit: at most ``limit`` requests in any ``window`` seconds."""

    def __init__(
        self,
        limit: int,
        window: float,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.limit, self.window, self.clock, self.sleep = limit, window, clock, sleep
        self._times: deque[float] = deque()
        self._lock = threading.Lock()

    def acquire(self) -> None:
        with self._lock:
            now = self.clock()
            while self._times and now - self._times[0] >= self.window:
                self._times.popleft()
            if len(self._times) >= self.limit:
                wait = self.window - (now - self._times[0])
                logger.info("pausing %.1fs to stay under the Outlook request quota", wait)
                self.sleep(wait)
                self._times.popleft()
                now = self.clock()
            self._times.append(now)


def error_code(resp: requests.Response) -> str:
    """The ``error.code`` of a Graph answer, "" when it has none."""
    try:
        return str(resp.json()["error"]["code"])
    except (ValueError, KeyError, TypeError):
        return ""


def refused(resp: requests.Response, what: str) -> MailboxError:
    """The error to raise when Graph answered ``what`` with an unexpected status."""
    code = error_code(resp) or "no error code"
    return MailboxError(f"Outlook refused {what}: HTTP {resp.status_code} {code}")


class GraphClient:
    """The one HTTP edge to Graph: auth header, immutable ids, retries, concurrency cap.

    Idempotent calls (GET, PATCH, DELETE) are retried on 429, 5xx and connection
    errors, honouring Retry-After; a failed POST is never repeated here: it raises
    :class:`AmbiguousError`, so its caller can look for what it may have made before
    trying again. A 401 gets one silent token
    refresh. Links the server returns are followed only on the configured origin, so
    the bearer token never goes anywhere else.
    """

    def __init__(
        self,
        endpoint: str,
        tokens: TokenSource,
        *,
        session: requests.Session | None = None,
        policy: RetryPolicy | None = None,
        max_concurrent: int = MAX_CONCURRENT,
        rate: tuple[int, float] = RATE_LIMIT,
    ) -> None:
        self.endpoint = endpoint.rstrip("/")
        parts = urlsplit(self.endpoint)
        self.origin = f"{parts.scheme}://{parts.netloc}"
        self.tokens = tokens
        self.session = session or requests.Session()  # trust_env: REQUESTS_CA_BUNDLE honoured
        self.policy = policy or RetryPolicy(tries=6, base=0.5, cap=30.0, deadline=300.0)
        self._slots = threading.BoundedSemaphore(max_concurrent)
        self._rate = _RateWindow(*rate, sleep=self.policy.sleep)

    def url(self, path: str, params: dict[str, str] | None = None) -> str:
        query = "?" + urlencode(params, safe="$,'", quote_via=quote) if params else ""
        return f"{self.endpoint}{path}{query}"

    def owns(self, url: str) -> bool:
        """Whether ``url`` is on the configured Graph endpoint (safe to send the token)."""
        return url.startswith(self.endpoint + "/")

    def request(
        self,
        method: str,
        url: str,
        *,
        json_body: dict[str, Any] | None = None,
        prefer: str = "",
        what: str = "request",
    ) -> requests.Response:
        """Send one call with retries; returns the response for any status below 500.

        :raises AuthError: 401 after a refresh, or 403 (consent missing).
        :raises TransientError: retries exhausted (``AmbiguousError`` for a POST).
        """
        if not self.owns(url):
            raise TransientError(f"Graph returned a link outside {self.origin}; not followed")
        idempotent = method != "POST"
        attempts = self.policy.start()
        refreshed = force = False
        while True:
            failure, resp = self._attempt(method, url, json_body, prefer, force)
            force = False
            if resp is not None and resp.status_code == 401 and not refreshed:
                resp.close()
                refreshed = force = True  # one silent refresh per call
                continue
            if failure is None and resp is not None:
                return self._checked(resp)
            assert failure is not None
            # A POST is never sent twice here, even after a 429 or a 503 with Retry-After:
            # Graph can answer those after it made the draft. The caller looks first.
            safe = idempotent
            if safe and attempts.wait_or_give_up(failure):
                continue
            message = f"Graph {what} failed ({failure.reason}); will try again on the next pass"
            if safe:
                raise TransientError(message)
            raise AmbiguousError(message, failure.retry_after)

    def _attempt(
        self,
        method: str,
        url: str,
        json_body: dict[str, Any] | None,
        prefer: str,
        refresh: bool,
    ) -> tuple[Failure | None, requests.Response | None]:
        token = self.tokens.token(force_refresh=refresh)
        headers = {
            "Authorization": f"Bearer {token}",
            "Prefer": ", ".join(p for p in ('IdType="ImmutableId"', prefer) if p),
        }
        with self._slots:  # held until the whole body is read (requests reads it eagerly)
            self._rate.acquire()
            try:
                resp = self.session.request(
                    method, url, json=json_body, headers=headers, timeout=_TIMEOUT
                )
            except (requests.ConnectionError, requests.Timeout) as exc:
                return Failure(True, None, type(exc).__name__), None
        status = resp.status_code
        if status == 429 or status >= 500:
            after = parse_retry_after(resp.headers.get("Retry-After"))
            reason = "429" if status == 429 else str(status)
            if status == 503 and after is not None:
                reason = "503+Retry-After"
            resp.close()
            return Failure(True, after, reason), None
        return None, resp

    @staticmethod
    def _checked(resp: requests.Response) -> requests.Response:
        if resp.status_code == 401:
            raise AuthError(
                "Outlook refused the access token; run `followthrough auth outlook` again"
            )
        if resp.status_code == 403:
            raise AuthError(
                "Outlook denied access (Mail.ReadWrite not granted?); "
                "run `followthrough auth outlook` again"
            )
        return resp
