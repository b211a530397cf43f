"""Outbound lexicon: words and phrases that make a message unsendable under the council's guidance.

Each entry is (category, code, explanation, terms). Terms are regular-expression fragments matched
as whole words, case-insensitively; ``(?-i:...)`` marks the few that only count in capitals
("AA", "GP"). Entries are grouped by the reason a practitioner will be shown, not by vocabulary.
"""

from __future__ import annotations

from .types import Category

PD = Category.PERSONAL_DATA
SC = Category.SPECIAL_CATEGORY
CO = Category.CRIMINAL_OFFENCE
CS = Category.CASE_SENSITIVE
AS = Category.ASSESSMENT

LexiconEntry = tuple[Category, str, str, tuple[str, ...]]


def after(words: tuple[str, ...], term: str) -> str:
    """``term`` only straight after one of ``words`` ("your op", "the conference"), written with
    lookbehinds so the match, and the scan's lookup, starts at the rarer word: a term starting with
    "the" or "your" would be tried at every "the" and "your" of every message."""
    return "(?:" + "|".join(rf"(?<=\b{word} )" for word in words) + ")" + term


_POSSESSIVE = ("your", "ur", "his", "her", "their")
# A hospital named after its street or district is a landmark when the street, station or school is meant.
_NOT_A_STREET = (
    r"(?! (?:road|rd|street|st|lane|hill|avenue|ave|close|way|park|station|primary|school|academy|library|"
    r"estate|gardens|court|grove|drive|crescent|square|parade|retail|shopping|leisure|tube|bus station|"
    r"roundabout|high street|community centre|church|fun run|charity|appeal|bake sale)\b)"
)

# Round 17: things that come out at a clause's end ("hope the sun came out", "the photos came out"), not a person telling
# people who they are.
_NOTHING_CAME_OUT = "".join(
    rf"(?<!\b{word} )"
    for word in (
        "sun", "sun's", "sun is", "photos", "photo", "pics", "pictures", "film", "films", "book", "cake", "cakes",
        "results", "result", "moon", "stars", "stain", "it", "that", "this", "the rain", "flowers", "daffodils", "album",
        "song", "game", "trailer", "bread", "paint", "colour", "letter", "post", "tooth", "bins", "blossom",
    )
)

