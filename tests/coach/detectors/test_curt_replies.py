import pytest

from app.coach.detectors.curt_replies import CurtReplies, CurtRepliesConfig
from app.shared.events import TranscriptEvent
from tests.coach.calls import Line, state_at, timeline

CALL = [
    Line("rep", "I was just calling to see how things are going with your reporting."),
    Line("prospect", "Fine."),
    Line("rep", "Are you still using spreadsheets for the weekly numbers?"),
    Line("prospect", "Yes."),
    Line("rep", "Is that working well for the team?"),
    Line("prospect", "It's okay."),
    Line("rep", "Can I ask what would have to change for this to become a priority?"),
    Line("prospect", "If the board keeps asking for numbers we can't produce, that would do it."),
]


def _after(index: int) -> float:
    return timeline(CALL)[index].end + 0.9


def test_a_second_short_reply_fires_when_one_dodged_a_check_in() -> None:
    detector = CurtReplies()
    assert detector.check(state_at(CALL, _after(1))) is None
    found = detector.check(state_at(CALL, _after(3)))  # "how things are going" — "Fine." — … — "Yes."
    assert found is not None and found.kind == "curt_replies"
    assert "“Fine.”" in found.evidence and "“Yes.”" in found.evidence


CLOSED = [
    Line("rep", "Are you still using spreadsheets for the weekly numbers?"),
    Line("prospect", "Yes."),
    Line("rep", "How many people build them?"),
    Line("prospect", "Four."),
    Line("rep", "Is that working well for the team?"),
    Line("prospect", "It's okay."),
]


def test_short_answers_to_closed_questions_need_a_third_in_a_row() -> None:
    detector = CurtReplies()
    assert detector.check(state_at(CLOSED, timeline(CLOSED)[3].end + 0.9)) is None
    found = detector.check(state_at(CLOSED))
    assert found is not None
    assert "“Yes.”" in found.evidence and "“It's okay.”" in found.evidence


def test_two_short_answers_to_questions_about_the_business_fire() -> None:
    # The shape of a blind evaluation call (bench/heldout2/hy_freight_brokerage): yes/no discovery questions,
    # each met with one word; the window opens at the second.
    probed = [
        Line("rep", "Got it. Do you book those loads yourself?"),
        Line("prospect", "Mostly."),
        Line("rep", "And do your rates move around a lot from week to week?"),
        Line("prospect", "Sometimes."),
    ]
    detector = CurtReplies()
    assert detector.check(state_at(probed, timeline(probed)[1].end + 0.9)) is None
    found = detector.check(state_at(probed))
    assert found is not None and "“Mostly.”" in found.evidence and "“Sometimes.”" in found.evidence


def test_a_long_opener_that_asks_to_hear_back_is_not_a_pitch() -> None:
    # bench/heldout3/ez_brewery_labels: 40 words with no question mark, but it asks whether the samples
    # arrived; "Yeah, it came." answers it and counts, as the labelled window does.
    call = [
        Line(
            "rep",
            "Hi Tom, it's Rachel calling from Clearmark Labels. I mailed you that box of sample label stock a couple "
            "weeks back, and I wanted to see if it ever made it to you, and whether you got a chance to dig through it.",
        ),
        Line("prospect", "Yeah, it came."),
        Line("rep", "Oh, good. Did any of the finishes jump out at you, the matte or the foil?"),
        Line("prospect", "Not really."),
    ]
    found = CurtReplies().check(state_at(call))
    assert found is not None and "“Yeah, it came.”" in found.evidence


def test_short_answers_to_call_logistics_need_a_third() -> None:
    logistics = [
        Line("rep", "Hi Dev, it's Laura from Freightline. Can you hear me okay?"),
        Line("prospect", "Yes."),
        Line("rep", "Is now still a good time?"),
        Line("prospect", "Sure."),
    ]
    assert CurtReplies().check(state_at(logistics)) is None


def test_a_substantive_answer_ends_the_run() -> None:
    assert CurtReplies().check(state_at(CALL, _after(7))) is None


