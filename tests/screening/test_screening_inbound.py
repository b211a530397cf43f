import pytest

from carecomms.screening import screen_attachment, screen_inbound

# Round 22: hard negatives that the retrained safeguarding backstop flags (docs/safeguarding.md, round 22). Each shares
# a disclosure's shape (a child's age beside an adult's, a PIN known, a baby left overnight, something taken from a
# purse), and the backstop that flags them halved false alarms on fresh text; strict, so fixing one shows here.
ROUND_22_FLAGS = pytest.mark.xfail(strict=True, reason="round 22: the retrained backstop flags this wording")

# The rules and word models on their own (conftest.py says why).
pytestmark = pytest.mark.usefixtures("without_the_inappropriate_backstop")


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


# Round 11 (inbound_unseen19, an independent writer; the council's decision on threats of violence;
# docs/safeguarding.md). Each class in other wordings than the set's own.
@pytest.mark.parametrize(
    "text",
    [
        # the council's decision: an explicit threat of physical violence against the worker is both flags
        "I'll break your jaw",
        "you're getting glassed",
        "you'll leave in an ambulance",
        "I'll smash your face in",
        "I'll stab you",
        "ill batter u if u come round here again",
        "ima knock ur teeth down ur throat",
        "my lads will batter you",
        "my brothers are gonna do you in",
        "come round again and you'll be going home in a body bag",
        "I'll put you in a wheelchair",
        "ill throw a brick at your head",
        "I'll put a bottle through your car window, then your face",
        "you'll be eating through a straw",
        "your a dead woman",
        "ill set my dog on u",
        "gna slap that smile off ur face",
        "keep your nose out or it'll get broken",
        "I'll hurt your kids like you hurt mine",
        "touch my kids again and ill break every bone in your body",
    ],
)
def test_round_11_explicit_threats_of_violence_to_the_worker_are_both(text: str) -> None:
    result = screen_inbound(text)
    assert result.flags == ("inappropriate", "safeguarding")
    assert all(s.text and s.explanation for s in result.signals)


@pytest.mark.parametrize(
    "text",
    [
        # veiled intimidation with no act of violence said, and harm to the worker's things, stay inappropriate only
        "I know what car you drive",
        "I'm outside your house",
        "I'll slash your tyres",
        "I'll put your windows through",
        "I'll burn your office down",
        "I've got people who'll deal with you",
        "watch your back",
        "you'll regret this",
        "I'll make your life hell",
        "ill come for you",
        "I'm going to ruin you",
        "go jump off a bridge",
    ],
)
def test_round_11_veiled_threats_stay_inappropriate_only(text: str) -> None:
    assert screen_inbound(text).flags == ("inappropriate",)


@pytest.mark.parametrize(
    "text",
    [
        # a message that is only a cry for help
        "help",
        "HELP ME!!!",
        "pls help",
        "someone help us",
        "i need help now",
        # farewells
        "sory for evrything. bye",
        "thank u for trying with me. goodbye x",
        "this is the last time you'll hear from me",
        "this is goodbye",
        "just want u to know it wasnt ur fault. bye",
        "im sorry. goodbye",
        "they'll find me hanging in the morning",
        # a suicide threat as a condition, where someone stands, an injury done to themselves
        "if they take my son i'm going to jump",
        "ill jump. i mean it",
        "im on the bridge",
        "at a and e getting glued, did it to myself",
        # drink-driving with the children
        "my ex drove the kids home after six pints",
        "she was over the limit with the baby in the back",
        "mum drives us to school drunk",
        "she had 3 bottles of wine then put the kids in the car",
        # intimate images shared or taken without consent
        "he secretly recorded us in bed and showed people",
        "my bf showed his mates my nudes",
        "someone airdropped a pic of my daughter topless round her school",
        # medication given or taken by mistake
        "i gave the baby double the calpol by mistake",
        "the pharmacy gave nan the wrong dose and shes really drowsy",
        "i gave my son his ritalin twice today by mistake",
        "carer gave dad someone elses tablets",
        # pressure sores and neglect of an older person; a neighbour not seen
        "mums got a pressure sore on her heel and it's gone black",
        "dad has bed sores and the carers never turn him",
        "nan was left in a soiled pad all night at the home",
        "grandad hasn't been given a drink all day at the care home",
        "mum is left in bed all day at the care home",
        "haven't seen the old man next door for days, his curtains have been shut since monday",
        # money taken, exploitation, threats over a debt, an older man and a 16-year-old
        "he gives me £15 a week for food and checks every receipt",
        "my mate at college says i have to give him my money every friday",
        "my cousin gives me cash if i take parcels to his mates",
        "the dealers said they know where my mum lives",
        "shes 16 and has moved in with a 31 year old",
        # others: a person thrown, fumes, fire, blackouts, spiking, radicalisation, a gang with knives
        "he threw me across the room",
        "we've all got headaches and feel dizzy, i think its the boiler",
        "the flat's on fire",
        "my mum keeps going blank and falling",
        "i got spiked last night and woke up somewhere i didnt know",
        "my son has been watching ISIS videos and talking about dying for the cause",
        "theres gangs after my son with knives",
        "ive run out of my lithium and the chemist cant get any till next week",
    ],
)
def test_round_11_disclosures_are_flagged(text: str) -> None:
    result = screen_inbound(text)
    assert "safeguarding" in result.flags
    assert all(s.text and s.explanation for s in result.signals)


@pytest.mark.parametrize(
    "text",
    [
        # forced marriage and image-based abuse are disclosures, not remarks to the worker ("Pakistan" is not a slur)
        "my parents are taking me to Pakistan in the summer to marry my cousin, I don't want to",
        "my family have arranged for me to marry a man i have never met",
        "my sister is 16 and they are taking her abroad to get married",
        "my ex has posted naked pictures of me online",
        "someones sent my nudes round the whole school",
        "my ex put a video of me naked on pornhub",
        "revenge porn",
    ],
)
def test_round_11_forced_marriage_and_image_abuse_are_safeguarding_only(text: str) -> None:
    assert screen_inbound(text).flags == ("safeguarding",)


@pytest.mark.parametrize(
    "text",
    [
        "i know your husband's on linkedin, shall i message him about what you're like",
        "I'll message your mum about what her daughter does",
        "found your landline on 192.com",
        "got your private number off a mate",
        "can't stop thinking about you in that uniform",
        "been fantasising about you all week",
        "does your husband know you're texting me 😏",
        "i won't tell if you don't 😉",
        "can I take you out for dinner",
        "your so hot",
        "*dick pic*",
        "get lost you interfering busybody",
        "lying two faced snake",
        "sent u 30 messages and still nothing",
        "answer the fucking phone",
        "don't you dare ignore me",
        "effing foreigner",
        "you gay?",
    ],
)
def test_round_11_inappropriate_classes_are_flagged(text: str) -> None:
    result = screen_inbound(text)
    assert "inappropriate" in result.flags
    assert all(s.text and s.explanation for s in result.signals)


@pytest.mark.parametrize(
    "text",
    [
        # idioms and everyday life with a risky word
        "jump on the bus and meet me in town",
        "I'll jump in the car and come now",
        "i'll jump in the shower then ring you",
        "overdosed on chocolate over easter lol",
        "i think i've overdosed on christmas telly",
        "nearly had a heart attack when the bill came",
        "we're off to Spain with the kids for two weeks, back on the 14th",
        "can we take the kids abroad for half term",
        "we're going to India for my brother's wedding",
        "I don't agree with the plan, I think the contact should be longer",
        "I disagree with what the report says about my parenting and want it changed",
        "I don't think the report was fair on me and I'd like your manager to look at it please",
        "Can't do this Thursday anymore, can we do Friday",
        "this is my last week at the hostel, moving friday!",
        "I want to end my tenancy when the new flat is ready",
        "my son has my bank card because he does my shopping, i asked him to",
        "dad's bed is too high so we're getting a new one",
        "dad's had a few at the wedding so my sister is driving us home",
        "the gp has upped my dose and i feel better",
        "took my tablets with breakfast like always",
        "mum's got a cold sore, poor thing",
        "my son's on fire at football this season",
        "she watched a documentary about ISIS for her GCSE history",
        "can you help me with the form",
        "need help with the appeal",
        "thanks for everything, you've been brilliant. Bye for now and see you at the review",
        "just wanted to say thank you for everything, we're moving to Leeds next week, bye!",
        # not a threat: a game, the weather, dead right, the worker's own neck
        "I'll beat you at pool next time haha",
        "you'll get battered by the rain out there lol",
        "you're dead right about the school",
        "you'll break your neck on those stairs, mind how you go",
        "I'll hit you up later about the form",
        "I'll drop you off at the station",
        # insults said of someone else
        "my neighbour is a fat ugly bitch honestly",
        "the housing officer is a useless twat",
        # the model's readings taken out by class
        "a lad at the hostel nicked my charger",
        "The washing machine has flooded the kitchen again",
        "sorry to bother you on a friday, it can wait till monday",
        "i took the kids swimming, they loved it",
        "baby's teething and won't settle, any tips?",
        "can we meet at the park near your office",
    ],
)
def test_round_11_hard_negatives_are_not_flagged(text: str) -> None:
    assert screen_inbound(text).flags == ()


# Round 13 (inbound_unseen22 as the development set): its misses fixed by class, tested on neighbouring wordings.
@pytest.mark.parametrize(
    "text",
    [
        # "going to" or "want to" do it to the worker's body; a blow "in the face", "the minute I see you"
        "im going to kick ur head in when i see u",
        "i'm going to punch your lights out",
        "I want to smash your face in",
        "I'll smash you in the face",
        "ill hit u the minute i see u",
        # the weapon named first
        "I've got a bat in the car and I'm not afraid to use it on you",
        "got me a machete, gonna use it on u",
        "ive got a knife and i will use it if u come to my door",
    ],
)
def test_round_13_explicit_threats_of_violence_to_the_worker_are_both(text: str) -> None:
    flags = screen_inbound(text).flags
    assert "safeguarding" in flags and "inappropriate" in flags, flags


@pytest.mark.parametrize(
    "text",
    [
        # a nationality or people beside an insult, the worker told to leave a country
        "you dirty english pig",
        "stupid scottish cow",
        "fucking irish cunt",
        "Get out of England, you're not wanted",
        "go back to england you english bitch",
        # a dare with "see what happens"
        "keep texting me n c wot happens",
        "Keep ringing me and watch what happens",
        "carry on coming round here and see what happens",
        "come near my house again and see what happens",
        # the worker's movements remarked on
        "I see you leave the office at 5 every friday. Noted",
        "interesting how you park behind the library every monday",
    ],
)
def test_round_13_inappropriate_classes_are_flagged(text: str) -> None:
    assert "inappropriate" in screen_inbound(text).flags


