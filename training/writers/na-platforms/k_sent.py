"""The owner's sent mail: thank_you and follow_up (and outbound `other`: slot acceptances, withdrawals, negotiation...)."""
import datetime as dt

import mime
import textfmt as tf
import world
from common import Ctx, HM_TITLES, RECRUITER_TITLES, fake_mid, pick_n
from compose import human_mail
from world import OWNER, OWNER_NAME

OWNER_CLIENTS = ["gmail", "gmail", "apple", "iphone", "thunderbird", "outlook", "webmail"]

TY_SUBJ = ["Thank you - {name}, {role} interview", "Thank you for your time today", "Thanks for today, {first}!", "Great speaking with you",
           "Thank you \u2014 {role} conversation", "Following up on our conversation", "Thanks again", "Thank you for the interview",
           "{co} interview \u2014 thank you", "Appreciate your time, {first}"]
TY_OPEN = [
    "Thank you for taking the time to speak with me today about the {role} role.",
    "Thanks so much for the conversation this afternoon.",
    "I really enjoyed our conversation earlier, thank you for making the time.",
    "Thank you for meeting with me about the {role} position at {co}.",
    "Thanks again for the chat today \u2014 it was a pleasure to meet you.",
    "I wanted to send a quick note to thank you for the interview this morning.",
    "Thank you for walking me through the team and the role today.",
    "Many thanks for your time during my interview for {role}.",
    "Just a short note to say thank you for today's conversation.",
    "Thank you for such a thoughtful interview.",
    "I appreciated the chance to talk with you about {co} and the {role} opening.",
    "Thanks for the great discussion during my {stage}.",
    "I wanted to say thank you for a really engaging {stage} this afternoon.",
    "Thank you for the time you set aside for me today, especially on such a busy week.",
    "It was a pleasure speaking with you earlier about the {role} opening.",
    "Thanks for hosting my {stage} today and for all the context on the team's roadmap.",
    "Thank you for an interview that felt more like a conversation than a test.",
    "I appreciate you taking the time to dig into my background today.",
    "Thanks a lot for meeting with me, and for the tour of how {co} ships data products.",
    "Thank you for your time yesterday; I'm still thinking about some of your questions.",
    "Quick thank-you for the conversation today about the {role} role.",
]
TY_DETAIL = [
    "I especially enjoyed hearing how the team moved off the old nightly batch jobs.",
    "Our conversation about data contracts between product and platform teams has stuck with me.",
    "Thank you for being candid about the on-call load and how incidents are reviewed.",
    "The system design discussion about idempotent webhooks was genuinely fun.",
    "I appreciated your honesty about the challenges on this year's roadmap.",
    "It was great to learn how your team decides what not to build.",
    "Hearing about the experimentation platform rollout made me even more excited about the role.",
    "I've been thinking more about your question on backfills, and I'd add that I'd stage them behind a feature flag.",
    "I liked learning about how mentorship works on the team.",
    "The way you described partnering with finance on the metrics layer really resonated with me.",
    "Your walkthrough of the ingestion architecture was really helpful.",
    "I loved hearing about the customer interviews that shaped the new pricing work.",
    "Thanks for the tips on the pairing exercise format, too.",
    "It was helpful to understand how success in the first 90 days would be measured.",
]
TY_INTEREST = [
    "I'm very excited about the opportunity and would love to contribute to the team.",
    "Our conversation confirmed my interest in the role.",
    "I left even more enthusiastic about joining {co}.",
    "I think my experience running streaming pipelines would translate well to what you described.",
    "Please let me know if there's anything else I can share.",
    "I'd be happy to send over the design doc I mentioned.",
    "I look forward to hearing about next steps.",
    "",
]
TY_CLOSE = ["Best,", "Best regards,", "Thanks again,", "Warmly,", "All the best,", "Kind regards,", "Cheers,", "With thanks,"]
STAGES = ["technical screen", "system design interview", "hiring manager interview", "final round", "panel interview", "product case interview"]

FU_SUBJ = ["Following up on my application - {role}", "Checking in: {role}", "Follow-up: {role} interview", "Status of my application",
           "Any update on the {role} role?", "Following up", "Checking in on next steps", "{role} application - Riley Tremblay"]
