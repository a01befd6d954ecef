"""'other' mail, part B: account security, social notifications, recruitment scams, personal mail in and out,
non-job calendar invites, auto-replies and bounces, events and surveys."""
import datetime as dt

import common as cm
import kit
import mimekit as mk
from others_a import ME, plain_mail, region_zone, vmail
from world import COMPANIES, OWNER, OWNER_NAME, OWNER_TZ, VENDORS

# ====================================================================== account security

SEC = [
    ("Trac", "trac-mail.example", "Reset your password", "We received a request to reset the password for your Trac account. This link expires in 60 minutes."),
    ("Civil Service Jobs", "csjobs-mail.example", "Your account has been created", "Welcome to Civil Service Jobs. Please verify your email address to activate your account."),
    ("Workday", "myworkday-mail.example", "Verify your candidate account", "Please verify your email to finish creating your candidate account for %s careers."),
    ("NHS Jobs", "jobs.nhs-mail.example", "Your security code", "Your NHS Jobs security code is {code}. It expires in 15 minutes."),
    ("Naukri", "naukri-mail.example", "OTP for login: {code}", "Use OTP {code} to log in to your Naukri account. Do not share it with anyone."),
    ("SEEK", "seek-mail.example", "Confirm your email address", "Confirm your email so employers can contact you about jobs."),
    ("LinkedIn", "linkedin-mail.example", "Maya, here's your PIN", "Please use this verification code to complete your sign in: {code}"),
    ("Google-style Account", "accounts.mail.example", "Security alert: new sign-in on Windows", "We noticed a new sign-in to your account. If this was you, you don't need to do anything."),
    ("SuccessFactors", "successfactors-mail.example", "Password changed", "The password for your career site account was changed. If you didn't do this, contact support."),
    ("OCC Mundial", "occ-mail.example", "Código de verificación", "Tu código para iniciar sesión es {code}."),
    ("PageUp", "pageuppeople-mail.example", "Your account is locked", "Your candidate account was locked after too many sign-in attempts. Reset your password to unlock it."),
    ("publicjobs portal", "publicposts.example", "Update your profile details", "For security, please confirm your contact details are up to date."),
    ("Tolka Bank", "alerts.tolkabank.example", "New device added to your banking app", "A new device was registered to your online banking. If this wasn't you, call us immediately."),
    ("Apply to Education", "applytoeducation-mail.example", "Welcome – verify your email", "Thanks for registering. Click below to verify your email and complete your profile."),
]


def security(key, rng, date, idx):
    brand, host, subj, body = SEC[idx % len(SEC)]
    code = "%06d" % (int(mk.h(key, 6), 16) % 10 ** 6)
    company = rng.choice(COMPANIES)["short"]
    subj = subj.format(code=code)
    body = body.format(code=code) if "{code}" in body else (body % company if "%s" in body else body)
    lang = "es" if brand == "OCC Mundial" else "en"
    blocks = [("p", "Hi Maya," if lang != "es" else "Hola Maya:"), ("p", body)]
    if "{code}" not in SEC[idx % len(SEC)][3] and rng.random() < 0.8:
        blocks.append(("button", rng.choice(["Reset password", "Verify email", "Review activity", "Confirm"]) if lang != "es" else "Confirmar",
                       "https://%s/account/%s" % (host, mk.h(key, 14))))
    blocks.append(("small", "If you didn't request this, you can ignore this email." if lang != "es" else "Si no solicitaste este código, ignora este mensaje."))
    frm = (brand if rng.random() < 0.6 else "%s Accounts" % brand, rng.choice(["no-reply", "security", "accounts", "noreply"]) + "@" + host)
    return vmail(key, rng, date, frm, subj, blocks, [brand], brand, "#263238", lang,
                 note="account/security mail from an ATS, board or bank: other", bulk=True, unsub=False)


# ====================================================================== social notifications

