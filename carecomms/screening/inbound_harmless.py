"""Everyday wordings that inbound screening does not read as a risk or abuse, or does not ask the word models about."""

from __future__ import annotations

import re

# "had chest pains last year but the tests came back fine": a past, resolved illness is not an emergency.
_RESOLVED = re.compile(
    r"\b(?:last (?:year|month|week|summer|winter|christmas)|(?:years?|months?) ago|(?:came|come) back (?:fine|clear|ok|"
    r"okay|normal|negative)|all clear|(?:fine|better|ok|okay) now|healed|recovered|when i was (?:younger|little|a kid)|"
    r"(?:said|says|was|it'?s|its) (?:just|only) (?:a |an )?(?:pulled muscle|muscle|virus|bug|cold|sprain|infection|"
    r"heartburn|indigestion|anxiety|panic attack|trapped wind)|nothing serious|nothing to worry about|"
    # inbound_unseen17: good news about a home ("got the keys to the flat!!! first proper home since I come out of prison")
    r"got (?:the|my|our) keys|first proper (?:home|flat|house|place)|"
    # round 11: moving on to a new home ("I want to end my tenancy at the hostel when the new flat is ready")
    r"(?:new|own) (?:flat|house|home|place|room) (?:is |'s |will be )?(?:ready|sorted|confirmed|decorated)|end (?:my|the|our) "
    r"tenancy|moving (?:into|in to) (?:my|our|the) (?:new|own) |"
    # inbound_unseen17: a teenage row that blew over ("she was fine by teatime")
    r"normal teenage|(?:was|were|is) fine (?:again )?by (?:teatime|tea|dinner|bedtime|the morning|lunch)|"
    # inbound_unseen15: medicine changed by the doctor ("theyre changing my tablets, nothing to worry about")
    r"(?:chang|switch|adjust|upp|lower|increas|reduc)(?:ing|ed|e|es) (?:my |me |the |his |her )?(?:tablets|meds|medication|dose|"
    r"prescription|pills)|"
    # round 14: "Finn's melatonin got upped by the paediatrician today"
    r"(?:got|been|was|were|has been|have been|had|'?s been|being|is being) (?:upped|increased|lowered|reduced|changed|switched|"
    r"adjusted|reviewed|put up|put down|doubled|halved) by (?:the|his|her|my|our|their) (?:gp|doctor|dr|paediatrician|pediatrician|"
    r"consultant|psychiatrist|nurse|specialist|pharmacist|camhs|cahms|team|diabetes nurse|epilepsy nurse)|"
    # round 15: home from hospital and fine ("back from A&E, they glued it, she's fine")
    r"back (?:home )?from (?:a ?& ?e|a and e|the hospital|hospital|the walk-?in|minor injuries|urgent care)\b[^.!?]{0,60}?\b"
    r"(?:he'?s|hes|she'?s|shes|they'?re|theyre|i'?m|im|we'?re|all) (?:absolutely |totally |completely |all )?(?:fine|ok|okay|"
    r"grand|sound|alright)|"
    # round 16: a passing illness over ("sick with a tummy bug but she's eating again now", "on the mend") and a row sorted
    # ("called me a name so I called him one back, all sorted now", "we're mates again")
    r"(?:eating|keeping (?:food|things|it|everything|her food|his food) down|back (?:at|to) (?:school|nursery|college|work|"
    r"normal|(?:her|him|my|them|our)sel(?:f|ves)))(?: (?:properly|fine|well|ok|okay|normally))? again\b(?: now)?|on the mend|"
    r"over the worst|(?:it'?s |its |it is )?(?:all )?sorted now|sorted it (?:out )?(?:now|between (?:us|them|ourselves))|"
    r"(?:friends|mates|pals) again|made (?:it )?up (?:now|since|after|the next day)|shook hands|"
    # round 17 (inbound_unseen35): medicine run out and replaced ("ran out of my inhaler but the chemist did an emergency
    # supply, all sorted"), unless more is said to be wrong after it
    r"(?:chemist|pharmacy|pharmacist|gp|doctor|surgery|111|out of hours|walk-?in)\b[^.!?]{0,20}?\b(?:did|gave|give|given|sorted|"
    r"done|issued|got|found|sent|put through|emailed) (?:me |us |him |her |them )?(?:an? |the |some )?(?:emergency |new |repeat |spare )?(?:supply|"
    r"prescription|script|inhaler|one|more)\b(?![^.!?]{0,60}\b(?:but|still|worse|can'?t breathe|cant breathe)\b))\b",
    re.IGNORECASE,
)
# "used to self harm when i was a teenager but im in a much better place now", "he used to hit me but that was
# years ago and hes in prison now": something told about the past, said to be over, and nothing said to be
# happening again. Both halves are needed, and any word of now (again, still, tonight, scared) keeps the flag.
_PAST = re.compile(
    r"\b(?:used to|(?:years?|months?) ago|last year|when i was (?:younger|little|a kid|a child|a teenager|a teen|at school|"
    r"in care|with (?:him|her|my ex))|as a (?:teenager|teen|kid|child)|back then|in the past|back when|"
    # round 15: "in year 8", "last yr", "in 2016", "my first husband"
    r"in year (?:[5-9]|1[0-3]|five|six|seven|eight|nine|ten|eleven)|last yr|(?:years|yrs) ago|in (?:19[5-9]\d|20[0-2]\d)|"
    r"(?:my )?(?:first|previous|former) (?:husband|wife|partner|boyfriend|girlfriend|fella|marriage|relationship)|"
    # inbound_unseen17: "slept in a doorway for two winters before i got the flat"
    r"for (?:two|three|four|five|\d+|a few|many) (?:winters|years|months) before (?:i|we) (?:got|moved|found)|"
    # round 17 (inbound_unseen35): "when I was 18"
    r"when i was (?:[1-9]|1\d|[2-9]\d)(?: (?:years? old|yrs? old|or so))?|(?:at|aged) (?:1[3-9]|[2-9]\d)\b(?!\s*(?:o'?clock|pm|am|:|\.\d|mins|minutes|hours|"
    r"quid|pounds|percent|%))|(?:a few|a couple of|two|three|four|five|some|many|\d+) "
    r"(?:years|yrs) back)\b",
    re.IGNORECASE,
)
_OVER_NOW = re.compile(
    r"\b(?:(?:in )?a (?:much |lot |way )?better place now|(?:much |loads |so much |a lot )?better now|doing (?:really |so |much |"
    r"loads )?(?:well|good|great|better) now|(?:in|behind) (?:prison|jail|bars) now|no contact (?:since|now|for)|"
    r"(?:all )?(?:fine|ok|okay|sorted|over|behind me|in the past) now|(?:have|had|got|with) (?:my )?(?:own|a) (?:flat|house|place) "
    r"(?:now|since)|(?:clean|sober) (?:now|for|since)|settled (?:now|in now)|long gone|moved away|"
    r"(?:i'?m|im|i am|we'?re|were|we are) safe(?: now)?|"
    # inbound_unseen15: "that was 10 years ago", "havent for years", "fine for years"
    r"(?:that|it|this) was (?:about |like |over |nearly |almost |well over )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|"
    r"twenty|many|a few|several|some) (?:years|yrs) ago|(?:that|it|this) was (?:years|ages|a long time|decades) ago|"
    r"(?:haven'?t|havent|have not|not|never|hasn'?t|hasnt) (?:\w+ ){0,3}(?:for|in|since) (?:years|ages|a long time|\d+ years)|"
    r"(?:fine|ok|okay|well|clean|good) (?:for|since) (?:years|ages|a long time|\d+ years)|never again|"
    r"(?:rang|ring|called|phoned) (?:my|me) sponsor|got (?:the|my|a|our) (?:flat|house|place|keys)|"
    # round 15: stopped and said to be over in other words ("stopped for over a year", "thats all over", "the counsellor helped
    # loads", "havent had one since", "settled in the new flat", "that ended in 2016")
    r"(?:stopped|clean|free of it|off it) (?:for|since) (?:over |nearly |almost |more than |about )?(?:a|an|\d+|two|three|four|"
    r"five|six|a couple of|a few) (?:years?|yrs?|months?)|(?:way|much|so much|loads|a lot) happier|(?:that'?s|thats|that is) "
    r"(?:all )?(?:over|in the past|behind (?:me|us))(?! (?:again|now that|the top|for (?:me|us)))|settled in (?:the|our|a|my) "
    r"(?:new )?(?:flat|house|home|place|area|school)|(?:haven'?t|havent|have not|hasn'?t|hasnt) (?:had|done|felt) (?:one|it|"
    r"another|any|an? \w+|that way) since|(?:counsell?or|therapist|therapy|camhs|counselling|the course|the programme|"
    r"the group) (?:really |has |have )?(?:helped|sorted|worked)|ended in (?:19[5-9]\d|20[0-2]\d)|"
    # round 16: well looked after now ("my foster carers are ace and I eat loads now")
    r"(?:eat|eating|sleep|sleeping) (?:loads|lots|properly|well|fine|normally|three meals a day|a lot|really well) now|"
    r"(?:foster ?carers?|carers|foster (?:mum|dad|family|parents)|new (?:family|foster \w+)|adoptive (?:mum|dad|parents|family)|"
    r"nan and grandad|grandparents) (?:are|is|r) (?:so |really |dead |absolutely )?(?:ace|great|amazing|lovely|brilliant|the best|"
    r"kind|nice|fab|fantastic|mint|class|sound)|"
    # round 17 (inbound_unseen35): "long behind me", "had my own place for 5 years"
    r"in a (?:good|great|better|much better|happier|safe|safer|really good) place (?:now|these days|nowadays)|(?:had|have|got) (?:a|my|"
    r"our|me) (?:own )?(?:flat|house|place|home|tenancy) (?:for|since) (?:ages|years|\d+ years|a (?:while|long time|few years))|"
    r"(?:long|well|way|far|all) behind (?:me|us)(?! (?:again|now that))|(?:have|had|got|with|in) (?:my|our) own (?:flat|house|place|"
    r"home|tenancy) (?:for|since))\b",
    re.IGNORECASE,
)
_HAPPENING_NOW = re.compile(
    r"\b(?:(?<!never )again|still|tonight|today|right now|at the moment|atm|scared|frightened|help me|any ?more|starting to|"
    r"feel like (?:doing|it)|back (?:on|to)|relaps\w*|last night|yesterday|lately|recently|this week|urges?|started (?:again|"
    r"up again))\b",
    re.IGNORECASE,
)
# "that knife crime drill song", "its just a game": violence in music, games and films; the word model is not asked.
_IN_FICTION = re.compile(
    r"\b(?:drill|rap|grime|trap) (?:song|songs|track|tracks|music|video|videos|tune|tunes|lyrics)\b|\b(?:its|it'?s|it is|just|only) "
    r"(?:just |only )?(?:a |the )?(?:music|song|game|film|movie|programme|show|lyrics|video game)\b|"
    # (round 17: a game played, "on fortnite", moved to _GAMING_TALK, which still reads a message that tells of an adult,
    # messages, photos or a secret: "a man on roblox keeps messaging her")
    r"\b(?:watch|watched|watching|saw|seen) "
    r"(?:a |the |this |that )?(?:\w+ )?(?:film|movie|programme|documentary|series|episode)\b",
    re.IGNORECASE,
)
# "took my tablets this morning like the doctor said": medicine taken as prescribed is not an overdose; the
# word model is not asked about it (the phrases still are).
_AS_PRESCRIBED = re.compile(
    # round 14: a small dose for an everyday ache ("took a couple of paracetamol for my headache")
    r"\b(?:(?:took|taken|take|had|have) (?:a couple of|a few|two|2|one|1|some|a) (?:paracetamol|ibuprofen|nurofen|calpol|tablets?|"
    r"pills?|painkillers?|anadin|aspirin|lemsip|co-?codamol)\b[^.!?]{0,20}\bfor (?:my|the|a|his|her|this) (?:headache|head|back|"
    r"tooth|toothache|period|period pain|cramps|cold|temperature|pain|migraine|hangover|knee|neck|shoulder|sore throat)|(?:like|as) (?:the |my )?(?:doctor|gp|dr|nurse|pharmacist|chemist) (?:said|told me|says|prescribed)|as prescribed|"
    r"(?:took|taken|had|take|remembered) my (?:tablets|meds|medication|pills|insulin|inhaler) (?:this morning|today|tonight|"
    r"earlier|on time|at \w+|with (?:my )?(?:breakfast|dinner|tea|lunch|food|a meal)|like always|as usual|as normal|every "
    r"(?:morning|night|day|evening)|each (?:morning|night|day))|"
    # round 16: medicine set out by the pharmacy ("I've got the dosette box now", "blister packs from the chemist")
    r"dosette|doset box|nomad (?:tray|box|pack)|blister packs?|pill (?:organi[sz]er|box|tray)|(?:weekly|monthly) (?:pill|tablet|"
    r"med|meds) (?:pack|packs|box|tray))\b",
    re.IGNORECASE,
)
# "I can't do Tuesday anymore, can we move it": rearranging an appointment. The word model is not asked about
# it (words like "cant" and "anymore" weigh for risk); the phrases still are.
# inbound_unseen17: "you lot are bloody useless, 3 weeks I've waited for that form": the service found wanting, not abuse
# of the worker (the inappropriate word model is not asked; an insult or slur is still found by the phrases).
_SERVICE_FOUND_WANTING = re.compile(
    r"\byou lot (?:are|r|is) (?:bloody |so |just |absolutely |completely |totally )?(?:useless|rubbish|hopeless|slow|shocking|"
    r"a joke|pathetic|clueless)\b(?!\s+(?:cow|bitch|cunt|twat|bastard|pricks?|wankers?|scum))",
    re.IGNORECASE,
)
# Round 11: disagreeing with a plan, a report or a decision, or asking for it to be reviewed ("I don't agree with the plan",
# "I don't think the report was fair on me and I'd like your manager to look at it"), is not abuse or a disclosure: the word
# models are not asked about it (its words — "don't", "plan", "your manager" — weigh for both elsewhere); the phrases still are.
_DISAGREEING = re.compile(
    r"\b(?:(?:i|we) (?:don'?t|dont|do not|didn'?t|didnt) (?:agree|think (?:it|that|this|the \w+|what) (?:was|is|were|are) "
    r"(?:fair|right|accurate|true|correct|reasonable))|(?:i|we) disagree|disagree (?:with|about)|(?:not|isn'?t|isnt|wasn'?t|"
    r"wasnt) (?:fair|accurate|right|true|correct) (?:on|to|about) (?:me|us|my|our)|(?:not|isn'?t|isnt) happy with (?:the|how|what|"
    r"your|ur|this|that|my)|(?:want|like|need|would like|'?d like) (?:it|the \w+|that|this|them) (?:changed|corrected|looked at "
    r"again|reviewed|amended|taken out)|(?:make|making|put in|raise|log) a (?:proper |formal )?complaint|(?:i'?d|id|i would) "
    r"like (?:your|ur|the|a) (?:manager|team manager|senior|supervisor) to|(?:challenge|appeal) the (?:decision|plan|report|"
    r"assessment)|(?:the )?(?:plan|report|assessment|decision)\b.{0,30}\b(?:isn'?t|isnt|is not|wasn'?t|wasnt|not) (?:fair|right|"
    r"accurate|true)|"
    # round 15: a change of worker asked for ("I want a different social worker")
    r"(?:want|like|need|would like|'?d like|request|requesting|asking for|ask for) (?:a |to have a )?(?:different|new|another) "
    r"(?:social worker|worker|sw|key ?worker|case ?worker)|"
    # round 16: a plan agreed to ("we both agree with it", "happy with the contact plan")
    r"(?:i|we) (?:both |all |fully |totally |completely )?(?:agree|agreed) (?:with|to) (?:it|that|this|the|your|ur|what)\b|"
    r"(?:happy|ok|okay|fine|good) with (?:the|that|this|your|ur) (?:new )?(?:\w+ )?(?:plan|arrangements?|schedule|rota))\b",
    re.IGNORECASE,
)
_REARRANGING = re.compile(
    # post to an old address (inbound_unseen13: "stop sending letters to my old address, I moved in march")
    r"\b(?:stop sending (?:\w+ )?(?:letters|post|mail)|(?:my|the|our) old address|change (?:of|my|our) address|"
    r"can we (?:move|rearrange|reschedule|change|do|make it)|"
    # round 11: getting there and getting in ("I'll jump in the car and come now", "knock on the door when you get here")
    r"(?:jump|jumping|hop|hopping) (?:in|on|into) (?:the|a|my) (?:car|bus|train|taxi|tube|uber|cab|tram|van)\b|(?:knock|ring|buzz|"
    r"bang) (?:on |at )?(?:the )?(?:door|bell|buzzer|window) (?:when|once|if) (?:you|u) (?:get|arrive|come)|"
    # round 11: when to come ("please dont come before 10, Im on nights this week")
    r"(?:don'?t|dont|do not|no need to) (?:come|visit|call|ring|knock) (?:round |over )?(?:before|after|until|till|til|between) "
    r"(?:\d+|ten|eleven|twelve|noon|lunch|dinner|tea|the afternoon|the morning)|(?:i'?m|im|i am) on (?:nights|lates|earlies|days|"
    r"a late|an early|night shift|nightshift) (?:this|next|all) (?:week|month)|(?:can'?t|cant|cannot|won'?t|wont) make (?:it|the (?:meeting|"
    r"appointment|visit))(?: (?:tomorrow|today|tonight|on|to|this|next|at))?)\b",
    re.IGNORECASE,
)
# "shes been staying at her nans this week, back sunday": where a child is, and when they are back, is known.
_WHEREABOUTS_KNOWN = re.compile(
    # round 11: someone else minding the children ("my mum's away for 3 days, nan's staying with us")
    r"\b(?:nan|nana|gran|grandma|grandad|grandpa|auntie|aunt|uncle|dad|mum|mam|sister|brother|childminder)'?s? (?:is )?(?:staying|"
    r"stopping|looking after|minding|watching|having) (?:with )?(?:us|them|the kids|me|the baby)\b|"
    r"\b(?:staying|stopping|sleeping|stays|stayed|stopped|is|been) (?:over )?(?:at|with) (?:her|his|my|their|our) \w+(?:'?s)?\b"
    r".{0,40}\b(?:back|home) (?:on )?(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday|tomorrow|tonight|next week|"
    r"at the weekend)\b",
    re.IGNORECASE,
)
# "your council tax query has gone to the revenues team": something passed on to a team. The word model is not asked
# about it ("gone" weighs for risk); the phrases still are.
# Round 11: everyday woes — a household appliance broken ("the fecking washing machine has flooded the kitchen"): the word model is not
# asked (heating and hot water are left out: a cold home is still read).
# and a small thing pinched ("a lad at the hostel nicked my charger": round 10's hard negative, which the model retrained
# with inbound_unseen19 reached again).
# Round 16 (inbound_ordinary1): things people mislay — documents, keys, a phone. "can't find my birth certificate" is not a
# missing child (inbound_phrases.py's child_at_risk phrase leaves them out), and the safeguarding model is not asked about a
# message that says one is lost or can't be found (_EVERYDAY_WOES).
_MISLAID_THINGS = (
    r"(?:certificate|passport|keys?|phone|purse|wallet|bag|handbag|card|cards|charger|glasses|specs|shoes|trainers|coat|jacket|"
    r"remote|letters?|paperwork|forms?|documents?|details|pin|password|log ?in|number|address|email|notes|book|ticket|pass|"
    r"licen[cs]e|id|receipts?|payslips?|statements?|tablets|meds|inhaler|headphones|earphones|airpods|lanyard|umbrella|watch|"
    r"ring|lighter|hoodie|jumper|uniform|kit|homework|laptop|tablet|ipad|cable|file|folder|contract|tenancy|reference|"
    r"nhs number|insurance number|copy|paper|papers|socks)"
)
_EVERYDAY_WOES = re.compile(
    r"\b(?:can'?t|cant|cannot|couldn'?t|couldnt|could not) find (?:my|me|our|the|his|her|their) (?:\w+ ){0,2}?" + _MISLAID_THINGS
    + r"\b|\b(?:lost|losing|mislaid|left) (?:my|me|our|his|her|their) (?:\w+ ){0,2}?" + _MISLAID_THINGS + r"\b|"
    r"\b(?:washing machines?|dishwashers?|tumble ?dryers?|dryers?|fridges?|freezers?|hoover|kettle|toaster|microwaves?|telly|tv|"
    r"sinks?|toilets?|loos?|showers?|baths?|taps?|pipes?|washers?|lifts?)\b(?: \w+){0,3}? (?:has |is |'?s |just |went |keeps |are "
    r"|have |keep |was |were )?(?:flooded|leaking|leaked|broken|"
    r"broke|packed up|died|blown|blocked|overflowed|overflowing|stopped working|not working|playing up)\b|"
    r"\b(?:nicked|pinched|stole|swiped|half[- ]inched|had) (?:my|me) (?:phone )?(?:charger|headphones|earphones|airpods|lighter|"
    r"fags|vape|bike|scooter|hoodie|trainers|shoes|milk|bread|cable|sandwich|yoghurt|yogurt|biscuits|chocolate|pen|umbrella|"
    r"brolly)\b|"
    # and a teething or colicky baby ("baby's teething and won't settle, any tips?")
    r"\b(?:teething|colic\w*|growth spurt|sleep regression|terrible twos)\b|"
    r"\b(?:playing|at|in) (?:rugby|football|netball|hockey|basketball|cricket|pe|p\.e\.|gymnastics|trampolining|the trampoline "
    r"park|the skate ?park|judo|karate|boxing club)\b|\bfall\w* asleep (?:in front of|on|in) the (?:telly|tv|sofa|settee|chair)\b|"
    # a neighbour's nuisance ("my neighbours dog shits on my path every day")
    r"\b(?:neighbours?|next door|upstairs|downstairs)(?:'s|s'|s)? (?:\w+ )?(?:dog|dogs|cat|cats|music|party|parties|bins?|car|noise|"
    r"builders|tree|hedge|fence|washing|parking|telly|tv|bass)\b|"
    # round 12: a repair the landlord or the council has not done ("landlord still hasnt fixed the bathroom window") — a cold
    # or unsafe home (heating, boiler, hot water, gas, electrics, a lock or the front door) is still read
    r"\b(?:landlord|landlady|council|housing(?: association)?|letting agents?|agency|repairs team|they)(?:'s|s)? (?:still )?"
    r"(?:hasn'?t|hasnt|has not|haven'?t|havent|have not|not|never|didn'?t|didnt|won'?t|wont|still not) (?:been (?:round )?to )?"
    r"(?:fix|fixed|repair|repaired|sort|sorted|replace|replaced|mend|mended|done|come (?:round )?(?:to|about))\b"
    r"(?! (?:the |my |our )?(?:heating|boiler|hot water|gas|electric\w*|power|lock|locks|front door|door lock|radiators?|"
    r"fire alarm|smoke alarm))|"
    # round 15: a repair promised ("landlord says he'll send someone tuesday", "the council said they will fix it next week") —
    # the same cold or unsafe home is still read
    r"\b(?:landlord|landlady|council|housing(?: association)?|letting agents?|agency|repairs team)(?:'s|s)? (?:say|says|said|"
    r"told me|promised|has promised|reckons)(?: (?:that|me))? (?:he|she|they|it)?(?:'?ll| will| is going to| are going to| gonna| "
    r"would| can| to)? ?(?:fix|repair|sort|mend|replace|send (?:someone|a man|a guy|somebody)|come)\b(?![^.!?]{0,30}\b(?:heating|"
    r"boiler|hot water|gas|electric\w*|power|lock|locks|front door|radiators?))",
    re.IGNORECASE,
)
# Round 11: something done for the person at their own request ("my son has my bank card because he does my shopping, i
# asked him to"): the safeguarding model is not asked (the phrases still are).
_WITH_CONSENT = re.compile(
    r"\b(?:(?:because|cos|coz|as) (?:he|she|they) (?:does|do|get|gets|pays|helps with) (?:my|the|our) (?:shopping|big shop|shop|"
    r"bills|banking)|(?:i|we) (?:asked|let|told) (?:him|her|them) to\b|with my (?:permission|consent|blessing))",
    re.IGNORECASE,
)
_PASSED_ON = re.compile(
    r"\b(?:query|form|forms|application|referral|letter|request|claim|complaint|email|paperwork|case|details|message) "
    r"(?:has |have |'s |is |was )?(?:now )?(?:gone|been sent|been passed|been forwarded|passed|forwarded|sent) (?:on |off |over |"
    r"through )?to (?:the|our|your|their|a) \w+",
    re.IGNORECASE,
)
# "i know i keep messaging, sorry": an apology for the number of messages. The word model is not asked about it
# ("keep" weighs for risk); the phrases still are, so "sorry for all the texts, i cant cope" is still flagged.
_APOLOGISING_FOR_MESSAGES = re.compile(
    r"\b(?:(?:i know|sorry|soz) (?:i |that i )?(?:keep|am|'?m|im|have been|'?ve been|ive been) (?:messaging|texting|ringing|"
    r"calling|mithering|bothering|pestering|going on)|(?:sorry|soz|apologies) (?:for|about) (?:all )?(?:the |these |my )?"
    r"(?:messages|texts|msgs|calls|messaging|texting|bothering (?:you|u)|mithering)|"
    # round 11: an apology for the timing, said to be no rush ("sorry to bother you on a friday, it can wait till monday")
    r"(?:sorry|soz|apologies) (?:to|for) (?:bother\w*|messag\w*|text\w*|disturb\w*|trouble|troubling) (?:you|u|ya)\b.{0,40}\b"
    r"(?:it can wait|can wait|no rush|not urgent|no hurry|whenever (?:you|u) (?:get|can|have))|(?:it can wait|no rush|not urgent)"
    r"\b.{0,20}\b(?:monday|tomorrow|next week|after the weekend))\b",
    re.IGNORECASE,
)
# Round 14 (outbound_probe26 and probe28's ordinary messages): an invitation or a meeting place given ("come and watch or lend
# a hand if you fancy it", "I'll be parked opposite the station, silver Corsa, text if you can't spot me"): the inappropriate
# model is not asked about them.
_INVITING = re.compile(
    r"\b(?:come (?:and|n|&) (?:watch|join|see|have a look|help|try)|lend a hand|if (?:you|u|ya) fancy (?:it|coming|joining|a go)|"
    r"(?:i'?ll|ill|i will|we'?ll|we will) be parked|(?:i'?m|im|i am) (?:at|outside|by|in) (?:the )?(?:\w+ ){0,4}?(?:car park|"
    r"entrance|reception|station|front|doors?|gate|foyer)\b[^.!?]{0,5}[,.]? where (?:are|r) (?:you|u)|(?:can'?t|cant|cannot) (?:spot|see|find) me|(?:shall|should|can|could) i "
    r"(?:sign|put|book|pencil) (?:you|u) (?:up|in|down)|"
    # round 15 (outbound_probe33's ordinary messages): what parking costs, an event to come to ("car park is £1 after 6pm
    # if you come to the late night shopping event")
    r"(?:car ?park|parking)(?: \w+)? (?:is|'s|costs?) (?:only |just )?(?:free|£\d|\d+p)|if (?:you|u|ya) (?:come|go|pop|get) "
    r"(?:down |along |over )?to the (?:\w+ ){0,4}?(?:event|fair|festival|session|show|match|gig|party|launch|open day|"
    r"market|disco|club|signing)|worth a (?:look|visit|go|try|watch|listen)|worth (?:checking out|popping (?:in|down|along)|"
    r"going to))\b",
    re.IGNORECASE,
)
_ARRANGING = re.compile(
    # round 11 (outbound_probe20's ordinary messages): meeting up and getting about — "I'll come straight to you after",
    # "I'll come down to the barriers", "I can pick you up from outside the Co-op", "we'll drive over together", "keep your
    # ticket and I'll sort the refund", "make sure you come in before then", "text me when you get off the train"
    r"\b(?:(?:i'?ll|ill|i will|we'?ll|we will|i can|we can) (?:come|pop|head|walk) (?:straight |right )?(?:to (?:you|u|yours)\b"
    r"(?=.{0,30}\b(?:after|about|around|at|by|from|when|once)\b)|down to the (?:barriers|station|platform|entrance|reception|"
    r"gate|car ?park|lobby|front door|door|bus stop))|pick (?:you|u|ya) up (?:from|at|outside|by)\b|(?:we'?ll|we will|we can) "
    r"(?:drive|walk|go|head|get the bus|get a taxi) (?:over|there|down|up|in) together|keep (?:your|ur) (?:ticket|tickets|"
    r"receipt|receipts)\b|sort (?:the|your|ur) (?:refund|fare|ticket|expenses)|(?:can|could) (?:you|u) (?:come|pop (?:round|over|by)|"
    r"visit) (?:later|tomorrow|another (?:time|day)|next week|at \d+|after \d+|in the (?:morning|afternoon))\b|(?:keep|hang on to|hold on to|look after) (?:hold "
    r"of )?(?:it|them|that|this|my \w+) (?:for me )?(?:till|until|til) (?:\w+day|tomorrow|next week|i see (?:you|u))|(?:jump\w*|hop\w*|get\w*) (?:in|into) the "
    r"(?:shower|bath)\b.{0,15}\b(?:then|after|and)\b|make sure (?:you|u) (?:come|get|arrive|bring|have|"
    r"ring|call|book|pop|are|get there|get here)\b|text (?:me|us) when (?:you|u) (?:get|arrive|are|reach|land))\b|"
    # a pet or a new home shown off ("your hamster's new cage sounds amazing, send a pic": outbound_probe18)
    # a visit at a time ("I'll come to you at 10 as usual": outbound_dev)
    r"\b(?:(?:i'?ll|ill|i will) come to (?:you|yours|your (?:house|flat|place)) (?:at|for|on|about) (?:\d+|half|quarter|"
    r"ten|eleven|twelve|nine|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
    r"(?:your|ur) (?:hamster|dog|cat|puppy|kitten|rabbit|bunny|guinea pig|fish|pet|budgie|parrot|tortoise|garden|"
    r"new (?:flat|house|home|cage|bike|kitchen|puppy|kitten))\b.{0,60}\bsend (?:us |me )?(?:a|some) (?:pic|pics|photo|photos|picture)|"
    r"(?:send|text|email|give) me (?:the|a) (?:address|number|link|details|form|letter|copy|pic of the|photo of the)|(?:do you |would you |if you )?want me to|shall i|(?:i'?ll|ill|i will) be wearing|my name is|"
    # round 15b: known by what one wears or carries ("ill be the one in the green hoodie", "I'll be the one with the pram")
    r"(?:i'?ll|ill|i will|i'?m|im|i am) (?:be )?the one (?:in|wearing|with|holding|carrying) (?:the|a|an|my) (?:[\w-]+ ){0,2}?"
    r"(?:coat|jacket|hoodie|hat|cap|beanie|scarf|jumper|top|shirt|dress|fleece|mac|trainers|boots|glasses|bag|rucksack|"
    r"umbrella|brolly|pram|buggy|lanyard|sign|dog|clipboard|folder)\b|"
    r"(?:i'?ll|ill|i will) (?:wait|meet you|see you) (?:by|at|in|outside) the (?:main )?(?:doors?|entrance|reception|gate)|"
    r"come (?:down|out|up) when (?:you'?re|youre|ur|u r|you are|u are) (?:ready|free|done)|(?:buzz|let) me in\b|"
    r"(?:please|pls|plz|can you|could you|can u) (?:call|ring|phone) (?:me )?back\b|"
    r"so (?:i|we) (?:know|can spot|can recognise|recognise|can find|spot) (?:(?:its|it'?s|it is) )?(?:you|u)\b|"
    r"(?:block|blocking|blocked) (?:the|my|our|your|ur) (?:drive|driveway|road|entrance|door|gate|garage|bins|car|space)\b|"
    # where someone will be, or finding the place, when meeting (outbound_probe10's ordinary messages): "I'll be in the
    # blue Corsa, I'll park by the post box", "did you manage to find the building ok"
    r"(?:i'?ll|ill|i will|i'?m|im|i am) (?:be )?(?:in (?:the|a|my) (?:\w+ ){0,2}(?:car|corsa|fiesta|van|polo|golf|taxi)|"
    r"park(?:ed)? (?:by|at|in|near|on) the)|(?:find|found|finding) the (?:building|office|place|room|entrance|centre|venue|"
    r"address|way)\b|"
    # the practitioner at the door (outbound_probe15's ordinary messages): "I'm outside the block, can you come down?"
    r"(?:can|could) (?:you|u) (?:come|pop) (?:down|out|up)\b|buzzer'?s? (?:not|isn'?t|isnt|is not|doesn'?t|doesnt) work\w*|"
    r"(?:i'?m|im|i am) (?:just )?(?:outside|downstairs|at the (?:door|gate|entrance|front))\b(?! (?:your|ur|yer)\b)|"
    # directions at reception (outbound_probe16's ordinary messages): "on the right as you come in", "say you're seeing me"
    r"as (?:you|u) (?:come|walk|get) in\b|(?:say|tell (?:them|reception|the desk)) (?:that )?(?:you'?re|youre|you are) (?:here )?"
    r"(?:to see|seeing|meeting|with) me\b|"
    # round 16: when the visit is ("wot time r u comin"), not when the worker finishes or leaves work
    r"(?:what|wot|wat|wht|wt) time (?:are|r|is|will|do|d'?you|would) (?:you|u|ya) (?:be )?(?:coming|comin|cumin|coming round|"
    r"coming over|arriving|getting here|here|round|over|popping (?:in|round|over)|visiting|calling)\b|"
    # round 16: a photograph of the home or of paperwork sent as asked ("sending a pic of the mould in her room like you asked")
    r"(?:pic|pics|photo|photos|picture|pictures|screenshot|screenshots|video|snap)s? of (?:the |my |our |her |his |a |an |some |"
    r"their |that |this )?(?:\w+ ){0,2}?(?:mould|mold|damp|leak|leaks|crack|cracks|damage|hole|ceiling|walls?|windows?|boiler|"
    r"meter|letter|letters|form|forms|bill|statement|payslips?|receipts?|tenancy|contract|certificate|passport|prescription|"
    r"radiator|carpet|stairs|bathroom|kitchen|fridge|cooker|lock|door|paperwork|award letter|rent statement|sick note|fit note)\b|"
    # round 23: something got, made or kept for the worker ("I'll get you a brew when you come in", "ill knock u up a
    # sandwich", "im gonna get you a thank you card", "my mum will sort you out with a cuppa") - not a beating "got" for them
    r"(?:i'?ll|ill|i will|i can|we'?ll|we will|we can|i'?m gonna|im gonna|i'?m going to|im going to|gonna|(?:my|me|our) \w+ "
    r"(?:will|'?ll|ll|can)) (?:\w+ ){0,3}?(?:get|grab|bring|make|do|find|save|print|knock|burn|sort|fetch|buy|pick|keep|dig|put|"
    r"send|copy|cook|bake|order|book) (?:you|u|ya)(?: (?:up|out|off|aside|back))? (?!(?:a |an |the )?(?:kicking|beating|"
    r"hiding|slap|smack|battering|doing|pasting|leathering|good hiding|knuckle sandwich|bullet|knife)\b)(?:with )?(?:a|an|"
    r"some|the|one|two|ur|your|yours|summat|something|sommat|copies|copy)\b|"
    # round 23: the worker met at a named place ("ill find you in the waiting room", "ill find u at the school gates") - a
    # place of the worker's own ("outside your office") is not one
    r"(?:i'?ll|ill|i will|we'?ll|we will|i can|we can) (?:come and |come n )?(?:find|meet|see|catch|grab) (?:you|u|ya) (?:in|at|"
    r"by|outside|near|inside) the (?!end of)\w+)\b",
    re.IGNORECASE,
)
# Round 16 (inbound_unseen32): the worker thanked for how they have been ("you've been sound with me", "you have been
# brilliant with the kids"): taken out of what the word models read, and a message with it is not asked about as abuse of
# the worker ("your manager's a bit of a jobsworth but you've been sound with me"; an insult or slur is still found by the
# phrases).
_THANKED = (
    r"\b(?:you'?ve|youve|uve|u'?ve|you have|u have) (?:always |honestly |genuinely )?been (?:so |really |dead |very |proper |"
    r"absolutely |nothing but |a )?(?:sound|great|brilliant|amazing|lovely|kind|good|fab|fantastic|helpful|star|legend|diamond|"
    r"gem|class|spot on|decent|fair|nice|supportive|patient|ace|mint|godsend|life ?saver|rock) (?:with|to|for) (?:me|us|my \w+|"
    r"our \w+|the kids|him|her|them)\b"
)
# Round 15b (outbound_probe36's ordinary messages): a match talked about ("another clean sheet", "what a result", "the lads
# were unreal", "u going to the derby?"). These words are taken out of what the word models read (_PLEASANTRIES), and the
# safeguarding model is not asked about a message with them unless it also tells of someone hurt (_SPORT_TALK): "some lads
# jumped me after the match" is still read.
_MATCH_TALK = (
    r"\b(?:a |another |first |1st )?clean sheets?\b|\bwhat an? (?:result|game|match|goal|win|comeback|finish|save|strike|"
    r"performance|season)\b|\b(?:the )?(?:lads|boys|girls|team|squad|keeper|defence|side) (?:were|was|played|looked) (?:\w+ )?"
    r"(?:unreal|class|quality|immense|brilliant|amazing|superb|different class|on fire|solid|awesome|mint|top|buzzing|"
    r"buzzin)\b|\b(?:you|u|ya) "
    r"(?:watching|watch|going to|goin to|off to|seeing|see|catch|catching) (?:the )?(?:derby|match|game|final|semi|semis|"
    r"highlights|goals?|race|grand prix)\b|\b(?:won|lost|drew|draw|win|beat \w+) (?:\d+ ?[-–] ?\d+|(?:\d+|one|two|three|four|five|six) "
    r"(?:nil|all|to (?:\d+|one|two|three|nil)))\b"
)
# "I hope you're well", "hope u had a good weekend": pleasantries are taken out of the text the word models read, as
# their words ("i hope", "you") weigh for abuse in wishes of harm ("i hope you get cancer").
_PLEASANTRIES = re.compile(
    r"\byou (?:deserve|deserved) it\b|"  # "hope you have a lovely weekend, you deserve it"
    # round 11: a good day out told ("i took the kids swimming, they loved it"), a flat battery ("the battery's dead")
    r"\b(?:battery|batteries)\b[^.!?]{0,30}?\b(?:gone|died|run out|ran out|flat|dead)\b|"  # round 15: a hearing aid's
    r"\b(?:they|we|he|she|the kids|everyone) (?:all )?(?:loved|enjoyed|had a (?:great|lovely|brilliant|fab|fabulous|good|great) "
    r"(?:time|day))(?: it| every minute)?\b|\b(?:battery|phone|car|laptop|charger|torch|remote|tablet|ipad)(?:'s| is| has gone| "
    r"went|s) (?:\w+ )?dead\b|\b(?:took|taking|take|taken) (?:the kids|the children|them|him|her|my \w+|the baby|the little ones|"
    # round 16: a day out the writer was taken on ("the lads from work took me bowling")
    r"me|us) "
    r"(?:to (?:the )?(?:park|beach|zoo|cinema|pictures|pool|baths|seaside|soft play|farm|museum|library|panto|nan'?s|nanna'?s|"
    r"grandma'?s|gran'?s|school|nursery|fair|funfair|party|cafe|pub for (?:lunch|tea|dinner))|swimming|bowling|shopping|"
    r"skating|out for (?:tea|lunch|dinner|a meal|ice cream|a walk)|for a walk)\b|"
    # round 11 (outbound_probe22's ordinary messages): a notice of what's on ("the summer activity plan is up on the
    # noticeboard, loads of free stuff for the kids")
    r"\b(?:is|are|'?s) (?:now )?(?:up |out )?on (?:the|our) (?:noticeboard|notice board|website|facebook page|fb page)\b|"
    # round 11: football ("saw your lot won the derby"), concern for the worker ("hope you're looking after yourself")
    r"\b(?:your|ur|yer) (?:lot|team|boys|club|side) (?:won|lost|drew|beat|got beat|got thrashed|thrashed|are top|are bottom|got "
    r"relegated|got promoted|scored|played|smashed it)\b|\b(?:(?:i )?hope (?:you'?re|youre|ur|you are) )?(?:looking after|take "
    r"care of|look after) (?:yourself|urself|yaself)\b|"
    r"\b(?:loads of |lots of )?free (?:stuff|activities|sessions|food|lunches|meals|tickets|trips|places) for (?:the )?(?:kids|"
    r"children|families|young people)\b|"
    # round 11: a kind warning or an invitation ("you'll get soaked", "mind how you go", "stick your head round the door")
    r"\b(?:you'?ll|youll|u'?ll|you will|you could) (?:get (?:soaked|drenched|wet|lost|cold|stuck)|catch (?:your|ur) death|break "
    r"(?:your|ur) neck)\b[^.!?]{0,40}|\bmind how (?:you|u) go\b|\b(?:stick|pop|poke) (?:your|ur) head (?:round|in|into|"
    r"through) (?:the )?(?:door|office|room)\b|"
    r"\b(?:i )?hope (?:you'?re|youre|ur|u r|you are|u are|you|u|ya) (?:well|ok|okay|good|keeping well|doing well|alright|"
    r"feeling better|had a (?:good|nice|lovely) \w+|have a (?:good|nice|lovely) \w+|enjoy\w*|get (?:some |a (?:good |proper |"
    r"nice )?)?(?:rest|sleep|break|well soon|better soon)|feel better\w*)\b|"
    # concern for the worker (inbound_unseen13): "you looked tired today", "you sounded stressed"
    r"\b(?:you|u) (?:looked|look|seemed|seem|sounded|sound) (?:really |so |a bit |very |proper )?(?:tired|stressed|busy|worn out|"
    r"exhausted|shattered|knackered|poorly|unwell|rushed|run off (?:your|ur) feet)\b|"
    # round 9 (the ordinary messages of the outbound sets): good luck wished, asking after someone's day, a reminder
    r"\b(?:good|gd|best of) luck\b[^.!?]{0,40}|\bhope (?:you|u|ya) (?:smash|ace|nail|enjoy|win|pass)\w*(?: (?:it|them|that))?\b|"
    r"\bhow did (?:the|your|ur|yer) (?:\w+ ){1,4}?go\b|\bdid (?:you|u|ya) (?:have|get) a (?:nice|good|lovely|great) (?:time|day|"
    r"weekend|holiday|christmas|break|birthday)\b|\bmake sure (?:your|ur) (?:phone|mobile) is (?:charged|on)\b|"
    # round 15b: a reminder to charge a phone ("make sure u charge ur phone tonight", "put ur phone on charge")
    r"\b(?:(?:make sure|remember to|don'?t forget to|dont forget to|can) )?(?:(?:you|u|ya) )?(?:charge|top up|put) (?:your|ur|"
    r"yer) (?:phone|mobile|battery|tablet|laptop)(?: on charge)?\b|"
    # and in our inbound sets, once the model's threshold came down: "not your fault I know", "i know where you mean",
    # "pip said im fit for work" (a benefits decision), "I'll wait for you outside reception"
    r"\b(?:it'?s |its |it is )?not (?:your|ur|yer) fault\b|\b(?:i )?(?:know|see) (?:where|what|who) (?:you|u|ya) mean\b|"
    r"\b(?:fit|unfit|capable) (?:for|to) work\b|\b(?:i'?ll|ill|i will) wait for (?:you|u|ya) (?:outside|at|in|by) (?:the )?(?:main )?"
    r"(?:reception|entrance|doors?|front|office|car ?park|station|library|cafe|building)\b|\b(?:get well|feel better) soon\b|"
    r"\b(?:you'?ll|youll|u'?ll|you will) be (?:glad|pleased|happy|relieved) to (?:know|hear)\b|"
    r"\b(?:you|u|ya|they) (?:said|say) no (?:to|about|on) (?:the|my|our|his|her|their) \w+|"
    # round 14 (outbound_probe26 and probe28's ordinary messages): "hope your week's going ok", "really suits you", "love the
    # yellow coat", "you'll smash it"
    r"\bmake (?:your|ur|yer) (?:life|job|day) (?:a bit |a little |so much )?(?:easier|simpler|better)\b|"
    r"\b(?:i )?hope (?:your|ur|yer) (?:\w+ ){0,2}?\w*(?:'s |s | is | are | has | have | )?(?:going|gone|went|been|was|goes) (?:ok|okay|well|"
    r"good|alright|great|fine|smoothly|nicely)\b|\b(?:really |it |that |they |so |totally )?suits? (?:you|u|ya)\b|\blove (?:the|"
    r"your|ur) (?:\w+ )?(?:coat|jacket|hat|scarf|jumper|top|shoes|trainers|boots|bag|glasses|haircut|hair cut|colour|earrings|"
    r"lanyard|mug|dog|puppy)\b|\b(?:you'?ll|youll|u'?ll|you will|you'?re gonna|youre gonna|you are going to) (?:smash|nail|ace|"
    r"boss|rock|storm) (?:it|them|that)\b|\b(?:you'?ve|youve|uve|you have) got this\b|"
    # round 15 (outbound_probe31 and probe33's ordinary messages): praise ("ur a legend for helping", "couldn't have done it
    # without you", "proud of u", "gave me goosebumps")
    # round 16: thanks for how the worker has been ("you've been sound with me", "you have been brilliant with the kids")
    + _THANKED + r"|"
    r"\b(?:you'?re|youre|ur|you are|u r|u are) (?:a |an |such a |an absolute |a total |a proper |a real |an actual )?(?:legend|"
    r"star|superstar|gem|diamond|hero|champ|natural|credit to \w+)\b|\b(?:couldn'?t|couldnt|could not|wouldn'?t|wouldnt) have "
    r"(?:done|managed) it without (?:you|u|ya)\b|\bproud of (?:you|u|ya)\b|\b(?:gave me|giving "
    r"me|got|actual|proper) (?:goosebumps|goose bumps|chills|shivers)\b|\bshowed me (?:your|ur|yer) (?:\w+ )?(?:essay|poem|"
    r"drawing|work|artwork|painting|certificate|report|story|results|grades|homework|project|coursework|portfolio)\b|"
    r"\b(?:your|ur|yer) (?:lot|team|staff|colleagues|service) (?:were|are|was|have been|has been) (?:so |really |very |dead |"
    r"absolutely )?(?:kind|brilliant|great|helpful|lovely|amazing|fab|fantastic|good)\b|"
    + _MATCH_TALK,
    re.IGNORECASE,
)
# "I'm gonna kill him, he's eaten all the biscuits lol": a threat said laughing is hyperbole, not a risk.
_JOKING = re.compile(
    # round 15: stretched forms ("loool", "lmaooo")
    r"\b(?:lo+l+[sz]?|lmf?a+o+|rofl|haha\w*|jk|only joking|just joking)\b|[\U0001f602\U0001f923\U0001f606]", re.IGNORECASE
)

