"""Sign-in, token refresh and revoked grants, against the local token endpoint.

`responses` is used only for the edges that must look like Google's own token endpoint
(https://oauth2.googleapis.com/token): google-auth refreshes through `requests` there.
"""

from __future__ import annotations

import json
import os
import socket
import stat
import threading
import urllib.request
import webbrowser
from pathlib import Path
from typing import Any

import pytest
import requests
import responses

from followthrough.config import Config, parse
from followthrough.errors import AuthError, ConfigError, TransientError
from followthrough.providers.gmail import GmailProvider
from followthrough.providers.gmail_auth import (
    GOOGLE_TOKEN_URI,
    SCOPES,
    SIGN_IN_AGAIN,
    CredentialStore,
    GmailSettings,
    sign_in,
)
from tests.contract.provider_contract import make_mail
from tests.servers.gmail_server import GmailServer

from .conftest import fast_policy


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _config(tmp_path: Path, server: GmailServer | None = None, **gmail: str) -> Config:
    table = {
        "client_secret": str(tmp_path / "client_secret.json"),
        "credentials": str(tmp_path / "data" / "gmail.json"),
    }
    if server is not None:
        table["api_endpoint"] = server.url
    return parse(
        {
            "account": {"address": "sam.lee@example.com", "name": "Sam Lee", "timezone": "UTC"},
            "mailbox": {"provider": "gmail"},
            "gmail": table | gmail,
        }
    )


def test_expired_token_is_refreshed_at_the_files_token_uri_and_saved_0600(
    server: GmailServer, settings: GmailSettings
) -> None:
    before = json.loads(settings.credentials.read_text())
    assert "token" not in before
    provider = GmailProvider(settings, policy=fast_policy())
    assert server.token_requests == 1
    after = json.loads(settings.credentials.read_text())
    assert after["token"].startswith("ya29.local-")
    assert after["refresh_token"] == before["refresh_token"]
    assert _mode(settings.credentials) == 0o600
    provider.fetch_changes(None)
    assert server.token_requests == 1  # the fresh token is used, not refreshed again


def test_token_rejected_mid_session_is_refreshed_and_the_call_goes_through(
    server: GmailServer, provider: GmailProvider, settings: GmailSettings
) -> None:
    server.add_message(make_mail())
    cursor = provider.fetch_changes(None).cursor
    old = json.loads(settings.credentials.read_text())["token"]
    server.expire_access_tokens()
    raw = make_mail()
    server.add_message(raw)
    changes = provider.fetch_changes(cursor)
    server.expire_access_tokens()  # and again before the batch
    assert provider.get_message(changes.messages[0]) == raw
    # start, the 401 on history.list, the 401 on the batch envelope; googleapiclient then
    # redoes the parts (serialized with the old token) after one more refresh of its own
    assert server.token_requests in (3, 4)
    new = json.loads(settings.credentials.read_text())["token"]
    assert new != old
    assert _mode(settings.credentials) == 0o600


def test_revoked_grant_is_a_one_line_auth_error(
    server: GmailServer, provider: GmailProvider
) -> None:
    cursor = provider.fetch_changes(None).cursor
    server.revoke()
    with pytest.raises(AuthError) as caught:
        provider.fetch_changes(cursor)
    assert str(caught.value) == SIGN_IN_AGAIN
    assert "followthrough auth gmail" in str(caught.value)
    assert "\n" not in str(caught.value)


def test_revoked_grant_at_start_is_an_auth_error(
    server: GmailServer, settings: GmailSettings
) -> None:
    server.revoke()
    with pytest.raises(AuthError, match="run `followthrough auth gmail` again"):
        GmailProvider(settings, policy=fast_policy())


def test_revoked_grant_during_a_batch_is_an_auth_error(
    server: GmailServer, provider: GmailProvider
) -> None:
    server.add_message(make_mail())
    changes = provider.fetch_changes(None)
    server.revoke()
    with pytest.raises(AuthError):
        provider.get_message(changes.messages[0])


def test_missing_credentials_say_how_to_sign_in(tmp_path: Path) -> None:
    settings = GmailSettings(tmp_path / "cs.json", tmp_path / "nope.json", "http://127.0.0.1:9")
    with pytest.raises(AuthError, match="followthrough auth gmail"):
        GmailProvider(settings)


def test_world_readable_credentials_are_made_private(
    server: GmailServer, settings: GmailSettings
) -> None:
    os.chmod(settings.credentials, 0o644)
    CredentialStore(settings).load()
    assert _mode(settings.credentials) == 0o600


def test_token_uri_is_honoured_only_for_a_non_google_endpoint(
    server: GmailServer, settings: GmailSettings
) -> None:
    local = CredentialStore(settings).load()
    assert local.token_uri == server.token_uri
    google = GmailSettings(settings.client_secret, settings.credentials)
    assert CredentialStore(google).load().token_uri == GOOGLE_TOKEN_URI


def _google_creds(tmp_path: Path) -> GmailSettings:
    path = tmp_path / "gmail.json"
    info = {"refresh_token": "1//r", "client_id": "c", "client_secret": "s", "scopes": SCOPES}
    path.write_text(json.dumps(info))
    return GmailSettings(tmp_path / "cs.json", path)


