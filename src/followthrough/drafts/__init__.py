"""Writing the drafts: templates, rendering and the checks before a draft is written."""

from __future__ import annotations