SOCIAL = [
    ("{p} viewed your profile", "{p}, {t}, viewed your profile. See who else is looking.", "viewed"),
    ("You appeared in {n} searches this week", "Recruiters from {org} and others found you through search.", "searches"),
    ("Congratulate {f} on the new job", "{f} started a new position as {t}. Say congrats!", "congrats"),
    ("{f} is hiring", "{f} shared a job post: '{t}'. Know anyone who'd be a great fit?", "hiring"),
    ("{f} endorsed you for Public Health", "Your skills are being noticed. See all endorsements.", "endorse"),
    ("Your post got {n} reactions", "People are engaging with your post about finishing your MSc.", "reactions"),
    ("{p} wants to connect", "{p}, {t} at {org}, would like to join your network.", "invite"),
    ("{f} commented on your post", "\"Congratulations Maya! Best of luck with the job hunt.\"", "comment"),
    ("Celebrate {f}'s work anniversary", "{f} is celebrating 3 years at {org}.", "anniversary"),
    ("Your application was viewed by {org}", "Good news, {org} viewed your application for {t}. We'll let you know if there's an update.", "app_viewed"),
    ("New post in Jobs in Cape Town (group)", "{f} posted: 'Anyone know if Two Oceans is still hiring for reception?'", "group"),
    ("{f} mentioned you in a comment", "\"@Maya Fernandes you'd be perfect for this!\"", "mention"),
    ("See how you compare to {n} other applicants", "Premium members see insights on every job they apply to.", "premium"),
    ("Your profile is 80% complete", "Add a photo and skills to stand out to recruiters.", "profile"),
    ("{org} posted a new job: {t}", "You follow {org}. Take a look at their latest opening.", "follow_job"),
    ("Trending in your network: interview tips", "{f} shared: '5 things I wish I'd known before my NHS interview'.", "trending"),
]
FRIENDS = ["Orla Kavanagh", "Rohan Fernandes", "Daniela Robles", "Naledi Khumalo", "Siddharth Rao", "Aisling Kerr", "Tomasz Wiśniewski",
           "Grace Mwangi", "Hyun-woo Park", "Ciara Moynihan"]


def social(key, rng, date, idx):
    s, b, tag = SOCIAL[idx % len(SOCIAL)]
    c = rng.choice(COMPANIES)
    p = c["people"][rng.randint(0, len(c["people"]) - 1)]
    f = dict(p=cm.bare(p[0]), t=rng.choice([p[1], rng.choice(c["roles"])]), org=c["short"], n=rng.randint(4, 48), f=rng.choice(FRIENDS))
    if tag == "app_viewed":
        f["t"] = rng.choice(c["roles"])
    subj = s.format(**f)
    body = b.format(**f)
    brand, host = rng.choice([("LinkedIn", "linkedin-mail.example")] * 4 + [("Facebook", "facebookmail.example")] if tag == "group" else
                             [("LinkedIn", "linkedin-mail.example")])
    if tag == "group":
        brand, host = "Facebook", "facebookmail.example"
    blocks = [("p", body), ("button", rng.choice(["View", "See more", "Open", "Reply"]), "https://%s/n/%s" % (host, mk.h(key, 12)))]
    footer = ["This email was intended for Maya Fernandes.", "Learn why we included this.", cm.unsub_footer(rng, brand, host)]
    frm = (brand if rng.random() < 0.5 else "%s Notifications" % brand, rng.choice(["notifications-noreply", "messages-noreply", "updates-noreply"]) + "@" + host)
    note = "social notification (%s): other" % tag
    if tag == "app_viewed":
        note = "'application viewed' notice names an employer but is not the employer's reply: other"
    if tag in ("invite", "viewed"):
        note += "; the person is a recruiter at a hiring company, still other"
    return vmail(key, rng, date, frm, subj, blocks, footer, brand, "#0a66c2", "en", note=note)


# ====================================================================== recruitment scams