FU_CORE = [
    "I hope you're doing well. I wanted to follow up on my application for the {role} position and see whether there's any update on timing.",
    "I'm writing to check in on the status of the {role} search. I remain very interested in the role.",
    "It's been about a week since my final interview, and I wanted to check in on next steps.",
    "I wanted to follow up on our conversation from last week. Is there anything else I can provide to help the team decide?",
    "I applied for the {role} role a few weeks ago and wanted to reiterate my interest.",
    "Just checking in to see if there are any updates on your side.",
    "I wanted to let you know that I've received another offer with a deadline next Friday. {co} remains my first choice, so I wanted to ask whether there's any update on timing.",
    "Hope your week is going well! Any news on the {role} process?",
    "I know these things take time, but I'd love to hear where things stand.",
    "Following up on my thank-you note from last week: I'm still very excited about the {role} opportunity.",
    "I wanted to touch base regarding the {role} role. Happy to answer any further questions.",
    "Quick check-in on my application. Let me know if there's a better person to reach out to.",
    "I hope the search is going well. I wanted to see whether a decision on the {role} role has been made.",
    "I'm following up on my interviews from two weeks ago to ask about the timeline for next steps.",
    "I realize things get busy, so I wanted to gently check in about the {role} position.",
    "I'm still very keen on the {role} opportunity and would be grateful for any update you can share.",
    "You mentioned I might hear back around now, so I thought I'd check in.",
    "Would you be able to share where things stand with my application?",
    "I wanted to follow up and see whether the team needs anything else from me, such as references or work samples.",
    "Checking in once more on the {role} role; I'd appreciate knowing either way so I can plan.",
    "I haven't heard back since my application a few weeks ago and wanted to confirm it was received.",
]
FR_TY_OPEN = [
    "Merci beaucoup pour l’entrevue d’aujourd’hui concernant le poste de {role}.",
    "Je tenais à vous remercier pour le temps que vous m’avez accordé cet après-midi.",
    "Merci pour cette belle rencontre ce matin!",
    "Un grand merci pour l’échange d’hier au sujet du poste de {role} chez {co}.",
    "Merci de m’avoir présenté l’équipe et les projets en cours.",
    "Je voulais simplement te remercier pour la discussion d’aujourd’hui.",
    "Merci pour l’entrevue technique; j’ai vraiment apprécié le format.",
]
FR_TY_DETAIL = [
    "J’ai beaucoup apprécié notre discussion sur la plateforme de données.",
    "Notre échange sur la façon dont l’équipe priorise les projets m’a beaucoup plu.",
    "J’ai aimé en apprendre davantage sur la culture de l’équipe.",
    "Ta description de la migration vers l’infonuagique m’a particulièrement intéressé(e).",
    "Les questions sur la qualité des données étaient très pertinentes.",
    "J’ai retenu vos conseils sur la collaboration avec les équipes produit.",
]
FR_TY_INTEREST = [
    "Le poste m’intéresse encore davantage après notre rencontre.",
    "Je demeure très motivé(e) à me joindre à {co}.",
    "N’hésitez pas à me contacter si vous avez besoin d’autres informations.",
    "Au plaisir de poursuivre le processus avec vous.",
    "Je serais ravi(e) de vous transmettre le document dont nous avons parlé.",
]
FR_FU = [
    "Je me permets de faire un suivi concernant ma candidature au poste de {role}.",
    "J’espère que vous allez bien. Avez-vous des nouvelles concernant le poste de {role}?",
    "Je voulais prendre des nouvelles du processus pour le poste de {role}; je demeure très intéressé(e).",
    "Cela fait environ une semaine depuis notre dernière entrevue, et je me demandais s’il y avait du nouveau.",
    "Je fais suite à mon courriel de remerciement de la semaine dernière concernant le poste de {role}.",
    "Pourriez-vous me donner une idée de l’échéancier pour la suite du processus?",
    "Petit suivi amical : y a-t-il des développements pour le poste de {role}?",
]
FU_CLOSE = ["Thanks so much,", "Thank you for your time,", "Best,", "Best regards,", "Many thanks,", "Thanks,"]


def ensure_co(text, subj, co, role, lang, kind="thank_you"):
    """Make sure the hiring company is named (the label carries it)."""
    if co in text or co in subj:
        return text
    for noun in (["role", "position", "opportunity", "opening"] if lang == "en" else []):
        if f"{role} {noun}" in text:
            return text.replace(f"{role} {noun}", f"{role} {noun} at {co}", 1)
    if lang == "fr" and role in text:
        return text.replace(role, f"{role} chez {co}", 1)
    paras = text.split("\n\n")
    if kind == "thank_you":
        extra = f"It was great to learn more about {co}." if lang == "en" else f"Ce fut un plaisir d'en apprendre plus sur {co}."
    else:
        extra = f"(This is about my application at {co}.)" if lang == "en" else f"Je vous écris au sujet de ma candidature chez {co}."
    paras.insert(max(1, len(paras) - 1), extra)
    return "\n\n".join(paras)


