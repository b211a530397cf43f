import json
import re
from pathlib import Path

import pytest

from carecomms.screening import ConsentReading, consent, read_consent, read_consent_button
from carecomms.screening.scan import _first_may_be_nonword, top_level_alternatives

DATA = Path(__file__).resolve().parent / "data"


@pytest.mark.parametrize(
    "text",
    [
        "YES",
        "Yes please 😊",
        "yes thats fine",
        "yes, ok",
        "YES I agree",
        "Yes - happy to",
        "yeah yes",
        "Yes!",
        "I consent",
        "Yes, that's absolutely fine",
        # a clear yes with a harmless reason or who is writing (consent_unseen5)
        "YES I DO",
        "Yes I agree to WhatsApp",
        "Yes, happy for you to use WhatsApp",
        "yes please, easier than phone calls cos of my hearing",
        "yes this is fine, its my own phone",
        "Yes I'm his mum and you can message me about him on here",
        "yes its fine for you to message me, Im her dad",
        # round 21: an adult's family writing, and who is writing beside a yes that agrees
        "Yes I'm his daughter and you can message me on here",
        "yes its fine for you to message me, Im her son",
        "yes I'm her husband, you can message me",
        "Yes that's fine. I'm Pat's nephew, she asked me to sort it for her.",
        "yes I'm his mum, happy for you to text",
        "Yes, happy for you to message",
        # yes in other languages (the table in consent.py)
        "Da, sunt de acord",
        "Tak, zgadzam się",
        "Sí, está bien",
        "Oui, d'accord",
        "Haan ji",
        "نعم",
        "Sim, obrigada",
        "Evet",
        "Taip",
        "Так",
        "waan ogolahay",
        # round 9 (consent_unseen6): signed or written as a letter, a sentence that consents to messages beside other
        # news, a reason given last, regional and young people's agreement, Welsh
        "Yes that's fine. Regards, Tom Hughes",
        "Morning Priya, yes that's great, thanks. From Aisha",
        "Dear Miss Patel, I agree to being contacted by text. Yours faithfully, R. Singh",
        "Sorry I took ages, the baby's been up all night. You can text me on here from now on",
        "We've just moved house so it's been hectic. Yes to the texts, that suits us",
        "I'm fine with being messaged, cheers",
        "yes please, texts are better for me as I'm on nights",
        "Yes, saves me hanging on the phone to the council",
        "yep, easier than ringing round",
        "Yes of course, thanks for sorting the bus pass for us last month",
        "yeah sound",
        "aye that's grand wi me",
        "yes thats safe",
        "Yes that works for us",
        "Ydw, diolch",
        "Jack's nan here, yes that's fine by me",
        # round 10 (consent_unseen8): agreement without "yes", a consent sentence after "so", the worker's
        # convenience, "stopping at", "never" about something else, a relation after a signature
        "be my guest",
        "That'd be useful, yes",
        "Yes, that is quite acceptable to us",
        "Ringing me is hard with the baby so text messages are perfect",
        "yes, whatever is easiest for you lot",
        "Yes please go ahead and text. Regards, J. Murphy (grandfather)",
        "I am content for you to contact me by text message",
        "We both want the updates, yes",
        "yes sorry for the slow reply, been at work all day",
        "Yes no objection",
        "Haan ji, manzoor hai",
        "Ydw, rwy'n cytuno",
        # round 12 (consent_unseen11)
        "Yes from us",
        "Oh yes please",
        "yes 100%",
        "yeah, yes to that",
        "Yes, no bother at all",
        "Yes I'm happy for the team to message me",
        # a yes in more than one word beside news of the writer's own
        "Yes that's fine by me. The baby's teething so it's been a long week",
        "yes please. finally passed my driving test!!",
        # round 17 (consent_unseen14): regional endearments and approval, two channels named, a formal consent
        # sentence, "fine to use this number", "up for it", an intensifier first, patience asked for, a reason that
        # names the channel it replaces, yes in Spanish, Romanian, Somali, Polish and Arabic with their OK-words
        "Yes that's fine petal",
        "yeah ok duck",
        "Aye, nice one",
        "yeah sound innit",
        "Yes to texts and WhatsApp",
        "yes I'm happy with whatsapp messages",
        "I give my consent to receive messages from the council by text",
        "We confirm our agreement to receiving updates by WhatsApp or text",
        "yes, ok to message this number",
        "yes I'm up for it",
        "Really happy to keep in touch on here",
        "Yes thanks, bear with me if I'm a bit slow",
        "Yes please, happy for you to message me instead of calling",
        "Claro que sí",
        "Da, în regulă",
        "Haa waa hagaag",
        "Tak, proszę pisać",
        "نعم لا مانع",
        # ... and the common ways of agreeing the reader still missed: "no problems", "sounds great to me", "that'll be
        # fine", "that'd help", "happy with that", "we agree", "you may", agreeing to receive WhatsApp messages, contact
        # by WhatsApp, "this way", a relation in brackets after a signature
        "Yep, no problems",
        "Yes no issues at all",
        "Sounds great to me",
        "yes that'll be fine",
        "Yes please, that would help a lot",
        "Happy with that, cheers",
        "Yes we agree",
        "yes you may",
        "I agree to receiving WhatsApp messages",
        "Yes, happy for messages via WhatsApp",
        "yes happy to be texted this way",
        "Yes, whatsapp please",
        "texts work fine for me",
        "Yes, that suits",
        "Yes thanks - Maria (Tom's nan)",
        # round 18 (consent_unseen15, an ordinary population of senders), each class in new words: approval and address
        # in young people's and regional words, "that'll do", "surely", "finally"
        "yeah thats calm",
        "yes bet, say less",
        "Yeah that's tidy, message me here",
        "yes that's cushty mate",
        "Aye that will do me fine",
        "yeah that does me",
        "yes surely that's fine",
        "yeah at last, that's great",
        "yes la, sound",
        "yeah lad that's fine",
        # this channel named or preferred, two channels named, the other channel not done
        "Yes, I'd rather text to be honest",
        "yeah id much rather message than talk on the phone",
        "Yes I'm happy to be messaged on WhatsApp or text",
        "yes happy for contact by text or whatsapp",
        "yes texts please, I don't do phone calls",
        "yeah fine, I dont really do calls",
        "Yes - I never answer calls anyway",
        # a reason: English not good, thanks for asking first, where the writer has been, who set the phone up, always
        # on here, the old way ended, about time, what it will help with (numbers allowed in a reason)
        "Yes ok. My English is not so good, texts are easier for me than calls",
        "yes please, english isn't my first language so messages are better",
        "Yes, thanks for checking first",
        "Yes cheers for asking",
        "Yes. Sorry for the slow reply, been at the doctors",
        "yes sorry, was at college all day",
        "Yes love, my grandson put WhatsApp on for me so I can see your messages",
        "Yes that's fine, my son installed it for me",
        "Yes fine, I'm always on WhatsApp",
        "yes im on here 24/7 haha",
        "yes please, no more voicemails",
        "yeah great no more phone tag",
        "Yes 😂 about time you lot caught up",
        "Yes I agree, it'll make arranging things easier",
        "yes please it would help with appointments",
        "yes easier than waiting 30 mins on the phone",
        # who is writing, signed as a relation
        "Yes I consent - mum of Tia",
        "yes that's fine, Grandad to Leo and Max",
        # round 19 (consent_unseen18): the hedge word in the writer's own news, not on the yes, each class in new words:
        # a late reply and why, slow answers and why, STOP understood, thanks for explaining, English not good but
        # understood, relief that someone texts, how the reply is written, another channel not wanted
        "Sorry only just seen this. Yes you can message me on here",
        "sorry i didnt reply sooner, yes thats fine to text me",
        "Yes that's fine. Only just got my phone back today",
        "I've had a think about it and yes, texts are fine",
        "yes thats ok, I might be a bit slow replying",
        "Yes happy with that. I'll reply when I can",
        "yes love that's fine, I don't always have my phone on me",
        "yes i know i can text stop any time",
        "Yes. Thank you for letting me know what this is about",
        "yes fine, my English is not good but I understand",
        "yes at last someone who uses whatsapp",
        "yes ok, sorry if my spelling is bad",
        "Yes please text me here, I don't want post coming to the house",
        # this channel fine in more shapes, northern approval and address, other languages' agreement beside a yes
        "yeah whatsapp is easier for me than ringing anyway",
        "yes, messages by text are fine",
        "Yes I agree to be messaged on whatsapp",
        "yes mate text us whenever you like",
        "aye that's reet",
        "yes man",
        "yes ok for texts",
        "defo yes better than you lot ringing the landline",
        "yes im driving",
        "Souhlasím",
        "Ja, yes",
        "Si, acepto",
    ],
)
def test_clear_yes(text: str) -> None:
    assert read_consent(text) is ConsentReading.CONSENT_YES


