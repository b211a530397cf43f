import pytest

from carecomms.screening import screen_attachment, screen_inbound


@pytest.mark.parametrize(
    "text",
    [
        "i dont want to be here anymore",
        "kms tbh",
        "i want to kill myself",
        "I've swallowed a load of paracetamol",
        "i od'd last night",
        "he hit me again",
        "my mums boyfriend hurts me",
        "hes got a knife",
        "We've got no gas or food and the baby is hungry",
        "my sister is 15 and she's been gone since yesterday",
        "the carers haven't been for 2 days",
        "she's not breathing properly",
        "i'm 14 and home alone",
        "im scared hes gonna come back and hurt the kids",
        "wanna die tbh",
    ],
)
def test_safeguarding_disclosures_are_flagged(text: str) -> None:
    assert "safeguarding" in screen_inbound(text).flags


@pytest.mark.parametrize(
    "text",
    [
        "Lol this weather is killing me, see u soon",
        "This bus driver is doing my head in lol",
        "the bloody bus is late again ffs",
        "I could murder a coffee",
        "I'm starving, will grab lunch first",
        "im 5 mins away",
        "I'm 10 minutes late sorry",
        "Thanks for your help today x",
        "Can you help me fill in the form?",
    ],
)
def test_everyday_messages_are_not_flagged(text: str) -> None:
    assert screen_inbound(text).flags == ()


@pytest.mark.parametrize(
    "text",
    [
        "you stupid bitch you've ruined my life",
        "I know what car you drive. Be careful",
        "send me a selfie gorgeous",
        "shut up you immigrant, go home",
        "[video: pornographic clip]",
        "I'll be waiting outside your office when you finish",
    ],
)
def test_inappropriate_messages_are_flagged(text: str) -> None:
    assert screen_inbound(text).flags == ("inappropriate",)


def test_threat_to_kill_the_worker_is_both() -> None:
    assert screen_inbound("I'll kill you and then myself if you take my kids").flags == (
        "inappropriate",
        "safeguarding",
    )


def test_signal_spans_are_exact() -> None:
    text = "he\u2019s got a knife and i want to die"
    for signal in screen_inbound(text).signals:
        assert text[signal.start : signal.end] == signal.text
        assert signal.explanation


@pytest.mark.parametrize(
    ("mime", "filename"),
    [
        ("application/x-msdownload", "setup.exe"),
        ("image/jpeg", "photo.jpg.exe"),
        ("application/zip", "docs.zip"),
        ("application/octet-stream", None),
        ("image/svg+xml", "a.svg"),
        ("text/html", "page.html"),
        ("", None),
    ],
)
def test_unexpected_or_executable_attachments_are_quarantined(mime: str, filename: str | None) -> None:
    verdict = screen_attachment(mime, filename)
    assert verdict.quarantine
    assert "Quarantined" in verdict.reason


@pytest.mark.parametrize(
    "mime", ["image/jpeg", "image/png", "application/pdf", "audio/ogg", "audio/mpeg; codecs=opus"]
)
def test_normal_attachments_pass_with_caption_screened(mime: str) -> None:
    assert screen_attachment(mime, "file").quarantine is False
    verdict = screen_attachment(mime, None, caption="this is what he did to me, he hit me")
    assert not verdict.quarantine and verdict.flags == ("safeguarding",)
    assert screen_attachment(mime, None, caption="send nudes").quarantine


def test_someone_elses_suicide_risk_is_safeguarding() -> None:
    assert screen_inbound("my friend said she's going to kill herself tonight").flags == ("safeguarding",)


def test_threat_against_the_family_is_not_abuse_of_the_worker() -> None:
    assert screen_inbound("he said he'd burn the house down with us in it").flags == ("safeguarding",)


# Classes of failure found on inbound_unseen4/unseen5 (phrases written as classes, not for the one sentence).
@pytest.mark.parametrize(
    "text",
    [
        "everything feels pointless and im so tired",
        "please make sure the kids know i loved them",
        "i dont think i can keep myself safe",
        "the police just brought my son back, he was found in a flat in another town",
        "they found him in a trap house",
        "she ran off again and still not back",
        "we got kicked out and we're sleeping on a mates floor",
        "he said if i tell anyone he'll take the kids",
        "my ex keeps driving past the house at night",
        "my partner's fitting and won't come round",
        "my little one swallowed a battery",
        "the staff at the home are rough with my nan",
    ],
)
def test_new_classes_of_disclosure_are_flagged(text: str) -> None:
    assert "safeguarding" in screen_inbound(text).flags


