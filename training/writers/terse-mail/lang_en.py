"""English (US, UK, India, Australia): short mail written by people."""

CODE = "en"
P_FORMAL = 0.4
WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
       "November", "December"]
US_TZ = {"America/New_York": "ET", "America/Chicago": "CT", "America/Los_Angeles": "PT", "America/Denver": "MT"}
AU_CITY = {"Australia/Sydney": "Sydney", "Australia/Melbourne": "Melbourne"}


def _h12(t, style):
    h = t.hour % 12 or 12
    ap = "am" if t.hour < 12 else "pm"
    if style == 0:
        return f"{h}{ap}" if t.minute == 0 else f"{h}:{t.minute:02d}{ap}"
    if style == 1:
        return f"{h}:{t.minute:02d} {ap.upper()}"
    return f"{h}.{t.minute:02d}{ap}" if t.minute else f"{h}{ap}"


def _ord(d):
    return f"{d}{'th' if 11 <= d <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')}"


def _kind(zone):
    if zone in US_TZ:
        return "us"
    if zone == "Asia/Kolkata":
        return "in"
    if zone in AU_CITY:
        return "au"
    return "uk"


def _clock(t, zone, rng):
    k = _kind(zone)
    if k == "us":
        return f"{_h12(t, rng.choice([0, 1]))} {US_TZ[zone]}"
    if k == "uk":
        return rng.choice([f"{t.hour:02d}:{t.minute:02d}", _h12(t, 0), _h12(t, 2)])
    if k == "in":
        return f"{_h12(t, 1)} IST"
    c = rng.choice([f"({AU_CITY[zone]} time)", "AEDT" if t.dst() else "AEST"])
    return f"{_h12(t, 0)} {c}"


def when(t, rng, reg, zone):
    wd, mon, d = WD[t.weekday()], MON[t.month - 1], t.day
    c = _clock(t, zone, rng)
    k = _kind(zone)
    if k == "us":
        return rng.choice([f"on {wd}, {mon} {d} at {c}", f"on {wd[:3]} {t.month}/{d} at {c}", f"on {wd} ({t.month}/{d}) at {c}"])
    if k == "in":
        return rng.choice([f"on {d}-{mon[:3]}-{t.year} ({wd}) at {c}", f"on {wd}, {d} {mon} at {c}"])
    return rng.choice([f"on {wd} {d} {mon} at {c}", f"on {wd} {_ord(d)} {mon} at {c}", f"on {wd} {_ord(d)} at {c}"])


def tomorrow(t, rng, reg, zone):
    c = _clock(t, zone, rng)
    return rng.choice([f"tomorrow at {c}", f"tomorrow ({WD[t.weekday()]}) at {c}"])


def quote_hdr(t, name, addr, rng, reg):
    wd, mon = WD[t.weekday()][:3], MON[t.month - 1][:3]
    if reg == "us" or rng.random() < 0.3:
        return f"On {wd}, {mon} {t.day}, {t.year} at {_h12(t, 1)} {name} <{addr}> wrote:"
    return f"On {wd}, {t.day} {mon} {t.year} at {t.hour:02d}:{t.minute:02d}, {name} <{addr}> wrote:"


def city(reg, co):
    return {"America/New_York": "New York", "America/Chicago": "Chicago", "America/Los_Angeles": "LA",
            "America/Denver": "Denver", "Europe/London": "London", "Asia/Kolkata": "Bengaluru",
            "Australia/Sydney": "Sydney", "Australia/Melbourne": "Melbourne"}.get(co[3], "London")


RE = ["Re: ", "Re: ", "RE: "]
PHONE = ["Sent from my iPhone", "Sent from my phone", "Sent from my iPhone", "Sent from my Galaxy",
         "Sent from mobile, excuse typos"]
GREET_ME = {"f": ["Dear Mira,", "Dear Ms Lindgren,", "Hello Mira,", "Good morning Mira,", "Hi Mira,"],
            "i": ["Hi Mira,", "Hey Mira,", "Mira,", "Hi Mira -", "Hi there,", "Morning Mira,", "Hiya Mira,"]}
GREET_TO = {"f": {"f": ["Dear {tf},", "Dear Ms {tl},", "Hello {tf},", "Hi {tf},"],
                  "m": ["Dear {tf},", "Dear Mr {tl},", "Hello {tf},", "Hi {tf},"]},
            "i": {"f": ["Hi {tf},", "Hey {tf},", "{tf},", "Hi {tf}!"], "m": ["Hi {tf},", "Hey {tf},", "{tf},", "Hi {tf}!"]}}
