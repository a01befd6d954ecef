"""Rendering drafts from templates the user can override file by file.

A template sees only named values (company, role, first name, the user's name and
signature, ...). Values are plain data: Jinja never evaluates them as template code,
and line breaks are removed from every value, so text taken from mail can neither run
template code nor add a mail header through the subject line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from jinja2 import BaseLoader, StrictUndefined, TemplateNotFound
from jinja2.sandbox import SandboxedEnvironment

from followthrough.errors import ConfigError
from followthrough.model import DraftKind

MAX_PARAGRAPHS = 4
_LINE_BREAKS = re.compile(r"[\r\n\u2028\u2029\x0b\x0c\x85]+")


@dataclass(frozen=True)
class Rendered:
    subject: str
    body: str


class _Loader(BaseLoader):
    """The user's template folder first, then the shipped templates."""

    def __init__(self, override: Path | None) -> None:
        self.override = override

    def get_source(self, environment: object, template: str) -> tuple[str, str | None, None]:
        if self.override is not None:
            path = self.override / template
            if path.is_file():
                return path.read_text(encoding="utf-8"), str(path), None
        try:
            shipped = resources.files("followthrough.drafts").joinpath("templates", template)
            return shipped.read_text(encoding="utf-8"), None, None
        except FileNotFoundError:
            raise TemplateNotFound(template) from None


def clean(value: str | None) -> str:
    """A value safe to place in a template: one line, no control characters."""
    if not value:
        return ""
    text = _LINE_BREAKS.sub(" ", value)
    text = "".join(ch for ch in text if ch == "\t" or ch >= " ")
    return " ".join(text.split())


class Renderer:
    """Renders a draft kind with the given named values."""

    def __init__(self, override: Path | None = None) -> None:
        self.env = SandboxedEnvironment(
            loader=_Loader(override),
            undefined=StrictUndefined,
            autoescape=False,
            keep_trailing_newline=False,
        )

    def render(self, kind: DraftKind, values: dict[str, str]) -> Rendered:
        """Fill the template of ``kind``.

        :raises ConfigError: a user template is broken or uses an unknown value.
        """
        safe = {key: clean(value) for key, value in values.items()}
        try:
            text = self.env.get_template(f"{kind.value}.txt").render(**safe)
        except Exception as exc:
            raise ConfigError(f"the {kind.value} draft template cannot be used: {exc}") from exc
        head, _, body = text.partition("\n\n")
        if not head.lower().startswith("subject:"):
            raise ConfigError(f"the {kind.value} template must start with a 'Subject:' line")
        subject = clean(head.split(":", 1)[1])
        return Rendered(subject=subject, body=body.strip() + "\n")


def first_name(name: str | None, address: str | None) -> str:
    """What to call someone in a greeting: their first name, else a neutral word."""
    if name:
        word = clean(name).split(" ")[0].strip(",")
        if word:
            return word
    if address and "@" in address:
        local = re.split(r"[._-]", address.split("@", 1)[0])[0]
        if local.isalpha():
            return local.capitalize()
    return "there"
