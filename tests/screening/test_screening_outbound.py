"""Carla, a practitioner in the adults team, writes to people she supports; these are her messages."""

import pytest

from carecomms.screening import Category, OutboundContext, screen_outbound
from carecomms.screening.cli import COUNCIL_CONTEXT

COUNCIL = OutboundContext(
    practitioner_names=("Carla",),
    organisation_phone_numbers=("020 8496 0301",),
    organisation_email_domains=("walthamforest.gov.uk",),
    organisation_places=("Town Hall", "Forest Road"),
)


def codes(text: str, name: str | None = None, context: OutboundContext = COUNCIL) -> set[str]:
    return {f.code for f in screen_outbound(text, recipient_first_name=name, context=context).findings}


def categories(text: str, name: str | None = None) -> tuple[str, ...]:
    return screen_outbound(text, recipient_first_name=name, context=COUNCIL).categories


@pytest.mark.parametrize(
    "text",
    [
        "Hi Jenny, it's Carla from the adults team. Just checking you're still ok for Wednesday at 11?",
        "Hi Sam, how are you? Are you still OK for Tuesday?",
        "Meet me in room 3B at the Town Hall at 2.30 on 14 March.",
        "The 158 bus stops right outside, and the W15 goes from the station.",
        "Dean, the office number is 020 8496 0301 if my mobile goes to voicemail.",
        "Ring me on 020 7946 0188 if you get lost.",
        "Email me at carla.jones@walthamforest.gov.uk if that's easier.",
        "Make sure your phone is charged, I'll ring at 3.",
        "The office is next to the police station.",
        "Sorry, the 34 bus broke down, I'm 10 minutes late.",
        "Hi Christian, see you Friday.",
        "Hi Hope, the appointment is on 23/06/2025 at 10am.",
        "Leyton Family Hub is on Church Road, E10.",
        "There's no charge for the session and parking is free.",
    ],
)
def test_ordinary_keep_in_touch_messages_pass(text: str) -> None:
    name = text.split()[1].strip(",") if text.startswith("Hi ") else None
    result = screen_outbound(text, recipient_first_name=name, context=COUNCIL)
    assert not result.blocked, result.findings
    assert result.suggestion is None


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Kelly ur NHS number is 401 023 2137 btw", "nhs_number"),
        ("my notes say 943 476 5919", "nhs_number"),
        ("your NHS no. is 485 777 3456", "nhs_number"),  # fails mod 11 but is labelled
        ("your NI is AB123456C", "ni_number"),
        ("national insurance number QQ 12 34 56 C", "ni_number"),  # HMRC's example prefix, labelled
        ("I'll come to Flat 2, 41 Orford Road, E17 9NJ at 10.", "postcode"),
        ("he's living at 7 Brook Lane now", "home_address"),
        ("her number is 07700 900714", "phone_number"),
        ("Grace is your carer, call Grace on 07700 900714", "phone_number"),
        ("the school's number is 020 8123 4567, her teacher rang", "phone_number"),
        ("email me at laura.smith@gmail.com", "email_address"),
        ("sort code 20-45-77 account 41234567", "bank_details"),
        ("your case reference is CR-2023-004512", "reference_number"),
        ("I've got you down as born 12/03/1998", "date_of_birth"),
        ("can you confirm your date of birth and address?", "date_of_birth"),
        ("what's ur address again?", "request_for_personal_details"),
        ("whats ur mums phone number?", "request_for_personal_details"),
        ("please whatsapp me a photo of your ID and your bank card", "request_for_document"),
        ("can u send me the kids' birth certificates on here?", "request_for_document"),
        ("send me a pic of your tenancy agreement", "request_for_document"),
    ],
)
def test_personal_data_is_found(text: str, code: str) -> None:
    assert code in codes(text)
    assert "personal_data" in categories(text)


def test_council_numbers_and_domains_only_pass_when_configured() -> None:
    assert not codes("email me at carla.jones@walthamforest.gov.uk", context=COUNCIL)
    assert "email_address" in codes("email Carla at carla.jones@walthamforest.gov.uk", context=OutboundContext())
    assert "phone_number" in codes("her number is 020 8496 0301", context=OutboundContext())
    assert not codes("her number is 020 8496 0301", context=COUNCIL)


def test_a_mobile_with_no_owner_is_treated_as_a_persons() -> None:
    assert "phone_number" in codes("the number is 07700 900640")
    assert not codes("the number is 020 7946 0640")


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("how's your depression been since starting the new tablets?", Category.SPECIAL_CATEGORY),
        ("the diabetic nurse wants to see you Thursday", Category.SPECIAL_CATEGORY),
        ("congrats on the pregnancy! When are you due?", Category.SPECIAL_CATEGORY),
        ("the church pastor said he'd support you", Category.SPECIAL_CATEGORY),
        ("Zara your girlfriend can come to the review", Category.SPECIAL_CATEGORY),
        ("have you been taking your sertraline?", Category.SPECIAL_CATEGORY),
        ("the union rep from Unison can come", Category.SPECIAL_CATEGORY),
        ("ur youth offending worker needs u to sign in", Category.CRIMINAL_OFFENCE),
        ("your grandson was charged with assault last night", Category.CRIMINAL_OFFENCE),
        ("your tag will be fitted tomorrow", Category.CRIMINAL_OFFENCE),
        ("the LADO meeting about the allegation is on Thursday", Category.CASE_SENSITIVE),
        ("the initial child protection conference will be on 3 March", Category.CASE_SENSITIVE),
        ("the court has granted the interim care order", Category.CASE_SENSITIVE),
        ("your son's placement is at risk of ending", Category.CASE_SENSITIVE),
        ("the section 47 enquiry has started", Category.CASE_SENSITIVE),
        ("can you tell me how you've been getting on with your partner? Any arguments?", Category.ASSESSMENT),
        ("how often are you using at the moment? be honest x", Category.ASSESSMENT),
        ("could you list what help you need with washing, dressing and meals?", Category.ASSESSMENT),
        ("how are you feeling about looking after your mum full time?", Category.ASSESSMENT),
        ("do u feel safe at home?", Category.ASSESSMENT),
    ],
)
def test_sensitive_categories(text: str, category: Category) -> None:
    assert category.value in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "how are you?",
        "Are you still ok for Tuesday?",
        "How was your week?",
        "did you get home ok?",
        "is there a good time to call you tomorrow?",
        "do you prefer a call or a visit next week?",
    ],
)
def test_greetings_and_logistics_questions_are_not_assessment(text: str) -> None:
    assert not screen_outbound(text).blocked


def test_church_road_is_a_street_not_a_religion() -> None:
    assert not screen_outbound("it's on Church Road").blocked
    assert "special_category" in screen_outbound("see you at the church").categories


def test_recipient_and_practitioner_names_are_not_third_parties() -> None:
    assert not screen_outbound("Hi Grace, it's Carla.", recipient_first_name="Grace", context=COUNCIL).blocked
    assert "third_party_named" in codes("Ms Hughes from the school will be at the strategy meeting")
    assert "third_party_named" in codes("your brother Jason said he has moved")


def test_spans_are_exact_and_explanations_present() -> None:
    text = "Hi Ruby, I'll come to Flat 2, 41 Orford Road, E17 9NJ. How's the anxiety? Ur NI is AB123456C"
    result = screen_outbound(text, recipient_first_name="Ruby")
    assert result.blocked
    assert result.suggestion
    for finding in result.findings:
        assert text[finding.start : finding.end] == finding.text
        assert finding.explanation and finding.code
    assert {"personal_data", "special_category"} <= set(result.categories)
    assert list(result.categories) == sorted(set(result.categories))


def test_curly_apostrophes_keep_spans_exact() -> None:
    text = "what\u2019s ur mum\u2019s phone number?"
    for finding in screen_outbound(text).findings:
        assert text[finding.start : finding.end] == finding.text
    assert screen_outbound(text).blocked


def test_a_house_number_on_a_council_street_is_still_a_home_address() -> None:
    assert not screen_outbound(
        "Town Hall reception is on the left as you come in from Forest Road.", context=COUNCIL
    ).blocked
    assert "home_address" in codes("your ex is living at 47 Forest Road now")


@pytest.mark.parametrize(
    "text",
    [
        "The bus stop is right outside the police station on Forest Road",
        "We could meet at the cafe next to the church on Hoe Street",
        "The mosque car park opposite the hub is free on Saturdays",
        "I'm in court all morning for another family so I'll call you after lunch",
        "Hi Leon, it's Frankie Church from children's services, I'll be your worker while Sarah's away.",
        "Our office is Waltham Forest Town Hall, Forest Road, London E17 4JF if you need to post anything.",
        "Let me know if the time's no good and I'll find another",
        "Are you still coming to the cooking session at the hub tonight?",
    ],
)
def test_landmarks_the_practitioners_own_day_and_council_addresses_pass(text: str) -> None:
    from carecomms.screening.cli import COUNCIL_CONTEXT

    assert not screen_outbound(text, recipient_first_name="Leon", context=COUNCIL_CONTEXT).blocked


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("I'll be at court with you on Monday", Category.CRIMINAL_OFFENCE),
        ("is ur brother still inside? when's he out", Category.CRIMINAL_OFFENCE),
        ("Your contact with the girls will be supervised from now on", Category.CASE_SENSITIVE),
        ("The Family Group Conference will talk about where the kids will live", Category.CASE_SENSITIVE),
        ("Is Kyle still in the psych unit or has he been discharged?", Category.SPECIAL_CATEGORY),
        ("Hey, congrats on the twins!! How far along are you now?", Category.SPECIAL_CATEGORY),
        ("for the section 47 I need to know who lives at home with you", Category.ASSESSMENT),
        ("Is there enough food in the house for the week?", Category.ASSESSMENT),
        ("The ref for your housing application is HA/778213", Category.PERSONAL_DATA),
        ("I spoke to Sharon your neighbour and she said the kids were out late again", Category.PERSONAL_DATA),
    ],
)
def test_indirect_and_slang_mentions_are_found(text: str, category: Category) -> None:
    result = screen_outbound(text, recipient_first_name="Nicole")
    assert category in {finding.category for finding in result.findings}
    assert all(finding.explanation for finding in result.findings)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("hey hope ur ok, heard ur bro got sent down, thinking of u x", Category.CRIMINAL_OFFENCE),
        ("I know your husband is still in Pentonville, would a weekday help?", Category.CRIMINAL_OFFENCE),
        ("Leah's been reported missing again since last night, have you heard from her?", Category.CASE_SENSITIVE),
        ("did Tia come back? she's still missing", Category.CASE_SENSITIVE),
        ("what's the name of the kids' school and their class teacher?", Category.PERSONAL_DATA),
        ("what email does ur ex use? need to send him the dates", Category.PERSONAL_DATA),
        ("Can you write down the names and ages of everyone at the flat?", Category.PERSONAL_DATA),
        ("Eid Mubarak! I'll move our visits to the mornings while you're fasting.", Category.SPECIAL_CATEGORY),
    ],
)
def test_round_six_classes_are_found(text: str, category: Category) -> None:
    """Prison slang and prisons by name, a person gone missing, where a child can be found, a third
    party's contact details asked for, and what the person does for their faith (round 14: the greeting alone is
    allowed)."""
    assert category in screen_outbound(text, recipient_first_name="Sam").categories


@pytest.mark.parametrize(
    "text",
    [
        "How are you and the kids doing? Hope everyone's well.",
        "I'm still missing a form from you, no rush",
        "missing you all at the drop-in!",
        "Thanks, Sarah Jones",
    ],
)
def test_round_six_innocent_uses_pass(text: str) -> None:
    assert not screen_outbound(text, recipient_first_name="Sam").blocked


@pytest.mark.parametrize(
    "text",
    [
        "Is everything ok with you and your mum now?",
        "Have you and Sean sorted things out since the weekend?",
        "Do you think the kids notice when you're low?",
    ],
)
def test_the_question_model_finds_assessment_no_topic_names(text: str) -> None:
    findings = screen_outbound(text).findings
    # (a partner named beside the question is personal data too: "Have you and Sean sorted things out…", probe22)
    assert {f.category for f in findings} - {Category.PERSONAL_DATA} == {Category.ASSESSMENT}
    assert "(G11)" in next(f for f in findings if f.category is Category.ASSESSMENT).explanation


@pytest.mark.parametrize(
    "text",
    ["How are you getting on? Long time no see!", "Hi Sam, how are you doing?", "Did you catch the match on Saturday?"],
)
def test_the_question_model_leaves_greetings_and_chat_alone(text: str) -> None:
    assert not screen_outbound(text, recipient_first_name="Sam").blocked


@pytest.mark.parametrize(
    ("script", "generated"),
    [
        ("train_assessment_model.py", "assessment_model.py"),
        ("train_message_model.py", "message_model.py"),
    ],
)
def test_each_model_is_what_its_training_script_writes(tmp_path, training_script, script: str, generated: str) -> None:
    """The weights are generated; retrain with the script in tools/ after changing the data."""
    from pathlib import Path

    repo = Path(__file__).resolve().parents[2]
    train = training_script(script)
    train.OUT = tmp_path / generated
    train.main()
    assert train.OUT.read_text(encoding="utf-8") == (repo / "carecomms/screening" / generated).read_text(
        encoding="utf-8"
    )


def test_the_message_model_names_its_words_and_spans_a_sentence() -> None:
    text = "Hi Pat, before my visit could you think about what a typical morning is like and what you find hard?"
    result = screen_outbound(text, recipient_first_name="Pat")
    found = [finding for finding in result.findings if finding.code == "resembles_assessment"]
    assert found, result.findings
    finding = found[0]
    assert finding.category is Category.ASSESSMENT
    assert text[finding.start : finding.end] == finding.text == text
    assert "G11" in finding.explanation and "weigh most" in finding.explanation and "“" in finding.explanation


def test_the_message_model_leaves_greetings_and_logistics_alone() -> None:
    for text in (
        "Hi Jade, just confirming I'll pop round Thursday at 2pm. Text me if that's no good x",
        "Hiya Kim, how are you? Hope you're keeping dry in all this rain!",
        "Hi Lee, the 212 goes every 15 mins from the station to the leisure centre.",
    ):
        assert not any(f.code.startswith("resembles_") for f in screen_outbound(text).findings), text


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("lauren, mr jones the headteacher will be at the conference about the kids", Category.PERSONAL_DATA),
        ("Hi Hannah, Jamies release date has been confirmed", Category.PERSONAL_DATA),
        ("hi sam, proud of u for going to aa again", Category.SPECIAL_CATEGORY),
        ("the form is for ur ms, the pip one", Category.SPECIAL_CATEGORY),
        ("good luck tmrw at snaresbrook", Category.CRIMINAL_OFFENCE),
        ("the bank says ur savings r down to £3,000", Category.PERSONAL_DATA),
        ("hi holly, ur sister kim has been sectioned", Category.PERSONAL_DATA),
        ("charlie, ur neighbour dave smith was arrested for the break-in", Category.PERSONAL_DATA),
    ],
)
def test_text_speak_is_read_like_the_written_form(text: str, category: Category) -> None:
    """Lower case, no apostrophes, 'u'/'ur'/'r': the classes found by rewriting our sets in text-speak."""
    assert category in {finding.category for finding in screen_outbound(text).findings}


@pytest.mark.parametrize(
    "text",
    [
        "ill send u the link for the teams call at 3",
        "if u cant get me ring the councils contact centre",
        "tanya, how r u doing? havent heard from u in a bit",
        "hi leon, its frankie church from childrens services, ill be ur worker while sarahs away",
        "our postal address is waltham forest town hall, forest road, london e17 4jf",
        "ahmed, its mr patel the locum social worker, see you monday",
        "hi sam, ur mum just rang to say shell be late",
        "hi sam, ur nan always says hi",
    ],
)
def test_text_speak_leaves_ordinary_messages_alone(text: str) -> None:
    from carecomms.screening.cli import COUNCIL_CONTEXT

    assert screen_outbound(text, context=COUNCIL_CONTEXT).findings == (), text


@pytest.mark.parametrize(
    ("term", "category"),
    [
        ("angina", Category.SPECIAL_CATEGORY),
        ("dyspraxia", Category.SPECIAL_CATEGORY),
        ("biopsy", Category.SPECIAL_CATEGORY),
        ("DNACPR form", Category.SPECIAL_CATEGORY),
        ("care coordinator", Category.SPECIAL_CATEGORY),
        ("harassment", Category.CRIMINAL_OFFENCE),
        ("parole board", Category.CRIMINAL_OFFENCE),
        ("benefit fraud", Category.CRIMINAL_OFFENCE),
        ("section 17 assessment", Category.CASE_SENSITIVE),
        ("DoLS", Category.CASE_SENSITIVE),
        ("foster placement", Category.CASE_SENSITIVE),
    ],
)
def test_the_vocabulary_sweep(term: str, category: Category) -> None:
    """Terms from a sweep of each category's common vocabulary in one neutral sentence (probe10 round)."""
    text = f"Hi Sam, just a quick message about the {term} we talked about."
    assert category in {f.category for f in screen_outbound(text, recipient_first_name="Sam").findings}


def test_a_colleague_named_is_not_a_belief() -> None:
    for text in (
        "Hi Tom, my colleague Faith will come on Tuesday instead",
        "Hi Tom, it is Christian from the youth team",
    ):
        assert screen_outbound(text, recipient_first_name="Tom").findings == (), text


@pytest.mark.parametrize(
    "question",
    [
        "did you manage to get the sofa up the stairs?",
        "what are the kids dressing up as for Halloween?",
        "how's your nan getting on with her new iPad?",
        "did the new washing machine get delivered ok?",
        "what time does your bus get in?",
        "what game are you playing at the moment?",
        "is your phone working again?",
        "how are the driving lessons going?",
    ],
)
def test_friendly_questions_are_not_assessment(question: str) -> None:
    """A sweep of everyday questions (probe10 round): 4 of 50 were blocked before, 1 after (a model call)."""
    assert screen_outbound(f"Hi Sam, {question}", recipient_first_name="Sam").findings == ()


@pytest.mark.parametrize(
    "statement",
    [
        "I'm on a training course about safeguarding all day tomorrow so can't answer.",
        "I'll be at the hospital for my own appointment in the morning, back by 1.",
        "the doctor's surgery car park is closed so park on the road.",
        "the court yard at the library has a new cafe.",
    ],
)
def test_everyday_statements_are_not_findings(statement: str) -> None:
    """A sweep of 40 everyday statements (probe10 round): 7 were blocked before, 3 after (see docs)."""
    assert screen_outbound(f"Hi Sam, {statement}", recipient_first_name="Sam").findings == ()


@pytest.mark.parametrize(
    "text",
    [
        "the meeting about the kids' safety has been moved to Thursday.",
        "the decision about whether the kids can come home will be made next week.",
        "your nan's application to look after the children is being looked at.",
        "the reunification plan says the boys can come home in March.",
        "the guardian will visit the children next week.",
        "the school has told us about what Ella said in class.",
        "your son won't be able to come home for now.",
        "the case is being closed by the team.",
        "the new foster carers will meet you on Friday.",
        "Lily's birth mum has asked for letterbox contact.",
    ],
)
def test_case_matters_said_indirectly(text: str) -> None:
    """A sweep of 30 case matters put indirectly (probe10 round): 17 were missed before, 5 after (see docs)."""
    found = {f.category for f in screen_outbound(f"Hi Sam, {text}", recipient_first_name="Sam").findings}
    assert Category.CASE_SENSITIVE in found


def test_support_groups_for_carers_are_not_case_matters() -> None:
    # (the message model still reads "the foster carers support group is on Friday" as a case matter)
    text = "Hi Lisa, the kinship carers coffee morning is Thursday 10am at the Family Hub."
    assert screen_outbound(text, recipient_first_name="Lisa").findings == ()


@pytest.mark.parametrize(
    "text",
    [
        "how did the appointment with the consultant go?",
        "are you still on the waiting list for your knee?",
        "is the baby kicking yet?",
        "have they found out what's causing the pain?",
        "hope the treatment is going ok.",
        "did you manage to fast today?",
        "what pronouns would you like me to use?",
        "is your sugar still high?",
        "hope you're not too sore after the injection.",
        "did they keep you in overnight?",
    ],
)
def test_health_and_belief_said_indirectly(text: str) -> None:
    """A sweep of 35 indirect health, faith and gender mentions (probe10 round): 13 were missed before, 0 after."""
    found = {f.category for f in screen_outbound(f"Hi Sam, {text}", recipient_first_name="Sam").findings}
    assert Category.SPECIAL_CATEGORY in found


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("is he still not allowed in the town centre?", Category.CRIMINAL_OFFENCE),
        ("have you got your court letter yet?", Category.CRIMINAL_OFFENCE),
        ("are you still signing on at the station on Mondays?", Category.CRIMINAL_OFFENCE),
        ("how long did he get?", Category.CRIMINAL_OFFENCE),
        ("the victim's family have asked for a statement.", Category.CRIMINAL_OFFENCE),
        ("you've got to keep away from that estate as part of your order.", Category.CRIMINAL_OFFENCE),
        ("did you get a record for it?", Category.CRIMINAL_OFFENCE),
        ("what's your partner's surname?", Category.PERSONAL_DATA),
        ("what bank are you with?", Category.PERSONAL_DATA),
    ],
)
def test_offences_and_details_said_indirectly(text: str, category: Category) -> None:
    """Sweeps of 25 indirect criminal mentions (14 missed before, 4 after) and 20 requests for details (2, 0)."""
    found = {f.category for f in screen_outbound(f"Hi Sam, {text}", recipient_first_name="Sam").findings}
    assert category in found


@pytest.mark.parametrize(
    ("text", "blocked"),
    [
        ("before the review, please consider whether your current support meets your needs.", True),
        ("please could you let me know whether anyone else is living at the property.", True),
        ("it would help if you could describe a typical day for me.", True),
        ("before we meet, have a think about what support you'd want from us.", True),
        ("I'd like to know more about your childhood before our session.", True),
        ("please consider whether Tuesday or Wednesday would suit you better.", False),
        ("could you describe where the entrance is, as I have not visited before?", False),
        ("before we meet, have a think about any questions you'd like to ask me.", False),
    ],
)
def test_formal_requests_for_an_account_of_someones_life(text: str, blocked: bool) -> None:
    """Sweeps of 20 formal assessment requests (6 missed before, 0 after) and 15 formal logistics (1 blocked, 0)."""
    found = {f.category for f in screen_outbound(f"Dear Sam, {text}", recipient_first_name="Sam").findings}
    assert (Category.ASSESSMENT in found) is blocked and (bool(found) is blocked)


