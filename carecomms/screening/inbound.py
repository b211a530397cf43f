"""Inbound screening: what in a message from a person needs a human now (safeguarding) or goes to the
line manager (inappropriate, G15). Tuned for how people really type: lower case, no apostrophes,
text-speak ("kms", "od'd", "wanna"), misspellings. A missed risk costs far more than an extra look, so
safeguarding patterns lean towards flagging; everyday swearing about buses and weather does not count.
Here: screen_inbound and its decisions. The phrase tables are in inbound_phrases.py, the everyday wordings in
inbound_harmless.py, attachment screening in attachments.py.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from . import classifier
from .inbound_harmless import (
    _AGENCY_AT_FAULT_OR_WISHES,  # round 20a
    _APOLOGISING_FOR_MESSAGES,
    _ARRANGING,
    _AS_PRESCRIBED,
    _CLUB_OR_TIP_RUN,  # round 22
    _COMPLAINT_OR_ERRAND_DONE,
    _CONFIDING,
    _DISAGREEING,
    _EVERYDAY_CARE_AND_ERRANDS,
    _EVERYDAY_CARE_ARRANGEMENTS,  # round 19b
    _EVERYDAY_FAMILY_LIFE,
    _EVERYDAY_HOME_HEALTH_AND_MEETINGS,  # round 20a
    _EVERYDAY_NEWS_AND_ERRANDS,
    _EVERYDAY_WOES,
    _FEAR_OF_REMOVAL_ASKED,  # round 20b
    _GAMING_TALK,
    _HAPPENING_NOW,
    _IN_FICTION,
    _INVITATION_PAPERS_OR_SIGN_OFF,  # round 20b
    _INVITING,
    _JOKING,
    _LOOKING_FORWARD_TO_A_VISIT,
    _NOT_AIMED_AT_THE_WORKER,
    _ORDINARY_NEWS,
    _OVER_NOW,
    _OWN_LEAVE,
    _OWNING_UP_OR_EXEMPTED,  # round 19b
    _PAPERS_CONTACT_AND_BUGS,
    _PASSED_ON,
    _PAST,
    _PET_TALK,
    _PLEASANTRIES,
    _PROTECTION_STILL_IN_FORCE,
    _REARRANGING,
    _RESOLVED,
    _SERVICE_FOUND_WANTING,
    _SPORT_TALK,
    _WHEREABOUTS_KNOWN,
    _WITH_CONSENT,
    everyday_asks_and_news,  # round 20b
    phone_trouble_only,
    seen_and_said_to_be_fine,
)
from .inbound_phrases import (
    _CRY_FOR_HELP,
    _HARMLESS,
    _INAPPROPRIATE_PATTERNS,
    _INDEX,
    _ONLY_A_CRY_FOR_HELP,
    _REPEATED_DEMAND,
    _REPEATED_DEMAND_EXPLANATION,
    _SAFEGUARDING_PATTERNS,
    _THREAT_OF_VIOLENCE,
    _THREAT_TO_KILL,
)
from .model import addresses_someone, inappropriate_score, safeguarding_score
from .text import normalise
from .types import InboundFlag, InboundResult, InboundSignal

SG = InboundFlag.SAFEGUARDING
IN = InboundFlag.INAPPROPRIATE

# inbound_unseen15: what is said about the worker is not a disclosure ("your voice on the phone does things to me", "ill tell
# everyone you touched my son"): a safeguarding phrase inside it is dropped (the inappropriate flag stays).
_ABOUT_THE_WORKER = re.compile(
    r"\b(?:your|ur|yer) (?:voice|accent|smile|laugh|eyes|lips|body|perfume|uniform|legs|hair)\b.{0,40}\b(?:does|do|did|doing) "
    r"(?:things|stuff|something) to me\b|\b(?:you|u|ya) (?:do|does|did) (?:things|stuff|something) to me\b|"
    r"\b(?:tell|say to|report (?:it )?to|post|put it about|spread it|let|inform|go to) (?:everyone|every1|people|the (?:police|"
    r"papers|paper|press|whole estate|school|council|news)|(?:your|ur) (?:boss|manager|bosses)|facebook|social media)\b.{0,20}\b"
    r"(?:you|u|ya) (?:touched|abused|hit|assaulted|groped|raped|hurt|attacked|molested|interfered|fiddled)(?: with)?(?: (?:my|me|him|"
    r"her|them|\w+))?\b(?=.{0,60}\b(?:see how|(?:your|ur|yer) (?:job|career)|watch))",
    re.IGNORECASE,
)
# inbound_unseen17: "you'll leave in an ambulance" threatens the worker; it is not a medical emergency (it is a threat of
# violence: both flags since round 11, see _THREAT_OF_VIOLENCE).
_LEAVE_IN_AN_AMBULANCE = re.compile(r"\b(?:leave|go home|be carried out|going home) in an ambulance\b", re.IGNORECASE)
_KILLING_WORDS = re.compile(r"\b(?:kill|murder|dead)\b", re.IGNORECASE)
_ADDRESSES_WORKER = re.compile(r"\b(?:you|u|ya)\b", re.IGNORECASE)
# Round 11: a threat passed on through the worker to a colleague ("tell that manager of yours I'll slice him up").
_WORKERS_COLLEAGUE = re.compile(
    r"\b(?:your|ur|yer) (?:manager|boss|colleague|team ?leader|supervisor|team manager|senior)\b|\b(?:manager|boss|colleague|"
    r"supervisor)s? of (?:yours|urs|yers)\b",
    re.IGNORECASE,
)
# "ill cut your throat": the threat itself names the worker's body.
_WORKERS = re.compile(r"\b(?:your|ur|yer|yours)\b", re.IGNORECASE)


def screen_inbound(text: str) -> InboundResult:
    """Safeguarding and inappropriate-content signals in a message someone sent in."""
    clean = normalise(text)
    scan = _INDEX.scan(clean)
    harmless: list[tuple[int, int]] | None = None  # only looked for once something is found
    signals: list[InboundSignal] = []

    def add(flag: InboundFlag, code: str, explanation: str, start: int, end: int) -> None:
        nonlocal harmless
        if harmless is None:
            harmless = [match.span() for match in scan.finditer(_HARMLESS)]
        if any(s <= start < e for s, e in harmless):
            return
        signals.append(
            InboundSignal(
                flag=flag, start=start, end=end, text=text[start:end], code=code, explanation=explanation
            )
        )

    if (cry := _ONLY_A_CRY_FOR_HELP.fullmatch(clean)) and (word := re.search(r"\w.*\w|\w", cry.group())):
        add(SG, "cry_for_help", _CRY_FOR_HELP, word.start(), word.end())
    for flag, patterns in ((SG, _SAFEGUARDING_PATTERNS), (IN, _INAPPROPRIATE_PATTERNS)):
        for code, explanation, group in patterns:
            if code == "medical_emergency" and scan.possible(group) and (
                _RESOLVED.search(clean) or _LEAVE_IN_AN_AMBULANCE.search(clean)
            ):
                continue
            for match in scan.finditer(group):
                # round 18: the writer's own threat to someone else, said laughing ("I'll strangle him lol", of the cat), like a
                # threat to kill
                if flag is SG and (_KILLING_WORDS.search(match.group()) or code == "harm_to_others") and _JOKING.search(clean):
                    continue
                add(flag, code, explanation, *match.span())
    for match in scan.finditer(_THREAT_TO_KILL):
        if not _JOKING.search(clean):
            add(
                SG,
                "threat_to_kill",
                "A threat to kill or seriously hurt someone: a risk of harm to others.",
                *match.span(),
            )
        if (_ADDRESSES_WORKER.search(clean, match.start()) or _WORKERS.search(match.group())
                or _WORKERS_COLLEAGUE.search(clean)):
            add(
                IN,
                "threat_to_kill",
                "A threat of serious violence made to the worker: report to the line manager (G15).",
                *match.span(),
            )
    for match in scan.finditer(_REPEATED_DEMAND):
        add(IN, "threat_to_worker", _REPEATED_DEMAND_EXPLANATION, *match.span())
    # Round 11: an explicit threat of physical violence against the worker is both flags (the council's decision).
    for match in scan.finditer(_THREAT_OF_VIOLENCE):
        if not _JOKING.search(clean):
            add(
                SG,
                "threat_of_violence",
                "An explicit threat of physical violence: a risk of harm to others. Check the worker's safety (and anyone "
                "else named) now and follow the safeguarding and lone-working procedures.",
                *match.span(),
            )
        add(
            IN,
            "threat_of_violence",
            "A threat of physical violence made to the worker: report to the line manager and follow lone-working safety "
            "(G15).",
            *match.span(),
        )
    # "someone keeps telling her to send nudes": a sexual word inside a disclosure of abuse of someone else is that
    # disclosure, not an advance to the worker (inbound_unseen13).
    if any(s.flag is SG for s in signals) and any(s.flag is IN for s in signals):
        about = [m.span() for m in _ABOUT_THE_WORKER.finditer(clean)]
        if about:
            signals = [s for s in signals if not (s.flag is SG and any(a <= s.start < b for a, b in about))]
    # Round 11: an insult said of someone else, several words after "is a" ("my neighbour is a fat ugly bitch", "the housing
    # officer is a useless twat"): not aimed at the worker. A slur is still a slur; the worker named in the third person
    # ("my social worker is a useless cow") is still the worker.
    signals = [s for s in signals if not (s.flag is IN and s.code in ("abuse_of_worker", "discrimination")
                                          and _of_a_third_party(clean, s.start, s.text))]
    # Round 14: "the bus was late again, fucking joke" — a verdict on a thing, with nobody addressed in the whole message,
    # is everyday swearing, not abuse of the worker.
    signals = [s for s in signals if not (s.flag is IN and s.code == "abuse_of_worker"
                                          and _BARE_VERDICT.fullmatch(s.text) and not addresses_someone(clean))]
    disclosed = [(s.start, s.end) for s in signals if s.flag is SG and s.code in ("violence_abuse", "child_at_risk")]
    if disclosed:
        # Round 14: a sexual word in the same sentence as the disclosure ("he asked her to send photos in her underwear")
        # is part of it, unless it speaks to the worker ("do you like older men"; round 19: or the words just after it do,
        # before the disclosure: "send us a pic of u in ur bikini and ill tell u where our Keeley is").
        signals = [
            s for s in signals
            if not (s.flag is IN and s.code == "sexual" and any(
                (a <= s.start < b) or (_same_sentence(clean, s.start, a, b) and not addresses_someone(
                    s.text + clean[s.end:min(s.end + 25, a if a >= s.end else len(clean))]))
                for a, b in disclosed))
        ]
        # Round 14: "or else" said of what the writer is made to do ("the lads said i owe them so i gotta do a run saturday or
        # else") is part of the disclosure, not a threat to the worker.
        signals = [
            s for s in signals
            if not (s.flag is IN and s.code == "threat_to_worker" and s.text.lower().startswith("or else")
                    and _COMPELLED.search(clean, max((m.end() for m in _SENTENCE_END.finditer(clean, 0, s.start)), default=0),
                                          s.start))
        ]
    # The word model is a backstop for wording no phrase covers: only when nothing else was found, and
    # not for a message said laughing or about an illness that is over.
    past_and_over = False
    if _PAST.search(clean) and _OVER_NOW.search(clean) and not _HAPPENING_NOW.search(
        _PROTECTION_STILL_IN_FORCE.sub(_blank, clean)
    ):
        signals = [s for s in signals if s.flag is not SG]
        past_and_over = True
    if not signals and not past_and_over:
        # Pleasantries are taken out of what both models read; the kinds of message a model is not asked about (below)
        # are only looked for once it would flag (round 11: the same result, without running them on every message).
        read = _PLEASANTRIES.sub(_blank, clean)
        _add_model_signal(clean, read, add)
        # Round 9: inappropriate means aimed at the worker, so the model is only asked about a message that speaks to
        # someone (you, u, ur, your…): "universal credit is fucking useless" is not asked about (model.addresses_someone).
        if addresses_someone(clean):
            _add_inappropriate_model_signal(clean, read, add)
    elif not past_and_over and not any(s.flag is SG for s in signals):
        # Round 19 (inbound_unseen38-39): abuse of the worker can come with a disclosure no phrase covers ("you fat lazy
        # bitch, my mam has been sat in her own piss since yesterday"): when only an inappropriate phrase was found, the
        # safeguarding backstop is still asked, about the message with what was found (and pleasantries) taken out.
        # Only the sentences that do not speak to the worker are read, and only when they make a telling of their own: eight
        # words or more, about someone else ("anyway the man who does nights at the house keeps coming in my room"); a short
        # insult, threat or advance ("I'll say you hit my kid") is not asked about (the model reads those as disclosures).
        read = _blank_spans(_PLEASANTRIES.sub(_blank, clean), [(s.start, s.end) for s in signals])
        ends = [m.end() for m in _SENTENCE_END.finditer(read)] + [len(read)]
        sentences = list(zip([0, *ends[:-1]], ends, strict=True))
        read = _blank_spans(read, [(a, b) for a, b in sentences if addresses_someone(read[a:b])])
        if len(_WORD.findall(read)) >= 8 and _SOMEONE_ELSE.search(read):
            _add_model_signal(clean, read, add)
    return InboundResult(signals=tuple(sorted(signals, key=lambda s: (s.start, s.end, s.flag.value))))


_WORD = re.compile(r"\w+")
# Round 19: someone else the writer tells of (a family member, a child, a carer or worker, a man or woman named by role).
_SOMEONE_ELSE = re.compile(
    r"\b(?:(?:my|our|me|his|her|their|the) (?:\w+ )?(?:mum|mam|mom|mother|dad|da|father|nan|nana|gran|granny|grandad|grandma|"
    r"son|daughter|kids?|children|child|baby|babby|bairns?|weans?|boy|girl|lad|lass|little one|brother|sister|sibling|"
    r"husband|wife|partner|fella|boyfriend|girlfriend|ex|neighbou?r|carers?|staff|worker|man|men|woman|bloke|lodger|"
    r"stepdad|step dad|uncle|auntie|aunt|cousin|teacher|landlord|friend|mate)s?|our \w+)\b",
    re.IGNORECASE,
)
_THIRD_PARTY_IS_A = re.compile(
    r"\b(?:my|his|her|their|the|our|that|this|me|ma|mi) (?:[\w'-]+ ){0,3}?[\w'-]+(?:'s| is| was| are| were|s) (?:a |an |such a |"
    r"such an |one |proper |right |absolute |total |complete |an absolute |a total |a complete |a proper |a right |a real )?"
    r"(?:[\w*@'-]+ ){0,3}$",
    re.IGNORECASE,
)
_PLAIN_INSULT = re.compile(
    r"^(?:[\w*@'-]+ ){0,3}(?:cow|bitch|b\*+tch|cunt|c\*+nt|twat|tw\*+t|prick|idiot|moron|slag|bastard|dickhead|tosser|wanker|"
    r"slut|whore|witch|pig|hag|tart|clown|jobsworth|hypocrite|snake|rat|liar|git|bint|slapper|mess|thing|loser|freak|weirdo|"
    r"lump|whale|joke)s?$",
    re.IGNORECASE,
)
_THE_WORKER = re.compile(r"\b(?:you|u|ur|your|ya|yer|ye)\b|\b(?:social|case|key) ?worker\b(?<!\bold social worker)", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?\n]")


def _of_a_third_party(clean: str, start: int, found: str) -> bool:
    """Whether an insult (no slur) is said of someone else in its own sentence: "my neighbour is a fat ugly bitch"."""
    if not _PLAIN_INSULT.match(found):
        return False
    sentence = max((m.end() for m in _SENTENCE_END.finditer(clean, 0, start)), default=0)
    before = clean[sentence:start]
    return bool(_THIRD_PARTY_IS_A.search(before)) and not _THE_WORKER.search(before)


_BARE_VERDICT = re.compile(r"(?:fuck|fucking|fuckin) (?:joke|useless)", re.IGNORECASE)
_COMPELLED = re.compile(
    r"\b(?:i|we|me)\b (?:\w+ ){0,2}?(?:gotta|have to|got to|must|need to|'?ve got to|ve got to|has to)\b|\b(?:they|he|she|the "
    r"lads|them)\b (?:\w+ ){0,2}?(?:said|say|says|told me|tell me|want me|made me)\b",
    re.IGNORECASE,
)


def _same_sentence(clean: str, start: int, a: int, b: int) -> bool:
    """Whether the span [a, b) lies in the sentence that holds ``start`` (or overlaps it)."""
    begin = max((m.end() for m in _SENTENCE_END.finditer(clean, 0, start)), default=0)
    after = _SENTENCE_END.search(clean, start)
    end = after.start() if after else len(clean)
    return a < end and b > begin


def _blank(match: re.Match[str]) -> str:
    """Spaces the length of a match, so spans found afterwards are still right in the original text."""
    return " " * len(match.group())


def _blank_spans(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with each span replaced by as many spaces, so spans found afterwards are still right in the original text."""
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def _not_asked_about_risk(clean: str, *, strong: bool = False) -> bool:
    """Messages the safeguarding model is not asked about: said laughing, an illness or a row that is over, medicine taken
    as prescribed, an appointment rearranged, an apology for messaging, something passed on to a team, where a child is
    staying, violence in a film or game, a plan disagreed with, an everyday mishap, something done at the person's own
    request, and (round 17) everyday family life, a game or a pet with no harm told: an illness managed, children's moods,
    a visit's practicalities, a benefits question, the service found wanting, forms; (round 18) a child's school news, help
    with furniture, a child at the other parent's as arranged, medicine adjusted and helping, the writer's phone dead or
    flat; (round 19) care and aids asked about, an assessment, leaving-care entitlements, a letter a service wants, the
    worker asked to ring someone, running late, thanks, a child's mischief punished, transport or carers late (the phrases
    still read them). A ``strong`` reading is not set aside as over (round 22, see _STRONG_WORD_SCORE)."""
    return bool(
        _JOKING.search(clean) or (_RESOLVED.search(clean) and not strong) or _AS_PRESCRIBED.search(clean) or _REARRANGING.search(clean)
        or _APOLOGISING_FOR_MESSAGES.search(clean) or _PASSED_ON.search(clean) or _WHEREABOUTS_KNOWN.search(clean)
        or _IN_FICTION.search(clean) or _DISAGREEING.search(clean) or _EVERYDAY_WOES.search(clean)
        or _WITH_CONSENT.search(clean) or _COMPLAINT_OR_ERRAND_DONE.search(clean) or _ORDINARY_NEWS.search(clean)
        or _OWN_LEAVE.search(clean) or _SPORT_TALK.search(clean) or _LOOKING_FORWARD_TO_A_VISIT.search(clean)
        or _EVERYDAY_FAMILY_LIFE.search(clean) or _GAMING_TALK.search(clean)
        or _PET_TALK.search(clean) or _EVERYDAY_NEWS_AND_ERRANDS.search(clean) or phone_trouble_only(clean)
        or _EVERYDAY_CARE_AND_ERRANDS.search(clean) or seen_and_said_to_be_fine(clean)
        # round 19b: everyday care arrangements (a discharge with care set up, an adaptation, respite asked about, a
        # child's things packed, medicine helping, a joke exit from a household mishap)
        or _EVERYDAY_CARE_ARRANGEMENTS.search(clean)
        # round 20b: help or a grant asked towards a thing, a nursery place, an illness treated and better, a phone asked
        # back, a child in trouble at school, a household thing fixed, the worker invited to see, tips asked, the writer
        # away or resting, a parent not to be told how to raise a child, a fear of removal asked
        or everyday_asks_and_news(clean) or _FEAR_OF_REMOVAL_ASKED.search(clean)
        # round 20a: routine health care, the home (repairs, rent, a housing panel), a group missed for work, a child settled
        # in a placement, who may come to a meeting, the writer's wishes passed on to a panel
        or _EVERYDAY_HOME_HEALTH_AND_MEETINGS.search(clean)
        # round 22: a club or group gone to, a run to the tip
        or _CLUB_OR_TIP_RUN.search(clean)
    )


