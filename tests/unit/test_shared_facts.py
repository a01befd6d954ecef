"""One definition of each fact the program compares: subject prefixes, folded text,
legal forms, addresses and draft references."""

from __future__ import annotations

import hashlib

import pytest

from followthrough import keys
from followthrough.classify.company_names import strip_legal
from followthrough.mail import subject
from followthrough.providers import draftref
from followthrough.tracker.names import company_key


@pytest.mark.parametrize(
    ("line", "bare"),
    [
        ("Re: Fwd: RE: Interview at Acme", "Interview at Acme"),
        ("AW: WG: Ihre Bewerbung", "Ihre Bewerbung"),
        ("SV: Intervju", "Intervju"),
        ("RV: Entrevista", "Entrevista"),
        ("TR: Entretien", "Entretien"),
        ("Odp: Rozmowa", "Rozmowa"),
        ("Re[2]: Next steps", "Next steps"),
        ("Doorst: Sollicitatie", "Sollicitatie"),
        ("Reminder: your interview", "Reminder: your interview"),
        ("Research role", "Research role"),
    ],
)
def test_every_part_strips_the_same_prefixes(line: str, bare: str) -> None:
    assert subject.strip_prefixes(line) == bare
    assert subject.has_prefix(line) is (bare != line)


def test_reply_and_forward_are_told_apart() -> None:
    assert subject.is_reply("AW: Termin")
    assert not subject.is_forward("AW: Termin")
    assert subject.is_forward("WG: Termin")
    assert not subject.is_reply("WG: Termin")
    assert subject.is_reply("VS: Haastattelu")  # Finnish "vastaus" is a reply
    assert not subject.is_reply("Resume attached")
    assert not subject.is_reply(None)


def test_folding_meets_what_a_person_reads_as_equal() -> None:
    assert keys.compact("Café Ltd") == keys.compact("CAFE LTD") == "cafeltd"
    assert keys.compact("Wisła") == keys.compact("Wisla")
    assert keys.spaced("  Zoë   Ångström ") == "zoe angstrom"
    assert keys.words("Acme, Inc.") == "acme inc"
    assert keys.words("Straße") == "strasse"


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Acme Robotics, Inc.", "acme robotics"),
        ("ACME ROBOTICS INC", "acme robotics"),
        ("Kobold GmbH & Co. KG", "kobold"),
        ("Lanterna Assicurazioni S.p.A.", "lanterna assicurazioni"),
        ("Brasa Ltda.", "brasa"),
        ("Acme Group", "acme"),
        ("Company", "company"),
    ],
)
def test_one_list_of_legal_forms_for_keys_and_extraction(name: str, key: str) -> None:
    assert company_key(name) == key
    if name[:1].isupper() and not name.isupper() and name != "Acme Group":
        assert company_key(strip_legal(name)) == key


def test_domains_come_from_one_place() -> None:
    assert keys.domain_of("Ana <ana@Example.COM>") == "example.com"
    assert keys.domain_of("ana@") is None
    assert keys.domain_of("no address") is None


def test_the_recipient_hash_is_that_of_earlier_releases() -> None:
    """Stored draft refs hold this digest: changing it would lose track of sent drafts."""
    earlier = hashlib.blake2b(b"dana@acme.example", digest_size=8, person=b"ft-to").hexdigest()
    assert draftref.recipient_hash("  Dana@Acme.example ") == earlier
    assert draftref.first_recipient_hash(["Dana <dana@acme.example>, x@y.example"]) == earlier
    assert draftref.first_recipient_hash([]) == ""


def test_a_sent_copy_must_reply_to_the_same_message_and_person() -> None:
    to = draftref.recipient_hash("dana@acme.example")
    headers = {"in-reply-to": "<a@x>", "references": "<z@x> <b@x>"}
    assert draftref.message_ids(headers["references"]) == ["z@x", "b@x"]
    dana, sam = ["Dana <dana@acme.example>"], ["sam@acme.example, dana@acme.example"]
    assert draftref.is_sent_copy("b@x", to, headers.get, dana)
    assert draftref.is_sent_copy("a@x", to, headers.get, dana)
    assert not draftref.is_sent_copy("b@x", to, headers.get, sam)  # first recipient differs
    assert not draftref.is_sent_copy("c@x", to, headers.get, dana)
    assert not draftref.is_sent_copy("", to, headers.get, dana)
