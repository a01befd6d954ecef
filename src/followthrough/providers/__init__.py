"""Mailbox providers behind one interface; concrete ones are imported lazily by name.

Nothing above this package imports a concrete provider: the service asks
:func:`load_provider` for the one the config names.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from followthrough.providers.base import Provider

REGISTRY: dict[str, str] = {
    "maildir": "followthrough.providers.maildir:MaildirProvider",
    "gmail": "followthrough.providers.gmail:GmailProvider",
    "outlook": "followthrough.providers.outlook:OutlookProvider",
}


def provider_class(name: str) -> type[Provider]:
    """Import and return the provider class registered under ``name``.

    :raises KeyError: for an unknown provider name.
    """
    target = REGISTRY[name]
    module_name, _, attr = target.partition(":")
    module = importlib.import_module(module_name)
    cls: Any = getattr(module, attr)
    return cls  # type: ignore[no-any-return]
