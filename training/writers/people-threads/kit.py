"""Text helpers: alternation expansion, typos, dates in local phrasing, reply-by arithmetic."""
import datetime as dt
import re

ALT = re.compile(r"⟨([^⟨⟩]*)⟩")


def expand(tpl, rng):
    """Expand ⟨a|b|c⟩ alternations (innermost first), choosing with rng."""
    while True:
        m = ALT.search(tpl)
        if not m:
            return tpl
        choice = rng.choice(m.group(1).split("|"))
        tpl = tpl[:m.start()] + choice + tpl[m.end():]


class SafeDict(dict):
    def __missing__(self, k):
        raise KeyError(k)


def fill(tpl, rng, **slots):
    return expand(tpl, rng).format_map(SafeDict(slots))


def typo(text, rng, rate=0.04, protect=()):
    """Introduce a few human typos, never inside protected strings (names, roles, companies)."""
    spans = [(m.start(), m.end()) for m in re.finditer(r"(https?://\S+|[\w.+-]+@[\w.-]+|www\.\S+)", text)]
    for p in protect:
        if not p:
            continue
        for m in re.finditer(re.escape(p), text):
            spans.append((m.start(), m.end()))
    words = list(re.finditer(r"[A-Za-z]{5,}", text))
    out = text
    shift = 0
    for m in words:
        if rng.random() > rate:
            continue
        s, e = m.start(), m.end()
        if any(a <= s < b or a < e <= b for a, b in spans):
            continue
        w = m.group(0)
        k = rng.randrange(1, len(w) - 2)
        kind = rng.random()
        if kind < 0.5:
            nw = w[:k] + w[k + 1] + w[k] + w[k + 2:]
        elif kind < 0.8:
            nw = w[:k] + w[k + 1:]
        else:
            nw = w[:k] + w[k] + w[k:]
        out = out[:s + shift] + nw + out[e + shift:]
        shift += len(nw) - len(w)
    return out


def lower_mobile(text, protect=()):
    """lowercase a casual note except protected names."""
    keep = {}
    for i, p in enumerate(sorted([p for p in protect if p], key=len, reverse=True)):
        tok = f"\x00{i}\x00"
        keep[tok] = p
        text = text.replace(p, tok)
    text = text.lower()
    for tok, p in keep.items():
        text = text.replace(tok, p)
    return text


# ---------------------------------------------------------------------------- dates

EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
ES_DAYS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
ES_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
             "octubre", "noviembre", "diciembre"]
PT_DAYS = ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"]
PT_MONTHS = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
             "outubro", "novembro", "dezembro"]

US_ZONE = {"America/New_York": ("ET", "EST", "EDT", "Eastern"), "America/Chicago": ("CT", "CST", "CDT", "Central"),
           "America/Denver": ("MT", "MST", "MDT", "Mountain"), "America/Los_Angeles": ("PT", "PST", "PDT", "Pacific")}
AU_ZONE = {"Australia/Sydney": ("AEST", "AEDT", "Sydney"), "Australia/Melbourne": ("AEST", "AEDT", "Melbourne"),
           "Australia/Brisbane": ("AEST", "AEST", "Brisbane"), "Australia/Perth": ("AWST", "AWST", "Perth"),
           "Australia/Adelaide": ("ACST", "ACDT", "Adelaide")}


def ordinal(n):
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"


def _ampm(d, style):
    h, m = d.hour, d.minute
    suf = "am" if h < 12 else "pm"
    h12 = h % 12 or 12
    if style == "us":
        return f"{h12}:{m:02d} {'AM' if h < 12 else 'PM'}"
    if style == "short":
        return f"{h12}{suf}" if m == 0 else f"{h12}:{m:02d}{suf}"
    if style == "dot":
        return f"{h12}{suf}" if m == 0 else f"{h12}.{m:02d}{suf}"
    return f"{h:02d}:{m:02d}"


