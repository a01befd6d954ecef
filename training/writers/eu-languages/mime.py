"""Small deterministic MIME writer (standard library only).

Everything that would normally be random (boundaries, ids, signatures) comes
from the caller's seeded random.Random, and nothing reads the clock.
"""
import base64
import datetime as dt
import email.utils
import quopri
import re

ASCII_SAFE = re.compile(r"^[\x20-\x7e]*$")


# ---------------------------------------------------------------- headers
def is_ascii(s):
    return bool(ASCII_SAFE.match(s))


def _q_encode_char(ch, charset):
    b = ch.encode(charset)
    out = []
    for byte in b:
        c = chr(byte)
        if c.isalnum() and byte < 128:
            out.append(c)
        elif c == " ":
            out.append("_")
        elif c in "!*+-/" and byte < 128:
            out.append(c)
        else:
            out.append("=%02X" % byte)
    return "".join(out)


def encode_words(s, charset="utf-8", mode="q", first_room=60):
    """RFC 2047 encoded words for s, as a list of words (each <= 75 chars)."""
    cs = charset.upper() if mode == "b" else charset
    prefix = "=?%s?%s?" % (cs, mode.upper() if mode == "b" else mode)
    words = []
    if mode == "b":
        chunk = ""
        for ch in s:
            if len((chunk + ch).encode(charset)) > 42:
                words.append(prefix + base64.b64encode(chunk.encode(charset)).decode() + "?=")
                chunk = ""
            chunk += ch
        if chunk:
            words.append(prefix + base64.b64encode(chunk.encode(charset)).decode() + "?=")
        return words
    cur = ""
    room = 75 - len(prefix) - 2
    for ch in s:
        e = _q_encode_char(ch, charset)
        if len(cur) + len(e) > room:
            words.append(prefix + cur + "?=")
            cur = ""
        cur += e
    if cur:
        words.append(prefix + cur + "?=")
    return words


def enc_text(s, charset="utf-8", mode="q", partial=False):
    """Header text: unchanged if ASCII, else encoded words (whole value, or only the non-ASCII words)."""
    if is_ascii(s):
        return s
    try:
        s.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    if partial and mode == "q":
        toks = s.split(" ")
        out = []
        run = []
        for t in toks:
            if is_ascii(t):
                if run:
                    out.append(" ".join(encode_words(" ".join(run), charset, mode)))
                    run = []
                out.append(t)
            else:
                run.append(t)
        if run:
            out.append(" ".join(encode_words(" ".join(run), charset, mode)))
        return " ".join(out)
    return " ".join(encode_words(s, charset, mode))


SPECIALS = set('()<>[]:;@\\,."')


def fmt_addr(name, addr, charset="utf-8", mode="q"):
    if not name:
        return addr
    if is_ascii(name):
        if any(c in SPECIALS for c in name):
            return '"%s" <%s>' % (name.replace('"', '\\"'), addr)
        return "%s <%s>" % (name, addr)
    return "%s <%s>" % (enc_text(name, charset, mode), addr)


def fold(name, value, width=76):
    """Fold a header at spaces so that lines stay short (value must be ASCII)."""
    line = name + ": "
    out = []
    for i, tok in enumerate(value.split(" ")):
        add = tok if i == 0 else " " + tok
        if len(line) + len(add) > width and line.strip() != name + ":":
            out.append(line)
            line = " " + tok
        else:
            line += add
    out.append(line)
    return "\n".join(out)


def fmt_date(d):
    return email.utils.format_datetime(d)


# ---------------------------------------------------------------- bodies
def qp_body(text, charset):
    data = text.replace("\r\n", "\n").encode(charset)
    return quopri.encodestring(data).decode("ascii")


def b64_body(data):
    return base64.encodebytes(data).decode("ascii")


class Leaf:
    def __init__(self, ctype, text=None, data=None, charset="utf-8", cte="quoted-printable",
                 params=None, headers=None):
        self.ctype = ctype
        self.text = text
        self.data = data
        self.charset = charset
        self.cte = cte
        self.params = params or []
        self.headers = headers or []

    def render(self):
        hdr = []
        ps = ""
        if self.text is not None:
            ps += '; charset="%s"' % self.charset
        for k, v in self.params:
            ps += "; %s=%s" % (k, v)
        hdr.append("Content-Type: %s%s" % (self.ctype, ps))
        hdr.append("Content-Transfer-Encoding: %s" % self.cte)
        hdr.extend(self.headers)
        if self.text is not None:
            t = self.text.replace("\r\n", "\n")
            if self.cte == "quoted-printable":
                body = qp_body(t, self.charset)
            elif self.cte == "base64":
                body = b64_body(t.replace("\n", "\r\n").encode(self.charset))
            elif self.cte == "7bit":
                t.encode("ascii")
                body = t
            else:  # 8bit
                body = t
        else:
            body = b64_body(self.data)
        if not body.endswith("\n"):
            body += "\n"
        return "\n".join(hdr) + "\n\n" + body


class Multi:
    def __init__(self, subtype, parts, boundary, params=None):
        self.subtype = subtype
        self.parts = parts
        self.boundary = boundary
        self.params = params or []
        self.headers = []

    def render(self):
        ps = "".join("; %s=%s" % kv for kv in self.params)
        out = ['Content-Type: multipart/%s;\n boundary="%s"%s' % (self.subtype, self.boundary, ps)]
        out.extend(self.headers)
        out.append("")
        out.append("This is a multi-part message in MIME format." if self.subtype == "mixed" else "")
        for p in self.parts:
            out.append("--" + self.boundary)
            out.append(p.render().rstrip("\n"))
        out.append("--" + self.boundary + "--")
        out.append("")
        return "\n".join(out)


def render_message(headers, root, eol="\n", mime_version="1.0"):
    """headers: list of (name, value); values already ASCII. Returns bytes."""
    lines = []
    for name, value in headers:
        if value is None:
            continue
        if "\n" in value:
            lines.append("%s: %s" % (name, value))
        elif len(name) + len(value) > 76 and " " in value:
            lines.append(fold(name, value))
        else:
            lines.append("%s: %s" % (name, value))
    if mime_version:
        lines.append("MIME-Version: " + mime_version)
    head = "\n".join(lines)
    body = root.render()
    text = head + "\n" + body
    text = text.replace("\r\n", "\n")
    if eol == "\r\n":
        text = text.replace("\n", "\r\n")
    # 8bit parts may hold non-ASCII text; everything else is ASCII already
    return text.encode("utf-8")


# ---------------------------------------------------------------- calendar
def ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def ics_fold(line):
    out = []
    cur = ""
    cur_len = 0
    limit = 75
    for ch in line:
        n = len(ch.encode("utf-8"))
        if cur_len + n > limit:
            out.append(cur)
            cur = " " + ch
            cur_len = 1 + n
            limit = 75
        else:
            cur += ch
            cur_len += n
    out.append(cur)
    return "\r\n".join(out)


def ics_stamp(d):
    return d.astimezone(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")


def ics_local(d):
    return d.strftime("%Y%m%dT%H%M%S")
