#!/usr/bin/env python3
"""Checks for the boundary-regions output. Run from /work/main: python3 training/writers/boundary-regions/check.py

- every .eml parses with email.policy.default; From, To, Date (with offset), Subject, Message-ID, MIME-Version
- every leaf part decodes, text parts without U+FFFD; no line over 998 octets; ASCII header block
- calendar parts have VEVENT/DTSTART; for interview_invite the DTSTART equals interview_start (shared validator rule)
- labels: the nine keys, known kinds, direction from From vs ACCOUNT, thank_you/follow_up out, employer kinds in,
  other has null fields, interviewers only on invites and thank-yous, reply_by not before Date, interview_start not
  before Date, In-Reply-To only with References, unique Message-IDs
- every mail address and URL host is on .example / example.net|com|org (plus the w3.org/microsoft schema URIs)
- rebuilding gives identical bytes (run with --rebuild)
"""
import datetime as dt
import email
import email.policy
import email.utils
import hashlib
import json
import os
import re
import subprocess
import sys
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "..", "data", "boundary-regions", "messages"))
KINDS = {"application_ack", "recruiter_outreach", "interview_invite", "assessment", "recruiter_reply", "rejection", "offer",
         "thank_you", "follow_up", "other"}
IN_ONLY = KINDS - {"thank_you", "follow_up", "other"}
KEYS = ["file", "kind", "direction", "company", "role", "interview_start", "interviewers", "reply_by", "note"]
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
import textutil  # noqa: E402
from world import COMPANIES  # noqa: E402

BY_LABEL = {}
for _c in COMPANIES:
    import common as _cm  # noqa: E402
    BY_LABEL[_cm.company_label(_c)] = _c

WIN2IANA = {"GMT Standard Time": "Europe/London", "AUS Eastern Standard Time": "Australia/Sydney",
            "E. Australia Standard Time": "Australia/Brisbane", "W. Australia Standard Time": "Australia/Perth",
            "India Standard Time": "Asia/Kolkata", "South Africa Standard Time": "Africa/Johannesburg",
            "Central Standard Time (Mexico)": "America/Mexico_City", "Eastern Standard Time": "America/New_York",
            "Pacific Standard Time": "America/Los_Angeles", "Atlantic Standard Time": "America/Halifax"}
OK_HOST = re.compile(r"(\.example|(^|\.)example\.(net|com|org))$")
problems = []


def bad(w, m):
    problems.append("%s: %s" % (w, m))


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
        zone = ZoneInfo("UTC") if z else ZoneInfo(WIN2IANA.get(tz, tz or "UTC"))
        return dt.datetime.strptime(val, "%Y%m%dT%H%M%S").replace(tzinfo=zone)
    return None


def digest():
    hsh = hashlib.sha256()
    for f in sorted(os.listdir(OUT)):
        hsh.update(f.encode())
        hsh.update(open(os.path.join(OUT, f), "rb").read())
    return hsh.hexdigest()


