#!/usr/bin/env python3
"""Generator for the eu-languages training batch.

Run from /work/main:  python3 training/writers/eu-languages/build.py
It deletes training/data/eu-languages/ and rewrites messages/NNNN.eml, messages/labels.jsonl and
messages/ACCOUNT, byte for byte the same on every run (fixed seed, no clock).
"""
import collections
import datetime as dt
import json
import os
import random
import shutil
import sys
from zoneinfo import ZoneInfo

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import handlers as H  # noqa: E402
import mail as M  # noqa: E402
import others  # noqa: E402
import stories as S  # noqa: E402
import world as W  # noqa: E402

import importlib  # noqa: E402

OUT_ROOT = os.path.normpath(os.path.join(HERE, "..", "..", "data", "eu-languages"))
OUT = os.path.join(OUT_ROOT, "messages")
SEED = 20260514

LANG_MODULES = {"de": "lang_de", "fr": "lang_fr", "es": "lang_es", "pt_pt": "lang_ptpt", "pt_br": "lang_ptbr",
                "nl": "lang_nl", "it": "lang_it", "en": "lang_en"}
_ONLY = [x for x in os.environ.get("EU_ONLY", "").split(",") if x]  # development aid; empty = all languages


def _load(name):
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError:
        if _ONLY:
            return importlib.import_module("lang_de")
        raise


LANGS = {k: _load(v) for k, v in LANG_MODULES.items() if not _ONLY or k in _ONLY or k in ("pt_pt", "en")}


def _normalize(L):
    """Split the reply subjects: question-type subjects are used only for questions and document requests."""
    if "rep.s.q" not in L.B:
        rs = L.B["rep.s"]
        L.B["rep.s.q"] = [rs[2], rs[5]]
        L.B["rep.s"] = [rs[0], rs[1], rs[3], rs[4]]


for _L in LANGS.values():
    _normalize(_L)
# messages per language (total 612)
TOTALS = {"de": 104, "fr": 104, "es": 92, "pt_pt": 44, "pt_br": 48, "nl": 80, "it": 80, "en": 60}
if _ONLY:
    TOTALS = {k: v for k, v in TOTALS.items() if k in _ONLY}
SHARE = {"other": 0.20, "interview_invite": 0.13, "rejection": 0.13, "application_ack": 0.11, "recruiter_reply": 0.11,
         "recruiter_outreach": 0.08, "assessment": 0.07, "offer": 0.06, "thank_you": 0.05, "follow_up": 0.05}
FIELDS = ["eng", "mkt", "log", "res", "hosp"]
START = dt.date(2025, 1, 8)
END = dt.date(2027, 3, 31)


def pick_w(rng, items, key):
    tot = sum(key(x) for x in items)
    v = rng.random() * tot
    for x in items:
        v -= key(x)
        if v <= 0:
            return x
    return items[-1]


class Maker:
    def __init__(self, w):
        self.w = w
        self.used_brands = set()

    def company(self, L, field, region=None):
        r = self.w.rng
        region = region or pick_w(r, L.REGIONS, lambda x: x["w"])
        city, plz, area = r.choice(region["cities"])
        for _ in range(200):
            brand = L.company_name(r.choice(L.CO_ROOTS), r.choice(L.CO_WORDS[field]), r)
            if brand not in self.used_brands:
                break
        self.used_brands.add(brand)
        form = r.choice(region["forms"])
        legal = f"{brand} {form}" if not form.startswith(",") else f"{brand}{form}"
        street, zipcity = L.address(r, city, region, plz)
        co = dict(brand=brand, legal=legal, form=form, domain=W.slug(brand) + ".example", city=city, street=street,
                  zipcity=zipcity, tz=region["tz"], country=region["country"], phone=L.phone(r, region, area),
                  currency=region.get("currency", "EUR"), region=region, area=area)
        co["register"] = L.register_line(r, co, region)
        return co

    def person(self, L, co, title, gender=None, client=None):
        r = self.w.rng
        gender = gender or r.choice("fm")
        first = r.choice(L.FIRST_F if gender == "f" else L.FIRST_M)
        last = r.choice(L.LAST)
        if co.get("country") == "CH" and L.CODE == "de":
            last = last.replace("ß", "ss")
        dom = co["domain"]
        pat = r.choice(["{f}.{l}", "{f}.{l}", "{fi}.{l}", "{f}", "{fi}{l}", "{l}"])
        local = pat.format(f=W.mailpart(first), l=W.mailpart(last).replace(".", ""), fi=W.mailpart(first)[0])
        client = client or pick_w(r, [("outlook", 45), ("gmail", 35), ("iphone", 10), ("thunder", 5), ("plain", 5)], lambda x: x[1])[0]
        if "|" in title:
            tm, tf = title.split("|", 1)
            title = tf if gender == "f" else tm
        p = S.Person(first, last, gender, title, f"{local}@{dom}", client, L.phone(r, co["region"], co["area"]), L.CODE, co["tz"])
        ds = getattr(L, "DISPLAY_STYLES", ["plain"])
        p.display_style = r.choice(ds) if client == "outlook" else "plain"
        return p