# Round 14: hyperbole about a chore ("if i have to do one more maths test im literally going to die", "i swear if i have to
# sit one more mock im gonna scream"): neither a phrase nor the safeguarding model reads it as a risk.
_ONE_MORE_CHORE = (
    r"if i (?:have|had|hafta|gotta|got) (?:to )?(?:do|sit|hear|watch|read|fill (?:in|out)|write|mark|eat|listen to|go to|take|"
    r"attend|sit through|revise for|change) (?:one|1|another|any) more (?:\w+ )?(?:test|mock|exam|essay|form|assignment|shift|"
    r"meeting|quiz|homework|revision|lesson|class|zoom|teams call|call|email|spreadsheet|nappy|nappies|school run|wash|load|"
    r"episode|song|lecture|practice paper|paper|worksheet|question)s?\b[^.!?]{0,40}?\b(?:die|dying|dead|scream|cry|explode|"
    r"lose it|kill (?:my ?self|meself|someone|somebody)|jump (?:out|off)|throw (?:my ?self|myself))\b"
)
# Round 15: figures of speech for embarrassment or a fright ("wanted the ground to swallow me", "nearly died of shame", "my
# heart was in my mouth"): neither a phrase nor the safeguarding model reads them as a risk.
_FIGURES_OF_SPEECH = (
    r"\b(?:want|wanted|wanting|wish|wished|wishing|prayed for|praying for) (?:the )?(?:floor|ground|earth) to (?:swallow|open up)"
    r"|\b(?:nearly|almost|could have|could'?ve|coulda|practically|literally|actually|proper) (?:\w+ )?died (?:of|from|with) "
    r"(?:embarrassment|embarassment|shame|cringe|fright|shock|laughing|laughter)|\b(?:heart|stomach) (?:was |were |is |jumped |"
    r"leapt )?(?:in|into) my (?:mouth|throat)|\b(?:i'?m|im|i was|i am|was) mortified"
    # round 17: exasperation and tiredness ("he's driving me up the wall", "I'm dead on my feet")
    r"|\bdriv(?:ing|es|en) me (?:up the wall|round the bend|round the twist|mad|crazy|nuts|spare|insane|potty|bonkers|"
    r"demented)|\bdead on my feet|\bover my dead body|\b(?:will|'ll|ll|gonna|going to) be the death of (?:me|us)\b|\b(?:it'?s|its|it is|that'?s|thats|he'?s|hes|she'?s|shes|they'?re|theyre|"
    r"they are|he is|she is) (?:really |proper |well |so |totally |just )?doing my (?:head|nut|swede|box) in"
)
# Everyday idioms that use the words of the phrase tables (inbound_phrases.py) harmlessly. Registered in the
# shared index by inbound_phrases.py, between the threats and the tables, where it always was.
_HARMLESS_IDIOMS = re.compile(
    r"\b(?:(?:weather|heat|traffic|queue|bus|train|tube|line|rain|cold|wait|this|it|work|commute|boss|kids)"
    r"\s+(?:is\s+)?(?:killing|doing my head in)(?: me)?|could (?:murder|kill) (?:a|for a)|dying (?:to|for)|"
    r"i'?m starving,? (?:will|gonna|going|so)|starving,? (?:will|gonna) grab|"
    r"(?:can'?t|cant|cannot|couldn'?t) breath\w* (?:for|from|with) laugh\w*|"
    r"(?:killing|killed|kill) (?:my ?self|myself|meself) laugh\w*|(?:died|dying|dead) laugh\w*|"
    r"(?:didn'?t|didnt|did not) (?:come|get) (?:home|back) (?:till|until|til)|"
    r"(?:nearly|almost|practically) (?:had|have|having) (?:a )?heart attack|gave me a heart attack|"
    # round 11: pricked by a plant or a pin ("got stabbed by a rose bush")
    r"stabbed (?:by|with|on) (?:a |the |some )?(?:rose|roses|rose bush|thorns?|brambles?|cactus|needle|pin|fork|pencil|"
    r"splinter|holly|nettles?|compass)\b|"
    # round 17: the writer's or a child's own finger pricked ("he stabbed his finger with a pencil at school")
    r"(?:\bhe (?:accidentally |only |just )?stabbed his|\bshe (?:accidentally |only |just )?stabbed her|\bi (?:accidentally |only "
    r"|just )?stabbed my) (?:own )?(?:finger|thumb|hand|palm|foot|toe) "
    r"(?:by accident |accidentally )?(?:with|on) (?:a |the |some |his |her |my )?(?:pencil|pen|compass|needle|pin|fork|"
    r"drawing pin|splinter|thorn|skewer|cocktail stick)\b|"
    # round 17: a surprise given away ("she'll kill me if she knows I told you about her birthday surprise"); not "he'll kill
    # me if he finds out I told you"
    r"(?:she|he|they|mum|mam|dad)(?:'?ll| will| would|'?d) (?:actually |literally )?(?:kill|murder) (?:me|us)\b(?=[^.!?]{0,60}\b"
    r"(?:surprise|present|presents|birthday|party|spoil\w*|gift|engagement|proposal|christmas list|pressie)\b)|"
    # round 11: too much of a good thing ("overdosed on chocolate", "od'd on christmas telly")
    r"(?:overdos\w*|od'?d|oding|od) on (?:\w+ )?(?:chocolate|choc|sweets|cake|cakes|crisps|biscuits|sugar|coffee|caffeine|"
    r"telly|tv|netflix|christmas|food|pizza|love|sun|sunshine|films?|box ?sets?|carbs|mince pies|quality street|selection "
    r"boxes|easter eggs|gaming|fortnite|cheese|takeaways?|chips|haribo|energy drinks|red bull|nostalgia|reality tv|soaps)\b|"
    # round 14: a pet or a thing missing, not a person ("my cat's been missing 3 days", "the parcel has gone missing")
    r"(?:cat|cats|dog|dogs|kitten|puppy|pup|pet|rabbit|tortoise|hamster|budgie|parrot|bird|ferret|guinea pig|snake|keys|phone|"
    r"wallet|purse|parcel|post|letter|bike|form|paperwork|file|lanyard|passport|"
    # round 16: post or a thing that keeps going missing ("my post keeps going missing")
    r"mail|letters|parcels|deliveries|documents|socks|shoes|glasses|remote)(?:'?s| has| is| was| have| are| keeps| keep| kept)? "
    r"(?:been |gone |went |go |is |now |going |always going |goes )?missing\b|"
    # round 14: hyperbole about a chore ("if i have to do one more maths test im literally going to die")
    + _ONE_MORE_CHORE + r"|"
    # round 14: a meal missed because of a busy day ("haven't eaten since breakfast cos of that meeting")
    r"(?:haven'?t|havent|not|aint|ain'?t|hav not) (?:eaten|ate|had (?:anything|owt|a bite|lunch))(?: anything)? since "
    r"(?:breakfast|brekkie|brekky|lunch|lunchtime|this morning|earlier|midday|dinner ?time|first thing)\b(?! (?:yesterday|on "
    r"\w+day|\w+day))|"
    # round 14: exasperation at a relative over a small thing ("ill kill my brother hes borrowed my charger again")
    r"(?:i'?ll|ill|i will|gonna|im gonna|i'?m gonna|i could|could|i swear i'?ll|i swear ill) (?:kill|murder|strangle|throttle|"
    r"swing for|batter) (?:my|me|our) (?:brother|sister|bro|sis|husband|hubby|wife|fella|partner|other half|mum|mam|dad|son|"
    r"daughter|kids?|flatmate|housemate)\b(?=[^.!?]{0,40}\b(?:borrowed|nicked|pinched|took|taken|ate|eaten|used|finished|"
    r"drank|lost|broke|left|forgot|hogg\w*|hidden|hid|messed|moved|wore|is late|was late)\b)|"
    # round 19 (inbound_unseen38): the same said of someone coming home ("I'll kill him when he gets in, he's left the front
    # door wide open again and the dog got out")
    r"(?:i'?ll|ill|i will|gonna|im gonna|i'?m gonna|i could|i swear i'?ll|i swear ill) (?:kill|murder|strangle|throttle|"
    r"swing for) (?:him|her|them) when (?:he|she|they|i see (?:him|her|them)|(?:he|she|they) (?:gets?|comes?|walks?) (?:in|home|"
    r"back|through the door))\b(?=[^.!?]{0,60}\b(?:borrowed|nicked|pinched|took|taken|ate|eaten|used|finished|drank|lost|"
    r"broke|left|forgot|forgotten|hogg\w*|hidden|hid|messed|moved|wore|got out|muddy|mess|spent)\b)|"
    r"(?:went|gone|go|goes|was) missing\b.{0,25}\bfor (?:about |like |a )?(?:\d+|a few|a couple of|two|five|ten|a) "
    r"(?:mins?|minutes?|secs?|seconds?|moment)\b|"
    # round 15: a child who wandered off for minutes ("she ran off in asda for like 2 mins"), figures of speech
    r"(?:wandered|wandering|ran|run|toddled|went|wondered) off\b.{0,30}\bfor (?:about |like |a )?(?:\d+|a few|a couple of|"
    r"two|five|ten|a) (?:mins?|minutes?|secs?|seconds?|moment)\b|" + _FIGURES_OF_SPEECH + r"|"
    r"(?:i )?(?:won'?t|wont) be (?:here|home|in) tomorrow\W+(?:i'?m|im|as|cos|coz|because|at|going|gonna|we'?re)|"
    # inbound_unseen13: an accident told ("I fell over in town and broke my wrist"), nobody else in it
    # outbound_probe14: a service named after what it helps with ("the Domestic Abuse Service", "domestic violence
    # helpline") is not a disclosure; pictures of a pet or a new home asked for are not advances
    r"domestic (?:abuse|violence) (?:service|team|helpline|charity|worker|officer|unit|project|advocate|coordinator|"
    r"training|course|programme|awareness|champion|forum|hub|refuge)s?|"
    r"(?:puppy|puppies|kitten|kittens|dog|cat|pup|rabbit|hamster|garden|new (?:flat|house|home|room|place|kitchen|bike)|"
    r"cake|christmas tree|holiday|allotment)\b.{0,60}\bsend (?:me |us )?(?:a |some )?(?:pic|pics|photo|photos|picture|"
    r"pictures)|"
    r"(?:fell|fall|falling|fallen|tripped|slipped|came off|fell off) (?:(?!(?:pushed|shoved|hit|kicked|threw|thrown|he|she|"
    r"they|him|her)\b)[\w']+\W+){0,8}?(?:broke|broken|sprained|fractured|cracked|bruised|twisted|hurt|cut) (?:my|his|her|"
    r"their) (?:wrist|arm|leg|ankle|foot|toe|finger|hand|nose|collarbone|hip|knee|elbow|shoulder|rib|ribs|back)\b|"
    # a widening sweep of round 9: exaggeration about brothers and sisters ("she'll kill her brother", "my brother
    # will batter me at fifa")
    r"(?:(?:he|she|they)(?:'?ll| will|ll| is gonna| is going to|s gonna|'?s gonna) |(?:brother|sister|bro|sis) (?:will |is gonna |"
    r"is going to |'?ll |gonna ))(?:kill|murder|batter|strangle|throttle|thrash|destroy|slaughter) (?:me|her|him|them|each other)"
    r"(?= (?:brother|sister|bro|sis)\b| (?:at|on) (?:fifa|fortnite|cod|the xbox|the ps[45]|the game|monopoly|cards|football|"
    r"pool|darts|mario ?kart)\b)|"
    # inbound_unseen15: violence in music, games and films ("that knife crime drill song", "killed me on fortnite")
    r"(?:knife|knives|gun|guns|stab\w*|shoot\w*|shot|kill\w*|murder\w*|violen\w*|blood\w*|gang\w*)\b(?: \w+){0,3} "
    r"(?:drill|rap|grime|trap) (?:song|songs|track|tracks|music|video|videos|tune|tunes|lyrics|artist|rapper)s?|"
    # round 15b (outbound_probe35 and probe36's ordinary messages): waiting for someone who has been told which bus to catch or
    # when a place opens ("hop on the 12 to the market, off by the bank, ill be waiting"; "the hall opens at 10, I'll be
    # waiting by it") — not when the other's own comings and goings, home or work are in it ("u start at 9, ill be
    # waiting", "get the bus home tonight, ill be waiting")
    r"(?:(?:get|catch|take|jump on|hop on|grab) the (?:number )?(?:\d+[a-z]?|bus|train|tram|metro)\b|(?<!\byou )(?<!\bu )"
    r"(?<!\bya )(?:opens?|starts?|begins?|kicks off|doors open) (?:at|from) (?:\d|half|quarter|nine|ten|eleven|twelve|noon))"
    r"(?:(?!\b(?:you|u|ur|your|yer|ya|yours|home|house|flat|work|shift|finish\w*)\b)[^.!?]){0,80}?\b(?:i'?ll|ill|i will) be "
    r"waiting\b|"
    r"(?:kill|killed|killing|kills|shot|shoot|shooting|stab|stabbed|stabbing|murder\w*|died|dead|knifed)\b.{0,30}\b(?:on|in|"
    r"playing) (?:fortnite|gta|cod|call of duty|minecraft|roblox|warzone|apex|the (?:game|xbox|playstation|ps[45]|film|movie|"
    r"series|show)|a (?:game|film|movie|video game))\b|"
    # round 20b (inbound_unseen43): being pushed on to something good, thanked ("couldn't have done it without you pushing
    # me", "she pushed me to apply for college", "he keeps pushing me to go to the gym") — not pushed into a wall or down
    r"(?:it|he|she|they|him|her) without (?:you|u|ya|him|her|them) (?:pushing|pushin|pushed|push|nagging|encouraging) (?:me|us|"
    r"her|him|them)|(?:he|she|they|it) (?:\w+ ){0,2}?(?:pushed|pushing|pushes|push|pushin) (?:me|us|her|him) (?:to|into) "
    r"(?:apply\w*|go|going|do|doing|try|trying|keep|finish\w*|get|getting|take|taking|sign\w*|enrol\w*|join\w*|start\w*|"
    r"speak\w*|ask\w*|open\w*|study\w*|revis\w*|train\w*|learn\w*|stick at|carry on|see a|book\w*)\b|"
    # round 20a: death as a figure of speech, with a mock farewell ("if i die of boredom on this training course tell my mum i
    # loved her 💀😂", "if I die of old age in this queue, bury me with my phone"): the farewell inside it is not read as one
    r"if (?:i|we) (?:\w+ )?(?:die|dies|drop dead|pass away|don'?t make it|dont make it|don'?t survive|dont survive|perish) "
    r"(?:of|from) (?:boredom|embarrassment|cringe|laughing|laughter|shame|exhaustion|tiredness|the heat|heat|hunger|"
    r"starvation|cold|the cold|old age|excitement|stress|paperwork|(?:this|the|that) (?:course|meeting|training|queue|wait|"
    r"shift|form|call|hold music|traffic|heat|cold))\b[^.!?\n]{0,80}|"
    # round 22 (inbound_unseen50-51, two writers): an older person's fall, seen and only bruised ("Mum had a fall last night,
    # paramedics came and checked her over and she's fine just bruised") — not with anyone's hand in it ("had a fall, he
    # pushed me"), and only in one sentence
    r"(?:had|took|has had) (?:a|another|a little|a bit of a|a nasty|a small) (?:fall|tumble|trip)\b(?:(?!\b(?:push\w*|"
    r"shov\w*|hit|punch\w*|kick\w*|thr[eo]w|grabb?\w*|attack\w*|he|him|boyfriend|partner|husband|fella|deliberately|on purpose)"
    r"\b)[^.!?\n]){0,100}?\b(?:just|only|a bit|bit|a few|few|some|a little|bit of|a bit of) (?:bruis\w*|shaken|shook up|sore)|"
    # round 22 (inbound_unseen50-51, two writers): a phone or console taken by a carer or parent as a sanction ("my foster
    # carer took my phone off me cos i was on it at 1am", "my foster mum took my phone cos I was cheeky") — not by a partner
    r"(?:foster (?:carer|mum|mam|dad|parents?)|carers?|mum|mam|dad|nan|gran|step ?(?:mum|mam|dad)|support worker|key ?worker) "
    r"(?:has |have )?(?:took|taken|confiscated|took away|has took) (?:my|me) (?:phone|ipad|tablet|xbox|ps[45]|playstation|laptop|"
    r"console|switch)(?: off me| away)? (?:cos|coz|cuz|cause|because|as|for|till|until|at bedtime|at night)\b)\b",
    re.IGNORECASE,
)

