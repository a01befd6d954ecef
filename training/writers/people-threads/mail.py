"""People, messages, quoting styles and rendering to RFC 5322 bytes."""
import datetime as dt
import html as H
import re
from dataclasses import dataclass, field
from typing import Optional
from zoneinfo import ZoneInfo

import mime
from kit import EN_DAYS, EN_MONTHS, ES_DAYS, ES_MONTHS, PT_DAYS, PT_MONTHS
from people import OWNER_EMAIL, OWNER_NAME

UTC = dt.timezone.utc


@dataclass
class Person:
    name: str
    email: str
    title: str = ""
    org: str = ""
    phone: str = ""
    region: str = "UK"
    client: str = "gmail"
    tz: str = "Europe/London"
    lang: str = "en"
    pronouns: str = ""
    display: str = ""  # how the From header shows the name ("Last, First" for some Outlook tenants)

    @property
    def first(self):
        return self.name.split()[0]

    @property
    def shown(self):
        return self.display or self.name


OWNER = Person(OWNER_NAME, OWNER_EMAIL, region="UK", client="gmail", tz="Europe/London")


@dataclass
class Msg:
    frm: Person
    to: list
    date: dt.datetime
    subject: str
    new: str = ""
    sig: str = ""
    cc: list = field(default_factory=list)
    quote: Optional["Msg"] = None
    quote_kind: str = "reply"  # reply | forward
    client: str = "gmail"
    lang: str = "en"
    label: dict = field(default_factory=dict)
    mid: str = ""
    irt: str = ""
    refs: list = field(default_factory=list)
    html: Optional[str] = None     # full html for vendor mail
    text: Optional[str] = None     # full text for vendor mail
    html_only: bool = False
    plain_only: bool = False
    cal: Optional[str] = None
    cal_method: str = "REQUEST"
    cal_style: str = "google"  # google | outlook | attach
    attachments: list = field(default_factory=list)
    headers: list = field(default_factory=list)  # extra headers (after the standard ones)
    reply_to: str = ""
    crlf: bool = False
    cte_text: str = ""
    cte_html: str = ""
    charset: str = "utf-8"
    lang_tag: str = "en"  # for README counts
    key: str = ""
    sender_domain: str = ""
    vendor_from: str = ""  # full From header for vendor mail
    return_path: str = ""

    @property
    def outbound(self):
        return self.frm.email == OWNER_EMAIL


# ---------------------------------------------------------------------------- attribution lines

def _local(d, tz):
    return d.astimezone(ZoneInfo(tz))


def _h12(d):
    return f"{d.hour % 12 or 12}:{d.minute:02d}"


def attribution(q, replier, style, lang):
    """The line a client writes above quoted text."""
    d = _local(q.date, replier.tz)
    n, e = q.frm.shown, q.frm.email
    us = replier.region == "US"
    wd, mo = EN_DAYS[d.weekday()], EN_MONTHS[d.month - 1]
    ampm = "AM" if d.hour < 12 else "PM"
    if lang == "es":
        if style in ("apple", "iphone"):
            return f"El {d.day} {ES_MONTHS[d.month - 1][:3]} {d.year}, a las {d.hour}:{d.minute:02d}, {n} <{e}> escribió:"
        return f"El {ES_DAYS[d.weekday()][:3]}, {d.day} {ES_MONTHS[d.month - 1][:3]} {d.year} a las {d.hour}:{d.minute:02d}, {n} (<{e}>) escribió:"
    if lang == "pt":
        if style in ("apple", "iphone"):
            return f"Em {d.day} de {PT_MONTHS[d.month - 1][:3]}. de {d.year}, à(s) {d.hour:02d}:{d.minute:02d}, {n} <{e}> escreveu:"
        return f"Em {PT_DAYS[d.weekday()][:3]}., {d.day} de {PT_MONTHS[d.month - 1][:3]}. de {d.year} às {d.hour:02d}:{d.minute:02d}, {n} <{e}> escreveu:"
    if style in ("apple", "iphone"):
        if us:
            return f"On {mo[:3]} {d.day}, {d.year}, at {_h12(d)}\u202f{ampm}, {n} <{e}> wrote:"
        return f"On {d.day} {mo[:3]} {d.year}, at {d.hour:02d}:{d.minute:02d}, {n} <{e}> wrote:"
    if us:
        return f"On {wd[:3]}, {mo[:3]} {d.day}, {d.year} at {_h12(d)}\u202f{ampm} {n} <{e}> wrote:"
    return f"On {wd[:3]}, {d.day} {mo[:3]} {d.year} at {d.hour:02d}:{d.minute:02d}, {n} <{e}> wrote:"


