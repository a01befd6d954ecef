#!/usr/bin/env python3
"""Check the eu-languages output: parse, headers, labels. Run from anywhere; exit 1 on problems."""
import collections
import datetime as dt
import email
import email.policy
import email.utils
import json
import os
import re
import sys
from zoneinfo import ZoneInfo

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import engine  # noqa: E402

MDIR = os.path.normpath(os.path.join(HERE, "..", "..", "data", "eu-languages", "messages"))
KINDS = {"application_ack", "recruiter_outreach", "interview_invite", "assessment", "recruiter_reply", "rejection", "offer",
         "thank_you", "follow_up", "other"}
KEYS = ["file", "kind", "direction", "company", "role", "interview_start", "interviewers", "reply_by", "note"]
WIN = {v: k for k, v in engine.WINDOWS.items()}
VALIDATOR_WIN = {"W. Europe Standard Time": "Europe/Berlin", "Romance Standard Time": "Europe/Paris",
                 "GMT Standard Time": "Europe/London", "Central European Standard Time": "Europe/Warsaw",
                 "Central Europe Standard Time": "Europe/Budapest", "FLE Standard Time": "Europe/Helsinki",
                 "GTB Standard Time": "Europe/Bucharest", "E. South America Standard Time": "America/Sao_Paulo", "UTC": "UTC"}
problems = []


def bad(f, s):
    problems.append(f"{f}: {s}")


def ics_start(msg):
    for part in msg.walk():
        if part.get_content_type() != "text/calendar":
            continue
        text = part.get_content().replace("\r\n ", "").replace("\n ", "")
        text = text[text.find("BEGIN:VEVENT"):]
        m = re.search(r"^DTSTART(?:;TZID=([^:]+))?:(\d{8}T\d{6})(Z?)", text, re.M)
        if not m:
            return "none"
        tz, val, z = m.groups()
        tz = (tz or "").strip('"')
        zone = ZoneInfo("UTC") if z else ZoneInfo(VALIDATOR_WIN.get(tz, tz or "UTC"))
        return dt.datetime.strptime(val, "%Y%m%dT%H%M%S").replace(tzinfo=zone)
    return None