@pytest.mark.parametrize(
    "text",
    [
        "No",
        "STOP",
        "no thank you",
        "I don't want WhatsApp, call me instead",
        "please stop messaging me here",
        "withdraw",
        "I changed my mind, no more whatsapp",
        "unsubscribe",
        "yes stop",
        "yes... actually no",
        "prefer letters please, not whatsapp",
        # another channel asked for in other words (consent_unseen4)
        "I would prefer you call",
        "only phone me",
        "letters only please",
        "Not on here please",
        "Email only.",
        # no in other languages (the table in consent.py)
        "Nie, dziękuję",
        "Non merci",
        "Nu",
        "nahi",
        "la shukran",
        "لا",
        "Não",
        "Hayır",
        "Нет",
        "ні",
        "Maya",
        "Tak... nie",
        "yes to contact but not on whatsapp",
        # round 9: a decision to refuse in words, not wishing to receive, someone else's number, texts not possible,
        # sarcasm, Welsh
        "I've thought it over and I'm going to say no",
        "thanks but I'll give it a miss",
        "Think I'll pass on the texts",
        "I do not wish to be contacted this way",
        "This number isn't Daniel's any more, please take this number off your list",
        "this isn't Chloe's phone, she got a new number",
        "My hands shake too much, I can't do texts",
        "Like I'm ever gonna let the social text me",
        "Dim diolch",
        # round 10: only through someone else, a visit preferred, "please don't, …", someone else's number in two words
        "Please only contact me via my advocate",
        "I'd prefer that you didn't, thanks",
        "I would rather have a home visit thank you",
        "Please don't, I share this phone with my partner",
        "This isn't Mr Ahmed's phone any more",
        # round 11 (consent_unseen10): another channel in other words, someone else to contact, a phone that is not
        # safe or not theirs, can't read or afford it, dismissals, text-speak, other languages
        "I'm not great with reading so you'll need to phone",
        "A home visit please",
        "letters are best for me thanks",
        "Could you put it all in writing instead please",
        "I'll stick with calling the duty team",
        "Everything about the kids should go through my solicitor",
        "Ring my son instead, he sorts my post",
        "Please speak to my carer, not this number",
        "He moved out in March and doesn't live here now",
        "It's the family phone so I can't have council stuff on it",
        "My ex checks my messages, please don't",
        "i cant afford to reply on this phone",
        "Sorry but that won't work for me",
        "jog on mate",
        "dnt wnt txts ta",
        "wouldnt want messages thanks",
        "Mesaj atmayın lütfen",
        "Peidiwch â thecstio",
        # round 12: "not this number", taking a yes back, opting out, the person has died, the post asked for
        "Not this number please",
        "I said yes before but I'd like to take it back",
        "count us out",
        "Can you opt me out",
        "not intrested",
        "Mum passed away last month, please take this number off",
        "Please send everything by post",
        "I don't trust texts",
        "I'm declining, thanks",
        # round 17 (consent_unseen14): refusals worded without "no" or "stop". Another channel as a bare request or in
        # writing only; rarely on the app; the number or chat to be deleted; the number not the person's; not safe or
        # not private on this phone; someone else reads it; data worries about Meta; "best not"; rude dismissals; Welsh
        # and Arabic
        "Never look at that app, just phone me thanks",
        "email me instead x",
        "Rarely on WhatsApp these days, call me",
        "I only want letters from now on",
        "I will only accept contact by post",
        "I want everything in writing",
        "Please erase my details",
        "wipe this conversation please",
        "Got this phone last week, this isn't Marcus",
        "I'm not Dean, sorry",
        "nobody called Kayleigh lives here",
        "I don't know anyone named Sharon",
        "It isn't safe for me to have texts on this phone",
        "my messages aren't private",
        "my mum checks my phone",
        "The kids can read my messages",
        "I don't want Facebook having my data",
        "I don't trust facebook",
        "Best not thanks",
        "I'd better not",
        "knock it off",
        "bog off",
        "mind your own business",
        "Dw i ddim eisiau negeseuon",
        "غير موافق",
        # ... more dismissals, deciding to leave it, discomfort with this channel, the person's safety, a letter or a
        # call asked for in few words, everything through someone else
        "wind your neck in",
        "get stuffed",
        "over my dead body",
        "Think I'll just leave it thanks",
        "I'll give it a swerve",
        "I don't feel comfortable with this",
        "I'm uncomfortable with being messaged",
        "Text messages aren't for me",
        "This number is not to be used",
        "My husband can't find out about this",
        "He'd go mad if he saw these",
        "please keep this secret from my partner",
        "Could you send letters please",
        "I'd like a phone call",
        "Just ring",
        "Please go through my solicitor",
        "Speak to my son about it, not me",
        # softer refusals, alone: a shared or work phone, other people using it, data worries, another channel asked
        # for after something else
        "It's our family phone",
        "this is a shared mobile",
        "That's my work number",
        "the kids use this phone",
        "I'm concerned about my privacy",
        "Hardly look at my messages, just phone me",
        "I can't get on with apps, call me thanks",
        # ... and more found by probing the round's own classes
        "I'll stick with calls",
        "Letters suit me best",
        "I prefer speaking on the phone",
        "Consent not given",
        "I'm not doing whatsapp",
        "Not much of a fan tbh",
        "Not this time thanks",
        "oh forget it",
        "You're not having my details",
        "my texts are monitored",
        "I'd rather keep things the same",
        "My son sorts my phone, talk to him",
        "Please contact my appointee",
        "I don't do tech",
        "not very good with texting",
        "This mobile is for family use",
        "I don't have any credit",
        "maybe some other time",
        # round 18: the neighbours of its new classes that must still withdraw
        "never text me again",
        "you never contact me again",
        "he never wants texts",
        "please do not contact this number",
        "do not contact at all",
        "please don't contact on here",
        "only if you stop texting me",
        "yes if you stop",
        "no more texts",
        "yes no more",
        "I don't like whatsapp",
        "I can't use phones",
        "I don't do texts",
        "that'll do, stop messaging me",
        "la",
        # round 19: not getting on with texts, the landline asked for, "I don't agree" in Czech; and the neighbours of
        # its new not-refusals that must still withdraw
        "I don't get on with these whatsapp things",
        "I can't get on with texts",
        "please ring the landline",
        "yes please ring the landline too",
        "Nesouhlasím",
        "Yes please text me here, I don't want letters or texts",
        "I don't want letters, calls or texts",
        "I don't want to look rude but no thanks",
        "full stop. no",
        "stop calling me",
        "you'll stop phoning me and texting me",
        "will you stop texting me",
        "stop my messages",
        "no money for credit so no",
        "no I haven't got whatsapp yet",
        "no, I've no interest",
        "aye, canny do texts",
    ],
)
def test_withdrawals(text: str) -> None:
    assert read_consent(text) is ConsentReading.CONSENT_WITHDRAW