SCAMS = [
    dict(frm=("NHS International Recruitment Unit", "nhs.recruitment.uk@gmail.example"), lang="en",
         subj="OFFER LETTER – Staff Nurse – NHS UK (Visa Sponsored)",
         body="Dear Maya,\n\nCongratulations! After reviewing your CV you have been selected for the position of Staff Nurse at an NHS hospital in London with a salary of £48,000 per annum and free accommodation.\n\nTo process your Certificate of Sponsorship and work permit, a refundable fee of £650 must be paid to our appointed immigration agent within 3 days. Kindly find attached your offer letter.\n\nDr. James Williams\nHR Director",
         att="Offer_Letter_NHS.pdf", note="fee-charging fake NHS 'offer letter' from a free-mail address: scam, other", auth=("softfail", "none", "fail")),
    dict(frm=("Mia from Apex Digital Tasks", "mia.tasks@apexdigital-jobs.example"), lang="en",
         subj="Part-time remote job – earn $300/day – no interview",
         body="Hi dear,\n\nWe got your resume from an online job portal. Our company is hiring part-time remote assistants to boost app rankings. Simple tasks, 60-90 mins daily, paid in USDT.\n\nNo experience, no interview. To start you just need to top up your task account with 50 USDT which is refunded after 1st day.\n\nAdd me on WhatsApp +1 555 0100 to start today!",
         note="crypto task scam: other", auth=("pass", "none", "none")),
    dict(frm=("Logistics Coordinator Team", "hr@swiftparcel-inspect.example"), lang="en",
         subj="Package Inspector position – work from home – start Monday",
         body="Hello Maya,\n\nThank you for your interest. You are hired as a Package Quality Inspector. Your job: receive parcels at your home address, check the contents, relabel and reship them with the prepaid labels we send.\n\nSalary: €2,800/month + bonuses. Please reply with your full name, home address and a copy of your ID to complete onboarding.\n\nRegards,\nHR Department",
         note="reshipping mule scam dressed as a job offer: other", auth=("softfail", "fail", "fail")),
    dict(frm=("Amazon Part Time HR", "parttime.hr.2025@gmail.example"), lang="hi-en",
         subj="Ghar baithe kamaayein ₹3000 daily – Amazon part time job",
         body="Namaste Maya ji,\n\nAapka profile humein Naukri pe mila. Amazon ke liye part time job hai, bas products ko like/rating dena hai. Daily ₹3000 tak kamaayein, ghar baithe!\n\nJoining ke liye registration fee sirf ₹999 hai, jo pehle task ke baad refund ho jaayegi.\n\nAbhi WhatsApp karein: +91 90000 00000\n\nDhanyavaad,\nPriya (HR Team)",
         note="Hindi-English part-time task scam with a registration fee: other", auth=("pass", "none", "none")),
    dict(frm=("Canada Jobs Immigration Services", "lmia.jobs.canada@outlook-mail.example"), lang="en",
         subj="LMIA Approved Job Offer – Hotel Front Desk – Toronto",
         body="Dear Applicant,\n\nWe are pleased to inform you that you have been selected for an LMIA-approved job offer as Front Desk Agent in Toronto, CAD $22/hour.\n\nTo proceed with your LMIA documents and work permit, pay the processing fee of CAD $1,200 via Western Union. Offer valid for 5 days only.\n\nImmigration Officer\nCanada Jobs Immigration Services",
         note="fee-charging LMIA 'job offer' scam: other", auth=("softfail", "none", "fail")),
    dict(frm=("Al Noor Medical Center HR", "careers.alnoormed@yahoo-mail.example"), lang="en",
         subj="Appointment letter – Health Educator – Dubai",
         body="Dear Maya Fernandes,\n\nWith reference to your online interview, we are happy to appoint you as Health Educator. Monthly salary AED 14,000 tax free, accommodation and flight provided.\n\nPlease pay AED 1,500 for the attestation and medical test through our travel agent. Scan of appointment letter attached.\n\nHR Manager",
         att="Appointment_Letter.pdf", note="fake appointment letter demanding fees; no interview ever took place: other", auth=("none", "none", "none")),
    dict(frm=("Mystery Shopper Programme", "evaluations@shopper-assess.example"), lang="en",
         subj="You have been selected as a Mystery Shopper",
         body="Hello,\n\nYou've been selected for our paid mystery shopper assignment in your area. We'll mail you a cheque for $2,450. Deposit it, keep $350 as your fee, and use the rest to buy gift cards to evaluate the store's service.\n\nReply YES to accept the assignment.",
         note="cheque-cashing mystery shopper scam: other", auth=("softfail", "fail", "fail")),
    dict(frm=("Reclutamiento Hoteles del Caribe", "rh.hotelesdelcaribe@gmail.example"), lang="es",
         subj="Felicidades, fuiste seleccionada – Recepcionista en Cancún",
         body="Hola Maya,\n\nFuiste seleccionada para el puesto de Recepcionista Bilingüe en un hotel de 5 estrellas en Cancún. Sueldo de $28,000 MXN + propinas.\n\nPara apartar tu lugar debes hacer un depósito de $1,800 MXN para el curso de inducción y el uniforme. Envía tu comprobante por WhatsApp.\n\nAtentamente,\nLic. Roberto Díaz",
         note="Spanish fake hotel job asking for a deposit: scam, other", auth=("pass", "none", "none")),
    dict(frm=("Riverside NHS Careers", "onboarding@riverside-nhs-careers.example"), lang="en",
         subj="Action needed: confirm bank details for your onboarding",
         body="Dear Maya,\n\nTo complete your onboarding as a new starter, please confirm your bank login details through the secure portal below within 24 hours, otherwise your offer will be withdrawn.\n\nhttps://riverside-nhs-careers.example/secure-login\n\nPayroll Team",
         note="phishing from a lookalike of a real employer's domain (SPF/DKIM fail): other", auth=("fail", "fail", "fail")),
    dict(frm=("Karoo Learnerships 2026", "learnerships.karoo2026@gmail.example"), lang="en",
         subj="Your learnership application is successful – pay admin fee",
         body="Good day,\n\nYour application for the Health Promotion Learnership has been successful. A stipend of R4,500 per month will be paid.\n\nTo secure your place, pay an administration fee of R350 to the account below and send proof of payment.\n\nLearnership Office",
         note="learnership scam demanding an admin fee: other", auth=("softfail", "none", "none")),
    dict(frm=("Global Talent Desk", "talentdesk@remote-admin-pay.example"), lang="en",
         subj="Interview on Telegram – Remote Admin Assistant",
         body="Hi Maya,\n\nYou're shortlisted for Remote Admin Assistant (AUD $45/hr). Our interviews are conducted over Telegram text chat only. Please add the hiring manager @GTD_hiring and send a copy of your passport and tax file number beforehand.\n\nThanks",
         note="text-chat 'interview' identity-theft scam: other", auth=("pass", "none", "none")),
    dict(frm=("Data Entry Jobs India", "dataentry.wfh@rediff-mail.example"), lang="en",
         subj="Dear Candidate, you are selected for Data Entry Work – Daily Payment",
         body="Dear Candidate,\n\nGreetings!! You are selected for Online Data Entry Work From Home. Earn Rs.25,000–50,000 monthly. Kindly pay the refundable security deposit of Rs.2,500 for software ID activation.\n\nDo the needful at the earliest.\n\nRegards,\nHR Manager",
         note="Indian data-entry scam with a security deposit: other", auth=("none", "none", "none")),
    dict(frm=("Dominion Public Service Recruitment", "selection@dominion-gov-jobs.example"), lang="en",
         subj="You are selected – Federal Program Officer – confirm by paying exam fee",
         body="Dear Candidate,\n\nYou are selected for the post of Program Officer in the federal public service. To finalise your selection, pay the exam and verification fee of $95 through the link below.\n\nSelection Secretariat",
         note="fake government 'selection' with a fee: other", auth=("fail", "none", "fail")),
    dict(frm=("Cape Coast Cruises Crew Hiring", "crew.hiring.capecoast@gmail.example"), lang="en",
         subj="Cruise ship crew job offer – Guest Services – USD 3,200",
         body="Dear Maya,\n\nYou have been selected for Guest Services crew on our cruise line. Kindly pay USD 480 for your seaman's book and medical, after which your contract and e-ticket will be issued.\n\nCrew Manager",
         note="cruise crew fee scam: other", auth=("softfail", "none", "none")),
]


