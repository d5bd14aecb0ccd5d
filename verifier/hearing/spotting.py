"""Stage 1b of the audio path: ask the recogniser "was *this* said?" for the phrases that decide.

Whisper base writes "optære jo samtæren" for "optage samtalen": a free transcript of synthetic or
poor audio often holds nothing the text matching can find, although the audio holds the phrase.
Spotting re-reads each segment of the opening on the encoder output the recogniser already
computed, and lets the decoder's own probabilities decide what was said:

1. **Propose.** The segment's stretch of encoder output is cut from its 30-s window and read
   again by the decoder with the domain's sentences as Whisper's "previous text" (a prompt): the
   reading leans towards "optage samtalen", "er det i orden", "ja"/"nej" where the audio allows
   it. A prompt alone would be a fabricated disclosure waiting to happen (DOMAIN.md field notes:
   on noise the model recites it), so nothing proposed counts until it is checked.
   The prompted reading often wanders on synthetic speech ("Øh, det vil jo højene." for "Er det i
   orden, at vi optager samtalen?"), so the domain's own sentences (``SENTENCES``: DOMAIN.md's
   elements in both polarities, and the policy's scripts) are also tried in place of the heard
   words at each sentence start (the free decoding's punctuation and pauses), but only sentences
   whose letters resemble what Whisper wrote there (``SENTENCE_MIN_RATIO``) and that cover as much
   speech. These other readings are checked like the first; one is kept only when its checks
   verify more and keep everything the first reading verified or left in doubt, or when it is
   clearly more probable per token, verifies as much, and keeps everything the first reading held
   against the call (``_better``).
2. **Check without the prompt.** The proposal, the free decoding and the proposal's competitors
   are scored by the decoder with no prompt (teacher forcing, ``Transcriber.score``), one batch
   per segment and no new encoder window. The engine's own phrase matching says which elements
   the proposal holds; for each, the competitors are the same words with the phrase negated or
   made modal ("bliver ikke optaget", "kan blive optaget"), the competing element's closest
   phrases (request vs "har du noget imod", notice vs vague notice, opt-in vs opt-out, a stop
   acknowledgement vs a withdrawal), the key prompt with every other key (each key in every
   written form, "tast 9" and "tast ni", compared by its most probable one), for a reply every
   reply that reads differently ("ja" vs "nej" vs "måske"), and decoys: fluent phrases of the
   same length that say something else. An element is *verified* only when the proposal stays
   close to the free decoding (``CLOSE_PER_TOKEN``), beats every competitor by ``MARGIN`` (a
   competitor shorter than the proposal pays for the tokens it leaves out, ``SHORT_CHARGE``: the
   decoder does not charge a text for the speech after it) and every decoy by ``DECOY_PER_TOKEN``
   per token of the phrase; a close call is a *doubt*.
3. **What the engine reads.** A segment whose elements verified reaches the engine with the
   checked reading as its text (the free decoding stays in ``analysis.spotting`` as ``heard``)
   and a confidence from its margins; the engine's ordinary rules then judge it, and its
   LOW_CONFIDENCE speaks of the evidence the verdict rests on. A doubt makes the segment weak
   (review); so does a disclosure phrase the checked reading holds, as probable as the free
   decoding, that did not beat its decoys (neither shown nor ruled out), and a free-decoding
   phrase nothing checked. A segment whose readings hold nothing the verifier looks for (or only
   phrases the check ruled out) counts as read, and reaches the engine as its checked reading.
   Segments Whisper read with confidence (its window's figures and the segment's own words,
   ``_read_well``) are not re-read; only their phrases are checked.

Also: a key prompt is read with its digit ("Test ind for at acceptere …" is tried as "tast 0" to
"tast 9" and the digit must win by ``MARGIN``); a reading that nearly holds a phrase ("ved mig
stoppe optagelsen") is tried with the phrase in place; speech a window skipped as silent (an empty
segment) is encoded on its own and read; the policy's ``scripts`` join the prompt and are checked
like the bank's phrases.

**Language.** When the detected language is unsure, the first agent segments are proposed and
checked in both languages; one decides only when its verified key phrases are strong enough, well
ahead of the other's, and its readings are not less probable. If nothing of either language
verifies anywhere in the agent's speech, what is missing is missing under both policies. The
record's ``audio_notes`` say which happened; otherwise the unsure language stays a doubt.

**Safety.** Spotting only re-reads speech the recogniser already heard (after VAD), skips what the
engine would set aside as hallucination by its text (no words, loops, subtitle credits), and looks
on each channel only for what that speaker can say. An answer is also checked against the same
reading without it and with the free decoding's own words in its place. A phrase against the call
(withdrawal, refusal, coercion, opt-out) that the check cannot rule out is a doubt, never dropped.

**Cost.** Each segment Whisper did not read with confidence costs one prompted greedy decode on a
few seconds of encoder output and one or two scoring batches (``benchmarks/README.md`` measures
it). The text engine is lent by ``verify.py`` (``register_engine``): the hearing layer may not
import it.
"""

from __future__ import annotations

import logging
import re
import time
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from dataclasses import replace as _replace
from functools import lru_cache
from typing import Any, Protocol

import numpy as np
from rapidfuzz import fuzz, process

from ..engine.transcript import GOES_ON_MARKS, JOIN_GAP_S, Segment, Transcript
from .transcribe import SAMPLE_RATE, HeardSegment, Hearing

log = logging.getLogger(__name__)

# The engine's reading of text, which spotting asks what a reading holds. The hearing layer may not
# import the engine (tests/test_layout.py), so the verify layer registers it (``register_engine``).
Confidence = Any  # engine.policy.Confidence
PhraseBank = Any  # engine.phrases.PhraseBank


class TextEngine(Protocol):
    """What spotting needs from the text engine (``verify.py`` registers the real one)."""

    def load_bank(self, language: str) -> Any: ...

    def fold(self, text: str) -> str: ...

    def find_all(self, toks: tuple[str, ...], phrases: tuple[str, ...], keys: tuple[str, ...], *,
                 min_score: float, most: int = 3) -> list[Any]: ...

    def find_elements(self, transcript: Transcript, bank: Any, confidence: Any) -> Any: ...

    def classify_reply(self, text: str, bank: Any, *, negative: bool = False) -> tuple[str, Any, Any]: ...

    def unusable_reason(self, seg: Segment, conf: Any, bank: Any) -> str | None: ...


_ENGINE: TextEngine | None = None


def register_engine(engine: TextEngine) -> None:
    """Give spotting the engine's reading of text (once per process; ``verify.py`` does it)."""
    global _ENGINE
    _ENGINE = engine
    _key.cache_clear()
    _lexicon.cache_clear()


def _engine() -> TextEngine:
    if _ENGINE is None:
        raise RuntimeError("spotting needs the text engine: import verifier.verify (it registers it)")
    return _ENGINE


def fold(text: str) -> str:
    return _engine().fold(text)


def find_all(*args: Any, **kwargs: Any) -> list[Any]:
    return _engine().find_all(*args, **kwargs)


def find_elements(*args: Any) -> Any:
    return _engine().find_elements(*args)


def classify_reply(text: str, bank: Any, *, negative: bool = False) -> tuple[str, Any, Any]:
    return _engine().classify_reply(text, bank, negative=negative)


def unusable_reason(seg: Segment, conf: Any, bank: Any) -> str | None:
    return _engine().unusable_reason(seg, conf, bank)


def load_bank(language: str) -> Any:
    return _engine().load_bank(language)

# --- thresholds (one place; the measurements that chose them: benchmarks/README.md) -------------
FRAMES_PER_S = 50  # Whisper's encoder output: 1500 frames for 30 s
# Audio kept around a segment's words when its encoder output is cut from the window (s).
PAD_BEFORE_S = 0.3
PAD_AFTER_S = 0.4
# The prompted reading may be at most this many tokens per second of speech (+ a few), and this many
# times the free decoding's tokens (+ a few): a reading that runs on is a loop or the prompt.
TOKENS_PER_S = 8
READ_TOKENS = 1.4
# A prompted reading is cut to about the free decoding's length, and kept only when its letters
# number between these multiples of the free decoding's (the check compares texts that cover the
# same speech).
FIT_RATIO = (0.6, 1.6)
# A proposal is kept only when its log-probability (without the prompt), per token, is at most
# this far below the free decoding's.
CLOSE_PER_TOKEN = -1.3
# A phrase verifies when the proposal beats each competitor by this much (nats, whole segment)...
MARGIN = 2.0
# ... and each decoy by this much per token of the phrase...
DECOY_PER_TOKEN = 1.5
# ... or (a long phrase) by this much in all, nats; an answer (a word or two) by this much.
DECOY_NATS = 8.0
REPLY_DECOY_NATS = 4.0
KEY_DECOY_NATS = 4.0  # a key prompt has already beaten every other digit (``_key_prompt``)
# A competitor with fewer tokens than the reading is charged, for each token it leaves out, what
# the reading's tokens cost on average but at most this much (nats; ``_Run._verify``). Decoys are
# not: they stay the guard against fluent text the decoder merely prefers to garbled speech.
SHORT_CHARGE = -1.0
# Margins at least this large (both) make the evidence strong.
STRONG_MARGIN = 4.0
DECOYS = 3
DECOY_LENGTH = (0.7, 1.4)  # a decoy's letters, as a multiple of the phrase's
DECOY_MAX_SIMILARITY = 55  # rapidfuzz ratio: a decoy says something else
# Confidence a segment reaches the engine with (its avg_logprob): verified strongly / verified;
# read (nothing the verifier looks for) and doubt relative to the policy's review threshold.
CONF_STRONG = -0.25
CONF_VERIFIED = -0.45
CONF_READ_ABOVE_REVIEW = 0.05
CONF_DOUBT_BELOW_REVIEW = 0.1
# Below this detection probability the language is decided by what verifies (verify.py uses 0.5).
UNSURE_LANGUAGE = 0.5
# How many agent (or unlabelled) segments are checked in both languages when it is unsure; the
# language that verifies decides only with at least this strength (the sum over verified key
# phrases of their decoy margin per token) and this many times the other's.
LANGUAGE_SEGMENTS = 6
LANGUAGE_MIN_STRENGTH = 4.0
LANGUAGE_RATIO = 1.5
# The language whose policy is the stricter (``spot(stricter=...)``: verify.py names it) decides on
# less, where nothing of the other language verified at all: being judged by the stricter policy
# can make a call look worse, never compliant where the other would not (espeak Danish is heard
# as Norwegian by the detector, and Danish phrases verified one-sidedly at strength 1.5-3.5 on 6
# Danish calls of the published-wordings and everyday sets, on no Norwegian call).
LANGUAGE_MIN_STRENGTH_STRICTER = 1.5
# A segment this short (s) that reads as an answer is all answer; in a longer one the answer must
# start within its first words.
SHORT_REPLY_S = 3.0
REPLY_START_WORDS = 2
# A doubtful answer matters only this close (s) after a request or key prompt.
REPLY_REACH_S = 15.0

