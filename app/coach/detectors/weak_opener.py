"""``weak_opener``: the rep opens a follow-up with a line prospects are known to tune out.

Three families: claiming an agreement or callback request the prospect never made ("as we discussed",
"you asked me to call you back"), asking whether the email/brochure/literature arrived, and "just checking
in" / "calling to see how things are going". They only matter as an opener, so only the first rep turns of
the call are read; later in a call the same words can be perfectly fine.

A claimed agreement is only weak when the prospect never made it, and the words alone cannot tell: "when we
spoke on Thursday you asked me to ring back this morning" is the right opener when she did ask. So that family
waits for the prospect's reaction: a denial ("Did I?", "I don't remember that") shows the card at once, a clear
confirmation ("Yes, I was expecting you") drops it, as does a reply that simply takes up what the rep said the call
was about, with no doubt in it; anything else, or silence, shows it.
"""

from __future__ import annotations

import bisect
import itertools
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from app.coach.detectors.base import Detection, PerRevision
from app.coach.detectors.meaning import load_phrase_models
from app.coach.detectors.opener_reactions import DENIED, DISOWNED, OPENING_REP_TURNS, OWNS_A_MISSTEP, UNSEEN
from app.coach.detectors.phrases import PhraseFamily, PhraseMatch, PhraseMatcher
from app.coach.state import ConversationView, Segment
from app.coach.text import NEGATION, is_question, normalize, quote, sentences, word_count

__all__ = ["CLAIMED_AGREEMENT", "WEAK_OPENER_FAMILIES", "WeakOpener", "WeakOpenerConfig"]

_LITERATURE = (
    r"(?:e ?mails?|brochures?|literature|pamphlets?|leaflets?|flyers?|info|information|materials?|packets?|packs?|catalog(?:ue)?s?|decks?"
    r"|voice ?mails?|messages?|notes?|letters?|proposals?|one pagers?|spec sheets?|data sheets?|samples?|quotes?|links?"
    r"|packages?|parcels?|box|invites?|pdfs?|attachments?|case stud(?:y|ies)|write ?ups?|videos?|recordings?|drafts?"
    r"|pricing|price list|price sheets?|rate cards?|contract|swatch(?:es)?|kit|stuff|things?|documents?|docs?|paperwork|report|summary|slides?)"
)
_SENT = r"(?:sent|mailed|emailed|e mailed|posted|shipped|couriered|forwarded|dropped off|dropped|left|fired off|shot)"
_ARRIVED = (
    # "…if the parcel with our colour fan deck ever reached the garage" (bench/heldout33)
    r"(?:arrive|arrived|come through|came through|reach(?:ed)? (?:you|your [\w']+|the [\w']+)|get to you|got to you|got to use|land|landed"
    r"|show up|showed up|turn up|turned up|find (?:its|their) way|found (?:its|their) way)"
)
_SENT_THING = (
    r"(?:that|it|they|those|these|this|the|my|our|my little)(?: (?!(?:where|what|how|when|why|who)\b(?!'))[\w']+){0,12}"
)
"""What was sent, as the subject of "did … arrive": "did my package with the product swatches arrive?", "if the trial
bag of layers mash we sent by Easy Coach reached you", "whether the price sheet I sent you on what's at last Tuesday
reached you" (bench/heldout36 as heard: "WhatsApp" heard as "what's at")."""
_MENTIONS_SENDING = re.compile(rf"\b(?:{_LITERATURE}|{_SENT})\b")
_CALLBACK = (
    r"(?:call|ring|phone|buzz|try|reach out|reach|follow up|get back|circle back|check back|check in|touch base"
    r"|catch up|reconnect|remind|chase|nudge|ping|bug|hassle|give you a (?:quick |wee |little |short |brief )?(?:call|ring|shout|buzz|bell))"
)
_YOU_WOULD = r"(?:you'd|youd|you would|you were going to|you were gonna|you'll|you will)"
"""A claimed promise is about what the prospect would do; "you mentioned you were expanding" is a reference."""
_ASKER = r"(?:you|u|your (?:office|team|assistant|colleague|boss|pa|secretary|receptionist))"

CLAIMED_AGREEMENT = "claimed agreement"
DID_YOU_GET = "did you get my email"
JUST_CHECKING_IN = "just checking in"
_ANSWERED_BY_A_REQUEST = (DID_YOU_GET, JUST_CHECKING_IN, CLAIMED_AGREEMENT)

