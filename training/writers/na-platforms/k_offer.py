"""offer: e-signature envelopes, offer portals, ATS offer tasks, human offer letters, verbal-offer calls (with and without
calendar parts), revised offers, agency contract offers, conditional offers; English and French."""
import datetime as dt

import mime
import platforms as pf
import textfmt as tf
import world
from common import Ctx, HM_TITLES, RECRUITER_TITLES, RECRUITER_TITLES_FR, fake_mid, sig_block
from compose import auto_mail, human_mail, pdf_bytes
from world import OWNER, OWNER_NAME

UTC = dt.timezone.utc


FR_OFFER_LEAD = ["C'est avec grand plaisir que nous vous offrons le poste de {role} chez {co}!",
                 "Félicitations! Nous sommes heureux de vous présenter une offre d'emploi pour le poste de {role}.",
                 "À la suite de nos entrevues, nous avons le plaisir de t'offrir le poste de {role}.",
                 "Toute l'équipe de {co} est ravie de vous offrir le poste de {role}.",
                 "Tel que discuté au téléphone, voici les détails de notre offre pour le poste de {role}.",
                 "Nous souhaitons vous accueillir dans l'équipe à titre de {role}."]
FR_OFFER_NEXT = ["Vous trouverez la lettre d'offre en pièce jointe. Merci de nous faire part de votre décision d'ici une semaine.",
                 "La lettre complète est jointe; n'hésitez pas à m'appeler si vous avez des questions.",
                 "Merci de signer la lettre ci-jointe si l'offre vous convient.",
                 "Je suis disponible en tout temps pour en discuter."]


def comp(ctx):
    r = ctx.rng
    if ctx.co.country == "CA":
        base = r.choice([128000, 135000, 142000, 150000, 158000, 165000])
        return f"CA${base:,}", base
    base = r.choice([158000, 165000, 172500, 180000, 192000, 205000])
    return f"${base:,}", base


