"""Gmail sign-in: the installed-app OAuth flow, and the stored credentials file.

``followthrough auth gmail`` runs google-auth-oauthlib's loopback flow
(``InstalledAppFlow.run_local_server``; Google retired the out-of-band "console" flow,
https://developers.google.com/identity/protocols/oauth2/resources/oob-migration). On a
machine without a browser it prints the URL and the SSH port forward that lets a
browser elsewhere reach the loopback redirect. It asks for two scopes only
(https://developers.google.com/workspace/gmail/api/auth/scopes): ``gmail.readonly`` to
read mail and ``gmail.compose`` to create and delete drafts (it also allows sending,
which followthrough never does; no narrower scope can make drafts).

The credentials are an authorized-user JSON as google-auth writes it, stored with mode
0600 under the data directory and rewritten atomically (temp file, fsync, rename)
whenever a refresh changes the access token. A grant the user revoked, or one that
expired (Google answers ``invalid_grant``), becomes an :class:`~followthrough.errors.AuthError`
with a one-line message telling the user to sign in again.

google-auth ignores the ``token_uri`` of an authorized-user file and always uses
Google's; when ``api_endpoint`` points somewhere else (the local test server), the
file's ``token_uri`` is honoured as written (SPEC section 6).
"""

from __future__ import annotations

import json
import logging
import os
import socket
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from followthrough.errors import AuthError, ConfigError, TransientError

if TYPE_CHECKING:
    from followthrough.config import Config

Credentials = Any  # google.oauth2.credentials.Credentials (untyped at this boundary)

logger = logging.getLogger(__name__)

SCOPES = (
    "https://www.googleapis.com/auth/gmail.readonly",
    "https://www.googleapis.com/auth/gmail.compose",
)
GOOGLE_API_ENDPOINT = "https://gmail.googleapis.com"
GOOGLE_TOKEN_URI = "https://oauth2.googleapis.com/token"
SIGN_IN_AGAIN = "Gmail sign-in has expired or was revoked: run `followthrough auth gmail` again"
_FATAL_OAUTH_ERRORS = frozenset(
    {"invalid_grant", "invalid_client", "unauthorized_client", "invalid_scope"}
)
DEFAULT_REDIRECT_PORT = 8765


@dataclass(frozen=True)
class GmailSettings:
    """The ``[gmail]`` table with defaults filled in."""

    client_secret: Path
    credentials: Path
    api_endpoint: str = GOOGLE_API_ENDPOINT

    @property
    def is_google(self) -> bool:
        host = urlsplit(self.api_endpoint).hostname or ""
        return host == "googleapis.com" or host.endswith(".googleapis.com")

    @classmethod
    def from_config(cls, cfg: Config) -> GmailSettings:
        """Read ``[gmail] client_secret, credentials, api_endpoint``.

        :raises ConfigError: a key has the wrong type or the endpoint is not a URL.
        """
        from followthrough.config import config_home, data_home

        table = cfg.gmail
        problems = []
        for key in ("client_secret", "credentials", "api_endpoint"):
            if key in table and not isinstance(table[key], str):
                problems.append(f"[gmail] {key} must be a string")
        endpoint = str(table.get("api_endpoint") or GOOGLE_API_ENDPOINT).rstrip("/")
        if urlsplit(endpoint).scheme not in ("http", "https") or not urlsplit(endpoint).netloc:
            problems.append(f"[gmail] api_endpoint {endpoint!r} is not an http(s) URL")
        if problems:
            raise ConfigError(*problems)
        secret = table.get("client_secret") or config_home() / "client_secret.json"
        creds = table.get("credentials") or data_home() / "gmail.json"
        return cls(
            client_secret=Path(secret).expanduser(),
            credentials=Path(creds).expanduser(),
            api_endpoint=endpoint,
        )


# -- the credentials file ---------------------------------------------------------------


