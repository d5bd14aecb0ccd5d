"""Stage 2 of the text path: normalisation and tolerant phrase matching.

Speech recognition spells Danish and Norwegian loosely: letters folded (å/aa, ø/ö), words split or
joined ("op tagelsen", "telefon samtale"), small misspellings ("tat opp"). Matching therefore works
on a folded form of the text with the spaces taken out, aligns each phrase with rapidfuzz and then
re-scores the alignment widened to whole words, so a phrase cannot hide inside a longer word.

Tolerance is never allowed to absorb the words that flip a meaning: a window that holds a negation
or a modal verb that the phrase itself does not hold is not a match ("samtalen bliver ikke
optaget" is not "samtalen bliver optaget"; "kan blive optaget" is a vague notice, not a notice).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process

# Letters folded to one spelling on both sides of a comparison. Whisper writes Norwegian with
# Swedish ä/ö now and then, and old Danish spelling writes å as "aa".
_FOLD = str.maketrans({"æ": "ae", "ä": "ae", "ø": "oe", "ö": "oe", "å": "aa", "é": "e", "è": "e",
                       "ü": "u", "ó": "o", "á": "a", "ß": "ss"})
_NON_WORD = re.compile(r"[^a-z0-9]+")
_SENTENCE_END = re.compile(r"(?<=[.?!…])\s+")
_WORD = re.compile(r"[^\W_]+")
_CLAUSE_BREAK = re.compile(r"[,;:()…–—.?!]|\s-\s|^-\s")
# A hyphen that ends a word before "eller" / "og" shortens a compound ("til- eller fravælge").
_ELLIPSIS_HYPHEN = re.compile(r"^-\s+$")
_COORDINATORS = frozenset({"eller", "og", "el", "samt"})

# Phrases this short are matched as exact words only: one wrong letter turns "nej" into "ne",
# "ja" into "da", and tolerance there would turn a non-consent into a consent.
EXACT_MAX_CHARS = 5
# Phrases up to this long need a closer match than the element's own threshold.
SHORT_MAX_CHARS = 9
SHORT_MIN_SCORE = 0.9
# Widening the alignment to whole words may add at most this share of the phrase's length.
MAX_WINDOW_STRETCH = 1.4
# The window must begin as the phrase begins: recognisers garble word endings far more often than
# they drop or change a phrase's first word, which often carries its meaning ("må", "ikke").
ANCHOR_CHARS = 2
# How many prefiltered phrases are aligned and re-scored per search.
CANDIDATES = 16


def fold(text: str) -> str:
    """Lower-case, strip accents to the shared spelling, punctuation to spaces."""
    text = unicodedata.normalize("NFKC", text).lower().translate(_FOLD)
    return " ".join(_NON_WORD.sub(" ", text).split())


def words(text: str) -> tuple[str, ...]:
    """The folded words of a text."""
    return tuple(fold(text).split())


def word_spans(text: str, spoken: Mapping[str, str] | None = None) -> list[tuple[str, int, int]]:
    """The folded words of a text with the character span each came from.

    `spoken`: a language's spoken and dialect forms, each read as the written word it stands for
    ("æ" for "jeg", "e" for "er"), one word for one word so that the spans stay as heard.
    """
    out: list[tuple[str, int, int]] = []
    for m in _WORD.finditer(text):
        out.extend((w, m.start(), m.end()) for w in fold(m.group()).split())
    if spoken:
        said = standard([w for w, _, _ in out], spoken)
        out = [(w, a, b) for w, (_, a, b) in zip(said, out, strict=True)]
    return out


# A spoken form that is a subject pronoun only next to a finite verb (Jutlandic "a" and "æ" are
# "jeg" in "a ska lige sige", "må a optage", but "æ" is "the" in "æ samtale"): its key in the
# mapping is marked with SUBJECT_MARK, and it is read so only when the word after it is a finite
# verb (a modal, "er", "har", or a present tense in -er) or the word before it a modal ("må a ...").
SUBJECT_MARK = "^"
_FINITE_VERBS = frozenset({"kan", "ka", "skal", "ska", "vil", "maa", "faar", "har", "ha", "er", "e", "var", "ville",
                           "kunne", "skulle", "sku", "maatte", "tror", "troede", "gik", "fik", "sagde"})


def _finite(word: str | None) -> bool:
    return word is not None and (word in _FINITE_VERBS or (len(word) >= 4 and word.endswith("er")))


def standard(toks: tuple[str, ...] | list[str], spoken: Mapping[str, str]) -> tuple[str, ...]:
    """Folded words with a language's spoken forms read as the written words (see word_spans)."""
    out = []
    for i, w in enumerate(toks):
        if w in spoken:
            w = spoken[w]
        elif SUBJECT_MARK + w in spoken and (_finite(toks[i + 1] if i + 1 < len(toks) else None)
                                           or (i > 0 and toks[i - 1] in _FINITE_VERBS)):
            w = spoken[SUBJECT_MARK + w]
        out.append(w)
    return tuple(out)