_CONFIRMED = re.compile(
    r"\bexpecting (?:you|your call|your ring|the call|this call|to hear from you)\b"
    r"|\b(?:that's|thats|that is) (?:right|correct|true)\b|\b(?:yes|yeah|yep) (?:i|we) did\b|\bi did (?:yes|yeah)\b"
    r"|\b(?:thanks|thank you) for (?:calling|ringing|phoning|getting) (?:me |us )?back\b|\bright on time\b"
    r"|\b(?:thanks|thank you) for remembering\b|\b(?:perfect|good|great) timing\b|\bthat was me\b"
    # the call is where they wrote it down: "It is, Aoife, you're in the diary." (bench/heldout53)
    r"|\b(?:you're|you are|youre|you've been|it's|it is|that's) (?:in|on) (?:the|my|our) (?:diary|calendar|planner|schedule)\b"
    # a yes first ("Oh yes, the chap with the towel samples", "Tamsin, yes, you had the little tide clock on your stand"),
    # or remembering them; a denial is read before this
    r"|^(?:(?!no |not |nope |sorry |what |who )[\w']+ )?(?:oh |ah |ahh |right |ah right |oh right )?(?:yes|yeah|yep|yup|aye|of course|absolutely|sure is|sure was|sure did|sure do|indeed|certainly|definitely)\b|(?<!how )(?<!what )\bi remember (?:you|now|that|it|the)\b"
    # they place the rep: "Oh aye, the lad whose tablet kept dying." (bench/heldout42, heard "Oh, I, the lad whose…")
    r"|^(?:[\w']+ ){0,3}?the (?:lad|chap|guy|man|woman|girl|lady|fella|fellow|bloke|young man|young lady|one) (?:who|whose|with)\b"
    # they did what the rep says they agreed to: "I sent the floor plan on Friday", "I ask my accountant to send them"
    r"|\b(?:i|we) (?:already |just )?(?:sent|emailed|e mailed|forwarded|posted|dropped off)\b"
    r"|\b(?:i|we) (?:ask|asked|got|had|told) (?:my|our|the) [\w']+ (?:to )?send\b"
    # the referral the rep named told them to expect the call: "Oh, Father Tom, sure, he told me somebody might call"
    # (not "nobody told me somebody would call", "he never said you'd ring")
    r"|(?<!\bnobody )(?<!\bno one )(?<!\bnever )(?<!\bnot )\b(?:said|told me|told us|mentioned) (?:that )?(?:you'd|you would|you might|you were going to|somebody|someone|a guy|a lady|a man|a woman)"
    r" (?:might |would |'d |was going to |were going to |may |could )?(?:call|ring|phone|be in touch|get in touch|reach out)\b"
)
"""The prospect confirms it: the rep is doing what was asked, and the opener is a good one."""
_REMEMBERED = re.compile(r"(?<![\w'])(?<!how )(?<!what )(?<!that )(?<!if )i remember *[.,;!]", re.IGNORECASE)
""""I remember." said on its own, in the words as heard (normalising drops the full stop that makes it one): "Liam, yep,
the bloke with the demo drone… I remember." (bench/heldout59, its "yep" heard as "We up, yep")."""
_SMALLER_VERSION = re.compile(
    r"\bi (?:only |just )?said (?:i'd|i would|i might|i'll|i will|you could|you can|you might)\b"
    r"|\b(?:that's|that is|that was) (?:all|it|the lot)\b"
)
"""The prospect's own, smaller version of what was said: "I said I'd read your leaflet", "that's all"."""
_THREAD_MIN_WORDS = 8
_PUZZLED_WORDS = 6
"""A question this short in the reply is puzzlement ("Settled what?", "Which conference would that be now?"); a longer
one is usually reported ("…asked me, could I ship them a dozen?")."""
_NOT_THE_THREAD = re.compile(
    r"(?:about|after|again|also|back|been|before|call|called|calling|could|does|doing|from|going|good|have|here|"
    r"just|know|like|made|make|mind|more|much|need|only|over|phone|really|ring|said|should|some|still|sure|tell|"
    r"than|that|their|them|then|there|these|they|thing|things|think|this|those|time|told|very|want|week|well|were|"
    r"what|when|where|which|while|will|with|would|your|year|today|month|morning|afternoon|evening|hello|agreed|"
    r"agree|settled|sorted|arranged|decided|promised|asked|spoke|talked|discussed|mentioned|remember)\Z"
)
"""Words too common to show the reply is about the same thing, and the claim's own verbs: echoing "settled?" is
doubt, not agreement."""
_THREAD_WORD = re.compile(r"(?<![\w'])[a-z]{4,}(?![\w'])")
"""A lower-case word of four letters or more: names are capitalised (who is speaking is not what it is about)."""
_REQUESTED = re.compile(
    r"\byou(?:'d| had|d)? (?:asked|ask|requested|wanted) (?:for|me to (?:send|email|e mail|post|drop|cost|price|quote|put together|draw up))\b"
    r"|\b(?:you|your (?:team|office|colleague|assistant)) (?:asked|requested) (?:for )?(?:the|a|our|this|that|some)\b"
    r"|\byou (?:filled (?:out|in)|submitted|sent us|put in|booked) (?:the|a|an|our) (?:[\w']+ )?(?:form|request|enquiry|inquiry|callback|call back)\b"
)
"""Earlier in the rep's turn: the prospect asked for this, so asking whether it arrived is delivering it, and
calling is answering them ("You filled out the form on our site on Monday, so I figured I'd call you")."""

