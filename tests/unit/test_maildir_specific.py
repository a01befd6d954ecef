"""Maildir specifics the generic contract cannot express, and the draft composer."""

from __future__ import annotations

import dataclasses
import datetime as dt
import email
import email.policy
import os
import re
import stat
import time
from email.utils import parseaddr
from pathlib import Path

import pytest

from followthrough.errors import CursorExpiredError, MailboxError, MalformedMessageError
from followthrough.mail.compose import compose_draft, make_message_id
from followthrough.model import Direction, Person
from followthrough.providers.base import DraftSpec, MessageRef, RemoteDraftState
from followthrough.providers.maildir import MaildirProvider
from followthrough.providers.maildir_names import message_key

ME = Person("Sam Lee", "sam.lee@example.com")
DANA = Person("Dana Díaz", "dana@acme.example")
DATE = dt.datetime(2024, 5, 6, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=-4)))


def make_maildir(path: Path) -> Path:
    for sub in ("cur", "new", "tmp"):
        (path / sub).mkdir(parents=True, exist_ok=True)
    return path


def mail(n: int, *, message_id: str | None = None, in_reply_to: str | None = None) -> bytes:
    mid = message_id or f"m{n}@acme.example"
    lines = [
        "From: Dana <dana@acme.example>",
        "To: Sam <sam.lee@example.com>",
        f"Subject: Message {n}",
        f"Message-ID: <{mid}>",
    ]
    if in_reply_to:
        lines.append(f"In-Reply-To: <{in_reply_to}>")
    return ("\n".join(lines) + f"\n\nBody {n}\n").encode()


def put(
    folder: Path, name: str, raw: bytes, *, subdir: str = "new", mtime: float | None = None
) -> Path:
    path = folder / subdir / name
    path.write_bytes(raw)
    if mtime is not None:
        os.utime(path, (mtime, mtime))
    return path


def spec(**overrides: object) -> DraftSpec:
    fields: dict[str, object] = {
        "message_id": make_message_id("sam.lee@example.com"),
        "sender": ME,
        "to": DANA,
        "subject": "Thank you - Dana, Backend Engineer interview",
        "body": "Hi Dana,\n\nThank you.\n\nSam\n",
        "in_reply_to": "invite@acme.example",
        "references": ("root@acme.example", "invite@acme.example"),
    }
    fields.update(overrides)
    return DraftSpec(**fields)  # type: ignore[arg-type]


@pytest.fixture
def root(tmp_path: Path) -> Path:
    for name in ("INBOX", "Sent", "Drafts"):
        make_maildir(tmp_path / name)
    return tmp_path


# -- keys and listing ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("1700000000.M1P2.host", "1700000000.M1P2.host"),
        ("1700000000.M1P2.host:2,S", "1700000000.M1P2.host"),
        ("1700000000.M1P2.host:2,", "1700000000.M1P2.host"),
        ("1700000000.M1P2.host!2,RS", "1700000000.M1P2.host"),
        ("1700000000.M1P2.host;2,S", "1700000000.M1P2.host"),
        ("1700000000.M1P2.host,U=417:2,FS", "1700000000.M1P2.host"),
        ("1700000000_1.host,U=9", "1700000000_1.host"),
    ],
)
def test_message_key_drops_info_and_mbsync_uid(name: str, key: str) -> None:
    assert message_key(name) == key


def test_move_to_cur_and_flag_changes_do_not_relist(root: Path) -> None:
    inbox = root / "INBOX"
    put(inbox, "1.a.host", mail(1))
    provider = MaildirProvider(root)
    first = provider.fetch_changes(None)
    assert [m.ref for m in first.messages] == ["INBOX/1.a.host"]
    os.rename(inbox / "new" / "1.a.host", inbox / "cur" / "1.a.host:2,S")
    assert provider.fetch_changes(first.cursor).messages == ()
    os.rename(inbox / "cur" / "1.a.host:2,S", inbox / "cur" / "1.a.host,U=12:2,FRS")
    assert provider.fetch_changes(first.cursor).messages == ()
    # A fresh process (no in-memory state) agrees.
    assert MaildirProvider(root).fetch_changes(first.cursor).messages == ()


def test_get_message_follows_a_renamed_file(root: Path) -> None:
    inbox = root / "INBOX"
    put(inbox, "1.a.host", mail(1))
    provider = MaildirProvider(root)
    (ref,) = provider.fetch_changes(None).messages
    os.rename(inbox / "new" / "1.a.host", inbox / "cur" / "1.a.host:2,S")
    assert provider.get_message(ref) == mail(1)