OUTBOUND_LEXICON: tuple[LexiconEntry, ...] = (
    # --- personal data: identity and financial documents, asked for or mentioned -------------------
    (
        PD,
        "request_for_document",
        "Identity, immigration, financial and housing documents are personal data; they must never be "
        "asked for, sent or described over WhatsApp/SMS (G6). Arrange to see them in person.",
        (
            # not the leisure card ("Passport to Leisure") or a photo the size of one ("a passport-style photo")
            r"passports?(?! to leisure|[- ](?:style|sized?) (?:photo|pic|picture)s?| photo (?:booths?|machines?|kiosks?)\b)",
            r"(?:photo |picture |pic )?id(?:entity)? (?:card|document|docs?)",
            r"(?:a |your |ur |his |her )(?:photo |pic of (?:your |ur )?)?id\b(?! number| (?:badges?|lanyards?)\b)",
            r"driving licen[cs]e",
            r"provisional licen[cs]e",
            r"birth certificates?",
            r"marriage certificates?",
            r"death certificates?",
            r"tenancy (?:agreement|contract)s?",
            r"rent (?:book|statement)s?",
            r"bank statements?",
            r"bank cards?",
            r"debit cards?",
            r"credit cards?",
            r"pay ?slips?",
            r"P60s?",
            r"P45s?",
            r"utility bills?",
            r"gas bills?",
            r"electric(?:ity)? bills?",
            r"council tax (?:bill|statement|reference)s?",
            r"proof of (?:address|income|id|identity|benefits?)",
            r"(?:universal credit|UC|benefits?) (?:statement|letter|award letter|journal)s?",
            r"visas?",
            r"BRP(?: card)?s?",
            r"biometric residence (?:permit|card)s?",
            r"immigration (?:papers|documents|status)",
            r"share code",
            r"(?:login|log-in|log in) details",
            # a venue's wifi is not a person's account: "the wifi password for the Hub is on the whiteboard"
            r"(?<!wifi )(?<!wi-fi )(?<!wi fi )(?<!guest )(?<!network )(?<!door )passwords?(?! for the (?:wifi|wi-fi|hub|office|"
            r"library|centre|building|room|guest|cafe|café)\b)",
            # a card's PIN, not "drop you a pin" or "pin it on the noticeboard"
            r"(?-i:PIN)(?: number)?|pin (?:number|code)|(?:your|ur|his|her|their|card|bank) pin\b",
            r"medical records?",
            r"(?:a copy|copies) of (?:your|ur|his|her|their) (?:records|file)",
            r"the (?:court|police) (?:papers|bundle)",
            r"(?:sick|fit) notes?",
            # round 16: health records to bring or send ("your baby's red book and your maternity notes")
            r"(?:(?<=\bthe )|(?<=\byour )|(?<=\bur )|(?<=\bhis )|(?<=\bher )|(?<=\btheir )|(?<='s ))red books?\b",
            r"(?:maternity|pregnancy|antenatal|hospital|medical|health|gp|clinic|discharge|patient) (?:notes|records|folder|"
            r"file|book)\b",
            r"personal child health records?",
            r"(?:photo|pic|picture|screenshot|copy|scan|snap) of (?:the|your|ur|his|her|their|that) "
            r"(?:letter|form|document|docs|paperwork|statement|bill|contract|card|licen[cs]e)s?",
            after(_POSSESSIVE, r"(?:paperwork|documents|docs|ID documents)"),
            r"(?:council tax|DWP|PIP|UC|housing benefit|home office|student finance|NI) letters?",
            r"(?:water|phone|mobile|broadband) bills?",
            r"mortgage statements?",
            r"credit (?:report|file|score)",
            r"last (?:4|four|3|three) digits",
            r"long number on (?:the|your|ur) card",
            r"card (?:number|details)",
            r"marriage cert",
            r"birth cert",
            r"wage ?slips?",
            r"(?:bail|charge) sheets?",
            r"(?:photo|pic|picture|screenshot|scan|copy|snap|selfie)s? of (?:the )?(?:front|back)(?: and (?:front|back))? of "
            r"(?:your|ur|the|his|her|their) (?:card|licen[cs]e|passport|id|bank card|bus pass)",
            r"(?:UC|universal credit|online banking|bank|gov\.uk|gateway|journal|account) (?:login|log-in|log in|username|password)s?",
            # "a screenshot of your bank app", "a selfie holding your passport"
            r"(?:screenshot|screen shot|photo|pic|picture)s? of (?:your |ur |his |her |their |the )?(?:banking |bank |UC |universal "
            r"credit |monzo |)(?:app|account|balance|transactions|journal|statements?)\b",
            r"selfie (?:holding|with) (?:your|ur|his|her|their) (?:passport|id|licen[cs]e|card|brp)",
            r"(?:your|ur|his|her|their) (?:login|log-in|username)s?",
            r"student (?:id|loan) (?:number|card|account)",
            r"(?-i:EHIC|GHIC)",
            r"(?:car|vehicle|van) (?:reg|registration)(?: number| plate)?",
            r"(?:number|reg) plates?",
            r"residence permit",
            r"(?:work|settlement|pre-settled|settled) status (?:letter|document|proof|share code)",
            r"(?:eVisa|e-visa)",
            r"(?:pension|benefit|universal credit|UC|PIP|ESA|JSA) (?:award|claim) (?:letter|number|details)",
        ),
    ),
    (
        PD,
        "date_of_birth",
        "Dates of birth identify a person; they must not be sent or requested by message (G6).",
        (
            r"date(?:s)? of birth",
            r"d\.?o\.?b\.?",
            r"birth ?date",
            r"born (?:on|in) \d",
            r"(?:were|was) born on",
            r"(?:have you|got you|has you|him|her) (?:down )?as born",
            r"(?:right|correct|real) birthday",
            r"birthdays? (?:is|are) (?:on )?\d",
            # a date of birth in words: "Lily's birthday is the 14th of February 2016", "born in March 2011"
            r"birthday,? (?:is |was )?(?:the )?(?:\d{1,2}(?:st|nd|rd|th)?|first|second|third|\w+teenth|\w+th|twenty[- ]\w+|"
            r"thirty[- ]first|thirtieth) (?:of )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\w* (?:19|20)\d\d",
            r"born (?:in|on|the) (?:the )?(?:(?:\d{1,2}(?:st|nd|rd|th)?|first|second|third|\w+teenth|\w+th|twenty[- ]\w+|"
            r"thirty[- ]first|thirtieth) (?:of )?)?(?:january|february|march|april|may|june|july|august|september|"
            r"october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec) (?:of )?(?:19|20)\d\d",
            r"born in (?:19|20)\d\d",
        ),
    ),
    (
        PD,
        "identifier_request",
        "National identifiers (NHS, National Insurance, bank details, names and addresses for records) are "
        "personal data and may not be requested or shared by message (G6).",
        (
            r"NHS (?:number|no\.?|num)",
            r"national insurance(?: number| no\.?)?",
            r"(?:nashional|nashnal|nasional|natinal) insurance",
            r"insurance (?:number|no\.?|num)",
            r"N\.?I\.? (?:number|no\.?|num)",
            r"(?:your|ur|his|her|their) NI\b",
            r"bank (?:details|account(?: details| number)?)",
            r"sort ?code",
            r"account (?:number|no\.?|num)",
            r"IBAN",
            r"maiden name",
            after((*_POSSESSIVE, "the"), r"(?:ex|ex-partner|ex-husband|ex-wife|brother|sister|mum|dad|son|daughter|partner|nan|gran|"
                  r"aunt|auntie|uncle|cousin|niece|nephew|husband|wife|boyfriend|girlfriend|stepdad|stepmum|baby'?s dad|"
                  r"baby'?s mum|kids'? dad|kids'? mum)'?s (?:new |old |current |other |home |work )?(?:mobile|number|phone "
                  r"number|address|email|e-mail|postcode)\b"),
            r"(?:your|ur|his|her|their|[a-z]+'s) (?:sur ?name|last name|second name)",
            r"(?:what|which) bank (?:are|r|do|is|does) (?:you|u|he|she|they)\b",
            r"full (?:legal )?name and",
            r"(?:your|ur|his|her|their) full (?:legal )?name",
            r"mosaic (?:id|number|no\.?|file|ref(?:erence)?)",
            # more kinds of reference: "his prison number", "your HB ref", "the council tax account", "person reference"
            r"(?:prison|prisoner|inmate|person|client|service user|patient|hospital|HB|CTAX|UC|DWP|home office|HO|port|"
            r"ARC|UAN|NASS|CRN|PNC|pupil|UPN|ULN|student|pension|payroll|LCS|liquid ?logic|EHM|CMS|child maintenance|"
            r"HMRC|tax|benefit|housing benefit|council tax account|rent account|tenancy account|housing register|"
            r"bidding|choice based lettings|CBL) (?:ref(?:erence)?|id|number|no\.?|num)(?: number)?\b",
            r"(?:council tax|rent|tenancy|gas|electric(?:ity)?|water|energy|bank|building society|credit union) account\b"
            r"(?= (?:is|number|no|num|ref)\b|:|\s*\d)",
            r"unique (?:pupil|taxpayer) (?:number|reference)",
            r"UTR",
            r"passport number",
            r"(?:claim|reference|case|customer|application|tenancy|membership|council tax|housing) "
            r"(?:number|no\.?|num|ref)",
            r"names? and (?:numbers?|address(?:es)?|phone|mobile|e-?mail|d\.?o\.?b|date of birth|postcode)",
            # "the names and ages of everyone at the flat", "what email does ur ex use?"
            r"names?,? (?:and )?(?:ages|d\.?o\.?b'?s|dates of birth|birthdays)",
            r"what (?:e-?mail(?: address)?|number|mobile|phone number|address|postcode) (?:does|do|did|is) "
            r"(?:your|ur|his|her|their|the|he|she|they)\b",
        ),
    ),
    (
        PD,
        "financial_details",
        "How much someone receives, earns, owes or has saved is personal data; amounts of pension, benefits, "
        "wages, rent or debt must not be sent by message (G6).",
        (
            after(
                _POSSESSIVE,
                r"(?:pension|benefits?|universal credit|UC|PIP|DLA|ESA|JSA|wages?|salary|income|pay|rent|"
                r"arrears|rent arrears|debts?|overdraft|savings|attendance allowance|child benefit|"
                r"housing benefit|carer'?s allowance|award|payments?)(?: payments?| award)? (?:is|are|was|were|of|"
                r"comes to|will be|(?:has |have )?(?:gone|went) (?:up|down) to|(?:is|are|r|was|were) (?:down|up) to|"
                r"is now|are now|stands at) "
                r"(?:about |around |roughly |now |only |just |over |under )?£ ?\d[\d,]*(?:\.\d\d)?",
            ),
            r"(?:you|u|he|she|they) (?:still )?owes? (?:about |around |roughly |over |nearly )?£ ?\d[\d,]*(?:\.\d\d)?",
            r"arrears of (?:about |around |over )?£ ?\d[\d,]*(?:\.\d\d)?",
        ),
    ),
    (
        PD,
        "where_to_find",
        "The name of a child's school, nursery, teacher, GP or employer tells where a person can be found; it "
        "is personal data and must not be asked for or sent by message (G6).",
        (
            r"name of (?:the |your |ur |his |her |their )?(?:kids'?|children'?s|child'?s|son'?s|daughter'?s|"
            r"baby'?s|little one'?s|boys'?|girls'?)?\s*(?:school|nursery|college|class teacher|teacher|"
            r"head ?teacher|gp|doctor|surgery|employer|landlord|workplace)s?",
            r"(?:school|nursery|college)'?s? name",
            # "your daughter's school, St Mary's, said…": the school named
            r"(?:kids'?|children'?s|child'?s|son'?s|daughter'?s|baby'?s|grandson'?s|granddaughter'?s|"
            r"little one'?s) (?:school|nursery|college|primary|academy),? (?-i:(?:St|[A-Z][a-z]+)\.?'?s?)"
            r"(?: (?-i:[A-Z][a-z]+'?s?)){0,3}",
            r"class teacher'?s? names?",
            r"(?:which|what) (?:school|nursery|college|gp|surgery) (?:do|does|is|are|did)\b",
            # the GP surgery named as someone's own: "your GP at Bakers Avenue Surgery", "registered at the Forest Road
            # Medical Centre", "your GP, Dr Okoro at Lea Bridge Practice"
            after(
                (*_POSSESSIVE, "mum's", "dad's", "son's", "daughter's", "baby's", "kids'", "children's"),
                r"(?:GP|doctor|doctors|GP surgery|GP practice|surgery|practice|dentist)(?: is)?,? (?:at |with |from )?"
                r"(?:the )?(?:(?-i:Dr\.? [A-Z][a-z]+),? (?:at |from )?(?:the )?)?(?-i:(?:St\.? |[A-Z][a-z]+ ){1,4})(?-i:Surgery|Medical Centre|Health Centre|Medical Practice|Group Practice|Health Practice|Dental Practice|Practice|Health Clinic)",
            ),
            r"registered (?:at|with) (?:the )?(?-i:(?:St\.? |[A-Z][a-z]+ ){1,4})(?-i:Surgery|Medical Centre|Health Centre|Medical Practice|Group Practice|Health Practice|Dental Practice|Practice|Health Clinic)",
            # a named child's class and school: "Kiara is at Walthamstow Academy now, in 8R", "in Reception at
            # Greenleaf Primary"
            r"in (?:year \d{1,2}|reception|nursery|(?-i:Y\d{1,2}|\d{1,2}[A-Z]{1,2})|class \w+|(?-i:[A-Z][a-z]+) class)\b[^.?!]{0,25}\b"
            r"(?:at|of) (?-i:(?:(?:St\.? |[A-Z][a-z']+ ){1,3})(?:Primary|Academy|High School|High|School|Infants|Juniors|"
            r"Nursery|College|Free School)|St\.? [A-Z][a-z]+'?s?|[A-Z][a-z]+ [A-Z][a-z]+)\b",
            r"(?-i:(?:St\.? |[A-Z][a-z']+ ){1,3})(?-i:Primary|Academy|High School|Infants|Juniors)(?: School)?\b,? (?:now, )?"
            r"(?:in|class) (?:year \d{1,2}|reception|(?-i:Y\d{1,2}|\d{1,2}[A-Z]{1,2})|(?-i:[A-Z][a-z]+)'?s? class)\b",
            # where someone lives, described without a number: "the same flat on the Priory Court estate, 4th floor",
            # "moved in with his mum on the Chingford Mount estate", "the flat above the chip shop on Hoe Street"
            r"(?:flat|flats|house|maisonette|bedsit|place|home|room|block|(?:mum|dad|nan|nanny|gran|aunt|auntie|uncle|sister|"
            r"brother|mate|friend|partner|cousin)'?s)\b[^.?!,]{0,25}\b(?:on|in|at) the "
            r"(?-i:(?:[A-Z][a-z']+ ){1,3})estate\b",
            r"(?:lives|living|live|moved|moving|staying|stopping|housed|rehoused|placed|lodging|sofa surfing)\b[^.?!]{0,30}"
            r"\b(?:on|in) the (?-i:(?:[A-Z][a-z']+ ){1,3})estate\b",
            r"(?:flat|room|bedsit) (?:is |'s )?(?:above|over|behind|next to|opposite) (?:the |a )?[\w'-]+(?: [\w'-]+)? (?:on|in) "
            r"(?-i:[A-Z][a-z]+ ){1,2}(?:road|rd|street|st|lane|avenue|parade|high street|hill)\b",
            # "the same flat on Priory Court", "her old place in Hawthorn House"
            r"(?:same|old|new|his|her|their|your|ur) (?:flat|house|place|maisonette|bedsit|room) (?:on|in|at) (?:the )?"
            r"(?-i:(?:[A-Z][a-z']+ ){0,2})(?-i:Court|House|Tower|Towers|Road|Street|Lane|Estate|Gardens|Close|Avenue|Way|"
            r"Mansions|Point|Lodge|Grove|Crescent|Terrace|Walk|Place|Square)\b",
            # (round 18: not a meeting or a session moved there: "we've moved the review to the first floor")
            r"(?:lives|living|live|moved|moving|staying|housed|rehoused|placed|stopping) (?!(?:the |our |your |ur |this |"
            r"that |next |tomorrow's |today's |\w+day's )?(?:meeting|session|appointment|review|group|class|drop-?in|"
            r"workshop|training|interview|visit|conference|event|course|club|panel|catch-?up|office|desk|team)s?\b)"
            r"(?:\w+ ){0,2}(?:on|to) the "
            r"(?:\d+(?:st|nd|rd|th)|top|ground|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth) floor\b",
            # a home on a floor ("the flat on the 4th floor"), not an office ("Juniper House, 2nd floor")
            r"(?-i:flat|maisonette|bedsit)\b[^.?!]{0,30}\b(?:\d+(?:st|nd|rd|th)|top|ground|first|second|third|fourth|fifth|sixth|"
            r"seventh|eighth|ninth|tenth) floor\b",
            # where someone is living, asked: "which hostel is he staying at now?"
            r"(?:which|what) (?:hostel|flat|estate|refuge|b ?& ?b|supported housing)"
            r" (?:is|are|r|was|were) (?:he|she|they|you|u|your \w+|ur \w+|his \w+|her \w+) (?:staying|living|stopping|in|at"
            r"|placed|moved)\b",
        ),
    ),
    (
        PD,
        "education_record",
        "School attendance, exclusion and records are personal data about a child; discuss them in person.",
        (
            r"(?:was |were |been |is )?absent",
            r"absences?",
            r"attendance (?:is|was|has|record)",
            # "the school has been in touch about her attendance"
            after(("his", "her", "their", "your", "ur"), r"(?:school |college )?attendance(?! at (?!school|college))"),
            r"missed \d+ days",
            r"(?:excluded|suspended) from (?:school|college)",
            r"(?:fixed[- ]term |permanent )?exclusion",
        ),
    ),
    # --- special category (UK GDPR art. 9) -------------------------------------------------------------
    (
        SC,
        "mental_health",
        "Mental health is special category data (UK GDPR art. 9) and must not be sent by message.",
        (
            r"depress(?:ion|ed)",
            r"anxiety",
            r"anxious",
            r"panic attacks?",
            # round 12: a DoLS authorisation means a lack of capacity is recorded (special category as well as case-sensitive)
            r"(?-i:DoLS|DOLS)",
            r"deprivation of liberty",
            r"lacks? (?:the )?(?:mental )?capacity",
            r"mental capacity (?:act|assessment)",
            r"mental health",
            r"mental illness",
            r"CAMHS",
            r"psychiatr\w*",
            # (not a subject studied: "your psychology exam")
            r"psycholog\w*(?! (?:exams?|course|degree|class|lessons?|lectures?|a[- ]levels?|gcses?|btec|modules?|essays?|"
            r"homework|revision|teacher|tutor|students?|assignments?|coursework)\b)",
            r"psychos[ie]s",
            r"psychotic",
            r"schizo\w*",
            r"bipolar",
            r"sectioning",
            r"PTSD",
            r"(?-i:OCD)",
            r"personality disorder",
            r"eating disorders?",
            r"anorexi\w*",
            r"bulimi\w*",
            r"self[- ]?harm\w*",
            r"suicid\w*",
            r"harming (?:your|ur|him|her)sel(?:f|ves)",
            r"hurting (?:your|ur)self",
            # round 19: a wish or thought of harming oneself, asked or reported ("do you ever want to hurt yourself?",
            # "has she had thoughts of hurting herself", "feel like ending it all"); not "don't hurt yourself lifting that"
            r"(?:want(?:s|ed|ing)? to|wanna|urges? to|thoughts? (?:of|about)|thinking (?:of|about)|thought (?:of|about)|"
            r"feel(?:s|ing)? like|felt like|tempted to|tried to) (?:hurt|hurting|harm|harming|cut|cutting|kill|killing|end|"
            r"ending) (?:your|ur|him|her|them)sel(?:f|ves)\b",
            r"(?:want(?:s|ed|ing)? to|wanna|thoughts? (?:of|about)|thinking (?:of|about)|feel(?:s|ing)? like|felt like) "
            r"(?:end|ending) (?:it all|(?:your|ur|his|her|their) (?:own )?life)\b",
            r"hearing voices",
            # "are the voices any quieter?" (not "the voices in the choir")
            r"(?:the|your|ur|those) voices(?! (?:of|in (?:the )?choir|choir|group|project)\b)",
            r"sectioned",
            r"section (?:2|3|136)\b",
            r"mental health act",
            r"CPN",
            r"community psychiatric nurse",
            r"crisis team",
            r"home treatment team",
            # (not debt or careers counselling)
            r"(?<!debt )(?<!careers )(?<!career )(?<!money )(?<!financial )(?<!budget )(?<!budgeting )(?<!housing )(?<!legal )"
            r"counsell(?:ing|or|ors)",
            r"(?<!retail )(?<!shopping )(?<!chocolate )(?<!cake )(?<!sofa )(?<!sunshine )(?<!beach )therap(?:y|ist|ists)(?! (?:pool|dogs?|garden)\b)",
            r"trauma",
            r"low mood",
            # not the practitioner's own ("I'm feeling a bit down about the rain")
            r"(?<!\bi'm )(?<!\bim )(?<!\bi am )(?<!\bi was )(?<!\bi )(?<!\bwe're )(?<!\bwe )(?<!\bi've )(?<!\bi'm still )"
            r"(?:feel|feels|feeling|felt|been|getting) (?:really |so |very |quite |a bit |pretty |a little |still |"
            r"that |too )?low\b(?! (?:on|to|the|there|here|in the|at|for|battery|batteries)\b)",
            r"(?<!\bi'm )(?<!\bim )(?<!\bi am )(?<!\bi was )(?<!\bi )(?<!\bwe're )(?<!\bwe )(?<!\bi've )(?<!\bi'm still )"
            r"(?:feel|feels|feeling|felt) (?:really |so |very |quite |a bit |pretty |a little |still |that |too )?down\b"
            r"(?! (?:to|the|there|here|at|for|by)\b)",
            r"(?:(?<=your )|(?<=ur )|(?<=his )|(?<=her ))mood(?!s? (?:board|music|lighting)\b)",
            r"low in (?:yourself|himself|herself|themselves)",
            r"(?:nervous|mental|emotional) breakdown",
            r"(?:your|ur) mood",
            r"dementia",
            r"alzheimer'?s?",
            r"memory clinic",
            # round 17: the memory service by its other names ("the memory team want to see your mum again")
            r"memory (?:team|service|assessment service|nurse|assessment)s?(?! (?:game|quiz|café|cafe|book|box)\b)",
            r"overdos\w*",
            r"talking therap\w*",
            r"psych (?:unit|ward|hospital|nurse|team|assessment|appointment)",
            r"mental health (?:unit|ward|hospital|team)",
            r"(?-i:MH) (?:team|worker|nurse|services?)",
            r"samaritans(?! (?:charity )?shop)",
            r"cutting (?:yourself|urself|herself|himself|themselves)",
            r"on a section",
            r"(?:early intervention|EIP|EIS) team",
            r"IAPT",
        ),
    ),
    (
        SC,
        "health",
        "Health information is special category data (UK GDPR art. 9) and must not be sent by message.",
        (
            r"diabet\w*",
            r"insulin",
            # round 16: going into or being in hospital, said without "the" ("whether your son needs to go into hospital"),
            # and personal care ("managing to wash and get dressed on your own since the fall")
            after(("go", "goes", "going", "went", "gone", "be", "been", "being", "is", "was", "are", "were", "he's", "she's",
                   "you're", "still", "taken", "take", "admitted", "stay", "staying", "stayed", "end up", "ended up", "back",
                   "kept", "keep", "him", "her", "them", "you", "u"),
                  r"(?:in|into) hospital\b(?! (?:car ?park|grounds|entrance|caf[eé]|shop|canteen)\b)"),
            r"(?:wash(?:ing)?|bath(?:ing)?|shower(?:ing)?|toilet(?:ing)?) and (?:get(?:ting)? )?dress(?:ed|ing)?\b",
            r"(?:get(?:ting)?|got) (?:yourself |himself |herself |themselves )?dressed (?:on (?:your|his|her|their) own|by "
            r"(?:your|him|her|them)sel(?:f|ves)|without help|alone)",
            r"personal care",
            r"since (?:the|your|ur|his|her|their) (?:fall|stroke|op|operation|diagnosis|surgery|accident|heart attack)\b",
            # sight and hearing
            r"glaucoma",
            r"pa?ediatrician\w*",
            r"pa?ediatrics?",
            r"weight (?:loss|gain)",
            r"(?:losing|loosing|lost|putting on|put on|gained) (?:a lot of |so much |some |more )?weight",
            r"underweight",
            r"fractur\w*",
            r"(?<!a )(?<!business )(?<!financial )consultants?(?! social worker| practitioner)(?= (?:said|says|wants|will|has|appointment)|'s|\s*[.,!?]|$| go)",
            r"waiting list for (?:your |ur |his |her |the |an? |a new )?(?:knee|hip|op|operation|surgery|scan|mri|"
            r"assessment|therapy|counselling|treatment|transplant|physio\w*|autism|adhd)",
            r"(?:causing|cause of) (?:the|your|ur|his|her) (?:pain|headaches?|fits?|seizures?|symptoms?|bleeding|dizziness)",
            r"(?<=the )pain(?= (?:any|still|is|has|was|getting|been|better|worse)\b)",
            r"(?<=in )pain\b(?! in the (?:neck|bum|backside))",
            r"(?:(?<=the )|(?<=your )|(?<=ur )|(?<=his )|(?<=her ))treatment(?! (?:from|by|you got|of (?:you|u|him|her|them))\b)",
            r"blood sugars?",
            r"sugar levels?",
            r"(?:(?<=your )|(?<=ur )|(?<=his )|(?<=her ))sugars?(?= (?:is|are|still|levels?|readings?|high|low|ok|been|were|was)\b)",
            r"abscess\w*",
            r"toothache",
            r"root canal",
            r"injections?",
            r"smear(?: tests?)?",
            r"(?:keep|kept|keeping) (?:you|u|him|her|them) in (?:overnight|for (?:a few days|the night|observation|tests))",
            r"(?:baby|babies)(?:'s)? (?:kicking|movements?)",
            r"angina",
            r"dyspraxi\w*",
            r"amputat\w*",
            r"(?:colostomy|ileostomy|stoma) bags?",
            r"colostomy",
            r"ileostomy",
            r"mammograms?",
            r"biops(?:y|ies)",
            r"end of life(?: care)?",
            r"(?-i:DNACPR|DNR)",
            r"(?-i:CMHT)",
            r"care co-?ordinator",
            r"pacemaker",
            r"migraines?",
            r"huntington'?s",
            r"(?-i:HRT)",
            r"(?:initial |review |annual )?health assessments?",
            r"chiropod\w*",
            r"podiatr\w*",
            r"opticians?",
            r"eye tests?",
            r"cataracts?",
            r"macular degeneration",
            r"sight (?:loss|problems?|impair\w*)",
            r"(?:visual(?:ly)?|sight|hearing) impair\w*",
            r"registered blind",
            r"guide dog",
            r"hearing (?:loss|problems?)",
            r"deafness",
            r"cochlear implants?",
            r"sensory (?:impairment|loss|team|support team)",
            r"cancer",
            r"chemo\w*",
            r"radiotherapy",
            r"tumour",
            r"HIV",
            r"(?-i:AIDS)",
            r"hepatitis",
            r"hep [bc]",
            r"epilep\w*",
            r"seizures?",
            r"asthma\w*",
            r"inhalers?",
            r"(?<!breast )(?<!back )(?<!front )stroke(?! of (?:luck|genius|midnight|\w+ o'clock))",
            r"heart (?:condition|attack|failure|problems?)",
            r"with (?:his|her|your|ur) (?:heart|chest|lungs?|back|leg|hip|knee)",
            r"how'?s (?:your|ur|the|his|her) (?:back|leg|hip|knee|chest|foot|arm|head|wrist|ankle|shoulder)",
            after((*_POSSESSIVE, "the"), r"op\b(?! shop)"),
            after(("to the", "at the", "from the", "see the"), r"(?:docs|doctors?|doc|drs)"),
            r"dialysis",
            r"(?<!steak and )(?<!steak & )kidney\w*(?! beans?\b)",
            r"sickle cell",
            r"(?-i:MS)(?! (?:Teams|Word|Office|Forms|Excel|Outlook|Paint)\b)",
            after(("your", "ur", "his", "her", "their", "with", "has", "have", "got"), r"ms\b(?! (?:teams|word|office))"),
            r"multiple sclerosis",
            r"parkinson'?s?",
            r"COPD",
            r"arthritis",
            r"blood tests?",
            r"(?<!driving )(?<!theory )(?<!practical )(?<!driving theory )(?:test|scan|x-ray|blood) results?"
            r"(?! for (?:your|ur|the|his|her|their) (?:driving|theory|practical|maths|english|exams?|gcses?)\b)",
            r"results (?:are|came) back",
            r"results? back",
            after(("from the", "at the", "to the", "in the", "from", "at"), r"hospital"),
            r"diagnos\w*",
            r"symptoms?",
            r"GP'?s?",
            r"(?:your|ur|his|her|the) doctor",
            r"doctor'?s? (?:appointment|note)",
            r"(?:district |practice |diabetic |specialist |mental health |epilepsy |asthma |school )?nurses?",
            r"health visitor",
            r"physio\w*",
            r"occupational therap\w*",
            r"(?-i:OT)",
            r"speech and language",
            # round 17: other health professionals by name ("the dietitian says your boy's weight is back on track"), and
            # gambling as an addiction ("well done on staying off the gambling"), not a sports team's dietitian
            r"(?<!sports )(?<!team )(?<!club )dieti(?:t|c)ians?",
            r"podiatrist|chiropodist|orthotist|audiologist|continence (?:nurse|service|team)",
            r"(?:gambling|betting) (?:addiction|problems?|support|clinic|helpline|counsell\w*|treatment|habit)|gamcare|"
            r"gamblers anonymous",
            r"(?:staying|stayed|keeping|kept|been|stay|keep) off (?:the )?(?:gambling|betting|bets|slots|fruit machines|"
            r"scratchcards)",
            # (round 16: not "the clinic for CVs and cover letters", which is not health care)
            r"\w+ clinic(?!s? (?:for|on|about|to help with|helping with) (?:your |ur )?(?:council tax|cvs?|cover(?:ing)? letters|"
            r"job|jobs|benefits?|bikes?|forms?|housing|debt|money|energy|tax|homework|coursework|ucas|applications?|interviews?|"
            r"phones?|tech|computers?|laptops?|english|maths|driving|budgeting|bills)\b)",
            r"clinics?",
            r"in hospital",
            after(("on the",), r"ward"),
            after(("been", "got", "was", "were", "is", "be", "being"), r"discharged"),
            r"hospital (?:appointment|admission|stay|bed|ward)",
            # a stay in hospital said by its end: "the hospital discharge form", "the discharge letter", "the hospital said
            # you can go home tomorrow"
            # (not the practitioner's team: "Paul Singh, Hospital Discharge Team")
            r"hospital discharge(?! (?:team|service|social work)\b)",
            r"discharge (?:letter|summary|papers|planning|plan|nurse|to assess|meeting)s?",
            r"(?<=the )hospital(?= (?:said|says|rang|called|phoned|wants?|will (?:let|discharge|ring|call|keep)|have (?:said|rung|"
            r"called)|discharged|are (?:keeping|letting|happy))\b)",
            r"(?:discharged|admitted) (?:from|to)? ?hospital",
            # round 15: a stay in hospital said by coming home ("since you came home from the Norfolk and Norwich
            # hospital", "when he got out of hospital"), not the bus from the hospital
            r"(?:came|come|comes|coming|got|get|gets|getting|sent|were|was|been) (?:home|back|out) (?:from|of) (?:the )?"
            r"(?:(?-i:[A-Z][\w'-]*) (?:(?:and|&) )?){0,4}(?:hospital|infirmary|ward|hospice|(?-i:A&E|A ?& ?E))\b",
            r"A ?& ?E",
            r"ward \d+",
            r"(?:your|ur|his|her|the) operation",
            r"surgery",
            r"hospice",
            r"palliative",
            r"end of life care",
            r"terminal\w*",
            r"illness",
            r"(?:you'?re|you are|ur|he'?s|she'?s|he is|she is|been|feeling) unwell",
            r"(?:health|medical) (?:condition|problem|issue)s?",
            r"(?:your|ur|his|her|their) condition",
            r"injur(?:y|ies)(?! time)",
            r"painkillers?",
            r"prescriptions?",
            r"medications?",
            r"medicines?(?! (?:cabinet|cupboard)s?\b)",
            r"(?:for|with|from|of) the sugar\b",
            r"meds",
            r"tablets",
            r"pills",
            r"jabs?",
            r"vaccin\w*",
            r"sertraline",
            r"fluoxetine",
            r"citalopram",
            r"escitalopram",
            r"mirtazapine",
            r"amitriptyline",
            r"venlafaxine",
            r"diazepam",
            r"lorazepam",
            r"zopiclone",
            r"olanzapine",
            r"risperidone",
            r"quetiapine",
            r"aripiprazole",
            r"clozapine",
            r"lithium",
            r"pregabalin",
            r"gabapentin",
            r"tramadol",
            r"codeine",
            r"morphine",
            r"oxycodone",
            r"metformin",
            r"warfarin",
            r"ritalin",
            r"methylphenidate",
            r"antidepressants?",
            r"anti-?psychotics?",
            r"antibiotics?",
            r"anti-?depressants?",
            r"co-?codamol",
            r"dihydrocodeine",
            r"fentanyl",
            r"naproxen",
            r"propranolol",
            r"paroxetine",
            r"duloxetine",
            r"trazodone",
            r"clonazepam",
            r"temazepam",
            r"chlordiazepoxide",
            r"librium",
            r"haloperidol",
            r"lamotrigine",
            r"(?:sodium )?valproate",
            r"epilim",
            r"carbamazepine",
            r"levetiracetam",
            r"keppra",
            r"levothyroxine",
            r"melatonin",
            r"concerta",
            r"elvanse",
            r"lisdexamfetamine",
            r"atomoxetine",
            r"salbutamol",
            r"ventolin",
            r"epi-?pens?",
            r"steroids",
            r"prednisolone",
            r"naltrexone",
            r"antabuse",
            r"disulfiram",
            r"acamprosate",
            # a bus, council or works depot is a place, not an injection
            r"(?<!council )(?<!bus )(?<!coach )(?<!tram )(?<!train )(?<!fire )(?<!works )(?<!recycling )(?<!delivery )"
            r"(?<!parcel )(?<!highways )(?<!transport )(?<!from the )(?<!to the )(?<!at the )(?<!outside the )(?<!near the )"
            r"(?<!by the )depot(?: injection)?(?! (?:road|street|lane|car park|yard|gates?)\b)",
            r"depo(?:-provera| provera| injection| jab)?",
            r"contracepti\w*",
            r"(?:using|smoking|taking|on the) spice",
            r"truvada",
            r"ADHD",
            r"autis\w*",
            r"asperger'?s?",
            r"(?-i:ASD)",
            r"dyslexi\w*",
            r"cerebral palsy",
            r"down'?s syndrome",
            r"learning disabilit\w*",
            r"(?-i:LD) team",
            r"disab(?:led|ility|ilities)",
            r"blue badge",
            r"wheelchairs?",
            r"walking (?:frame|stick)",
            r"crutch(?:es)?",
            r"pain in (?:your|ur|his|her|the|their) \w+",
            r"(?:back|chest|joint|stomach|tummy|period) pains?",
            r"(?:in|got|has|have) a (?:cast|plaster cast|sling|neck brace)",
            r"broken (?:arm|leg|wrist|ankle|bone|foot|hand|ribs?|collarbone|hip)",
            r"(?:sick|fit) notes?",
            # round 16: health records ("your baby's red book", "bring your maternity notes")
            r"(?:(?<=\bthe )|(?<=\byour )|(?<=\bur )|(?<=\bhis )|(?<=\bher )|(?<=\btheir )|(?<='s ))red books?\b",
            r"(?:maternity|pregnancy|antenatal|hospital|medical|health|gp|clinic|discharge|patient) (?:notes|records|folder|"
            r"file|book)\b",
            r"personal child health records?",
            r"zimmer",
            r"mobility scooter",
            r"hearing aids?",
            r"BSL",
            r"sign language",
            # not a window blind, a blind date or a blind spot
            r"(?<!the )(?<!a )(?<!window )(?<!roller )(?<!venetian )blind(?! (?:date|spot|corner|bend|side|man's buff)\b)",
            r"partially sighted",
            r"deaf",
            r"(?-i:PIP)",
            r"(?-i:DLA)",
            r"EHCP",
            r"EHC (?:plan|needs assessment|assessment|review)s?",
            r"statement of (?:special educational )?needs",
            r"(?-i:SEN) (?:statement|support|plan|review)",
            r"(?:special educational needs|(?-i:SEND))(?! (?:me|you|u|us|it|them|the|a|an|him|her|your|ur|this|that))",
            r"incontinen\w*",
            # round 15b: toileting and continence ("how's the toileting going", "still needing pads at night")
            r"toileting",
            r"(?<!in)continence",
            r"(?:needing|needs|need|wearing|wears|in) (?:pads|nappies|pull-?ups)(?= (?:at night|overnight|still|again|in the day)\b)",
            r"catheter",
            r"stoma",
            r"dementia",
            # a fall and a bad back said plainly: "since your fall", "had a nasty fall", "his own bad back"
            after(("your", "ur", "his", "her", "their", "mum's", "dad's", "nan's"), r"falls?(?! (?:behind|out|through|apart|asleep|over)\b)"),
            after(("had a", "had another", "had a bad", "had a nasty", "a bad", "a nasty", "another", "a few", "had two",
                   "had three"), r"falls?\b(?! (?:behind|out|through|apart|asleep|over)\b)"),
            r"(?:bad|dodgy|sore|painful|weak|arthritic) (?:back|knees?|hips?|legs?|shoulders?|neck|feet|foot|chest|heart|lungs?)\b",
            r"(?:(?<=your )|(?<=ur )|(?<=his )|(?<=her ))(?:back|knees?|hips?|legs?|chest|arm|wrist|ankle|shoulder|neck) "
            r"(?:is|are|has been|have been|'s been|still|is still) (?:feeling |getting )?(?:bad|playing up|sore|painful|"
            r"better|worse|any better|giving (?:you|him|her) (?:trouble|grief))",
            # accessibility and mobility aids: "the wheelchair-accessible taxi", "a ramp for your scooter"
            r"(?:wheelchair[- ])?accessible (?:taxi|cab|transport|minibus|vehicle|flat|bathroom|shower|housing|property|bus)s?",
            # round 19: a home adapted for the person, or with wheelchair access ("the adapted flat is ready to view",
            # "a bungalow with wheelchair access", "adapted housing"); not an adapted recipe or form
            r"adapted (?:flat|house|home|bungalow|property|accommodation|housing|maisonette|ground[- ]floor flat)s?\b",
            r"(?:flat|house|home|bungalow|property|accommodation|maisonette|place) with (?:full |level )?(?:wheelchair|"
            r"disabled) access\b",
            # equipment for the body, not home adaptations ("the grab rails are booked" is logistics, a probe14 allow)
            r"(?:hoists?|commodes?|rollators?|pressure (?:mattress|cushion|sores?))",
            r"hearing loop (?:for|fitted for) (?:you|u|him|her|them|your|ur|his|their)\b",
            r"(?:a |the )?ramp (?:for|fitted|put in|installed)",
            r"(?:large print|braille|easy read)(?: version| copy| letter| letters| format)?",
            r"guide dog",
            r"(?:BSL|sign language) interpreter",
        ),
    ),
    (
        SC,
        "medicine",
        "This is the name of a medicine (its brand or generic name); it reveals the condition it treats, and "
        "health is special category data (UK GDPR art. 9).",
        (
            # antipsychotics, including depots
            r"risperdal",
            r"zyprexa",
            r"seroquel",
            r"abilify",
            r"aripiprazole",
            r"clozaril",
            r"denzapine",
            r"zaponex",
            r"clopixol",
            r"zuclopenthixol",
            r"depixol",
            r"flupent(?:h)?ixol",
            r"haldol",
            r"modecate",
            r"fluphenazine",
            r"paliperidone",
            r"xeplion",
            r"trevicta",
            r"invega",
            r"amisulpride",
            r"solian",
            r"lurasidone",
            r"latuda",
            r"chlorpromazine",
            r"largactil",
            r"sulpiride",
            r"trifluoperazine",
            r"procyclidine",
            # antidepressants and anxiolytics, hypnotics
            r"prozac",
            r"seroxat",
            r"cipramil",
            r"cipralex",
            r"lustral",
            r"zoloft",
            r"efexor",
            r"cymbalta",
            r"agomelatine",
            r"valdoxan",
            r"vortioxetine",
            r"brintellix",
            r"bupropion",
            r"wellbutrin",
            r"zyban",
            r"phenelzine",
            r"moclobemide",
            r"lofepramine",
            r"imipramine",
            r"clomipramine",
            r"dosulepin",
            r"nortriptyline",
            r"fluvoxamine",
            r"reboxetine",
            r"esketamine",
            r"valium",
            r"ativan",
            r"xanax",
            r"alprazolam",
            r"buspirone",
            r"hydroxyzine",
            r"zolpidem",
            r"stilnoct",
            r"nitrazepam",
            r"benzos",
            r"benzodiazepines?",
            r"sleeping (?:tablets|pills)",
            # mood stabilisers
            r"priadel",
            r"camcolit",
            r"depakote",
            r"tegretol",
            r"lamictal",
            # ADHD
            r"equasym",
            r"medikinet",
            r"xaggitek",
            r"delmosart",
            r"xenidate",
            r"dexamfetamine",
            r"amfexa",
            r"strattera",
            r"intuniv",
            r"guanfacine",
            r"adderall",
            r"vyvanse",
            # dementia
            r"donepezil",
            r"aricept",
            r"rivastigmine",
            r"(?-i:Exelon)",
            r"galantamine",
            r"reminyl",
            r"memantine",
            r"ebixa",
            # opioid substitution, reversal and anti-craving
            r"suboxone",
            r"espranor",
            r"buvidal",
            r"physeptone",
            r"methadose",
            r"lofexidine",
            r"nyxoid",
            r"prenoxad",
            r"nalmefene",
            r"selincro",
            r"campral",
            r"baclofen",
            # epilepsy
            r"zonisamide",
            r"topiramate",
            r"topamax",
            r"phenytoin",
            r"epanutin",
            r"ethosuximide",
            r"clobazam",
            r"frisium",
            r"(?:buccal )?midazolam",
            r"buccolam",
            r"epistatus",
            r"lacosamide",
            r"vimpat",
            r"brivaracetam",
            r"briviact",
            r"perampanel",
            r"oxcarbazepine",
            r"trileptal",
            r"epidyolex",
            # diabetes
            r"gliclazide",
            r"glipizide",
            r"sitagliptin",
            r"januvia",
            r"empagliflozin",
            r"jardiance",
            r"dapagliflozin",
            r"forxiga",
            r"pioglitazone",
            r"ozempic",
            r"semaglutide",
            r"wegovy",
            r"mounjaro",
            r"tirzepatide",
            r"victoza",
            r"liraglutide",
            r"trulicity",
            r"novorapid",
            r"humalog",
            r"lantus",
            r"levemir",
            r"tresiba",
            r"toujeo",
            r"humulin",
            r"freestyle libre",
            r"libre (?:sensor|reader|app)",
            r"glucose (?:monitor|meter|sensor)s?",
            # HIV: PrEP and antiretrovirals
            r"descovy",
            r"biktarvy",
            r"triumeq",
            r"genvoya",
            r"atripla",
            r"eviplera",
            r"odefsey",
            r"dovato",
            r"juluca",
            r"tivicay",
            r"dolutegravir",
            r"emtricitabine",
            r"tenofovir",
            r"efavirenz",
            r"raltegravir",
            r"isentress",
            r"darunavir",
            r"prezista",
            r"symtuza",
            r"cabotegravir",
            r"vocabria",
            r"antiretrovirals?",
            r"(?-i:ARVs)",
            r"viral load",
            # contraception
            r"microgynon",
            r"rigevidon",
            r"cerazette",
            r"cerelle",
            r"noriday",
            r"dianette",
            r"nexplanon",
            r"mirena",
            r"kyleena",
            r"jaydess",
            r"levonelle",
            r"ellaone",
            r"levonorgestrel",
            r"desogestrel",
            r"mini ?pill",
            # gender-affirming hormones
            r"puberty blockers?",
            r"hormone blockers?",
            r"testogel",
            r"oestrogel",
            r"estradiol",
            r"oestradiol",
            # other conditions named by their medicine
            r"apixaban",
            r"rivaroxaban",
            r"eliquis",
            r"xarelto",
            r"atorvastatin",
            r"simvastatin",
            r"statins",
            r"ramipril",
            r"amlodipine",
            r"bisoprolol",
            r"(?-i:GTN) spray",
            r"thyroxine",
            r"carbimazole",
            r"oramorph",
            r"zomorph",
            r"butrans",
            r"sinemet",
            r"madopar",
            r"levodopa",
            r"ropinirole",
            r"tamoxifen",
            r"letrozole",
            r"methotrexate",
            r"seretide",
            r"symbicort",
            r"fostair",
            r"omeprazole",
            r"lansoprazole",
        ),
    ),
    (
        SC,
        "named_clinic",
        "This hospital, unit, clinic or service is known for treating particular conditions (mental health, "
        "addiction, HIV and sexual health, gender, cancer, eyes); naming it reveals health, which is special "
        "category data (UK GDPR art. 9).",
        (
            # psychiatric hospitals and units by name ("the bus to the Priory", "still in Goodmayes")
            r"(?-i:Priory)" + _NOT_A_STREET,
            r"goodmayes(?= hospital| ward)|(?:(?<=in )|(?<=at )|(?<=from )|(?<=into )|(?<=to ))(?-i:Goodmayes)"
            r"(?! (?:station|library|park|road|lane|primary|school|tesco|high street))",
            r"(?-i:Maudsley)",
            r"(?-i:Bethlem)",
            r"(?-i:Broadmoor|Rampton|Ashworth|Carstairs)",
            r"(?-i:Cygnet)" + _NOT_A_STREET,
            r"(?-i:Huntercombe)",
            r"(?-i:Nightingale) hospital",
            r"(?-i:Springfield) (?:hospital|university hospital)",
            r"(?-i:Highgate) mental health centre",
            r"(?-i:Lambeth) hospital",
            r"(?-i:Ladywell) unit",
            r"(?-i:John Howard) centre",
            r"(?-i:Newham|City and Hackney|East Ham) centre for mental health",
            r"(?-i:Chase Farm) (?:mental health|psychiatric)",
            r"(?-i:Warley|Runwell|Linden Centre|Basildon Mental Health Unit)" + _NOT_A_STREET,
            r"(?-i:Becklin|Newsam|Longley) centre",
            r"(?-i:Mossley Hill|Broadoak|Park House|Edale House)" + r"(?= (?:hospital|unit|ward)|\s*[.,!?]|$)",
            r"mother and baby unit",
            r"(?-i:PICU|IPCU)",
            # Scotland's, Wales' and Northern Ireland's psychiatric hospitals and units
            r"(?-i:Royal Edinburgh)(?! (?:Military|Tattoo|Infirmary|Hospital for (?:Sick )?Children|Zoo)\b)",
            r"(?-i:Carseview|Leverndale|Gartnavel Royal|Dykebar|Murray Royal|Royal Cornhill|New Craigs|Sunnyside Royal|"
            r"Midpark|the State Hospital|Hafan y Coed|Heddfan|Hergest Unit|Ablett Unit|Cefn Coed|Caswell Clinic|Ty Llywelyn|"
            r"Knockbracken|Holywell Hospital|Gransha|Shannon Clinic|Muckamore|Beechcroft)" + _NOT_A_STREET,
            r"(?:acute|inpatient|secure|forensic|psychiatric|adolescent|eating disorders?) (?:unit|ward|hospital)",
            after(("the",), r"unit(?= (?:discharged|admitted|said|rang|called|wants|will let)\b)"),
            # HIV, sexual health and gender clinics
            r"(?-i:Mildmay)" + _NOT_A_STREET,
            r"(?:56 )?(?-i:Dean Street)(?= (?:clinic|express|said|rang|sent|results?|came|come|have|has|were|was|is|called|texted|appointment|check-?up|tests?)\b|\s*[.,!?]|$)",
            # round 14: test results coming back ("results from the clinic came back all clear"): the person's health
            r"(?:test |blood |scan |smear |swab |sti |hiv |biopsy )?results? (?:\w+ ){0,4}(?:came|come|have come|has come|are) back (?:all |completely )?(?:clear|negative|positive|normal|abnormal)\b",
            # round 15: a health service in touch about the person's results ("the hospital next to the station rang about
            # your results"), not the school about exam results
            r"(?:hospital|clinic|surgery|(?-i:GP)|doctors?|doctor's|practice|ward|consultant|nurse)\b[^.!?]{0,40}\b(?:rang|rung|"
            r"called|phoned|texted|wrote|written|emailed|been in touch) (?:about|with|re|regarding) (?:your|ur|his|her|their|"
            r"the) (?:test |blood |scan |smear |swab )?(?:results?|bloods|scan|tests?|x-?ray|biopsy)\b",
            r"terrence higgins(?: trust)?",
            r"(?-i:THT)",
            r"marie stopes",
            r"(?-i:MSI) (?:clinic|reproductive|choices)",
            r"(?-i:BPAS)",
            r"(?-i:Brook)(?= (?:clinic|centre|service|advisory|appointment|drop-in)|\s*[.,!?]|$)",
            r"(?-i:Tavistock)(?= (?:clinic|and Portman|gender|GIDS|said|says|rang|appointment)\b|\s*[.,!?]|$)",
            r"(?-i:Portman) clinic",
            r"(?-i:GIDS)",
            r"(?-i:GIC)",
            r"gender (?:identity )?(?:clinic|service|team)",
            r"(?-i:Sandyford|Kobler|Jefferiss|Ambrose King|Claude Nicol)" + _NOT_A_STREET,
            r"(?-i:GUM) clinic",
            r"(?-i:GUM)",
            # addiction treatment
            r"(?-i:Turning Point)" + _NOT_A_STREET,
            r"change grow live",
            r"(?-i:Forward Trust)",
            r"(?-i:Humankind)",
            r"(?-i:Phoenix Futures)",
            r"(?-i:Nelson Trust)",
            r"(?-i:Castle Craig|Clouds House|Broadway Lodge|Trevi House)",
            r"(?-i:CDAT|DAAT)",
            # cancer, eyes, children's hospital, brain injury, hospice charities
            r"(?-i:Royal Marsden)",
            after(("the",), r"(?-i:Christie)\b(?!'s)"),
            r"(?-i:Clatterbridge)",
            r"(?-i:Macmillan)(?= (?:nurse|team|centre|support|worker|grant))",
            r"(?-i:Marie Curie)(?= (?:nurse|nurses|team|hospice))",
            r"(?-i:Moorfields)" + _NOT_A_STREET,
            r"(?-i:Great Ormond Street)" + _NOT_A_STREET,
            r"(?-i:GOSH)",
            r"(?-i:Headway)",
            r"(?-i:Rethink)(?= (?:worker|group|support|said|team|peer|advocate|service|drop-in|caf[eé]|centre|hub|mental "
            r"illness)\b)",
            # round 17: the mental health charities' own groups and services, by name ("the Mind peer support group is on
            # Weds", "your worker at Mind", "the local Mind drop-in"; not "Mind you" or "Mind the step"), a recovery
            # college's course, eating disorder and anxiety charities
            r"(?-i:Mind)(?= (?:peer|support|group|groups|drop-in|drop in|caf[eé]|centre|center|worker|workers|advocate|"
            r"advocacy|course|courses|session|sessions|crisis|helpline|line|counselling|counsellor|counsellors|wellbeing|"
            r"recovery|team|service|services|hub|befriending|befriender|project|programme|sanctuary|walking group|garden "
            r"project|art group|allotment)\b)",
            after(("at", "from", "with", "through", "via", "local", "the local", "to"), r"(?-i:Mind)(?![\w'-])(?! (?:the|your|ur|how|out|you)\b)"),
            r"recovery college",
            r"(?-i:Anxiety UK|SANEline|Hearing Voices Network|Beat)(?= (?:helpline|support group|group|youthline|chat|"
            r"worker|peer)\b)",
        ),
    ),
    (
        SC,
        "pregnancy_sexual_health",
        "Pregnancy, reproductive and sexual health are special category data (UK GDPR art. 9).",
        (
            r"pregnan\w*",
            r"baby bump",
            after(("the", "ur", "your", "her"), r"bump"),
            r"how far along",
            # round 15: how many weeks gone ("how many weeks are you now?", not "how many weeks is the course?")
            r"how many weeks (?:gone |along |pregnant )?(?:are|r) (?:you|u|ya)(?: now)?(?= ?[?,.!]| ?$| and\b)",
            r"how many weeks (?:gone|along|pregnant)\b",
            r"morning sickness",
            r"expecting (?:a baby|twins|again)",
            r"trimester",
            after(("in", "into"), r"labour"),
            r"labour ward",
            r"maternity (?:unit|ward|appointment|leave)",
            r"birth plan",
            r"c-?section",
            r"when (?:are|r) (?:you|u) due",
            r"due date",
            r"midwi\w*",
            r"antenatal",
            r"ante-natal",
            r"postnatal",
            r"post-natal",
            r"\d+ weeks(?: pregnant| gone)?(?= now| along)",
            r"(?:you'?re|you are|ur) \d+ weeks",
            r"(?:pregnancy|baby|12[- ]week|20[- ]week|dating|ultrasound|the|your|ur) scan(?! of\b)",
            r"miscarr\w*",
            r"termination",
            r"abortion",
            r"IVF",
            r"fertility",
            r"contracepti\w*",
            r"the pill",
            r"morning after pill",
            r"coil",
            r"implant",
            r"sexual health",
            r"STIs?",
            r"STDs?",
            r"chlamydia",
            r"gonorrh\w*",
            r"syphilis",
            r"herpes",
            r"PrEP",
            r"smear test",
        ),
    ),
    (
        SC,
        "substance_use",
        "Drug or alcohol use and treatment are health data (special category, UK GDPR art. 9).",
        (
            r"drug and alcohol",
            r"drugs? (?:service|team|worker|treatment|counsellor)",
            r"alcohol\w*(?![- ]?(?:free|gel|wipes?|hand gel|sanitiser|sanitizer)\b)",
            r"(?-i:AA)",
            # round 12: court-ordered drug or alcohol treatment (criminal too)
            r"(?-i:DTTO|DRR|ATR)",
            r"drug (?:treatment and testing|rehabilitation) (?:order|requirement)",
            r"alcohol treatment requirement",
            after(("to", "at", "an", "the"), r"aa (?:meetings?|again|tonight|group|sessions?)"),
            r"(?-i:NA)",
            r"alcoholics anonymous",
            r"narcotics anonymous",
            # round 17: the other recovery fellowships and groups by name ("your SMART Recovery meeting")
            r"(?:cocaine|marijuana|crystal meth) anonymous",
            r"smart recovery",
            r"(?<!digital )(?<!social media )(?<!phone )(?<!screen )detox",
            r"rehab",
            r"methadone",
            r"subutex",
            r"buprenorphine",
            r"naloxone",
            r"needle exchange",
            r"(?:your|ur|his|her|the|methadone) script",
            r"substance (?:mis)?use",
            r"drug (?:use|using|users?|habit|problems?|tests?|testing|screens?|screening)",
            r"(?:drugs?|alcohol|drink) (?:awareness|education|rehabilitation|rehab) (?:course|programme|program|"
            r"sessions?|requirement)s?",
            r"hair (?:strand )?test\w*",
            r"(?:tested |test came back |came back )?positive for (?:cocaine|coke|cannabis|weed|thc|heroin|opiates?|spice|amphetamines?|benzos?|alcohol|drugs|crack|ketamine|mdma)",
            # not "the flat's been clean and tidy"
            r"(?:still|staying|stay|been|keep|keeping|kept) (?:clean(?!,? (?:and|&) (?:tidy|dry|warm|safe|bright|fresh)|,? tidy)|"
            r"sober|off (?:the )?(?:drugs|drink|booze|gear|weed))",
            r"sober",
            r"sobriety",
            r"relaps\w*",
            r"drinking",
            r"been drinking",
            r"(?:your|ur|his|her) drinking",
            r"units (?:of alcohol|a day|a week|per|are you|do you)",
            r"drunk",
            r"using again",
            r"weed(?! ?killer)",
            r"spliffs?",
            r"zoots?",
            r"skunk",
            r"cannabis",
            r"cocaine",
            r"crack cocaine",
            r"on crack",
            r"heroin",
            r"on spice",
            r"ketamine",
            r"MDMA",
            r"ecstasy",
            r"smoking weed",
            r"getting high",
            # using drugs, not "are you still using the laptop?" or "if you're using the sat nav"
            r"(?:you'?re|ur|you are) (?:still )?using(?! (?:the|a|an|your|ur|my|this|that|it|them|those|these|google|"
            r"whatsapp|teams|zoom|sat ?nav|bus|train|app|phone|laptop|tablet|computer|card|pass|public)\b)",
            r"(?:change|inclusion|turning point|we are with you|WDP|CGL) (?:worker|service|appointment|team)",
            after(_POSSESSIVE, r"(?:key ?worker|worker) at (?:change grow live|CGL|WDP|inclusion)"),
            r"(?:class [ABC]|hard) drugs",
            after(("on", "using", "taking", "smoking", "doing"), r"(?:drugs|gear|coke|pills)"),
            r"(?:alcohol|drug) (?:worker|team|service|counsellor|group)",
            # round 15: cutting down on drink or drugs said without its object ("talk about cutting down", "how's the
            # cutting down going?"), not trees or paperwork
            r"(?:(?<=about )|(?<=been )|(?<=keep )|(?<=start )|(?<=started )|(?<=with )|(?<=through )|(?<=at )|"
            r"(?<=the )|(?<=on )|(?<=you're )|(?<=youre )|(?<=ur )|(?<=are you )|(?<=r u )|(?<=is )|(?<=and ))cutting down"
            r"(?= ?[?,.!;]| ?$| (?:going|at all|yet|since|again|a bit|slowly|properly|with (?:you|u|your|ur|the)|on (?:the )?"
            r"(?:drink\w*|booze|alcohol|weed|gear|drugs|cans|spliffs|smoking|fags|vaping|methadone|script|dose|meds|"
            r"pills|coke|crack))\b)",
            r"(?:try|trying|tried|want|wants|wanted|help (?:you|u)|plan|plans|planning|able|going) to cut down(?= ?[?,.!;]| ?$| "
            r"(?:a bit|more|slowly|again|on (?:the )?(?:drink\w*|booze|alcohol|weed|gear|drugs|cans|smoking|methadone|"
            r"script|dose|pills))\b)",
            # round 15: drug and alcohol services by name ("Forward Leeds", "We Are With You")
            r"(?-i:With You)(?= (?:worker|team|service|drop-?in|said|appointment|key ?worker)\b)",
            r"(?-i:Forward Leeds|We Are With You|Aquarius|Cranstoun|Addaction|Lifeline Project|Via (?:Westminster|Lambeth|"
            r"Hackney))",
        ),
    ),
    (
        SC,
        "sexual_orientation_gender",
        "Sex life, sexual orientation and gender identity are special category data (UK GDPR art. 9); a "
        "partner's gender can reveal them indirectly.",
        (
            r"girlfriend",
            r"boyfriend",
            # round 15b: Pride as the event ("hope Pride was amazing", "going to Pride"), not the novel
            r"(?-i:Pride)(?= (?:was|is|march|parade|month|event|festival|weekend|yesterday|today|tomorrow|this|last|next)\b)",
            after(("to", "at", "for", "after"), r"(?-i:Pride)(?! and\b)"),
            # a same-sex spouse of a third party: "his husband", "her wife"
            after(("his",), r"(?:husband|hubby|fianc[eé])\b"),
            after(("her",), r"(?:wife|wifey|fianc[eé]e)\b"),
            r"gay",
            r"grindr",
            r"lesbian",
            r"bisexual",
            r"bi(?![- ](?:weekly|monthly|annual\w*|yearly|lingual|focals?|cycle))",
            r"queer",
            r"trans(?![- ]?(?:pennine|atlantic|siberian|canada)\b)",
            r"transgender",
            r"non-binary",
            r"LGBT\w*",
            r"pride (?:group|youth|event|march)",
            r"gender identity",
            r"gender clinic",
            r"transition\w*(?! (?:to|into|from|plan|planning|meeting|worker|team|review|year|day|visits?)\b)",
            r"(?:your|ur|his|her|their|what|which|preferred) pronouns",
            r"sexual orientation",
            r"sexuality",
            r"coming out(?= as\b| to (?:your|ur|his|her|their|my|the family|family|friends|everyone|people|mum|dad|school)\b| at (?:school|work|college)\b)",
            # (round 17: at a clause's end only when no thing came out: "hope the sun came out", "the photos came out well")
            _NOTHING_CAME_OUT + r"coming out(?=\s*[.,!?]|\s*$)",
            r"came out(?= as\b| to (?:your|ur|his|her|their|my|the family|family|friends|everyone|people|mum|dad|school)\b| at (?:school|work|college)\b)",
            # (round 17: at a clause's end only when no thing came out: "hope the sun came out", "the photos came out well")
            _NOTHING_CAME_OUT + r"came out(?=\s*[.,!?]|\s*$)",
            r"come out(?= as\b| to (?:your|ur|his|her|their|the family|family|friends|everyone|people|mum|dad|school)\b(?!'|’| (?:house|place|flat|office|car)))",
            r"(?:have|'ve|has|had|since) come out(?= as\b| to (?:your|ur|his|her|their|my|the family|family|friends|everyone|people|mum|dad|school)\b| at (?:school|work|college)\b|\s*[.,!?]|\s*$)",
            r"same[- ]sex",
            # round 16: being out, or not, to family ("I know you're not out to your dad yet", "is she out to her mum?");
            # not a trip to a relative's house ("you're out to your mum's for tea")
            after(("not", "you're", "youre", "you are", "are you", "are u", "r u", "is he", "is she", "i'm", "im", "fully",
                   "properly", "already", "yet"),
                  r"out to (?:your|ur|his|her|their|my|the) (?:mum|mam|dad|parents|family|nan|gran|brother|sister|mates|friends|"
                  r"foster carers?|carers?|dad and mum|mum and dad)(?!'|’|s'|\w)(?! (?:house|place|flat|for)\b)",),
        ),
    ),
    (
        SC,
        "religion",
        "Religion or belief is special category data (UK GDPR art. 9); naming a place of worship or faith "
        "leader reveals it indirectly.",
        (
            r"church(?! (?:road|rd|street|st|lane|hill|avenue|ave|close|way|path|end|grove|walk|place))(?:es)?",
            r"chapel",
            r"pastor",
            r"vicar",
            r"priest",
            r"chaplain(?:cy)?",
            r"mosques?",
            r"imam",
            r"masjid",
            r"temple(?! mills| meads| station| bar| fortune| newsam)",
            r"gurdwara",
            r"synagogue",
            r"rabbi",
            r"mandir",
            r"kingdom hall",
            r"place of worship",
            r"ramadan",
            r"eid",
            r"diwali",
            r"vaisakhi",
            r"passover",
            # a faith-based diet: "Lily doesn't eat pork", "no beef for your dad", "vegetarian for religious reasons"
            after(("doesn't", "not", "don't", "dont", "can't", "cant", "cannot", "won't", "wont", "mustn't",
                   "never"), r"eat (?:any )?(?:pork|beef|gammon|bacon|ham|meat on fridays)\b"),
            r"(?:no|avoids?|without) (?:pork|beef|gammon|bacon|ham)\b",
            r"(?:religious|faith|cultural) (?:diet|dietary (?:needs|requirements))",
            r"(?:vegetarian|vegan) for (?:religious|faith|cultural) reasons",
            r"hanukkah",
            r"fasting",
            r"(?:manage|managing|managed|able|going|trying) to fast\b",
            r"prayers?",
            r"praying",
            r"muslim",
            r"islam\w*",
            r"christian",
            r"catholic",
            r"jewish",
            r"judaism",
            r"hindu\w*",
            r"sikh\w*",
            r"buddhis\w*",
            r"jehovah'?s witness\w*",
            r"atheist",
            r"religio\w*",
            r"faith(?: group| leader| community)?",
            r"halal(?! (?:butchers?|shops?|restaurants?|takeaways?|chicken shops?|grill|cafe)\b)",
            r"kosher(?! (?:butchers?|shops?|restaurants?|deli|bakery|cafe)\b)",
            r"hijab",
            r"turban",
            r"bible study",
            r"quran",
            r"koran",
            r"sunday school",
            after(("after", "at", "to", "from", "before", "sunday"), r"mass"),
            r"madrass?ah?",
            r"jumm?ah",
            r"salah",
            r"namaz",
            r"hajj",
            r"umrah",
            r"shul",
            r"sabbath",
            r"shabbat",
            r"bar mitzvah",
            r"bat mitzvah",
            r"christening",
            r"baptism",
            r"congregation",
            r"kirtan",
            r"bible",
            # the five daily prayers and observances of the main UK faiths
            r"fajr",
            r"(?:zuhr|dhuhr|zohar|zuhar)",
            r"(?:asr|maghrib|isha)(?= (?:prayers?|namaz|salah|time)\b)",
            after(("after", "before"), r"(?:asr|maghrib|magrib|isha)\b(?!'s)"),
            r"maghrib",
            r"tarawee?h|taraweeh|tarawih",
            r"iftar",
            r"suhoor|sehri|suhur",
            r"ramzan",
            r"laylat al-?qadr",
            r"qurbani",
            r"zakat",
            r"wudu",
            r"nikah",
            r"mawlid",
            r"muharram",
            r"ashura",
            r"(?:quran|koran|arabic|islamic) (?:class|classes|school|lessons?)",
            r"puja",
            r"aarti",
            r"navratri",
            r"(?-i:Holi)\b",
            r"raksha bandhan",
            r"janmashtami",
            r"ganesh chaturthi",
            r"karva chauth",
            r"satsang",
            r"bhajans?",
            r"havan",
            r"baisakhi",
            r"gurpurab",
            r"langar",
            r"amrit (?:sanchar|ceremony)",
            r"akhand path",
            r"khalsa",
            r"guru nanak",
            r"shabbos",
            r"yom kippur",
            r"rosh hashanah?",
            r"sukkot",
            r"purim",
            r"pesach",
            r"shavuot",
            r"chanukah",
            r"kiddush",
            r"cheder",
            r"yeshiva",
            r"mikveh",
            r"(?:first )?holy communion",
            r"communion",
            after(("to", "at", "for", "after", "before"), r"confession"),
            r"rosary",
            r"novena",
            r"evensong",
            r"(?:midnight|sunday|christmas|easter) (?:mass|service)",
            r"(?-i:Lent)\b(?= (?:is|starts|begins|ends|fast|this)|\s*[.,!?]|$)",
            r"ash wednesday",
            r"good friday service",
            r"pentecostal",
            r"anglican",
            r"methodist(?! halls?)",
            r"baptist(?! halls?)",
            r"evangelical",
            r"coptic",
            r"(?-i:Orthodox)",
            r"mormon",
            r"latter[- ]day saints",
            r"quaker",
            r"rastafari\w*",
            r"pagan",
            r"wicca\w*",
            r"vesak",
            r"vihara",
            r"meditation (?:centre|retreat)",

        ),
    ),
    (
        SC,
        "ethnic_origin",
        "Racial or ethnic origin and immigration status are sensitive (UK GDPR art. 9) and must not be "
        "sent by message.",
        (
            r"ethnic\w*",
            r"(?<!the )(?<!a )(?<!fun )(?<!charity )(?<!running )(?<!relay )(?<!sack )(?<!spoon )race"
            r"(?! (?:day|night|track|course|for life|walk|nights?)\b)",
            r"racial",
            r"BAME",
            r"mixed race",
            r"(?-i:Travellers?)(?! (?:card|insurance|cheques?|pass|Rest|Inn|Return|Choice|Tale|Arms))",
            r"gypsy",
            r"travell?er (?:site|community|liaison|family)",
            r"(?-i:Roma)",
            r"asylum",
            r"refugee\w*",
            r"(?<!my )(?<!from )(?<!from a )home office",
            r"immigration",
            # round 15b: immigration detention ("still in the detention centre"), not a youth one
            r"(?<!youth )(?<!juvenile )detention centre",
            r"(?:immigration )?removal centre",
            r"deport\w*",
            # round 17: immigration schemes and status by name ("the Windrush scheme caseworker will call you about your
            # papers", "your settled status", "her visa runs out in June"); a Windrush Day event in public is a landmark
            # date, not the person's status; a Visa card is a bank card
            r"windrush(?! (?:day|square|gardens?|festival|celebrations?|exhibition|events?|month|lunch|party|fair)\b)",
            r"(?:eu |european )?settlement scheme",
            r"(?:pre-?)?settled status",
            r"(?:indefinite|limited) leave(?: to (?:remain|enter))?",
            r"(?-i:ILR|EUSS)",
            # round 18: the documents of immigration status ("a photo of your biometric residence permit", "your BRP",
            # "her residence card", "your eVisa", "the immigration papers"); a passport alone is not (personal data only)
            r"(?:biometric )?residence (?:permit|card)s?",
            r"(?-i:BRP)s?(?: cards?)?\b",
            r"(?:eVisa|e-visa)s?",
            r"immigration (?:papers|documents?|status|letters?|caseworker|solicitor|advice|appointment|interview|bail)",
            r"(?:asylum|immigration) (?:registration )?card|(?-i:ARC) card",
            r"(?:right to work|right to rent|immigration status|status) share codes?",
            r"(?:your|ur|his|her|their|spouse|spousal|partner|family|student|work|skilled worker|tier \d|visitor|"
            r"settlement|dependant|dependent) visas?(?! (?:cards?|debit|credit|payment)\b)",
            r"visas? (?:applications?|renewals?|status|extensions?|expir\w*|runs? out|ran out|appeals?|refus\w*)",
            r"(?:citizenship|naturali[sz]ation) (?:applications?|ceremony|ceremonies|test|fees?|interview)",
            r"life in the uk test",
            r"no recourse to public funds",
            r"NRPF",
            r"leave to remain",
            r"right to remain",
            r"undocumented",
            # a language named for an interpreter: "a female interpreter who speaks Tigrinya"
            # (a language, not a day: "an interpreter for Thursday")
            r"(?:interpreters?|translators?) (?:who speaks?|speaking|for|in) (?:\w+ )?(?!(?-i:Monday|Tuesday|Wednesday|Thursday|"
            r"Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December|"
            r"English|Mum|Dad|Nan|Room|Court|Christmas|Easter)\b)(?-i:[A-Z][a-z]{3,})",
            r"(?-i:Tigrinya|Amharic|Somali|Arabic|Urdu|Punjabi|Bengali|Sylheti|Polish|Romanian|Lithuanian|Turkish|"
            r"Kurdish|Farsi|Pashto|Dari|Tamil|Gujarati|Portuguese|Albanian|Twi|Yoruba|Igbo|Lingala|Oromo|Vietnamese|"
            r"Mandarin|Cantonese|Bulgarian|Hungarian|Ukrainian|Russian|Slovak|Czech|Latvian|Romani|Swahili|Shona|"
            r"Tagalog|Hindi|Sinhala|Nepali|Persian|French|Spanish) (?:interpreters?|translators?|speakers?|speaking)",
        ),
    ),
    (
        SC,
        "political_trade_union",
        "Political opinions and trade union membership are special category data (UK GDPR art. 9).",
        (
            r"labour (?:party|councillor|member|MP)",
            r"(?-i:Unite)(?= (?:the union|union|rep|member|branch)|\s*[.,!?]|\s+(?:rep|meeting))",
            r"(?-i:Labour)(?! (?:exchange|market|ward|day|costs?|shortages?|intensive)\b)",
            r"conservative(?! (?:estimate|guess|figure|amount|side|approach|number)s?\b)",
            r"tory",
            r"tories",
            r"lib ?dems?",
            r"liberal democrats?",
            r"green party",
            r"reform (?:uk|party)",
            r"(?-i:SNP)",
            r"plaid cymru",
            r"political",
            r"(?<!office )(?<!school )(?<!playground )(?<!family )politics",
            r"trade union",
            r"union (?:reps?|representatives?|member\w*|meetings?|branch)",
            after(_POSSESSIVE, r"union"),
            r"unison",
            r"(?-i:GMB)",
            r"(?-i:RMT)",
            r"(?-i:NEU)",
            r"unite the union",
            r"(?-i:UKIP|BNP|SWP|DUP|SDLP)",
            r"britain first",
            r"workers'? party",
            r"socialist workers?(?: party)?",
            r"communist party",
            r"alba party",
            r"sinn f[eé]in",
            r"alliance party",
            r"(?-i:Momentum)(?= (?:group|meeting|member|branch)|\s*[.,!?]|$)",
            r"(?-i:Reform)(?= (?:meeting|rally|member|members|candidate|councillor|leaflets?|canvass\w*)\b)",
            r"party (?:membership|member|members|conference|branch|meeting|activist)",
            r"political party",
            r"canvass(?:ing|ed)",
            r"leafleting for",
            r"(?:leaflet(?:ed|ted|ing|ting)|canvass(?:ed|ing)|door[- ]?knock(?:ed|ing)) for\b",
            r"(?:campaign(?:ed|ing)|stood|standing) for (?:him|her|them|labour|the tories|reform|the greens|the snp|plaid|"
            r"(?:the |a )?(?:council|election|councillor|candidate|party|mp|seat))\b",
            r"hustings",
            r"who (?:you|u) (?:vote|voted|are voting|r voting) for",
            r"(?:vote|voted|voting) (?:for )?(?:labour|tory|conservative|reform|green|lib dem)",
            r"extinction rebellion",
            r"(?-i:XR)",
            r"just stop oil",
            r"palestine action",
            r"stand up to racism",
            r"(?-i:NASUWT|NAHT|UCU|PCS|CWU|ASLEF|IWGB|RCN|BMA|Usdaw|USDAW)",
            r"shop steward",
            r"picket(?:ing| line)",
            r"union (?:dues|card|subs|ballot|official)",
            r"strike ballot",
        ),
    ),
    (
        SC,
        "genetic_biometric",
        "Genetic and biometric data are special category data (UK GDPR art. 9).",
        (
            r"DNA",
            r"genetic\w*",
            r"paternity test\w*",
            r"fingerprint\w*",
            r"biometric\w*(?! residence)",
            r"facial recognition",
        ),
    ),
    # --- criminal offence data (UK GDPR art. 10) -----------------------------------------------------
    (
        CO,
        "criminal_justice",
        "Criminal offence data (allegations, police involvement, proceedings, sentences) is protected by "
        "UK GDPR art. 10 and must not be sent by message.",
        (
            r"police(?: station)?",
            # round 12: police forces by name ("the PSNI said…", "Police Scotland", "the Garda")
            r"(?-i:PSNI|RUC|BTP|CID)",
            r"(?:police scotland|british transport police|constabulary|gardaí|garda(?! centre))",
            r"(?-i:DTTO|DRR)",
            r"drug (?:treatment and testing|rehabilitation) (?:order|requirement)",
            # round 15: a community order's requirements ("the alcohol treatment requirement starts Monday")
            r"(?:drug|alcohol|mental health) treatment requirements?",
            r"(?:unpaid work|curfew|rehabilitation activity|alcohol abstinence(?: and)? monitoring|electronic monitoring|"
            r"attendance centre|supervision|residence|programme|prohibited activity) requirements?",
            # round 15: drug dealing from someone's home, cuckooing ("they're dealing out of your flat")
            r"cuckoo(?:ed|ing)",
            r"dealing (?:\w+ )?(?:out of|from) (?:your|ur|the|his|her|their|my|a|that) (?:\w+ )?(?:flat|house|place|home|gaff|"
            r"room)\b",
            # round 15: release said as coming out: "since he got out", "welcome out mate!" (not "got out of the car")
            r"(?:(?<=since )|(?<=when )|(?<=before )|(?<=after )|(?<=till )|(?<=until )|(?<=once ))(?:you|u|he|she|they|ur "
            r"\w+|your \w+|his \w+|her \w+)(?: first)? (?:got|get|gets|getting|came|come|comes) out(?= ?[?,.!;]| ?$| (?:and|early|"
            r"again|on licen[cs]e|on tag|of (?:prison|jail|custody|the nick|(?-i:YOI|HMP)\b|young offenders)|of (?-i:[A-Z][a-z]+)\b(?! "
            r"(?:hospital|school|college|care)\b))\b)",
            r"welcome (?:home |back )?out(?= ?[!,.]| ?$| (?:mate|bro|pal|hun|lad|of)\b)",
            r"officers? in (?:the|your) case",
            r"detectives?",
            r"(?-i:PC|DC|DS) [A-Z][a-z]+",
            r"(?<!cardiac )arrest\w*",
            # charged or charges by the police, not a price: "the café charges £2", "parking charges", "the bank charged
            # you twice", "the charge for the trip is £5"; and "bail" that is not "I've got to bail on our coffee"
            r"charged(?! (?:you|u|me|us) (?:twice|extra|for|£|\d|too)| (?:£|\d|twice|extra|too much|up)\b)",
            r"(?<!parking )(?<!service )(?<!bank )(?<!delivery )(?<!late )(?<!extra )(?<!admin )(?<!hidden )(?<!water )"
            r"(?<!standing )(?<!energy )(?<!phone )(?<!call )(?<!entry )(?<!booking )(?<!card )(?<!no )(?<!any )(?<!the café )"
            r"(?<!the cafe )charges(?! (?:for|apply|£|\d|a |an |extra|nothing|per|by|you|u|me|us|them|people|everyone)\b)",
            r"(?:the|a|criminal|drugs?) charge(?! (?:for (?:the|a|an|each|every|parking|entry|tickets?|it)|is (?:£|\d|only|just|"
            r"free)|of £|per|card|point|cable|lead)\b)",
            r"bail\w*(?! on (?:you|u|me|us|it|them|our|this|that|tonight|today|plans|coffee|lunch|the (?:plan|meeting|coffee|"
            r"session|trip))\b)",
            after(("electronic", "ankle", *_POSSESSIVE, "the", "a"), r"tag\b(?! off\b| on (?:the|it|its|your|ur) (?:back|bag|jumper|coat|"
                  r"dress|top|shirt|clothes|keys?|case|suitcase|box|present|collar)\b| says\b)"),
            r"tag (?:still )?(?:on|off|removed|fitted)(?! (?:the|your|ur|his|her|my|a) (?:new )?(?:coat|jumper|top|dress|shirt|"
            r"jeans|clothes|trainers|bag|present|case|suitcase|keys?)\b)",
            after(("on", "wearing", "wear", "got"), r"(?:a )?tag\b(?! (?:along|team|rugby|me|you|u|him|her))"),
            r"electronic(?:ally)? monitor\w*",
            # round 16: the tag's fitting or its company ("tag fitting is Monday", "the tag man comes at 7", "they fitted
            # his tag"); not a name tag or a price tag
            r"(?<!name )(?<!price )(?<!gift )(?<!luggage )(?<!dog )tag (?:fitting|fitter|fitted|box|monitor|monitoring|company|"
            r"people|man|woman|lady|guy|appointment|visit|check)s?\b",
            r"(?:fit|fits|fitted|fitting|removing|removed|take off|taking off|took off) (?:the|your|ur|his|her|their) tag\b",
            # round 16: disclosure schemes about a partner's or a neighbour's record ("the Clare's Law disclosure came
            # back"), and a character reference for a court ("the imam will write a character letter for the court")
            # round 16: violence to the person by a partner or ex is an assault ("has he hit you again since the MARAC?",
            # "did your ex strangle you"), an offence as well as a case matter
            r"(?:he|she|partner|boyfriend|girlfriend|husband|wife|ex|fella|bloke|stepdad|step-dad) (?:has |had |have |been |"
            r"has been |had been |keeps |kept |still |ever |again |did |do |does |didn't |ever been )*(?:hit|hitting|hits|"
            r"punch\w*|strangl\w*|chok\w*|beat|beats|beaten|beating|kick\w*|assault\w*|attack\w*|slapp?\w*|push\w*|"
            r"shov\w*|throttl\w*|headbutt\w*) (?:you|u)\b(?! (?:out|off|to|into|forward|on|along|through|up|a bit|"
            r"around|about|on the swings?|at (?:bowling|pool|darts|snooker|chess|cards|football|fifa|uno|monopoly|scrabble|"
            r"tennis|ping pong|table tennis|the quiz|quiz|mario kart|\w+ing|it|that|this|the game|everything)|to it)\b)",
            r"clare(?:'s|s|s') law",
            r"sarah(?:'s|s|s') law",
            r"(?-i:DVDS|CSODS)",
            r"(?:domestic (?:violence|abuse)|child sex offender) disclosure scheme",
            r"character (?:references?|letters?|witness(?:es)?|statements?)(?= (?:for|to) (?:the )?(?:court|judge|magistrates?|"
            r"hearing|sentencing|trial|appeal|parole|probation|solicitor)|(?:[^.!?]{0,40})\b(?:court|judge|magistrates?|"
            r"sentencing|trial|solicitor|barrister|hearing)\b)",
            r"(?:YRO|YROs)",
            r"youth rehabilitation order",
            r"community service",
            r"nicked",
            r"(?:in|at) the cells",
            r"police cells?",
            after(("the", "down the", "at the"), r"nick\b(?! of time)"),
            r"(?:got|been|get|getting) lifted (?:by the (?:police|feds|old bill)|on \w+ night|last night|again)",
            r"banged up",
            r"locked up",
            r"doing time",
            r"behind bars",
            after(("still", "been", "is", "he's", "hes", "she's", "shes"), r"inside(?! (?:the|a|an|my|your|ur|his|her|their|our|reception|now|or))"),
            after(("at", "in", "to", "from", "for", "before", "after"), r"court\b(?! (?:yard|shoes|side|of))"),
            r"court (?:date|case|appearance|outcome|result)s?",
            r"(?:police|custody) (?:cell|interview)",
            # (round 18: not a travel warrant for a trip, "your rail warrant is at reception", nor "that warrants a cake")
            r"(?<!n't )(?<!not )(?<!travel )(?<!rail )(?<!railway )(?<!train )(?<!bus )(?<!coach )(?<!ferry )(?<!forces )"
            r"warrant(?!s? (?:a|an) (?:celebration|treat|mention|cake|medal|party|pat on the back|gold star)\b)",
            after(("got a", "given a", "get a"), r"(?:caution|conviction|fine|sentence)"),
            r"stab(?:bed|bing|s)",
            r"knife",
            r"weapons?",
            r"drug dealing",
            r"dealing (?:drugs|weed)",
            r"tagged",
            r"curfew",
            r"probation",
            r"offend\w*",
            r"offen[cs]es?",
            r"youth offending",
            r"YOT|YOS",
            r"referral order",
            r"crimes?",
            r"criminal\w*",
            r"convict\w*",
            # (round 15: "the caution on it" is a record's; "caution on the roads" is not)
            r"cautions?(?! (?:when|with|about)\b| on (?!(?:it|there|his|her|your|ur|their|my|the (?:dbs|record|certificate|"
            r"check))\b))",
            r"cautioned",
            r"(?:magistrates|crown|youth) courts?",
            # London's criminal courts by name ("good luck tomorrow at Snaresbrook").
            r"(?:Snaresbrook|Old Bailey|Highbury Corner|Wood Green Crown|Inner London Crown|Southwark Crown|"
            r"Thames Magistrates|Stratford Magistrates|Westminster Magistrates)",
            r"magistrates",
            r"procurator fiscal",
            r"(?-i:the Fiscal|the fiscal)(?= (?:has|have|is|will|wants|decided|said|dropped|may|might|could)\b)",
            r"prison\w*",
            r"(?-i:HMP)",
            r"(?:young offender|YOI)",
            # "got sent down", and prisons by name ("still in Pentonville"): a prison is named only to say
            # someone is or was in it.
            r"(?:got|get|gets|getting|been|was|were|is|be) sent down",
            r"sent down for",
            # (and Scotland's, Wales' and Northern Ireland's, and the English ones whose names are not also a town's)
            r"(?-i:Low Moss|Barlinnie|Addiewell|Saughton|Polmont|Cornton Vale|Glenochil|Castle Huntly|Maghaberry|Magilligan|"
            r"Hydebank(?: Wood)?|Berwyn|Strangeways|Altcourse|Forest Bank|Hewell|Swinfen Hall|Rye Hill|Whitemoor|Frankland|"
            r"Full Sutton|Long Lartin|Holme House|Low Newton|Askham Grange|Eastwood Park|Foston Hall|Drake Hall|Hollesley Bay|"
            r"Highpoint|Littlehey|Whatton|Lowdham Grange|Stocken|Wealstun|Deerbolt|Channings Wood|Guys Marsh|Erlestoke|"
            r"Bullingdon|Grendon|Woodhill|Coldingley|High Down|Standford Hill|Wetherby YOI|Werrington YOI|Feltham YOI)"
            + _NOT_A_STREET,
            r"(?-i:Pentonville|Belmarsh|Wormwood Scrubs|Bronzefield|Thameside|Downview|Cookham Wood|Swaleside|"
            r"Elmley|Littlehey|Brinsford|Styal)",
            r"the Scrubs",
            # round 14: a prison named for its town, read from what is said with it ("heard u got out of Feltham")
            r"(?:(?<=released from )|(?<=banged up in )|(?<=locked up in )|(?<=transferred to )|(?<=shipped to )|"
            # round 15: a letter, call or visit from or at one ("got your letter from Wetherby")
            r"(?<=letter from )|(?<=letters from )|(?<=call from )|(?<=calls from )|(?<=visit at )|(?<=visit to )|"
            r"(?<=visits at )|(?<=visiting at )|(?<=visiting order for ))"
            r"(?-i:Feltham|Wandsworth|Brixton|Holloway|Chelmsford|Lewes|Winchester|Durham|Lincoln|Bedford|Wayland|Aylesbury|"
            r"Huntercombe|Parc|Doncaster|Onley|Ranby|Isis|Oakwood|Hindley|Wetherby|Werrington|Medway|Oakhill|Rainsbrook|Send|"
            r"Nottingham|Leicester|Norwich|Exeter|Preston|Birmingham|Bristol|Cardiff|Swansea|Liverpool|Manchester|Leeds|Hull|"
            r"Wakefield|Portland|Peterborough)\b(?! (?:road|rd|street|st|lane|station|airport|high street|park|centre|city|"
            r"united|town|rovers|university)\b)",
            # (out of one of them only where the town is known mostly for its prison)
            r"(?<=out of )(?-i:Feltham|Wandsworth|Brixton|Holloway|Wayland|Huntercombe|Onley|Ranby|Isis|Hindley|Werrington|"
            r"Oakhill|Rainsbrook|Cookham Wood|Wetherby)\b(?! (?:road|rd|street|st|lane|station|high street|park|centre|town|market|"
            r"academy|village)\b)",
            # round 15: in text-speak lower case too, only for the names that are mostly a prison's ("since he got out of
            # walton", "out of feltham")
            r"(?:(?<=out of )|(?<=got out of )|(?<=released from )|(?<=letter from )|(?<=call from ))(?:feltham|wetherby|"
            r"werrington|huntercombe|cookham wood|belmarsh|pentonville|strangeways|walton|wandsworth|brixton|isis|hindley|"
            r"oakhill|rainsbrook|wormwood scrubs|the scrubs|bronzefield|thameside|high down|low moss|barlinnie|polmont|"
            r"hydebank|maghaberry|berwyn|parc)\b(?! (?:road|rd|street|st|lane|station|high street|park|centre|town|market|"
            r"academy|village|hall|bridge)\b)",
            r"custody",
            r"remand\w*",
            r"sentenc\w*",
            r"jail\w*",
            r"prosecut\w*",
            r"(?-i:CPS)",
            r"trial",
            r"plead\w*",
            r"pleaded",
            r"guilty",
            r"not guilty",
            r"acquitted",
            r"stolen",
            r"theft",
            r"stealing",
            r"shoplift\w*",
            r"burglar\w*",
            # round 18: a break-in by its other names ("the officer dealing with the shop break-in", "the van was broken
            # into", "they broke into next door's shed"); not a break in the weather, play or the clouds, a lunch break
            r"break-?ins?\b(?<!break in)(?<!break ins)",
            r"(?:shop|house|home|flat|car|van|garage|shed|school|office|store|warehouse|church|pub|property) break ins?\b",
            r"(?:was|were|been|got|get|gets|getting|be|is|are) broken into\b",
            r"(?:broke|break|breaking|broken) into (?:the |a |an |his |her |their |my |your |ur |our |someone'?s |people'?s |"
            r"next door'?s |\w+'s )?(?:house|houses|home|homes|flat|flats|car|cars|van|vans|shop|shops|garage|garages|shed|"
            r"sheds|school|property|properties|place|building|office|store|warehouse|unit)\b",
            r"mugg(?:ed|ing|er|ers)\b",
            r"(?<!have )(?<!having )(?<!had )(?<!take )(?<!taking )(?<!took )(?:the|a) break in at (?:the|your|ur|his|her|their|my|our|next door'?s?|\w+'s)",
            # giving evidence to the police or a court; not evidence of income for a claim
            r"(?:give|gives|giving|gave|given) evidence\b(?! (?:of|for (?:the|your|ur|a) (?:claim|application|form|benefit|"
            r"PIP|UC|council)))",
            r"robbery",
            r"robbed",
            r"assault\w*",
            r"(?:grievous|actual) bodily harm",
            r"GBH",
            r"ABH",
            r"criminal damage",
            r"stop and search",
            r"stopped and searched",
            r"(?:had|with|possession of|carrying) (?:drugs|a knife|a weapon)",
            r"possession",
            r"knife crime",
            r"county lines",
            r"community (?:order|sentence)",
            r"unpaid work",
            r"restraining order",
            r"non-molestation order",
            # an exclusion zone or a distance order: "he can't come within 100 metres of the house"
            r"exclusion (?:zone|area|order)s?",
            r"(?:can'?t|cannot|can not|not allowed to|isn'?t allowed to|is not allowed to|mustn'?t|must not|banned from|"
            r"barred from) (?:come|coming|go|going|be|being) within \d+ ?(?:metres|meters|m|miles|yards|feet)\b",
            # youth justice work: restorative justice, victim awareness, reparation, community payback
            r"restorative justice",
            r"victim awareness",
            r"reparation(?: project| hours| work| session| panel)?",
            r"community payback",
            r"licen[cs]e conditions",
            r"(?:on|your|his|her) licen[cs]e\b(?! (?:to|for))",
            r"recalled? to prison",
            r"offender manager",
            r"release date",
            r"harass(?:ment|ing|ed)",
            r"(?:made|making|sent|sending|send|make) (?:\w+ )?threats",
            r"threat(?:s|ened|ening)? to (?:kill|hurt|stab|burn|harm|beat)",
            r"threatening (?:behaviour|messages|texts|calls)",
            r"(?:the|those|these|his|her|their) threats",
            # said indirectly: conditions of an order, bail or licence; a sentence's length; a record
            r"(?:not allowed|banned|barred) (?:in|into|from|to go (?:in|into|near)) (?:the |that )?(?:town centre|city centre|"
            r"shopping centre|estate|area|postcode|borough)",
            r"as part of (?:your|ur|his|her|their|the) (?:order|licen[cs]e|bail|sentence|conditions)",
            r"(?:hours|panel|conditions|requirements?|breach\w*) (?:for|of|on|about|under) (?:the|your|ur|his|her) order\b",
            r"youth panel",
            r"court (?:letter|fine|summons|costs|paper|papers)s?",
            r"sign(?:ing|s|ed)? (?:on |in )?at the (?:police )?station",
            r"report(?:ing|s|ed)? (?:in )?(?:to|at) the (?:police )?station",
            r"how long (?:did|will|could|might|would) (?:he|she|they|you|u) get\b",
            r"victim'?s'? (?:family|statement|personal statement)",
            r"victim of (?:crime|an assault|a burglary|a robbery|theft|a crime)",
            r"(?:get|got|have|has|given|give (?:you|u|him|her)) a (?:criminal )?record\b(?! of| deal| player| shop| label| (?:turnout|number|crowd|score|time|year|high|low|"
            r"attendance|amount|day|week|month|breaking|breaker|sales|temperature|distance|collection|entry|entries)\b)",
            r"(?-i:CCTV)(?= (?:footage|from|has|was|shows?|of)\b)",
            r"stalk(?:ing|er|ed)",
            r"(?-i:MAPPA)",
            r"parole",
            r"(?:benefit )?fraud",
            r"victim support",
            # round 14: the services for a crime's victims and witnesses
            r"victim liaison(?: officer| unit| scheme)?",
            r"witness care(?: unit| officer)?",
            r"victims'? code",
            r"court[- ]ordered",
            r"(?:the )?court ordered",
            r"releas\w* (?:\w+ )?under investigation",
            r"(?-i:RUI)",
            r"officer in charge(?: of (?:the|your|his|her|their) case)?",
            # a sentence: "got 18 months", "given two years for the robbery" (not "got 2 years left")
            r"(?:got|given|gets|serving|doing|handed|sentenced to) (?:\d+|a|an|one|two|three|four|five|six|seven|"
            r"eight|nine|ten|twelve|eighteen) (?:months?|years?|yrs?)"
            r"(?=\s*(?:[.,!?;]|$|inside|in (?:prison|jail|custody|a young offenders?)|suspended|for (?:the|it|that|"
            r"assault|robbery|burglary|theft|dealing|possession|\w+ing)\b))",
            r"released (?:from|on)",
            r"hand (?:your|ur|him|her)sel(?:f|ves) in",
            r"(?:police|witness|victim) statements?",
            r"(?:a|your|his|her) statement (?:to|from|for|about)",
            # round 18: a statement given to or wanted by the police, without the word "police" ("the officer wants your
            # statement", "can you give a statement on Thursday", "they took a statement from her"); not a bank, personal
            # or SEN statement, nor a statement of account
            r"(?<!it )(?<!that )(?<!this )(?<!which )(?<!really )(?:give|gives|giving|gave|given|make|makes|making|made|take|takes|taking|took|taken|provide|providing|"
            r"provided) (?:a |your |ur |his |her |their |another |a further |a full |a written |a formal |the )?"
            r"statement(?! (?:of|piece|on (?:the|our|its) website)\b| ?!)\b",
            r"(?:want|wants|wanted|need|needs|needed|get|getting|take|taking|finish|finishing|sign|signing|signed|read "
            r"back|go through|going through|went through) (?:your|ur|his|her|their) statement\b(?! of)",
            r"witness\w*",
            r"DBS (?:check|result)",
            r"criminal record",
            # round 16: a fine is a noun after a determiner or an amount ("the fine for the shoplifting", "a £200 fine
            # for"); "is fine for Friday", "that's fine for me" is the adjective
            r"(?<!library )(?<!parking )(?<!late )(?<!overdue )(?<!book )fines(?= for)",
            after(("a", "the", "your", "ur", "his", "her", "their", "court", "big", "hefty", "huge", "that", "this"),
                  r"fine(?= for)"),
            r"£\d[\d,.]*k? fine(?= for)",
            r"(?-i:ASBO)",
            r"anti-social behaviour order",
            r"(?:police |the )?interview(?:ed)? (?:you|him|her|them) (?:about|under)",
            r"under caution",
            # release from custody said plainly: "since you got released", "when they let him out"
            r"(?:you|u|he|she|they|him|her) (?:got|get|gets|getting|been|being|was|were|are|is) released\b"
            r"(?! from (?:hospital|the hospital|the ward|work|school))",
            r"(?:let|letting|lets) (?:you|u|him|her|them) out (?:of (?:prison|jail|custody|the cells)|early|on "
            r"(?:licen[cs]e|bail|tag))",
            r"(?:out|released) on (?:licen[cs]e|tag|parole|bail)",
            r"(?-i:HDC)",
            r"home detention curfew",
            r"(?-i:NPS|CRC)",
            r"(?-i:IOM)",
            r"integrated offender management",
            r"(?-i:PSR)",
            r"pre-?sentence report",
            r"(?-i:RO) panel",
            r"(?-i:YJS)",
            r"youth justice(?: service| team| worker| officer)?",
            r"(?-i:DTO)",
            r"detention and training order",
            r"(?-i:ISS)",
            r"(?-i:IOPC)",
            r"(?-i:CID)",
            r"(?-i:SOCO)",
            r"(?:police|court|bail|licen[cs]e) (?:conditions|hearing|report)",
            r"(?:breach|breached|breaching) (?:of )?(?:your|ur|his|her|the|their)? ?(?:order|bail|licen[cs]e|conditions|"
            r"curfew|injunction)",
            r"injunction",
            r"(?-i:NFA)(?:'?d)?",
            r"no further action",
            r"feds\b",
            r"old bill",
            r"(?:got|been|get|gets|getting) (?:pulled|picked up|lifted) by (?:the )?(?:police|feds|old bill|coppers)",
        ),
    ),
    (
        CO,
        "legal_matters",
        "A solicitor, an appeal or a court date may be about criminal proceedings (UK GDPR art. 10) as much as "
        "family ones; neither may be discussed by message.",
        (
            after(("the", *_POSSESSIVE), r"solicitor"),
            r"(?:ex|ex-wife|ex-husband|ex-partner|exes|partner|partners|wife|husband|wifes|husbands|mum|mums|dad|dads|mother|father|landlord)'?s solicitors?",
            after(("the", *_POSSESSIVE), r"appeal(?! (?:for|to))"),
            r"legal aid",
        ),
    ),
    # --- case-sensitive social care matters (G14) -------------------------------------------------
    (
        CS,
        "child_protection",
        "Child protection processes (plans, conferences, section 47 enquiries, strategy meetings) are "
        "case-sensitive and must be discussed in person or by phone (G14).",
        (
            r"child protection",
            r"CP (?:plan|conference|register|meeting|medical|review|investigation|enquiry)",
            r"child protection medical",
            r"ICPC|RCPC",
            after(("the", "your", "ur", "review", "initial"), r"conference"),
            # round 16: conference said bare, as the meeting's own name ("conference agreed the plan carries on", "before
            # conference on Tuesday") — not a conference room or call, nor the worker's own
            r"conference(?= (?:agreed|decided|felt|recommended|wants?|wanted|said|says|has (?:agreed|decided|said)|made|kept|"
            r"ended|is on|was on|went)\b)",
            after(("at", "after", "before", "since", "till", "until", "from", "for"),
                  r"conference(?! (?:room|call|centre|center|hall|suite|facilities|venue|season|league|table|final|game)\b)"
                  r"(?= ?[.,!?;]| ?$| (?:on|this|next|tomorrow|today|and|about|i|we|they|your|ur)\b)"),
            r"family group (?:conference|meeting)",
            r"(?-i:FGC)",
            r"strat (?:meeting|discussion|meet)",
            r"(?:LAC|CLA|looked after) review",
            r"(?-i:IRO)",
            r"independent reviewing officer",
            r"legal (?:planning )?meeting",
            r"legal planning",
            r"court of protection",
            r"secure (?:accommodation|unit|children'?s home|order)",
            r"best interests? (?:meeting|decision|assessment)",
            r"pre-? ?birth (?:assessment|conference|plan)",
            r"pre-?proceedings",
            r"letter before (?:proceedings|action)",
            r"section 47",
            r"s\.? ?47",
            r"strategy (?:meeting|discussion)",
            r"core group",
            r"child in need(?: plan)?",
            r"(?-i:CIN) (?:plan|meeting|review)",
            r"(?-i:MASH)",
            r"the mash (?:team|referral|have|has|said)",
            r"MARAC",
            r"MAPPA",
            r"(?:emergency )?protection order",
            r"(?-i:EPO)",
            r"section 20",
            r"section 17",
            r"(?:kids'?|children'?s|child'?s|baby'?s|boys'?|girls'?) (?:safety|welfare|(?:care |cp |child protection )?plans?)",
            r"(?:application|assessment) to (?:look after|care for|have|keep) (?:the |your |her |his )?(?:children|kids|baby|"
            r"grandchildren|grandkids|boys|girls)",
            r"children'?s guardian",
            r"(?<=the )guardian(?= (?:will|wants|has|is|said|says|visit|would|needs)\b)",
            r"(?:clos(?:e|ing|ed)) (?:your|ur|the) (?:case|file)",
            r"(?:case|file) (?:is being |will be |has been |is |was )closed",
            r"deprivation of liberty",
            r"(?-i:DoLS|DOLS)",
            r"foster placements?",
            r"s\.? ?20 (?:agreement|accommodation)",
            r"looked after (?:child|children)",
            r"(?-i:LAC)",
            r"(?:criminal|sexual) exploitation",
            r"exploit(?:ed|ing|ation)",
            r"exploitation (?:meeting|panel|concerns?)",
            # signs of criminal exploitation said plainly: "does he ask you to take stuff places for him?", "still hanging
            # round with that older lad?"
            r"(?:ask|asks|asked|asking|make|makes|made|making|get|gets|got|getting|pay|pays|paid|paying|want|wants|wanted|tell|"
            r"tells|told) (?:you|u|him|her|them) to (?:take|carry|hold|drop|deliver|move|stash|keep|look after|mind|run) "
            r"(?:stuff|things|packages?|parcels?|bags?|a bag|a package|gear|something|drugs|it|them) (?:for (?:him|them|her)|"
            r"places|somewhere|round|about|to other (?:towns|areas|places))\b",
            r"(?:hanging|hang|hangs|knocking|going) (?:round|around|about|out) with (?:that |an |some |the |those )?older "
            r"(?:lad|lads|boy|boys|man|men|guy|guys|bloke|blokes|crowd|group|kids|girls?|friends?)\b",
            # round 15: getting into cars with older lads or men, or being picked up by them ("seen getting into a car
            # with some older men", "the older lads still picking you up in their car?")
            r"(?:getting|got|get|gets|climbing|climbed|jumping|jumped|seen|saw) (?:in|into) (?:a|an|the|that|this|some|their|"
            r"his) (?:\w+ ){0,2}?(?:car|cars|motor|van|taxi|audi|bmw|merc|mercedes|golf|range rover)\b[^.?!]{0,30}"
            r"\b(?:older|grown) (?:lads?|men|man|boys?|guys?|blokes?|males?)\b",
            r"(?:older|grown) (?:lads?|men|man|boys?|guys?|blokes?|males?)\b[^.?!]{0,40}\b(?:(?:in|with) (?:(?:a|an|the|their|his|"
            r"that|some) )?(?:\w+ ){0,2}?(?:car|cars|motor|motors|van|vans)\b|(?:picking|picked|pick|picks) (?:you|u|her|him|them) up|"
            r"(?:giving|gave|give|gives) (?:you|u|her|him|them) lifts?)",
            r"cuckoo(?:ed|ing)",
            r"(?:older|new) (?:lad|man|guy|bloke|boyfriend|friend|boy|bloke)s?\b[^.?!]{0,40}\b(?:giving|buying|gave|bought|give|"
            r"buy|gives|buys) (?:you|u|him|her|them) (?:money|cash|phones?|a phone|trainers|clothes|gifts|presents|drugs|weed|"
            r"lifts)\b",
            # children seen or left alone: "she saw the kids out on the street on their own late Friday"
            r"(?:saw|seen|see|found|spotted|noticed) (?:the|your|ur|his|her|their) (?:kids|children|little ones|boys|girls|"
            r"baby)\b[^.?!]{0,30}\b(?:on their own|by themselves|alone|unsupervised)\b",
            r"(?:left|leaving|leave|leaves) (?:the|your|ur|his|her|their) (?:kids|children|baby|little ones|boys|girls) "
            r"(?:home )?(?:on their own|alone|by themselves|unsupervised|with nobody)\b",
            r"(?:kids|children|baby|little ones|boys|girls) (?:were|was|are|is|have been|had been|being|got|been|get) left "
            r"(?:at )?(?:home )?(?:on their own|alone|by themselves|unsupervised|with nobody)\b",
            # round 16: a child asked about as left on their own ("is she ever on her own when you're at work?", "are the
            # kids ever home alone?"), not the person ("are you on your own tonight?")
            r"(?:is|are|was|were) (?:(?:she|he|they) (?:ever |often |sometimes |usually |left )+|(?:the (?:kids|children|baby|"
            r"little ones|boys|girls)|(?:your|ur) (?:little )?(?:sister|brother|son|daughter|kids|children|baby|boy|girl|little "
            r"ones?)) (?:ever |often |sometimes |still |usually |left )*)(?:on (?:her|his|their) own|home alone|by (?:herself|"
            r"himself|themselves)|alone|unsupervised)\b"
            r"(?=[^.!?]{0,60}(?:\?|\bwhen (?:you|u)\b|\bwhile (?:you|u)\b|\bafter school\b|\bat night\b))",
            r"(?-i:CSE|CCE)",
            r"missing episode",
            # the children's plan said as "the plan": "stay on the plan for another 6 months", "the meeting about
            # the plan"
            r"(?:stay|stays|staying|remain|remains|remaining|kept|keep|come|coming|came|taken|take|put|be|being) (?:on|off) "
            r"(?:the|a|their|his|her) plan\b",
            r"(?:meeting|review|conference) (?:about|on) (?:the|their|his|her) plan\b(?! for (?:the )?(?:trip|party|day|"
            r"weekend|holiday|summer|event|move|new))",
            r"step(?:ped|ping|s)? (?:down|up) (?:to|from) (?:child in need|(?-i:CIN)|early help|child protection|(?-i:CP))",
            r"return home interview",
            # formal-letter wording of a case meeting: "what was discussed at the meeting about the children", "the
            # minutes from the review meeting", "the professionals' meeting", "the decisions made at panel"
            r"what (?:was|were|we|they|everyone|the professionals|professionals|the panel|the group) (?:discussed|agreed|"
            r"decided|said|talked about)(?: on)? (?:at|in|during) (?:the|yesterday'?s|today'?s|\w+day'?s|last week'?s|this "
            r"morning'?s|our) (?:\w+ ){0,2}(?:meeting|review|conference|panel|core group|discussion)s?\b",
            r"(?:meeting|review|conference|discussion|panel|decisions?|minutes)\b[^.?!,]{0,40}\b(?:about|regarding|"
            r"concerning|re:?|on|for) (?:the|your|ur|his|her|their) (?:children|kids|child|baby|boys|girls|son|daughter|"
            r"little ones?|grandchildren|grandkids|grandson|granddaughter)\b(?!'?s? (?:trip|party|school trip|uniform|"
            r"christmas|play|sports day|birthday|holiday|bus pass|passes|football|swimming|club)\b)",
            r"professionals'? meetings?",
            r"multi-?agency (?:meeting|panel|plan|review)s?",
            r"team around the (?:child|family)",
            r"(?-i:TAC|TAF) (?:meeting|plan|review)s?",
            r"minutes (?:of|from) (?:the |yesterday'?s |\w+day'?s |last week'?s )?(?!(?:\w+ )?(?:residents|tenants|community|"
            r"parents|pta|agm|youth)\b)(?:\w+ ){0,2}(?:meeting|review|conference|core group)s?\b",
            r"(?:decisions?|recommendations?|outcomes?) (?:made |reached |taken )?(?:at|from|of) (?:the |yesterday'?s |"
            r"\w+day'?s )?(?:\w+ )?(?:meeting|review|conference|panel)\b",
            r"outcome of (?:the|my|our|your) (?:enquiry|enquiries|investigation|checks|strategy|referral|section 47|s47|"
            r"home visit|visit|review)\b",
            r"(?:findings|conclusions?) of (?:the|my|our) (?:enquiry|enquiries|investigation|visit)\b",
            r"(?:the|your|my|our) (?:\w+ )?assessment (?:has|is|was) (?:now )?(?:been )?(?:completed|concluded|finished|complete|"
            r"done)\b",
            # what a child said to a professional: "what Jayden told his teacher"
            r"what (?:(?-i:[A-Z][a-z]+)|he|she|they|your (?:son|daughter|child|little one)|ur (?:son|daughter)|the (?:kids|"
            r"children|boys|girls)) (?:told|said to|disclosed to|shared with|tld) (?:his|her|their|the|a) (?:class )?"
            r"(?:teacher|school|nurse|school nurse|gp|doctor|worker|carer|foster carers?|social worker|tutor|teaching "
            r"assistant|ta|mentor|police)\b",
            # round 14: the same, said the other way round ("ur nephew told his teacher what's been happening at home")
            r"(?:told|tld|said to|disclosed to|opened up to|confided in|talked to|spoke to|spoken to) (?:his|her|their|the|a) "
            r"(?:class )?(?:teacher|school|nurse|school nurse|gp|doctor|worker|carer|foster carers?|social worker|tutor|"
            r"teaching assistant|ta|mentor|police|head|headteacher|youth worker|counsellor)\b[^.!?]{0,25}?\b(?:what(?:'s| has| is|"
            r"'d| had)? (?:been )?(?:happening|going on|happened|goes on)(?: at home| to (?:him|her|them))?|about (?:home|"
            r"things at home|what happened))",
            r"(?:the|section 47|s47|child protection|safeguarding) enquir(?:y|ies) (?:has|have|is|was) (?:now )?"
            r"(?:concluded|finished|completed|complete|over|ended)",
            # the children's plan and the kinds of plan: "the plan going forward for the kids", "the pathway plan"
            r"plan (?:going|moving) forward (?:for|with) (?:the|your|ur|his|her|their) (?:children|kids|child|baby|boys|"
            r"girls|son|daughter|little ones?|family)\b",
            r"plan (?:that )?(?:was |we |the professionals |professionals |everyone |the conference |the panel |the core "
            r"group )?(?:agreed|decided|made|set) (?:at|in) (?:the |yesterday'?s |\w+day'?s )?(?:\w+ )?(?:meeting|review|"
            r"conference|core group|panel)\b",
            r"(?:the|their|his|her|your|ur) plan (?:was|has been|will be|is being|is|were|have been) (?:\w+ )?"
            r"(?:extended|continued|stepped down|escalated|ended|reviewed|closed|renewed)\b",
            r"(?:care|pathway|safety|support|placement|permanence|personal education|early help|care and support|"
            r"contingency|protection|family|multi-?agency) plans?\b(?! for (?:the )?(?:trip|party|"
            r"day|weekend|holiday|summer|event))",
            r"(?-i:PEP)s?\b",
            # what the file says: "I've read what's on file about the incident", "I have reviewed your file"
            r"(?:read|reviewed|review|looked (?:at|through)|gone through|been through|checked|going through|reading) "
            r"(?:your|ur|the|his|her|their|the children'?s|the kids'?) (?:case )?(?:file|records|notes|case notes|history)\b",
            r"what'?s (?:on|in) (?:your |ur |the |his |her |their )?(?:case )?(?:file|records|notes)\b",
            r"(?:on|in) (?:your|ur|his|her|their|the) (?:case )?(?:file|records|notes),? (?:it )?(?:says|shows|there "
            r"(?:is|are|was|were)|i (?:can )?see)",
        ),
    ),
    (
        CS,
        "court_proceedings",
        "Care and family court proceedings are case-sensitive and must not be discussed by message (G14).",
        (
            r"care proceedings",
            r"(?:interim )?care order",
            r"supervision order",
            r"placement order",
            r"contact order",
            r"child arrangements? order",
            r"special guardianship\w*",
            r"SGO",
            r"kinship (?:assessment|care|carer)",
            r"connected persons?(?: assessment)?",
            r"(?:PAMS|viability|kinship|parenting capacity) assessment",
            r"public law outline",
            r"PLO",
            r"family court",
            r"court (?:hearing|date|report|case|papers|order)",
            after(
                ("the", "a", "order", "next", "final", "first", "review", "contact", "custody", *_POSSESSIVE),
                r"hearing(?! aids?| tests?| loss| loops?)",
            ),
            after(("the", *_POSSESSIVE), r"solicitor"),
            r"(?:ex|ex-wife|ex-husband|ex-partner|exes|partner|partners|wife|husband|wifes|husbands|mum|mums|dad|dads|mother|father|landlord)'?s solicitors?",
            # "it'll go back to court", "going to court over the kids": generic, so also criminal (above)
            after(("back to", "going to", "go to", "gone to", "goes to", "went to"), r"court"),
            # "the paperwork for court", "before court on the 12th"
            after(("for", "before", "after"), r"court\b(?! (?:yard|shoes|side|of))"),
            r"restraining order",
            r"non-molestation order",
            r"occupation order",
            # round 16: an injunction is a family court's order as well as a criminal matter
            r"injunctions?",
            r"(?:can'?t|cannot|can not|not allowed to|isn'?t allowed to|is not allowed to|mustn'?t|must not|banned from|"
            r"barred from) (?:come|coming|go|going|be|being) within \d+ ?(?:metres|meters|m|miles|yards|feet)\b",
            r"legal aid",
            r"the court",
            r"judge",
            r"cafcass",
            r"guardian ad litem",
            r"adoption",
            r"adopted",
            r"freed for adoption",
            r"viability assessment",
            r"parenting assessment",
            r"(?:legal|court) proceedings",
        ),
    ),
    (
        CS,
        "other_jurisdictions",
        "Children's Hearings, the Reporter, compulsory supervision orders, inter-agency referral discussions, adult "
        "protection enquiries, deprivation of liberty and Mental Health Act assessments are case processes and must "
        "be discussed in person or by phone (G14).",
        (
            # Scotland: the Children's Hearings system and its interviews
            r"children'?s (?:hearings?|panel|reporter)",
            r"(?-i:[Tt]he (?:Reporter|Panel|Hearing|Children's Hearing))(?:'s)?(?! (?:of|for) (?:the|a)\b| (?:from|at|on) the "
            r"(?:local |\w+ )?(?:paper|news|radio|telly|tv|bbc|station|forum|council)\b)",
            r"compulsory supervision orders?",
            r"(?-i:CSOs?)",
            r"grounds (?:hearing|of referral)",
            r"safeguarders?(?:'s|s')?",
            r"curator ad litem",
            r"permanence orders?",
            r"(?-i:IRDs?)",
            r"inter-?agency referral discussions?",
            r"scottish child interview model",
            r"(?-i:SCIM)",
            r"joint investigative interviews?",
            r"(?-i:JIIs?)",
            r"adult (?:support and )?protection(?: (?:inquir\w+|enquir\w+|investigation|case conference|conference|plan|"
            r"referral|meeting))?",
            r"(?-i:ASP) (?:inquiry|investigation|case conference|meeting|referral)",
            # England and Wales: adult safeguarding and liberty
            r"section 42(?: enquir\w+| inquir\w+)?",
            r"s\.? ?42 enquir\w+",
            r"liberty protection safeguards",
            r"(?-i:LPS) (?:assessment|authorisation|application|referral)",
            r"best interests? (?:assessor|assessment|meeting|decision)s?",
            # Mental Health Act work
            r"(?-i:AMHPs?)",
            r"approved mental health professionals?",
            r"mental health act(?: assessment| tribunal)?",
            r"section(?:ed|ing)",
            r"community treatment orders?",
            r"(?-i:CTO)",
            r"nearest relative",
            r"mental health (?:review )?tribunal",
            # a child's disclosure of harm: "her dad hurt her", "his stepdad smacked him", "he hit you again"
            r"(?:dad|mum|mam|father|mother|stepdad|step-dad|stepmum|step-mum|boyfriend|girlfriend|partner|uncle|brother|"
            r"husband|wife|he|she) (?:has |had |have |been |has been |had been |keeps |kept |still )*(?:hurt|hurting|hit|"
            r"hits|hitting|smacked|smacks|smacking|slapped|slaps|kicked|kicks|punched|punches|beat|beats|beaten|strangled|"
            r"choked|touched) (?:her|him|them|you|u|me)(?= again| when| after| last| yesterday| at| in| on| so| because|"
            r" and| with|\s*[.,!?]|\s*$)",
        ),
    ),
    (
        CS,
        "allegation_safeguarding",
        "Allegations, safeguarding concerns, referrals, disclosures and investigations are case-sensitive "
        "and must not be sent by message (G14).",
        (
            r"allegations?",
            r"alleged\w*",
            # round 14: signs of neglect a school or nursery reports ("Ruby's been coming in hungry")
            r"(?:coming|comes|came|turning up|turns up|turned up|arriving|arrives|arrived|going|sent) (?:in|into (?:school|nursery)|to "
            r"(?:school|nursery))? ?(?:hungry|unwashed|dirty|smelly|smelling|without (?:a coat|breakfast|lunch|any food)|"
            r"in the same clothes)\b",
            r"LADO",
            # the LADO by their other name: "the designated officer has finished looking into it"
            r"(?:local authority )?designated officer(?! for (?:fire|first aid|health and safety|the building)\b)",
            r"position of trust",
            r"safeguarding",
            r"disclos\w*",
            r"referrals?",
            r"referred(?! to as)",
            r"assessed as (?:a |an )?(?:carer|kinship|connected|special guardian|foster|adopt)\w*",
            r"investigat\w*",
            # round 12: a disclosure acknowledged and passed on ("I've had to pass it on to the duty team like I said I would")
            r"(?:had|have|'ve had|need|needed|got|must) to (?:pass|share|report|tell)\b(?! (?:on )?(?:your|ur|the|this) (?:message|query|"
            r"request|e-?mail|form|application|voicemail|enquiry|question|complaint|repair|paperwork)\b)[^.?!]{0,30}\b(?:to|with) (?:the )?(?:duty "
            r"(?:team|worker|social worker|desk)|mash|children'?s services|social services|adult (?:social care|services)|"
            r"police)\b",
            r"(?:pass|passed|passing|share|shared|sharing) (?:on )?what (?:you|u) (?:told|said to|shared with|disclosed to) me\b",
            r"concerns? (?:about|for|over|regarding) (?:your|ur|his|her|their|him|her|them|the (?:child|children|kids|baby))",
            r"(?:raised|have|has|had|got) (?:some |serious )?concerns?",
            # round 14: children's social care coming to see the family ("social services want to do a home visit")
            r"(?:social services|children'?s services|children'?s social care|social care) (?:want|wants|are|is|have|has|will|"
            r"would like|need|needs|are going|is going) (?:to )?(?:do |make |carry out |arrange )?(?:a |an )?(?:home visit|"
            r"visit|see|speak|talk|meet|come|assess|assessment|check)\b",
            r"bruis\w*",
            r"marks on (?:his|her|their|the|your|ur|(?-i:[A-Z][a-z]+)'s|[a-z]+'s)",
            # duty and locum wording: "the children were taken to your mum's by the police", "notes about the incident",
            # "the local authority will be seeking legal advice", "my manager has decided to open an assessment"
            r"(?:taken|removed|collected|picked up|brought)\b[^.?!]{0,30}\bby (?:the )?police",
            r"(?:notes?|records?|report|file|entry|log) (?:about|on|of|regarding) the incident",
            r"(?:local authority|council|department|children'?s services|we) (?:will be |are |is |has |have |had )?(?:seeking|"
            r"sought|taking|getting|obtained|obtaining) legal advice",
            r"(?:open|opened|opening|start|started|starting|begin|began|carry out|carrying out) (?:an?|the|a new) "
            r"(?:child and family |single |social work |initial |core |family |statutory |section 17 |s17 )?assessment\b",
            r"injuries",
            r"neglect\w*",
            r"abuse\w*",
            r"abusive",
            r"domestic (?:violence|abuse)",
            r"(?-i:DV|DA) (?:worker|service)",
            # round 19: a partner's violence in other words ("does he ever get physical with you?", "has he been rough
            # with the kids", "he put his hands on you"); not a game or a sport that gets physical
            r"(?:he|she|partner|boyfriend|girlfriend|husband|wife|ex|fella|bloke|stepdad|step-dad) (?:has |had |have |been |"
            r"has been |had been |ever |still |again |did |do |does |didn'?t |doesn'?t |ever been |never )*(?:gets?|got|getting|"
            r"turns?|turned|turning|been|is|was|being) (?:a bit |really |very |so )?(?:physical|violent|rough|heavy-handed|"
            r"handy) (?:with|towards|to) (?:you|u|the kids|the children|the baby|them|her|him|your (?:son|daughter|kids|"
            r"children|little one))\b",
            r"(?:laid|lay|lays|laying|put|puts|putting) (?:a |his |her )?(?:hands?|finger) on (?:you|u|the kids|the children|"
            r"the baby|them|her|him)\b",
            r"lash(?:es|ed|ing)? out at (?:you|u|the kids|the children|the baby|them)\b",
            # round 19: checks run on a person in or near the household ("the police checks came back on your new
            # partner", "we'll do background checks on him"); not a DBS check for your own job or a bag check
            r"(?:police|background|(?-i:PNC|DBS)|criminal record|safeguarding|agency|lado) checks? (?:(?:have |has )?(?:came|"
            r"come|are|were|is|was) back )?(?:on|into|about|for) (?:your|ur|his|her|their|the)? ?(?:new )?(?:partner|boyfriend|girlfriend|husband|wife|fella|bloke|ex|lodger|"
            r"stepdad|step-dad|stepmum|step-mum|visitor|friend|mate|neighbour|grandparents?|nan|gran|grandad|uncle|aunt|"
            r"auntie|brother|sister|him|her|them)\b",
            r"(?<!your )(?<!ur )(?<!my )(?:police|background|(?-i:PNC)|safeguarding|agency) checks? (?:have |has )?(?:came|"
            r"come|are|is) back\b",
            # round 19: a person's whereabouts given so the recipient can keep away ("he's living at … now so maybe avoid
            # that end of town"), and being told to keep away from someone ("stay away from him for now")
            r"(?:living|lives|moved|moving|staying|stays|stopping|housed)\b[^.!?]{0,80}?\b(?:so|and) (?:maybe |best |better "
            r"|please |just |try (?:to |and )?|you might want to |you may want to )?(?:avoid|stay away from|keep away from|"
            r"steer clear of|keep clear of) (?:that|the|his|her|their) (?:end of town|part of town|area|street|road|estate|"
            r"end|side of town|neighbourhood)\b",
            r"(?:avoid|stay away from|keep away from|steer clear of|keep clear of|(?:don'?t|do not|not to) go near) (?:him|"
            r"her|them|his (?:place|house|flat|street|road|area|end)|her (?:place|house|flat|street|road|area|end)|their "
            r"(?:place|house|flat|street|road|area|end))(?= for (?:now|a bit|a while|the time being)| until| till| if| "
            r"please|\s*[.,!]|\s*$)",
            # round 19: someone kept out of the home after an arrest, a charge or conditions ("Ricky was charged last
            # night so he won't be coming back to the house", "his bail says he can't come back home")
            r"(?:arrested|charged|bail\w*|remanded|police|court|conditions|injunction|order)\b[^.!?]{0,80}?\b(?:won'?t|"
            r"will not|can'?t|cannot|isn'?t allowed to|is not allowed to|not allowed to|mustn'?t|must not) (?:be )?"
            r"(?:coming|come|going|go|returning|return|be) (?:back )?(?:to (?:the|your|ur) (?:house|flat|home|address|"
            r"family home)|home|back)\b",
            r"(?:isn'?t|is not|aren'?t|are not|not|no longer|won'?t be) allowed (?:back )?(?:to the (?:house|flat|family home)|"
            r"(?:back )?(?:home|at|in|to) the (?:house|flat|family home|address))\b",
            r"risk assessment\w*",
            r"(?:outcome|result|findings?) of (?:the|my|our|your) assessment",
            r"assessment (?:outcome|found|concluded|says|said)",
            # not "the trip is at risk of being cancelled"
            r"at risk(?! of (?:being )?(?:cancel\w*|clos\w*|postpon\w*|rain|snow|flood\w*|delay\w*|running out|selling out|"
            r"losing (?:the|your|ur|a) (?:place|space|slot|booking|seat)))",
            # not a panel that gives out money: "the hardship panel approved the grant"
            r"(?:the|a) (?!(?:hardship|grants?|bursary|bursaries|funding|discretionary|welfare|awards?|interview|judging|talent|"
            r"quiz) panel)(?:\w+ )?panel (?:has |have )?(?:refused|rejected|turned down|approved|agreed|decided|said no|said yes)",
            r"concerns? (?:we|i|we'?ve|i'?ve|the school) (?:have |has |had )?raised",
            # "the concerns nursery raised", "nursery have raised some worries", "the school have shared some concerns
            # with us", "following what the nursery reported"
            r"(?:concerns?|worries|worry) (?:that )?(?:the )?(?:school|nursery|college|health visitor|hv|gp|teachers?|"
            r"childminder|hospital|police|midwife|school nurse|neighbours?|doctor|nurse|probation|housing) (?:has |have |had )?"
            r"(?:raised|shared|reported|flagged|voiced|mentioned|passed on)",
            r"(?:school|nursery|college|health visitor|hv|gp|teachers?|childminder|hospital|police|midwife|school nurse|"
            r"doctor|nurse) (?:have |has |had |'ve |)(?:raised|shared|reported|flagged|voiced|expressed|passed on|been in "
            r"touch (?:about|with)) (?:some |a few |serious |a |their |more |real |several |new )?(?:concerns?|worries|"
            r"worry)",
            r"(?:concerns?|worries) (?:raised|shared|reported|flagged|passed on|expressed) by (?:the |your |ur |his |her )?"
            r"(?:school|nursery|college|health visitor|hv|gp|teachers?|childminder|hospital|police|midwife|school nurse|"
            r"doctor|nurse|neighbours?)",
            r"(?:shared|raised|flagged|expressed) (?:some |a few |their |serious )?(?:concerns?|worries) with (?:us|me|the "
            r"team|social care|children'?s services)",
            r"worries (?:about|for|over) (?:the|your|ur|his|her|their) (?:children|kids|child|baby|boys|girls|son|"
            r"daughter|little ones?)\b",
            r"police (?:about|regarding|concerning|over) (?:the|your|ur|his|her|their) (?:children|kids|child|baby|boys|girls|"
            r"son|daughter|little ones?)\b",
            r"(?:contacted|rang|called|phoned|been in touch with|emailed|written to) (?:us|me|the team|social care) "
            r"(?:regarding|about|with|over) (?:some |a few |serious |a |their |an? )?(?:concerns?|worries|worry)\b",
            r"what (?:the )?(?:school|nursery|college|health visitor|hv|teacher|childminder|hospital|police|midwife|"
            r"school nurse) (?:reported|raised|flagged|disclosed|shared with (?:us|me)|told (?:us|me) about)",
            r"(?:the|a) panel (?:decided|said|agreed|has)",
            r"fostering panel",
            r"adoption panel",
            r"joint visit",
            r"(?:police and|with the police)",
            r"supervised (?:contact|visits?|sessions?)",
            # round 15b: contact said plainly as the session ("turn up drunk at contact again", "contact on Sat is supervised
            # again"), a non-mol in text-speak, a child not seen since, the person's phone or money taken off them, work for
            # nothing
            r"(?<=at )contact(?! (?:details|numbers?|info|information|form|us|me|them|the|a|an|with|centre|point|list|page|"
            r"sheet)\b)(?= again| on (?:mon|tues|wednes|thurs|fri|satur|sun)|\?| ?$)",
            r"contact\b[^.?!]{0,40}\b(?:is|will be|was|are|'s) (?:still |now |going to be )?supervised",
            # round 16: contact as the session, after the way to it or the time of it ("she can't come to contact on
            # Saturday", "after contact I'll drop you back", "he missed contact again") — not contacting someone
            after(("come to", "coming to", "go to", "going to", "get to", "make it to", "turn up to", "late for", "late to", "after",
                   "about", "chat about", "talk about", "discuss", "discussing", "talking about",
                   "before", "during", "missed", "miss", "misses", "missing", "cancelled", "cancel", "attend", "attended",
                   "attending", "back from", "home from", "way to", "lift to", "taxi to"),
                  r"contact(?! (?:details|numbers?|info|information|form|us|me|them|him|her|you|u|the|a|an|centre|point|list|"
                  r"page|sheet|lens(?:es)?|card|person|name)\b)(?= ?[.,!?;]| ?$| (?:again|on|this|next|tomorrow|today|tonight|"
                  r"at \d|with (?:your|ur|his|her|their|the) (?:mum|mam|dad|kids|children|baby|son|daughter|boys|girls|"
                  r"little ones?|nan|gran)|session|sessions|visit|visits|goes|went|is|was|will|and|so|but|because|i)\b)"),
            r"non[- ]?mol\b",
            # a child's account of rows or harm at home ("the kids told me it gets very loud")
            r"(?:kids|children|boys|girls|little ones?|son|daughter) (?:have |has )?(?:told|said to|mentioned to) (?:me|us|the "
            r"school|school|their teacher|the teacher|her teacher|his teacher) (?:that )?(?:it gets|it got|there'?s been|there "
            r"(?:are|were)|dad|mum|he|she|you two|you both|you and)\b(?=[^.?!]{0,40}\b(?:loud|shout\w*|row\w*|fight\w*|argu\w*|"
            r"scream\w*|hit\w*|hurt\w*|scared|frightened|smack\w*|throw\w*|threw)\b)",
            r"(?:not|n'?t|never) been seen since",
            r"(?:took|taken|take|takes|taking) (?:ur|your|u'?re) (?:phone|money|cards?|bank cards?|keys|passport)(?: (?:or|and|n) "
            r"(?:ur |your )?(?:phone|money|cards?|bank cards?|keys))? (?:off|from|away from) (?:you|u)\b",
            r"(?:make|makes|made|making|got|get|gets) (?:you|u|him|her|them) work(?:ing)? (?:for (?:nothing|free|no money|no pay)|"
            r"without (?:pay|paying|being paid))",
            r"not (?:allowed|supposed|meant|permitted) (?:to )?(?:go )?(?:near|see|contact|have contact with|be (?:alone )?with|be around|around|visit) (?:the|your|ur|his|her|their) (?:kids|children|child|baby|boys|girls|son|daughter|little ones)",
            r"(?:women'?s |womens |a |the )?refuges?",
            r"what (?:you|u) (?:told|tld|said to|disclosed to|shared with) me\b[^.?!]{0,60}\b(?:pass (?:it |this |that )?on|share|report|tell|inform|let (?:my|the|social))",
            r"(?:pass on|passing on|share|sharing|report|reporting) what (?:you|u) (?:told|tld|said to|shared with) me",
            r"(?:told|tell|informed|let) (?:us|me|my manager|the school|social care|the police|the team)(?: know)? (?:about )?"
            r"what (?:\w+ ){0,2}(?:said|told|disclosed|shared)",
            r"(?<!council )(?<!council's )(?<!councils )(?<!customer )contact (?:centre|session|visit|arrangements)s?",
            r"(?:contact|visits?) (?:with|to) [^.?!]{0,40}\b(?:supervised|stopped|suspended|reduced)",
            after(("went", "gone", "been", "go"), r"missing"),
            # round 18: a person going missing, said as a habit or a worry ("about you going missing at weekends", "since
            # she started going missing", "if he goes missing again", "the risk of her going missing"); not a form, keys
            # or socks that keep going missing
            r"(?:you|u|he|she|they|him|her|them|son|daughter|child|kids|children|boy|girl|lad|teenager|young person)"
            r"(?:'s| is| was| are| were| keeps?| kept| started| starts| has been| had been| have been|'s been| been| keeps on)?"
            r" (?:going|goes) missing\b",
            r"(?:risk of|worried about|worries about|concerns? about|talk about|chat about|about|stop|stopped|after|since) "
            r"going missing\b",
            r"abscond\w*",
            r"(?:went|gone|go|goes|going|been) (?:awol|AWOL) from (?:the |your |ur |his |her |their )?(?:home|placement|unit|"
            r"children'?s home|care home|school|hostel|foster \w+|ward|hospital|carers?'?s?|resi)\b",
            # round 14: a child brought back by the police ("your son was found by police at 2am in Stratford")
            r"(?:he|she|they|son|daughter|child|kids|children|boy|girl|lad|little one)(?:'s| was| were| got| has been| had been|"
            r"'s been| have been)? (?:found|picked up|brought (?:back|home)|returned home|dropped (?:back|home)) by (?:the )?police",
            r"missing (?:from|from home|person)",
            # "reported missing again", "still missing", "missing since last night": a person gone missing,
            # not "still missing you" or "missing a form".
            r"reported (?:him |her |them |it )?missing",
            after(("still", "is", "was", "are", "were", "she's", "he's", "shes", "hes", "they're"),
                  r"missing(?! (?:you|u|the|a|an|my|your|ur|our|their|his|her|it|this|that|out|home|some|any|"
                  r"one|two|bits?|pages?|forms?|documents?|each other|him|them|lunch|tea|dinner|school|work))"),
            r"missing (?:again|overnight|since|for (?:\d+|a|two|three|four|five|a few|several) (?:hours?|days?|nights?))",
            # a professional's concern passed on: "the school nurse says you've been self harming again"
            r"(?:school|school nurse|teacher|nurse|gp|doctor|college|health visitor|police|hospital|neighbours?) "
            r"(?:says|said|told (?:me|us)|reported|mentioned|has (?:told (?:me|us)|reported|raised))(?: that)? "
            r"(?:you'?ve|you have|you'?re|you are|ur|u'?ve|u r|he'?s|she'?s|he has|she has|they'?ve|they have) (?:been )?"
            r"(?:self[- ]?harm\w*|cutting|drinking|using|missing|hurt\w*|hit\w*|skipping|absent|scared|crying|"
            r"sleeping rough|staying out|shouting|fighting|smoking)",
        ),
    ),
    (
        CS,
        "placement",
        "Placement breakdowns and moves are case-sensitive; discuss them in person (G14).",
        (
            r"placement\b[^.?!]{0,40}\b(?:broken down|broke down|breaking down|break down|breakdown|ending|end|ended|disrupt\w*|at risk)",
            r"placement breakdown",
            # round 14: a panel's decision about the person ("PANEL SAID YES to staying put"), not a quiz or talent panel
            r"(?<!quiz )(?<!judging )(?<!talent )(?<!youth )(?<!interview )(?<!expert )(?<!solar )(?<!hardship )(?<!grant )"
            r"(?<!grants )(?<!funding )(?<!award )(?<!awards )(?<!bursary )(?<!housing )(?<!planning )(?<!council )panel (?:said (?:yes|no)|"
            r"has (?:agreed|approved|said)|agreed|approved|decided|turned (?:it|you|him|her|them) down|refused)\b",
            r"staying put (?:arrangement|agreement|placement)s?",
            r"moving (?:you|him|her|them) (?:to|from)",
            r"emergency placement",
            # round 19: the carer a child is staying with ("the carer Alfie's staying with is Linda Ward", "he's living
            # with the new carers", "placed with a temporary carer"); not a carer's group or your mum's carer visiting
            r"carers? (?:(?-i:[A-Z][a-z]+)(?:'s| is| are)|he'?s|she'?s|they'?re|he is|she is|they are|(?:you|u)'?re|you are)"
            r" (?:staying|living|placed|stopping|going to (?:stay|live)|moving in) with\b",
            r"(?:staying|living|placed|stopping|going to stay|going to live|moving in|moved in|lives|stays) with (?:a |the |"
            r"his |her |their |new |some )?(?:new |temporary |emergency |short[- ]term |respite |other )?carers?\b(?!'? "
            r"(?:group|network|forum|training|event|coffee))",
            r"(?<!work )(?<!college )(?:your|ur|his|her|the) placement(?= is| will| has|'s)",
            r"can'?t go back home",
            r"(?:go|going|move|moving) (?:back )?into care",
            r"taken into care",
            r"(?:returned|return|go back|going back|went back|sent back|come back|coming back|move back|moving back)"
            r" (?:home )?(?:to|into) (?:her|his|your|ur|their|mum'?s|dad'?s|mums|dads) care",
            r"(?:removed|remove) (?:the )?(?:children|kids|child|baby)",
            # whether children in care can come home: "the decision about whether the kids can come home"
            r"(?:whether|if) (?:the kids|the children|the boys|the girls|the baby|your son|your daughter|your kids|your children|ur kids|ur son|ur daughter|your little ones?) (?:can|could|will|should|are able to) (?:come|go|move) (?:back )?home",
            r"(?:won'?t|will not|can'?t|cannot|isn'?t|aren'?t) (?:be )?(?:able to |allowed to |going to )?(?:come|go|move) "
            r"(?:back )?home (?:for now|yet|until|just yet)",
            r"reunification",
            r"(?:foster|special guardianship) (?:carers?|parents?|mum|dad|home|family)"
            r"(?!'?s? (?:coffee morning|group|training|support group|network|forum|event|drop-in|newsletter|fortnight))",
            r"birth (?:mum|dad|mother|father|parents?|family)",
            r"letterbox contact",
            r"(?:asked for|asking for|applied for|applying for|wants|wanted|requested) (?:\w+ )?contact with (?:you|u|the kids|"
            r"the children|the baby|your son|your daughter|your kids|your children|them|him|her)",
        ),
    ),
)

