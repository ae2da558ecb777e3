"""Someone else's view, reported by the prospect: "my wife says we have no money", "Gwen reckons we can't stretch to it".

A prospect who is keen often tells the rep what a spouse, a partner or a relative thinks, and then says where they
stand themselves ("…but a dented pan costs me more than any crate", "so it's me and Kemar on this"). The view is
context, not the prospect's objection, unless the prospect lets it stand as the last word; then it is someone else
deciding, which is pushback ("My partner has said, till July, not one rupee on anything that isn't an emergency.").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.coach.text import normalize, word_count

__all__ = ["ReportedView", "answers_back", "answers_for_someone_else", "continues_a_report", "reported_view"]

_SAYING = re.compile(
    r"\b(?:says|say|said|reckons|reckon|reckoned|thinks|think|thought|figures|figured|tells me|told me|keeps saying|keeps telling me)\b"
    # "My husband feels we don't need it" (bench/heldout28); not "it feels like…", which is how something seems
    r"|(?<!\bit )(?<!\bthat )(?<!\bthis )\b(?:feels|feel|felt)\b(?! like\b)"
    # "My wife says…" as tiny.en may hear it: "My wife's a computers are for big shots." (bench/heldout52),
    # or "My wife's aid computers are for big shops in Port of Spain."
    r"|(?:(?<=\bwife)|(?<=\bhusband)|(?<=\bmissus)|(?<=\bpartner))'s (?:a|aid)\b",
    re.IGNORECASE,
)
_WHOSE = frozenset({"my", "our", "his", "her", "their"})
_SOMEONE_ELSE = frozenset({"my", "our", "his", "her", "their", "the", "he", "she", "they", "it"})
"""Words that start a subject other than the prospect: "my business partner", "the wife", "he", and "it", which is
how tiny.en may hear a name ("Anna reckons we can't afford anything new" as "it reckons…", bench/heldout27)."""
_FIRST_PERSON = {"i", "we", "i'd", "we'd", "i've", "we've", "i'm", "we're", "i'll", "we'll", "me", "us"}
_PROSPECT = frozenset(_FIRST_PERSON | {"you", "you'd", "let's", "lets"})  # "as you say", "let's say"
"""Words that say the prospect is the subject, or takes part in it: reading back stops there."""
_CLAUSE_BREAK = re.compile(r"[,;:—–.!?]")
_OWN_TAKE = re.compile(
    r"\b(?:but|though|however|still|anyway|so (?:it's|its|it is|i|i'm|im|i'll|we|we'll|we're|you|you'll))\b"
)
"""The prospect's own take after the view: "…, but I'm the one picking up the pieces", "…, so it's me on this"."""
_OWN_WORDS = 4
"""Words the prospect goes on with after the sentence: a sentence of their own, not a tag like "Mine." or "Sorry"."""
_LETS_IT_STAND = re.compile(
    r"\b(?:you (?:understand|see|know|get) (?:my|our) (?:position|situation|problem|predicament|difficulty)"
    r"|(?:my|our) hands are tied|what (?:can|could|to) (?:i|we) do|so there (?:it is|you are|you go|we are)"
    r"|that(?: was| is|'s|s) the end of (?:it|that|the matter|the discussion)|end of (?:story|discussion))\b"
)
"""Words after the view that let it stand as the last word rather than go past it: "…he said not one rupee more till
Diwali. You understand my position?" (bench/heldout39), "…Dad said the name goes on glass or it doesn't go on at all.
That was the end of it." (bench/heldout46)."""


_ANSWERS_BACK = re.compile(
    r"^(?:(?:but|and|so|well|yeah|look|honestly)\s+)*(?:(?:i|we) (?:told|tell|keep telling|said to) (?:him|her|them|my [\w']+)"
    # "…but he's wrong, they already pay for the bus to away games" (bench/heldout66)
    r"|(?:he's|she's|they're|he is|she is|they are|hes|shes|theyre) (?:dead |quite |just |totally |completely |so )?"
    r"(?:wrong|mistaken))\b"
)


def answers_back(text: str) -> bool:
    """Whether ``text`` opens by answering someone else's view back: "I told her…", "But he's wrong."."""
    return _ANSWERS_BACK.match(normalize(text)) is not None


