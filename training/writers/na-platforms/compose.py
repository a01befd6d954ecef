"""Message shells: automated platform mail, human mail from several clients, quoting and labels."""
import datetime as dt
import re
import textwrap

import mime
from mime import Leaf, Multi, addr, htext, html_escape as esc
import textfmt as tf
from world import OWNER, OWNER_NAME

PALETTE = ["#1f4e79", "#0b6e4f", "#7a1f5c", "#b5451b", "#274060", "#3d405b", "#006d77", "#5a189a", "#9c2c2c",
           "#14532d", "#1d3557", "#6b4226", "#0f766e", "#7c2d12", "#334155", "#4338ca"]
FONTS = ["Arial, Helvetica, sans-serif", "'Helvetica Neue', Helvetica, Arial, sans-serif",
         "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, sans-serif", "Georgia, 'Times New Roman', serif",
         "Verdana, Geneva, sans-serif", "'Segoe UI', Tahoma, sans-serif"]


# ----------------------------------------------------------------------------- blocks -> text / html

def wrap(text, width):
    if not width:
        return text
    out = []
    for para in text.split("\n"):
        out.append(textwrap.fill(para, width, break_long_words=False, break_on_hyphens=False) if para else "")
    return "\n".join(out)


def blocks_text(blocks, rng, width=None, link_style=None):
    ls = link_style if link_style is not None else rng.randint(0, 4)
    out = []
    for b in blocks:
        t = b[0]
        if t == "p":
            out.append(wrap(b[1], width))
        elif t == "h":
            out.append(b[1].upper() if rng.random() < 0.3 else b[1])
        elif t == "btn":
            label, url = b[1], b[2]
            out.append([f"{label}: {url}", f"{label}\n{url}", f"{label} <{url}>", f"[{label}] {url}",
                        f"{label} ( {url} )"][ls])
        elif t == "kv":
            w = max(len(k) for k, _ in b[1]) + 2
            if rng.random() < 0.5:
                out.append("\n".join(f"{k}: {v}" for k, v in b[1]))
            else:
                out.append("\n".join(f"{(k + ':').ljust(w)}{v}" for k, v in b[1]))
        elif t == "ul":
            mark = rng.choice(["- ", "* ", "\u2022 ", "  - "])
            out.append("\n".join(mark + x for x in b[1]))
        elif t == "ol":
            out.append("\n".join(f"{i}. {x}" for i, x in enumerate(b[1], 1)))
        elif t == "small":
            out.append(wrap(b[1], width))
        elif t == "hr":
            out.append(rng.choice(["-" * 40, "_" * 50, "---", "=" * 30]))
        elif t == "sig":
            out.append("\n".join(b[1]))
        elif t == "jobs":
            lines = []
            for j in b[1]:
                lines.append(" | ".join(x for x in j[:3] if x) + (f"\n  {j[3]}" if len(j) > 3 and j[3] else ""))
            out.append("\n\n".join(lines))
        elif t == "pre":
            out.append(b[1])
        elif t == "raw":
            out.append(b[1])
    return "\n\n".join(out)


def _inline(s):
    return esc(s).replace("\n", "<br>\n")


