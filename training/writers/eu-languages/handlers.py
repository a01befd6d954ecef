"""Event handlers: each turns one step of an application's story into a Mail with its label."""
import datetime as dt
from zoneinfo import ZoneInfo

import engine as E
import mail as M
import world as W
from stories import (KIND_OF, LIS, OWNER, Person, biz, fill, iv_slot, later, template_fields)

UTC = dt.timezone.utc


class App:
    pass


class St:
    """Per-application running state."""

    def __init__(self):
        self.mails = []
        self.clock = None
        self.iv = None
        self.last_human = None
        self.last_any = None
        self.iv_mail = None
        self.last_out = None
        self.promise_mail = None
        self.slots = None
        self.met = []
        self.rounds = 0
        self.outreach = None
        self.pending_offer = None


# ------------------------------------------------------------------ small helpers
def owner_to(rng):
    r = rng.random()
    if r < 0.15:
        return [("", OWNER["addr"])]
    if r < 0.55:
        return [(OWNER["short"], OWNER["addr"])]
    if r < 0.7:
        return [("Hofmann, Inês", OWNER["addr"])]
    return [(OWNER["full"], OWNER["addr"])]


def ctx(w, app, who=None, **kw):
    sender = who
    L = app.L
    c = dict(_L=L, first=OWNER["first"], last=OWNER["last"], full=OWNER["full"], short=OWNER["short"],
             company=app.co["brand"], legal=app.co["legal"], city=app.co["city"], role=app.role_plain,
             role_disp=app.role_disp, ref=app.ref, field_desc=L.FIELD_DESC[app.field],
             portal=f"https://{app.portal_host}/candidate/{E.alnum(w.rng, 12)}",
             privacy=f"https://{app.co['domain']}/{L.PRIVACY_PATH}",
             web=f"www.{app.co['domain']}", board=app.board["name"] if app.board else "LinkedIn")
    if sender is not None:
        c.update(rname=sender.full, rfirst=sender.first, rlast=sender.last, rtitle=sender.title)
    if app.agency:
        c.update(agency=app.agency["brand"], agency_legal=app.agency["legal"], client_desc=app.client_desc)
    c.update(kw)
    return c


def pick(w, app, key, reg=None, **kw):
    return w.P.pick(app.L, key, reg, **kw)


def timing(w, app, t, c, sent):
    """Fill {promise}/{vague}; return reply_by date or None."""
    L = app.L
    f = template_fields(t)
    rb = None
    if "promise" in f:
        d = sent.date()
        kinds = [k for k in L.PROMISE_KINDS if ok_kind(k[0], d)]
        kind, ns = w.rng.choice(kinds)
        n = w.rng.choice(ns) if ns else 0
        rb = W.resolve_promise(kind, n, d)
        c["promise"] = L.promise(kind, n, rb, d, w.rng)
    if "vague" in f:
        c["vague"] = w.rng.choice(L.VAGUE)
    return rb


def ok_kind(kind, d):
    wd = d.weekday()
    if kind == "end_week":
        return wd <= 2
    if kind == "tomorrow":
        return wd <= 3
    if kind in ("fri",):
        return wd <= 3
    if kind == "end_month":
        return d.day <= 18
    if kind == "wed":
        return wd in (3, 4, 0)
    return True


def sig_human(w, app, p, style, reg, company=True):
    """Closing + signature block for an employer-side human."""
    L = app.L
    r = w.rng
    close = pick(w, app, "close", reg)
    if style == "iphone":
        return [close + "\n" + (p.first if r.random() < 0.5 else p.full), ("sig", r.choice(L.MOBILE))]
    co = app.agency if (app.agency and p in app.agency_people) else app.co
    lines = [p.full]
    if r.random() < 0.9:
        lines.append(p.title)
    if company:
        lines.append(co["legal"] if r.random() < 0.7 else co["brand"])
    if r.random() < 0.55:
        lines.append(co["street"])
        lines.append(co["zipcity"])
    if p.phone and r.random() < 0.75:
        lines.append(f"{L.SIG['tel']} {p.phone}")
    if r.random() < 0.45:
        lines.append(f"www.{co['domain']}")
    if r.random() < 0.25:
        lines.append(f"{L.SIG['mail']} {p.email}")
    sig = "\n".join(lines)
    v = r.random()
    if v < 0.45:
        out = [close + "\n\n" + sig]
    elif v < 0.75:
        out = [close, ("sig", sig)]
    else:
        out = [close + "\n" + p.first if r.random() < 0.5 else close, ("sig", sig)]
    if r.random() < 0.35 and co.get("register"):
        out.append(("small", co["register"]))
    if r.random() < 0.3:
        out.append(("small", r.choice(L.CONF)))
    if r.random() < 0.12:
        out.append(("small", fill(r.choice(L.GDPR), dict(company=co["brand"], legal=co["legal"],
                                                         privacy=f"https://{co['domain']}/{L.PRIVACY_PATH}"))))
    return out


def team_sig(w, app, reg):
    c = dict(company=app.co["brand"], legal=app.co["legal"], city=app.co["city"])
    return [pick(w, app, "close", reg) + "\n" + fill(pick(w, app, "team", reg), c)]


def ats_footer(w, app, v):
    L = app.L
    r = w.rng
    c = dict(company=app.co["brand"], legal=app.co["legal"], privacy=f"https://{app.co['domain']}/{L.PRIVACY_PATH}",
             vendor=v["name"], street=app.co["street"], zipcity=app.co["zipcity"])
    out = []
    if r.random() < 0.7:
        out.append(("small", fill(r.choice(L.AUTO_NOTE), c)))
    if r.random() < 0.6:
        out.append(("small", fill(r.choice(L.GDPR), c)))
    if r.random() < 0.5:
        out.append(("small", f"{app.co['legal']} · {app.co['street']} · {app.co['zipcity']}"))
    if r.random() < 0.5:
        out.append(("small", fill(r.choice(L.POWERED), c)))
    return out


def new_mail(w, app, kind, code, frm, to, date, subject, blocks, style, **kw):
    m = M.Mail(lang=app.lang, L=app.L, kind=kind, code=code, direction=kw.pop("direction", "in"), frm=frm, to=to,
               date=date, subject=subject, blocks=blocks, style=style, owner=OWNER["addr"],
               boundary_fn=lambda r, s=style: w.boundary(s), thread_topic=subject, **kw)
    dom = frm[1].split("@")[1]
    if m.direction == "out":
        dom = "mail.example.net" if style != "iphone" else "example.net"
    m.msgid = w.msgid(dom, style)
    m.link_style = w.rng.randint(0, 3)
    m.bullet = w.rng.choice(["- ", "• ", "* ", "– "])
    return m


def human_shape(w, m, p):
    """Apply the client shape of an employer-side person."""
    r = w.rng
    st = m.style
    if st == "outlook":
        m.eol = "\r\n"
        m.outlook_utc = r.random() < 0.45
        m.charset = r.choice(["utf-8", "windows-1252", "utf-8", "iso-8859-1"]) if m.lang not in ("pt_br",) else r.choice(["utf-8", "windows-1252"])
        m.html_mode = "alt"
    elif st == "gmail":
        m.eol = r.choice(["\r\n", "\n"])
        m.html_mode = "alt"
    elif st == "iphone":
        m.mime_version = "1.0 (1.0)"
        m.x_mailer = "iPhone Mail (" + r.choice(["21E236", "22B91", "22D72", "21F90", "23A341"]) + ")"
        m.html_mode = "plain" if r.random() < 0.6 else "alt"
        m.eol = "\n"
    elif st == "thunder":
        m.extra_headers.append(("User-Agent", "Mozilla Thunderbird"))
        m.html_mode = "plain"
        m.cte = r.choice(["8bit", "quoted-printable"])
    else:
        m.html_mode = r.choice(["plain", "alt"])
    if m.html_mode == "alt" and r.random() < 0.15:
        m.cte = "base64"


def platform_shape(w, m, v, bulk=True, auto=True, unsub=None):
    r = w.rng
    m.vendor = v
    m.eol = r.choice(["\r\n", "\n", "\r\n"])
    m.html_mode = "html_only" if r.random() < 0.12 else "alt"
    m.cte_html = r.choice(["quoted-printable", "base64", "quoted-printable"])
    if auto and r.random() < 0.8:
        m.auto = True
    if bulk and r.random() < 0.55:
        m.bulk = True
    if unsub is None:
        unsub = r.random() < 0.25
    m.unsub = unsub
    if r.random() < 0.45:
        m.suppress = True


def reply_subject(L, style, subj, rng):
    pre = L.RE.get(style, "Re:")
    low = subj.lower()
    for p in L.RE_ALL:
        if low.startswith(p.lower()):
            if rng.random() < 0.25 and not low.startswith(pre.lower()):
                return f"{pre} {subj}"
            return subj
    return f"{pre} {subj}"


def _parts(x):
    return {x.frm[1]} | {a for _, a in x.to} | {a for _, a in x.cc}


def _fits(m, prev):
    ps = _parts(prev)
    return m.frm[1] in ps and any(a in ps for _, a in list(m.to) + list(m.cc))


def make_reply(w, app, m, prev, replier_style, replier_tz, quote_lang=None, quote=True):
    """Make m a reply to prev, or to the latest mail of this thread between the same people."""
    if prev is not None and not _fits(m, prev):
        prev = None
        for x in reversed(app.st.mails):
            if x is not m and _fits(m, x) and x.style not in ("board",):
                prev = x
                break
    if prev is None:
        return
    m.irt = prev.msgid
    m.refs = (prev.refs[-4:] if prev.refs else []) + [prev.msgid]
    QL = quote_lang or app.L
    m.subject = reply_subject(QL if m.direction == "out" else app.L, replier_style, prev.subject, w.rng)
    m.thread_topic = prev.subject
    if quote and w.rng.random() < 0.88:
        m.quote = M.build_quote(QL, "gmail" if replier_style in ("ats", "plain", "board", "vendor") else replier_style,
                                prev, replier_tz)


