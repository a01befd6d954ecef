"""Job-mail kit: builds employer-side messages (ATS and human) for an application."""
import datetime as dt

import common as cm
import kit
import mimekit as mk
from world import OWNER, OWNER_NAME, VENDORS

ME = (OWNER_NAME, OWNER)


FR_FOLLOWS = {
    "application_ack": "Bonjour Maya,\n\nNous avons bien reçu votre candidature pour le poste de {role}. Nous communiquerons avec vous si votre candidature est retenue pour la prochaine étape du processus.\n\nCommission de la fonction publique du Dominion",
    "interview_invite": "Bonjour Maya,\n\nVous êtes invitée à une entrevue pour le poste de {role}. Les détails figurent ci-dessus et dans votre compte.\n\nCommission de la fonction publique du Dominion",
    "recruiter_reply": "Bonjour Maya,\n\nLe statut de votre candidature pour le poste de {role} a changé. Veuillez ouvrir une session pour le consulter.",
    "rejection": "Bonjour Maya,\n\nNous vous remercions de l'intérêt que vous portez au poste de {role}. Votre candidature ne sera pas retenue pour la suite du processus.",
    "offer": "Bonjour Maya,\n\nNous avons le plaisir de vous offrir le poste de {role}. Veuillez consulter la lettre d'offre dans votre compte.",
}


def vendor(app):
    return VENDORS.get(app["vendor"]) if app["vendor"] in VENDORS else None


def ats_sender(app, rng, lang="en"):
    """Display name and address for the company's ATS mail."""
    c = app["c"]
    v = vendor(app)
    short = c["short"]
    if v is None:
        local = rng.choice(["careers", "recruitment", "jobs", "hr", "talent", "no-reply"]) if lang != "es" else \
            rng.choice(["reclutamiento", "talento", "rh", "empleos", "no-responder"])
        return (rng.choice([short + " Careers", short + " Recruitment", short, short + " HR"]) if lang != "es" else
                rng.choice([short, "Reclutamiento " + short, "Talento " + short]), "%s@%s" % (local, c["domain"])), None
    brand = v["brand"]
    opts = [short, short + " Recruitment", short + " via " + brand, "%s Careers" % short, short + " Talent Team"]
    if lang == "es":
        opts = [short, "Reclutamiento %s" % short, short + " vía " + brand]
    name = rng.choice(opts)
    # some vendors send from a company-specific alias on their own host
    if rng.random() < 0.45:
        alias = cm.ascii_fold(short).lower()
        alias = "".join(ch for ch in alias if ch.isalnum())[:18]
        address = "%s@%s" % (alias, v["host"])
    else:
        address = v["noreply"]
    return (name, address), v["host"]


def person(app, idx=0):
    c = app["c"]
    return c["people"][idx % len(c["people"])]


def person_addr(app, p, style=None):
    c = app["c"]
    st = style if style is not None else (sum(map(ord, p[0])) % 3 if c["region"] != "IN" else 0)
    return cm.paddr(p, c["domain"], st)


def build(app, ev, rng, kind, subject, root, frm, lab, note, headers=None, reply_to=None, cc=None, msgid=None,
          in_reply_to=None, references=None, crlf=None, vendor_host=None, lang=None, to=None, transport=True):
    key = ev["key"]
    if msgid is None:
        msgid = kit.mid(key, frm[1].split("@")[1])
    m = kit.Msg(key, kind, lang or app["lang"], frm, to or [kit.ME if hasattr(kit, "ME") else ME], ev["date"],
                subject, root, label=lab, headers=headers, transport=transport, cc=cc, reply_to=reply_to, msgid=msgid,
                in_reply_to=in_reply_to, references=references, crlf=bool(crlf), vendor_host=vendor_host, note=note)
    return m