def _sig(r, mobile=False):
    if mobile:
        return "Riley\n\nSent from my iPhone"
    return r.choice(["Riley", "Riley Tremblay", f"Riley Tremblay\n{world.OWNER_PHONE}", f"Riley Tremblay\n{OWNER}\nlinkedin.example/in/rileytremblay", "Riley T."])


def thank_you(out, key, lang="en", pair=False):
    ctx = Ctx(key, lang=lang)
    r = ctx.rng
    who = [ctx.hm] if r.random() < 0.55 else [ctx.people(1)[0]]
    if r.random() < 0.15:
        who = [ctx.recruiter]
    if pair:
        who = [ctx.hm, ctx.people(1)[0]]
    client = r.choice(OWNER_CLIENTS)
    mobile = client == "iphone"
    d = ctx.sent.astimezone(world.ZoneInfo(world.OWNER_TZ))
    d = d.replace(hour=r.randint(12, 21), minute=r.randint(0, 59))
    first = " and ".join(p.first for p in who) if lang == "en" else " et ".join(p.first for p in who)
    quote = None
    irt = None
    if lang == "en":
        parts = [r.choice([f"Hi {first},", f"Dear {who[0].name}," if not pair else f"Hi {first},", f"Hello {first},", f"{first},"]),
                 ctx.fill(r.choice(TY_OPEN), stage=r.choice(STAGES)), r.choice(TY_DETAIL) if not mobile else "",
                 ctx.fill(r.choice(TY_INTEREST)), r.choice(TY_CLOSE) + "\n" + _sig(r, mobile)]
        text = "\n\n".join(x for x in parts if x)
        if mobile:
            text = f"Hi {first}, thanks so much for your time today! Really enjoyed learning about {ctx.co.name} and the {ctx.role} team. Looking forward to next steps.\n\n{_sig(r, True)}"
        subj = ctx.fill(r.choice(TY_SUBJ), name=who[0].name, first=who[0].first)
    else:
        opener = ctx.fill(r.choice(FR_TY_OPEN))
        detail = r.choice(FR_TY_DETAIL)
        interest = ctx.fill(r.choice(FR_TY_INTEREST))
        text = f"Bonjour {first},\n\n{opener} {detail}\n\n{interest}\n\n{r.choice(['Au plaisir,', 'Merci encore,', 'Bonne fin de journée,', 'Cordialement,'])}\n{_sig(r)}"
        subj = r.choice([f"Merci \u2013 entrevue pour le poste de {ctx.role}", "Merci pour votre temps", f"Merci, {who[0].first}!", "Suite à notre entrevue", "Un grand merci"])
    if not pair and r.random() < 0.35:
        # reply in the interviewer's own thread (their invitation)
        p = who[0]
        osubj = r.choice([f"{ctx.co.name} | Interview", f"Riley / {p.first}", f"Interview confirmation - {ctx.role}"])
        quote = {"sent": d - dt.timedelta(days=r.randint(2, 6)), "name": p.name, "mail": p.email, "subject": osubj,
                 "text": f"Hi Riley,\n\nLooking forward to our chat on {tf.date_en((d - dt.timedelta(hours=3)).date(), 0)}.\n\n{p.first}"}
        subj = "Re: " + osubj
        irt = fake_mid(r, ctx.co.domain, "gmail")
    text = ensure_co(text, subj, ctx.co.name, ctx.role, lang)
    raw, _ = human_mail(r, sent=d, sender=(OWNER_NAME, OWNER), subject=subj, text=text, to=[(p.name, p.email) for p in who],
                        cc=[(ctx.recruiter.name, ctx.recruiter.email)] if (r.random() < 0.15 and ctx.recruiter not in who) else None,
                        client=client, inbound=False, quote=quote, in_reply_to=irt, references=[irt] if irt else None, lang=lang)
    role = ctx.role if (ctx.role in text or ctx.role in subj) else None
    out.add(key, raw, "thank_you", "out", ctx.co.name, role, None, [p.name for p in who], None,
            "candidate's thank-you" + (" to two interviewers at once" if pair else "") + (" as a reply in the interviewer's thread" if quote else "") +
            (" to the recruiter who ran the screen" if who[0] is ctx.recruiter else "") + ("; a Cc'd recruiter is not listed" if "Cc:" in raw.decode("utf-8", "replace").split("\n\n", 1)[0] else ""),
            lang=lang, sent=d)