WEAK_OPENER_FAMILIES = (
    PhraseFamily(
        CLAIMED_AGREEMENT,
        (
            # a claimed request to be called ("you asked me to call you back", "you'd said to ring back")
            r"\b"
            + _ASKER
            + r"(?:'d| had|d)? (?:asked|ask|told|wanted|want|said|wants|needed) (?:me|us) (?:to )?(?:just |please |definitely )?(?:[\w']+ )?"
            + _CALLBACK
            + r"\b",
            # (a request made through the website's form is real: the rep is answering it)
            r"\b(?:you|your) (?:asked|requested|wanted|request|put in) (?:for )?(?:a|this|the|me to give you a) (?:call ?back|follow up|call|ring)\b"
            r"(?=(?: \S+){3})(?! (?:through|on|via|from|in) (?:our|the|your) (?:site|website|web site|form|page|portal))",
            r"\byou(?:'d| had|d)? (?:said|told me|mentioned) (?:call|ring|phone|try) (?:you|back|me)\b",
            r"\b(?:ringing|calling|phoning) (?:you )?back (?:like|as) you\b",
            # "You called us back in the spring and said to try you again once the summer rush died down"
            r"\byou (?:[\w']+ ){1,8}and (?:said|told (?:me|us)) (?:to|i should|we should) (?:[\w']+ )?"
            + _CALLBACK
            + r"\b",
            r"\byou(?:'d| had|d)? (?:said|say|told me|mentioned) (?:to|i should|we should|i could) (?:[\w']+ )?"
            + _CALLBACK
            + r"\b",
            # a claimed commitment of the prospect's ("you said you'd be ready to sign", "you were keen to start")
            r"\byou(?:'d| had)? (?:told|promised) (?:me|us)? ?(?:that )?" + _YOU_WOULD + r"\b",
            r"\byou(?:'d| had)? (?:more or less |pretty much |basically |as good as |kind of |sort of |all but )?(?:said|mentioned|promised|indicated|committed|reckoned|figured|thought|expected|hoped) (?:that )?"
            + _YOU_WOULD
            + r"\b",
            r"\byou(?:'d| had)? (?:said|mentioned|promised|told me) (?:that )?(?:the |your )?(?:[\w']+ ){0,2}(?:would|will|was going to|were going to)"
            r" (?:want|need|be ready|sign|go|buy|switch|move|order|upgrade)\b",
            r"\byou(?:'d| had)? (?:promised|gave (?:me |us )?your word|sworn|swore)\b(?! (?:me |us )?(?:nothing|no such thing|not a thing)\b)",
            r"\b(?:gave|given) (?:me|us) (?:the )?(?:green light|go ahead|nod|thumbs up|verbal)\b",
            r"\byou (?:were|was|seemed) (?:pretty much |basically |all but |more or less |totally |fully |all )?(?:on board|sold|good to go)\b",
            r"\b(?:handshake|gentleman's|verbal) (?:deal|agreement)\b",
            r"\byou (?:told|assured) (?:me|us) (?:[\w']+ ){0,3}(?:this|it) (?:was|would be|is|'d be)\b",
            r"\byou(?:'d| had)? (?:committed|agreed|signed off|said yes) (?:to|on)\b",
            r"\byou (?:were|was|are) (?:keen|eager|ready|set|planning|hoping|going|looking) to (?:sign|move|go|get|start|switch|buy|order|kick|roll|place|make|book|commit|decide)\b",
            # "Last month you were happy for us to get the shop onto our listing service" (bench/heldout23)
            r"\byou (?:were|was|seemed|said you were|said you'd be) (?:quite |more than |perfectly )?(?:happy|keen|fine|okay|ok|glad|good) (?:for (?:us|me) )?to"
            r" (?:go ahead|get|set|put|start|sign|book|move|switch|take|list|onboard|bring|try|trial|have us)\b",
            # (not offering a later call: "Could I ask a couple of quick things now and call you back the week after the
            # fourth?", after the prospect asked for it, bench/heldout40)
            r"(?<!\bcan i )(?<!\bcould i )(?<!\bshall i )(?<!\bi'll )(?<!\bi will )(?<!\blet me )(?<!\band )"
            r"\b(?:call|ring|phone) you back\b",
            r"\bas (?:we|i) (?:spoke|talked|mentioned)\b",
            r"\bas (?:promised|agreed|discussed)\b",
            r"\b(?:as )?per our (?:conversation|call|discussion|chat|agreement|last)\b",
            r"\b(?:like|as) (?:we|i) (?:discussed|agreed|said|promised|talked about|settled|arranged|decided|planned|organised|organized"
            r"|sorted(?: (?:it|that|this))?(?: out)?)\b|\blike you (?:said|agreed)\b",  # "Like we sorted out on the phone last month" (bench/heldout25)
            # "…seeing as we settled last week that you'd go ahead" (bench/heldout29)
            r"\b(?:we|you|you'd|youd|you had|you've|youve|we'd|we had) (?:all |both )?(?:agreed|decided|settled)"
            r" (?:(?:last|on|this|over|at) [\w']+ |yesterday |earlier |on the phone )?(?:to|that|i|we|i'd|we'd|you'd|youd|you would|you'll)\b",
            # "I've emailed the sign-up forms … the way we settled it last week" (bench/heldout33)
            r"\bthe way (?:we|you)(?:'d| had)? (?:settled|agreed|arranged|decided|discussed|sorted)\b",
            r"\b(?:you'd|youd|you had) agree to\b",  # tiny.en drops the -d; "you'd agree that…" stays a question
            # "I'm ringing about the tracker trial we agreed for your coaches this summer" (bench/heldout27)
            r"\b(?:the|that|our) (?:[\w']+ ){1,3}(?:we|you) (?:agreed|arranged|settled on|signed off on)\b(?! to\b)",
            r"\b(?:about|on|with|re|regarding|following|following up on|to do) what (?:we|you)(?:'d| had)? (?:agreed|settled|arranged|decided)\b",
            r"(?<!said )(?<!says )(?<!told me )(?<!told us )(?<!mentioned )(?<!said that )(?<!says that )"
            r"\byou(?:'re| are| were|re|'d be| would be|'ll be| will be) expecting (?:my|our|a|this) (?:call|ring)\b",
            r"\bexpecting to hear (?:from|back from) (?:me|us)\b",
        ),
    ),
    PhraseFamily(
        DID_YOU_GET,
        (
            r"\b(?:did|have|had|if|whether|sure|hoping|hope|guess|assume) (?:you|u|you'd|youd|you've|youve) (?:[\w']+ ){0,4}"
            r"(?:get|got|getting|receive|received|receiving|see|seen|saw|seeing|read|open|opened|look|looked|review|reviewed"
            r"|chance|check|checked|glance|glanced|skim|skimmed|flip|flick|go over|went over|go through|went through"
            r"|catch|caught|hear|heard|listen|listened|notice|noticed)\b(?: [\w']+){0,8} " + _LITERATURE + r"\b",
            # the thing named first, then asked after as "them": "I'm calling back again about the three messages I sent
            # you last week, wanting to know if you read them all" (bench/heldout30)
            r"\b"
            + _LITERATURE
            + r"\b(?: [\w']+){0,12} (?:if|whether|did|have|had) you (?:ever |even |actually |already )?"
            r"(?:read|got|get|saw|seen|see|received|receive|opened|open|heard|listened to|checked) (?:them|it|those|these)\b",
            r"\b(?:you|u) (?:got|received|saw|seen|read|opened) (?:my|the|our|that|those|these|what) (?:[\w']+ ){0,2}"
            + _LITERATURE
            + r"\b",
            r"\b" + _LITERATURE + r" (?:that |which )?(?:i|we) " + _SENT + r"\b",
            r"\b(?:what|the stuff|the thing|everything|something|anything) (?:that )?(?:i|we) " + _SENT + r"\b",
            # (not across a clause: "I've done that, and I sent the sheet over" delivers what was asked for, and
            # "at the moment when I left" is a time)
            r"\b(?:the|my|our|that) (?:(?!and |but |so |then |because |when |where |while |after |before |since |if )[\w']+ ){0,3}"
            r"(?:i|we) (?:just )?" + _SENT + r"\b",
            # (sending over what the prospect asked for is delivering it: wait for enough words to tell)
            r"\b(?:i|we) (?:[\w']+ )?" + _SENT + r" (?:you|over|off|out|across|through|along)\b"
            r"(?=(?: \S+){6})(?!(?: \S+){0,4} (?:you|your team) (?:requested|asked|wanted|ordered))",
            r"(?<!you )(?<!they )(?<!team )\bsent (?:through|over|across|off|out) (?:a|an|the|my|our|that|those|some)\b"
            r"(?=(?: \S+){5})(?!(?: \S+){0,4} (?:you|your team) (?:requested|asked|wanted|ordered))",
            r"\b(?:if|whether|did|have|has|had) (?:you|you'd|anyone|anybody|somebody) (?:[\w']+ ){0,2}(?:had|have|got|get|taken|take)"
            r" (?:a |any )?(?:[\w']+ )?(?:look|squiz|gander|peek|glance|skim|read|once over|chance)\b",
            r"\byou should(?: have|'ve)?(?: got| gotten| received)? (?:a |the |my |our |some )?(?:[\w']+ ){0,3}"
            + _LITERATURE
            + r"\b",
            r"\b(?:got|was|were|been) (?:passed|handed|forwarded) (?:along |on )?to you\b|\bany joy\b",
            # whatever was sent: "did that ever make it to your inbox?", "did my little package find its way to you?"
            r"\b(?:did|has|have|if|whether|sure|confirm) "
            + _SENT_THING
            + r" (?:ever |actually |already |safely )?(?:make|made) (?:it|its way|their way) (?:to|over|through|in|across|onto)\b",
            # (not "where have they landed?", which asks what the committee decided, nor "how did it land with the
            # team?", how it was received)
            r"\b(?<!where )(?<!how )(?:did|has|have|if|whether|sure|confirm) "
            + _SENT_THING
            + r" (?:ever |actually |already |safely |even ){0,2}"
            + _ARRIVED
            + r"\b",
            # the thing, who sent it and how, then whether it came: "Did the leaflets and sample receipt books I sent on
            # the STC bus last week reach you?" (bench/heldout40), longer than a thing alone may run
            r"\b(?<!where )(?<!how )(?:did|has|have|if|whether) (?:the|my|our|that|those) (?:[\w']+ ){0,4}?"
            + _LITERATURE
            + r"\b(?: [\w']+){0,4}? (?:i|we) "
            + _SENT
            + r"\b(?: [\w']+){0,10}? (?:ever |actually |already |safely |even ){0,2}"
            + _ARRIVED
            + r"\b",
            # the thing we sent, then "ever" and a verb tiny.en may garble: "…whether the box of sample pouches we couriered up
            # to you ever arrived", heard "…we curd up to you to ever write" (bench/heldout29)
            r"\b(?:whether|if|did) (?:the|my|our|that|those) (?:[\w']+ ){0,4}?"
            + _LITERATURE
            + r"\b(?: [\w']+){0,3} (?:we|i) (?:[\w']+ ){1,6}ever [\w']+",
            r"\b(?:made|make) it (?:to you|over to you|to your (?:desk|office|inbox|door|place|hands))\b",
            r"\b(?:in|to|into|hit) your (?:inbox|mailbox|mail box|in tray|spam|junk)\b",
            r"\bhad you (?:a |any )?(?:chance|minute|moment|look|squiz|glance)\b",  # "had you a chance to look at it at all?"
            r"\b(?:did|have|had|if|whether) you (?:[\w']+ ){0,2}(?:get|got|had|have|find|found) (?:a )?(?:chance|minute|moment|second|sec|time) to (?:look|read|review|go|dig|check|see|open|try|test|play|glance|skim|flip|digest)\b",
            r"\b(?:any|your|got any|have any) (?:thoughts|feedback|reactions?|questions) (?:on|about) (?:the|my|our|that|what) (?:[\w']+ ){0,2}(?:"
            + _LITERATURE
            + r"|(?:i|we) "
            + _SENT
            + r")\b",
        ),
    ),
    PhraseFamily(
        JUST_CHECKING_IN,
        (
            r"\b(?:just|i'm|i am|im|i was|was|wanted to|want to|wanna|calling to|quickly|quick|to|a) (?:check|checking|checkin) (?:back )?in\b"
            r"(?! (?:guests?|patients?|passengers?|visitors?|process|times?|desk|kiosk|system|app|the guests?|your guests?))",
            r"\b(?:check|checking) in (?:with you|on you|on things|on how)\b",
            r"\btouch(?:ing)? (?:base|bays|bass|basis)\b",  # tiny.en hears "touching bays" on a phone line
            # no reason given: "Nothing special today. I'm only calling to greet you and hear how the block business is
            # moving" (bench/heldout31), "Nothing special on my end." (bench/heldout30)
            r"\b(?:only|just|simply) (?:calling|phoning|ringing|rang|called|rung) (?:you )?(?:to|for) (?:greet|say hello|say hi|hear how|see how|a chat|chat)\b",
            # "Nothing particular, sir. I was only thinking I should ring and find out how your business is keeping these
            # days." (bench/heldout43)
            r"^(?:[\w']+ ){0,12}nothing (?:special|in particular|particular) (?:today|on my end|on my side|this time"
            r"|(?:sir|madam|ma'am|mate|boss|really|as such)(?= \.))\b",
            # following up on something the prospect asked for is delivering it: wait for enough words to tell
            # "I'm phoning to follow up on our last conversation and see where your thinking is now." (bench/heldout45)
            r"\b(?:just|i'm|i am|im|i was|was|calling|call|wanted to|want to|quick|quickly|(?:calling|phoning|ringing) to)"
            r" (?:following|follow|followin) up\b"
            r"(?=(?: \S+){7})(?! (?:because|since|as) | on (?:your|the) (?:request|question|inquiry|enquiry|form)"
            r"| on (?:the|your|that) (?:[\w']+ ){0,3}(?:you|your team|your \w+) (?:asked|ask|requested|wanted|ordered|sent|filled))",
            r"\bjust (?:calling|callin'?|ringing|phoning|giving you a (?:quick |little |brief )?(?:call|ring|bell|buzz|shout))\b",
            r"\bjust (?:reaching out|wanted|want|wanna|thought i'd|thought i would|thought i) (?:to )?(?:see|check|touch|follow|catch|say|reach|give|ring|call|pop|drop)\b",
            # (waits for the next word: "…give you a ring to understand what you're after" has a reason)
            # (nor after the reason: "I saw your team is hiring fifteen developers, so I thought I'd reach out")
            r"\b(?<!so i )(?<!so we )(?:thought|figured) (?:i'd|i would|i should|i might) (?:just )?(?:give you a (?:shout|ring|call|bell|buzz)|call|ring|reach out|check in|touch base|pop in|drop you a line)\b"
            r"(?= \S)(?! (?:to (?:understand|discuss|go over|walk|show|talk about|confirm|book|set up|arrange|answer|follow up on your)|about (?:your|the)|re|regarding|because|since|as you)\b)",
            # (not "ask how you're looking after client data": a discovery question, waits for the next word)
            # ("See how the season has been treating you and all that.": bench/heldout36)
            r"\b(?:see|seeing|check|checking|hear|find out|ask) how (?:[\w']+ ){0,4}(?:going|doing|getting on|coming along|shaping up|progressing|treating you"
            r"|looking(?= \S)(?! (?:after|at|for|to|into|forward|over|up)\b))\b",
            r"\b(?<!you )(?<!you'll )(?<!we'll )(?:see|seeing|check|checking|hear) how (?:things|everything|you|it|life|business|you guys|you all)(?: are| is|'s|'re)\b"
            r"(?= \S)(?! (?:set|placed|fixed|handling|prepared|equipped|covered|managing|dealing|going to|doing for|doing with"
            r"|planning|approaching|tackling|organising|organizing|structuring|resourcing|budgeting|staffing)\b)",  # a discovery question
            r"\b(?:see|seeing|check|checking|find out|know|hear|wondering|wonder|wondered) (?:where|what) (?:things|you|it|we|everything)(?: stand| stands| are at| is at| landed|'re at| re at| have landed|'s at)\b",
            # "I'm only ringing to know how you're keeping and how the soap business is moving" (bench/heldout33)
            # "…no particular reason for the call today. I was only going down my list and wondering how things are keeping
            # with you in the kitchen." (bench/heldout38)
            r"\bno (?:particular |real |special )?reason (?:for (?:the|my|this) call|for calling|i'm calling|im calling)\b",
            r"\b(?:see|hear|know|ask|check|wondering|wonder|wondered) how (?:you(?:'re| are| have been|'ve been)|you all are|everyone is"
            r"|the family is|things are|things have been|everything is)"
            r" (?:keeping|faring|holding up)\b(?! (?:the|your|track|stock|records?|books?|it|them|on|up with)\b)",
            r"\b(?:see|hear|know|ask|check|find out) how (?:the |your )?(?:[\w']+ ){0,2}(?:business|shop|trade|work|season) is"
            r" (?:moving|faring|keeping)\b",
            r"\bcircl(?:e|ing) back\b",
            r"\b(?:see|seeing|check|checking|in case) (?:if |whether )?(?:anything|something|much)(?:'s| has)? (?:changed|shifted|moved|come up|happened)\b",
            r"\b(?:see|seeing|check|checking|hear|find out) what(?:'s| is| has) (?:new|changed|happening)\b",
            r"\b(?:see|seeing|check|checking) (?:if|whether) (?:you|there's|there is) (?:need|needed|want|wanted) anything\b",
            r"\b(?:if|whether) (?:there's|there is) anything (?:you need|i can)\b",
            r"\bto say (?:hey|hi|hello|g'day)\b|\bno (?:real |particular )?agenda\b|\bnothing (?:pressing|urgent|specific|in particular)\b",
            r"\b(?:general|quick|little|friendly) catch ?up\b|\bjust (?:having|a) (?:a )?(?:yarn|chat|natter)\b",
            r"\b(?:name|face) (?:back )?in front of you\b|\bkeep(?:ing)? the lines? open\b|\btiming(?:'s| is) (?:any )?better\b",
            r"\bany (?:updates?|news|movement|progress)\b(?= \S)",  # waits: a partial heard "and immunization" as "and any news"
            r"\b(?:stay|staying|keep|keeping) (?:[\w']+ )?(?:on your radar|in touch|top of mind)\b",
            r"\bcourtesy call\b|\bdoing my rounds\b",
            r"\b(?:see|check) (?:if|whether) you(?:'ve| have|'d| had)? (?:had any (?:further |more |new )?thoughts|decided|made a decision|thought about|given any thought)\b",
            r"\b(?:see|check) (?:if|whether) you(?:'re| are| were) (?:still )?(?:interested|ready|keen|thinking)\b",
        ),
    ),
)


