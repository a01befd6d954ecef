#!/usr/bin/env python3
"""Check the people-threads output: the shared validator's message checks plus a few more.

Run from /work/main: python3 training/writers/people-threads/check.py
"""
import collections
import datetime as dt
import email
import email.policy
import email.utils
import json
import os
import re
import shutil
import subprocess
import sys

sys.dont_write_bytecode = True
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "..", "data", "people-threads", "messages"))
SHARED = "/work/shared/corpus/validate.py"
problems = []


def bad(w, s):
    problems.append(f"{w}: {s}")


def main():
    sys.path.insert(0, os.path.dirname(SHARED))
    import validate as V  # the shared checks, reused (read-only)
    sys.path.insert(0, HERE)
    global PP
    import people as PP
    acct = open(os.path.join(OUT, "ACCOUNT")).read().split("\n")
    account = acct[0].strip().lower()
    labels = [json.loads(l) for l in open(os.path.join(OUT, "labels.jsonl"), encoding="utf-8")]
    files = sorted(f for f in os.listdir(OUT) if f.endswith(".eml"))
    if len(files) != len(labels):
        bad("labels", f"{len(files)} files but {len(labels)} labels")
    mids = {}
    msgs = {}
    for lab in labels:
        f = lab["file"]
        if not re.fullmatch(r"\d{4}\.eml", f):
            bad(f, "name is not NNNN.eml")
        raw = open(os.path.join(OUT, f), "rb").read()
        head = re.split(rb"\r?\n\r?\n", raw, 1)[0]
        try:
            head.decode("ascii")
        except UnicodeDecodeError:
            bad(f, "non-ASCII header block")
        if any(len(x) > 998 for x in raw.split(b"\n")):
            bad(f, "line over 998 octets")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        msgs[f] = msg
        for h in ("From", "To", "Date", "Subject", "Message-ID", "MIME-Version"):
            if msg[h] is None:
                bad(f, f"missing {h}")
        sent = email.utils.parsedate_to_datetime(str(msg["Date"]))
        if sent.tzinfo is None:
            bad(f, "Date without offset")
        if not (dt.date(2025, 1, 1) <= sent.date() <= dt.date(2027, 12, 31)):
            bad(f, f"Date {sent} outside 2025-2027")
        mid = str(msg["Message-ID"]).strip()
        if mid in mids:
            bad(f, f"duplicate Message-ID with {mids[mid]}")
        mids[mid] = f
        for part in msg.walk():
            if part.is_multipart():
                continue
            try:
                c = part.get_content()
                if isinstance(c, str) and "\ufffd" in c:
                    bad(f, f"replacement character in {part.get_content_type()}")
            except Exception as e:  # noqa
                bad(f, f"part does not decode: {e}")
        if sorted(lab) != sorted(V.KEYS):
            bad(f, "label keys")
        frm = email.utils.parseaddr(str(msg["From"]))[1].lower()
        want = "out" if frm == account else "in"
        if lab["direction"] != want:
            bad(f, f"direction {lab['direction']} but From {frm}")
        k = lab["kind"]
        if k not in V.KINDS:
            bad(f, f"kind {k}")
        if k in V.IN_ONLY and want != "in" or k in V.OUT_ONLY and want != "out":
            bad(f, f"{k} with direction {want}")
        if k == "other" and lab["company"] is not None:
            bad(f, "company on other")
        if lab["interviewers"] is not None and k not in ("interview_invite", "thank_you"):
            bad(f, "interviewers outside invites/thank-yous")
        if k == "thank_you" and not lab["interviewers"]:
            bad(f, "thank_you without interviewers")
        if lab["interview_start"] and k != "interview_invite":
            bad(f, "interview_start outside invites")
        if k == "interview_invite":
            cal = V.ics_start(msg)
            if cal is not None and (lab["interview_start"] is None or dt.datetime.fromisoformat(lab["interview_start"]) != cal):
                bad(f, f"interview_start {lab['interview_start']} != calendar {cal}")
            if lab["interview_start"] and dt.datetime.fromisoformat(lab["interview_start"]) < sent:
                bad(f, "interview before the message")
        if lab["reply_by"] and dt.date.fromisoformat(lab["reply_by"]) < sent.date():
            bad(f, "reply_by before Date")
        if lab["role"] and lab["role"] not in (str(msg["Subject"]) + str(msg.get_body(("plain", "html")).get_content() if msg.get_body(("plain", "html")) else "")):
            bad(f, f"role {lab['role']!r} not found in the message")
        if lab["company"] and lab["kind"] != "other":
            body = msg.get_body(("plain", "html"))
            txt = str(msg["Subject"]) + str(msg["From"]) + str(msg["To"]) + str(msg["Cc"]) + (body.get_content() if body else "")
            dom = [c[1] for c in PP.COMPANIES if c[0] == lab["company"]][0]
            if lab["company"] not in txt and dom not in txt:
                bad(f, f"company {lab['company']!r} not in the message")
        if msg["In-Reply-To"] is not None and msg["References"] is None:
            bad(f, "In-Reply-To without References")
        for a in re.findall(r"[\w.+-]+@([\w.-]+)", str(msg["From"]) + str(msg["To"]) + str(msg["Cc"] or "")):
            if not a.endswith((".example", "example.net")):
                bad(f, f"domain {a} not reserved")
    # thread consistency: every In-Reply-To/References id that we wrote must exist in the set (except quoted-only internal)
    dangling = 0
    for f, msg in msgs.items():
        irt = msg["In-Reply-To"]
        if irt and str(irt).strip() not in mids:
            dangling += 1
        if irt and str(irt).strip() in mids:
            parent = msgs[mids[str(irt).strip()]]
            pd = email.utils.parsedate_to_datetime(str(parent["Date"]))
            if pd >= email.utils.parsedate_to_datetime(str(msg["Date"])):
                bad(f, f"dated before/at its parent {mids[str(irt).strip()]}")
        if irt and str(msg["References"]).split()[-1] != str(irt).strip():
            bad(f, "last References id is not In-Reply-To")
    # shared validator over a temp copy (names NNNN are outside its NNN pattern: those lines are ignored)
    tmp = tempfile.mkdtemp()
    try:
        shutil.copy(SHARED, tmp)
        shutil.copytree(OUT, os.path.join(tmp, "messages"))
        with open(os.path.join(tmp, "messages", "ACCOUNT"), "w") as fh:
            fh.write(account + "\n")
        os.makedirs(os.path.join(tmp, "scenarios"))
        res = subprocess.run([sys.executable, os.path.join(tmp, "validate.py")], capture_output=True, text=True)
        shared = [l for l in res.stdout.splitlines() if l.startswith("PROBLEM") and "name is not NNN.eml" not in l and "scenarios: none" not in l]
        for l in shared:
            bad("shared validate.py", l)
    finally:
        shutil.rmtree(tmp)
    kinds = collections.Counter((l["kind"], l["direction"]) for l in labels)
    print("kinds:", dict(sorted(kinds.items())))
    print(f"threaded replies: {sum(1 for m in msgs.values() if m['In-Reply-To'])}, dangling In-Reply-To (parent not in mailbox): {dangling}")
    if dangling:
        bad("threads", f"{dangling} In-Reply-To ids point at no message in the mailbox")
    for p in problems:
        print("PROBLEM", p)
    print(f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
