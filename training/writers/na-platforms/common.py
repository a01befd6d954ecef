"""Shared context for the message writers."""
import datetime as dt
import re

import mime
import world
from world import OWNER, OWNER_NAME, Person


class Out:
    def __init__(self):
        self.items = []

    def add(self, key, raw, kind, direction, company=None, role=None, start=None, interviewers=None,
            reply_by=None, note="", lang="en", sent=None):
        if interviewers:
            assert all(isinstance(x, str) for x in interviewers), key
        if isinstance(raw, tuple):
            raw = raw[0]
        label = {"kind": kind, "direction": direction, "company": company, "role": role,
                 "interview_start": start.isoformat() if isinstance(start, dt.datetime) else start,
                 "interviewers": list(interviewers) if interviewers else None,
                 "reply_by": reply_by.isoformat() if isinstance(reply_by, dt.date) else reply_by,
                 "note": note}
        self.items.append({"key": key, "raw": raw, "label": label, "lang": lang, "sent": sent})


class Ctx:
    """Everything one message needs: its own seeded rng, a company, a role, a date, people."""

    def __init__(self, key, lang="en", company=None, track=None, country=None, zone_of_sender=None):
        self.key = key
        self.rng = mime.stable_rng(key)
        r = self.rng
        self.lang = lang
        if company is None:
            pool = world.FR_COMPANIES if lang == "fr" else world.EN_COMPANIES
            if country:
                pool = [c for c in pool if c.country == country]
            company = r.choice(pool)
        self.co = company
        self.track = track or r.choice(["swe", "swe", "data", "data", "data", "pm"])
        if lang == "fr":
            self.role = r.choice(world.ROLES_FR)
        else:
            self.role = r.choice(world.ROLES_EN[self.track])
        self.day = world.pick_day(r)
        self.zone = zone_of_sender or company.zone
        self.sent = world.sent_time(r, self.day, self.zone)
        fr_people = lang == "fr" or (company.lang == "fr" and r.random() < 0.8)
        self.recruiter = Person(r, company.domain, fr=fr_people)
        self.hm = Person(r, company.domain, fr=fr_people and r.random() < 0.7)
        self.req = req_id(r)
        self.first = "Riley"

    def people(self, n, fr=None):
        fr = (self.lang == "fr") if fr is None else fr
        seen = {self.recruiter.name, self.hm.name}
        out = []
        while len(out) < n:
            p = Person(self.rng, self.co.domain, fr=fr and self.rng.random() < 0.8)
            if p.name not in seen:
                seen.add(p.name)
                out.append(p)
        return out

    def later(self, days_lo, days_hi, zone=None, lo=8, hi=18):
        d = self.day + dt.timedelta(days=self.rng.randint(days_lo, days_hi))
        while d.weekday() >= 5:
            d += dt.timedelta(days=1)
        return world.sent_time(self.rng, d, zone or self.zone, lo, hi)

    def earlier(self, days_lo, days_hi, zone=None, lo=8, hi=18, weekday=True):
        d = self.day - dt.timedelta(days=self.rng.randint(days_lo, days_hi))
        while weekday and d.weekday() >= 5:
            d -= dt.timedelta(days=1)
        return world.sent_time(self.rng, d, zone or self.zone, lo, hi)

    def pick(self, seq):
        return self.rng.choice(seq)

    def fill(self, s, **kw):
        d = dict(co=self.co.name, role=self.role, first=self.first, req=self.req, city=self.co.city,
                 rname=self.recruiter.name, rfirst=self.recruiter.first, hm=self.hm.name, hmfirst=self.hm.first,
                 owner=OWNER_NAME)
        d.update(kw)
        out = s.format(**d)
        if self.lang == "fr":
            out = re.sub(r"\b([Dd])e ([AEIOUÉÈaeiouéè])", r"\1'\2", out)
        return out


def req_id(r):
    return r.choice([f"R-0{r.randint(10000, 99999)}", f"JR{r.randint(100000, 999999)}", f"REQ-{r.randint(1000, 9999)}",
                     f"{r.randint(2025, 2027)}-{r.randint(1000, 9999)}", f"{r.randint(10000, 99999)}",
                     f"JOB-{r.randint(100, 999)}-{r.choice('ABCDEFGH')}", f"R{r.randint(1000, 9999)}"])