@pytest.mark.parametrize(
    "text",
    [
        "Ok",
        "ok?",
        "what's this about?",
        "who gave you my number",
        "🙂",
        "Yes got it",
        "Hello?",
        "can I say yes later",
        "maybe, need to think",
        "yes but what's it for?",
        "no problem",
        "no worries",
        "Yes I'll be there at 10",
        "",
        "   ",
        "yes I don't mind",
        "is it ok if I only text on here?",
        "only for appointments",
        # conditional or doubtful (consent_unseen5), a bare yes beside who is writing, OK-words of other languages
        "yes... no... idk",
        "yes but only if you dont send anything about my case",
        "I'm not sure about this, I'd need to know who can see them before I agree to anything",
        "yes I'm Sarah's mum",
        "yes its my own phone",
        "yes im his mum but only about appointments",
        "Tak, ale tylko wieczorem",
        "d'accord",
        "va bene",
        "tamam",
        "theek hai",
        "haa",
        # round 9: a name as who one is may answer "is this…?"; a call asked for to explain; a scam worry with "never";
        # a reason that needs a yes to go with it
        "Yes it's Jenny",
        "Yes I'm Marcus",
        "Yes My Son",
        "Yes Tuesday",
        "can you ring me to explain first",
        "Is this real? My gran said never reply to numbers you don't know",
        "easier than phoning",
        "as I work shifts",
        # round 10: a condition on when is not a refusal
        "Yes as long as you don't text on Saturdays",
        # a bare yes beside news, or a yes beside an acknowledgement of something else, may answer that
        "Yes. The baby's teething so it's been a long week",
        "Yes thanks. Got your letter this morning",
        "yes please, see you Tuesday",
        # round 12: sarcasm turns a yes round, or may
        "oh yes, because that always works so well 🙄",
        "Yes 🙄",
        "yeah right, as if",
        "I'm not saying no but",
        "yes but please don't message me at work",
        # round 17: the near neighbours of its refusals stay for the practitioner: a call only if urgent or as well, a
        # question, someone reading the messages out, a question about data, a language or a day after "I'm not", a
        # new number given, a yes signed in lower case
        "Yes, ring me if it's urgent",
        "yes you can text or ring me",
        "can you ring me?",
        "Yes please, or call me",
        "yes please, my daughter reads my messages to me",
        "Yes, is my data safe with Meta?",
        "I'm not English so go slow please",
        "It's not Tuesday is it",
        "Yes please delete my old number, this is the new one",
        "this isn't Chloe it's her mum, is that ok?",
        "Call me Jo",
        "yes. sam",
        "call me",
        "Yes, call me",
        "yes as long as my ex can't know",
        "Yes it's a work phone but that's fine",
        "yes, we share this phone so either of us can reply",
        "Is my data safe? I'm worried about my data",
        "Yes please, send me a letter too",
        "yes please contact my daughter too",
        "Yes, I'll leave it to you",
        "yes I'm uncomfortable with calls so texts please",
        "sounds good but I need to ask my husband",
        "that will be fine once I have a new phone",
        "whatsapp works better for my son",
        "Happy with that?",
        "Yes, it works fine now, thanks for fixing my phone",
        "you may",
        "no problems with my phone",
        "Yes, not a fan of phone calls",
        "Yes, and speak to my advocate too",
        "Yes please, I'm not great with phones but texts are ok",
        "Yes, I'm not doing anything Tuesday",
        "Yes please, and can we meet another time",
        "Yes, my phone is for personal use but that's fine",
        "Don't forget it",
        # round 18: a condition about something else the council does, "contact" as a family-time session, "never" said
        # of the council or the worker, and the new agreement words alone or beside a doubt
        "yes as long as you stop ringing me at work",
        "only if you stop sending letters to my old address",
        "we won't make contact on Tuesday, she's poorly",
        "he won't attend contact tomorrow",
        "Is this real? The council never messages me",
        "why now? you never text",
        "my social worker never replies",
        "I dont do phone calls",
        "my english not good",
        "I'd rather text",
        "that'll do",
        "calm",
        "lol",
        "surely not",
        "yes, mum of Tia",
        "yes I'm at court tomorrow",
        "thanks for asking first but I need to think",
        "yes about time but why now?",
        "yes lol jk",
        # round 19: the new asides beside a condition, a question or sarcasm; other-language OK-words alone; news alone
        "Sorry only just seen this. Yes but only after 5",
        "Yes, I might be slow replying but only text after 6",
        "yes i can say stop later?",
        "I understand I can say stop later but I'm not sure yet",
        "Yeah right, finally someone who texts 🙄",
        "I don't want calls",
        "ano",
        "ja",
        "Ok for message",
        "aye canny",
        "I'm driving at the minute",
        "yes is Tuesday still on",
        "I'm not sure I want this on my phone but I don't want to look like I'm not cooperating either",
        "you'll stop phoning me?",
        "what does stop do",
        "will it stop my PA money?",
        "I have no money for data",
        "no I haven't got the letter yet",
        # round 21: who is writing beside a bare or polite yes may answer "is this Sarah's mum?"
        "Yes. I'm Sarah's mum",
        "yes I'm her son",
        "Yes please. I'm his nan.",
    ],
)
def test_everything_else_is_unclear(text: str) -> None:
    assert read_consent(text) is ConsentReading.UNCLEAR