def test_vanished_message_is_malformed(root: Path) -> None:
    path = put(root / "INBOX", "1.a.host", mail(1))
    provider = MaildirProvider(root)
    (ref,) = provider.fetch_changes(None).messages
    path.unlink()
    with pytest.raises(MalformedMessageError, match="no longer"):
        provider.get_message(ref)


def test_unknown_ref_is_malformed(root: Path) -> None:
    with pytest.raises(MalformedMessageError):
        MaildirProvider(root).get_message(MessageRef("Archive/1.a.host", Direction.IN))


def test_a_huge_message_is_read_in_part_never_dropped(root: Path) -> None:
    path = root / "INBOX" / "new" / "1.big.host"
    head = (
        b"From: Dana <dana@acme.example>\nTo: Sam <sam.lee@example.com>\n"
        b"Subject: Your offer from Acme\nMessage-ID: <offer@acme.example>\nMIME-Version: 1.0\n"
        b'Content-Type: multipart/mixed; boundary="b"\n\n--b\nContent-Type: text/plain\n\n'
        b"We are delighted to offer you the position of Backend Engineer.\n--b\n"
        b"Content-Type: application/pdf\nContent-Transfer-Encoding: base64\n\n"
    )
    with open(path, "wb") as fh:
        fh.write(head)
        fh.truncate(30 * 1024 * 1024)  # the attachment: sparse, costs no disk
    provider = MaildirProvider(root)
    (ref,) = provider.fetch_changes(None).messages
    data = provider.get_message(ref)
    assert data.startswith(head)
    assert len(data) < 30 * 1024 * 1024
    from followthrough.classify import classify_bytes

    parsed, result = classify_bytes(data, account="sam.lee@example.com")
    assert "delighted to offer" in parsed.text
    assert result.kind.value == "offer"


def test_new_refs_are_oldest_first_with_directions(root: Path) -> None:
    now = time.time()
    put(root / "INBOX", "b.host", mail(1), mtime=now - 10)
    put(root / "Sent", "a.host:2,S", mail(2), subdir="cur", mtime=now - 20)
    put(root / "INBOX", "c.host", mail(3), mtime=now - 30)
    changes = MaildirProvider(root).fetch_changes(None)
    assert [(m.ref, m.direction) for m in changes.messages] == [
        ("INBOX/c.host", Direction.IN),
        ("Sent/a.host", Direction.OUT),
        ("INBOX/b.host", Direction.IN),
    ]
    assert all(m.thread_id is None for m in changes.messages)


def test_deleted_then_new_messages(root: Path) -> None:
    first_file = put(root / "INBOX", "1.host", mail(1))
    provider = MaildirProvider(root)
    cursor = provider.fetch_changes(None).cursor
    first_file.unlink()
    put(root / "INBOX", "2.host", mail(2))
    changes = provider.fetch_changes(cursor)
    assert [m.ref for m in changes.messages] == ["INBOX/2.host"]
    assert provider.fetch_changes(changes.cursor).messages == ()


def test_cursor_stays_small(root: Path) -> None:
    for i in range(1000):
        (root / "INBOX" / "cur" / f"{1700000000 + i}.M{i}P99.mailhost:2,S").write_bytes(b"x")
    changes = MaildirProvider(root).fetch_changes(None)
    assert len(changes.messages) == 1000
    assert len(changes.cursor) < 1000 * 8
    assert changes.cursor.isascii()


def test_cursor_with_wrong_checksum_is_expired(root: Path) -> None:
    cursor = MaildirProvider(root).fetch_changes(None).cursor
    tampered = cursor[:-6] + ("AAAA" if cursor[-6:-2] != "AAAA" else "BBBB") + cursor[-2:]
    with pytest.raises(CursorExpiredError):
        MaildirProvider(root).fetch_changes(tampered)


# -- folders ---------------------------------------------------------------------------


def test_folder_alternatives_sent_items(tmp_path: Path) -> None:
    make_maildir(tmp_path / "INBOX")
    make_maildir(tmp_path / "Sent Items")
    put(tmp_path / "Sent Items", "s.host:2,S", mail(1), subdir="cur")
    provider = MaildirProvider(tmp_path)
    assert provider.sent_dir == tmp_path / "Sent Items"
    assert [m.direction for m in provider.fetch_changes(None).messages] == [Direction.OUT]
    assert provider.drafts_dir == tmp_path / "Drafts"
    assert all((tmp_path / "Drafts" / sub).is_dir() for sub in ("cur", "new", "tmp"))


