"""``followthrough run`` as a real subprocess against a Maildir: the service's lifecycle.

New mail is picked up and drafted; SIGTERM and SIGINT stop it cleanly; a second
instance is refused; SIGKILL in the middle of a sync loses nothing and duplicates
nothing; SIGHUP reloads the config; the ``decide`` job drafts without new mail.
"""

from __future__ import annotations

import datetime as dt
import json
import signal
import subprocess
import sys

import pytest

from tests.conftest import run_cli
from tests.service.conftest import (
    ACCOUNT,
    INTERVIEWER,
    PANEL,
    Home,
    drop,
    ended_an_hour_ago,
    invite_eml,
    newsletter_eml,
    wait_until,
)


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_new_mail_is_tracked_and_drafted_then_the_signal_stops_it_cleanly(
    home: Home, sig: signal.Signals
) -> None:
    service = home.start()
    service.wait_log("sync done")  # the first poll ran on an empty mailbox
    assert home.states() == []
    # start-up applied the migrations to a brand-new database
    assert home.query("SELECT version_num FROM alembic_version")

    drop(home.maildir, ended_an_hour_ago())
    wait_until("the application to reach interviewed", lambda: home.states() == ["interviewed"])
    wait_until("the thank-you draft", lambda: len(home.draft_files()) == 1)
    wait_until(
        "the draft recorded as open",
        lambda: home.drafts() == [("thank_you", INTERVIEWER, "open")],
    )

    assert service.stop(sig, timeout=5) == 0
    log = service.log()
    assert f"{sig.name} received" in log
    assert log.rstrip().endswith("followthrough.service.daemon: stopped")
    assert "Traceback" not in log
    # journald-friendly: one line per event, and no addresses at the default level
    assert ACCOUNT not in log
    assert INTERVIEWER not in log
    assert all(" INFO " in line or " WARNING " in line for line in log.splitlines())


def test_a_second_instance_on_the_same_database_is_refused(home: Home) -> None:
    first = home.start()
    first.wait_log("ready")
    second = home.start()
    assert second.proc.wait(timeout=15) == 4  # EXIT_LOCKED
    message = second.log()
    assert "already running for this database" in message
    assert f"pid {first.proc.pid}" in message
    assert first.proc.poll() is None  # the first one is untouched
    assert first.stop() == 0


def test_sigkill_mid_sync_then_restart_finishes_the_work_without_duplicates(home: Home) -> None:
    now = dt.datetime.now(dt.UTC)
    for n in range(600):
        drop(home.maildir, newsletter_eml(n, sent=now - dt.timedelta(days=3, minutes=n)))
    drop(home.maildir, ended_an_hour_ago(interviewers=PANEL))

    service = home.start()
    service.wait_log("sync progress: 200 of 601")  # one batch stored, the rest to come
    service.proc.kill()
    service.proc.wait(timeout=5)
    stored = home.query("SELECT count(*) FROM messages")[0][0]
    assert isinstance(stored, int)
    assert 200 <= stored < 601, "the kill did not land in the middle of the sync"
    assert home.draft_files() == []

    # Second life: resume, then get killed as soon as the first draft is in the mailbox.
    service = home.start()
    wait_until("a draft file", home.draft_files, timeout=30)
    service.proc.kill()
    service.proc.wait(timeout=5)

    service = home.start()
    wait_until(
        "both thank-you drafts recorded as open",
        lambda: [row[2] for row in home.drafts()] == ["open", "open"],
        timeout=30,
    )
    service.wait_log("sync done", count=2)  # a later pass made nothing new
    assert service.stop() == 0

    assert len(home.draft_files()) == 2
    assert sorted(str(row[1]) for row in home.drafts()) == sorted(addr for _, addr in PANEL)
    assert home.query("SELECT count(*), count(DISTINCT provider_ref) FROM messages") == [(601, 601)]
    assert home.states() == ["interviewed"]


def test_sighup_reloads_the_config_and_a_broken_one_is_kept_out(home: Home) -> None:
    home.write_config(poll_minutes=60)  # only the start-up poll would run for an hour
    service = home.start()
    service.wait_log("sync done")

    home.config.write_text("[account\nbroken", encoding="utf-8")
    service.proc.send_signal(signal.SIGHUP)
    service.wait_log("reload failed, keeping the running config")
    assert service.proc.poll() is None

    home.write_config(poll_minutes=0.02)
    service.proc.send_signal(signal.SIGHUP)
    service.wait_log("rescheduled: poll every 0.02 min")
    drop(home.maildir, ended_an_hour_ago())
    wait_until("the reloaded poll to draft", lambda: len(home.draft_files()) == 1)
    assert service.stop() == 0


