"""Small deterministic MIME writer for the boundary-regions writer (standard library only).

Everything is built as text with "\n" line ends; the final file may be converted to CRLF.
Nothing here reads the clock or uses unseeded randomness.
"""
import base64
import datetime as dt
import email.utils
import hashlib
import html as htmlmod
import quopri
import re
from email.header import Header
from zoneinfo import ZoneInfo

OWNER_MX = "mx1.example.net"


def h(s, n=16):
    """Stable hex digest of a string."""
    return hashlib.sha256(s.encode("utf-8")).hexdigest()[:n]


def b64tok(s, n=40):
    raw = hashlib.sha512(s.encode("utf-8")).digest()
    return base64.b64encode(raw + raw).decode("ascii")[:n]


# ---------------------------------------------------------------- headers

def _needs_quote(name):
    return bool(re.search(r'[(),.:;<>@\[\]"\\]', name))


def addr(name, email_addr, charset="utf-8"):
    if not name:
        return email_addr
    try:
        name.encode("ascii")
        if _needs_quote(name):
            return '"%s" <%s>' % (name.replace('"', '\\"'), email_addr)
        return "%s <%s>" % (name, email_addr)
    except UnicodeEncodeError:
        enc = Header(name, charset).encode()
        return "%s <%s>" % (enc, email_addr)


def encode_word(text, charset="utf-8", mode=None):
    """RFC 2047 encoding of a header value; mode 'q' or 'b' forces the encoding."""
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        pass
    if mode is None:
        return Header(text, charset, maxlinelen=76).encode()
    raw = text.encode(charset)
    words = []
    # split in chunks that keep each encoded word under 75 chars
    chunk = []
    size = 0
    limit = 30 if mode == "b" else 18
    for ch in text:
        chunk.append(ch)
        size += 1
        if size >= limit and ch == " " or size >= limit + 12:
            words.append("".join(chunk))
            chunk, size = [], 0
    if chunk:
        words.append("".join(chunk))
    out = []
    for w in words:
        wb = w.encode(charset)
        if mode == "b":
            out.append("=?%s?B?%s?=" % (charset, base64.b64encode(wb).decode("ascii")))
        else:
            enc = ""
            for byte in wb:
                c = chr(byte)
                if c == " ":
                    enc += "_"
                elif c.isalnum() and byte < 128:
                    enc += c
                elif c in "-!*+/" and byte < 128:
                    enc += c
                else:
                    enc += "=%02X" % byte
            out.append("=?%s?Q?%s?=" % (charset, enc))
    del raw
    return "\n ".join(out)


def fold(name, value, width=78):
    """Fold an ASCII header at spaces."""
    line = "%s: %s" % (name, value)
    if len(line) <= width or "\n" in value:
        return line
    words = value.split(" ")
    lines = []
    cur = name + ":"
    for w in words:
        if len(cur) + 1 + len(w) > width and cur.strip() and cur != name + ":":
            lines.append(cur)
            cur = " " + w
        else:
            cur = cur + " " + w
    lines.append(cur)
    return "\n".join(lines)


def fmt_date(d):
    return email.utils.format_datetime(d)


def in_zone(d, zone):
    return d.astimezone(ZoneInfo(zone))


# ---------------------------------------------------------------- body parts

class Part:
    def __init__(self, headers, body):
        self.headers = headers  # list of (name, value)
        self.body = body        # str

    def render(self):
        out = []
        for n, v in self.headers:
            out.append(fold(n, v))
        return "\n".join(out) + "\n\n" + self.body


def _qp(text, charset):
    raw = text.encode(charset)
    enc = quopri.encodestring(raw, quotetabs=False).decode("ascii")
    return enc


def _b64(raw):
    return base64.encodebytes(raw).decode("ascii")