def test_folder_alternatives_gmail_nested(tmp_path: Path) -> None:
    make_maildir(tmp_path / "Inbox")
    make_maildir(tmp_path / "[Gmail]" / "Sent Mail")
    make_maildir(tmp_path / "[Gmail]" / "Drafts")
    provider = MaildirProvider(tmp_path)
    assert provider.inbox_dir == tmp_path / "Inbox"
    assert provider.sent_dir == tmp_path / "[Gmail]" / "Sent Mail"
    assert provider.drafts_dir == tmp_path / "[Gmail]" / "Drafts"


def test_folder_alternatives_maildirplusplus(tmp_path: Path) -> None:
    make_maildir(tmp_path)  # the root is INBOX
    make_maildir(tmp_path / ".Sent")
    put(tmp_path, "i.host", mail(1))
    provider = MaildirProvider(tmp_path)
    assert provider.inbox_dir == tmp_path
    assert provider.sent_dir == tmp_path / ".Sent"
    assert provider.drafts_dir == tmp_path / ".Drafts"  # created Maildir++ style
    provider.create_draft(spec())
    listed = provider.fetch_changes(None).messages
    assert [m.ref for m in listed] == ["INBOX/i.host"]  # the draft is not in INBOX


def test_configured_name_wins(tmp_path: Path) -> None:
    for name in ("INBOX", "Sent", "Outbox-copies"):
        make_maildir(tmp_path / name)
    provider = MaildirProvider(tmp_path, sent="Outbox-copies")
    assert provider.sent_dir == tmp_path / "Outbox-copies"


def test_missing_inbox_names_the_path(tmp_path: Path) -> None:
    make_maildir(tmp_path / "Sent")
    with pytest.raises(MailboxError) as info:
        MaildirProvider(tmp_path)
    message = str(info.value)
    assert str(tmp_path / "INBOX") in message
    assert "\n" not in message


def test_missing_root_names_the_path(tmp_path: Path) -> None:
    with pytest.raises(MailboxError, match=re.escape(str(tmp_path / "nope"))):
        MaildirProvider(tmp_path / "nope")


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads anything")
def test_unreadable_root(tmp_path: Path) -> None:
    make_maildir(tmp_path / "Mail" / "INBOX")
    (tmp_path / "Mail").chmod(0)
    try:
        with pytest.raises(MailboxError, match="cannot read"):
            MaildirProvider(tmp_path / "Mail")
    finally:
        (tmp_path / "Mail").chmod(0o700)


# -- drafts ----------------------------------------------------------------------------


def test_draft_file_is_private_flagged_and_atomic(root: Path) -> None:
    draft = MaildirProvider(root).create_draft(spec())
    (path,) = (root / "Drafts" / "cur").iterdir()
    assert path.name.endswith(":2,D")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert list((root / "Drafts" / "tmp").iterdir()) == []
    assert list((root / "Drafts" / "new").iterdir()) == []
    assert draft.ref.startswith("Drafts/" + path.name.removesuffix(":2,D") + "?")
    assert "dana" not in draft.ref  # no address in the ref


def test_draft_survives_mbsync_rename(root: Path) -> None:
    provider = MaildirProvider(root)
    draft = provider.create_draft(spec())
    (path,) = (root / "Drafts" / "cur").iterdir()
    key = path.name.removesuffix(":2,D")
    path.rename(path.with_name(f"{key},U=31:2,DS"))
    assert provider.draft_state(draft) is RemoteDraftState.PRESENT
    provider.delete_draft(draft)
    assert list((root / "Drafts" / "cur").iterdir()) == []


def test_draft_resaved_by_client_with_same_message_id_is_present(root: Path) -> None:
    provider = MaildirProvider(root)
    draft = provider.create_draft(spec())
    (path,) = (root / "Drafts" / "cur").iterdir()
    path.rename(root / "Drafts" / "cur" / "1800000000.other.host:2,D")
    assert provider.draft_state(draft) is RemoteDraftState.PRESENT


