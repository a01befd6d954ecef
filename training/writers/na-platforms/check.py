#!/usr/bin/env python3
"""Check the na-platforms batch: the shared validate.py message checks, plus label-vs-text checks.

python3 training/writers/na-platforms/check.py [--stats]
Exit 1 on any problem.
"""
import collections
import datetime as dt
import email
import email.policy
import email.utils
import html
import json
import os
import re
import sys
import unicodedata
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
MDIR = os.path.normpath(os.path.join(HERE, "..", "..", "data", "na-platforms", "messages"))
KINDS = {"application_ack", "recruiter_outreach", "interview_invite", "assessment", "recruiter_reply",
         "rejection", "offer", "thank_you", "follow_up", "other"}
IN_ONLY = {"application_ack", "recruiter_outreach", "interview_invite", "assessment", "recruiter_reply", "rejection", "offer"}
OUT_ONLY = {"thank_you", "follow_up"}
KEYS = ["file", "kind", "direction", "company", "role", "interview_start", "interviewers", "reply_by", "note"]
WINDOWS_TZ = {"Eastern Standard Time": "America/New_York", "Central Standard Time": "America/Chicago",
              "Mountain Standard Time": "America/Denver", "US Mountain Standard Time": "America/Phoenix",
              "Pacific Standard Time": "America/Los_Angeles", "Atlantic Standard Time": "America/Halifax",
              "Canada Central Standard Time": "America/Regina", "UTC": "UTC"}
ALLOWED_HOST = re.compile(r"(\.example|\.test|^example\.com|\.example\.com)$", re.I)
NS_HOSTS = {"www.w3.org", "schemas.microsoft.com"}
problems = []


def bad(w, m):
    problems.append(f"{w}: {m}")


def ics_start(msg):
    for part in msg.walk():
        if part.get_content_type() != "text/calendar":
            continue
        text = part.get_content().replace("\r\n ", "").replace("\n ", "")
        text = text[text.find("BEGIN:VEVENT"):]
        m = re.search(r"^DTSTART(?:;TZID=([^:]+))?:(\d{8}T\d{6})(Z?)", text, re.M)
        if not m:
            return None
        tz, val, z = m.groups()
        tz = (tz or "").strip('"')
        zone = ZoneInfo("UTC") if z else ZoneInfo(WINDOWS_TZ.get(tz, tz or "UTC"))
        return dt.datetime.strptime(val, "%Y%m%dT%H%M%S").replace(tzinfo=zone)
    return None


def all_text(msg):
    chunks = [str(msg["Subject"] or ""), str(msg["From"] or ""), str(msg["To"] or ""), str(msg["Cc"] or ""),
              str(msg["Reply-To"] or "")]
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        if ct.startswith("text/"):
            c = part.get_content()
            if ct == "text/html":
                c = html.unescape(re.sub(r"<[^>]+>", " ", c))
            if ct == "text/calendar":
                c = c.replace("\r\n ", "").replace("\n ", "").replace("\\,", ",").replace("\\;", ";").replace("\\n", "\n")
            chunks.append(c)
        elif ct == "message/rfc822":
            chunks.append(str(part))
    return "\n".join(chunks)


def norm_slug(s):
    s = unicodedata.normalize("NFKD", s)
    return re.sub(r"[^a-z]", "", "".join(c for c in s if not unicodedata.combining(c)).lower())


def norm(s):
    s = unicodedata.normalize("NFC", s)
    return re.sub(r"\s+", " ", s)