def ats_msg(app, ev, rng, kind, subject, blocks, footer, lab, note, bulk=True, esp=None, html_only=False,
            text_only=False, attachments=None, reply_to=None, lang=None, preheader=None, frm=None, charset="utf-8",
            unsub=None, crlf=None):
    lang = lang or app["lang"]
    if app["vendor"] == "gcjobs" and lang == "en" and kind in FR_FOLLOWS:
        blocks = [("small", "(Le français suit l'anglais / French follows English)")] + list(blocks) + \
                 [("hr",), ("p", FR_FOLLOWS[kind].format(role=app["role"]))]
        lang = "en-fr"
    if frm is None:
        frm, host = ats_sender(app, rng, lang)
    else:
        host = None
    v = vendor(app)
    brand = v["brand"] if v else app["c"]["short"]
    color = v["color"] if v else rng.choice(["#1f4e79", "#5b2c6f", "#0b6e4f", "#8a1538", "#333f48"])
    key = ev["key"]
    root = kit.ats_shape(key, rng, app["c"]["short"] if rng.random() < 0.6 else brand, color, blocks, footer,
                         html_only=html_only, text_only=text_only, preheader=preheader, attachments=attachments,
                         charset=charset)
    hs = []
    if bulk:
        hs += kit.bulk_headers(rng, frm[1].split("@")[1], key,
                               unsub=unsub if unsub is not None else rng.random() < 0.55,
                               precedence=rng.random() < 0.75, auto=rng.random() < 0.8)
    esp = esp or rng.choice(["sendgrid", "ses", "mailgun", "postmark", "sparkpost", None])
    hs += kit.esp_headers(rng, key, esp)
    if rng.random() < 0.3:
        hs.append(("X-Mailer", rng.choice(["%s Notification Service" % brand, "PHPMailer 6.9.1", "JavaMail.root"])))
    style = {"ses": "ses", "sendgrid": "sendgrid"}.get(esp, "plain")
    msgid = kit.mid(key, frm[1].split("@")[1], style)
    return build(app, ev, rng, kind, subject, root, frm, lab, note, headers=hs, reply_to=reply_to, msgid=msgid,
                 vendor_host=host, lang=lang, crlf=crlf if crlf is not None else rng.random() < 0.35)


def human_msg(app, ev, rng, kind, subject, body, sender, lab, note, client=None, quote=None, attachments=None,
              cc=None, lang=None, reply=False, extra_headers=None, to=None, in_reply_to=None, references=None,
              charset="utf-8"):
    """A person at the employer writes. sender: (display, address)."""
    lang = lang or app["lang"]
    loc = ev["date"]
    if loc.hour < 7 or loc.hour > 19:
        ev["date"] = loc.replace(hour=rng.randint(8, 17))
    body = cm.time_greeting(rng, body, ev["date"].hour, lang)
    client = client or rng.choice(["outlook", "outlook", "gmail", "gmail", "iphone", "webmail", "plain"])
    key = ev["key"]
    root, hs, crlf = kit.human_shape(key, rng, client, body, quote=quote, attachments=attachments, lang=lang,
                                     charset=charset)
    if extra_headers:
        hs = hs + extra_headers
    msgid = kit.msgid_for(client, key, sender[1].split("@")[1])
    if quote and in_reply_to is None:
        in_reply_to = quote.get("msgid")
    if in_reply_to and references is None:
        references = in_reply_to
    d = ev["date"]
    if client == "outlook" and rng.random() < 0.5:
        ev["date"] = d.astimezone(dt.timezone.utc)
    m = build(app, ev, rng, kind, subject, root, sender, lab, note, headers=hs, cc=cc, msgid=msgid,
              in_reply_to=in_reply_to, references=references, crlf=crlf, lang=lang, to=to)
    ev["date"] = d
    m.date = ev["date"] if client != "outlook" else m.date
    return m


def remember(app, m, text, human=True):
    """Store a message in the application's thread memory for later quoting."""
    app["thread"].append(dict(key=m.key, name=m.frm[0], addr=m.frm[1], date=m.date, subject=m.subject, text=text,
                              msgid=m.msgid, human=human, kind=m.kind, to=[a[1] for a in m.to]))


def last_thread(app, addr):
    """The latest message of the conversation with this person: theirs, or Maya's to them."""
    for t in reversed(app["thread"]):
        if t["addr"] == addr or (t["addr"].lower() == OWNER and addr in t.get("to", [])):
            return t if t["human"] or t["addr"] == addr else None
    return None


def last_human(app):
    for t in reversed(app["thread"]):
        if t["human"] and t["addr"].lower() != OWNER:
            return t
    return None


def last_any(app):
    for t in reversed(app["thread"]):
        if t["addr"].lower() != OWNER:
            return t
    return None


def join(*parts):
    return "\n\n".join(p.strip("\n") for p in parts if p and p.strip()) + "\n"


def ref_no(app):
    return app["ref"]


def portal_url(app, path="candidate"):
    v = vendor(app)
    host = v["host"] if v else "careers." + app["c"]["domain"]
    return "https://%s/%s/%s" % (host, path, mk.h(app["id"] + path, 10))
