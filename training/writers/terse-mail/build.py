#!/usr/bin/env python3
"""Build the terse-mail training batch: short plain mail written by people, in nine languages.

Run from /work/main:  python3 training/writers/terse-mail/build.py
Deletes and rewrites training/data/terse-mail/messages/ ({NNNN.eml, labels.jsonl, ACCOUNT}) and
training/data/terse-mail/index.tsv. Deterministic: string-seeded random.Random only, fixed date range,
no clock, no hash(); the same bytes under any PYTHONHASHSEED. Standard library only.
"""
import datetime as dt
import email.message
import email.policy
import email.utils
import hashlib
import json
import os
import random
import shutil
import string
import sys
from email.headerregistry import Address
from zoneinfo import ZoneInfo

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import world as W  # noqa: E402
import lang_en, lang_de, lang_fr, lang_es, lang_pt, lang_nl, lang_it, lang_pl, lang_sv  # noqa: E402,E401

LANGS = {m.CODE: m for m in (lang_en, lang_de, lang_fr, lang_es, lang_pt, lang_nl, lang_it, lang_pl, lang_sv)}
BASE = os.path.normpath(os.path.join(HERE, "..", "..", "data", "terse-mail"))
OUT = os.path.join(BASE, "messages")
SEED = "terse-mail-2025"

PLAN = [  # (kind key, count)
    ("interview_invite", 90), ("rejection", 90), ("application_ack", 60), ("recruiter_reply", 70),
    ("recruiter_outreach", 50), ("assessment", 45), ("offer", 45), ("thank_you", 40), ("follow_up", 40),
    ("other_in", 52), ("other_out", 38),
]
LANG_W = [("en", 40), ("de", 9), ("fr", 9), ("es", 9), ("pt", 7), ("nl", 7), ("it", 7), ("pl", 6), ("sv", 6)]
EN_REG_W = [("us", 40), ("uk", 30), ("in", 15), ("au", 15)]
LANG_REGIONS = {"de": [("de", 70), ("at", 15), ("ch", 15)], "fr": [("fr", 80), ("be_fr", 20)],
                "es": [("es", 55), ("mx", 20), ("co", 15), ("ar", 10)], "pt": [("pt", 50), ("br", 50)],
                "nl": [("nl", 80), ("be_nl", 20)], "it": [("it", 100)], "pl": [("pl", 100)], "sv": [("se", 100)]}
DATE0 = dt.date(2025, 1, 6)
SPAN = 710  # days: to mid-December 2026
OWNER_TZ = ZoneInfo(W.OWNER_TZ)


def allocate(n, weights):
    tot = sum(w for _, w in weights)
    raw = [(k, n * w / tot) for k, w in weights]
    got = {k: int(x) for k, x in raw}
    rest = n - sum(got.values())
    for k, x in sorted(raw, key=lambda kx: (-(kx[1] - int(kx[1])), kx[0]))[:rest]:
        got[k] += 1
    return got


def wpick(rng, weights):
    tot = sum(w for _, w in weights)
    x = rng.random() * tot
    for k, w in weights:
        x -= w
        if x < 0:
            return k
    return weights[-1][0]


def regsel(opts, reg):
    """Subjects may carry a register tag 'f:' or 'i:'; keep the untagged ones and those of this register."""
    out = []
    for o in opts:
        if o[:2] in ("f:", "i:"):
            if o[0] == reg:
                out.append(o[2:])
        else:
            out.append(o)
    return out


class Ctx:
    """Slot values plus a record of which slots were used in which part of the mail."""

    def __init__(self, vals):
        self.vals = dict(vals)
        self.part = "new"
        self.used = {}

    def fill(self, t):
        fields = [f for _, f, _, _ in string.Formatter().parse(t) if f]
        for f in fields:
            self.used.setdefault(self.part, set()).add(f)
        return t.format(**self.vals)

    def was(self, slot, parts=("new", "subj", "sig", "quote", "head")):
        return any(slot in self.used.get(p, ()) for p in parts)


class Person:
    def __init__(self, first, last, gender, addr):
        self.first, self.last, self.gender, self.addr = first, last, gender, addr

    @property
    def full(self):
        return f"{self.first} {self.last}"


def names_key(lang, reg):
    if lang == "en":
        return "en_" + reg
    return lang


def make_person(rng, lang, reg, domain, style=None):
    firsts, lasts = W.NAMES[names_key(lang, reg)]
    first, g = rng.choice(firsts)
    last = rng.choice(lasts)
    if isinstance(last, tuple):  # Polish surname forms
        last = last[0] if g == "f" else last[1]
    local_last = W.slug(last.replace("van den ", "vanden").replace("de ", "de"))
    style = style or wpick(rng, [("fl", 60), ("f", 25), ("fl1", 15)])
    if style == "fl":
        local = f"{W.slug(first)}.{local_last}"
    elif style == "f":
        local = W.slug(first)
    else:
        local = f"{W.slug(first)[0]}{local_last}"
    return Person(first, last, g, f"{local}@{domain}")


def local_date(rng, weekday_only=True):
    while True:
        d = DATE0 + dt.timedelta(days=rng.randrange(SPAN))
        if not weekday_only or d.weekday() < 5:
            return d


