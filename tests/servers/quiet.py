"""An HTTP server for the local stand-ins that says nothing when a client hangs up."""

from __future__ import annotations

import sys
from http.server import ThreadingHTTPServer
from typing import Any


class QuietHTTPServer(ThreadingHTTPServer):
    """``ThreadingHTTPServer`` without a traceback for a client that went away mid-call
    (a killed sync, a timed-out request): that is what the fault tests do on purpose."""

    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        if isinstance(sys.exc_info()[1], ConnectionError):
            return
        super().handle_error(request, client_address)
