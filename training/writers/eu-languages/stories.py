"""Applications, their stories, and one handler per event code."""
import collections
import datetime as dt
import re
import string
from zoneinfo import ZoneInfo

import engine as E
import mail as M
import world as W

UTC = dt.timezone.utc
OWNER = W.OWNER
LIS = ZoneInfo(OWNER["tz"])

KIND_OF = {}
for c in ["ACK", "ACKB", "ACKE"]:
    KIND_OF[c] = "application_ack"
for c in ["REJ_PRE", "REJ_POST", "REJ_CANCEL", "REJ_ONE", "REJB", "REJ_ANY"]:
    KIND_OF[c] = "rejection"
for c in ["INV_FIXED", "INV_SCREEN", "INV_SLOTS", "INV_LINK", "INV_AVAIL", "INV_REMIND", "INV_RESCHED",
          "INV_ONSITE", "INV_CONFIRM", "INV_CAL"]:
    KIND_OF[c] = "interview_invite"
for c in ["AS_VENDOR", "AS_CASE", "AS_VIDEO", "AS_REMIND"]:
    KIND_OF[c] = "assessment"
for c in ["REP_REVIEW", "REP_DOCS", "REP_HOLD", "REP_TIMELINE", "REP_ANSWER", "REP_STATUS", "REP_IVCANCEL",
          "REP_POST", "REP_Q", "REP_CV"]:
    KIND_OF[c] = "recruiter_reply"
for c in ["OUT_DIRECT", "OUT_AGENCY", "OUT_CONF", "OUT_NUDGE", "OUT_INMAIL", "OUT_HM"]:
    KIND_OF[c] = "recruiter_outreach"
for c in ["OFF_LETTER", "OFF_CALL", "OFF_ESIGN", "OFF_REVISED"]:
    KIND_OF[c] = "offer"
KIND_OF["TY"] = "thank_you"
for c in ["FU", "FU_APPLY", "FU_PROMISE"]:
    KIND_OF[c] = "follow_up"
for c in ["O_ACCEPT_SLOT", "O_WITHDRAW", "O_NEGOTIATE", "O_ACCEPT_OFFER", "O_OOO", "O_VIEWED", "O_INTERESTED"]:
    KIND_OF[c] = "other"

