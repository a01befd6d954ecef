"""Parsing and composing RFC 5322 mail."""

from __future__ import annotations

from followthrough.mail.parse import ParsedMessage, parse_message

__all__ = ["ParsedMessage", "parse_message"]