def make_app(w, mk, lang, story, t0):
    r = w.rng
    L = LANGS[lang]
    app = H.App()
    app.L, app.lang, app.story_name, app.story = L, lang, story, S.STORIES[story]
    app.field = r.choice(FIELDS)
    app.co = mk.company(L, app.field)
    app.tz = app.co["tz"]
    app.country = app.co["country"]
    app.currency = app.co["currency"]
    app.role_disp, app.role_plain = r.choice(L.ROLES[app.field])
    app.ref = L.ref(r)
    inf = getattr(L, "INFORMAL_P", 0.3)
    app.reg_ats = "i" if r.random() < inf else "f"
    app.reg_h = "i" if (app.reg_ats == "i" or r.random() < inf * 0.6) else "f"
    app.ats = W.platform(r.choice(L.ATS), app.co["brand"])
    app.board = W.platform(r.choice(L.BOARDS))
    app.portal_host = f"{W.slug(app.co['brand'])}.{app.ats['domain']}"
    app.rec = mk.person(L, app.co, r.choice(L.REC_TITLES))
    app.hm = mk.person(L, app.co, r.choice(L.HM_TITLES[app.field]))
    app.panel = [mk.person(L, app.co, t) for t in r.sample(L.PANEL_TITLES[app.field], r.choice([1, 2]))]
    app.hr = mk.person(L, app.co, r.choice(L.HR_TITLES)) if r.random() < 0.5 else None
    lo, hi = L.SALARY[app.field]
    app.salary = r.randrange(lo, hi, 500)
    rate = {"CHF": 1.45, "SEK": 11.2, "DKK": 7.45, "PLN": 4.3, "CZK": 25.0}.get(app.currency)
    if rate:
        app.salary = int(app.salary * rate / 1000) * 1000
    app.agency = None
    app.agency_people = []
    app.client_desc = None
    if any(c in ("OUT_AGENCY", "OUT_CONF") for c in app.story):
        brand, form = r.choice(L.AGENCIES)
        ag = dict(mk.company(L, app.field, app.co["region"]))
        mk.used_brands.discard(ag["brand"])
        ag.update(brand=brand, legal=f"{brand} {form}", domain=W.slug(brand) + ".example")
        app.agency = ag
        app.agent = mk.person(L, ag, r.choice(getattr(L, "AGENT_TITLES", ["Senior Consultant", "Principal Consultant", "Talent Partner"])),
                              client=r.choice(["outlook", "gmail", "iphone", "gmail"]))
        app.agency_people = [app.agent]
        app.client_desc = r.choice(L.CLIENT_DESC[app.field])
    app.t0 = t0
    app.st = H.St()
    app.st.clock = t0
    return app


