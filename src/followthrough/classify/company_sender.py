"""Company names that the sender gives: its display name and its domain.

"Acme Recruiting <no-reply@ats>" names the employer in the display name, "Wisła Pay -
Rekrutacja" beside a department word; a recruiter's own domain spells it ("fennecdata.io"
for "Fennec Data"), which both confirms a name the text gives and, as a last resort,
supplies one when the text gives none.
"""

from __future__ import annotations

import functools
import re

from followthrough.classify import senders
from followthrough.classify.company_names import CAP, STOP, Candidates, strip_legal
from followthrough.keys import compact as _compact
from followthrough.model import Person

_CAP_RE = re.compile(rf"(?<![\w'’.-]){CAP}")


@functools.lru_cache(maxsize=8192)
def domain_matches(name: str, label: str | None) -> bool:
    """Whether a name is spelt like a domain label ('Fennec Data' ~ 'fennecdata')."""
    if not label:
        return False
    folded = _compact(strip_legal(name))
    lab = _compact(label)
    if not folded or not lab:
        return False
    if folded.startswith(lab) or (lab.startswith(folded) and len(folded) >= 4):
        return True
    first = _compact(name.split()[0])
    return len(first) >= 4 and lab.startswith(first)


def from_display_name(
    found: Candidates, sender: Person, *, sender_is_vendor: bool, agency: bool
) -> None:
    """Candidates from the display name: "Acme Recruiting", "Talent | Acme", "Acme via SignTool"."""
    name = sender.name or ""
    via = senders.via_parts(name)
    if via:
        found.add(via[0], 6)
        return
    name = re.sub(r"\s*\((?:google\s+calendar|calendar|via .+)\)\s*$", "", name, flags=re.I)
    parts = re.split(r"\s+\|\s+|\s+-\s+", name)
    departments = [p for p in parts if all(w.lower() in STOP for w in p.split())]
    if len(parts) > 1 and departments and not agency:
        # "Wisła Pay - Rekrutacja", "Talent | Acme": the part beside the department
        for part in parts:
            if part not in departments:
                found.add(part, 4)
    elif len(parts) > 1:
        for part in parts[1:]:
            if not agency:
                found.add(part, 3)
    elif not senders.looks_like_person(sender) and not sender_is_vendor:
        found.add(name, 4)


def domain_spellings(found: Candidates, blob: str, labels: list[tuple[str, str | None]]) -> None:
    """Capitalised phrases anywhere in the message that spell a sender domain."""
    folded_labels = [_compact(lab) for _, lab in labels if lab]
    folded_labels = [lab for lab in folded_labels if len(lab) >= 3]
    if not folded_labels:
        return
    low = blob.lower()
    # Cheap test first: a spelling must start with the label's first three letters.
    if not any(lab[:3] in low for lab in folded_labels):
        return
    for m in _CAP_RE.finditer(blob):
        words = m.group("c").split()
        # The name may start inside the run ("Team Pelican Ridge", "Welcome to Acme Labs").
        for i in range(len(words)):
            head = _compact(words[i])[:3]
            if not any(lab.startswith(head) or head.startswith(lab[:3]) for lab in folded_labels):
                continue
            for n in range(len(words), i, -1):
                sub = " ".join(words[i:n])
                if any(domain_matches(sub, lab) for _, lab in labels):
                    found.add(sub, 1)
                    break
            else:
                continue
            break


#: Industry words that companies glue to their name in a domain ("fennecdata", "brisalabs").
_LABEL_TAILS = (
    "technologies", "technology", "therapeutics", "pharmaceuticals", "entertainment", "interactive",
    "insurance", "analytics", "logistics", "solutions", "financial", "robotics", "security",
    "software", "genomics", "payments", "networks", "mobility", "medical", "systems", "digital",
    "studios", "biotech", "capital", "telecom", "mapping", "freight", "health", "energy",
    "travel", "studio", "ventures", "network", "finance", "foods", "games", "media", "cloud",
    "group", "labs", "data", "tech", "bank", "maps", "bio", "lab", "pay", "ai",
)  # fmt: skip
#: Words a domain adds to a name without being part of it ("acmehq", "acme-careers").
_LABEL_NOISE = ("careers", "career", "jobs", "hiring", "recruiting", "talent", "team", "hq", "inc")
_LABEL_CAPS = {"ai": "AI", "hq": "HQ", "io": "IO"}


def name_from_domain(domain: str) -> str | None:
    """A readable name from a domain when the text spells none: 'acme-labs.com' -> 'Acme
    Labs', 'fennecdata.io' -> 'Fennec Data' (a known industry word at the end is split
    off), 'acmehq.com' -> 'Acme'. A last resort: any spelling in the text wins over it."""
    label = senders.org_label(domain) or ""
    words = [w for w in re.split(r"[-_.]", label.lower()) if w]
    if len(words) > 1 and words[-1] in _LABEL_NOISE:
        words = words[:-1]
    if len(words) == 1:
        word = words[0]
        for noise in _LABEL_NOISE:
            if word.endswith(noise) and len(word) - len(noise) >= 3:
                word = word[: -len(noise)]
                break
        for tail in _LABEL_TAILS:
            if word.endswith(tail) and len(word) - len(tail) >= 4:
                words = [word[: -len(tail)], tail]
                break
        else:
            words = [word]
    return " ".join(_LABEL_CAPS.get(w, w.capitalize()) for w in words) or None
