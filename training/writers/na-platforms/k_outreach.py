"""recruiter_outreach: first contact from the employer side (in-house, LinkedIn InMail, Gem sequences, agencies,
hiring managers, founders, marketplaces, referrals, CRM campaigns), in English and Canadian French."""
import mime
import platforms as pf
import world
from common import Ctx, RECRUITER_TITLES, RECRUITER_TITLES_FR, HM_TITLES, fake_mid, pick_n, sig_block
from compose import auto_mail, human_mail, quote_block

SUBJ = ["{role} at {co}", "Quick question about a {role} role", "{co} + Riley", "Opportunity: {role} ({where})",
        "Exploring {role} at {co}?", "Your background + our {team} team", "Hello from {co}", "Riley \u2014 {role} role",
        "Coffee chat about {co}?", "Open to new roles?", "Interested in {co}?", "{co} is hiring a {role}",
        "{role} opening \u2014 thought of you", "Intro: {co} {team} team", "Would love to chat, Riley",
        "Re: your profile", "{team} at {co}", "Connecting re: {role}"]
OPEN = [
    "I came across your profile while searching for people who have built {thing}, and your work at Ostrander Mobility caught my eye.",
    "I'm a recruiter at {co}, and I'm reaching out because your background lines up closely with a {role} opening on our {team} team.",
    "Hope your week is going well! I lead recruiting for our {team} group at {co} and wanted to reach out directly.",
    "Your talk on {thing} came up in a conversation with our hiring manager, and she asked me to get in touch.",
    "I'll keep this short: we're hiring a {role} at {co}, and I think you'd be a great fit.",
    "I noticed you've spent the last few years on {thing} \u2014 that's exactly the problem space our team is in right now.",
    "Reaching out because one of our engineers mentioned your name when we opened a {role} position.",
    "I know you're probably getting a lot of these, so I'll get to the point: {co} is building out its {team} team and you'd be a strong addition.",
    "I've been following your posts about {thing} for a while and figured it was time to say hello.",
    "We're growing our {team} team in {where2}, and your experience with {thing} stood out.",
    "I work on the talent team at {co}. We have a {role} role that I think could be a meaningful next step for you.",
    "Not sure if you're open to hearing about new roles right now, but I wanted to share one that seemed like a match.",
    "Quick intro: I'm {rfirst}, and I recruit for engineering and product at {co}.",
    "Your GitHub and your write-up on {thing} made me want to reach out.",
    "I'm hoping to connect about a {role} role at {co} \u2014 the team is small, senior, and shipping a lot.",
    "Our {team} lead asked me to find someone who has actually run {thing} in production. Your profile suggests you have.",
    "I'm reaching out about a role that isn't posted yet: a {role} on our {team} team.",
    "Apologies for the cold email! I'm hiring for a {role} and your background is a rare fit.",
    "Hi! I saw that you recently wrapped up a contract, so the timing felt right to reach out about {co}.",
    "We met briefly at the Data Council meetup last fall, and I remembered your questions about {thing}.",
    "I'm writing on behalf of our VP of Engineering, who is personally hiring for a {role}.",
    "Your experience across both product and data is unusual, and it's exactly what our {role} opening calls for.",
]
PITCH = [
    "We're a {size}-person team working on {product}, profitable and growing steadily.",
    "{co} recently closed a Series {series} and the {team} team is doubling this year.",
    "The role is remote-friendly across the US and Canada, with a hub in {where2}.",
    "You'd be working on {product}, which handles millions of events a day.",
    "The team owns everything from ingestion to the metrics layer, and the stack is mostly Python, dbt and Snowflake.",
    "Compensation for the role is {comp} base plus equity, depending on level.",
    "It's a hands-on role: roughly 70% building, 30% setting direction with product.",
    "We're hybrid, two days a week in our {where2} office, and flexible about it.",
    "The hiring manager, {hm}, previously built the data platform at a large marketplace and is a great person to learn from.",
    "The posted range is {comp}, and we sponsor TN visas for Canadian candidates.",
    "We're a small team (about {small} people) that values writing things down and shipping carefully.",
    "The work is mostly greenfield: {product} is about a year old and already has paying customers.",
]
ASK = [
    "Would you be open to a 20-minute call next week?",
    "If you're interested, just reply here and I'll share more details.",
    "Any chance you'd be up for a quick chat? Here's my calendar if that's easier: {cal}",
    "Even if the timing isn't right, I'd love to stay in touch.",
    "Would you be interested in learning more?",
    "Happy to send over the job description if you'd like a look first.",
    "Let me know if you'd like to talk \u2014 no pressure either way.",
    "If you know someone who'd be a fit, I'd also welcome a referral.",
    "Could we find 15 minutes this week or next? Feel free to grab time here: {cal}",
    "Are you open to exploring? If so, what does your availability look like?",
    "Reply with a yes and I'll set something up with the hiring manager.",
]
THINGS = ["streaming data pipelines", "experimentation platforms", "payments reconciliation", "event-driven backends",
          "metrics layers", "feature stores", "search relevance", "data contracts", "developer tooling",
          "customer-facing analytics", "real-time pricing", "data quality monitoring"]
