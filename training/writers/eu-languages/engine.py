"""Mail assembly: blocks -> text/HTML, client and platform shapes, calendars."""
import base64
import datetime as dt
import hashlib
import html as H
import re
from zoneinfo import ZoneInfo

import mime

UTC = dt.timezone.utc

WINDOWS = {
    "Europe/Berlin": "W. Europe Standard Time", "Europe/Vienna": "W. Europe Standard Time",
    "Europe/Zurich": "W. Europe Standard Time", "Europe/Amsterdam": "W. Europe Standard Time",
    "Europe/Rome": "W. Europe Standard Time", "Europe/Stockholm": "W. Europe Standard Time",
    "Europe/Luxembourg": "W. Europe Standard Time", "Europe/Oslo": "W. Europe Standard Time",
    "Europe/Paris": "Romance Standard Time", "Europe/Brussels": "Romance Standard Time",
    "Europe/Madrid": "Romance Standard Time", "Europe/Copenhagen": "Romance Standard Time",
    "Europe/Lisbon": "GMT Standard Time", "Europe/Dublin": "GMT Standard Time",
    "Europe/London": "GMT Standard Time", "Atlantic/Canary": "GMT Standard Time",
    "Atlantic/Madeira": "GMT Standard Time",
    "Europe/Warsaw": "Central European Standard Time", "Europe/Prague": "Central Europe Standard Time",
    "Europe/Budapest": "Central Europe Standard Time", "Europe/Helsinki": "FLE Standard Time",
    "Europe/Tallinn": "FLE Standard Time", "Europe/Athens": "GTB Standard Time",
    "America/Sao_Paulo": "E. South America Standard Time",
}

URL_RE = re.compile(r"(https?://[^\s<>\")]+)")


def h(s):
    return H.escape(s, quote=True)


def linkify(s):
    out = []
    pos = 0
    for m in URL_RE.finditer(s):
        out.append(h(s[pos:m.start()]))
        u = m.group(1).rstrip(".,;")
        tail = m.group(1)[len(u):]
        out.append('<a href="%s">%s</a>%s' % (h(u), h(u), h(tail)))
        pos = m.end()
    out.append(h(s[pos:]))
    return "".join(out).replace("\n", "<br>\n")


# ---------------------------------------------------------------- blocks to text
def blocks_text(blocks, link_style=0, bullet="- "):
    out = []
    for b in blocks:
        if isinstance(b, str):
            out.append(b)
            continue
        t = b[0]
        if t == "btn":
            lab, url = b[1], b[2]
            out.append([f"{lab}: {url}", f"{lab}\n{url}", f"{lab} <{url}>", f"{lab} [{url}]"][link_style % 4])
        elif t == "list":
            out.append("\n".join(bullet + x for x in b[1]))
        elif t == "kv":
            out.append("\n".join(f"{k}: {v}" if k else v for k, v in b[1]))
        elif t in ("sig", "small", "raw"):
            out.append(b[1])
        elif t == "hr":
            out.append("-" * 40)
    return "\n\n".join(x for x in out if x is not None)


def blocks_html_simple(blocks, p_style="", tag="p"):
    out = []
    for b in blocks:
        if isinstance(b, str):
            out.append(f"<{tag}{p_style}>{linkify(b)}</{tag}>")
            continue
        t = b[0]
        if t == "btn":
            out.append(f'<{tag}{p_style}><a href="{h(b[2])}">{h(b[1])}</a></{tag}>')
        elif t == "list":
            out.append("<ul>" + "".join(f"<li>{linkify(x)}</li>" for x in b[1]) + "</ul>")
        elif t == "kv":
            out.append("<table cellpadding=\"2\" cellspacing=\"0\">" + "".join(
                f"<tr><td><b>{h(k)}</b></td><td>{linkify(v)}</td></tr>" if k else f"<tr><td colspan=\"2\">{linkify(v)}</td></tr>"
                for k, v in b[1]) + "</table>")
        elif t == "sig":
            out.append(f'<{tag}{p_style}>{linkify(b[1])}</{tag}>')
        elif t == "small":
            out.append(f'<{tag} style="font-size:8pt;color:#888888">{linkify(b[1])}</{tag}>')
        elif t == "raw":
            out.append(f"<{tag}{p_style}>{linkify(b[1])}</{tag}>")
        elif t == "hr":
            out.append("<hr>")
    return "\n".join(out)


