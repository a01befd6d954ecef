"""interview_invite: availability requests, scheduling-tool confirmations/reminders/reschedules, Google Calendar and
Outlook invitations, human bookings, third-party interview vendors, chatbots, onsite agendas; English and French."""
import datetime as dt

import mime
import platforms as pf
import textfmt as tf
import world
from common import Ctx, RECRUITER_TITLES, RECRUITER_TITLES_FR, HM_TITLES, HM_TITLES_FR, fake_mid, pick_n, sig_block
from compose import auto_mail, human_mail
from world import OWNER, OWNER_NAME, ZoneInfo

UTC = dt.timezone.utc
STAGES = ["Recruiter Screen", "Technical Screen", "Hiring Manager Interview", "Technical Interview", "System Design Interview",
          "Product Sense Interview", "Data Modeling Interview", "Final Round", "Team Interview", "Coding Interview",
          "Case Study Discussion", "Culture & Values Conversation"]
STAGES_FR = ["Entrevue avec la gestionnaire", "Entrevue technique", "Première entrevue", "Entrevue finale", "Rencontre d'équipe",
             "Entrevue téléphonique"]


def meet(r, kind=None, co=None):
    kind = kind or r.choice(["zoom", "meet", "teams"])
    if kind == "zoom":
        return "Zoom", f"https://{(co.slug if co else 'us02web')[:12]}.zoom.example/j/{r.randint(10**9, 10**10 - 1)}?pwd={mime.alnum(r, 24)}"
    if kind == "meet":
        a = "".join(r.choice("abcdefghijkmnopqrstuvwxyz") for _ in range(3))
        b = "".join(r.choice("abcdefghijkmnopqrstuvwxyz") for _ in range(4))
        c = "".join(r.choice("abcdefghijkmnopqrstuvwxyz") for _ in range(3))
        return "Google Meet", f"https://meet.google.example/{a}-{b}-{c}"
    if kind == "webex":
        return "Webex", f"https://{(co.slug if co else 'meet')[:10]}.webex.example/meet/{mime.alnum(r, 8).lower()}"
    return "Microsoft Teams", f"https://teams.microsoft.example/l/meetup-join/19%3ameeting_{mime.alnum(r, 48)}%40thread.v2/0"


def names(ps):
    return [p.name for p in ps]


def join_names(ns, lang="en"):
    if len(ns) == 1:
        return ns[0]
    sep = " et " if lang == "fr" else " and "
    return ", ".join(ns[:-1]) + sep + ns[-1]


def slot(ctx, zone=None, lo=2, hi=12):
    return world.interview_slot(ctx.rng, ctx.sent.date(), zone or ctx.co.zone, lo, hi)


def panel(ctx, k, titles=None):
    ps = ctx.people(k)
    for p in ps:
        p.title = ctx.rng.choice(titles or (HM_TITLES + ["Senior Software Engineer", "Staff Data Engineer", "Product Designer", "Analytics Manager", "Data Scientist"]))
    return ps


# ----------------------------------------------------------------------------- ATS availability requests

def availability(out, key, lang="en"):
    ctx = Ctx(key, lang=lang)
    r = ctx.rng
    ats = r.choice(["greenhouse", "greenhouse", "lever", "ashby", "workday", "smartrecruiters", "jobvite", "rippling"])
    coord = ctx.recruiter
    p = pf.ats_profile(r, ats, ctx.co, coord)
    ivs = panel(ctx, r.randint(1, 2)) if r.random() < 0.6 else []
    stage = r.choice(STAGES if lang == "en" else STAGES_FR)
    dur = r.choice([30, 45, 60])
    link = f"https://app.{ats}.example/scheduling/availability/{mime.hexs(r, 20)}"
    if lang == "en":
        subj = ctx.fill(r.choice(["Interview availability for {role} at {co}", "Next steps: {co} interview", "Please share your availability",
                                  "{co} - Let's schedule your {stage}", "Scheduling your conversation with {co}", "Next steps with {co}",
                                  "Action needed: availability for {role}"]), stage=stage)
        core = r.choice([
            "Thanks for your interest in the {role} role! We'd like to move you forward to a {stage} ({dur} minutes).",
            "Great news \u2014 the team would like to continue the conversation. The next step is a {dur}-minute {stage}.",
            "We enjoyed learning more about you and would love to set up a {stage} for the {role} position.",
            "The hiring team has reviewed your application for {role} and would like to meet you.",
            "Let's get your next conversation on the calendar: a {dur}-minute {stage}.",
        ])
        ask = r.choice(["Please use the link below to share a few windows that work for you over the next week.",
                        "Click below to submit your availability. Please include at least three options.",
                        "Could you let us know your availability for the coming week using this link?",
                        "Once you submit your times, you'll receive a calendar invitation with video details."])
        blocks = [("p", "Hi Riley,"), ("p", ctx.fill(core, stage=stage, dur=dur))]
        if ivs:
            blocks.append(("p", f"You'll be meeting with {join_names([f'{x.name} ({x.title})' for x in ivs])}."))
        blocks += [("p", ask), ("btn", r.choice(["Submit availability", "Share my availability", "Select times"]), link),
                   ("sig", [r.choice(["Thanks!", "Best,", "Talk soon,"]), coord.name, r.choice(RECRUITER_TITLES) + ", " + ctx.co.name])]
    else:
        subj = ctx.fill(r.choice(["Disponibilités pour une entrevue \u2013 {role}", "Prochaine étape : entrevue chez {co}", "Planifions votre {stage}"]), stage=stage.lower())
        blocks = [("p", "Bonjour Riley,"),
                  ctx_p(ctx, r.choice(["Merci pour votre intérêt envers le poste de {role}! Nous aimerions vous rencontrer pour une {stage} d'environ {dur} minutes.",
                                       "Bonne nouvelle : l'équipe souhaite poursuivre le processus avec vous. La prochaine étape est une {stage} de {dur} minutes."]), stage=stage.lower(), dur=dur)]
        if ivs:
            blocks.append(("p", f"Vous rencontrerez {join_names([x.name for x in ivs], 'fr')}."))
        blocks += [("p", "Merci d'indiquer vos disponibilités pour la semaine prochaine à l'aide du lien ci-dessous."),
                   ("btn", "Indiquer mes disponibilités", link),
                   ("sig", ["Au plaisir,", coord.name, r.choice(RECRUITER_TITLES_FR) + ", " + ctx.co.name])]
    blocks += pf.ats_footer(r, p, ctx.co, lang)
    raw = auto_mail(r, sent=ctx.sent, from_name=p["from_name"], from_addr=p["from_addr"], subject=subj, blocks=blocks, esp=p["esp"],
                    reply_to=p["reply_to"] or (coord.name, coord.email), bulk=["auto"] + (["suppress"] if r.random() < 0.3 else []),
                    html_style=p["html_style"], title=ctx.co.name, lang=lang)
    role = ctx.role if ctx.role in subj or any(ctx.role in str(b) for b in blocks) else None
    out.add(key, raw, "interview_invite", "in", ctx.co.name, role, None, names(ivs) or None, None,
            f"{p['brand']} availability request with a link: a scheduling request, so interview_invite with no start"
            + ("; named interviewers listed, the coordinator is not" if ivs else ""), lang=lang, sent=ctx.sent)


def ctx_p(ctx, s, **kw):
    return ("p", ctx.fill(s, **kw))


# ----------------------------------------------------------------------------- scheduling tools

