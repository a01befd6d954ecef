#!/usr/bin/env python3
"""Generator for the boundary-regions training mailbox.

Run from /work/main:  python3 training/writers/boundary-regions/build.py
It deletes training/data/boundary-regions/ and rewrites messages/NNNN.eml, messages/labels.jsonl and
messages/ACCOUNT, byte for byte the same on every run (seeded randomness, fixed dates, no clock).
Standard library only (Python 3.11).
"""
import sys

sys.dont_write_bytecode = True

import datetime as dt  # noqa: E402
import email  # noqa: E402
import email.policy  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import random  # noqa: E402
import shutil  # noqa: E402
from zoneinfo import ZoneInfo  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import common as cm  # noqa: E402
import jobs_a  # noqa: E402
import jobs_b  # noqa: E402
import jobs_c  # noqa: E402
import kit  # noqa: E402
import others_a  # noqa: E402
import others_b  # noqa: E402
import sent  # noqa: E402
import textutil  # noqa: E402
from world import AGENCIES, COMPANIES, OWNER, OWNER_TZ  # noqa: E402

SEED = "boundary-regions-2025"
WRITER = "boundary-regions"
OUT = os.path.normpath(os.path.join(HERE, "..", "..", "data", WRITER))
START = dt.datetime(2025, 3, 3, tzinfo=ZoneInfo(OWNER_TZ))
END = dt.datetime(2027, 2, 26, tzinfo=ZoneInfo(OWNER_TZ))

# when Maya looks at each region (her search moves: Ireland/UK throughout, then India, Mexico, South Africa,
# Australia on a working-holiday visa, Canada on IEC)
WINDOWS = {"IE": ((2025, 3, 3), (2027, 1, 10)), "UK": ((2025, 3, 10), (2026, 12, 20)), "IN": ((2025, 6, 2), (2026, 4, 30)),
           "MX": ((2025, 8, 18), (2026, 7, 15)), "ZA": ((2025, 10, 6), (2026, 8, 30)), "AU": ((2026, 2, 9), (2027, 1, 20)),
           "CA": ((2026, 4, 6), (2027, 1, 25))}
PORTALS = {"trac", "nhsjobs", "csjobs", "civic", "rol", "aps", "gcjobs", "etbjobs", "applytoeducation", "jobtrain",
           "pageup", "peoplesoft", "coreats"}
ROLE_TITLES = {}


def dday(t):
    return dt.datetime(t[0], t[1], t[2], tzinfo=ZoneInfo(OWNER_TZ))


def at_local(rng, base, zone, lo=8, hi=18):
    d = base.astimezone(ZoneInfo(zone))
    if lo >= 7 and d.weekday() >= 5 and rng.random() < 0.85:
        d = d + dt.timedelta(days=7 - d.weekday())
    return dt.datetime(d.year, d.month, d.day, rng.randint(lo, hi - 1), rng.randint(0, 59), rng.randint(0, 59),
                       tzinfo=ZoneInfo(zone))


def pick_people(rng, c, n):
    pool = c["people"][1:] or c["people"]
    n = min(n, len(pool))
    return rng.sample(pool, n)


def interview_time(rng, after, zone, sub):
    d = after.astimezone(ZoneInfo(zone)) + dt.timedelta(days=rng.randint(3, 12))
    day = kit.shift_weekday(d.date())
    if sub == "walkin":
        hh, mm = rng.choice([(10, 0), (9, 30), (11, 0)])
    elif sub == "trial":
        hh, mm = rng.choice([(11, 0), (16, 0), (17, 30)])
    elif sub in ("centre", "schoolday"):
        hh, mm = rng.choice([(8, 30), (9, 0), (9, 30)])
    else:
        hh, mm = rng.randint(9, 16), rng.choice([0, 0, 15, 30, 30, 45])
    return dt.datetime(day.year, day.month, day.day, hh, mm, tzinfo=ZoneInfo(zone))


