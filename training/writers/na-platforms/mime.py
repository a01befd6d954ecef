"""Small deterministic MIME writer for the na-platforms batch (standard library only).

Nothing here reads the clock or the global random state: every boundary, ID and fake
signature comes from the caller's seeded random.Random.
"""
import base64
import datetime as dt
import email.utils
import hashlib
import quopri
import re
from zoneinfo import ZoneInfo

UTC = dt.timezone.utc

# ----------------------------------------------------------------------------- headers

_SPECIALS = re.compile(r'[()<>\[\]:;@\\,."]')


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def enc_word(s, charset="utf-8", mode="Q"):
    """RFC 2047 encoded word(s); long values split into several words joined by a space."""
    raw = s.encode(charset)
    words = []
    if mode == "B":
        # keep each chunk below ~45 raw bytes, never splitting a UTF-8 sequence
        chunk = b""
        for ch in s:
            b = ch.encode(charset)
            if len(chunk) + len(b) > 42:
                words.append(chunk)
                chunk = b""
            chunk += b
        if chunk:
            words.append(chunk)
        return " ".join(f"=?{charset}?B?{base64.b64encode(w).decode()}?=" for w in words)
    out, cur = [], ""
    for ch in s:
        b = ch.encode(charset)
        if ch == " ":
            piece = "_"
        elif re.fullmatch(r"[A-Za-z0-9!*+\-/]", ch):
            piece = ch
        else:
            piece = "".join(f"={x:02X}" for x in b)
        if len(cur) + len(piece) > 60:
            out.append(cur)
            cur = ""
        cur += piece
    if cur:
        out.append(cur)
    del raw
    return " ".join(f"=?{charset}?Q?{w}?=" for w in out)


def htext(s, mode="Q", charset="utf-8"):
    """Unstructured header text: as is when ASCII, else encoded words."""
    if is_ascii(s):
        return s
    return enc_word(s, charset, mode)


def addr(name, address, mode="Q", charset="utf-8"):
    if not name:
        return address
    if is_ascii(name):
        if _SPECIALS.search(name):
            name = '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
        return f"{name} <{address}>"
    return f"{enc_word(name, charset, mode)} <{address}>"


def addrs(pairs, mode="Q"):
    return ", ".join(addr(n, a, mode) for n, a in pairs)


def fold(name, value, width=76):
    """Fold a header line at spaces (keeps existing line structure if value already has \\n)."""
    line = f"{name}: {value}"
    if len(line) <= width or "\n" in value:
        return line
    words = line.split(" ")
    lines, cur = [], words[0] + " " + words[1]
    for w in words[2:]:
        if len(cur) + 1 + len(w) > width and cur.strip():
            lines.append(cur)
            cur = " " + w
        else:
            cur += " " + w
    lines.append(cur)
    return "\n".join(lines)


def date_hdr(d, style="std"):
    """RFC 5322 date; style 'utc-comment' adds the (UTC) comment some MTAs write."""
    s = email.utils.format_datetime(d)
    if style == "utc-comment":
        s = email.utils.format_datetime(d.astimezone(UTC)).replace("-0000", "+0000") + " (UTC)"
    elif style == "utc":
        s = email.utils.format_datetime(d.astimezone(UTC)).replace("-0000", "+0000")
    return s


# ----------------------------------------------------------------------------- bodies

class Leaf:
    def __init__(self, ctype, content, charset="utf-8", cte="quoted-printable", params=None,
                 disposition=None, filename=None, extra=None, flowed=False):
        self.ctype = ctype
        self.content = content  # str for text, bytes for binary
        self.charset = charset
        self.cte = cte
        self.params = params or []
        self.disposition = disposition
        self.filename = filename
        self.extra = extra or []
        self.flowed = flowed


class Multi:
    def __init__(self, subtype, parts, boundary, params=None):
        self.subtype = subtype
        self.parts = parts
        self.boundary = boundary
        self.params = params or []