@pytest.mark.parametrize(
    "text",
    [
        "the foodbank is at 23 Hoe Street, open Tuesdays.",
        "Citizens Advice are at 1 Church Lane, E17 9RL, drop in from 10.",
        "the Young People's Advice Service is at 5 Grove Road, up the stairs on the left.",
        "the library at 2 Church Hill has free wifi and printing.",
        "Age UK's office is at 30 Vestry Road, E17 9NH.",
        "I'm in the Adults Early Intervention Team now, same number.",
        "our team's duty number is 020 8496 5000 if I'm not around.",
    ],
)
def test_services_addresses_and_own_team_are_not_personal(text: str) -> None:
    """A sweep of 20 services named with their addresses or numbers (probe10 round): 12 blocked before, 4 after."""
    assert screen_outbound(f"Hi Sam, {text}", recipient_first_name="Sam").findings == ()


@pytest.mark.parametrize(
    "text",
    [
        "Dave from the club lives at 3 Birch Way now.",
        "the foster carers are at 5 Elm Close, E17 4PL.",
        "Kyle's staying at 9 Beech Road with his dad.",
        "the Smiths at 12 Ash Road have agreed to have the kids.",
    ],
)
def test_peoples_addresses_still_are(text: str) -> None:
    found = {f.category for f in screen_outbound(f"Hi Sam, {text}", recipient_first_name="Sam").findings}
    assert Category.PERSONAL_DATA in found


@pytest.mark.parametrize(
    "text",
    [
        "Hi Tom, see you Tuesday at 2. Thanks, Faith",
        "Hi Tom, see you Tuesday. Faith x",
        "Hi Tom, see you Tuesday. Christian (Family Support)",
        "Hi Tom, any problems give me a ring. Best wishes, Grace Church, Social Worker",
    ],
)
def test_a_practitioner_signing_off_with_one_name(text: str) -> None:
    assert screen_outbound(text, recipient_first_name="Tom").findings == ()


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        ("the strategy meeting is about the threats your brother made online", {"case_sensitive", "criminal_offence"}),
        ("your dad's in HMP Pentonville and he's asked for contact with you", {"criminal_offence", "case_sensitive"}),
        ("Jade's foster carer said she's been self-harming and skipping school", {"case_sensitive", "special_category",
                                                                                  "personal_data"}),
        ("the paediatrician thinks the fracture wasn't an accident, so we're starting a section 47",
         {"special_category", "case_sensitive"}),
        ("the school referred her because of the bruises and her weight loss", {"case_sensitive", "special_category"}),
    ],
)
def test_every_category_of_a_combined_message(text: str, categories: set[str]) -> None:
    """A sweep of 15 messages with two or three categories (probe10 round): 5 lost a category before, 1 after."""
    found = {f.category.value for f in screen_outbound(f"Hi Sam, {text}", recipient_first_name="Sam").findings}
    assert categories <= found


@pytest.mark.parametrize(
    ("text", "blocked"),
    [
        ("wats it like at urs at the moment, is it calm?", True),
        ("is any1 making u do stuff u dont want 2?", True),
        ("do u get on ok with ur foster carers?", True),
        ("hows ur head been this week?", True),
        ("wot time do u usually go to bed on school nights?", True),
        ("wanna meet at maccies or the park?", False),
        ("wot game r u on now lol", False),
        ("can u bring ur bus pass so we can top it up?", False),
    ],
)
def test_text_speak_questions(text: str, blocked: bool) -> None:
    """Sweeps of 20 text-speak assessment questions (4 missed before, 0 after) and 15 friendly ones (0 blocked)."""
    found = {f.category for f in screen_outbound(f"hi sam {text}", recipient_first_name="Sam").findings}
    assert (Category.ASSESSMENT in found) is blocked


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("your son he have the court paper for next month?", Category.CRIMINAL_OFFENCE),
        ("you take the medicine for the sugar every day?", Category.SPECIAL_CATEGORY),
        ("please you tell me how is your husband behaviour with you at home.", Category.ASSESSMENT),
        ("the social worker say the children maybe go to foster family.", Category.CASE_SENSITIVE),
    ],
)
def test_english_as_a_second_language(text: str, category: Category) -> None:
    """A sweep of 14 messages in ESL phrasing (9 blocks, 5 allows): 2 wrong before, 0 after."""
    assert category in {f.category for f in screen_outbound(f"Hello Sam, {text}", recipient_first_name="Sam").findings}


@pytest.mark.parametrize(
    ("text", "code", "category"),
    [
        # medicines by brand and generic name, by class
        ("did u get ur clopixol done at the clinic", "medicine", Category.SPECIAL_CATEGORY),
        ("just a reminder to pick up your husband's Donepezil from Boots", "medicine", Category.SPECIAL_CATEGORY),
        ("hows the Espranor going, still picking it up daily?", "medicine", Category.SPECIAL_CATEGORY),
        ("is she still on the Lamictal or did they change it", "medicine", Category.SPECIAL_CATEGORY),
        ("ur Ozempic pens r at Boots", "medicine", Category.SPECIAL_CATEGORY),
        ("did you collect your Biktarvy?", "medicine", Category.SPECIAL_CATEGORY),
        ("have you had the Nexplanon fitted yet", "medicine", Category.SPECIAL_CATEGORY),
        ("is he still taking the Strattera?", "medicine", Category.SPECIAL_CATEGORY),
        # hospitals and clinics known for what they treat
        ("the bus to the Priory is the W15 from the station", "named_clinic", Category.SPECIAL_CATEGORY),
        ("they're keeping him in Goodmayes for another week", "named_clinic", Category.SPECIAL_CATEGORY),
        ("the team at the Mildmay said they can see you Tuesday", "named_clinic", Category.SPECIAL_CATEGORY),
        ("is your cousin still at the Maudsley?", "named_clinic", Category.SPECIAL_CATEGORY),
        ("good luck with the Dean Street results", "named_clinic", Category.SPECIAL_CATEGORY),
        # prayers and observances
        ("running late, I'll come after Zuhr", "religion", Category.SPECIAL_CATEGORY),
        ("I'll come after Maghrib if that suits", "religion", Category.SPECIAL_CATEGORY),
        ("are you doing iftar at your mum's this year?", "religion", Category.SPECIAL_CATEGORY),
        ("enjoy the langar on Sunday", "religion", Category.SPECIAL_CATEGORY),
        ("is it still OK after Yom Kippur?", "religion", Category.SPECIAL_CATEGORY),
        # parties and unions
        ("are you still a Reform member?", "political_trade_union", Category.SPECIAL_CATEGORY),
        ("did the NASUWT rep get back to you?", "political_trade_union", Category.SPECIAL_CATEGORY),
        ("how was the party conference?", "political_trade_union", Category.SPECIAL_CATEGORY),
        # custody and criminal-justice shorthand
        ("since you got released have u been ok?", "criminal_justice", Category.CRIMINAL_OFFENCE),
        ("is he still out on licence?", "criminal_justice", Category.CRIMINAL_OFFENCE),
        ("the police said it's NFA for now", "criminal_justice", Category.CRIMINAL_OFFENCE),
        ("the IOM officer wants to meet", "criminal_justice", Category.CRIMINAL_OFFENCE),
        # named people and families, documents
        ("the police said Darren was released on bail last night", "third_party_named", Category.PERSONAL_DATA),
        ("the placement with the Hendersons has broken down", "third_party_named", Category.PERSONAL_DATA),
        ("please send your last three wage slips", "request_for_document", Category.PERSONAL_DATA),
        ("pop a photo of the front and back of ur card", "request_for_document", Category.PERSONAL_DATA),
        ("your daughter's school has been in touch about her attendance", "education_record", Category.PERSONAL_DATA),
        ("which hostel is he staying at now?", "where_to_find", Category.PERSONAL_DATA),
        ("the kids will stay on the plan for another 6 months", "child_protection", Category.CASE_SENSITIVE),
        ("the school nurse says you've been self harming again", "allegation_safeguarding", Category.CASE_SENSITIVE),
    ],
)
def test_probe14_classes(text: str, code: str, category: Category) -> None:
    """outbound_probe14's misses, each covered as a class (swept with 5-8 sentences of each kind)."""
    findings = screen_outbound(f"Hi Sam, {text}", recipient_first_name="Sam").findings
    assert any(f.code == code and f.category == category for f in findings), findings


@pytest.mark.parametrize(
    "text",
    [
        "the Priory Park café does a good breakfast if you fancy meeting there",
        "I'm based at Goodmayes library on Wednesdays now",
        "the bus goes past Goodmayes station, get off there",
        "Mildmay Road is shut so the bus goes round by the park",
        "the Great Ormond Street fun run is on Sunday if you want to come",
        "it's Jon from Occupational Therapy. The fitters have confirmed Wednesday morning.",
        "it's Dami from the Domestic Abuse Service, just confirming our phone call at 2pm today as arranged.",
        "it's Dev from OT, the grab rails are booked for the 14th, they'll ring you first",
        "your appointment is at 3.15 pm, Room 4B, Juniper House. Please ask at reception for me.",
        "I lent your mum the spare buggy, she'll drop it back Friday",
        "I have a confession, I forgot to book the room, sorry!",
        "Jordan was placed first in the race! tell him well done",
        "the Labour Exchange building is now a gym, weird isn't it",
        "we're off to the Cotswolds with the Scouts this weekend",
        "have a think about any questions you want to ask before Tuesday",
        "Kiran from the youth club says hi",
        "what's the plan for Saturday?",
        "thanks for your attendance at the group today",
        "what hotel are they staying at for the trip?",
    ],
)
def test_probe14_hard_allows(text: str) -> None:
    """Landmarks, the practitioner's own service, rooms and everyday words beside the new terms (a sweep of 30)."""
    assert not screen_outbound(f"Hi Sam, {text}", recipient_first_name="Sam").findings


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Hi Sam, I'll send you a summary of what was discussed at the meeting about the children.", "case_sensitive"),
        ("Dear Sam, I am writing to let you know what was agreed at Tuesday's meeting regarding the "
         "children.",
         "case_sensitive"),
        ("Hi Sam, the meeting about the kids went ahead without you, I'll explain what was decided.", "case_sensitive"),
        ('Dear Sam, Further to the professionals meeting, I will call you to go through the '
         'decisions made.',
         "case_sensitive"),
        ("Hi Sam, the minutes from the review meeting are ready, I'll bring them round.", "case_sensitive"),
        ('Dear Sam, I am writing to confirm the outcome of the enquiry will be shared with you in '
         'person.',
         "case_sensitive"),
        ('Hi Sam, the outcome of the investigation is that no further action will be taken.', "case_sensitive"),
        ("Hi Sam, the outcome of the assessment is ready and I'd like to go through it with you.", "case_sensitive"),
        ('Dear Sam, the enquiry has now concluded and I will visit to explain the findings.', "case_sensitive"),
        ('Hi Sam, the concerns nursery raised about Lily will be discussed on Thursday.', "case_sensitive"),
        ("Hi Sam, nursery have raised some worries about the baby's nappies and I need to visit.", "case_sensitive"),
        ("Hi Sam, the health visitor has raised a concern about the baby's weight.", "case_sensitive"),
        ("Dear Sam, the school have shared some concerns with us about the children's lunches.", "case_sensitive"),
        ('Hi Sam, the concerns the school raised about the boys will be on the agenda.', "case_sensitive"),
        ("Hi Sam, let's go over the plan going forward for the kids that the professionals agreed.", "case_sensitive"),
        ("Dear Sam, I'd like to talk about the plan for the children that was agreed at the review.", "case_sensitive"),
        ("Hi Sam, the child in need plan has been updated and I'll bring you a copy.", "case_sensitive"),
        ('Hi Sam, the children are being stepped down to a CIN plan next month.', "case_sensitive"),
        ("Hi Sam, Lily's care plan review is on the 4th.", "case_sensitive"),
        ('Hi Sam, your pathway plan needs updating before your 18th.', "case_sensitive"),
        ('Hi Sam, the safety plan we agreed says the kids stay with nan at weekends.', "case_sensitive"),
        ("Hi Sam, I've read what's on file about the incident last year and want to talk it "
         "through.",
         "case_sensitive"),
        ('Dear Sam, I have reviewed your file and see there were concerns in 2022 which I will need '
         'to discuss.',
         "case_sensitive"),
        ('Hi Sam, the review conference decided the plan will continue for another three months.', "case_sensitive"),
        ('Hi Sam, the decision from panel is that the children will stay where they are.', "case_sensitive"),
        ('Hi Sam, the school told me what Lily said in class, and I need to come and see you.', "case_sensitive"),
        ('Dear Sam, I am writing following the concerns raised by the school about the children.', "case_sensitive"),
        ("Hi Sam, following what the nursery reported on Monday, I'll need to visit today.", "case_sensitive"),
        ('Hi Sam, the halal meals have been added to your care plan now.', "special_category"),
        ("Hi Sam, I've asked the care agency to make sure your mum only gets kosher food.", "special_category"),
        ('Hi Sam, the respite unit can do vegetarian meals with no beef for your dad, as you '
         'asked.',
         "special_category"),
        ("Hi Sam, the foster carers know Lily doesn't eat pork.", "special_category"),
        ('Hi Sam, the day centre will make sure the meals are halal from now on.', "special_category"),
        ('Hi Sam, the wheelchair-accessible taxi will pick you up at 10.', "special_category"),
        ("Hi Sam, I've booked an accessible taxi with a ramp for your scooter.", "special_category"),
        ('Hi Sam, the OT is bringing the new walking frame on Tuesday.', "special_category"),
        ("Hi Sam, I'll make sure the room has a hearing loop for you.", "special_category"),
        ('Hi Sam, the Blue Badge renewal has come through for your mum.', "special_category"),
        ('Hi Sam, your Unison rep is welcome to come to the meeting with you.', "special_category"),
        ('Hi Sam, bring your union rep to the hearing if you like.', "special_category"),
        ("Hi Sam, I know you're a GMB member so they might help with the appeal.", "special_category"),
        ('Hi Sam, the Labour councillor you campaigned for wants to meet you about the housing '
         'issue.',
         "special_category"),
        ('Hi Sam, I saw you leafleting for the Greens at the station, good luck with the '
         'election!',
         "special_category"),
        ('Hi Sam, the Conservative club you volunteer at has offered a room.', "special_category"),
        ('Hi Sam, your Lib Dem branch meeting clashes with our visit, can we move it?', "special_category"),
        ("Hi Sam, the paternity DNA test results are back and I'll bring them on Thursday.", "special_category"),
        ('Hi Sam, the paternity test has been booked for Friday.', "special_category"),
        ('Hi Sam, the hair strand test results came back.', "special_category"),
        ('Hi Sam, the fingerprint scan for your biometric residence permit is booked.', "special_category"),
        ('Hi Sam, your biometrics appointment at the Post Office is on Friday.', "special_category"),
        ('Hi Sam, the genetic testing clinic has sent the results.', "special_category"),
        ("Hi Sam, Mr Jennings says he's been helping you since your fall.", "special_category"),
        ('Hi Sam, I hope your back is feeling better after the fall.', "special_category"),
        ("Hi Sam, with his bad back he can't lift the baby.", "special_category"),
        ('Hi Sam, do you still feel low most days?', "special_category"),
        ("Hi Sam, I know you've been feeling really low lately.", "special_category"),
        ("Hi Sam, how's your mood been this week?", "special_category"),
        ("Nat, I'm really glad you felt able to come out to your mum last week, that took "
         "courage.",
         "special_category"),
        ('Hi Sam, well done for coming out to your dad.', "special_category"),
        ("Hi Sam, it was brave of you to tell your mum you're gay.", "special_category"),
        ("Hi Sam, I've asked for a female interpreter who speaks Tigrinya.", "special_category"),
        ('Hi Sam, the mosque has agreed to write a letter for the panel.', "special_category"),
        ("Hi Sam, the visit won't clash with Friday prayers.", "special_category"),
        ("Hi Sam, your ex Lee's new address is 14 Grove Road, Chingford.", "personal_data"),
        ('Hi Sam, Kayleigh has moved back to the same flat on the Beaumont estate.', "personal_data"),
        ("Hi Sam, I'll see you at the same flat on the Priory Court estate, 4th floor, at 10.", "personal_data"),
        ('Hi Sam, your brother is living in the flat above the chip shop on Hoe Street now.', "personal_data"),
        ("Hi Sam, your sister's new mobile ends 321, she asked me to pass it on.", "personal_data"),
        ("Hi Sam, your brother's mobile isn't working, has he got a new one?", "personal_data"),
        ('Hi Sam, Darren has moved in with his mum on the Chingford Mount estate.', "personal_data"),
        ("Hi Sam, Mia is in Mrs Hill's Year 2 class at Chapel End Primary.", "personal_data"),
        ('Hi Sam, Kiara is in 8R at Walthamstow Academy now.', "personal_data"),
        ("Hi Sam, Jayden has started in Reception at Greenleaf Primary, Miss Khan's class.", "personal_data"),
        ("Hi Sam, I've let your GP at Bakers Avenue Surgery know about the change.", "personal_data"),
        ("Hi Sam, I've written to your GP, Dr Okoro at the Forest Road Medical Centre.", "personal_data"),
        ("Hi Sam, you're registered at the Lea Bridge Road Practice, aren't you?", "personal_data"),
        ('Hi Sam, is your car still the silver Astra, LR19 KXP?', "personal_data"),
        ('Hi Sam, the permit is for the van reg KX68 PLO.', "personal_data"),
        ('Hi Sam, Kai was born on the third of May 2011, is that right?', "personal_data"),
        ("Hi Sam, is Lily's birthday the 14th of February 2016?", "personal_data"),
        ("Hi Sam, your son's date of birth is down as 2 June 2012.", "personal_data"),
        ('Case ID 4471823 - Sam, please quote this when you call us back.', "personal_data"),
        ('Hi Sam, your reference is WF-228419.', "personal_data"),
        ('Hi Sam, your HB ref is 2291847.', "personal_data"),
        ('Hi Sam, your council tax account is 60012874.', "personal_data"),
        ('Hi Sam, his prison number is A1234BC.', "personal_data"),
        ('Hi Sam, the Mosaic ID for Lily is 1183492.', "personal_data"),
        ('Hi Sam, your tenancy ref: HRA/0042/19.', "personal_data"),
        ('Hi Sam, can you take a selfie holding your passport and send it over?', "personal_data"),
        ('Hi Sam, can you send a screenshot of your bank app showing the last month?', "personal_data"),
        ("Hi Sam, what's your Universal Credit journal login?", "personal_data"),
        ('Hi Sam, send me a picture of your ID when you can.', "personal_data"),
        ('Hi Sam, could you send proof of ID before Friday?', "personal_data"),
        ("Hi Sam, Tom shouldn't have unsupervised contact, so Saturday will be at the contact "
         "centre.",
         "personal_data"),
        ("Hi Sam, your daughter's email is kerry.m.92@hotmail.co.uk.", "personal_data"),
        ('Dear Sam, Further to the conference, the children will remain subject to a plan under the '
         'category of neglect.',
         "case_sensitive"),
        ('Dear Sam, I am writing to inform you of the outcome of the strategy discussion held '
         'yesterday.',
         "case_sensitive"),
        ('Dear Sam, the assessment has now been completed and I would like to discuss the findings '
         'with you.',
         "case_sensitive"),
        ('Dear Sam, the nursery have contacted us regarding some concerns about Lily.', "case_sensitive"),
        ('Dear Sam, following the concerns raised by the health visitor, I will need to visit this '
         'week.',
         "case_sensitive"),
        ('Hi Sam, the core group will look at the plan again next month.', "case_sensitive"),
        ('Hi Sam, the safety plan needs signing when I visit.', "case_sensitive"),
        ('Hi Sam, as discussed at the core group, the kids will stay with nan for now.', "case_sensitive"),
        ('Hi Sam, the recommendation from the conference was that the plan continues.', "case_sensitive"),
        ('Dear Sam, information held on file indicates previous concerns about the children.', "case_sensitive"),
        ('Hi Sam, your file shows there was a referral in 2021.', "case_sensitive"),
        ('Hi Sam, I have read the case notes from your last worker.', "case_sensitive"),
        ('Dear Sam, I write to confirm the decision of the panel regarding your application to care '
         'for your grandchildren.',
         "case_sensitive"),
        ("Hi Sam, the school rang us with a worry about Jayden's bruise.", "case_sensitive"),
        ("Hi Sam, the health visitor flagged the baby's weight again.", "case_sensitive"),
        ('Dear Sam, the children will remain on a child in need plan for a further three months.', "case_sensitive"),
        ('Hi Sam, the family group meeting is on Tuesday to plan who can look after the kids.', "case_sensitive"),
        ('Hi Sam, I need to talk to you about what Jayden told his teacher.', "case_sensitive"),
        ('Hi Sam, the prayer room at the hospital is on level 2 if you want it before your scan.', "special_category"),
        ('Hi Sam, your mobility scooter can go in the lift at the Hub.', "special_category"),
        ('Hi Sam, your shop steward can come with you.', "special_category"),
        ('Hi Sam, good luck at the union meeting tonight.', "special_category"),
        ("Hi Sam, your Green Party meeting won't clash with our visit.", "special_category"),
        ('Hi Sam, the paternity test kit has arrived.', "special_category"),
        ('Hi Sam, the DNA swab is booked for Friday.', "special_category"),
        ('Hi Sam, your biometrics appointment for the visa is on Friday.', "special_category"),
        ('Hi Sam, the vegan meals for Ramadan... sorry, halal meals, are sorted.', "special_category"),
        ('Hi Sam, the respite centre will give your dad his insulin at lunch.', "special_category"),
        ("Hi Sam, your mum's carers will help her with the hoist now.", "special_category"),
        ('Hi Sam, I hope your knee is better after the op.', "special_category"),
        ('Hi Sam, is the wheelchair taxi still ok for Tuesday?', "special_category"),
        ('Hi Sam, your sister is living at 22 Beaconsfield Road now.', "personal_data"),
        ("Hi Sam, he's in Year 5 at Henry Maynard Primary.", "personal_data"),
        ('Hi Sam, your dentist at Smile Dental Practice has rung.', "personal_data"),
        ('Hi Sam, the DOB we have is 3.5.11.', "personal_data"),
        ('Hi Sam, born 3rd May 2011, is that right?', "personal_data"),
        ('Hi Sam, your ref no. WF/22/1943 is on the letter.', "personal_data"),
        ('Hi Sam, please quote your Home Office reference number when you call.', "personal_data"),
        ('Hi Sam, can you send a photo of your face next to your passport?', "personal_data"),
        ('Hi Sam, send me a screenshot of your UC journal.', "personal_data"),
        ("Hi Sam, what's your online banking password?", "personal_data"),
        ("Hi Sam, your ex's new mobile is 07700 900111.", "personal_data"),
        ("Hi Sam, Darren's new address is on the letter I sent.", "personal_data"),
        ('Hi Sam, Darren has moved in with his new partner on the Beaumont estate.', "personal_data"),
    ],
)
def test_probe16_classes(text: str, category: str) -> None:
    """outbound_probe16's classes swept (formal-letter case wording, indirect special category, subtle personal data):
    every sentence is blocked for its category, the recipient's name being Sam."""
    assert Category(category) in screen_outbound(text, recipient_first_name="Sam").categories


