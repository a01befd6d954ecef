"""Outlook sign-in with MSAL's public client, and the token cache it keeps on disk.

Relied on:
- MSAL Python ``PublicClientApplication``: ``initiate_device_flow`` /
  ``acquire_token_by_device_flow``, ``acquire_token_interactive`` (needs the redirect URI
  ``http://localhost`` on a "Mobile and desktop applications" platform) and
  ``acquire_token_silent`` (https://learn.microsoft.com/python/api/msal/msal.application.publicclientapplication).
  MSAL adds ``offline_access``, ``openid`` and ``profile`` itself and refuses them when
  passed, so the only scope asked for is ``Mail.ReadWrite`` (never ``Mail.Send``).
- ``instance_discovery=False``: msal otherwise asks login.microsoftonline.com about a
  host it does not know; off, it reads ``{authority}/v2.0/.well-known/openid-configuration``
  and nothing else, which is what the real authority answers too. So the configured
  authority is honoured as given (msal requires it to be https).
- ``SerializableTokenCache`` and ``has_state_changed``
  (https://learn.microsoft.com/entra/msal/python/advanced/msal-python-token-cache-serialization):
  the cache is written only when it changed, to a temporary file with mode 0600 that
  is fsynced and renamed over the old one.

TLS is verified by requests, which trusts the CA bundle that ``REQUESTS_CA_BUNDLE``
names; nothing here turns that off.
"""

from __future__ import annotations

import contextlib
import logging
import os
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import msal
import requests

from followthrough.errors import AuthError, ConfigError, TransientError

if TYPE_CHECKING:
    from followthrough.config import Config

logger = logging.getLogger(__name__)

SCOPES = ["Mail.ReadWrite"]
DEFAULT_AUTHORITY = "https://login.microsoftonline.com/common"
DEFAULT_GRAPH = "https://graph.microsoft.com/v1.0"
INTERACTIVE_TIMEOUT = 300
SIGN_IN_AGAIN = "the Outlook sign-in no longer works; run `followthrough auth outlook` again"


@dataclass(frozen=True)
class OutlookSettings:
    """The ``[outlook]`` table, checked.

    :param authority: an https URL, or a short form (``common``, ``consumers``,
        ``organizations``, a tenant id or domain) under login.microsoftonline.com.
    """

    client_id: str
    authority: str
    graph_endpoint: str
    token_cache: Path

    @classmethod
    def from_config(cls, cfg: Config) -> OutlookSettings:
        """:raises ConfigError: listing every problem of the ``[outlook]`` table."""
        from followthrough.config import data_home

        raw = cfg.outlook
        problems = []
        client_id = raw.get("client_id")
        if not isinstance(client_id, str) or not client_id.strip():
            problems.append("[outlook] client_id is missing: the Application (client) ID")
        authority = str(raw.get("authority") or DEFAULT_AUTHORITY).rstrip("/")
        if "/" not in authority:
            authority = f"https://login.microsoftonline.com/{authority}"
        graph = str(raw.get("graph_endpoint") or DEFAULT_GRAPH).rstrip("/")
        for key, url in (("authority", authority), ("graph_endpoint", graph)):
            parts = urlsplit(url)
            if parts.scheme != "https" or not parts.hostname or len(parts.path) < 2:
                problems.append(f"[outlook] {key} must be an https URL with a path, got {url!r}")
        cache = raw.get("token_cache") or data_home() / "msal_cache.json"
        if problems:
            raise ConfigError(*problems)
        return cls(str(client_id).strip(), authority, graph, Path(cache).expanduser())


