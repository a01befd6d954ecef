"""Run the followthrough command line and kill it with SIGKILL before its N-th SQL statement.

``python kill_after.py N ARGS...``: a deterministic stand-in for a power cut or
``kill -9`` at one exact point of a run (a migration, a pass), so a test can try every
point in turn. It only listens to what the real code executes; it changes nothing else.
"""

from __future__ import annotations

import os
import signal
import sys
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Engine


def main() -> int:
    limit = int(sys.argv[1])
    seen = 0

    def before(*_args: Any, **_kw: Any) -> None:
        nonlocal seen
        seen += 1
        if seen >= limit:
            os.kill(os.getpid(), signal.SIGKILL)

    event.listen(Engine, "before_cursor_execute", before)
    from followthrough.cli import main as cli

    return cli(sys.argv[2:])


if __name__ == "__main__":
    sys.exit(main())
