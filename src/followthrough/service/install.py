"""``followthrough install-service``: write the systemd user unit and enable it.

The unit text lives here, not only in ``systemd/``, because an installed wheel carries
no repository files; a test checks that ``systemd/followthrough.service`` and
``systemd/followthrough.service.d/sandbox.conf`` are exactly what this module renders,
so the two cannot drift apart. ExecStart names the executable that runs this code
(the console script beside ``sys.executable``), so a virtualenv or pipx install works.

Sandboxing (PrivateTmp, ProtectSystem and friends) goes into a drop-in because a user
manager can apply it only where unprivileged user namespaces work (systemd.exec(5):
"available to ... user services when PrivateUsers= is available"). Where they do not,
a unit carrying those settings fails to start with status 218/226, so the drop-in is
installed only after a probe with ``systemd-run --user`` succeeds, or when
``$FOLLOWTHROUGH_SANDBOX`` is ``yes`` (``no`` skips it).
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from followthrough.config import Config, config_home, data_home, load
from followthrough.store.db import sqlite_path

logger = logging.getLogger(__name__)

UNIT_NAME = "followthrough.service"
SANDBOX_NAME = "sandbox.conf"
REPO_EXEC_START = "%h/.local/bin/followthrough run"
"""The ExecStart of the unit shipped in ``systemd/`` (a ``pip install --user`` layout)."""
REPO_WRITABLE = ("-%h/.local/share/followthrough", "-%h/Mail")
"""The writable paths of the drop-in shipped in ``systemd/``: data directory and Maildir."""

UNIT_TEMPLATE = """\
# followthrough: the long-running service (`followthrough run`) as a systemd user unit.
# `followthrough install-service` writes this file with ExecStart filled in and enables
# it. By hand: copy it to ~/.config/systemd/user/, fix ExecStart, then run
#   systemctl --user daemon-reload && systemctl --user enable --now followthrough
# Logs: journalctl --user -u followthrough. New config: systemctl --user reload followthrough.
# To keep it running while you are logged out: loginctl enable-linger "$USER".

[Unit]
Description=followthrough: tracks job applications in your mailbox, leaves follow-up drafts

[Service]
Type=notify
NotifyAccess=main
ExecStart={exec_start}
ExecReload=/bin/kill -HUP $MAINPID
Restart=on-failure
RestartSec=30s
# Exit 2: the config is wrong; 3: the sign-in must be renewed; 4: another instance runs.
# Restarting cannot fix those; `systemctl --user status followthrough` shows why.
RestartPreventExitStatus=2 3 4 5
# The service pets the watchdog from its main loop every half interval, and stops
# petting when a sync shows no progress for 30 minutes, so systemd restarts it.
WatchdogSec=2min
TimeoutStartSec=2min
TimeoutStopSec=30s
Environment=PYTHONUNBUFFERED=1

# Hardening that every user manager applies (no namespaces needed).
NoNewPrivileges=yes
UMask=0077
LockPersonality=yes
RestrictRealtime=yes
RestrictSUIDSGID=yes
SystemCallArchitectures=native
# Sandboxing (PrivateTmp=, ProtectSystem=, ...) is in followthrough.service.d/sandbox.conf.

[Install]
WantedBy=default.target
"""

SANDBOX_TEMPLATE = """\
# Sandboxing for followthrough.service. A user manager applies these only where
# unprivileged user namespaces are enabled; `followthrough install-service` installs
# this drop-in only after checking that with systemd-run. The service may write only
# its own data: the database folder, its tokens and the Maildir it leaves drafts in.
# (A leading "-" ignores a path that does not exist.)