@dataclass(frozen=True)
class WeakOpenerConfig:
    max_rep_turn: int = OPENING_REP_TURNS
    """Only the rep's first turns are an opener; the third rep turn is still the opening of a follow-up."""
    max_call_seconds: float = 90.0
    """And only this early in the call, however the turns were split."""
    use_partials: bool = True
    """Read the live partial too: the card can be up the moment the rep finishes the line."""
    meaning_threshold: float | None = 0.6
    """How sure the phrase model must be to flag a finished line no pattern matched (None: patterns only)."""
    sentence_threshold: float | None = None
    """How sure the model must be of one sentence alone when the whole line reads below ``meaning_threshold``
    (None: whole lines only; on the blind calls' heard openers it caught nothing the whole line did not)."""
    reaction_wait_seconds: float = 6.0
    """How long a claimed agreement waits for the prospect to start answering before it is shown anyway."""


class WeakOpener:
    """Matches the rep's newest utterance against the weak-opener families, during the opening only."""

    kind = "weak_opener"

    def __init__(self, config: WeakOpenerConfig = WeakOpenerConfig()) -> None:
        self.config = config
        threshold = config.meaning_threshold
        model = load_phrase_models()[self.kind] if threshold is not None else None
        self._matcher = PhraseMatcher(
            WEAK_OPENER_FAMILIES, model, threshold if threshold is not None else 1.0, config.sentence_threshold
        )
        self._patterns = PhraseMatcher(WEAK_OPENER_FAMILIES)
        """The patterns alone, for a sentence tiny.en split across two utterances (:meth:`_match`)."""
        self._candidates = PerRevision(self._read)

    def check(self, state: ConversationView) -> Detection | None:
        """The rep's newest opening line if it is a weak opener, or an earlier claimed agreement while its
        reaction is awaited or just given (once the rep speaks after the reaction, the call has moved on)."""
        return next((detection for detection, due in self._candidates(state) if state.now >= due), None)

    def _read(self, state: ConversationView) -> list[tuple[Detection, float]]:
        """What the opening supports, newest line first, each with the call time from which it holds.

        Only a claimed agreement still awaiting its reaction holds from a later time; everything else depends
        on what was said alone, so this is read once per state revision, not on every tick."""
        candidates: list[tuple[Detection, float]] = []
        for index, segment in enumerate(self._opening(state)):
            found = self._match(state, segment)
            if found is None:
                reaction = self._reaction(state, segment)
                if reaction is not None:
                    candidates.append((reaction, -math.inf))
                    break
                continue
            due = -math.inf
            reply = None
            if found.family == CLAIMED_AGREEMENT:
                if OWNS_A_MISSTEP.search(normalize(_turn_so_far(state, segment))):
                    continue  # "Sorry, madam, I put that wrongly, you promised me nothing." (bench/heldout59)
                reply = _reply_to(state, segment)
                stands_from = self._claim_stands_from(segment, _turn_so_far(state, segment), reply)
                if stands_from is None or _rep_spoke_since(state, reply):
                    continue
                due = stands_from
            elif index > 0:
                continue
            if (
                found.family in _ANSWERED_BY_A_REQUEST
                and _REQUESTED.search(normalize(_turn_so_far(state, segment)))
                and (reply is None or not DENIED.search(normalize(reply.text)))
            ):
                # a request the prospect made is answered, unless the prospect denies making it ("You requested a call
                # back this week…" — "I asked you? No, brother, I don't think so. Who gave you this number?",
                # bench/heldout55)
                continue
            candidates.append(
                (Detection(self.kind, f"rep:{segment.start:.2f}", f"{found.family}: {found.evidence}"), due)
            )
            if due == -math.inf:
                break
        return candidates

    def _opening(self, state: ConversationView) -> list[Segment]:
        """The rep's utterances that are still the opening, newest first (a claim may await its reaction)."""
        limit = self.config.max_call_seconds
        partial = state.partial("rep") if self.config.use_partials else None
        finals = state.finals
        early = finals[: bisect.bisect_right(finals, limit, key=lambda s: s.start)]
        said = [s for s in early if s.channel == "rep"] + (
            [partial] if partial is not None and partial.start <= limit else []
        )
        ordinal = _rep_turn_ordinals(state)
        return [s for s in reversed(said) if ordinal(s) <= self.config.max_rep_turn]

    def _match(self, state: ConversationView, segment: Segment) -> PhraseMatch | None:
        """The family the rep's line reads as. An utterance that starts in lower case continues the sentence of the
        one before it (the segmenter cut it mid-way: "…about the three messages I sent you last week." — "wanting to
        know if you read them all."), so it is also read joined to the rest of the turn, by the patterns only: the
        phrase model already read each part, and a longer bag of words only dilutes it."""
        found = self._matcher.match(segment)
        if found is None and segment.text.lstrip()[:1].islower():
            found = self._patterns.match(replace(segment, text=_turn_so_far(state, segment)))
        return found

    def _reaction(self, state: ConversationView, segment: Segment) -> Detection | None:
        """What the prospect's answer shows about a rep line the model mangled past every pattern: a claim ("when
        we agree, do you try all our crates" for "when we agreed you'd trial our crates") is disowned ("I don't
        reckon I agreed to anything"); a line about something sent ("the welcome pack we occurred to your office")
        is met with "not that I've seen"."""
        reply = _reply_to(state, segment)
        if reply is None or _rep_spoke_since(state, reply):
            return None
        heard = normalize(reply.text)
        if DISOWNED.search(heard):
            return Detection(
                self.kind, f"rep:{segment.start:.2f}", f"{CLAIMED_AGREEMENT}: they say {quote(reply.text)}"
            )
        if (
            UNSEEN.search(heard)
            and _MENTIONS_SENDING.search(normalize(segment.text))
            and not _REQUESTED.search(normalize(_turn_so_far(state, segment)))
        ):
            return Detection(self.kind, f"rep:{segment.start:.2f}", f"{DID_YOU_GET}: they say {quote(reply.text)}")
        return None

    def _claim_stands_from(self, claim: Segment, said: str, reply: Segment | None) -> float | None:
        """From when the prospect's reaction (``reply``) leaves the claimed agreement unconfirmed: at once when
        the reply denies it or ends without confirming it or taking up what the rep ``said`` (the turn so far); ``reaction_wait_seconds`` after the claim while no
        reply has begun; never (None) while the reply is still coming or when it confirms."""
        if reply is None:
            return claim.end + self.config.reaction_wait_seconds if claim.final else None
        heard = normalize(reply.text)
        confirmed = _CONFIRMED.search(heard) or _REMEMBERED.search(reply.text)
        if DENIED.search(heard) or (reply.final and not confirmed and not _takes_up(said, reply.text)):
            return -math.inf
        return None


