"""Polish: short mail written by people; Pani and ty. Employer text avoids the sender's gendered verb forms."""
from lang_en import F

CODE = "pl"
ATS_REG = 'i'
P_FORMAL = 0.6
WD = ["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"]
WDACC = ["w poniedziałek", "we wtorek", "w środę", "w czwartek", "w piątek", "w sobotę", "w niedzielę"]
WDA = ["pon.", "wt.", "śr.", "czw.", "pt.", "sob.", "niedz."]
MONG = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października",
        "listopada", "grudnia"]
MONA = ["sty", "lut", "mar", "kwi", "maj", "cze", "lip", "sie", "wrz", "paź", "lis", "gru"]


def _h(t, rng):
    return rng.choice([f"o godz. {t.hour}:{t.minute:02d}", f"o {t.hour}:{t.minute:02d}", f"o godzinie {t.hour}:{t.minute:02d}"])


def when(t, rng, reg, zone):
    i, d = t.weekday(), t.day
    return rng.choice([f"{WDACC[i]}, {d} {MONG[t.month - 1]}, {_h(t, rng)}", f"{WDACC[i]} ({d:02d}.{t.month:02d}) {_h(t, rng)}",
                       f"{d} {MONG[t.month - 1]} ({WD[i]}) {_h(t, rng)}"])


def tomorrow(t, rng, reg, zone):
    return rng.choice([f"jutro {_h(t, rng)}", f"jutro ({WDACC[t.weekday()]}) {_h(t, rng)}"])


def quote_hdr(t, name, addr, rng, reg):
    return f"{WDA[t.weekday()]} {t.day} {MONA[t.month - 1]} {t.year} o {t.hour:02d}:{t.minute:02d} {name} <{addr}> napisał(a):"


def city(reg, co):
    return "Gdańsk" if "sokol" in co[1] else ("Kraków" if "jodla" in co[1] else "Warszawa")


RE = ["Re: ", "Odp: ", "RE: "]
PHONE = ["Wysłane z iPhone'a", "Wysłane z telefonu", "Wysłane z mojego smartfona"]
GREET_ME = {"f": ["Szanowna Pani,", "Dzień dobry,", "Dzień dobry Pani Miro,", "Pani Miro,"],
            "i": ["Cześć Mira,", "Hej Mira,", "Cześć!", "Hej,", "Cześć Miro,"]}
GREET_TO = {"f": {"f": ["Szanowna Pani,", "Dzień dobry,", "Dzień dobry Pani {tf},"],
                  "m": ["Szanowny Panie,", "Dzień dobry,", "Dzień dobry Panie {tf},"]},
            "i": {"f": ["Cześć {tf},", "Hej {tf},"], "m": ["Cześć {tf},", "Hej {tf},"]}}
CLOSE = {"f": ["Z poważaniem,", "Pozdrawiam serdecznie,", "Z wyrazami szacunku,", "Pozdrawiam,"],
         "i": ["Pozdrawiam,", "Pozdro,", "Do usłyszenia!", "Dzięki!", "Miłego dnia!"]}
TITLES = [("Rekruter", "Rekruterka"), ("HR Business Partner",) * 2, ("Specjalista ds. rekrutacji", "Specjalistka ds. rekrutacji"),
          ("Talent Acquisition",) * 2, ("Kierownik zespołu danych", "Kierowniczka zespołu danych")]
IV_TITLES = [("kierownik działu analiz", "kierowniczka działu analiz"), ("CTO",) * 2, ("dyrektor operacyjny", "dyrektorka operacyjna"),
             ("Head of Supply Chain",) * 2]
ATS_NAMES = ["Rekrutacja {co}", "{co} Kariera", "Zespół HR {co}"]
SIG_TEAM = ["Zespół Rekrutacji {co}", "Dział HR | {co}"]
CLIENT_HIDDEN = ["mój klient", "nasz klient"]
CLIENT_DESC = ["dynamicznie rosnąca firma logistyczna z miasta {city}", "duży ubezpieczyciel z siedzibą w Polsce",
               "software house z miasta {city}"]
ROLES = ["Analityk danych", "Analityczka danych", "Data Analyst", "Business Analyst", "Specjalistka ds. planowania",
         "Młodsza analityczka BI"]
VAGUE = ["Krótkie pytanie", "Kolejne kroki", "Aktualizacja", "Dzień dobry", "Cześć", "", "Informacja", "Rozmowa"]