def blocks_html(blocks, rng, brand="#1f4e79", style="card", title=None, preheader=None, pixel=None, font=None,
                logo=None, lang="en"):
    font = font or rng.choice(FONTS)
    inner = []
    for b in blocks:
        t = b[0]
        if t == "p":
            inner.append(f'<p style="margin:0 0 16px 0;font-size:15px;line-height:22px;color:#222222;">{_inline(b[1])}</p>')
        elif t == "h":
            inner.append(f'<h2 style="margin:0 0 14px 0;font-size:20px;line-height:26px;color:#111111;font-weight:600;">{_inline(b[1])}</h2>')
        elif t == "btn":
            inner.append(
                f'<table role="presentation" border="0" cellpadding="0" cellspacing="0" style="margin:8px 0 22px 0;"><tr>'
                f'<td align="center" bgcolor="{brand}" style="border-radius:4px;">'
                f'<a href="{esc(b[2])}" target="_blank" style="display:inline-block;padding:12px 22px;font-size:15px;'
                f'color:#ffffff;text-decoration:none;font-weight:bold;">{esc(b[1])}</a></td></tr></table>')
        elif t == "kv":
            rows = "".join(f'<tr><td style="padding:4px 12px 4px 0;color:#666666;font-size:14px;vertical-align:top;">{esc(k)}</td>'
                           f'<td style="padding:4px 0;color:#222222;font-size:14px;">{_inline(v)}</td></tr>' for k, v in b[1])
            inner.append(f'<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:0 0 18px 0;">{rows}</table>')
        elif t in ("ul", "ol"):
            tag = t
            items = "".join(f'<li style="margin:0 0 6px 0;">{_inline(x)}</li>' for x in b[1])
            inner.append(f'<{tag} style="margin:0 0 16px 18px;padding:0;font-size:15px;line-height:22px;color:#222222;">{items}</{tag}>')
        elif t == "small":
            inner.append(f'<p style="margin:0 0 10px 0;font-size:12px;line-height:17px;color:#777777;">{_inline(b[1])}</p>')
        elif t == "hr":
            inner.append('<hr style="border:none;border-top:1px solid #e5e5e5;margin:20px 0;">')
        elif t == "sig":
            inner.append(f'<p style="margin:0 0 16px 0;font-size:15px;line-height:22px;color:#222222;">{"<br>".join(esc(x) for x in b[1])}</p>')
        elif t == "jobs":
            cards = []
            for j in b[1]:
                url = j[4] if len(j) > 4 else "#"
                cards.append(f'<tr><td style="padding:12px 0;border-bottom:1px solid #eeeeee;">'
                             f'<a href="{esc(url)}" style="font-size:16px;color:{brand};text-decoration:none;font-weight:600;">{esc(j[0])}</a><br>'
                             f'<span style="font-size:14px;color:#444444;">{esc(j[1])}</span><br>'
                             f'<span style="font-size:13px;color:#777777;">{esc(j[2])}{(" &middot; " + esc(j[3])) if len(j) > 3 and j[3] else ""}</span></td></tr>')
            inner.append(f'<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="margin:0 0 18px 0;">{"".join(cards)}</table>')
        elif t == "pre":
            inner.append(f'<pre style="font-family:Menlo,Consolas,monospace;font-size:13px;background:#f6f8fa;padding:10px;">{esc(b[1])}</pre>')
        elif t == "raw":
            inner.append(f'<p style="margin:0 0 16px 0;font-size:15px;line-height:22px;color:#222222;">{_inline(b[1])}</p>')
    body = "\n".join(inner)
    pre = (f'<div style="display:none;max-height:0;overflow:hidden;mso-hide:all;font-size:1px;color:#ffffff;line-height:1px;">'
           f'{esc(preheader)}&#847; &zwnj; &nbsp; &#847; &zwnj; &nbsp;</div>\n') if preheader else ""
    px = f'<img src="{esc(pixel)}" width="1" height="1" alt="" style="display:block;border:0;" />' if pixel else ""
    head = (f'<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
            f'<html xmlns="http://www.w3.org/1999/xhtml" lang="{lang}"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />'
            f'<meta name="viewport" content="width=device-width, initial-scale=1.0" /><title>{esc(title or "")}</title></head>\n')
    if style == "card":
        lg = (f'<img src="{esc(logo)}" alt="" height="28" style="display:block;border:0;" />' if logo else
              f'<span style="font-size:18px;color:#ffffff;font-weight:bold;">{esc(title or "")}</span>')
        return (head + f'<body style="margin:0;padding:0;background-color:#f3f4f6;">\n{pre}'
                f'<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f3f4f6"><tr><td align="center" style="padding:24px 12px;">\n'
                f'<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="max-width:600px;background:#ffffff;border-radius:6px;font-family:{font};">\n'
                f'<tr><td style="background:{brand};padding:18px 28px;border-radius:6px 6px 0 0;">{lg}</td></tr>\n'
                f'<tr><td style="padding:28px 28px 12px 28px;">\n{body}\n</td></tr>\n</table>\n{px}</td></tr></table>\n</body></html>')
    if style == "minimal":
        return (head + f'<body>\n{pre}<div style="font-family:{font};font-size:14px;color:#222;max-width:640px;">\n{body}\n</div>\n{px}\n</body></html>')
    if style == "legacy":
        paras = []
        for b in blocks:
            if b[0] in ("p", "raw", "small", "h"):
                paras.append(f"<P>{_inline(b[1])}</P>")
            elif b[0] == "btn":
                paras.append(f'<P><A HREF="{esc(b[2])}">{esc(b[1])}</A></P>')
            elif b[0] == "kv":
                paras.append("<P>" + "<BR>".join(f"<B>{esc(k)}:</B> {esc(v)}" for k, v in b[1]) + "</P>")
            elif b[0] == "sig":
                paras.append("<P>" + "<BR>".join(esc(x) for x in b[1]) + "</P>")
            elif b[0] in ("ul", "ol"):
                paras.append("<UL>" + "".join(f"<LI>{esc(x)}</LI>" for x in b[1]) + "</UL>")
        return ('<HTML><HEAD><META http-equiv="Content-Type" content="text/html; charset=windows-1252"></HEAD>\n'
                f'<BODY><FONT face="Arial" size="2">\n' + "\n".join(paras) + "\n</FONT></BODY></HTML>")
    # "banner": full-width header with centred content
    return (head + f'<body style="margin:0;background:#ffffff;">\n{pre}'
            f'<center><table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="font-family:{font};">'
            f'<tr><td style="border-top:4px solid {brand};padding:22px 0 0 0;" align="center">'
            f'<table role="presentation" width="560" cellpadding="0" cellspacing="0"><tr><td style="padding:0 16px;">\n'
            f'<p style="font-size:13px;color:{brand};font-weight:bold;letter-spacing:1px;text-transform:uppercase;margin:0 0 18px 0;">{esc(title or "")}</p>\n'
            f'{body}\n</td></tr></table></td></tr></table></center>\n{px}\n</body></html>')