def at(d, h, m, zone):
    return dt.datetime(d.year, d.month, d.day, h, m, rng_sec(d, h, m), tzinfo=ZoneInfo(zone))


def rng_sec(d, h, m):
    return (d.toordinal() * 7 + h * 13 + m) % 60


def next_workday(d, k):
    while k > 0:
        d += dt.timedelta(days=1)
        if d.weekday() < 5:
            k -= 1
    return d


def reply_by(rb, d):
    """Employer promise -> date, counted from the sender's local date d; None if the phrase does not fit d."""
    wd = d.weekday()
    if rb == "fri":
        return d + dt.timedelta(days=4 - wd) if wd <= 3 else None
    if rb == "eonw":
        return d + dt.timedelta(days=4 - wd + 7) if wd <= 4 else None
    if rb == "mon":
        return d + dt.timedelta(days=7 - wd) if 1 <= wd <= 4 else None
    if rb == "d14":
        return d + dt.timedelta(days=14)
    if rb == "d7":
        return d + dt.timedelta(days=7)
    if rb == "wd5":
        return next_workday(d, 5)
    if rb == "tmr":
        return d + dt.timedelta(days=1) if wd <= 3 else None
    raise ValueError(rb)


RB_NOTE = {"fri": "'by Friday' = the coming Friday", "eonw": "'by the end of next week' = Friday of the following week",
           "mon": "'by Monday' = the coming Monday", "d14": "'within two weeks' = +14 days", "d7": "'within a week' = +7 days",
           "wd5": "'within five working days' = five weekdays", "tmr": "'tomorrow' = the next day"}


def msgid(rng, host):
    h = "".join(rng.choice("0123456789abcdef") for _ in range(16))
    return f"<{h}.{rng.randrange(10**6):06d}@{host}>"


def gmail_id(rng):
    s = "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(30))
    return f"<CA{s}@mail.gmail.example>"


def owner_id(rng):
    return gmail_id(rng) if rng.random() < 0.7 else msgid(rng, "example.net")