CLOSE = {"f": ["Kind regards,", "Best regards,", "Best wishes,", "Many thanks,", "Regards,"],
         "i": ["Thanks,", "Cheers,", "Best,", "Speak soon,", "Thanks!", "Talk soon,", "x"]}
TITLES = [("Talent Acquisition Partner",) * 2, ("Recruiter",) * 2, ("Head of People",) * 2, ("HR Manager",) * 2,
          ("Hiring Manager, Data",) * 2, ("People Partner",) * 2, ("Senior Recruiter",) * 2, ("Co-founder",) * 2]
IV_TITLES = [("CTO",) * 2, ("Head of Data",) * 2, ("Operations Director",) * 2, ("Analytics Lead",) * 2,
             ("VP Supply Chain",) * 2, ("Finance Director",) * 2, ("Product Lead",) * 2]
ATS_NAMES = ["{co} Recruiting", "{co} Talent Team", "{co} Careers", "Recruitment at {co}"]
SIG_TEAM = ["The {co} Recruiting Team", "{co} Talent Acquisition", "The {co} team"]
CLIENT_HIDDEN = ["my client", "the client"]
CLIENT_DESC = ["a fast-growing logistics company in {city}", "a well-funded fintech in {city}",
               "an established insurer in {city}", "a healthcare scale-up in {city}", "a retail group in {city}"]
ROLES = ["Data Analyst", "Senior Data Analyst", "Operations Analyst", "Supply Chain Planner", "Business Analyst",
         "BI Developer", "Product Operations Manager", "Analytics Engineer"]
VAGUE = ["Quick question", "Next steps", "Update", "Hello", "Hi", "Following up", "Quick chat?", "Catch up", "",
         "Hi Mira", "Your application", "A quick note"]

SUBJ = {
    "application_ack": ["Your application", "Application received", "Your application - {role}", "Thanks for applying to {co}",
                        "{role} application", "Re: {role}", "Received - {role}"],
    "recruiter_outreach": ["{role} opportunity", "Opportunity at {co}", "{role} role - open to a chat?", "Your profile",
                           "Quick chat?", "Role you might like", "{role}"],
    "interview_invite": ["Interview - {role}", "Interview invitation", "Interview with {co}", "Next steps", "Call?",
                         "Chat this week?", "{role} - interview", "Meeting the team"],
    "assessment": ["Next step: case study", "Assessment - {role}", "Take-home exercise", "Your online test",
                   "{co} - next stage", "Next steps"],
    "recruiter_reply": ["Update", "Quick update", "Re: {role}", "Your application - update", "{role} - status",
                        "A few questions"],
    "rejection": ["Your application", "Update on your application", "{role}", "Thank you", "{role} at {co}",
                  "Application outcome"],
    "offer": ["Offer - {role}", "Good news!", "Great news", "Your offer from {co}", "Call today?", "{role} offer"],
    "thank_you": ["Thank you", "Thanks for today", "Thank you - {role} interview", "Thank you for your time",
                  "Thanks!", "Thank you - {co} interview", "Thanks from Mira ({role}, {co})"],
    "follow_up": ["Following up", "Checking in", "{role} - any update?", "Follow-up: {role} at {co}",
                  "Application status", "Any news?", "{co} - {role} follow-up"],
}


def F(n, r, c, **kw):
    d = {"n": n, "r": r, "c": c}
    d.update(kw)
    return d


