"""The invented world of the na-platforms batch: owner, companies, people, roles, dates."""
import datetime as dt
import unicodedata
from zoneinfo import ZoneInfo

OWNER_NAME = "Riley Tremblay"
OWNER = "riley.tremblay@example.com"
OWNER_TZ = "America/Toronto"
OWNER_PHONE = "(416) 555-0148"

# name, slug, city, region, zone, lang ('en' | 'fr' | 'bi'), sector
COMPANIES = [
    ("Ashgrove Analytics", "ashgrove", "Boston, MA", "US", "America/New_York", "en", "analytics"),
    ("Bellwether Freight", "bellwetherfreight", "Chicago, IL", "US", "America/Chicago", "en", "logistics"),
    ("Calloway Health", "callowayhealth", "Nashville, TN", "US", "America/Chicago", "en", "health"),
    ("Driftwood Labs", "driftwoodlabs", "San Francisco, CA", "US", "America/Los_Angeles", "en", "devtools"),
    ("Emberline Energy", "emberline", "Denver, CO", "US", "America/Denver", "en", "energy"),
    ("Foxhollow Insurance", "foxhollow", "Hartford, CT", "US", "America/New_York", "en", "insurance"),
    ("Glasswing Software", "glasswing", "Seattle, WA", "US", "America/Los_Angeles", "en", "saas"),
    ("Hollis & Marsh", "hollismarsh", "New York, NY", "US", "America/New_York", "en", "fintech"),
    ("Ironbark Systems", "ironbark", "Austin, TX", "US", "America/Chicago", "en", "infrastructure"),
    ("Jadeport Logistics", "jadeport", "Atlanta, GA", "US", "America/New_York", "en", "logistics"),
    ("Keelson Bank", "keelsonbank", "Charlotte, NC", "US", "America/New_York", "en", "bank"),
    ("Lanternfish AI", "lanternfish", "San Francisco, CA", "US", "America/Los_Angeles", "en", "ai"),
    ("Marigold Commerce", "marigoldcommerce", "Minneapolis, MN", "US", "America/Chicago", "en", "ecommerce"),
    ("Nettlefield Media", "nettlefield", "Los Angeles, CA", "US", "America/Los_Angeles", "en", "media"),
    ("Oakhaven Medical", "oakhavenmed", "Phoenix, AZ", "US", "America/Phoenix", "en", "health"),
    ("Pinecrest Payments", "pinecrestpay", "New York, NY", "US", "America/New_York", "en", "fintech"),
    ("Quarry Street Capital", "quarrystreet", "Boston, MA", "US", "America/New_York", "en", "finance"),
    ("Redfern Mobility", "redfernmobility", "Detroit, MI", "US", "America/Detroit", "en", "automotive"),
    ("Saltbox Studios", "saltboxstudios", "Portland, OR", "US", "America/Los_Angeles", "en", "games"),
    ("Thistle Robotics", "thistlerobotics", "Pittsburgh, PA", "US", "America/New_York", "en", "robotics"),
    ("Umberfield Retail", "umberfield", "Columbus, OH", "US", "America/New_York", "en", "retail"),
    ("Vantage Loop", "vantageloop", "Salt Lake City, UT", "US", "America/Denver", "en", "saas"),
    ("Wrenfield Data", "wrenfield", "Raleigh, NC", "US", "America/New_York", "en", "data"),
    ("Yarrow Bio", "yarrowbio", "San Diego, CA", "US", "America/Los_Angeles", "en", "biotech"),
    ("Zephyr Ledger", "zephyrledger", "Miami, FL", "US", "America/New_York", "en", "fintech"),
    ("Brackenridge Telecom", "brackenridge", "Dallas, TX", "US", "America/Chicago", "en", "telecom"),
    ("Cinderpath Games", "cinderpath", "Austin, TX", "US", "America/Chicago", "en", "games"),
    ("Dunmore Travel", "dunmoretravel", "Chicago, IL", "US", "America/Chicago", "en", "travel"),
    ("Elmstead Learning", "elmstead", "Washington, DC", "US", "America/New_York", "en", "edtech"),
    ("Fieldstone Grid", "fieldstonegrid", "Houston, TX", "US", "America/Chicago", "en", "energy"),
    ("Gallowgate Security", "gallowgate", "Arlington, VA", "US", "America/New_York", "en", "security"),
    ("Hearthstone Home", "hearthstonehome", "Kansas City, MO", "US", "America/Chicago", "en", "proptech"),
    ("Inkwell Legal", "inkwelllegal", "New York, NY", "US", "America/New_York", "en", "legaltech"),
    ("Juniper & Vale", "junipervale", "San Francisco, CA", "US", "America/Los_Angeles", "en", "ecommerce"),
    ("Kittering Aerospace", "kittering", "Everett, WA", "US", "America/Los_Angeles", "en", "aerospace"),
    ("Lowland Foods", "lowlandfoods", "Omaha, NE", "US", "America/Chicago", "en", "cpg"),
    ("Meridian Cartography", "meridiancarto", "Boulder, CO", "US", "America/Denver", "en", "geo"),
    ("Bluestem Credit Union", "bluestemcu", "Des Moines, IA", "US", "America/Chicago", "en", "bank"),
    ("Orbweaver Cloud", "orbweaver", "Seattle, WA", "US", "America/Los_Angeles", "en", "infrastructure"),
    ("Parchment & Pixel", "parchmentpixel", "Brooklyn, NY", "US", "America/New_York", "en", "media"),
    ("Quillfeather", "quillfeather", "Remote (US)", "US", "America/New_York", "en", "saas"),
    ("Rookwood Clinical", "rookwoodclinical", "Cincinnati, OH", "US", "America/New_York", "en", "health"),
    ("Sablewood Hotels", "sablewood", "Las Vegas, NV", "US", "America/Los_Angeles", "en", "hospitality"),
    ("Tallgrass Agritech", "tallgrassag", "Lincoln, NE", "US", "America/Chicago", "en", "agtech"),
    ("Veridian Mutual", "veridianmutual", "Milwaukee, WI", "US", "America/Chicago", "en", "insurance"),
    ("Whitlock Devices", "whitlockdevices", "San Jose, CA", "US", "America/Los_Angeles", "en", "hardware"),
    ("Cobblestone Health Partners", "cobblestonehp", "Philadelphia, PA", "US", "America/New_York", "en", "health"),
    ("Marrowbone Analytics", "marrowbone", "Phoenix, AZ", "US", "America/Phoenix", "en", "analytics"),
    # Canada (English)
    ("Maplehurst Financial", "maplehurst", "Toronto, ON", "CA", "America/Toronto", "en", "finance"),
    ("Larkspur Health", "larkspurhealth", "Toronto, ON", "CA", "America/Toronto", "en", "health"),
    ("Beaverbrook Data", "beaverbrookdata", "Ottawa, ON", "CA", "America/Toronto", "bi", "data"),
    ("Portage Analytics", "portageanalytics", "Winnipeg, MB", "CA", "America/Winnipeg", "en", "analytics"),
    ("Rideau Software", "rideausoft", "Ottawa, ON", "CA", "America/Toronto", "bi", "saas"),
    ("Fundy Tidal Systems", "fundytidal", "Halifax, NS", "CA", "America/Halifax", "en", "energy"),
    ("Kootenay Outfitters", "kootenay", "Vancouver, BC", "CA", "America/Vancouver", "en", "retail"),
    ("Salish Sea Robotics", "salishsea", "Vancouver, BC", "CA", "America/Vancouver", "en", "robotics"),
    ("Chinook Energy Software", "chinookenergy", "Calgary, AB", "CA", "America/Edmonton", "en", "energy"),
    ("Prairie Lantern", "prairielantern", "Saskatoon, SK", "CA", "America/Regina", "en", "agtech"),
    ("Signal Hill Marine", "signalhillmarine", "St. John's, NL", "CA", "America/St_Johns", "en", "marine"),
    ("Grand River Insurance", "grandriverins", "Waterloo, ON", "CA", "America/Toronto", "en", "insurance"),
    ("Lakeshore Logistics", "lakeshorelog", "Mississauga, ON", "CA", "America/Toronto", "en", "logistics"),
    ("Muskoka Commerce", "muskokacommerce", "Toronto, ON", "CA", "America/Toronto", "en", "ecommerce"),
    ("Borealis Play", "borealisplay", "Toronto, ON", "CA", "America/Toronto", "en", "games"),
    ("Cabot Trail Tech", "cabottrail", "Halifax, NS", "CA", "America/Halifax", "en", "saas"),
    ("Red River Credit Union", "redrivercu", "Winnipeg, MB", "CA", "America/Winnipeg", "en", "bank"),
    ("Okanagan Orchard Co.", "okanaganorchard", "Kelowna, BC", "CA", "America/Vancouver", "en", "cpg"),
    ("Nipigon Analytics", "nipigon", "Toronto, ON", "CA", "America/Toronto", "en", "analytics"),
    ("Capilano Cloud", "capilanocloud", "Vancouver, BC", "CA", "America/Vancouver", "en", "infrastructure"),
    ("Athabasca Pipeline Data", "athabascadata", "Edmonton, AB", "CA", "America/Edmonton", "en", "energy"),
    ("Queenston Mutual", "queenstonmutual", "Toronto, ON", "CA", "America/Toronto", "en", "insurance"),
    ("Tobermory Health Tech", "tobermory", "London, ON", "CA", "America/Toronto", "en", "health"),
    # Québec (French or bilingual)
    ("Groupe Verchères", "verchères", "Montréal, QC", "CA", "America/Toronto", "fr", "finance"),
    ("Solutions Outremont", "outremont", "Montréal, QC", "CA", "America/Toronto", "fr", "saas"),
    ("Assurances Lac-Beauport", "lacbeauport", "Québec, QC", "CA", "America/Toronto", "fr", "insurance"),
    ("Studio Mile-End", "studiomileend", "Montréal, QC", "CA", "America/Toronto", "bi", "games"),
    ("Mobilité Maisonneuve", "maisonneuve", "Montréal, QC", "CA", "America/Toronto", "fr", "transport"),
    ("Laboratoires Charlevoix", "charlevoixlabs", "Québec, QC", "CA", "America/Toronto", "fr", "biotech"),
    ("Données Lachine", "donneeslachine", "Montréal, QC", "CA", "America/Toronto", "fr", "data"),
    ("Cartier Paiements", "cartierpaiements", "Montréal, QC", "CA", "America/Toronto", "bi", "fintech"),
    ("Hochelaga Logiciels", "hochelaga", "Montréal, QC", "CA", "America/Toronto", "fr", "saas"),
    ("Énergie Mauricie", "energiemauricie", "Trois-Rivières, QC", "CA", "America/Toronto", "fr", "energy"),
    ("Lumière Plateau", "lumiereplateau", "Montréal, QC", "CA", "America/Toronto", "bi", "marketing"),
    ("Santé Sherbrooke Numérique", "santesherbrooke", "Sherbrooke, QC", "CA", "America/Toronto", "fr", "health"),
]


