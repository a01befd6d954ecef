#!/usr/bin/env python3
"""Build the people-threads training mailbox.

Run from /work/main:  python3 training/writers/people-threads/build.py
Writes training/data/people-threads/messages/{NNNN.eml, labels.jsonl, ACCOUNT}. Deterministic: fixed seeds, no clock.
"""
import datetime as dt
import json
import os
import random
import shutil
import sys

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import mail  # noqa: E402
import people as PP  # noqa: E402
import stories  # noqa: E402
from threads import Thread, World, UTC  # noqa: E402

OUT = os.path.normpath(os.path.join(HERE, "..", "..", "data", "people-threads", "messages"))
SEED = 20250611

# story, channel, count, restriction
PLAN = [
    ("ats_no", "ats", 15, None), ("board_no", "ats", 8, "en"), ("ats_fu_no", "ats", 6, None),
    ("ats_assess_no", "ats", 7, None), ("ats_assess_int", "ats", 4, None), ("ats_interview", "ats", 3, None),
    ("ats_offer", "ats", 4, None), ("inhouse_full", "inhouse", 3, None), ("inhouse_reject", "inhouse", 2, None),
    ("nudges", "inhouse", 4, None), ("nudges", "agency", 2, None), ("decline", "inhouse", 2, None),
    ("cancelled", "inhouse", 4, None), ("agency", "agency", 3, None), ("agency_offer", "agency", 2, None),
    ("agency_unnamed", "agency_unnamed", 3, None), ("hm_direct", "hm", 2, None), ("founder", "founder", 3, "en-tech"),
    ("referral", "referral", 3, "en"), ("nurse", "ats", 4, "en-nursing"), ("ea", "ea", 2, "en"), ("resched", "ats", 2, None),
    ("hold", "inhouse", 2, None), ("withdraw", "ats", 2, None), ("inmail", "inmail", 1, "en"),
    ("ack_human", "inhouse", 3, None), ("ack_human_docs", "inhouse", 2, None), ("assess_no", "inhouse", 5, None), ("screen_hold", "ats", 4, None),
    ("assess_vendor_reply", "ats", 4, None), ("quick_offer", "inhouse", 4, None), ("quick_offer", "agency", 2, None),
    ("offer_then_withdraw", "ats", 2, None),
    ("ats_assess_no", "ats", 2, "es"), ("ats_assess_no", "ats", 2, "pt"), ("assess_no", "inhouse", 1, "es"),
    ("assess_no", "inhouse", 1, "pt"), ("ats_assess_int", "ats", 1, "pt"), ("quick_offer", "inhouse", 1, "pt"),
    ("agency_offer", "agency", 1, "pt"), ("ats_offer", "ats", 1, "es"), ("hm_direct", "hm", 1, "pt"),
]

START = dt.datetime(2025, 1, 6, 9, tzinfo=UTC)
SPAN_DAYS = 870


def eligible(spec, restr, lang):
    name, dom, reg, city, tz, field, clang, ats = spec
    if clang != lang:
        return False
    if restr == "en-tech":
        return field == "tech" and reg in ("US", "UK", "AU")
    if restr == "en-nursing":
        return field == "nursing" and reg in ("UK", "AU")
    return True


def plan_threads(w):
    r = random.Random(SEED + 1)
    jobs = []
    for story, ch, n, restr in PLAN:
        for _ in range(n):
            jobs.append((story, ch, restr))
    r.shuffle(jobs)
    used = {}
    threads = []
    for i, (story, ch, restr) in enumerate(jobs):
        if restr in ("es", "pt"):
            lang = restr
        elif restr is None:
            w8 = [62, 19, 19] if "assess" in story or story in ("ats_fu_no", "resched", "inhouse_reject", "quick_offer") else [72, 15, 13]
            lang = r.choices(["en", "es", "pt"], w8)[0]
        else:
            lang = "en"
        cands = [c for c in PP.COMPANIES if eligible(c, restr, lang) and used.get(c[0], 0) < (3 if lang == "en" else 4)]
        cands.sort(key=lambda c: used.get(c[0], 0))
        low = [c for c in cands if used.get(c[0], 0) == used.get(cands[0][0], 0)]
        spec = r.choice(low)
        used[spec[0]] = used.get(spec[0], 0) + 1
        start = START + dt.timedelta(days=r.randrange(0, SPAN_DAYS), hours=r.randrange(0, 10))
        t = Thread(w, spec, story, start, ch, key=f"T{i:03d}-{story}")
        threads.append(t)
    return threads


def main():
    rng = random.Random(SEED)
    w = World(rng)
    for t in plan_threads(w):
        getattr(stories, t.story)(t)
    import others
    others.build(w)
    msgs = w.msgs
    # interleave: deterministic shuffle
    order = list(range(len(msgs)))
    random.Random(SEED + 2).shuffle(order)
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    labels = []
    render_rng = random.Random(SEED + 3)
    for n, idx in enumerate(order, 1):
        m = msgs[idx]
        fn = f"{n:04d}.eml"
        data = mail.render(m, render_rng)
        with open(os.path.join(OUT, fn), "wb") as fh:
            fh.write(data)
        lab = dict(file=fn, kind=m.label["kind"], direction="out" if m.outbound else "in", company=m.label["company"],
                   role=m.label["role"], interview_start=m.label["interview_start"], interviewers=m.label["interviewers"],
                   reply_by=m.label["reply_by"], note=m.label["note"])
        labels.append(lab)
        m.file = fn
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "ACCOUNT"), "w") as fh:
        fh.write(f"{PP.OWNER_EMAIL}\n{PP.OWNER_TZ}\n")
    with open(os.path.join(HERE, "index.tsv"), "w", encoding="utf-8") as fh:
        for idx in order:
            m = msgs[idx]
            fh.write(f"{m.file}\t{m.key}\t{m.lang_tag}\t{m.label['kind']}\n")
    print(f"wrote {len(labels)} messages to {OUT}")


if __name__ == "__main__":
    main()
