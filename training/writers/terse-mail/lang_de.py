"""German (Germany, Austria, Switzerland): short mail written by people; Sie and du."""
from lang_en import F

CODE = "de"
ATS_REG = None
P_FORMAL = 0.55
WD = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
WDA = ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."]
MON = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
       "Dezember"]


def _uhr(t, rng):
    if t.minute == 0:
        return rng.choice([f"{t.hour} Uhr", f"{t.hour}:00 Uhr", f"{t.hour}.00 Uhr"])
    return rng.choice([f"{t.hour}:{t.minute:02d} Uhr", f"{t.hour}.{t.minute:02d} Uhr"])


def when(t, rng, reg, zone):
    wd, d, m = WD[t.weekday()], t.day, t.month
    u = _uhr(t, rng)
    if zone == "Europe/Vienna" and t.month == 1 and rng.random() < 0.5:
        mon = "Jänner"
    else:
        mon = MON[m - 1]
    return rng.choice([f"am {wd}, {d}. {mon} um {u}", f"am {WDA[t.weekday()]}, {d:02d}.{m:02d}. um {u}",
                       f"am {wd}, den {d:02d}.{m:02d}., um {u}", f"am {wd}, {d}. {mon}, um {u}"])


def tomorrow(t, rng, reg, zone):
    return rng.choice([f"morgen um {_uhr(t, rng)}", f"morgen ({WD[t.weekday()]}) um {_uhr(t, rng)}"])


def quote_hdr(t, name, addr, rng, reg):
    if rng.random() < 0.7:
        return f"Am {WDA[t.weekday()]}, {t.day}. {MON[t.month - 1]} {t.year} um {t.hour:02d}:{t.minute:02d} Uhr schrieb {name} <{addr}>:"
    return f"Am {t.day:02d}.{t.month:02d}.{t.year} um {t.hour:02d}:{t.minute:02d} schrieb {name} <{addr}>:"


def city(reg, co):
    return {"Europe/Vienna": "Wien", "Europe/Zurich": "Zürich"}.get(co[3], "Berlin")


RE = ["AW: ", "Re: ", "AW: "]
PHONE = ["Von meinem iPhone gesendet", "Gesendet von meinem Smartphone", "Von unterwegs gesendet",
         "Von meinem iPhone gesendet"]
GREET_ME = {"f": ["Sehr geehrte Frau Lindgren,", "Guten Tag Frau Lindgren,", "Liebe Frau Lindgren,",
                  "Hallo Frau Lindgren,"],
            "i": ["Hallo Mira,", "Hi Mira,", "Liebe Mira,", "Moin Mira,", "Servus Mira,", "Hallo Mira!"]}
GREET_TO = {"f": {"f": ["Sehr geehrte Frau {tl},", "Guten Tag Frau {tl},", "Liebe Frau {tl},", "Hallo Frau {tl},"],
                  "m": ["Sehr geehrter Herr {tl},", "Guten Tag Herr {tl},", "Lieber Herr {tl},", "Hallo Herr {tl},"]},
            "i": {"f": ["Hallo {tf},", "Hi {tf},", "Liebe {tf},"], "m": ["Hallo {tf},", "Hi {tf},", "Lieber {tf},"]}}
CLOSE = {"f": ["Mit freundlichen Grüßen", "Freundliche Grüße", "Beste Grüße", "Viele Grüße", "Freundliche Grüsse"],
         "i": ["Viele Grüße", "LG", "Beste Grüße", "Bis bald", "Liebe Grüße", "Gruß", "Grüße"]}
TITLES = [("Recruiter", "Recruiterin"), ("Personalreferent", "Personalreferentin"), ("Talent Acquisition",) * 2,
          ("Leiter People & Culture", "Leiterin People & Culture"), ("HR Business Partner",) * 2,
          ("Teamleiter Data", "Teamleiterin Data"), ("Geschäftsführer", "Geschäftsführerin")]