SKINS = [
    dict(bg="#f4f5f7", card="#ffffff", font="Arial,Helvetica,sans-serif", head="solid"),
    dict(bg="#ffffff", card="#ffffff", font="'Helvetica Neue',Helvetica,Arial,sans-serif", head="line"),
    dict(bg="#eef1f4", card="#ffffff", font="Verdana,Geneva,sans-serif", head="logo"),
    dict(bg="#fafafa", card="#ffffff", font="Georgia,'Times New Roman',serif", head="solid"),
    dict(bg="#f0f2f5", card="#ffffff", font="Roboto,Arial,sans-serif", head="none"),
]


def blocks_html_platform(blocks, title, brand, color, skin, lang, preheader, logo_url, pixel_url):
    sk = SKINS[skin % len(SKINS)]
    rows = []
    for b in blocks:
        if isinstance(b, str):
            rows.append(f'<p style="margin:0 0 16px 0;">{linkify(b)}</p>')
            continue
        t = b[0]
        if t == "btn":
            rows.append(
                '<table role="presentation" border="0" cellpadding="0" cellspacing="0" style="margin:8px 0 20px 0;">'
                f'<tr><td align="center" bgcolor="{color}" style="border-radius:4px;">'
                f'<a href="{h(b[2])}" target="_blank" style="display:inline-block;padding:11px 24px;font-size:15px;'
                f'color:#ffffff;text-decoration:none;font-weight:bold;">{h(b[1])}</a></td></tr></table>')
        elif t == "list":
            rows.append('<ul style="margin:0 0 16px 18px;padding:0;">' + "".join(
                f'<li style="margin:0 0 6px 0;">{linkify(x)}</li>' for x in b[1]) + "</ul>")
        elif t == "kv":
            rows.append('<table role="presentation" cellpadding="0" cellspacing="0" width="100%" '
                        'style="margin:0 0 18px 0;border-collapse:collapse;">' + "".join(
                            f'<tr><td style="padding:6px 10px;border-bottom:1px solid #e6e8eb;color:#6b7280;width:38%;">{h(k)}</td>'
                            f'<td style="padding:6px 10px;border-bottom:1px solid #e6e8eb;">{linkify(v)}</td></tr>'
                            for k, v in b[1]) + "</table>")
        elif t == "sig":
            rows.append(f'<p style="margin:18px 0 0 0;">{linkify(b[1])}</p>')
        elif t == "small":
            rows.append(f'<p style="margin:14px 0 0 0;font-size:11px;line-height:16px;color:#8a94a1;">{linkify(b[1])}</p>')
        elif t == "raw":
            rows.append(f'<div style="margin:0 0 16px 0;">{linkify(b[1])}</div>')
        elif t == "hr":
            rows.append('<hr style="border:none;border-top:1px solid #e6e8eb;margin:20px 0;">')
    if sk["head"] == "solid":
        head = (f'<tr><td style="background:{color};padding:18px 32px;color:#ffffff;font-size:19px;'
                f'font-weight:bold;">{h(brand)}</td></tr>')
    elif sk["head"] == "line":
        head = (f'<tr><td style="padding:22px 32px 12px 32px;border-bottom:3px solid {color};font-size:20px;'
                f'font-weight:bold;color:#111111;">{h(brand)}</td></tr>')
    elif sk["head"] == "logo":
        head = (f'<tr><td align="center" style="padding:24px 32px 8px 32px;"><img src="{h(logo_url)}" '
                f'alt="{h(brand)}" width="140" style="display:block;border:0;"></td></tr>')
    else:
        head = ""
    body_rows = "\n".join(rows)
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        f'<meta name="viewport" content="width=device-width, initial-scale=1.0">\n<title>{h(title)}</title>\n</head>\n'
        f'<body style="margin:0;padding:0;background-color:{sk["bg"]};">\n'
        f'<div style="display:none;font-size:1px;line-height:1px;max-height:0;max-width:0;opacity:0;overflow:hidden;">{h(preheader)}</div>\n'
        f'<table role="presentation" width="100%" border="0" cellpadding="0" cellspacing="0" style="background-color:{sk["bg"]};">\n'
        f'<tr><td align="center" style="padding:24px 10px;">\n'
        f'<table role="presentation" width="600" border="0" cellpadding="0" cellspacing="0" '
        f'style="max-width:600px;background-color:{sk["card"]};font-family:{sk["font"]};font-size:15px;line-height:23px;color:#1f2933;">\n'
        f'{head}\n<tr><td style="padding:28px 32px 24px 32px;">\n{body_rows}\n</td></tr>\n</table>\n'
        f'<img src="{h(pixel_url)}" width="1" height="1" alt="" style="display:block;border:0;width:1px;height:1px;">\n'
        f'</td></tr>\n</table>\n</body>\n</html>\n')


