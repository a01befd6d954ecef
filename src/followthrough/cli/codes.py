"""The exit codes of ``followthrough`` (SPEC section 5)."""

from __future__ import annotations

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_AUTH, EXIT_LOCKED, EXIT_DATABASE = 0, 1, 2, 3, 4, 5