@pytest.mark.parametrize(
    "text",
    [
        'Hi Sam, the meeting on Tuesday is in Room 2 at the Town Hall.',
        'Dear Sam, our next meeting will be on 2 May at 11am at the Town Hall.',
        "Hi Sam, what's the plan for the weekend? Anything nice?",
        'Hi Sam, the plan is to meet at the library at 10 and then go to the job centre.',
        "Hi Sam, I'll send you the minutes of the residents meeting about the park.",
        'Hi Sam, the outcome of your bus pass application should come through next week.',
        "Hi Sam, we've got your mobile number on file so we'll text you the reminder.",
        'Hi Sam, the school raised money for the food bank, amazing!',
        'Hi Sam, the nursery said Lily loved the painting today!',
        "Hi Sam, I'll send you a summary of what we talked about at the cooking course.",
        "Hi Sam, the school told me the trip is on Friday, don't forget the packed lunch.",
        "Hi Sam, there's a parents meeting at the school about the new uniform.",
        "Hi Sam, what's the plan going forward with the college application? Let's talk Thursday.",
        'Hi Sam, the taxi will pick you up at 10.',
        "Hi Sam, I'll make sure there's tea and biscuits at the meeting.",
        "Hi Sam, the lift at the Town Hall is out of order so we'll meet on the ground floor.",
        'Hi Sam, the fall in prices at the supermarket is good news!',
        "Hi Sam, there's a free lunch at the community centre on Friday.",
        'Hi Sam, the leaves fall early this year, beautiful walk today.',
        "Hi Sam, don't fall behind on the college work!",
        'Hi Sam, the Post Office on the High Street is closed today.',
        "Hi Sam, the council elections are on Thursday, the Town Hall is a polling station so we'll meet at the "
        "library.",
        'Hi Sam, the test results for your driving theory test come next week!',
        'Hi Sam, my back is killing me after the fun run lol, see you Thursday.',
        'Hi Sam, the lights are low in the hall so bring a torch for the quiz.',
        'Hi Sam, the river level is low so the boat trip is off.',
        'Hi Sam, come out for a walk with us on Saturday?',
        'Hi Sam, the results came out today, well done on your GCSEs!',
        'Dear Mr Haddad, I am writing to confirm that your appointment has been moved from Monday 3rd to '
        'Wednesday 5th at the same time.',
        'Hi Mrs Begum, your appointment has moved to Tuesday, apologies.',
        'Good morning Mr and Mrs Ali, the visit has moved to 3pm.',
        "Hi Sam, your new worker will be Jade from the 16+ team. She'll text you from her work phone this week.",
        'Hi Sam, Priya will call you from her work mobile tomorrow.',
        'Hi Sam, the room is on the 4th floor of the Town Hall.',
        'Hi Sam, the youth club on the Beaumont estate is open Tuesdays.',
        'Hi Sam, the car park is free after 6.',
        'Hi Sam, the 34 bus goes from outside the library.',
        'Hi Sam, room G.04 on the ground floor.',
        'Hi Sam, our office code is WF01 and the lift is on the left.',
        'Hi Sam, the W16 is on diversion today.',
        "Hi Sam, the M25 was closed so I'm running late.",
        "Hi Sam, the form is called SC12 and it's at reception.",
        "Hi Sam, I'm in the Astra today, look out for a silver car.",
        'Dear Sam, Further to our conversation, the room is booked for Tuesday at 2pm.',
        "Hi Sam, the plan for Saturday's trip to the coast is on the flyer.",
        "Hi Sam, I've made a plan for our visits over Christmas, I'll bring it Thursday.",
        "Hi Sam, your file is with the housing team for the bus pass, they'll ring you.",
        'Hi Sam, the Hub has a prayer room and baby changing on the ground floor.',
        'Hi Sam, the lift at the Hub fits buggies and scooters.',
        'Hi Sam, the union jack bunting for the street party is in the office!',
        "Hi Sam, I'm feeling a bit down about the rain but see you at 10!",
        "Hi Sam, I'm on the 4th floor of the Town Hall today.",
        'Hi Sam, the Beaumont estate has a fun day on Saturday.',
        "Hi Sam, the meeting about the kids' football club is on Thursday.",
        'Dear Mr Okafor, Further to your letter, I have passed it to my manager.',
        'Good afternoon Mrs Begum, I will call at 2 as agreed.',
        "Hi Sam, my car is the red Fiesta, I'll wait outside.",
        'Hi Sam, the review of the bus pass scheme is out today.',
        'Hi Sam, the outcome of the football match was a draw!',
        'Hi Sam, come out to the park with us on Saturday if you like.',
        "Hi Sam, I've reviewed the form and it all looks fine.",
    ],
)
def test_probe16_hard_allows(text: str) -> None:
    """Logistics, a letter's salutation and formulas, venues and the practitioner's own day beside the new terms."""
    assert not screen_outbound(text, recipient_first_name="Sam").findings


@pytest.mark.parametrize(
    ("recipient", "text", "flagged"),
    [
        ("Paul", "Hi Paul, will your husband be at the visit?", True),
        ("Sarah", "Hi Sarah, your partner Emma is welcome to come too.", True),
        ("Mark", "Hi Mark, your partner Steve and you can both come to the group.", True),
        ("Lisa", "Hi Lisa, his husband rang the office this morning.", True),
        ("Paul", "Hi Paul, your wife is welcome to come too.", False),
        ("Sarah", "Hi Sarah, your partner Jo is welcome to come too.", False),
        ("Sam", "Hi Sam, your husband is welcome to come too.", False),
    ],
)
def test_a_same_sex_partner(recipient: str, text: str, flagged: bool) -> None:
    """Read from the recipient's first name and the partner's word or name, only for names nearly always of one sex."""
    found = Category.SPECIAL_CATEGORY in screen_outbound(text, recipient_first_name=recipient).categories
    assert found is flagged


def test_a_car_registration_is_personal_data() -> None:
    result = screen_outbound("Hi Niall, is your car still the silver Astra, LR19 KXP?", recipient_first_name="Niall")
    assert [(f.code, f.text) for f in result.findings] == [("vehicle_registration", "LR19 KXP")]
    assert not screen_outbound("Hi Sam, the form is SC12 and the M25 was shut", recipient_first_name="Sam").findings


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ('Hi Sam, please quote Ref: 228419 when you ring.', "personal_data"),
        ('Dear Sam, your case number is 44718 for future correspondence.', "personal_data"),
        ('Dear Sam, Our ref: WF/ASC/22841. Your worker will call on Monday.', "personal_data"),
        ('Hi Sam, your LCS number is 4471823.', "personal_data"),
        ('Hi Sam, your claim no. 9981-2231 is on the letter.', "personal_data"),
        ('Hi Sam, the tenancy ref is T/00412.', "personal_data"),
        ("Hi Sam, Kai's DOB is the fifth of June 2010.", "personal_data"),
        ('Hi Sam, your ex has moved into the flat above the bookies on Hoe Street.', "personal_data"),
        ('Hi Sam, Lee is now living with his mum at number 42.', "personal_data"),
        ("Hi Sam, your sister's got a new mobile, it's 07700 900123.", "personal_data"),
        ("Hi Sam, your brother's new number is in the letter.", "personal_data"),
        ('Hi Sam, could you send a photo of your driving licence?', "personal_data"),
        ('Hi Sam, can you send me your National Insurance number?', "personal_data"),
        ('Hi Sam, your UC journal password needs changing.', "personal_data"),
        ("Hi Sam, Mia's teacher at Chapel End, Mrs Hill, says she's doing well.", "personal_data"),
        ('Hi Sam, this is the EDT. The police attended your address last night.', "criminal_offence"),
        ("Hi Sam, this is the Emergency Duty Team. We received a call from the police "
         "about the children.", "case_sensitive"),
        ("Dear Sam, I am covering for your worker and have read the notes from the last "
         "conference.", "case_sensitive"),
        ("Dear Sam, as the new manager I have reviewed the children's plan and would like "
         "to discuss it.", "case_sensitive"),
        ("Hi Sam, the concerns that the nursery raised have been shared with the health "
         "visitor.", "case_sensitive"),
        ("Hi Sam, the health visitor raised a few things about the baby's sleep at the "
         "last visit.", "case_sensitive"),
        ('Hi Sam, we need to discuss the outcome of the home visit on Tuesday.', "case_sensitive"),
        ('Hi Sam, could you tell me what a typical day looks like with the baby?', "assessment"),
        ('Hi Sam, how are things with you and Darren at the moment?', "assessment"),
        ('Hi Sam, how have you been managing with money since the benefits changed?', "assessment"),
        ("Hi Sam, who looks after the kids when you're at work?", "assessment"),
        ("Hi Sam, is the baby's dad involved at all?", "assessment"),
        ('Hi Sam, the wheelchair accessible bus will collect you at 9.', "special_category"),
        ('Hi Sam, your union rep from Unite can join us.', "special_category"),
        ('Hi Sam, the councillor you leafleted for is holding a surgery on Friday.', "special_category"),
        ('Hi Sam, did the Conservative association get back to you?', "special_category"),
        ('Hi Sam, the fingerprinting for the residence permit is on the 5th.', "special_category"),
        ('Hi Sam, the DNA results for the paternity case came through.', "special_category"),
        ('Hi Sam, the kosher meals for your dad start Monday.', "special_category"),
        ("Hi Sam, your mum's halal food parcel is ready.", "special_category"),
    ],
)
def test_probe16_third_sweep(text: str, category: str) -> None:
    """A third sweep of the classes in other words (reference formats, duty cover, assessment put politely)."""
    assert Category(category) in screen_outbound(text, recipient_first_name="Sam").categories


@pytest.mark.parametrize(
    "text",
    [
        "Dear Sam, please bring two forms of ID to the Town Hall reception to collect "
         "your new bus pass.",
        "Hi Sam, your new worker is Jade, she'll text from her work mobile.",
        "Dear Mrs Okafor, Further to our telephone conversation this morning, I confirm "
         "your appointment at the Town Hall on Thursday.",
        "Hi Sam, the Hub's reference library is open late on Thursday.",
        'Hi Sam, Room 3.12 at the Town Hall, take the lift to the 3rd floor.',
        'Dear Sam, I am writing on behalf of the duty team as your worker is on leave.',
        "Hi Sam, the councillor is opening the new playground on Saturday, free ice "
         "cream!",
        "Hi Sam, the union flag is up at the Town Hall for the King's birthday.",
        "Hi Sam, there's a halal butcher opening next to the Hub, handy for the cooking "
         "course.",
    ],
)
def test_probe16_third_sweep_allows(text: str) -> None:
    assert not screen_outbound(text, recipient_first_name="Sam").findings


@pytest.mark.parametrize(
    "text",
    [
        "Hi Sam, Kayleigh's back at the same flat on Priory Court now.",
        "Hi Sam, is he still at his nan's on the Chingford Hall estate?",
        "Hi Sam, your ex is living on the 3rd floor of Hawthorn House now.",
        "Hi Sam, the reg on his van is kx68 plo if you see it outside.",
        "Hi Sam, your son's registered with Dr Ahmed at the Firs Surgery, isn't he?",
        "Hi Sam, Jayden is in Year 3 at St Mary's now, in Mr Cole's class.",
        "Hi Sam, Amira's in class 4B at Henry Maynard.",
        "Hi Sam, your ex's new partner lives at 9 Oak Road.",
        "Hi Sam, your brother gave me his new mobile number for you.",
        "Hi Sam, the baby's dad's number is on the form.",
        "Hi Sam, send a pic of the photo page of your passport.",
        "Hi Sam, please send me a photo of your BRP, both sides.",
        "Hi Sam, what are your UC login details?",
        "Hi Sam, Ella was born on 2 March 2014, right?",
        "Hi Sam, his birthday's the 4th of July 2009, so he's 17 next year.",
        "Hi Sam, your council tax ref is CT 60012874.",
        "Hi Sam, the prison number for Dean is A7731CK if you want to write.",
        "Hi Sam, your Home Office ref is B1234567.",
        "Hi Sam, your HB claim reference is 778213.",
        "Hi Sam, your sister said her new flat is above the Co-op on Hoe Street.",
    ],
)
def test_probe16_personal_data_sweep(text: str) -> None:
    """Homes described without a number, a named child's class, relatives' numbers, documents, references."""
    assert Category.PERSONAL_DATA in screen_outbound(text, recipient_first_name="Sam").categories


@pytest.mark.parametrize(
    "text",
    [
        "Hi Sam, the Co-op on Hoe Street has the food bank collection point.",
        "Hi Sam, the Priory Court community room is booked for Tuesday.",
        "Hi Sam, Dr Ahmed from the council's public health team is speaking at the event.",
        "Hi Sam, bring your bus pass on Thursday and I'll top it up.",
        "Hi Sam, I'll be in room 3B on the 3rd floor.",
        "Hi Sam, the reference letter for your college application is done!",
        "Hi Sam, your appointment reference is on the letter, bring it with you.",
    ],
)
def test_probe16_personal_data_sweep_allows(text: str) -> None:
    assert not screen_outbound(text, recipient_first_name="Sam").findings


@pytest.mark.parametrize(
    ("text", "category"),
    [
        (
            "Dear Sam, it would help me to understand what an ordinary day looks like for you and "
            "the children.",
            "assessment",
        ),
        ("Hi Sam, what time do the kids usually go to bed these days?", "assessment"),
        ("Hi Sam, how are you and Darren getting along lately?", "assessment"),
        ("Hi Sam, have things been tight with money since the benefit change?", "assessment"),
        ("Hi Sam, are you managing to keep on top of the bills?", "assessment"),
        ("Hi Sam, how is the baby feeding, and is she sleeping through yet?", "assessment"),
        ("Hi Sam, who do you turn to when things get difficult?", "assessment"),
        ("Hi Sam, does your partner help much with the children?", "assessment"),
        ("Hi Sam, how would you describe your relationship with your mum these days?", "assessment"),
        ("Hi Sam, do you find it hard to cope some days?", "assessment"),
        ("Dear Sam, could you let me know how you have been managing at home since the operation?", "assessment"),
        ("Hi Sam, how often does Darren see the kids, and how do they seem afterwards?", "assessment"),
        ("Hi Sam, is there enough food in the house this week?", "assessment"),
        ("Hi Sam, are you still smoking weed in the evenings?", "assessment"),
        ("Hi Sam, how is the baby's routine going, bath, bottle and bed?", "assessment"),
        (
            "Dear Sam, I am the locum covering and I have been asked to complete the child and "
            "family assessment.",
            "case_sensitive",
        ),
        (
            "Hi Sam, the EDT worker said the children were taken to your mum's last night by the "
            "police.",
            "case_sensitive",
        ),
        ("Dear Sam, the review meeting has recommended the children stay on the plan.", "case_sensitive"),
        ("Hi Sam, your previous worker left notes about the incident in March.", "case_sensitive"),
        ("Dear Sam, I write to inform you that the local authority will be seeking legal advice.", "case_sensitive"),
        ("Hi Sam, following the visit, my manager has decided to open an assessment.", "case_sensitive"),
        ("Hi Sam, the school has made a referral about Jayden's bruise.", "case_sensitive"),
        ("Hi Sam, the nursery manager rang about the marks on Lily's arm.", "case_sensitive"),
        ("Hi Sam, the health visitor wants a joint visit about the baby's weight.", "case_sensitive"),
        (
            "Hi Sam, the meeting with the professionals about the children is on Friday at the "
            "Town Hall.",
            "case_sensitive",
        ),
        ("Hi Sam, the police want to interview you under caution next week.", "criminal_offence"),
        ("Dear Sam, I understand Darren is due in court on Friday for the assault charge.", "criminal_offence"),
        ("Hi Sam, the GP referral for your memory assessment has gone in.", "special_category"),
        ("Hi Sam, your ramadan timings mean we should meet after 7.", "special_category"),
        ("Hi Sam, I've asked the carers to help your dad with his prayers mat in the morning.", "special_category"),
        ("Hi Sam, the taxi for your dialysis is booked.", "special_category"),
        ("Hi Sam, the occupational therapist will assess you for a wheelchair.", "special_category"),
        ("Hi Sam, the sign language interpreter is booked for Tuesday.", "special_category"),
    ],
)
def test_probe16_assessment_and_duty_cover_sweep(text: str, category: str) -> None:
    """Assessment asked politely, duty and locum letters about the children, indirect health and faith."""
    assert Category(category) in screen_outbound(text, recipient_first_name="Sam").categories


@pytest.mark.parametrize(
    "text",
    [
        "Hi Sam, how was the trip to the seaside?",
        "Hi Sam, did the kids enjoy the party?",
        "Hi Sam, is Tuesday still good for the visit?",
        "Hi Sam, how did the driving lesson go?",
        "Hi Sam, how's the new flat looking now the sofa's in?",
        "Hi Sam, did you get the form I posted?",
        "Hi Sam, what time suits you on Thursday?",
        "Dear Sam, would you prefer a morning or afternoon appointment next week?",
        "Hi Sam, the locum covering is Jade, she'll call you on Monday.",
        "Hi Sam, the meeting room at the Town Hall is G.04.",
        "Hi Sam, the EDT number is on the letter if you need anyone out of hours.",
        "Dear Sam, I am the duty worker today, your worker will call you tomorrow.",
    ],
)
def test_probe16_assessment_and_duty_cover_sweep_allows(text: str) -> None:
    assert not screen_outbound(text, recipient_first_name="Sam").findings


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Hi Sam, the Children's Hearing is on Tuesday at 10.", "case_sensitive"),
        ("Hi Sam, the Reporter has asked for a report from me before the Panel.", "case_sensitive"),
        ("Hi Sam, the compulsory supervision order has been extended for another year.", "case_sensitive"),
        ("Hi Sam, the CSO review is on Friday.", "case_sensitive"),
        ("Hi Sam, there was an IRD this morning about the kids.", "case_sensitive"),
        ("Hi Sam, the grounds hearing is on Monday.", "case_sensitive"),
        ("Hi Sam, the safeguarder will visit you on Monday.", "case_sensitive"),
        ("Hi Sam, the Scottish Child Interview Model interview is at 2.", "case_sensitive"),
        ("Hi Sam, the JII is on Wednesday.", "case_sensitive"),
        ("Hi Sam, the adult support and protection inquiry has started.", "case_sensitive"),
        ("Hi Sam, the section 42 is now complete.", "case_sensitive"),
        ("Hi Sam, the LPS assessment for your mum is booked.", "case_sensitive"),
        ("Hi Sam, the best interests assessor is coming Thursday.", "case_sensitive"),
        ("Hi Sam, the AMHP will be coming with two doctors at 10.", "case_sensitive"),
        ("Hi Sam, the Mental Health Act assessment is tomorrow.", "case_sensitive"),
        ("Hi Sam, your mum was sectioned last night.", "case_sensitive"),
        ("Hi Sam, the community treatment order has been renewed.", "case_sensitive"),
        ("Hi Sam, the Procurator Fiscal has dropped the case.", "criminal_offence"),
        ("Hi Sam, the fiscal has decided not to proceed.", "criminal_offence"),
        ("Hi Sam, Josh said his stepdad smacked him last night.", "case_sensitive"),
        ("Hi Sam, the lad told me his mam hits him.", "case_sensitive"),
        ("Hi Sam, did he hit you again after I left?", "assessment"),
        ("Hi Sam, is he still hitting you?", "assessment"),
        ("Hi Sam, your depot injection is due Friday.", "special_category"),
        ("Hi Sam, the Childrens Hearing is on Tuesday.", "case_sensitive"),
        ("Hi Sam, the Procurater Fiscal has dropped the case.", "criminal_offence"),
    ],
)
def test_probe18_classes(text: str, category: str) -> None:
    """outbound_probe18's classes: Scottish, Welsh and Northern Irish case processes, adult safeguarding and liberty,
    Mental Health Act work, a child's disclosure of harm and questions about it."""
    assert Category(category) in screen_outbound(text, recipient_first_name="Sam").categories


@pytest.mark.parametrize(
    "text",
    [
        "Hi Sam, I'm away on a safeguarding training course all day Wednesday.",
        "Hi Sam, I've got my safeguarding refresher on Tuesday so can we do Wednesday?",
        "Hi Sam, I'm on child protection training all day tomorrow.",
        "Hi Sam, I'm doing my mental health first aid course on Friday.",
        "Hi Sam, I'm away on a safegaurding training course all day Wednesday.",
        "Hi Sam, I've got a hospital appointment myself Thursday morning, so can we meet after lunch?",
        "Hi Sam, meet me at the café opposite St Mary's church.",
        "Hi Sam, I'll see you by St Peter's church, near the bus stop.",
        "Hi Sam, Chapel Street Methodist church hall is where the group meets.",
        "Hi Sam, the youth club is at the Baptist church hall.",
        "Hi Sam, I'll park on Chapel Lane and walk up.",
        "Hi Sam, meet me in the hospital café at 2, it's easy to find.",
        "Hi Sam, let's meet outside the cathedral at 11.",
        "Hi Sam, the bus leaves from the council depot at 9.",
        "Hi Sam, the minibus is parked at the depot.",
        "Hi Sam, the Panel of the youth forum meets Thursday, pizza provided.",
        "Hi Sam, the Reporter from the local paper wants to interview the youth forum about the new skatepark.",
        "Hi Sam, I'll order the taxi for 9.",
        "Hi Sam, how's thee? Owt new? See you Tuesday.",
    ],
)
def test_probe18_hard_allows(text: str) -> None:
    """The practitioner's own training and appointments, places of worship, hospitals and depots as meeting points."""
    assert not screen_outbound(text, recipient_first_name="Sam").findings