# Question topics that turn a question into an assessment (G11): wellbeing, relationships, substance
# use, parenting, finances and daily living. Kept apart from the lexicon because they only count inside
# a question addressed to the recipient.
ASSESSMENT_TOPICS: tuple[str, ...] = (
    r"feel(?:ing)? (?:about|low|down|safe|scared|sad|depressed|anxious|lonely|in (?:your|ur)self|better|worse)",
    r"how (?:do|are|r|have) (?:you|u) (?:been )?feel\w*",
    r"feelings",
    r"(?:your|ur) mood",
    r"(?:how|feeling|been) low",
    # round 14: how someone treats the person ("is he treating u right?")
    r"(?:(?<=\bhe )|(?<=\bshe )|(?<=\bthey )|(?<=\bhe's )|(?<=\bshe's )|(?<=\bthey're )|(?<=\bpartner )|(?<=\bboyfriend )|"
    r"(?<=\bgirlfriend ))(?:treat|treats|treating|treated) (?:you|u|ya) (?:right|well|ok|okay|properly|badly|good|nicely|decent(?:ly)?)",
    r"feeling down",
    r"been down",
    r"coping",
    r"cope",
    r"managing",
    # (not the weather's doing: "did you get any sleep with that storm?")
    r"sleep\w*(?! well\b)(?! (?:with|through) (?:that|the|all (?:that|the)) (?:storm|wind|noise|heat|rain|thunder|fireworks|"
    r"party|racket|gales?)\b)",
    # eating and drinking as plans, not habits: "shall we grab something to eat after?", "do you want to eat at the café",
    # "are you eating out for your birthday?", "do you drink tea or coffee?"
    r"(?<!something to )(?<!bite to )(?<!anything to )eat(?:ing)?(?! (?:at (?:the|a)|in (?:the|a) (?:café|cafe|restaurant|pub)|out|"
    r"before (?:we|the|our)|after (?:we|the|our)|first|there|together|with (?:me|us))\b)",
    r"meals?(?! out\b| (?:deal|voucher)s?\b)",
    r"drink(?:ing)?(?! (?:tea|coffee|water|juice|squash|milk|hot chocolate|pop|fizzy|from the (?:café|cafe|machine))\b)",
    r"using(?! (?:the|a|an|your|ur|my|this|that|it|them|google|whatsapp|teams|zoom|sat ?nav|bus|train|app|phone|laptop|"
    r"tablet|computer|card|pass)\b)",
    # "use" and "score" with no object are drug use: "when did u last use?", "did you use at the weekend", "when did you
    # last score?" ("when did you last use the minibus?" has an object)
    r"(?:you|u) (?:last |still )?(?:use|used|using)(?= ?[?,.!;]| ?$| and\b| (?:yesterday|today|tonight|last night|"
    r"this (?:week|morning|weekend)|at the weekend|again|much|since)\b)",
    r"(?:you|u) last scor(?:e|ed)\b",
    r"what (?:did|do|have) (?:you|u) (?:take|taken|takin|taking)(?= ?\?| and\b)",
    r"(?:anyone|anybody|who) (?:else )?(?:is |are )?(?:living|lives|staying|stays) (?:at|with|in)",
    # round 15: who's living or sleeping at the person's home ("who's actually living at yours now?"), not who's staying
    # for the pizza
    r"(?:who'?s|whos|who is|who are|anyone|anybody)(?: else)?(?: actually| really| currently| now| still| all| usually)? "
    r"(?:living|staying|sleeping|stopping|kipping|dossing) (?:at|in|round|over|with) (?:yours|urs|your|ur|the (?:flat|house|"
    r"place)|you|u)\b",
    # round 15 (a sweep of our own): money from a partner or ex for the children, friends kept or lost, confidence
    r"(?:(?<=\bhe )|(?<=\bshe )|(?<=\bthey )|(?<=\bdad )|(?<=\bex )|(?<=\bpartner )|(?<=\bfather )|(?<=\bhusband )|"
    r"(?<=\bboyfriend ))(?:ever |still |actually )?(?:give|gives|giving|gave|send|sends|sending|pay|pays|paying|put|puts) "
    r"(?:you|u|her|anything|any money|owt)(?: any| much| enough| some)?(?: money| cash| maintenance)?(?= for (?:the )?(?:kids|"
    r"children|baby|little ones?|boys|girls|nappies|uniform|food)\b)",
    r"(?:give|gives|giving|gave|send|sends|sending|pay|pays|paying) (?:you|u|her|him) (?:any |much |enough |some )?"
    r"(?:money|cash|maintenance)\b(?= for (?:the )?(?:kids|children|baby|little ones?|boys|girls)\b| (?:at all|regularly|"
    r"every week|every month|these days|anymore|any more)\b| ?\?)",
    r"child (?:maintenance|support)",
    r"(?:in touch|lost touch|see much of|seeing much of|speaking to|talking to) (?:with )?(?:your|ur) (?:old |school |college "
    r")?(?:friends|mates|pals)",
    r"(?:your|ur) (?:confidence|self[- ]esteem|self[- ]worth|self[- ]confidence)\b",
    # round 15 (a third sweep of our own): a couple or a family not talking ("r u n ur mum still not talking"), a baby's
    # weight and feeding, how the day's routines go, the meter topped up, trouble at the door, taking tablets, "any
    # trouble?"
    r"(?:you|u) (?:and|n|&) (?:your|ur|the) (?:\w+ ){0,2}?(?:still |back |now |even )?(?:not )?(?:talking|speaking|getting "
    r"on|getting along|rowing|on speaking terms)\b",
    r"feeding(?! (?:the )?(?:ducks|animals|birds|goats|fish|meter|5000)\b)",
    r"(?:your|ur|his|her|the baby's|baby's|little one's|bub's|babys) weight\b",
    r"how (?:do |does |did )?(?:the )?(?:mornings?|evenings?|nights?|bedtimes?|mealtimes?|meal times?|weekends|school "
    r"runs?|bath ?times?|tea ?times?|days) (?:go|goes|went|are|have been|has been|are going|been)\b",
    r"(?:(?:electric|electricity|gas|meter|key|card)(?: meter| key| card)? (?:is |'s )?(?:still )?(?:topped up|run out|running "
    r"(?:low|out)|on emergency)|top(?:ped|ping)? up (?:the |your |ur )?(?:gas|electric|electricity|meter|key))\b",
    r"(?:(?:been|come|coming|came) (?:round|over|to the (?:door|house|flat)) |(?<=anyone )|(?<=anybody )|(?<=someone )|"
    r"(?<=he )|(?<=she )|(?<=they )|(?<=ex )|(?<=neighbour )|(?<=neighbours )|(?<=lads )|(?<=he's )|(?<=she's )|"
    r"(?<=they're )|(?<=been ))(?:causing|making|giving (?:you|u)) (?:any )?(?:trouble|bother|grief|hassle)(?= ?\?| "
    r"(?:again|at (?:home|the (?:flat|house|door))|for (?:you|u))\b)",
    r"(?:taking|take|takes|took|remembering) (?:your|ur|his|her|the) (?:tablets|meds|medication|medicine|pills?|inhaler|"
    r"insulin)\b",
    # round 15b: stopping a medicine, cravings, how a treatment is going, someone moving in with the person ("did u stop?",
    # "are the cravings easing off?", "how's the detox going", "did he move in with you in the end?")
    r"(?:did|have|has|had) (?:you|u|he|she) (?:stop|stopped|come off|came off)(?= ?\?| (?:it|them|taking)\b)",
    r"cravings?",
    r"(?:how'?s|hows|how is|how are) (?:the |your |ur |his |her )?(?:detox|rehab|recovery|treatment|therapy|counselling|"
    r"script|meds|medication|tablets)(?= (?:going|been|getting on|working|helping)\b)",
    r"(?:move|moved|moving) in (?:with (?:you|u)|together)\b",
    # round 17: whether someone in the home pays their way ("is he paying you on time?", "does your lodger pay his share?")
    r"(?:pay|pays|paying|paid) (?:you|u)(?: (?:the |his |her |their )?(?:rent|keep|board|share))? (?:on time|regularly|"
    r"properly|what (?:he|she|they) owes?|every (?:week|month|fortnight))",
    r"(?:pay|pays|paying|paid) (?:his|her|their) (?:way|share|keep|board|rent)\b",
    # round 17: how it is going with someone at home or in the family ("how's it going with your lodger Pete?")
    r"(?:how'?s|hows|how is|how are) (?:it|things) (?:going |getting on )?(?:with|between) (?:you and )?(?:your|ur) (?:new )?"
    r"(?:lodger|flatmate|partner|boyfriend|girlfriend|husband|wife|ex|stepdad|stepmum|step-dad|step-mum|mum|dad|mam|"
    r"family|in-laws|landlord|landlady|neighbours?|son|daughter|brother|sister|kids|children)\b",
    # round 15b: whether someone was drunk or stoned ("did he turn up drunk again?", "was she stoned when she came round?")
    r"(?:(?<=\bup )|(?<=\bwas )|(?<=\bwere )|(?<=\bis )|(?<=\bare )|(?<=\bbeen )|(?<=\bget )|(?<=\bgot )|(?<=\bgetting )|"
    r"(?<=\bbeing )|(?<=\br )|(?<=\bu )|(?<=\bhe )|(?<=\bshe ))(?:drunk|stoned|hammered|off (?:his|her|their|ur|your) "
    r"(?:face|head))\b",
    r"any (?:more )?(?:trouble|bother)(?= ?\?| (?:at|with|from) (?:school|home|him|her|them|the kids|the boys|the girls|"
    r"next door|the neighbours)\b)",
    # round 15: who runs the person's money ("who handles your money day to day now?")
    r"(?:handles?|handling|manages?|managing|controls?|controlling|looks? after|looking after|deals? with|dealing with|"
    r"sorts?|sorting|takes? care of|in charge of) (?:your|ur|his|her|their) (?:money|finances|cash|banking|bank account|"
    r"bank cards?|cards?|benefits|pension|bills)\b",
    r"(?:your|ur) (?:current )?(?:support|care)(?: package)? meets? (?:your|ur) needs",
    r"typical (?:day|week|morning|evening)",
    r"support (?:you|u)(?:'d| would)? (?:need|want|like)",
    r"(?:your|ur) childhood",
    r"(?:what'?s|wats|whats|wots) it like (?:at|in) (?:urs|yours|home|your \w+'?s|ur \w+s?|the house|the flat)",
    r"(?:anyone|any1|anybody|someone|some1) (?:is )?(?:making|forcing|pressuring|pushing) (?:you|u) (?:to )?(?:do|into)",
    r"(?:your|ur) head(?:space| space)?(?= been| is| feeling| at)",
    r"(?:affected|affects|affecting|impact(?:ed|s|ing)? on) (?:the family|your family|ur family|the kids|the children|"
    r"your kids|your children|you)",
    r"(?:still|staying|been|keeping) (?:clean(?!,? (?:and|&) (?:tidy|dry|warm|safe|bright|fresh)|,? tidy)|sober|"
    r"off (?:the )?(?:drugs|drink|booze|gear|weed))",
    r"debts?",
    r"income",
    r"outgoings",
    r"bills",
    r"rent arrears",
    # what money goes on: "what you spend each month on gas, electric and food"
    r"(?:what|how much) (?:do )?(?:you|u) (?:usually |normally )?spend",
    r"spend (?:each|a|per|every) (?:week|month|fortnight)",
    r"left (?:over )?at the end of the (?:week|month)",
    r"arrears",
    r"behind (?:on|with)",
    r"afford\w*",
    r"budget\w*",
    r"relationship\w*",
    # where a couple stands: "are you and Jamie back together or still on a break?"
    r"back together",
    r"(?:on a|taking a) break",
    r"(?:split|splitting|broken|broke|breaking) up",
    r"still together",
    r"seeing (?:anyone|anybody|someone|somebody)",
    r"nightmares?",
    r"bad dreams?",
    r"night terrors?",
    r"flashbacks?",
    r"argu(?:e|ing|ments?)",
    r"fight(?:ing|s)?",
    r"getting on with (?:(?:your|ur|him|her|them)(?! (?:new |old )?(?:ipad|tablet|phone|laptop|computer|bike|car|course|"
    r"homework|job|garden|decorating|book|game|cooker|tv|telly|app|forms?|paperwork|application|driving|lessons?|"
    r"revision|coursework|project|diet|knitting|jigsaw)\b)|the (?:kids|children|baby|toileting|bathing|washing))",
    r"things (?:at home|with)",
    r"home life",
    r"at home with",
    r"lives? (?:at home|with you)",
    r"safe at home",
    r"(?:feel|feeling|are you|r u|you) safe",
    r"scared",
    r"hurt",
    r"discipline\w*",
    r"misbehav\w*",
    r"behaviour",
    r"punish\w*",
    r"smack\w*",
    r"tantrums?",
    r"crying",
    r"bedtime",
    r"to bed",
    r"routine",
    r"typical day",
    r"looking after",
    r"look after",
    r"looks after",
    r"care for",
    r"caring",
    # (round 15: not a car wash or a dog wash to raise money)
    r"(?<!car )(?<!dog )(?<!jet )(?<!pressure )(?<!charity )(?<!sponsored )(?<!minibus )(?<!bike )"
    r"wash(?:ing)?(?! (?:machine|line|up liquid|powder|basket|bay|station|up)\b| (?:the )?(?:cars?|vans?|minibus|bikes?|dogs?|"
    r"dishes|pots|cups|mugs|plates)\b)",
    r"dress(?:ing)?(?! (?:up|gown|code|table)\b)",
    r"bath(?:ing)?",
    r"toilet(?:ing)?",
    r"shower(?:ing)?",
    # carrying things is not daily living: "did you get the sofa up the stairs?"
    r"(?<!it up the )(?<!it down the )(?<!them up the )(?<!them down the )(?<!sofa up the )(?<!sofa down the )(?<!settee up the )(?<!settee down the )(?<!bed up the )(?<!bed down the )(?<!fridge up the )(?<!fridge down the )(?<!wardrobe up the )(?<!wardrobe down the )(?<!boxes up the )(?<!boxes down the )(?<!shopping up the )(?<!shopping down the )(?<!pram up the )(?<!pram down the )(?<!buggy up the )(?<!buggy down the )(?<!bike up the )(?<!bike down the )(?<!washing machine up the )(?<!washing machine down the )(?<!mattress up the )(?<!mattress down the )(?<!table up the )(?<!table down the )(?<!desk up the )(?<!desk down the )stairs",
    r"cook(?:ing)?(?! (?:session|class|club|group|course))",
    r"shopping(?! (?:centre|center|trip|mall|vouchers?|list|bags?|basket|precinct|parade))",
    r"help (?:you need|with (?:washing|dressing|meals|cooking))",
    r"what help",
    r"support (?:you'?re|are you|from)",
    r"mental",
    r"stress(?:ed)?",
    r"worr(?:y|ied|ies)",
    r"lonely",
    r"isolated",
    r"being a (?:mum|dad|parent)",
    r"parenting",
    # (not the bus, the fare or the tickets: "how often does the 34 run?", "how much is the bus fare?", "how many tickets")
    r"how often(?! (?:does|do|is|will) (?:the|a|it) (?:\d+|bus|train|tram|number \d+|x\d+|service|club|group|session|class|"
    r"course|library|café|cafe)\b)",
    r"how much(?! (?:is|was|are|were|does|did|will|would) (?:the |a |an |it |that |this )?(?:bus|train|tram|taxi|coach|"
    r"tickets?|fares?|parking|entry|trip|course|cinema|swim|swimming|session|class|uniform|bike|coat|shoes|phone|tv)\b|"
    r" (?:notice|warning)\b)",
    r"how many(?! (?:tickets?|seats?|places?|spaces?|people (?:are|can|will|is)|of (?:you|us|u) (?:are|will|can|want|need|fancy|would like|are coming|are going|r coming)|(?:are|will "
    r"be) coming|days? (?:notice|until|till|left)|sleeps (?:till|until)|minutes?|hours? (?:away|late)|stops?|bags?|boxes|"
    r"(?:weeks?|days?|sessions?|lessons?|classes) (?:is|are|does|do|will|until|till|left|long))\b)",
    r"kicking off",
    r"turning up",
    r"still (?:come|comes|coming) round",
    r"see(?:ing)? (?:your|ur) friends",
    r"suicidal",
    r"self[- ]?harm\w*",
    r"harming (?:your|ur)self",
    r"(?:your|ur) ex\b",
    r"depress(?!ing)\w*",
    r"anxiety",
    r"panic attacks?",
    r"mental health",
    r"hearing voices",
    r"breakfast",
    # Frames rather than topics: questions about habits, what happened, opinions and feelings, the
    # people someone relies on, behaviour towards them, and coping day to day.
    r"(?:do|does|did|would|will) (?:you|u|he|she|they|anyone|anybody|your \w+|ur \w+) ever",
    r"(?:normal|typical|usual|average) (?:day|evening|morning|night|week|weekend)",
    r"usually",
    r"normally",
    # (round 16: not the way, a form or a plan: "can you walk me through the route to the hub?")
    r"(?:walk|talk|take) me through(?! (?:the |this |that |your |ur )?(?:form|forms|application|letter|leaflet|route|way|"
    r"plan|timetable|booklet|paperwork|app|website|process|directions|bus|buses|map|steps|instructions|settings|menu)\b)",
    r"what happened (?:on|at|when|with (?:you|him|her|them)|last|that|the night|after|before)",
    r"what happens (?:when|if|after)",
    r"what do (?:you|u) think",
    r"(?:have|had) (?:you|u) thought (?:about|any more|more)",
    r"turn to",
    r"(?:talk|speak|go) to (?:about|when)",
    r"anyone to (?:talk|speak|turn|help)",
    r"rely on",
    r"lean on",
    r"temper",
    r"(?<!no )(?<!water )(?<!tyre )(?<!air )(?<!gas )(?<!any )pressure(?! washer)",
    r"shout(?:s|ing)? at",
    r"(?:won'?t|doesn'?t|don'?t|never) listen",
    r"play(?:s|ing)? up",
    r"get(?:s)? physical",
    r"afraid",
    r"get out of bed",
    r"appetite",
    r"(?:keep|keeping) (?:the (?:flat|house|place) )?(?:clean|tidy|on top)",
    r"on top of",
    r"up to date with",
    r"time for (?:yourself|urself)",
    r"going out much",
    r"staying in",
    r"stay with (?:him|her|them)",
    r"split (?:up|the (?:childcare|bills|money))",
    r"childcare",
    r"how things are",
    r"at home(?! (?:on|at|tomorrow|today|tonight|this|next|when|for|or|so|if|in the))",
    r"in (?:your|ur|the) house",
    r"what (?:do|did) (?:the kids|your kids|ur kids|they|he|she) (?:say|think)",
    r"how (?:are|is|r) (?:things|it|everything) (?:between|with)",
    r"how (?:is|was|'s) (?:he|she|they) with",
    r"(?:the )?last time (?:you|u)",
    r"what do (?:you|u) do when",
    r"(?:hardest|toughest|worst|biggest|scariest) (?:thing|part|worry|bit)",
    r"dark (?:days?|thoughts?|place|times?)",
    r"(?:own|a) bed",
    r"share (?:a bed|a room|with (?:you|u|him|her|them))",
    r"sleeping arrangements",
    r"behaving",
    r"(?:find|finding|found) it (?:hard|difficult|tough)",
    r"struggl\w*(?! (?:to (?:find|get (?:here|there|in))|with (?:the )?(?:bus|parking|directions|signal|wifi|link|app)))",
    r"just (?:you|u) and",
    after(("is", "has"), r"\w+ (?:back|moved back|moved in)\b"),
    r"(?:is|are|was) (?:you|u|he|she|they|(?:your|ur) (?!(?:phone|mobile|car|boiler|heating|tv|telly|wifi|internet|"
    r"laptop|computer|cooker|fridge|oven|washer|shower|lift|meter|doorbell|buzzer|bike)\b)\w+) (?:still )?working"
    # (a job named: "are you still working at the garage?")
    r"(?! (?:at|in|for) (?:the |a )?(?:(?-i:[A-Z])|garage|shop|café|cafe|pub|salon|warehouse|factory|nursery|school|hospital|"
    r"office|restaurant|hotel|gym|bar|market|supermarket|call centre|care home|site|farm|kitchen|bakery|takeaway))",
    r"for money",
    r"(?:doing|do|does|did|manage|managing|help with|helping with) the school run",
    r"get (?:him|her|them|the kids|\w+) to school",
    r"helping (?:you )?(?:out )?with (?:the )?(?:baby|kids|children|little ones?)",
    r"see (?:their|his|her|your|ur) (?:dad|mum|father|mother|nan|grandparents)",
    r"what makes (?:you|u|him|her|them) (?:\w+ )?(?:angry|sad|happy|upset|stressed|cross|scared|worried|anxious)",
    r"angry",
    r"what'?s it like (?:for (?:you|u)|living|at home|being|with)",
    r"(?:did|do|does|would) (?:you|u) feel",
    r"feel listened",
    r"(?:nice|kind|good|mean|horrible|nasty|rough) to (?:you|u|them|the kids)",
    r"(?:miss|missing) (?:most|about)",
    r"most important (?:thing|person|people)",
    r"getting along",
    r"trust (?:him|her|them|anyone|your|ur)",
    r"relax(?:es)? when",
    r"how (?:do|does|can) (?:you|u|he|she|they) relax",
    r"(?:all )?gets? too much",
    r"(?:around|there) for (?:you|u)",
    r"tells? (?:you|u) (?:who|what|where|when|how)",
    r"on (?:their|his|her|your|ur) own",
    r"home alone",
    r"leave (?:the|your|ur) (?:kids|children|baby|little ones?)",
    r"warm enough",
    r"(?:money|credit) on the (?:meter|gas|electric)",
    r"meters?",
    r"living on",
    r"benefits?",
    r"universal credit",
    r"still in the picture",
    r"(?:does|do|did|will) (?:he|she|they|anyone|anybody|your \w+|ur \w+) (?:ever )?help out",
    r"helps out",
    r"(?:baby|kids|children)'?s? (?:dad|father|mum|mother)",
    after(("have for", "had for", "having for"), r"(?:tea|dinner|lunch)"),
    after(("enough", "any"), r"(?:food|money|sleep(?! (?:with|through) (?:that|the|all (?:that|the)) (?:storm|wind|noise|heat|"
          r"rain|thunder|fireworks|party|racket|gales?)\b)|heating|gas|electric)"),
    r"food in the (?:house|flat|fridge|cupboards?)",
    r"hungry",
    r"(?:gas|electric|electricity|heating) (?:on|meter|credit)",
    r"control(?:s|ling)?",
    r"(?:money|cash) (?:left|worries|problems|trouble)",
    # round 16: staying out and who with ("are you still staying out overnight?", "who are you with when you go out?")
    r"(?:stay|stays|staying|stayed|stopping|stop) out (?:overnight|all night|late|till|until|past|after)",
    r"who (?:you'?re|you are|ur|u r|u'?re|are you|r u|you'?ve been|you were|you go|you hang|you see) (?:out |round |about )?"
    r"(?:with|hanging (?:about|around|out) with)(?= when| at| after| on| late| these days| now|\s*[?.,!]|\s*$)",
    # round 16: money asked about as a whole or as what is left ("how's the money side going?", "is there enough left by
    # the end of the week?", "does it stretch to payday?")
    r"(?:money|cash|finances?|budget|budgeting) (?:side|situation|wise|front)",
    r"(?:the|your|ur) (?:money|finances|budget|budgeting)(?= (?:going|holding up|lasting|ok|okay|alright|looking|been|"
    r"getting on)\b)",
    r"enough (?:money|cash) (?:left|to last|to get by|to go round|to cover)",
    r"enough (?:left (?:by|at|till|until|after|over (?:after|at|by|for))|to last|to get by|to go round|to cover (?:the |your |ur )?"
    r"(?:bills|rent|food|shopping|gas|electric|week|month))\b",
    r"left (?:by|at|for|till|until) the end of the (?:week|month)",
    r"(?:last|stretch|lasts|stretches|lasting|stretching) (?:you )?(?:till|until|to|through to) (?:payday|pay day|the end of "
    r"the (?:week|month)|(?:your|ur) next (?:payment|pay))",
    r"(?:spend|spending|spent) (?:on|most|your|ur)",
    r"(?:pays|handles|manages) (?:the )?(?:bills|money|rent)",
    r"smok(?:e|es|ing)",
    r"weed",
    r"drugs",
    after(("around the", "front of the"), r"(?:kids|children|baby|little ones?)"),
    after(("who", "anyone", "anybody", "else"), r"(?:lives?|living|stays?|staying|sleeps?) (?:in|at|with|over)"),
    r"stay(?:s|ing)? over",
    after(("all", "they"), r"get on\b"),
    r"get(?:ting)? on (?:any )?(?:ok |okay |alright |well |better |worse )?with (?:him|her|them|your|ur|his|the)"
    r"(?! (?:new |old )?(?:ipad|tablet|phone|laptop|computer|bike|car|course|homework|job|garden|decorating|book|game|"
    r"cooker|tv|telly|app|forms?|paperwork|application|driving|lessons?|revision|coursework|project|diet|knitting|"
    r"jigsaw)\b)",
    after(("kids", "children", "baby", "they", "school"), r"getting on"),
    after(("any", "more", "a"), r"rows?"),
    r"fall(?:ing)? out|fell out|fallen out",
    after(("your", "ur"), r"(?:fella|bloke|man|missus)"),
    r"jealous\w*",
    r"check(?:s|ing)? (?:your|ur) phone",
    r"lets? (?:you|u) (?:go out|see|have)",
)