@pytest.mark.parametrize(
    "text",
    [
        "keep ignoring me and see what happens to you",
        "lick my balls",
        "I'm gonna wait for you at the bus stop after work",
        "I followed you home from the office yesterday",
        "i'll put your face through the window",
        "ur actually well fit ngl",
        "answer ur phone. answer it. i know ur there. ANSWER",
        "reply to me now or else",
    ],
)
def test_new_classes_of_inappropriate_messages_are_flagged(text: str) -> None:
    assert "inappropriate" in screen_inbound(text).flags


@pytest.mark.parametrize(
    "text",
    [
        "I'll smash your car up",
        "I hope someone hurts your kids like you hurt mine",
    ],
)
def test_threats_to_the_worker_and_their_things_are_inappropriate_only(text: str) -> None:
    assert screen_inbound(text).flags == ("inappropriate",)


@pytest.mark.parametrize(
    "text",
    [
        "used to self harm when i was a teenager but im in a much better place now",
        "he used to hit me but that was 6 years ago and hes in prison now",
        "the doctor said my chest pain was just a pulled muscle, phew",
        "Tyler went missing from the shops for 5 mins today, he was in the toy aisle",
        "my old social worker was a right bitch but you're much better",
        "I'll wait for you outside reception, is that ok?",
        "I can't do Tuesday anymore, can we move it",
        "took my tablets this morning like the doctor said",
    ],
)
def test_past_resolved_and_harmless_uses_are_not_flagged(text: str) -> None:
    assert screen_inbound(text).flags == ()


def test_a_past_disclosure_that_is_happening_again_is_still_flagged() -> None:
    assert "safeguarding" in screen_inbound("he used to hit me years ago and now he's started again").flags


# Round 9 (inbound_unseen15's classes and the widening sweeps after them; docs/safeguarding.md).
@pytest.mark.parametrize(
    "text",
    [
        "youre gonna get merked",
        "gonna shank u bruv",
        "ill cave your head in",
        "tell your colleague shes next",
        "found your address on the electoral roll",
        "googled you, wasnt hard to find where you live",
        "saw you in asda with your husband",
        "i know you go to the gym every morning at 7",
        "sleep with one eye open",
        "come sit on my \U0001f346",
        "*sends pic of his privates*",
        "you said no but ill keep asking till you say yes",
        "leave your husband and be with me",
        "can i have your personal number",
        "listen to me you silly little girl",
        "ur a ret*rd",
        "learn english before you ring me",
        "you sound like a bloke",
        "typical muslim, always lying",
        "nobody likes you, you know that right",
    ],
)
def test_round_9_inappropriate_classes_are_flagged(text: str) -> None:
    assert "inappropriate" in screen_inbound(text).flags


@pytest.mark.parametrize(
    "text",
    [
        "bin thinkin of endin it all latly",
        "thinkin bout topping meself",
        "got the pills in my hand",
        "sorry for being a burden, this is it",
        "ive been starving myself for a week",
        "i hit my son too hard and hes got a mark",
        "he's been sick blood",
        "i've been saying goodbye to people",
        "my dad drinks and drives with us in the car",
        "my boyfriend said he'll share my nudes if i leave",
    ],
)
def test_round_9_disclosures_are_flagged(text: str) -> None:
    assert "safeguarding" in screen_inbound(text).flags


@pytest.mark.parametrize(
    "text",
    [
        "my lad is obsessed with that drill song about knives, its just music",
        "he got merked on fortnite lol",
        "my brother will batter me at fifa tonight",
        "the council are fucking useless, 3 weeks and no reply",
        "universal credit is fucking useless",
        "I could murder a brew after that meeting",
        "I used to self harm but that was 10 years ago",
        "my son takes his tablets, doctor changed the dose, nothing to worry about",
        "can I send a photo of the damp in the bathroom",
        "[image: photo of the mould in the bathroom]",
        "I know you said no to the grant but can I appeal",
        "everyone likes you at the centre, the kids always ask for you",
        "I'll be outside your office at 10 for the meeting",
        "is that a man or woman coming to visit?",
        "we're learning english at college on tuesdays",
        "you'll be glad to know the rent is paid",
    ],
)
def test_round_9_hard_negatives_are_not_flagged(text: str) -> None:
    assert screen_inbound(text).flags == ()