SUBJ = {
    "application_ack": ["Potwierdzenie otrzymania aplikacji", "Aplikacja {role}", "f:Pani aplikacja", "i:Twoja aplikacja",
                        "Dziękujemy za aplikację - {co}"],
    "recruiter_outreach": ["Oferta: {role}", "{role} w {co}", "Krótka rozmowa?", "Propozycja współpracy"],
    "interview_invite": ["Zaproszenie na rozmowę", "Rozmowa rekrutacyjna - {role}", "Rozmowa w {co}", "Termin rozmowy", "Telefon?"],
    "assessment": ["Kolejny etap: zadanie", "Test online - {role}", "Zadanie rekrutacyjne"],
    "recruiter_reply": ["Aktualizacja", "Informacja o procesie", "Re: {role}", "Kilka pytań"],
    "rejection": ["f:Pani aplikacja", "i:Twoja aplikacja", "Aplikacja {role}", "Informacja zwrotna", "Wynik rekrutacji"],
    "offer": ["Oferta - {role}", "Dobre wieści!", "Propozycja zatrudnienia {co}", "Telefon dzisiaj?"],
    "thank_you": ["Dziękuję", "Dziękuję za rozmowę", "Dziękuję - rozmowa {role}", "Podziękowanie", "Rozmowa w {co}"],
    "follow_up": ["Pytanie o status aplikacji", "Status rekrutacji", "{role} - czy są nowości?", "Aplikacja {role} w {co}"],
}

