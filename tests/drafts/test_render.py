"""Drafts rendered for every kind in every shipped language, and hostile values kept inert."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
from pathlib import Path

import pytest

from followthrough.drafts.lint import MAX_CHARS, MIN_CHARS, lint, paragraphs
from followthrough.drafts.render import SHIPPED_LANGUAGES, Renderer, clean, first_name
from followthrough.errors import ConfigError
from followthrough.mail.compose import compose_draft
from followthrough.model import DraftKind, Person
from followthrough.providers.base import DraftSpec

KINDS = list(DraftKind)
NOTE = "the move to event sourcing"
TO = "anna.schmidt@wavecrest.example"

# The greeting each language opens with (the name follows).
GREETING = {"en": "Hi", "de": "Hallo", "fr": "Bonjour", "es": "Hola,", "pt": "Olá,", "nl": "Beste"}


def base(**changes: str) -> dict[str, str]:
    values = {
        "first_name": "Anna",
        "name": "Anna Schmidt",
        "company": "Wavecrest",
        "role": "Data Engineer",
        "user_name": "Sam Lee",
        "signature": "Sam Lee | +1 555 0100",
        "interview_day": "",
        "promised_date": "",
        "note": "",
        "check_in_number": "1",
    }
    values.update(changes)
    return values


@pytest.fixture(scope="module")
def renderer() -> Renderer:
    return Renderer()


def test_every_language_ships_every_kind() -> None:
    root = Path(__file__).parents[2] / "src/followthrough/drafts/templates"
    for lang in SHIPPED_LANGUAGES:
        for kind in KINDS:
            assert (root / lang / f"{kind.value}.txt").is_file(), (lang, kind)


@pytest.mark.parametrize("lang", SHIPPED_LANGUAGES)
@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("note", ["", NOTE])
def test_every_kind_in_every_language(
    renderer: Renderer, lang: str, kind: DraftKind, note: str
) -> None:
    values = base(note=note)
    out = renderer.render(kind, values, language=lang)
    assert out.language == lang
    assert out.source == f"shipped:{lang}/{kind.value}.txt"
    # the subject names the role and the person
    assert "Data Engineer" in out.subject
    assert "Sam Lee" in out.subject
    # greeting with the right first name
    first_line = out.body.split("\n", 1)[0]
    assert first_line.startswith(f"{GREETING[lang]} Anna")
    assert first_line[-1] in ",:"
    # the note woven in when given, absent otherwise
    assert (NOTE in out.body) is bool(note)
    # the company, the signature, short enough
    assert "Wavecrest" in out.body
    assert out.body.rstrip().endswith("Sam Lee | +1 555 0100")
    assert 1 <= len(paragraphs(out.body)) <= 4
    assert MIN_CHARS <= len(out.body) <= MAX_CHARS
    assert lint(out, to_address=TO, thread_subject="Interview", values=values) == []


@pytest.mark.parametrize("lang", SHIPPED_LANGUAGES)
@pytest.mark.parametrize("kind", KINDS)
def test_without_role_company_or_name_still_fine(
    renderer: Renderer, lang: str, kind: DraftKind
) -> None:
    values = base(role="", company="", first_name="", name="", signature="", check_in_number="2")
    out = renderer.render(kind, values, language=lang)
    assert "Sam Lee" in out.subject
    assert "  " not in out.body
    assert " ." not in out.body
    assert " ," not in out.body
    assert lint(out, to_address=TO, thread_subject="Interview", values=values) == []


@pytest.mark.parametrize("lang", SHIPPED_LANGUAGES)
def test_thank_you_asks_for_the_timeline_only_without_a_promised_date(
    renderer: Renderer, lang: str
) -> None:
    asked = renderer.render(DraftKind.THANK_YOU, base(), language=lang).body
    promised = renderer.render(DraftKind.THANK_YOU, base(promised_date="12 May"), language=lang)
    assert "?" in asked
    assert "12 May" in promised.body
    assert "?" not in promised.body


@pytest.mark.parametrize("lang", SHIPPED_LANGUAGES)
def test_follow_up_refers_to_the_promised_date(renderer: Renderer, lang: str) -> None:
    assert "12 May" not in renderer.render(DraftKind.FOLLOW_UP, base(), language=lang).body
    body = renderer.render(DraftKind.FOLLOW_UP, base(promised_date="12 May"), language=lang).body
    assert "12 May" in body


@pytest.mark.parametrize("lang", SHIPPED_LANGUAGES)
def test_interview_day_is_named_in_the_thank_you(renderer: Renderer, lang: str) -> None:
    body = renderer.render(DraftKind.THANK_YOU, base(interview_day="Dienstag"), language=lang).body
    assert "Dienstag" in body


@pytest.mark.parametrize("lang", SHIPPED_LANGUAGES)
@pytest.mark.parametrize("note", ["", NOTE])
def test_check_ins_get_shorter(renderer: Renderer, lang: str, note: str) -> None:
    follow_up = renderer.render(DraftKind.FOLLOW_UP, base(note=note), language=lang).body
    first = renderer.render(DraftKind.CHECK_IN, base(note=note), language=lang).body
    second = renderer.render(
        DraftKind.CHECK_IN, base(note=note, check_in_number="2"), language=lang
    ).body
    assert len(follow_up) > len(first) > len(second)
    assert len(paragraphs(second)) == 1


@pytest.mark.parametrize("lang", SHIPPED_LANGUAGES)
def test_rejection_reply_asks_for_feedback_and_never_follows_up(
    renderer: Renderer, lang: str
) -> None:
    out = renderer.render(DraftKind.REJECTION_REPLY, base(), language=lang)
    words = {
        "en": "feedback",
        "de": "verbessern",
        "fr": "améliorer",
        "es": "mejorar",
        "pt": "melhorar",
        "nl": "feedback",
    }
    assert words[lang] in out.body
    assert len(paragraphs(out.body)) <= 2
    assert len(out.body) < len(renderer.render(DraftKind.THANK_YOU, base(), language=lang).body)


HOSTILE = [
    "{{ 7*7 }}",
    "{% raw %}x{% endraw %}",
    "{{ ''.__class__.__mro__ }}",
    "%s %(name)s ${user}",
    "Acme\r\nBcc: x@y.example",
    "Acme\nSubject: pwned",
    "<script>alert(1)</script><!-- c -->",
    "Acme\u2028Bcc: x@y.example\x00\x1b[31m",
]


@pytest.mark.parametrize("lang", SHIPPED_LANGUAGES)
@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("hostile", HOSTILE)
def test_hostile_company_and_person_come_out_inert(
    renderer: Renderer, lang: str, kind: DraftKind, hostile: str
) -> None:
    values = base(company=hostile, name=hostile, first_name=hostile, note=hostile)
    out = renderer.render(kind, values, language=lang)
    text = f"{out.subject}\n{out.body}"
    flat = clean(hostile)
    assert flat in out.body  # literally, as one line
    assert "49" not in text
    assert "class '" not in text
    assert "<class" not in text
    assert "\r" not in text
    assert "\x00" not in text
    assert "\x1b" not in text
    assert "\n" not in out.subject
    for line in text.split("\n"):
        assert not line.startswith(("Bcc:", "Subject:"))
    if "<script>" in hostile:
        assert "<script>alert(1)</script>" in out.body  # text/plain: literal, not escaped
    # in the message as written to the mailbox: no extra header, the value in the body
    spec = DraftSpec(
        message_id="<d1@example.com>",
        sender=Person("Sam Lee", "sam@example.com"),
        to=Person(first_name(hostile, TO), TO),
        subject=out.subject,
        body=out.body,
    )
    raw = compose_draft(spec, date=dt.datetime(2026, 5, 4, 9, 0, tzinfo=dt.UTC))
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert msg["Bcc"] is None
    assert len(msg.get_all("Subject") or []) == 1
    assert msg.get_content_type() == "text/plain"
    # hostile values are the user's data, not unfilled placeholders
    assert lint(out, to_address=TO, thread_subject="", values=values) == []


def test_values_are_never_evaluated(renderer: Renderer) -> None:
    out = renderer.render(
        DraftKind.FOLLOW_UP, base(role="{{ 7*7 }}", company="{% if 1 %}x{% endif %}")
    )
    assert out.subject == "Following up on my {{ 7*7 }} interview - Sam Lee"
    assert "{% if 1 %}x{% endif %}" in out.body


def test_values_are_capped_and_one_line() -> None:
    assert clean("a\r\nb\tc\x00d\u200be") == "a b cde"
    long = clean("word " * 100)
    assert len(long) <= 120
    assert not long.endswith(" ")


def test_note_loses_its_trailing_full_stop(renderer: Renderer) -> None:
    body = renderer.render(DraftKind.THANK_YOU, base(note="the roadmap.")).body
    assert "discussing the roadmap." in body
    assert "roadmap.." not in body


def test_unknown_language_falls_back_to_english(renderer: Renderer) -> None:
    out = renderer.render(DraftKind.THANK_YOU, base(), language="it")
    assert out.source == "shipped:en/thank_you.txt"
    assert out.body.startswith("Hi Anna,")


def test_override_file_by_file(tmp_path: Path) -> None:
    (tmp_path / "follow_up.txt").write_text(
        "Subject: Update? {{ role }} - {{ user_name }}\n\nDear {{ first_name }},\n\nMine.\n",
        encoding="utf-8",
    )
    renderer = Renderer(tmp_path)
    mine = renderer.render(DraftKind.FOLLOW_UP, base())
    assert mine.subject == "Update? Data Engineer - Sam Lee"
    assert mine.body == "Dear Anna,\n\nMine.\n"
    assert mine.source == str(tmp_path / "follow_up.txt")
    # a top-level override applies to every language ...
    assert renderer.render(DraftKind.FOLLOW_UP, base(), language="de").body == mine.body
    # ... while the kinds not overridden stay shipped
    shipped = renderer.render(DraftKind.THANK_YOU, base())
    assert shipped.source == "shipped:en/thank_you.txt"
    assert shipped.body == Renderer().render(DraftKind.THANK_YOU, base()).body


def test_override_for_one_language_wins(tmp_path: Path) -> None:
    (tmp_path / "de").mkdir()
    (tmp_path / "de/thank_you.txt").write_text(
        "Subject: Danke - {{ user_name }}\n\nHallo {{ first_name }},\n\nDanke!\n", encoding="utf-8"
    )
    (tmp_path / "thank_you.txt").write_text(
        "Subject: Thanks - {{ user_name }}\n\nHey {{ first_name }},\n\nThanks!\n", encoding="utf-8"
    )
    renderer = Renderer(tmp_path)
    assert renderer.render(DraftKind.THANK_YOU, base(), language="de").subject == "Danke - Sam Lee"
    assert renderer.render(DraftKind.THANK_YOU, base(), language="fr").subject == "Thanks - Sam Lee"
    assert renderer.render(DraftKind.CHECK_IN, base(), language="fr").source == (
        "shipped:fr/check_in.txt"
    )


def test_edited_override_is_picked_up(tmp_path: Path) -> None:
    renderer = Renderer(tmp_path)
    assert renderer.render(DraftKind.CHECK_IN, base()).source == "shipped:en/check_in.txt"
    path = tmp_path / "check_in.txt"
    path.write_text("Subject: One {{ role }}\n\nHi {{ first_name }},\n\nOne.\n", encoding="utf-8")
    assert renderer.render(DraftKind.CHECK_IN, base()).subject == "One Data Engineer"


@pytest.mark.parametrize(
    "text",
    [
        "Subject: {{ unknown_value }}\n\nHi\n",
        "Subject: {{ role.__class__.__init__.__globals__ }}\n\nHi\n",
        "No subject line\n\nHi\n",
        "Subject: {% if %}\n\nHi\n",
    ],
)
def test_broken_user_template_is_a_config_error(tmp_path: Path, text: str) -> None:
    (tmp_path / "thank_you.txt").write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError):
        Renderer(tmp_path).render(DraftKind.THANK_YOU, base())


@pytest.mark.parametrize(
    ("name", "address", "expected"),
    [
        ("Anna Schmidt", None, "Anna"),
        ("Dr. Anna Schmidt", None, "Anna"),
        ("Schmidt, Anna", None, "Anna"),
        ("Mme Claire Dubois", None, "Claire"),
        (None, "anna.schmidt@x.example", "Anna"),
        ("anna.schmidt@x.example", None, "Anna"),
        (None, "a1@x.example", "there"),
        ("Ms Lee", None, "Ms Lee"),
        ("ANNA SCHMIDT", None, "Anna"),
        (None, "jsmith@x.example", "there"),
        (None, None, "there"),
        ("Ferraris Chiara", "chiara.ferraris@x.example", "Chiara"),
        ("Bellandi", "marco.bellandi@x.example", "Marco"),
        ("Nováková Jana", "jana.novakova@x.example", "Jana"),
        ("Anna Schmidt", "a.schmidt@x.example", "Anna"),
        ("Anna Schmidt", "recruiting.team@x.example", "Anna"),
        ("Lee", "jsmith@x.example", "Lee"),
    ],
)
def test_first_name(name: str | None, address: str | None, expected: str) -> None:
    assert first_name(name, address) == expected
    assert first_name(None, None, fallback="") == ""


@pytest.mark.parametrize(
    ("role", "shown"),
    [
        ("Backend-Entwickler (m/w/d)", "Backend-Entwickler"),
        ("Data Engineer (w/m/d) (80-100%)", "Data Engineer"),
        ("Ingénieur Backend (H/F)", "Ingénieur Backend"),
        ("Platform Engineer (Remote)", "Platform Engineer (Remote)"),
    ],
)
def test_the_ads_markers_stay_out_of_the_candidates_words(role: str, shown: str) -> None:
    from followthrough.drafts.render import role_for_draft

    assert role_for_draft(role) == shown


@pytest.mark.parametrize(
    ("role", "written"),
    [
        ("Ingénieur·e Backend", "poste d’Ingénieur·e Backend"),
        ("Data Engineer", "poste de Data Engineer"),
    ],
)
def test_french_elides_de_before_a_vowel(role: str, written: str) -> None:
    text = Renderer().render(DraftKind.THANK_YOU, {**base(), "role": role}, language="fr")
    assert written in text.subject
    assert written in text.body