def text(body, subtype="plain", charset="utf-8", cte="quoted-printable", params="", disposition=None):
    if not body.endswith("\n"):
        body += "\n"
    if cte == "7bit":
        try:
            body.encode("ascii")
        except UnicodeEncodeError:
            cte = "quoted-printable"
    if cte == "quoted-printable":
        payload = _qp(body, charset)
    elif cte == "base64":
        payload = _b64(body.encode(charset))
    elif cte in ("7bit", "8bit"):
        if cte == "8bit" and charset.lower() != "utf-8":
            payload = _qp(body, charset)
            cte = "quoted-printable"
        else:
            payload = body
    else:
        raise ValueError(cte)
    ct = "text/%s; charset=%s%s" % (subtype, '"%s"' % charset if subtype == "html" and charset == "utf-8" and params == "" and len(body) % 3 == 0 else charset, params)
    hs = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)]
    if disposition:
        hs.append(("Content-Disposition", disposition))
    return Part(hs, payload)


def calendar(ics, method="REQUEST", cte="7bit", name="invite.ics", charset="utf-8"):
    if cte == "base64":
        payload = _b64(ics.encode(charset))
    elif cte == "quoted-printable":
        payload = _qp(ics, charset)
    else:
        payload = ics
        try:
            ics.encode("ascii")
        except UnicodeEncodeError:
            payload = _qp(ics, charset)
            cte = "quoted-printable"
    hs = [("Content-Type", 'text/calendar; charset=%s; method=%s' % (charset, method)),
          ("Content-Transfer-Encoding", cte)]
    return Part(hs, payload)


def attachment(filename, ctype, raw, inline=False):
    disp = "inline" if inline else "attachment"
    hs = [("Content-Type", '%s; name="%s"' % (ctype, filename)),
          ("Content-Disposition", '%s; filename="%s"' % (disp, filename)),
          ("Content-Transfer-Encoding", "base64")]
    return Part(hs, _b64(raw))


def multipart(subtype, parts, boundary, extra=""):
    body = []
    for p in parts:
        body.append("--" + boundary + "\n" + p.render().rstrip("\n") + "\n")
    text_ = "".join(body) + "--" + boundary + "--\n"
    hs = [("Content-Type", 'multipart/%s; boundary="%s"%s' % (subtype, boundary, extra))]
    return Part(hs, text_)


def fake_pdf(title):
    """A few bytes that look like the head of a PDF."""
    s = "%%PDF-1.4\n%%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Title (%s) /Producer (Letter Service) >>\nendobj\n" % title
    s += "2 0 obj\n<< /Type /Catalog /Pages 3 0 R >>\nendobj\ntrailer\n<< /Root 2 0 R >>\n%%%%EOF\n"
    return s.encode("latin-1", "replace")


def fake_docx(title):
    return b"PK\x03\x04\x14\x00\x06\x00" + title.encode("utf-8") + b"\x00" * 24


def fake_png(seed):
    return b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + hashlib.md5(seed.encode()).digest()


# ---------------------------------------------------------------- HTML helpers

def esc(s):
    return htmlmod.escape(s, quote=True)


def paras_html(text_, style="margin:0 0 14px 0;"):
    out = []
    for para in text_.strip("\n").split("\n\n"):
        lines = [esc(x) for x in para.split("\n")]
        out.append('<p style="%s">%s</p>' % (style, "<br>\n".join(lines)))
    return "\n".join(out)