STORIES = {
    "ack_rej": ["ACK", "REJ_PRE"],
    "ack_only": ["ACK"],
    "ackb_rejb": ["ACKB", "REJB"],
    "ackb_viewed_rej": ["ACKB", "O_VIEWED", "REJ_PRE"],
    "acke_rej": ["ACKE", "REJ_PRE"],
    "ack_as_rej": ["ACK", "AS_VENDOR", "REJ_PRE"],
    "ack_as_remind_rej": ["ACK", "AS_VENDOR", "AS_REMIND", "REJ_ANY"],
    "ack_iv_ty_rej": ["ACK", "INV_FIXED", "TY", "REJ_POST"],
    "ack_screen_rej": ["ACK", "INV_SCREEN", "REJ_POST"],
    "ack_slots_offer": ["ACK", "INV_SLOTS", "O_ACCEPT_SLOT", "INV_CAL", "TY", "REP_TIMELINE", "OFF_CALL", "OFF_LETTER"],
    "out_link_fu_rej": ["OUT_DIRECT", "O_INTERESTED", "REP_CV", "INV_LINK", "INV_CONFIRM", "TY", "FU", "REJ_POST"],
    "agency_rej": ["OUT_AGENCY", "O_INTERESTED", "REP_CV", "INV_FIXED", "TY", "REP_TIMELINE", "REJ_POST"],
    "agency_offer": ["OUT_AGENCY", "REP_Q", "INV_FIXED", "TY", "OFF_CALL"],
    "conf_nudge": ["OUT_CONF", "OUT_NUDGE"],
    "conf_only": ["OUT_CONF"],
    "inmail": ["OUT_INMAIL"],
    "direct_only": ["OUT_DIRECT"],
    "hm_nudge": ["OUT_HM", "OUT_NUDGE"],
    "ack_review_fu_rej": ["ACK", "REP_REVIEW", "FU_PROMISE", "REJ_PRE"],
    "fuapply_hold": ["FU_APPLY", "REP_HOLD"],
    "ack_docs_case_onsite_offer": ["ACK", "REP_DOCS", "AS_CASE", "INV_ONSITE", "TY", "OFF_ESIGN", "REP_POST"],
    "ack_avail_resched": ["ACK", "INV_AVAIL", "INV_FIXED", "INV_RESCHED", "TY", "FU", "REP_ANSWER", "REJ_POST"],
    "hm_offer_nego": ["OUT_HM", "INV_FIXED", "TY", "OFF_CALL", "O_NEGOTIATE", "OFF_REVISED", "O_ACCEPT_OFFER"],
    "ack_video_rej": ["ACK", "AS_VIDEO", "REJ_ANY"],
    "ack_cancel": ["ACK", "INV_FIXED", "INV_REMIND", "REP_IVCANCEL", "REJ_CANCEL"],
    "ack_status_rej": ["ACK", "REP_STATUS", "REJ_PRE"],
    "ack_iv_withdraw": ["ACK", "INV_FIXED", "O_WITHDRAW"],
    "ack_q_iv_rej": ["ACK", "REP_Q", "INV_FIXED", "TY", "REJ_POST"],
    "ack_cal_offer": ["ACK", "INV_CAL", "TY", "FU", "REP_TIMELINE", "OFF_LETTER", "O_ACCEPT_OFFER"],
    "ack_rejcancel": ["ACK", "REJ_CANCEL"],
    "ack_iv_ooo_rej": ["ACK", "INV_FIXED", "TY", "O_OOO", "REJ_POST"],
    "as_iv_offer": ["ACK", "AS_VENDOR", "INV_SCREEN", "INV_FIXED", "TY", "OFF_ESIGN"],
    "two_rounds": ["ACK", "INV_SCREEN", "TY", "INV_ONSITE", "TY", "FU", "REP_ANSWER", "OFF_LETTER", "REP_POST"],
    "email_apply_iv": ["ACKE", "INV_FIXED", "TY", "REJ_POST"],
    "ack_review_rej": ["ACK", "REP_REVIEW", "REJ_PRE"],
    "fu_apply_rej": ["ACK", "FU_APPLY", "REJ_ANY"],
    "out_screen_rej": ["OUT_DIRECT", "O_INTERESTED", "INV_SCREEN", "REJ_POST"],
    "out_case_offer": ["OUT_DIRECT", "REP_CV", "AS_CASE", "INV_FIXED", "TY", "OFF_LETTER"],
    "ack_remind_ty_fu": ["ACK", "INV_LINK", "INV_CONFIRM", "INV_REMIND", "TY", "FU_PROMISE"],
    "ack_as_iv_rej": ["ACK", "AS_VENDOR", "AS_REMIND", "INV_FIXED", "TY", "REJ_POST"],
    "inmail_screen": ["OUT_INMAIL", "O_INTERESTED", "INV_SCREEN", "TY", "REP_TIMELINE", "REJ_POST"],
    "ack_iv_rej": ["ACK", "INV_FIXED", "REJ_POST"],
    "ack_link_confirm_rej": ["ACK", "INV_LINK", "INV_CONFIRM", "REJ_POST"],
    "out_iv_offer": ["OUT_DIRECT", "INV_SCREEN", "INV_FIXED", "OFF_LETTER"],
    "ack_iv_offer_esign": ["ACK", "INV_FIXED", "OFF_CALL", "OFF_ESIGN"],
    "rej_only": ["REJ_PRE"],
    "rejcancel_only": ["REJ_CANCEL"],
    "review_rej": ["REP_REVIEW", "REJ_PRE"],
    "email_iv_rej": ["INV_FIXED", "REJ_POST"],
    "email_avail_offer": ["INV_AVAIL", "INV_FIXED", "TY", "OFF_LETTER"],
    "docs_rejone": ["REP_DOCS", "REJ_ANY"],
    "as_rej": ["AS_VENDOR", "REJ_PRE"],
    "rejb_only": ["REJB"],
    "offer_nego": ["INV_FIXED", "OFF_CALL", "O_NEGOTIATE", "OFF_REVISED"],
}