_TRANS = str.maketrans({"ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ß": "ss", "ł": "l", "Ł": "L", "đ": "d", "ı": "i",
                        "œ": "oe", "Œ": "OE", "þ": "th"})


def ascii_fold(s):
    s = unicodedata.normalize("NFKD", s.translate(_TRANS))
    return "".join(c for c in s if not unicodedata.combining(c))


class Company:
    def __init__(self, row):
        self.name, slug, self.city, self.country, self.zone, self.lang, self.sector = row
        self.slug = ascii_fold(slug)
        self.domain = self.slug + ".example"
        self.short = self.name.split(" & ")[0].split(" ")[0] if " " in self.name else self.name

    @property
    def tz(self):
        return ZoneInfo(self.zone)

    def __repr__(self):
        return self.name


ALL_COMPANIES = [Company(r) for r in COMPANIES]
EN_COMPANIES = [c for c in ALL_COMPANIES if c.lang in ("en", "bi")]
FR_COMPANIES = [c for c in ALL_COMPANIES if c.lang in ("fr", "bi")]
CA_COMPANIES = [c for c in ALL_COMPANIES if c.country == "CA"]
US_COMPANIES = [c for c in ALL_COMPANIES if c.country == "US"]

AGENCIES = [
    ("Keystone Technical Search", "keystonetech.example", "America/New_York"),
    ("Harrowgate Partners", "harrowgate.example", "America/Chicago"),
    ("Tessellate Talent", "tessellatetalent.example", "America/Toronto"),
    ("Bluejay Recruiting", "bluejayrecruiting.example", "America/Los_Angeles"),
    ("Cascadia Search Group", "cascadiasearch.example", "America/Vancouver"),
    ("Recrutement Mont-Royal", "montroyalrh.example", "America/Toronto"),
    ("Pillar Point Staffing", "pillarpoint.example", "America/Denver"),
    ("Ridgeway Tech Talent", "ridgewaytalent.example", "America/Toronto"),
]

