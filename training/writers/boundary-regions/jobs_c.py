"""recruiter_reply, rejection and offer messages."""
import datetime as dt

import common as cm
import jk
import kit
import mimekit as mk

# ====================================================================== recruiter_reply

REV_CORE = [
    "Thanks for your patience. We're still reviewing applications for {role} and haven't made any decisions yet.",
    "Just a quick update: shortlisting for {role} is taking a little longer than planned because of the number of applications.",
    "I wanted to let you know that your application for {role} is still under consideration.",
    "The panel is still working through the applications, so there's no news to share just yet.",
    "We've had a great response to the {role} advert and are still reviewing.",
    "I'm sorry for the silence. The hiring manager has been on leave, and we'll pick this up as soon as they're back.",
    "Your application is with the recruiting manager, who is reviewing all candidates this week.",
    "We are still finalising the shortlist for {role}.",
    "Thank you for checking in. No decision has been made yet on the {role} post.",
    "Thanks for your email. The interview panel met yesterday and is now comparing notes.",
    "Thanks again for interviewing with us. We're seeing a couple more candidates before deciding.",
    "We're in the final stages of the process for {role} and still need a few days.",
]
PROMISES = [("We'll come back to you by Friday.", "fri"), ("You'll hear from me by the end of next week either way.", "eonw"),
            ("We expect to be in touch within two weeks.", 14), ("I'll update you by {d} at the latest.", "date"),
            ("We aim to let all candidates know by {d}.", "date"), ("Expect to hear from us within 5 working days.", "w5"),
            ("I'll get back to you early next week.", None), ("We hope to have an update soon.", None),
            ("It may take a few more weeks, sorry.", None), ("Decisions should be made in the coming weeks.", None)]
DOCS_CORE = [
    "Before we can progress your application for {role}, could you please send us a copy of your passport and evidence of your right to work in {country}?",
    "Could you please upload your degree transcript and certificate to the candidate portal?",
    "Would you be able to confirm your salary expectations and notice period for the {role} role?",
    "Kindly share your current CTC, expected CTC and notice period so that we can take your profile forward.",
    "As part of our checks, please complete the attached form with your full employment history, including any gaps.",
    "Could you send over your professional registration number? We need it to verify your registration before interview.",
    "Can you let me know whether you would require visa sponsorship for this post?",
    "We need a copy of your Garda vetting invitation form (NVB1) completed and returned.",
    "To continue, please upload a certified copy of your ID and qualifications to the portal.",
    "Quick question: are you available to start in {month}, and would you consider a 0.8 FTE contract?",
]
REF_CORE = [
    "We'd now like to take up your references for {role}. Could you provide contact details for two referees, one of whom should be your most recent employer?",
    "Please could you send the names, job titles and email addresses of two professional referees?",
    "As the next step, we'll be contacting your referees. Could you confirm we have your permission to do so?",
    "The panel would like to obtain references before making a final decision on the {role} post.",
]
BG_CORE = {
    "UK": ("DBS", "You will shortly receive an email from our screening partner inviting you to complete an enhanced DBS application online. Please have your ID documents ready."),
    "IE": ("Garda vetting", "Your Garda vetting application has been initiated. Please look out for an email from the National Vetting Bureau and complete the e-vetting form within 30 days."),
    "IN": ("background verification", "Our verification partner AuthBridge will contact you for background verification. Kindly fill in the BGV form and upload documents within 3 working days."),
    "AU": ("National Police Check", "Please complete a National Police Check and Working With Children Check via the link below. We'll reimburse the fee on your first pay."),
    "ZA": ("MIE check", "Please complete the attached consent form so that we can run the standard MIE criminal and qualification checks."),
    "MX": ("estudio socioeconómico", "Como parte del proceso de contratación, una consultora externa te contactará para realizar el estudio socioeconómico y la validación de referencias."),
    "CA": ("background check", "Our partner Sterling Backcheck will email you shortly to complete a criminal record and vulnerable sector check."),
}
PORTAL_STATUS = [
    "There has been an update to your application for {role}. Please sign in to your account to view it.",
    "Your application status has changed. Log in to view the latest update on {role} ({ref}).",
    "A new message is waiting for you in your candidate account regarding {role}.",
    "The status of your application for {role} has been updated to: Under Review.",
    "Your application for {role} has moved to: Shortlisting in progress.",
    "You have a new notification about vacancy {ref}. For security reasons, the details are only available when you sign in.",
]
SHORTLIST_INFO = [
    "I'm pleased to let you know that you have been shortlisted for {role}. Interview arrangements will be sent to you separately in the coming days.",
    "Good news: you've made the shortlist for {role}. We're finalising the panel's availability and will send a time soon.",
    "Your application has passed the sift. We're still confirming interview dates and will be in touch.",
]
ONHOLD = [
    "I wanted to be upfront with you: the {role} recruitment has been paused while we wait for funding approval. I'll let you know as soon as we can restart.",
    "The {role} role has been put on hold for now due to a restructure. Your application remains on file.",
    "We've had to pause the {role} process for a few weeks; the hiring manager is reviewing the team's needs.",
]
PANEL_LIST = [
    "Thank you for attending interview. You were successful and your name has been placed on a panel from which future {role} vacancies will be filled, in order of merit.",
    "You have been placed on the panel for {role}. When a post becomes available, we will contact you in order of ranking.",
]
POST_OFFER = [
    "Please complete the occupational health questionnaire at the link below before your start date.",
    "We've received your signed contract, thank you! Your induction details will follow from your line manager.",
    "Could you confirm your bank details and tax number in the onboarding portal?",
]
REPLY_ES = [
    "Gracias por tu paciencia. Seguimos revisando perfiles para {role} y aún no tenemos una decisión.",
    "Te escribo para contarte que tu proceso sigue activo; el área solicitante está entrevistando a otras personas.",
    "¿Podrías enviarnos tu constancia de situación fiscal, tu CURP y comprobante de estudios?",
    "¿Cuál es tu expectativa económica y tu disponibilidad para iniciar?",
    "La vacante de {role} está en pausa por un tema de presupuesto; te aviso en cuanto se reactive.",
    "Gracias por tu seguimiento. Esta semana el comité revisa las entrevistas y te daremos respuesta.",
]
PROMISES_ES = [("Te damos respuesta a más tardar el viernes.", "fri"), ("Te contactaremos antes del {d}.", "date"),
               ("En unos días te tengo novedades.", None), ("Te escribo la próxima semana.", None)]