def _not_asked_about_abuse(clean: str) -> bool:
    """Messages the inappropriate model is not asked about. Said laughing is no excuse for a remark aimed at the worker
    ("thinking about u in the shower lol"); but arranging to meet or offering help ("I'll be wearing a blue jacket", "want
    me to put your name down", "my name is Laura") is not asked about: its words (wearing, wait, put your) weigh for abuse
    elsewhere; nor is the service found wanting or a plan disagreed with; (round 19) nor a document sent as a photo, who may
    come to contact, an illness in the house warned of, an accident seen at hospital and said to be fine, or the writer
    confiding ("dont know why im telling you")."""
    return bool(_ARRANGING.search(clean) or _SERVICE_FOUND_WANTING.search(clean) or _DISAGREEING.search(clean)
                or _NOT_AIMED_AT_THE_WORKER.search(clean) or _INVITING.search(clean) or _OWN_LEAVE.search(clean)
                or _LOOKING_FORWARD_TO_A_VISIT.search(clean) or _PAPERS_CONTACT_AND_BUGS.search(clean)
                or seen_and_said_to_be_fine(clean) or _CONFIDING.search(clean)
                # round 19b: the worker exempted ("not you obvs"), owning up to the worker ("wanted to be honest with you")
                or _OWNING_UP_OR_EXEMPTED.search(clean)
                # round 20b: a warm invitation, a document to be sent, a visit signed off with a kiss
                or _INVITATION_PAPERS_OR_SIGN_OFF.search(clean)
                # round 20a: an agency found at fault, the writer's wishes passed on to a panel, who may come to a meeting
                or _AGENCY_AT_FAULT_OR_WISHES.search(clean))


