"""Inbound screening: what in a message from a person needs a human now (safeguarding) or goes to the
line manager (inappropriate, G15). Tuned for how people really type: lower case, no apostrophes,
text-speak ("kms", "od'd", "wanna"), misspellings. A missed risk costs far more than an extra look, so
safeguarding patterns lean towards flagging; everyday swearing about buses and weather does not count.
"""

from __future__ import annotations

import re

from .scan import Group, PatternIndex
from .text import normalise
from .types import AttachmentVerdict, InboundFlag, InboundResult, InboundSignal

SG = InboundFlag.SAFEGUARDING
IN = InboundFlag.INAPPROPRIATE
# Every pattern below is registered here, so a message is split into words once and each pattern is
# only tried where it can match (see scan.py).
_INDEX = PatternIndex()

_ME = r"(?:my ?self|myself|meself|my self)"
_PRONOUN_SUBJECT = r"(?:he|she|they|hes|shes|he's|she's|theyre|they're|him|her|it)"
_VICTIM = (
    r"(?:me|us|her|him|them|my|the (?:kids|children|baby|boys|girls)|the kid|mum|mam|dad|nan|"
    r"my (?:mum|mam|dad|son|daughter|kids|children|baby|boy|girl|sister|brother|nan))"
)
_HARM_VERB = (
    r"(?:hit|hits|hitting|hurt|hurts|hurting|beat|beats|beating|beaten|batter\w*|punch\w*|kick\w*|"
    r"slap\w*|strangl\w*|chok\w*|push\w*|shov\w*|threaten\w*|bit|bites|biting|abus\w*|rap(?:e|ed|es|ing)|"
    r"touch(?:es|ed|ing)|attack\w*|stab\w*|burn(?:t|ed|s|ing)?|grab\w*|throttl\w*|smack\w*|"
    r"starv(?:e|es|ed|ing)|lock(?:s|ed)|drag\w*|whack\w*|thump\w*|scream\w* at|shout\w* at)"
)

