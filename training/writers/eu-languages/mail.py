"""The Mail object and its rendering into RFC 5322 bytes in several client/platform shapes."""
import datetime as dt
import email.utils
from zoneinfo import ZoneInfo

import engine as E
import mime

UTC = dt.timezone.utc
OWNER_DOMAIN = "example.net"


class Mail:
    def __init__(self, **kw):
        self.cc = []
        self.reply_to = None
        self.quote = None
        self.irt = None
        self.refs = []
        self.ics = None
        self.attachments = []
        self.extra_headers = []
        self.bulk = self.auto = self.unsub = self.suppress = False
        self.auto_value = "auto-generated"
        self.html_mode = "alt"
        self.charset = "utf-8"
        self.cte = "quoted-printable"
        self.cte_html = None
        self.eol = "\n"
        self.auth = "pass"
        self.vendor = None
        self.preheader = ""
        self.link_style = 0
        self.bullet = "- "
        self.list_id = None
        self.sender_hdr = None
        self.mime_version = "1.0"
        self.x_mailer = None
        self.outlook_utc = False
        self.__dict__.update(kw)

    # ------------------------------------------------------------ text
    def new_text(self):
        return E.blocks_text(self.blocks, self.link_style, self.bullet)

    def full_text(self):
        t = self.new_text()
        if self.quote:
            t = t.rstrip("\n") + "\n" + self.quote["text"]
        return t


def quote_lines(text, prefix="> "):
    out = []
    for ln in text.rstrip("\n").split("\n"):
        out.append((prefix.rstrip() if ln == "" else prefix + ln) if not ln.startswith(">") else ">" + ln)
    return "\n".join(out)


def build_quote(L, style, prev, replier_tz, maxlen=2500):
    """Quoted history of prev (a Mail) as the replier's client writes it."""
    d = prev.date.astimezone(ZoneInfo(replier_tz))
    prev_text = prev.full_text()
    if len(prev_text) > maxlen:
        prev_text = prev_text[:maxlen].rsplit("\n", 1)[0] + "\n[...]"
    name, addr = prev.frm
    if style == "outlook":
        lines = L.outlook_block(d, prev.frm, prev.to, prev.subject, prev.cc)
        sep = L.OUTLOOK_SEP
        text = "\n" + sep + "\n" + "\n".join(lines) + "\n\n" + prev_text + "\n"
        hq = ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
              '<p class="MsoNormal">' + "<br>\n".join(
                  "<b>%s</b>%s" % (E.h(x.split(":", 1)[0] + ":"), E.h(x.split(":", 1)[1])) if ":" in x else E.h(x)
                  for x in lines) + "</p></div>\n"
              '<p class="MsoNormal">&nbsp;</p>\n<p class="MsoNormal">' + E.linkify(prev_text) + "</p>\n")
        return dict(text=text, html=hq)
    if style == "iphone":
        att = L.attrib_iphone(d, name, addr)
        text = "\n" + "> " + att + "\n> \n" + quote_lines(prev_text) + "\n"
        hq = ('<div dir="ltr"><br><blockquote type="cite">' + E.h(att) + "<br><br></blockquote></div>"
              '<blockquote type="cite"><div dir="ltr">' + E.linkify(prev_text) + "</div></blockquote>")
        return dict(text=text, html=hq)
    if style == "thunder":
        att = L.attrib_tb(d, name, addr)
        return dict(text="\n" + att + "\n" + quote_lines(prev_text) + "\n", html="")
    att = L.attrib_gmail(d, name, addr)
    text = "\n" + att + "\n\n" + quote_lines(prev_text) + "\n"
    hq = ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">' + E.h(att) +
          '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
          'rgb(204,204,204);padding-left:1ex">' + E.linkify(prev_text) + "</blockquote></div>")
    return dict(text=text, html=hq)


def _ip(rng):
    return rng.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(rng.randint(2, 250))


def _addr_list(lst, charset="utf-8", mode="q"):
    return ", ".join(mime.fmt_addr(n, a, charset, mode) for n, a in lst)