def fr_elide(s):
    """'poste de Ingénieur' -> 'poste d'Ingénieur' (French elision before a vowel)."""
    return re.sub(r"\b([Dd])e ([AEIOUÉÈaeiouéè])", r"\1'\2", s) if isinstance(s, str) else s


def elide_blocks(blocks):
    out = []
    for b in blocks:
        out.append(tuple(fr_elide(x) if isinstance(x, str) else x for x in b))
    return out


# ----------------------------------------------------------------------------- header helpers

def owner_to(rng, style=None):
    s = rng.randint(0, 3) if style is None else style
    if s == 0:
        return OWNER
    if s == 1:
        return f"{OWNER_NAME} <{OWNER}>"
    if s == 2:
        return f'"{OWNER_NAME}" <{OWNER}>'
    return f"Riley <{OWNER}>"


def bulk_headers(rng, domain, kinds, list_id=None, unsub_mail=True):
    h = []
    if "unsub" in kinds:
        tok = mime.hexs(rng, 24)
        v = f"<https://{domain}/u/{tok}>"
        if unsub_mail:
            v = f"<mailto:unsubscribe+{mime.hexs(rng, 10)}@{domain}>, " + v
        h.append(("List-Unsubscribe", v))
        if rng.random() < 0.7:
            h.append(("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"))
    if "bulk" in kinds:
        h.append(("Precedence", rng.choice(["bulk", "bulk", "list", "junk"]) if "alert" in kinds else "bulk"))
    if "auto" in kinds:
        h.append(("Auto-Submitted", "auto-generated"))
    if "suppress" in kinds:
        h.append(("X-Auto-Response-Suppress", rng.choice(["All", "OOF, AutoReply", "DR, RN, NRN, OOF, AutoReply"])))
    if list_id:
        h.append(("List-Id", list_id))
    return h


