"""Sign-in and silent token acquisition: against the local identity server over TLS,
and with ``responses`` for MSAL's token-endpoint edge cases only."""

from __future__ import annotations

import base64
import html
import json
import logging
import re
import threading
import time
import webbrowser
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
import responses

from followthrough.config import Config, parse
from followthrough.errors import AuthError, ConfigError, TransientError
from followthrough.providers.outlook_auth import (
    SIGN_IN_AGAIN,
    MsalTokenSource,
    OutlookSettings,
    sign_in,
)
from tests.servers.graph_server import GraphServer

from . import OWNER, mail, make_config, provider_for, signed_in


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[GraphServer]:
    with GraphServer(tmp_path_factory.mktemp("graph")) as srv:
        yield srv


@pytest.fixture
def cfg(server: GraphServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Config:
    return signed_in(server, tmp_path, monkeypatch)


def cache_path(cfg: Config) -> Path:
    return Path(cfg.outlook["token_cache"])


def test_device_code_sign_in(
    server: GraphServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    server.reset_mailbox()
    server.scopes_requested.clear()
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(server.ca_path))
    cfg = make_config(server, tmp_path / "fresh")
    shown: list[str] = []
    assert sign_in(cfg, interactive=False, show=shown.append) == 0
    assert "enter the code" in shown[0]
    assert "Signed in to Outlook" in shown[-1]
    assert cache_path(cfg).stat().st_mode & 0o777 == 0o600
    assert server.counts["id:devicecode"] == 1
    for scopes in server.scopes_requested:
        assert set(scopes) == {"Mail.ReadWrite", "offline_access", "openid", "profile"}
    assert not any("Mail.Send" in s for s in server.scopes_requested)


def test_device_code_refused(
    server: GraphServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(server.ca_path))
    server.fail("id:token", 400)  # an error answer to the first poll ends the flow
    with pytest.raises(AuthError, match="sign-in failed"):
        sign_in(make_config(server, tmp_path), interactive=False, show=lambda _text: None)
    assert not (tmp_path / "msal_cache.json").exists()


def test_interactive_sign_in_through_the_browser_redirect(
    server: GraphServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(server.ca_path))
    visited: list[int] = []

    def browser(url: str, *args: object, **kwargs: object) -> bool:
        def visit() -> None:  # the user signs in; the page posts the code to MSAL's listener
            page = requests.get(url, timeout=10).text
            action = html.unescape(re.search(r'action="([^"]+)"', page).group(1))  # type: ignore[union-attr]
            fields = dict(re.findall(r'name="(\w+)" value="([^"]*)"', page))
            visited.append(requests.post(action, data=fields, timeout=10).status_code)

        threading.Thread(target=visit, daemon=True).start()
        return True

    monkeypatch.setattr(webbrowser, "open", browser)
    monkeypatch.setattr("msal.application._preferred_browser", lambda: None, raising=False)
    cfg = make_config(server, tmp_path)
    assert sign_in(cfg, interactive=True, show=lambda _text: None) == 0
    assert visited == [200]
    assert cache_path(cfg).exists()


def test_runs_reuse_the_cache_without_rewriting_it(server: GraphServer, cfg: Config) -> None:
    before = cache_path(cfg).stat()
    server.deliver(mail(), "inbox")
    assert len(provider_for(cfg).fetch_changes(None).messages) == 1
    after = cache_path(cfg).stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)
    assert server.counts["id:token"] == 0


def test_loose_cache_permissions_are_tightened(server: GraphServer, cfg: Config) -> None:
    cache_path(cfg).chmod(0o644)
    provider_for(cfg).fetch_changes(None)
    assert cache_path(cfg).stat().st_mode & 0o777 == 0o600


def test_silent_refresh_of_an_expiring_token(
    server: GraphServer, cfg: Config, monkeypatch: pytest.MonkeyPatch
) -> None:
    server.access_token_lifetime = 60  # MSAL refreshes tokens that expire within 5 minutes
    assert sign_in(cfg, interactive=False, show=lambda _text: None) == 0
    server.counts.clear()
    before = cache_path(cfg).read_text()
    provider_for(cfg).fetch_changes(None)
    assert server.counts["id:token"] >= 1
    assert server.graph_requests() == 2  # no 401 on the way
    assert cache_path(cfg).read_text() != before
    assert cache_path(cfg).stat().st_mode & 0o777 == 0o600


def test_access_token_rejected_by_graph_is_refreshed_once(server: GraphServer, cfg: Config) -> None:
    provider = provider_for(cfg)
    cursor = provider.fetch_changes(None).cursor
    server.revoke_access_tokens()
    assert provider.fetch_changes(cursor).messages == ()
    assert server.counts["id:token"] == 1