@pytest.mark.parametrize(
    "text",
    [
        # baby milk, nappies or food run out
        "run out of nappies and babys got nothing",
        "ran out of baby milk",
        "we've run out of food and the kids are hungry",
        "cant get formula till payday",
        "been watering down her bottles",
        "the shop wouldnt give me tick",
        # the goodbye said first
        "goodbye and thanks for trying",
        "bye everyone x sorry for everything",
        # a child of 15 or under with an adult
        "she's 14 and her bf is 21",
        "my daughter is 12 and has been messaging a 30 year old man",
        "he's 15 and hanging round with a man who's 40",
        "shes 14 and staying with some 25 yr old",
    ],
)
def test_round_13_disclosures_are_flagged(text: str) -> None:
    assert "safeguarding" in screen_inbound(text).flags


@pytest.mark.parametrize(
    "text",
    [
        "we had to get out of wales for a bit when i lost the flat",
        "going back to poland for christmas",
        "i might go back to england",
        "I'm irish and proud",
        "my worker is a lovely scottish lady",
        "the english teacher was a cow to me",
        "try it and see what happens",
        "keep going with the new tablets and see what happens",
        "can you park on elm road on tuesday please",
        "I'm trying to get the formula changed at the GP",
        "run out of milk for the tea haha",
        "I have a hammer if you need one",
        "I have a screwdriver, I'll use it if you want",
        "Bye, thanks for all your help today",
        "my son is 14 and his brother is 19",
        pytest.param("shes 14 and her uncle is 30 today", marks=ROUND_22_FLAGS),
        "I'm going to smash my exam",
    ],
)
def test_round_13_hard_negatives_are_not_flagged(text: str) -> None:
    assert screen_inbound(text).flags == ()


# Round 14 (inbound_unseen23 and inbound_unseen25 as development sets): each class in wordings other than the sets'.
@pytest.mark.parametrize(
    "text",
    [
        # going to a bridge, a cliff or the tracks tonight
        "im heading to the bridge tonight and nobody can stop me",
        "going down the train tracks when its dark",
        "walkin up to the cliffs for the last time",
        # an appointment given up beside a farewell
        "thanks for trying with me. i wont need the visit on friday",
        "wont be needing the appointment. look after yourself x",
        "i shan't need the review. thank you for everything",
        # a parent lost their temper and left a mark
        "lost my temper with the little one and theres a bruise on her arm now",
        "i snapped at him and hes got a red mark on his face, its nothing",
        "lost me rag last night, she has a handprint on her leg",
        # the person who is feared knows where the family is
        "he knows where we live now, hes been texting my mum",
        "shes found out the kids new school",
        "someone told my ex our new address",
        # a scam on an older person
        "the bank rang and said to transfer my money into a safe account",
        "a lady from the fraud team asked me to buy gift cards and read out the numbers",
        "man from hmrc rang and I withdrew £3000 for the courier",
        # a bank card kept by someone else
        "my nephew has took my card again and wont give it back",
        "she knows my pin and keeps taking money, never gives the card back",
        # FGM
        "her grandmother is taking my daughter to somalia to be cut this summer",
        "they want to send the girls back home to get circumcised",
        "she will get cut like her sisters were",
        # a baby or child left alone all night
        "the toddler next door gets left all night by herself",
        "the kids upstairs are left all weekend, i never see an adult",
        "that baby is left overnight, its screaming",
        # a young child's account of secret or bed games
        "my son told me uncle plays secret games in his bed with him",
        "she says the man does tickling games under the duvet and its a secret",
        "special games in the bath, she said not to tell mummy",
        # a drug debt worked off by running drugs
        "i owe the olders for the gear so i have to run some bags up to hull",
        "owes them money so they make him hold their stuff",
        "he said i owe him and now i gotta go country for a week",
        # the children driven by someone still over the limit
        "drove the girls to nursery this morning, probably still drunk tbh",
        "i drive my son to school after a night on it, defo still over",
        # the worker's life threatened, then the writer's
        "im going to end your life and then mine",
        # one of the worker's team threatened, a weapon named after the verb
        "ill come round and batter one of you",
        "I'll hit you with a brick if you come back",
    ],
)
def test_round_14_disclosures_are_flagged(text: str) -> None:
    assert "safeguarding" in screen_inbound(text).flags


@pytest.mark.parametrize(
    "text",
    [
        # ageist insults
        "dried up old bag. retire already",
        "you're past it love, shouldn't you be retired",
        "about time you retired, you're too old for this job",
        # the worker's profession, then the worker
        "you lot are parasites, all of you",
        "you social workers are scum and you are the worst of them",
        # childish and misspelt insults
        "u r a idyot",
        "your a stoopid poo head",
        # a worker refused for race, nationality or faith
        "dont want a black social worker, send me an english one",
        "i will not see a muslim worker",
        "get me a white one please",
        # the writer watches the worker's home, car, gym, family or routine
        "noticed your car was still on the driveway at 10, lie in was it",
        "your gym opens at 6 doesnt it",
        "yoga on thursdays at 7pm isnt it",
        "your daughter goes to st marys doesnt she",
        "funny seeing your husband down the pub last night",
        "saw your kids at the park with the dog",
        "lovely house on Mill Lane you've got",
        # harassment with a veiled consequence
        "dont make me come down there, you wont like it",
        "you won't like what happens if you ignore me again",
        # contact moved off the work channel
        "add me on snapchat so we can talk properly",
        "we should chat off the work phone",
        # the worker's looks remarked on
        "youd look much prettier if you wore your hair down",
        "lose them glasses love, and smile",
        # a date asked for, a romantic gift
        "come to the cinema with me saturday",
        "got you a dozen red roses for valentines",
        "dinner with me friday, it's a date then",
        # threats with one of you / a weapon / ending the worker's life
        "ill come down there and smack one of you",
        "I WILL HIT YOU WITH MY WALKING STICK",
        "im going to end yours",
    ],
)
def test_round_14_inappropriate_classes_are_flagged(text: str) -> None:
    assert "inappropriate" in screen_inbound(text).flags


@pytest.mark.parametrize(
    "text",
    [
        # explicit violence to the worker is both flags
        "ill come down there and smack one of you",
        "i will hit you with my stick when you come",
        "im going to end your life",
    ],
)
def test_round_14_explicit_threats_are_both_flags(text: str) -> None:
    assert screen_inbound(text).flags == ("inappropriate", "safeguarding")


@pytest.mark.parametrize(
    ("text", "flags"),
    [
        # a sexual word in the same sentence as a disclosure about someone else is that disclosure
        ("a man online keeps asking my 13 year old to send photos in her bra", ("safeguarding",)),
        # "or else" said of what the writer is made to do
        ("they said i owe them for the bud so i have to drop a parcel in hull or else", ("safeguarding",)),
        # a veiled remark about the worker's husband is inappropriate only
        ("your husband drives a taxi doesnt he", ("inappropriate",)),
    ],
)
def test_round_14_flags_are_exact(text: str, flags: tuple[str, ...]) -> None:
    assert screen_inbound(text).flags == flags


@pytest.mark.parametrize(
    "text",
    [
        "going to the bridge club tonight",
        "thanks for trying to get me in, i wont need the appointment now as the GP saw me",
        "I won't need the appointment next week, I've got a job! Look after yourself",
        "lost my rag with the council today",
        "lost my temper with the kids and shouted, felt awful after",
        "he knows the school well, he went there himself",
        "the man from the bank rang about my overdraft, all sorted",
        pytest.param("my daughter knows my pin, she does my shopping for me", marks=ROUND_22_FLAGS),
        "we're taking her to get her hair cut on saturday",
        pytest.param("left the baby with my mum all night", marks=ROUND_22_FLAGS),
        "we played tickle games and she laughed her head off",
        "i owe them a tenner so ill drop it round",
        "drove the kids to school, theyre still over excited about the party",
        "my dog has gone missing again, any ideas who to call",
        "the parcel went missing so ill ring them",
        "if i have to sit one more mock im going to scream",
        "haven't eaten since lunch, starving, meal deal time",
        "ill kill my sister she nicked my jumper again",
        "the dose got upped by the consultant, nothing else changed",
        "I would like to make a formal complaint and get a written response",
        "finally got my bank account set up",
        "the council are useless, not your fault I know, could you chase it?",
        "i'll be waiting at the main entrance at 10",
        "Shall I sign u up?",
        "Hope your weekend's going well",
        "that colour really suits you",
        "you'll smash it tomorrow",
        "Come and watch the match if you fancy it",
        "it was nice to meet your mum today",
        "my new flat is a nice place on Elm Road",
        "I'll hit you up later with the details",
        "I bought you some chocolates to say thanks",
        "can you come to the meeting with me",
        "my mum retired last year",
    ],
)
def test_round_14_hard_negatives_are_not_flagged(text: str) -> None:
    assert screen_inbound(text).flags == ()


# Round 14, widening sweeps of our own (no set's wording): neighbouring classes the development sets did not show.
@pytest.mark.parametrize(
    "text",
    [
        # FGM: girls who have to be cut
        "my mother in law says our daughter has to be cut before she is 10",
        "the girls in his family must be cut, its tradition",
        "she is next to be circumcised, they said",
        # affairs put in order, wanting to disappear
        "i've decided who gets my things",
        "wrote down who will have the cat",
        "i just want to vanish",
        "wanna dissapear forever",
        # an apology, then love to everyone, as a farewell
        "sorry for everything. love you all",
        "sorry for being a burden. love to everyone x",
        # walls punched, then the family
        "he kicks the doors and then me",
        "she smashes the walls and then the kids",
    ],
)
def test_round_14_sweep_disclosures_are_flagged(text: str) -> None:
    assert "safeguarding" in screen_inbound(text).flags


@pytest.mark.parametrize(
    "text",
    [
        "you'll get everything that's coming to you",
        "all thats coming to u, mark my words",
        "next time i catch you on your own you're getting it",
        "when i see u ur getting what for",
        "ur lucky i havent battered you",
        "you're lucky my brother didn't deal with you",
        "your daughter is so pretty, what age is she",
        "ur little girl looked gorgeous, how old is she now",
        "give me your personal number so we can meet up",
        "send me ur snap so we can chat properly",
        "walked past your house last night",
        "drove by ur flat, nice curtains",
        "good to see you out running on your own",
        "lovely to see you at the pool",
        "im so horny thinking about u",
        "getting hard looking at your picture",
    ],
)
def test_round_14_sweep_inappropriate_classes_are_flagged(text: str) -> None:
    assert "inappropriate" in screen_inbound(text).flags


@pytest.mark.parametrize(
    "text",
    [
        "her hair needs to be cut before the wedding",
        "the girls fringe has to be cut again",
        "sorted out who gets the lift to school",
        "sorry for being late, love you all, see you at tea",
        "the bus was late again, fucking joke",
        "parking at the hospital is fucking useless",
        "my husband works nights so mornings are better",
        "he is on lates this week so thursday suits",
        "your daughter sounds lovely",
        "i need your number to ring about the form",
        "i walked past the office but it was shut",
        "nice to see you at the review",
        "when i see you on monday you're getting the forms",
        "is everything coming to you ok by email",
    ],
)
def test_round_14_sweep_hard_negatives_are_not_flagged(text: str) -> None:
    assert screen_inbound(text).flags == ()