IV_TITLES = [("Teamleiter Analytics", "Teamleiterin Analytics"), ("CTO",) * 2, ("Head of Operations",) * 2,
             ("Bereichsleiter Logistik", "Bereichsleiterin Logistik"), ("Fachbereichsleiter", "Fachbereichsleiterin")]
ATS_NAMES = ["{co} Recruiting", "{co} Karriere", "Recruiting-Team {co}", "{co} Personalabteilung"]
SIG_TEAM = ["Ihr Recruiting-Team von {co}", "{co} | Personal"]
CLIENT_HIDDEN = ["mein Kunde", "unser Mandant"]
CLIENT_DESC = ["ein wachsendes Logistikunternehmen in {city}", "ein etablierter Versicherer in {city}",
               "ein Scale-up aus {city}", "ein Mittelständler in der Nähe von {city}"]
ROLES = ["Datenanalystin", "Data Analyst", "Business Analystin", "Supply Chain Planerin", "BI-Entwicklerin",
         "Referentin Operations", "Werkstudentin Data Analytics"]
VAGUE = ["Kurze Frage", "Nächste Schritte", "Rückmeldung", "Hallo", "Update", "Kurzes Telefonat?",
         "", "Termin", "Info"]

SUBJ = {
    "application_ack": ["f:Ihre Bewerbung", "Eingangsbestätigung", "Eingangsbestätigung Ihrer Bewerbung als {role}",
                        "i:Deine Bewerbung bei {co}", "Bewerbung {role}", "AW: Bewerbung als {role}"],
    "recruiter_outreach": ["Spannende Position als {role}", "{role} bei {co}", "Kurzer Austausch?", "f:Ihr Profil",
                           "Neue Herausforderung?", "Position {role}"],
    "interview_invite": ["Einladung zum Vorstellungsgespräch", "Einladung zum Kennenlernen", "Gespräch {role}",
                         "Terminvorschlag", "Kennenlernen bei {co}", "Vorstellungsgespräch"],
    "assessment": ["Nächster Schritt: Fallstudie", "Online-Test {role}", "Aufgabe für die nächste Runde", "Case Study"],
    "recruiter_reply": ["Zwischenstand", "Kurzes Update", "AW: {role}", "f:Ihre Bewerbung - Zwischenstand", "Rückfragen"],
    "rejection": ["f:Ihre Bewerbung", "f:Ihre Bewerbung als {role}", "Absage", "f:Rückmeldung zu Ihrer Bewerbung",
                  "i:Deine Bewerbung bei {co}"],
    "offer": ["Angebot", "Gute Nachrichten!", "Vertragsangebot {role}", "Kurz telefonieren?", "f:Ihr Angebot von {co}"],
    "thank_you": ["Vielen Dank", "Danke für das Gespräch", "Vielen Dank für das Gespräch - {role}",
                  "Danke!", "Unser Gespräch bei {co}"],
    "follow_up": ["Nachfrage zu meiner Bewerbung", "Kurze Nachfrage", "Bewerbung {role} - Stand?",
                  "Nachfrage: {role} bei {co}", "Stand der Dinge"],
}

