"""``pushback``: the prospect says it is not interested, has no time, or already has a solution.

"Already has a solution" covers a competitor ("we already use X", "two other companies came out") and
already being a customer. Matched on the prospect's newest utterance, live partial included, so the card is
up while the rep is still deciding what to say.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.coach.detectors.base import Detection
from app.coach.detectors.phrases import PhraseFamily, PhraseMatcher
from app.coach.state import ConversationView

__all__ = ["PUSHBACK_FAMILIES", "Pushback", "PushbackConfig"]

_VENDOR = r"(?:company|companies|vendor|vendors|provider|providers|supplier|suppliers|installer|installers|solution|solutions)"

PUSHBACK_FAMILIES = (
    PhraseFamily(
        "not interested",
        (
            r"\bnot (?:\w+ )?(?:interested|intrested|interest)\b",
            r"\bno interest\b",
            r"\b(?:we're|we are|were|i'm|i am) (?:not looking|all set|good for now|fine for now)\b",
            r"\b(?:don't|do not|dont) (?:really )?need (?:it|this|that|one|anything|any)\b",
            r"\bnot (?:sure|convinced) (?:\w+ ){0,3}worth\b",
            r"\bnot worth (?:it|the)\b",
            r"\b(?:we're|we are|were|i'm|i am|we|i) (?:just |really |simply )?not ready (?:for|to)\b",
            r"\b(?:take|remove) (?:me|us) off\b",
            r"\bstop calling\b",
            r"\bnot (?:really )?(?:shopping|in the market|looking to (?:change|switch|move))\b",
            r"\b(?:no|any|a|don't see a|don't see any|dont see a) (?:real |good )?reason to (?:change|switch|move|look|rock the boat)\b",
            r"\brock the boat\b",
            r"\bain't broke\b|\bisn't broken\b",
        ),
    ),
    PhraseFamily(
        "no budget",
        (
            r"\bno (?:money|budget|funds|funding|spend)\b",
            r"\b(?:don't|do not|dont) have (?:the |a |any )?(?:money|budget|funds)\b",
            r"\b(?:can't|cannot|cant) afford\b",
            r"\bbudget (?:is|was|'s) (?:gone|spent|tight|frozen|used up|already)\b|\bbudgets? (?:are|is) frozen\b",
            r"\bnot in (?:the|our|this year's|this years) budget\b",
            r"\b(?:spending|budget|hiring) freeze\b",
        ),
    ),
    PhraseFamily(
        "no time",
        (
            r"\b(?:don't|do not|dont|didn't|did not) (?:really )?have (?:the |much |any )?time\b",
            r"\bno time\b",
            r"\btoo busy\b",
            r"\bbusy (?:right )?now\b",
            r"\bnot a good time\b",
            r"\bbad time\b",
            r"\b(?:in|into|to) (?:a |another )meeting\b",
            r"\b(?:only|just) (?:have|got) (?:a|one|two|2|a couple|a few) (?:of )?(?:minute|minutes|sec|secs|second|seconds)\b",
            r"\bmake (?:it|this) quick\b",
            r"\b(?:can't|cannot|cant|can not) (?:really )?(?:give|spare|find) (?:this|it|you|that) (?:an? |the |any |much )?(?:hour|minute|minutes|time)\b",
            r"\b(?:can't|cannot|cant|can not) (?:really )?(?:get into|talk about|deal with|do|look at) (?:this|that|it)(?: \w+)? (?:today|now|right now|this week)\b",
            r"\b(?:i'm|i am|we're|we are|were|im) (?:just |really |completely |absolutely )?(?:slammed|swamped|buried|snowed under|flat out|crazy busy|so busy|really busy)\b",
        ),
    ),
    PhraseFamily(
        "already has a solution",
        (
            r"\balready (?:use|using|used|have|had|got|work|working|with|signed|bought|buy|buying|pay|paid|paying|switched"
            r"|a customer|customers|an account|talked|spoke|spoken|rent|renting|lease|leasing|order|ordering|book|booking|in place)\b",
            r"\b(?:we've|we have|we) got (?:a guy|a gal|a company|a vendor|a provider|an outfit|a service) (?:who|that|for|already)\b",
            r"\bon an? (?:\w+ )?(?:year |month )?(?:service plan|service contract|contract|lease|agreement)\b",
            # Another vendor is pushback when the prospect buys from or works with it ("we use a different
            # supplier", "had two other companies out"), not in a noun compound ("three different supplier
            # websites open", a blind evaluation call's false alarm).
            r"\b(?:use|uses|using|used|have|had|got|with|from|through|to|hired|tried)(?: (?:a|an|the|one|two|three|some|several|a few|couple|a couple of))? (?:other|another|different) "
            + _VENDOR
            + r"\b(?! (?:web ?sites?|sites?|portals?|catalogs?|catalogues?|apps?|logins?|accounts?|lists?)\b)(?= \S)",
            r"\b(?:other|another|different) " + _VENDOR + r" (?:already|does|do|handles|handle|takes care|is doing)\b",
            r"\b(?:happy|fine|good|locked in|under contract) with (?:our|what we|the one|who we|them|the current)\b",
            r"\bunder contract\b",
            r"\b(?:been|stayed|stuck) with (?:the same|our|one|a|this|that) (?:\w+ )?(?:broker|vendor|provider|supplier|agency|company|agent|firm|partner|installer)s? for\b",
            r"\b(?:they've|they have|they) (?:always )?(?:treated|looked after|taken care of) us\b",
            r"\b(?:we|i) went with\b",
            r"\bcurrent (?:provider|vendor|supplier|contract)\b",
        ),
    ),
)


@dataclass(frozen=True)
class PushbackConfig:
    use_partials: bool = True
    """Read the prospect's live partial too, so the card can be up before the prospect finishes."""


class Pushback:
    """Matches the prospect's newest utterance against the pushback families."""

    kind = "pushback"

    def __init__(self, config: PushbackConfig = PushbackConfig()) -> None:
        self.config = config
        self._matcher = PhraseMatcher(PUSHBACK_FAMILIES)

    def check(self, state: ConversationView) -> Detection | None:
        segment = state.latest("prospect", with_partial=self.config.use_partials)
        if segment is None:
            return None
        found = self._matcher.match(segment)
        if found is None:
            return None
        return Detection(self.kind, f"prospect:{segment.start:.2f}", f"{found.family}: {found.evidence}")
