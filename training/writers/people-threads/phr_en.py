"""English phrase pools. ⟨a|b⟩ = alternatives; {slot} = filled per message.

Slots always present: me, company, role, city, hm, hm_first, hm_title, rec_first, sender_first,
team, link, book, topic1, topic2, cur, field, agency, client_desc, salary, portal, referrer_first.
Some pools also use {when}, {deadline}, {days}, {panel}.
"""

GREET = ["Hi {me},", "Hi {me},", "Hey {me},", "Hey {me} -", "{me},", "Dear {me},", "Hello {me},", "Hi {me} -",
         "Good morning {me},", "Good afternoon {me},", "Hiya {me},", "Morning {me}!", "Hi again {me},",
         "{me} - hi!", "Hi there {me},"]
GREET_AU = ["G'day {me},", "Hi {me},", "Hey {me},", "Morning {me},", "Hi {me}, hope you're well."]
GREET_FORMAL = ["Dear {me},", "Dear {me} Marlowe,", "Dear Ms Marlowe,", "Dear Ms. Marlowe,", "Hello {me},"]

CLOSE = ["Best,", "Thanks,", "Cheers,", "Kind regards,", "Warm regards,", "Many thanks,", "Talk soon,",
         "Speak soon,", "Thanks so much,", "All the best,", "Best wishes,", "Regards,", "Thanks again,", "Best regards,",
         "Thank you,", "Have a great weekend,", "Looking forward to it,", "Speak then,"]
CLOSE_AU = ["Cheers,", "Thanks,", "Kind regards,", "Ta,", "Cheers and thanks,", "Warm regards,"]
CLOSE_UK = ["Kind regards,", "Best wishes,", "Many thanks,", "Cheers,", "Thanks,", "Best,", "Warm wishes,"]

