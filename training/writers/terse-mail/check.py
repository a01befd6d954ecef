#!/usr/bin/env python3
"""Check the terse-mail output. Run from /work/main: python3 training/writers/terse-mail/check.py [--rebuild]

- every .eml parses with email.policy.default; From, To, Date (with offset, 2025-2026), Subject, Message-ID,
  MIME-Version; text/plain utf-8; ASCII header block; no line over 998 octets; body decodes without U+FFFD
- labels.jsonl: one line per .eml in file order, the nine keys, known kinds, direction from From vs ACCOUNT,
  thank_you/follow_up out, employer kinds in, outbound kinds only thank_you/follow_up/other, company null on other,
  interviewers only on invites and thank-yous (thank-yous always), interview_start only on invites and after Date,
  reply_by not before Date, role and company findable in the message, unique Message-IDs, In-Reply-To with References
- body length: the new text (above any quote) is short
- all addresses on .example / example.net
- the shared corpus validate.py on a temporary copy (one-line ACCOUNT, NNN names ignored)
- --rebuild: runs build.py twice and compares the sha256 of the output folder (also with another PYTHONHASHSEED)
"""
import collections
import datetime as dt
import email
import email.policy
import email.utils
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
BASE = os.path.normpath(os.path.join(HERE, "..", "..", "data", "terse-mail"))
OUT = os.path.join(BASE, "messages")
SHARED = "/work/shared/corpus/validate.py"
KINDS = {"application_ack", "recruiter_outreach", "interview_invite", "assessment", "recruiter_reply", "rejection", "offer",
         "thank_you", "follow_up", "other"}
OUT_KINDS = {"thank_you", "follow_up", "other"}
IN_ONLY = KINDS - OUT_KINDS
KEYS = ["file", "kind", "direction", "company", "role", "interview_start", "interviewers", "reply_by", "note"]
sys.path.insert(0, HERE)
import world  # noqa: E402

DOMAIN = {c[0]: c[1] for c in world.COMPANIES}
problems = []


def bad(w, s):
    problems.append(f"{w}: {s}")


def folder_hash():
    h = hashlib.sha256()
    for root, dirs, files in sorted(os.walk(BASE)):
        dirs.sort()
        for f in sorted(files):
            p = os.path.join(root, f)
            h.update(os.path.relpath(p, BASE).encode() + b"\0" + open(p, "rb").read())
    return h.hexdigest()


def new_text(body):
    """The part above the first quote attribution line."""
    lines = body.split("\n")
    for i, ln in enumerate(lines):
        if i + 1 < len(lines) and lines[i + 1].startswith(">"):
            return "\n".join(lines[:i])
    return body