[Service]
PrivateTmp=yes
PrivateDevices=yes
ProtectSystem=strict
ProtectHome=read-only
{writable}
ProtectKernelTunables=yes
ProtectKernelModules=yes
ProtectKernelLogs=yes
ProtectControlGroups=yes
ProtectClock=yes
ProtectHostname=yes
RestrictNamespaces=yes
RestrictAddressFamilies=AF_UNIX AF_INET AF_INET6
"""


def render_unit(exec_start: str) -> str:
    """The unit file text, for an ExecStart line already in unit-file syntax."""
    return UNIT_TEMPLATE.format(exec_start=exec_start)


def render_sandbox(writable: tuple[str, ...] | list[str]) -> str:
    """The sandbox drop-in text, for paths already in unit-file syntax."""
    lines = "\n".join(f"ReadWritePaths={path}" for path in writable)
    return SANDBOX_TEMPLATE.format(writable=lines)


def unit_word(value: str) -> str:
    """Quote one word for a unit file: ``%`` and ``$`` escaped, spaces quoted."""
    text = value.replace("%", "%%").replace("$", "$$")
    if any(c in text for c in " \t\"'\\;"):
        text = '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return text


def executable() -> list[str]:
    """The command that starts this installation of followthrough."""
    script = Path(sys.executable).parent / "followthrough"
    if script.is_file() and os.access(script, os.X_OK):
        return [str(script)]
    found = shutil.which("followthrough")
    if found:
        return [str(Path(found).absolute())]
    return [sys.executable, "-m", "followthrough"]


def exec_start(config_path: Path | None) -> str:
    """The ExecStart value: the executable, ``--config`` when one was given, ``run``."""
    args = executable()
    if config_path is not None:
        args += ["--config", str(config_path.expanduser().absolute())]
    return " ".join(unit_word(a) for a in [*args, "run"])


def writable_paths(cfg: Config) -> list[Path]:
    """Everything the service writes: data directory, database folder, tokens, Maildir."""
    paths = [data_home()]
    db = sqlite_path(cfg.database)
    if db is not None:
        paths.append(db.expanduser().absolute().parent)
    if cfg.mailbox.provider == "maildir" and cfg.mailbox.path is not None:
        paths.append(cfg.mailbox.path.expanduser().absolute())
    for section, key in (("gmail", "credentials"), ("outlook", "token_cache")):
        value = getattr(cfg, section).get(key)
        if cfg.mailbox.provider == section and isinstance(value, str):
            paths.append(Path(value).expanduser().absolute().parent)
    unique: list[Path] = []
    for path in sorted(set(paths), key=lambda p: (len(p.parts), str(p))):
        if not any(path.is_relative_to(u) for u in unique):  # a parent already covers it
            unique.append(path)
    return unique


def unit_dir() -> Path:
    """``$XDG_CONFIG_HOME/systemd/user``, where a user manager looks for units."""
    return config_home().parent / "systemd" / "user"


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.chmod(tmp, 0o644)
    os.replace(tmp, path)


def _run(*args: str) -> subprocess.CompletedProcess[str] | None:
    """Run a systemd tool; None when it is not installed or hangs."""
    try:
        return subprocess.run(list(args), capture_output=True, text=True, timeout=30, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        logger.debug("%s: %s", args[0], exc)
        return None


def sandbox_works() -> bool:
    """Whether this host's user manager can apply the sandbox drop-in (``$FOLLOWTHROUGH_SANDBOX``
    overrides the probe)."""
    forced = os.environ.get("FOLLOWTHROUGH_SANDBOX", "").lower()
    if forced in ("yes", "no"):
        return forced == "yes"
    probe = _run(
        *("systemd-run", "--user", "--wait", "--quiet", "--collect"),
        *("-p", "PrivateTmp=yes", "-p", "ProtectSystem=strict", "-p", "ProtectHome=read-only"),
        "/bin/true",
    )
    return probe is not None and probe.returncode == 0


def install_service(config_path: Path | None, *, enable: bool, say: Callable[[str], None]) -> int:
    """Write the user unit (and the sandbox drop-in where it works); enable and start it.

    :param config_path: the ``--config`` file, written into ExecStart; None for the default.
    :param enable: run ``systemctl --user enable`` and (re)start the service.
    :param say: tells the user what was done, a line at a time (the command line passes
        ``print``).
    :returns: 0, or 1 when systemctl failed (the unit file is still in place).
    :raises ConfigError: the config is missing or wrong (the service could not start).
    """
    cfg = load(config_path)
    unit = unit_dir() / UNIT_NAME
    _write(unit, render_unit(exec_start(config_path)))
    say(f"wrote {unit}")
    dropin = unit.with_name(f"{UNIT_NAME}.d") / SANDBOX_NAME
    if sandbox_works():
        words = [unit_word(f"-{p}") for p in writable_paths(cfg)]
        _write(dropin, render_sandbox(words))
        say(f"wrote {dropin} (sandbox: writes only to {len(words)} folder(s))")
    else:
        dropin.unlink(missing_ok=True)
        say(
            "this systemd cannot sandbox user services here (no unprivileged user "
            "namespaces); the unit keeps NoNewPrivileges and the other basic hardening"
        )
    if not enable:
        say(
            "not enabled; to start it: systemctl --user daemon-reload && "
            "systemctl --user enable --now followthrough"
        )
        return 0
    for step in (("daemon-reload",), ("enable", UNIT_NAME), ("restart", UNIT_NAME)):
        done = _run("systemctl", "--user", *step)
        if done is None or done.returncode != 0:
            reason = (done.stderr.strip() if done else "") or "systemctl is not available"
            say(
                f"systemctl --user {' '.join(step)} failed: {reason}\n"
                "the unit file is in place; run `systemctl --user daemon-reload && "
                "systemctl --user enable --now followthrough` in your login session"
            )
            return 1
    say("enabled and started; logs: journalctl --user -u followthrough -f")
    linger = _run("loginctl", "show-user", os.environ.get("USER", ""), "--property=Linger")
    if linger is not None and linger.stdout.strip() == "Linger=no":
        say('to keep it running while you are logged out: loginctl enable-linger "$USER"')
    return 0
