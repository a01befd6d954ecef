"""People, companies, agencies and hosts for the terse-mail writer (all invented; every domain is .example)."""

OWNER_FIRST = "Mira"
OWNER_LAST = "Lindgren"
OWNER_ADDR = "mira.lindgren@example.net"
OWNER_TZ = "Europe/Amsterdam"

# region -> (language, zone choices)
REGIONS = {
    "us": ("en", ["America/New_York", "America/Chicago", "America/Los_Angeles", "America/Denver"]),
    "uk": ("en", ["Europe/London"]),
    "in": ("en", ["Asia/Kolkata"]),
    "au": ("en", ["Australia/Sydney", "Australia/Melbourne"]),
    "de": ("de", ["Europe/Berlin"]), "at": ("de", ["Europe/Vienna"]), "ch": ("de", ["Europe/Zurich"]),
    "fr": ("fr", ["Europe/Paris"]), "be_fr": ("fr", ["Europe/Brussels"]),
    "es": ("es", ["Europe/Madrid"]), "mx": ("es", ["America/Mexico_City"]), "co": ("es", ["America/Bogota"]),
    "ar": ("es", ["America/Argentina/Buenos_Aires"]),
    "pt": ("pt", ["Europe/Lisbon"]), "br": ("pt", ["America/Sao_Paulo"]),
    "nl": ("nl", ["Europe/Amsterdam"]), "be_nl": ("nl", ["Europe/Brussels"]),
    "it": ("it", ["Europe/Rome"]), "pl": ("pl", ["Europe/Warsaw"]), "se": ("sv", ["Europe/Stockholm"]),
}

# (name, domain, region, zone, legal form or "")
COMPANIES = [
    ("Halvard Analytics", "halvard-analytics.example", "us", "America/New_York", "Inc."),
    ("Copperline Freight", "copperline.example", "us", "America/Chicago", "LLC"),
    ("Marigold Health", "marigoldhealth.example", "us", "America/Los_Angeles", ""),
    ("Tessellate", "tessellate.example", "us", "America/New_York", ""),
    ("Quillfeather", "quillfeather.example", "us", "America/Los_Angeles", ""),
    ("Bramblewood Foods", "bramblewood.example", "us", "America/Chicago", ""),
    ("Ridgeback", "ridgeback.example", "us", "America/Denver", ""),
    ("Ashgrove Insurance", "ashgrove.example", "uk", "Europe/London", "Ltd"),
    ("Penrose & Hale", "penrosehale.example", "uk", "Europe/London", "LLP"),
    ("Kittiwake", "kittiwake.example", "uk", "Europe/London", ""),
    ("Saltash Energy", "saltashenergy.example", "uk", "Europe/London", ""),
    ("Loxley Retail", "loxley.example", "uk", "Europe/London", ""),
    ("Vanshika Logistics", "vanshika.example", "in", "Asia/Kolkata", "Pvt Ltd"),
    ("Tarangam Software", "tarangam.example", "in", "Asia/Kolkata", ""),
    ("Nilgiri Analytics", "nilgiri.example", "in", "Asia/Kolkata", ""),
    ("Wattlebrook", "wattlebrook.example", "au", "Australia/Sydney", ""),
    ("Southerly Freight", "southerly.example", "au", "Australia/Melbourne", ""),
    ("Banksia Data", "banksiadata.example", "au", "Australia/Sydney", "Pty Ltd"),
    ("Nordsteg Software", "nordsteg.example", "de", "Europe/Berlin", "GmbH"),
    ("Fahrenkamp", "fahrenkamp.example", "de", "Europe/Berlin", "GmbH"),
    ("Kranich Mobility", "kranich-mobility.example", "de", "Europe/Berlin", "GmbH"),
    ("Lichtwerk Logistik", "lichtwerk.example", "de", "Europe/Berlin", "SE"),
    ("Donauhaus Versicherung", "donauhaus.example", "at", "Europe/Vienna", "AG"),
    ("Seeberg Analytics", "seeberg.example", "ch", "Europe/Zurich", "AG"),
    ("Ondine Data", "ondine.example", "fr", "Europe/Paris", "SAS"),
    ("Brisefer", "brisefer.example", "fr", "Europe/Paris", ""),
    ("Coquelicot Logistique", "coquelicot.example", "fr", "Europe/Paris", ""),
    ("Maison Véran", "maisonveran.example", "fr", "Europe/Paris", ""),
    ("Sablon Conseil", "sablon.example", "be_fr", "Europe/Brussels", ""),
    ("Tramontana Data", "tramontana.example", "es", "Europe/Madrid", "S.L."),
    ("Cerezo", "cerezo.example", "es", "Europe/Madrid", ""),
    ("Grupo Alcázar", "grupoalcazar.example", "es", "Europe/Madrid", ""),
    ("Jacaranda Pagos", "jacaranda.example", "mx", "America/Mexico_City", ""),
    ("Cafetal Analítica", "cafetal.example", "co", "America/Bogota", ""),
    ("Pampa Logística", "pampalog.example", "ar", "America/Argentina/Buenos_Aires", ""),
    ("Azulejo Digital", "azulejo.example", "pt", "Europe/Lisbon", ""),
    ("Tejo Seguros", "tejoseguros.example", "pt", "Europe/Lisbon", "S.A."),
    ("Carambola", "carambola.example", "br", "America/Sao_Paulo", ""),
    ("Ipê Tecnologia", "ipetec.example", "br", "America/Sao_Paulo", "Ltda."),
    ("Jabuticaba Pagamentos", "jabuticaba.example", "br", "America/Sao_Paulo", ""),
    ("Duinwater", "duinwater.example", "nl", "Europe/Amsterdam", "B.V."),
    ("Kade Logistiek", "kadelogistiek.example", "nl", "Europe/Amsterdam", ""),
    ("Polderlicht Energie", "polderlicht.example", "nl", "Europe/Amsterdam", ""),
    ("Schelde Data", "scheldedata.example", "be_nl", "Europe/Brussels", "NV"),
    ("Fontana Pagamenti", "fontanapag.example", "it", "Europe/Rome", "S.p.A."),
    ("Cipresso", "cipresso.example", "it", "Europe/Rome", ""),
    ("Officine Brenta", "officinebrenta.example", "it", "Europe/Rome", "S.r.l."),
    ("Lagunare Assicurazioni", "lagunare.example", "it", "Europe/Rome", ""),
    ("Sokół Logistyka", "sokol-logistyka.example", "pl", "Europe/Warsaw", "Sp. z o.o."),
    ("Jodła Data", "jodladata.example", "pl", "Europe/Warsaw", ""),
    ("Mazurek Analytics", "mazurek.example", "pl", "Europe/Warsaw", "S.A."),
    ("Älvsby Logistik", "alvsby.example", "se", "Europe/Stockholm", "AB"),
    ("Granlund", "granlund.example", "se", "Europe/Stockholm", "AB"),
    ("Norrsken Energi", "norrsken.example", "se", "Europe/Stockholm", ""),
]