def esp_headers(rng, esp, domain):
    if esp == "sendgrid":
        return [("X-SG-EID", mime.b64junk(rng, 60) + "=="), ("X-SG-ID", mime.b64junk(rng, 40)),
                ("X-Entity-ID", mime.b64junk(rng, 22) + "==")]
    if esp == "ses":
        return [("Feedback-ID", f"1.us-east-1.{mime.b64junk(rng, 43)}=:AmazonSES"),
                ("X-SES-Outgoing", f"{rng.randint(2025, 2027)}.{rng.randint(1, 12):02d}.{rng.randint(1, 28):02d}-{mime.ip4(rng)}")]
    if esp == "mailgun":
        return [("X-Mailgun-Sid", mime.b64junk(rng, 40)), ("X-Mailgun-Tag", rng.choice(["candidate", "transactional", "notification"])),
                ("Sender", f"no-reply=mg.{domain}@mg.{domain}")]
    if esp == "postmark":
        return [("X-PM-Message-Id", f"{mime.hexs(rng, 8)}-{mime.hexs(rng, 4)}-{mime.hexs(rng, 4)}-{mime.hexs(rng, 4)}-{mime.hexs(rng, 12)}"),
                ("X-PM-Tag", rng.choice(["candidate-email", "notification"])), ("Feedback-ID", f"s{rng.randint(1000, 9999)}-{mime.hexs(rng, 6)}:s{rng.randint(1000, 9999)}:a{rng.randint(1000, 9999)}:postmark")]
    if esp == "sparkpost":
        return [("X-MSFBL", mime.b64junk(rng, 80))]
    if esp == "mandrill":
        return [("X-Mandrill-User", "md_" + str(rng.randint(10**7, 10**8))), ("X-MC-User", mime.hexs(rng, 24))]
    return []


# ----------------------------------------------------------------------------- automated mail

def auto_mail(rng, *, sent, from_name, from_addr, subject, blocks, esp="sendgrid", reply_to=None, to=None,
              bulk=("auto",), html_style="card", brand=None, title=None, preheader=None, body_mode="alt",
              charset="utf-8", text_cte=None, html_cte=None, crlf=None, extra=None, attachments=None,
              calendar=None, calendar_mode="alt", text_width=None, list_id=None, lang="en", pixel=True,
              date_style="std", mid_style=None, logo=None, auth="pass", cc=None, subject_mode="Q",
              name_mode="Q", text_override=None, html_override=None):
    """A platform's notification mail. body_mode: alt | text | html. Returns bytes."""
    domain = from_addr.split("@", 1)[1]
    if lang == "fr":
        blocks = elide_blocks(blocks)
        subject = fr_elide(subject)
    brand = brand or rng.choice(PALETTE)
    crlf = (rng.random() < 0.5) if crlf is None else crlf
    hs = mime.transport(rng, esp, domain, sent, OWNER, auth=auth, sender=from_addr)
    hs += esp_headers(rng, esp, domain)
    core = [("From", addr(from_name, from_addr, name_mode))]
    if reply_to:
        core.append(("Reply-To", addr(reply_to[0], reply_to[1]) if isinstance(reply_to, tuple) else reply_to))
    core.append(("To", to or owner_to(rng)))
    if cc:
        core.append(("Cc", cc))
    core.append(("Subject", htext(subject, subject_mode)))
    core.append(("Date", mime.date_hdr(sent, date_style)))
    ms = mid_style or {"ses": "ses", "sendgrid": "sendgrid", "mailgun": "mailgun", "postmark": "postmark"}.get(esp, "java")
    core.append(("Message-ID", mime.msgid(rng, ms, domain)))
    if rng.random() < 0.5:
        core = core[:1] + core[2:3] + core[1:2] + core[3:] if reply_to else core
    hs += core
    hs.append(("MIME-Version", "1.0"))
    hs += bulk_headers(rng, domain, bulk, list_id=list_id)
    for x in (extra or []):
        hs.append(x)
    px = f"https://{domain}/o/{mime.hexs(rng, 32)}.gif" if pixel else None
    text = text_override if text_override is not None else blocks_text(blocks, rng, width=text_width)
    html = html_override if html_override is not None else blocks_html(blocks, rng, brand=brand, style=html_style, title=title, preheader=preheader, pixel=px, lang=lang, logo=logo)
    if html_style == "legacy" and charset == "utf-8":
        html = html.replace("charset=windows-1252", "charset=utf-8")
    tcte = text_cte or rng.choice(["quoted-printable", "quoted-printable", "7bit" if mime.is_ascii(text) else "quoted-printable", "base64"])
    hcte = html_cte or rng.choice(["quoted-printable", "quoted-printable", "base64"])
    tp = Leaf("text/plain", text, charset=charset, cte=tcte)
    hp = Leaf("text/html", html, charset=charset, cte=hcte)
    if body_mode == "text":
        body = tp
    elif body_mode == "html":
        body = hp
    else:
        body = Multi("alternative", [tp, hp], mime.boundary(rng, rng.choice(["sendgrid", "java", "other"])))
    if calendar is not None:
        cal = Leaf("text/calendar", calendar, charset="utf-8", cte=rng.choice(["7bit", "base64", "quoted-printable"]),
                   params=["method=" + _method(calendar)])
        if calendar_mode == "alt" and isinstance(body, Multi):
            body.parts.append(cal)
        else:
            att = Leaf("application/ics", calendar, charset="utf-8", cte="base64", disposition="attachment",
                       filename=rng.choice(["invite.ics", "interview.ics", "event.ics"]))
            att.ctype = "text/calendar" if calendar_mode == "attach-cal" else "application/ics"
            if att.ctype == "text/calendar":
                att.params = ["method=" + _method(calendar)]
            body = Multi("mixed", [body, att], mime.boundary(rng, "other"))
    if attachments:
        parts = [body] if not (isinstance(body, Multi) and body.subtype == "mixed") else body.parts
        for fn, ctype, data in attachments:
            parts.append(Leaf(ctype, data, cte="base64", disposition="attachment", filename=fn))
        if not (isinstance(body, Multi) and body.subtype == "mixed"):
            body = Multi("mixed", parts, mime.boundary(rng, "other"))
    return mime.serialize(hs, body, crlf=crlf)