def choose_invite_sub(rng, app):
    c = app["c"]
    r = rng.random()
    if c["region"] == "IN" and r < 0.3:
        return "walkin"
    if c["sector"] == "hospitality" and r < 0.35:
        return "trial"
    if c["sector"] == "education" and c["vendor"] == "email" and r < 0.4:
        return "schoolday"
    if c["sector"] == "graduate" and r < 0.45:
        return "centre"
    if app["vendor"] in PORTALS and r < 0.45:
        return rng.choice(["portal", "portal_book"])
    if app.get("agency") and r < 0.5:
        return "agency"
    return rng.choice(["human", "human", "noword", "gcal", "gcal", "outlook", "outlook", "booking", "availability"])


def make_apps(rng):
    apps = []
    n = 0
    for c in COMPANIES:
        k = 2 if rng.random() < 0.5 else 1
        for role in rng.sample(c["roles"], k):
            n += 1
            lo, hi = WINDOWS[c["region"]]
            span = (dday(hi) - dday(lo)).days
            start = dday(lo) + dt.timedelta(days=rng.randint(0, span - 40))
            ag = None
            if c["sector"] in ("healthcare", "education", "hospitality", "retail") and rng.random() < 0.16:
                cands = [a for a in AGENCIES if a["region"] == c["region"] and a.get("sector") in (None, c["sector"])]
                ag = cands[0] if cands else None
            vendor = c["vendor"] or "email"
            channel = "email" if vendor == "email" else ("board" if rng.random() < 0.2 else "ats")
            ref = {"UK": "%03d-%s-%04d", "IE": "%03d%s%04d", "IN": "HR/%03d/%s/%04d", "AU": "%03d%s%04d",
                   "ZA": "REF%03d%s%04d", "MX": "VAC-%03d-%s-%04d", "CA": "%03d-%s-%04d"}[c["region"]] % (
                rng.randint(100, 999), rng.choice(["A", "B", "HR", "GEN", "PH", "ED"]), rng.randint(1000, 9999))
            apps.append(dict(id="A%03d" % n, c=c, role=role, lang=c["lang"], vendor=vendor, channel=channel,
                             company=cm.company_label(c), ref=ref, start=start, agency=ag, thread=[], interviews=[],
                             applied=None))
    return apps


