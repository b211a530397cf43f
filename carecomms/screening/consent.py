"""Reading a reply to the consent request (G7, W2).

A false "yes" is the worst error this product can make, so free text counts as consent only when the
whole reply is a plain yes: at least one word of agreement ("yes", its typos and text-speak — "yse",
"yh", "defo", "go on then", "sure") and nothing but agreement, thanks, kisses, emoji and names around it
("yes please", "yes that's fine x", "Yes 👍 mate"). Anything that refuses, stops or asks for another
channel is a withdrawal, checked first so "yes stop" withdraws; a missed withdrawal is the second worst
error, so refusals are read generously (typos, "S T O P", "not now", "rather you rang", "wrong number",
❌). Everything else — conditions ("yes but…"), questions, hedges, a bare "ok" or 👍 — is unclear and
goes to the practitioner.
"""

from __future__ import annotations

import re

from .scan import top_level_alternatives
from .text import GREETING_WORDS, normalise
from .types import ConsentReading

_BUTTON_READINGS = {"CONSENT_YES": ConsentReading.CONSENT_YES, "CONSENT_NO": ConsentReading.CONSENT_WITHDRAW}

_NOT_A_REFUSAL_AFTER_NO = (
    # round 19 (unclear read as withdraw): "no" of lacking what one lives on ("ive no money till friday", "no gas"), and a
    # "no" answering another question with what has not come yet ("no I haven't got the forms yet"; not "... whatsapp yet")
    r"(?!\s+(?:money|cash|gas|electric\w*|food|heating|heat|hot water|nappies|milk|bread|funds|income|savings|furniture|"
    r"fridge|cooker|beds?)\b)"
    r"(?!\W+i (?:haven'?t|havent|have not|didn'?t|did not) (?:got|get|received|receive|had|seen|done|filled|sent|heard)\s+"
    r"(?:the|your|my|them|it|any|that|those|these)\b(?!\s+(?:whats\s?app|phone|smart\s?phone|mobile|data|credit|internet|wifi|"
    r"texts?|messages?)\b)(?:\s+\w+){0,4}?\s+yet\b)"
    r"(?!\s*(?:problems?|probs?|prob|worries|worry|bother|rush|idea|clue|doubt|way!|probz|issues?|stress|objections?|name|"
    r"hassle|dramas?|fuss|trouble)\b)"
)

# Yes and no in the languages most spoken in UK councils' caseloads (Polish, Romanian, Urdu/Punjabi/Hindi and Bengali
# romanised, Arabic romanised and in script, Somali, Portuguese, Spanish, French, Italian, Lithuanian, Turkish, Kurdish,
# Tigrinya/Amharic, Ukrainian/Russian). Kept small and explicit. A refusal word or phrase withdraws; a yes phrase is
# consent only when it is the whole reply (with thanks or another yes around it, as in English). Words that also mean
# something else ("haa" is a laugh, "ji" and "ha" are not a yes on their own, "d'accord", "va bene", "tamam", "theek
# hai", "está bien" may only mean OK) are not yes: they go to the practitioner.
_NO_ANYWHERE = (
    r"nie|nie chc[eę]|nie dzi[eę]kuj[eę]",  # Polish
    r"nu vreau|nu mul[tț]umesc",  # Romanian
    r"nahi+|nahin|nahee|nahi chahiye|mat karo",  # Urdu, Hindi, Punjabi
    r"chai na|lagbe na|dorkar nai",  # Bengali
    r"la shukran|لا شكرا|لا شكراً|لا أريد|لا اريد",  # Arabic
    r"maya mahadsanid|ma rabo|ma doonayo",  # Somali
    r"n[aã]o|n[aã]o quero|n[aã]o obrigad[oa]",  # Portuguese
    r"no gracias|no quiero",  # Spanish
    r"non merci|je ne veux pas|pas question|arr[eê]tez",  # French
    r"no grazie|non voglio|basta",  # Italian
    r"ne a[cč]i[uū]|nenoriu",  # Lithuanian
    r"hay[iı]r|istemiyorum",  # Turkish
    r"nex[eê]r|naxêr|naxer",  # Kurdish
    r"ኣይፋል|ኣይደልን|አይፈልግም",  # Tigrinya, Amharic
    r"нет|ні|не треба|не надо|не хочу|nyet",  # Russian, Ukrainian
    r"dim diolch|nac ydw|na dim diolch|peidiwch",  # Welsh
    r"nesouhlas[ií]m|nes[uú]hlas[ií]m",  # Czech, Slovak (round 19): "I don't agree"
    # round 17: "I don't want" in Welsh (standard and northern), "I don't agree" and "I don't accept" in Arabic
    r"ddim (?:eisiau|isio|isho|moyn)",  # Welsh
    r"لا أوافق|لا اوافق|غير موافق|غير موافقة|لا أقبل|لا اقبل",  # Arabic
    # round 11: "don't send me messages" and "call me instead" in the same languages
    r"atmay[iı]n|g[oö]ndermeyin",  # Turkish
    r"nu mai vreau|nu (?:mai )?(?:trimite[tț]i|trimite)",  # Romanian
    r"نہ بھیجیں|مت بھیجیں|نہیں چاہیے|mat bhej\w*|na bhej\w*",  # Urdu
    r"ha (?:ii |i )?(?:soo )?dirin|igu soo wac",  # Somali
    r"ندهید|نفرستید",  # Persian
    r"পাঠাবেন না|চাই না",  # Bengali
    r"je pr[ée]f[èe]re pas|je pr[ée]f[èe]re ne pas|appelez[- ]moi",  # French
)
_NO_ALONE = (r"la", r"لا", r"ne", r"non", r"nu", r"maya", r"net", r"አይ", r"ኣይ")  # only as the whole reply
_THANKS_ELSEWHERE = (
    r"dzi[eę]kuj[eę]", r"mul[tț]umesc", r"mersi", r"merci", r"gracias", r"obrigad[oa]", r"grazie", r"a[cč]i[uū]",
    r"te[sş]ekk[uü]rler", r"te[sş]ekk[uü]r ederim", r"sa[gğ]ol", r"shukran", r"شكرا", r"شكراً", r"mahadsanid",
    r"diolch(?: yn fawr)?", r"dhonnobad", r"dhanyavaad", r"dhanyavad", r"shukriya", r"спасибо", r"дякую", r"የቐንየለይ", r"አመሰግናለሁ",
)
_YES_ELSEWHERE = (
    r"tak", r"zgadzam si[eę]", r"oczywi[sś]cie",  # Polish
    r"da", r"sunt de acord", r"desigur",  # Romanian (and Russian "da")
    r"haa+n", r"haan ji", r"han ji", r"ji haa?n", r"haanji", r"bilkul",  # Urdu, Hindi, Punjabi
    r"ami raji", r"raji achi",  # Bengali
    r"نعم", r"aywa", r"aiwa", r"na'?am", r"موافق", r"موافقة",  # Arabic
    r"waan ogolahay", r"haa waan ogolahay",  # Somali
    r"sim", r"concordo", r"claro", r"claro que sim",  # Portuguese
    r"s[ií]", r"de acuerdo", r"por supuesto", r"claro que s[ií]",  # Spanish, Italian
    r"oui", r"je suis d'accord", r"bien s[uû]r",  # French
    r"certo", r"sono d'accordo",  # Italian
    r"taip", r"sutinku",  # Lithuanian
    r"evet", r"kabul ediyorum",  # Turkish
    r"er[eê]", r"bel[eê]",  # Kurdish
    r"እወ", r"አዎ",  # Tigrinya, Amharic
    r"так", r"згоден", r"згодна", r"да", r"согласен", r"согласна", r"конечно", r"звісно",  # Ukrainian, Russian
    r"ydw", r"ydy", r"ie", r"mae hynny'?n iawn", r"mae'?n iawn", r"iawn", r"dw i'?n cytuno", r"rwy'?n cytuno",  # Welsh
    r"(?:mujhe )?manzoor(?: hai)?", r"(?:haa )?waan ku raacsanahay",  # Urdu, Somali (round 11)
    r"haa waa hagaag",  # Somali (round 17): "yes, it's fine"; "haa" alone may be a laugh
    # round 19: "I agree" in Czech and Slovak, "I accept" in Spanish
    r"souhlas[ií]m", r"s[uú]hlas[ií]m", r"acepto",
)
# OK-words that may stand beside a yes but are not one on their own.
_OK_ELSEWHERE = (
    r"d'accord", r"est[aá] bien", r"va bene", r"tamam", r"olur", r"theek hai", r"thik hai", r"bine", r"e bine", r"dobrze",
    r"proszę", r"prosz[eę]", r"por favor", r"s'il vous pla[iî]t", r"per favore",
    # round 17: "it's all right" in Romanian, "it's fine" in Somali, "please write (on WhatsApp)" in Polish, "I have no
    # objection" in Arabic (beside a yes, like the English "no objection")
    r"(?:e |este )?[iî]n regul[aă]", r"waa hagaag", r"prosz[eę] pisa[cć](?: na whatsappie| na whatsapp| smsy?)?",
    r"لا مانع(?: لدي| عندي)?",
    # round 19: beside a yes: Czech/Slovak "ano", German/Dutch "ja", "I prefer messages" in French and Spanish, "(you) can
    # send a message" in Portuguese
    r"ano", r"ja", r"je pr[ée]f[èe]re (?:les )?(?:messages|textos|sms|whatsapp)", r"prefiero (?:los )?(?:mensajes|whatsapp|sms)",
    r"(?:pode|podem) (?:mandar|enviar) (?:uma )?mensage(?:m|ns)",
)