# Round 14: a formal complaint ("I am writing to formally complain...", "within 10 working days") and an errand done at last
# ("got my bank account opened finally"): the safeguarding model is not asked about them (the phrases still read them).
_COMPLAINT_OR_ERRAND_DONE = re.compile(
    r"\b(?:" + _ONE_MORE_CHORE + r"|formally complain|(?:works|working|work|on) (?:nights|lates|earlies|shifts|days|nights "
    r"this week)\b[^.!?]{0,30}?\b(?:better|best|easier|suits?|works (?:better|best)|are good|is good)|formal complaint|complaints? (?:procedure|process|policy|team|department)|written response|within "
    r"\d+ working days|stage (?:1|2|one|two) complaint|(?:got|finally got|have got|'ve got|ve got) (?:my|me|our|the|his|her) "
    r"(?:bank account|account|passport|birth certificate|provisional|licence|driving licence|blue badge|bus pass|brp|id|"
    r"national insurance number)\b[^.!?]{0,20}?\b(?:opened|open|sorted|approved|through|back|accepted|granted|finally|set up))\b",
    re.IGNORECASE,
)
# Round 16 (inbound_ordinary1): the worker's visit looked forward to — a drink offered, something made or kept to show them
# ("mum's asking if you take sugar", "she's making scones for when you come", "he wants to show you his Lego", "he keeps
# asking when he's seeing you next"): neither word model is asked (both weighed "you take", "asking", "making").
_LOOKING_FORWARD_TO_A_VISIT = re.compile(
    r"\b(?:(?:if|whether|how) (?:you|u|ya) (?:take|have|like|want) (?:sugar|milk|tea|coffee|a brew|a cuppa|your (?:tea|coffee|"
    r"brew|cuppa))|(?:tea|coffee|brew|cuppa|cake|scones|biscuits|lunch|dinner|sandwiches|buns|kettle)\b[^.!?]{0,40}?\bfor "
    r"when (?:you|u|ya) (?:come|get here|arrive|visit|pop (?:in|round|over)|next come)|(?:can'?t|cant|cannot) wait (?:to see "
    r"(?:you|u|ya)|for (?:your|ur) visit)|looking forward to (?:seeing (?:you|u|ya)|(?:your|ur) visit)|"
    r"(?:asking|asked|asks|keeps asking|been asking|wants to know|wondering) when (?:he'?s|hes|she'?s|shes|they'?re|theyre|"
    r"we'?re|were|he|she|they|we|i'?m|im|i) (?:is |are |am )?(?:seeing|going to see|gonna see|can see|will see|next see|see) "
    r"(?:you|u|ya)\b|(?:he|she|they|he'?s|hes|she'?s|shes|they'?re|theyre)(?: is| are)? (?:\w+ )?(?:wants?|wanting|dying|"
    r"desperate|can'?t wait|cant wait|excited|keeps asking) to show (?:you|u|ya) (?:his|her|their) (?!(?:\w+ )?(?:willy|dick|"
    r"cock|bits|privates|body|bum|boobs|tits|pics|photos|nudes)\b)\w+)",
    re.IGNORECASE,
)
# Round 14: the worker exonerated ("not your fault I know"), and an outburst at a relative over a small thing ("ill kill my
# brother hes borrowed my charger"): the inappropriate model is not asked about them.
_NOT_AIMED_AT_THE_WORKER = re.compile(
    _THANKED + r"|\b(?:(?:it'?s|its|it is) )?not (?:your|ur|yer) fault\b|\b(?:i know|i know it'?s|i know its) not (?:you|u)\b|\b(?:kill|"
    r"murder|strangle|throttle|swing for) (?:my|me|our) (?:brother|sister|bro|sis|husband|hubby|wife|fella|partner|other half|mum|"
    r"mam|dad|son|daughter|kids?|flatmate|housemate)\b",
    re.IGNORECASE,
)