# The prompts: what the domain sounds like, per language and speaker (both polarities are left to
# the check; the prompt only makes the words available).
PROMPTS = {
    ("da", "agent"): "Samtalen bliver optaget. Vi optager samtalen til træning og dokumentation, og for at "
                     "vi kan forbedre vores service. Er det i "
                     "orden, at vi optager samtalen? Har du noget imod det? Du kan til enhver tid bede mig "
                     "stoppe optagelsen. Tast 1 for at acceptere optagelsen. Ellers kan jeg ikke hjælpe dig.",
    ("da", "customer"): "Ja, det er fint. Nej tak, det vil jeg helst ikke. Øh, måske. Stop optagelsen.",
    ("no", "agent"): "Samtalen blir tatt opp. Vi tar opp samtalen for opplæring og dokumentasjon. Er det "
                     "greit at vi tar opp samtalen? Har du noe imot det? Du kan når som helst be meg "
                     "stoppe opptaket. Trykk 1 for å reservere deg mot opptak. Ellers kan vi ikke hjelpe deg.",
    ("no", "customer"): "Ja, det er greit. Nei takk, det vil jeg ikke. Tja, kanskje. Stopp opptaket.",
}
# Sentences the domain's speakers say (DOMAIN.md's elements, both polarities, in whole sentences).
# Each is tried from the start of a segment and of its sentences, in place of the heard words that
# cover about as many letters: a proposal like the prompted reading, which the checks then judge.
# The prompted reading alone often wanders ("Øh, det vil jo højene." for "Er det i orden, at vi
# optager samtalen?"), while the decoder scores the sentence itself above the free decoding.
SENTENCES = {
    ("da", "agent"): (
        "Samtalen bliver optaget.", "Samtalen optages.", "Vi optager samtalen.",
        "Vi vil gerne optage samtalen.", "Denne samtale bliver optaget.", "Samtalen kan blive optaget.",
        "Vi optager ikke samtalen.", "Samtalen bliver optaget til træning af vores medarbejdere.",
        "Vi optager samtalen for at forbedre vores service.", "til træning af vores medarbejdere",
        "for at forbedre vores service",
        "til dokumentation", "af hensyn til kvaliteten", "Er det i orden, at vi optager samtalen?",
        "Er det i orden med dig?", "Er det okay, at vi optager samtalen?", "Må jeg optage samtalen?",
        "Må vi optage samtalen?", "Har du noget imod, at vi optager samtalen?",
        "Du kan til enhver tid bede mig stoppe optagelsen.", "Du kan trække dit samtykke tilbage.",
        "Optagelsen slettes efter 30 dage.", "Tast 1 for at acceptere optagelsen.",
        "Tast 1, hvis du ikke ønsker at blive optaget.", "Hvis du ikke ønsker at blive optaget, så sig til.",
        "Du kan frabede dig optagelsen.", "Ellers kan jeg ikke hjælpe dig.",
        "Jeg stopper optagelsen nu."),
    ("da", "customer"): (
        "Ja.", "Ja tak.", "Ja, det er fint.", "Ja, det er i orden.", "Det er fint.", "Selvfølgelig.",
        "Nej.", "Nej tak.", "Nej tak, det vil jeg helst ikke.", "Nej, det vil jeg ikke.",
        "Nej, det er fint.", "Øh, måske.", "Måske.", "Det ved jeg ikke.", "Stop optagelsen.",
        "Jeg vil ikke optages længere.", "Slet optagelsen."),
    ("no", "agent"): (
        "Samtalen blir tatt opp.", "Vi tar opp samtalen.", "Denne samtalen blir tatt opp.",
        "Samtalen kan bli tatt opp.", "Vi tar ikke opp samtalen.",
        "Samtalen blir tatt opp for opplæring av våre ansatte.",
        "Vi tar opp samtalen for å forbedre kundeservicen.", "for opplæring av våre ansatte",
        "for å forbedre kundeservicen", "for å dokumentere", "av hensyn til kvaliteten",
        "Er det greit at vi tar opp samtalen?", "Er det greit for deg?", "Er det i orden at vi tar opp samtalen?",
        "Har du noe imot at vi tar opp samtalen?", "Du kan når som helst be meg stoppe opptaket.",
        "Du kan reservere deg mot opptak.", "Hvis du ikke ønsker opptak, kan du si fra.",
        "Si fra hvis du ikke ønsker opptak.", "Du kan trekke samtykket ditt.",
        "Opptaket slettes etter 90 dager.", "Trykk 1 for å godta opptak.",
        "Trykk 1 for å reservere deg mot opptak.", "Ellers kan vi ikke hjelpe deg.",
        "Jeg stopper opptaket nå."),
    ("no", "customer"): (
        "Ja.", "Ja takk.", "Ja, det er greit.", "Ja, det går fint.", "Det er i orden.", "Greit.",
        "Nei.", "Nei takk.", "Nei takk, det vil jeg ikke.", "Nei, det er greit.", "Tja, kanskje.",
        "Kanskje.", "Vet ikke.", "Stopp opptaket.", "Jeg vil ikke bli tatt opp.", "Slett opptaket."),
}
# Sentences start at the segment's first word and after the free decoding's punctuation or pauses:
# at most this many starts per segment, a pause this long (s), and per start this many sentences
# (those whose letters are closest to the heard words there).
SENTENCE_STARTS = 3
SENTENCE_PAUSE_S = 0.2
SENTENCE_CANDIDATES = 3
# ... and only a sentence whose letters resemble the heard words this much (rapidfuzz ratio): what
# Whisper wrote keeps a likeness to what was said ("er mye optære samtæren" for "at vi optager
# samtalen": 59-80 on the development trace), while a fluent sentence the decoder merely prefers to
# garbled speech does not ("Mellgen er upteier med" for a customer's "Min sidste regning …" against
# "Samtalen optages": 41-47).
SENTENCE_MIN_RATIO = 55
# A sentence must have at least this share of the letters it stands in for (the decoder does not
# charge a text for speech it leaves out: "Det er fint." would beat "Ja, det er fint." on sums).
SENTENCE_COVER = 0.85
# A sentence that adds an element is kept when it costs at most this much per token of the sentence
# against what stood there (the checks that follow allow a reading -1.3 per token of the whole
# segment below the free decoding, and then want the competitors and decoys beaten).
SENTENCE_SLACK = -0.8
# Another reading that verifies as much stands for the first when its mean log-probability per
# token is this much higher: a clearly better account of the same audio (the mean, not the sum: the
# decoder does not charge a text for the speech it leaves out).
PREFER_PER_TOKEN = 0.5
REPLY_ELEMENTS = ("affirmative", "refusal", "ambiguous", "negative_consent", "negative_refusal")
# The element whose closest phrases compete with a phrase of this element.
COMPETES = {
    "recording_notice": ("vague_notice",), "vague_notice": ("recording_notice",),
    "consent_request": ("negative_request",), "negative_request": ("consent_request",),
    "keypress_optin": ("keypress_optout",), "keypress_optout": ("keypress_optin",),
    "withdrawal": ("stop_ack",), "stop_ack": ("withdrawal",),
    "withdrawal_info": ("stop_ack", "withdrawal"),
}
# A key prompt's duel (``_Run._duel``): the labels of its own phrase and of the opposite prompt's
# phrases, said in the bank's words with the key heard, and how many of the opposite's.
DUEL = ("as the bank says it", "the opposite as the bank says it")
SAME_KEY = "the same key, written otherwise"
DUEL_OPPOSITES = 2
MODAL_ELEMENTS = frozenset({"recording_notice", "consent_request", "withdrawal_info", "keypress_optin",
                            "purpose", "script"})
# Elements whose doubt makes a segment weak (it can change a verdict). Notice against vague notice
# counts only where the policy wants a definite notice.
DECIDING = frozenset({"consent_request", "negative_request", "withdrawal_info", "objection_info",
                      "keypress_optin", "keypress_optout", "coercion", "withdrawal", "threat",
                      "purpose", "reply"})
# The disclosure: a reading that holds one of these, close to the free decoding, but unproven,
# leaves the speech unclear (the element may be in it) rather than read.
DISCLOSURE = frozenset({"recording_notice", "vague_notice", "purpose", "consent_request", "negative_request",
                        "withdrawal_info", "objection_info", "keypress_optin", "keypress_optout"})
# What only a customer says (an agent's reading cannot supersede it in unlabelled speech).
CUSTOMER_ONLY = frozenset({"withdrawal", "threat"})
# Phrases against the call: an unproven one is a doubt (review), never dropped.
AGAINST = frozenset({"withdrawal", "coercion", "threat", "vague_notice", "negative_request",
                     "keypress_optout"})
# Elements that decide an unsure language. Not the purpose: "til træning" and "til trening", "for
# at forbedre" and "for å forbedre" are nearly the same words, and one verified purpose once
# decided a Danish call was Norwegian (da_vague_notice_mono).
LANGUAGE_KEYS = frozenset({"recording_notice", "vague_notice", "consent_request",
                           "negative_request", "withdrawal_info", "objection_info", "keypress_optin",
                           "keypress_optout", "script"})
# Decoys come from these elements (never from the candidate's own meaning) and a neutral list.
DECOY_ELEMENTS = ("recording_notice", "purpose", "consent_request", "withdrawal_info", "coercion",
                  "withdrawal", "affirmative", "refusal", "ambiguous", "stop_ack", "retention")
MEANINGS = (
    frozenset({"recording_notice", "vague_notice"}),
    frozenset({"consent_request", "negative_request", "keypress_optin"}),
    frozenset({"withdrawal_info", "objection_info", "keypress_optout", "stop_ack", "withdrawal"}),
    frozenset({"reply", "affirmative", "refusal", "ambiguous", "negative_consent", "negative_refusal"}),
)
NEUTRAL = {
    "da": ("hvad kan jeg hjælpe dig med", "tak for det", "det kigger jeg på", "et øjeblik",
           "min regning er for høj", "jeg ringer om min adresse", "det ordner jeg", "god dag",
           "hvad er dit kundenummer", "jeg vil gerne ændre min aftale", "vi har sendt et brev",
           "og så", "men det", "jeg har", "det er", "nå", "godt", "hej"),
    "no": ("hva kan jeg hjelpe deg med", "takk for det", "det skal jeg se på", "et øyeblikk",
           "regningen min er for høy", "jeg ringer om adressen min", "det ordner jeg", "god dag",
           "hva er kundenummeret ditt", "jeg vil gjerne endre avtalen", "vi har sendt et brev",
           "og så", "men det", "jeg har", "det er", "nå", "godt", "hei"),
}
BASIC = {"da": {"given": "ja", "refused": "nej", "ambiguous": "måske"},
         "no": {"given": "ja", "refused": "nei", "ambiguous": "kanskje"}}
# Key prompts: the verbs tried, and how closely a reading must hold the rest of a prompt
# ("for at acceptere optagelsen") for its first words to be tried as "tast <digit>".
KEY_VERBS = {"da": ("tast", "tryk"), "no": ("trykk", "tast")}
KEY_TAIL_MIN = 85.0
# Repairs: a reading's letters this close (rapidfuzz partial ratio) to a phrase of at least this
# many letters are tried with the phrase in their place (at most this many phrases).
REPAIR_MIN = 80.0
# A reading holds a phrase (repairs and sentences need not put it in) at this match score.
HOLDS = 0.86
REPAIR_MIN_LETTERS = 12
REPAIRS = 3
REPAIR_SLACK = -0.3  # per token: a repair may cost the reading this little (the checks follow)
REPAIRABLE = ("recording_notice", "vague_notice", "purpose", "consent_request", "negative_request",
              "withdrawal_info", "objection_info", "coercion", "withdrawal", "stop_ack")
# Purposes in words of their own (``_Run._purpose``): after a purpose head, each purpose verb of the
# bank in place of up to this many heard words (those whose letters come nearest), and one is
# proposed when the decoder finds it about as probable as what stood there (``PURPOSE_SLACK``, per
# token of the segment), in a segment that holds nothing else the engine reads but a notice.
PURPOSE_WORDS = 3
PURPOSE_HEADS = 3  # heads tried per segment (the first)
PURPOSE_SURE = 0.5  # a heard word at least this probable is not replaced
# The free decoding is the most probable text by construction: everyday call no03's "for å
# dokumentere rådgivningen", proposed as "… dokumentere ordningene vi", was 0.03 per token below
# it; "trykk en for å bedre deg" for "… reservere deg" is not within this.
PURPOSE_SLACK = -0.05
NOTICES = frozenset({"recording_notice", "vague_notice"})  # the only elements a purpose's segment may hold
NEGATION = "ikke"
NEGATION_PLACES = 3  # a phrase's negated competitors: "ikke" after each of its first words
MODAL = "kan"
DIGITS = "0123456789"
MARKER = {"da": "at", "no": "å"}  # the infinitive marker as each language writes it ("for at", "for å")
_WORD = re.compile(r"[^\W_]+")


class Scorer(Protocol):
    """What spotting needs from the recogniser (``Transcriber`` has it)."""

    def score(self, memory: np.ndarray, language: str, texts: list[str]) -> list[np.ndarray]: ...

    def read(self, memory: np.ndarray, language: str, *, prompt: str | None = None,
             max_tokens: int = 48) -> str: ...

    def count_tokens(self, language: str, text: str) -> int: ...

    def encode(self, samples: np.ndarray) -> np.ndarray: ...


@dataclass(frozen=True)
class Spotted:
    """One element checked in one segment: the record's evidence."""

    element: str
    language: str
    start: float
    end: float
    speaker: str | None
    heard: str  # the free decoding
    text: str  # the checked (prompted) reading
    phrase: str
    status: str  # verified | doubt | rejected
    margin: float  # over the best competitor (nats)
    decoy_margin: float  # over the best decoy, per token of the phrase
    competitor: str | None
    closeness: float  # per token, reading minus free decoding

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form for the record's ``analysis.spotting.found``."""
        return {"element": self.element, "status": self.status, "start": round(self.start, 2),
                "end": round(self.end, 2), "speaker": self.speaker, "heard": self.heard,
                "checked": self.text, "phrase": self.phrase, "margin": round(self.margin, 2),
                "decoy_margin_per_token": round(self.decoy_margin, 2),
                "closeness_per_token": round(self.closeness, 2), "competitor": self.competitor}


@dataclass
class SpotResult:
    """What spotting made of the opening."""

    segments: list[Segment]
    language: str
    language_note: str | None = None
    found: list[Spotted] = field(default_factory=list)
    checked: int = 0  # segments re-read
    scored: int = 0  # texts scored
    cpu_s: float = 0.0
    strength: dict[str, float] = field(default_factory=dict)
    # The language no longer matters as a doubt: given, detected surely, decided by what verified,
    # or nothing of either language verified anywhere in the agent's speech.
    language_settled: bool = True
    # When it is not settled: the other language and the segments as checked in it (one for one
    # with ``segments``), so that the verifier can ask whether the verdict depends on the language.
    other: tuple[str, list[Segment]] | None = None
    # No purpose verified anywhere, and the agent's misheard words at the notice or near the
    # disclosure go on after a purpose head: those words as heard. A verdict that rests on the
    # missing purpose alone is then not shown (the verifier's ``_purpose_unheard``).
    purpose_unheard: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The record's ``analysis.spotting`` block."""
        out: dict[str, Any] = {"segments_checked": self.checked, "texts_scored": self.scored,
                               "cpu_s": round(self.cpu_s, 3), "language": self.language,
                               "found": [f.to_dict() for f in self.found if f.status != "rejected"]}
        if self.language_note:
            out["language_note"] = self.language_note
            out["language_settled"] = self.language_settled
        return out


