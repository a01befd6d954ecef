"""A small deterministic MIME writer (standard library only).

Nothing here reads the clock or the global random state: every boundary,
Message-ID and fake signature comes from a seeded random.Random passed in.
"""
import base64
import datetime as dt
import hashlib
import quopri
import string
from email.utils import format_datetime
from zoneinfo import ZoneInfo

# --------------------------------------------------------------------------- encoded words

_Q_SAFE = set(string.ascii_letters + string.digits + "!*+-/")


def ew(text, mode="Q", charset="utf-8"):
    """RFC 2047 encoded word(s) for a header; ASCII text is returned unchanged."""
    if all(ord(c) < 128 for c in text):
        return text
    words, chunk = [], ""
    limit = 18 if mode == "B" else 14
    for ch in text:
        chunk += ch
        if len(chunk) >= limit and ch == " ":
            words.append(chunk)
            chunk = ""
    if chunk:
        words.append(chunk)
    out = []
    cs = charset.upper()
    for w in words:
        try:
            raw = w.encode(charset)
        except UnicodeEncodeError:
            raw, cs = w.encode("utf-8"), "UTF-8"
        if mode == "B":
            out.append(f"=?{cs}?B?{base64.b64encode(raw).decode()}?=")
        else:
            enc = "".join(chr(b) if chr(b) in _Q_SAFE else ("_" if b == 32 else f"={b:02X}") for b in raw)
            out.append(f"=?{cs}?Q?{enc}?=")
    return "\n ".join(out)


def addr(name, email, mode="Q", charset="utf-8"):
    if not name:
        return email
    if all(ord(c) < 128 for c in name):
        if any(c in name for c in ',.;:@()[]"'):
            return '"' + name.replace('"', '') + f'" <{email}>'
        return f"{name} <{email}>"
    return f"{ew(name, mode, charset)} <{email}>"