SCAM_ZONES = ["Europe/London", "Asia/Singapore", "Europe/Dublin", "Asia/Kolkata", "America/Toronto", "Asia/Dubai",
              "America/New_York", "America/Mexico_City", "Europe/London", "Africa/Johannesburg", "Asia/Manila", "Asia/Kolkata",
              "America/Toronto", "Africa/Lagos"]


def scam(key, rng, date, idx):
    s = SCAMS[idx % len(SCAMS)]
    date = date.astimezone(kit.ZoneInfo(SCAM_ZONES[idx % len(SCAM_ZONES)]))
    atts = None
    if s.get("att"):
        atts = [mk.attachment(s["att"], "application/pdf", mk.fake_pdf("Offer"))]
    extra = [("X-Mailer", rng.choice(["Microsoft Outlook Express 6.00.2900.5512", "PHPMailer 5.2.9", "WhatsApp Business Mailer"]))] if rng.random() < 0.5 else None
    lang = s["lang"]
    m = plain_mail(key, rng, date, s["frm"], s["subj"], s["body"], lang="es" if lang == "es" else "en",
                   note=s["note"], client=rng.choice(["plain", "webmail", "gmail"]), extra=extra, attachments=atts, auth=s["auth"])
    m.lang = lang
    return m


# ====================================================================== personal mail from family and friends

