"""Application threads written by people: recruiters, agencies, hiring managers, founders, EAs, friends.

Every message is composed from pools (phr_*.py) and labelled as it is written, so the label follows
from what the text actually says (role only if the new text or subject names it, etc.).
"""
import datetime as dt
import string
from zoneinfo import ZoneInfo

import kit
import mime
import phr_en as EN
import phr_es as ES
import phr_pt as PT
import people as PP
import vendors
from kit import fill
from mail import Msg, Person, OWNER

UTC = dt.timezone.utc
LONDON = ZoneInfo("Europe/London")


# ============================================================================ people & signatures

DISCLAIMERS = {
    "UK": ["This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, "
           "please notify the sender and delete it. {org} is registered in England and Wales.",
           "CAUTION: This email is from {org}. It may contain confidential information. Think before you print."],
    "US": ["CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of the intended recipient(s) and may "
           "contain confidential and privileged information. Any unauthorized review, use, disclosure or distribution is prohibited.",
           "{org} is an equal opportunity employer. All qualified applicants will receive consideration for employment without regard to "
           "race, color, religion, sex, sexual orientation, gender identity, national origin, disability or veteran status."],
    "AU": ["{org} acknowledges the Traditional Custodians of the lands on which we work and pay our respects to Elders past and present.",
           "This email is confidential. If you are not the intended recipient, please notify us immediately and delete it. "
           "{org} does not accept liability for any viruses transmitted."],
    "ES": ["Este mensaje y sus adjuntos son confidenciales. Si lo ha recibido por error, notifíquelo al remitente y elimínelo. "
           "Información sobre protección de datos: {org} tratará sus datos con la finalidad de gestionar el proceso de selección."],
    "BR": ["Esta mensagem pode conter informações confidenciais. Caso a tenha recebido por engano, por favor avise o remetente e apague-a. "
           "Tratamos seus dados conforme a LGPD."],
    "PT": ["Esta mensagem e os seus anexos são confidenciais. Se a recebeu por engano, informe o remetente e elimine-a. "
           "Os seus dados são tratados nos termos do RGPD."],
}


class World:
    def __init__(self, rng):
        self.rng = rng
        self.msgs = []
        self.used = set()
        self.mids = set()

    def name(self, region):
        r = self.rng
        for _ in range(200):
            n = f"{r.choice(PP.FIRST[region])} {r.choice(PP.LAST[region])}"
            if n not in self.used:
                self.used.add(n)
                return n
        raise RuntimeError("names")

    def person(self, region, domain, title, org, lang="en", client=None, tz="Europe/London", fmt=None):
        r = self.rng
        n = self.name(region)
        f, l = n.split(" ", 1)
        norm = lambda s: "".join(ch for ch in _ascii(s).lower() if ch in string.ascii_lowercase)
        fmt = fmt or r.choice(["first.last", "first.last", "flast", "first", "firstl"])
        local = {"first.last": f"{norm(f)}.{norm(l)}", "flast": f"{norm(f)[0]}{norm(l)}", "first": norm(f),
                 "firstl": f"{norm(f)}{norm(l)[0]}"}[fmt]
        client = client or r.choice(["gmail", "outlook", "outlook", "gmail", "apple"])
        p = Person(n, f"{local}@{domain}", title=title, org=org, phone=PP.PHONE[region](r), region=region,
                   client=client, tz=tz, lang=lang)
        if client == "outlook" and region in ("US", "UK", "AU") and r.random() < 0.25:
            p.display = f"{l}, {f}"
        if region in ("US", "UK", "AU") and r.random() < 0.2:
            fem = f in PP.FEMALE
            p.pronouns = r.choice(["(she/her)", "she/her", "(she/they)"] if fem else ["(he/him)", "he/him", "(he/they)"])
        return p

    def mid(self, client, domain):
        r = self.rng
        while True:
            if client == "gmail":
                v = f"<CA{mime.alnum(r, 2)}{r.choice(['+', '_', '-', '='])}{mime.alnum(r, 40, string.ascii_letters + string.digits + '_-=+')}@mail.gmail.example>"
            elif client == "outlook":
                pod = r.choice(["LO2P265MB", "SY4P282MB", "BN0PR04MB", "CWLP123MB", "MEYPR01MB", "PH0PR11MB"])
                n = r.randrange(1000, 9999)
                v = f"<{pod}{n}{mime.hexid(r, 32).upper()}@{pod}{n}.{pod[:4]}P{r.randrange(100, 999)}.PROD.OUTLOOK.example>"
            elif client in ("apple", "iphone"):
                v = f"<{mime.uuid(r, True)}@{domain}>"
            else:
                v = f"<{mime.alnum(r, 24)}@{domain}>"
            if v not in self.mids:
                self.mids.add(v)
                return v