def esign(out, key, vendor="docusign", reminder=False, lang="en"):
    ctx = Ctx(key, lang=lang)
    r = ctx.rng
    sender = ctx.recruiter
    sender.title = r.choice(RECRUITER_TITLES if lang == "en" else RECRUITER_TITLES_FR)
    doc = r.choice([f"{ctx.co.name} Offer Letter - Riley Tremblay.pdf", "Offer_Letter_Riley_Tremblay.pdf", f"Riley Tremblay - {ctx.role} Offer.pdf",
                    "Employment Agreement and Offer Letter.pdf"]) if lang == "en" else r.choice(["Lettre d'offre - Riley Tremblay.pdf", f"Offre d'emploi {ctx.co.name}.pdf"])
    if lang == "en":
        msg = r.choice([f"Hi Riley, congratulations! Please review and sign your offer letter for the {ctx.role} position. Reach out with any questions.",
                        f"Riley, as discussed, here is your offer for {ctx.role}. We're so excited to have you join {ctx.co.name}.",
                        f"Please review the attached offer for the {ctx.role} role and sign by the date in the letter. Welcome aboard (almost)!",
                        f"Your offer package for {ctx.role} is ready for signature. It includes the offer letter and our confidentiality agreement.",
                        f"Congratulations on your offer for {ctx.role}! Sign at your convenience; the letter is valid for five business days.",
                        f"As promised on our call, here is the formal offer for {ctx.role}. Let me know if anything looks off.",
                        f"Hi Riley, attached is your {ctx.role} offer letter for e-signature. We can't wait to work with you."])
    else:
        msg = r.choice([f"Bonjour Riley, félicitations! Voici votre lettre d'offre pour le poste de {ctx.role}. Merci de la signer électroniquement.",
                        f"Riley, tel que discuté, voici l'offre pour le poste de {ctx.role}. Toute l'équipe a hâte de travailler avec toi!",
                        f"Votre offre d'emploi pour le poste de {ctx.role} est prête à être signée.",
                        f"Comme convenu lors de notre appel, voici la lettre d'offre officielle pour le poste de {ctx.role}."])
    if vendor == "docusign":
        fn, fa = f"{sender.name} via Docusign", f"dse_na{r.randint(2, 4)}@docusign.example"
        subj = ("Reminder: " if reminder else "") + (r.choice([f"Please DocuSign: {doc}", f"Complete with Docusign: {doc}"]) if lang == "en" else f"Veuillez signer avec Docusign : {doc}")
        blocks = [("p", f"{sender.name} sent you a document to review and sign." if lang == "en" else f"{sender.name} vous a envoyé un document à examiner et à signer."),
                  ("btn", "REVIEW DOCUMENT" if lang == "en" else "EXAMINER LE DOCUMENT", f"https://na{r.randint(2, 4)}.docusign.example/Signing/EmailStart.aspx?a={mime.hexs(r, 32)}"),
                  ("p", f"{sender.name}\n{sender.email}\n{ctx.co.name}"), ("p", msg)]
        if reminder:
            blocks.insert(0, ("p", "This is a reminder that the envelope below is waiting for your signature." if lang == "en" else "Rappel : ce document attend votre signature."))
        blocks += [("small", "Do Not Share This Email\nThis email contains a secure link to Docusign. Please do not share this email, link, or access code with others." if lang == "en" else
                    "Ne partagez pas ce courriel\nCe courriel contient un lien sécurisé vers Docusign."),
                   ("small", "Alternate Signing Method\nVisit Docusign.example, click 'Access Documents', and enter the security code: " + mime.alnum(r, 32, True)),
                   ("small", "About Docusign\nSign documents electronically in just minutes. It's safe, secure, and legally binding.")]
        esp = "postfix"
    elif vendor == "adobe":
        fn, fa = f"{ctx.co.name} via Adobe Acrobat Sign", "adobesign@adobesign.example"
        subj = ("Reminder: " if reminder else "") + f"Signature requested on \"{doc[:-4]}\""
        blocks = [("p", f"{sender.name} ({sender.email}) has requested your signature on {doc[:-4]}."), ("p", msg),
                  ("btn", "Review and sign", f"https://secure.na2.adobesign.example/public/apiesign?pid={mime.hexs(r, 24)}"),
                  ("small", "After you sign, all parties will receive a final PDF copy by email. Don't forward this email.")]
        esp = "ses"
    elif vendor == "dropbox":
        fn, fa = f"{sender.name} via Dropbox Sign", "noreply@mail.hellosign.example"
        subj = f"{sender.name} has requested your signature on {doc[:-4]}"
        blocks = [("p", f"{sender.name} has requested your signature."), ("p", f"Message: {msg}"),
                  ("btn", "Review & sign", f"https://app.hellosign.example/sign/{mime.hexs(r, 30)}"), ("small", "Dropbox Sign. Do not share this email.")]
        esp = "sendgrid"
    else:  # pandadoc
        fn, fa = f"{sender.name} via PandaDoc", "docs@pandadoc-mail.example"
        subj = f"{sender.name} sent you \"{doc[:-4]}\""
        blocks = [("p", msg), ("btn", "Open the document", f"https://app.pandadoc.example/document/v2?token={mime.hexs(r, 24)}"), ("small", "Powered by PandaDoc")]
        esp = "sendgrid"
    raw = auto_mail(r, sent=ctx.sent, from_name=fn, from_addr=fa, subject=subj, blocks=blocks, esp=esp, reply_to=(sender.name, sender.email),
                    bulk=["auto"], html_style="banner" if vendor == "docusign" else "card", title={"docusign": "Docusign", "adobe": "Adobe Acrobat Sign", "dropbox": "Dropbox Sign", "pandadoc": "PandaDoc"}[vendor], lang=lang)
    out.add(key, raw, "offer", "in", ctx.co.name, ctx.role, None, None, None,
            f"{vendor} e-signature envelope for the offer letter" + (" (reminder to sign: still the offer)" if reminder else "") + "; sign-by dates are the candidate's, not reply_by",
            lang=lang, sent=ctx.sent)