# --- the probe20/probe22 round: innocent uses of risky words, the practitioner's own number, and the classes missed ---
# Sweeps written after reading the rules (coverage, not generalisation), screened with the CLI's council context. Before
# the round 190 of these 327 hard allows were blocked and 17 of these 136 blocks missed; after, 9 and 1 (the ones left
# are listed in test_probe20_round_left_as_they_are).
@pytest.mark.parametrize(
    ("name", "text"),
    [
        ('Sam', 'Hi Sam, the café at the leisure centre charges £2 for a brew, so bring some change.'),
        ('Sam', 'Hi Sam, the swimming pool charges £1.50 for under 18s on Saturdays.'),
        ('Sam', "Hi Sam, they charge £3 entry but I've got a voucher so it's free for you."),
        ('Sam', "Hi Sam, parking charges at the Civic Centre start at 9, so it's worth getting the bus."),
        ('Sam', "Hi Sam, there's an extra charge for the minibus if we go past 5, so let's be back by half 4."),
        ('Sam', 'Hi Sam, the charge for the trip is £5, the fund will cover it.'),
        ('Sam', "Hi Sam, the bank charged you twice for the bus ticket? I'll help you ring them Thursday."),
        ('Sam', "Hi Sam, my phone's on charge in the car, I'll ring you back in 10."),
        ('Sam', "Hi Sam, Julie is in charge of the youth club on Fridays if I'm not there."),
        ('Sam', "Hi Sam, the energy company said there are no charges for switching, so it's worth a look."),
        ('Sam', "Hi Sam, is your phone charged up for tomorrow? We'll need the map."),
        ('Sam', "Hi Sam, the police have closed the road by the station so I'll be a bit late."),
        ('Sam', 'Hi Sam, heads up, the police have shut the high street after an accident, go round by the park.'),
        ('Sam', "Hi Sam, the road's closed because of a police incident on the A406, running 20 mins late."),
        ('Sam', "Hi Sam, the old police station on Hoe Street is flats now, the café's next door."),
        ('Sam', 'Hi Sam, the community centre is in the old police station building, room 2.'),
        ('Sam', 'Hi Sam, the police horses will be at the fun day on Saturday, the kids will love it.'),
        ('Sam', 'Hi Sam, meet you at the basketball court in Lloyd Park at 4, bring a ball.'),
        ('Sam', 'Hi Sam, the courts at the back of the leisure centre are free on Sundays for badminton.'),
        ('Sam', "Hi Sam, I've booked a tennis court for us at 3, rackets are provided."),
        ('Sam', 'Hi Sam, see you on the court at 6 for five-a-side!'),
        ('Sam', 'Hi Sam, the netball courts by the school are open for the holiday club.'),
        ('Sam', 'Hi Sam, the court behind the youth centre has new hoops, fancy a game after our catch-up?'),
        ('Sam', "Hi Sam, we're in the meeting room at the back of Juniper Court, the block next to the Co-op."),
        ('Sam', "Hi Sam, I've put in for your Passport to Leisure card so the gym will be half price."),
        ('Sam', 'Hi Sam, the Passport to Leisure scheme gets you cheap swimming, shall I bring a form?'),
        (
            'Sam',
            "Hi Sam, there's a photo booth at the post office if you need a passport-style photo "
            'for the bus pass.',
        ),
        ('Sam', 'Hi Sam, bit of retail therapy in town after the appointment? 😄'),
        ('Sam', "Hi Sam, this weather's depressing isn't it! Hope the sun's out by Saturday."),
        ('Sam', "Hi Sam, isn't the rain depressing? Let's meet inside the library instead of the park."),
        ('Sam', "Hi Sam, I'm gutted about the match, the ref was a disgrace 😂"),
        ('Sam', 'Hi Sam, the traffic was mental this morning, sorry I was late.'),
        ('Sam', 'Hi Sam, I feel so guilty for cancelling again, thanks for being so understanding.'),
        ('Sam', "Hi Sam, I'm a bit anxious about the snow tomorrow, shall we do it by phone instead?"),
        ('Sam', "Hi Sam, I'm parked opposite the mosque on Lea Bridge Road, silver Corsa."),
        ('Sam', "Hi Sam, the bus stops right by the big church on the corner, I'll wait there."),
        ('Sam', 'Hi Sam, the food bank is in the church on Hoe Street, Tuesdays 10-12.'),
        ('Sam', 'Hi Sam, the baby group meets in the hall at the back of the gurdwara, all welcome.'),
        ('Sam', "Hi Sam, the jumble sale is at St Saviour's church on Saturday, loads of kids' clothes for a quid."),
        ('Sam', "Hi Sam, let's meet at the coffee shop across the road from the hospital, it's quieter."),
        ('Sam', 'Hi Sam, the Hub is the building just past the hospital on the left, before the roundabout.'),
        ('Sam', 'Hi Sam, the 58 goes past Whipps Cross hospital, get off at the stop after it.'),
        ('Sam', "Hi Sam, the car park behind the synagogue is free on Saturdays if you're driving."),
        ('Sam', "Hi Sam, the fireworks are on the green behind the cathedral, we'll meet by the gates."),
        ('Sam', "Hi Sam, it's the red brick building next to the health centre, my office is on the first floor."),
        ('Sam', 'Hi Sam, go past the GP surgery and the Hub is the next door on the right.'),
        ('Sam', 'Hi Sam, the new youth club is in the old chapel on Wood Street, Friday nights 6-8.'),
        ('Sam', "Hi Sam, the CV clinic at the library is on Tuesday, bring your laptop if you've got one."),
        ('Sam', "Hi Sam, there's a free bike clinic at the youth centre on Saturday, they'll fix your brakes."),
        ('Sam', 'Hi Sam, the job clinic at the Jobcentre runs every Wednesday morning.'),
        ('Sam', 'Hi Sam, Citizens Advice do a benefits clinic on Mondays at the Town Hall.'),
        ('Sam', "Hi Sam, the council's housing advice clinic is Thursday 2-4, just turn up."),
        ('Sam', 'Hi Sam, the homework clinic is after school in the library, the kids can drop in.'),
        (
            'Sam',
            'Hi Sam, the councillor holds a surgery at the library on Saturday mornings if you '
            'want to raise the bins.',
        ),
        ('Sam', "Hi Sam, the MP's advice surgery is Friday at the Town Hall, you can just turn up."),
        ('Sam', 'Hi Sam, the money advice clinic can help with the energy bills, shall I book you in?'),
        ('Sam', "Hi Sam, there's a digital skills clinic at the library on Mondays, they'll help set up your email."),
        ('Sam', 'Hi Sam, no pressure, but do you fancy coming to the cinema trip on Saturday?'),
        ('Sam', 'Hi Sam, have a think about the college course, no pressure to decide today.'),
        ('Sam', 'Hi Sam, no pressure at all, just let me know if Thursday still works?'),
        ('Sam', "Hi Sam, the boiler man said the water pressure's fine now, is the heating working?"),
        ('Sam', 'Hi Sam, my work number is 07700 900123 if you need me.'),
        ('Sam', 'Hi Sam, my mobile is 07700 900456, text me any time before 5.'),
        ('Sam', 'Hi Sam, you can reach me on 07700 900789 between 9 and 5.'),
        ('Sam', 'Hi Sam, this is my new work mobile, 07700 900321, please save it.'),
        ('Sam', "Hi Sam, if you can't get me on the office line try my mobile on 07700 900654."),
        ('Sam', "Hi Sam, it's Claire, your new social worker. My number is 07700 900987."),
        ('Sam', "Hi Sam, I'm on 07700 900111 all day tomorrow if anything comes up."),
        ('Sam', "Hi Sam, text me on 07700 900222 when you're outside and I'll come down."),
        ('Sam', 'Hi Sam, call me on 07700 900333 when you get this.'),
        ('Sam', "Hi Sam, this is my number now: 07700 900444. The old one doesn't work."),
        ('Sam', "Hi Sam, please ring Adult Social Care on 020 8496 0123 if it's urgent."),
        ('Sam', 'Hi Sam, ring Housing Options on 020 8496 0456 to book the appointment.'),
        ('Sam', 'Hi Sam, Citizens Advice are on 0800 144 8848 if you want to talk about the debt letters.'),
        ('Sam', "Hi Sam, if I'm not in, ring Children's Services on 020 8496 0789 and ask for the duty worker."),
        (None, 'Congrats on passing your probation at work Sam!! 🎉'),
        ('Sam', "Hi Sam, sorry to bail on you today, I'm stuck at another visit. Tomorrow at 11?"),
        ('Sam', "Hi Sam, fill in section 2 of the form and I'll do the rest when I see you."),
        ('Sam', "Hi Sam, on page 3, section 3 asks about your income, just leave that bit and I'll help."),
        ('Sam', 'Hi Sam, good luck at the football trial on Saturday! ⚽'),
        ('Sam', 'Hi Sam, the trials for the under 16s team are on Thursday at the leisure centre.'),
        ('Sam', 'Hi Sam, he scored in injury time! What a game.'),
        ('Sam', 'Hi Sam, you did breast stroke for two lengths, amazing 🏊'),
        ('Sam', 'Hi Sam, the blind in the meeting room is broken so it might be sunny, bring sunglasses lol.'),
        ('Sam', 'Hi Sam, watch out for the speed bump at the entrance of the car park.'),
        ('Sam', "Hi Sam, my car's broken down so I'm waiting for the AA, I'll be there by 11."),
        ('Sam', "Hi Sam, the drama group are reading the script on Thursday, you've got a part!"),
        ('Sam', 'Hi Sam, are you still using the laptop from the Hub? No rush to bring it back.'),
        ('Sam', "Hi Sam, the flat's been clean and tidy every time I've visited, well done!"),
        ('Sam', 'Hi Sam, the office is locked up after 5 so come before then.'),
        ('Sam', "Hi Sam, I don't think the leak warrants a visit, the repairs team can sort it."),
        ('Sam', "Hi Sam, bring a knife and fork for the cooking session, we're making pasta."),
        ('Sam', 'Hi Sam, no offence meant by my last text, I just meant earlier is better.'),
        ('Sam', "Hi Sam, I have a record of all your bus fares so I'll sort the refund Friday."),
        ('Sam', 'Hi Sam, watch out for fraud texts pretending to be the bank, never send your details.'),
        ('Sam', 'Hi Sam, the library fines for late books are waived for under 18s now.'),
        ('Sam', "Hi Sam, the hardship panel approved the grant, it'll be paid this week 🙌"),
        ('Sam', 'Hi Sam, the housing team are investigating the damp in the bathroom and will ring you.'),
        ('Sam', 'Hi Sam, if you have concerns about the new times just let me know.'),
        ('Sam', "Hi Sam, the trip is at risk of being cancelled because of the weather, I'll let you know tomorrow."),
        ('Sam', "Hi Sam, the garden's looking a bit neglected, want a hand with it at the weekend?"),
        ('Sam', 'Hi Sam, the judges at the talent show loved your song!'),
        ('Sam', "Hi Sam, how's the rescue dog you adopted? 🐶"),
        ('Sam', "Hi Sam, I've done the risk assessment for the climbing trip, we're all good to go."),
        ('Sam', 'Hi Sam, the possession stats were 70-30, what a performance.'),
        ('Sam', "Hi Sam, we've got two tablets for the digital skills class, you can borrow one."),
        ('Sam', "Hi Sam, I'm working from my home office today, so ring my mobile."),
        ('Sam', "Hi Sam, there's a drinking fountain by the café, so just bring a bottle."),
        ('Sam', "Hi Sam, the TransPennine train is delayed so I'll be there at half 2."),
        ('Sam', 'Hi Sam, the Trans Pennine Express is running late, meet you at 3 instead.'),
        ('Sam', 'Hi Sam, the sessions are bi-weekly now, so the next one is the 14th.'),
        ('Sam', "Hi Sam, that's a conservative estimate, it might take longer with the roadworks."),
        ('Sam', "Hi Sam, I'll drop you a pin for the café so you can find it on Google Maps."),
        ('Sam', 'Hi Sam, they take bank cards at the café now, no need for cash.'),
        ('Sam', 'Hi Sam, the nursery nurse said Tia settled in really well on her first day.'),
        ('Sam', "Hi Sam, we're meeting at Temple Meads station at 10."),
        ('Sam', 'Hi Sam, the cathedral quarter is lovely at Christmas, shall we meet there?'),
        ('Sam', 'Hi Sam, the wifi password for the library is on the desk at reception.'),
        ('Sam', "Hi Sam, I'll book an interpreter for Thursday so we can go through the forms together."),
        ('Sam', 'Hi Sam, shall I book an interpreter for the meeting, or are you happy in English?'),
        ('Sam', "Hi Sam, the Hub's postcode is E17 4JF if you're using the sat nav."),
        ('Sam', "Hi Sam, the postcode for the Family Hub is E17 9NH, it's behind the leisure centre."),
        ('Sam', "Hi Sam, you can email the team inbox at earlyhelp@northvale.gov.uk if that's easier."),
        ('Sam', 'Hi Sam, the duty inbox is leavingcare@northvale.gov.uk, they check it every day.'),
        ('Sam', "Hi Sam, the cooker's being delivered Tuesday between 8 and 1, can you make sure someone's in?"),
        ('Sam', 'Hi Sam, the engineer is coming Friday morning, will someone be home to let him in?'),
        ('Sam', "Hi Sam, I'm in court all morning for another family, so I'll call you after 2."),
        ('Sam', 'Hi Sam, the Travellers Rest pub does a good Sunday lunch, shall we meet there?'),
        ('Sam', "Hi Sam, I've sent the application, the decision panel meets on Monday for all the bursaries."),
        ('Sam', 'Hi Sam, the office politics here are exhausting lol, anyway see you Thursday.'),
        (
            'Tom',
            "Hi Tom, it's Jess from the leaving care team, this is my work number 07700 900151, "
            'save it in your phone.',
        ),
        ('Tom', 'Hi Tom, my work mobile is 07700 900152 if the office line is busy.'),
        ('Tom', "Hi Tom, here's my work number: 07700 900153. I'm usually free after 3."),
        ('Tom', "Hi Tom, new number for me from today - 07700 900154 (the old one's been switched off)."),
        ('Tom', 'Hi Tom, you can always reach me on my work mobile 07700 900155.'),
        ('Tom', "Hi Tom, I'll be on my mobile all day, 07700 900156, just give me a bell."),
        ('Tom', "Hi Tom, if you need me before Friday I'm on 07700 900157."),
        ('Tom', 'Hi Tom, you can get hold of me on 07700 900158 Monday to Thursday.'),
        ('Tom', "Hi Tom, best number to get me on is 07700 900159, I'm out on visits most days."),
        ('Tom', "Hi Tom, the duty social worker's mobile is 07700 900161 over the weekend."),
        ('Tom', 'Hi Tom, please call the Emergency Duty Team on 0300 555 1234 after 5pm.'),
        ('Tom', "Hi Tom, you can text the team on 07700 900162, whoever's on will reply."),
        ('Tom', 'Hi Tom, my direct line is 020 8496 0999, it goes straight to me.'),
        (
            'Tom',
            'Hi Tom, ring Shelter on 0808 800 4444 if you want advice about the eviction letter '
            'from the letting agent.',
        ),
        ('Tom', "Hi Tom, I've been given a new work phone, so please use 07700 900163 from now on."),
        ('Tom', 'Hi Tom, sorry I missed you - ring me back on 07700 900164 when you can.'),
        ('Tom', "Hi Tom, StepChange are on 0800 138 1111, they're really good with debt letters."),
        ('Tom', "Hi Tom, the Jobcentre's number is 0800 169 0190 if you need to rebook."),
        ('Tom', "Hi Tom, call Adult Social Care Direct on 0300 123 4567 if the carers don't turn up."),
        ('Ama', "Hi Ama, the swimming pool charges £2.50 a session but it's free with the leisure card."),
        ('Ama', 'Hi Ama, the after-school club charges £4 a day, I can help you apply for help with that.'),
        ('Ama', "Hi Ama, the college doesn't charge for the course if you're under 19."),
        ('Ama', "Hi Ama, be careful, the machine charges you even if it doesn't print the ticket."),
        ('Ama', "Hi Ama, there's a 50p charge for the toilets at the park."),
        ('Ama', 'Hi Ama, the police had the road shut for an hour this morning, hope you got to work ok.'),
        ('Ama', "Hi Ama, Forest Road's closed because of a police incident, go the long way round."),
        ('Ama', 'Hi Ama, there were loads of police at the football, traffic was a nightmare.'),
        ('Ama', 'Hi Ama, the basketball courts at the park have been done up, the boys will love them.'),
        ('Ama', 'Hi Ama, fancy a game of tennis on the courts by the river?'),
        ('Ama', 'Hi Ama, see you at the court for netball practice at 5.'),
        ('Ama', "Hi Ama, the food court at the shopping centre does cheap kids' meals on Tuesdays."),
        ('Ama', "Hi Ama, I've got the Passport to Leisure application for you, it's half price swimming and gym."),
        ('Ama', "Hi Ama, bring a passport-sized photo for the young person's railcard."),
        ('Ama', 'Hi Ama, after all that paperwork we deserve some retail therapy 😂'),
        ('Ama', 'Hi Ama, this rain is so depressing, roll on summer!'),
        ('Ama', "Hi Ama, the news is depressing isn't it, anyway fancy a brew Thursday?"),
        ('Ama', 'Hi Ama, what a depressing result for the Hammers on Saturday 😩'),
        ('Ama', 'Hi Ama, no pressure, just let me know when suits you.'),
        ('Ama', "Hi Ama, there's no pressure to come to the group, it's there if you want it."),
        ('Ama', "Hi Ama, the boiler engineer said it needs re-pressurising, he'll come back Monday."),
        ('Ama', 'Hi Ama, the bike clinic is back at the youth centre on Saturday, free puncture repairs 🚲'),
        ('Ama', 'Hi Ama, the CV and interview clinic at the Jobcentre is every Tuesday, shall I book you a slot?'),
        ('Ama', "Hi Ama, there's a tax credits clinic at Citizens Advice on Wednesday mornings."),
        ('Ama', 'Hi Ama, the careers clinic at college is Thursday lunchtime, worth a look.'),
        ('Ama', "Hi Ama, the parking at the back of the hospital is cheaper, then it's a two minute walk to us."),
        ('Ama', "Hi Ama, we're the building across from the mosque, blue door."),
        ('Ama', "Hi Ama, head towards the big church with the spire and we're just behind it."),
        ('Ama', "Hi Ama, I'll meet you in the car park of the Methodist church, then we'll walk over."),
        ('Ama', "Hi Ama, the summer fair is at St Peter's church on Saturday, there's a bouncy castle."),
        ('Ama', "Hi Ama, the warm space is in the hall at St Michael's church on Wednesdays, free soup."),
        ('Ama', 'Hi Ama, the uniform swap is at the church on the high street this Saturday.'),
        ('Ama', 'Hi Ama, the community café at the gurdwara does free lunches for everyone on Sundays.'),
        ('Ama', 'Hi Ama, the library is the building opposite the hospital entrance.'),
        ('Ama', "Hi Ama, the number 20 stops outside the hospital, get off there and we're round the corner."),
        ('Ama', 'Hi Ama, the toy library is in the old church on Station Road.'),
        ('Ama', 'Hi Ama, the cathedral is lit up for Christmas, worth a look on the way home.'),
        ('Ama', 'Hi Ama, the bus goes past the synagogue and the Hub is the next stop.'),
        ('Ama', "Hi Ama, there's parking behind the temple on Sundays, it's free."),
        ('Ama', 'Hi Ama, the fun day is on the field behind the mosque, everyone welcome.'),
        ('Ama', 'Hi Ama, the youth club is running a football trial for the under 14s next week.'),
        ('Ama', 'Hi Ama, the judge on Bake Off was so harsh last night lol'),
        ('Ama', 'Hi Ama, the new cinema has a charging point for the car if you drive.'),
        ('Ama', "Hi Ama, I've ordered the tablet for your digital course, it should come Friday."),
        ('Ama', 'Hi Ama, the café takes cards now, so no need to bring cash.'),
        ('Ama', "Hi Ama, sorry to bail, something's come up. Can we do Friday instead?"),
        ('Ama', "Hi Ama, I'm on a course all day Tuesday, it's mental health first aid, so I'll be slow replying."),
        ('Ama', "Hi Ama, it's been mental busy at the office today, sorry for the late reply."),
        ('Ama', "Hi Ama, I know it's a pain, but you'll need to fill in section 4 again, they've sent it back."),
        ('Ama', 'Hi Ama, no offence but your handwriting is worse than mine 😂'),
        ('Ama', 'Hi Ama, great news, you passed your probation at Tesco! Permanent contract!'),
        ('Ama', "Hi Ama, the kids' cooking class needs a knife and fork each, and an apron."),
        ('Ama', "Hi Ama, the risk assessment for the residential is done, so you're all booked on."),
        ('Ama', "Hi Ama, the landlord's investigating the leak, he'll send someone Thursday."),
        ('Ama', "Hi Ama, the parking charges at the hospital are mad, so I'll pick you up instead."),
        ('Ama', 'Hi Ama, the old court house is the new arts centre now, the craft class is there on Mondays.'),
        ('Ama', 'Hi Ama, the address for the Hub is 12 Church Hill, E17 3AB, see you there.'),
        ('Ama', 'Hi Ama, our address is Juniper House, 5 Station Road, E17 4QQ, first floor.'),
        ('Ama', 'Hi Ama, if you have any questions or concerns just give me a ring.'),
        ('Ama', 'Hi Ama, the gym induction is free, just bring trainers and a drinking bottle.'),
        ('Ama', 'Hi Ama, the Trans Pennine Express from Manchester gets in at 10.'),
        ('Ama', 'Hi Ama, the prayer room at the Hub is free to use if you need it.'),
        ('Ama', 'Hi Ama, happy birthday! Hope the kids spoil you rotten 🎂'),
        ('Ama', 'Hi Ama, good luck at the audition! Break a leg 🎭'),
        ('Ama', 'Hi Ama, congrats on the new job! When do you start?'),
        ('Ama', 'Hi Ama, the council tax support clinic can help you fill in the form, do you want me to book it?'),
        ('Ama', "Hi Ama, the surgery car park is the easiest place to meet, then we'll walk to the Hub."),
        ('Ama', 'Hi Ama, the dentist on the high street is where we turn left for the Hub.'),
        ('Ama', "Hi Ama, my sister's a nurse and she swears by these gloves for the garden, I'll bring you some."),
        ('Ama', "Hi Ama, I've got a doctor's appointment myself on Friday morning so can we make it 2?"),
        ('Ama', "Hi Ama, I'm off sick today so my colleague will come instead, sorry."),
        ('Ama', 'Hi Ama, the school holiday club is at the leisure centre, the charge is £10 a week.'),
        ('Ama', "Hi Ama, there's a charity fun run for the hospice on Sunday if you fancy it."),
        ('Ama', 'Hi Ama, the car boot sale is at the church car park on Sunday morning, loads of bargains.'),
        ('Jo', 'Hi Jo, shall we grab something to eat after the appointment? My treat.'),
        ('Jo', 'Hi Jo, do you want to eat at the café before we go in, or after?'),
        ('Jo', 'Hi Jo, are you eating out for your birthday? Anywhere nice?'),
        ('Jo', 'Hi Jo, did you manage to get any sleep with that storm last night? The wind was wild!'),
        ('Jo', "Hi Jo, how's the cooking course going? Made anything nice yet?"),
        ('Jo', "Hi Jo, what are you doing for Christmas dinner this year, going to your sister's?"),
        ('Jo', 'Hi Jo, are you still working at the garage? I walked past and thought of you.'),
        ('Jo', 'Hi Jo, how was the first day at the new job? Are the people nice?'),
        ('Jo', 'Hi Jo, did the boys enjoy the football? Who won?'),
        ('Jo', "Hi Jo, are you going to the fireworks tonight? It's meant to stay dry."),
        ('Jo', 'Hi Jo, have you got a bus pass yet or shall I sort you a day ticket?'),
        ('Jo', 'Hi Jo, is the new washing machine working ok? Any problems, let me know.'),
        ('Jo', 'Hi Jo, did you get the shopping vouchers I sent? They should have come Monday.'),
        ('Jo', "Hi Jo, do you fancy the cinema on Friday? There's a free screening for care leavers."),
        ('Jo', "Hi Jo, how much is the bus fare from yours now? I'll refund it on Thursday."),
        ('Jo', 'Hi Jo, is it ok if I bring a student with me on Tuesday? No pressure either way.'),
        ('Jo', 'Hi Jo, how often does the 34 run on Sundays? I might get it with you.'),
        ('Jo', 'Hi Jo, will you be home on Thursday morning for the boiler man?'),
        ('Jo', "Hi Jo, did you find the leisure centre ok? It's a bit hidden behind the car park."),
        ('Jo', 'Hi Jo, are the kids excited for the holidays? Any plans?'),
        ('Jo', "Hi Jo, what did you think of the flat? It's got a lovely view of the park."),
        ('Jo', 'Hi Jo, are you around on Saturday? The youth club is doing a BBQ.'),
        ('Jo', 'Hi Jo, how did the driving lesson go? Not long till your test now!'),
        ('Jo', 'Hi Jo, did you manage to sort the phone contract in the end?'),
        ('Jo', 'Hi Jo, have you been to the new café by the station yet? The cakes are amazing.'),
        ('Jo', 'Hi Jo, can your mum drop the forms in, or shall I collect them?'),
        ('Jo', 'Hi Jo, do you want me to bring the buggy on Wednesday or have you got one?'),
        ('Jo', "Hi Jo, are you ok with dogs? Mine's in the car but she'll stay there."),
        ('Jo', 'Hi Jo, how are you getting to the college open day, bus or train?'),
        ('Jo', 'Hi Jo, do you need a lift to the interview or are you ok getting there?'),
        ('Jo', 'Hi Jo, what size school shoes does your son need? The grant covers them.'),
        ('Jo', 'Hi Jo, is Tuesday still good, or would Wednesday be better for you?'),
        ('Jo', 'Hi Jo, did you see the snow this morning? The kids must have loved it!'),
        ('Jo', "Hi Jo, do you drink tea or coffee? I'll grab one on the way."),
        ('Jo', "Hi Jo, fancy a walk round the park instead of sitting in the office? It's lovely out."),
        ('Jo', 'Hi Jo, how are you finding the new flat? Settling in ok?'),
        ('Jo', 'Hi Jo, have you got enough boxes for the move? I can bring more.'),
        ('Jo', 'Hi Jo, did you get home ok last night? The trains were a mess.'),
        ('Jo', "Hi Jo, are you still up for bowling on Saturday? Everyone's meeting at 1."),
        ('Jo', 'Hi Jo, what do you want to do for your birthday outing? Cinema, bowling, or food?'),
        ('Jo', 'Hi Jo, would you like me to come with you to the bank to open the account?'),
        ('Jo', 'Hi Jo, is your phone ok now? You sounded crackly yesterday.'),
        ('Jo', "Hi Jo, have you decided which college course you're going for?"),
        ('Jo', 'Hi Jo, can I grab five minutes on the phone about the grant form? Nothing to worry about.'),
        ('Jo', "Hi Jo, does your little one like painting? There's a messy play session Friday."),
        ('Jo', "Hi Jo, did the new bed get delivered? Hope it's comfy!"),
        ('Jo', "Hi Jo, is the heating working again now the engineer's been?"),
        ('Jo', 'Hi Jo, which day works best for you for the house viewing, Tuesday or Thursday?'),
        ('Lee', 'Hi Lee, StepChange do free debt counselling, shall I send you the link?'),
        ('Lee', 'Hi Lee, the careers counsellor at college is in on Wednesdays if you want help with your UCAS form.'),
        ('Lee', "Hi Lee, good luck with your psychology exam tomorrow! You've worked so hard."),
        ('Lee', "Hi Lee, how's the psychology course going at college?"),
        ('Lee', 'Hi Lee, the bus stops right outside A&E, then the Hub is across the road.'),
        ('Lee', "Hi Lee, there's a disabled toilet and baby change on the ground floor."),
        ('Lee', 'Hi Lee, the venue is wheelchair accessible so your nan is welcome to come along to the fun day.'),
        ('Lee', "Hi Lee, it's steak and kidney pie at the lunch club on Thursday, your favourite!"),
        ('Lee', "Hi Lee, I'll meet you outside the Cancer Research shop on the high street at 11."),
        ('Lee', 'Hi Lee, the tutor said you can use visual aids in your presentation, like pictures.'),
        ('Lee', "Hi Lee, I'll send you an MS Teams link for Tuesday's catch-up."),
        ('Lee', "Hi Lee, let's meet in the Costa in the hospital, it's warm and there's seats."),
        ('Lee', "Hi Lee, the due date for the bursary form is Friday, so let's do it Thursday."),
        ('Lee', "Hi Lee, the youth club is alcohol-free, but there's pizza and pop."),
        ('Lee', "Hi Lee, grab some alcohol gel at the door when you come in, it's flu season."),
        ('Lee', "Hi Lee, I've got some weed killer for the patio if you want it."),
        ('Lee', 'Hi Lee, a digital detox weekend sounds amazing, enjoy the camping!'),
        ('Lee', "Hi Lee, I have faith in you, you'll smash the interview."),
        ('Lee', 'Hi Lee, keep the faith, the flat will come through soon.'),
        ('Lee', 'Hi Lee, cut the tag off the new coat before you wear it lol'),
        ('Lee', "Hi Lee, the damp doesn't warrant moving you out, but the repairs team will fix it this week."),
        ('Lee', 'Hi Lee, £8 for a sandwich at the station is criminal!'),
        ('Lee', 'Hi Lee, a word of caution, the path by the canal is really icy this morning.'),
        ('Lee', "Hi Lee, just write a few sentences about yourself for the CV and I'll help with the rest."),
        ('Lee', 'Hi Lee, the assault course at the adventure park was brilliant, well done for finishing it.'),
        ('Lee', "Hi Lee, the new Spider-Man film's release date is the 14th, fancy going?"),
        ('Lee', 'Hi Lee, your placement at the garage starts Monday, they said wear old clothes.'),
        ('Lee', "Hi Lee, I'm moving you to the 3pm slot on Thursday because the room's booked in the morning."),
        (
            'Lee',
            "Hi Lee, the charity shop had a cardiac arrest training day, I've got you a place on "
            'the first aid course.',
        ),
        ('Lee', 'Hi Lee, the talent show judges loved your dance!'),
        ('Lee', "Hi Lee, the police cadets meet on Tuesday nights at the community centre if you're interested."),
        (
            'Lee',
            "Hi Lee, I've been on the phone to the energy company for an hour, it's criminal how "
            'long they keep you waiting.',
        ),
        ('Lee', "Hi Lee, the photos from the trip came out lovely, I'll print some for you."),
        ('Lee', "Hi Lee, we've got a new hearing loop in the meeting room now."),
        ('Lee', "Hi Lee, my mum's in hospital so I'm off tomorrow, my colleague Sam will ring you instead."),
        ('Lee', "Hi Lee, I had a dentist appointment this morning so I'm running late, sorry!"),
        ('Lee', 'Hi Lee, the Samaritans shop on Hoe Street has some great winter coats for a fiver.'),
        ('Lee', 'Hi Lee, the British Heart Foundation furniture shop has sofas, shall we have a look?'),
        ('Lee', "Hi Lee, don't forget your swimming stuff, the session is in the therapy pool at the leisure centre."),
        ('Lee', 'Hi Lee, the boxing club has a weigh-in before the match, so eat something light.'),
        ('Lee', 'Hi Lee, a quick note - the trial period for the phone contract ends on the 5th.'),
        ('Lee', 'Hi Lee, the office is closed for a staff away day, so no visits Thursday.'),
        ('Lee', 'Hi Lee, the Christmas lights switch-on is by the old court house at 6.'),
        ('Lee', "Hi Lee, the pharmacy on the corner is where the bus stops, we're two doors down."),
        ('Lee', "Hi Lee, the hospital radio are looking for volunteers, you'd be great at it!"),
        ('Lee', "Hi Lee, my son's off sick so I'm working from home today, ring my mobile."),
        ('Lee', "Hi Lee, there's a first aid course at the library if you fancy getting a certificate for your CV."),
    ],
)
def test_probe20_round_hard_allows(name: str, text: str) -> None:
    """A word in its everyday sense: prices and charges, the police on the roads, a sports court, a football trial,
    a job's probation, cancelling plans ("bail on"), a section of a form, Passport to Leisure, retail therapy, "the
    weather's depressing", "no pressure", clinics and surgeries that are not health care, places of worship, hospitals
    and surgeries as landmarks and venues, the practitioner's own or a service's number and inbox, a place's postcode,
    friendly and logistics questions with a topic word in them (eating out, tea or coffee, the bus fare, heating)."""
    assert not screen_outbound(text, recipient_first_name=name, context=COUNCIL_CONTEXT).blocked


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ('Sam', "Hi Sam, he's been charged with assault and the hearing is next month."),
        ('Sam', 'Hi Sam, the charges against your brother have been dropped.'),
        ('Sam', 'Hi Sam, the police charged him last night.'),
        ('Sam', "Hi Sam, remember your bail conditions mean you can't go into town."),
        ('Sam', "Hi Sam, he's out on bail till the 14th."),
        ('Sam', 'Hi Sam, is your boyfriend still on bail?'),
        ('Sam', 'Hi Sam, your probation officer wants to see you Thursday.'),
        ('Sam', "Hi Sam, don't forget your probation appointment at 2."),
        ('Sam', "Hi Sam, I'll come with you to court on Tuesday."),
        ('Sam', 'Hi Sam, what time do you need to be at court?'),
        ('Sam', 'Hi Sam, the police want to speak to you about Saturday night.'),
        ('Sam', "Hi Sam, the police came round to your mum's last night, are you ok?"),
        ('Sam', 'Hi Sam, the police station rang, they want you to come in for an interview.'),
        ('Sam', 'Hi Sam, the doctors have put him on a section 3 now.'),
        ('Sam', 'Hi Sam, she was sectioned on Friday and is on the ward.'),
        ('Sam', 'Hi Sam, how did it go with the therapist?'),
        ('Sam', 'Hi Sam, is your counselling still on Wednesdays?'),
        ('Sam', 'Hi Sam, your appointment at the sexual health clinic is on Monday.'),
        ('Sam', 'Hi Sam, the clinic rang about your results.'),
        ('Sam', "Hi Sam, I'll pick you up from church on Sunday and we can go from there."),
        ('Sam', 'Hi Sam, see you after mosque on Friday?'),
        ('Sam', "Hi Sam, I've booked an interpreter who speaks Polish for you."),
        ('Sam', 'Hi Sam, are you still using?'),
        ('Sam', 'Hi Sam, have you managed to stay clean this week?'),
        ('Sam', 'Hi Sam, how was your AA meeting last night?'),
        ('Sam', 'Hi Sam, did you pick up your methadone script?'),
        ('Sam', 'Hi Sam, the trial starts on Monday at the Crown Court.'),
        ('Sam', 'Hi Sam, the panel approved the foster placement for the boys.'),
        ('Sam', 'Hi Sam, the children are at risk if he comes back to the house.'),
        ('Sam', 'Hi Sam, the school raised concerns about neglect.'),
        ('Sam', 'Hi Sam, the risk assessment says Dad can have the kids overnight.'),
        ('Sam', "Hi Sam, he's been done for possession of cannabis."),
        ('Sam', 'Hi Sam, have you been taking your tablets?'),
        ('Sam', 'Hi Sam, is your mum drinking again?'),
        ('Sam', 'Hi Sam, can you send me a photo of your passport?'),
        ('Sam', "Hi Sam, what's the PIN number for your bank card?"),
        ('Sam', "Hi Sam, send me the password for your UC journal and I'll check it."),
        ('Sam', 'Hi Sam, her email is kerry.b88@gmail.com if you want to get in touch.'),
        ('Sam', 'Hi Sam, her number is 07700 900555, she said to ring her.'),
        ('Sam', "Hi Sam, ring Dave on 07700 900666, he's expecting you."),
        ('Sam', 'Hi Sam, ring your mum on 07700 900777 tonight.'),
        ('Sam', 'Hi Sam, text Jade on 07700 900888 about the kids.'),
        ('Sam', 'Hi Sam, the LADO is looking into what happened at the nursery.'),
        ('Sam', 'Hi Sam, the designated officer will be in touch about the allegation.'),
        ('Sam', 'Hi Sam, are the voices any quieter this week?'),
        ('Sam', 'Hi Sam, have the voices been telling you to hurt yourself?'),
        ('Sam', "Hi Sam, the court fine needs paying by Friday or they'll take it from your benefits."),
        ('Sam', "Hi Sam, there's an exclusion zone so you can't go anywhere near Hoe Street."),
        ('Sam', 'Hi Sam, your curfew starts at 7 so be home by then.'),
        ('Sam', "Hi Sam, Liam's placement with the Smiths has broken down."),
        ('Sam', 'Hi Sam, your neighbour Tracey said she heard shouting on Saturday.'),
        ('Sam', 'Hi Sam, Mr Khan from next door rang to complain about the noise again.'),
        ('Sam', "Hi Sam, I'll meet you just outside the court at 9.30 on Tuesday."),
        ('Sam', 'Hi Sam, the magistrates said you have to pay costs.'),
        ('Sam', 'Hi Sam, is he still inside?'),
        ('Sam', 'Hi Sam, how are your bills looking this month, are you managing?'),
        ('Sam', "Hi Sam, can you make sure you're taking your meds every morning?"),
        ('Sam', "Hi Sam, you'll need a fit note from the GP surgery for work."),
        ('Sam', 'Hi Sam, your GP at Bakers Avenue Surgery wants to see you about the results.'),
        ('Sam', 'Hi Sam, the hospital said you can go home tomorrow.'),
        ('Sam', "Hi Sam, I'll wait for you outside the police station while they interview you."),
        ('Sam', 'Hi Sam, the bail hearing is at the magistrates on Friday.'),
        ('Sam', 'Hi Sam, your trial date has been set.'),
        ('Sam', "Hi Sam, how's your anxiety been this week?"),
        ('Sam', 'Hi Sam, do you feel guilty about what happened with the kids?'),
        ('Sam', 'Hi Sam, the judge has made a care order.'),
        ('Sam', 'Hi Sam, the adoption panel meets on Thursday about the baby.'),
        ('Sam', 'Hi Sam, the police are investigating what happened to Jayden.'),
        ('Sam', "Hi Sam, the school have concerns about the bruises on Mia's arm."),
        ('Sam', 'Hi Sam, the community church food bank said you missed your appointment with the debt adviser.'),
        ('Jo', 'Hi Jo, are you eating properly at the moment?'),
        ('Jo', 'Hi Jo, what did you have to eat yesterday?'),
        ('Jo', 'Hi Jo, are you eating at home or mostly takeaways?'),
        ('Jo', 'Hi Jo, how much are you drinking these days?'),
        ('Jo', 'Hi Jo, do you drink every night?'),
        ('Jo', 'Hi Jo, have you had a drink since we last spoke?'),
        ('Jo', 'Hi Jo, are you getting any sleep at all?'),
        ('Jo', 'Hi Jo, how many hours do you sleep a night?'),
        ('Jo', 'Hi Jo, how much money have you got left after the rent?'),
        ('Jo', 'Hi Jo, how much do you spend on gas and electric each week?'),
        ('Jo', 'Hi Jo, how often does your ex come round?'),
        ('Jo', 'Hi Jo, how often do you see your friends?'),
        ('Jo', 'Hi Jo, how many people live in the flat with you?'),
        ('Jo', 'Hi Jo, how many times has he been round this week?'),
        ('Jo', 'Hi Jo, are you still working or did you have to give it up?'),
        ('Jo', 'Hi Jo, how are you finding things at home with the baby?'),
        ('Jo', 'Hi Jo, how are you finding being a mum?'),
        ('Jo', 'Hi Jo, what do you think about your mum moving in?'),
        ('Jo', 'Hi Jo, does the baby sleep through the night?'),
        ('Jo', 'Hi Jo, who does the shopping and cooking at yours?'),
        ('Jo', 'Hi Jo, do you get any help with the shopping?'),
        ('Jo', "Hi Jo, what do you do when the kids won't go to bed?"),
        ('Jo', 'Hi Jo, how is your mood this week?'),
        ('Jo', 'Hi Jo, is there enough food in the house for the kids?'),
        ('Jo', 'Hi Jo, do you feel safe with him at home?'),
        ('Jo', 'Hi Jo, how often are you using at the moment?'),
        ('Jo', 'Hi Jo, no pressure, but how are you and your partner getting on these days?'),
        ('Jo', "Hi Jo, how much is he drinking when he's got the kids?"),
        ('Jo', 'Hi Jo, what do you usually have for breakfast?'),
        ('Jo', 'Hi Jo, can you tell me about a typical day for you and the children?'),
        ('Jo', 'Hi Jo, what did you think of the meeting with your ex? How did it make you feel?'),
        ('Jo', 'Hi Jo, how is the baby feeding? How many bottles is she having?'),
        ('Jo', 'Hi Jo, the clinic can help with the bills, but are you behind on the rent?'),
        ('Jo', 'Hi Jo, are you managing to keep on top of the bills?'),
        ('Jo', "Hi Jo, has anyone been pressuring you to do things you don't want to?"),
        ('Kim', 'Hi Kim, after what Leo told his teacher, the school have contacted us.'),
        ('Kim', 'Hi Kim, the disclosure Ava made at school has been passed to the police.'),
        ('Kim', "Hi Kim, Imam Hassan said he'd be happy to speak for you at the hearing."),
        ('Kim', "Hi Kim, Father Michael rang, he's worried about you since the funeral."),
        ('Kim', 'Hi Kim, DC Morris will ring you about the statement tomorrow.'),
        ('Kim', "Hi Kim, Tyler's been charged with the burglary."),
        ('Kim', "Hi Kim, Shannon's been sectioned again, she's on the ward at Goodmayes."),
        ('Kim', 'Hi Kim, Darren gets out on licence next Friday, he wants to see the kids.'),
        ('Kim', 'Hi Kim, how are things with you and Marcus since the argument?'),
        ('Kim', 'Hi Kim, the staff at Carseview said you can bring her clothes on Tuesday.'),
        ('Kim', 'Hi Kim, the reparation project needs you there Saturday at 10.'),
        ('Kim', 'Hi Kim, the victim awareness course finishes next week, well done for sticking with it.'),
        ('Kim', 'Hi Kim, the restorative justice meeting with the shop owner is on Monday.'),
        ('Kim', 'Hi Kim, the EHC needs assessment for Josh has been agreed.'),
        ('Kim', 'Hi Kim, the discharge planning meeting is on the ward at 2.'),
        ('Kim', "Hi Kim, don't forget you're reporting to the police station every Monday."),
        ('Kim', 'Hi Kim, can you get everything ready for court by Wednesday?'),
        ('Kim', "Hi Kim, I'll meet you before court on the 12th so we can go in together."),
        ('Kim', "Hi Kim, I'll drop the letters round to 7 Ffordd Las, Llandudno tomorrow."),
        ('Kim', "Hi Kim, the older lads he's hanging around with are giving him money and phones."),
        ('Kim', 'Hi Kim, has anyone asked you to carry packages for them?'),
        ('Kim', "Hi Kim, he's in Barlinnie till March, his release date is the 3rd."),
        ('Kim', "Hi Kim, the non-molestation order means he can't contact you at all."),
        ('Kim', "Hi Kim, he's not allowed to come within 200 metres of the school."),
        ('Kim', 'Hi Kim, the neighbour said the kids were left home alone on Saturday night.'),
        ('Kim', 'Hi Kim, a neighbour saw the children out on their own at 11pm.'),
        ('Kim', 'Hi Kim, Maghaberry have confirmed the visit for Thursday.'),
        ('Kim', 'Hi Kim, the reviewing officer at the LAC review said the placement is going well.'),
        ('Kim', 'Hi Kim, Rev Thomas said you can use the vestry for the contact session.'),
        ('Kim', 'Hi Kim, the allegation Jess made has gone to the LADO.'),
    ],
)
def test_probe20_round_blocks(name: str, text: str) -> None:
    """The genuine uses beside those classes stay blocked, and the round's new classes are found: a named person's
    words, allegation or release, a faith leader or officer by title, a partner named beside a question, youth justice
    work, psychiatric hospitals and prisons in Scotland, Wales and Northern Ireland, EHC plans, a hospital discharge,
    court as an event ("ready for court"), Welsh street names, signs of exploitation, distance orders, children left
    alone."""
    assert screen_outbound(text, recipient_first_name=name, context=COUNCIL_CONTEXT).blocked


