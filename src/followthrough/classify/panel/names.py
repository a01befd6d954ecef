"""Tell a person's name from a title, a company or a weekday, and tidy it.

A thank-you is addressed to a name, so "Hiring Manager", "Cajueiro Design" or
"Moreno, Ramón" must never reach a draft as one. Words are judged by shape (capitalised,
letters) and by small closed sets of words that are never names in the languages the
product reads: titles and roles, weekdays and months, meeting tools, organisation words.
No list of names is involved.
"""

# Long lines here are word sets; splitting them would hide the alternatives.
# ruff: noqa: E501

from __future__ import annotations

import re
from collections.abc import Iterable

from followthrough.keys import spaced as fold

#: One word of a name: capitalised, letters with inner apostrophes or hyphens.
NAME_WORD = r"(?:(?:Mc|Mac|De|Di|Le|La|O['’])?[A-ZÀ-ÖØ-ÞĀ-ſ](?:[a-zß-öø-ÿĀ-ſ]+(?:['’\-][A-Za-zÀ-ÖØ-öø-ÿĀ-ſ]+)*|'[A-Z][a-zà-ÿ]+)|[A-Z]\.)"
#: Lower-case particles inside names ("Pieter van der Merwe", "Ana da Silva").
PARTICLE = r"(?:van|von|der|den|de|da|das|do|dos|del|della|di|du|le|la|ten|ter|bin|ibn|al|y|zu)"
NAME = rf"{NAME_WORD}(?:[ \t]+(?:{PARTICLE}[ \t]+){{0,2}}{NAME_WORD}){{0,3}}(?![A-Za-zÀ-ÿ])"
NAME_RE = re.compile(NAME)

HONORIFIC = re.compile(
    r"^(?:Dr|Prof|Professor|Mr|Mrs|Ms|Mx|Miss|Herr|Frau|M|Mme|Mlle|Sr|Sra|Srta|Dña|Don|Doña|Dott|Dott\.ssa|Ing|Mag|Pan|Pani|Sig|Sig\.ra)\.?\s+"
)
PRONOUNS = re.compile(r"\s*[(\[]?\b(?:he/him|she/her|they/them|he/they|she/they)\b[)\]]?", re.I)

#: Words of titles and roles in the languages of the product (folded, lower case).
TITLE_WORDS = frozenset(
    """
    manager managers engineer engineers engineering director directors head lead leader
    lead's principal senior staff junior vp svp evp avp chief officer president founder
    cofounder co-founder cto ceo coo cfo cmo cpo cio ciso recruiter recruiters recruiting
    recruitment talent acquisition coordinator coordinators partner hr people team teams
    hiring product products design designer scientist analyst analytics architect developer
    consultant specialist administrator admin assistant associate advisor adviser operations
    ops finance financial sales marketing data platform software nurse nursing physician
    representative teacher professor sourcer executive owner supervisor superintendent
    accountant controller counsel attorney editor producer member members panel panellist
    panelist interviewer interviewers coach mentor intern trainee deputy vice general
    managing group division department business development research technical technology
    tech support customer success frontend backend fullstack full-stack stack infrastructure
    security devops qa quality test testing mobile web cloud ml ai machine learning program
    programme project delivery strategy legal compliance risk clinical medical health care
    services service office reception receptionist payroll benefits learning organisational
    organizational culture experience employee relations treasury audit tax fp&a paralegal
    pharmacist registrar lecturer researcher fellow dean's leiter leiterin leitung
    teamleiter teamleiterin abteilungsleiter abteilungsleiterin bereichsleiter
    geschäftsführer geschäftsführerin personalreferent personalreferentin personal
    personalabteilung entwickler entwicklerin ingenieur ingenieurin recruiterin referent
    referentin sachbearbeiter responsable directeur directrice chef cheffe chargé chargée
    ingénieure développeur développeuse recrutement rh ressources humaines talents équipe
    directora jefe jefa gerente reclutador reclutadora reclutamiento coordinador
    coordinadora ingeniero ingeniera analista talento rrhh desarrollador desarrolladora
    selección personas equipo diretor diretora coordenador coordenadora recrutador
    recrutadora recrutamento engenheiro engenheira gestor gestora líder pessoas equipe
    desenvolvedor responsabile direttore direttrice selezione risorse umane ingegnere
    sviluppatore teamleider hoofd ontwikkelaar afdeling werving rekryterare rekrytering
    ansvarig utvecklare chefen avdelningschef kierownik kierowniczka dyrektor dyrektorka
    rekruter rekruterka specjalista specjalistka
    """.split()  # noqa: SIM905 (a word list reads better as text)
)
#: Words that join the words of a title ("Head of Data", "Directora de Personas").
TITLE_GLUE = frozenset(
    """
    of the and for & de des du da do del della di der des für van för och y e et und
    """.split()  # noqa: SIM905 (a word list reads better as text)
)
#: Words that name a coordinator: someone who schedules, not someone the candidate meets.
COORDINATOR = re.compile(
    r"""(?ix)(?:recruit\w*|talent|interview|hr|people|scheduling|candidate|hiring|rh|personal|recrutamento|reclutamiento|selección|selezione|rekryterings?|werving)
        [\s-]+(?:coordinat|koordinat|coordenad|coordinad|coördinat|samordn)
    | (?:coordinat|koordinat|coordenad|coordinad|coördinat)\w*\s+(?:de\s+|des\s+|du\s+|di\s+)?(?:recrut|reclut|rh\b|rrhh|personal|selec|talent|recruit|entrevist|people)
    | schedul | planific | \bassistant | assistent | \bassistente | \bexecutive\s+assistant | \bscheduler"""
)
#: Titles of people who arrange interviews: when others attend, they only schedule.
ARRANGER = re.compile(
    r"(?i)recruit|talent|sourc|\bhr\b|\bpeople\b|personal|recrut|reclut|rekryt|werving|coordinat|koordinat|coordenad|coordinad|\brh\b|rrhh|selezione|selección|kadr"
)