def _ascii(s):
    import unicodedata
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def signature(p, rng, style=None, lang="en"):
    style = style or rng.choice(["full", "full", "compact", "name", "phone", "full_disc"])
    org = p.org
    web = p.email.split("@")[1]
    pr = f" {p.pronouns}" if p.pronouns else ""
    if style == "name":
        return ""
    if style == "compact":
        return f"{p.name}{pr}\n{p.title}, {org}"
    if style == "phone":
        return f"{p.name} | {p.title} | {org}\n{rng.choice(['M', 'Mob', 'T', 'Direct', 'Cell'])}: {p.phone}"
    lines = [f"{p.name}{pr}", p.title, org, f"{rng.choice(['M: ', 'Mobile: ', 'T: ', 'Tel. ', ''])}{p.phone}", f"www.{web}"]
    if rng.random() < 0.3 and p.region in ("UK", "AU", "US"):
        lines.append(rng.choice(["I work flexibly - please don't feel obliged to reply outside your own hours.",
                                 "My working days are Monday to Thursday.", "Book time with me: https://calendar." + web + "/" + p.first.lower()]))
    s = "\n".join(lines)
    if style == "full_disc":
        reg = p.region if p.region in DISCLAIMERS else ("ES" if lang == "es" else "UK")
        s += "\n\n" + rng.choice(DISCLAIMERS[reg]).format(org=org)
    return s


def mobile_sig(rng, lang, client):
    if lang == "es":
        return rng.choice(["Enviado desde mi iPhone", "Enviado desde mi móvil", "Enviado desde Outlook para Android"])
    if lang == "pt":
        return rng.choice(["Enviado do meu iPhone", "Enviado do meu celular", "Obter o Outlook para iOS"])
    if client == "outlook":
        return rng.choice(["Get Outlook for iOS", "Get Outlook for Android"])
    return rng.choice(["Sent from my iPhone", "Sent from my iPhone", "Sent from my Galaxy", "Sent from my phone, excuse typos",
                       "Sent from Gmail Mobile"])


def owner_sig(rng, lang="en"):
    return rng.choice(["", "", "Casey Marlowe\n+44 7700 900412", "Casey Marlowe\nlinkedin.com/in/casey-marlowe-example",
                       "Casey Marlowe | +44 7700 900412", "--\nCasey Marlowe"])


# ============================================================================ threads