_SPORT_TALK = re.compile(
    r"^(?![\s\S]*\b(?:jump\w*|batter\w*|beat (?:me|him|her|them|us|up)\b(?! (?:\d|one|two|three|four|five|six|nil))|beaten|hit|kick\w* (?:me|him|her|off|in)|stab\w*|punch\w*|"
    r"hurt|attack\w*|bleed\w*|blood|hospital|a ?& ?e|ambulance|police|scared|frightened|missing|knife|glass\w*|fight|fighting|"
    r"jumped|chased|threat\w*|robbed|mugged|cant walk|can'?t walk)\b)[\s\S]*?(?:" + _MATCH_TALK + ")",
    re.IGNORECASE,
)


# Round 15b (outbound_probe36's ordinary messages): the writer's own leave, away or back ("back off maternity leave in May so
# you'll have me again", "on annual leave till the 3rd"): neither word model is asked (the phrases still read it).
_OWN_LEAVE = re.compile(
    r"\b(?:i'?m|im|i am|i'?ll be|ill be|i will be|i was|i'?ve been|ive been|i go|i'?m going|im going|going|back|be back|coming "
    r"back|returning|return) (?:back )?(?:off|on|from|to) (?:my )?(?:maternity|paternity|annual|sick|study|parental|adoption|"
    r"compassionate|long[- ]term sick) leave\b|\b(?:i'?m|im|i am|i'?ll be|ill be) (?:off|away|back) (?:on|from) (?:my )?(?:hols|"
    r"holiday|holidays|leave|mat leave)\b|\bback (?:off|from) mat leave\b",
    re.IGNORECASE,
)


# Round 15: ordinary news the safeguarding model weighs wrongly (the phrases still read it): a recovery milestone celebrated
# ("6 weeks clean today, proud of myself"), reassurance given when asked after ("I am fine, thanks for checking"), a meeting
# asked for with a school or other service ("I want a meeting with the head and you"), and the figures of speech above.
_ORDINARY_NEWS = re.compile(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:days?|weeks?|months?|years?|yrs?) (?:sober|"
    r"clean|dry|off (?:the )?(?:drink|booze|gear|drugs|weed|fags|smokes|cigs))\b(?=[^.!?]{0,40}(?:\btoday\b|\bproud\b|"
    r"\bmilestone\b|\bchip\b|\bcoin\b|\banniversary\b|\bcelebrat|\U0001f389|\U0001f973|\U0001f4aa))(?![^.!?]{0,60}\b(?:but|"
    r"struggl\w*|craving\w*|want to (?:use|drink)|relaps\w*)\b)|"
    # round 18 (inbound_unseen36): the milestone said the other way round, with nothing after it of a struggle ("Ive been clean 2
    # years on Sunday, just wanted to tell someone", "sober 18 months today", "officially a year off the gear")
    r"\b(?:been|i'?m|im|i am|now|officially|be|stayed|kept|staying) (?:clean|sober|dry|off (?:the )?(?:drink|booze|gear|drugs|"
    r"weed|smack|heroin|crack|coke|spice|pills)) (?:for )?(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|eighteen|a whole|a full) (?:days?|weeks?|months?|years?|yrs?)\b(?![\s\S]{0,120}\b(?:but|struggl\w*|craving\w*|"
    r"want to (?:use|drink)|wanna (?:use|drink)|relaps\w*|slipped|used again|using again|tempted|urges?|hard|scared)\b)|"
    # round 19 (inbound_unseen39): stopped and counted ("ive stopped drinking, 3 months today 💪"), with nothing after of a struggle
    r"\b(?:stopped|quit|given up|gave up|packed in|come off|came off) (?:the )?(?:drinking|drink|booze|using|drugs|gear|weed|"
    r"smoking|fags|vaping|gambling)\W+(?:for )?(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) "
    r"(?:days?|weeks?|months?|years?|yrs?) (?:today|now|tomorrow|this week|and counting|on \w+day)\b(?![\s\S]{0,120}\b(?:but|"
    r"struggl\w*|craving\w*|want to (?:use|drink)|wanna (?:use|drink)|relaps\w*|slipped|used again|using again|tempted|urges?|"
    r"hard|scared)\b)|"
    r"\b(?:i'?m|im|i am|we'?re|we are) (?:ok|okay|fine|good|alright|well|doing (?:ok|okay|well|good|fine))\W+(?:thank you|thanks|"
    r"thank u|thankyou|ty|cheers) (?:for|4) (?:ask\w*|check\w*|your concern|thinking of)|"
    r"\b(?:want|need|would like|i'?d like|id like|request|requesting|asking for) (?:a|an|another) (?:meeting|appointment|review|"
    r"word|chat) with (?:the |his |her |my |our |a |their )?(?:senco|head ?teacher|head|teacher|school|college|gp|landlord|"
    r"housing officer|paediatrician|council|nursery|ehcp (?:team|coordinator)|sendco|inclusion (?:lead|team))\b|"
    # round 15 (outbound_probe31 and probe33's ordinary messages): trying to reach someone about an arrangement, a charity
    # event, a thing offered ("been trying to ring u about the viewing", "help with the charity car wash", "got a spare
    # phone case if you want it")
    r"\b(?:trying|tried) to (?:ring|call|phone|get hold of|reach|contact|text) "
    r"(?:you|u|ya)\b[^.!?]{0,40}?\babout (?:the|your|ur|our|a) (?:\w+ ){0,2}?(?:viewing|appointment|meeting|interview|"
    r"visit|form|forms|letter|application|booking|session|review|flat|house|bid|course|trip|tickets?)\b|"
    r"\b(?:charity|fundraising|fundraiser|sponsored) (?:\w+ ){0,2}?(?:wash|walk|run|swim|event|day|bake sale|match|quiz|"
    r"disco|raffle|stall|cycle|bike ride|fun day)\b|\braising money for\b|"
    r"\b(?:got|have|i'?ve got|ive got) a spare \w+(?: \w+)? (?:that|if|for)\b|"
    # ways looked up to do something everyday ("looking up ways to make the money last")
    r"\b(?:looking|looked|look|googl\w*|search\w*|researching|reading) (?:up |into )?(?:ways|how) to (?:save|make (?:the|my|our) "
    r"money|cut|earn|budget|stretch|cook|claim|apply|pay|lower|reduce|fix|afford|get (?:a job|work|him into|her into|into))\b|"
    # round 16 (inbound_ordinary1): a result or an award ("got a merit in my btec", "passed my theory"), something made or
    # bought and shown off ("not bad if I say so myself"), an adaptation fitted ("the OT put rails in the bathroom"), a bill
    # queried ("thought I was exempt as a care leaver"), help with an everyday task ("she's gonna help me with my CV")
    r"\b(?:got|get|getting|achieved|awarded|given|won) (?:a |an |my |the |her |his )?(?:merit|distinction|distinction star|"
    r"pass|first|2:1|high pass|star of the week|certificate|award|badge|trophy|medal|head ?teacher'?s award|gold star|"
    r"grade [1-9a-c]|level [1-3])s?\b(?! (?:for|of) (?:a |an |the )?(?:\w+ )?(?:attempted|self|harm|stabb|assault))|"
    r"\bpass(?:ed)? (?:my|me|her|his|their|the|our) (?:driving |theory |practical |functional skills |maths |english |first )?"
    r"(?:test|theory|exam|exams|course|assessment|btec|gcses?|a levels?|nvq|level \d|maths|english|module|apprenticeship|"
    r"probation period|interview|mot|citb|cscs)\b|"
    r"\b(?:if i (?:do )?say so (?:my ?self|meself)|not bad for a first (?:go|try|attempt))\b|"
    r"\b(?:put|fitted|installed|fit|putting|fitting|installing|got|getting|having|had) (?:in |up )?(?:some |a |an |new |the |two |"
    r"2 )?(?:grab ?rails?|rails?|handrails?|hand rails?|banisters?|stair ?lift|ramp|key ?safe|shower (?:seat|chair|stool)|bath "
    r"lift|raised toilet seat|commode|perching stool|hoist|pendant alarm|careline|lifeline|walk-?in shower|wet room|"
    r"level access shower)\b|\bmakes? (?:such |a |all )?(?:a |the )?(?:big|huge|real|massive|world of|massive|lot of) "
    r"difference\b|"
    r"\b(?:council tax|tv licen[cs]e|water|phone|broadband|energy|gas|electric|electricity|mobile|credit card|student loan|"
    r"parking|rent account) (?:bill|letter|statement|reminder|account|company|people)s? (?:says|said|saying|reckons|claims|shows)"
    r"\b|\b(?:(?:thought|think) (?:i|we|she|he) (?:was|were|am|is|'?m|'?s) (?:exempt|entitled)|(?:single person|care leavers?'?|"
    r"student) (?:discount|exemption|reduction))\b|"
    r"\b(?:help|helping|helped|helps) (?:me|us|him|her|them) (?:with|to (?:do|write|fill in|finish|sort|update|make|apply "
    r"for)) (?:my|our|his|her|the|a|an|their) (?:new )?(?:cv|c\.v\.|application|applications|forms?|homework|coursework|"
    r"budget|budgeting|bills|letters?|paperwork|uc|universal credit|pip|claim|journal|job search|job applications?|interview|"
    r"cover letter|revision|driving|theory|bus pass|passport|bank account|college application|ucas|personal statement)\b|"
    + _FIGURES_OF_SPEECH,
    re.IGNORECASE,
)