#: Capitalised words that are never names: weekdays, months, greetings, pronouns, tools.
#: Months that are also first names (April, May, June, Jan, Mei, Julio) are left out.
NOT_NAME_WORDS = frozenset(
    """
    ci si ne vi lo gli ich er sie es wir ihr je tu il elle on yo él ella eu
    ihnen dir dich euch vous usted ustedes você vocês lei voi u jij jou dig ni ciebie pani panią pan
    vi wir nous nosotros noi wij wirkung
    monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs
    fri sat sun january february march july september october november
    december feb mar apr jun jul aug sep sept oct nov dec montag dienstag mittwoch
    donnerstag freitag samstag sonntag januar februar märz oktober dezember
    lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars juin
    juillet août septembre octobre novembre décembre lunes martes miércoles jueves viernes
    sábado domingo enero febrero marzo junio agosto septiembre setiembre
    octubre noviembre diciembre segunda terça quarta quinta sexta sábado domingo janeiro
    fevereiro março maio junho julho setembro outubro novembro dezembro lunedì martedì
    mercoledì giovedì venerdì sabato domenica gennaio febbraio aprile maggio giugno luglio
    settembre ottobre dicembre maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
    januari februari maart måndag tisdag onsdag torsdag fredag lördag
    söndag poniedziałek wtorek środa czwartek piątek sobota niedziela the a an our your my
    their his her its this that these those we you i me us they he she it hi hello dear
    thanks thank best regards kind cheers sincerely warm warmly many all everyone team
    microsoft teams zoom google meet calendar webex whereby skype slack hangouts gotomeeting
    jitsi outlook meeting meetings invitation invite event guests organizer organiser
    logistics logistik supply chain automation gmail linkedin calendly goodtime greenhouse
    lever workday ashby smartrecruiters icims taleo please looking great good next step
    steps round interview interviews call chat video phone screen onsite on-site virtual
    remote office location date time duration agenda details zoom.us link join der die das
    ein eine unser unsere unserem unserer ihr ihre ihrem le la les un une notre nos votre
    el los las un una nuestro nuestra nuestros su sus o os as um uma nosso nossa il lo
    gli uno nostro nostra het een onze ons jullie vår vårt våra din ditt dina cet cette ce
    mit und avec con com met med och et utc gmt est edt cst cdt mst mdt pst pdt bst cet cest
    ist aest aedt nzst nzdt sgt jst am pm
    """.split()  # noqa: SIM905 (a word list reads better as text)
)
#: Last words that make a capitalised phrase an organisation, not a person.
_ORG_WORDS = frozenset(
    """
    maschinenbau werke bau technik ingenieria ingegneria engenharia
    foods food retail stores pharma biotech airlines motors
    inc ltd llc llp plc gmbh ag sa sas sarl srl spa bv nv ab oy as asa pty co corp
    corporation company group labs lab systems technologies technology tech health
    healthcare bank university college school hospital clinic clinics hotel hotels hoteles
    foundation institute council agency solutions partners consulting services digital
    design studio studios analytics energy logistics capital care software ventures holdings
    industries media network networks robotics pay payments finance insurance trust
    authority ministry department office city county state academy colegio escuela
    universidad universität hochschule université école scuola università hogeschool
    universiteit
    """.split()  # noqa: SIM905 (a word list reads better as text)
)