class Person:
    def __init__(self, first, last, gender, title, email, client, phone="", lang=None, tz=None):
        self.first, self.last, self.gender, self.title = first, last, gender, title
        self.email, self.client, self.phone, self.lang, self.tz = email, client, phone, lang, tz
        self.display_style = "plain"

    @property
    def full(self):
        return f"{self.first} {self.last}"

    def display(self):
        if self.display_style == "comma":
            return f"{self.last}, {self.first}"
        if self.display_style == "upper":
            return f"{self.last.upper()} {self.first}"
        return self.full

    def addr(self):
        return (self.display(), self.email)


def template_fields(t):
    return {f for _, f, _, _ in string.Formatter().parse(t) if f}


class Picker:
    def __init__(self, rng):
        self.rng = rng
        self.use = collections.Counter()

    def variants(self, L, key, reg=None):
        items = L.B.get(key)
        if items is None:
            raise KeyError(f"{L.CODE}: bank key {key} missing")
        out = []
        for t in items:
            if len(t) > 2 and t[1] == "|" and t[0] in "fi":
                if reg is None or t[0] == reg:
                    out.append(t[2:])
            else:
                out.append(t)
        if not out:
            out = [t[2:] if len(t) > 2 and t[1] == "|" else t for t in items]
        return out

    def pick(self, L, key, reg=None, avoid=()):
        items = self.variants(L, key, reg)
        cand = [t for t in items if not (template_fields(t) & set(avoid))] or items
        m = min(self.use[(L.CODE, key, t)] for t in cand)
        best = [t for t in cand if self.use[(L.CODE, key, t)] == m]
        t = self.rng.choice(best)
        self.use[(L.CODE, key, t)] += 1
        return t

    def pick_list(self, L, key, reg=None):
        """For banks that are lists of lists."""
        return self.pick(L, key, reg)


_SENT = re.compile(r"(\w{3,}[.!?]|[!?]) ([a-zà-ÿ])")
_DOTS = re.compile(r"(?<![.])\.\.(?![.])")
_VOWEL = "aeiouyéèêëàâîïôöûüAEIOUYÉÈÊËÀÂÎÏÔÖÛÜ"


def tidy(s):
    s = _DOTS.sub(".", s)
    s = _SENT.sub(lambda m: m.group(1) + " " + m.group(2).upper(), s)
    for i, ch in enumerate(s):
        if ch.isalpha():
            if ch.islower():
                s = s[:i] + ch.upper() + s[i + 1:]
            break
        if ch.isdigit() or ch in "{<":
            break
    return s


def _join(lit, val, L):
    """Contract a preposition at the end of lit with an article at the start of val."""
    table = getattr(L, "CONTRACT", None) if L else None
    if not lit or not val:
        return lit, val
    if lit.endswith("(") and "(" in val:
        val = re.sub(r"\s*\([^()]*\)\s*$", "", val) or val
    if table:
        m = re.search(r"(^|[\s(])(\w+) $", lit)
        if m:
            prep = m.group(2)
            for p, art, res in table:
                if prep.lower() == p and (val.startswith(art + " ") or (art.endswith("'") and val.startswith(art))):
                    rest = val[len(art):].lstrip(" ") if not art.endswith("'") else val[len(art):]
                    out = res if prep[0].islower() else res[0].upper() + res[1:]
                    sep = "" if res.endswith("'") else " "
                    return lit[:m.start(2)] + out + sep, rest
    if L is not None and getattr(L, "ELIDE", False):
        m = re.search(r"(^|[\s(])([dD]e|[qQ]ue) $", lit)
        if m and val[0] in _VOWEL:
            return lit[:m.start(2)] + m.group(2)[:-1] + "'", val
    return lit, val


def fill(t, c):
    L = c.get("_L")
    out = ""
    for lit, field, spec, conv in string.Formatter().parse(t):
        if field is None:
            out += lit
            continue
        if field not in c:
            raise KeyError(field)
        val = format(c[field], spec) if spec else str(c[field])
        a, b = _join(out + lit, val, L)
        out = a + b
    return tidy(out)


