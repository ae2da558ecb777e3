"""``weak_opener``: the rep opens a follow-up with a line prospects are known to tune out.

Three families: claiming an agreement or callback request the prospect never made ("as we discussed",
"you asked me to call you back"), asking whether the email/brochure/literature arrived, and "just checking
in" / "calling to see how things are going". They only matter as an opener, so only the first rep turns of
the call are read; later in a call the same words can be perfectly fine.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.coach.detectors.base import Detection
from app.coach.detectors.phrases import PhraseFamily, PhraseMatcher
from app.coach.state import ConversationView, Segment

__all__ = ["WEAK_OPENER_FAMILIES", "WeakOpener", "WeakOpenerConfig"]

_LITERATURE = (
    r"(?:e ?mails?|brochures?|literature|pamphlets?|info|information|materials?|packets?|catalog(?:ue)?s?|decks?"
    r"|voice ?mails?|messages?|letters?|proposals?|one pagers?|spec sheets?|data sheets?|samples?|quotes?|links?"
    r"|packages?|parcels?|box|invites?)"
)

WEAK_OPENER_FAMILIES = (
    PhraseFamily(
        "claimed agreement",
        (
            r"\b(?:you|u) (?:asked|ask|told|wanted|want) (?:me|us) to\b",  # "...to call you back": any claimed request
            r"\byou (?:told|promised) (?:me|us)? ?(?:that )?(?:you'd|youd|you would|you were going to|you'll|you will)\b",
            r"\byou said (?:that )?(?:you'd|youd|you would|you were going to|you'll|you will)\b",
            r"\b(?:call|ring|phone) you back\b",
            r"\bas (?:we|i) (?:discussed|agreed|spoke|talked|mentioned|promised)\b",
            r"\bas per our (?:conversation|call|discussion|chat)\b",
            r"\blike (?:we|you) (?:discussed|agreed|asked)\b",
            r"\b(?:we|you|you'd|youd|you had|you've|youve) (?:all )?agreed (?:to|that|on|i|we)\b",
            r"\b(?:you'd|youd|you had) agree to\b",  # tiny.en drops the -d; "you'd agree that…" stays a question
        ),
    ),
    PhraseFamily(
        "did you get my email",
        (
            r"\b(?:did|have|had) you (?:\w+ ){0,4}(?:get|got|receive|received|see|seen|saw|read|open|opened|look|looked|review|reviewed|chance)\b(?: \w+){0,6} "
            + _LITERATURE
            + r"\b",
            r"\b" + _LITERATURE + r" (?:that )?(?:i|we) (?:sent|send|mailed|emailed|left|dropped)\b",
            # whatever was sent: "did that ever make it to your inbox?", "see if it ever made it to you"
            r"\b(?:did|has|have|if|whether) (?:that|it|they|those|these|this|the \w+|my \w+) (?:ever |actually |already )?"
            r"(?:make|made) it (?:to|over|through|in)\b",
            r"\b(?:did|has|have|if|whether) (?:that|it|they|those|the \w+|my \w+) (?:ever |actually )?"
            r"(?:arrive|arrived|come through|came through|reach you|reached you|land|landed|show up|showed up|turn up|turned up)\b",
            r"\b(?:in|to|into) your (?:inbox|mailbox|mail box)\b",
            r"\b(?:did|have|had|if|whether) you (?:\w+ ){0,2}(?:get|got|had|have) a chance to (?:look|read|review|go|dig|check|see|open|try|test|play)\b",
        ),
    ),
    PhraseFamily(
        "just checking in",
        (
            r"\b(?:just )?(?:checking|check|checkin) in\b",
            r"\btouch(?:ing)? (?:base|bays|bass|basis)\b",  # tiny.en hears "touching bays" on a phone line
            r"\bjust (?:following|follow) up\b",
            r"\bjust (?:calling|ringing|phoning)\b",  # the minimiser itself, as the opening words are said
            r"\bjust (?:reaching out|wanted|want|wanna) to (?:see|check|touch|follow|catch|say hi)\b",
            r"\b(?:see|check|hear|find out) how (?:\w+ ){0,3}(?:going|doing|getting on)\b",
        ),
    ),
)


@dataclass(frozen=True)
class WeakOpenerConfig:
    max_rep_turn: int = 3
    """Only the rep's first turns are an opener; the third rep turn is still the opening of a follow-up."""
    max_call_seconds: float = 90.0
    """And only this early in the call, however the turns were split."""
    use_partials: bool = True
    """Read the live partial too: the card can be up the moment the rep finishes the line."""


class WeakOpener:
    """Matches the rep's newest utterance against the weak-opener families, during the opening only."""

    kind = "weak_opener"

    def __init__(self, config: WeakOpenerConfig = WeakOpenerConfig()) -> None:
        self.config = config
        self._matcher = PhraseMatcher(WEAK_OPENER_FAMILIES)

    def check(self, state: ConversationView) -> Detection | None:
        segment = state.latest("rep", with_partial=self.config.use_partials)
        if segment is None or segment.start > self.config.max_call_seconds:
            return None
        if _rep_turn_ordinal(state, segment) > self.config.max_rep_turn:
            return None
        found = self._matcher.match(segment)
        if found is None:
            return None
        return Detection(self.kind, f"rep:{segment.start:.2f}", f"{found.family}: {found.evidence}")


def _rep_turn_ordinal(state: ConversationView, segment: Segment) -> int:
    """1 for the rep's first turn; a live partial continues the rep's turn if the rep spoke last."""
    ordinal = 0
    for turn in state.turns:
        if turn.start > segment.start:
            break
        if turn.channel == "rep":
            ordinal += 1
    if not segment.final and (not state.turns or state.turns[-1].channel != "rep"):
        ordinal += 1
    return ordinal
