"""The bundled sample mailbox replayed through the real service with the Outlook provider.

Nothing above the provider knows it talks to Graph: the same ``run_sync`` and status as
the Maildir demo, with the mail in the local Graph server. This is also the recipe for
``followthrough demo --outlook``.
"""

from __future__ import annotations

from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import pytest

from followthrough import scenario as sc
from followthrough.clock import FixedClock
from followthrough.config import Config, load
from followthrough.providers.outlook_auth import sign_in
from followthrough.service.runner import read_status, run_sync
from followthrough.tracker.names import company_key
from tests.servers.graph_server import GraphServer

SAMPLE = Path(str(resources.files("followthrough.demo").joinpath("sample")))


@pytest.fixture
def scenario() -> sc.Scenario:
    return sc.load(SAMPLE)


@pytest.fixture
def server(scenario: sc.Scenario, tmp_path: Path) -> Iterator[GraphServer]:
    with GraphServer(tmp_path / "tls", owner=("Demo User", scenario.account)) as srv:
        yield srv


def outlook_config(server: GraphServer, scenario: sc.Scenario, work: Path) -> Path:
    """The demo's config with an ``[outlook]`` table that points at ``server``."""
    table = server.outlook_config(work / "msal_cache.json")
    path = work / "config.toml"
    path.write_text(
        f'[account]\naddress = "{scenario.account}"\nname = "Demo User"\n'
        f'timezone = "{scenario.timezone}"\n\n[mailbox]\nprovider = "outlook"\n\n'
        f'[storage]\ndatabase = "sqlite:///{work / "state.db"}"\n\n[outlook]\n'
        + "".join(f'{k} = "{v}"\n' for k, v in table.items()),
        encoding="utf-8",
    )
    return path


def signed_in(
    server: GraphServer, scenario: sc.Scenario, work: Path, monkeypatch: pytest.MonkeyPatch
) -> Config:
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(server.ca_path))
    cfg = load(outlook_config(server, scenario, work))
    assert sign_in(cfg, interactive=False, show=lambda _text: None) == 0
    return cfg


def test_sample_mailbox_through_outlook(
    server: GraphServer, scenario: sc.Scenario, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cfg = signed_in(server, scenario, tmp_path, monkeypatch)
    pending = sorted(scenario.messages, key=lambda m: m.date)
    for at in sorted({c.at for c in scenario.checks}):
        for m in [m for m in pending if m.date <= at]:
            folder = "sentitems" if m.folder == "sent" else "inbox"
            server.deliver(m.path.read_bytes(), folder, at=m.date)
        pending = [m for m in pending if m.date > at]
        run_sync(cfg, FixedClock(at))
        data = read_status(cfg, FixedClock(at))
        states = {company_key(a["company"]): a["state"] for a in data["applications"]}
        for check in (c for c in scenario.checks if c.at == at):
            state = states.get(company_key(check.company), "none")
            assert state == check.state, (at, check.company)
    made = [d for a in data["applications"] for d in a["drafts"]]
    assert made  # the sample produces follow-up drafts
    drafts = server.in_folder("drafts") + server.in_folder("deleteditems")
    assert len(drafts) == len(made)
    inbox_conversations = {m.conversation_id for m in server.in_folder("inbox")}
    assert all(d.conversation_id in inbox_conversations for d in drafts)  # replies in thread
    assert all(d.is_draft for d in drafts)
    # follow-ups answer the conversation: their subject with "Re: ", their message quoted
    replies = [d for d in drafts if d.subject.startswith("Re: ")]
    assert replies
    for d in replies:
        answered = [m for m in server.messages.values() if m.conversation_id == d.conversation_id]
        assert any(d.subject == f"Re: {m.subject.removeprefix('Re: ')}" for m in answered)
        assert "\n> " in d.body
    assert server.counts["messages:create"] == 0


def test_idle_passes_with_open_drafts_read_three_deltas_and_see_a_deletion(
    server: GraphServer, scenario: sc.Scenario, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cfg = signed_in(server, scenario, tmp_path, monkeypatch)
    for m in scenario.messages:
        server.deliver(m.path.read_bytes(), "sentitems" if m.folder == "sent" else "inbox")
    at = max(m.date for m in scenario.messages)
    run_sync(cfg, FixedClock(at))
    assert server.in_folder("drafts")  # the sample leaves drafts to read
    run_sync(cfg, FixedClock(at))  # the pass after they were made
    server.counts.clear()
    run_sync(cfg, FixedClock(at))
    graph = {n: c for n, c in server.counts.items() if c and not n.startswith("id:")}
    assert graph == {"delta:inbox": 1, "delta:sentitems": 1, "delta:drafts": 1}
    gone = server.in_folder("drafts")[0]
    server.user_deletes(gone.id)
    run_sync(cfg, FixedClock(at))
    data = read_status(cfg, FixedClock(at))
    statuses = {d["status"] for a in data["applications"] for d in a["drafts"]}
    assert "deleted" in statuses