@dataclass
class _Group:
    """One segment as heard, with its stretch of encoder output."""

    index: int
    hearing: Hearing
    part: HeardSegment
    words: list[str]
    memory: np.ndarray
    frames: tuple[int, int] = (0, 0)  # the memory's first and last frame in its window

    @property
    def segment(self) -> Segment:
        return self.part.segment

    @property
    def speaker(self) -> str | None:
        return self.hearing.speaker

    @property
    def heard(self) -> str:
        return " ".join(self.words)


@dataclass
class _Check:
    """One group checked in one language."""

    reading: str = ""  # the prompted reading, cleaned
    runs_on: bool = False  # read with the next piece's audio too (``_Run.run_on``)
    close: bool = False
    closeness: float = 0.0
    per_token: float | None = None  # the reading's own mean log-probability per token, once scored
    found: list[Spotted] = field(default_factory=list)
    elements: set[str] = field(default_factory=set)  # elements the reading holds (engine's view)


def spot(hearings: Sequence[Hearing], segments: Sequence[Segment], scorer: Scorer, *,
         language: str, probability: float | None, confidence: Confidence,
         scripts: dict[str, Sequence[str]] | None = None, until_s: float | None = None,
         definite_notice: bool | dict[str, bool] = True, stricter: str | None = None,
         trace: list[dict[str, Any]] | None = None) -> SpotResult:
    """Check the deciding phrases of the opening against the audio; see the module docstring.

    Args:
        hearings: one per channel, from ``Transcriber.transcribe(..., hearing=...)``.
        segments: the transcript's segments (those of the hearings, perhaps a prefix of them).
        scorer: the recogniser (``Transcriber``).
        language: the language the free decoding used.
        probability: the language detector's probability, or None when the language was given.
        confidence: the policy's confidence rules (the engine's thresholds).
        scripts: the policy's scripts per language (exact disclosure sentences): they join the
            prompt, and a script sentence is a phrase like the bank's.
        until_s: segments starting at or after this call time are left alone.
        definite_notice: the policy needs a definite notice (a notice/vague doubt matters then);
            by language ("da", "no") where the policy follows the language spotting decides.
        stricter: the language ("da" or "no") whose policy is the stricter, when the policy follows
            the language: it decides an unsure language on less evidence (``_decides``).
        trace: when given, every check is appended to it (for the benchmark).
    """
    t0 = time.process_time()
    base = "da" if language == "da" else "no"
    present = {id(s) for s in segments}
    groups = [g for h in hearings for g in _groups(h, present, confidence, base, until_s)]
    groups += [g for h in hearings for g in _unread(h, segments, scorer, base, until_s)]
    groups.sort(key=lambda g: (g.segment.start, g.segment.end))
    for i, g in enumerate(groups):
        g.index = i
    runs = {base: _Run(base, scorer, confidence, (scripts or {}).get(base, ()), trace)}
    chosen, note, settled = base, None, True
    if probability is not None and probability < UNSURE_LANGUAGE and groups:
        other = "no" if base == "da" else "da"
        runs[other] = _Run(other, scorer, confidence, (scripts or {}).get(other, ()), trace)
        first = [g for g in groups if g.speaker != "customer"][:LANGUAGE_SEGMENTS]
        strength = {lang: run.check(groups, first, others=False) for lang, run in runs.items()}
        best = max(strength, key=lambda k: (strength[k], k == base))
        settled = _decides(strength, best, stricter)
        if settled:
            chosen = best
        note = (f"language detected as {base!r} with probability {probability:.2f}; the key phrases "
                f"of both languages were checked on the first {len(first)} segments of the agent: "
                f"strength {strength}; "
                + (f"{chosen!r} decides" if settled else "not settled"))
        if not settled and first:
            # Every reading of all the agent's speech, in both languages (the domain's sentences
            # too). The language whose key phrases verify, well ahead of the other's, decides. If
            # no disclosure phrase of either language is there (nor a close call), what is missing
            # is missing under either language's policy, and the doubt does not matter.
            agent = [g for g in groups if g.speaker != "customer"]
            for r in runs.values():
                r.check(groups, agent)
            total = {lang: round(r.strength(), 2) for lang, r in runs.items()}
            best = max(total, key=lambda k: (total[k], k == base))
            note += f"; then every reading of the agent's {len(agent)} segments: strength {total}"
            if _decides(total, best, stricter):
                settled, chosen = True, best
                note += f"; {chosen!r} decides"
            elif not any(total.values()) and not any(r.key_doubts() for r in runs.values()):
                settled = True
                note += ("; no disclosure phrase of either language verified, so what is missing is "
                         f"missing in both; {chosen!r} kept")
            else:
                note += f"; {chosen!r} kept, not settled"
    def deciding(lang: str) -> frozenset[str]:
        definite = definite_notice.get(lang, True) if isinstance(definite_notice, dict) else definite_notice
        return DECIDING | ({"recording_notice", "vague_notice"} if definite else frozenset())

    run = runs[chosen]
    run.check(groups, groups)
    run.run_on(groups, _run_ons(groups))
    result = run.rewrite(segments, groups, deciding(chosen))
    result.language, result.language_note = chosen, note
    result.language_settled = settled
    if not settled:
        other_run = next(r for lang, r in runs.items() if lang != chosen)
        other_run.check(groups, groups)
        result.other = (other_run.language, other_run.rewrite(segments, groups, deciding(other_run.language)).segments)
    result.checked = len(groups)
    result.scored = sum(r.scored for r in runs.values())
    result.strength = {lang: round(r.strength(), 2) for lang, r in runs.items()}
    result.cpu_s = time.process_time() - t0
    return result


def _decides(strength: dict[str, float], best: str, stricter: str | None = None) -> bool:
    """Whether ``best``'s verified key phrases are strong enough, and well enough ahead of the other
    language's, to decide an unsure language (the stricter policy's language on less, where the
    other's is nothing)."""
    other = max((v for k, v in strength.items() if k != best), default=0.0)
    floor = LANGUAGE_MIN_STRENGTH_STRICTER if best == stricter and other == 0 else LANGUAGE_MIN_STRENGTH
    return strength[best] >= floor and strength[best] >= LANGUAGE_RATIO * other


def _groups(h: Hearing, present: set[int], conf: Confidence, language: str,
            until_s: float | None) -> list[_Group]:
    bank = load_bank(language)
    out: list[_Group] = []
    for part in h.segments:
        seg = part.segment
        if id(seg) not in present or not part.words or not 0 <= part.window < len(h.windows):
            continue
        if until_s is not None and seg.start >= until_s:
            continue
        if unusable_reason(replace(seg, avg_logprob=None, no_speech_prob=None, compression_ratio=None),
                           conf, bank) is not None:
            continue  # no words, a loop, subtitle credits: not speech anyone said
        # (The three confidence fields are the whole 30-s window's; the check below decides.)
        words = [w[0].strip() for w in part.words if w[0].strip()]
        w = h.windows[part.window]
        lo = max(0, int((part.words[0][1] - w.offset_s - PAD_BEFORE_S) * FRAMES_PER_S))
        hi = min(w.memory.shape[1], int((part.words[-1][2] - w.offset_s + PAD_AFTER_S) * FRAMES_PER_S) + 1)
        if not words or hi - lo < 5:
            continue
        out.append(_Group(0, h, part, words, w.memory[:, lo:hi], (lo, hi)))
    return out


def _run_ons(groups: list[_Group]) -> dict[int, _Group]:
    """For each agent group whose words stop on a mark that goes on (a comma), the group heard with
    the next piece of the same window after it, when that starts within ``JOIN_GAP_S`` (by the
    first group's index): Whisper cuts a sentence at a pause ("Tripp in for opp det sarvere digg,"
    | "Mut opp tak," for "Trykk 1 for å reservere deg mot opptak"), and a phrase checked against
    half its audio cannot verify. In unlabelled speech (a mono call) only where the next piece
    opens with a word that goes on with a sentence ("Du kan vei særvere digg mot det til," | "så
    stopper vi i opptattet"): a piece that does not may be the other speaker's answer. Checked
    only as an addition (``_Run.run_on``)."""
    out: dict[int, _Group] = {}
    for a, b in zip(groups, groups[1:], strict=False):
        if (a.speaker == "customer" or b.hearing is not a.hearing or b.part.window != a.part.window
                or a.part.window < 0 or not a.part.words or not b.part.words):
            continue  # (speech no window held, encoded on its own by ``_unread``, has no frames there)
        if not a.heard.rstrip().endswith(GOES_ON_MARKS) or not 0.0 <= b.segment.start - a.segment.end <= JOIN_GAP_S:
            continue
        if a.speaker is None and not _goes_on(b.heard):
            continue  # unlabelled speech: the next piece must go on with the sentence, not answer it
        w = a.hearing.windows[a.part.window]
        part = HeardSegment(segment=a.segment, window=a.part.window, words=a.part.words + b.part.words)
        out[a.index] = _Group(a.index, a.hearing, part, a.words + b.words, w.memory[:, a.frames[0]:b.frames[1]],
                              (a.frames[0], b.frames[1]))
    return out


def _unread(h: Hearing, segments: Sequence[Segment], scorer: Scorer, language: str,
            until_s: float | None) -> list[_Group]:
    """Speech no window held a word of (an empty segment): encoded on its own and read without a
    prompt, so that it can be checked like the rest (Whisper skips a window it judges silent)."""
    if h.samples is None:
        return []
    out: list[_Group] = []
    for seg in segments:
        if seg.text.strip() or seg.speaker != h.speaker or (until_s is not None and seg.start >= until_s):
            continue
        a = max(0, int((seg.start - h.offset_s) * SAMPLE_RATE))
        b = min(len(h.samples), int((seg.end - h.offset_s) * SAMPLE_RATE), a + 30 * SAMPLE_RATE)
        if b - a < SAMPLE_RATE // 2 or h.joined_time(seg.start + 0.01) is None:
            continue
        memory = scorer.encode(h.samples[a:b])[:, : int((b - a) / SAMPLE_RATE * FRAMES_PER_S) + 10]
        heard = _unloop(scorer.read(memory, language, max_tokens=int((b - a) / SAMPLE_RATE * TOKENS_PER_S) + 6))
        words = heard.split()
        if not words:
            continue
        out.append(_Group(0, h, HeardSegment(segment=seg, window=-1, words=()), words, memory))
    return out


