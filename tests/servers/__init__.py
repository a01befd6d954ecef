"""Local servers that speak real wire protocols, for the tests, benchmarks and the demo.

:mod:`tests.servers.gmail_server` serves the Gmail API v1 and
:mod:`tests.servers.graph_server` the Microsoft Graph mail API on 127.0.0.1, so
the real client libraries can be pointed at them instead of being mocked.
"""

from __future__ import annotations