FIRST = ["Aaliyah", "Aarav", "Abena", "Adrián", "Aiko", "Alejandro", "Amara", "Ananya", "Andrés", "Anneliese",
         "Arjun", "Astrid", "Beatriz", "Bilal", "Bronwyn", "Caden", "Camila", "Chidi", "Chloé", "Colm", "Dagny",
         "Daniela", "Darnell", "Deepa", "Delphine", "Desmond", "Dmitri", "Ebony", "Eilidh", "Emeka", "Esperanza",
         "Farah", "Fatima", "Fernando", "Finnegan", "Gabrielle", "Gaurav", "Grace", "Hamza", "Hana", "Harper",
         "Hiroshi", "Ifeoma", "Ingrid", "Isabela", "Jae-won", "Jamal", "Jasmine", "Joaquín", "Jonah", "Kalani",
         "Kenji", "Keisha", "Kofi", "Lakshmi", "Leilani", "Liam", "Lucía", "Malik", "Marisol", "Mateo", "Mei",
         "Mohammed", "Naveen", "Niamh", "Nikhil", "Oluwaseun", "Omar", "Pedro", "Priyanka", "Quinn", "Rafael",
         "Rashida", "Renée", "Rohan", "Saanvi", "Santiago", "Seo-yeon", "Simone", "Siobhán", "Sunita", "Tariq",
         "Thandiwe", "Tomás", "Uriel", "Valentina", "Vikram", "Wen", "Xavier", "Yasmin", "Yusuf", "Zainab", "Zoë",
         "Bjørn", "Søren", "Mathilde", "Kwame", "Ximena", "Dev", "Hollis", "Marcus", "Tessa", "Gideon", "Brooke",
         "Carter", "Danielle", "Evan", "Molly", "Trevor", "Whitney", "Kyle", "Lauren", "Megan", "Jordan", "Casey"]