PERSONAL_IN = [
    (("Sunita Fernandes", "sunita.fernandes@familymail.example"), "hi-en", "Interview kaisa gaya?",
     "Beta,\n\nKal ka interview kaisa gaya? Papa keh rahe the you sounded tired on the phone. Don't worry, sab theek hoga.\n\nKhana time pe khaana and call me on Sunday. Lata maasi also asking when you are coming to Pune.\n\nLots of love,\nMummy", "Asia/Kolkata"),
    (("Anthony Fernandes", "tony.fernandes@familymail.example"), "en", "Saw this job – Pune hospital",
     "Maya,\n\nUncle Gerry's friend works at Sahyadri Care, says they're hiring for quality roles. I've attached the newspaper cutting. No pressure, just thought of you.\n\nDad", "Asia/Kolkata"),
    (("Lata Maasi", "lata.desai@familymail.example"), "hi-en", "Rohan ki shaadi – save the date!",
     "Namaste Maya beta,\n\nRohan ki shaadi fix ho gayi hai, 14 December, Goa mein. You MUST come, no excuses about interviews this time!\n\nAashirwad,\nLata Maasi", "Asia/Kolkata"),
    (("Orla Kavanagh", "orla.kav@mailbox.example"), "en", "drinks friday??",
     "Hiya!!\n\nHow did the interview go?? Tell me everything. Drinks on Friday in Grogan's to celebrate or commiserate, your choice 😂\n\nO x", "Europe/Dublin"),
    (("Daniela Robles", "dani.robles@correo.example"), "es", "¿Cómo te fue en la entrevista?",
     "¡Hola, amiga!\n\n¿Cómo te fue en la entrevista del hospital en León? Te estuve echando porras todo el día. Si te quedas en México, ¡te recibo en Guadalajara!\n\nTe mando un abrazo enorme,\nDani", "America/Mexico_City"),
    (("Naledi Khumalo", "naledi.k@mailbox.example"), "en", "Come to Cape Town!",
     "Sawubona friend!\n\nMy cousin says the city is looking for health promoters. Honestly just apply and come stay with us. Ma already said yes haha.\n\nLove, Nal", "Africa/Johannesburg"),
    (("Rohan Fernandes", "rohan.f@mailbox.example"), "hi-en", "Re: CV check",
     "Arre Maya,\n\nCV dekh liya. Looks solid yaar, bas summary thoda chhota kar. Also for Indian hospitals add your notice period and expected CTC, they always ask.\n\nAll the best for the interview!\nRohan", "Asia/Kolkata"),
    (("Aisling Kerr", "aisling.kerr@ucardmore.example"), "en", "Reference – happy to help",
     "Hi Maya,\n\nOf course I'm happy to be a referee. Send me the job descriptions when you get a chance so I can tailor it. Good luck with the interview next week!\n\nAisling", "Europe/Dublin"),
    (("Ciara Moynihan", "ciara.moynihan@mailbox.example"), "en", "Can you be my referee?",
     "Hey Maya,\n\nI'm applying for a care assistant job and they need two referees. Would you mind if I put you down as a character reference? They might email you.\n\nThanks a million,\nCiara", "Europe/Dublin"),
    (("Siddharth Rao", "sid.rao@mailbox.example"), "en", "Fwd: Research Assistant posting",
     "Saw this and thought of you! Deadline is next Friday.\n\n---------- Forwarded message ---------\nFrom: Dept of Epidemiology <epi-news@diph.ac.example>\nSubject: Vacancy: Research Assistant\n\nThe department invites applications for a Research Assistant...", "Asia/Kolkata"),
    (("Grace Mwangi", "grace.mwangi@mailbox.example"), "en", "Mentoring chat + interview prep",
     "Hi Maya,\n\nLovely chatting last week. For your panel interview, remember: pause, STAR, and always bring it back to the patient. Want to do a mock interview on Sunday?\n\nGrace", "Europe/London"),
    (("Mum & Dad", "sunita.fernandes@familymail.example"), "hi-en", "Happy birthday beta! 🎂",
     "Happy birthday Maya beta!! Bahut saara pyaar. Hope this year brings the job you want and lots of happiness.\n\nMummy & Papa", "Asia/Kolkata"),
    (("Tomasz Wiśniewski", "tomasz.w@mailbox.example"), "en", "Flat bills – October",
     "Hi Maya,\n\nElectricity came to €142 this month, so €47.33 each. Also the landlord is doing an inspection Thursday, so maybe hide the bike.\n\nTomasz", "Europe/Dublin"),
    (("Hyun-woo Park", "hyunwoo.park@mailbox.example"), "en", "Sydney tips",
     "Hey! Heard you got the working holiday visa, congrats! Get a TFN straight away and your RSA before applying to hospo jobs. Happy to grab coffee when you land.\n\nHyun-woo", "Australia/Sydney"),
    (("Daniela Robles", "dani.robles@correo.example"), "es", "Fotos de la boda",
     "Maya, ¡ya subí las fotos de la boda de mi prima! Saliste guapísima. Por cierto, mi tía dice que en su colegio buscan maestra de inglés, ¿te paso el contacto?\n\nBesos,\nDani", "America/Mexico_City"),
    (("Orla Kavanagh", "orla.kav@mailbox.example"), "en", "Re: you got it!!!",
     "AHHH Maya I'm so proud of you!! An offer!! We're going out Saturday, no arguments.\n\nO x", "Europe/Dublin"),
]


def personal_in(key, rng, date, idx):
    frm, lang, subj, body, zone = PERSONAL_IN[idx % len(PERSONAL_IN)]
    date = date.astimezone(kit.ZoneInfo(zone))
    client = rng.choice(["gmail", "iphone", "gmail", "apple", "plain"])
    m = plain_mail(key, rng, date, frm, subj, body, lang="es" if lang == "es" else "en",
                   note="personal mail from family/friends (mentions interviews, CVs or offers): other", client=client)
    m.lang = lang
    return m


