"""Standalone 'other' mail: alerts, newsletters, account mail, scams, non-job applications, personal mail.

Every subtype reads its text from the language bank (keys "x.<subtype>.s" for subjects and
"x.<subtype>.c" for the core text, sometimes more) and its senders from L.OSEND[<subtype>].
All of it is labelled kind "other" with every extracted field null.
"""
import collections
import datetime as dt
from zoneinfo import ZoneInfo

import engine as E
import mail as M
import world as W
from handlers import App, St, attach_calendar, new_mail, owner_to, platform_shape
from stories import LIS, OWNER, fill

SUBTYPES = [("alert", 4), ("news", 2), ("account", 2), ("views", 1), ("scam", 2), ("flat", 2), ("card", 1), ("visa", 1),
            ("school", 1), ("promo", 1.5), ("social", 1.5), ("receipt", 1), ("personal", 2), ("event", 1), ("press", 1),
            ("pes", 1), ("survey", 1), ("outpersonal", 1), ("outflat", 1), ("tc", 1.5), ("bounce", 1)]


class OCtx:
    pass


def _pseudo_app(L, lang, tz):
    a = App()
    a.L, a.lang, a.tz, a.country = L, lang, tz, ""
    a.st = St()
    a.co = dict(brand="", domain="")
    return a