class Gen:
    def __init__(self):
        self.n_company_forced = 0

    # ------------------------------------------------------------------ pieces
    def pick_region(self, rng, lang):
        if lang == "en":
            return wpick(rng, EN_REG_W)
        return wpick(rng, LANG_REGIONS[lang])

    def company_for(self, rng, reg):
        cands = [c for c in W.COMPANIES if c[2] == reg]
        if not cands:  # fall back to the language's main region
            lang = W.REGIONS[reg][0]
            cands = [c for c in W.COMPANIES if W.REGIONS[c[2]][0] == lang]
        return rng.choice(cands)

    def base_vals(self, rng, L, reg, co, sender):
        vals = {"first": W.OWNER_FIRST, "last": W.OWNER_LAST, "co": co[0], "role": rng.choice(L.ROLES),
                "me": sender.first, "mef": sender.full, "link": self.link(rng, co), "city": L.city(reg, co),
                "tlink": self.tlink(rng)}
        return vals

    def link(self, rng, co):
        code = "".join(rng.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(8))
        return rng.choice([f"https://meet.{co[1]}/{code}", f"https://video.callhub.example/j/{rng.randrange(10**9, 10**10)}",
                           f"https://book.slotly.example/{code}"])

    def tlink(self, rng):
        code = "".join(rng.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(10))
        return rng.choice([f"https://assess.testlane.example/t/{code}", f"https://app.skillcheck.example/invite/{code}",
                           f"https://files.sharebox.example/s/{code}"])

    def when_time(self, rng, L, reg, zone, d_local, tomorrow_ok=True):
        """A fixed interview time after d_local (sender's local date); returns (datetime, phrase)."""
        k = rng.choice([1, 2, 2, 3, 3, 4, 5, 6, 7, 8, 9])
        day = d_local + dt.timedelta(days=k)
        while day.weekday() >= 5:
            day += dt.timedelta(days=1)
        h, m = rng.choice([(9, 0), (9, 30), (10, 0), (10, 30), (11, 0), (11, 30), (13, 0), (13, 30), (14, 0), (14, 30),
                           (15, 0), (15, 30), (16, 0), (16, 30), (17, 0)])
        t = dt.datetime(day.year, day.month, day.day, h, m, tzinfo=ZoneInfo(zone))
        if (day - d_local).days == 1 and tomorrow_ok and rng.random() < 0.45:
            return t, L.tomorrow(t, rng, reg, zone)
        return t, L.when(t, rng, reg, zone)

    def sig(self, rng, L, reg, sender, ctx, mode, co_needed=False, agency=None):
        """Signature lines for an inbound human sender."""
        title = rng.choice(L.TITLES)
        title = title[1] if sender.gender == "f" else title[0]
        ctx.vals["title"] = title
        ctx.part = "sig"
        styles = [("none", 18), ("first", 30), ("dash", 6), ("full", 16), ("full_title", 8), ("full_title_co", 14),
                  ("first_co", 8)]
        if co_needed:
            styles = [("full_title_co", 60), ("first_co", 40)]
        s = wpick(rng, styles)
        if agency:
            ctx.vals["agency"] = agency
            if s in ("full_title_co", "first_co"):
                s = "agency"
        lines = []
        if s == "first":
            lines = [ctx.fill("{me}")]
        elif s == "dash":
            lines = [ctx.fill("- {me}")]
        elif s == "full":
            lines = [ctx.fill("{mef}")]
        elif s == "full_title":
            lines = [ctx.fill("{mef}"), ctx.fill("{title}")]
        elif s == "full_title_co":
            co_disp = ctx.vals["co"] + ((" " + ctx.vals["legal"]) if ctx.vals.get("legal") and rng.random() < 0.4 else "")
            ctx.vals["co_disp"] = co_disp
            lines = [ctx.fill("{mef}"), ctx.fill(rng.choice(["{title} | {co_disp}", "{title}, {co_disp}", "{title}\n{co_disp}"]))]
            ctx.used.setdefault("sig", set()).add("co")
        elif s == "first_co":
            lines = [ctx.fill(rng.choice(["{me} | {co}", "{mef} - {co}", "{me}\n{co}"]))]
        elif s == "agency":
            lines = [ctx.fill("{mef}"), ctx.fill(rng.choice(["{title} | {agency}", "{agency}"]))]
        if rng.random() < 0.14:
            lines += ["", rng.choice(L.PHONE)] if lines else [rng.choice(L.PHONE)]
        ctx.part = "new"
        return "\n".join(x for x in lines).split("\n") if lines else []

    def owner_sig(self, rng, L):
        s = wpick(rng, [("first", 50), ("full", 25), ("none", 12), ("phone", 13)])
        if s == "first":
            return [W.OWNER_FIRST]
        if s == "full":
            return [f"{W.OWNER_FIRST} {W.OWNER_LAST}"]
        if s == "phone":
            return [W.OWNER_FIRST, "", rng.choice(L.PHONE)] if rng.random() < 0.6 else [rng.choice(L.PHONE)]
        return []

    def render(self, rng, greet, lines, close, sig):
        out = []
        if lines and (not greet or not greet.rstrip().endswith(",")):
            lines = [lines[0][:1].upper() + lines[0][1:]] + list(lines[1:])
        if greet:
            out.append(greet)
            if rng.random() < 0.8:
                out.append("")
        if len(lines) > 1 and rng.random() < 0.45:
            lines = [" ".join(x for x in lines)]
        for i, ln in enumerate(lines):
            out.extend(ln.split("\n"))
            if i < len(lines) - 1 and rng.random() < 0.35:
                out.append("")
        if close or sig:
            out.append("")
        if close:
            out.append(close)
        out.extend(sig)
        return "\n".join(out).rstrip() + "\n"

    def quote(self, L, rng, geo, when_dt, name, addr, text, writer_zone):
        hdr = L.quote_hdr(when_dt.astimezone(ZoneInfo(writer_zone)), name, addr, rng, geo)
        q = [hdr]
        for ln in text.rstrip("\n").split("\n"):
            q.append(">" if not ln.strip() else "> " + ln)
        return "\n".join(q) + "\n"

    def pick_detail(self, rng, L, kind, reg, ctx, d_local, p, hidden=False):
        if rng.random() >= p:
            return None, None
        cands = [x for x in L.DETAIL.get(kind, []) if x[0] in (reg, "*")]
        if hidden:
            cands = [x for x in cands if "{co}" not in x[1]]
        rng.shuffle(cands)
        for r, text, rb in cands:
            if rb is None:
                return ctx.fill(text), None
            got = reply_by(rb, d_local)
            if got is not None:
                return ctx.fill(text), (got, rb)
        return None, None

    def greet_me(self, rng, L, reg, p_none=0.25):
        if rng.random() < p_none:
            return None
        return rng.choice(L.GREET_ME[reg]).format(first=W.OWNER_FIRST, last=W.OWNER_LAST)

    def greet_to(self, rng, L, reg, to, p_none=0.12):
        if rng.random() < p_none or to is None:
            return None
        return rng.choice(L.GREET_TO[reg][to.gender]).format(tf=to.first, tl=to.last)

    def subject(self, rng, L, kind, ctx, fam, hidden=False, p_vague=0.3):
        opts = regsel(fam.get("s") or L.SUBJ.get(kind, []), self.cur_reg)
        if hidden:
            opts = [s for s in opts if "{co}" not in s]
        ctx.part = "subj"
        if not opts or rng.random() < p_vague:
            s = rng.choice(L.VAGUE)
        else:
            s = ctx.fill(rng.choice(opts))
        ctx.part = "new"
        return s

    def fam(self, rng, L, kind, reg, who=None, names=None, geo=None):
        fams = [f for f in L.K[kind] if f["r"] in (reg, "*") and (geo is None or f.get("geo") is None or geo in f["geo"])]
        if who:
            fams = [f for f in fams if f.get("who", "person") in who]
        if names:
            fams = [f for f in fams if f["n"] in names]
        if not fams:  # no family in this register: take any of the kind (and sender type)
            fams = [f for f in L.K[kind] if not who or f.get("who", "person") in who]
        return rng.choice(fams)

    # ------------------------------------------------------------------ one message
    def make(self, kind, lang, idx):
        rng = random.Random(f"{SEED}:{kind}:{lang}:{idx}")
        L = LANGS[lang]
        self.cur_lang = L
        reg_geo = self.pick_region(rng, lang)
        reg = "f" if rng.random() < L.P_FORMAL else "i"
        self.cur_reg = reg
        if kind in ("thank_you", "follow_up", "other_out"):
            return self.make_out(rng, L, kind, reg_geo, reg)
        if kind == "other_in":
            return self.make_other_in(rng, L, reg_geo, reg)
        return self.make_in(rng, L, kind, reg_geo, reg)

    def make_in(self, rng, L, kind, geo, reg):
        co = self.company_for(rng, geo)
        zone = co[3]
        # sender type
        who_w = {"application_ack": [("person", 78), ("ats", 22)], "assessment": [("person", 80), ("ats", 20)],
                 "rejection": [("person", 74), ("ats", 12), ("agency", 14)],
                 "recruiter_outreach": [("person", 60), ("agency", 40)],
                 "interview_invite": [("person", 86), ("agency", 14)],
                 "recruiter_reply": [("person", 82), ("agency", 18)], "offer": [("person", 100)]}[kind]
        who = wpick(rng, who_w)
        if not [f for f in L.K[kind] if f.get("who", "person") == who and f["r"] in (reg, "*")]:
            who = "person"
        agency = None
        if who == "agency":
            agency = rng.choice(W.AGENCIES[L.CODE])
            sender = make_person(rng, L.CODE, geo, agency[1])
        elif who == "ats":
            sender = make_person(rng, L.CODE, geo, co[1])
        else:
            sender = make_person(rng, L.CODE, geo, co[1])
        if who == "ats":
            ats_reg = getattr(L, "ATS_REG", "f")
            if ats_reg:
                reg = self.cur_reg = ats_reg
        fam = self.fam(rng, L, kind, reg, who=[who], geo=geo)
        hidden = False
        vals = self.base_vals(rng, L, geo, co, sender)
        vals["legal"] = co[4]
        if who == "agency":
            hidden = rng.random() < 0.5
            vals["client"] = rng.choice(L.CLIENT_HIDDEN) if hidden else co[0]
            vals["desc"] = rng.choice(L.CLIENT_DESC).format(city=vals["city"])
            vals["agency"] = agency[0]
        ivp = make_person(rng, L.CODE, geo, co[1])
        t = rng.choice(L.IV_TITLES)
        vals.update(iv=ivp.full, ivf=ivp.first, ivt=t[1] if ivp.gender == "f" else t[0])
        ctx = Ctx(vals)
        d_local = local_date(rng)
        sent = at(d_local, rng.randrange(8, 19), rng.randrange(60), zone)
        notes = [f"{L.CODE}-{geo}", f"{kind} ({fam['n']})", "formal" if reg == "f" else "informal"]
        # reply to the owner's earlier mail?
        parent = None
        p_reply = {"rejection": 0.28, "recruiter_reply": 0.35, "interview_invite": 0.2, "offer": 0.15,
                   "assessment": 0.15, "application_ack": 0.05, "recruiter_outreach": 0.0}[kind]
        if fam.get("reply"):
            p_reply = 1.0
        if fam.get("noreply"):
            p_reply = 0.0
        if fam.get("nudge"):
            parent = self.parent_self(rng, L, geo, reg, ctx, sender, sent, who, hidden)
        elif who != "ats" and rng.random() < p_reply:
            parent = self.parent_from_owner(rng, L, kind, geo, reg, ctx, sender, sent, hidden)
        # body
        ctx.part = "new"
        start = None
        interviewers = []
        if kind == "interview_invite" and fam.get("time"):
            tdt, phrase = self.when_time(rng, L, geo, zone, d_local)
            ctx.vals["when"] = phrase
            start = tdt
            if tdt <= sent:
                raise RuntimeError("interview before message")
        lines = [ctx.fill(rng.choice(regsel(fam["c"], reg) or fam["c"]))]
        if kind == "interview_invite":
            if fam.get("meet") and rng.random() < 0.55:
                lines.append(ctx.fill(rng.choice(L.MEET[reg])))
        rb = None
        if not fam.get("nodetail"):
            pdet = {"interview_invite": 0.45, "application_ack": 0.6, "recruiter_reply": 0.55, "rejection": 0.3,
                    "offer": 0.5, "assessment": 0.5, "recruiter_outreach": 0.45}[kind]
            det, rbx = self.pick_detail(rng, L, kind, reg, ctx, d_local, pdet, hidden=hidden)
            if det:
                lines.append(det)
                rb = rbx
        greet = None if who == "ats" and rng.random() < 0.3 else self.greet_me(rng, L, reg,
                                                                                 0.3 if parent else 0.2)
        close = rng.choice(L.CLOSE[reg]) if rng.random() < 0.55 else ""
        # from / signature
        co_word = " " not in co[0]
        if who == "ats":
            disp = ctx.vals["co"] and rng.choice(L.ATS_NAMES).format(co=co[0])
            ctx.used.setdefault("head", set()).add("co")
            from_addr = Address(disp, addr_spec=f"{rng.choice(['no-reply', 'jobs', 'careers', 'recruiting'])}@{rng.choice(W.VENDOR_HOSTS)}")
            ctx.part = "sig"
            sig = [ctx.fill(rng.choice(L.SIG_TEAM))] if rng.random() < 0.7 else []
            ctx.part = "new"
            notes.append("ATS-like sender; company from the display name")
        else:
            mentioned = ctx.was("co") or (who == "agency")
            need = (who == "person" and not mentioned and not co_word)
            sig = self.sig(rng, L, geo, sender, ctx, who, co_needed=need, agency=agency[0] if agency else None)
            if need:
                self.n_company_forced += 1
            from_addr = Address(sender.full, addr_spec=sender.addr)
        if fam.get("short") and rng.random() < 0.5:
            greet, close = None, ""
        body = self.render(rng, greet, lines, close, sig)
        subj = None if parent else self.subject(rng, L, kind, ctx, fam, hidden=hidden, p_vague=0.3)
        headers = {}
        if parent:
            subj = parent["subj"]
            pre = rng.choice(L.RE)
            if not subj.lower().startswith(pre.strip().lower()):
                subj = pre + subj
            body = body + "\n" + parent["quote"]
            headers["In-Reply-To"] = parent["mid"]
            headers["References"] = parent["mid"]
            notes.append("reply with a short quote of the owner's mail" + (f" ({parent['what']})" if parent.get("what") else ""))
        # labels
        company = None
        if who == "agency":
            if ctx.was("co") or (not hidden and ctx.was("client")):
                company = co[0]
                notes.append("agency names its client: company is the client")
            else:
                notes.append("agency does not name the client: company null")
        elif ctx.was("co"):
            company = co[0]
        elif co_word:
            company = co[0]
            notes.append("company from the sender's domain only")
        role = ctx.vals["role"] if (ctx.was("role", ("new", "subj"))) else None
        if kind == "interview_invite":
            if fam.get("self"):
                interviewers.append(sender.full)
                notes.append("the sender holds the call: interviewer = sender")
            if ctx.was("iv", ("new",)):
                interviewers.append(ivp.full)
            elif ctx.was("ivf", ("new",)):
                interviewers.append(ivp.first)
                notes.append("interviewer named by first name only")
            if start:
                notes.append(f"time stated in the text, offset of {zone}")
            else:
                notes.append("no fixed time: interview_start null")
            if not interviewers:
                notes.append("nobody named to meet: interviewers null")
        if rb:
            notes.append("reply_by: " + RB_NOTE[rb[1]])
        label = {"kind": kind, "direction": "in", "company": company, "role": role,
                 "interview_start": start.isoformat() if start else None,
                 "interviewers": interviewers or None, "reply_by": rb[0].isoformat() if rb else None,
                 "note": "; ".join(notes)}
        if who == "ats":
            mid = msgid(rng, from_addr.domain)
        else:
            mid = gmail_id(rng) if rng.random() < 0.35 else msgid(rng, from_addr.domain)
        to = Address(f"{W.OWNER_FIRST} {W.OWNER_LAST}", addr_spec=W.OWNER_ADDR) if rng.random() < 0.7 else Address(addr_spec=W.OWNER_ADDR)
        raw = self.mime(rng, from_addr, to, subj, sent, mid, headers, body)
        return {"raw": raw, "label": label, "lang": L.CODE, "geo": geo}

    def parent_from_owner(self, rng, L, kind, geo, reg, ctx, sender, sent, hidden):
        """The owner's earlier mail that this inbound message answers (quoted below it)."""
        what = {"rejection": "follow_up", "recruiter_reply": "follow_up", "offer": "follow_up",
                "interview_invite": "owner_other", "assessment": "owner_other", "application_ack": "owner_other"}[kind]
        if kind in ("rejection", "recruiter_reply") and rng.random() < 0.25:
            what = "thank_you" if kind == "rejection" else "owner_other"
        want = {"application_ack": ("apply",), "interview_invite": ("interest", "avail_open"),
                "assessment": ("interest", "question"), "recruiter_reply": ("question",)}.get(kind, ("question",))
        fams = {"follow_up": L.K["follow_up"], "thank_you": L.K["thank_you"],
                "owner_other": [f for f in L.K["other_out"] if f["n"] in want] or L.K["follow_up"]}[what]
        fams = [f for f in fams if f["r"] in (reg, "*")] or fams
        fam = rng.choice(fams)
        if hidden:  # quoting the owner's mail to an agency: it must not name the client
            fam_c = [c for c in regsel(fam["c"], reg) if "{co}" not in c]
            if not fam_c:
                fam = [f for f in fams if any("{co}" not in c for c in f["c"])][0] if any(
                    any("{co}" not in c for c in f["c"]) for f in fams) else fam
                fam_c = [c for c in regsel(fam["c"], reg) if "{co}" not in c] or ["{role}"]
        else:
            fam_c = regsel(fam["c"], reg) or fam["c"]
        ctx.part = "quote"
        ctx.vals["tf"], ctx.vals["tl"] = sender.first, sender.last
        g = self.greet_to(rng, L, reg, sender, 0.15)
        text = self.render(rng, g, [ctx.fill(rng.choice(fam_c))], "", self.owner_sig(rng, L))
        opts = [s for s in regsel(L.SUBJ.get(what if what != "owner_other" else "follow_up", []), reg) if not (hidden and "{co}" in s)]
        ctx.part = "subj"
        subj = ctx.fill(rng.choice(opts)) if opts and rng.random() < 0.7 else rng.choice([v for v in L.VAGUE if v])
        ctx.part = "new"
        pdate = (sent.astimezone(OWNER_TZ) - dt.timedelta(days=rng.randrange(1, 8))).replace(
            hour=rng.choice([8, 9, 10, 12, 13, 17, 18, 19, 20, 21]), minute=rng.randrange(60), second=0, microsecond=0)
        q = self.quote(L, rng, geo, pdate, f"{W.OWNER_FIRST} {W.OWNER_LAST}", W.OWNER_ADDR, text, str(sent.tzinfo))
        return {"subj": subj, "quote": q, "mid": owner_id(rng), "what": what.replace("owner_other", "owner's note")}

    def parent_self(self, rng, L, geo, reg, ctx, sender, sent, who, hidden):
        """A recruiter's own earlier outreach, quoted below a nudge."""
        pfams = [f for f in L.K["recruiter_outreach"] if not f.get("nudge") and f.get("who", "person") == who
                 and f["r"] in (reg, "*")]
        if not pfams:
            pfams = [f for f in L.K["recruiter_outreach"] if not f.get("nudge") and f.get("who", "person") == who]
        pf = rng.choice(pfams)
        cores = [c for c in regsel(pf["c"], reg) if not (hidden and "{co}" in c)] or regsel(pf["c"], reg)
        ctx.part = "quote"
        g = self.greet_me(rng, L, reg, 0.2)
        text = self.render(rng, g, [ctx.fill(rng.choice(cores))], "", [sender.first])
        opts = [x for x in regsel(L.SUBJ["recruiter_outreach"], reg) if not (hidden and "{co}" in x)]
        ctx.part = "subj"
        subj = ctx.fill(rng.choice(opts)) if opts and rng.random() < 0.7 else rng.choice([v for v in L.VAGUE if v])
        ctx.part = "new"
        pdate = (sent - dt.timedelta(days=rng.randrange(3, 12))).replace(hour=rng.randrange(8, 18), minute=rng.randrange(60),
                                                                         second=0, microsecond=0)
        q = self.quote(L, rng, geo, pdate, sender.full, sender.addr, text, str(sent.tzinfo))
        return {"subj": subj, "quote": q, "mid": msgid(rng, sender.addr.split("@")[1]), "what": "the sender's own first message"}

    def make_out(self, rng, L, kind, geo, reg):
        fam = self.fam(rng, L, kind, reg, geo=geo)
        to_friend = fam.get("who") == "friend"
        co = self.company_for(rng, geo)
        if to_friend:
            to = make_person(rng, L.CODE, geo, rng.choice(W.PERSONAL_HOSTS))
        else:
            to = make_person(rng, L.CODE, geo, co[1])
        vals = self.base_vals(rng, L, geo, co, to)
        vals.update(tf=to.first, tl=to.last, legal=co[4])
        ivp = to
        t = rng.choice(L.IV_TITLES)
        vals.update(iv=to.full, ivf=to.first, ivt=t[1] if to.gender == "f" else t[0])
        for k, opts in fam.get("v", {}).items():
            vals[k] = rng.choice(opts)
        ctx = Ctx(vals)
        d_local = local_date(rng, weekday_only=rng.random() < 0.8)
        sent = at(d_local, rng.choice([7, 8, 9, 12, 13, 17, 18, 19, 20, 21, 22]), rng.randrange(60), W.OWNER_TZ)
        notes = [f"{L.CODE}-{geo}", f"outbound {kind.replace('other_out', 'other')} ({fam['n']})",
                 "formal" if reg == "f" else "informal"]
        parent = None
        p_reply = {"thank_you": 0.2, "follow_up": 0.3, "other_out": 0.45}[kind]
        if fam.get("reply"):
            p_reply = 1.0
        if fam.get("noreply") or to_friend:
            p_reply = 0.0
        if rng.random() < p_reply:
            parent = self.parent_from_employer(rng, L, kind, fam, geo, reg, ctx, to, co, sent)
        co_word = " " not in co[0]
        if parent and kind in ("thank_you", "follow_up") and not co_word and not ctx.was("co", ("quote", "subj")):
            parent = None  # the reader could not tell the company: write a new mail instead
            ctx.used.pop("quote", None)
            ctx.used.pop("subj", None)
        if fam.get("time") and not (parent and fam.get("reuse_when") and "when" in ctx.vals):
            d_emp = sent.astimezone(ZoneInfo(co[3])).date()
            tdt, phrase = self.when_time(rng, L, geo, co[3], d_emp, tomorrow_ok=False)
            ctx.vals["when"] = phrase
        ctx.part = "new"
        lines = [ctx.fill(rng.choice(regsel(fam["c"], reg) or fam["c"]))]
        det = [x for x in L.DETAIL.get(kind, []) if x[0] in (reg, "*")]
        if det and rng.random() < 0.4:
            lines.append(ctx.fill(rng.choice(det)[1]))
        greet = self.greet_to(rng, L, reg, to, 0.12)
        close = rng.choice(L.CLOSE[reg]) if rng.random() < 0.6 else ""
        sig = self.owner_sig(rng, L)
        # outbound job mail must let a reader tell the company: domain for one-word names, else name it
        if parent:
            subj = parent["subj"]
        elif kind in ("thank_you", "follow_up") and not ctx.was("co") and not co_word:
            ctx.part = "subj"
            subj = ctx.fill(rng.choice([s for s in regsel(L.SUBJ[kind], reg) if "{co}" in s]))
            ctx.part = "new"
        else:
            subj = self.subject(rng, L, kind, ctx, fam, p_vague=0.25)
        if parent:
            pre = rng.choice(L.RE)
            if not subj.lower().startswith(pre.strip().lower()):
                subj = pre + subj
        body = self.render(rng, greet, lines, close, sig)
        headers = {}
        if parent:
            body = body + "\n" + parent["quote"]
            headers["In-Reply-To"] = parent["mid"]
            headers["References"] = parent["mid"]
            notes.append("reply quoting the employer's message")
        kind_l = "other" if kind == "other_out" else kind
        company = None
        role = None
        interviewers = None
        if kind_l != "other":
            company = co[0]
            if not ctx.was("co"):
                notes.append("company from the addressee's domain")
            role = vals["role"] if ctx.was("role", ("new", "subj")) else None
            if kind_l == "thank_you":
                interviewers = [to.full]
                notes.append("thank-you: interviewers = the addressee")
        else:
            notes.append("owner's own mail that is neither thank-you nor follow-up: other, company null")
        label = {"kind": kind_l, "direction": "out", "company": company, "role": role, "interview_start": None,
                 "interviewers": interviewers, "reply_by": None, "note": "; ".join(notes)}
        frm = Address(f"{W.OWNER_FIRST} {W.OWNER_LAST}", addr_spec=W.OWNER_ADDR)
        # a thank-you names its addressee in To (the label's interviewer); other mail sometimes has a bare address
        toa = Address(to.full, addr_spec=to.addr) if (kind == "thank_you" or rng.random() < 0.8) else Address(addr_spec=to.addr)
        raw = self.mime(rng, frm, toa, subj, sent, owner_id(rng), headers, body)
        return {"raw": raw, "label": label, "lang": L.CODE, "geo": geo}

    def parent_from_employer(self, rng, L, kind, fam, geo, reg, ctx, emp, co, sent):
        """An employer's earlier message that the owner's mail answers."""
        pk = fam.get("parent") or {"thank_you": "interview_invite", "follow_up": "recruiter_reply",
                                   "other_out": "interview_invite"}[kind]
        pfams = [f for f in L.K[pk] if f.get("who", "person") == "person" and f["r"] in (reg, "*")]
        if fam.get("parent_fam"):
            pfams = [f for f in pfams if f["n"] in fam["parent_fam"]] or pfams
        if kind == "thank_you":  # the quoted invite must not put the interview after the thank-you
            pfams = [f for f in pfams if not f.get("time")] or pfams
        pf = rng.choice(pfams)
        zone = co[3]
        pdate = (sent.astimezone(ZoneInfo(zone)) - dt.timedelta(days=rng.randrange(1, 6))).replace(
            hour=rng.randrange(8, 18), minute=rng.randrange(60), second=0, microsecond=0)
        ctx.part = "quote"
        if pk == "interview_invite" and pf.get("time"):
            d0 = sent.astimezone(ZoneInfo(zone)).date()
            tdt, phrase = self.when_time(rng, L, geo, zone, d0, tomorrow_ok=False)
            ctx.vals["when"] = phrase
        lines = [ctx.fill(rng.choice(regsel(pf["c"], reg) or pf["c"]))]
        g = self.greet_me(rng, L, reg, 0.2)
        sig = [emp.first] if rng.random() < 0.6 else [emp.full]
        text = self.render(rng, g, lines, "", sig)
        opts = regsel(L.SUBJ.get(pk, []), reg)
        ctx.part = "subj"
        subj = ctx.fill(rng.choice(opts)) if opts and rng.random() < 0.7 else rng.choice([v for v in L.VAGUE if v])
        ctx.part = "new"
        q = self.quote(L, rng, geo, pdate, emp.full, emp.addr, text, W.OWNER_TZ)
        return {"subj": subj, "quote": q, "mid": gmail_id(rng) if rng.random() < 0.4 else msgid(rng, co[1])}

    def make_other_in(self, rng, L, geo, reg):
        fam = self.fam(rng, L, "other_in", reg, geo=geo)
        who = fam.get("who", "friend")
        if who in ("friend", "family"):
            host = rng.choice(W.PERSONAL_HOSTS)
        else:
            host = rng.choice(fam.get("hosts") or ["info.example"])
        if who == "family":
            sender = make_person(rng, "sv", "se", host) if rng.random() < 0.5 else make_person(rng, L.CODE, geo, host)
        else:
            sender = make_person(rng, L.CODE, geo, host)
        co = self.company_for(rng, geo)
        vals = self.base_vals(rng, L, geo, co, sender)
        for k, opts in fam.get("v", {}).items():
            vals[k] = rng.choice(opts)
        ctx = Ctx(vals)
        # the owner's own life is in Amsterdam: English-language orgs and family write from there
        zone = W.OWNER_TZ if (who == "family" or L.CODE == "en") else co[3]
        d_local = local_date(rng, weekday_only=rng.random() < 0.6)
        sent = at(d_local, rng.randrange(8, 22), rng.randrange(60), zone)
        if fam.get("time"):
            tdt, phrase = self.when_time(rng, L, geo, zone, d_local)
            ctx.vals["when"] = phrase
        ctx.part = "new"
        lines = [ctx.fill(rng.choice(regsel(fam["c"], reg) or fam["c"]))]
        greet = self.greet_me(rng, L, "i" if who in ("friend", "family") else reg, 0.25)
        if who in ("friend", "family"):
            greet = greet if rng.random() < 0.6 else None
            close = ""
            sig = [sender.first] if (who == "friend" and rng.random() < 0.6) else []
            if rng.random() < 0.2:
                sig += ["", rng.choice(L.PHONE)]
            disp = sender.full
        else:
            close = rng.choice(L.CLOSE[reg]) if rng.random() < 0.5 else ""
            ctx.part = "sig"
            sig = [ctx.fill(rng.choice(fam.get("sig") or ["{mef}"]))] if rng.random() < 0.75 else []
            ctx.part = "new"
            disp = ctx.fill(rng.choice(fam["disp"])) if fam.get("disp") else sender.full
            if fam.get("addr"):
                sender.addr = fam["addr"] + "@" + host
        body = self.render(rng, greet, lines, close, sig)
        ctx.part = "subj"
        subj = ctx.fill(rng.choice(regsel(fam["s"], reg))) if fam.get("s") and rng.random() < 0.85 else rng.choice(L.VAGUE)
        headers = {}
        notes = [f"{L.CODE}-{geo}", f"inbound other ({fam['n']})", fam.get("why", "not job-search mail")]
        if fam.get("lookalike"):
            notes.append("lookalike")
        label = {"kind": "other", "direction": "in", "company": None, "role": None, "interview_start": None,
                 "interviewers": None, "reply_by": None, "note": "; ".join(notes)}
        frm = Address(disp, addr_spec=sender.addr)
        to = Address(f"{W.OWNER_FIRST} {W.OWNER_LAST}", addr_spec=W.OWNER_ADDR) if rng.random() < 0.6 else Address(addr_spec=W.OWNER_ADDR)
        mid = gmail_id(rng) if who in ("friend", "family") else msgid(rng, host)
        raw = self.mime(rng, frm, to, subj, sent, mid, headers, body)
        return {"raw": raw, "label": label, "lang": L.CODE, "geo": geo, "lookalike": bool(fam.get("lookalike"))}

    # ------------------------------------------------------------------ MIME
    def mime(self, rng, frm, to, subj, sent, mid, headers, body):
        fix = getattr(self.cur_lang, "fix", None)
        if fix:
            body, subj = fix(body), fix(subj)
        m = email.message.EmailMessage(policy=email.policy.default)
        m["From"] = frm
        m["To"] = to
        m["Subject"] = subj
        m["Date"] = email.utils.format_datetime(sent)
        m["Message-ID"] = mid
        for k, v in headers.items():
            m[k] = v
        m["MIME-Version"] = "1.0"
        ascii_only = all(ord(c) < 128 for c in body)
        cte = "7bit" if ascii_only and rng.random() < 0.5 else ("quoted-printable" if rng.random() < 0.6 else "8bit")
        m.set_content(body, charset="utf-8", cte=cte)
        pol = email.policy.SMTP if rng.random() < 0.25 else email.policy.default
        return m.as_bytes(policy=pol.clone(max_line_length=78))