PERSONAL_OUT = [
    ([("Sunita Fernandes", "sunita.fernandes@familymail.example")], "hi-en", "Re: Interview kaisa gaya?",
     "Hi Mummy,\n\nInterview theek tha! Panel was nice, they asked a lot about the vaccination project. Results in two weeks they said. Don't worry, I'm eating properly 😄\n\nWill call Sunday.\nLove,\nMaya"),
    ([("Daniela Robles", "dani.robles@correo.example")], "es", "Re: ¿Cómo te fue en la entrevista?",
     "¡Dani! Me fue súper bien, creo. Me preguntaron mucho sobre calidad y seguridad del paciente. Te cuento en cuanto sepa algo. ¡Gracias por las porras!\n\nBesos,\nMaya"),
    ([("Orla Kavanagh", "orla.kav@mailbox.example")], "en", "Re: drinks friday??",
     "Commiserate probably 😅 but yes, Friday! I'll be there by 7.\n\nM x"),
    ([("Declan Byrne (Landlord)", "declan.byrne@lettingsmail.example")], "en", "Leaky tap – Apt 4",
     "Hi Declan,\n\nThe kitchen tap in Apt 4 is leaking again. Would someone be able to look at it this week? I'm in most mornings except Tuesday.\n\nThanks,\nMaya Fernandes"),
    ([("Customer Care", "care@tolkabank.example")], "en", "Query about my account",
     "Hello,\n\nI'll be moving to Australia for a year on a working holiday visa. Can I keep my current account open and will my card work abroad?\n\nThanks,\nMaya Fernandes"),
    ([("Postgraduate Admissions", "pgadmissions@kingsbridge.ac.example")], "en", "Deferral request – MSc Global Health offer",
     "Dear Admissions Team,\n\nThank you for the offer of a place. Would it be possible to defer my place by one year? I have accepted a job for the coming year.\n\nKind regards,\nMaya Fernandes"),
    ([("Aisling Kerr", "aisling.kerr@ucardmore.example")], "en", "Reference request – a few jobs",
     "Hi Aisling,\n\nThank you again for agreeing to be a referee! I've applied for a couple of public health posts in the UK and Ireland. Here are the job descriptions. Some might contact you in the next few weeks.\n\nMaya"),
    ([("Grace Mwangi", "grace.mwangi@mailbox.example")], "en", "Fwd: Your application for Health Promotion Officer",
     "Grace, another no 😞 Forwarding in case you have any thoughts on what I could do differently. They didn't give feedback.\n\nMaya\n\n---------- Forwarded message ---------\nFrom: Recruitment Team\nSubject: Your application\n\nThank you for your application. On this occasion..."),
    ([("Rohan Fernandes", "rohan.f@mailbox.example")], "hi-en", "CV check please?",
     "Rohan bhai,\n\nCould you look at my CV once? Applying for a few hospitals in Pune and Mumbai. Indian format mein kya change karna chahiye?\n\nThanks yaar,\nMaya"),
    ([("Ciara Moynihan", "ciara.moynihan@mailbox.example")], "en", "Re: Can you be my referee?",
     "Of course! Put me down. Good luck, you'll be brilliant.\n\nMaya"),
    ([("Visa Enquiries", "enquiries@ircc-mail.example")], "en", "Question about IEC application",
     "Hello,\n\nI received an invitation to apply under IEC. Do I need a police certificate from India as well as Ireland, as I lived there for over six months?\n\nThank you,\nMaya Fernandes"),
    ([("Hyun-woo Park", "hyunwoo.park@mailbox.example")], "en", "Re: Sydney tips",
     "Thank you!! Coffee definitely. I've got my RSA booked already, and a few cafe trial shifts lined up hopefully.\n\nMaya"),
    ([("Lata Maasi", "lata.desai@familymail.example")], "hi-en", "Re: Rohan ki shaadi – save the date!",
     "Namaste Maasi,\n\nOf course I'll come! Flights dekh rahi hoon. Please tell Rohan congratulations from me.\n\nLove,\nMaya"),
    ([("Tomasz Wiśniewski", "tomasz.w@mailbox.example")], "en", "Re: Flat bills – October",
     "Sent you the €47.33 on Revolut. Bike is hidden 🚲\n\nM"),
    ([("Naledi Khumalo", "naledi.k@mailbox.example")], "en", "Re: Come to Cape Town!",
     "Nal!! I've actually applied to the city job and a couple of others. Fingers crossed. Tell your mom thank you!\n\nLove,\nMaya"),
]


def personal_out(key, rng, date, idx):
    to, lang, subj, body = PERSONAL_OUT[idx % len(PERSONAL_OUT)]
    date = date.astimezone(kit.ZoneInfo(OWNER_TZ))
    client = rng.choice(["gmail", "iphone", "gmail", "apple"])
    quote = None
    if subj.startswith("Re:"):
        quote = dict(key=key + "q", name=to[0][0], addr=to[0][1], date=date - dt.timedelta(days=rng.randint(1, 3), hours=rng.randint(1, 9)),
                     subject=subj[4:], text=rng.choice(["Hope you're well!", "Let me know!", "x"]),
                     msgid="<%s@mail.gmail.example>" % mk.h(key + "orig", 20))
    root, hs, crlf = kit.human_shape(key, rng, client, body, quote=quote if rng.random() < 0.6 else None, lang="es" if lang == "es" else "en")
    irt = quote["msgid"] if quote else None
    m = kit.Msg(key, "other", lang, ME, to, date, subj, root, label=kit.label(), headers=hs, transport=False,
                msgid=kit.msgid_for(client, key, "example.net"), in_reply_to=irt, references=irt, crlf=crlf,
                note="Maya's own personal sent mail: other")
    return m


