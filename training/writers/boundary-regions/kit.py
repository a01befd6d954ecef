"""Message shapes (ATS, Gmail, Outlook, iPhone, calendar tools) on top of mimekit, plus date helpers."""
import datetime as dt
import random
from zoneinfo import ZoneInfo

import mimekit as mk
from world import OWNER, OWNER_NAME, OWNER_TZ

UTC = dt.timezone.utc

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DAYS_ES = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]


def local(y, m, d, hh=9, mm=0, zone=OWNER_TZ):
    return dt.datetime(y, m, d, hh, mm, tzinfo=ZoneInfo(zone))


def zabbr(d):
    z = str(d.tzinfo)
    off = d.utcoffset()
    hrs = off.total_seconds() / 3600
    if z == "Europe/London":
        return "BST" if hrs == 1 else "GMT"
    if z == "Europe/Dublin":
        return "Irish time" if hrs == 1 else "GMT"
    if z == "Asia/Kolkata":
        return "IST"
    if z in ("Australia/Sydney", "Australia/Melbourne"):
        return "AEDT" if hrs == 11 else "AEST"
    if z == "Australia/Brisbane":
        return "AEST"
    if z == "Australia/Perth":
        return "AWST"
    if z == "Africa/Johannesburg":
        return "SAST"
    if z == "America/Toronto":
        return "ET"
    if z == "America/Vancouver":
        return "PT"
    if z == "America/Edmonton":
        return "MT"
    if z == "America/Halifax":
        return "AT"
    if z == "America/Mexico_City":
        return "hora del centro de México"
    if z == "America/Cancun":
        return "hora de Cancún"
    return ""