def random_t0(w):
    r = w.rng
    span = (END - START).days
    d = START + dt.timedelta(days=r.randint(0, span))
    mins = r.randint(8 * 60, 23 * 60 + 30)
    return dt.datetime(d.year, d.month, d.day, mins // 60, mins % 60, r.randint(0, 59), tzinfo=ZoneInfo("Europe/Lisbon"))


def plan(w):
    """Choose stories per language so that kinds approach the target shares."""
    r = w.rng
    plans = []
    # every story shape appears at least once: deal them out to the languages, bigger languages get more
    names = list(S.STORIES)
    r.shuffle(names)
    deck = []
    for lang, total in TOTALS.items():
        deck += [lang] * max(1, round(total / 12))
    r.shuffle(deck)
    seeds = collections.defaultdict(list)
    for i, name in enumerate(names):
        seeds[deck[i % len(deck)]].append(name)
    for lang, total in TOTALS.items():
        # the planner aims a little low on thank-yous and high on rejections, because thank-you-bearing
        # stories also carry the invites it needs
        bias = {"thank_you": 0.8, "rejection": 1.12, "offer": 1.08, "application_ack": 0.95, "interview_invite": 0.85, "follow_up": 1.1, "assessment": 1.1}
        target = {k: SHARE[k] * total * bias.get(k, 1.0) for k in SHARE}
        got = collections.Counter()
        uses = collections.Counter()
        budget = total - round(total * 0.205)
        n = 0
        for name in seeds[lang]:
            uses[name] += 1
            for c in S.STORIES[name]:
                got[S.KIND_OF[c]] += 1
            n += len(S.STORIES[name])
            plans.append((lang, name))
        while n < budget:
            best = []
            for name, codes in S.STORIES.items():
                if n + len(codes) > budget + 1:
                    continue
                sc = 0.0
                for c in codes:
                    k = S.KIND_OF[c]
                    tk = target[k] * 0.1 if k == "other" else target[k]
                    d = (tk - got[k]) / max(tk, 1)
                    sc += d if d > 0 else 2.5 * d
                sc = sc / len(codes) ** 0.5 - 0.12 * uses[name] + (0.3 if uses[name] == 0 else 0.0) + r.random() * 0.1
                best.append((sc, name))
            if not best:
                break
            best.sort(reverse=True)
            name = r.choice(best[:3])[1]
            uses[name] += 1
            for c in S.STORIES[name]:
                got[S.KIND_OF[c]] += 1
            n += len(S.STORIES[name])
            plans.append((lang, name))
    return plans


def main():
    rng = random.Random(SEED)
    w = S.World(rng, LANGS)
    mk = Maker(w)
    plans = plan(w)
    apps = []
    for lang, name in plans:
        app = make_app(w, mk, lang, name, random_t0(w))
        apps.append(app)
        for code in app.story:
            H.HANDLERS[code](w, app)
    # standalone "other" mail, per language, filling up to the language total
    per_lang = collections.Counter(m.lang for m in w.mails)
    for lang, total in TOTALS.items():
        others.make_others(w, mk, LANGS[lang], lang, max(0, total - per_lang[lang]))
    mails = list(w.mails)
    rng.shuffle(mails)
    if os.path.isdir(OUT_ROOT):
        shutil.rmtree(OUT_ROOT)
    os.makedirs(OUT)
    with open(os.path.join(OUT, "ACCOUNT"), "w", encoding="utf-8") as f:
        f.write(W.OWNER["addr"] + "\n" + W.OWNER["tz"] + "\n")
    lines = []
    index = []
    for i, m in enumerate(mails, 1):
        fn = f"{i:04d}.eml"
        data = M.render(m, rng)
        with open(os.path.join(OUT, fn), "wb") as f:
            f.write(data)
        lab = dict(file=fn, **m.label)
        lines.append(json.dumps({k: lab[k] for k in ["file", "kind", "direction", "company", "role", "interview_start",
                                                     "interviewers", "reply_by", "note"]}, ensure_ascii=False))
        index.append(f"{fn}\t{m.lang}\t{m.code}")
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    with open(os.path.join(OUT_ROOT, "index.tsv"), "w", encoding="utf-8") as f:
        f.write("file\tlang\tcode\n" + "\n".join(index) + "\n")
    kinds = collections.Counter(m.label["kind"] for m in mails)
    if os.environ.get("EU_STATS"):
        per = collections.defaultdict(collections.Counter)
        for m in mails:
            per[m.lang][m.label["kind"]] += 1
        for lang in per:
            print(lang, sum(per[lang].values()), dict(per[lang]))
    print(f"{len(mails)} messages -> {OUT}")
    for k, v in sorted(kinds.items(), key=lambda x: -x[1]):
        print(f"  {k:20s} {v}")


if __name__ == "__main__":
    main()