def test_sent_with_same_message_id_counts_as_sent(root: Path) -> None:
    provider = MaildirProvider(root)
    draft = provider.create_draft(spec(in_reply_to=None, references=()))
    (path,) = (root / "Drafts" / "cur").iterdir()
    path.rename(root / "Sent" / "cur" / "sent.host:2,S")
    assert provider.draft_state(draft) is RemoteDraftState.SENT


def test_old_reply_in_sent_does_not_count(root: Path) -> None:
    # A reply to the same message and person, sent a week before the draft was made.
    old = mail(9, in_reply_to="invite@acme.example").replace(
        b"To: Sam <sam.lee@example.com>", b"To: dana@acme.example"
    )
    put(root / "Sent", "old.host:2,S", old, subdir="cur", mtime=time.time() - 7 * 86400)
    provider = MaildirProvider(root)
    draft = provider.create_draft(spec())
    (root / "Drafts" / "cur" / next((root / "Drafts" / "cur").iterdir()).name).unlink()
    assert provider.draft_state(draft) is RemoteDraftState.DELETED
    os.utime(root / "Sent" / "cur" / "old.host:2,S")  # now it looks sent after the draft
    assert provider.draft_state(draft) is RemoteDraftState.SENT


def test_no_sent_folder_means_deleted(tmp_path: Path) -> None:
    make_maildir(tmp_path / "INBOX")
    provider = MaildirProvider(tmp_path)
    assert provider.sent_dir is None
    draft = provider.create_draft(spec())
    provider.delete_draft(draft)
    assert provider.draft_state(draft) is RemoteDraftState.DELETED


def test_find_draft_ref_matches_created_ref(root: Path) -> None:
    provider = MaildirProvider(root)
    s = spec()
    created = provider.create_draft(s)
    found = MaildirProvider(root).find_draft(f"<{s.message_id}>")
    assert found is not None
    assert found.ref.split("&to=")[1] == created.ref.split("&to=")[1]
    assert found.ref.split("?")[0] == created.ref.split("?")[0]


# -- compose ---------------------------------------------------------------------------


def parse(raw: bytes) -> email.message.EmailMessage:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(msg, email.message.EmailMessage)
    return msg


def header_names(raw: bytes) -> list[str]:
    head = raw.split(b"\n\n", 1)[0].decode("ascii")
    return [line.split(":", 1)[0] for line in head.splitlines() if not line[:1].isspace()]


def test_compose_headers(root: Path) -> None:
    s = spec(references=("root@acme.example", "invite@acme.example", "root@acme.example"))
    raw = compose_draft(s, date=DATE)
    msg = parse(raw)
    assert header_names(raw)[:7] == [
        "From",
        "To",
        "Subject",
        "Date",
        "Message-ID",
        "In-Reply-To",
        "References",
    ]
    assert msg["Message-ID"] == f"<{s.message_id}>"
    assert msg["In-Reply-To"] == "<invite@acme.example>"
    assert msg["References"] == "<root@acme.example> <invite@acme.example>"
    assert msg["MIME-Version"] == "1.0"
    assert msg["X-Followthrough-Draft"] is None  # nothing that would travel with the mail
    assert msg["Date"] == "Mon, 06 May 2024 09:30:00 -0400"
    assert msg.get_content_type() == "text/plain"
    assert msg.get_content_charset() == "utf-8"
    assert msg.get_content() == s.body


def test_compose_appends_parent_to_references() -> None:
    msg = parse(compose_draft(spec(references=("root@acme.example",)), date=DATE))
    assert msg["References"] == "<root@acme.example> <invite@acme.example>"


def test_long_ids_are_folded_not_encoded() -> None:
    ids = tuple(f"{'x' * 70}.{i}@mail.acme.example" for i in range(4))
    raw = compose_draft(spec(references=ids, in_reply_to=ids[-1]), date=DATE)
    id_block = raw.split(b"\nMessage-ID:")[1].split(b"\nMIME-Version:")[0]
    assert b"=?" not in id_block
    # Folded between ids: a line is over 78 only when it holds a single over-long id.
    assert all(len(line) <= 78 or len(line.split()) <= 2 for line in id_block.splitlines())
    assert parse(raw)["References"].split() == [f"<{i}>" for i in ids]