# Round 14, a third sweep of our own (30 disclosures, 25 abuses; SG missed 7, IN 3): indirect and misspelt wording.
@pytest.mark.parametrize(
    "text",
    [
        "dont think i can carry on much longer",
        "i cnt keep goin any more",
        "tired of evrythin",
        "life is never gonna get any better",
        "nothing is ever going to get better",
        "he told me next time he will finish it",
        "she says shes going to finish me off",
        "they said theyd finish what he started",
        "me and the baby are living in the car",
        "weve been kipping in a tent for a fortnight",
        "been sleeping rough since she kicked me out",
        "his eyes are rolling and he wont answer",
        "i think shes taken something, she wont wake properly",
        "hes swallowed something and hes choking",
    ],
)
def test_round_14_third_sweep_disclosures_are_flagged(text: str) -> None:
    assert "safeguarding" in screen_inbound(text).flags


@pytest.mark.parametrize(
    "text",
    [
        "ur breath smells",
        "your feet reek",
        "your teeth are minging",
        "you need a proper hiding",
        "u deserve a good kicking",
        "you're asking for a slap",
        "we see you every morning on your own at the bus stop",
        "i see u at the park with your dog",
    ],
)
def test_round_14_third_sweep_inappropriate_classes_are_flagged(text: str) -> None:
    assert "inappropriate" in screen_inbound(text).flags


@pytest.mark.parametrize(
    "text",
    [
        "the builder said he'll finish the job on friday",
        "ill finish it off tomorrow",
        "we stayed in a tent at the festival",
        "she rolled her eyes at me",
        pytest.param("shes taken something from my purse", marks=ROUND_22_FLAGS),
        "he has taken something to the tip for me",
        "you need a good sleep",
        "you deserve a good holiday",
        "your office smells of damp",
        "i see you on monday with the forms",
        "the traffic is never gonna get better round here",
    ],
)
def test_round_14_third_sweep_hard_negatives_are_not_flagged(text: str) -> None:
    assert screen_inbound(text).flags == ()


# Round 14, a fourth sweep of our own (30 disclosures, 23 abuses: SG missed 6, IN 2).
@pytest.mark.parametrize(
    "text",
    [
        "necked a handful of tablts",
        "ive taken a whole bunch of me mums pills",
        "stood on top of the multi storey",
        "im at the top of the flats and its windy",
        "wrote letters for the kids, theyre on the table",
        "i left a note for my husband in the drawer",
        "its the end of the road for me",
        "this is the end of me",
        "theyve got nits and sores and havent been to school for weeks",
        "shes filthy and never goes to school",
        "a man is paying my 14 year old to carry bags to other towns",
        "older lads getting my son to drop packages in the next town",
    ],
)
def test_round_14_fourth_sweep_disclosures_are_flagged(text: str) -> None:
    assert "safeguarding" in screen_inbound(text).flags


@pytest.mark.parametrize(
    "text",
    [
        "i could love you better than your fella",
        "id make u happier than ur husband",
        "you've had it coming",
        "u got it coming",
    ],
)
def test_round_14_fourth_sweep_inappropriate_classes_are_flagged(text: str) -> None:
    assert "inappropriate" in screen_inbound(text).flags


@pytest.mark.parametrize(
    "text",
    [
        "the kids have got nits so theyre not going to school today",
        # seen in the sweep and flagged before round 14 too; now taken out by class
        "took a couple of paracetamol for my headache",
        "had two ibuprofen for my back",
        "im at the top of the car park, where are you?",
        "im outside the main entrance, where r u",
        "left a note for my mum to say ill be late",
        "wrote a note for the kids saying back at 6",
        "my son is paid to deliver parcels for amazon",
        "you've got it coming in the post tomorrow",
    ],
)
def test_round_14_fourth_sweep_hard_negatives_are_not_flagged(text: str) -> None:
    assert screen_inbound(text).flags == ()


# Round 14, a fifth sweep of our own (30 disclosures, 19 abuses: SG missed 4, IN 5).
@pytest.mark.parametrize(
    "text",
    [
        "keep thinking of wrapping the car round a tree on purpose",
        "might crash the van on purpose tonight",
        "i feel so worthless",
        "im just a waste of space",
        "dont worry about the review, i wont be around much longer",
        "i wont be anywhere by friday",
        "my husband kicked me out at 2am with the kids",
        "she threw us out in the rain with no coat",
    ],
)
def test_round_14_fifth_sweep_disclosures_are_flagged(text: str) -> None:
    assert "safeguarding" in screen_inbound(text).flags


@pytest.mark.parametrize(
    "text",
    [
        "let me make you feel special",
        "id make u scream",
        "do u fancy married men",
        "would you date younger guys",
        "like watching when u bend down",
        "you lazy scrounger",
        "ur a proper airhead",
        "you're a pillock",
    ],
)
def test_round_14_fifth_sweep_inappropriate_classes_are_flagged(text: str) -> None:
    assert "inappropriate" in screen_inbound(text).flags


@pytest.mark.parametrize(
    "text",
    [
        "i crashed the car last week, not on purpose obviously, insurance is sorting it",
        "im useless at maths",
        "that would make you happy, the grant came through",
        "the man said i could make you a cuppa while we wait",
        "my son is a freeloader lol",
    ],
)
def test_round_14_fifth_sweep_hard_negatives_are_not_flagged(text: str) -> None:
    assert screen_inbound(text).flags == ()


# Round 14, a sixth sweep of our own (23 disclosures, 18 abuses, 10 ordinary: SG missed 1, IN 2).
@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("gonna neck all me meds tonight", "safeguarding"),
        ("taking every one of my tabs", "safeguarding"),
        ("thinking about me and you together ;)", "inappropriate"),
        ("dreamt about us in bed", "inappropriate"),
        ("you smug git", "inappropriate"),
        ("you ignorant bitch", "inappropriate"),
    ],
)
def test_round_14_sixth_sweep_classes_are_flagged(text: str, flag: str) -> None:
    assert flag in screen_inbound(text).flags


@pytest.mark.parametrize(
    "text",
    [
        "i take my meds every morning with breakfast",
        "i had a dream about my nan last night",
        "we were thinking about us all going to the park together",
        "the man was ignorant but it's sorted now",
    ],
)
def test_round_14_sixth_sweep_hard_negatives_are_not_flagged(text: str) -> None:
    assert screen_inbound(text).flags == ()


# Round 14, a seventh sweep of our own (20 disclosures, 13 abuses, 5 ordinary: SG missed 4, IN 4, 2 false alarms older
# than the round).
@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("been searching how to end it", "safeguarding"),
        ("looked up the easiest way to die", "safeguarding"),
        ("so tired of being alive", "safeguarding"),
        ("stopped eating so i can be thin", "safeguarding"),
        ("refusing to eat so i disappear", "safeguarding"),
        ("shes 12 and keeps snapchatting older men", "safeguarding"),
        ("my 13 yr old is talking to strangers online", "safeguarding"),
        ("ur well fit for a social worker", "inappropriate"),
        ("can i take u out sometime", "inappropriate"),
        ("ring me when ur alone", "inappropriate"),
        ("you maggot", "inappropriate"),
    ],
)
def test_round_14_seventh_sweep_classes_are_flagged(text: str, flag: str) -> None:
    assert flag in screen_inbound(text).flags


@pytest.mark.parametrize(
    "text",
    [
        "i'll make your life easier by sending the forms early",
        "looked up how to get to the new office",
        "tired of waiting for the bus",
        "not eating so i can fit in a big christmas dinner lol",
        "text me when you're home from the meeting",
    ],
)
def test_round_14_seventh_sweep_hard_negatives_are_not_flagged(text: str) -> None:
    assert screen_inbound(text).flags == ()


# Round 14, an eighth sweep of our own (16 disclosures, 13 abuses, 4 ordinary: SG missed 3, IN 4, 1 false alarm older
# than the round).
@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("not sure how much longer i can keep going", "safeguarding"),
        ("cant hold on any more", "safeguarding"),
        ("i want to be with my dad again, hes been gone 2 years", "safeguarding"),
        ("just want to be with her up there", "safeguarding"),
        ("my son hid my insulin", "safeguarding"),
        ("she threw away mums hearing aids", "safeguarding"),
        ("how was your swim this morning", "inappropriate"),
        ("enjoyed your spin class on tuesday?", "inappropriate"),
        ("tell your son hi from me", "inappropriate"),
        ("u wont have a job for much longer", "inappropriate"),
        ("give me a snog", "inappropriate"),
    ],
)
def test_round_14_eighth_sweep_classes_are_flagged(text: str, flag: str) -> None:
    assert flag in screen_inbound(text).flags


@pytest.mark.parametrize(
    "text",
    [
        "stood by the river with the kids feeding the ducks",
        "i want to be with my mum again at christmas",
        "tell your manager i said thanks",
        "how was your weekend",
    ],
)
def test_round_14_eighth_sweep_hard_negatives_are_not_flagged(text: str) -> None:
    assert screen_inbound(text).flags == ()


# Round 14, a last check of our own hard negatives against the round's new phrases (three were over-reaching).
@pytest.mark.parametrize(
    "text",
    [
        "he knows the school, he went there as a kid",
        "i lost my temper at the bank and they put a mark on my file",
        "the lady from the building society rang and i transferred it to my savings account",
        "she knows the area really well",
    ],
)
def test_round_14_new_phrases_do_not_overreach(text: str) -> None:
    assert "safeguarding" not in screen_inbound(text).flags


