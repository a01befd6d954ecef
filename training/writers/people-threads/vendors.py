"""Automated mail: ATS, job boards, scheduling, assessment and e-signature vendors (all on .example hosts)."""
import html as H

import mime
from mail import Msg, Person, OWNER

V = {
    # key: display (with {company}), from address, platform, powered-by line, brand colour, portal host
    "greenhouse": ("{company}", "no-reply@us.greenhouse-mail.example", "sendgrid", "Powered by Greenhouse", "#24a47f", "job-boards.greenhouse.example"),
    "lever": ("{company}", "no-reply@hire.lever.example", "mailgun", "Sent by {company} via Lever", "#515a6c", "jobs.lever.example"),
    "workday": ("{company} Careers", "{slug}@myworkday.example", "ses", "This email was sent from an unmonitored mailbox.", "#0b5ed7", "{slug}.wd3.myworkdayjobs.example"),
    "ashby": ("{company} Hiring Team", "no-reply@ashbyhq.example", "ses", "Sent with Ashby", "#4c3bcf", "jobs.ashbyhq.example"),
    "smartrecruiters": ("{company}", "noreply@smartrecruiters.example", "sendgrid", "Powered by SmartRecruiters", "#f56a00", "jobs.smartrecruiters.example"),
    "icims": ("{company} Talent Acquisition", "{slug}-talent@icims.example", "own", "Please do not reply to this automated message.", "#00558c", "careers-{slug}.icims.example"),
    "teamtailor": ("{company}", "no-reply@teamtailor-mail.example", "postmark", "Powered by Teamtailor", "#f8345b", "{slug}.teamtailor.example"),
    "workable": ("{company}", "noreply@candidates.workablemail.example", "sendgrid", "Powered by Workable", "#00756a", "apply.workable.example"),
    "pageup": ("{company} Recruitment", "noreply@pageuppeople.example", "own", "This is an automatically generated email.", "#003a70", "careers.pageuppeople.example"),
    "trac": ("{company} Recruitment", "noreply@trac-jobs.example", "own", "Please do not reply to this email. This mailbox is not monitored.", "#005eb8", "apps.trac-jobs.example"),
    "jobvite": ("{company} Recruiting", "notification@jobvite-mail.example", "sendgrid", "Powered by Jobvite", "#2c7be5", "jobs.jobvite.example"),
    "gupy": ("{company}", "naoresponda@gupy-mail.example", "ses", "Enviado por Gupy", "#2f3fe0", "{slug}.gupy.example"),
    "factorial": ("{company}", "no-reply@factorialhr-mail.example", "ses", "Enviado con Factorial", "#e51943", "{slug}.factorial.example"),
    "careers": ("{company} Careers", "careers@{domain}", "own", "", "#333333", "careers.{domain}"),
    # job boards
    "linkedin": ("LinkedIn", "jobs-noreply@linkedin.example", "own", "This email was intended for Casey Marlowe. Learn why we included this.", "#0a66c2", "www.linkedin.example"),
    "seek": ("SEEK", "noreply@s.seek.example", "ses", "SEEK Limited, 60 Cremorne Street, Cremorne VIC 3121", "#0d3880", "www.seek.example"),
    "indeed": ("Indeed Apply", "indeedapply@indeed.example", "own", "Indeed, 6433 Champion Grandview Way, Austin, TX 78750", "#2557a7", "www.indeed.example"),
    "reed": ("reed.co.uk", "noreply@reed.example", "sendgrid", "Reed Online Ltd, Academy Court, London", "#cc0066", "www.reed.example"),
    "nhsjobs": ("NHS Jobs", "donotreply@jobs.nhs.example", "own", "Do not reply to this email.", "#005eb8", "www.jobs.nhs.example"),
    # scheduling / assessment / signing
    "calendly": ("Calendly", "notifications@calendly.example", "sendgrid", "Sent from Calendly", "#006bff", "calendly.example"),
    "goodtime": ("{company} Recruiting", "scheduling@goodtime-mail.example", "sendgrid", "Scheduled with GoodTime", "#3f51b5", "app.goodtime.example"),
    "hackerrank": ("HackerRank", "support@hackerrankforwork.example", "sendgrid", "HackerRank, 2055 Gateway Place, San Jose", "#1ba94c", "www.hackerrank.example"),
    "testgorilla": ("TestGorilla", "no-reply@testgorilla.example", "ses", "TestGorilla B.V., Amsterdam", "#46a997", "app.testgorilla.example"),
    "shl": ("SHL Assessments", "noreply@shl-online.example", "own", "SHL Group Ltd, The Pavilion, Thames Ditton", "#00a19a", "assessments.shl-online.example"),
    "codility": ("Codility", "no-reply@codility-mail.example", "mailgun", "Codility Ltd, London", "#1b2b4b", "app.codility.example"),
    "docusign": ("{sender} via DocuSign", "dse@eumail.docusign.example", "own", "Do Not Share This Email", "#1e4ca1", "eu.docusign.example"),
}