@pytest.mark.parametrize(
    "hostile",
    ["Eve\r\nBcc: x@y.example", "Eve\nBcc: x@y.example", "Eve\rBcc: x@y.example", "Eve\x00\x0b"],
)
def test_header_injection_is_neutralised(hostile: str) -> None:
    raw = compose_draft(
        spec(subject=f"Hi {hostile}", to=Person(hostile, "eve@acme.example")), date=DATE
    )
    names = [n.lower() for n in header_names(raw)]
    assert "bcc" not in names
    assert names.count("to") == 1
    assert names.count("subject") == 1
    msg = parse(raw)
    assert parseaddr(str(msg["To"]))[1] == "eve@acme.example"
    assert "\n" not in str(msg["Subject"])
    assert "\r" not in str(msg["Subject"])


@pytest.mark.parametrize(
    "address", ["eve@acme.example\r\nBcc: x@y.example", "eve@acme.example, x@y.example"]
)
def test_hostile_address_is_refused(address: str) -> None:
    with pytest.raises(ValueError, match=r"addr|CR"):
        compose_draft(spec(to=Person("Eve", address)), date=DATE)


def test_non_ascii_names_are_rfc2047_encoded() -> None:
    s = spec(sender=Person("Zoë Lee", "zoe@example.com"), subject="Merci \u2013 entretien Müller")
    raw = compose_draft(s, date=DATE)
    head = raw.split(b"\n\n", 1)[0]
    assert head.isascii()
    assert b"=?utf-8?" in head
    msg = parse(raw)
    assert msg["From"].addresses[0].display_name == "Zoë Lee"
    assert msg["To"].addresses[0].display_name == "Dana Díaz"
    assert msg["Subject"] == "Merci \u2013 entretien Müller"


def test_compose_rejects_naive_date_and_bad_ids() -> None:
    with pytest.raises(ValueError, match="aware"):
        compose_draft(spec(), date=dt.datetime(2024, 5, 6, 9, 30))
    with pytest.raises(ValueError, match="Message-ID"):
        compose_draft(spec(message_id="no id here"), date=DATE)
    msg = parse(compose_draft(spec(references=("bad id@x", "ok@x")), date=DATE))
    assert msg["References"] == "<ok@x> <invite@acme.example>"


def test_make_message_id() -> None:
    ids = {make_message_id("sam.lee@Example.COM") for _ in range(100)}
    assert len(ids) == 100
    assert all(re.fullmatch(r"ft\.[0-9a-f]{32}@example\.com", i) for i in ids)
    assert make_message_id("").endswith("@followthrough.invalid")
    assert make_message_id("x@bad domain\r\n").endswith("@followthrough.invalid")


def _dead_pid() -> int:
    import subprocess
    import sys

    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_half_written_drafts_of_ours_are_removed_at_the_next_pass(tmp_path: Path) -> None:
    root = tmp_path / "Mail"
    for folder in ("INBOX", "Sent", "Drafts"):
        make_maildir(root / folder)
    tmp = root / "Drafts" / "tmp"
    now = time.time()
    dead = tmp / f"{int(now)}.M1P{_dead_pid()}R0123456789abcdef.host"
    dead.write_bytes(b"From: half a draft")
    empty = tmp / f"{int(now)}.M2P{_dead_pid()}Rfedcba9876543210.host"
    empty.write_bytes(b"")
    old_alive = tmp / f"{int(now)}.M3P{os.getppid()}Raaaaaaaaaaaaaaaa.host"
    old_alive.write_bytes(b"x")
    os.utime(old_alive, (now - 7_200, now - 7_200))
    writing = tmp / f"{int(now)}.M4P{os.getpid()}Rbbbbbbbbbbbbbbbb.host"
    writing.write_bytes(b"being written")
    foreign = [tmp / f"{int(now)}.R{_dead_pid()}x.mutt-host", tmp / "1700000000.M5P1Q2.dovecot"]
    for path in foreign:
        path.write_bytes(b"someone else's")
    MaildirProvider(root).fetch_changes(None)
    left = {p.name for p in tmp.iterdir()}
    assert left == {writing.name, *(p.name for p in foreign)}


def test_a_long_subject_starts_on_the_subject_line() -> None:
    subject = "Following up on my Site Reliability Engineer interview - Test Candidate"
    raw = compose_draft(dataclasses.replace(spec(), subject=subject), date=DATE)
    assert f"Subject: {subject}\n".encode() in raw
    assert parse(raw)["Subject"] == subject
    accented = "Suivi de mon entretien pour le poste d’Ingénieur·e Backend chez Sablier Numérique"
    raw = compose_draft(dataclasses.replace(spec(), subject=accented), date=DATE)
    assert parse(raw)["Subject"] == accented