# agencies per language: (name, domain)
AGENCIES = {
    "en": [("Harcourt Talent", "harcourt-talent.example"), ("Keel & Compass Search", "keelcompass.example")],
    "de": [("Weitblick Personal", "weitblick-personal.example")],
    "fr": [("Talents Riviera", "talents-riviera.example")],
    "es": [("Selecta Talento", "selectatalento.example")],
    "pt": [("Ponte Talentos", "pontetalentos.example")],
    "nl": [("Vlinder Werving", "vlinderwerving.example")],
    "it": [("Arco Risorse", "arcorisorse.example")],
    "pl": [("Kadra Plus", "kadraplus.example")],
    "sv": [("Spets Rekrytering", "spetsrekrytering.example")],
}

# ATS-like hosts (display name carries the company)
VENDOR_HOSTS = ["mail.hirenest.example", "notify.talentpost.example", "jobs.recrutia.example", "no-reply.jobstack.example"]

# personal mail hosts for friends, family
PERSONAL_HOSTS = ["mailbox.example", "webpost.example", "inbox.example", "correo.example"]

# first names (name, gender) and last names per language
NAMES = {
    "en_us": ([("Jessica", "f"), ("Tyler", "m"), ("Megan", "f"), ("Brandon", "m"), ("Kayla", "f"), ("Marcus", "m"),
               ("Danielle", "f"), ("Kevin", "m"), ("Alicia", "f"), ("Derek", "m"), ("Renee", "f"), ("Omar", "m")],
              ["Holloway", "Whitaker", "Brennan", "Castillo", "Okafor", "Lindqvist", "Dunmore", "Pruitt", "Sandoval", "Kessler"]),
    "en_uk": ([("Hannah", "f"), ("Callum", "m"), ("Imogen", "f"), ("Rhys", "m"), ("Charlotte", "f"), ("Oliver", "m"),
               ("Niamh", "f"), ("Tom", "m"), ("Priya", "f"), ("Gareth", "m")],
              ["Pemberton", "Ashworth", "Doherty", "Fairweather", "Goodall", "Rowntree", "Bhatt", "Merriman", "Tolley"]),
    "en_in": ([("Ananya", "f"), ("Rohit", "m"), ("Sneha", "f"), ("Karthik", "m"), ("Pooja", "f"), ("Vikram", "m"),
               ("Divya", "f"), ("Arjun", "m")],
              ["Iyer", "Menon", "Kulkarni", "Deshpande", "Reddy", "Banerjee", "Chawla", "Nair"]),
    "en_au": ([("Chloe", "f"), ("Lachlan", "m"), ("Brooke", "f"), ("Mitchell", "m"), ("Tahlia", "f"), ("Jarrah", "m"),
               ("Erin", "f"), ("Hamish", "m")],
              ["McAllister", "Trevaskis", "Nguyen", "Barnett", "Kavanagh", "Papadopoulos", "Whitlock"]),
    "de": ([("Katharina", "f"), ("Jonas", "m"), ("Miriam", "f"), ("Felix", "m"), ("Sabine", "f"), ("Tobias", "m"),
            ("Lea", "f"), ("Matthias", "m"), ("Annika", "f"), ("Jörg", "m"), ("Johanna", "f"), ("Stefan", "m")],
           ["Brückner", "Hollweg", "Scholz", "Achterberg", "Wendt", "Kowalczyk", "Lindemann", "Oberhuber", "Meisner", "Grätz"]),
    "fr": ([("Camille", "f"), ("Julien", "m"), ("Élodie", "f"), ("Mathieu", "m"), ("Claire", "f"), ("Thomas", "m"),
            ("Inès", "f"), ("Nicolas", "m"), ("Pauline", "f"), ("Antoine", "m")],
           ["Lefebvre", "Moreau", "Garnier", "Benali", "Rousseau", "Chevalier", "Fontaine", "Marchal", "Picard"]),
    "es": ([("Lucía", "f"), ("Javier", "m"), ("Marta", "f"), ("Diego", "m"), ("Carmen", "f"), ("Álvaro", "m"),
            ("Paula", "f"), ("Sergio", "m"), ("Daniela", "f"), ("Andrés", "m"), ("Valentina", "f"), ("Mateo", "m")],
           ["Ortega", "Salinas", "Medina", "Herrera", "Iglesias", "Cárdenas", "Quintero", "Robledo", "Vidal", "Peña"]),
    "pt": ([("Joana", "f"), ("Tiago", "m"), ("Beatriz", "f"), ("Rodrigo", "m"), ("Mariana", "f"), ("Gustavo", "m"),
            ("Carolina", "f"), ("Rafael", "m"), ("Inês", "f"), ("Bruno", "m")],
           ["Albuquerque", "Figueiredo", "Teixeira", "Moura", "Cardoso", "Rangel", "Pacheco", "Sampaio", "Vasconcelos"]),
    "nl": ([("Sanne", "f"), ("Daan", "m"), ("Lotte", "f"), ("Bram", "m"), ("Eva", "f"), ("Joris", "m"),
            ("Femke", "f"), ("Thijs", "m"), ("Noor", "f"), ("Wouter", "m")],
           ["de Vries", "Bakker", "van den Berg", "Visser", "Jansen", "Smit", "Mulder", "de Graaf", "Hendriks"]),
    "it": ([("Giulia", "f"), ("Marco", "m"), ("Francesca", "f"), ("Luca", "m"), ("Chiara", "f"), ("Davide", "m"),
            ("Sara", "f"), ("Alessandro", "m"), ("Elena", "f"), ("Matteo", "m")],
           ["Ferraro", "Colombo", "Bianchi", "Rinaldi", "Galli", "Marchetti", "Esposito", "Barbieri", "Conti"]),
    "pl": ([("Anna", "f"), ("Piotr", "m"), ("Magdalena", "f"), ("Tomasz", "m"), ("Katarzyna", "f"), ("Michał", "m"),
            ("Agnieszka", "f"), ("Paweł", "m"), ("Joanna", "f"), ("Krzysztof", "m")],
           [("Kowalska", "Kowalski"), ("Wiśniewska", "Wiśniewski"), ("Zielińska", "Zieliński"), ("Nowak", "Nowak"),
            ("Lewandowska", "Lewandowski"), ("Dąbrowska", "Dąbrowski"), ("Mazur", "Mazur"), ("Król", "Król")]),
    "sv": ([("Elin", "f"), ("Oskar", "m"), ("Linnea", "f"), ("Viktor", "m"), ("Maja", "f"), ("Erik", "m"),
            ("Frida", "f"), ("Johan", "m"), ("Ebba", "f"), ("Anders", "m")],
           ["Sjöberg", "Lundqvist", "Åkesson", "Berglund", "Holm", "Nyström", "Ekdahl", "Wallin", "Forsberg"]),
}

ASCII = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "ss", "é": "e", "è": "e", "ê": "e", "ë": "e", "à": "a",
                       "á": "a", "â": "a", "ã": "a", "å": "a", "í": "i", "ï": "i", "ó": "o", "ô": "o", "õ": "o",
                       "ú": "u", "ç": "c", "ñ": "n", "ł": "l", "ś": "s", "ń": "n", "ą": "a", "ę": "e", "ż": "z",
                       "ź": "z", "ć": "c", "Ä": "a", "Ö": "o", "Å": "a", "É": "e", "Á": "a", "Ż": "z", "Ł": "l",
                       "Ś": "s", " ": "", "'": ""})


def slug(s):
    return s.lower().translate(ASCII)