def words(text: str) -> list[str]:
    return [w.strip(".,;:()'’\"") for w in text.split()]


def is_title(text: str) -> bool:
    """True for a role or title ("Hiring Manager", "Head of Data", "Directora de RRHH")."""
    toks = [fold(w) for w in words(text) if w]
    if not toks:
        return False
    if not any(t in TITLE_WORDS for t in toks):
        return False
    return all(t in TITLE_WORDS or t in TITLE_GLUE or not t.isalpha() for t in toks) or (
        fold(toks[-1]) in TITLE_WORDS and len(toks) <= 6
    )


def is_organisation(text: str) -> bool:
    """A capitalised phrase with an organisation word in it ("Sunbird Retail Group")."""
    return any(fold(w) in _ORG_WORDS for w in words(text))


def looks_like_name(name: str, org_words: Iterable[str] = ()) -> bool:
    """A person's name by shape: capitalised words, none a title, weekday, tool or company word."""
    if not NAME_RE.fullmatch(name):
        return False
    toks = [fold(w) for w in words(name)]
    caps = [t for t in toks if not re.fullmatch(PARTICLE, t)]
    if not caps or len(caps) > 4:
        return False
    if any(t in NOT_NAME_WORDS or t in TITLE_WORDS for t in caps):
        return False
    if caps[-1] in _ORG_WORDS:
        return False
    if any(t in _ORG_WORDS for t in caps):
        return False
    orgs = {fold(o) for o in org_words if o}
    # "Cajueiro Design": companies lead with the domain's label; people rarely do.
    joined = "".join(caps)
    return caps[0] not in orgs and not all(t in orgs for t in caps) and joined not in orgs


def flip(name: str) -> str:
    """ "Moreno, Ramón" -> "Ramón Moreno" (directory order in display names)."""
    if name.count(",") != 1:
        return name
    last, first = (part.strip() for part in name.split(","))
    if (
        last
        and first
        and NAME_RE.fullmatch(last)
        and NAME_RE.fullmatch(first)
        and not is_title(first)
        and len(last.split()) <= 2
        and len(first.split()) <= 2
    ):
        return f"{first} {last}"
    return name


def clean(name: str) -> str:
    """A name without honorifics, pronouns, and a trailing "(Company)" or "| Title"."""
    name = PRONOUNS.sub("", name)
    name = re.sub(r"\s*[(\[][^)\]]*[)\]]\s*$", "", name)
    name = re.split(r"\s+[|•·]\s+|\s+(?:at|@)\s+", name, maxsplit=1)[0]
    name = flip(" ".join(name.replace('"', " ").split()).strip(" '-–,"))
    while True:
        stripped = HONORIFIC.sub("", name)
        if stripped == name:
            break
        name = stripped
    return " ".join(name.split())


def split_title(text: str) -> tuple[str, str | None]:
    """ "Dana Ruiz, Staff Engineer" -> ("Dana Ruiz", "Staff Engineer"); also " - ", "(...)"."""
    text = text.strip()
    m = re.match(rf"^({NAME})\s*(?:\(([^)]{{1,80}})\)|[,–—\-|/:]\s*(.{{1,80}}))?\s*$", text)
    if m:
        title = (m.group(2) or m.group(3) or "").strip() or None
        return m.group(1), title
    return text, None


def same_person(a: str, b: str) -> bool:
    """Two spellings of one name: equal when folded, or one is the other's first name."""
    fa, fb = fold(clean(a)), fold(clean(b))
    if not fa or not fb:
        return False
    if fa == fb:
        return True
    ta, tb = fa.split(), fb.split()
    if len(ta) == 1 or len(tb) == 1:
        return ta[0] == tb[0]
    return ta[0] == tb[0] and ta[-1] == tb[-1]