# Round 15 (inbound_unseen28 and inbound_unseen30): classes of wording, in sentences of our own, with near misses.
@pytest.mark.parametrize(
    ("text", "flags"),
    [
        # harassment by repetition of a call or demand
        ("oi? oi?? OI. answer", {"inappropriate"}),
        ("RING ME RING ME RING ME", {"inappropriate"}),
        ("pick up. pick up. pick up ffs", {"inappropriate"}),
        ("where are you?? where are you. where are you", {"inappropriate"}),
        # a dog set on the worker, the worker thrown through glass, the worker's child hurt in return (both flags)
        ("my staffy will go for ur legs if u knock again", {"inappropriate", "safeguarding"}),
        ("the dogs going for you the minute you open that gate", {"inappropriate", "safeguarding"}),
        ("ill let the dog off on you", {"inappropriate", "safeguarding"}),
        ("I'll throw you through that window", {"inappropriate", "safeguarding"}),
        ("gonna chuck u thru the glass door at ur office", {"inappropriate", "safeguarding"}),
        ("u took my kids so ill hurt urs", {"inappropriate", "safeguarding"}),
        ("if they take my girl i kill you", {"inappropriate", "safeguarding"}),
        # harm to the worker's things said as what will happen, the worker's home watched (inappropriate only)
        ("your car windows will be in bits by friday", {"inappropriate"}),
        ("ur motor might get keyed tonight", {"inappropriate"}),
        ("saw ur bedroom light was still on at 2", {"inappropriate"}),
        ("noticed your curtains were shut all day sunday", {"inappropriate"}),
        ("the boys round here know ur car now", {"inappropriate"}),
        ("u leave by the side door most nights dont u", {"inappropriate"}),
        # insults with no swear word, the worker's training sneered at, the worker's looks mocked
        ("ur nothing but a baby snatcher with a badge", {"inappropriate"}),
        ("you're such a mug honestly", {"inappropriate"}),
        ("youre so dense", {"inappropriate"}),
        ("how did you ever get through college", {"inappropriate"}),
        ("your haircut is a crime", {"inappropriate"}),
        ("ur fake tan looks horrendous", {"inappropriate"}),
        # sexual advances: made a secret, come alone or with drink, what the worker sleeps in
        ("night night gorgeous x", {"inappropriate"}),
        ("dont tell ur husband but i think about u", {"inappropriate"}),
        ("come round on your own next time and bring a bottle", {"inappropriate"}),
        ("next time pop round without your student 😘", {"inappropriate"}),
        ("what do you sleep in", {"inappropriate"}),
        # a veiled goodbye, methods looked up, drugs offered for drops (safeguarding)
        ("sorted it all for afterwards. thanks for trying", {"safeguarding"}),
        ("got my things in order for when im gone", {"safeguarding"}),
        ("been googling methods all night", {"safeguarding"}),
        ("reading up on ways online again", {"safeguarding"}),
        ("this man keeps giving my son money and trainers if he does a few runs for him", {"safeguarding"}),
        ("im doing drops for some lads from the city", {"safeguarding"}),
    ],
)
def test_round_15_classes_are_flagged(text: str, flags: set[str]) -> None:
    assert set(screen_inbound(text).flags) == flags


@pytest.mark.parametrize(
    "text",
    [
        # repetition that is not a demand, or a demand said twice
        "hello, hope you're well. hello to the kids from us",
        "can you call me back when you get a minute, call me back after 3 if not",
        "no no no I meant next week",
        # dogs, windows and "yours" in everyday use
        "the dog goes for walks with my son every day",
        "the dog has your hat, sorry, he loves hats",
        "can you put me through to the duty team",
        # things, lights and routines in everyday use
        "saw your light was on in the office, are you in today?",
        "i always park on level 2, see you there",
        # insults to someone else, looks admired, training asked about kindly
        "my brother is such a mug for buying that",
        "how did you get into uni, i want to apply",
        "your hair looks lovely today",
        # greetings, drinks and night-time in everyday use
        "goodnight, thanks for today",
        "the bring and share lunch is on friday, bring a dish if you can",
        "what do you wear to court?",
        # goodbyes, searches and drops in everyday use
        "got everything sorted for after school club",
        "been looking up ways to save on the gas",
        "the doctor gave me eye drops for him",
        # figures of speech, a child who wandered off for minutes, laughing
        "wanted the ground to swallow me when my phone went off in the meeting",
        "nearly died of shame at parents evening",
        "my heart was in my mouth when she fell off the slide but shes fine",
        "she wandered off in asda for like 2 mins, found her by the sweets",
        "ill kill him loool he ate my last yorkshire",
        # past and over, a milestone, reassurance, a meeting asked for, a repair promised, a hostel appliance
        "i used to cut in year 9 but ive stopped for 2 years now",
        "she used to hit me but thats all over, we're settled in the new house",
        "had panic attacks last yr, the therapist helped and i havent had one since",
        "6 weeks clean today, proud of myself",
        "im fine thanks for checking",
        "I want a meeting with the head teacher and you about his exclusions",
        "landlord says he'll send someone to fix the window next week",
        "the dryer in the hostel is broke again",
    ],
)
def test_round_15_near_misses_are_not_flagged(text: str) -> None:
    assert screen_inbound(text).flags == ()


@pytest.mark.parametrize(
    "text",
    [
        # a word of now keeps a past disclosure
        "i used to self harm and stopped for a year but i relapsed last night",
        "he used to hit me, thats all over for me now, im done",
        # a looked-up way with its purpose
        "been looking up ways to end it",
    ],
)
def test_round_15_gates_keep_the_flag(text: str) -> None:
    assert "safeguarding" in screen_inbound(text).flags


# The inappropriate word model (older than the round) reads these two as abuse; no phrase of the round may.
@pytest.mark.parametrize(
    "text", ["ill sort yours out tomorrow, the forms I mean", "your car will be ready by morning the garage said"]
)
def test_round_15_phrases_leave_everyday_yours_and_car_alone(text: str) -> None:
    assert not [s for s in screen_inbound(text).signals if not s.code.startswith("resembles_")]


# Round 15, after retraining the classifier: ordinary messages of the outbound development sets (probe31, probe33) and
# older labelled messages whose reading moved, fixed by class in sentences of our own.
@pytest.mark.parametrize(
    "text",
    [
        "ur a star for sorting the raffle, couldnt have managed it without u",
        "so proud of you, that drawing gave me goosebumps",
        "your nan showed me your art project, amazing",
        "parking is free after 6 if you come to the christmas market",
        "the gig at the youth club is worth a look if your lot are into grime",
        "bring your lot to the fun day",
        "been trying to call u about the appointment on friday",
        "can you help at the sponsored walk on sunday",
        "got a spare charger that fits yours if you want it",
        "i want a different social worker please",
        "back from a&e, they stitched it and shes fine",
        "the battery on my hearing aid has gone so text me",
    ],
)
def test_round_15_ordinary_news_is_not_flagged(text: str) -> None:
    assert screen_inbound(text).flags == ()


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("would love to see u in a swimsuit", "inappropriate"),
        ("pop round and ill show you something youll like ;)", "inappropriate"),
        ("your lot are all the same, go home", "inappropriate"),
        ("back from a&e but hes still not breathing right", "safeguarding"),
    ],
)
def test_round_15_classes_after_retraining_are_flagged(text: str, flag: str) -> None:
    assert flag in screen_inbound(text).flags


def test_every_inbound_phrase_starts_at_a_word() -> None:
    """Round 15: two of the round's phrases first began where the index cannot key on a word ("let the dog off" with
    no word boundary, "'ve got") and made it search thousands of literals in every message (p50 five times slower)
    while every other test passed. The index searches only a handful of literals in a whole message."""
    from carecomms.screening import inbound

    assert len(inbound._INDEX._find) < 50


# Round 15, a widening sweep of our own after the classes above (48 wordings: 5 missed or false, 1 left: "my rottweiler
# would love a piece of you" is veiled, inappropriate only).
@pytest.mark.parametrize(
    ("text", "flags"),
    [
        ("it's all sorted for afterwards x", {"safeguarding"}),
        ("been looking up how many paracetamol it takes", {"safeguarding"}),
        ("the showers in the hostel are broken again", set()),
        ("been googling how to save on the electric", set()),
        ("your lot were so kind to my dad", set()),
    ],
)
def test_round_15_sweep(text: str, flags: set[str]) -> None:
    assert set(screen_inbound(text).flags) == flags


# Round 15b (the ordinary messages of outbound_probe35 and probe36), by class in wordings of our own: waiting for
# someone told which bus to catch or when a place opens; known by what one wears or carries; the writer's own leave; a
# match talked about. Near misses below must still flag.
@pytest.mark.parametrize(
    "text",
    [
        "the advice centre is above the library on King St, opens at 9, I'll be waiting outside",
        "catch the 12 from the bus station, get off by the big Tesco, ill be waiting 👍",
        "take the number 7 to the hospital stop and I'll be waiting there",
        "doors open at half 6 so I'll be waiting in the queue",
        "see u at the station at 2, i'll be the one in the red hoodie",
        "meet u by the fountain, ill be the one with the black pram",
        "I'm back off maternity leave in June so you'll have me back as ur worker",
        "im back from annual leave on monday so u can ring me then",
        "what a game yesterday!! clean sheet again, u going to the match saturday?",
        "what a result last night, the lads were unreal, u see the goals?",
        "the boys won 3-1 on sunday, did u watch the derby",
        # a sweep of our own afterwards: a score in words, a reminder to charge a phone
        "we beat them 2 nil, the lads were buzzing",
        "make sure u charge ur phone tonight so i can text u the time",
        "can u put ur phone on charge before the trip",
    ],
)
def test_round_15b_ordinary_messages_are_not_flagged(text: str) -> None:
    assert screen_inbound(text).flags == ()


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        # the worker's own comings and goings or home in it: still harassment
        ("I know u finish at 5, ill be waiting outside", "inappropriate"),
        ("u start at 9 dont u, ill be waiting", "inappropriate"),
        ("get the bus home tonight, ill be waiting", "inappropriate"),
        ("ill be waiting for u after work", "inappropriate"),
        # leave named, but a threat said too
        ("im back off sick leave now and I know where you live", "inappropriate"),
        # a match named, but someone hurt: the model and the phrases still read it
        ("what a result on sat, clean sheet, then some lads jumped me outside the ground", "safeguarding"),
        ("the lads from the derby battered my son on sunday", "safeguarding"),
        ("the boys were class on sunday but my son got glassed after and hes in hospital", "safeguarding"),
        ("u watching the match tonight? i cant do this anymore tbh", "safeguarding"),
        # found in passing: an assault told as "jumped"
        ("my lad got jumped on his way home from school", "safeguarding"),
        ("some lads jumped me after the match on sat and i cant walk", "safeguarding"),
        ("she got beaten up outside the chippy", "safeguarding"),
        ("we beat them 2 nil then their lads jumped my son outside", "safeguarding"),
        ("charge ur phone, ill be waiting outside ur house tonight", "inappropriate"),
        ("i got mugged on the way home", "safeguarding"),
    ],
)
def test_round_15b_near_misses_still_flag(text: str, flag: str) -> None:
    assert flag in screen_inbound(text).flags


@pytest.mark.parametrize(
    "text",
    ["he jumped me in the queue at asda", "the dog jumped up at me when i got in", "proper got mugged off by the ref",
     "we got battered 5-0 lol"],
)
def test_round_15b_everyday_jumped_is_not_an_assault(text: str) -> None:
    assert "safeguarding" not in screen_inbound(text).flags


