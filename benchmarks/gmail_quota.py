"""What the Gmail provider costs in calls and quota units, measured on the local server.

Usage: ``python benchmarks/gmail_quota.py [-n 5000] [--window 6]``.

Runs the real google-api-python-client against :mod:`tests.servers.gmail_server`
with Gmail's per-user quota enforced (6,000 units per window; Gmail's window is 60 s,
scaled down here so the run takes seconds, not minutes) and prints:

- the calls and quota units of an idle poll (target: 1 call, 2 units), of a poll with
  10 new messages, and of an idle pass with 0, 5 and 50 open drafts (target: 1 call,
  2 units whatever the drafts), by a long-lived provider and by a new one per pass;
- the calls, units, refused attempts and bytes of a first sync of N messages, and its
  throughput as a fraction of what the quota allows over the same time (target ≥ 0.9,
  with no request failing for good);
- the same first sync done "metadata first" (format=metadata for every message, the
  body only for those a header prefilter keeps), to decide whether that pays.

The mailbox is a synthetic mix shaped like a job seeker's: job mail (some from ATS
vendors with List-Unsubscribe, one misfiled by Gmail under Promotions), newsletters and
promotions with large HTML bodies, social notifications, receipts, personal mail, and
the user's sent mail.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import tempfile
import time
from collections.abc import Callable
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path
from typing import Any

from followthrough.demo.servers import server_module
from followthrough.mail.compose import make_message_id
from followthrough.model import Person
from followthrough.providers.base import DraftRef, DraftSpec
from followthrough.providers.gmail import GmailProvider, classify
from followthrough.providers.gmail_auth import GmailSettings
from followthrough.providers.gmail_batch import run_batches
from followthrough.providers.retry import RetryPolicy

GmailServer = server_module("gmail_server").GmailServer  # test code of the checkout
KINDS = [  # (kind, share, labels, body bytes, bulk headers)
    ("job", 0.04, ("INBOX", "CATEGORY_PERSONAL"), 1_500, False),
    ("ats", 0.02, ("INBOX", "CATEGORY_UPDATES"), 6_000, True),
    ("promo", 0.43, ("INBOX", "CATEGORY_PROMOTIONS"), 24_000, True),
    ("social", 0.12, ("INBOX", "CATEGORY_SOCIAL"), 9_000, True),
    ("receipt", 0.15, ("INBOX", "CATEGORY_UPDATES"), 7_000, True),
    ("personal", 0.18, ("INBOX", "CATEGORY_PERSONAL"), 2_500, False),
    ("sent", 0.06, ("SENT",), 1_800, False),
]
JOB_KINDS = {"job", "ats", "misfiled"}


def make(kind: str, size: int, bulk: bool, i: int, rng: random.Random) -> bytes:
    msg = EmailMessage()
    msg["From"] = f"sender{i % 97} <s{i % 97}@{kind}.example>"
    msg["To"] = "Sam Lee <sam.lee@example.com>"
    msg["Subject"] = f"{kind} message {i}"
    msg["Date"] = format_datetime(dt.datetime.now(dt.UTC))
    msg["Message-ID"] = make_msgid(domain=f"{kind}.example")
    if bulk:
        msg["List-Unsubscribe"] = f"<https://{kind}.example/u/{i}>"
        msg["Precedence"] = "bulk"
    words = " ".join(rng.choice(("alpha", "role", "offer", "team", "week")) for _ in range(40))
    text = f"Hello,\n\n{words}\n"
    msg.set_content(text)
    if size > 4_000:
        html = "<html><body>" + ("<p>" + words + "</p>") * (size // 250) + "</body></html>"
        msg.add_alternative(html, subtype="html")
    return msg.as_bytes()


def corpus(n: int, seed: int = 5) -> list[tuple[str, bytes, tuple[str, ...]]]:
    rng = random.Random(seed)
    out: list[tuple[str, bytes, tuple[str, ...]]] = []
    for i in range(n):
        kind, _, labels, size, bulk = rng.choices(KINDS, weights=[k[1] for k in KINDS])[0]
        if i == n // 2:  # an ATS rejection Gmail filed under Promotions
            kind, labels, size, bulk = "misfiled", ("INBOX", "CATEGORY_PROMOTIONS"), 6_000, True
        out.append((kind, make(kind, size, bulk, i, rng), labels))
    return out


def provider_for(server: GmailServer, folder: Path) -> GmailProvider:
    path = folder / f"gmail-{time.monotonic_ns()}.json"
    server.write_credentials(path)
    settings = GmailSettings(folder / "client_secret.json", path, server.url)
    return GmailProvider(settings, policy=RetryPolicy(tries=12, deadline=600))


def counted(server: GmailServer) -> tuple[int, int, int, int]:
    stats = server.stats()
    calls = sum(s.calls for m, s in stats.items() if m != "batch")
    ok = sum(s.ok for m, s in stats.items() if m != "batch")
    return calls, ok, server.units(), server.http_requests


def first_sync(server: GmailServer, folder: Path, n: int) -> dict[str, Any]:
    provider = provider_for(server, folder)
    server.reset_counters()
    server.set_quota(server.quota_units, server.quota_window)  # an empty window to start
    started = time.monotonic()
    changes = provider.fetch_changes(None)
    fetched = sum(1 for ref in changes.messages if provider.get_message(ref))
    elapsed = time.monotonic() - started
    calls, ok, units, http = counted(server)
    quota = server.quota_units or 1
    # The sliding window lets a client spend `quota` units at once, then `quota` more each
    # time a window has passed: `units` cannot all be spent sooner than this.
    shortest = ((units - 1) // quota) * server.quota_window
    body = server.stats()["batch"].bytes
    provider.close()
    return {
        "listed": len(changes.messages),
        "fetched": fetched,
        "ok_calls": ok,
        "attempts": calls,
        "refused": server.quota_rejections,
        "units": units,
        "http": http,
        "seconds": elapsed,
        "shortest": shortest,
        "fraction": shortest / elapsed if elapsed else 0.0,
        "bytes": body,
        "cursor": changes.cursor,
    }


RULES: dict[str, Callable[[dict[str, Any]], bool]] = {
    "labels (drop Promotions, Social)": lambda m: (
        not (set(m.get("labelIds", [])) & {"CATEGORY_PROMOTIONS", "CATEGORY_SOCIAL"})
    ),
    "labels + List-Unsubscribe": lambda m: (
        not (
            set(m.get("labelIds", [])) & {"CATEGORY_PROMOTIONS", "CATEGORY_SOCIAL"}
            or any(h["name"].lower() == "list-unsubscribe" for h in m["payload"]["headers"])
        )
    ),
}


def metadata_first(
    server: GmailServer, folder: Path, kinds: dict[str, str]
) -> dict[str, dict[str, Any]]:
    """Fetch headers of every message, then bodies of those each prefilter keeps."""
    provider = provider_for(server, folder)
    server.set_quota(None)
    server.reset_counters()
    changes = provider.fetch_changes(None)
    users = provider._users  # the provider's built resources: same client, same transport
    policy = RetryPolicy()

    def batch(ids: list[str], fmt: str) -> dict[str, Any]:
        def factory(ref: str) -> Any:
            extra = {"metadataHeaders": ["List-Unsubscribe", "From", "Subject"]}
            kwargs = {"userId": "me", "id": ref, "format": fmt} | (
                extra if fmt == "metadata" else {}
            )
            return lambda: users.messages().get(**kwargs)

        outcome = run_batches(
            {r: factory(r) for r in ids},
            batch_uri=provider.batch_uri,
            classify=classify,
            policy=policy,
        )
        return outcome.results

    ids = [m.ref for m in changes.messages]
    heads = batch(ids, "metadata")
    head_units, head_bytes = server.units(), server.stats()["batch"].bytes
    out: dict[str, dict[str, Any]] = {}
    for name, keeps in RULES.items():
        keep = {r for r in ids if keeps(heads[r])}
        server.reset_counters()
        batch(sorted(keep), "raw")
        out[name] = {
            "kept": len(keep),
            "units": head_units + server.units(),
            "bytes": head_bytes + server.stats()["batch"].bytes,
            "dropped_jobs": sum(1 for r in ids if r not in keep and kinds.get(r) in JOB_KINDS),
        }
    provider.close()
    return out


def polls(server: GmailServer, folder: Path) -> dict[str, tuple[int, int, int]]:
    server.set_quota(6_000, 60.0)
    provider = provider_for(server, folder)
    cursor = provider.fetch_changes(None).cursor
    for message in provider.fetch_changes(cursor).messages:
        provider.get_message(message)
    out: dict[str, tuple[int, int, int]] = {}
    server.reset_counters()
    cursor = provider.fetch_changes(cursor).cursor
    calls, _, units, http = counted(server)
    out["idle poll"] = (calls, units, http)
    for i in range(10):
        server.add_message(make("job", 1_500, False, 900_000 + i, random.Random(i)))
    server.reset_counters()
    changes = provider.fetch_changes(cursor)
    for message in changes.messages:
        provider.get_message(message)
    calls, _, units, http = counted(server)
    out["poll with 10 new messages"] = (calls, units, http)
    cursor = changes.cursor
    # open drafts: each pass asks their states from the stored cursor, then fetches
    me = Person("Sam Lee", "sam.lee@example.com")
    refs: list[DraftRef] = []
    for n in (0, 5, 50):
        while len(refs) < n:
            to = Person("Dana", f"dana{len(refs)}@acme.example")
            spec = DraftSpec(make_message_id("example.com"), me, to, "Re: x", "Hi\n")
            refs.append(provider.create_draft(spec))
        for _ in range(2):  # settle: the passes after the drafts were made
            seen = provider.draft_states(refs, cursor)
            refs = [seen[r.ref].ref for r in refs]
            cursor = provider.fetch_changes(cursor).cursor
        server.reset_counters()
        provider.draft_states(refs, cursor)
        cursor = provider.fetch_changes(cursor).cursor
        calls, _, units, http = counted(server)
        out[f"idle pass, {n} open drafts, long-lived provider"] = (calls, units, http)
        fresh = provider_for(server, folder)  # `followthrough --sync` from a timer
        server.reset_counters()
        fresh.draft_states(refs, cursor)
        cursor = fresh.fetch_changes(cursor).cursor
        calls, _, units, http = counted(server)
        out[f"idle pass, {n} open drafts, new provider per pass"] = (calls, units, http)
        fresh.close()
    provider.close()
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=5_000, help="messages in the mailbox")
    parser.add_argument("--quota", type=int, default=6_000, help="units per user per window")
    parser.add_argument("--window", type=float, default=12.0, help="quota window, seconds")
    args = parser.parse_args()

    mail = corpus(args.n)
    with GmailServer(quota_units=args.quota, quota_window=args.window) as server:
        kinds: dict[str, str] = {}
        for kind, raw, labels in mail:
            kinds[server.add_message(raw, labels)] = kind
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            print(f"mailbox: {args.n} messages, {sum(len(r) for _, r, _ in mail) / 1e6:.1f} MB")
            print(
                f"quota: {args.quota} units per {args.window:g} s window "
                f"(Gmail: 6,000 per 60 s; scale 1/{60 / args.window:g})\n"
            )
            sync = first_sync(server, folder, args.n)
            print(
                f"first sync of {sync['listed']} messages "
                f"({sync['fetched']} fetched, format=raw, batches of 50):"
            )
            print(
                f"  calls {sync['ok_calls']} ({sync['attempts'] - sync['ok_calls']} refused "
                f"by the quota and retried), units {sync['units']}, "
                f"HTTP requests {sync['http']}, {sync['bytes'] / 1e6:.1f} MB received"
            )
            rate = sync["units"] / sync["seconds"] / (args.quota / args.window)
            print(
                f"  {sync['seconds']:.1f} s; the quota allows these units in no less than "
                f"{sync['shortest']:.1f} s -> throughput = {sync['fraction']:.2f} of what "
                f"the quota allows (average rate {rate:.2f} of the quota's rate)"
            )
            failed = args.n - sync["fetched"]
            print(f"  requests failed for good: {failed}\n")
            for name, (calls, units, http) in polls(server, folder).items():
                print(f"{name}: {calls} call(s), {units} units, {http} HTTP request(s)")
            jobs = sum(1 for k in kinds.values() if k in JOB_KINDS)
            print(
                f"\nmetadata first: format=metadata for all {sync['listed']}, then raw only "
                f"for what a header prefilter keeps ({jobs} job messages in the mailbox):"
            )
            print(
                f"  raw only (what the provider does): units {sync['units']}, "
                f"{sync['bytes'] / 1e6:.1f} MB, job messages dropped 0"
            )
            for name, meta in metadata_first(server, folder, kinds).items():
                print(
                    f"  {name}: kept {meta['kept']}, units {meta['units']} "
                    f"({meta['units'] - sync['units']:+d}), {meta['bytes'] / 1e6:.1f} MB, "
                    f"job messages dropped {meta['dropped_jobs']}"
                )
    return 0 if sync["fetched"] == args.n else 1


if __name__ == "__main__":
    sys.exit(main())