def main():
    acct = open(os.path.join(OUT, "ACCOUNT")).read().split("\n")
    owner = acct[0].strip().lower()
    ZoneInfo(acct[1].strip())
    labels = [json.loads(x) for x in open(os.path.join(OUT, "labels.jsonl"), encoding="utf-8")]
    files = sorted(f for f in os.listdir(OUT) if f.endswith(".eml"))
    if [l["file"] for l in labels] != files:
        bad("labels", "files and labels differ")
    mids = {}
    for lab in labels:
        w = lab["file"]
        if list(lab) != KEYS:
            bad(w, "keys %s" % list(lab))
        raw = open(os.path.join(OUT, w), "rb").read()
        head = raw.split(b"\r\n\r\n" if b"\r\n\r\n" in raw[:20000] else b"\n\n", 1)[0]
        try:
            head.decode("ascii")
        except UnicodeDecodeError:
            bad(w, "non-ASCII header block")
        for line in raw.split(b"\n"):
            if len(line.rstrip(b"\r")) > 998:
                bad(w, "line over 998 octets")
                break
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for hname in ("From", "To", "Date", "Subject", "Message-ID", "MIME-Version"):
            if msg[hname] is None:
                bad(w, "missing " + hname)
        sent = email.utils.parsedate_to_datetime(str(msg["Date"]))
        if sent.tzinfo is None:
            bad(w, "Date without offset")
        if not (dt.datetime(2025, 1, 1, tzinfo=dt.timezone.utc) <= sent <= dt.datetime(2027, 12, 31, tzinfo=dt.timezone.utc)):
            bad(w, "Date outside 2025-2027")
        m_id = str(msg["Message-ID"])
        if m_id in mids:
            bad(w, "duplicate Message-ID with %s" % mids[m_id])
        mids[m_id] = w
        if msg["In-Reply-To"] is not None and msg["References"] is None:
            bad(w, "In-Reply-To without References")
        alltext = ""
        for part in msg.walk():
            if part.is_multipart():
                continue
            try:
                c = part.get_content()
            except Exception as e:  # noqa
                bad(w, "part %s does not decode: %s" % (part.get_content_type(), e))
                continue
            if isinstance(c, str):
                if "\ufffd" in c:
                    bad(w, "replacement character in %s" % part.get_content_type())
                alltext += c
            if part.get_content_type() == "text/calendar" and ("BEGIN:VEVENT" not in c or not re.search(r"^DTSTART", c, re.M)):
                bad(w, "calendar without VEVENT/DTSTART")
        # hosts
        for hname in ("From", "To", "Cc", "Reply-To", "Sender"):
            for _, a in email.utils.getaddresses([str(x) for x in msg.get_all(hname, [])]):
                if a and not OK_HOST.search(a.split("@")[-1].lower()):
                    bad(w, "address %s not on a reserved domain" % a)
        alltext = alltext.replace("\r\n ", "").replace("\n ", "")
        for host in re.findall(r"https?://([A-Za-z0-9.\-]+)", alltext):
            host = host.lower().rstrip(".")
            if not OK_HOST.search(host) and host not in ("www.w3.org", "schemas.microsoft.com"):
                bad(w, "URL host %s" % host)
        for a in re.findall(r"[\w.+\-]+@([\w\-]+(?:\.[\w\-]+)+)", alltext):
            if not OK_HOST.search(a.lower()):
                bad(w, "address domain %s in body" % a)
        # labels
        k = lab["kind"]
        if k not in KINDS:
            bad(w, "kind " + k)
        frm = email.utils.parseaddr(str(msg["From"]))[1].lower()
        want = "out" if frm == owner else "in"
        if lab["direction"] != want:
            bad(w, "direction %s but From %s" % (lab["direction"], frm))
        if k in IN_ONLY and want != "in":
            bad(w, "%s must be in" % k)
        if k in ("thank_you", "follow_up") and want != "out":
            bad(w, "%s must be out" % k)
        if k == "other" and any(lab[x] is not None for x in ("company", "role", "interview_start", "interviewers", "reply_by")):
            bad(w, "other with fields")
        if lab["interviewers"] is not None and k not in ("interview_invite", "thank_you"):
            bad(w, "interviewers on %s" % k)
        if lab["interviewers"] is not None and not (isinstance(lab["interviewers"], list) and lab["interviewers"]):
            bad(w, "interviewers must be null or a non-empty list")
        if k in ("thank_you",) and not lab["interviewers"]:
            bad(w, "thank_you without interviewers")
        if k != "other" and lab["company"] is None and "company null" not in lab["note"]:
            bad(w, "job mail without company and without a note saying why")
        _, new = textutil.new_text(raw)
        if lab["company"]:
            if lab["company"] not in BY_LABEL:
                bad(w, "unknown company %r" % lab["company"])
            elif not textutil.names_company(msg, new, lab["company"], BY_LABEL[lab["company"]]):
                bad(w, "company %r not named in the message" % lab["company"])
        if lab["role"] and lab["role"] not in new + str(msg["Subject"]):
            bad(w, "role %r not in the new text or subject" % lab["role"])
        if lab["reply_by"]:
            if dt.date.fromisoformat(lab["reply_by"]) < sent.date():
                bad(w, "reply_by before Date")
        if lab["interview_start"]:
            st = dt.datetime.fromisoformat(lab["interview_start"])
            if st.tzinfo is None:
                bad(w, "interview_start without offset")
            if st < sent:
                bad(w, "interview_start before Date")
        if k == "interview_invite":
            cal = ics_start(msg)
            if cal is not None and (lab["interview_start"] is None or dt.datetime.fromisoformat(lab["interview_start"]) != cal):
                bad(w, "calendar DTSTART %s != %s" % (cal, lab["interview_start"]))
        if not lab["note"]:
            bad(w, "empty note")
    if "--rebuild" in sys.argv:
        before = digest()
        subprocess.run([sys.executable, os.path.join(HERE, "build.py")], check=True, stdout=subprocess.DEVNULL)
        if digest() != before:
            bad("rebuild", "output differs between runs")
    for p in problems:
        print("PROBLEM", p)
    print("%d messages, %d problem(s)" % (len(labels), len(problems)))
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