def main():
    account = open(os.path.join(MDIR, "ACCOUNT")).read().split("\n")[0].strip().lower()
    labels = [json.loads(x) for x in open(os.path.join(MDIR, "labels.jsonl"), encoding="utf-8")]
    files = sorted(f for f in os.listdir(MDIR) if f.endswith(".eml"))
    if [l["file"] for l in labels] != files:
        bad("labels", "files and label lines differ")
    mids = collections.Counter()
    for lab in labels:
        f = lab["file"]
        if list(lab) != KEYS:
            bad(f, f"keys {list(lab)}")
        raw = open(os.path.join(MDIR, f), "rb").read()
        head = raw.split(b"\r\n\r\n" if b"\r\n\r\n" in raw[:raw.find(b"\n\n") + 4] else b"\n\n", 1)[0]
        try:
            head.decode("ascii")
        except UnicodeDecodeError:
            bad(f, "non-ASCII header block")
        for ln in raw.split(b"\n"):
            if len(ln) > 998:
                bad(f, "line over 998 octets")
                break
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for h in ("From", "To", "Date", "Subject", "Message-ID", "MIME-Version"):
            if msg[h] is None:
                bad(f, f"missing {h}")
        d = email.utils.parsedate_to_datetime(str(msg["Date"]))
        if d.tzinfo is None:
            bad(f, "Date without offset")
        if not (dt.datetime(2025, 1, 1, tzinfo=dt.timezone.utc) <= d <= dt.datetime(2027, 12, 31, tzinfo=dt.timezone.utc)):
            bad(f, f"Date {d} outside 2025-2027")
        mids[str(msg["Message-ID"])] += 1
        if msg["In-Reply-To"] is not None and msg["References"] is None:
            bad(f, "In-Reply-To without References")
        for part in msg.walk():
            if part.is_multipart():
                continue
            try:
                c = part.get_content()
            except Exception as e:  # noqa
                bad(f, f"part {part.get_content_type()} does not decode: {e}")
                continue
            if isinstance(c, str) and "\ufffd" in c:
                bad(f, f"replacement character in {part.get_content_type()}")
        frm = email.utils.parseaddr(str(msg["From"]))[1].lower()
        want = "out" if frm == account else "in"
        if lab["direction"] != want:
            bad(f, f"direction {lab['direction']} but From {frm}")
        if lab["kind"] not in KINDS:
            bad(f, f"kind {lab['kind']}")
        if lab["kind"] in ("thank_you", "follow_up") and lab["direction"] != "out":
            bad(f, "thank_you/follow_up must be out")
        if lab["kind"] not in ("thank_you", "follow_up", "other") and lab["direction"] != "in":
            bad(f, "employer kind must be in")
        if lab["kind"] == "other" and (lab["company"] or lab["role"] or lab["interview_start"] or lab["interviewers"] or lab["reply_by"]):
            bad(f, "other with fields")
        if lab["kind"] != "other" and not lab["company"] and "confidential" not in lab["note"] and "agency" not in lab["note"]:
            bad(f, "job mail without company")
        if lab["interviewers"] is not None and lab["kind"] not in ("interview_invite", "thank_you"):
            bad(f, "interviewers outside invites/thank-yous")
        if lab["interviewers"] is not None and not (isinstance(lab["interviewers"], list) and lab["interviewers"]):
            bad(f, "interviewers must be a non-empty list or null")
        body = ""
        for part in msg.walk():
            if part.get_content_type() == "text/plain":
                body += part.get_content()
            elif part.get_content_type() == "text/html":
                import html as _h
                body += _h.unescape(part.get_content())
        subj = str(msg["Subject"])
        import world
        dom = world.slug(lab["company"] or "x") + ".example"
        if lab["company"] and lab["company"] not in body + subj + str(msg["From"]) and dom not in str(msg["From"]) + str(msg["To"]):
            # company may sit only in the calendar part
            cal = "".join(p.get_content() for p in msg.walk() if p.get_content_type() == "text/calendar")
            if lab["company"] not in cal and lab["company"] not in "".join(
                    p.get_content() for p in msg.walk() if p.get_content_type() == "text/html"):
                bad(f, f"company {lab['company']} not in the message")
        calx = "".join(p.get_content() for p in msg.walk() if p.get_content_type() == "text/calendar").replace("\r\n ", "").replace("\n ", "")
        if lab["role"] and lab["role"] not in body + subj + calx.replace("\\,", ","):
            import html as _h
            html = _h.unescape("".join(p.get_content() for p in msg.walk() if p.get_content_type() == "text/html"))
            if lab["role"] not in html:
                bad(f, f"role {lab['role']} not in the message")
        cal = ics_start(msg)
        if lab["kind"] == "interview_invite" and cal is not None:
            if lab["interview_start"] is None or dt.datetime.fromisoformat(lab["interview_start"]) != cal:
                bad(f, f"interview_start {lab['interview_start']} != DTSTART {cal}")
        if lab["interview_start"]:
            s = dt.datetime.fromisoformat(lab["interview_start"])
            if s.tzinfo is None:
                bad(f, "interview_start without offset")
            if s < d:
                bad(f, "interview_start before Date")
        if lab["reply_by"]:
            if dt.date.fromisoformat(lab["reply_by"]) < d.date():
                bad(f, "reply_by before Date")
        for iv in lab["interviewers"] or []:
            if iv not in body + subj and iv not in str(msg["To"]) + str(msg["From"]) and "".join(
                    p.get_content() for p in msg.walk() if p.get_content_type() == "text/calendar").find(iv) < 0:
                if lab["kind"] == "thank_you":
                    continue
                bad(f, f"interviewer {iv} not named in the message")
    for k, v in mids.items():
        if v > 1:
            bad(k, "duplicate Message-ID")
    for p in problems:
        print("PROBLEM", p)
    print(f"{len(labels)} messages, {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