_SAFEGUARDING: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    (
        "suicide_self_harm",
        "Thoughts of suicide or self-harm: contact the person now and follow the safeguarding procedure.",
        (
            rf"kill(?:ing|ed)? {_ME}",
            r"kill(?:ing)? (?:him|her|them)sel(?:f|ves)",
            r"kms",
            r"kys(?=.{0,10}\b(?:me|i)\b)",
            r"end(?:ing)? (?:it all|my life|my own life|things|it)\b",
            r"take my (?:own )?life",
            r"suicid\w*",
            r"(?:want|wanna|wana|going|gonna|gna|ready) (?:to )?die",
            r"wish (?:i|id|i'd) (?:was|were|had) (?:dead|never been born)",
            r"better off (?:dead|without me)",
            r"(?:don'?t|dont|do not|dnt) (?:want|wanna|wana) (?:to )?(?:be here|live|be alive|exist|wake up|carry on|go on)",
            r"no (?:point|reason) (?:in |to )?(?:living|going on|life|carrying on|being here)",
            r"(?:don'?t|dont|do not|cant|can'?t) see (?:the|a|any) point",
            r"(?:can'?t|cant|cannot) (?:go on|do this|take (?:it|this))(?: any ?more)?",
            r"(?:can'?t|cant|cannot) cope",
            r"had enough of (?:life|everything|it all|living)",
            r"(?:never|not) wake up",
            r"self[- ]?harm\w*",
            r"(?:cut|cutting|cuts|burn|burning|burnt|harm|harming|hurt|hurting)(?:ing)? {_ME}".replace(
                "{_ME}", _ME
            ),
            r"cut(?:ting)? (?:my|me) (?:arms?|wrists?|legs?|thighs?)",
            r"overdos\w*",
            r"od'?d",
            r"od(?:ing)? on",
            r"(?:taken|took|take|taking|swallowed|swallow|necked|had) (?:all|a load|loads|a whole|every|a (?:pack|box|bottle|handful|load)|"
            r"(?:loads|lots) of|too many|my|the|some|20|30|\d+)\b.{0,25}\b(?:pills?|tablets?|paracetamol|meds|medication|sleeping pills|co-?codamol|ibuprofen|aspirin)",
            r"(?:pills|tablets) (?:ready|saved|stashed)",
            r"jump (?:off|in front|from)",
            r"on the roof",
            r"(?:a )?rope (?:ready|round)",
            r"hang(?:ing)? {_ME}".replace("{_ME}", _ME),
            r"goodbye (?:everyone|all|world|forever)",
            r"nobody (?:would|will|wud) (?:care|miss me|notice)",
            r"no (?:1|one|body) (?:cares|would care|will care|gives a)",
            r"(?:feel|feeling) like (?:dying|killing {_ME}|ending it)".replace("{_ME}", _ME),
            r"(?:thinking|thought|thinkin) (?:about|of|bout) (?:ending|killing|jumping|dying|taking my)",
            r"want (?:it|this|everything) to (?:end|stop)",
            r"disappear forever",
            r"(?:i'?m|im|i am) (?:a )?burden",
        ),
    ),
    (
        "violence_abuse",
        "Someone describes violence, threats or abuse: a possible domestic abuse or safeguarding disclosure.",
        (
            rf"\b{_PRONOUN_SUBJECT}\s+(?:\w+\s+){{0,2}}{_HARM_VERB}\s+(?:\w+\s+)?{_VICTIM}\b",
            rf"(?:boyfriend|partner|husband|wife|dad|stepdad|step dad|step-dad|mum|stepmum|step mum|uncle|brother|"
            rf"carer|carers|foster carer|ex|son|daughter|landlord|teacher|man|men|boys|lads)s?'?s?\s+(?:\w+\s+){{0,2}}{_HARM_VERB}\s+(?:\w+\s+)?{_VICTIM}\b",
            rf"{_HARM_VERB} (?:me|us) (?:when|if|again|every|all)",
            r"(?:he|she|they)(?:'ll| will|ll| is going to| is gonna|'s gonna|s gonna|'s going to|s going to| said (?:he|she|they)'?d| threatened to| wants to| would) (?:\w+ ){0,4}?(?:kill|hurt|stab|batter|burn|shoot|beat|do) (?:me|us|her|him|them|the|my)",
            r"threaten\w* (?:to|me|us|my|the)",
            r"(?:scared|frightened|afraid|terrified|petrified) (?:of (?:him|her|them|my|what)|(?:that )?(?:he|she|they|hes|shes)\b|to go home|for my life|he'?ll|she'?ll|they'?ll|for (?:the|my) (?:kids|children|baby|safety))",
            r"(?:i'?m|im|i am|we'?re|were|we are|feel|don'?t feel|dont feel) not safe",
            r"(?:don'?t|dont|do not) feel safe",
            r"not safe (?:here|at home|with)",
            r"domestic (?:violence|abuse)",
            r"locked (?:me|us) in",
            r"took my phone",
            r"controls? (?:all )?(?:the|my) money",
            r"won'?t let me (?:leave|go out|see|have)",
            r"forced (?:me )?(?:to marry|marriage|into)",
            r"(?:forced|forcing|making) (?:me|her|him) to",
            r"\bfgm\b",
            r"rap(?:e|ed)",
            r"sexually (?:assault|abus)\w*",
            r"touch(?:es|ed|ing) (?:me|her|him|my)\b",
            r"groom\w*",
            r"abused",
            r"abusing",
            r"(?:make|made|making) me (?:have sex|sleep with|do stuff)",
            r"sleep with (?:him|them) (?:for|or)",
            r"let me off (?:the )?rent if",
            r"beat (?:me|us) up",
            r"broke(?:n)? my (?:arm|nose|ribs?|jaw|wrist)",
            r"bruis\w*",
            r"black eye",
            r"(?:covered|all over) in (?:bruises|marks)",
            r"(?:with|has|got|had|carrying|holding) (?:a|an|the) (?:knife|gun|machete|hammer|weapon|blade|bat|axe)",
            r"knife",
            r"gun",
            r"machete",
            r"burn the (?:house|flat) down",
            r"(?:he|she|they)'?s? going mental",
            r"smashing (?:things|the place|the house|everything)",
            r"(?:kids|children|baby|son|daughter) (?:saw|heard|were there|witnessed|watched|seen)",
            r"in front of the (?:kids|children|baby)",
            r"(?:he|she)'?s? outside (?:the|my) (?:door|house|flat|window)",
            r"takes? (?:money|cash) (?:from|out of) (?:my|her|his|mum'?s|dad'?s)",
            r"(?:carry|carrying|hold|holding|sell|selling|deliver\w*|run|running) (?:stuff|drugs|packages|parcels|bags) for (?:them|him|some|older)",
            r"selling drugs",
            r"county lines",
            r"older (?:boys|men|lads|guys|man)",
            r"some (?:guy|man|bloke)'?s? (?:house|flat)",
            r"(?:a |some )?(?:man|men|guy|bloke|stranger)\b.{0,30}\b(?:messag\w*|texting|talking to|following|sending)\b.{0,20}\b(?:my (?:daughter|son|kid|child|girl|boy)|her|him)",
            r"being bullied",
            r"trafficked",
            r"modern slavery",
            r"exploit\w*",
        ),
    ),
    (
        "child_at_risk",
        "A child may be at risk, missing or without care: act on it now.",
        (
            r"(?:is|has|been|gone|went|going|go|run|ran) missing",
            r"(?:has|have|hasn'?t|havent|hasnt)\s+(?:been\s+)?(?:gone|missing)\s+(?:since|for)",
            r"been gone (?:since|for|all)",
            r"(?:hasn'?t|hasnt|haven'?t|havent|didn'?t|didnt|not) (?:come|came|been|got) (?:home|back)",
            r"(?:can'?t|cant|cannot) find (?:her|him|them|my)",
            r"ran away",
            r"run away",
            r"runaway",
            r"(?:home|left) (?:alone|on (?:his|her|their) own)",
            r"left (?:the kids|them|him|her) (?:alone|on their own)",
            r"(?:i'?m|im|i am) (?:only )?(?:1[0-5]|[4-9])(?:\s*(?:years? old|yrs?(?: old)?|yo|y/o))?(?!\s*(?:min\w*|hours?|hrs?|am|pm|o'?clock|weeks?|days?|months?|%|:|\.\d|th|st|nd|rd|mins?|secs?|seconds?|miles?|stops?|quid|pounds?|p\b|\d))\b",
            r"(?:i'?m|im|i am) (?:only )?(?:ten|eleven|twelve|thirteen|fourteen|fifteen)(?:\s+years? old)?",
            r"(?:baby|child|kid|son|daughter)\b.{0,30}\b(?:not breathing|floppy|swallowed|unconscious|won'?t wake)",
            r"passed out (?:drunk|high)",
            r"(?:so|too|really) (?:drunk|high|wasted|off my (?:head|face))",
            r"relaps\w*",
            r"used (?:heroin|crack|coke|drugs)",
            r"smoking crack",
        ),
    ),
    (
        "basic_needs",
        "No food, heating or shelter, or care not arriving: a welfare risk that needs a response today.",
        (
            r"no (?:food|gas|electric\w*|heating|heat|money for (?:food|the meter|gas|electric\w*)|nappies|milk|formula)",
            r"nothing (?:to eat|left to eat|in the (?:fridge|cupboards?)|left)",
            r"(?:haven'?t|havent|hasn'?t|hasnt|not) (?:eaten|had (?:a proper meal|food|anything to eat|a meal))",
            r"(?:baby|kids|children|child|son|daughter|little one)'?s? (?:is |are )?(?:hungry|starving|freezing)",
            r"(?:hungry|starving|freezing) (?:kids|children|baby)",
            r"starv(?:es|ed|ing) (?:me|us|him|her|them)",
            r"(?:sleeping|slept) (?:in the car|rough|on the street|outside|in a (?:car|park))",
            r"nowhere to (?:go|sleep|stay|live)",
            r"(?:been |got |getting )?evicted",
            r"kicked (?:us|me) out",
            r"homeless",
            r"carers? (?:haven'?t|havent|hasn'?t|hasnt|didn'?t|didnt|never|not) (?:been|come|came|turned up|shown up|showed up)",
            r"(?:nobody|no one|no1|noone) (?:has )?(?:been|come|came) (?:to see|round|in)",
            r"still in bed",
            r"(?:hasn'?t|not) (?:eaten|had a wash|been washed)",
            r"no (?:money|cash) (?:for|at all|left)",
        ),
    ),
    (
        "medical_emergency",
        "A possible medical emergency: advise 999 and escalate now.",
        (
            r"unconscious",
            r"(?:not|isn'?t|isnt|stopped|can'?t|cant|cannot|struggling to) breath\w*",
            r"seizures?",
            r"(?:is|he'?s|she'?s|having a|having|started|keeps) fitting",
            r"collapsed",
            r"chest pains?",
            r"blood everywhere",
            r"(?:won'?t|wont|will not) stop bleeding",
            r"bleeding (?:a lot|heavily|badly)",
            r"(?:swallowed|drunk|drank|ate) (?:bleach|poison|tablets|pills|batter(?:y|ies))",
            r"(?:fell|fallen) (?:and|over and) (?:can'?t|cant|cannot) get up",
            r"(?:can'?t|cant|cannot) get up",
            r"(?:won'?t|wont|will not) wake(?: up)?",
            r"floppy",
            r"heart attack",
            r"ambulance",
            r"\b999\b",
            r"(?:please|pls|plz) (?:help|come)(?: me| us)?(?: quick| now| asap|!|$)",
            r"help me (?:please|pls|now)",
            r"come quick\w*",
            r"(?:somebody|someone) help",
            r"call (?:the )?police",
        ),
    ),
)

