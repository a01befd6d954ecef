"""English written by Europeans (Ireland, the Nordics, Poland, the Baltics, Czechia, and English-speaking teams elsewhere)."""
CODE = "en"
NAME = "English (European)"
HTML_LANG = "en"
CONTENT_LANGUAGE = "en-GB"
PRIVACY_PATH = "privacy"
INFORMAL_P = 0.45
DISPLAY_STYLES = ["plain", "plain", "comma"]

WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WDA = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
MONA = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
NUM = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 7: "seven", 10: "ten", 14: "fourteen"}


def zabbr(d):
    key = d.tzinfo.key
    off = int(d.utcoffset().total_seconds() // 3600)
    if key in ("Europe/Dublin",):
        return "IST" if off == 1 else "GMT"
    if key in ("Europe/London",):
        return "BST" if off == 1 else "GMT"
    if key in ("Europe/Lisbon",):
        return "WEST" if off == 1 else "WET"
    if key in ("Europe/Helsinki", "Europe/Tallinn", "Europe/Athens"):
        return "EEST" if off == 3 else "EET"
    return "CEST" if off == 2 else "CET"


def hm(d):
    return f"{d.hour:02d}:{d.minute:02d}"


def when(d, i):
    i %= 6
    z = zabbr(d)
    if i == 0:
        return f"on {WD[d.weekday()]} {d.day} {MON[d.month - 1]} at {hm(d)} {z}"
    if i == 1:
        return f"on {WDA[d.weekday()]}, {d.day:02d}/{d.month:02d} at {hm(d)} ({z})"
    if i == 2:
        return f"on {d.day} {MON[d.month - 1]} {d.year}, {hm(d)} {z}"
    if i == 3:
        h12 = d.hour % 12 or 12
        ap = "am" if d.hour < 12 else "pm"
        mm = f".{d.minute:02d}" if d.minute else ""
        return f"on {WD[d.weekday()]} the {d.day}{suffix(d.day)} at {h12}{mm}{ap} {z}"
    if i == 4:
        return f"{WD[d.weekday()]}, {d.day} {MONA[d.month - 1]}, {hm(d)} {z}"
    return f"on {d.day}.{d.month}.{d.year} at {hm(d)} ({z})"


N_WHEN = 6


def suffix(n):
    return "th" if 11 <= n <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def day(d, i):
    i %= 4
    if i == 0:
        return f"{d.day} {MON[d.month - 1]} {d.year}"
    if i == 1:
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if i == 2:
        return f"{WD[d.weekday()]} {d.day} {MON[d.month - 1]}"
    return f"{d.day} {MONA[d.month - 1]}"


N_DAY = 4


def lisbon_note(dl):
    return f"({hm(dl)} in Lisbon)"


def dur(n):
    return {60: "an hour", 90: "about 90 minutes"}.get(n, f"{n} minutes")


def join(xs):
    xs = list(xs)
    return xs[0] if len(xs) == 1 else ", ".join(xs[:-1]) + " and " + xs[-1]


def money(n, cur="EUR"):
    sym = {"EUR": "€", "SEK": "SEK ", "DKK": "DKK ", "PLN": "PLN ", "CZK": "CZK ", "GBP": "£"}.get(cur, cur + " ")
    return f"{sym}{n:,} gross per year"


PROMISE_KINDS = [("fri", None), ("end_next_week", None), ("n_weeks", [1, 2, 2, 3]), ("n_workdays", [3, 5, 10]),
                 ("date", [5, 7, 9, 12]), ("end_week", None), ("tomorrow", None), ("mon", None), ("end_month", None)]


def promise(kind, n, target, sent, rng):
    if kind == "fri":
        return rng.choice(["by Friday", "by this Friday", f"by Friday {target.day} {MON[target.month - 1]}"])
    if kind == "mon":
        return rng.choice(["by Monday", "on Monday at the latest"])
    if kind == "end_week":
        return rng.choice(["by the end of this week", "before the weekend"])
    if kind == "end_next_week":
        return rng.choice(["by the end of next week", "before the end of next week"])
    if kind == "n_weeks":
        return f"within {NUM.get(n, n)} week{'s' if n > 1 else ''}"
    if kind == "n_workdays":
        return rng.choice([f"within {NUM.get(n, n)} working days", f"within {NUM.get(n, n)} business days"])
    if kind == "date":
        return rng.choice([f"by {target.day} {MON[target.month - 1]}", f"no later than {target.day:02d}/{target.month:02d}"])
    if kind == "tomorrow":
        return "tomorrow"
    if kind == "end_month":
        return rng.choice(["by the end of the month", f"before the end of {MON[target.month - 1]}"])
    raise ValueError(kind)


VAGUE = ["in the coming weeks", "as soon as we can", "soon", "as soon as possible", "once we know more", "shortly"]


def greet(p, reg, rng):
    if reg == "f":
        return rng.choice([f"Dear {'Ms' if p.gender == 'f' else 'Mr'} {p.last},", f"Dear {p.first} {p.last},", f"Hello {p.first},"])
    return rng.choice([f"Hi {p.first},", f"Hello {p.first},", f"Hey {p.first},", f"Dear {p.first},"])


def greet_many(ps, reg, rng):
    return ("Dear " if reg == "f" else "Hi ") + join([p.first for p in ps]) + ","


def attrib_gmail(d, name, addr):
    return f"On {WDA[d.weekday()]}, {d.day} {MONA[d.month - 1]} {d.year} at {d.hour:02d}:{d.minute:02d}, {name} <{addr}> wrote:"


def attrib_iphone(d, name, addr):
    h12 = d.hour % 12 or 12
    return f"On {d.day} {MON[d.month - 1]} {d.year}, at {d.hour:02d}:{d.minute:02d}, {name} <{addr}> wrote:"


def attrib_tb(d, name, addr):
    return f"On {d.day:02d}/{d.month:02d}/{d.year} {d.hour:02d}:{d.minute:02d}, {name} wrote:"


def outlook_block(d, frm, to, subj, cc):
    L = [f"From: {frm[0]} <{frm[1]}>", f"Sent: {WD[d.weekday()]}, {d.day} {MON[d.month - 1]} {d.year} {d.hour:02d}:{d.minute:02d}",
         "To: " + "; ".join(f"{n} <{a}>" if n else a for n, a in to)]
    if cc:
        L.append("Cc: " + "; ".join(f"{n} <{a}>" for n, a in cc))
    L.append(f"Subject: {subj}")
    return L


OUTLOOK_SEP = "________________________________"
RE = {"outlook": "RE:", "gmail": "Re:", "iphone": "Re:", "thunder": "Re:", "plain": "Re:"}
RE_ALL = ["Re:", "RE:", "AW:", "Aw:", "SV:", "Odp:", "R:", "RES:", "Antw:", "VS:"]
AUTOREPLY_PREFIX = "Automatic reply:"
CANCELLED = "Cancelled"
CAL_PREFIX_GOOGLE = "Invitation: "
MOBILE = ["Sent from my iPhone", "Sent from Outlook for iOS", "Sent from my mobile – please excuse typos", "Get Outlook for Android"]
SIG = {"tel": "Phone:", "mail": "Email:"}


def gcal_subject(summary, start):
    return f"Invitation: {summary} @ {WDA[start.weekday()]} {start.day} {MONA[start.month - 1]} {start.year} {start.hour:02d}:{start.minute:02d} ({zabbr(start)}) (ines.hofmann@example.net)"


TEAMS_BLOCK = ("________________________________________________________________________________\n"
               "Microsoft Teams Need help?\nJoin the meeting now\n{link}\nMeeting ID: {id}\nPasscode: {pw}\n"
               "________________________________________________________________________________")
GCAL_BLOCK = "Join with Google Meet\n{link}\n\nWhen: {when}\nOrganiser: {org}\n\nInvitation from Google Calendar\nYou are receiving this email because you are an attendee on the event."


def cal_desc(c, tool, link):
    return f"{tool}: {link}\n{c['when']}"


UI = dict(portal="Open candidate portal", job="Job", employer="Company", location="Location", date="Applied on",
          view_apps="View my applications", similar="See similar jobs", confirm="Confirm attendance", book="Pick a time",
          what="Event", when="When", who="With", where="Where", resched="Reschedule or cancel", join="Join meeting",
          start_test="Start assessment", status="Status", reply="Reply", position="Position", salary="Base salary",
          start="Start date", sign="Review and sign", reception="at reception", jobs_box="{company} Careers")

AUTO_NOTE = ["This is an automated message, please do not reply.", "This mailbox is not monitored. Replies to this address will not be read.",
             "Please do not reply directly to this email; use the candidate portal if you have questions."]
GDPR = ["We process your personal data in line with the GDPR. Read our candidate privacy notice: {privacy}",
        "Your data is stored for the duration of the recruitment process and deleted 6 months after it ends. Privacy: {privacy}",
        "{legal} is the data controller for your application. You can withdraw your consent at any time."]
POWERED = ["Sent with {vendor}", "Powered by {vendor}", "Recruitment software by {vendor}"]
CONF = ["This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it.",
        "CONFIDENTIALITY NOTICE: the information in this message is confidential and may be legally privileged.",
        "Please consider the environment before printing this email."]
BOARD_FOOT = ["You are receiving this email because you have an account on {board}. Manage notifications · Unsubscribe · Privacy",
              "© {board}. This is an automated notification.", "Sent by {board} · Help centre · Email preferences"]
GDPR14 = ["Data protection (Art. 14 GDPR): I found your details on a public professional network. If you would rather not be contacted, just let me know and I will delete them.",
          "{agency_legal} processes your data on the basis of legitimate interest. You can object at any time by replying to this email."]
STATUS_LABELS = ["Under review", "Hiring manager review", "In progress", "Screening"]
AGENDA = ["{t}–{t2}: conversation with {who}", "{t}–{t2}: technical session with {who}", "{t}–{t2}: site tour and chat with {who}"]
AGENDA_END = "{t}: lunch with the team and wrap-up"
DOCS = ["copies of your degree certificates", "two references", "your salary expectations", "your earliest start date",
        "proof of your right to work", "your notice period"]
CASE_FILES = ["Case_study_{company}.pdf", "Assignment_brief.pdf", "Take_home_task.pdf"]
OFFER_FILES = ["Offer_letter_{last}.pdf", "Employment_contract_{company}.pdf", "Offer_{last}_{company}.pdf"]
OFFER_DOCS = ["Offer letter – {role}", "Employment contract – {last}", "Employment agreement {company}"]
ASSESS = ["TestGorilla", "Codility", "SHL", "TestGorilla"]
ESIGN = ["DocuSign", "DocuSign", "Yousign"]
SOCIAL = ["LinkedIn"]

FIRST_F = ["Aoife", "Siobhán", "Emma", "Ingrid", "Karolina", "Agnieszka", "Liis", "Kadri", "Aino", "Saara", "Tereza", "Freja",
           "Maja", "Ellen", "Niamh", "Zuzana", "Astrid", "Helena"]
FIRST_M = ["Ciarán", "Seán", "Lars", "Mikael", "Piotr", "Tomasz", "Jaan", "Mikko", "Ondřej", "Jakub", "Rasmus", "Oskar",
           "Eoin", "Henrik", "Marek", "Jonas", "Matti", "Daniel"]
LAST = ["O'Brien", "Murphy", "Kelly", "Lindqvist", "Andersson", "Nowak", "Kowalczyk", "Tamm", "Saar", "Virtanen", "Korhonen",
        "Novák", "Dvořák", "Nielsen", "Jensen", "Byrne", "Wiśniewska", "Kask", "Holm", "Berg"]
REGIONS = [
    dict(country="IE", tz="Europe/Dublin", w=3, cc="+353", cities=[("Dublin", "D02", "1"), ("Cork", "T12", "21"), ("Galway", "H91", "91")],
         forms=["Ltd", "DAC", "Ltd"], currency="EUR"),
    dict(country="SE", tz="Europe/Stockholm", w=2, cc="+46", cities=[("Stockholm", "111", "8"), ("Gothenburg", "411", "31"), ("Malmö", "211", "40")],
         forms=["AB"], currency="SEK"),
    dict(country="DK", tz="Europe/Copenhagen", w=1, cc="+45", cities=[("Copenhagen", "1", ""), ("Aarhus", "8", "")], forms=["A/S", "ApS"], currency="DKK"),
    dict(country="PL", tz="Europe/Warsaw", w=2, cc="+48", cities=[("Warsaw", "00", "22"), ("Kraków", "30", "12"), ("Wrocław", "50", "71")],
         forms=["Sp. z o.o.", "S.A."], currency="PLN"),
    dict(country="EE", tz="Europe/Tallinn", w=1, cc="+372", cities=[("Tallinn", "10", "")], forms=["OÜ", "AS"], currency="EUR"),
    dict(country="FI", tz="Europe/Helsinki", w=1, cc="+358", cities=[("Helsinki", "00", "9"), ("Tampere", "33", "3")], forms=["Oy"], currency="EUR"),
    dict(country="CZ", tz="Europe/Prague", w=1, cc="+420", cities=[("Prague", "110", "2"), ("Brno", "602", "5")], forms=["s.r.o.", "a.s."], currency="EUR"),
    dict(country="PT", tz="Europe/Lisbon", w=1, cc="+351", cities=[("Lisbon", "1200", "21"), ("Porto", "4000", "22")], forms=["Lda.", "S.A."], currency="EUR"),
]
STREETS = ["Harbour Road", "Sveavägen", "ul. Prosta", "Mannerheimintie", "Vinohradská", "Strandgade", "Grand Canal Quay", "Rua do Alecrim",
           "Tartu mnt", "Kungsgatan", "ul. Grzybowska", "Aleksanterinkatu"]
CO_ROOTS = ["Northwind", "Saltmarsh", "Fjordline", "Baltica", "Greyhaven", "Lumen", "Aurora", "Kestrel", "Harbourlight", "Boreal",
            "Copperleaf", "Tidewell", "Silverbirch", "Cobalt", "Ember", "Granite", "Meridian", "Skerry", "Larkspur", "Quayside"]
CO_WORDS = {"eng": ["Robotics", "Engineering", "Systems", "Automation"], "mkt": ["Studio", "Media", "Brands", "Digital"],
            "log": ["Logistics", "Freight", "Supply", "Shipping"], "res": ["Labs", "Biosciences", "Research", "Materials"],
            "hosp": ["Hotels", "Hospitality", "Stays", "Resorts"]}
ROLES = {
    "eng": [("Process Engineer", "Process Engineer"), ("Manufacturing Engineer (m/f/d)", "Manufacturing Engineer"),
            ("Quality Engineer", "Quality Engineer"), ("Junior Project Engineer", "Junior Project Engineer")],
    "mkt": [("Growth Marketing Manager", "Growth Marketing Manager"), ("Product Marketing Manager (Iberia)", "Product Marketing Manager"),
            ("Brand Manager – Southern Europe", "Brand Manager – Southern Europe"), ("Marketing Specialist (m/f/x)", "Marketing Specialist")],
    "log": [("Supply Chain Analyst", "Supply Chain Analyst"), ("Logistics Coordinator", "Logistics Coordinator"),
            ("Demand Planner", "Demand Planner"), ("Operations Manager, Warehousing", "Operations Manager, Warehousing")],
    "res": [("Research Scientist", "Research Scientist"), ("Postdoctoral Researcher in Circular Materials", "Postdoctoral Researcher in Circular Materials"),
            ("Research Assistant (fixed-term)", "Research Assistant"), ("Data Scientist, R&D", "Data Scientist, R&D")],
    "hosp": [("Front Office Manager", "Front Office Manager"), ("Guest Experience Manager", "Guest Experience Manager"),
             ("Revenue Manager", "Revenue Manager"), ("Assistant General Manager", "Assistant General Manager")],
}
REC_TITLES = ["Talent Acquisition Partner", "Recruiter", "Senior Recruiter", "People Partner", "Talent Acquisition Lead", "HR Coordinator"]
HR_TITLES = ["People Operations", "HR Manager", "HR Generalist"]
HM_TITLES = {"eng": ["Head of Engineering", "Engineering Manager", "Plant Manager"], "mkt": ["Head of Marketing", "Marketing Director", "VP Growth"],
             "log": ["Head of Operations", "Supply Chain Manager", "Logistics Director"], "res": ["Principal Investigator", "Research Director", "Group Leader"],
             "hosp": ["General Manager", "Director of Rooms", "Hotel Manager"]}
PANEL_TITLES = {"eng": ["Senior Process Engineer", "Quality Lead"], "mkt": ["Senior Brand Manager", "Content Lead"],
                "log": ["Senior Planner", "Warehouse Manager"], "res": ["Senior Scientist", "Lab Manager"],
                "hosp": ["Front Office Lead", "Revenue Director"]}
AGENT_TITLES = ["Senior Consultant", "Recruitment Consultant", "Principal Consultant", "Talent Partner"]
AGENCIES = [("Bridgeway Talent", "Ltd"), ("Nordic Search Partners", "AB"), ("Vistula Recruitment", "Sp. z o.o."), ("Lighthouse Executive", "Ltd")]
CLIENT_DESC = {"eng": ["a fast-growing robotics scale-up", "a well-known industrial group"], "mkt": ["a consumer brand expanding into Iberia", "a travel-tech company"],
               "log": ["a leading 3PL in the Nordics", "an e-commerce company with its own fulfilment"], "res": ["a climate-tech start-up", "a university spin-out"],
               "hosp": ["a boutique hotel group", "an international resort operator"]}
SALARY = {"eng": (50000, 72000), "mkt": (46000, 66000), "log": (45000, 62000), "res": (42000, 58000), "hosp": (38000, 55000)}
FIELD_DESC = {"eng": "your background in industrial engineering", "mkt": "your international marketing experience",
              "log": "your supply chain experience", "res": "your research background", "hosp": "your hospitality experience"}
SKILLS = {"eng": ["lean manufacturing", "process optimisation", "root-cause analysis"], "mkt": ["go-to-market planning", "performance marketing", "brand strategy"],
          "log": ["S&OP", "warehouse operations", "SAP EWM"], "res": ["materials characterisation", "grant writing", "Python data analysis"],
          "hosp": ["revenue management", "guest relations", "team leadership"]}
TOPICS = {"eng": ["the automation roadmap for the new line", "how you run your continuous-improvement programme"],
          "mkt": ["the launch plan for Portugal and Spain", "your rebrand next year"],
          "log": ["the move to the new warehouse system", "the plans for the second distribution centre"],
          "res": ["the cathode recycling project", "your collaboration with industry partners"],
          "hosp": ["the reopening of the hotel in spring", "your guest-feedback programme"]}
CASES = {"eng": ["a short line-balancing exercise", "a proposal to reduce scrap on one line"], "mkt": ["a launch plan for a new product", "a review of our social channels"],
         "log": ["a slotting optimisation case", "a network analysis for two DCs"], "res": ["a two-page research proposal", "an analysis of a small dataset"],
         "hosp": ["a plan to improve check-in", "a pricing strategy for a conference weekend"]}
TESTS = {"eng": ["Mechanical reasoning", "Numerical reasoning"], "mkt": ["Marketing fundamentals", "Personality questionnaire"],
         "log": ["Numerical reasoning", "Excel skills"], "res": ["Logical reasoning", "English test"], "hosp": ["Situational judgement", "Personality questionnaire"]}
ATS = ["Teamtailor", "Workable", "Greenhouse", "Jobylon", "Recruitee", "Personio"]
BOARDS = ["LinkedIn", "LinkedIn", "Indeed"]
FRIENDS = [("Marta Ribeiro", "marta.ribeiro@correio.example"), ("Tom Weber", "tom.weber@posteo.example")]


def ref(rng):
    return rng.choice([f"Req #{rng.randint(1000, 9999)}", f"Ref. {rng.choice('ABCDE')}-{rng.randint(100, 999)}", f"Job ID {rng.randint(10000, 99999)}"])


def company_name(root, word, rng):
    return f"{root} {word}"


STREETS_BY = {"IE": ["Harbour Road", "Grand Canal Quay", "Baggot Street", "Dock Road"], "SE": ["Sveavägen", "Kungsgatan", "Götgatan"],
              "DK": ["Strandgade", "Vesterbrogade", "Nørregade"], "PL": ["ul. Prosta", "ul. Grzybowska", "ul. Marszałkowska"],
              "EE": ["Tartu mnt", "Narva mnt", "Pärnu mnt"], "FI": ["Mannerheimintie", "Aleksanterinkatu", "Hämeenkatu"],
              "CZ": ["Vinohradská", "Karlova", "Národní"], "PT": ["Rua do Alecrim", "Rua das Flores", "Avenida da Liberdade"]}


def address(rng, city, region, plz):
    st = rng.choice(STREETS_BY.get(region["country"], STREETS))
    if region["country"] == "IE":
        return f"{rng.randint(1, 80)} {st}", f"{city} {plz} {rng.choice('ACEFHKNPRTVWXY')}{rng.randint(10, 99)}{rng.choice('ACEFHKNPRTVWXY')}"
    return f"{st} {rng.randint(1, 80)}", f"{plz}{rng.randint(10, 99)} {city}"


def register_line(rng, co, region):
    c = region["country"]
    if c == "IE":
        return f"Registered in Ireland No. {rng.randint(500000, 799999)}. Registered office: {co['street']}, {co['city']}."
    if c == "SE":
        return f"Org.nr {rng.randint(556000, 559999)}-{rng.randint(1000, 9999)} · Säte: {co['city']}"
    if c == "PL":
        return f"KRS {rng.randint(10 ** 9, 10 ** 10 - 1):010d} · NIP {rng.randint(100, 999)}-{rng.randint(100, 999)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}"
    return f"Company registration {rng.randint(10000000, 99999999)} · {co['city']}"


def phone(rng, region, area):
    return f"{region['cc']} {area + ' ' if area else ''}{rng.randint(100, 999)} {rng.randint(1000, 9999)}"

B = {
    "greet": ["f|Dear Ms Hofmann,", "f|Dear Inês Hofmann,", "f|Dear Ms Duarte Hofmann,", "f|Hello Ms Hofmann,", "f|Dear Inês,", "f|Good morning Inês,",
              "i|Hi Inês,", "i|Hello Inês,", "i|Hey Inês,", "i|Hi Inês!", "i|Hej Inês,", "i|Dear Inês,", "i|Morning Inês,"],
    "greetb": ["Hi {first},", "Hello {first},", "Dear {full},", "Hi there,"],
    "close": ["f|Kind regards", "f|Best regards", "f|Yours sincerely", "f|With kind regards", "f|Warm regards", "f|Br,",
              "i|Best", "i|Cheers", "i|All the best", "i|Thanks,", "i|Talk soon", "i|Have a great day", "i|Best wishes"],
    "oclose": ["f|Kind regards", "f|Best regards", "f|With best wishes from Lisbon", "i|Best", "i|Thanks again", "i|All the best", "i|Cheers"],
    "team": ["f|The Talent Acquisition Team\n{legal}", "f|{company} Recruitment", "f|People & Culture, {company}", "f|The Hiring Team at {company}",
             "i|The {company} team", "i|Team {company}", "i|Your friends at {company}"],
    "ack.s": ["f|Thank you for applying to {company}", "f|Your application for {role}", "f|Application received – {role}", "f|{company}: we have received your application",
              "f|Confirmation of your application ({ref})", "i|Thanks for applying, {first}!", "i|We got your application 🙌", "i|{role} at {company} – application received",
              "i|Your application to {company}"],
    "ack.c": ["f|Thank you for your interest in {company}. We confirm that we have received your application for the position of {role}.",
              "f|This is to confirm that your application for {role} ({ref}) has been successfully submitted.",
              "f|Many thanks for applying for the {role} role. Your application is now with our recruitment team.",
              "f|We appreciate the time you took to apply for {role} at {company}. Your documents arrived safely.",
              "f|Your application for {role} has reached us, and we would like to thank you for considering {company} as your next employer.",
              "f|We have well received your application for {role}. Thank you for your interest in joining us.",
              "f|Thank you for submitting your application. We are currently reviewing all applications for the {role} vacancy.",
              "f|This email confirms receipt of your application for {role} in {city}.",
              "f|Thank you for applying! Your application for {role} is now in our system.",
              "f|We acknowledge receipt of your CV and cover letter for the {role} position.",
              "f|Thank you for your application to {legal}. It has been forwarded to the hiring team for {role}.",
              "i|Thanks so much for applying for {role} – we're excited to have you in the mix!",
              "i|Your application for {role} just landed in our inbox. Thanks for thinking of {company}!",
              "i|Woohoo, your application is in! Thanks for applying to be our next {role}.",
              "i|We've got your application for {role}. Thanks for taking the time!",
              "i|Thanks for throwing your hat in the ring for {role}.",
              "i|Just a quick note to say we received your application for {role}.",
              "i|Great to hear from you! Your application for {role} is safely with us.",
              "i|Thank you for wanting to join {company}. Your application for {role} is now being looked at by real humans.",
              "i|Application received ✔ Thanks for your interest in {role}."],
    "ack.n": ["f|We will review your application carefully and get back to you {promise}.",
              "f|You can expect to hear from us {promise}.",
              "f|Our aim is to give every candidate an answer {promise}.",
              "f|We will be in touch {vague}.",
              "f|Due to the high number of applications, our review may take some time. We will contact you {vague}.",
              "f|If your profile matches our requirements, we will contact you within two weeks.",
              "f|Should your experience match what we are looking for, a member of our team will reach out to arrange next steps.",
              "f|The application window closes at the end of the month, after which the hiring team will review all applications together.",
              "i|We'll take a proper look and come back to you {promise}.",
              "i|You'll hear from us {promise}, whatever the outcome.",
              "i|We'll get back to you {vague}.",
              "i|If it looks like a match, we'll reach out in roughly two weeks."],
    "ack.x": ["f|You can follow the status of your application at any time in our candidate portal.",
              "f|Please check your spam folder from time to time so you do not miss our emails.",
              "f|If any of your details change, you can update them directly in the portal.",
              "i|In the meantime, feel free to check out our careers blog to meet the team.",
              "i|Got questions? Just reply through the portal and we'll help.",
              "i|Tip: you can check where things stand in your candidate profile whenever you like."],
    "ackb.s": ["Your application was sent to {company}", "Application submitted: {role}", "You applied for {role} at {company}",
               "{board}: your application to {company}"],
    "ackb.c": ["Your application for {role} was successfully sent to {company}.", "Good news – your application is on its way. {company} has received it via {board}.",
               "You applied with your {board} profile to {company}.", "We've passed your application on to the employer. Here's a summary:"],
    "ackb.x": ["Tip: employers respond faster when your profile is complete.", "You can see all your applications under \"My jobs\".",
               "The employer decides on next steps and will contact you directly."],
    "acke.c": ["f|Thank you for your email. This is an automatic confirmation that your message has reached our recruitment team.",
               "f|We have received your application by email. Please do not send status enquiries; we will contact you.",
               "i|Thanks for your email! This is an automatic reply – your application has arrived and is with our People team."],
    "apply.s": ["Application – {role}", "Application for {role} – Inês Hofmann", "{role} ({ref}) – application", "Re: {role} vacancy"],
    "rej.s": ["f|Your application to {company}", "f|Your application for {role}", "f|Update on your application", "f|{company} – {role}",
              "f|Thank you for your interest in {company}", "f|Regarding your application ({ref})", "i|An update from {company}",
              "i|Your application for {role}", "i|Thanks from {company}"],
    "rej.thanks": ["f|Thank you for your interest in {company} and for the time you invested in your application.",
                   "f|Thank you again for applying for the {role} position.", "f|We appreciate your interest in joining our team.",
                   "i|Thanks again for applying to {company}.", "i|Thank you for your application and for your patience."],
    "rej.pre": ["f|After careful consideration, we have decided to move forward with other candidates whose experience more closely matches the requirements of the role.",
                "f|Unfortunately, we will not be taking your application further on this occasion.",
                "f|We have reviewed your application and regret to inform you that you have not been shortlisted.",
                "f|We received a very large number of strong applications and, on this occasion, we will not be progressing yours.",
                "f|Having reviewed all applications, we have decided to proceed with a small number of candidates, and you are not among them.",
                "f|We have decided for another candidate for this position.",
                "f|While your background is impressive, we are looking for someone with more experience in the Nordic market.",
                "f|We are sorry to let you know that your application was not successful.",
                "f|We will not be inviting you to the next stage of the process.",
                "f|This time we have chosen candidates whose profiles are a closer fit to what the team needs right now.",
                "i|We've looked at everything closely and decided to go with other applicants for this one.",
                "i|This one isn't going to work out, I'm afraid – we're moving ahead with other profiles.",
                "i|We won't be moving forward with your application, but it was great to see your background.",
                "i|It was a tough call, but we've chosen to continue with people who have more hands-on experience with our stack."],
    "rej.post": ["f|Thank you for meeting {iv1}. After careful deliberation we have decided to offer the role to another candidate.",
                 "f|Following the interviews, we have decided to proceed with a candidate whose experience is closer to our current needs.",
                 "f|It was a pleasure speaking with you. However, we have decided not to move forward with your application.",
                 "f|You were one of our final candidates, and the decision was not easy. In the end we chose someone with direct industry experience.",
                 "f|After the final round we have made our decision, and I am sorry to say it is not the outcome you were hoping for.",
                 "f|The team enjoyed the conversation, but we will be moving ahead with another applicant.",
                 "i|Thanks for the chat with {iv1_first}! We've now made a decision and are going with another candidate.",
                 "i|I wanted to let you know personally that we've decided to go in a different direction.",
                 "i|It was really close, but we've offered the role to someone else."],
    "rej.cancel": ["f|The {role} position has been put on hold indefinitely and will not be filled at this time, so we are closing the process.",
                   "f|We have filled the position internally and are therefore closing the recruitment process.",
                   "f|Due to a change in budget, the {role} role has been cancelled. We are sorry for any inconvenience.",
                   "f|The vacancy has now been filled, and we are closing all remaining applications.",
                   "i|Quick heads-up: after a reorganisation the {role} role no longer exists, so we're closing the process.",
                   "i|We ended up filling the role internally, so we won't be continuing."],
    "rej.one": ["i|Hi {first}, quick update – we've decided to go with someone else. Thanks a lot and best of luck!",
                "i|Hey {first}, not a match this time unfortunately. We've filled the role. All the best!",
                "i|{first} – short note: we won't be progressing. Thanks for your time, really appreciated.",
                "i|Hi {first}, the team went with another candidate. Wishing you the best with your search.",
                "f|Dear Ms {last}, just to let you know that the {role} role has been filled. Best wishes.",
                "f|Ms {last}, we won't be moving forward with your application. Thank you and good luck."],
    "rej.soft": ["f|We wish you every success in your job search.", "f|Please do not see this as a judgement of your qualifications.",
                 "f|We would be glad to see your application for future openings.", "f|Best of luck with your career.",
                 "i|Fingers crossed for your search!", "i|Stay in touch – we're growing and new roles open often."],
    "rej.fb": ["f|If you would like feedback on your interviews, I am happy to arrange a short call.",
               "f|Should you wish, I can give you more detailed feedback.", "i|Happy to share feedback if that's useful – just let me know."],
    "rej.pool": ["f|With your consent, we would like to keep your details in our talent pool for 12 months. You can confirm this in the portal.",
                 "f|In line with our privacy policy, your data will be deleted after six months.",
                 "i|If you like, we can keep you in our talent pool – just say the word."],
    "rejb.s": ["An update on your application to {company}", "{company} updated your application", "Your application: {role}"],
    "rejb.c": ["{company} has updated the status of your application through {board}. Message from the employer:",
               "There's news about your application for {role}. {company} sent you this message:", "The employer has closed the process for {role}:"],
    "inv.s": ["f|Interview invitation – {role}", "f|Invitation to interview: {role} at {company}", "f|Next steps – {company}", "f|Your application: interview",
              "f|Meeting with {company}", "f|{role} – next stage", "i|Let's chat! {role}", "i|Next step with {company}", "i|Quick call?", "i|Can we meet?"],
    "inv.fixed": ["f|We were impressed by your application and would like to invite you to an interview {when}. You will meet {iv}.",
                  "f|I am pleased to invite you to the next stage, a video interview {when} with {iv}.",
                  "f|Following your application for {role}, we would like to meet you {when}. The interview will be with {iv}.",
                  "f|We would like to continue the conversation {when}. Joining from our side: {iv}.",
                  "f|I have booked a slot for us {when}. {iv1} from the team will join.",
                  "f|As discussed on the phone, I am confirming your interview {when} with {iv}.",
                  "f|The hiring team would like to meet you. Please join us {when}; the session will last about {dur}.",
                  "f|Please find below the details of your interview for {role}: {when}, with {iv}.",
                  "f|We have scheduled your first-round interview {when}.",
                  "i|We'd love to get to know you! Are you free {when}? You'd be speaking with {iv}.",
                  "i|Great news – I've put a slot in for us {when}. {iv1} will be there too.",
                  "i|Let's talk {when}. You'll meet {iv}.",
                  "i|Here's the time for our chat: {when}. Plan for about {dur}."],
    "inv.screen": ["f|I would like to learn more about you in a short phone call. Would you be available {when}? It should take about {dur}.",
                   "f|As a first step I would like to have an introductory call with you; I have pencilled in {when}.",
                   "f|I will call you {when} to talk through the {role} position.",
                   "i|Fancy a first call with me? I'm free {when}, about {dur}.",
                   "i|I'd love to give you a quick ring {when} and tell you more about the team.",
                   "i|Let's do a quick video call {when} – just you and me, very informal."],
    "inv.slots": ["f|We would like to invite you to an interview with {iv}. Could you let me know which of these times suits you?",
                  "f|We would be glad to meet you. Please choose one of the following slots:", "f|For a first conversation we have these times available:",
                  "i|We'd love to meet you! Do any of these work?", "i|{iv1} and I are free at these times:"],
    "inv.slots2": ["f|Please let me know which option suits you best. If none of them works, we will find an alternative.",
                   "f|Just reply with your preferred slot.", "i|Let me know what works best.", "i|If none of these fit, suggest a couple of times."],
    "inv.link": ["f|We would like to invite you to an interview with {iv}. Please book a time that suits you using this link: {link}",
                 "f|You can pick a slot for the interview directly in our booking tool ({tool}): {link}",
                 "f|For the next round, please use this link to book a {dur} slot: {link}",
                 "i|Just grab a time that works for you in my calendar: {link}", "i|Here's a link to book a chat with {iv1}: {link}"],
    "inv.avail": ["f|We would like to invite you to an interview with {iv}. Could you send me your availability for the next two weeks?",
                  "f|So that I can arrange a meeting with {iv1}, please send me two or three time windows that suit you.",
                  "f|For an interview of about {dur}, could you tell me when you are available next week?",
                  "i|When would you have time next week for a chat with {iv}? Send me a few options.",
                  "i|Let me know your availability over the next few days and I'll line it up with the team."],
    "inv.cal": ["f|Please find the invitation attached. Looking forward to speaking with you.", "f|As agreed, here is the calendar invitation.",
                "f|This is the formal invitation for your interview {when}.", "i|Invite coming your way – see you then!", "i|All set, here's the invite for your calendar."],
    "cal.sum": ["Interview: Inês Hofmann – {role}", "{company} | {role} interview", "Inês Hofmann <> {company}", "Intro call – {company}",
                "Chat with {company} (Inês Hofmann)"],
    "inv.remind.s": ["Reminder: your interview with {company}", "Tomorrow: your meeting with {company}", "Reminder of your upcoming meeting",
                     "Coming up: your call with {company}"],
    "inv.remind": ["This is a reminder of your meeting with {company} {when}.", "Your meeting with {iv} is coming up {when}.",
                   "Just a reminder – your video interview ({role}) is scheduled {when}.", "Your booked session with {company} is coming up soon."],
    "inv.resched": ["f|I am afraid I have to move our meeting {old_when}, as {iv1} is no longer available. Could we meet {when} instead?",
                    "f|Due to a scheduling conflict we need to move the interview. New time: {when} (instead of {old_when}).",
                    "f|Small change: we are moving the interview to {when}. I hope that still suits you.",
                    "i|Sorry about this – could we move from {old_when} to {when}? {iv1} has a clash.", "i|We need to reshuffle: new time is {when}. Does that work?"],
    "inv.onsite": ["f|We are delighted to invite you to the final round at our office. The day starts {when}; the plan is as follows:",
                   "f|As discussed, we would like to invite you to spend a day with us in {city}, starting {when}. Schedule:",
                   "i|We'd love to have you over at the office for the final round – we start {when}. Here's the plan:",
                   "i|For the last step we'd like to meet in person, {when}. The agenda:"],
    "inv.confirm.s": ["Confirmed: {event}", "New event: {event} with {host}", "Your booking with {company} is confirmed"],
    "inv.confirm": ["Your meeting has been scheduled. A calendar invitation is attached.", "You are scheduled with {host} ({company}).",
                    "Thanks for booking – here are the details:"],
    "inv.prep": ["f|Please allow about {dur}.", "f|Please bring a photo ID and report to reception a few minutes early.",
                 "f|You do not need to prepare anything, but a five-minute overview of your background would be helpful.",
                 "i|Bring any questions you have – we love curious people!", "i|Dress code: come as you are.", "i|Plan for roughly {dur}."],
    "inv.ask": ["f|Please confirm by replying to this email.", "f|Kindly let me know whether this time works for you.",
                "f|If the time does not suit you, please let me know and we will find an alternative.", "i|Let me know if that works.",
                "i|If it doesn't suit, just shout."],
    "mode.video": ["f|The interview will take place on {tool}: {link}", "Joining link ({tool}): {link}", "i|We'll meet on {tool}: {link}", "Link: {link}"],
    "mode.site": ["f|Address: {place}. Please report {reception}.", "f|You will find us at {place}.", "i|We're at {place} – just ask for me {reception}."],
    "mode.phone": ["f|We will call you on {phone}.", "f|I will ring you on {phone} – is that number still correct?", "i|I'll call you on {phone}.",
                   "i|If anything comes up, my number is {rphone}."],
    "as.s": ["Your assessment for {company}", "Invitation to an online assessment – {role}", "{company} has invited you to an assessment",
             "Next step: online test ({role})"],
    "as.vendor": ["f|{company} has invited you to complete an online assessment on {vendor} as part of your application for {role}. It takes about {mins} minutes and must be completed by {deadline}.",
                  "f|As the next step in the selection process, please complete the \"{test}\" test by {deadline}.",
                  "f|You have been invited to an assessment for the {role} role at {company}. The link is valid until {deadline}.",
                  "f|To help {company} learn more about your skills, please take the {test} assessment before {deadline}.",
                  "i|{company} would like to get to know you better and has sent you a short test ({test}, about {mins} minutes). You have until {deadline}.",
                  "i|Ready for the next step? {company} has set up a quick {mins}-minute assessment for you. It closes on {deadline}."],
    "as.tips": ["Tip: use a desktop browser and a stable internet connection.", "The test cannot be paused, so set aside {mins} minutes in one go.",
                "If you run into technical issues, contact {vendor} support."],
    "as.remind.s": ["Reminder: your {company} assessment expires soon", "Still to do: {test}", "Only a little time left for your assessment"],
    "as.remind": ["Your assessment for {company} is not yet complete. The link expires on {deadline}.",
                  "You have not yet started the \"{test}\" test from {company}. Please complete it by {deadline}.",
                  "Friendly reminder: {company} is waiting for your assessment results. The invitation closes on {deadline}."],
    "as.case.s": ["f|Case study for the next round", "f|Take-home assignment – {role}", "i|A small task for you"],
    "as.case": ["f|As the next step, we would like you to prepare {case}. The brief is attached; please send us your work by {deadline}.",
                "f|Please find attached a short case study: {case}. It should take around {hours} hours. The deadline is {deadline}.",
                "i|Before we meet again, we have a small task for you: {case}. Details are in the PDF; please send it over by {deadline}.",
                "i|As promised, here's the case study ({case}). Please don't spend more than {hours} hours on it.",
                "f|We would like to see how you approach a real problem from our team: {case}. Deadline: {deadline}."],
    "as.case2": ["f|You will present your solution in the next interview (about 20 minutes).", "f|If anything in the brief is unclear, please get in touch.",
                 "i|Any questions, just ask!", "i|You'll walk us through it in the next session."],
    "as.video.s": ["Your video interview for {company}", "Recorded video interview – {role}"],
    "as.video": ["f|As the next step, we invite you to a recorded video interview on HireVue. You will answer {n} questions on video whenever suits you, by {deadline} at the latest.",
                 "f|For the {role} position we use a one-way video interview. You will see {n} questions and have up to three minutes per answer. Please complete it by {deadline}.",
                 "i|Next up is a short recorded video interview ({n} questions). All you need is a camera and a mic – finish it by {deadline}.",
                 "f|Please record your answers to {n} short questions using the link below. There is no live interviewer; the deadline is {deadline}."],
    "rep.s": ["f|Your application for {role}", "f|Quick update – {role}", "f|A question about your application", "f|Your application at {company}",
              "i|Update on your application", "i|Quick question"],
    "rep.review": ["f|I wanted to let you know that your application is still under review. We will get back to you {promise}.",
                   "f|We have not yet finished reviewing applications. You will hear from us {promise}.",
                   "f|The hiring manager is still going through the applications. I expect to be able to update you {promise}.",
                   "f|Your application is still in our process. Because of the holiday season our feedback is taking longer; we will be in touch {vague}.",
                   "i|Just a sign of life from us: we're still on it and will come back to you {promise}.",
                   "i|You're still in the running! We need a little more time – you'll hear from us {promise}."],
    "rep.docs": ["f|To continue with your application, we still need {docs}. Could you send these to us?",
                 "f|Before we invite you to interview, could you please send me {docs}?",
                 "f|To complete your file we are missing {docs}. You can simply reply to this email with the documents.",
                 "i|Could you send me {docs}? Then I can pass everything to the team."],
    "rep.hold": ["f|Thank you for checking in. Hiring for the {role} position is currently paused due to an internal reorganisation. We will let you know as soon as it resumes.",
                 "f|The role is on hold for the moment while next year's budget is approved. Your application remains active.",
                 "f|We have had to pause the process temporarily. I expect we will pick it up again {vague}.",
                 "i|Thanks for the nudge! The role is on ice right now because of some team changes. I'll be in touch as soon as it moves."],
    "rep.timeline": ["f|Thank you again for the good conversation. We are interviewing a few more candidates this week and will come back to you {promise} with a decision.",
                     "f|The team is discussing next steps. You will hear from me {promise}.",
                     "f|A quick update: the final interviews take place next week. We expect to make a decision {vague}.",
                     "f|We are still aligning with {iv1} and will be in touch {promise}.",
                     "i|Thanks for your time! We're talking to two more people this week and will get back to you {promise}.",
                     "i|{iv1_first} really enjoyed the conversation. Give us a bit more time – you'll hear from us {promise}."],
    "rep.answer": ["f|Thank you for your message. No decision has been made yet, as {iv1} is away this week. I will update you {promise}.",
                   "f|Thank you for your patience. We are not quite there yet but expect to give you an answer {promise}.",
                   "f|Good question – we are still waiting for sign-off from management. As soon as I know more, I will let you know.",
                   "i|Thanks for checking in! We're not done yet, but I'll get back to you {promise}.",
                   "i|Sorry it's taking so long. No decision yet – I'll keep you posted."],
    "rep.q": ["f|Before we plan the next step: what are your salary expectations, and what is your notice period?",
              "f|Could you tell me your earliest possible start date and whether relocating to {city} would be an option for you?",
              "f|One quick question: do you hold an EU passport or a work permit?", "i|Quick question first: what are you looking for salary-wise, and when could you start?",
              "i|Would moving to {city} be on the table, or are you looking for remote only?"],
    "rep.cv": ["f|Thank you for your quick reply! So that I can present you to the hiring manager, could you send me your latest CV?",
               "f|Great to hear you are interested. I will share your profile with {iv1} and get back to you {promise} with next steps.",
               "i|Brilliant, glad to hear it! Send me your latest CV and I'll introduce you to the team.",
               "i|Awesome! I'll pass your profile to {iv1_first} and be in touch {vague}."],
    "rep.post": ["f|Welcome aboard! To prepare your contract we still need {docs} and your bank details.",
                 "f|Thank you for accepting our offer. As a next step we need a copy of your passport and {docs}.",
                 "f|I am delighted you have accepted! Attached are your onboarding forms; please return the new-starter form when you can.",
                 "i|So happy you're joining! For your contract I just need {docs} and your tax number."],
    "rep.ivcancel": ["f|I am sorry, but we need to cancel the meeting {old_when} because of a change on our side. I will send you new times {promise}.",
                     "f|Please accept our apologies: the interview {old_when} cannot take place. I will come back to you with new options {vague}.",
                     "i|Sorry, we have to cancel {old_when} – I'll send you new options {promise}."],
    "rep.status.s": ["Your application status has changed", "Update: your application for {role}", "News about your application at {company}"],
    "rep.status": ["f|The status of your application has changed. Your application is now being reviewed by the hiring team.",
                   "f|Your application has moved to the next stage. We will let you know as soon as there is news.",
                   "i|Your application just moved a step forward: the team is having a look now."],
    "out.s": ["f|Your profile – {role} at {company}", "f|{role} opportunity in {city}", "f|Exciting role at {company}", "f|Would you be open to a conversation?",
              "i|Fancy joining {company}?", "i|Quick question about your profile", "i|{role} – thought of you"],
    "out.s.agency": ["{role} with {company} – {city}", "Opportunity: {role} at {company}", "Career move to {company}?"],
    "out.s.conf": ["Confidential: {role} ({city})", "Discreet enquiry – {role}", "New challenge as {role}?"],
    "out.direct": ["f|I came across your profile while looking for someone to join our team, and {field_desc} fits our open {role} position very well.",
                   "f|My name is {rname} and I am a {rtitle} at {company}. We are hiring a {role}, and your experience with {skill} caught my eye.",
                   "f|I am reaching out because we are hiring a {role} in {city}, and I think your background could be a great fit.",
                   "f|We are building out our team at {company} and I would love to tell you about the {role} role.",
                   "f|Your experience with {skill} is exactly what our team at {company} is missing at the moment.",
                   "i|I'm {rfirst} from the talent team at {company}. Your profile stood out, especially your work on {skill}. We're hiring a {role} – would you like to hear more?",
                   "i|Hope it's OK to reach out out of the blue: we're growing the {role} team at {company} and I think you'd be a great match.",
                   "i|I've been looking for someone with your mix of {skill} and international experience for our {role} role."],
    "out.hm": ["f|I lead the team at {company} where we are hiring a {role}. Your profile – particularly {skill} – made me curious.",
               "i|I'm {rfirst}, {rtitle} at {company}. I'm looking for a {role} for my team and your profile really caught my attention.",
               "f|I am the hiring manager for our new {role} position and wanted to contact you directly."],
    "out.agency": ["f|I am a {rtitle} at {agency}, supporting our client {company} with the search for a {role} in {city}. Your experience with {skill} matches the brief very well.",
                   "f|On behalf of {legal} I am looking for a {role}. Your profile impressed me, and I would like to tell you more.",
                   "i|I work at {agency} and I'm recruiting a {role} for {company} in {city}. Sound interesting?"],
    "out.conf": ["f|I am a {rtitle} at {agency}. For {client_desc} I am exclusively looking for a {role} with experience in {skill}. I can share the company name in a call.",
                 "f|My client, {client_desc}, wants to fill a {role} position confidentially. Your profile is an excellent fit.",
                 "i|I'm recruiting for a client ({client_desc}) who needs a {role}. Can't say more by email yet – up for a quick call?"],
    "out.cta": ["f|Would you have time for a short, no-obligation call in the next few days?", "f|I would appreciate a short reply letting me know whether you are open to a conversation.",
                "f|I am happy to send you the job description beforehand.", "i|Let me know if you're up for a quick call.", "i|Happy to share more – just reply here."],
    "out.nudge": ["f|I wanted to follow up on my previous message, as I have not heard back. The {role} role at {company} is still open.",
                  "f|May I bring my earlier note to your attention again? I would be glad to tell you more about the position.",
                  "i|Just bumping this up in case it got buried – the role is still open!", "i|Quick follow-up: any interest in chatting about the {role} role?"],
    "out.nudge.conf": ["f|I wanted to follow up once more. The confidential {role} position is still open and my client would like to meet you.",
                       "i|Quick reminder about my note last week – the {role} role is still available."],
    "out.inmail.s": ["{rname} sent you a message", "New message from {rname} ({company})", "InMail: {role} at {company}"],
    "out.inmail": ["You have a new message from {rname}, {rtitle} at {company}:", "{rname} would like to connect with you:"],
    "off.s": ["f|Your offer from {company}", "f|Offer of employment – {role}", "f|Our offer", "i|We'd love to have you on board!", "i|Your offer 🎉"],
    "off.letter": ["f|We are delighted to offer you the position of {role} at {company}! Please find your offer letter attached.",
                   "f|Following our very positive conversations, I am pleased to make you a formal offer for the {role} role. Details are in the attached letter.",
                   "f|It gives us great pleasure to offer you a place on our team as {role}. Attached is the contract for your review.",
                   "i|Great news: we'd love you to join {company} as our {role}! Your offer is attached.",
                   "i|The team is unanimous – we want to offer you the {role} role. Everything's in the attached offer.",
                   "f|On behalf of {company}, I am happy to extend an offer of employment for the position of {role}."],
    "off.deadline": ["f|We would be grateful for your answer by {deadline}. Please do not hesitate to contact me with any questions.",
                     "f|Please return the signed contract by {deadline}.", "i|Let us know by {deadline} – and call me if anything is unclear!"],
    "off.call.s": ["f|Good news – can we speak?", "f|Your offer: quick call", "f|Offer for the {role} role", "i|Good news 🙂", "i|Have you got 15 minutes?"],
    "off.call": ["f|I have very good news: we would like to make you an offer for the {role} position. Would you have time for a short call {when} so I can go through the details?",
                 "f|The team has chosen you, and I would like to present our offer in person. Would a call {when} work?",
                 "i|I get to make you an offer! Let's jump on a call {when} and walk through the details together.",
                 "i|We want to offer you the role 🎉 Are you free {when}? I'll tell you everything about salary and start date.",
                 "f|We would like to offer you the role. Could we schedule 20 minutes {when} to discuss the package?"],
    "off.esign.s": ["{sender} sent you a document to sign: {doc}", "Please sign: {doc}", "Document for signature: {doc}"],
    "off.esign": ["{sender} ({company}) has sent you a document to review and sign electronically via {vendor}.",
                  "You have been asked to review and sign the following document: {doc}."],
    "off.esign.msg": ["f|Message from {sender}: Dear Ms Hofmann, please find your employment contract as {role}. We look forward to working with you!",
                      "f|Message: as discussed, our offer for the {role} role – please review and sign.",
                      "i|Message from {sender}: Hi Inês, here's your offer – welcome to the team!"],
    "off.revised": ["f|Thank you for your candid feedback. We have discussed it internally and can offer you a revised package: {salary}. All other terms remain unchanged.",
                    "f|We are happy to meet you halfway and increase the base salary to {salary}. The revised contract is attached.",
                    "i|Good news: we can go up to {salary}. The updated offer is attached."],
    "ty.s": ["f|Thank you for the interview", "f|Thank you – {role} interview", "f|Following up on our conversation", "i|Thanks for today!", "i|Great chatting today"],
    "ty.c": ["f|Thank you very much for taking the time to speak with me today. I came away with a very good impression of {company} and the {role} role.",
             "f|Many thanks for the interesting conversation and for the insight into your team.",
             "f|I wanted to thank you again for the interview. It strengthened my wish to join {company} as {role}.",
             "f|Thank you for a very open and engaging conversation this afternoon.",
             "i|Thanks again for the great chat today – I really enjoyed it!",
             "i|Thank you for your time and for being so open. I'm even more excited about {company} now.",
             "i|Just a quick note to say thanks for today's conversation."],
    "ty.detail": ["f|I particularly enjoyed our discussion about {topic}.", "f|Hearing about {topic} showed me how my experience could contribute.",
                  "i|{topic} sounded especially exciting.", "i|I've been thinking about {topic} since – I already have a few ideas.",
                  "f|Our exchange on {topic} was especially valuable to me.", "i|Loved hearing about {topic}."],
    "ty.close": ["f|I look forward to hearing from you.", "f|Please let me know if you need anything else from me.", "i|Looking forward to hearing from you!",
                 "i|Let me know if any questions come up.", "f|Looking forward to the next steps."],
    "fu.s": ["f|Following up on my application – {role}", "f|Quick follow-up: {role}", "f|Status of my application", "i|Checking in", "i|Any news?"],
    "fu.c": ["f|I hope you are well. After our conversation on {when_done}, I wanted to ask whether there is any news on the {role} position.",
             "f|I wanted to check in on the status of the selection process. I remain very interested in the role.",
             "f|As our interview with {iv1} was about a week ago, I thought I would follow up briefly.",
             "i|Just wanted to check in and see if there's any news. I'm still really keen on the role!",
             "i|Quick one: how are things looking on your side? Has a decision been made?",
             "f|I am writing to follow up on my interview for the {role} position."],
    "fu.apply": ["f|I applied for the {role} position on {when_done} and wanted to ask whether my application arrived complete and what the next steps are.",
                 "f|A few weeks ago I applied for the {role} role, and I would be grateful for a short update on my application.",
                 "i|I applied for {role} a few weeks ago and wanted to check whether you've had a chance to look at my application.",
                 "f|I am writing to enquire about the status of my application for {role}."],
    "fu.promise": ["f|You mentioned I could expect to hear back around now. Is there any news regarding the {role} position?",
                   "f|I wanted to politely ask whether a decision has been made.", "i|You'd mentioned you'd be in touch by now – any news?",
                   "f|Following your last email, I wanted to check whether there has been any progress."],
    "fu.close": ["f|Thank you in advance for your reply.", "f|I am happy to provide any further information.", "i|Thanks so much!",
                 "i|Looking forward to hearing from you."],
    "o.acceptslot": ["f|Thank you for the invitation! {slot} works very well for me. I look forward to our conversation.",
                     "f|I am happy to confirm {slot}.", "i|Thanks! {slot} is perfect – see you then!"],
    "o.interested": ["f|Thank you for your message. The role sounds very interesting and I would be happy to talk. When would suit you?",
                     "f|Thanks for reaching out! I would like to learn more about the {role} position.", "i|Thanks for the message – sounds exciting! Happy to have a call."],
    "o.withdraw": ["f|I would like to let you know that I am withdrawing my application for {role}, as I have accepted another offer. Thank you for your time and interest.",
                   "f|After careful consideration I have decided to withdraw my application. Thank you for the pleasant conversations.",
                   "i|Just wanted to let you know I'm withdrawing – I've accepted another offer. Thanks for everything!"],
    "o.withdraw.s": ["Withdrawal of my application – {role}", "My application for {role}"],
    "o.negotiate": ["f|Thank you for the offer – I am very pleased. Before accepting, I would like to discuss the salary: given my experience, I was thinking of around {salary}. Is there any flexibility?",
                    "i|Thanks for the offer, I'm thrilled! On salary I had something closer to {salary} in mind – is there any room?"],
    "o.acceptoffer": ["f|Thank you very much for the offer. I am delighted to accept and look forward to starting at {company}!",
                      "f|I am happy to confirm my acceptance of the {role} position. I will return the signed contract in the next few days.",
                      "i|It's a yes! 🎉 Thank you – I can't wait to join."],
    "o.generic.s": ["Re: {role}", "{role} at {company}", "Inês Hofmann – {role}"],
    "o.ooo": ["Thank you for your email. I am out of the office until {back} with limited access to email. For urgent matters please contact {colleague} ({colleague_mail}).",
              "I am currently away and will be back on {back}. Your email will not be forwarded.",
              "Thanks for your message! I'm on holiday until {back}. For questions about ongoing applications, {colleague} ({colleague_mail}) can help."],
    "o.viewed.s": ["Your application was viewed", "{company} viewed your application", "News: your application was opened"],
    "o.viewed.c": ["{company} viewed your application for {role}. Now is a good time to update your profile.",
                   "Your application for {role} was opened by the employer. We'll keep you posted."],
}

B.update({
    "x.alert.s": ["{n} new jobs for \"{query}\"", "Job alert: {query} in {city}", "New jobs that match your profile", "Your daily job alert: {n} matches"],
    "x.alert.c": ["Here are the latest jobs for your search \"{query}\":", "We found new openings for \"{query}\" today:", "These companies are hiring now – apply in one click:"],
    "x.alert.x": ["Tip: a complete profile lets you apply with one click.", "Apply early – the first applications are often read first.", "You can edit or pause this alert in your settings."],
    "x.news.s": ["How to ace your next interview", "Salary negotiation: 7 tips before you accept an offer", "Your career newsletter: what's new in hiring"],
    "x.news.c": ["Your monthly career newsletter from {board}. This time:", "New on the {board} blog – our picks for your job search:"],
    "x.news.items": ["The 10 most common interview questions", "How to negotiate a job offer", "Do you still need a cover letter?", "Working remotely from abroad: what to know",
                     "Video interviews: a five-minute tech check", "Got a rejection? How to stay motivated"],
    "x.news.from": ["Careers"],
    "x.account.s": ["Verify your email address", "Your candidate account has been created", "Reset your password", "Your verification code: {code}"],
    "x.account.c": ["Please confirm your email address to activate your candidate account with {company}.", "You asked to reset your password. Your code is {code}; it expires in 15 minutes.",
                    "Welcome to the {company} careers site! With your account you can save applications and submit them later."],
    "x.views.s": ["Your profile was viewed {n} times", "You appeared in {n} searches this week", "See who viewed your profile"],
    "x.views.c": ["Recruiters viewed your profile {n} times in the last 7 days. Upgrade to Premium to see who.", "You appeared in {n} searches – recruiters are looking for profiles like yours."],
    "x.scam.s": ["Job offer: remote, €{amount} per day", "Your application has been approved – start today", "Interview via WhatsApp"],
    "x.scam.c": ["Hello, we found your CV on a job board. We offer you a remote product-tester position paying €{amount} per day, no experience needed.",
                 "Congratulations! You have been selected for a remote position. A one-time onboarding fee of €49 is required.",
                 "Our HR team would like a short interview by WhatsApp. Please message {phone}."],
    "x.scam.x": ["Reply fast, places are limited!", "Please send a copy of your ID and your bank details.", "This offer is valid for 24 hours only."],
    "x.flat.s": ["Your application for the flat on {street}", "Invitation to view the apartment", "Your rental application"],
    "x.flat.c": ["Thank you for applying for the {n}-bedroom flat on {street}. We would like to invite you to a viewing {when}. Please bring proof of income and a reference from your current landlord.",
                 "Unfortunately the apartment on {street} has already been let. We wish you the best of luck with your search.",
                 "Your rental application has been received. The agency will contact you once the landlord has decided."],
    "x.card.s": ["Your credit card application", "Your application has been approved", "We are reviewing your application ({ref})"],
    "x.card.c": ["Thank you for applying for a {bank} credit card. We are checking your details and will be in touch within a few days.",
                 "Good news: your credit card application has been approved. Your card is on its way."],
    "x.visa.s": ["Your visa interview appointment", "Appointment confirmation – visa application", "Biometrics appointment confirmed"],
    "x.visa.c": ["Your visa interview is scheduled {when} at the consulate. Reference: {ref}. Please bring your passport and the confirmation page.",
                 "This confirms your biometrics appointment {when} (reference {ref}). Late arrivals may need to rebook."],
    "x.school.s": ["Your application to the MSc programme", "Invitation to an admissions interview", "Admission decision – executive master"],
    "x.school.c": ["Thank you for applying to our MSc in Supply Chain Management. We would like to invite you to an admissions interview {when}.",
                   "Your application for the part-time master is complete. The admissions committee will decide after the deadline."],
    "x.promo.s": ["Today only: {pct}% off everything – our offer for you", "Your exclusive offer is waiting", "Last chance: offer ends at midnight"],
    "x.promo.c": ["Get {pct}% off at {shop} now. The offer ends on Sunday.", "As a loyal customer you get a special offer: {pct}% off your next order."],
    "x.social.s": ["{name} wants to connect", "{name} commented on your post", "New invitation"],
    "x.social.c": ["{name} ({title}) would like to join your network.", "{name} reacted to your post: \"Congrats on the new chapter!\""],
    "x.receipt.s": ["Your booking confirmation", "Your receipt from {shop}", "Payment confirmation"],
    "x.receipt.c": ["Thank you for booking with {shop}. Amount: €{amount}. Your invoice is in your account.", "We received your payment of €{amount}. Order number {ref}."],
    "x.personal.s": ["So? How did it go?", "Saw this job and thought of you", "Fingers crossed!"],
    "x.personal.c": ["Hey Inês, how did the interview go yesterday? Tell me everything! And if there's an offer, negotiate a bit 😉",
                     "Hi Inês, saw this posting and immediately thought of you – have a look, might be your thing. Just apply!",
                     "Dear Inês, fingers crossed for tomorrow! Let us know when you hear something."],
    "x.event.s": ["Invitation: Supply Chain Careers Fair", "Webinar: negotiating your next offer", "Your registration for Careers Night"],
    "x.event.c": ["You're registered for our event {when}. Meet 40+ employers and get your CV reviewed.",
                  "In the webinar {when} we'll show you how to stand out in interviews and negotiate your offer. The calendar invite is attached."],
    "x.press.s": ["Interview request for our podcast", "Interview for the alumni magazine", "Quick interview about your career path?"],
    "x.press.c": ["I host the podcast \"Women in Ops\" and would love to interview you. Would {when} work? It takes about 30 minutes.",
                  "For the next issue of our alumni magazine we'd like to interview you about your international career – {when} on Zoom?"],
    "x.pes.s": ["Invitation to an employment advice meeting", "Your Intreo appointment", "Appointment reminder"],
    "x.pes.c": ["You are invited to a meeting about your employment situation {when}. Reference {ref}. Please bring your CV.",
                "Please remember your appointment {when}. If you cannot attend, please cancel in good time."],
    "x.survey.s": ["How was your application experience at {company}?", "Your opinion matters: a short survey", "Feedback on your candidate experience"],
    "x.survey.c": ["You recently applied to {company}. How satisfied were you with the process? The survey takes two minutes.",
                   "Help us improve: rate your application process at {company}. Your answers are anonymous."],
    "x.outpersonal.s": ["Interview today!", "News 🙂", "Quick update"],
    "x.outpersonal.c": ["Hi {name}, I think the interview went really well today! They said they'd get back to me next week. Fingers crossed!",
                        "Hey {name}, I got an offer! Still thinking about the salary. Free for a call this weekend?"],
    "x.outflat.s": ["Following up on my application for the flat", "Flat on {street} – documents"],
    "x.outflat.c": ["Hello, I applied for the flat on {street} last week and wanted to ask whether it is still available. I am happy to send more documents.",
                    "Hello, as discussed, please find my payslips for the flat on {street}. I look forward to hearing from you."],
    "x.tc.s": ["New jobs at {company}", "Your talent newsletter from {company}", "Roles you might like"],
    "x.tc.c": ["As a member of our talent community, here are the latest openings at {company}:", "We're growing! These roles just opened at {company}:"],
    "x.bounce.s": ["Undeliverable: Following up on my application", "Mail delivery failed: returning message to sender", "Delivery Status Notification (Failure)"],
    "x.bounce.c": ["Your message could not be delivered to the following recipient: {addr}. The email address does not exist.",
                   "This message was created automatically by mail delivery software. A message that you sent could not be delivered to one or more of its recipients: {addr}"],
})
OSEND = {
    "scam": [("HR Department", "hr.department.jobs@mailbox-fast.example"), ("Global Remote Careers", "careers@quickhire.test")],
    "flat": [("Liffey Lettings", "lettings@liffey-lettings.example"), ("Sodermalm Housing Queue", "noreply@bostadsko.example")],
    "card": [("Harbour Bank", "cards@harbourbank.example"), ("Baltic Credit", "service@balticcredit.example")],
    "visa": [("Visa Application Centre", "noreply@visa-centre.example"), ("Consulate Appointments", "appointments@consular-services.example")],
    "school": [("Admissions Office – Dublin Business School of Logistics", "admissions@dbsl.example"), ("Nordic School of Management", "master@nsm.example")],
    "promo": [("Skyline Airways", "offers@skyline-air.example"), ("LearnHub", "deals@learnhub.example")],
    "receipt": [("Skyline Airways", "bookings@skyline-air.example"), ("LinkedIn Premium", "billing@linkedin-mail.example")],
    "personal": [("Marta Ribeiro", "marta.ribeiro@correio.example"), ("Sophie Lindqvist", "sophie.l@mail-se.example")],
    "event": [("Nordic Careers Fair", "events@nordiccareers.example"), ("Women in Ops", "webinars@womeninops.example")],
    "press": [("Aoife Brennan", "aoife@womeninops-podcast.example"), ("Alumni Magazine", "editor@alumni-mag.example")],
    "pes": [("Intreo Centre", "noreply@intreo-service.example")],
}

UI["open"] = "View details"

# a few more English variants for the candidate's own mail, assessments and offers
B["ty.c"] += ["f|Thank you for meeting with me and for walking me through how the team works day to day.",
              "f|I really appreciated the time you spent answering my questions about the {role} position.",
              "i|Thanks a lot for the conversation earlier – it gave me a really clear picture of the role.",
              "i|Many thanks for today, and for making the interview feel like a real conversation."]
B["fu.c"] += ["f|I hope this finds you well. I wanted to follow up on the {role} interview and ask whether a decision is expected soon.",
              "i|Hope your week is going well! Just checking whether there's any update on the {role} role.",
              "f|I remain very interested in joining {company} and would be grateful for any update on the timeline."]
B["as.vendor"] += ["f|Thank you for your interest in {company}. The next step is a {mins}-minute online assessment ({test}), which must be completed before {deadline}."]
B["off.letter"] += ["i|I'm thrilled to share that we'd like you to join us as {role}. The offer letter is attached – have a read and let me know your thoughts."]

UI["test"] = "Assessment"