def portal(out, key, vendor):
    ctx = Ctx(key)
    r = ctx.rng
    p = pf.ats_profile(r, vendor, ctx.co, ctx.recruiter)
    sent = ctx.sent.astimezone(world.ZoneInfo("America/Los_Angeles")) if vendor == "workday" else ctx.sent
    if vendor == "workday":
        subj = r.choice(["You have a new task: Review Offer", f"Action required: Review your offer for {ctx.role}"])
        blocks = [("p", "Hello Riley,"), ("p", f"You have been assigned a task: Review Offer - {ctx.role}."), ("p", "Please sign in to Candidate Home to review and respond to your offer."),
                  ("btn", "Review Offer", p["link"] + "/userHome/tasks")]
    else:
        subj = r.choice([f"Your offer from {ctx.co.name}", f"{ctx.co.name}: you have a new offer", f"Congratulations! Offer for {ctx.role}"])
        blocks = [("p", "Hi Riley,"), ("p", r.choice([f"Congratulations! {ctx.co.name} has extended you an offer for the {ctx.role} position.",
                                                      f"We're delighted to share your offer for {ctx.role}. You can review the details and accept it online.",
                                                      f"Your offer for {ctx.role} is ready. Review the compensation details, benefits summary and start date in the portal.",
                                                      f"Great news: the {ctx.co.name} team has approved an offer for you ({ctx.role}).",
                                                      f"You have a new offer to review from {ctx.co.name} for {ctx.role}."])),
                  ("btn", r.choice(["View offer", "Review your offer"]), p["link"] + "/offers/" + mime.hexs(r, 12)),
                  ("p", "This offer link is unique to you. If you have questions, reply to your recruiter directly.")]
    blocks += pf.ats_footer(r, p, ctx.co)
    raw = auto_mail(r, sent=sent, from_name=p["from_name"], from_addr=p["from_addr"], subject=subj, blocks=blocks, esp=p["esp"], reply_to=p["reply_to"],
                    bulk=["auto"], html_style=p["html_style"], title=ctx.co.name)
    out.add(key, raw, "offer", "in", ctx.co.name, ctx.role, None, None, None,
            f"{p['brand']} offer notice/task: offer", sent=sent)