@pytest.mark.parametrize(
    "text",
    [
        "Yes please, we're stopping at my mum's for a bit but I've got my phone",
        "Yes, I never check my voicemail anyway",
        "haha can't stop laughing at your first message, yes",
        "Yes, the bus stop outside is handy for the office",
        "I'm non-stop this week but yes",
        # round 11: questions about what STOP does, a bus that doesn't stop, another phone of one's own, no more queues
        "If I text STOP will I still get letters?",
        "Does saying stop cancel my support?",
        "The 42 doesn't stop by the office now",
        "Can you use my other phone instead, this one's broken",
        "Could you text my new number instead, this one's going",
        "Yes please, no more waiting on hold",
        "Yes, no need to post things out any more",
    ],
)
def test_stop_and_never_about_something_else_do_not_withdraw(text: str) -> None:
    assert read_consent(text) is not ConsentReading.CONSENT_WITHDRAW


def test_buttons() -> None:
    assert read_consent_button("CONSENT_YES") is ConsentReading.CONSENT_YES
    assert read_consent_button(" consent_yes ") is ConsentReading.CONSENT_YES
    assert read_consent_button("consent_no") is ConsentReading.CONSENT_WITHDRAW
    assert read_consent_button("YES") is ConsentReading.UNCLEAR
    assert read_consent_button("") is ConsentReading.UNCLEAR