def test_round_9_what_is_said_about_the_worker_is_not_a_disclosure() -> None:
    assert screen_inbound("mmm your voice on the phone does things to me").flags == ("inappropriate",)
    assert screen_inbound("ill batter u if u come round here again").flags == ("inappropriate",)
    result = screen_inbound("ill tell everyone you touched my son, see how long you keep your job then")
    assert result.flags == ("inappropriate",)
    assert all(s.text and s.explanation for s in result.signals)


# Round 10 (inbound_unseen17: Scots, northern and Welsh dialect, Traveller and Roma families, learner English, dementia
# carers, sex workers, people in recovery, prison leavers): each class in other wordings than the set's own.
@pytest.mark.parametrize(
    "text",
    [
        # means at hand
        "I've got the rope in the garage ready",
        "ive saved them all up in a jar, enough this time",
        "been stockpiling my tablets for weeks",
        "I'm going off the Tyne bridge tonight",
        "gonnae do masel in",
        "I'll do meself in if they take the bairns",
        "dinnae want tae be here nae mair",
        "if they take the weans I'll burn the flat down with me in it",
        # symptoms of a medical emergency
        "his face has dropped on one side and he cant lift his arm",
        "the bairn has a rash that doesnt go away when I press a glass on it",
        "he's not took his insulin for 4 days and he's being sick",
        "she's not breathing right, lips gone blue",
        "found our kid on the floor, he's not responding",
        "mam fell and her leg's at a funny angle, she's screaming in pain",
        # dialect words for children and harm; burns; children hidden or missing
        "he leathers the weans when he's had a drink",
        "the wee one got burnt on the iron, he's got a big blister",
        "he held her hand on the kettle",
        "I'll take the chavvies where none of yous will find them",
        "nobody at the nursery knows where they've gone",
        # exploitation, staff, sex work, trafficking, forced marriage, dementia care
        "the night staff hit him and locked him in his room",
        "a punter strangled me last night and I'm scared to go out",
        "they keep my passport, I cannot go out",
        "my father say I must marry my cousin next month",
        "I lock mam in at night so she dont wander",
        # relapse and overdose
        "I relapsed last night, used heroin and I'm scared",
        "I overdosed on Saturday, they brought me back with narcan",
    ],
)
def test_round_10_disclosures_are_flagged(text: str) -> None:
    result = screen_inbound(text)
    assert "safeguarding" in result.flags
    assert all(s.text and s.explanation for s in result.signals)


@pytest.mark.parametrize(
    "text",
    [
        "ye wee slag, I'll be waiting for ye",
        "I know which school your bairns go to",
        "I've clocked your reg plate",
        "next time you come round you'll go home in an ambulance",
        "I'll kick yer heid in",
        "ye'll get a doing",
        "dirty gyppo social worker",
        "go back to Romania you tinker",
        "youse are all fenian bastards",
        "sheep shagging taffy",
        "you're a cripple",
        "can I pay you in kind 😏",
        "[voice note: shouting the worker's home address]",
    ],
)
def test_round_10_inappropriate_classes_are_flagged(text: str) -> None:
    result = screen_inbound(text)
    assert "inappropriate" in result.flags
    assert all(s.text and s.explanation for s in result.signals)


@pytest.mark.parametrize(
    "text",
    [
        "I'll throttle our Shaun when he gets home, he's ate all the biscuits",
        "could murder a bacon roll",
        "mam had a fall last year but she's fine now",
        "mam didnt know who I was today but we had a nice cup of tea and she sang",
        "me and my daughter had a row about her phone, she stormed off, all fine now",
        "he slammed his door and said he hates me, normal teenage stuff, fine by teatime",
        "the bloody bus didn't turn up again, freezing my arse off",
        "this fucking form is impossible",
        "the weans loved the trip to the beach",
        "got a rope swing for the kids in the garden",
        "I'm going over the Severn bridge to see my mum",
        "you lot are bloody useless, still waiting on that form",
        "a lad at the hostel nicked my charger",
        "slept in a doorway for three winters before I got the flat, never again",
        "got the keys to my new flat!! first proper home in years",
        "saw your lot won the derby",
    ],
)
def test_round_10_hard_negatives_are_not_flagged(text: str) -> None:
    assert screen_inbound(text).flags == ()