K = {
    "application_ack": [
        F("person", "f", ["vielen Dank für Ihre Bewerbung als {role}. Wir haben Ihre Unterlagen erhalten und melden uns bald.",
                          "hiermit bestätigen wir den Eingang Ihrer Bewerbung bei {co}.",
                          "danke für Ihr Interesse an {co}. Ihre Unterlagen sind bei uns angekommen und werden gerade geprüft."]),
        F("person", "i", ["danke für deine Bewerbung! Ich schaue sie mir diese Woche an.",
                          "deine Unterlagen sind angekommen, danke! Ich gebe sie ans Team weiter.",
                          "kurze Bestätigung: deine Bewerbung als {role} ist da."], short=True),
        F("ats", "*", ["f:vielen Dank für Ihre Bewerbung als {role} bei {co}. Ihre Unterlagen sind bei uns eingegangen.",
                       "i:wir haben deine Bewerbung als {role} erhalten und melden uns, sobald wir sie geprüft haben."], who="ats"),
    ],
    "recruiter_outreach": [
        F("direct", "f", ["ich bin auf Ihr Profil gestoßen und denke, Sie könnten gut zu unserer offenen Stelle als {role} bei {co} passen. Hätten Sie Interesse an einem kurzen Telefonat?",
                          "wir suchen Verstärkung als {role} und Ihr Profil hat mich sehr angesprochen. Wären Sie offen für einen Austausch?"]),
        F("direct", "i", ["ich hab dein Profil gesehen - wir suchen gerade Verstärkung als {role} bei {co}. Lust auf einen kurzen Call?",
                          "bist du gerade offen für was Neues? Wir haben eine Stelle als {role}, die super zu dir passen würde."], short=True),
        F("agency", "f", ["für {client} besetze ich aktuell eine Position als {role}. Hätten Sie diese Woche Zeit für ein kurzes Telefonat?",
                          "ich betreue gerade eine Position als {role}: {desc} sucht Verstärkung. Wären Sie grundsätzlich offen für einen Wechsel?"],
          who="agency"),
        F("nudge", "*", ["ich wollte meine Nachricht unten noch einmal nach oben holen.", "kurze Erinnerung an meine Nachricht - besteht Interesse?",
                         "nur ein kurzer Reminder - die Stelle ist noch offen."], nudge=True, nodetail=True, short=True),
        F("nudge", "*", ["ich melde mich noch einmal wegen der Position unten. Haben Sie kurz Zeit?"], who="agency",
          nudge=True, nodetail=True, short=True),
    ],
    "interview_invite": [
        F("time", "f", ["gerne möchten wir Sie {when} zu einem Vorstellungsgespräch einladen.",
                        "wir würden Sie gern kennenlernen - passt Ihnen ein Gespräch {when}?",
                        "vielen Dank für Ihre Bewerbung als {role}. Wir laden Sie herzlich zu einem Videogespräch {when} ein."],
          time=True, meet=True),
        F("time", "i", ["hast du {when} Zeit für ein erstes Kennenlernen?", "wir würden dich gern kennenlernen! Passt es dir {when}?"],
          time=True, meet=True, short=True),
        F("time_self", "f", ["ich würde Sie gern {when} kurz anrufen, um Sie kennenzulernen. Passt Ihnen das?",
                             "hätten Sie {when} Zeit für ein Telefonat mit mir?"], time=True, self=True),
        F("time_self", "i", ["können wir {when} kurz telefonieren? Ich ruf dich an.", "passt dir ein kurzer Call {when}? Ich schick dir einen Teams-Link."],
          time=True, self=True, short=True),
        F("ask", "f", ["wir möchten Sie gern zu einem ersten Gespräch einladen. Wann hätten Sie nächste Woche Zeit?",
                       "Ihre Bewerbung als {role} hat uns überzeugt. Bitte nennen Sie uns zwei, drei Termine für ein Kennenlernen."],
          meet=True),
        F("ask", "i", ["das Team würde dich gern kennenlernen! Wann passt es dir nächste Woche?",
                       "nächster Schritt wäre ein Gespräch mit der Fachabteilung - schick mir gern ein paar Termine."], meet=True, short=True),
        F("ask_self", "*", ["f:ich würde gern kurz mit Ihnen telefonieren. Wann passt es Ihnen diese Woche?",
                            "i:hast du diese Woche 20 Minuten für ein Telefonat mit mir?"], self=True),
        F("ag_time", "f", ["gute Nachrichten: {client} möchte Sie {when} zum Gespräch einladen. Passt Ihnen das?"],
          who="agency", time=True),
        F("ag_ask", "f", ["gute Nachrichten: {client} möchte Sie kennenlernen. Wann hätten Sie Zeit?"], who="agency"),
    ],
    "assessment": [
        F("case", "f", ["als nächsten Schritt bitten wir Sie um die Bearbeitung einer kurzen Fallstudie. Die Unterlagen finden Sie hier: {tlink}",
                        "im nächsten Schritt erhalten Sie von uns eine kleine Aufgabe; Sie haben dafür fünf Tage Zeit."]),
        F("case", "i", ["nächster Schritt ist eine kleine Case Study, dauert ca. 2-3 Stunden. Hier der Link: {tlink}",
                        "magst du eine kurze SQL-Aufgabe für uns machen? Link: {tlink}"], short=True),
        F("test", "f", ["bitte absolvieren Sie unseren Online-Test unter folgendem Link: {tlink} (ca. 40 Minuten)."]),
        F("ats", "f", ["{co} lädt Sie ein, einen Online-Test für die Position {role} zu absolvieren: {tlink}"], who="ats"),
    ],
    "recruiter_reply": [
        F("wait", "f", ["vielen Dank für Ihre Geduld. Wir sind noch im Auswahlprozess und melden uns, sobald es Neuigkeiten gibt.",
                        "danke für Ihre Nachfrage. Die Fachabteilung hat sich leider noch nicht entschieden."]),
        F("wait", "i", ["leider noch nichts Neues - die Teamleitung ist diese Woche im Urlaub.", "noch keine Rückmeldung vom Team, ich hake nach."],
          short=True),
        F("hold", "*", ["kurzes Update: die Stelle als {role} liegt derzeit auf Eis, das Budget wird neu geplant. Ich melde mich, sobald es weitergeht."]),
        F("docs", "*", ["f:könnten Sie mir noch Ihre Gehaltsvorstellung und Ihre Kündigungsfrist schicken?",
                        "i:schickst du mir bitte noch dein letztes Arbeitszeugnis?"], short=True),
        F("pos", "f", ["das Gespräch hat dem Team sehr gut gefallen, wir möchten gern mit Ihnen weitermachen. Die nächsten Schritte kläre ich gerade."]),
        F("ag", "f", ["ich habe Ihr Profil an {client} weitergeleitet; dort wird es diese Woche gesichtet."], who="agency"),
    ],
    "rejection": [
        F("std", "f", ["vielen Dank für Ihr Interesse. Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Kandidatin entschieden haben.",
                       "nach sorgfältiger Prüfung können wir Ihre Bewerbung als {role} leider nicht weiter berücksichtigen.",
                       "danke für das nette Gespräch. Leider haben wir uns für jemand anderen entschieden."]),
        F("short", "i", ["leider hat es diesmal nicht geklappt - wir haben uns für jemand anderen entschieden.",
                         "danke für deine Nachfrage. Leider ist es eine Absage, sorry!",
                         "die Stelle ist leider schon vergeben."], short=True),
        F("filled", "f", ["die Position als {role} ist inzwischen intern besetzt worden, daher können wir Ihre Bewerbung nicht weiterverfolgen."]),
        F("ats", "f", ["vielen Dank für Ihre Bewerbung bei {co}. Leider können wir Ihnen keine positive Rückmeldung geben."], who="ats"),
        F("ag", "*", ["ich habe Rückmeldung von {client}: leider haben sie sich für einen anderen Kandidaten entschieden."],
          who="agency", short=True),
    ],
    "offer": [
        F("offer", "f", ["ich freue mich, Ihnen die Position als {role} bei {co} anbieten zu können. Den Vertrag schicke ich Ihnen morgen per E-Mail.",
                         "nach den Gesprächen möchten wir Ihnen sehr gern ein Angebot machen."]),
        F("offer", "i", ["super Neuigkeiten: wir möchten dich gern einstellen! Den Vertrag bekommst du diese Woche.",
                         "wir wollen dich im Team! Das Angebot schicke ich dir heute noch."], short=True),
        F("call", "f", ["haben Sie heute kurz Zeit? Ich würde Sie gern anrufen - wir möchten Ihnen ein Angebot machen."],
          short=True, nodetail=True),
    ],
    "thank_you": [
        F("ty", "f", ["vielen Dank für das angenehme Gespräch heute. Die Position als {role} bei {co} interessiert mich sehr.",
                      "herzlichen Dank für Ihre Zeit gestern und den Einblick in Ihr Team."]),
        F("ty", "i", ["danke nochmal für das Gespräch heute, hat mir richtig Spaß gemacht!", "vielen Dank für deine Zeit gestern!"]),
    ],
    "follow_up": [
        F("fu", "f", ["ich wollte mich kurz nach dem Stand meiner Bewerbung als {role} erkundigen.",
                      "gibt es schon Neuigkeiten zu meiner Bewerbung bei {co}?"]),
        F("fu", "i", ["wollte nur kurz nachfragen, ob es schon was Neues gibt?", "gibt's schon Neuigkeiten zur Stelle als {role}?"]),
    ],
    "other_out": [
        F("apply", "f", ["hiermit bewerbe ich mich auf die ausgeschriebene Stelle als {role}. Meinen Lebenslauf finden Sie hier: https://cv.example/mira-lindgren"],
          noreply=True),
        F("interest", "*", ["danke für die Nachricht - ich hätte grundsätzlich Interesse an einem Gespräch.",
                            "klingt spannend! Nächste Woche bin ich nachmittags meistens flexibel."], parent="recruiter_outreach"),
        F("avail", "*", ["danke! Ich könnte {when} oder am Mittwochvormittag."], time=True, parent="interview_invite",
          parent_fam=["ask", "ask_self"]),
        F("avail_open", "*", ["danke für die Rückmeldung. Ich bin nächste Woche recht flexibel."], parent="recruiter_outreach"),
        F("accept", "*", ["danke, der Termin passt mir gut. Bis dann!", "perfekt, ich bin dabei.", "passt, vielen Dank!"],
          reply=True, parent="interview_invite", parent_fam=["time", "time_self"], reuse_when=True),
        F("question", "*", ["kurze Frage vorab: ist die Stelle hybrid oder komplett remote?",
                            "können Sie mir etwas zur Gehaltsspanne für die Stelle als {role} sagen?"]),
        F("decline", "f", ["danke, dass Sie an mich gedacht haben - ich bin aktuell aber nicht auf der Suche."], reply=True,
          parent="recruiter_outreach"),
        F("acc_offer", "*", ["ich nehme das Angebot sehr gern an! Ich freue mich auf den Start."], reply=True, parent="offer"),
        F("withdraw", "*", ["hiermit ziehe ich meine Bewerbung zurück, da ich mich für ein anderes Angebot entschieden habe."]),
        F("personal", "i", ["bleibt es bei Samstag? Ich bring Kuchen mit.", "hatte heute das Vorstellungsgespräch, lief glaub ich gut! Erzähl dir morgen mehr."],
          who="friend"),
        F("nonjob", "*", ["ich interessiere mich für die Wohnung in der Lindenstraße. Wann wäre eine Besichtigung möglich?"], who="friend"),
    ],
    "other_in": [
        F("friend_iv", "i", ["und, wie war das Vorstellungsgespräch?? Ruf mich an!", "hatte heute mein zweites Gespräch bei der Bank, Daumen drücken!"],
          who="friend", lookalike=True, s=["und??", "Gespräch", "heute"], why="a friend writing about interviews"),
        F("friend_offer", "i", ["ich hab die Zusage!!! Die haben mir heute das Angebot gemacht. Samstag wird gefeiert!"],
          who="friend", lookalike=True, s=["Zusage!!", "Neuigkeiten"], why="a friend's own job news"),
        F("flat", "f", ["vielen Dank für Ihre Bewerbung um die Wohnung in der {place}. Die Besichtigung ist {when}.",
                        "Ihre Mieterbewerbung für die Wohnung in der {place} ist bei uns eingegangen."], who="org",
          hosts=["hausverwaltung-kern.example"], lookalike=True, time=True,
          v={"place": ["Kastanienallee 12", "Gneisenaustraße 4", "Sonnenallee 87"]},
          s=["Ihre Mieterbewerbung", "Besichtigung {place}", "Wohnungsbewerbung"], sig=["{mef}\nHausverwaltung Kern"],
          why="a flat rental application"),
        F("talk", "i", ["wir würden dich gern einladen, {when} beim Data-Stammtisch einen kurzen Vortrag zu halten. Hast du Lust?"],
          who="org", hosts=["datenstammtisch.example"], lookalike=True, time=True, s=["Einladung: Vortrag", "Speaker gesucht"],
          why="a meetup talk invitation"),
        F("course", "f", ["Ihre Anmeldung zum Abendkurs Spanisch B1 an der Volkshochschule wurde angenommen."], who="org",
          hosts=["vhs-mitte.example"], lookalike=True, disp=["VHS Anmeldung"], addr="anmeldung", s=["Ihre Anmeldung", "Zusage Kursplatz"],
          why="an evening-class registration"),
        F("ooo", "f", ["ich bin bis einschließlich Montag nicht im Büro und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an jobs@nordsteg.example."],
          who="org", hosts=["nordsteg.example"], lookalike=True, s=["Abwesenheitsnotiz", "Automatische Antwort: Nachfrage zu meiner Bewerbung"],
          sig=["{mef}"], why="a recruiter's out-of-office auto-reply"),
        F("receipt", "f", ["vielen Dank für Ihre Bestellung Nr. {num}. Die Lieferung erfolgt am Donnerstag."], who="org",
          hosts=["buchladen.example"], disp=["Buchladen am Eck"], addr="bestellung", v={"num": ["40912", "77120"]},
          s=["Ihre Bestellung {num}"], why="a receipt"),
        F("family", "i", ["denk dran, Oma am Sonntag anzurufen! Sie hat Geburtstag."], who="family", s=["Sonntag"], why="family mail"),
    ],
}

