"""When drafts are due (SPEC section 4): pure functions of the stored history and the clock."""

from __future__ import annotations