# ------------------------------------------------------------------ recruiter_outreach
OUT_INHOUSE = [
    "I'm {sender_first}, I look after ⟨{field}|senior|leadership⟩ hiring at {company}. We're opening a {role} position and your background at {cur} really stood out.",
    "Hope you don't mind the cold email. I came across your profile ⟨on LinkedIn|through your talk at ⟨Lead Dev|a health-tech meetup|the NHS ConfedExpo⟩|via a former colleague of yours⟩ and wanted to reach out about a {role} opening at {company}.",
    "Reaching out because we've just opened a {role} role at {company} and, honestly, your experience reads a lot like the job description.",
    "Quick one - would you be open to hearing about a {role} opportunity at {company}? No pressure at all if the timing isn't right.",
    "I lead talent for {company} ⟨in the UK|across APAC|in North America|in EMEA⟩. We're hiring a {role} and I'd love to tell you more about it.",
    "Your name came up when I asked our {team} team who they'd most like to work with - {referrer_first} speaks very highly of you. We have a {role} opening and I think it could be a great fit.",
    "Are you open to a conversation? We're looking for a {role} to join {company}, and your mix of clinical and ⟨product|operational|commercial⟩ experience is exactly what we've been missing.",
    "Not sure if you're looking at the moment, but I'm hiring for a {role} at {company} and wanted to get in touch directly.",
    "I'm recruiting for a {role} here at {company} and you were the first person I thought of.",
    "We haven't met, but I've been following your writing on ⟨team health|design systems|nurse-led rostering|finance business partnering⟩ for a while. We're building out our {team} group at {company} and have a {role} role open.",
    "I'll keep this short: {company} is hiring a {role}, the team is great, and I think you'd be brilliant at it. Fancy a chat?",
    "I'm a ⟨talent partner|senior recruiter|recruitment lead|people partner⟩ at {company}. I'm reaching out about our {role} vacancy, which I think lines up really well with what you've done at {cur}.",
    "Hope your week's going well! I wanted to share an opportunity with you - we're looking for a {role} in {city} (hybrid), reporting to {hm}, our {hm_title}.",
    "I work on the recruitment team at {company}. We're growing the {team} team and one of the roles we're hiring for is a {role}. Would you be up for a 20-minute call to hear more?",
    "Apologies for landing in your inbox out of the blue. We're quietly searching for a {role} at {company} and your profile is one of the few that really matched.",
    "Saw that you ⟨led the rollout of the new e-rostering system|built the design team at {cur} from scratch|took the {cur} platform team through two reorgs|rebuilt the month-end close at {cur}⟩ - that's pretty much the brief for our new {role} role.",
    "I'm hoping to catch you before everyone else does! {company} has a new {role} position and {hm_first}, who'd be your manager, asked me to reach out to you specifically.",
    "I'm getting in touch about a {role} role at {company}. It's a newly created position, so there's real scope to shape it.",
    "We're hiring! Okay, that's obvious from the subject line - but I genuinely think our {role} role could be interesting for you.",
    "{referrer_first} mentioned you might be thinking about your next move. I'm the recruiter for our {role} search at {company} - could we grab 15 minutes?",
    "I'm {sender_first} from the talent team at {company}. Totally understand if you're happy where you are, but I'd love to introduce our {role} opportunity.",
    "Would love to connect about a {role} role on our {team} team at {company}. It's hybrid, two days a week in {city}, and the salary range is {salary}.",
    "You may have seen we've ⟨raised our Series B|opened a new hospital wing|merged with a larger group|launched in three new markets⟩. As part of that, we're recruiting a {role}, and your name keeps coming up.",
]
OUT_ROLE_DETAIL = [
    "The role leads ⟨two squads|a team of about 12|three product teams|the day-to-day running of the unit|the finance team of six⟩ and works closely with {hm}.",
    "It's ⟨fully remote|hybrid|on-site⟩ with ⟨occasional travel to {city}|two days a week in the {city} office|a pretty flexible setup⟩.",
    "The budgeted range is {salary}, plus ⟨equity|bonus|the usual benefits|salary packaging⟩.",
    "There's no formal process yet - this would just be a casual conversation to see if it's worth exploring.",
    "I've attached the job description, but honestly it's more useful to talk it through.",
    "Happy to share more detail on the team, the challenges and the comp before you decide whether it's worth your time.",
    "The hiring manager, {hm}, has been here ⟨four|six|two⟩ years and is one of the best leaders I've worked with.",
    "The team is ⟨mid-rebuild|growing fast|settled and steady|about to double⟩, so you'd have real influence from day one.",
    "We're hoping to have someone in seat by ⟨the new year|the end of the quarter|spring|the autumn⟩, but for the right person we're flexible.",
]
OUT_ASK = [
    "Would you be open to a quick call this week or next?",
    "Any chance you're free for a short chat ⟨Thursday|Friday|early next week⟩?",
    "If you're interested, just reply here and I'll send a few times.",
    "Let me know if it sounds interesting and we can find a time.",
    "Is this something you'd want to hear more about?",
    "If the timing's not right, no worries at all - I'd still love to stay in touch.",
    "Could I send you a calendar invite for 20 minutes?",
    "Feel free to grab a slot here if easier: {book}",
    "Either way, thanks for reading this far!",
]
OUT_AGENCY_NAMED = [
    "I'm working with {company} on a {role} search and wanted to see whether you'd be open to a conversation.",
    "My client, {company}, has asked me to help find their next {role}. I think you'd be a strong match.",
    "I'm partnering with {company} on a newly created {role} role based in {city}. Can I tell you a bit more?",
    "I've been retained by {company} to fill a {role} role and your profile is right at the top of my shortlist.",
    "We've just been briefed by {company} on a {role} vacancy - it's a great one and I'd love to put it in front of you.",
    "Hope you're well! I recruit ⟨senior {field} roles|{field} leadership roles|permanent {field} positions⟩ and I've got an exclusive {role} brief with {company}.",
    "Quick message to see if you'd consider a move: {company} are looking for a {role} and they're keen to see candidates with your background.",
    "I'm {sender_first} at {agency}. We're supporting {company} on their {role} hire, reporting to the {hm_title}.",
    "Are you open to new opportunities? I'm recruiting a {role} for {company} in {city} and your experience at {cur} is very relevant.",
    "Long shot, but I'm helping {company} find a {role} and you were recommended to me by a candidate I placed last year.",
]
OUT_AGENCY_UNNAMED = [
    "My client, {client_desc}, is looking for a {role}. I can't share the name at this stage, but I can tell you a lot more on a call.",
    "I'm working on a confidential {role} search for {client_desc}. It's a replacement hire, so it's discreet for now.",
    "I have an exclusive brief for a {role} with {client_desc} - the client would prefer I don't name them in writing just yet.",
    "Are you open to hearing about a {role} role? The client is {client_desc}, and they're paying at the top of the market ({salary}).",
    "We've been engaged by {client_desc} to find a {role}. Happy to go into detail (and the name) once we've spoken.",
    "I think you'd be a brilliant fit for a {role} role I'm working on with {client_desc}.",
]
OUT_HM = [
    "I'm the {hm_title} at {company}, and I'm hiring a {role} to join my team. I'd love to talk to you about it.",
    "Hope this isn't too forward! I run the {team} team at {company} and we're looking for a {role}. Your name came up more than once.",
    "{referrer_first} suggested I get in touch. I'm hiring a {role} at {company} and would really value a conversation - even if you're not looking.",
    "I'm reaching out personally rather than through our recruiters because I think you'd be a great {role} for us, and I wanted to say so directly.",
    "I lead {team} at {company}. We're about to hire a {role} and I've been told you're the person to talk to.",
    "I read your post about ⟨running blameless incident reviews|design critique culture|retaining nurses in their first year|closing the books in three days⟩ and it stuck with me. We're hiring a {role} at {company} - any interest?",
    "Writing to you myself because our {role} role is the most important hire I'll make this year.",
]
OUT_FOUNDER = [
    "hey {me} - founder of {company} here. we're tiny (9 people) and hiring our first {role}. worth a coffee?",
    "hi {me}, saw your profile and thought i'd just ask directly: would you consider joining {company} as {role}? happy to explain what we're doing",
    "{me} - I'm one of the founders at {company}. Building something in the clinical workflow space and we need a {role}. 20 mins sometime?",
    "quick intro: I'm {sender_first}, cofounder/ceo at {company}. We need a {role} and everyone I ask says talk to you. free for a call?",
    "Hi {me}! I started {company} last year after ⟨ten years on hospital wards|a decade in fintech|running a design studio⟩. We're hiring a {role} and I'd love to chat.",
]
OUT_REFERRAL = [
    "hey! so we're hiring a {role} at {company} and I immediately thought of you. want me to put you forward? referral bonus is nice but honestly you'd be great",
    "Hi {me}! Random one, but a {role} role just opened up on ⟨my team|the team next to mine|our {team} side⟩ at {company}. Would you want me to refer you?",
    "So... {company} is looking for a {role} and I may have already mentioned your name to the hiring manager ({hm}). Can I send them your CV?",
    "Thinking of you because we've just posted a {role} role here. Not sure if you're looking, but if you are I'd love to refer you - it goes straight to the hiring manager that way.",
    "{me}!! Are you still thinking about leaving {cur}? We have a {role} opening at {company} and I think you'd smash it. Say the word and I'll put in a referral.",
]
OUT_NUDGE = [
    "Just bumping this to the top of your inbox in case it got buried.",
    "Following up on my note below - would you be open to a quick chat about the {role} role?",
    "Last one from me, promise! If the {role} role at {company} isn't for you, no worries at all.",
    "Circling back on this one. Still keen to talk if you are.",
    "Hi again - I know inboxes are brutal. Any interest in the {role} role?",
    "Not sure if my last email reached you, so trying again. We're moving ahead with first conversations next week.",
    "Gentle nudge on the below - happy to work around your schedule.",
    "Giving this one more try before I stop bothering you :)",
]