LAST = ["Abernathy", "Achebe", "Adeyemi", "Alvarez", "Andersen", "Bajwa", "Bergström", "Boateng", "Brennan",
        "Castillo", "Chaudhry", "Chen", "Dasgupta", "Delacroix", "Eriksen", "Fairweather", "Ferreira",
        "Fitzgerald", "Gallagher", "Goldberg", "Gutiérrez", "Haddad", "Hashemi", "Henderson", "Hoang", "Ibarra",
        "Iwasaki", "Jankowski", "Jovanović", "Kapoor", "Kaur", "Kowalczyk", "Larsen", "Lindqvist", "MacDonald",
        "Mahmoud", "McAllister", "Mendoza", "Nakamura", "Nguyen", "Novak", "Obi", "Okonkwo", "O'Sullivan", "Park",
        "Patel", "Petrov", "Quintero", "Raghunathan", "Ramírez", "Sandoval", "Schmidt", "Sato", "Sheikh", "Singh",
        "Sokolova", "Tanaka", "Underwood", "Vasquez", "Vo", "Whitehorse", "Wójcik", "Xu", "Yamamoto", "Yilmaz",
        "Zhang", "Zielinski", "Ó Briain", "Osei", "Rosenberg", "Demir", "Halvorsen", "Kim", "Levi", "Moreno",
        "Pham", "Reyes", "Stewart", "Thompson", "Walsh", "Greene", "Sutherland", "Beaumont", "Carlisle"]
FR_FIRST = ["Geneviève", "Étienne", "Mathieu", "Josée", "Marc-André", "Sébastien", "Amélie", "Guillaume", "Maude",
            "Jérôme", "Stéphanie", "Mélanie", "Frédéric", "Noémie", "Maxime", "Catherine", "Olivier", "Julie",
            "Alexandre", "Émilie", "Félix", "Karine", "Louis-Philippe", "Marie-Ève", "Nathalie", "Pierre-Luc",
            "Véronique", "Annie", "Simon", "Isabelle", "Hélène", "François"]
FR_LAST = ["Bélanger", "Bouchard", "Côté", "Desrosiers", "Gagnon", "Lachance", "Lafleur", "Lavoie", "Leblanc",
           "Morin", "Ouellet", "Pelletier", "Roy", "Saint-Pierre", "Thibodeau", "Gauthier", "Bergeron", "Fortin",
           "Poirier", "Cloutier", "Béland", "Paquette", "Lévesque", "Girard", "Caron", "Dionne", "Beaulieu"]