# Words read through one-slip misspellings (see typos.py) besides the lexicon's own words of six letters
# or more: stems the lexicon writes with open endings, and the words its patterns in outbound.py use.
TYPO_WORDS: tuple[str, ...] = (
    "address",
    "postcode",
    "passport",
    "statement",
    "statements",
    "psychiatrist",
    "psychiatric",
    "psychologist",
    "schizophrenia",
    "diagnosis",
    "diagnosed",
    "depression",
    "depressed",
    "medication",
    "suicidal",
    "overdose",
    "alcoholic",
    "probation",
    "arrested",
    "offending",
    "prison",
    "sentenced",
    "burglary",
    "assault",
    "allegation",
    "disclosure",
    "disclosed",
    "investigation",
    "safeguarding",
    "referral",
    "conference",
    "assessment",
    "pregnant",
    "pregnancy",
    "midwife",
    "miscarriage",
    "autistic",
    "diabetic",
    "epileptic",
    "disability",
    "disabled",
    "counsellor",
    "counselling",
    "therapist",
)

# One-slip variants of those words that are ordinary English words, so never read as misspellings
# (tests/screening/test_typos.py checks this list against an English word list when one is installed).
TYPO_REAL_WORDS: tuple[str, ...] = tuple(
    """
    refuse reused tuned briton presto abscind
    carving carvings caving pullup sheet waring stone
    actin acton adapted adaption addressees agree allege appal appel arrear asperges attucks bating
    behavior bette brach braking broke buddhas buddhi budge caner cation cations center centers cerebra
    chagres chang chape chaplin chare check chocking christina chucking codein coking collage collages
    concert concerti concerto conclude contacts convect convection cooing cooping copes copping corer
    councilor counseling counselor counselors count court cries crime crotches curch currying cutch
    cutches decide decoded depot detail diagnose diagnoses dialing dialyses digit diner disable
    discharge disclose discos distract diving drams dream droving ethic exclude facia fating felling
    fending festering fidge fiends fight filling fining finings friend fueling fulling funding
    grandparent guilt gutting handle handless hanukah happen haring hating heath heres heron hosing
    inhale inhales injures inulin isolate issue issus labor leaning licensee litters locke madras
    magistrate mange manger masques massing medial mediation menages messing metal meter metes methadon
    meting mobil mortgagee mussing narcotic night norma notional nurse nurser nursers offed offices
    outgoing overdo overdoes panning paper parsons pasto payer payers paying peron personalty placemen
    planing plater plying politic preying pries prion proceeding proscription proscriptions prover pryer
    pryers prying pubic raise ramada rased reaps recall reduce refuge retraining robber robed rubbery
    sabbat sacred samaritan saying scare scarred scleroses score scoter scouter scrip scrub sealing seeping
    seeps sending serous shipping shool shooting shots shout shuts sighed sleep slitting smoke sopped
    sopping sower spacial spiff spiffs spitting splatting stair staling stars stats steeling stepped
    steroid stirs stoke stole stubbed stubbing suction suctioned suctioning sunda supervise tables
    tablet takin taking tames teaches tempe thing thins though tings toile tries trimeter trough tumor
    tuning turing union vices visit vitim voice waking waling warship washin wetness wishing
    annal annul cochlea macula pissing refugees scree screes sensor shard share shoring shred stand tasting
    women colotomy derivation grind parol parolee prole staked staking staled staler travelers careers carer
    cares close babes level pronoun sugar tying costs persona simmons singed singing sining summon affect
    currant loosing massages message patting pediatric pediatrician pediatrics petting pitting potting sanding approve order safeguard sottish
    throats treat treats weigh wight lousing podiatric
    anglian ashur blacker canvased canvasing caste ceder cheer choice christi classis claud clods cloud dinette
    eater ester farther froward future hastings hoard hockney huggins integrate inunction kiddish langley later
    latte layla leafletting lessens linen lustra maghreb mcmillan moron mosley peach phenix pickett pocketing
    potman prior quake reade saint satang satins senor senors seward sitsang solan stains stope stops terence
    terrance terrene thyroxin login loins pates plate plats settle kiran
    carline caroline commodus eduction enquires hoist hosts instilled panel panes parching pedant pendent petty
    professional rally reason recline requirement speak eight forth holing hosed house paced place rehouse stepping
    doesn avoid bought piked regrading
    asses crags craig fores forrest latin stanford summery warrington woodhull designate brutish
    addiction adduction waned feuding tapping tipping toped toping
    clare sarah compony fetters inunctions patent woman
    appals recover souse addition batting bitting butting counsel gambler gambles pediatrist
    hoses lasing
    """.split()
)