def render(m, rng):
    """Return bytes for Mail m."""
    style = m.style
    hdrs = []
    frm_dom = m.frm[1].split("@")[1]
    hmode = rng.choice(["q", "q", "b"])
    hcs = m.charset if m.charset != "utf-8" and rng.random() < 0.6 else "utf-8"
    inbound = m.direction == "in"
    # ---------------------------------------------------------- trace headers
    if inbound:
        bounce_dom = m.vendor["domain"] if m.vendor else frm_dom
        if style in ("ats", "board", "vendor"):
            rp = f"<bounces+{rng.randint(100000, 999999)}-{E.hexid(rng, 4)}@{('em.' + bounce_dom)}>"
        elif style == "outlook":
            rp = f"<{m.frm[1]}>"
        else:
            rp = f"<{m.frm[1]}>"
        hdrs.append(("Return-Path", rp))
        hdrs.append(("Delivered-To", m.owner))
        t = m.date.astimezone(UTC) + dt.timedelta(seconds=rng.randint(2, 40))
        t2 = t - dt.timedelta(seconds=rng.randint(1, 3))
        if style == "outlook":
            hop = f"{rng.choice(['EUR05', 'EUR03', 'EUR02', 'BRA01', 'EUR01'])}-{rng.choice(['AM6', 'DB8', 'VI1', 'PA4', 'FR3', 'CP2'])}-obe.outbound.protection.outlook.example"
        elif style == "gmail":
            hop = f"mail-{rng.choice(['wr1', 'ej1', 'lf1', 'ua1'])}-f{rng.randint(40, 199)}.google.example"
        elif m.vendor:
            hop = f"{rng.choice(['o1', 'o7', 'mta-12', 'out-3', 'smtp-out-a'])}.{m.vendor['domain']}"
        else:
            hop = f"mail.{frm_dom}"
        ip = _ip(rng)
        hdrs.append(("Received", f"from {hop} ({hop} [{ip}])\n\tby mx2.{OWNER_DOMAIN} (Postfix) with ESMTPS id "
                     f"{E.alnum(rng, 11, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}\n\tfor <{m.owner}>; {mime.fmt_date(t)}"))
        if style in ("ats", "board", "vendor") and rng.random() < 0.6:
            hdrs.append(("Received", f"by {rng.choice(['filter', 'smtpd', 'mailer'])}{rng.randint(1, 40)}.{m.vendor['domain'] if m.vendor else frm_dom} "
                         f"with SMTP id {E.alnum(rng, 22)}\n\t{mime.fmt_date(t2)}"))
        spf = {"pass": "pass", "softfail": "softfail", "fail": "fail", "none": "none"}[m.auth]
        dk = "pass" if m.auth == "pass" else ("none" if m.auth == "none" else "fail")
        dm = "pass" if m.auth == "pass" else "fail"
        sig_dom = frm_dom
        hdrs.append(("Authentication-Results", f"mx2.{OWNER_DOMAIN};\n\tdkim={dk} header.d={sig_dom} header.s="
                     f"{rng.choice(['s1', 'selector1', 'k1', 'google', 'mte1', 'pm'])};\n\tspf={spf} smtp.mailfrom={frm_dom};\n\tdmarc={dm} (p=QUARANTINE) header.from={frm_dom}"))
        if m.auth != "none":
            hdrs.append(("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed; d={sig_dom};\n\ts={rng.choice(['s1', 'selector1', 'k1', 'google'])}; "
                         f"t={int(m.date.timestamp())}; h=from:to:subject:date:message-id:mime-version;\n\tbh={E.fake_b64(rng, 32)};\n\t"
                         f"b={E.fake_b64(rng, 60)}\n\t{E.fake_b64(rng, 48)}"))
            if m.vendor and rng.random() < 0.5:
                hdrs.append(("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/simple; d={m.vendor['domain']};\n\ts=smtpapi; "
                             f"t={int(m.date.timestamp())}; h=from:subject:to;\n\tbh={E.fake_b64(rng, 32)};\n\tb={E.fake_b64(rng, 64)}"))
        if style == "gmail":
            hdrs.append(("X-Google-DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed; d=1e100.example; s=20230601;\n\th=x-gm-message-state:from:date:subject:to; bh={E.fake_b64(rng, 32)};\n\tb={E.fake_b64(rng, 40)}"))
            hdrs.append(("X-Gm-Message-State", E.fake_b64(rng, 36)))
            hdrs.append(("X-Google-Smtp-Source", E.fake_b64(rng, 54)))
    # ---------------------------------------------------------- identity headers
    date_v = m.date
    if style == "outlook" and m.outlook_utc:
        date_v = m.date.astimezone(UTC)
    name_mode = hmode
    hdrs.append(("From", mime.fmt_addr(m.frm[0], m.frm[1], hcs, name_mode)))
    if m.sender_hdr:
        hdrs.append(("Sender", m.sender_hdr))
    if m.reply_to:
        hdrs.append(("Reply-To", mime.fmt_addr(m.reply_to[0], m.reply_to[1], hcs, name_mode)))
    hdrs.append(("To", _addr_list(m.to, hcs, name_mode)))
    if m.cc:
        hdrs.append(("Cc", _addr_list(m.cc, hcs, name_mode)))
    subj = mime.enc_text(m.subject, hcs, hmode, partial=rng.random() < 0.3)
    hdrs.append(("Subject", subj))
    if style == "outlook":
        hdrs.append(("Thread-Topic", mime.enc_text(m.thread_topic, hcs, hmode)))
        hdrs.append(("Thread-Index", E.fake_b64(rng, 22 + 5 * len(m.refs))))
    hdrs.append(("Date", mime.fmt_date(date_v)))
    hdrs.append(("Message-ID", m.msgid))
    if m.irt:
        hdrs.append(("In-Reply-To", m.irt))
        hdrs.append(("References", " ".join(m.refs)))
    if style == "outlook":
        hdrs.append(("Accept-Language", f"{m.L.CONTENT_LANGUAGE}, en-US"))
        hdrs.append(("Content-Language", m.L.CONTENT_LANGUAGE))
        hdrs.append(("X-MS-Has-Attach", "yes" if m.attachments else ""))
        hdrs.append(("X-MS-TNEF-Correlator", ""))
        hdrs.append(("msip_labels", ""))
        hdrs.append(("x-ms-exchange-organization-originalclientipaddress", None))
        hdrs.append(("X-MS-Exchange-Organization-AuthAs", "Anonymous" if inbound else None))
        hdrs.append(("x-ms-publictraffictype", "Email"))
        hdrs.append(("X-MS-Office365-Filtering-Correlation-Id", f"{E.hexid(rng, 8)}-{E.hexid(rng, 4)}-{E.hexid(rng, 4)}-{E.hexid(rng, 4)}-{E.hexid(rng, 12)}"))
    if m.list_id:
        hdrs.append(("List-Id", m.list_id))
    if m.unsub:
        dom = m.vendor["domain"] if m.vendor else frm_dom
        tok = E.alnum(rng, 24)
        hdrs.append(("List-Unsubscribe", f"<https://links.{dom}/unsubscribe/{tok}>, <mailto:unsubscribe@{dom}?subject=unsubscribe-{tok[:10]}>"))
        if rng.random() < 0.8:
            hdrs.append(("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"))
    if m.bulk:
        hdrs.append(("Precedence", m.precedence if hasattr(m, "precedence") else "bulk"))
    if m.auto:
        hdrs.append(("Auto-Submitted", m.auto_value))
    if m.suppress:
        hdrs.append(("X-Auto-Response-Suppress", rng.choice(["All", "OOF, AutoReply", "DR, RN, NRN, OOF, AutoReply"])))
    if m.vendor and m.vendor.get("esp") and inbound:
        esp = m.vendor["esp"]
        if esp == "ses":
            hdrs.append(("Feedback-ID", f"1.eu-west-1.{E.fake_b64(rng, 30)}=:AmazonSES"))
            hdrs.append(("X-SES-Outgoing", f"{m.date.astimezone(UTC).strftime('%Y.%m.%d')}-{_ip(rng)}"))
        elif esp == "sendgrid":
            hdrs.append(("X-SG-EID", E.fake_b64(rng, 66)))
            hdrs.append(("X-Entity-ID", E.fake_b64(rng, 16)))
        elif esp == "mailgun":
            hdrs.append(("X-Mailgun-Sid", E.fake_b64(rng, 42)))
            hdrs.append(("X-Mailgun-Tag", rng.choice(["candidate", "transactional", "notification"])))
        elif esp == "postmark":
            hdrs.append(("X-PM-Message-Id", f"{E.hexid(rng, 8)}-{E.hexid(rng, 4)}-{E.hexid(rng, 4)}-{E.hexid(rng, 4)}-{E.hexid(rng, 12)}"))
            hdrs.append(("Feedback-ID", f"s{rng.randint(1000, 99999)}-{E.hexid(rng, 8)}:s{rng.randint(1000, 9999)}:a{rng.randint(1000, 9999)}:postmark"))
        elif esp == "mandrill":
            hdrs.append(("X-Mandrill-User", f"md_{rng.randint(10000000, 99999999)}"))
            hdrs.append(("X-Report-Abuse", f"Please forward a copy of this message, including all headers, to abuse@mandrill.example"))
    if m.x_mailer:
        hdrs.append(("X-Mailer", m.x_mailer))
    for k, v in m.extra_headers:
        hdrs.append((k, v))
    mv = m.mime_version
    # ---------------------------------------------------------- body
    root = body_tree(m, rng)
    return mime.render_message(hdrs, root, m.eol, mv)