# ------------------------------------------------------------------ interview_invite
INV_SLOTS_ASK = [
    "Could you send me a few times that work next week for a ⟨30|45⟩-minute video call with {hm}, our {hm_title}?",
    "{hm_first} would love to meet you. What does your availability look like over the next week or so?",
    "Great news - {hm_first} would like to set up a first conversation. Can you let me know two or three times that suit?",
    "Next step would be a chat with {hm} ({hm_title}). Are you free any afternoon next week?",
    "We'd like to move you forward to a ⟨first|second|final⟩ conversation with the team. Which of these works for you?",
    "Thanks for getting back to me so quickly! I'd love to find 30 minutes for an initial call. How are you fixed on the days below?",
    "Would any of these suit for a call with {hm_first}?",
    "The team would like to meet you properly. Could you share your availability for the week of the ⟨14th|21st|3rd|9th⟩?",
    "We'd love you to come in and meet the team. Let me know what days work and I'll line everyone up.",
]
INV_BOOK = [
    "You can grab a time that suits here: {book}",
    "Here's {hm_first}'s calendar link - just pick whatever works: {book}",
    "Please book a slot using this link (the times shown are already converted to your time zone): {book}",
    "To make it easy, here's a booking page with the open slots: {book}",
    "Use this link to choose a time for your conversation with {hm_first}: {book}",
]
INV_FIXED = [
    "can you do {when}? here's a zoom link: {link}",
    "Does {when} work for a chat with {hm_first}? I'll send a Teams invite once you confirm. Link for now: {link}",
    "Are you free {when} for 30 mins? {hm_first} can jump on then - {link}",
    "How about {when}? I've popped it in the calendar, link here: {link}",
    "{hm_first} has {when} free - shall we lock that in? Video link: {link}",
    "I've booked you in with {hm} for {when}. You'll get a calendar invite shortly; the link is {link}",
    "Would {when} suit? It'll be a relaxed conversation with {hm_first}, nothing to prepare.",
    "Let's do {when}. Here's the Meet link: {link}",
    "Confirming {when} with {hm} ({hm_title}). Dial-in details: {link}",
    "You're all set for {when}. {hm_first} will call you on the number you gave us.",
    "Great - {when} it is! I'll send the invite now. {link}",
    "Thanks for your patience while we lined up diaries. Your conversation with {hm} is confirmed for {when}.",
    "Just a reminder that you're speaking with {hm_first} {when}. Link: {link}",
    "Quick heads-up for tomorrow: you're on with {hm} at {when}. Same link as before - {link}",
]
INV_PANEL_INTRO = [
    "I'm pleased to confirm your ⟨final|second|next⟩ round for the {role} role on {when}. You'll be meeting:",
    "Here's the plan for your panel on {when}. You'll meet:",
    "Really glad you're moving forward! Your ⟨panel interview|final stage|on-site⟩ is booked for {when}, and you'll be speaking with:",
    "Below are the details for {when}. The panel will be:",
    "To help you prepare, here's who you'll be meeting on {when}:",
    "Looping in the panel so you can put names to faces ahead of {when}:",
]
INV_PANEL_OUTRO = [
    "Each conversation is about ⟨45|40|30⟩ minutes, with a short break in between.",
    "There's nothing formal to prepare, but do bring questions - they love those.",
    "{hm_first} will start with a short overview and then hand over.",
    "The format is conversational; we're looking to learn how you think rather than catch you out.",
    "If anything changes, just reply to this email and I'll move things around.",
    "The video link for all sessions is {link}",
    "We'll finish with 15 minutes with me to talk about next steps and any questions on the package.",
]
INV_RESCHEDULE = [
    "I'm so sorry - {hm_first} has had something come up. Could we move your call to {when}?",
    "Apologies for the shuffle, but we need to move things: would {when} work instead? Same link.",
    "Slight change of plan - {hm_first} is now travelling, so we've moved your conversation to {when}. Hope that's okay!",
    "Would you mind if we pushed to {when}? {hm_first} has been pulled into ⟨an on-call incident|a ward emergency|a board meeting|year-end⟩.",
    "Following your note, I've moved us to {when}. Updated invite on its way.",
    "No problem at all, these things happen. I've rebooked you for {when}.",
]
INV_COORD_INTRO = [
    "I'm {sender_first}, I coordinate interviews for the {team} team at {company}. {rec_first} has asked me to set up your next conversation.",
    "Hi! I'm the recruiting coordinator working with {rec_first} on the {role} role. I'll be handling scheduling from here.",
    "I'm {sender_first}, ⟨EA to|executive assistant to|PA to⟩ {hm}, {hm_title}. {hm_first} would like to find time to meet you.",
    "I look after {hm_first}'s diary and have been asked to arrange a meeting with you.",
]
INV_ONSITE = [
    "We'd love you to come into our {city} office on {when}. Please ask for me at reception and I'll bring you up.",
    "Your visit is confirmed for {when} at our {city} site. You'll have a short ⟨ward walk-round|tour of the studio|tour of the floor⟩ first, then meet the panel.",
    "See you in person on {when}! We're at the {city} office - building details below.",
]
INV_NURSE = [
    "Following shortlisting, I'm pleased to invite you to interview for the post of {role}. Your interview is on {when}.",
    "Thank you for your application for {role}. We'd like to invite you to interview on {when}, via Microsoft Teams.",
    "You have been shortlisted for interview for {role}. Your slot is {when}, and the panel will be:",
]