def fold(value, width=76):
    """Fold a long unstructured header value at spaces."""
    if len(value) <= width or "\n" in value:
        return value
    words = value.split(" ")
    lines, cur = [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    lines.append(cur)
    return "\n ".join(lines)


def subject(value, rng=None, mode="Q"):
    if all(ord(c) < 128 for c in value):
        return fold(value)
    return ew(value, mode)


def date_hdr(d):
    return format_datetime(d)


# --------------------------------------------------------------------------- parts

class Part:
    def __init__(self, ctype, body=None, charset="utf-8", cte="quoted-printable", params=None,
                 headers=None, parts=None, boundary=None, filename=None, disposition=None, cid=None):
        self.ctype = ctype
        self.body = body
        self.charset = charset
        self.cte = cte
        self.params = params or []
        self.headers = headers or []
        self.parts = parts or []
        self.boundary = boundary
        self.filename = filename
        self.disposition = disposition
        self.cid = cid

    @property
    def multipart(self):
        return self.ctype.startswith("multipart/")


def text(body, subtype="plain", charset="utf-8", cte="quoted-printable", params=None, **kw):
    return Part(f"text/{subtype}", body, charset, cte, params, **kw)


def multi(subtype, parts, boundary, params=None):
    return Part(f"multipart/{subtype}", parts=parts, boundary=boundary, params=params)


def attachment(ctype, data, filename, cte="base64", disposition="attachment", params=None):
    return Part(ctype, data, None, cte, params, filename=filename, disposition=disposition)


def _encode(part):
    b = part.body
    if isinstance(b, str):
        try:
            raw = b.encode(part.charset or "utf-8")
        except UnicodeEncodeError:
            part.charset = "utf-8"
            raw = b.encode("utf-8")
    else:
        raw = b
    if part.cte == "base64":
        return base64.encodebytes(raw).decode("ascii")
    if part.cte == "quoted-printable":
        s = quopri.encodestring(raw, quotetabs=False).decode("ascii")
        return s if s.endswith("\n") else s + "\n"
    if part.cte == "7bit":
        try:
            s = raw.decode("ascii")
        except UnicodeDecodeError:
            part.cte = "quoted-printable"
            return _encode(part)
        return s if s.endswith("\n") else s + "\n"
    if part.cte == "8bit":
        if (part.charset or "utf-8").lower() != "utf-8":
            part.cte = "quoted-printable"
            return _encode(part)
        s = raw.decode("utf-8")
        return s if s.endswith("\n") else s + "\n"
    raise ValueError(part.cte)


def _render(part, out):
    enc = None if part.multipart else _encode(part)
    params = ""
    if part.multipart:
        params = f'; boundary="{part.boundary}"'
    elif part.ctype.startswith("text/") and part.charset:
        params = f'; charset="{part.charset}"' if len(part.charset) % 2 else f"; charset={part.charset}"
    for k, v in part.params:
        params += f"; {k}={v}"
    if part.filename and not part.multipart:
        params += f'; name="{part.filename}"'
    ct = part.ctype + params
    out.append("Content-Type: " + (ct if len(ct) < 76 else ct.replace("; ", ";\n\t", 1)))
    if not part.multipart:
        out.append(f"Content-Transfer-Encoding: {part.cte}")
        if part.disposition:
            d = part.disposition
            if part.filename:
                d += f'; filename="{part.filename}"'
            out.append(f"Content-Disposition: {d}")
        if part.cid:
            out.append(f"Content-ID: <{part.cid}>")
    for k, v in part.headers:
        out.append(f"{k}: {v}")
    out.append("")
    if part.multipart:
        for sub in part.parts:
            out.append(f"--{part.boundary}")
            _render(sub, out)
        out.append(f"--{part.boundary}--")
        out.append("")
    else:
        out.append(enc.rstrip("\n"))
        out.append("")


def render(headers, root, crlf=False):
    """headers: list of (name, value) already ASCII. Returns bytes."""
    lines = []
    for k, v in headers:
        lines.append(f"{k}: {v}")
    body = []
    _render(root, body)
    s = "\n".join(lines + body)
    s = s.rstrip("\n") + "\n"
    if crlf:
        s = s.replace("\r\n", "\n").replace("\n", "\r\n")
    return s.encode("utf-8")


# --------------------------------------------------------------------------- ids and fake crypto

def hexid(rng, n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def alnum(rng, n, alphabet=string.ascii_letters + string.digits):
    return "".join(rng.choice(alphabet) for _ in range(n))


def b64blob(rng, n):
    return base64.b64encode(bytes(rng.randrange(256) for _ in range(n))).decode()


def uuid(rng, upper=False):
    h = hexid(rng, 32)
    s = f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[int(h[16], 16) % 4]}{h[17:20]}-{h[20:]}"
    return s.upper() if upper else s


def boundary(rng, style="plain"):
    if style == "gmail":
        return "000000000000" + hexid(rng, 16)
    if style == "outlook":
        return "_000_" + alnum(rng, 36, string.ascii_uppercase + string.digits) + "_"
    if style == "apple":
        return "Apple-Mail=_" + uuid(rng, True)
    if style == "ats":
        return "----=_Part_" + str(rng.randrange(10**6, 10**7)) + "_" + str(rng.randrange(10**8, 10**9)) + "." + str(rng.randrange(10**12, 10**13))
    return "=_" + alnum(rng, 28)


# --------------------------------------------------------------------------- calendar

ZONES = {
    # iana: (std_off, dst_off, std_name, dst_name, dst_start(month, rule, hour), std_start)
    "America/New_York": ("-0500", "-0400", "EST", "EDT", ("0308", "3", "2SU", "020000"), ("1101", "11", "1SU", "020000")),
    "America/Chicago": ("-0600", "-0500", "CST", "CDT", ("0308", "3", "2SU", "020000"), ("1101", "11", "1SU", "020000")),
    "America/Denver": ("-0700", "-0600", "MST", "MDT", ("0308", "3", "2SU", "020000"), ("1101", "11", "1SU", "020000")),
    "America/Los_Angeles": ("-0800", "-0700", "PST", "PDT", ("0308", "3", "2SU", "020000"), ("1101", "11", "1SU", "020000")),
    "Europe/London": ("+0000", "+0100", "GMT", "BST", ("0329", "3", "-1SU", "010000"), ("1025", "10", "-1SU", "020000")),
    "Europe/Lisbon": ("+0000", "+0100", "WET", "WEST", ("0329", "3", "-1SU", "010000"), ("1025", "10", "-1SU", "020000")),
    "Europe/Madrid": ("+0100", "+0200", "CET", "CEST", ("0329", "3", "-1SU", "020000"), ("1025", "10", "-1SU", "030000")),
    "Europe/Paris": ("+0100", "+0200", "CET", "CEST", ("0329", "3", "-1SU", "020000"), ("1025", "10", "-1SU", "030000")),
    "Australia/Sydney": ("+1000", "+1100", "AEST", "AEDT", ("1004", "10", "1SU", "020000"), ("0405", "4", "1SU", "030000")),
    "Australia/Melbourne": ("+1000", "+1100", "AEST", "AEDT", ("1004", "10", "1SU", "020000"), ("0405", "4", "1SU", "030000")),
    "Australia/Adelaide": ("+0930", "+1030", "ACST", "ACDT", ("1004", "10", "1SU", "020000"), ("0405", "4", "1SU", "030000")),
    "Australia/Brisbane": ("+1000", None, "AEST", None, None, None),
    "Australia/Perth": ("+0800", None, "AWST", None, None, None),
    "America/Sao_Paulo": ("-0300", None, "-03", None, None, None),
    "America/Bogota": ("-0500", None, "-05", None, None, None),
    "America/Mexico_City": ("-0600", None, "CST", None, None, None),
    "America/Argentina/Buenos_Aires": ("-0300", None, "-03", None, None, None),
}

WINDOWS = {
    "America/New_York": "Eastern Standard Time", "America/Chicago": "Central Standard Time",
    "America/Denver": "Mountain Standard Time", "America/Los_Angeles": "Pacific Standard Time",
    "Europe/London": "GMT Standard Time", "Europe/Lisbon": "GMT Standard Time",
    "Europe/Madrid": "Romance Standard Time", "Australia/Sydney": "AUS Eastern Standard Time",
    "Australia/Melbourne": "AUS Eastern Standard Time", "Australia/Brisbane": "E. Australia Standard Time",
    "Australia/Perth": "W. Australia Standard Time", "America/Sao_Paulo": "E. South America Standard Time",
    "America/Bogota": "SA Pacific Standard Time", "America/Mexico_City": "Central Standard Time (Mexico)",
    "America/Argentina/Buenos_Aires": "Argentina Standard Time",
}


def ics_fold(line):
    raw = line.encode("utf-8")
    if len(raw) <= 75:
        return [line]
    out, cur, limit = [], b"", 75
    for ch in line:
        b = ch.encode("utf-8")
        if len(cur) + len(b) > limit:
            out.append(cur.decode("utf-8"))
            cur, limit = b"", 74
        cur += b
    out.append(cur.decode("utf-8"))
    return [out[0]] + [" " + x for x in out[1:]]


def ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _vtimezone(tzid, zone):
    std, dst, sn, dn, dr, sr = ZONES[zone]
    L = ["BEGIN:VTIMEZONE", f"TZID:{tzid}"]
    if dst is None:
        L += ["BEGIN:STANDARD", "DTSTART:16010101T000000", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{std}",
              f"TZNAME:{sn}", "END:STANDARD"]
    else:
        L += ["BEGIN:STANDARD", f"DTSTART:1970{sr[0]}T{sr[3]}", f"RRULE:FREQ=YEARLY;BYMONTH={sr[1]};BYDAY={sr[2]}",
              f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}", f"TZNAME:{sn}", "END:STANDARD",
              "BEGIN:DAYLIGHT", f"DTSTART:1970{dr[0]}T{dr[3]}", f"RRULE:FREQ=YEARLY;BYMONTH={dr[1]};BYDAY={dr[2]}",
              f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}", f"TZNAME:{dn}", "END:DAYLIGHT"]
    L.append("END:VTIMEZONE")
    return L