def outlook_block(q, replier, lang):
    d = _local(q.date, replier.tz)
    wd, mo = EN_DAYS[d.weekday()], EN_MONTHS[d.month - 1]
    to = "; ".join(p.shown for p in q.to)
    cc = "; ".join(p.shown for p in q.cc)
    if lang == "es":
        sent = f"{ES_DAYS[d.weekday()]}, {d.day} de {ES_MONTHS[d.month - 1]} de {d.year} {d.hour}:{d.minute:02d}"
        lines = [f"De: {q.frm.shown} <{q.frm.email}>", f"Enviado: {sent}", f"Para: {to}"]
        if cc:
            lines.append(f"CC: {cc}")
        lines.append(f"Asunto: {q.subject}")
    elif lang == "pt":
        sent = f"{PT_DAYS[d.weekday()]}, {d.day} de {PT_MONTHS[d.month - 1]} de {d.year} {d.hour:02d}:{d.minute:02d}"
        lines = [f"De: {q.frm.shown} <{q.frm.email}>", f"Enviado: {sent}", f"Para: {to}"]
        if cc:
            lines.append(f"Cc: {cc}")
        lines.append(f"Assunto: {q.subject}")
    else:
        if replier.region == "US":
            sent = f"{wd}, {mo} {d.day}, {d.year} {_h12(d)} {'AM' if d.hour < 12 else 'PM'}"
        else:
            sent = f"{d.day:02d} {mo} {d.year} {d.hour:02d}:{d.minute:02d}"
        lines = [f"From: {q.frm.shown} <{q.frm.email}>", f"Sent: {sent}", f"To: {to}"]
        if cc:
            lines.append(f"Cc: {cc}")
        lines.append(f"Subject: {q.subject}")
    return lines


def forward_block(q, lang):
    d = q.date
    if lang == "pt":
        head = "---------- Mensagem encaminhada ---------"
        lab = ("De", "Data", "Assunto", "Para")
    elif lang == "es":
        head = "---------- Mensaje reenviado ---------"
        lab = ("De", "Date", "Subject", "To")
    else:
        head = "---------- Forwarded message ---------"
        lab = ("From", "Date", "Subject", "To")
    ds = f"{EN_DAYS[d.weekday()][:3]}, {d.day} {EN_MONTHS[d.month - 1][:3]} {d.year} at {d.hour:02d}:{d.minute:02d}"
    return [head, f"{lab[0]}: {q.frm.shown} <{q.frm.email}>", f"{lab[1]}: {ds}", f"{lab[2]}: {q.subject}",
            f"{lab[3]}: {', '.join(p.shown + ' <' + p.email + '>' for p in q.to)}"]


# ---------------------------------------------------------------------------- plain text

def body_text(m, depth=0):
    if m.text is not None and m.quote is None:
        return m.text
    parts = [m.new.rstrip()]
    if m.sig:
        parts.append(m.sig.rstrip())
    t = "\n\n".join(p for p in parts if p)
    if m.quote is not None and depth < 5:
        q = m.quote
        inner = body_text(q, depth + 1)
        if m.quote_kind == "forward":
            t += "\n\n" + "\n".join(forward_block(q, m.lang)) + "\n\n" + inner
        elif m.client == "outlook":
            t += "\n\n________________________________\n" + "\n".join(outlook_block(q, m.frm, m.lang)) + "\n\n" + inner
        else:
            att = attribution(q, m.frm, m.client, m.lang)
            quoted = "\n".join((">" + (" " + ln if ln and not ln.startswith(">") else ln)) for ln in inner.split("\n"))
            if m.client in ("apple", "iphone"):
                t += "\n\n> " + att + "\n> \n" + quoted
            else:
                t += "\n\n" + att + "\n\n" + quoted
    return t