def test_failed_refresh_asks_to_sign_in_again_and_keeps_the_cache(
    server: GraphServer, cfg: Config
) -> None:
    provider = provider_for(cfg)
    provider.fetch_changes(None)
    server.revoke_access_tokens()
    server.revoke_refresh_tokens()
    with pytest.raises(AuthError) as info:
        provider.fetch_changes(None)
    assert str(info.value) == SIGN_IN_AGAIN
    assert "\n" not in str(info.value)
    assert "followthrough auth outlook" in str(info.value)
    assert cache_path(cfg).exists()


def test_no_sign_in_yet(
    server: GraphServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(server.ca_path))
    settings = OutlookSettings.from_config(make_config(server, tmp_path))
    with pytest.raises(AuthError, match="followthrough auth outlook"):
        MsalTokenSource(settings).token()


def test_untrusted_certificate_is_refused(
    server: GraphServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("REQUESTS_CA_BUNDLE", raising=False)
    monkeypatch.delenv("CURL_CA_BUNDLE", raising=False)
    with pytest.raises(TransientError, match="SSLError"):
        sign_in(make_config(server, tmp_path), interactive=False, show=lambda _text: None)


# -- settings -------------------------------------------------------------------------------------


def settings_of(outlook: dict[str, Any]) -> OutlookSettings:
    raw = {
        "account": {"address": OWNER[1], "name": OWNER[0], "timezone": "UTC"},
        "mailbox": {"provider": "outlook"},
        "outlook": outlook,
    }
    return OutlookSettings.from_config(parse(raw))


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("consumers", "https://login.microsoftonline.com/consumers"),
        ("organizations", "https://login.microsoftonline.com/organizations"),
        ("contoso.onmicrosoft.com", "https://login.microsoftonline.com/contoso.onmicrosoft.com"),
        (
            "https://login.microsoftonline.us/tenant-id/",
            "https://login.microsoftonline.us/tenant-id",
        ),
    ],
)
def test_authority_forms(given: str, expected: str) -> None:
    settings = settings_of({"client_id": "abc", "authority": given})
    assert settings.authority == expected
    assert settings.graph_endpoint == "https://graph.microsoft.com/v1.0"


def test_bad_settings_are_all_reported() -> None:
    with pytest.raises(ConfigError) as info:
        settings_of({"authority": "http://127.0.0.1:8080/common", "graph_endpoint": "ftp://x"})
    assert len(info.value.problems) == 3


# -- MSAL's own token-endpoint edge cases, with responses -----------------------------------------

AUTHORITY = "https://login.example.test/organizations"