# ------------------------------------------------------------------ assessment
ASSESS_HUMAN = [
    "As the next step, we'd like you to complete a short written exercise. Brief attached - please aim to spend no more than ⟨two|three⟩ hours on it, and send it back by {deadline}.",
    "Thanks again for your time with {hm_first}. The next stage is a take-home: I've attached the brief. There's no trick - we just want to see how you think.",
    "Attached is the case study for the next round. Please return your response by {deadline}; {hm_first} will then walk through it with you.",
    "We'd like to send you a short practical exercise before the panel. The brief is attached and we suggest no more than {days} days to turn it around.",
    "Here's the exercise I mentioned on the phone. Don't overthink the formatting - a few pages or slides is fine. Due {deadline}.",
    "Before we book the final round, could you have a go at the attached scenario? It mirrors a real situation from the {team} team last year.",
    "Next step is a short written task (brief attached). When you're done, just reply to this email with your answer.",
    "ok so next step is a small take-home. brief attached. no rush but ideally back by {deadline}",
]
ASSESS_TOPIC = {
    "tech": ["The brief describes a platform team of nine with a rising incident count; tell us how you'd spend your first 90 days.",
             "It's a written exercise on restructuring three teams around a new product area, plus a short hiring plan.",
             "There's a small coding component (reviewing a pull request) and a written section on team health."],
    "design": ["It's a design critique: we've included three screens from our patient app and we'd like your written feedback and priorities.",
               "The exercise is to outline how you'd set up a design system governance model for four product squads.",
               "We'd like a one-page plan for a research programme around our onboarding flow."],
    "nursing": ["The written scenario covers a short-staffed night shift with two deteriorating patients; tell us how you'd prioritise and escalate.",
                "It's a rostering exercise based on a real month on the unit, plus a short reflection on managing sickness absence.",
                "There's a medication calculation paper and a short written piece on leading a quality improvement project."],
    "accounting": ["It's an Excel-based case study: a trial balance with a few deliberate errors and a variance commentary to write.",
                   "The task is a short board paper explaining a budget overspend in two clinical directorates.",
                   "There's a reconciliation exercise and a written section on how you'd shorten the month-end close."],
}
ASSESS_VENDOR = [
    "You've been invited to complete an assessment as part of your application for {role} at {company}.",
    "{company} has invited you to take an online assessment for the {role} position.",
    "As part of the recruitment process for {role}, {company} would like you to complete the following assessment.",
    "Your next step for {role} at {company}: complete a short online assessment.",
    "Reminder: your assessment for {company} ({role}) is still waiting for you and expires on {deadline}.",
    "{company} would like you to complete a work-style questionnaire and a numerical reasoning test.",
]