class _Run:
    """Proposals and checks in one language."""

    def __init__(self, language: str, scorer: Scorer, conf: Confidence, scripts: Sequence[str],
                 trace: list[dict[str, Any]] | None) -> None:
        self.language, self.scorer, self.conf, self.trace = language, scorer, conf, trace
        self.bank = load_bank(language)
        self.scripts = tuple(s.strip() for s in scripts if fold(s))
        self.checks: dict[int, _Check] = {}
        self.first: dict[int, _Check] = {}  # a group's first check, where another reading won
        self.unclear: dict[int, list[Spotted]] = {}  # unproven disclosure phrases of other readings
        self.tried: set[int] = set()  # groups whose other readings were checked
        self.free_hits: dict[int, set[str]] = {}
        self._local: dict[tuple[int, str], str] = {}  # (group, transplanted reading folded) -> the phrase put in
        self._everyone: list[_Group] = []
        self.scored = 0
        lexicon = _lexicon(language)
        self._decoy_of, self._decoys, self._replies = lexicon.decoy_of, lexicon.decoys, lexicon.replies
        self._tail_text, self._tails, self._digit_forms = lexicon.tail_text, lexicon.tails, lexicon.digit_forms
        self._repair_phrases = lexicon.repair_phrases
        self._element_of = {p: e for e in REPAIRABLE for p in self.bank.elements.get(e, ())}
        self._purpose_heads, self._purpose_verbs = lexicon.purpose_heads, lexicon.purpose_verbs

    def key_doubts(self) -> int:
        """How many key disclosure phrases were close calls."""
        return sum(1 for c in self.checks.values() for f in c.found
                   if f.status == "doubt" and f.element in LANGUAGE_KEYS)

    def strength(self) -> float:
        """How strongly the key phrases verified: the sum of their decoy margins per token."""
        return sum(max(f.decoy_margin, 0.0) for c in self.checks.values() for f in c.found
                   if f.status == "verified" and f.element in LANGUAGE_KEYS)

    def check(self, everyone: list[_Group], todo: list[_Group], *, others: bool = True) -> float:
        """Propose and check ``todo`` (with ``everyone`` as the engine's context); with ``others``,
        also the other readings (the domain's sentences) of every group in ``todo``. The strength
        returned counts the first readings only (the first step of deciding an unsure language);
        ``strength()`` counts every reading kept (the second step, where one language must be well
        ahead: the sentences of the two languages are alike enough, "Er det i orden at vi tar opp
        samtalen?" verified on a Danish "… at vi optager samtalen?", that both often verify)."""
        fresh = [g for g in todo if g.index not in self.checks]
        for g in fresh:
            if _read_well(g, self.conf):
                reading = g.heard  # read well already: its phrases are only checked, not re-read
            else:
                reading = self._propose(g) or g.heard
                if g.speaker != "customer":
                    reading = self._key_prompt(g, reading)
                reading = self._repair(g, reading)
            self.checks[g.index] = _Check(reading=reading)
        self._elements(everyone)
        if any([self._purpose(g) for g in fresh if g.speaker != "customer"]):
            self._elements(everyone)
        for g in fresh:
            self._verify(g, self.checks[g.index])
        strength = round(sum(max(f.decoy_margin, 0.0) for g in todo for f in self.checks[g.index].found
                             if f.status == "verified" and f.element in LANGUAGE_KEYS), 2)
        if others:
            pending = [g for g in todo if g.index not in self.tried and not _read_well(g, self.conf)]
            self.tried |= {g.index for g in pending}
            self._alternatives(everyone, pending,
                               {g.index: self._sentences(g, self.checks[g.index].reading) for g in pending})
        return strength

    def run_on(self, everyone: list[_Group], merged: dict[int, _Group]) -> None:
        """Check each group of the agent (or of unlabelled speech) cut where its sentence goes on,
        heard with the next piece (``_run_ons``), and keep that reading for the first piece where
        it verifies an element neither piece verified on its own, keeps what the first piece
        verified and what it held against the call, and adds no doubt of its own (a purpose
        verified with a notice-or-vague close call beside it made the piece weak: real wording
        no24 went from compliant to review). The next piece keeps its own reading; nothing else
        changes."""
        for i, m in merged.items():
            first, then = self.checks.get(i), self.checks.get(i + 1)
            if first is None or _read_well(m, self.conf):
                continue
            reading = self._repair(m, self._key_prompt(m, self._propose(m) or m.heard))
            check = _Check(reading=reading, runs_on=True)
            hits = self._verify_in_call(everyone, m, check)
            alone = _kinds(first, ("verified",)) | (_kinds(then, ("verified",)) if then is not None else set())
            shown = _kinds(check, ("verified",))
            if (check.close and shown - alone and _kinds(first, ("verified",)) <= shown
                    and _against(_kinds(first, ("verified", "doubt"))) <= _kinds(check, ("verified", "doubt"))
                    and _kinds(check, ("doubt",)) <= _kinds(first, ("verified", "doubt"))):
                self._keep(i, check, hits)

    # --- propose ------------------------------------------------------------------------

    def _propose(self, g: _Group) -> str:
        role = "agent" if g.speaker == "agent" else "customer"
        prompt = PROMPTS[(self.language, role)]
        if g.speaker is None:
            prompt = PROMPTS[(self.language, "agent")] + " " + PROMPTS[(self.language, "customer")]
        if self.scripts and role == "agent":
            prompt = " ".join(self.scripts) + " " + prompt
        seconds = g.memory.shape[1] / FRAMES_PER_S
        heard = self.scorer.count_tokens(self.language, g.heard)
        most = min(int(seconds * TOKENS_PER_S) + 6, int(heard * READ_TOKENS) + 4)
        text = self.scorer.read(g.memory, self.language, prompt=prompt, max_tokens=most)
        return _fit(_unloop(text), len(_key(g.heard)))

    def _key_prompt(self, g: _Group, reading: str) -> str:
        """A key-press prompt read with its key: "Test ind for at acceptere optagelsen" is tried
        with every key verb and digit in place of its first words, and the reading becomes the
        one that wins clearly (the digit the prompt named)."""
        words = _WORD.findall(reading.lower())
        folded = fold(" ".join(words)).split()
        if len(folded) != len(words) or len(words) < 3:
            return reading
        joined = "".join(folded)
        best = process.extractOne(joined, self._tails, scorer=fuzz.partial_ratio, score_cutoff=KEY_TAIL_MIN)
        if best is None:
            return reading
        tail = self._tail_text[best[0]]
        m = find_all(tuple(folded), (tail,), (best[0],), min_score=KEY_TAIL_MIN / 100, most=1)
        if not m or m[0].first > 3:
            return reading
        rest = words[m[0].first:]
        heads = [(v, form, d) for v in KEY_VERBS[self.language] for d in DIGITS
                 for form in self._digit_forms[d]]
        texts = [" ".join(words)] + [" ".join([v, form] + rest) for v, form, _d in heads]
        scores = self._score(g.memory, texts)
        ranked = sorted(range(1, len(texts)), key=lambda k: -scores[k])
        top = ranked[0]
        other = next(k for k in ranked if heads[k - 1][2] != heads[top - 1][2])
        n = max(1, self.scorer.count_tokens(self.language, texts[top]))
        if scores[top] - scores[other] >= MARGIN and (scores[top] - scores[0]) / n >= CLOSE_PER_TOKEN:
            return texts[top]
        return reading

    def _repair(self, g: _Group, reading: str) -> str:
        """A reading that nearly holds a phrase ("ved mig stoppe optagelsen" for "bede mig stoppe
        optagelsen") with the phrase put in, when the decoder finds that at least as probable
        (without the prompt): the engine's matching then finds what the audio supports."""
        words = _WORD.findall(reading.lower())
        if not words:
            return reading
        joined, owner = "", []
        for k, w in enumerate(words):
            key = _key(w)
            joined += key
            owner += [k] * len(key)
        found = find_all(tuple(fold(" ".join(words)).split()), *self._phrases_for(g), min_score=HOLDS, most=1)
        if found or not joined:
            return reading  # the engine already reads a phrase here
        keys, texts = self._repair_keys(g)
        near = process.extract(joined, keys, scorer=fuzz.partial_ratio, score_cutoff=REPAIR_MIN, limit=REPAIRS)
        candidates = []
        for key, _score, i in near:
            if len(key) < REPAIR_MIN_LETTERS:
                continue
            al = fuzz.partial_ratio_alignment(key, joined)
            if al is None or al.dest_end <= al.dest_start:
                continue
            a, b = owner[al.dest_start], owner[al.dest_end - 1] + 1
            if not _comparable(" ".join(words[a:b]), texts[i]):
                continue
            candidates.append(" ".join(words[:a] + texts[i].split() + words[b:]))
        if not candidates:
            return reading
        scores = self._score(g.memory, [" ".join(words)] + candidates)
        best = max(range(1, len(scores)), key=lambda k: scores[k])
        n = max(1, self.scorer.count_tokens(self.language, candidates[best - 1]))
        return candidates[best - 1] if (scores[best] - scores[0]) / n >= REPAIR_SLACK else reading

    def _purpose(self, g: _Group) -> bool:
        """The first reading with a purpose in it (``_with_purpose``), where the engine reads none."""
        check = self.checks[g.index]
        if set(self._hits.get(g.index, {})) - NOTICES:
            return False  # a purpose read already, or words that say something else (a key prompt)
        text = self._with_purpose(g, check.reading)
        if text is None:
            return False
        check.reading = text
        return True

    def _with_purpose(self, g: _Group, reading: str) -> str | None:
        """``reading`` with a purpose said in words of its own after a purpose head Whisper heard
        ("slik at vi kan dokumentere skademeldinga di", heard "slik at vi kan bare å kumme til å
        skade meldinger"): the bank's purpose verbs are tried in place of the words after the head
        that Whisper was unsure of, and the likeliest is returned when the decoder finds it about as
        probable as what stood there (``PURPOSE_SLACK`` per token); else None. The checks
        (``_verify``) decide whether the purpose is verified; this only asks."""
        words = _WORD.findall(reading.lower())
        folded = fold(" ".join(words)).split()
        if len(folded) != len(words) or len(words) < 3:
            return None
        heard = fold(g.heard).split()
        # Words Whisper was sure of are not replaced ("skade meldinger" stays; "bare å kumme" may go).
        sure = set(fold(" ".join(w[0] for w in g.part.words if w[3] >= PURPOSE_SURE)).split())
        spans = [(i, i + len(h), h) for h in self._purpose_heads for i in range(len(folded) - len(h))
                 if tuple(folded[i:i + len(h)]) == h and _holds(heard, h)]
        # Each head whole ("slik at vi kan", not its "slik at").
        whole = {b: (a, h) for a, b, h in spans if not any(c <= a and b < d for c, d, _ in spans)}
        texts: list[str] = []
        for b in sorted(whole)[:PURPOSE_HEADS]:
            a, head = whole[b]
            respelt = [self._purpose_heads[head].get(k - a, w) if a <= k < b else w for k, w in enumerate(words)]
            unsure = 0
            while b + unsure < len(words) and unsure < PURPOSE_WORDS and folded[b + unsure] not in sure:
                unsure += 1
            if not unsure:
                continue
            # The letters of the first 1, 2, ... unsure words after the head.
            letters = {m: len(_key(" ".join(words[b:b + m]))) for m in range(1, unsure + 1)}
            for verb, key in self._purpose_verbs:
                # The verb stands for the unsure words after the head whose letters are nearest its.
                m = min(letters, key=lambda m: abs(letters[m] - len(key)))
                texts.append(" ".join(respelt[:b] + verb.split() + respelt[b + m:]))
        if not texts:
            return None
        base = " ".join(words)
        scores = self._score(g.memory, [base] + texts)
        best = max(range(1, len(scores)), key=lambda k: scores[k])
        n = max(1, self.scorer.count_tokens(self.language, base))
        return texts[best - 1] if (scores[best] - scores[0]) / n >= PURPOSE_SLACK else None

    def _sentences(self, g: _Group, reading: str) -> list[str]:
        """Other readings to check beside ``reading``: the domain's sentences (``SENTENCES``) put in
        at the sentence starts of the free decoding and of the reading, one start after another
        (``_greedy``). Each is checked like the reading; the one whose checks show more is kept
        (``_alternatives``)."""
        customer = g.speaker == "customer"
        roles = ["agent", "customer"] if g.speaker is None else ["customer" if customer else "agent"]
        pool = [t for role in roles for t in SENTENCES[(self.language, role)]] + (
            [] if customer else list(self.scripts))
        pool += _clauses(pool)
        options = self._greedy(g, list(g.words), _sentence_starts(g), pool, customer)
        # The free decoding with the bank's nearest phrase put in ("Du kan re -sarve dig, mot
        # detter" → "du kan reservere deg mot dette"): the prompted reading may have wandered
        # further from the audio than the free decoding did.
        repaired = self._repair(g, g.heard)
        if repaired != g.heard:
            options.append(repaired)
        # The free decoding with a purpose in its own words, where the reading holds none the audio
        # supports ("for å gå kumenterer" read "for opplæring og dokumentasjon" from the prompt).
        if (g.speaker != "customer" and fold(reading) != fold(g.heard)
                and not set(self.free_hits.get(g.index, ())) - NOTICES):
            purposed = self._with_purpose(g, g.heard)
            if purposed is not None:
                options.append(purposed)
        if fold(reading) != fold(g.heard):
            # (Not the free decoding itself: checked against its own variants it is the most
            # probable by construction, so a phrase it holds by accident would verify.)
            if len(_WORD.findall(reading)) == len(reading.split()):
                words = reading.split()
                ends = [k + 1 for k, w in enumerate(words[:-1]) if w[-1:] in ".?!,"]
                options += self._greedy(g, words, [0] + ends[: SENTENCE_STARTS - 1], pool, customer)
        seen = {fold(reading)}
        out = []
        for text in options:
            if fold(text) not in seen:
                seen.add(fold(text))
                out.append(text)
        return out

    def _alternatives(self, everyone: list[_Group], todo: list[_Group], others: dict[int, list[str]]) -> None:
        """Check the other readings of each group (``_sentences``), and keep one where its checks
        show more (``_better``). Where two readings each verified something the other did not
        (a purpose in one, the request in the other, of one long sentence), the two joined
        (``_joined``) are checked too, and kept when they verify both."""
        spares: dict[int, list[_Check]] = {}
        others = {i: list(v) for i, v in others.items()}
        # (Never the free decoding itself: checked against its own variants it is the most
        # probable by construction.)
        heard = {g.index: fold(g.heard) for g in todo}
        seen = {i: {fold(t) for t in v} | {fold(self.checks[i].reading), heard.get(i, "")}
                for i, v in others.items()}

        def transplant(g: _Group, c: _Check) -> None:
            for text, phrase in _transplants(c, g.heard, self.bank) if g.speaker != "customer" else ():
                if fold(text) not in seen[g.index]:
                    seen[g.index].add(fold(text))
                    others[g.index].append(text)
                    self._local[(g.index, fold(text))] = phrase

        for g in todo:
            transplant(g, self.checks[g.index])
        r = -1
        while (r := r + 1) < max((len(v) for v in others.values()), default=0):
            groups = [g for g in todo if len(others.get(g.index, ())) > r]
            kept = self._hits
            self._hits = self._hits_with(everyone, {g.index: others[g.index][r] for g in groups})
            alt_hits = self._hits
            for g in groups:
                alt = _Check(reading=others[g.index][r])
                self._verify(g, alt)
                transplant(g, alt)
                current = self.checks[g.index]
                if _better(alt, current):
                    self.first.setdefault(g.index, current)
                    if _kinds(current, ("verified",)) - _kinds(alt, ("verified",)):
                        spares.setdefault(g.index, []).append(current)
                    self.checks[g.index] = alt
                    kept[g.index] = alt_hits.get(g.index, {})
                    continue
                if _kinds(alt, ("verified",)) - _kinds(current, ("verified",)):
                    spares.setdefault(g.index, []).append(alt)
                if alt.close:
                    # A disclosure phrase this reading held, as probable as the free decoding, that
                    # did not verify: not shown, not ruled out either; the segment stays unclear.
                    self.unclear.setdefault(g.index, []).extend(
                        f for f in alt.found if f.status == "rejected" and f.element in DISCLOSURE
                        and not _prompted(f))
            self._hits = kept
        for g in todo:
            for spare in spares.get(g.index, ()):
                self._join(everyone, g, spare)

    def _join(self, everyone: list[_Group], g: _Group, spare: _Check) -> None:
        """Check the group's kept reading with ``spare``'s verified phrases put in (``_joined``);
        keep the joined reading when it verifies what both verified and holds what both held
        against the call."""
        current = self.checks[g.index]
        text = _joined(current, spare, self.bank)
        if text is None:
            return
        joined = _Check(reading=text)
        hits = self._verify_in_call(everyone, g, joined)
        both = _kinds(current, ("verified",)) | _kinds(spare, ("verified",))
        against = _against(_kinds(current, ("verified", "doubt")) | _kinds(spare, ("verified", "doubt")))
        if joined.close and both <= _kinds(joined, ("verified",)) and against <= _kinds(joined, ("verified", "doubt")):
            self._keep(g.index, joined, hits)

    def _verify_in_call(self, everyone: list[_Group], g: _Group, c: _Check) -> dict[str, list[str]]:
        """Verify ``c`` for ``g`` with the engine reading the call as kept and ``c``'s reading in
        ``g``'s place; the kept reading of the call stays as it was. Returns what the engine read in
        ``c``'s reading (per element, its phrases), for ``_keep``."""
        kept = self._hits
        self._hits = self._hits_with(everyone, {g.index: c.reading})
        hits = self._hits.get(g.index, {})
        self._verify(g, c)
        self._hits = kept
        return hits

    def _keep(self, index: int, c: _Check, hits: dict[str, list[str]]) -> None:
        """Keep ``c`` (verified by ``_verify_in_call``) as group ``index``'s check."""
        self.first.setdefault(index, self.checks[index])
        self.checks[index] = c
        self._hits[index] = hits

    def _greedy(self, g: _Group, words: list[str], starts: list[int], pool: list[str],
                customer: bool) -> list[str]:
        """``words`` with, from the last start to the first, the likeliest sentence put in where
        it is more probable than what stands there (one small scoring batch per start)."""
        current = list(words)
        for k in sorted(set(starts), reverse=True):
            if k and customer:
                continue  # an answer is the start of the customer's turn
            found = _substituted(current, k, pool)
            if not found:
                continue
            scores = self._score(g.memory, [" ".join(current)] + [t for t, _s in found])
            best = max(range(1, len(scores)), key=lambda i: scores[i])
            text, sentence = found[best - 1]
            n = max(1, self.scorer.count_tokens(self.language, sentence))
            new = self._held(g, text) - self._held(g, " ".join(current))
            if scores[best] > scores[0] or (new and (scores[best] - scores[0]) / n >= SENTENCE_SLACK):
                current = text.split()
        return [" ".join(current)] if current != words else []

    def _held(self, g: _Group, text: str) -> frozenset[str]:
        """The elements whose phrases ``text`` holds (of those a proposal may put in)."""
        phrases, keys = self._phrases_for(g)
        found = find_all(tuple(fold(text).split()), phrases, keys, min_score=HOLDS, most=4)
        return frozenset(self._element_of.get(m.phrase, "") for m in found)

    def _phrases_for(self, g: _Group) -> tuple[tuple[str, ...], tuple[str, ...]]:
        return self._repair_phrases[g.speaker == "customer"]

    def _repair_keys(self, g: _Group) -> tuple[list[str], list[str]]:
        phrases, keys = self._phrases_for(g)
        return list(keys), list(phrases)

    def _elements(self, everyone: list[_Group]) -> None:
        """What the engine reads in each prompted reading (and in each free decoding)."""
        self._everyone = everyone
        self._hits = self._hits_with(everyone, {})
        self.free_hits = {i: set(v) for i, v in self._hits_of(everyone, [g.heard for g in everyone]).items()}

    def _hits_with(self, everyone: list[_Group], override: dict[int, str]) -> dict[int, dict[str, list[str]]]:
        """The engine's reading of the call as each group's kept reading (its free decoding where it
        has none), with ``override``'s texts in place for the groups it names."""
        texts = {g.index: self.checks[g.index].reading for g in everyone if g.index in self.checks}
        texts.update(override)
        return self._hits_of(everyone, [texts.get(g.index) or g.heard for g in everyone])

    def _hits_of(self, everyone: list[_Group], texts: list[str]) -> dict[int, dict[str, list[str]]]:
        """The engine's reading of ``texts`` (one per group, the call in order): per group, the
        phrases it finds per element."""
        segs = tuple(Segment(start=g.segment.start, end=g.segment.end, text=t, speaker=g.speaker)
                     for g, t in zip(everyone, texts, strict=True))
        if not segs:
            return {}
        findings = find_elements(Transcript(language=self.language, segments=segs), self.bank, self.conf)
        out: dict[int, dict[str, list[str]]] = {}
        for element, found in findings.hits.items():
            for h in found:
                out.setdefault(everyone[h.unit.seg].index, {}).setdefault(element, []).append(h.phrase)
        return out

    def _asked_before(self, g: _Group) -> bool:
        """Whether the agent's disclosure (a notice, a request, a key prompt, a way to object, in
        any reading the engine read) ends within ``REPLY_REACH_S`` before ``g`` starts, or is in
        ``g`` itself (unlabelled speech): only there can words be an answer or an objection ("Ja,
        så er Peter vejen" in an audiobook answers nothing)."""
        for h in self._everyone:
            if h.segment.start > g.segment.start:
                break
            hits = set(self._hits.get(h.index, {})) | self.free_hits.get(h.index, set())
            if h.speaker != "customer" and hits & DISCLOSURE and (
                    h.index == g.index or 0 <= g.segment.start - h.segment.end <= REPLY_REACH_S):
                return True
        return False

    # --- check --------------------------------------------------------------------------

    def _verify(self, g: _Group, c: _Check) -> None:
        reading = c.reading
        if not reading or (fold(reading) == fold(g.heard) and not self._hits.get(g.index)
                           and g.speaker == "agent"):
            c.close = bool(reading)
            return
        words = _WORD.findall(reading.lower())
        heard = " ".join(_WORD.findall(g.heard.lower()))
        hyp = " ".join(words)
        tests: list[tuple[str, str, str, str]] = []  # (element, phrase, label, text)
        found_phrases: list[tuple[str, str, int, int]] = []
        folded = fold(hyp).split()
        for element, phrases in self._hits.get(g.index, {}).items():
            c.elements.add(element)
            for phrase in phrases[:1]:
                span = _span(folded, phrase, len(words), self.bank) or (0, len(words))
                found_phrases.append((element, phrase, *span))
        if g.speaker != "customer":
            for script in self.scripts:  # the organisation's own sentence, heard in full
                span = _span(folded, script, len(words), self.bank)
                if span is not None:
                    found_phrases.append(("script", script, *span))
                    c.elements.add("script")
        if g.speaker != "agent" and self._asked_before(g):
            status, phrase, _score = classify_reply(reading, self.bank)
            short = g.segment.end - g.segment.start <= SHORT_REPLY_S
            if phrase and (short or g.speaker == "customer"):
                first = phrase.split(" / ")[0]
                span = _span(folded, first, len(words), self.bank)
                if span is not None and span[0] <= REPLY_START_WORDS:
                    if short:
                        span = (0, len(words))  # a short answer is all reply
                    found_phrases.append(("reply", first, *span))
                    c.elements.add("reply")
        for element, phrase, i, j in found_phrases:
            for label, variant in self._competitors(element, words[i:j]) + self._duel(element, phrase, words[i:j]):
                tests.append((element, phrase, label, " ".join(words[:i] + variant.split() + words[j:])))
            if element == "reply":
                # An answer the prompt may have put there: the same reading without it, and with
                # the free decoding's own first words in its place, must score clearly lower.
                heard_words = heard.split()
                if j < len(words):
                    tests.append((element, phrase, "no answer", " ".join(words[:i] + words[j:])))
                k = len(_fit(" ".join(heard_words), len(_key(" ".join(words[i:j])))).split())
                # (Unless the free decoding's words there give the same answer: "Ja, det går fint."
                # heard, "Ja, en er er" read from the prompt. They agree with the reading, and its
                # polarity competitors still decide.)
                if (heard_words and 0 < k < len(heard_words) and heard_words[:k] != words[i:j]
                        and classify_reply(" ".join(heard_words[:k]), self.bank)[0]
                        != _reading(phrase, self.bank)[0]):
                    tests.append((element, phrase, "as heard", " ".join(words[:i] + heard_words[:k] + words[j:])))
        texts = [heard, hyp] + [t for *_, t in tests]
        scored = self._scored(g.memory, texts)
        scores = [total for total, _n in scored]
        n_hyp = max(1, self.scorer.count_tokens(self.language, hyp))
        c.closeness = (scores[1] - scores[0]) / n_hyp
        local = self._local.get((g.index, fold(reading)))
        if local is not None:
            # The heard words with one phrase put in (``_transplants``): the phrase must be about as
            # probable as the words it stands for, per token of the phrase, not of the whole
            # reading (the heard words around it would make any phrase look close).
            c.closeness = (scores[1] - scores[0]) / max(1, self.scorer.count_tokens(self.language, local))
        c.per_token = scores[1] / n_hyp
        c.close = c.closeness >= CLOSE_PER_TOKEN
        # A competitor that leaves speech out is charged for it: the decoder does not charge a text
        # for the speech after it ("ikke greit" against "Ja, det er greit."), so each token it is
        # short of the reading costs it what the reading's tokens cost on average, at most
        # ``SHORT_CHARGE`` (nats).
        charge = max(scores[1] / n_hyp, SHORT_CHARGE)
        scores = scores[:2] + [s + charge * max(0, n_hyp - k) if label not in ("decoy", "no answer") else s
                               for (_e, _p, label, _t), (s, k) in zip(tests, scored[2:], strict=True)]
        for element, phrase, i, j in found_phrases:
            mine = [(label, t, s) for (e, p, label, t), s in zip(tests, scores[2:], strict=True)
                    if e == element and p == phrase]
            pairs = [s for label, _t, s in mine if label not in ("decoy", SAME_KEY, *DUEL)]
            if element == "reply" and _reading(phrase, self.bank)[0] == "refused":
                # A "no" is checked against the answers that would make it consent: between a no
                # and an unclear answer ("ja tak, det vil jeg helst ikke" for "nej tak, …") there is
                # no consent either way, and a close call there is no doubt about the recording.
                pairs = [s for label, t, s in mine if label != "decoy"
                         and classify_reply(t, self.bank)[0] == "given"] or pairs
            decoys = [s for label, _t, s in mine if label == "decoy"]
            n = max(1, self.scorer.count_tokens(self.language, " ".join(words[i:j])))
            margin = scores[1] - max(pairs) if pairs else MARGIN
            keys = [s for label, _t, s in mine if label.startswith("key ")]
            other_key = False
            if keys:
                # The named key against every other key, each by its most probable spelling.
                own = max([scores[1]] + [s for label, _t, s in mine if label == SAME_KEY])
                others = [s for label, _t, s in mine if label not in ("decoy", SAME_KEY, *DUEL)
                          and not label.startswith("key ")]
                margin = min(own - max(keys), scores[1] - max(others) if others else MARGIN)
                other_key = own - max(keys) <= -MARGIN
            decoy = (scores[1] - max(decoys)) / n if decoys else 0.0
            rivals = [m for m in mine if m[0] not in (*DUEL, SAME_KEY)]
            label = max(rivals, key=lambda m: m[2])[0] if rivals else None
            floor = (REPLY_DECOY_NATS if element == "reply" else
                     KEY_DECOY_NATS if element.startswith("keypress") else DECOY_NATS)
            ahead = decoy >= DECOY_PER_TOKEN or decoy * n >= floor
            against = element in AGAINST or (element == "reply" and _reading(phrase, self.bank)[0] != "given")
            if c.close and margin >= MARGIN and ahead:
                status = "verified"
            elif c.close and margin > -MARGIN and (ahead or (against and decoy > 0)):
                # Heard, but its polarity or modality is a close call; or a phrase against the
                # call (a withdrawal, a "no") that the decoys did not rule out: never silence.
                status = "doubt"
            elif c.close and other_key:
                status = "doubt"  # a prompt that names another key than the one read: never silence
            else:
                status = "rejected"  # not supported by the audio: the free decoding stands
            canon = [s for lab, _t, s in mine if lab == DUEL[0]]
            opposite = [s for lab, _t, s in mine if lab == DUEL[1]]
            if status == "verified" and canon and opposite and max(opposite) > canon[0] - MARGIN:
                # Said in the words of the bank, the prompt is not clearly this one rather than its
                # opposite ("Trykk 9 hvis du ikke ønsker opptak" heard "Trykk ni, vi skuikkensker
                # opptak": the reading matched the opt-in, the "not" hidden in a garbled word).
                status = "doubt"
            if status == "verified" and element == "reply" and makes_consent(phrase, g.heard, self.bank):
                # Tolerance must never turn a non-consent into a consent: a yes that the free
                # decoding did not itself read as a yes stays a doubt (review), whatever its margins.
                status = "doubt"
            c.found.append(Spotted(element=element, language=self.language, start=g.segment.start,
                                   end=g.segment.end, speaker=g.speaker, heard=g.heard, text=reading,
                                   phrase=phrase, status=status, margin=float(margin),
                                   decoy_margin=float(decoy), competitor=label,
                                   closeness=float(c.closeness)))
        if g.speaker is None:
            # Unlabelled speech: what only a caller says is a doubt (review), never verified, where
            # it is not shown to be the caller's words. Where the agent's disclosure verified, the
            # words are the agent's ("Du kan til enhver tid bede os stoppe optagelsen" heard "… vi
            # kan til den med at tilgaver mig stoppe optagelsen"). And a withdrawal the free
            # decoding does not itself read there rests on the checks alone, from a speaker nobody
            # knows ("Hei, jeg trenger en bil fra Storgata fem" heard "… fra stoptatt og takt, fem
            # til" verified as "stopp opptaket"); one it reads ("Stopper obtagelsen") stays verified.
            unshown = set(CUSTOMER_ONLY) if any(f.status == "verified" and f.element in DISCLOSURE
                                                for f in c.found) else set()
            if "withdrawal" not in self.free_hits.get(g.index, set()):
                unshown.add("withdrawal")
            c.found = [replace(f, status="doubt") if f.status == "verified" and f.element in unshown
                       else f for f in c.found]
        if self.trace is not None:
            self.trace.append({"language": self.language, "start": g.segment.start, "end": g.segment.end,
                               "speaker": g.speaker, "heard": g.heard, "reading": reading,
                               "closeness": c.closeness, "found": [f.to_dict() for f in c.found],
                               "tests": [(e, p, lab, t, s) for (e, p, lab, t), s in
                                         zip(tests, scores[2:], strict=True)]})

    def _score(self, memory: np.ndarray, texts: list[str]) -> list[float]:
        return [total for total, _n in self._scored(memory, texts)]

    def _scored(self, memory: np.ndarray, texts: list[str]) -> list[tuple[float, int]]:
        """Each text's log-probability on ``memory`` and its number of tokens."""
        self.scored += len(texts)
        return [(float(lp.sum()), len(lp)) for lp in self.scorer.score(memory, self.language, texts)]

    def _competitors(self, element: str, span: list[str]) -> list[tuple[str, str]]:
        """The texts that must score clearly lower than ``span`` for its element to count."""
        phrase = " ".join(span)
        out: list[tuple[str, str]] = []
        negs = self.bank.negations
        if element != "reply":
            if set(fold(phrase).split()) & negs:
                plain = [w for w in span if fold(w) not in negs]
                if plain:
                    out.append(("without negation", " ".join(plain)))
            else:
                # After each of its first words: Danish says "vi optager ikke samtalen", the
                # Norwegian check's phrase is "vi tar opp samtalen" ("… opp ikke samtalen").
                for k in range(1, min(len(span), NEGATION_PLACES + 1)):
                    out.append(("negated", " ".join(span[:k] + [NEGATION] + span[k:])))
            if element in MODAL_ELEMENTS and len(span) > 1:
                out.append(("modal", " ".join(span[:1] + [MODAL] + span[1:])))
        for other in COMPETES.get(element, ()):
            pool = [p for p in self.bank.elements.get(other, ()) if _comparable(p, phrase)]
            for p in _similar(phrase, pool, 2):
                out.append((other, p))
        if element.startswith("keypress"):
            digit = self._key_digit(span)
            if digit is not None:
                # Which key the prompt named is a question about keys, not spellings: every key in
                # each of its written forms ("tast 9", "tast ni"), and the heard key in its other
                # forms (``SAME_KEY``); ``_verify`` compares each key by its most probable form.
                # (On spoken "en" the decoder tells "1" from "9" far less well than "en" from "ni".)
                named = self.bank.key_digits.get(fold(digit), digit)
                for d in DIGITS:
                    for f in self._digit_forms[d]:
                        label = SAME_KEY if d == named else f"key {d}"
                        if f != digit:
                            out.append((label, " ".join(f if w == digit else w for w in span)))
        if element == "reply":
            mine = _reading(phrase, self.bank)
            # Replies that read otherwise to a plain request (the "do you mind?" trap is the
            # engine's: it sends such calls to review).
            others = [p for p, (_e, r) in self._replies.items() if r[0] != mine[0] and _comparable(p, phrase)]
            for p in _similar(phrase, others, 3):
                out.append(("reply", p))
            yes, no = BASIC[self.language]["given"], BASIC[self.language]["refused"]
            swap = {yes: no, no: yes}
            if span[0] in swap:  # the answer's first word, the other way
                out.append(("reply", " ".join([swap[span[0]]] + span[1:])))
            else:
                out += [("reply", " ".join([w] + span)) for w in (yes, no)]
        meaning = _meaning(element)
        pool = [p for p in self._decoys if _comparable(p, phrase)
                and self._decoy_of.get(p) not in meaning and (element != "reply" or p not in self._replies)
                and fuzz.ratio(_key(p), _key(phrase)) < DECOY_MAX_SIMILARITY]
        pool.sort(key=lambda p: zlib.crc32((phrase + "|" + p).encode("utf-8")))
        out += [("decoy", p) for p in pool[:DECOYS]]
        seen: set[str] = {fold(phrase)}
        unique = []
        for label, text in out:
            if fold(text) not in seen:
                seen.add(fold(text))
                unique.append((label, text))
        return unique

    def _key_digit(self, span: list[str]) -> str | None:
        """The key a prompt's words name, as heard ("1", "ni"), or None."""
        return next((w for w in span if w in DIGITS or fold(w) in self.bank.key_digits), None)

    def _duel(self, element: str, phrase: str, span: list[str]) -> list[tuple[str, str]]:
        """For a key prompt, the bank's phrase with the key the span names (``DUEL[0]``) and the
        nearest phrases of the opposite prompt with that key (``DUEL[1]``): the prompt verifies
        only when its own words beat the opposite's clearly. Competitors built on the reading
        alone cannot catch a "not" that Whisper glued into another word; the opposite said in the
        bank's words can."""
        digit = self._key_digit(span) if element.startswith("keypress") else None
        if digit is None:
            return []

        def keyed(text: str) -> str:
            return " ".join(digit if w == "N" else w for w in text.split())

        canon = keyed(phrase)
        pool = [keyed(p) for other in COMPETES[element] for p in self.bank.elements.get(other, ())]
        pool = [p for p in pool if _comparable(p, canon)]
        return [(DUEL[0], canon)] + [(DUEL[1], p) for p in _similar(canon, pool, DUEL_OPPOSITES)]

    def _ruled_out(self, index: int, elements: set[str]) -> bool:
        """Whether the checked reading of group ``index`` verified nothing (so the engine reads the
        free decoding there) and every phrase of ``elements`` it held was ruled out (``_prompted``)."""
        c = self.checks.get(index)
        mine = [f for f in (c.found if c else []) if f.element in elements]
        return bool(mine) and all(f.status == "rejected" for f in c.found) and all(map(_prompted, mine))

    def _refuses(self, f: Spotted) -> bool:
        """Whether a finding is the caller saying no to the recording (a refusal or withdrawal)."""
        return f.element == "withdrawal" or (f.element == "reply" and _reading(f.phrase, self.bank)[0] == "refused")

    # --- the engine's input -------------------------------------------------------------

    def rewrite(self, segments: Sequence[Segment], groups: list[_Group],
                deciding: frozenset[str]) -> SpotResult:
        """The segments with checked readings in place and confidences from the checks."""
        review = self.conf.review_avg_logprob
        conf = self.conf

        def replace(seg: Segment, **changes: Any) -> Segment:
            # What was checked is speech: the window's no-speech and repetition figures no longer
            # apply to it (its own text is checked for loops by the engine as before).
            if seg.no_speech_prob is not None:
                changes["no_speech_prob"] = min(seg.no_speech_prob, round(conf.max_no_speech_prob - 0.05, 4))
            if seg.compression_ratio is not None:
                changes["compression_ratio"] = min(seg.compression_ratio,
                                                   round(conf.max_compression_ratio - 0.1, 4))
            return _replace(seg, **changes)

        new: dict[int, Segment] = {}
        found: list[Spotted] = []
        asking = {"consent_request", "negative_request", "keypress_optin", "keypress_optout"}
        asked = [g.segment.end for g in groups if asking & set(self._hits.get(g.index, {}))
                 and not self._ruled_out(g.index, asking)]
        answer = self._answer(groups)
        inside, near = self._around_disclosure(groups)
        # No purpose was shown anywhere, where the policy needs one: misheard agent speech where a
        # disclosure element verified or near the disclosure that goes on after a purpose head
        # ("for å gå kumenterer ord i vningen" for "for å dokumentere rådgivningen") may hold it
        # (``purpose_unheard``).
        purpose_open = "purpose" in deciding and not any(
            f.element == "purpose" and f.status == "verified" for c in self.checks.values() for f in c.found)
        hidden: list[str] = []
        for k, g in enumerate(groups):
            c = self.checks.get(g.index)
            if c is None:
                continue
            # The checked reading, cut where the heard words were (``_as_cut``).
            cut = _as_cut(c.reading, g.heard, g.speaker is not None,
                          not c.runs_on and _goes_on_with(groups, k, self.checks))
            found += c.found
            verified = [f for f in c.found if f.status == "verified"]
            purpose_hidden = (purpose_open and g.speaker != "customer" and not _read_well(g, conf)
                              and (g.index in near or any(v.element in DISCLOSURE for v in verified))
                              and self._purpose_head_in(g.heard))
            doubts = [f for f in c.found if f.status == "doubt" and f.element in deciding
                      and (f.element != "reply" or any(0 <= g.segment.start - e <= REPLY_REACH_S
                                                       for e in asked))]
            if any(self._refuses(f) for f in verified):
                # A refusal or withdrawal verified here decides against the call already: a doubt
                # whether the same words are a withdrawal or a refusal changes nothing; nor a doubt
                # whether they open with a yes ("Ja, stopp opptaket": consent given and withdrawn in
                # one breath is no consent either).
                doubts = [f for f in doubts if not self._refuses(f) and f.element != "reply"]
            free = self.free_hits.get(g.index, set())
            # A free-decoding phrase is superseded when a verified reading beat its element
            # explicitly (a competitor), or when it is a phrase for the call that the checked
            # reading no longer holds; a phrase against the call never silently goes away.
            beaten = {e for v in verified for e in COMPETES.get(v.element, ())}
            gone = {e for e in free - c.elements if e not in AGAINST and e not in CUSTOMER_ONLY} if c.close else set()
            unproven = free - {f.element for f in verified} - beaten - gone
            if any(self._refuses(f) for f in verified):
                unproven -= {"withdrawal", "refusal", "negative_refusal"}  # the same no, verified
            # A disclosure phrase the checked reading holds (as probable as the free decoding) but
            # that did not beat its decoys is neither shown nor ruled out: the speech stays unclear.
            # So is one that another reading of the segment held that way (``_alternatives``).
            # Not one the prompt put there (``_prompted``) where nothing verified: the engine then
            # reads the free decoding, which does not hold it.
            unclear = [f for f in c.found if f.status == "rejected" and c.close and f.element in DISCLOSURE
                       and f.element not in {v.element for v in verified} and not (not verified and _prompted(f))]
            unclear += [f for f in self.unclear.get(g.index, []) if f.element not in {v.element for v in verified}]
            if "recording_notice" not in deciding and any(v.element == "consent_request" for v in verified):
                # Where the policy takes a request for the notice, a notice left unclear beside a
                # request that verified in the same words adds nothing and hides nothing.
                unclear = [f for f in unclear if f.element not in NOTICES]
            seg = g.segment
            if purpose_hidden:
                hidden.append(g.heard.strip())
            if doubts or unclear or (unproven and not (seg.avg_logprob is not None and seg.avg_logprob >= review)):
                text = cut if (c.close and c.reading) else seg.text
                if makes_consent(text, g.heard, self.bank):
                    # A yes the checks did not confirm ("Okay." read for the heard "Måske!") is not
                    # handed on: the engine reads the heard words, weakly, and no consent comes of it.
                    text = seg.text.strip() or g.heard
                new[id(seg)] = replace(seg, text=text, avg_logprob=round(review - CONF_DOUBT_BELOW_REVIEW, 4))
            elif verified and c.close:
                strong = all(min(f.margin, f.decoy_margin * 4) >= STRONG_MARGIN for f in verified)
                logprob = CONF_STRONG if strong else CONF_VERIFIED
                new[id(seg)] = replace(seg, text=cut, avg_logprob=round(
                    max(logprob, seg.avg_logprob if seg.avg_logprob is not None else logprob), 4))
            elif not unproven and all(f.status == "rejected" for f in c.found):
                # Neither the free nor the checked reading holds anything the verifier looks for
                # (the engine reads the checked reading, which holds nothing of what the free
                # decoding's letters may have looked like).
                logprob = review + CONF_READ_ABOVE_REVIEW
                unheard = None
                if g.speaker != "agent" and not _read_well(g, conf):
                    if classify_reply(g.heard, self.bank)[1] is not None:
                        # Words in the reply window that Whisper read as an answer, misheard, and
                        # that no check could confirm as one: the answer stays a doubt.
                        if "reply" not in c.elements and any(0 <= seg.start - e <= REPLY_REACH_S for e in asked):
                            unheard = review - CONF_DOUBT_BELOW_REVIEW
                    elif g.index == answer:
                        # The caller's first words after the disclosure, misheard, holding no answer
                        # and nothing checked in them: that they hold no "no" is not shown. Set
                        # aside (the engine's "could not be read; it may have been an objection"),
                        # never read as saying nothing.
                        unheard = conf.min_avg_logprob - CONF_DOUBT_BELOW_REVIEW
                if (unheard is None and g.speaker != "customer" and not _read_well(g, conf)
                        and (g.index in inside or (g.index in near and any(
                            f.element in DISCLOSURE | AGAINST for f in c.found)))):
                    # Misheard speech between two parts of the agent's disclosure, or just after it
                    # where a reading held a disclosure phrase the check could not show: what it said
                    # is not shown (a tie of the service to the consent, "uden optagelse kan jeg ikke
                    # behandle din ansøgning", or the key that opts out, is said just there), so it
                    # stays unclear rather than read as saying nothing.
                    unheard = review - CONF_DOUBT_BELOW_REVIEW
                if unheard is None and not _read_well(g, conf) and _skipped(g):
                    # Seconds of speech written in a few words ("til en med tenker, jeg skal stoppe
                    # her." for 11 s of notice, purpose, request and withdrawal right): the recogniser
                    # left most of it out, so what it said is not shown, nor that it said nothing.
                    unheard = review - CONF_DOUBT_BELOW_REVIEW
                if unheard is not None:
                    new[id(seg)] = replace(seg, text=seg.text.strip() or g.heard, avg_logprob=round(unheard, 4))
                    continue
                text = (cut if (c.close and c.reading and not c.elements)
                        else seg.text.strip() or g.heard)
                if text == seg.text.strip() and free - beaten:
                    continue  # the free decoding still holds a phrase nobody checked: as heard
                new[id(seg)] = replace(seg, text=text,
                                       avg_logprob=round(max(logprob, seg.avg_logprob or logprob), 4))
        out = [new.get(id(s), s) for s in segments]
        return SpotResult(segments=out, language=self.language, found=found, purpose_unheard=hidden)

    def _purpose_head_in(self, text: str) -> bool:
        """Whether ``text`` holds a purpose head (in either language's spelling) with words after it."""
        words = fold(text).split()
        return any(tuple(words[i:i + len(h)]) == h for h in self._purpose_heads for i in range(len(words) - len(h)))

    def _around_disclosure(self, groups: list[_Group]) -> tuple[set[int], set[int]]:
        """The indices of the segments that lie between the first and the last segment of the
        agent (or of unlabelled speech) in which a disclosure element verified; and of those that
        start after the first such segment and within ``REPLY_REACH_S`` of the last one's end."""
        told = [g for g in groups if g.speaker != "customer" and g.index in self.checks
                and any(f.status == "verified" and f.element in DISCLOSURE for f in self.checks[g.index].found)]
        if not told:
            return set(), set()
        first, last = told[0].segment, told[-1].segment
        inside = {g.index for g in groups if first.end <= g.segment.start and g.segment.end <= last.start}
        near = {g.index for g in groups if first.end <= g.segment.start <= last.end + REPLY_REACH_S}
        return inside, near

    def _answer(self, groups: list[_Group]) -> int | None:
        """The index of the caller's answer slot: the first segment of the labelled caller that
        starts after the agent began the disclosure and within ``REPLY_REACH_S`` of the end of the
        agent's last disclosure segment before it (where a refusal or objection would be said)."""
        told: float | None = None  # the end of the agent's last disclosure segment so far
        for g in groups:
            if g.speaker == "agent" and DISCLOSURE & set(self._hits.get(g.index, {})):
                told = g.segment.end
            elif g.speaker == "customer" and told is not None:
                return g.index if g.segment.start - told <= REPLY_REACH_S else None
        return None