def ics(rng, *, method, start, minutes, summary, organizer, attendees, location="", description="",
        tzmode="iana", sequence=0, stamp=None, prodid="-//Google Inc//Google Calendar 70.9054//EN",
        uid=None, status="CONFIRMED", crlf=True, windows=False):
    """organizer/attendees: (name, email). start: aware datetime. Returns the calendar text."""
    zone = start.tzinfo.key
    end = start + dt.timedelta(minutes=minutes)
    stamp = stamp or start - dt.timedelta(days=2)
    z = lambda d: d.astimezone(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    L = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0"]
    if not windows:
        L.append("CALSCALE:GREGORIAN")
    L.append(f"METHOD:{method}")
    if tzmode in ("iana", "windows"):
        tzid = WINDOWS[zone] if tzmode == "windows" else zone
        L += _vtimezone(tzid, zone)
        ds = f"DTSTART;TZID={tzid}:{start.strftime('%Y%m%dT%H%M%S')}"
        de = f"DTEND;TZID={tzid}:{end.strftime('%Y%m%dT%H%M%S')}"
    else:
        ds, de = f"DTSTART:{z(start)}", f"DTEND:{z(end)}"
    uid = uid or (uuid(rng) if windows else alnum(rng, 26, string.ascii_lowercase + string.digits) + "@google.com.example")
    L += ["BEGIN:VEVENT", ds, de, f"DTSTAMP:{z(stamp)}"]
    if windows:
        L += [f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
        for n, e in attendees:
            L.append(f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={n}:mailto:{e}")
        L += [f"UID:{uid}", f"SUMMARY;LANGUAGE=en-US:{ics_escape(summary)}",
              f"DESCRIPTION;LANGUAGE=en-US:{ics_escape(description)}", f"LOCATION;LANGUAGE=en-US:{ics_escape(location)}",
              "CLASS:PUBLIC", "PRIORITY:5", f"SEQUENCE:{sequence}", f"STATUS:{status}", "TRANSP:OPAQUE",
              "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
              "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM"]
    else:
        L += [f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}", f"UID:{uid}"]
        for n, e in attendees:
            L.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={n};X-NUM-GUESTS=0:mailto:{e}")
        L += [f"X-MICROSOFT-CDO-OWNERAPPTID:{rng.randrange(-2**31, 2**31)}", f"CREATED:{z(stamp)}",
              f"DESCRIPTION:{ics_escape(description)}", f"LAST-MODIFIED:{z(stamp)}", f"LOCATION:{ics_escape(location)}",
              f"SEQUENCE:{sequence}", f"STATUS:{status}", f"SUMMARY:{ics_escape(summary)}", "TRANSP:OPAQUE",
              "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder", "TRIGGER:-P0DT0H10M0S", "END:VALARM"]
    L += ["END:VEVENT", "END:VCALENDAR"]
    out = []
    for line in L:
        out += ics_fold(line)
    eol = "\r\n" if crlf else "\n"
    return eol.join(out) + eol


def fake_pdf(rng, title):
    body = (f"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            f"2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
            f"3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\n"
            f"% {title}\n% {hexid(rng, 32)}\ntrailer << /Root 1 0 R >>\n%%EOF\n")
    return body.encode("latin-1", "replace")


def fake_docx(rng):
    return b"PK\x03\x04\x14\x00\x06\x00" + bytes(rng.randrange(256) for _ in range(180))