# Round 16 (inbound_ordinary1, everyday messages people send in; inbound_unseen32), by class in wordings of our own:
# an illness or a row that is over, a day out, a result or award, something made and shown off, an adaptation fitted,
# a bill queried, help with an everyday task, the worker's visit looked forward to, when the visit is, a photo of the
# home or of paperwork, medicine in a pharmacy pack, a plan agreed to, post or a thing mislaid, the worker thanked.
@pytest.mark.parametrize(
    "text",
    [
        "he had a sickness bug last week but hes keeping his food down again now",
        "Lily's had a temperature but she's on the mend",
        "Jayden and his cousin had a falling out over the xbox, all sorted now",
        "my foster carers took us to the cinema, we saw the new Pixar one",
        "I passed my theory test first time!!",
        "Maddie got star of the week at school 🌟",
        "made a curry from scratch tonight, not bad for a first go",
        "they fitted a key safe by the front door so the carers can get in",
        "the stair lift has made a massive difference to mum",
        "the water bill says we owe 200 but we're on a meter?",
        "is there a single person discount on council tax?",
        "the lady at the job centre helped me with my cover letter",
        "Nan wants to know if you take milk, she's got the kettle on for when you come",
        "Ruby keeps asking when she's seeing you, she wants to show you her new bike",
        "wat time are u coming round tmrw",
        "here's a photo of the damp in the kitchen, like you said",
        "Got my meds in a blister pack from the chemist now so I don't forget",
        "We talked it through and we agree with the new contact arrangements",
        "our parcels keep going missing from the porch",
        "I can't find my passport anywhere, do you have a copy",
        "You have been brilliant with the kids, thank you",
    ],
)
def test_round_16_everyday_messages_are_not_flagged(text: str) -> None:
    assert screen_inbound(text).flags == ()


@pytest.mark.parametrize(
    "text",
    [
        "my dad's waiting outside so I've got to go",
        "the taxi's waiting outside, see you next week",
        "mum said if I pass my exams she'll get me a new phone",
        "I don't know who else to speak to about my council tax",
        "weighed myself at the gym, lost 2 pounds",
        "a stone went through our window, the kids were playing football",
        "I'll pop round on monday and ring you first",
        "karma is a funny thing isn't it",
        "only had a banana today, been rushed off my feet",
    ],
)
def test_round_16_near_misses_are_not_flagged(text: str) -> None:
    assert screen_inbound(text).flags == ()


@pytest.mark.parametrize(
    ("text", "flags"),
    [
        # the everyday classes above do not hide a disclosure or abuse told with them
        ("she was poorly with a bug but now she's making herself sick after every meal", {"safeguarding"}),
        ("cant find my son anywhere and he's not answering", {"safeguarding"}),
        ("can't find my 13 year old, she's not at her dads", {"safeguarding"}),
        ("the post keeps going missing and now my daughter has gone missing too", {"safeguarding"}),
        ("the lads from work took me bowling then jumped me in the car park", {"safeguarding"}),
        ("I passed my theory but I want to kill myself", {"safeguarding"}),
        ("you've been sound with me but your manager is a fat cow", {"inappropriate"}),
        # harm wished as fate or payback; the worker mocked as alone; the worker's home or car attacked (inappropriate
        # only)
        ("karma's gonna catch up with you, mark my words", {"inappropriate"}),
        ("what goes around comes around and you'll find out", {"inappropriate"}),
        ("you lonely old maid", {"inappropriate"}),
        ("no wonder youre single you saddo", {"inappropriate"}),
        ("someone's gonna put a rock through ur windscreen", {"inappropriate"}),
        ("I'll smash all your windows in", {"inappropriate"}),
        # violence after a clause of getting to the worker: both flags
        ("I'll find out where you live and batter you", {"safeguarding", "inappropriate"}),
        ("im gonna follow you home and stab you", {"safeguarding", "inappropriate"}),
        # someone waiting or watching outside again; weighing over and over, almost nothing eaten, disgust after food
        ("shes parked across the road again, been there since 6", {"safeguarding"}),
        ("my ex keeps driving past my house every night", {"safeguarding"}),
        ("weighing myself about ten times a day", {"safeguarding"}),
        ("ate a yoghurt and now i feel disgusting", {"safeguarding"}),
        ("only had a rice cake all day", {"safeguarding"}),
        # something happened with nobody to tell; a warning that the writer is watched or will pay for telling
        ("something happened at my stepdads and i cant tell my mum", {"safeguarding"}),
        ("I don't know who else to talk to, it's about my brother", {"safeguarding"}),
        ("she told me if I talk to you she'll find out", {"safeguarding"}),
        ("he said if we go to the refuge he'd know", {"safeguarding"}),
    ],
)
def test_round_16_classes_are_flagged(text: str, flags: set[str]) -> None:
    assert set(screen_inbound(text).flags) == flags


@pytest.mark.parametrize(
    ("text", "flags"),
    [
        # round 16 (the lead, from probe39/probe41's ordinary messages): the writer's own accident, and a meeting place
        # named with "the" or "a" after "I'll be waiting at / by / near"
        ("I've broken my wrist falling off a ladder so can we do Friday", set()),
        ("I have broken my wrist so my sister will drive me to the meeting", set()),
        ("he broke my wrist when i tried to leave", {"safeguarding"}),
        ("my ex broke my nose again", {"safeguarding"}),
        ("I'll be waiting by the ice cream van at the beach", set()),
        ("ill be waiting near a big blue sign at arrivals", set()),
        ("I'll be waiting at the end of your street", {"inappropriate"}),
        ("ill be waiting outside your house tonight", {"inappropriate"}),
        ("I'll be waiting.", {"inappropriate"}),
    ],
)
def test_round_16_own_accident_and_meeting_places(text: str, flags: set[str]) -> None:
    assert set(screen_inbound(text).flags) == flags


# Round 17 (inbound_unseen35): everyday family life the safeguarding models weighed as a disclosure. The model is not
# asked about these (the phrases still read them), unless harm is told with them.
@pytest.mark.parametrize(
    "text",
    [
        # an illness, an operation or a fall, said to be managed or mending
        "my brother's had his appendix out, he's recovering at home",
        "Mum's been diagnosed with arthritis, the GP has her on new tablets and she's coping",
        "my nan's in hospital with a chest infection but they say she's improving",
        "grandad had a hip op in march and he's on the mend",
        # children's moods and squabbles
        "he's been a right grump since his phone got taken off him, typical teenager",
        "she stropped off to her room because I said no to a sleepover",
        "toddler tantrums are something else, he threw himself on the floor in Tesco",
        "the boys are fighting over the xbox again, kids are hard work",
        # something better since a change
        "she's eating better since the dietitian came round",
        "he's been settling much better since the new routine",
        # who will be at the visit and how to come in
        "my husband works away so it'll just be me and the kids",
        "baby will be asleep, don't ring the bell just text me",
        "my sister will come to interpret for me",
        # a benefits question
        "if my son gets a part time job will that affect my housing benefit?",
        # the service found wanting
        "whats the point in ringing the office if all I get is voicemail",
        # forms wearing the writer down
        "my head's done in with all this paperwork, can you help me fill it in",
    ],
)
def test_round_17_everyday_family_life_is_not_asked_about(text: str) -> None:
    from carecomms.screening.inbound import _not_asked_about_risk
    from carecomms.screening.text import normalise

    assert _not_asked_about_risk(normalise(text))
    assert "safeguarding" not in screen_inbound(text).flags


@pytest.mark.parametrize(
    "text",
    [
        # the same classes with harm told alongside are still read
        "my mum's in hospital with a chest infection and dad hasn't fed the kids in days",
        "she's been hormonal and moody and says she wants to die",
        "typical teenager, came home with a black eye and won't say who did it",
        "my husband works away and when he's back he hits me",
        "grandad has been diagnosed with dementia, he's stable but he wandered off last night and the police found him",
        "what's the point of anything anymore",
        "whats the point in having a life if nobody cares",
    ],
)
def test_round_17_everyday_family_life_with_harm_is_still_read(text: str) -> None:
    from carecomms.screening.inbound import _not_asked_about_risk
    from carecomms.screening.text import normalise

    assert not _not_asked_about_risk(normalise(text))


@pytest.mark.parametrize(
    ("text", "flags"),
    [
        # past and over in new words: an age then, "long behind me", a home held for years, "a good place these days"
        ("I was sofa surfing at 19 but I've had a tenancy for ages now", set()),
        ("I had a rough patch with self harm a few years back but I'm in a good place these days", set()),
        ("I was homeless when I was 17, that's well behind me", set()),
        ("I was homeless when I was 17 and I'm homeless again now", {"safeguarding"}),
        ("she started self harming at 14 and she's still doing it", {"safeguarding"}),
        # medicine run out and replaced; not when more is said to be wrong
        ("ran out of my inhaler so the pharmacist gave me an emergency supply", set()),
        ("ran out of my inhaler and the chemist gave me one but I still cant breathe", {"safeguarding"}),
        # pills set out ready, not a week's dose set out or taken from a cupboard
        ("I've got all my tablets out and I'm going to take them", {"safeguarding"}),
        ("got the paracetamol lined up on the table", {"safeguarding"}),
        ("got my tablets out ready for the week in the dosette box", set()),
        # a child dealing for others in street words
        ("my 14 year old is shotting for some lads from the city", {"safeguarding"}),
        ("they've got my 15 year old running for them", {"safeguarding"}),
        ("he's been selling for the olders on the estate", {"safeguarding"}),
        ("I've got my son running for the bus every morning", set()),
        ("he was shoting hoops in the park", set()),
        # veiled intimidation of the worker (inappropriate only)
        ("one more visit and you'll wish you'd never crossed me", {"inappropriate"}),
        ("ull wish u never came to my door", {"inappropriate"}),
        ("you'll wish you'd never asked, the form is forty pages long", set()),
        # a leer at what the worker wore
        ("phwoar you looked good at the meeting today", {"inappropriate"}),
        ("that skirt you wore on friday 🥵", {"inappropriate"}),
        ("phwoar this curry is hot", set()),
        ("that dress you wore on tuesday was lovely, where's it from?", set()),
    ],
)
def test_round_17_classes(text: str, flags: set[str]) -> None:
    assert set(screen_inbound(text).flags) == flags


# Round 17, written after unseen35 to test the classes on wording of our own: more of everyday life the models were not
# to be asked about, and each with harm told alongside.
@pytest.mark.parametrize(
    "text",
    [
        # a game, a pet, a figure of speech
        "my son's raging because he keeps getting killed in fortnite",
        "he rage quit fifa and threw the controller",
        "the cat brought a dead mouse in, the kids screamed the house down",
        "she's been crying all morning because her goldfish died",
        "he's driving me up the wall",
        "my daughter wants to dye her hair blue, I said over my dead body",
        "my ex keeps being late picking the kids up, it's doing my head in",
        # an ordinary illness, a routine check, a knock said to be minor, a growth spurt, a childhood ailment
        "I've been so poorly with flu, haven't left the house in days",
        "Just got home from the hospital with mum, she had her eye test",
        "He fell off his bike and scraped his knee, nothing major",
        "Im gonna be late, the baby's just been sick all down me",
        "he's shot up, none of his school trousers fit him",
        "the kids have nits AGAIN, I give up",
        "he's wet the bed again, is that normal at 6?",
        # a child upset over a friend; low mood with help named
        "he came home from school crying because he fell out with his best mate",
        "I've been feeling a bit down since dad passed but my GP is helping",
    ],
)
def test_round_17_more_everyday_life_is_not_asked_about(text: str) -> None:
    from carecomms.screening.inbound import _not_asked_about_risk
    from carecomms.screening.text import normalise

    assert _not_asked_about_risk(normalise(text))
    assert "safeguarding" not in screen_inbound(text).flags