@pytest.mark.parametrize(
    ("name", "text", "blocked"),
    [
        (
            'Sam',
            'Hi Sam, the Christmas carols are outside the church at 6 if you and the kids fancy '
            'it, free mince pies.',
            True,
        ),
        ('Sam', "Hi Sam, how's the new job going? When does your probation period finish?", True),
        # round 12 changed this call: a colleague's work line, given as cover, is allowed
        ('Tom', "Hi Tom, Kerry (my manager) is covering while I'm off, her work mobile is 07700 900160.", False),
        ('Ama', 'Hi Ama, the police station on Forest Road has a post box outside if you need to post the form.', True),
        ('Jo', 'Hi Jo, how many tickets do you need for the panto, just you and the kids?', True),
        ('Jo', "Hi Jo, what time does the baby usually nap? I'll come round after that.", True),
        ('Lee', 'Hi Lee, the scan of the letter came out blurry, could you bring the original Thursday?', True),
        ('Lee', 'Hi Lee, we were robbed on Saturday, that was never a penalty! ⚽', True),
        ('Lee', 'Hi Lee, the Youth Panel meets at the Town Hall on Wednesdays, they want more young people.', True),
        ('Sam', 'Hi Sam, if he gets a record it could affect his job.', False),
    ],
)
def test_probe20_round_left_as_they_are(name: str, text: str, blocked: bool) -> None:
    """Left: carols outside a church (a religious event); a job's probation named in another sentence; a colleague's
    work mobile given as "her work mobile" (allowed since round 12 when the colleague or cover is named); a police
    station named with its street; tickets for "just you and the kids";
    the baby's usual nap time; a scan of a letter (a document, by policy); "we were robbed" at the football; the Youth
    Panel; "if he gets a record" (no criminal word)."""
    assert screen_outbound(text, recipient_first_name=name, context=COUNCIL_CONTEXT).blocked is blocked


