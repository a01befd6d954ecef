"""Dates and times written the ways North American mail writes them (English and Canadian French)."""
import datetime as dt

from mime import ZONE_FAMILY, ZONE_RULES

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre"]
MOIS_ABBR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]

GENERIC = {"Eastern": "ET", "Central": "CT", "Mountain": "MT", "Pacific": "PT", "Atlantic": "AT",
           "Newfoundland": "NT", "Regina": "CST", "Phoenix": "MST"}
LONG = {"Eastern": "Eastern Time", "Central": "Central Time", "Mountain": "Mountain Time",
        "Pacific": "Pacific Time", "Atlantic": "Atlantic Time", "Newfoundland": "Newfoundland Time",
        "Regina": "Central Standard Time (Saskatchewan)", "Phoenix": "Mountain Standard Time (Arizona)"}
CITY = {"America/Toronto": "Toronto", "America/New_York": "New York", "America/Chicago": "Chicago",
        "America/Winnipeg": "Winnipeg", "America/Denver": "Denver", "America/Edmonton": "Edmonton",
        "America/Los_Angeles": "Los Angeles", "America/Vancouver": "Vancouver", "America/Halifax": "Halifax",
        "America/St_Johns": "St. John's", "America/Regina": "Regina", "America/Phoenix": "Phoenix",
        "America/Detroit": "Detroit", "America/Montreal": "Montreal"}
OUTLOOK_LABEL = {"Eastern": "(UTC-05:00) Eastern Time (US & Canada)", "Central": "(UTC-06:00) Central Time (US & Canada)",
                 "Mountain": "(UTC-07:00) Mountain Time (US & Canada)", "Pacific": "(UTC-08:00) Pacific Time (US & Canada)",
                 "Atlantic": "(UTC-04:00) Atlantic Time (Canada)", "Regina": "(UTC-06:00) Saskatchewan",
                 "Phoenix": "(UTC-07:00) Arizona", "Newfoundland": "(UTC-03:30) Newfoundland"}
FR_ZONE = {"Eastern": ("HNE", "HAE", "heure de l'Est"), "Central": ("HNC", "HAC", "heure du Centre"),
           "Pacific": ("HNP", "HAP", "heure du Pacifique"), "Mountain": ("HNR", "HAR", "heure des Rocheuses"),
           "Atlantic": ("HNA", "HAA", "heure de l'Atlantique"), "Newfoundland": ("HNT", "HAT", "heure de Terre-Neuve"),
           "Regina": ("HNC", "HNC", "heure de la Saskatchewan"), "Phoenix": ("HNR", "HNR", "heure de l'Arizona")}


def fam(d):
    return ZONE_FAMILY[d.tzinfo.key]


def abbr(d):
    std, dst, sa, da = ZONE_RULES[fam(d)]
    return da if (da and d.dst() and d.dst() != dt.timedelta(0)) else sa


def generic(d):
    return GENERIC[fam(d)]


def longname(d):
    return LONG[fam(d)]


def h12(d, style="std"):
    h = d.hour % 12 or 12
    ap = "AM" if d.hour < 12 else "PM"
    if style == "lower":
        ap = ap.lower()
    elif style == "dots":
        ap = "a.m." if d.hour < 12 else "p.m."
    if style in ("short", "lower") and d.minute == 0:
        return f"{h}{ap.lower() if style == 'lower' else ap}"
    sep = "" if style == "lower" else " "
    return f"{h}:{d.minute:02d}{sep}{ap}"


