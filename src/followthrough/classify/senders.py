"""What kind of sender wrote a message: ATS or job board, automated no-reply, agency,
free-mail person, or the hiring company itself.

Most job-search mail is sent by software on a company's behalf (Greenhouse, Lever,
Workday, job boards, assessment and e-signature tools), so the sender's domain is
often *not* the employer's. Known real-world vendor domains are listed here, and the
same shapes are detected structurally (no-reply local parts, "Acme via Tool" or
"Acme Recruiting" display names) so that unknown vendors are handled too.
"""

from __future__ import annotations

import re

from followthrough.keys import compact, domain_of
from followthrough.model import Person

#: Registrable labels of recruiting software, job boards, scheduling, assessment and
#: e-signature services. A sender on one of these never names the hiring company by
#: its domain.
VENDOR_LABELS = frozenset(
    [
        "greenhouse",
        "greenhouse-mail",
        "lever",
        "workable",
        "ashbyhq",
        "ashby",
        "smartrecruiters",
        "myworkday",
        "myworkdayjobs",
        "workday",
        "bamboohr",
        "icims",
        "jobvite",
        "taleo",
        "successfactors",
        "sapsf",
        "teamtailor",
        "recruitee",
        "personio",
        "hackerrank",
        "codility",
        "codesignal",
        "testgorilla",
        "hirevue",
        "coderbyte",
        "karat",
        "calendly",
        "goodtime",
        "linkedin",
        "indeed",
        "glassdoor",
        "ziprecruiter",
        "monster",
        "stepstone",
        "xing",
        "welcometothejungle",
        "wttj",
        "otta",
        "wellfound",
        "angel",
        "dice",
        "hired",
        "handshake",
        "jazzhr",
        "applytojob",
        "breezy",
        "breezyhr",
        "recruiterbox",
        "pinpointhq",
        "pinpoint",
        "rippling",
        "gusto",
        "paylocity",
        "ultipro",
        "ukg",
        "oraclecloud",
        "taleo",
        "phenom",
        "avature",
        "beamery",
        "gem",
        "docusign",
        "hellosign",
        "dropboxsign",
        "adobesign",
        "pandadoc",
        "zoom",
        "office365",
        "eightfold",
        "paradox",
        "hibob",
        "comeet",
        "homerun",
        "jobylon",
        "dover",
        "wellfound",
        "infojobs",
        "apec",
        "hellowork",
        "cadremploi",
        "jobteaser",
    ]
)
FREEMAIL_LABELS = frozenset(
    [
        "gmail",
        "googlemail",
        "yahoo",
        "ymail",
        "hotmail",
        "outlook",
        "live",
        "msn",
        "aol",
        "icloud",
        "me",
        "mac",
        "proton",
        "protonmail",
        "gmx",
        "web",
        "t-online",
        "freenet",
        "posteo",
        "mailbox",
        "orange",
        "free",
        "laposte",
        "sfr",
        "wanadoo",
        "hotmail",
        "libero",
        "virgilio",
        "yandex",
        "mail",
        "zoho",
        "fastmail",
        "tutanota",
        "hey",
    ]
)
#: Every spelling of "do not reply to this address", in one place: no-reply, no_reply,
#: noreply, do-not-reply, donotreply.
_NO_REPLY = r"no[-_.]?reply|do[-_.]?not[-_.]?reply"
#: Words that make a local part a machine's wherever they stand (jobs-noreply, notifications.eu).
_MACHINE_WORDS = rf"{_NO_REPLY}|notifications?|mailer[-_.]daemon|postmaster"
_AUTOMATED_LOCAL = re.compile(rf"(?:^|[-._])(?:{_MACHINE_WORDS})(?:$|[-._])")
#: Local parts that are a machine's or a broadcast's when they are the whole of it.
_NOREPLY = re.compile(
    rf"^(?:(?:{_NO_REPLY})[-.\w]*|notify|alerts?|mailer|bounces?|system|automated|auto|updates|"
    r"news|newsletter|marketing|hello|info|team|support|invites?|messages?|jobs-listings)$"
)
_VIA = re.compile(
    r"^(?P<company>.+?)\s+(?:via|through|using|with|vía|über|par)\s+(?P<tool>[\w .-]+)$",
    re.IGNORECASE,
)
_AGENCY_WORDS = re.compile(
    r"(?i)\b(?:recruit(?:ment|ing|ers)?|staffing|talent\s+partners|search\s+partners|headhunt\w*|executive\s+search|"
    r"personalberatung|personaldienst\w*|cabinet|consult(?:ing|ancy|ants)|agency|placement)\b"
)


