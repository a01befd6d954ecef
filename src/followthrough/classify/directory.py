"""Remember which company writes from which domain, learnt from the mailbox itself,
and which messages belong to a hiring conversation (a reply to one is job mail), and
who wrote or was copied on job mail (so "you'll meet Priya" finds Priya's address).

A recruiter's reply often names no company at all ("Thanks for the note, we'll get back
to you by Friday"): only the domain says who it is. Earlier mail from the same domain
usually did name it ("Hana Iversen, Engineering Manager, Mosswood Media" from
mosswood.example), so the classifier can reuse that name. The directory only learns
names that the text itself confirmed against the domain, never ATS or agency domains.

It also keeps every company name the mailbox has confirmed in text, with or without a
domain (an ATS acknowledgement for "Juniper Vale Insurance", an agency's "my client
Juniper Vale Insurance"), so that a later domain-only guess ("junipervale.example") or
a short spelling ("Juniper Vale") can be given the full name the mailbox already knows.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import replace

from followthrough.classify.company_names import ORG_WORD, strip_legal
from followthrough.classify.senders import org_label
from followthrough.keys import LEGAL_SUFFIX, compact
from followthrough.model import Classification, Kind, Person


def _extends(short: str, long: str) -> bool:
    """Whether ``long`` is ``short`` plus company-name words ("Acme" -> "Acme Labs GmbH")."""
    if not long.lower().startswith(short.lower() + " ") or len(short) < 3:
        return False
    tail = long[len(short) :].split()
    return all(ORG_WORD.fullmatch(w) or LEGAL_SUFFIX.fullmatch(" " + w) for w in tail)


class CompanyDirectory:
    """A small domain -> company name map, safe to share between threads."""

    def __init__(self) -> None:
        self._names: dict[str, str] = {}
        self._known: dict[str, str] = {}
        self._threads: set[str] = set()  # Message-IDs of this mailbox's job mail
        self._employers: set[str] = set()  # sender domains of its inbound job mail
        self._people: dict[str, Person] = {}  # address -> person, from this search's mail
        self._by_domain: dict[str, dict[str, Person]] = {}  # the same, by domain
        self._lock = threading.Lock()

    def note_job_mail(self, message_id: str | None, employer_domain: str | None = None) -> None:
        """Remember that ``message_id`` is part of a hiring conversation, and that
        ``employer_domain`` (an employer's own, not an ATS's) writes job mail."""
        with self._lock:
            if message_id:
                self._threads.add(message_id)
            if employer_domain:
                self._employers.add(employer_domain.lower())

    def note_people(self, people: Iterable[Person | None], *, owner: str | None = None) -> None:
        """Remember who took part in job mail (by address), so a later invite that names
        someone only by name can be joined to the address they wrote from."""
        with self._lock:
            for person in people:
                if person is None or not person.address or person.address == owner:
                    continue
                if len(self._people) >= 5000 and person.address not in self._people:
                    continue  # a mailbox-sized bound; the first people of a search stay
                old = self._people.get(person.address)
                if old is None or (person.name and len(person.name) > len(old.name or "")):
                    self._people[person.address] = Person(person.name, person.address)
                    domain = person.address.rsplit("@", 1)[-1].strip(">").lower()
                    here = self._by_domain.setdefault(domain, {})
                    here[person.address] = self._people[person.address]

    def people(self) -> Mapping[str, Sequence[Person]]:
        """Everyone noted so far, by domain, with the fullest name seen for each address
        (by domain: an invite looks only at its own domains, whatever the search's size)."""
        return _PeopleByDomain(self)

    def people_at(self, domain: str) -> tuple[Person, ...]:
        with self._lock:
            return tuple(self._by_domain.get(domain, {}).values())

    def writes_job_mail(self, domain: str | None) -> bool:
        """Whether job mail of this mailbox came from ``domain``, or it names an employer."""
        if not domain:
            return False
        with self._lock:
            if domain.lower() in self._employers:
                return True
        return bool(self.employer_name(domain))

    def in_job_thread(self, ids: list[str | None] | tuple[str | None, ...]) -> bool:
        """Whether a message answering ``ids`` (In-Reply-To, References) answers job mail."""
        with self._lock:
            return any(i in self._threads for i in ids if i)

    def learn(self, domain: str, name: str) -> None:
        """Record ``name`` for ``domain``; a longer spelling of the same name wins."""
        domain = domain.lower()
        with self._lock:
            old = self._names.get(domain)
            if old is None or (len(name) > len(old) and name.lower().startswith(old.lower())):
                self._names[domain] = name
            self._remember(name)

    def remember(self, name: str) -> None:
        """Record a company name the text confirmed, whatever domain it came from."""
        with self._lock:
            self._remember(name)

    def _remember(self, name: str) -> None:
        key = compact(strip_legal(name))
        if len(key) < 3:
            return
        old = self._known.get(key)
        if old is None or len(name) > len(old):
            self._known[key] = name

    def lookup(self, domain: str | None) -> str | None:
        """The name learnt for ``domain``, if any."""
        if not domain:
            return None
        with self._lock:
            return self._names.get(domain.lower())

    def employer_name(self, domain: str | None) -> str | None:
        """The company this mailbox links to ``domain``, learnt or spelt like it."""
        return self.lookup(domain) or (self.for_label(org_label(domain)) if domain else None)

    def fuller(self, name: str) -> str | None:
        """A known longer spelling of ``name`` ("Juniper Vale" -> "Juniper Vale Insurance")."""
        with self._lock:
            found = [k for k in self._known.values() if _extends(name, k)]
        return max(found, key=len) if found else None

    def for_label(self, label: str | None) -> str | None:
        """The one known name spelt like a domain label ('junipervale' -> 'Juniper Vale
        Insurance'); None when none or several different companies fit."""
        lab = compact(re.sub(r"[-_]", "", label or ""))
        if len(lab) < 4:
            return None
        with self._lock:
            fits = [name for key, name in self._known.items() if key.startswith(lab)]
        if not fits:
            return None
        shortest = min(fits, key=len)
        if all(n == shortest or _extends(shortest, n) for n in fits):
            return max(fits, key=len)
        return None

    def settle(self, result: Classification) -> Classification:
        """``result`` with the fullest name the directory now knows for its company.

        For a second pass once a batch of mail has been read: the first mail from a
        company may only say "Pinecrest" while a later one signs "Pinecrest Software".
        """
        name = result.company
        if result.kind is Kind.OTHER or not name:
            return result
        known = self.lookup(result.company_domain)
        if not (known and known.lower().startswith(name.lower())):
            known = self.fuller(name)
        if known and len(known) > len(name):
            return replace(result, company=known)
        return result

    def __len__(self) -> int:
        return len(self._names)


class _PeopleByDomain(Mapping[str, Sequence[Person]]):
    """A read of :meth:`CompanyDirectory.people` by domain, under the directory's lock."""

    def __init__(self, directory: CompanyDirectory) -> None:
        self._directory = directory

    def __getitem__(self, domain: str) -> Sequence[Person]:
        found = self._directory.people_at(domain)
        if not found:
            raise KeyError(domain)
        return found

    def __iter__(self) -> Iterator[str]:
        with self._directory._lock:
            return iter(list(self._directory._by_domain))

    def __len__(self) -> int:
        with self._directory._lock:
            return len(self._directory._by_domain)
