"""The words of dates and time zones, in English, German, French, Spanish, Portuguese
and Dutch.

Months, weekdays, zone abbreviations and the cities zones are named after ("heure de
Paris") are closed sets: both the date patterns (:mod:`followthrough.classify.when`)
and the zone patterns (:mod:`followthrough.classify.when_zones`) are built from them.
"""

from __future__ import annotations

import re

MONTHS: dict[str, int] = {}
for _num, _names in enumerate(
    (
        "january jan januar jänner janvier enero janeiro januari",
        "february feb februar février fevrier febrero fevereiro februari",
        "march mar märz maerz mars marzo março marco maart",
        "april apr avril abril",
        "may mai mayo maio mei",
        "june jun juni juin junio junho",
        "july jul juli juillet julio julho",
        "august aug août aout agosto augustus",
        "september sep sept septembre septiembre setiembre setembro",
        "october oct oktober octobre octubre outubro",
        "november nov novembre noviembre novembro",
        "december dec dezember décembre decembre diciembre dezembro",
    ),
    start=1,
):
    for _n in _names.split():
        MONTHS[_n] = _num

WEEKDAYS: dict[str, int] = {}
for _num, _names in enumerate(
    (
        "monday mon montag lundi lunes segunda segunda-feira maandag",
        "tuesday tue tues dienstag mardi martes terça terca terça-feira dinsdag",
        "wednesday wed mittwoch mercredi miércoles miercoles quarta quarta-feira woensdag",
        "thursday thu thur thurs donnerstag jeudi jueves quinta quinta-feira donderdag",
        "friday fri freitag vendredi viernes sexta sexta-feira vrijdag",
        "saturday sat samstag samedi sábado sabado zaterdag",
        "sunday sun sonntag dimanche domingo zondag",
    )
):
    for _n in _names.split():
        WEEKDAYS[_n] = _num
FULL_WEEKDAYS = {
    k: v for k, v in WEEKDAYS.items() if len(k) > 4 or k in ("lundi", "mardi", "jeudi")
}

#: Zone words written next to a time.
ZONE_WORDS: dict[str, str] = {
    "eastern": "America/New_York",
    "et": "America/New_York",
    "est": "America/New_York",
    "edt": "America/New_York",
    "central": "America/Chicago",
    "ct": "America/Chicago",
    "cst": "America/Chicago",
    "cdt": "America/Chicago",
    "mountain": "America/Denver",
    "mt": "America/Denver",
    "mst": "America/Denver",
    "mdt": "America/Denver",
    "pacific": "America/Los_Angeles",
    "pt": "America/Los_Angeles",
    "pst": "America/Los_Angeles",
    "pdt": "America/Los_Angeles",
    "utc": "UTC",
    "gmt": "UTC",
    "bst": "Europe/London",
    "cet": "Europe/Berlin",
    "cest": "Europe/Berlin",
    "mez": "Europe/Berlin",
    "mesz": "Europe/Berlin",
    "wet": "Europe/Lisbon",
    "west": "Europe/Lisbon",
    "ist": "Asia/Kolkata",
}
#: Cities named in "heure de Paris", "hora de Madrid", "Berlin time", "(London)".
CITY_ZONES: dict[str, str] = {
    "paris": "Europe/Paris",
    "madrid": "Europe/Madrid",
    "barcelona": "Europe/Madrid",
    "berlin": "Europe/Berlin",
    "münchen": "Europe/Berlin",
    "munich": "Europe/Berlin",
    "hamburg": "Europe/Berlin",
    "frankfurt": "Europe/Berlin",
    "wien": "Europe/Vienna",
    "vienna": "Europe/Vienna",
    "zürich": "Europe/Zurich",
    "zurich": "Europe/Zurich",
    "amsterdam": "Europe/Amsterdam",
    "brussels": "Europe/Brussels",
    "bruxelles": "Europe/Brussels",
    "london": "Europe/London",
    "londres": "Europe/London",
    "dublin": "Europe/Dublin",
    "lisbon": "Europe/Lisbon",
    "lisboa": "Europe/Lisbon",
    "rome": "Europe/Rome",
    "roma": "Europe/Rome",
    "stockholm": "Europe/Stockholm",
    "new york": "America/New_York",
    "nueva york": "America/New_York",
    "toronto": "America/Toronto",
    "chicago": "America/Chicago",
    "denver": "America/Denver",
    "los angeles": "America/Los_Angeles",
    "san francisco": "America/Los_Angeles",
    "seattle": "America/Los_Angeles",
    "méxico": "America/Mexico_City",
    "mexico city": "America/Mexico_City",
    "ciudad de méxico": "America/Mexico_City",
    "são paulo": "America/Sao_Paulo",
    "sao paulo": "America/Sao_Paulo",
    "brasília": "America/Sao_Paulo",
    "bogotá": "America/Bogota",
    "buenos aires": "America/Argentina/Buenos_Aires",
    "santiago": "America/Santiago",
    "canarias": "Atlantic/Canary",
}


def alternation(words: list[str]) -> str:
    """A regex alternative of ``words``, escaped, longest first so none shadows another."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