def goodtime(out, key, mode="confirm"):
    ctx = Ctx(key)
    r = ctx.rng
    vendor = r.choice(["GoodTime", "ModernLoop", "Prelude"]) if mode == "confirm" else ("GoodTime" if mode != "resched" else "ModernLoop")
    dom = {"GoodTime": "goodtime.example", "ModernLoop": "modernloop.example", "Prelude": "prelude-mail.example"}[vendor]
    coord = ctx.recruiter
    start = slot(ctx) if mode != "reminder" else world.at(world.add_bdays(ctx.sent.date(), 1), ctx.co.zone, r.randint(9, 15), r.choice([0, 30]))
    if mode == "reminder":
        ctx.sent = world.sent_time(r, ctx.sent.date(), ctx.co.zone, 8, 12)
        gap = (start.date() - ctx.sent.date()).days
        when_word = "tomorrow" if gap == 1 else f"on {tf.DAYS[start.weekday()]}"
    k = r.randint(1, 4) if mode != "reminder" else r.randint(1, 2)
    ivs = panel(ctx, k)
    sessions = []
    t = start
    for p in ivs:
        m = r.choice([45, 45, 60, 30])
        sessions.append((t, m, p))
        t = t + dt.timedelta(minutes=m + r.choice([0, 0, 15]))
    total = int((t - start).total_seconds() // 60)
    mname, mlink = meet(r, r.choice(["zoom", "meet", "teams"]), ctx.co)
    tstyle = r.choice([0, 1, 4, 7, 8])
    rows = [(f"{tf.h12(s)} \u2013 {tf.h12(s + dt.timedelta(minutes=m))} {tf.abbr(s)}", f"{p.name}, {p.title}") for s, m, p in sessions]
    note_extra = ""
    seq = 0
    old = None
    if mode == "confirm":
        subj = r.choice([f"Interview Confirmation: {ctx.co.name}", f"Your {ctx.co.name} interview is confirmed", f"Confirmed: {ctx.role} interviews with {ctx.co.name}",
                         f"You're all set for {tf.date_en(start, 0)}", f"{ctx.co.name} | Interview schedule for Riley Tremblay"])
        lead = r.choice(["Your interview is confirmed. Here are the details:", "Thanks for confirming your availability! Your interviews are scheduled as follows.",
                         "We're excited to have you meet the team. Below is your schedule.", "Everything is booked. Please review the agenda below."])
    elif mode == "reminder":
        subj = r.choice([f"Reminder: your {ctx.co.name} interview is {when_word}", f"{when_word.capitalize()}: interview with {ctx.co.name}", f"Reminder \u2013 {ctx.role} interview"])
        lead = r.choice(["This is a friendly reminder about your upcoming interview.", f"Just a reminder that you're scheduled to meet with us {when_word}.",
                         f"Looking forward to {'tomorrow' if gap == 1 else tf.DAYS[start.weekday()]}! Here's a quick reminder of your schedule."])
        note_extra = "; a reminder for a booked interview is interview_invite"
    else:
        old = start - dt.timedelta(days=r.randint(1, 3), hours=r.choice([0, 1, 2]))
        seq = 2
        subj = r.choice([f"[Updated] Event time changed: Riley Tremblay <> {ctx.co.name}", f"Rescheduled: your interview with {ctx.co.name}", f"Updated interview time \u2013 {ctx.role}"])
        lead = f"Your interview has been moved. The new time is {tf.when_en(start, tstyle, total)}. (Previously {tf.when_en(old, 2)}.)"
        note_extra = "; reschedule: the new time counts (SEQUENCE:2)"
    blocks = [("p", "Hi Riley,"), ("p", lead),
              ("kv", [("Company", ctx.co.name), ("Position", ctx.role), ("Date", tf.date_en(start, 2)),
                      ("Time", f"{tf.h12(start)} \u2013 {tf.h12(t)} {tf.abbr(start)} ({tf.longname(start)})"), ("Location", f"{mname}: {mlink}")]),
              ("h", "Schedule"), ("kv", rows),
              ("p", r.choice(["If you need to reschedule, reply to this email or use the link below.", "Need to make a change? Use the button below.",
                              "Please join a few minutes early to test your audio and video."])),
              ("btn", "Reschedule", f"https://app.{dom}/candidate/{mime.hexs(r, 16)}"),
              ("sig", [coord.name, r.choice(RECRUITER_TITLES), ctx.co.name]),
              ("small", f"Scheduling powered by {vendor}")]
    cal = None
    if mode != "reminder" or r.random() < 0.5:
        cal = mime.ics(r, start=start, minutes=total, summary=f"{ctx.co.name} Interview - Riley Tremblay", organizer=(coord.name, coord.email),
                       attendees=[(OWNER_NAME, OWNER)] + [(p.name, p.email) for p in ivs], tzmode="utc", style="tool",
                       uid=f"{mime.hexs(r, 24)}@{dom}", seq=seq, location=mlink, description=f"Interview for {ctx.role}. Join: {mlink}",
                       prodid=f"-//{vendor}//Interview Scheduling//EN", stamp=ctx.sent.astimezone(UTC))
    raw = auto_mail(r, sent=ctx.sent, from_name=r.choice([f"{ctx.co.name} Recruiting", f"{coord.name} via {vendor}", f"{ctx.co.name} via {vendor}"]),
                    from_addr=f"scheduling@{dom}", subject=subj, blocks=blocks, esp=r.choice(["sendgrid", "ses", "postmark"]),
                    reply_to=(coord.name, coord.email), bulk=["auto"] + (["suppress"] if r.random() < 0.5 else []), calendar=cal,
                    calendar_mode=r.choice(["alt", "attach", "attach-cal"]), html_style=r.choice(["card", "minimal"]), title=ctx.co.name)
    out.add(key, raw, "interview_invite", "in", ctx.co.name, ctx.role, start, names(ivs), None,
            f"{vendor} {mode}" + (" with a UTC calendar part" if cal else ", time from the text") + "; start is the first session, coordinator excluded" + note_extra,
            sent=ctx.sent)


def goodtime_choose(out, key):
    ctx = Ctx(key)
    r = ctx.rng
    raw = auto_mail(r, sent=ctx.sent, from_name=f"{ctx.co.name} via GoodTime", from_addr="no-reply@goodtime.example",
                    subject=r.choice([f"{ctx.co.name}: choose your interview times", "Action required: select interview times", f"Pick a time with {ctx.co.name}"]),
                    blocks=[("p", "Hi Riley,"), ("p", r.choice([f"{ctx.co.name} would like to schedule time with you.", "Please choose times that work for your next conversation."])),
                            ("btn", "Choose times", f"https://app.goodtime.example/c/{mime.hexs(r, 18)}"), ("small", "Powered by GoodTime")],
                    esp="sendgrid", bulk=["auto"], html_style="minimal")
    out.add(key, raw, "interview_invite", "in", ctx.co.name, None, None, None, None,
            "GoodTime no-reply mail that is only a 'Choose times' button: a scheduling link, no role or time", sent=ctx.sent)


def calendly(out, key, mode="confirm"):
    ctx = Ctx(key)
    r = ctx.rng
    host = ctx.recruiter if r.random() < 0.6 else ctx.hm
    is_rec = host is ctx.recruiter
    ev = r.choice(["30 Minute Recruiter Screen", f"Intro call - {ctx.co.name}", "Technical Screen (60 min)", "Hiring Manager Chat",
                   f"{ctx.co.name} Phone Screen", "Initial Conversation"])
    dur = 60 if "60" in ev else r.choice([30, 30, 45])
    start = slot(ctx, zone=world.OWNER_TZ)
    loc_name, loc = meet(r, r.choice(["zoom", "meet"]), ctx.co) if r.random() < 0.8 else ("Phone call", "Calendly will call you at +1 416-555-0148")
    host_line = f"{host.name}" + (f" ({ctx.co.name})" if (r.random() < 0.7 or ctx.co.name not in ev) else "")
    ct = f"{tf.h12(start, 'lower')} - {tf.h12(start + dt.timedelta(minutes=dur), 'lower')}, {tf.DAYS[start.weekday()]}, {tf.MONTHS[start.month - 1]} {start.day}, {start.year}"
    tzline = f"{tf.longname(start)} - US & Canada"
    seq, old, note = 0, None, ""
    if mode == "confirm":
        subj = f"Confirmed: {ev} with {host.name} on {tf.DAYS[start.weekday()]}, {tf.MONTHS[start.month - 1]} {start.day}, {start.year}"
        lead = r.choice([f"Hi Riley,\nYour {ev} with {host.name} is scheduled.", f"Hi Riley Tremblay,\nA new event has been scheduled."])
    elif mode == "reminder":
        ctx.sent = (start - dt.timedelta(hours=r.choice([24, 24, 1]))).astimezone(ZoneInfo(ctx.co.zone))
        subj = f"Reminder: {ev} with {host.name} " + ("tomorrow" if (start - ctx.sent) > dt.timedelta(hours=2) else "starts in 1 hour")
        lead = "Hi Riley,\nThis is a friendly reminder that your event is coming up."
        note = "; reminder for a booked slot"
    elif mode == "resched":
        old = start - dt.timedelta(days=r.randint(1, 2))
        seq = 1
        subj = f"Updated: {ev} with {host.name}"
        lead = f"Hi Riley,\nYour event has been rescheduled.\nFormer: {tf.h12(old, 'lower')}, {tf.DAYS[old.weekday()]}, {tf.MONTHS[old.month - 1]} {old.day}, {old.year}"
        note = "; rescheduled: the new time counts, the 'Former' line is the old slot"
    kv = [("Event Type", ev), ("Host", host_line), ("Date/Time", ct), ("Invitee Time Zone", tzline), ("Location", f"{loc_name}: {loc}" if loc.startswith("http") else loc)]
    blocks = [("p", lead), ("kv", kv)]
    if r.random() < 0.5:
        blocks.append(("p", "Questions: Please share anything that will help prepare for our meeting.\nRiley: " + r.choice(["Looking forward to it!", f"Happy to discuss the {ctx.role} role.", "Resume attached in my application."])))
    blocks += [("btn", "Reschedule", f"https://calendly.example/reschedulings/{mime.hexs(r, 20)}"), ("btn", "Cancel", f"https://calendly.example/cancellations/{mime.hexs(r, 20)}"),
               ("small", "Sent from Calendly. Powered by Calendly.")]
    cal = mime.ics(r, start=start, minutes=dur, summary=f"{ev} between {host.name} and Riley Tremblay", organizer=(host.name, host.email),
                   attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "ACCEPTED")], tzmode=r.choice(["utc", "utc", "iana"]), style="tool",
                   uid=f"{mime.hexs(r, 32)}@calendly.example", seq=seq, location=loc if loc.startswith("http") else "Phone",
                   prodid="-//Calendly//Calendly Calendar//EN", stamp=ctx.sent.astimezone(UTC))
    raw = auto_mail(r, sent=ctx.sent, from_name="Calendly", from_addr="notifications@calendly.example", subject=subj, blocks=blocks, esp="sendgrid",
                    reply_to=(host.name, host.email), bulk=["auto"], calendar=cal if mode != "reminder" or r.random() < 0.4 else None,
                    calendar_mode="attach-cal", html_style="minimal", title="Calendly")
    role = ctx.role if ctx.role in str(blocks) else None
    out.add(key, raw, "interview_invite", "in", ctx.co.name, role, start, [host.name], None,
            f"Calendly {mode}" + (" (invite.ics attached)" if mode != "reminder" else "") + ("; the recruiter holds the screen herself/himself, so listed" if is_rec else "; host is the hiring manager") + note,
            sent=ctx.sent)