@pytest.mark.parametrize(
    ("text", "code", "found"),
    [
        ("Hi Sam, my work number is 07700 900123 if you need me.", "phone_number", False),
        ("Hi Sam, here's my work number: 07700 900153.", "phone_number", False),
        ("Hi Sam, I'm on 07700 900111 all day tomorrow.", "phone_number", False),
        ("Hi Sam, please ring Adult Social Care on 020 8496 0123 if it's urgent.", "phone_number", False),
        ("Hi Sam, the Jobcentre's number is 0800 169 0190 if you need to rebook.", "phone_number", False),
        ("Hi Sam, the duty social worker's mobile is 07700 900161 over the weekend.", "phone_number", False),
        ("Hi Sam, ring Dave on 07700 900666, he's expecting you.", "phone_number", True),
        ("Hi Sam, her number is 07700 900555, she said to ring her.", "phone_number", True),
        ("Hi Sam, you can email the team inbox at earlyhelp@northvale.gov.uk.", "email_address", False),
        ("Hi Sam, email me at j.okafor@northvale.gov.uk if that's easier.", "email_address", False),
        ("Hi Sam, her email is kerry.b88@gmail.com.", "email_address", True),
        ("Hi Sam, the support worker's address is support.jane@gmail.com.", "email_address", True),
        ("Hi Sam, the Hub's postcode is E17 4JF if you're using the sat nav.", "postcode", False),
    ],
)
def test_whose_number_inbox_or_postcode(text: str, code: str, found: bool) -> None:
    """The practitioner's own number ("my work number", "I'm on…"), a service named in capitals, a freephone or 03
    number, a worker's work mobile, a team's inbox (a role word, not at a webmail provider), the practitioner's own
    address at a public body, and a place's postcode are not a person's details; a named person's are."""
    found_codes = {f.code for f in screen_outbound(text, recipient_first_name="Sam", context=COUNCIL_CONTEXT).findings}
    assert (code in found_codes) is found


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Hi Sam, the foster placement has ended and Aaron is moving to a new carer tonight.", "Aaron"),
        ("Hi Sam, the police have given Chloe a caution for the shoplifting.", "Chloe"),
        ("Hi Sam, is Tariq still taking his sertraline?", "Tariq"),
        ("Hi Sam, your probation officer Kate Brennan is ringing at 3 about the curfew.", "Kate Brennan"),
    ],
)
def test_a_person_named_beside_a_case_matter_is_personal_data_too(text: str, named: str) -> None:
    result = screen_outbound(text, recipient_first_name="Sam", context=COUNCIL_CONTEXT)
    assert named in [text[f.start : f.end] for f in result.findings if f.category is Category.PERSONAL_DATA]


@pytest.mark.parametrize(
    "text",
    [
        "Hi Sam, the sickle cell clinic at Queen Elizabeth moved your appointment to 2pm.",
        "Hi Sam, the Youth Offending Service has asked me to pass on the panel date.",
        "Hi Sam, with Ramadan starting I have moved our visits to the mornings.",
        "Hi Sam, the memory clinic at Fulbourn Hospital has written to your mum.",
        "Hi Sam, it is Priya from the leaving care team, the strategy meeting is on Friday.",
    ],
)
def test_places_services_festivals_and_the_practitioner_are_not_named_people(text: str) -> None:
    result = screen_outbound(text, recipient_first_name="Sam", context=COUNCIL_CONTEXT)
    assert result.findings  # each is still refused for what it says
    assert not [f for f in result.findings if f.code == "third_party_named"]


@pytest.mark.parametrize(
    "text",
    [
        "Hi Sam, the conference room on the first floor of the library is ours from 2.",
        "Hi Sam, the clothes bank is open Mondays, no referral needed, just go along.",
    ],
)
def test_a_conference_room_and_an_open_door_pass(text: str) -> None:
    assert not screen_outbound(text, recipient_first_name="Sam", context=COUNCIL_CONTEXT).findings


def test_a_referral_still_blocks_beside_an_open_door() -> None:
    text = "Hi Sam, the school has made a referral about the children; the clothes bank needs no referral."
    assert screen_outbound(text, recipient_first_name="Sam", context=COUNCIL_CONTEXT).findings


@pytest.mark.parametrize(
    ("text", "assessment"),
    [
        ("Hi Sam, when did you last use? be honest", True),
        ("sam did u use at the weekend?", True),
        ("Sam when did you last score?", True),
        ("Sam, what did you take?", True),
        ("Hi Sam, when did you last use the minibus?", False),
        ("Hi Sam, did you use the voucher I sent?", False),
        ("Hi Sam, what did you take to the party?", False),
    ],
)
def test_use_and_score_with_no_object_ask_about_drug_use(text: str, assessment: bool) -> None:
    result = screen_outbound(text, recipient_first_name="Sam", context=COUNCIL_CONTEXT)
    assert (Category.ASSESSMENT in {f.category for f in result.findings}) is assessment


# --- round 14 (probe26, probe28) -------------------------------------------------------------------------------

PD_, SC_, CO_, CS_, AS_ = (
    Category.PERSONAL_DATA,
    Category.SPECIAL_CATEGORY,
    Category.CRIMINAL_OFFENCE,
    Category.CASE_SENSITIVE,
    Category.ASSESSMENT,
)


@pytest.mark.parametrize(
    "text",
    [
        # a festival or holiday greeting is a courtesy (council decision, round 14)
        "Sam, Eid Mubarak to you and yours! Speak next week.",
        "Happy Hanukkah Sam, hope the latkes are good 🕎",
        "Shubh Diwali Sam! Have a brilliant evening with the lights ✨",
        "Sam, wishing you and the kids a peaceful Easter, the office reopens Tuesday.",
        "Hi Sam, have a lovely Vaisakhi and enjoy the parade!",
        "Ramadan Kareem Sam, I'll be in touch after the bank holiday.",
        # a member of staff's ID badge, not the person's ID
        "Sam, our staff always wear an ID badge on a lanyard, so check for it at the door.",
        "Anyone from the council will show you their staff ID card before coming in, Sam.",
        # a sport's court
        "Sam ur squad were unreal on the court today, the coach said so 🏀",
        "great game Sam, you were everywhere on the court!",
        # tagged in photos or online
        "Sam I won't tag you in the photos from the trip, promise",
        "The pics from the fun day are up but nobody's tagged on Facebook, Sam.",
        # a referral code, first aid training, a prison museum, tablets to borrow, conviction as certainty
        "Sam, use referral code FRIEND10 for a free week at the gym.",
        "The paediatric first aid refresher for parents is on the 12th, Sam.",
        "Sam, the youth club trip to the police museum is on Saturday, meet at 10.",
        "Sam the hub now loans out tablets for the online course, just ask at the desk.",
        "Sam you said it with such conviction, the panel of judges loved it",
        "Sam, the conviction in your voice at the open mic was something else!",
        # a police station named as a landmark, a flat tyre, a time then a clause, the office's own address
        "Sam, I'll wait outside Leyton police station in the blue Fiesta at 2.",
        "Sam, the football looks a bit depressed, can you bring the pump?",
        "Sam: Walthamstow Central at 10, grab a coffee, then the museum?",
        "Sam, we're at 12 Oak Lane, E10 5QP, 2nd floor — ask for the Early Help team at reception.",
        "Sam, our office is at 4 Church Hill, E17 3AE if you want to drop the form in.",
        # a topic naming an activity
        "Sam, are you still coming to the budgeting workshop on Tuesday?",
        "Do you want a place on the cooking course at the hub, Sam?",
        # a question about how a job treats the person is not about a partner
        "Is the new job treating you well, Sam?",
    ],
)
def test_round_14_everyday_classes_pass(text: str) -> None:
    assert not screen_outbound(text, recipient_first_name="Sam", context=COUNCIL_CONTEXT).findings


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # what the person does for their faith still counts, greeting or not
        ("Eid Mubarak Sam! I know you'll be at the mosque in the morning so I'll come at 3.", SC_),
        ("Happy Diwali Sam, I'll avoid visiting while you're at the temple.", SC_),
        ("Happy Ramadan Sam, how are you finding the fasting this year?", SC_),
        # the person's own ID is still asked for
        ("Sam, can you bring a photo ID to the appointment?", PD_),
        ("Sam please send me a photo of your ID card", PD_),
        # a hearing, a tag, a conviction, a police station where someone is held
        ("Sam, you'll need to be in court on Tuesday for the hearing", CO_),
        ("is he still tagged till March, Sam?", CO_),
        ("Sam, his conviction for burglary will come up at the hearing", CO_),
        ("Sam, Dean is being held at Leyton police station overnight", CO_),
        # a house number given as a home, even after a comma
        ("Sam, her new flat is 11, Walk Lane, E17 4QP", PD_),
        ("We'll be at 14 Elm Road on Tuesday to see your mum, Sam", PD_),
        # a prison named for its town, with getting out of it
        ("sam heard ur cousin got out of Wandsworth last week", CO_),
        ("Sam, I hear Dean's been let out of Brixton, how are you feeling about it?", CO_),
        # a sexual-health clinic by its street, test results back
        ("Sam, Dean Street have texted, your appointment's moved to Friday", SC_),
        ("sam ur swab results came back negative, nothing to worry about", SC_),
        # a child telling a professional what is happening at home
        ("Sam, your daughter opened up to her teacher about what's been going on at home", CS_),
        ("Sam, Jayden told the school nurse what happened to him at the weekend so we need to talk", CS_),
        # a panel's decision about the person
        ("Sam the panel agreed your staying put arrangement, ring me!", CS_),
        ("Sam, fostering panel has approved the match!", CS_),
        # how a partner treats the person
        ("Sam, is she treating you right these days?", AS_),
        ("is your boyfriend treating u ok sam?", AS_),
        # a named third party with where they live, or their contact details asked for
        ("Sam, your neighbour Tony Price lives at the end of your road and said he'd feed the cat", PD_),
        ("Sam, the lodger Kevin lives in the box room now, doesn't he?", PD_),
        ("Sam could you send me Tyler's personal mobile so I can text him the times?", PD_),
        ("Sam, your landlord Mr Ahmed at no. 22 wants to speak to you", PD_),
        # a person named beside a refused matter, at the start or in the possessive
        ("Sam, Amir's dentist said his ADHD meds need changing", PD_),
        ("Leanne's got her court date through, Sam, it's the 14th", PD_),
    ],
)
def test_round_14_classes_are_found(text: str, category: Category) -> None:
    assert category in screen_outbound(text, recipient_first_name="Sam", context=COUNCIL_CONTEXT).categories


@pytest.mark.parametrize(
    ("text", "blocked"),
    [
        # a document's arrival acknowledged, or looked at by a service for anyone, is not asked for
        ("Sam, so glad the bank statement turned up in the end!", False),
        ("Sam, great news your passport arrived safely.", False),
        ("The advice drop-in will check an energy bill for anyone who pops in on Fridays, Sam.", False),
        # the document still asked for
        ("Sam your passport arrived, can you send me a photo of it?", True),
        ("Sam, has your BRP arrived yet?", True),
        ("Sam bring your gas bill on Tuesday please", True),
    ],
)
def test_round_14_a_document_arriving_is_not_asked_for(text: str, blocked: bool) -> None:
    result = screen_outbound(text, recipient_first_name="Sam", context=COUNCIL_CONTEXT)
    assert bool(result.findings) is blocked


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Sam, the worker said Daisy's self-harm has got worse, so CAMHS are involved", "Daisy"),
        ("Archie's been excluded again, Sam, and the school want a meeting", "Archie"),
    ],
)
def test_round_14_a_known_name_in_the_possessive_or_first_is_named(text: str, named: str) -> None:
    result = screen_outbound(text, recipient_first_name="Sam", context=COUNCIL_CONTEXT)
    assert any(f.category is PD_ and named in f.text for f in result.findings)


def test_round_14_a_name_beside_an_unrelated_capital_is_not_named() -> None:
    result = screen_outbound("Thanks Sam. Tuesday's meeting is moved, see you then", recipient_first_name="Sam")
    assert not result.findings


@pytest.mark.parametrize(
    "text",
    [
        # public events and campaigns
        "Sam, the police are running a bike marking stall outside the library on Saturday",
        "Sam, police open day at the station on Sunday, the kids can sit in a van!",
        "Sam, the wheelchair rugby taster at the sports centre is free this month",
        "Sam, the leisure centre's Ramadan opening hours are on the door",
        "Sam, the staff are doing a sponsored walk for the local hospice, fancy it?",
        "Sam, it's mental health awareness week, there's free tea and cake at the library",
        "Sam, the dental practice on Hoe Street is shut Friday for training",
        "Sam, that crime drama you recommended was brilliant",
        # a card to pay with, a place's postcode
        "Sam, bring a debit card to pay for the bowling or cash is fine",
        "Sam, the postcode for the climbing centre is E10 7QL",
        # a neighbour-ish word that is a shop
        "Sam, the chippy next door to the Hub does a meal deal",
    ],
)
def test_round_14_public_events_cards_and_places_pass(text: str) -> None:
    assert not screen_outbound(text, recipient_first_name="Sam", context=COUNCIL_CONTEXT).findings


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Sam, your Ramadan timetable means we should meet in the morning", SC_),
        ("Sam, your GP surgery is open till 6 so you can pick up your meds", SC_),
        ("Sam, the postcode for your new flat is E17 7JZ", PD_),
        ("Sam, send me a photo of your bank card", PD_),
        # a named neighbour by where they live, a relation's whereabouts, a third party's name asked for
        ("Sam, Tracey from across the road said she heard shouting", PD_),
        ("Sam, Mo in the flat upstairs told me the leak is back", PD_),
        ("Sam, your brother works at the Tesco on Hoe Street now, doesn't he?", PD_),
        ("Sam, your dad's new flat is on Blackhorse Lane", PD_),
        ("Sam, what's your landlord's full name? I need it for the letter", PD_),
        # signs of neglect a school or nursery reports
        ("Sam, school said Kai keeps turning up without a coat", CS_),
        ("Sam, nursery have mentioned she's been arriving hungry", CS_),
    ],
)
def test_round_14_third_parties_and_neglect_are_found(text: str, category: Category) -> None:
    assert category in screen_outbound(text, recipient_first_name="Sam", context=COUNCIL_CONTEXT).categories


@pytest.mark.parametrize(
    "text",
    [
        "Sam, what's your little one called? I forgot to ask!",
        "Sam, your mum works weekends so shall we do Monday?",
        "Sam, come in hungry, there's pizza at the group",
    ],
)
def test_round_14_near_misses_of_third_parties_and_neglect_pass(text: str) -> None:
    assert not screen_outbound(text, recipient_first_name="Sam", context=COUNCIL_CONTEXT).findings


@pytest.mark.parametrize(
    ("text", "blocked"),
    [
        ("Sam, kettle's on when you get here. How do you take it?", False),
        ("Sam, slept through the alarm? Happens to us all, see you at 12", False),
        ("Sam, how much does entry cost for the trampoline park?", False),
        ("Sam, how much is the swimming for under 18s?", False),
        ("Sam, how do you take your tablets, morning or night?", True),
        ("Sam, how are you sleeping at the moment?", True),
        ("Sam, how much are you spending on gas a week?", True),
    ],
)
def test_round_14_everyday_questions_are_not_assessment(text: str, blocked: bool) -> None:
    result = screen_outbound(text, recipient_first_name="Sam", context=COUNCIL_CONTEXT)
    assert bool(result.findings) is blocked


@pytest.mark.parametrize(
    ("text", "blocked"),
    [
        ("Sam, the prison scene in that film had me in tears", False),
        ("Sam, the mock trial workshop at the museum is on the 3rd", False),
        ("Sam that was a criminal waste of a free kick 😂", False),
        ("Sam, it's safeguarding awareness week so there's a free stall at the market", False),
        ("Sam, the foster carers' summer party is on the 20th if you and the kids want to come", False),
        ("Sam, my friend Dee is a paramedic and is doing the first aid demo", False),
        ("Sam, he was arrested at the end of the film?", True),
        ("Sam, your dad's a prison officer and has been arrested", True),
        ("Sam, his criminal record came up at the panel", True),
    ],
)
def test_round_14_scenes_campaigns_and_jobs(text: str, blocked: bool) -> None:
    result = screen_outbound(text, recipient_first_name="Sam", context=COUNCIL_CONTEXT)
    assert bool(result.findings) is blocked


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Sam, witness care have a date for you to give evidence", CO_),
        ("Sam, the victim liaison unit will write to you about his release", CO_),
        ("Sam, children's services want to come and see the kids on Friday", CS_),
        ("Sam, social care are going to do a home visit next week", CS_),
        ("Sam, your daughter was brought home by the police last night", CS_),
        ("Sam, the kids were picked up by police near the station", CS_),
    ],
)
def test_round_14_victim_services_social_care_visits_and_police_returns(text: str, category: Category) -> None:
    assert category in screen_outbound(text, recipient_first_name="Sam", context=COUNCIL_CONTEXT).categories


@pytest.mark.parametrize(
    "text",
    [
        "Sam, my bag was handed in to the police and found, phew!",
        "Sam, adult social care have moved to the 3rd floor of the Town Hall",
        "Sam, social care are closed on the bank holiday Monday",
    ],
)
def test_round_14_near_misses_of_social_care_and_police_pass(text: str) -> None:
    assert not screen_outbound(text, recipient_first_name="Sam", context=COUNCIL_CONTEXT).findings


@pytest.mark.parametrize(
    ("text", "blocked"),
    [
        ("Sam, my keys went missing at the leisure centre, text my work phone", False),
        ("Sam, is the dog still missing? Fingers crossed he turns up", False),
        ("Sam, the core group of helpers is meeting Monday to plan the fun day", False),
        ("Sam, the physio pool at the leisure centre is open to members on Sundays", False),
        ("Sam, the school nurse does free vision checks for all pupils in March", False),
        ("Sam, the pharmacy has free flu jabs for anyone over 65", False),
        ("Sam, your son went missing again last night", True),
        ("Sam, your daughter is still missing, has she been in touch?", True),
        ("Sam, the school nurse is worried about your daughter", True),
        ("Sam, have you had your flu jab yet?", True),
    ],
)
def test_round_14_things_missing_groups_and_health_care_for_anyone(text: str, blocked: bool) -> None:
    result = screen_outbound(text, recipient_first_name="Sam", context=COUNCIL_CONTEXT)
    assert bool(result.findings) is blocked


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Sam, Uncle Dev rang to say he's moving in with you next week", "Uncle Dev"),
        ("Sam, a lad from your old college, Ryan Moss, has been asking after you", "Ryan Moss"),
        (
            "Sam, your sister's new boyfriend is called Kofi, he drives a taxi",
            "your sister's new boyfriend is called Kofi",
        ),
    ],
)
def test_round_14_relatives_by_title_full_names_and_names_given_are_third_parties(text: str, named: str) -> None:
    result = screen_outbound(text, recipient_first_name="Sam", context=COUNCIL_CONTEXT)
    assert any(f.category is PD_ and f.text == named for f in result.findings)


@pytest.mark.parametrize(
    "text",
    [
        "Sam, the new youth worker, Dan Smith, said he'll run Thursday's session",
        "Sam, my colleague Tom Baker said he can do Thursday instead",
        "Sam, Sarah Bonnell School said the open evening is on the 12th",
        "Sam, the film's called Paddington, the kids will love it",
    ],
)
def test_round_14_staff_schools_and_titles_are_not_third_parties(text: str) -> None:
    assert not screen_outbound(text, recipient_first_name="Sam", context=COUNCIL_CONTEXT).findings


def test_every_outbound_phrase_is_found_from_its_words() -> None:
    """Round 14: a phrase the scan cannot start at a word (one beginning "'s", say) turns its whole group into literal
    searches of every message (32,000 of them once, 25x slower). Keep those to the few that need them."""
    from carecomms.screening import outbound

    assert len(outbound._INDEX._find) < 100


@pytest.mark.parametrize(
    ("text", "blocked"),
    [
        ("Sam, the Lib Dem stall at the market was giving out free pens 😂", False),
        ("Sam, a BSL taster session at the library is on Saturday, open to all", False),
        ("Sam, there's a passport photo booth in the big Tesco", False),
        ("Sam, are you a Labour party member?", True),
        ("Sam, how are you getting on at your sign language class?", True),
        ("Sam, can you bring your passport on Tuesday?", True),
    ],
)
def test_round_14_stalls_classes_and_photo_booths(text: str, blocked: bool) -> None:
    result = screen_outbound(text, recipient_first_name="Sam", context=COUNCIL_CONTEXT)
    assert bool(result.findings) is blocked


@pytest.mark.parametrize(
    "text",
    [
        "Sam, Lisa Jones from the Hub said the laptops have arrived",
        "Sam, Tom Hughes rang to say the minibus is booked",
        "Sam, Karen Price is the new manager at the youth centre and said hi",
        "Sam, Emma Clarke texted to say the food bank is open late Thursday",
    ],
)
def test_round_14_staff_named_in_full_with_what_they_said_pass(text: str) -> None:
    assert not screen_outbound(text, recipient_first_name="Sam", context=COUNCIL_CONTEXT).findings