def _b64(data: dict[str, Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()


def token_json() -> dict[str, Any]:
    now = int(time.time())
    claims = {"iss": "x", "sub": "s", "aud": "cid", "iat": now, "exp": now + 3600, "tid": "t"}
    return {
        "token_type": "Bearer",
        "scope": "Mail.ReadWrite openid profile",
        "expires_in": 60,  # so the next acquisition refreshes
        "access_token": "at",
        "refresh_token": "rt",
        "id_token": f"{_b64({'alg': 'none'})}.{_b64(claims)}.",
        "client_info": _b64({"uid": "u", "utid": "t"}),
    }


@pytest.fixture
def mocked(tmp_path: Path) -> Iterator[tuple[responses.RequestsMock, OutlookSettings]]:
    settings = OutlookSettings("cid", AUTHORITY, "https://graph.example.test/v1.0", tmp_path / "c")
    with responses.RequestsMock(assert_all_requests_are_fired=False) as rsps:
        rsps.get(
            f"{AUTHORITY}/v2.0/.well-known/openid-configuration",
            json={
                "authorization_endpoint": f"{AUTHORITY}/oauth2/v2.0/authorize",
                "token_endpoint": f"{AUTHORITY}/oauth2/v2.0/token",
                "device_authorization_endpoint": f"{AUTHORITY}/oauth2/v2.0/devicecode",
            },
        )
        rsps.post(
            f"{AUTHORITY}/oauth2/v2.0/devicecode",
            json={
                "device_code": "d",
                "user_code": "U",
                "interval": 1,
                "expires_in": 60,
                "verification_uri": "https://example.test",
                "message": "go",
            },
        )
        rsps.post(f"{AUTHORITY}/oauth2/v2.0/token", json=token_json())
        cfg = parse(
            {
                "account": {"address": OWNER[1], "name": OWNER[0], "timezone": "UTC"},
                "mailbox": {"provider": "outlook"},
                "outlook": {
                    "client_id": "cid",
                    "authority": AUTHORITY,
                    "token_cache": str(settings.token_cache),
                },
            }
        )
        assert sign_in(cfg, interactive=False, show=lambda _text: None) == 0
        rsps.replace(responses.POST, f"{AUTHORITY}/oauth2/v2.0/token", json={})
        yield rsps, settings


@pytest.mark.parametrize(
    "answer",
    [
        {
            "status": 400,
            "json": {
                "error": "invalid_grant",
                "suberror": "consent_required",
                "error_description": "AADSTS65001: consent\r\nTrace ID: 1",
            },
        },
        {
            "status": 400,
            "json": {"error": "interaction_required", "error_description": "AADSTS50076: MFA"},
        },
        {"status": 401, "json": {"error": "invalid_client"}},
    ],
)
def test_refresh_errors_are_one_line_auth_errors(
    mocked: tuple[responses.RequestsMock, OutlookSettings], answer: dict[str, Any]
) -> None:
    rsps, settings = mocked
    rsps.replace(responses.POST, f"{AUTHORITY}/oauth2/v2.0/token", **answer)
    with pytest.raises(AuthError) as info:
        MsalTokenSource(settings).token()
    assert str(info.value) == SIGN_IN_AGAIN
    assert settings.token_cache.exists()


def test_refresh_network_failure_is_transient(
    mocked: tuple[responses.RequestsMock, OutlookSettings],
) -> None:
    rsps, settings = mocked
    rsps.replace(
        responses.POST, f"{AUTHORITY}/oauth2/v2.0/token", body=requests.ConnectionError("down")
    )
    with pytest.raises(TransientError):
        MsalTokenSource(settings).token()


def test_refresh_success_rotates_and_persists(
    mocked: tuple[responses.RequestsMock, OutlookSettings],
) -> None:
    rsps, settings = mocked
    fresh = {**token_json(), "access_token": "at2", "refresh_token": "rt2", "expires_in": 3600}
    rsps.replace(responses.POST, f"{AUTHORITY}/oauth2/v2.0/token", json=fresh)
    assert MsalTokenSource(settings).token() == "at2"
    assert "rt2" in settings.token_cache.read_text()
    assert MsalTokenSource(settings).token() == "at2"  # from the cache, no new request
    token_calls = [c for c in rsps.calls if (c.request.url or "").endswith("/token")]
    assert len(token_calls) == 2  # the sign-in and one refresh


def test_unknown_authority_is_a_config_error(tmp_path: Path) -> None:
    settings = OutlookSettings("cid", AUTHORITY, "https://graph.example.test/v1.0", tmp_path / "c")
    with responses.RequestsMock() as rsps:
        rsps.get(f"{AUTHORITY}/v2.0/.well-known/openid-configuration", status=400, json={})
        with pytest.raises(ConfigError, match="OpenID configuration"):
            MsalTokenSource(settings).token()


def test_token_endpoint_answering_500_is_transient_and_one_line(
    mocked: tuple[responses.RequestsMock, OutlookSettings],
) -> None:
    rsps, settings = mocked
    rsps.replace(
        responses.POST, f"{AUTHORITY}/oauth2/v2.0/token", status=500, body="<html>oops</html>"
    )
    with pytest.raises(TransientError) as info:
        MsalTokenSource(settings).token()
    assert "500" in str(info.value)
    assert "\n" not in str(info.value)


def test_a_revoked_sign_in_says_what_the_server_said_and_nothing_wrong(
    mocked: tuple[responses.RequestsMock, OutlookSettings], caplog: pytest.LogCaptureFixture
) -> None:
    rsps, settings = mocked
    rsps.replace(
        responses.POST,
        f"{AUTHORITY}/oauth2/v2.0/token",
        status=400,
        json={"error": "invalid_grant", "error_description": "AADSTS70008: expired\r\nTrace: 1"},
    )
    with caplog.at_level(logging.INFO), pytest.raises(AuthError):
        MsalTokenSource(settings).token()
    said = [r.getMessage() for r in caplog.records if r.name.startswith("followthrough")]
    assert any("invalid_grant" in line and "AADSTS70008" in line for line in said)
    assert not any("no cached sign-in" in line for line in said)


@pytest.mark.parametrize(("status", "error"), [(429, TransientError), (404, ConfigError)])
def test_a_busy_authority_is_transient_and_a_missing_one_a_config_error(
    mocked: tuple[responses.RequestsMock, OutlookSettings], status: int, error: type[Exception]
) -> None:
    rsps, settings = mocked
    rsps.replace(
        responses.GET,
        f"{AUTHORITY}/v2.0/.well-known/openid-configuration",
        status=status,
        json={"error": "try later"},
    )
    with pytest.raises(error):
        MsalTokenSource(settings).token()