MEET = {"f": ["Sie sprechen mit {iv}, {ivt}.", "Am Gespräch nimmt {iv} ({ivt}) teil."],
        "i": ["Mit dabei ist {iv} ({ivt}).", "Du sprichst mit {ivf} aus dem Data-Team."]}

DETAIL = {
    "application_ack": [("f", "Sie erhalten innerhalb von zwei Wochen eine Rückmeldung von uns.", "d14"),
                        ("f", "Wir melden uns bis Ende nächster Woche bei Ihnen.", "eonw"),
                        ("i", "Ich melde mich bis Freitag bei dir.", "fri"),
                        ("*", "Aufgrund der vielen Bewerbungen kann es etwas dauern.", None)],
    "recruiter_outreach": [("*", "Die Stelle ist hybrid, zwei Tage Büro pro Woche.", None), ("f", "Gern schicke ich Ihnen die Stellenbeschreibung.", None)],
    "interview_invite": [("*", "Das Gespräch dauert etwa 45 Minuten und findet per Teams statt.", None), ("*", "Link: {link}", None),
                         ("f", "Bitte bestätigen Sie uns den Termin kurz.", None)],
    "assessment": [("f", "Bei Fragen melden Sie sich gern.", None), ("i", "Keine Vorbereitung nötig!", None)],
    "recruiter_reply": [("f", "Ich melde mich bis Freitag bei Ihnen.", "fri"), ("*", "Eine Entscheidung erwarten wir innerhalb von zwei Wochen.", "d14"),
                        ("*", "Bis Ende nächster Woche wissen wir mehr.", "eonw"), ("i", "Spätestens Montag weiß ich mehr.", "mon"),
                        ("f", "Danke für Ihre Geduld!", None)],
    "rejection": [("f", "Wir wünschen Ihnen für Ihre weitere Suche alles Gute.", None), ("i", "Alles Gute dir!", None)],
    "offer": [("*", "Das Gehalt ist wie besprochen.", None), ("f", "Lassen Sie sich gern ein paar Tage Zeit.", None)],
    "thank_you": [("f", "Ich freue mich, von Ihnen zu hören.", None)],
    "follow_up": [("*", "Ich bin weiterhin sehr an der Stelle interessiert.", None)],
}