def _holds(words: list[str], part: tuple[str, ...]) -> bool:
    """Whether ``words`` hold ``part`` (consecutive words) somewhere."""
    return any(tuple(words[i:i + len(part)]) == part for i in range(len(words) - len(part) + 1))


def _prompted(f: Spotted) -> bool:
    """A phrase the audio does not support and the free decoding does not resemble: a decoy (a
    fluent phrase that says something else) read at least as well, and its letters are unlike
    what Whisper heard there ("Er det greit at vi tar opp samtalen?" proposed for "Fakkantjejelpe
    digg med det ditt"). The prompt put it there; it is ruled out, not unclear."""
    heard = _key(f.heard)
    return (f.status == "rejected" and f.decoy_margin <= 0
            and not all(fuzz.partial_ratio(_key(part), heard) >= SENTENCE_MIN_RATIO
                        for part in f.phrase.split("…") if _key(part)))


def _substituted(words: list[str], k: int, pool: list[str]) -> list[tuple[str, str]]:
    """``words`` with a sentence of ``pool`` in place of the words from word ``k`` that cover about
    as many letters, for the sentences most like those words (``SENTENCE_MIN_RATIO``): pairs of
    (text, sentence put in)."""
    letters = [len(_key(w)) for w in words]
    ranked = []
    for sentence in pool:
        want = len(_key(sentence))
        total, m = 0, 0
        while k + m < len(words) and abs(total + letters[k + m] - want) <= abs(total - want):
            total += letters[k + m]
            m += 1
        if m == 0 or want < SENTENCE_COVER * total:
            continue  # (a text that leaves speech out is not charged for it: compare like with like)
        likeness = fuzz.ratio(_key(" ".join(words[k:k + m])), _key(sentence))
        if likeness >= SENTENCE_MIN_RATIO:
            ranked.append((likeness, sentence, m))
    ranked.sort(key=lambda r: -r[0])
    # The closest whole sentences, and the closest leading clause besides (``_clauses``).
    chosen = [r for r in ranked if not r[1].endswith(",")][:SENTENCE_CANDIDATES]
    chosen += [r for r in ranked if r[1].endswith(",")][:1]
    return [(" ".join(words[:k] + sentence.split() + words[k + m:]), sentence)
            for _likeness, sentence, m in chosen]