# ------------------------------------------------------------------ recruiter_reply
REPLY_WAITING = [
    "Just a quick update - we're still waiting on {hm_first} to finish the last couple of interviews, so no decision yet. I haven't forgotten you!",
    "Thanks for checking in. Honestly, still waiting on the hiring manager. {hm_first} has been out ⟨on leave|sick|at a conference⟩ this week.",
    "No news yet, sorry! The team is meeting on ⟨Thursday|Friday|Monday⟩ to compare notes.",
    "I wanted to let you know where things stand: we've got one more candidate to see, and then we'll be making a decision.",
    "Still in the mix! Things have slowed down because of ⟨budget sign-off|the end of the quarter|the holidays|a restructure upstairs⟩, but you're very much being considered.",
    "Apologies for the radio silence. We're still reviewing and I'll be in touch as soon as I hear anything.",
    "I chased {hm_first} this morning - they're finalising feedback from the panel.",
    "Thanks so much for your patience. The panel loved meeting you and we're just working through the last steps internally.",
    "Sorry this is taking a while. There's a lot of interest in the role and we want to be fair to everyone.",
    "Short version: nothing yet, but you're still very much in the running.",
    "We're still waiting on final approval from ⟨the exec team|finance|the Director of Nursing|our CEO⟩ before we can move anything forward.",
]
REPLY_PROMISE = [
    "I'll come back to you {rb_phrase} at the latest.",
    "You'll hear from me {rb_phrase}, either way.",
    "We're aiming to get back to everyone {rb_phrase}.",
    "I'll have an update for you {rb_phrase}.",
    "Expect to hear from us {rb_phrase}.",
    "I've promised {hm_first} we'll close this out {rb_phrase}, so you'll have an answer then.",
    "The panel meets next week and we've committed to giving all finalists an answer {rb_phrase}.",
    "Either way, you'll have a decision from us {rb_phrase}.",
]
REPLY_VAGUE = [
    "I'd hope to have more to share in the next week or two.",
    "Hopefully I'll have something more concrete soon.",
    "I'll let you know as soon as I know more.",
    "We should have a clearer picture once the last interviews are done.",
]
REPLY_REFS = [
    "The team would like to take up references. Could you send me the names and contact details of two referees, ideally including a current or recent line manager?",
    "One last thing before we can move forward: could you share two professional references? We won't contact them without letting you know first.",
    "Could you please complete the referee form attached and send it back when you can?",
    "We're at the reference stage - could you pop the contact details of two referees in a reply?",
]
REPLY_DOCS = [
    "To move things forward we'll need a copy of your right-to-work documents and proof of address. You can reply with scans or upload them to {portal}.",
    "Could you send over a copy of your ⟨NMC PIN confirmation|AHPRA registration|professional registration certificate|CIMA membership certificate⟩ and your passport? It's a standard part of our checks.",
    "Before the next stage could you send an up-to-date CV? The one we have on file is from a couple of years ago.",
    "Would you mind sending me a few examples of your work - a portfolio link or a couple of case studies is perfect?",
    "We need your current notice period and salary expectations before we can go back to {hm_first}. Could you let me know?",
    "Just a couple of quick questions from the hiring manager: are you open to being in {city} two days a week, and what notice do you have to give?",
    "Can you confirm your visa status for ⟨Australia|the US|the UK⟩? It's something the team will ask.",
]
REPLY_HOLD = [
    "I wanted to let you know that the {role} role has been put on hold while we ⟨review budgets for next year|wait for the restructure to settle|finalise our plans for the new site⟩. I'm really sorry - I'll be in touch as soon as it's back open.",
    "Bit of an awkward update: we've paused the {role} hire for now. It isn't about you at all, and I'd love to pick things up again when we can.",
    "Things have changed internally and we've had to freeze hiring for the next ⟨month|few weeks|quarter⟩. Your application is still on file and I'll reach out when we restart.",
]
REPLY_THANKS_RECEIVED = [
    "Thanks for the lovely note - I've passed it on to {hm_first}. We'll be in touch once the panel has met.",
    "Got your thank-you, that's really kind. We're wrapping up interviews this week.",
    "Thanks {me}! The team enjoyed meeting you too. Feedback to follow shortly.",
    "Received, thank you. I'll share it with the panel.",
]
REPLY_PROGRESS = [
    "Good news - the team would like to move you to the next stage. I'll be in touch shortly with scheduling details.",
    "Quick note to say the feedback from {hm_first} was really positive. I'm working on the next steps and will come back to you.",
    "They liked you! I'm waiting to hear back on the format for round two, but wanted you to know straight away.",
    "Great feedback from today. {hm_first} wants to introduce you to the wider team - I'll confirm times once diaries are sorted.",
]
REPLY_AGENCY = [
    "Thanks for sending your CV. I've had a quick look and I'd like to submit you to {company} - is that okay with you? I'll need your salary expectations and notice period.",
    "Great chatting earlier! As promised I've sent your details over to {company}. They usually take a few days to review.",
    "Just spoke with the client - they're reviewing your CV today.",
    "The client has come back with a couple of questions before they decide on interviews - are you open to a ⟨12-month fixed term|contract-to-perm|hybrid⟩ arrangement?",
    "Quick update from my side: the hiring manager is on leave until next week, so feedback will be a little slower.",
]