def test_a_thank_you_is_drafted_when_the_interview_ends_with_no_new_mail(home: Home) -> None:
    home.write_config(poll_minutes=60, decide_minutes=0.01)
    now = dt.datetime.now(dt.UTC)
    end = now + dt.timedelta(seconds=8)
    drop(home.maildir, invite_eml(start=end - dt.timedelta(hours=1), end=end, sent=now))
    service = home.start()
    service.wait_log("sync done")
    assert dt.datetime.now(dt.UTC) < end, "the first sync took too long for this test"
    assert home.states() == ["interview_scheduled"]
    assert home.draft_files() == []

    wait_until(
        "the decide job to draft the thank-you",
        lambda: home.drafts() == [("thank_you", INTERVIEWER, "open")],
        timeout=15,
    )
    assert len(home.draft_files()) == 1
    assert home.states() == ["interviewed"]
    assert service.log().count("sync done") == 1  # no poll happened: the decide job did it
    assert service.stop() == 0


def test_a_bad_interval_is_a_config_error(home: Home) -> None:
    home.write_config(poll_minutes=0)
    service = home.start()
    assert service.proc.wait(timeout=15) == 2
    assert "[service] poll_minutes must be more than 0" in service.log()


def test_sigterm_during_a_long_first_sync_stops_at_a_step_boundary(home: Home) -> None:
    now = dt.datetime.now(dt.UTC)
    for n in range(600):
        drop(home.maildir, newsletter_eml(n, sent=now - dt.timedelta(days=3, minutes=n)))
    service = home.start()
    service.wait_log("sync progress: 200 of 600")  # a long first sync shows progress
    assert service.stop(timeout=5) == 0
    log = service.log()
    assert "sync interrupted between steps: the service is stopping" in log
    assert "sync done" not in log
    stored = home.query("SELECT count(*) FROM messages")[0][0]
    assert isinstance(stored, int)
    assert 200 <= stored < 600  # whole batches were kept

    again = home.start()
    again.wait_log("sync done")
    assert home.query("SELECT count(*), count(DISTINCT provider_ref) FROM messages") == [(600, 600)]
    assert again.stop() == 0


def test_under_journald_each_line_carries_its_priority(home: Home) -> None:
    log = home.root / "run-0.log"  # the file the service's stderr will be (same inode)
    log.touch()
    st = log.stat()
    journal = home.start(env={"JOURNAL_STREAM": f"{st.st_dev}:{st.st_ino}"})
    journal.wait_log("sync done")
    assert journal.stop() == 0
    lines = journal.log().splitlines()
    assert lines
    assert all(line.startswith("<6>followthrough.") for line in lines), lines  # SD_INFO
    assert not any(line[3:5].isdigit() for line in lines)  # no timestamp: journald adds one


def test_help_does_not_import_the_service_stack() -> None:
    code = (
        "import sys, followthrough.cli.parser as c; c.parser()\n"
        "heavy = [m for m in ('apscheduler', 'sqlalchemy', 'alembic', 'followthrough.service')"
        " if m in sys.modules]\n"
        "print(heavy)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=30, check=True
    )
    assert done.stdout.strip() == "[]"


def test_a_failing_sync_is_logged_shown_in_status_and_retried(home: Home) -> None:
    service = home.start()
    service.wait_log("sync done")
    hidden = home.root / "Mail.away"
    home.maildir.rename(hidden)  # e.g. an unmounted disk
    service.wait_log("sync failed:")
    assert service.proc.poll() is None
    status = json.loads(run_cli("--config", str(home.config), "status", "--json").stdout)
    assert status["sync"][0]["last_error"]

    hidden.rename(home.maildir)
    drop(home.maildir, ended_an_hour_ago())
    wait_until("the next poll to recover and draft", lambda: len(home.draft_files()) == 1)
    status = json.loads(run_cli("--config", str(home.config), "status", "--json").stdout)
    assert status["sync"][0]["last_error"] is None
    assert status["sync"][0]["seconds"] is not None
    assert service.stop() == 0