TEAMS = ["Data Platform", "Core Services", "Payments", "Growth", "Analytics", "Infrastructure", "Search", "ML Platform", "Integrations"]
PRODUCTS = ["a pricing engine for freight brokers", "claims automation for mid-size insurers", "a scheduling product for clinics",
            "a ledger for small-business payments", "demand forecasting for grocery chains", "an observability product",
            "a catalog and search service for retailers", "grid analytics for utilities", "a booking platform for hotels"]
SIGNOFF = ["Best,", "Thanks,", "Cheers,", "Best regards,", "Warmly,", "Talk soon,", "All the best,", "Thanks so much,", "-"]


def _fill(ctx, s):
    r = ctx.rng
    comp = r.choice(["$165k\u2013$195k USD", "CA$150,000\u2013CA$175,000", "$180,000 to $215,000", "$140k\u2013$160k", "CAD 135K\u2013155K"])
    return ctx.fill(s, thing=r.choice(THINGS), team=ctx._team, where=r.choice(["Remote", "Hybrid", ctx.co.city, "Remote, Canada", "US/Canada remote"]),
                    where2=ctx.co.city.split(",")[0], size=r.choice(["40", "60", "120", "250", "180", "900"]), small=r.choice(["12", "18", "25", "30"]), series=r.choice("BCD"),
                    product=r.choice(PRODUCTS), comp=comp, cal=f"https://calendly.example/{ctx.recruiter.first.lower()}-{ctx.co.slug[:6]}/20min")


def _body(ctx, who="recruiter"):
    r = ctx.rng
    greet = r.choice(["Hi Riley,", "Hey Riley,", "Hello Riley,", "Hi Riley \u2014", "Riley,", "Good morning Riley,", "Hi there Riley,"])
    parts = [greet, _fill(ctx, r.choice(OPEN))]
    pitch = pick_n(r, PITCH, r.randint(0, 2))
    if pitch:
        parts.append(" ".join(_fill(ctx, p) for p in pitch))
    if r.random() < 0.35:
        parts.append(_fill(ctx, "The role: {role}. " + r.choice(["JD is here: https://{d}/careers/{s}", "More details: https://{d}/jobs/{s}", "Posting: https://{d}/careers#{s}"]).format(d=ctx.co.domain, s=mime.hexs(r, 6))))
    parts.append(_fill(ctx, r.choice(ASK)))
    return parts


def inhouse(out, key, lang="en"):
    ctx = Ctx(key)
    r = ctx.rng
    ctx._team = r.choice(TEAMS)
    ctx.recruiter.title = r.choice(RECRUITER_TITLES)
    subj = _fill(ctx, r.choice(SUBJ))
    parts = _body(ctx)
    if ctx.role not in " ".join(parts) and ctx.role not in subj:
        parts.insert(2, f"The title is {ctx.role}, though we're flexible on level.")
    text = "\n\n".join(parts) + "\n\n" + r.choice(SIGNOFF) + "\n" + sig_block(r, ctx.recruiter, ctx.co)
    raw, _ = human_mail(r, sent=ctx.sent, sender=(ctx.recruiter.name, ctx.recruiter.email), subject=subj, text=text,
                        client=r.choice(["gmail", "outlook", "superhuman", "gmail", "apple"]))
    out.add(key, raw, "recruiter_outreach", "in", ctx.co.name, ctx.role, None, None, None,
            "in-house recruiter's first contact" + (" with a booking link (still outreach, no interview yet)" if "calendly" in text else ""), sent=ctx.sent)