def clause_breaks(text: str, spans: list[tuple[str, int, int]] | None = None) -> list[bool]:
    """For each word of a text, whether punctuation (a comma, a dash, a full stop ...) separates
    it from the word before: the clause boundaries a recogniser's punctuation shows."""
    spans = word_spans(text) if spans is None else spans
    out = []
    for k, (_, start, _) in enumerate(spans):
        gap = text[spans[k - 1][2] : start] if k else ""
        if _ELLIPSIS_HYPHEN.match(gap) and spans[k][0] in _COORDINATORS:
            out.append(False)  # "til- eller fravælge": one word cut short and joined, not a clause
            continue
        out.append(bool(k) and bool(_CLAUSE_BREAK.search(gap)))
    return out


def clauses(text: str) -> list[tuple[int, int]]:
    """The clauses of a text as ranges of word indices (first, after last)."""
    breaks = clause_breaks(text)
    bounds = [k for k, b in enumerate(breaks) if b]
    edges = [0, *bounds, len(breaks)]
    return [(a, b) for a, b in zip(edges, edges[1:], strict=False) if b > a]


def sentences(text: str) -> list[str]:
    """Split a segment's text into sentences at . ? ! (recognisers punctuate most turns)."""
    parts = [p.strip() for p in _SENTENCE_END.split(text.strip())]
    return [p for p in parts if p]


@dataclass(frozen=True)
class Match:
    """Where a phrase was found in a list of words, and how closely."""

    phrase: str
    score: float  # 0..1, 1 = exact
    first: int  # index of the first matched word
    last: int  # index after the last matched word


@lru_cache(maxsize=8192)
def _phrase_key(phrase: str) -> tuple[tuple[str, ...], str]:
    toks = words(phrase)
    return toks, "".join(toks)


def match_phrase(
    toks: tuple[str, ...],
    phrase: str,
    *,
    min_score: float,
    guard: frozenset[str] = frozenset(),
) -> Match | None:
    """Find `phrase` in the words `toks`, tolerating split/joined words and small misspellings.

    Args:
        toks: the folded words of the text searched.
        phrase: the phrase, in ordinary spelling.
        min_score: the lowest similarity (0..1) accepted.
        guard: words (folded) that may not occur in the matched window, nor right before it,
            unless the phrase itself holds them (negations, modal verbs).
    """
    ptoks, pkey = _phrase_key(phrase)
    if not ptoks or not toks:
        return None
    if len(pkey) <= EXACT_MAX_CHARS:
        return _exact(toks, ptoks, phrase, guard)
    if len(pkey) <= SHORT_MAX_CHARS:
        min_score = max(min_score, SHORT_MIN_SCORE)
    joined, owner = _joined(toks)
    if len(joined) < len(pkey) * 0.7:
        return None
    aligned = fuzz.partial_ratio_alignment(pkey, joined, score_cutoff=min_score * 100 - 5)
    if aligned is None:
        return None
    first = owner[aligned.dest_start]
    last = owner[max(aligned.dest_end - 1, aligned.dest_start)] + 1
    best = _best_window(toks, pkey, first, last)
    if best is None:
        return None
    score, first, last = best
    if score < min_score or _guarded(toks, first, last, ptoks, guard):
        return None
    if not "".join(toks[first:last]).startswith(pkey[:ANCHOR_CHARS]):
        return None  # a dropped first word ("må vi ta opp" vs "vi tar opp") changes the sentence
    return Match(phrase=phrase, score=round(score, 3), first=first, last=last)