K = {
    "application_ack": [
        F("person", "f", ["Thank you for your application for the {role} position. I have received it and will review it this week.",
                          "Many thanks for applying to {co}. We have your CV and will be in touch.",
                          "This is just to confirm that we have received your application for the {role} role.",
                          "Thank you for your interest in joining {co}; your application has reached us."]),
        F("person", "i", ["Thanks for applying! Got your CV, I'll take a look in the next few days.",
                          "Got it, thanks. I'll share your CV with the team.",
                          "Thanks for sending this over - it's landed safely.",
                          "Received, thanks! I'll come back to you once I've had a look.",
                          "Thanks for your application for the {role} job, we've got it."], short=True),
        F("person", "*", ["Thank you for your application. We have received it and will get back to you."],
          geo=["in"]),
        F("ats", "*", ["Thank you for applying for {role} at {co}. Your application has been received.",
                       "We've received your application for {role}. Our team will review it and contact you if there's a match.",
                       "Thanks for your interest in {co}! This confirms we got your application."], who="ats"),
    ],
    "recruiter_outreach": [
        F("direct", "f", ["I came across your profile and think you could be a strong fit for our {role} opening at {co}. Would you be open to a short call?",
                          "I'm hiring a {role} for my team at {co} and your background caught my eye. Would you be interested in a conversation?",
                          "We are looking for a {role} and I believe your experience would be very relevant. Would you be open to a chat?"]),
        F("direct", "i", ["Saw your profile - we're looking for a {role} at {co}. Fancy a quick chat?",
                          "Are you open to new roles at the moment? We have a {role} opening that looks like a great match.",
                          "Would you be up for a 15-minute call about a {role} role here?"], short=True),
        F("direct", "*", ["Greetings! We have an urgent opening for {role} at {co}. Kindly share your updated CV if interested."],
          geo=["in"]),
        F("agency", "*", ["I'm recruiting a {role} for {client}. Would you be open to a quick call this week?",
                          "Are you open to opportunities? I have a {role} role with {desc}, hybrid, good package.",
                          "I'm working with {client} on a {role} search and think your background fits well. Worth a chat?"],
          who="agency"),
        F("nudge", "*", ["Just bumping this up in case it got buried.", "Any thoughts on the below?",
                         "Following up on my note - still keen to chat if you are.", "Circling back on this one!"],
          nudge=True, nodetail=True, short=True),
        F("nudge", "*", ["Just bumping this up - the role is still open.", "Any interest? Happy to share more details."],
          who="agency", nudge=True, nodetail=True, short=True),
    ],
    "interview_invite": [
        F("time", "f", ["We would like to invite you to an interview {when}.",
                        "Following your application for the {role} role, we'd like to invite you to a video interview {when}. Does that suit you?",
                        "I'm pleased to invite you to a first interview {when}. Please let me know if this works for you."],
          time=True, meet=True),
        F("time", "i", ["Are you free {when} for an interview?", "We'd love to meet you - could you make it {when}?",
                        "The team want to meet you! Does an interview {when} work for you?"],
          time=True, meet=True, short=True),
        F("time_self", "f", ["I would like to schedule a call with you {when}. I will call you on the number in your CV.",
                             "Would you be available for a telephone conversation with me {when}?"], time=True, self=True),
        F("time_self", "i", ["Can we have a quick chat {when}? I'll ring you.",
                             "Free for a call with me {when}? I'll send a Teams link.",
                             "can you do a call {when}? i'll call your mobile."], time=True, self=True, short=True),
        F("ask", "f", ["We would like to invite you to a first interview for the {role} role. Could you let me know your availability next week?",
                       "Thank you for your application - we'd like to meet you. Which days would suit you for an interview?"],
          meet=True),
        F("ask", "i", ["The team would like to meet you! When are you free next week?",
                       "Next step is an interview with the hiring manager - what days work for you?",
                       "Loved your CV. Can you send me a few times for an interview this week?"], meet=True, short=True),
        F("ask_self", "*", ["I'd like to set up a short call to get to know you. Which times suit you this week?",
                            "Do you have 20 minutes this week for a call with me?",
                            "Could we jump on a quick call in the next few days? Let me know what suits."], self=True),
        F("ag_time", "*", ["Good news - {client} would like to interview you {when}. Can you make it?",
                           "Great news, {client} want to meet you {when} for a first interview. OK for you?"],
          who="agency", time=True),
        F("ag_ask", "*", ["Good news - {client} would like to meet you for a first interview. What's your availability next week?",
                          "Feedback from {client} is positive and they'd like to interview you. When are you free?"],
          who="agency"),
    ],
    "assessment": [
        F("case", "f", ["As a next step, we would like you to complete a short case study. I will send the brief tomorrow; you will have five days for it.",
                        "The next stage of the process is a written exercise. Please find the instructions here: {tlink}"]),
        F("case", "i", ["Next step is a small take-home exercise - should take 2-3 hours. Brief to follow!",
                        "Could you do a quick SQL task for us? Here's the link: {tlink}",
                        "We'd like you to have a go at a short data exercise before the next round: {tlink}"], short=True),
        F("test", "*", ["Please complete our online assessment here: {tlink} - it takes about 40 minutes.",
                        "Here is the link to the numerical reasoning test: {tlink} - please complete it by the end of the week."]),
        F("ats", "*", ["{co} has invited you to complete an assessment for {role}: {tlink}",
                       "As part of your application for {role}, please complete this short online test: {tlink}"], who="ats"),
    ],
    "recruiter_reply": [
        F("wait", "f", ["Thank you for your patience. We are still reviewing applications and will update you soon.",
                        "Thank you for your email. The hiring manager has not made a decision yet."]),
        F("wait", "i", ["No news yet, sorry - the hiring manager is out this week.",
                        "Still waiting on feedback from the team, I'll chase them.",
                        "Thanks for checking in! Nothing to report yet."], short=True),
        F("hold", "*", ["Quick update: the {role} role is on hold for now while budgets are reviewed. I'll let you know as soon as it reopens.",
                        "I wanted to let you know that the role has been paused for a few weeks."]),
        F("docs", "*", ["Could you send me your salary expectations and notice period?",
                        "Could you send over details of two referees?",
                        "Before we go further, could you confirm your current notice period?"], short=True),
        F("pos", "*", ["The team enjoyed meeting you and would like to move you forward. I'll be in touch about next steps.",
                       "Good feedback from the interview! We're finishing the other interviews this week."]),
        F("ag", "*", ["I've sent your CV to {client}; they're reviewing this week.",
                      "Spoke to {client} today - they liked your profile and will confirm next steps soon."], who="agency"),
    ],
    "rejection": [
        F("std", "f", ["Thank you for your interest in the {role} role. Unfortunately, we have decided to move forward with other candidates.",
                       "After careful consideration we will not be taking your application further at this stage.",
                       "Thank you for interviewing with us. I'm sorry to say we won't be offering you the position."]),
        F("short", "i", ["Sorry, we've gone with another candidate for this one.",
                         "Unfortunately it's a no this time - the team went with someone with more logistics experience.",
                         "Thanks for following up. I'm afraid we've decided not to move forward.",
                         "bad news I'm afraid, they went with an internal candidate"], short=True),
        F("filled", "*", ["The {role} position has now been filled, so we won't be progressing your application.",
                          "The role was filled internally, sorry to disappoint."]),
        F("ats", "*", ["Thank you for applying to {co}. We regret to inform you that we will not be moving forward with your application for {role}.",
                       "We appreciate your interest in {role}. Unfortunately your application was not successful on this occasion."],
          who="ats"),
        F("ag", "*", ["Just heard back from {client}: unfortunately they've gone with another candidate.",
                      "Sorry, {client} have decided not to take your application further."], who="agency", short=True),
    ],
    "offer": [
        F("offer", "f", ["I am delighted to offer you the position of {role} at {co}. The written offer will follow by email tomorrow.",
                         "Following your interviews, we are very pleased to offer you the {role} role."]),
        F("offer", "i", ["Great news - we'd love to offer you the job! I'll send the paperwork over today.",
                         "We want you on the team! Offer details to follow.",
                         "Good news: the team would like to make you an offer for the {role} role."], short=True),
        F("call", "*", ["Do you have a few minutes today? I'd like to call you with some good news about an offer.",
                        "Can we talk this afternoon? We'd like to make you an offer."], short=True, nodetail=True),
    ],
    "thank_you": [
        F("ty", "f", ["Thank you for taking the time to speak with me today about the {role} role. I enjoyed learning more about the team at {co}.",
                      "Many thanks for the interview this morning - it was great to hear about your plans for the data platform.",
                      "Thank you for meeting me yesterday. I really enjoyed our conversation about the {role} position."]),
        F("ty", "i", ["Thanks again for the chat today, really enjoyed it!",
                      "Just wanted to say thanks for your time yesterday - the case discussion was fun.",
                      "Thanks for the interview earlier, great to meet you."]),
    ],
    "follow_up": [
        F("fu", "f", ["I am writing to follow up on my application for the {role} position. Is there any update you could share?",
                      "I wanted to check in on the status of my interview for the {role} role at {co}.",
                      "I hope you are well. I wanted to follow up on our interview last week."]),
        F("fu", "i", ["Just checking in - any news on the {role} role?", "Hope you're well! Any update from the team?",
                      "Quick nudge on my application at {co} - any news?"]),
    ],
    "other_out": [
        F("apply", "f", ["I would like to apply for the {role} position advertised on your website. My CV is here: https://cv.example/mira-lindgren"],
          noreply=True),
        F("interest", "*", ["Thanks for reaching out - yes, I'd be happy to have a chat.",
                            "Sounds interesting! I'm free most afternoons next week."], parent="recruiter_outreach"),
        F("avail", "*", ["Thanks! I'm available {when}, or any time Wednesday morning.",
                         "I could do {when} if that works on your side."], time=True, parent="interview_invite",
          parent_fam=["ask", "ask_self"]),
        F("avail_open", "*", ["Thanks for getting back to me. I'm flexible most of next week, happy to talk."],
          parent="recruiter_outreach"),
        F("accept", "*", ["Thanks, that time works for me. See you then!", "Perfect, I'll be there.",
                          "Great, confirmed. Looking forward to it."], reply=True, parent="interview_invite",
          parent_fam=["time", "time_self"], reuse_when=True),
        F("question", "*", ["Quick question before we talk: is the role hybrid or fully remote?",
                            "Could you tell me a bit more about the salary range for the {role} role?"]),
        F("decline", "*", ["Thanks for thinking of me, but I'm not looking to move right now.",
                           "Appreciate the note - I'll pass for now, but feel free to keep me in mind."],
          reply=True, parent="recruiter_outreach"),
        F("acc_offer", "*", ["I'm happy to accept the offer! Looking forward to starting.",
                             "Thank you - I'm delighted to accept. Please send the contract over."], reply=True, parent="offer"),
        F("withdraw", "*", ["I'd like to withdraw my application, as I've accepted another offer. Thank you for your time."]),
        F("personal", "i", ["Had my interview today, I think it went ok! Tell you more at dinner.",
                            "Are we still on for Friday? I can bring the wine.",
                            "can you send me the photos from Sunday?"], who="friend"),
        F("nonjob", "*", ["I'd like to apply for the flat on Prinsengracht. When could I come for a viewing?",
                          "Could you send me the form for the parking permit application?"], who="friend"),
    ],
    "other_in": [
        F("friend_iv", "i", ["How did the interview go?? Call me later!",
                             "Had my second interview at the hospital today - fingers crossed. Drinks Friday?",
                             "good luck tomorrow!! you'll smash the interview"], who="friend", lookalike=True,
          s=["interview!!", "how did it go?", "", "tomorrow"], why="a friend writing about interviews"),
        F("friend_offer", "i", ["I GOT THE JOB!!! They offered me the position this morning. Celebration on Saturday?",
                                "Guess who got an offer from the bank? Me! Call you tonight."], who="friend",
          lookalike=True, s=["news!!", "guess what", "offer!!"], why="a friend's own job news"),
        F("flat", "*", ["Thank you for your application for the flat at {place}. The viewing is {when}; please confirm you can attend.",
                        "We have received your rental application for {place} and will contact you after the viewings."],
          who="org", hosts=["harbourhomes.example"], lookalike=True, time=True,
          v={"place": ["12 Vondelstraat", "Flat 3, 41 Oosterpark", "Jacob van Lennepkade 88"]},
          s=["Your rental application", "Viewing {place}", "Application - {place}"], sig=["{mef}\nLettings, Harbour Homes"],
          why="a flat rental application"),
        F("talk", "*", ["We'd like to invite you to give a 20-minute talk at our data meetup {when}. Interested?",
                        "Would you like to speak at our analytics evening next month? We loved your blog post."],
          who="org", hosts=["datadrinks.example"], lookalike=True, time=True,
          s=["Speaker invitation", "Invitation to speak", "Talk at Data Drinks?"], sig=["{mef}\nData Drinks Amsterdam"],
          why="a meetup talk invitation"),
        F("visa", "f", ["Your visa application has been received. Your appointment at the consulate is {when}. Please bring your passport."],
          who="org", hosts=["consulate.example"], lookalike=True, time=True, disp=["Consular Section"], addr="visa",
          s=["Visa application - appointment", "Your appointment"], why="a visa application and appointment"),
        F("course", "*", ["Your application for the evening course Dutch B2 has been accepted. Classes start next month.",
                          "We're pleased to offer you a place on the Data Visualisation short course."],
          who="org", hosts=["volksuni.example"], lookalike=True, disp=["Admissions Office"], addr="admissions",
          s=["Your application", "Course offer", "Admission"], why="a course admission ('application', 'offer')"),
        F("podcast", "*", ["Would you be up for an interview on our podcast about career changes? 30 minutes, recorded remotely.",
                           "We'd love to interview you for the Switching Tracks podcast. Any chance you're free next week?"],
          who="org", hosts=["switchingtracks.example"], lookalike=True, s=["Podcast interview?", "Interview request"],
          why="a podcast 'interview'"),
        F("ooo", "*", ["I'm out of the office until Monday with limited access to email. For urgent matters please contact the team inbox."],
          who="org", hosts=["copperline.example", "ashgrove.example"], lookalike=True,
          s=["Automatic reply: Following up", "Out of office", "Automatic reply"], sig=["{mef}"],
          why="a recruiter's out-of-office auto-reply"),
        F("receipt", "*", ["Thanks for your order #{num}. It will be delivered on Thursday.",
                           "Your booking is confirmed: 2 tickets, Saturday 19:30."], who="org", hosts=["shop.example"],
          disp=["Order Updates", "Bookings"], addr="no-reply", v={"num": ["40912", "77120", "18845"]},
          s=["Your order #{num}", "Booking confirmed"], why="a receipt"),
        F("family", "i", ["Don't forget Granny's birthday on Sunday! Call her.", "Landed safely, love you. Talk tomorrow."],
          who="family", s=["Sunday", "landed", "hi sweetie"], why="family mail"),
        F("club", "*", ["Running club is moved to 7:30 tomorrow because of the rain.", "Book club: we're reading Stoner next, see you on the 14th."],
          who="org", hosts=["clubmail.example"], s=["Change of plan", "Next meeting"], why="club mail"),
    ],
}