# ====================================================================== non-job calendar invites

CAL_NONJOB = [
    ("Bright Smile Dental", "brightsmile.example", "Europe/Dublin", "Dental check-up – Maya Fernandes", "Check-up and clean. Please arrive 5 minutes early.", "dentist"),
    ("Rathmines Medical Centre", "rathminesmed.example", "Europe/Dublin", "GP appointment", "Appointment with Dr Hanlon.", "GP"),
    ("VFS-style Visa Centre", "vfs-mail.example", "Europe/Dublin", "Biometrics appointment – visa application", "Bring passport and appointment letter.", "visa biometrics"),
    ("Consular Section", "consulate-visa.example", "Europe/Dublin", "Visa interview – Consular Section", "Your visa interview at the consulate. This is an immigration interview for a visitor visa.", "consular visa interview"),
    ("Interview Skills Webinar", "careerpulse.example", "Europe/London", "Webinar: Mastering the panel interview", "Free live webinar with Q&A. Join link inside.", "webinar"),
    ("Community Radio Dublin", "communityradio.example", "Europe/Dublin", "Radio interview: MSc research on health inequalities", "Live interview on the Tuesday Health Hour about your thesis.", "radio interview"),
    ("Driving Test Centre", "drivingtests.example", "Europe/Dublin", "Driving test – Finglas centre", "Bring your learner permit and logbook.", "driving test"),
    ("Liffey Book Club", "mailbox.example", "Europe/Dublin", "Book club – November", "We're reading 'The Bee Sting'. Bring snacks!", "book club"),
]


def cal_nonjob(key, rng, date, idx):
    brand, host, zone, summary, desc, tag = CAL_NONJOB[idx % len(CAL_NONJOB)]
    date = date.astimezone(kit.ZoneInfo(zone))
    d = kit.shift_weekday((date + dt.timedelta(days=rng.randint(3, 12))).date())
    start = dt.datetime(d.year, d.month, d.day, rng.choice([9, 10, 11, 14, 16, 18]), rng.choice([0, 15, 30]), tzinfo=kit.ZoneInfo(zone))
    org = (brand, rng.choice(["appointments", "bookings", "events", "hello"]) + "@" + host)
    ics = mk.ics("REQUEST", mk.h(key, 20) + "@" + host, summary, start, rng.choice([30, 45, 60]), rng.choice(["iana", "utc"]), org,
                 [(OWNER_NAME, OWNER)], location=brand, description=desc, stamp=date)
    txt = "%s\n\nWhen: %s\nWhere: %s\n\n%s\n" % (summary, kit.when(start, "IE", rng), brand, desc)
    root = mk.multipart("mixed", [mk.multipart("alternative", [mk.text(txt), mk.calendar(ics, cte=rng.choice(["7bit", "base64"]))], kit.bnd(key)),
                                  mk.attachment("invite.ics", "application/ics", ics.encode())], kit.bnd(key + "m"))
    subj = rng.choice(["Invitation: %s" % summary, summary, "Appointment confirmed: %s" % summary])
    m = kit.Msg(key, "other", "en", org, [ME], date, subj, root, label=kit.label(), msgid=kit.mid(key, host),
                note="calendar invite that is not a job interview (%s): other" % tag)
    return m


# ====================================================================== auto-replies and bounces

