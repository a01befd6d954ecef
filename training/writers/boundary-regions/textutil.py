"""Helpers to read back what a rendered message says: its new text (quoted history removed) and names in it."""
import email
import email.policy
import email.utils
import html as htmlmod
import re

QUOTE_MARKERS = [re.compile(r"^On .{6,120}wrote:\s*$"), re.compile(r"^On .{6,120}$"), re.compile(r"^El .{6,120}escribió:\s*$"),
                 re.compile(r"^-----Original Message-----"), re.compile(r"^_{20,}\s*$"), re.compile(r"^From: .+<.+@.+>\s*$"),
                 re.compile(r"^De: .+<.+@.+>\s*$"), re.compile(r"^---------- Forwarded message")]


def _plain(msg):
    for part in msg.walk():
        if part.get_content_type() == "text/plain":
            return part.get_content()
    for part in msg.walk():
        if part.get_content_type() == "text/html":
            t = re.sub(r"<(br|/p|/div|/tr|/li)[^>]*>", "\n", part.get_content(), flags=re.I)
            t = re.sub(r"<[^>]+>", " ", t)
            return htmlmod.unescape(t)
    return ""


def new_text(raw):
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    text = _plain(msg)
    out = []
    lines = text.split("\n")
    for i, line in enumerate(lines):
        s = line.rstrip("\r")
        if s.startswith(">"):
            break
        if any(p.match(s) for p in QUOTE_MARKERS[:2]) and i + 1 < len(lines) and (lines[i + 1].startswith(">") or s.rstrip().endswith("wrote:") or lines[i + 1].strip().startswith("wrote:")):
            break
        if any(p.match(s) for p in QUOTE_MARKERS[2:5]):
            break
        if any(p.match(s) for p in QUOTE_MARKERS[5:7]) and i + 1 < len(lines) and re.match(r"^(Sent|Enviado)", lines[i + 1]):
            break
        if QUOTE_MARKERS[7].match(s):
            break
        out.append(s)
    return msg, "\n".join(out)


def names_company(msg, newtext, company, comp):
    """Does the message name the hiring company (text, subject, display names) or come from/go to its domain?"""
    hay = newtext + "\n" + str(msg["Subject"]) + "\n" + str(msg["From"]) + "\n" + str(msg["To"]) + "\n" + str(msg.get("Cc", ""))
    for n in {company, comp["name"], comp["short"]}:
        if n and n in hay:
            return True
    dom = comp["domain"]
    for h in ("From", "To", "Cc", "Reply-To"):
        for _, a in email.utils.getaddresses([str(x) for x in msg.get_all(h, [])]):
            d = a.split("@")[-1].lower()
            if d == dom or d.endswith("." + dom):
                return True
    return False