def inmail(out, key):
    ctx = Ctx(key)
    r = ctx.rng
    ctx._team = r.choice(TEAMS)
    ctx.recruiter.title = r.choice(RECRUITER_TITLES)
    rn = ctx.recruiter.name
    isubj = _fill(ctx, r.choice(SUBJ))
    msg = "\n\n".join(_body(ctx))
    if ctx.role not in msg and ctx.role not in isubj:
        msg += f"\n\n(The role is {ctx.role}.)"
    subj = r.choice([f"{rn} sent you a message", f"InMail: {isubj}", f"New message from {rn} at {ctx.co.name}", f"{ctx.recruiter.first} from {ctx.co.name} wants to connect"])
    blocks = [("p", f"{rn}\n{ctx.recruiter.title} at {ctx.co.name}"), ("h", isubj), ("p", msg),
              ("btn", "Reply", f"https://www.linkedin.example/messaging/thread/{mime.alnum(r, 24)}"),
              ("small", "This is an InMail from a recruiter. Replies go to LinkedIn messaging."),
              ("small", "This email was intended for Riley Tremblay. Learn why we included this. \u00a9 LinkedIn. Unsubscribe.")]
    raw = auto_mail(r, sent=ctx.sent, from_name=f"{rn} via LinkedIn", from_addr="inmail-hit-reply@linkedin.example", subject=subj,
                    blocks=blocks, esp="postfix", bulk=["auto", "unsub"] + (["bulk"] if r.random() < 0.4 else []), html_style="card",
                    title="LinkedIn", reply_to=None)
    out.add(key, raw, "recruiter_outreach", "in", ctx.co.name, ctx.role, None, None, None,
            "LinkedIn InMail notification carrying a recruiter's first message: outreach for the recruiter's company", sent=ctx.sent)