def auto_reply(key, rng, date, idx):
    c = COMPANIES[(idx * 7 + 3) % len(COMPANIES)]
    p = c["people"][0]
    a = cm.paddr(p, c["domain"])
    lang = c["lang"]
    variants = [
        ("Automatic reply: Following up on my application", "Thank you for your email. I am out of the office until %s with limited access to email. For urgent recruitment queries please contact the team inbox." % kit.date_words(date + dt.timedelta(days=6), c["region"])),
        ("Out of Office: Re: Interview", "I'm currently on annual leave and will respond when I return. Thanks for your patience."),
        ("Auto: This mailbox is no longer monitored", "This mailbox is no longer in use. Please direct queries to careers@%s." % c["domain"]),
    ]
    if lang == "es":
        variants = [("Respuesta automática: Seguimiento", "Gracias por tu mensaje. Me encuentro fuera de la oficina y regresaré el %s." % kit.date_words(date + dt.timedelta(days=5), "MX"))]
    if idx % 4 == 3:
        # bounce of an emailed application
        subj = "Undelivered Mail Returned to Sender"
        body = ("This is the mail system at host %s.\n\nI'm sorry to have to inform you that your message could not be delivered to one or more recipients.\n\n"
                "<jobs@%s>: host mx.%s said: 550 5.1.1 User unknown (in reply to RCPT TO command)\n" % ("mx1.example.net", c["domain"], c["domain"]))
        frm = ("Mail Delivery System", "MAILER-DAEMON@mx1.example.net")
        rep = mk.text(body, cte="7bit")
        dsn = mk.Part([("Content-Type", "message/delivery-status")], "Reporting-MTA: dns; mx1.example.net\n\nFinal-Recipient: rfc822; jobs@%s\nAction: failed\nStatus: 5.1.1\n" % c["domain"])
        orig = mk.Part([("Content-Type", "text/rfc822-headers")], "From: Maya Fernandes <%s>\nTo: jobs@%s\nSubject: Application - %s\n" % (OWNER, c["domain"], c["roles"][0]))
        root = mk.multipart("report", [rep, dsn, orig], kit.bnd(key), extra='; report-type=delivery-status')
        m = kit.Msg(key, "other", "en", frm, [ME], date, subj, root, label=kit.label(), msgid=kit.mid(key, "mx1.example.net"),
                    headers=[("Auto-Submitted", "auto-replied")], note="bounce of an emailed application: other")
        return m
    subj, body = variants[idx % len(variants)]
    date = date.astimezone(kit.ZoneInfo(c["zone"]))
    m = plain_mail(key, rng, date, a, subj, body + "\n\n" + cm.bare(p[0]) + "\n" + c["name"], lang=lang,
                   note="out-of-office auto-reply from a recruiter: other", client=rng.choice(["outlook", "plain"]),
                   extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    return m


# ====================================================================== events, surveys, talent communities

EVENTS = [
    ("Candidate experience survey", "How was your recruitment experience with {c}? Tell us in 2 minutes.", "survey"),
    ("Rate your interview experience", "You recently interviewed with {c}. How did we do? Your feedback is anonymous.", "survey"),
    ("You're registered: Virtual Careers Fair", "Thanks for registering for the Health & Social Care Careers Fair. Employers including {c} will be there.", "fair"),
    ("Graduate insight evening – registration confirmed", "You're booked on our insight evening. Meet graduates, hear about the programme and get application tips.", "insight"),
    ("Welcome to the {c} Talent Community", "Thanks for joining! We'll send you news and roles that match your interests.", "community"),
    ("Complete your candidate profile", "Your profile on the {c} career site is incomplete. Complete it to get better job matches.", "profile"),
    ("Open day: Postgraduate study", "Join us on campus to explore our postgraduate programmes.", "openday"),
    ("Thanks for attending our webinar", "Here is the replay of 'Cracking the assessment centre' and the slides.", "webinar"),
]


def event(key, rng, date, idx):
    s, b, tag = EVENTS[idx % len(EVENTS)]
    c = COMPANIES[(idx * 5 + 11) % len(COMPANIES)]
    date = date.astimezone(kit.ZoneInfo(c["zone"]))
    subj = s.format(c=c["short"])
    body = b.format(c=c["name"])
    v = VENDORS.get(c["vendor"], {"brand": c["short"], "host": "careers." + c["domain"], "noreply": "no-reply@careers." + c["domain"], "color": "#555"})
    brand = rng.choice([c["short"], "Qualtrics-style Surveys", "Eventbrite-style Tickets"]) if tag in ("survey", "fair") else c["short"]
    host = {"Qualtrics-style Surveys": "surveys-mail.example", "Eventbrite-style Tickets": "tickets-mail.example"}.get(brand, v["host"])
    label = {"survey": "Start survey", "fair": "View event", "insight": "Add to calendar", "community": "Explore roles",
             "profile": "Complete profile", "openday": "Book your place", "webinar": "Watch the replay"}[tag]
    blocks = [("p", "Hi Maya,"), ("p", body), ("button", label, "https://%s/e/%s" % (host, mk.h(key, 10)))]
    footer = [cm.unsub_footer(rng, brand, host)]
    frm = (brand, rng.choice(["events", "survey", "noreply", "talent"]) + "@" + host)
    note = {"survey": "candidate-experience survey: other, not a decision", "fair": "careers fair registration: other",
            "insight": "employer insight event registration: marketing, not an application step, other",
            "community": "talent community welcome: other", "profile": "career-site profile nag: other",
            "openday": "university open day: other", "webinar": "webinar follow-up: other"}[tag]
    return vmail(key, rng, date, frm, subj, blocks, footer, brand, v["color"], "en", note=note)