def human_offer(out, key, variant="letter", lang="en"):
    ctx = Ctx(key, lang=lang)
    r = ctx.rng
    p = ctx.recruiter if r.random() < 0.6 else ctx.hm
    p.title = r.choice((RECRUITER_TITLES if p is ctx.recruiter else HM_TITLES) if lang == "en" else RECRUITER_TITLES_FR)
    c, base = comp(ctx)
    start = world.add_bdays(ctx.sent.date(), r.randint(15, 30))
    att = None
    if lang == "fr" and variant == "verbal":
        text = r.choice([f"Bonjour Riley,\n\nAurais-tu quelques minutes demain pour un appel? J'ai une bonne nouvelle : nous aimerions te faire une offre pour le poste de {ctx.role}.\n\n{p.first}\n{ctx.co.name}",
                         f"Bonjour Riley,\n\nL'équipe a pris sa décision et nous souhaitons vous présenter une offre pour le poste de {ctx.role}. Seriez-vous disponible pour un appel cet après-midi?\n\n{sig_block(r, p, ctx.co, fr=True)}"])
        subj = r.choice(["Bonne nouvelle!", f"Poste de {ctx.role} \u2013 appel", "Un appel rapide?"])
        note = "French verbal-offer call request: the text says offer, so offer"
    elif lang == "fr":
        amount = f"{base:,}".replace(",", "\u00a0")
        lead = r.choice(FR_OFFER_LEAD).format(role=ctx.role, co=ctx.co.name)
        text = (f"Bonjour Riley,\n\n{lead}\n\n"
                f"Salaire de base : {amount} $ par année\nDate d'entrée en fonction : {tf.date_fr(start, 2)[3:]}\n{r.choice(['Vacances : quatre semaines', 'Régime de retraite avec cotisation de l’employeur de 5 %', 'Horaire hybride : deux jours au bureau'])}\n\n"
                f"{r.choice(FR_OFFER_NEXT)}\n\nAu plaisir de vous compter parmi nous,\n{sig_block(r, p, ctx.co, fr=True)}")
        subj = r.choice([f"Offre d'emploi \u2013 {ctx.role}", "Votre lettre d'offre", f"Bienvenue chez {ctx.co.name}! Offre d'emploi", "Offre officielle"])
        att = ("Lettre_offre_Riley_Tremblay.pdf", "application/pdf", pdf_bytes(r, "offre"))
        note = "French offer email with the letter attached; the decision deadline is the candidate's"
    elif variant == "letter":
        lead = r.choice([f"I'm thrilled to extend you an offer to join {ctx.co.name} as our {ctx.role}!",
                         f"On behalf of the whole team, I'm delighted to offer you the {ctx.role} position.",
                         f"Great news: we'd like to offer you the role of {ctx.role} at {ctx.co.name}.",
                         f"Congratulations! The team unanimously wants you as our next {ctx.role}, and I'm happy to send over a formal offer.",
                         f"It's my pleasure to formally offer you the position of {ctx.role}.",
                         f"Following our call this morning, here is your written offer for {ctx.role}.",
                         f"We'd love for you to join us, and I'm excited to share the details of our offer for {ctx.role}.",
                         f"The hiring committee approved your offer for {ctx.role} today. Here are the details.",
                         f"I have the best kind of news: {ctx.co.name} is offering you the {ctx.role} role.",
                         f"Attached is your offer letter for {ctx.role}, and I've summarized the key terms below."])
        details = [f"Base salary: {c} per year", r.choice(["Annual bonus target: 10%", "Equity: 8,000 RSUs vesting over four years", "Stock options: 20,000 ISOs", "Signing bonus: $15,000"]),
                   f"Start date: {tf.date_en(start, 2)} (flexible)", r.choice(["Benefits start on day one.", "Four weeks of vacation plus a winter break.", "Remote within Canada, with quarterly onsites."])]
        text = (f"Hi Riley,\n\n{lead}\n\nHere's a summary; the full letter is attached:\n\n" + "\n".join("- " + d for d in details) +
                f"\n\n{r.choice(['Please take a few days to review, and let me know if you have any questions.', 'We would love an answer within a week, but ask me anything in the meantime.', 'Happy to set up a call with benefits or with the team if that helps you decide.'])}\n\n"
                f"{r.choice(['Congratulations again!', 'We are so excited about this.', 'Welcome (almost) to the team!'])}\n\n{sig_block(r, p, ctx.co)}")
        subj = r.choice([f"Offer - {ctx.role}", f"Your offer from {ctx.co.name}", f"{ctx.co.name} offer letter", "Congratulations, Riley!"])
        att = (f"{ctx.co.slug}_offer_letter_riley_tremblay.pdf", "application/pdf", pdf_bytes(r, "offer"))
        note = "offer email with the letter PDF; the answer-by date is the candidate's deadline, not reply_by"
    elif variant == "revised":
        new = base + r.choice([5000, 7500, 10000, 12000])
        cur = "CA$" if ctx.co.country == "CA" else "$"
        text = (f"Hi Riley,\n\nThanks for your patience while I went back to the team. I'm happy to share a revised offer for the {ctx.role} role: "
                f"we've increased the base to {cur}{new:,} and added a {cur}{r.choice([5000, 10000, 15000]):,} signing bonus. Everything else stays the same.\n\n"
                f"An updated letter is attached. Let me know how you're feeling!\n\n{sig_block(r, p, ctx.co)}")
        subj = r.choice([f"Re: Offer - {ctx.role}", "Revised offer", f"Updated offer from {ctx.co.name}"])
        att = ("Revised_Offer_Letter.pdf", "application/pdf", pdf_bytes(r, "revised"))
        note = "revised offer after negotiation: offer"
    elif variant == "conditional":
        text = (f"Dear Riley,\n\nWe are pleased to extend to you a conditional offer of employment for the position of {ctx.role} at {ctx.co.name}, at an annual salary of {c}.\n\n"
                f"This offer is conditional on the satisfactory completion of a background check and reference verification, which our screening partner will contact you about.\n\n"
                f"Please sign and return the attached letter.\n\nSincerely,\n{sig_block(r, p, ctx.co)}")
        subj = f"Conditional offer of employment - {ctx.role}"
        att = ("Conditional_Offer.pdf", "application/pdf", pdf_bytes(r, "conditional"))
        note = "conditional offer letter from the employer (the later screening vendor mail would be recruiter_reply): offer"
    else:  # verbal call, no calendar
        text = r.choice([f"Hi Riley,\n\nAre you free for a quick call this week? We're ready to move forward with an offer for the {ctx.role} position and I'd like to share the numbers by phone first.\n\n{p.first}\n{ctx.co.name}",
                         f"Riley, the team met this morning and we want to make you an offer! When's a good time to call you today or tomorrow?\n\n{p.first}",
                         f"Hi Riley,\n\nDo you have 20 minutes tomorrow or Thursday? I have good news \u2014 the team would like to make you an offer for the {ctx.role} role, and I'd love to walk you through it live.\n\n{p.first}",
                         f"Riley! Can we hop on a call this afternoon? We'd like to extend a verbal offer for {ctx.role} and talk through the details before the paperwork goes out.\n\n{p.first}\n{ctx.co.name}",
                         f"hey riley, great news, we want to make you an offer. free for a quick call later today?\n\n{p.first}\n\nSent from my iPhone"])
        subj = r.choice(["Good news!", f"{ctx.role} - call about an offer", "Quick call?", f"Re: {ctx.co.name} final round"])
        note = "verbal-offer call request; the text says offer, so offer (no time fixed, and a verbal-offer call has no interview_start)"
    if ctx.co.name not in text:
        text += f"\n{ctx.co.name}"
    raw, _ = human_mail(r, sent=ctx.sent, sender=(p.name, p.email), subject=subj, text=text,
                        client="iphone" if "iPhone" in text else r.choice(["gmail", "outlook", "superhuman"]), attachments=[att] if att else None, lang=lang)
    out.add(key, raw, "offer", "in", ctx.co.name, ctx.role if (ctx.role in text or ctx.role in subj) else None, None, None, None, note, lang=lang, sent=ctx.sent)


