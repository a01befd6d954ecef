"""The configuration: every number of the policy is a setting, problems listed at once."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from followthrough.config import parse
from followthrough.errors import ConfigError

BASE = {
    "account": {"address": "Sam@Example.com", "name": "Sam", "timezone": "Europe/Paris"},
    "mailbox": {"provider": "maildir", "path": "/tmp/mail"},
}


def test_policy_numbers_are_settings_in_the_users_zone() -> None:
    cfg = parse({**BASE, "policy": {"follow_up_days": 5, "max_follow_ups": 2}})
    settings = cfg.settings()
    assert settings.follow_up_days == 5
    assert settings.max_follow_ups == 2
    assert settings.check_in_days == 14  # the default stays
    assert settings.tz == ZoneInfo("Europe/Paris")
    assert cfg.account.address == "sam@example.com"


def test_bad_policy_values_are_all_reported() -> None:
    with pytest.raises(ConfigError) as err:
        parse({**BASE, "policy": {"tz": "UTC", "check_in_days": -1, "follow_up_days": "a"}})
    text = "; ".join(err.value.problems)
    assert "tz: unknown setting" in text
    assert "check_in_days: must not be negative" in text
    assert "follow_up_days: expected a number" in text