def gem(out, key, step=1):
    ctx = Ctx(key)
    r = ctx.rng
    ctx._team = r.choice(TEAMS)
    ctx.recruiter.title = r.choice(RECRUITER_TITLES)
    s1 = _fill(ctx, r.choice(SUBJ))
    body1 = "\n\n".join(_body(ctx)) + f"\n\n{r.choice(SIGNOFF)}\n{ctx.recruiter.first}\n" + r.choice([f"{ctx.recruiter.title}, {ctx.co.name}", f"{ctx.co.name} Talent", f"{ctx.recruiter.name} | {ctx.co.name}"])
    if ctx.role not in body1 and ctx.role not in s1:
        body1 = body1.replace("\n\n", f"\n\nWe're hiring a {ctx.role}. ", 1)
    extra = [("X-Gem-Sequence-Id", mime.hexs(r, 24)), ("X-Gem-Step", str(step)), ("X-Gem-Recipient-Id", mime.hexs(r, 16))]
    unsub = [("List-Unsubscribe", f"<https://www.gem-mail.example/unsubscribe/{mime.hexs(r, 20)}>"), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")]
    if step == 1:
        subj, text, irt, prev = s1, body1, None, None
    else:
        prev_sent = ctx.earlier(4, 9)
        prev = {"sent": prev_sent, "name": ctx.recruiter.name, "mail": ctx.recruiter.email, "text": body1, "subject": s1}
        subj = "Re: " + s1
        text = r.choice(["Hi Riley, bumping this to the top of your inbox in case it got buried. Still keen to chat about the {role} role!",
                         "Riley \u2014 just following up on my note below. Would a quick call this week work?",
                         "Circling back once more. If now's not the time, totally understand; a one-word reply helps me either way.",
                         "Hi again! Wanted to make sure this didn't slip through. The {role} search is moving quickly on our side.",
                         "Last nudge from me, promise. If {co} isn't on your radar right now, I'll check back in a few months."])
        text = ctx.fill(text) + f"\n\n{ctx.recruiter.first}\n{ctx.recruiter.title}, {ctx.co.name}"
        irt = fake_mid(r, ctx.co.domain, "gmail")
    raw, _ = human_mail(r, sent=ctx.sent, sender=(ctx.recruiter.name, ctx.recruiter.email), subject=subj, text=text, client="gmail",
                        extra=extra + unsub, in_reply_to=irt, references=[irt] if irt else None, quote=prev)
    role_named = ctx.role in text or ctx.role in subj or (prev is not None and ctx.role in body1)
    out.add(key, raw, "recruiter_outreach", "in", ctx.co.name, ctx.role if role_named else None, None, None, None,
            "Gem sourcing sequence step %d from the recruiter's own mailbox (X-Gem-*, List-Unsubscribe)" % step +
            ("; an unanswered nudge stays outreach" if step > 1 else ""), sent=ctx.sent)


def agency(out, key, named=True):
    ctx = Ctx(key)
    r = ctx.rng
    ag, agdom, agzone = r.choice(world.AGENCIES[:5] + world.AGENCIES[6:])
    rec = world.Person(r, agdom)
    client = ctx.co.name
    ctx._team = r.choice(TEAMS)
    if named:
        intro = r.choice([f"I'm partnering with {client} on a {ctx.role} search and your background looks like a strong match.",
                          f"My client, {client}, has asked me to find a {ctx.role} for their {ctx._team} team.",
                          f"I'm working exclusively with {client} ({ctx.co.city}) on a {ctx.role} hire."])
    else:
        intro = r.choice([f"I'm working with a confidential client, a Series {r.choice('BCD')} {ctx.co.sector} company, on a {ctx.role} role.",
                          f"One of our clients (I can't name them just yet, but they're a well-known {ctx.co.sector} brand) is hiring a {ctx.role}.",
                          f"My client is a fast-growing {ctx.co.sector} company in {ctx.co.city.split(',')[0]} looking for a {ctx.role}."])
    details = r.choice(["Rate/salary: " + r.choice(["$170-190k + bonus", "$85-95/hr on a 12-month contract", "CA$160K base, hybrid"]),
                        "It's a permanent role, remote within North America.", "Contract-to-hire, 6 months, fully remote.",
                        "Two interview rounds, and they're moving quickly."])
    ask = r.choice(["Are you open to a quick call to discuss?", "Please send me an updated resume if you're interested.",
                    "Let me know a good time to connect.", "Would you be interested? Happy to share the full JD.",
                    "Kindly share your updated resume and your expected compensation, and I will get back to you."])
    text = f"{r.choice(['Hi Riley,', 'Hello Riley,', 'Dear Riley,', 'Good afternoon Riley,'])}\n\n{intro}\n\n{details}\n\n{ask}\n\n{r.choice(SIGNOFF)}\n{rec.name}\n{r.choice(['Senior Recruiter', 'Principal Consultant', 'Technical Recruiter', 'Account Manager'])} | {ag}"
    if r.random() < 0.5:
        text += f"\n\n{ag} is an equal-opportunity staffing partner. If you would prefer not to receive job opportunities from us, reply STOP."
    raw, _ = human_mail(r, sent=world.sent_time(r, ctx.day, agzone), sender=(rec.name, rec.email),
                        subject=r.choice([f"{ctx.role} opportunity", f"{ctx.role} - {'Remote' if r.random() < 0.5 else ctx.co.city}",
                                          f"Exciting {ctx.role} role" + (f" with {client}" if named else ""), "Your experience + a new opportunity"]),
                        text=text, client=r.choice(["outlook", "gmail", "webmail"]),
                        extra=[("X-Mailer", "Bullhorn Email 2.0")] if r.random() < 0.3 else None)
    out.add(key, raw, "recruiter_outreach", "in", client if named else None, ctx.role, None, None, None,
            "agency recruiter, client named: company is the client" if named else "agency recruiter with a confidential client: company null", sent=ctx.sent)


def manager(out, key):
    ctx = Ctx(key)
    r = ctx.rng
    ctx._team = r.choice(TEAMS)
    title = r.choice(HM_TITLES)
    founder = "founder" in title.lower() or title == "CTO"
    txt = r.choice([
        "Hi Riley, I run the {team} team at {co}. I'm hiring a {role} and would love to tell you about it. Free for a quick call?",
        "Riley - {hmfirst} here, {title} at {co}. Saw your write-up on data contracts and it's basically our roadmap. We're hiring a {role}; interested in talking?",
        "hey riley, {hmfirst} from {co}. we're hiring a {role} and I think you'd love the problems. coffee sometime?",
        "Hello Riley,\n\nI'm {hm}, {title} at {co}. I'm building out the {team} team and I'm looking for a {role} who has owned systems end to end. Your background suggests you have. Would you be open to a conversation?",
        "Riley, hi. A friend of a friend (Dagny at Ostrander) suggested I reach out. We're hiring a {role} at {co}. Happy to share more over a call or a long email, whatever you prefer.",
        "Hi Riley \u2014 I'm the {title} at {co}. We just opened a {role} position and I'm doing the first conversations myself. Any interest?",
    ])
    text = ctx.fill(txt, team=ctx._team, title=title)
    mobile = r.random() < 0.4
    if mobile:
        text += "\n\n" + r.choice(["Sent from my iPhone", "Sent from my phone, excuse typos"])
    else:
        text += f"\n\n{ctx.hm.first}\n{title}, {ctx.co.name}"
    if ctx.co.name not in text:
        text += f"\n{ctx.co.domain}"
    raw, _ = human_mail(r, sent=ctx.sent, sender=(ctx.hm.name, ctx.hm.email), subject=r.choice([f"{ctx.role} at {ctx.co.name}", "Hi from " + ctx.co.name, "quick intro", f"{ctx._team} team"]),
                        text=text, client="iphone" if mobile else r.choice(["gmail", "superhuman", "outlook"]))
    out.add(key, raw, "recruiter_outreach", "in", ctx.co.name, ctx.role, None, None, None,
            ("founder's" if founder else "hiring manager's") + " own first contact" + (" from a phone" if mobile else ""), sent=ctx.sent)


def marketplace(out, key):
    ctx = Ctx(key, country="US")
    r = ctx.rng
    kind = r.choice(["hired", "wellfound", "dice"])
    co, role = ctx.co.name, ctx.role
    if kind == "hired":
        subj = f"Interview request from {co}"
        blocks = [("h", f"{co} wants to interview you"), ("p", f"{ctx.recruiter.name} at {co} sent you an interview request for {role}."),
                  ("kv", [("Salary offered", r.choice(["$175,000", "$190,000", "$160,000"])), ("Location", ctx.co.city + " / Remote")]),
                  ("p", f"Message from {ctx.recruiter.first}: \"Your profile is a great match for our {role} opening. We'd love to set up a first call.\""),
                  ("btn", "Review request", "https://hired.example/requests/" + mime.hexs(r, 12)), ("small", "Respond within 7 days to keep your profile active.")]
        frm, fn, note = "hello@hired.example", "Hired", "Hired-style 'interview request': a company's first contact with a salary and no time, so recruiter_outreach"
    elif kind == "wellfound":
        subj = f"{co} wants to connect with you"
        blocks = [("p", "Hey Riley,"), ("p", f"{ctx.hm.name} ({co}) is interested in your profile for {role}."),
                  ("p", f"\"Hi Riley! Loved your background. Would you be up for a chat about {role}?\""),
                  ("btn", "View message", "https://wellfound.example/inbox/" + mime.hexs(r, 10))]
        frm, fn, note = "team@wellfound.example", "Wellfound", "Wellfound connection request from a company's hiring manager: outreach"
    else:
        subj = f"A recruiter at {co} is interested in you"
        blocks = [("p", "Hello Riley,"), ("p", f"{ctx.recruiter.name}, {r.choice(RECRUITER_TITLES)} at {co}, sent you a message about {role}:"),
                  ("p", f"\"I found your profile on Dice and would like to discuss a {role} position. Are you available this week?\""),
                  ("btn", "Read and reply", "https://www.dice.example/messages/" + mime.hexs(r, 10))]
        frm, fn, note = "noreply@dice.example", "Dice", "Dice recruiter message relay: outreach for the company"
    raw = auto_mail(r, sent=ctx.sent, from_name=fn, from_addr=frm, subject=subj, blocks=blocks, esp="sendgrid",
                    bulk=["auto", "unsub"], html_style="card", title=fn)
    out.add(key, raw, "recruiter_outreach", "in", co, role, None, None, None, note, sent=ctx.sent)


def referral(out, key):
    ctx = Ctx(key)
    r = ctx.rng
    friend = ctx.hm
    text = r.choice([
        "Riley! Long time. My team at {co} just opened a {role} req and I immediately thought of you. Want me to refer you? The referral form takes two minutes on my end.",
        "Hey, hope you're doing well. We're hiring a {role} at {co} and I'd love to work with you again. If you're open to it, I can put in a referral and get you in front of the recruiter this week.",
        "Hi Riley \u2014 saw your post that you're looking. {co} is hiring for {role}; it's on my team's sister team. Happy to refer you and tell you what it's really like here.",
    ])
    text = ctx.fill(text) + "\n\n" + friend.first
    raw, _ = human_mail(r, sent=ctx.sent, sender=(friend.name, friend.email), subject=r.choice(["want a referral?", f"{ctx.role} at {ctx.co.name}", "thought of you"]),
                        text=text, client=r.choice(["gmail", "iphone", "apple"]))
    out.add(key, raw, "recruiter_outreach", "in", ctx.co.name, ctx.role, None, None, None,
            "former colleague at the company offering a referral: first contact from the employer side", sent=ctx.sent)


def crm(out, key):
    ctx = Ctx(key)
    r = ctx.rng
    vendor = r.choice(["Beamery", "Avature", "Phenom", "Gem"])
    ctx._team = r.choice(TEAMS)
    subj = ctx.fill(r.choice(["Riley, we think you'd be great for {role}", "A {role} role picked for you", "Join {co} as our next {role}?", "{co} is looking for a {role}"]))
    blocks = [("p", "Hi Riley,"),
              ("p", ctx.fill(r.choice(["I'm {rname} from the {co} talent team. Based on your experience, I think our {role} role is worth a look.",
                                       "We're reaching out to a small group of people whose experience matches our new {role} opening.",
                                       "You're receiving this because your background matches a role our team is hiring for: {role}."]))),
              ("p", r.choice(["If it sounds interesting, book a 15-minute intro with me below.", "Reply to this email if you'd like to chat.", "Take a look at the role and let me know what you think."])),
              ("btn", r.choice(["Book time with " + ctx.recruiter.first, "View the role"]), f"https://{ctx.co.domain}/careers/{mime.hexs(r, 8)}"),
              ("sig", [ctx.recruiter.name, r.choice(RECRUITER_TITLES), ctx.co.name]),
              ("small", f"You're receiving this email because you're part of the {ctx.co.name} talent network. Unsubscribe or update your preferences.")]
    raw = auto_mail(r, sent=ctx.sent, from_name=ctx.recruiter.name, from_addr=ctx.recruiter.email, subject=subj, blocks=blocks,
                    esp=r.choice(["sendgrid", "ses", "sparkpost"]), bulk=["unsub", "bulk"] + (["auto"] if r.random() < 0.3 else []),
                    html_style="minimal", extra=[("X-Campaign-Source", vendor.lower())])
    out.add(key, raw, "recruiter_outreach", "in", ctx.co.name, ctx.role, None, None, None,
            f"{vendor}-style CRM campaign from a named recruiter about one role, with bulk headers: still outreach (a mass mail listing many roles would be other)", sent=ctx.sent)


FR_OPEN = [
    "Je me permets de vous écrire, car votre parcours correspond très bien à un poste de {role} que nous cherchons à pourvoir chez {co}.",
    "Je suis conseillère en acquisition de talents chez {co} et votre profil a retenu mon attention.",
    "Salut Riley! Je recrute pour l'équipe de données chez {co} et j'ai pensé à toi pour un poste de {role}.",
    "Votre expérience en ingénierie des données m'a interpellé(e); nous avons une ouverture pour un poste de {role} à {city}.",
    "Nous bâtissons une nouvelle équipe chez {co} et je suis à la recherche d'un(e) {role}.",
    "J'espère que vous allez bien. Je vous contacte au sujet d'une occasion de carrière chez {co} : {role}.",
    "Bon matin Riley! Petite question rapide : serais-tu ouvert(e) à discuter d'un rôle de {role} chez {co}?",
]
FR_ASK = ["Seriez-vous disponible pour un court appel la semaine prochaine?", "Si le défi vous intéresse, répondez simplement à ce courriel.",
          "Est-ce que tu aurais 20 minutes cette semaine pour jaser?", "Je serais ravie de vous en dire plus lors d'un appel.",
          "N'hésitez pas à me faire signe si vous souhaitez en savoir davantage."]


def french(out, key):
    ctx = Ctx(key, lang="fr")
    r = ctx.rng
    ctx.recruiter.title = r.choice(RECRUITER_TITLES_FR)
    body = [r.choice(["Bonjour Riley,", "Bonjour,", "Salut Riley,", "Bonjour M. Tremblay,"] if r.random() < 0.3 else ["Bonjour Riley,", "Salut Riley,"]),
            ctx.fill(r.choice(FR_OPEN)),
            r.choice(["Le poste est hybride (deux jours par semaine au bureau).", "Il s'agit d'un poste permanent à temps plein, en mode hybride.",
                      "L'équipe travaille surtout en Python et en SQL, sur une plateforme infonuagique.", "L'échelle salariale se situe entre 120 000 $ et 140 000 $."]),
            r.choice(FR_ASK), r.choice(["Au plaisir,", "Cordialement,", "Bonne journée!", "Merci et à bientôt,"]),
            sig_block(r, ctx.recruiter, ctx.co, fr=True)]
    text = "\n\n".join(body[:-1]) + "\n" + body[-1]
    if r.random() < 0.3:
        text += "\n\nEnvoyé de mon cellulaire"
    subj = ctx.fill(r.choice(["Opportunité : {role} chez {co}", "Poste de {role}", "{co} \u2013 une occasion pour toi?", "Votre profil et notre équipe", "Occasion de carrière \u2013 {role}"]))
    raw, _ = human_mail(r, sent=ctx.sent, sender=(ctx.recruiter.name, ctx.recruiter.email), subject=subj, text=text,
                        client=r.choice(["outlook", "gmail", "iphone"]), lang="fr", charset=r.choice(["utf-8", "utf-8", "iso-8859-1"]))
    out.add(key, raw, "recruiter_outreach", "in", ctx.co.name, ctx.role, None, None, None,
            "Québec recruiter's first contact in French", lang="fr", sent=ctx.sent)


def build(out):
    for i in range(12):
        inhouse(out, f"out-inhouse-{i}")
    for i in range(6):
        inmail(out, f"out-inmail-{i}")
    for i in range(3):
        gem(out, f"out-gem1-{i}", 1)
    for i in range(3):
        gem(out, f"out-gem2-{i}", 2)
    for i in range(4):
        agency(out, f"out-agency-n-{i}", True)
    for i in range(3):
        agency(out, f"out-agency-c-{i}", False)
    for i in range(5):
        manager(out, f"out-hm-{i}")
    for i in range(3):
        marketplace(out, f"out-market-{i}")
    for i in range(2):
        referral(out, f"out-ref-{i}")
    for i in range(2):
        crm(out, f"out-crm-{i}")
    for i in range(6):
        french(out, f"out-fr-{i}")