class Thread:
    def __init__(self, w, spec, story, start, channel, role=None, key=""):
        r = self.rng = w.rng
        self.w = w
        (self.company, self.domain, self.region, self.city, self.tz, self.field, self.lang, self.ats) = spec
        self.story = story
        self.channel = channel
        self.key = key
        self.role = role or r.choice(PP.ROLES[(self.field, self.lang)])
        self.now = start
        self.convs = {}
        self.last_iv = None
        self.iv_count = 0
        self.revealed = channel != "agency_unnamed"
        self.subj_main = None
        reg = self.region
        lang = self.lang
        ttl = {"en": ("Talent Partner", "Senior Recruiter", "Recruitment Lead", "Talent Acquisition Manager", "People & Talent Partner",
                      "Recruitment Advisor", "Talent Acquisition Partner"),
               "es": ("Talent Acquisition", "Técnica de Selección", "Recruiter", "HR Business Partner"),
               "pt": ("Tech Recruiter", "Talent Acquisition", "Analista de Recrutamento", "Recrutadora")}[lang]
        self.rec = w.person(reg, self.domain, r.choice(ttl), self.company, lang, tz=self.tz)
        self.hm = w.person(reg, self.domain, r.choice(PP.HM_TITLES[self.field]), self.company, lang, tz=self.tz)
        if self.field == "nursing" and lang == "en" and r.random() < 0.5:
            self.hm.client = "outlook"
        self.panel = [w.person(reg, self.domain, t, self.company, lang, tz=self.tz)
                      for t in r.sample(PP.PANEL_TITLES[self.field], r.choice([2, 2, 3, 3]))]
        self.coord = w.person(reg, self.domain, r.choice(["Recruiting Coordinator", "Interview Coordinator", "Executive Assistant to the CEO",
                                                          "Talent Coordinator", "Medical Workforce Coordinator" if self.field == "nursing" else "People Coordinator"]),
                              self.company, lang, tz=self.tz)
        agk = {"UK": "UK-nurse" if self.field == "nursing" else "UK", "AU": "AU-fin" if self.field == "accounting" else "AU",
               "US": "US", "ES": "ES", "MX": "ES", "AR": "ES", "CO": "ES", "BR": "BR", "PT": "BR"}[reg]
        self.agency, adom = PP.AGENCIES[agk]
        areg = {"MX": "ES", "AR": "ES", "CO": "ES", "PT": "BR"}.get(reg, reg)
        atz = {"UK": "Europe/London", "AU": "Australia/Sydney", "US": "America/New_York", "ES": "Europe/Madrid", "BR": "America/Sao_Paulo"}[areg]
        self.agent = w.person(areg, adom, r.choice(["Senior Consultant", "Principal Consultant", "Associate Director", "Recruitment Consultant",
                                                    "Director"] if lang == "en" else ["Consultora Senior", "Headhunter", "Consultor"]),
                              self.agency, lang, client=r.choice(["outlook", "gmail"]), tz=atz)
        fr = r.choice(PP.FRIENDS)
        self.friend = Person(fr[0], fr[1], region=fr[2], client="gmail", tz=atz if fr[2] != "UK" else "Europe/London")
        self.friend_work = Person(fr[0], f"{_ascii(fr[0].split()[0]).lower()}.{_ascii(fr[0].split()[1]).lower()}@{self.domain}",
                                  title=r.choice(PP.PANEL_TITLES[self.field]), org=self.company, region=reg, tz=self.tz, client="gmail")
        self.client_desc = r.choice(PP.CLIENT_DESC[self.field] if lang == "en" else (PP.CLIENT_DESC_ES if lang == "es" else PP.CLIENT_DESC_PT))
        self.topics = PP.TOPICS[self.field] if lang == "en" else (PP.TOPICS_ES if lang == "es" else PP.TOPICS_PT)[self.field]
        self.main = {"agency": self.agent, "agency_unnamed": self.agent, "hm": self.hm, "founder": self.hm}.get(channel, self.rec)
        if channel == "founder":
            self.hm.title = r.choice(["Co-founder & CEO", "Founder", "Co-founder & CTO"])
            self.hm.client = r.choice(["gmail", "iphone"])
        if channel == "ea":
            self.hm.title = r.choice(["Chief Executive Officer", "Chief Operating Officer", "Chief Technology Officer", "Chief Financial Officer"]
                                     if self.field != "nursing" else ["Chief Nursing Officer", "Executive Director of Nursing"])
            self.coord.title = r.choice(["Executive Assistant to the CEO", "Executive Assistant", "PA to the Executive Team"])
            self.main = self.hm

    # ------------------------------------------------------------------ slots, clocks
    def slots(self, **extra):
        r = self.rng
        region = {"MX": "ES", "AR": "ES", "CO": "ES", "BR": "BR", "PT": "PT"}.get(self.region, self.region)
        sal = PP.SALARY.get(self.region, PP.SALARY["UK"])
        tp = r.sample(self.topics, 2)
        d = dict(me="Casey", company=self.company if self.revealed else "our client", role=self.role, city=self.city,
                 hm=self.hm.name, hm_first=self.hm.first, hm_title=self.hm.title, rec_first=self.rec.first,
                 sender_first=self.main.first, team=r.choice(PP.TEAMS[self.field]), link=self.video_link(),
                 book=f"https://calendly.example/{_ascii(self.hm.first).lower()}-{_ascii(self.hm.name.split()[-1]).lower()}/30min",
                 topic1=tp[0], topic2=tp[1], cur="Fernhill Health",
                 field={"tech": "engineering", "design": "design", "nursing": "nursing", "accounting": "finance"}[self.field],
                 agency=self.agency, client_desc=self.client_desc, salary=r.choice(sal),
                 portal=f"https://careers.{self.domain}/candidate", referrer_first=self.friend.first,
                 salary_one=r.choice(PP.SALARY_ONE.get(self.region, PP.SALARY_ONE["UK"])), applied_day=kit.ordinal(r.randrange(2, 27)),
                 panel_short={"es": " y ", "pt": " e "}.get(self.lang, " and ").join(p.first for p in self.panel[:2]), day_ref={"es": "hoy", "pt": "hoje"}.get(self.lang, "today"))
        d.update(extra)
        return d

    def video_link(self):
        r = self.rng
        return r.choice([f"https://zoom.example/j/{r.randrange(10**9, 10**10)}?pwd={mime.alnum(r, 20)}",
                         f"https://meet.google.example/{mime.alnum(r, 3, string.ascii_lowercase)}-{mime.alnum(r, 4, string.ascii_lowercase)}-{mime.alnum(r, 3, string.ascii_lowercase)}",
                         f"https://teams.microsoft.example/l/meetup-join/19%3ameeting_{mime.alnum(r, 30)}%40thread.v2/0",
                         f"https://{self.domain.split('.')[0]}.whereby.example/{_ascii(self.hm.first).lower()}"])

    def at(self, hours_min, hours_max, tz, owner=False):
        """Advance the clock and land on a plausible local time for the writer."""
        r = self.rng
        prev = self.now
        t = self.now + dt.timedelta(hours=r.uniform(hours_min, hours_max))
        z = ZoneInfo(tz)
        loc = t.astimezone(z)
        if owner:
            lo, hi, weekend_ok = 7, 23, True
        else:
            lo, hi, weekend_ok = 8, 18, False
        for _ in range(14):
            if (weekend_ok or loc.weekday() < 5) and lo <= loc.hour < hi:
                break
            if loc.hour >= hi or (not weekend_ok and loc.weekday() >= 5):
                loc = (loc + dt.timedelta(days=1)).replace(hour=lo, minute=0)
            if loc.hour < lo:
                loc = loc.replace(hour=lo, minute=0)
            loc = loc + dt.timedelta(minutes=r.randrange(0, 150))
        loc = loc.replace(second=r.randrange(0, 60), microsecond=0)
        loc = loc.replace(minute=r.randrange(0, 60))
        if loc.astimezone(UTC) <= prev + dt.timedelta(minutes=4):
            loc = (prev + dt.timedelta(minutes=r.randrange(5, 50), seconds=r.randrange(60))).astimezone(z)
        self.now = loc.astimezone(UTC)
        return loc

    def interview_slot(self, days_min=2, days_max=9, tz=None):
        r = self.rng
        tz = tz or self.tz
        z = ZoneInfo(tz)
        base = (self.now + dt.timedelta(days=r.randrange(days_min, days_max + 1))).astimezone(z)
        while base.weekday() >= 5:
            base += dt.timedelta(days=1)
        hours = {"America/New_York": [9, 10, 11, 12], "America/Chicago": [8, 9, 10, 11], "America/Denver": [8, 9, 10],
                 "America/Los_Angeles": [8, 9], "Australia/Sydney": [7, 8, 17, 18], "Australia/Melbourne": [7, 8, 17, 18],
                 "Australia/Brisbane": [7, 8, 17, 18], "Australia/Adelaide": [7, 8, 17], "Australia/Perth": [15, 16, 17],
                 "America/Sao_Paulo": [9, 10, 11, 13], "America/Bogota": [8, 9, 10, 11], "America/Mexico_City": [8, 9, 10],
                 "America/Argentina/Buenos_Aires": [9, 10, 11, 12], "Europe/Madrid": [10, 11, 12, 16, 17]}.get(tz, [9, 10, 11, 13, 14, 15, 16])
        s = base.replace(hour=r.choice(hours), minute=r.choice([0, 0, 0, 30, 30, 15, 45]), second=0, microsecond=0)
        while s <= self.now + dt.timedelta(hours=3) or s.weekday() >= 5:
            s = s + dt.timedelta(days=1)
        return s

    def after_iv(self):
        """Events that follow an interview happen after it."""
        if self.last_iv is not None:
            end = self.last_iv[0].astimezone(UTC) + dt.timedelta(minutes=60 + self.rng.randrange(0, 240))
            if self.now < end:
                self.now = end

    def when(self, s, with_zone=None):
        r = self.rng
        if self.lang == "es":
            return kit.when_es(s, r, self.city)
        if self.lang == "pt":
            return kit.when_pt(s, r, "BR" if self.region == "BR" else "PT")
        region = {"US": "US", "AU": "AU"}.get(self.region, "UK")
        txt = kit.when_en(s, r, region, with_zone=True if with_zone is None and self.tz != "Europe/London" else bool(with_zone))
        if self.tz != "Europe/London" and r.random() < 0.4:
            lon = s.astimezone(LONDON)
            txt += f" ({kit._ampm(lon, 'short')} {'' if lon.date() == s.date() else kit.EN_DAYS[lon.weekday()] + ' '}for you in London)"
        return txt

    # ------------------------------------------------------------------ message plumbing
    def send(self, frm, to, new, *, conv="main", subject=None, cc=None, client=None, sig=None, fresh=False, quote=True,
             kind="other", role_ok=True, start=None, interviewers=None, reply_by=None, note="", company_ok=True,
             forward=None, attachments=None, cal=None, cal_style="google", plain_only=False, html_only=False,
             headers=None, when=None, lang=None, reply_to=""):
        r = self.rng
        lang = lang or self.lang
        if lang == "pt":
            new = localise_pt(new, self.region)
        elif lang == "es":
            new = new.replace(" a el ", " al ").replace(" de el ", " del ")
        hist = self.convs.get(conv)
        client = client or frm.client
        prev = hist[-1] if hist else None
        if prev is not None and not fresh:
            base = prev.subject
            pre = {"outlook": {"en": "RE: ", "es": "RE: ", "pt": "RES: "}, "gmail": {"en": "Re: ", "es": "Re: ", "pt": "Re: "}}
            p = pre.get(client, pre["gmail"])[lang]
            stripped = base
            for x in ("RE: ", "Re: ", "RES: ", "Fwd: ", "FW: "):
                if stripped.startswith(x):
                    stripped = stripped[len(x):]
            subj = p + stripped if subject is None else subject
            irt = prev.mid
            refs = (prev.refs + [prev.mid])[-8:]
        else:
            subj = subject or self.subject_for(kind)
            irt, refs = "", []
            hist = self.convs.setdefault(conv, [])
        d = when or self.now.astimezone(ZoneInfo(frm.tz if frm.email != OWNER.email else "Europe/London"))
        if frm.email != OWNER.email and client == "outlook" and r.random() < 0.3:
            d = d.astimezone(UTC)  # Exchange Online often stamps UTC
        m = Msg(frm=frm, to=to, cc=cc or [], date=d, subject=subj, new=new, sig=sig if sig is not None else "",
                client=client, lang=lang, irt=irt, refs=refs, attachments=attachments or [], headers=headers or [],
                plain_only=plain_only or client == "iphone" and r.random() < 0.6, html_only=html_only, reply_to=reply_to)
        m.mid = self.w.mid(client, frm.email.split("@")[1])
        if prev is not None and quote and not fresh:
            m.quote = prev
        if forward is not None:
            m.quote, m.quote_kind = forward, "forward"
            m.irt, m.refs = "", []
        if cal:
            m.cal, m.cal_style = cal, cal_style
        m.crlf = client == "outlook" or r.random() < 0.15
        if client == "outlook" and r.random() < 0.3:
            m.charset = "windows-1252"
        elif lang in ("es", "pt") and client in ("gmail", "apple") and r.random() < 0.2:
            m.charset = "iso-8859-1"
        if client == "gmail" and frm.email != OWNER.email and r.random() < 0.08:
            m.plain_only = True
        m.lang_tag = lang
        m.key = self.key
        # labels
        text_all = subj + "\n" + new
        comp = None
        if kind != "other" and self.revealed and company_ok:
            comp = self.company
        if comp:
            from mail import body_text
            visible = subj + body_text(m) + " ".join(p.email + p.shown for p in [frm] + list(to) + list(cc or []))
            if comp not in visible and self.domain not in visible:
                comp = None  # the client is named nowhere in this message (agency thread, quote trimmed)
        role = self.role if (kind != "other" and role_ok and self.role in text_all) else None
        m.label = dict(kind=kind, company=comp, role=role, interview_start=start.isoformat() if start else None,
                       interviewers=interviewers, reply_by=reply_by.isoformat() if reply_by else None,
                       note=note or kind)
        self.convs[conv].append(m) if conv in self.convs else self.convs.setdefault(conv, [m])
        self.w.msgs.append(m)
        return m

    def greet(self, formal=False):
        r = self.rng
        if self.lang == "es":
            return r.choice(ES.GREET)
        if self.lang == "pt":
            return r.choice(PT.GREET_BR if self.region == "BR" else PT.GREET_PT)
        if formal:
            return r.choice(EN.GREET_FORMAL).format(me="Casey")
        if self.region == "AU" and r.random() < 0.5:
            return r.choice(EN.GREET_AU).format(me="Casey")
        return r.choice(EN.GREET).format(me="Casey")

    def close(self, who):
        r = self.rng
        if self.lang == "es":
            c = r.choice(ES.CLOSE)
        elif self.lang == "pt":
            c = r.choice(PT.CLOSE_BR if self.region == "BR" else PT.CLOSE_PT)
        elif self.region == "AU":
            c = r.choice(EN.CLOSE_AU + EN.CLOSE)
        elif self.region == "UK":
            c = r.choice(EN.CLOSE_UK + EN.CLOSE)
        else:
            c = r.choice(EN.CLOSE)
        return f"{c}\n{who.first}"

    def compose(self, who, body, formal=False, terse=False, mobile=False, sig_style=None):
        """greeting + body paragraphs + closing; returns (new, sig)."""
        r = self.rng
        prot = [self.role, self.company, self.hm.name, self.hm.first, who.first, "Casey", self.city] + [p.name for p in self.panel]
        if terse:
            txt = "\n\n".join(body)
            if r.random() < 0.5:
                txt = kit.lower_mobile(txt, prot)
            txt = kit.typo(txt, r, 0.05, prot)
            if r.random() < 0.5:
                txt += "\n\n" + who.first[0].lower() if r.random() < 0.3 else "\n\n" + who.first
            return txt, mobile_sig(r, self.lang, who.client) if mobile else ""
        g = self.greet(formal)
        body_t = "\n\n".join(body)
        if r.random() < 0.25:
            body_t = kit.typo(body_t, r, 0.02, prot)
        new = f"{g}\n\n{body_t}\n\n{self.close(who)}"
        if mobile:
            return new, mobile_sig(r, self.lang, who.client)
        return new, signature(who, r, sig_style, self.lang)

    def f(self, tpl, **kw):
        return fill(tpl, self.rng, **self.slots(**kw))

    def pick(self, pool, n=1, **kw):
        r = self.rng
        items = r.sample(pool, min(n, len(pool)))
        return [self.f(x, **kw) for x in items]

    def base_subject(self, kind):
        r = self.rng
        c, ro = (self.company if self.revealed else None), self.role
        if self.lang == "es":
            opts = [f"{ro} en {c}" if c else f"Oportunidad: {ro}", f"Posición de {ro}", f"{c} - {ro}" if c else f"Búsqueda {ro}",
                    "Oportunidad profesional", f"Propuesta: {ro}"]
        elif self.lang == "pt":
            opts = [f"Vaga de {ro} - {c}" if c else f"Oportunidade: {ro}", f"{ro} na {c}" if c else f"{ro} (confidencial)",
                    "Oportunidade", f"Conversa sobre {ro}"]
        else:
            opts = [f"{ro} - {c}" if c else f"{ro} opportunity", f"{ro} at {c}" if c else f"Confidential {ro} role",
                    f"Quick question", f"{ro} opportunity", f"Intro - {c} x Casey" if c else "Intro",
                    f"{c} // {ro}" if c else "A role you might like", f"Your experience at Fernhill + {c}" if c else "Your Fernhill experience",
                    "Coffee?", f"{ro} role", "Hello from " + (c or self.agency)]
        return r.choice(opts)

    def subject_for(self, kind):
        r = self.rng
        c = self.company if self.revealed else ""
        ro, hf = self.role, self.hm.first
        if self.lang == "es":
            pool = {"interview_invite": [f"Entrevista {ro}", "Siguiente paso", f"{c} - entrevista", f"Charla con {hf}"],
                    "assessment": ["Caso práctico", f"Prueba técnica - {ro}", "Siguiente fase del proceso"],
                    "offer": [f"Oferta - {ro}", "¡Buenas noticias!", f"Propuesta {c}"],
                    "rejection": [f"Tu candidatura - {ro}", "Proceso de selección", f"{c} - actualización"]}
        elif self.lang == "pt":
            pool = {"interview_invite": [f"Entrevista - {ro}", "Próximos passos", f"{c} - entrevista", f"Conversa com {hf}"],
                    "assessment": ["Case", f"Desafio técnico - {ro}", "Próxima etapa do processo"],
                    "offer": [f"Proposta - {ro}", "Boas notícias!", f"Proposta {c}"],
                    "rejection": [f"A sua candidatura - {ro}", "Processo seletivo", f"{c} - atualização"]}
        else:
            pool = {"interview_invite": [f"Interview - {ro}", f"Next steps - {c}", f"Chat with {hf}?", f"{ro}: next steps", "Catching up next week",
                                         f"{c} / Casey Marlowe", f"Your application for {ro}", "Next stage", f"Re: {ro} application"],
                    "assessment": ["Next step: exercise", f"Take-home for {ro}", "Case study", f"{c} - next stage"],
                    "offer": [f"Offer - {ro}", "Good news!", f"{c} offer", "Your offer"],
                    "rejection": [f"Your application - {ro}", "Update", f"{c} - {ro}"],
                    "recruiter_reply": [f"{ro} - update", "Quick update", f"Your application - {ro}"]}
        opts = pool.get(kind) or pool.get("recruiter_reply") or [f"{ro}"]
        return r.choice([o for o in opts if not o.startswith(" ")]).replace("  ", " ").strip(" -/")


