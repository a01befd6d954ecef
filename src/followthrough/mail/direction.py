"""Whether the user received a message or sent it: decided once, before it is read.

The provider knows the folder (Sent is outbound); the user's own addresses know more: a
copy of their own mail in the inbox, or mail sent from an alias, is still theirs. The
service, the ``classify`` command and training all ask this one function, so a message
never counts as inbound in one place and outbound in another.
"""

from __future__ import annotations

from collections.abc import Iterable

from followthrough.model import Direction


def direction_of(
    sender: str | None, own: Iterable[str | None], folder: Direction = Direction.IN
) -> Direction:
    """Outbound when ``sender`` is one of the user's ``own`` addresses, else as ``folder``."""
    mine = {a.strip().lower() for a in own if a}
    if sender and sender.strip().lower() in mine:
        return Direction.OUT
    return folder