def vendor_html(brand, color, blocks, footer, preheader=None, font="Arial, Helvetica, sans-serif", width=600,
                pixel=None, logo_alt=None):
    """Table-based vendor mail. blocks: list of tuples.
    ("p", text) ("h", text) ("button", label, url) ("rows", [(k, v), ...]) ("list", [items]) ("small", text)
    ("hr",) ("jobs", [(title, company, place, url), ...])"""
    o = []
    o.append('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
             '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">')
    o.append('<html xmlns="http://www.w3.org/1999/xhtml"><head>'
             '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
             '<meta name="viewport" content="width=device-width, initial-scale=1.0">'
             '<title>%s</title></head>' % esc(brand))
    o.append('<body style="margin:0;padding:0;background-color:#f2f3f5;">')
    if preheader:
        o.append('<div style="display:none;max-height:0;overflow:hidden;opacity:0;">%s</div>' % esc(preheader))
    o.append('<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" '
             'style="background-color:#f2f3f5;"><tr><td align="center" style="padding:24px 8px;">')
    o.append('<table role="presentation" width="%d" cellpadding="0" cellspacing="0" border="0" '
             'style="background-color:#ffffff;border-radius:6px;font-family:%s;">' % (width, font))
    o.append('<tr><td style="background-color:%s;padding:18px 28px;color:#ffffff;font-size:20px;'
             'font-weight:bold;">%s</td></tr>' % (color, esc(logo_alt or brand)))
    o.append('<tr><td style="padding:28px;color:#222222;font-size:15px;line-height:22px;">')
    for b in blocks:
        k = b[0]
        if k == "p":
            o.append(paras_html(b[1]))
        elif k == "h":
            o.append('<h2 style="font-size:19px;margin:0 0 16px 0;color:#111111;">%s</h2>' % esc(b[1]))
        elif k == "button":
            o.append('<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:8px 0 20px 0;">'
                     '<tr><td style="background-color:%s;border-radius:4px;">'
                     '<a href="%s" style="display:inline-block;padding:12px 22px;color:#ffffff;'
                     'text-decoration:none;font-weight:bold;">%s</a></td></tr></table>' % (color, esc(b[2]), esc(b[1])))
        elif k == "rows":
            o.append('<table role="presentation" cellpadding="6" cellspacing="0" border="0" '
                     'style="border-collapse:collapse;margin:0 0 16px 0;font-size:14px;">')
            for kk, vv in b[1]:
                o.append('<tr><td style="color:#666666;border-bottom:1px solid #eeeeee;">%s</td>'
                         '<td style="border-bottom:1px solid #eeeeee;"><strong>%s</strong></td></tr>' % (esc(kk), esc(vv)))
            o.append('</table>')
        elif k == "list":
            o.append('<ul style="margin:0 0 16px 18px;padding:0;">%s</ul>' %
                     "".join('<li style="margin:0 0 6px 0;">%s</li>' % esc(i) for i in b[1]))
        elif k == "small":
            o.append('<p style="font-size:12px;color:#777777;margin:0 0 12px 0;">%s</p>' % esc(b[1]).replace("\n", "<br>"))
        elif k == "hr":
            o.append('<hr style="border:none;border-top:1px solid #e5e5e5;margin:20px 0;">')
        elif k == "jobs":
            o.append('<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0">')
            for title, comp, place, url in b[1]:
                o.append('<tr><td style="padding:12px 0;border-bottom:1px solid #eeeeee;">'
                         '<a href="%s" style="color:%s;font-weight:bold;font-size:16px;text-decoration:none;">%s</a><br>'
                         '<span style="color:#444444;">%s</span> &middot; <span style="color:#888888;">%s</span>'
                         '</td></tr>' % (esc(url), color, esc(title), esc(comp), esc(place)))
            o.append('</table>')
    o.append('</td></tr>')
    o.append('<tr><td style="padding:18px 28px;background-color:#fafafa;color:#888888;font-size:11px;line-height:16px;">')
    o.append("<br>\n".join(esc(x) for x in footer))
    o.append('</td></tr></table>')
    if pixel:
        o.append('<img src="%s" width="1" height="1" alt="" style="display:block;border:0;">' % esc(pixel))
    o.append('</td></tr></table></body></html>')
    return "\n".join(o)