def finish(w, app, m, kind, interviewers=None, interview_start=None, reply_by=None, company=True, note=""):
    """Fill the label by construction and register the mail."""
    reg = getattr(app.L, "regionalize", None)
    if reg:
        m.subject = reg(m.subject, app.country)
        m.blocks = [reg(b, app.country) if isinstance(b, str) else
                    ((b[0],) + tuple(reg(x, app.country) if isinstance(x, str) and i == 0 and b[0] in ("sig", "small", "raw") else x
                                     for i, x in enumerate(b[1:]))) for b in m.blocks]
    txt = m.subject + "\n" + m.new_text() + ("\n" + m.ics["text"].replace("\r\n ", "") if m.ics else "")
    role = None
    if kind != "other":
        for form in (app.role_disp, app.role_plain):
            if form and form in txt:
                role = app.role_plain
                break
    comp = None
    if kind != "other" and company:
        hay = txt + "\n" + (m.frm[0] or "") + "\n" + (m.ics["text"] if m.ics else "")
        if app.co["brand"] in hay:
            comp = app.co["brand"]
        elif m.quote and app.co["brand"] in m.quote["text"]:
            comp = app.co["brand"]
            note += "; company named only in the quoted history"
        else:
            other_side = [a for _, a in m.to] if m.direction == "out" else [m.frm[1]]
            if any(a.endswith("@" + app.co["domain"]) for a in other_side):
                comp = app.co["brand"]
                note += "; company from the correspondent's domain"
            elif app.agency:
                note += "; agency mail that does not name the client: company null"
    m.label = dict(kind=kind, direction=m.direction, company=comp, role=role,
                   interview_start=interview_start.isoformat() if interview_start else None,
                   interviewers=interviewers or None,
                   reply_by=reply_by.isoformat() if reply_by else None,
                   note=note)
    app.st.mails.append(m)
    w.mails.append(m)
    return m


# ------------------------------------------------------------------ senders
def ats_from(w, app, v=None):
    v = v or app.ats
    return (v["from_name_v"], v["from_addr_v"]), v


def human_mail(w, app, p, kind, code, date, subject, blocks, **kw):
    m = new_mail(w, app, kind, code, p.addr(), owner_to(w.rng), date, subject, blocks, p.client, **kw)
    human_shape(w, m, p)
    return m


def greet(w, app, reg):
    return fill(pick(w, app, "greet", reg), ctx(w, app))


def owner_style(w):
    r = w.rng.random()
    return "gmail" if r < 0.55 else ("iphone" if r < 0.8 else "thunder")


def owner_sig(w, app, style, reg):
    L = app.L
    r = w.rng
    close = pick(w, app, "oclose", reg)
    v = r.random()
    if v < 0.3:
        sig = OWNER["short"]
    elif v < 0.55:
        sig = OWNER["first"]
    elif v < 0.8:
        sig = OWNER["full"] + "\n" + OWNER["phone"]
    else:
        sig = OWNER["full"] + "\n" + OWNER["phone"] + "\nlinkedin.example/in/ineshofmann"
    blocks = [close + "\n" + sig]
    if style == "iphone":
        blocks.append(("sig", r.choice(["Enviado do meu iPhone", "Enviado do meu iPhone", "Sent from my iPhone"])))
    return blocks


def owner_mail(w, app, kind, code, to, date, subject, blocks, style, cc=None):
    m = new_mail(w, app, kind, code, (OWNER["full"] if w.rng.random() < 0.6 else OWNER["short"], OWNER["addr"]),
                 to, date, subject, blocks, style, direction="out")
    if cc:
        m.cc = cc
    if style == "gmail":
        m.html_mode = "alt"
        m.eol = "\r\n" if w.rng.random() < 0.5 else "\n"
    elif style == "iphone":
        m.mime_version = "1.0 (1.0)"
        m.x_mailer = "iPhone Mail (" + w.rng.choice(["22B91", "22D72", "23A341"]) + ")"
        m.html_mode = "plain" if w.rng.random() < 0.7 else "alt"
    else:
        m.extra_headers.append(("User-Agent", "Mozilla Thunderbird"))
        m.html_mode = "plain"
        m.cte = w.rng.choice(["8bit", "quoted-printable"])
    return m


