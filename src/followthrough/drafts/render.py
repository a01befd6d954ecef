"""Rendering drafts from templates the user can override file by file.

A template sees only named values (company, role, first name, the user's name and
signature, the user's note, ...). Values are plain data: Jinja never evaluates them as
template code, line breaks and control characters are removed from every value, and
each is capped in length, so text taken from mail can neither run template code nor
add a mail header through the subject line. Drafts are ``text/plain``: HTML in a value
stays literal text.

Templates are looked up per language, first match wins::

    <override>/<lang>/<kind>.txt   the user's template for one language
    <override>/<kind>.txt          the user's template for every language
    <shipped>/<lang>/<kind>.txt    the shipped template of that language
    <shipped>/en/<kind>.txt        the shipped English template
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from jinja2 import BaseLoader, StrictUndefined, TemplateNotFound
from jinja2.sandbox import SandboxedEnvironment

from followthrough.errors import ConfigError
from followthrough.keys import compact
from followthrough.model import DraftKind

MAX_PARAGRAPHS = 4
MAX_VALUE = 120  # characters of a company, role, name ...
MAX_NOTE = 300  # ... and of the user's note
SHIPPED_LANGUAGES = ("en", "de", "fr", "es", "pt", "nl")
_LINE_BREAKS = re.compile(r"[\r\n\u2028\u2029\x0b\x0c\x85]+")
_INVISIBLE = re.compile(r"[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
_TITLES = frozenset(
    {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "madam", "herr", "frau", "m", "mme"}
    | {"mlle", "sr", "sra", "srta", "dra", "dhr", "mevr"}
)

# Values every template may use; the ones a caller leaves out are empty.
DEFAULTS: dict[str, str] = {
    "first_name": "",
    "name": "",
    "company": "",
    "role": "",
    "de_role": "",  # French "de" before the role, elided: "d’Ingénieur", "de Data Engineer"
    "user_name": "",
    "signature": "",
    "interview_day": "",
    "promised_date": "",
    "note": "",
    "note_sentence": "",  # the note when it is a whole sentence (then ``note`` is empty)
    "pitch": "",  # [drafts] pitch: the user's own phrase on why they fit
    "check_in_number": "1",
    "focus": "",  # what a thank-you's interviewer does: technical, leadership, people
    "asks_timeline": "1",  # "1": this person runs the process; ask them about next steps
    "screen": "",  # "1": a short screening call
    "variant": "0",  # "0"-"3": a panel's members get different phrasings
}


@dataclass(frozen=True)
class Rendered:
    subject: str
    body: str
    language: str = "en"
    source: str = ""  # where the template came from (a path, or "shipped:<lang>/<kind>.txt")


def _shipped(name: str) -> str | None:
    try:
        return (
            resources.files("followthrough.drafts")
            .joinpath("templates", name)
            .read_text(encoding="utf-8")
        )
    except (FileNotFoundError, NotADirectoryError):
        return None


def _mtime(path: Path) -> float | None:
    try:
        return path.stat().st_mtime
    except OSError:
        return None


class _Loader(BaseLoader):
    """The user's template folder first, then the shipped templates (see module doc)."""

    def __init__(self, override: Path | None) -> None:
        self.override = override

    def candidates(self, template: str) -> list[Path]:
        """The user's files that could hold ``<lang>/<kind>.txt``, in order."""
        if self.override is None:
            return []
        lang, _, kind = template.rpartition("/")
        return [self.override / template, self.override / kind] if lang else [self.override / kind]

    def get_source(
        self, environment: object, template: str
    ) -> tuple[str, str | None, Callable[[], bool]]:
        paths = self.candidates(template)
        seen = [_mtime(p) if p.is_file() else None for p in paths]

        def uptodate() -> bool:  # an edited, added or removed user file is picked up
            return seen == [_mtime(p) if p.is_file() else None for p in paths]

        for path in paths:
            if path.is_file():
                return path.read_text(encoding="utf-8"), str(path), uptodate
        kind = template.rpartition("/")[2]
        for name in dict.fromkeys([template, f"en/{kind}"]):
            text = _shipped(name)
            if text is not None:
                return text, f"shipped:{name}", uptodate
        raise TemplateNotFound(template)