# ---------------------------------------------------------------------------- html

URL = re.compile(r"(https?://[^\s<>()]+[^\s<>().,;:!?])")


def _esc_line(s):
    s = H.escape(s, quote=False)
    return URL.sub(lambda mm: f'<a href="{mm.group(1)}">{mm.group(1)}</a>', s)


def paras(text):
    return [p for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]


def frag(m, depth=0):
    """HTML fragment of a message's own content plus its quote."""
    if m.html is not None and m.quote is None:
        body = re.sub(r"(?is).*?<body[^>]*>", "", m.html, count=1)
        return re.sub(r"(?is)</body>.*", "", body)
    c = m.client
    out = []
    new_ps = paras(m.new)
    sig_ps = paras(m.sig) if m.sig else []
    if c == "outlook":
        for p in new_ps + sig_ps:
            out.append('<p class="MsoNormal">' + "<br>\n".join(_esc_line(x) for x in p.split("\n")) + "<o:p></o:p></p>\n"
                       '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    elif c in ("apple", "iphone"):
        for p in new_ps + sig_ps:
            out.append("".join(f"<div>{_esc_line(x) or '<br>'}</div>" for x in p.split("\n")) + "<div><br></div>")
    else:
        body = "<div><br></div>".join("".join(f"<div>{_esc_line(x)}</div>" for x in p.split("\n")) for p in new_ps)
        out.append(f'<div dir="ltr">{body}')
        if sig_ps:
            sig = "<br>".join(_esc_line(x) for x in m.sig.strip().split("\n"))
            out.append(f'<div><br></div><span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature">{sig}</div>')
        out.append("</div>")
    if m.quote is not None and depth < 5:
        q = m.quote
        inner = frag(q, depth + 1)
        if m.quote_kind == "forward":
            fb = "<br>".join(H.escape(x) for x in forward_block(q, m.lang))
            out.append(f'<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">{fb}<br></div><br><br>{inner}</div>')
        elif c == "outlook":
            lines = outlook_block(q, m.frm, m.lang)
            bl = "<br>\n".join("<b>" + H.escape(x.split(":", 1)[0]) + ":</b>" + H.escape(x.split(":", 1)[1]) for x in lines)
            out.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
                       f'<p class="MsoNormal"><b><span lang="EN-US"></span></b>{bl}<o:p></o:p></p>\n</div>\n{inner}')
        elif c in ("apple", "iphone"):
            att = H.escape(attribution(q, m.frm, c, m.lang))
            out.append(f'<div><br><blockquote type="cite"><div>{att}</div><br class="Apple-interchange-newline">'
                       f'<div>{inner}</div></blockquote></div>')
        else:
            att = H.escape(attribution(q, m.frm, c, m.lang))
            out.append(f'<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">{att}<br></div>'
                       '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
                       f'padding-left:1ex">{inner}</blockquote></div>')
    return "\n".join(out)


OUTLOOK_HEAD = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
                '/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";}\n@font-face\n\t{font-family:Calibri;}\n'
                'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Calibri",sans-serif;}\n'
                'a:link, span.MsoHyperlink\n\t{color:#0563C1;\n\ttext-decoration:underline;}\n'
                '.MsoChpDefault\n\t{font-size:10.0pt;}\n@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;}\n'
                'div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n')