def _method(cal):
    for line in cal.splitlines():
        if line.startswith("METHOD:"):
            return line.split(":", 1)[1].strip()
    return "REQUEST"


# ----------------------------------------------------------------------------- human mail

CLIENTS = ["gmail", "gmail", "outlook", "outlook", "apple", "iphone", "thunderbird", "superhuman", "webmail"]


def quote_block(rng, style, prev):
    """prev: dict(sent, name, mail, text, subject, to_name, to_mail). Returns text to put under a reply."""
    d = prev["sent"]
    body = prev["text"].rstrip("\n")
    if style == "gmail":
        return tf.gmail_attrib(d, prev["name"], prev["mail"]) + "\n\n" + "\n".join(("> " + l) if l else ">" for l in body.split("\n"))
    if style == "gmail_fr":
        return tf.gmail_attrib_fr(d, prev["name"], prev["mail"]) + "\n\n" + "\n".join(("> " + l) if l else ">" for l in body.split("\n"))
    if style == "apple":
        return "> " + tf.apple_attrib(d, prev["name"], prev["mail"]) + "\n> \n" + "\n".join(("> " + l) if l else ">" for l in body.split("\n"))
    if style == "thunderbird":
        return tf.thunderbird_attrib(d, prev["name"]) + "\n" + "\n".join(("> " + l) if l else ">" for l in body.split("\n"))
    if style == "outlook_fr":
        return ("________________________________\n"
                f"De : {prev['name']} <{prev['mail']}>\nEnvoyé : {tf.outlook_envoye(d)}\n"
                f"À : {prev.get('to_name', OWNER_NAME)} <{prev.get('to_mail', OWNER)}>\nObjet : {prev['subject']}\n\n" + body)
    if style == "original":
        return ("-----Original Message-----\n"
                f"From: {prev['name']} <{prev['mail']}>\nSent: {tf.outlook_sent(d)}\n"
                f"To: {prev.get('to_name', OWNER_NAME)} <{prev.get('to_mail', OWNER)}>\nSubject: {prev['subject']}\n\n" + body)
    # outlook
    return ("________________________________\n"
            f"From: {prev['name']} <{prev['mail']}>\nSent: {tf.outlook_sent(d)}\n"
            f"To: {prev.get('to_name', OWNER_NAME)} <{prev.get('to_mail', OWNER)}>\nSubject: {prev['subject']}\n\n" + body)


def _gmail_html(text, quote_html=None):
    paras = text.split("\n\n")
    h = '<div dir="ltr">' + "".join(f"<div>{_inline(p)}</div><div><br></div>" for p in paras) + "</div>"
    if quote_html:
        h += f'<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">{_inline(quote_html[0])}<br></div>' \
             f'<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">{_inline(quote_html[1])}</blockquote></div>'
    return h