def ordinal(n):
    if 10 <= n % 100 <= 20:
        return "%dth" % n
    return "%d%s" % (n, {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def t12(d, dot=False, space=False, caps=False, periods=False):
    hh = d.hour % 12 or 12
    ap = "am" if d.hour < 12 else "pm"
    if periods:
        ap = "a.m." if d.hour < 12 else "p.m."
    if caps:
        ap = ap.upper()
    sep = "." if dot else ":"
    if d.minute == 0 and not caps:
        s = "%d" % hh
    else:
        s = "%d%s%02d" % (hh, sep, d.minute)
    return s + (" " if space else "") + ap


def when(d, region, rng, with_zone=True):
    """A human rendering of an interview time in the region's habits."""
    wd = DAYS_EN[d.weekday()]
    mon = MONTHS_EN[d.month - 1]
    z = zabbr(d)
    if region in ("UK", "IE"):
        opts = ["%s %d %s %d at %s" % (wd, d.day, mon, d.year, t12(d, dot=True)),
                "%s %s %s at %s" % (wd, ordinal(d.day), mon, d.strftime("%H:%M")),
                "%s, %d %s, %s" % (wd, d.day, mon, t12(d)),
                "%02d/%02d/%d at %s" % (d.day, d.month, d.year, d.strftime("%H:%M")),
                "%s %d %s at %s" % (wd[:3], d.day, mon[:3], t12(d, dot=True))]
    elif region == "IN":
        opts = ["%02d-%s-%d (%s), %s" % (d.day, mon[:3], d.year, wd, t12(d, space=True, caps=True)),
                "%s %s %d at %s" % (ordinal(d.day), mon, d.year, t12(d, space=True, caps=True)),
                "%s, %02d/%02d/%d, %s" % (wd, d.day, d.month, d.year, t12(d, space=True, caps=True)),
                "%d %s %d, %s" % (d.day, mon, d.year, d.strftime("%H:%M") + " hrs")]
    elif region == "AU":
        opts = ["%s %d %s at %s" % (wd, d.day, mon, t12(d)),
                "%s, %d %s %d, %s" % (wd, d.day, mon, d.year, t12(d, space=True)),
                "%s %d/%d at %s" % (wd, d.day, d.month, t12(d))]
    elif region == "ZA":
        opts = ["%s, %d %s %d at %s" % (wd, d.day, mon, d.year, d.strftime("%H:%M")),
                "%s %d %s, %s" % (wd, d.day, mon, d.strftime("%Hh%M")),
                "%d %s %d at %s" % (d.day, mon, d.year, d.strftime("%H:%M"))]
    elif region == "MX":
        wds, ms = DAYS_ES[d.weekday()], MONTHS_ES[d.month - 1]
        hh = d.hour % 12 or 12
        opts = ["el %s %d de %s a las %s h" % (wds, d.day, ms, d.strftime("%H:%M")),
                "el %s %d de %s de %d, %d:%02d %s" % (wds, d.day, ms, d.year, hh, d.minute, "a. m." if d.hour < 12 else "p. m."),
                "%s %d de %s, %s hrs" % (wds.capitalize(), d.day, ms, d.strftime("%H:%M")),
                "el %02d/%02d/%d a las %s" % (d.day, d.month, d.year, d.strftime("%H:%M"))]
    else:  # CA
        opts = ["%s, %s %d, %d at %s" % (wd, mon, d.day, d.year, t12(d, space=True, periods=True)),
                "%s %s %d at %s" % (wd, mon[:3], d.day, t12(d)),
                "%s, %s %d, %s" % (wd, mon, d.day, t12(d, space=True, caps=True))]
    s = rng.choice(opts)
    if with_zone and z:
        if region == "MX":
            s += " (%s)" % z
        else:
            s += " " + (z if rng.random() < 0.6 else "(%s)" % z)
    return s


def date_words(dd, region):
    """A written calendar date (no time)."""
    if region == "MX":
        return "%d de %s de %d" % (dd.day, MONTHS_ES[dd.month - 1], dd.year)
    if region == "CA":
        return "%s %d, %d" % (MONTHS_EN[dd.month - 1], dd.day, dd.year)
    return "%d %s %d" % (dd.day, MONTHS_EN[dd.month - 1], dd.year)


def next_weekday(d, wd):
    """Next date (strictly after d) with weekday wd (0=Mon)."""
    days = (wd - d.weekday()) % 7 or 7
    return (d + dt.timedelta(days=days)).date()


def add_workdays(d, n):
    cur = d.date() if isinstance(d, dt.datetime) else d
    while n > 0:
        cur += dt.timedelta(days=1)
        if cur.weekday() < 5:
            n -= 1
    return cur


def end_of_next_week(d):
    monday_next = (d - dt.timedelta(days=d.weekday()) + dt.timedelta(days=7)).date()
    return monday_next + dt.timedelta(days=4)


def work_time(rng, day, zone, lo=8, hi=18):
    """A sending time on a given date in a zone."""
    return dt.datetime(day.year, day.month, day.day, rng.randint(lo, hi - 1), rng.randint(0, 59), rng.randint(0, 59),
                       tzinfo=ZoneInfo(zone))


def shift_weekday(d):
    while d.weekday() >= 5:
        d += dt.timedelta(days=1)
    return d


# ---------------------------------------------------------------- message object

class Msg:
    def __init__(self, key, kind, lang, frm, to, date, subject, root, label=None, headers=None, transport=True,
                 cc=None, reply_to=None, msgid=None, in_reply_to=None, references=None, crlf=False,
                 vendor_host=None, auth=("pass", "pass", "pass"), note="", mime_version="1.0", bulk=None,
                 subject_charset=None, subject_mode=None):
        self.key, self.kind, self.lang = key, kind, lang
        self.frm, self.to, self.cc = frm, to, cc or []
        self.date, self.subject, self.root = date, subject, root
        self.label = label or {}
        self.headers = headers or []
        self.transport = transport
        self.reply_to = reply_to
        self.msgid = msgid
        self.in_reply_to, self.references = in_reply_to, references
        self.crlf = crlf
        self.vendor_host = vendor_host
        self.auth = auth
        self.note = note
        self.mime_version = mime_version
        self.subject_charset = subject_charset
        self.subject_mode = subject_mode

    @property
    def direction(self):
        return "out" if self.frm[1].lower() == OWNER else "in"

    def to_bytes(self):
        rng = random.Random("transport:" + self.key)
        hs = []
        if self.transport and self.direction == "in":
            hs += mk.transport(rng, self.key, self.frm[1], self.date, self.vendor_host, *self.auth)
        subj = self.subject
        try:
            subj.encode("ascii")
        except UnicodeEncodeError:
            subj = mk.encode_word(subj, self.subject_charset or "utf-8", self.subject_mode)
        core = [("From", mk.addr(*self.frm)),
                ("To", ", ".join(mk.addr(*t) for t in self.to)),
                ("Cc", ", ".join(mk.addr(*t) for t in self.cc) if self.cc else None),
                ("Reply-To", mk.addr(*self.reply_to) if self.reply_to else None),
                ("Subject", subj),
                ("Date", mk.fmt_date(self.date)),
                ("Message-ID", self.msgid),
                ("In-Reply-To", self.in_reply_to),
                ("References", self.references)]
        if any(n == "Thread-Index" for n, _ in self.headers) and not any(n == "Thread-Topic" for n, _ in self.headers):
            try:
                self.subject.encode("ascii")
                tt = self.subject
                for p in ("RE: ", "Re: ", "FW: ", "Fwd: "):
                    if tt.startswith(p):
                        tt = tt[len(p):]
                self.headers = [("Thread-Topic", tt)] + self.headers
            except UnicodeEncodeError:
                pass
        order = rng.random()
        if order < 0.4:
            hs += core
            hs += self.headers
        else:
            hs += [core[5], core[0], core[1], core[2], core[3], core[6], core[4], core[7], core[8]]
            hs += self.headers
        hs.append(("MIME-Version", self.mime_version))
        return mk.assemble(hs, self.root, crlf=self.crlf)


def mid(key, domain, style="plain"):
    x = mk.h(key, 24)
    if style == "gmail":
        return "<CA%s+%s@mail.gmail.example>" % (mk.b64tok(key, 18).replace("/", "_").replace("+", "-"), x[:12])
    if style == "outlook":
        pr = "AM%dPR%02dMB%04d" % (int(x[0], 16) % 9 + 1, int(x[1:3], 16) % 90 + 1, int(x[3:7], 16) % 9000)
        return "<%s%s@%s.eurprd0%d.prod.outlook.example>" % (pr, x[7:19].upper(), pr, int(x[2], 16) % 8 + 1)
    if style == "apple":
        return "<%s-%s-%s-%s@%s>" % (x[:8].upper(), x[8:12].upper(), x[12:16].upper(), x[16:24].upper(), domain)
    if style == "ses":
        return "<0100%s-%s-000000@email.amazonses.example>" % (x[:12], x[12:24])
    if style == "sendgrid":
        return "<%s@geopod-ismtpd-%d>" % (mk.b64tok(key, 22).replace("/", "x").replace("+", "y"), int(x[0], 16))
    return "<%s.%s@%s>" % (x[:14], x[14:24], domain)


def bnd(key, style="plain"):
    x = mk.h(key + "bnd", 28)
    if style == "gmail":
        return "000000000000" + x[:16]
    if style == "outlook":
        return "_000_%s%s_" % (x[:20].upper(), "AM9PR07MB")
    if style == "apple":
        return "Apple-Mail=_%s-%s-%s-%s" % (x[:8].upper(), x[8:12].upper(), x[12:16].upper(), x[16:28].upper())
    if style == "ats":
        return "----=_Part_%d_%d.%d" % (int(x[:6], 16), int(x[6:12], 16), int(x[12:20], 16))
    return "=_%s" % x


# ---------------------------------------------------------------- quoting

def quote_attr(prev, style, lang="en"):
    pname, paddr, pdate = prev["name"], prev["addr"], prev["date"]
    d = pdate
    if style == "gmail":
        if lang == "es":
            return "El %s, %d %s %d a las %s, %s (<%s>) escribió:" % (
                DAYS_ES[d.weekday()][:3], d.day, MONTHS_ES[d.month - 1][:3], d.year, d.strftime("%H:%M"), pname, paddr)
        if rng_bool(prev["key"]):
            return "On %s, %d %s %d at %s, %s <%s> wrote:" % (
                DAYS_EN[d.weekday()][:3], d.day, MONTHS_EN[d.month - 1][:3], d.year, d.strftime("%H:%M"), pname, paddr)
        return "On %s, %s %d, %d at %s %s <%s>\nwrote:" % (
            DAYS_EN[d.weekday()][:3], MONTHS_EN[d.month - 1][:3], d.day, d.year, t12(d, space=True, caps=True),
            pname, paddr)
    if style == "iphone":
        return "On %d %s %d, at %s, %s <%s> wrote:" % (d.day, MONTHS_EN[d.month - 1][:3], d.year, d.strftime("%H:%M"),
                                                       pname, paddr)
    return ""


def rng_bool(key):
    return int(mk.h(key, 2), 16) % 2 == 0


def quote_block(prev, style, lang="en", to_line=None):
    """Text of the quoted history."""
    body = prev["text"].strip("\n")
    if style in ("gmail", "iphone"):
        q = "\n".join(("> " + x) if x.strip() else ">" for x in body.split("\n"))
        return quote_attr(prev, style, lang) + "\n" + q
    d = prev["date"]
    if to_line is None and prev["addr"].lower() == OWNER and prev.get("to"):
        to_line = prev["to"][0]
    if lang == "es":
        head = "De: %s <%s>\nEnviado el: %s, %d de %s de %d %s\nPara: %s\nAsunto: %s" % (
            prev["name"], prev["addr"], DAYS_ES[d.weekday()], d.day, MONTHS_ES[d.month - 1], d.year, d.strftime("%H:%M"),
            to_line or "%s <%s>" % (OWNER_NAME, OWNER), prev["subject"])
    else:
        head = "From: %s <%s>\nSent: %s, %d %s %d %s\nTo: %s\nSubject: %s" % (
            prev["name"], prev["addr"], DAYS_EN[d.weekday()], d.day, MONTHS_EN[d.month - 1], d.year, d.strftime("%H:%M"),
            to_line or "%s <%s>" % (OWNER_NAME, OWNER), prev["subject"])
    if style == "outlook-original":
        return "-----Original Message-----\n" + head + "\n\n" + body
    return "________________________________\n" + head + "\n\n" + body


# ---------------------------------------------------------------- shapes

def label(company=None, role=None, start=None, interviewers=None, reply_by=None):
    return dict(company=company, role=role, interview_start=start.isoformat() if start is not None else None,
                interviewers=interviewers or None, reply_by=reply_by.isoformat() if reply_by is not None else None)


def ats_shape(key, rng, brand, color, blocks, footer, html_only=False, text_only=False, preheader=None,
              link_style=None, cte_html=None, charset="utf-8", pixel=True, attachments=None):
    html = mk.vendor_html(brand, color, blocks, footer, preheader=preheader,
                          pixel=("https://t.%s/o/%s.gif" % ("mailtrack.example", mk.h(key, 20))) if pixel else None)
    txt = mk.vendor_text(blocks, footer, link_style if link_style is not None else rng.randint(0, 3))
    cte_h = cte_html or rng.choice(["quoted-printable", "quoted-printable", "base64"])
    if text_only:
        root = mk.text(txt, charset=charset, cte=rng.choice(["quoted-printable", "7bit", "8bit"]))
    elif html_only:
        root = mk.text(html, "html", charset=charset, cte=cte_h)
    else:
        root = mk.multipart("alternative", [mk.text(txt, charset=charset, cte="quoted-printable"),
                                            mk.text(html, "html", charset=charset, cte=cte_h)], bnd(key, "ats"))
    if attachments:
        root = mk.multipart("mixed", [root] + attachments, bnd(key + "m", "ats"))
    return root


def bulk_headers(rng, domain, key, unsub=True, precedence=True, auto=True, suppress=None, list_id=False):
    hs = []
    if auto:
        hs.append(("Auto-Submitted", "auto-generated"))
    if precedence:
        hs.append(("Precedence", rng.choice(["bulk", "bulk", "list", "auto_reply"]) if precedence is True else precedence))
    if suppress or (suppress is None and rng.random() < 0.4):
        hs.append(("X-Auto-Response-Suppress", rng.choice(["All", "OOF, AutoReply", "DR, RN, NRN, OOF, AutoReply"])))
    if unsub:
        hs.append(("List-Unsubscribe", "<https://%s/unsubscribe/%s>, <mailto:unsubscribe@%s?subject=unsubscribe>"
                   % (domain, mk.h(key + "u", 18), domain)))
        if rng.random() < 0.7:
            hs.append(("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"))
    if list_id:
        hs.append(("List-Id", "<%s.%s>" % (mk.h(key, 6), domain)))
    return hs


def esp_headers(rng, key, esp):
    if esp == "sendgrid":
        return [("X-SG-EID", mk.b64tok(key + "sg", 60)), ("X-Entity-ID", mk.b64tok(key + "ent", 24))]
    if esp == "ses":
        return [("Feedback-ID", "1.eu-west-1.%s=:AmazonSES" % mk.b64tok(key + "fb", 30)), ("X-SES-Outgoing", "2025.%02d.%02d-54.240.%d.%d" % (rng.randint(1, 12), rng.randint(1, 28), rng.randint(1, 9), rng.randint(1, 250)))]
    if esp == "mailgun":
        return [("X-Mailgun-Sid", mk.b64tok(key + "mg", 30)), ("X-Mailgun-Tag", rng.choice(["candidate", "notification", "transactional"]))]
    if esp == "postmark":
        return [("X-PM-Message-Id", "%s-%s-%s" % (mk.h(key, 8), mk.h(key + "a", 4), mk.h(key + "b", 12))), ("X-PM-Tag", "candidate-email")]
    if esp == "sparkpost":
        return [("X-MSFBL", mk.b64tok(key + "sp", 48))]
    return []


def human_shape(key, rng, client, body, quote=None, html=None, attachments=None, lang="en", charset="utf-8"):
    """client: gmail | outlook | iphone | apple | thunderbird | webmail | plain. Returns (root, headers, msgid, crlf)."""
    full = body.rstrip("\n") + "\n"
    qtext = None
    if quote:
        if client in ("gmail", "webmail", "thunderbird"):
            qtext = quote_block(quote, "gmail", lang)
        elif client in ("iphone", "apple"):
            qtext = quote_block(quote, "iphone", lang)
        else:
            qtext = quote_block(quote, rng.choice(["outlook", "outlook", "outlook-original"]), lang)
        full = full + "\n" + qtext + "\n"
    headers = []
    crlf = False
    if client == "gmail":
        hq = mk.html_to_quote(qtext) if qtext else None
        hbody = mk.gmail_html(body, ('<div class="gmail_quote"><div class="gmail_attr">' + mk.esc(qtext.split("\n")[0]) + "</div>" + hq + "</div>") if qtext else None)
        root = mk.multipart("alternative", [mk.text(full, charset=charset, cte=rng.choice(["quoted-printable", "7bit", "8bit"])),
                                            mk.text(hbody, "html", charset=charset, cte="quoted-printable")], bnd(key, "gmail"))
        headers += [("X-Gm-Message-State", mk.b64tok(key + "gm", 44)),
                    ("X-Google-Smtp-Source", mk.b64tok(key + "gs", 40))]
    elif client == "outlook":
        hbody = mk.outlook_html(body, quote_html=("<div><hr>" + mk.paras_html(qtext) + "</div>") if qtext else None)
        root = mk.multipart("alternative", [mk.text(full, charset=charset, cte="quoted-printable"),
                                            mk.text(hbody, "html", charset=charset, cte="quoted-printable")], bnd(key, "outlook"))
        headers += [("Thread-Index", "A" + mk.b64tok(key + "ti", 31)),
                    ("Accept-Language", "en-GB, en-US" if lang == "en" else "es-MX, en-US"),
                    ("Content-Language", "en-GB" if lang == "en" else "es-MX"),
                    ("X-MS-Has-Attach", "yes" if attachments else ""),
                    ("X-MS-TNEF-Correlator", ""),
                    ("X-MS-Exchange-Organization-SCL", "1")]
        crlf = True
    elif client == "iphone":
        root = mk.text(full, charset=charset, cte=rng.choice(["quoted-printable", "7bit"]))
        headers += [("X-Mailer", "iPhone Mail (%s)" % rng.choice(["21F90", "22B83", "22D82", "23A341", "22E240"]))]
    elif client == "apple":
        hbody = '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body style="overflow-wrap: break-word;">' + \
                mk.paras_html(full, "") + "</body></html>"
        root = mk.multipart("alternative", [mk.text(full, charset=charset, cte="quoted-printable"),
                                            mk.text(hbody, "html", charset=charset, cte="quoted-printable")], bnd(key, "apple"))
        headers += [("X-Mailer", "Apple Mail (2.3826.400.131.1.6)")]
    elif client == "thunderbird":
        root = mk.text(full, charset=charset, cte=rng.choice(["8bit", "7bit", "quoted-printable"]), params="; format=flowed")
        headers += [("User-Agent", "Mozilla Thunderbird")]
    elif client == "webmail":
        root = mk.text(full, charset=charset, cte="quoted-printable")
        headers += [("User-Agent", rng.choice(["Roundcube Webmail/1.6.6", "Zoho Mail", "SquirrelMail/1.4.22"]))]
    else:
        root = mk.text(full, charset=charset, cte=rng.choice(["quoted-printable", "7bit", "8bit", "base64"]))
    if html and client not in ("gmail", "outlook", "apple"):
        root = mk.multipart("alternative", [root, mk.text(html, "html", charset=charset)], bnd(key + "h"))
    if attachments:
        root = mk.multipart("mixed", [root] + attachments, bnd(key + "mix", "gmail" if client == "gmail" else client))
    headers = [(n, v) for n, v in headers if v is not None]
    return root, headers, crlf


def msgid_for(client, key, domain):
    if client == "gmail":
        return mid(key, domain, "gmail")
    if client == "outlook":
        return mid(key, domain, "outlook")
    if client in ("iphone", "apple"):
        return mid(key, domain, "apple")
    return mid(key, domain)


def reply_subject(subject, lang="en", outlook=False):
    s = subject
    low = s.lower()
    if low.startswith("re:") or low.startswith("re :"):
        return s
    if outlook:
        return ("RE: " if lang == "en" else "RE: ") + s
    return "Re: " + s