def _first_named_word(read: str, words: list[str]) -> tuple[int, int]:
    """The span of the first of a model's named words in ``read`` (an apostrophe may sit between any two letters: the
    model reads "cant", the message says "can't"), or the whole message when none is found."""
    spans = [m.span() for word in words if (m := re.search(r"(?<![a-z])" + "'?".join(word) + r"(?![a-z])", read, re.I))]
    return min(spans) if spans else (0, len(read))


# Round 22: the safeguarding backstop weighs its two readings together. It used to flag when either model did (word model
# log-odds over 4.0, or classifier log-odds over 0.5), so each model's false alarms added up. Now a message is flagged when
# the word model's log-odds over 8 and the classifier's log-odds add up to more than 1.0, both models trained on the same
# pool (tools/train_inbound_model.py, ROUND_22_SETS). Chosen out of fold: each of the eight training sets inbound_train1-8
# scored by models trained without it, and round 21's eight real-mix sets (unseen45-52) by models trained on none of them.
# Safeguarding recall / precision, the rules included: the old models OR'ed as before 0.930 / 0.817 and 0.960 / 0.744;
# the new models OR'ed 0.963 / 0.816 and 0.970 / 0.720; weighed together 0.953 / 0.897 and 0.970 / 0.832 (over 1.25:
# 0.951 / 0.904 and 0.970 / 0.852; over 0.5: 0.954 / 0.886 and 0.970 / 0.810). Below 1.0 recall hardly moves: the
# disclosures still missed score low on both models. docs/safeguarding.md, round 22, has the whole grid.
_WORD_SCORE_SCALE = 8.0
_BACKSTOP_THRESHOLD = 1.0
# A message of ten words or fewer has few features, and one risky word weighs heavily in both models ("going to the bridge
# club tonight", "gonna batter the fish for tea"): its bar is one higher. Out of fold this set aside 4 everyday messages on
# the training sets and 5 on round 21's for no disclosure; on the earlier blind sets it set aside four short disclosures
# (the railway, paracetamol asked about, a scald, a farewell), which round 22's phrases now read.
_SHORT_MESSAGE_WORDS = 10
_SHORT_MESSAGE_SURCHARGE = 1.0
# Round 22: "ok now", "last week" or "when I was little" says an illness or a row is over, but not that a disclosure is:
# "took an overdose last night, they say im ok now", "started cutting again last week", "my uncle used to touch me when i
# was little". A reading this strong (word log-odds of 11 or more, or classifier log-odds of 3.0 or more) is not set aside
# by _RESOLVED; the other everyday classes still hold. Out of fold it found 20 more disclosures on the training sets and 2
# on round 21's, for one more everyday message flagged.
_STRONG_WORD_SCORE = 11.0
_STRONG_CLASSIFIER_SCORE = 3.0