def _promise(rng, ev, region, pool):
    text, how = rng.choice(pool)
    d = ev["date"]
    if how is None:
        return text, None
    if how == "fri":
        return text, kit.next_weekday(d, 4) if d.weekday() != 4 else (d + dt.timedelta(days=7)).date()
    if how == "eonw":
        return text, kit.end_of_next_week(d)
    if how == "w5":
        return text, kit.add_workdays(d, 5)
    if how == "date":
        rb = kit.shift_weekday((d + dt.timedelta(days=rng.randint(6, 16))).date())
        return text.format(d=kit.date_words(rb, region)), rb
    return text, (d + dt.timedelta(days=how)).date()


def gen_reply(app, ev, rng):
    c = app["c"]
    lang = app["lang"]
    region = c["region"]
    sub = ev.get("sub", "reviewing")
    f = dict(role=app["role"], short=c["short"], ref=app["ref"], country=jk.cm.REGIONS[region]["country"] if hasattr(jk.cm, "REGIONS") else "",
             month=kit.MONTHS_EN[(ev["date"].month) % 12])
    from world import REGIONS
    f["country"] = REGIONS[region]["country"]
    reply_by = None
    note = ""
    if sub == "portal":
        txt = rng.choice(PORTAL_STATUS).format(**f)
        blocks = [("p", cm.greet(rng, region, "en")), ("p", txt), ("button", "Sign in", jk.portal_url(app, "login")),
                  ("p", cm.signoff(rng, region, "en") + "\n" + c["name"] + " Recruitment")]
        subj = rng.choice(["Update on your application", "Your application status has changed", "Application update – {ref}",
                           "New message about your application", "{short}: application status update"]).format(**f)
        footer = [cm.unsub_footer(rng, jk.vendor(app)["brand"] if jk.vendor(app) else c["short"], c["domain"])]
        lab = kit.label(company=app["company"], role=app["role"] if app["role"] in txt else None)
        m = jk.ats_msg(app, ev, rng, "recruiter_reply", subj, blocks, footer, lab,
                       "portal status notice that says nothing about the outcome (details behind a login or 'under review'): recruiter_reply, as the batch convention holds",
                       lang="en")
        return m
    if lang == "es":
        pick = {"reviewing": 0, "post_interview": 5, "followup": 5, "docs": rng.choice([2, 3]), "onhold": 4}.get(sub, 1)
        core = REPLY_ES[pick].format(**f)
        extra = ""
        if pick in (0, 1, 5):
            extra, reply_by = _promise(rng, ev, region, PROMISES_ES)
        if sub == "background":
            core = BG_CORE["MX"][1]
            reply_by = None
        sender_p = jk.person(app, 0)
        body = jk.join(cm.greet(rng, region, "es"), core, extra,
                       cm.signoff(rng, region, "es") + "\n" + cm.signature(rng, sender_p, c, "es"))
        subj = rng.choice({"docs": ["Documentos pendientes", "Información para tu expediente", "Re: %s" % app["role"]],
                           "background": ["Estudio socioeconómico", "Siguientes pasos para tu contratación"],
                           "onhold": ["Vacante en pausa", "Actualización sobre la vacante %s" % app["role"]]}.get(
            sub, ["Seguimiento a tu proceso", "Re: %s" % app["role"], "Actualización de tu postulación", "Estatus de tu proceso"]))
        note = "human update in Spanish (%s)" % sub
    else:
        sender_p = jk.person(app, 0)
        extra = ""
        if sub in ("reviewing", "post_interview", "followup"):
            pool = REV_CORE[:8] if sub == "reviewing" else (REV_CORE[8:] if sub == "followup" else REV_CORE[9:])
            core = rng.choice(pool).format(**f)
            extra, reply_by = _promise(rng, ev, region, PROMISES)
            note = "status update (%s)%s" % (sub, ", promises a date" if reply_by else ", vague timing so reply_by null")
        elif sub == "docs":
            core = rng.choice([x for x in DOCS_CORE if ("CTC" not in x or region == "IN") and ("Garda" not in x or region == "IE")]).format(**f)
            note = "request for information/documents"
        elif sub == "references":
            core = rng.choice(REF_CORE).format(**f)
            note = "reference request: recruiter_reply"
        elif sub == "background":
            name, core = BG_CORE[region]
            core = ("Congratulations again on your offer. " if rng.random() < 0.5 else "") + core
            note = "%s after the offer: employer-side pre-employment check, recruiter_reply" % name
        elif sub == "shortlisted":
            core = rng.choice(SHORTLIST_INFO).format(**f)
            note = "shortlisting notice without a time or a booking link: recruiter_reply"
        elif sub == "onhold":
            core = rng.choice(ONHOLD).format(**f)
            note = "role on hold: recruiter_reply, not a rejection"
        elif sub == "panel":
            core = rng.choice(PANEL_LIST).format(**f)
            note = "placed on a panel for future posts after passing the interview: recruiter_reply"
        elif sub == "postoffer":
            core = rng.choice(POST_OFFER).format(**f)
            note = "onboarding step after an offer: recruiter_reply"
        else:
            core = rng.choice(REV_CORE).format(**f)
        body = jk.join(cm.greet(rng, region, "en"), core, extra,
                       cm.signoff(rng, region, "en") + "\n" + cm.signature(rng, sender_p, c, mobile=rng.random() < 0.15))
        subj = rng.choice(["Update: {role}", "Re: {role} application", "Your application – update", "Next steps",
                           "{short} – quick update", "Information needed for your application", "Checking in",
                           "References – {role}", "Pre-employment checks", "Re: Following up"]).format(**f)
    quote = jk.last_thread(app, jk.person_addr(app, sender_p)[1]) if rng.random() < 0.65 else None
    if quote:
        subj = kit.reply_subject(quote["subject"])
    role_lab = app["role"] if (app["role"] in body or app["role"] in subj) else None
    lab = kit.label(company=app["company"], role=role_lab, reply_by=reply_by)
    m = jk.human_msg(app, ev, rng, "recruiter_reply", subj, body, jk.person_addr(app, sender_p), lab, note, quote=quote)
    jk.remember(app, m, body)
    return m