def offer_call_invite(out, key, style="google"):
    ctx = Ctx(key)
    r = ctx.rng
    org = ctx.recruiter
    zone = ctx.co.zone if ctx.co.zone in mime.WINDOWS_NAME else world.OWNER_TZ
    start = world.interview_slot(r, ctx.sent.date(), zone, 1, 3)
    title = r.choice([f"Offer conversation - Riley Tremblay", f"{ctx.co.name} offer call: Riley", f"Riley / {org.first} - offer discussion ({ctx.role})"])
    desc = r.choice([f"Hi Riley, we'd love to walk you through your offer for {ctx.role}. Congratulations!", "Offer details call. Looking forward to it!",
                     f"Let's go over the offer together: compensation, benefits and start date for the {ctx.role} role."])
    if style == "google":
        cal = mime.ics(r, start=start, minutes=30, summary=title, organizer=(org.name, org.email),
                       attendees=[(org.name, org.email, "REQ-PARTICIPANT", "ACCEPTED"), (OWNER_NAME, OWNER)], tzmode="iana", style="google",
                       uid=f"{mime.alnum(r, 26).lower()}@google.example", description=desc, stamp=ctx.sent.astimezone(UTC))
        text = f"{title}\n{tf.when_en(start, 1, 30)}\n\n{desc}\n\nOrganizer\n{org.name}\n{org.email}\n\nInvitation from Google Calendar"
        subj = f"Invitation: {title} @ {tf.when_en(start, 7, 30)} ({OWNER})"
    else:
        cal = mime.ics(r, start=start, minutes=30, summary=title, organizer=(org.name, org.email), attendees=[(OWNER_NAME, OWNER)], tzmode="windows",
                       style="outlook", uid="040000008200E00074C5B7101A82E008" + mime.hexs(r, 56).upper(), description=desc, location="Microsoft Teams Meeting",
                       stamp=ctx.sent.astimezone(UTC))
        text = f"{desc}\n\n{org.name}\n{ctx.co.name}\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin: https://teams.microsoft.example/l/meetup-join/{mime.alnum(r, 30)}"
        subj = title
    if ctx.co.name not in text and ctx.co.name not in title:
        text += f"\n\n{ctx.co.name} Recruiting"
    raw, _ = human_mail(r, sent=ctx.sent, sender=(org.name, org.email), subject=subj, text=text, client="gmail" if style == "google" else "outlook", calendar=cal)
    role = ctx.role if ctx.role in text or ctx.role in title else None
    out.add(key, raw, "offer", "in", ctx.co.name, role, None, None, None,
            f"{'Google Calendar' if style == 'google' else 'Outlook'} invite for an offer conversation: the text says offer, so offer, interview_start null although it has a calendar part",
            sent=ctx.sent)


