"""Swedish: short mail written by people; du throughout, with a formal and a casual tone."""
from lang_en import F

CODE = "sv"
ATS_REG = 'i'
P_FORMAL = 0.4
WD = ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"]
WDA = ["mån", "tis", "ons", "tors", "fre", "lör", "sön"]
MON = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november",
       "december"]


def _h(t, rng):
    if t.minute == 0:
        return rng.choice([f"kl. {t.hour}.00", f"kl {t.hour}", f"kl. {t.hour:02d}:00"])
    return rng.choice([f"kl. {t.hour}.{t.minute:02d}", f"kl {t.hour}:{t.minute:02d}"])


def when(t, rng, reg, zone):
    wd, d, mon = WD[t.weekday()], t.day, MON[t.month - 1]
    return rng.choice([f"på {wd} den {d} {mon} {_h(t, rng)}", f"{wd} {d}/{t.month} {_h(t, rng)}", f"{wd} {d} {mon} {_h(t, rng)}"])


def tomorrow(t, rng, reg, zone):
    return rng.choice([f"i morgon {_h(t, rng)}", f"imorgon ({WD[t.weekday()]}) {_h(t, rng)}"])


def quote_hdr(t, name, addr, rng, reg):
    return f"Den {WDA[t.weekday()]} {t.day} {MON[t.month - 1]} {t.year} kl {t.hour:02d}:{t.minute:02d} skrev {name} <{addr}>:"


def city(reg, co):
    return "Göteborg" if "alvsby" in co[1] else "Stockholm"


RE = ["Sv: ", "SV: ", "Re: "]
PHONE = ["Skickat från min iPhone", "Skickat från min mobil"]
GREET_ME = {"f": ["Hej Mira,", "Hej Mira!", "God morgon Mira,", "Hejsan Mira,"],
            "i": ["Hej Mira!", "Hej!", "Hallå Mira,", "Tjena Mira,", "Hej hej,"]}
GREET_TO = {"f": {"f": ["Hej {tf},", "Hej {tf}!"], "m": ["Hej {tf},", "Hej {tf}!"]},
            "i": {"f": ["Hej {tf}!", "Hallå {tf},", "Hej,"], "m": ["Hej {tf}!", "Hallå {tf},", "Hej,"]}}
CLOSE = {"f": ["Med vänliga hälsningar", "Vänliga hälsningar", "Hälsningar", "Mvh"],
         "i": ["Ha det bra!", "Hörs!", "Mvh", "Kram", "Tack!"]}
TITLES = [("Rekryterare",) * 2, ("HR-chef",) * 2, ("Talent Acquisition Partner",) * 2, ("Teamledare Data",) * 2,
          ("Grundare",) * 2]
IV_TITLES = [("teamledare för analys",) * 2, ("vår CTO",) * 2, ("driftchef",) * 2, ("chef för Supply Chain",) * 2]
ATS_NAMES = ["{co} Rekrytering", "Karriär på {co}", "{co} Jobb"]
SIG_TEAM = ["Rekryteringsteamet på {co}", "{co} | HR"]
CLIENT_HIDDEN = ["min kund", "vår kund"]
CLIENT_DESC = ["ett växande logistikbolag i {city}", "ett etablerat försäkringsbolag i {city}", "ett techbolag i {city}"]
ROLES = ["Dataanalytiker", "Data Analyst", "Verksamhetsanalytiker", "Supply chain-planerare", "BI-utvecklare", "Affärsanalytiker"]
VAGUE = ["Snabb fråga", "Nästa steg", "Uppdatering", "Hej", "Hej Mira", "", "Info", "Prata lite?"]