@pytest.mark.parametrize("split", ["dev", "heldout"])
def test_no_false_yes_and_every_withdrawal_on_our_data(split: str) -> None:
    rows = [
        json.loads(line)
        for line in (DATA / f"consent_{split}.jsonl").read_text().splitlines()
        if line.strip()
    ]
    readings = {row["id"]: read_consent(row["text"]).value for row in rows}
    false_yes = [
        row["text"] for row in rows if row["expect"] != "consent_yes" and readings[row["id"]] == "consent_yes"
    ]
    missed = [
        row["text"]
        for row in rows
        if row["expect"] == "consent_withdraw" and readings[row["id"]] != "consent_withdraw"
    ]
    assert false_yes == []
    assert missed == []


def test_a_very_long_reply_is_never_a_yes_but_still_withdraws() -> None:
    """The yes grammar is only tried on replies of a realistic length (it backtracks on long repeats)."""
    assert read_consent("yes, " * 400 + "Sarah") is ConsentReading.UNCLEAR
    assert read_consent("yes that's fine " * 100 + "but please stop messaging me") is ConsentReading.CONSENT_WITHDRAW


def _starts_off_word(items) -> bool:
    """True when a parsed pattern can only start where the character before or after is not a word character."""
    for op, av in items:
        name = op.name
        if name == "AT":
            if av.name in ("AT_BOUNDARY", "AT_BEGINNING"):
                return True
            continue
        if name in ("ASSERT", "ASSERT_NOT") and av[0] == -1:
            last = list(av[1])[-1]
            lookbehind_ends_off_word = _starts_off_word([last]) if last[0].name in ("LITERAL", "IN") else False
            if name == "ASSERT" and lookbehind_ends_off_word:
                return True
            if name == "ASSERT_NOT" and len(list(av[1])) == 1 and last[0].name == "IN" and any(
                kind.name == "CATEGORY" and value.name == "CATEGORY_WORD" for kind, value in last[1]
            ):
                return True
            continue
        if name in ("ASSERT", "ASSERT_NOT"):
            continue
        if name == "LITERAL":
            return not re.match(r"\w", chr(av))
        if name == "IN":
            return all(
                kind.name == "LITERAL" and not re.match(r"\w", chr(value))
                or kind.name == "CATEGORY" and value.name == "CATEGORY_SPACE"
                for kind, value in av
            )
        if name == "BRANCH":
            return all(_starts_off_word(list(b)) for b in av[1])
        if name == "SUBPATTERN":
            return _starts_off_word(list(av[3]))
        return False
    return False