def plan(app, rng):
    """Random walk over the hiring process: a list of events (kind, sub, date, extras)."""
    c = app["c"]
    zone = c["zone"]
    t = app["start"]
    ev = []

    def add(kind, sub=None, gap=(1, 5), lo=8, hi=18, **kw):
        nonlocal t
        t = t + dt.timedelta(days=rng.randint(*gap), hours=rng.randint(0, 6))
        d = at_local(rng, t, zone, lo, hi)
        e = dict(kind=kind, sub=sub, date=d)
        e.update(kw)
        ev.append(e)
        return e

    r = rng.random()
    outreach = r < 0.30 or app["agency"] is not None
    if outreach:
        conf = app["agency"] is not None and rng.random() < 0.4
        first = add("recruiter_outreach", "inmail" if (app["agency"] is None and rng.random() < 0.15) else None, gap=(0, 2),
                    confidential=conf)
        if rng.random() < 0.22:
            add("recruiter_outreach", "nudge", gap=(4, 8), confidential=conf)
        if rng.random() < 0.35 and app["agency"] is None:
            add("application_ack", app["channel"], gap=(1, 4), lo=0, hi=24)
            app["applied"] = t
    elif r < 0.93:
        add("application_ack", app["channel"], gap=(0, 1), lo=0, hi=24)
        app["applied"] = t
    else:
        app["applied"] = t
    # early exits
    if rng.random() < 0.25:
        if rng.random() < 0.3:
            add("follow_up", None, gap=(8, 15), lo=8, hi=21)
        add("rejection", rng.choice(["not_shortlisted", "standard", "portal", "filled", "cancelled"]), gap=(7, 30), lo=0, hi=24)
        return ev
    if app["vendor"] in PORTALS and rng.random() < 0.3:
        add("recruiter_reply", "portal", gap=(3, 12), lo=0, hi=24)
    p_ass = 0.7 if c["sector"] in ("graduate", "public") else 0.28
    if rng.random() < p_ass:
        add("assessment", "takehome" if rng.random() < 0.2 else "vendor", gap=(3, 10), lo=0, hi=24)
        if rng.random() < 0.3:
            add("assessment", "reminder", gap=(2, 4), lo=0, hi=24)
        if rng.random() < 0.22:
            add("rejection", "failed_test", gap=(4, 12), lo=0, hi=24)
            return ev
    if rng.random() < 0.32:
        sub = rng.choice(["shortlisted", "docs", "reviewing", "reviewing", "onhold", "references"])
        add("recruiter_reply", sub, gap=(3, 12))
        if sub == "docs" and rng.random() < 0.3:
            add("other_out", "documents", gap=(0, 2))
        if sub == "onhold" and rng.random() < 0.4:
            return ev
    if rng.random() < 0.1:
        add("rejection", rng.choice(["standard", "not_shortlisted"]), gap=(5, 20), lo=0, hi=24)
        return ev
    if rng.random() < 0.14:
        add("follow_up", None, gap=(8, 15), lo=8, hi=21)
        if rng.random() < 0.5:
            add("recruiter_reply", "followup", gap=(1, 4))
    rounds = 1 + (1 if rng.random() < 0.12 else 0)
    for rd in range(rounds):
        sub = choose_invite_sub(rng, app)
        people = pick_people(rng, c, rng.choice([1, 1, 2, 2, 3]))
        e = add("interview_invite", sub, gap=(3, 14) if rd == 0 else (5, 12), lo=0 if sub.startswith("portal") else 8,
                hi=24 if sub.startswith("portal") else 18, interviewers=people)
        if sub in ("booking", "availability", "portal_book"):
            e["start"] = None
            if rng.random() < 0.5:
                sub2 = rng.choice(["gcal", "outlook", "human", "human"] + (["portal"] if app["vendor"] in PORTALS else []))
                e = add("interview_invite", sub2, gap=(1, 3), interviewers=people)
            else:
                continue
        e["start"] = interview_time(rng, e["date"], zone, e["sub"])
        if e["sub"] == "trial":
            e["interviewers"] = people[:1]
        if rng.random() < 0.1:
            add("other_out", "accept_slot", gap=(0, 1))
        iv = dict(start=e["start"], people=e["interviewers"] if e["sub"] not in ("portal",) or rng.random() < 0.5 else [])
        e["iv"] = iv
        if rng.random() < 0.08:
            # a reschedule that moves the slot
            t2 = e["start"] - dt.timedelta(days=2)
            r2 = dict(kind="interview_invite", sub="reschedule", date=at_local(rng, max(t2, e["date"] + dt.timedelta(hours=3)), zone),
                      interviewers=people)
            r2["start"] = e["start"] + dt.timedelta(days=rng.choice([1, 2, 3]), hours=rng.choice([0, 1, -1]))
            r2["start"] = r2["start"].replace(tzinfo=ZoneInfo(zone))
            ev.append(r2)
            iv["start"] = r2["start"]
            e = r2
        if rng.random() < 0.10:
            rem = dict(kind="interview_invite", sub="reminder", date=iv["start"] - dt.timedelta(hours=rng.choice([20, 24, 26])),
                       interviewers=iv["people"], start=iv["start"])
            ev.append(rem)
        if rng.random() < 0.06:
            ev.append(dict(kind="interview_invite", sub="notification", date=iv["start"] - dt.timedelta(hours=1), start=iv["start"],
                           interviewers=[]))
        app.setdefault("_ivs", []).append(iv)
        t = iv["start"]
        if rng.random() < 0.55:
            ev.append(dict(kind="thank_you", sub=None, date=iv["start"] + dt.timedelta(hours=2), interview=iv))
        if rng.random() < 0.42:
            add("follow_up", None, gap=(7, 13), lo=8, hi=21)
            if rng.random() < 0.5:
                add("recruiter_reply", "followup", gap=(1, 3))
        elif rng.random() < 0.3:
            add("recruiter_reply", "post_interview", gap=(1, 5))
    r = rng.random()
    if r < 0.5:
        sub = rng.choice(["letter", "letter", "conditional", "informal", "portal", "call"])
        if c["sector"] == "graduate":
            sub = rng.choice(["grad", "grad", "portal", "call"])
        if c["sector"] == "public":
            sub = rng.choice(["provisional", "conditional", "letter", "portal"])
        add("offer", sub, gap=(2, 10))
        if sub == "call" and rng.random() < 0.7:
            add("offer", "letter", gap=(1, 3))
        elif sub in ("letter", "conditional") and rng.random() < 0.25:
            add("other_out", "salary", gap=(1, 3))
            add("offer", "revised", gap=(1, 4))
        if rng.random() < 0.5:
            add("recruiter_reply", rng.choice(["background", "background", "references", "postoffer"]), gap=(2, 7))
        if rng.random() < 0.3:
            add("other_out", rng.choice(["accept_offer", "decline_offer", "salary"]), gap=(0, 3))
    elif r < 0.88:
        if c["sector"] == "hospitality" and rng.random() < 0.5:
            sub = "informal"
        else:
            sub = rng.choice(["after_interview", "after_interview", "standard", "reserve", "filled", "cancelled"])
            if c["sector"] == "public" and rng.random() < 0.5:
                sub = "reserve"
        add("rejection", sub, gap=(3, 18), lo=0, hi=24)
    else:
        if rng.random() < 0.3:
            add("recruiter_reply", "panel" if c["sector"] == "public" else "reviewing", gap=(5, 15))
        if rng.random() < 0.15:
            add("other_out", "withdraw", gap=(3, 10))
    return ev


