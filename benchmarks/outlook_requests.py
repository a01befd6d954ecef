"""Count the Graph requests an Outlook sync costs, against the local Graph server.

Usage: ``python benchmarks/outlook_requests.py [-n 200] [--page-size 50]``.

Signs in with the device-code flow against the local identity server, fills the inbox
with N messages (and a tenth as many in Sent Items), then prints the requests of a
first sync, of an idle poll (target: 2, one delta request per folder), of a poll
that finds 10 new messages (2 delta requests + 10 ``$value`` downloads), of an idle
pass with 0, 5 and 50 open drafts by a new provider each pass (target: at most 3, the
Drafts delta added, whatever the drafts), and the token endpoint calls made after
sign-in (target: 0 while the access token is valid).
"""

from __future__ import annotations

import argparse
import io
import os
import tempfile
import time
from pathlib import Path

from followthrough.config import Config, parse
from followthrough.demo.servers import server_module
from followthrough.mail.compose import make_message_id
from followthrough.model import Person
from followthrough.providers.base import DraftRef, DraftSpec
from followthrough.providers.outlook import OutlookProvider
from followthrough.providers.outlook_auth import sign_in

GraphServer = server_module("graph_server").GraphServer  # test code of the checkout
ME = ("Sam Lee", "sam.lee@example.com")


def message(n: int, *, sent: bool = False) -> bytes:
    sender, to = (ME[1], "dana@acme.example") if sent else ("dana@acme.example", ME[1])
    return (
        f"From: {sender}\r\nTo: {to}\r\nSubject: Interview update #{n}\r\n"
        f"Date: Mon, 03 Mar 2025 10:00:00 +0000\r\nMessage-ID: <bench{n}@acme.example>\r\n"
        f"\r\nHello #{n}\r\n"
    ).encode()


def poll(server: GraphServer, provider: OutlookProvider, cursor: str | None) -> tuple[str, int]:
    """One sync as the service does it: the delta, then each new message's MIME."""
    before = server.graph_requests()
    changes = provider.fetch_changes(cursor)
    for ref in changes.messages:
        provider.get_message(ref)
    return changes.cursor, server.graph_requests() - before


def draft_passes(server: GraphServer, cfg: Config, cursor: str) -> list[tuple[int, int]]:
    """(open drafts, requests of an idle pass) for 0, 5 and 50 drafts: each pass asks
    the drafts' states from the stored cursor, then fetches, as the service does."""
    out: list[tuple[int, int]] = []
    refs: list[DraftRef] = []
    parents = [m.id for m in server.in_folder("inbox")]
    for n in (0, 5, 50):
        maker = OutlookProvider.from_config(cfg)
        while len(refs) < n:
            spec = DraftSpec(
                make_message_id("example.com"),
                Person(*ME),
                Person("Dana", "dana@acme.example"),
                "Re: Interview update",
                "Hi Dana,\n",
                reply_to_ref=parents[len(refs)],
            )
            refs.append(maker.create_draft(spec))
        maker.draft_states(refs, cursor)  # the pass after the drafts were made
        cursor = maker.fetch_changes(cursor).cursor
        maker.close()
        fresh = OutlookProvider.from_config(cfg)  # `followthrough --sync` from a timer
        before = server.graph_requests()
        fresh.draft_states(refs, cursor)
        cursor = fresh.fetch_changes(cursor).cursor
        out.append((n, server.graph_requests() - before))
        fresh.close()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=200, help="messages in the inbox at first")
    parser.add_argument("--page-size", type=int, default=50, help="odata.maxpagesize")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp, GraphServer(Path(tmp), owner=ME) as server:
        os.environ["REQUESTS_CA_BUNDLE"] = str(server.ca_path)
        cfg = parse(
            {
                "account": {"address": ME[1], "name": ME[0], "timezone": "UTC"},
                "mailbox": {"provider": "outlook"},
                "outlook": server.outlook_config(Path(tmp) / "msal_cache.json"),
            }
        )
        sign_in(cfg, interactive=False, out=io.StringIO())
        for i in range(args.n):
            server.deliver(message(i))
        for i in range(args.n // 10):
            server.deliver(message(100_000 + i, sent=True), "sentitems")
        server.counts.clear()
        provider = OutlookProvider.from_config(cfg)
        provider.page_size = args.page_size
        started = time.perf_counter()
        cursor, first = poll(server, provider, None)
        seconds = time.perf_counter() - started
        total = args.n + args.n // 10
        print(f"first sync of {total} messages: {first} requests in {seconds:.2f}s")
        cursor, idle = poll(server, provider, cursor)
        print(f"idle poll: {idle} requests (target 2, one per folder)")
        for i in range(10):
            server.deliver(message(200_000 + i))
        cursor, busy = poll(server, provider, cursor)
        print(f"poll with 10 new messages: {busy} requests (2 delta + 10 downloads)")
        for n, requests in draft_passes(server, cfg, cursor):
            print(f"idle pass, {n} open drafts, new provider: {requests} requests (target <= 3)")
        print(f"token endpoint calls after sign-in: {server.counts['id:token']}")
        provider.close()


if __name__ == "__main__":
    main()