# Round 17 (consent_unseen14): refusals that also withdraw consent after it was given (`withdrawal.py` uses them).
# The number or the chat to be deleted: "delete this chat and my number", "erase my details" (not "my old number")
NUMBER_TO_BE_DELETED = (
    r"\b(?:remove|delete|erase|wipe|get rid of)\s+(?:this|that|my|our)\s+(?:chat|conversation|thread|number|details|"
    r"contact details|data|info|information|phone number|mobile number)\b"
)
# The number is not the person's: "new number, this isn't Chloe", "I'm not Tyler", "no one called Tyler here"
NOT_NAMED_PERSON = (
    r"(?:^|[\s,.;:!\-–—])(?i:this|it|that|i|i'?m|im)(?i:\s+(?:is\s+not|isn'?t|isnt|aint|ain'?t|am not|'?m not|not))\s+"
    + r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|A|An|My|Your|Me|Him|Her|Them|Sure|Happy|Ok|"
    r"Okay|Fine|In|At|On|For|About|What|Who|That|This|It|Good|Great|Right|Possible|Safe|Working|Here|There|Him|Home|Well|"
    r"Able|Going|Really|Very|Too|So|Bothered|Interested|Convenient|Private|Secure|Free|Allowed|Ready|Against|January|"
    r"February|March|April|May|June|July|August|September|October|November|December|Christmas|Easter|Indian|Italian|"
    r"Romanian|Christian|Muslim|Catholic|Hindu|Sikh|Arab|Asian|Black|White|Deaf|Blind|Married|Single|Pregnant)\b)"
    r"(?!\w+(?:ish|ese)\b)"
    r"(?-i:[A-Z][a-z'’-]+)\b(?!'s\b)(?!\W+(?i:it'?s|its|this is|i'?m|im) (?i:her|his|their) )"
)
NO_ONE_CALLED = (
    r"\b(?:don'?t|do not|dont) know (?:any(?:one|body)|a|who|no ?one) (?:called|named|by (?:that|the) name)\b"
    r"|\bno ?(?:one|body) (?:here )?(?:called|named|by (?:that|the) name)\b"
)
# Messages not safe or private on this phone: "It's not safe for me to get messages on this phone"
NOT_SAFE_ON_THIS_PHONE = (
    r"\b(?:not|isn'?t|isnt|aren'?t|arent|never) (?:safe|secure|private)\b(?:\s+\w+){0,6}?\s+(?:messages?|texts?|whats\s?app|"
    r"(?:this|my|the) (?:phone|mobile|number))\b"
    r"|\b(?:messages?|texts?|whats\s?app|(?:this|my|the) (?:phone|mobile))\s+(?:isn'?t|aren'?t|isnt|arent|is not|are not|"
    r"wouldn'?t be|would not be|not)\s+(?:safe|secure|private)\b"
)
# Someone else reads the phone: "my son has access to my phone", "the kids can read my messages" (not "my daughter
# reads my messages to me", which is how a yes may be read out)
OTHERS_READ_THE_PHONE = (
    r"\b(?:my\s+|the\s+|our\s+)?(?:partner|husband|hubby|wife|boyfriend|bf|girlfriend|gf|ex|fella|son|daughter|kids?|"
    r"children|mum|mam|mom|dad|mother|father|family|brother|sister|landlord|flatmate|housemate|he|she|they|someone else|"
    r"other people|people|everyone|anyone|others)\s+(?:reads|read|checks|check|goes through|go through|looks at|look at|"
    r"has access to|have access to|monitors|monitor|sees|can see|can read|could see|could read|can get into|"
    r"gets into|looks through|look through|goes on|go on|gets on|get on)\s+(?:(?:my|all my|our|this)\s+(?:phone|messages|"
    r"texts|whats\s?app|mobile)|everything)\b"
    r"(?!\s+(?:to|for|out(?: to)?) (?:me|us)\b)"
)
# Data worries: "I don't want my information on Meta's servers", "I don't trust Facebook with my data"
# (a question about it, "is my data safe with Meta?", is for the practitioner to answer)
DATA_WORRIES = (
    r"\b(?:meta|facebook|zuckerberg)\b(?:\s+\w+){0,3}\s+(?:data|servers?|information|details|privacy)\b(?![^?]*\?)"
    r"|\b(?:data|information|details|privacy)\b(?:\s+\w+){0,4}\s+(?:meta|facebook)\b(?![^?]*\?)"
    r"|\b(?:don'?t|do not|dont) trust (?:meta|facebook|zuckerberg|that app|the app|apps)\b"
)

# A phone that is monitored: "my texts are monitored", "my phone gets checked".
PHONE_MONITORED = r"\b(?:phone|messages|texts|mobile|calls) (?:is|are|gets|get) (?:monitored|checked|recorded|tapped)\b"

# Round 18: what "no more" may welcome the end of, the old way of being in touch ("no more missed calls", "no more
# voicemails", "no more phone tag"): not a refusal, and a reason beside a yes.
_NO_MORE_WELCOME = (
    r"(?:waiting|hanging|queu\w*|ringing round|being on hold|chasing|phone queues|letters|missed calls?|voicemails?|"
    r"answerphone messages|(?:playing )?phone tag|ringing the office|calling the office|calls to the office|"
    r"trips to the office|lost letters|hold music|paperwork)"
)
# Round 18: "never" said of someone else ("the council never texts me", "you never reply", "my social worker never
# rings") is a complaint, not a refusal; "you never contact me again" still refuses, and "he never wants texts", said
# for someone, still withdraws.
_SOMEONE_ELSES_NEVER = (
    r"(?:(?<!\byou )(?<!\bu )(?<!\bthey )(?<!\bcouncil )(?<!\bservices )(?<!\bworker )(?<!\bteam )(?<!\boffice )"
    r"(?<!\bnobody )(?<!\bstaff )(?<!\bpeople )"
    r"|(?=never(?:\s+\w+){1,3}?\s+(?:again|anymore|any more)\b))never"
)
# Round 18: "contact" as the children's family-time session ("we won't make contact on Friday", "he won't attend
# contact tomorrow"), which a negation beside it does not refuse; "don't contact me", "do not contact this number",
# "don't contact at all" and "don't contact on here" still do.
_CONTACT_SESSION = (
    r"contact(?!\s+(?:on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu|thurs|fri|sat|sun|"
    r"weekends?|the \d+\w*)|today|tonight|tomorrow|next|this (?:week|weekend|morning|afternoon|evening|time|month)|"
    r"sessions?)\b)"
)

# Round 18, for speed (what matches is unchanged): every alternative of _WITHDRAW and _SOFT_REFUSAL starts with \b, ^, a
# lookbehind that no word character ends, or a character that is not a word character, so none can start matching
# inside a word; and those that start with \b (after any lookarounds) first match a word character, so they can only
# start a word. The alternatives are grouped so: at most positions of a reply a cheap check fails before the long list
# is tried. tests/screening/test_screening_consent.py checks that every alternative still starts so.
_OFF_WORD = r"(?:(?<!\w)|(?!\w))"
_WORD_START = r"(?<!\w)(?=\w)"
_LEADS_WITH_BOUNDARY = re.compile(r"(?:\(\?<!(?:\\.|\[(?:\\.|[^\]])*\]|[^()\\])*\)|\(\?=(?:\\.|[^()\\])*\))*\\b")