def org_label(domain: str | None) -> str | None:
    """The organisation label of a domain: 'us.talenthouse-mail.example' -> 'talenthouse-mail'."""
    if not domain:
        return None
    parts = [p for p in domain.split(".") if p]
    if len(parts) < 2:
        return parts[0] if parts else None
    # Drop the public suffix: one label, or two for co.uk-like suffixes (a country code,
    # or the reserved "example" standing in for one, after a category label).
    if (
        len(parts) >= 3
        and parts[-2] in _SECOND_LEVEL
        and (len(parts[-1]) == 2 or parts[-1] == "example")
    ):
        return parts[-3]
    return parts[-2]


#: Category labels under country codes: acme.co.uk, kelbridge.ac.uk, drgs.gov.uk,
#: ashcombepark.sch.uk, trust.nhs.uk, agencia.gob.es, ville.gouv.fr, health.govt.nz.
_SECOND_LEVEL = frozenset(
    {
        "co", "com", "org", "net", "ac", "gov", "edu", "sch", "nhs", "gob", "gouv",
        "govt", "mil", "ltd", "plc", "nic", "res", "or", "ne", "go",
    }
)  # fmt: skip


def is_vendor_domain(domain: str | None) -> bool:
    """A recruiting-software, job-board or tool domain (by name or shape)."""
    if not domain:
        return False
    labels = domain.split(".")
    label = org_label(domain) or ""
    base = re.sub(r"[-_](?:mail|email|mails|hq|app|jobs|hire|notifications?)$", "", label)
    if label in VENDOR_LABELS or base in VENDOR_LABELS:
        return True
    return any(part in VENDOR_LABELS for part in labels[:-1])


def _works_there(firm: str, domain: str | None) -> bool:
    """The application is with the platform itself (people work at Zoom and LinkedIn)."""
    label = compact(org_label(domain) or "")
    return bool(firm and label and firm.startswith(label))


def is_freemail(domain: str | None) -> bool:
    """A personal webmail domain."""
    return (org_label(domain) or "") in FREEMAIL_LABELS


def is_automated_address(address: str | None) -> bool:
    """A no-reply or notification address (the local part says so)."""
    if not address or "@" not in address:
        return False
    local = address.split("@", 1)[0].lower()
    return bool(_AUTOMATED_LOCAL.search(local) or _NOREPLY.match(local))


_ORG_WORDS = re.compile(
    r"(?i)\b(?:inc|llc|ltd|gmbh|ag|sas|labs?|software|systems|health|games|ai|group|capital|media|energy|cloud|"
    r"insurance|robotics|analytics|data|tech|technologies|solutions|bank|foods|logistics|mobility|security|"
    r"biotech|payments|telecom|studios?|careers|recruiting|recruitment|talent|team|jobs|hr|hiring|people|"
    r"university|college|school|hospital|clinic|bank|partners|consulting|services|network|digital|global|"
    r"international|company|corp|tecnología|numérique|technologie|calendar|notifications?)\b"
)