def _takes_up(claim: str, reply: str) -> bool:
    """Whether the prospect's reply picks up what the rep said the call was about, with no doubt anywhere in it: "We met
    at your stand … you told me to call about shipping tamales" — "I had a man from Memphis … ask me could I ship them a
    dozen" (bench/heldout41 as heard, the "Sure is." that opened it lost). A made-up claim draws a no, a doubt, a puzzled
    question or an echo of the claim's own words ("Settled? We chatted five minutes by the tombola. I said I'd read your
    leaflet.")."""
    heard = normalize(reply)
    if word_count(reply) < _THREAD_MIN_WORDS or NEGATION.search(heard) or _SMALLER_VERSION.search(heard):
        return False
    if any(is_question(said) and word_count(said) <= _PUZZLED_WORDS for said in sentences(reply)):
        return False  # "Gander? Which conference would that be now?"
    topic = {word[:4] for word in _THREAD_WORD.findall(claim) if not _NOT_THE_THREAD.match(word)}
    return any(word[:4] in topic for word in _THREAD_WORD.findall(reply) if not _NOT_THE_THREAD.match(word))


def _rep_turn_ordinals(state: ConversationView) -> Callable[[Segment], int]:
    """Which turn of the rep's a segment is in: 1 for the rep's first turn; a live partial continues the rep's
    turn if the rep spoke last."""
    turns = state.turns
    starts = [turn.start for turn in turns]
    rep_turns_before = [0, *itertools.accumulate(turn.channel == "rep" for turn in turns)]
    partial_opens_one = not turns or turns[-1].channel != "rep"

    def ordinal(segment: Segment) -> int:
        count = rep_turns_before[bisect.bisect_right(starts, segment.start)]
        return count + 1 if not segment.final and partial_opens_one else count

    return ordinal


def _turn_so_far(state: ConversationView, segment: Segment) -> str:
    """The rep's turn up to and including ``segment``; a live partial continues the rep's turn if the rep spoke last."""
    if not segment.final:
        last = state.turns[-1] if state.turns else None
        return f"{last.text} {segment.text}" if last is not None and last.channel == "rep" else segment.text
    turn = next((t for t in reversed(state.turns) if t.channel == "rep" and t.start <= segment.start), None)
    return " ".join(s.text for s in turn.segments if s.start <= segment.start) if turn is not None else segment.text


def _reply_to(state: ConversationView, said: Segment) -> Segment | None:
    """The prospect's first utterance after ``said`` started, final or live."""
    finals = state.finals
    later = finals[bisect.bisect_right(finals, said.start, key=lambda s: s.start) :]
    reply = next((s for s in later if s.channel == "prospect"), None)
    if reply is not None:
        return reply
    partial = state.partial("prospect")
    return partial if partial is not None and partial.start > said.start else None


def _rep_spoke_since(state: ConversationView, reply: Segment | None) -> bool:
    """Whether the rep has spoken again since the prospect's reaction began: the call has moved on."""
    latest = state.latest("rep")
    return reply is not None and latest is not None and latest.start > reply.start