def fake_mid(rng, domain, style=None):
    return mime.msgid(rng, style or rng.choice(["gmail", "outlook", "other", "sendgrid", "java"]), domain)


def pick_n(rng, seq, n):
    seq = list(seq)
    rng.shuffle(seq)
    return seq[:n]


def sig_block(rng, p, company, title=None, phone=True, pronouns=None, fr=False):
    lines = [p.name]
    t = title or p.title
    with_co = bool(t) and rng.random() < 0.5
    if t:
        lines.append(t + (f" | {company.name}" if with_co else ""))
    if not with_co:
        lines.append(company.name)
    if pronouns or rng.random() < 0.2:
        lines.insert(1, pronouns or rng.choice(["(she/her)", "(he/him)", "(they/them)", "she/elle", "he/il"]))
    if phone and rng.random() < 0.6:
        area = {"America/Toronto": "416", "America/New_York": "212", "America/Chicago": "312", "America/Los_Angeles": "415",
                "America/Vancouver": "604", "America/Denver": "303", "America/Edmonton": "403", "America/Halifax": "902",
                "America/Winnipeg": "204", "America/Regina": "306", "America/St_Johns": "709", "America/Phoenix": "602",
                "America/Detroit": "313"}.get(company.zone, "555")
        lines.append(rng.choice(["", "m: ", "cell: ", "T ", "Tél. : " if fr else "p: "]) + f"({area}) 555-0{rng.randint(100, 199)}")
    if rng.random() < 0.35:
        lines.append(company.domain.replace(".example", ".example/careers") if rng.random() < 0.5 else "www." + company.domain)
    if company.sector in ("bank", "insurance", "finance", "health", "fintech") and rng.random() < 0.45:
        lines.append("")
        lines.append(rng.choice(DISCLAIMERS_FR if fr else DISCLAIMERS).format(co=company.name))
    return "\n".join(lines)


DISCLAIMERS = [
    "CONFIDENTIALITY NOTICE: This email and any attachments are intended only for the named recipient and may contain confidential information. If you received it in error, please notify the sender and delete it.",
    "This message may contain privileged or confidential information of {co}. Any review, use or distribution by anyone other than the intended recipient is prohibited.",
    "{co} will never ask candidates for payment or banking details during the hiring process.",
    "Please consider the environment before printing this email.",
    "This communication may contain personal health information protected by law. If you are not the intended recipient, delete it immediately.",
]
DISCLAIMERS_FR = [
    "AVIS DE CONFIDENTIALITÉ : Ce courriel est destiné uniquement à son destinataire et peut contenir des renseignements confidentiels. Si vous l'avez reçu par erreur, veuillez en aviser l'expéditeur et le supprimer.",
    "Ce message peut contenir des renseignements confidentiels de {co}. Toute diffusion non autorisée est interdite.",
]


RECRUITER_TITLES = ["Technical Recruiter", "Senior Technical Recruiter", "Talent Acquisition Partner", "Recruiter",
                    "Lead Recruiter, Engineering", "Talent Partner", "Senior Talent Acquisition Specialist",
                    "Recruiting Coordinator", "Technical Sourcer", "Head of Talent", "People & Talent Lead",
                    "Talent Acquisition Manager", "University & Technical Recruiter"]
RECRUITER_TITLES_FR = ["Spécialiste en acquisition de talents", "Partenaire d'affaires, acquisition de talents",
                       "Responsable du recrutement TI", "Spécialiste, recrutement technique", "Coordination du recrutement",
                       "Acquisition de talents", "Responsable, attraction de talents"]
HM_TITLES = ["Engineering Manager", "Director of Data Engineering", "VP Engineering", "Head of Product",
             "Senior Engineering Manager, Platform", "Director, Analytics", "CTO", "Co-founder & CEO",
             "Group Product Manager", "Manager, Data Platform", "Principal Engineer", "Staff Engineer"]
HM_TITLES_FR = ["Gestionnaire, ingénierie", "Gestionnaire, plateforme de données", "Vice-présidence, technologie",
                "Chef d'équipe, données", "Responsable produit", "Direction, technologie"]