def html_outlook(blocks, lang_tag, quote_html=""):
    body = blocks_html_simple(blocks, ' class="MsoNormal"')
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
        '@font-face {font-family:Aptos;}\np.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Aptos",sans-serif;}\n'
        'a:link, span.MsoHyperlink {color:#0563C1;text-decoration:underline;}\n.MsoChpDefault {mso-style-type:export-only;}\n'
        '@page WordSection1 {size:612.0pt 792.0pt;margin:70.85pt 70.85pt 2.0cm 70.85pt;}\ndiv.WordSection1 {page:WordSection1;}\n'
        f'--></style>\n</head>\n<body lang="{lang_tag}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
        f'<div class="WordSection1">\n{body}\n<p class="MsoNormal">&nbsp;</p>\n{quote_html}</div>\n</body>\n</html>\n')


def html_gmail(blocks, quote_html=""):
    parts = []
    for b in blocks:
        if isinstance(b, str):
            parts.append(f"<div>{linkify(b)}</div><div><br></div>")
        elif b[0] == "btn":
            parts.append(f'<div><a href="{h(b[2])}">{h(b[1])}</a></div><div><br></div>')
        elif b[0] == "list":
            parts.append("<ul>" + "".join(f"<li>{linkify(x)}</li>" for x in b[1]) + "</ul>")
        elif b[0] == "kv":
            parts.append("<div>" + "<br>".join(linkify(f"{k}: {v}" if k else v) for k, v in b[1]) + "</div><div><br></div>")
        elif b[0] == "sig":
            parts.append(f'<div><span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature">'
                         f'<div dir="ltr">{linkify(b[1])}</div></div></div>')
        elif b[0] in ("small", "raw"):
            parts.append(f'<div><font size="1" color="#888888">{linkify(b[1])}</font></div>')
    return '<div dir="ltr">' + "\n".join(parts) + "</div>" + quote_html + "\n"


# ---------------------------------------------------------------- calendar
def zone_offsets(zname, year):
    z = ZoneInfo(zname)
    jan = dt.datetime(year, 1, 15, 12, tzinfo=z).utcoffset()
    jul = dt.datetime(year, 7, 15, 12, tzinfo=z).utcoffset()
    return jan, jul


