"""The language a draft is written in: the thread's, unless the user forces one."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import pytest

from followthrough.config import parse
from followthrough.drafts.language import date_text, day_name, supported, thread_language
from followthrough.errors import ConfigError

T0 = dt.datetime(2026, 5, 4, 9, 0, tzinfo=dt.UTC)


@dataclass
class Msg:
    direction: str
    date: dt.datetime
    language: str | None
    thread_id: str | None = "t1"


def at(hours: int) -> dt.datetime:
    return T0 + dt.timedelta(hours=hours)


def test_most_recent_inbound_message_wins() -> None:
    messages = [Msg("in", at(0), "en"), Msg("in", at(2), "de"), Msg("out", at(3), "en")]
    assert thread_language(messages) == "de"
    assert thread_language(list(reversed(messages))) == "de"


def test_own_messages_do_not_count_while_the_employer_writes_a_shipped_language() -> None:
    messages = [Msg("in", at(0), "fr"), Msg("out", at(5), "en"), Msg("in", at(6), None)]
    assert thread_language(messages) == "fr"
    assert thread_language([Msg("in", at(6), None)]) == "en"
    assert thread_language([]) == "en"


def test_a_language_without_templates_is_answered_in_the_users_language() -> None:
    """An Italian thread is not answered in French because an older message was French."""
    italian = [Msg("in", at(0), "fr"), Msg("in", at(6), "it")]
    assert thread_language(italian) == "en"
    assert thread_language([*italian, Msg("out", at(7), "es")]) == "es"
    assert thread_language([*italian, Msg("out", at(7), "it")]) == "en"
    older_own = [Msg("out", at(1), "de"), Msg("out", at(2), "it"), Msg("in", at(6), "da")]
    assert thread_language(older_own) == "de"


def test_the_drafts_thread_first() -> None:
    messages = [Msg("in", at(0), "nl", "t1"), Msg("in", at(4), "en", "t2")]
    assert thread_language(messages, thread_id="t1") == "nl"
    assert thread_language(messages, thread_id="t2") == "en"
    assert thread_language(messages, thread_id="elsewhere") == "en"
    assert thread_language(messages) == "en"


def test_user_override_wins() -> None:
    messages = [Msg("in", at(0), "de")]
    assert thread_language(messages, override="es") == "es"
    assert thread_language(messages, override="PT-br") == "pt"
    assert thread_language(messages, override=None) == "de"


def test_supported() -> None:
    assert supported("de-AT") == "de"
    assert supported("nl_BE") == "nl"
    assert supported("it") is None
    assert supported("") is None
    assert supported(None) is None


@pytest.mark.parametrize(
    ("lang", "day", "date"),
    [
        ("en", "Tuesday", "March 3"),
        ("de", "Dienstag", "3. März"),
        ("fr", "mardi", "3 mars"),
        ("es", "martes", "3 de marzo"),
        ("pt", "terça-feira", "3 de março"),
        ("nl", "dinsdag", "3 maart"),
        ("it", "Tuesday", "March 3"),
    ],
)
def test_dates_in_each_language(lang: str, day: str, date: str) -> None:
    tuesday = dt.date(2026, 3, 3)
    assert day_name(tuesday, lang) == day
    assert date_text(tuesday, lang) == date


def _config(tmp_path: Path, drafts: str) -> str:
    return (
        '[account]\naddress = "sam@example.com"\nname = "Sam Lee"\ntimezone = "UTC"\n'
        f'[mailbox]\nprovider = "maildir"\npath = "{tmp_path}"\n[drafts]\n{drafts}\n'
    )


def test_config_language_and_rejection_reply(tmp_path: Path) -> None:
    import tomllib

    cfg = parse(tomllib.loads(_config(tmp_path, 'language = "de"\nrejection_reply = true')))
    assert cfg.drafts.language == "de"
    assert cfg.drafts.rejection_reply is True
    cfg = parse(tomllib.loads(_config(tmp_path, "")))
    assert cfg.drafts.language is None
    assert cfg.drafts.rejection_reply is False
    with pytest.raises(ConfigError, match="language must be one of"):
        parse(tomllib.loads(_config(tmp_path, 'language = "klingon"')))
    with pytest.raises(ConfigError, match="rejection_reply must be true or false"):
        parse(tomllib.loads(_config(tmp_path, 'rejection_reply = "yes"')))