# Common first names whose holders are almost always of one sex in the UK (names used for both — Sam, Alex, Jo,
# Charlie, Jamie, Frankie… — are in neither). Used only to see a same-sex partner: "Hi Paul, will your husband
# come?", "Hi Sarah, your partner Jo…" is not read, "Hi Sarah, your partner Emma…" is.
MALE_FIRST_NAMES: frozenset[str] = frozenset(
    """
    archie freddie mason logan tomasz jakub
    aaron abdul abdullah adam adrian ahmed aidan alan albert alfie ali amir andrew andy angus anthony arjun arthur
    barry ben benjamin bernard bilal billy bob bradley brian callum calvin carl carlos chris christopher
    clive colin connor craig damian damien daniel danny darren dave david dean declan dennis derek dev dmitri dom
    dominic donald doug douglas duncan dylan eddie edward elliot emmanuel eric ethan euan ewan fabio faisal femi
    finn frank fraser gareth gary gav gavin geoff geoffrey george gerald gordon graham grant greg gregory hamza
    harry harvey hassan henry hugh hussein ian ibrahim imran isaac ivan jack jackson jacob jake james jamal jason
    jay jayden jeff jeffrey jeremy jim jimmy joe joel john johnny jon jonathan joseph josh joshua julian
    justin kamal karim karl keith kelvin ken kenneth kevin kieran kirk kofi kwame kyle lamar lee leo leon
    leroy levi lewis liam luke malcolm marcus mark martin matt matthew max mehmet michael mick mike mo mohamed
    mohammed muhammad nathan neil nick nicholas nigel niall noah oliver ollie omar oscar owen patrick paul pete
    peter phil philip rajesh ravi ray raymond reece rhys richard rick ricky rob robert robbie roger ross roy
    russell ryan samir samuel scott sean sebastian shane shaun simon stan stanley stephen steve steven stewart
    stuart tariq terry theo thomas tim timothy toby tom tommy tony trevor tunde tyler usman victor vince vincent
    walter warren wayne wes wesley will william winston yusuf zach zak
    """.split()
)
FEMALE_FIRST_NAMES: frozenset[str] = frozenset(
    """
    maya ivy aaliyah amira maryam khadija daisy phoebe lola bethany shannon danielle tia keisha shanice
    abena abigail ada aisha alice alison amanda amber amelia amy andrea angela anita ann anna anne annie april
    ava barbara bev beverley bisi brenda bridget bronwen caroline carly carmen carol caroline catherine chantelle
    charlotte chelsea chloe christine claire clare colleen courtney dawn debbie deborah denise diane donna dorothy
    edith eileen elaine eleanor elizabeth ella ellie emily emma erin esther eve evie faith fatima fiona florence
    freya gemma georgia gill gillian gloria grace hannah harriet hayley heather helen holly irene isabel isabella
    isla jackie jacqueline jade jane janet janice jasmine jean jennifer jenny jess jessica jill joan joanne jodie
    josephine joy joyce judith julia julie june karen kate katherine kathleen kathryn katie kayleigh kelly kerry
    kirsty laura lauren leah leanne lily linda lisa lorraine louise lucy lydia lynn lynne maisie mandy
    margaret maria marie marion martha mary maureen megan melanie melissa mia michelle mildred millie miriam
    molly monica nadia naomi natalie natasha nicola nicole nina olivia paige pamela patricia paula pauline pearl
    penny poppy precious priya rachel rebecca rehana rita rosa rose rosie ruby ruth sadia samantha sandra sara
    sarah sharon sheila shirley sophie stacey stephanie sue susan suzanne tanya tara tasha teresa tina tracey
    tracy valerie vanessa vicky victoria wendy yvonne zara zoe
    """.split()
)