# Round 17 (inbound_unseen35): everyday family life and errands the safeguarding models weigh wrongly on a new writer's
# wording. Each class below keeps the model from being asked only when the message tells of no harm at all (_NO_HARM_TOLD:
# someone hit, hurt, scared, missing, the police, a knife, not coping, wanting to die…): "typical teenager, but he came home
# with a black eye" is still read. The phrases still read every one of these messages.
_NO_HARM_IN_A_GAME = (
    r"^(?![\s\S]*\b(?:hit|hits|hitting|hurt\w*|bruis\w*|black eye|blood|bleed\w*|scared|frightened|terrified|afraid|missing|"
    r"police|knife|knives|self ?harm\w*|suicid\w*|overdose\w*|end it|cant cope|can'?t cope|(?:wants?|want|wanted|wanna|wish) (?:to )?(?:die|be dead)|"
    r"kill\w* (?:my|him|her|them)sel\w*|older|grown|adult|man|men|bloke|stranger|messag\w*|nudes?|pics|photos|pictures|"
    r"secret\w*|meet\w*|met|groom\w*|webcam|camera|address|money|gift ?cards?|v-?bucks|robux|won'?t let|wont let|not "
    r"allowed)\b)"
)
_NO_HARM_TOLD = (
    r"^(?![\s\S]*\b(?:hit|hits|hitting|hurt\w*|beat\w*|(?<!head is )(?<!head's )(?<!heads )(?<!head is pure )"
    r"(?<!head's pure )(?<!heads pure )(?<!head is proper )(?<!head's proper )batter(?!y|ies)\w*|punch\w*|kick\w*|slap\w*|stab\w*|bruis\w*|black eye|blood|"
    r"bleed\w*|scared|frightened|terrified|afraid|missing|run away|ran away|police|knife|knives|weapon|threat\w*|drunk|"
    r"drinking|drugs?|weed|dealers?|older (?:men|man|lads|boys)|grown (?:man|men)|touch\w*|abus\w*|neglect\w*|cant cope|"
    r"can'?t cope|not coping|kill\w*|die|dying|dead|suicid\w*|overdose\w*|self ?harm\w*|cutting (?:herself|himself|myself)|"
    r"end it|no food|starving|locked|alone all|(?:can'?t|cant) stop crying|not bonding|won'?t let|wont let|doesn'?t let|doesnt let|not allowed|"
    r"(?:stops|stopped|stopping) (?:me|her|him|us)|unconscious|(?:not|wasn'?t|wasnt|"
    r"isn'?t|isnt|stopped|stops|can'?t|cant|couldn'?t|couldnt) breath\w*|(?:he'?s|hes|he is|she'?s|shes|she is|they'?re|"
    r"theyre|aged?) (?:1[89]|[2-9]\d)\b|(?:his|their) (?:flat|house|place|car|van)|collapsed|ambulance|999|a ?& ?e|seizure|fitting|floppy|went blue|gone blue|turned blue|(?:comes?|came|coming|goes|went|gets|got|sneaks?|sneaked|snuck|creeps?|crept|walks?|walked) "
    r"(?:in|into|in to) (?:my|her|his|their|the kids'?|the girls'?|the boys'?) (?:room|bed|bedroom)|in (?:my|her|his) bed|in bed "
    r"with|shuts? the door|(?:don'?t|dont|didn'?t|didnt) like "
    r"(?:it|him|her|them|that)|(?:no|nae|nay|nowt|without|any) (?:gas|leccy|electric\w*|power|heating|hot water|money|nappies|"
    r"milk|formula|bed|beds|food|scran|credit on the meter)|baltic|"
    r"meter (?:ran|has run|'?s run|run|is run) out|regret having|(?:don'?t|dont) (?:love|"
    r"want) (?:her|him|the baby|it)|on (?:her|his|their) own all|"
    # round 19 (inbound_unseen39): a cold caught is an illness, not a cold home ("had a stinking cold all week")
    r"(?<!\bstinking )(?<!\bbad )(?<!\bnasty )(?<!\bheavy )(?<!\bhead )(?<!\bstreaming )(?<!\bman )(?<!\bcommon )"
    r"(?<!\bhorrible )(?<!\bhad a )(?<!\bgot a )(?<!\bhas a )(?<!\bhave a )(?<!\bcaught a )(?<!\bwith a )cold"
    # round 19 (inbound_unseen38): a cold drink or food is not a cold home ("burnt toast and cold tea")
    r"(?! (?:tea|toast|coffee|cuppa|brew|chips|pizza|food|dinner|drink|drinks|water|beer|can|sore|sores|caller|calling|"
    r"call|feet|shoulder|snap|sweat|turkey|meat|milk|juice|lager|cider|wine|one|ones)\b)|freezing|homeless|evict\w*|kicked out|"
    r"shouting at (?:me|her|him|them)|screaming at)\b)"
)
_EVERYDAY_FAMILY_LIFE = re.compile(
    _NO_HARM_TOLD + r"[\s\S]*?(?:"
    # an illness, an operation or a fall, said to be managed or mending ("Dad's been diagnosed with diabetes, he's on tablets
    # and doing alright", "my stepmum's had her gallbladder out, she's recovering at home", "mum had a fall but she's home
    # now and the carers are going in more")
    r"\b(?:diagnosed with|had (?:a|an|her|his|their|my|me) (?:\w+ ){0,2}?(?:op|operation|surgery|fall|scan|procedure|"
    r"replacement|\w+ (?:out|removed|replaced|done))|(?:hip|knee|cataract|gallbladder|hernia|heart|bypass|shoulder) (?:op|"
    r"operation|replacement|surgery)|in (?:hospital|the hospital) with (?:a |an |her |his |my )?(?:\w+ )?(?:infection|bug|virus|"
    r"flu|covid|pneumonia|bronchitis|water infection|uti|chest infection|broken \w+|fracture))\b[^.!?]{0,80}?\b(?:recovering|recuperating|doing (?:alright|all right|ok|okay|fine|"
    r"well|good|grand|great)|(?:back )?home now|on the mend|managing (?:ok|okay|fine|well|alright)|carers (?:are |r )?(?:going|"
    r"coming|popping) in|(?:getting|feeling) (?:stronger|better)|coping|improving|picking up|stable|comfortable|"
    r"(?:doing|getting on) (?:really |ever so |so )?well with)\b|"
    # children's ordinary behaviour moaned about ("a little madam all week, wont tidy her room, typical 13 year old", "the
    # twins are at each other's throats about the remote again, teenagers are exhausting")
    r"\btypical (?:teen|teenager|teenage (?:boy|girl|lad|lass)|toddler|boy|girl|lad|\d{1,2} ?(?:year|yr) old)s?\b|"
    r"\b(?:teenagers?|teens|toddlers?|kids|twins|boys|girls|children)(?: are| r|'re)? (?:so |proper |really |dead |well |"
    r"absolutely )?(?:exhausting|hard work|a nightmare|a handful|knackering|tiring|draining|a pain)\b|"
    r"\blittle (?:madam|monkey|monster|terror|sod|horror|diva|minx)\b|\ba (?:right |real |proper )?pain (?:in the "
    r"(?:bum|neck|backside|arse|butt))?\b[^.!?]{0,30}\b(?:all day|all week|today|this week|lately)\b|\bwhat'?s got into "
    r"(?:him|her|them)\b|\b(?:tantrums?|strops?|stropp\w*|stropped|sulk\w*|"
    r"hormonal|hormones|mood swings|moody|grumpy|slamming doors|winding each other up|rolling (?:her|his|their) eyes)\b|\bat each others?'? throats? (?:about|over) \w+|"
    r"\b(?:won'?t|wont|refuses to|never|will not) (?:tidy|clean) (?:her|his|their|up)\b|"
    r"\b(?:fighting|arguing|bickering|squabbling|rowing) (?:about|over) (?:the (?:remote|telly|tv|xbox|playstation|ps[45]|"
    r"ipad|tablet|front seat|wifi|bathroom|last \w+)|whose turn|who gets)\b|"
    # something getting better since a change ("He's been sleeping better since we got the blackout blinds")
    r"\b(?:sleep\w*|eat\w*|settl\w*|behav\w*|doing|getting on|coping|managing|concentrat\w*) (?:much |loads |a lot |so much |way "
    r"|far |a bit |heaps |lots )?better (?:since|now that|now (?:he|she|they|we|i)\b)|\b(?:got|gotten|getting|been|has|have|is|"
    r"are) (?:much |loads |a lot |so much |way |far |a bit |heaps |lots )?better since\b|"
    # a question about what is normal at an age ("he's wet the bed again, is that normal at 6?"), a childhood ailment ("the
    # kids have nits AGAIN")
    r"\bis (?:that|it|this) (?:normal|usual|common|ok|okay) (?:at|for) (?:a |an )?(?:\d{1,2}|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve|(?:his|her|their|that) age|(?:a )?(?:toddler|baby|teen|teenager|\w+ year old))\b|"
    r"\b(?:nits|head lice|threadworms?|chicken ?pox|verrucas?|hand,? foot and mouth|slapped cheek|conjunctivitis|croup|"
    r"impetigo|tonsillitis|ear infection|sickness bug|tummy bug|the sniffles)\b|"
    # an ordinary illness ("so poorly with flu, haven't left the house in days"), a baby sick down someone, a growth spurt
    r"\b(?:poorly|ill|sick|bad|laid up|in bed|off|rough|full of it|full of cold) with (?:the |a |a bad |a nasty |man |this |"
    r"that )?(?:flu|cold|covid|bug|virus|chest infection|sickness|tummy bug|migraine|temperature|sore throat|cough|lurgy|"
    r"hay ?fever|norovirus|sinusitis)\b|\bbeen sick (?:all )?(?:down|on|over) (?:me|my|the|us|him|her)\b|\b(?:threw|thrown|"
    r"throwing|chucked) up (?:all )?(?:down|on|over) (?:me|my|the|us)\b|\bshot up\b|\bgrown (?:loads|so much|like a weed)\b|"
    r"\b(?:trousers|shoes|clothes|uniform|school shoes|coat|jeans) (?:don'?t|doesn'?t|dont|doesnt|no longer|won'?t|wont) fit\b|"
    r"\b(?:all )?loved up\b|\bpuppy love\b|"
    # food shopping planned ("the fridge is empty so I'm doing a big shop tomorrow after payday"), children squabbling all
    # day, a child sleeping at a grandparent's for a reason, a cold or flu caught
    r"\b(?:doing|do|going to do|gonna do|getting|get) (?:a |the |my |our )?(?:big |weekly |monthly |food |online )?shop\b"
    r"(?=[^.!?]{0,30}\b(?:tomorrow|later|after|today|tonight|when|on \w+day|payday|pay ?day)\b)|"
    r"\b(?:kids|boys|girls|twins|they|the two of them|siblings|brothers|sisters)(?: have| '?ve| are| were| keep| have been| "
    r"'?ve been| been)? (?:fighting|arguing|bickering|squabbling|rowing|scrapping|at it) (?:all day|all morning|all week|all "
    r"afternoon|nonstop|non stop|over nothing|like cat and dog|about nothing)\b|"
    r"\b(?:sleeping|staying|stopping|sleeps|stays) (?:at|over at|round) (?:her|his|their|my|our) (?:nan|nana|nanna|gran|granny|"
    r"grandma|grandad|grandparents|nanny|aunt|auntie|aunty)'?s?\b(?=[^.!?]{0,60}\b(?:because|cos|coz|while|till|until|for the|"
    r"this week|decorat\w*|holiday|back|half term)\b)|"
    r"\b(?:getting|caught|got|catching) (?:the |a |a bad |a stinking |a nasty |man )?(?:flu|cold|bug|virus|covid|sickness bug|"
    r"tummy bug|chest infection|lurgy)\b|"
    # a child asking to do something ordinary, a child run off and found at once, glued to a phone, a service not heard from
    r"\b(?:asking|asked|asks|wants to know|wondering) (?:me )?(?:if|whether) (?:he|she|they) (?:can|could|may) (?:have|go|stay|"
    r"do|join|get|come|bring|play)\b|\bfound (?:him|her|them) (?:straight away |again |right away )?(?:by|at|in|near|behind|"
    r"under|on|hiding (?:in|behind|under)) the (?:swings|slide|park|shop|sweets|toys|tills?|bins|car|door|corner|queue|"
    r"playground|climbing frame|ice cream van|trampoline|toilets)\b|\bglued to (?:her|his|their|my|the) (?:phone|screen|"
    r"tablet|ipad|telly|tv|xbox|console|switch|laptop)\b|\b(?:haven'?t|havent|not|still not|never) heard (?:anything )?"
    r"(?:back )?from (?:the )?(?:benefits|council|housing|dwp|uc|universal credit|school|court|solicitor|landlord|letting "
    r"agents?|job ?centre|gp|hospital|camhs|pip|tax|hmrc|passport office|insurance|electric|gas)\b|"
    # a child kept off with a temperature, coming down with something, a new baby, tea and bed
    r"\b(?:got|has|have|had|running|with) (?:a )?(?:temp|temperature|high temp|high temperature|fever|raging temp)\b|"
    r"\bcoming down with (?:something|a (?:cold|bug|virus)|the flu|flu)|\bunder the weather\b|\boff colou?r\b|"
    r"\b(?:having|had|has had|gave birth to|given birth to) (?:a |the |our |her |their |my )?(?:baby|little one)\b(?! (?:taken|"
    r"removed))|\bin labou?r\b|\b(?:had|having) (?:his|her|their|our|my) (?:tea|dinner|supper|bath|breakfast)\b|"
    # who will be at the visit and how to come in ("he's on nights so he'll be asleep, please knock quietly", "my husband
    # will come with me for translate")
    r"\b(?:works|working) away\b|\bknock (?:quietly|softly|gently|loud|loudly|hard|on the (?:back|side|window|kitchen))\b|\b(?:don'?t|dont|do not) "
    r"(?:ring the (?:door)?bell|knock)\b|\bon (?:nights|night shifts?|earlies|lates)\b|\b(?:for|to) (?:translat\w*|"
    r"interpret\w*)\b|\binterpreter\b|"
    # asking whether something touches benefits ("My 16 year old wants to get a Saturday job, does that affect anything?")
    r"\b(?:does|do|would|will|could|can|is) (?:that|this|it|she|he|they) (?:\w+ )?(?:affect|effect|change|stop|reduce|count "
    r"against) (?:anything|(?:my|our|his|her|the|me|us|their) (?:\w+ )?(?:benefits?|uc|universal credit|pip|esa|dla|"
    r"child benefit|tax credits?|housing benefit|payments?|money|claim|entitlement|rent|council tax))\b|"
    r"\b(?:saturday|sunday|weekend|part[- ]time|summer|paper ?round) job\b|"
    # the service found wanting ("whats the point in having a duty line if no one answers it"), not "what's the point of
    # anything"
    r"\b(?:what'?s|whats|wats|what is) the point (?:in|of) (?:having |ringing |calling |phoning |emailing |texting )?(?:a |an "
    r"|the |this |that )?(?:duty (?:line|number|team|worker|desk)|help ?line|phone ?line|number|phone|office|service|team|"
    r"social worker|email(?: address)?|appointment system|out of hours(?: line| number)?|contact centre|website|portal|"
    r"switchboard|answerphone|voicemail)\b[^.!?]{0,40}?\bif\b|"
    # forms and paperwork wearing the writer down ("My head is pure battered wi all these forms, can ye help me fill them in?")
    r"\bhead(?:'s| is) (?:pure |proper |absolutely |totally |well |so |dead |fair )?(?:battered|mashed|fried|done in|wrecked|"
    r"pickled|melted|mince|minced|nipping|spinning|scrambled|done)\b[^.!?]{0,12}?\b(?:wi|with|by|from|over|wae) (?:all )?"
    r"(?:these|those|this|the|them|that|thae|they) (?:\w+ )?(?:forms?|paperwork|letters?|bills?|emails?|calls?|appointments?|"
    r"admin|questions?|hoops|questionnaires?|applications?)\b|"
    r"\bhelp (?:me|us|him|her) (?:to )?fill (?:in |out )?(?:them|it|this|these|those|the|my|a|an|that)\b|"
    # a routine check or test ("just got home from the hospital with mum, she had her eye test"), a knock said to be minor
    # ("fell off his bike and scraped his knee, nothing major"), a child upset after falling out with a friend, low mood
    # with help named ("a bit down since dad passed but my GP is helping")
    r"\b(?:eye|hearing|sight|blood|allergy|routine|smear|diabetes|asthma) (?:test|check|review|clinic|appointment)s?\b|"
    r"\bcheck[- ]?ups?\b|\b(?:her|his|their|my|the baby'?s?) (?:jabs|vaccinations|injections|booster)\b|"
    r"\b(?:nothing major|nothing broken|no harm done|(?:just|only) (?:a |some )?(?:graze|grazes|scratch|scratches|scrape|"
    r"scraped knee|bump|bumps|nosebleed))\b|\b(?:scraped|grazed|bumped|cut) (?:his|her|their|my) (?:knee|knees|elbow|elbows|"
    r"hand|hands|chin|head|finger|toe|leg)\b(?=[^.!?]{0,40}\b(?:fine|ok|okay|nothing major|plaster|all good|no harm)\b)|"
    r"\b(?:fell|fallen|falling|fall) out with (?:his|her|their|my|a|our) (?:best )?(?:mate|friend|pal|bestie|bff)s?\b|"
    r"\b(?:gp|doctor|counsell?or|therapist|camhs|talking therapies|bereavement (?:service|support|group|counsell?or)|cruse|"
    r"support worker|family|friends) (?:is|are|has been|have been|'s been|is really|are really|has been really|have been really) "
    r"(?:helping|supportive|great|brilliant|good|lovely|amazing|a big help|a great help)\b)",
    re.IGNORECASE,
)