# ====================================================================== rejection

REJ_CORE = [
    "After careful consideration, we have decided to move forward with other candidates whose experience more closely matches the requirements of the role.",
    "We won't be progressing your application for {role} any further on this occasion.",
    "You have not been shortlisted for interview for this post.",
    "Having considered all the candidates, the panel has decided not to offer you the post of {role}.",
    "I'm sorry to say we've gone with another applicant for {role}.",
    "Thank you for attending interview. On this occasion you were not successful.",
    "We have now completed the selection process and are unable to offer you the position.",
    "Your application was carefully reviewed but has not been selected to progress to the next stage.",
    "We've decided to offer the {role} role to someone whose background is a closer fit for what the team needs right now.",
    "Following the sift, your application did not meet the standard required to proceed to interview.",
    "We have decided not to proceed with your application at this stage.",
    "Regrettably, we will not be taking your application for {role} further.",
    "The hiring manager has selected another candidate for this requisition.",
    "It was a close decision, but we will not be moving you forward to the final stage.",
    "On this occasion we have decided to pursue other applications.",
    "Sadly it's a no from us this time.",
    "Your application for the post of {role} has been unsuccessful.",
    "We have reviewed your application and, while your qualifications are impressive, we have chosen not to move forward.",
    "We regret to inform you that your candidature has not been shortlisted for the next round.",
    "Thank you for the time you spent with us. We've made the difficult decision to appoint another candidate.",
    "The panel was impressed by you, but another applicant scored higher overall.",
    "We will not be able to take your application forward for {role}.",
]
REJ_SPECIAL = {
    "filled": ["This position has now been filled.", "The {role} vacancy has been filled internally.",
               "We've appointed to the {role} post, so we won't be taking further applications forward."],
    "cancelled": ["The {role} vacancy has been withdrawn and we will not be making an appointment at this time.",
                  "We have closed this recruitment campaign without appointing. Funding for the post has been withdrawn.",
                  "The requisition for {role} has been cancelled following a review of the service."],
    "reserve": ["Although you met the required standard at interview, the posts have been filled by candidates who scored higher. Your name has been placed on a reserve list for twelve months, and we will contact you if a similar post arises.",
                "You passed the interview, but all available posts have been allocated to higher-ranked candidates. You have been held on the reserve list."],
    "failed_test": ["Your results in the online assessments did not meet the threshold required to progress on the {role} programme.",
                    "Based on your assessment results, we are unable to progress your application this year."],
    "informal": ["Hey Maya, just a quick note to say we've filled the {role} role. Thanks heaps for coming in!",
                 "hi maya - sorry, we went with someone with more bar experience. good luck!",
                 "Thanks for coming in for the trial. We've decided to go with someone who can do more weekday shifts. All the best."],
    "portal": ["Your application status for {role} is now: Not progressed.", "Application status: Unsuccessful – {role} ({ref}).",
               "Status update: you have not been selected for {role}."],
}
REJ_SOFT = ["We received a high number of strong applications.", "We appreciate the time you put into your application.",
            "We'd encourage you to apply for future vacancies that match your skills.", "Feedback is available on request.",
            "We will keep your details on file for six months, in line with our privacy notice.",
            "Please don't be discouraged; we hope you'll apply again.", "Thank you again for your interest in working with us.",
            "We wish you every success in your career."]
