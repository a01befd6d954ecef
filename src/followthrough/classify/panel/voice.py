"""Whose voice an invite speaks in: whether its sender takes the call themselves.

"with me", "I'd love to set up a quick call", a booking link "in my calendar" say the
sender is the one the candidate meets; "we'd love to meet you", "our client" say someone
else is; a recruiting title under the sender's name at the foot of the mail says they
only arrange it.
"""

from __future__ import annotations

import re

from followthrough.classify.panel.names import clean, same_person
from followthrough.model import Person

#: The sender says they take part themselves, next to anyone else named.
_SELF = re.compile(
    r"""(?ix)\b(?:with\s+me\b|just\s+be\s+me\b|me\s+and\s+(?-i:[A-Z])|join(?:ing)?\s+me\b|I(?:['’]ll|\s+will)\s+be\s+(?:interviewing|your\s+interviewer|running\s+the|leading\s+the)
    |avec\s+moi|mit\s+mir\b|conmigo\b|comigo\b|met\s+mij\b|med\s+mig\b|ze\s+mną|con\s+me\b)"""
)
#: The sender books a call with themselves (only counts when nobody else is named).
OWN_CALL = re.compile(
    r"""(?ix)\b(?:I(?:['’]d|\s+would)\s+(?:like|love)\s+to\s+(?:chat|speak|talk|meet|set\s+up\s+(?:a|an|some)\s+(?:\S+\s+){0,2}(?:call|chat|conversation|time))
    |I(?:['’]ll|\s+will)\s+(?:call|ring|phone)\s+you|I(?:['’]ve|\s+have)\s+sent\s+(?:you\s+)?(?:a|an)\s+(?:\S+\s+){0,2}invite
    |I(?:['’]d|\s+would)\s+(?:like|love)\s+to\s+(?:do|have|book|schedule|arrange)\s+(?:a|an|some)\s+(?:\S+\s+){0,2}(?:call|chat|conversation|intro|interview|screen|meeting)|(?:put|booked|set)\s+(?:a\s+)?(?:slot|time|call)\s+(?:in\s+)?for\s+us
    |I(?:['’]d|\s+would)\s+(?:like|love)\s+to\s+(?:get\s+to\s+know|learn\s+more\s+about\s+you|hear\s+more)
    |möchte\s+ich|ich\s+möchte|ich\s+habe\s+(?:uns|für\s+uns)|für\s+uns\s+(?:einen\s+)?Termin|ti\s+chiamo|vi\s+chiamo|la\s+chiamo
    |me\s+gustar[íi]a|je\s+souhaiterais|j['’]aimerais|eu\s+gostaria|gostaria\s+de|mi\s+piacerebbe|ich\s+würde\s+gerne?|ik\s+zou\s+(?:je\s+)?graag|jag\s+skulle\s+vilja|chciałbym|chciałabym|I(?:['’]ve|\s+have)\s+put\s+us\s+down|I(?:['’]ll|\s+will)\s+be\s+(?:doing|running|conducting|taking|leading)\s+(?:your|the)
    |(?:on|in|into)\s+my\s+(?:calendar|diary|agenda)|my\s+(?:calendar|calendly|booking)\s+link|I\s+look\s+forward\s+to\s+(?:speaking|meeting|chatting|talking)
    |avec\s+moi|mit\s+mir\b|conmigo\b|comigo\b|met\s+mij\b|med\s+mig\b|ze\s+mną|con\s+me\b
    |ich\s+rufe\s+(?:Sie|dich)\b|solo\s+tú\s+y\s+yo|só\s+nós\s+dois|nur\s+wir\s+beide|juste\s+vous\s+et\s+moi|just\s+(?:you\s+and\s+me|the\s+two\s+of\s+us)
    |te\s+llamo\s+yo|ti\s+chiamo\s+io|je\s+vous\s+appelle|eu\s+ligo|ik\s+bel\s+je|jag\s+ringer|zadzwonię
    |ik\s+wil\s+(?:graag|je)|jag\s+vill\s+gärna\s+(?:prata|ringa)|chciał(?:a|bym|abym)\s+porozmawiać
    |in\s+meinem\s+Kalender|dans\s+mon\s+agenda|en\s+mi\s+agenda|na\s+minha\s+agenda|i\s+min\s+kalender|in\s+mijn\s+agenda)"""
)
#: A call the sender holds themselves: a screen, a quick chat, in the first person.
SHORT_CALL = re.compile(
    r"""(?ix)\b(?:(?:phone|intro(?:ductory)?|quick|short|initial|recruiter|first|brief|informal)\s+(?:call|chat|screen|conversation|catch-up)
    |(?:a|for\s+a)\s+(?:call|chat)\b|un\s+(?:appel|échange\s+téléphonique|café)|una\s+(?:llamada|charla)|uma\s+(?:chamada|conversa)
    |ein(?:en)?\s+(?:Telefonat|kurzes\s+Gespräch|Call)|ett\s+(?:samtal|telefonsamtal)|een\s+(?:belletje|telefoongesprek|kort\s+gesprek)
    |una\s+(?:telefonata|chiacchierata)|rozmow[aęy]\s+telefoniczn
    |nos\s+falamos|hablamos\s+el|ci\s+sentiamo|on\s+se\s+parle|wir\s+sprechen\s+uns|we\s+spreken\s+elkaar|vi\s+hörs
    |(?:talk|speak|chat)\s+(?:then|soon|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday)))"""
)
#: The mail speaks for the company or a client ("we'd love to meet you"): someone else meets.
WE_MEET = re.compile(
    r"""(?ix)\b(?:we(?:['’]d|\s+would)\s+(?:love|like)\s+to\s+(?:meet|invite|interview|have\s+you)|we\s+(?:want|wish)\s+to\s+(?:meet|invite)
    |the\s+(?:team|client|company|panel|hiring\s+team)\s+(?:would|wants|is|are|will|would\s+like)|(?:meet|with)\s+the\s+(?:team|panel|hiring)|our\s+client|client\b|kunde|cliente|klant|kund(?:en)?\b|klient|wir\s+möchten|nous\s+(?:souhaitons|aimerions)
    |queremos|nos\s+gustaría|gostaríamos|vorremmo|vi\s+vill|we\s+willen|chcemy|zespół|souhaite\s+vous\s+rencontrer|would\s+like\s+to\s+meet\s+you)"""
)


def sender_joins(text: str) -> bool:
    """The sender joins the meeting ("with me"), not "thanks for chatting with me"."""
    return any(
        not re.search(
            r"(?i)\bthanks?\b(?:\s+you)?\s+(?:again\s+)?for\b",
            text[max(0, m.start() - 40) : m.start()],
        )
        for m in _SELF.finditer(text)
    )


def signature_title(text: str, person: Person) -> str | None:
    """The line under this person's name at the foot of the mail ("Technical Sourcer")."""
    if not person.name:
        return None
    name = clean(person.name)
    tail = [line.strip(" >") for line in text[-600:].split("\n")]
    for i, line in enumerate(tail):
        if line and same_person(clean(line), name):
            rest = [x for x in tail[i + 1 :] if x and not same_person(clean(x), name)]
            if rest:
                return " ".join(rest[:2])
    return None