def find_all(
    toks: tuple[str, ...],
    phrases: tuple[str, ...],
    keys: tuple[str, ...],
    *,
    min_score: float,
    guard: frozenset[str] = frozenset(),
    most: int = 3,
) -> list[Match]:
    """Every non-overlapping occurrence of any of `phrases` (with `keys` their run-together
    folded forms) in the words `toks`, best first. A prefilter picks the likely phrases."""
    found: list[Match] = []
    work = list(toks)
    for _ in range(most):
        joined = "".join(work)
        if not joined:
            break
        # partial_ratio scores a phrase that merely contains the text as highly as one the text
        # contains; phrases far longer than the text cannot match, so they are dropped first.
        candidates = [
            c for c in process.extract(
                joined, keys, scorer=fuzz.partial_ratio, score_cutoff=min_score * 100 - 8, limit=None
            )
            if len(c[0]) * 0.7 <= len(joined)
        ][:CANDIDATES]
        best: Match | None = None
        for _key, _score, i in candidates:
            m = match_phrase(tuple(work), phrases[i], min_score=min_score, guard=guard)
            if m and (best is None or (m.score, m.last - m.first) > (best.score, best.last - best.first)):
                best = m
        if best is None:
            break
        found.append(best)
        # Mask the matched words so the next round finds another occurrence.
        work[best.first : best.last] = ["_"] * (best.last - best.first)
    return found


def _best_window(
    toks: tuple[str, ...], pkey: str, first: int, last: int
) -> tuple[float, int, int] | None:
    """Re-score the aligned words and their neighbours as whole words; keep the best window."""
    best: tuple[float, int, int] | None = None
    for a in range(max(0, first - 1), first + 1):
        for b in range(last, min(len(toks), last + 1) + 1):
            if b <= a:
                continue
            window = "".join(toks[a:b])
            if len(window) > len(pkey) * MAX_WINDOW_STRETCH:
                continue
            score = fuzz.ratio(window, pkey) / 100
            if best is None or score > best[0]:
                best = (score, a, b)
    return best


def _exact(
    toks: tuple[str, ...], ptoks: tuple[str, ...], phrase: str, guard: frozenset[str]
) -> Match | None:
    n = len(ptoks)
    for i in range(len(toks) - n + 1):
        if toks[i : i + n] == ptoks and not _guarded(toks, i, i + n, ptoks, guard):
            return Match(phrase=phrase, score=1.0, first=i, last=i + n)
    return None


def _guarded(
    toks: tuple[str, ...], first: int, last: int, ptoks: tuple[str, ...], guard: frozenset[str]
) -> bool:
    """True when the window (with the word before it) and the phrase disagree on guard words.

    Both directions matter: "samtalen bliver ikke optaget" is not "samtalen bliver optaget", and
    "du kan reservere deg" is not "du kan ikke reservere deg".
    """
    if not guard:
        return False
    span = set(toks[max(0, first - 1) : last]) & guard
    return span != (set(ptoks) & guard)


def _joined(toks: tuple[str, ...]) -> tuple[str, list[int]]:
    """The words run together, and for each character the index of its word."""
    owner: list[int] = []
    for i, t in enumerate(toks):
        owner.extend([i] * len(t))
    return "".join(toks), owner


def fuzzy_word(word: str, stems: tuple[str, ...], *, min_score: float = 0.85) -> bool:
    """True when a folded word starts with (or nearly with) one of the folded stems."""
    for stem in stems:
        if word.startswith(stem):
            return True
        if len(stem) >= 5 and len(word) >= len(stem):
            if fuzz.ratio(word[: len(stem)], stem) / 100 >= min_score:
                return True
    return False