def order(items, seed=SEED):
    rng = random.Random(seed + ":order")
    rng.shuffle(items)
    for _ in range(300):
        changed = False
        for i in range(3, len(items)):
            k = items[i]["label"]["kind"]
            if all(items[j]["label"]["kind"] == k for j in range(i - 3, i)):
                j = rng.randrange(len(items))
                items[i], items[j] = items[j], items[i]
                changed = True
        if not changed:
            break
    return items


def main():
    g = Gen()
    items = []
    for kind, n in PLAN:
        alloc = allocate(n, LANG_W)
        for lang, _ in LANG_W:
            for i in range(alloc[lang]):
                it = g.make(kind, lang, i)
                it["key"] = f"{kind}:{lang}:{i}"
                items.append(it)
    items = order(items)
    if os.path.isdir(BASE):
        shutil.rmtree(BASE)
    os.makedirs(OUT)
    with open(os.path.join(OUT, "ACCOUNT"), "w", encoding="utf-8", newline="\n") as f:
        f.write(W.OWNER_ADDR + "\n" + W.OWNER_TZ + "\n")
    lines, index = [], []
    for n, it in enumerate(items, 1):
        fn = f"{n:04d}.eml"
        with open(os.path.join(OUT, fn), "wb") as f:
            f.write(it["raw"])
        lab = {"file": fn}
        lab.update(it["label"])
        lines.append(json.dumps(lab, ensure_ascii=False))
        index.append(f"{fn}\t{it['key']}\t{it['lang']}\t{it['geo']}\t{it['label']['kind']}\t{'lookalike' if it.get('lookalike') else ''}")
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    with open(os.path.join(BASE, "index.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("file\tkey\tlang\tregion\tkind\tlookalike\n" + "\n".join(index) + "\n")
    print(f"wrote {len(items)} messages to {OUT}")


if __name__ == "__main__":
    main()
