"""The systemd units: shipped files match what install-service writes, and systemd accepts them.

``systemd-analyze verify`` runs where it is installed; elsewhere those tests skip with the
reason. ``install-service`` runs as a real subprocess with ``$XDG_CONFIG_HOME`` in
``tmp_path``; ``systemctl``, ``systemd-run`` and ``loginctl`` are stand-in scripts on
``$PATH`` that record their arguments, so no test touches the real user manager.
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from followthrough.config import parse
from followthrough.service.install import (
    REPO_EXEC_START,
    REPO_WRITABLE,
    render_sandbox,
    render_unit,
    unit_word,
    writable_paths,
)
from tests.conftest import ROOT, run_cli
from tests.service.conftest import Home

SYSTEMD = ROOT / "systemd"
ANALYZE = shutil.which("systemd-analyze")
needs_analyze = pytest.mark.skipif(
    ANALYZE is None,
    reason="systemd-analyze is not installed here (apt-get install systemd to run this check)",
)
SCRIPT = Path(sys.executable).parent / "followthrough"


def verify(unit: Path, *, user: bool, home: Path) -> subprocess.CompletedProcess[str]:
    """``systemd-analyze [--user] verify`` with a private HOME and runtime directory."""
    runtime = home / "runtime"
    runtime.mkdir(mode=0o700, exist_ok=True)
    env = {**os.environ, "HOME": str(home), "XDG_RUNTIME_DIR": str(runtime)}
    assert ANALYZE is not None
    args = [ANALYZE, *(["--user"] if user else []), "verify", str(unit)]
    return subprocess.run(args, capture_output=True, text=True, env=env, timeout=60, check=False)


def assert_clean(done: subprocess.CompletedProcess[str]) -> None:
    # verify exits 0 on unknown keys but names them; both count as failures here
    assert done.returncode == 0, done.stderr
    assert done.stderr.strip() == "", done.stderr
    assert done.stdout.strip() == "", done.stdout


def test_shipped_files_are_what_install_service_renders() -> None:
    assert (SYSTEMD / "followthrough.service").read_text() == render_unit(REPO_EXEC_START)
    assert (SYSTEMD / "followthrough.service.d/sandbox.conf").read_text() == render_sandbox(
        REPO_WRITABLE
    )


def test_the_user_unit_asks_for_what_the_service_does() -> None:
    unit = (SYSTEMD / "followthrough.service").read_text()
    for line in (
        "Type=notify",
        "WatchdogSec=",
        "Restart=on-failure",
        "NoNewPrivileges=yes",
        "ExecReload=/bin/kill -HUP $MAINPID",
        "WantedBy=default.target",
    ):
        assert line in unit
    sandbox = (SYSTEMD / "followthrough.service.d/sandbox.conf").read_text()
    for line in ("PrivateTmp=yes", "ProtectSystem=strict", "ProtectHome=read-only"):
        assert line in sandbox


@pytest.mark.parametrize(
    ("word", "written"),
    [
        ("/usr/bin/followthrough", "/usr/bin/followthrough"),
        ("/home/sam/My Mail", '"/home/sam/My Mail"'),
        ("/home/sam/100%", "/home/sam/100%%"),
        ("/srv/$mail", "/srv/$$mail"),
        ('/a "b"', '"/a \\"b\\""'),
    ],
)
def test_unit_words_are_escaped(word: str, written: str) -> None:
    assert unit_word(word) == written


@needs_analyze
def test_systemd_accepts_the_user_unit_with_its_sandbox(tmp_path: Path) -> None:
    bin_dir = tmp_path / ".local/bin"
    bin_dir.mkdir(parents=True)
    (bin_dir / "followthrough").symlink_to(SCRIPT)  # what %h/.local/bin/followthrough names
    plain = tmp_path / "followthrough.service"
    plain.write_text((SYSTEMD / "followthrough.service").read_text())
    assert_clean(verify(plain, user=True, home=tmp_path))
    # a drop-in is read as more lines of the unit; verify the two together
    both = tmp_path / "both" / "followthrough.service"
    both.parent.mkdir()
    both.write_text(
        plain.read_text() + (SYSTEMD / "followthrough.service.d/sandbox.conf").read_text()
    )
    assert_clean(verify(both, user=True, home=tmp_path))


@needs_analyze
def test_systemd_accepts_the_system_unit(tmp_path: Path) -> None:
    text = (SYSTEMD / "followthrough-system.service").read_text()
    assert "/usr/local/bin/followthrough " in text
    unit = tmp_path / "followthrough.service"
    unit.write_text(text.replace("/usr/local/bin/followthrough ", f"{SCRIPT} "))
    done = verify(unit, user=False, home=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Unknown" not in done.stderr


def fake_tool(folder: Path, name: str, *, code: int = 0, out: str = "", err: str = "") -> Path:
    """A stand-in for a systemd command: records its arguments, prints, exits with ``code``."""
    folder.mkdir(exist_ok=True)
    record = folder / f"{name}.calls"
    script = folder / name
    script.write_text(
        "#!/bin/sh\n"
        f'echo "$*" >> "{record}"\n'
        f"printf '%s' '{out}'\n"
        f"printf '%s' '{err}' >&2\n"
        f"exit {code}\n"
    )
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return record


def install(home: Home, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return run_cli(
        "--config",
        str(home.config),
        "install-service",
        *args,
        env={
            "XDG_CONFIG_HOME": str(home.root / "xdg-config"),
            "XDG_DATA_HOME": str(home.root / "xdg-data"),
            "PATH": f"{home.root / 'bin'}{os.pathsep}{os.environ.get('PATH', '')}",
            **env,
        },
        timeout=60,
    )


def test_install_service_writes_a_unit_that_runs_this_install(home: Home) -> None:
    done = install(home, "--no-enable", FOLLOWTHROUGH_SANDBOX="yes")
    assert done.returncode == 0, done.stderr
    unit = home.root / "xdg-config/systemd/user/followthrough.service"
    text = unit.read_text()
    exec_start = next(line for line in text.splitlines() if line.startswith("ExecStart="))
    assert exec_start.endswith(f" --config {home.config} run")
    assert Path(exec_start.removeprefix("ExecStart=").split()[0]).exists()
    sandbox = (unit.parent / "followthrough.service.d/sandbox.conf").read_text()
    writable = [line for line in sandbox.splitlines() if line.startswith("ReadWritePaths=")]
    # the database folder holds the Maildir and the data directory here: one line covers all
    assert writable == [f"ReadWritePaths=-{home.root}"]
    assert "not enabled" in done.stdout
    if ANALYZE is not None:
        merged = home.root / "merged" / "followthrough.service"
        merged.parent.mkdir()
        merged.write_text(text + sandbox)
        assert_clean(verify(merged, user=True, home=home.root))


def test_writable_paths_are_the_services_own_data(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    cfg = parse(
        {
            "account": {"address": "a@example.com", "name": "A", "timezone": "UTC"},
            "mailbox": {"provider": "maildir", "path": str(tmp_path / "Mail")},
            "storage": {"database": f"sqlite:///{tmp_path / 'db' / 'state.db'}"},
        }
    )
    assert writable_paths(cfg) == [
        tmp_path / "Mail",
        tmp_path / "db",
        tmp_path / "data" / "followthrough",
    ]


@pytest.mark.parametrize(("probe", "expected"), [(0, True), (1, False)])
def test_the_sandbox_is_installed_only_where_the_probe_works(
    home: Home, probe: int, expected: bool
) -> None:
    calls = fake_tool(home.root / "bin", "systemd-run", code=probe)
    done = install(home, "--no-enable")
    assert done.returncode == 0, done.stderr
    assert "--user" in calls.read_text()
    dropin = home.root / "xdg-config/systemd/user/followthrough.service.d/sandbox.conf"
    assert dropin.exists() is expected
    assert ("cannot sandbox" in done.stdout) is not expected


def test_install_service_enables_and_starts_the_unit(home: Home) -> None:
    calls = fake_tool(home.root / "bin", "systemctl")
    fake_tool(home.root / "bin", "loginctl", out="Linger=no")
    done = install(home, FOLLOWTHROUGH_SANDBOX="no")
    assert done.returncode == 0, done.stderr
    assert calls.read_text().splitlines() == [
        "--user daemon-reload",
        "--user enable followthrough.service",
        "--user restart followthrough.service",
    ]
    assert "loginctl enable-linger" in done.stdout


def test_install_service_says_what_to_do_when_systemctl_fails(home: Home) -> None:
    fake_tool(home.root / "bin", "systemctl", code=1, err="Failed to connect to bus")
    done = install(home, FOLLOWTHROUGH_SANDBOX="no")
    assert done.returncode == 1
    assert "Failed to connect to bus" in done.stdout
    assert "systemctl --user enable --now followthrough" in done.stdout
    assert (home.root / "xdg-config/systemd/user/followthrough.service").exists()


def test_install_service_refuses_a_config_that_cannot_start(home: Home) -> None:
    home.config.write_text("[account]\n", encoding="utf-8")
    done = install(home, "--no-enable", FOLLOWTHROUGH_SANDBOX="no")
    assert done.returncode == 2
    assert "[account] address is missing" in done.stderr
    assert not (home.root / "xdg-config/systemd/user/followthrough.service").exists()