def _outlook_html(text, quote_text=None, font="Aptos"):
    paras = text.split("\n")
    h = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
         'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
         'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
         '<meta name="Generator" content="Microsoft Word 15 (filtered medium)"><style><!--\n'
         f'p.MsoNormal, li.MsoNormal, div.MsoNormal {{margin:0in;font-size:11.0pt;font-family:"{font}",sans-serif;}}\n'
         '--></style></head><body lang="EN-US" link="#467886" vlink="#96607D" style="word-wrap:break-word">'
         '<div class="WordSection1">')
    for p in paras:
        h += f'<p class="MsoNormal">{esc(p) if p else "<o:p>&nbsp;</o:p>"}<o:p></o:p></p>\n'
    if quote_text:
        h += ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in"><p class="MsoNormal">'
              + "<br>".join(esc(x) for x in quote_text.split("\n")) + "</p></div>")
    h += "</div></body></html>"
    return h


def human_mail(rng, *, sent, sender, subject, text, to=None, cc=None, client=None, in_reply_to=None,
               references=None, quote=None, quote_style=None, html=None, attachments=None, calendar=None,
               extra=None, inbound=True, esp=None, reply_to=None, crlf=None, charset="utf-8", lang="en",
               subject_mode="Q", name_mode="Q", auth="pass", auto_reply=False, importance=None):
    """sender: (name, address). to: list of (name, address). Returns bytes."""
    client = client or rng.choice(CLIENTS)
    if lang == "fr":
        text, subject = fr_elide(text), fr_elide(subject)
    name, mail = sender
    domain = mail.split("@", 1)[1]
    if crlf is None:
        crlf = client == "outlook" or rng.random() < 0.3
    hs = []
    if inbound:
        e = esp or {"gmail": "google", "outlook": "exchange", "superhuman": "google", "apple": "postfix",
                    "iphone": "postfix", "thunderbird": "postfix", "webmail": "postfix"}[client]
        hs += mime.transport(rng, e, domain, sent, OWNER, auth=auth, sender=mail)
        if e == "google":
            hs.append(("X-Google-DKIM-Signature", mime.dkim(rng, "1e100.example", "20230601")))
            hs.append(("X-Gm-Message-State", mime.b64junk(rng, 56) + "=="))
            hs.append(("X-Google-Smtp-Source", mime.b64junk(rng, 64) + "=="))
    to = to or [(OWNER_NAME, OWNER)]
    qs = quote_style
    if quote is not None and qs is None:
        qs = {"gmail": "gmail", "superhuman": "gmail", "outlook": rng.choice(["outlook", "outlook", "original"]),
              "apple": "apple", "iphone": "apple", "thunderbird": "thunderbird", "webmail": "gmail"}[client]
        if lang == "fr":
            qs = {"gmail": "gmail_fr", "outlook": "outlook_fr", "original": "outlook_fr"}.get(qs, qs)
    full = text.rstrip("\n")
    qtext = quote_block(rng, qs, quote) if quote else None
    if qtext:
        full = full + "\n\n" + qtext
    core = [("From", addr(name, mail, name_mode)), ("To", ", ".join(addr(n, a) if n else a for n, a in to))]
    if cc:
        core.append(("Cc", ", ".join(addr(n, a) if n else a for n, a in cc)))
    if reply_to:
        core.append(("Reply-To", reply_to))
    core.append(("Subject", htext(subject, subject_mode)))
    core.append(("Date", mime.date_hdr(sent, "utc" if (client == "outlook" and rng.random() < 0.4) else "std")))
    mstyle = {"gmail": "gmail", "superhuman": "gmail", "outlook": "outlook", "apple": "apple", "iphone": "apple",
              "thunderbird": "thunderbird", "webmail": "other"}[client]
    mid = mime.msgid(rng, mstyle, domain)
    core.append(("Message-ID", mid))
    if in_reply_to:
        refs = (references or []) + ([in_reply_to] if in_reply_to not in (references or []) else [])
        core.append(("In-Reply-To", in_reply_to))
        core.append(("References", " ".join(refs)))
    if client == "outlook":
        core.append(("Thread-Topic", htext(subject.split(": ", 1)[-1] if subject[:3].upper() in ("RE:", "FW:") else subject)))
        core.append(("Thread-Index", mime.b64junk(rng, 28) + "=="))
        core.append(("Accept-Language", rng.choice(["en-US", "en-CA, en-US", "fr-CA, en-US"]) if lang == "en" else "fr-CA, en-US"))
        core.append(("Content-Language", "en-US" if lang == "en" else "fr-CA"))
        core.append(("X-MS-Has-Attach", "yes" if attachments else ""))
        core.append(("X-MS-TNEF-Correlator", ""))
        if rng.random() < 0.6:
            core.append(("x-ms-publictraffictype", "Email"))
            core.append(("X-MS-Exchange-Organization-SCL", "1"))
    elif client in ("apple", "iphone"):
        core.append(("X-Mailer", "iPhone Mail (22D72)" if client == "iphone" else rng.choice(["Apple Mail (2.3826.400.131.1.6)", "Apple Mail (2.3864.300.41.1.7)"])))
    elif client == "thunderbird":
        core.append(("User-Agent", "Mozilla Thunderbird"))
    elif client == "superhuman":
        core.append(("X-Mailer", "Superhuman Desktop (2025-05-20T00:00:00Z)"))
    elif client == "webmail":
        core.append(("User-Agent", rng.choice(["Roundcube Webmail/1.6.9", "Zoho Mail", "Proton Mail"])))
    if importance:
        core.append(("Importance", importance))
    if auto_reply:
        core.append(("Auto-Submitted", "auto-replied"))
        core.append(("X-Autoreply", "yes"))
    hs += core
    hs.append(("MIME-Version", "1.0 (1.0)" if client == "iphone" else "1.0"))
    for x in (extra or []):
        hs.append(x)
    use_html = html if html is not None else client in ("gmail", "outlook", "superhuman") or (client == "apple" and rng.random() < 0.5)
    cte = "quoted-printable" if (not mime.is_ascii(full) or max(len(l) for l in full.split("\n")) > 76 or rng.random() < 0.6) else "7bit"
    flowed = client == "thunderbird"
    if flowed:
        cte = "8bit" if not mime.is_ascii(full) else "7bit"
        full = "\n".join(_flow(l) for l in full.split("\n"))
        charset = "utf-8"
    tp = Leaf("text/plain", full, charset=charset, cte=cte, flowed=flowed)
    if use_html:
        if client == "outlook":
            hh = _outlook_html(text.rstrip("\n"), qtext)
        else:
            qh = None
            if qtext and qs in ("gmail", "gmail_fr"):
                first, _, rest = qtext.partition("\n\n")
                qh = (first, "\n".join(l[2:] if l.startswith("> ") else l.lstrip(">") for l in rest.split("\n")))
            hh = _gmail_html(text.rstrip("\n"), qh)
        hp = Leaf("text/html", hh, charset=charset, cte="quoted-printable" if rng.random() < 0.8 else "base64")
        body = Multi("alternative", [tp, hp], mime.boundary(rng, {"gmail": "gmail", "superhuman": "gmail", "outlook": "outlook", "apple": "apple"}.get(client, "other")))
    else:
        body = tp
    if calendar is not None:
        cal = Leaf("text/calendar", calendar, charset="utf-8", cte="base64" if client == "outlook" else rng.choice(["7bit", "base64"]),
                   params=["method=" + _method(calendar)])
        if isinstance(body, Multi):
            body.parts.append(cal)
        else:
            body = Multi("alternative", [body, cal], mime.boundary(rng, "other"))
    if attachments:
        parts = [body]
        for fn, ctype, data in attachments:
            parts.append(Leaf(ctype, data, cte="base64", disposition="attachment", filename=fn))
        body = Multi("mixed", parts, mime.boundary(rng, {"gmail": "gmail", "outlook": "outlook", "apple": "apple"}.get(client, "other")))
    return mime.serialize(hs, body, crlf=crlf), mid


def _flow(line):
    if len(line) <= 76 or line.startswith(">"):
        return line
    return textwrap.fill(line, 72, break_long_words=False).replace("\n", " \n")


def pdf_bytes(rng, title):
    body = (f"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
            f"3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >> endobj\n% {title} {mime.hexs(rng, 16)}\ntrailer << /Root 1 0 R >>\n%%EOF\n")
    return body.encode("latin-1", "replace")