_INAPPROPRIATE: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    (
        "abuse_of_worker",
        "Abusive language aimed at the worker: report to the line manager (G15).",
        (
            r"(?:you|u|ur|your|youre|you're|you are|ya)\s+(?:\w+\s+){0,3}(?:bitch|cunt|twat|wanker|slag|slut|whore|cow|prick|dick|bastard|"
            r"idiot|moron|retard\w*|joke|useless|pathetic|fat|ugly|stupid|dickhead|knob\w*|tosser|scum|waste of space|piece of shit|disgrace|loser)",
            r"cunt",
            r"twat",
            r"wanker",
            r"slag",
            r"whore",
            r"bitch",
            r"fuck (?:off|you|u)",
            r"f\*+k (?:off|you)",
            r"f off",
            r"piss off",
            r"go to hell",
            r"go die",
            r"drop dead",
            r"kys",
            r"kill yourself",
            r"suck my",
            r"shut (?:up|your mouth|ur mouth|it)",
            r"stfu",
            r"gtfo",
            r"fuck(?:ing)? (?:useless|joke|idiot)",
        ),
    ),
    (
        "discrimination",
        "A discriminatory slur or insult: report to the line manager (G15).",
        (
            r"paki\w*",
            r"n[i1*]gg\w*",
            r"n\*+",
            r"coon",
            r"wog",
            r"chink",
            r"spaz\w*",
            r"spastic",
            r"retard\w*",
            r"faggot\w*",
            r"fag",
            r"dyke",
            r"tranny",
            r"muzz(?:ie|y)",
            r"raghead",
            r"towelhead",
            r"kike",
            r"gyppo",
            r"pikey",
            r"gippo",
            r"(?-i:yid)",
            r"go (?:back )?(?:home|to) (?:your|ur) (?:own )?country",
            r"go back (?:home|where you came from)",
            r"(?:you|u|bloody|fucking|dirty) (?:immigrants?|foreigners?)",
            r"you people",
            r"your lot",
            r"go home,? you",
            r"(?:immigrant|foreigner),? go home",
        ),
    ),
    (
        "threat_to_worker",
        "A threat or intimidation aimed at the worker: report to the line manager and follow lone-working safety (G15).",
        (
            r"(?:i|we) know where (?:you|u) (?:live|work|park)",
            r"(?:i|we) know what car (?:you|u) drive",
            r"(?:i|we) know (?:your|ur) address",
            r"know where (?:your|ur) (?:kids|children) go",
            r"watch (?:your|ur) back",
            r"be careful (?:walking|going|when|at night|who)",
            r"you'?(?:ll| will) (?:regret|be sorry|pay)",
            r"you'?(?:ll| will) get what'?s coming",
            r"(?:get|got) what'?s coming",
            r"(?:i'?ll|ill|i will|i'?m (?:going|gonna) to|im (?:going|gonna|gna)(?: to)?|gonna) "
            r"(?:\w+ )?(?:find|get|sort|deal with|smash|kill|stab|hurt|burn|slash|batter|do|get|shoot|end|punch|knock) (?:you|u|ur|your)\b",
            r"(?:i'?ll|ill|i will) be waiting",
            r"sort (?:you|u) out",
            r"waiting (?:for (?:you|u) )?(?:outside|at|by) (?:your|ur) (?:office|car|house|work|home)",
            r"(?:seen|watching|following) (?:your|ur) (?:kids|children|house|car)",
            r"people who'?(?:ll| will) (?:deal|sort)",
            r"burn (?:your|ur) (?:office|house|car)",
            r"slash (?:your|ur) tyres",
            r"smash (?:your|ur) (?:face|car|windows|head)",
            r"you'?(?:re| are) (?:dead|finished)",
            r"(?:i'?ll|ill|i will) (?:report|sue) you and",
        ),
    ),
    (
        "sexual",
        "Sexual content or advances towards the worker: report to the line manager (G15).",
        (
            r"nudes?",
            r"naked",
            r"underwear",
            r"lingerie",
            r"what (?:are|r) (?:you|u) wearing",
            r"sexy",
            r"gorgeous",
            r"\bfit\b(?=.{0,20}(?:meet|drink|date|babe|x))",
            r"(?:you'?re|youre|ur|you are) (?:so |well |proper )?(?:fit|hot|sexy|gorgeous|beautiful|peng)",
            r"babe",
            r"send (?:me )?(?:a )?(?:pic|pics|picture|photo|selfie)s?(?! of (?:the|your|ur) (?:form|letter|document))",
            r"selfie",
            r"kiss (?:you|u)",
            r"take (?:you|u) to bed",
            r"sleep with (?:you|u)",
            r"sex with (?:you|u)",
            r"(?:my|your|ur) (?:dick|cock|pussy|tits|boobs)",
            r"horny",
            r"porn\w*",
            r"explicit",
            r"genitals?",
            r"outside (?:of )?work",
            r"just (?:us|the two of us)",
            r"(?:meet|go) (?:up )?for a drink",
            r"(?:i|i'?ve) (?:really )?(?:fancy|like|love) (?:you|u)\b(?! for)",
            r"fancy (?:you|u)",
            r"(?:go on|take (?:you|u) on) a date",
            r"marry me",
            r"\[(?:image|video|photo|picture|clip)[^\]]*(?:porn|explicit|nude|naked|genital|sexual)[^\]]*\]",
        ),
    ),
)

