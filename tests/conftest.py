"""Shared fixtures: paths, the shared corpus (where present), and running the real CLI."""

from __future__ import annotations

import io
import logging
import os
import subprocess
import sys
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path
from unittest import mock

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"
OWN_SCENARIOS = ROOT / "tests" / "scenarios"


def shared_scenarios() -> list[Path]:
    """The shared corpus scenarios, or [] where ``../shared`` is not beside the repo."""
    folder = CORPUS / "scenarios"
    return (
        sorted(p for p in folder.iterdir() if (p / "scenario.toml").exists())
        if folder.is_dir()
        else []
    )


def own_scenarios() -> list[Path]:
    return sorted(p for p in OWN_SCENARIOS.iterdir() if (p / "scenario.toml").exists())


def run_cli(
    *args: str, env: dict[str, str] | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """Run the real ``followthrough`` entry point in a subprocess."""
    full_env = {**os.environ, "PYTHONUNBUFFERED": "1", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "followthrough", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=full_env,
        check=False,
    )


def run_main(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``followthrough.cli.main`` in this process, with what :func:`run_cli` returns.

    Starting an interpreter per command was most of a replay's time; what a subprocess
    proves beyond this (the console script, a clean process) the ``slow`` tests prove.
    """
    from followthrough.cli import main

    out, err = io.StringIO(), io.StringIO()
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    for handler in handlers:  # so that the command's logging setup takes effect
        root.removeHandler(handler)
    try:
        with mock.patch.dict(os.environ, env or {}), redirect_stdout(out), redirect_stderr(err):
            try:
                code = main(list(args))
            except SystemExit as exc:  # argparse on bad arguments
                code = exc.code if isinstance(exc.code, int) else 1
    finally:
        for handler in list(root.handlers):
            root.removeHandler(handler)
        for handler in handlers:
            root.addHandler(handler)
        root.setLevel(level)
    return subprocess.CompletedProcess(
        ["followthrough", *args], code, out.getvalue(), err.getvalue()
    )


@pytest.fixture
def cli() -> object:
    return run_cli


def maildir_config(
    tmp_path: Path,
    database: Path,
    *,
    account: str = "sam.lee@example.com",
    name: str = "Sam Lee",
    timezone: str = "America/New_York",
) -> Path:
    """An empty Maildir (INBOX, Sent, Drafts) under ``tmp_path/Mail`` and a config for it."""
    from followthrough import scenario as sc

    maildir = tmp_path / "Mail"
    for folder in ("INBOX", "Sent", "Drafts"):
        for sub in ("cur", "new", "tmp"):
            (maildir / folder / sub).mkdir(parents=True, exist_ok=True)
    path = tmp_path / "config.toml"
    path.write_text(
        sc.config_text(
            account=account, name=name, timezone=timezone, maildir=maildir, database=database
        ),
        encoding="utf-8",
    )
    return path