REJ_SUBJ = ["Your application for {role}", "Update on your application", "{short} – application outcome", "Application outcome – {ref}",
            "Regarding your application", "Thank you for your interest in {short}", "Your recent interview", "{role}: outcome",
            "Application status", "Thanks from {short}", "Re: {role} interview", "Outcome of shortlisting – {role}"]
REJ_ES = ["Te agradecemos tu interés; en esta ocasión no continuaremos con tu proceso para {role}.",
          "Lamentamos informarte que el perfil seleccionado para {role} fue otro.",
          "Después de revisar cuidadosamente tu postulación, decidimos avanzar con otras personas candidatas.",
          "Te informamos que la vacante de {role} ya fue cubierta.",
          "Por el momento no podremos seguir contigo en el proceso de selección.",
          "Tu perfil no fue seleccionado para la siguiente etapa.",
          "Te comunicamos que la vacante fue cancelada por reestructura del área.",
          "Hemos decidido no avanzar con tu candidatura; valoramos mucho el tiempo que dedicaste a las entrevistas."]
REJ_ES_SOFT = ["Guardaremos tu CV en nuestra base de datos para futuras oportunidades.", "Te deseamos mucho éxito.",
               "Gracias por el tiempo dedicado al proceso."]


def gen_rejection(app, ev, rng):
    c = app["c"]
    lang = app["lang"]
    region = c["region"]
    sub = ev.get("sub", "standard")
    f = dict(role=app["role"], short=c["short"], ref=app["ref"])
    note = {"standard": "rejection without the word unfortunately", "after_interview": "rejection after interview",
            "filled": "position filled: rejection", "cancelled": "post cancelled/withdrawn: rejection",
            "reserve": "reserve list after the posts went to others: rejection", "failed_test": "did not pass the online tests: rejection",
            "informal": "informal one-line rejection", "portal": "portal status 'not progressed': rejection",
            "not_shortlisted": "not shortlisted: rejection"}.get(sub, "rejection")
    if lang == "es":
        core = (REJ_ES[3] if sub == "filled" else REJ_ES[6] if sub == "cancelled" else rng.choice(REJ_ES)).format(**f)
        body = jk.join(cm.greet(rng, region, "es"), rng.choice(["Gracias por participar en nuestro proceso de selección.", "Agradecemos tu interés en formar parte de %s." % c["short"], ""]),
                       core, rng.choice(REJ_ES_SOFT), cm.signoff(rng, region, "es") + "\n" + rng.choice(["Equipo de Reclutamiento", "Capital Humano"]) + " " + c["short"])
        subj = rng.choice(["Resultado de tu proceso", "Tu postulación a {role}", "Gracias por tu interés en {short}", "Seguimiento a tu postulación"]).format(**f)
        if rng.random() < 0.5:
            blocks = [("p", body)]
            lab = kit.label(company=app["company"], role=app["role"] if app["role"] in body or app["role"] in subj else None)
            return jk.ats_msg(app, ev, rng, "rejection", subj, blocks, [cm.unsub_footer(rng, c["short"], c["domain"], "es")], lab, note + " (Spanish, ATS)")
        lab = kit.label(company=app["company"], role=app["role"] if app["role"] in body or app["role"] in subj else None)
        p = jk.person(app, 0)
        m = jk.human_msg(app, ev, rng, "rejection", subj, body, jk.person_addr(app, p), lab, note + " (Spanish)")
        return m
    if sub in REJ_SPECIAL:
        core = rng.choice(REJ_SPECIAL[sub]).format(**f)
    else:
        pool = REJ_CORE
        if sub == "not_shortlisted":
            pool = [REJ_CORE[i] for i in (2, 7, 9, 10, 18, 22 - 1)]
        elif sub == "after_interview":
            pool = [REJ_CORE[i] for i in (3, 4, 5, 6, 8, 12, 13, 19, 20)]
        core = rng.choice(pool).format(**f)
    if sub == "informal":
        p = (ev.get("interviewers") or [jk.person(app, 1)])[0]
        body = core + "\n\n" + cm.first(p[0]) + ("\n\nSent from my iPhone" if rng.random() < 0.5 else "") + "\n"
        subj = rng.choice(["Re: trial shift", "the {role} job", "Quick note", "Re: {role}"]).format(**f)
        quote = jk.last_thread(app, jk.person_addr(app, p)[1])
        if quote and rng.random() < 0.5:
            subj = kit.reply_subject(quote["subject"])
        lab = kit.label(company=app["company"] if c["short"] in body or c["short"] in subj else None,
                        role=app["role"] if app["role"] in body or app["role"] in subj else None)
        if lab["company"] is None:
            body = body.rstrip("\n") + "\n" + c["short"] + "\n"
            lab["company"] = app["company"]
        return jk.human_msg(app, ev, rng, "rejection", subj, body, jk.person_addr(app, p), lab, note,
                            client=rng.choice(["iphone", "gmail"]), quote=quote)
    opener = rng.choice(["Thank you for your application for {role} at {short}.", "Thank you for your interest in the {role} position.",
                         "Thank you for taking the time to interview with us for {role}.", "Thanks for applying for {role}.",
                         "Many thanks for your recent application.", "", "We appreciate you applying to {short}."]).format(**f)
    if sub in ("after_interview", "reserve") and "interview" not in opener:
        opener = "Thank you for attending interview for the {role} post.".format(**f)
    if sub not in ("after_interview", "reserve") and "interview" in opener:
        opener = "Thank you for your application for {role} at {short}.".format(**f)
    if "interview" in opener and core.startswith("Thank you for attending"):
        core = REJ_CORE[3].format(**f)
    soft = rng.sample(REJ_SOFT, rng.randint(0, 2))
    human = rng.random() < 0.4 and sub not in ("portal", "failed_test")
    region_l = region
    if human:
        p = jk.person(app, 0) if rng.random() < 0.7 else (ev.get("interviewers") or [jk.person(app, 1)])[0]
        body = jk.join(cm.greet(rng, region_l, "en"), opener, core, *soft,
                       cm.signoff(rng, region_l, "en") + "\n" + cm.signature(rng, p, c))
        subj = rng.choice(REJ_SUBJ).format(**f)
        quote = jk.last_thread(app, jk.person_addr(app, p)[1]) if rng.random() < 0.5 else None
        if quote:
            subj = kit.reply_subject(quote["subject"])
        lab = kit.label(company=app["company"], role=app["role"] if app["role"] in body or app["role"] in subj else None)
        return jk.human_msg(app, ev, rng, "rejection", subj, body, jk.person_addr(app, p), lab, note, quote=quote)
    blocks = [("p", cm.greet(rng, region_l, "en")), ("p", opener), ("p", core)]
    if soft:
        blocks.append(("p", " ".join(soft)))
    if rng.random() < 0.35:
        blocks.append(("h", rng.choice(["Other roles you might like", "Current vacancies", "Keep in touch"])))
        blocks.append(("p", rng.choice(["We have lots of other opportunities. Set up a job alert to hear about them first.",
                                        "Join our talent community for news about future openings.",
                                        "Browse our latest vacancies on our careers site."])))
        blocks.append(("button", "See open roles", "https://careers.%s/jobs" % c["domain"]))
    blocks.append(("p", cm.signoff(rng, region_l, "en") + "\n" + rng.choice(["The Recruitment Team", "Talent Acquisition", "HR Services", "Early Careers"]) + "\n" + c["name"]))
    subj = rng.choice([s for s in REJ_SUBJ if "interview" not in s or sub in ("after_interview", "reserve")]).format(**f)
    footer = [cm.legal_footer(rng, region_l, c["name"], c["sector"]),
              cm.unsub_footer(rng, jk.vendor(app)["brand"] if jk.vendor(app) else c["short"], c["domain"])]
    body_all = " ".join(b[1] for b in blocks if b[0] == "p")
    lab = kit.label(company=app["company"], role=app["role"] if app["role"] in body_all or app["role"] in subj else None)
    return jk.ats_msg(app, ev, rng, "rejection", subj, blocks, footer, lab, note + " (ATS, bulk headers)")