# Lethal threats against someone else are both a risk of harm to others and abuse of the worker.
_THREAT_TO_KILL = _INDEX.pattern(
    re.compile(
        r"\b(?:i'?ll|ill|i will|i'?m (?:going|gonna) to|im (?:going|gonna|gna)(?: to)?|gonna) (?:\w+ )?"
        r"(?:kill|stab|shoot|murder|hurt) (?:you|u|him|her|them|the baby|the kids)\b",
        re.IGNORECASE,
    )
)

_ADDRESSES_WORKER = re.compile(r"\b(?:you|u|ya)\b", re.IGNORECASE)

# Everyday idioms that use the words above harmlessly.
_HARMLESS = _INDEX.pattern(
    re.compile(
        r"\b(?:(?:weather|heat|traffic|queue|bus|train|tube|line|rain|cold|wait|this|it|work|commute|boss|kids)"
        r"\s+(?:is\s+)?(?:killing|doing my head in)(?: me)?|could (?:murder|kill) (?:a|for a)|dying (?:to|for)|"
        r"i'?m starving,? (?:will|gonna|going|so)|starving,? (?:will|gonna) grab)\b",
        re.IGNORECASE,
    )
)


def _compile(table: tuple[tuple[str, str, tuple[str, ...]], ...]) -> tuple[tuple[str, str, Group], ...]:
    r"""Each entry's terms as one whole-word alternation: (?<![\w'])(?:a|b|…)(?![\w])."""
    return tuple((code, explanation, _INDEX.alternation(terms)) for code, explanation, terms in table)