ROLES_EN = {
    "swe": ["Senior Software Engineer", "Staff Software Engineer, Platform", "Backend Engineer (Payments)",
            "Senior Backend Developer", "Software Engineer II", "Senior Full Stack Engineer",
            "Lead Software Developer", "Principal Engineer, Developer Experience", "Senior Software Engineer - Search",
            "Software Development Engineer III", "Senior Platform Engineer", "Backend Engineer, Integrations"],
    "data": ["Senior Data Engineer", "Data Engineer II", "Analytics Engineer", "Staff Data Engineer",
             "Data Platform Engineer", "Machine Learning Engineer", "Senior Data Scientist, Experimentation",
             "Lead Analytics Engineer", "Senior Analytics Engineer", "Data Engineering Manager",
             "Senior Machine Learning Engineer, Ranking", "Data Engineer, Streaming"],
    "pm": ["Senior Product Manager, Data Platform", "Product Manager, Growth", "Technical Product Manager",
           "Group Product Manager", "Product Owner, Analytics", "Senior Technical Product Manager, APIs",
           "Product Manager - Machine Learning", "Principal Product Manager, Data"],
}
ROLES_FR = ["Ingénieur de données senior", "Développeur logiciel principal", "Gestionnaire de produit, données",
            "Architecte de données", "Scientifique des données", "Analyste principal en intelligence d'affaires",
            "Ingénieur logiciel, plateforme", "Chef d'équipe, ingénierie des données", "Développeur back-end senior",
            "Conseiller principal, analytique", "Propriétaire de produit, paiements"]

WINDOWS = [(dt.date(2025, 1, 13), dt.date(2025, 6, 27), 0.32),
           (dt.date(2026, 1, 5), dt.date(2026, 7, 10), 0.38),
           (dt.date(2026, 9, 14), dt.date(2027, 5, 28), 0.30)]


def pick_day(rng, weekday_only=True):
    r = rng.random()
    acc = 0
    for a, b, w in WINDOWS:
        acc += w
        if r <= acc:
            break
    span = (b - a).days
    while True:
        d = a + dt.timedelta(days=rng.randint(0, span))
        if not weekday_only or d.weekday() < 5:
            return d


def at(day, zone, hour, minute=0, second=0):
    return dt.datetime(day.year, day.month, day.day, hour, minute, second, tzinfo=ZoneInfo(zone))


def sent_time(rng, day, zone, lo=8, hi=18):
    return at(day, zone, rng.randint(lo, hi - 1), rng.randint(0, 59), rng.randint(0, 59))


def add_bdays(d, n):
    while n > 0:
        d += dt.timedelta(days=1)
        if d.weekday() < 5:
            n -= 1
    return d


def next_wd(d, wd, include_today=False):
    """Next date with weekday wd (0=Mon) after d (or d itself if include_today)."""
    k = (wd - d.weekday()) % 7
    if k == 0 and not include_today:
        k = 7
    return d + dt.timedelta(days=k)


def friday_next_week(d):
    return next_wd(d, 4, include_today=True) + dt.timedelta(days=7) if d.weekday() <= 4 else next_wd(d, 4) + dt.timedelta(days=7)


def interview_slot(rng, sent_day, zone, min_days=2, max_days=12, hours=(9, 16)):
    d = sent_day + dt.timedelta(days=rng.randint(min_days, max_days))
    while d.weekday() >= 5:
        d += dt.timedelta(days=1)
    h = rng.randint(*hours)
    m = rng.choice([0, 0, 0, 30, 30, 15, 45])
    return at(d, zone, h, m)


def person(rng, fr=False, used=None):
    for _ in range(50):
        if fr:
            f, l = rng.choice(FR_FIRST), rng.choice(FR_LAST)
        else:
            f, l = rng.choice(FIRST), rng.choice(LAST)
        if used is None or (f, l) not in used:
            if used is not None:
                used.add((f, l))
            return f, l
    return f, l


def email_of(first, last, domain, style=0):
    f = ascii_fold(first).lower().replace(" ", "").replace("'", "")
    l = ascii_fold(last).lower().replace(" ", "").replace("'", "")
    return [f"{f}.{l}", f"{f[0]}{l}", f, f"{f}{l[0]}", f"{f}_{l}"][style % 5] + "@" + domain


class Person:
    def __init__(self, rng, domain, fr=False, style=None, title=None):
        self.first, self.last = person(rng, fr)
        self.name = f"{self.first} {self.last}"
        self.email = email_of(self.first, self.last, domain, rng.randint(0, 4) if style is None else style)
        self.title = title

    def __repr__(self):
        return self.name