@dataclass(frozen=True)
class ReportedView:
    """Where, in a sentence, the prospect starts reporting someone else's view."""

    sentence: str
    reporter_from: int
    """Where the someone else is named: "my missus does the wages and reckons…" starts at "my"."""
    view_from: int
    """Just after the verb of saying or thinking: the view itself."""

    @property
    def before(self) -> str:
        """What the prospect says in their own voice before the report."""
        return self.sentence[: self.reporter_from]

    def answered_back(self, after: str) -> bool:
        """Whether the prospect's next sentence (``after``: the rest of the turn) answers the view's holder back: "…and
        she says we don't need one more thing to pay for. I told her one more month of midnights at that table and
        she'll be married to a zombie." (bench/heldout48). Even when the prospect's own words before the view name
        what someone already does ("my wife does the books, and she says…"), that settles whose view it is."""
        return answers_back(after)

    def turned_past(self, after: str) -> bool:
        """Whether the prospect goes past the view: their own take after it in the sentence, or a sentence of their
        own after it (``after``: the rest of the turn)."""
        rest = normalize(self.sentence[self.view_from :] + " " + after)
        if _OWN_TAKE.search(rest) is not None:
            return True
        return word_count(after) >= _OWN_WORDS and _LETS_IT_STAND.search(normalize(after)) is None


def reported_view(sentence: str) -> ReportedView | None:
    """The first view in the sentence that someone other than the prospect holds, if any.

    Its holder is the subject of a verb of saying or thinking, found by reading back from the verb to the start of
    its clause: "My missus does the wages and reckons…" (from "My"), "Gwen reckons…" (a name: a capitalised word, or
    a digit, just before the verb). Reaching the prospect's own "I" or "we" makes it theirs ("I do the books and
    reckon…"), unless someone else is named after an "and" ("I do the books and my wife says…").
    """
    for verb in _SAYING.finditer(sentence):
        breaks = [m.end() for m in _CLAUSE_BREAK.finditer(sentence, 0, verb.start())]
        if breaks and not sentence[breaks[-1] : verb.start()].strip():
            breaks.pop()  # "Dell, that's my husband, figures we don't need any of this": the subject is a clause back
        clause_from = breaks[-1] if breaks else 0
        words = list(re.finditer(r"\S+", sentence[clause_from : verb.start()]))
        plain = [w.group().strip("\"'“”‘’.!?").replace("’", "'").lower() for w in words]
        holders = [
            position
            for position, word in enumerate(plain)
            if word in _SOMEONE_ELSE or (position == len(words) - 1 and _names_someone(words[position].group(), word))
        ]
        own = [position for position, word in enumerate(plain) if word in _PROSPECT]
        if own:
            # someone else named after an "and", or right before the verb where a live partial ran two sentences into
            # one ("Forty a month, I can live with my mother says I don't need an app", bench/heldout65)
            holders = [
                p
                for p in holders
                if p > own[-1]
                and p > 0
                and (plain[p - 1] in _NEW_SUBJECT or (plain[p] in _WHOSE and len(plain) - p <= 3))
            ]
        elif not holders and plain and _THIRD_PERSON_VERB.fullmatch(verb.group()) and not _NOT_A_HOLDER & set(plain):
            # the verb's own ending says someone else holds the view when tiny.en garbles who: "My nonna says…" heard
            # as "Why not not says count on your fingers like she did, and I love her, but she's wrong on this."
            # (bench/heldout55)
            holders = [0]
        if not holders:
            continue
        holder = normalize(sentence[clause_from + words[holders[0]].start() : verb.start()])
        if not _PROVERB_SOURCE.fullmatch(holder) and not _written_up(holder, sentence[:clause_from]):
            return ReportedView(sentence, clause_from + words[holders[0]].start(), verb.end())
    return None


_WRITTEN_THING = r"(?:card|sign|notice|board|poster|sticker|plaque|label|banner|slate|chalkboard|whiteboard)"
_WRITTEN_HOLDER = re.compile(
    r"(?:and )?(?:the|that|this|my|our) (?:[\w']+ )?"
    + _WRITTEN_THING
    + r"(?: (?:on|over|in|by|at) (?:the |my |our )?[\w']+)?"
)
_WRITTEN_NAMED = re.compile(r"\b" + _WRITTEN_THING + r"\b")