@pytest.mark.parametrize(
    "text",
    [
        "a man on roblox keeps messaging her and asking for pics",
        "she keeps getting killed in fortnite and now she says she wants to die",
        "the dog got out and a man grabbed my daughter when she went after it",
        "our dog died and now he says he wants to be dead too",
        "he fell off his bike but his dad hit him for crying",
        "I've been poorly with flu and I'm scared he'll take the kids while I'm in bed",
    ],
)
def test_round_17_more_everyday_life_with_harm_is_still_read(text: str) -> None:
    from carecomms.screening.inbound import _not_asked_about_risk
    from carecomms.screening.text import normalise

    assert not _not_asked_about_risk(normalise(text))
    assert "safeguarding" in screen_inbound(text).flags


@pytest.mark.parametrize(
    ("text", "flags"),
    [
        # wanting to die said of someone else; not dying of embarrassment
        ("my daughter wants to die", {"safeguarding"}),
        ("he keeps saying he wants to be dead", {"safeguarding"}),
        ("she wishes she was never born", {"safeguarding"}),
        ("he wanted to die of embarrassment when his mum turned up", set()),
        # eating a lot is not refusing food
        ("she's stopped eating and is making herself sick", {"safeguarding"}),
        # a surprise given away, a finger pricked; not the same words of a threat or an injury done to someone
        ("she'll kill me if she knows I told you about her birthday surprise", set()),
        ("he'll kill me if he finds out I told you", {"safeguarding"}),
        ("he stabbed his finger with a compass in maths, they put a plaster on", set()),
        ("he stabbed her hand with a fork", {"safeguarding"}),
    ],
)
def test_round_17_more_classes(text: str, flags: set[str]) -> None:
    assert set(screen_inbound(text).flags) == flags


@pytest.mark.parametrize(
    ("text", "flags"),
    [
        # round 17: harm wished on the worker as what they "ought to" get; a threat in a goodbye
        ("you ought to be strung up", {"inappropriate"}),
        ("people like you need putting down", {"inappropriate"}),
        ("you want stringing up for what you did", {"inappropriate"}),
        ("you should be hung out to dry for this", set()),
        ("you should get shot of that old sofa", set()),
        ("the dog needs to be put down, can you help with the vet bill", set()),
        ("enjoy your job while you can", {"inappropriate"}),
        ("make the most of your little life while you still can", {"inappropriate"}),
        ("enjoy the sunshine while you can", set()),
        # a tracker hidden on the person's things; not one the writer put on their own
        ("he's put a tracker on my car", {"safeguarding"}),
        ("found an airtag in my bag, it must be him", {"safeguarding"}),
        ("she's put a spy app on my phone", {"safeguarding"}),
        ("I've just put a tracker on my bike", set()),
        ("we put a tracker on the dog's collar", set()),
    ],
)
def test_round_17_wishes_goodbyes_and_trackers(text: str, flags: set[str]) -> None:
    assert set(screen_inbound(text).flags) == flags


ROUND_17_RISK_GUARD = [
        # round 17: a child kept off with a temperature, a new baby, tea and bed, a child being a pain, an idiom
        ("my lil 1 has got a temp so keepin her off", False),
        ("I am sorry I can not come, my wife is in hospital having baby", False),
        ("our kid's had his tea and gone to bed", False),
        ("he's been a right pain all day, dunno what's got into him", False),
        ("honestly my kids will be the death of me", False),
        ("our Kyle's been off his food a bit, think he's coming down with something", False),
        ("Tommy's asking if he can have a sleepover at his mates", False),
        ("I haven't heard from the benefits people in weeks", False),
        ("she's been glued to her phone all day", False),
        ("he ran off in the park and gave me a heart attack, found him by the swings", False),
        ("the fridge is empty so I'm doing a big shop tomorrow after payday", False),
        ("the kids have been fighting all day over nothing", False),
        ("she's been sleeping at her nan's this week cos of the decorating", False),
        ("I think I'm getting the flu, everyone at work has it", False),
        # the guard: a night shift, a temperature or a new baby told with harm, control, a bedroom or no heating
        ("my step dad comes in my room when mum is on nights", True),
        ("no gas no leccy and the baby has a temp", True),
        ("my daughter has a temperature and he won't let me take her to the doctor", True),
        ("had the baby 2 weeks ago and I can't stop crying, I don't want her", True),
        ("found him by the swings, he wasn't breathing properly", True),
        ("she's asking if she can stay at his flat, he's 24", True),
        ("nae heating nae electric, the wean's got a chest infection", True),
        ("the fridge is empty and there's no food till payday, the kids are starving", True),
]


@pytest.mark.parametrize(
    ("text", "flags"),
    [
        # round 17: an adult, often a trusted one, messaging a child privately or at night
        ("my daughter's teacher messages her on snapchat late at night", {"safeguarding"}),
        ("her football coach keeps texting her at 1am", {"safeguarding"}),
        ("the youth leader has been dming my son on tiktok and told him to keep it secret", {"safeguarding"}),
        ("the teacher messaged me about her homework late at night", set()),
        ("her coach texts her the training times on whatsapp", set()),
    ],
)
def test_round_17_an_adult_messaging_a_child_privately(text: str, flags: set[str]) -> None:
    assert set(screen_inbound(text).flags) == flags


@pytest.mark.parametrize(
    ("text", "flags"),
    [
        # round 18: the writer means to hurt someone else (harm_to_others)
        ("swear down im gonna batter that prick next door", {"safeguarding"}),
        ("gonna go round and kick his head in", {"safeguarding"}),
        ("I'm going to smash my ex's face in when I see him", {"safeguarding"}),
        ("when i see him im going to knock him out", {"safeguarding"}),
        ("going over there to do him in tonight", {"safeguarding"}),
        ("im gonna glass the lad who did this to my son", {"safeguarding"}),
        ("Im going to give her a good hiding", {"safeguarding"}),
        ("ill stab my stepdad if he comes back", {"safeguarding"}),
        # near neighbours: hyperbole about family, a game, a thing, a lodger put out, said laughing
        ("i am going to murder my sister she's nicked my straighteners", set()),
        ("I'll smash my brother at fifa later", set()),
        ("im going to beat my cousin at pool tonight", set()),
        ("gonna batter the fish for tea", set()),
        ("ill do the kids tea then ring u", set()),
        ("going round to see my ex about the kids", set()),
        ("the cat's been on the table again, I'll throttle him lol", set()),
        # round 18: retaliation feared for telling, in other words; a surprise given away is not
        ("my mum will kill me if she finds out i spoke to you", {"safeguarding"}),
        ("im dead if he finds out i told social services", {"safeguarding"}),
        ("my brother said he'd kill me if i ever told anyone", {"safeguarding"}),
        ("he'll batter me when he hears i rang you", {"safeguarding"}),
        ("she'll kill me if she finds out I told you about the party we're planning", set()),
        ("my mum will kill me if she finds out i ate the last biscuit", set()),
        # round 18: the worker called a grass; the lawn is not
        ("ur a dirty grass", {"inappropriate"}),
        ("the fucking grass is a foot high", set()),
        ("you cut the grass yet?", set()),
        # round 18: "do" as a task, not a threat; a person done still is
        ("they said they'll do my assessment next week", set()),
        ("she said she'll do the school run tomorrow", set()),
        ("he said he'll do the kids if i leave", {"safeguarding"}),
        # round 18: someone asked to help with a task is not a medical emergency; a plea or a missing child still is
        ("could someone help me understand this letter from the council", set()),
        ("can someone help with the housing application pls", set()),
        ("someone help he's hitting her", {"safeguarding"}),
        ("can someone help me find my son hes not come home", {"safeguarding"}),
        # round 18: a protective order still in force, with the harm said to be over, is not harm happening now
        ("he went to prison years ago and the restraining order is still in place, we're safe now", set()),
        ("he hit me years ago, the order is still in place but hes still turning up, im fine now", {"safeguarding"}),
    ],
)
def test_round_18_classes(text: str, flags: set[str]) -> None:
    assert set(screen_inbound(text).flags) == flags


ROUND_18_RISK_GUARD = [
        # round 18: everyday news and errands the models are not asked about
        ("been sober 18 months today", False),
        ("been off the gear a year this week", False),
        ("Jayden got his GCSE results, three 6s and a 7!", False),
        ("parents evening went really well, teacher says hes doing great", False),
        ("she got picked for the netball team, over the moon", False),
        ("is there a grant for white goods? moving in next week", False),
        ("any chance of help with carpets and curtains for the new flat", False),
        ("kids are at their dads every other weekend like usual", False),
        ("he's going to his mums for half term as normal", False),
        ("doc put my citalopram up and I feel a bit better", False),
        ("on a higher dose of mirtazapine now, sleeping loads better", False),
        ("the psychiatrist changed my meds and its helping", False),
        ("phone died on me, what did u want", False),
        ("sorry had no signal at my mums", False),
        ("battery's been flat all day soz", False),
        # the guard: a struggle, a worry, harm, a phone taken or checked, a child not home
        ("been clean six months but last night i used again", True),
        ("he got his school report and hes scared to show his dad", True),
        ("shes at her dads this weekend as planned but im worried he drinks", True),
        ("she's at her dad's for the weekend and came back with a bruise", True),
        ("my phone was dead because he took my charger again", True),
        ("sorry my phone was off, he checks it", True),
        ("Kayden never came home from college and his phone is off", True),
        ("all ive got is a mattress, no food and the kids are freezing", True),
]


@pytest.mark.parametrize(
    "text",
    [
        "doc put my tablets up but im worse, whats the point",
        "feeling no better, what is the point",
        "honestly whats the point any more",
        "what's the point in any of it",
        "whats the point in trying",
    ],
)
def test_feeling_worse_and_asking_what_the_point_is_is_read_as_hopelessness(text: str) -> None:
    signals = screen_inbound(text).signals
    assert [s for s in signals if s.code == "suicide_self_harm"], text


@pytest.mark.parametrize(
    "text",
    [
        "im getting worse at maths whats the point of algebra",
        "what's the point of the meeting on tuesday?",
        "what's the point in having a duty line if no one picks up",
        "I'm worse than my mum at cooking",
    ],
)
def test_the_point_of_a_thing_or_worse_at_a_thing_is_not_hopelessness(text: str) -> None:
    assert not [s for s in screen_inbound(text).signals if s.code == "suicide_self_harm"], text