def slug(company):
    import unicodedata
    a = unicodedata.normalize("NFKD", company).encode("ascii", "ignore").decode()
    return "".join(ch for ch in a.lower() if ch.isalnum())[:14]


def platform_headers(rng, platform, domain, date, bulk=True, unsub=None, auto=True):
    h = []
    if platform == "sendgrid":
        h += [("X-SG-EID", mime.b64blob(rng, 45)), ("X-SG-ID", mime.b64blob(rng, 30)), ("X-Entity-ID", mime.b64blob(rng, 16))]
    elif platform == "ses":
        h += [("Feedback-ID", f"1.{rng.choice(['us-east-1', 'eu-west-1', 'ap-southeast-2'])}.{mime.b64blob(rng, 33)}=:AmazonSES"),
              ("X-SES-Outgoing", f"{date.year}.{date.month:02d}.{date.day:02d}-54.240.{rng.randrange(1, 60)}.{rng.randrange(1, 250)}")]
    elif platform == "mailgun":
        h += [("X-Mailgun-Sid", mime.b64blob(rng, 30)), ("X-Mailgun-Tag", rng.choice(["candidate-email", "stage-change", "application"]))]
    elif platform == "postmark":
        h += [("X-PM-Message-Id", mime.uuid(rng)), ("X-PM-Tag", "candidate"), ("Feedback-ID", f"s{rng.randrange(1000, 9999)}-{mime.hexid(rng, 6)}:pm")]
    if bulk:
        h.append(("Precedence", "bulk"))
    if auto:
        h.append(("Auto-Submitted", "auto-generated"))
        if rng.random() < 0.6:
            h.append(("X-Auto-Response-Suppress", "All"))
    if unsub:
        h.append(("List-Unsubscribe", f"<https://{unsub}/unsubscribe?u={mime.alnum(rng, 20)}>, <mailto:unsubscribe@{domain}?subject=unsubscribe>"))
        if rng.random() < 0.7:
            h.append(("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"))
    return h


