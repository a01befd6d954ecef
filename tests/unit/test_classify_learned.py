"""The learned classifier: its packaged weights, its features, context and training.

Training needs numpy and scipy (the ``train`` extra, part of ``dev``); the service
does not, and reads the weights in plain Python.
"""

from __future__ import annotations

import datetime as dt
import json
import struct
import subprocess
import sys
from email.message import EmailMessage
from email.utils import format_datetime
from importlib import resources
from pathlib import Path

import pytest

from followthrough.classify import CompanyDirectory, classify_bytes
from followthrough.classify.learned import features, model
from followthrough.model import Direction, Kind
from tests.conftest import ROOT, run_cli

ME = "sam.okafor@example.net"
SENT = dt.datetime(2026, 5, 4, 9, tzinfo=dt.UTC)


def _mail(
    body: str,
    *,
    subject: str,
    sender: str = "Priya Raman <priya.raman@fernway-labs.example>",
    to: str = f"Sam Okafor <{ME}>",
    message_id: str = "<m1@fernway-labs.example>",
    reply_to: str | None = None,
    date: dt.datetime = SENT,
) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, to, subject
    msg["Date"], msg["Message-ID"] = format_datetime(date), message_id
    if reply_to:
        msg["In-Reply-To"] = msg["References"] = reply_to
    msg.set_content(body)
    return bytes(msg)