def agency_offer(out, key):
    ctx = Ctx(key)
    r = ctx.rng
    ag, agdom, agzone = r.choice(world.AGENCIES)
    rec = world.Person(r, agdom)
    rate = r.choice(["$92/hr", "$88/hr W2", "CA$95/hr incorporated", "$185,000 base"])
    text = (f"Hi Riley,\n\nGreat news! {ctx.co.name} would like to offer you the {ctx.role} {r.choice(['contract', 'position', 'contract-to-hire role'])} at {rate}, "
            f"starting {tf.date_en(world.add_bdays(ctx.sent.date(), 10), 0)}.\n\nI'll send the paperwork once you confirm. Congratulations, you earned it!\n\n{rec.name}\n{ag}")
    raw, _ = human_mail(r, sent=world.sent_time(r, ctx.day, agzone), sender=(rec.name, rec.email), subject=r.choice([f"Offer! {ctx.co.name}", f"{ctx.role} - offer", "Good news"]),
                        text=text, client=r.choice(["outlook", "gmail"]))
    out.add(key, raw, "offer", "in", ctx.co.name, ctx.role, None, None, None, "agency relays the client's offer: offer for the client company", sent=ctx.sent)


def build(out):
    for i in range(5):
        esign(out, f"off-ds-{i}", "docusign")
    for i in range(2):
        esign(out, f"off-dsrem-{i}", "docusign", reminder=True)
    for i in range(2):
        esign(out, f"off-adobe-{i}", "adobe")
    for i in range(2):
        esign(out, f"off-dbx-{i}", "dropbox")
    esign(out, "off-panda-0", "pandadoc")
    for i, v in enumerate(["greenhouse", "greenhouse", "greenhouse", "workday", "workday", "ashby", "lever"]):
        portal(out, f"off-portal-{i}", v)
    for i in range(5):
        human_offer(out, f"off-letter-{i}", "letter")
    for i in range(2):
        human_offer(out, f"off-rev-{i}", "revised")
    for i in range(2):
        human_offer(out, f"off-cond-{i}", "conditional")
    for i in range(2):
        human_offer(out, f"off-verbal-{i}", "verbal")
    for i, s in enumerate(["google", "outlook", "google"]):
        offer_call_invite(out, f"off-call-{i}", s)
    for i in range(2):
        agency_offer(out, f"off-agency-{i}")
    esign(out, "off-fr-ds-0", "docusign", lang="fr")
    for i in range(2):
        human_offer(out, f"off-fr-{i}", lang="fr")
    human_offer(out, "off-fr-verbal-0", "verbal", lang="fr")