def _starting_off_word(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The same pattern with its alternatives grouped by where they can start (above): same matches, fewer tries."""
    parts = top_level_alternatives(pattern.pattern)
    at_word_start = [part for part in parts if _LEADS_WITH_BOUNDARY.match(part)]
    elsewhere = [part for part in parts if not _LEADS_WITH_BOUNDARY.match(part)]
    grouped = _WORD_START + r"(?:" + "|".join(at_word_start) + r")"
    if elsewhere:
        grouped += r"|" + _OFF_WORD + r"(?:" + "|".join(elsewhere) + r")"
    return re.compile(grouped, pattern.flags)


_WITHDRAW_AS_WRITTEN = re.compile(
    # a reply that starts with "no" (but not "no problem", "no worries"…), or a bare "n"
    r"^\W*(?:no+|nope|nah+|naw|noo+|na+|nay|nae|n)\b"
    + _NOT_A_REFUSAL_AFTER_NO
    + r"(?!\s+more\s+" + _NO_MORE_WELCOME + r"\b)"
    # a "no" anywhere else ("ok no", "yes... actually no", "yeah nah") — but not "no problem", "no one",
    # nor the word in a question about it ("what if I say no?", "yes or no?")
    + r"|(?<!\bsay )(?<!\bor )(?<!\bsaying )\b(?:no+|nah+|nope)\b(?![-'])"
    + _NOT_A_REFUSAL_AFTER_NO
    + r"(?!\s*(?:one|1|body|matter|longer|offence|offense|joke|kidding|lie|time)\b)"
    # round 11: "no more waiting on hold", "no need to post anything" welcome the messages
    + r"(?!\s+more\s+" + _NO_MORE_WELCOME + r"\b)"
    + r"(?!\s+need\s+(?:to|for)\s+(?:post\w*|letters?|call\w*|ring\w*|phon\w*|visit\w*|come)\b)"
    + r"|\bno (?:thanks?|thank (?:you|u)|ty|thx|ta|cheers)\b"
    # stop (stretched or misspelt), unsubscribe and the SMS opt-out keywords
    r"|(?=s)(?<!\bnon )(?<!\bnon-)(?<!\bbus )(?<!\bthe )(?<!\bcan't )(?<!\bcant )(?<!\bwon't )(?<!\bwont )(?<!\bdoesn't )"
    r"(?<!\bdoesnt )(?<!\bsaying )(?<!\bsay )(?<!\breply )(?<!\btype )(?<!\bsend )(?<!\btext )"
    r"(?<!\bfull )(?<!\bdoes )(?<!\bwhat's )(?<!\bwhats )"
    # round 19: "full stop" after a yes, what STOP does, stopping something else the council gives ("will it stop my PA
    # money"), and the council stopping its calls ("you'll stop phoning me?", which asks for messages)
    r"(?!(?:(?<=\byou'll )|(?<=\byou will )|(?<=\bwill you )|(?<=\bu'll )|(?<=\byoull ))sto+p+\w*\s+(?:phoning|calling|ringing|"
    r"posting|sending letters|writing)\b(?!(?:\s+(?:me|us))?\s*(?:,|and\b|&|or\b|/)))"
    r"\b(?>sto+p+\w*)(?!\s+(?:at|over|with|round|by|in|off|smiling|laughing|grinning|thinking|worrying)\b)"
    r"(?!\s+(?:my|the|our|his|her|their)\s+(?:\w+\s+)?(?:money|benefits?|payments?|support|care|package|allowance|funding|"
    r"universal credit|pip|esa|direct payments?)\b)|\b(?:sotp|stpo)\b|\bunsubscribe\w*|\bunsub\b|\bopt(?:ing)?[ -]?out\b|\bcancel\w*(?!\s+(?:my|the|our|his|her|your)\s+(?:support|benefits?|appointment|visit|meeting|help|package|care|payments?)\b)"
    r"|^\W*end\W*$|^\W*quit\W*$|\bwithdr[ae]w\w*"
    # negated wanting, agreeing or being contacted: "don't want", "I never agreed", "pls dont msg"
    r"|\b(?:don'?t|dont|do not|dnt|didn'?t|didnt|" + _SOMEONE_ELSES_NEVER + r"|not|no longer|wont|won'?t|wouldn'?t|wouldnt|wudnt|wudn'?t|wdnt|"
    r"doesn'?t|doesnt)\s+(?:\w+\s+)?(?:want\w*"
    # round 19: not wanting another channel ("I don't want letters coming to the house"; not "letters or texts"), nor to
    # seem unhelpful ("I don't want to look like I'm not cooperating")
    r"(?!\s+(?:any\s+)?(?:letters?|post|calls|phone calls|visits|home visits)\b(?!\s*(?:,|or\b|and\b|&|/|nor\b|either\b)))"
    r"(?!\s+to\s+(?:look|seem|sound|appear|come across|be (?:rude|difficult|awkward|a pain|a nuisance|unhelpful)|cause|"
    r"make (?:a fuss|trouble)|upset|offend|miss)\b)"
    r"|wanna|wnt|wan|"
    r"consent\w*|agree\w*|accept\w*|message|msg|text|txt|" + _CONTACT_SESSION + r"|whatsapp|use|"
    r"like(?!\s+(?:phone calls|calls|ringing|the phone|talking on the phone|phoning|letters)\b)|give|allow|permit|send|"
    r"call me on|need (?:it|this|that|to|texts?|txts?|messages|msgs|whatsapp|them|these|those)|bother)\b"
    r"|\bdon'?t you dare\b|\bstp\b"
    r"|^\W*(?:please\s+|pls\s+)?(?:don'?t|dont|do not)\W*$"
    r"|\bnot\s+(?:interested|happy|comfortable|ok|okay|keen|consenting|agreeing)\b"
    r"(?!\s+(?:to wait|yet))"
    # refusing for now: "not now", "not at the moment", "not really"
    r"|\bnot\s+(?:right\s+)?now\b|\bnot at (?:the )?(?:moment|min|mo)\b|\bnot today\b|\bnot for now\b"
    r"|\bnot really\b(?!\s+(?:sure|know|understand|bothered|fussed|mind|sure))"
    r"|\b(?:definitely|absolutely|certainly|of course|course|def|defo|hell|god|deffo)\s+not\b|\bnot a chance\b|\bno chance\b"
    r"|(?<!\bsaid )(?<!\bsays )(?<!\btold me )(?<!\btold us )\b" + _SOMEONE_ELSES_NEVER + r"\b"
    r"(?!\s+(?:check|remember|answer|pick|been|get|hear|use|let|turn\w* down)\w*\b(?!(?:\s+\w+)?\s+(?:texts?|messages|msgs|whats\s?app)\b))"
    r"(?!\s*(?:mind|click\w*|open\w*|heard|knew|know|got|received|had|seen|been|used|share\w*|give\w* out|"
    r"reply\w* to (?:links|strangers)))|\bin your dreams\b|\bdream on\b|\bno need\b(?!\s+(?:to|for)\s+(?:post\w*|letters?|call\w*|ring\w*|phon\w*|visit\w*|come|send (?:letters|anything by post)))|\bnot needed\b"
    # another channel: "call me instead", "can you ring instead", "I'd rather you rang", "email is better"
    r"|\b(?:call|phone|ring|email|e-mail|write|post|letter|text|sms)\w*\b(?:\s+\S+){0,4}?\s+instead\b"
    r"(?<!\bother phone instead)(?<!\bnew phone instead)(?<!\bother number instead)(?<!\bnew number instead)"
    r"|\binstead of (?:whatsapp|messages|texts?)\b"
    r"|\brather (?:you |u )?(?:just )?(?:phoned|called|rang|rung|phone|call|ring|wrote|write|email\w*|use|didn'?t|not)\b"
    r"|\bprefer\w*\s+(?:not|you didn'?t|you did not)\b|\bprefer\w*\s+(?:a\s+)?(?:phone|call|calls|letters?|post|e-?mails?|to be (?:called|phoned|rung))\b"
    # ... but "a text is easier than a call", "texts are better for me" agree to messages (round 9): a text is one of the
    # channels asked about; only texts preferred to WhatsApp or "here" refuse this one
    r"|\b(?!(?:texts?|sms)\s+(?:is|are|'?s|would be|'?d be)\s+(?:better|easier|best)\b(?!\s+than\s+(?:whats\s?app|this|here|wa)\b))"
    r"(?:phone|calls?|e-?mails?|letters?|post|texts?|sms)\s+(?:is|are|would be|'?s|'?d be)\s+(?:better|easier|best)\b"
    r"|\b(?:use|by)\s+(?:e-?mail|post|letter|phone)\s+(?:instead|not|only)\b|\bnot (?:on )?whatsapp\b"
    # another channel asked for in other words (consent_unseen4): "I would prefer you call", "only phone me",
    # "letters only please", "Not on here please"
    r"|\bprefer\w*\s+(?:it\s+)?(?:if\s+)?(?:you|u)\s+(?:to\s+)?(?:just\s+)?(?:call|phone|ring|rang|rung|e-?mail|write|wrote|"
    r"text|sms|post|send a letter|visit)\w*\b"
    # ... but not "my phone only works on wifi" nor "is it ok if I only text on here?"
    r"|\bonly\s+(?:by\s+|via\s+|through\s+)?(?:call|phone|ring|e-?mail|letters?|post|sms|texts?|in person|face to face)\w*"
    r"(?=\s+(?:me|us)\b|\W*$|\W+(?:please|pls|plz|thanks|thank you|ta|cheers|x+|ok|okay|mate|from now|in future)\b)"
    r"|\b(?:calls?|phone(?:\s+calls?)?|ringing|e-?mails?|letters?|post|sms|texts?|in person|face to face)\s+only"
    r"(?=\W*$|\W+(?:please|pls|plz|thanks|thank you|ta|cheers|x+|ok|okay|mate|from now|in future)\b)"
    r"|\bnot\s+(?:on|via|by|over|through)\s+(?:here|this(?:\s+(?:app|number|thing))?|whats\s?app|wa)\b"
    r"|\bno\s+(?:more\s+)?(?:whats\s?app|messages?|msgs?|texts?|txts?|contact)\b"
    # go away, in words or in rude words
    r"|\bleave (?:me|us) (?:alone|be)\b|\b(?:remove|delete)\s+(?:me|us|my (?:number|details|no))\b"
    r"|\btake (?:me|us|my (?:number|details)) off\b|\bwrong (?:number|person|no)\b"
    r"|\b(?:f|fuck|piss|sod|bugger|eff|jog)\s+off\b|\bjog on\b|\blose (?:my|this) number\b|\bhell freezes over\b|\bhard pass\b|\bget lost\b|\bdo one\b|\bgo away\b"
    r"|\bchanged? my mind\b(?<!might change my mind)(?<!may change my mind)|\bno more\b(?!\s+" + _NO_MORE_WELCOME + r"\b)|\bnever said yes\b"
    r"|\brefuse\w*\b|\bobject\b|\bdeclin\w*\b|\brevoke\w*\b"
    # round 12 (consent_unseen11): "not this number", "take it back", "count me out", "opt me out", "nt intrstd", a
    # request for the post, distrust of phones, the person has died
    r"|\bnot (?:this|that) (?:number|phone)\b|\btake (?:it|that|my (?:yes|consent|answer)) back\b|\bcount (?:me|us) out\b"
    r"|\bopt (?:me|us|him|her) out\b|\bn[o0]?t\s+int\w*st\w*d\b|\btake (?:it|this|this number|the number|him|her|them) off\b"
    r"|\bsend (?:it|things|everything|them|letters?|stuff|it all) (?:by|in the|through the) post\b"
    r"|\b(?:don'?t|do not|dont) trust (?:phones|texts|messages|whats\s?app|mobiles)\b|\bpassed away\b"
    # round 9 (consent_unseen6): a decision to refuse in words, "I'm going to say no", "I'll pass", "give it a miss";
    # not wishing to receive; the number is someone else's now; taking a number off; sarcasm ("like I'm gonna let you")
    r"|\b(?:i'?ll|ill|i will|i'?m going to|im going to|i am going to|i'?m gonna|im gonna|gonna|i have to|i'?ve got to|i must|"
    r"i'?d|i would|i'?m|i am|going to)\s+(?:have to\s+|just\s+|politely\s+|respectfully\s+|kindly\s+)?say no\b"
    r"|\b(?:i'?ll|ill|i will|i'?m going to|im going to|i'?m gonna|im gonna|i think i'?ll|i'?d better|i'?d)\s+(?:have to\s+|just\s+)?"
    r"(?:pass|give (?:it|this|them|that) a miss|sit this (?:one )?out)\b|\bgive (?:it|this|them) a miss\b"
    r"|\b(?:do not|don'?t|dont|no longer|not) (?:wish|want) to (?:receive|get|be (?:contacted|messaged|texted))\b"
    r"|\b(?:do not|don'?t|dont|no longer) wish to\b"
    r"|\b(?:remove|delete|take)\s+(?:this|the|that)\s+(?:number|phone|mobile)\b"
    r"|\b(?:isn'?t|is not|isnt|not|no longer)\s+(?:(?:[a-z]+\.?\s+)?[a-z]+'s|his|her|their)\s+(?:phone|number|mobile)\b"
    r"|\b(?:changed|got a new) (?:her|his|their) (?:number|phone)\b"
    r"|\blike (?:i'?m|im|i am) (?:ever )?(?:gonna|going to) (?:let|agree|say yes|allow|want)\b|^\W*as if\b"
    r"|\b(?:can'?t|cannot|can not|cant|cannae|canny|don'?t|dont|do not) (?:really )?(?:read|do|use|see|manage|cope with|get on with|"
    r"get along with|understand|work) (?:(?:these|those|the|all these|all this) )?"
    r"(?:texts?|messages|whatsapp|text messages|phones?(?!\s+calls?\b)|technology|tech|apps|smartphones|mobiles|"
    r"(?:text|texting|phone|whatsapp|mobile) (?:things|stuff|malarkey|business))\b"
    # round 19: the landline asked for ("please ring the landline")
    r"|\b(?:please|pls|just) (?:ring|call|phone) (?:me on )?(?:the|my) (?:landline|home phone|house phone)\b"
    r"|\btoo (?:poor|bad|weak|far gone) (?:for|to read) (?:texts?|messages|whatsapp|phones?|reading)\b"
    # round 11 (consent_unseen10, written to be refusals easy to miss): another channel in other words ("you'll have to
    # ring", "a phone call please", "post is fine", "put everything in a letter", "stick to ringing the duty line", "keep
    # things face to face"); someone else to be contacted; the phone not the person's own, shared, read by a partner or a
    # work phone; can't read or afford messages; "that won't work for me"
    r"|\b(?:you'?ll|you will|u'?ll|you'?d|you would) (?:have|need) to (?:ring|call|phone|write|visit|post)\b"
    r"|^\W*(?:a\s+)?(?:phone call|call|ring|letter|visit|home visit)s?\s+(?:please|pls|instead|only)\b"
    r"|(?<![\w'])(?:a\s+)?(?:phone call|call|letter|visit)s?\s+(?:please|pls)\W*$"
    r"|\b(?:post|letters?|a letter|the phone|phone calls?|calls|e-?mails?|a visit|visits) (?:is|are|'?s|would be) (?:fine|ok|okay|"
    r"best|better|the only)\b"
    r"|(?<!\bneed to )\bpost (?:things|it|everything|them|stuff|it all) (?:out|to me)\b|\bput (?:everything|it|things|it all|that) in (?:a letter|"
    r"writing)\b|\bonly (?:thing|way) (?:i'?ll|i will|i) (?:see|read|get|check)\b"
    r"|\b(?:communication|contact|everything|things|correspondence|updates)\b(?:\s+\w+){0,5}\s+(?:by|through|via) (?:post|letter|"
    r"phone|e-?mail|my \w+)\b"
    r"|\b(?:should|must|to|has to|needs to) go through (?:my|her|his|their|the) \w+"
    r"|\brather\b(?:\s+\w+){0,8}\s+by (?:phone|post|letter|e-?mail)\b|\brather than (?:texting|messaging|whats\s?app\w*|texts?|"
    r"messages)\b"
    r"|\b(?:phone|ring|call) (?:ma|my|me on (?:the|my)) landline\b"
    r"|\b(?:can'?t|cannae|canny|cannot|can not) (?:be )?(?:doing|doin|be bothered) (?:wi|with|wiv) (?:texts?|messages|whats\s?app|phones?)"
    r"|\bstick (?:to|with) (?:ringing|calling|phoning|the phone|letters|visits|the duty line|face to face|post|phone calls|"
    r"calls|e-?mails?)\b|\bkeep (?:it|things|everything) to (?:phone calls|calls|letters|post|e-?mails?|visits)\b"
    r"|\bkeep(?:ing)? (?:things|it|everything) (?:face to face|to (?:visits|calls|the phone|letters))\b"
    r"|\b(?:please\s+)?(?:contact|speak to|talk to|message|ring|call) (?:her|him|them|my (?:daughter|son|wife|husband|partner|mum|"
    r"dad|sister|brother|solicitor|advocate|carer|key ?worker)),?\s+(?:instead|not (?:me|this number|this phone))\b"
    r"|\bplease (?:contact|speak to|talk to) my (?:daughter|son|wife|husband|partner|solicitor|advocate|carer)\b"
    r"(?!(?:\s+\w+){0,3}?\s+(?:too|as well|also)\b)"
    r"|\b(?:doesn'?t|does not|don'?t|no longer) live here\b|\bnot passing (?:messages|them|it|anything) on\b"
    r"|\b(?:this|the) number belongs to\b|\b(?:remove|delete) it\W*$"
    r"|\b(?:work|works|business|company|shared|family) (?:phone|mobile|number)\b(?:\s+\w+){0,3}\s+(?:can'?t|cannot|not)\b"
    r"|\bcan'?t have (?:council|social|your|\w+) (?:stuff|things|messages|texts)\b"
    r"|\bcan'?t (?:afford|pay) (?:to )?(?:reply|text|the data|data|credit)\b|\bcan'?t read (?:very |that )?(?:well|much)\b"
    r"|\b(?:eyes|eyesight|sight) (?:aren'?t|isn'?t|is not|are not|not) (?:up to|good enough for|good for) (?:reading )?"
    r"(?:texts?|messages|phones?)\b|\bbarely (?:look at|use|check) my phone\b"
    r"|\b(?:that|this|it) (?:won'?t|wont|will not|doesn'?t|does not) (?:work|suit)(?: for)? (?:me|us)\b"
    r"|\blike (?:i|we) (?:want|need) (?:social services|the council|you|your|texts|messages)\b"
    # round 10 (consent_unseen8): only through someone else, preferring a visit, "please don't, …"
    r"|\bonly (?:contact|speak to|talk to|deal with|get in touch with) (?:me |us )?(?:through|via|by) \w+"
    r"|\bprefer\w*\s+(?:that |if )?(?:you|u) (?:didn'?t|did not|don'?t|do not|wouldn'?t)\b"
    r"|\bprefer\w*\s+(?:a\s+)?(?:home\s+)?(?:visits?|face to face|in person|meeting|to meet)\b"
    r"|\b(?:i'?d|i would|we'?d|we would) rather (?:have |get |do )?(?:a\s+)?(?:home\s+)?(?:visits?|calls?|phone calls?|letters?|"
    r"face to face|in person)\b"
    r"|^\W*(?:please\s+|pls\s+)?(?:don'?t|dont|do not)\s*[,.!;:\-–—]"
    r"|\bnot interested\b|\bnot for (?:me|us)\b|\bblock(?:ed|ing)? (?:you|this|u)\b"
    # round 17 (consent_unseen14): refusals worded without "no" or "stop".
    # Contact only in writing; rarely on the app or the phone at all
    r"|\bonly (?:want|accept)\w*\b(?:\s+\w+){0,3}?\s+(?:in writing|by (?:post|letter|phone|e-?mail)|letters|"
    r"phone calls|calls|visits|face to face|in person)\b"
    r"|\b(?:communication|contact|correspondence|everything|things|updates)\b(?:\s+\w+){0,4}\s+in writing\b"
    r"|\b(?:want|need|prefer|like)\w*\s+(?:(?:it|everything|things|it all|that|them)\s+)?in writing\b"
    r"|\bin writing (?:only|from now on|in future)\b|\bonly in writing\b"
    r"|\b(?:hardly|rarely|barely|seldom) (?:ever )?(?:on|use|check|look at|read|open|go on) (?:whats\s?app|wa|my phone|"
    r"texts?|messages|my messages|the phone)\b"
    + r"|" + NUMBER_TO_BE_DELETED + r"|" + NOT_NAMED_PERSON + r"|" + NO_ONE_CALLED + r"|" + NOT_SAFE_ON_THIS_PHONE + r"|" + OTHERS_READ_THE_PHONE
    + r"|" + DATA_WORRIES
    # "best not", "better not" as the answer (not "best not to message after six", a limit on when)
    + r"|^\W*(?:(?:ok|okay|sorry|um|erm|hmm|oh|ah|well|thanks|thank you)\W+){0,3}"
    r"(?:(?:probably|prob|i think|think it'?s|it'?s|its|i'?d|id|i had|maybe)\s+)?(?:best|better) not\b(?!\s+to\b)"
    # rude dismissals: "pack it in", "knock it off", "bog off", "mind your own business"
    r"|\b(?:pack|knock|cut) it (?:in|out|off)\b|\b(?:bog|clear|buzz|naff|push|shove|sling) off\b|\bgive (?:it|over) a rest\b"
    r"|\bgive over\W*$|\bmind your own\b|\bsling your hook\b|\bget off my (?:phone|case|back)\b"
    # round 17, probing its own classes: another channel suiting better, talking on the phone preferred, consent or
    # permission not given, "not doing that", "not a fan" (not "not a fan of phone calls"), "not this time", "forget it",
    # "you can't have my number", a phone that is monitored, keeping things as they are
    r"|\b(?:phone calls?|calls|letters?|post|e-?mails?|visits?|the phone) (?:suit|suits|work|works) (?:me |us )?(?:better|best)\b"
    r"|\bprefer\w* (?:talking|speaking|chatting) (?:on|over) the phone\b|\bmore of a (?:phone|face to face) person\b"
    r"|\b(?:permission|consent) (?:is )?(?:not given|not granted|refused|denied|withheld)\b"
    r"|\b(?:i'?m |im |i am )?not (?:doing|having) (?:this|that|whats\s?app|texts|messages|any of (?:this|that))\b"
    r"|\b(?:won'?t|will not|wont) be doing (?:this|that|whats\s?app)\b"
    r"|\bnot (?:a|much of a|really a|the biggest) fan\b(?!\s+of\s+(?:phone calls|calls|the phone|ringing|letters|post|e-?mails?|"
    r"phoning|being rung|voicemail|visits)\b)"
    r"|^\W*not this time\b|^\W*(?:just |oh )?forget it\b"
    r"|\b(?:can'?t|cannot|can not|are not|aren'?t|you'?re not|not) hav(?:e|ing) my (?:number|details|phone number|mobile)\b"
    + r"|" + PHONE_MONITORED
    + r"|\brather (?:just )?(?:keep|leave) (?:things|it|everything) (?:as (?:they are|it is)|the same|how (?:they are|it is))\b"
    r"|\bwind your neck in\b|\bget stuffed\b|\b(?:shove|stuff|stick) it(?: up your \w+| where the sun \w+ shine)?\W*$"
    r"|\bover my dead body\b|\btake a hike\b|\bbile yer heid\b|\bnot on your (?:nelly|life)\b|\bsod (?:that|this)\b"
    # deciding to leave it: "I'll leave it thanks", "think I'll leave it", "I'll give it a swerve" (not "I'll leave it to
    # you", "leave it with me")
    r"|(?=(?:i|t|g|^))(?:\b(?:i'?ll|ill|i will|i think i'?ll|think i'?ll|i'?d better|i'?m going to|im going to|gonna|i'?d "
    r"rather|i'?d prefer to|i might) (?:just )?|^\W*)leave it\b(?!\s+(?:to|with|up|for|till|until|there|on|open|at|in|as|like|a|for now|"
    r"until|while|there|here|till)\b)|\b(?:give it|giving it) a (?:body )?swerve\b"
    # discomfort with this channel: "I don't feel comfortable with this", "I'm uncomfortable with messages" (not "with
    # calls", which may ask for texts)
    r"|\b(?:don'?t|do not|dont) feel (?:comfortable|happy|ok|okay|right) (?:with|about) (?:this|that|it|messages|texts|"
    r"whats\s?app|being)\b|\buncomfortable (?:with|about) (?:this|that|it|messages|texts|whats\s?app|being)\b"
    r"|\b(?:isn'?t|is not|isnt|aren'?t|are not|not really) for (?:me|us)\b"
    r"|\b(?:this|my) (?:number|phone|mobile) (?:is not|isn'?t|isnt|is no longer|should not be|shouldn'?t be) (?:to be )?used\b"
    # the person's safety: "my husband can't know about this", "he'd kill me if he saw these", "keep this secret from him"
    # (not "as long as my ex can't …", a condition)
    r"|\b(?=(?:he|she|they|partner|husband|wife|boyfriend|girlfriend|ex|family|dad|mum) )(?<!\bas long as )"
    r"(?<!\bas long as my )(?<!\bif )(?<!\bif my )(?<!\bprovided )(?<!\bprovided my )"
    r"(?:he|she|they|partner|husband|wife|boyfriend|girlfriend|ex|family|dad|mum) (?:can'?t|cannot|mustn'?t|must not|"
    r"shouldn'?t|can not) (?:ever )?(?:know|find out|hear) (?:about )?(?:this|these|them|it|the messages|you|that you)\b"
    r"|\b(?:kill|hurt|batter|go mad|go mental|flip|kick off)\w*\b(?:\s+\w+){0,2}?\s+if (?:he|she|they|my \w+) (?:saw|sees|see|"
    r"found|finds|read|reads)\b|\bkeep (?:this|it|these|them) (?:a )?(?:secret|hidden|quiet) from\b"
    # another channel asked for in a few more words: "send me a letter", "I'd like a letter", "just call", "please go
    # through my advocate", "contact my daughter about this, not me"
    r"|(?<!\balso )\bsend (?:me |us )?(?:a letter|letters)\b(?!(?:\s+\w+){0,3}?\s+(?:too|as well|also)\b)"
    r"|\b(?:i'?d|i would|we'?d|we would) (?:like|prefer) (?:a |to get |to have )?"
    r"(?:letters?|a phone call|phone calls|calls|an? e-?mail|e-?mails|a visit|visits|home visits)\b"
    r"|\bjust (?:have|get|send) (?:letters|calls|phone calls|e-?mails|post)\b"
    r"|\bwrite to (?:me|us) (?:at (?:home|my address|this address|the house)|by post|in the post)\b"
    r"|^\W*(?:please\s+|pls\s+)?just\s+(?:ring|call|phone)(?:\W+(?:please|pls|thanks|thank you|ta|instead|x+))*\W*$"
    r"|\bplease just (?:ring|call|phone)\b"
    r"|\bgo(?:es)? through (?:my|her|his|their) (?:advocate|solicitor|lawyer|carer|key ?worker|support worker|daughter|son|"
    r"wife|husband|partner|mum|dad|sister|brother|social worker|representative|appointee)\b"
    r"|\b(?:contact|speak to|talk to|message|ring|call|text|e-?mail|write to|deal with) (?:her|him|them|my (?!(?:other|new|"
    r"second|old|work|personal|home|landline|mobile|phone|number|e-?mail)\b)\w+(?: \w+)?)"
    r"(?:\s+\w+){0,3}?,?\s+(?:instead|not (?:me|this number|this phone|here))\b"
    # a refusal in emoji: ❌ ✖ 👎 🚫 ⛔ 🛑 🙅 🖕
    "|[\u274c\u2716\U0001f44e\U0001f6ab\u26d4\U0001f6d1\U0001f645\U0001f595]"
    # a refusal in another language (the table below)
    + r"|(?<![\w'])(?:" + "|".join(_NO_ANYWHERE) + r")(?![\w'])"
    + r"|^\W*(?:" + "|".join(_NO_ALONE) + r")(?:\W+(?:" + "|".join(_THANKS_ELSEWHERE) + r"|thanks|thank you|thx|ta|x+))?\W*$",
    re.IGNORECASE,
)
_WITHDRAW = _starting_off_word(_WITHDRAW_AS_WRITTEN)

# Words that on their own say yes. Typos and text-speak included; "ok", 👍 and "no worries" are not here:
# they may only acknowledge the message.
_YES_WORD = (
    r"y|y+e+s+|yse|yas+|ye+|yeh|yea+h*|ya+h*|yh|yep+|yup+|aye|yes please|sure|sure thing|"
    r"defo|deffo|definitely|definately|defiantly|absolutely|certainly|of course|ofc|course|"
    r"(?:of )?course (?:you|u) can|go ahead|go on then|go for it|please do|pls do|"
    r"(?:i'?m |i am )?happy to(?: (?:keep in touch|chat|talk|be contacted|be messaged|hear from you|use (?:it|whatsapp|this number|"
    r"this phone|my number)))?"
    r"(?: (?:(?:on|via|by|through|over) )?(?:here|whatsapp|this number|text))?|"
    r"i (?:do )?agree|i (?:do )?consent|i give (?:my )?(?:consent|permission)|agreed|consent given|i accept|"
    r"you have my (?:consent|permission)|i agree to (?:this|that|it)|i consent to (?:this|that|it)|"
    r"(?:you can|u can|you may|feel free to) (?:message|msg|text|contact|whatsapp) me(?: about (?:him|her|them|[a-z]+'?s?))?"
    r"(?: (?:on )?(?:here|whatsapp|this number)| this way)?|"
    # consent_unseen5: "happy for you to use WhatsApp", "happy to receive messages this way", "its fine for you to
    # message me", "I agree to WhatsApp"; round 21: "happy for you to text" (no object)
    r"(?:i'?m |im |i am )?happy (?:to (?:receive|get) (?:messages|texts|msgs|whatsapp messages|text messages|whatsapps)|"
    r"for (?:contact|messages|texts) (?:by|via|on|through|over) (?:whats\s?app|text|here)(?: (?:and|or|&) (?:text|texts|"
    r"whats\s?app|sms))?|for (?:you|u) to (?:use|message|msg|text|contact|"
    r"whatsapp)(?: (?:me|whatsapp|it|this))?)(?: (?:this way|on here|on whatsapp|here|by whatsapp|via whatsapp|about (?:him|her|them|"
    r"[a-z]+'?s?)))*|"
    r"(?:(?:it'?s|its|it is|that'?s|thats) )?(?:fine|ok|okay|alright) for (?:you|u) to (?:message|msg|text|contact|whatsapp) me"
    r"(?: (?:on here|on whatsapp|here|about (?:him|her|them|[a-z]+'?s?)))*|"
    r"i (?:do )?agree to (?:whatsapp|whats app|messages|messaging|being (?:contacted|messaged))(?: (?:messages|messaging|"
    r"contact))?|"
    + "|".join(_YES_ELSEWHERE) + "|"
    r"(?:that'?s|thats|that is|it'?s|that'?s all) (?:fine|ok|okay|good|alright) (?:with|by) me|(?:fine|ok|okay) (?:with|by) me|"
    r"sounds good|(?:that|it)(?: would|'?d) be (?:great|good|fine|helpful|easier|better|lovely)(?: for me)?|"
    # round 17: "sounds great to me", "that'll be fine", "that'd help loads", "happy with that", "we agree", "you may"
    r"sounds (?:good|great|fine|perfect|lovely|grand|brilliant|ideal)(?: to (?:me|us))?|"
    r"(?:that|it)(?:'?ll| will) be (?:fine|great|good|grand|perfect|lovely|ok|okay|brilliant|helpful|handy|easier)(?: for me)?|"
    r"(?:that|it)(?: would|'?d|'?ll| will) help(?: (?:loads|a lot|lots|massively|me|us))?|"
    r"(?:(?:i'?m|im|i am|we'?re|we are) )?happy with (?:that|this|it|whats\s?app|texts|messages|text messages)|"
    r"we (?:both |all )?(?:do )?(?:agree|consent)|"
    # round 9: "that suits me", "works for us", "fine wiv me", "on ye go", "yessir", "text away", "by all means"
    r"(?:that |this |it )?suits(?: (?:me|us))?(?: fine| well| perfectly| grand)?|(?:that |this |it )?works (?:for|with) (?:me|us)|"
    r"(?:fine|ok|okay|grand|good|sound) (?:wiv|wi|with|by) (?:me|us)|on (?:ye|you|u) go|yes+ ?sir|yes+ ?miss|by all means|"
    r"(?:text|message|msg|txt|whatsapp) away|"
    # round 10: "fire away", "be my guest", "that'd be handy", "perfectly acceptable", "go ahead and message"
    r"fire away|be my guest|crack on|(?:i'?m |im |i am )?up for (?:that|it|this)|(?:yes|yep|yeah) to (?:that|this|it)|(?:that|this|it) (?:is|'?s) (?:acceptable|agreeable)(?: to (?:me|us))?|"
    r"go ahead and (?:message|text|whatsapp|send)|"
    r"(?:that|it)(?: would|'?d) be (?:handy|useful|ideal|perfect|brilliant|grand|champion)(?: for (?:me|us))?|"
    r"(?:whats\s?app|on here|here) (?:is|would be|'?s) (?:fine|ok|okay|good|great|easier|better|best|the best (?:way|option))(?: for me)?|"
    r"(?:whats\s?app|on here|here|this way) (?:is|would be|'?s) (?:easiest|perfect|ideal)(?: for (?:me|us))?|"
    r"(?:whats\s?app|texts|messages|this|that) works? (?:best|well|fine|great)(?: for (?:me|us))?"
)
# Words that may surround a yes without changing it: thanks, ok, kisses, names, "no worries".
_AGREEMENT = (
    _YES_WORD + r"|please|pls|plz|plse|thanks|thank you|thank u|thankyou|thx|ty|ta|cheers|ok|okay|okey|okie|k|kk|fine|"
    r"no problem|no probs|no worries|no bother|not a problem|no problem at all|that'?s (?:fine|ok|okay|good|great|grand|"
    r"alright|perfect)|that is (?:fine|ok|okay|good)|thats (?:fine|ok|okay|good|great|alright|perfect)|"
    r"(?:this|it) is (?:fine|ok|okay)|(?:this|it)'?s (?:fine|ok|okay)|(?:by|with) me|all good|"
    r"i'?m (?:happy|ok|okay|fine|good) (?:with (?:that|this|it)|to|for you to)|"
    r"i am (?:happy|ok|okay|fine) (?:with (?:that|this|it)|to)|happy (?:with that|with this|for you to (?:message|contact|text) me)|"
    r"(?:you can|u can)|(?:i'?m |i am )?happy to be (?:contacted|messaged|texted|whatsapped)"
    r"(?: (?:on|via|by|through) (?:here|whatsapp|this number|text|texts|sms)(?: (?:and|or|&) (?:text|texts|whatsapp|sms|"
    r"messages|text messages?))?| this way)?|"
    r"(?:on |by |via )?whats\s?app|(?:you|u) may|no (?:problems|issues?|hassle|dramas?)(?: at all)?|"
    r"(?:on|via|by) (?:here|whatsapp)|(?:would be |that'?s |thats |it'?s )?(?:easier|better)(?: for me)?|i'?m ok with that|i am ok with that|"
    r"good|great|lovely|perfect|brilliant|grand|alright|cool|whynot|that'?s fine by me|"
    r"go on|then|tbh|mate|m8|hun|hon|hen|love|luv|babe|pal|bud|bro|darling|dear|chick|x+|xo+x*|"
    # round 9: regional and young people's agreement beside a yes: "yeah sound", "thats safe", "aye nae bother"
    r"sound|safe|nae bother|no bother at all|so it is|it is|bang on|spot on|lush|mint|sorted|deal|miss|sir|"
    r"that'?s|thats|that is|(?:wiv|wi) (?:me|us)|"
    r"(?:i'?d|i would) prefer (?:it|that)(?: actually)?|actually|to be honest|"
    r"sorry(?: for (?:the )?(?:late|slow) (?:reply|response))?|(?:this|that|it) is (?:ideal|perfect|great|brilliant|best)|"
    r"whatever (?:is |makes (?:it |things |life )?)?(?:easier|easiest|best|suits|works)(?: for (?:you|u|you lot|all of you|everyone))?|"
    # consent_unseen5: "YES I DO", "yes for me", joining words
    r"i do|for me|and|so|anyway|also|no objections?|"
    # round 12: "yes from me", "oh yes", "yes 100%", "no worries at all", "yes I can do that", "yes is ok for me"
    r"from (?:me|us)|oh|ooh|ah|well|100|hundred percent|at all|(?:i )?can do(?: that)?|is (?:ok|okay|fine|good|grand)|"
    # round 17: regional words of endearment and approval beside a yes ("Yes fine pet", "yes bab", "Aye, that's braw",
    # "yeah thats cool innit", "Aye, grand job", "Yes my love that's fine")
    r"pet|petal|bab|babs|duck|me duck|flower|chuck|lovey|sweetheart|sweetie|my (?:love|dear|darling|lovely|duck|pet|flower)|"
    r"innit|grand job|good job|nice one|smashing|champion|fab|braw|magic|ace|"
    # round 18: more approval and address beside a yes ("yes innit thats calm", "yes bet", "yeah sweet", "that's cushty",
    # "Aye, that'll do me", "yes surely", "yes finally", "yeah lad", Scouse "yes la" — only after a yes, since "la" alone
    # is the Arabic no), and laughter
    r"calm|bet|say less|sweet|cushty|tidy|wicked|cracking|class|quality|blinding|proper|nice|surely|finally|at last|"
    r"(?:that|this|it)(?:'?ll| will|'?d| would) do(?: (?:me|us|nicely|fine|me fine|grand|perfectly))?|(?:that|this) does (?:me|us)|"
    r"lad|lads|lass|bruv|fam|boss|chief|our kid|kidda|(?<=yes )la|(?<=yeah )la|(?<=aye )la|(?<=yeh )la|"
    r"lol|lool|haha+|ha ha|hehe+|lmao|"
    # round 19: more address and northern approval ("yes man", "Aye that's reet", "aye pet that's canny" — "canny" only
    # after "that's", since alone it may be the Scots "can't"), "yeah sound la", "full stop", "by the way", and this
    # channel said to be fine in other shapes ("Ok for message", "fine for texts")
    r"man|dude|(?:that'?s|thats|it'?s|its) (?:reet|canny|belter|class|bostin)|reet|(?<=sound )la|full stop|period|"
    r"by the way|btw|(?:ok|okay|fine|good|alright) (?:for|with) (?:messages?|texts?|text messages?|whats\s?app|texting|messaging)|"
    # round 18: this channel named or preferred beside a yes ("yes texts please", "Yes, I'd rather text anyway", "id much
    # rather message than talk on the phone")
    r"(?:on |by |via )?(?:texts?|text messages?|sms|messages)|"
    r"(?:i'?d|id|i would|we'?d|we would) (?:much |far )?rather (?:text|message|msg|whatsapp|have texts|have messages|"
    r"get texts|get messages|use whatsapp|use text|texts|messages)(?: than (?:talk|talking|speak|speaking|ring|ringing|call|"
    r"calling|phone|phoning|letters|post)(?: on the phone| by phone| to someone)?)?|"
    + "|".join(_THANKS_ELSEWHERE + _OK_ELSEWHERE)
)
# A harmless reason or who is writing may come with a clear yes without changing it (consent_unseen5): "yes its fine,
# its my own phone", "Yes I'm his mum and you can message me", "yes please, easier than phone calls cos of my hearing",
# "I use WhatsApp all the time anyway". Taken out only after the refusal and hedge checks have read the whole reply, so
# "yes I'm his mum but only about appointments" is still unclear.
# Who is writing, or whose phone it is: with it taken out, the rest must agree in more than a bare or polite yes ("yes
# I'm Sarah's mum" may answer "is this Sarah's mum?", "yes its my own phone" "is this your own phone?").
_IDENTITY_BESIDE_YES = re.compile(
    r"\b(?:"
    r"(?:i'?m|im|i am|it'?s|its|this is) (?:his|her|their|the (?:child'?s|kids'?|children'?s)|[a-z]+'?s) (?:mum|mam|mom|mummy|"
    r"mother|dad|daddy|father|nan|nana|nanna|gran|granny|grandma|grandmother|grandad|grandpa|grandfather|guardian|special "
    r"guardian|carer|foster (?:mum|dad|carer|parent)|aunt|auntie|aunty|uncle|sister|brother|step ?mum|step ?dad|stepmother|"
    r"stepfather|parent|"
    # round 21: an adult's family writing ("yes I'm her son, you can message me", "Im his wife and you can message me")
    r"son|daughter|grandson|granddaughter|niece|nephew|husband|wife|partner|next of kin)"
    r"(?: and (?:his|her|their) (?:guardian|special guardian|carer))?|"
    r"(?:it'?s|its|it is|this is|this'?s) my (?:own )?(?:phone|number|mobile|personal (?:phone|number|mobile))|"
    # round 9: "Ellie's dad here"
    r"(?:his|her|their|[a-z]+'?s) (?:mum|mam|mom|dad|nan|gran|grandad|carer|foster (?:mum|dad|carer)|auntie|aunty|uncle) here|"
    # round 18: "Dad of Maja and Kacper", "mum to Tia" signed at the end
    r"(?:mum|mam|mom|mother|dad|father|nan|nana|gran|granny|grandma|grandad|grandpa|carer|guardian|foster (?:mum|dad|carer)|"
    r"auntie|aunty|uncle|step ?mum|step ?dad) (?:of|to) [a-z']+(?: (?:and|&) [a-z']+)?"
    r"(?: (?:thanks|thank you|ta|cheers|x+|please|pls|ok|okay|mate|love|hun))*$"
    r")\b"
)
_AGREES_BEYOND_YES = re.compile(
    r"\b(?:fine|happy|agree|consent|you can|u can|for me|message me|go ahead|of course|definitely|absolutely)\b"
)
# A reason for saying yes, which only goes with consent.
# Round 18: the free end of a reason names no other channel, no request and no other person who might read or find
# ("been at the hospital, can you call me", "my son set it up so he can read them", "easier for my ex to find me").
_PLAIN_TAIL = (
    r"(?![a-z0-9' ]*\b(?:call|ring|rang|phone|visit|letters?|e ?mail|post|write|ex|partner|husband|wife|boyfriend|"
    r"girlfriend|he|she|him|they|them|can you|could you|will you|would you)\b)[a-z0-9' ]"
)
_REASON_BESIDE_YES = re.compile(
    r"\b(?:"
    # round 9: any reason given last ("as I work shifts", "saves me ringing the office", "easier than phoning", "thank
    # you for everything"): the refusal, hedge and question checks have already read it
    r"(?:as|cos|coz|because|cause|since|bc) (?:i'?m|im|i am|i|we|we'?re|my|it'?s|its|that'?s) [a-z' ]{1,60}$|"
    r"saves (?:me|us) [a-z0-9' ]{1,60}$|"
    # round 19: the channel as the subject ("text is easier for me than the phone anyway"), a longer comparison
    r"(?:it'?s |its |a |an |(?:text|texts|texting|messages|messaging|whatsapp|this way|on here)(?:'s| is| are|'?s) )?"
    r"(?:easier|better|quicker|simpler|handier)(?: for (?:me|us))? than [a-z0-9' ]{1,60}$|"
    r"(?:(?<=easier )|(?<=better )|(?<=handier )|(?<=simpler ))(?:with|what with|around|round|for) [a-z' ]{1,40}$|"
    r"(?:been|was|i'?ve been|i was) (?:at work|busy|working|out|away|on shift)(?: [a-z' ]{1,40})?$|"
    # round 18: where the writer has been, how they get the messages, the old way ended, what it will help with:
    # "been at the hospital with mum all day", "my granddaughter set this up for me so I can read your messages", "I'm
    # on here all the time", "no more missed calls", "about time", "it will help with arranging visits"
    r"(?:been|was|i'?ve been|i was) (?:at|in) (?:the )?(?:hospital|doctors?|gp|dentist|school|college|uni|"
    r"court|jobcentre|job centre|appointments?|a funeral|bed|the gym)(?: " + _PLAIN_TAIL + r"{1,40})?$|"
    r"(?:been|was|i'?ve been|i was) (?:poorly|ill|sick|unwell|asleep|on holiday|driving|travelling|in bed)"
    r"(?: " + _PLAIN_TAIL + r"{1,40})?$|"
    r"(?:my|our) (?:[a-z]+ )?(?:son|daughter|grandson|granddaughter|grandaughter|niece|nephew|grandchild|grandkids?|kids?|"
    r"husband|wife|partner|friend|neighbour|sister|brother|carer|support worker) (?:has |have )?(?:set|put|installed|got|"
    r"downloaded|showed|shown)(?: me)? (?:this|it|whatsapp|the app|the phone|the phone up|me how)(?: up| on)?"
    r"(?: (?:for|on) (?:me|us|my phone|the phone))?(?:(?: so)? (?:i|we) can (?:read|see|get|check|answer|reply to|keep up with)"
    r"(?: " + _PLAIN_TAIL + r"{1,40})?)?$|"
    r"so (?:i|we) can (?:read|see|get|check|answer|reply to|keep up with)(?: " + _PLAIN_TAIL + r"{1,40})?$|"
    r"(?:i'?m|im|i am) (?:always |constantly |never off |forever )?on (?:here|whatsapp|whats app|wa|my phone|it|the phone)"
    r"(?: (?:all the time|all day|24 7|247|constantly|loads|a lot|every day|everyday|day and night))?(?: (?:anyway|lol|haha+))?$|"
    r"no more " + _NO_MORE_WELCOME + r"(?: " + _PLAIN_TAIL + r"{1,40})?$|"
    r"(?:about|high|bout) time(?: " + _PLAIN_TAIL + r"{1,60})?$|"
    r"(?:it|that|this)(?:'?ll| will| would|'?d) (?:help|make (?:it|things|life|everything|arranging things|arranging) "
    r"(?:easier|simpler|quicker|a lot easier|so much easier))(?: (?:with|for|to|me|us|when)(?: " + _PLAIN_TAIL + r"{1,60})?)?"
    r"(?: (?:thanks|thank you|ta|cheers|x+|please|pls|mate|ok|okay))*$|"
    r"(?:i'?m|im|i am) (?:non stop |always |so |really )?(?:busy|at work|working)(?: [a-z' ]{1,60})?$|"
    # round 19: where the writer is most days or now ("im at college most days", "I'm driving at the minute")
    r"(?:i'?m|im|i am) (?:at (?:college|school|uni|work|the hospital)|driving|on the bus|on the train)"
    r"(?: (?:most days|all day|a lot|at the minute|at the moment|right now|now|today))?$|"
    r"thank(?:s| you| u)(?: so much| very much)? for [a-z' ]{1,120}$|"
    r"(?:i|we) use (?:it|whatsapp|whats app|wa) (?:all the time|every day|everyday|a lot|loads|daily)(?: anyway)?|"
    r"(?:it'?s |its |it is |much |a lot |far )?easier(?: for me)? than (?:letters?|post|phone calls?|calls?|the phone|ringing|"
    r"emails?)(?: (?:or|and) (?:letters?|post|phone calls?|calls?|the phone|emails?))?|"
    r"(?:cos|because|coz|cause|as|due to) (?:of )?(?:my|me) (?:hearing|deafness|work|job|shifts|anxiety|speech|eyesight)|"
    r"(?:while|whilst) (?:i'?m|im|i am) (?:at work|working|on shift)|"
    # round 17: "Yes I'm happy for you to WhatsApp me instead of ringing the landline"
    r"instead of (?:ringing|calling|phoning|letters|post|phone calls|calls|the phone)(?: (?:me|the|my) ?(?:landline|office|"
    r"house phone|home phone)?)?(?: (?:thanks|thank you|ta|cheers|x+|please|pls|mate|ok|okay))*$"
    r")\b"
)
# Round 9 (consent_unseen6): replies written as letters or signed. A salutation ("Dear Social Worker,", "Hi Sarah,") and a
# sign-off ("Thanks, Sandra", "Kind regards, Mr D. Okafor", "from Ben") say who is writing, not what they agree to; they
# are set aside only when matching agreement, after the refusal and hedge checks have read the whole reply. A name must
# be capitalised, so "yes later" or "yes tuesday" never pass as one; days, months and times of day are never names.
_NOT_A_NAME = (
    r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|"
    r"September|October|November|December|Today|Tomorrow|Tonight|Morning|Afternoon|Evening|Weekend|Later|Soon|Sometimes|"
    r"Please|Thanks|Cheers|Yes|Yeah|Yep|Ok|Okay|No|Not|Maybe|Only|But|I|I'm|Im|It|It's|Its|This|That|The|My|Our|His|Her|"
    r"Their|You|We|Me|Us|Is|Am|Are|Fine|Good|Great|Happy|Sure|Him|Them|Son|Daughter|Mum|Dad|Phone|Number)\b)"
)
_NAME = _NOT_A_NAME + r"(?:[A-Z][a-z'’-]+|[A-Z]\.)"
_SALUTATION = re.compile(
    r"^\W*(?i:" + GREETING_WORDS + r")"
    r"(?:\s+(?:(?i:social worker|sir(?:/| or )madam|sir|madam|team|all|there|miss|mr|mrs|ms)\.?|" + _NAME + r")){0,3}"
    r"\s*[,.!:;\-–—]+\s*"
)
_SIGN_OFF = re.compile(
    # not a name said as who one is ("Yes it's Jenny" may answer "is this Jenny?"): that is _IDENTITY_BESIDE_YES's
    r"(?<!\b(?i:it's))(?<!\b(?i:its))(?<!\b(?i:i'm))(?<!\b(?i:is))(?<!\b(?i:im))(?<!\b(?i:am))"
    r"(?:[\s,.;:!\-–—]+(?i:(?:kind |best |warm(?:est)? |many )?(?:regards|wishes|thanks)|yours (?:sincerely|faithfully|truly)|"
    r"thanks|thank you|thank u|cheers|from|love|ta|all the best|take care))?[\s,.;:!\-–—]+"
    r"(?:(?i:mr|mrs|ms|miss|dr|mx)\.?\s+)?(?:[A-Z]\.\s*){0,2}" + _NAME + r"(?:[ -]" + _NAME + r")?(?:\s+\((?i:[a-z' ]{2,20})\))?(?:\s+x+)?\W*$"

)
# "This is Kayleigh, Ruby's mum": who is writing, set aside (like _IDENTITY_BESIDE_YES) only when the rest agrees in
# more than a bare yes.
_INTRODUCTION = re.compile(
    r"[\s,.;:!\-–—]+(?i:this is|it'?s|its) " + _NAME + r"(?:,?\s+[A-Z][a-z]+'s (?i:mum|mam|dad|nan|gran|carer|auntie|uncle))?"
    r"(?:\s+x+)?\W*$"
)
# Round 9: a sentence that is itself consent to being messaged ("Yes you can text me", "I consent to being contacted by
# text", "Yes to the messages", "messages are fine", "I'm fine with being texted") is consent wherever it stands in the
# reply, beside news or thanks ("Just got back from the hospital with mum. Yes to the messages, that works for us"): it
# names this channel and agrees to it, so it cannot be answering something else. Only after the refusal, hedge and
# question checks have read the whole reply.
_SAID_TO_MESSAGES = (
    r"(?:(?:you|u) (?:can|may|could)|feel free to|please|pls|go ahead and|"
    r"(?:(?:i'?m|im|i am|we'?re|we are) )?(?:happy|content|glad|fine|ok|okay|more than happy) for (?:you|u|the team|your team|"
    r"the council|you all|you guys|you lot|the social worker|my social worker) to|"
    r"(?:you|u) have my (?:permission|consent|ok) to|i give (?:you )?(?:my )?(?:permission|consent) (?:for (?:you|u) )?to)"
    r" (?:text|message|msg|txt|whatsapp|contact|send) (?:me|us)(?: (?:messages|texts|updates))?"
    r"(?: (?:(?:on|via|at|through|using|by) )?(?:here|this number|whatsapp|this phone|my phone|text|texts|text messages?|sms|message|"
    r"messages|this|it))?"
    r"(?: (?:whenever|any ?time|when you need|when you need to|if you need to|from now on))?"
    r"|(?:you can |u can |go ahead and |please )(?:text|message|whatsapp) (?:this|my) (?:number|phone|mobile)"
    r"|(?:i|we) (?:consent|agree) to (?:being |be )?(?:(?:receive|receiving|get|getting) )?(?:contacted|messaged|texted|whatsapped|"
    r"messages|texts|whatsapp(?: messages)?|text messages|contact|messaging|texting)(?: (?:from|by) (?:the |my |our )?[a-z]+(?: [a-z]+){0,3})?"
    r"(?: (?:by|via|on|through|over) (?:text|texts|sms|whatsapp|message|messages|here|this number))?"
    r"|(?:i'?m|im|i am|we'?re|we are) (?:fine|happy|ok|okay|good|content|agreeable) (?:with|about|to|for) (?:being )?"
    r"(?:texted|messaged|contacted|whatsapped|texts|messages|text messages|whatsapp(?: messages| texts)?|this arrangement|"
    r"that arrangement|this|that|(?:keep|keeping) in touch)(?: (?:and|or) (?:texts|messages|text messages|whatsapp))?(?: (?:this way|on here|by text|by whatsapp|by message|on this number|on whatsapp))?"
    r"|(?:i'?m |im |i am )?happy to (?:keep|stay) in touch (?:this way|on here|by text|by whatsapp|by message|on whatsapp)"
    r"|(?:i|we) (?:like|prefer) (?:text messages|texts|messages|whatsapp|texting|messaging)"
    r"|(?:i|we)(?: both| all)? (?:want|would like|'?d like|like) (?:the |your |these )?(?:updates|messages|texts)(?: (?:on here|by text))?"
    r"|(?:yes|yeah|yep) to (?:the )?(?:messages|texts|whatsapp|messaging|texting|text messages)"
    r"(?: (?:and|or) (?:the )?(?:messages|texts|whatsapp|messaging|texting|text messages|sms))?"
    # round 17: "I confirm my agreement to receive messages from my social worker by WhatsApp and text message", "fine
    # to use this number"
    r"|(?:i|we) (?:hereby )?(?:confirm|give|am giving|are giving) (?:my|our) (?:agreement|consent|permission) (?:to|for) "
    r"(?:receive|receiving|get|getting|being sent|you to send (?:me|us)) (?:the )?(?:messages|texts|text messages|"
    r"whatsapp messages|updates)(?: from (?:the |my |our )?[a-z]+(?: [a-z]+){0,3}?)?"
    r"(?: (?:by|via|on|through|over) (?:text|texts|sms|whatsapp|message|messages|text messages?|here|this number)"
    r"(?: (?:and|or) (?:text|texts|sms|whatsapp|message|messages|text messages?))?)?"
    r"|(?:(?:it'?s|its|it is|that'?s|thats) )?(?:fine|ok|okay|alright) (?:for (?:you|u) )?to (?:use|message|msg|text|contact|"
    r"whatsapp) (?:this number|my number|this phone|my phone|me|whatsapp)(?: (?:on here|on whatsapp|here))?"
    r"|(?:messages|texts|text|text messages|texting|messaging|whatsapp|whatsapp messages|this way|on here|a text|texts and messages)"
    r"(?: on here| by text| on whatsapp| this way)?(?:'s| (?:is|are|'?s|would be|will be)) (?:fine|ok|okay|good|great|grand|perfect|better|easier|best|brilliant)"
    r"(?: (?:for|with|by) (?:me|us))?"
    r"|(?:text|message|msg|whatsapp) (?:me|us) (?:on here|here|on this number|whenever|any ?time)"
    r"(?: (?:(?:ye|you|u) (?:like|want|need|need to)|suits|you can))?"
)
_CONSENT_SENTENCE = re.compile(
    r"^(?:(?:" + _AGREEMENT + r")\s+)*(?:" + _SAID_TO_MESSAGES + r")(?:\s+(?:" + _AGREEMENT + r"))*$"
)
_SENTENCES = re.compile(
    r"[.!;\n]+|,\s+(?=(?:yes|yeah|yep|i|we|you|u|that|messages|texts|whatsapp)\b)"
    r"|\s+so\s+(?=(?:texts?|messages|whatsapp|this|that|a text|text messages)\b)",
    re.IGNORECASE,
)

# Round 10: news that acknowledges something else or arranges a meeting: a yes beside it may answer that, not the request.
_ACKNOWLEDGES = re.compile(
    r"\b(?:got (?:it|that|them|your|the)|received|noted|will do|see (?:you|u)|i'?ll be there|be there|on my way|omw|"
    r"(?:letter|appointment|meeting|visit|form|parcel|money|payment|keys?)s? (?:came|come|arrived|is|was|for)|"
    r"(?:tuesday|monday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|today|next week)|"
    r"(?:this|that|it) is (?:him|her|me|them)|(?:his|her|their) (?:phone|number))\b"
)
# Round 17: refusals that are softer, facts about the phone or worries that make messages unwise: a shared or work phone,
# other people using it, worries about data, another channel asked for after something else. Alone they withdraw ("It's a shared
# family phone", "I'm worried about my data"); beside any agreement, or asked as a question, the practitioner decides
# ("yes, it's a work phone but that's fine" is unclear).
_SOFT_REFUSAL_AS_WRITTEN = re.compile(
    r"\bshared (?:family |house |home )?(?:phone|mobile|number)\b|\b(?:we|i) share (?:this|the|my|a|our|one) (?:phone|mobile)\b"
    r"|\b(?:this|it'?s|its|it is|that'?s) (?:the|a|our) (?:family|house|home) (?:phone|mobile)\b"
    r"|\b(?:other people|others|everyone|the kids|my kids|the family|my (?:partner|husband|wife|son|daughter|mum|dad|family|"
    r"kids|children)) (?:use|uses|share|shares|borrow|borrows|answer|answers|pick up|picks up) (?:this|my|the) (?:phone|mobile)\b"
    r"|\b(?:this|it'?s|its|it is|this is|that'?s) (?:my |a |the )?(?:work|works|business|company|office|staff) (?:phone|mobile|number)\b"
    r"|\b(?:phone|mobile|number) (?:is )?(?:only )?for work\b|\buse (?:this|the|my) (?:phone|mobile|number) (?:only )?for work\b"
    r"|\b(?:worried|concerned|nervous|anxious|uneasy|wary|paranoid) (?:about|of|for) (?:my |our )?(?:data|privacy|security|"
    r"information|info|personal (?:data|information|details)|details|who (?:can|could|might|will) (?:see|read))\b"
    # another channel asked for at the end of a reply, after something else ("I'm hardly ever on whatsapp, ring me", "just
    # phone me thanks"); not a bare "call me" (it may only ask for a chat), "ring me if it's urgent", "text or ring me"
    r"|(?=(?:please\s+|pls\s+|just\s+)?(?:ring|call|phone|fone|bell|email|e-mail) me\b)(?:(?<=\bjust )|(?<=\bso )|(?<=[,.;:!\-–—] )|(?<=[,.;:!\-–—]))(?:please\s+|pls\s+|just\s+)?"
    r"(?:ring|call|phone|fone|bell|email|e-mail) me(?: (?:instead|on (?:my|the) (?:landline|mobile|home phone)|at home))?"
    r"(?:\W+(?:please|pls|plz|thanks|thank you|ta|cheers|x+|mate|instead|then|love|hun))*\W*$"
    # round 17, probing its own classes: someone else to go through, a representative to speak to, another channel
    # liked or not managed, a phone kept for family, no data, "maybe another time"
    r"|\b(?:contact|speak to|talk to|go through|deal with) (?:her|him|them)(?: instead| please| pls| thanks)?\W*$"
    r"|\b(?:speak to|talk to|contact|go through|deal with|ring|call|e-?mail|write to) my (?:advocate|solicitor|lawyer|appointee|"
    r"representative|support worker|key ?worker|social worker|interpreter)\b"
    r"|\b(?:i|we) (?:like|prefer|want) (?:a )?(?:phone call|phone calls|letters|a letter|a chat on the phone)\b"
    r"(?!(?:\s+\w+){0,2}?\s+(?:too|as well|also)\b)"
    r"|\bhappy with (?:letters|post|phone calls|calls|the phone|e-?mails?)\b(?!(?:\s+\w+){0,2}?\s+(?:too|as well|also)\b)"
    r"|\bnot (?:very |that |too |great |good )?(?:good|great) (?:with|at) (?:phones|technology|tech|texts|texting|messages|"
    r"whats\s?app|apps|mobiles|smartphones)\b"
    r"|\b(?:phone|number|mobile) (?:is )?(?:only )?for (?:family|friends|personal|private)(?: use)?\b"
    r"|\bkeep (?:this|my) (?:phone|number|mobile) for\b"
    r"|\b(?:don'?t|do not|dont) have (?:any )?(?:data|credit|internet|wifi|a smartphone|a smart phone)\b"
    r"|\b(?:maybe |perhaps )?(?:another|some other) time\b|\bask me (?:another time|again later|later)\b",
    re.IGNORECASE,
)
_SOFT_REFUSAL = _starting_off_word(_SOFT_REFUSAL_AS_WRITTEN)
_AGREES_ANYWHERE = re.compile(
    r"\b(?:y+e+s+|yeah|yea|yep|yup|yh|ok|okay|fine|happy|agree\w*|sure|alright|go ahead|consent|of course|definitely|"
    r"please do)\b",
    re.IGNORECASE,
)
# "yes... no... idk": a yes and a no said together with doubt is not a refusal; it goes to the practitioner.
_TORN = re.compile(
    r"\b(?:yes|yeah|yh|yep|ya|y)\b.{0,15}\bno\b.{0,15}\b(?:idk|dunno|not sure|unsure|maybe|(?:i )?(?:don'?t|dont) know)\b"
    r"|\bno\b.{0,15}\b(?:yes|yeah|yh|yep|ya)\b.{0,15}\b(?:idk|dunno|not sure|unsure|maybe|(?:i )?(?:don'?t|dont) know)\b",
    re.IGNORECASE,
)
# "yes but only if you dont send anything about my case": a limit on what is sent, not a refusal of the channel. It is
# taken out before refusals are looked for, and its "only"/"don't" still make the reply unclear.
_CONTENT_LIMIT = re.compile(
    # round 18: "only if you stop turning up unannounced", "as long as you stop ringing me at work": a condition about
    # something else the council does (not "if you stop texting me")
    r"\b(?:only )?(?:if|as long as|so long as|provided|providing|once) (?:you|u|they|you lot|the council|social services) "
    r"(?:stop|quit|stopped) (?!(?:\w+ ){0,2}?(?:messag|text|txt|whats|msg|contact|sms|send me messages))\w+ing\b|"
    # round 10: "as long as you don't message on Sundays" limits when, not whether
    r"\b(?:as long as|so long as|provided|providing|if|but|just) (?:that )?(?:you |u )?(?:please |pls )?(?:don'?t|dont|do not|never) (?:message|msg|"
    r"text|contact|call|ring|send)\w* (?:me |us )?(?:on|at|after|before|during|in|at the) \w+|"
    r"\b(?:don'?t|dont|do not|never|not) (?:send|put|write|mention|include) (?:me )?(?:anything|stuff|details|info\w*|things|"
    r"nothing|personal \w+)? ?(?:about|re|regarding|to do with|on) (?:my|the|his|her|their|our) (?:case|kids?|children|son|"
    r"daughter|court|health|history|ex|situation|family|meetings?|assessments?|records?|personal \w+)\b",
    re.IGNORECASE,
)
_YES = re.compile(r"^(?:(?:" + _AGREEMENT + r")\s+)*(?:" + _YES_WORD + r")(?:\s+(?:" + _AGREEMENT + r"))*$")
_HEDGE = re.compile(
    r"\b(?:but|if|unless|later|maybe|not|(?:don|can|won|didn|isn|aren|wouldn|shouldn|doesn|haven|hasn)'?t|think|first|"
    r"when|who|what|why|how|only|except|as long as|right|might|probably|prob|suppose|guess)\b",
    re.IGNORECASE,
)
# Round 12: an eye-roll or a "worked so well last time" turns a yes into its opposite, or may: the practitioner asks.
_SARCASM = re.compile(
    "[\U0001f644\U0001f612\U0001f643\U0001f60f\U0001f928]"
    r"|\b(?:worked|went|helped) (?:so+|really|ever so|brilliantly) well\b|\byeah,? right\b|\bas if\b",
    re.IGNORECASE,
)
# No clear yes is this long (the longest in our sets is under 200 characters), and the agreement grammar backtracks in
# time that grows with the square of the length: a longer reply, once no refusal is found in it, goes to the practitioner.
_LONGEST_YES = 1000
# "yes why not" agrees; taken out before the hedge check, which would otherwise see "why" and "not".
_BENIGN = re.compile(r"\b(?:why not|y not)\b", re.IGNORECASE)
# Round 17: "bear with me if I'm slow replying" asks for patience, it is no condition on the yes; taken out before the
# hedge check, which would otherwise see "if".
_ASIDE = re.compile(
    r"\b(?:so |please |pls )?bear with me(?: if (?:i'?m|im|i am) (?:a bit |bit |very |quite |too )?(?:slow|late)"
    r"(?: (?:replying|to reply|at replying|responding|to respond|answering|getting back))?)?\b"
    # round 18: thanks for asking first; English not good or not the first language (why messages suit); calls not
    # done, liked or answered (the channel replaced): "thank you for asking first", "my english not good", "English isn't
    # my first language", "I don't really do phone calls", "I never answer calls anyway"
    r"|\b(?:thank(?:s| you| u)|cheers)(?: so much| very much)? for (?:asking|checking)(?: (?:me|us))?(?: first)?\b"
    r"|\b(?:my )?english (?:is )?(?:not|isn'?t|isnt|not very|is not very|isn'?t very|not so|not too) ?(?:very |so |too |that )?"
    r"(?:good|great|well|strong)(?:,? but (?:i )?(?:understand|understood|can read)(?: (?:the|your) (?:message|messages|text))?)?\b"
    r"|\benglish (?:is not|isn'?t|isnt|not) my first language\b"
    r"|\b(?:i )?(?:don'?t|dont|do not|never|can'?t|cannot) (?:really |ever |always )?(?:do|like|answer|pick up|hear|manage) "
    r"(?:phone calls|calls|the phone|ringing)(?: anyway| tbh| to be honest| well)?\b"
    # round 19 (clear yeses read as unclear: the hedge word was in the writer's own news, not on the yes): the reply late
    # and why ("sorry only just found this", "I didn't reply before", "I only got credit today", "Ive had a think since the
    # meeting"); answers that may be slow and why ("I might be slow answering", "il reply when i can", "I don't always
    # have my glasses on"); the right to say STOP understood ("i understand i can say stop later"); thanks for saying who
    # you are; English not good "but I understand the message"; relief that someone texts ("finally someone who texts");
    # how the reply is written ("sorry if this comes out wrong"); another channel not wanted ("I don't want letters
    # coming to the house"; not "letters or texts", which the refusal check has withdrawn)
    r"|\b(?:i )?(?:only |just )+(?:got|had|topped up) (?:(?:my |some |the )?(?:credit|data|signal|wifi|phone back|phone fixed))"
    r"(?: (?:today|yesterday|now|this morning|last night))?\b"
    r"|\b(?:only just (?:found|seen|saw|read|got|noticed|opened|checked)|(?:only |just )(?:found|seen|saw|read|noticed|opened|"
    r"checked) (?:this|it|your (?:message|text|msg)|the message))\b"
    r"|\b(?:i )?(?:didn'?t|did not|couldn'?t|could not|haven'?t|have not|wasn'?t able to) (?:get (?:a )?chance to )?"
    r"(?:reply|respond|answer|get back(?: to (?:you|u))?)(?: (?:before|sooner|earlier|straight away|till now|until now|yet))?\b"
    r"|\b(?:i'?ve|ive|i have|i) (?:had|have had) a (?:good |proper |little |bit of a )?think(?: about it)?"
    r"(?: since (?:the|our|we|your) \w+(?: \w+)?)?\b"
    r"|\b(?:so )?(?:i )?(?:might|may|could) be (?:a bit |bit |very |quite )?slow (?:answering|replying|to reply|to answer|"
    r"responding|to respond|getting back)\b"
    r"|\b(?:i'?ll|il|ill|i will) (?:reply|answer|respond|get back(?: to (?:you|u))?) (?:when|as soon as|whenever) (?:i can|i'?m able|i get (?:a )?chance)\b"
    r"|\b(?:i )?(?:don'?t|do not|dont) always (?:have (?:my )?(?:glasses|specs|reading glasses|phone)(?: (?:on|on me|with me|to hand|nearby))?|"
    r"see (?:messages|texts) (?:straight away|right away)|check my phone)\b"
    r"|\b(?:i )?(?:understand|know|get (?:it|that)|noted)(?: that)? (?:i|we) can (?:say|reply|send|text|type|write) stop"
    r"(?: (?:later|any ?time|at any time|whenever|later on))?\b"
    r"|\b(?:thank(?:s| you| u)(?: so much| very much)? for )?(?:letting (?:me|us) know|explaining|telling (?:me|us))(?: (?:who you are|what (?:this|it) is(?: (?:about|for))?|how (?:this|it) works))\b"
    r"|\b(?:finally|at last) (?:someone|somebody|a (?:council|service|social worker|worker)) (?:who|that) (?:texts?|messages|uses? "
    r"(?:whats\s?app|text))\b"
    r"|\b(?:so )?(?:sorry|apologies) if (?:this|it|that|my (?:spelling|message|english)) (?:comes out|came out|sounds|reads|is) "
    r"(?:wrong|weird|funny|rude|garbled|strange|badly|bad|a mess|jumbled)\b"
    r"|\b(?:i )?(?:don'?t|do not|dont) (?:really )?want (?:any )?(?:letters?|post|calls|phone calls|visits|home visits)"
    r"(?: (?:coming |sent |turning up )?(?:to|at) (?:the|my) (?:house|home|door|address))?\b(?!\s*(?:,|or\b|and\b|&|/|nor\b|either\b))",
    re.IGNORECASE,
)
# "More than happy to chat on here": an intensifier before "happy" at the start of the reply changes nothing either.
_LEADING_INTENSIFIER = re.compile(r"^(?:more than|really|so|very) (?=(?:happy|glad)\b)")
_PUNCTUATION_AND_EMOJI = re.compile(r"[^\w\s']+")
# Intensifiers never change what the reply means, so they are dropped before matching — except as the
# whole reply or its first word ("Absolutely", "absolutely fine"), where they are the agreement itself.
_INTENSIFIERS = re.compile(
    r"(?<=\w)\s+(?:absolutely|totally|completely|perfectly|really|very|quite|more than|so|much|a lot|loads|far|always)\b"
)
_REPEATED_SPACES = re.compile(r"\s+")
# "S T O P", "S.T.O.P", "s-t-o-p": three or more single letters in a row are read as one word.
_SPELLED_OUT = re.compile(r"\b[a-z](?:[ .\-_*]+[a-z]\b){2,}", re.IGNORECASE)
_SPELLING_GAPS = re.compile(r"[ .\-_*]+")
# "st0p", "n0": a zero inside a word is the letter o.
_ZERO_AS_O = re.compile(r"(?<=[a-z])0|0(?=[a-z])", re.IGNORECASE)


def reading_form(text: str) -> str:
    """The reply as the rules read it: typographic quotes and dashes plain, spelled-out words joined."""
    clean = normalise(text or "").strip()
    if "0" in clean:
        clean = _ZERO_AS_O.sub("o", clean)
    return _SPELLED_OUT.sub(lambda m: _SPELLING_GAPS.sub("", m.group()), clean)


def read_consent_button(payload: str) -> ConsentReading:
    """Quick-reply payloads are unambiguous; anything else is not a button we sent."""
    return _BUTTON_READINGS.get((payload or "").strip().upper(), ConsentReading.UNCLEAR)


def read_consent(text: str) -> ConsentReading:
    """Free-text reply to the consent request."""
    clean = reading_form(text)
    if not clean:
        return ConsentReading.UNCLEAR
    if _TORN.search(clean):
        return ConsentReading.UNCLEAR
    limited = _CONTENT_LIMIT.sub(" ", clean)
    if _WITHDRAW.search(limited):
        return ConsentReading.CONSENT_WITHDRAW
    if _SOFT_REFUSAL.search(limited):
        if "?" in clean or _AGREES_ANYWHERE.search(clean):
            return ConsentReading.UNCLEAR
        return ConsentReading.CONSENT_WITHDRAW
    if "?" in clean or _HEDGE.search(_ASIDE.sub(" ", _BENIGN.sub("whynot", clean))) or _SARCASM.search(clean):
        return ConsentReading.UNCLEAR
    if len(clean) > _LONGEST_YES:
        return ConsentReading.UNCLEAR
    framed = _SIGN_OFF.sub("", _SALUTATION.sub("", clean)) or clean
    introduced = _INTRODUCTION.sub("", framed)
    if introduced != framed and _AGREES_BEYOND_YES.search(_words(introduced)):
        framed = introduced
    if any(_agrees(reply) for reply in dict.fromkeys((clean, framed))):
        return ConsentReading.CONSENT_YES
    return ConsentReading.UNCLEAR


def _agrees(reply: str) -> bool:
    """True when the reply, already free of refusals, hedges and questions, is agreement and nothing else: a yes with
    agreement around it, a sentence that consents to messages, or a yes beside a harmless reason or who is writing."""
    words = _words(reply)
    if _YES.match(words):
        return True
    sentences = [_without_reasons(_words(sentence)) for sentence in _SENTENCES.split(reply)]
    if any(_CONSENT_SENTENCE.match(sentence) for sentence in sentences):
        return True
    if _yes_beside_news(sentences):
        return True
    rest = _without_reasons(words)
    without_identity = _REPEATED_SPACES.sub(" ", _IDENTITY_BESIDE_YES.sub(" ", rest)).strip()
    if without_identity != rest and not _AGREES_BEYOND_YES.search(without_identity):
        return False
    return without_identity != words and bool(_YES.match(without_identity))


def _yes_beside_news(sentences: list[str]) -> bool:
    """A sentence of agreement in more than one word ("Yes fine by me", "yes please") beside news of the writer's own
    ("FYI Nan's out of hospital now"): consent, since the refusal, hedge and question checks found nothing anywhere. A
    bare "yes", or news that acknowledges something else ("got your letter", "see you Tuesday"), may be answering
    another question, so either keeps the reply unclear."""
    agreeing = [s for s in sentences if s and _YES.match(s)]
    if not agreeing or not any(" " in s for s in agreeing):
        return False
    # Who is writing may be the answer to "is this Sarah's mum?", unless the yes itself agrees in more than a bare or
    # polite yes (round 21: "Yes, that's fine. I'm Margaret's son, she gave you my number").
    identity_is_news = any(_AGREES_BEYOND_YES.search(s) for s in agreeing)
    return not any(_ACKNOWLEDGES.search(s) or (_IDENTITY_BESIDE_YES.search(s) and not identity_is_news)
                   for s in sentences if s not in agreeing)


def _words(text: str) -> str:
    """Lower-case words with punctuation, emoji and intensifiers gone: the form the agreement grammar reads."""
    words = _PUNCTUATION_AND_EMOJI.sub(" ", _ASIDE.sub(" ", _BENIGN.sub("whynot", text)).casefold())
    return _LEADING_INTENSIFIER.sub("", _REPEATED_SPACES.sub(" ", _INTENSIFIERS.sub(" ", words)).strip())


def _without_reasons(words: str) -> str:
    return _REPEATED_SPACES.sub(" ", _REASON_BESIDE_YES.sub(" ", words)).strip()
