"""Carla, a practitioner in the adults team, writes to people she supports; these are her messages."""

import pytest

from carecomms.screening import Category, OutboundContext, screen_outbound

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
    assert "email_address" in codes("email me at carla.jones@walthamforest.gov.uk", context=OutboundContext())
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
        ("Eid Mubarak!", Category.SPECIAL_CATEGORY),
    ],
)
def test_round_six_classes_are_found(text: str, category: Category) -> None:
    """Prison slang and prisons by name, a person gone missing, where a child can be found, a third
    party's contact details asked for, and a festival greeting (it reveals the family's religion)."""
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
    assert [f.category for f in findings] == [Category.ASSESSMENT]
    assert "(G11)" in findings[0].explanation


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
def test_each_model_is_what_its_training_script_writes(tmp_path, script: str, generated: str) -> None:
    """The weights are generated; retrain with the script in tools/ after changing the data."""
    import importlib.util
    from pathlib import Path

    repo = Path(__file__).resolve().parents[2]
    spec = importlib.util.spec_from_file_location(script.removesuffix(".py"), repo / "tools" / script)
    assert spec and spec.loader
    train = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(train)
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
