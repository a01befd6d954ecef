"""Phrase rules for the employer's decision: rejections and offers.

Rejections come in firm phrasings ("we have decided to move forward with other
candidates") and soft ones that only tip the balance ("unfortunately"), in every
language the product reads; offer phrases are negatable, so "unable to offer you the
role" does not count for an offer.
"""

# Long lines here are phrase patterns; splitting them would hide the alternatives.
# ruff: noqa: E501

from __future__ import annotations

from followthrough.classify.phrase_rule import Rule, rule
from followthrough.model import Kind

K = Kind
DECISION_RULES: tuple[Rule, ...] = (
    # ---- rejection -------------------------------------------------------------------
    rule(
        "rejection.not_moving_forward",
        K.REJECTION,
        4,
        r"""
        \bnot\s+(?:be\s+)?(?:moving|move|going|proceed(?:ing)?|progress(?:ing)?|advanc(?:e|ing))\s+(?:forward\s+)?(?:with\s+)?(?:your|you)\b
        | \b(?:won't|will\s+not|cannot|can't|are\s+unable\s+to)\s+(?:be\s+)?(?:mov(?:e|ing)|progress(?:ing)?|proceed(?:ing)?)\s+(?:forward\s+)?with\s+(?:your|you)
        | decided\s+not\s+to\s+(?:move|proceed|progress|continue|advance|go)\b
        | (?:chosen|decided|opted)\s+not\s+to\s+(?:progress|proceed|pursue|move)
        | not\s+to\s+progress\s+(?:it|your)""",
    ),
    rule(
        "rejection.other_candidate",
        K.REJECTION,
        4,
        r"""
        \b(?:move|moving|go|going|gone|proceed|proceeding|continue|pursue|pursuing|went|decided\s+on|selected|chose|chosen|hired|offered\s+the\s+(?:role|position)\s+to)\s+
            (?:forward\s+)?(?:with\s+)?(?:another|other|a\s+different|a\s+more|someone|somebody|a\s+candidate|the\s+candidate|candidates)\b
        | \bother\s+candidates\s+(?:whose|who|with|that)\b
        | \bextended\s+(?:an\s+)?offer\s+to\s+(?:another|a\s+different|someone|a\s+candidate|other)""",
    ),
    rule(
        "rejection.regret",
        K.REJECTION,
        3,
        r"""
        regret\s+to\s+(?:inform|let\s+you\s+know|tell)|we\s+are\s+sorry\s+to\s+inform|i'm\s+sorry\s+to\s+say|sorry\s+it's\s+not\s+better\s+news
        | not\s+(?:been\s+)?selected\s+(?:for|to)|were\s+not\s+selected|weren't\s+selected
        | (?:not|won't|will\s+not)\s+(?:be\s+)?extending\s+(?:you\s+)?an\s+offer|unable\s+to\s+offer\s+you|not\s+able\s+to\s+offer\s+you""",
    ),
    rule(
        "rejection.position_closed",
        K.REJECTION,
        4,
        r"""
        (?:position|role|job|opening|vacancy|requisition)\s+(?:has\s+been|was|is\s+now|is)\s+(?:filled|closed|cancell?ed|withdrawn|eliminated)
        | decided\s+not\s+to\s+fill|closing\s+all\s+applications|no\s+longer\s+(?:hiring|recruiting)\s+for|(?:have\s+)?filled\s+the\s+(?:position|role)""",
    ),
    rule(
        "rejection.soft",
        K.REJECTION,
        1.5,
        r"""
        \bunfortunately\b|best\s+of\s+luck\s+(?:in|with)\s+your|wish\s+you\s+(?:every|the\s+best\s+of|all\s+the\s+best\s+in)\s+
        |keep\s+your\s+(?:resume|cv|details|information)\s+on\s+file|hardest\s+decisions|close\s+call|
        encourage\s+you\s+to\s+apply\s+(?:for|to)\s+(?:future|other)|consider\s+you\s+for\s+future""",
    ),
    rule(
        "rejection.de",
        K.REJECTION,
        4,
        r"""
        für\s+(?:eine\s+andere|einen\s+anderen)\s+(?:kandidat|bewerber)|anderweitig\s+besetzt|absage
        |nicht\s+(?:weiter\s+)?berücksichtigen|nicht\s+in\s+die\s+engere\s+auswahl|leider\s+mitteilen
        |müssen\s+wir\s+ihnen\s+leider|nicht\s+für\s+sie\s+entschieden|stelle\s+(?:wurde|ist)\s+(?:bereits\s+)?besetzt""",
    ),
    rule(
        "rejection.de_soft",
        K.REJECTION,
        1.5,
        r"\bleider\b|für\s+ihre\s+berufliche\s+zukunft\s+alles\s+gute",
    ),
    rule(
        "rejection.fr",
        K.REJECTION,
        4,
        r"""
        au\s+regret\s+de\s+vous\s+informer|ne\s+(?:pouvons|pourrons)\s+pas\s+donner\s+(?:une\s+)?suite\s+favorable
        |(?:n'a|n'avez)\s+pas\s+été\s+retenu|pas\s+été\s+retenue?|d'autres\s+candidat|autre\s+candidat
        |ne\s+pas\s+poursuivre|décidé\s+de\s+ne\s+pas\s+(?:retenir|donner\s+suite)""",
    ),
    rule(
        "rejection.fr_soft",
        K.REJECTION,
        1.5,
        r"\bmalheureusement\b|belle\s+réussite\s+dans\s+vos\s+recherches",
    ),
    rule(
        "rejection.es",
        K.REJECTION,
        4,
        r"""
        (?:continuar|seguir|avanzar)\s+con\s+otr[oa]s\s+candidat|otros\s+candidatos\s+cuyo|no\s+(?:has|ha)\s+sido\s+seleccionad
        |lamentamos\s+(?:informarte|comunicarte)|no\s+continuar\s+con\s+tu\s+candidatura|no\s+seguir\s+adelante\s+con\s+tu""",
    ),
    rule(
        "rejection.es_soft",
        K.REJECTION,
        1.5,
        r"\blamentablemente\b|mucha\s+suerte\s+en\s+tu\s+búsqueda",
    ),
    rule(
        "rejection.pt",
        K.REJECTION,
        4,
        r"""
        seguir\s+com\s+outr[oa]s\s+candidat|não\s+foi\s+selecionad|não\s+(?:iremos|vamos)\s+(?:seguir|avançar)\s+com\s+(?:a\s+sua|sua)""",
    ),
    rule("rejection.pt_soft", K.REJECTION, 1.5, r"\binfelizmente\b"),
    rule(
        "rejection.nl",
        K.REJECTION,
        4,
        r"""
        andere\s+kandidaat|niet\s+verder\s+(?:gaan|te\s+gaan)\s+met\s+je|besloten\s+(?:om\s+)?niet|afgewezen""",
    ),
    rule("rejection.nl_soft", K.REJECTION, 1.5, r"\bhelaas\b"),
    # ---- offer -----------------------------------------------------------------------
    rule(
        "offer.extend",
        K.OFFER,
        4,
        r"""
        (?:pleased|delighted|happy|thrilled|excited|glad)\s+to\s+(?:extend|offer|make|present)\s+(?:you\s+)?(?:an?\s+|the\s+)?(?:formal\s+|verbal\s+|written\s+|official\s+)?(?:offer|position|role|job)
        | (?:would|'d)\s+(?:like|love)\s+to\s+(?:make\s+you|extend\s+(?:you\s+)?)\s*an?\s+offer
        | \bextend\s+(?:you\s+)?an?\s+offer""",
        neg=True,
    ),
    rule(
        "offer.offer_you_role",
        K.OFFER,
        4,
        r"""
        \boffer\s+you\s+(?:the\s+|a\s+|this\s+|our\s+)?(?:position|role|job|contract)\b(?!\s+(?:at\s+this\s+time|right\s+now))
        | \boffer\s+you\s+the\s+(?:[\w,/()\-]+\s+){0,7}?(?:role|position|job)\b""",
        neg=True,
    ),
    rule(
        "offer.letter",
        K.OFFER,
        3,
        r"""
        \boffer\s+letter\b|\boffer\s+of\s+employment\b|\byour\s+offer\b|\bjob\s+offer\b|\bcontract\s+offer\b|\bverbal\s+offer\b
        |\bformal\s+offer\b|\brevise[d]?\s+(?:the\s+)?offer\b|\bupdated\s+offer\b|\boffer\s+details\b""",
        neg=True,
    ),
    rule(
        "offer.de",
        K.OFFER,
        4,
        r"vertragsangebot|arbeitsvertrag|jobzusage|\bzusage\b|in\s+unserem\s+team\s+begrüßen\s+(?:möchten|dürfen)|ihnen\s+ein\s+angebot",
    ),
    rule(
        "offer.fr",
        K.OFFER,
        4,
        r"promesse\s+d'embauche|proposition\s+d'embauche|lettre\s+d'offre|plaisir\s+de\s+vous\s+(?:proposer|offrir)\s+le\s+poste|proposition\s+de\s+contrat",
    ),
    rule(
        "offer.es",
        K.OFFER,
        4,
        r"carta\s+de\s+oferta|ofrecerte\s+el\s+puesto|ofrecerle\s+el\s+puesto|propuesta\s+de\s+contratación|nos\s+complace\s+ofrecer",
    ),
    rule(
        "offer.pt",
        K.OFFER,
        4,
        r"proposta\s+de\s+(?:emprego|trabalho|contratação)|carta\s+(?:de\s+)?oferta|oferecer\s+(?:a\s+você|lhe)\s+a\s+vaga",
    ),
    rule(
        "offer.nl",
        K.OFFER,
        4,
        r"arbeidsovereenkomst|contractvoorstel|bieden\s+(?:je|u)\s+(?:graag\s+)?de\s+functie|aanbod\s+(?:doen|voor\s+de\s+functie)",
    ),
    rule(
        "offer.subject",
        K.OFFER,
        2,
        r"\boffer\b|oferta|angebot|\boffre\b|proposta",
        subject=True,
        neg=True,
    ),
    rule(
        "offer.congrats",
        K.OFFER,
        1,
        r"\bcongratulations\b|\benhorabuena\b|\bfélicitations\b|\bherzlichen\s+glückwunsch\b|\bparabéns\b|\bgefeliciteerd\b",
    ),
)