@pytest.mark.parametrize(
    "text",
    [
        "she's at her dad's as planned but I'm worried he drinks",
        "the kids are stopping at their nan's and im scared shes using again",
        "kids at their dads, im worried hes back on the gear",
        "my son is staying with his mum and im really concerned shes drinking",
    ],
)
def test_a_child_staying_with_someone_whose_drinking_worries_the_writer_is_a_child_at_risk(text: str) -> None:
    assert [s for s in screen_inbound(text).signals if s.code == "child_at_risk"], text


@pytest.mark.parametrize(
    "text",
    [
        "kids are at their dads till sunday, worried about the drive back in the snow",
        "the boys are at my mum's, she's not been drinking for years, all good",
        "she's at her dad's, worried he'll forget her inhaler",
    ],
)
def test_a_child_at_the_other_parents_with_another_worry_is_not_this_class(text: str) -> None:
    assert not [s for s in screen_inbound(text).signals if s.code == "child_at_risk"], text


# ---- round 19b (inbound_unseen41): disclosures in words other writers use, and everyday care arrangements ------------
# Wordings written for each class before the tests; none is a line of the development set.
@pytest.mark.parametrize(
    ("text", "code"),
    [
        # an overdose meant by "the lot" or a whole box or packet
        ("im taking the lot tonight and thats that", "suicide_self_harm"),
        ("gonna neck the whole packet of them, cant do this", "suicide_self_harm"),
        ("just swallowed the whole box", "suicide_self_harm"),
        # a goodbye in reassurance
        ("dont worry about me. you were one of the good ones x", "suicide_self_harm"),
        ("I'm fine really. Give my love to the team", "suicide_self_harm"),
        # not eating, weight falling fast
        ("barely eating, dropped 6 kilos since christmas, dont tell mum", "eating_disorder"),
        ("she's not eating again and her clothes are loose", "eating_disorder"),
        # a young person given drink or drugs and filmed
        ("they got her drunk at the party and took videos of her", "violence_abuse"),
        ("some older lads gave him pills and filmed him", "violence_abuse"),
        ("he filmed me and i didnt want to", "violence_abuse"),
        # a drunk partner punching through a door or wall
        ("he came home steaming and put his fist through the wall", "violence_abuse"),
        ("my ex turned up drunk and smashed the tv", "violence_abuse"),
        ("he punched the door in front of the kids", "violence_abuse"),
        # someone convicted of harming a child with children again
        ("he's moved in with a woman who has kids and he did time for what he did to my daughter", "child_at_risk"),
        ("she doesnt know he's on the register and she's got two girls", "child_at_risk"),
        # drink or drugs used with the children in
        ("got wasted with the baby asleep upstairs", "child_at_risk"),
        ("I was off my face when the kids were home", "child_at_risk"),
        # a child's whereabouts held back
        ("you'll never find out where the kids are", "child_at_risk"),
        ("pay me and ill tell you where the baby is", "child_at_risk"),
        # an adult who needs care left in their own urine, care withdrawn in anger
        ("the carers left dad sitting in his own piss all morning", "basic_needs"),
        ("I'm not feeding him any more, he can starve for all I care", "basic_needs"),
        # spitting at the worker threatened
        ("ill gob on you next time i see you", "threat_to_worker"),
    ],
)
def test_round_19b_classes(text: str, code: str) -> None:
    assert [s for s in screen_inbound(text).signals if s.code == code], text


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("I'll take the lot, thanks, the kids need clothes", "suicide_self_harm"),
        ("taking the lot to the charity shop tomorrow", "suicide_self_harm"),
        ("took the whole box to the tip", "suicide_self_harm"),
        ("thanks for everything, you were one of the good ones, good luck in the new job", "suicide_self_harm"),
        ("Don't worry about me I'm fine! Have a lovely christmas and give my love to the team x", "suicide_self_harm"),
        ("lost a stone in 3 weeks at slimming world!! buzzing", "eating_disorder"),
        ("I'm not eating again at that cafe, it was rank", "eating_disorder"),
        ("my mate filmed us at the school disco, so funny", "violence_abuse"),
        ("came home drunk from the wedding and fell asleep on the sofa lol", "violence_abuse"),
        ("my new partner has two kids and has a clean record", "child_at_risk"),
        ("used the car while the kids were at school", "child_at_risk"),
        ("had a glass of wine after the kids were in bed", "child_at_risk"),
        ("I'll tell you where the kids are staying at half term when I know", "child_at_risk"),
        ("I'm not changing her anymore she's out of nappies now!", "basic_needs"),
        ("the baby spat up on me lol", "threat_to_worker"),
    ],
)
def test_round_19b_classes_keep_their_neighbours_out(text: str, code: str) -> None:
    assert not [s for s in screen_inbound(text).signals if s.code == code], text


ROUND_19B_RISK_GUARD = [
        # round 19b: everyday care arrangements the safeguarding models are not asked about
        ("Dad's home from hospital, the carers start Monday and the OT delivered a commode", False),
        ("stairlift going in next week finally", False),
        ("how do we apply for short breaks for our Jack", False),
        ("remember her school shoes for Monday please", False),
        ("my anxiety is loads better on the new meds", False),
        ("if the boiler packs in one more time I'm moving to spain", False),
        # the guard: a struggle, a worry or harm beside it
        ("is there any way to get respite, I cant cope anymore", True),
        ("carers start tomorrow but I'm worried he'll fall again", True),
        ("the ramp is going in next week but he pushed me down the step again", True),
        ("remember his inhaler, he couldn't breathe last night and I was scared", True),
]


ROUND_19B_ABUSE_GUARD = [
        ("not you obvs, the last one was a nightmare", False),
        ("wanted to be honest with you, I had a couple of cans on saturday", False),
        ("I know I said I'd go to the meeting but I slept in", False),
        ("you're a useless cow", True),
]


# ---- round 20b (inbound_unseen43): disclosures in other words, the everyday run of a child-in-need caseload ---------
# Wordings written for each class; none is a line of the development set.
@pytest.mark.parametrize(
    ("text", "code"),
    [
        # something heavy thrown at the writer or the children
        ("she lobbed a plate at my head last night", "violence_abuse"),
        ("he chucked his pint over me in front of everyone", "violence_abuse"),
        ("my partner threw a mug and it just missed the baby", "violence_abuse"),
        # a parent taking the children to hide from the service
        ("me and the kids are going somewhere nobody will find us", "child_at_risk"),
        ("you lot will never see my kids again", "child_at_risk"),
        # a child of 15 or under pregnant, or sleeping with someone
        ("my sister is 14 and pregnant and mum doesnt know", "child_at_risk"),
        ("she got pregnant at 13", "child_at_risk"),
        ("my 15 year old's pregnant, what do I do", "child_at_risk"),
        # a child bitten or attacked by a dog
        ("next door's staffy went for our Mia, her arm's a mess", "child_at_risk"),
        ("my son's been bitten by his dad's dog", "child_at_risk"),
        # an adult with dementia wandering off at night
        ("mam keeps wandering off in the night, i cant watch her all the time", "basic_needs"),
        ("police brought nan home, found her in the street in her nightie at 2am", "basic_needs"),
        ("he's gone walkabout again, third time this week", "basic_needs"),
        # a baby who went blue, stiff or floppy, or had a fit
        ("she went grey and floppy for a minute then came round", "medical_emergency"),
        ("his lips went blue in the bath and hes really sleepy", "medical_emergency"),
        ("the baby had a fit this morning, hes sleeping", "medical_emergency"),
        # a slur starred out; the worker's race made the reason they cannot know
        ("your a f***ot", "discrimination"),
        ("what does some asian bloke know about our family", "discrimination"),
        ("not having a muslim woman lecturing me about my kids", "discrimination"),
        # a good time offered to the worker
        ("pop round tonight and ill give u a good time", "sexual"),
        # veiled intimidation with "when"; spitting at the worker as what will happen
        ("dont be surprised when something happens to your windows", "threat_to_worker"),
        ("im gobbing in your face when i see you", "threat_to_worker"),
    ],
)
def test_round_20b_classes(text: str, code: str) -> None:
    assert [s for s in screen_inbound(text).signals if s.code == code], text


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("she threw a party for his birthday, it was lush", "violence_abuse"),
        ("my nan threw her shoes in the bin", "violence_abuse"),
        ("the contact centre is where you can see them on saturdays", "child_at_risk"),
        ("she's 15 and expects to get her GCSEs", "child_at_risk"),
        ("her 12 week scan is on monday, she's pregnant with twins", "child_at_risk"),
        ("the dog bit the postman's bag lol", "child_at_risk"),
        ("next door's dog went for our cat again", "child_at_risk"),
        ("the cat's gone walkabout again", "basic_needs"),
        ("you should be careful walking home at night", "basic_needs"),
        ("my hair went grey at 30", "medical_emergency"),
        ("she had a fit of giggles at the dentist", "medical_emergency"),
        ("what would a black cab cost to the station", "discrimination"),
        ("dont be surprised when I dont answer, my phone is broken", "threat_to_worker"),
        ("we had a good time at the park", "sexual"),
    ],
)
def test_round_20b_classes_keep_their_neighbours_out(text: str, code: str) -> None:
    assert not [s for s in screen_inbound(text).signals if s.code == code], text


ROUND_20B_RISK_GUARD = [
        # round 20b: everyday asks and news the safeguarding models are not asked about
        ("do you know any charity that helps with a pushchair? ours broke", False),
        ("is there a grant for school uniform, the blazer is £45", False),
        ("got a place at the nursery round the corner, 15 free hours", False),
        ("her ear infection was bad, GP gave her antibiotics and she's loads better now", False),
        ("tell my dad to let me have my xbox back, ive done my homework", False),
        ("she's been excluded for 2 days for answering back, school want a meeting, head wants to see me tues", False),
        ("landlord came and the boiler's fixed finally", False),
        ("cant wait for u to see the garden, we planted loads", False),
        ("she wont sleep in her own bed, any tips", False),
        ("at the dentist this morning so wont be answering till after 12", False),
        ("nobody is telling me how to bring up my kids", False),
        ("will social services take my baby away?", False),
        # the guard: harm, hardship or worry beside it
        ("is there any help with food, theres nothing in and the kids are hungry", True),
        ("he's been suspended for 3 days for bringing a knife, head wants to see me", True),
        ("any tips? he hits me when he doesn't get his own way", True),
        ("will they take my kids away? he beat me again last night", True),
        ("kids are at their dads so im just drinking till i pass out", True),
]


ROUND_20B_ABUSE_GUARD = [
        ("it's his birthday party on saturday, you're more than welcome to come", False),
        ("whats your email address, ill send the letters over", False),
        ("that's fine, see you friday x", False),
        ("you're a useless cow", True),
        ("see you friday", True),
]


