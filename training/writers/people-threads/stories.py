"""Storylines: the order of events in one application, written as calls to steps."""
import steps as S


def ats_no(t):
    S.ack(t); S.rejection_ats(t)


def board_no(t):
    S.ack_board(t); S.rejection_ats(t)


def ats_fu_no(t):
    S.ack(t)
    S.follow_up(t, after="apply", to=t.rec, new_thread=True)
    if t.rng.random() < 0.4:
        S.ooo(t)
    S.reply(t, t.rng.choice(["waiting", "promise"]), who=t.rec)
    S.rejection(t, "formal", who=t.rec)


def ats_assess_no(t):
    S.ack(t); S.assess_vendor(t)
    if t.rng.random() < 0.4:
        S.assess_vendor(t)  # reminder
    S.rejection_ats(t)


def ats_assess_int(t):
    S.ack(t); S.assess_vendor(t)
    if t.rng.random() < 0.5:
        S.assess_vendor(t)
    S.invite_fixed(t, who=t.rec)
    S.thank_yous(t)
    S.reply(t, "promise", who=t.rec)
    S.rejection(t, t.rng.choice(["formal", "informal"]), who=t.rec)


def ats_interview(t):
    S.ack(t)
    S.invite_slots(t, who=t.rec); S.o_accept_slot(t); S.invite_cal(t)
    S.thank_yous(t, limit=1)
    S.reply(t, "promise", who=t.rec)
    S.follow_up(t, to=t.rec)
    S.rejection(t, "formal", who=t.rec)


def ats_offer(t):
    S.ack(t)
    S.invite_book(t, who=t.rec); S.invite_vendor(t)
    S.thank_yous(t, limit=1)
    S.invite_panel(t, who=t.coord if t.rng.random() < 0.5 else t.rec)
    S.thank_yous(t, limit=t.rng.choice([2, 3]))
    S.reply(t, "refs", who=t.rec); S.o_send_docs(t)
    S.offer_call(t, who=t.rec)
    if t.rng.random() < 0.5:
        S.offer_esign(t)
    else:
        S.offer_written(t, who=t.rec)
    S.o_accept_offer(t)


def inhouse_full(t):
    S.outreach(t); S.o_interest(t)
    S.invite_fixed(t)
    S.thank_yous(t, limit=1)
    if t.rng.random() < 0.5:
        S.assess_human(t)
    S.reply(t, "progress")
    S.invite_panel(t, who=t.coord if t.rng.random() < 0.4 and t.channel == "inhouse" else None)
    S.thank_yous(t, limit=t.rng.choice([1, 2, 3]))
    S.follow_up(t)
    S.reply(t, t.rng.choice(["waiting", "promise"]))
    S.offer_call(t); S.offer_written(t)
    if t.rng.random() < 0.6:
        S.o_negotiate(t); S.offer_written(t, revised=True)
    S.o_accept_offer(t)


def inhouse_reject(t):
    S.outreach(t); S.o_interest(t)
    S.invite_fixed(t)
    S.thank_yous(t, limit=1)
    if t.rng.random() < 0.5:
        S.assess_human(t)
    S.invite_panel(t)
    S.thank_yous(t, limit=2)
    S.reply(t, "promise")
    S.follow_up(t)
    S.rejection(t, t.rng.choice(["formal", "formal", "informal"]))


def nudges(t):
    S.outreach(t); S.nudge(t)
    if t.rng.random() < 0.5:
        S.nudge(t)
    if t.rng.random() < 0.3:
        S.o_decline(t)


def decline(t):
    S.outreach(t); S.o_decline(t)


def cancelled(t):
    S.outreach(t); S.o_interest(t)
    if t.rng.random() < 0.5:
        S.invite_slots(t); S.o_accept_slot(t)
    S.invite_fixed(t)
    S.thank_yous(t, limit=1)
    if t.rng.random() < 0.5:
        S.reply(t, "hold"); S.follow_up(t)
    S.rejection(t, t.rng.choice(["cancel", "internal"]))


def agency(t):
    S.outreach(t); S.o_interest(t)
    S.reply(t, "agency")
    S.invite_fixed(t)
    S.thank_yous(t, limit=1)
    S.reply(t, "progress")
    if t.rng.random() < 0.5:
        S.invite_panel(t)
        S.thank_yous(t, limit=t.rng.choice([1, 2]))
    S.follow_up(t)
    if t.rng.random() < 0.5:
        S.fwd_rejection(t)
    else:
        S.rejection(t, "informal")


def agency_offer(t):
    S.outreach(t); S.o_interest(t)
    S.reply(t, "agency")
    S.assess_human(t, who=t.agent)
    S.invite_fixed(t)
    S.thank_yous(t, limit=1)
    S.offer_call(t); S.offer_written(t)


def agency_unnamed(t):
    S.outreach(t); S.nudge(t); S.o_interest(t)
    S.reveal(t)
    S.invite_fixed(t)
    S.thank_yous(t, limit=1)
    S.follow_up(t)
    S.reply(t, "waiting")
    S.rejection(t, "informal")


def hm_direct(t):
    S.outreach(t); S.o_interest(t)
    S.invite_fixed(t, terse=True)
    S.thank_yous(t, limit=1)
    S.assess_human(t)
    S.reply(t, "thanks")
    S.invite_panel(t, who=t.rec)
    S.thank_yous(t, limit=t.rng.choice([2, 3]))
    S.offer_call(t, who=t.rec)
    S.o_accept_offer(t)