@pytest.mark.parametrize(
    ("text", "blocked"),
    [
        ("Sam, the planning meeting for the summer residential is Monday at the Hub", False),
        ("Sam, the conference on youth voice was brilliant, I'll tell you all about it", False),
        ("Sam, grab a screen protector for your new phone, the market has them", False),
        ("Sam, stay behind the exclusion zone around the bonfire, it's taped off", False),
        ("Sam, the strategy meeting about the children is on Tuesday", True),
        ("Sam, what's your new phone number?", True),
        ("Sam, he breached his exclusion zone again", True),
    ],
)
def test_round_14_case_words_for_events_phones_and_cordons(text: str, blocked: bool) -> None:
    result = screen_outbound(text, recipient_first_name="Sam", context=COUNCIL_CONTEXT)
    assert bool(result.findings) is blocked


# --- round 17 (probe43): each class with wordings of our own and near misses -----------------------------------------


@pytest.mark.parametrize(
    ("text", "blocked"),
    [
        # a statement opening "you'll", "you've", "you can" is not a question, whatever topic word it holds
        ("Sam, you'll be glad to know the boiler at the hub is fixed, no more cold mornings", False),
        ("Sam, you've done so well on the cooking course, no more takeaways!", False),
        ("Sam you'd be welcome at the youth forum on Friday", False),
        ("Sam, you'll be eating properly now, won't you?", True),
        ("Sam, are you sleeping any better?", True),
        # food, a card or a gift shared for a festival is a courtesy like the greeting
        ("Sam, thank you for the Eid biscuits you brought in, the team loved them", False),
        ("Sam, the samosas you made for Diwali went in five minutes!", False),
        ("Sam, cheers for the mithai at Diwali, so kind", False),
        ("Sam, thanks for the food you brought for Eid at the mosque, did you go to prayers?", True),
        ("Sam, are you fasting for Ramadan this year?", True),
        # the practitioner's own jab or booster, had or booked
        ("Sam, I had my covid booster yesterday so I'm a bit wiped out, can we do Thursday instead?", False),
        ("Sam, just had my flu jab, all done, see you at 2", False),
        ("Sam, have you had your flu jab yet with your asthma?", True),
        ("Sam, did you get your covid booster at the GP?", True),
        # a device charged; an errand sorted
        ("Sam, I've charged the tablet so you can do the video call from the hub", False),
        ("Sam, we're charging the work phones overnight so they're ready for the trip", False),
        ("Sam, keep your receipts and I'll sort the refund for the taxi", False),
        ("Sam, he was charged with assault last night", True),
        ("Sam, has your brother been charged yet?", True),
        # a colleague's office move, a new group, a Windrush Day event, paying by card, settling into a new place
        ("Sam, Pauline from our team is moving to the Leyton office", False),
        ("Sam, the Windrush Day event at the library is on Saturday, free food", False),
        ("Sam, you can pay with a Visa card or cash at the café", False),
        ("Sam, how are things going with the new flat?", False),
        # an exclamation is not a question; a meal or party that is an event is not how the person eats
        ("Sam, what a brilliant job you did sorting out all those bills!", False),
        ("Sam, what a week, the boiler broke and the kids were off sick, hope yours was calmer", False),
        ("Sam, how time flies, it's been a year since you started at college!", False),
        ("Sam, who's coming to the Christmas meal at the pub on Friday?", False),
        ("Sam, are you coming to the team bbq?", False),
        ("Sam, what bills are you behind on?", True),
        ("Sam, are you eating three meals a day?", True),
        # the practitioner's own or their child's appointment, their own glasses; a public health building closed
        ("Sam, I've got a dentist appointment for my son at 9 so can we do 11?", False),
        ("Sam, the prescription for my glasses is out of date so I'm squinting at the screen 😂", False),
        ("Sam, the walk-in centre at the shopping centre has closed, it's a gym now", False),
        ("Sam, I've got a doctor's appointment for you on Monday, shall I pick you up?", True),
        ("Sam, the pharmacy is open till 8 if you need to collect your methadone", True),
        # a second sweep: a health building opening, a faith building's sale, a building's car park, police cars in the
        # street, a "criminal" decision at football, a fast for charity, the practitioner's own family's jabs and own
        # tablets, a Pride parade closing a road
        ("Sam, the new dental surgery reopens on Monday next to the chippy", False),
        ("Sam, the chapel jumble sale has loads of kids' coats for a quid", False),
        ("Sam, the hospital canteen does a cheap breakfast if you're early", False),
        ("Sam, there were police vans everywhere on the high street so I'm running late", False),
        ("Sam, criminal refereeing on Saturday, the lads were fuming", False),
        ("Sam, I'm doing a sponsored fast for charity on Friday so no biscuits for me 😂", False),
        ("Sam, my daughter's got her jabs at 3 so can we make it 11?", False),
        ("Sam, I forgot my hay fever tablets, sneezing all day 😂", False),
        ("Sam, the Pride parade goes through the town centre on Saturday so the buses are diverted", False),
        ("Sam, the police car was outside your house again last night, is everything ok?", True),
        ("Sam, how did your son get on at his hospital appointment?", True),
        ("Sam, are you going to Pride with your girlfriend?", True),
        # something that "came out" at a clause's end is not a person coming out
        ("Sam, how was the beach? Hope the sun came out", False),
        ("Sam, we tried the new recipe at the cooking club and the bread came out!", False),
        ("Sam, I'm so proud of you for coming out, that took guts", True),
        # "mind" in its everyday senses
        ("Sam, Mind you, the weather looks awful for Saturday", False),
        ("Sam, Mind how you go on the ice!", False),
    ],
)
def test_round_17_everyday_senses(text: str, blocked: bool) -> None:
    assert bool(_blocked_for(text)) is blocked


@pytest.mark.parametrize(
    ("text", "category", "named"),
    [
        # a named person's move of home is a detail about them
        ("Sam, Denise from the coffee morning says she's moving to Kent next month", PD_, True),
        ("Sam, Pauline is moving in with her daughter in Leeds", PD_, True),
        ("Sam, Kev has moved back to Ireland for good", PD_, True),
        ("Sam, Alfie is moving up to Year 7 in September, exciting!", PD_, False),
        ("Sam, Priya has moved to a new team so Jo will ring you", PD_, False),
        ("Sam, Len at the bowls club told me he's emigrating to Spain next year", PD_, True),
        ("Sam, Kevin has moved to a flat in Leyton", PD_, True),
        ("Sam, Jordan has moved to a different group on Thursdays", PD_, False),
        ("Sam, Ella has moved up to the big class in September", PD_, False),
        # immigration schemes and status by name
        ("Sam, your settled status letter has come through", SC_, True),
        ("Sam, the caseworker will help with your visa renewal", SC_, True),
        ("Sam, has the Windrush compensation claim been looked at?", SC_, True),
        ("Sam, the EU Settlement Scheme deadline is close, have you applied?", SC_, True),
        ("Sam, the settlement on the new sofa came through, it'll be delivered Friday", SC_, False),
        # mental health charities' groups by name, recovery fellowships
        ("Sam, your worker from Mind will ring you on Monday", SC_, True),
        ("Sam, the Mind drop-in at the library is on Thursdays, hope you can make it", SC_, True),
        ("Sam, did you get to the recovery college course?", SC_, True),
        ("Sam, the SMART Recovery meeting is at 7", SC_, True),
        ("Sam, the memory service want to see your dad again in the spring", SC_, True),
        # other health professionals by name; gambling as an addiction; a named person gone into a home
        ("Sam, the podiatrist is coming to do your mum's feet on Friday", SC_, True),
        ("Sam, the dietician said the new feeds are working", SC_, True),
        ("Sam, the club's sports dietitian is doing a talk on match day snacks", SC_, False),
        ("Sam, proud of you for keeping off the betting, that's six weeks", SC_, True),
        ("Sam, the betting shop on the corner has shut down", SC_, False),
        ("Sam, Mrs Hale from the lunch club is going into a care home next week", PD_, True),
        ("Sam, Doreen from the lunch club went into a nursing home on Friday", PD_, True),
        ("Sam, the trip is going into town on the 12", PD_, False),
        ("Sam, mind the step at the front of the hub, it's a bit uneven", SC_, False),
        # whether someone in the home pays their way, how it is going with them
        ("Sam, does your lodger pay his share of the bills?", AS_, True),
        ("Sam, is your flatmate paying you on time now?", AS_, True),
        ("Sam, how are things going with your stepdad?", AS_, True),
        ("Sam, can you pay on the day for the trip?", AS_, False),
        ("Sam, has the council paid you back for the bus fare yet?", AS_, False),
    ],
)
def test_round_17_categories_named(text: str, category: Category, named: bool) -> None:
    assert (category in _blocked_for(text)) is named


# --- round 18 (probe44's classes, in sentences of our own; near misses stay as they are) ----------------------------


@pytest.mark.parametrize(
    ("text", "blocked"),
    [
        # a meeting, session or group moved to another floor is not a home; a person moved there still is
        ("Sam, Thursday's group has been moved to the 2nd floor, come to reception first", False),
        ("Sam, the review's moved to the first floor, room 3", False),
        ("Sam, we've moved the meeting to the first floor", False),
        ("Sam, the drop-in has moved up to the 1st floor while the lift is fixed", False),
        ("Sam, your mum has moved to the ground floor flat now", True),
        ("Sam, your nan's been moved to the ground floor at the care home", True),
        # a travel or rail warrant for a trip, "that warrants a celebration"; a warrant for someone still blocks
        ("Sam, I've put in for a rail warrant so you can get to the interview in Leeds", False),
        ("Sam, your bus warrant is in the envelope at reception", False),
        ("Sam, passing your test warrants a celebration!", False),
        ("Sam, there's a warrant out for your arrest", True),
        ("Sam, they executed a search warrant at the flat", True),
        # a break in the weather or at lunch, a statement of fashion, a bank or personal statement
        ("Sam, looks like there's a break in the weather for the picnic", False),
        ("Sam, he broke into a big smile when he saw the cake", False),
        ("Sam, that jacket makes a statement!", False),
        ("Sam, your bank statement came through, bring it Thursday", False),
        ("Sam, let's work on your personal statement for college on Thursday", False),
        ("Sam, the council has made a statement on its website about the bin strike", False),
        # a greeting and a name with no comma, then a question that is not about the person's life
        ("hi sam how many tickets do you need for the panto", False),
        ("hey sam how much is the bus fare to town", False),
        ("morning sam how did the driving lesson go", False),
        ("hi sam what time suits you tomorrow", False),
    ],
)
def test_round_18_everyday_senses(text: str, blocked: bool) -> None:
    assert bool(_blocked_for(text)) is blocked


@pytest.mark.parametrize(
    ("text", "category", "named"),
    [
        # a break-in by its other names, a statement given to or wanted by the police
        ("Sam, the PC looking into the break-in at the chippy wants a word", CO_, True),
        ("Sam, the car was broken into again, are you ok?", CO_, True),
        ("Sam, he broke into next door's shed", CO_, True),
        ("Sam, police want to take a statement from you about Friday", CO_, True),
        ("Sam, can you pop in to give your statement on Thursday?", CO_, True),
        ("Sam, the detective needs your statement signed by Friday", CO_, True),
        ("Sam, they took a statement from your mum last night", CO_, True),
        ("Sam, take a break in between the sessions if you need one", CO_, False),
        ("Sam, sorry to hear about the break in at your nan's", CO_, True),
        ("Sam, the officer asked if you'd be willing to give evidence", CO_, True),
        ("Sam, you'll need to give evidence of your income for the claim", CO_, False),
        # a person going missing said as a habit or a worry; things that go missing are not
        ("Sam, I want to talk about her going missing from the unit", CS_, True),
        ("Sam, since she started going missing we've all been worried", CS_, True),
        ("Sam, if he goes missing again ring the duty line", CS_, True),
        ("Sam, the forms keep going missing in the post so I'll bring one", CS_, False),
        ("Sam, my keys keep going missing lol", CS_, False),
        ("Sam, the times you've gone awol from the home worry me", CS_, True),
        ("Sam, my phone's gone awol again, text the office", CS_, False),
        # the documents of immigration status; a passport alone is personal data, not special category
        ("Sam, bring your BRP card on Thursday", SC_, True),
        ("Sam, has your residence card come through yet?", SC_, True),
        ("Sam, can you send me your right to work share code", SC_, True),
        ("Sam, your new passport has arrived at the office", SC_, False),
        # a question straight after a greeting and the name, with no comma
        ("hiya sam how often r u smoking these days", AS_, True),
        ("morning sam roughly how many cans do you get through in a day", AS_, True),
        ("hi sam how much are u spending on weed a week", AS_, True),
        ("hello sam how many nights a week are you drinking", AS_, True),
        ("hiya sam how many of you are coming to the party", AS_, False),
    ],
)
def test_round_18_categories_named(text: str, category: Category, named: bool) -> None:
    assert (category in _blocked_for(text)) is named


# --- round 19 (probe46's classes, in sentences of our own; near misses stay as they are) ----------------------------


@pytest.mark.parametrize(
    ("text", "category", "named"),
    [
        # a wish or thought of harming oneself; not a warning about lifting, not the writer's hyperbole
        ("Sam, do you ever want to hurt yourself when it gets bad?", SC_, True),
        ("Sam, has she had any thoughts of harming herself lately?", SC_, True),
        ("Sam, you said you felt like ending it all last week", SC_, True),
        ("Sam, don't hurt yourself lifting that sofa!", SC_, False),
        ("Sam, I want to kill myself laughing at that video", SC_, False),
        # a home adapted for the person or with wheelchair access; not a venue's access or an adapted recipe
        ("Sam, the new bungalow with wheelchair access is ready for you to view", SC_, True),
        ("Sam, the council has an adapted house for you on Elm Road", SC_, True),
        ("Sam, we've adapted the recipe so there's no nuts", SC_, False),
        ("Sam, the hub has wheelchair access and a lift", SC_, False),
        # a partner's violence in other words; not a game that gets physical
        ("Sam, has he ever been violent towards you?", CS_, True),
        ("Sam, does your partner get rough with the kids?", CS_, True),
        ("Sam, has he ever laid a finger on you?", CS_, True),
        ("Sam, the match got really physical in the second half", CS_, False),
        # checks on someone in or near the household; not your own check for a job
        ("Sam, we'll do police checks on your boyfriend before he stays over", CS_, True),
        ("Sam, the background checks on him are back", CS_, True),
        ("Sam, your police check came back fine for the job", CS_, False),
        # keeping away from a person, or from where they now live; not roadworks or a parade
        ("Sam, she's moved to Harlow now so best avoid that area for a bit", CS_, True),
        ("Sam, stay away from him for now please", CS_, True),
        ("Sam, the roadworks are on Elm Road so avoid that end of town", CS_, False),
        ("Sam, please avoid the high street on Saturday, the parade's on", CS_, False),
        # someone kept out of the home after an arrest, a charge or conditions; not working late
        ("Sam, he was arrested last night and can't come back to the house", CS_, True),
        ("Sam, he's not allowed back at the house under his bail", CS_, True),
        ("Sam, he won't be coming back home tonight, he's working late", CS_, False),
        ("Sam, the police closed the road so I can't come back that way", CS_, False),
        # the carer a child is staying with; not a parent's home carer or a carers' group
        ("Sam, the foster carer Jayden's staying with is really nice", CS_, True),
        ("Sam, she's living with a temporary carer for now", CS_, True),
        ("Sam, your mum's carer comes in at 9", CS_, False),
        ("Sam, the carers group meets on Tuesday", CS_, False),
        # a named person asked about with what happened to them
        ("Sam, will Tom get bail do you think?", PD_, True),
        ("Sam, did Aisha get the job at Tesco?", PD_, False),
    ],
)
def test_round_19_categories_named(text: str, category: Category, named: bool) -> None:
    assert (category in _blocked_for(text)) is named


# --- round 15 (probe31's classes, in sentences of our own; near misses stay as they are) ----------------------------


def _blocked_for(text: str, name: str = "Sam") -> tuple[str, ...]:
    return screen_outbound(text, recipient_first_name=name, context=COUNCIL_CONTEXT).categories


@pytest.mark.parametrize(
    ("text", "blocked"),
    [
        # a room or hall of a place of worship as the venue of something for everyone
        ("Sam, the youth forum meets in the function room at the gurdwara on Hoe Street this month", False),
        ("Sam, the boxing taster is in the back room of the church next door to the Hub", False),
        ("Sam, we're using the upstairs hall at the temple while the centre's shut", False),
        ("Sam, drama club's in the community room at the synagogue on Friday", False),
        # a group from a place of worship performing or helping at a public event
        ("Sam, there's a gospel choir from the church at the Christmas market on Saturday", False),
        ("Sam, the volunteers from the mosque are handing out hot food at the fun day", False),
        ("Sam, a steel band from St Mark's church is playing at the park do", False),
        # the stop before or after a hospital or a place of worship on the way
        ("Sam, get off two stops after the hospital and walk back", False),
        ("Sam, it's the stop before the big mosque, then left", False),
        ("Sam, get off at the stop after the Royal Infirmary and we're across the road", False),
        # still read: the person's own place of worship, prayers, a choir the person sings in for their faith
        ("Sam, are you still going to the mosque on Fridays?", True),
        ("Sam, do you sing in the choir at your church?", True),
        ("Sam, I can pick you up from the temple after prayers", True),
    ],
)
def test_round_15_places_of_worship_as_venues_groups_and_stops(text: str, blocked: bool) -> None:
    assert bool(_blocked_for(text)) is blocked


@pytest.mark.parametrize(
    ("text", "blocked"),
    [
        # a bus route by its number, and a time with a dot before a clause
        ("Sam, jump on the 212 from Chingford Mount and I'll meet you at the stop", False),
        ("Sam, the 55 to Oxford Circus goes from outside the library", False),
        ("Sam, get the X26 from Croydon Park and ring me when you're on", False),
        ("Sam, see you Monday at 2.15, I'll wait in reception", False),
        ("Sam, I'll pick you up at 9.45, I'll be in the blue car", False),
        # still an address
        ("Sam, he's moved to 86 Piccadilly Gardens now", True),
        ("Sam, is she still at 14 Forest Avenue?", True),
    ],
)
def test_round_15_bus_routes_and_times_are_not_addresses(text: str, blocked: bool) -> None:
    assert bool(_blocked_for(text)) is blocked


@pytest.mark.parametrize(
    ("text", "blocked"),
    [
        # "there's", "that's", "it's" are not possessives: nothing is asked for
        ("Sam, the swimming's free, tell them at the desk there's no fee for under 18s", False),
        ("Sam, tell reception it's number 4 you're booked in", False),
        ("Sam, let me know if that's no good and we'll change it", False),
        # a venue's guest wifi and its password
        ("Sam, the library wifi is LibGuest and the password is on the wall", False),
        ("Sam, connect to the Hub's guest wifi, the password's Hub2024", False),
        # still asked for
        ("Sam, tell me what her number is so I can ring her", True),
        ("Sam, can you text me your password for the UC journal?", True),
    ],
)
def test_round_15_contractions_and_venue_wifi_ask_for_nothing(text: str, blocked: bool) -> None:
    assert bool(_blocked_for(text)) is blocked


@pytest.mark.parametrize(
    ("text", "blocked"),
    [
        # a surgery or clinic that the same sentence says is a councillor's, an MP's or an advice clinic
        ("Sam, the surgery I told you about is the MP's surgery at the library on Friday", False),
        ("Sam, that clinic is a CV clinic, bring your CV on a stick", False),
        ("Sam, the clinic on Thursday is the money advice clinic at the Hub", False),
        # still health
        ("Sam, how did the surgery go? Is your knee any better?", True),
        ("Sam, the clinic rang about your blood results", True),
    ],
)
def test_round_15_a_surgery_named_as_a_councillors_is_not_health(text: str, blocked: bool) -> None:
    assert bool(_blocked_for(text)) is blocked


@pytest.mark.parametrize(
    ("text", "blocked"),
    [
        # a title: film, book or show
        ("Sam, movie night is Inside Out at 6, bring a blanket", False),
        ("Sam, have you watched Inside Man? Proper good film", False),
        # a wash as a fundraiser or service
        ("Sam, can you help at the sponsored car wash on Sunday? It's raising money for the club", False),
        ("Sam, fancy helping with the dog wash at the fun day?", False),
        # still read
        ("Sam, is he still inside?", True),
        ("Sam, do you need help with washing and dressing in the mornings?", True),
    ],
)
def test_round_15_titles_and_car_washes(text: str, blocked: bool) -> None:
    assert bool(_blocked_for(text)) is blocked


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # cutting down on drink or drugs, with a treatment service
        ("Sam, the nurse at the drop-in can go through cutting down with you", Category.SPECIAL_CATEGORY),
        ("Sam, how's the cutting down going? Proud of you", Category.SPECIAL_CATEGORY),
        ("Sam, we can look at cutting down on the drink slowly, no pressure", Category.SPECIAL_CATEGORY),
        ("Sam, your worker from We Are With You wants to meet Tuesday", Category.SPECIAL_CATEGORY),
        # signs of exploitation: older lads and cars
        ("Sam, someone saw you getting into a silver car with some older men outside school", Category.CASE_SENSITIVE),
        ("Sam, are the older lads still picking you up in their car after college?", Category.CASE_SENSITIVE),
        # a letter, call or visit from a prison named for its town
        ("Sam, your brother's letter from Feltham came to the office", Category.CRIMINAL_OFFENCE),
        ("Sam, did you get the call from Wetherby about the visit?", Category.CRIMINAL_OFFENCE),
        # the community order's requirements
        ("Sam, the alcohol treatment requirement starts Monday", Category.CRIMINAL_OFFENCE),
        ("Sam, how many hours of the unpaid work requirement have you done?", Category.CRIMINAL_OFFENCE),
        # who lives in the home, who runs the person's money
        ("Sam, who's staying at yours at the minute?", Category.ASSESSMENT),
        ("Sam, who's actually sleeping at the flat most nights?", Category.ASSESSMENT),
        ("Sam, who looks after your money now, you or your son?", Category.ASSESSMENT),
        ("Sam, does anyone else manage your bank card for you?", Category.ASSESSMENT),
        # how far gone a pregnancy is
        ("Sam, how many weeks are you now?", Category.SPECIAL_CATEGORY),
        ("Sam, how many weeks gone are u?", Category.SPECIAL_CATEGORY),
    ],
)
def test_round_15_classes_found(text: str, category: Category) -> None:
    assert category.value in _blocked_for(text)