_SAFEGUARDING_PATTERNS = _compile(_SAFEGUARDING)
_INAPPROPRIATE_PATTERNS = _compile(_INAPPROPRIATE)


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

    for flag, patterns in ((SG, _SAFEGUARDING_PATTERNS), (IN, _INAPPROPRIATE_PATTERNS)):
        for code, explanation, group in patterns:
            for match in scan.finditer(group):
                add(flag, code, explanation, *match.span())
    for match in scan.finditer(_THREAT_TO_KILL):
        add(
            SG,
            "threat_to_kill",
            "A threat to kill or seriously hurt someone: a risk of harm to others.",
            *match.span(),
        )
        if _ADDRESSES_WORKER.search(clean, match.start()):
            add(
                IN,
                "threat_to_kill",
                "A threat of serious violence made to the worker: report to the line manager (G15).",
                *match.span(),
            )
    return InboundResult(signals=tuple(sorted(signals, key=lambda s: (s.start, s.end, s.flag.value))))


# --- attachments ------------------------------------------------------------------------------------

_EXPECTED_MIME_PREFIXES = ("image/", "audio/")
_EXPECTED_MIME_TYPES = frozenset(
    {
        "application/pdf",
        "video/mp4",
        "video/3gpp",
        "text/plain",
        "text/vcard",
        "text/x-vcard",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "application/vnd.oasis.opendocument.text",
    }
)
_SCRIPT_IMAGE_TYPES = frozenset({"image/svg+xml"})
_DANGEROUS_EXTENSIONS = frozenset(
    """exe com bat cmd msi msp scr pif cpl dll sys jar js jse vbs vbe wsf wsh ps1 psm1 sh bash zsh py pl rb php
    apk ipa app dmg pkg deb rpm bin run hta lnk reg iso img vhd zip rar 7z tar gz tgz bz2 xz cab ace docm xlsm
    pptm dotm xltm html htm svg xhtml mht chm""".split()
)