def founder(t):
    S.outreach(t); S.o_interest(t)
    S.invite_fixed(t, terse=True)
    S.thank_yous(t, limit=1)
    S.assess_human(t)
    S.rejection(t, "informal")


def referral(t):
    S.outreach(t); S.o_interest(t)
    S.ack(t)
    S.invite_slots(t, who=t.rec); S.o_accept_slot(t)
    S.invite_cal(t)
    S.thank_yous(t, limit=1)
    S.follow_up(t, to=t.rec)
    S.rejection(t, t.rng.choice(["internal", "formal"]), who=t.rec)


def nurse(t):
    S.ack(t)
    S.invite_nurse(t)
    S.osend(t, [t.rec], t.rng.choice(["Thank you - I'm pleased to confirm I'll attend.", "Confirming my attendance, thank you. I'll bring the documents listed.",
                                      "Thanks for the invitation; I can confirm I'll be there."]), "other", conv="nhs",
            note="candidate confirms attendance: other (outbound)")
    S.reply(t, "docs", who=t.rec)
    S.o_send_docs(t)
    if t.rng.random() < 0.5:
        S.thank_yous(t, limit=1)
    if t.rng.random() < 0.6:
        S.offer_written(t, who=t.rec)
        S.reply(t, "refs", who=t.rec)
    else:
        S.rejection(t, "formal", who=t.rec)


def ea(t):
    S.outreach(t); S.o_interest(t)
    S.invite_coord(t); S.o_accept_slot(t)
    S.invite_cal(t, organizer=t.coord)
    if t.rng.random() < 0.6:
        S.invite_resched(t)
    S.thank_yous(t, limit=1)
    if t.rng.random() < 0.5:
        S.offer_call(t, who=t.hm); S.offer_written(t, who=t.rec)
    else:
        S.rejection(t, "formal", who=t.hm)


def resched(t):
    S.ack(t)
    S.invite_fixed(t, who=t.rec)
    S.invite_resched(t)
    if t.rng.random() < 0.6:
        S.invite_reminder(t)
    S.thank_yous(t, limit=1)
    S.follow_up(t, to=t.rec)
    S.reply(t, "waiting", who=t.rec)
    S.follow_up(t, to=t.rec)
    S.rejection(t, "formal", who=t.rec)


def hold(t):
    S.outreach(t); S.o_interest(t)
    S.invite_fixed(t)
    S.thank_yous(t, limit=1)
    S.reply(t, "hold")
    S.follow_up(t)
    S.reply(t, t.rng.choice(["waiting", "docs"]))


def withdraw(t):
    S.ack(t); S.invite_slots(t, who=t.rec); S.o_withdraw(t)


def inmail(t):
    S.outreach(t); S.o_interest(t)
    S.invite_book(t, who=t.rec); S.invite_cal(t)
    S.thank_yous(t, limit=1)
    S.fwd_feedback(t)
    S.invite_panel(t, who=t.rec)
    S.thank_yous(t, limit=2)
    S.rejection(t, "formal", who=t.rec)


def ack_human(t):
    S.ack_human(t)
    S.invite_fixed(t, who=t.rec)
    S.thank_yous(t, limit=1)
    S.rejection(t, t.rng.choice(["informal", "formal"]), who=t.rec)


def ack_human_docs(t):
    S.ack_human(t)
    S.reply(t, "docs", who=t.rec)
    S.o_send_docs(t)
    S.invite_fixed(t, who=t.rec)
    S.invite_reminder(t)
    S.rejection(t, "formal", who=t.rec)


def assess_no(t):
    S.outreach(t); S.o_interest(t)
    S.assess_human(t)
    S.rejection(t, t.rng.choice(["formal", "informal"]))


def assess_vendor_reply(t):
    S.ack(t); S.assess_vendor(t)
    if t.rng.random() < 0.5:
        S.assess_vendor(t)
    S.reply(t, "promise", who=t.rec)
    S.rejection(t, "formal", who=t.rec)


def quick_offer(t):
    S.outreach(t); S.o_interest(t, p=0.8)
    S.invite_fixed(t)
    S.thank_yous(t, limit=1, p=0.5)
    S.offer_call(t)
    if t.rng.random() < 0.5:
        S.offer_written(t)
    else:
        S.offer_esign(t)
    if t.rng.random() < 0.5:
        S.o_negotiate(t, ) if t.rng.random() < 0.5 else S.o_withdraw(t)


def offer_then_withdraw(t):
    S.ack(t)
    S.invite_fixed(t, who=t.rec)
    S.assess_vendor(t)
    S.invite_panel(t, who=t.rec)
    S.thank_yous(t, limit=2)
    S.offer_call(t, who=t.rec); S.offer_written(t, who=t.rec)
    S.o_withdraw(t)


def screen_hold(t):
    S.ack(t)
    S.reply(t, "docs", who=t.rec)
    S.o_send_docs(t, p=0.8)
    S.reply(t, "hold", who=t.rec)
    S.follow_up(t, to=t.rec)
    S.reply(t, t.rng.choice(["waiting", "promise"]), who=t.rec)
    S.rejection(t, t.rng.choice(["cancel", "internal", "formal"]), who=t.rec)