def follow_up(out, key, lang="en"):
    ctx = Ctx(key, lang=lang)
    r = ctx.rng
    p = ctx.recruiter
    client = r.choice(OWNER_CLIENTS)
    d = ctx.sent.astimezone(world.ZoneInfo(world.OWNER_TZ))
    quote, irt = None, None
    if lang == "en":
        core = ctx.fill(r.choice(FU_CORE))
        text = f"{r.choice(['Hi ' + p.first + ',', 'Hello ' + p.first + ',', 'Dear ' + p.name + ',', 'Hi there,'])}\n\n{core}\n\n{r.choice(FU_CLOSE)}\n{_sig(r, client == 'iphone')}"
        subj = ctx.fill(r.choice(FU_SUBJ))
        if r.random() < 0.5:
            osubj = r.choice([f"{ctx.co.name} - next steps", f"Re: {ctx.role} interview", f"Thank you for interviewing with {ctx.co.name}"])
            osubj = osubj[4:] if osubj.startswith("Re: ") else osubj
            quote = {"sent": d - dt.timedelta(days=r.randint(7, 16)), "name": p.name, "mail": p.email, "subject": osubj,
                     "text": r.choice([f"Hi Riley,\n\nThanks for meeting the team! We'll be in touch soon about next steps.\n\n{p.first}",
                                       f"Hi Riley,\n\nGreat chatting today. I'll share your profile with the hiring manager for the {ctx.role} role and circle back.\n\nBest,\n{p.first}"])}
            subj = "Re: " + osubj
            irt = fake_mid(r, ctx.co.domain, r.choice(["gmail", "outlook"]))
    else:
        text = f"Bonjour {p.first},\n\n{ctx.fill(r.choice(FR_FU))}\n\n{r.choice(['Merci à l’avance,', 'Bonne journée,', 'Au plaisir,', 'Merci de votre temps,'])}\n{_sig(r)}"
        subj = r.choice([f"Suivi \u2013 {ctx.role}", "Suivi de ma candidature", f"Candidature \u2013 {ctx.role} \u2013 suivi"])
    text = ensure_co(text, subj, ctx.co.name, ctx.role, lang, "follow_up")
    raw, _ = human_mail(r, sent=d, sender=(OWNER_NAME, OWNER), subject=subj, text=text, to=[(p.name, p.email)], client=client, inbound=False,
                        quote=quote, in_reply_to=irt, references=[irt] if irt else None, lang=lang)
    role = ctx.role if (ctx.role in text or ctx.role in subj) else None
    out.add(key, raw, "follow_up", "out", ctx.co.name, role, None, None, None,
            "candidate's status check-in" + (" in the recruiter's thread with the quoted message" if quote else ", new message") +
            ("; mentions a competing offer" if "another offer" in text else ""), lang=lang, sent=d)


def outbound_other(out, key, what):
    ctx = Ctx(key)
    r = ctx.rng
    p = ctx.recruiter
    d = ctx.sent.astimezone(world.ZoneInfo(world.OWNER_TZ))
    client = r.choice(OWNER_CLIENTS)
    slot = world.interview_slot(r, d.date(), world.OWNER_TZ)
    texts = {
        "accept_slot": (f"Re: {ctx.role} - next steps", f"Hi {p.first},\n\n{tf.date_en(slot, 0)} at {tf.h12(slot)} ET works great for me. Looking forward to it!\n\nRiley",
                        "candidate accepting a proposed slot: outbound other (the employer's confirmation would be the invite)"),
        "withdraw": (f"Withdrawing my application - {ctx.role}", f"Hi {p.first},\n\nThank you for your time throughout the process. I've accepted another offer, so I'd like to withdraw my application for the {ctx.role} role at {ctx.co.name}.\n\nI really enjoyed meeting the team and hope our paths cross again.\n\nBest,\nRiley",
                     "candidate withdrawing: outbound other"),
        "decline_offer": (f"Re: Offer - {ctx.role}", f"Hi {p.first},\n\nThank you so much for the offer and for your patience while I decided. After a lot of thought, I've decided to decline; it was a very hard decision.\n\nI have a lot of respect for the team at {ctx.co.name}.\n\nWarmly,\nRiley",
                          "candidate declining an offer: outbound other"),
        "negotiate": (f"Re: Your offer from {ctx.co.name}", f"Hi {p.first},\n\nThanks again for the offer, I'm excited about it! Before I sign, I wanted to ask whether there's flexibility on the base salary. Based on the scope we discussed and another process I'm in, I was hoping for something closer to {r.choice(['$195k', 'CA$165k', '$210k'])}.\n\nHappy to talk live.\n\nRiley",
                      "candidate negotiating an offer: outbound other"),
        "accept_offer": (f"Re: Offer - {ctx.role}", f"Hi {p.first},\n\nI'm thrilled to accept! I've signed the letter in DocuSign. Looking forward to starting on the date we discussed.\n\nThank you for everything,\nRiley",
                         "candidate accepting an offer: outbound other"),
        "references": ("Re: References", f"Hi {p.first},\n\nHere are my references:\n\n- Dagny Halvorsen, former manager at Ostrander Mobility, dagny.halvorsen@ostrander.example\n- Kofi Boateng, tech lead, kofi.boateng@ostrander.example\n\nI've let them know to expect a note.\n\nBest,\nRiley",
                       "candidate sending requested references: outbound other"),
        "application": (f"Application: {ctx.role} - Riley Tremblay", f"Hello,\n\nPlease find attached my resume for the {ctx.role} position posted on your careers page. I have eight years of experience in data engineering and product analytics.\n\nThank you for your consideration,\nRiley Tremblay\n{world.OWNER_PHONE}",
                        "candidate's own emailed application: outbound other (the service treats it as 'applied', but its kind is not one of the employer kinds)"),
    }
    subj, text, note = texts[what]
    att = [("Riley_Tremblay_Resume.pdf", "application/pdf", b"%PDF-1.4\n% resume\n%%EOF\n")] if what == "application" else None
    to = [(p.name, p.email)] if what != "application" else [("", f"careers@{ctx.co.domain}")]
    irt = fake_mid(r, ctx.co.domain) if subj.startswith("Re:") else None
    raw, _ = human_mail(r, sent=d, sender=(OWNER_NAME, OWNER), subject=subj, text=text, to=to, client=client, inbound=False,
                        in_reply_to=irt, references=[irt] if irt else None, attachments=att)
    out.add(key, raw, "other", "out", None, None, None, None, None, note, sent=d)


