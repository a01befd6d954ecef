"""followthrough: tracks a job search from the mailbox and drafts well-timed follow-ups."""

from __future__ import annotations

__version__ = "0.1.0"