# A leading clause of a domain sentence is tried on its own when it has at least this many words.
CLAUSE_MIN_WORDS = 3


def _clauses(pool: list[str]) -> list[str]:
    """The leading clauses of the sentences in ``pool`` ("Hvis du ikke ønsker opptak," of "Hvis du
    ikke ønsker opptak, kan du si fra."): speakers go on after such a clause in words of their own
    ("…, er det bare å si fra, så stopper jeg det"), which the heard words may hold better than the
    domain's sentence does. Put in for the words that resemble it, the rest stays as heard."""
    out = []
    for sentence in pool:
        head = sentence.split(",")[0]
        if "," in sentence and len(head.split()) >= CLAUSE_MIN_WORDS and head + "," not in out:
            out.append(head + ",")
    return out


def _kinds(c: _Check, statuses: tuple[str, ...]) -> set[str]:
    """The elements of a check's findings with these statuses (an answer with its meaning)."""
    return {f.element if f.element != "reply" else f"reply:{_reading(f.phrase, load_bank(f.language))[0]}"
            for f in c.found if f.status in statuses}


def _against(kinds: set[str]) -> set[str]:
    """Of ``_kinds``, those that speak against the call (``AGAINST``, an answer that is not a yes)."""
    return {k for k in kinds if k in AGAINST or (k.startswith("reply:") and k != "reply:given")}


