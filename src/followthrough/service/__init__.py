"""The service: one sync pass (ingest, track, draft) and the long-running scheduler."""

from __future__ import annotations