def _encode_leaf_body(leaf):
    if leaf.cte == "7bit" and isinstance(leaf.content, str) and not is_ascii(leaf.content):
        leaf.cte = "quoted-printable"
    if isinstance(leaf.content, bytes):
        data = leaf.content
    else:
        text = leaf.content.replace("\r\n", "\n")
        if leaf.ctype == "text/calendar" and leaf.cte == "base64":
            text = text.replace("\n", "\r\n")
        try:
            data = text.encode(leaf.charset)
        except UnicodeEncodeError:
            leaf.charset = "utf-8"
            data = text.encode("utf-8")
    if leaf.cte == "base64":
        return base64.encodebytes(data).decode("ascii").rstrip("\n")
    if leaf.cte == "quoted-printable":
        return quopri.encodestring(data).decode("ascii").rstrip("\n")
    if leaf.cte in ("7bit", "8bit"):
        return data.decode(leaf.charset if not isinstance(leaf.content, bytes) else "latin-1").rstrip("\n")
    raise ValueError(leaf.cte)


def _leaf_headers(leaf):
    ct = leaf.ctype
    ps = []
    if ct.startswith("text/"):
        ps.append(f'charset="{leaf.charset}"' if getattr(leaf, "qcs", False) else f"charset={leaf.charset}")
    if leaf.flowed:
        ps.append("format=flowed")
    ps += leaf.params
    if leaf.filename and not any(p.startswith("name=") for p in ps):
        ps.append(f'name="{leaf.filename}"')
    hs = [fold("Content-Type", "; ".join([ct] + [p for p in ps if p]))]
    if leaf.disposition:
        d = leaf.disposition
        if leaf.filename:
            d += f'; filename="{leaf.filename}"'
        hs.append(fold("Content-Disposition", d))
    hs.append(f"Content-Transfer-Encoding: {leaf.cte}")
    hs += [fold(n, v) for n, v in leaf.extra]
    return hs


def render_part(part):
    """Return (header_lines, body_text) for a part."""
    if isinstance(part, Leaf):
        body = _encode_leaf_body(part)
        return _leaf_headers(part), body
    ps = "; ".join([f"multipart/{part.subtype}"] + part.params + [f'boundary="{part.boundary}"'])
    hs = [fold("Content-Type", ps)]
    chunks = []
    for p in part.parts:
        h, b = render_part(p)
        chunks.append(f"--{part.boundary}\n" + "\n".join(h) + "\n\n" + b + "\n")
    body = "".join(chunks) + f"--{part.boundary}--"
    return hs, body


def serialize(headers, body, crlf=False, preamble=None):
    """headers: list of (name, value). body: Leaf or Multi. Returns bytes."""
    lines = [fold(n, v) for n, v in headers]
    lines.append("MIME-Version: 1.0") if not any(n.lower() == "mime-version" for n, _ in headers) else None
    ph, pb = render_part(body)
    text = "\n".join(lines + ph) + "\n\n"
    if preamble and isinstance(body, Multi):
        text += preamble + "\n\n"
    text += pb + "\n"
    # 8bit bodies may hold non-ASCII text; everything is written as UTF-8 / latin-1 bytes
    if crlf:
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    try:
        return text.encode("ascii")
    except UnicodeEncodeError:
        return text.encode("utf-8")


# ----------------------------------------------------------------------------- ids, boundaries