# Round 17: a game talked about ("raging because he keeps getting killed in fortnite", "he rage quit fifa and threw the
# controller"): the safeguarding model is not asked, unless anything else is told with it — harm, an adult or a stranger,
# messages, photos, secrets, meeting, money or gift cards (grooming happens in games: "a man on roblox keeps messaging her"
# is still read).
_GAMING_TALK = re.compile(
    _NO_HARM_IN_A_GAME + r"[\s\S]*?\b(?:(?:in|on|playing|at|off) (?:fortnite|gta|cod|call of duty|warzone|minecraft|roblox|fifa|"
    r"fc ?2\d|apex(?: legends)?|valorant|overwatch|pubg|rocket league|mario ?kart|among us|rainbow six|the xbox|the "
    r"playstation|the ps[345]|the switch|(?:his|her|their|the) (?:game|xbox|ps[345]|switch|console))|rage ?quit\w*|(?:threw|"
    r"chucked|smashed|broke|lobbed) (?:the|his|her|my|their) (?:controller|headset|joystick|pad))\b",
    re.IGNORECASE,
)


# Round 17: a pet's doings or death ("the cat brought a dead mouse in", "she's been crying all morning because her goldfish
# died"): the safeguarding model is not asked, with the same guard as a game (nobody hurt, no adult or stranger, no secret).
_PET_TALK = re.compile(
    _NO_HARM_IN_A_GAME + r"[\s\S]*?\b(?:cat|cats|dog|dogs|goldfish|fish|hamster|rabbit|bunny|guinea pig|budgie|tortoise|puppy|"
    r"kitten|gerbil|pet|parrot|lizard|snake|ferret|pony|horse)(?:'?s)? (?:\w+ ){0,3}?(?:died|passed away|passed|was put down|"
    r"got put down|brought|caught|ate|chewed|was sick|been sick|had kittens|had puppies|ran off|got out|escaped|is poorly|"
    r"is ill|went to the vets?)\b",
    re.IGNORECASE,
)


# Round 18 (inbound_unseen36): more everyday news and errands the safeguarding models weigh wrongly, each written for the
# class and not the sentence, and each only when the whole message tells of no harm (_NO_HARM_TOLD) and of no worry,
# refusal or drinking (_NO_WORRY_TOLD): "she's at her dad's this weekend as planned but I'm worried he drinks" is still read.
# The phrases still read every one of these messages.
# The words of a worry (round 18), shared by the three guards below, each with its own words beside them.
_WORRY_WORDS = (
    r"concern\w*|unsafe|not safe|refus\w*|(?:don'?t|dont|doesn'?t|doesnt) want to (?:go|stay|come)|"
    r"drinks|drinkin|pissed|high|stoned|upset|crying|cries|nervous|anxious|panick\w*|took|takes|taken|grabbed|smashed|"
    r"checks|hid|hides|won'?t give|wont give|no point|pointless|hopeless|"
    # a child or adult not home, or not answering (round 18: "never came home from school and his phone is off")
    r"(?:never|not|hasn'?t|hasnt|didn'?t|didnt|haven'?t|havent) (?:\w+ )?(?:come|came|got|been|gone) (?:home|back)|"
    r"(?:can'?t|cant|cannot) (?:get hold|get through|reach|find)|no answer|midnight|not answering|where (?:he|she|they) (?:is|are)"
)


def _none_of(words: str) -> str:
    """A guard: none of these words anywhere ahead of where the pattern starts."""
    return r"(?![\s\S]*\b(?:" + words + r")\b)"


_NO_WORRY_TOLD = _none_of(r"worr\w*|not (?:working|helping)|worse|still|" + _WORRY_WORDS)
# Round 22: a club or group the writer goes to, and a run to the tip ("going to the bridge club tonight", "he has taken
# something to the tip for me"): with no harm told, the backstop is not asked (the retrained models weigh "bridge" and
# "taken" heavily in a short message; the phrases still read it).
_CLUB_OR_TIP_RUN = re.compile(
    _NO_HARM_TOLD + r"[\s\S]*?\b(?:(?:bridge|chess|book|darts|bingo|knitting|craft|youth|boxing|football|footy|running|walking|"
    r"swimming|gardening|lunch|breakfast|homework|after ?school|drama|dance|karate|judo|rugby|cricket|netball|social|men'?s|"
    r"women'?s|parents'?|toddler|baby|stay and play|luncheon|friendship|coffee) (?:club|group)s?|(?:to|down|up) the (?:tip|"
    r"dump|recycling centre|recycling))\b",
    re.IGNORECASE,
)
_EVERYDAY_NEWS_AND_ERRANDS = re.compile(
    _NO_HARM_TOLD + _NO_WORRY_TOLD + r"[\s\S]*?(?:"
    # a child's school news passed on ("Riya got her school report, all Bs", "got his GCSE results, three 6s", "parents
    # evening went really well", "she got picked for the netball team", "an A in art")
    r"\b(?:got|had|brought home|came home with|gets|getting) (?:her|his|their|my|me|our|the) (?:school |end of (?:year|term) |"
    r"gcse |a ?level |sats |mock |exam |test )?(?:report|results|grades|marks|scores|report card)\b|"
    r"\b(?:all|mostly|straight|two|three|four|five|2|3|4|5) (?:a\*?s|a's|bs|b's|cs|c's|[4-9]s|[4-9]'s|distinctions|merits|"
    r"passes)\b|\b(?:an?|a \*|a\*) (?:a\*?|[5-9]) in (?:art|maths|math|english|science|history|geography|french|spanish|"
    r"music|drama|pe|re|computing|biology|chemistry|physics|dt|design|food tech|german|welsh)\b|"
    r"\bparents'?(?:'s)? ?evening (?:went|was|is) (?:really |so |dead |very |ever so )?(?:well|good|great|lovely|fine|brilliant|"
    r"positive)\b|\b(?:picked|chosen|selected) for (?:the|a) (?:\w+ )?(?:team|squad|choir|play|panel|council|trip|show)\b|"
    r"\b(?:made|got into|got in) (?:the|a) (?:\w+ )?(?:team|squad|choir|school play|band)\b|"
    # help furnishing a home ("gonna need help with furniture, all I've got is a mattress and a kettle", "is there a grant
    # for white goods", "any chance of help with carpets and curtains for the new flat")
    r"\b(?:help|grant|grants|scheme|voucher|vouchers|money|funding|fund|charity|charities|assistance|support) (?:\w+ ){0,2}?"
    r"(?:with|for|to get|getting|towards) (?:some |a |any |the |new |second hand |basic )?(?:furniture|furnishings|white goods|"
    r"carpets?|curtains|flooring|beds?|a bed|cooker|fridge|freezer|fridge freezer|washing machine|sofa|settee|wardrobe|"
    r"table and chairs|household (?:items|goods|stuff|bits)|kitchen (?:stuff|bits|items)|pots and pans|bedding)\b|"
    r"\bfurniture (?:grant|scheme|bank|project|charity|voucher|help|shop|store|fund)\b|\b(?:all|only thing) (?:i'?ve|ive|i have|"
    r"we'?ve|weve|i'?d) got (?:in the (?:flat|house|place) )?(?:is|are|r) (?:a |an |the |some )?(?:mattress|kettle|sofa|"
    r"settee|bed|telly|tv|microwave|fridge|camping chairs?|air bed|blow ?up bed)\b|"
    # a child at the other parent's or a relative's as arranged ("She's stayin at her dads this weekend as planned", "kids
    # are at their dad's every other weekend like usual", "he's going to his mum's for half term as normal")
    r"\b(?:stay\w*|stoppin\w*|stopping|stops|stopped|sleep\w*|is|are|at|been|going|goes|gone|went|be) (?:over )?(?:at|with|to|"
    r"round) (?:her|his|their|my|our|the) (?:dad|dads|da|daddy|mum|mums|mam|mom|mother|father|nan|nana|nanna|gran|granny|"
    r"grandma|grandad|grandparents|nanny|auntie|aunty|aunt|uncle|sister|brother|cousin)(?:'?s|s'?)?\b[^.!?]{0,40}?\b(?:as "
    r"(?:planned|arranged|agreed|usual|normal|per usual|always|per|per normal)|like (?:usual|normal|always|every \w+)|"
    r"every other (?:weekend|week|\w+day)|(?:usual|normal|regular|agreed|court) (?:arrangement|contact|weekend|routine)|for "
    r"(?:the weekend|half term|the holidays|easter|christmas|the summer))\b|"
    # medicine adjusted by the doctor and helping ("GP upped my sertraline and I'm sleeping better", "the psychiatrist
    # changed my meds and it's helping", "on a higher dose of mirtazapine now, sleeping loads better")
    r"\b(?:(?:gp|doctor|doc|dr|psychiatrist|consultant|nurse|cpn|mental health team|crisis team|they|she|he) (?:has |have |'?s |"
    r"'?ve )?(?:upped|increased|raised|put up|changed|switched|lowered|reduced|adjusted|doubled|started me on|put me on|moved me "
    r"(?:on)?to|put (?:my|me|the) (?:\w+ ){1,2}?(?:up|down))|(?:higher|lower|new|bigger|smaller|different) (?:dose|dosage|tablets|meds|medication|antidepressants?)|"
    r"(?:dose|dosage|meds|medication|tablets) (?:has been |have been |got |was |were )?(?:upped|increased|changed|adjusted|put "
    r"up|lowered|switched))\b[^.!?]{0,60}?\b(?:better|helping|helps|helped|working|works|settled|calmer|less (?:anxious|low|"
    r"down|panicky)|brighter|improv\w*|more like (?:my ?self|me)|sleeping (?:well|properly|loads|through))\b)",
    re.IGNORECASE,
)
# Round 19 (inbound_unseen38-39): the everyday run of a year's messages that the safeguarding models weigh wrongly: care
# and aids for an older or disabled person asked about, an assessment or its result, leaving-care entitlements, a letter
# or proof a service wants, the worker asked to ring or tell someone, running late, thanks for the year, a child's minor
# mischief punished, a treat from the children, bullying dealt with, transport or carers late. Each only when the whole
# message tells of no harm (_NO_HARM_TOLD), no worry (_NO_WORRY_TOLD without its bare "still": "is the assessment still
# Thursday?") and no neglect (_NO_NEGLECT_TOLD: "the care home leaves her sat in a wet pad" is still read). The phrases
# still read every one of these messages.
# Round 19: the same without its bare "still" ("is the assessment still Thursday?"), only "still" with what goes on.
_NO_WORRY_OR_STILL_GOING_ON = _none_of(
    r"worr\w*|not (?:working|helping)|worse|still (?:not|no|hasn'?t|hasnt|haven'?t|havent|isn'?t|isnt|won'?t|wont|can'?t|"
    r"cant|doing|going on|happening|at it|drinking|using|hitting|coming|there)|" + _WORRY_WORDS
)
_NO_NEGLECT_TOLD = _none_of(
    r"left (?:her|him|them|me|mum|mam|dad|nan|grandad)|(?:sat|sitting|lying|laid|left) in (?:her|his|their|my|"
    r"a|the) (?:own|wet|soiled|dirty|soaking|soaked)|lying in|soiled|wet through|soaked|urine|piss|"
    r"pee|poo|faeces|sores?|pressure|not fed|(?:hasn'?t|hasnt|not|haven'?t|havent) (?:eaten|been fed|had a drink)|"
    r"dehydrat\w*|weight|wrong (?:tablets|meds|medication|dose)|on the floor|fell|fallen|falls|falling|fall|rough|shout\w*|"
    r"(?:take|took|takes|taking|keep|keeps|kept|spend|spent|spends|spending|using|use|uses|used) (?:all )?(?:her|his|their|my|"
    r"me|mum'?s|mam'?s|dad'?s|nan'?s) (?:\w+ )?(?:money|pension|benefits|cards?)|"
    r"(?:didn'?t|didnt|did not|never|haven'?t|havent|hasn'?t|hasnt) (?:turn(?:ed)? up|come|came|arrive\w*|been|show(?:ed)? up)"
    r"(?! (?:till|until|til)\b)|missed|no ?one came|nobody came|money (?:missing|gone)|bank card|pin number|stolen|steal\w*|"
    r"nick\w*|scam\w*|marks|sore|wound\w*|soaking|smell\w*|dirty|filthy|"
    # a farewell or medicine kept back or given covertly ("thank you for everything over the years. I've left the key under
    # the mat for whoever comes", "been putting my tablets aside", "crushing his tablets into his yoghurt")
    r"goodbye|good ?bye|farewell|for whoever|look after yourself|over the years|under the mat|sorry for everything|"
    r"(?:tablets|pills|meds|medication|medicine)|stockpil\w*|crush\w*|covert\w*|without (?:telling|asking|consent|"
    r"permission)|best interests|won'?t (?:be )?need\w*|wont (?:be )?need\w*|any ?more|made (?:my|up my) (?:mind|decision)|"
    r"last (?:message|text|time)|"
    # someone coming in at night, an older person or gifts around a child ("the landlord keeps letting himself in at night",
    # "caught vaping with an older lad who keeps buying her stuff")
    r"(?:lets|letting|let|let'?s) (?:him|her|them)sel(?:f|ves) in|asleep|at night|in the night|middle of the night|older "
    r"(?:lad|boy|bloke|guy|girl|woman|kids?)|buy(?:s|ing)? (?:her|him|them) (?:\w+ )?(?:stuff|things|gifts|presents|vapes|"
    r"drink|phones?|clothes)"
)
_EVERYDAY_CARE_AND_ERRANDS = re.compile(
    _NO_HARM_TOLD + _NO_WORRY_OR_STILL_GOING_ON + _NO_NEGLECT_TOLD + r"[\s\S]*?(?:"
    # care and aids for an older or disabled person, asked about or arranged ("can she take her cat into the extra care
    # flat", "we've found a care home we like", "the lifeline pendant keeps beeping", "would Shared Lives suit our Jamie")
    r"\b(?:extra care|sheltered (?:housing|accommodation|flat|scheme|bungalow)|care home|nursing home|residential (?:home|"
    r"care)|supported (?:living|housing|accommodation)|shared lives|day cent(?:re|er)s?|day services?|respite|direct "
    r"payments?|personal budget|blue badge|attendance allowance|carers?'? allowance|lifeline|(?:pendant|personal) alarm|"
    r"pendant|careline|key ?safe|telecare|meals on wheels|care package|package of care|continuing health ?care|chc)\b|"
    # an assessment named, or its result ("the autism assessment came through, its a yes", "is Mam's OT assessment still
    # Thursday", "a carers assessment for me as well")
    r"\b(?:autism|autistic|asd|adhd|add|dyslexia|dyspraxia|sensory|ehcp|ehc|ot|occupational therapy|carers?'?|needs|care|"
    r"memory|speech and language|salt|hearing|sight|continence|financial|mobility|cognitive|paediatric|camhs) (?:assessment|"
    r"diagnosis|referral|appointment|review)s?\b|"
    # leaving-care entitlements ("is it true I can stay with my foster carers til 21", "proof for the care leaver priority")
    r"\bstaying put\b|\bpathway plan\b|\bcare leavers?'?(?: \w+)? (?:priority|bursary|grant|discount|status|offer|covenant|"
    r"band|banding|exemption|team|service)\b|\bleaving care (?:grant|team|service|allowance|worker)\b|\bsetting up home "
    r"(?:allowance|grant)\b|\bpersonal advis[eo]r\b|\bis it true (?:that )?(?:i|we|he|she|they) (?:can|get|could|have)\b|"
    # a letter or proof a service wants ("I need a letter for the housing saying you're my PA", "they want proof")
    r"\b(?:need|want|get|have|send|write|do|wanting|needing|asking for|asked for) (?:me |us |him |her )?(?:a |an |some )?"
    r"(?:letter|proof|reference|supporting letter|confirmation|copy|evidence) (?:for|from|saying|to say|to confirm|of|that)\b|"
    r"\b(?:they|housing|the council|the school|dwp|uc|the bank|college|uni) (?:want|wants|need|needs|asked for|asking for) "
    r"(?:a |some )?(?:proof|evidence|a letter|id|documents?|a copy)\b|"
    # the worker asked to ring or tell someone about a practical thing ("can you ring the school for me", "tell the nurse I
    # don't want the flu jab", "can you phone her son about the key safe")
    r"\b(?:(?:can|could|would|will) (?:you|u|ya) (?:please |pls |plz )?|please |pls )?(?:ring|phone|call|email|e-mail|contact|"
    r"write to|speak to|have a word with|tell|let) (?:the |his |her |my |our |their |me )?(?:school|college|nursery|"
    r"housing|council|gp|doctor|doctors|surgery|nurse|landlord|dwp|job ?centre|benefits|son|daughter|family|carers?|agency|"
    r"hospital|pharmacy|chemist|ot|dentist|optician|teacher|senco|head|office|team)\b[^.!?]{0,60}?\b(?:about|for me|for us|"
    r"that|i|we|she|he|they|to)\b|"
    # running late ("gonna be late for the meeting, sorry", "running 10 mins late")
    r"\b(?:gonna|going to|will|i'?ll|ill|might|may|i'?m|im|am|i am|be|we'?re|were|we'?ll) (?:be )?(?:a (?:bit|little|few "
    r"(?:mins?|minutes)) |\d+ (?:mins?|minutes) |slightly )?late (?:for|to) (?:the |our |my |your |ur |today'?s |this |his |"
    r"her )?(?:meeting|appointment|visit|session|review|conference|contact|call|school|it)\b|\brunning (?:a (?:bit|little) |"
    r"\d+ (?:mins?|minutes) |slightly )?late\b|"
    # thanks for the year or for everything ("just wanted to say thank you for everything this year")
    r"\b(?:thank you|thanks|thank u|thankyou|cheers|ta) (?:so much |very much |again |loads )?(?:for (?:everything|all (?:your|"
    r"ur|the) (?:help|support|hard work)|all (?:you'?ve|youve|you have|you) (?:done|did)|being there|sticking with (?:me|us)|"
    r"putting up with (?:me|us)))\b[^.!?]{0,20}?\b(?:this|the|last) (?:year|term|school year)\b|"
    # a child's minor mischief punished ("caught vaping at school, got him grounded", "detention for talking")
    r"\b(?:caught|been caught|got caught) (?:\w+ )?(?:vaping|smoking|swearing|skiving|bunking|on (?:his|her|their) phone|"
    r"chewing gum|copying|cheating|with a vape)\b|\bgrounded\b|\b(?:got|gets|getting|in) (?:a )?(?:detention|isolation)\b|"
    # a treat from the children ("the kids made me breakfast in bed for mothers day")
    r"\b(?:made|bought|got|gave|brought|make|making|cooked) (?:me|us) (?:a |my |some |our )?(?:breakfast|brekkie|card|cards|"
    r"cake|flowers|present|presents|pressie|pressies|cuppa|cup of tea|brew|dinner|tea)\b|\b(?:mother'?s|mothers|father'?s|"
    r"fathers) day\b|"
    # bullying dealt with ("I went to see the head and they've dealt with the other lads. He seems much happier")
    r"\b(?:dealt with|sorted (?:it|out)|moved (?:him|her|them)|spoke to|had a word with|talked to)\b[^!?]{0,100}?\b(?:seems?|"
    r"is|was|much|a lot|loads|so much) (?:\w+ )?happier\b|"
    # transport or carers late, and who to complain to ("the taxi's not come again, mam's sat in her coat waiting", "the
    # carers didn't turn up till gone 11, who do I complain to")
    r"\b(?:taxi|cab|bus|transport|minibus|ring and ride|hospital transport|patient transport)(?:'s|s| has| is| was| have)? "
    r"(?:not|never|didn'?t|hasn'?t|still not) (?:come|came|turned up|shown up|arrived|here)\b|\bcarers? (?:came|come|turned "
    r"up|were|was|arrived|are|is) (?:\w+ )?late\b|\b(?:turn(?:ed)? up|came|come|arrive\w*) (?:till|until|til) (?:gone )?"
    r"\d|\bwho (?:do|can|should) (?:i|we) complain to\b|\bmake a complaint\b)",
    re.IGNORECASE,
)