GEN = {"application_ack": jobs_a.gen_ack, "recruiter_outreach": jobs_a.gen_outreach, "assessment": jobs_a.gen_assessment,
       "interview_invite": jobs_b.gen_invite, "recruiter_reply": jobs_c.gen_reply, "rejection": jobs_c.gen_rejection,
       "offer": jobs_c.gen_offer, "thank_you": sent.gen_thank_you, "follow_up": sent.gen_follow_up,
       "other_out": sent.gen_out_other}

OTHER_PLAN = [(others_a.job_alert, 32), (others_a.newsletter, 14), (others_a.course, 11), (others_a.promo, 14),
              (others_a.rental, 10), (others_a.nonjob_application, 18), (others_a.admissions, 10), (others_a.receipt, 11),
              (others_b.security, 14), (others_b.social, 16), (others_b.scam, 14), (others_b.personal_in, 16),
              (others_b.personal_out, 15), (others_b.cal_nonjob, 8), (others_b.auto_reply, 6), (others_b.event, 8)]

HINGLISH = ["namaste", " ji,", "dhanyavaad", "beta", "kaisa", "yaar", "kamaayein", "theek", "shaadi", "bhai", "aapka", "aapki",
            "humne", "hamare"]


def detect_lang(msg_obj, raw):
    if msg_obj.lang in ("es", "en-fr", "hi-en"):
        return msg_obj.lang
    m = email.message_from_bytes(raw, policy=email.policy.default)
    text = ""
    for part in m.walk():
        if part.get_content_type() == "text/plain":
            text += part.get_content()
    low = text.lower()
    import re
    if any(re.search(r"\b%s\b" % re.escape(w.strip(" ,")), low) for w in HINGLISH):
        return "hi-en"
    return msg_obj.lang if msg_obj.lang in ("en", "es") else "en"


def fix_fields(m, raw):
    """Fields are labelled only where the message itself states them (its new text, subject or headers; the company
    also by its own mail domain). The quoted history does not count."""
    msg, new = textutil.new_text(raw)
    hay = new + "\n" + str(msg["Subject"])
    lab = m.label
    if lab.get("role") and lab["role"] not in hay:
        lab["role"] = None
    if lab.get("company") and not textutil.names_company(msg, new, lab["company"], m.comp):
        lab["company"] = None
        m.note = (m.note or m.kind) + "; the message itself does not name the company (only earlier mail does), so company null"


def _fold(text):
    import unicodedata
    return "".join(c for c in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(c))


