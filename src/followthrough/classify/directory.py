"""Remember which company writes from which domain, learnt from the mailbox itself.

A recruiter's reply often names no company at all ("Thanks for the note, we'll get back
to you by Friday"): only the domain says who it is. Earlier mail from the same domain
usually did name it ("Hana Iversen, Engineering Manager, Mosswood Media" from
mosswood.example), so the classifier can reuse that name. The directory only learns
names that the text itself confirmed against the domain, never ATS or agency domains.
"""

from __future__ import annotations

import threading


class CompanyDirectory:
    """A small domain -> company name map, safe to share between threads."""

    def __init__(self) -> None:
        self._names: dict[str, str] = {}
        self._lock = threading.Lock()

    def learn(self, domain: str, name: str) -> None:
        """Record ``name`` for ``domain``; a longer spelling of the same name wins."""
        domain = domain.lower()
        with self._lock:
            old = self._names.get(domain)
            if old is None or (len(name) > len(old) and name.lower().startswith(old.lower())):
                self._names[domain] = name

    def lookup(self, domain: str | None) -> str | None:
        """The name learnt for ``domain``, if any."""
        if not domain:
            return None
        with self._lock:
            return self._names.get(domain.lower())

    def __len__(self) -> int:
        return len(self._names)
