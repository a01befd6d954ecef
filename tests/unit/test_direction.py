"""Direction is decided once, from the folder and the user's own addresses."""

from __future__ import annotations

from followthrough.mail.direction import direction_of
from followthrough.model import Direction


def test_the_users_own_addresses_make_mail_outbound_wherever_it_sits() -> None:
    own = ["sam@example.org", "Sam.Old@Example.net", None]
    assert direction_of("sam@example.org", own) is Direction.OUT
    assert direction_of(" SAM.old@example.NET ", own, Direction.IN) is Direction.OUT


def test_otherwise_the_folder_says() -> None:
    own = ["sam@example.org"]
    assert direction_of("priya@fernway.example", own) is Direction.IN
    assert direction_of("priya@fernway.example", own, Direction.OUT) is Direction.OUT
    assert direction_of(None, own, Direction.OUT) is Direction.OUT
    assert direction_of("sam@example.org.evil.example", own) is Direction.IN
    assert direction_of("sam@example.org", []) is Direction.IN