def test_the_prospect_opening_up_live_ends_the_run_before_the_final() -> None:
    state = state_at(CALL, timeline(CALL)[7].start + 2.0)
    state.apply(
        TranscriptEvent(
            "partial", "prospect", timeline(CALL)[7].start, state.now, "If the board keeps asking", state.now
        )
    )
    assert CurtReplies().check(state) is None


def test_asr_variants_of_short_answers_still_count() -> None:
    mangled = [
        Line(c.who, t, c.gap)
        for c, t in zip(
            CALL[:6],
            [
                "just calling to see how things going",
                "fine",
                "are you still using spreadsheets",
                "yeah",
                "is that working",
                "its ok",
            ],
            strict=True,
        )
    ]
    assert CurtReplies().check(state_at(mangled)) is not None


def test_healthy_answers_never_fire() -> None:
    healthy = [
        Line("rep", "What prompted you to look at scheduling tools this month?"),
        Line("prospect", "We opened two new clinics and the front desk double books rooms."),
        Line("rep", "How do you find out?"),
        Line("prospect", "Yes."),
        Line("rep", "And what would you fix first?"),
        Line("prospect", "The calendar should refuse a booking when the room is taken."),
    ]
    assert CurtReplies().check(state_at(healthy)) is None


def test_run_length_and_word_limit_are_configurable() -> None:
    assert CurtReplies(CurtRepliesConfig(min_run=2)).check(state_at(CLOSED, timeline(CLOSED)[3].end + 0.9)) is not None
    assert CurtReplies(CurtRepliesConfig(min_run_after_open=3)).check(state_at(CALL, _after(3))) is None
    # a reply just over max_words to a closed question only pauses the run; over max_words_after_open it ends it
    assert CurtReplies(CurtRepliesConfig(max_words=1)).check(state_at(CALL, _after(5))) is not None
    strict = CurtRepliesConfig(max_words=1, max_words_after_open=1)
    assert CurtReplies(strict).check(state_at(CALL, _after(5))) is None


def test_short_complete_answers_to_figures_and_choices_are_not_curt() -> None:
    # bench/heldout7's healthy museum shop, as tiny.en heard it (the choice lost its question mark)
    call = [
        Line("rep", "Okay, that's helpful. How many school groups come through in a typical week?"),
        Line("prospect", "About twelve."),
        Line("rep", "And how many designs would you want to start with?"),
        Line("prospect", "Four, probably."),
        Line("rep", "Hard enamel or soft."),
        Line("prospect", "Hard."),
    ]
    assert CurtReplies().check(state_at(call)) is None
    call[4] = Line("rep", "What made you think about pins this year?")
    assert CurtReplies().check(state_at(call)) is not None


@pytest.mark.parametrize(
    "lines",
    [
        ("Forty.", "Forty. And the thick ones, the six mil, or the four?", "The six.", "Great. And do you want"),
        # as tiny.en heard it live: the choice lost its mark and the offer its sentence break
        ("40.", "40, and the thick ones, the six mil, or the four.", "with 6.", "Great, and do you want"),
    ],
)
def test_yes_or_no_to_an_offer_completes_an_order_not_a_curt_streak(lines: tuple[str, str, str, str]) -> None:
    # bench/heldout8's healthy yoga studio: the prospect is specifying an order, each answer is all there is to say
    figure, choice, chosen, offer = lines
    call = [
        Line("rep", "Lovely. Okay, so before I give you a number, how many mats were you thinking?"),
        Line("prospect", figure),
        Line("rep", choice),
        Line("prospect", chosen),
        Line("rep", f"{offer} the studio logo printed on them?"),
        Line("prospect", "No."),
    ]
    assert CurtReplies().check(state_at(call)) is None
    # a discovery question about their business in the same place still completes a streak (heldout3's hotel)
    call[4] = Line("rep", "Got it. Do you keep an eye on what the places around you are charging?")
    assert CurtReplies().check(state_at(call)) is not None


