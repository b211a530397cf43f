"""What the assessment-question model looks at: the question sentences of a message, and their words and
word pairs. Shared by the model's training script and by screening, so both see the same features."""

from __future__ import annotations

import re

from .message_features import features as message_features
from .text import GREETING_WORDS

SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|$)")
QUESTION_START = re.compile(
    # (round 15: after the person's name and a comma too, "Sam, hows ur head been", and text-speak "hows", "whats")
    r"^\W*(?:" + GREETING_WORDS + r"\b[^,!.?]*[,!.]\s*|\w+,\s*)?(?:and |so |also |just )?"
    r"(?:how|hows|what|whats|wots|who|whos|when|why|where|which|do|does|did|are|r|is|has|have|had|can|could|would|will|"
    # round 17: "you'll", "you've", "you'd", "you can", "you will"… open a statement, not a question ("Lorraine,
    # you'll be pleased to hear the lift is working again, no more stairs", "You can reach me on…"); a "?" still does
    r"any|(?:u|you)(?!['’](?:ll|ve|d)\b| (?:will|would|should|might|may|must|can|could)\b))\b",
    re.IGNORECASE,
)


# round 15b: a question asked after a clause and a comma with no question mark ("the psychiatrist wants to up his
# dose, how's his mood been"), and one straight after the person's name with no comma ("billy whos doing the cooking")
QUESTION_AFTER_CLAUSE = re.compile(
    r",\s*(?:and |so |but )?(?:how'?s|how is|hows|is|are|r|has|have|does|do|did)\s+(?:he|she|they|you|u|his|her|their|"
    r"your|ur)\b",
    re.IGNORECASE,
)
QUESTION_AFTER_NAME = re.compile(r"^\W*[a-z]+ (?:hows|how's|whos|who's|whats|what's|how r|how are)\b", re.IGNORECASE)


# round 16: a wish or a request that starts with a question's word is not a question when it has no "?" ("Have a proper
# rest.", "Have a lovely Christmas!", "Do let me know.", "Do bring the kids!", "Any problems just ring."):
# a question's auxiliary is followed by who it asks about, these by what is wished or asked for.
NOT_A_QUESTION_START = re.compile(
    r"^\W*(?:" + GREETING_WORDS + r"\b[^,!.?]*[,!.]\s*|\w+,\s*)?(?:and |so |also |just )?(?:"
    r"have (?:a|an|some|fun|lots|loads|a good|the best|yourself)\b|"
    r"do (?:let|bring|come|pop|give|shout|ask|call|ring|text|feel|try|get|have|enjoy|take|keep|say|drop|send|tell)\b|"
    r"any (?:problems?|questions?|worries|issues|changes?|queries|trouble|probs)\b[^.!?]{0,30}\b(?:just|give|let|ring|"
    r"call|text|shout|message|drop)\b|"
    r"will do\b|can'?t wait\b|"
    # round 17: an exclamation ("What a week, the boiler broke…!", "What a brilliant job you did sorting the bills!",
    # "How time flies!")
    r"what (?:a|an) \w+|"
    r"how (?:time flies|lovely|nice|kind|exciting|brilliant|great|wonderful|amazing|fab|fantastic|cool|sweet|funny|"
    r"typical|annoying|frustrating|thoughtful|generous|clever)\b)",
    re.IGNORECASE,
)


def is_question(sentence: str) -> bool:
    if not sentence.rstrip().endswith("?") and NOT_A_QUESTION_START.match(sentence):
        return bool(QUESTION_AFTER_CLAUSE.search(sentence))
    return (
        sentence.rstrip().endswith("?")
        or bool(QUESTION_START.match(sentence))
        or bool(QUESTION_AFTER_CLAUSE.search(sentence))
        or bool(QUESTION_AFTER_NAME.match(sentence))
    )


def question_sentences(text: str) -> list[str]:
    return [match.group() for match in SENTENCE.finditer(text) if is_question(match.group())]


def features(sentence: str) -> set[str]:
    """A question's words and word pairs: the whole-message model's features, with no names to set aside."""
    return message_features(sentence)
