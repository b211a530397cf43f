"""Inbound phrase tables (safeguarding, inappropriate, threats) and the one PatternIndex they register in, in order."""

from __future__ import annotations

import re

from .inbound_harmless import _HARMLESS_IDIOMS, _MISLAID_THINGS
from .scan import Group, PatternIndex

# Every pattern below is registered here, so a message is split into words once and each pattern is
# only tried where it can match (see scan.py).
_INDEX = PatternIndex()

_ME = r"(?:my ?self|myself|meself|my self)"
_PRONOUN_SUBJECT = r"(?:he|she|they|hes|shes|he's|she's|theyre|they're|him|her|it)"
_VICTIM = (
    r"(?:me|us|her|him|them|my|the (?:kids|children|baby|boys|girls)|the kid|mum|mam|dad|nan|"
    r"my (?:mum|mam|dad|son|daughter|kids|children|baby|boy|girl|sister|brother|nan)|"
    r"(?:his|her|their) (?:kids|children|baby|son|daughter|boy|girl|little one|girlfriend|boyfriend|wife|husband|partner|"
    r"missus|gf|bf|mum|mam|dad|nan|gran|grandad)|"
    # inbound_unseen13: "hits our kid" (a brother or sister, in the north), "our son", "my little brother"
    r"our (?:kid|kids|son|daughter|baby|lad|lass|little one|youngest|eldest|sister|brother)|my little (?:brother|sister|one)|"
    # inbound_unseen17: Scots, northern and Traveller words for children
    r"(?:the|my|our|me|his|her|their) (?:bairns?|weans?|wee ones?|wee man|wee lass|wee yin|babby|babbies|chavvies|chavvie))"
)
# "my ex is a twat": an insult about someone else, not aimed at the worker.
_NOT_OF_A_THIRD_PARTY = (
    r"(?<!\bis a )(?<!'s a )(?<!\bhes a )(?<!\bshes a )(?<!\bwas a )(?<!\bsuch a )(?<!\bbeing a )(?<!\ba right )"
    r"(?<!\bproper )(?<!\bold )"
)
_HARM_VERB = (
    r"(?:hit|hits|hitting|hittin|hurt|hurts|hurting|hurtin|beat|beats|beating|beatin|beaten|batter\w*|punch\w*|kick\w*|"
    r"slap\w*|strangl\w*|chok\w*|push\w*|shov\w*|threaten\w*|bit|bites|biting|abus\w*|rap(?:e|ed|es|ing)|"
    r"touch(?:es|ed|ing)|attack\w*|stab\w*|burn(?:t|ed|s|ing)?|grab\w*|throttl\w*|smack\w*|"
    r"starv(?:e|es|ed|ing)|lock(?:s|ed)|drag\w*|whack\w*|thump\w*|scream\w* at|shout\w* at|headbutt\w*|glassed|bottled|"
    r"stamp(?:s|ed|ing)? on|rough with|"
    # inbound_unseen17: northern and Scots words for a beating ("he leathers the weans", "skelped")
    r"leather(?:s|ed|ing)|skelp\w*|lamp(?:s|ed|ing)|twatted|belt(?:s|ed|ing))"
)

# "i told the bailiffs to piss off", "got told to f off by a teacher": reported, not said to the worker.
_NOT_TOLD_TO = r"(?<!\bto )"
# "I'll beat you at pool next time": a game, not a fight.
_NOT_A_GAME = (
    r"(?! (?:at|on|in) (?:pool|darts|snooker|chess|cards|scrabble|monopoly|fifa|fortnite|bingo|the quiz|bowling|tennis|"
    r"football|a game|mario ?kart|uno|ping pong|badminton|squash|golf|cod|the xbox|the ps\d)\b)"
)
# "you're dead right", "ur dead on your feet": dead as an intensifier, not a threat.
_NOT_DEAD_IDIOM = (
    r"(?! (?:right|on|tired|good|lucky|nice|funny|sound|kind|helpful|busy|quiet|late|serious|easy|keen|excited|proud|posh|"
    r"clever|sweet|wrong|set|against|to me|behind|inside|jealous|fit|brave|strong|popular|organised|patient|calm|friendly|"
    r"welcome|cool|lovely|chuffed|pleased|happy|gorgeous|pretty|smart|with|early|quick|slow|loud)\b)"
)

# Round 18: the person the writer means to hurt (harm_to_others), not a thing of theirs ("I'll burn my ex's stuff").
_THIRD_PERSON = (
    r"(?:my ex(?:'s)?|(?:my|his|her|that|the|this|those|them|our|their) (?:\w+ ){0,2}?(?:ex|exs|ex's|partner|fella|boyfriend|bf|"
    r"husband|girlfriend|gf|wife|missus|neighbou?rs?|lads?|man|men|bloke|guy|prick|twat|bastard|stepdad|step dad|brother|"
    r"cousin|landlord|teacher|bully|bullies|dealer|nonce|paedo|pervert|scumbag|wanker|dickhead|slag|cow|bitch|grass|"
    # round 22: the school's or a service's staff ("i'll go in and kill that headteacher")
    r"snitch|headteacher|head teacher|headmaster|headmistress|head of year|doctor|judge|solicitor|copper|boss)(?:'s|s)?|him|her|them)(?! (?:door|doors|window|windows|house|flat|car|van|stuff|things|clothes|tea|dinner|hair|"
    r"washing|room|bike|phone|number|name|card|keys)\b)"
)
_CRY_FOR_HELP = "A plea for help with nothing else said: contact the person now to find out what is happening."
_SAFEGUARDING: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    (
        "suicide_self_harm",
        "Thoughts of suicide or self-harm: contact the person now and follow the safeguarding procedure.",
        (
            rf"kill(?:ing|ed)? {_ME}",
            # round 19 (inbound_unseen38): the writer found collapsed on a floor by staff or family, said in passing ("the
            # hostel staff found me on the bathroom floor. im ok now. dont be mad"): an overdose or harm to be asked about
            r"(?:staff|they|he|she|someone|somebody|my \w+|mum|mam|dad|nan|flatmate|mate|partner|boyfriend|girlfriend|security|"
            r"police|paramedics|warden) (?:\w+ )?(?:found|find|finding) me (?:collapsed |passed out |unconscious |lying |laid |"
            r"sprawled |slumped |out cold )?(?:on|in) (?:the|my|a) (?:bathroom |bedroom |kitchen |toilet |hall |hallway |landing |"
            r"lounge |living room |shower |bedsit |room )?(?:floor|ground)\b(?![^.!?]{0,30}\b(?:after|when|cos|because) (?:i|id|i'?d|i had) "
            r"(?:\w+ )?(?:fell|fallen|tripped|slipped|had a fall)\b)",
            r"kill(?:ing)? (?:him|her|them)sel(?:f|ves)",
            r"kms",
            r"kys(?=.{0,10}\b(?:me|i)\b)",
            r"end(?:ing)? (?:it all|my life|my own life|things|it)\b",
            # inbound_unseen15: dropped g's and "in my hand" ("bin thinkin of endin it all", "got pills in my hand")
            rf"top(?:ping|ped|s)? {_ME}\b",
            r"endin'? (?:it all|it|my life|things)\b|(?:thinkin|thinking|thought|thinkn) (?:of|about|bout|abt) endin\w*",
            r"(?:pills|tablets|tabs|meds|blade|razor|knife|rope|paracetamol) (?:in (?:my|me) hands?|in (?:my|me) lap|on (?:my|me) lap)\b",
            r"take my (?:own )?life",
            r"suicid\w*",
            r"(?:want|wanna|wana|going|gonna|gna|ready) (?:to )?die",
            # round 17: said of someone else ("my daughter wants to die", "he keeps saying he wants to be dead", "she wishes she
            # was dead"), not dying of embarrassment or laughing
            r"(?:wants|wanted|wanting|wishes|wished) (?:to )?(?:die|be dead|end (?:it all|(?:his|her|their) (?:own )?life)|kill "
            r"(?:him|her|them)sel(?:f|ves))\b(?! (?:of|laughing|from|with) )|(?:wishes|wished) (?:he|she|they) (?:was|were|'?d|had) "
            r"(?:dead|never been born|never born)",
            r"wish (?:i|id|i'd) (?:was|were|had) (?:dead|never been born)",
            r"better off (?:dead|without me)",
            r"(?:don'?t|dont|do not|dnt|doesn'?t|doesnt|didn'?t|didnt) (?:want|wanna|wana) (?:to )?(?:be here|live|be alive|exist|wake up|"
            r"carry on|go on)",
            r"no (?:point|reason) (?:in |to )?(?:living|going on|life|carrying on|being here)",
            r"(?:don'?t|dont|do not|cant|can'?t) see (?:the|a|any) point",
            r"(?:can'?t|cant|cannot) (?:go on|do this|take (?:it|this))(?! (?:monday|tuesday|wednesday|thursday|friday|saturday|"
            r"sunday|week|weekend|morning|afternoon|evening|time|date|appointment|one|form|job|course|meeting|visit|month|term|"
            r"year|bus|train|shift|route)\b)(?: any ?more)?",
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
            r"(?:loads|lots) of|too many|my whole|my entire|the whole|some|20|30|\d+)\b.{0,25}\b(?:pills?|tablets?|paracetamol|meds|medication|sleeping pills|co-?codamol|ibuprofen|aspirin|antidepressants?|"
            r"anti-?depressants?|sertraline|citalopram|fluoxetine|mirtazapine|amitriptyline|diazepam|valium|codeine|tramadol|"
            r"painkillers|sleeping tablets|quetiapine|olanzapine|lithium|propranolol|pregabalin|gabapentin|zopiclone|insulin|"
            r"methadone|morphine|oxycodone)",
            r"(?:pills|tablets) (?:ready|saved|stashed)",
            r"(?<!\bgo )(?<!\bgo and )(?<!\bshould )(?<!\bcan )jump (?:off|in front|from)",
            r"on the roof",
            r"(?:a )?rope (?:ready|round)",
            r"hang(?:ing)? {_ME}".replace("{_ME}", _ME),
            # round 11: "I'll be found hanging", "I'll string myself up"
            rf"string {_ME} up|(?:i'?ll|ill|i will|gonna|going to|they'?ll|theyll|you'?ll|youll) (?:\w+ )?(?:be )?(?:find|found|finding) "
            r"(?:me )?(?:hanging|swinging|dead)\b",
            r"goodbye (?:everyone|all|world|forever)",
            r"nobody (?:would|will|wud) (?:care|miss me|notice)",
            r"(?:nobody|noone|no1) (?:even )?(?:cares|gives a)",
            r"(?:took|taken|swallowed|necked|had) (?:like |about |around |over |nearly |at least )?(?:1\d|[2-9]\d|\d{3}|twenty|"
            r"thirty|forty|fifty) (?:of )?(?:my|me|the|his|her|mums?|dads?|nans?)\b",
            r"no (?:1|one|body) (?:cares|would care|will care|gives a)|(?:no ?one|nobody|no1|no 1) (?:would|will|wud|'?d|wid) "
            r"(?:even )?(?:miss me|notice (?:if|i)|care (?:if|when) i)",
            r"(?:feel|feeling) like (?:dying|killing {_ME}|ending it)".replace("{_ME}", _ME),
            r"(?:thinking|thought|thinkin) (?:about|of|bout) (?:ending|killing|jumping|dying|taking my)",
            r"want (?:it|this|everything|the pain|all the pain|the hurt|my pain) to (?:end|stop)",
            r"(?:there'?s|theres|there is|is) no point (?:to|in|of) (?:any of it|anything|it all|trying|me|being|living|carrying)",
            r"disappear forever",
            # putting affairs in order: belongings and pets given away
            r"(?:given|giving|gave|give) (?:away )?(?:all )?(?:my|me) (?:stuff|things|belongings|possessions|dog|cat|pets?)\b"
            r"(?!(?: away)? (?:to (?:a |the )?(?:charity|tip|jumble|car boot)|for (?:the )?(?:weekend|week|day)))",
            r"(?:i'?m|im|i am) (?:a )?burden",
            # round 11: farewells — an apology or thanks for everything, then goodbye; the last time you'll hear from me
            r"(?:(?:sorry|sory|soz|sozz|sorri) (?:for|4) (?:everything|evrything|everythin|evrythin|every thing|all (?:the|of the|my) "
            r"(?:trouble|hassle|pain|grief|mess|stress|worry)(?: (?:i'?ve|ive|i have) caused)?|being (?:a burden|such a pain|such a "
            r"let ?down|me))|(?:just )?(?:want|wanted|need|needed) (?:you|u|ya) to know (?:that )?(?:(?:you|u|ya) (?:helped|tried|did "
            r"(?:your|ur) best|did everything|were|was|made|mattered|are)|(?:it )?(?:wasn'?t|wasnt|isn'?t|isnt|is not|was not|'?s not) "
            r"(?:your|ur|yer) fault)|thank(?:s| you| u|u|x) "
            r"for (?:everything|evrything|trying|all you (?:did|have done|'?ve done|tried))|tell (?:my|the) (?:\w+ ){1,2}(?:i|that i) "
            r"(?:love|loved|am sorry|'?m sorry))\b(?!.{0,80}\b(?:moving|moved|new (?:social worker|worker|job|house|flat|home|"
            r"place)|see (?:you|u|ya)|speak soon|talk soon|next (?:week|time|month)|good luck|retir\w*|leaving (?:the|this) (?:service|"
            r"team|area)|case (?:is )?clos\w*|for now|till|until|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)))"
            r".{0,80}\b(?:goodbye|bye+|farewell|take care of (?:them|my \w+|the kids)|this is it|love (?:you|u|ya|yous|youse) all|love to "
            r"(?:all|everyone|every one))"
            r"\W*(?:x+\W*)?$",
            r"(?:this is|it'?s|its|that'?s|thats) (?:the )?last (?:time|message|text|msg|thing) (?:you'?ll|youll|u'?ll|ull|you will|"
            r"anyone will|any1 will|you'?re going to|ur gonna|you'?re gonna) (?:ever )?(?:hear from|get from|see from|hear off|get off|"
            r"see|hear) me\b|(?:last|final) (?:message|text|msg|time) (?:you'?ll|youll|u'?ll|ull|you will) (?:ever )?(?:get|hear|see|"
            r"have) (?:from|off) me\b",
            r"(?:this is|it'?s|its) (?:my )?goodbye\b(?! (?:to|from) (?:the|our|my) \w+)",
            r"(?:i'?m|im|i am) (?:so |really )?(?:sorry|sory|soz)\W+(?:goodbye|bye|love you all|love you)\W*(?:x+\W*)?$",
            r"(?:writing|wrote|write|leaving|left) (?:this|these|a note|notes|letters) so (?:someone|somebody|some1|people|you|everyone|"
            r"they|the kids) (?:\w+ )?(?:knows?|understands?|find|finds)\b",
            r"(?:wanted to|want to|just) say (?:thank you|thanks|sorry) and (?:goodbye|bye)\W*(?:x+\W*)?$",
            # round 13: the goodbye said first ("goodbye x thanks for trying", "bye everyone. sorry for everything")
            r"(?<![\w'] )(?<![\w'],)(?:goodbye|good bye|farewell|bye+|bye for ever|bye forever)(?: (?:everyone|all|world|x+))?\W*(?:x+\W*)?(?:and |n )?"
            r"(?:thanks?|thank you|thank u|thankyou|thanku|ty|sorry|soz|sory) (?:for|4) (?:trying|tryin|everything|evrything|"
            r"everythin|all (?:you|u) (?:did|done|tried|'?ve done|have done)|all (?:the|your|ur) (?:help|trouble)|being there|caring|"
            r"putting up with me)\W*(?:x+\W*)?$",
            # round 11: a suicide threat as a condition ("if you take my baby ill jump") — not "jump on the bus"
            r"(?:i'?ll|ill|i will|im|i'?m|i am|gonna|going to|i'?m gonna|im gonna) (?:just |gonna |going to )?jump(?:ing)?"
            r"(?=\s*(?:$|[.!,]|(?:off|from|in front|tonight|today|and it|and its|and that|if|when|i swear|i mean it|it'?ll|its|this "
            r"time|x+)\b))",
            # round 11: where someone stands to jump ("im on the bridge") — not on the way somewhere
            r"(?:i'?m|im|i am) (?:on|at|up on|on top of) (?:the|a|this) (?:bridge|roof|ledge|edge|cliff|cliffs|viaduct|multi ?-?storey|"
            r"top floor|railway|tracks|train tracks)\b(?!.{0,40}\b(?:mins?|minutes|away|nearly there|be there|be with you|on my way|"
            r"omw|traffic|bus|train|walking|driving|late|soon|heading|coming))",
            r"(?:stitch\w*|glued|steri ?strips|butterfly stitches|a ?& ?e|a and e|bandaged)\b.{0,50}\b(?:did (?:it|this|them) (?:my ?self|"
            r"meself|to myself)|self[- ]inflicted)|(?:did (?:it|this) (?:my ?self|meself|to myself))\b.{0,40}\b(?:stitch\w*|glued|"
            r"a ?& ?e|a and e|don'?t be mad|dont be mad|cut|arm|wrist|leg)",
            # a widening sweep of round 9: "sorry for being a burden", "starving myself", "i've been saying goodbye to people"
            r"(?:i'?ve|ive|i have) been saying (?:my )?goodbyes?\b|saying my goodbyes\b",
            r"(?:for being|i'?ve been|ive been|i'?m just|im just|always been|been) (?:such )?a burden\b",
            rf"starv(?:e|es|ing|ed) {_ME}\b",
            # misspelt, indirect and final-sounding ways of saying it
            r"sucid\w*|suicd\w*|suiside\w*|sucide\w*|suisid\w*|suecid\w*",
            r"wish (?:i|id|i'd) (?:wasn'?t|wasnt|weren'?t|werent|was not) (?:alive|here|born|around)",
            r"(?:i'?ll|ill|i will) be gone (?:by|before) (?:the )?(?:morning|tomorrow|tonight|the weekend|then|monday)",
            r"(?:i|ill|i'?ll) (?:won'?t|wont|will not) be (?:here|around|alive)"
            r"(?: (?:tomorrow|much longer|for long|by (?:the )?morning|any ?more|when))",
            # inbound_unseen13: a cancelled appointment as a farewell — "i wont be around to need it", "wont be needing any of
            # it after tonight", "wont need it where im going"
            r"(?:won'?t|wont|will not|shan'?t) be (?:here|around|alive|about) (?:to|for) (?:need|see|use|go to|make|read|get|come|"
            r"collect|answer|worry|sort|do|the appointment|it|that|them|much longer)",
            r"(?:won'?t|wont|will not|shan'?t|don'?t|dont) (?:be needing|need) (?:it|that|them|the appointment|anything|any of (?:it|this|"
            r"that))\b.{0,30}\b(?:after (?:tonight|today|this|tomorrow)|where (?:i'?m|im|i am) going|(?:when|once) (?:i'?m|im) gone)",
            # a widening sweep of round 8: "you won't hear from me again", "nobody will have to worry about me after tonight"
            r"(?:you|u|nobody|no ?one|no1|everyone|they|you all|none of you) (?:won'?t|wont|will not|will never|'?ll never|ll never|"
            r"will) (?:ever )?(?:hear from|see|have to (?:worry about|deal with|put up with|bother with|look after)) me "
            r"(?:again|any ?more|after (?:tonight|today|this|tomorrow)|ever again)",
            # burning the home down with the person inside, setting themselves alight
            r"(?:burn|torch|set fire to|set light to|blow up)\b.{0,40}\bwith me (?:still )?in(?:side| it| there)?\b|"
            r"set (?:fire|light) to (?:my ?self|myself|meself)|set (?:my ?self|myself|meself) (?:on fire|alight)",
            r"(?:this is|that'?s|that was) (?:my|the) last (?:message|text|msg)",
            r"(?:had enough|sorry for everything|love you all|(?:look after|take care of) (?:the kids|them|my \w+|everyone))\W+"
            r"(?:goodbye|bye)\b",
            r"tell (?:them|the kids|my (?:kids|mum|mam|family|son|daughter)|everyone) (?:i'?m|im|i am) sorry",
            # (round 14: not a note saying where the writer is or when they'll be back: "left a note for my mum to say ill be late")
            r"(?:wrote|written|writing|left) (?:a |the )?(?:letters?|notes?) for (?:the kids|my|everyone|them)(?![^.!?]{0,40}\b(?:to say|"
            r"saying|so (?:she|he|they) know where|i'?ll be (?:late|back|home)|ill be (?:late|back|home)|back at|shopping|about (?:the|"
            r"tea|dinner))\b)",
            r"(?:after|when|once) (?:i'?m|im|i am) (?:dead|gone)",
            r"(?:telling|tells|told|tell) (?:me|him|her) to (?:do it|end it|hurt|kill|jump|harm|cut)",
            r"hearing voices",
            r"(?:going to|gonna|gna|will|i'?ll|ill|to) (?:do it|end it) (?:tonight|today|now|this time)",
            r"(?:pills|tablets|tabs|meds) (?:are )?(?:in front of me|lined up|counted out|next to me|all out)",
            # round 17 (inbound_unseen35): the pills got out or set out ready ("I've got the pills out"), not a dose set out in a
            # dosette or for the week, nor tablets taken out of a cupboard
            r"(?:got|get|getting|have|put|laid|lay|set|counted|lined|tipped|emptied) (?:all |out )?(?:the|my|me|all my|all the|all "
            r"me|every one of my|a pile of|a load of) (?:pills|tablets|tabs|meds|paracetamol|co-?codamol|sleeping pills|"
            r"painkillers|medication) (?:out|ready|lined up|counted out|in front of me|on the table|next to me|on the side)\b"
            r"(?! (?:of|for|in (?:the|my|a) (?:dosette|box|pill|organi|tray|blister)|ready for|into (?:the|my|a) (?:dosette|box|"
            r"pill|organi|tray)))",
            r"(?:mixed|mixing|washed down|washing down|took|taken) (?:my |me |the |all (?:my |me |the )?)?"
            r"(?:pills|tablets|tabs|meds|medication) (?:with|and|n) (?:vodka|alcohol|booze|drink|wine|whisky|beer|cider)",
            r"(?:tuk|tuck|tok|took|taken|necked|swallowed|had|done) (?:all|the lot of|every one of) (?:me|my|the) "
            r"(?:tabs|tablets|pills|meds|medication)",
            r"(?:on|at) the edge of (?:the|a) (?:bridge|roof|multi ?-?storey|cliff|platform|building)",
            r"(?:don'?t|dont|can'?t|cant|cannot) see (?:a|any) way out|no way out",
            r"(?:cut|cutting|burn|burnt|burned|burning|slash\w*|scratch\w*|carv\w*) (?:my|me) (?:arms?|wrists?|legs?|thighs?|skin|stomach)",
            r"(?:been|keeps|started|is|was|she'?s|he'?s|shes|hes) (?:been )?cutting (?:again|herself|himself|her arms|his arms)",
            r"slit(?:ting)? (?:my|me|her|his) wrists?",
            # round 12: self-harm seen or shown, of the writer or a friend ("her arms are all cut up", "sent me pics of his cuts")
            r"(?:arms?|wrists?|legs?|thighs?) (?:are |were |r |is |was )?(?:all |really |badly )?(?:cut up|cut to bits|slashed|"
            r"carved up|covered in (?:cuts|scars|blood)|full of cuts|sliced up)\b",
            r"(?:pics?|pictures?|photos?|snaps?|videos?|vids?) of (?:her|his|their|my|me) (?:fresh )?(?:cuts|self[- ]?harm|"
            r"wounds|bleeding (?:arms?|wrists?))\b",
            r"noose",
            r"nothing (?:left )?to live for|not worth living|(?:life|it) (?:is|'?s|isn'?t|isnt) (?:not )?worth (?:living|it any ?more)",
            r"(?:tired|sick) of (?:living|life|being alive)",
            r"(?:done|finished) with (?:life|living)",
            r"give up on (?:life|everything|myself)",
            r"(?:want|wanna) to disappear",
            r"(?:going to|gonna|gna) jump",
            r"(?:what'?s|whats|what is) the point (?:in|of) (?:me|my|living|life|being here|going on|carrying on|anything|it all)",
            # lead's review after round 18: the point of going on at all, or feeling worse and asking what the point is
            # ("whats the point anymore", "what's the point in any of it", "the tablets have been upped but im worse,
            # whats the point"); not trying or bothering with something named ("what's the point in trying to ring you",
            # "whats the point in bothering with the bus"), nor worse at or than something
            r"(?:what'?s|whats|what is) the point (?:any ?more|(?:in|of) (?:any of (?:it|this)|trying|bothering)\b"
            r"(?! (?:to|with|about|for|on|at|again)\b))",
            r"(?:i'?m|im|i am|i feel|i'?ve got|ive got|feeling|getting|got) (?:even |no |just |only |still )?(?:worse|no better)\b"
            r"(?! (?:at|than|in|with|off)\b)"
            r"[^.!?]{0,40}\b(?:what'?s|whats|what is) the point\b",
            r"want (?:it|this|everything|it all|all this) (?:all )?to (?:be over|end|stop)",
            r"if (?:i|i'?m|im) (?:just |only |simply )?(?:was|were|wasn'?t|wasnt|died|disappeared|gone|dead|not here)\b(?! (?:late|there|at|in|on|sick|ill|busy|you|u|ya|him|her|them|rude|short|snappy|abrupt|off|a bit|"
            r"stressed|angry|grumpy|out of order|harsh|mean|horrible|wrong|unclear|confusing)\b)",
            r"do (?:something|smthing|sumthing|summat) (?:stupid|silly|daft)",
            r"(?:saving|saved|save|stockpil\w*|hoard\w*) (?:up )?(?:my |me |all my |some )?(?:tablets|pills|meds|tabs)",
            r"(?:standing|stood|sat|sitting|stand) on (?:the|a|this) (?:bridge|roof|ledge|edge|railings?|cliff)",
            r"(?:i|i'?ve|ive|been|she'?s|he'?s) cut (?:again|myself|deep|deeper)|deep this time",
            r"(?:vodka|alcohol|booze|wine|whisky|whiskey|spirits)\b.{0,25}\b(?:pills|tablets|tabs|meds|medication)",
            r"(?:taking|took|taken|had|swallowed|necked) too (?:much|many)\b(?! (?:time|sugar|money|food|coffee|sun|on|off|notice))",
            r"(?:packs?|boxes|box|packets?|bottles?|strips?) of (?:paracetamol|co-?codamol|ibuprofen|aspirin|pills|tablets|"
            r"sleeping pills|codeine|tramadol|diazepam|painkillers)",
            r"ended up in (?:a ?& ?e|a and e|hospital|resus)",
            r"(?:can'?t|cant|cannot) keep (?:going|going on|living) like this",
            r"(?:better|ok|okay|fine|happier|easier) (?:off )?without me",
            r"(?:better|happier|easier|nicer) (?:life|lives|time|future|childhood) without me\b",
            r"(?:want|wanna) to sleep (?:forever|and never wake)|sleep forever",
            r"tired of (?:fighting|everything|evrything|everythin|evrythin|every thing|it all|trying|being here|this life|struggling)",
            r"a plan (?:this time|to end|to kill|to do it)",
            r"walk\w* into (?:the )?(?:sea|river|traffic|canal)|in front of (?:a|the) (?:train|bus|lorry|car)",
            r"might (?:hurt|harm|shake|hit) (?:the baby|my baby|the kids|him|her|them|someone|myself)",
            r"(?:i'?m|im|i am) not coping",
            r"locked (?:himself|herself|themselves|myself) in\b.{0,30}\b(?:razor|blade|knife|pills|tablets)",
            r"(?:can'?t|cant|cannot|not sure i can|don'?t think i can|dont think i can|unable to) keep (?:myself|meself|me|"
            r"my self) safe",
            r"(?:a )?burden (?:to|on) (?:everyone|every1|everybody|my|you|them|the)|doing (?:them|everyone|every1|you|u) "
            r"(?:all )?a favou?r",
            r"(?:be|being) (?:here|around) (?:much|for much) longer",
            r"(?:don'?t|dont|can'?t|cant|cannot) see (?:how|it|things|life) (?:\w+ )?(?:gets?|getting|will get|ever gets?|"
            r"going to get|gonna get) (?:any )?better",
            r"(?:so )?done with (?:everything|it all|life|living|this life|all of it)",
            r"(?:sat|sitting|parked|stood|standing) (?:in (?:the|my) car )?(?:by|at|near) the (?:reservoir|river|canal|sea|"
            r"cliffs?|bridge|railway|tracks|train tracks|quarry)\b"
            # round 14: not a day out ("stood by the river with the kids feeding the ducks")
            r"(?![^.!?]{0,30}\b(?:with (?:the|my|our) (?:kids|dog|family|mates|friends|little ones?)|feeding the ducks|picnic|ice "
            r"cream|fishing|paddling)\b)",
            # a farewell: love spoken of in the past tense, or everything feeling pointless
            r"(?:make sure|let|tell) (?:they|them|the kids|the children|my \w+|everyone|every1)\b.{0,12}\b"
            r"(?:know )?(?:that )?(?:i|i'?d|id) (?:loved|always loved|really loved) (?:them|her|him|you|u|everyone)",
            r"(?:everything|life|it all|all of it|every ?day|living) (?:just )?(?:feels|is|seems|feel|'?s) (?:so |totally |"
            r"completely |just )?(?:pointless|meaningless)|(?:feel|feeling|feels) (?:so )?pointless",
            # inbound_unseen11, widened to neighbouring wordings: a ligature found, driving into a wall, voice-to-text
            # "be a live", a carer who cannot keep the person safe or cannot do it any more
            r"(?:belt|rope|cord|scarf|tie|wire|lead|sheet|shoe ?laces?|dressing gown cord)\s+(?:tied )?(?:round|around) (?:his|her|my|"
            r"their|me) neck|ligature",
            r"(?:drive|driving|drove|crash|crashing|swerve|swerving|steer|steering|plough|ploughing) (?:the car |my car |the van )?"
            r"(?:into|off) (?:a|the) (?:wall|tree|bridge|lorry|river|motorway|road|cliff|canal|sea)",
            r"(?:don'?t|dont|do not|dnt) (?:want|wanna|wana) (?:to )?be a (?:live|lie)\b",
            r"(?:can'?t|cant|cannot|not able to|unable to) keep (?:him|her|them|mum|mam|dad|nan|the kids|my (?:son|daughter|kids|mum|"
            r"dad|husband|wife)) safe",
            r"(?:can'?t|cant|cannot) (?:do|manage|handle|cope with) (?:it|this|him|her|them|any of it)(?: (?:with (?:him|her|them|mum|"
            r"dad|the kids)|on my own))? any ?more",
            # inbound_unseen17 (round 10): the means at hand ('got the rope in the shed', 'saved them all up in a jar'), a bridge named,
            # dialect ('do myself in', 'dinnae want to be here'), setting fire to the home with the person inside
            r"(?:got|have|bought|there\'?s|theres|i\'?ve got|ive got|put|hid|hidden|keep|kept) (?:a|the|some|me|my) (?:rope|noose)\b(?! (?:for (?:the |a )?(?:swing|tent|washing|boat|climbing)|swing|ladder|course))",
            r"(?:saved|saving|stockpil\w*|hoard\w*|stash\w*|kept|keeping) (?:them|they|\w+ )?(?:all )?(?:up )?(?:in|under) (?:a|the|my|me) (?:jar|tin|box|drawer|sock|bag|mattress)\b",
            r"(?:saved|saving|stockpil\w*|hoard\w*|stash\w*) (?:up )?(?:all )?(?:my |me |his |her |the )?(?:pills|tablets|tabs|meds|insulin|painkillers|paracetamol|sleeping pills)",
            r"(?:torch|burn|set fire to|set light to)\w* (?:the (?:place|house|flat|caravan|trailer|van)|it|this place|my (?:flat|house|place))(?: down)? (?:wi|with) (?:me|us|masel\w*|myself) (?:in it|inside|in)\b",
            r"(?<!\bgo )(?<!\bgo and )(?:going|go|goin|jump|jumping|throw (?:my|me) ?self|throwing (?:my|me) ?self|walk|drive|driving) off (?:the |a )?(?:\w+ )?(?:bridge|cliff|cliffs|viaduct|multi[- ]?storey|car park)\b",
            rf"(?:i\'?ll|ill|gonna|gonnae|going to|i will|i could|might|wanna|want to|about to|ready to) do {_ME} in\b(?! (?:carrying|lifting|with|at the|running|moving))",
            r"do (?:masel|mysel|maself|me sel) in\b",
            r"(?:dinnae|dinna|divn\'?t|divvent|dont|don\'?t) (?:want|wanna|wantae) (?:tae |to )?(?:be here|live|be alive|wake up|go on|be around) (?:nae|no) (?:mair|more)",
            r"hose ?pipe (?:in|on|to|round|through|into) (?:the|my|me) (?:car|exhaust|window)|hose ?pipe on the exhaust",
            # farewells after round 10's retraining moved the word model: 'I wont be here by then', 'ive got everything ready'
            r"(?:won\'?t|wont|will not) be (?:here|around|alive) by then|(?:i\'?ve|ive|i have|i\'?ve) (?:got|put) (?:everything|it all) ready\b(?! for (?:the|tomorrow|monday|school|work|my|our))|(?:can\'?t|cant|cannot) face (?:tomorrow|another day|waking up)|(?:i\'?ve|ive|i have) said (?:all )?my goodbyes",
            # round 14 (a widening sweep): who gets the pets or things decided, wanting to disappear
            r"(?:sorted|sorting|decided|worked out|written down|wrote down|made a list of|chosen|picked) (?:out )?who (?:gets|will get|is "
            r"having|will have|has|can have|should have|takes) (?:my|the|me) (?:dog|cat|pets?|stuff|things|belongings|money|flat|"
            r"bits|jewellery|ashes)\b",
            r"(?:want|wanna|wana|wish i could|just want|i want) (?:to )?(?:just )?(?:disappear|disapear|dissapear|dissappear|vanish)\b"
            r"(?! (?:under|for (?:a|the) (?:bit|day|weekend|week)|on holiday|to (?:spain|the beach))\b)",
            # round 14: going to a bridge, a cliff or the tracks tonight ("im going to the bridge tonight", "heading down the
            # tracks when its dark") — not a bridge club, a street, fireworks or a walk with the kids
            r"(?:going|goin|headin|heading|walking|walkin|driving|drivin|gonna go|gonna walk|gonna head) (?:to |down to |up to |over to "
            r"|down |up |out to )?(?:the|that|a) (?:bridge|cliffs?|cliff top|cliff edge|train tracks|railway tracks|railway line|tracks|"
            r"viaduct|multi ?-?storey(?: car park)?|top of the multi ?-?storey)\b(?! (?:club|street|road|st|rd|lane|cafe|pub|inn|"
            r"hotel|surgery|school|centre|community|practice|retail|shops?|market)\b)[^.!?]{0,25}?\b(?:tonight|tonite|tnight|2nite|"
            r"2night|for good|for the last time|one last time|when it'?s dark|when its dark|after this)\b(?![^.!?]{0,20}\b(?:fireworks|"
            r"to see|to watch|with (?:the|my) (?:kids|dog|mates)|for a walk))",
            # round 14: an appointment given up beside a farewell ("thanks for trying. i wont need the appointment next week",
            # "i wont need the visit. look after yourself") — not when a reason is given ("as the GP saw me", "got a job")
            r"thank(?:s| you| u|u) (?:for|4) trying\b(?! to)(?![^.!?]{0,40}\b(?:because|cos|coz|as|since|got|moving|sorted|found|gp|"
            r"doctor|now that|rebook|another)\b)[^!?]{0,40}?\b(?:won'?t|wont|will not|shan'?t|don'?t|dont) (?:be )?(?:need|needing) "
            r"(?:the|my|that|this|any|your) (?:appointment|visit|meeting|call|referral|review|help|support)s?\b",
            r"(?:won'?t|wont|will not|shan'?t) (?:be )?(?:need|needing) (?:the|my|that|this|any|your) (?:appointment|visit|meeting|call|"
            r"referral|review)s?\b(?:(?!\b(?:because|cos|coz|as|since|got|moving|moved|sorted|found|new|rebook|another|instead|gp|"
            r"doctor)\b)[^!?]){0,40}?\b(?:look after (?:yourself|urself|yaself|yourselves)|take care of (?:yourself|urself)|goodbye|"
            r"thank(?:s| you| u|u) (?:for|4) (?:trying|everything|all you did))\b",
            # round 14 (a third sweep): "i dnt think i can keep goin", "its never gonna get better"
            r"(?:(?:don'?t|dont|dnt|do not) think i can|can'?t|cant|cnt|cannot) (?:keep|carry) (?:going|goin|on)(?=\s*(?:[.!?,]|$)|\s+"
            r"(?:like this|any ?more|with (?:life|this|it all)|much longer|living)\b)",
            r"(?:it'?s|its|it is|things are|things r|nothing is|nothing'?s|life is|my life is|life'?s) never (?:gonna|going to|ever gonna|"
            r"ever going to|gna) get (?:any )?better\b|(?:nothing(?:'?s| is| will)|nothin(?:'?s| is| will)) ever (?:gonna |going to |gna )?"
            r"get (?:any )?better\b",
            # round 14 (a fourth sweep): "taken a bunch of pils", at the top of a car park, a note left for the family, "this is
            # the end for me"
            r"(?:taken|took|swallowed|necked|had|done) (?:a )?(?:bunch|handful|heap|pile|shitload|fistful|stack) (?:of )?(?:my |me |the |"
            r"mums? |dads? )?(?:pills?|pils|pillz|tablets?|tablts|tablits|tabs|meds|paracetamol|painkillers)\b",
            r"(?:i'?m|im|i am|stood|standing|sat|sitting|up) (?:at|on) (?:the )?top (?:floor |level |deck )?of (?:the|a|this) (?:car park|"
            r"multi ?-?storey|building|flats|block|tower|cliff|bridge)\b(?![^.!?]{0,40}\b(?:where are (?:you|u)|come (?:up|down|and)|"
            r"meet|parked|waiting for (?:you|u)|level \d|see (?:you|u)|by the (?:lift|stairs|pay))\b)",
            r"(?:left|leaving|written|wrote|writing|put) (?:a )?(?:note|letter|letters|notes)\b[^.!?]{0,30}?\bfor (?:my|the|me) (?:mum|mam|"
            r"dad|kids|family|partner|wife|husband|son|daughter|boyfriend|girlfriend|nan|children|sister|brother|mum and dad)\b(?![^.!?]"
            r"{0,30}\b(?:to say|saying|about|so (?:she|he|they) know where|i'?ll be|ill be|back at|shopping|dinner|tea)\b)",
            r"(?:this is|it'?s|its|it is) (?:the )?end (?:for me|of me|of the road for me|of the line for me)\b",
            # round 14 (a fifth sweep): a crash on purpose, feeling worthless, "i wont be anywhere"
            r"(?:crash|crashing|crashed|wrap|wrapping|drive|driving|drove|steer|steering|swerve|swerving) (?:the |my |me )?(?:car|motor|"
            r"van)\b[^.!?]{0,25}?(?<!\bnot )\bon purpose\b",
            r"(?:i'?m|im|i am|i feel|i feel so|feel|feeling|i'?m just|im just) (?:so |completely |totally |just |utterly )?(?:worthless|a "
            r"waste of space|a waste of oxygen|a waste of skin|useless to everyone|a failure at everything)\b",
            r"(?:won'?t|wont|will not) be (?:anywhere|around (?:much longer|for much longer|any ?more|for long))\b(?! (?:near|close|"
            r"today|else|for a (?:bit|while|week))\b)(?![^.!?]{0,40}\b(?:holiday|away|because|cos|as i'?m|working|at work|visiting|"
            r"moving|new job)\b)",
            # round 14 (a sixth sweep): "im goin to take all my tabs tonite"
            r"(?:take|taking|takin|took|taken|swallow|swallowing|neck|necking|necked) (?:all|every one of|the whole lot of|the lot of) "
            r"(?:my|me|the|mums?|dads?|his|her) (?:tabs|pils|pillz|tablts|tablits|medz|meds)\b",
            # round 14 (a seventh sweep): ways to die looked up, "tired of waking up"
            r"(?:googl\w*|search\w*|looking up|looked up|looking at|researching|researched|reading about|read about)\b[^.!?]{0,10}?\b"
            r"(?:ways|how|the best way|the easiest way|the quickest way) to (?:end it|die|end my life|not wake up|kill (?:my ?self|"
            r"meself)|do it painlessly|do it quickly|do it without)\b",
            r"tired of (?:waking up|being alive|living|existing|breathing)\b",
            # round 15: ways or methods looked up, what for left unsaid ("been googling methods", "reading up on ways online
            # all night") — not "looking up ways to save on the gas"; affairs put in order "for after" ("sorted it all for
            # afterwards", "got my things in order for when im gone") — not "sorted for after school"
            r"(?:googl\w*|search\w*|looking|looked|look|researching|researched|reading|read) (?:up |into |about |up on )?(?:ways|"
            r"methods|how to do it|how to go|how many (?:it takes|you need|(?:tablets|pills|paracetamol|meds)(?: it (?:takes|would "
            r"take)| you (?:need|would need)| to take)?))(?: (?:online|on (?:the )?(?:internet|net|"
            r"google|my phone|me phone|tiktok|reddit|youtube)|to do it|of doing it|that (?:work|dont hurt|don'?t hurt|wont hurt|"
            r"won'?t hurt)))*(?=\s*(?:$|[.!,;?\n]|(?:and|n|but|x+|tbh|again|all night|tonight|lately|recently|last night|for "
            r"hours)\b))",
            r"(?:got|have got|i'?ve got|ive got|we'?ve got|weve got|have|sorted|put|getting|get|got all) (?:everything|it all|all|"
            r"my (?:affairs|stuff|"
            r"things|will|papers|paperwork)|things) (?:sorted|sorted out|in order|ready|arranged|planned|organised|done) (?:for "
            r"(?:after|afterwards)(?=\s*(?:$|[.!,;?\n]|x+\b))|for (?:when|once|after) (?:i'?m|im|i am|i'?ve|ive) (?:gone|not here|"
            r"not around|passed))|(?:sorted|sorted out|arranged|planned|organised|put in order|got in order) (?:everything|it all|all "
            r"of it|my (?:affairs|stuff|things|will|papers|paperwork)) for (?:after|afterwards)(?=\s*(?:$|[.!,;?\n]|x+\b))|"
            r"(?:everything|it all|it'?s all|its all|my (?:affairs|stuff|things))(?:'?s| is| are)? (?:all )?(?:sorted|in order|ready|"
            r"arranged|organised) "
            r"for (?:after|afterwards)(?=\s*(?:$|[.!,;?\n]|x+\b))",
            # round 14 (an eighth sweep): "dont know how much longer i can hold on", wanting to be with the dead
            r"(?:don'?t|dont|dnt|do not|not sure|no idea) (?:know )?how (?:much )?longer (?:i can|i'?ll|ill|i will|i'?m gonna|im gonna) "
            r"(?:hold on|keep going|go on|carry on|do this|cope|last|take (?:it|this)|manage|keep this up)\b|(?:can'?t|cant|cannot) hold "
            r"on (?:much )?(?:longer|any ?more)\b",
            r"(?:want|wanna|wish i could|just want|long|need) (?:to )?be with (?:my|me) \w+(?: \w+)? (?:again|in heaven|up there)\b"
            r"(?=[^.!?]{0,40}\b(?:heaven|passed|died|dead|gone|grave|up there|angel|in the ground)\b)|(?:want|wanna|wish i could|just "
            r"want) (?:to )?be with (?:him|her|them) (?:in heaven|up there|again\W+(?:he|she|they)(?:'?s| is| are| was) (?:in heaven|"
            r"gone|dead))",
            # round 19b (inbound_unseen41): an overdose meant by "the lot" or a whole box or packet, no tablets named ("im taking
            # the lot tonight", "gonna neck the whole packet", "swallowing the full box of them now") — not a box of chocolates,
            # nor things taken to the tip ("taking the lot to the charity shop", "I'll take the lot, thanks")
            r"(?:i'?m|im|i am|i'?ll|ill|i will|gonna|gunna|going to|about to|just) (?:just )?(?:tak\w*|take|neck\w*|swallow\w*|down\w*) "
            r"the (?:whole )?lot(?: of (?:them|em|it|my tablets|my pills|me tablets|me tabs|my tabs|my meds))?(?= (?:tonight|now|right "
            r"now|this time|today|in a bit|later|when)\b)",
            r"(?:tak\w*|take|took|neck\w*|swallow\w*|down\w*|had|done) (?:the|a|my|me) (?:whole|full|entire) (?:box|packet|pack|strip|"
            r"blister pack|tub|bottle of (?:pills|tablets|tabs|meds|paracetamol|painkillers)|lot of (?:them|em|my|me|the))\b"
            r"(?! of (?!(?:them|em|pills|tablets|tabs|meds|paracetamol|co-?codamol|painkillers|sleeping pills)\b))"
            r"(?! (?:to|round|back|with|down|home|into|in|for|out|up|off)\b)",
            # round 19b: a goodbye in reassurance ("I'm ok. Don't worry about me. You were one of the good ones. Give my love to
            # the team x") — not thanks at a move or the end of a case, a year or a job (said with it, after it)
            r"(?:(?:don'?t|dont|do not|no need to|try not to) worry about me|(?:i'?m|im|i am) (?:ok|okay|fine|alright)(?: honestly| "
            r"really| now)?)\b(?=[\s\S]{0,120}?\b(?:you|u|ya|give|tell)\b)(?![\s\S]{0,200}\b(?:moving|moved|new (?:social worker|worker|job|house|flat|home|place|school|year)|"
            r"see (?:you|u|ya)|speak soon|talk soon|next (?:week|time|month|year)|good luck|all the best|retir\w*|leaving|left|"
            r"case (?:is )?clos\w*|for now|till|until|christmas|xmas|new year|holiday|merry|happy|on (?:monday|tuesday|wednesday|"
            r"thursday|friday|saturday|sunday))\b)[\s\S]{0,120}?\b(?:(?:you|u|ya) (?:were|was|have been|'?ve been|ve been) (?:one of "
            r"the (?:good|best|decent|nice) (?:ones|uns|ones x)|the (?:only|best) one (?:who|that)|always (?:good|kind) to me)|give "
            r"(?:my|me) love to (?:the team|everyone|every1|them all|all)|tell (?:the team|everyone|them all) (?:i said )?(?:bye|"
            r"goodbye|thanks|thank you|i love))\b",
            # lead, after round 20 (round 19's helper saw it missed): thanks for everything, or help no longer needed, beside "I've
            # made my decision" with nothing after it to say what about ("thank you for all your help this year, I wont be
            # needing it anymore, I have made my decision") — not a decision about a thing ("made my decision about the flat")
            r"(?:thank(?:s| you) (?:for|4) (?:everything|all (?:your|ur|the|that|you'?ve|youve)(?: \w+)?)|won'?t (?:be )?need(?:ing)? "
            r"(?:it|you|your help|ur help|any (?:more )?help|the help)|wont (?:be )?need(?:ing)? (?:it|you|your help|ur help|any "
            r"(?:more )?help|the help))[\s\S]{0,120}?\b(?:i'?ve|i have|ive|i) (?:made|make|made up) (?:my|up my|me) (?:decision|"
            r"mind|mind up)\b(?![ ,]*(?:about|on|to|re|regarding|with|for|over|and|so|but|then|,? (?:i'?m|im|i am|i'?ll|ill) "
            r"(?:taking|going|moving|staying|accepting|going with))\b)",
            r"(?:i'?ve|i have|ive) (?:made|made up) (?:my|up my) (?:decision|mind)\b(?![ ,]*(?:about|on|to|re|regarding|with|for|"
            r"over|and|so|but|then)\b)[.!,\s]{0,3}[\s\S]{0,80}?\b(?:thank(?:s| you) (?:for|4) (?:everything|all (?:your|ur|the) "
            r"help)|look after (?:yourself|urself)|goodbye|good bye|bye for (?:good|ever|now)|sorry for everything)\b",
        ),
    ),
    (
        "eating_disorder",
        "Signs of an eating disorder (starving, purging, laxatives, fainting, weight falling): a risk to life that needs a "
        "response today.",
        (
            # inbound_unseen11: "moves it round the plate and goes to the toilet after every meal", "down to 6 stone",
            # "found laxatives in her bag"
            r"anorexi\w*|bulimi\w*|eating disorder|\bed clinic|laxatives?|diet pills|appetite suppressants?",
            r"(?<!\byou )(?<!\bu )(?<!\bya )(?<!\bpeople like you )(?<!\bthey )(?<!\bit )(?<!\bthis )(?<!\byou lot )"
            r"(?:mak\w*|made) (?:her|him|them|my|me)(?: ?sel(?:f|ves))? (?:be )?sick\b",
            r"(?:sick|vomit\w*|throw\w* up|toilet|loo|bathroom)\b.{0,20}\b(?:straight |right |just )?after (?:every|each|all|most|"
            r"(?:her|his|my|their) (?:meals?|tea|dinner|food|lunch))\b",
            r"(?:down to|only weighs?|weighs? (?:only|just|under)|weighing (?:only|just|under)|dropped to) (?:about |like |nearly |"
            r"under |barely |just )?(?:\d+|five|six|seven) ?(?:stone|st|kg|kilos?)\b",
            r"(?:counts?|counting|obsessed with|obsessing over) (?:every |all (?:the |her |his |my )?)?calories",
            r"periods? (?:have |has |'ve |s )?(?:stopped|gone)",
            r"(?:clothes|jeans|trousers|uniform|skirt|top)\b.{0,10}\b(?:hanging|falling) off (?:her|him|me)",
            # round 17: not "he hasn't stopped eating since he got back" (eating a lot)
            r"(?<!hasn't )(?<!hasnt )(?<!has not )(?<!haven't )(?<!havent )(?<!have not )(?<!never )(?<!not )(?<!hadn't )(?<!hadnt )"
            r"(?:stopped|refus\w* to|refusing to|won'?t|wont|scared to|frightened to|afraid to) eat(?:ing)?\b(?! (?:his|her|their|the) "
            r"(?:veg|vegetables|greens|tea|dinner|crusts|sprouts|school dinners)\b)",
            r"(?:moves?|moving|pushes|pushing) (?:it|her food|his food|the food|food|everything) (?:a)?round (?:the|her|his|my) plate|"
            r"hid(?:es|ing)? (?:her|his|my) food|(?:her|his) (?:ribs|bones) (?:are )?(?:showing|sticking out)",
            r"(?:runs?|running|exercis\w*|working out|does sit ups)\b.{0,20}\b(?:for hours|all night|every night|at night|in (?:her|his) room)"
            r"\b.{0,30}\b(?:eat|food|calories|weight|thin)|(?:eat|food|calories|weight|thin)\b.{0,40}\b(?:runs?|running|exercis\w*) "
            r"(?:for hours|all night|every night|at night)",
            r"(?:fainted|fainting|faints|passed out|blacked out|collapsed) (?:twice|again|three times|(?:\d+|a few|a couple of|loads of|"
            r"several) times|at school|in class|in (?:pe|assembly)|loads)\b",
            r"(?:her|his|my) (?:tummy|stomach|belly) (?:hurts|aches) (?:if|when|whenever) (?:she|he|i) eats?",
            # round 14 (a seventh sweep): "im not eating so i can disappear"
            r"(?:not|stopped|stop|won'?t|wont|refusing to|refuse to) (?:eating|eat)\b[^.!?]{0,10}?\bso (?:i can|i'?ll|ill|that i|i) "
            r"(?:disappear|vanish|be thin|get thin|shrink|lose (?:more )?weight|be smaller|be skinny)\b",
            # round 16 (inbound_unseen32): weighing over and over, a day's food that is almost nothing, disgust at oneself
            # after food ("weighed myself 5 times today, only had an apple, im disgusting")
            r"weigh(?:ed|ing|s)? (?:my ?self|myself|meself|herself|himself) (?:like |about |at least |over )?(?:[2-9]|\d\d|two|three|"
            r"four|five|six|seven|eight|nine|ten|loads of|so many|a million|hundreds of) (?:times|x)\b|weigh(?:ed|ing|s)? (?:my ?self|"
            r"myself|meself|herself|himself) (?:after|before) (?:every|each) (?:meal|thing|bite|drink)|weigh(?:ed|ing|s)? (?:my ?self|"
            r"myself|meself|herself|himself) every (?:hour|half hour|time (?:i|she|he) (?:eat|eats|go|goes))",
            r"(?:only|just) (?:had|ate|eaten|eating|having|allowed (?:my ?self|myself|herself|himself)) (?:an? |one |half an? |half "
            r"of an? |some |a bit of |a few |(?:\d+|two|three) )?(?:apple|banana|orange|yoghurt|yogurt|cracker|crackers|rice cakes?|"
            r"grapes|carrot sticks?|carrots?|black coffee|water|diet coke|(?:slice|piece|bit) of toast|cereal bar|(?:\d+|few|a hundred|"
            r"hundred) (?:calories|cals|kcal))\b(?=[^.!?]{0,6}\s*[,.!]?\s*(?:all day|in (?:two|three|\d+) days|for days|since "
            r"(?:yesterday|\w+day)|this week|and (?:i|i'?m|im) (?:feel )?(?:so )?(?:fat|gross|disgusting|huge)|"
            r"(?:i'?m|im|i am|i feel|feel|feeling) (?:so |such a |fat and |a )?(?:fat|gross|disgusting|huge|a pig|a whale|"
            r"repulsive)))",
            r"(?:ate|eaten|eat|had|binged|pigged out)\b[^.!?]{0,40}?[.!,]?\s*(?:and )?(?:now )?(?:i'?m|im|i am|i feel|feel|feeling) "
            r"(?:so |such a |fat and |a |like a )?(?:disgusting|gross|repulsive|a fat pig|a pig|a whale|fat and disgusting)\b"
            r"(?! (?:cold|hangover|headache))",
            # round 19b (inbound_unseen41): not eating and weight falling fast ("not eating again, lost a stone in 3 weeks",
            # "barely eating, dropped 6 kilos since christmas"), or "not eating again" as a relapse — not "not eating again at
            # that cafe", nor a diet's loss told proudly with nothing of not eating
            r"(?:not|barely|hardly|stopped|haven'?t been|havent been|not been|can'?t|cant|scared of) (?:eating|eat)\b[\s\S]{0,80}?\b"
            r"(?:lost|dropped|down|shed) (?:a|half a|one|two|three|four|\d+(?:\.\d)?) ?(?:stone|st|kg|kilos?|pounds|lbs?)\b",
            r"(?:lost|dropped|shed) (?:a|half a|one|two|three|four|\d+(?:\.\d)?) ?(?:stone|st|kg|kilos?|pounds|lbs?)\b[\s\S]{0,60}?\b"
            r"(?:not|barely|hardly|stopped|haven'?t been|havent been|not been|can'?t|cant) (?:eating|eat)\b",
            r"(?:i'?m|im|i am|she'?s|shes|she is|he'?s|hes|he is|they'?re|theyre) not eating again\b(?! (?:at|there|in|from|that|"
            r"their|his|her|them|those|until|till|tonight|today|with|out)\b)",
        ),
    ),
    (
        "violence_abuse",
        "Someone describes violence, threats or abuse: a possible domestic abuse or safeguarding disclosure.",
        (
            # round 19 (inbound_unseen38): gone back to a partner who has said sorry or promised to change, or with an injury
            # still healing ("i went back to his. he said sorry. my eye's nearly back to normal", "moved back in with him, he
            # promised it wont happen again")
            r"(?:went|gone|going|goin|moved|moving|moving|go|come|came) back (?:to|in with|with|home to|round to) (?:him|his|my ex|"
            r"the ex|her ex|my partner|my fella|my boyfriend|my husband|my bf|jay|he)\b(?:'?s)?[^?]{0,80}?\b(?:(?:he|she)(?:'?s| is| "
            r"has|'?d| had)? (?:said (?:he'?s |she'?s |hes |shes )?sorry|sorry|apologi[sz]ed|promised|swore|sworn|changed|"
            r"different now)|(?:it|that) (?:won'?t|wont|will not|will never) happen again|(?:my|me) (?:eye|eyes|nose|lip|face|ribs?|"
            r"arm|wrist|jaw|cheek|bruises?)(?:'?s| is|s| are)? (?:nearly |almost |practically |mostly )?(?:back to normal|healed|"
            r"healing|gone down|going down|fading|better))",
            rf"\b{_PRONOUN_SUBJECT}\s+(?:\w+\s+){{0,2}}{_HARM_VERB}\s+(?:\w+\s+)?{_VICTIM}\b",
            rf"(?:boyfriend|partner|husband|wife|dad|stepdad|step dad|step-dad|mum|stepmum|step mum|uncle|brother|"
            rf"carer|carers|foster carer|ex|son|daughter|landlord|teacher|man|men|boys|lads|neighbour|bf|fella|da|faither|"
            rf"granda|grandad|pimp|punter|client|staff|night staff|keyworker|key worker|support worker)s?'?s?\s+(?:\w+\s+){{0,2}}{_HARM_VERB}\s+(?:\w+\s+)?{_VICTIM}\b",
            rf"{_HARM_VERB} (?:me|us) (?:when|if|again|every|all)",
            r"(?:he|she|they)(?:'ll| will|ll| is going to| is gonna|'s gonna|s gonna|'s going to|s going to| said (?:he|she|they)'?d| threatened to| wants to| would) (?:\w+ ){0,4}?(?:kill|hurt|stab|batter|burn|shoot|beat) (?:me|us|her|him|them|the|my)",
            # round 18 (inbound_unseen36): "do" is a threat only when a person is done ("he'll do the kids", "they'll do him
            # in", "she said she'd do me"), not a task ("they'll do the EHCP meeting", "she'll do my hair")
            r"(?:he|she|they)(?:'ll| will|ll| is going to| is gonna|'s gonna|s gonna|'s going to|s going to| said (?:he|she|they)'?d| threatened to| wants to| would) (?:\w+ ){0,4}?do "
            r"(?:(?:me|us|him|them)(?! (?:a|an|the|some|any|proud|good|justice|favou?rs?|nothing|for|with|no)\b)|her(?= (?:in|over|"
            r"again|if|when|properly|for (?:good|real))\b|\s*(?:[.!?,]|$))|(?:the|my|our|his|her) (?:kids|children|baby|bairns?|weans?|"
            r"family|boy|girl|son|daughter|little one|wee one|lot of (?:us|them|you))\b(?!'s))",
            r"threaten\w* (?:to|me|us|my|the)",
            r"(?:scared|frightened|afraid|terrified|petrified) (?:of (?:him|her|them|my|what)|(?:that )?(?:he|she|they|hes|shes)\b|to go home|for my life|he'?ll|she'?ll|they'?ll|for (?:the|my) (?:kids|children|baby|safety))",
            r"(?:i'?m|im|i am|we'?re|were|we are|feel|don'?t feel|dont feel) not safe",
            r"(?:don'?t|dont|do not) feel safe",
            r"not safe (?:here|at home|with)",
            r"domestic (?:violence|abuse)",
            r"locked (?:me|us) in",
            # round 16 (inbound_ordinary1's one missed disclosure): a warning that the writer is watched or will be punished
            # for going somewhere or telling ("he says if I go to the meeting he'll know", "she said if i tell anyone she'll
            # find out") — not a promise ("mum said if I pass she'll buy me a phone")
            r"(?:says|said|told me|tells me|warned me|threatened|keeps saying|always says) (?:that )?if (?:i|we) [^.!?]{0,50}?\b"
            r"(?:he|she|they)(?:'?ll| will|ll|'?d| would|d) (?:always )?(?:know|find out|go mad|go mental|go crazy|kick off|lose it|"
            r"make me pay|take the (?:kids|children|baby)|take (?:my|me) (?:kids|children|baby|son|daughter|phone)|kill|hurt|do "
            r"something|leave me|tell everyone)\b(?! (?:where|what|how|when|if|who|about the|the way|it'?s)\b)",
            # round 16 (inbound_unseen32): someone waiting or watching outside the writer's home again ("hes waiting outside
            # again. i can see his car") — not a lift waiting ("my dad's waiting outside, gotta go")
            r"(?:he|she|they|hes|shes|he'?s|she'?s|theyre|they'?re|my ex|ex|him|her|them)(?: is| are| was| were| keeps| keep)? "
            r"(?:been |keeps |keep )?(?:waiting|sat|sitting|parked|parking|hanging (?:about|around|round)|lurking|standing|stood|"
            r"watching|driving (?:past|round|up and down)|walking past) (?:outside|across the road|over the road|opposite|"
            r"at the end of (?:the|my|our) (?:road|street)|by (?:my|our|the) (?:house|flat|door|gate|window)|(?:my|our) (?:house|flat|"
            r"door|window|school|work))\b(?: (?:my|our|the) (?:house|flat|door|window|school|work|gate))?[^.!?]{0,20}?\b(?:again|"
            r"still|every (?:night|day|morning)|all (?:night|day)|for (?:hours|ages)|won'?t (?:leave|go)|wont (?:leave|go)|"
            r"hasn'?t (?:left|gone)|hasnt (?:left|gone))\b",
            r"(?:i|we) can (?:still )?see (?:his|her|their|the) (?:car|van|motor|headlights)\b[^.!?]{0,20}?\b(?:outside|again|"
            r"across the road|over the road|parked)\b|(?:his|her|their) (?:car|van|motor)(?:'?s| is) (?:parked )?(?:outside|across the "
            r"road|over the road|at the end of the road) again\b",
            # round 16 (inbound_unseen32): something that happened, with nobody else to tell ("something happened at my uncles
            # on saturday and I dont know who else to tell") — not someone to ask about a form
            r"(?:don'?t|dont|do not|didn'?t|didnt) know who (?:else )?(?:to|i can|i could|i should) (?:tell|talk to|speak to|turn to|"
            r"trust)\b(?! about (?:the|my|our|a|an|this) (?:\w+ )?(?:forms?|claim|benefits?|bills?|council tax|rent|housing|"
            r"appointment|letter|repairs?|application|pip|uc|universal credit|school place|bus pass|complaint|course|job)\b)"
            r"|something (?:bad |really bad |awful |horrible |weird |not right )?(?:happened|went on|has happened|"
            r"happend|hapened)\b[^.!?]{0,60}?\b(?:(?:can'?t|cant|cannot|not allowed to|scared to|afraid to|too scared to) (?:tell|say)|"
            r"(?:don'?t|dont) know (?:who|how) to (?:tell|say)|(?:no ?one|nobody) (?:else )?to tell|need to tell (?:you|u|someone|"
            r"somebody))",
            # round 15b (found in passing, near misses of the match-talk class): an assault told as "jumped", "glassed",
            # "mugged" ("some lads jumped me outside the ground", "my son got jumped", "she got beaten up") — not a queue
            # jumped or a dog that jumped up
            r"(?:then|and|who|that|had) jumped (?:me|us|him|her|my (?:son|daughter|boy|girl|lad|brother|sister))\b(?! (?:in|at) (?:the )?"
            r"(?:queue|line))|"
            r"(?:lads|men|boys|girls|gang|group|some \w+|they|he|she|them|people|guys|youths|kids) (?:\w+ ){0,2}?jumped (?:me|us|him|"
            r"her|my (?:son|daughter|boy|girl|lad|brother|sister|partner|husband|wife|kid|kids|mate))\b(?! (?:in|at) (?:the )?"
            r"(?:queue|line))|(?:got|get|getting|been|was|were) (?:glassed|bottled|knifed|mugged(?! off)|beaten up|beat up|done over)\b|"
            r"(?:got|get|getting|been|was|were) jumped\b(?! (?:in the queue|ahead|up|in line|by (?:a|the|our|my) "
            r"(?:dog|puppy|cat)))",
            r"took my phone",
            r"controls? (?:all )?(?:the|my) money",
            r"won'?t let me (?:leave|go out|see|have)",
            r"(?:not|isn'?t|isnt|never) letting (?:me|her|us|them) (?:have|see|go|out|leave|talk|eat)",
            r"(?:scared|frightened|afraid|terrified|petrified) (?:when|if|whenever|of what happens when) (?:he|she|they)\b",
            r"(?:blade|razor|knife) in my hand",
            r"(?:rough|heavy handed|heavy-handed|cruel) (?:with|to|towards) (?:her|him|them|my \w+|mum|mam|dad|nan|grandad|"
            r"the (?:kids|baby|residents|children))",
            r"forced (?:me )?(?:to marry|marriage|into)",
            r"(?:forced|forcing|making) (?:me|her|him) to",
            r"\bfgm\b",
            r"(?<!deserve to be )(?<!deserve to get )(?<!hope you get )(?<!hope u get )(?<!wish you get )rap(?:e|ed)",
            r"sexually (?:assault|abus)\w*",
            r"touch(?:es|ed|ing) (?:me|her|him|my)\b",
            r"groom\w*",
            r"abused",
            r"abusing",
            r"(?:make|made|making) me (?:have sex|sleep with|do stuff)",
            r"sleep with (?:him|them) (?:for|or)",
            r"let me off (?:the )?rent if",
            r"beat (?:me|us) up",
            # round 16: not "I've broken my wrist" (the writer's own accident: nobody else in it)
            r"(?<!\bi )(?<!\bive )(?<!\bi've )(?<!\bi have )(?<!\bi had )(?<!\bi just )broke(?:n)? my (?:arm|nose|ribs?|jaw|wrist)",
            r"bruis\w*",
            r"black eye",
            r"(?:covered|all over) in (?:bruises|marks)",
            r"(?:with|has|got|had|carrying|holding) (?:a|an|the) (?:knife|gun|machete|hammer|weapon|blade|bat|axe)",
            r"knife",
            # round 11: hunted by a gang ("theres gangs after my son with knives")
            r"(?:gangs?|lads|boys|men|people|they|some \w+)(?:'re| are| is|'s)? (?:after|looking for|out for|hunting|waiting for) (?:my|our|"
            r"me|him|her|them) ?(?:\w+ )?(?:with|and they'?ve got|they'?ve got|they have) (?:knives|a knife|machetes|a machete|guns|a "
            r"gun|weapons|bats|a shank)",
            # round 11: radicalisation (Prevent)
            r"(?:watching|watches|watched|sharing|shares|reading|into|talking about|joined|joining|groomed by|recruited by|messaging) "
            r"(?:(?!documentar|film|programme|news|history|lesson|about|school|homework|project)\w+ ){0,3}?(?:isis|daesh|jihad\w*|extremis\w*|far[- ]right|neo[- ]?nazi\w*|nazi|al[- ]?qaeda|taliban|terror\w* "
            r"(?:videos|groups?|stuff))\b|radicali[sz]\w*|(?:wants? to|going to|gonna|planning to) (?:go (?:and )?(?:fight|join)|"
            r"join (?:isis|daesh|the taliban|a militia|the jihad)|go to syria to fight|fight in syria)|(?:dying|die|died) (?:for the "
            r"cause|as a martyr|a martyr)|martyrdom",
            # round 11: spiked, or come home drunk and not remembering, clothes missing
            r"(?:got|been|was|were|think i was|i think i got|think (?:she|he) (?:was|got)) spiked|spiked (?:my|her|his|me|our|their) "
            r"drinks?|drinks? (?:was|got|were) spiked|(?:drunk|spiked|drugged|passed out|out of it|wasted)\b.{0,60}\b(?:can'?t|cant|"
            r"couldn'?t|couldnt|doesn'?t|doesnt|don'?t|dont) remember (?:anything|what happened|how (?:she|he|i) got|a thing|the night)|"
            r"(?:no|without (?:her|his|my)|missing (?:her|his|my)|lost (?:her|his|my)) (?:knickers|underwear|pants|bra)\b.{0,40}\b"
            r"(?:remember|drunk|came home|woke up)",
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
            r"(?:selling|dealing|deal|sell|running|moving) (?:drugs|weed|coke|gear|crack|heroin)",
            r"(?:make|makes|making|made|forcing|forced|got) (?:\w+ ){1,2}(?:deal|sell|carry|run|stash|hold|move) (?:drugs|weed|gear|"
            r"stuff|packages|parcels|for them)",
            r"(?:met|talking to|chatting to|meeting|meet) (?:up with )?(?:some|a|an) (?:older )?(?:man|men|bloke|guy|lad|boy)\b.{0,25}"
            r"\b(?:online|on (?:insta\w*|snap\w*|tiktok|facebook|fb|discord|roblox|whatsapp|the internet|an app|a game))|"
            r"(?:man|bloke|guy|lad|boy) (?:she|he)(?: has|'?s)? met (?:online|on (?:insta\w*|snap\w*|tiktok|facebook|fb|discord|"
            r"roblox|the internet|an app|a game))",
            r"county lines",
            # round 17 (inbound_unseen35): a child dealing for others in street words ("out shotting for them dealers again")
            r"(?:is|been|out|he'?s|she'?s|hes|shes|was|started|keeps|kept|always|caught) (?:out )?shott(?:ing|in)\b|shott(?:ing|in) "
            r"(?:for|4) (?:them|him|some|the|these|those|a|older|his|her)\b|(?:dealing|selling|running|grafting|working|holding|doing "
            r"runs|doing drops|running bags) (?:for|4) (?:them |the |those |some |these |a |his |that |local |older )?(?:dealers?|gangs?|"
            r"olders|elders|plugs?)\b|(?:got|have|has|had|using|use|uses|used) (?:my|her|his|our|me|their) (?:son|daughter|boy|girl|"
            r"kid|lad|lass|little brother|brother|sister|grandson|granddaughter|\d{1,2} ?(?:year|yr) old) (?:running|dealing|selling|"
            r"carrying|holding|shotting|doing (?:runs|drops)|moving|stashing) (?:stuff |drugs |gear |bags |parcels )?(?:for|4) (?:them|"
            r"him|these|those|some|the (?:dealers?|lads|olders|gang|man|men)|older)\b",
            # round 15: drugs, money, trainers or a bed offered for doing drops or runs ("says ill get 50 quid n a phone if i
            # run some parcels for him", "keeps giving me free bud for doing drops")
            r"(?:offer\w*|giv\w*|gives|promis\w*|get|gets|getting|got) (?:me|us|him|her|my \w+) (?:\w+ ){0,8}?(?:weed|bud|money|cash|"
            r"quid|trainers|a phone|phones?|place to (?:stay|crash|sleep)|somewhere to (?:stay|crash|sleep)|fags|vapes|drink|food)\b"
            r"[^.!?]{0,60}?\b(?:if|for|when) (?:i|we|he|she|they|doing|i do|i just) (?:\w+ )?(?:do|does|doing|did|run|runs|running|"
            r"take|takes|drop|drops|carry|carries|hold|holds|deliver\w*|sell|sells|move|moves)? ?(?:a few |some |a couple of |the |"
            r"his |their )?(?:drops|runs|bags|parcels|packages|packets|shots|deliveries)\b",
            r"(?:do|doing|did|done) (?:a few |some |a couple of |the |his |their )?(?:drops|runs|shots) (?:for|4) (?:him|them|her|his "
            r"mates|some lads|the lads|a guy|a man|a bloke|these lads|older lads|the olders|some bloke|this bloke|this guy)\b",
            r"older (?:boys|men|lads|guys|man|teenagers|teens|kids)",
            r"picked up (?:from (?:school|college|the \w+) )?(?:every day |each day |by )+(?:a |an |some )?(?:\d+ ?(?:year old|yr old)|"
            r"older|grown|man|men|bloke|adult)",
            r"(?:if|when) (?:i|she|he|they|we) (?:tell|tells|told|grass|grasses|say anything|says anything)\b.{0,12}\b"
            r"(?:anyone|anybody|any1|someone|the police|social services|social|you|u|a teacher)",
            r"(?:keeps|keep|been|is|he'?s|she'?s|hes|shes|always) (?:driving|walking|hanging about|hanging around|sitting|parked|"
            r"parking|waiting) (?:past|outside|round|near|at the end of) (?:the|my|our|me) (?:house|flat|home|door|street|road)",
            r"(?:he'?s|hes|she'?s|shes|ex|partner|someone|somebody|they'?re|theyre|he|she)\s+(?:\w+ )?(?:banging|hammering|"
            r"kicking|pounding) (?:on|at) (?:the|my|our|me) (?:doors?|windows?)",
            r"(?:asking|asked|asks|wants|keeps asking) (?:for|her for|him for) (?:pics|photos|nudes|pictures|nude)",
            r"some (?:guy|man|bloke)'?s? (?:house|flat)",
            r"(?:a |some )?(?:man|men|guy|bloke|stranger)\b.{0,30}\b(?:messag\w*|texting|talking to|following|sending)\b.{0,20}\b(?:my (?:daughter|son|kid|child|girl|boy)|her|him)",
            r"being bullied",
            r"trafficked",
            r"modern slavery",
            r"exploit\w*",
            r"(?:smash\w*|kick\w*|kickd|boot\w*|broke|broken|bust|busted|bash\w*|put) (?:in |down )?(?:the|my|our|me) "
            r"(?:front |back |bedroom |bathroom )?(?:door|doors|window|windows)(?: in| down)?",
            r"(?:ex|he|she|partner|dad|husband|boyfriend)\s+(?:turned up|came round|showed up|was outside|come round) "
            r"(?:\w+ ){0,3}?(?:drunk|smash\w*|kick\w*|shout\w*|scream\w*|threaten\w*|banging|hit\w*|kicking off|off his head)",
            r"(?:hands?|arms?) (?:round|around|on) (?:my|her|his) (?:neck|throat)",
            r"(?:grabbed|grabs|held|pinned|pinning) (?:me|her|him) (?:by the (?:throat|neck|hair)|down|against)",
            r"(?:this is|look at|look) what (?:he|she|they) (?:did|done|has done|'?s done|have done)",
            r"(?:boyfriend|stepdad|step dad|uncle|he|man|brother|cousin|lodger|bf)\b.{0,25}\b(?:comes?|coming|came|gets?|getting|got) "
            r"(?:in|into) (?:my|her|his) (?:room|bed|bedroom)",
            # round 19 (inbound_unseen39): a worker or another adult where the writer lives coming into their room at night or
            # while they sleep ("the man who does nights at the house keeps coming in my room when im asleep", "one of the
            # night staff keeps walking into her bedroom in the night")
            r"(?:man|men|bloke|guy|lad|staff|night staff|carer|worker|support worker|night worker|resident|someone|somebody|he|she)\b"
            r"[^.!?]{0,50}?\b(?:keeps?|kept|has been|'?s been|started|always|comes?|came|coming|goes|went|walks?|walked|sneaks?|"
            r"sneaked|snuck|creeps?|crept)(?: (?:coming|walking|going|sneaking|creeping|letting (?:him|her)self))? (?:in|into|in to) "
            r"(?:my|her|his|their) (?:room|bedroom|bed)\b[^.!?]{0,25}?\b(?:when|while|whilst|at night|in the night|every night|"
            r"at \d|asleep|sleeping|in bed|after lights out)\b",
            r"(?:landlord|man|bloke|guy|staff|carer|worker|he|she|someone|somebody|ex)\b[^.!?]{0,30}?\b(?:keeps?|kept|has been|'?s "
            r"been|started|always|has started) (?:letting|lets|let) (?:him|her)self in\b[^.!?]{0,25}?\b(?:when|while|whilst|at "
            r"night|in the night|every night|asleep|sleeping|in bed)\b",
            r"(?:drunk|high|stoned|off his head|off her head|been drinking)\b.{0,20}\bdriv\w*|drink[- ]driv\w*|"
            r"driving (?:drunk|high|stoned)",
            r"(?:feel like|want to|wanna|could|going to|gonna) (?:hurt\w*|harm\w*|shak\w*|hit\w*|smother\w*|kill\w*) "
            r"(?:the baby|my baby|the kids|my kids|my son|my daughter|someone|somebody|people|everyone)",
            r"(?:heard|hear|saw|seen) (?:a |him |her |them )?(?:smack\w*|slap\w*|thump\w*|punch\w*|being hit|hitting)",
            r"(?:screaming|shouting|yelling) at (?:his|her|their|the) (?:kids|children|baby|son|daughter|little one)",
            r"(?:he|she|they)(?:'ll| will|ll|'s going to|s going to|'s gonna|s gonna| is going to| said (?:he|she)'?d) "
            r"(?:\w+ )?(?:take|snatch) (?:the kids|my kids|the baby|my baby|them|the children)",
            r"(?:i'?ll|ill|i will|i'?d|id|you'?ll|youll|she'?ll|he'?ll) never see (?:them|the kids|my kids|the baby|my baby|her|him|"
            r"my (?:son|daughter|boy|girl|little one)) again",
            # round 11: "hes taking the baby", "she's taking the kids" (a threat to take the children away)
            r"(?:he'?s|hes|she'?s|shes|they'?re|theyre|he is|she is) (?:gonna |going to )?(?:taking|take|snatching|snatch) (?:the kids|"
            r"my kids|the baby|my baby|the children|my (?:son|daughter|boy|girl|little one))\b(?! (?:to (?:school|nursery|the park|"
            r"his mums?|her mums?|the dentist|the doctors?|swimming|football)|for (?:the )?(?:day|weekend|tea|lunch|a walk)))",
            r"not bring (?:them|the kids|the baby|her|him) back",
            # not one's own ("i won't be checking my phone until thursday": outbound_probe18)
            r"(?<!\bbe )(?<!\bwont )(?<!\bwon't )(?<!\bnot )(?<!\bstop )"
            r"(?:checks|checking|goes through|going through|reads|reading) (?:all )?(?:my|her) (?:phone|messages|texts)",
            r"(?:won'?t|wont|will not|doesn'?t|doesnt|don'?t) let (?:me|them|her|him|us|the kids) (?:leave|go out|out|see|have|talk)",
            r"(?:says|said) (?:i|she) (?:can'?t|cant|cannot|am not allowed to) (?:see|go|leave|have|talk)",
            r"not allowed (?:out|to (?:go out|leave|see|have))",
            r"stab(?:bed| wound)",
            r"smash\w* (?:the|our|my) (?:kitchen|house|flat|place|room|living room|tv|telly|windows?|doors?|stuff|things)\b"
            r"|smash\w* (?!your |ur |yer )(?:\w+ ){1,2}up\b",
            r"(?:saying|says|said|telling me) (?:i'?m|im|i am|i'?ll be|ill be) (?:dead|gonna die|going to die|finished)",
            r"hiding (?:in|from|under) (?:the|him|her|them|my)",
            r"(?:he'?s|hes|she'?s|shes|he is|she is|partner'?s|ex'?s|dad'?s) kicking off",
            r"(?:cut|split|fat|bust|busted) lip|(?:says|said) (?:her|his|their|my) (?:dad|mum|mam|stepdad|step dad|uncle|brother|"
            r"boyfriend|partner) did (?:it|that|this)|(?:he|she|they) did (?:this|that|it) to (?:me|her|him)",
            r"(?:man|men|guy|bloke|lad|stranger|someone)\b.{0,25}\bgave (?:him|her|them|my \w+) (?:a |some )?(?:vape|money|cash|"
            r"phone|drugs|weed|alcohol|gifts?|lift)",
            r"wants? (?:him|her) to meet",
            r"\b(?:1[0-7]|[4-9])\b.{0,40}\b(?:1[89]|[2-6]\d)\s*(?:year old|yr old|yo)?\s*(?:bf|boyfriend|man|fella|bloke|gf|girlfriend)",
            r"(?:make|makes|made|making) (?:her|him|them|me) (?:do it|steal|shoplift|sell|carry|hold)",
            r"older girls",
            r"shoot (?:up )?(?:the|his|her|my|a) school|school shooting",
            r"(?:threw|throw\w*|chuck\w*|lob\w*) (?:\w+ ){0,3}at (?:me|my|us|her|him|the kids|the baby)\b",
            # round 11: a person thrown ("he threw me across the room")
            r"(?:threw|throws|thrown|throwing|chucked|chucks|flung|flings|hurled) (?:me|her|him|us|them|the baby|the kids|my \w+) "
            r"(?:across|down|into|against|out of|onto|on to|off|through|to the|over)\b",
            # round 11: blackmail of the person or a child, a return that means death
            r"blackmail\w* (?:me|her|him|us|them|my \w+)\b(?! into (?:buying|getting|letting))|sextort\w*",
            r"(?:send|sending|sent|deport\w*|return\w*) (?:me|us|him|her|them) back\b.{0,40}\b(?:killed|kill|die|dead|murdered|"
            r"tortured|hurt|prison)|(?:killed|murdered|tortured) if (?:i|we|they) (?:go|am sent|are sent|get sent|get deported|go "
            r"back)",
            r"(?:spat|spit\w*) (?:at|in|on) (?:me|my|her|his|us)\b",
            r"(?:non[- ]?molestation|restraining|protection|occupation) order|injunction|breach\w*",
            # round 18 (inbound_unseen36): retaliation feared for telling ("my dad's gonna kill me now he knows I told you", "I'm
            # dead if he finds out I spoke to you", "if my stepdad hears I rang social services I'll get battered"), not a
            # surprise given away (round 17: "she'll kill me if she knows I told you about her birthday surprise")
            r"(?:kill|murder|batter|hurt|beat|leather|belt|smack|slap|punch|kick|strangle|do|go for|take it out on) (?:me|us)\b"
            r"(?: \w+){0,3}? (?:now|if|when|once|cos|coz|because|as soon as|for|after) (?:he|she|they|my \w+|\w+) (?:\w+ )?(?:knows?|"
            r"finds? out|found out|hears?|heard|sees|saw|realises|realizes|learns|gets wind|figures out) (?:that )?(?:i|i'?ve|ive|"
            r"i'?d|id|we|we'?ve|me)(?: \w+)? (?:told|telling|tell|spoke|spoken|talked|talking|grassed|grassing|reported|rang|"
            r"called|phoned|messaged|texted|contacted|snitched|said|went to|gone to|been (?:talking|speaking|in touch|messaging|"
            r"texting|to))\b(?![^.!?]{0,40}\b(?:surprise|birthday|present|pressie|party|christmas|gift|engagement|proposal|"
            r"wedding|anniversary|spoiler|ending)\b)",
            r"(?:kill|murder|batter|hurt|beat|leather|belt|strangle|do) (?:me|us)\b(?: \w+){0,2}? if (?:i|we) (?:ever |\w+ )?(?:tell|"
            r"told|say anything|said anything|grass|grassed|snitch|snitched|talk to|talked to|speak to|spoke to) (?:to )?(?:anyone|"
            r"anybody|someone|somebody|you|u|ya|the police|police|the feds|social services|social workers?|school|(?:a |the )?"
            r"teachers?|my (?:mum|mam|dad|nan|teacher))\b(?![^.!?]{0,40}\b(?:surprise|birthday|present|pressie|party|christmas|"
            r"gift|engagement|proposal|wedding|anniversary|spoiler|ending)\b)",
            r"(?:i'?m|im|i am|we'?re|were) (?:dead|done for|getting battered|gonna get battered|in for it)(?: \w+){0,2}? (?:now|if|"
            r"when|once|cos|because) (?:he|she|they|my \w+|\w+) (?:\w+ )?(?:knows?|finds? out|found out|hears?|heard|sees|saw|"
            r"realises|realizes|learns|gets wind) (?:that )?(?:i|i'?ve|ive|i'?d|id|we|we'?ve)(?: \w+)? (?:told|spoke|spoken|talked|"
            r"grassed|reported|rang|called|phoned|messaged|texted|contacted|snitched|been (?:talking|speaking|in touch))\b"
            r"(?![^.!?]{0,40}\b(?:surprise|birthday|present|pressie|party|christmas|gift|engagement|proposal|wedding|"
            r"anniversary|spoiler|ending)\b)",
            r"(?:even tho|even though|despite|there'?s|theres) (?:an?|the|his|her) (?:order|bail)",
            r"(?:won'?t|wont|will not|doesn'?t|doesnt|refuses to) (?:give|let) (?:me|her) (?:have )?(?:my|her|any) "
            r"(?:bank card|card|money|benefits|passport|phone|keys)",
            r"(?:took|takes|taken|kept|keeps|keeping) (?:my|her) (?:bank card|benefits|passport|keys)",
            r"(?:watches|tracks|tracking|monitors|monitoring) (?:her|my|me) (?:every|all|location|phone)",
            # round 17: a tracker hidden on the person's things ("he's put a tracker on my car", "found an airtag in my bag")
            r"(?:(?<!\bi )(?<!\bwe )(?<!\bi've )(?<!\bive )(?<!\bweve )(?<!\bwe've )(?<!\bi have )(?<!\bi just )"
            r"(?<!\bi've just )(?<!\bive just )(?:put|puts|putting|fitted|installed|hid|hidden|stuck|planted)|found|find) "
            r"(?:a |an |his |some )?(?:tracker|tracking device|air ?tag|gps tracker|spy app|tracking app|tile tracker|hidden camera|camera) (?:on|in|under|inside) (?:my|me|"
            r"her|our|the kids'?|my daughter'?s|my son'?s)\b",
            r"(?:got|get|getting|gets|went) in(?:to)? (?:a|the|his|some|their) (?:car|van) with (?:a |some |an )?"
            r"(?:man|men|stranger|guy|bloke|older|adult)",
            r"police (?:are |r )?(?:out |now |still )?(?:looking|searching) for|reported (?:her|him|them|my \w+) missing|"
            r"missing person",
            r"(?:sending|sent|send\w*) (?:\w+ )?(?:pics|photos|nudes|pictures|videos|vids) to (?:a |an |some )?"
            r"(?:grown|older|adult|man|men|guy|bloke|stranger)",
            r"grown (?:man|men|adult)",
            r"(?:won'?t|wont|doesn'?t|doesnt|wouldn'?t|refuses to) (?:say|tell (?:me|us)) (?:where|who)",
            r"(?:use|using|used|took over|taken over) (?:our|my|the|her|his) (?:flat|house|home|place) (?:to (?:sell|deal|stash)|"
            r"for (?:drugs|dealing))|(?:dealers?|lads|men) (?:won'?t|wont) leave",
            r"(?:want|wanna|feel like|could|going to) (?:to )?(?:shake|hit|smack|smother) (?:her|him|them)\b",
            # round 11: "i feel like i could hurt him", "scared i'll hurt her" (a parent afraid of hurting a child)
            r"(?:feel like i (?:could|might|will)|i could|i might|scared i'?(?:ll|d)|scared i will|afraid i'?(?:ll|d)|worried i'?(?:ll|d)|"
            r"frightened i'?(?:ll|d)|i'?m going to|im going to|im gonna|i'?m gonna) (?:\w+ )?(?:hurt|harm|shake|hit|smother|snap at|"
            r"lash out at) (?:him|her|them|the baby|my baby|the kids|my son|my daughter)\b",
            # a widening sweep of round 9: a parent who drinks and drives with the children in the car, a partner who
            # threatens to share intimate pictures
            r"(?:drinks?|drunk|drinking|pissed|high|stoned|off (?:his|her) face) (?:and|n|&) (?:drives|driving|drove)\b.{0,30}\b"
            r"(?:us|the kids|kids|children|the baby|my (?:son|daughter|kids|children))\b|(?:drives|driving|drove) (?:us|the kids|the "
            r"baby|them|my (?:son|daughter|kids|children)) (?:around |about )?(?:drunk|pissed|high|stoned|after drinking)\b",
            r"(?:share|sharing|post|posting|send|sending|leak|leaking|spread|spreading|show|showing|put|putting) (?:my|her|our|all "
            r"my) (?:nudes|naked (?:pics|photos|pictures)|private (?:pics|photos|pictures|videos)|sex tape|videos of me)\b",
            # a widening sweep of round 9: a parent who hurt a child ("i hit my son too hard and hes got a mark")
            r"(?:hit|hits|smacked|slapped|shook|grabbed|pushed|kicked|whacked|thumped) (?:my|our|the|her|his) (?:son|daughter|baby|"
            r"kid|boy|girl|child|little one|lad|lass) (?:too hard|so hard|really hard)\b|(?:left|leaving|leaves) (?:a |big )?(?:mark|"
            r"marks|bruise|bruises|handprint) on (?:him|her|them|my (?:son|daughter|baby|kid|boy|girl)|the (?:baby|kid))\b",
            # inbound_unseen15: "the childminder shakes her when she won't stop crying"
            r"(?:shakes|shaking|shook|shaken|shake) (?:her|him|them|the baby|my baby|our baby|the kids?|my (?:son|daughter|boy|girl)|"
            r"our (?:son|daughter|kid))\b(?! (?:head|heads|hand|hands|off|awake|up|out|down))(?=.{0,40}\b(?:cry\w*|scream\w*|hard|"
            r"violent\w*|until|till|when|so hard|back and forth|stop))",
            r"(?:do|doing|did|end up doing) (?:something|summat|smthing) (?:bad )?to (?:him|her|them|the kids|the baby)\b",
            # sexual abuse told in euphemism (inbound_unseen9): "my uncle did stuff to me", "he does things to her"
            r"(?:did|done|does|doing|do) (?:sexual |bad |horrible |dirty |disgusting |nasty |weird )?(?:stuff|things|thing) "
            r"(?:to|with) (?:me|her|him|us|my (?:son|daughter|kids?|sister|brother|girl|boy|little one))\b",
            r"(?:our|their|his|her) (?:little |special )?secret\b|(?:little|special) secret between|"
            r"pay (?:the rent |it |him |rent )?(?:another way|other ways|in (?:other ways|kind))",
            # bullying and money taken by people around the person (inbound_unseen9: the day centre, "my frend")
            r"(?:bully|bullies|bullying|picking on|pick on|picks on|gang up on|ganging up on|gangs up on) (?:me|him|her|"
            r"my (?:son|daughter|boy|girl|kid|brother|sister))\b",
            r"(?:keeps?|keep on|always|been|are|is|he'?s|she'?s|they'?re|theyre|hes|shes) (?:taking|nicking|stealing|having) "
            r"(?:all )?(?:my|her|his|me|our) (?:money|cash|benefits|pension|bank card|wages|giro|dinner money|lunch money|food)",
            r"(?:with|got|has|holding) (?:a )?(?:razor|razors|razor blade)",
            r"(?:older|some) (?:lad|man|guy|bloke|boy)s? online",
            r"online\b.{0,30}\bwants? to meet (?:her|him|me|up)",
            r"(?:asking|asked|asks|wants|keeps asking) (?:me|her|him) (?:for|to send) (?:pics|photos|nudes|pictures|nude)",
            r"says (?:he'?ll|hell|he will|she'?ll|they'?ll) (?:share|post|send) (?:them|it|the pics|my pics|the old ones|the ones "
            r"(?:i|she|he) sent|my old ones|what (?:i|she|he) sent)",
            # round 11: sextortion ("says if i dont send some back he'll share the old ones")
            r"if (?:i|she|he) (?:don'?t|dont|do not|won'?t|wont|doesn'?t|doesnt) send (?:him |her |them )?(?:some|more|any|pics|"
            r"photos|nudes|one|another|it|them)\b",
            # a widening sweep of round 8: the person followed, stalked or watched
            r"(?:someone|somebody|some1|a man|a guy|a bloke|some (?:man|guy|bloke|lad)|my ex|he|she|they)(?: is| keeps| has been| "
            r"been|'?s| was| were| have been)? (?:following|followed|stalking|stalked|watching) (?:me|us|my (?:house|flat|daughter|son|"
            r"kids))\b",
            # inbound_unseen13: a child told to send nudes, and threatened with the ones already sent (sextortion)
            # (round 14: or a child named by age, "keeps asking my 13 year old to send photos")
            r"(?:tell\w*|tellin|ask\w*|askin|get\w*|mak\w*|pressur\w*|forc\w*|blackmail\w*|groom\w*) (?:her|him|them|my (?:daughter|"
            r"son|kid|girl|boy|child|little \w+|(?:1[0-7]|[5-9]) ?(?:year old|yr old|yo|y/o|years old)(?: (?:daughter|son|girl|boy))?)) (?:to send|for|into sending) (?:\w+ )?(?:nudes?|pics|photos|pictures|videos|vids|"
            r"naked|nude)",
            r"(?:he'?ll|hell|he will|she'?ll|shell|they'?ll|theyll|gonna|going to|threaten\w* to) (?:post|share|send|leak|put up|"
            r"spread) (?:the |her |his |their |them )?(?:ones|nudes|pics|photos|pictures|videos|vids)\b",
            r"men in (?:cars?|vans?)|(?:staying|stays|stayed) out (?:all night )?with (?:men|older|adults)",
            r"(?:son|daughter|he'?s|she'?s|hes|shes)\s+(?:\w+ )?(?:been )?out all night",
            r"(?:1[0-5]|[4-9])\b.{0,25}\b(?:bf|boyfriend|fella|gf|girlfriend)\b.{0,12}\b(?:1[89]|[2-6]\d)\b",
            # county lines: a child found or brought back by the police from a flat, a trap house, another town
            r"police\b.{0,25}\b(?:found|brought|picked up|returned|dropped|fetched|collected) (?:him|her|them|my \w+)",
            r"(?:found|picked up|brought (?:him|her|them) (?:home|back))\b.{0,40}\b(?:another town|other side of the country|"
            r"miles away|in (?:a|some) (?:flat|house) in)",
            # coercive control and financial abuse (inbound_unseen11): wages taken, an allowance, receipts shown, an
            # isolation from family and friends (inbound_unseen11, "not aloud to see my sister")
            # account only he can use, asking him for tampons; an older person's card, savings or house taken
            r"(?:takes?|took|taking|taken|keeps?|keeping|kept|controls?|controlling|has|holds?|holding) (?:all |half )?(?:of )?"
            r"(?:my|her|his|me|mums?|mams?|dads?|nans?|grandads?|grans?) (?:wages|pay|salary|money|benefits|pension|universal credit|"
            r"uc|pip|savings|bank cards?|cards?|passport|papers|documents|id)\b(?! (?:for|to) (?:the|a|her|him|me) ?(?:shop|shops|"
            r"shopping|safe ?keeping|bank))(?!.{0,50}\b(?:because (?:he|she|they) (?:does|do|get|gets|pays)|(?:i|we) (?:asked|let|"
            r"gave|told) (?:him|her|them)|with my (?:permission|say ?so|blessing|consent)|(?:does|do|for) (?:my|the|our) (?:shopping|"
            r"big shop|shop)))",
            r"(?:have|has|got|had) to (?:show|ask|beg) (?:him|her|them|my \w+) (?:for (?:money|cash|tampons|pads|sanitary|the card|"
            r"food|permission)|(?:the |all the |my |every )?receipts?)",
            r"(?:account|card|money)\b.{0,15}\bonly (?:he|she|they|him|her) (?:can )?(?:use|access|has|have|touch)",
            r"(?:sign|signed|signing|made (?:him|her) sign|got (?:him|her|mum|dad|nan|grandad) to sign) (?:over )?(?:the |his |her |"
            r"their )?(?:house|home|flat|bungalow|property|deeds|savings|will|power of attorney|loan)|(?:doesn'?t|doesnt|didn'?t|"
            r"didnt|don'?t|dont) (?:even )?(?:know|no|understand) what (?:he|she|they) signed|signed (?:a )?(?:loan|something)\b",
            r"(?:using|used|uses|took|taking|takes|nicking|nicked|stealing|stole|emptied|emptying|draining|drained|cleared out) "
            r"(?:\w+ )?(?:mum|mam|dad|nan|grandad|gran|granny|grandma|auntie|uncle|her|his)'?s? (?:bank card|card|account|savings|"
            r"pension|money|purse|wallet)",
            r"(?:account|savings|bank|purse)\b.{0,12}\b(?:is |'s |has been |was )?(?:empty|emptied|drained|cleared out|gone)\b"
            r"(?!.{0,20}\b(?:by|till|until) (?:payday|the end))",
            r"(?:taking|taken|took|takes|had) (?:money|cash|£?\d+) (?:out of|from) (?:\w+ )?(?:wallet|purse|account|handbag)",
            r"(?:given|gave|giving|sent|sending|transferred|transferring|lent|lending) (?:a man|a woman|him|her|them|someone|this man|"
            r"some ?one|some ?body)? ?(?:all |most )?(?:of )?(?:her|his|my|their) (?:savings|life savings|pension|inheritance)",
            r"(?:man|woman|bloke|fella|someone|guy|lady) (?:she|he)(?: has|'?s)? (?:met|been talking to) (?:on|online|through)\b.{0,40}"
            r"\b(?:money|savings|cash|send|sent|sending|gave|giving|pay)",
            # modern slavery (inbound_unseen11): working for nothing, passport held
            r"(?:work\w*|graft\w*)\b.{0,40}\b(?:for|with) no (?:pay|wages|money)|(?:for|with) no (?:pay|wages)\b.{0,40}\bpassport|"
            r"(?:has|got|holding|holds|kept|keeps) (?:my|her|his|our) (?:passport|papers|id card)",
            # an adult with a child as a partner, in either order ("his girlfriend is 13 and hes 19")
            r"(?:bf|boyfriend|gf|girlfriend|fella|partner)\s+(?:is|'s|s)\s+(?:only\s+)?(?:1[0-5]|[4-9])\b.{0,30}\b(?:1[89]|[2-6]\d)\b",
            r"\b(?:1[0-5])\b.{0,25}\b(?:and|but|while|whilst) (?:he|she|hes|shes|he'?s|she'?s|him|her|they|the (?:man|bloke|lad))"
            r" (?:is |'s |s )?(?:like |about |nearly |over )?(?:1[89]|[2-6]\d)\b(?! ?(?:mins?|minutes|quid|pounds|%|pence))",
            r"trap (?:house|flat)s?|crack (?:house|den)|cuckoo\w*|(?:the|a|his|her|their) line (?:phone|number)|"
            r"(?:two|2|three|3|new|extra|burner) phones",
            # inbound_unseen17: a person with dementia locked in or tied down, a forced marriage in learner English
            r"(?:lock|locking|locked|locks) (?:him|her|them|mam|mum|dad|nan|grandad|granda|my (?:mum|mam|dad|husband|wife|nan|grandad)) in\b(?! (?:the car|for a second))",
            r"(?:tie|tying|tied|ties|strap|strapping|strapped|straps) (?:him|her|them|mam|mum|dad|nan|grandad|granda) (?:to|in|into|down)\b(?! (?:the (?:car seat|buggy|pram|wheelchair)|his (?:car seat|wheelchair)|her (?:car seat|wheelchair)))",
            r"(?:must|have to|has to|got to|make me|making me|made me|force me to|forcing me to|say i must|says i must|saying i must) marry\b",
            # round 11: drink- or drug-driving with the children, in more words ("drove the kids home after six pints", "over the
            # limit with the baby in the back", "drives us to school drunk", "driving the kids to his mums and hes smashed")
            r"(?:driv\w*|drove|behind the wheel|swerv\w*|in the car|pick\w* (?:us|them|the kids|the children|the baby|my \w+) up|"
            r"picked up (?:us|the kids|the children|my \w+))\b.{0,60}\b(?:(?:he|she|they|dad|mum|mam|he'?s|she'?s|hes|shes|he is|she is|"
            r"was|is|were|been|totally|absolutely|proper|really|so|still) (?:\w+ )?(?:drunk|pissed|wasted|hammered|steaming|bladdered|paralytic|legless|rat-?arsed|off (?:his|her|their) (?:face|head|tits)|high|stoned|mashed|off it|smashed|drinking)\b|over the "
            r"(?:drink[- ]drive )?limit|after (?:\w+ )?(?:pints|beers|cans|drinks|bottles|glasses|shots|a bottle|a few))",
            r"(?:drunk|pissed|wasted|hammered|steaming|bladdered|paralytic|legless|rat-?arsed|off (?:his|her|their) (?:face|head|tits)|high|stoned|mashed|off it|over the (?:drink[- ]drive )?limit|been drinking|had a few|after (?:\w+ )?(?:pints|beers|cans))\b"
            # someone sober drives ("dad's had a few at the wedding so my sister is driving us home")
            r"(?!.{0,60}\b(?:(?:my|his|her|the|our) (?:\w+ )?(?:sister|brother|mum|mam|wife|husband|partner|friend|mate|son|daughter|"
            r"cousin|uncle|auntie|aunt|nan|neighbour) (?:is|was|'s|will be|gonna be|will) driv\w*|taxi|uber|designated driver|"
            r"stayed sober|is sober|sober one))"
            r".{0,60}\b(?:driv\w*|drove|behind the wheel|swerv\w*|in the car with|(?:with|and) (?:the|my) (?:kids|children|baby|son|"
            r"daughter) in the (?:back|car)|put (?:the|my) (?:kids|children|baby|son|daughter) in the car)",
            # round 14: the children driven by someone who says they were probably still over the limit ("drove the kids in to
            # school this morning after last night... probly still over") — not "still over-excited"
            r"(?:drove|driven|drive|driving|drivin|drives) (?:the|my|our|me|his|her) (?:kids|children|baby|bairns|boys|girls|little ones?|"
            r"son|daughter|weans)\b.{0,100}?\b(?:still|probably|probly|prob|prolly|defo|definitely|def|must have been|must of been|"
            r"might have been|mightve been|was) (?:still )?(?:over|drunk|pissed|wasted|hammered|smashed|tipsy|merry|half cut)\b(?![- ]?"
            r"(?:excited|tired|the moon|it|there|here|at|in|on|for|to|with|by|my|the)\b)",
            r"(?:\d+|a few|two|three|four|five|six|loads of|a bottle of|a whole bottle of) (?:bottles?|glasses|pints|cans|beers|shots|"
            r"drinks|vodkas?)\b.{0,40}\b(?:driv\w*|drove|behind the wheel|put (?:the|my) (?:kids|children|baby) in the car|(?:kids|"
            r"children|baby) in the (?:car|back))",
            r"(?:drives?|driving|drove) (?:us|the kids|the baby|them|me|my (?:son|daughter|kids|children)) (?:\w+ ){0,3}?"
            r"(?:drunk|pissed|wasted|hammered|steaming|bladdered|paralytic|legless|rat-?arsed|off (?:his|her|their) (?:face|head|tits)|high|stoned|mashed|off it)\b",
            # round 11: intimate images shared, threatened or taken without consent (image-based sexual abuse)
            r"(?:posted|posting|shared|sharing|sent|sending|spread|spreading|leaked|leaking|showed|showing|put|putting|uploaded|"
            r"uploading|circulat\w*|passing|passed|sold|selling|airdrop\w*) (?:\w+ ){0,3}?(?:naked|nude|intimate|private|sexual|sex|"
            r"explicit|topless|dirty|rude|saucy) (?:pics?|pictures?|photos?|images?|videos?|vids?|clips?|tape|film|footage|selfies?)|"
            r"(?:posted|shared|sent|spread|leaked|showed|put|uploaded|passed|passing) (?:\w+ ){0,3}?(?:my|her|his|our) "
            r"(?:nudes|nude pics|naked (?:pics|photos|pictures))|(?:posted|posting|shared|sharing|sent|sending|spread|leaked|showed|"
            r"showing|put|putting|uploaded|airdrop\w*|passed|passing) (?:a |some |the |all the )?(?:pics?|pictures?|photos?|images?|"
            r"videos?|vids?|clips?|footage|film) of (?:me|her|him|us|my \w+) (?:\w+ )?(?:naked|nude|topless|having sex|in (?:my|her|"
            r"his) (?:underwear|bra|knickers|pants)|in bed|in the shower|getting changed|undressed)\b(?: (?:on|to|onto|all over) "
            r"(?:\w+ ){0,2}?(?:pornhub|onlyfans|porn sites?|xvideos|xhamster)\b)?|(?:pornhub|onlyfans|porn "
            r"sites?|xvideos|xhamster)\b.{0,40}\b(?:of (?:me|her|him|us|my \w+)|me|my)\b|(?:my|her|his) nudes (?:round|around|online|everywhere|to (?:everyone|"
            r"the whole|his mates|her mates|my family))|revenge porn|image[- ]based (?:sexual )?abuse|upskirt\w*",
            r"(?:film\w*|record\w*|video\w*|photograph\w*|took (?:pics|photos|videos|pictures) of) (?:me|her|him|us|my \w+) "
            r"(?:\w+ ){0,3}?(?:without (?:me|her|him|us|them|my|their) (?:knowing|consent|permission|realising|agreeing)|in the "
            r"(?:shower|bath|toilet)|getting changed|in bed|having sex|naked|undressed|on the toilet)\b|secretly (?:film\w*|"
            r"record\w*|video\w*|photograph\w*|took (?:pics|photos|videos))",
            # round 11: forced marriage in other words ("taking me to Pakistan to marry my cousin, I don't want to", "arranged
            # for me to marry a man I've never met", "taking her abroad to get married" — she is 16)
            r"(?:taking|take|took|send\w*|sent|fly\w*|flown|ship\w*) (?:me|her|him|us|my (?:sister|daughter|son|brother|cousin)) "
            r"(?:\w+ ){0,6}?(?:to (?:marry|get married|be married|be wed|meet (?:my|her|his) (?:husband|wife|future))|for (?:my|her|"
            r"his) (?:own )?(?:wedding|marriage))\b",
            r"arrang\w* (?:for )?(?:me|her|him|my \w+) to (?:marry|be married|get married)|(?:marry|married to|marrying) (?:a man|a "
            r"woman|someone|somebody|some ?one|a stranger|a guy|an old man|an older man) (?:i|she|he) (?:have |has |'?ve )?(?:never|"
            r"not|don'?t|dont|doesn'?t) (?:even )?(?:met|know|like|love|want)",
            r"(?:marry|married|marriage|wedding)\b.{0,50}\b(?:(?:i|she|he) (?:don'?t|dont|do not|doesn'?t|doesnt) want (?:to|it|him|"
            r"her)|against (?:my|her|his) will|no choice|(?:won'?t|wont|will not|don'?t|dont) listen|disown\w*|cut (?:me|her|him) "
            r"off|(?:i'?m|im|she'?s|shes) (?:scared|frightened|terrified|only \d+|1[0-7]))|(?:if|unless) (?:i|she|he) (?:don'?t|dont|"
            r"do not|doesn'?t|doesnt|won'?t|wont|refuse to) marry\b",
            # round 11: a child made to carry for an adult ("gives me weed and money if i take bags to his mates")
            r"(?:take|takes|taking|took|drop|dropping|dropped|deliver\w*|carry|carrying|carried|run|running|ran) (?:\w+ )?(?:bags?|"
            r"packages?|parcels?|packets?|stuff|boxes|a bag|phones?) (?:to|for|round to|over to) (?:his|her|their|some|these|the|an?) "
            r"(?:\w+ )?(?:mates|friends|boys|lads|people|men|houses|addresses|flats|blokes|guys)\b|gives? (?:me|him|her|them|us) "
            r"(?:weed|drugs|money|cash|trainers|phones?|vapes?|clothes|fags)\b.{0,40}\bif (?:i|he|she|we|they) (?:take|carry|hold|"
            r"drop|deliver|run|do|keep|stash|sell)",
            # round 11: money taken by someone around the person ("she's had my benefits money again", "keeps taking her to
            # the cash machine and keeping the money", "i have to give him my money every thursday", "checks every receipt")
            r"(?:had|taken|took|nicked|stolen|stole|spent|kept) (?:all )?(?:my|her|his|mums?|dads?|nans?) (?:benefits?|pension|wages|"
            r"money|giro|uc|pip|universal credit|savings|dinner money|rent money)(?: money)? (?:again|off me|off her|off him|every)\b|"
            r"(?:says|said|saying) (?:i|she|he) (?:owe|owes) (?:her|him|them) (?:rent|money|board)\b.{0,20}\b(?:own (?:house|home|"
            r"flat)|every|again)",
            r"(?:takes?|taking|took|taken) (?:her|him|them|my \w+|nan|mum|mam|dad|grandad) (?:\w+ )?to the (?:cash ?machine|"
            r"cashpoint|atm|bank|post office)\b.{0,50}\b(?:keep\w*|kept|takes?|took|taking|has|had|pockets?|pocketing) (?:the|all the|"
            r"her|his|their) (?:money|cash)|(?:keeps?|kept|keeping|pockets?|pocketing) the (?:money|cash|change) (?:from|out of)",
            r"(?:have|has|got|had) to (?:give|hand over|pay) (?:him|her|them|my \w+) (?:all )?(?:my|me|his|her) (?:money|cash|"
            r"benefits|pension|wages|card|dinner money|pip)\b|(?:checks?|checking|goes through|inspects?) (?:every|all (?:the|my)|each) "
            r"(?:receipt|receipts|penny|bank statement|statement)|gives? me (?:£?\d+|a tenner|twenty quid|\w+ quid) a (?:week|month|"
            r"day) (?:for|to (?:live|feed|buy))",
            # round 11: threats to the person's family over a debt ("they said they know where my mum lives")
            r"(?:they|he|she|dealers?|them)(?: said| say| says|'ve said|'re saying| told me)?(?: that)? (?:they|he|she)? ?(?:know|knows|"
            r"found out) where (?:my|our|me) (?:mum|mam|dad|family|nan|kids|sister|brother|girlfriend|boyfriend|little \w+|son|"
            r"daughter) (?:lives?|works?|goes|stays)",
            # round 11: an order broken ("hes breaking his bail", "broke his non-mol")
            r"(?:breaking|broken|broke|breaks|breached|breaching) (?:his|her|their|the|my) (?:bail|order|injunction|conditions|"
            r"non[- ]?mol\w*|restraining order|curfew)",
            # round 11: a 16- or 17-year-old with a much older man ("shes 16 and staying at some 30 year old mans flat")
            r"\b(?:1[67])\b.{0,40}\b(?:2[5-9]|[3-6]\d) ?(?:year old|yr old|yo|y/o|years old)\b|(?:some|an?) (?:2[5-9]|[3-6]\d) ?(?:year "
            r"old|yr old|yo) (?:man|mans|man'?s|bloke|blokes|guy|fella)\b",
            # round 13: a child of 15 or under with an adult not of the family ("she's 13 and stopping out with a lad who's 22",
            # "shes 14 and seeing some 20yo")
            r"(?<![\d£$.:/-])(?:10|11|12|13|14|15|ten|eleven|twelve|thirteen|fourteen|fifteen)(?:\W?(?:yrs?|years?|yo|y/o)(?: old)?)?\b(?![.:/%]\d| ?"
            r"(?:pm|am|mins?|minutes|hours?|days?|weeks?|months?|quid|pounds?|miles?|%|kg|st)\b).{0,80}\b(?:(?:lad|man|bloke|guy|"
            r"fella|geezer|boyfriend|bf|girlfriend|gf|woman|bird|someone|somebody|some1) (?:who'?s|whos|who is|thats|that'?s|that is|"
            r"aged|of|is|'s)\s*(?:1[89]|[2-6]\d)\b(?! ?(?:mins?|minutes|hours?|days?|weeks?|months?|miles?|%|quid|pounds?|pm|am|"
            r"times)\b)|(?:with|wiv|seeing|dating|going out with|sleeping with|staying with|stopping with|stays with|stops with) "
            r"(?:a|an|some|this) (?:1[89]|[2-6]\d|eighteen|nineteen|twenty\w*|thirty\w*) ?(?:year old|yr old|yo|y/o|years old|yrs old)\b)",
            # round 14 (a widening sweep): walls punched, then the family ("my dad punches walls and then us")
            r"(?:punch|hit|kick|smash|batter|thump|bang)\w* (?:the )?(?:walls?|doors?)\b[^.!?]{0,15}?\b(?:and|then|n|&) (?:then )?(?:us|"
            r"me|mum|mam|her|him|them|the kids|my (?:mum|mam|brother|sister|little \w+))\b",
            # round 14: a parent who lost their temper and a mark left on a child ("lost my rag with him, hes got a mark on his
            # cheek") — not a temper lost with the council, and no mark said
            r"(?:lost (?:my|me) (?:rag|temper|head|cool|shit)|lashed out at|flipped at|snapped at)\b[^!?]{0,80}?\b(?:a |the )?(?:mark|"
            r"marks|bruise|bruises|red mark|handprint|hand print|finger ?marks|black eye|fat lip|swollen (?:eye|lip|cheek|face))\b"
            r"(?! (?:on|of) (?:the |my |his |her )?(?:wall|door|car|table|floor|carpet|sofa|form|paper|test|exam|work|file|record|"
            r"account|credit|name|card|report|paintwork)\b)",
            # round 14: the person who is feared knows where the family is ("he knows the kids school", "she's found out where
            # we live", "you told him what area we're in")
            r"(?:he|she|they|hes|shes|he'?s|she'?s|my ex|her dad|his dad|their dad|the kids'? dad) (?:knows|knew|found out|has found "
            r"out|has found|'?s found|found|worked out|figured out|has worked out) (?:where (?:we|i|the kids|my kids|the children|the "
            r"girls|the boys) (?:are|live|stay|go|are staying|are living|moved|moved to|went)|(?:the|our|my) (?:(?:kids'?|childrens?|"
            r"children'?s|new) ){1,2}school|(?:the|our|my) (?:(?:kids'?|childrens?|children'?s|new) ){0,2}(?:"
            r"address|new address|area|refuge|postcode)|what (?:area|town|school|refuge)|which (?:area|town|school|refuge))\b(?! (?:well|"
            r"really|staff|head|teachers?|is good|is great)\b)",
            r"(?:you|u|someone|somebody|she|they|the school|the nursery|my mum|her mum) (?:told|gave|showed) (?:him|my ex|her ex|their "
            r"dad|the kids'? dad|his family) (?:what area|where we (?:are|live|moved|are staying|are living)|our (?:new )?(?:address|"
            r"postcode)|the (?:new )?address|which school|the (?:kids'? )?school|what town)\b",
            # round 14: a scam on an older or vulnerable person ("moved my savings to a safe account like he said", "the man
            # from the bank asked me to withdraw £5000")
            r"(?:move|moved|moving|transfer|transferred|transferring|put|send|sent|pay|paid) (?:\w+ ){0,4}?(?:to|into|in) (?:a |the |"
            r"their |his |her |my )?(?:new )?safe (?:bank )?account",
            r"(?:man|woman|lady|bloke|someone|somebody|caller|chap|gentleman|girl|lad) (?:from|at) (?:the |my )?(?:bank|police|hmrc|"
            r"tax office|amazon|microsoft|bt|paypal|apple|fraud team|fraud department|building society)\b[^!?]{0,80}?\b(?:(?:moved|"
            r"transferred|sent)(?![^.!?]{0,30}\b(?:into|to) (?:my|our) (?:own |other )?(?:isa|savings|account|current account|"
            r"bank))|withdraw|withdrew|took out|drew out|gave (?:him|her|them)|give (?:him|her|them)|read out|told "
            r"(?:him|her|them) my|buy (?:some )?(?:gift cards?|vouchers)|bought (?:some )?(?:gift cards?|vouchers)|courier)\b",
            # round 14: the person's bank card kept by someone else ("gary has got my card again and knows my pin")
            r"(?:has|got|took|taken|takes|keeps|kept|had|nicked|borrowed|borrows) (?:got )?(?:my|me) (?:bank |debit |"
            r"cash |post office )?card (?:again|agen|agin|agn)\b",
            r"(?:knows|nos|knowz|knowz|has|got|made me (?:tell|give) (?:him|her|them)) my pin\b(?![^.!?]{0,40}\b(?:i asked|for me|"
            r"my shopping|i trust|with my permission)\b)[^!?]{0,60}?\b(?:never|again|agen|won'?t|wont|keeps|takes|took|without "
            r"asking)\b",
            # round 14: FGM — a girl taken abroad or "back home" to be cut ("take our girl back home to be cut like her cousins")
            r"(?:take|taking|took|send|sending|sent|fly|flying|bring|bringing) (?:(?:our|my|the|his|her|their) )?(?:girl|girls|"
            r"daughter|daughters|her|lass|little one|niece|granddaughter|baby girl|youngest|eldest)\b[^!?]{0,60}?\bto (?:be|get|have "
            r"her) (?:cut|circumcised|sewn|closed)\b",
            r"(?:girls?|daughters?|sisters?|nieces?|granddaughters?|she|her)\b(?:(?!\b(?:hair|fringe|nails|toenails|grass|hedge|cake|"
            r"tree|ribbon|cast|plaster|cord|tag|label|umbilical|lawn)\b)[^.!?]){0,40}?\b(?:has to|have to|must|need to|needs to|got "
            r"to|gotta|will|is going to|are going to|gonna|is next to|is to) (?:be|get) (?:cut|circumcised)\b",
            r"(?:be|get|getting|been|was|were|have (?:her|them)) (?:cut|circumcised) like (?:her|my|our|the|their) (?:cousins?|sisters?|"
            r"mum|mother|aunts?|aunties?)\b|female circumcision|cutting (?:ceremony|season)|khatna\b",
            # round 14 (a third sweep): a threat to finish the writer off ("he said next time he'll finish the job")
            # (not "the builder said he'll finish the job on friday": "the job" only after "next time")
            r"(?:next time|he'?ll|hell|he will|she'?ll|shell|she will|they'?ll|theyll|he'?d|hed|she'?d|they'?d|theyd|he said|she said|he "
            r"says|she says|gonna|going to)\b[^.!?]{0,30}?\b(?:finish (?:me off|us off|her off|him off|what (?:he|she|they) started)|finish me)\b|next time\b[^.!?]{0,20}?"
            r"\bfinish (?:the job|it)\b",
            # round 14 (a third sweep): living or sleeping in a car or a tent ("we been living in the car for a week with the kids")
            r"(?:living|livin|been living|stayin|staying) in (?:the|a|our|my|his|her) (?:car|van|tent)\b|(?:been|we'?ve been|weve been|"
            r"have been|we are|we'?re|were|i'?m|im|i am) (?:sleeping|sleepin|kipping) (?:rough|in (?:the|a|our|my) (?:car|tent|van|"
            r"stairwell|doorway|park|bus station))\b",
            # round 14 (a fifth sweep): thrown out at night or with the children
            r"(?:he|she|they|my (?:partner|husband|boyfriend|bf|dad|mum|mam|wife|girlfriend|gf|ex|stepdad|step dad|stepmum|step mum|"
            r"fella)) (?:has |'s |just |then )?(?:threw|thrown|kicked|chucked|locked|put) (?:me|us|her|him) out\b(?! of (?:the )?"
            r"(?:kitchen|room|lounge|bathroom|game|group|chat|team))[^.!?]{0,40}?\b(?:baby|kids|children|night|nowhere|no shoes|no "
            r"coat|pyjamas|cold|rain|\d ?am)\b",
            # round 14 (an eighth sweep): medication or aids hidden or withheld ("he hides my medication and laughs")
            r"(?:hides|hid|hidden|hiding|withholds|withheld|flushes|flushed|throws away|threw away|won'?t give me|wont give me|keeps "
            r"back|binned) (?:my|me|her|his|mums?|dads?|nans?) (?:medication|meds|tablets|pills|inhaler|insulin|epipen|walking stick|"
            r"wheelchair|glasses|hearing aids?|frame|zimmer)\b",
            # round 19b (inbound_unseen41): a young person given drink or drugs and filmed or photographed ("my pal's da gave us
            # pills at the party an filmed us", "they got her drunk and took videos of her"), or filmed when they did not want to
            r"(?:gave|give|gives|giving|gie|gied|gied us|gived|got|get|gets|getting|made) (?:us|me|her|him|them|my \w+) (?:some |loads "
            r"of |a load of )?(?:pills|drugs|vodka|drink|drunk|wasted|high|stoned|weed|coke|ket|mdma|mandy|pingers|xanax|xans|spice|"
            r"alcohol|booze|edibles)\b[^.!?]{0,60}?\b(?:film\w*|videoed|video'?d|recorded|took (?:pics|pictures|photos|videos|vids) of|"
            r"taking (?:pics|pictures|photos|videos|vids) of)(?: (?:us|me|her|him|them))?\b",
            r"(?:film\w*|videoed|video'?d|recorded|took (?:pics|pictures|photos|videos|vids) of) (?:us|me|her|him|them)\b[^.!?]{0,30}?"
            r"[.!,]?\s*(?:and )?(?:i|we|she|he) (?:didnae|didn'?t|didnt|did not|never) (?:want|wanted) (?:to|tae|it)\b",
            # round 19b: a drunk or raging partner who came round or home and punched or smashed through a door, wall or window
            # ("Dean came round pissed and punched the door through", "he got home steaming and put his fist through the
            # wall") — the door itself, punched or put through, joins the kicked and smashed doors above
            r"(?:came|come|comes|turned|turns|showed|rolled|got|gets|was|were) (?:round |home |back |in |up )?(?:\w+ )?(?:drunk|pissed|"
            r"steaming|wasted|hammered|bladdered|mortal|off (?:his|her|their) (?:face|head|tits)|high|raging|kicking off)\b[^.!?]{0,40}?"
            r"\b(?:punched|smashed|kicked|booted|headbutted|put (?:his|her|their) (?:fist|foot|head|hand) through|broke|threw|chucked|"
            r"lobbed|went for)\b",
            r"(?:punched|punches|punching|put (?:his|her|their) (?:fist|foot|head) through) (?:the|my|our|me|a) (?:front |back |bedroom "
            r"|bathroom |kitchen )?(?:door|doors|window|windows|wall|walls)(?: through| in)?",
        ),
    ),
    (
        "child_at_risk",
        "A child may be at risk, missing or without care: act on it now.",
        (
            # round 19 (inbound_unseen38): children left in the care of a child ("gone to Spain and left her two bairns with her
            # 13 year old", "my 12 year old is minding the baby while she's at work", "left the kids with their 11yo sister")
            r"(?:left|leaves|leaving|leave|dumped|dumps) (?:her|his|their|the|my|our|them|him|me|\w+) (?:\w+ )?(?:kids|children|"
            r"bairns|weans|babies|baby|little ones|toddler|twins|young ones|youngest|little \w+|\w+)? ?(?:with|in the care of|to be "
            r"(?:looked after|minded) by) (?:her|his|their|the|my|our|a|an|just (?:her|his|their|the|a)) (?:\w+ )?(?:[4-9]|1[0-4]) ?"
            r"(?:year old|yr old|yo|y/o|years old)\b|\b(?:[4-9]|1[0-4]) ?(?:year old|yr old|yo|y/o)(?: \w+)? (?:is |was |has been "
            r"|'s been |s |been |left )?(?:minding|looking after|babysitting|in charge of|left in charge of|caring for|watching) "
            r"(?:the|her|his|their|my|our|all|both)? ?(?:\w+ )?(?:kids|children|bairns|weans|baby|babies|toddler|twins|little "
            r"ones|brothers|sisters|siblings|younger ones)\b",
            # round 19 (inbound_unseen38): a baby or child to be abandoned ("I'll leave the baby on your office doorstep",
            # "gonna dump the kids at the police station and go")
            r"(?:leave|leaving|dump|dumping|drop|dropping|put|putting|abandon|abandoning) (?:the|my|this|her|his|our|me) (?:\w+ )?"
            r"(?:baby|babby|kids|kid|children|bairns?|weans?|newborn|toddler|little one) (?:on|at|outside|in) (?:your|ur|yer|the|a) "
            r"(?:\w+ )?(?:doorstep|door|step|steps|office|police station|hospital|fire station|social services|reception|church)\b",
            # lead's review after round 18: a child staying with someone whose drinking or drug use the writer is worried
            # about ("she's at her dad's as planned but I'm worried he drinks", "the kids are stopping at their nan's and
            # I'm scared she's using again"); not a worry about something else there ("worried he'll forget her inhaler")
            r"(?:kids?|children|son|daughter|baby|little one|boys?|girls?|he'?s|she'?s|hes|shes|they'?re|theyre|they are) "
            r"(?:is |are |have |has |been |gone |went |staying |stopping |sleeping )*(?:at|with|round|over at|to) (?:his|her|their|"
            r"my|the|our) (?:dad|dads|dad'?s|mum|mums|mum'?s|mam|mam'?s|nan|nans|nan'?s|grandad|grandad'?s|ex|ex'?s|father|"
            r"mother|step ?dad|step ?mum)\b[^.!?]{0,60}\b(?:worried|worry|worrying|scared|concerned|anxious|frightened|terrified|"
            r"panicking)\b[^.!?]{0,25}\b(?:drinks|drinking|drunk|drugs|using|high|stoned|pissed|smashed|off (?:his|her) (?:face|head)|"
            r"on the (?:drink|booze|gear)|back on)\b",
            # round 17: an adult, often one trusted, messaging a child privately ("my daughter's teacher messages her on snapchat
            # late at night"); not the training times or homework sent to a parent
            r"(?:teacher|coach|tutor|instructor|youth worker|youth leader|scout leader|cadet leader|pastor|priest|imam|vicar|"
            r"neighbour|uncle|step ?dad|lodger|landlord|taxi driver|driver|boss|manager|older (?:man|lad|bloke|guy|boy)|grown man|"
            r"man|bloke|guy)(?:'s| is| has been| keeps| kept| has| been| always)? (?:\w+ )?(?:messages|messaging|messaged|texts|"
            r"texting|texted|dms|dming|dm'?d|snaps|snapping|snapchats|whatsapps|whatsapping|chats to|chatting to|calls|calling|"
            r"rings|ringing|facetimes|facetiming) (?:her|him|my (?:daughter|son|girl|boy|kid|child|little one|niece|nephew))\b"
            r"(?![^.!?]{0,40}\b(?:training|homework|fixtures?|match|kick ?off|lessons?|rota|times|timetable|results?)\b)"
            r"(?=[^.!?]{0,40}\b(?:snapchat|on snap|insta\w*|tiktok|discord|late at night|at night|in the night|after "
            r"midnight|privately|in private|secret\w*|every night|all night|midnight|[1-4] ?am|personal (?:phone|number)|own "
            r"(?:phone|number)|when (?:i'?m|im|i am) not)\b)",
            r"(?:is|has|been|gone|went|going|go|run|ran) missing",
            # a baby not feeding or drying out (inbound_unseen11): one wet nappy, bringing every feed back up
            r"(?:only|just) (?:had |done )?(?:1|one|2|two) wet nappy|no wet nappies|(?:nappy|nappies) (?:is |are |has been |have been )?"
            r"dry (?:all day|since|for)",
            r"(?:baby|babys|baby'?s|newborn|little one|she|he)\b.{0,30}\b(?:bringing|brings|bring|brought|throwing|throws|threw|"
            r"projectile\w*) (?:everything|it all|all (?:her|his|of (?:her|his)) (?:milk|feeds?|bottles?)|(?:her|his|every|each) "
            r"(?:milk|feeds?|bottles?))(?: back)?(?: up)?",
            r"(?:won'?t|wont|not|isn'?t|isnt|refus\w*|stopped|hasn'?t|hasnt) (?:take|taking|taken|had|having|drinking|drink|drunk) "
            r"(?:her|his|a|the|any) (?:bottles?|feeds?|milk|formula)\b",
            r"(?:hasn'?t|hasnt|haven'?t|havent|not been) (?:been )?fed (?:properly )?(?:for|since|in) (?:\d+|a few|hours|ages|like|about|"
            r"over|nearly|yesterday|this morning|last night)",
            r"(?:won'?t|wont|isn'?t|isnt|stopped|not) (?:feeding|feed|latching|latch)\b(?! (?:the|him|her|them|my|it|yet|your|ur)\b)",
            r"(?:baby|babys|baby'?s|newborn|little one|(?:\d+|two|three|four|five|six) (?:days?|weeks?) old)\b.{0,50}\b(?:sleepy|"
            r"lethargic|limp|hard to wake|won'?t wake|not waking|sunken|not feeding|isn'?t feeding|not fed)",
            r"(?:has|have|hasn'?t|havent|hasnt)\s+(?:been\s+)?(?:gone|missing)\s+(?:since|for)",
            r"been gone (?:since|for|all)",
            r"(?:hasn'?t|hasnt|haven'?t|havent|didn'?t|didnt|not) (?:come|came|been|got) (?:home|back)",
            r"(?:hasn'?t|hasnt|haven'?t|havent|not) been seen (?:since|for)",
            r"(?:left|leave|leaves|leaving) (?:the|my|her|his|their) (?:baby|kids|children|little ones?|toddler|youngest|twins) "
            r"(?:\w+ )?with (?:my|her|his|their|the|a|our) (?:[3-9]|1[0-2]|three|four|five|six|seven|eight|nine|ten|eleven|"
            r"twelve) ?(?:year old|yr old|yo|y/o)",
            # round 16: not a thing mislaid ("I can't find my birth certificate")
            rf"(?:can'?t|cant|cannot) find (?:her|him|them|my(?! (?:\w+ ){{0,2}}?{_MISLAID_THINGS}\b))",
            r"ran away",
            r"run away",
            r"runaway",
            r"ran off (?:again|last night|from)|(?:still|and) (?:not|isn'?t|isnt|hasn'?t|hasnt) (?:back|home|come (?:back|home))"
            r"(?! (?:till|until|til|from (?:work|the shop|school)))",
            r"(?:home|left) (?:alone|on (?:his|her|their|there|thier) own)",
            r"left (?:the kids|them|him|her) (?:alone|on (?:their|there|thier) own|by (?:themselves|themself|himself|herself))",
            r"(?:i'?m|im|i am) (?:only )?(?:1[0-5]|[4-9])(?:\s*(?:years? old|yrs?(?: old)?|yo|y/o))?(?!\s*(?:min\w*|hours?|hrs?|am|pm|o'?clock|weeks?|days?|months?|%|:|\.\d|th|st|nd|rd|mins?|secs?|seconds?|miles?|stops?|quid|pounds?|p\b|\d))\b",
            r"(?:i'?m|im|i am) (?:only )?(?:ten|eleven|twelve|thirteen|fourteen|fifteen)(?:\s+years? old)?",
            r"(?:baby|child|kid|son|daughter)\b.{0,30}\b(?:not breathing|floppy|swallowed|unconscious|won'?t wake)",
            r"passed out (?:drunk|high)",
            r"(?:so|too|really) (?:drunk|wasted|off my (?:head|face))",
            r"(?:i'?m|im|i am|i was|he'?s|hes|she'?s|shes|he is|she is|he was|she was|they'?re|theyre|they are|they were|mum'?s|"
            r"mums|dad'?s|dads|mum is|dad is|got|get|getting|gets) (?:so|too|really) high\b",
            r"relaps\w*",
            r"used (?:heroin|crack|coke|drugs)",
            r"smoking crack",
            r"(?:baby|babys|baby'?s|kids?|children|child|son|daughter|little one|lil one|twins|toddler)\b.{0,15}\b"
            r"(?:hasn'?t|hasnt|haven'?t|havent|not|ain'?t|aint) (?:been )?(?:fed|had (?:a )?(?:bottle|feed|milk))",
            r"left (?:the|my) (?:baby|kids|children|little one|toddler)\b.{0,25}\b(?:went out|alone|on (?:his|her|their) own|"
            r"by (?:himself|herself|themselves))|left (?:the|my) (?:baby|kids|children|little one|toddler) "
            r"(?:alone|in the (?:car|flat|house))",
            r"no (?:one|body|1) to (?:look after|mind|watch|pick up|collect) (?:the|my) (?:kids|children|baby)",
            r"(?:drinking|drunk|high|stoned|wasted|using)\b.{0,40}\b(?:got|have|with) the (?:kids|children|baby)",
            r"(?:using|injecting) again|back on the (?:gear|heroin|smack|drugs)|needles? (?:out|left|lying|everywhere|around)",
            # round 11: drug kit found in a child's room or bag; a small child out on the road
            r"found (?:\w+ )?(?:needles|syringes|a needle|a syringe|foil|a crack pipe|crack|spice|wraps|baggies|a bag of white powder|"
            r"bags of (?:white powder|weed)|weed|pills|a knife|knives|a machete|a gun|a lot of cash|wads of cash) (?:in|under) (?:his|"
            r"her|their|my \w+'?s?) (?:room|bag|pocket|pockets|drawer|bed|wardrobe|coat|school bag)",
            r"(?:toddler|baby|little one|son|daughter|he|she|kids?|grandson|granddaughter)\b.{0,20}\b(?:got out|wandered off|"
            r"escaped|slipped out|let (?:him|her)self out)\b.{0,40}\b(?:road|street|traffic|canal|river|motorway|by (?:him|her)self)|"
            r"found (?:him|her|them|the \w+|my \w+)? ?(?:wandering |walking )?(?:on|in) the (?:main )?(?:road|street|motorway|dual "
            r"carriageway)",
            r"(?:can'?t|cant|cannot|not able to|unable to) (?:look after|cope with|care for|feed) (?:the|my) (?:kids|children|baby)",
            # a baby left in a cot or pram all day, a child with sores (the round's retrained model no longer catches it)
            r"(?:leaves?|left|leaving|keeps?|kept) (?:the|their|her|his|my|our) (?:baby|babies|toddler|little one|kids?|children|twins) "
            r"in (?:the|a|her|his|their) (?:cot|pram|buggy|car|room|bedroom|highchair|high chair)\b.{0,10}\b(?:all day|for hours|"
            r"all night|all the time|every day|while (?:she|he|they)(?:'?s|'?re| is| are)? out)|(?:baby|babys|baby'?s|toddler|little one)"
            r"(?:'s| is|s| has)? (?:got |covered in |full of )?(?:sores|bed ?sores|raw nappy rash)",
            # inbound_unseen13: "mum drinks all day and forgets to feed us" — a parent drinking or high all day, children not fed
            r"(?:mum|mam|mom|mummy|mammy|dad|daddy|step ?dad|step ?mum|stepdad|stepmum|she|he|they|nobody|no ?one|no1)\b"
            r"(?: \w+)? (?:forgets?|forgot|forgetting|never|hardly ever|doesn'?t|doesnt|don'?t|dont|won'?t|wont|didn'?t|didnt) "
            r"(?:to )?(?:feed|feeds|make|cook|give) (?:us|me|the (?:kids|children|baby)|my (?:sister|brother|little \w+|kids)|"
            r"them)\b(?! (?:pizza|sweets|takeaway|junk|fizzy|crisps|fish|meat|veg|chips))|(?:nobody|no ?one|no1) feeds (?:us|me)",
            r"(?:mum|mam|mom|mummy|mammy|dad|daddy|step ?dad|step ?mum|stepdad|stepmum)'?s? (?:is |s )?(?:drinks|drinking|drunk|high|"
            r"stoned|wasted|off (?:her|his) (?:head|face)|always drunk|always high|always wasted) (?:all day|every day|all the time|"
            r"all night|every night|from (?:the )?morning|again)\b",
            # round 11: children taken away to be out of reach ("I'm taking the kids over the border tonight") — not a holiday
            r"(?:taking|take|took|takin) (?:the|my|our|me) (?:kids|children|bairns|weans|baby|babby|chavvies|little ones?) (?:over the "
            r"border|abroad|out of the country|away)\b.{0,30}\b(?:tonight|never|nobody|no ?one|naebody|can'?t|cant|won'?t|wont|before "
            r"(?:court|the hearing|you)|without (?:telling|asking)|not coming back|for good)",
            # round 11: a child going about with adult men ("my 14yo is going to parties with men in their 20s")
            r"\b(?:1[0-5]|[4-9]) ?(?:yo|y/o|year old|yr old|years old)?\b.{0,40}\b(?:parties|party|going out|hang\w* (?:around|about|"
            r"out)|staying|sleeping|seeing|dating|meeting|drinking|getting in (?:their|his) cars?|messag\w*|talking to|goes out) "
            r"(?:\w+ )?with (?:men|man|lads|blokes|guys|boys) (?:in (?:their|his) (?:20s|30s|40s|50s|twenties|thirties|forties|fifties)|"
            r"(?:aged )?(?:over|about|around|nearly) (?:2\d|3\d|4\d))\b",
            # inbound_unseen17: taking the children to be hidden, a young child's whereabouts unknown
            r"take (?:the|my|our|me) (?:kids|bairns|weans|children|chavvies|baby|babby|wee ones?|little ones?) (?:where|somewhere) (?:none of (?:you|yous|youse)|nobody|no ?one|you|ye|yous|youse) (?:\w+ )?(?:will |\'?ll |wont |won\'?t )?(?:ever )?(?:find|see)",
            r"(?:nobody|no ?one|naebody|no1)(?: at (?:the |his |her )?(?:school|nursery))? (?:knows|kens|knew) where (?:they\'?(?:ve|ve)?|they|he|she|the (?:kids|bairns|weans|children)) (?:have |has |\'?ve |\'?s )?(?:went|gone|are|is|live|moved|took)",
            # inbound_unseen17: burns from an iron, a kettle or a cigarette
            r"(?:wee one|bairn|baby|babby|kid|toddler|little one|he|she|our \w+)(?:\'?s)? (?:got |has |was |been |has been |got himself |got herself )?(?:burnt|burned|scalded|blistered) (?:on|by|with|from|wi|off) (?:the|an|a) (?:iron|kettle|hob|cooker|fire|cigarette|fag|lighter|heater|oven)",
            r"(?:held|holds|put|puts|pressed|presses|pushed|pushes) (?:his|her|their|the (?:bairn|baby|kid|wean)\'?s) (?:hand|hands|arm|fingers?|face) (?:on|onto|against|in|under) (?:the|an|a) (?:kettle|iron|hob|cooker|fire|oven|hot tap|boiling)",
            # round 14: a baby or child left on its own all night or all day ("that baby upstairs is left all night on its own")
            r"(?:baby|babby|toddler|child|kid|kids|children|little (?:one|boy|girl)|bairn|wean|newborn)s?\b(?:(?!\bwith\b)[^.!?]){0,30}?"
            r"\b(?:is |are |gets |get |was |were |been |being )?(?:left|leave|leaves|leaving)\b(?:(?!\bwith\b)[^.!?]){0,25}?\b(?:(?:all|"
            r"most of the) (?:night|day|weekend|evening)|on (?:its|his|her|their) own (?:all|every|most)|overnight|home alone (?:all|"
            r"every|most))\b",
            # round 14: a young child's account of an adult's secret or bed games ("daddys friend does tickle games under the
            # covers with her")
            r"(?:tickle|tickling|secret|special|naughty|cuddle|cuddling|wrestling) games?\b[^.!?]{0,40}?\b(?:under (?:the|his|her) "
            r"(?:covers|duvet|blanket|quilt|sheets)|in (?:his|the|her|their|my) bed|in the bath|naked|no clothes|(?:a|our) secret|"
            r"not (?:to )?tell)\b",
            # round 14: a drug debt worked off by carrying or selling ("i owe them for the weed so now i gotta do a run down margate")
            r"(?:owe|owes|owed|owing|in debt to) (?:them|him|the lads|the olders|some lads|the man|these lads|a dealer|the dealer|"
            r"money|for (?:the|some) (?:weed|gear|bud|food|stuff|drugs))\b[^!?]{0,80}?\b(?:do (?:a )?(?:run|drop|shift)|(?:run|carry|"
            r"hold|move|drop|drop off|deliver|sell|shot) (?:some |a |their |the |his )?(?:bags?|packages?|parcels?|stuff|gear|drugs|food|"
            r"shots?|line|phone)|go country|work (?:it )?off)\b",
            # round 14 (a fourth sweep): children with signs of neglect who do not go to school; a child paid to carry parcels
            r"(?:head lice|nits|sores|dirty|filthy|smell|smelly|stink|same clothes|no shoes|rotten teeth|underweight|skinny|bruises)\b"
            r"[^.!?]{0,60}?\b(?:don'?t|dont|doesn'?t|doesnt|never|not|haven'?t|havent|hasn'?t|hasnt) (?:go|going|gone|been|attend\w*) "
            r"(?:to )?school\b(?! (?:today|tomorrow|this week|on \w+day)\b)",
            r"(?:paying|paid|pays|giving money to|gives money to|asked|asking|asks|making|made|makes|getting|gets|got) (?:my|our|her|his|"
            r"a|their|the) (?:\w+ )?(?:son|daughter|lad|boy|girl|kid|child|brother|sister|\d+ ?(?:yo|year old))\b[^.!?]{0,20}?\bto "
            r"(?:take|carry|deliver|drop|move|hold|run) (?:\w+ )?(?:parcels?|packages?|bags?|drugs|gear|phones?|packets?)\b(?![^.!?]"
            r"{0,30}\b(?:amazon|dpd|evri|hermes|royal mail|post office|yodel|ups|fedex|paper round)\b)",
            # round 14 (a seventh sweep): a child of 15 or under messaging men ("she's 11 and has been messaging men on an app")
            r"(?<![\d£$.:/-])(?:10|11|12|13|14|15|ten|eleven|twelve|thirteen|fourteen|fifteen)(?:\W?(?:yrs?|years?|yo|y/o)(?: old)?)?\b"
            r"(?![.:/%]\d| ?(?:pm|am|mins?|minutes|hours?|days?|weeks?|months?|quid|pounds?|miles?|%|kg|st)\b)[^.!?]{0,60}?\b"
            r"(?:messaging|messages|talking to|talks to|chatting (?:to|with)|chats (?:to|with)|meeting|meets|texting|snapchatting|"
            r"sending (?:pics|photos|pictures) to|dming|facetiming|video calling) (?:older |grown |adult |random |strange |grown up )?"
            r"(?:men|blokes|guys|adults|strangers|grown men|a man|an older man|a grown man|older lads)\b",
            # round 19b (inbound_unseen41): someone convicted of or known for harming a child with children again ("he's got a
            # new girlfriend with two little ones, she doesnt know about his conviction", "she's no idea he's on the register";
            # "he's moved in with a woman who has kids and he did time for what he did to my daughter")
            r"(?:conviction|convicted|record|previous|caution|did time|done time|served time|sex offender|on the (?:sex offenders? )?"
            r"register|schedule (?:one|1)|what (?:he|she) did to)\b[\s\S]{0,120}?\b(?:new (?:girlfriend|gf|partner|woman|bird|missus|"
            r"wife|boyfriend|bf|fella|man)|moved in with|living with|seeing|dating|babysit\w*|looking after) (?:\w+ ){0,3}?(?:with|who "
            r"has|who'?s got|that has|that'?s got|and her|and his|has got|has) (?:\w+ ){0,2}?(?:kids|children|little ones|a baby|"
            r"babies|bairns|weans|a little (?:girl|boy|one)|a daughter|a son|girls|boys)\b",
            r"(?:new (?:girlfriend|gf|partner|woman|bird|missus|wife|boyfriend|bf|fella|man)|moved in with|living with|seeing|dating|"
            r"babysit\w*|looking after) (?:\w+ ){0,3}?(?:with|who has|who'?s got|that has|that'?s got|and her|and his|has got|has) "
            r"(?:\w+ ){0,2}?(?:kids|children|little ones|a baby|babies|bairns|weans|a little (?:girl|boy|one)|a daughter|a son|"
            r"girls|boys)\b[\s\S]{0,120}?\b(?:his|her|their) (?:conviction|record|previous|past|caution|sentence|offence|offences)\b|"
            r"(?:new (?:girlfriend|gf|partner|woman|bird|missus|wife|boyfriend|bf|fella|man)|moved in with|living with|seeing|dating|"
            r"babysit\w*|looking after) (?:\w+ ){0,3}?(?:with|who has|who'?s got|that has|that'?s got|and her|and his|has got|has) "
            r"(?:\w+ ){0,2}?(?:kids|children|little ones|a baby|babies|bairns|weans|a little (?:girl|boy|one)|a daughter|a son|"
            r"girls|boys)\b[\s\S]{0,120}?\b(?:sex offender|on the (?:sex offenders? )?register|what (?:he|she) did to|did time|done "
            r"time|convicted)\b",
            r"(?:sex offender|on the (?:sex offenders? )?register|schedule (?:one|1) offender|what (?:he|she) did to)\b[\s\S]{0,80}?\b"
            r"(?:she|he|they)(?:'?s got| has got| has|'?ve got| have got| have) (?:\w+ ){0,2}?(?:kids|children|little ones|a baby|"
            r"babies|bairns|weans|a little (?:girl|boy|one)|a daughter|a son|girls|boys)\b",
            # round 19b (inbound_unseen41; with round 19's from inbound_unseen38, "ill tell u where our Keeley is"): a child's
            # whereabouts held back as a bargain or a threat ("send me a pic and i'll tell u where the kid is", "you'll never find out where the kids are", "i wont tell anyone where the baby is") — not
            # "I'll tell you where the kids are staying at half term" (a plan told)
            r"(?:and|n|then|an|if|till|until|unless|or) (?:i'?ll|ill|i will|i might|maybe i'?ll) (?:\w+ )?(?:tell|say|text|show) (?:you|u|ya|"
            r"ye) where (?:(?:the|my|our|his|her|your|ur|yer) (?:kid|kids|baby|bairns?|weans?|children|son|daughter|boy|girl|little "
            r"one|lad)|our \w+) (?:is|are|r|be|went|have gone|has gone|are staying|is staying)\b(?! (?:staying|going|playing) (?:at|for|on|"
            r"over)\b)",
            r"(?:you'?ll|youll|u'?ll|ull|you will|u will|no ?one will|nobody will|you|u) (?:never|not ever|won'?t ever) (?:find|find "
            r"out|know|see|get to know) where (?:the|my|our|his|her|your|ur|yer) (?:kid|kids|baby|bairns?|weans?|children|son|"
            r"daughter|boy|girl|little one) (?:is|are|r|went|have gone|has gone|'?s gone)\b|(?:i'?ll|ill|i will|i'?m|im) (?:never|not) "
            r"(?:tell|telling|saying) (?:you|u|ya|anyone|anybody|any1|no ?one|the police|the social) where (?:the|my|our|his|her|your|"
            r"ur) (?:kid|kids|baby|children|son|daughter|boy|girl|little one) (?:is|are|r)\b",
            # round 19b: drink or drugs used while the children were in the house or in the writer's care ("used again last
            # week while the kids were in", "got wasted with the baby asleep upstairs", "i was off my face when the kids were
            # home") — not a glass of wine after bedtime, nor "used the car while the kids were at school"
            r"(?:used|using|relapsed|slipped|got (?:drunk|wasted|smashed|high|off my face|steaming|hammered|mortal|pissed|stoned)|(?:i'?ve|"
            r"ive|i) (?:been )?(?:drinking|using) again|was (?:drunk|high|wasted|off my face|out of it|pissed|steaming|hammered|stoned|"
            r"mashed)|(?:took|taking|smoked|smoking|did|doing|had) (?:some |a bit of |a |a bag of |a line of )?(?:gear|heroin|crack|"
            r"coke|ket|spice|brown|white|weed|drugs|a line|a bag|pills|mdma))(?: again)?(?: (?:last night|last week|at the weekend|"
            r"yesterday|this morning|on \w+day|today|tonight))? (?:while|whilst|when|with) (?:the |my |me |our )?(?:kids|children|"
            r"baby|bairns|weans|little ones|boys|girls|son|daughter|youngest|eldest)(?: (?:were|was|are|is|r|still|all))* (?:in|home|"
            r"in the house|at home|in bed|asleep|upstairs|downstairs|here|with me|in my care|in the next room|there)\b",
        ),
    ),
    (
        "basic_needs",
        "No food, heating or shelter, or care not arriving: a welfare risk that needs a response today.",
        (
            r"no (?:food|gas|electric\w*|heating|heat|money for (?:food|the meter|gas|electric\w*)|nappies|milk|formula)"
            r"(?!\s+(?:man|men|engineer|bill|board|check|safety|fitter|reading|appointment|company|bank|parcel|voucher))"
            r"(?!\s+(?:at|in) (?:the |our |my )?(?:community centre|centre|office|school|church|hall|gym|library|club|college|"
            r"surgery|hospital|day centre|pool|leisure centre|village hall|work|group|cafe|shop|mosque|temple))",
            r"nothing (?:to eat|left to eat|in the (?:fridge|cupboards?)|left)",
            # round 13: baby milk, nappies or food run out ("run out of formula", "last nappy", "watering down his bottles")
            r"(?:run|ran|running|runnin|totally run|completely run) (?:right )?out (?:of|of all|of the|ov) (?:baby ?milk|formula|"
            r"forumla|formular|fomula|nappies|nappys|napies|nappy'?s|wipes and nappies|sma|aptamil|cow and gate|hipp|baby food|"
            r"food for (?:the|my|our) (?:baby|kids|children|little ones?))\b|(?:run|ran|running|runnin) out of (?:food|milk|"
            r"everything)\b.{0,60}\b(?:baby|babys|baby'?s|kids|children|little one|toddler|bairns?|weans?|newborn|son|daughter)\b|"
            r"(?:on|down to) (?:my|our|the|me|his|her|their) (?:last|final) (?:nappy|scoop of (?:formula|milk)|tin of "
            r"formula|bottle of formula|bit of formula)\b|(?:watering|water) down (?:the |his |her |their |my |me )?(?:formula|baby ?milk|bottles?|feeds?)\b|"
            r"(?:no|got no|aint got|ain'?t got|haven'?t got|havent got|not got|cant get|can'?t get|cant buy|can'?t buy) (?:any )?"
            r"(?:more )?(?:formula|baby ?milk|nappies|nappys)\b(?! (?:at|in) (?:the )?(?:shop|tesco|asda|aldi|lidl))|(?:shop|shops|"
            r"offy|offie) (?:wont|won'?t|will not|wouldn'?t|wouldnt) (?:give|let) me (?:any )?(?:tick|anything on tick)\b",
            r"(?:haven'?t|havent|hasn'?t|hasnt|not) (?:eaten|had (?:a proper meal|food|anything to eat|a meal))",
            # round 11: "weve had no tea 2 nights running" (tea is the evening meal)
            r"(?:had |have |having |gone |go |gone without |going without )?(?:no |without (?:any )?)(?:tea|dinner|supper|food|meal|"
            r"breakfast|lunch|proper meal|hot meal)s? (?:for )?(?:\d+|two|three|four|five|a few|several) (?:nights|days|meals)\b|"
            r"(?:\d+|two|three|four|five) (?:nights|days) (?:running|in a row)\b.{0,20}\b(?:no|without) (?:tea|dinner|supper|food)",
            r"(?:baby|kids|children|child|son|daughter|little one)'?s? (?:is |are |r )?(?:hungry|starving|freezing|cold)"
            r"(?!\s+(?:at|in|on|out|outside|waiting)\b)(?!\W+(?:what time|when'?s|lol|haha|after|from|so))",
            r"(?:hungry|starving|freezing) (?:kids|children|baby)",
            r"starv(?:es|ed|ing) (?:me|us|him|her|them)",
            r"(?:sleeping|sleepin|slept|kipping|kippin|dossing) (?:in (?:the|my|a|our) (?:car|van|tent|park)|rough|on the streets?|outside)",
            r"nowhere to (?:go|sleep|stay|live)",
            r"(?:been |got |getting )?evicted",
            r"kicked (?:us|me) out",
            r"homeless",
            r"(?:sleeping|slept|sleep|kipping) (?:in (?:a|the) (?:shop )?doorway|on (?:a|the) bench|in (?:a|the) stairwell|"
            r"at the (?:bus |train )?station|under (?:a|the) bridge|in (?:a|the) bus shelter)",
            r"(?:landlord|council|housing|he|she|they|agent) (?:has |have |'?s )?(?:changed|changing|change) the locks|"
            r"locked (?:us|me|her|him) out",
            r"(?:sleeping|sleep|kipping|kip|staying|stopping|dossing) on (?:a |my |me |our |some ?one'?s |some ?body'?s |the )?"
            r"(?:\w+'?s? )?(?:floor|sofa|couch|settee)|sofa ?surf\w*",
            r"(?:got|been|getting|gets|get) (?:kicked|chucked|thrown|put) out\b(?! of (?:the )?(?:pub|club|class|lesson|shop|game))",
            # temporary accommodation that is no place for a family: a whole family in one room, nowhere to cook
            r"(?:all|\d+|three|four|five|six|seven) of us in (?:one|1|a single|the same) (?:room|bed)|"
            r"(?:in|share|sharing) (?:one|1|a single) room\b.{0,40}\b(?:kids|baby|children|cook\w*|kitchen)|"
            r"(?:no|without a|without any|not even a) (?:cooker|cooking|kitchen)\b|"
            r"(?<!\blad )(?<!\bsomeone )(?<!\bbloke )(?<!\bguy )(?<!\bwoman )(?<!\bstaff )"
            r"(?<!\btenancy )(?<!\bweek )(?<!\bnight )(?<!\bleaving )(?<!\bleave )(?<!\bout of )"
            # round 15: something of the hostel's ("the washing machine in the hostel is broke again")
            r"(?<!\bmachine )(?<!\bmachines )(?<!\bdryer )(?<!\bkitchen )(?<!\blaundry )(?<!\bshower )(?<!\bshowers )"
            r"(?<!\btoilet )(?<!\btoilets )(?<!\bwifi )(?<!\bwi-fi )(?<!\btelly )(?<!\btv )(?<!\blift )(?<!\bmicrowave )"
            r"(?<!\bfridge )(?<!\bmanager )"
            r"(?:in|at|living in|stuck in|put us in|placed in) (?:a|the) (?:b ?& ?b|bed and breakfast|hostel)\b"
            r"(?!.{0,20}\b(?:till|until|for a night)\b)(?!.{0,50}\b(?:new (?:flat|house|home|place)|moving|move out|moved out|"
            r"got (?:a|the|my|our) (?:flat|house|place|keys)))",
            # round 19 (inbound_unseen39): care that came late ("didnt turn up till gone 11") is a complaint, not care not arriving
            r"carers? (?:haven'?t|havent|hasn'?t|hasnt|didn'?t|didnt|never|not) (?:been|come|came|turn(?:ed)? up|shown up|"
            r"show(?:ed)? up)(?! (?:till|until|til|while|before)\b)",
            r"without (?:any )?(?:heating|heat|gas|electric\w*|food|hot water|power)",
            r"(?:haven'?t|havent|hasn'?t|hasnt) had (?:a )?(?:hot|proper|decent|warm) meal",
            r"(?:not|isn'?t|isnt) answering (?:the|his|her) (?:door|phone)\b.{0,30}\b(?:days|week|weeks)|"
            r"(?:days|week|weeks)\b.{0,40}\b(?:not|isn'?t|isnt) answering (?:the|his|her) (?:door|phone)",
            r"(?:no one|nobody|no1) (?:has )?(?:checked on|seen|heard from)",
            r"same (?:pad|nappy|nappies|pads|clothes) (?:since|for|all)",
            # round 19 (inbound_unseen39): widened with the words people use ("sat in her own piss since yesterday")
            r"in (?:her|his|their|my|me) own (?:mess|urine|wee|poo|faeces|piss|pee|shit|sick|vomit|excrement|filth|muck)",
            # round 19 (inbound_unseen39): an adult left on a commode, a toilet or the floor for hours ("the carer left her sat
            # on the commode for over 2 hours", "they left dad on the toilet for an hour and a half")
            r"(?:left|leave|leaves|leaving|forgot|forgotten|forget) (?:him|her|them|me|mum|mam|dad|nan|grandad|my \w+|\w+) "
            r"(?:sat |sitting |sitting there |stuck |lying |laid |lay )?(?:on|in) (?:the|a|her|his|their|my) (?:commode|toilet|loo|"
            r"bedpan|floor|bathroom floor|shower chair|hoist|sling)\b[^.!?]{0,25}?\b(?:for (?:over |more than |nearly |almost |about "
            r"|around )?(?:an? hour(?: and a half)?|hours|ages|(?:\d+|one|two|three|four|five|half an?) (?:hours?|hrs?))|all (?:day|"
            r"night|morning|afternoon)|overnight|till|until)",
            r"(?:hasn'?t|hasnt|haven'?t|havent|not) (?:answered|been answering|picked up|replied)\b.{0,20}\b"
            r"(?:in|for) (?:\d+|two|three|four|a few|several) days",
            r"(?:can'?t|cant|cannot) afford (?:food|to eat|gas|electric\w*|heating|nappies|milk|formula)",
            # a cold home (inbound_unseen9): heating off for days, too dear to put on, living in a coat indoors
            r"(?:can'?t|cant|cannot|couldn'?t|couldnt) afford (?:to (?:put|turn|have|keep|run) )(?:the )?(?:heating|heat|gas|"
            r"electric\w*|fire|boiler|it)(?: on)?\b",
            r"(?:heating|gas|electric\w*|power|boiler|hot water)(?:'s|s| is| has| have)? (?:been )?(?:off|broken|broke|not working|"
            r"cut off) (?:for |since )?(?:weeks|days|ages|a week|a month|\d+ (?:days|weeks)|last \w+|a fortnight|over a week)\b",
            # round 11: a cold room told in degrees ("it's 8 degrees in her lounge")
            r"(?<![\d.])(?:[0-9]|1[0-2]) ?(?:degrees|°c?|c)\b (?:in|inside) (?:the|her|his|my|our|their|mum'?s|dad'?s|nan'?s) (?:lounge|"
            r"house|flat|room|bedroom|living room|home|kitchen|front room|bungalow)",
            r"(?:wearing|wear|wore) (?:my |our |me |their |his |her )?coats? (?:in bed|to bed|indoors|inside|in the (?:house|flat))|"
            r"(?:sitting|sat|sit|sleeping|sleep|wrapped|huddled) (?:up )?in (?:my|our|me|their|his|her) (?:coats?|blankets?|duvets?)"
            r"(?! (?:at|on|in|outside|waiting)\b)",
            r"(?:meter|gas|electric\w*) (?:has |'s |is )?(?:run out|ran out|gone off|been cut off|cut off)",
            r"(?:nobody|no one|no1|noone|nobody'?s|no ?one'?s) (?:has )?(?:been|come|came) (?:to see|round|in)",
            r"still in bed",
            r"(?:hasn'?t|not) (?:eaten|had a wash|been washed)",
            r"no (?:money|cash) (?:for|at all|left)",
            # hoarding and self-neglect (inbound_unseen11): a home full to the ceiling, rats, not washed for weeks
            r"(?:house|flat|home|bungalow|place|room|kitchen)\b.{0,25}\b(?:full to the (?:ceiling|brim|rafters|roof)|piled (?:high|up "
            r"to)|overrun|infested|crawling with|covered in (?:rubbish|bags|mess|mould|poo|faeces))|hoarding|hoarder",
            r"(?:there'?s|theres|there are|got|seen|with|full of) (?:rats|mice|maggots|fleas|cockroaches)\b",
            r"(?:hasn'?t|hasnt|not|haven'?t|havent|hadn'?t|hadnt|never) (?:washed|bathed|showered|had a (?:wash|bath|shower)|changed "
            r"(?:his|her|their|my) clothes)\b.{0,10}\b(?:in|for) (?:weeks|days|months|ages|\d+|a (?:week|month|fortnight))",
            # round 11: pressure sores and neglect of an older or disabled person ("a pressure sore on her heel", "left in a
            # soiled pad all night", "not been given a drink all day at the home", "they leave her in bed all day")
            r"pressure (?:sores?|ulcers?|damage)|bed ?sores?|(?<!\bcold )(?<!\bmouth )(?<!\bcanker )(?:sores?|wounds?|ulcers?) (?:on "
            r"(?:his|her|their|my) (?:\w+ )?(?:bum|bottom|back|heels?|hips?|legs?|feet|foot|sacrum|side|ankles?) )?(?:is |are |"
            r"has |have |'?s |'?ve )?(?:gone |going |turned |turning )?(?:weeping|infected|oozing|smell\w*|black|open|bleeding|"
            r"festering|maggots)|(?:got|has|have|with|covered in|full of) (?:\w+ )?sores (?:on|all over) (?:her|his|their|my) "
            r"(?:bottom|bum|back|heels?|hips?|legs?|feet|body|skin)",
            r"(?:never|not|don'?t|dont|didn'?t|didnt|haven'?t|havent|hasn'?t|hasnt|won'?t|wont) (?:\w+ )?(?:turn|turned|turning|"
            r"reposition\w*|roll|rolled|move|moved) (?:him|her|them|mum|mam|dad|nan|grandad) (?:in bed|over|at night|every|regularly|"
            r"properly|at all)\b|(?:never|not|don'?t|dont) (?:\w+ )?(?:turn|reposition) (?:him|her|them)\b",
            r"(?:left|leave|leaves|leaving|lying|laying|lay|sat|sitting|found (?:him|her|them)) (?:him|her|them|mum|mam|dad|nan|grandad|"
            r"my \w+)? ?in (?:a |her |his |their )?(?:soiled|wet|dirty|soaking|soaked|full|sodden|stinking) (?:pads?|nappy|nappies|"
            r"sheets|bed|clothes|incontinence pads?|knickers|underwear)",
            r"(?:hasn'?t|hasnt|haven'?t|havent|not|never|didn'?t|didnt|wasn'?t|wasnt|weren'?t|werent)\s+(?:been\s+)?(?:given|had|offered|"
            r"brought) (?:a |any(?:thing)? |anything to )?(?:drink|drinks|water|food|eat|to eat|to drink|meal|dinner|lunch|breakfast|"
            r"fluids|cup of tea|cuppa)\b.{0,40}\b(?:all day|since|for (?:hours|days|\d+)|at the (?:care )?home|on the ward|today|"
            r"yesterday)",
            r"(?:is|was|are|were|gets|get|being|been|keeps? being) left in (?:bed|her room|his room|their room|the chair|a chair|his "
            r"chair|her chair) (?:all day|for days|all the time|every day|all night|for hours)\b|"
            r"(?:leave|leaves|left|leaving|keep|keeps|kept) (?:him|her|them|mum|mam|dad|nan|grandad|my \w+) in (?:bed|her room|his room|"
            r"their room|the chair|a chair|his chair|her chair) (?:all day|for days|all the time|every day|all night)\b|"
            r"(?:don'?t|dont|doesn'?t|doesnt|won'?t|wont|never|didn'?t|didnt|not) (?:even )?(?:help|helping|feed|feeding|support) "
            r"(?:him|her|them|mum|mam|dad|nan|grandad) (?:to )?eat\b",
            # round 11: an older neighbour not seen ("curtains shut and milk piling up on the step")
            r"(?:curtains|blinds) (?:have been |are |'?ve been |been |still )?(?:shut|closed|drawn) (?:for|since|all (?:day|week))|"
            r"(?:milk|post|mail|letters|papers|newspapers|bottles|parcels) (?:\w+ )?(?:piling|piled|building|stacking|stacked) up\b",
            # round 19b (inbound_unseen41): an adult who needs care left in their own urine or faeces, in the words of anger
            # ("Mum can lie in her own piss for all I care"), and a carer saying they will no longer change, wash or feed them
            r"(?:in|lie in|lay in|sit in|sitting in|lying in|laying in|rot in|stew in) (?:her|his|their) own (?:piss|pish|pee|shit|"
            r"sh\*t|filth|excrement|sick|vomit|mess|urine|wee|poo|faeces)\b",
            r"(?:i'?m|im|i am|i'?ll|ill|i will|i won'?t|i wont|not) (?:not )?(?:changing|change|washing|wash|feeding|feed|toileting|"
            r"cleaning|clean up after|bathing|turning|lifting) (?:my )?(?:mum|mam|dad|nan|gran|grandad|husband|wife|her|him|them)"
            r"(?: any ?more| no more| again)\b(?![^.!?]{0,40}\b(?:nappy|nappies|potty|dry|toilet trained|pull ?ups|pants|big girl|"
            r"big boy|carers? (?:do|does|will)|nurse)\b)",
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
            r"(?:partner|husband|wife|son|daughter|baby|mum|mam|dad|boyfriend|girlfriend|nan|grandad|brother|sister)(?:'?s| is) "
            r"(?:\w+ )?fitting\b",
            r"collapsed",
            r"chest pains?",
            r"blood everywhere",
            r"(?:won'?t|wont|will not) stop bleeding",
            r"bleeding (?:a lot|heavily|badly)",
            r"(?:swallowed|drunk|drank|ate|eaten|had) (?:a |an |some |my |me |the |his |her |one of my |some of my )?"
            r"(?:bleach|poison|tablets|pills|batter(?:y|ies)|button batter\w*|magnets?|methadone|heroin|crack|weed|"
            r"dishwasher tablets?|washing (?:tablets?|pods?|capsules?)|liquitabs?)\b",
            r"(?:no|run out of|ran out of|none of (?:my|his|her)|haven'?t got any|havent got any|hasn'?t got any|without (?:any|my|his|her)) "
            r"(?:\w+ )?(?:insulin|inhaler|epipen|epi-?pen|oxygen|anti ?psychotics|seizure meds|epilepsy meds|lithium|clozapine|"
            r"olanzapine|quetiapine|risperidone|methadone|subutex|buprenorphine|epilim|keppra|lamotrigine|heart tablets|blood "
            r"thinners|warfarin|steroids|hydrocortisone|depot|anti-?epileptics?)(?!.{0,40}\b(?:picking up|pick up|collect\w*|"
            r"getting (?:a )?new|repeat prescription|ordered|(?:at|from) the (?:chemist|pharmacy)|chemist at|pharmacy at))",
            r"(?:going|gone|turning|turned) blue|wheez\w*",
            r"(?:can'?t|cant|cannot) lift (?:her|him|them|mum|dad|nan|grandad)",
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
            # round 18 (inbound_unseen36): not a request for help with a task ("can someone help me fill it in", "could someone
            # help me understand this letter", "someone help with the housing application") — "someone help me find my son" is
            # still read
            r"(?:somebody|someone) help(?! (?:me |us )?(?:to )?(?:fill\w*|sort\w* (?:out )?(?:the|my|this|a|an|it|these|out)|"
            r"complete|understand|apply|read|write|translate|print|set up|figure|work out|check (?:the|my|this|it|over)|look (?:at|over) "
            r"(?:the|my|this|it)|with (?:the|my|this|a|an|these|those|our|some|it|filling|forms?|paperwork))\b)",
            r"call (?:the )?police",
            r"(?:face|mouth|smile) (?:is |has |'?s )?(?:gone )?droop\w*|slurr\w*|(?:having|had) a stroke",
            r"(?:can'?t|cant|cannot) (?:talk|speak) properly",
            r"(?:can'?t|cant|cannot) feel (?:my|her|his) (?:legs|arms|face|body|side)",
            r"(?:arm|face|side)(?:'s| has| is)? gone numb",
            r"(?:lips|face|he|she|baby)(?:'s| is| are)? (?:going|gone|turning|turned) (?:blue|purple|grey)",
            r"(?:is |he'?s |she'?s |baby'?s )choking",
            r"allergic reaction|anaphyla\w*|throat (?:is )?(?:closing|swelling)",
            r"bleeding (?:loads|lots|everywhere|a lot)",
            r"(?:bleed\w*|fit\w*|seizure\w*|shaking|vomit\w*|being sick)\b.{0,20}\b(?:won'?t|wont|will not|doesn'?t|not) stop",
            r"(?:having|had|has) (?:a )?fit\b(?!\s+(?:about|over|at|when|because|cos|coz|that|if|of))",
            r"wander\w* (?:out|off)\b",
            r"rash\b.{0,40}\b(?:glass|doesn'?t fade|won'?t fade|not fading|doesn'?t go)|glass test|meningitis|sepsis",
            r"waters (?:have |'ve )?(?:broken|broke|gone)|(?:in|gone into|going into) labour|contractions",
            r"(?:inhaler|pump) (?:isn'?t|isnt|is not|not|doesn'?t|doesnt) (?:working|helping)|asthma attack",
            r"(?:hit|banged|bumped) (?:her|his|my|their) head\b.{0,30}\b(?:sick|vomit\w*|sleepy|drowsy|unconscious|bleeding|"
            r"won'?t wake|floppy|blood)",
            r"(?:on|off) the (?:\w+ )?floor (?:all night|for hours|since)|(?:been|lying|laying|lay|stuck) on the (?:\w+ )?floor",
            r"(?:can'?t|cant|cannot) (?:lift|get) (?:her|him) up",
            r"(?:nan|nana|mum|mam|dad|grandad|gran|grandma|husband|wife|partner|son|daughter|she|he)(?:'s| is|s)? "
            r"(?:not|isn'?t|isnt) making (?:any )?sense",
            r"(?:can'?t|cant|cannot) wake (?:him|her|them|the baby|my \w+)",
            r"(?:he'?s|she'?s|hes|shes|has|have|just|keeps) pass(?:ed|ing) out",
            r"pains? in (?:my|his|her) chest|chest (?:is )?(?:tight|hurting|hurts|feels tight)",
            # inbound_unseen11: a baby not moving in pregnancy, blood in vomit, unable to stand
            r"(?:can'?t|cant|cannot|not) feel(?:ing)? (?:the|my) baby (?:move|moving|kick\w*)|baby (?:hasn'?t|hasnt|has not|not|stopped) "
            r"(?:moved|moving|kicking|kicked)(?! (?:from|off|out of|away from) )|reduced (?:foetal |fetal )?movements?",
            # round 11: fumes and fire ("headaches and dizzy, i think its the boiler", "the flat's on fire")
            r"carbon monoxide|co alarm (?:is )?(?:going off|beeping)|(?:smell|smells|smelling) (?:of )?gas\b|gas leak|(?:headaches?|dizzy|"
            r"dizziness|drowsy)\b.{0,50}\b(?:boiler|gas fire|heater|fumes|the fire)\b|(?:boiler|gas fire|heater|fumes)\b.{0,50}\b"
            r"(?:headaches?|dizzy|dizziness|drowsy|passed out)",
            r"(?:flat|house|kitchen|building|home|block|room|bedroom|garage|shed|place|hallway|stairs|landing)(?:'s| is| are|s) on fire\b|"
            r"there'?s a fire (?:in|at|next|upstairs|downstairs)|smoke (?:is )?(?:coming|pouring|billowing) (?:from|out of|under)",
            # round 11: falls and blackouts again and again ("keeps going blank and falling")
            r"(?:keeps|kept|keep|been) (?:\w+ )?(?:falling|falling over|going blank|blacking out|collapsing|fainting|passing out|"
            r"losing consciousness)\b(?! (?:asleep|in love|out with|behind|for))",
            r"blood in (?:his|her|my|the|their) (?:sick|vomit|poo|wee|stools?|urine|nappy)|(?:coughing|coughs|coughed|vomit\w*|being "
            r"sick|throwing up|threw up|sicking|been sick|is sick|was sick|sick) (?:up )?(?:blood|black)",
            r"(?:can'?t|cant|cannot) (?:stand|walk|get) up\b(?! (?:to|for) )|(?:can'?t|cant|cannot) stand\b(?! (?:him|her|them|it|"
            r"the|this|that|my|your|ur|being|when|people|anyone))",
            # inbound_unseen17: symptoms, not the word emergency ('hip all twisted and she's screaming', insulin not taken for days)
            r"(?:hip|leg|arm|ankle|wrist|knee|shoulder)(?:\'?s| is| looks| has gone)? (?:all |gone )?(?:twisted|bent|at a (?:funny|weird|wrong|strange) angle|the wrong way|pointing the wrong way)",
            r"(?:screaming|crying out|howling|screamin) (?:in|with|wi) (?:pain|agony)",
            r"(?:not|haven\'?t|havent|hasn\'?t|hasnt|stopped|aint|ain\'?t|nae) (?:took|taken|taking|had|done|injected) (?:my|me|his|her|any) insulin",
            r"rash (?:that |which )?(?:doesn\'?t|doesnt|does not|won\'?t|wont|dinnae|didn\'?t|didnt|isn\'?t|isnt) (?:go|fade|disappear|going|fading|blanch)\w*",
            r"non[- ]?blanching|glass test",
            r"(?:lips|face|he|she|hes|shes|he\'?s|she\'?s) (?:is |are |has |have |\'?s )?(?:gone|going|turned|turning) (?:blue|grey|gray)",
            r"(?:not|isn\'?t|isnt|wasn\'?t|wasnt) (?:responding|responsive|answering when i shake)|unresponsive|(?:can\'?t|cant|cannot) (?:rouse|wake) (?:him|her|them)",
            r"(?:one side of (?:his|her|my|me) face|(?:his|her|my) (?:arm|face) (?:has )?(?:gone|went) (?:all )?(?:numb|dead|floppy|weak))",
            r"(?:naloxone|narcan)",
            # round 11: a medicine given or taken by mistake ("double the calpol by mistake", "the wrong dose", "took my tablets
            # twice") — not a dose the doctor changed
            r"(?:by mistake|by accident|accidentally|in error|mixed up)\b.{0,40}\b(?:dose|doses|medicine|medication|meds|tablets|pills|"
            r"calpol|nurofen|paracetamol|ibuprofen|insulin|methadone|inhaler|blood thinners?|warfarin|morphine|patch)|(?:dose|doses|"
            r"medicine|medication|meds|tablets|pills|calpol|nurofen|paracetamol|insulin|methadone|blood thinners?|warfarin)\b.{0,40}"
            r"\b(?:by mistake|by accident|accidentally|in error|twice)\b",
            r"(?:the )?wrong (?:dose|medicine|medication|meds|tablets|pills|insulin|amount of (?:medicine|calpol|paracetamol|insulin))|"
            r"(?:double|twice|two lots of|too much|extra|a double) (?:the |his |her |my |a )?(?:dose|doses|calpol|nurofen|paracetamol|"
            r"medicine|insulin|methadone|morphine)\b|(?:took|taken|had|given|gave|give) (?:my|his|her|their|the|mum'?s|dad'?s|nan'?s) "
            r"(?:\w+ )?(?:tablets|pills|meds|medication|dose|insulin|medicine) (?:twice|two times|double)\b|"
            r"(?:twice|two times|double|two lots|2 lots|someone else'?s|somebody else'?s|some ?one elses)\b.{0,40}\b(?:by mistake|by "
            r"accident|accident(?:al)?ly|accidently|in error)|(?:gave|given|give|giving) (?:him|her|them|dad|mum|mam|nan|grandad|my \w+) "
            r"(?:someone|somebody|some ?one) else'?s (?:tablets|pills|meds|medication|medicine|insulin|dose)\b|(?:accident(?:al)?ly|"
            r"accidently|by accident|by mistake) (?:took|taken|had|gave|given|swallowed|double[ -]?dosed|overdosed)\b",
            r"(?:a )?(?:week'?s|weeks|month'?s|months|days'?) (?:worth|supply) of (?:her|his|my|their|the) (?:\w+ )?(?:tablets|pills|meds|"
            r"medication)\b.{0,20}\b(?:at once|in one go|all at once|by mistake)",
            # round 14 (a third sweep): something taken, eyes rolling
            r"eyes (?:are |were |keep |keeps |kept |started |starting )?rolling(?: back| about| up)?\b|(?:he'?s|she'?s|hes|shes|he has|"
            r"she has|they'?ve|theyve|they have|i think (?:he|she) (?:has|'?s)) (?:taken|took|swallowed|had) something\b(?! (?:from|off|"
            r"of|out|back|to|for|home|with|in|on|that|which)\b)",
        ),
    ),
    (
        # round 18 (inbound_unseen36): the writer means to hurt someone else ("im going round to batter my ex", "gonna go
        # round and kick his head in", "I'm going to smash my ex's face in", "im gonna glass the lad who did this", "ill give
        # her a good hiding"): a risk of harm to others. A threat to the worker is read by _THREAT_OF_VIOLENCE; a threat to
        # kill "him" or "her" by _THREAT_TO_KILL.
        "harm_to_others",
        "The writer says they mean to hurt someone: a risk of harm to others. Contact them now and follow the safeguarding "
        "procedure (warn the person at risk where needed).",
        (
            r"(?:i'?ll|ill|i will|i'?m (?:going|gonna|gunna)(?: to)?|im (?:going|gonna|gna|gunna)(?: to)?|i'?ma|imma|gonna|"
            r"going to|i am going to|i swear i'?ll|swear down i'?ll|we'?re gonna|we'?ll|(?:going|goin|heading)(?= (?:round|over|up|down|across)\b)) (?:(?:go |come |get |head |be )?(?:round|"
            r"over|up|down|across|(?<=go )in|(?<=come )in)(?: there| to (?:his|hers|theirs|their|her|the|my) ?\w*)? (?:and |to |n |an )?)?(?:fucking |"
            r"bloody |f\w*ing )?(?:(?:kill|murder)(?! my (?:\w+ )?(?:brother|sister|son|daughter|husband|hubby|wife|fella|"
            r"partner|boyfriend|bf|girlfriend|gf|missus|kids?|mum|mam|dad|cousin|brothers|sisters|mate|bestie)\b) "
            + _THIRD_PERSON + r"|(?:stab|shank|batter|glass|bottle|knife|shoot|strangle|throttle|leather|lamp|deck|twat|punch|"
            r"slap|beat) " + _THIRD_PERSON + r"(?! (?:at|on|in) (?:pool|darts|snooker|chess|cards|fifa|fortnite|a game|"
            r"bingo)\b)|(?:kick|smash|cave|stove|punch|batter) (?:his|her|their|that \w+'s|the \w+'s) (?:\w+ )?(?:head|face|teeth|"
            r"skull|jaw) in|(?:kick|smash|cave|stove|punch|batter) " + _THIRD_PERSON + r"(?:'s)? (?:head|face|teeth|skull|jaw) in|"
            r"(?:knock|lay|spark) " + _THIRD_PERSON + r" (?:out|spark out|sparko)|do " + _THIRD_PERSON + r" (?:in|over)|(?:beat|"
            r"smash|batter|cut) " + _THIRD_PERSON + r" up|beat " + _THIRD_PERSON + r" (?:black and blue|senseless|to death|to a "
            r"pulp))\b",
            r"(?:i'?ll|ill|i will|i'?m (?:going|gonna)(?: to)?|im (?:going|gonna|gna)(?: to)?|gonna|going to) give (?:him|her|them|"
            r"my ex|that \w+|the \w+) (?:a |the )?(?:good |proper |right )?(?:hiding|kicking|beating|battering|leathering|"
            r"doing|pasting|slap|smack|seeing to)\b",
        ),
    ),
    (
        # round 11: a message that is only a cry for help ("help me", "HELP", "pls help", "i need help now") — not a
        # request for help with something ("can you help me with the form", "need help with the appeal")
        "cry_for_help",
        _CRY_FOR_HELP,
        (
            # (a message that is nothing but "help": _ONLY_A_CRY_FOR_HELP, below)
            r"(?:i|we) (?:really )?need (?:help|someone|somebody|an ambulance|the police) (?:now|right now|urgently|asap|quick|"
            r"please)\b(?! (?:with|to|for|filling|on|about|sorting)\b)",
            r"help me\W*(?:please\W*|pls\W*)?(?:!{2,}|help me)",
        ),
    ),
    # ---- round 20b (inbound_unseen43) ---------------------------------------------------------------------------------
    (
        "violence_abuse",
        "Someone describes violence, threats or abuse: a possible domestic abuse or safeguarding disclosure.",
        (
            # round 20b: something heavy thrown at the writer or the children, hitting or missing ("he threw the telly but it
            # missed me lol", "she lobbed a plate at my head", "chucked a mug at me", "threw his phone at the baby's cot") —
            # not a ball or a toy
            r"(?:threw|throws|thrown|throwing|chucked|chucks|chucking|lobbed|lobs|hurled|flung|launched) (?:the |a |his |her |my |me |"
            r"their |our |an |some |that )?(?:\w+ )?(?:telly|tv|plate|plates|glass|glasses|mug|mugs|cup|cups|bottle|bottles|chair|"
            r"chairs|phone|remote|ashtray|knife|knives|pan|pans|iron|lamp|kettle|brick|bricks|stone|stones|shoe|boot|laptop|hammer|"
            r"stool|table|plant pot|vase|ornament|drink|pint|can|tin|candle|bowl|jar|hot tea|hot coffee|boiling water|"
            r"stuff|things)\b(?: (?:across the room |through the air |straight )?(?:at|towards|over) (?:me|my (?:head|face)|us|"
            r"the (?:kids|baby|children|bairns|wall by my head)|her|him|my (?:son|daughter|mum|mam|kids|baby))\b|[^.!?]{0,40}?\b(?:it |"
            r"that |which )?(?:just |only just |narrowly |barely )?(?:missed|hit|caught|smashed on|skimmed|clipped) (?:me|my (?:head|"
            r"face|arm|leg|back)|us|the (?:kids|baby|children)|the wall (?:by|next to|behind) (?:me|my head|the baby))\b)",
        ),
    ),
    (
        "child_at_risk",
        "A child may be at risk, missing or without care: act on it now.",
        (
            # round 20b: a parent taking the children away to hide from the service ("I've got the kids in the car and we're
            # going where none of you will ever find us", "you'll never see them again", "taking the baby somewhere you lot
            # wont find us")
            r"(?:where|somewhere|someplace) (?:(?:none of you|no ?one|nobody|none of them) (?:will |'ll |can |could |is gonna |is going "
            r"to )?(?:ever )?|(?:you|u|ya|you lot|u lot|the social|social services|social|the police|the courts?|they|them) (?:will |'ll "
            r"|can |could )?(?:ever |never |not |won'?t |wont |cant |can'?t )(?:ever )?)(?:find|track (?:us|them) down|see) (?:us|them|"
            r"me and the (?:kids|baby)|the (?:kids|baby|children)|my (?:kids|baby|children))\b",
            r"(?:you'?ll|youll|u'?ll|ull|you will|u will|you lot will|none of you will|nobody will|no ?one will|you|u) (?:never|not "
            r"ever) (?:see|find) (?:the|my|our|his|her) (?:kids|children|baby|bairns|weans|little ones|son|daughter|boy|girl|grandkids)"
            r" (?:again|ever again)\b",
            # round 20b: a child of 15 or under pregnant or sleeping with someone ("my girlfriends 15 and pregnant", "she's only
            # 14 and she's pregnant", "pregnant at 13", "he's sleeping with a 14 year old")
            r"(?:1[0-5]|ten|eleven|twelve|thirteen|fourteen|fifteen)(?: ?(?:years?|yrs?) ?(?:old)?| ?yo)? (?:and|&|n) (?:she'?s |shes |"
            r"she is |is |now |already )?(?:pregnant|preggers|preggo|expecting|up the duff|having (?:a|his|their) baby)\b",
            r"(?:1[0-5]|twelve|thirteen|fourteen|fifteen) ?(?:year|yr)s? ?old(?:'s| is| was| has been| got)? (?:only )?(?:\w+ )?"
            r"(?:pregnant|preggers|up the duff)\b",
            r"(?:pregnant|preggers|expecting|up the duff|had a baby|having a baby) (?:at|aged|age) (?:1[0-5]|ten|eleven|twelve|thirteen|"
            r"fourteen|fifteen)\b",
            r"(?:sleeping|sleepin|having sex|had sex|shagging|doing it|been with) (?:with )?(?:a |an )?(?:1[0-5]|twelve|thirteen|"
            r"fourteen|fifteen) ?(?:year old|yr old|yo|y/o)\b",
            # round 20b: a child bitten or attacked by a dog ("dog bit the baby on the face", "next door's staffy went for our
            # Mia", "she's been bitten by his dog")
            r"(?:dog|dogs|staffy|staffie|pitbull|pit bull|bully|xl bully|rottweiler|alsatian|husky|puppy)(?:'s| has| had)? (?:\w+ )?"
            r"(?:bit|bitten|bites|attacked|attacks|mauled|savaged|went for|gone for|goes for) (?:(?:the|my|our|his|her|their|me) "
            r"(?:\w+ )?(?:baby|babby|son|daughter|child|kid|kids|boy|girl|little one|toddler|youngest|eldest|bairn|grandson|"
            r"granddaughter|lad|lass)|(?:our|my) (?!(?:cat|cats|dog|dogs|rabbit|puppy|kitten|bag|shoes?|postman|post|ball|toy|"
            r"toys|slippers?|sofa|chair|hand|leg|arm|finger|ankle)\b)\w+)\b",
            r"(?:baby|babby|son|daughter|child|kid|boy|girl|little one|toddler|youngest|eldest|bairn|he|she|hes|shes|he'?s|she'?s)"
            r"(?:'s| has| was| got| is)? (?:been |got |just )?(?:bitten|bit|attacked|mauled|savaged) by (?:a|the|his|her|their|our|"
            r"next door'?s|the neighbou?rs?'?|my \w+'?s) (?:[\w']+ )?(?:dog|dogs|staffy|staffie|pitbull|bully|rottweiler|alsatian|"
            r"husky)\b",
        ),
    ),
    (
        "basic_needs",
        "No food, heating or shelter, or care not arriving: a welfare risk that needs a response today.",
        (
            # round 20b: an adult with dementia or confusion wandering off, found out at night or on a road ("grandads gone
            # walkabout again, found him on the ring road in his slippers at 3am", "mam keeps wandering off in the night",
            # "police found nan walking down the dual carriageway in her nightie") — not a pet gone walkabout
            r"(?:grandad|grandpa|granda|grampa|nan|nana|nanna|gran|granny|grandma|mum|mam|dad|da|husband|wife|he|she|hes|shes|he'?s|"
            r"she'?s)(?:'s|s| has| is| was| keeps| had| kept)? (?:\w+ )?(?:(?:gone|going|goes|went|been) walkabout|(?:wandered|"
            r"wandering|wanders|walked|gone|went|goes|going) (?:off|out) (?:again|in the night|at night|during the night|in (?:his|her) "
            r"(?:slippers|pyjamas|pjs|nightie|nightdress|dressing gown)))\b",
            r"(?:wandering|wanders|wandered) (?:about |around |round |the streets |off |out )?(?:\w+ )?(?:in the (?:night|middle of the "
            r"night|early hours)|at (?:night|\d{1,2} ?am))\b",
            r"(?:found|find|finding|picked up|brought back|brought home) (?:him|her|grandad|nan|nana|gran|granny|grandma|mum|mam|dad) "
            r"(?:\w+ ){0,3}?(?:wandering|walking|on the (?:ring |main |dual |busy )?(?:road|carriageway|motorway|bypass)|in the "
            r"(?:street|road|middle of the road|park)|outside)\b[^.!?]{0,40}?\b(?:(?:at )?\d{1,2} ?(?:am|in the morning)|in the "
            r"(?:night|middle of the night|early hours)|at night|in (?:his|her) (?:slippers|pyjamas|pjs|nightie|nightdress|dressing "
            r"gown|underwear|vest))\b",
        ),
    ),
    (
        "medical_emergency",
        "A possible medical emergency: advise 999 and escalate now.",
        (
            # round 20b: a baby or child who went blue, stiff or floppy, or had a fit or funny turn, told in passing ("the baby
            # had a funny turn earlier, went all stiff and a bit blue round the lips but he's asleep now", "she went grey and
            # floppy for a minute") — round 11's "turned blue" only in other words
            r"(?:went|goes|gone|going|turned|turning) (?:all |a bit |a little |slightly |really |very |proper |dead |quite |kind of |"
            r"kinda )?(?:(?:stiff|rigid|floppy|limp|grey|gray|pale|white) and (?:all |a bit |a little |really |then )?(?:stiff|rigid|"
            r"floppy|limp|blue|grey|gray|purple|jerky|twitchy|shaking|shaky|unresponsive)|blue|floppy|limp)(?: (?:round|around|at|on) "
            r"(?:the|his|her) (?:lips|mouth))?\b",
            r"(?:went|goes|gone|going|turned) all (?:stiff|rigid)\b",
            r"(?:blue|grey|gray|purple) (?:round|around|at|on) (?:the|his|her) (?:lips|mouth)\b",
            r"(?:baby|babby|he|she|son|daughter|little one|toddler|bairn)(?:'s| has| had| is| was)? (?:had|having|has) (?:a |another |"
            r"some sort of |a sort of |like a )?(?:funny turn|fit|seizure|febrile convulsion|convulsion|blackout|blue episode)\b(?! of\b)",
        ),
    ),
)

_INAPPROPRIATE: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    (
        "abuse_of_worker",
        "Abusive language aimed at the worker: report to the line manager (G15).",
        (
            r"(?<!\bbefore )(?<!\bthan )(?<!\bafter )(?<!\bunlike )(?<!\bbefore )"
            r"(?:you|u|ur|your|youre|you're|you are|ya)"
            # inbound_unseen17: "you lot are bloody useless, 3 weeks I've waited for that form" is the service found wanting
            r"(?!\s+lot (?:are|r|is) (?:bloody |so |just |absolutely |completely |totally )?(?:useless|pathetic|clueless|incompetent|"
            r"hopeless|a joke)\b)\s+(?:\w+\s+){0,3}(?:bitch|cunt|twat|wanker|slag|slut|whore|cow|prick|dick|bastard|"
            r"idiot|moron|retard\w*|joke|useless|pathetic|fat|ugly|stupid|dickhead|knob\w*|tosser|scum|waste of (?:space|oxygen|skin|air)|piece of shit|disgrace|loser|"
            r"muppet|clueless|thick|melt|jobsworth|nasty|vindictive|spineless|incompetent|parasite|dosser|gimp|bint|slapper|"
            r"witch|hag|tart|scumbag|hypocrite|coward|vile|two[- ]faced|paedo\w*|pedo\w*|nonce\w*|"
            # round 16: the worker mocked as alone ("you sad lonely spinster")
            r"spinster|old maid|cat lady|saddo|sad act|billy no ?mates|no ?mates|frigid)",
            # the worker's job turned into an insult (inbound_unseen9): "paedo protectors", "child snatchers"
            r"(?:paedo|pedo|peado|nonce|kiddy fiddler)s?'? ?(?:protectors?|lovers?|enablers?|defenders?|sympathi[sz]ers?)|"
            r"(?:child|children|baby|kid|kids)(?:'?s)? (?:snatchers?|stealers?|thie(?:f|ves)|catchers?)",
            r"(?:you|u|ya) (?:stink|reek|smell like (?:shit|piss|a pig|sh\*t))",
            # "you horrible woman", "you corrupt liar", "you snake": the worker called a bad kind of person
            r"(?:you|u|ya|youre|you'?re|ur|you are|u r) (?:an? |such an? |absolute |complete |total |utter |fucking |f\*+ing |"
            r"little |right )*(?:horrible|vile|evil|nasty|disgusting|pathetic|useless|stupid|awful|wicked|heartless|spiteful|lying|"
            r"corrupt|incompetent|arrogant|patronising|condescending|interfering|nosy|rotten|two[- ]faced|sneaky|slimy|ignorant|smug|"
            r"jumped[- ]up|ugly|fat|thick|lazy) "
            r"(?:woman|man|person|creature|excuse|individual|lady|girl|boy|human|thing|piece|cow|liar|snake|rat|pig|git|prat|bitch|"
            r"cunt|twat|slag|bastard|sod)\b",
            r"(?:you|u|ya) (?:(?:lying|two[- ]faced|little|slimy|fucking|sneaky|dirty) )?(?:snake|rat|liar)\b(?! (?:in|on|at|under))",
            rf"{_NOT_TOLD_TO}(?:get fucked(?! over| up)|sod off|bugger off|jog on|eat shit)",
            r"(?:you|u|ya|you lot|your lot|ur lot|you people|u people) (?:\w+ )?(?:steal|snatch|kidnap|traffic)\w* (?:kids|children|"
            r"babies|people'?s kids)|(?:steal|stealing|snatch\w*|take|taking|sell|selling) (?:kids|children|babies) for "
            r"(?:money|profit|cash|targets|bonus\w*)",
            rf"{_NOT_OF_A_THIRD_PARTY}cunt",
            rf"{_NOT_OF_A_THIRD_PARTY}twat",
            rf"{_NOT_OF_A_THIRD_PARTY}wanker",
            rf"{_NOT_OF_A_THIRD_PARTY}slag",
            rf"{_NOT_OF_A_THIRD_PARTY}whore",
            rf"{_NOT_OF_A_THIRD_PARTY}bitch",
            rf"{_NOT_TOLD_TO}fuck (?:off|you|u)",
            rf"{_NOT_TOLD_TO}f\*+k (?:off|you)",
            rf"{_NOT_TOLD_TO}f off",
            rf"{_NOT_TOLD_TO}piss off",
            r"go to hell",
            r"go die",
            r"drop dead",
            r"kys",
            r"kill yourself",
            r"suck my",
            r"shut (?:up|your mouth|ur mouth|it)",
            r"stfu",
            r"gtfo",
            rf"{_NOT_OF_A_THIRD_PARTY}(?<!\bare a )(?<!\bre a )(?<!\bare )(?<!\bis )(?<!\bwere )(?<!\bwas )"
            r"fuck(?:ing)? (?:useless|joke|idiot)",
            # inbound_unseen13: insults with letters starred out ("you black b*tch", "ur a f***ing joke")
            rf"{_NOT_OF_A_THIRD_PARTY}(?:b\*+tch|b\*+ch|b\*{{3,}}|c\*+nt|c\*{{3}}|tw\*+t|wh\*+re|sl\*+t|sl\*+g|w\*+nker|b\*+stard|"
            r"d\*+ckhead|p\*+ck|sh\*+thead)",
            r"(?:you|u|ur|ya|youre|you'?re|you are|ur a|ur an)\s+(?:\w+\s+){0,2}f[\*#@]+(?:ing|in|kin|king|cking)? (?:useless|joke|idiot|"
            r"waste|cow|bitch|b\*+tch|prick|disgrace|moron|clown)",
            r"(?:go )?(?:fuck|f\*+k|f\*+|screw|fck|fuk) (?:yourself|urself|yaself)",
            # round 11: telling the worker to die ("go jump off a bridge")
            r"(?<![\w'])go (?:and )?(?:jump off|throw (?:yourself|urself) (?:off|under|in front)|jump in front of|hang (?:yourself|urself)|"
            r"drown (?:yourself|urself)|top (?:yourself|urself)|play in (?:the )?traffic|get run over|die in a (?:fire|ditch|hole))\b",
            rf"{_NOT_OF_A_THIRD_PARTY}(?<!\bare a )(?<!\bcalled me a )(?<!\bcalled her a )(?<!\bcalled him a )"
            r"(?:stupid|silly|fat|ugly|useless|lazy|fucking|f\*+ing|thick|nosy|interfering|daft|smug|two[- ]faced|jumped up|vile|"
            r"evil|nasty|miserable|little|sad|dirty) (?:cow|bitch|cunt|twat|prick|"
            r"idiot|moron|slag|bastard|dickhead|tosser|wanker|slut|whore|witch|pig|hag|tart|clown|jobsworth|hypocrite|"
            # round 11: "lying two faced snake"
            r"snake|rat|liar|weasel|viper|snitch)",
            # round 18 (inbound_unseen36): the worker called a grass ("you fucking grass", "ur a dirty grass", "u snidey
            # grasser"), not the lawn ("the fucking grass is a foot high")
            r"(?:you|u|ya|ye|ur an?|you'?re an?|youre an?|you are an?) (?:(?:fucking|fuckin|f\\*+ing|effing|dirty|little|sneaky|snidey|snide|stinking|bloody|lying|"
            r"two[- ]faced|wee|absolute|proper|total|filthy|horrible|nasty|rotten|scummy|fat) ){0,2}(?:grass|grasser|snitch)\b(?! (?:is|was|needs|"
            r"in|on|out|grows|cutting|seed)\b)",
            # the worker as a liar or snake without an adjective first ("lying snake", "two-faced liar" above)
            rf"{_NOT_OF_A_THIRD_PARTY}(?:lying|lyin|sneaky|snidey|snide|backstabbing|back stabbing) (?:two[- ]faced )?(?:snake|rat|"
            r"cow|bitch|bastard|liar|weasel|witch|cunt|twat|pig)",
            # inbound_unseen15: the worker talked down to ("listen to me you silly little girl"), and more insults after a
            # second person ("ur a fraud", "you're an embarrassment", "how did u get this job")
            r"(?:you|u|ya) (?:(?:silly|stupid|daft|dumb|thick|naive|ignorant|clueless|useless|pathetic|snotty|stuck[- ]up|"
            r"jumped[- ]up|spoilt|spoiled|little|snooty|know[- ]it[- ]all) )+(?:little )?(?:girl|boy|child|kid|madam|missy|"
            r"princess|schoolgirl|schoolboy|student|thing|woman|man|lady|cow|brat)\b",
            r"(?:you'?re|youre|ur|you are|u r|u are|you|u|ya) (?:a |an |such an? |just an? |nothing but an? |proper |right |absolute |"
            r"total |complete |utter |fucking |f\*+ing |fkn |bloody )+(?:fraud|failure|embarrassment|cretin|imbecile|halfwit|numpty|"
            r"plank|pillock|dimwit|airhead|bimbo|lowlife|low life|trash|nobody|snob|bully|nutter|psycho|weirdo|freak|creep|leech|"
            r"vulture|pig|puppet|box ticker|tick box \w+)\b",
            # a widening sweep of round 9: contempt for the worker ("nobody likes you", "your kids must hate you",
            # "ur mum must be ashamed of you"), smells
            r"(?:nobody|no ?one|no1) (?:\w+ )?(?:likes|wants|loves|cares about|can stand|respects|trusts) (?:you|u|ya)\b|"
            r"(?:everyone|every1|everybody) (?:\w+ )?(?:hates|despises|laughs at|can'?t stand|cant stand) (?:you|u|ya)\b|(?:must|would|should|will) be (?:so |really |well )?(?:ashamed|embarrassed|disgusted) of (?:you|u|ya)\b|"
            r"(?:your|ur|yer) (?:kids|children|family|husband|wife|mum|mam|dad|colleagues|partner) (?:must |probably |prob |proper "
            r")?(?:hate|hates|despise|despises|can'?t stand|cant stand) (?:you|u|ya)\b|(?:you|u|ya) (?:smell|smells|stink|stinks) "
            r"(?:like|of) (?:a |an )?(?:tramp|pig|shit|piss|sewer|bin|dog|wet dog|sweat|bo|fags|booze|cat piss|old lady|rubbish)\b",
            r"how (?:did|do|the hell did|tf did|on earth did) (?:you|u|ya) (?:even )?(?:get|keep|pass|land) (?:this|that|ur|your|yer|"
            r"the) (?:job|role|position|qualification|degree)|(?:you|u|ya) (?:shouldn'?t|shouldnt|should not) be (?:allowed|let) "
            r"(?:near|to work|anywhere)|(?:you'?re|youre|ur|you are|u r|u are) (?:rubbish|shit|crap|useless|terrible|hopeless|"
            r"awful|pants) at (?:your|ur|yer) job",
            # inbound_unseen17: Scots and northern forms of address ('wee tart that ye are', 'youse are all ... scum')
            r"(?:ye|youse|yous|yiz|yez)\s+(?:\w+\s+){0,3}(?:bitch|cunt|twat|wanker|slag|slut|whore|cow|prick|bastard|scum|tart|bawbag|fud|roaster|walloper|bampot|dobber|radge|idiot|useless|pathetic)\b",
            r"wee (?:tart|cow|bitch|slag|shite|prick|bawbag|fud|rat|snake|nyaff)\b(?= that ye|,? ye|,? you|,? ya)",
            r"calling (?:her|him|the worker|them) names",
            # round 11: "get lost you interfering busybody", "answer the fucking phone", "don't you dare ignore me"
            r"(?:you|u|ya|ye) (?:\w+ )?(?:busybody|busy body|busybodies|do[- ]gooder|nosy parker|nosey parker|meddler|meddling (?:cow|"
            r"bitch|woman|old bag|git)|old bag|old bat|old cow|old hag|battleaxe|battle axe)\b",
            r"(?:answer|pick up|reply to|read) (?:the|your|ur|my|yer) (?:fucking|fuckin|f\*+ing|fkn|effing|bloody|damn|frigging|"
            r"bleeding|sodding) (?:phone|fone|calls?|messages?|texts?|emails?)\b|(?:don'?t|dont|do not) (?:you )?(?:dare|even think "
            r"about) (?:ignor\w*|block\w*|hang\w* up on|ghost\w*|fob\w* (?:me )?off) me\b",
            # round 14: ageist insults at the worker ("old hag. retire already", "you're past it", "shouldn't you be retired")
            r"retire already\b|(?:you'?re|youre|ur|you are|u r|u are) (?:too old (?:for|to)|past it|over the hill|a dinosaur|a fossil|"
            r"an old (?:hag|bag|bat|trout|witch|boot|biddy|crone|fossil))\b|(?:time|about time|high time) (?:you|u) (?:retired|were "
            r"put out to pasture|got pensioned off)|(?:shouldn'?t|shouldnt) (?:you|u) be (?:retired|in a home|drawing (?:your|ur) "
            r"pension)|put (?:you|u) out to pasture",
            # round 14: the worker's whole profession insulted, then the worker ("you social workers are lazy overpaid parasites")
            r"(?:you|u|ya|youse|yous) (?:lot|social workers|people|sws|workers|lot of social workers) (?:are|r) (?:all )?(?:\w+ ){0,2}?"
            r"(?:lazy|overpaid|parasites|leeches|scum|vultures|vermin|liars|evil|corrupt|nazis|a disgrace|the scum)\b|(?:you|u) "
            r"(?:personally )?(?:are|r) the worst (?:of|one|out of)\b",
            # round 14: childish and misspelt insults ("you are a idyot", "poo hed")
            r"(?:you|u|ya|youre|you'?re|ur|your|you are|u r|u are) (?:a |an |such a |such an |big )?(?:\w+ )?(?:idyot|idiat|idjit|eejit|ediot|"
            r"stoopid|stupit|poo ?hea?d|poohed|poo face|bum ?hea?d|fart ?face|dum dum|dumbo)\b",
            # round 14 (a third sweep): the worker's breath or body insulted ("your breath stinks") — not "smells lovely"
            r"(?:your|ur|yer) (?:breath|feet|armpits|pits|body|face|mouth|teeth) (?:stinks?|smells?|reeks?|stank|(?:is|are) (?:disgusting|"
            r"rank|minging|rancid|rotten|gross|vile)|minging|honks)\b(?! (?:nice|lovely|good|gorgeous|amazing|great|of (?:flowers|perfume)))",
            # round 14 (a fifth sweep): more insults at the worker ("get a real job you scrounger", "youre just a dumb blonde")
            r"(?:you|u|ya|youre|you'?re|ur|u r|you are|u are)\s+(?:\w+\s+){0,3}(?:scroungers?|spongers?|freeloaders?|leech(?:es)?|"
            r"bimbo|airhead|dumb blonde|thicko|dimwit|halfwit|nitwit|pillock|numpty|fuckwit|dipshit|shithead|arsehole|asshole|"
            r"cockroach(?:es)?|maggots?|slugs?|vermin|lice|louse|leech)\b",
            # round 15: insults with no swear word ("ur such a mug", "nothing but a baby snatcher with a badge", "ur so dumb"),
            # the worker's training sneered at ("how did you even get through college"), the worker's looks mocked ("your hair
            # is a crime")
            r"(?:you'?re|youre|ur|you are|u r|u are|you|u|ya) (?:a |an |such an? |just an? |nothing but an? |proper |right |absolute |"
            r"total |complete |utter |fucking |f\*+ing |fkn |bloody |massive |big )+(?:mug|kidnapper|abductor|baby snatcher|child "
            r"snatcher|kid snatcher|snatcher|joke of a \w+|clown|div|wally|donut|doughnut|knobhead|bellend|melt|wet wipe|waste of a "
            r"\w+)s?\b",
            r"(?:you'?re|youre|ur|you are|u r|u are) (?:literally |actually |honestly |genuinely )?(?:so |that |well |proper |really |"
            r"dead )?(?:dumb|dense|gormless|brainless|braindead|brain ?dead|slow|simple|thick as (?:shit|mince|two short planks))\b"
            r"(?! (?:to|of|with|at|for|right|about|now)\b)",
            r"how (?:did|do|the hell did|tf did|on earth did) (?:you|u|ya) (?:even|ever) (?:pass|get through|scrape through|finish|"
            r"graduate from|qualify|get qualified|get a degree)\b",
            r"(?:your|ur|yer) (?:\w+ )?(?:eyebrows|brows|hair|haircut|hair ?do|barnet|teeth|nose|face|outfit|clothes|shoes|trainers|"
            r"make ?up|tan|fake tan|nails|glasses|roots|lipstick|fringe|beard|tattoos?|lanyard|cardigan|jumper|dress|voice|accent|"
            r"laugh)(?:'s| is| are| was| were| look| looks| looked| sound| sounds)? (?:\w+ )?(?:a (?:crime|hate crime|war crime|joke|"
            r"state|disgrace|mess|tragedy|cry for help)|criminal|hideous|horrendous|tragic|an abomination|a sight|minging|rank|"
            r"gross|offensive|embarrassing|vile|ridiculous)\b",
        ),
    ),
    (
        "discrimination",
        "A discriminatory slur or insult: report to the line manager (G15).",
        (
            r"paki(?!stan)\w*",  # not Pakistan, Pakistani (round 11)
            r"n[i1*]gg\w*",
            r"n\*+",
            r"coon",
            r"wog",
            r"chink",
            r"spaz\w*",
            r"spastic",
            r"retard\w*",
            r"faggot\w*",
            # round 19 (inbound_unseen38): a fag smoked is a cigarette ("passed out on the sofa with a fag in her hand", "nipped
            # out for a fag"), not the slur
            r"(?<!\bhaving a )(?<!\bhave a )(?<!\bhad a )(?<!\bsmoking a )(?<!\bsmoke a )(?<!\blit a )(?<!\blight a )"
            r"(?<!\bfor a )(?<!\bquick )(?<!\bcrafty )(?<!\bsneaky )(?<!\bspare )(?<!\bbum a )(?<!\bcadge a )(?<!\broll a )"
            r"(?<!\brolled a )(?<!\blast )(?<!\bwith a )fag(?! (?:in (?:her|his|my|their|me|your|its|one) (?:hand|mouth|gob|fingers)|end|ends|"
            r"ash|burns?|burn|packet|packets|break|papers?|lighter|smoke|hanging)\b)",
            r"dark(?:ie|ies|y|eys?)",
            # round 19 (inbound_unseen38-39): the worker's colour or nationality objected to in the third person ("why do they
            # keep sending a darkie", "why have they sent a black girl, I want an English one", "your kind are filthy")
            r"(?:why (?:do|did|have|has|does|are|is|would|d) (?:they|you|u|yous|you lot|the council|social services|the office|"
            r"your (?:lot|office|manager)) (?:keep |always |even |go and )?(?:send|sent|sending)|(?:stop|quit) sending|(?:don'?t|dont|"
            r"do not|never) send) (?:me |us |round |out |to my (?:house|door|home|mum|mam|dad) )?(?:a|an|another|any|more|some|the|"
            r"these|this|that|them)? ?(?:\w+ )?(?:black|brown|asian|coloured|colored|foreign|foreigner|african|indian|muslim|"
            r"polish|chinese|immigrant|paki|romanian|eastern european|nigerian|pakistani|somali|arab|darkie|darky) (?:girl|girls|"
            r"lad|lads|woman|women|man|men|one|ones|bloke|lass|worker|workers|social worker|carer|carers|person|people|lady|fella|"
            r"guy|nurse|lot)\b",
            r"(?:want|wanted|need|prefer|asked for|ask for|demand|insist on|give me|send me|send) (?:a|an|someone|somebody|one of "
            r"our own|my own|a proper|a real) (?:proper |real |normal )?(?:(?:english|british|christian)(?![- ](?:speaking|speaker|"
            r"sign))(?: (?:one|social worker|worker|carer|girl|woman|man|person|lady|nurse|bloke|lad|lass|fella))|white (?:social "
            r"worker|worker|carer|girl|woman|man|person|lady|nurse|bloke|lad|lass|fella))\b",
            r"(?:your|ur|yer) kind (?:are|is|r|aren'?t|arent|should|always|never|all|keep|come|coming|shouldn'?t|shouldnt|"
            r"don'?t|dont|stink|smell)\b",
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
            # not a football team ("saw your lot won the derby": outbound_probe19)
            # round 15 (outbound_probe33's ordinary messages): nor the person's family or friends invited ("if your lot are into
            # that band", "bring your lot")
            r"(?<!\bif )(?<!\bbring )(?<!\bfor )(?<!\binvite )your lot(?! (?:won|lost|drew|beat|got beat|are top|are bottom|got "
            r"relegated|got promoted|scored|played)\b)(?! (?:are |r |might |would |will |all |were |was )?(?:\w+ )?(?:into|like|love|"
            r"enjoy|fancy|welcome|brilliant|great|amazing|lovely|fab|fantastic|kind|helpful|good to)\b)",
            r"go home,? you",
            r"(?:immigrant|foreigner),? go home",
            r"(?:get|go) back on (?:your|ur|the|a) (?:boat|dinghy|camel)|boat people",
            r"(?<!\bi )(?<!\bwe )(?<!\bthey )(?<!\bll )go back to (?:poland|romania|bulgaria|lithuania|africa|india|pakistan|"
            r"bangladesh|jamaica|nigeria|somalia|syria|iraq|afghanistan|china|europe|the jungle)",
            r"(?:fucking|fuckin|f\*+ing|fkn|effing|feckin|fecking|dirty|bloody|stupid|filthy) (?:muslims?|jews?|immigrants?|foreigners?|poles|polish|romanians?|"
            r"blacks?|asians?|indians?|arabs?|gays?|lesbians?|trans|gypsy|gypsies|gipsy|gipsies|travellers?|pakis?)\b",
            # a widening sweep of round 8: "you gay boy", "you jew" said as an insult
            r"(?:you|u|ya|ur a|you'?re a|youre a|you are a|u r a)\s+(?:\w+\s+)?(?:gay ?boy|gaylord|homo|queer|lezza|dyke)\b|"
            # round 11: the worker's sexuality asked as a jibe ("you gay?"), "you sound foreign, go home"
            r"(?:are |r )?(?:you|u|ya) (?:a )?(?:gay|lesbian|lezza|lesbo|homo|queer|bent|trans|tranny|dyke)\s*\?|(?:you|u|ya) (?:sound|look|"
            r"talk|are) (?:\w+ )?(?:foreign|like a foreigner|like an immigrant)\b.{0,30}\b(?:go (?:back|home)|not from here|learn)\b|"
            r"(?:you|u|ya) (?:fucking |dirty |filthy |bloody )?(?:jew|gypsy|gipsy|pikey|muslim|foreigner|immigrant|refugee)"
            r"(?=\s*(?:[.!?,]|$))",
            r"(?:cos|because|coz|just cos) (?:you'?re|youre|ur|you are) (?:black|asian|a woman|foreign|gay|muslim|jewish|polish|"
            r"disabled|a lesbian|an immigrant)",
            r"go back (?:to )?(?:where (?:you|u|ya) (?:came|come) from|(?:your|ur) (?:own )?country)",
            # an ethnic smell taunt aimed at the worker (inbound_unseen9): "u stink of curry"
            r"(?:you|u|ya|you lot|your lot|ur lot)\s+(?:\w+\s+){0,2}(?:stink|stinks|smell|smells|reek\w*) (?:of|like) "
            r"(?:curry|garlic|kebab|cabbage|spices?|onions?)|curry munch\w*",
            r"lesbo\w*|lezz\w*|poofs?|poofter\w*|batty ?boy|shemale",
            # inbound_unseen13: "useless polish cow", "you black b*tch", "you muslim terrorist", "take that thing off your head",
            # "go back to cleaning toilets"
            rf"{_NOT_OF_A_THIRD_PARTY}(?:polish|romanian|bulgarian|lithuanian|albanian|latvian|slovak|foreign|immigrant|black|brown|"
            r"asian|indian|african|nigerian|somali|arab|muslim|jewish|jew|gypsy|traveller|pakistani|bengali|bangladeshi|chinese|"
            # round 13: any nationality or people made the insult ("stupid english cow", "jock bastard", "irish pig")
            r"eastern european|russian|kurdish|turkish|syrian|afghan|refugee|migrant|english|scottish|scots|welsh|irish|british|"
            r"brit|pom|pommie|yank|american|french|german|italian|spanish|portuguese|czech|hungarian|ukrainian|iranian|iraqi|"
            r"jamaican|caribbean|ghanaian|eritrean|sudanese|congolese|zimbabwean|filipino|vietnamese|thai|japanese|korean|"
            r"kosovan|croatian|serbian|greek|dutch|white|mixed race|english|sassenach|jock|taff|paddy|scouse|geordie|cockney) (?:cow|bitch|b\*+tch|bastard|slag|whore|"
            r"scum|scumbag|pig|rat|cunt|c\*+nt|twat|tw\*+t|prick|witch|bint|tart|trash|vermin|monkey|ape|terrorist|parasite|"
            r"dog|slut|skank|tramp|scrounger|sponger|cockroach)s?\b",
            r"(?:you|u|ya|ur a|ur an|you'?re a|youre a|you are a)\s+(?:\w+\s+)?(?:terrorist|suicide bomber|bomber|jihadi\w*|"
            r"illegal|benefit tourist)\b",
            r"take (?:that|the|your|ur|yer) (?:thing|rag|tea ?towel|towel|bin bag|curtain|scarf|hijab|headscarf|nappy|turban|"
            r"tablecloth|sheet) off (?:your|ur|yer) head",
            r"go back to (?:cleaning|scrubbing|washing|picking) (?:toilets|floors|loos|bogs|cars|fruit|veg|potatoes)|"
            r"(?:cleaning|scrubbing) (?:toilets|floors|loos) where (?:you|u|ya) belong",
            # inbound_unseen11: "you coconut" and other racial insults
            r"(?:you|u|ya|ur a|you'?re a|youre a|ur such a|u r a|you are a|such a)\s+(?:\w+\s+)?(?:coconut|bounty bar|choc ice|"
            r"uncle tom|oreo)\b",
            r"sambo|golliwog|gollies|gook|spic|spics|wetback|jungle bunny|kaffir|dago|wop|kraut|polack|gyppy|half[- ]?caste",
            r"bender|benders|mong|mongs|mongo|spacker|spakka|window ?licker|bint|gypo|gyppos?|chinky|chinkie|slapper|"
            r"(?:get|go) back (?:in|to) (?:the|your|ur) kitchen|p\*+ki|jumped up (?:little )?(?:immigrant|foreigner)|"
            r"(?:women|woman|girls) (?:shouldnt|shouldn'?t|should not|cant|can'?t) be (?:social workers|in charge|telling)",
            # inbound_unseen15: starred-out and misspelt slurs ("ur a ret*rd"), the worker's accent or English mocked,
            # hair, weight, disability, religion, gender made the insult
            r"r[e3\*]+t[a@\*]+rd\w*|ret\*+\w*|r\*+t\w*rd\w*|retart\w*|reetard\w*|ritard\w*|sp[a@\*]+z+\w*|sp\*+st\w*|"
            r"f[a@\*]+gg?[o0\*]+t\w*|fagget\w*|fagit\w*|f\*+g|d\*+ke|tr\*+nny|p\*+k[i1]\w*|m\*+ng|n\*+gg?\w*|n[i1]+g+[a@]h?s?|"
            r"c[o0]\*+n|sp\*+c|k\*+ke|muzz?\*+\w*|l[e3]zz?\*+\w*",
            # said as an order ("learn english before you ring me"), not of someone learning it ("wants to learn english")
            r"(?<!\bto )(?<!\bi )(?<!\bwe )(?<!\bthey )(?<!\bhe )(?<!\bshe )(?<!\bcan )(?<!\bwill )(?<!\bcould )(?<!\bcan't )"
            r"(?<!\bcant )(?<!\bdidnt )(?<!\bdidn't )learn (?:to speak |to talk |how to speak )?(?:proper |some |the |fucking |"
            r"bloody )?english\b(?! (?:at|classes|lessons|course|in|on|with|for|now|is|was|here|there))",
            r"(?:can'?t|cant|cannot|couldn'?t|couldnt) understand (?:a (?:single )?word )?(?:you|u|ya|of what (?:you|u))\b.{0,30}\baccent",
            r"(?:with|and|that|ur|your|yer) (?:thick |stupid |foreign |funny |weird |ridiculous |silly |stupid )?accent\b.{0,30}\b(?:learn|"
            r"speak (?:proper|english)|understand|go back|can'?t|cant)\b",
            r"(?:speak|talk) (?:proper |bloody |fucking )?english (?:you|u|ya)\b",
            r"(?:do|can|does) (?:you|u|ya) (?:even )?(?:speak|understand|know) (?:proper |any )?english\b",
            r"(?:your|ur|yer|that) (?:hair|haircut|hairdo|weave|wig|barnet|afro|beard|headscarf|turban|hijab)\b.{0,30}\b(?:state|a mess|"
            r"a joke|disgusting|vile|ridiculous|horrible|rank|minging|greasy|nest|scruffy|dirty|ugly|looks like|makes (?:you|u) look|"
            r"stinks|smells)|(?:you|u|ya) (?:ginger|baldy|bald|fatty|fatso|lardo|lard ?arse|whale|heifer|heffer|hippo|minger|munter|"
            r"cripple|spacker|spacka|midget|dwarf|tranny|skank|beached whale)\b|"
            rf"{_NOT_OF_A_THIRD_PARTY}(?<!\bcalled me a )(?<!\bcalled her a )(?<!\bcalled him a )(?<!\bcalls me a )(?<!\bcalled me )"
            r"(?:fat|ginger|bald|ugly|crippled|spotty|skinny|"
            r"speccy|specky|four[- ]eyed|deaf|disabled|autistic|retarded|lesbian|gay|bent) (?:cow|bitch|b\*+tch|pig|slag|freak|git|bastard|"
            r"whale|lump|tart|witch|cunt|c\*+nt|twat|prick|loser|mong|weirdo|dyke|thing|bint|slapper|ho|hoe|mess)\b",
            r"(?:your|ur|yer) (?:religion|god|allah|church|mosque|prayers?|faith|bible|quran|koran|culture|people|kind)\b.{0,20}\b"
            r"(?:is|are) (?:a joke|bollocks|shit|rubbish|nonsense|evil|backward|disgusting|vile|filth|scum|a disease|a cult)|"
            r"(?:typical|just like a|such a|bloody|fucking) (?:woman|female|bird|girl|women)\b(?! (?:who|that|from|at|in|on))|"
            r"(?:put|get|send|give me|want|need) (?:a |an )?(?:man|bloke|proper (?:social )?worker|real (?:social )?worker|english "
            r"(?:worker|person|one)|white (?:worker|person|one))\b.{0,20}\b(?:instead|not (?:you|u|a woman|a girl))|"
            r"typical (?:muslim|jew|paki|polish|pole|foreigner|immigrant|black|asian|gypsy|traveller|gay|lesbian|indian|african|"
            r"romanian|nigerian|somali|arab|refugee|migrant|tranny|trans)s?\b|(?:trans|tranny|gay|lesbian|disabled|muslim|jewish|"
            r"foreign|black|asian|polish|autistic|ginger|fat|deaf|retarded) (?:freak|weirdo|pervert|perv|nutter|scum|trash|"
            r"piece of shit|abomination|vermin)\b|sp[a@4\*]+st[i1!\*]c\w*|sp[a@4\*]+z+\w*|r[e3][t\*][a@4\*]rd\w*",
            r"(?:you|u|ya) (?:sound|look|talk|walk|dress) like a (?:bloke|man|fella|geezer|tranny|dyke|lesbian|lezza|bloke in a dress)"
            r"\b(?! (?:who|that|with|of|i know))|(?:are|r) (?:you|u|ya) a (?:man|bloke|boy|geezer) or a (?:woman|girl|lady)|(?:are|r) "
            r"(?:you|u|ya) a (?:woman|girl|lady) or a (?:man|bloke|boy|geezer)|(?:is|are) (?:you|u) (?:a )?(?:man|bloke) (?:or "
            r"(?:a )?woman|in a dress)",
            r"(?:are|r) (?:you|u|ya) (?:deaf|retarded|simple|brain ?dead|special|thick|slow)\b(?: or (?:something|what))?\s*\?|"
            r"(?:you|u|ya) (?:deaf|blind|thick|simple|slow|stupid|retarded|brain ?dead|dense) or (?:what|something)\b|"
            r"(?:your|ur|yer) (?:english|accent)\b.{0,15}\b(?:is |are )?(?:shit|crap|terrible|rubbish|awful|a joke|broken|"
            r"embarrassing|disgusting|pathetic)\b|(?:you|u|ya) look (?:\w+ )?(?:ridiculous|disgusting|a state|a mess|like a (?:tramp|"
            r"clown|man|bloke|pig|whale|slag|tart|bag lady|lesbian|dyke|terrorist|ninja|letterbox))\b",
            # inbound_unseen17: sectarian, anti-Welsh, Traveller, Roma and disability slurs
            r"fenian\w*|taigs?\b|orange (?:bastard|scum|bigot)s?|prod scum|sheep ?shagg\w*|welsh (?:scum|bastard|twat|cow|git)s?",
            # round 13: the worker told to leave a country ("get out of wales", "go back to england", "f off back to poland")
            # said as an order: at the start of the message or of a sentence
            r"(?<![\w'] )(?:get|go|fuck|f\*+k|piss|clear|bugger|sod) (?:out of|outta|off out of|off back to|back to|off to|off home to|"
            r"yourself back to|urself back to) (?:england|scotland|wales|ireland|britain|the uk|our country|my country|this country|"
            r"our town|my town|our city|poland|romania|bulgaria|lithuania|latvia|albania|africa|india|pakistan|bangladesh|jamaica|"
            r"nigeria|somalia|syria|iraq|afghanistan|china|europe|london|where (?:you|u|ya) belong)\b(?! (?:for|on|at|in|this|next|"
            r"last|when|with|to|and see|to see|yet)\b)",
            r"cripples?\b(?! (?:me|us|him|her|the))|(?:dirty|fucking|bloody|thieving|filthy|you|ya|u) (?:knackers?|tinkers?|itinerants?|roma|gyps?|gypos?|pikeys?)\b",
            r"(?:you\'?re|youre|ur|you are|you|ya|ye)\s+(?:\w+\s+){0,2}(?:an? )?(?:dirty |thieving |fucking |filthy |bloody )?(?:tinker|knacker|itinerant)s?\b",
            # round 14: a worker refused for race, nationality or faith ("I not want African worker, they are dirty", "send me an
            # English one", "no foreign social workers")
            r"(?:not|don'?t|dont|do not|wont|won'?t|no|never) (?:want|have|accept|see|be seen by|speak to|talk to|work with) (?:a |an "
            r"|any |no |another )?(?:african|black|asian|indian|pakistani|muslim|polish|foreign|immigrant|chinese|nigerian|jewish|"
            r"romanian|eastern european|brown|arab|somali|gay|trans|lesbian|coloured|non[- ]english) (?:worker|social worker|one|"
            r"woman|man|lady|person|people|staff|sw)s?\b",
            r"(?:send|get|give|find) me (?:a |an )?(?:english|white|british|proper english|christian|english speaking|normal) (?:one|"
            r"worker|social worker|sw|woman|man|lady|person)\b",
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
            # round 17 (inbound_unseen35): "one more home visit and you'll wish you never met me" (veiled; not said laughing)
            r"(?:you'?ll|youll|u'?ll|ull|you will|u will|ya'?ll) (?:soon )?(?:wish|be wishing) (?:you|u|ya)(?: had|'d|d)? (?:never|not) "
            r"(?:met|crossed|messed with|started|come|came|been|set eyes on|laid eyes on|took|taken|got involved|knocked|walked)\b"
            r"(?![^.!?]{0,40}(?:\blol\b|\bhaha|\U0001f602|\U0001f923|\U0001f605|\U0001f606))",
            r"you'?(?:ll| will) get what'?s coming",
            r"(?:get|got) what'?s coming",
            r"(?:i'?ll|ill|i will|i'?m (?:going|gonna) to|im (?:going|gonna|gna)(?: to)?|gonna) "
            r"(?:\w+ )?(?:deal with|smash|kill|stab|hurt|burn|slash|batter|shoot|end|punch|"
            r"smack|slap|deck|lamp|glass|bottle|headbutt|strangle|throttle|choke|break|beat|kick|bang|knife|torch) (?:you|u|ur|your)\b"
            r"(?! (?:a|an|some|copy|copies|summat|something|one)\b)"
            rf"{_NOT_A_GAME}",
            # round 23: the everyday verbs only as the whole threat ("I'll get you.", "ill find u one day, mark my words", "ill
            # get you back for this") - not "I'll get you a brew", "ill find you at reception", "ill sort your forms out"
            r"(?:i'?ll|ill|i will|i'?m (?:going|gonna) to|im (?:going|gonna|gna)(?: to)?|gonna) (?:\w+ )?(?:find|get|sort|do|knock) "
            r"(?:you|u|ya)(?: back)?(?=\s*(?:$|[.!,]|(?:one day|soon|mark my words|i swear|swear down|trust me|for (?:this|that|it|"
            r"what (?:you|u) (?:did|done|have done|have said|said))|(?:you|u|ya) (?:bitch|cow|twat|prick|cunt|bastard|slag|grass|"
            r"snake|rat|scum|witch)|(?:and|n|an|&) (?:you|u|ya|ye|then|when|ur|you'?ll|youll|u'?ll|ull)|when (?:you|u) least expect|watch|"
            r"just wait|wait and see|see if i dont|see if i don'?t)\b))",
            # round 14 (outbound_probe26): not "I'll be waiting at the front steps / by reception" (a meeting place)
            # round 16: nor "I'll be waiting at the stand / by the pizza van": any place named with "the" or "a" after at, by,
            # near, inside or on is a meeting place; "outside" only before the places listed ("outside your office" is not)
            r"(?:i'?ll|ill|i will) be waiting(?! (?:at|by|outside|in|near|inside|on) (?:the )?(?:front|main|reception|entrance|doors?|"
            r"steps|station|car ?park|library|cafe|office|gate|building|foyer|lobby|barriers|platform|ticket office|town hall|"
            r"clock|corner of)\b)(?! (?:at|by|near|inside|on|in) (?:the|a) (?!(?:end of )?(?:your|ur)\b)\w+)",
            # round 11: "I'm going to ruin you", "I'll destroy your career"
            r"(?:i'?ll|ill|i will|gonna|im gonna|i'?m going to|i am going to) (?:\w+ )?(?:ruin|destroy|wreck) (?:you|u|ya|your (?:life|"
            r"career|job|reputation)|ur (?:life|career|job|reputation))\b" + _NOT_A_GAME,
            # round 11: "I'll come for you" said as a threat, at the end ("I'll come for you at 10" is a lift)
            r"(?:i'?ll|ill|i will|we'?ll|we will|i'?m|im|we'?re|were) (?:be )?(?:coming|come) for (?:you|u|ya|ye)"
            r"(?=\s*(?:$|[.!,]|(?:next|one day|soon|mark my words|i swear|and (?:your|ur)|trust me)\b))",
            # round 23: not "I'll sort you out with a lift", "my mum will sort you out a cuppa"
            r"sort (?:you|u) out(?! (?:with|for|a|an|some|the|them|it|that|those|this|wiv|wi)\b)",
            r"waiting (?:for (?:you|u) )?(?:outside|at|by) (?:your|ur) (?:office|car|house|work|home)",
            r"(?:seen|watching|following) (?:your|ur) (?:kids|children|house|car)",
            r"people who'?(?:ll| will) (?:deal|sort)",
            r"burn (?:your|ur) (?:office|house|car)",
            r"slash (?:your|ur) tyres",
            r"smash (?:your|ur) (?:face|car|windows|head)",
            rf"you'?(?:re| are) (?:dead|finished){_NOT_DEAD_IDIOM}",
            r"(?:i'?ll|ill|i will) (?:report|sue) you and",
            r"(?:you'?re|youre|you are|ur|u r|your) (?:a )?(?:dead|finished) (?:woman|man|meat)",
            rf"(?:ur|u r|your) (?:dead|finished)\b{_NOT_DEAD_IDIOM}",
            r"(?:saw|seen|spotted|watched|watching|followed|following) (?:you|u)\b.{0,30}\b(?:your|ur) (?:kids|children|son|"
            r"daughter|husband|wife|partner|family|house|car)",
            r"(?:found|seen|looked at|been on|know|got) (?:your|ur) (?:facebook|fb|insta\w*|tiktok|twitter|profile|"
            r"home address|address|house|personal number)",
            r"(?:put|post|plaster|share|spread) (?:your|ur) (?:face|picture|photo|pic|name|address|details)\b.{0,20}\b"
            r"(?:all over|online|facebook|everywhere|on)",
            r"where (?:you|u) live",
            r"(?:you'?ll|u'?ll|youll|ull) see what happens",
            r"make (?:your|ur) life (?:hell|a misery|miserable|a living hell)",
            r"watch (?:yourself|urself|yaself)",
            r"(?:outside|round) (?:your|ur) (?:house|home|front door|kids'? school)",
            r"(?:i|we) know (?:where |when )?(?:you|u) (?:park|shop|walk|drive)",
            r"make sure (?:you|u) (?:lose|get sacked|get fired|never work|regret)|(?:you'?ll|u'?ll|youll) lose (?:your|ur) "
            r"(?:job|kids|house)",
            r"(?:know|seen) (?:which|what) car (?:is yours|is urs|you drive|u drive)|which car is (?:yours|urs)",
            r"(?:answer|reply|respond|pick up)(?: me)?\W+(?:\w+\W+)?(?:answer|reply|respond|pick up)(?: me)?\W+(?:\w+\W+)?"
            r"(?:answer|reply|respond|pick up)",
            r"(?:i'?ll|ill|i will|gonna) keep (?:messaging|texting|ringing|calling|going) (?:you |u )?(?:till|until|til|all night|all day|"
            r"every (?:night|day)|forever|for ever)",
            # round 11: a count of messages or calls sent ("sent u 20 messages and u still aint replied")
            r"(?:sent|messaged|texted|rung|rang|called|phoned|left) (?:you|u|ya) (?:like |about |over |nearly |at least )?(?:[1-9]\d+|"
            r"twenty|thirty|forty|fifty|a hundred|loads of|hundreds of) (?:messages|texts|msgs|voicemails|calls|times)\b",
            r"(?:hope|wish) (?:you|u) (?:get|catch) (?:cancer|covid|aids|raped|hurt|run over|stabbed|killed|attacked|sacked|"
            r"fired|what)",
            r"(?:hope|wish) (?:you|u) (?:die|dies|rot|burn|suffer|croak)",
            # round 23: "hope your house burns down with you in it"
            r"(?:hope|wish) (?:your|ur|yer) (?:house|home|flat|car|office|place|gaff) (?:burns?|goes up)(?: down)? (?:with|wiv|wi) "
            r"(?:you|u|ya) in (?:it|there)",
            r"(?:hope|wish|pray) (?:you|u|ya) (?:\w+ )?(?:crash\w*|drown\w*|choke\w*|get hit|get run over|fall (?:down|off|and)|"
            r"break (?:your|ur) (?:neck|legs?|back))",
            r"(?:you|u|ya) (?:won'?t|wont|will not|wouldn'?t|wouldnt) know what hit (?:you|u|ya)",
            r"(?:don'?t|dont) be surprised if (?:your|ur|you|u|something|someone|somebody)\b",
            r"(?:i'?ve|ive|i have|we'?ve|weve|we have|got) (?:got )?(?:your|ur) (?:number plate|reg|registration|home address|"
            r"address|route|car details)",
            r"(?:you|u) deserve to (?:(?:be|get) )?(?:raped|die|suffer|hurt|attacked|beaten|stabbed|killed|shot|battered)",
            # round 17: "you ought to be strung up", "u need putting down"; a threat in a goodbye ("enjoy your job while you can")
            r"(?:you|u|ya|yous|people like (?:you|u)|the likes of (?:you|u)) (?:ought to|oughta|should|need to|want|wants|needs|"
            r"need) "
            r"(?:be |to be |getting |get )?(?:strung up|stringing up|hung|hanged|hanging|lynched|put down|putting down|lined up and "
            r"shot|taken out and shot|gassed|burned|burnt|burned alive|castrated|stoned|drowned)\b(?! (?:out|of|up on|over)\b)",
            r"(?:enjoy|make the most of) (?:your|ur|yer) (?:life|job|freedom|career|family|kids|children|looks|face|legs|last \w+|"
            r"nice (?:car|house)|little life) while (?:you|u|ya) (?:can|still can|still have (?:it|them|one))\b",
            r"(?:hope|wish) (?:your|ur) (?:own )?(?:kids|children|family|son|daughter|husband|wife)\b.{0,20}\b"
            r"(?:taken|die|hurt|raped|killed|cancer|suffer)",
            r"(?:hope|wish) (?:some ?one|some ?body|some1|they|it) (?:\w+ )?(?:hurts?|kills?|attacks?|rapes?|stabs?|takes?|"
            r"does (?:the same|that)|beats?) (?:to )?(?:you|u|your|ur)\b",
            # round 16 (inbound_unseen32): harm wished as fate or payback ("karma will get you and your family", "what goes
            # around comes around, you'll see", "your day will come")
            r"karma(?:'?s| is| will|'?ll| gonna| is gonna| is going to| going to| gunna)? (?:\w+ )?(?:get|gets|catch up with|"
            r"catches up with|come for|comes for|coming for|bite|bites|hit|hits|find|finds|sort|pay back|get back at|deal with) "
            r"(?:you|u|ya|ye|your|ur|yer)\b|what goes around comes around\b(?=[^.!?]{0,40}\b(?:you|u|ya|your|ur)\b)|(?:you|u|ya|your|ur)"
            r"\b[^.!?]{0,40}\bwhat goes around comes around|(?:your|ur|yer) (?:day|time|turn) will come\b|(?:you'?ll|youll|u'?ll|ull|"
            r"you will|u will) (?:get|have) (?:yours|urs|your comeuppance|ur comeuppance|what (?:you|u) deserve)\b|(?:you'?ll|youll|"
            r"u'?ll|ull|you will|u will|you are going to|you'?re gonna) (?:pay|suffer) for (?:this|that|what (?:you|u))\b|"
            r"(?:god|allah|the lord) (?:will )?(?:punish|curse|get|strike down|deal with) (?:you|u|ya)\b",
            # round 16: harm to the worker's home or car said as the act ("I'll put a brick through your window", "smash your
            # windows in") — inappropriate only (the council's decision: the worker's things, not the worker's body)
            r"(?:brick|bricks|rock|rocks|stone|stones|bottle|bottles|petrol bomb|firework|fireworks|paint) (?:through|thru|at|into|"
            r"over) (?:your|ur|yer) (?:\w+ )?(?:windows?|windscreen|front door|door|car|motor|house|front room)\b|"
            r"(?:put|smash|kick|have|get|put through|bang) (?:all )?(?:your|ur|yer) (?:\w+ )?(?:windows?|windscreen|front door|door) "
            r"(?:in|through)\b",
            r"(?:put|smash|push|kick|knock|stick|shove) (?:your|ur|yer) (?:face|head|teeth) (?:in|through|into|off)",
            r"set (?:the|my|me|our) dogs? (?:on|onto) (?:you|u)",
            r"(?:followed|following|follow|tracked|track) (?:you|u) (?:home|back|to (?:your|ur|the)|from (?:the |your |ur )?"
            r"(?:office|work|car ?park|station))",
            r"(?:wait|waiting) (?:for )?(?:you|u)\b.{0,25}\b(?:after (?:work|ur shift|your shift)|when (?:you|u) (?:finish|leave|"
            r"get out|clock off)|in the dark|every (?:day|night|morning))",
            r"(?:keep|carry on|go on|try) ignoring me|(?:see|watch|wait and see) what happens (?:to (?:you|u)|when i|if (?:you|u))",
            # round 13: a dare with "see what happens" ("keep messaging me and see what happens", "try taking my kids n c wot
            # happens", "come near my house again and see what happens") — not "try it and see what happens"
            r"(?:keep|carry on|go on|try|you dare|dare|just try|do that|say that|come (?:near|round|to|by)|turn up|show (?:your|ur|"
            r"yer) face)\b(?: \w+ing)?(?: (?:me|my \w+|at my \w+|near me|round here|here|again|one more time|once more|to my \w+)){1,2}"
            r"\W*(?:and|n|&|then|an)\W+(?:just )?(?:see|c|watch|wait and see) (?:what|wot|wat|wht|wht) (?:happens|happenz|happns|"
            r"will happen|happens next|i do|i'?ll do|ill do|i can do)\b",
            # round 13: the worker's movements remarked on ("nice of you to park on elm road every tuesday. noted.")
            r"(?:nice|good|kind|lovely|handy|interesting|funny|cute|sweet) (?:of|that|how) (?:you|u|ya) (?:\w+ ){0,2}?(?:to )?(?:park|"
            r"parks|leave|walk|go|drive|jog|run|shop|arrive|come|finish|get|take|stop|pop|nip|eat|have lunch)\b.{0,40}\b(?:every|each|"
            r"same time|at the same)\b|(?:you|u|ya|your|ur) (?:\w+ ){0,3}?(?:park|parks|parked|leave|walk|walks|drive|drives|jog|"
            r"arrive|shop|car|lunch|gym)\b.{0,40}\b(?:every|each|on) (?:mon|tues|wednes|thurs|fri|satur|sun)days?\b.{0,20}\bnoted\W*$",
            r"(?:you'?ll|youll|ull|u'?ll|you will|u will|you|u) (?:get|gonna get|going to get) what (?:you|u) deserve|"
            r"(?:you'?re|youre|ur|u r|you are) (?:gonna|going to|gna) get it\b|(?:you'?ll|youll|ull|u'?ll) get it\b",
            r"(?:i|we) know (?:what time|when) (?:you|u) (?:finish|leave|get off|clock off|go home|start)",
            r"(?:been|i'?m|im|keep|always|still) watching (?:you|u)\b",
            # round 12: the worker's routine watched, said as a remark ("funny how you always go home the same way", "you
            # always come out the side door at 5")
            r"(?:funny|interesting|strange|odd|noticed|notice|clocked) how (?:you|u) (?:always |usually |normally |tend to |still )?"
            r"(?:leave|go home|park|walk (?:home|back|to)|finish|arrive|come out|come in|get (?:the|your) (?:bus|train)|lock up|"
            r"drive (?:home|off))\b",
            r"(?:you|u) (?:always |usually |normally |tend to )?(?:leave|go home|park|walk (?:home|back|out)|come out|come in|lock up|"
            r"get in (?:your|ur) car)\b.{0,25}\b(?:(?:back|side|fire|staff) (?:door|exit|entrance|gate)|same time every)",
            r"\bor else\W*$|(?:now|today|tonight|asap|back),? or else\b",
            r"(?:answer|reply|respond|pick up)\b.{0,40}\b(?:answer|reply|respond|pick up)\b.{0,40}\b(?:answer|reply|respond|"
            r"pick up)",
            # veiled threats, monitoring and doxxing (inbound_unseen7)
            r"(?:be|would be|it'?d be|itd be|shame|pity) (?:a )?(?:shame|pity) if\b",
            r"accidents (?:happen|can happen)",
            r"(?:i|we) know (?:your|ur) (?:car|reg|house|street|kids|routine|husband|wife|partner)",
            r"(?:your|ur) (?:daughter|son|kids?|children|boy|girl|little one) (?:goes?|go|attends?) to\b",
            r"(?:your|ur) (?:mums?|dads?|husbands?|wifes?|partners?|sisters?|brothers?|parents?)'?s? (?:house|address|name|work)",
            r"where (?:he|she) works\b.{0,30}\b(?:ring|call|visit|tell|message)",
            r"(?:new|another|fake|second) (?:account|profile|number) so (?:you|u) (?:cant|can'?t|cannot) block",
            r"(?<!\bthe )(?<!\ba )(?<!\bcar )(?:sit|sits|sitting|sat|wait|waits|waited|waiting|park|parks|parked|parking|stand|stands|"
            r"standing|stood|hang\w* (?:around|about|round)) (?:outside|across from|opposite|near|by) (?:your|ur) (?:office|house|work|home|car|"
            r"building|street)",
            r"(?:what time|when) (?:your|ur) (?:train|bus|shift) (?:gets in|leaves|finishes|starts)",
            r"(?:everyone|every1|the whole estate|people|lads|boys|mates|olders|youngers|the gang|my lads|my boys|the estate) (?:\w+ ){0,3}"
            r"knows? (?:your|ur) (?:face|name|address|car|motor)",
            r"(?:don'?t|dont) make me come (?:down|round|over|to)",
            r"(?:knock|kick|punch|smash) (?:your|ur) (?:teeth|head|lights) (?:in|out)",
            r"(?:wait|waiting) (?:by|at|near|round) (?:your|ur) (?:car|house|door|office)",
            r"(?:coming|come|gonna come|going to come) (?:to )?find (?:you|u)\b",
            r"(?:you|u) (?:cant|can'?t|cannot) hide",
            r"keep (?:turning|showing) up\b.{0,40}\buntil",
            r"every (?:hour|day|night|morning) (?:until|till|til) (?:you|u)",
            r"(?:i'?ll|ill|i will) (?:message|text|ring|call|email) (?:you |u )?(?:\d+|loads|100|a hundred) (?:more )?(?:times )?"
            r"(?:till|until|til|more)",
            r"(?:gone|go|went) missing for less|(?:if i was|if i were) (?:you|u)\b",
            r"(?:mates|friends|cousins|brothers|lads|boys) (?:who'?d|whod|who would|that would|who will|who dont|dont) "
            r"(?:love to|like to|take kindly)",
            r"(?:reply|text|ring|call) (?:me )?(?:back )?now or\b",
            # inbound_unseen11: harm to the worker's things wished or hinted at ("shame if your car got keyed"), anyone
            # knowing where the worker parks, watching the worker's house, a demand "or it'll get broken"
            r"(?:shame|pity) if (?:your|ur|yer) (?:car|house|home|kids?|children|windows?|tyres?|family|face|office|dog|cat|"
            r"husband|wife|partner|mum|son|daughter)|(?:shame|pity) if (?:something|anything|summat|owt) (?:happened|happens|"
            r"was to happen|were to happen)|(?:shame|pity) if (?:you|u) (?:got|get|were|was) (?:hurt|attacked|followed|found|"
            r"jumped|stabbed|sacked)",
            r"(?:key|keyed|keying|scratch\w*|torch\w*|slash\w*|smash\w*|brick\w*|egg\w*|paint\w*) (?:your|ur|yer) (?:car|tyres|"
            r"windows?|house|door|motor)|(?:your|ur|yer) (?:car|tyres|windows?|motor) (?:got|gets|getting|get) (?:keyed|scratched|"
            r"smashed|torched|burnt|slashed|bricked|done)",
            r"knows? where (?:you|u|ya) (?:live|work|park|go|shop|drink|eat|walk|stay|sleep|get (?:the|your|ur) \w+)|"
            r"knows? (?:your|ur) (?:car|reg|route|address|house|street|kids)",
            r"(?:can|could) (?:see|c|watch) (?:your|ur|yer) (?:house|window|car|office|front door|bedroom|kids|desk)|"
            r"(?:outside|watching|parked (?:by|outside|near)) (?:your|ur|yer) (?:window|bedroom)",
            r"\bor (?:it'?ll|itll|you'?ll|youll|u'?ll|ull|it will|you will|u will|they'?ll|theyll|your|ur) (?:\w+ )?(?:get|be|end up) "
            r"(?:broken|smashed|hurt|done in|sorted|cut|burnt|kicked in|knocked out|shut|broke)\b",
            r"keep (?:your|ur|yer) (?:nose|beak|snout|hooter) out\b.{0,30}\b(?:or|else|if)\b",
            # inbound_unseen13: a flood of messages at night, "I know you're awake", a new number after being blocked,
            # "you can't ignore me forever", the worker's house or street described
            r"(?:have ?n'?t|havent|haven'?t|not|didn'?t|didnt|never|still not) (?:answered|replied to|responded to|read|"
            r"picked up|returned|looked at) (?:\w+ ){0,3}(?:[1-9]\d+|twenty|thirty|forty|fifty|hundred)\b (?:\w+ )?(?:messages|"
            r"texts|msgs|calls|missed calls|voicemails)|(?:that'?s|thats|this is|that is|over|like) (?:[1-9]\d+|twenty|thirty|"
            r"forty|fifty|a hundred) (?:missed calls|messages|texts|msgs|calls)\b(?!.{0,15}\b(?:from|to) (?:the|my|his|her|them)\b)",
            r"(?:i|we) (?:know|can see|can tell) (?:you'?re|youre|ur|u r|you are|u are) (?:still )?(?:awake|up|online|on ?line|home|"
            r"in bed|ignoring me|reading (?:these|this|them|my))\b",
            r"(?:why (?:did|have|has|would|d) (?:you|u|ya) |(?:you|u|ya) (?:have |'ve |ve |went and |just )?)block(?:ed)? "
            r"(?:me|my (?:number|other number|old number|account))\b|unblock me\b|"
            r"(?:new|another|different) (?:number|phone|sim|account)\b.{0,30}\b(?:you|u|ya) (?:blocked|block)\b",
            r"(?:you|u|ya) (?:can'?t|cant|cannot|won'?t|wont|will not) (?:ignore|avoid|block|hide from|get rid of|escape) me "
            r"(?:forever|for ever|for long|much longer|for much longer|that easily|like that)|"
            r"(?:you|u|ya) (?:can'?t|cant|cannot) (?:get rid of|escape) me\b",
            r"(?:know|found out|seen|find out) (?:which|what|where) (?:nursery|school|college|club|childminder) (?:your|ur|yer) "
            r"(?:\w+ ){0,2}(?:goes|go|attends?|is at|is in)\b|(?:answer|pick up) (?:ur|your|yer|the) (?:phone|fone)\b.{0,10}\bor\b|"
            r"\bor (?:i'?m|im|i am|i'?ll|ill) (?:coming|come|be) (?:down|round|over|up) (?:there|to (?:yours|your|ur|the office))|"
            r"why (?:arent|aren'?t|r|are|are you not|wont|won'?t) (?:you|u) (?:not )?(?:answering|replying|picking up|responding)\b"
            r".{0,40}\b(?:hello|answer|reply|oi)\b.{0,20}\b(?:hello|answer|reply|oi)\b",
            # a widening sweep of round 8: being near the worker on the way home, watching them leave, "u up?", calls
            # counted, blocking that will not work, threats of getting hurt
            r"(?:i was|i'?m|im|i sat|i stood) (?:right |just )?(?:behind|next to|near|opposite) (?:you|u|ya) (?:on|in|at) (?:the )?"
            r"(?:bus|train|tube|street|shop|queue|car ?park|supermarket|tesco|asda|aldi|lidl|way home)\b|"
            r"(?:saw|seen|watched|watching|watch) (?:you|u|ya) (?:leave|leaving|arrive|arriving|get (?:in|into|out of)|getting "
            r"(?:in|into|out of)|park|parking|lock|locking) (?:the |your |ur )?(?:office|work|home|car|house|building)\b",
            r"(?:you|u|ya|r u|are you|are u) (?:still )?(?:awake|up)\?+\W*(?:x+|\U0001f618|\U0001f60f|\U0001f609|;-?\))|"
            r"(?<!\bsign )(?<!\bpick )(?<!\bset )(?<!\bput )(?<!\bhook )(?<!\bmeet )(?<!\bfill )(?<!\bback )(?<!\bcheer )"
            r"(?<!\bcall )(?<!\bbook )(?<!\bline )\bu up\?|(?:rung|rang|called|phoned|texted|messaged|rung) (?:you|u|ya) (?:like )?(?:[1-9]\d+|twenty|thirty|forty|"
            r"fifty|a hundred) times|(?:[1-9]\d+|twenty|thirty|forty|fifty) missed calls\b(?!.{0,15}\bfrom\b)",
            r"block(?:ing)? me (?:won'?t|wont|will not|doesn'?t|doesnt|isn'?t|isnt|aint|ain'?t) (?:work|help|stop)|(?:so|and|then) "
            r"(?:you|u|ya) (?:can'?t|cant|cannot) block me|(?:don'?t|dont|do not) (?:you dare )?block (?:me|this (?:one|number)|my "
            r"(?:new )?number)(?: again)?\b",
            r"(?:you|u|ya)(?:'?d| had)? (?:better|best) watch (?:it|yourself|urself|your back|ur back)\b|"
            r"(?:you'?re|youre|ur|you are|u r|you|u|you'?ll|youll|u'?ll) (?:gonna |going to |gna |will )?get (?:hurt|smacked|slapped|"
            r"battered|stabbed|done in|a slap|a beating|a kicking|your head kicked in|ur head kicked in)\b(?! (?:on|by|from|with|in|at|"
            r"doing|if (?:you|u) (?:use|climb|touch|step|sit|walk|lift)))|"
            r"(?:i'?ll|ill|i will|gonna|im gonna|i'?m going to) make (?:you|u|ya) (?:suffer|pay|bleed|cry|wish)\b",
            r"(?:saw|seen|see|watching|watched|can see|could see) (?:you|u|ya) (?:through|thru|in|at) (?:the|your|ur|yer) (?:office "
            r"|car |kitchen |front |bedroom )?window|(?:you|u|ya) should smile more|smile (?:more )?for me\b",
            r"(?:which|what) (?:house|flat|door|one|number) is (?:yours|urs)\b|nice (?:house|place|car|street|garden|motor|front "
            r"door) (?:you|u|ya) (?:got|have|live in|drive)\b|(?:you|u|ya) live (?:on|in|at|off) (?:\w+ )?(?:road|street|avenue|"
            r"close|lane|drive|way|crescent|terrace|estate)\b",
            r"(?:you'?re|youre|ur|you are|u r|u are|you|u) (?:gonna|going to|gna|will) (?:regret|be sorry|pay for)\b",
            # inbound_unseen15: street-slang threats of violence ("ur gettin merked", "gonna shank u bruv", "bang u up",
            # "ill batter u"), threats to drag the worker out, to take the worker's child, "she's next", false
            # allegations threatened, doxxing through the electoral roll or Google, stalking at the gym, shops or home
            r"(?:you|u|ya|ur|you'?re|youre|u r|you are|you'?ll|youll|u'?ll|ull|you will|u will|yer) (?:gonna |gna |gunna |going to |"
            r"will |bout to |about to )?(?:get|gets|gettin|getting|got) (?:merked|murked|"
            r"merk'?d|shanked|stabbed up|wetted|wet up|bodied|banged up|done in|sliced|sliced up|chinged|duppied|rushed|sparked|"
            r"sparked out|clapped|smoked|deaded|cheffed|chef'?d|splashed|jooked|poked up|leathered|lamped|decked|bottled|glassed|"
            r"boxed in|knocked out|battered|jumped|done over)\b(?! by (?:the )?(?:rain|wind|weather|storm|waves|sea|sun|traffic|"
            r"crowds?|kids|midges|mozzies)\b)",
            r"(?:merk|murk|shank|shiv|ching|duppy|cheff?|splash|jook|wet|spark|bang|bore|cave|do|knock|batter|leather|lamp|deck|"
            r"bottle|glass|jump|rush|stab|smash|boot|kick|beat|punch|slap|knife|cut|slice|burn|end) (?:you|u|ya|yu)(?: up| out| in| down| over)?\b"
            # round 23: not a thing made or given ("ill knock you up a sandwich", "ill burn you a cd", "ill do you a copy")
            r"(?! (?:(?:up|out) )?(?:a|an|some|summat|something|sommat|one|two|copies|copy|the|ur|your)\b)"
            rf"{_NOT_A_GAME}"
            r"(?=.{0,40}\b(?:bruv|fam|blud|innit|if|again|when|next time|watch|mate|cuz|b4|before|tonight|tomorrow|later|soon|i swear)\b|"
            r"\W*$)(?<!\bdo you)(?<!\bdo u)(?<!\bdo ya)",
            r"(?:merk|murk|shank|shiv|ching|duppy|cheff?|jook) (?:you|u|ya|yu|your|ur|yer)\b|bang (?:you|u|ya) up\b|"
            r"spark (?:you|u|ya) out\b|cave (?:your|ur|yer) (?:head|face|skull) in\b|"
            r"(?:come|coming|comes) (?:to|round|near|by) (?:my|me) (?:door|house|flat|home|gaff|yard|ends)\b.{0,30}\b(?:merked|"
            r"shanked|battered|hurt|sorted|dealt with|regret|see what happens|bang|done)",
            r"drag (?:you|u|ya) (?:out|down|across|through|outside|by|off|up|round)\b",
            r"(?:i'?ll|ill|i will|gonna|im gonna|i'?m going to|i am going to) (?:take|have|get|grab|snatch) (?:yours|urs|yers|your (?:kids?|"
            r"baby|babies|children|son|daughter|little one|boy|girl)|ur (?:kids?|baby|babies|children|son|daughter|little one|boy|girl))\b|"
            r"see how (?:you|u|ya) like it when\b",
            r"(?:tell|warn) (?:your|ur|yer) (?:manager|boss|colleague|team|mate|husband|wife|supervisor|friend)\b.{0,30}\b"
            r"(?:(?:she|he|they)(?:'?s|'?re| is| are| r) next|(?:she|he|they)(?:'?ll|ll| will) be next|watch (?:her|his|their) back)|"
            r"(?:you'?re|youre|ur|you are|u r|she'?s|shes|he'?s|hes|they'?re|theyre|your manager is|ur manager is|your boss is|"
            r"your kids are|ur kids are) next\W*$",
            r"(?:i'?ll|ill|i will|gonna|going to|im gonna|i'?m going to) (?:tell|say to|report (?:it )?to|post|put it about|spread it|"
            r"let|inform|go to) (?:everyone|every1|people|the (?:police|papers|paper|press|whole estate|school|council|news)|"
            r"(?:your|ur) (?:boss|manager|bosses)|facebook|social media)\b.{0,20}\b(?:you|u|ya) (?:touched|abused|hit|assaulted|groped|"
            r"raped|hurt|attacked|molested|interfered|fiddled|came on to|tried it on|hit on|threatened|stole|nicked)\b|"
            r"see how long (?:you|u|ya) (?:keep|last|stay|hold on to)\b",
            r"(?:found|find|looked|look|searched|search|tracked) (?:you|u|ya) (?:up )?(?:on|in|through|via|using) (?:the )?(?:electoral roll|"
            r"voters? roll|voting register|electoral register|google|192|facebook|linkedin|companies house|insta\w*|tiktok|twitter|"
            r"the internet|online)|(?:googled|googling|looked up|searched up|search(?:ed)? for) (?:you|u|ya|your name|ur name|where (?:you|u))\b|"
            r"(?:electoral|voters?|voting) (?:roll|register)\b.{0,40}\b(?:you|u|your|ur|yer)\b|(?:your|ur|yer) (?:name|address|house|"
            r"details) (?:is |are |was )?(?:on|in) (?:the )?(?:electoral (?:roll|register)|voters? roll|google|192)",
            r"(?:(?:seen|saw|spotted|noticed|clocked|watched|watching) (?:you|u|ya) (?:\w+ ){0,2}?(?:go|going|goes|at|in|down|use|using|"
            r"train\w*|work\w* out|shop\w*|leav\w*|com\w* out of|outside|walk\w*|jog\w*|run\w*)|see (?:you|u|ya) (?:go|going|goes|"
            r"use|using|train\w*|work\w* out|shop\w*|leav\w*|walk\w*|jog\w*|run\w*))\b.{0,25}\b(?:gym|puregym|the ?gym|"
            r"leisure cent\w*|pool|swimming baths|shops?|tesco|asda|aldi|lidl|sainsbury'?s?|morrisons|co-?op|primark|the park|pub|"
            r"your (?:house|flat|street|road)|ur (?:house|flat|street|road)|"
            r"home|class|spin class|pilates|yoga|salon|hairdressers?|nail bar)\b",
            r"(?:took|taken|taking|take|got|have|snapped) (?:a )?(?:pic|pics|picture|pictures|photo|photos|video|vid|snap)s? of (?:you|u|ya|"
            r"your (?:car|house|kids?|front door|flat|husband|wife)|ur (?:car|house|kids?|front door|flat))\b|"
            r"(?:which|what) (?:gym|shop|supermarket|pub|church|mosque|street|road|area|estate|nursery|school) (?:do|d|does) (?:you|u|ya|"
            r"your|ur) (?:kids? |son |daughter )?(?:go|use|live|shop|train|attend)\b|(?:might|may|gonna|going to|i'?ll|ill) join "
            r"(?:it |that one |there |up )?(?:my ?self|too|as well|meself)\b.{0,5}[\U0001f609\U0001f60f\U0001f608\U0001f618]",
            r"(?:give|teach|show) (?:you|u|ya) (?:what (?:you|u|ya) deserve|a lesson|a lesson (?:you|u) won'?t forget)|sleep with one eye "
            r"open|(?:you|u|ya)(?: won'?t| wont| will not) be (?:smiling|laughing|so smug|so cocky|so clever|so brave|around) for "
            r"(?:long|much longer)|(?:you'?ve|youve|you have|u have|uve|u'?ve) (?:made|got) (?:an |yourself an |urself an |some )?"
            r"enem(?:y|ies)|(?:i wouldnt|i wouldn'?t|i would not|id not|i'?d not) walk (?:home|back|to (?:your|ur) car|about) "
            r"(?:alone|on (?:your|ur) own|at night|in the dark)|(?:i'?ll|ill|i will|we'?ll|well) be (?:outside|at|waiting at|round|"
            r"waiting outside) (?:your|ur|yer) (?:work|house|home|flat|front door|kids'? school|gym)\b|looking over (?:your|ur) "
            r"shoulder|(?:somebody|someone|some1|some ?one) (?:should|needs to|is gonna|will|gonna) (?:teach|sort|deal with|shut) "
            r"(?:you|u|ya)\b",
            r"(?:nice|lovely|smart|shiny|flash) (?:\w+ ){0,2}(?:car|motor|mini|corsa|fiesta|golf|polo|audi|bmw|merc|mercedes|van|"
            r"bike|house|flat|garden|kia|clio|jeep|range rover) (?:you|u|ya) (?:got|have|drive|live in|park)\b|(?:easy|not hard|"
            r"wasn'?t hard|wasnt hard|so simple) (?:it is |to )?(?:to )?(?:find|track down|look up) (?:someone'?s|somebody'?s|where "
            r"(?:you|u|people|someone|social workers)|your|ur) (?:house|address|live|home|lives)\b",
            r"(?:wrap|smash|break) (?:this|a|the|my) \w+ (?:round|over|across) (?:your|ur|yer) (?:head|face|neck|skull)|rip (?:your|ur|"
            r"yer) (?:head|face|throat|tongue|arms?|eyes) (?:off|out)|(?:you'?re|youre|ur|you are|u r) (?:getting|gettin) (?:slapped|"
            r"smacked|punched|hit|decked|a slap|a smack|a punch|battered|kicked|stabbed|knocked out|laid out|merked|done)\b|one more "
            r"word (?:and|n|out of (?:you|u)) ",
            r"(?:what time|when) (?:do|does) (?:your|ur|yer) (?:kids|son|daughter|children|little one|boy|girl) (?:finish|start|get out|"
            r"leave|come out)\b|(?:your|ur|yer) (?:house|flat|car|front door|door|garden|gate)\b.{0,30}\b(?:doesnt it|doesn'?t it|isnt "
            r"it|isn'?t it|innit)\b|(?:i|we) know (?:you|u|ya) (?:\w+ ){0,3}?(?:gym|every (?:morning|night|day)|on (?:your|ur) own|alone)\b",
            r"(?:saw|seen|spotted|noticed|clocked|watching|watched|watch|love watching|like watching|i see|we see) (?:you|u|ya)\b.{0,40}\b(?:on "
            r"(?:your|ur|yer) own|every (?:morning|night|day|evening|week)|on (?:your|ur) day off|jogging|"
            r"running|walk(?:ing)? (?:past|home|the dog)|with (?:your|ur|yer) (?:little )?(?:boy|girl|kids?|son|daughter|husband|wife|"
            r"partner|fella|boyfriend|girlfriend|mum|dog|family|mates))\b|"
            r"(?:you|u|ya) (?:was|were) (?:in|at|down|up|outside) (?:the )?\w+\b.{0,30}\b(?:with (?:your|ur|yer) (?:little )?(?:boy|"
            r"girl|kids?|son|daughter|husband|wife|partner|fella)|on (?:your|ur) own)\b|"
            # round 15: the worker's routine told back with a question tag ("u leave by the side door most nights dont u")
            r"(?:you|u|ya) (?:always |usually |normally |tend to )?(?:park|parks|leave|finish|get|arrive|go|walk|jog|run|come out|"
            r"lock up)\b[^.!?]{0,40}?\b(?:most|every|each) (?:days?|mornings?|nights?|evenings?|weeks?|mondays?|tuesdays?|wednesdays?|"
            r"thursdays?|fridays?|weekends?)\b[^.!?]{0,10}?\b(?:don'?t|dont|do|isn'?t|isnt|innit|right) ?(?:you|u|ya|it)?\W*$",
            r"(?:you|u|ya) always (?:leave|get|park|finish|walk|go|come out|arrive|lock up|jog|run)\b.{0,30}\b(?:dont (?:you|u|ya)|"
            r"don'?t (?:you|u|ya)|every|on (?:your|ur) own|alone)\b|watching (?:you|u|ya) (?:walk|go|leave|come|get|park|jog|run|"
            r"sleep|undress|shower)",
            r"(?:be a shame|would be a shame|shame) if (?:your|ur|yer|something|anything|someone)\b|(?:hope|hope that) (?:your|ur) "
            r"(?:car|house|home|windows|tyres) (?:is|are) (?:insured|alright|ok)\b|(?:careful|be careful) where (?:you|u|ya) park\b|"
            r"(?:nice|lovely) (?:car|motor|house|kids|school)\b.{0,40}\b(?:shame|careful|if something|scratch\w*|keep an eye)",
            r"(?:it'?ll|itll|it will|it'?s|its|it is|it'?d|itd|it would) (?:all )?be (?:all )?(?:on )?(?:your|ur|yer) (?:fault|head|"
            r"conscience|hands)|(?:your|ur|yer) name (?:and address )?(?:on it|in (?:it|the note|my note|the letter)|will be (?:on|in|"
            r"everywhere|online))|(?:post|share|put|leave|write)\b.{0,30}\b(?:your|ur|yer) (?:name|address|details|number)\b.{0,40}"
            r"\b(?:everyone|every1|online|facebook|note|post|who did)|so (?:everyone|every1|people|they) (?:knows?|see|sees) (?:who|what) "
            r"(?:did|done|you|u)\b",
            # inbound_unseen17: 'you'll leave in an ambulance', the worker's car registration written down, a voice note described
            r"(?:you\'?ll|youll|you will|ye\'?ll|yell|u\'?ll|ull) (?:leave|be leaving|go home|go out|be going home|be carried out) (?:in|on) (?:an ambulance|a box|a body bag|a stretcher)",
            r"(?:wrote|written|writ|took|taken|noted|got|clocked|have|copied) (?:down )?(?:your|ur|yer) (?:car )?(?:reg|registration|number ?plate|reg plate|plate)\b",
            r"(?:repeat\w*|reading out|saying|shouting) (?:the |her |his )?worker\'?s (?:home )?address|worker\'?s home address",
            r"(?:kick|smash|punch|batter|knock|stove|panel) (?:your|ur|yer|ye|yer wee) (?:heid|head|face|teeth|coupon|puss|melt) in",
            r"(?:you\'?ll|youll|ye\'?ll|yell|u\'?ll|yous\'?ll|youse\'?ll) (?:\w+ )?get (?:a (?:doing|kicking|hiding|battering|leathering|pasting|slap|sore face)|yer heid kicked|your head kicked)",
            r"(?:fake|new|second|another|secret) (?:account|profile|page|number) to (?:keep an eye on|watch|follow|stalk|message|see what) (?:you|u|ya)\b",
            # round 11: the worker's family found and contacted ("found your mum on facebook, shall I message her about…"), the
            # worker's home number got ("got your home number now, off 192.com")
            r"(?:found|find|found out|tracked down|track down|looked up|look up|know|got|seen|saw|added) (?:your|ur|yer) (?:mum|mam|"
            r"mom|dad|husband|hubby|wife|partner|kids?|son|daughter|sister|brother|family|boyfriend|girlfriend|fella|nan|gran|"
            r"parents|missus|other half)(?:'?s)? (?:on|online|address|number|house|facebook|fb|insta\w*|profile|page|work|tiktok|"
            r"snap\w*|linkedin|twitter)\b|(?:message|contact|tell|ring|call|visit|text|dm|inbox|have a word with|pay a visit to) "
            r"(?:your|ur|yer) (?:mum|mam|mom|dad|husband|hubby|wife|partner|kids?|family|sister|brother|boyfriend|fella|nan|parents|"
            r"neighbours|missus) (?:about|and tell|to tell|what)\b",
            r"(?:got|have|found|know|found out) (?:your|ur|yer) (?:home|private|personal|own|real|house) (?:number|phone|phone number|"
            r"landline|mobile|mobile number)\b|(?:got|have|found|know|found out) (?:your|ur|yer) landline\b|\b192(?:\.com| dot com|com)\b",
            # round 14: remarks that show the writer watches the worker's home, car, gym, family or routine ("saw your car's back
            # on the drive", "your gym on Carlton Street shuts at 9 doesnt it", "6am spin tues and thurs isnt it", "nice house on
            # Elm Road", "interesting to see your husband at the dinner", "your husband works at the garage doesn't he")
            r"(?:saw|seen|see|noticed|spotted|clocked) (?:that )?(?:your|ur|yer) (?:car|motor|van|bike)(?:'?s| is| was)? (?:back |still "
            r"|not )?(?:on|in|outside|at|parked (?:on|in|outside|at)) (?:the |your |ur )?(?:drive|driveway|house|home|street|road|"
            r"garage|close)\b",
            r"(?:your|ur|yer) gym\b[^!?]{0,50}?\b(?:shuts|opens|closes|at \d|\d ?(?:am|pm)|doesn'?t it|doesnt it|isn'?t it|isnt it|"
            r"innit|every|mondays?|tuesdays?|tues|wednesdays?|thursdays?|thurs|fridays?|saturdays?|sundays?)\b",
            r"(?:gym|spin|pilates|yoga|swim|swimming|run|jog|jogging|workout|zumba|boxing class|bootcamp)\b[^.!?]{0,40}?\b(?:\d{1,2} ?"
            r"(?:am|pm)|mon(?:day)?s?|tues(?:day)?s?|wed(?:nesday)?s?|thurs(?:day)?s?|fri(?:day)?s?|sat(?:urday)?s?|sun(?:day)?s?)\b"
            r"[^.!?]{0,30}?\b(?:isn'?t it|isnt it|innit|don'?t you|dont you|aren'?t you|arent you)\b",
            r"(?:your|ur|yer) (?:husband|hubby|wife|partner|fella|boyfriend|girlfriend|kids?|son|daughter|mum|mam|dad|other half|"
            r"little (?:boy|girl|one)|children)\b[^.!?]{0,50}?\b(?:doesn'?t|doesnt|don'?t|dont|isn'?t|isnt|aren'?t|arent|didn'?t|"
            r"didnt|wasn'?t|wasnt|won'?t|wont) (?:he|she|they|it)\b",
            # (not "it was nice to meet your mum today", said by a worker of the person's family)
            r"(?:interesting|funny|strange|odd|curious) (?:to )?(?:see|seeing|saw|spot|spotting|bump into|run into) (?:your|ur|yer) "
            r"(?:husband|hubby|wife|partner|fella|boyfriend|girlfriend|kids?|son|daughter|mum|mam|dad|other half|family|little "
            r"(?:boy|girl|one)|children)\b|(?:saw|seen|spotted|clocked) (?:your|ur|yer) (?:husband|hubby|wife|partner|fella|boyfriend|"
            r"girlfriend|kids?|son|daughter|other half|little (?:boy|girl|one)|children) (?:at|in|down|outside|leaving|coming out of|"
            r"going into|with)\b",
            r"(?<!\bmy )(?<!\bour )(?<!\ba )(?<!\bthe )(?<!\bnew )(?<!\bis )(?<!\bwas )(?:nice|lovely|beautiful|cute|big|posh|fancy|"
            r"smart) (?:house|home|garden|front door|place|gaff|drive|curtains)\b(?: (?:you'?ve got|youve got|u got|you got))? (?:on|in|"
            r"off) (?!(?:my|our)\b)(?:\w+ )?(?:road|street|st|avenue|ave|close|lane|drive|way|crescent|gardens|terrace|grove|rd)\b",
            # round 14 (a widening sweep): "you deserve everything that's coming to you", "if i see you in town you're getting
            # it", "you're lucky i don't smack you", the worker's child's looks remarked on, the worker's number asked for to meet
            r"(?:deserve|deserves|get|getting|gets|got|have) (?:everything|all|what'?s|whats) (?:that'?s |thats "
            r"|that is )?coming to (?:you|u|ya)\b|(?:everything|all) (?:that'?s|thats|that is) coming to (?:you|u|ya)\b",
            r"(?:if|when|next time|once|soon as) (?:i|we|my \w+) (?:see|catch|find|get hold of|clock) (?:you|u|ya)\b[^.!?]{0,30}?\b"
            r"(?:you'?re|youre|ur|you are|u r|you'?ll|youll|u'?ll) (?:getting|gettin|get|gonna get|going to get) (?:it|yours|what'?s "
            r"coming|whats coming|what for)\b",
            r"(?:you'?re|youre|ur|you are|u r|u are) (?:lucky|fortunate) (?:i|we|my \w+) (?:don'?t|dont|didn'?t|didnt|haven'?t|havent|"
            r"never|hasn'?t|hasnt) (?:\w+ )?(?:smack|slap|hit|punch|deck|batter|kill|stab|hurt|knock|lamp|chin|twat|glass|thump|kick|"
            r"do|sort|deal with|come for|smacked|slapped|punched|decked|battered|killed|stabbed|knocked|lamped|chinned|twatted|"
            r"glassed|thumped|kicked|done|sorted|dealt with|come for) (?:you|u|ya)\b",
            r"(?:your|ur|yer) (?:daughter|girl|little girl|son|boy|kids?|children|wife|husband)(?:'?s| is| looks| was| looked)? (?:so |"
            r"very |really |well |proper )?(?:pretty|fit|hot|sexy|developed|developing|filled out|grown up|gorgeous|beautiful)\b"
            r"[^.!?]{0,30}?\b(?:how old|what age|whats? (?:her|his) name|where (?:does|do) (?:she|he|they) (?:go|live))",
            r"(?:your|ur|yer) (?:number|digits|mobile|personal number|private number|snap|insta)\b[^.!?]{0,30}?\b(?:so we can|and we "
            r"can|to|so i can) (?:meet|hang out|go out|chat properly|have a drink|get a drink|get to know|see each other|link)\b",
            r"(?:drove|drive|driving|drivin|walked|walk|walking|went|been|go|going|cycled|came) (?:past|by) (?:yours|urs|your (?:house|"
            r"place|flat|home|street|road|gaff)|ur (?:house|place|flat|home|street|road|gaff))\b",
            r"(?:nice|good|lovely|great|funny|interesting) (?:to )?(?:see|seeing|spot|spotting) (?:you|u|ya) (?:out )?(?:jogging|running|"
            r"at the gym|in the gym|at the pool|swimming|at the shops|on your (?:own|bike|run)|with your (?:husband|kids|fella|boyfriend|"
            r"family|partner))\b",
            # round 14: harassment with a veiled consequence ("dont make me keep ringin u, u wont like it")
            r"(?:don'?t|dont|do not) make me\b[^.!?]{0,40}?\b(?:you|u|ya) (?:won'?t|wont|will not|wouldn'?t|wouldnt) like (?:it|what "
            r"happens|me)\b|(?:you|u|ya) (?:won'?t|wont|will not) like what (?:happens|i do|i'?ll do)\b",
            # round 14 (a third sweep): "you need a good slap", the worker's breath or body insulted
            r"(?:you|u|ya|you'?re|youre|ur|u r) (?:need|needs|want|deserve|deserves|could do with|are asking for|r asking for|asking "
            r"for) (?:a )?(?:good |proper |right "
            r")?(?:slap|smack|kicking|hiding|beating|punch|battering|leathering|shoeing|clip round the ear|knock|seeing to|doing)\b",
            r"(?:you'?ve|youve|you have|uve|u have|u'?ve|you|u) (?:got|had|have) it coming\b(?! (?:in|by|on|through|next|tomorrow|"
            r"today|soon|back|to (?:you|u) (?:in|by|on|through)))",
            # round 14 (an eighth sweep): the worker's fitness routine known, greetings sent to the worker's family, the career
            # threatened
            r"(?:enjoy|enjoyed|how was|hows|how'?s) (?:your|ur|yer) (?:run|jog|swim|gym|gym session|workout|spin|spin class|yoga|"
            r"pilates|boxing|bootcamp)\b[^.!?]{0,20}?\b(?:this morning|last night|yesterday|earlier|at \d|on \w+day|tonight)\b",
            r"tell (?:your|ur|yer) (?:kids|son|daughter|husband|hubby|wife|boy|girl|little one|family|partner|fella|boyfriend|"
            r"girlfriend) (?:i said hi|i say hi|hello from me|hi from me|i'?m watching|im watching|i said hello)\b",
            # round 15: harm to the worker's things said as what will happen ("ur windows will be in bits by friday"), the
            # worker's home watched at night ("saw your bedroom light was still on at 2")
            r"(?:your|ur|yer) (?:\w+ )?(?:car|motor|van|tyres?|windows?|windscreen|wing mirrors?|paintwork|house|flat|front door|"
            r"door|garden|bins?|fence|shed)(?:'?s| is| are)? (?:will|'?ll|ll|gonna|going to|might|may|could) (?:\w+ )?(?:be|get|end "
            r"up) (?:\w+ )?(?:flat|slashed|smashed|keyed|scratched|bricked|on fire|burnt|burned|burnt out|torched|in bits|kicked in|"
            r"egged|spray ?painted|done in|set alight|let down)\b",
            r"(?:noticed|saw|seen|spotted|clocked|see|can see|could see) (?:that )?(?:your|ur|yer) (?:\w+ )?(?:light|lights|curtains|"
            r"blinds|telly|tv|window|windows)(?:'s| is| are| was| were)? (?:still |were |was )?(?:on|off|open|closed|shut|drawn)\b"
            r"(?! (?:at|in) (?:the )?(?:office|work|meeting|zoom|teams|call)\b)",
            r"(?:you|u) (?:won'?t|wont|will not) (?:be a social worker|be a sw|have (?:a|your|ur) job|be working here|be in (?:that|this|"
            r"your|ur) job) (?:for )?(?:much )?(?:longer|long)\b",
            # round 19b (inbound_unseen41): spitting at the worker threatened ("If I see you in town I'll spit in your face",
            # "ill gob on you") — inappropriate; whether it is also an act of violence is a question for the lead
            r"(?:i'?ll|ill|i will|i'?d|id|i would|gonna|going to|i'?m gonna|im gonna|we'?ll|i swear i'?ll) (?:\w+ )?(?:spit|gob|spit "
            r"right|gob right) (?:in|on|at) (?:your|ur|yer|ya) (?:face|eye|eyes|head|mouth|car|shoes|door)\b|(?:i'?ll|ill|i will|"
            r"gonna|going to|i'?m gonna|im gonna) (?:\w+ )?(?:spit|gob) (?:on|at) (?:you|u|ya)\b",
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
            r"(?:what|wat|wot|wht) (?:are |r |ya |you |u )?(?:you|u|ya) (?:wearing|wearin|wearing rn)\b(?! (?:to|for|at|on) "
            r"(?:the|court|tomorrow|a|my|work|monday|tuesday|wednesday|thursday|friday|ur|your|meeting)|,? so (?:i|we) (?:can|know|"
            r"recognise|spot))",
            r"(?:are|r) (?:you|u|ya) (?:still )?in (?:your|ur|yer) (?:pyjamas|pjs|jammies|dressing gown|nightie|nighty|towel|undies|"
            r"pants|knickers)\b",
            r"sexy",
            r"(?:hiya|hey|hi|morning|night|goodnight|good night|nite|night night|gn|evening|mornin|alright|thanks|cheers|bye|hello) gorgeous|gorgeous (?:x|xx|xxx|lady|girl|boy|"
            r"eyes|smile)\b|(?:you|u) (?:look|looked|looking) gorgeous",
            r"\bfit\b(?=.{0,20}(?:meet|drink|date|babe|x))",
            r"(?:you'?re|youre|ur|you are) (?:so |well |proper )?(?:fit|hot|sexy|gorgeous|beautiful|peng)",
            r"babe",
            r"(?<!\bme to )(?<!\bher to )(?<!\bhim to )(?<!\bthem to )send (?:me |us )?(?:a )?(?:pic|pics|picture|photo|selfie)s?(?! of (?:the|my|his|her|our|their|a|an|this|that|it|"
            r"those|these)\b)(?! of (?:your|ur) (?:form|letter|document|forms|letters|documents|payslip|bill|tenancy|passport|id|"
            r"meter))",
            r"(?:pic|pics|picture|photo|selfie)s? of (?:you|u|urself|yourself)\b(?!.{0,30}\bso (?:i|we|she|he|they|the kids|my \w+) "
            r"(?:knows?|can|recogni[sz]es?|will know))",
            r"(?:get|take|have) (?:you|u) (?:into|in|to) bed|(?:in|into) bed with (?:you|u)\b",
            r"knickers|panties|thong|(?:your|ur) (?:bra|boobs|tits|arse|ass|bum|body)",
            r"(?:nice|lovely|great|fit|sexy|peng|gorgeous|amazing|perfect|kissable) (?:arse|ass|bum|tits|boobs|body|rack|booty|legs|"
            r"thighs|lips|figure|curves|bottom|pins)",
            r"shag\w*|blow ?job|\bbj\b",
            r"(?:u|you|ur|you'?re|are you|r u|you still) single\b(?!-)",
            r"(?:something|sumthing|anything|pics?) (?:naughty|dirty|sexy|spicy)|naughty (?:pics?|photos?|things)",
            r"(?:you|u) look (?:\w+ )?(?:nice|hot|sexy|fit|gorgeous|good|lovely|peng) in (?:that|your|ur) (?:dress|skirt|top|"
            r"uniform|jeans|leggings)|can i see more",
            r"(?:back to|round|over to) (?:mine|my place|my flat)\b.{0,30}\b(?:drink|tonight|after work|later|wine|night)",
            r"(?:for a )?drink (?:after work|tonight|sometime)",
            r"(?:do|have) (?:you|u) (?:got|have) a (?:boyfriend|girlfriend|bf|gf|husband|fella)",
            r"just (?:me and you|you and me|me n you|u and me|me and u)",
            r"(?:come|pop) (?:round|over) (?:to )?(?:mine|my place|my flat)\b.{0,20}\b(?:tonight|later|alone|just)",
            r"selfie",
            r"kiss (?:you|u)",
            r"take (?:you|u) to bed",
            r"sleep with (?:you|u)",
            r"sex with (?:you|u)",
            r"(?:my|your|ur) (?:dick|cock|pussy|tits|boobs)",
            r"horny",
            r"show (?:us|me) (?:ur|your|yer) (?:tits|boobs|bum|arse|ass|body|legs)",
            r"(?:bra|cup|knicker) size",
            r"(?:short|tight|little|mini) skirt",
            # round 17 (inbound_unseen35): what the worker wore, remarked on with a leer ("them leggings you wore on the visit,
            # phwoar")
            r"(?:you|u|ya|your|ur|yer)\b[^.!?]{0,60}?\b(?:phw?oa+r+h*|fwoa+r+h*)|(?:phw?oa+r+h*|fwoa+r+h*)\b[^.!?]{0,60}?\b(?:you|u|"
            r"ya|your|ur|yer)|(?:that|those|them|the|your|ur) (?:\w+ )?(?:leggings|skirt|dress|jeans|tights|shorts|top|"
            r"trousers|blouse|outfit|heels|boots) (?:you|u|ya) (?:wore|had on|were wearing|was wearing)\b[^.!?]{0,40}?(?:\b(?:hot|"
            r"sexy|fit|peng|tasty|fire|gorgeous|stunning)\b|\U0001f975|\U0001f924|\U0001f60d|\U0001f60f|\U0001f525|\U0001f61b|"
            r"\U0001f445)",
            r"happy ending|massage when",
            r"(?:i get|getting|makes me|make me) hard\b",
            r"sit on my (?:lap|knee|face)",
            r"ready to mingle",
            r"(?:i'?ll|ill|i will) inspect (?:you|u)\b",
            r"(?:big enough|room) for (?:two|2) if (?:you|u)",
            r"(?:werent|weren'?t|wasnt|wasn'?t|not) wearing (?:much|anything|a lot)",
            r"(?:in|out of) (?:the|your|ur) (?:shower|bath|bed)\b(?!\W+(?:then |and then |and |after that |after |so )?(?:i'?ll |ill |"
            r"i will |i can |will )?(?:ring|call|text|phone|message|get back to|reply to|see|meet|come (?:to|round|and))\b)"
            r".{0,20}\b(?:you|u)\b|(?:you|u) in the (?:shower|bath)",
            r"cum (?:round|over)",
            # round 15: the worker in swimwear wished for, a suggestive promise ("wanna see u in a swimsuit", "ill show u
            # something ull like ;)")
            r"(?:see|c|picture|imagine) (?:you|u|ya) in (?:a |your |ur )?(?:bikini|swimsuit|swimming costume|cossie|bathing suit|"
            r"thong|nightie|nighty|negligee)\b",
            r"show (?:you|u|ya) something (?:you'?ll|youll|ull|u'?ll|you will|you|u|ya)(?: really| defo| definitely)? (?:like|"
            r"love|enjoy)\b[^.!?]{0,10}?(?:;\)|;-\)|x|[\U0001f609\U0001f60f\U0001f608\U0001f618\U0001f440])",
            # round 15: an advance made a secret, the worker asked to come alone or with drink ("don't tell your husband x",
            # "next time leave your student at the office, and bring a bottle"), what the worker sleeps in
            r"(?:don'?t|dont|do not|no need to) tell (?:your|ur|yer) (?:boyfriend|girlfriend|husband|hubby|wife|fella|partner|bf|gf|"
            r"other half|missus|man|boss|manager)\b",
            r"(?:come|pop|visit) (?:round|over|by)? ?(?:\w+ )?(?:on (?:your|ur) own|alone|by (?:yourself|urself)|without (?:the other "
            r"one|your (?:colleague|mate|student|partner|manager|shadow)|ur (?:colleague|mate|student|partner|manager|shadow)))\b"
            r"[^.!]{0,40}?(?:bring|wine|prosecco|fizz|drink|bottle|x\b|[\U0001f618\U0001f609\U0001f60f\U0001f48b\U0001f60d])|"
            r"(?:come|pop|visit|next time)\b[^.!?]{0,40}?\bbring (?:some |a bottle of |a |the )?(?:wine|prosecco|fizz|champagne|"
            r"bubbly|vodka|gin|rose|ros\xe9)\b",
            r"(?:what|wat|wot) (?:do|d) (?:you|u|ya) (?:wear|sleep) (?:in|to) bed\b|(?:what|wat|wot) (?:do|d) (?:you|u|ya) sleep in\b",
            r"(?:your|ur) mouth (?:would|could|wud) be",
            r"porn\w*",
            r"explicit",
            r"genitals?",
            r"outside (?:of )?work",
            r"just (?:us|the two of us)",
            r"(?:meet|go) (?:up )?for a drink",
            r"(?:i|i'?ve) (?:really )?(?:fancy|like|love) (?:you|u)\b(?! (?:for|guys|all|lot|both|lads|ladies|girls|team|people)\b)",
            # advances in new wording (inbound_unseen9): touching or kissing the worker imagined, love declared, a body
            # part admired, clothes asked for, innuendo with a wink
            r"(?:lick|licking|suck|sucking|taste|tasting|undress\w*|grope|groping|spank\w*|kissing|snog\w*|caress\w*|nibbl\w*) "
            r"(?:you|u|ya)\b",
            r"(?:touch|feel|kiss|lick|cuddle|rub|stroke) (?:you|u|ya) all over",
            r"(?:dream\w*|think\w*|thinkin|fantasi[sz]\w*|imagin\w*|want|wanna|love|keep thinking) (?:about |of |bout |abt )?"
            r"(?:kissing|touching|licking|cuddling|undressing|snogging|being with|sleeping with|in bed with|waking up (?:with|next to)) "
            r"(?:you|u|ya)\b",
            r"(?:i'?m|im|i am|i think i'?m|i think im|i have|i'?ve|ive) (?:fallen |falling |fell )?in love with (?:you|u|ya)\b",
            r"(?:you|u|ya) (?:make|made|making) me (?:so |feel |well |proper )*(?:hot|wet|hard|horny|tingle|tingly)\b|"
            r"(?:you|u|ya) (?:turn|turned|turning) me on|(?:turns|turned) me on\b.{0,20}\b(?:you|u)\b",
            r"(?:be|being) my (?:girlfriend|boyfriend|gf|bf|valentine|wife|missus|bird)\b",
            r"(?:get|have|got|getting) (?:you|u|ya) (?:alone|all to my ?self|on (?:your|ur) own)\b",
            r"(?:give|giving|gave) (?:you|u|ya) a (?:massage|rub|back rub|foot rub|kiss|cuddle)",
            r"(?:you|u|ya) (?:look|looked|looking|looks) (?:\w+ )?(?:stunning|hot|sexy|fit|peng|lush|tasty|fuckable)\b",
            r"(?:your|ur) (?:lips|thighs|figure|curves|cleavage)\b",
            # inbound_unseen13: feet and other body parts admired, the worker's smell, thinking of the worker in bed
            r"(?:are|r|were|was) (?:you|u|ya) wearing (?:tights|stockings|a skirt|a dress|a bra|heels|knickers|anything|much|"
            r"a thong|suspenders)\b|(?:did|do|will|would) (?:you|u|ya) (?:do|wear|put) (?:it|that|them|this|those) (?:on )?for me\b",
            r"(?:nice|lovely|cute|gorgeous|sexy|pretty|perfect|beautiful|dainty|little) (?:feet|toes|ankles)\b|(?:your|ur|yer) "
            r"(?:feet|toes|ankles|neck|skin|eyes)\b.{0,20}\b(?:cute|lovely|nice|sexy|gorgeous|pretty|perfect|beautiful|soft|"
            r"kissable)\b|(?:pic|pics|picture|photo|photos|selfie|video|vid)s? of (?:your|ur|yer) (?:feet|toes|legs|body|bum|arse|"
            r"chest|boobs|tits|lips|mouth|ankles)\b",
            r"(?:you|u|ya|your|ur) (?:\w+ )?(?:smell|smells|smelt|smelled) (?:so |really |well |dead |proper )?(?:nice|good|lovely|"
            r"amazing|gorgeous|sexy|sweet|beautiful|delicious)|love (?:how|the way|the smell of) (?:you|u|ur|your|yer) (?:\w+ )?"
            r"(?:smells?|smelt|taste|tastes|perfume)",
            r"(?:think|thinking|thinkin|dream\w*|fantasi[sz]\w*) (?:about|of|bout|abt) (?:you|u|ya)\b.{0,40}\b(?:in bed|"
            r"before (?:i|i go to) sleep|every night|all night|at night|when (?:i'?m|im) (?:alone|in bed)|in the shower)|"
            r"(?:do|d|does) (?:you|u|ya) (?:ever )?(?:think|dream) (?:about|of|bout) me\b.{0,20}\b(?:in bed|at night|when (?:you|u)"
            r"(?:'re|re| are| r)? (?:alone|in bed))|(?:dreamt|dreamed|had a dream|had a naughty dream|having dreams) (?:about|of|"
            r"bout) (?:you|u|ya)\b",
            r"(?:you|u) (?:have|'ve got|ve got|got|has) (?:(?:such|a|really|well|proper|very|dead) )*(?:nice|lovely|great|gorgeous|"
            r"sexy|amazing|beautiful|fit|perfect|kissable|big|pretty|cute|soft) (?:legs|lips|bum|arse|ass|body|figure|curves|boobs|tits|"
            r"thighs|bottom|chest|feet|toes|ankles|eyes|skin|neck|hands)",
            r"wear (?:something |a |some |that |those |your |ur )?(?:tight|low[- ]cut|see[- ]through|revealing|sexy|skimpy|"
            r"stockings|suspenders|less)\b|wear (?:\w+ ){1,3}for me\b",
            r"(?:a |an )?(?:freak|animal|beast|tiger|minx|goer|kinky|naughty) in (?:bed|the sack|the bedroom)|"
            r"(?:good|great|amazing|dirty|wild|filthy) in the (?:sack|bedroom)|between the sheets",
            r"(?:know what i mean|wink wink|nudge nudge|catch my drift)\W*(?:\U0001f609|\U0001f60f|\U0001f618|\U0001f61c|;-?\))|"
            r"wink wink|nudge nudge",
            r"fancy (?:you|u)",
            r"(?:go on|take (?:you|u) on) a date",
            r"marry me",
            r"(?:you'?re|youre|ur|you are|u r|u are) (?:(?:so|well|proper|actually|really|rly|bare|dead|very|pretty|"
            r"fucking|fkn|such a) ){1,3}(?:fit|hot|sexy|gorgeous|peng|tasty|stunning|fine)\b",
            r"bend (?:you|u) over|bent over (?:my|the|your|ur) (?:desk|knee|table|bed)",
            r"like it (?:rough|hard|dirty|from behind)",
            r"(?:bit of|some|a little) (?:fun|action)\b.{0,30}\b(?:wife|husband|missus|misses|partner|gf|bf|fella)'?s? "
            r"(?:out|away|at work|not in)",
            r"(?:lick|suck|touch|rub|grab|play with) my (?:balls|nuts|dick|cock|knob|willy|bum|arse|ass|tits|boobs|pussy)",
            r"(?:your|ur) (?:lips|mouth|legs|body|figure)\b.{0,40}\b(?:more than|bet|kiss|suck|wrapped|round me)",
            r"good for more than (?:talking|talkin|that)",
            r"(?:be |are |r |look |looks )?(?:good|great|amazing|dirty|wild|filthy) in bed",
            # inbound_unseen11: masturbation over the worker, "a right goer", "bet you're…", a home visit in bed
            r"(?:have|having|had|gonna have) a (?:wank|tug|fiddle)|(?:wank|wanking|wanked|jerk\w* off|jack\w* off|tug\w* off) "
            r"(?:over|to|about|thinking|at)\b|touch\w* (?:my ?self|meself)\b.{0,30}\b(?:you|u|ya|ur|your)\b|"
            r"(?:play\w*|fiddl\w*) with my ?self",
            r"show (?:you|u|ya) a (?:good|great|fun|real|naughty|wild) time|(?:have|show) (?:you|u|ya) some fun\b",
            r"(?:a )?(?:right|proper|real) (?:goer|goer in bed|minx|slapper|little minx)\b|"
            r"bet (?:you|u|ya|you'?re|ur|youre|u r) (?:are |r )?(?:a )?(?:right |proper |real )?(?:goer|filthy|dirty|kinky|wild|freak|"
            r"animal|tiger|naughty|screamer|moaner|good at|taste|moan|scream|like it|love it)",
            r"(?:do|would|will|can|could) (?:you|u|ya) (?:do )?(?:\w+ ){0,2}(?:visits?|it|one|sessions?|meetings?|appointments?) "
            r"(?:in (?:bed|my bed|the bedroom|the shower|the bath)|naked|topless)\b|(?:visit|inspect|assess|check on|see) me in "
            r"(?:bed|my bed|the bedroom|the shower|the bath)\b(?!.{0,20}\b(?:flu|ill|sick|poorly|covid|cold)\b)",
            r"\[(?:image|video|photo|picture|clip|voice ?note|voice message|audio|recording|gif|sticker)[^\]]*(?:porn|explicit|"
            r"nude|naked|genital|sexual|expos\w*|penis|dick|cock|moan\w*|groan\w*|pant(?:ing|s)\b|heav(?:y|ily) breath\w*|"
            r"breath\w* heav\w*|topless|underwear|pants down|private parts|privates|touching (?:him|her|them)sel\w*|wank\w*|"
            r"erect\w*|sex noises|kissing noises|in (?:his|her) (?:pants|boxers|underwear)|"
            r"masturbat\w*)[^\]]*\]",
            # inbound_unseen15: innuendo by emoji (aubergine, peach, droplets, tongue; a smirk or devil aimed at the
            # worker), the worker's voice that "does things to me", romantic pressure after a no
            r"[\U0001f346\U0001f351\U0001f4a6\U0001f445\U0001f924]",
            # a third widening sweep of round 9: explicit media described in round brackets or asterisks, or in new words
            # ("*sends pic of his privates*", "(picture of erect penis)", "[image: a man with his trousers down]")
            r"[\[(*]\s*(?:image|video|photo|picture|pic|clip|voice ?note|voice message|audio|recording|gif|sticker|sends?|sent|"
            r"attached|attachment|selfie|snap)\b[^\])*\n]{0,80}?(?:trousers (?:down|round)|pants (?:down|round)|privates|erect\w*|"
            r"pleasur\w*|dirty (?:things|talk|words|pics?)|aroused|touching (?:him|her|them)sel\w*|willy|penis|vagina|breasts|nipples?|"
            r"genital\w*|naked|nude|topless|porn\w*|explicit|sexual|masturbat\w*|wank\w*|dick|cock|expos\w*|underwear|lingerie|"
            r"bikini|bum|arse|boobs|tits)\b[^\])*\n]{0,80}[\])*]",
            r"(?:send|show|give) (?:me|us) (?:one|some|a few|more|another) of (?:you|u|urself|yourself)\b|(?:what'?s|whats|wots|what "
            r"is|wats) under (?:that|your|ur|the|yer) (?:cardigan|top|jumper|dress|skirt|shirt|blouse|uniform|coat|jacket|clothes|"
            r"towel|lanyard)\b",
            # a widening sweep of round 9: "wanna come back to mine after", "a lovely pair", the worker's personal number asked
            # for, possessive love ("you're mine", "leave your husband", "no one else can have you"), the worker's daughter
            r"(?:wanna|fancy|want to|do you want to|u want to|you coming) (?:come |coming )?back to (?:mine|my place|my "
            r"flat|my house|my room)\b|(?:lovely|nice|great|fine|cracking|amazing|gorgeous) (?:pair|rack)\b(?! of)|"
            r"(?:can|could|may) i (?:have|get|take) (?:your|ur|yer) (?:personal|private|own|real|home) (?:number|mobile|phone|no|"
            r"email|address)|(?:give|send) (?:me|us) (?:your|ur) (?:personal|private|own|real|home) (?:number|mobile|phone|no)|"
            r"(?:what'?s|whats|wots|wats) (?:your|ur) (?:personal (?:number|mobile)|snap|snapchat|insta|instagram|private number)\b",
            r"leave (?:your|ur|yer) (?:husband|wife|partner|fella|boyfriend|girlfriend|bf|gf|man|missus)\b|(?:you'?re|youre|ur|you are|"
            r"u r) (?:all )?mine\b(?! for)|(?:no ?one|nobody|no1) (?:else )?(?:can|will|is gonna|gets to|is allowed to) (?:have|touch|"
            r"be with) (?:you|u|ya)\b|(?:never|wont|won'?t) give up on us\b|(?:meant|made) (?:to be together|for each other)\b|"
            r"(?:your|ur|yer) (?:daughter|little girl|girl)(?:'?s| is| looks) (?:so |really |well |proper )?(?:pretty|gorgeous|fit|hot|"
            r"sexy|beautiful|developing|grown up)\b.{0,40}\bhow old",
            r"(?:free|alone|tonight|later|round|over|bed|single|"
            r"lonely|bored|naughty|fun|mine|my place)\W{0,4}[\U0001f609\U0001f60f\U0001f608\U0001f618\U0001f61c]",
            r"(?:your|ur|yer) (?:voice|accent|smile|laugh|eyes|lips|body|perfume|uniform|legs|hair)\b.{0,40}\b(?:does|do|did|doing) "
            r"(?:things|stuff|something) to me|(?:you|u|ya) (?:do|does|did) (?:things|stuff|something) to me|(?:your|ur|yer) voice\b"
            r".{0,30}\b(?:turns me on|drives me (?:wild|crazy|mad)|gets me (?:going|hot)|sexy|melts me)",
            r"(?:you|u|ya) (?:said|say|keep saying|told me) no\b.{0,60}\b(?:one date|a date|just one|one drink|a drink|go out|"
            r"(?:cant|can'?t) stop thinking|give (?:me|us) a chance|(?:i'?ll|ill|i) (?:keep|wont stop|won'?t stop) asking|kiss|"
            r"(?:i|still) (?:like|love|fancy|want) (?:you|u|ya))|(?:just|only|even|please|pls|plz|one) (?:one|1) "
            r"(?:date|drink|kiss|dinner|night out)\b|(?:can'?t|cant|cannot|cnt|carnt) stop thinking (?:about|of|bout|abt) (?:you|u|ya)\b|"
            r"(?:go|come) out with me\b|give (?:me|us) a chance\b|give (?:me|us|this|it) (?:just )?(?:one|1|another) (?:more )?(?:chance|"
            r"shot|go)\b.{0,30}\b(?:date|us|together|babe|hun|x+|please|pls|plz)\b|change (?:your|ur) mind about (?:me|us|a date|going out)",
            r"pay (?:you|u|ya|ye) (?:back )?in kind",
            # round 11: a date asked for ("can I take you out for dinner"), "your so hot" (you're), a dick pic described
            r"(?:take|taking|took) (?:you|u|ya) (?:out )?(?:for (?:a )?(?:dinner|drink|drinks|meal|romantic \w+|date)|on a date|out "
            r"(?:tonight|sometime|one night|on the town))\b|(?:a )?(?:dinner )?date with (?:me|you|u)\b",
            r"(?<![\w'])your (?:(?:so|well|proper|actually|really|dead|very|fucking|fkn) ){1,3}(?:fit|hot|sexy|gorgeous|peng|tasty|"
            r"stunning|beautiful|fine)\b",
            r"(?:dick|cock|knob|willy) ?pics?\b",
            # round 11: pressure after a no ("i've bought you a ring, you cant keep saying no forever")
            r"(?:you|u|ya) (?:can'?t|cant|cannot) (?:keep )?(?:saying|say|telling me) no (?:to me )?(?:forever|for ever|for long|much "
            r"longer)|(?:bought|got|buying|getting|ordered) (?:you|u|ya) (?:a |an )?(?:ring|engagement ring|wedding ring|lingerie|"
            r"underwear|nightie)\b",
            # round 11: "keep dreaming about you in that blue dress", "does your husband know you're texting me 😏 i won't tell"
            r"(?:keep|always|been|can'?t stop|cant stop|constantly|still|every night|all night|i) (?:\w+ )?(?:dreaming|dreamin|dream|"
            r"dreamt|dreamed|fantasi[sz]ing|fantasi[sz]e) (?:about|of|bout|abt) (?:you|u|ya)\b(?! (?:said|told|saying|telling|"
            r"were (?:taking|visiting|telling)|took|came to (?:take|visit)))|(?:dream\w*|fantasi[sz]\w*|thinking|think|imagin\w*|"
            r"picture|picturing) (?:about |of |bout )?(?:you|u|ya) (?:in|wearing|without|out of) (?:that|your|ur|those|them|a|nothing|"
            r"just)\b(?: \w+){0,2}? ?(?:dress|skirt|top|uniform|tights|jeans|leggings|bikini|underwear|knickers|bra|heels|boots|"
            r"outfit|shorts|swimsuit|cossie|nightie|pyjamas|lingerie|stockings|blouse|nothing|towel)\b",
            r"(?:does|do|would|will) (?:your|ur|yer) (?:husband|hubby|wife|partner|boyfriend|girlfriend|fella|bf|gf|man|missus|other "
            r"half) know (?:you'?re|youre|ur|u r|you are|about (?:us|me|this))\b|(?:i )?(?:won'?t|wont|will not) tell (?:if|anyone if) "
            r"(?:you|u|ya) (?:don'?t|dont|won'?t|wont)\b|(?:our|a) little secret\b.{0,10}(?:\U0001f609|\U0001f60f|\U0001f618|\U0001f608|;\)|x\b)",
            r"(?:makes|made|make|gets) me (?:so |dead |well |proper |really )?(?:hard|horny|wet)\b(?! (?:to|from|through|in the|walking|waiting|outside|and cold))",
            r"(?:got|get|getting|gets|am|im|i'?m) (?:so |rock |well |proper )?(?:hard|horny|wet) (?:thinking|thinkin|dreaming|looking|"
            r"lookin|talking|texting) (?:about|of|at|to|bout) (?:you|u|ya|ur|your)\b",
            # round 14: contact moved off the work channel ("add me on fb... we can chat proper off the work phone")
            r"add me on (?:fb|facebook|insta|instagram|snap|snapchat|whatsapp|tiktok|twitter|messenger|x)\b|(?:chat|talk|speak|text|"
            r"message|msg|talk to each other) (?:\w+ )?(?:off|outside (?:of )?|away from) (?:the )?(?:work|works) (?:phone|number|"
            r"app|hours|system)\b",
            # round 14: the worker's looks remarked on ("you'd look a lot better if you smiled more sweetheart")
            r"(?:you'?d|youd|u'?d|ud|you would|u would) look (?:a lot |a bit |much |so |loads |way |even )?(?:better|prettier|nicer|"
            r"hotter|sexier|fitter|younger|more (?:attractive|feminine|like a woman))\b(?! (?:in|with) (?:a|the) (?:coat|jacket|"
            r"brolly|umbrella|hat)\b)|if (?:you|u) smiled (?:more|a bit more|now and then)\b|(?:lose|lost|ditch) (?:them|those|the) "
            r"glasses\b",
            # round 14: a date asked for, a romantic gift ("come to the disco with me on friday it is a date. i bot you a rose")
            r"with me\b[^.!?]{0,50}?\b(?:it'?s|it is|its) a date\b|(?:bought|bot|got|brought|buyed|getting) (?:you|u|ya) (?:a |some "
            r"|a single |a red |a dozen )?(?:red )?(?:roses?|rose|ring|engagement ring|necklace|perfume|lingerie|underwear|teddy bear)\b"
            r"|(?:come|go) (?:to|out to) (?:the )?(?:disco|dance|cinema|pictures|club|restaurant|prom|ball) with me\b",
            # round 14 (a fourth sweep): "I'd treat you better than your husband does"
            r"(?:treat|love|look after|satisfy|please|make) (?:you|u|ya) (?:\w+ )?(?:better|happier|more) than (?:your|ur|yer) (?:husband|"
            r"hubby|fella|boyfriend|bf|partner|wife|man|other half|missus)\b",
            # round 14 (a fifth sweep): "i could make you very happy", "do you like older men", "when you bend over"
            r"(?:i|id|i'?d|i could|i can|i would|i will|ill|i'?ll|let me) (?:\w+ )?make (?:you|u|ya) (?:so |very |really |well )?(?:happy|"
            r"feel good|feel special|feel like a woman|feel like a man|scream|moan|blush)\b(?! (?:with|by|that|when|to know))",
            r"(?:do|d|would|will) (?:you|u|ya) (?:like|fancy|go for|date|prefer) (?:older|younger|married|mature|experienced|big|"
            r"bigger) (?:men|women|guys|blokes|lads|girls|fellas|ladies)\b",
            r"(?:love|like|enjoy|watch|watching|see|seeing) (?:it )?(?:when|how) (?:you|u|ya) (?:bend|bent|bends) (?:over|down)\b",
            # round 14 (a sixth sweep): "i've had a dream about us together ;)"
            r"(?:dream|dreams|dreamt|dreamed|dreaming|fantasi[sz]e|fantasi[sz]ing|thinking|think|thought) (?:about|of|bout|abt) (?:us|you "
            r"and me|me and you|me and u|u and me) (?:together|in bed|kissing|alone|being together|getting together)\b",
            # round 14 (a seventh sweep): "pretty for a social worker", "let me take you out", "text me when you're home alone"
            r"(?:you'?re|youre|ur|you are|u r|u are) (?:very |so |really |well |dead |proper )?(?:pretty|fit|hot|sexy|gorgeous|"
            r"beautiful|attractive|stunning|cute|tasty) for a\b",
            r"(?:let me|lemme|can i|could i|i want to|i wanna|i'?d like to|id like to|i'?d love to|id love to|when can i) take (?:you|u|"
            r"ya) out\b",
            r"(?:text|call|ring|message|msg|dm|snap|facetime|phone) me (?:when|if|once|whenever) (?:you'?re|youre|ur|you are|u r|u are|"
            r"your) (?:home alone|alone|on (?:your|ur) own|in bed|in the bath|single|by yourself)\b",
            r"give (?:us|me) a (?:kiss|snog|smooch|peck on the lips)\b",
        ),
    ),
    # ---- round 20b (inbound_unseen43) ---------------------------------------------------------------------------------
    (
        "discrimination",
        "A discriminatory slur or insult: report to the line manager (G15).",
        (
            # round 20b: a slur starred out but for its first and last letters ("some f****t telling me", "f**got") — round
            # 15's starred slurs wanted a letter of the middle
            r"f\*{2,6}t|f\*{2,4}[o0]t|f\*{1,3}g+[o0\*]t|f\*{1,3}gg?\*+",
            # round 20b: the worker's race, colour or religion made the reason they cannot know or judge ("what would a black
            # woman know about bringing up white kids", "some Asian bloke telling me how to raise my son", "a Muslim lass
            # lecturing me about parenting")
            r"what (?:would|does|do|could|can) (?:a |an |some |some fucking |that )?(?:black|brown|asian|muslim|paki|foreign|"
            r"polish|african|indian|pakistani|nigerian|jamaican|immigrant|coloured|chinese|romanian|eastern european|gay|lesbian)"
            r" (?:\w+ )?(?:woman|women|man|men|lass|lad|girl|bloke|person|people|one|worker|social worker|cow|bitch|fella)s? "
            r"(?:know|knows|understand|understands)\b",
            r"(?:some|a|an|this|that|no|not having a|not having some) (?:fucking |bloody |jumped up |little )?(?:black|brown|asian|"
            r"muslim|paki|foreign|polish|african|indian|pakistani|immigrant|coloured|romanian|gay|lesbian) (?:\w+ )?(?:woman|man|"
            r"lass|lad|girl|bloke|person|one|worker|social worker|cow|bitch|fella) (?:telling|lecturing|judging|teaching|"
            r"coming (?:in|round) (?:here )?(?:and )?telling) (?:me|us)\b",
        ),
    ),
    (
        "sexual",
        "Sexual content or advances towards the worker: report to the line manager (G15).",
        (
            # round 20b: a good time offered to the worker ("come round n ill show u a gd time darlin", "let me show you a
            # good time", "I could give you a good time")
            r"(?:i'?ll|ill|i will|let me|lemme|i can|i could|i'?d|id|i would|i wanna|i want to|we could|we can) (?:\w+ )?(?:show|give)"
            r" (?:you|u|ya|ye) a (?:good|gd|great|real|proper|fun|wild|gr8|nice|naughty) time\b",
        ),
    ),
    (
        "threat_to_worker",
        "A threat or intimidation aimed at the worker: report to the line manager and follow lone-working safety (G15).",
        (
            # round 20b: veiled intimidation with "when" as well as round 11's "if" ("don't be surprised when your car won't
            # start one morning", "dont be shocked when something happens to ur windows") — inappropriate only
            r"(?:don'?t|dont|do not) be (?:surprised|shocked) when (?:one (?:day|morning|night) )?(?:your|ur|yer|you|u|something|"
            r"someone|somebody|summat|things start)\b",
            # round 20b: spitting at the worker said as what will happen ("next time you come round I'm spitting in your face",
            # "im gobbing on you") — round 19b's "I'll spit" in other words; inappropriate only as round 19b
            r"(?:i'?m|im|i am|i'?m just|im just) (?:gonna be |going to be )?(?:spitting|gobbing) (?:right )?(?:in|on|at) (?:your|ur|yer|"
            r"ya|you|u)\b",
        ),
    ),
)

# Lethal threats against someone else are both a risk of harm to others and abuse of the worker.
_THREAT_TO_KILL = _INDEX.pattern(
    re.compile(
        r"\b(?:i'?ll|ill|i will|i'?m (?:going|gonna) to|im (?:going|gonna|gna)(?: to)?|gonna) (?:\w+ )?"
        r"(?:kill|stab|shoot|murder|hurt|batter|glass|knife|end|strangle|smother|throttle|(?:slice|carve|cut|chop)(?= \w+ up\b)) "
        r"(?:you|u|him|her|them|the baby|the kids)\b"
        # inbound_unseen11: "burn it down with you in it", and neighbouring wordings of a threat to someone's life
        r"|\b(?:burn|torch|petrol bomb|set fire to|blow up)\b.{0,40}\bwith (?:you|u|ya|him|her|them) (?:still )?in(?:side| it| there)?\b"
        r"|\b(?:cut|slit|slice) (?:your|ur|yer|his|her|their) throats?\b"
        # round 14: the worker's life to be ended ("you've ruined my life so i'm going to end yours. then mine")
        r"|\b(?:i'?ll|ill|i will|i'?m (?:going|gonna) to|im (?:going|gonna|gna)(?: to)?|gonna|going to) (?:\w+ )?(?:end (?:yours|"
        r"your life|ur life|your miserable life|your pathetic life|your worthless life)|take (?:your|ur) (?:life|miserable life))\b"
        r"|\b(?:put|see|have) (?:you|u|ya|him|her) (?:in (?:the ground|a box|a coffin|a body bag|the morgue)|six f(?:ee|oo)t under)\b"
        # round 15: the threat in the present tense, as writers of English as a second language put it ("if they take my son I
        # kill you")
        rf"|(?<![\w'])i (?:kill|murder|stab|shoot|strangle) (?:you|u|ya|him|her)\b{_NOT_A_GAME}",
        re.IGNORECASE,
    )
)

# Round 11, the council's decision: an EXPLICIT threat of physical violence against the worker — an act done to the
# worker's body or life, by the writer or by people they send ("I'll break your jaw", "you're getting glassed", "you'll
# leave in an ambulance", "my lads will batter you", "I'll set the dog on you") — is a risk of harm to others as well as
# abuse of the worker: both flags, as a threat to kill always was. Veiled intimidation with no act of violence said ("I
# know what car you drive", "I'm outside your house", "I've got people who'll deal with you", "watch your back") and harm
# to the worker's things ("I'll slash your tyres", "I'll smash your car up") stay inappropriate only.
_WHO_THREATENS = (
    r"(?:i'?ll|ill|il|i will|i'?m (?:going|gonna|gunna) to|im (?:going|gonna|gna|gunna)(?: to)?|i'?ma|imma|ima|gonna|gna|gunna|"
    r"going to|i am going to|we'?ll|we will|we'?re (?:going|gonna) to|were gonna|"
    r"(?:my|the|our|me) (?:lads|boys|mates|brothers|bros|cousins|sons|fella|man|husband|boyfriend|bf|son|brother|dad|family|"
    r"uncles?|dogs?) (?:will|'?ll|ll|are gonna|is gonna|are going to|is going to|gonna|would|'?d|wud)|"
    r"(?:they|he)(?:'?ll|ll| will| are gonna| is gonna|'?re gonna|'?s gonna))"
)
# a word or three between ("I'll fucking stab you", "I'll come round and batter you"), but not a denial ("I'll never
# hurt you") or someone else's harm prevented ("I'll make sure nobody hurts you")
_BETWEEN = r"(?:(?!(?:never|not|no|nt|dont|don'?t|wont|won'?t|want|wanna|let|make|help|stop|nobody|no ?one)\b)[\w']+ ){0,4}?"
# round 16 (inbound_unseen32): the threat after a clause of getting to the worker ("im going to wait outside your office and
# put you in hospital", "I'll find out where you live and batter you"): up to five more words ending in "and" or "then"
_AND_THEN = (
    r"(?:(?:(?!(?:never|not|no|nt|dont|don'?t|wont|won'?t|want|wanna|let|make|help|stop|nobody|no ?one)\b)[\w']+ ){1,5}?"
    r"(?:and|then|n|an|&|and then) )?"
)
_YOU = r"(?:you|u|ya|ye|yu|yous|youse)"
_BODY = (
    r"(?:face|head|heid|jaw|teeth|nose|legs?|arms?|skull|neck|ribs|kneecaps?|knees?|lips?|eyes?|throat|lights|coupon|mush|gob|"
    r"fingers?|hands?|spine|brains?|cheek|mouth|chin|ankles?|block|puss|melt|napper|swede)"
)
_VIOLENT = (  # violence whatever follows ("I'll stab you", "ill batter u")
    r"(?:kill|murder|stab|shank|shiv|knife|glass|bottle|batter|punch|slap|smack|deck|lamp|leather|twat|headbutt|nut|strangle|"
    r"throttle|choke|smother|merk|murk|chin|thump|whack|wallop|hurt|end|slice|drown|stamp on|kick|belt|bury|kneecap)"
)
_VIOLENT_AT_THE_END = r"(?:hit|beat|knock|bang|do|smash|jump|boot|shoot|cut|burn|drop|floor|sort)"  # "I'll hit you." but not "hit you up"
_VIOLENT_WITH = (  # "beat you up", "knock you out", "do you in"
    r"(?:(?:beat|bang|smash|batter|cut|slice|stab|carve) " + _YOU + r" up|(?:knock|spark|lay) " + _YOU + r" (?:out|spark out|"
    r"sparko|flat|into next week|senseless)|(?:do|kick|smash|cave) " + _YOU + r" in|do " + _YOU + r" over|beat " + _YOU
    + r" (?:senseless|black and blue|to a pulp|to death)|beat the (?:shit|crap|hell|life|living daylights|fuck) out of " + _YOU
    + r"|run " + _YOU + r" (?:over|down))\b"
)
# round 23: the writer themself ("ill", "i'd", "we'll"), not people sent (round 11: "I've got people who'll deal with you"
# is a veiled threat)
_THE_WRITER_WILL = (
    r"(?:i'?ll|ill|il|i will|i'?d|id|i would|i'?m (?:going|gonna|gunna) to|im (?:going|gonna|gna|gunna)(?: to)?|we'?ll|we will|"
    r"we'?d)"
)
_THREAT_OF_VIOLENCE = _INDEX.pattern(
    re.compile(
        # the writer or the people they send, doing it to the worker (or the worker's family)
        # round 14: "smack one of you", "batter the lot of you"
        rf"\b{_WHO_THREATENS} {_BETWEEN}{_AND_THEN}(?:{_VIOLENT} (?:(?:one|all|each|both|any|every one|the lot|some) of )?{_YOU}\b(?! (?:out|"
        rf"off)\b){_NOT_A_GAME}"
        rf"|{_VIOLENT_AT_THE_END} {_YOU}(?=\s*(?:$|[.!?,]|(?:if|when|next|again|bruv|fam|mate|i swear|you|u|ya|the (?:minute|second|"
        rf"moment|next time)|as soon as|soon as|on sight|(?:in|on) (?:the|your|ur|yer|ya) {_BODY}|"
        # round 14: with a weapon ("I WILL HIT YOU WITH MY STICK WEN YOU COME") — not "hit you with the details"
        r"with (?:my|a|the|me|this|his|her|that|a big|me big) (?:walking )?(?:stick|cane|bat|hammer|belt|brick|bottle|chair|pan|"
        r"frying pan|crutch|crutches|shoe|umbrella|brolly|knife|iron bar|plank|poker|rolling pin|spade|shovel|golf club|fists?|"
        rf"hockey stick|pole|bar|kettle))\b))"
        rf"|{_VIOLENT_WITH}"
        r"|(?:kill|stab|hurt|batter|glass|knife|shoot|strangle|smother|punch|kick|burn|beat up|slap|smash up|do) (?:your|ur|yer) "
        r"(?:kids?|children|son|daughter|husband|wife|family|boy|girl|little (?:one|boy|girl)|mum|mam|dad|partner|fella|"
        r"boyfriend|girlfriend|baby|bairns?|weans?)\b"
        rf"|(?:put|send|have|leave) {_YOU} (?:in|into) (?:hospital|the hospital|an ambulance|a ?& ?e|intensive care|icu|a "
        r"wheelchair|a coma|the ground|a box|a coffin|a body ?bag|the morgue|traction|a neck brace|the grave|an early grave)\b"
        rf"|set (?:the|my|me|our|his) (?:\w+ )?dogs? (?:on|onto) {_YOU}\b"
        r"|(?:throw|chuck|lob|launch|put|smash|hit|stick|bring|use|wrap|swing|take)\b.{0,12}?\b(?:brick|bottle|rock|stone|hammer|"
        r"bat|baseball bat|knife|blade|machete|axe|crowbar|iron bar|pint glass|glass|acid|bleach|chair|golf club|pole|plank|"
        rf"shovel|spade)\b.{{0,50}}?\b(?:(?:your|ur|yer|ya) (?:\w+ )?{_BODY}\b|at {_YOU}\b))"
        # round 15: a dog that will attack the worker ("the staffy will have your leg off", "my dog goes for people like you"),
        # the worker thrown through glass ("I'll throw you through that window"), the worker's child hurt in return ("you took
        # mine so i'll hurt yours")
        r"|\b(?:dog|dogs|dog'?s|staffy|staffie|pitbull|pit bull|xl bully|bully|rottweiler|rotty|alsatian|german shepherd)(?:'?s| is| "
        r"are| will|'?ll|ll| gonna| is gonna| is going to| would| might)? (?:\w+ )?(?:go|goes|going|gone|have|has|bite|rip|tear|"
        rf"maul|sink (?:his|its|her|their) teeth into) (?:for )?(?:(?:your|ur|yer) (?:\w+ )?{_BODY}\b|{_YOU}\b(?! (?:a walk|walkies"
        r"|to play)\b))"
        rf"|\blet (?:the dogs?|my dogs?|him|her|them|it) (?:off|loose)(?: the lead)? (?:on|at) {_YOU}\b"
        rf"|\b(?:put|putting|throw|throwing|chuck|chucking|push|pushing|launch|launching|send|sending|kick|kicking|boot|booting) "
        rf"{_YOU} (?:right )?(?:through|thru|out of) (?:the|a|that|this|my|your|ur|yer) (?:\w+ )?(?:window|windscreen|wall|glass|"
        r"table|ceiling|patio doors?|glass doors?)\b"
        rf"|\b{_WHO_THREATENS} {_BETWEEN}(?:hurt|harm|kill|stab|batter|beat|murder|strangle|smother|drown|burn|take it out on) "
        r"(?:yours|urs|yers)\b"
        # round 13: the weapon said first ("I've got a hammer and I'll use it on you", "got a blade n im not scared to use it
        # if u come round")
        r"|\b(?:got|have|bringing|bring|brought|carry|carrying|keep|take|taking|grab|grabbing|sharpened|sharpening)\b (?:a |an |my "
        r"|me |the |his |our )?(?:\w+ )?(?:hammer|knife|blade|machete|axe|crowbar|bat|baseball bat|iron bar|golf club|shank|"
        r"screwdriver|gun|shooter|blowtorch|cleaver|meat cleaver|stanley knife|stanley|samurai sword|sword|"
        r"hatchet|pickaxe|wrench|spanner|cosh|knuckle ?duster|taser|shotgun|rifle)s?\b.{0,40}?\b(?:use|swing|bury|test|pull) "
        rf"(?:it|them|that|this|one)\b(?: \w+){{0,2}}? (?:on|at|into|against|if) {_YOU}\b(?! (?:want|wanna|like|need|prefer|"
        r"think|say|let|ask|don'?t mind|dont mind|can|could|would))"
        # what will be done to the worker's body ("smash ur face in", "break your legs") — not "you'll break your neck on
        # those stairs", said of the worker's own doing
        r"|(?<![\w'])(?<!\byou )(?<!\bu )(?<!\bya )(?<!\bye )(?<!\byou'll )(?<!\byoull )(?<!\bu'll )(?<!\bull )(?<!\bcould )"
        r"(?<!\bmight )(?<!\bdont )(?<!\bdon't )(?<!\bnot )(?<!\bnever )(?<!\bmay )(?<!\bcan )"
        # round 13: "to" only when it is the writer's own intention ("I'm going to smash your face in", "i want to break ur
        # legs"), not "try not to break your neck", "you're going to break your neck"
        r"(?<!(?<!\bi'm going )(?<!\bim going )(?<!\bi am going )(?<!\bwe're going )(?<!\bwere going )(?<!\bwe are going )"
        r"(?<!\bi'm gonna )(?<!\bim gonna )(?<!\bi want )(?<!\bi wanna )(?<!\bi'd love )(?<!\bid love )(?<!\bi'd like )"
        r"(?<!\bid like )(?<!\bim about )(?<!\bi'm about )(?<!\bim going )\bto )"
        r"(?:smash|smack|kick|punch|cave|bash|knock|stamp on|boot|break|brake|snap|bust|burst|split|rip|tear|slash|slit|stab|glass|"
        r"bottle|batter|twat|deck|slap|rearrange|mash|pound|crack|stove|panel|kneecap) (?:your|ur|yer|ya|ye) (?:\w+ )?"
        rf"{_BODY}\b(?! (?:on|against|with|doing|for (?:you|u)|round))"
        # "i'll put your face through the window"
        rf"|\b(?:put|stick|shove|push|throw|smash|ram) (?:your|ur|yer|ya) {_BODY} (?:through|into|in|against) (?:the|a|that|this|my) "
        r"(?:window|wall|door|floor|table|desk|windscreen|mirror|glass|ground|pavement|railings)\b"
        # the worker as the one it happens to ("you're getting glassed", "you'll leave in an ambulance", "u r a dead woman")
        r"|\b(?:you|u|ya|ye|you'?re|youre|ur|u r|you are|u are|you'?ll|youll|u'?ll|ull|ye'?ll|yell|you will|u will|yous|youse)"
        r"(?: (?:gonna|gna|gunna|going to|will|bout to|about to|be|are))? (?:get|gets|gettin|getting|got) (?:merked|murked|merk'?d|"
        r"shanked|stabbed|stabbed up|wetted|wet up|bodied|banged up|done in|done over|sliced|sliced up|chinged|duppied|deaded|"
        r"cheffed|chef'?d|jooked|poked up|leathered|lamped|decked|bottled|glassed|knocked out|battered|sparked|sparked out|punched|"
        rf"kicked in|(?:your|ur|yer) (?:\w+ )?{_BODY} (?:kicked|smashed|caved|knocked|punched|stoved|panelled) in|a (?:hiding|"
        r"beating|kicking|doing|pasting|battering|leathering|slap|smack|knuckle sandwich|sore face|bullet|knife)|slapped|smacked|"
        r"beaten up|beat up|kneecapped|killed|murdered|strangled|knifed|dropped|jumped|shot)\b(?! (?:on|by|from|at|off|home|back|"
        r"round|to|in the|into|for|of|down|crossing|riding|driving|if (?:you|u) (?:use|climb|ride|cross|walk|drive|touch|step|sit|"
        r"lift|go)))"
        r"|\b(?:you|u|ya|ye)(?:'?ll|ll| will|'?re gonna|re gonna| are gonna| are going to|'?re going to| gonna|'?ll not| will not|"
        r"'?ll no) (?:\w+ )?(?:leave|go home|be going home|be leaving|be carried out|come out|walk out|go out|get out|be going out) "
        r"(?:of (?:here|there|that \w+|this \w+|my \w+) )?(?:in|on) (?:an ambulance|a body ?bag|a box|a coffin|a stretcher|a "
        r"wheelchair|a hearse)\b|\b(?:you|u|ye)(?:'?ll|ll| will| are gonna|'?re gonna|re gonna) (?:need|be needing|want) (?:a )?"
        r"new (?:face|teeth|jaw|nose|legs|kneecaps|head)\b|\b(?:you|u|ye)(?:'?ll|ll| will) be (?:eating|drinking|breathing) "
        r"(?:through|thru) a straw\b|\b(?:you|u|ye)(?:'?ll|ll| will| won'?t| wont|'?ll not| will not) (?:never )?walk (?:again|"
        r"straight again|properly again)\b"
        r"|\b(?:you'?re|youre|ur|u r|you are|u are|your|yer|ye are|yous are) (?:a |so |fucking |fuckin |well |proper )?dead(?: "
        r"(?:man|woman|girl|boy|meat|bitch|cow|walking))?(?=\s*(?:$|[.!?,]|(?:if|when|once|next|mate|bruv|love|pal|i swear|trust "
        r"me|mark my words|you|u|ya|walking|as soon as)\b))"
        r"|\b(?:bullet|knife|blade|brick) with (?:your|ur|yer) name on (?:it|them)\b|\b(?:break|brake|snap|smash) every bone in "
        r"(?:your|ur|yer) body\b"
        # "gna slap dat smile off ur face", "I'll knock the teeth out of your head" (not "wipe that smile off your face")
        r"|\b(?:slap|knock|punch|kick|smack|batter|boot) (?:that|dat|the|this) (?:smile|grin|smirk|look|taste|teeth|shit|"
        r"life) (?:right )?(?:off|out of|out|outta) (?:your|ur|ya|yer) (?:\w+ )?(?:face|mouth|gob|head|heid)\b"
        rf"|\b(?:your|ur|yer) (?:\w+ )?{_BODY} (?:will|'?ll|ll|is gonna|is going to|gonna) (?:get |be )?(?:broken|broke|smashed|"
        rf"rearranged|caved in|kicked in|snapped|stoved in)\b|\b{_BODY}\b.{{0,25}}\bor (?:it'?ll|itll|they'?ll|theyll|it will) "
        r"(?:get |be )?(?:broken|broke|smashed|rearranged|caved in|snapped)\b"
        # round 22b: "keep ur nose out of my family or ill break it", "ill fuck u up", "ill burn ur car wiv u in it", "ur
        # gonna get hurt"
        rf"|\b{_BODY}\b.{{0,40}}\bor (?:i'?ll|ill|i will|im gonna|i'?m gonna) (?:\w+ )?(?:break|smash|snap|bust|burst) (?:it|"
        rf"them)\b|\b(?:fuck|f\*+k|fk) {_YOU} up\b|\b(?:i'?ll|ill|i will|im gonna|i'?m gonna|gonna|going to|"
        rf"we'?ll) (?:\w+ ){{0,2}}?(?:burn|torch|petrol bomb|firebomb) (?:\w+ ){{0,3}}?(?:with|wiv|wi|and) {_YOU} (?:in|inside) "
        rf"(?:it|there)\b|\b(?:you'?re|youre|ur|u r|you are|u are|yer) (?:gonna|gna|gunna|going to) get "
        r"(?:hurt|hurted|seriously hurt|badly hurt)\b(?! (?:if (?:you|u) (?:climb|ride|cross|walk|drive|go|keep)|on|at|in "
        r"(?:the|that)|doing)\b)"
        # round 23: the writer coming round to "sort out" the worker, or that as the price of not stopping ("ill come down
        # there and sort u out", "id come round and sort u out proper") - not "I'll sort you out with a lift", "sort you out a
        # food parcel"; people sent to do it ("I've got people who'll deal with you") and harm to property stay veiled threats
        # (round 11), inappropriate only
        rf"|\b{_THE_WRITER_WILL} (?:\w+ ){{0,3}}?(?:come|coming|be|get|pop|drive|walk) (?:(?:straight |right )?(?:round|over|"
        r"down|up|there|here|back|in|to \w+|down there|round there|over there|up there) )(?:\w+ ){0,2}?(?:and|n|an|&|to) sort "
        rf"{_YOU} out\b(?! (?:with|for|a|an|some|the|them|it|that|those|this)\b)|\bor {_THE_WRITER_WILL} sort {_YOU} out\b"
        r"(?! (?:with|for|a|an|some|the)\b)"
        # the worker met in the street ("if i see u in the street ur gettin it")
        rf"|\bif (?:i|we|my \w+|me \w+) (?:ever )?(?:see|sees|catch|catches|find|finds|clock|clocks) {_YOU}\b.{{0,40}}?\b(?:you'?re|"
        r"youre|ur|u r|you are|u are|yer) (?:gettin|getting|gonna get|going to get|gna get) (?:it|done|dropped|smacked|battered)\b"
        # the worker's own children named as next ("ill find out where u live n ur kids will be next")
        r"|\b(?:your|ur|yer|ya) (?:kids|children|son|daughter|family|little (?:one|ones|boy|girl)|boy|girl|bairns|weans) "
        r"(?:will|'?ll|ll|are|is|r|wud|would) (?:be )?(?:next|the next ones?)\b(?! (?:to|in|for|on|at|week|time|year|up)\b)",
        re.IGNORECASE,
    )
)

# The order patterns are registered in the index is kept as it was: the threats above, the harmless idioms
# (inbound_harmless.py), the safeguarding table, the inappropriate table, then the repeated demand.
_HARMLESS = _INDEX.pattern(_HARMLESS_IDIOMS)


def _compile(table: tuple[tuple[str, str, tuple[str, ...]], ...]) -> tuple[tuple[str, str, Group], ...]:
    r"""Each entry's terms as one whole-word alternation: (?<![\w'])(?:a|b|…)(?![\w])."""
    return tuple((code, explanation, _INDEX.alternation(terms)) for code, explanation, terms in table)


# ---- round 20a (inbound_unseen42) ------------------------------------------------------------------------------------
# New terms in a block of their own, each under an existing code (its explanation is the table's): every term is written
# for a kind of message, in other writers' words, with the guards said beside it.
_EXPLANATION_BY_CODE = {code: explanation for code, explanation, _ in _SAFEGUARDING}
_DISCLOSURES_IN_OTHER_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "suicide_self_harm",
        (
            # round 20a: the means of self-harm in the writer's hand, said with "is" ("razor's in my hand", "the pills are in
            # my hand", "blade is on my lap"), or held to the body ("knife against my wrist")
            r"(?:pills|tablets|tabs|meds|blade|razor|knife|rope|paracetamol|lighter)(?:'s|s| is| are|'re|re) (?:already |right )?"
            r"(?:in|on) (?:my|me) (?:hands?|lap)\b",
            r"(?:blade|razor|knife)(?:'s|s| is)? (?:held )?(?:to|against|on) (?:my|me) (?:wrists?|throat|arms?|neck|skin)\b",
            # round 20a: the writer's own death laid at the worker's door ("if i end up dead tonight its on you", "if im not
            # here tomorrow thats on u", "my blood's on your hands") — said laughing it is dropped (a killing word, _JOKING)
            r"if (?:i|im|i'?m|i am) (?:\w+ )?(?:end up |found |turn up |am |be )?(?:dead|not here|gone|not alive|no longer here|"
            r"not around)\b(?! (?:tired|beat|on my feet|bored|broke|late|skint|drunk|lucky|embarrassed)\b)[^.!?]{0,40}?\b(?:(?:it'?s|its|that'?s|thats|it is|it will be|itll be|it'?ll be|thats all) (?:all )?"
            r"(?:on (?:you|u|ya|your lot|you lot|yous)|(?:your|ur|yer) (?:fault|doing))|(?:my )?(?:blood|death)(?:'s| is| will be|"
            r"'ll be)? on (?:your|ur|yer) (?:hands|conscience|head))\b",
            r"(?:my|me) (?:blood|death)(?:'s|s| is| will be|'ll be|ll be| be)? on (?:your|ur|yer|ya) (?:hands|conscience|head)\b",
        ),
    ),
    (
        "suicide_self_harm",
        (
            # round 22: on the railway itself, not beside it ("sat on the train tracks. its quiet here", "walking along the
            # railway line") — round 11's "im on the tracks" said of someone sat or stood there
            r"(?:sat|sitting|sittin|stood|standing|lying|laying|lay|waiting|waitin) (?:on|along|across|between|in the "
            r"middle of) (?:the|a|them|those) (?:train|railway|rail) ?(?:tracks?|lines?)\b",
            # round 22: the railway kept in mind ("i keep thinking about the train line behind my house")
            r"(?:keep|keeps|kept|can'?t stop|cant stop|been) (?:thinking|thinkin|dreaming) (?:about|of|bout) (?:the|that|them) "
            r"(?:train|railway) ?(?:tracks?|lines?)\b(?! (?:strike|works|engineering|closure|replacement|timetable)\b)",
            # round 22: goodbye letters ("im writing letters to everyone", "left a goodbye note for the kids") — not a note
            # saying when the writer will be back
            r"(?:writing|writin|written|wrote|left|leaving|leavin) (?:(?:goodbye|farewell|last) )?(?:letters|notes) (?:to|for) "
            r"(?:everyone|every1|everybody|all of (?:you|them|my family)|my (?:family|kids|children|mum|mam|loved ones))\b",
            r"(?:writing|writin|written|wrote|left|leaving|leavin) (?:a |my )?(?:goodbye|farewell|suicide) (?:letters?|notes?)\b",
            # round 22: how much of a medicine it takes to do harm, asked ("whats the most paracetamol someone can take before
            # its dangerous", "how many sleeping tablets would kill you")
            r"(?:how (?:many|much)|the most|max|maximum|what amount of) (?:\w+ )?(?:paracetamol|tablets|pills|tabs|meds|"
            r"medication|co-?codamol|ibuprofen|aspirin|insulin|sleeping (?:tablets|pills)|painkillers|antidepressants|"
            r"sertraline|citalopram|amitriptyline|diazepam|methadone)\b[^.!?]{0,40}?\b(?:kill|killed|dangerous|fatal|lethal|"
            r"overdose|od|die|dead|too much|harm|damage|liver)\b",
        ),
    ),
    (
        "violence_abuse",
        (
            # round 22: a child of the writer's beaten by others ("the lads from the derby battered my son on sunday") — not at
            # a game
            r"(?:battered|beat up|beaten up|jumped|attacked|assaulted|glassed|stabbed|knifed|punched|kicked in|set on|set about) "
            r"(?:my|our|me) (?:\w+ )?(?:son|daughter|boy|girl|lad|lass|kid|kids|little one|bairn|baby|youngest|eldest)\b"
            + _NOT_A_GAME,
        ),
    ),
    (
        "child_at_risk",
        (
            # round 22: a child kept dirty and out of school ("shes filthy and never goes to school")
            r"(?:she|he|they|the kids?|the children|her kids|his kids|them kids)(?:'s|s| is| are| r)? (?:always |constantly |so "
            r"|really |proper )?(?:filthy|dirty|minging|stinking|smelly|unwashed|unkempt)\b(?=[^.!?]{0,40}\b(?:never|not|"
            r"doesn'?t|doesnt|isn'?t|isnt|don'?t|dont|aren'?t|arent|no)\b[^.!?]{0,20}?\b(?:school|nursery|fed|eaten|eating|"
            r"washed|bathed|changed|clean clothes)\b)",
        ),
    ),
    (
        "child_at_risk",
        (
            # round 22: a child scalded by what they pulled over ("toddler pulled the kettle over, his arm is all blistered") —
            # inbound_unseen17's burns, told the other way round
            r"(?:pulled|knocked|tipped|spilt|spilled|pulled down) (?:the|a|my|his|her|a cup of|a mug of|the pan of) (?:kettle|pan|"
            r"teapot|hot (?:tea|coffee|drink|water|soup)|boiling water|tea|coffee|chip pan)(?: (?:over|down|on (?:him|her|"
            r"himself|herself|them|his \w+|her \w+)))?\b[^.!?]{0,60}?\b(?:blister\w*|scald\w*|burnt|burned|burns|red raw|skin "
            r"(?:has )?(?:come|came|peeled|peeling) off)\b",
        ),
    ),
    (
        "medical_emergency",
        (
            # round 22b: meningitis's signs ("spots that dont go when i press glass", "a rash that doesn't fade under a glass")
            r"(?:spots?|rash|marks|dots|blotches)\b[^.!?]{0,40}?\b(?:don'?t|dont|doesn'?t|doesnt|do not|does not|won'?t|wont|"
            r"not|never) (?:\w+ )?(?:go|fade|disappear|change|go away|vanish)\w*\b[^.!?]{0,20}?\b(?:glass|tumbler|press\w*)\b",
            # round 22b: a child who will not wake properly ("now she not wake properly", "the baby wont wake up properly")
            r"(?:she|he|baby|babby|bairn|the baby|my (?:son|daughter|baby|boy|girl|little one))(?:'s| is|s)? (?:\w+ )?(?:not|"
            r"won'?t|wont|can'?t|cant|isn'?t|isnt|doesn'?t|doesnt|hard to) (?:wake|waking|wakin|wake up|waking up)\b"
            r"(?: up)?(?= (?:properly|proper|at all|right|fully)\b)",
        ),
    ),
    (
        "basic_needs",
        (
            # round 22b: children put to sleep in their coats ("my son (hes 3) is asleep in his coat", "kids had to sleep in
            # our bed with their coats on") — the house has no heat
            # (only beside the house's heat gone: not asleep in the car with their coats on after a party)
            r"(?:no (?:credit|gas|electric|electricity|leccy|heat|heating|money for the meter)|boiler|meter|freezing|baltic|"
            r"heating)\b[\s\S]{0,120}?\b(?:sleep|sleeping|slept|asleep|sleeps|in bed|gone to bed|go to bed|went to bed)\b"
            r"[^.!?]{0,30}?\b(?:in|with) (?:their|his|her|our|my|me) (?:coats?|jackets?|hoodies?)(?: on)?\b",
            r"(?:sleep|sleeping|slept|asleep|sleeps|in bed|gone to bed|go to bed|went to bed)\b[^.!?]{0,30}?\b(?:in|with) "
            r"(?:their|his|her|our|my|me) (?:coats?|jackets?|hoodies?)(?: on)?\b(?=[\s\S]{0,120}?\b(?:no (?:credit|gas|"
            r"electric|electricity|leccy|heat|heating|money for the meter)|boiler|meter|freezing|baltic|heating)\b)",
        ),
    ),
    (
        "violence_abuse",
        (
            # round 22b: an injury explained away and the worker asked not to mention it ("I fell down the stairs again lol…
            # dont worry about the eye… please dont say nothing about it when you come")
            r"(?:fell|fall|fallen|walked into|bumped into|eye|bruis\w*|marks|black eye|lip)\b[\s\S]{0,120}?\b(?:don'?t|dont|do "
            r"not) (?:say|mention|bring up|ask about|tell (?:him|them|anyone|any1)) (?:anything |nothing |owt |a word )?(?:about "
            r"(?:it|the (?:eye|bruises?|marks?|arm|face|lip|cut))|to (?:him|them|anyone|any1|nobody))\b",
            # round 22b: credit taken out in the writer's name under pressure ("hes making me sign for loans in my name")
            r"(?:making|made|makes|forcing|forced|got) me (?:to )?(?:sign|take out|get|apply) (?:for )?(?:\w+ )?(?:loans?|"
            r"credit(?: cards?)?|catalogues?|finance|phone contracts?|contracts?|payday loans?)\b(?: (?:in|under) my name)?",
            # round 22b: a protective order broken ("he's still texting me all night even with the order")
            r"(?:still|keeps?|kept|been) (?:texting|txting|messaging|ringing|calling|phoning|turning up|coming round|"
            r"contacting|following)\b[^.!?]{0,50}?\b(?:even with|despite|breaking|breached|breaching|against|with) the (?:order|"
            r"injunction|non[- ]?mol\w*|restraining order|bail conditions?|court order)\b",
            # round 22b: the writer's home used by others (cuckooing: "lads from the flats keep coming to mine and using my
            # kitchen and they leave stuff in bags")
            r"(?:keep|keeps|kept) (?:coming|comin|turning up|stopping|staying) (?:to|round|in|at|into) (?:mine|my (?:flat|house|"
            r"place|room|gaff|yard))\b[^.!?]{0,80}?\b(?:using|use|leave|leaving|left|stash\w*|bags|packages|parcels|stuff|"
            r"dealing|cooking|won'?t leave|wont leave)\b",
        ),
    ),
    (
        "child_at_risk",
        (
            # round 22b: a young child's words of someone scary who does bad things ("daddy's friend is scary, he does bad
            # things")
            r"(?:scary|scares (?:me|her|him)|frightening|horrible)\b[^.!?]{0,30}?\b(?:he|she|they)(?:'s| is| are)? "
            r"(?:\w+ )?(?:does|did|do|doing) (?:bad|nasty|horrible|naughty|secret) (?:things|stuff|touching)\b",
        ),
    ),
    (
        "suicide_self_harm",
        (
            # round 22b: an older or ill person taking more of their medicine than prescribed ("my dad is overdoing the pills
            # the doctor gave him")
            r"(?:overdoing|overdoin|over doing|doubling up on|taking too many of|taking extra) (?:the|his|her|my|their|me) "
            r"(?:\w+ )?(?:pills|tablets|meds|medication|painkillers|patches|sleeping tablets)\b",
        ),
    ),
    (
        "violence_abuse",
        (
            # round 20a: a named person (or anyone) who hit the writer on a day or at a time told ("Gary hit me on boxing day",
            # "punched me last night", "slapped me in front of the kids") — not a thing or an animal that did ("the door hit me
            # in the face", "the dog bit me yesterday", "it hit me last night that…", the baby kicking)
            r"(?<!\bit )(?<!\bthat )(?<!\bthis )(?<!\bball )(?<!\bdoor )(?<!\bcar )(?<!\bbus )(?<!\bbike )(?<!\bbaby )(?<!\bbump )"
            r"(?<!\bwave )(?<!\breality )(?<!\bwind )(?<!\bnews )(?<!\bdog )(?<!\bcat )(?<!\bhorse )(?<!\bpuppy )(?<!\bkitten )"
            r"(?<!\bbranch )(?<!\bswing )(?<!\bcupboard )(?<!\bgrief )(?<!\bsun )(?<!\bheat )(?<!\bsmell )(?<!\btiredness )"
            r"(?:hit|punched|slapped|smacked|kicked|headbutted|head butted|strangled|choked|throttled|battered|thumped|whacked|"
            r"kneed|booted|strangle|stamped on) me (?:on (?:boxing day|christmas(?: day| eve)?|xmas(?: day| eve)?|new years?(?: day| "
            r"eve)?|new year'?s(?: day| eve)?|nye|my birthday|his birthday|her birthday|the weekend|(?:mon|tues|wednes|thurs|fri|"
            r"satur|sun)day|valentines?'?s?(?: day)?|mothers'? day|mother'?s day|bonfire night|the way home|the stairs)|last (?:night|"
            r"week|weekend|month|time|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|yesterday|this (?:morning|afternoon|evening|week)|"
            r"the other (?:day|night)|in front of (?:the|my|our|his|her) (?:kids|children|baby|bairns|weans|boys|girls|son|daughter)|"
            r"in the (?:face|head|stomach|belly|ribs|back|eye|mouth|chest|throat)|with (?:a|his|her|the) (?:belt|bottle|phone|"
            r"remote|fist|shoe|bat|stick|plate|mug))\b",
            # round 20a: a disclosure hinted at, of what someone does to the writer ("ill tell you what my uncle does to me",
            # "nobody knows what my stepdad does to me at night", "what he did to me when mum was out")
            r"(?:what|wot|wat|the (?:things|stuff)) (?:my|me|our|mums?|mams?|his|her) (?:\w+ )?(?:uncle|dad|da|stepdad|step dad|"
            r"step-dad|brother|step ?brother|cousin|grandad|granda|boyfriend|fella|partner|husband|carer|foster (?:dad|carer|mum)|"
            r"neighbou?r|teacher|coach|lodger|mum'?s (?:boyfriend|fella|partner)|mam'?s (?:boyfriend|fella|partner)|ex)s? (?:\w+ )?"
            r"(?:does|did|done|has done|'?s done|has been doing|'?s been doing|keeps doing|used to do|makes me do|made me do|"
            r"tries to do|tried to do|wants to do) (?:to|with) (?:me|us|my (?:sister|brother))\b",
            r"(?:tell|show|say to) (?:you|u|ya|anyone|any1|anybody|someone|somebody) (?:what|wot|wat) (?:he|she|they) (?:does|did|"
            r"has done|'?s done|has been doing|'?s been doing|keeps doing|makes me do|made me do) (?:to|with) (?:me|us)\b",
            # round 20a: someone's behaviour bad again, and the writer asks to talk in person or cannot say more here ("he's
            # been bad again and i need to talk to someone in person", "things have been kicking off again, can you come
            # sooner, cant say on here") — not a child's behaviour at school or an illness ("she's been bad again with her chest")
            r"(?:he'?s|hes|he has|she'?s|shes|she has|they'?ve|theyve|they have|things (?:have|'?ve|ve) been|it'?s|its|home'?s|"
            r"homes) (?:been )?(?:bad|horrible|nasty|awful|really bad|kicking off|violent|at it|rough|scary|worse|off (?:his|her) "
            r"head) (?:again|lately|recently)\b(?! (?:with|at (?:school|nursery|college)|in (?:school|class)|for (?:the|his|her) "
            r"teacher)\b)(?![^.!?]{0,60}\b(?:chest|cough|asthma|back|knee|hip|teeth|teething|tooth|eczema|sleep\w*|tantrums?|"
            r"behaviou?r|school|nursery|teacher|adhd|autis\w*|weather|pain|flu|sick|bug)\b)(?=[\s\S]{0,120}?\b(?:(?:talk|speak|see "
            r"(?:you|u)) (?:to (?:you|u|someone|somebody|some1) )?(?:in person|face to face|privately|alone|on my own|without (?:him|"
            r"her|them))|(?:can'?t|cant|cannot) (?:say|talk|tell you|explain|put it) (?:\w+ )?(?:on here|over (?:text|the phone)|"
            r"by text|here|in a text)|need (?:to )?(?:talk|speak) to (?:someone|somebody|some1|you|u)|come (?:round |out |over )?"
            r"(?:sooner|earlier|soon|asap|this week)))",
        ),
    ),
    (
        "child_at_risk",
        (
            # round 20a: a threat to take a child where nobody will find them ("I'll take her somewhere none of you will ever
            # find her", "ill disappear with the kids and yous will never see them again", "I'll take them abroad and never come
            # back") — round 19b's whereabouts held back, said as a plan
            r"(?:take|taking|took|run off with|disappear with|vanish with|go off with|hide|hiding|leave the country with|fly off "
            r"with) (?:her|him|them|the (?:kids|children|baby|bairns?|weans?|little ones?)|my (?:daughter|son|kids|children|baby|"
            r"boy|girl|little one|bairns?|weans?)|our (?:kid|kids|baby|little one))\b[^.!?]{0,40}?\b(?:(?:none of (?:you|u|yous|ye)"
            r"(?: lot)?|no ?one|nobody|no body)(?: will| would| can| could| is gonna| are gonna|'ll|ll)? (?:ever )?(?:find|see|track)|"
            r"(?:you|u|yous|youse|ye|social services|the social|the police)(?: lot)?(?:'ll|ll| will| would| can| are gonna)? "
            r"(?:never|not ever|won'?t ever|wont ever|will never) (?:find|see|track))\b",
            r"(?:take|taking|took|run off with|disappear with) (?:her|him|them|the (?:kids|children|baby)|my (?:daughter|son|kids|"
            r"children|baby|boy|girl)) (?:abroad|out of the country|back to \w+|away) and (?:never|not|won'?t|wont) (?:come|coming) "
            r"back\b",
        ),
    ),
    (
        "basic_needs",
        (
            # round 20a: the writer going without food so it stretches or the children can eat ("I've been having one meal every
            # other day to make it stretch", "skipping meals so the kids have enough", "only eating every other day till payday")
            r"(?:one|1|a|just the one) meal (?:every (?:other|2|two|3|three|few|couple of) days?|a day|every day|each day)\b(?=[^.!?]"
            r"{0,60}\b(?:stretch|last|kids|children|bairns|weans|money|afford|payday|pay day|til|till|until|go round|so they|so (?:he|"
            r"she) can)\b)",
            r"(?:eat|eating|ate|having|have) (?:only |just )?(?:every other day|every (?:2|two|3|three) days|once every (?:two|2|three|"
            r"3|few) days)\b",
            # (asked of the writer it is a question, not a telling: "do you ever go without so the kids can eat?")
            r"(?<!\byou )(?<!\bu )(?<!\byou still )(?<!\bu still )(?<!\byou ever )(?<!\bu ever )(?<!\byou been )"
            r"(?:skip|skipping|skipped|going without|go without|gone without|went without|not eating|haven'?t eaten|havent eaten|"
            r"not eaten|missing meals)(?: \w+){0,3}? (?:so|to make sure|so that) (?:the kids|the children|my kids|my children|they|"
            r"the baby|the bairns|the weans|he|she|my \w+) (?:\w+ )?(?:can|could|have|has|get|gets|eat|got|had)\b",
            # round 20a: a carer stopping someone's food or medicine in anger or as a threat ("im not doing his tablets no more
            # and ive stopped feeding the old man, see how you like that", "not giving her the insulin any more, she can rot")
            r"(?:i'?m|im|i am|i'?ve|ive|i have|i'?ll|ill|i will) (?:not|stopped|no longer|not gonna|not going to|refusing to|done) "
            r"(?:\w+ )?(?:feeding|doing|giving|sorting|getting) (?:him|her|them|his|the old (?:man|woman|girl|boy|lady|fella|bag|"
            r"git|sod|cow|bugger)|mum|mam|dad|nan|grandad|my (?:mum|mam|dad|nan|husband|wife|son|daughter))\b(?: (?:his|her|their) )?"
            r"(?: ?(?:the )?(?:tablets|meds|medication|insulin|pills|food|dinner|meals|tea|injections?))?(?=[^.!?]{0,40}\b(?:no more|"
            r"any ?more|see how|from now on|(?:he|she|they) can (?:starve|rot|sort|do it|fend)|not my (?:problem|job)|your (?:problem|"
            r"job))\b)",
        ),
    ),
)
_SAFEGUARDING = _SAFEGUARDING + tuple(
    (code, _EXPLANATION_BY_CODE[code], terms) for code, terms in _DISCLOSURES_IN_OTHER_WORDS
)
_SAFEGUARDING_PATTERNS = _compile(_SAFEGUARDING)
# Round 11: the whole message is a cry for help ("help me", "HELP!!", "pls help", "someone help us"). Matched on its own:
# anchored at the start, it fails at once on any other message, where the index would have to try it everywhere.
_ONLY_A_CRY_FOR_HELP = re.compile(
    r"\W*(?:(?:oh god|god|please|pls|plz|someone|somebody|some1|i need|need)\W+)*(?:help|halp|hlp|heeelp\w*|helpp+)(?:\W+(?:me|"
    r"us|him|her))?(?:\W+(?:please|pls|plz|now|quick|asap|someone|somebody|i need help|help|me))*\W*",
    re.IGNORECASE,
)
_INAPPROPRIATE_PATTERNS = _compile(_INAPPROPRIATE)
# Round 15: harassment by repetition — the same call or demand three times or more ("oi? oi?? OI", "RING ME RING ME RING ME",
# "pick up. pick up. pick up"), a few words between at most. Its own pattern: the repeat is a back-reference.
_REPEATED_DEMAND = _INDEX.pattern(
    re.compile(
        r"\b(hel+o+|oi+|oy+|answer(?: me| the phone| ur phone| your phone)?|pick up(?: the phone| ur phone| your phone)?|"
        r"(?:call|ring|phone|text|message) me(?: back| now)?|reply(?: to me)?|where are (?:you|u)|where r (?:you|u)|"
        r"are (?:you|u) there|r (?:you|u) there|why (?:are you|r u|are u|u) (?:not )?(?:answering|replying|ignoring me))\b"
        r"(?:\W+(?:[\w']+\W+){0,5}?\1\b){2,}",
        re.IGNORECASE,
    )
)
_REPEATED_DEMAND_EXPLANATION = (
    "Harassment by repetition: the same call or demand made over and over. Report to the line manager (G15)."
)