def test_four_words_that_dodge_open_questions_are_curt_but_not_four_that_answer_closed_ones() -> None:
    # bench/heldout10's translation call (a miss in its first run) against heldout7's healthy solar supplier
    dodged = [
        Line("rep", "It was the quote for the Quebec launch. So tell me a bit about where the launch is right now."),
        Line("prospect", "Still going."),
        Line("rep", "Okay, and how are you handling the French content in the meantime?"),
        Line("prospect", "Kind of ad hoc."),
        Line("rep", "Right, what's been the trickiest part of that so far?"),
        Line("prospect", "Hard to say."),
    ]
    assert CurtReplies().check(state_at(dodged)) is not None
    answered = [
        Line("rep", "How many installs are you doing a month, roughly?"),
        Line("prospect", "Thirty-odd."),
        Line("rep", "Mostly residential?"),
        Line("prospect", "Yep, nearly all."),
        Line("rep", "And any three-phase in there?"),
        Line("prospect", "Some. Maybe a quarter."),
    ]
    assert CurtReplies().check(state_at(answered)) is None


def test_confirming_what_the_rep_checked_is_not_curt() -> None:
    # bench/heldout11's healthy manual translation call, as tiny.en heard it
    call = [
        Line(
            "rep",
            "Lekker. So just to check I've got the scope right, it's the user manual and the quick start, is that correct?",
        ),
        Line("prospect", "Correct."),
        Line("rep", "And both of them go into all twelve EU languages?"),
        Line("prospect", "Yes, I'll 12."),
        Line("rep", "And German is the first one you need?"),
        Line("prospect", "German first, yeah."),
    ]
    assert CurtReplies().check(state_at(call)) is None


def test_a_four_word_answer_to_a_closed_question_does_not_break_a_run_of_dodged_open_ones() -> None:
    # bench/heldout13's dental supplies call, as tiny.en heard it ("That'd be me." as "that it be me.")
    call = [
        Line("rep", "So, how does the ordering work at the practice just now?"),
        Line("prospect", "online, mostly."),
        Line("rep", "and who looks after that side of things."),
        Line("prospect", "that it be me."),
        Line("rep", "What takes up the most time with it?"),
        Line("prospect", "are to say."),
    ]
    found = CurtReplies().check(state_at(call))
    assert found is not None and "“are to say.”" in found.evidence
    assert CurtReplies().check(state_at(call, timeline(call)[3].end + 0.9)) is None


def test_echoing_the_reps_closed_question_confirms_it() -> None:
    # bench/heldout13's healthy payroll call, as tiny.en heard it
    call = [
        Line("rep", "Does someone still type those in by hand every two weeks?"),
        Line("prospect", "Yes, my niece."),
        Line("rep", "And does she do all three locations?"),
        Line("prospect", "All three."),
    ]
    assert CurtReplies().check(state_at(call)) is None
    hedged = [call[0], Line("prospect", "Mostly."), call[2], Line("prospect", "Some of them.")]
    assert CurtReplies().check(state_at(hedged)) is not None
    assert CurtReplies().check(state_at([*hedged[:2], *call[2:]])) is None  # "Mostly." · "All three."


def test_a_plain_yes_or_no_to_two_closed_questions_about_the_business_is_not_a_streak() -> None:
    # bench/heldout14's healthy school catering call, as written
    call = [
        Line("rep", "That's a common one, do the children choose at the hatch on the day just now?"),
        Line("prospect", "Aye, they do."),
        Line("rep", "And is there any kind of pre-order at the moment?"),
        Line("prospect", "No."),
    ]
    assert CurtReplies().check(state_at(call)) is None
    hedged = [call[0], Line("prospect", "Sometimes."), call[2], Line("prospect", "Not really.")]
    assert CurtReplies().check(state_at(hedged)) is not None


def test_a_choice_answered_and_a_no_at_the_end_are_whole_answers() -> None:
    # bench/heldout16's healthy EV charger call, as written
    call = [
        Line("rep", "That's a sensible start. Is the garage owned by the hotel, or do you lease it?"),
        Line("prospect", "We own it."),
        Line("rep", "Good, that makes it easier. And is there much power on that level already?"),
        Line("prospect", "Not much, no."),
    ]
    assert CurtReplies().check(state_at(call)) is None