# A phone flat, dead or out of credit, given as the reason for not answering ("my phone was dead sorry x", "phone died on
# me", "battery's been flat all day", "no signal at my mum's"): "dead" is part of the phrase, so the harm guard reads the
# rest of the message (the phrase taken out); a phone taken, checked, hidden or smashed keeps the message read.
_PHONE_TROUBLE = re.compile(
    r"(?:(?:\b(?:my|me|mi) |^\W*)(?:phone|fone|mobile|moby|battery|batt)(?:'s|s| was| is| has| had| went| been| has been| kept| "
    r"keeps)?(?: been)? (?:dead|died|flat|off|out of (?:charge|battery|credit|data)|on (?:silent|charge|1%|low)|playing up|"
    r"dying|packed in|packed up|switched off|turned off|not charging|"
    # round 19 (inbound_unseen38): "my phone's being weird", "acting up", "broken"
    r"being (?:weird|funny|stupid|a pain|slow)|acting (?:up|weird|funny)|broken|broke|cracked|glitching|not working)|(?:no|out of) (?:charge|signal|credit|battery|data|"
    r"reception)(?: on my phone)?|\bforgot to charge (?:my|me|the) (?:phone|mobile)|\b(?:lost|lost my|broke my) charger)\b",
    re.IGNORECASE,
)
_NO_HARM_BESIDE_IT = re.compile(_NO_HARM_TOLD + _NO_WORRY_TOLD)


# Round 19 (inbound_unseen38): a child's accident seen at hospital and said to be fine ("took Ava to A&E, she swallowed a 1p,
# they xrayed her and said it'll come out naturally"): the hospital words are part of it, so the harm guard reads the rest
# of the message without them; tablets, pills, bleach or anything done on purpose keeps the message read.
_SAID_TO_BE_FINE = re.compile(
    r"\b(?:they|doctor|doctors|dr|nurse|nurses|hospital|consultant|paramedics?|a ?& ?e|gp|111)\b[^.!?]{0,40}?\b(?:said|say|"
    r"says|reckon|reckons|told (?:us|me)) (?:it'?ll|itll|it will|its|it'?s|she'?ll|shell|he'?ll|she'?s|shes|he'?s|hes|she will|"
    r"he will|they'?ll|theyll) (?:\w+ )?(?:come out naturally|pass (?:naturally|through)|be (?:fine|ok|okay|alright|all right|"
    r"right as rain)|fine|nothing (?:serious|to worry about)|heal (?:on its own|by itself|up))\b|\bsent (?:us|her|him|them) home\b"
    r"[^.!?]{0,30}?\b(?:fine|ok|okay|nothing broken|all clear|right as rain)\b"
)
_HOSPITAL_WORDS = re.compile(r"\b(?:a ?& ?e|a and e|ambulance|999|111|x-?ray\w*|hospital)\b", re.IGNORECASE)
_NOT_ON_PURPOSE = re.compile(
    _none_of(r"tablets|pills|meds|medication|paracetamol|ibuprofen|bleach|overdos\w*|on purpose|deliberately|"
    r"(?:her|him|my|them)sel(?:f|ves)|battery|batteries|magnets?"),
    re.IGNORECASE,
)


def seen_and_said_to_be_fine(clean: str) -> bool:
    """Whether the message tells of an accident seen by a hospital or doctor and said to be fine, and of no harm beside it."""
    if not _SAID_TO_BE_FINE.search(clean.lower()):
        return False
    rest = _HOSPITAL_WORDS.sub(" ", clean)
    return bool(_NO_HARM_BESIDE_IT.match(rest)) and bool(_NOT_ON_PURPOSE.match(rest))


# Round 19 (inbound_unseen38): everyday asks the inappropriate model weighs wrongly: a document sent as a photo or copy
# ("do you need his birth certificate or will a photo of it do"), whether someone may come to contact ("can you find out if
# my brother is allowed to come to the birthday party at contact"), an illness in the house warned of ("tummy bug going
# round our house, dont come round unless you want it").
_PAPERS_CONTACT_AND_BUGS = re.compile(
    r"\b(?:birth certificate|passport|driving licen[cs]e|proof of (?:address|id|identity|income|benefits?)|bank statements?|"
    r"tenancy agreement|council tax bill|utility bill|marriage certificate|death certificate|national insurance (?:number|card)|"
    r"ni number|biometric (?:residence )?(?:permit|card)|brp|payslips?|award letter)\b[^.!?]{0,60}?\b(?:photo|copy|scan|"
    r"picture|pic|photocopy|original)s?\b|\b(?:photo|copy|scan|picture|pic|photocopy)s? of (?:it|them|the|my|his|her|their)\b"
    r"[^.!?]{0,30}?\b(?:birth certificate|passport|driving licen[cs]e|bank statements?|tenancy|bill|payslips?|award letter|"
    r"letter|form|certificate)\b|"
    r"\b(?:find out|ask|check|know) (?:if|whether) (?:my|his|her|their|the|our) (?:\w+ )?(?:is|are|can|could|would be) "
    r"(?:allowed|ok|okay|able) to (?:come|go|attend|be there|visit|join|bring)\b|"
    r"\b(?:bug|flu|covid|cold|virus|sickness|d ?& ?v|lurgy|norovirus|chicken ?pox|nits)(?:'s|s| is)? (?:going|doing the) round"
    r"s?\b|\b(?:don'?t|dont|do not|better not|wouldn'?t|wouldnt) come (?:round|over|in|near)\b[^.!?]{0,30}?\b(?:unless "
    r"(?:you|u) want|if (?:you|u) (?:don'?t|dont) want|(?:you'?ll|youll|u'?ll) catch|catch it|get it)\b",
    re.IGNORECASE,
)


# Round 19 (inbound_unseen39): the writer confiding and wondering why ("dont know why im telling you", "sorry for offloading
# on you", "just needed to tell someone"): not aimed at the worker, so the inappropriate model is not asked (the
# safeguarding model still is).
_CONFIDING = re.compile(
    r"\b(?:(?:don'?t|dont|do not|dunno) know why (?:i'?m|im|i am) (?:telling|texting|messaging|saying this to|writing to) "
    r"(?:you|u|ya|this)|sorry (?:for|about) (?:offloading|unloading|dumping (?:this|all this|it)|venting|ranting|going on)|"
    r"(?:just )?needed to (?:tell|talk to) (?:someone|somebody|some1|anyone|any1))\b",
    re.IGNORECASE,
)


def phone_trouble_only(clean: str) -> bool:
    """Whether the message gives a phone flat, dead or out of credit as news, and tells of no harm beside it."""
    found = _PHONE_TROUBLE.search(clean)
    return bool(found) and bool(_NO_HARM_BESIDE_IT.match(clean[: found.start()] + " " + clean[found.end():]))
# Round 18 (inbound_unseen36): a protective order or a sentence said to be still in force ("the injunction's still there",
# "the restraining order is still in place", "he's still inside") is protection lasting, not harm happening again: the
# "still" in it is not a word of now for _HAPPENING_NOW (any other "still", "again", "scared"… still is).
_PROTECTION_STILL_IN_FORCE = re.compile(
    r"\b(?:(?:injunction|order|non[- ]?mol|non[- ]?molestation|restraining order|protection order|occupation order|bail "
    r"conditions|conditions)(?:'s|s| is| are| has been|'s been)? still (?:there|in place|in force|active|valid|running|going|"
    r"up|on|standing|live|current)|still (?:got|have|has) (?:the|an|a|my|our) (?:\w+ )?(?:injunction|order|non[- ]?mol)|"
    r"(?:he'?s|hes|he is|she'?s|shes|she is|they'?re|theyre) still (?:inside|in prison|in jail|locked up|serving|banged up))\b",
    re.IGNORECASE,
)


# ---- round 19b (inbound_unseen41) -------------------------------------------------------------------------------------
# Everyday care arrangements the safeguarding models are not asked about, each only when the whole message tells of no
# harm and no worry (round 17's and 18's guards): a discharge home with care or equipment set up ("hospital discharged dad
# today, OT set up the bed downstairs and carers start tonight", "the reablement team start Monday"); a home adaptation
# measured, fitted or waited for ("the ramp man came and measured up", "stairlift going in next week", "wet room approved,
# 12 weeks"); a carers' break or respite asked about ("is there any way to get a carers break", "how do we apply for short
# breaks"); a child's things to be packed or sent for a stay ("can u ask the foster carer to pack his inhaler", "remember
# her school shoes for Monday"); medicine said to be helping ("my depression is better on the new tablets"); and
# exasperation at a household thing with a joke exit ("if that washing machine floods the kitchen one more time I'm moving
# into a tent in the garden"). The phrases still read every one of these messages.
_EVERYDAY_CARE_ARRANGEMENTS = re.compile(
    _NO_HARM_TOLD + _NO_WORRY_TOLD
    # and none of these beside it: pushed, shoved, thrown, a fall, "again" ("the ramp's going in but he pushed me down the step
    # again", "carers start Monday, she fell again last night")
    + _none_of(r"push\w*|shov\w*|threw|thrown|throws|fell|falls|fallen|falling|again|injur\w*|wound\w*|sore|sores")
    + r"[\s\S]*?(?:"
    # care or equipment set up at a discharge home
    r"\b(?:carers?|care package|package of care|care calls|reablement(?: team)?|district nurses?|home care|the agency)(?: (?:are|is|"
    r"will|'?ll|have|has))? (?:start|starts|starting|begin|begins|beginning|coming in|come in|booked|arranged|sorted|set up|in "
    r"place|going in)\b|"
    r"\b(?:ot|o\.t\.|occupational therapist|physio|the hospital|the ward|they|the team) (?:has |have |'ve |'s )?(?:set up|put in|"
    r"fitted|delivered|brought|sorted|ordered|organised) (?:a |the |his |her |my |some |all the )?(?:\w+ )?(?:bed|commode|hoist|"
    r"frame|zimmer|rails|chair|perching stool|equipment|stuff|key ?safe|pendant|wheelchair|toilet seat)\b|"
    # a home adaptation measured, fitted or waited for
    r"\b(?:ramp|stair ?lift|grab rails?|hand ?rails?|banister|wet ?room|level access shower|walk in shower|hoist|through ?floor "
    r"lift|key ?safe|adaptations?|dfg|disabled facilities grant)\b[^.!?]{0,60}?\b(?:measured|measure|measuring|fitted|fitting|"
    r"going in|put in|installed|approved|survey\w*|assess\w*|quote|weeks|months|waiting list)\b|"
    # a carers' break or respite asked about
    r"\b(?:is there (?:any|a) (?:way|chance)|how (?:do|can|would) (?:i|we)|can (?:i|we)|could (?:i|we)|are (?:we|i) (?:entitled|"
    r"eligible)|any chance|who do (?:i|we) (?:ask|speak to)|what about|info (?:on|about)|wondering about)\b[^.!?]{0,40}?\b(?:carers?'? "
    r"break|respite|short breaks?|sitting service|a (?:weekend|night|day) off|a break from caring)\b|"
    # a child's things to be packed or sent for a stay or contact
    r"\b(?:pack|packs|packed|send|sends|bring|brings|put in|remember|forget|forgot)\b (?:his|her|their|the kids'?|the) (?:\w+ )?"
    r"(?:inhaler|epipen|medicine|calpol|school (?:shoes|uniform|bag|jumper)|pe kit|swimming (?:stuff|kit|things|costume)|pjs|"
    r"pyjamas|coat|wellies|charger|reading book|glasses|trainers|toothbrush|teddy|blanket|dummy|bottles)\b|"
    # medicine said to be helping
    r"\b(?:better|improv\w*|calmer|brighter|more settled|helping|working|loads better|a lot better) (?:on|since|with) (?:the|my|"
    r"me|these|this|her|his) (?:new )?(?:tablets|meds|medication|antidepressants?|dose|pills|sertraline|citalopram|fluoxetine|"
    r"mirtazapine|\w+ tablets)\b|"
    # exasperation at a household thing, with a joke exit
    r"\bif (?:that|this|the|my|me) (?:\w+ )?(?:washing machine|dishwasher|tumble ?dryer|boiler|fridge|freezer|oven|cooker|toilet|"
    r"sink|shower|kettle|telly|tv|wifi|internet|printer|car|hoover|roof|gutter|dog|cat)\b[^.!?]{0,60}?\b(?:one more time|again)\b"
    r"[^.!?]{0,20}?\b(?:i'?m|im|i am|i'?ll|ill|i will|gonna|going to) (?:\w+ ){0,2}?(?:moving|move|emigrat\w*|living|live|"
    r"sleeping|sleep|chucking|throwing|selling|camping)\b)",
    re.IGNORECASE,
)
# The inappropriate model is not asked about the worker exempted from a joke at someone else ("if that social worker from
# before comes back I'm emigrating 😂 not you obvs you're sound") nor owning up to the worker ("I know I said I'd stop but I
# had a drink at the wedding... wanted to be honest with you", "I'm being honest with you, I slipped").
_OWNING_UP_OR_EXEMPTED = re.compile(
    r"\bnot (?:you|u|ya)\b,? (?:obvs|obviously|ofc|of course|tho|though|btw|lol|haha|i mean|x+|you'?re|youre|ur) ?|"
    r"\b(?:(?:wanted|want|thought i'?d|thought i should|trying|try|just|need|needed) (?:to )?be(?:ing)? honest with (?:you|u|ya)|"
    r"(?:i'?m|im|i am) being honest with (?:you|u|ya)|i know i said i(?:'?d| would| was going to| wouldn'?t| wouldnt)\b)",
    re.IGNORECASE,
)