def owner_date(w, prev, dmin, dmax, evening=False):
    r = w.rng
    base = prev.astimezone(LIS)
    day = base.date() + dt.timedelta(days=r.randint(dmin, dmax))
    if evening:
        mins = r.randint(17 * 60, 23 * 60)
    else:
        mins = r.randint(7 * 60 + 30, 22 * 60 + 30)
    d = dt.datetime(day.year, day.month, day.day, mins // 60, mins % 60, r.randint(0, 59), tzinfo=LIS)
    if d <= prev:
        d = prev.astimezone(LIS) + dt.timedelta(minutes=r.randint(25, 200))
    return d


def role_form(w, app, platform=False):
    if platform:
        return app.role_disp if w.rng.random() < 0.75 else app.role_plain
    return app.role_plain if w.rng.random() < 0.8 else app.role_disp


def cal_summary(w, app, c):
    return fill(pick(w, app, "cal.sum"), c)


# ------------------------------------------------------------------ calendar
def attach_calendar(w, app, m, start, dur_min, organizer, attendees, summary, location, desc, tzmode=None,
                    seq=0, method="REQUEST", uid=None, prodid=None, attach=None):
    r = w.rng
    if tzmode is None:
        tzmode = r.choice(["windows", "iana", "utc", "windows", "iana"])
        if tzmode == "windows" and start.tzinfo.key not in E.WINDOWS:
            tzmode = "iana"
    if tzmode in ("windows", "quoted") and start.tzinfo.key not in E.WINDOWS:
        tzmode = "iana"
    if prodid is None:
        prodid = {"windows": "Microsoft Exchange Server 2010", "quoted": "Microsoft Exchange Server 2010",
                  "iana": "-//Google Inc//Google Calendar 70.9054//EN", "utc": "-//" + r.choice(["GoodTime", "Calendly", "Teamtailor", "Personio"]) + "//Scheduler 2.1//EN"}[tzmode]
    uid = uid or (E.hexid(r, 32) + "@" + (m.frm[1].split("@")[1]))
    ics = E.make_ics(method, uid, seq, organizer, attendees, start, start + dt.timedelta(minutes=dur_min), tzmode,
                     summary, location, desc, m.date, prodid)
    if attach is None:
        attach = tzmode == "iana" and r.random() < 0.6
    m.ics = dict(text=ics, method=method, attach=attach, cte=r.choice(["base64", "7bit", "quoted-printable", "base64"]),
                 uid=uid)
    return uid


# ------------------------------------------------------------------ handlers
def h_ACK(w, app):
    v = w.rng.random()
    if v < 0.17:
        return h_ACKB(w, app)
    if v < 0.24:
        return h_ACKE(w, app)
    return _ack(w, app)


def _ack(w, app):
    st, L, r = app.st, app.L, w.rng
    reg = app.reg_ats
    v = app.ats
    frm, v = ats_from(w, app)
    date = (app.t0 + dt.timedelta(minutes=r.randint(1, 30), seconds=r.randint(0, 59))).astimezone(ZoneInfo(app.tz))
    c = ctx(w, app, role=role_form(w, app, True))
    subj = fill(pick(w, app, "ack.s", reg), c)
    blocks = []
    if r.random() < 0.92:
        blocks.append(greet(w, app, reg))
    blocks.append(fill(pick(w, app, "ack.c", reg), c))
    rb = None
    if r.random() < 0.85:
        t = pick(w, app, "ack.n", reg)
        rb = timing(w, app, t, c, date)
        blocks.append(fill(t, c))
    if r.random() < 0.5:
        blocks.append(("btn", L.UI["portal"], c["portal"]))
    if r.random() < 0.45:
        blocks.append(fill(pick(w, app, "ack.x", reg), c))
    blocks += team_sig(w, app, reg)
    blocks += ats_footer(w, app, v)
    m = new_mail(w, app, "application_ack", "ACK", frm, owner_to(r), date, subj, blocks, "ats")
    platform_shape(w, m, v)
    if r.random() < 0.3:
        m.reply_to = app.rec.addr()
    m.preheader = fill(pick(w, app, "ack.c", reg), c)[:90]
    st.clock = date
    st.last_any = m
    return finish(w, app, m, "application_ack", reply_by=rb,
                  note=f"{app.lang} {v['name']} acknowledgement, {'formal' if reg == 'f' else 'informal'} register" +
                       (f"; promise '{c['promise']}'" if rb else ""))


def h_ACKB(w, app):
    st, L, r = app.st, app.L, w.rng
    app.via_board = True
    v = W.platform(app.board["name"])
    frm = (v["from_name_v"], v["from_addr_v"])
    date = (app.t0 + dt.timedelta(minutes=r.randint(0, 3), seconds=r.randint(1, 59))).astimezone(ZoneInfo(app.tz))
    c = ctx(w, app, role=role_form(w, app, True), board=v["name"])
    subj = fill(pick(w, app, "ackb.s"), c)
    blocks = [fill(pick(w, app, "greetb"), c), fill(pick(w, app, "ackb.c"), c),
              ("kv", [(L.UI["job"], c["role"]), (L.UI["employer"], app.co["legal"]), (L.UI["location"], app.co["city"]),
                      (L.UI["date"], L.day(date, 1))])]
    if r.random() < 0.6:
        blocks.append(fill(pick(w, app, "ackb.x"), c))
    blocks.append(("btn", L.UI["view_apps"], f"https://www.{v['domain']}/my/applications?ref={E.alnum(r, 10)}"))
    blocks.append(("small", fill(r.choice(L.BOARD_FOOT), dict(board=v["name"]))))
    m = new_mail(w, app, "application_ack", "ACKB", frm, owner_to(r), date, subj, blocks, "board")
    platform_shape(w, m, v, unsub=r.random() < 0.6)
    st.clock = date
    st.last_any = m
    return finish(w, app, m, "application_ack", note=f"{app.lang} {v['name']} 'application sent to employer' receipt: ack for the employer")


def h_ACKE(w, app):
    """Auto-reply of the employer's jobs mailbox to Inês's emailed application."""
    st, L, r = app.st, app.L, w.rng
    date = (app.t0 + dt.timedelta(seconds=r.randint(5, 90))).astimezone(ZoneInfo(app.tz))
    box = Person(L.UI["jobs_box"].format(company=app.co["brand"]), "", "x", "", f"{r.choice(['jobs', 'karriere', 'rh', 'hr', 'recruiting', 'talent'])}@{app.co['domain']}", "plain")
    c = ctx(w, app, role=app.role_plain)
    orig_subj = fill(pick(w, app, "apply.s"), c)
    subj = L.AUTOREPLY_PREFIX + " " + orig_subj
    blocks = [fill(pick(w, app, "acke.c", app.reg_ats), c)]
    rb = None
    if r.random() < 0.6:
        t = pick(w, app, "ack.n", app.reg_ats)
        rb = timing(w, app, t, c, date)
        blocks.append(fill(t, c))
    blocks += team_sig(w, app, app.reg_ats)
    m = new_mail(w, app, "application_ack", "ACKE", (box.first, box.email), [(OWNER["full"], OWNER["addr"])], date, subj,
                 blocks, "plain")
    m.html_mode = "plain" if r.random() < 0.6 else "alt"
    m.auto = True
    m.auto_value = "auto-replied"
    m.suppress = r.random() < 0.5
    fake_id = f"<{E.hexid(r, 8)}-{E.hexid(r, 4)}-{E.hexid(r, 4)}-{E.hexid(r, 4)}-{E.hexid(r, 12)}@mail.example.net>"
    m.irt = fake_id
    m.refs = [fake_id]
    st.clock = date
    st.last_any = m
    st.apply_subject = orig_subj
    st.apply_id = fake_id
    return finish(w, app, m, "application_ack", reply_by=rb,
                  note=f"{app.lang} auto-reply (Auto-Submitted: auto-replied) of the jobs mailbox to an emailed application")


def rej_common(w, app, code, core_key, after=(6, 30), human_p=0.4, post=False):
    st, L, r = app.st, app.L, w.rng
    human = r.random() < human_p
    prev = st.clock
    tz = app.tz
    c = ctx(w, app, role=role_form(w, app, not human))
    if st.met:
        c["iv1"] = st.met[-1].full
        c["iv1_first"] = st.met[-1].first
    else:
        c["iv1"] = app.rec.full
        c["iv1_first"] = app.rec.first
    if human:
        p = app.agent if app.agency else app.rec
        reg = app.reg_h
        date = later(r, prev, *after, tz)
        c.update(rname=p.full, rfirst=p.first, rtitle=p.title)
        blocks = [greet(w, app, reg)]
        if r.random() < 0.5:
            blocks.append(fill(pick(w, app, "rej.thanks", reg), c))
        blocks.append(fill(pick(w, app, core_key, reg), c))
        if r.random() < 0.5:
            blocks.append(fill(pick(w, app, "rej.soft", reg), c))
        if post and r.random() < 0.5:
            blocks.append(fill(pick(w, app, "rej.fb", reg), c))
        if r.random() < 0.3:
            blocks.append(fill(pick(w, app, "rej.pool", reg), c))
        blocks += sig_human(w, app, p, p.client, reg)
        subj = fill(pick(w, app, "rej.s", reg), c)
        m = human_mail(w, app, p, "rejection", code, date, subj, blocks)
        prevm = st.last_out if (st.last_out and r.random() < 0.7) else (st.last_human if r.random() < 0.4 else None)
        if prevm is not None:
            make_reply(w, app, m, prevm, p.client, tz)
        st.last_human = m
        note = f"{app.lang} human rejection from {p.client} client"
    else:
        reg = app.reg_ats
        frm, v = ats_from(w, app)
        date = later(r, prev, *after, tz, 7, 22, weekend_ok=r.random() < 0.2)
        blocks = [greet(w, app, reg)]
        if r.random() < 0.6:
            blocks.append(fill(pick(w, app, "rej.thanks", reg), c))
        blocks.append(fill(pick(w, app, core_key, reg), c))
        if r.random() < 0.6:
            blocks.append(fill(pick(w, app, "rej.soft", reg), c))
        if r.random() < 0.4:
            blocks.append(fill(pick(w, app, "rej.pool", reg), c))
        blocks += team_sig(w, app, reg)
        blocks += ats_footer(w, app, v)
        subj = fill(pick(w, app, "rej.s", reg), c)
        m = new_mail(w, app, "rejection", code, frm, owner_to(r), date, subj, blocks, "ats")
        platform_shape(w, m, v)
        if r.random() < 0.25:
            m.reply_to = app.rec.addr()
        note = f"{app.lang} {v['name']} rejection"
    st.clock = date
    st.last_any = m
    return m, note


def h_REJ_PRE(w, app):
    if getattr(app, "via_board", False) and w.rng.random() < 0.5:
        return h_REJB(w, app)
    m, note = rej_common(w, app, "REJ_PRE", "rej.pre", (5, 35), 0.35)
    return finish(w, app, m, "rejection", note=note + ", before any interview")


def h_REJ_POST(w, app):
    m, note = rej_common(w, app, "REJ_POST", "rej.post", (2, 12), 0.7, post=True)
    return finish(w, app, m, "rejection", note=note + ", after the interview")


def h_REJ_CANCEL(w, app):
    m, note = rej_common(w, app, "REJ_CANCEL", "rej.cancel", (2, 20), 0.55)
    return finish(w, app, m, "rejection", note=note + ": position cancelled/filled/frozen, a rejection")


def h_REJ_ONE(w, app):
    st, L, r = app.st, app.L, w.rng
    p = app.agent if app.agency else app.rec
    date = later(r, st.clock, 2, 15, app.tz, 8, 21)
    c = ctx(w, app, p, role=app.role_plain)
    body = fill(pick(w, app, "rej.one", app.reg_h), c)
    blocks = [body]
    style = p.client if p.client != "outlook" else "iphone"
    if style == "iphone":
        blocks.append(("sig", r.choice(L.MOBILE)))
    elif r.random() < 0.5:
        blocks.append(p.first)
    subj = fill(pick(w, app, "rej.s", app.reg_h), c)
    m = new_mail(w, app, "rejection", "REJ_ONE", p.addr(), owner_to(r), date, subj, blocks, style)
    human_shape(w, m, p)
    prevm = st.last_out or st.last_human
    if prevm is not None and r.random() < 0.8:
        make_reply(w, app, m, prevm, style, app.tz)
    st.clock = date
    st.last_human = st.last_any = m
    return finish(w, app, m, "rejection", note=f"{app.lang} informal short rejection, no formal wording")


def h_REJ_ANY(w, app):
    """A rejection of any shape after a test or a follow-up."""
    v = w.rng.random()
    if v < 0.35:
        return h_REJ_ONE(w, app)
    if v < 0.85:
        return h_REJ_PRE(w, app)
    return h_REJ_CANCEL(w, app)


def h_REJB(w, app):
    st, L, r = app.st, app.L, w.rng
    v = W.platform(app.board["name"])
    date = later(r, st.clock, 6, 30, app.tz, 0, 23.9, weekend_ok=True)
    c = ctx(w, app, role=role_form(w, app, True), board=v["name"])
    subj = fill(pick(w, app, "rejb.s"), c)
    blocks = [fill(pick(w, app, "greetb"), c), fill(pick(w, app, "rejb.c"), c),
              ("raw", fill(pick(w, app, "rej.pre", app.reg_ats), c)),
              ("kv", [(L.UI["job"], c["role"]), (L.UI["employer"], app.co["legal"]), (L.UI["location"], app.co["city"])])]
    blocks.append(("btn", L.UI["similar"], f"https://www.{v['domain']}/jobs/similar?jk={E.alnum(r, 14)}"))
    blocks.append(("small", fill(r.choice(L.BOARD_FOOT), dict(board=v["name"]))))
    m = new_mail(w, app, "rejection", "REJB", (v["from_name_v"], v["from_addr_v"]), owner_to(r), date, subj, blocks, "board")
    platform_shape(w, m, v, unsub=True)
    st.clock = date
    st.last_any = m
    return finish(w, app, m, "rejection", note=f"{app.lang} {v['name']} relays the employer's decision: rejection for the employer")


# ---------------------------------------------------------------- interview invites
def choose_panel(w, app, n=None):
    r = w.rng
    n = n or r.choice([1, 1, 2, 2, 3])
    pool = [app.hm] + app.panel
    out = []
    for p in pool:
        if p not in out:
            out.append(p)
    return out[:n]


def named_people(t, people, sender, with_sender):
    """Who a template names as the people Inês will meet."""
    f = template_fields(t)
    if "iv" in f:
        return list(people)
    if "iv1" in f and people:
        out = [people[0]]
        if with_sender and sender not in out:
            out.append(sender)
        return out
    return None


def iv_phrase(app, people):
    L = app.L
    parts = [f"{p.full} ({p.title})" if i == 0 or len(people) < 3 else p.full for i, p in enumerate(people)]
    return L.join(parts)


def mode_line(w, app, c, mode, reg=None):
    return fill(pick(w, app, f"mode.{mode}", reg), c)


def iv_context(w, app, start, people, mode, sender):
    L = app.L
    r = w.rng
    tool = r.choice(["Microsoft Teams", "Google Meet", "Zoom", "Microsoft Teams", "Webex"])
    link = {"Microsoft Teams": f"https://teams.microsoft.example/l/meetup-join/19%3ameeting_{E.alnum(r, 30)}%40thread.v2/0",
            "Google Meet": f"https://meet.google.example/{E.alnum(r, 3, 'abcdefghijkmnopqrstuvwxyz')}-{E.alnum(r, 4, 'abcdefghijkmnopqrstuvwxyz')}-{E.alnum(r, 3, 'abcdefghijkmnopqrstuvwxyz')}",
            "Zoom": f"https://{W.slug(app.co['brand'])}.zoom.example/j/{r.randint(10 ** 10, 10 ** 11 - 1)}?pwd={E.alnum(r, 20)}",
            "Webex": f"https://{W.slug(app.co['brand'])}.webex.example/meet/{W.mailpart(sender.first + sender.last)}"}[tool]
    wi = r.randrange(L.N_WHEN)
    when = L.when(start, wi)
    if start.tzinfo.key != OWNER["tz"] and r.random() < 0.35:
        when = when + " " + L.lisbon_note(start.astimezone(LIS))
    dur = r.choice([30, 45, 45, 60, 60, 90])
    c = dict(when=when, iv=iv_phrase(app, people) if people else "", iv1=people[0].full if people else sender.full,
             iv1_first=people[0].first if people else sender.first,
             tool=tool, link=link, place=f"{app.co['street']}, {app.co['zipcity']}", phone=OWNER["phone"],
             dur=L.dur(dur), rphone=sender.phone or app.co["phone"], reception=L.UI["reception"])
    return c, dur, tool, link


def invite_mail(w, app, code, core_key, sender, people, start, mode, reg, human=True, with_cal=None,  # noqa: C901
                extra_blocks=None, subj_key="inv.s", seq=0, note_extra=""):
    st, L, r = app.st, app.L, w.rng
    c = ctx(w, app, sender, role=role_form(w, app, not human))
    ic, dur, tool, link = iv_context(w, app, start, people, mode, sender)
    c.update(ic)
    t = pick(w, app, core_key, reg, avoid=() if people else ("iv",))
    named = named_people(t, people, sender, human)
    blocks = [greet(w, app, reg), fill(t, c)]
    if extra_blocks:
        blocks += extra_blocks
    if mode and r.random() < 0.9:
        blocks.append(mode_line(w, app, c, mode, reg))
    if r.random() < 0.5:
        blocks.append(fill(pick(w, app, "inv.prep", reg), c))
    if r.random() < 0.6:
        blocks.append(fill(pick(w, app, "inv.ask", reg), c))
    return c, blocks, named, dur, tool, link


def finish_invite(w, app, m, c, people, start, dur, tool, link, sender, with_cal, named, note, seq=0, tzmode=None,
                  uid=None, method="REQUEST", summary=None):
    r = w.rng
    L = app.L
    if named is True:
        named = list(people)
    if with_cal:
        loc = link if c.get("mode") != "site" else c["place"]
        desc = L.cal_desc(c, tool, link) if hasattr(L, "cal_desc") else c["when"]
        att = [(OWNER["full"], OWNER["addr"])] + [(p.full, p.email) for p in people]
        uid = attach_calendar(w, app, m, start, dur, (sender.full, sender.email), att,
                              summary or fill(pick(w, app, "cal.sum"), c), loc, desc, tzmode=tzmode, seq=seq, uid=uid, method=method)
        if not named:
            named = list(people)
        else:
            named = named + [p for p in people if p not in named]
    ivs = [p.full for p in named] if named else None
    app.st.iv = dict(start=start, end=start + dt.timedelta(minutes=dur), people=people, mail=m, uid=uid, sender=sender)
    app.st.iv_mail = m
    app.st.clock = m.date
    return finish(w, app, m, "interview_invite", interviewers=ivs, interview_start=start, note=note), uid


def h_INV_FIXED(w, app):
    """Usually one mail with a fixed time; sometimes a booking link and its confirmation, or an availability request first."""
    v = w.rng.random()
    if v < 0.18 and not app.agency:
        h_INV_LINK(w, app)
        return h_INV_CONFIRM(w, app)
    if v < 0.27:
        h_INV_AVAIL(w, app)
    return _inv_fixed(w, app)


def _inv_fixed(w, app):
    st, L, r = app.st, app.L, w.rng
    human = r.random() < 0.75
    sender = app.agent if app.agency else app.rec
    date = later(r, st.clock, 2, 12, app.tz)
    start = iv_slot(r, date, app.tz, 2, 9)
    people = choose_panel(w, app)
    mode = r.choice(["video", "video", "site", "phone"])
    reg = app.reg_h if human else app.reg_ats
    with_cal = r.random() < 0.45
    c, blocks, named, dur, tool, link = invite_mail(w, app, "INV_FIXED", "inv.fixed", sender, people, start, mode, reg, human)
    c["mode"] = mode
    if human:
        blocks += sig_human(w, app, sender, sender.client, reg)
        subj = fill(pick(w, app, "inv.s", reg), c)
        m = human_mail(w, app, sender, "interview_invite", "INV_FIXED", date, subj, blocks)
        prevm = st.last_out if st.last_out and r.random() < 0.5 else None
        if prevm:
            make_reply(w, app, m, prevm, sender.client, app.tz)
        st.last_human = m
        note = f"{app.lang} interview invitation with a fixed time, {sender.client} client"
    else:
        frm, v = ats_from(w, app)
        blocks.append(("btn", L.UI["confirm"], c["portal"]))
        blocks += team_sig(w, app, reg) + ats_footer(w, app, v)
        subj = fill(pick(w, app, "inv.s", reg), c)
        m = new_mail(w, app, "interview_invite", "INV_FIXED", frm, owner_to(r), date, subj, blocks, "ats")
        platform_shape(w, m, v, bulk=False)
        m.reply_to = sender.addr()
        note = f"{app.lang} {v['name']} interview invitation with a fixed time"
    if app.agency:
        note += f"; agency relays the client's ({app.co['brand']}) interview"
    st.last_any = m
    mm, _ = finish_invite(w, app, m, c, people, start, dur, tool, link, sender, with_cal, named,
                          note + ("; calendar part" if with_cal else ""))
    return mm


def h_INV_SCREEN(w, app):
    st, L, r = app.st, app.L, w.rng
    sender = app.agent if app.agency else app.rec
    date = later(r, st.clock, 1, 8, app.tz)
    start = iv_slot(r, date, app.tz, 1, 7)
    mode = r.choice(["phone", "video", "video"])
    reg = app.reg_h
    c = ctx(w, app, sender, role=role_form(w, app))
    ic, dur, tool, link = iv_context(w, app, start, [sender], mode, sender)
    c.update(ic)
    c["dur"] = L.dur(r.choice([20, 30, 30, 45]))
    blocks = [greet(w, app, reg), fill(pick(w, app, "inv.screen", reg), c)]
    if r.random() < 0.8:
        blocks.append(mode_line(w, app, c, mode, reg))
    if r.random() < 0.5:
        blocks.append(fill(pick(w, app, "inv.ask", reg), c))
    blocks += sig_human(w, app, sender, sender.client, reg)
    subj = fill(pick(w, app, "inv.s", reg), c)
    m = human_mail(w, app, sender, "interview_invite", "INV_SCREEN", date, subj, blocks)
    prevm = st.last_out if st.last_out else (st.last_human if r.random() < 0.3 else None)
    if prevm:
        make_reply(w, app, m, prevm, sender.client, app.tz)
    with_cal = r.random() < 0.3
    st.last_human = st.last_any = m
    st.rounds += 1
    c["mode"] = mode
    mm, _ = finish_invite(w, app, m, c, [sender], start, 30, tool, link, sender, with_cal, True,
                          f"{app.lang} the recruiter books a first call herself/himself: the recruiter is the interviewer")
    return mm


def h_INV_SLOTS(w, app):
    st, L, r = app.st, app.L, w.rng
    sender = app.agent if app.agency else app.rec
    date = later(r, st.clock, 2, 10, app.tz)
    people = choose_panel(w, app)
    reg = app.reg_h
    n = r.choice([2, 3, 3])
    slots = sorted({iv_slot(r, date, app.tz, 5, 12) for _ in range(n + 2)})[:n]
    c = ctx(w, app, sender, role=role_form(w, app))
    ic, dur, tool, link = iv_context(w, app, slots[0], people, "video", sender)
    c.update(ic)
    t = pick(w, app, "inv.slots", reg)
    named = named_people(t, people, sender, True)
    si = r.randrange(L.N_WHEN)
    blocks = [greet(w, app, reg), fill(t, c), ("list", [L.when(s, si) for s in slots])]
    if r.random() < 0.7:
        blocks.append(mode_line(w, app, c, "video", reg))
    blocks.append(fill(pick(w, app, "inv.slots2", reg), c))
    blocks += sig_human(w, app, sender, sender.client, reg)
    subj = fill(pick(w, app, "inv.s", reg), c)
    m = human_mail(w, app, sender, "interview_invite", "INV_SLOTS", date, subj, blocks)
    if st.last_out:
        make_reply(w, app, m, st.last_out, sender.client, app.tz)
    st.slots = dict(slots=slots, people=named or people, mail=m, dur=dur, si=si)
    st.last_human = st.last_any = m
    st.clock = date
    return finish(w, app, m, "interview_invite", interviewers=[p.full for p in named] if named else None,
                  note=f"{app.lang} {n} proposed slots, no time fixed yet")


def h_INV_LINK(w, app):
    st, L, r = app.st, app.L, w.rng
    sender = app.agent if app.agency else app.rec
    date = later(r, st.clock, 1, 8, app.tz)
    people = choose_panel(w, app, 1)
    reg = app.reg_h
    tool = r.choice(["Calendly", "Microsoft Bookings", "GoodTime"])
    v = W.platform(tool, app.co["brand"])
    link = {"Calendly": f"https://calendly.example/{W.slug(sender.first + '-' + sender.last)}/{r.choice(['30min', 'kennenlernen', 'entrevista', 'gesprek', 'colloquio', 'chat'])}",
            "Microsoft Bookings": f"https://outlook.office.example/book/{W.slug(app.co['brand'])}Recruiting@{app.co['domain']}/",
            "GoodTime": f"https://schedule.goodtime-mail.example/{E.alnum(r, 16)}"}[tool]
    c = ctx(w, app, sender, role=role_form(w, app), link=link, tool=tool, iv=iv_phrase(app, people),
            iv1=people[0].full, dur=L.dur(r.choice([30, 45, 60])))
    t = pick(w, app, "inv.link", reg)
    named = named_people(t, people, sender, False)
    blocks = [greet(w, app, reg), fill(t, c)]
    if r.random() < 0.6:
        blocks.append(("btn", L.UI["book"], link))
    if r.random() < 0.5:
        blocks.append(fill(pick(w, app, "inv.prep", reg), c))
    blocks += sig_human(w, app, sender, sender.client, reg)
    subj = fill(pick(w, app, "inv.s", reg), c)
    m = human_mail(w, app, sender, "interview_invite", "INV_LINK", date, subj, blocks)
    if st.last_out:
        make_reply(w, app, m, st.last_out, sender.client, app.tz)
    st.last_human = st.last_any = m
    st.clock = date
    st.link_tool = tool
    st.link_people = people
    return finish(w, app, m, "interview_invite", interviewers=[p.full for p in named] if named else None,
                  note=f"{app.lang} self-scheduling link ({tool}), no time fixed")


def h_INV_CONFIRM(w, app):
    st, L, r = app.st, app.L, w.rng
    tool = getattr(st, "link_tool", "Calendly")
    people = getattr(st, "link_people", None) or choose_panel(w, app, 1)
    host = people[0]
    v = W.platform(tool, app.co["brand"])
    date = later(r, st.clock, 0, 2, OWNER["tz"], 8, 23)
    date = date.astimezone(ZoneInfo("UTC")) if tool != "Microsoft Bookings" else date.astimezone(ZoneInfo(app.tz))
    start = iv_slot(r, date, app.tz, 2, 8)
    c = ctx(w, app, host, role=role_form(w, app, True), tool=tool)
    ic, dur, tool2, link = iv_context(w, app, start, [host], "video", host)
    c.update(ic)
    c["host"] = host.full
    c["event"] = fill(pick(w, app, "cal.sum"), c)
    blocks = [fill(pick(w, app, "greetb"), c), fill(pick(w, app, "inv.confirm"), c),
              ("kv", [(L.UI["what"], c["event"]), (L.UI["when"], c["when"]), (L.UI["who"], host.full),
                      (L.UI["where"], link)]),
              ("btn", L.UI["resched"], f"https://{v['domain']}/reschedulings/{E.alnum(r, 20)}")]
    blocks.append(("small", fill(r.choice(L.BOARD_FOOT), dict(board=tool))))
    frm = (v["from_name_v"], v["from_addr_v"])
    subj = fill(pick(w, app, "inv.confirm.s"), c)
    m = new_mail(w, app, "interview_invite", "INV_CONFIRM", frm, owner_to(r), date, subj, blocks, "vendor")
    platform_shape(w, m, v, bulk=False)
    m.reply_to = host.addr()
    st.last_any = m
    c["mode"] = "video"
    mm, _ = finish_invite(w, app, m, c, [host], start, dur, tool2, link, host, True, True,
                          f"{app.lang} {tool} booking confirmation with .ics; the host is the interviewer",
                          tzmode="utc" if tool != "Microsoft Bookings" else "windows")
    return mm


def h_INV_AVAIL(w, app):
    st, L, r = app.st, app.L, w.rng
    sender = app.agent if app.agency else app.rec
    date = later(r, st.clock, 2, 12, app.tz)
    people = choose_panel(w, app)
    reg = app.reg_h
    c = ctx(w, app, sender, role=role_form(w, app), iv=iv_phrase(app, people), iv1=people[0].full,
            dur=L.dur(r.choice([45, 60])))
    t = pick(w, app, "inv.avail", reg)
    named = named_people(t, people, sender, False)
    blocks = [greet(w, app, reg), fill(t, c)]
    blocks += sig_human(w, app, sender, sender.client, reg)
    subj = fill(pick(w, app, "inv.s", reg), c)
    m = human_mail(w, app, sender, "interview_invite", "INV_AVAIL", date, subj, blocks)
    st.last_human = st.last_any = m
    st.clock = date
    st.avail_people = people
    return finish(w, app, m, "interview_invite", interviewers=[p.full for p in named] if named else None,
                  note=f"{app.lang} asks for availability for an interview: a scheduling request, no time")


def h_INV_CAL(w, app):
    """Calendar invitation (Outlook/Google) with a short body; takes the chosen slot if there is one."""
    st, L, r = app.st, app.L, w.rng
    sender = app.agent if app.agency else app.rec
    if st.slots and st.slots.get("chosen"):
        start = st.slots["chosen"]
        people = st.slots["people"]
        date = later(r, st.clock, 0, 1, app.tz)
    else:
        date = later(r, st.clock, 2, 10, app.tz)
        start = iv_slot(r, date, app.tz, 2, 8)
        people = choose_panel(w, app)
    reg = app.reg_h
    style = r.choice(["outlook", "outlook", "gmail"])
    c = ctx(w, app, sender, role=role_form(w, app))
    ic, dur, tool, link = iv_context(w, app, start, people, "video", sender)
    c.update(ic)
    blocks = []
    if r.random() < 0.7:
        blocks.append(fill(pick(w, app, "inv.cal", reg), c))
    if style == "outlook":
        blocks.append(("raw", L.TEAMS_BLOCK.format(link=link, id=f"{r.randint(100, 999)} {r.randint(100, 999)} {r.randint(100, 999)} {r.randint(100, 999)}",
                                                   pw=E.alnum(r, 6))))
    else:
        blocks.append(("raw", L.GCAL_BLOCK.format(link=link, when=c["when"], org=sender.email)))
    subj_t = fill(pick(w, app, "cal.sum"), c)
    subj = (L.CAL_PREFIX_GOOGLE if style == "gmail" else "") + subj_t
    if style == "gmail":
        subj = L.gcal_subject(subj_t, start)
    m = new_mail(w, app, "interview_invite", "INV_CAL", sender.addr(), [(OWNER["full"], OWNER["addr"])] +
                 [(p.full, p.email) for p in people if p is not sender], date, subj, blocks, style)
    human_shape(w, m, sender)
    if style == "gmail":
        m.sender_hdr = None
        m.frm = (sender.full, sender.email)
    st.last_any = m
    c["mode"] = "video"
    if style == "outlook":
        m.extra_headers.append(("Content-Class", "urn:content-classes:calendarmessage"))
    mm, _ = finish_invite(w, app, m, c, people, start, dur, tool, link, sender, True, True,
                          f"{app.lang} {'Outlook/Teams' if style == 'outlook' else 'Google Calendar'} meeting request with text/calendar",
                          tzmode="windows" if style == "outlook" else "iana", summary=subj_t)
    return mm


def h_INV_REMIND(w, app):
    st, L, r = app.st, app.L, w.rng
    iv = st.iv
    start = iv["start"]
    date = (start - dt.timedelta(hours=r.choice([24, 24, 48, 2, 3]))).astimezone(ZoneInfo(app.tz))
    if date <= st.clock:
        date = st.clock + dt.timedelta(hours=2)
    people = iv["people"]
    tool = getattr(st, "link_tool", None) or r.choice(["GoodTime", "Microsoft Bookings", None])
    if tool:
        v = W.platform(tool, app.co["brand"])
    else:
        v = app.ats
    c = ctx(w, app, iv["sender"], role=role_form(w, app, True))
    ic, dur, tool2, link = iv_context(w, app, start, people, "video", iv["sender"])
    c.update(ic)
    t = pick(w, app, "inv.remind")
    named = named_people(t, people, iv["sender"], False)
    blocks = [fill(pick(w, app, "greetb"), c), fill(t, c), ("kv", [(L.UI["when"], c["when"]), (L.UI["where"], link)])]
    blocks.append(("btn", L.UI["join"], link))
    blocks.append(("small", fill(r.choice(L.BOARD_FOOT), dict(board=v["name"]))))
    subj = fill(pick(w, app, "inv.remind.s"), c)
    m = new_mail(w, app, "interview_invite", "INV_REMIND", (v["from_name_v"], v["from_addr_v"]), owner_to(r), date, subj,
                 blocks, "vendor" if tool else "ats")
    platform_shape(w, m, v, bulk=False)
    st.clock = date
    st.last_any = m
    return finish(w, app, m, "interview_invite", interviewers=[p.full for p in named] if named else None,
                  interview_start=start, note=f"{app.lang} reminder for the booked interview ({v['name']}): interview_invite with its time")


def h_INV_RESCHED(w, app):
    st, L, r = app.st, app.L, w.rng
    old = st.iv
    sender = old["sender"]
    date = later(r, st.clock, 0, 2, app.tz)
    if date >= old["start"]:
        date = old["start"] - dt.timedelta(hours=20)
    start = iv_slot(r, old["start"], app.tz, 1, 6)
    people = old["people"]
    reg = app.reg_h
    c = ctx(w, app, sender, role=role_form(w, app))
    ic, dur, tool, link = iv_context(w, app, start, people, "video", sender)
    c.update(ic)
    c["old_when"] = L.when(old["start"], r.randrange(L.N_WHEN))
    t = pick(w, app, "inv.resched", reg)
    named = named_people(t, people, sender, False)
    blocks = [greet(w, app, reg), fill(t, c)]
    if r.random() < 0.5:
        blocks.append(mode_line(w, app, c, "video", reg))
    blocks += sig_human(w, app, sender, sender.client, reg)
    m = human_mail(w, app, sender, "interview_invite", "INV_RESCHED", date, "", blocks)
    make_reply(w, app, m, old["mail"], sender.client, app.tz)
    if not m.irt:
        m.subject = fill(pick(w, app, "inv.s", reg), c)
    with_cal = old.get("uid") is not None or r.random() < 0.4
    st.last_human = st.last_any = m
    c["mode"] = "video"
    mm, _ = finish_invite(w, app, m, c, people, start, dur, tool, link, sender, with_cal, named,
                          f"{app.lang} reschedule: the new time counts" + ("; calendar update SEQUENCE:1" if with_cal else ""),
                          seq=1, uid=old.get("uid"))
    return mm


def h_INV_ONSITE(w, app):
    st, L, r = app.st, app.L, w.rng
    sender = app.agent if app.agency else app.rec
    date = later(r, st.clock, 2, 10, app.tz)
    start = iv_slot(r, date, app.tz, 4, 12).replace(hour=r.choice([9, 9, 10]), minute=r.choice([0, 0, 30]))
    people = choose_panel(w, app, 3)
    reg = app.reg_h
    c = ctx(w, app, sender, role=role_form(w, app))
    ic, dur, tool, link = iv_context(w, app, start, people, "site", sender)
    c.update(ic)
    t = pick(w, app, "inv.onsite", reg)
    items = []
    tcur = start
    slots = [(p, r.choice([45, 60])) for p in people]
    for i, (p, mins) in enumerate(slots):
        hs = getattr(L, "hm_short", L.hm)
        items.append(fill(L.AGENDA[i % len(L.AGENDA)], dict(t=hs(tcur), t2=hs(tcur + dt.timedelta(minutes=mins)),
                                                           who=f"{p.full} ({p.title})")))
        tcur += dt.timedelta(minutes=mins + 15)
    items.append(fill(L.AGENDA_END, dict(t=getattr(L, "hm_short", L.hm)(tcur))))
    blocks = [greet(w, app, reg), fill(t, c), ("list", items)]
    blocks.append(mode_line(w, app, c, "site", reg))
    if r.random() < 0.7:
        blocks.append(fill(pick(w, app, "inv.prep", reg), c))
    blocks += sig_human(w, app, sender, sender.client, reg)
    subj = fill(pick(w, app, "inv.s", reg), c)
    m = human_mail(w, app, sender, "interview_invite", "INV_ONSITE", date, subj, blocks)
    if st.last_out and r.random() < 0.6:
        make_reply(w, app, m, st.last_out, sender.client, app.tz)
    total = int((tcur - start).total_seconds() // 60)
    st.last_human = st.last_any = m
    st.rounds += 1
    c["mode"] = "site"
    mm, _ = finish_invite(w, app, m, c, people, start, total, tool, link, sender, r.random() < 0.35, True,
                          f"{app.lang} on-site day with an agenda; start = first session; all listed people are interviewers")
    return mm


def h_REP_IVCANCEL(w, app):
    st, L, r = app.st, app.L, w.rng
    old = st.iv
    sender = old["sender"]
    date = later(r, st.clock, 0, 1, app.tz)
    if date >= old["start"]:
        date = old["start"] - dt.timedelta(hours=5)
    reg = app.reg_h
    c = ctx(w, app, sender, role=role_form(w, app))
    c["old_when"] = L.when(old["start"], r.randrange(L.N_WHEN))
    t = pick(w, app, "rep.ivcancel", reg)
    rb = timing(w, app, t, c, date)
    blocks = [greet(w, app, reg), fill(t, c)] + sig_human(w, app, sender, sender.client, reg)
    m = human_mail(w, app, sender, "recruiter_reply", "REP_IVCANCEL", date, "", blocks)
    make_reply(w, app, m, old["mail"], sender.client, app.tz)
    if not m.irt:
        m.subject = fill(pick(w, app, "rep.s", reg), c)
    if old.get("uid") or r.random() < 0.5:
        att = [(OWNER["full"], OWNER["addr"])] + [(p.full, p.email) for p in old["people"]]
        attach_calendar(w, app, m, old["start"], 45, (sender.full, sender.email), att,
                        L.CANCELLED + ": " + fill(pick(w, app, "cal.sum"), c), "", c["old_when"], seq=2,
                        method="CANCEL", uid=old.get("uid"))
    st.clock = date
    st.last_human = st.last_any = m
    st.iv = None
    return finish(w, app, m, "recruiter_reply", reply_by=rb,
                  note=f"{app.lang} interview cancelled, new times to follow: recruiter_reply, no interview_start" +
                       ("; METHOD:CANCEL part" if m.ics else ""))


# ---------------------------------------------------------------- assessments
def h_AS_VENDOR(w, app):
    st, L, r = app.st, app.L, w.rng
    vname = r.choice(L.ASSESS)
    v = W.platform(vname, app.co["brand"])
    date = later(r, st.clock, 1, 10, app.tz, 7, 20)
    c = ctx(w, app, role=role_form(w, app, True), vendor=vname)
    dl = date + dt.timedelta(days=r.choice([3, 5, 7, 7, 10]))
    c["deadline"] = L.day(dl, r.randrange(L.N_DAY))
    c["mins"] = str(r.choice([30, 40, 45, 60, 75, 90]))
    c["test"] = r.choice(L.TESTS[app.field])
    blocks = [fill(pick(w, app, "greetb"), c), fill(pick(w, app, "as.vendor", app.reg_ats), c)]
    if r.random() < 0.7 or app.co["brand"] not in blocks[-1]:
        blocks.append(("kv", [(L.UI["employer"], app.co["legal"]), (L.UI["job"], c["role"]), (L.UI["test"], c["test"])]))
    blocks.append(("btn", L.UI["start_test"], f"https://app.{v['domain']}/invite/{E.alnum(r, 24)}"))
    if r.random() < 0.6:
        blocks.append(fill(pick(w, app, "as.tips"), c))
    blocks.append(("small", fill(r.choice(L.BOARD_FOOT), dict(board=vname))))
    subj = fill(pick(w, app, "as.s"), c)
    m = new_mail(w, app, "assessment", "AS_VENDOR", (v["from_name_v"] if "{" not in v["from_name"] else v["from_name_v"], v["from_addr_v"]),
                 owner_to(r), date, subj, blocks, "vendor")
    platform_shape(w, m, v, bulk=r.random() < 0.5)
    if r.random() < 0.4:
        m.reply_to = app.rec.addr()
    st.clock = date
    st.last_any = m
    st.test_vendor = v
    st.test_deadline = dl
    return finish(w, app, m, "assessment", note=f"{app.lang} {vname} test on behalf of the employer; the deadline is the candidate's, not reply_by")


def h_AS_REMIND(w, app):
    st, L, r = app.st, app.L, w.rng
    v = st.test_vendor
    dl = st.test_deadline
    date = (dl - dt.timedelta(days=r.choice([1, 2]), hours=r.randint(0, 6))).astimezone(ZoneInfo(app.tz))
    if date <= st.clock:
        date = st.clock + dt.timedelta(hours=30)
    c = ctx(w, app, role=role_form(w, app, True), vendor=v["name"], deadline=L.day(dl, r.randrange(L.N_DAY)))
    c["test"] = r.choice(L.TESTS[app.field])
    blocks = [fill(pick(w, app, "greetb"), c), fill(pick(w, app, "as.remind"), c),
              ("btn", L.UI["start_test"], f"https://app.{v['domain']}/invite/{E.alnum(r, 24)}"),
              ("small", fill(r.choice(L.BOARD_FOOT), dict(board=v["name"])))]
    subj = fill(pick(w, app, "as.remind.s"), c)
    m = new_mail(w, app, "assessment", "AS_REMIND", (v["from_name_v"], v["from_addr_v"]), owner_to(r), date, subj, blocks, "vendor")
    platform_shape(w, m, v)
    st.clock = date
    st.last_any = m
    return finish(w, app, m, "assessment", note=f"{app.lang} {v['name']} reminder: test expires soon, still assessment")


def h_AS_CASE(w, app):
    st, L, r = app.st, app.L, w.rng
    p = app.hm if r.random() < 0.5 else app.rec
    date = later(r, st.clock, 2, 8, app.tz)
    dl = date + dt.timedelta(days=r.choice([4, 5, 7, 7, 10]))
    reg = app.reg_h
    c = ctx(w, app, p, role=role_form(w, app), deadline=L.day(dl, r.randrange(L.N_DAY)),
            case=r.choice(L.CASES[app.field]), hours=str(r.choice([2, 3, 3, 4])))
    blocks = [greet(w, app, reg), fill(pick(w, app, "as.case", reg), c)]
    if r.random() < 0.6:
        blocks.append(fill(pick(w, app, "as.case2", reg), c))
    blocks += sig_human(w, app, p, p.client, reg)
    subj = fill(pick(w, app, "as.case.s", reg), c)
    m = human_mail(w, app, p, "assessment", "AS_CASE", date, subj, blocks)
    if st.last_out and r.random() < 0.5:
        make_reply(w, app, m, st.last_out, p.client, app.tz)
    fn = fill(r.choice(L.CASE_FILES), dict(company=W.slug(app.co["brand"]).replace("-", "_"), brand=app.co["brand"]))
    m.attachments.append((fn, "application/pdf", E.fake_pdf(fn, r)))
    st.clock = date
    st.last_human = st.last_any = m
    return finish(w, app, m, "assessment", note=f"{app.lang} take-home case sent by a person with a PDF brief; the due date is the candidate's")


def h_AS_VIDEO(w, app):
    st, L, r = app.st, app.L, w.rng
    v = W.platform("HireVue", app.co["brand"])
    date = later(r, st.clock, 1, 9, app.tz, 7, 21)
    dl = date + dt.timedelta(days=r.choice([3, 4, 5, 7]))
    c = ctx(w, app, role=role_form(w, app, True), vendor="HireVue", deadline=L.day(dl, r.randrange(L.N_DAY)),
            n=str(r.choice([3, 4, 5, 6])))
    blocks = [greet(w, app, app.reg_ats), fill(pick(w, app, "as.video", app.reg_ats), c),
              ("btn", L.UI["start_test"], f"https://app.hirevue-mail.example/interviews/{E.alnum(r, 20)}")]
    blocks += team_sig(w, app, app.reg_ats)
    blocks.append(("small", fill(r.choice(L.BOARD_FOOT), dict(board="HireVue"))))
    subj = fill(pick(w, app, "as.video.s"), c)
    m = new_mail(w, app, "assessment", "AS_VIDEO", (f"{app.co['brand']} via HireVue", v["from_addr_v"]), owner_to(r), date,
                 subj, blocks, "vendor")
    platform_shape(w, m, v)
    st.clock = date
    st.last_any = m
    return finish(w, app, m, "assessment", note=f"{app.lang} one-way recorded video (HireVue): assessment, nobody to meet, no time")


# ---------------------------------------------------------------- recruiter replies
def reply_common(w, app, code, key, after=(2, 9), sender=None, reply_to=None, subj_key="rep.s", extra=None,
                 promise_ok=True, attach=None):
    st, L, r = app.st, app.L, w.rng
    p = sender or (app.agent if app.agency else app.rec)
    date = later(r, st.clock, *after, app.tz)
    reg = app.reg_h
    c = ctx(w, app, p, role=role_form(w, app))
    if st.met:
        c["iv1"] = st.met[-1].full
        c["iv1_first"] = st.met[-1].first
    else:
        c["iv1"] = app.hm.full
        c["iv1_first"] = app.hm.first
    c["docs"] = L.join(r.sample(L.DOCS, 2))
    t = pick(w, app, key, reg)
    rb = timing(w, app, t, c, date)
    blocks = [greet(w, app, reg), fill(t, c)]
    if extra:
        blocks += [fill(pick(w, app, extra, reg), c)]
    blocks += sig_human(w, app, p, p.client, reg)
    m = human_mail(w, app, p, "recruiter_reply", code, date, "", blocks)
    prevm = reply_to
    if prevm is None and st.last_out is not None and r.random() < 0.8:
        prevm = st.last_out
    if prevm is not None:
        make_reply(w, app, m, prevm, p.client, app.tz)
    if not m.irt:
        m.subject = fill(pick(w, app, subj_key, reg), c)
    st.clock = date
    st.last_human = st.last_any = m
    return m, rb, c


def h_REP_REVIEW(w, app):
    m, rb, c = reply_common(w, app, "REP_REVIEW", "rep.review", (5, 15))
    app.st.promise_mail = m
    app.st.promise_date = rb
    return finish(w, app, m, "recruiter_reply", reply_by=rb,
                  note=f"{app.lang} still reviewing, " + (f"promises an answer '{c['promise']}'" if rb else "no firm date"))


def h_REP_DOCS(w, app):
    m, rb, c = reply_common(w, app, "REP_DOCS", "rep.docs", (2, 9), subj_key="rep.s.q")
    return finish(w, app, m, "recruiter_reply", reply_by=rb, note=f"{app.lang} asks for documents ({c['docs']})")


def h_REP_HOLD(w, app):
    st = app.st
    m, rb, c = reply_common(w, app, "REP_HOLD", "rep.hold", (1, 6), reply_to=st.last_out)
    return finish(w, app, m, "recruiter_reply", reply_by=rb, note=f"{app.lang} the role is on hold: recruiter_reply, not a rejection")


def h_REP_TIMELINE(w, app):
    st = app.st
    m, rb, c = reply_common(w, app, "REP_TIMELINE", "rep.timeline", (1, 5), reply_to=st.last_out if st.last_out else None)
    st.promise_mail = m
    st.promise_date = rb
    return finish(w, app, m, "recruiter_reply", reply_by=rb,
                  note=f"{app.lang} after the interview: timeline" + (f", promise '{c['promise']}'" if rb else ", vague"))


def h_REP_ANSWER(w, app):
    st = app.st
    m, rb, c = reply_common(w, app, "REP_ANSWER", "rep.answer", (0, 3), reply_to=st.last_out)
    st.promise_mail = m
    return finish(w, app, m, "recruiter_reply", reply_by=rb, note=f"{app.lang} answers the follow-up: no decision yet" +
                  (f", promise '{c['promise']}'" if rb else ""))


def h_REP_Q(w, app):
    m, rb, c = reply_common(w, app, "REP_Q", "rep.q", (1, 7), subj_key="rep.s.q")
    return finish(w, app, m, "recruiter_reply", reply_by=rb, note=f"{app.lang} questions (salary, notice period, start date) before going on")


def h_REP_CV(w, app):
    st = app.st
    m, rb, c = reply_common(w, app, "REP_CV", "rep.cv", (0, 3), reply_to=st.last_out)
    return finish(w, app, m, "recruiter_reply", reply_by=rb, note=f"{app.lang} after Inês answered the outreach: asks for CV / details")


def h_REP_POST(w, app):
    st, L, r = app.st, app.L, w.rng
    p = app.hr if getattr(app, "hr", None) else app.rec
    m, rb, c = reply_common(w, app, "REP_POST", "rep.post", (1, 7), sender=p, reply_to=st.last_out)
    return finish(w, app, m, "recruiter_reply", reply_by=rb, note=f"{app.lang} paperwork after the offer (documents, checks): recruiter_reply")


def h_REP_STATUS(w, app):
    st, L, r = app.st, app.L, w.rng
    frm, v = ats_from(w, app)
    date = later(r, st.clock, 3, 14, app.tz, 6, 23, weekend_ok=True)
    c = ctx(w, app, role=role_form(w, app, True), status=r.choice(L.STATUS_LABELS))
    reg = app.reg_ats
    blocks = [greet(w, app, reg), fill(pick(w, app, "rep.status", reg), c),
              ("kv", [(L.UI["job"], c["role"]), (L.UI["status"], c["status"])]),
              ("btn", L.UI["portal"], c["portal"])]
    blocks += team_sig(w, app, reg) + ats_footer(w, app, v)
    subj = fill(pick(w, app, "rep.status.s", reg), c)
    m = new_mail(w, app, "recruiter_reply", "REP_STATUS", frm, owner_to(r), date, subj, blocks, "ats")
    platform_shape(w, m, v)
    st.clock = date
    st.last_any = m
    return finish(w, app, m, "recruiter_reply", note=f"{app.lang} {v['name']} automated status change ('{c['status']}'): not a decision")


# ---------------------------------------------------------------- outreach
def outreach_common(w, app, code, key, p, subj_key, company=True, note=""):
    st, L, r = app.st, app.L, w.rng
    date = biz(r, app.t0.astimezone(ZoneInfo(app.tz)).date(), app.tz)
    reg = app.reg_h
    c = ctx(w, app, p, role=role_form(w, app, r.random() < 0.4))
    c["skill"] = r.choice(L.SKILLS[app.field])
    t = pick(w, app, key, reg)
    blocks = [greet(w, app, reg), fill(t, c)]
    if r.random() < 0.85:
        blocks.append(fill(pick(w, app, "out.cta", reg), c))
    blocks += sig_human(w, app, p, p.client, reg)
    if code == "OUT_CONF" or (code in ("OUT_AGENCY",) and r.random() < 0.5):
        blocks.append(("small", fill(r.choice(L.GDPR14), c)))
    subj = fill(pick(w, app, subj_key, reg), c)
    m = human_mail(w, app, p, "recruiter_outreach", code, date, subj, blocks)
    if r.random() < 0.2:
        m.unsub = True
        m.vendor = None
        m.extra_headers.append(("X-Sequence-Step", "1"))
    st.clock = date
    st.outreach = m
    st.last_human = st.last_any = m
    return finish(w, app, m, "recruiter_outreach", company=company, note=note)


def h_OUT_DIRECT(w, app):
    return outreach_common(w, app, "OUT_DIRECT", "out.direct", app.rec, "out.s",
                           note=f"{app.lang} in-house recruiter's first contact")


def h_OUT_HM(w, app):
    return outreach_common(w, app, "OUT_HM", "out.hm", app.hm, "out.s",
                           note=f"{app.lang} hiring manager writes first")


def h_OUT_AGENCY(w, app):
    return outreach_common(w, app, "OUT_AGENCY", "out.agency", app.agent, "out.s.agency",
                           note=f"{app.lang} agency recruiter ({app.agency['brand']}) names the client: company is the client")


def h_OUT_CONF(w, app):
    return outreach_common(w, app, "OUT_CONF", "out.conf", app.agent, "out.s.conf", company=False,
                           note=f"{app.lang} agency recruiter ({app.agency['brand']}), client kept confidential: company null")


def h_OUT_NUDGE(w, app):
    st, L, r = app.st, app.L, w.rng
    first = st.outreach
    p = app.agent if app.agency else (app.hm if first.code == "OUT_HM" else app.rec)
    date = later(r, st.clock, 5, 12, app.tz)
    reg = app.reg_h
    c = ctx(w, app, p, role=role_form(w, app))
    conf = first.label["company"] is None
    blocks = [greet(w, app, reg), fill(pick(w, app, "out.nudge.conf" if conf else "out.nudge", reg), c)] + sig_human(w, app, p, p.client, reg)
    m = human_mail(w, app, p, "recruiter_outreach", "OUT_NUDGE", date, "", blocks)
    make_reply(w, app, m, first, p.client, app.tz)
    st.clock = date
    st.last_human = st.last_any = m
    return finish(w, app, m, "recruiter_outreach", company=not conf,
                  note=f"{app.lang} unanswered second nudge: still recruiter_outreach" + ("; client still confidential" if conf else ""))


def h_OUT_INMAIL(w, app):
    st, L, r = app.st, app.L, w.rng
    bname = r.choice(L.SOCIAL)
    v = W.platform(bname)
    p = app.rec
    date = biz(r, app.t0.astimezone(ZoneInfo(app.tz)).date(), app.tz, 7, 22)
    c = ctx(w, app, p, role=role_form(w, app, True), board=bname)
    c["skill"] = r.choice(L.SKILLS[app.field])
    msg = fill(pick(w, app, "out.direct", app.reg_h), c)
    blocks = [fill(pick(w, app, "out.inmail"), c), ("raw", f"{p.full} · {p.title} · {app.co['brand']}"), ("raw", msg), ("btn", L.UI["reply"], f"https://www.{v['domain']}/messaging/thread/{E.alnum(r, 18)}"),
              ("small", fill(r.choice(L.BOARD_FOOT), dict(board=bname)))]
    subj = fill(pick(w, app, "out.inmail.s"), c)
    m = new_mail(w, app, "recruiter_outreach", "OUT_INMAIL", (f"{p.full} via {bname}", v["from_addr_v"].replace("jobs-noreply", "inmail-hit-reply")),
                 owner_to(r), date, subj, blocks, "board")
    platform_shape(w, m, v, unsub=True)
    st.clock = date
    st.outreach = m
    st.last_any = m
    st.last_human = None
    return finish(w, app, m, "recruiter_outreach", note=f"{app.lang} {bname} message notification carrying a recruiter's first message")


# ---------------------------------------------------------------- offers
def offer_terms(w, app):
    L, r = app.L, w.rng
    base = app.salary
    return base


def h_OFF_LETTER(w, app):
    st, L, r = app.st, app.L, w.rng
    p = getattr(app, "hr", None) or app.rec
    date = later(r, st.clock, 2, 9, app.tz)
    reg = app.reg_h
    start_day = biz(r, date.date() + dt.timedelta(days=r.choice([30, 45, 60, 75, 90])), app.tz)
    dl = date + dt.timedelta(days=r.choice([5, 7, 7, 10]))
    c = ctx(w, app, p, role=role_form(w, app), salary=L.money(app.salary, app.currency), start=L.day(start_day, 0),
            deadline=L.day(dl, r.randrange(L.N_DAY)))
    blocks = [greet(w, app, reg), fill(pick(w, app, "off.letter", reg), c)]
    if r.random() < 0.7:
        blocks.append(("kv", [(L.UI["position"], c["role"]), (L.UI["salary"], c["salary"]), (L.UI["start"], c["start"])]))
    blocks.append(fill(pick(w, app, "off.deadline", reg), c))
    blocks += sig_human(w, app, p, p.client, reg)
    subj = fill(pick(w, app, "off.s", reg), c)
    m = human_mail(w, app, p, "offer", "OFF_LETTER", date, subj, blocks)
    prevm = st.last_out if st.last_out and r.random() < 0.5 else None
    if prevm:
        make_reply(w, app, m, prevm, p.client, app.tz)
        m.subject = subj if r.random() < 0.5 else m.subject
    fn = fill(r.choice(L.OFFER_FILES), dict(company=W.slug(app.co["brand"]).replace("-", "_"), last=OWNER["last"], brand=app.co["brand"]))
    m.attachments.append((fn, "application/pdf", E.fake_pdf(fn, r)))
    st.clock = date
    st.last_human = st.last_any = m
    return finish(w, app, m, "offer", note=f"{app.lang} written offer with the letter as PDF; the answer deadline is the candidate's")


def h_OFF_CALL(w, app):
    st, L, r = app.st, app.L, w.rng
    p = app.agent if app.agency else (app.hm if r.random() < 0.4 else app.rec)
    date = later(r, st.clock, 1, 7, app.tz)
    reg = app.reg_h
    start = iv_slot(r, date, app.tz, 1, 3)
    c = ctx(w, app, p, role=role_form(w, app), when=L.when(start, r.randrange(L.N_WHEN)))
    blocks = [greet(w, app, reg), fill(pick(w, app, "off.call", reg), c)] + sig_human(w, app, p, p.client, reg)
    subj = fill(pick(w, app, "off.call.s", reg), c)
    m = human_mail(w, app, p, "offer", "OFF_CALL", date, subj, blocks)
    prevm = st.last_out if st.last_out and r.random() < 0.6 else None
    if prevm:
        make_reply(w, app, m, prevm, p.client, app.tz)
    if r.random() < 0.35:
        attach_calendar(w, app, m, start, 30, (p.full, p.email), [(OWNER["full"], OWNER["addr"])],
                        fill(pick(w, app, "off.call.s", reg), c), "", c["when"])
    st.clock = date
    st.last_human = st.last_any = m
    return finish(w, app, m, "offer", note=f"{app.lang} verbal-offer call; the text says offer, so offer with interview_start null" +
                  ("; has a calendar part" if m.ics else ""))


def h_OFF_ESIGN(w, app):
    st, L, r = app.st, app.L, w.rng
    vname = r.choice(L.ESIGN)
    p = getattr(app, "hr", None) or app.rec
    v = W.platform(vname, app.co["brand"], sender=p.full)
    date = later(r, st.clock, 2, 9, app.tz)
    c = ctx(w, app, p, role=role_form(w, app, True), vendor=vname, sender=p.full,
            doc=fill(r.choice(L.OFFER_DOCS), dict(role=app.role_plain, company=app.co["brand"], last=OWNER["last"])))
    blocks = [fill(pick(w, app, "off.esign"), c), ("kv", [(L.UI["employer"], app.co["legal"]), (L.UI["what"], c["doc"])]),
              ("btn", L.UI["sign"], f"https://app.{v['domain']}/sign/{E.alnum(r, 32)}"),
              ("raw", fill(pick(w, app, "off.esign.msg", app.reg_h), c)),
              ("small", fill(r.choice(L.BOARD_FOOT), dict(board=vname)))]
    subj = fill(pick(w, app, "off.esign.s"), c)
    m = new_mail(w, app, "offer", "OFF_ESIGN", (v["from_name_v"], v["from_addr_v"]), owner_to(r), date, subj, blocks, "vendor")
    platform_shape(w, m, v, bulk=False)
    m.reply_to = p.addr()
    st.clock = date
    st.last_any = m
    return finish(w, app, m, "offer", note=f"{app.lang} {vname} envelope with the contract/offer to sign: offer")


def h_OFF_REVISED(w, app):
    st, L, r = app.st, app.L, w.rng
    p = app.agent if app.agency else app.rec
    date = later(r, st.clock, 1, 5, app.tz)
    reg = app.reg_h
    app.salary = int(app.salary * r.choice([1.04, 1.05, 1.06, 1.08]) / 500) * 500
    c = ctx(w, app, p, role=role_form(w, app), salary=L.money(app.salary, app.currency))
    blocks = [greet(w, app, reg), fill(pick(w, app, "off.revised", reg), c)] + sig_human(w, app, p, p.client, reg)
    m = human_mail(w, app, p, "offer", "OFF_REVISED", date, "", blocks)
    make_reply(w, app, m, st.last_out, p.client, app.tz)
    if not m.irt:
        m.subject = fill(pick(w, app, "off.s", reg), c)
    if r.random() < 0.6:
        fn = fill(r.choice(L.OFFER_FILES), dict(company=W.slug(app.co["brand"]).replace("-", "_"), last=OWNER["last"], brand=app.co["brand"]))
        fn = fn.replace(".pdf", "_v2.pdf")
        m.attachments.append((fn, "application/pdf", E.fake_pdf(fn, r)))
    st.clock = date
    st.last_human = st.last_any = m
    return finish(w, app, m, "offer", note=f"{app.lang} revised offer after Inês negotiated")


# ---------------------------------------------------------------- the candidate's own mail
def interview_over(st):
    return st.iv["end"] if st.iv else st.clock


def h_TY(w, app):
    st, L, r = app.st, app.L, w.rng
    iv = st.iv
    if iv is None:
        return None
    end = iv["end"]
    people = [p for p in iv["people"] if p is not None]
    if len(people) > 1 and r.random() < 0.35:
        to_people = people[:2]
    else:
        to_people = [r.choice(people)]
    date = owner_date(w, end, 0, 1, evening=r.random() < 0.5)
    if date <= end:
        date = end.astimezone(LIS) + dt.timedelta(hours=r.randint(1, 5), minutes=r.randint(0, 59))
    reg = app.reg_h
    style = owner_style(w)
    c = ctx(w, app, to_people[0], role=role_form(w, app), topic=r.choice(L.TOPICS[app.field]),
            names=L.join([p.first for p in to_people]))
    greeting = L.greet_many(to_people, reg, r) if len(to_people) > 1 else L.greet(to_people[0], reg, r)
    blocks = [greeting, fill(pick(w, app, "ty.c", reg), c)]
    if r.random() < 0.75:
        blocks.append(fill(pick(w, app, "ty.detail", reg), c))
    if r.random() < 0.6:
        blocks.append(fill(pick(w, app, "ty.close", reg), c))
    blocks += owner_sig(w, app, style, reg)
    tos = [(p.full, p.email) for p in to_people]
    cc = [app.rec.addr()] if app.rec not in to_people and r.random() < 0.25 else None
    subj = fill(pick(w, app, "ty.s", reg), c)
    m = owner_mail(w, app, "thank_you", "TY", tos, date, subj, blocks, style, cc=cc)
    wrote = iv["mail"].frm[1] in [p.email for p in to_people]
    QL = w.langs["pt_pt"] if style in ("gmail", "iphone") else w.langs["en"]
    if wrote and r.random() < 0.8:
        make_reply(w, app, m, iv["mail"], style, OWNER["tz"], quote_lang=QL)
    else:
        m.irt = iv["mail"].msgid
        m.refs = [iv["mail"].msgid]
    st.met = to_people
    st.clock = date
    st.last_out = m
    return finish(w, app, m, "thank_you", interviewers=[p.full for p in to_people],
                  note=f"{app.lang} thank-you after the interview, {'reply in the thread' if m.quote else 'new message'}; interviewers = the people thanked")


def h_FU(w, app, code="FU", key="fu.c", prev=None, after=(7, 12)):
    st, L, r = app.st, app.L, w.rng
    p = app.agent if app.agency else app.rec
    base = st.clock if st.iv is None else max(st.clock, st.iv["end"])
    date = owner_date(w, base, *after)
    reg = app.reg_h
    style = owner_style(w)
    c = ctx(w, app, p, role=role_form(w, app))
    if st.iv:
        c["when_done"] = L.day(st.iv["start"], r.randrange(L.N_DAY))
    else:
        c["when_done"] = L.day(app.t0, r.randrange(L.N_DAY))
    c["iv1"] = st.met[0].full if st.met else app.hm.full
    c["iv1_first"] = st.met[0].first if st.met else app.hm.first
    blocks = [L.greet(p, reg, r), fill(pick(w, app, key, reg), c)]
    if r.random() < 0.5:
        blocks.append(fill(pick(w, app, "fu.close", reg), c))
    blocks += owner_sig(w, app, style, reg)
    m = owner_mail(w, app, "follow_up", code, [p.addr()], date, "", blocks, style)
    QL = w.langs["pt_pt"] if style in ("gmail", "iphone") else w.langs["en"]
    prevm = prev or st.last_human
    if prevm is not None and prevm.frm[1] == p.email:
        make_reply(w, app, m, prevm, style, OWNER["tz"], quote_lang=QL)
    if not m.irt:
        m.subject = fill(pick(w, app, "fu.s", reg), c)
    st.clock = date
    st.last_out = m
    return finish(w, app, m, "follow_up", note=f"{app.lang} the candidate checks on the status" +
                  (", in the recruiter's thread" if m.irt else ", new message"))


def h_FU_APPLY(w, app):
    st, L, r = app.st, app.L, w.rng
    if st.clock is None:
        st.clock = app.t0
    return h_FU(w, app, "FU_APPLY", "fu.apply", after=(8, 16))


def h_FU_PROMISE(w, app):
    st = app.st
    pd = getattr(st, "promise_date", None)
    if pd:
        base = dt.datetime(pd.year, pd.month, pd.day, 18, tzinfo=LIS)
        st.clock = max(st.clock, base)
        return h_FU(w, app, "FU_PROMISE", "fu.promise", prev=st.promise_mail, after=(2, 4))
    return h_FU(w, app, "FU_PROMISE", "fu.c", prev=st.promise_mail, after=(7, 10))


# ---------------------------------------------------------------- outbound other / in-story other
def out_other(w, app, code, key, to, prev, note, after=(0, 2), subj_key=None):
    st, L, r = app.st, app.L, w.rng
    date = owner_date(w, st.clock, *after)
    reg = app.reg_h
    style = owner_style(w)
    p = to
    c = ctx(w, app, p, role=role_form(w, app))
    if st.slots:
        c["slot"] = L.when(st.slots["slots"][0], st.slots["si"])
    c["salary"] = L.money(int(app.salary * 1.08 / 500) * 500, app.currency)
    blocks = [L.greet(p, reg, r), fill(pick(w, app, key, reg), c)] + owner_sig(w, app, style, reg)
    m = owner_mail(w, app, "other", code, [p.addr()], date, "", blocks, style)
    QL = w.langs["pt_pt"] if style in ("gmail", "iphone") else w.langs["en"]
    if prev is not None:
        make_reply(w, app, m, prev, style, OWNER["tz"], quote_lang=QL)
    if not m.irt:
        m.subject = fill(pick(w, app, subj_key or "o.generic.s", reg), c)
    st.clock = date
    st.last_out = m
    return finish(w, app, m, "other", note=note)


def h_O_ACCEPT_SLOT(w, app):
    st = app.st
    st.slots["chosen"] = st.slots["slots"][0]
    return out_other(w, app, "O_ACCEPT_SLOT", "o.acceptslot", st.slots["mail"].L_person if hasattr(st.slots["mail"], "L_person") else (app.agent if app.agency else app.rec),
                     st.slots["mail"], f"{app.lang} outbound: Inês picks one of the proposed slots; not a thank-you or follow-up, so other")


def h_O_INTERESTED(w, app):
    st = app.st
    p = app.agent if app.agency else (app.hm if st.outreach and st.outreach.code == "OUT_HM" else app.rec)
    return out_other(w, app, "O_INTERESTED", "o.interested", p, st.outreach if st.outreach.direction == "in" and st.outreach.style != "board" else None,
                     f"{app.lang} outbound: Inês answers the outreach with interest: other", after=(0, 3))


def h_O_WITHDRAW(w, app):
    st = app.st
    p = app.rec
    return out_other(w, app, "O_WITHDRAW", "o.withdraw", p, st.last_human,
                     f"{app.lang} outbound: Inês withdraws her application: other", after=(0, 2), subj_key="o.withdraw.s")


def h_O_NEGOTIATE(w, app):
    st = app.st
    p = app.agent if app.agency else app.rec
    return out_other(w, app, "O_NEGOTIATE", "o.negotiate", p, st.last_human,
                     f"{app.lang} outbound: Inês negotiates the offer: other", after=(0, 3))


def h_O_ACCEPT_OFFER(w, app):
    st = app.st
    p = app.agent if app.agency else (getattr(app, "hr", None) or app.rec)
    prev = st.last_human
    if prev is not None:
        p2 = [x for x in [app.rec, app.hm, getattr(app, "hr", None)] if x is not None and x.email == prev.frm[1]]
        if p2:
            p = p2[0]
    return out_other(w, app, "O_ACCEPT_OFFER", "o.acceptoffer", p, prev,
                     f"{app.lang} outbound: Inês accepts the offer: other", after=(1, 4))


def h_O_OOO(w, app):
    st, L, r = app.st, app.L, w.rng
    prev = st.last_out
    to_p = None
    for p in [app.hm] + app.panel + [app.rec]:
        if prev and p.email == prev.to[0][1]:
            to_p = p
    to_p = to_p or app.rec
    date = prev.date + dt.timedelta(seconds=r.randint(20, 200))
    date = date.astimezone(ZoneInfo(app.tz))
    back = biz(r, date.date() + dt.timedelta(days=r.randint(3, 12)), app.tz)
    c = ctx(w, app, to_p, back=L.day(back, r.randrange(L.N_DAY)), colleague=app.rec.full, colleague_mail=app.rec.email)
    blocks = [fill(pick(w, app, "o.ooo"), c)]
    m = new_mail(w, app, "other", "O_OOO", to_p.addr(), [(OWNER["full"], OWNER["addr"])], date,
                 L.AUTOREPLY_PREFIX + " " + prev.subject, blocks, "outlook")
    human_shape(w, m, to_p)
    m.auto = True
    m.auto_value = "auto-replied"
    m.extra_headers.append(("X-MS-Exchange-Inbox-Rules-Loop", to_p.email))
    m.irt = prev.msgid
    m.refs = [prev.msgid]
    m.outlook_utc = True
    st.clock = date
    return finish(w, app, m, "other", note=f"{app.lang} out-of-office auto-reply to the thank-you: other")


def h_O_VIEWED(w, app):
    st, L, r = app.st, app.L, w.rng
    v = W.platform(app.board["name"])
    date = later(r, st.clock, 1, 8, app.tz, 6, 23, weekend_ok=True)
    c = ctx(w, app, role=role_form(w, app, True), board=v["name"])
    blocks = [fill(pick(w, app, "greetb"), c), fill(pick(w, app, "o.viewed.c"), c),
              ("btn", L.UI["view_apps"], f"https://www.{v['domain']}/my/applications?src=viewed")]
    blocks.append(("small", fill(r.choice(L.BOARD_FOOT), dict(board=v["name"]))))
    m = new_mail(w, app, "other", "O_VIEWED", (v["from_name_v"], v["from_addr_v"]), owner_to(r), date,
                 fill(pick(w, app, "o.viewed.s"), c), blocks, "board")
    platform_shape(w, m, v, unsub=True)
    st.clock = date
    return finish(w, app, m, "other", note=f"{app.lang} {v['name']} 'application viewed' notice: other")


HANDLERS = {k[2:]: v for k, v in globals().items() if k.startswith("h_")}