def _joined(kept: _Check, spare: _Check, bank: PhraseBank) -> str | None:
    """``kept``'s reading with the phrases that only ``spare`` verified put in at the same share of
    the segment (a phrase a fifth of the way into one reading goes a fifth of the way into the
    other, replacing the words there up to the next phrase ``kept`` verified); None when one would
    start inside such a phrase, or nothing is to be put in."""
    words, others = _WORD.findall(kept.reading.lower()), _WORD.findall(spare.reading.lower())
    if not words or not others:
        return None
    mine = _kinds(kept, ("verified",))

    def spans(c: _Check, ws: list[str], only: set[str] | None) -> list[tuple[int, int]]:
        folded = fold(" ".join(ws)).split()
        out = []
        for f in c.found:
            if f.status == "verified" and f.element != "reply" and (only is None or f.element in only):
                span = _span(folded, f.phrase, len(ws), bank)
                if span is not None:
                    out.append(span)
        return out

    taken = spans(kept, words, None)
    pieces = []
    for i, j in sorted(spans(spare, others, _kinds(spare, ("verified",)) - mine)):
        a, b = round(i * len(words) / len(others)), round(j * len(words) / len(others))
        for x, y in sorted(taken):
            if x <= a < y:
                return None  # it would start inside a phrase the kept reading verified
            if a < x < b:
                b = x  # it replaces words up to that phrase only
        pieces.append((a, max(a, b), others[i:j]))
        taken.append((a, max(a + 1, b)))
    if not pieces:
        return None
    out, at = [], 0
    for a, b, phrase in sorted(pieces):
        out += words[at:a] + phrase[:-1] + [phrase[-1] + "."]
        at = b
    return " ".join(out + words[at:])


def _transplants(c: _Check, heard: str, bank: PhraseBank) -> list[tuple[str, str]]:
    """The free decoding ``heard`` with each phrase that beat its competitors in a reading that, as
    a whole, strayed too far from the audio (not ``close``) put in where the heard letters look
    like it, else at the same share of the segment's letters, in place of the heard words there.
    A prompted reading often gets one phrase right and wanders after it ("Er det i orden, for at
    forbedre vores service" for "Er det i orden med dig? Du kan når som helst bede mig stoppe",
    heard "Efter i åven mentai, du kan nå som helst bemer meg stopp,"): the phrase is then checked
    in the company of what Whisper heard around it, by the same checks as any reading (its
    closeness measured per token of the phrase). Pairs of (text, the phrase's words)."""
    if c.close or not c.found:
        return []
    words, ears = _WORD.findall(c.reading.lower()), _WORD.findall(heard.lower())
    folded = fold(" ".join(words)).split()
    if not words or not ears or len(folded) != len(words):
        return []
    mine = [len(_key(w)) for w in words]
    theirs = [len(_key(w)) for w in ears]
    scale = sum(theirs) / max(1, sum(mine))
    joined = "".join(_key(w) for w in ears)
    out = []
    for f in c.found:
        if f.status != "rejected" or f.element == "reply" or f.margin < MARGIN or f.decoy_margin <= 0:
            continue
        span = _span(folded, f.phrase, len(words), bank)
        if span is None:
            continue
        i, j = span
        lo, hi = sum(mine[:i]) * scale, sum(mine[:j]) * scale
        al = fuzz.partial_ratio_alignment(_key(" ".join(words[i:j])), joined)
        if al is not None and al.score >= SENTENCE_MIN_RATIO and al.dest_end > al.dest_start:
            lo, hi = al.dest_start, al.dest_end  # where the heard letters look like it
        at, a, b = 0.0, len(ears), 0
        for k, n in enumerate(theirs):
            middle = at + n / 2
            if middle >= lo:
                a = min(a, k)
            if middle < hi:
                b = k + 1
            at += n
        b = max(a, b)
        out.append((" ".join(ears[:a] + words[i:j] + ears[b:]), " ".join(words[i:j])))
    return out


def _better(alt: _Check, first: _Check) -> bool:
    """Whether another reading's checks show more than the first reading's: more elements
    verified, and every element the first reading verified or left in doubt still there (an
    answer with its meaning: a doubtful "no" is not given up for a verified "yes").

    Or a reading clearly more probable (by ``PREFER_PER_TOKEN`` nats in its mean log-probability
    per token) that verifies as many elements: it stands for the first even where it verifies other
    ones ("Er det i orden, at vi optager samtalen?" for a prompted "Vi opter samtalen til træning"
    on the same words). It may drop what the first reading held for the call (that only takes
    evidence away), never what the first verified or doubted against it (``AGAINST``, an answer
    that is not a yes)."""
    verified, held = _kinds(alt, ("verified",)), _kinds(alt, ("verified", "doubt"))
    first_verified, first_held = _kinds(first, ("verified",)), _kinds(first, ("verified", "doubt"))
    if len(verified) > len(first_verified) and first_held <= held:
        return True
    against = _against(first_held)
    return (alt.close and bool(verified) and len(verified) >= len(first_verified) and against <= held
            and alt.per_token is not None and first.per_token is not None
            and alt.per_token >= first.per_token + PREFER_PER_TOKEN)