# ---- round 20b (inbound_unseen43) -------------------------------------------------------------------------------------
# The everyday run of a child-in-need and early-help caseload that the safeguarding models weigh wrongly, each only when
# the whole message tells of no harm (_NO_HARM_TOLD), no worry and no neglect (round 19's guards). The phrases still read
# every one of these messages.
# and, for help asked towards a thing, no hardship that is itself the risk ("any help with food, there's nothing in")
_NO_HARDSHIP_TOLD = _none_of(
    r"food|eat|eating|ate|hungry|nothing in|electric|leccy|heating|gas|nappies|formula|milk|rent|arrears|"
    r"evict\w*|bailiffs?|homeless|cold|freezing|damp|mould|mouldy|floor|no beds?|sofa surfing|sofa|nowhere"
)
# help, a grant or a charity asked for towards a thing ("is there any help with getting a new cot", "is there any grant for a
# prom dress", "do you know any charity that does curtains", "anything I can apply for"). Its own pattern: the hardship guard
# is read once, at the start (inside the search it would read the rest of the message at every position).
_HELP_ASKED_TOWARDS_A_THING = re.compile(
    _NO_HARM_TOLD + _NO_WORRY_OR_STILL_GOING_ON + _NO_NEGLECT_TOLD + _NO_HARDSHIP_TOLD + r"[\s\S]*?(?:"
    r"\b(?:is there|are there|do (?:you|u|ya) know(?: of)?|(?:you|u) know|any|know any|is there any) (?:any |a |some |of any "
    r"|of a )?(?:help|grants?|charit(?:y|ies)|schemes?|funds?|funding|vouchers?|support|money|budgeting loans?|loans?)\b"
    r"[^.!?]{0,30}?\b(?:with|for|towards|to help|that (?:does|do|gives|give|helps|help|covers?|pays?))\b|\b(?:anything|something|"
    r"any grants?|any help) (?:i|we|she|he) (?:can|could) (?:apply|get|ask) (?:for)?\b|\bis (?:it|that) (?:a bit )?cheeky to "
    r"ask\b)",
    re.IGNORECASE,
)
_EVERYDAY_ASKS_AND_NEWS = re.compile(
    _NO_HARM_TOLD + _NO_WORRY_OR_STILL_GOING_ON + _NO_NEGLECT_TOLD + r"[\s\S]*?(?:"
    # a nursery, school or college place or its funding ("nursery said Ollie can start 3 days a week from September with the
    # 2 year old funding", "got a place at the school we wanted", "the 30 free hours came through")
    r"\b(?:can|will|could) start (?:\w+ ){0,3}?(?:\d|one|two|three|four|five) (?:days|mornings|afternoons|sessions) a week\b|"
    r"\b(?:2|two|3|three) ?(?:year|yr) old (?:funding|offer|place)\b|\b(?:15|30|fifteen|thirty) (?:free |funded )?hours\b|"
    r"\b(?:got|offered|given|has|have) (?:a |her |him |them |the )?(?:place|spot) (?:at|in) (?:the |a )?(?:\w+ )?(?:nursery|"
    r"school|college|preschool|pre-school|playgroup|academy|sixth form|uni)\b|"
    # a child's illness treated and said better ("Leo's asthma was bad so we went to the walk in, they gave him steroids and
    # he's grand now", "antibiotics for her ear infection, she's loads better")
    r"\b(?:asthma|chest infection|tonsillitis|ear infection|temperature|fever|virus|bug|croup|conjunctivitis|eczema|flu|"
    r"sickness|rash|chicken ?pox|cough|cold|sore throat|tummy)\b[^!?]{0,120}?\b(?:walk ?in|gp|doctor|doctors|pharmacy|"
    r"chemist|nurse|urgent care|steroids|antibiotics|inhaler|calpol|nurofen|cream|medicine)\b[^!?]{0,80}?\b(?:he'?s|hes|she'?s|"
    r"shes|they'?re|theyre|he is|she is|they are)(?: now)? (?:\w+ )?(?:grand|fine|better|ok|okay|alright|right as rain|on the "
    r"mend|back to (?:normal|himself|herself|themselves)|back (?:at|in) (?:school|nursery))\b|"
    # a young person's phone or console kept as a punishment, asked back ("can u tell my mum to give me my phone back pls")
    r"\b(?:give|gives|giving|let) (?:me|us) (?:have )?(?:my|me) (?:phone|fone|ipad|tablet|xbox|switch|laptop|console|"
    r"controller|playstation|ps[45]) back\b|"
    # a child in trouble at school, a meeting asked for ("our Callum got in a scrap at school, suspended 2 days, head wants
    # to see me friday", "she's been excluded for a day for answering back")
    r"\b(?:suspended|excluded|exclusion|internal exclusion|fixed term|sent home|isolation|detention|on report)\b[^.!?]{0,60}?"
    r"\b(?:days?|\d|for|from school|till|until|week)\b[\s\S]{0,120}?\b(?:head|headteacher|school|teacher|head of year|"
    r"deputy|senco)\b[^.!?]{0,30}?\b(?:wants?|wanting|asked|asking) (?:to (?:see|meet)|me to come|a meeting)\b|"
    # a utility or household thing fixed ("gas man came and said the meter's fixed now", "the boiler's sorted")
    r"\b(?:gas|electric|electricity|leccy|meter|boiler|heating|hot water|shower|fridge|cooker|washing machine|roof|window|"
    r"door|lock|toilet|leak)(?:'s| is| has been| was| were| are| got)? (?:\w+ )?(?:fixed|sorted|repaired|mended|replaced|"
    r"working again|back on)\b|"
    # the worker invited to see something made or done ("want u to see the kids room, i painted it", "wait till you see
    # the garden")
    r"\b(?:want|wanna|can'?t wait|cant wait|wait till|wait til|dying) (?:for )?(?:you|u|ya) (?:to )?see\b[^!?]{0,60}?\b(?:painted|"
    r"decorated|done up|did it up|new|finished|put up|made|built|tidied|sorted|planted|garden|room|bedroom)\b|"
    # parenting tips asked ("he's been a nightmare at bedtime since the clocks went back, any tips?")
    r"\bany (?:tips|advice|ideas|suggestions|tricks)\b(?! (?:for|on) (?:coping|getting away|leaving|staying safe))|"
    # the writer away or resting for a day, the children with family ("having my wisdom tooth out today so wont be answering
    # till tomorrow, kids are at my mams", "lads are at their dads this week so im just catching up on sleep")
    r"\b(?:won'?t|wont|will not|not|might not|may not) be (?:answering|replying|on my phone|contactable|checking (?:my )?(?:phone|"
    r"messages))\b[^.!?]{0,20}?\b(?:till|until|til|today|tomorrow|this (?:afternoon|morning|evening)|for a (?:bit|few hours|day))\b|"
    r"\b(?:kids|children|lads|boys|girls|bairns|little ones|they)(?:'re| are| r)? (?:at|with|round|over at) (?:their|my|me|"
    r"our|the) (?:dad|dads|da|mum|mums|mam|mams|nan|nans|nana|gran|grans|granny|grandparents|sister|auntie)(?:'?s|s'?)?\b"
    r"[^.!?]{0,40}?\b(?:so|and|while) (?:i'?m|im|i am|i can|i'?ll|ill|i) (?:just )?(?:catching up|catch up|having a|getting|"
    r"resting|relaxing|putting my feet up|enjoying|sorting|cleaning|doing|having|sleeping)\b|"
    # a parent who will not be told how to raise their child ("nobody's telling me how to raise my son", "I'm not having
    # anyone tell me how to bring up my kids") — said of the service, not a harm
    r"\b(?:tell|telling|tells|lecture|lecturing) (?:me|us) how to (?:raise|bring up|parent|look after) (?:my|our|me) (?:own )?"
    r"(?:\w+ )?(?:kids|children|son|daughter|boy|girl|baby|lad|lass|bairns)\b)",
    re.IGNORECASE,
)


def everyday_asks_and_news(clean: str) -> bool:
    """Round 20b: whether the message is one of the everyday asks and news above, with no harm, worry or neglect told."""
    return bool(_HELP_ASKED_TOWARDS_A_THING.search(clean) or _EVERYDAY_ASKS_AND_NEWS.search(clean))


# A parent's fear of the children being taken asked outright ("Honest question. Are you going to take my kids off me? I cant
# stop worrying about it since the meeting"): only when no harm is told — the worry is the point of it, so no worry guard.
_FEAR_OF_REMOVAL_ASKED = re.compile(
    _NO_HARM_TOLD + _NO_NEGLECT_TOLD + r"[\s\S]*?\b(?:are|r|is|will|would|could|can|gonna|going to|do) (?:you|u|ya|they|social "
    r"services|the social|social|the council|the court|the judge) (?:\w+ ){0,2}?(?:take|taking|remove|removing|put) (?:my|our|me|"
    r"the) (?:\w+ )?(?:kids|children|baby|son|daughter|boy|girl|bairns|little ones|grandkids)(?: (?:off|away from) (?:me|us)|"
    r" away| into care| in care)?\s*\?",
    re.IGNORECASE,
)
# The inappropriate model is not asked about an invitation made warmly ("you're welcome to come if you're allowed to"), a
# document to be sent ("whats ur email ill send the payslips over") or a message signed off to a visit with a kiss ("see
# you thursday x").
_INVITATION_PAPERS_OR_SIGN_OFF = re.compile(
    r"\b(?:(?:you'?re|youre|ur|you are|u r|u are|ya) (?:more than |very |so |always )?(?:welcome|invited) to (?:come|join|pop|"
    r"bring|stay|drop)|(?:what'?s|whats|wats|what is|wots) (?:your|ur|yer) (?:work |office |team )?(?:email|e-mail|e mail)(?: "
    r"address)?|(?:i'?ll|ill|i will|can i|shall i) (?:send|email|e-mail|forward|scan|post) (?:the|them|it|those|my|his|her|a|"
    r"over the) (?:\w+ )?(?:over|across|through|on|in|payslips?|letters?|forms?|statements?|certificates?|documents?|docs|"
    r"copies|copy|photos?)\b)|\bsee (?:you|u|ya) (?:on )?(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day|s)?"
    r"(?: then| morning| afternoon)?\W*(?:x+|xx+)\W*$",
    re.IGNORECASE,
)

# ---- round 20a (inbound_unseen42) -------------------------------------------------------------------------------------
# The ordinary run of a rural county's year, which the safeguarding models weigh wrongly: only when the whole message tells
# of no harm (round 17's _NO_HARM_TOLD) and of no worry. The worry guard is round 19's without "still" (a repair "still
# hasn't been done" is the complaint itself) and without a worry said to be over ("I was worried but I'm glad he's there"),
# with an injury, a mark, someone coming in or at night, or being left alone beside the worry words.
_NO_WORRY_INJURY_OR_INTRUSION = _none_of(
    r"(?<!\bwas )(?<!\bwere )worr\w*(?! (?:at first|but|before)\b)|not helping|" + _WORRY_WORDS + r"|threw|thrown|injur\w*|"
    r"wound\w*|pressure sores?|bed ?sores?|at night|in the night|without (?:asking|knocking|permission|telling)|(?:lets|letting|"
    r"let) (?:him|her|them)sel(?:f|ves) in|(?:comes?|coming|came|walks?|walked|walking) in|on (?:his|her|my) own|alone|"
    r"scar\w*|mark|marks"
)
_WHO_MAY_COME_TO_A_MEETING = (
    r"\b(?:is it ok|is it okay|is it alright|is it allowed|can|could|would it be ok|am i allowed|are we allowed|do you mind|"
    r"would you mind)\b(?: if| for)? (?:my|me|our) (?:\w+ )?(?:boyfriend|girlfriend|partner|fella|mum|mam|dad|nan|gran|nana|"
    r"grandad|friend|mate|advocate|support worker|sister|brother|auntie|aunt|uncle|husband|wife|key ?worker|carer|foster "
    r"carer|bf|gf)s? (?:to )?(?:come|comes|attend|attends|be there|sit in|join|joins|came)\b[^.!?]{0,30}?\b(?:meetings?|"
    r"reviews?|pep|conference|core group|panel|appointments?|hearing|session|contact)\b"
)
_WISHES_PASSED_ON_TO_A_PANEL = (
    r"\b(?:tell|let|ask|remind|inform) (?:the )?(?:housing )?(?:panel|court|judge|magistrates?|review|iro|conference|"
    r"meeting)\b(?: know)?(?: that)? (?:i|we|my \w+) (?:really )?(?:want|wants|would like|'?d like|don'?t want|dont want|"
    r"need|prefer|wish)\b"
)
_EVERYDAY_HOME_HEALTH_AND_MEETINGS = re.compile(
    _NO_HARM_TOLD + _NO_WORRY_INJURY_OR_INTRUSION + r"[\s\S]*?(?:"
    # routine health care: a jab, the dentist, the optician, a check-up ("Mam's had her flu jab and the covid one, arms
    # sore but fine", "dentist said he needs 2 fillings, booked in now", "eye test went fine, she needs glasses")
    r"\b(?:flu|covid|booster|mmr|whooping cough|hpv|pre-?school|baby|baby'?s|his|her|my|the|their|shingles|pneumonia|"
    r"travel) (?:jabs?|vaccines?|vaccinations?|immuni[sz]ations?|boosters?)\b|"
    r"\b(?:dentist|dental|orthodontist|optician|eye test|hearing test|audiology|health visitor|smear|check-?up|asthma review|"
    r"diabetes review|annual review at the gp|foot clinic|chiropodist|podiatrist)\b[^.!?]{0,80}?\b(?:said|says|booked|fillings?|"
    r"brace|braces|glasses|fine|all good|all clear|clear|normal|went well|appointment|check|checked|needs?|done)\b|"
    # the home: a repair reported, waited for or noisy, the rent, a housing panel or bid ("boiler's making that banging
    # noise again, landlord will look at it Friday", "rent up again and the damp still hasnt been done, reported 4 times",
    # "have u heard from panel about my house")
    r"\b(?:damp|mould|mold|boiler|boilers|leak\w*|roof|radiators?|windows?|gutters?|toilet|shower|repairs?|landlord|housing "
    r"association|housing officer)(?:'s|s)?\b[^.!?]{0,80}?\b(?:reported|report it|fix\w*|look at it|have a look|come out|sort"
    r"\w* (?:it|out)|repair\w*|engineer|plumber|been done|done yet|not done|hasn'?t|hasnt|noise|noisy|banging|rattl\w*|"
    r"knocking|loud|put (?:the|my|our) rent up|rent up|weeks|months|times)\b|"
    r"\b(?:put|putting|puts|gone|going|went) (?:the |my |our )?rent up\b|"
    r"\b(?:housing )?panel\b[^.!?]{0,60}?\b(?:house|housing|flat|home|bid|banding|band|application|move|transfer|priority|"
    r"area)\b|\b(?:house|housing|flat|bid|bidding|banding|application|transfer)\b[^.!?]{0,60}?\bpanel\b|"
    # a group, a session or a meeting missed for work or childcare ("I cant make group tonight, my shift got changed")
    r"\b(?:can'?t|cant|cannot|won'?t be able to|wont be able to|unable to|not able to) (?:make|come to|get to|attend|do) (?:it "
    r"to )?(?:group|the group|tonight|today|tomorrow|the (?:session|meeting|class|course|appointment|drop ?in|group)|(?:my|our|"
    r"the) \w+ (?:session|group|appointment|meeting|class))\b[^.!?]{0,80}?\b(?:shift|shifts|work|rota|job|boss|overtime|"
    r"childcare|school run|another appointment|the factory|the farm|lambing|harvest)\b|"
    # a child settled in a placement, the carers praised ("Liam's foster carer is brilliant, he's put weight on and he's
    # sleeping through", "she's settled in lovely at the placement", "glad he's there")
    r"\b(?:foster ?carers?|foster (?:mum|dad|parents?|family)|kinship carers?|placement|residential|children'?s home|the "
    r"carers)(?:'s| is| are| has been| have been| was| were|s)? (?:\w+ )?(?:brilliant|lovely|great|amazing|fab|fantastic|ace|"
    r"wonderful|so good|really good|really kind|so kind|kind|perfect|a godsend|the best)\b|"
    r"\b(?:he'?s|hes|she'?s|shes|they'?re|theyre|he has|she has) (?:\w+ )?(?:settled|settling in|thriving|doing (?:so |really )?"
    r"well|come on loads|came on loads)\b[^.!?]{0,40}?\b(?:there|placement|foster|carers|new school|with them|at (?:the|his|her) "
    r"\w+)\b|\bglad (?:he'?s|hes|she'?s|shes|they'?re|theyre) (?:there|with (?:them|her|him))\b|"
    # who may come to a meeting ("is it ok if my boyfriend comes to the PEP meeting", "can my nan come to the review")
    + _WHO_MAY_COME_TO_A_MEETING
    + r"|"
    # the writer's wishes passed on to a panel, a court or a review ("can u tell the panel i want to stay in my area")
    + _WISHES_PASSED_ON_TO_A_PANEL
    + r")",
    re.IGNORECASE,
)
# The inappropriate model is not asked about an agency found at fault ("Bloody DWP have lost my form AGAIN, can you ring
# them"), the writer's wishes passed on to a panel, or who may come to a meeting (the phrases still read every insult).
_AGENCY_AT_FAULT_OR_WISHES = re.compile(
    r"\b(?:dwp|universal credit|uc|the council|council|pip|hmrc|the job ?cent(?:re|er)|jobcentre|job centre|benefits|child "
    r"maintenance|cms|the gp|gp|the surgery|the hospital|the bank|esa|dla|the assessors?|atos|capita|maximus|royal mail|the "
    r"post office|the housing|housing)\b(?: (?:have|has|'ve|'s|ve|s|went and))? (?:\w+ )?(?:lost|messed|cocked|ballsed|mucked|"
    r"screwed|stopped|sanctioned|cut|not paid|still not|never|delayed|rejected|refused|turned down|sent (?:it|me) back|closed)"
    r"\b|" + _WISHES_PASSED_ON_TO_A_PANEL + r"|" + _WHO_MAY_COME_TO_A_MEETING,
    re.IGNORECASE,
)