def named_in(people, raw):
    """Only the interviewers the message itself names: a label may not name a person the
    mail never mentions (the plan's panel can be larger than what one mail says)."""
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    parts = [str(msg.get(h, "")) for h in ("From", "To", "Cc", "Reply-To")]
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            try:
                parts.append(part.get_content())
            except Exception:
                pass
    text = _fold("\n".join(parts))
    return [p for p in people if _fold(p.split("<")[0].strip().split()[-1]) in text or _fold(p.split()[0]) in text]


def main():
    rng = random.Random(SEED)
    apps = make_apps(rng)
    msgs = []
    for app in apps:
        arng = random.Random(SEED + ":plan:" + app["id"])
        events = plan(app, arng)
        events.sort(key=lambda e: e["date"])
        # events past the end of the mailbox are dropped
        events = [e for e in events if e["date"] < END]
        for i, e in enumerate(events):
            e["key"] = "%s-%02d-%s" % (app["id"], i, e["kind"])
            erng = random.Random(SEED + ":" + e["key"])
            app["interviews"] = [iv for iv in app.get("_ivs", []) if iv["start"] < e["date"]]
            cm.CTX["sector"] = app["c"]["sector"]
            if e["kind"] == "thank_you" and e["interview"]["start"] + dt.timedelta(hours=2) >= END:
                continue
            if e["kind"] == "interview_invite" and "iv" in e:
                pass
            m = GEN[e["kind"]](app, e, erng)
            if m is None:
                continue
            if e["kind"] == "interview_invite" and e.get("iv") is not None:
                e["iv"]["msgid"] = m.msgid
            m.comp = app["c"]
            msgs.append(m)
    cm.CTX["sector"] = None
    # other mail
    span = (END - START).days
    for fn, count in OTHER_PLAN:
        for i in range(count):
            key = "O-%s-%02d" % (fn.__name__, i)
            orng = random.Random(SEED + ":" + key)
            date = START + dt.timedelta(days=orng.randint(0, span - 1), hours=orng.randint(7, 21), minutes=orng.randint(0, 59),
                                        seconds=orng.randint(0, 59))
            msgs.append(fn(key, orng, date, i))
    # shuffle into file numbers
    random.Random(SEED + ":order").shuffle(msgs)
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    mdir = os.path.join(OUT, "messages")
    os.makedirs(mdir)
    labels = []
    index = []
    for n, m in enumerate(msgs, 1):
        fname = "%04d.eml" % n
        raw = m.to_bytes()
        if m.kind != "other":
            fix_fields(m, raw)
        with open(os.path.join(mdir, fname), "wb") as fh:
            fh.write(raw)
        lab = dict(file=fname, kind=m.kind, direction=m.direction)
        for k in ("company", "role", "interview_start", "interviewers", "reply_by"):
            lab[k] = m.label.get(k)
        if m.kind == "other":
            lab["company"] = None
            lab["role"] = None
            lab["interview_start"] = None
            lab["interviewers"] = None
            lab["reply_by"] = None
        if lab["interviewers"]:
            lab["interviewers"] = named_in(lab["interviewers"], raw) or None
        lab["note"] = m.note or m.kind
        labels.append(lab)
        index.append((fname, m.key, detect_lang(m, raw)))
    with open(os.path.join(mdir, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    with open(os.path.join(mdir, "ACCOUNT"), "w", encoding="utf-8") as fh:
        fh.write(OWNER + "\n" + OWNER_TZ + "\n")
    with open(os.path.join(OUT, "index.tsv"), "w", encoding="utf-8") as fh:
        fh.write("file\tkey\tlang\n")
        for row in index:
            fh.write("\t".join(row) + "\n")
    # summary
    kinds = {}
    langs = {}
    for lab, (_, _, lg) in zip(labels, index):
        kinds.setdefault(lab["kind"], [0, 0])
        kinds[lab["kind"]][0 if lab["direction"] == "in" else 1] += 1
        langs.setdefault(lab["kind"], {}).setdefault(lg, 0)
        langs[lab["kind"]][lg] += 1
    print("%d messages written to %s" % (len(labels), mdir))
    for k in sorted(kinds):
        print("  %-20s in=%-4d out=%-4d %s" % (k, kinds[k][0], kinds[k][1], dict(sorted(langs[k].items()))))


if __name__ == "__main__":
    main()