def write_private(path: Path, data: str) -> None:
    """Write ``data`` to ``path`` atomically with mode 0600 (temp file, fsync, rename)."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    dir_fd = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


def auth_error(exc: BaseException) -> AuthError | TransientError | None:
    """Translate a google-auth refresh failure; None if ``exc`` is not one.

    ``invalid_grant`` (revoked, expired, password changed) and a deleted OAuth client
    need a new sign-in; a token endpoint that is down is worth retrying later.
    """
    from google.auth import exceptions

    if not isinstance(exc, exceptions.RefreshError):
        if isinstance(exc, exceptions.TransportError):
            return TransientError("cannot reach Google's token endpoint; will try again")
        return None
    details = exc.args[1] if len(exc.args) > 1 else None
    code = details.get("error") if isinstance(details, dict) else None
    if code is None and exc.args:
        code = str(exc.args[0]).split(":", 1)[0].strip()
    if code in _FATAL_OAUTH_ERRORS or not getattr(exc, "retryable", False):
        logger.info("Gmail token refresh refused (%s)", code or "no error code")
        return AuthError(SIGN_IN_AGAIN)
    return TransientError("Google's token endpoint failed; will try again")


class CredentialStore:
    """Loads the credentials file and writes it back when a refresh changed the token."""

    def __init__(self, settings: GmailSettings) -> None:
        self.settings = settings
        self.path = settings.credentials
        self._saved: str | None = None

    def load(self) -> Credentials:
        """Read the authorized-user JSON.

        :raises AuthError: there is no usable sign-in stored.
        """
        from google.oauth2 import credentials as oauth2

        factory: Any = oauth2.Credentials
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise AuthError(
                f"no Gmail sign-in stored at {self.path}: run `followthrough auth gmail`"
            ) from None
        except OSError as exc:
            raise AuthError(f"cannot read {self.path}: {exc.strerror}") from exc
        mode = self.path.stat().st_mode & 0o777
        if mode & 0o077:
            logger.warning("credentials file was readable by others; setting mode 0600")
            os.chmod(self.path, 0o600)
        try:
            info = json.loads(text)
            creds: Credentials = factory.from_authorized_user_info(info, list(SCOPES))
        except (ValueError, TypeError, AttributeError) as exc:
            raise AuthError(
                f"{self.path} is not a Gmail sign-in file: run `followthrough auth gmail`"
            ) from exc
        token_uri = info.get("token_uri")
        if isinstance(token_uri, str) and token_uri and not self.settings.is_google:
            creds = creds.with_token_uri(token_uri)  # SPEC 6: honoured with a local endpoint
        self._saved = creds.token
        return creds

    def save(self, creds: Credentials) -> None:
        write_private(self.path, creds.to_json())
        self._saved = creds.token

    def save_if_refreshed(self, creds: Credentials) -> None:
        """Write the file back when the access token changed since it was read or saved."""
        if creds.token and creds.token != self._saved:
            self.save(creds)
            logger.debug("refreshed Gmail access token saved")

    @contextmanager
    def guard(self, creds: Credentials) -> Iterator[None]:
        """Translate refresh failures and save refreshed tokens around API calls."""
        try:
            yield
        except Exception as exc:
            translated = auth_error(exc)
            if translated is None:
                raise
            raise translated from exc
        finally:
            self.save_if_refreshed(creds)

    def refresh_if_needed(self, creds: Credentials) -> None:
        """Refresh an expired token up front, through ``requests`` and the token_uri."""
        if creds.valid:
            return
        from google.auth.transport.requests import Request

        with self.guard(creds):
            creds.refresh(Request())


# -- sign-in ----------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _headless_prompt(port: int) -> str:
    host = socket.gethostname()
    return (
        "No browser here? On a computer that has one, open an SSH tunnel to this machine:\n\n"
        f"    ssh -N -L {port}:localhost:{port} {host}\n\n"
        "then open this URL in that computer's browser and allow access:\n\n    {url}\n"
    )


def _client_secret_help(path: Path) -> str:
    return (
        f"no OAuth client secret at {path}: create a Desktop app OAuth client in Google "
        "Cloud (see README, 'Gmail'), download its JSON there, or set [gmail] client_secret"
    )


def sign_in(
    cfg: Config, *, open_browser: bool, port: int, show: Callable[[str], None], **flow: Any
) -> int:
    """Run the installed-app flow and store the credentials; return an exit code.

    :param show: shows the user a message (the URL to visit, the result); the command
        line passes ``print``. Nothing here writes to the terminal itself.
    :param open_browser: open the consent page in a local browser; False prints the URL
        and the SSH port forward for a headless machine.
    :param port: loopback port for the redirect (0: any free port; a fixed default is
        used without a browser so the SSH forward can be typed before the URL is opened).
    :param flow: passed to ``run_local_server`` (tests set ``timeout_seconds``).
    :raises ConfigError: no client secret file.
    :raises AuthError: Google did not grant both scopes.
    """
    from google_auth_oauthlib.flow import InstalledAppFlow

    settings = GmailSettings.from_config(cfg)
    if not settings.client_secret.is_file():
        raise ConfigError(_client_secret_help(settings.client_secret))

    class _Flow(InstalledAppFlow):  # type: ignore[misc]
        """Shows the consent URL through ``show`` (the library would print it)."""

        def authorization_url(self, **kwargs: Any) -> tuple[str, str]:
            url, state = super().authorization_url(**kwargs)
            show(prompt.format(url=url))
            return url, state

    try:
        app = _Flow.from_client_secrets_file(str(settings.client_secret), SCOPES)
    except (ValueError, KeyError) as exc:
        raise ConfigError(
            f"{settings.client_secret} is not a Desktop app client secret: {exc}"
        ) from exc
    if not open_browser and port == 0:
        port = DEFAULT_REDIRECT_PORT if _port_is_free(DEFAULT_REDIRECT_PORT) else _free_port()
    prompt = (
        "Opening your browser to sign in to Gmail. If it does not open, visit:\n\n    {url}\n"
        if open_browser
        else _headless_prompt(port)
    )
    # Google may grant fewer scopes than asked (the user can untick one); we check below
    # with a clear message instead of oauthlib's "Scope has changed" warning.
    os.environ.setdefault("OAUTHLIB_RELAX_TOKEN_SCOPE", "1")
    creds = app.run_local_server(
        host="localhost",
        port=port,
        open_browser=open_browser,
        authorization_prompt_message="",  # shown through ``show`` above
        success_message="followthrough is signed in to Gmail. You can close this tab.",
        access_type="offline",
        prompt="consent",
        **flow,
    )
    granted = set(getattr(creds, "granted_scopes", None) or creds.scopes or SCOPES)
    missing = [s.rsplit("/", 1)[-1] for s in SCOPES if s not in granted]
    if missing:
        raise AuthError(
            f"Google did not grant {', '.join(missing)}: run `followthrough auth gmail` "
            "again and allow both permissions"
        )
    if not creds.refresh_token:
        raise AuthError(
            "Google sent no refresh token: remove followthrough's access at "
            "https://myaccount.google.com/permissions and run `followthrough auth gmail` again"
        )
    CredentialStore(settings).save(creds)
    show(f"Signed in to Gmail. Credentials saved to {settings.credentials} (mode 0600).")
    return 0


def _port_is_free(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True