# ====================================================================== offer

OFFER_CORE = [
    "I am delighted to offer you the position of {role} at {company}.",
    "Following your recent interview, I'm pleased to confirm that we would like to offer you the {role} post.",
    "Congratulations! We'd love you to join us as {role}.",
    "We are pleased to make you a conditional offer of employment for the post of {role}, subject to satisfactory pre-employment checks.",
    "On behalf of the panel, I am pleased to inform you that you have been successful at interview and we would like to offer you the role of {role}.",
    "We're delighted to offer you a place on our {role}.",
    "Great news: the team would like to offer you the {role} job!",
    "Further to our telephone conversation today, please find attached your formal offer letter for {role}.",
    "You have been recommended for appointment to the post of {role}, and I am pleased to make you a provisional offer.",
    "Please find attached your Letter of Offer for the position of {role}. We're thrilled to have you on board.",
    "We are happy to extend an offer of employment to you for the position of {role}.",
    "I'm really pleased to let you know the panel was unanimous: we'd like to offer you the post.",
    "Thank you for your patience. I'm very happy to confirm that we are offering you the {role} role.",
    "It gives me great pleasure to offer you the appointment of {role}.",
    "We'd be delighted to welcome you to {company}; please accept this as our formal offer for the {role} position.",
    "Following reference checks, we can now confirm our offer of the {role} post.",
    "I tried to call but couldn't reach you, so by email: we're offering you the {role} job!",
    "Subject to contract, we would like to offer you the post of {role} on a fixed-term basis.",
    "After much deliberation the panel has selected you for appointment as {role}. Congratulations!",
    "I'm thrilled to share that you've been successful: we'd like you to start as our new {role}.",
]
OFFER_DETAIL = ["The starting salary is {salary}, and the proposed start date is {start}.",
                "The offer is conditional on two satisfactory references, an enhanced background check and confirmation of your right to work.",
                "Please review the attached letter and confirm your acceptance within five working days.",
                "Your contract will be for 12 months in the first instance.",
                "You will be placed on the first point of the salary scale, with annual increments.",
                "Let me know if you have any questions before you sign."]