def _date(w, tz, h0=7, h1=22):
    r = w.rng
    span = (dt.date(2027, 5, 31) - dt.date(2025, 1, 10)).days
    d = dt.date(2025, 1, 10) + dt.timedelta(days=r.randint(0, span))
    mins = r.randint(h0 * 60, h1 * 60)
    return dt.datetime(d.year, d.month, d.day, mins // 60, mins % 60, r.randint(0, 59), tzinfo=ZoneInfo(tz))


def _tz(L):
    return L.REGIONS[0]["tz"]


def _pick(w, L, key, reg=None):
    return w.P.pick(L, key, reg)


# (subject index, core index) pairs where the subject must match the text
PAIRS = {"flat": [(1, 0), (0, 1), (2, 2), (0, 0)], "card": [(0, 0), (2, 0), (1, 1), (0, 1)], "school": [(1, 0), (0, 0), (0, 1)],
         "event": [(0, 0), (2, 0), (1, 1)], "personal": [(0, 0), (1, 1), (2, 2)], "outpersonal": [(0, 0), (1, 1), (2, 1), (2, 0)],
         "outflat": [(0, 0), (1, 1)], "account": [(0, 0), (1, 2), (2, 1), (3, 1)], "press": [(0, 0), (1, 1), (2, 0), (2, 1)],
         "receipt": [(0, 0), (1, 0), (2, 1), (1, 1)], "views": [(0, 0), (1, 1), (2, 0)], "social": [(0, 0), (1, 1), (2, 0)]}
_pair_use = collections.Counter()


def _pair(w, L, sub):
    """Subject and core text chosen together so that they agree."""
    prs = PAIRS[sub]
    m = min(_pair_use[(L.CODE, sub, p)] for p in prs)
    p = w.rng.choice([p for p in prs if _pair_use[(L.CODE, sub, p)] == m])
    _pair_use[(L.CODE, sub, p)] += 1
    return L.B[f"x.{sub}.s"][p[0]], L.B[f"x.{sub}.c"][p[1]]


def _brands(w, lang, k):
    seen = [m for m in w.mails if m.lang == lang and m.label["company"]]
    names = sorted({m.label["company"] for m in seen})
    w.rng.shuffle(names)
    return names[:k]


def _listing(w, mk, L, lang, n):
    r = w.rng
    real = _brands(w, lang, 2)
    out = []
    for i in range(n):
        field = r.choice(["eng", "mkt", "log", "res", "hosp"])
        disp, plain = r.choice(L.ROLES[field])
        if real and r.random() < 0.35:
            brand = real.pop()
        else:
            brand = L.company_name(r.choice(L.CO_ROOTS), r.choice(L.CO_WORDS[field]), r)
        city = r.choice(r.choice(L.REGIONS)["cities"])[0]
        out.append(f"{disp} – {brand} – {city}")
    return out


def _finish(w, m, sub, note):
    m.label = dict(kind="other", direction=m.direction, company=None, role=None, interview_start=None,
                   interviewers=None, reply_by=None, note=f"{m.lang} {note}")
    w.mails.append(m)
    return m


def _ctx(w, L, **kw):
    c = dict(_L=L, first=OWNER["first"], last=OWNER["last"], full=OWNER["full"])
    c.update(kw)
    return c


def _sender(w, L, sub):
    r = w.rng
    name, addr = r.choice(L.OSEND[sub])
    return name, addr


def make_others(w, mk, L, lang, n):
    r = w.rng
    use = collections.Counter()
    made = []
    for i in range(n):
        cands = sorted(SUBTYPES, key=lambda x: ((use[x[0]] + 1) / x[1], r.random()))
        sub = cands[0][0]
        use[sub] += 1
        made.append(GEN[sub](w, mk, L, lang))
    return made


# ------------------------------------------------------------------ subtypes
def g_alert(w, mk, L, lang):
    r = w.rng
    board = r.choice(L.BOARDS + ["LinkedIn", "Indeed"])
    v = W.platform(board)
    tz = _tz(L)
    date = _date(w, tz, 5, 9)
    field = r.choice(["eng", "mkt", "log", "res", "hosp"])
    query = r.choice(L.ROLES[field])[1]
    jobs = _listing(w, mk, L, lang, r.randint(3, 6))
    c = _ctx(w, L, n=str(len(jobs) + r.randint(0, 20)), query=query, board=board, city=r.choice(L.REGIONS[0]["cities"])[0])
    blocks = [fill(_pick(w, L, "greetb"), c), fill(_pick(w, L, "x.alert.c"), c), ("list", jobs),
              ("btn", L.UI["similar"], f"https://www.{v['domain']}/jobs?q={W.slug(query)}&alert={E.alnum(r, 8)}"),
              fill(_pick(w, L, "x.alert.x"), c), ("small", fill(r.choice(L.BOARD_FOOT), dict(board=board)))]
    m = new_mail(w, _pseudo_app(L, lang, tz), "other", "X_ALERT", (v["from_name_v"], v["from_addr_v"].replace("jobs-noreply", "jobalerts-noreply")),
                 owner_to(r), date, fill(_pick(w, L, "x.alert.s"), c), blocks, "board")
    platform_shape(w, m, v, unsub=True)
    m.bulk = True
    m.list_id = f"<jobalerts.{v['domain']}>"
    return _finish(w, m, "alert", f"{board} job alert listing jobs (some at companies Inês applied to): other")


def g_news(w, mk, L, lang):
    r = w.rng
    board = r.choice(L.BOARDS)
    v = W.platform(board)
    tz = _tz(L)
    date = _date(w, tz, 6, 12)
    c = _ctx(w, L, board=board)
    items = r.sample(L.B["x.news.items"], 3)
    blocks = [fill(_pick(w, L, "x.news.c"), c), ("list", [fill(x, c) for x in items]),
              ("btn", L.UI["similar"], f"https://magazin.{v['domain']}/?utm_source=newsletter&utm_campaign={E.alnum(r, 6)}"),
              ("small", fill(r.choice(L.BOARD_FOOT), dict(board=board)))]
    m = new_mail(w, _pseudo_app(L, lang, tz), "other", "X_NEWS", (f"{board} " + L.B["x.news.from"][0], f"newsletter@{v['domain']}"),
                 owner_to(r), date, fill(_pick(w, L, "x.news.s"), c), blocks, "board")
    platform_shape(w, m, v, unsub=True)
    m.bulk = True
    m.list_id = f"<newsletter.{v['domain']}>"
    return _finish(w, m, "news", "career newsletter with interview tips / salary-offer articles: other")


def g_account(w, mk, L, lang):
    r = w.rng
    _subj_account, _core_account = _pair(w, L, "account")
    ats = r.choice(L.ATS)
    brands = _brands(w, lang, 1)
    brand = brands[0] if brands and r.random() < 0.6 else L.company_name(r.choice(L.CO_ROOTS), r.choice(L.CO_WORDS["eng"]), r)
    v = W.platform(ats, brand)
    tz = _tz(L)
    date = _date(w, tz, 0, 23)
    c = _ctx(w, L, code=str(r.randint(100000, 999999)), portal=ats, company=brand)
    blocks = [fill(_pick(w, L, "greetb"), c), fill(_core_account, c),
              ("btn", L.UI["portal"], f"https://{W.slug(brand)}.{v['domain']}/account/verify?token={E.alnum(r, 32)}"),
              ("small", fill(r.choice(L.AUTO_NOTE), c))]
    m = new_mail(w, _pseudo_app(L, lang, tz), "other", "X_ACCOUNT", (v["from_name_v"], v["from_addr_v"]), owner_to(r), date,
                 fill(_subj_account, c), blocks, "ats")
    platform_shape(w, m, v, bulk=False, unsub=False)
    m.auto = True
    return _finish(w, m, "account", f"{ats} candidate-account mail (verification / password) sent from the employer's ATS address: other")


def g_views(w, mk, L, lang):
    r = w.rng
    _subj_views, _core_views = _pair(w, L, "views")
    board = r.choice(["LinkedIn", "XING"] if lang == "de" else ["LinkedIn", "Indeed"] + L.BOARDS[:1])
    v = W.platform(board)
    tz = _tz(L)
    date = _date(w, tz, 6, 21)
    c = _ctx(w, L, n=str(r.randint(3, 40)), board=board)
    blocks = [fill(_pick(w, L, "greetb"), c), fill(_core_views, c),
              ("btn", L.UI["view_apps"], f"https://www.{v['domain']}/me/profile-views"), ("small", fill(r.choice(L.BOARD_FOOT), dict(board=board)))]
    m = new_mail(w, _pseudo_app(L, lang, tz), "other", "X_VIEWS", (board, f"notifications-noreply@{v['domain']}"), owner_to(r), date,
                 fill(_subj_views, c), blocks, "board")
    platform_shape(w, m, v, unsub=True)
    return _finish(w, m, "views", f"{board} profile-views / search-appearances notice: other")


def g_scam(w, mk, L, lang):
    r = w.rng
    tz = r.choice(["Africa/Lagos", "Asia/Singapore", "UTC", _tz(L)])
    date = _date(w, tz, 0, 23)
    name, addr = _sender(w, L, "scam")
    c = _ctx(w, L, amount=r.choice(["350", "420", "480", "600"]), phone="+44 7" + str(r.randint(100000000, 999999999)))
    blocks = [fill(_pick(w, L, "x.scam.c"), c), fill(_pick(w, L, "x.scam.x"), c)]
    m = new_mail(w, _pseudo_app(L, lang, tz), "other", "X_SCAM", (name, addr), [("", OWNER["addr"])], date,
                 fill(_pick(w, L, "x.scam.s"), c), blocks, "plain")
    m.auth = r.choice(["softfail", "fail", "none"])
    m.html_mode = r.choice(["plain", "alt"])
    m.reply_to = (name, f"hr.{E.alnum(r, 5, 'abcdefghijklmnopqrstuvwxyz')}@{r.choice(['fastmail-jobs.example', 'quickhire.test', 'workfromhome-now.example'])}")
    return _finish(w, m, "scam", "recruitment scam (pay per task, WhatsApp 'interview', fee): other")


def g_flat(w, mk, L, lang):
    r = w.rng
    _subj_flat, _core_flat = _pair(w, L, "flat")
    tz = _tz(L)
    date = _date(w, tz, 8, 19)
    name, addr = _sender(w, L, "flat")
    when = date + dt.timedelta(days=r.randint(2, 6))
    when = when.replace(hour=r.choice([10, 12, 17, 18]), minute=r.choice([0, 30]))
    c = _ctx(w, L, when=L.when(when, r.randrange(L.N_WHEN)), street=r.choice(L.STREETS), n=str(r.randint(1, 4)))
    blocks = [fill(_pick(w, L, "greet", "f"), c), fill(_core_flat, c), name]
    m = new_mail(w, _pseudo_app(L, lang, tz), "other", "X_FLAT", (name, addr), owner_to(r), date, fill(_subj_flat, c), blocks,
                 r.choice(["plain", "outlook", "gmail"]))
    m.html_mode = r.choice(["plain", "alt"])
    if m.style == "outlook":
        m.eol = "\r\n"
    return _finish(w, m, "flat", "rental-flat application ('Bewerbung'/candidatura for an apartment, viewing slot): not a job, other")


def g_card(w, mk, L, lang):
    r = w.rng
    _subj_card, _core_card = _pair(w, L, "card")
    tz = _tz(L)
    date = _date(w, tz, 6, 22)
    name, addr = _sender(w, L, "card")
    c = _ctx(w, L, bank=name, ref=str(r.randint(10 ** 7, 10 ** 8)))
    blocks = [fill(_pick(w, L, "greet", "f"), c), fill(_core_card, c), ("btn", L.UI["open"], f"https://banking.{addr.split('@')[1]}/antrag/{E.alnum(r, 10)}"),
              ("small", fill(L.AUTO_NOTE[0], c))]
    m = new_mail(w, _pseudo_app(L, lang, tz), "other", "X_CARD", (name, addr), owner_to(r), date, fill(_subj_card, c), blocks, "vendor")
    m.vendor = dict(name=name, domain=addr.split("@")[1], color="#003366", skin=r.randint(0, 4), esp=None)
    m.auto = True
    m.html_mode = "alt"
    return _finish(w, m, "card", "credit-card application status from a bank: other")


def g_visa(w, mk, L, lang):
    r = w.rng
    tz = _tz(L)
    date = _date(w, tz, 7, 18)
    name, addr = _sender(w, L, "visa")
    when = (date + dt.timedelta(days=r.randint(5, 20))).replace(hour=r.choice([8, 9, 10, 11, 14]), minute=r.choice([0, 15, 30, 45]))
    c = _ctx(w, L, when=L.when(when, r.randrange(L.N_WHEN)), ref=f"{r.choice('ABCDEFGH')}{r.randint(100000, 999999)}")
    blocks = [fill(_pick(w, L, "greet", "f"), c), fill(_pick(w, L, "x.visa.c"), c), ("small", fill(L.AUTO_NOTE[0], c))]
    m = new_mail(w, _pseudo_app(L, lang, tz), "other", "X_VISA", (name, addr), owner_to(r), date, fill(_pick(w, L, "x.visa.s"), c), blocks, "plain")
    m.auto = True
    m.html_mode = r.choice(["plain", "alt"])
    return _finish(w, m, "visa", "public-administration / visa appointment (may say 'interview'): other")


def g_school(w, mk, L, lang):
    r = w.rng
    _subj_school, _core_school = _pair(w, L, "school")
    tz = _tz(L)
    date = _date(w, tz, 8, 18)
    name, addr = _sender(w, L, "school")
    when = (date + dt.timedelta(days=r.randint(7, 21))).replace(hour=r.choice([9, 10, 14, 15]), minute=0)
    c = _ctx(w, L, school=name, when=L.when(when, r.randrange(L.N_WHEN)))
    blocks = [fill(_pick(w, L, "greet", "f"), c), fill(_core_school, c), name]
    m = new_mail(w, _pseudo_app(L, lang, tz), "other", "X_SCHOOL", (name, addr), owner_to(r), date, fill(_subj_school, c), blocks, "plain")
    m.html_mode = r.choice(["plain", "alt"])
    return _finish(w, m, "school", "university / course application (admissions, selection talk): not a job, other")


def g_promo(w, mk, L, lang):
    r = w.rng
    tz = _tz(L)
    date = _date(w, tz, 6, 21)
    name, addr = _sender(w, L, "promo")
    c = _ctx(w, L, shop=name, pct=str(r.choice([15, 20, 25, 30, 40, 50])))
    blocks = [fill(_pick(w, L, "x.promo.c"), c), ("btn", L.UI["open"], f"https://www.{addr.split('@')[1]}/angebot?c={E.alnum(r, 8)}"),
              ("small", fill(r.choice(L.BOARD_FOOT), dict(board=name)))]
    m = new_mail(w, _pseudo_app(L, lang, tz), "other", "X_PROMO", (name, addr), owner_to(r), date, fill(_pick(w, L, "x.promo.s"), c), blocks, "vendor")
    m.vendor = dict(name=name, domain=addr.split("@")[1], color="#c2185b", skin=r.randint(0, 4), esp=r.choice(["sendgrid", "mailgun", "mandrill"]))
    m.bulk = m.unsub = True
    return _finish(w, m, "promo", "marketing mail with an 'offer' (a discount): other")


def g_social(w, mk, L, lang):
    r = w.rng
    _subj_social, _core_social = _pair(w, L, "social")
    v = W.platform("LinkedIn")
    tz = _tz(L)
    date = _date(w, tz, 6, 23)
    g = r.choice("fm")
    nm = f"{r.choice(L.FIRST_F if g == 'f' else L.FIRST_M)} {r.choice(L.LAST)}"
    c = _ctx(w, L, name=nm, title=r.choice([t.split("|")[-1] for t in L.REC_TITLES]))
    blocks = [fill(_core_social, c), ("btn", L.UI["reply"], f"https://www.linkedin-mail.example/comm/{E.alnum(r, 14)}"),
              ("small", fill(r.choice(L.BOARD_FOOT), dict(board="LinkedIn")))]
    m = new_mail(w, _pseudo_app(L, lang, tz), "other", "X_SOCIAL", (f"{nm} via LinkedIn", "invitations@linkedin-mail.example"), owner_to(r), date,
                 fill(_subj_social, c), blocks, "board")
    platform_shape(w, m, v, unsub=True)
    return _finish(w, m, "social", "LinkedIn social notification (connection request, comment), even from a recruiter: other")


def g_receipt(w, mk, L, lang):
    r = w.rng
    _subj_receipt, _core_receipt = _pair(w, L, "receipt")
    tz = _tz(L)
    date = _date(w, tz, 0, 23)
    name, addr = _sender(w, L, "receipt")
    c = _ctx(w, L, shop=name, amount=f"{r.randint(9, 180)},{r.randint(0, 99):02d}", ref=str(r.randint(10 ** 8, 10 ** 9)))
    blocks = [fill(_core_receipt, c), ("kv", [("#", c["ref"]), ("€" if lang != "pt_br" else "R$", c["amount"])]),
              ("small", fill(r.choice(L.BOARD_FOOT), dict(board=name)))]
    m = new_mail(w, _pseudo_app(L, lang, tz), "other", "X_RECEIPT", (name, addr), owner_to(r), date, fill(_subj_receipt, c), blocks, "vendor")
    m.vendor = dict(name=name, domain=addr.split("@")[1], color="#2e7d32", skin=r.randint(0, 4), esp=r.choice(["ses", "postmark", None]))
    m.auto = True
    return _finish(w, m, "receipt", "receipt / booking confirmation: other")


def g_personal(w, mk, L, lang):
    r = w.rng
    _subj_personal, _core_personal = _pair(w, L, "personal")
    tz = _tz(L)
    date = _date(w, tz, 8, 23)
    name, addr = _sender(w, L, "personal")
    c = _ctx(w, L, name=name.split()[0])
    blocks = [fill(_core_personal, c), name.split()[0]]
    style = r.choice(["gmail", "iphone", "plain"])
    m = new_mail(w, _pseudo_app(L, lang, tz), "other", "X_PERSONAL", (name, addr), [("Inês", OWNER["addr"])], date,
                 fill(_subj_personal, c), blocks, style)
    if style == "iphone":
        m.blocks.append(("sig", r.choice(L.MOBILE)))
        m.mime_version = "1.0 (1.0)"
        m.x_mailer = "iPhone Mail (22D72)"
    m.html_mode = "plain" if style != "gmail" else "alt"
    return _finish(w, m, "personal", "a friend or relative asks about the interview / sends a posting: other")


def g_event(w, mk, L, lang):
    r = w.rng
    _subj_event, _core_event = _pair(w, L, "event")
    tz = _tz(L)
    date = _date(w, tz, 8, 18)
    name, addr = _sender(w, L, "event")
    start = (date + dt.timedelta(days=r.randint(5, 25))).replace(hour=r.choice([10, 12, 17, 18]), minute=0, second=0)
    c = _ctx(w, L, when=L.when(start, r.randrange(L.N_WHEN)), host=name)
    blocks = [fill(_pick(w, L, "greetb"), c), fill(_core_event, c), ("btn", L.UI["confirm"], f"https://events.{addr.split('@')[1]}/r/{E.alnum(r, 10)}"),
              ("small", fill(r.choice(L.BOARD_FOOT), dict(board=name)))]
    a = _pseudo_app(L, lang, tz)
    subj = fill(_subj_event, c)
    m = new_mail(w, a, "other", "X_EVENT", (name, addr), owner_to(r), date, subj, blocks, "vendor")
    m.vendor = dict(name=name, domain=addr.split("@")[1], color="#6a1b9a", skin=r.randint(0, 4), esp="sendgrid")
    m.bulk = m.unsub = True
    attach_calendar(w, a, m, start, 60, (name, addr), [(OWNER["full"], OWNER["addr"])], subj, "Online", c["when"],
                    tzmode=r.choice(["utc", "iana"]))
    return _finish(w, m, "event", "career fair / webinar registration with a METHOD:REQUEST calendar part: other")


def g_press(w, mk, L, lang):
    r = w.rng
    _subj_press, _core_press = _pair(w, L, "press")
    tz = _tz(L)
    date = _date(w, tz, 8, 19)
    name, addr = _sender(w, L, "press")
    start = (date + dt.timedelta(days=r.randint(4, 14))).replace(hour=r.choice([10, 11, 15, 16]), minute=0, second=0)
    c = _ctx(w, L, when=L.when(start, r.randrange(L.N_WHEN)), name=name)
    blocks = [fill(_pick(w, L, "greet", "i"), c), fill(_core_press, c), name]
    m = new_mail(w, _pseudo_app(L, lang, tz), "other", "X_PRESS", (name, addr), owner_to(r), date, fill(_subj_press, c), blocks, "gmail")
    m.html_mode = "alt"
    return _finish(w, m, "press", "podcast / student-magazine 'interview' with a fixed time; not a job interview: other")


def g_pes(w, mk, L, lang):
    r = w.rng
    tz = _tz(L)
    date = _date(w, tz, 7, 17)
    name, addr = _sender(w, L, "pes")
    start = (date + dt.timedelta(days=r.randint(5, 15))).replace(hour=r.choice([8, 9, 10, 13]), minute=r.choice([0, 30]), second=0)
    c = _ctx(w, L, when=L.when(start, r.randrange(L.N_WHEN)), ref=str(r.randint(100000, 999999)))
    blocks = [fill(_pick(w, L, "greet", "f"), c), fill(_pick(w, L, "x.pes.c"), c), name]
    m = new_mail(w, _pseudo_app(L, lang, tz), "other", "X_PES", (name, addr), owner_to(r), date, fill(_pick(w, L, "x.pes.s"), c), blocks, "plain")
    m.auto = True
    m.html_mode = "plain"
    return _finish(w, m, "pes", "public employment service appointment ('Beratungsgespräch', 'entretien'): other")


def g_survey(w, mk, L, lang):
    r = w.rng
    brands = _brands(w, lang, 1)
    brand = brands[0] if brands else L.company_name(r.choice(L.CO_ROOTS), r.choice(L.CO_WORDS["log"]), r)
    ats = r.choice(L.ATS)
    v = W.platform(ats, brand)
    tz = _tz(L)
    date = _date(w, tz, 8, 20)
    c = _ctx(w, L, company=brand)
    blocks = [fill(_pick(w, L, "greetb"), c), fill(_pick(w, L, "x.survey.c"), c), ("btn", L.UI["open"], f"https://survey.{v['domain']}/s/{E.alnum(r, 16)}"),
              ("small", fill(L.AUTO_NOTE[0], c))]
    m = new_mail(w, _pseudo_app(L, lang, tz), "other", "X_SURVEY", (v["from_name_v"], v["from_addr_v"]), owner_to(r), date,
                 fill(_pick(w, L, "x.survey.s"), c), blocks, "ats")
    platform_shape(w, m, v, unsub=True)
    return _finish(w, m, "survey", "candidate-experience survey from an employer's ATS: no status, other")


def g_outpersonal(w, mk, L, lang):
    r = w.rng
    _subj_outpersonal, _core_outpersonal = _pair(w, L, "outpersonal")
    date = _date(w, OWNER["tz"], 8, 23)
    name, addr = _sender(w, L, "personal")
    c = _ctx(w, L, name=name.split()[0])
    blocks = [fill(_core_outpersonal, c), OWNER["first"]]
    a = _pseudo_app(L, lang, OWNER["tz"])
    m = new_mail(w, a, "other", "X_OUTPERSONAL", (OWNER["short"], OWNER["addr"]), [(name, addr)], date,
                 fill(_subj_outpersonal, c), blocks, r.choice(["gmail", "iphone"]), direction="out")
    m.html_mode = "plain" if m.style == "iphone" else "alt"
    if m.style == "iphone":
        m.blocks.append(("sig", "Enviado do meu iPhone"))
        m.mime_version = "1.0 (1.0)"
    return _finish(w, m, "outpersonal", "outbound: Inês tells a friend about an interview or an offer: other")


def g_outflat(w, mk, L, lang):
    r = w.rng
    _subj_outflat, _core_outflat = _pair(w, L, "outflat")
    tz = _tz(L)
    date = _date(w, OWNER["tz"], 9, 21)
    name, addr = _sender(w, L, "flat")
    c = _ctx(w, L, street=r.choice(L.STREETS))
    blocks = [fill(_core_outflat, c), OWNER["full"]]
    a = _pseudo_app(L, lang, OWNER["tz"])
    m = new_mail(w, a, "other", "X_OUTFLAT", (OWNER["full"], OWNER["addr"]), [(name, addr)], date,
                 fill(_subj_outflat, c), blocks, "gmail", direction="out")
    m.html_mode = "alt"
    return _finish(w, m, "outflat", "outbound follow-up on a rental-flat application (not a job follow-up): other")


def g_tc(w, mk, L, lang):
    r = w.rng
    brands = _brands(w, lang, 1)
    brand = brands[0] if brands else L.company_name(r.choice(L.CO_ROOTS), r.choice(L.CO_WORDS["mkt"]), r)
    ats = r.choice(L.ATS)
    v = W.platform(ats, brand)
    tz = _tz(L)
    date = _date(w, tz, 6, 12)
    jobs = [f"{r.choice(L.ROLES[f])[0]} – {r.choice(L.REGIONS[0]['cities'])[0]}" for f in r.sample(["eng", "mkt", "log", "res", "hosp"], 3)]
    c = _ctx(w, L, company=brand)
    blocks = [fill(_pick(w, L, "greetb"), c), fill(_pick(w, L, "x.tc.c"), c), ("list", jobs),
              ("btn", L.UI["similar"], f"https://{W.slug(brand)}.{v['domain']}/jobs"), ("small", fill(r.choice(L.BOARD_FOOT), dict(board=brand)))]
    m = new_mail(w, _pseudo_app(L, lang, tz), "other", "X_TC", (v["from_name_v"], v["from_addr_v"]), owner_to(r), date,
                 fill(_pick(w, L, "x.tc.s"), c), blocks, "ats")
    platform_shape(w, m, v, unsub=True)
    m.bulk = True
    return _finish(w, m, "tc", "talent-community newsletter from an employer's ATS listing open roles: other")


def g_bounce(w, mk, L, lang):
    r = w.rng
    date = _date(w, "UTC", 0, 23)
    bad = f"{r.choice(['recruiting', 'karriere', 'rh', 'jobs'])}@{W.slug(L.company_name(r.choice(L.CO_ROOTS), r.choice(L.CO_WORDS['log']), r))}.example"
    c = _ctx(w, L, addr=bad)
    blocks = [fill(_pick(w, L, "x.bounce.c"), c), ("raw", f"Remote-MTA: dns; mx.{bad.split('@')[1]}\nDiagnostic-Code: smtp; 550 5.1.1 <{bad}>: Recipient address rejected: User unknown")]
    a = _pseudo_app(L, lang, "UTC")
    m = new_mail(w, a, "other", "X_BOUNCE", ("Mail Delivery System", "MAILER-DAEMON@mx2.example.net"), [("", OWNER["addr"])], date,
                 fill(_pick(w, L, "x.bounce.s"), c), blocks, "plain")
    m.html_mode = "plain"
    m.auto = True
    m.auto_value = "auto-replied"
    return _finish(w, m, "bounce", "delivery-failure notice for one of Inês's mails: other")


GEN = {k[2:]: v for k, v in globals().items() if k.startswith("g_")}