def ordinal(n):
    if 11 <= n % 100 <= 13:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def when_en(d, style, minutes=45):
    e = d + dt.timedelta(minutes=minutes)
    W, M = DAYS[d.weekday()], MONTHS[d.month - 1]
    if style == 0:
        return f"{W}, {M} {d.day}, {d.year} at {h12(d)} {abbr(d)}"
    if style == 1:
        return f"{W[:3]}, {M[:3]} {d.day} \u00b7 {h12(d, 'lower')} \u2013 {h12(e, 'lower')} ({longname(d)} - {CITY.get(d.tzinfo.key, '')})"
    if style == 2:
        return f"{d.month}/{d.day} at {h12(d, 'short').lower()} {generic(d)}"
    if style == 3:
        return f"{W} the {ordinal(d.day)} ({M} {d.day}) at {h12(d)} {generic(d)}"
    if style == 4:
        return f"{W}, {M} {d.day}, {h12(d, 'dots')} to {h12(e, 'dots')} {generic(d)}"
    if style == 5:
        return f"{d:%Y-%m-%d} {d:%H:%M} ({d.tzinfo.key})"
    if style == 6:
        return f"{W}, {M} {d.day}, {d.year} {h12(d)}-{h12(e)} {OUTLOOK_LABEL[fam(d)]}"
    if style == 7:
        return f"{W[:3]} {M[:3]} {d.day}, {d.year} {h12(d, 'lower')} - {h12(e, 'lower')} ({abbr(d)})"
    if style == 8:
        return f"{M} {d.day} at {h12(d)} {longname(d)}"
    return f"{W}, {d.month}/{d.day}/{d.year % 100:02d} @ {h12(d, 'lower')} {abbr(d)}"


def h_fr(d):
    return f"{d.hour} h" if d.minute == 0 else f"{d.hour} h {d.minute:02d}"


def when_fr(d, style, minutes=45):
    e = d + dt.timedelta(minutes=minutes)
    J, M = JOURS[d.weekday()], MOIS[d.month - 1]
    std, dst, long_ = FR_ZONE[fam(d)]
    z = dst if (d.dst() and d.dst() != dt.timedelta(0)) else std
    day = "1er" if d.day == 1 else str(d.day)
    if style == 0:
        return f"le {J} {day} {M} {d.year} à {h_fr(d)} ({long_})"
    if style == 1:
        return f"{J} {day} {M}, de {d.hour} h {d.minute:02d} à {e.hour} h {e.minute:02d} ({z})"
    if style == 2:
        return f"le {day} {M} à {h_fr(d)}, {long_}"
    if style == 3:
        return f"{d:%Y-%m-%d} à {h_fr(d)} ({z})"
    return f"{J} le {day} {M} à {h_fr(d)} {z}"


def date_en(d, style=0):
    W, M = DAYS[d.weekday()], MONTHS[d.month - 1]
    return [f"{W}, {M} {d.day}", f"{M} {d.day}", f"{M} {d.day}, {d.year}", f"{d.month}/{d.day}",
            f"{W} ({d.month}/{d.day})", f"{W[:3]} {M[:3]} {d.day}"][style % 6]


def date_fr(d, style=0):
    J, M = JOURS[d.weekday()], MOIS[d.month - 1]
    day = "1er" if d.day == 1 else str(d.day)
    return [f"{J} {day} {M}", f"le {day} {M}", f"le {day} {M} {d.year}", f"{d:%Y-%m-%d}"][style % 4]


def gmail_attrib(d, name, mail):
    """Gmail 'On ..., NAME <mail> wrote:'."""
    W, M = DAYS[d.weekday()][:3], MONTHS[d.month - 1][:3]
    return f"On {W}, {M} {d.day}, {d.year} at {h12(d)} {name} <{mail}> wrote:"


def gmail_attrib_fr(d, name, mail):
    J, M = JOURS[d.weekday()][:3] + ".", MOIS_ABBR[d.month - 1]
    return f"Le {J} {d.day} {M} {d.year} à {d.hour:02d} h {d.minute:02d}, {name} <{mail}> a écrit :"


def apple_attrib(d, name, mail):
    M = MONTHS[d.month - 1][:3]
    return f"On {M} {d.day}, {d.year}, at {h12(d)}, {name} <{mail}> wrote:"


def outlook_sent(d):
    W, M = DAYS[d.weekday()], MONTHS[d.month - 1]
    return f"{W}, {M} {d.day}, {d.year} {h12(d)}"


def outlook_envoye(d):
    J, M = JOURS[d.weekday()], MOIS[d.month - 1]
    return f"{J} {d.day} {M} {d.year} {d.hour:02d}:{d.minute:02d}"


def thunderbird_attrib(d, name):
    return f"On {d.month}/{d.day}/{d.year % 100:02d} {h12(d)}, {name} wrote:"