def test_packaged_weights_are_small_current_and_lazily_read() -> None:
    blob = resources.files("followthrough.classify.learned").joinpath(model.WEIGHTS).read_bytes()
    assert len(blob) < 5 * 1024 * 1024
    (size,) = struct.unpack(">I", blob[4:8])
    header = json.loads(blob[8 : 8 + size])
    assert header["feature_version"] == features.VERSION
    assert len(header["fingerprint"]) == 16
    assert header["examples"] >= 2000
    # Importing the CLI (what --help does) must not read the weights.
    code = (
        "import followthrough.cli, followthrough.classify, sys; "
        "m = sys.modules.get('followthrough.classify.learned.model'); "
        "print(m is None or m._model is None)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "True"


def test_a_damaged_or_stale_weights_file_is_refused_with_a_reason() -> None:
    blob = resources.files("followthrough.classify.learned").joinpath(model.WEIGHTS).read_bytes()
    for bad, why in ((b"XXXX" + blob[4:], "not a followthrough"), (blob[:-200], "damaged")):
        with pytest.raises(model.ModelError, match=why):
            model.Model(bad)


def test_each_direction_gets_only_its_kinds_and_probabilities_sum_to_one() -> None:
    m = model.load()
    vec = features.buckets(["dir:out", "s:thank", "b:thank you", "r:thank_you.interview"])
    out = m.predict(vec, Direction.OUT)
    assert {k for k, _ in out.ranked} == {Kind.THANK_YOU, Kind.FOLLOW_UP, Kind.OTHER}
    inbound = m.predict(vec, Direction.IN)
    assert Kind.THANK_YOU not in {k for k, _ in inbound.ranked}
    for pred in (out, inbound):
        assert abs(sum(p for _, p in pred.ranked) - 1.0) < 1e-9
        assert [p for _, p in pred.ranked] == sorted((p for _, p in pred.ranked), reverse=True)


def test_features_hash_stably_and_n_grams_are_binary() -> None:
    assert features.bucket("b:another candidate") == features.bucket("b:another candidate")
    assert 0 <= features.bucket("s:interview") < features.DIMS
    vec = features.buckets(["b:x", "b:x", "h:list_unsubscribe"])
    assert len(vec) == 2
    assert vec == sorted(vec)
    assert features.words("Ref 20418, 3 May") == ["ref", "#####", "#", "may"]


def test_a_reply_in_a_job_thread_that_fits_no_phrase_is_job_mail() -> None:
    directory = CompanyDirectory()
    _msg, first = classify_bytes(
        _mail(
            "Hi Sam,\n\nThanks for applying to the Backend Engineer role. I'd like to invite "
            "you to a 45-minute video interview with our team next Tuesday at 14:00 BST.\n\n"
            "Best,\nPriya Raman\nEngineering Manager, Fernway Labs",
            subject="Interview invitation - Backend Engineer",
        ),
        account=ME,
        directory=directory,
    )
    assert first.kind is Kind.INTERVIEW_INVITE
    _msg, reply = classify_bytes(
        _mail(
            "Hi Sam,\n\nGot it, thanks. Speak soon.\n\nPriya",
            subject="Re: Interview invitation - Backend Engineer",
            message_id="<m2@fernway-labs.example>",
            reply_to="<m1@fernway-labs.example>",
            date=SENT + dt.timedelta(days=1),
        ),
        account=ME,
        directory=directory,
    )
    assert reply.kind is not Kind.OTHER, reply.evidence
    assert reply.company == "Fernway Labs"


def test_evidence_shows_the_model_and_agreeing_rules() -> None:
    _msg, c = classify_bytes(
        _mail(
            "Dear Sam,\n\nThank you for your interest in the Backend Engineer position. After "
            "careful consideration we have decided to move forward with other candidates whose "
            "experience more closely matches our needs.\n\nKind regards,\nFernway Labs Talent",
            subject="Your application to Fernway Labs",
        ),
        account=ME,
    )
    assert c.kind is Kind.REJECTION
    assert c.evidence[0].startswith("model: rejection ")
    assert any(e.startswith("rejection.") for e in c.evidence[1:])


def test_classify_takes_the_account_from_the_config(tmp_path: Path) -> None:
    thanks = tmp_path / "thanks.eml"
    thanks.write_bytes(
        _mail(
            "Hi Priya,\n\nThank you for taking the time to talk with me today about the "
            "Backend Engineer role. I enjoyed hearing about the team.\n\nBest,\nSam",
            subject="Thank you",
            sender=f"Sam Okafor <{ME}>",
            to="Priya Raman <priya.raman@fernway-labs.example>",
        )
    )
    config = tmp_path / "config.toml"
    config.write_text(
        f'[account]\naddress = "{ME}"\nname = "Sam Okafor"\ntimezone = "Europe/London"\n\n'
        f'[mailbox]\nprovider = "maildir"\npath = "{tmp_path / "Mail"}"\n',
        encoding="utf-8",
    )
    empty = {"XDG_CONFIG_HOME": str(tmp_path / "nowhere"), "HOME": str(tmp_path)}

    def kind(*args: str, env: dict[str, str] = empty) -> str:
        done = run_cli(*args, "classify", "--json", str(thanks), env=env)
        assert done.returncode == 0, done.stderr
        return str(json.loads(done.stdout)["kind"])

    assert kind() != "thank_you"  # no address known: it reads as inbound
    assert kind("--config", str(config)) == "thank_you"
    home = tmp_path / "xdg"
    (home / "followthrough").mkdir(parents=True)
    (home / "followthrough" / "config.toml").write_text(config.read_text(), encoding="utf-8")
    assert kind(env={"XDG_CONFIG_HOME": str(home), "HOME": str(tmp_path)}) == "thank_you"
    # Sent from an alias: the command decides direction as a sync does.
    aliased = tmp_path / "aliased.toml"
    aliased.write_text(
        config.read_text()
        .replace(f'address = "{ME}"', 'address = "sam@new.example"')
        .replace(
            'timezone = "Europe/London"\n', f'timezone = "Europe/London"\naliases = ["{ME}"]\n'
        ),
        encoding="utf-8",
    )
    assert kind("--config", str(aliased)) == "thank_you"
    broken = tmp_path / "broken.toml"
    broken.write_text("[account\n", encoding="utf-8")
    done = run_cli("--config", str(broken), "classify", str(thanks), env=empty)
    assert done.returncode != 0
    assert "broken.toml" in done.stderr


def test_training_is_reproducible_and_fingerprints_its_data() -> None:
    sys.path.insert(0, str(ROOT / "training"))
    try:
        import train
    finally:
        sys.path.remove(str(ROOT / "training"))
    source = train.sources(None)[0]
    examples = train.read(source)[:160]
    first = train.train(examples)
    again = train.train(train.read(source)[:160])
    assert first == again
    other = train.train(examples[:150])
    assert other != first
    assert train.fingerprint(examples) != train.fingerprint(examples[:150])
    m = model.Model(first)
    assert m.fingerprint == train.fingerprint(examples)