MEET = {"f": ["You will meet {iv}, our {ivt}.", "The interview will be with {iv} ({ivt}).",
              "You would be speaking with {iv}, {ivt}."],
        "i": ["You'll be chatting with {iv}, our {ivt}.", "It'd be with {ivf} from the data team.",
              "{iv} ({ivt}) will join too."]}

DETAIL = {
    "application_ack": [("*", "We aim to get back to everyone within two weeks.", "d14"),
                        ("*", "You'll hear from us by Friday either way.", "fri"),
                        ("f", "We will contact you within five working days.", "wd5"),
                        ("*", "It may take a few weeks as we're receiving a lot of applications.", None),
                        ("i", "I'll let you know by the end of next week.", "eonw"),
                        ("f", "Should you have any questions in the meantime, just reply to this email.", None)],
    "recruiter_outreach": [("*", "The role is hybrid, two days a week in the office.", None),
                           ("*", "Happy to share the job description.", None),
                           ("i", "No pressure at all!", None)],
    "interview_invite": [("*", "It'll be a video call, about 45 minutes.", None), ("*", "It's about 30 minutes on Teams.", None),
                         ("*", "Link: {link}", None), ("i", "Nothing to prepare, just come as you are.", None),
                         ("f", "Please bring a form of ID if you come to the office.", None)],
    "assessment": [("*", "Let me know if you have any questions about it.", None),
                   ("*", "No need to prepare anything.", None), ("f", "Please submit it within the week.", None)],
    "recruiter_reply": [("*", "I'll come back to you by Friday.", "fri"),
                        ("*", "We expect to have a decision within two weeks.", "d14"),
                        ("*", "You'll hear from me by the end of next week.", "eonw"),
                        ("i", "Should have news by Monday.", "mon"), ("f", "I will get back to you within a week.", "d7"),
                        ("*", "Thanks for bearing with us.", None), ("i", "Hopefully not too long now.", None)],
    "rejection": [("*", "We'll keep your CV on file.", None), ("*", "Best of luck with your search.", None),
                  ("f", "I am happy to give you feedback if that would be useful.", None)],
    "offer": [("*", "Salary is as we discussed.", None), ("*", "Take a few days to think it over.", None),
              ("i", "Let me know if you have any questions!", None)],
    "thank_you": [("*", "I'm very interested in the role and look forward to hearing from you.", None),
                  ("*", "Happy to send anything else you need.", None)],
    "follow_up": [("*", "I'm still very interested in the role.", None), ("i", "No rush, just keen to hear!", None)],
}
