from types import MappingProxyType

from app.coach.detectors.base import Detection
from app.coach.policy import CardPolicy, PolicyConfig


def _d(kind: str, stall: str = "a") -> Detection:
    return Detection(kind, stall, "why")


def test_one_card_per_stall_however_often_it_is_seen() -> None:
    policy = CardPolicy()
    shown = [policy.select([_d("dead_air")], t / 10) for t in range(0, 100)]
    assert len([s for s in shown if s is not None]) == 1


def test_global_gap_holds_back_a_new_stall_then_lets_it_through() -> None:
    policy = CardPolicy(PolicyConfig(min_gap_seconds=6.0))
    assert policy.select([_d("weak_opener", "1")], 7.0) is not None
    assert policy.select([_d("weak_opener", "2")], 11.0) is None  # too soon after the last card
    assert policy.select([_d("weak_opener", "2")], 13.0) is not None


def test_a_more_urgent_card_need_not_wait_out_the_gap() -> None:
    policy = CardPolicy(PolicyConfig(min_gap_seconds=6.0))
    assert policy.select([_d("dead_air", "1")], 10.0) is not None
    assert policy.select([_d("curt_replies", "1")], 12.0) is None  # less urgent than the card on screen
    chosen = policy.select([_d("pushback", "1"), _d("curt_replies", "1")], 13.0)
    assert chosen is not None and chosen.kind == "pushback"  # an objection outranks a silence card
    assert policy.select([_d("curt_replies", "1")], 20.0) is None  # dropped with the card that beat it


def test_cooldown_per_signal_does_not_block_other_signals() -> None:
    config = PolicyConfig(
        min_gap_seconds=1.0, cooldown_seconds=MappingProxyType({"dead_air": 30.0}), stale_after_seconds=60.0
    )
    policy = CardPolicy(config)
    assert policy.select([_d("dead_air", "1")], 10.0) is not None
    assert policy.select([_d("dead_air", "2")], 20.0) is None
    assert policy.select([_d("curt_replies", "1")], 20.0) is not None
    assert policy.select([_d("dead_air", "2")], 41.0) is not None


def test_the_most_useful_card_wins_and_the_others_are_dropped() -> None:
    policy = CardPolicy(PolicyConfig(min_gap_seconds=2.0))
    together = [_d("curt_replies"), _d("pushback"), _d("feature_dump")]
    chosen = policy.select(together, 30.0)
    assert chosen is not None and chosen.kind == "pushback"
    assert policy.select(together, 33.0) is None  # the losers do not pop up late


def test_a_stall_held_back_too_long_is_dropped_not_shown_late() -> None:
    policy = CardPolicy(PolicyConfig(min_gap_seconds=10.0, stale_after_seconds=3.0))
    assert policy.select([_d("pushback", "1")], 0.0) is not None
    assert policy.select([_d("curt_replies", "1")], 5.0) is None
    assert policy.select([_d("curt_replies", "1")], 10.5) is None  # first seen 5.5 s ago


def test_cards_expire_when_the_stall_ends_or_after_their_ttl() -> None:
    policy = CardPolicy(PolicyConfig(card_ttl_seconds=20.0, min_visible_seconds=4.0))
    assert policy.is_live(10.0, still_detected=False, now=12.0)  # never flashes
    assert not policy.is_live(10.0, still_detected=False, now=15.0)  # the call moved on
    assert policy.is_live(10.0, still_detected=True, now=25.0)
    assert not policy.is_live(10.0, still_detected=True, now=31.0)