def screen_attachment(
    mime_type: str, filename: str | None = None, caption: str | None = None
) -> AttachmentVerdict:
    """Quarantine anything that could run code or hide content (G15); screen the caption like a message."""
    mime = (mime_type or "").split(";", 1)[0].strip().casefold()
    caption_flags = screen_inbound(caption).flags if caption else ()
    extensions = [part.casefold() for part in (filename or "").split(".")[1:]]
    dangerous = [ext for ext in extensions if ext in _DANGEROUS_EXTENSIONS]
    if dangerous:
        return AttachmentVerdict(
            True,
            caption_flags,
            f"Quarantined: the file name has a .{dangerous[-1]} extension, a type that can run "
            "code or hide other files. A line manager must review it before anyone opens it.",
        )
    expected = (
        mime.startswith(_EXPECTED_MIME_PREFIXES) and mime not in _SCRIPT_IMAGE_TYPES
    ) or mime in _EXPECTED_MIME_TYPES
    if not expected:
        return AttachmentVerdict(
            True,
            caption_flags,
            f"Quarantined: '{mime or 'unknown'}' is not a type people normally send (photos, "
            "PDFs, voice notes). A line manager must review it before anyone opens it.",
        )
    if InboundFlag.INAPPROPRIATE.value in caption_flags:
        return AttachmentVerdict(
            True,
            caption_flags,
            "Quarantined: the caption suggests inappropriate content; report to the line manager (G15).",
        )
    if caption_flags:
        return AttachmentVerdict(
            False,
            caption_flags,
            "Normal file type; the caption needs attention: " + ", ".join(caption_flags) + ".",
        )
    return AttachmentVerdict(False, (), "Normal file type for this channel.")