def _weighed_reading(
    read: str, word_reading: tuple[float, list[str]], column: int, scale: float, bar: float
) -> tuple[bool, float, list[str]]:
    """Both backstops' rule: whether the word model's log-odds over ``scale`` plus the classifier's (``column``) are over
    ``bar``, the classifier's log-odds, and the words that weighed most (the word model's, else the classifier's): a
    reading no word explains is not given."""
    word_score, words = word_reading
    classifier_score = classifier.INBOUND_CLASSIFIER.score(read, column)
    if word_score / scale + classifier_score <= bar:
        return False, classifier_score, []
    words = words or classifier.INBOUND_CLASSIFIER.strongest_words(read, column)
    return bool(words), classifier_score, words


def _backstop_reading(read: str) -> tuple[bool, bool, list[str]]:
    """Whether the backstop reads ``read`` as a disclosure, whether the reading is strong (see _STRONG_WORD_SCORE), and the
    words that weighed most for it."""
    word_score, words = safeguarding_score(read)
    bar = _BACKSTOP_THRESHOLD + (_SHORT_MESSAGE_SURCHARGE if len(read.split()) <= _SHORT_MESSAGE_WORDS else 0.0)
    flagged, classifier_score, words = _weighed_reading(
        read, (word_score, words), classifier.SAFEGUARDING, _WORD_SCORE_SCALE, bar
    )
    strong = flagged and (word_score >= _STRONG_WORD_SCORE or classifier_score >= _STRONG_CLASSIFIER_SCORE)
    return flagged, strong, words