def vendor_text(blocks, footer, link_style=0):
    o = []
    for b in blocks:
        k = b[0]
        if k in ("p", "h"):
            o.append(b[1].strip("\n"))
        elif k == "button":
            if link_style == 0:
                o.append("%s: %s" % (b[1], b[2]))
            elif link_style == 1:
                o.append("%s <%s>" % (b[1], b[2]))
            elif link_style == 2:
                o.append("%s\n%s" % (b[1], b[2]))
            else:
                o.append("[%s] %s" % (b[1], b[2]))
        elif k == "rows":
            o.append("\n".join("%s: %s" % (kk, vv) for kk, vv in b[1]))
        elif k == "list":
            o.append("\n".join("- " + i for i in b[1]))
        elif k == "small":
            o.append(b[1])
        elif k == "hr":
            o.append("-" * 40)
        elif k == "jobs":
            o.append("\n\n".join("%s\n%s - %s\n%s" % (t, c, p, u) for t, c, p, u in b[1]))
    o.append("--\n" + "\n".join(footer))
    return "\n\n".join(o) + "\n"


def gmail_html(text_, quote_html=None):
    body = '<div dir="ltr">' + "".join(
        "<div>%s</div>" % (esc(line) if line.strip() else "<br>") for line in text_.strip("\n").split("\n")) + "</div>"
    if quote_html:
        body += "\n<br>" + quote_html
    return body


def outlook_html(text_, font="Calibri", quote_html=None):
    o = ['<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
         'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
         'xmlns="http://www.w3.org/TR/REC-html40">',
         '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
         '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">'
         '<style><!-- p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"%s",sans-serif;} --></style>'
         '</head><body lang="EN-GB" link="#0563C1" vlink="#954F72" style="word-wrap:break-word"><div class="WordSection1">' % font]
    for line in text_.strip("\n").split("\n"):
        o.append('<p class="MsoNormal">%s<o:p></o:p></p>' % (esc(line) if line.strip() else "&nbsp;"))
    if quote_html:
        o.append(quote_html)
    o.append("</div></body></html>")
    return "\n".join(o)


def html_to_quote(text_):
    return '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">' + \
        "<br>".join(esc(x) for x in text_.split("\n")) + "</blockquote>"


# ---------------------------------------------------------------- calendar