def personal_out(out, key, what):
    r = mime.stable_rng(key)
    d = world.sent_time(r, world.pick_day(r, weekday_only=False), world.OWNER_TZ, 9, 22)
    texts = {
        "landlord": ("Re: Lease renewal", "Hi Marguerite,\n\nThanks for sending the renewal. I'll sign it this weekend and drop off the cheque for the parking spot.\n\nRiley", ("Marguerite Ouellet", "m.ouellet@lakeviewrentals.example")),
        "friend": ("Re: that posting", "Ha, thanks for thinking of me! I actually already applied there last month, no word yet. Drinks Thursday?\n\nR", ("Jonah Greene", "jonah.greene@fastmail.example")),
        "podcast": ("Re: Podcast interview", "Hi Tessa,\n\nHappy to be on the show! Wednesday afternoon works. Should I prepare anything about the data contracts talk?\n\nRiley", ("Tessa Walsh", "tessa@datapodcast.example")),
        "mentor": ("Fwd: Update on your application", "Hi Dagny,\n\nForwarding this one; another no after the final round. Would love 20 minutes to debrief if you have time next week.\n\nRiley\n\n---------- Forwarded message ---------\nSubject: Update on your application\n\nThank you for interviewing with us. We have decided to move forward with another candidate.", ("Dagny Halvorsen", "dagny.h@mailbox.example")),
        "meetup": ("Re: Toronto Data Meetup - speaker slot", "Hi Kwame,\n\nYes, I'd love to give a short talk on dbt testing in March. 20 minutes is perfect.\n\nRiley", ("Kwame Osei", "kwame@tordatameetup.example")),
    }
    subj, text, to = texts[what]
    irt = fake_mid(r, to[1].split("@")[1]) if subj.startswith("Re:") else None
    raw, _ = human_mail(r, sent=d, sender=(OWNER_NAME, OWNER), subject=subj, text=text, to=[to], client=r.choice(OWNER_CLIENTS), inbound=False,
                        in_reply_to=irt, references=[irt] if irt else None)
    out.add(key, raw, "other", "out", None, None, None, None, None, f"personal outbound mail ({what}): other", sent=d)


def build(out):
    for i in range(23):
        thank_you(out, f"ty-{i}")
    for i in range(3):
        thank_you(out, f"ty-pair-{i}", pair=True)
    for i in range(4):
        thank_you(out, f"ty-fr-{i}", lang="fr")
    for i in range(26):
        follow_up(out, f"fu-{i}")
    for i in range(4):
        follow_up(out, f"fu-fr-{i}", lang="fr")
    for i, w in enumerate(["accept_slot", "accept_slot", "withdraw", "withdraw", "decline_offer", "negotiate", "accept_offer", "references", "application"]):
        outbound_other(out, f"oo-{w}-{i}", w)
    for w in ["landlord", "friend", "podcast", "mentor", "meetup"]:
        personal_out(out, f"po-{w}", w)