# ------------------------------------------------------------------ rejection
REJ_FORMAL = [
    "Thank you for taking the time to interview for the {role} position. After careful consideration, we have decided to move forward with another candidate.",
    "Thank you for your interest in the {role} role at {company}. On this occasion we won't be progressing your application.",
    "I wanted to let you know that we've decided not to move ahead with your application for {role}.",
    "We've now completed interviews for the {role} role, and I'm afraid we've offered the position to another candidate.",
    "After a lot of discussion, the panel has decided to go with a candidate whose experience is a closer match for what the team needs right now.",
    "I'm sorry to say we won't be taking your application further this time. It was a very strong field.",
    "I really appreciate the time you've given us over the last few weeks. We've decided to move forward with someone else for the {role} role.",
    "Thank you for applying. We've reviewed your application carefully and have decided not to invite you to interview.",
    "We regret to inform you that your application for {role} has not been successful on this occasion.",
    "It was a close call, but we've decided to offer the {role} role to another candidate.",
    "I'm afraid it's not good news this time. The team has chosen to proceed with a candidate who has more ⟨hands-on payments|acute surgical|public-sector audit|native mobile⟩ experience.",
    "Following your interview, I'm sorry to let you know that we won't be offering you the role.",
]
REJ_INFORMAL = [
    "hey - not going to move ahead, sorry. really appreciated your time though",
    "Just a quick note: we went another way on this one. Would love to stay in touch.",
    "Bad news I'm afraid, they've gone with the other finalist. Gutted for you - you were really close.",
    "Sorry {me}, the client has decided to go with someone else. I'll keep you in mind for anything similar.",
    "We decided to go with an internal person in the end. Really sorry, I know you were keen.",
    "Going to be straight with you: it's a no from the team this time. Happy to share feedback on a call if useful.",
    "ugh, sorry - they picked someone with more ⟨startup|ICU|Big Four|fintech⟩ background. you were a close second if that helps at all",
    "Thanks for bearing with us. Unfortunately we're not taking this forward. Wishing you the best with the search.",
    "They've decided not to proceed - I pushed back a bit but the decision's been made. Let's find you something better.",
    "it's a no from {hm_first}, sorry! honestly it was close",
]
REJ_CANCELLED = [
    "I'm sorry to let you know that the {role} role has been cancelled following a change in business priorities. We won't be continuing the process.",
    "I wanted to update you that the {role} position has been withdrawn. The team has been restructured and the role no longer exists in its current form.",
    "Unfortunately, due to a hiring freeze, we've closed the {role} requisition, so we won't be moving forward with any candidates.",
    "The {role} vacancy has been filled internally, so I'm afraid we won't be taking your application any further.",
    "Quick update: we've decided to fill the {role} role through an internal promotion, so the external process is closed. Sorry for the disappointment.",
    "The funding for the {role} post wasn't approved, so the vacancy has been withdrawn. I'm really sorry - it's frustrating for everyone.",
    "We've had to close the {role} search entirely. It isn't a reflection on you at all.",
]
REJ_SOFTEN = [
    "I know this isn't what you were hoping to hear.",
    "You were a genuinely strong candidate and it wasn't an easy decision.",
    "If you'd like feedback, I'm happy to set up a short call.",
    "We'd love to keep your details on file for future roles, if that's okay with you.",
    "Thank you again for the time and energy you put into the process.",
    "Please don't let this put you off applying again.",
    "I hope our paths cross again.",
    "Wishing you every success with your search.",
]
REJ_ATS = [
    "Thank you for your interest in {company} and for applying for the {role} position. After reviewing your application, we have decided to pursue other candidates whose qualifications more closely meet our needs.",
    "We appreciate the time you took to apply for {role}. We wanted to let you know that we will not be moving forward with your application at this time.",
    "Thank you for applying to {company}. Your application for {role} was reviewed by our hiring team, and we have decided not to proceed.",
    "Thanks for applying for the {role} opening. We received a large number of applications and, after careful review, your application has not been selected for further consideration.",
    "This email is to let you know that the {role} position you applied for has now been filled. Thank you for your interest.",
    "The {role} requisition you applied to has been closed and is no longer accepting candidates. We encourage you to explore other openings on our careers site.",
    "Your application for {role} is no longer under consideration. We're grateful for your interest in joining {company}.",
    "Thank you for the time you invested in applying to {company}. The hiring team has decided to move forward with other applicants for {role}.",
]