def calendly_cancel(out, key):
    ctx = Ctx(key)
    r = ctx.rng
    host = ctx.recruiter
    old = slot(ctx, lo=1, hi=3)
    subj = f"Canceled: Intro call - {ctx.co.name} with {host.name}"
    blocks = [("p", f"Hi Riley,\n{host.name} canceled the event below."),
              ("kv", [("Event Type", f"Intro call - {ctx.co.name}"), ("Date/Time", f"{tf.h12(old, 'lower')}, {tf.date_en(old, 0)}, {old.year}")]),
              ("p", f"Reason for canceling: \"So sorry, a conflict came up. Could you grab another time from my calendar? Still very keen to talk about the {ctx.role} role.\""),
              ("btn", "Schedule a new time", f"https://calendly.example/{host.first.lower()}-{ctx.co.slug[:8]}/intro"), ("small", "Sent from Calendly.")]
    raw = auto_mail(r, sent=ctx.sent, from_name="Calendly", from_addr="notifications@calendly.example", subject=subj, blocks=blocks, esp="sendgrid",
                    reply_to=(host.name, host.email), bulk=["auto"], html_style="minimal")
    out.add(key, raw, "interview_invite", "in", ctx.co.name, ctx.role, None, [host.name], None,
            "Calendly cancellation that asks to book a new slot with a link: a scheduling request, no fixed time (the cancelled slot is not the start)", sent=ctx.sent)


# ----------------------------------------------------------------------------- Google Calendar / Outlook

def g_when(d, minutes):
    e = d + dt.timedelta(minutes=minutes)
    def t(x):
        return tf.h12(x, "lower")
    return f"{tf.DAYS[d.weekday()]} {tf.MONTHS[d.month - 1][:3]} {d.day}, {d.year} \u22c5 {t(d)} \u2013 {t(e)} ({tf.longname(d)} - {tf.CITY.get(d.tzinfo.key, '')})", \
        f"{tf.DAYS[d.weekday()][:3]} {tf.MONTHS[d.month - 1][:3]} {d.day}, {d.year} {t(d)} - {t(e)} ({tf.abbr(d)})"


def g_when_fr(d, minutes):
    e = d + dt.timedelta(minutes=minutes)
    z = tf.FR_ZONE[tf.fam(d)]
    zz = z[1] if d.dst() else z[0]
    return (f"{tf.JOURS[d.weekday()]} {d.day} {tf.MOIS[d.month - 1]} {d.year} \u22c5 {tf.h_fr(d)} \u2013 {tf.h_fr(e)} (heure normale de l'Est - Toronto)" if not d.dst()
            else f"{tf.JOURS[d.weekday()]} {d.day} {tf.MOIS[d.month - 1]} {d.year} \u22c5 {tf.h_fr(d)} \u2013 {tf.h_fr(e)} (heure avancée de l'Est - Toronto)"), \
        f"{tf.JOURS[d.weekday()][:3]}. {d.day} {tf.MOIS_ABBR[d.month - 1]} {d.year} {tf.h_fr(d)} - {tf.h_fr(e)} ({zz})"


def _co_in_zone(key, zone, lang):
    r = mime.stable_rng(key + ":co")
    pool = [c for c in (world.FR_COMPANIES if lang == "fr" else world.EN_COMPANIES) if c.zone == zone]
    return r.choice(pool) if pool else None