PT_FROM_BR = [("Topa um papo rápido?", "Podemos conversar?"), ("um papo rápido", "uma conversa rápida"), ("Seria um papo", "Seria uma conversa"),
              ("papo", "conversa"), ("te aviso", "aviso-a"), ("me responde aqui que eu mando", "responda-me e envio"),
              ("pediu para eu te procurar", "pediu-me para a contactar"), ("o time", "a equipa"), ("do time", "da equipa"), ("O time", "A equipa"),
              ("contato", "contacto"), ("Poderia me passar", "Poderia enviar-me"), ("Poderia me enviar", "Poderia enviar-me"),
              ("me chama", "diga-me"), ("registrada", "registada"), ("recebimento", "receção"), ("equipe", "equipa"),
              ("time ", "equipa "), ("te explicar", "lhe explicar"), ("Posso te ligar", "Posso ligar-lhe")]
BR_FROM_PT = [("equipa", "equipe"), ("contactos", "contatos"), ("contacto", "contato"), ("consigo", "com você"), ("Optámos", "Optamos"),
              ("à procura de", "buscando"), ("fecho", "fechamento"), ("partilhar", "compartilhar"), ("Escrevo-lhe", "Escrevo"),
              ("lhe dão mais jeito", "funcionam melhor para você"), ("acabou por ser preenchida", "acabou sendo preenchida"),
              ("perceber", "entender"), ("conversámos", "conversamos"), ("oferecer-lhe", "oferecer a você"), ("equipa", "equipe")]


def localise_pt(text, region):
    pairs = BR_FROM_PT if region == "BR" else PT_FROM_BR
    for a, b in pairs:
        text = text.replace(a, b)
    return text