def body_tree(m, rng):
    text = m.new_text()
    qtext = m.quote["text"] if m.quote else ""
    qhtml = m.quote["html"] if m.quote else ""
    full = text.rstrip("\n") + "\n" + qtext if qtext else text
    if not full.endswith("\n"):
        full += "\n"
    cs = m.charset
    try:
        full.encode(cs)
    except UnicodeEncodeError:
        cs = "utf-8"
    cte = m.cte
    if cte == "8bit" and cs != "utf-8":
        cte = "quoted-printable"
    if cte == "7bit" and not mime.is_ascii(full.replace("\n", "")):
        cte = "quoted-printable"
    params = []
    if m.style == "thunder":
        params = [("format", "flowed")]
    plain = mime.Leaf("text/plain", text=full, charset=cs, cte=cte, params=params)
    html = None
    if m.html_mode in ("alt", "html_only"):
        if m.style in ("ats", "board", "vendor"):
            v = m.vendor
            shown = m.frm[0].split(" via ")[0].split(" | ")[0] if m.style == "ats" else (v.get("brand_shown") or v["name"])
            hbody = E.blocks_html_platform(m.blocks, m.subject, shown, v["color"], v["skin"],
                                           m.L.HTML_LANG, m.preheader or m.subject,
                                           f"https://cdn.{v['domain']}/logos/{E.hexid(rng, 10)}.png",
                                           f"https://t.{v['domain']}/o/{E.alnum(rng, 28)}.gif")
        elif m.style == "outlook":
            hbody = E.html_outlook(m.blocks, m.L.CONTENT_LANGUAGE, qhtml)
        elif m.style == "gmail":
            hbody = E.html_gmail(m.blocks, qhtml)
        elif m.style == "iphone":
            hbody = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                     '<body dir="auto">' + E.blocks_html_simple(m.blocks, "", "div") + qhtml + "</body></html>\n")
        else:
            hbody = "<html><body>\n" + E.blocks_html_simple(m.blocks) + "\n" + qhtml + "</body></html>\n"
        hcte = m.cte_html or ("base64" if rng.random() < 0.25 else "quoted-printable")
        hcs = cs
        try:
            hbody.encode(hcs)
        except UnicodeEncodeError:
            hcs = "utf-8"
        html = mime.Leaf("text/html", text=hbody, charset=hcs, cte=hcte)
    bnd = lambda: m.boundary_fn(rng)
    if m.html_mode == "html_only":
        core = html
    elif html is not None:
        core = mime.Multi("alternative", [plain, html], bnd())
    else:
        core = plain
    if m.ics and not m.ics.get("attach_only"):
        ccte = m.ics.get("cte", "base64")
        if ccte == "7bit" and not mime.is_ascii(m.ics["text"].replace("\r\n", "").replace("\n", "")):
            ccte = "quoted-printable"
        cal = mime.Leaf("text/calendar", text=m.ics["text"], charset="UTF-8", cte=ccte,
                        params=[("method", m.ics["method"])])
        if isinstance(core, mime.Multi) and core.subtype == "alternative":
            core.parts.append(cal)
        else:
            core = mime.Multi("alternative", [core, cal], bnd())
    atts = list(m.attachments)
    if m.ics and (m.ics.get("attach") or m.ics.get("attach_only")):
        atts.append((m.ics.get("filename", "invite.ics"), "application/ics", m.ics["text"].encode("utf-8")))
    if atts:
        parts = [core]
        for fn, ctype, data in atts:
            if mime.is_ascii(fn):
                disp = f'attachment; filename="{fn}"'
                nparam = [("name", f'"{fn}"')]
            else:
                import urllib.parse
                q = urllib.parse.quote(fn.encode("utf-8"))
                disp = f"attachment;\n filename*=utf-8''{q}"
                nparam = [("name", '"%s"' % mime.enc_text(fn, "utf-8", "b"))]
            parts.append(mime.Leaf(ctype, data=data, cte="base64", params=nparam,
                                   headers=["Content-Disposition: " + disp]))
        core = mime.Multi("mixed", parts, bnd())
    return core
