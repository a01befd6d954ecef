"""Storage: SQLAlchemy 2.x models, the engine, and the queries the service needs."""

from __future__ import annotations
