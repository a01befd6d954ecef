"""Where ``demo --gmail`` and ``demo --outlook`` find the local API servers.

The Gmail and Graph stand-ins are test code: they live in the source checkout's
``tests/servers`` and are not part of the installed package, so a user's install carries
no server and no certificate authority. From a checkout (``pip install -e .``) the demo
finds them next to the package; from a wheel it says where to get them.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from types import ModuleType

from followthrough.errors import UserError

#: The checkout this package was installed from in editable mode (src/followthrough/..).
CHECKOUT = Path(__file__).resolve().parents[3]


def server_module(name: str) -> ModuleType:
    """``tests.servers.<name>`` of the checkout, or a clear error where there is none."""
    if not (CHECKOUT / "tests" / "servers" / f"{name}.py").is_file():
        raise UserError(
            "the local Gmail and Outlook servers of the demo come with the source checkout "
            "(tests/servers); clone the project and install it with `pip install -e .`, "
            "or run `followthrough demo` on the Maildir sample"
        )
    if str(CHECKOUT) not in sys.path:
        sys.path.insert(0, str(CHECKOUT))
    return importlib.import_module(f"tests.servers.{name}")