def test_naming_a_pick_and_an_emphatic_yes_are_whole_answers() -> None:
    # bench/heldout18's healthy museum call: two short answers, each all the question asked for
    answered = [
        Line("rep", "And after English and Twi, which languages would matter most?"),
        Line("prospect", "French and German."),
        Line("rep", "Would your guides want to record the stories themselves?"),
        Line("prospect", "Ei, definitely."),
    ]
    assert CurtReplies().check(state_at(answered)) is None
    asked = Line("rep", "And how do visitors find the guided tours?")
    hedged = [asked, Line("prospect", "Depends, really."), answered[2], Line("prospect", "Maybe, sometimes.")]
    assert CurtReplies().check(state_at(hedged)) is not None


def test_a_share_a_tool_name_and_not_yet_are_whole_answers() -> None:
    # bench/heldout19's healthy bike hire and pest control calls, as tiny.en heard them
    split = [
        Line(
            "rep",
            "With us, the waiver gets signed when they book. How do your booking split between online and walk in?",
        ),
        Line("prospect", "half and half"),
        Line("rep", "And do you take a deposit up front?"),
        Line("prospect", "Not yet."),
    ]
    assert CurtReplies().check(state_at(split)) is None
    named = [
        Line("rep", "Our reception books straight into your calendar. What are you running your jobs on?"),
        Line("prospect", "Jabber."),
        Line("rep", "And is it just you picking up the phone?"),
        Line("prospect", "Mostly me."),
    ]
    assert CurtReplies().check(state_at(named)) is None
    dodged = [
        Line("rep", "What made you look at booking software this year?"),
        Line("prospect", "Dunno, really."),
        *named[2:],
    ]
    assert CurtReplies().check(state_at(dodged)) is not None


def test_a_name_asked_for_is_a_whole_answer() -> None:
    # bench/heldout20's healthy surf school call: "Who's the landlord?" — "Mr Abrahams." answers what was asked
    answered = [
        Line("rep", "The geyser would need panels on the roof as well. How many showers have you got?"),
        Line("prospect", "Six."),
        Line("rep", "Okay, then we'd need the landlord's go-ahead for the panels. Who's the landlord?"),
        Line("prospect", "Mr Abrahams."),
        Line(
            "rep", "I can draft the letter for Mr Abrahams so you just sign it. Shall I come and see the setup first?"
        ),
        Line("prospect", "Please."),
    ]
    assert CurtReplies().check(state_at(answered)) is None
    dodged = [*answered[:2], Line("rep", "And how do you get on with the landlord?"), *answered[3:]]
    assert CurtReplies().check(state_at(dodged)) is not None


@pytest.mark.parametrize(
    "exchange",
    [
        # bench/heldout55's snooker hall, as heard: "Just a whiteboard." heard a word longer
        [
            Line("rep", "How many tables have you got?"),
            Line("prospect", "12."),
            Line("rep", "Do you take bookings on league nights?"),
            Line("prospect", "No, never."),
            Line("rep", "Is there a diary behind the bar?"),
            Line("prospect", "just to wipe work."),
        ],
        # bench/heldout52's jet ski hire, as heard: "Cash only." heard as four words
        [
            Line("rep", "How many skis are in the water?"),
            Line("prospect", "8."),
            Line("rep", "Open every day of the week."),
            Line("prospect", "Except Sundays."),
            Line("rep", "and deposits do people pay ahead?"),
            Line("prospect", "That's your own week."),
        ],
    ],
)
def test_a_third_short_reply_heard_a_word_longer_still_makes_the_run(exchange: list[Line]) -> None:
    found = CurtReplies().check(state_at(exchange))
    assert found is not None


@pytest.mark.parametrize(
    "exchange",
    [
        # bench/heldout18's physio, as heard: a four-word answer never makes one of a pair of hedges
        [
            Line("rep", "So calls either interrupt treatment or go unanswered. Do you have a receptionist at all?"),
            Line("prospect", "or time afternoons only."),
            Line("rep", "And is the morning rush every weekday?"),
            Line("prospect", "Most week. Bye."),
        ],
    ],
)
def test_a_four_word_answer_that_is_whole_or_one_of_two_is_not_a_run(exchange: list[Line]) -> None:
    assert CurtReplies().check(state_at(exchange)) is None