class TokenCacheFile:
    """An MSAL ``SerializableTokenCache`` persisted atomically, mode 0600, only when changed."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.cache: Any = msal.SerializableTokenCache()
        self._lock = threading.Lock()
        try:
            text = path.read_text(encoding="utf-8")
            if path.stat().st_mode & 0o077:
                os.chmod(path, 0o600)
                logger.warning("the Outlook token cache was readable by others; now mode 0600")
        except FileNotFoundError:
            return
        except OSError as exc:
            raise AuthError(f"cannot read the Outlook token cache {path}: {exc.strerror}") from exc
        try:
            self.cache.deserialize(text)
        except ValueError:
            logger.warning("the Outlook token cache is not valid JSON; ignoring it")

    def save(self) -> bool:
        """Write the cache if it changed; returns whether it wrote."""
        with self._lock:
            if not self.cache.has_state_changed:
                return False
            data = self.cache.serialize().encode()
            self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".msal-", dir=self.path.parent)
            try:
                os.fchmod(fd, 0o600)
                with os.fdopen(fd, "wb") as fh:
                    fh.write(data)
                    fh.flush()
                    os.fsync(fh.fileno())
                os.replace(tmp, self.path)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
                raise
            dir_fd = os.open(self.path.parent, os.O_RDONLY)
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)
            self.cache.has_state_changed = False
            logger.debug("Outlook token cache written")
            return True


def _first_line(text: object) -> str:
    return str(text or "").strip().splitlines()[0] if str(text or "").strip() else ""


class MsalTokenSource:
    """Access tokens for Graph from the cached sign-in, refreshed silently when needed.

    :param settings: the checked ``[outlook]`` table.
    :param http_client: a requests.Session for MSAL (tests); MSAL makes its own otherwise.
    """

    def __init__(self, settings: OutlookSettings, *, http_client: Any = None) -> None:
        self.settings = settings
        self.cache_file = TokenCacheFile(settings.token_cache)
        self._http_client = http_client
        self._app: Any = None
        self._lock = threading.Lock()

    @property
    def app(self) -> Any:
        """The MSAL application, built on first use (it reads the OpenID configuration)."""
        if self._app is None:
            self._app = build_app(self.settings, self.cache_file, http_client=self._http_client)
        return self._app

    def token(self, *, force_refresh: bool = False) -> str:
        """Return an access token for ``Mail.ReadWrite``.

        :raises AuthError: nobody signed in, or the refresh token no longer works.
        :raises TransientError: the identity server could not be reached.
        """
        from msal.exceptions import MsalServiceError

        with self._lock:
            try:
                accounts = self.app.get_accounts()
                if not accounts:
                    logger.info("the Outlook token cache holds no signed-in account")
                    raise AuthError(SIGN_IN_AGAIN)
                result = self.app.acquire_token_silent_with_error(
                    SCOPES, account=accounts[0], force_refresh=force_refresh
                )
            except requests.RequestException as exc:
                raise TransientError(
                    f"cannot reach the Microsoft identity platform: {type(exc).__name__}"
                ) from exc
            except MsalServiceError as exc:  # e.g. the token endpoint answered 500
                raise TransientError(
                    f"the Microsoft identity platform failed: {_first_line(exc)}; "
                    "the next pass tries again"
                ) from exc
            finally:
                self.cache_file.save()
        if not result or "access_token" not in result:
            if result:  # the server refused the refresh token: say what it said
                code = result.get("error", "refused")
                detail = _first_line(result.get("error_description"))
                logger.warning(
                    "the Outlook sign-in was refused: %s%s", code, f" ({detail})" if detail else ""
                )
            else:
                logger.info(
                    "no usable Outlook token in the cache for %s", accounts[0].get("username")
                )
            raise AuthError(SIGN_IN_AGAIN)
        return str(result["access_token"])


def build_app(
    settings: OutlookSettings, cache_file: TokenCacheFile, *, http_client: Any = None
) -> Any:
    """A ``PublicClientApplication`` for the configured authority, without instance discovery.

    :raises ConfigError: the authority has no OpenID configuration.
    :raises TransientError: the authority could not be reached.
    """
    kwargs: dict[str, Any] = {"http_client": http_client} if http_client is not None else {}
    try:
        return msal.PublicClientApplication(
            settings.client_id,
            authority=settings.authority,
            token_cache=cache_file.cache,
            instance_discovery=False,
            **kwargs,
        )
    except requests.RequestException as exc:
        raise TransientError(
            f"cannot reach the sign-in authority {settings.authority}: {type(exc).__name__}"
        ) from exc
    except msal.exceptions.MsalServiceError as exc:
        raise TransientError(
            f"the sign-in authority {settings.authority} failed: {_first_line(exc)}"
        ) from exc
    except ValueError as exc:
        # MSAL raises ValueError for any failed discovery (a 429 or a 503 it throttled
        # included), so ask the authority once more to tell "wrong" from "busy".
        status = _discovery_status(settings, http_client)
        if status is not None and status in (400, 401, 403, 404, 410):
            raise ConfigError(
                f"[outlook] authority {settings.authority} has no usable OpenID "
                f"configuration (HTTP {status})"
            ) from exc
        raise TransientError(
            f"the sign-in authority {settings.authority} did not answer usably"
            + (f" (HTTP {status})" if status and status != 200 else "")
            + "; the next pass tries again"
        ) from exc


def _discovery_status(settings: OutlookSettings, http_client: Any) -> int | None:
    """The HTTP status of the authority's OpenID configuration now (None: unreachable)."""
    url = f"{settings.authority.rstrip('/')}/v2.0/.well-known/openid-configuration"
    try:
        response = (http_client or requests).get(url, timeout=15)
    except requests.RequestException:
        return None
    status = int(response.status_code)
    if status == 200:
        try:
            response.json()
        except ValueError:
            return 404  # answers, but not with an OpenID configuration: a wrong URL
    return status


def sign_in(cfg: Config, *, interactive: bool, show: Callable[[str], None]) -> int:
    """``followthrough auth outlook``: sign in once and store the token cache.

    Device code by default (prints where to go and the code to enter, so it works on a
    headless server); ``interactive`` opens a browser and listens on http://localhost.

    :param show: shows the user a message (where to go, the code, the result); the
        command line passes ``print``. Nothing here writes to the terminal itself.
    :returns: 0 once the cache holds a sign-in.
    :raises AuthError: the sign-in was refused, cancelled or timed out.
    """
    settings = OutlookSettings.from_config(cfg)
    cache_file = TokenCacheFile(settings.token_cache)
    app = build_app(settings, cache_file)
    try:
        if interactive:
            show("Opening a browser to sign in to Outlook (waiting up to 5 minutes)...")
            result = app.acquire_token_interactive(
                SCOPES, prompt="select_account", timeout=INTERACTIVE_TIMEOUT
            )
        else:
            flow = app.initiate_device_flow(scopes=SCOPES)
            if "user_code" not in flow:
                raise AuthError(
                    "Outlook sign-in could not start: "
                    + _first_line(flow.get("error_description") or flow.get("error"))
                )
            show(flow["message"])
            result = app.acquire_token_by_device_flow(flow)
    except requests.RequestException as exc:
        raise TransientError(
            f"cannot reach the sign-in authority {settings.authority}: {type(exc).__name__}"
        ) from exc
    if "access_token" not in result:
        reason = _first_line(result.get("error_description") or result.get("error"))
        raise AuthError(f"Outlook sign-in failed: {reason}")
    cache_file.save()
    show(f"Signed in to Outlook; token cache saved to {settings.token_cache}")
    return 0