def hexs(rng, n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def alnum(rng, n, upper=False):
    pool = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    if upper:
        pool = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    return "".join(rng.choice(pool) for _ in range(n))


def b64junk(rng, n):
    pool = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    return "".join(rng.choice(pool) for _ in range(n))


def boundary(rng, style):
    if style == "gmail":
        return "000000000000" + hexs(rng, 16)
    if style == "outlook":
        return "_000_" + alnum(rng, 36, True) + "namprd" + str(rng.randint(10, 22)) + "prod_"
    if style == "apple":
        return "Apple-Mail=_" + "-".join([hexs(rng, 8), hexs(rng, 4), hexs(rng, 4), hexs(rng, 4), hexs(rng, 12)]).upper()
    if style == "java":
        return f"----=_Part_{rng.randint(10000, 999999)}_{rng.randint(100000000, 999999999)}.{rng.randint(10**12, 10**13)}"
    if style == "sendgrid":
        return hexs(rng, 64)
    if style == "thunderbird":
        return "------------" + alnum(rng, 24)
    return "=_" + hexs(rng, 32)


def msgid(rng, style, domain):
    if style == "gmail":
        return f"<CA{alnum(rng, 2)}{b64junk(rng, 40).replace('/', '_').replace('+', '-')}@mail.gmail.example>"
    if style == "outlook":
        return f"<{alnum(rng, 20, True)}{rng.randint(10, 99)}{alnum(rng, 10, True)}@{alnum(rng, 8, True)}.namprd{rng.randint(10, 22)}.prod.outlook.example>"
    if style == "apple":
        return f"<{'-'.join([hexs(rng, 8), hexs(rng, 4), hexs(rng, 4), hexs(rng, 4), hexs(rng, 12)]).upper()}@{domain}>"
    if style == "ses":
        return f"<0100{hexs(rng, 12)}-{hexs(rng, 8)}-{hexs(rng, 4)}-{hexs(rng, 4)}-{hexs(rng, 4)}-{hexs(rng, 12)}-000000@email.amazonses.example>"
    if style == "sendgrid":
        return f"<{b64junk(rng, 22).replace('/', 'x').replace('+', 'y')}@geopod-ismtpd-{rng.randint(1, 40)}>"
    if style == "mailgun":
        return f"<{rng.randint(10**9, 10**10)}.{hexs(rng, 16)}@{domain}>"
    if style == "postmark":
        return f"<{hexs(rng, 8)}-{hexs(rng, 4)}-{hexs(rng, 4)}-{hexs(rng, 4)}-{hexs(rng, 12)}@mtasv.example>"
    if style == "java":
        return f"<{rng.randint(10**8, 10**9)}.{rng.randint(1000, 99999)}.{rng.randint(10**12, 10**13)}@{domain}>"
    if style == "thunderbird":
        return f"<{hexs(rng, 8)}-{hexs(rng, 4)}-{hexs(rng, 4)}-{hexs(rng, 4)}-{hexs(rng, 12)}@{domain}>"
    return f"<{hexs(rng, 24)}@{domain}>"


# ----------------------------------------------------------------------------- transport

def ip4(rng, kind="any"):
    base = rng.choice(["192.0.2", "198.51.100", "203.0.113"])
    return f"{base}.{rng.randint(2, 250)}"


def dkim(rng, domain, selector, hfields="from:to:subject:date:message-id"):
    return (f"v=1; a=rsa-sha256; c=relaxed/relaxed; d={domain}; s={selector};\n"
            f"\th={hfields};\n"
            f"\tbh={b64junk(rng, 43)}=;\n"
            f"\tb={b64junk(rng, 70)}\n"
            f"\t {b64junk(rng, 70)}\n"
            f"\t {b64junk(rng, 42)}==")


OWNER_MX = "mx1.example.com"


def transport(rng, esp, from_domain, sent, rcpt, auth="pass", hops=None, sender=None):
    """Trace headers for one inbound message, newest first. `sent` is an aware datetime."""
    arr = sent.astimezone(UTC) + dt.timedelta(seconds=rng.randint(2, 40))
    stamp = email.utils.format_datetime(arr).replace("-0000", "+0000")
    qid = alnum(rng, 11, True)
    ip = ip4(rng)
    rp_user = rcpt.replace("@", "=")
    if esp == "sendgrid":
        host = f"o{rng.randint(1, 9)}.ptr{rng.randint(1000, 9999)}.sendgrid.example"
        rp = f"<bounces+{rng.randint(1000000, 9999999)}-{hexs(rng, 4)}-{rp_user}@em{rng.randint(100, 9999)}.{from_domain}>"
        sel, dd = "s1", from_domain
    elif esp == "ses":
        host = f"a{rng.randint(8, 80)}-{rng.randint(10, 250)}.smtp-out.amazonses.example"
        rp = f"<0100{hexs(rng, 12)}-{hexs(rng, 8)}-{hexs(rng, 4)}-{hexs(rng, 4)}-{hexs(rng, 4)}-{hexs(rng, 12)}-000000@amazonses.example>"
        sel, dd = alnum(rng, 32).lower(), from_domain
    elif esp == "mailgun":
        host = f"m{rng.randint(10, 250)}-{rng.randint(10, 99)}.mailgun.example"
        rp = f"<bounce+{hexs(rng, 6)}.{hexs(rng, 6)}-{rp_user}@mg.{from_domain}>"
        sel, dd = "mx", "mg." + from_domain
    elif esp == "postmark":
        host = f"sc-ord-mta{rng.randint(100, 130)}.mtasv.example"
        rp = f"<pm_bounces@pm-bounces.{from_domain}>"
        sel, dd = f"{rng.randint(2019, 2024)}{rng.randint(10, 12)}pm", from_domain
    elif esp == "sparkpost":
        host = f"mta-{rng.randint(10, 99)}-{rng.randint(10, 99)}.sparkpostmail.example"
        rp = f"<msprvs1=1{alnum(rng, 14)}=bounces-{rng.randint(100000, 999999)}@spmailtechn.example>"
        sel, dd = "scph0124", from_domain
    elif esp == "google":
        host = f"mail-{rng.choice(['pj1', 'qt1', 'yb1', 'ed1', 'lf1'])}-f{rng.randint(100, 230)}.google.example"
        rp = "<{sender}>"
        sel, dd = "20230601" if rng.random() < 0.5 else "google", from_domain
    elif esp == "exchange":
        host = f"{alnum(rng, 3, True)}{rng.randint(1, 9)}PR{rng.randint(10, 99)}CU{rng.randint(1, 9)}{rng.randint(10, 99)}.outbound.protection.outlook.example"
        rp = "<{sender}>"
        sel, dd = "selector1", from_domain
    else:  # postfix / own MTA
        host = f"mail{rng.randint(1, 4)}.{from_domain}"
        rp = "<{sender}>"
        sel, dd = "default", from_domain
    lines = []
    rp = rp.replace("{sender}", sender or f"noreply@{from_domain}")
    lines.append(("Return-Path", rp))
    lines.append(("Delivered-To", rcpt))
    lines.append(("Received", f"from {host} ({host} [{ip}])\n\tby {OWNER_MX} (Postfix) with ESMTPS id {qid}\n\tfor <{rcpt}>; {stamp}"))
    n_hops = hops if hops is not None else rng.choice([0, 1, 1, 2])
    t = arr
    for _ in range(n_hops):
        t = t - dt.timedelta(seconds=rng.randint(1, 5))
        st = email.utils.format_datetime(t).replace("-0000", "+0000")
        lines.append(("Received", f"by {host.split('.', 1)[-1] if rng.random() < 0.5 else 'filter' + str(rng.randint(1, 9)) + '.' + host.split('.', 1)[-1]} with SMTP id {alnum(rng, 22)}\n\t{st}"))
    dk = "pass" if auth == "pass" else ("fail" if auth == "fail" else "none")
    spf = "pass" if auth == "pass" else ("softfail" if auth == "fail" else "none")
    dm = "pass" if auth == "pass" else "fail"
    lines.append(("Authentication-Results", f"{OWNER_MX};\n\tdkim={dk} header.d={dd} header.s={sel.split('.')[0][:20]};\n\tspf={spf} (domain of {from_domain} designates {ip} as permitted sender) smtp.mailfrom={from_domain};\n\tdmarc={dm} (p=QUARANTINE) header.from={from_domain.split('.', 1)[-1] if from_domain.count('.') > 1 else from_domain}"))
    if rng.random() < 0.35:
        lines.append(("Received-SPF", f"{spf} (mailfrom) identity=mailfrom; client-ip={ip}; helo={host}; envelope-from={from_domain}; receiver={rcpt}"))
    lines.append(("DKIM-Signature", dkim(rng, dd, sel[:20])))
    return lines


# ----------------------------------------------------------------------------- calendar

WINDOWS_NAME = {
    "America/Toronto": "Eastern Standard Time", "America/New_York": "Eastern Standard Time",
    "America/Montreal": "Eastern Standard Time", "America/Detroit": "Eastern Standard Time",
    "America/Chicago": "Central Standard Time", "America/Winnipeg": "Central Standard Time",
    "America/Denver": "Mountain Standard Time", "America/Edmonton": "Mountain Standard Time",
    "America/Phoenix": "US Mountain Standard Time", "America/Los_Angeles": "Pacific Standard Time",
    "America/Vancouver": "Pacific Standard Time", "America/Halifax": "Atlantic Standard Time",
    "America/Regina": "Canada Central Standard Time",
}
# (standard offset, daylight offset or None, std abbr, dst abbr)
ZONE_RULES = {
    "Eastern": ("-0500", "-0400", "EST", "EDT"), "Central": ("-0600", "-0500", "CST", "CDT"),
    "Mountain": ("-0700", "-0600", "MST", "MDT"), "Pacific": ("-0800", "-0700", "PST", "PDT"),
    "Atlantic": ("-0400", "-0300", "AST", "ADT"), "Newfoundland": ("-0330", "-0230", "NST", "NDT"),
    "Regina": ("-0600", None, "CST", None), "Phoenix": ("-0700", None, "MST", None),
}
ZONE_FAMILY = {
    "America/Toronto": "Eastern", "America/New_York": "Eastern", "America/Montreal": "Eastern",
    "America/Detroit": "Eastern", "America/Chicago": "Central", "America/Winnipeg": "Central",
    "America/Denver": "Mountain", "America/Edmonton": "Mountain", "America/Los_Angeles": "Pacific",
    "America/Vancouver": "Pacific", "America/Halifax": "Atlantic", "America/St_Johns": "Newfoundland",
    "America/Regina": "Regina", "America/Phoenix": "Phoenix",
}


def ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def ics_fold(line):
    """Fold one content line at 75 octets without splitting UTF-8 sequences."""
    out, cur, n = [], "", 0
    limit = 75
    for ch in line:
        b = len(ch.encode("utf-8"))
        if n + b > limit:
            out.append(cur)
            cur, n, limit = " ", 1, 75
        cur += ch
        n += b
    out.append(cur)
    return "\r\n".join(out)


def cn(name):
    if re.search(r'[,:;]', name):
        return f'"{name}"'
    return name


def vtimezone(zone, style):
    fam = ZONE_FAMILY[zone]
    std, dst, sa, da = ZONE_RULES[fam]
    if style == "outlook":
        tzid = WINDOWS_NAME[zone]
        if dst is None:
            return [f"BEGIN:VTIMEZONE", f"TZID:{tzid}", "BEGIN:STANDARD", "DTSTART:16010101T000000",
                    f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{std}", "END:STANDARD", "END:VTIMEZONE"]
        return ["BEGIN:VTIMEZONE", f"TZID:{tzid}", "BEGIN:STANDARD", "DTSTART:16010101T020000",
                f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11",
                "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", f"TZOFFSETFROM:{std}",
                f"TZOFFSETTO:{dst}", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT",
                "END:VTIMEZONE"]
    if dst is None:
        return ["BEGIN:VTIMEZONE", f"TZID:{zone}", f"X-LIC-LOCATION:{zone}", "BEGIN:STANDARD",
                f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{std}", f"TZNAME:{sa}", "DTSTART:19700101T000000",
                "END:STANDARD", "END:VTIMEZONE"]
    return ["BEGIN:VTIMEZONE", f"TZID:{zone}", f"X-LIC-LOCATION:{zone}", "BEGIN:DAYLIGHT",
            f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}", f"TZNAME:{da}", "DTSTART:19700308T020000",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT", "BEGIN:STANDARD",
            f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}", f"TZNAME:{sa}", "DTSTART:19701101T020000",
            "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD", "END:VTIMEZONE"]