# ---- round 20a (inbound_unseen42): disclosures in other words, and the ordinary run of a rural county's year ---------
# Wordings written for each class before the tests; none is a line of the development set.
@pytest.mark.parametrize(
    ("text", "code"),
    [
        # the means of self-harm in the writer's hand, said with "is"
        ("the pills are in my hand now. bye", "suicide_self_harm"),
        ("knife against my wrist and i dont care any more", "suicide_self_harm"),
        # the writer's own death laid at the worker's door
        ("if im not here tomorrow thats on u", "suicide_self_harm"),
        ("my blood's on your hands", "suicide_self_harm"),
        # a named person who hit the writer, on a day or at a time told
        ("Darren punched me last night in front of the kids", "violence_abuse"),
        ("good new year, Lee slapped me on new years eve but we're fine", "violence_abuse"),
        # a disclosure hinted at
        ("nobody knows what my stepdad does to me at night", "violence_abuse"),
        ("if i tell you what he does to me will you tell my mum", "violence_abuse"),
        # someone's behaviour bad again, and the writer asks to talk in person
        ("things have been kicking off again at home, can you come sooner, cant say on here", "violence_abuse"),
        # a threat to take a child where nobody will find them
        ("ill disappear with the kids and yous will never see them again", "child_at_risk"),
        ("I'll take them abroad and never come back", "child_at_risk"),
        # the writer going without food so it stretches or the children can eat
        ("skipping meals so the kids have enough, its fine", "basic_needs"),
        ("only eating every other day till payday", "basic_needs"),
        # a carer stopping someone's food or medicine in anger
        ("im not giving her the insulin no more, she can rot", "basic_needs"),
    ],
)
def test_round_20a_classes(text: str, code: str) -> None:
    assert [s for s in screen_inbound(text).signals if s.code == code], text


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("the door hit me in the face at work lol", "violence_abuse"),
        ("the dog bit me yesterday, just a nip", "violence_abuse"),
        ("what my mum does for me is amazing", "violence_abuse"),
        ("you should see what my dad did to the garden", "violence_abuse"),
        ("he's been bad again at school, can we talk in person at parents evening", "violence_abuse"),
        ("i'll take them to the park and you can see them there", "child_at_risk"),
        ("we're taking the kids to Spain, you can find the forms attached", "child_at_risk"),
        ("I have one meal a day, its just how I like it", "basic_needs"),
        ("Do you go without so the kids can eat?", "basic_needs"),
        ("if i die of boredom in this queue bury me with my phone lol", "suicide_self_harm"),
        ("if i end up dead tired tomorrow its on you for booking it so early", "suicide_self_harm"),
    ],
)
def test_round_20a_hard_negatives(text: str, code: str) -> None:
    assert not [s for s in screen_inbound(text).signals if s.code == code], text


ROUND_20A_RISK_GUARD = [
        ("Had the baby's jabs today, she screamed but she's fine now", False),
        ("optician says he needs glasses, booked in to pick them", False),
        ("the shower's been leaking for weeks, reported it twice", False),
        ("any news from the housing panel on my bid?", False),
        ("can't make the session thursday, they've put me on lates at work", False),
        ("her foster mum is lovely and she's settled in at the new school", False),
        ("would it be ok if my nan came to the review", False),
        ("please tell the court i want to live with my dad", False),
        # the guard: harm, a worry or someone coming in at night beside it
        ("landlord keeps coming in without asking at night, reported it 3 times", True),
        ("had her jabs today but i'm worried about the bruises on her legs", True),
        ("the foster carer is lovely but he says the other lad hits him", True),
]


ROUND_20A_ABUSE_GUARD = [
        ("Bloody council have lost my form again, can you chase them", False),
        ("can u let the panel know i want to stay near my school", False),
        ("you're a useless cow", True),
]


@pytest.mark.parametrize(
    ("text", "asked"),
    ROUND_17_RISK_GUARD + ROUND_18_RISK_GUARD + ROUND_19B_RISK_GUARD + ROUND_20A_RISK_GUARD + ROUND_20B_RISK_GUARD,
)
def test_the_guards_keep_harm_read(text: str, asked: bool) -> None:
    """Each round's everyday kinds are not put to the safeguarding models; harm, worry or neglect beside them is."""
    from carecomms.screening.inbound import _not_asked_about_risk
    from carecomms.screening.text import normalise

    assert _not_asked_about_risk(normalise(text)) is not asked


@pytest.mark.parametrize(("text", "asked"), ROUND_19B_ABUSE_GUARD + ROUND_20A_ABUSE_GUARD + ROUND_20B_ABUSE_GUARD)
def test_everyday_kinds_are_not_asked_about_abuse(text: str, asked: bool) -> None:
    """Each round's everyday kinds are not put to the inappropriate models; a remark aimed at the worker is."""
    from carecomms.screening.inbound import _not_asked_about_abuse
    from carecomms.screening.text import normalise

    assert _not_asked_about_abuse(normalise(text)) is not asked


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # lead, after round 20: thanks or help no longer needed beside a decision made about nothing named
        ("thank you for all your help this year, I wont be needing it anymore, I have made my decision", True),
        ("I have made my decision, thank you for everything", True),
        ("ive made my mind up. look after yourself x", True),
        # a decision about a thing, or what it is said straight after
        ("thank you for all your help, I have made my decision about the flat, I'm taking it", False),
        ("I have made my decision and Im going with the college course, thanks for everything", False),
        ("thanks for everything, ive made up my mind, im moving to leeds", False),
        ("thank you for all your help with the forms, I have made my decision to stay", False),
    ],
)
def test_a_decision_beside_a_farewell_is_read_as_suicide_risk(text: str, flagged: bool) -> None:
    found = [s for s in screen_inbound(text).signals if s.code == "suicide_self_harm"]
    assert bool(found) is flagged, text


@pytest.mark.parametrize(
    ("text", "flags"),
    [
        # round 22: on the railway, the railway kept in mind, goodbye letters, a medicine's harmful amount asked
        ("sat on the train tracks. its quiet here", {"safeguarding"}),
        ("i keep thinking about the train line behind my house", {"safeguarding"}),
        ("im writing letters to everyone. just wanted to say thank you", {"safeguarding"}),
        ("whats the most paracetamol someone can take before its dangerous", {"safeguarding"}),
        ("walking along the railway line with the dog", set()),
        ("keep thinking about the train line strike, how will i get to work", set()),
        ("wrote a note for the kids saying back at 6", set()),
        # a scald, a child beaten, a child kept dirty and out of school, staff threatened
        ("toddler pulled the kettle over, his arm is all blistered", {"safeguarding"}),
        ("the lads from the derby battered my son on sunday", {"safeguarding"}),
        ("shes filthy and never goes to school", {"safeguarding"}),
        ("the kids are filthy from the park, they never go in the bath without a fight", set()),
        ("i'll go in and kill that headteacher i swear to god", {"safeguarding"}),
        # round 22b: meningitis's signs, no heat with children in coats, an injury explained away, credit in the
        # writer's name, a protective order broken, a home used by others, a child's words of bad things, medicine
        # overdone
        ("she has spots that dont go when i press a glass", {"safeguarding"}),
        ("ive got no credit on my meter and my son is asleep in his coat", {"safeguarding"}),
        ("fell down the stairs again lol. please dont say nothing about it when you come", {"safeguarding"}),
        ("dont say anything about it to my mum its a surprise", set()),
        ("hes making me sign for loans in my name", {"safeguarding"}),
        ("he's still texting me all night even with the order", {"safeguarding"}),
        ("lads from the flats keep coming to mine and using my kitchen and leaving bags", {"safeguarding"}),
        ("daddy's friend is scary, he does bad things", {"safeguarding"}),
        ("i think my dad is overdoing the pills the doctor gave him", {"safeguarding"}),
        # round 22b: explicit violence to the worker is both flags; a wish stays inappropriate only
        ("keep ur nose out of my family or ill break it", {"safeguarding", "inappropriate"}),
        ("ill burn ur car wiv u in it", {"safeguarding", "inappropriate"}),
        ("if u dont get my kids back ur gonna get hurt", {"safeguarding", "inappropriate"}),
        ("hope your house burns down with you in it", {"inappropriate"}),
        # round 22: everyday kinds two blind writers each wrote, and a club or a tip run
        ("Mum had a fall last night, paramedics came and checked her over and she's fine just bruised", set()),
        ("I had a fall, he pushed me, im ok just bruised", {"safeguarding"}),
        ("my foster carer took my phone off me cos i was on it at 1am", set()),
        ("going to the bridge club tonight", set()),
        ("he has taken something to the tip for me", set()),
    ],
)
def test_round_22_classes(text: str, flags: set[str]) -> None:
    assert set(screen_inbound(text).flags) == flags, screen_inbound(text).signals


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # round 22b: children in their coats are no heat told only beside the house's heat gone (the backstop may still
        # read a message, but not as this)
        ("the kids fell asleep in the car with their coats on after the party", "basic_needs"),
        ("hope your house burns down with you in it", "threat_of_violence"),
    ],
)
def test_round_22_phrases_keep_their_neighbours_out(text: str, code: str) -> None:
    assert code not in {signal.code for signal in screen_inbound(text).signals}


@pytest.mark.parametrize(
    ("text", "flags"),
    [
        # round 23: the writer's own violence to the worker in other words is both flags (round 11's decision)
        ("stop ringing me u nosy cow or ill come down there and sort u out", {"safeguarding", "inappropriate"}),
        ("if i knew where u lived id come round and sort u out proper", {"safeguarding", "inappropriate"}),
        ("if i see u in the street ur gettin it, swear down", {"safeguarding", "inappropriate"}),
        ("if u take my kids ill find out where u live n ur kids will be next", {"safeguarding", "inappropriate"}),
        # people sent to do it, and harm to property, stay veiled threats (round 11)
        ("ill get my lads to sort you out", {"inappropriate"}),
        ("my lads will come round and sort you out", {"inappropriate"}),
        ("I'll put a brick through your window", {"inappropriate"}),
        # the everyday verbs are a threat only as the whole of it
        ("ill get you, mark my words", {"inappropriate"}),
        ("ill find u and u'll be sorry", {"inappropriate"}),
        ("im gonna find you when you least expect it", {"inappropriate"}),
        ("people like you need putting down", {"inappropriate"}),
        # round 23: something got, made or kept for the worker; the worker met at a named place
        ("I'll get you a brew when you come in", set()),
        ("ill sort you out a lift for thursday if you need", set()),
        ("my mum will sort you out with a cuppa when u come", set()),
        ("ill knock you up a sandwich when u come round", set()),
        ("ill burn you a CD of the photos", set()),
        ("ill find you in the waiting room", set()),
        ("ill find u at the school gates at 3", set()),
        ("ill sort your forms out tomorrow", set()),
        ("I'll get your number off my mum", set()),
        ("ur kids will be next to get the vouchers", set()),
    ],
)
def test_round_23_classes(text: str, flags: set[str]) -> None:
    assert set(screen_inbound(text).flags) == flags, screen_inbound(text).signals
