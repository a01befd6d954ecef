"""Owner, platforms and shared helpers for the eu-languages writer."""
import datetime as dt
import re
import unicodedata

OWNER = dict(first="Inês", last="Hofmann", full="Inês Duarte Hofmann", short="Inês Hofmann",
             addr="ines.hofmann@example.net", tz="Europe/Lisbon", phone="+351 912 408 377",
             phone_de="+49 1523 8840219")


def slug(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    s = re.sub(r"[^A-Za-z0-9]+", "-", s).strip("-").lower()
    return s


def mailpart(s):
    return slug(s).replace("-", ".")


# Platforms: kind = ats | board | assess | sched | esign | social
# "from": how the From header is built ({brand}, {slug}).
PLATFORMS = {
    "Personio": dict(kind="ats", domain="jobs.personio.example", color="#111827", esp="ses",
                     from_name="{brand}", from_addr="no-reply+{slug}@jobs.personio.example", skin=0),
    "softgarden": dict(kind="ats", domain="softgarden-mail.example", color="#0a6e8a", esp="postmark",
                       from_name="{brand} | Recruiting", from_addr="{slug}@softgarden-mail.example", skin=1),
    "JOIN": dict(kind="ats", domain="join-mail.example", color="#1b59f8", esp="sendgrid",
                 from_name="{brand} via JOIN", from_addr="no-reply@join-mail.example", skin=4),
    "Teamtailor": dict(kind="ats", domain="teamtailor-mail.example", color="#e5336d", esp="mailgun",
                       from_name="{brand}", from_addr="no-reply@{slug}.teamtailor-mail.example", skin=1),
    "Recruitee": dict(kind="ats", domain="recruitee-mail.example", color="#1999e3", esp="sendgrid",
                      from_name="{brand}", from_addr="{slug}@hire.recruitee-mail.example", skin=4),
    "Welcome to the Jungle": dict(kind="ats", domain="wttj-mail.example", color="#ffcd00", esp="sendgrid",
                                  from_name="{brand} via Welcome to the Jungle", from_addr="no-reply@wttj-mail.example", skin=2),
    "Workday": dict(kind="ats", domain="myworkday-mail.example", color="#005cb9", esp="ses",
                    from_name="{brand} Recruiting", from_addr="{slug}@myworkday-mail.example", skin=3),
    "SuccessFactors": dict(kind="ats", domain="successfactors-mail.example", color="#0070f2", esp=None,
                           from_name="{brand} Careers", from_addr="careers.{slug}@successfactors-mail.example", skin=0),
    "Factorial": dict(kind="ats", domain="factorialhr-mail.example", color="#ff355e", esp="sendgrid",
                      from_name="{brand}", from_addr="notificaciones@factorialhr-mail.example", skin=4),
    "Bizneo": dict(kind="ats", domain="bizneohr-mail.example", color="#2f3b8f", esp="mandrill",
                   from_name="{brand} - Empleo", from_addr="noreply@bizneohr-mail.example", skin=0),
    "InRecruiting": dict(kind="ats", domain="inrecruiting-mail.example", color="#00a19a", esp=None,
                         from_name="{brand} - Lavora con noi", from_addr="noreply@inrecruiting-mail.example", skin=3),
    "Gupy": dict(kind="ats", domain="gupy-mail.example", color="#2563eb", esp="ses",
                 from_name="{brand} | Gupy", from_addr="naoresponda@gupy-mail.example", skin=2),
    "Homerun": dict(kind="ats", domain="homerun-mail.example", color="#222222", esp="postmark",
                    from_name="{brand}", from_addr="{slug}@homerun-mail.example", skin=1),
    "Workable": dict(kind="ats", domain="workablemail.example", color="#00756a", esp="sendgrid",
                     from_name="{brand}", from_addr="noreply@candidates.workablemail.example", skin=0),
    "Greenhouse": dict(kind="ats", domain="greenhouse-mail.example", color="#24a47f", esp="sendgrid",
                       from_name="{brand}", from_addr="no-reply@eu.greenhouse-mail.example", skin=4),
    "Jobylon": dict(kind="ats", domain="jobylon-mail.example", color="#4b2bd1", esp="mailgun",
                    from_name="{brand} Careers", from_addr="no-reply@jobylon-mail.example", skin=2),
    "Solides": dict(kind="ats", domain="solides-mail.example", color="#0b8457", esp="ses",
                    from_name="{brand} - Processo seletivo", from_addr="vagas@solides-mail.example", skin=3),
    # boards
    "StepStone": dict(kind="board", domain="stepstone-mail.example", color="#0c2577", esp="ses",
                      from_name="StepStone", from_addr="noreply@stepstone-mail.example", skin=0),
    "XING": dict(kind="board", domain="xing-mail.example", color="#006567", esp=None,
                 from_name="XING", from_addr="mailrobot@xing-mail.example", skin=1),
    "Indeed": dict(kind="board", domain="indeed-mail.example", color="#2557a7", esp="ses",
                   from_name="Indeed", from_addr="donotreply@match.indeed-mail.example", skin=4),
    "LinkedIn": dict(kind="board", domain="linkedin-mail.example", color="#0a66c2", esp=None,
                     from_name="LinkedIn", from_addr="jobs-noreply@linkedin-mail.example", skin=4),
    "InfoJobs": dict(kind="board", domain="infojobs-mail.example", color="#167db7", esp="mandrill",
                     from_name="InfoJobs", from_addr="noreply@infojobs-mail.example", skin=0),
    "VagaCerta": dict(kind="board", domain="vagacerta.example", color="#e4002b", esp="sendgrid",
                      from_name="VagaCerta", from_addr="avisos@vagacerta.example", skin=2),
    "EmpregoNet": dict(kind="board", domain="empregonet.example", color="#f47b20", esp="mailgun",
                       from_name="EmpregoNet", from_addr="alertas@empregonet.example", skin=3),
    "EmploiDirect": dict(kind="board", domain="emploidirect.example", color="#5a2ca0", esp="sendgrid",
                         from_name="EmploiDirect", from_addr="alertes@emploidirect.example", skin=1),
    "VacatureWijzer": dict(kind="board", domain="vacaturewijzer.example", color="#ff6a00", esp="postmark",
                           from_name="VacatureWijzer", from_addr="noreply@vacaturewijzer.example", skin=0),
    "TrovaLavoro": dict(kind="board", domain="trovalavoro.example", color="#c8102e", esp="mailgun",
                        from_name="TrovaLavoro", from_addr="notifiche@trovalavoro.example", skin=2),
    # assessments
    "TestGorilla": dict(kind="assess", domain="testgorilla-mail.example", color="#1f2a44", esp="sendgrid",
                        from_name="TestGorilla", from_addr="no-reply@testgorilla-mail.example", skin=4),
    "Codility": dict(kind="assess", domain="codility-mail.example", color="#10243e", esp="ses",
                     from_name="Codility", from_addr="support@codility-mail.example", skin=0),
    "AssessFirst": dict(kind="assess", domain="assessfirst-mail.example", color="#ff5a4e", esp="mailgun",
                        from_name="AssessFirst", from_addr="noreply@assessfirst-mail.example", skin=2),
    "SHL": dict(kind="assess", domain="shl-mail.example", color="#003a5d", esp=None,
                from_name="SHL Assessments", from_addr="no-reply@talentcentral.shl-mail.example", skin=3),
    "HireVue": dict(kind="assess", domain="hirevue-mail.example", color="#0052cc", esp="sendgrid",
                    from_name="HireVue", from_addr="noreply@hirevue-mail.example", skin=1),
    "Central Test": dict(kind="assess", domain="centraltest-mail.example", color="#e30613", esp=None,
                         from_name="Central Test", from_addr="noreply@centraltest-mail.example", skin=0),
    # scheduling
    "Calendly": dict(kind="sched", domain="calendly-mail.example", color="#006bff", esp="sendgrid",
                     from_name="Calendly", from_addr="notifications@calendly-mail.example", skin=4),
    "Microsoft Bookings": dict(kind="sched", domain="bookings.outlook.example", color="#0078d4", esp=None,
                               from_name="{brand} Bookings", from_addr="bookings-{slug}@bookings.outlook.example", skin=0),
    "GoodTime": dict(kind="sched", domain="goodtime-mail.example", color="#5b3df5", esp="sendgrid",
                     from_name="{brand} via GoodTime", from_addr="scheduling@goodtime-mail.example", skin=1),
    # e-signature
    "DocuSign": dict(kind="esign", domain="docusign-mail.example", color="#1e1e1e", esp=None,
                     from_name="{sender} via DocuSign", from_addr="dse@eu.docusign-mail.example", skin=0),
    "Yousign": dict(kind="esign", domain="yousign-mail.example", color="#7b61ff", esp="mailgun",
                    from_name="Yousign", from_addr="noreply@yousign-mail.example", skin=4),
    "Skribble": dict(kind="esign", domain="skribble-mail.example", color="#3c3c3b", esp="postmark",
                     from_name="Skribble", from_addr="noreply@skribble-mail.example", skin=1),
    "Clicksign": dict(kind="esign", domain="clicksign-mail.example", color="#1f8cec", esp="ses",
                      from_name="Clicksign", from_addr="naoresponda@clicksign-mail.example", skin=2),
    "Signaturit": dict(kind="esign", domain="signaturit-mail.example", color="#00b3a4", esp="sendgrid",
                       from_name="Signaturit", from_addr="no-reply@signaturit-mail.example", skin=3),
    "Namirial": dict(kind="esign", domain="namirial-mail.example", color="#00529b", esp=None,
                     from_name="Namirial Sign", from_addr="noreply@namirial-mail.example", skin=0),
    "ValidSign": dict(kind="esign", domain="validsign-mail.example", color="#2a9d8f", esp="mailgun",
                      from_name="ValidSign", from_addr="noreply@validsign-mail.example", skin=1),
}


def platform(name, brand="", sender=""):
    p = dict(PLATFORMS[name])
    p["name"] = name
    s = slug(brand) if brand else ""
    p["from_name_v"] = p["from_name"].format(brand=brand, slug=s, sender=sender)
    p["from_addr_v"] = p["from_addr"].format(brand=brand, slug=s.replace("-", ""), sender=sender)
    return p


def add_workdays(d, n):
    while n > 0:
        d += dt.timedelta(days=1)
        if d.weekday() < 5:
            n -= 1
    return d


def coming(d, wd):
    k = (wd - d.weekday()) % 7
    return d + dt.timedelta(days=k or 7)


def resolve_promise(kind, n, d):
    """d: the sender's local date. Returns the promised date."""
    if kind == "fri":
        return coming(d, 4)
    if kind == "mon":
        return coming(d, 0)
    if kind == "wed":
        return coming(d, 2)
    if kind == "end_week":
        return d + dt.timedelta(days=4 - d.weekday())
    if kind == "end_next_week":
        return d - dt.timedelta(days=d.weekday()) + dt.timedelta(days=11)
    if kind == "n_days":
        return d + dt.timedelta(days=n)
    if kind == "n_weeks":
        return d + dt.timedelta(days=7 * n)
    if kind == "n_workdays":
        return add_workdays(d, n)
    if kind == "date":
        return d + dt.timedelta(days=n)
    if kind == "tomorrow":
        return add_workdays(d, 1) if d.weekday() >= 4 else d + dt.timedelta(days=1)
    if kind == "end_month":
        nxt = (d.replace(day=28) + dt.timedelta(days=4))
        return nxt - dt.timedelta(days=nxt.day)
    raise ValueError(kind)