def ics(rng, *, start, minutes, summary, organizer, attendees, tzmode, style="google", method="REQUEST",
        uid=None, seq=0, location=None, description=None, stamp=None, prodid=None, url=None,
        status="CONFIRMED", zone=None):
    """Build a VCALENDAR text (CRLF). start: aware datetime in the event's zone.
    tzmode: 'iana' (TZID=<zone>), 'windows' (TZID=<Windows name>), 'utc' (Z)."""
    zone = zone or start.tzinfo.key
    end = start + dt.timedelta(minutes=minutes)
    stamp = stamp or start.astimezone(UTC) - dt.timedelta(days=2)
    if prodid is None:
        prodid = {"google": "-//Google Inc//Google Calendar 70.9054//EN",
                  "outlook": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
                  "exchange": "Microsoft Exchange Server 2010"}.get(style, "-//Scheduling//EN")
    L = ["BEGIN:VCALENDAR"]
    if style in ("outlook", "exchange"):
        L += [f"METHOD:{method}", f"PRODID:{prodid}", "VERSION:2.0"]
    else:
        L += [f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN", f"METHOD:{method}"]
    if tzmode == "iana":
        L += vtimezone(zone, "google")
        tzp = f";TZID={zone}"
        fmt = lambda d: d.astimezone(ZoneInfo(zone)).strftime("%Y%m%dT%H%M%S")
    elif tzmode == "windows":
        L += vtimezone(zone, "outlook")
        tzp = f";TZID={WINDOWS_NAME[zone]}"
        fmt = lambda d: d.astimezone(ZoneInfo(zone)).strftime("%Y%m%dT%H%M%S")
    else:
        tzp = ""
        fmt = lambda d: d.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    L.append("BEGIN:VEVENT")
    ev = []
    if style in ("outlook", "exchange"):
        ev.append(f"ORGANIZER;CN={cn(organizer[0])}:mailto:{organizer[1]}")
        for a in attendees:
            name, mail = a[0], a[1]
            role = a[2] if len(a) > 2 else "REQ-PARTICIPANT"
            ev.append(f"ATTENDEE;ROLE={role};PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={cn(name)}:mailto:{mail}")
        if description:
            ev.append(f"DESCRIPTION;LANGUAGE=en-US:{ics_escape(description)}")
        ev.append(f"UID:{uid}")
        ev.append(f"SUMMARY;LANGUAGE=en-US:{ics_escape(summary)}")
        ev.append(f"DTSTART{tzp}:{fmt(start)}")
        ev.append(f"DTEND{tzp}:{fmt(end)}")
        ev += ["CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{stamp.strftime('%Y%m%dT%H%M%SZ')}", "TRANSP:OPAQUE",
               f"STATUS:{status}", f"SEQUENCE:{seq}"]
        if location:
            ev.append(f"LOCATION;LANGUAGE=en-US:{ics_escape(location)}")
        ev += ["X-MICROSOFT-CDO-APPT-SEQUENCE:" + str(seq), "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
               "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
               "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
               "X-MICROSOFT-DISALLOW-COUNTER:FALSE"]
        if method == "REQUEST":
            ev += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM"]
    else:
        ev.append(f"DTSTART{tzp}:{fmt(start)}")
        ev.append(f"DTEND{tzp}:{fmt(end)}")
        ev.append(f"DTSTAMP:{stamp.strftime('%Y%m%dT%H%M%SZ')}")
        ev.append(f"ORGANIZER;CN={cn(organizer[0])}:mailto:{organizer[1]}")
        ev.append(f"UID:{uid}")
        for a in attendees:
            name, mail = a[0], a[1]
            role = a[2] if len(a) > 2 else "REQ-PARTICIPANT"
            part = a[3] if len(a) > 3 else "NEEDS-ACTION"
            if style == "google":
                ev.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={part};RSVP=TRUE;CN={cn(name)};X-NUM-GUESTS=0:mailto:{mail}")
            else:
                ev.append(f"ATTENDEE;CN={cn(name)};ROLE={role};PARTSTAT={part};RSVP=TRUE:mailto:{mail}")
        if style == "google":
            ev.append(f"X-MICROSOFT-CDO-OWNERAPPTID:{-rng.randint(10**8, 2 * 10**9)}")
            ev.append(f"CREATED:{stamp.strftime('%Y%m%dT%H%M%SZ')}")
        if description:
            ev.append(f"DESCRIPTION:{ics_escape(description)}")
        ev.append(f"LAST-MODIFIED:{stamp.strftime('%Y%m%dT%H%M%SZ')}")
        ev.append(f"LOCATION:{ics_escape(location or '')}")
        ev.append(f"SEQUENCE:{seq}")
        ev.append(f"STATUS:{status}")
        ev.append(f"SUMMARY:{ics_escape(summary)}")
        ev.append("TRANSP:OPAQUE")
        if url:
            ev.append(f"URL:{url}")
        if method == "REQUEST" and rng.random() < 0.6:
            ev += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder", "TRIGGER:-P0DT0H10M0S", "END:VALARM"]
    L += ev
    L += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(ics_fold(x) for x in L) + "\r\n"


def html_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def stable_rng(key):
    import random
    return random.Random(hashlib.sha256(key.encode("utf-8")).hexdigest())