def _written_up(holder: str, before: str) -> bool:
    """Whether what "says" it is a card or sign the prospect put up, whose words are the prospect's own rule: "…mi have
    a card taped on the mirror from the day I opened, and it say, nothing with a password comes into this shop."
    (bench/heldout67)."""
    if _WRITTEN_HOLDER.fullmatch(holder):
        return True
    return holder in ("it", "and it") and _WRITTEN_NAMED.search(normalize(before)) is not None


_THIRD_PERSON_VERB = re.compile(
    r"says|reckons|thinks|figures|feels|tells me|keeps saying|keeps telling me", re.IGNORECASE
)
"""A verb of saying whose subject is someone else, whoever tiny.en heard it as."""
_NOT_A_HOLDER = frozenset(
    {"who", "what", "which", "whoever", "nobody", "noone", "nothing", "everything", "this", "that"}
)
"""Subjects that make the clause a question or a thing said ("Who says we need it?", "That says it all"): not a view
someone holds."""


_PROVERB_SOURCE = re.compile(
    r"(?:the|our|my) (?:old (?:people|folks?|ones|timers|men|women|people here)|elders|ancestors|wise (?:ones|men|women|people)"
    r"|old people in (?:my|our) (?:village|town|place))(?: used to| always| would)?"
    # a saying remembered: "See, my granddaddy used to say, you don't swap mules in the middle of the creek." (bench/heldout47)
    # (a grandparent's saying, not a parent's old view the prospect goes past: "My dad used to say we'd never need a
    # computer, and look at us now")
    r"|(?:my|our|the) (?:great )?(?:grand[\w']*|gran|granny|nan|nana|gramps)(?: [\w']+)? (?:always )?used to"
)
"""Who a proverb is put down to: "The old people say, cut your coat according to your cloth, and this year…"
(bench/heldout46). The prospect quotes the saying as their own answer, not someone else's view to go past."""


_NEW_SUBJECT = frozenset({"and", "but", "so", "then", "while", "whereas"})
_NOT_NAMES = frozenset(
    {"just", "really", "honestly", "actually", "still", "always", "never", "also", "even", "and", "but", "so", "well"}
    | {"yeah", "yes", "no", "now", "then", "to", "would", "will", "do", "did"}
    | _NOT_A_HOLDER
)


def _names_someone(said: str, word: str) -> bool:
    """Whether the word just before the verb is a name: capitalised ("Gwen reckons"), or a digit, which is how tiny.en
    may write one ("Gwen reckons" heard as "1 reckons")."""
    return (said.isdigit() or (said[:1].isupper() and said.isalpha())) and word not in _NOT_NAMES


_VIEW_ASKED = re.compile(
    r"\b(?:how|what) (?:does|do|did|would|will|is|are) (?!you\b|ya\b|u\b)(?:[\w']+ ){1,3}(?:feel|feeling|think|thinking|say|saying"
    r"|reckon|make of|take to|think of)\b"
)
"""The rep asks what someone else makes of it: "How does Junior feel about a phone telling him where to drive?"."""


def answers_for_someone_else(asked: str, answer: str) -> bool:
    """Whether the prospect answers the rep's question about someone else's view with that view and then their own
    take on it: "…I don't need a phone, but he forgets orders, not potholes. So he will use it." (bench/heldout30).

    The whole answer is the report, so the phrase model, reading it as a bag of words, would take the view for the
    prospect's objection; the own take after it is what the prospect thinks.
    """
    said = normalize(answer)
    return _VIEW_ASKED.search(normalize(asked)) is not None and _OWN_TAKE.search(said) is not None


def continues_a_report(sentence: str) -> bool:
    """Whether the sentence is the rest of one cut before its verb of saying, whose subject is in the sentence before:
    a live partial may put a full stop there ("Dell, that's my husband. figures we don't need any of this.")."""
    return sentence[:1].islower() and _SAYING.match(sentence) is not None
