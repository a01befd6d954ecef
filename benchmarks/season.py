"""Replay a labelled mailbox over a season and print every draft it left, then the faults.

    python benchmarks/season.py ../shared/corpus/messages --start 2026-01-01 --end 2026-04-30

One pass every ``--every`` hours (default 12, twice a day), as the running service
would. Prints each draft (recipient, subject, body) for a person to read, then what
``tests/season.audit`` finds wrong, and counts.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests import season as ss


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--start", required=True)
    ap.add_argument("--end", required=True)
    ap.add_argument("--every", type=float, default=12.0, help="hours between passes")
    ap.add_argument("--quiet", action="store_true", help="counts and faults only")
    args = ap.parse_args()
    account, tz, files = ss.labelled(args.folder)
    start = dt.datetime.fromisoformat(args.start).replace(tzinfo=dt.UTC)
    end = dt.datetime.fromisoformat(args.end).replace(tzinfo=dt.UTC)
    began = time.monotonic()
    with tempfile.TemporaryDirectory() as tmp:
        season = ss.replay(
            files,
            account=account,
            timezone=tz,
            start=start,
            end=end,
            step=dt.timedelta(hours=args.every),
            root=Path(tmp),
        )
    if not args.quiet:
        print(ss.show(season))
    faults = ss.audit(season, labels=ss.truth(args.folder)) + ss.stale(season)
    print(f"{season.passes} passes in {time.monotonic() - began:.1f}s")
    print("drafts made:", dict(Counter(d.kind for d in season.drafts)))
    final = Counter(d["status"] for a in season.final["applications"] for d in a["drafts"])
    print("final draft statuses:", dict(final))
    print("applications:", len(season.final["applications"]))
    print(f"faults: {len(faults)}")
    for f in faults:
        print("  " + f)
    return 1 if faults else 0


if __name__ == "__main__":
    raise SystemExit(main())