OFFER_ES = ["Nos da mucho gusto informarte que fuiste seleccionada para el puesto de {role}. ¡Felicidades!",
            "Te compartimos tu carta oferta para la posición de {role} en {company}.",
            "Con base en tus entrevistas, queremos ofrecerte la vacante de {role}.",
            "Adjunto encontrarás la propuesta económica y la carta oferta para {role}; te pedimos revisarla y confirmarnos.",
            "¡Muchas felicidades! El comité te eligió para ocupar la plaza de {role}.",
            "Te confirmo que la Dirección aprobó tu contratación como {role}; te envío los detalles de la oferta."]


def gen_offer(app, ev, rng):
    c = app["c"]
    lang = app["lang"]
    region = c["region"]
    sub = ev.get("sub", "letter")
    from jobs_a import SALARY, SALARY_HOURLY
    startd = kit.shift_weekday((ev["date"] + dt.timedelta(days=rng.randint(21, 45))).date())
    f = dict(role=app["role"], company=c["name"], short=c["short"],
             salary=rng.choice(SALARY_HOURLY[region] if c["sector"] in ("hospitality", "retail") else SALARY[region]),
             start=kit.date_words(startd, region))
    p = jk.person(app, 0)
    if sub == "call":
        return _offer_call(app, ev, rng, f)
    if sub == "portal":
        blocks = [("p", cm.greet(rng, region, lang)),
                  ("p", rng.choice(["You have a new task: Review Offer – {role}.", "Your offer letter for {role} is ready to view and sign.",
                                    "{company} has sent you an offer for {role}. Please review and accept in the candidate portal."]).format(**f) if lang != "es"
                   else "Tienes una nueva tarea: revisar tu carta oferta para {role}.".format(**f)),
                  ("button", "Review offer" if lang != "es" else "Ver oferta", jk.portal_url(app, "offer")),
                  ("small", "This link expires in 7 days." if lang != "es" else "El enlace vence en 7 días.")]
        subj = rng.choice(["Action required: review your offer", "Your offer from {short}", "You have a new task: Review Offer",
                           "Offer of employment – {role}"]).format(**f) if lang != "es" else "Tu carta oferta – %s" % c["short"]
        lab = kit.label(company=app["company"], role=app["role"])
        return jk.ats_msg(app, ev, rng, "offer", subj, blocks, [c["name"]], lab, "offer via candidate portal task/e-sign notice")
    if lang == "es":
        core = rng.choice(OFFER_ES).format(**f)
        body = jk.join(cm.greet(rng, region, "es"), core,
                       "El sueldo mensual bruto es de %s y la fecha de ingreso propuesta es el %s." % (f["salary"], f["start"]),
                       "Te pido que nos confirmes tu aceptación firmando la carta.", cm.signoff(rng, region, "es") + "\n" + cm.signature(rng, p, c, "es"))
        subj = rng.choice(["Carta oferta – {role}", "¡Felicidades! Propuesta laboral {short}", "Oferta de empleo"]).format(**f)
        att = [mk.attachment("Carta_Oferta_%s.pdf" % cm.ascii_fold(c["short"]).replace(" ", "_"), "application/pdf", mk.fake_pdf("Carta oferta"))]
        lab = kit.label(company=app["company"], role=app["role"])
        m = jk.human_msg(app, ev, rng, "offer", subj, body, jk.person_addr(app, p), lab, "offer letter PDF (Spanish)", attachments=att)
        jk.remember(app, m, body)
        return m
    if sub == "revised":
        core = rng.choice(["Following our conversation, please find attached the revised offer for {role}, with the updated salary and start date.",
                           "As promised, here is the amended offer letter for {role}. The only changes are the salary point and the start date.",
                           "I've spoken with the hiring manager and we're able to improve the offer for {role}; the revised letter is attached."]).format(**f)
    elif sub == "grad":
        core = OFFER_CORE[5].format(**f)
    elif sub == "conditional":
        core = OFFER_CORE[3].format(**f)
    elif sub == "provisional":
        core = OFFER_CORE[8].format(**f)
    elif sub == "informal":
        core = rng.choice([OFFER_CORE[2], OFFER_CORE[6], OFFER_CORE[11]]).format(**f)
    else:
        core = rng.choice(OFFER_CORE).format(**f)
    pool = OFFER_DETAIL if c["sector"] not in ("hospitality", "retail") else [x for x in OFFER_DETAIL if "scale" not in x and "12 months" not in x]
    dets = [x.format(**f) for x in rng.sample(pool, rng.randint(1, 3))]
    att = None
    note = "offer (%s)" % sub
    if sub == "revised" or (sub in ("letter", "conditional", "provisional", "grad") and rng.random() < 0.75):
        fname = rng.choice(["Offer_Letter_%s.pdf", "Conditional_Offer_%s.pdf", "Letter_of_Offer_%s.pdf", "Appointment_Letter_%s.pdf"]) % cm.ascii_fold(c["short"]).replace(" ", "_").replace("'", "").replace(".", "")
        att = [mk.attachment(fname, "application/pdf", mk.fake_pdf(fname))]
        if rng.random() < 0.4:
            att.append(mk.attachment("Contract_of_Employment.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", mk.fake_docx("contract")))
        dets.insert(0, rng.choice(["Please find your offer letter attached.", "Your offer letter is attached as a PDF.", "I attach the formal letter of offer."]))
        note += ", PDF attachment"
    body = jk.join(cm.greet(rng, region, "en"), core, *dets, cm.signoff(rng, region, "en") + "\n" + cm.signature(rng, p, c))
    subj = rng.choice(["Offer of employment – {role}", "Your offer from {short}", "Conditional offer – {role}", "Congratulations!",
                       "Letter of Offer: {role}", "{short}: offer of appointment", "Re: {role} interview", "Good news!"]).format(**f)
    quote = jk.last_thread(app, jk.person_addr(app, p)[1]) if rng.random() < 0.4 else None
    if quote:
        subj = kit.reply_subject(quote["subject"])
    lab = kit.label(company=app["company"], role=app["role"] if app["role"] in body or app["role"] in subj else None)
    m = jk.human_msg(app, ev, rng, "offer", subj, body, jk.person_addr(app, p), lab, note, attachments=att, quote=quote)
    jk.remember(app, m, body)
    return m