@pytest.mark.parametrize("written", [consent._WITHDRAW_AS_WRITTEN, consent._SOFT_REFUSAL_AS_WRITTEN])
def test_the_refusal_patterns_grouped_for_speed_match_as_written(written) -> None:
    """Round 18: the refusal alternatives are grouped by where they can start (consent._starting_off_word). That is
    only sound while every alternative starts off a word, and those led by \\b first match a word character."""
    from re import _parser

    for part in top_level_alternatives(written.pattern):
        parsed = list(_parser.parse(part, written.flags))
        assert _starts_off_word(parsed), part[:120]
        if consent._LEADS_WITH_BOUNDARY.match(part):
            # its first character is always a word character, and it cannot match nothing
            assert _first_may_be_nonword(parsed) == (False, False), part[:120]
    grouped = consent._starting_off_word(written)
    rows = [json.loads(line) for path in sorted(DATA.glob("consent_*.jsonl")) for line in path.open(encoding="utf-8")]
    texts = [consent.reading_form(row["text"]) for row in rows]
    texts += ["", "x", "yes", "nonstop", "n0", "❌", " no", "no ", "—no", "yes, stop", "ok\nno"]
    assert [bool(grouped.search(t)) for t in texts] == [bool(written.search(t)) for t in texts]


@pytest.mark.parametrize(
    "text",
    [
        # round 18: a reason's free end that names another reader, a request or another channel keeps the yes away
        "yes, my son set it up so he can read them for me",
        "yes my daughter set this up so she can keep an eye on my messages",
        "yes it'll make it easier for my ex to find me",
        "yes been at the hospital, can you call me",
        "Yes. Sorry, was at court all day, could you ring tomorrow",
        "yes about time, please write to me as well",
        "yes no more missed calls, my partner answers this phone now",
    ],
)
def test_a_reason_naming_another_reader_or_request_is_not_yes(text: str) -> None:
    assert read_consent(text) is not ConsentReading.CONSENT_YES