def full_html(m):
    if m.html is not None and m.quote is None:
        return m.html
    f = frag(m)
    if m.client == "outlook":
        lang = {"en": "EN-GB" if m.frm.region != "US" else "EN-US", "es": "ES", "pt": "PT-BR"}.get(m.lang, "EN-GB")
        return (OUTLOOK_HEAD + f'<body lang="{lang}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
                f'<div class="WordSection1">\n{f}\n</div>\n</body>\n</html>\n')
    if m.client == "apple":
        return ('<html aria-label="message body"><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
                f"{f}</body></html>\n")
    if m.client == "iphone":
        return (f'<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                f'<body dir="auto">{f}</body></html>\n')
    return f + "\n"


# ---------------------------------------------------------------------------- headers & rendering

def _addr_list(ps, rng=None):
    return ", ".join(mime.addr(p.shown, p.email) for p in ps)


def render(m, rng, owner_domain_rx="mx.example.net"):
    ehdr = []  # transport (inbound only)
    inbound = not m.outbound
    d = m.date
    sender_email = m.frm.email
    sdom = m.sender_domain or sender_email.split("@")[1]
    if inbound:
        ip = f"{rng.choice(['192.0.2', '198.51.100', '203.0.113'])}.{rng.randrange(2, 250)}"
        hop = d - dt.timedelta(seconds=rng.randrange(2, 40))
        ret = m.return_path or sender_email
        ehdr.append(("Return-Path", f"<{ret}>"))
        ehdr.append(("Delivered-To", OWNER_EMAIL))
        host = {"gmail": f"mail-{rng.choice(['yw1', 'ej1', 'wm1', 'pl1', 'lf1'])}-f{rng.randrange(40, 199)}.google.example",
                "outlook": f"{rng.choice(['SY5PR01CU010', 'LO3P265CU004', 'BN8PR05CU002', 'GVXPR05CU001'])}.outbound.protection.outlook.example",
                "apple": f"st43p00im-ztdg{rng.randrange(10, 99)}.me.example", "iphone": f"st43p00im-zteg{rng.randrange(10, 99)}.me.example"
                }.get(m.client, f"mta-{rng.randrange(1, 40)}.{sdom}")
        ehdr.append(("Received", f"from {host} ({host} [{ip}])\n\tby {owner_domain_rx} (Postfix) with ESMTPS id {mime.alnum(rng, 12).upper()}\n"
                                 f"\tfor <{OWNER_EMAIL}>; {mime.date_hdr(hop.astimezone(ZoneInfo('Europe/London')))}"))
        if rng.random() < 0.6:
            hop2 = hop - dt.timedelta(seconds=rng.randrange(1, 5))
            ehdr.append(("Received", f"by {host} with SMTP id {mime.alnum(rng, 10)}; {mime.date_hdr(hop2.astimezone(UTC))}"))
        ehdr.append(("Authentication-Results", f"{owner_domain_rx};\n\tdkim=pass header.d={sdom} header.s={rng.choice(['s1', 'google', 'selector1', 'k1', 'mx'])};\n"
                                               f"\tspf=pass smtp.mailfrom={ret.split('@')[-1]};\n\tdmarc=pass (p=none) header.from={sender_email.split('@')[1]}"))
        ehdr.append(("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed; d={sdom};\n\ts={rng.choice(['s1', 'google', 'selector1', 'k1'])}; "
                                       f"t={int(d.timestamp())}; h=from:to:subject:date:message-id;\n\tbh={mime.b64blob(rng, 32)};\n"
                                       f"\tb={mime.b64blob(rng, 48)}\n\t {mime.b64blob(rng, 48)}"))
    hdr = []
    frm = m.vendor_from or mime.addr(m.frm.shown, m.frm.email)
    client = m.client
    if client == "outlook":
        hdr += [("From", frm), ("To", _addr_list(m.to))]
        if m.cc:
            hdr.append(("CC", _addr_list(m.cc)))
        hdr += [("Subject", mime.subject(m.subject)), ("Thread-Topic", mime.subject(re.sub(r"^((RE|Re|FW|RES|ENC|RV|Fwd): ?)+", "", m.subject))),
                ("Thread-Index", mime.b64blob(rng, 22 + 5 * min(len(m.refs), 6))),
                ("Date", mime.date_hdr(d)), ("Message-ID", m.mid)]
        if m.refs:
            hdr.append(("References", "\n ".join(m.refs)))
        if m.irt:
            hdr.append(("In-Reply-To", m.irt))
        tag = {"en": "en-US" if m.frm.region == "US" else ("en-AU" if m.frm.region == "AU" else "en-GB"),
               "es": "es-ES", "pt": "pt-BR" if m.frm.region == "BR" else "pt-PT"}.get(m.lang, "en-GB")
        hdr += [("Accept-Language", f"{tag}, en-US"), ("Content-Language", tag),
                ("X-MS-Has-Attach", "yes" if m.attachments else ""), ("X-MS-TNEF-Correlator", ""),
                ("x-ms-publictraffictype", "Email"), ("X-MS-Exchange-Organization-SCL", "-1")]
        if m.reply_to:
            hdr.append(("Reply-To", m.reply_to))
        hdr += m.headers
        hdr.append(("MIME-Version", "1.0"))
    elif client in ("apple", "iphone"):
        if client == "apple":
            hdr.append(("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))"))
        else:
            hdr.append(("Mime-Version", "1.0 (1.0)"))
        hdr += [("Subject", mime.subject(m.subject)), ("From", frm)]
        if m.irt:
            hdr.append(("In-Reply-To", m.irt))
        hdr += [("Date", mime.date_hdr(d))]
        if m.cc:
            hdr.append(("Cc", _addr_list(m.cc)))
        hdr += [("Message-Id", m.mid)]
        if m.refs:
            hdr.append(("References", "\n ".join(m.refs)))
        hdr += [("To", _addr_list(m.to))]
        hdr.append(("X-Mailer", "Apple Mail (2.3826.400.131.1.6)" if client == "apple" else rng.choice(["iPhone Mail (22D82)", "iPhone Mail (21G93)", "iPhone Mail (22E240)"])))
        hdr += m.headers
        if m.reply_to:
            hdr.append(("Reply-To", m.reply_to))
    else:  # gmail and vendors
        hdr.append(("MIME-Version", "1.0"))
        if client == "gmail":
            hdr += [("X-Gm-Message-State", mime.b64blob(rng, 36)), ("X-Google-Smtp-Source", mime.b64blob(rng, 30))]
        if m.refs:
            hdr.append(("References", "\n ".join(m.refs)))
        if m.irt:
            hdr.append(("In-Reply-To", m.irt))
        hdr += [("From", frm), ("Date", mime.date_hdr(d)), ("Message-ID", m.mid), ("Subject", mime.subject(m.subject)),
                ("To", _addr_list(m.to))]
        if m.cc:
            hdr.append(("Cc", _addr_list(m.cc)))
        if m.reply_to:
            hdr.append(("Reply-To", m.reply_to))
        hdr += m.headers

    root = build_body(m, rng)
    return mime.render(ehdr + [(k, v) for k, v in hdr if v != "" or k.startswith("X-MS")], root, crlf=m.crlf)


def _pick_cte(text, pref, rng):
    if pref:
        return pref
    if all(ord(c) < 128 for c in text) and max((len(x) for x in text.split("\n")), default=0) < 900:
        return rng.choice(["7bit", "quoted-printable", "7bit"])
    return rng.choice(["quoted-printable", "quoted-printable", "8bit", "base64"])


def build_body(m, rng):
    bstyle = {"gmail": "gmail", "outlook": "outlook", "apple": "apple", "iphone": "apple"}.get(m.client, "ats")
    txt = body_text(m)
    parts = []
    if not m.html_only:
        params = [("format", "flowed")] if m.client == "apple" and rng.random() < 0.3 and not m.cal else []
        cte = _pick_cte(txt, m.cte_text, rng)
        if params and cte not in ("7bit", "8bit"):
            params = []
        parts.append(mime.text(txt, "plain", m.charset, cte, params))
    if not m.plain_only:
        htm = full_html(m)
        hcte = m.cte_html or (rng.choice(["quoted-printable", "quoted-printable", "base64"]) if m.client == "outlook" else "quoted-printable")
        parts.append(mime.text(htm, "html", m.charset, hcte))
    if m.cal and m.cal_style in ("google", "outlook"):
        parts.append(mime.text(m.cal, "calendar", "utf-8", "7bit" if m.cal_style == "outlook" else rng.choice(["7bit", "base64"]),
                               [("method", m.cal_method)]))
    if len(parts) == 1:
        root = parts[0]
    else:
        root = mime.multi("alternative", parts, mime.boundary(rng, bstyle))
    atts = list(m.attachments)
    if m.cal and m.cal_style in ("google", "attach"):
        atts.append(("application/ics", m.cal.encode("utf-8"), "invite.ics"))
    if atts:
        subs = [root]
        for ctype, data, fn in atts:
            subs.append(mime.attachment(ctype, data, fn))
        root = mime.multi("mixed", subs, mime.boundary(rng, bstyle))
    return root
