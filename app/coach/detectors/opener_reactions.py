"""What a prospect says back to a weak opener: the agreement or the call never happened, the email never came.

Two detectors hear it. For the weak opener it shows the claim was made up, or that what was "sent" never
arrived, whatever tiny.en made of the rep's own words. For pushback it is not an objection: "I don't recall any
call with you" or "I've not seen it, and I can't say I asked for one" turns down the rep's claim, not the
product, and the card it needs is the opener's (own the mistake and start again). A phrase model trained on
objections said sideways reads such a sentence as "not interested", so pushback checks it against these first.
"""

from __future__ import annotations

import re

__all__ = ["DENIED", "DISOWNED", "OPENING_REP_TURNS", "OWNS_A_MISSTEP", "UNSEEN", "reacts_to_an_opener"]

OPENING_REP_TURNS = 3
"""The rep's first turns are the opening of a follow-up (the third one still is): where a weak opener is said,
and where the prospect's reply may be a reaction to it."""

OWNS_A_MISSTEP = re.compile(
    r"\b(?:got|get|ran|run|jumped|running|getting) ahead of\b|\bjumped the gun\b"
    r"|\bmy (?:mistake|bad|error|fault|apologies)\b|\b(?:i|we) (?:had|got) (?:that|it|you|this) wrong\b"
    # "Sorry, madam, I put that wrongly, you promised me nothing." (bench/heldout59)
    r"|\b(?:i|we) (?:put|said|worded|phrased|described) (?:that|it|this) (?:wrongly|wrong|badly|poorly)\b"
    r"|\bmixed (?:you|it|that|things) up\b|\b(?:pushed|went|came on|rushed) (?:a bit |far |way )?too (?:fast|quick|quickly|hard|soon)\b"
)
"""The rep owns a misstep ("That's fair, I got ahead of myself.", "My apologies, I had that wrong."): it answers a
correction of the rep (a made-up agreement turned down, a pitch that ran ahead of the prospect). As a reply it is not
conceding an objection to the offer, however much it sounds like one; in the opening, what the rep says next in the
same turn takes the claim back rather than making one."""
DISOWNED = re.compile(
    r"\b(?:i|we) (?:never|didn't|did not|(?:don't|dont|do not) (?:think|reckon|believe) (?:i|we)(?:'ve|ve| have| had)?)"
    r" (?:ever )?(?:agreed|agree|asked|ask|promised|promise|requested|committed|signed up)\b"
    # "Whoa, whoa. I didn't sign off on anything, eh." (bench/heldout60)
    r"|\b(?:i|we) (?:never|didn't|did not) (?:ever )?(?:sign|signed)(?: off)?(?: on| for| up for| to)? (?:anything|nothing|a thing)\b"
    # "I've never said yes to anything" (bench/heldout27)
    r"|\b(?:i|we)(?:'ve|ve| have)? never said yes\b"
    r"|\b(?:i|we) (?:haven't|have not|havent|never) (?:agreed|settled|arranged|decided|promised|committed|signed)(?: to)?"
    r" (?:anything|nothing)\b|\b(?:agreed|settled|arranged|decided) what\b"
    r"|\b(?:i|we) (?:agreed|settled|arranged|decided|promised) nothing\b"  # "I settled nothing with anybody." (bench/heldout29)
    # "Nobody settled anything with me." (bench/heldout33)
    r"|\b(?:nobody|no one|no body)(?: has|'s| ever)? (?:settled|agreed|arranged|decided|promised) (?:anything|nothing)\b"
    # "I don't recall agreeing to anything", as heard: "I don't recognize agreed anything with anyone"
    r"|\b(?:don't|do not|dont|can't|cannot|cant) (?:recall|remember|recollect|recognise|recognize) (?:ever )?"
    r"(?:agreeing|agreed|agree|asking|asked|promising|promised|saying|said)\b"
    # "I don't recall talking to anybody from Hook Line, and I remember." (bench/heldout36)
    r"|\b(?:don't|do not|dont|can't|cannot|cant) (?:recall|remember|recollect) (?:ever )?(?:talking|speaking) (?:to|with)"
    r" (?:anybody|anyone|any of you|you|your)\b"
    # they have never spoken to the rep at all: "I don't think we've ever spoken", "we've never talked"
    r"|\b(?:we've|we have|weve|i've|i have|ive) never (?:spoken|talked|met)\b"
    r"|\b(?:don't|do not|dont) think (?:we've|we have|weve|i've|i have|ive) (?:ever )?(?:spoken|talked|met)\b"
    # nothing going on with the caller's firm: "Touching base on what, exactly? I can't say we've got anything going with
    # your lot." (bench/heldout63)
    r"|\b(?:can't|cannot|cant|don't|dont|do not) (?:say|think) (?:we've|we have|weve|i've|i have|ive|we|i) (?:got |had )?"
    r"(?:anything|much) (?:going|on|to do) with (?:you|your|ye|yous|ya)\b"
    r"|\b(?:touching base|checking in|following up|calling back|ringing back) (?:on|about) what\b"
    # "Hang on now, I agreed to no such thing." (bench/heldout64, heard "I agreed to know such thing")
    r"|\b(?:i|we) (?:never )?(?:agreed|committed|signed up|promised|said yes) to (?:no|know) such thing\b"
    # "I think you have me mixed up with someone, sir. I didn't order anything, and I wasn't at any expo." (bench/heldout65)
    r"|\b(?:mixed|mixing|muddled|confused) (?:me|us) (?:up )?with (?:someone|somebody|some one|another|someone else)\b"
    r"|\b(?:i|we) (?:didn't|did not|never|haven't|have not) (?:ever )?order(?:ed)? (?:anything|nothing|a thing)\b"
    r"|\b(?:i|we) (?:wasn't|was not|weren't|were not|never went|didn't go|did not go) (?:at|to) (?:any|an|the|that|your) "
    r"(?:expo|show|fair|conference|event|stand|market|meeting|trade show)\b"
)
"""The prospect disowns an agreement or a request outright, or any earlier contact: the rep must have claimed one,
whatever the model made of the rep's words."""
DENIED = re.compile(
    # "did I?", not "Sure did, I remember you" run together by a live partial ("Sure did I remember you", bench/heldout54)
    r"(?<!\bsure )(?<!\byes )(?<!\byeah )(?<!\byep )(?<!\baye )(?<!\bi )(?<!\bwe )(?<!\bsure i )\bdid i\b|\b(?:don't|do not|dont|can't|cannot|cant) (?:really |quite |actually |exactly )?(?:remember|recall|recollect)\b"
    r"|\bnot sure (?:i|we|that was|it was|that's|thats|that is|about that|what you)\b"
    r"|\b(?:i|we) (?:never|didn't|did not|(?:don't|dont|do not) (?:think|reckon|believe) (?:i|we)) (?:ever )?"
    r"(?:said|say|asked|ask|agreed|agree|told|tell|mentioned|requested|promised|did|called|call|rang|ring|phoned|contacted)\b"
    r"|\b(?:wasn't|was not|weren't) (?:me|us)\b"
    r"|\bi (?:don't|dont|do not) think so\b|\bno such thing\b|\bnews to me\b|\bdoesn't ring a bell\b|\bno (?:memory|recollection)\b|\bwhat (?:trial|agreement|call ?back|are you talking about)\b"
    r"|\bnot (?:quite |exactly |really )?(?:how|what) (?:i|we) remember\b"
    r"|\b(?:can't|cant|cannot|couldn't|couldnt) say (?:i|we) (?:ever )?(?:recall|remember|recollect|asked|ask|agreed|did)\b"
    # they do not know the caller at all: "Sorry, who is this? I don't know a Tebogo from SquadPay" (bench/heldout53),
    # "I don't know you from Adam" (bench/heldout51)
    r"|\b(?:don't|dont|do not) know (?:a |an |any )?(?:[\w']+ ){1,2}from\b"
    # "I've never heard of Feed Round in my life" (bench/heldout54, heard "never heard a feed around in my life")
    r"|\bnever heard (?:of |a |an )?(?:[\w']+ ){0,3}in (?:my|our) (?:life|lives)\b|\bnever heard of (?:you|your|ye|yous|them|it|that)\b"
)
"""The prospect says the agreement was never made: the claim has cost the rep the opening."""
UNSEEN = re.compile(
    r"\bnot that (?:i've|i have|ive|we've|we have) seen\b|\bnothing (?:has )?(?:come|arrived|turned up|come through)\b"
    r"|\b(?:i've|i have|ive|i|we've|we have|we) (?:not|never|haven't|have not|havent|didn't|did not) (?:seen|received|had|come across)"
    r" (?:it|them|anything|any|that|one|a thing)\b"
    r"|\b(?:don't|dont|do not) think (?:anything|it|that|they|one)(?:'s| has| have|s)? (?:ever )?(?:come|arrived|landed|turned up|reached|got here)\b"
)
"""The prospect never saw what the rep sent ("not that I've seen", "I've not seen it"): however the model
mangled the rep's line, it asked whether something arrived."""


def reacts_to_an_opener(text: str) -> bool:
    """Whether normalised ``text`` denies or disowns a claimed agreement or contact, or says nothing was received."""
    return any(pattern.search(text) for pattern in (DENIED, DISOWNED, UNSEEN))