SUBJ = {
    "application_ack": ["Din ansökan", "Tack för din ansökan", "Ansökan {role}", "Tack för din ansökan till {co}", "Sv: {role}"],
    "recruiter_outreach": ["{role} hos {co}", "Spännande roll: {role}", "Hinner du prata?", "Möjlighet på {co}"],
    "interview_invite": ["Inbjudan till intervju", "Intervju - {role}", "Intervju hos {co}", "Tidsförslag", "Samtal?"],
    "assessment": ["Nästa steg: case", "Onlinetest - {role}", "Arbetsprov"],
    "recruiter_reply": ["Uppdatering", "Lägesuppdatering", "Sv: {role}", "Några frågor"],
    "rejection": ["Din ansökan", "Ansökan {role}", "Besked om din ansökan", "Angående din ansökan till {co}"],
    "offer": ["Erbjudande - {role}", "Goda nyheter!", "Anställningserbjudande {co}", "Ringa idag?"],
    "thank_you": ["Tack", "Tack för samtalet", "Tack - intervju {role}", "Tack!", "Intervjun hos {co}"],
    "follow_up": ["Hur går det med min ansökan?", "Avstämning", "{role} - något nytt?", "Ansökan {role} hos {co}"],
}

K = {
    "application_ack": [
        F("person", "f", ["Tack för din ansökan till tjänsten som {role}. Vi har tagit emot den och återkommer.",
                          "Tack för ditt intresse för {co}! Ditt CV har kommit fram."]),
        F("person", "i", ["Tack för ansökan! Jag kikar på den den här veckan.", "Fått ditt CV, tack! Skickar det vidare till teamet."], short=True),
        F("ats", "*", ["Tack för din ansökan till tjänsten {role} på {co}. Vi har tagit emot den."], who="ats"),
    ],
    "recruiter_outreach": [
        F("direct", "f", ["Jag hittade din profil och tror att du skulle passa bra för vår roll som {role} på {co}. Är du öppen för ett kort samtal?"]),
        F("direct", "i", ["Såg din profil - vi söker en {role} på {co}. Sugen på att höras?", "Är du öppen för nya utmaningar? Vi har en roll som {role} som kan passa dig."],
          short=True),
        F("agency", "*", ["Jag rekryterar en {role} åt {client}. Har du tid för ett kort samtal den här veckan?",
                          "Jag jobbar med en roll som {role} hos {desc}. Är du intresserad?"], who="agency"),
        F("nudge", "*", ["Lyfter mitt mejl nedan igen.", "Påminner bara - rollen är fortfarande öppen!"], nudge=True, nodetail=True, short=True),
    ],
    "interview_invite": [
        F("time", "f", ["Vi vill gärna bjuda in dig till en intervju {when}. Passar det?",
                        "Tack för din ansökan som {role}. Vi vill gärna träffa dig för en videointervju {when}."], time=True, meet=True),
        F("time", "i", ["Kan du ses för en intervju {when}?", "Vi vill gärna träffa dig! Funkar {when}?"], time=True, meet=True, short=True),
        F("time_self", "*", ["Kan vi höras {when}? Jag ringer dig.", "Har du tid för ett kort samtal med mig {when}?"], time=True, self=True,
          short=True),
        F("ask", "f", ["Vi vill gärna bjuda in dig till en första intervju. Vilka tider passar dig nästa vecka?"], meet=True),
        F("ask", "i", ["Teamet vill gärna träffa dig! När kan du nästa vecka?", "Nästa steg är en intervju med chefen - skicka gärna några tider."],
          meet=True, short=True),
        F("ask_self", "*", ["Jag skulle vilja ta ett första samtal med dig. När passar det den här veckan?"], self=True),
        F("ag_time", "*", ["Goda nyheter: {client} vill träffa dig {when}. Passar det?"], who="agency", time=True),
        F("ag_ask", "*", ["Goda nyheter: {client} vill gärna träffa dig. När kan du?"], who="agency"),
    ],
    "assessment": [
        F("case", "f", ["Som nästa steg vill vi att du gör ett kort case. Instruktionerna hittar du här: {tlink}"]),
        F("case", "i", ["Nästa steg är ett litet arbetsprov, max 2-3 timmar. Länk: {tlink}"], short=True),
        F("test", "*", ["Gör gärna vårt onlinetest via länken: {tlink} (ca 40 minuter)."]),
        F("ats", "*", ["{co} bjuder in dig till ett onlinetest för tjänsten {role}: {tlink}"], who="ats"),
    ],
    "recruiter_reply": [
        F("wait", "f", ["Tack för ditt tålamod. Processen pågår fortfarande och jag återkommer så snart jag vet mer."]),
        F("wait", "i", ["Inget nytt än, sorry - chefen är på semester den här veckan.", "Väntar fortfarande på feedback från teamet, jag jagar dem."],
          short=True),
        F("hold", "*", ["Kort uppdatering: rekryteringen till {role} är pausad tills vidare på grund av budgeten. Jag hör av mig när den drar igång igen."]),
        F("docs", "*", ["Kan du skicka din löneförväntan och uppsägningstid?", "Kan du skicka två referenser?"], short=True),
        F("pos", "*", ["Teamet var väldigt positiva efter intervjun och vill gå vidare med dig. Jag återkommer om nästa steg."]),
        F("ag", "*", ["Jag har skickat din profil till {client}; de tittar på den den här veckan."], who="agency"),
    ],
    "rejection": [
        F("std", "f", ["Tack för ditt intresse. Tyvärr har vi valt att gå vidare med andra kandidater.",
                       "Efter noggrant övervägande har vi valt en annan kandidat till tjänsten som {role}."]),
        F("short", "i", ["Tyvärr blev det inte du den här gången - vi gick vidare med någon annan.", "Tack för mejlet. Tyvärr blir det ett nej."],
          short=True),
        F("filled", "*", ["Tjänsten som {role} har tillsatts internt, så vi går inte vidare med din ansökan."]),
        F("ats", "*", ["Tack för din ansökan till {co}. Tyvärr går vi inte vidare med din ansökan den här gången."], who="ats"),
        F("ag", "*", ["Jag har fått besked från {client}: tyvärr har de valt en annan kandidat."], who="agency", short=True),
    ],
    "offer": [
        F("offer", "f", ["Jag är glad att kunna erbjuda dig tjänsten som {role} på {co}. Det skriftliga erbjudandet kommer i morgon."]),
        F("offer", "i", ["Goda nyheter: vi vill anställa dig! Jag skickar erbjudandet idag.", "Vi vill ha dig i teamet! Detaljer om erbjudandet kommer."],
          short=True),
        F("call", "*", ["Har du några minuter idag? Jag skulle vilja ringa dig - vi vill ge dig ett erbjudande."], short=True, nodetail=True),
    ],
    "thank_you": [
        F("ty", "f", ["Tack för ett trevligt samtal i morse. Rollen som {role} på {co} känns väldigt intressant."]),
        F("ty", "i", ["Tack igen för pratstunden idag, det var jättekul!", "Tack för din tid igår!"]),
    ],
    "follow_up": [
        F("fu", "f", ["Jag ville höra hur det går med min ansökan till tjänsten som {role}.", "Finns det något nytt kring min ansökan till {co}?"]),
        F("fu", "i", ["Ville bara kolla om det finns något nytt?", "Något nytt om rollen som {role}?"]),
    ],
    "other_out": [
        F("apply", "f", ["Jag vill söka tjänsten som {role}. Mitt CV finns här: https://cv.example/mira-lindgren"], noreply=True),
        F("interest", "*", ["Tack för att du hörde av dig - jag pratar gärna.", "Låter spännande! Jag kan de flesta eftermiddagar."],
          parent="recruiter_outreach"),
        F("avail", "*", ["Tack! Jag kan {when}, eller onsdag förmiddag."], time=True, parent="interview_invite", parent_fam=["ask", "ask_self"]),
        F("avail_open", "*", ["Tack för svaret. Nästa vecka är jag ganska flexibel."], parent="recruiter_outreach"),
        F("accept", "*", ["Tack, tiden passar bra. Vi ses!", "Perfekt, jag är med.", "Toppen, bekräftat."], reply=True,
          parent="interview_invite", parent_fam=["time", "time_self"], reuse_when=True),
        F("question", "*", ["Snabb fråga innan vi pratar: är rollen hybrid eller helt på distans?"]),
        F("decline", "*", ["Tack för att du tänkte på mig, men jag söker inte just nu."], reply=True, parent="recruiter_outreach"),
        F("acc_offer", "*", ["Jag tackar gärna ja till erbjudandet! Ser fram emot att börja."], reply=True, parent="offer"),
        F("withdraw", "*", ["Jag vill dra tillbaka min ansökan eftersom jag har tackat ja till ett annat erbjudande. Tack för er tid."]),
        F("personal", "i", ["Blir det fika på lördag? Jag tar med bullar.", "Hade anställningsintervjun idag, tror det gick bra!"], who="friend"),
        F("family", "i", ["Hej mamma! Intervjun gick bra tror jag, jag ringer i helgen. Kram"], who="friend"),
    ],
    "other_in": [
        F("friend_iv", "i", ["Hur gick intervjun?? Ring mig!", "Hade min andra intervju på banken idag, håll tummarna!"], who="friend",
          lookalike=True, s=["nå??", "intervjun"], why="a friend writing about interviews"),
        F("friend_offer", "i", ["Jag fick jobbet!!! De gav mig ett erbjudande i morse. Firar vi på lördag?"], who="friend", lookalike=True,
          s=["nyheter!!"], why="a friend's own job news"),
        F("family", "i", ["Hur gick intervjun, gumman? Ring när du kan. Kram mamma", "Glöm inte farmors födelsedag på söndag!"],
          who="family", lookalike=True, s=["intervjun", "söndag"], why="her mother asking about an interview"),
        F("flat", "*", ["Tack för din intresseanmälan för lägenheten på {place}. Visningen är {when}."], who="org",
          hosts=["bostad-sodermalm.example"], lookalike=True, time=True, v={"place": ["Götgatan 41", "Hornsgatan 8"]},
          s=["Intresseanmälan lägenhet", "Visning {place}"], sig=["{mef}\nBostad Södermalm"], why="a flat rental application"),
        F("ooo", "*", ["Jag är ledig till och med måndag. Vid brådskande ärenden, mejla rekrytering@granlund.example."], who="org",
          hosts=["granlund.example"], lookalike=True, s=["Automatiskt svar: Avstämning", "Frånvaro"], sig=["{mef}"],
          why="a recruiter's out-of-office auto-reply"),
        F("receipt", "*", ["Tack för din beställning nr {num}. Den levereras på torsdag."], who="org", hosts=["butik.example"],
          disp=["Beställningar"], addr="no-reply", v={"num": ["40912", "77120"]}, s=["Order {num}"], why="a receipt"),
    ],
}

