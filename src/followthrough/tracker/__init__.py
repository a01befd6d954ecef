"""Application state machine and message-to-application matching (SPEC section 3)."""

from __future__ import annotations
