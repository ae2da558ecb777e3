from app.coach.detectors.base import PerRevision
from app.coach.state import ConversationState, ConversationView
from app.shared.events import SpeechActivity


def test_per_revision_reads_again_only_when_the_state_changed() -> None:
    reads: list[float] = []

    def derive(state: ConversationView) -> int:
        reads.append(state.now)
        return len(reads)

    kept = PerRevision(derive)
    state = ConversationState()
    assert kept(state) == 1
    state.advance(2.0)
    assert kept(state) == 1  # the clock alone changes nothing said
    state.apply(SpeechActivity("activity", "rep", True, 2.5))
    assert kept(state) == 2
    assert kept(ConversationState()) == 3  # another call's state is never answered from this one's
    assert reads == [0.0, 2.5, 0.0]