# Round 28: a transcript written without punctuation ("vi optager samtalen til træning er det i
# orden du kan altid bede mig stoppe"), as many recognisers write it, read as if marked. Marks are
# put back only where word order shows a boundary; anywhere else the words stay one sentence.
_ANY_MARK = re.compile(r"[.,?!:;…]")
# Subjects that open a new statement when a finite verb follows ("... til træning vi optager ...").
_OPENING_SUBJECTS = frozenset({"vi", "jeg", "eg", "me", "du", "dere", "man"})
# Subjects a verb put first asks about ("er det i orden", "har du noget imod", "må jeg").
_ASKED_SUBJECTS = frozenset({"det", "du", "jeg", "eg", "vi", "me", "dere", "dykk", "man", "dette"})
# Norwegian present tenses the -er rule of _finite misses.
_SHORT_PRESENTS = frozenset({"tar", "tek", "gir", "gjer", "blir", "vert", "ser", "ber", "sier", "kjem", "gaar"})
# Words after which no new clause can begin: it goes on ("at", "som", "for", "ikke", "siger").
_GOES_ON = frozenset({
    "at", "aa", "som", "om", "hvis", "viss", "dersom", "naar", "da", "daa", "fordi", "og", "men", "eller", "saa",
    "til", "for", "med", "af", "av", "paa", "i", "mod", "mot", "imod", "imot", "ved", "hos", "efter", "etter",
    "under", "over", "uden", "utan", "uten", "en", "et", "ei", "eit", "ein", "den", "de", "min", "mit", "din", "dit",
    "vores", "ikke", "ikkje", "der", "hvor", "hvad", "hva", "kva", "hvordan", "korleis", "hvorfor", "kvifor",
    "bare", "berre", "ogsaa", "lige", "jo", "nu", "naa", "no", "her", "siger", "sier", "seier", "sagde", "sa",
    "tror", "trur", "mener", "meiner", "synes", "syns", "vet", "veit", "haaber", "haaper",
    # "så snart du beder om det", "med en gang du ber om det", "inden du", "før vi": they subordinate
    "snart", "gang", "gong", "straks", "helst", "mens", "inden", "innan", "innen", "foer", "end", "enn", "idet",
    "selvom", "siden", "sidan",
})
# A clause these open ("hvis du ikke vil optages, kan du ...", "utan at me tek opp samtalen, får me
# ikkje ...") is followed by its main clause with the verb first: that verb asks nothing.
_OPENS_CONDITION = frozenset({"hvis", "viss", "dersom", "naar", "uden", "utan", "uten", "saafremt", "medmindre"})
# Words a caller's answer opens with, set off by a comma when more follows ("ja, det er fint").
_LEADING_ANSWERS = frozenset({"ja", "jo", "jada", "jaja", "joda", "jepp", "nej", "nei", "neida", "nae", "okay", "ok",
                              "okei", "tak", "takk", "tja", "mm"})
# What opens a clause of its own after them ("ja, det er fint", "nej, jeg vil ikke"); a hedge
# ("ja egentlig vil jeg helst slippe") stays one with the answer word, as it was read before.
_AFTER_ANSWER = frozenset({"det", "den", "dette", "jeg", "eg", "vi", "me", "du"})
_ASSENTS = frozenset({"greit", "greitt", "fint", "gerne", "gjerne", "selvfoelgelig", "klart"})  # after one word
# A clause with its verb first that opens the segment or says "not", then "kan du" / "må du" ...:
# a condition and its main clause ("ønsker du ikke opptak, kan du bare si fra"), not two
# questions ("er det okay at samtalen optages? undervejs kan du altid ...").
_NOT = frozenset({"ikke", "ikkje", "ik"})
_MAIN_AFTER_CONDITION = frozenset({"kan", "maa", "skal", "faar", "kunne"})
_YOU_MAIN = frozenset({"du", "dere", "dykk", "man"})
# Keys a prompt names ("... på nettsiden vår trykk 1 for å reservere deg") open a new sentence,
# unless the clause before opens with what leads up to them ("for at acceptere optagelsen tast 1",
# "for ja trykk 4 for nei trykk 5"): such prompts are read whole, as they were.
_KEY_VERBS = frozenset({"tast", "tryk", "trykk"})
_KEY_LEADS = _KEY_VERBS | {"for"}
# Prepositions a clause may end on ("det vi blir enige om | godtar du det"): before a verb put
# first and its subject they close the clause; before a subject they may govern it.
_STRANDED = frozenset({"om", "til", "for", "med", "af", "av", "paa", "fra", "mod", "mot", "imod", "imot", "ved",
                       "hos", "efter", "etter", "under", "over"})


def unmarked(text: str) -> bool:
    """Whether a segment is written as a recogniser without punctuation writes it: no mark at
    all and no capital letter."""
    return not _ANY_MARK.search(text) and text == text.lower()


