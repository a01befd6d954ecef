"""A season of real use: a mailbox replayed through ``sync --now`` twice a day for weeks.

Every draft the service made is read as the user who must send it would
(``tests/season.audit``): to a person of the employer (never a robot, an ATS or a
shared mailbox), for the application's own company and role, none after its rejection
or offer, never two open follow-ups or two open thank-yous to one person, and no twin
application for one job. Our own scenarios merged into one mailbox always run; the
shared corpus runs where ``../shared`` is beside the repository.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from followthrough import scenario as sc
from tests import season as ss
from tests.conftest import CORPUS, own_scenarios

MESSAGES = CORPUS / "messages"


def test_our_scenarios_as_one_mailbox_over_a_season(tmp_path: Path) -> None:
    files: list[tuple[Path, str]] = []
    account = ""
    for folder in own_scenarios():
        scenario = sc.load(folder)
        account = scenario.account
        files += [(m.path, m.folder) for m in scenario.messages]
    dates = [ss.date_of(path) for path, _ in files]
    season = ss.replay(
        files,
        account=account,
        timezone="America/Chicago",
        start=min(dates) - dt.timedelta(days=1),
        end=max(dates) + dt.timedelta(days=60),
        step=dt.timedelta(hours=12),
        root=tmp_path,
    )
    kinds = {d.kind for d in season.drafts}
    assert {"thank_you", "follow_up", "check_in"} <= kinds, kinds  # a season, not a stub
    faults = ss.audit(season) + ss.stale(season)
    assert not faults, "\n".join(faults) + "\n\n" + ss.show(season)
    for d in season.drafts:
        assert d.body, f"draft {d.kind} to {d.to} is not in the Drafts folder"
        assert d.kind == "thank_you" or (d.company and d.company in d.body)


@pytest.mark.skipif(
    not MESSAGES.is_dir(), reason="../shared/corpus/messages is not beside the repo"
)
def test_the_shared_messages_from_january_to_april(tmp_path: Path) -> None:
    account, tz, files = ss.labelled(MESSAGES)
    season = ss.replay(
        files,
        account=account,
        timezone=tz,
        start=dt.datetime(2026, 1, 1, tzinfo=dt.UTC),
        end=dt.datetime(2026, 4, 30, tzinfo=dt.UTC),
        step=dt.timedelta(hours=12),
        root=tmp_path,
    )
    assert len(season.drafts) >= 5
    faults = ss.audit(season, labels=ss.truth(MESSAGES)) + ss.stale(season)
    assert not faults, "\n".join(faults) + "\n\n" + ss.show(season)