class World:
    """Shared generator state: random source, pickers, ids, languages."""

    def __init__(self, rng, langs):
        self.rng = rng
        self.P = Picker(rng)
        self.langs = langs
        self.mid_seen = set()
        self.mails = []

    def msgid(self, dom, style):
        r = self.rng
        while True:
            if style == "outlook":
                x = f"<{r.choice(['AM0', 'DB9', 'PA4', 'VI1', 'GV0', 'FR4', 'CP4', 'AS8', 'DU2'])}PR{r.randint(10, 99):02d}MB{r.randint(1000, 9999)}" \
                    f"{E.alnum(r, 8, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}@{r.choice(['AM0', 'DB9', 'PA4', 'VI1'])}PR{r.randint(10, 99):02d}MB{r.randint(1000, 9999)}.eurprd{r.randint(1, 9):02d}.prod.outlook.example>"
            elif style == "gmail":
                x = f"<CA{E.alnum(r, 3)}{E.alnum(r, 40, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-')}@mail.gmail.example>"
            elif style == "iphone":
                x = f"<{E.hexid(r, 8).upper()}-{E.hexid(r, 4).upper()}-{E.hexid(r, 4).upper()}-{E.hexid(r, 4).upper()}-{E.hexid(r, 12).upper()}@{dom}>"
            elif style == "thunder":
                x = f"<{E.hexid(r, 8)}-{E.hexid(r, 4)}-{E.hexid(r, 4)}-{E.hexid(r, 4)}-{E.hexid(r, 12)}@{dom}>"
            else:
                x = f"<{E.alnum(r, 10)}.{E.hexid(r, 12)}.{r.randint(1000000, 9999999)}@{dom}>"
            if x not in self.mid_seen:
                self.mid_seen.add(x)
                return x

    def boundary(self, style):
        r = self.rng
        if style == "gmail":
            return "000000000000" + E.hexid(r, 12)
        if style == "outlook":
            return "_000_" + E.alnum(r, 30, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") + "_"
        if style == "iphone":
            return "Apple-Mail-" + E.hexid(r, 8).upper() + "-" + E.hexid(r, 4).upper() + "-" + E.hexid(r, 12).upper()
        if style == "thunder":
            return "------------" + E.alnum(r, 24, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
        return "----=_Part_" + str(r.randint(100000, 9999999)) + "_" + str(r.randint(10000000, 99999999)) + "." + str(r.randint(10 ** 12, 10 ** 13))


# ------------------------------------------------------------------ time helpers
def biz(rng, day, tz, h0=8.5, h1=18.0):
    """An aware datetime on `day` (moved off weekends) during business hours."""
    while day.weekday() >= 5:
        day += dt.timedelta(days=1)
    mins = rng.randint(int(h0 * 60), int(h1 * 60))
    return dt.datetime(day.year, day.month, day.day, mins // 60, mins % 60, rng.randint(0, 59), tzinfo=ZoneInfo(tz))


def later(rng, prev, dmin, dmax, tz, h0=8.5, h1=18.0, weekend_ok=False):
    day = prev.astimezone(ZoneInfo(tz)).date() + dt.timedelta(days=rng.randint(dmin, dmax))
    if weekend_ok:
        mins = rng.randint(int(h0 * 60), int(h1 * 60))
        d = dt.datetime(day.year, day.month, day.day, mins // 60, mins % 60, rng.randint(0, 59), tzinfo=ZoneInfo(tz))
    else:
        d = biz(rng, day, tz, h0, h1)
    if d <= prev:
        d = prev + dt.timedelta(minutes=rng.randint(20, 180))
    return d


SLOT_TIMES = [(9, 0), (9, 30), (10, 0), (10, 30), (11, 0), (11, 15), (11, 30), (13, 30), (14, 0), (14, 30),
              (15, 0), (15, 30), (16, 0), (16, 30), (17, 0)]


def iv_slot(rng, after, tz, dmin=2, dmax=10):
    z = ZoneInfo(tz)
    day = after.astimezone(z).date() + dt.timedelta(days=rng.randint(dmin, dmax))
    while day.weekday() >= 5:
        day += dt.timedelta(days=1)
    hh, mm = rng.choice(SLOT_TIMES)
    return dt.datetime(day.year, day.month, day.day, hh, mm, tzinfo=z)
