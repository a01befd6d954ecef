"""Which language a message is in: each language named as itself, shipped or not."""

from __future__ import annotations

import pytest

from followthrough.classify.language import detect_language

CASES = {
    "en": "Thank you for your application. We will review it and get back to you with "
    "the next steps for the role.",
    "de": "Vielen Dank für Ihre Bewerbung. Wir melden uns bei Ihnen, sobald wir die "
    "Unterlagen geprüft haben. Freundliche Grüße",
    "fr": "Bonjour, nous vous remercions pour votre candidature et nous reviendrons vers "
    "vous avec une réponse.",
    "es": "Hola, gracias por tu candidatura. Revisaremos tu perfil y te escribiremos con "
    "los próximos pasos para el puesto.",
    "it": "Gentile Alex, grazie per la sua candidatura. Siamo lieti di invitarla a un "
    "colloquio con il nostro team. Cordiali saluti",
    "da": "Hej Alex, tak for din ansøgning. Vi har modtaget den og vender tilbage, når vi "
    "har set på den. Venlig hilsen",
    "sv": "Hej Alex! Tack för att du har sökt tjänsten hos oss. Vi återkommer till dig "
    "så snart som möjligt. Vänliga hälsningar",
    "pl": "Dzień dobry, dziękujemy za przesłanie aplikacji. Nie jest to jeszcze decyzja, "
    "odezwiemy się do Pana w przyszłym tygodniu. Pozdrawiam",
}


@pytest.mark.parametrize("language", sorted(CASES))
def test_each_language_is_named_as_itself(language: str) -> None:
    assert detect_language(CASES[language]) == language


def test_capitals_are_not_function_words() -> None:
    """A US job list says "Chicago, IL" again and again: that is not Italian "il"."""
    jobs = "\n".join(f"Data Engineer {n}\nChicago, IL\nEasily apply" for n in range(8))
    assert detect_language("New jobs for you\n" + jobs) == "en"


def test_a_few_shared_words_do_not_make_a_language() -> None:
    """Two Italian-looking words in English mail are not enough to leave English."""
    assert detect_language("Ciao! Thanks for the chat, we will send the offer to you.") == "en"
    assert detect_language("") == "en"
