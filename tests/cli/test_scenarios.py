"""Every scenario replayed through the real CLI: ``sync --now`` at each check, then ``status``.

The CLI runs in this process (``run_main``); the same replays through the console
script in a subprocess each are marked ``slow`` (``.ci/run`` runs them).

Scenarios come from ``tests/scenarios`` (ours, always run) and from
``../shared/corpus/scenarios`` (skipped, saying so, where that folder is absent). All
messages are put into the Maildir first: a sync must leave mail dated after ``--now``
for a later pass, as SPEC section 5 says.
"""

from __future__ import annotations

import json
import subprocess
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest

from followthrough import scenario as sc
from followthrough.tracker.names import company_key, same_role
from tests.conftest import own_scenarios, run_cli, run_main, shared_scenarios

Runner = Callable[..., subprocess.CompletedProcess[str]]


def _replay(folder: Path, tmp_path: Path, run: Runner = run_main) -> list[str]:
    scenario = sc.load(folder)
    maildir = tmp_path / "Mail"
    sc.make_maildir(maildir)
    for message in scenario.messages:
        sc.deliver(message, maildir)
    config = tmp_path / "config.toml"
    config.write_text(
        sc.config_text(
            account=scenario.account,
            name="Test Candidate",
            timezone=scenario.timezone,
            maildir=maildir,
            database=tmp_path / "state.db",
        ),
        encoding="utf-8",
    )
    failures: list[str] = []
    for check in scenario.checks:
        at = check.at.isoformat()
        done = run("--config", str(config), "sync", "--now", at)
        assert done.returncode == 0, done.stderr
        shown = run("--config", str(config), "status", "--json", "--now", at)
        assert shown.returncode == 0, shown.stderr
        apps = [
            a
            for a in json.loads(shown.stdout)["applications"]
            if company_key(a["company"]) == company_key(check.company)
        ]
        if check.role:
            apps = [a for a in apps if same_role(a["role"], check.role)]
        where = f"{at} {check.company}" + (f" ({check.role})" if check.role else "")
        if check.state == "none":
            if apps:
                failures.append(f"{where}: expected no application, found {len(apps)}")
            continue
        if len(apps) != 1:
            failures.append(f"{where}: expected one application, found {len(apps)}")
            continue
        app = apps[0]
        if app["state"] != check.state:
            failures.append(f"{where}: state {app['state']}, expected {check.state}")
        made = Counter(f"{d['kind']}:{d['to']}".lower() for d in app["drafts"])
        wanted = Counter(d.lower() for d in check.drafts)
        if made != wanted:
            failures.append(
                f"{where}: drafts {sorted(made.elements())}, expected {sorted(wanted.elements())}"
            )
    return failures


@pytest.mark.parametrize("folder", own_scenarios(), ids=lambda p: p.name)
def test_own_scenario(folder: Path, tmp_path: Path) -> None:
    failures = _replay(folder, tmp_path)
    assert not failures, "\n".join(failures)


@pytest.mark.slow
@pytest.mark.parametrize("folder", own_scenarios(), ids=lambda p: p.name)
def test_own_scenario_through_the_console_script(folder: Path, tmp_path: Path) -> None:
    failures = _replay(folder, tmp_path, run_cli)
    assert not failures, "\n".join(failures)


SHARED = shared_scenarios()


@pytest.mark.skipif(
    not SHARED, reason="../shared/corpus/scenarios not found: shared scenarios skipped"
)
@pytest.mark.parametrize("folder", SHARED or [Path("none")], ids=lambda p: p.name)
def test_shared_scenario(folder: Path, tmp_path: Path) -> None:
    failures = _replay(folder, tmp_path)
    assert not failures, "\n".join(failures)


@pytest.mark.slow
@pytest.mark.skipif(
    not SHARED, reason="../shared/corpus/scenarios not found: shared scenarios skipped"
)
@pytest.mark.parametrize("folder", SHARED or [Path("none")], ids=lambda p: p.name)
def test_shared_scenario_through_the_console_script(folder: Path, tmp_path: Path) -> None:
    failures = _replay(folder, tmp_path, run_cli)
    assert not failures, "\n".join(failures)