MEET = {"f": ["Du träffar {iv}, {ivt}.", "Intervjun hålls av {iv} ({ivt})."],
        "i": ["Du kommer prata med {iv}, {ivt}.", "{ivf} från datateamet är också med."]}

DETAIL = {
    "application_ack": [("*", "Du får besked inom två veckor.", "d14"), ("i", "Jag hör av mig senast på fredag.", "fri"),
                        ("*", "Vi har fått många ansökningar, så det kan ta lite tid.", None)],
    "recruiter_outreach": [("*", "Rollen är hybrid, två dagar på kontoret.", None)],
    "interview_invite": [("*", "Det tar ungefär 45 minuter, via Teams.", None), ("*", "Länk: {link}", None)],
    "assessment": [("*", "Hör av dig om du har frågor.", None)],
    "recruiter_reply": [("*", "Jag återkommer senast på fredag.", "fri"), ("*", "Vi räknar med ett beslut inom två veckor.", "d14"),
                        ("*", "Vi vet mer i slutet av nästa vecka.", None), ("*", "Tack för ditt tålamod.", None)],
    "rejection": [("*", "Lycka till framöver!", None)],
    "offer": [("*", "Lönen är som vi pratade om.", None), ("*", "Ta gärna några dagar att fundera.", None)],
    "thank_you": [("*", "Jag ser fram emot att höra från dig.", None)],
    "follow_up": [("*", "Jag är fortfarande väldigt intresserad av rollen.", None)],
}