def main():
    if "--rebuild" in sys.argv:
        hs = []
        for seed in ("0", "12345"):
            env = dict(os.environ, PYTHONHASHSEED=seed)
            subprocess.run([sys.executable, os.path.join(HERE, "build.py")], check=True, cwd=ROOT, env=env,
                           stdout=subprocess.DEVNULL)
            hs.append(folder_hash())
        print("rebuild sha256:", hs[0], "(same)" if hs[0] == hs[1] else f"DIFFERENT {hs[1]}")
        if hs[0] != hs[1]:
            bad("rebuild", "two builds differ")
    acct = open(os.path.join(OUT, "ACCOUNT")).read().split("\n")
    account = acct[0].strip().lower()
    if acct[1].strip() != world.OWNER_TZ:
        bad("ACCOUNT", "line 2 is not the owner's zone")
    labels = [json.loads(l) for l in open(os.path.join(OUT, "labels.jsonl"), encoding="utf-8")]
    files = sorted(f for f in os.listdir(OUT) if f.endswith(".eml"))
    if [l["file"] for l in labels] != files:
        bad("labels", "labels.jsonl is not one line per .eml in file order")
    mids = {}
    longest = 0
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
        for h in ("From", "To", "Date", "Subject", "Message-ID", "MIME-Version"):
            if msg[h] is None:
                bad(f, f"missing {h}")
        if msg.get_content_type() != "text/plain" or msg.get_content_charset() != "utf-8":
            bad(f, "not text/plain; charset=utf-8")
        sent = email.utils.parsedate_to_datetime(str(msg["Date"]))
        if sent.tzinfo is None:
            bad(f, "Date without offset")
        if not (dt.date(2025, 1, 1) <= sent.date() <= dt.date(2026, 12, 31)):
            bad(f, f"Date {sent} outside 2025-2026")
        mid = str(msg["Message-ID"]).strip()
        if mid in mids:
            bad(f, f"duplicate Message-ID with {mids[mid]}")
        mids[mid] = f
        body = msg.get_content()
        if "\ufffd" in body:
            bad(f, "replacement character")
        nt = [x for x in new_text(body).split("\n") if x.strip()]
        longest = max(longest, len(nt))
        if len(nt) > 9:
            bad(f, f"new text has {len(nt)} non-blank lines")
        if sorted(lab) != sorted(KEYS):
            bad(f, "label keys")
        frm = email.utils.parseaddr(str(msg["From"]))[1].lower()
        want = "out" if frm == account else "in"
        if lab["direction"] != want:
            bad(f, f"direction {lab['direction']} but From {frm}")
        k = lab["kind"]
        if k not in KINDS:
            bad(f, f"kind {k}")
        if (k in IN_ONLY and want != "in") or (want == "out" and k not in OUT_KINDS) or (k in ("thank_you", "follow_up") and want != "out"):
            bad(f, f"{k} with direction {want}")
        if k == "other" and any(lab[x] is not None for x in ("company", "role", "interview_start", "interviewers", "reply_by")):
            bad(f, "fields on other")
        if lab["interviewers"] is not None and k not in ("interview_invite", "thank_you"):
            bad(f, "interviewers outside invites/thank-yous")
        if k == "thank_you" and not lab["interviewers"]:
            bad(f, "thank_you without interviewers")
        if lab["interview_start"]:
            if k != "interview_invite":
                bad(f, "interview_start outside invites")
            elif dt.datetime.fromisoformat(lab["interview_start"]) <= sent:
                bad(f, "interview before the message")
        if lab["reply_by"] and dt.date.fromisoformat(lab["reply_by"]) < sent.date():
            bad(f, "reply_by before Date")
        subj = str(msg["Subject"])
        top = subj + "\n" + new_text(body)
        if lab["role"] and lab["role"] not in top:
            bad(f, f"role {lab['role']!r} not in the subject or new text")
        if lab["company"]:
            txt = subj + str(msg["From"]) + str(msg["To"]) + body
            if lab["company"] not in txt and DOMAIN[lab["company"]] not in txt:
                bad(f, f"company {lab['company']!r} not in the message")
        for iv in lab["interviewers"] or []:
            if iv not in body and iv not in str(msg["From"]) + str(msg["To"]):
                bad(f, f"interviewer {iv!r} not in the message")
        if msg["In-Reply-To"] is not None and msg["References"] is None:
            bad(f, "In-Reply-To without References")
        for a in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", " ".join([str(msg["From"]), str(msg["To"]), body])):
            if not (a.endswith(".example") or a == "example.net"):
                bad(f, f"domain {a} not reserved")
        for u in re.findall(r"https?://([\w.-]+)", body):
            if not u.endswith(".example"):
                bad(f, f"URL host {u} not reserved")
    # the shared validator over a temp copy laid out like a corpus batch
    tmp = tempfile.mkdtemp()
    try:
        shutil.copy(SHARED, tmp)
        shutil.copytree(OUT, os.path.join(tmp, "messages"))
        with open(os.path.join(tmp, "messages", "ACCOUNT"), "w") as fh:
            fh.write(account + "\n")
        os.makedirs(os.path.join(tmp, "scenarios"))
        res = subprocess.run([sys.executable, os.path.join(tmp, "validate.py")], capture_output=True, text=True)
        shared = [l for l in res.stdout.splitlines() if l.startswith("PROBLEM") and "name is not NNN.eml" not in l
                  and "scenarios: none" not in l]
        for l in shared:
            bad("shared validate.py", l)
        print(f"shared validate.py: {len(shared)} problem(s) besides NNNN names and the missing scenarios")
    finally:
        shutil.rmtree(tmp)
    kinds = collections.Counter((l["kind"], l["direction"]) for l in labels)
    print("kinds:", dict(sorted(kinds.items())))
    print(f"longest new text: {longest} non-blank lines")
    for p in problems:
        print("PROBLEM", p)
    print(f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