def gcal(out, key, updated=False, nojob=False, lang="en", want_zone=None):
    ctx = Ctx(key, lang=lang, company=_co_in_zone(key, want_zone, lang) if want_zone else None)
    r = ctx.rng
    org = ctx.recruiter if r.random() < 0.5 else ctx.hm
    ivs = [ctx.hm] if org is ctx.hm else ([ctx.hm] + (panel(ctx, 1) if r.random() < 0.3 else []))
    for p in ivs:
        p.title = p.title or r.choice(HM_TITLES)
    zone = ctx.co.zone if (want_zone or r.random() < 0.8) else world.OWNER_TZ
    start = slot(ctx, zone=zone)
    dur = r.choice([30, 45, 60])
    mname, mlink = meet(r, "meet")
    if lang == "fr":
        stage = r.choice(STAGES_FR)
        title = r.choice([f"{stage} \u2013 Riley Tremblay", f"Riley / {ivs[0].first} \u2013 {ctx.co.name}", f"{ctx.co.name} | {stage} ({ctx.role})"])
        w1, w2 = g_when_fr(start, dur)
        pref = "Invitation mise à jour" if updated else "Invitation"
        subj = f"{pref} : {title} @ {w2} ({OWNER})"
    else:
        stage = r.choice(STAGES)
        if nojob:
            title = r.choice([f"Riley <> {ivs[0].first}", f"{ivs[0].first} / Riley", f"Chat: Riley + {ivs[0].first}"])
        else:
            title = r.choice([f"{ctx.co.name} | {stage} - Riley Tremblay", f"{stage}: Riley Tremblay ({ctx.role})", f"Riley Tremblay <> {ctx.co.name} - {stage}",
                              f"{ctx.role} - {stage}"])
        w1, w2 = g_when(start, dur)
        pref = "Updated invitation" if updated else "Invitation"
        subj = f"{pref}: {title} @ {w2} ({OWNER})"
    desc = "" if nojob else r.choice([f"Looking forward to chatting about the {ctx.role} role!", f"{stage} for {ctx.role}. We'll spend most of the time on your recent projects.",
                                      f"Agenda: intros (5 min), your experience (30 min), questions for us (10 min). Role: {ctx.role}", ""]) if lang == "en" else \
        r.choice([f"Au plaisir d'échanger avec vous au sujet du poste de {ctx.role}.", f"Entrevue pour le poste de {ctx.role}."])
    guests = [(org.name, org.email, "organizer")] + [(p.name, p.email, "") for p in ivs if p is not org] + [(OWNER_NAME, OWNER, "")]
    if lang == "en":
        lines = [title, w1, "", "Google Meet joining info", f"Video call link: {mlink}", f"Or dial: (US) +1 555-01{r.randint(10, 99)} PIN: {r.randint(10**8, 10**9)}#", ""]
        if updated:
            lines.insert(0, "This event has been updated\nChanged: time")
        if desc:
            lines += [desc, ""]
        lines += ["Organizer", org.name, org.email, "", "Guests"] + [f"{n} - {t}" if t else n for n, _, t in guests] + \
                 [f"View all guest info https://calendar.google.example/calendar/event?action=VIEW&eid={mime.alnum(r, 40)}", "",
                  f"Reply for {OWNER} and view more details https://calendar.google.example/calendar/event?action=VIEW&eid={mime.alnum(r, 40)}",
                  "Your attendance is optional.", "", "~~//~~", "Invitation from Google Calendar: https://calendar.google.example/calendar/", "",
                  "You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.", "",
                  "Forwarding this invitation could allow any recipient to send a response to the organizer, be added to the guest list, invite others regardless of their own invitation status, or modify your RSVP. Learn more https://support.google.example/calendar/answer/37135#forwarding"]
    else:
        lines = [title, w1, "", "Informations de participation Google Meet", f"Lien de l'appel vidéo : {mlink}", ""]
        if updated:
            lines.insert(0, "Cet événement a été modifié\nModification : heure")
        if desc:
            lines += [desc, ""]
        lines += ["Organisateur", org.name, org.email, "", "Invités"] + [f"{n} - organisateur" if t else n for n, _, t in guests] + \
                 ["", f"Répondre pour {OWNER} et afficher plus de détails https://calendar.google.example/calendar/event?action=VIEW&eid={mime.alnum(r, 40)}",
                  "", "~~//~~", "Invitation de Google Agenda : https://calendar.google.example/calendar/", "",
                  "Vous recevez cet e-mail, car vous êtes invité à cet événement."]
    text = "\n".join(lines)
    html = "<html><body>" + "".join(f"<p>{mime.html_escape(l)}</p>" if l else "" for l in lines) + "</body></html>"
    cal = mime.ics(r, start=start, minutes=dur, summary=title, organizer=(org.name, org.email),
                   attendees=[(p.name, p.email, "REQ-PARTICIPANT", "ACCEPTED" if p is org else "NEEDS-ACTION") for p in [org] + [x for x in ivs if x is not org]] +
                   [(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION")],
                   tzmode=r.choice(["iana", "iana", "utc"]), style="google", uid=f"{mime.alnum(r, 26).lower()}@google.example", seq=1 if updated else 0,
                   location="", description=desc + f"\n\nJoin with Google Meet: {mlink}", stamp=ctx.sent.astimezone(UTC))
    raw = _google_invite_mail(r, ctx, org, subj, text, html, cal)
    role = ctx.role if (ctx.role in title or ctx.role in desc) else None
    ivn = names(ivs)
    co_named = ctx.co.name in title or ctx.co.name in desc
    out.add(key, raw, "interview_invite", "in", ctx.co.name, role, start, ivn, None,
            "Google Calendar invitation (text/calendar + invite.ics" + (", IANA TZID" if "TZID=America" in cal else ", UTC DTSTART") + ")" +
            ("; updated invitation (SEQUENCE:1), new time" if updated else "") + ("; title has no job words, company from the sender's domain/signature" if nojob else "") +
            ("; organizer only schedules and is not listed" if org is ctx.recruiter else "") +
            ("" if co_named else "; company from the organizer's domain only"), lang=lang, sent=ctx.sent)


def _google_invite_mail(r, ctx, org, subj, text, html, cal):
    hs = mime.transport(r, "google", ctx.co.domain, ctx.sent, OWNER, sender=org.email)
    hs += [("From", mime.addr(org.name, org.email)), ("To", OWNER), ("Subject", mime.htext(subj)), ("Date", mime.date_hdr(ctx.sent)),
           ("Message-ID", f"<calendar-{mime.hexs(r, 8)}-{mime.hexs(r, 4)}-{mime.hexs(r, 4)}-{mime.hexs(r, 4)}-{mime.hexs(r, 12)}@google.example>"),
           ("Reply-To", mime.addr(org.name, org.email)), ("Sender", "Google Calendar <calendar-notification@google.example>"), ("MIME-Version", "1.0")]
    if r.random() < 0.5:
        hs.append(("Auto-Submitted", "auto-generated"))
    alt = mime.Multi("alternative", [mime.Leaf("text/plain", text, cte=r.choice(["quoted-printable", "base64"])),
                                    mime.Leaf("text/html", html, cte="quoted-printable"),
                                    mime.Leaf("text/calendar", cal, cte=r.choice(["7bit", "base64"]), params=["method=REQUEST"])],
                     mime.boundary(r, "gmail"))
    att = mime.Leaf("application/ics", cal, cte="base64", disposition="attachment", filename="invite.ics", params=['name="invite.ics"'])
    att.filename = None
    att.disposition = 'attachment; filename="invite.ics"'
    body = mime.Multi("mixed", [alt, att], mime.boundary(r, "gmail"))
    return mime.serialize(hs, body, crlf=r.random() < 0.5)


TEAMS_BLOCK = """________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<{link}>
Meeting ID: {mid}
Passcode: {pc}
Download Teams<https://www.microsoft.example/microsoft-teams/download-app> | Join on the web<https://www.microsoft.example/microsoft-teams/join-a-meeting>
Or call in (audio only)
+1 555-01{d2},,{pin}#   United States, {city}
Phone Conference ID: {pin3}#
Learn More<https://aka.ms.example/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.example/meetingOptions/>
________________________________________________________________________________"""


def outlook(out, key, updated=False, lang="en", want_zone=None):
    ctx = Ctx(key, lang=lang, company=_co_in_zone(key, want_zone, lang) if want_zone else None)
    r = ctx.rng
    org = ctx.recruiter
    org.title = r.choice(RECRUITER_TITLES if lang == "en" else RECRUITER_TITLES_FR)
    ivs = panel(ctx, r.randint(1, 3), HM_TITLES if lang == "en" else HM_TITLES_FR)
    zone = ctx.co.zone if ctx.co.zone in mime.WINDOWS_NAME else world.OWNER_TZ
    start = slot(ctx, zone=zone)
    dur = r.choice([45, 60, 60, 90])
    _, link = meet(r, "teams")
    tb = TEAMS_BLOCK.format(link=link, mid=f"{r.randint(100, 999)} {r.randint(100, 999)} {r.randint(100, 999)} {r.randint(100, 999)}",
                            pc=mime.alnum(r, 6), d2=r.randint(10, 99), pin=r.randint(10**8, 10**9), city=tf.CITY.get(zone, "Toronto"),
                            pin3=f"{r.randint(100, 999)} {r.randint(100, 999)} {r.randint(100, 999)}")
    if lang == "en":
        stage = r.choice(STAGES)
        subj = r.choice([f"{ctx.co.name} Interview: Riley Tremblay - {ctx.role}", f"Riley Tremblay / {ivs[0].name} - {stage}", f"{stage} | {ctx.role} | Riley Tremblay",
                         f"Interview - {ctx.role} - Riley Tremblay"])
        if updated:
            subj = "Updated: " + subj
        intro = r.choice([f"Hi Riley,\n\nPlease find the invitation for your {stage.lower()} for the {ctx.role} position below. You'll be meeting with {join_names(names(ivs))}.",
                          f"Hello Riley,\n\nAs discussed, sending over the invite for your interview with {join_names(names(ivs))}. Please let me know if anything changes on your end.",
                          f"Riley - here is the Teams invitation for {tf.date_en(start, 0)}. Panel: {join_names([f'{p.name} ({p.title})' for p in ivs])}."])
        if updated:
            intro = f"Hi Riley,\n\nWe had to move this by a little bit; the updated time is in the invite. Same panel: {join_names(names(ivs))}. Apologies for the shuffle!"
        sig = f"\n\nThanks,\n{org.name}\n{org.title}\n{ctx.co.name}"
    else:
        stage = r.choice(STAGES_FR)
        subj = r.choice([f"Entrevue \u2013 {ctx.role} \u2013 Riley Tremblay", f"{stage} | {ctx.co.name}", f"Rencontre : Riley Tremblay / {ivs[0].name}"])
        if updated:
            subj = "Mise à jour : " + subj
        intro = r.choice([f"Bonjour Riley,\n\nVoici l'invitation pour votre {stage.lower()} pour le poste de {ctx.role}. Vous rencontrerez {join_names(names(ivs), 'fr')}.",
                          f"Bonjour Riley,\n\nTel que convenu, je vous transmets l'invitation Teams pour l'entrevue avec {join_names(names(ivs), 'fr')}."])
        if updated:
            intro = f"Bonjour Riley,\n\nNous avons dû déplacer la rencontre; la nouvelle heure figure dans l'invitation. Vous rencontrerez toujours {join_names(names(ivs), 'fr')}."
        sig = f"\n\nMerci,\n{org.name}\n{org.title}\n{ctx.co.name}"
    text = intro + sig + "\n\n" + tb
    cal = mime.ics(r, start=start, minutes=dur, summary=subj.replace("Updated: ", "").replace("Mise à jour : ", ""), organizer=(org.name, org.email),
                   attendees=[(OWNER_NAME, OWNER)] + [(p.name, p.email) for p in ivs], tzmode="windows", style="outlook",
                   uid="040000008200E00074C5B7101A82E008" + mime.hexs(r, 56).upper(), seq=1 if updated else 0, location="Microsoft Teams Meeting",
                   description=text, stamp=ctx.sent.astimezone(UTC))
    raw, _ = human_mail(r, sent=ctx.sent, sender=(org.name, org.email), subject=subj, text=text, client="outlook", calendar=cal, lang=lang,
                        to=[(OWNER_NAME, OWNER)] + [(p.name, p.email) for p in ivs], crlf=True,
                        extra=[("X-MS-Exchange-Calendar-Series-Instance-Id", "BAAAAIIA4AB0xbcQGoLgCAAAAA" + mime.alnum(r, 20)), ("X-MS-Exchange-Organization-AuthAs", "Anonymous")])
    role = ctx.role if ctx.role in text or ctx.role in subj else None
    out.add(key, raw, "interview_invite", "in", ctx.co.name, role, start, names(ivs), None,
            f"Outlook/Exchange meeting request, Windows TZID '{mime.WINDOWS_NAME[zone]}', Teams block; organizer is the recruiter who only schedules"
            + ("; update with SEQUENCE:1, the new time counts" if updated else ""), lang=lang, sent=ctx.sent)


# ----------------------------------------------------------------------------- human bookings

def human_fixed(out, key, lang="en"):
    ctx = Ctx(key, lang=lang)
    r = ctx.rng
    who = r.choice(["recruiter", "hm"])
    sender = ctx.recruiter if who == "recruiter" else ctx.hm
    zone = r.choice([ctx.co.zone, ctx.co.zone, world.OWNER_TZ])
    start = slot(ctx, zone=zone)
    if who == "recruiter":
        ivs = [ctx.hm] if r.random() < 0.6 else [ctx.recruiter]
    else:
        ivs = [ctx.hm]
    ctx.hm.title = ctx.hm.title or r.choice(HM_TITLES if lang == "en" else HM_TITLES_FR)
    mname, mlink = meet(r, r.choice(["zoom", "meet", "teams", "webex"]), ctx.co)
    prev = None
    if lang == "en":
        when = tf.when_en(start, r.choice([0, 2, 3, 4, 8, 9]))
        who_txt = "me" if ivs[0] is sender else f"{ivs[0].name} ({ivs[0].title})"
        core = r.choice([
            f"Great, you're confirmed for {when} with {who_txt}. {mname} link: {mlink}",
            f"Perfect \u2014 let's lock in {when}. You'll be chatting with {who_txt}. I'll send a calendar hold shortly; here's the link in the meantime: {mlink}",
            f"Thanks for sending your availability! {ivs[0].first} can do {when}. Does that still work? Link: {mlink}",
            f"Booked! {when}, {who_txt}, 45 minutes on {mname}: {mlink}",
            f"Would {when} work for a call with {who_txt}? If so, I'll send the invite. {mname}: {mlink}",
            f"ok {when} it is. i'll call you from {ctx.co.name}'s zoom: {mlink}",
        ])
        extra = r.choice(["", "No prep needed, it's a conversation about your background and the team.", f"We'll talk through a recent project and the {ctx.role} role.",
                          "Bring questions! This is as much for you as for us.", "If anything comes up, just reply here and we'll find another time."])
        text = f"{r.choice(['Hi Riley,', 'Riley,', 'Hey Riley!', 'Hello Riley,'])}\n\n{core}\n\n{extra}\n\n{r.choice(['Best,', 'Thanks!', 'Talk soon,', 'Cheers,'])}\n{sig_block(r, sender, ctx.co, title=sender.title or r.choice(RECRUITER_TITLES))}"
        subj = r.choice([f"Re: {ctx.role} - next steps", f"Re: {ctx.co.name} / Riley", "Re: availability", f"{ctx.role} interview - confirmed", "Re: Quick chat?"])
        if subj.startswith("Re:"):
            prev = {"sent": ctx.sent - dt.timedelta(hours=r.randint(2, 30)), "name": OWNER_NAME, "mail": OWNER, "subject": subj[4:], "to_name": sender.name, "to_mail": sender.email,
                    "text": r.choice(["Hi,\n\nThanks for reaching out! I'm free most afternoons next week, Tuesday to Thursday after 1pm Eastern.\n\nBest,\nRiley",
                                      "Thanks! Any time Monday or Wednesday works on my end.\n\nRiley", "Sounds great. Happy to chat; my calendar is pretty open next week.\n\nRiley Tremblay"])}
    else:
        when = tf.when_fr(start, r.choice([0, 1, 2, 4]))
        core = r.choice([f"C'est confirmé pour {when} avec {ivs[0].name}. Voici le lien {mname} : {mlink}",
                         f"Parfait! On se voit {when}. Tu rencontreras {ivs[0].name}. Lien : {mlink}",
                         f"Est-ce que {when} vous conviendrait pour une rencontre avec {ivs[0].name}? Si oui, je vous envoie l'invitation. Lien {mname} : {mlink}"])
        text = f"Bonjour Riley,\n\n{core}\n\n{r.choice(['Au plaisir!', 'Merci et bonne journée,', 'À bientôt,'])}\n{sig_block(r, sender, ctx.co, title=r.choice(RECRUITER_TITLES_FR), fr=True)}"
        subj = r.choice([f"RE: Poste de {ctx.role}", "RE: Disponibilités", f"Entrevue \u2013 {ctx.role}"])
        if subj.startswith("RE:"):
            prev = {"sent": ctx.sent - dt.timedelta(hours=r.randint(2, 30)), "name": OWNER_NAME, "mail": OWNER, "subject": subj[4:], "to_name": sender.name, "to_mail": sender.email,
                    "text": "Bonjour,\n\nMerci pour votre message! Je suis disponible mardi ou jeudi en après-midi.\n\nRiley"}
    if ctx.co.name not in text:
        text += f"\n{ctx.co.name}"
    irt = fake_mid(r, "example.com", "gmail") if prev else None
    raw, _ = human_mail(r, sent=ctx.sent, sender=(sender.name, sender.email), subject=subj, text=text,
                        client=r.choice(["gmail", "outlook", "iphone", "superhuman"]), in_reply_to=irt, references=[irt] if irt else None,
                        quote=prev, lang=lang)
    role = ctx.role if ctx.role in text.split("\n\n> ")[0] or ctx.role in subj else None
    out.add(key, raw, "interview_invite", "in", ctx.co.name, role, start, names(ivs), None,
            "human mail that fixes one time in the text" + (" (proposes one time and asks to confirm)" if ("Would " in core or "Does that" in core or "conviendrait" in core) else "")
            + ("; the sender runs the call and is listed" if ivs[0] is sender else "") + (", time given in the candidate's zone" if zone == world.OWNER_TZ and ctx.co.zone != world.OWNER_TZ else ""),
            lang=lang, sent=ctx.sent)


def human_slots(out, key, lang="en"):
    ctx = Ctx(key, lang=lang)
    r = ctx.rng
    sender = ctx.recruiter
    ivs = panel(ctx, r.randint(1, 2)) if r.random() < 0.7 else []
    zone = ctx.co.zone
    s = [slot(ctx, zone=zone, lo=2, hi=9) for _ in range(3)]
    s = sorted(set(s))
    if lang == "en":
        opts = "\n".join(f"- {tf.when_en(x, r.choice([0, 2, 9]))}" for x in s)
        core = r.choice([f"The team would love to set up a {r.choice(STAGES).lower()}. Do any of these work for you?",
                         "Here are a few options for the next conversation:", "Could you let me know which of these works best?",
                         "Next up is a conversation with the hiring team. I'm holding these times:"])
        text = f"Hi Riley,\n\n{core}\n\n{opts}\n\n" + (f"You'd be meeting {join_names(names(ivs))}.\n\n" if ivs else "") + \
            r.choice(["If none of these work, send me a few windows and I'll make it happen.", "Reply with your pick and I'll send a calendar invite.", "First come, first served on the panel's calendars!"]) + \
            f"\n\n{r.choice(['Thanks,', 'Best,'])}\n{sig_block(r, sender, ctx.co, title=r.choice(RECRUITER_TITLES))}"
        subj = r.choice([f"Next steps - {ctx.role}", f"{ctx.co.name}: scheduling your next interview", "Times for next week?", f"Re: {ctx.role} application"])
    else:
        opts = "\n".join(f"- {tf.when_fr(x, r.choice([0, 2]))}" for x in s)
        text = f"Bonjour Riley,\n\nNous aimerions planifier la prochaine étape pour le poste de {ctx.role}. Est-ce qu'une de ces plages vous convient?\n\n{opts}\n\n" + \
            (f"Vous rencontrerez {join_names(names(ivs), 'fr')}.\n\n" if ivs else "") + f"Merci,\n{sig_block(r, sender, ctx.co, title=r.choice(RECRUITER_TITLES_FR), fr=True)}"
        subj = r.choice([f"Prochaine étape \u2013 {ctx.role}", "Plages horaires pour une entrevue"])
    raw, _ = human_mail(r, sent=ctx.sent, sender=(sender.name, sender.email), subject=subj, text=text, client=r.choice(["gmail", "outlook"]), lang=lang)
    role = ctx.role if ctx.role in text or ctx.role in subj else None
    out.add(key, raw, "interview_invite", "in", ctx.co.name, role, None, names(ivs) or None, None,
            f"{len(s)} slot proposals: a scheduling request, no single start" + ("; prospective interviewers named" if ivs else ""), lang=lang, sent=ctx.sent)


# ----------------------------------------------------------------------------- vendors and chatbots

def karat(out, key, confirmed=False):
    ctx = Ctx(key, country=None)
    r = ctx.rng
    co = ctx.co.name
    if not confirmed:
        subj = r.choice([f"{co} Technical Interview - schedule with Karat", f"Next step with {co}: your Karat interview", f"Schedule your {co} technical interview"])
        blocks = [("p", "Hi Riley,"),
                  ("p", f"{co} has partnered with Karat to conduct the technical interview for the {ctx.role} role. Karat's Interview Engineers are experienced software engineers who interview on behalf of {co}."),
                  ("p", "The interview lasts 60 minutes and is conducted over video with a shared coding environment. You can pick any available time, including evenings and weekends."),
                  ("btn", "Schedule your interview", f"https://app.karat.example/schedule/{mime.hexs(r, 20)}"),
                  ("p", "Please schedule within the next 5 days so the team can keep things moving."),
                  ("sig", ["Karat Candidate Support", f"on behalf of {co}"]), ("small", "Karat, Seattle, WA. Questions? support@karat.example")]
        start, note = None, "third-party interview vendor (Karat-like) sent on the employer's behalf with a self-scheduling link: interview_invite, no start, interviewer unnamed"
    else:
        start = slot(ctx, zone=world.OWNER_TZ, lo=2, hi=6)
        subj = f"Confirmed: your {co} technical interview on {tf.date_en(start, 5)}"
        blocks = [("p", "Hi Riley,"), ("p", f"Your technical interview for {co} ({ctx.role}) is confirmed."),
                  ("kv", [("When", tf.when_en(start, 0, 60)), ("Duration", "60 minutes"), ("Interviewer", "A Karat Interview Engineer")]),
                  ("p", "You'll receive a link to join 15 minutes before your start time. Please have a laptop with a stable connection and a working camera."),
                  ("btn", "Reschedule", f"https://app.karat.example/reschedule/{mime.hexs(r, 20)}"), ("sig", ["Karat Candidate Support"])]
        note = "Karat-like vendor confirmation booked on the employer's behalf; start from the text, interviewer unnamed so null"
    cal = None
    if confirmed and r.random() < 0.5:
        cal = mime.ics(r, start=start, minutes=60, summary=f"{co} Technical Interview (Karat)", organizer=("Karat Scheduling", "scheduling@karat.example"),
                       attendees=[(OWNER_NAME, OWNER)], tzmode="utc", style="tool", uid=f"{mime.hexs(r, 24)}@karat.example",
                       prodid="-//Karat//Interview//EN", stamp=ctx.sent.astimezone(UTC))
        note += " and a UTC .ics"
    raw = auto_mail(r, sent=ctx.sent, from_name=r.choice([f"{co} via Karat", "Karat", f"Karat on behalf of {co}"]), from_addr="no-reply@karat.example", subject=subj,
                    blocks=blocks, esp="sendgrid", bulk=["auto"], calendar=cal, calendar_mode="attach-cal", html_style="card", title="Karat")
    out.add(key, raw, "interview_invite", "in", co, ctx.role, start, None, None, note, sent=ctx.sent)


def paradox(out, key):
    ctx = Ctx(key)
    r = ctx.rng
    start = slot(ctx)
    co = ctx.co.name
    ctx.hm.title = "Store Systems Manager"
    text = r.choice([f"Great news, Riley! \U0001F389 Your interview for {ctx.role} is confirmed for {tf.when_en(start, 0)} with {ctx.hm.name}.",
                     f"You're all set! \u2705 I've booked your interview with {ctx.hm.name} on {tf.when_en(start, 8)}. Role: {ctx.role}."])
    blocks = [("p", text), ("p", "Reply R to reschedule or C to cancel. Need help? Just ask me here."),
              ("p", f"\u00a1Gracias! Si prefieres espa\u00f1ol, responde ES."), ("sig", [f"Olivia, {co} Recruiting Assistant"])]
    raw = auto_mail(r, sent=ctx.sent, from_name=f"Olivia from {co}", from_addr="olivia@paradox-mail.example", subject=r.choice([f"Interview Confirmed \u2013 {co} \U0001F4C5", f"Your {co} interview is booked!"]),
                    blocks=blocks, esp="sendgrid", bulk=["auto"], html_style="minimal", subject_mode="B")
    out.add(key, raw, "interview_invite", "in", co, ctx.role, start, [ctx.hm.name], None,
            "Paradox 'Olivia'-style chatbot confirmation with emoji and a Spanish line; time from the text", lang="en", sent=ctx.sent)


def workday_sched(out, key, vendor="workday"):
    ctx = Ctx(key)
    r = ctx.rng
    p = pf.ats_profile(r, vendor, ctx.co)
    co = ctx.co.name
    if vendor == "icims":
        subj = f"Interview Request - {ctx.role}"
        blocks = [("p", "Dear Riley,"), ("p", f"Thank you for your interest in the {ctx.role} position at {co}. We would like to invite you to interview with our team."),
                  ("p", "Please click the link below to select an interview time from the available slots."),
                  ("btn", "Schedule Interview", p["link"] + "/interview/self-schedule?id=" + mime.hexs(r, 12)), ("sig", [f"{co} Talent Acquisition"])]
        start, ivs, note = None, None, "iCIMS self-schedule interview request: interview_invite with a link, no start"
        sent = ctx.sent
    else:
        sent = ctx.sent.astimezone(ZoneInfo("America/Los_Angeles"))
        start = slot(ctx)
        ivs = [ctx.hm]
        subj = r.choice([f"Interview Scheduled: {ctx.role}", f"{co} - Interview Scheduled", f"Your interview for {ctx.req} {ctx.role} has been scheduled"])
        blocks = [("p", "Hello Riley,"), ("p", f"An interview has been scheduled for the {ctx.req} {ctx.role} position."),
                  ("kv", [("Interview", "Hiring Manager Interview"), ("Date and time", tf.when_en(start, 6, 60)), ("Interviewer", ctx.hm.name), ("Location", "Virtual - link to follow")]),
                  ("p", "You can view interview details in Candidate Home."), ("btn", "Candidate Home", p["link"] + "/userHome"), ("sig", [f"{co} Recruiting"])]
        note = "Workday 'Interview Scheduled' notice, time from the text" + ("; the printed '(UTC-..)' label is the standard offset, the start takes the daylight offset of that date" if start.dst() else "")
    blocks += pf.ats_footer(r, p, ctx.co)
    raw = auto_mail(r, sent=sent, from_name=p["from_name"], from_addr=p["from_addr"], subject=subj, blocks=blocks, esp=p["esp"], bulk=["auto"],
                    html_style=p["html_style"], title=co)
    out.add(key, raw, "interview_invite", "in", co, ctx.role, start, names(ivs) if ivs else None, None, note, sent=sent)


def bookings(out, key):
    ctx = Ctx(key, country="CA")
    r = ctx.rng
    co = ctx.co.name
    zone = ctx.co.zone if ctx.co.zone in mime.WINDOWS_NAME else world.OWNER_TZ
    start = slot(ctx, zone=zone)
    staff = ctx.recruiter
    subj = r.choice([f"Your booking with {co} is confirmed", f"Booking confirmed: Recruiter phone screen with {staff.name}", f"{co} - appointment confirmation"])
    blocks = [("p", "Hello Riley Tremblay,"), ("p", "Thanks for booking with us. Here are your booking details:"),
              ("kv", [("Service", f"Phone screen - {ctx.role}"), ("Date and time", tf.when_en(start, 6, 30)), ("Staff", staff.name),
                      ("Join", meet(r, "teams")[1])]),
              ("btn", "Manage booking", f"https://outlook.office.example/bookwithme/{mime.hexs(r, 16)}"), ("small", f"{co} Careers \u00b7 Microsoft Bookings")]
    raw = auto_mail(r, sent=ctx.sent, from_name=f"{co} Careers", from_addr=f"bookings@{ctx.co.domain}", subject=subj, blocks=blocks, esp="exchange",
                    bulk=["auto", "suppress"], html_style="minimal", crlf=True)
    out.add(key, raw, "interview_invite", "in", co, ctx.role, start, [staff.name], None,
            "Microsoft Bookings confirmation; the recruiter runs the screen" + ("; the printed '(UTC-0x:00)' label is the standard offset, the start uses the daylight offset of that date" if start.dst() else ""), sent=ctx.sent)


def onsite(out, key):
    ctx = Ctx(key)
    r = ctx.rng
    coord = ctx.recruiter
    ivs = panel(ctx, r.randint(3, 5))
    start = slot(ctx, lo=5, hi=14)
    start = start.replace(hour=r.choice([9, 9, 10]), minute=r.choice([0, 30]))
    rows = [(f"{tf.h12(start)}", f"Arrive & welcome coffee with {coord.first} (Recruiting)")]
    t = start + dt.timedelta(minutes=30)
    for p in ivs:
        rows.append((tf.h12(t), f"{r.choice(STAGES)} \u2013 {p.name}, {p.title}"))
        t += dt.timedelta(minutes=r.choice([45, 60]))
        if t.hour == 12:
            rows.append((tf.h12(t), "Lunch with the team"))
            t += dt.timedelta(minutes=60)
    virtual = r.random() < 0.4
    addr_ = f"{r.randint(100, 999)} {r.choice(['Front St W', 'Market St', 'Spadina Ave', 'Main St', '2nd Ave'])}, {ctx.co.city}"
    text = (f"Hi Riley,\n\n{r.choice(['We are excited to host you for your final round!', 'Here is your agenda for the onsite.', 'Confirming your onsite interviews.'])} "
            f"{'It will be fully virtual on Zoom.' if virtual else 'Please come to ' + addr_ + ' and check in at the front desk.'}\n\n"
            f"{tf.date_en(start, 2)} ({tf.generic(start)})\n" + "\n".join(f"{a}  {b}" for a, b in rows) +
            f"\n\n{r.choice(['Let me know if you need any accommodations.', 'Dress is casual. Parking is validated.', 'Bring a laptop for the pairing session.'])}\n\n{coord.first}\n{r.choice(RECRUITER_TITLES)}, {ctx.co.name}")
    osubj = r.choice([f"Your onsite agenda - {ctx.role}", f"Confirming your {ctx.co.name} final round", "Final round schedule"])
    if ctx.role in osubj:
        text = text.replace("Hi Riley,", "Hi Riley,", 1)
    raw, _ = human_mail(r, sent=ctx.sent, sender=(coord.name, coord.email), subject=osubj,
                        text=text, client=r.choice(["gmail", "outlook"]), cc=[(p.name, p.email) for p in ivs[:2]] if r.random() < 0.3 else None)
    subj_role = ctx.role in text or ctx.role in osubj
    out.add(key, raw, "interview_invite", "in", ctx.co.name, ctx.role if subj_role else None, start, names(ivs), None,
            "onsite/final-round agenda: start at the arrival time, the coordinator's welcome slot is not an interview", sent=ctx.sent)


def zoom(out, key):
    ctx = Ctx(key)
    r = ctx.rng
    host = ctx.hm
    start = slot(ctx)
    mid = f"{r.randint(800, 899)} {r.randint(1000, 9999)} {r.randint(1000, 9999)}"
    link = f"https://{ctx.co.slug[:10]}.zoom.example/j/{mid.replace(' ', '')}?pwd={mime.alnum(r, 20)}"
    zl = {"Eastern": "Eastern Time (US and Canada)", "Central": "Central Time (US and Canada)", "Mountain": "Mountain Time (US and Canada)",
          "Pacific": "Pacific Time (US and Canada)", "Atlantic": "Atlantic Time (Canada)", "Newfoundland": "Newfoundland", "Regina": "Saskatchewan", "Phoenix": "Arizona"}[tf.fam(start)]
    text = (f"{host.name} is inviting you to a scheduled Zoom meeting.\n\nTopic: Riley Tremblay / {host.first} - {ctx.co.name}\n"
            f"Time: {tf.MONTHS[start.month - 1][:3]} {start.day}, {start.year} {start.strftime('%I:%M %p')} {zl}\n\nJoin Zoom Meeting\n{link}\n\n"
            f"Meeting ID: {mid}\nPasscode: {r.randint(100000, 999999)}\n\n---\n\nOne tap mobile\n+15550100{r.randint(10, 99)},,{mid.replace(' ', '')}# US")
    if r.random() < 0.5:
        text = f"Hi Riley, sending the invite for our chat. Talk then!\n{host.first}\n\n" + text
    raw, _ = human_mail(r, sent=ctx.sent, sender=(host.name, host.email), subject=f"Riley Tremblay / {host.first} - {ctx.co.name}", text=text, client="gmail", html=False)
    out.add(key, raw, "interview_invite", "in", ctx.co.name, None, start, [host.name], None,
            "Zoom meeting invitation text with no job words; a hiring manager booking a slot is an invite; time from the 'Time:' line", sent=ctx.sent)


def build(out):
    for i in range(7):
        availability(out, f"inv-avail-{i}")
    for i in range(5):
        goodtime(out, f"inv-gt-{i}", "confirm")
    for i in range(3):
        goodtime(out, f"inv-gtrem-{i}", "reminder")
    for i in range(3):
        goodtime(out, f"inv-ml-{i}", "resched")
    for i in range(2):
        goodtime_choose(out, f"inv-gtchoose-{i}")
    for i in range(4):
        calendly(out, f"inv-cal-{i}", "confirm")
    for i in range(2):
        calendly(out, f"inv-calrem-{i}", "reminder")
    for i in range(2):
        calendly(out, f"inv-calres-{i}", "resched")
    calendly_cancel(out, "inv-calcancel-0")
    gz = ["America/Vancouver", "America/Halifax", None, "America/St_Johns", "America/Edmonton", None, "America/Los_Angeles"]
    for i in range(7):
        gcal(out, f"inv-gcal-{i}", nojob=(i in (2, 5)), want_zone=gz[i])
    for i in range(2):
        gcal(out, f"inv-gcalupd-{i}", updated=True)
    oz = ["America/Los_Angeles", "America/Denver", "America/Halifax", "America/Regina", "America/Phoenix", "America/Chicago"]
    for i in range(6):
        outlook(out, f"inv-ol-{i}", want_zone=oz[i])
    for i in range(2):
        outlook(out, f"inv-olupd-{i}", updated=True, want_zone=["America/Vancouver", None][i])
    for i in range(7):
        human_fixed(out, f"inv-hfix-{i}")
    for i in range(5):
        human_slots(out, f"inv-hslot-{i}")
    for i in range(2):
        karat(out, f"inv-karat-{i}")
    for i in range(2):
        karat(out, f"inv-karatc-{i}", confirmed=True)
    for i in range(2):
        paradox(out, f"inv-paradox-{i}")
    for i in range(2):
        workday_sched(out, f"inv-wd-{i}")
    workday_sched(out, "inv-icims-0", "icims")
    for i in range(2):
        bookings(out, f"inv-book-{i}")
    for i in range(3):
        onsite(out, f"inv-onsite-{i}")
    for i in range(2):
        zoom(out, f"inv-zoom-{i}")
    # French
    for i in range(2):
        gcal(out, f"inv-fr-gcal-{i}", lang="fr", updated=(i == 1))
    for i in range(2):
        outlook(out, f"inv-fr-ol-{i}", lang="fr")
    for i in range(2):
        human_fixed(out, f"inv-fr-hfix-{i}", lang="fr")
    human_slots(out, "inv-fr-hslot-0", lang="fr")
    availability(out, "inv-fr-avail-0", lang="fr")