# ------------------------------------------------------------------ offer
OFFER_CALL = [
    "Have you got 10 minutes this afternoon? I've got good news and I'd rather share it in person - it's an offer!",
    "The panel met this morning and I'm delighted to say we'd like to make you an offer. Could we speak {when}?",
    "Big smile on my face writing this: {hm_first} has approved an offer for you. When can I call?",
    "Are you around {when}? I want to talk you through the verbal offer before the paperwork goes out.",
    "I have some good news I'd love to share - do you have 15 minutes today or tomorrow? I'd like to talk you through an offer.",
    "Are you free for a quick call {when}? The team would like to make you an offer and I want to walk you through it properly.",
    "Can we jump on the phone later? It's good news - we'd like to offer you the {role} role!",
    "Call me when you get a sec? I have a verbal offer for you from {company} :)",
    "I'd love to set up a time to discuss an offer for the {role} position. How's {when}?",
    "We're delighted to say we want to offer you the role. I'd like to go through the details on a call first - when suits?",
]
OFFER_WRITTEN = [
    "Lovely to speak earlier! Attached is the offer we discussed for the {role} position - do check the start date and notice clauses.",
    "Here's your offer pack: the letter, the contract and the benefits summary. The base is {salary_one} as discussed.",
    "Following our conversation, I'm delighted to attach your formal offer letter for the {role} role at {company}.",
    "Please find attached your offer of employment for the position of {role}. Do read it carefully and let me know if you have any questions.",
    "As promised, here's the written offer. The base salary is {salary_one}, with a start date of {start_date} (flexible).",
    "I'm thrilled to officially offer you the position of {role} at {company}! Your offer letter is attached.",
    "Attached is your contract and offer summary. If everything looks good, you can sign electronically via the link in the letter.",
    "We're very pleased to make you a conditional offer for the post of {role}, subject to satisfactory references and pre-employment checks.",
    "Great news: the client has confirmed the offer in writing! Terms are {salary_one} plus ⟨super|bonus|benefits⟩, start date {start_date}.",
    "Here are the revised numbers we discussed - we've moved the base to {salary_one} and added a sign-on bonus. Updated letter attached.",
]
OFFER_CLOSE = [
    "We'd love to hear back from you by {deadline}, but please shout if you need more time.",
    "Take the weekend to think it over and let me know if anything needs clarifying.",
    "Everyone here is really excited about the prospect of working with you.",
    "Happy to set up a chat with {hm_first} if you have questions about the team.",
    "Congratulations - this is very well deserved.",
]