def looks_like_person(person: Person | None) -> bool:
    """The display name is a person's name that matches the address (jane.doe@, jdoe@)."""
    if person is None or not person.name:
        return False
    name = re.sub(r"\s*[|(].*$", "", person.name).strip()
    if _ORG_WORDS.search(name):
        return False
    words = [w for w in re.split(r"[\s,]+", name) if w]
    if not 2 <= len(words) <= 4 or not all(w[:1].isupper() for w in words):
        return False
    if not person.address:
        return True
    local = compact(person.address.split("@", 1)[0])
    first, last = compact(words[0]), compact(words[-1])
    return bool(first and last) and (first in local or last in local or local == first[0] + last)


def via_parts(name: str) -> tuple[str, str] | None:
    """'Acme via SignTool' -> ('Acme', 'SignTool')."""
    m = _VIA.match(name.strip())
    if not m:
        return None
    return m.group("company").strip(), m.group("tool").strip()


def looks_like_agency(text: str, domain: str | None = None) -> bool:
    """Wording of a staffing agency or recruiting firm (its name, signature or domain)."""
    label = org_label(domain) or ""
    if re.search(r"recruit|talent|staffing|search|headhunt|personnel|consult", label):
        return True
    return bool(_AGENCY_WORDS.search(text)) and bool(
        re.search(r"(?i)\bclients?\b|\bkunden?\b|\bclientes?\b", text)
    )


# -- who a reply can go to ---------------------------------------------------------------

#: Local parts of shared mailboxes: nobody in particular reads a follow-up sent there.
_SHARED_LOCAL = re.compile(
    rf"^(?:{_MACHINE_WORDS}|notify|bounces?|alerts?|jobs?|careers?|karriere|carrieres?|empleo|vagas|werkenbij|jobb|"
    r"recruiting|recruitment|recruiters?|talent(?:[-_.]?acquisition)?|ta|hiring|apply|"
    r"applications?|candidates?|bewerbung(?:en)?|candidatures?|hr|rh|rrhh|personal|people|team|"
    r"info|hello|hi|contact|office|admin|support|news(?:letter)?|calendar|invites?|scheduling|"
    r"system|automated|updates|messages?|inmail|mail)(?:[-_.+].*)?$"
)


def is_person_address(address: str | None) -> bool:
    """False for no-reply, notification and shared team mailboxes (careers@, jobs@, hr@)."""
    if not address or "@" not in address:
        return False
    local = address.split("@", 1)[0].lower()
    return not (_SHARED_LOCAL.match(local) or _AUTOMATED_LOCAL.search(local))


def display_name(name: str) -> str:
    """'Dana Cole (Acme)' / 'Dana Cole | Acme' / 'Dana Cole via Lever' -> 'Dana Cole'."""
    name = re.sub(r"\s*[|(\[].*$", "", name).strip().strip("\"'")
    via = via_parts(name)
    return via[0] if via else name


def reachable(
    person: Person | None, *, company: str | None = None, account: str | None = None
) -> bool:
    """Whether a follow-up can go to ``person``: one person on the employer's side.

    Never the candidate, a no-reply or notification address, a shared mailbox
    (careers@, talent@), the mailbox of recruiting software, a scheduling tool or a job
    board (whatever its local part), nor an address that stands for the company itself
    ('"Acme Health" <acme@ats.example>'). The one test that matching, drafting and the
    lint share.
    """
    if person is None or not person.address or "@" not in person.address:
        return False
    address = person.address.lower()
    if account and address == account.lower():
        return False
    firm = compact(company or "")
    if not is_person_address(address):
        return False
    domain = domain_of(address)
    if is_vendor_domain(domain) and not _works_there(firm, domain):
        return False
    local = compact(address.split("@", 1)[0])
    if firm and local and (local == firm or (len(local) >= 4 and firm.startswith(local))):
        return False
    if person.name:
        name = display_name(person.name)
        folded = compact(name)
        if (
            firm
            and folded
            and (folded == firm or folded.startswith(firm) or firm.startswith(folded))
        ):
            return False
        if _ORG_WORDS.search(name) and not looks_like_person(Person(name=name, address=address)):
            return False
    return True