def zone_label(d, rng):
    z = d.tzinfo.key
    dst = bool(d.dst())
    if z in US_ZONE:
        a = US_ZONE[z]
        return rng.choice([a[0], a[2] if dst else a[1], a[3], a[0]])
    if z in AU_ZONE:
        a = AU_ZONE[z]
        return rng.choice([a[1] if dst else a[0], f"{a[2]} time", a[1] if dst else a[0]])
    if z == "Europe/London":
        return rng.choice(["BST" if dst else "GMT", "UK time", "London time", ""])
    return ""


def when_en(d, rng, region, with_zone=True):
    """A human phrasing of a datetime, in the sender's regional English."""
    day = EN_DAYS[d.weekday()]
    mon = EN_MONTHS[d.month - 1]
    z = zone_label(d, rng) if with_zone else ""
    zs = f" {z}" if z else ""
    if region == "US":
        forms = [f"{day}, {mon} {d.day} at {_ampm(d, 'us')}{zs}",
                 f"{day[:3]} {d.month}/{d.day} at {_ampm(d, 'short')}{zs}",
                 f"{day} ({d.month}/{d.day}) at {_ampm(d, 'short')}{zs}",
                 f"{day}, {mon} {ordinal(d.day)}, {_ampm(d, 'short')}{zs}"]
    elif region == "AU":
        forms = [f"{day} {d.day} {mon} at {_ampm(d, 'dot')}{zs}",
                 f"{day[:3]} {d.day}/{d.month} at {_ampm(d, 'short')}{zs}",
                 f"{day} {ordinal(d.day)} {mon}, {_ampm(d, 'short')}{zs}",
                 f"{day} {d.day} {mon}, {_ampm(d, '24')}{zs}"]
    else:
        forms = [f"{day} {d.day} {mon} at {_ampm(d, 'short')}{zs}",
                 f"{day} {ordinal(d.day)} {mon} at {_ampm(d, '24')}{zs}",
                 f"{day[:3]} {d.day} {mon[:3]}, {_ampm(d, 'short')}{zs}",
                 f"{day} {d.day} {mon}, {_ampm(d, 'dot')}{zs}"]
    return rng.choice(forms)


def when_es(d, rng, city):
    day = ES_DAYS[d.weekday()]
    mon = ES_MONTHS[d.month - 1]
    zn = {"Europe/Madrid": "hora de Madrid", "America/Mexico_City": "hora CDMX", "America/Bogota": "hora de Bogotá",
          "America/Argentina/Buenos_Aires": "hora de Buenos Aires"}.get(d.tzinfo.key, "")
    h = f"{d.hour}:{d.minute:02d}"
    forms = [f"el {day} {d.day} de {mon} a las {h} ({zn})",
             f"el {day} {d.day}/{d.month} a las {h} h, {zn}",
             f"el próximo {day}, {d.day} de {mon}, a las {h} ({zn})"]
    return rng.choice(forms)


def when_pt(d, rng, variant):
    day = PT_DAYS[d.weekday()]
    mon = PT_MONTHS[d.month - 1]
    if variant == "BR":
        h = f"{d.hour}h" if d.minute == 0 else f"{d.hour}h{d.minute:02d}"
        forms = [f"{day}, {d.day} de {mon}, às {h} (horário de Brasília)",
                 f"{day.split('-')[0]} ({d.day:02d}/{d.month:02d}) às {h}, horário de Brasília",
                 f"dia {d.day} de {mon} ({day}), às {h} (horário de Brasília)"]
    else:
        h = f"{d.hour}h{d.minute:02d}"
        forms = [f"{day}, dia {d.day} de {mon}, às {h} (hora de Lisboa)",
                 f"{day}, {d.day:02d}/{d.month:02d}, às {h} (hora de Lisboa)"]
    return rng.choice(forms)


def next_weekday(d, wd, skip_today=True):
    """date of the next given weekday (0=Mon) after d (a date)."""
    ahead = (wd - d.weekday()) % 7
    if ahead == 0 and skip_today:
        ahead = 7
    return d + dt.timedelta(days=ahead)


def add_business_days(d, n):
    while n > 0:
        d += dt.timedelta(days=1)
        if d.weekday() < 5:
            n -= 1
    return d


def friday_next_week(d):
    monday_next = d + dt.timedelta(days=7 - d.weekday())
    return monday_next + dt.timedelta(days=4)