K = {
    "application_ack": [
        F("person", "f", ["Dziękujemy za przesłanie aplikacji na stanowisko {role}. Otrzymaliśmy ją i przeanalizujemy w najbliższych dniach.",
                          "Potwierdzamy otrzymanie Pani CV. Dziękujemy za zainteresowanie firmą {co}."]),
        F("person", "i", ["Dzięki za aplikację! Przejrzę CV w tym tygodniu.", "Dostaliśmy Twoje CV, dzięki! Przekazuję je do zespołu."],
          short=True),
        F("ats", "*", ["Dziękujemy za aplikację na stanowisko {role} w firmie {co}. Twoje zgłoszenie zostało zarejestrowane."], who="ats"),
    ],
    "recruiter_outreach": [
        F("direct", "f", ["Trafiliśmy na Pani profil i wydaje się, że pasuje on do naszej roli {role} w firmie {co}. Czy byłaby Pani otwarta na krótką rozmowę?"]),
        F("direct", "i", ["Widzieliśmy Twój profil - szukamy osoby na stanowisko {role} w {co}. Masz ochotę pogadać?",
                          "Jesteś otwarta na nowe propozycje? Mamy rolę {role}, która może Ci pasować."], short=True),
        F("agency", "f", ["Obecnie {client} szuka osoby na stanowisko {role}. Czy znajdzie Pani chwilę na rozmowę w tym tygodniu?",
                          "Prowadzimy rekrutację na stanowisko {role}; klient to {desc}. Czy byłaby Pani zainteresowana?"], who="agency"),
        F("nudge", "*", ["Wracam do mojej wiadomości poniżej.", "Przypominam się - oferta jest nadal aktualna!"], nudge=True,
          nodetail=True, short=True),
    ],
    "interview_invite": [
        F("time", "f", ["Chcielibyśmy zaprosić Panią na rozmowę rekrutacyjną {when}. Czy ten termin Pani odpowiada?",
                        "W związku z aplikacją na stanowisko {role} zapraszamy na rozmowę online {when}."], time=True, meet=True),
        F("time", "i", ["Pasuje Ci rozmowa {when}?", "Chcemy Cię poznać! Możesz {when}?"], time=True, meet=True, short=True),
        F("time_self", "*", ["Czy możemy porozmawiać {when}? Zadzwonię.", "f:Czy ma Pani czas na krótką rozmowę telefoniczną ze mną {when}?"],
          time=True, self=True, short=True),
        F("ask", "f", ["Chcielibyśmy zaprosić Panią na pierwszą rozmowę. Proszę o informację o dostępności w przyszłym tygodniu."], meet=True),
        F("ask", "i", ["Zespół chce Cię poznać! Jakie dni pasują Ci w przyszłym tygodniu?"], meet=True, short=True),
        F("ask_self", "f", ["Proponuję krótką rozmowę telefoniczną na początek. Kiedy Pani pasuje w tym tygodniu?"], self=True),
        F("ag_time", "f", ["Dobre wieści: {client} chce się z Panią spotkać {when}. Czy termin pasuje?"], who="agency", time=True),
        F("ag_ask", "f", ["Dobre wieści: {client} chce się z Panią spotkać. Kiedy ma Pani czas?"], who="agency"),
    ],
    "assessment": [
        F("case", "f", ["Kolejnym etapem jest krótkie zadanie rekrutacyjne. Opis znajdzie Pani tutaj: {tlink}"]),
        F("case", "i", ["Następny krok to małe zadanie, ok. 2-3 godziny. Link: {tlink}"], short=True),
        F("test", "*", ["Prosimy o wypełnienie testu online pod tym linkiem: {tlink} (ok. 40 minut)."]),
        F("ats", "*", ["{co} zaprasza do wykonania testu online na stanowisko {role}: {tlink}"], who="ats"),
    ],
    "recruiter_reply": [
        F("wait", "f", ["Dziękujemy za cierpliwość. Proces wciąż trwa, damy znać, gdy tylko będziemy mieli informacje."]),
        F("wait", "i", ["Jeszcze nic nowego, sorry - kierowniczka jest na urlopie.", "Wciąż czekamy na feedback od zespołu."], short=True),
        F("hold", "*", ["Krótka informacja: rekrutacja na stanowisko {role} jest na razie wstrzymana ze względu na budżet. Damy znać, gdy ruszy."]),
        F("docs", "*", ["f:Czy może Pani podać oczekiwania finansowe i okres wypowiedzenia?", "i:Podeślesz dwie referencje?"], short=True),
        F("pos", "*", ["Rozmowa bardzo się spodobała i chcemy iść dalej. Wkrótce odezwiemy się w sprawie kolejnych kroków."]),
        F("ag", "f", ["Pani CV jest już u klienta: w tym tygodniu {client} je analizuje."], who="agency"),
    ],
    "rejection": [
        F("std", "f", ["Dziękujemy za zainteresowanie. Niestety zdecydowaliśmy się kontynuować proces z innymi kandydatami.",
                       "Po analizie zgłoszeń wybraliśmy inną osobę na stanowisko {role}."]),
        F("short", "i", ["Niestety tym razem się nie udało - wybraliśmy inną osobę.", "Dzięki za wiadomość. Niestety odpowiedź jest negatywna."],
          short=True),
        F("filled", "*", ["Stanowisko {role} zostało obsadzone wewnętrznie, dlatego nie możemy kontynuować procesu."]),
        F("ats", "*", ["Dziękujemy za aplikację do firmy {co}. Niestety nie przechodzisz do kolejnego etapu."], who="ats"),
        F("ag", "f", ["Mamy odpowiedź: niestety {client} nie kontynuuje procesu z Pani kandydaturą."], who="agency", short=True),
    ],
    "offer": [
        F("offer", "f", ["Z przyjemnością przedstawiamy Pani ofertę na stanowisko {role} w firmie {co}. Pisemną ofertę wyślemy jutro."]),
        F("offer", "i", ["Świetne wieści: chcemy Cię zatrudnić! Ofertę wyślemy dziś.", "Chcemy Cię w zespole! Szczegóły oferty wkrótce."], short=True),
        F("call", "f", ["Czy ma Pani dziś chwilę? Chcemy zadzwonić i przedstawić ofertę."], short=True, nodetail=True),
    ],
    "thank_you": [
        F("ty", "f", ["Dziękuję za dzisiejszą rozmowę. Stanowisko {role} w {co} bardzo mnie interesuje.",
                      "Chciałabym podziękować za poświęcony mi wczoraj czas."]),
        F("ty", "i", ["Jeszcze raz dzięki za dzisiejszą rozmowę, było super!"]),
    ],
    "follow_up": [
        F("fu", "f", ["Chciałabym zapytać o status mojej aplikacji na stanowisko {role}.", "Czy są już jakieś informacje w sprawie mojej aplikacji do {co}?"]),
        F("fu", "i", ["Chciałam zapytać, czy coś już wiadomo?", "Są jakieś nowości w sprawie roli {role}?"]),
    ],
    "other_out": [
        F("apply", "f", ["Chciałabym zaaplikować na stanowisko {role}. Moje CV: https://cv.example/mira-lindgren"], noreply=True),
        F("interest", "*", ["Dziękuję za wiadomość - chętnie porozmawiam.", "Brzmi ciekawie! Mam czas większość popołudni."], parent="recruiter_outreach"),
        F("avail", "*", ["Dziękuję! Mogę {when} albo w środę rano."], time=True, parent="interview_invite", parent_fam=["ask", "ask_self"]),
        F("avail_open", "*", ["Dziękuję za odpowiedź. W przyszłym tygodniu jestem dość elastyczna."], parent="recruiter_outreach"),
        F("accept", "*", ["Dziękuję, termin mi pasuje. Do usłyszenia!", "Super, będę.", "Potwierdzam, dziękuję."], reply=True,
          parent="interview_invite", parent_fam=["time", "time_self"], reuse_when=True),
        F("question", "*", ["Krótkie pytanie przed rozmową: czy praca jest hybrydowa, czy w pełni zdalna?"]),
        F("decline", "*", ["Dziękuję za kontakt, ale obecnie nie szukam nowej pracy."], reply=True, parent="recruiter_outreach"),
        F("acc_offer", "*", ["Z przyjemnością przyjmuję ofertę! Nie mogę się doczekać startu."], reply=True, parent="offer"),
        F("withdraw", "*", ["Chciałabym wycofać swoją aplikację, ponieważ przyjęłam inną ofertę. Dziękuję za czas."]),
        F("personal", "i", ["Sobota aktualna? Przyniosę ciasto.", "Miałam dziś rozmowę o pracę, chyba poszło dobrze!"], who="friend"),
    ],
    "other_in": [
        F("friend_iv", "i", ["No i jak rozmowa?? Dzwoń!", "Miałam dziś drugą rozmowę w banku, trzymaj kciuki!"], who="friend",
          lookalike=True, s=["i jak??", "rozmowa"], why="a friend writing about interviews"),
        F("friend_offer", "i", ["Dostałam tę pracę!!! Rano złożyli mi ofertę. Świętujemy w sobotę?"], who="friend", lookalike=True,
          s=["wieści!!"], why="a friend's own job news"),
        F("flat", "f", ["Otrzymaliśmy Pani zgłoszenie dotyczące mieszkania przy {place}. Oglądanie odbędzie się {when}."], who="org",
          hosts=["nieruchomosci-mokotow.example"], lookalike=True, time=True, v={"place": ["ul. Puławskiej 41", "ul. Wilczej 8"]},
          s=["Zgłoszenie - mieszkanie", "Oglądanie mieszkania"], sig=["{mef}\nNieruchomości Mokotów"], why="a flat rental application"),
        F("talk", "i", ["Chcielibyśmy zaprosić Cię z prelekcją na nasz meetup o danych {when}. Wchodzisz w to?"], who="org",
          hosts=["danemeetup.example"], lookalike=True, time=True, s=["Zaproszenie do wystąpienia"], why="a meetup talk invitation"),
        F("ooo", "f", ["Jestem poza biurem do poniedziałku. W pilnych sprawach proszę pisać na rekrutacja@mazurek.example."], who="org",
          hosts=["mazurek.example"], lookalike=True, s=["Odpowiedź automatyczna: Status rekrutacji", "Poza biurem"], sig=["{mef}"],
          why="a recruiter's out-of-office auto-reply"),
        F("receipt", "*", ["Dziękujemy za zamówienie nr {num}. Dostawa w czwartek."], who="org", hosts=["sklep.example"], disp=["Zamówienia"],
          addr="no-reply", v={"num": ["40912", "77120"]}, s=["Zamówienie {num}"], why="a receipt"),
    ],
}