def _sentence_starts(g: _Group) -> list[int]:
    """Where sentences may start in a segment (word indices): its first word, and after the free
    decoding's sentence punctuation or its longest pauses between words."""
    timed = [w for w in g.part.words if w[0].strip()]
    if len(timed) != len(g.words):
        return [0]
    breaks = []
    for k in range(1, len(timed)):
        end_mark = timed[k - 1][0].strip()[-1:] in ".?!,"
        gap = timed[k][1] - timed[k - 1][2]
        if end_mark or gap >= SENTENCE_PAUSE_S:
            breaks.append((end_mark, gap, k))
    breaks.sort(key=lambda b: (not b[0], -b[1]))
    return [0] + sorted(k for _m, _g, k in breaks[: SENTENCE_STARTS - 1])


# A segment this long (s) whose words have fewer letters than this a second was mostly left out by
# the recogniser (speech runs at about 11 letters a second in the free decodings of the samples and
# the everyday and real-wording calls, median over 326 segments of 3 s or more; the lowest of the
# rest, a hallucinated "Ja, ja, ja …", had 4.8).
SKIPPED_MIN_S = 4.0
SKIPPED_LETTERS_PER_S = 4.0


def _skipped(g: _Group) -> bool:
    """Whether the recogniser wrote far fewer words than the segment's seconds of speech hold."""
    seconds = g.segment.end - g.segment.start
    return seconds >= SKIPPED_MIN_S and len(_key(g.heard)) < SKIPPED_LETTERS_PER_S * seconds


def _read_well(g: _Group, conf: Confidence) -> bool:
    """A segment Whisper read with confidence, judged on its own words as well as on its window:
    faster-whisper gives one log-probability for a whole 30-s window, so a misheard sentence shares
    the confidence of the clear speech after it (a synthetic opening followed by real talk). Its
    words' mean log-probability must reach the policy's review threshold too."""
    if not _confident(g.segment, conf):
        return False
    probs = [float(w[3]) for w in g.part.words if w[0].strip() and len(w) > 3 and w[3] is not None]
    if not probs:
        return True  # no word probabilities: the window's figures are all there is
    return float(np.mean(np.log(np.maximum(probs, 1e-6)))) >= conf.review_avg_logprob


def _confident(seg: Segment, conf: Confidence) -> bool:
    """A segment the recogniser read with confidence (the engine takes it as evidence as it is)."""
    return (seg.avg_logprob is not None and seg.avg_logprob >= conf.review_avg_logprob
            and (seg.no_speech_prob or 0.0) <= conf.max_no_speech_prob
            and (seg.compression_ratio or 0.0) <= conf.max_compression_ratio)


# The words a sentence goes on with after a pause at a comma (folded): a condition, a consequence,
# a reason, a coordinated or subordinate clause ("…, hvis vi må optage", "…, så stopper vi opptaket").
CONTINUES = frozenset({"hvis", "viss", "dersom", "saafremt", "om", "saa", "og", "men", "eller", "ellers",
                       "elles", "fordi", "at", "naar", "medmindre", "mens", "da", "for", "slik", "saadan",
                       "saann", "uden", "uten", "kun", "bare", "hvor", "som", "idet", "inden", "innen",
                       "foer", "efter", "etter", "til", "med"})


def _goes_on_with(groups: list[_Group], k: int, checks: dict[int, _Check]) -> bool:
    """Whether group k's sentence goes on in the next group of the same channel: it starts within
    ``JOIN_GAP_S``, no other speaker's speech starts between, and its words as heard and as read
    both open with a word a sentence goes on with (``CONTINUES``). A pause at a comma followed by
    misheard words ("…, be meg stoppe," | "så søter jeg …" read "Sauset er jeg opp til …") is not
    joined: read as one sentence, the words after the comma would stand as the object of what came
    before."""
    g = groups[k]
    for n in groups[k + 1:]:
        if n.hearing is not g.hearing:
            if n.segment.start < g.segment.end + JOIN_GAP_S:
                return False  # another speaker in between
            continue
        if not 0.0 <= n.segment.start - g.segment.end <= JOIN_GAP_S:
            return False
        c = checks.get(n.index)
        texts = [n.heard] + ([c.reading] if c is not None and c.reading else [])
        return all(_goes_on(t) for t in texts)
    return False


def _goes_on(text: str) -> bool:
    """Whether ``text`` opens with a word a sentence goes on with (``CONTINUES``)."""
    first = fold(text).split()[:1]
    return bool(first) and first[0] in CONTINUES


def _as_cut(reading: str, heard: str, labelled: bool, goes_on: bool) -> str:
    """A checked reading cut where the free decoding was cut: the prompted decoder writes each
    piece as a whole sentence ("Du kan reservere deg mot dette." for the heard "Du kan vei
    særvere digg mot det til,"), which would end a sentence the speaker went on with in the next
    segment ("så stopper vi opptaket"). Where the heard piece ends on a mark that goes on and the
    next piece goes on with the sentence (``goes_on``: ``_goes_on_with``), the reading ends on a
    comma; where it starts lower-case with a word a sentence goes on with and the speaker is known,
    so does the reading. The engine then joins the pieces as it would have joined the heard ones.
    Not the start in unlabelled (mono) speech: there a reading that starts a sentence may be
    the other speaker's ("så kan jeg" read "Sa, kanskje." after the agent's "…, be meg stoppe
    opptaket,"), and joined to the agent's sentence the caller's answer would be lost."""
    text, said = reading.strip(), heard.strip()
    if not text or not said:
        return reading
    if goes_on and said.endswith(GOES_ON_MARKS) and not text.endswith(GOES_ON_MARKS + ("?",)):
        text = text.rstrip(".!") + ","
    if labelled and said[0].islower() and text[0].isupper() and not text.split()[0].isupper() and _goes_on(text):
        text = text[0].lower() + text[1:]
    return text


def _unloop(text: str) -> str:
    """A prompted reading cut where it starts repeating itself (a sentence or a word run)."""
    out: list[str] = []
    seen: set[str] = set()
    for sentence in re.split(r"(?<=[.?!])\s+", text.strip()):
        key = fold(sentence)
        if not key or key in seen:
            break
        seen.add(key)
        out.append(sentence)
    words = " ".join(out).split()
    for n in range(1, 6):
        for i in range(len(words) - 2 * n + 1):
            if words[i:i + n] == words[i + n:i + 2 * n] and (n > 1 or len(words[i]) > 3):
                return " ".join(words[:i + n])
    return " ".join(words)


def _fit(reading: str, letters: int) -> str:
    """The prefix of a prompted reading that covers about as much speech as the free decoding (a
    prompted reading may run on into the prompt's next sentence): whole sentences when they fit,
    else words; empty when nothing fits."""
    if not letters:
        return reading
    words = reading.split()
    sentences, any_words = [], []
    for k in range(1, len(words) + 1):
        text = " ".join(words[:k])
        n = len(_key(text))
        if not FIT_RATIO[0] * letters <= n <= FIT_RATIO[1] * letters:
            continue
        any_words.append((abs(n - letters), text))
        if words[k - 1][-1:] in ".?!" or k == len(words):
            sentences.append((abs(n - letters), text))
    pool = sentences or any_words
    return min(pool)[1] if pool else ""


def _span(folded: list[str], phrase: str, n_words: int, bank: PhraseBank) -> tuple[int, int] | None:
    """Where ``phrase`` stands in the folded words of a reading (word indices), if it does."""
    if len(folded) != n_words:
        return None
    parts = [part.strip() for part in phrase.split("…") if part.strip()]
    if len(parts) > 1:  # a phrase with gaps ("det … vil jeg … ikke"): its parts in order
        spans, at = [], 0
        for part in parts:
            m = _span(folded[at:], part, n_words - at, bank)
            if m is None:
                return None
            spans.append((at + m[0], at + m[1]))
            at += m[1]
        return spans[0][0], spans[-1][1]
    toks = tuple("n" if t in bank.key_digits and i and folded[i - 1] in bank.key_verbs else t
                 for i, t in enumerate(folded))
    m = find_all(toks, (phrase,), ("".join(fold(phrase).split()),), min_score=0.8, most=1)
    if not m:
        m = find_all(tuple(folded), (phrase,), ("".join(fold(phrase).split()),), min_score=0.8, most=1)
    return (m[0].first, m[0].last) if m else None


def makes_consent(phrase: str, heard: str, bank: PhraseBank) -> bool:
    """Whether reading ``phrase`` instead of the free decoding ``heard`` would create consent.

    The plain reading decides: the "no" that means yes to a negatively phrased request can never
    make a call compliant (such a request goes to review or non-compliant, never compliant).
    """
    return classify_reply(phrase, bank)[0] == "given" and classify_reply(heard, bank)[0] != "given"


def _reading(phrase: str, bank: PhraseBank) -> tuple[str, str]:
    return classify_reply(phrase, bank)[0], classify_reply(phrase, bank, negative=True)[0]


def _comparable(text: str, phrase: str) -> bool:
    """Whether ``text`` covers about as much speech as ``phrase`` (the decoder does not charge a
    text for speech it leaves out, so only texts of about the same length compare)."""
    n, m = len(_key(phrase)), len(_key(text))
    return DECOY_LENGTH[0] * n - 2 <= m <= DECOY_LENGTH[1] * n + 2


def _meaning(element: str) -> frozenset[str]:
    out = {element}
    for group in MEANINGS:
        if element in group:
            out |= group
    return frozenset(out)


@lru_cache(maxsize=65536)
def _key(text: str) -> str:
    return "".join(fold(text).split())


@dataclass(frozen=True)
class _Lexicon:
    """What a language's checks draw on, built once per process from its phrase bank."""

    decoy_of: dict[str, str]
    decoys: list[str]
    replies: dict[str, tuple[str, tuple[str, str]]]
    tail_text: dict[str, str]
    tails: list[str]
    digit_forms: dict[str, list[str]]
    repair_phrases: dict[bool, tuple[tuple[str, ...], tuple[str, ...]]]  # customer? -> phrases, keys
    purpose_heads: dict[tuple[str, ...], dict[int, str]]  # folded words -> respelt words by place
    purpose_verbs: tuple[tuple[str, str], ...]  # as written, and its letters folded


@lru_cache(maxsize=4)
def _lexicon(language: str) -> _Lexicon:
    bank = load_bank(language)
    decoy_of = {p: e for e in DECOY_ELEMENTS for p in bank.elements.get(e, ()) if "N" not in p.split()}
    replies = {p: (e, _reading(p, bank)) for e in REPLY_ELEMENTS for p in bank.elements.get(e, ())}
    tail_text: dict[str, str] = {}
    for e in ("keypress_optin", "keypress_optout"):
        for p in bank.elements.get(e, ()):
            ws = p.split()
            if "N" in ws and len(_key(" ".join(ws[ws.index("N") + 1:]))) >= 10:
                tail = " ".join(ws[ws.index("N") + 1:])
                tail_text.setdefault(_key(tail), tail)
    # Each key as a digit and as the word a speaker says for it ("tast en", "trykk ein").
    digit_forms = {d: [d] + sorted(set(bank.key_words.get(d, ())), key=lambda w: (fold(w) != w, w))[:2]
                   for d in DIGITS}
    repair: dict[bool, tuple[tuple[str, ...], tuple[str, ...]]] = {}
    for customer in (False, True):
        elements = [e for e in REPAIRABLE if not customer or e == "withdrawal"]
        phrases = tuple(p for e in elements for p in bank.elements.get(e, ()) if "N" not in p.split())
        repair[customer] = (phrases, tuple(_key(p) for p in phrases))
    # Whole words only: a stem ("forbedr*") or a gap ("gjøre ~ bedre") is no text to propose.
    plain = [e for e in bank.part_texts["purpose_verbs"] if not set(e) & {"*", "~"}]
    return _Lexicon(decoy_of=decoy_of, decoys=sorted(set(decoy_of) | set(NEUTRAL[language])),
                    replies=replies, tail_text=tail_text, tails=sorted(tail_text),
                    digit_forms=digit_forms, repair_phrases=repair,
                    purpose_heads=_purpose_heads(language),
                    purpose_verbs=tuple((v, _key(v)) for v in dict.fromkeys(plain)))


def _purpose_heads(language: str) -> dict[tuple[str, ...], dict[int, str]]:
    """The words that lead into a purpose, folded, each with the words to write in its place: none
    for the language's own heads; for the neighbour's heads that differ from one of its own only
    in the infinitive marker, that marker in the language's own spelling. Whisper writes Danish
    speech in Norwegian spelling and the other way round ("for å forbindre" for "for at forbedre"),
    and the reading put to the checks is written as the language writes it."""
    own = {h: {} for h in load_bank(language).parts["purpose_heads"] if "~" not in h}
    other = "no" if language == "da" else "da"
    theirs, ours = fold(MARKER[other]), MARKER[language]
    out: dict[tuple[str, ...], dict[int, str]] = dict(own)
    for h in load_bank(other).parts["purpose_heads"]:
        mine = tuple(fold(ours) if w == theirs else w for w in h)
        if h not in own and mine in own:
            out[h] = {k: ours for k, w in enumerate(h) if w == theirs}
    return out


def _similar(phrase: str, pool: Sequence[str], n: int) -> list[str]:
    pool = [p for p in pool if "N" not in p.split()]
    return [p for p, _s, _i in process.extract(phrase, pool, scorer=fuzz.ratio, limit=n)]


__all__ = ["SpotResult", "Spotted", "spot"]
