"""The phrase banks: per-language data files of the words the verifier listens for.

A bank is JSON (`verifier/data/phrases/<lang>.json`). Phrases use a small pattern syntax so a bank
stays readable: `(a|b)` is a choice, `[a|b]` an optional choice. Patterns are expanded once.
"""

from __future__ import annotations

import itertools
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from .text import SUBJECT_MARK, fold

# Language codes of the transcript format mapped to the bank that serves them.
LANGUAGE_BANKS = {"da": "da", "no": "no", "nb": "no", "nn": "no"}

ELEMENTS = (
    "recording_notice", "vague_notice", "purpose", "consent_request", "negative_request",
    "withdrawal_info", "objection_info", "retention", "keypress_optin", "keypress_optout",
    "coercion", "threat", "withdrawal", "affirmative", "refusal", "ambiguous",
    "negative_consent", "negative_refusal", "stop_ack", "consent_condition",
)
# The word classes of a bank's "parts" (see meaning.py); every bank must define them all.
PARTS = (
    "recording", "consent", "reference", "service", "impossible", "alternative", "penalty", "otherwise",
    "without", "condition", "unless", "only", "require_strong", "require_weak", "so_that",
    "refuse_verbs", "objection_heads", "info_heads", "withdraw_verbs", "stop_order", "stop_result",
    "want_heads", "forbid_heads", "join_words", "regret", "clause_fillers", "use_verbs", "proviso",
    "purpose_preps", "purpose_nouns", "purpose_verbs", "purpose_heads", "keep_verbs", "time_units",
    "numbers", "hypothetical", "transparent", "reply_softeners", "discourse_markers", "doubt",
    "call_nouns", "rec_passive", "rec_active", "modal_words", "question_verbs", "acceptable", "objecting",
    "rec_nouns", "rec_noun_verbs", "rec_noun_preps", "tell_verbs", "enrol_nouns", "request_fillers", "emphatic",
    "switch_verbs", "check_verbs", "any_time", "key_adverbs", "rec_compound_stems", "before_words",
    "rec_orders", "rec_devices", "device_on",
)
_TOKEN = re.compile(r"\(([^()]*)\)|\[([^\[\]]*)\]|([^()\[\]]+)")


@dataclass(frozen=True)
class PhraseBank:
    """The phrases of one language, expanded, plus the word lists the matcher needs."""

    language: str
    elements: dict[str, tuple[str, ...]]
    guard: frozenset[str]  # negations and modal verbs, folded
    negations: frozenset[str]
    modals: frozenset[str]
    question_starts: frozenset[str]
    topic_stems: tuple[str, ...]
    fillers: frozenset[str]
    hallucination_markers: tuple[str, ...]
    key_verbs: frozenset[str]
    key_digits: dict[str, str]  # folded number word -> key
    key_words: dict[str, tuple[str, ...]]  # key -> the words said for it, as written ("åtte")
    keys: dict[str, tuple[str, ...]]  # element -> its phrases run together and folded
    # Word classes for reading by parts: class -> entries, each a tuple of folded words where
    # "x*" is a stem, "*x*" a word containing x and "~" a gap of up to three words.
    parts: dict[str, tuple[tuple[str, ...], ...]]
    # The same entries as written (spotting proposes them to the recogniser in their own spelling).
    part_texts: dict[str, tuple[str, ...]]
    # Spoken and dialect forms read as the written word they stand for (folded, one word for one):
    # "æ" is "jeg", Norwegian "e" is "er" (DOMAIN.md: callers and agents speak, they do not write).
    spoken: dict[str, str] = field(default_factory=dict)

    def phrases(self, element: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """The phrases of an element and their matching keys."""
        return self.elements[element], self.keys[element]


def expand(pattern: str) -> list[str]:
    """All phrases a pattern stands for: '(a|b) c [d]' -> ['a c d', 'a c', 'b c d', 'b c']."""
    parts: list[list[str]] = []
    for choice, optional, literal in _TOKEN.findall(pattern):
        if literal:
            parts.append([literal])
        elif choice:
            parts.append(choice.split("|"))
        else:
            parts.append([*optional.split("|"), ""])
    return [" ".join("".join(combo).split()) for combo in itertools.product(*parts)]


@lru_cache(maxsize=8)
def load_bank(language: str) -> PhraseBank:
    """The bank for a transcript language code (da, no, nb, nn).

    Raises:
        KeyError: no bank for that language.
    """
    name = LANGUAGE_BANKS[language]
    raw = json.loads(resources.files("verifier.data.phrases").joinpath(f"{name}.json").read_text("utf-8"))
    elements = {}
    for element in ELEMENTS:
        phrases: dict[str, None] = {}
        for pattern in raw["elements"].get(element, []):
            phrases.update(dict.fromkeys(p for p in expand(pattern) if p))
        elements[element] = tuple(phrases)
    negations = frozenset(fold(w) for w in raw["guard_words"]["negation"])
    modals = frozenset(fold(w) for w in raw["guard_words"]["modal"] if " " not in w)
    return PhraseBank(
        language=name,
        elements=elements,
        guard=negations | modals,
        negations=negations,
        modals=modals,
        question_starts=frozenset(fold(w) for w in raw["question_starts"]),
        topic_stems=tuple("".join(fold(w).split()) for w in raw["topic_stems"]),
        fillers=frozenset(fold(w) for w in raw["fillers"]),
        hallucination_markers=tuple(fold(w) for w in raw["hallucination_markers"]),
        key_verbs=frozenset(fold(w) for w in raw["keys"]["verbs"] if " " not in w),
        key_digits={fold(k): v for k, v in raw["keys"]["digits"].items()},
        key_words={v: tuple(k for k, v2 in raw["keys"]["digits"].items() if v2 == v and k.isalpha())
                   for v in set(raw["keys"]["digits"].values())},
        keys={e: tuple("".join(fold(p).split()) for p in ps) for e, ps in elements.items()},
        parts={name: tuple(_part_entry(e) for e in raw["parts"][name]) for name in PARTS},
        part_texts={name: tuple(raw["parts"][name]) for name in PARTS},
        spoken={_spoken_key(k): fold(v) for k, v in raw.get("spoken_forms", {}).items() if not k.startswith("_")},
    )


def _spoken_key(form: str) -> str:
    """A spoken form folded, its subject mark kept ("^æ": "jeg" only next to a finite verb)."""
    return SUBJECT_MARK + fold(form[1:]) if form.startswith(SUBJECT_MARK) else fold(form)


def _part_entry(entry: str) -> tuple[str, ...]:
    """An entry of a word class, folded word by word, its stem and gap marks kept."""
    out: list[str] = []
    for word in entry.split():
        if word == "~":
            out.append(word)
            continue
        core = fold(word.strip("*")).split()
        if core and word.startswith("*") and word.endswith("*") and len(word) > 1:
            core[0] = f"*{core[0]}*"
        elif core and word.endswith("*"):
            core[-1] += "*"
        out.extend(core)
    return tuple(out)