def main():
    stats = "--stats" in sys.argv
    account = open(os.path.join(MDIR, "ACCOUNT")).read().split("\n")[0].strip().lower()
    emls = sorted(f for f in os.listdir(MDIR) if f.endswith(".eml"))
    seen = set()
    mids = collections.Counter()
    counts = collections.Counter()
    hdrs = collections.Counter()
    fields = collections.Counter()
    for n, line in enumerate(open(os.path.join(MDIR, "labels.jsonl"), encoding="utf-8"), 1):
        w = f"labels:{n}"
        lab = json.loads(line)
        if sorted(lab) != sorted(KEYS):
            bad(w, "keys")
            continue
        f = lab["file"]
        w = f
        seen.add(f)
        raw = open(os.path.join(MDIR, f), "rb").read()
        if not re.fullmatch(r"\d{4}\.eml", f):
            bad(w, "name")
        head = raw.split(b"\r\n\r\n" if raw.split(b"\n", 1)[0].endswith(b"\r") else b"\n\n", 1)[0]
        try:
            head.decode("ascii")
        except UnicodeDecodeError:
            bad(w, "non-ASCII header block")
        for l in raw.split(b"\n"):
            if len(l) > 998:
                bad(w, "line over 998 octets")
                break
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for h in ("From", "To", "Date", "Subject", "Message-ID", "MIME-Version"):
            if msg[h] is None:
                bad(w, f"missing {h}")
        for h in ("List-Unsubscribe", "Precedence", "Auto-Submitted", "X-Auto-Response-Suppress", "Reply-To", "In-Reply-To",
                  "Thread-Index", "Feedback-ID", "X-SG-EID", "X-Mailgun-Sid", "DKIM-Signature"):
            if msg[h] is not None:
                hdrs[h] += 1
        mids[str(msg["Message-ID"])] += 1
        sent = email.utils.parsedate_to_datetime(str(msg["Date"]))
        if sent.tzinfo is None:
            bad(w, "Date without offset")
        for part in msg.walk():
            if part.is_multipart():
                continue
            try:
                c = part.get_content()
                if isinstance(c, str) and "\ufffd" in c:
                    bad(w, f"replacement char in {part.get_content_type()}")
            except Exception as e:  # noqa
                bad(w, f"part does not decode: {e}")
            if part.get_content_type() == "text/calendar":
                t = part.get_content()
                if "BEGIN:VEVENT" not in t or not re.search(r"^DTSTART", t, re.M):
                    bad(w, "calendar without VEVENT/DTSTART")
        k = lab["kind"]
        if k not in KINDS:
            bad(w, "kind")
        frm = email.utils.parseaddr(str(msg["From"]))[1].lower()
        want = "out" if frm == account else "in"
        if lab["direction"] != want:
            bad(w, f"direction {lab['direction']} vs From {frm}")
        if k in IN_ONLY and lab["direction"] != "in":
            bad(w, "must be in")
        if k in OUT_ONLY and lab["direction"] != "out":
            bad(w, "must be out")
        if msg["In-Reply-To"] is not None and msg["References"] is None:
            bad(w, "In-Reply-To without References")
        if k == "other" and lab["company"] is not None:
            bad(w, "company on other")
        if lab["interviewers"] is not None and k not in ("interview_invite", "thank_you"):
            bad(w, "interviewers outside invite/thank_you")
        if lab["interview_start"] is not None and k != "interview_invite":
            bad(w, "interview_start outside invite")
        if not lab["note"]:
            bad(w, "empty note")
        cal = ics_start(msg)
        if k == "interview_invite":
            if cal is not None:
                if lab["interview_start"] is None or dt.datetime.fromisoformat(lab["interview_start"]) != cal:
                    bad(w, f"interview_start {lab['interview_start']} != DTSTART {cal}")
            if lab["interview_start"]:
                s = dt.datetime.fromisoformat(lab["interview_start"])
                if s.tzinfo is None:
                    bad(w, "start without offset")
                if s < sent:
                    bad(w, "start before Date")
        if lab["reply_by"]:
            rb = dt.date.fromisoformat(lab["reply_by"])
            if rb < sent.date():
                bad(w, "reply_by before Date")
        text = norm(all_text(msg))
        for fld in ("company", "role"):
            v = lab[fld]
            if v and norm(v) not in text:
                dom = frm.split("@")[-1]
                if not (fld == "company" and "domain" in lab["note"] and norm_slug(v.split()[0]) in dom):
                    bad(w, f"{fld} {v!r} not in message text")
        for p in lab["interviewers"] or []:
            if norm(p) not in text:
                bad(w, f"interviewer {p!r} not in text")
        # domains
        for host in re.findall(r"https?://([A-Za-z0-9.\-]+)", text):
            if host.lower() not in NS_HOSTS and not ALLOWED_HOST.search(host):
                bad(w, f"host {host}")
        for a in re.findall(r"[A-Za-z0-9._%+\-=]+@([A-Za-z0-9.\-]+\.[A-Za-z]{2,})", text):
            if not ALLOWED_HOST.search(a):
                bad(w, f"mail domain {a}")
        counts[(k, lab["direction"])] += 1
        for fld in ("company", "role", "interview_start", "interviewers", "reply_by"):
            if lab[fld]:
                fields[fld] += 1
    for f in emls:
        if f not in seen:
            bad(f, "no label")
    for m, c in mids.items():
        if c > 1:
            bad("Message-ID", f"{m} used {c} times")
    for p in problems:
        print("PROBLEM", p)
    if stats:
        for k in sorted(KINDS):
            print(f"{k:20s} in={counts[(k, 'in')]:4d} out={counts[(k, 'out')]:4d}")
        print("total", sum(counts.values()))
        print("fields", dict(fields))
        print("headers", dict(hdrs))
    print(f"{len(problems)} problem(s)")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
