"""The learned model's verdict on a message, and what the model is told besides its text.

The model (:mod:`followthrough.classify.learned`) decides the kind; this module gives it
the context the mailbox knows (a calendar part that looks like an interview, an employer
already written to, a hiring conversation) and turns its prediction into a kind, a
confidence and the evidence shown to the user. Where the phrase rules or the
conversation disagree with a doubtful "other", the message becomes a doubt that waits
for review rather than being dropped.
"""

from __future__ import annotations

import re

from followthrough.classify import noise, senders
from followthrough.classify.ical import CalendarEvent, main_event
from followthrough.classify.learned import features
from followthrough.classify.learned import model as learned_model
from followthrough.classify.rules import INBOUND_RULES
from followthrough.classify.rules_out import OUTBOUND_RULES
from followthrough.mail.parse import ParsedMessage
from followthrough.model import Direction, Kind

_INTERVIEWISH = re.compile(
    r"(?i)interview|screen|entretien|entrevista|gespräch|gesprek|onsite|on-site|round|panel|hiring|recruit|candidate|"
    r"technical|chat\s+with|intro\s+call|kennenlernen|vorstellung"
)

#: ``other`` at least this sure is noise whatever phrase rules fired (an alert that
#: quotes "interview tips"); below it, strong rules make the message a doubt.
CLEARLY_NOISE = 0.9
#: The confidence of a doubt: under ``[review] min_confidence``'s default, so it waits.
DOUBT = 0.5


#: The kind each phrase rule votes for, to show the rules that agree with the model.
_RULE_KIND: dict[str, Kind] = {r.name: r.kind for r in (*INBOUND_RULES, *OUTBOUND_RULES)}


def _calendar_is_interview(event: CalendarEvent, text: str, job: bool) -> bool:
    blob = f"{event.summary}\n{event.description}"
    return bool(_INTERVIEWISH.search(blob)) or (job and bool(_INTERVIEWISH.search(text)))


def context_in(
    msg: ParsedMessage,
    newest: str,
    flat: str,
    subject: str,
    account: str | None,
    known_employer: bool = False,
    job_thread: bool = False,
) -> features.Context:
    """What the model is told about an inbound message besides its text."""
    event = main_event(msg.calendars) if msg.calendars else None
    job_words = noise.has_job_context(msg.subject, newest)
    job = known_employer or job_words
    interviewish = event is not None and _calendar_is_interview(event, newest, job)
    return features.Context(
        Direction.IN, newest, flat, subject, account, event, known_employer, interviewish,
        job_thread, job_words,
    )  # fmt: skip


def learned_verdict(msg: ParsedMessage, ctx: features.Context) -> tuple[Kind, float, list[str]]:
    """The model's kind, its probability, and the evidence a user is shown for it."""
    found = features.extract(msg, ctx)
    pred = learned_model.load().predict(features.buckets(found), ctx.direction)
    kind, probability = pred.kind, pred.probability
    ranked = ", ".join(f"{k.value} {p:.2f}" for k, p in pred.ranked[:3])
    evidence = [f"model: {ranked}"]
    strong = [Kind(f[4:]) for f in found if f.startswith("rk3:") and f[4:] != Kind.OTHER.value]
    if kind is Kind.OTHER and strong and probability < CLEARLY_NOISE:
        # The phrase rules say plainly what the model doubts ("wir möchten Sie zu einem
        # Vorstellungsgespräch einladen" in two lines): take the rules' kind, but as a
        # doubt, below the review threshold, so the user settles it before it counts.
        kind = max(strong, key=pred.of)
        probability = min(DOUBT, 1.0 - probability)
        evidence.append("doubt: phrase rules disagree with the model")
    elif kind is Kind.OTHER and probability < CLEARLY_NOISE and _in_conversation(msg, ctx):
        # A person at an employer this mailbox deals with, or a reply in one of its
        # hiring conversations, is job mail unless clearly noise; which kind is a doubt.
        kind = next(k for k, _p in pred.ranked if k is not Kind.OTHER)
        probability = DOUBT
        evidence.append("doubt: job conversation, kind unclear")
    rules = [f[2:] for f in found if f.startswith("r:") and _RULE_KIND.get(f[2:]) is kind]
    return kind, round(probability, 3), [*evidence, *rules]


def _in_conversation(msg: ParsedMessage, ctx: features.Context) -> bool:
    if ctx.direction is not Direction.IN or not (ctx.job_thread or ctx.known_employer):
        return False
    sender = msg.sender
    return (
        senders.looks_like_person(sender)
        and not senders.is_automated_address(sender.address if sender else None)
        and not noise.is_bulk(msg.headers)
    )