def _add_model_signal(clean: str, read: str, add: Callable[[InboundFlag, str, str, int, int], None]) -> None:
    """No phrase matched: ask the backstop (the word model, model.py, and the classifier, classifier.py) about ``read``
    (``clean`` without pleasantries), and name the words that made it flag."""
    flagged, strong, words = _backstop_reading(read)
    if not flagged or _not_asked_about_risk(clean, strong=strong):
        return
    start, end = _first_named_word(read, words)
    add(
        SG,
        "resembles_disclosure",
        "No safeguarding phrase matched, but the wording ("
        + ", ".join(f"'{word}'" for word in words)
        + ") is typical of messages that disclosed a risk: read it now and follow the safeguarding procedure if needed.",
        start,
        end,
    )


# Round 23: the inappropriate backstop weighs its two readings together too. It flagged when either model did (word model
# log-odds over 3.5, or classifier log-odds over 1.0), and on two sets of everyday messages to the worker written to share
# threats' and advances' words ("I'll grab you a coffee", "you've got a heart of gold", inbound_everyday1-2) that flagged
# 19 and 24 in 300. Both models now also learn from round 22's sets (see tools/train_inbound_model.py) and the first of
# those everyday sets, and a message is flagged when the word model's log-odds over 4 and the classifier's add up to more
# than 1.0. Chosen on the blind inbound_unseen53-56 and inbound_everyday1, then checked once on inbound_unseen57-64 and
# inbound_everyday2 (never trained on): inappropriate recall 0.924 -> 0.971 and 0.916 -> 0.935, false flags 12 -> 6 and
# 50 -> 33, everyday messages flagged 19 -> 6 and 24 -> 16 (docs/safeguarding.md, round 23).
_ABUSE_WORD_SCORE_SCALE = 4.0
_ABUSE_THRESHOLD = 1.0


def _abuse_reading(read: str) -> tuple[bool, list[str]]:
    """Whether the backstop reads ``read`` as abuse of the worker, and the words that weighed most for it (the word
    model's names word pairs too)."""
    flagged, _, words = _weighed_reading(
        read, inappropriate_score(read), classifier.INAPPROPRIATE, _ABUSE_WORD_SCORE_SCALE, _ABUSE_THRESHOLD
    )
    return flagged, words


def _add_inappropriate_model_signal(clean: str, read: str, add: Callable[[InboundFlag, str, str, int, int], None]) -> None:
    """No phrase matched: ask the inappropriate backstop about ``read``, and name the words that made it flag."""
    flagged, words = _abuse_reading(read)
    if not flagged or _not_asked_about_abuse(clean):
        return
    start, end = _first_named_word(read, words)
    add(
        IN,
        "resembles_abuse",
        "No phrase matched, but the wording ("
        + ", ".join(f"'{word}'" for word in words)
        + ") is typical of messages that abused, threatened, harassed or propositioned a worker: read it and report it"
        " to the line manager if it was aimed at you (G15).",
        start,
        end,
    )