# ------------------------------------------------------------------ thank_you (candidate)
TY_OPEN = [
    "Thank you for taking the time to speak with me ⟨today|this morning|this afternoon|yesterday⟩ about the {role} role.",
    "Thanks so much for the conversation ⟨today|earlier|yesterday⟩ - I really enjoyed it.",
    "I wanted to say thank you for meeting with me about the {role} position at {company}.",
    "Thank you for your time ⟨today|this afternoon|on Tuesday|on Thursday⟩. It was great to hear more about the {team} team.",
    "Just a quick note to thank you for the interview ⟨today|yesterday⟩.",
    "Thanks for a really enjoyable conversation about the {role} role.",
    "Thank you for being so generous with your time ⟨today|yesterday⟩, and for the honest answers to my questions.",
    "It was lovely to meet you ⟨today|this morning|yesterday⟩ - thank you for the chat.",
    "Thank you again for having me ⟨in today|on the panel today|on the call⟩.",
    "Really appreciated the chat ⟨today|this morning⟩ - thanks for making it feel so relaxed.",
    "Thanks for walking me through the {team} team's plans ⟨today|earlier⟩.",
    "A quick thank-you for today's conversation about {role}.",
    "I just wanted to drop you a line to say thanks for your time ⟨today|this afternoon⟩.",
    "Thank you - I know how full diaries are, so I really appreciated the hour ⟨today|yesterday⟩.",
    "Thanks so much for meeting with me. It was great to put a face to the name after all the emails!",
    "What a great conversation - thank you for fitting me in ⟨today|this week⟩.",
    "Thank you for the ⟨tour of the ward|tour of the studio|walk round the office|time on video⟩ and the conversation afterwards.",
    "Thanks again for your time on ⟨Monday|Tuesday|Wednesday|Thursday|Friday⟩ - I left really energised.",
    "I'm writing to thank you for interviewing me for the {role} role.",
    "Thank you for such a thoughtful conversation ⟨today|yesterday⟩; your questions made me think.",
    "It was a pleasure to speak with you ⟨today|this morning⟩ about {company}.",
    "Just wanted to say a proper thank you for today.",
]
TY_BODY = [
    "I particularly enjoyed our discussion about {topic1}; it's exactly the kind of problem I like working on.",
    "Hearing how you're thinking about {topic1} made me even more excited about the role.",
    "Our conversation about {topic1} has stayed with me - I've been thinking about it since.",
    "I appreciated the candour about {topic1}, and I think my experience with {topic2} would help there.",
    "It was really useful to hear about {topic1} from your perspective.",
    "I came away with a much clearer picture of {topic1} and how the role fits in.",
]
TY_CLOSE = [
    "I'm very interested in the role and would love to work with you.",
    "Please don't hesitate to get in touch if there's anything else you need from me.",
    "I look forward to hearing about next steps.",
    "Thanks again, and I hope to speak again soon.",
    "If anything I said needs clarifying, I'm happy to follow up.",
    "I'm even more enthusiastic about {company} after today.",
]

# ------------------------------------------------------------------ follow_up (candidate)
FU_AFTER_INTERVIEW = [
    "I hope you're well. I wanted to check in on the {role} role - is there any update on timing?",
    "Just following up on my interview last ⟨week|Tuesday|Thursday⟩. I'm still very interested and would love to hear where things stand.",
    "I hope you don't mind me checking in. Do you have a sense of when the team might make a decision?",
    "Circling back on the {role} position - any news from the panel?",
    "I wanted to follow up on my conversation with {hm_first}. I'm still keen and happy to provide anything else you need.",
    "Hi, just checking in on this! Let me know if there's anything else I can send over.",
    "I know these things take time, but I wanted to check whether there's been any movement on the {role} role.",
    "Quick check-in from me: is there any update you can share? I have another process moving, so it would help to know where I stand.",
    "hope all's well! any news on the {role} role?",
    "Just wanted to touch base - I haven't heard anything since the panel and wanted to make sure nothing had gone astray.",
    "Following up on the below. Is the role still open?",
    "Hope your week's going okay. Wondering if there's an update following the final round?",
    "I hope all is well with you. It's been about ⟨a week|ten days|two weeks⟩ since I met {hm_first}, so I thought I'd check in.",
    "Sorry to chase! Is there any news on the {role} position?",
    "Gentle nudge from me on the {role} role - I'd love to know where things are at.",
    "I wanted to reiterate my interest in the role and ask whether a decision has been made.",
    "Just touching base on the {role} process. Do you know roughly when you'll be able to share an outcome?",
    "Any update on your side? No rush, I just want to plan around another process I have going.",
    "I'm conscious the team said they'd decide ⟨last week|by the end of the month|soon⟩, so I wanted to check in.",
    "hey, just checking in - did the panel get a chance to meet?",
    "I hope you had a good ⟨weekend|break|Easter|long weekend⟩. Is there anything you can share on next steps for the {role} role?",
    "Following up to see if you need anything else from me - references, examples of work, anything at all.",
    "Just wanted to follow up on the below - is the {role} role still moving ahead?",
]
FU_AFTER_APPLY = [
    "I applied for the {role} position ⟨a couple of weeks ago|earlier this month|on the {applied_day}⟩ and wanted to check it reached the right person.",
    "I submitted an application for {role} and wanted to introduce myself directly - I'd love to be considered.",
    "Hope you don't mind me reaching out directly. I applied for the {role} role recently and I'm really keen.",
    "I'm following up on my application for the {role} role. Is there any update on the timeline?",
]
FU_CLOSE = [
    "Thanks so much,", "Many thanks,", "Best,", "Thanks in advance,", "Kind regards,", "Thank you,", "Cheers,", "All the best,",
]