def restore_marks(text: str, question_verbs: frozenset[str]) -> str:
    """An unmarked segment (see `unmarked`) with the marks its word order shows put back: a full
    stop before a subject and its finite verb that open a new statement after a complete clause;
    a question mark after a clause that puts its verb first before a subject ("er det i orden",
    "har du noget imod det") after a clause with a verb of its own that no condition opens; a
    comma after the answer words a caller's turn opens with; a full stop before a key prompt's
    verb (none after a purpose put first: "for at sige ja tast 1"). `question_verbs`: the
    verbs that may ask (a language's question starts, less its question words)."""
    spans = word_spans(text)
    toks = [w for w, _, _ in spans]
    marks: dict[int, str] = {}  # word index -> the mark put after it
    k = 0
    while (k < len(toks) - 1 and toks[k] in _LEADING_ANSWERS
           and not (toks[k] in ("tak", "takk") and toks[k + 1] == "for")):  # not "takk, for at du ringer"
        k += 1
    if 0 < k < len(toks) and (toks[k] in _AFTER_ANSWER or (k == 1 and toks[k] in _ASSENTS)):
        # not "nej, tak", "ja ja, greit", nor "ja, egentlig vil jeg helst ..."
        marks[k - 1] = ","
    start, asking = k, False
    # a menu of keys ("optagelse ja tak tryk 8 optagelse nej tak tryk 9") is read whole, as before
    menu = sum(t in _KEY_VERBS for t in toks) > 1
    verb_first = k + 1 < len(toks) and toks[k] in question_verbs and toks[k + 1] in _ASKED_SUBJECTS
    for k in range(start + 1, len(toks)):
        w, prev, nxt = toks[k], toks[k - 1], toks[k + 1] if k + 1 < len(toks) else None
        if k - start < 2 or (prev in _GOES_ON and not (prev in _STRANDED and w in question_verbs)):
            continue
        condition = toks[start] in _OPENS_CONDITION or bool(set(toks[start:k]) & (_OPENS_CONDITION - {"naar"}))
        asks = w in question_verbs and nxt in _ASKED_SUBJECTS and not condition and any(
            _verbal(t, question_verbs) and t not in _GOES_ON for t in toks[start:k])  # not "etter 90 dagar blir det"
        tells = (w in _OPENING_SUBJECTS and nxt is not None and _verbal(nxt, question_verbs)
                 and not (k + 2 < len(toks) and toks[k + 2] in _ASKED_SUBJECTS))  # "det ordner vi | har du ..."
        if tells and (prev in _FINITE_VERBS or prev in question_verbs):
            continue  # "det kan vi se på": a verb put first after its object, not a new clause
        if w in _KEY_VERBS and not condition and not menu:
            if asking or (toks[start] in question_verbs and toks[start + 1] in _ASKED_SUBJECTS):
                marks[k - 1] = ","  # "vil du acceptere optagelsen, tast 2": the verb first is the key's condition
            elif toks[start] not in _KEY_LEADS:
                marks[k - 1] = "."  # "... på nettsiden vår. trykk 2 for å reservere deg"
            start, asking, verb_first = k, False, False
        elif (asks and w in _MAIN_AFTER_CONDITION and nxt in _YOU_MAIN
              and (verb_first or (asking and set(toks[start:k]) & _NOT))):
            marks[k - 1] = ","  # "ønsker du ikke opptak, kan du bare si fra": the main clause goes on
            start, asking, verb_first = k, False, False
        elif asks or tells:
            _close(marks, toks, start, k, asking, question_verbs)
            start, asking, verb_first = k, asks, False
    if asking:
        _close(marks, toks, start, len(toks), asking, question_verbs)
    out, pos = [], 0
    for k, mark in sorted(marks.items()):
        out.append(text[pos : spans[k][2]] + mark)
        pos = spans[k][2]
    return "".join(out) + text[pos:]


def _verbal(word: str, question_verbs: frozenset[str]) -> bool:
    """Whether a word may be a finite verb (see _finite; nouns in -er pass too)."""
    return _finite(word) or word in _SHORT_PRESENTS or word in question_verbs


def _close(marks: dict[int, str], toks: list[str], start: int, end: int, asking: bool,
           question_verbs: frozenset[str]) -> None:
    """Mark the end of the clause toks[start:end]: "?" when it puts its verb first, unless a
    second verb and subject follow inside it: then it was a condition and that its main clause,
    set off by a comma ("vil du ikke bli tatt opp, sier du bare fra": "if you ..., say so")."""
    if asking and any(t in _KEY_VERBS for t in toks[start:end]):
        marks.pop(start - 1, None)  # "... tast 3 ønsker du ikke så tast 4": a key's condition, read whole
        return
    marks[end - 1] = "?" if asking else "."
    if not asking:
        return
    for j in range(start + 2, end - 1):
        if ((_verbal(toks[j], question_verbs) and toks[j + 1] in _ASKED_SUBJECTS)
                or (toks[j] == "saa" and j > start + 2)):  # not "er det så okay"
            marks[j - 1], marks[end - 1] = ",", "."  # "ønsker du ikke, så tast 4"
            return