@responses.activate
@pytest.mark.parametrize("error", ["invalid_grant", "invalid_client", "unauthorized_client"])
def test_google_token_endpoint_refusals_ask_for_a_new_sign_in(tmp_path: Path, error: str) -> None:
    responses.post(GOOGLE_TOKEN_URI, status=400, json={"error": error, "error_description": "x"})
    store = CredentialStore(_google_creds(tmp_path))
    creds = store.load()
    with pytest.raises(AuthError) as caught:
        store.refresh_if_needed(creds)
    assert str(caught.value) == SIGN_IN_AGAIN
    assert responses.calls[0].request.body is not None
    assert "grant_type=refresh_token" in str(responses.calls[0].request.body)


@responses.activate
def test_unreachable_google_token_endpoint_is_transient(tmp_path: Path) -> None:
    responses.post(GOOGLE_TOKEN_URI, body=requests.ConnectionError("no route"))
    store = CredentialStore(_google_creds(tmp_path))
    with pytest.raises(TransientError):
        store.refresh_if_needed(store.load())


class _Browser:
    """Plays the user's browser: follows the consent redirect back to the local server."""

    def __init__(self) -> None:
        self.opened: list[str] = []
        self.errors: list[BaseException] = []

    def open(self, url: str, new: int = 0, autoraise: bool = True) -> bool:
        self.opened.append(url)

        def visit() -> None:
            try:
                with urllib.request.urlopen(url, timeout=10) as answer:
                    answer.read()
            except BaseException as exc:  # reported by the test
                self.errors.append(exc)

        threading.Thread(target=visit, daemon=True).start()
        return True


def test_sign_in_runs_the_installed_app_flow_and_stores_0600(
    server: GmailServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OAUTHLIB_INSECURE_TRANSPORT", "1")  # the local token endpoint is http
    browser = _Browser()
    monkeypatch.setattr(webbrowser, "get", lambda using=None: browser)
    cfg = _config(tmp_path, server)
    server.write_client_secret(tmp_path / "client_secret.json")
    shown: list[str] = []
    assert sign_in(cfg, open_browser=True, port=0, show=shown.append, timeout_seconds=10) == 0
    assert browser.errors == []
    (url,) = browser.opened
    assert url.startswith(f"{server.url}/o/oauth2/auth?")
    scope = urllib.parse.parse_qs(urllib.parse.urlsplit(url).query)["scope"][0]
    assert sorted(scope.split()) == sorted(SCOPES)  # only these two
    saved = tmp_path / "data" / "gmail.json"
    assert _mode(saved) == 0o600
    assert _mode(saved.parent) & 0o077 == 0
    info = json.loads(saved.read_text())
    assert info["refresh_token"].startswith("1//local-")
    assert "Signed in to Gmail" in shown[-1]
    assert url in shown[0]  # the consent URL, in case the browser did not open
    provider = GmailProvider(GmailSettings.from_config(cfg), policy=fast_policy())
    assert provider.fetch_changes(None).messages == ()


def test_headless_sign_in_shows_the_ssh_forward(
    server: GmailServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("OAUTHLIB_INSECURE_TRANSPORT", "1")
    server.write_client_secret(tmp_path / "client_secret.json")
    visitor = _Browser()

    def no_browser(using: Any = None) -> Any:
        raise AssertionError("no browser may be opened")

    monkeypatch.setattr(webbrowser, "get", no_browser)
    printed: list[str] = []

    def show(text: str) -> None:
        printed.append(text)
        if "ssh -N -L" in text:  # the user reads the URL and opens it elsewhere
            visitor.open(text.strip().splitlines()[-1].strip())

    with socket.socket() as probe:  # a port free now: the user would pick one for ssh -L
        probe.bind(("localhost", 0))
        port = probe.getsockname()[1]
    cfg = _config(tmp_path, server)
    assert sign_in(cfg, open_browser=False, port=port, show=show, timeout_seconds=10) == 0
    assert capsys.readouterr().out == ""  # only the command line prints
    prompt = "\n".join(printed)
    assert f"ssh -N -L {port}:localhost:{port}" in prompt
    assert f"redirect_uri=http%3A%2F%2Flocalhost%3A{port}%2F" in prompt
    assert (tmp_path / "data" / "gmail.json").exists()


def test_sign_in_without_a_client_secret_explains_where_to_put_it(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="Desktop app OAuth client"):
        sign_in(_config(tmp_path), open_browser=False, port=0, show=print)


def test_settings_defaults_live_under_config_and_data_homes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    cfg = parse(
        {
            "account": {"address": "a@example.com", "name": "A", "timezone": "UTC"},
            "mailbox": {"provider": "gmail"},
        }
    )
    settings = GmailSettings.from_config(cfg)
    assert settings.client_secret == tmp_path / "cfg/followthrough/client_secret.json"
    assert settings.credentials == tmp_path / "data/followthrough/gmail.json"
    assert settings.api_endpoint == "https://gmail.googleapis.com"
    assert settings.is_google
    with pytest.raises(ConfigError):
        GmailSettings.from_config(_config(tmp_path, api_endpoint="ftp://x"))