MEET = {"f": ["Rozmowę poprowadzi {iv} ({ivt}).", "W rozmowie weźmie udział {iv} ({ivt})."],
        "i": ["Rozmowę poprowadzi {iv} ({ivt}), bez stresu.", "Będzie też {ivf} z zespołu danych."]}

DETAIL = {
    "application_ack": [("*", "Odpowiemy w ciągu dwóch tygodni.", "d14"), ("f", "Odezwiemy się do końca przyszłego tygodnia.", "eonw"),
                        ("i", "Dam znać do piątku.", "fri"), ("*", "Dostajemy dużo zgłoszeń, więc może to chwilę potrwać.", None)],
    "recruiter_outreach": [("*", "Praca hybrydowa, dwa dni w biurze.", None)],
    "interview_invite": [("*", "Rozmowa potrwa ok. 45 minut, przez Teams.", None), ("*", "Link: {link}", None)],
    "assessment": [("*", "W razie pytań jestem do dyspozycji.", None)],
    "recruiter_reply": [("*", "Odezwę się do piątku.", "fri"), ("*", "Decyzję planujemy w ciągu dwóch tygodni.", "d14"),
                        ("*", "Do końca przyszłego tygodnia będziemy wiedzieć więcej.", "eonw"), ("*", "Dziękujemy za cierpliwość.", None)],
    "rejection": [("*", "Życzymy powodzenia w dalszych poszukiwaniach.", None)],
    "offer": [("*", "Wynagrodzenie zgodnie z ustaleniami.", None), ("f", "Proszę spokojnie przemyśleć ofertę.", None)],
    "thank_you": [("*", "Czekam na informację zwrotną.", None)],
    "follow_up": [("*", "Nadal jestem bardzo zainteresowana tą rolą.", None)],
}