@pytest.mark.parametrize(
    "text",
    [
        "Sam, they're cutting down the trees on the green on Monday",
        "Sam, I'm cutting down on the paperwork so we get more time out",
        "Sam, the older lads' team trains after the under 16s",
        "Sam, the bus from Wetherby Road is on diversion",
        "Sam, who's coming to the bowling on Saturday?",
        "Sam, how many weeks is the course?",
        "Sam, who's staying for the pizza after?",
    ],
)
def test_round_15_near_misses_pass(text: str) -> None:
    assert not _blocked_for(text)


def test_round_15_a_person_named_after_the_recipients_name_is_a_third_party() -> None:
    # the recipient's own name opening the message is a greeting: the name after it starts the sentence
    assert "personal_data" in _blocked_for("Sam Kieran's been moved to the stroke ward now", "Sam")
    assert not _blocked_for("Sam Kieran's coming to the quiz on Friday", "Sam")


@pytest.mark.parametrize(
    ("text", "blocked"),
    [
        # a sweep of our own after the probe classes: a faith's building named as a venue, a festival's public event, a
        # title, washing up, older men and cars, counting people, a trial swim, an indirect question
        ("Sam, the stay and play is at the Hindu temple hall this week", False),
        ("Sam, the Eid fair in the park has rides and food, free entry", False),
        ("Sam, the Diwali lights switch-on in the town centre is Thursday at 6", False),
        ("Sam, we're watching Prison Break at youth club lol", False),
        ("Sam, can you help wash up after the cooking session?", False),
        ("Sam, how many of you want tickets for the panto?", False),
        ("Sam, the pool does a trial swim for a fiver", False),
        ("Sam, I wonder if you could bring the form on Tuesday", False),
        ("Sam, are you going to the Eid party at the mosque?", True),
        ("Sam, do you go to the sikh temple on Sundays?", True),
        ("Sam, do you need help washing yourself in the mornings?", True),
        ("Sam, the older guys with the car were outside the school again", True),
        ("Sam, she's been going off with older men in cars", True),
        ("Sam, I wondered whether you and Dean have been arguing again", True),
    ],
)
def test_round_15_sweep_of_our_own(text: str, blocked: bool) -> None:
    assert bool(_blocked_for(text)) is blocked


@pytest.mark.parametrize(
    ("text", "blocked"),
    [
        # everyday senses: weeds in a garden, a record turnout, DBS checks for volunteers, a pet's medicine, a school
        # essay's theme
        ("Sam, the weed on the patio is taking over, the caretaker's coming Monday", False),
        ("Sam, we had a record crowd at the fun day!", False),
        ("Sam, all the new volunteers need a DBS check for the holiday club", False),
        ("Sam, sorry I'm late, the dog's on tablets and needed the vet", False),
        ("Sam, your presentation about knife crime for citizenship was brilliant", False),
        ("Sam, are you still smoking weed every day?", True),
        ("Sam, how's the poster about your mental health going?", True),
        ("Sam, is your mum still on antibiotics?", True),
        # assessment in a sweep of our own: money for the children, friends, confidence
        ("Sam, does he give you money for the kids?", True),
        ("Sam, does your ex pay child maintenance?", True),
        ("Sam, are you still in touch with your old friends?", True),
        ("Sam, how's your confidence been lately?", True),
        ("Sam, I'll give you money for the bus on Friday", False),
        ("Sam, your confidence on stage was amazing!", False),
        ("Sam, are you meeting your friends after?", False),
    ],
)
def test_round_15_second_sweep_of_our_own(text: str, blocked: bool) -> None:
    assert bool(_blocked_for(text)) is blocked


@pytest.mark.parametrize(
    ("text", "blocked"),
    [
        # a third sweep: idioms, the council's contact centre, a surgery placed by what is next to it, the
        # practitioner's own appointment, the police giving a talk, a place of worship's café
        ("Sam, that form was a pain in the neck but it's done!", False),
        ("Sam, £6 for a sandwich at the station, daylight robbery", False),
        ("Sam, our contact centre is open 9 till 5 if you can't get me", False),
        ("Sam, the new GP surgery building is next to the bus station", False),
        ("Sam, my own dentist appointment is at 9 so I'll be a bit late", False),
        ("Sam, the police officer who did the talk on scams was brilliant", False),
        ("Sam, Jo from the church café said the soup's on Fridays now", False),
        ("Sam, I've had a pain in the neck since the fall", True),
        ("Sam, your GP surgery is next to the library isn't it?", True),
        ("Sam, the clinic opposite the library has your appointment letter", True),
        ("Sam, the contact centre visit with your dad is on Tuesday", True),
        ("Sam, is your church café still open on Sundays?", True),
    ],
)
def test_round_15_third_sweep_of_our_own(text: str, blocked: bool) -> None:
    assert bool(_blocked_for(text)) is blocked


@pytest.mark.parametrize(
    ("text", "blocked"),
    [
        # a fourth sweep, assessment in text-speak and formal wording: a question after the name and a comma with
        # no question mark, a couple or family not talking, a baby's weight and feeding, how routines go, the meter,
        # trouble at the door, taking tablets, "any trouble?"
        ("Sam, hows ur head been this week", True),
        ("Sam, r u n ur dad still not talking", True),
        ("Sam, how's the baby's weight, is he feeding ok?", True),
        ("Sam, I'd be interested to hear how bedtimes go with the twins", True),
        ("Sam, is the gas topped up?", True),
        ("Sam, has anyone been round causing trouble again?", True),
        ("Sam, are you taking your meds every morning?", True),
        ("Sam, how's nursery been for the girls, any trouble?", True),
        ("Sam, any trouble finding the place?", False),
        ("Sam, is the printer giving you grief?", False),
        ("Sam, did you top up your Oyster?", False),
        ("Sam, we're feeding the ducks after the picnic", False),
        ("Sam, how did the trip go?", False),
        ("Sam, wow, what a day!", False),
    ],
)
def test_round_15_fourth_sweep_of_our_own(text: str, blocked: bool) -> None:
    assert bool(_blocked_for(text)) is blocked


@pytest.mark.parametrize(
    ("text", "blocked"),
    [
        # found in passing: a caution on a record, a health service in touch about results
        ("Sam, your DBS came back with the caution on it", True),
        ("Sam, the clinic round the corner from the Hub rang about your results", True),
        ("Sam, the GP surgery called about your bloods", True),
        ("Sam, take caution on the roads, it's icy", False),
        ("Sam, the school rang about your results, you passed!", False),
    ],
)
def test_round_15_a_caution_on_a_record_and_results_from_a_clinic(text: str, blocked: bool) -> None:
    assert bool(_blocked_for(text)) is blocked


@pytest.mark.parametrize(
    ("text", "blocked"),
    [
        # an hour, a comma and the place ("at 3, Lloyd Park"), unless the sentence is about someone's home
        ("Sam, the match is at 3, Lloyd Park, pitch 2", False),
        ("Sam, meet at 10, Hoe Street car park", False),
        ("Sam, she lives at 3, Lloyd Park now", True),
        ("Sam, your mum's at 7, Chapel Road", True),
    ],
)
def test_round_15_an_hour_then_a_place_is_not_an_address(text: str, blocked: bool) -> None:
    assert bool(_blocked_for(text)) is blocked


# --- round 15b: the second category of a message, and the everyday senses of probe35/probe36 -----------------------
AS_, SC_, CS_, PD_ = Category.ASSESSMENT, Category.SPECIAL_CATEGORY, Category.CASE_SENSITIVE, Category.PERSONAL_DATA


@pytest.mark.parametrize(
    ("text", "category", "named"),
    [
        # a question after a clause and a comma, with no question mark: the clause's own finding no longer hides it
        ("Sam, the consultant has changed her tablets, how's she sleeping now", AS_, True),
        ("Sam, the clinic rang about his inhaler, is he eating any better these days", AS_, True),
        ("Sam, I saw the letter from the hospital, are you managing for money at the moment", AS_, True),
        ("Sam, the school called about her hearing aid, has she been sleeping any better", AS_, True),
        # straight after the person's name with no comma
        ("sam whos doing the cooking at urs now", AS_, True),
        ("sam hows the sleeping been this week", AS_, True),
        # near misses: logistics after a comma stays logistics
        ("Sam, I've booked the room, is your mum still coming on Tuesday", AS_, False),
        ("Sam, the bus was late, is it still on for 3", AS_, False),
        ("Sam, I'll bring the forms, are you free at 2", AS_, False),
    ],
)
def test_round_15b_a_question_after_a_clause_is_still_a_question(text: str, category: Category, named: bool) -> None:
    assert (category in _blocked_for(text)) is named


@pytest.mark.parametrize(
    ("text", "category", "named"),
    [
        # stopping a medicine, cravings, how a treatment is going, someone moving in, the pill, the meter on emergency
        ("Sam, are you still on the fluoxetine or did you stop?", AS_, True),
        ("Sam, has he come off it yet?", AS_, True),
        ("Sam, are the cravings any better this week?", AS_, True),
        ("Sam, how's the rehab going now you're three weeks in?", AS_, True),
        ("Sam, did your boyfriend move in with you in the end?", AS_, True),
        ("Sam, are you remembering to take the pill every day?", AS_, True),
        ("Sam, is the gas still on emergency credit?", AS_, True),
        # near misses
        ("Sam, did you stop at the shop on the way?", AS_, False),
        ("Sam, the new flats are ready to move in from May", AS_, False),
    ],
)
def test_round_15b_medicines_treatment_and_who_moves_in_are_assessment(
    text: str, category: Category, named: bool
) -> None:
    assert (category in _blocked_for(text)) is named


@pytest.mark.parametrize(
    ("text", "category", "named"),
    [
        # continence, immigration detention, Pride as the event
        ("Sam, how is the toileting going at nursery?", SC_, True),
        ("Sam, is she still needing pads at night?", SC_, True),
        ("Sam, I've written to the detention centre about your brother's visit", SC_, True),
        ("Sam, hope Pride was brilliant, you looked so happy in the photos", SC_, True),
        ("Sam, are you going to Pride this year with your mates?", SC_, True),
        # near misses
        ("Sam, we're reading Pride and Prejudice in the book group", SC_, False),
        ("Sam, take pride in your work, you earned that certificate", SC_, False),
    ],
)
def test_round_15b_continence_detention_and_pride_are_special_category(
    text: str, category: Category, named: bool
) -> None:
    assert (category in _blocked_for(text)) is named


@pytest.mark.parametrize(
    ("text", "category", "named"),
    [
        # contact as the session, supervised; a non-mol in text-speak; a child not seen since; phone or money taken;
        # work for nothing
        ("Sam, was he late again at contact?", CS_, True),
        ("Sam, contact on Friday will be supervised again, sorry", CS_, True),
        ("Sam, has he kept away since the non-mol was served?", CS_, True),
        ("Sam, the college say she's not been seen since Tuesday", CS_, True),
        ("Sam, does he ever take your money off you?", CS_, True),
        ("Sam, are the lads still making you work for free at the garage?", CS_, True),
        # a bail sheet is a document to bring
        ("Sam, bring your bail sheet on Thursday please", PD_, True),
        # near misses
        ("Sam, look at contact details on the back of the leaflet", CS_, False),
        ("Sam, I've not seen you since Easter, how was the holiday?", CS_, False),
        ("Sam, the café's volunteers work for free so it's cheap", CS_, False),
    ],
)
def test_round_15b_case_matters_said_plainly(text: str, category: Category, named: bool) -> None:
    assert (category in _blocked_for(text)) is named


@pytest.mark.parametrize(
    ("text", "blocked"),
    [
        # the practitioner's own day in court and maternity leave; a venue's disabled toilet; a church gate, a GP
        # surgery where the practitioner parks; a benefits surgery; a section of a form with a longer name
        ("Sam, long day in court for me Monday (work!), I'll ring you Tuesday", False),
        ("Sam, I'm off on maternity leave from June, Priya will be your worker", False),
        ("Sam, the loos by reception are out of order, even the disabled one, so use the first floor", False),
        ("Sam, I'll be by the gates of St Anne's church at 10", False),
        ("Sam, I'm parked outside the health centre, the silver Fiesta", False),
        ("Sam, the welfare rights surgery is at the library on Fridays", False),
        ("Sam, section 2 of the free school meals form needs your signature", False),
        # still blocked
        ("Sam, is there a day in court for you next week?", True),
        ("Sam, when does your maternity leave start?", True),
        ("Sam, the disabled one is booked for you", True),
    ],
)
def test_round_15b_everyday_senses(text: str, blocked: bool) -> None:
    assert bool(_blocked_for(text)) is blocked


@pytest.mark.parametrize(
    ("text", "blocked"),
    [
        # settling in somewhere new and sleep lost to the weather are small talk, for the message model too
        ("Hi Sam, how are you finding the new job? Settled in alright?", False),
        ("Morning Sam, how r u liking the new college? settling in ok?", False),
        ("Sam, did you get any sleep through all that thunder? Mad night", False),
        # still assessment
        ("Sam, are you getting any sleep at the moment?", True),
        ("Sam, how are you finding money now you're in the new flat?", True),
    ],
)
def test_round_15b_small_talk_the_message_model_must_not_read(text: str, blocked: bool) -> None:
    assert bool(_blocked_for(text)) is blocked


@pytest.mark.parametrize(
    ("text", "category", "named"),
    [
        # whether someone was drunk or stoned is an assessment question as well as special category
        ("Sam, did he turn up drunk at the party again?", AS_, True),
        ("Sam, was she stoned when she came round?", AS_, True),
        ("Sam, r u getting hammered every weekend?", AS_, True),
        # a child's account of rows or harm at home is a disclosure (case-sensitive)
        ("Sam, the kids told me it gets really loud when you two row", CS_, True),
        ("Sam, your son told his teacher that dad hit him", CS_, True),
        # near misses
        ("Sam, the kids told me you're a brilliant cook!", CS_, False),
        ("Sam, the kids told me it was a great trip", CS_, False),
        ("Sam, the boys told me they're scared of the dog next door", CS_, False),
    ],
)
def test_round_15b_drink_questions_and_childrens_accounts(text: str, category: Category, named: bool) -> None:
    assert (category in _blocked_for(text)) is named


# --- round 16 (probe37, probe39): each class with wordings of our own and near misses ------------------------------


@pytest.mark.parametrize(
    ("text", "blocked"),
    [
        # "fine" as the adjective, not a court's fine
        ("Sam, Thursday at 2 is fine for me, see you at the hub", False),
        ("Sam, the back room at the library is fine for our chat on Monday", False),
        ("Sam, is half 10 fine for you?", False),
        # the police closing a road by its name, written short too
        ("Sam, the police have shut Forest Rd so the 275 is diverted, leave early", False),
        ("Sam, police have cordoned off the High St after the fire, come the back way", False),
        # a place of worship or a police station placed for the way there, as the subject
        ("Sam, the mosque on Lea Bridge Road is right opposite the family hub, you can't miss it", False),
        ("Sam, St Saviour's church is on the corner of the square, the centre is two doors along", False),
        ("Sam, the police station on Hoe St is across the road from the library", False),
        # a wish that starts like a question, an offer to ring and talk things through
        ("Happy new year Sam! Have a lovely long rest.", False),
        ("Sam, have a good sleep tonight, big day tomorrow!", False),
        ("Sam, I'll give you a call on Friday to talk it through properly", False),
        ("Sam, can I ring you later to go through it? About 4?", False),
        # still blocked
        ("Sam, the fine for the shoplifting has to be paid by Friday", True),
        ("Sam, did he get a £300 fine for the fight?", True),
        ("Sam, the police have closed your case, can we talk?", True),
        ("Sam, your mosque is opposite the hub isn't it, do you still go on Fridays?", True),
        ("Sam, do you still go to the temple next to the park?", True),
        ("Sam, have you been getting any sleep?", True),
        ("Sam, I'll ring you later to talk about your drinking", True),
    ],
)
def test_round_16_everyday_senses(text: str, blocked: bool) -> None:
    assert bool(_blocked_for(text)) is blocked


@pytest.mark.parametrize(
    ("text", "category", "named"),
    [
        # an interview's request for the person's routine
        ("Sam, walk me through your mornings with the little ones", AS_, True),
        ("Sam, what does a typical day look like for you at the moment?", AS_, True),
        ("Sam, can you walk me through the route to the hub?", AS_, False),
        # a question passed on from someone else; staying out and who with
        ("Sam, the school have asked if you're eating breakfast before you come in", AS_, True),
        ("Sam, your nan wants to know whether you're stopping out all night again", AS_, True),
        ("Sam, are you still staying out late at weekends?", AS_, True),
        ("Sam, the housing officer asked whether Tuesday suits you", AS_, False),
        ("Sam, who are you with for the trip, Mrs Patel or Jo?", AS_, False),
        # money asked about as a whole or as what is left
        ("Sam, how are the finances holding up?", AS_, True),
        ("Sam, does your money stretch to payday at the moment?", AS_, True),
        ("Sam, is there enough room left in the car for me?", AS_, False),
        ("Sam, is there enough left of the cake for the group?", AS_, False),
    ],
)
def test_round_16_assessment(text: str, category: Category, named: bool) -> None:
    assert (category in _blocked_for(text)) is named


@pytest.mark.parametrize(
    ("text", "category", "named"),
    [
        # health records to bring: personal data and special category
        ("Sam, pop your little one's red book in the bag for the weigh-in", PD_, True),
        ("Sam, could you bring your hospital notes on Monday?", SC_, True),
        ("Sam, I read a red book about dragons to the group", SC_, False),
        ("Sam, my notes from the trip are on the board", PD_, False),
        # being out, or not, to family
        ("Sam, I won't say anything, I know you're not out to your mum", SC_, True),
        ("Sam, is she out to her parents yet?", SC_, True),
        ("Sam, you're out to your mum's for tea tonight, so Friday instead?", SC_, False),
        ("Sam, we're going out to your nan's after the park", SC_, False),
        # the tag's fitting; disclosure schemes; a character reference for court; violence by a partner or ex
        ("Sam, the tag people are coming at 7 tonight", CO_, True),
        ("Sam, they fitted his tag on Friday", CO_, True),
        ("Sam, the name tag fitting for the uniform is Friday", CO_, False),
        ("Sam, the Sarah's Law request is back, can we talk in person?", CO_, True),
        ("Sam, the DVDS application has gone in", CO_, True),
        ("Sam, your pastor said he'll write a character reference for the magistrates", CO_, True),
        ("Sam, your old boss will do a character reference for the job", CO_, False),
        ("Sam, did your ex strangle you again?", CO_, True),
        ("Sam, has your husband punched you since?", CO_, True),
        ("Sam, your coach really pushes you, doesn't he", CO_, False),
        ("Sam, she beat you at pool again!", CO_, False),
        # contact as the session; conference said bare; an injunction
        ("Sam, dad can't make it to contact this week", CS_, True),
        ("Sam, I'll drop you back after contact", CS_, True),
        ("Sam, I'll try to contact the school on Monday", CS_, False),
        ("Sam, come to contact us at the hub if you need anything", CS_, False),
        ("Sam, conference decided the plan stays as it is", CS_, True),
        ("Sam, before conference on Tuesday can we meet?", CS_, True),
        ("Sam, I'm at conference all day, ring the duty line", CS_, False),
        ("Sam, the conference room is booked for the youth forum", CS_, False),
        ("Sam, she's got an injunction against him now", CS_, True),
        # the Reporter opening a sentence; a named person asked about after a question's first word
        ("The Reporter has written to you about the hearing.", CS_, True),
        ("Sam, the Reporter from the local paper loved the mural", CS_, False),
        ("Is Dean still on licence, and does he stay at yours?", PD_, True),
        ("Sam, is Primark still open after 8?", PD_, False),
    ],
)
def test_round_16_categories_named(text: str, category: Category, named: bool) -> None:
    assert (category in _blocked_for(text)) is named


@pytest.mark.parametrize(
    ("text", "blocked"),
    [
        # round 16 (probe41): the practitioner's own health care or a relative's; a place of worship naming a road or
        # junction, or as the landmark; a building's car park in the possessive; a non-health clinic after "the"; a
        # fare; a colleague covering; health checks for everyone at a public event; a name after "how are you"
        ("Sam, I'm just back from the dentist myself, running 10 mins late", False),
        ("Sam, I've got my own check-up before work so I'll be a bit late", False),
        ("Sam, the Green Lane mosque junction is shut so come via the park", False),
        ("Sam, the gurdwara on Park Road is the easiest landmark, we're two doors down", False),
        ("Sam, the hospital's main entrance is where I'll meet you for the bus", False),
        ("Sam, the clinic for job applications at the library is on Tuesdays", False),
        ("Sam, the train is £3 each way with your railcard", False),
        ("Sam, I'm on leave next week. Priya from the team will cover, her work mobile is 07700 900123.", False),
        ("Sam, the NHS health check stall at the summer fair is free for anyone", False),
        ("How are you Sam? Hope the new job's going well", False),
        # still blocked
        ("Sam, I'll be at the hospital with you on Tuesday", True),
        ("Sam, your mosque is where you feel safe, isn't it?", True),
        ("Sam, the clinic for your bloods is on Monday", True),
        ("Sam, is your little brother ever home alone when you're out?", True),
    ],
)
def test_round_16_probe41_everyday_senses(text: str, blocked: bool) -> None:
    assert bool(_blocked_for(text)) is blocked


@pytest.mark.parametrize(
    ("text", "category", "named"),
    [
        ("Sam, the doctor thinks he may have to go into hospital next week", SC_, True),
        ("Sam, are you managing washing and dressing since the stroke?", SC_, True),
        ("Sam, the bus goes past the hospital", SC_, False),
        ("Sam, are your kids ever on their own after school?", CS_, True),
        ("Sam, can we talk about contact?", CS_, True),
        ("Sam, is the hall on its own or part of the church?", CS_, False),
    ],
)
def test_round_16_probe41_categories_named(text: str, category: Category, named: bool) -> None:
    assert (category in _blocked_for(text)) is named


def test_a_long_run_on_message_still_finds_a_detail_beside_a_name_and_not_one_far_away() -> None:
    """A run-on text is read for a third party's detail only near the name (outbound._DETAIL_REACH), which keeps the
    time linear in length; a detail in the same clause is still found, one thousands of characters away is not."""
    filler = "and then we can have a look round the shops " * 60  # about 2,600 characters with no full stop
    assert "third_party_named" in codes(filler + "your brother Jason said he has moved")
    assert "third_party_named" not in codes("your brother Jason " + filler + "said he has moved")
    assert "third_party_named" in codes("Mr Smith " * 400 + "your brother Jason said he has moved")