def vendor(rng, key, *, company, domain, date, subject, paras, button=None, lang="en", reply_to="", to=None,
           bulk=True, unsub=False, auto=True, sender_name="", extra_footer="", cal=None, attachments=None,
           html_only=False, plain_only=False, heading=None, table=None):
    disp, faddr, platform, powered, colour, portal = V[key]
    s = slug(company) if company else "careers"
    disp = disp.format(company=company or "", sender=sender_name)
    faddr = faddr.format(slug=s, domain=domain or "example.example")
    portal = portal.format(slug=s, domain=domain or "example.example")
    powered = powered.format(company=company or "")
    fdom = faddr.split("@")[1]
    hdrs = platform_headers(rng, platform, fdom, date, bulk=bulk, unsub=(portal if unsub else None), auto=auto)
    link = f"https://{portal}/{mime.alnum(rng, 10).lower()}"
    # text
    t = list(paras)
    if button:
        t.append(f"{button}: {link}")
    if table:
        t.append("\n".join(f"{k}: {v}" for k, v in table))
    foot = [x for x in (powered, extra_footer) if x]
    if unsub:
        foot.append({"es": "Darse de baja", "pt": "Cancelar inscrição"}.get(lang, "Unsubscribe") + f": https://{portal}/unsubscribe")
    text = "\n\n".join(t) + ("\n\n--\n" + "\n".join(foot) if foot else "") + "\n"
    # html
    ph = H.escape(paras[0][:90]) if paras else ""
    rows = "".join(f'<tr><td style="padding:0 32px 16px 32px;font-family:Helvetica,Arial,sans-serif;font-size:15px;line-height:22px;color:#333333">'
                   f'{"<br>".join(H.escape(x) for x in p.split(chr(10)))}</td></tr>\n' for p in paras)
    if table:
        cells = "".join(f'<tr><td style="padding:4px 12px;color:#666;font-size:13px">{H.escape(k)}</td>'
                        f'<td style="padding:4px 12px;font-size:14px;color:#222"><strong>{H.escape(v)}</strong></td></tr>' for k, v in table)
        rows += (f'<tr><td style="padding:0 32px 16px 32px"><table role="presentation" cellpadding="0" cellspacing="0" '
                 f'style="border:1px solid #e5e5e5;border-radius:4px;width:100%">{cells}</table></td></tr>\n')
    if button:
        rows += (f'<tr><td align="center" style="padding:8px 32px 24px 32px"><a href="{link}" style="background:{colour};color:#ffffff;'
                 f'text-decoration:none;padding:12px 24px;border-radius:4px;font-family:Helvetica,Arial,sans-serif;font-size:15px;'
                 f'display:inline-block">{H.escape(button)}</a></td></tr>\n')
    head = H.escape(heading or company or disp)
    fh = "<br>".join(H.escape(x) for x in foot)
    pixel = f'<img src="https://{fdom}/o/{mime.alnum(rng, 24)}" width="1" height="1" alt="" style="display:none">'
    html = (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">'
            f'<title>{H.escape(subject)}</title></head>\n<body style="margin:0;padding:0;background:#f4f5f7">\n'
            f'<div style="display:none;max-height:0;overflow:hidden">{ph}</div>\n'
            f'<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f4f5f7"><tr><td align="center" style="padding:24px 8px">\n'
            f'<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:6px;max-width:600px">\n'
            f'<tr><td style="padding:24px 32px;border-bottom:3px solid {colour};font-family:Helvetica,Arial,sans-serif;font-size:20px;'
            f'font-weight:bold;color:#111">{head}</td></tr>\n<tr><td style="height:16px"></td></tr>\n{rows}'
            f'</table>\n<p style="font-family:Helvetica,Arial,sans-serif;font-size:11px;color:#8a8f98;padding:12px">{fh}</p>\n'
            f'</td></tr></table>{pixel}\n</body></html>\n')
    if not html_only and not plain_only and rng.random() < 0.12:
        html_only = True
    m = Msg(frm=Person(disp, faddr, org=company or ""), to=to or [OWNER], date=date, subject=subject, client="vendor",
            lang=lang, html=None if plain_only else html, text=text, html_only=html_only, plain_only=plain_only,
            headers=hdrs, reply_to=reply_to, vendor_from=mime.addr(disp, faddr), sender_domain=fdom,
            attachments=attachments or [])
    if lang in ("es", "pt") and rng.random() < 0.3:
        m.charset = "iso-8859-1"
    m.return_path = f"bounces+{rng.randrange(10**6, 10**7)}-{mime.hexid(rng, 4)}@{('em.' + fdom) if platform != 'own' else fdom}"
    m.mid = f"<{mime.alnum(rng, 22)}{'.' + mime.hexid(rng, 8) if platform == 'ses' else ''}@{fdom}>"
    if cal:
        m.cal = cal
        m.cal_style = "google"
    return m