VTZ = {
    "Europe/London": ("GMT", "BST", "+0000", "+0100", "19701025T020000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
                      "19700329T010000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU"),
    "Europe/Dublin": ("GMT", "IST", "+0000", "+0100", "19701025T020000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
                      "19700329T010000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU"),
    "GMT Standard Time": ("GMT", "BST", "+0000", "+0100", "16010101T020000", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10",
                          "16010101T010000", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3"),
    "Australia/Sydney": ("AEST", "AEDT", "+1000", "+1100", "19700405T030000", "RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU",
                         "19701004T020000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=1SU"),
    "AUS Eastern Standard Time": ("AEST", "AEDT", "+1000", "+1100", "16010101T030000", "RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=4",
                                  "16010101T020000", "RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=10"),
    "Australia/Melbourne": ("AEST", "AEDT", "+1000", "+1100", "19700405T030000", "RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU",
                            "19701004T020000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=1SU"),
    "America/Toronto": ("EST", "EDT", "-0500", "-0400", "19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU",
                        "19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU"),
    "Eastern Standard Time": ("EST", "EDT", "-0500", "-0400", "16010101T020000", "RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11",
                              "16010101T020000", "RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3"),
    "America/Vancouver": ("PST", "PDT", "-0800", "-0700", "19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU",
                          "19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU"),
    "Pacific Standard Time": ("PST", "PDT", "-0800", "-0700", "16010101T020000", "RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11",
                              "16010101T020000", "RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3"),
}
VTZ_FIXED = {
    "Asia/Kolkata": ("IST", "+0530"), "India Standard Time": ("IST", "+0530"),
    "Africa/Johannesburg": ("SAST", "+0200"), "South Africa Standard Time": ("SAST", "+0200"),
    "America/Mexico_City": ("CST", "-0600"), "Central Standard Time (Mexico)": ("CST", "-0600"),
    "America/Cancun": ("EST", "-0500"), "Australia/Brisbane": ("AEST", "+1000"),
    "E. Australia Standard Time": ("AEST", "+1000"), "Australia/Perth": ("AWST", "+0800"),
    "W. Australia Standard Time": ("AWST", "+0800"),
}
WINDOWS = {"Europe/London": "GMT Standard Time", "Europe/Dublin": "GMT Standard Time",
           "Australia/Sydney": "AUS Eastern Standard Time", "Australia/Melbourne": "AUS Eastern Standard Time",
           "Australia/Brisbane": "E. Australia Standard Time", "Australia/Perth": "W. Australia Standard Time",
           "Asia/Kolkata": "India Standard Time", "Africa/Johannesburg": "South Africa Standard Time",
           "America/Mexico_City": "Central Standard Time (Mexico)", "America/Toronto": "Eastern Standard Time",
           "America/Vancouver": "Pacific Standard Time", "America/Halifax": "Atlantic Standard Time"}


def vtimezone(tzid):
    if tzid in VTZ:
        sn, dn, so, do, sstart, srule, dstart, drule = VTZ[tzid]
        return ["BEGIN:VTIMEZONE", "TZID:" + tzid,
                "BEGIN:STANDARD", "DTSTART:" + sstart, srule, "TZOFFSETFROM:" + do, "TZOFFSETTO:" + so, "TZNAME:" + sn,
                "END:STANDARD",
                "BEGIN:DAYLIGHT", "DTSTART:" + dstart, drule, "TZOFFSETFROM:" + so, "TZOFFSETTO:" + do, "TZNAME:" + dn,
                "END:DAYLIGHT", "END:VTIMEZONE"]
    if tzid in VTZ_FIXED:
        n, o = VTZ_FIXED[tzid]
        return ["BEGIN:VTIMEZONE", "TZID:" + tzid, "BEGIN:STANDARD", "DTSTART:16010101T000000",
                "TZOFFSETFROM:" + o, "TZOFFSETTO:" + o, "TZNAME:" + n, "END:STANDARD", "END:VTIMEZONE"]
    return []


def ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold_ics(line):
    raw = line.encode("utf-8")
    if len(raw) <= 75:
        return line
    out = []
    cur = ""
    size = 0
    for ch in line:
        n = len(ch.encode("utf-8"))
        lim = 75 if not out else 74
        if size + n > lim:
            out.append(cur)
            cur, size = "", 0
        cur += ch
        size += n
    out.append(cur)
    return "\r\n ".join(out)


def ics(method, uid, summary, start, minutes, tzmode, organizer, attendees, location="", description="",
        sequence=0, stamp=None, prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", zone=None,
        status="CONFIRMED", with_vtz=True, alarm=False, crlf=True):
    """start: aware datetime in the event's zone. tzmode: 'iana', 'windows', 'utc'."""
    end = start + dt.timedelta(minutes=minutes)
    lines = ["BEGIN:VCALENDAR", "PRODID:" + prodid, "VERSION:2.0", "CALSCALE:GREGORIAN", "METHOD:" + method]
    zone = zone or str(start.tzinfo)
    if tzmode == "utc":
        s = start.astimezone(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
        e = end.astimezone(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
        ds, de = "DTSTART:" + s, "DTEND:" + e
    else:
        tzid = zone if tzmode == "iana" else WINDOWS[zone]
        if with_vtz:
            lines += vtimezone(tzid)
        ds = "DTSTART;TZID=%s:%s" % (tzid, start.strftime("%Y%m%dT%H%M%S"))
        de = "DTEND;TZID=%s:%s" % (tzid, end.strftime("%Y%m%dT%H%M%S"))
    stamp = stamp or start - dt.timedelta(days=3)
    lines += ["BEGIN:VEVENT", ds, de, "DTSTAMP:" + stamp.astimezone(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ"),
              "ORGANIZER;CN=%s:mailto:%s" % (organizer[0], organizer[1]), "UID:" + uid]
    for a in attendees:
        name, mail = a[0], a[1]
        role = a[2] if len(a) > 2 else "REQ-PARTICIPANT"
        lines.append("ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=%s;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=%s;X-NUM-GUESTS=0:mailto:%s"
                     % (role, name, mail))
    lines += ["CREATED:" + stamp.astimezone(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ"),
              "DESCRIPTION:" + ics_escape(description),
              "LAST-MODIFIED:" + stamp.astimezone(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ"),
              "LOCATION:" + ics_escape(location), "SEQUENCE:%d" % sequence, "STATUS:" + status,
              "SUMMARY:" + ics_escape(summary), "TRANSP:OPAQUE"]
    if alarm:
        lines += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "TRIGGER:-P0DT0H15M0S", "END:VALARM"]
    lines += ["END:VEVENT", "END:VCALENDAR"]
    nl = "\r\n" if crlf else "\n"
    return nl.join(fold_ics(x).replace("\r\n", nl) for x in lines) + nl


# ---------------------------------------------------------------- transport

def transport(rng, key, frm_addr, sent, vendor_host=None, spf="pass", dkim="pass", dmarc="pass"):
    dom = frm_addr.split("@")[1]
    host = vendor_host or ("mail-%s.%s" % (rng.choice(["out1", "out2", "smtp", "mta", "o1", "relay"]), dom))
    ip = "192.0.2.%d" % rng.randint(2, 250) if rng.random() < 0.5 else "198.51.100.%d" % rng.randint(2, 250)
    t1 = sent + dt.timedelta(seconds=rng.randint(1, 40))
    t2 = t1 + dt.timedelta(seconds=rng.randint(0, 5))
    qid = h(key + "q", 10).upper()
    utc = dt.timezone.utc
    out = [("Return-Path", "<%s>" % ("bounces+%s@%s" % (h(key, 8), dom) if rng.random() < 0.5 else frm_addr)),
           ("Delivered-To", "maya.fernandes@example.net")]
    out.append(("Received", "from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <maya.fernandes@example.net>; %s"
                % (host, host, ip, OWNER_MX, qid, fmt_date(t2.astimezone(utc)))))
    if rng.random() < 0.6:
        out.append(("Received", "by %s with SMTP id %s;\n\t%s" % (host, h(key + "r", 12), fmt_date(t1.astimezone(sent.tzinfo)))))
    out.append(("Authentication-Results", "%s;\n\tdkim=%s header.d=%s header.s=s%d;\n\tspf=%s smtp.mailfrom=%s;\n\tdmarc=%s header.from=%s"
                % (OWNER_MX, dkim, dom, rng.randint(1, 3), spf, dom, dmarc, dom)))
    out.append(("Received-SPF", "%s (%s: domain of %s designates %s as permitted sender)" % (spf, OWNER_MX, dom, ip)))
    out.append(("DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=s%d;\n\th=from:to:subject:date:message-id;\n\tbh=%s=;\n\tb=%s"
                % (dom, rng.randint(1, 3), b64tok(key + "bh", 43), b64tok(key + "b", 60))))
    return out


def assemble(headers, root, crlf=False):
    """headers: ordered (name, value) list without MIME headers of the root; root: Part."""
    lines = []
    for n, v in headers:
        if v is None:
            continue
        lines.append(fold(n, v))
    for n, v in root.headers:
        lines.append(fold(n, v))
    text_ = "\n".join(lines) + "\n\n" + root.body
    text_ = text_.replace("\r\n", "\n")
    if not text_.endswith("\n"):
        text_ += "\n"
    if crlf:
        text_ = text_.replace("\n", "\r\n")
    return text_.encode("utf-8")