def clean(value: str | None, limit: int = MAX_VALUE) -> str:
    """A value safe to place in a template: one line, no control characters, capped."""
    if not value:
        return ""
    text = _LINE_BREAKS.sub(" ", str(value))
    text = _INVISIBLE.sub("", text)
    text = "".join(ch for ch in text if ch == "\t" or (ch >= " " and ch != "\x7f"))
    text = " ".join(text.split())
    if len(text) > limit:
        cut = text[:limit]
        text = cut.rsplit(" ", 1)[0] if " " in cut[limit // 2 :] else cut
    return text


def clean_values(values: dict[str, str]) -> dict[str, str]:
    """Every known value present and cleaned; the note without trailing punctuation."""
    safe = dict(DEFAULTS)
    for key, value in values.items():
        safe[key] = clean(
            value, MAX_NOTE if key in ("note", "note_sentence", "pitch") else MAX_VALUE
        )
    safe["note"] = safe["note"].rstrip(" .;,:!")
    safe["pitch"] = safe["pitch"].rstrip(" .;,:!")
    if safe["role"] and not safe["de_role"]:
        safe["de_role"] = french_de(safe["role"])
    return safe


def _tidy(text: str) -> str:
    """Trailing spaces, doubled spaces and runs of blank lines left by conditionals."""
    lines = [re.sub(r"(?<=\S) {2,}", " ", line).rstrip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


class Renderer:
    """Renders a draft kind in a language with the given named values."""

    def __init__(self, override: Path | None = None) -> None:
        self.env = SandboxedEnvironment(
            loader=_Loader(override),
            undefined=StrictUndefined,
            autoescape=False,
            keep_trailing_newline=False,
        )

    def render(self, kind: DraftKind, values: dict[str, str], *, language: str = "en") -> Rendered:
        """Fill the template of ``kind`` in ``language`` (English when there is none).

        :raises ConfigError: a user template is broken or uses an unknown value.
        """
        lang = language if re.fullmatch(r"[a-z]{2}", language or "") else "en"
        safe = clean_values(values)
        try:
            template = self.env.get_template(f"{lang}/{kind.value}.txt")
            text = template.render(**safe)
        except Exception as exc:
            raise ConfigError(f"the {kind.value} draft template cannot be used: {exc}") from exc
        head, _, body = _tidy(text.replace("\r\n", "\n")).partition("\n\n")
        if not head.lower().startswith("subject:"):
            raise ConfigError(f"the {kind.value} template must start with a 'Subject:' line")
        subject = clean(head.split(":", 1)[1], 300)
        source = template.filename or ""
        return Rendered(subject=subject, body=body.strip() + "\n", language=lang, source=source)


def first_name(name: str | None, address: str | None, fallback: str = "there") -> str:
    """What to call someone in a greeting: their first name, else ``fallback``.

    "Dr. Anna Schmidt" and "Schmidt, Anna" both give "Anna"; "Ms Lee" stays "Ms Lee"
    (a title and a surname: the surname alone would be rude), "ANNA SCHMIDT" gives
    "Anna"; without a name, the first part of a personal address ("anna.schmidt@...")
    is used, never a one-piece local part ("jsmith@" is not a name). The address also
    tells which word is the given name where the name alone cannot: "Ferraris Chiara"
    <chiara.ferraris@...> is Chiara, and a surname alone ("Bellandi", as a colleague
    named him) with marco.bellandi@... is Marco.
    """
    if name:
        text = clean(name)
        if "@" in text:
            return first_name(None, text, fallback)
        if text.count(",") == 1:
            last, given = (part.strip() for part in text.split(","))
            if given and last:
                text = given
        raw = [w.strip(",;") for w in text.split(" ") if w.strip(",;")]
        words = [w for w in raw if w.lower().rstrip(".") not in _TITLES]
        if len(words) == 1 and len(raw) > 1 and raw[0].lower().rstrip(".") in _TITLES:
            return f"{raw[0]} {_cased(words[0])}"
        if words and any(ch.isalpha() for ch in words[0]):
            return _given_by_address(words, address) or _cased(words[0])
    pieces = _address_parts(address)
    return pieces[0].capitalize() if pieces else fallback


def _address_parts(address: str | None) -> list[str]:
    """The pieces of a personal address's local part ("anna.schmidt@" -> anna, schmidt);
    none for a one-piece or initial-led part ("jsmith@", "j.smith@")."""
    if not address or "@" not in address:
        return []
    parts = re.split(r"[._-]", address.split("@", 1)[0])
    if len(parts) > 1 and parts[0].isalpha() and len(parts[0]) > 1:
        return parts
    return []


def _given_by_address(words: list[str], address: str | None) -> str | None:
    """The name's word that the address puts first, when the name is in another order."""
    parts = _address_parts(address)
    if not parts:
        return None
    folded = [compact(w) for w in words]
    first = compact(parts[0])
    if first in folded:
        return _cased(words[folded.index(first)])
    if len(words) == 1 and folded[0] == compact(parts[-1]) and parts[0].isalpha():
        return parts[0].capitalize()
    return None


#: Gender and workload markers of job ads: the employer's, not the candidate's words.
_AD_MARKERS = re.compile(
    r"\s*[(\[](?:[mwfdhxi]\s*/\s*[mwfdhxi](?:\s*/\s*[mwfdhxi])?|all\s+genders?|"
    r"gn\*?|\d{2,3}\s*(?:-\s*\d{2,3}\s*)?%|vollzeit|teilzeit|full[- ]time|part[- ]time|"
    r"temps\s+plein|tiempo\s+completo)[)\]]",
    re.IGNORECASE,
)


def role_for_draft(role: str) -> str:
    """'Backend-Entwickler (m/w/d)' -> 'Backend-Entwickler'; '(80-100%)' goes too."""
    return " ".join(_AD_MARKERS.sub("", role).split())


def french_de(word: str) -> str:
    """'de' before ``word`` as French writes it: "d’Ingénieur", "de Data Engineer"."""
    if not word:
        return ""
    return f"d’{word}" if word[0].lower() in "aeiouàâäéèêëîïôöùûüœh" else f"de {word}"


def _cased(word: str) -> str:
    """'ANNA' -> 'Anna'; 'McKenzie' and 'anna' as they are (a lower-case name is rare,
    and recasing it would lose "de" or "van")."""
    return word.capitalize() if word.isupper() and len(word) > 1 else word