def _off(td):
    s = int(td.total_seconds())
    sign = "+" if s >= 0 else "-"
    s = abs(s)
    return "%s%02d%02d" % (sign, s // 3600, (s % 3600) // 60)


def vtimezone(zname, tzid, style, year):
    std, dst = zone_offsets(zname, year)
    lines = ["BEGIN:VTIMEZONE", f"TZID:{tzid}"]
    if style == "iana":
        lines.append(f"X-LIC-LOCATION:{zname}")
    if std == dst:
        lines += ["BEGIN:STANDARD", "DTSTART:19700101T000000" if style == "iana" else "DTSTART:16010101T000000",
                  f"TZOFFSETFROM:{_off(std)}", f"TZOFFSETTO:{_off(std)}"]
        if style == "iana":
            lines.append("TZNAME:" + _off(std)[:3])
        lines.append("END:STANDARD")
    else:
        std_h = "030000" if std.total_seconds() >= 3600 else "020000"
        dst_h = "020000" if std.total_seconds() >= 3600 else "010000"
        if style == "iana":
            names = {3600: ("CET", "CEST"), 0: ("GMT" if zname in ("Europe/London", "Europe/Dublin") else "WET",
                                                 "BST" if zname == "Europe/London" else ("IST" if zname == "Europe/Dublin" else "WEST")),
                     7200: ("EET", "EEST")}.get(int(std.total_seconds()), (_off(std)[:3], _off(dst)[:3]))
            lines += ["BEGIN:DAYLIGHT", f"TZOFFSETFROM:{_off(std)}", f"TZOFFSETTO:{_off(dst)}", f"TZNAME:{names[1]}",
                      f"DTSTART:1970032{9 if True else 0}T{dst_h}", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
                      "BEGIN:STANDARD", f"TZOFFSETFROM:{_off(dst)}", f"TZOFFSETTO:{_off(std)}", f"TZNAME:{names[0]}",
                      f"DTSTART:19701025T{std_h}", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD"]
        else:
            lines += ["BEGIN:STANDARD", f"DTSTART:16010101T{std_h}", f"TZOFFSETFROM:{_off(dst)}", f"TZOFFSETTO:{_off(std)}",
                      "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
                      "BEGIN:DAYLIGHT", f"DTSTART:16010101T{dst_h}", f"TZOFFSETFROM:{_off(std)}", f"TZOFFSETTO:{_off(dst)}",
                      "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT"]
    lines.append("END:VTIMEZONE")
    return lines


def make_ics(method, uid, seq, organizer, attendees, start, end, tzmode, summary, location, description,
             stamp, prodid, status=None, alarm=False, extra=None):
    """organizer/attendees: (name, addr[, role]). start/end aware datetimes in the event's zone."""
    zname = start.tzinfo.key
    L = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN", f"METHOD:{method}"]
    if tzmode == "windows":
        tzid = WINDOWS[zname]
        L += vtimezone(zname, tzid, "windows", start.year)
        ds = f"DTSTART;TZID={tzid}:{mime.ics_local(start)}"
        de = f"DTEND;TZID={tzid}:{mime.ics_local(end)}"
    elif tzmode == "iana":
        L += vtimezone(zname, zname, "iana", start.year)
        ds = f"DTSTART;TZID={zname}:{mime.ics_local(start)}"
        de = f"DTEND;TZID={zname}:{mime.ics_local(end)}"
    elif tzmode == "quoted":
        tzid = WINDOWS[zname]
        L += vtimezone(zname, tzid, "windows", start.year)
        ds = f'DTSTART;TZID="{tzid}":{mime.ics_local(start)}'
        de = f'DTEND;TZID="{tzid}":{mime.ics_local(end)}'
    else:
        ds = f"DTSTART:{mime.ics_stamp(start)}"
        de = f"DTEND:{mime.ics_stamp(end)}"
    L += ["BEGIN:VEVENT", ds, de, f"DTSTAMP:{mime.ics_stamp(stamp)}"]
    L.append(f"ORGANIZER;CN={mime.ics_escape(organizer[0])}:mailto:{organizer[1]}")
    L.append(f"UID:{uid}")
    for a in attendees:
        role = a[2] if len(a) > 2 else "REQ-PARTICIPANT"
        L.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT=NEEDS-ACTION;RSVP=TRUE;"
                 f"CN={mime.ics_escape(a[0])};X-NUM-GUESTS=0:mailto:{a[1]}")
    L += [f"CREATED:{mime.ics_stamp(stamp)}", f"DESCRIPTION:{mime.ics_escape(description)}",
          f"LAST-MODIFIED:{mime.ics_stamp(stamp)}", f"LOCATION:{mime.ics_escape(location)}",
          f"SEQUENCE:{seq}", f"STATUS:{status or ('CANCELLED' if method == 'CANCEL' else 'CONFIRMED')}",
          f"SUMMARY:{mime.ics_escape(summary)}", "TRANSP:OPAQUE"]
    if extra:
        L += extra
    if alarm:
        L += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "END:VALARM"]
    L += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(mime.ics_fold(x) for x in L) + "\r\n"


def fake_b64(rng, n):
    return base64.b64encode(bytes(rng.getrandbits(8) for _ in range(n))).decode()


def fake_pdf(title, rng):
    body = (f"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R /Title ({title}) >>\nendobj\n"
            f"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
    return body.encode("latin-1", "replace") + bytes(rng.getrandbits(8) for _ in range(64))


def hexid(rng, n=16):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def alnum(rng, n=16, chars="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(rng.choice(chars) for _ in range(n))