def _offer_call(app, ev, rng, f):
    """Verbal-offer call invitation whose text says offer; has a calendar part but interview_start stays null."""
    c = app["c"]
    region = c["region"]
    p = jk.person(app, 0)
    org = jk.person_addr(app, p)
    start = kit.shift_weekday((ev["date"] + dt.timedelta(days=1)).date())
    st = dt.datetime(start.year, start.month, start.day, rng.choice([10, 11, 14, 15]), 0, tzinfo=ev["date"].tzinfo)
    txt = rng.choice(["Hi Maya, I have some good news and would love to talk you through an offer for the {role} role. Are you free for a quick call at the time below?",
                      "Maya, we'd like to make you an offer for {role}! Let's jump on a call so I can go through the details.",
                      "Following the final interview, I'd like to discuss a verbal offer for {role} with you. I've sent a short call."]).format(**f)
    if app["lang"] == "es":
        txt = "Hola Maya, tenemos buenas noticias: queremos hacerte una oferta para %s. ¿Platicamos en la llamada de abajo?" % app["role"]
    ics_text = mk.ics("REQUEST", mk.h(ev["key"], 24) + "@" + org[1].split("@")[1], "Offer call – Maya Fernandes", st, 20,
                      rng.choice(["iana", "utc"]) if str(st.tzinfo) in mk.VTZ or str(st.tzinfo) in mk.VTZ_FIXED else "utc",
                      org, [("Maya Fernandes", "maya.fernandes@example.net")], location="Phone", description=txt, stamp=ev["date"])
    key = ev["key"]
    root = mk.multipart("alternative", [mk.text(txt + "\n\n" + cm.bare(p[0])), mk.calendar(ics_text, cte="base64")], kit.bnd(key))
    lab = kit.label(company=app["company"], role=app["role"])
    m = jk.build(app, ev, rng, "offer", "Offer call – %s" % app["role"] if app["lang"] != "es" else "Llamada: oferta %s" % app["role"],
                 root, org, lab, "verbal-offer call invite whose text says offer: offer, interview_start null despite the calendar part",
                 crlf=rng.random() < 0.5)
    return m
