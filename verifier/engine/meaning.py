"""Reading a sentence by its parts, not by a fixed wording (DOMAIN.md, "Meaning, not a fixed wording").

Phrase banks hold the wordings someone wrote down; callers and agents say the same things in
other words. Here a sentence is read as the parts that carry its meaning for the contract: who
speaks to whom (subject), may / must / want (modal), not (negation), what it is about (the
recording, said outright or pointed back to with "det" right after talk of it), and if /
otherwise / without / only (condition). A reading is a combination of parts:

- coercion: the service tied to the consent ("ellers kan vi ikke ...", "uden optagelse kan vi
  ikke ...", "hvis du ikke vil tas opp, må du ringe en annen gang", "vi kan kun hjælpe, hvis vi må
  optage", "optagelsen er et krav");
- withdrawal: an order to stop or delete, a refusal, or a regret, whose object is the recording
  ("stop venligst optagelsen", "dere får ikke ta det opp", "jeg har skiftet mening om optagelsen");
- a condition on the recording's use in a reply ("ja, men den må ikke deles");
- real-world disclosure wording: a purpose with inserted words ("til internt træningsbrug"), an
  objection option ("du får mulighet til å si nei til opptak"), retention ("vi gemmer optagelserne
  i 13 måneder").

Words between the parts ("desværre", "altså", "jo", "venligst") change nothing. False friends stay
false: "stop mit abonnement" has no recording as its object. The word classes are data, in each
phrase bank's "parts" (verifier/data/phrases/*.json).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from .phrases import PhraseBank, load_bank
from .text import clause_breaks, word_spans

Span = tuple[int, int]

# Gaps ("~") in an entry cover at most this many words.
GAP_WORDS = 4
# A negation this close to a service verb negates it ("kan vi desværre ikke hjælpe").
NEG_REACH = 3
# A purpose word may stand this many words after its marker ("til brug ved eventuelle klager").
PURPOSE_REACH = 4
# Subject pronouns that, after a finite modal, start a main clause ("..., kan vi ikke hjælpe").
_PRONOUNS = frozenset({"vi", "jeg", "du", "i", "dere", "de", "man", "eg", "me", "dokker"})
_FINITE = frozenset({"kan", "maa", "skal", "faar", "vil", "er", "bliver", "blir", "vert", "har", "saa"})
_QUESTION_WORDS = frozenset({"hvem", "hvad", "hvor", "hvorfor", "hvordan", "hvornaar", "hva", "kven",
                             "kva", "kor", "kvifor", "korleis", "naar", "hvilken", "hvilke"})
_SELF = frozenset({"jeg", "eg", "mig", "meg", "mit", "mitt", "min", "mine"})
# "Okay" and its spellings: a word that accepts, though the banks list it with the verbs that ask
# ("Okay med dig?" asks as "Passer det dig?" does).
OK_WORDS = frozenset({"okay", "ok", "okei"})
_POSITIVE = frozenset({"gerne", "gjerne", "fint", "greit", "greitt"}) | OK_WORDS
_IMPROVE = frozenset({"bedre", "bedst", "best", "hurtigere", "raskere", "betre"})
# Verbs that, between a "not" and the recording, make the sentence about something done to the
# recording, not about the recording itself.
_OTHER_ACTS = ("use_verbs", "stop_order", "stop_result", "keep_verbs")
_INFORM = ("oplys", "informer", "fortael", "orienter", "gjoer oppmerksom", "goer opmaerksom")


@dataclass(frozen=True)
class Reading:
    """What a sentence means, from which of its words (indices into `words(text)`)."""

    kind: str
    first: int
    last: int
    parts: tuple[str, ...]  # the words that made the reading, in order

    @property
    def phrase(self) -> str:
        """The words that made the reading, for the evidence ("stop … optagelsen")."""
        return " … ".join(self.parts)


@dataclass(frozen=True)
class Sentence:
    """A sentence's folded words and the clause each word stands in."""

    text: str
    toks: tuple[str, ...]
    clause: tuple[int, ...]
    question: bool

    def clause_of(self, i: int) -> Span:
        """The word range of the clause that holds word i."""
        c = self.clause[i]
        lo = i
        while lo > 0 and self.clause[lo - 1] == c:
            lo -= 1
        hi = i
        while hi < len(self.toks) and self.clause[hi] == c:
            hi += 1
        return lo, hi


def sentence(text: str, bank: PhraseBank | None = None) -> Sentence:
    """Words and clauses of a sentence (punctuation marks the clause boundaries); with a bank, its
    language's spoken forms are read as the written words ("æ ka' godt" as "jeg kan godt")."""
    spans = word_spans(text, bank.spoken if bank is not None else None)
    clause, c = [], 0
    for broke in clause_breaks(text, spans):
        c += broke
        clause.append(c)
    return Sentence(text, tuple(w for w, _, _ in spans), tuple(clause), "?" in text)


# --- finding the parts ------------------------------------------------------------------------

def word_matches(word: str, pat: str, tolerant: bool = True) -> bool:
    """A folded word against an entry's word: exact, a stem ("optag*"), or contained ("*træning*").

    Tolerance is small: a stem of five letters or more allows one slip after its first letter;
    other words must match exactly ("fortsatt" is not "forutsatt"). `tolerant=False`: no slip.
    """
    if len(pat) > 2 and pat[0] == "*" and pat[-1] == "*":
        return pat[1:-1] in word
    if pat.endswith("*"):
        stem = pat[:-1]
        if word.startswith(stem):
            return True
        return (tolerant and len(stem) >= 5 and len(word) >= len(stem) and word[0] == stem[0]
                and fuzz.ratio(word[: len(stem)], stem) >= 85)
    return word == pat


# Particles the recogniser splits off the front of a recording word ("op taget", "op tager").
_SPLIT_PARTICLES = frozenset({"op"})


def _match_at(toks: tuple[str, ...], j: int, entry: tuple[str, ...], k: int, hi: int, tolerant: bool = True,
              free: frozenset[str] = frozenset()) -> int:
    """The end of `entry[k:]` matched from word j, or -1. A gap ("~") holds up to GAP_WORDS
    words, not counting the `free` ones (hesitations and fillers: "jeg trækker øh altså mit ja til
    optagelsen tilbage" has the same four-word gap as without them)."""
    if k == len(entry):
        return j
    pat = entry[k]
    if pat == "~":
        counted, at = 0, j
        while at <= hi and counted <= GAP_WORDS:
            end = _match_at(toks, at, entry, k + 1, hi, tolerant, free)
            if end >= 0:
                return end
            if at < hi and toks[at] not in free:
                counted += 1
            at += 1
        return -1
    if j < hi and word_matches(toks[j], pat, tolerant):
        return _match_at(toks, j + 1, entry, k + 1, hi, tolerant, free)
    # A word the recogniser split in two ("op tagelsen"); after the particle "op" a stem of five
    # letters is enough ("op taget" is "optaget": "op" never stands before "tag…" as a word of its own).
    if (len(entry) == 1 and j + 1 < hi and (len(pat.strip("*")) >= 6 or (
            toks[j] in _SPLIT_PARTICLES and len(pat.strip("*")) >= 5))
            and word_matches(toks[j] + toks[j + 1], pat, tolerant)):
        return j + 2
    return -1


@lru_cache(maxsize=8)
def _free_words(language: str) -> frozenset[str]:
    """Words a gap in a phrase does not count: hesitations and words that only fill."""
    bank = load_bank(language)
    return frozenset(bank.fillers) | frozenset(e[0] for e in bank.parts["transparent"] if len(e) == 1)


@lru_cache(maxsize=65536)
def _find(language: str, part: str, toks: tuple[str, ...], tolerant: bool = True) -> tuple[Span, ...]:
    bank = load_bank(language)
    entries = bank.parts[part]
    free = _free_words(language)
    out: list[Span] = []
    for i in range(len(toks)):
        best = -1
        for entry in entries:
            best = max(best, _match_at(toks, i, entry, 0, len(toks), tolerant, free))
        if best > i:
            out.append((i, best))
    return tuple(out)


def find(toks: tuple[str, ...], bank: PhraseBank, part: str, lo: int = 0, hi: int | None = None) -> list[Span]:
    """Every place a word class occurs in words [lo, hi): (first word, after last word)."""
    hi = len(toks) if hi is None else min(hi, len(toks))
    return [(a, b) for a, b in _find(bank.language, part, toks[:hi]) if a >= lo]


def has(toks: tuple[str, ...], bank: PhraseBank, part: str, lo: int = 0, hi: int | None = None) -> Span | None:
    """The first place a word class occurs in words [lo, hi), or None."""
    found = find(toks, bank, part, lo, hi)
    return found[0] if found else None


def _negated(toks: tuple[str, ...], bank: PhraseBank, lo: int, hi: int) -> int | None:
    return next((i for i in range(max(lo, 0), min(hi, len(toks))) if toks[i] in bank.negations), None)


def _topic(s: Sentence, bank: PhraseBank, lo: int = 0, hi: int | None = None) -> Span | None:
    """The recording (or consent to it) named in words [lo, hi); not a compound whose head is
    another noun ("optagelsesprøven", "opptaksprøva": the admission test)."""
    for part in ("recording", "consent"):
        for a, b in find(s.toks, bank, part, lo, hi):
            if not (b - a == 1 and compound_of_other(s.toks[a], bank)):
                return (a, b)
    return None


# A compound's first element must leave at least this many letters for its head ("optagelses|prøve").
COMPOUND_HEAD_MIN = 3


def compound_of_other(word: str, bank: PhraseBank) -> bool:
    """The word opens with the recording as the first element of a compound (the bank's stems
    with their linking "s": "optagelses-", "opptaks-") and goes on to another noun, its head."""
    return any(len(stem) == 1 and word.startswith(stem[0]) and len(word) >= len(stem[0]) + COMPOUND_HEAD_MIN
               for stem in bank.parts["rec_compound_stems"])


def _words(s: Sentence, *spans: Span | None) -> tuple[str, ...]:
    return tuple(" ".join(s.toks[a:b]) for a, b in sorted(x for x in spans if x))


def _reading(kind: str, s: Sentence, *spans: Span | None) -> Reading:
    real = [x for x in spans if x]
    return Reading(kind, min(a for a, _ in real), max(b for _, b in real), _words(s, *real))


# --- coercion ---------------------------------------------------------------------------------

def _neg_service(s: Sentence, bank: PhraseBank, lo: int, hi: int) -> Span | None:
    """A refused service ("kan vi ikke hjælpe", "får vi ikke behandlet") or an impossibility, or
    the caller sent elsewhere ("må du ringe en anden gang"), in words [lo, hi)."""
    for a, b in find(s.toks, bank, "service", lo, hi):
        c_lo, c_hi = s.clause_of(a)
        neg = _negated(s.toks, bank, max(lo, c_lo, a - NEG_REACH), min(hi, c_hi, b + NEG_REACH))
        if neg is not None and not any(t in _IMPROVE for t in s.toks[b : b + 3]):
            return (min(a, neg), max(b, neg + 1))
    return has(s.toks, bank, "impossible", lo, hi) or has(s.toks, bank, "alternative", lo, hi) or _penalty(
        s, bank, lo, hi)


def _penalty(s: Sentence, bank: PhraseBank, lo: int, hi: int) -> Span | None:
    """A downside put on the caller instead of a refused service ("kommer du bagerst i køen",
    "mister du din plads", "må du vente lenger", "et gebyr"): no real downside may follow a no
    (DOMAIN.md: voluntary). Not when it is denied ("du mister ikke din plads i køen")."""
    for a, b in find(s.toks, bank, "penalty", lo, hi):
        c_lo, c_hi = s.clause_of(a)
        if _negated(s.toks, bank, max(lo, c_lo), min(c_hi, b + NEG_REACH)) is None:
            return (a, b)
    return None


_OBLIGE = (("maa", "du"), ("maa", "dere"), ("maa", "i"), ("maa", "de"), ("skal", "du"), ("maa", "me"))


def _obliged(s: Sentence, bank: PhraseBank, lo: int) -> Span | None:
    """The main clause after a refusal puts a duty on the caller instead of help ("..., må du
    ringe en anden dag", "..., må du henvende deg skriftlig"); "må du gerne sige til" and "må du
    si fra" are an offer and a way to object, not a duty."""
    toks = s.toks
    at = next((k for k in range(lo, min(len(toks) - 1, lo + 3)) if (toks[k], toks[k + 1]) in _OBLIGE), None)
    if at is None or any(t in ("gerne", "gjerne", "bare", "berre") for t in toks[at + 2 : at + 4]):
        return None
    if any(has(toks, bank, part, at + 2) for part in ("tell_verbs", "info_heads", "refuse_verbs")):
        return None
    return (at, at + 2)


# A main clause that refuses something, whatever the service is called: "kan jeg desværre ikke
# oprette sagen", "kan vi ikkje gå vidare". Its modal, then a "not" within a few words.
_REFUSING_MODALS = frozenset({"kan", "kunne", "faar", "fikk", "vil"})


def _neg_main(s: Sentence, bank: PhraseBank, lo: int) -> Span | None:
    """The main clause that begins at word `lo` (after a refusing if-clause or "uden optagelse")
    refuses: a modal verb among its first words and a "not" right after it, and the clause is not
    about the recording itself ("..., optager vi ikke", "..., kan vi ikke optage"): a refusal of
    an unnamed service (coercion worded as a consequence, DOMAIN.md), read as coercion rather than
    let the call pass."""
    toks = s.toks
    if lo >= len(toks):
        return None
    c_lo, c_hi = s.clause_of(lo)
    c_hi = max(c_hi, lo + 1)
    at = next((k for k in range(lo, min(c_hi, lo + 3)) if toks[k] in _REFUSING_MODALS), None)
    if at is None:
        return None
    neg = _negated(toks, bank, at + 1, min(c_hi, at + 4))
    if neg is None or _topic(s, bank, lo, c_hi) or has(toks, bank, "tell_verbs", lo, c_hi):
        return None
    return (at, neg + 1)


def _we_refuse_otherwise(s: Sentence, bank: PhraseBank, a: int, b: int) -> Span | None:
    """After "ellers" (words [a, b)), we refuse something unnamed ("elles kan eg ikkje sjå på
    fakturaen din"): we or I, a refusing modal and a "not" (`_neg_main`). Not after a way to tell
    us ("Sig til, ellers kan jeg ikke vide det"), nor when "you" cannot ("ellers kan du ikke ...")."""
    if has(s.toks, bank, "tell_verbs", 0, a) or not set(s.toks[b : b + 3]) & _FIRST_PERSON:
        return None
    return _neg_main(s, bank, b)


# "vi kan ikke tage det uden optagelse": the refusing modal stands this many words before "uden".
REFUSED_BEFORE_REACH = 6


def _refused_before(s: Sentence, bank: PhraseBank, at: int) -> Span | None:
    """A refusal of an unnamed service right before "uden" / "uten" at word `at`: we, a refusing
    modal and a "not" ("vi kan ikke tage det uden optagelse", "vi får ikkje gjort det utan
    opptak"), with no recording between (not "vi kan ikke starte optagelsen uden dit ja")."""
    toks = s.toks
    for k in range(max(0, at - REFUSED_BEFORE_REACH), at):
        if toks[k] not in _REFUSING_MODALS or not any(t in _FIRST_PERSON for t in toks[max(0, k - 1) : k + 2]):
            continue
        neg = _negated(toks, bank, k + 1, min(at, k + 4))
        if neg is not None and _topic(s, bank, k, at) is None:
            return (k, neg + 1)
    return None


def _refused_in_that(s: Sentence, bank: PhraseBank, at: int) -> Span | None:
    """A refusal in a that-clause's word order right before "medmindre" / "med mindre" at word
    `at`: we, a "not", then a refusing modal ("..., at me ikkje kan opprette avtalen med mindre
    ...", "at vi ikke kan oprette sagen, medmindre ..."), with no recording between."""
    toks = s.toks
    for k in range(max(0, at - REFUSED_BEFORE_REACH), at - 2):
        if (toks[k] in _FIRST_PERSON and _negated(toks, bank, k + 1, k + 2) is not None
                and toks[k + 2] in _REFUSING_MODALS and _topic(s, bank, k, at) is None):
            return (k, k + 3)
    return None


def _clause_end(s: Sentence, i: int) -> int:
    """Where the clause that holds word i ends (the next clause begins): "Uden at vi optager
    samtalen, | får vi ikke ..."."""
    return s.clause_of(i)[1]


def _condition_clause(s: Sentence, start: int, after: int) -> Span:
    """The subordinate clause that a condition word at `start` opens: to the comma, or to where
    the main clause begins ("hvis du ikke vil optages kan vi ikke ...": at "kan vi")."""
    _, c_hi = s.clause_of(start)
    for k in range(after + 1, c_hi):
        if s.toks[k] == "saa" or (s.toks[k] in _FINITE and k + 1 < c_hi and s.toks[k + 1] in _PRONOUNS):
            return start, k
    # "Ønsker du ikke, at samtalen optages, så ...": the that-clause after the comma is the
    # condition's object, still inside the condition.
    if c_hi < len(s.toks) and s.toks[c_hi] in ("at", "aa") and s.clause[c_hi] != s.clause[c_hi - 1]:
        _, that_hi = s.clause_of(c_hi)
        for k in range(c_hi + 1, that_hi):
            if s.toks[k] == "saa" or (s.toks[k] in _FINITE and k + 1 < that_hi and s.toks[k + 1] in _PRONOUNS):
                return start, k
        return start, that_hi
    return start, c_hi


def _relative(toks: tuple[str, ...], lo: int) -> Span | None:
    """A relative or when-clause that restricts ("kun sager, hvor samtalen optages")."""
    return next(((i, i + 1) for i in range(lo, len(toks)) if toks[i] in _RESTRICTIVE), None)


# A service named as the subject of the clause that holds "only" ("rådgivning over telefonen kun
# kan ske, når ..."): within this many words before it, in the same clause.
ONLY_SUBJECT_REACH = 4
# The caller's errand named as such: the service it stands for.
_ERRAND = frozenset({"sag", "sagen", "sak", "saken", "saka", "henvendelse", "henvendelsen", "henvendinga",
                     "aerinde", "aerindet", "aerend", "aerendet", "erend", "erendet"})


# The recording may stand this many words after a word of requirement: "Det er en forudsætning
# for at jeg kan hjælpe dig, at du accepterer optagelsen" (the service between them).
REQUIRE_REACH = 11


def coercion(s: Sentence, bank: PhraseBank, *, context: bool) -> Reading | None:
    """A sentence that makes help depend on consent to the recording (DOMAIN.md: not voluntary).

    `context`: the recording was spoken of just before (so "ellers ..." can point back to it).
    """
    toks, n = s.toks, len(s.toks)
    # "..., ellers kan vi ikke hjælpe dig" / "Ellers får vi ikke behandlet saken."
    for a, b in find(toks, bank, "otherwise"):
        at_clause_start = s.clause_of(a)[0] == a or (a > 0 and toks[a - 1] in ("men", "for", "og"))
        # ... or an unnamed service refused ("elles kan eg ikkje sjå på fakturaen din")
        consequence = _neg_service(s, bank, b, n) or _we_refuse_otherwise(s, bank, a, b)
        if at_clause_start and consequence and (context or _topic(s, bank, 0, a)):
            return _reading("coercion", s, (a, b), consequence)
    # "Sager kan kun oprettes med optagelse, ellers må du skrive til os."
    only_else = _only_recorded_else(s, bank)
    if only_else is not None:
        return only_else
    # "Uden optagelse kan vi ikke tage sagen."
    for a, b in find(toks, bank, "without"):
        topic = _topic(s, bank, b, min(n, b + 5))
        consequence = (_neg_service(s, bank, topic[1], n) or _neg_service(s, bank, 0, a)
                       or _neg_main(s, bank, topic[1]) or _neg_main(s, bank, _clause_end(s, topic[1] - 1))
                       or _refused_before(s, bank, a)) if topic else None
        if topic and consequence:  # ... or "det er ikke muligt at få hjælp uden optagelse"
            return _reading("coercion", s, (a, b), topic, consequence)
    # "Hvis du ikke vil tas opp, må du ringe en annen gang." / "Har du noget imod optagelsen, kan
    # vi ikke hjælpe dig." (an objection to the recording in the condition refuses like a "not").
    conds = [(a, b, *_condition_clause(s, a, b)) for a, b in find(toks, bank, "condition")]
    # A condition without "if" to anyone: "Siger du nej, ...", "Får vi ikke ta opp samtalen, ..."
    first = verb_first_you(s, subjects=_PRONOUNS)
    if first is not None:
        conds.append((0, 1, 0, first))
    for a, b, c_lo, c_hi in conds:
        topic = _topic(s, bank, c_lo, c_hi)
        refuses = (topic and (_negated(toks, bank, a, c_hi) is not None or _objects(s, bank, a, c_hi))) or has(
            toks, bank, "refuse_verbs", a, c_hi)
        if not refuses:
            continue
        consequence = (_neg_service(s, bank, c_hi, n) or _neg_service(s, bank, 0, c_lo) or _obliged(s, bank, c_hi)
                       or _neg_main(s, bank, c_hi))
        if consequence:
            return _reading("coercion", s, (a, b), topic or has(toks, bank, "refuse_verbs", b, c_hi), consequence)
    # "Vi kan kun hjælpe dig, hvis vi må optage." / "Kun hvis samtalen optages, kan vi hjælpe."
    for a, b in find(toks, bank, "only"):
        # the service before "only" may be the clause's subject: "rådgivning sker kun, når ..."
        service = has(toks, bank, "service", max(s.clause_of(a)[0], a - ONLY_SUBJECT_REACH), min(n, b + 3))
        # ... or the caller's errand itself ("Saken din kan kun behandles på telefon, hvis ..."):
        # whatever is done with the errand only if we record ties the errand to the recording.
        # (not when the clause itself speaks of recording: "saken kan bare tas opp, hvis ...")
        cond = has(toks, bank, "condition", b, n) or _relative(toks, b)
        if service is None and cond and _topic(s, bank, s.clause_of(a)[0], cond[0]) is None:
            service = next(((i, i + 1) for i in range(max(s.clause_of(a)[0], a - ONLY_SUBJECT_REACH), a)
                            if toks[i] in _ERRAND), None)
        if cond and (service or cond[0] == b):
            c_lo, c_hi = _condition_clause(s, cond[0], cond[1])
            topic = _topic(s, bank, c_lo, c_hi)
            service = service or has(toks, bank, "service", c_hi, n)
            if topic and service and _negated(toks, bank, c_lo, c_hi) is None:
                return _reading("coercion", s, (a, b), service, topic)
        if b < n and toks[b] in ("med", "ved") and _topic(s, bank, b, min(n, b + 3)):
            service = has(toks, bank, "service", b, n)
            if service:
                return _reading("coercion", s, (a, b), _topic(s, bank, b, min(n, b + 3)), service)
        only_if = _only_if_recorded(s, bank, a, b)
        if only_if is not None:
            return _reading("coercion", s, (a, b), only_if)
    # "Ingen optagelse, ingen sag." (no recording, no service: a slogan that ties them)
    slogan = _no_x_no_y(s, bank)
    if slogan is not None:
        return slogan
    # "Vi kan ikke hjælpe dig, medmindre vi må optage samtalen."
    for a, b in find(toks, bank, "unless"):
        topic = _topic(s, bank, b, n)
        consequence = (_neg_service(s, bank, 0, a) or _refused_before(s, bank, a) or _refused_in_that(s, bank, a)
                       or _we_not_able_before(s, bank, a))
        if topic and consequence:
            return _reading("coercion", s, consequence, (a, b), topic)
    # "Optagelse er et krav." / "Du skal acceptere optagelsen for at vi kan hjælpe dig."
    for a, b in find(toks, bank, "require_strong"):
        if _negated(toks, bank, max(0, a - 2), a) is not None and _negated(toks, bank, a, b) is None:
            continue  # "optagelse er ikke et krav"
        # "Det er en forutsetning for hjelp at vi tar opp samtalen."
        topic = _topic(s, bank, max(0, a - 5), min(n, b + REQUIRE_REACH))
        if topic and not any(t.startswith(_INFORM) for t in toks[min(a, topic[0]) : max(b, topic[1])]):
            return _reading("coercion", s, (a, b), topic)
    if not s.question:
        for a, b in find(toks, bank, "require_weak"):
            goal = _goal_needs_yes(s, bank, a, b)
            if goal is not None:
                return _reading("coercion", s, goal, (a, b))
            if b < n and toks[b] in _PRONOUNS and (a == 0 or s.clause_of(a)[0] == a):
                continue  # "må vi optage ...?" asks
            topic = _topic(s, bank, b, min(n, b + 4))
            wanted = _accept_if_you_want(s, bank, a, b, topic) if topic else None
            if wanted is not None:
                return _reading("coercion", s, (a, b), topic, wanted)
            needed = _needed_to_help(s, bank, a, b, topic) if topic else None
            if needed is not None:
                return _reading("coercion", s, (a, b), topic, needed)
            so = has(toks, bank, "so_that", topic[1], n) if topic else None
            service = has(toks, bank, "service", so[1], min(n, so[1] + 4)) if so else None
            if service and not any(t in _IMPROVE for t in toks[service[1] : service[1] + 3]):
                return _reading("coercion", s, (a, b), topic, so, service)
    # "Du kan ikke fravælge optagelsen." / "Det er ikke mulig å reservere seg."
    for a, b in find(toks, bank, "refuse_verbs"):
        c_lo, _ = s.clause_of(a)
        neg = _negated(toks, bank, max(c_lo, a - 4), a)
        if neg is None or has(toks, bank, "condition", c_lo, a) or has(toks, bank, "hypothetical", c_lo, a):
            continue
        # "Du kan ikke fravælge optagelsen." / "Opptaket kan ikke velges bort."
        if (any(t in ("du", "man", "det") for t in toks[c_lo:a]) and (context or _topic(s, bank))) or _topic(
                s, bank, c_lo, neg):
            return _reading("coercion", s, (neg, neg + 1), (a, b))
    return None


def _only_recorded_else(s: Sentence, bank: PhraseBank) -> Reading | None:
    """A service limited to recording, then "ellers" / "elles" and a duty or a refusal: "sager
    kan kun behandles med optagelse, og ellers må du skrive til os", "saka kan berre gå vidare med
    opptak, elles må du møte opp" (round 29; DOMAIN.md: any tie between the service and the
    consent). "Only" with "med" / "ved" and the recording after it within a few words, all before
    "ellers". Not when what is limited is not tied to the recording ("kun med dit kundenummer,
    ellers må du ...") nor when "ellers" offers ("ellers må du gerne ...", `_obliged`)."""
    toks = s.toks
    for a, b in find(toks, bank, "otherwise"):
        consequence = _obliged(s, bank, b) or _neg_service(s, bank, b, len(toks))
        if consequence is None:
            continue
        for o_a, o_b in find(toks, bank, "only", 0, a):
            with_ = next((k for k in range(o_b, min(a, o_b + 4)) if toks[k] in ("med", "ved")), None)
            topic = _topic(s, bank, with_ + 1, min(a, with_ + 4)) if with_ is not None else None
            if topic and not takes_up_other(s, bank, topic) and _negated(toks, bank, o_a, a) is None:
                return _reading("coercion", s, (o_a, o_b), topic, (a, b), consequence)
    return None


def _we_not_able_before(s: Sentence, bank: PhraseBank, at: int) -> Span | None:
    """In a that-clause's order, we, a "not", then a refusing modal right before "med mindre" /
    "medmindre" at word `at`: "..., at vi ikke kan se på sagen, medmindre samtalen optages"
    (round 29). The refused thing must not be the recording itself ("at vi ikke kan optage,
    medmindre du siger ja")."""
    toks = s.toks
    for k in range(max(0, at - REFUSED_BEFORE_REACH - 1), at - 2):
        if toks[k] in _FIRST_PERSON and toks[k + 1] in bank.negations and toks[k + 2] in _REFUSING_MODALS:
            if _topic(s, bank, k, at) is None:
                return (k, k + 3)
    return None


def _goal_needs_yes(s: Sentence, bank: PhraseBank, a: int, b: int) -> Span | None:
    """The caller's goal made to depend on their yes to the recording: "For at deltage i
    lodtrækningen skal du acceptere, at vi optager." / "For å få tilbudet må du godta opptak."
    A "for at" / "for å" clause opens the sentence, then the duty word (words [a, b)) with "you",
    a verb of consenting right after, and the recording as its object; no "not". Any tie between
    what the caller wants and the consent is coercion (DOMAIN.md). "For at trække dit samtykke
    tilbage, skal du sige stop" names no consent after the duty; a key-press prompt ("For at
    acceptere optagelsen skal du trykke 1") neither."""
    toks, n = s.toks, len(s.toks)
    if toks[:2] not in (("for", "at"), ("for", "aa")) or a < 2 or b >= n or toks[b] not in _YOU_ALL:
        return None
    agree = has(toks, bank, "consent", b + 1, min(n, b + 3))
    if agree is None or agree[0] != b + 1 or _negated(toks, bank, a, agree[1]) is not None:
        return None
    return (0, 2) if has(toks, bank, "recording", agree[1], n) else None


# The if-clause that names the help stands this many words after the recording.
NEEDED_REACH = 3


def _needed_to_help(s: Sentence, bank: PhraseBank, a: int, b: int, topic: Span) -> Span | None:
    """We say we must record if we are to help the caller: "Vi er nødt til at optage, hvis jeg
    skal kunne hjælpe dig", "me må ta opp samtalen om eg skal få ordna saka di" (DOMAIN.md: any
    tie between the service and the consent is coercion, however politely said). The duty word
    (words [a, b)) in a main clause with "we" or "I" before it, the recording right after, then an
    if-clause, not negated, that names a service done for the caller ("you", "your")."""
    toks, n = s.toks, len(s.toks)
    c_lo, _ = s.clause_of(a)
    head = toks[c_lo:a]
    if not set(head) & _FIRST_PERSON or set(head) & _IF or has(toks, bank, "condition", c_lo, a):
        return None
    cond = next(((x, y) for x, y in find(toks, bank, "condition", topic[1], min(n, topic[1] + NEEDED_REACH + 2))
                 if toks[x] in _IF), None)
    if cond is None:
        return None
    i_lo, i_hi = s.clause_of(cond[0])
    i_hi = max(i_hi, cond[1])
    service = has(toks, bank, "service", cond[1], i_hi)
    if service is None or any(t in _IMPROVE for t in toks[service[1] : service[1] + 3]):
        return None
    if _negated(toks, bank, cond[0], i_hi) is not None or _topic(s, bank, cond[1], i_hi):
        return None
    if not set(toks[cond[1] : i_hi]) & (_TO_YOU | _POSSESSIVE | {"du"}):
        return None
    return (cond[0], service[1])


# "we" before "only" and a modal next to it: "vi kan kun ...", "vi bare kan ...", "kan vi kun ..."
_ONLY_MODALS = frozenset({"kan", "kunne", "faar", "fikk"})
# The if-clause of "we can only ... if ..." starts within this many words after "only".
ONLY_IF_REACH = 6


def _only_if_recorded(s: Sentence, bank: PhraseBank, a: int, b: int) -> Span | None:
    """We can do something for the caller only if the call is recorded: "vi kan kun oprette
    kontoen, hvis samtalen optages", "loven gjør at vi bare kan åpne kontoen hvis samtalen blir
    tatt opp" (DOMAIN.md: any tie between the service and the consent is coercion). "Only"
    (words [a, b)) with "we" and a modal next to it, an action that is not the recording itself
    and has no "not", then an if-clause, not negated, that names the recording. Not "vi kan
    kun hjælpe i dag, hvis du har dit kundenummer" (the condition is something else)."""
    toks, n = s.toks, len(s.toks)
    if not set(toks[max(0, a - 3) : b + 1]) & _FIRST_PERSON or not set(toks[max(0, a - 2) : b + 2]) & _ONLY_MODALS:
        return None
    for k in range(b + 2, min(n, b + ONLY_IF_REACH + 1)):  # a verb, at least, between "only" and "if"
        if toks[k] not in _IF | {"naar"} or (toks[k] == "om" and not _opens_if_clause(s, k)):
            continue  # "vi kan kun lave aftaler om huslejen, hvis ...": that "om" is "about"
        if _topic(s, bank, b, k) or _negated(toks, bank, max(0, a - 3), k) is not None:
            return None
        c_lo, c_hi = _condition_clause(s, k, k + 1)
        topic = _topic(s, bank, k + 1, c_hi)
        if topic is None or _negated(toks, bank, c_lo, c_hi) is not None or takes_up_other(s, bank, topic):
            return None
        if topic[1] < n and toks[topic[1]] in _INDEFINITE:
            return None
        return (k, topic[1])
    return None


def _opens_if_clause(s: Sentence, k: int) -> bool:
    """Word k, "om", opens an if-clause: at a clause's start, or with a subject after it ("om vi",
    "om samtalen bliver ..."), not a preposition before its object ("aftaler om huslejen,")."""
    toks = s.toks
    lo, hi = s.clause_of(k)
    if k == lo or (k + 1 < len(toks) and toks[k + 1] in _PRONOUNS):
        return True
    # "om samtalen bliver optaget": a verb follows its subject within the clause
    return any(t in _FINITE for t in toks[k + 2 : min(hi, k + 4)])


# "ingen"/"intet": the no that opens each half of "ingen optagelse, ingen sag".
_NO_WORDS = frozenset({"ingen", "intet", "inget", "inga", "ikkje", "ikke"})
# What the second half may deny besides the bank's services and the caller's errand.
_SERVICE_NOUNS = frozenset({"konto", "kontoen", "svar", "aftale", "avtale", "hjaelp", "hjelp", "raadgivning",
                            "raadgiving", "behandling", "sagsbehandling", "saksbehandling", "service"})


def _no_x_no_y(s: Sentence, bank: PhraseBank) -> Reading | None:
    """A slogan that ties the service to the recording: "ingen optagelse, ingen sag", "ikke noe
    opptak, ingen hjelp" (DOMAIN.md: coercion is any such tie). "No" right before the recording,
    the recording ending its clause ("ingen optagelse af dine kortoplysninger" names what is not
    recorded), then in the next clause "no" right before a service or the errand."""
    toks, n = s.toks, len(s.toks)
    for a in range(n):
        if toks[a] not in _NO_WORDS or (toks[a] in ("ikke", "ikkje") and toks[a + 1 : a + 2] != ("noe",)):
            continue
        start = a + 2 if toks[a] in ("ikke", "ikkje") else a + 1
        topic = _topic(s, bank, start, min(n, start + 1))
        if topic is None or topic[1] != s.clause_of(a)[1] or topic[1] >= n:
            continue
        _, next_hi = s.clause_of(topic[1])
        k = topic[1]
        if toks[k] not in _NO_WORDS - {"ikke", "ikkje"} or k + 1 >= next_hi:
            continue
        if toks[k + 1] in _SERVICE_NOUNS | _ERRAND or has(toks, bank, "service", k + 1, k + 2):
            return _reading("coercion", s, (a, topic[1]), (k, k + 2))
    return None


# --- withdrawal -------------------------------------------------------------------------------

# Words of accepting that a duty may put on the caller ("du må si ja til opptaket").
_ACCEPTING = frozenset({"ja", "acceptere", "akseptere", "godta", "godkende", "godkjenne", "samtykke", "samtykkje"})
_WANTS = frozenset({"vil", "ville", "oensker", "onsker", "oenskjer", "ynskjer", "skal"})


def _accept_if_you_want(s: Sentence, bank: PhraseBank, a: int, b: int, topic: Span) -> Span | None:
    """A duty to accept the recording, on condition that the caller wants something else: "Du må
    si ja til opptaket om du vil ha svar i dag", "Du skal acceptere optagelsen, hvis du vil have
    hjælp" (DOMAIN.md: a tie between the service and the consent). Not "du må gerne ...", not with
    a "not", and not when what is wanted is the recording itself."""
    toks, n = s.toks, len(s.toks)
    if not set(toks[max(0, a - 1) : b + 1]) & _YOU_ALL or set(toks[b : b + 2]) & _PLEASE:
        return None
    if not set(toks[b : topic[0]]) & _ACCEPTING or _negated(toks, bank, max(0, a - 1), topic[0]) is not None:
        return None
    cond = has(toks, bank, "condition", topic[1], n)
    if cond is None or cond[0] > topic[1] + 2:
        return None
    c_lo, c_hi = _condition_clause(s, cond[0], cond[1])
    wants = next((k for k in range(c_lo, c_hi) if toks[k] in _WANTS), None)
    if wants is None or wants + 1 >= c_hi:
        return None  # "om du vil" alone wants nothing named
    if _topic(s, bank, c_lo, c_hi) or _negated(toks, bank, c_lo, c_hi) is not None:
        return None
    return (cond[0], min(c_hi, wants + 3))


def _tells_you(s: Sentence, bank: PhraseBank, lo: int, hi: int) -> bool:
    """Words [lo, hi) tell the caller what they can do ("du kan altid bede mig ..."); "Kan du
    (ikke) slukke for den?" put as a question from the clause's start asks for it instead (not
    "kan du bede mig/os ...", which still tells how)."""
    asks = s.question and not set(s.toks[lo:hi]) & _ME_US
    return any(not (asks and x == lo and s.toks[x] == "kan") for x, _ in find(s.toks, bank, "info_heads", lo, hi))


_ME_US = frozenset({"mig", "meg", "os", "oss"})


def _asks(s: Sentence) -> bool:
    """A question or a polite request ("kan I ikke slukke for optagelsen?")."""
    return s.question or (len(s.toks) > 1 and s.toks[0] in _FINITE and s.toks[1] in _PRONOUNS)


# Verbs that, put before "you" and a "not", ask politely for something ("gider I ikke ...", "kan
# du ikke ...", "vil dere ikke ..."): the "not" belongs to the asking, not to the act asked for.
_POLITE_ASK = frozenset({"gider", "gidder", "gad", "kan", "kunne", "vil", "ville"})


def _polite_ask(s: Sentence, c_lo: int) -> bool:
    """The clause at word `c_lo` opens with a polite request heard without its question mark:
    a verb that asks, "you", then "not" ("forresten, gider I ikke lade være med at optage")."""
    toks = s.toks
    return (c_lo + 2 < len(toks) and toks[c_lo] in _POLITE_ASK and toks[c_lo + 1] in _YOU_ALL
            and toks[c_lo + 2] in ("ikke", "ikkje", "ik", "itj"))


def _only_fillers(s: Sentence, bank: PhraseBank, lo: int, hi: int, used: list[Span | None]) -> bool:
    """True when every word of [lo, hi) is one of the reading's parts or a filler word."""
    covered: set[int] = set()
    for span in used:
        if span:
            covered.update(range(*span))
    for part in ("join_words", "reference", "clause_fillers"):
        for a, b in find(s.toks, bank, part, lo, hi):
            covered.update(range(a, b))
    return all(i in covered for i in range(lo, hi))


_FRONTED_MODALS = frozenset({"maa", "kan", "skal", "faar"})
# "jeg vil (altså) ikke have, at ...": the comma and its that-clause within this many words of the want.
THAT_OBJECT_REACH = 4
# An indefinite object after a recording verb ("optage et lån", "ta opp en sak") is not the call.
_INDEFINITE = frozenset({"en", "et", "ei", "eit", "ein", "nogle", "noen", "nokre"})
_YOU_ALL = frozenset({"i", "du", "dere", "de", "dykk", "dokker"})
_PLEASE = frozenset({"godt", "gerne", "gjerne", "bare", "berre", "venligst", "nu", "naa", "no"})


def _named_before(s: Sentence, bank: PhraseBank, c_lo: int) -> bool:
    """The recording is named in an earlier clause of the same sentence, so a "det" in this clause
    points back to it ("Det med optagelsen, den kan I godt slette"): the sentence is its own context."""
    return c_lo > 0 and has(s.toks, bank, "recording", 0, c_lo) is not None


# Words that may stand around an order not to record, besides fillers: a no before it ("nej, ikke
# optag"), a please or thanks ("ikkje ta opp, takk"), "me" or "any more" after the verb.
_ORDER_SOFT = frozenset({"nej", "nei", "tak", "takk", "venligst", "vennligst", "bare", "berre", "helst", "saa",
                         "da", "nu", "naa", "no", "mere", "meir", "mer", "laengere", "lenger", "lengre", "mig",
                         "meg", "overhovedet", "overhodet", "altsaa", "jo", "please", "nok", "heller"})


def order_not_to_record(s: Sentence, bank: PhraseBank) -> Reading | None:
    """An order not to record, given without a subject: "ikke optag mig", "nej nej, ikke ta opp,
    takk", "ikkje ta opp dette". The "not" opens its clause (after a no, fillers or a please), the
    recording verb in the form one orders with follows it, and after the verb only the call, a
    word pointing back, "me" or a please, up to a new subject ("nej, ikke optag, jeg ringer om
    ..."). Not a question ("ikke optage?" checks what was asked); "ikke tag et lån op" and "ikke
    ta opp saken" take up something else. A statement ("vi optager ikke") has its subject first."""
    if s.question:
        return None
    toks, n = s.toks, len(s.toks)
    for a, b in find(toks, bank, "rec_orders"):
        neg = next((i for i in range(a - 1, max(-1, a - 3), -1) if toks[i] in bank.negations), None)
        if neg is None or any(toks[i] not in _ORDER_SOFT for i in range(neg + 1, a)):
            continue
        if s.clause[neg] != s.clause[a]:
            continue  # "nej, overhovedet ikke, optag bare": the "not" answers, the order grants
        c_lo, c_hi = s.clause_of(neg)
        if any(toks[i] not in _ORDER_SOFT and toks[i] not in bank.fillers for i in range(c_lo, neg)):
            continue
        end = next((k for k in range(b, c_hi) if toks[k] in _PRONOUNS and toks[k] not in ("i",)), c_hi)
        if b < n and (toks[b] in _INDEFINITE or takes_up_other(s, bank, (a, b))):
            continue
        light = ("reference", "call_nouns", "recording", "clause_fillers")
        if not all(toks[k] in _ORDER_SOFT or toks[k] in bank.fillers or any(has(toks, bank, p, k, k + 1) for p in light)
                   for k in range(b, end)):
            continue
        if enrolled(toks, bank, b):
            continue
        return _reading("withdrawal", s, (neg, neg + 1), (a, b))
    return None


def withdrawal(s: Sentence, bank: PhraseBank, *, context: bool, unlabelled: bool = False) -> Reading | None:
    """A refusal, regret or order to stop whose object is the recording.

    `context`: the recording was spoken of just before, so "det" / "den" can point back to it.
    `unlabelled`: the speaker is unknown, so the agent's own statements must not read as one
    ("du kan bede mig stoppe optagelsen", "jeg vil stoppe optagelsen nu").
    """
    toks, n = s.toks, len(s.toks)
    # An order not to record: "ikke optag mig", "nei, ikkje ta opp, takk".
    order = order_not_to_record(s, bank)
    if order is not None:
        return order
    # An order: "stop venligst optagelsen", "slett opptaket", "kan I ikke slukke for optagelsen?"
    for a, b in find(toks, bank, "stop_order"):
        c_lo, c_hi = s.clause_of(a)
        # the recording, or the device that makes it ("sluk for optageren", "skru av båndet")
        obj = has(toks, bank, "recording", b, min(c_hi, b + 5)) or has(toks, bank, "rec_devices", b, min(c_hi, b + 3))
        ref = has(toks, bank, "reference", b, min(c_hi, b + 3))
        if obj is None and ref and ref[1] == c_hi and has(toks, bank, "recording", c_hi, n):
            obj = ref  # "slet det, I har optaget": what the next clause says was recorded
        if obj is None and (context or _named_before(s, bank, c_lo)):
            ref = has(toks, bank, "reference", b, min(c_hi, b + 2))
            obj = ref if ref and _only_fillers(s, bank, c_lo, c_hi, [(a, b), ref]) else None
        if obj is None and c_lo < a and has(toks, bank, "recording", c_lo, a) and (
                gap := has(toks, bank, "reference", a, b)) and _only_fillers(s, bank, a, c_hi, [(a, b)]):
            # Heard without punctuation, the recording named earlier in the clause, then the order
            # with "det" inside it ("det der med at dere tar opp det liker jeg ikke skru det av").
            obj = gap
        if obj is None and context and (inside := has(toks, bank, "reference", a + 1, b - 1)) and _only_fillers(
                s, bank, c_lo, c_hi, [(a, b)]):
            # The order with "det" inside it, right after talk of the recording ("skru det av,
            # takk", "sluk lige for den"): what it points back to is the recording.
            obj = inside
        if obj is None or has(toks, bank, "use_verbs", b, obj[0]):
            continue
        if _negated(toks, bank, max(c_lo, a - 3), a) is not None and not _asks(s) and not _polite_ask(s, c_lo):
            continue  # "I skal ikke slette optagelsen" keeps it
        own = any(t in ("jeg", "vi", "eg") for t in toks[max(c_lo, a - 3) : b])  # "då skrur eg av opptaket"
        # "om du ombestemmer deg, ..."; "siger du stop, slukker jeg for optagelsen og sletter den"
        told = _tells_you(s, bank, c_lo, a) or any(
            "du" in toks[x : y + 2] for x, y in find(toks, bank, "condition", 0, a)) or verb_first_you(s) is not None
        if unlabelled and (own or told):
            continue  # the agent telling, or doing: "du kan bede mig stoppe ...", "vi stopper ..."
        return _reading("withdrawal", s, (a, b), obj)
    # The recording first, then the order: "Optagelsen må I godt stoppe nu.", "Opptaket kan
    # dere slette." (the caller's; an agent's "optagelsen kan du altid stoppe" informs).
    for a, b in find(toks, bank, "stop_order"):
        c_lo, c_hi = s.clause_of(a)
        obj = has(toks, bank, "recording", c_lo, min(a, c_lo + 3))
        if obj is None and _named_before(s, bank, c_lo):
            obj = has(toks, bank, "reference", c_lo, min(a, c_lo + 2))  # "optagelsen – den kan I slette"
        between = toks[obj[1] : a] if obj else ()
        if not obj or not between or between[0] not in _FRONTED_MODALS or not set(between) & _YOU_ALL:
            continue
        if _negated(toks, bank, c_lo, c_hi) is not None or has(toks, bank, "info_heads", c_lo, c_hi):
            continue
        if unlabelled and not set(between) & _PLEASE:
            continue  # unknown speaker: only the caller's permission wording ("må I godt") counts
        return _reading("withdrawal", s, obj, (a, b))
    # "Optagelsen skal slettes." / "Jeg vil have optagelsen slettet."
    for a, b in find(toks, bank, "stop_result"):
        c_lo, c_hi = s.clause_of(a)
        obj = has(toks, bank, "recording", max(c_lo, a - 4), a)
        # "kan eg be om at opptaket blir stoppa": the caller asks
        asked = any(end <= a for _, end in _i_ask_for_all(toks))
        wants = asked or any(t in ("skal", "maa", "boer", "have", "ha", "onsker", "oensker", "vil") for t in toks[:a])
        retention = has(toks, bank, "time_units", b, c_hi)
        mine = asked or has(toks, bank, "want_heads", 0, a) is not None  # "jeg vil have ...": the caller's wish
        if obj and wants and not retention and _negated(toks, bank, c_lo, a) is None and (mine or not unlabelled):
            return _reading("withdrawal", s, obj, (a, b))
    # A refusal: "jeg vil ikke optages længere", "dere får ikke ta det opp",
    # "det vil jeg alligevel ikke være med til" (right after talk of the recording).
    for heads, reach in (("want_heads", 7), ("forbid_heads", 3)):
        for a, b in find(toks, bank, heads):
            c_lo, c_hi = s.clause_of(a)
            if c_hi < n and toks[c_hi] in ("at", "aa") and c_hi - b <= THAT_OBJECT_REACH:
                c_hi = s.clause_of(c_hi)[1]  # "jeg vil ikke have, at ...": the that-clause is its object
            neg = _negated(toks, bank, b, min(c_hi, b + 3))
            if neg is None:
                continue
            obj = has(toks, bank, "recording", neg + 1, min(c_hi, neg + 1 + reach))
            if obj and any(has(toks, bank, part, neg + 1, obj[0]) for part in _OTHER_ACTS):
                obj = None  # "I må ikke dele optagelsen", "jeg vil ikke have at I stopper optagelsen"
            if obj and toks[obj[1] : obj[1] + 1] and toks[obj[1]] in _INDEFINITE:
                obj = None  # "jeg vil ikke optage et lån", "eg vil ikkje ta opp eit lån": not recording
            if obj and takes_up_other(s, bank, obj):
                obj = None  # "jeg vil ikke optage lånet", "eg vil ikkje ta opp lånet": the loan
            if obj and enrolled(toks, bank, obj[1]):
                obj = None  # "jeg vil ikke optages i foreningen": admitted into something, not recorded
            if obj is None and context:
                ref = has(toks, bank, "reference", c_lo, c_hi)
                if ref and _only_fillers(s, bank, c_lo, c_hi, [(a, b), (neg, neg + 1), ref]):
                    obj = ref
            if obj is None and heads == "want_heads":
                obj = _refused_by_reference(s, bank, c_lo, c_hi, (a, b), neg)
            joins = [j for j in find(toks, bank, "join_words", neg + 1, c_hi) if j[1] - j[0] > 1]
            if obj is None and context and joins and heads == "want_heads" and _only_fillers(
                    s, bank, c_lo, c_hi, [(a, b), (neg, neg + 1), joins[0]]):
                # Right after talk of the recording, a refusal to take part and nothing else:
                # "da vil jeg ikke være med", "så vil jeg alligevel ikke være med til det".
                obj = joins[0]
            if obj is None and c_lo > 0 and find(toks, bank, "join_words", neg + 1, c_hi):
                # "det med optagelsen - jeg vil ikke være med alligevel": the recording named in
                # the sentence's earlier clause, this clause only the refusal to take part
                earlier = has(toks, bank, "recording", 0, c_lo)
                if earlier and _only_fillers(s, bank, c_lo, c_hi, [(a, b), (neg, neg + 1)]):
                    obj = earlier
            if obj is not None:
                return _reading("withdrawal", s, (a, b), (neg, neg + 1), obj)
    # A wish that the recording stop: "jeg vil, at I holder op med at optage", "eg vil at de
    # sluttar å ta opp samtalen" (the want, "at", you, a stop verb, then the recording).
    for a, b in [*find(toks, bank, "want_heads"), *_i_ask_for_all(toks)]:
        that = next((k for k in range(b, min(n, b + 3)) if toks[k] in ("at", "aa")), None)
        if that is None or that + 1 >= n or toks[that + 1] not in _YOU_ALL:
            continue
        verb = _stop_verb(s, bank, that + 2, min(n, that + 5))
        obj = has(toks, bank, "recording", verb[1], min(n, verb[1] + 5)) if verb else None
        if obj and _negated(toks, bank, a, obj[1]) is None and not enrolled(toks, bank, obj[1]):
            return _reading("withdrawal", s, (a, b), verb, obj)
    # Going on without it: "Kan vi tage resten af samtalen uden optagelse?", "eg vil helst halde
    # fram utan opptak" (we or I, and the recording right after "without"; no "not", no condition).
    for a, b in find(toks, bank, "without"):
        obj = _topic(s, bank, b, min(n, b + 3))
        c_lo, c_hi = s.clause_of(a)
        head = toks[c_lo:a]
        if obj is None or (_negated(toks, bank, c_lo, c_hi) is not None and not _asks(s)) or has(
                toks, bank, "condition"):
            continue  # a "not" only in a polite question: "Kan I ikke hjælpe mig uden optagelse?"
        if hypothetical(s, bank, a) or not any(t in _FIRST_PERSON or t in _SELF for t in head):
            continue
        if unlabelled and not (s.question or has(toks, bank, "want_heads", c_lo, a)):
            continue  # unknown speaker: "vi fortsætter uden optagelse" may be the agent's
        return _reading("withdrawal", s, (a, b), obj)
    # An objection whose object is the recording: "jeg gør indsigelse mod optagelsen", "eg
    # protesterer mot opptaket", "jeg motsetter meg opptaket".
    objected = _objects_to_recording(s, bank, unlabelled=unlabelled)
    if objected is not None:
        return objected
    # Acceptance taken back: "jeg synes ikke længere, det er okay, at samtalen bliver optaget",
    # "det er ikkje lenger greitt for meg at de tek opp samtalen".
    taken_back = not_acceptable(s, bank, unlabelled=unlabelled)
    if taken_back is not None:
        return taken_back
    # The recording fronted, then "I won't": "Det der med båndet vil jeg alligevel ikke."
    fronted = _fronted_refusal(s, bank)
    if fronted is not None:
        return fronted
    # A regret: "jeg har skiftet mening om optagelsen", "jeg har ombestemt meg" (after such talk).
    for a, b in find(toks, bank, "regret"):
        c_lo, c_hi = s.clause_of(a)
        if any(t in _POSITIVE for t in toks[b:]) and _negated(toks, bank, b, n) is None:
            continue  # "jeg har ombestemt mig, I må gerne optage"
        if not any(t in _SELF for t in toks[c_lo:c_hi]) and not _own_yes_resumed(s, bank, c_lo):
            continue  # the caller's own regret, not "ombestemmer du deg, stopper vi ..."
        obj = _topic(s, bank)
        if obj and takes_up_other(s, bank, obj):
            obj = None  # "jeg vil alligevel ikke optage lånet": the loan, not the recording
        if obj and consent_to_other(s, bank, obj):
            obj = None  # "eg trekkjer samtykket til marknadsføringa": consent to something else
        # "jeg trækker mit samtykke tilbage", but not "jeg trækker min klage tilbage": what a
        # gap in the regret holds must be fillers too.
        # What stands before the regret must be fillers or the consent too ("mit ja gælder ikke
        # længere", but not "mit ja til tilbuddet gælder ikke længere").
        if obj is None and context and _only_fillers(s, bank, b, c_hi, []) and _only_fillers(
                s, bank, a + 1, b - 1, find(toks, bank, "consent")) and _only_fillers(
                s, bank, c_lo, a, find(toks, bank, "consent")):
            obj = (a, b)
        if obj is not None:
            return _reading("withdrawal", s, (a, b), obj if obj != (a, b) else None)
    return None


# Verbs of asking for something ("jeg beder om", "kan eg be om"): with "I" before them and "om"
# after, the caller's own request, like a wish ("jeg vil ...").
_ASK_FOR = frozenset({"be", "bede", "beder", "ber", "bad"})


def _i_ask_for_all(toks: tuple[str, ...]) -> list[Span]:
    """Every "I ask for" in the words: an asking verb with "jeg" / "eg" up to two words before it
    and "om" right after ("jeg vil gerne bede om", "kan eg be om"); not "du kan bede os om"."""
    return [(k, k + 2) for k in range(1, len(toks) - 1)
            if toks[k] in _ASK_FOR and toks[k + 1] == "om" and set(toks[max(0, k - 3) : k]) & _I
            and not set(toks[max(0, k - 3) : k]) & _YOU_ALL]



# Words that may open a sentence before its fronted object ("det der med ...", "den med ...").
_FRONT_OPENERS = frozenset({"det", "der", "her", "den", "dette", "med", "saa", "og", "men", "nej", "nei"})
# What may stand after "vil jeg ... ikke" in a fronted refusal: adverbs, no verb of its own.
_REFUSAL_ADVERBS = frozenset({"alligevel", "likevel", "lell", "altsaa", "altsa", "nu", "naa", "no", "heller",
                              "laengere", "lenger", "lengre", "mere", "meir", "mer", "jo", "bare",
                              "berre", "rigtig", "riktig", "helt", "heilt", "nok", "da", "saa"})
_I_WILL = frozenset({"vil", "gider", "gidder", "orker", "gaar"})


def _fronted_refusal(s: Sentence, bank: PhraseBank) -> Reading | None:
    """The recording (or its device) fronted as the object, then "vil jeg ... ikke" and nothing
    but adverbs: "Det der med optagelsen vil jeg nu ikke alligevel." / "Opptaket vil eg ikkje
    likevel." (round 29): a refusal whose object is the recording (DOMAIN.md). Not with another
    object ("det der med abonnementet vil jeg ikke"), not without a "not", and not when a verb
    follows ("det med optagelsen vil jeg ikke klage over")."""
    toks, n = s.toks, len(s.toks)
    obj = next(((a, b) for part in ("recording", "rec_devices") for a, b in find(toks, bank, part, 0, min(n, 5))
                if all(t in _FRONT_OPENERS or t in bank.fillers for t in toks[:a])), None)
    if obj is None or takes_up_other(s, bank, obj) or obj[1] + 2 > n:
        return None
    if toks[obj[1]] not in _I_WILL or toks[obj[1] + 1] not in ("jeg", "eg"):
        return None
    rest = toks[obj[1] + 2 :]
    neg = next((i for i, t in enumerate(rest) if t in bank.negations), None)
    if neg is None or not all(t in _REFUSAL_ADVERBS or t in bank.negations for t in rest):
        return None
    k = obj[1] + 2 + neg
    return _reading("withdrawal", s, obj, (obj[1], obj[1] + 2), (k, k + 1))


# What a caller calls their earlier yes: "det ja", "mit samtykke", "den tilladelse".
_YES_NOUNS = frozenset({"ja", "samtykke", "samtykket", "samtykkje", "samtykkjet", "tilladelse", "tilladelsen",
                        "tillatelse", "tillatelsen", "accept", "accepten", "aksept", "aksepten"})


def _own_yes_resumed(s: Sentence, bank: PhraseBank, c_lo: int) -> bool:
    """The regret's clause opens with "det" / "den" taking up the caller's own yes to the
    recording named in the clauses before it: "Det ja, jeg gav til optagelsen, det gælder ikke
    længere." (round 29). The subject of the regret is then that yes, and the yes is the caller's
    ("jeg gav"), though the regret's own clause has no "jeg". Not "Rabatten, jeg fik, den gælder
    ikke længere" (no yes), nor a yes to something else ("det ja, jeg gav til tilbuddet, ...")."""
    toks = s.toks
    if c_lo == 0 or toks[c_lo] not in ("det", "den", "dette"):
        return False
    yes = next((k for k in range(c_lo) if toks[k] in _YES_NOUNS), None)
    if yes is None or not any(t in _SELF for t in toks[yes:c_lo]):
        return False
    obj = has(toks, bank, "recording", yes + 1, c_lo)
    if obj is None or takes_up_other(s, bank, obj):
        return False
    return not (obj[1] < len(toks) and toks[obj[1]] in _INDEFINITE)  # "ta opp et lån"


# Verbs of objecting (folded): "protestere", "modsætte sig", "motsette seg", "gøre indsigelse".
_OBJECT_STEMS = ("protester", "modsaet", "motsett", "motsetj", "motset")
_OBJECTION_NOUNS = frozenset({"indsigelse", "innsigelse", "indsigelser", "innsigelser"})
# What may stand between the verb of objecting and the recording: "mig"/"meg" and "mod"/"mot".
_OBJECT_GAP = frozenset({"mig", "meg", "seg", "sig", "hermed", "formelt", "mod", "mot", "imod", "imot", "paa",
                         "herved", "altsaa", "jo", "nu", "naa", "no"})
_ASKED_OF_YOU = frozenset({"du", "dere", "de", "dykk", "man"})


def _objects_to_recording(s: Sentence, bank: PhraseBank, *, unlabelled: bool) -> Reading | None:
    """The caller objects to the recording: "som registreret gør jeg indsigelse mod optagelsen",
    "eg protesterer mot opptaket", "jeg motsetter meg opptaket" (DOMAIN.md: a withdrawal is any
    refusal whose object is the recording). The verb with "I" next to it, no "you", no "not", no
    condition and no question; the recording right after it, past "mig"/"mod" only. Not "jeg
    protesterer mot regningen" (another object), not "du kan gøre indsigelse mod optagelsen"."""
    toks, n = s.toks, len(s.toks)
    if s.question or has(toks, bank, "condition") or has(toks, bank, "hypothetical"):
        return None
    for v in range(n):
        w = toks[v]
        # "gør jeg indsigelse", "gør for resten indsigelse": the verb of "doing" just before the noun
        do = next((d for d in range(max(0, v - 3), v) if toks[d] in ("goer", "gjoer", "gjer", "gjere")), None)
        noun = w in _OBJECTION_NOUNS and do is not None
        if not (w.startswith(_OBJECT_STEMS) or noun):
            continue
        c_lo, c_hi = s.clause_of(v)
        anchor = do if noun and do is not None else v
        if not set(toks[max(c_lo, anchor - 3) : anchor + 2]) & {"jeg", "eg", "je"} or set(
                toks[c_lo:c_hi]) & _ASKED_OF_YOU:
            continue
        if _negated(toks, bank, c_lo, c_hi) is not None or has(toks, bank, "info_heads", c_lo, c_hi):
            continue
        k = v + 1
        while k < c_hi and (toks[k] in _OBJECT_GAP or toks[k] in ("jeg", "eg")):
            k += 1
        obj = _topic(s, bank, k, min(c_hi, k + 2))
        if obj is None or obj[0] != k or takes_up_other(s, bank, obj):
            continue
        if unlabelled and not has(toks, bank, "want_heads") and "jeg" not in toks[v - 1 : v + 2]:
            continue
        return _reading("withdrawal", s, (do if noun else v, v + 1), obj)
    return None


# Words that say the recording is kept running: "den vil jeg ikke have kørende", "eg vil ikkje
# ha det gåande" (what the refusal is about is the recording going on).
_RUNNING = frozenset({"koerende", "kjoerende", "gaaende", "gaaande", "gaande", "igang", "gang", "paa", "i"})


def _refused_by_reference(s: Sentence, bank: PhraseBank, c_lo: int, c_hi: int, head: Span, neg: int) -> Span | None:
    """A refusal whose object is named in an earlier clause of the same sentence and pointed back
    to in this one: "det der med optagelsen, det vil jeg ikke alligevel", "opptaket, det vil eg
    ikkje ha gåande lenger" (DOMAIN.md: a withdrawal is any refusal whose object is the
    recording). This clause holds only the want, the "not", the word pointing back, fillers and
    words of keeping it running; the earlier clause names the recording (not a loan or a
    membership). "det med optagelsen er fint, men det vil jeg ikke betale for" refuses something
    else: its clause holds more than fillers."""
    toks = s.toks
    if c_lo == 0 or s.question:
        return None
    # The clause right before names the recording and nothing else ("det der med optagelsen",
    # "opptaket"): no verb of its own, so the word pointing back can only mean it.
    p_lo, _ = s.clause_of(c_lo - 1)
    earlier = has(toks, bank, "recording", p_lo, c_lo)
    if earlier is None or not _only_fillers(s, bank, p_lo, c_lo, [earlier]):
        return None
    if takes_up_other(s, bank, earlier) or enrolled(toks, bank, earlier[1]):
        return None
    if earlier[1] < len(toks) and toks[earlier[1]] in _INDEFINITE:
        return None
    ref = has(toks, bank, "reference", c_lo, c_hi)
    if ref is None:
        return None
    running = [(k, k + 1) for k in range(c_lo, c_hi) if toks[k] in _RUNNING]
    if not _only_fillers(s, bank, c_lo, c_hi, [head, (neg, neg + 1), ref, *running]):
        return None
    return ref


# Words that may stand between a "not" and the word that accepts in a taken-back acceptance
# ("jeg synes ikke længere, det er okay"), besides the bank's clause fillers and references.
_OPINION = frozenset({"synes", "syns", "synest", "mener", "meiner", "laengere", "lenger", "lengre", "mere",
                      "meir", "rigtig", "riktig", "heilt", "helt"})
# Verbs of opinion: their "not" reaches into the clause after them ("jeg synes ikke, det er okay").
_THINK = frozenset({"synes", "syns", "synest", "synst", "mener", "meiner"})
# A question or condition word in that stretch makes it a doubt or an if ("jeg ved ikke, om det er okay").
_NOT_OPINION = frozenset({"om", "hvis", "viss", "dersom", "sikker", "sikke", "ved", "vet", "veit"})
# The recording must follow the accepting word within this many words.
ACCEPT_REACH = 7


def not_acceptable(s: Sentence, bank: PhraseBank, *, unlabelled: bool = False) -> Reading | None:
    """A statement that the recording is not (or no longer) acceptable: a "not", then the word that
    accepts ("okay", "i orden", "greitt"), then the recording: "jeg synes ikke længere, det er okay,
    at samtalen bliver optaget", "det er ikke i orden for mig, at I optager". A refusal or a
    withdrawal whatever its wording. Not a question, not in an if-clause, and (from an unknown
    speaker) only in the first person: the agent's "det er ikke i orden at optage uden samtykke"
    is none."""
    toks, n = s.toks, len(s.toks)
    if not toks or toks[0] in _QUESTION_WORDS:
        return None
    for a, b in find(toks, bank, "acceptable"):
        if s.question and not _question_after(s, a):
            continue
        neg = next((i for i in range(a - 1, max(-1, a - 7), -1) if toks[i] in bank.negations), None)
        if neg is None or has(toks, bank, "condition", 0, neg) or hypothetical(s, bank, neg):
            continue
        between = range(neg + 1, a)
        if any(toks[i] in _NOT_OPINION for i in between) or not all(
                toks[i] in _OPINION or _only_fillers(s, bank, i, i + 1, []) for i in between):
            continue
        if s.clause[neg] != s.clause[a] and not set(toks[slice(*s.clause_of(neg))]) & _THINK:
            continue  # "Nej, overhovedet ikke, det er i orden ...": the "not" answered the question
        obj = has(toks, bank, "recording", b, min(n, b + ACCEPT_REACH))
        if obj is None or _negated(toks, bank, b, obj[1]) is not None or enrolled(toks, bank, obj[1]):
            continue
        if obj[1] < n and toks[obj[1]] in _INDEFINITE:
            continue  # "det er ikke okay at optage et lån"
        if unlabelled and not any(t in _SELF for t in toks[: obj[0]]):
            continue
        return _reading("withdrawal", s, (neg, neg + 1), (a, b), obj)
    return None


def _question_after(s: Sentence, at: int) -> bool:
    """The sentence's question mark belongs to a later clause of its own, which asks something
    of "you" verb first: "Jeg er ikke tryg ved, at samtalen optages, kan I slukke?" (round 29):
    the clause at word `at` is still a statement."""
    toks = s.toks
    c_hi = s.clause_of(at)[1]
    while c_hi < len(toks) - 1 and not (toks[c_hi] in _POLITE_ASK and toks[c_hi + 1] in _YOU_ALL):
        c_hi = s.clause_of(c_hi)[1] if s.clause_of(c_hi)[1] > c_hi else len(toks)
    return c_hi < len(toks) - 1 and s.clause_of(c_hi)[0] == c_hi


def switched_on(toks: tuple[str, ...], bank: PhraseBank) -> bool:
    """The words turn the recording on: a switching verb, the recording noun within two words,
    then "til" / "på" ("vi har slået optagelse til på samtalen", "vi har skrudd på opptak"):
    a notice, never a withdrawal, however close "slået optagelse" sounds to "slet optagelsen"."""
    for _a, b in find(toks, bank, "switch_verbs"):
        if b < len(toks) and toks[b] in ("paa", "pa") and has(toks, bank, "rec_nouns", b + 1, min(len(toks), b + 3)):
            return True  # "skrudd på opptak"
        noun = has(toks, bank, "rec_nouns", b, min(len(toks), b + 3))
        if noun and noun[1] < len(toks) and toks[noun[1]] in ("til", "paa", "pa"):
            return True
    return False


def enrolled(toks: tuple[str, ...], bank: PhraseBank, at: int) -> bool:
    """The recording word that ends at word `at` means being taken into something: "optaget på
    forsikringen", "tatt opp i medlemsprogrammet", "optages i foreningen" (a scheme, a body or a
    list that admits people), not recording the call."""
    if at >= len(toks) or toks[at] not in ("i", "paa", "pa", "som"):
        return False  # "som": "teken opp som medlem i kundeklubben"
    return has(toks, bank, "enrol_nouns", at + 1, min(len(toks), at + 4)) is not None


# Words that may stand around the accepting word of a yes said in other words ("det kan jeg
# godt gå med på"): the caller, a modal or "er", and softeners.
_ASSENT_WORDS = frozenset({"ja", "jo",  # a yes after it: "det kan jeg sagtens gå med til, ja"
                           "jeg", "eg", "kan", "vil", "skal", "er", "gaar", "godt", "gerne", "gjerne", "sagtens",
                           "fint", "bare", "berre", "saa", "da", "nok", "helt", "heilt", "fuldt", "fullt"})


def assent(toks: tuple[str, ...], bank: PhraseBank, lo: int = 0, hi: int | None = None) -> Reading | None:
    """A yes in other words, words [lo, hi) made of nothing else: "it" ("det"), "I", a modal or
    "er", softeners and one word that accepts: "Det kan jeg godt gå med på.", "Det går jeg med
    til.", "Det er eg med på.", "Det kan eg godt godta." No "not", no doubt (checked by the words
    allowed: anything else leaves it unread)."""
    hi = len(toks) if hi is None else hi
    if hi - lo < 3 or any(t in bank.negations for t in toks[lo:hi]):
        return None
    granted = permission(toks, bank, lo, hi)
    if granted is not None:
        return granted
    acc = has(toks, bank, "acceptable", lo, hi) or has(toks, bank, "consent", lo, hi)
    ref = has(toks, bank, "reference", lo, hi)
    if acc is None or ref is None or not any(t in ("jeg", "eg") for t in toks[lo:hi]):
        return None
    used = {i for part in ("acceptable", "consent") for a, b in find(toks, bank, part, lo, hi) for i in range(a, b)}
    used.update(range(*ref))
    if not all(i in used or toks[i] in _ASSENT_WORDS for i in range(lo, hi)):
        return None
    words = tuple(" ".join(toks[a:b]) for a, b in sorted((ref, acc)))
    return Reading("assent", min(ref[0], acc[0]), max(ref[1], acc[1]), words)


# Leave given to "you" (the agent, the firm) about what was asked: "Det kan I godt.", "Det må du
# gerne.", "Det gør I bare.", "Det kan dere godt." The words: "it", a verb of leave (or "gør" /
# "gjør" with "bare": go ahead), "you", and softeners, nothing else.
_LEAVE_VERBS = frozenset({"maa", "kan", "faar"})
_GO_AHEAD_VERBS = frozenset({"goer", "gjoer", "gjer"})
_GO_AHEAD = frozenset({"bare", "berre"})
_LEAVE_SOFTENERS = frozenset({"godt", "gerne", "gjerne", "bare", "berre", "sagtens", "da", "saa", "jo", "altsaa"})
_IT = frozenset({"det", "den", "dette"})


def permission(toks: tuple[str, ...], bank: PhraseBank, lo: int = 0, hi: int | None = None) -> Reading | None:
    """Leave given to "you" in words [lo, hi): "det" first, then the verb and "you", then only
    softeners ("Det kan I godt." yes; "Det kan I godt spørge om.", "Det kan I ikke." and "Kan I
    det?" no)."""
    hi = len(toks) if hi is None else hi
    if any(t in bank.negations for t in toks[lo:hi]):
        return None
    k = lo
    while k < hi and toks[k] in ("ja", "jo", "jamen", "javel"):
        k += 1
    if hi - k < 3 or toks[k] not in _IT or toks[k + 2] not in _YOU_ALL:
        return None
    verb = toks[k + 1]
    rest = toks[k + 3 : hi]
    if verb not in _LEAVE_VERBS and not (verb in _GO_AHEAD_VERBS and set(rest) & _GO_AHEAD):
        return None
    if not all(t in _LEAVE_SOFTENERS for t in rest):
        return None
    return Reading("assent", k, hi, (toks[k], verb, toks[k + 2], *rest))


# --- threats ------------------------------------------------------------------------------------

# Whom a threat is against ("dig" is not "din"), and "slå op" / "slå opp": to look something up.
VICTIMS = frozenset({"dig", "deg", "jer", "dere", "dykk", "du"})
LOOK_UP = frozenset({"op", "opp"})
# Stems of verbs of violence against a person: "tæske", "banke", "slå", "dræbe", "skyte",
# "knivstikke" (not "stikke" alone: "så stikker jeg dig en kopi" hands something over).
_HARM = ("taesk", "bank", "slaa", "draeb", "drep", "skyd", "skyt", "knivstik", "smadr", "myrd", "kvaele", "kvele")
# The verb of violence that "op" / "opp" after its object turns into looking something up ("jeg
# slår dig lige op"); "banke deg opp", "tæske dig op" beat you up.
_LOOK_UP_VERBS = ("slaa", "slo")
# Going to the person and getting hold of them: "kommer (derud) og finder dig", "kjem og tek deg".
_COME = frozenset({"kommer", "kjem", "koem"})
_I = _SELF & _PRONOUNS
_GET = frozenset({"finder", "finner", "henter", "tager", "tar", "tek"})
# "I" stands this near the verb of violence; "kommer" this near the "og" of "kommer ... og henter".
THREAT_REACH = 4
COME_REACH = 6


def threat(s: Sentence, bank: PhraseBank) -> Reading | None:
    """The caller threatens the one they speak to, read by parts: "I" (said before the verb, or
    right after the verb that follows a fronted clause: "..., så kommer jeg derud og tæsker dig"),
    a verb of violence, or coming to get hold of them ("kommer ned og finder dig"), and "you" as
    its object, with no "not" and no question. "Jeg slår dig lige op" looks something up; "jeg
    banker deg opp" beats you up."""
    if s.question:
        return None
    toks = s.toks
    for v in range(1, len(toks)):
        if toks[v] not in VICTIMS or toks[v] == "du":
            continue
        verb = v - 2 if v >= 2 and toks[v - 1] in _I else v - 1  # "så banker jeg dig"
        if set(toks[v + 1 : v + 3]) & LOOK_UP and toks[verb].startswith(_LOOK_UP_VERBS):
            continue
        came = verb >= 2 and toks[verb - 1] == "og" and any(
            t in _COME for t in toks[max(0, verb - 1 - COME_REACH) : verb - 1])
        if not (toks[verb].startswith(_HARM) or (toks[verb] in _GET and came)):
            continue
        lo = max(0, verb - (COME_REACH if came else THREAT_REACH))
        me = next((k for k in range(lo, v) if k != verb and toks[k] in _I), None)
        if me is None or _negated(toks, bank, me, min(len(toks), v + 2)) is not None:
            continue
        return _reading("threat", s, (me, me + 1), (verb, v + 1))
    return None


# --- the caller's condition on a yes ----------------------------------------------------------

def condition(s: Sentence, bank: PhraseBank, *, context: bool) -> Reading | None:
    """A restriction on how the recording may be used ("den må ikke deles", "kun til træning").

    Not a question ("hvem skal høre den?" is a doubt) and not about keeping or making the
    recording (those are refusals).
    """
    toks = s.toks
    if s.question or (toks and toks[0] in _QUESTION_WORDS):
        return None
    for a, b in find(toks, bank, "use_verbs"):
        c_lo, c_hi = s.clause_of(a)
        obj = has(toks, bank, "recording", c_lo, c_hi)
        if obj is None and context:
            obj = has(toks, bank, "reference", c_lo, c_hi)
        limit = _negated(toks, bank, c_lo, c_hi)
        limiter = (limit, limit + 1) if limit is not None else has(toks, bank, "proviso", c_lo, c_hi)
        if obj and limiter:
            return _reading("consent_condition", s, obj, limiter, (a, b))
    for a, b in find(toks, bank, "only"):
        c_lo, c_hi = s.clause_of(a)
        noun = has(toks, bank, "purpose_nouns", b, min(c_hi, b + 4))
        if noun and (context or has(toks, bank, "recording", c_lo, c_hi)):
            return _reading("consent_condition", s, (a, b), noun)
    # A proviso that it stays inside ("så længe optagelsen bliver i huset", "så lenge opptaket
    # blir internt"): a limit on who may hear it, which grants that it is made.
    for a, b in find(toks, bank, "proviso"):
        c_lo, c_hi = s.clause_of(a)
        obj = has(toks, bank, "recording", b, c_hi) or (has(toks, bank, "reference", b, min(c_hi, b + 2))
                                                        if context else None)
        inside = next(((k, k + 1 + (toks[k : k + 2] in _INSIDE)) for k in range(b, c_hi)
                       if toks[k].startswith(_INTERNAL) or toks[k : k + 2] in _INSIDE), None)
        if obj and inside and obj[0] < inside[0] and _negated(toks, bank, c_lo, c_hi) is None:
            return _reading("consent_condition", s, (a, b), obj, inside)
    # A proviso that it is deleted later ("bare I sletter den bagefter", "så lenge dere sletter
    # opptaket etterpå"): a limit on how long it is kept, which grants that it is made. "Den må
    # ikke gemmes" (a "not" on keeping it) refuses the recording itself and is no condition.
    for a, b in find(toks, bank, "keep_verbs"):
        if not toks[a].startswith(_DELETE):
            continue
        c_lo, c_hi = s.clause_of(a)
        # "bare I sletter den bagefter", and as an if-clause: "det er greit, viss opptaket blir sletta etterpå"
        proviso = has(toks, bank, "proviso", c_lo, a) or next(
            ((k, k + 1) for k in range(c_lo, a) if _if_word(toks, k)), None)
        obj = (has(toks, bank, "recording", c_lo, c_hi)
               or (has(toks, bank, "reference", c_lo, c_hi) if context else None))
        if proviso and obj and _negated(toks, bank, c_lo, c_hi) is None:
            return _reading("consent_condition", s, proviso, (a, b), obj)
    # A limit on how long it is kept: "hvis den ikke bliver gemt længere end nødvendigt", "så lenge
    # det ikkje blir lagra lenger enn naudsynt" (an if or a proviso, a "not", a keeping verb, then
    # "longer than"): it grants that the recording is made.
    for a, b in find(toks, bank, "keep_verbs"):
        c_lo, c_hi = s.clause_of(a)
        proviso = has(toks, bank, "proviso", c_lo, a) or next(
            ((k, k + 1) for k in range(c_lo, a) if _if_word(toks, k)), None)
        longer = next(((k, k + 2) for k in range(b, min(c_hi - 1, b + 3)) if toks[k] in _LONGER
                       and toks[k + 1] in ("end", "enn")), None) or _long_time(toks, b, min(c_hi, b + 4))
        # the recording named, or pointed back to before the verb or as its object ("gemmer den")
        obj = has(toks, bank, "recording", c_lo, c_hi) or (
            has(toks, bank, "reference", c_lo, a) or has(toks, bank, "reference", b, min(c_hi, b + 1))
            if context else None)
        if proviso and longer and obj and _negated(toks, bank, c_lo, a) is not None:
            return _reading("consent_condition", s, proviso, (a, b), longer)
    return None


_LONGER = frozenset({"laengere", "lenger", "lengre", "mere", "meir", "over"})
# A long time: "i flere år", "i mange måneder", "i lang tid", "i årevis", "for altid".
_MANY = frozenset({"flere", "fleire", "mange", "lang", "lange"})
_FOREVER = frozenset({("i", "aarevis"), ("for", "altid"), ("for", "alltid"), ("for", "evigt"), ("for", "evig"),
                      ("til", "evig"), ("til", "evig", "tid")})


def _long_time(toks: tuple[str, ...], lo: int, hi: int) -> Span | None:
    """A long stretch of time in words [lo, hi): the limit in "hvis I ikke gemmer den i flere år"."""
    for k in range(lo, hi):
        if toks[k] == "i" and k + 2 <= len(toks) and toks[k + 1] in _MANY and k + 2 < len(toks):
            return (k, k + 3)
        if tuple(toks[k : k + 2]) in _FOREVER:
            return (k, k + 2)
    return None


_DELETE = ("slet", "slett")
_IF = frozenset({"hvis", "viss", "dersom", "om", "saafremt"})


def _if_word(toks: tuple[str, ...], k: int) -> bool:
    """Word k opens an if-clause; "om at" / "om å" is "for" or "about" after a verb ("bede os om at
    stoppe optagelsen og slette den", "be oss om å slette opptaket"), not "if"."""
    return toks[k] in _IF and not (toks[k] == "om" and toks[k + 1 : k + 2] in (("at",), ("aa",)))
# Where the recording stays: "internt", "intern brug", "i huset", "hos jer", "mellem os".
_INTERNAL = ("intern", "fortrolig")
_INSIDE = frozenset({("i", "huset"), ("hos", "jer"), ("hos", "dere"), ("hos", "dykk"), ("mellem", "os"),
                     ("mellom", "oss"), ("i", "firmaet"), ("i", "selskapet"), ("i", "virksomheden")})


# --- disclosure wording -----------------------------------------------------------------------

def purpose(s: Sentence, bank: PhraseBank) -> Reading | None:
    """A purpose, with any words inserted ("til internt træningsbrug", "for at kunne forbedre")."""
    toks, n = s.toks, len(s.toks)
    for a, b in find(toks, bank, "purpose_preps"):
        c_lo, c_hi = s.clause_of(a)
        noun = has(toks, bank, "purpose_nouns", b, min(c_hi, b + PURPOSE_REACH))
        if noun and noun[1] < n and toks[noun[1]] in ("skyld", "skuld") and (
                any(t in _INDEFINITE or t.startswith(_JUST_IN_CASE) for t in toks[noun[0] - 1 : noun[1]])):
            continue  # "for en sikkerheds skyld" is "just in case"; "for dokumentationens skyld" is a purpose
        if noun and _negated(toks, bank, max(c_lo, a - 2), noun[0]) is None:
            return _reading("purpose", s, (a, b), noun)
    for a, b in find(toks, bank, "purpose_heads"):
        # "for å forbedre ...", "for at vi skal kunne gi bedre råd"; "baggrunden er, at vi vil
        # højne kvaliteten"; "til bruk når vi følger opp kvaliteten" (a purpose noun will do too)
        reach = min(n, _past_light(toks, b) + PURPOSE_REACH + 1)
        goal = has(toks, bank, "purpose_verbs", b, reach) or has(toks, bank, "purpose_nouns", b, reach)
        goal = goal or _checks_what(s, bank, a, b, reach)
        if goal and _negated(toks, bank, a, goal[0]) is None:
            return _reading("purpose", s, (a, b), goal)
    for i in range(n):
        found = _so_that(s, bank, i)
        if found is not None:
            return found
    return _used_for(s, bank)


# "for (en) sikkerheds skyld": a purpose noun before "skyld" that only says "just in case".
_JUST_IN_CASE = ("sikker", "trygh", "trygg")
# Markers of a so-that clause: "så", "så at", "slik at", "sånn at".
_SO = frozenset({"saa", "slik", "saann", "saadan"})
# A so-that clause names its goal within this many words of its modal ("så vores teamledere kan
# give sparring til rådgiverne", "så vi bagefter kan gå tilbage og tjekke, hvad der blev aftalt").
SO_THAT_REACH = 6
_TO_YOU = frozenset({"dig", "deg", "dem", "jer", "dere", "dykk", "dokker"})


def _so_that(s: Sentence, bank: PhraseBank, i: int) -> Reading | None:
    """A so-that clause at word i that says what the recording is for: a subject, a modal, then
    a purpose verb ("..., så vi kan lære af den"), a purpose noun ("slik at teamlederne kan gi
    rådgiverne veiledning") or, after the recording is named, a verb of checking back ("så vi kan
    tjekke, hvad der blev aftalt"). "så kan vi bevise ...": the modal may come first."""
    toks, n = s.toks, len(s.toks)
    t = toks[i]
    if t not in _SO:
        return None
    start = i + 1
    if start < n and toks[start] == "at":
        start += 1  # "så at", "slik at", "sånn at"
    elif t != "saa":
        return None  # "slik" / "sånn" alone: "slik gjør vi det" is no purpose
    modal = next((k for k in range(start, min(n, start + 5)) if toks[k] in ("kan", "ka", "kunne")), None)
    found = _so_that_modal(s, bank, i, start, modal) if modal is not None else None
    if found is None and start < n and (toks[start] in _FIRST_PERSON or _expletive_der(toks, start)):
        # "..., så vi har dokumentation for aftalen" / "slik at vi får dokumentasjon": we (or the
        # empty "der": "så der er overblik over, hvad vi aftaler"), then what we gain (a purpose
        # noun) within a few words.
        noun = has(toks, bank, "purpose_nouns", start + 1, min(n, start + 1 + PURPOSE_REACH))
        if noun and _negated(toks, bank, i, noun[0]) is None:
            return _reading("purpose", s, (i, start + 1), noun)
        kept = _keeps_track(s, start + 1)
        if kept is not None and _negated(toks, bank, i, kept[1]) is None:
            return _reading("purpose", s, (i, start + 1), kept)
    return found


# "..., så vi har styr på, hvad vi aftaler" / "slik at vi har oversikt over kva vi avtalar": an
# overview of what is said or agreed is documentation. Only of that: "styr på det hele" is no purpose.
_OVERVIEW = frozenset({"styr", "overblik", "overblikket", "oversikt", "oversikta", "oversikten", "oversyn",
                       "kontroll", "kontrol", "orden"})
_WHAT = frozenset({"hvad", "hva", "ka", "kva", "det"})
# Verbs of agreeing (stems) and of saying (whole words) after "what".
_AGREED = ("aftal", "avtal", "snak", "lov")
_SAID = frozenset({"sagt", "sagde", "sige", "siger", "sies", "siges", "sier", "sa", "seier", "sei", "sagd", "tale",
                   "taler", "talt", "talar", "si", "seie"})
TRACK_REACH = 4


def _keeps_track(s: Sentence, lo: int) -> Span | None:
    """An overview word within a few words of `lo`, then "what" and a verb of saying or agreeing."""
    toks, n = s.toks, len(s.toks)
    head = next((k for k in range(lo, min(n, lo + 2)) if toks[k] in _OVERVIEW), None)
    if head is None:
        head = next((k for k in range(lo, min(n, lo + 3)) if toks[k] in ("har", "faar", "hava", "ha", "have")), None)
        if head is not None:
            head = next((k for k in range(head + 1, min(n, head + 3)) if toks[k] in _OVERVIEW), None)
    if head is None:
        return None
    what = next((k for k in range(head + 1, min(n, head + TRACK_REACH)) if toks[k] in _WHAT), None)
    said = next((k for k in range(what + 1, min(n, what + TRACK_REACH))
                 if toks[k] in _SAID or toks[k].startswith(_AGREED)), None) if what is not None else None
    return (head, said + 1) if said is not None else None


# Words between a purpose head and its goal that add no content: the subject, modals and softeners
# ("grunden er, at vi gerne vil kunne tjekke kvaliteten").
_LIGHT_BEFORE_GOAL = _PRONOUNS | frozenset({"vil", "ville", "kan", "ka", "ku", "kunne", "skal", "skulle", "maa",
                                            "gerne", "gjerne", "godt", "jo", "altsaa", "bare", "berre"})


def _past_light(toks: tuple[str, ...], k: int) -> int:
    """The first word from k on that is not a subject, modal or softener."""
    while k < len(toks) and toks[k] in _LIGHT_BEFORE_GOAL:
        k += 1
    return k


def _recording_before(s: Sentence, bank: PhraseBank, i: int) -> bool:
    """The recording, or the call it records, is named before word i."""
    return bool(_topic(s, bank, 0, i) or has(s.toks, bank, "call_nouns", 0, i))


# What a check verb checks when it is what was said: "tjekke, at ...", "sjekke hva ...".
_CHECKED = frozenset({"at", "hvad", "hva", "kva", "ka"})


def _checks_what(s: Sentence, bank: PhraseBank, a: int, b: int, reach: int) -> Span | None:
    """After the recording is named, "for at" / "for å" and a verb of checking whose object is a
    that- or what-clause: "Vi optager samtalen for at kunne kontrollere, at du fik det rigtige
    svar." Checking back on what was said is what the recording is for. A check of a thing
    ("for at tjekke din adresse") is the errand, not the recording's purpose."""
    if not _recording_before(s, bank, a):
        return None
    verb = has(s.toks, bank, "check_verbs", b, reach)
    if verb is None or verb[1] >= len(s.toks) or s.toks[verb[1]] not in _CHECKED:
        return None
    return verb


def _so_that_modal(s: Sentence, bank: PhraseBank, i: int, start: int, modal: int) -> Reading | None:
    """The modal part of `_so_that`: the goal within reach of the modal at word `modal`."""
    toks = s.toks
    if any(w in _IF for w in toks[start:modal]):
        return None
    c_hi = s.clause_of(modal)[1]
    reach = min(c_hi, modal + SO_THAT_REACH)
    # the verb begins within a few words of the modal; its object may part it from "bedre"
    goal = next((v for v in find(toks, bank, "purpose_verbs", modal + 1, c_hi) if v[0] < modal + 4), None)
    if goal is None and not any(t in _TO_YOU for t in toks[modal + 1 : reach]):
        # "så teamlederne kan gi rådgiverne veiledning"; "så vi kan give dig vejledning" is the
        # errand's service to the caller, not what the recording is for
        goal = has(toks, bank, "purpose_nouns", modal + 1, reach)
    if goal is None and _recording_before(s, bank, i):
        # "Vi optager samtalen, så vi kan tjekke, at du fik det rette svar": after the recording
        # (or the call it records: "samtalen op tages, så ...") is named, checking back on what
        # was said is what it is for (a check verb, not any verb).
        goal = has(toks, bank, "check_verbs", modal + 1, reach)
    if goal is None or _negated(toks, bank, i, goal[0]) is not None:
        return None
    return _reading("purpose", s, (i, start), (modal, modal + 1), goal)


def _used_for(s: Sentence, bank: PhraseBank) -> Reading | None:
    """We use it (the recording, pointed back to) when we do a purpose: "Vi bruger det, når vi
    lærer nye kolleger op", "Vi nytter opptaka når vi trener nye rådgjevarar"."""
    toks, n = s.toks, len(s.toks)
    for a, b in find(toks, bank, "use_verbs"):
        if not toks[a].startswith(_USE):
            continue  # "dele", "sende", "høre": other things done with it
        if not any(t in _FIRST_PERSON for t in toks[max(0, a - 2) : min(n, b + 1)]):
            continue  # "vi bruger ...", "den bruger vi ...": we are the ones who use it
        obj = next((k for k in range(b, min(n, b + 3)) if has(toks, bank, "reference", k, k + 1)
                    or _topic(s, bank, k, k + 1)), None)
        when = next((k for k in range((obj or b) + 1, min(n, b + 4)) if toks[k] in _USED_WHEN), None)
        if obj is None or when is None:
            continue
        reach = min(n, when + PURPOSE_REACH + 2)
        goal = has(toks, bank, "purpose_verbs", when + 1, reach) or has(toks, bank, "purpose_nouns", when + 1, reach)
        if goal and _negated(toks, bank, max(0, a - 3), goal[0]) is None:
            return _reading("purpose", s, (a, b), (when, when + 1), goal)
    return None


# Verbs of using ("bruger", "bruker", "anvender", "benytter", "nytter") and the "when" / "in" after
# "we use it" that what it is used for follows.
_USE = ("brug", "bruk", "anvend", "benytt", "nytt")
_USED_WHEN = frozenset({"naar", "ved", "i", "under"})


def objection(s: Sentence, bank: PhraseBank, *, context: bool = False) -> Reading | None:
    """A way to object ("du får mulighet til å si nei til opptak", "du kan seie nei").

    `context`: the recording was spoken of just before, so "det" in "hvis du ikke ønsker det"
    points back to it (as it does after a recording word earlier in the same sentence)."""
    toks = s.toks
    for a, b in find(toks, bank, "objection_heads"):
        c_lo, c_hi = s.clause_of(a)
        verb = has(toks, bank, "refuse_verbs", b, min(c_hi, b + 5))
        if verb and _negated(toks, bank, max(c_lo, a - 1), verb[0]) is None and not refuses_other(s, bank, verb[1]):
            return _reading("objection_info", s, (a, b), verb)
    # "Dersom du ikkje ynskjer opptak, kan du seie frå." / "Har du innvendinger mot opptaket, kan
    # du si det nå." (a verb-first condition to "you"; an objection in it refuses like a "not").
    conds = [(a, b, *_condition_clause(s, a, b)) for a, b in find(toks, bank, "condition")]
    first = verb_first_you(s)
    first = first if first is not None else _verb_first_you_then_call(s, bank)
    if first is not None:
        conds.append((0, 1, 0, first))
    for a, b, c_lo, c_hi in conds:
        refusing = (_negated(toks, bank, a, c_hi) is not None or has(toks, bank, "refuse_verbs", a, c_hi)
                    or has(toks, bank, "without", a, c_hi) or _objects(s, bank, a, c_hi))
        if refusing and _topic(s, bank, c_lo, c_hi) is None and has(toks, bank, "refuse_verbs", a, c_hi):
            # "Siger du nej, optager vi ikke." / "Sier du nei, blir samtalen ikke tatt opp.": the
            # refusal's object is what the main clause then does not do.
            # ... or goes on without it: "Siger du nej, fortsætter vi samtalen uden optagelse."
            topic = _topic(s, bank, c_hi, len(toks))
            without = has(toks, bank, "without", c_hi, topic[0]) if topic else None
            # (Not a "not" on a stop verb: "Sier du ifra, stopper vi ikke opptaket." records on.)
            stops = has(toks, bank, "withdraw_verbs", c_hi, topic[0]) if topic else None
            not_done = _negated(toks, bank, c_hi, len(toks)) is not None and stops is None
            if topic and (not_done or without) and _neg_service(s, bank, c_hi, len(toks)) is None:
                return _reading("objection_info", s, (a, b), topic)
        topic = _topic(s, bank, c_lo, c_hi)
        if topic is None and (context or _topic(s, bank, 0, c_lo)):
            topic = has(toks, bank, "reference", c_lo, c_hi)  # "..., og hvis du ikke ønsker det, ..."
            refuse = has(toks, bank, "refuse_verbs", a, c_hi)
            if (topic is None and refuse and not refuses_other(s, bank, refuse[1])
                    and all(t in _BARE_OBJECTS for t in toks[refuse[1]:c_hi])):
                # Right after talk of recording, a refusal that names nothing else refuses it, when
                # the caller is then told how to say so: "Ønsker du å reservere deg, kan du si det
                # nå." (not "Sier du ifra, stopper vi ikke opptaket.", read below as before).
                told = (has(toks, bank, "info_heads", c_hi) or has(toks, bank, "tell_verbs", c_hi))
                topic = refuse if told and _negated(toks, bank, c_hi, len(toks)) is None else None
        if not refusing or topic is None:
            continue  # "Ønsker du ikke opptak, ..." / "Vil du slippe opptak, ..."
        tell = (has(toks, bank, "info_heads", c_hi) or has(toks, bank, "refuse_verbs", c_hi)
                or has(toks, bank, "tell_verbs", c_hi))
        if tell is None and c_hi == len(toks) and a > 0:
            # The telling first, the condition last: "Giv besked nu, hvis du ikke ønsker optagelse."
            before = has(toks, bank, "tell_verbs", 0, a)
            tell = before if before and _negated(toks, bank, 0, a) is None else None
        # "Hvis du ikke vil optages, stopper vi optagelsen (og sletter den)."
        stop = has(toks, bank, "withdraw_verbs", c_hi, min(len(toks), c_hi + 3))
        if tell is None and stop and _negated(toks, bank, c_hi, len(toks)) is None:
            tell = stop
        # "Hvis du ikke vil optages, optager vi ikke.": the main clause then does not record.
        main_topic = _topic(s, bank, c_hi, len(toks))
        if tell is None and main_topic and _negated(toks, bank, c_hi, len(toks)) is not None:
            tell = main_topic
        if tell and _neg_service(s, bank, c_hi, len(toks)) is None:
            return _reading("objection_info", s, (a, b), tell)
    # "Du kan bede om ikke at blive optaget." / "Du kan be om at samtalen ikke blir tatt opp."
    for a, b in find(toks, bank, "objection_heads"):
        c_lo, c_hi = s.clause_of(a)
        ask = next((i for i in range(b, min(c_hi, b + 3)) if toks[i] in _ASK), None)
        if ask is None or _negated(toks, bank, max(c_lo, a - 1), ask) is not None:
            continue
        neg = _negated(toks, bank, ask + 1, min(len(toks), ask + 6))
        topic = _topic(s, bank, neg + 1, min(len(toks), neg + 5)) if neg is not None else None
        if topic:
            return _reading("objection_info", s, (a, b), (ask, ask + 1), (neg, neg + 1), topic)
    return None


# What may follow a refusal that names nothing else ("reservere deg", "sige fra", "melde dig af").
_BARE_OBJECTS = frozenset({"deg", "dig", "meg", "mig", "seg", "sig", "dykk", "jer", "av", "af", "fra", "fraa",
                           "ifra", "ifraa", "nu", "naa", "no"})


# Prepositions that name what is refused ("reservere dig mod ...", "si nei til ...", "melde deg av ...").
REFUSED_PREPS = frozenset({"mot", "imot", "mod", "imod", "fra", "fraa", "av", "af", "til"})
OBJECT_REACH = 3


def refuses_other(s: Sentence, bank: PhraseBank, at: int) -> bool:
    """The refusing verb that ends at word `at` names what it refuses, and that is something else
    than the recording: "du kan reservere dig mod vores nyhedsbrev", "si nei til markedsføring"
    (not "mot opptak", "til det", "til optagelsen")."""
    toks = s.toks
    c_hi = s.clause_of(at - 1)[1] if at else len(toks)
    prep = next((i for i in range(at, min(c_hi, at + 2)) if toks[i] in REFUSED_PREPS), None)
    if prep is None:
        return False
    named = range(prep + 1, min(c_hi, prep + 1 + OBJECT_REACH))
    # "si nei til å bli tatt opp", "sige nej til at blive optaget": the object is the verb phrase
    # after the infinitive mark, to the clause's end
    told = c_hi if prep + 1 < c_hi and toks[prep + 1] in ("aa", "at") else named.stop
    if not named or _topic(s, bank, prep + 1, told) or any(
            has(toks, bank, part, k, k + 1) for k in named for part in ("reference", "call_nouns", "rec_nouns")):
        return False
    return any(len(toks[k]) >= 4 and toks[k] not in _REQUEST_FILLERS | _POSSESSIVE | _ANY for k in named)


def _objects(s: Sentence, bank: PhraseBank, lo: int, hi: int) -> Span | None:
    """An objection named in words [lo, hi): "indvendinger", "noget imod", "et problem med" (not
    "noget" or "gør det" alone, which object to nothing by themselves)."""
    for a, b in find(s.toks, bank, "objecting", lo, hi):
        if b - a == 1 and s.toks[a] not in _SOMETHING:
            return (a, b)
    return None


# "be om", "bede om", "be oss": asking for something; "velge å ikke ...": choosing not to.
_ASK = frozenset({"be", "bede", "beder", "ber", "velge", "vaelge", "velje", "velja"})



# Words that put a refusal later in the call than now.
_LATER = frozenset({"senere", "seinare", "sidan", "siden", "undervejs", "underveis", "undervegs"})
# With a "not", these put the refusal later too: "vil du ikke optages mere", "vil du ikkje bli
# teken opp lenger" (no longer: consent given now and taken back later).
_NO_LONGER = frozenset({"mere", "meir", "mer", "laengere", "lenger", "lengre"})
# What the caller does to have the recording stopped: asks ("beder om det", "ber om det"), says
# so ("siger til", "seier frå") or wants it ("vil", "ønsker").
_ON_YOUR_WORD = frozenset({"be", "bede", "beder", "ber", "siger", "sier", "seier", "seie", "si", "sige", "vil",
                           "oensker", "onsker", "oenskjer", "ynskjer", "bad", "spoerger", "spor",
                           "spoer", "sporer", "spoerg"})
# Words that open the clause of the caller's word: "så snart du beder om det", "med ein gong du
# ber om det", "når du siger til", "hvis du vil".
_WHEN = frozenset({"naar", "hvis", "viss", "dersom", "om", "saa", "snart", "gang", "gong", "straks", "idet",
                   "saasnart", "naarsomhelst"})


def verb_first_you(s: Sentence, subjects: frozenset[str] = _YOU_ALL) -> int | None:
    """A statement that opens with a condition without "if", its verb first and "you" second,
    followed by an inverted main clause: "Siger du stop undervejs, slukker jeg for optagelsen.",
    "Sier du stopp, slår vi av opptaket." Returns where the condition ends. `subjects`: who may
    stand second (coercion takes any: "Får vi ikke ta opp samtalen, kan jeg ikke ...")."""
    c_hi = _verb_first_condition(s, subjects)
    if c_hi is None:
        return None
    return c_hi if s.toks[c_hi] == "saa" or s.toks[c_hi + 1] in _PRONOUNS else None


def _verb_first_condition(s: Sentence, subjects: frozenset[str]) -> int | None:
    """Where a statement's opening condition without "if" ends (its verb first, one of
    `subjects` second, a main clause after it); None when it has none."""
    toks, n = s.toks, len(s.toks)
    if s.question or n < 4 or toks[1] not in subjects or toks[0] in _PRONOUNS or toks[0] in _QUESTION_WORDS:
        return None
    _, c_hi = s.clause_of(0)
    return c_hi if c_hi < n - 1 else None


def _verb_first_you_then_call(s: Sentence, bank: PhraseBank) -> int | None:
    """verb_first_you's condition followed by a main clause whose subject, after its verb, is the
    call or the recording, not a pronoun: "Siger du fra, foregår samtalen uden optagelse.",
    "Seier du frå, går samtalen føre seg utan opptak." Returns where the condition ends."""
    c_hi = _verb_first_condition(s, _YOU_ALL)
    if c_hi is None:
        return None
    subject = c_hi + 1
    named = has(s.toks, bank, "call_nouns", subject, subject + 1) or _topic(s, bank, subject, subject + 1)
    return c_hi if named else None


# Verbs of ending ("afslutte", "avslutte", nynorsk "avsluttar"): they stop the recording only when
# the recording is their object ("avsluttar vi opptaket"); "afslutte samtalen" ends the call.
_END = ("afslut", "avslut")


def _stop_verb(s: Sentence, bank: PhraseBank, lo: int, hi: int) -> Span | None:
    """A verb that stops or withdraws in words [lo, hi): a withdraw verb, or a verb of ending
    whose object, within three words, is the recording ("..., avsluttar vi opptaket med ein gong")."""
    found = has(s.toks, bank, "withdraw_verbs", lo, hi)
    if found:
        return found
    for k in range(max(lo, 0), min(hi, len(s.toks))):
        if s.toks[k].startswith(_END):
            obj = has(s.toks, bank, "recording", k + 1, min(len(s.toks), k + 4))
            if obj and not any(s.toks[j] in bank.negations for j in range(k + 1, obj[0])):
                return (k, k + 1)
    return None


_POSSESSIVE = frozenset({"din", "dit", "dine", "ditt", "di", "dykkar", "jeres", "deres",
                         # the reflexive, after the generic "man" / "ein": "man kan stoppe sin betaling"
                         "sin", "sit", "sine", "sitt"})


def other_object(s: Sentence, bank: PhraseBank, verb: Span) -> bool:
    """The verb's object is something else of the caller's, not the recording or the consent:
    "du kan trække din klage tilbage", "du kan tilbagetrække din ansøgning", "du kan slette dine
    oplysninger", or an indefinite one ("du kan slå av en prat"). Such a sentence tells nothing
    about withdrawing consent to the recording."""
    toks = s.toks
    if verb[1] < len(toks) and toks[verb[1]] in _INDEFINITE and not _topic(s, bank, verb[1], verb[1] + 2):
        return True  # "du kan slå av en prat", "du kan stoppe en betaling": not the recording
    # A definite noun as the object, in the verb's gap or right after it: "du kan trække
    # ansøgningen tilbage", "du kan stoppe betalingen", "det går an å trekkje søknaden tilbake".
    inside = range(verb[0] + 1, verb[1] - 1) if verb[1] - verb[0] > 2 else range(verb[1], min(len(toks), verb[1] + 1))
    if any(other_noun(s, bank, k) for k in inside):
        return True
    for k in range(verb[0] + 1, min(len(toks), verb[1] + 2)):
        if toks[k] in _POSSESSIVE:  # "dit samtykke", or after the noun: "samtykket ditt"
            return not any(_topic(s, bank, j, j + 1) or toks[j] == "ja"  # "trække dit ja tilbage"
                           for j in (k - 1, k + 1) if 0 <= j < len(toks) and j != verb[0])
    return False


# Endings of a definite noun ("betalingen", "søknaden", "trekket", "fakturaene", "rekninga").
_DEFINITE = ("en", "et", "ne", "a")


# Adverbs that end like a definite noun: "jeg vil ikke optage det overhovedet", "ta opp igjen".
_NOT_NOUNS = frozenset({"igjen", "overhodet", "overhovedet", "hverken", "verken", "sammen", "nogen", "noen",
                        "sidenhen", "etterpaa", "bagefter", "heilt", "absolutt", "denne", "resten"})
# Passive and participle forms of recording verbs take no object: "optages", "tas opp", "tatt opp".
_PASSIVE_TAILS = ("tatt", "teken", "teke", "tekne", "takast", "optaget")


def _hyphened(s: Sentence, k: int) -> bool:
    """Word k was heard joined to the word before it by a hyphen ("optag-knappen")."""
    spans = word_spans(s.text)
    if len(spans) != len(s.toks) or not 0 < k < len(spans):
        return False
    return s.text[spans[k - 1][2] : spans[k][1]] == "-"


# Adverbs that may stand between the verb and what it takes up.
_BETWEEN_ADVERBS = frozenset({"igen", "igjen", "att", "atter", "lige", "berre", "bare"})


def takes_up_other(s: Sentence, bank: PhraseBank, verb: Span) -> bool:
    """The active recording verb in `verb` has, right after it, a definite noun that is not the
    call, the recording or the consent ("optage lånet", "ta opp lånet"): it takes up something
    else (a loan, a matter), it does not record."""
    toks = s.toks
    k = verb[1]
    while k < len(toks) - 1 and toks[k] in _BETWEEN_ADVERBS:
        k += 1  # "ta opp igjen saken", "optage lige sagen igen": an adverb between changes nothing
    if k >= len(toks) or toks[k] in _NOT_NOUNS or _hyphened(s, k):
        return False  # "optag-knappen" is one word heard in two: the recording's button, no object
    words = toks[verb[0] : verb[1]]
    if any(w.endswith("s") or w in _PASSIVE_TAILS for w in words):
        return False
    # A part of the call: "optage resten af samtalen", "ta opp resten av praten".
    if toks[k + 1 : k + 2] in (("af",), ("av",), ("fra",), ("fraa",)) and (
            has(toks, bank, "call_nouns", k + 2, min(len(toks), k + 4))
            or _topic(s, bank, k + 2, min(len(toks), k + 4))):
        return False
    return other_noun(s, bank, k) or _a_name(s, bank, k)


# Capitalised words that are no names: the polite and plural "you" ("Dem", "Deres", "I") and the
# other pronouns a recogniser may capitalise.
_NOT_NAMES = _PRONOUNS | _YOU_ALL | _POSSESSIVE | frozenset({"dem", "dig", "deg", "jer", "mig", "meg", "os", "oss",
                                                             "dykker", "deres", "jeres", "hende", "ham", "henne"})


def _a_name(s: Sentence, bank: PhraseBank, k: int) -> bool:
    """Word k is a name as heard: capitalised inside the sentence, or with a digit in it ("optage
    TV2", "ta opp NRK"), and not a pronoun ("I", "De") nor the call or the recording."""
    spans = word_spans(s.text)
    if len(spans) != len(s.toks) or k == 0 or k >= len(spans):
        return False
    heard = s.text[spans[k][1] : spans[k][2]]
    if not (heard[:1].isupper() or any(c.isdigit() for c in heard)) or s.toks[k] in _NOT_NAMES:
        return False
    return not any(has(s.toks, bank, part, k, k + 1) for part in ("recording", "call_nouns", "rec_nouns", "reference"))


_TO = frozenset({"til", "for", "om", "paa"})


def consent_to_other(s: Sentence, bank: PhraseBank, obj: Span) -> bool:
    """`obj` is a consent given to something named after it that is not the recording ("samtykket
    til nyhetsbrevet", "mit samtykke til jeres markedsføring"); "samtykket til opptaket", "samtykke
    til det" and "samtykke til, at vi optager" stay consent to the recording."""
    toks = s.toks
    if has(toks, bank, "consent", obj[0], obj[1]) is None or toks[obj[1] : obj[1] + 1] == () or (
            toks[obj[1]] not in _TO):
        return False
    after = range(obj[1] + 1, min(len(toks), obj[1] + 4))
    if not after or toks[after[0]] in ("at", "aa"):
        return False
    return not any(has(toks, bank, part, k, k + 1) for k in after for part in (
        "recording", "reference", "call_nouns", "rec_nouns"))


def other_noun(s: Sentence, bank: PhraseBank, k: int) -> bool:
    """Word k is a definite noun that is neither the recording, the consent, the call, nor a
    word that points back or fills a clause: the object of a stop or withdraw verb that is
    something else ("betalingen", "ansøgningen")."""
    word = s.toks[k]
    if len(word) < 5 or not word.endswith(_DEFINITE):
        return False
    return not any(has(s.toks, bank, part, k, k + 1) for part in (
        "recording", "consent", "reference", "call_nouns", "rec_nouns", "clause_fillers", "transparent",
        "withdraw_verbs", "stop_order", "stop_result", "keep_verbs"))


def withdrawal_info(s: Sentence, bank: PhraseBank, *, context: bool) -> Reading | None:
    """The caller told they can withdraw or have the recording stopped, in other words
    ("du kan når som helst bede os om at afbryde optagelsen")."""
    toks = s.toks
    conds = []
    for a, b in find(toks, bank, "condition"):
        c_lo, c_hi = _condition_clause(s, a, b)
        if c_hi == b and b < len(toks):
            c_hi = s.clause_of(b)[1]  # "Vil du have, at vi stopper optagelsen, så sig det bare."
        conds.append((a, b, c_hi))
    first = verb_first_you(s)
    if first is not None:
        conds.append((0, 1, first))  # "Siger du stop undervejs, slukker jeg for optagelsen."
    for a, b, c_hi in conds:
        regret = has(toks, bank, "regret", a, c_hi) or has(toks, bank, "withdraw_verbs", a, c_hi)
        # "Hvis du senere ikke vil optages, stopper vi optagelsen": a refusal later in the call.
        later = next(((k, k + 1) for k in range(a, c_hi) if toks[k] in _LATER | _NO_LONGER), None)
        refused_later = bool(later and _negated(toks, bank, a, c_hi) is not None and _topic(s, bank, a, c_hi))
        if regret is None and refused_later:
            regret = later
        # "Om du ombestemmer deg, kan du be meg slå av opptaket." /
        # "Vil du have optagelsen stoppet undervejs, så sig det bare." /
        # "Hvis du på et tidspunkt ikke vil optages længere, så sig bare til." (a refusal later on,
        # then "tell us": the caller may have the recording stopped)
        verb = _stop_verb(s, bank, c_hi, len(toks)) or (
            has(toks, bank, "info_heads", c_hi, len(toks)) or has(toks, bank, "tell_verbs", c_hi, len(toks))
            if has(toks, bank, "withdraw_verbs", a, c_hi) or refused_later else None)
        if regret and verb and ("du" in toks[a:c_hi] or _polite_you(s, toks[a:c_hi])) and (context or _topic(s, bank)):
            return _reading("withdrawal_info", s, (a, b), regret, verb)
    for a, b in find(toks, bank, "info_heads") + _impersonal_heads(s):
        if toks[a] == "kan" and (a == 0 or s.question):
            continue  # "Undervejs kan du altid ..." tells; "Kan du slukke for optagelsen?" asks
        c_lo, c_hi = s.clause_of(a)
        verb = _stop_verb(s, bank, b, min(len(toks), b + 10))
        if verb is None and has(toks, bank, "any_time", c_lo, c_hi) and (context or _topic(s, bank, b, c_hi)):
            # "Du kan når som helst reservere deg mot opptaket": a refusal open at any time during
            # the call is a right to have the recording stopped (DOMAIN.md: "du kan reservere deg");
            # right after talk of recording it needs no object ("Du kan reservere deg når som
            # helst"), but one it names must be the recording ("sige nej til vores nyhedsbrev")
            verb = has(toks, bank, "refuse_verbs", b, min(c_hi, b + 4))
            if verb and not _topic(s, bank, b, c_hi) and set(toks[verb[1] : c_hi]) & REFUSED_PREPS:
                verb = None
        if verb is None:
            verb = _says_no_more(s, bank, b)
        if verb is None or _negated(toks, bank, max(c_lo, a - 1), verb[0]) is not None or other_object(s, bank, verb):
            continue
        if _only_now(s, bank, b):
            continue  # "..., så sig det lige nu, så slår jeg den fra": an objection now, no right later
        if context or _topic(s, bank):
            return _reading("withdrawal_info", s, (a, b), verb)
    stopped = _stopped_on_your_word(s, bank) or _your_word_then_stopped(s, bank)
    if stopped is not None:
        return stopped
    # "Dit samtykke kan trækkes tilbage når som helst." / "Opptaket kan stoppes når du ønsker det."
    if not s.question and has(toks, bank, "time_units") is None:
        for a, b in find(toks, bank, "recording") + find(toks, bank, "consent"):
            c_lo, c_hi = s.clause_of(a)
            can = next((i for i in range(b, min(c_hi, b + 3)) if toks[i] in ("kan", "kunne")), None)
            verb = has(toks, bank, "withdraw_verbs", can + 1, min(c_hi, can + 4)) if can is not None else None
            when = has(toks, bank, "any_time", can + 1, c_hi) if can is not None and verb is None else None
            if when is not None and when[0] == can + 1:
                # "Optagelsen kan til enhver tid stoppes": the time said between "kan" and the verb
                verb = has(toks, bank, "withdraw_verbs", when[1], min(c_hi, when[1] + 3))
            if verb and _negated(toks, bank, c_lo, verb[1]) is None and not hypothetical(s, bank, a):
                return _reading("withdrawal_info", s, (a, b), (can, can + 1), verb)
    return None


# Verbs that report what the caller says: "du kan sige, at …", "du kan når som helst si at …".
_SAY = frozenset({"sige", "si", "seie", "sei", "fortaelle", "fortelle", "fortelje", "meddele", "melde"})
SAY_REACH = 4


def _says_no_more(s: Sentence, bank: PhraseBank, b: int) -> Span | None:
    """After a head that tells the caller what they can do ("du kan", "du er velkommen til"), a
    verb of saying whose "that"-clause refuses the recording from then on: "du kan når som helst
    sige, at du ikke vil optages længere", "du kan alltid si at du ikke vil bli tatt opp lenger".
    The refusal must be open to later in the call (a time said anywhere in the sentence, or "no
    longer" / "later" in the clause); "du kan sige, at du ikke vil optages" alone is an objection
    now, which the objection rules read. Returns the verb of saying."""
    toks, n = s.toks, len(s.toks)
    say = next((k for k in range(b, min(n, b + SAY_REACH)) if toks[k] in _SAY), None)
    if say is None:
        return None
    that = next((k for k in range(say + 1, min(n, say + 3)) if toks[k] in _THAT), None)
    if that is None or _negated(toks, bank, that + 1, n) is None or _topic(s, bank, that + 1, n) is None:
        return None
    open_later = has(toks, bank, "any_time") is not None or any(t in _LATER | _NO_LONGER for t in toks[that + 1:])
    return (say, say + 1) if open_later else None


# The generic subject ("man kan", nynorsk "ein kan"): a right told to anyone is told to the caller.
_GENERIC = frozenset({"man", "ein"})
# A right or a possibility said with an empty subject: "der er adgang til at", "det er mulighet for å".
_EMPTY_SUBJECTS = frozenset({"der", "det"})
_BE = frozenset({"er", "findes", "finnes", "fins", "gives", "gis"})
_RIGHT_NOUNS = frozenset({"adgang", "tilgang", "mulighed", "muligheden", "mulighet", "muligheten", "moglegheit",
                          "ret", "retten", "rett", "hoeve"})
RIGHT_REACH = 3


def _impersonal_heads(s: Sentence) -> list[Span]:
    """Heads that tell a right without naming "you": the generic subject and a modal ("Man kan
    altid ...", "Ein kan ..."), or an empty subject, "is" and a right or possibility noun followed
    by "til" / "for" ("Der er adgang til at ...", "Det finnes mulighet for å ..."). The stop or
    refusal verb after them is read as after "du kan"."""
    toks, n = s.toks, len(s.toks)
    out: list[Span] = []
    for k in range(n - 1):
        if toks[k] in _GENERIC and toks[k + 1] in ("kan", "kunne") and s.clause_of(k)[0] == k:
            out.append((k, k + 2))
        elif toks[k] in _EMPTY_SUBJECTS and toks[k + 1] in _BE:
            noun = next((j for j in range(k + 2, min(n - 1, k + 2 + RIGHT_REACH)) if toks[j] in _RIGHT_NOUNS), None)
            if noun is not None and toks[noun + 1] in ("til", "for"):
                out.append((k, noun + 2))
    return out


def _polite_you(s: Sentence, words: tuple[str, ...]) -> bool:
    """The words hold "de" and the sentence says "De" capitalised mid-sentence: the polite "you"
    ("Ønsker De undervejs, at optagelsen stopper, ...") rather than "they"."""
    return "de" in words and "De" in [w.strip(",.;:!?") for w in s.text.split()][1:]


_NOW = frozenset({"nu", "naa", "no"})


def _only_now(s: Sentence, bank: PhraseBank, at: int, reach: int = 3) -> bool:
    """The telling at word `at` is bound to now ("sig det lige nu", "si ifra nå") and nothing in
    the sentence opens it to later in the call ("når som helst", "undervejs", "senere")."""
    toks = s.toks
    now = any(t in _NOW for t in toks[at : at + reach])
    return now and has(toks, bank, "any_time") is None and not any(t in _LATER | _NO_LONGER for t in toks)


def _stopped_on_your_word(s: Sentence, bank: PhraseBank) -> Reading | None:
    """We stop the recording when the caller asks: "jeg stopper optagelsen, så snart du beder om
    det", "a stopper æ optagelse lige så snart du beder om det", "eg stoppar opptaket med ein gong
    du ber om det". A stop verb with the recording as its object (no "not", not a question), and
    after it a clause that opens with "when" / "if" / "as soon as" in which "you" ask, say so or
    want it."""
    toks, n = s.toks, len(s.toks)
    if s.question:
        return None
    for a, b in find(toks, bank, "withdraw_verbs"):
        obj = has(toks, bank, "recording", b, min(n, b + 4))
        if obj is None or _negated(toks, bank, max(0, a - 3), obj[1]) is not None:
            continue
        you = next((k for k in range(obj[1], min(n, obj[1] + 7)) if toks[k] == "du"), None)
        if you is None or not any(t in _WHEN for t in toks[obj[1] : you]):
            continue
        asks = next((k for k in range(you + 1, min(n, you + 3)) if toks[k] in _ON_YOUR_WORD), None)
        if asks is None or _negated(toks, bank, you, min(n, asks + 4)) is not None:
            continue
        return _reading("withdrawal_info", s, (a, b), obj, (you, asks + 1))
    return None


YOUR_WORD_REACH = 4
STOP_MAIN_REACH = 3


def _your_word_then_stopped(s: Sentence, bank: PhraseBank) -> Reading | None:
    """_stopped_on_your_word's clauses the other way round: the sentence opens with a clause of
    "when" / "if" / "as soon as" in which "you" ask, say so or want it ("Når du beder om det, ...",
    "Så snart du seier ifrå, ..."), and its main clause opens with a stop verb whose subject or
    object is the recording ("..., stopper optagelsen", "..., slår vi av opptaket"). No "not" in
    either clause, not a question, and not bound to now alone ("Vil du, stopper vi den nu"). The
    condition may also open with its verb, "you" second ("Seier du ifrå, stoppar vi opptaket.")."""
    toks, n = s.toks, len(s.toks)
    if s.question or n < 5:
        return None
    _, c_hi = s.clause_of(0)
    you = next((k for k in range(1, min(c_hi, YOUR_WORD_REACH)) if toks[k] in _YOU_ALL), None)
    if you is not None and c_hi < n and all(t in _WHEN for t in toks[:you]):
        asks = next((k for k in range(you + 1, min(c_hi, you + 3)) if toks[k] in _ON_YOUR_WORD), None)
        asks = asks if asks is not None else (has(toks, bank, "tell_verbs", you + 1, c_hi) or (None,))[0]
    elif verb_first_you(s) is not None and (toks[0] in _ON_YOUR_WORD or has(toks, bank, "tell_verbs", 0, 1)):
        you, asks = 1, 0  # the condition without "if", its verb first: "Sier du ifra, stopper vi opptaket."
    else:
        return None
    if asks is None or _negated(toks, bank, 0, c_hi) is not None:
        return None
    m_lo, m_hi = s.clause_of(c_hi)
    main = c_hi + (toks[c_hi] == "saa")
    verb = _stop_verb(s, bank, main, m_hi)
    if verb is None or verb[0] != main or _negated(toks, bank, m_lo, m_hi) is not None or other_object(s, bank, verb):
        return None
    rec = has(toks, bank, "recording", verb[0] + 1, min(m_hi, verb[1] + STOP_MAIN_REACH))
    if rec is None or _only_now(s, bank, m_lo, m_hi - m_lo):
        return None
    return _reading("withdrawal_info", s, (you, asks + 1), verb, rec)


def retention(s: Sentence, bank: PhraseBank) -> Reading | None:
    """How long the recording is kept ("vi gemmer optagelserne i 13 måneder", "lagres i inntil tre år")."""
    toks, n = s.toks, len(s.toks)
    for a, b in find(toks, bank, "keep_verbs"):
        for lo, hi in ((b, min(n, b + 6)), (max(0, a - 6), a)):
            for u_a, u_b in find(toks, bank, "time_units", lo, hi):
                count = toks[u_a - 1] if u_a > 0 else ""
                if count.isdigit() or has(toks, bank, "numbers", max(lo, u_a - 2), u_a):
                    return _reading("retention", s, (a, b), (u_a - 1, u_b))
    return None


def negated_notice(s: Sentence, bank: PhraseBank, lo: int, hi: int) -> bool:
    """A "not" in the clause of the notice in words [lo, hi), before it, inside it or right after
    its verb ("samtalen optages ikke", "opptak av samtalen gjøres ikke")."""
    if lo >= len(s.toks):
        return False
    c_lo, c_hi = s.clause_of(lo)
    return _negated(s.toks, bank, c_lo, min(c_hi, hi + 2)) is not None


def offers_choice(s: Sentence, bank: PhraseBank, at: int) -> bool:
    """Word `at` stands after a way to object in its clause ("du kan reservere deg mot at
    samtalen blir tatt opp"): what follows is what the caller may refuse, not a notice."""
    if at >= len(s.toks):
        return False
    c_lo, _ = s.clause_of(at)
    if s.toks[c_lo] == "at" and c_lo > 0:
        c_lo = s.clause_of(c_lo - 1)[0]  # "du kan frabede dig, at ...": the that-clause is its object
    return has(s.toks, bank, "refuse_verbs", c_lo, at) is not None


_AGREEMENT = frozenset({"aftale", "avtale", "samtykke", "samtykket", "tilladelse", "tillatelse", "accept",
                        "godkendelse", "godkjenning", "loeyve", "lov", "ja"})


def conditioned(s: Sentence, bank: PhraseBank) -> bool:
    """The recording is made to depend on the caller's yes: "Vi optager kun samtalen, hvis du
    siger ja til det.", "Optagelse sker kun efter aftale med dig.", "Vi tar opp samtalen dersom du
    samtykker." Such a sentence says what would happen, not that the call is recorded: no notice.
    A condition that refuses ("..., og hvis du ikke ønsker det, så sig til") leaves the notice."""
    toks, n = s.toks, len(s.toks)
    rec = [a for part in ("recording", "rec_passive", "rec_active", "rec_nouns") for a, _ in find(toks, bank, part)]
    if not rec:
        return False
    first = min(rec)
    for _a, b in find(toks, bank, "only"):
        if b < n and (toks[b] in _SAID or toks[b].startswith(_INFORM)):
            continue  # "Jeg må bare si at vi tar opp ...": "just" telling, no "only" about the recording
        # "kun efter aftale", "bare med ditt samtykke", "du bliver kun optaget efter aftale"
        after = next((k for k in range(b, min(n, b + 3)) if toks[k] in ("efter", "etter", "med")), None)
        if after is not None and any(t in _AGREEMENT for t in toks[after + 1 : after + 4]):
            return True
        if has(toks, bank, "condition", b, n) or has(toks, bank, "unless", b, n):
            return True  # "vi optager kun samtalen, hvis ..."
    for part in ("condition", "unless"):
        for a, b in find(toks, bank, part, first + 1, n):
            c_lo, c_hi = _condition_clause(s, a, b)
            accepts = (has(toks, bank, "consent", a, c_hi) or has(toks, bank, "acceptable", a, c_hi))
            if accepts and (_negated(toks, bank, a, c_hi) is None) == (part == "condition"):
                return True  # "..., hvis du siger ja" / "..., medmindre du siger nej"
    return _yes_first(s, bank, first) or _with_your_yes_first(s, bank, first)


def _with_your_yes_first(s: Sentence, bank: PhraseBank, first: int) -> bool:
    """The sentence opens with "med" and the caller's yes, and the recording follows as its main
    clause: "Med din tilladelse optager vi samtalen." / "Med ditt samtykke blir praten teken opp."
    (round 29): like "hvis du siger ja", it announces recording only if the caller agrees, so it is
    no definite notice. Not "med din henvendelse ..." (no yes) nor "uden dit samtykke ..." ."""
    toks = s.toks
    k = next((i for i in range(min(first, 3)) if toks[i] not in bank.fillers), None)
    if k is None or toks[k] not in ("med", "ved") or first - k > 7:
        return False
    head = toks[k + 1 : first]
    return (bool(set(head) & _AGREEMENT) and bool(set(head) & (_POSSESSIVE | _TO_YOU))
            and _negated(toks, bank, k, first) is None)


def _yes_first(s: Sentence, bank: PhraseBank, first: int) -> bool:
    """The sentence opens with an if-clause on the caller's yes, and the recording is its main
    clause: "Hvis du er indforstået, optager vi resten." / "Om du seier ja til det, tek eg opp
    praten." A recording announced only on that condition is a possibility, not a notice. The
    if-clause must open the sentence (after fillers at most): "jeg vil høre, om du ..." is a
    question, not a condition; a refusing condition ("hvis du ikke vil, ...") is no yes."""
    toks = s.toks
    for a, b in find(toks, bank, "condition", 0, first):
        if any(toks[k] not in bank.fillers and toks[k] not in _NEXT_CLAUSE for k in range(a)):
            continue
        c_hi = s.clause_of(a)[1]  # to its comma; without one, to where the main clause begins
        c_hi = c_hi if c_hi <= first else min(first, _condition_clause(s, a, b)[1])
        accepts = has(toks, bank, "consent", a, c_hi) or has(toks, bank, "acceptable", a, c_hi)
        if c_hi <= first and accepts and _negated(toks, bank, a, c_hi) is None:
            return True
    return False


def only_conditional(s: Sentence, bank: PhraseBank) -> bool:
    """Every word of the sentence about recording stands inside an if-clause (with its
    that-clause): "Ønsker du ikke, at samtalen optages, så giv mig besked." Such a sentence
    states no recording, whatever phrase it matched."""
    toks = s.toks
    spans = [_condition_clause(s, a, b) for part in ("condition", "hypothetical") for a, b in find(toks, bank, part)
             if not (part == "hypothetical" and _expletive_der(toks, a))]
    # A verb-first condition to "you", answered by "så ...": "Vil du acceptere, at vi optager
    # samtalen, så tryk 1 nu." / "Accepterer du optagelse, så tast 5."
    if len(toks) > 2 and toks[1] in ("du", "i", "dere") and not s.question:
        then = next((k for k in range(2, len(toks)) if toks[k] == "saa" and s.clause_of(k)[0] == k), None)
        if then is not None:
            spans.append((0, then))
    if not spans:
        return False
    # In a sentence that already makes the recording an if, a before-clause about it is one more
    # possibility, not news: "Hvis samtalen skal optages, får du besked, inden optagelsen starter."
    spans += [(a, s.clause_of(a)[1]) for a, _ in find(toks, bank, "before_words")
              if s.clause_of(a)[0] == a or has(toks, bank, "recording", a + 1, a + 3)]
    words = [a for part in ("recording", "rec_passive", "rec_active", "rec_nouns") for a, _ in find(toks, bank, part)]
    return bool(words) and all(any(lo <= w < hi for lo, hi in spans) for w in words)


def hypothetical(s: Sentence, bank: PhraseBank, at: int) -> bool:
    """Word `at` stands in an if-clause ("du bliver informeret, hvis samtalen optages"): what
    follows is a possibility, not a notice."""
    if at >= len(s.toks):
        return False
    c_lo, _ = s.clause_of(at)
    return any(a < at and not _expletive_der(s.toks, a) for a, _ in find(s.toks, bank, "hypothetical", c_lo, at + 3)
               ) or _verb_first(s, bank, at)


def _expletive_der(toks: tuple[str, ...], a: int) -> bool:
    """A "der" that opens the sentence (or follows "så") is the empty subject of a statement ("Der
    optages lyd af samtalen"), not a relative pronoun ("samtaler, der optages, ...")."""
    return toks[a] == "der" and (a == 0 or toks[a - 1] == "saa") and a + 1 < len(toks) and toks[a + 1] != "samtalen"


_AUX = frozenset({"blir", "bliver", "vert", "skal", "skulle", "vil", "er", "gjoer", "gjer", "foretar",
                  "foretager", "laver", "har"})


def _verb_first(s: Sentence, bank: PhraseBank, at: int) -> bool:
    """Word `at` stands in a clause that opens the sentence with its verb and is followed by an
    inverted main clause: a condition without "if" ("Optager vi samtalen, informerer vi dig
    først.", "Blir samtalen tatt opp, får du vite det.")."""
    toks = s.toks
    c_lo, c_hi = s.clause_of(at)
    if c_lo != 0 or s.question or c_hi + 1 >= len(toks):
        return False
    verb = toks[0] in _AUX or any(a == 0 for part in ("rec_active", "rec_passive") for a, _ in find(toks, bank, part))
    main = toks[c_hi] == "saa" or toks[c_hi + 1] in _PRONOUNS
    return verb and main


# An if-clause that opens the sentence ends where its main clause begins: at "så", or at a verb
# put before its subject ("Om chefen vil ..., hører du ...").
_MAIN_SUBJECTS = frozenset({"du", "de", "vi", "jeg", "eg", "me", "i", "dere", "dykk", "man", "det"})


def if_opens_sentence(s: Sentence, at: int) -> bool:
    """Word `at` stands in a clause opened by "om" at the start of the sentence, and a main clause
    follows it ("Om ledelsen ønsker samtalen optaget, så får du besked", "Om sjefen vil ha den
    tatt opp, høyrer du frå meg"): "om" there is "if", whatever subject follows it."""
    toks = s.toks
    if s.question or not toks or toks[0] != "om" or at >= len(toks):
        return False
    c_lo, c_hi = s.clause_of(at)
    if c_lo != 0 or c_hi + 1 >= len(toks):
        return False
    return toks[c_hi] == "saa" or toks[c_hi + 1] in _MAIN_SUBJECTS


# --- notices and short requests ---------------------------------------------------------------

_RELATIVE = frozenset({"der", "som", "hvor", "hvilke", "hvilket"})
# "som altid", "som vanlig": "as always", not a relative clause.
_AS_ALWAYS = frozenset({"altid", "alltid", "vanlig", "vanligt", "normalt", "saedvanlig", "saedvanligt", "oftest"})
_RESTRICTIVE = frozenset({"hvor", "der", "som", "naar", "idet"})
_FIRST_PERSON = frozenset({"vi", "jeg", "eg", "me"})
# A tag clause after the question ("..., altså?", "..., du?", "..., vel?") adds no words of its own.
_TAIL_TAGS = frozenset({"altsaa", "altsa", "du", "vel", "da", "daa", "hva", "hvad", "naa", "nu", "no", "saa", "tru",
                        "ik", "ikk", "ikke", "ikkje", "sant"})  # "..., ik'?", "..., ikke sant?" ask for a yes
# Words that name the one spoken to, kindly, in a clause of their own ("..., vennen?", "..., min ven?",
# "..., skat?"): they ask nothing.
_ENDEARMENTS = frozenset({"vennen", "ven", "venn", "min", "mi", "skat", "kaere", "kjaere", "pigen", "pige", "jenta",
                          "gutten", "veninde", "venninne"})
# Tags that carry a "not" of their own stay in the question ("..., ikke?"): its polarity is unsure.
_NOT_TAGS = frozenset({"ik", "ikk", "ikke", "ikkje", "du", "hva", "hvad"})
# "still": asking again after a transfer ("Er det fortsat okay?", "Er det framleis greitt?") asks the same.
_STILL = frozenset({"stadig", "stadigvaek", "fortsat", "fortsatt", "framleis", "fremdeles", "endnu", "enno",
                    "stadigvekk"})
_REQUEST_FILLERS = frozenset({"du", "dig", "deg", "for", "med", "helt", "ogsaa", "saa", "da", "egentlig",
                              "nogen", "noen", "nokon", "nokre", "mod", "mot", "imod", "imot",
                              "og", "men", "det", "dette", "din", "skyld", "meg", "mig", "at", "aa", "jo",
                              "ut", "nu", "naa", "gerne", "gjerne", "godt", "nok", "er", "synes", "syntes",
                              "tykkjer", "tror", "et", "en", "ei", "noe", "noget", "ditt", "dit", "i", "til"}) | _STILL
# Verbs that carry no content of their own in a short request: "Vil det være i orden for dig?",
# "Blir det greitt for deg?", "Vil du give mig lov til det?", "Vil du have noget imod det?". The
# word that asks for leave (or objects) must still be there; these only stand around it.
_LIGHT_VERBS = frozenset({"vaere", "vere", "blive", "bli", "verte", "give", "gi", "gje", "gjeve", "have", "ha",
                          "vaeret", "vaert", "vore", "blevet", "blitt", "vorte", "eit", "ein", "os", "oss"})
# Finite verbs that open such a question besides the bank's question verbs ("Blir det greitt?",
# "Ville det være i orden?", "Skulle det være et problem?").
_MORE_QUESTION_VERBS = frozenset({"blir", "bliver", "vert", "ville", "skulle", "kunne", "vil"})
# "Er det noget, du kan gå med til?" / "Er det noe du kan leve med?": "something you can ...".
_SOMETHING = frozenset({"noget", "noe", "noko"})
# The bare prepositions of objecting ("imod", "imot"): alone they name no objection to the recording.
_AGAINST = frozenset({"imod", "imot", "mod", "mot"})
# "Er det noget, ...", "Er der noget, ...": the pronoun before "something" in such a question.
_IT_THERE = frozenset({"det", "dette", "der"})
# The verb after "du" in "Er det noget, du kan gå med til?", "Er det noe du er komfortabel med?".
_SOMETHING_VERBS = frozenset({"kan", "vil", "kunne", "er", "blir", "bliver", "vert"})
_ANY = frozenset({"nogen", "noen", "nokon", "nokre", "nogle"})
_WHAT_SAY = frozenset({("hvad", "siger", "du", "til", "det"), ("hva", "sier", "du", "til", "det"),
                       ("kva", "seier", "du", "til", "det"), ("hvad", "siger", "du", "til", "det", "her"),
                       ("hva", "sier", "du", "til", "det", "da"), ("hvad", "siger", "du", "saa", "til", "det")})
# "Må jeg det?", "Får vi lov?": asking permission for what was just said.
_PERMISSION = frozenset({"maa", "faar", "kan", "ka"})  # "ka'": the spoken Danish "kan"
# "that way": "gøre det sådan" / "gjere det slik" points back to what was said as "gøre det" does.
_THAT_WAY = frozenset({"saadan", "saan", "saann", "slik", "saadn"})
_PERMISSION_WORDS = frozenset({"jeg", "vi", "eg", "me", "det", "dette", "lov", "gerne", "gjerne", "godt",
                               "saa", "da", "nu", "naa", "ogsaa", "ok", "goere", "gjoere", "gjere"}) | _THAT_WAY


_SUBJECTS = frozenset({"du", "vi", "jeg", "eg", "me", "i", "dere"})


def _inserted_clause(s: Sentence, bank: PhraseBank, x: Span, y: Span) -> bool:
    """The call, a short clause about it, then the passive verb in a clause of its own: "Samtalen,
    du fører med os nu, optages ...", "Samtalen vi har nå, tas opp ...". The inserted clause opens
    with its subject and holds no "not", modal, condition or recording word."""
    toks = s.toks
    verb = s.clause_of(y[0])[0]  # the verb's clause opens with it, or with its auxiliary ("blir tatt opp")
    inside = toks[x[1] : verb]
    if not inside or len(inside) > 6 or inside[0] not in _SUBJECTS or any(t not in _AUX for t in toks[verb : y[0]]):
        return False
    if s.clause_of(x[0])[0] != x[0] and x[0] != 0:
        return False  # the call must open its clause: "..., hvis samtalen vi har, tas op" is not this
    if _negated(toks, bank, x[1], y[0]) is not None or any(t in bank.modals for t in inside):
        return False
    return not (has(toks, bank, "condition", x[1], y[0]) or _topic(s, bank, x[1], y[0]))


_AGAIN = frozenset({"den", "det", "denne", "dette"})
# Words that may follow the call before the comma: "samtalen vår, den ...", "opkaldet her, det ...".
_THIS_CALL = frozenset({"her", "hær", "vaar", "vores", "nu", "naa", "no"})


def _taken_up_again(s: Sentence, x: Span, y: Span) -> bool:
    """The call put first and taken up again by a pronoun that opens the next clause, our verb
    after it: "Denne samtalen, den tar vi opp", "Det her opkald, det optager vi" (one statement
    said in two breaths)."""
    toks = s.toks
    k = s.clause_of(x[0])[1]  # where the next clause opens
    return (k < len(toks) and toks[k] in _AGAIN and all(t in _THIS_CALL for t in toks[x[1] : k])
            and y[0] == k + 1 and s.clause_of(y[0])[0] == k)


# Words that cannot stand in a subject that names who records ("kundeservice optager ...").
_NOT_SUBJECT = frozenset({"at", "aa", "og", "men", "eller", "saa", "naar", "da", "hvis", "viss", "om", "dersom"})


def _finite(word: str) -> bool:
    """A present-tense verb form: "optager", "gemmer", "lagrar", "tar", "tek" (not "optage")."""
    return word.endswith(("er", "ar")) or word in ("tar", "tek", "gjoer", "gjer")


def named_subject(s: Sentence, bank: PhraseBank, at: int) -> bool:
    """The finite recording verb at word `at` has a named subject of one to three words that
    opens its clause: "Kundeservice optager alle opkald", "Banken vår tar opp samtalene",
    "at vores kundecenter optager ..." (after "at"). No pronoun (those are read as "we" or
    "you"), no "not", modal, question or condition word among them."""
    toks = s.toks
    if at < len(toks) and not _finite(toks[at]) and at > 0 and toks[at - 1] in ("kan", "kunne", "vil"):
        at -= 1  # "Kundesenteret kan ta opp samtaler": the modal is the finite verb (a vague notice)
    if at >= len(toks) or not (_finite(toks[at]) or toks[at] in ("kan", "kunne", "vil")):
        return False
    c_lo, _ = s.clause_of(at)
    if c_lo < at and toks[c_lo] in ("at", "aa"):
        c_lo += 1
    subject = toks[c_lo:at]
    return 1 <= len(subject) <= 3 and not any(
        t in _PRONOUNS or t in bank.negations or t in bank.modals or t in _QUESTION_WORDS or t in _RELATIVE
        or t in _NOT_SUBJECT or t in _YOU_ALL for t in subject)


# Words that may stand between a verb and the call it takes: "Optager den her samtale", "Tar opp
# hele samtalen".
_THIS_WHOLE = frozenset({"den", "denne", "det", "dette", "her", "hele", "heile"})


def _subject_dropped(s: Sentence, v: Span, a: int) -> bool:
    """A statement that opens with our present-tense recording verb, its "we" left unsaid, the
    call right after it: "Optager samtalen til oplæring.", "Tar opp samtalen for å lære." (a
    notice read out as a heading). A verb first with its subject after it is a condition or a
    question ("Optager vi samtalen, får du besked", "Tar dere opp samtalen?"): not this."""
    toks = s.toks
    return (v[0] == 0 and not s.question and _finite(toks[0])
            and all(t in _THIS_WHOLE for t in toks[v[1] : a]))


def _reserved(s: Sentence, bank: PhraseBank, at: int) -> bool:
    """We, then a modal word, then the recording verb at word `at`, in one clause: "Vi forbeholder
    os retten til at optage samtaler" (a vague notice, however far the verb stands from "we")."""
    c_lo, _ = s.clause_of(at)
    return any(t in _FIRST_PERSON for t in s.toks[c_lo:at]) and has(s.toks, bank, "modal_words", c_lo, at) is not None


def notice(s: Sentence, bank: PhraseBank) -> Reading | None:
    """A notice in other words: the call as the subject of a passive recording verb ("alle samtaler
    til kundeservice bliver optaget"), or as the object of ours ("af hensyn til kvaliteten optager
    vi samtalen"). With a modal word it is a vague notice ("samtalen kan måske bli teipa"); with a
    "not", in an if-clause or in a question it is no notice at all."""
    if s.question:
        return None
    toks, n = s.toks, len(s.toks)
    pairs: list[tuple[Span, Span]] = []
    for a, b in find(toks, bank, "call_nouns"):
        # A frequency word between lengthens the reach by its own words: "samtaler hos os bliver
        # af og til optaget" (the notice it makes is vague).
        often = sum(y - x for x, y in find(toks, bank, "modal_words", b, min(n, b + 7)))
        # the verb starts within reach; a verb of two words may end after it ("Samtala er i ferd
        # med å bli teken opp")
        reach = b + 7 + often
        pairs += [((a, b), v) for v in find(toks, bank, "rec_passive", b, min(n, reach + 2)) if v[0] < reach]
        for v in find(toks, bank, "rec_active", max(0, a - 6), a):
            if any(t in _FIRST_PERSON for t in toks[max(0, v[0] - 5) : a]) or named_subject(s, bank, v[0]) or (
                    _reserved(s, bank, v[0])) or _subject_dropped(s, v, a):
                pairs.append((v, (a, b)))
        # The verb first: "hos os optages alle opkald", "her tas alle samtaler opp"
        for v in find(toks, bank, "rec_passive", max(0, a - 3), n):
            if v[1] <= a or v[0] < a < v[1]:
                pairs.append((v, (a, b)))
        # The call first, then our verb: "denne samtale optager vi", "samtalen tar vi opp ..."
        for v in find(toks, bank, "rec_active", b, min(n, b + 4)):
            if v[0] > b + 1:
                continue
            if any(t in _FIRST_PERSON for t in toks[v[0] + 1 : v[1] + 1]):
                pairs.append(((a, b), v))
        # ... or taken up again after a comma: "Samtalen vår, den tar vi opp ..."
        pairs += [((a, b), v) for v in find(toks, bank, "rec_active", b, min(n, b + 7))
                  if _taken_up_again(s, (a, b), v) and any(t in _FIRST_PERSON for t in toks[v[0] + 1 : v[1] + 1])]
    for x in _other_subjects(s, bank):
        # "De bliver optaget ...", "alt vi snakker om nå blir tatt opp"
        reach = x[1] + 4
        pairs += [(x, v) for v in find(toks, bank, "rec_passive", x[1], min(n, reach + 2))
                  if v[0] < reach and not enrolled(toks, bank, v[1]) and not _admitted(s, bank, x, v)
                  and toks[v[0] - 1] not in _BUSY]
    nouns = _noun_notices(s, bank)
    # A condition with its verb first ("Kommer vi til at optage samtalen, så får du besked"):
    # what it says may happen is no notice.
    if_first = verb_first_you(s, subjects=_PRONOUNS)
    for x, y in pairs + nouns:
        lo, hi = x[0], y[1]
        if if_first is not None and lo < if_first:
            continue
        c_lo, c_hi = s.clause_of(lo)
        if (hi > c_hi and not _inserted_clause(s, bank, x, y) and not _taken_up_again(s, x, y)) or negated_notice(
                s, bank, lo, hi) or hypothetical(
                s, bank, lo) or negated_notice(s, bank, y[0], hi):
            continue
        if offers_choice(s, bank, lo) or has(toks, bank, "condition", c_lo, lo):
            continue  # "du kan reservere deg mot at det blir gjort opptak av samtalen" offers a choice
        if if_opens_sentence(s, lo):
            continue  # "Om sjefen vil ha samtalen teken opp, så høyrer du frå meg": a possibility
        if wished_consent(s, bank, lo):
            continue  # "ønsker du at give samtykke til, at samtalen optages, ...": asked, not told
        if any(t.startswith(_STORE) for t in toks[lo:hi]) and has(toks, bank, "time_units"):
            continue  # "samtalen lagres i 90 dager" says how long, read as retention
        between = enumerate(toks[x[1] : y[0]], start=x[1])
        if (x, y) not in nouns and any(t in _RELATIVE and not (t == "som" and toks[k + 1 : k + 2] and toks[k + 1]
                                                              in _AS_ALWAYS) for k, t in between):
            continue  # "samtaler, der optages, ..." speaks of some calls, not this one
        modal = vague_words(s, bank, lo, hi)
        return _reading("vague_notice" if modal else "recording_notice", s, modal, x, y)
    return _device_on(s, bank)


# Who is spoken to: the caller as the subject of a passive recording verb ("De bliver optaget").
_YOU_SUBJECTS = frozenset({"du", "de"})
# "De er optaget" is "they are busy": a participle right after "er" / "var" says no recording.
_BUSY = frozenset({"er", "var", "e"})
# "alt (det) (som) vi siger / snakker om": what is said in the call, as a subject.
_ALL = frozenset({"alt", "alting", "altsammen", "alle"})
_SPEAK = frozenset({"siger", "sagt", "siges", "sies", "sier", "seier", "sagde", "sa", "snakker", "snakkar", "snakket",
                    "snakka", "taler", "talar", "talt", "prater", "pratar", "pratet", "prata", "droefter",
                    "droefta", "droeftet", "diskuterer", "diskuterar", "naevner", "nevner"})


def _other_subjects(s: Sentence, bank: PhraseBank) -> list[Span]:
    """Subjects of a passive recording verb besides the call: the caller ("For god ordens skyld:
    De bliver optaget", "du blir tatt opp nå") opening a clause, and what is said ("alt vi taler
    om bliver optaget", "alt som blir sagt, blir tatt opp")."""
    toks, n = s.toks, len(s.toks)
    out: list[Span] = []
    for a, t in enumerate(toks):
        opens = s.clause_of(a)[0] == a or (a > 0 and toks[a - 1] in ("at", "og"))
        if t in _YOU_SUBJECTS and (opens or _inverted_after(s, a)):
            out.append((a, a + 1))
        elif _points_to_call(s, bank, a):
            out.append((a, a + 1))
        elif t in _ALL and opens:
            speak = next((k for k in range(a + 1, min(n, a + 6)) if toks[k] in _SPEAK), None)
            if speak is not None:
                end = speak + 1 + (speak + 1 < n and toks[speak + 1] == "om")
                out.append((a, end))
    return out


# The passive auxiliaries that may stand before an inverted subject: "fra nu af bliver du optaget".
_PASSIVE_AUX = frozenset({"bliver", "blir", "vert"})


def _inverted_after(s: Sentence, a: int) -> bool:
    """Word a is the subject put after the passive auxiliary of a statement whose clause opens with
    something else ("Fra nu af bliver du optaget", "Så blir du tatt opp"): the order of a main
    clause after a fronted adverb. An auxiliary that opens the clause asks or sets a condition
    ("Bliver du optaget, ..."), and a question is no statement: neither counts."""
    return (not s.question and a > 1 and s.toks[a - 1] in _PASSIVE_AUX and s.clause_of(a)[0] < a - 1)


def _points_to_call(s: Sentence, bank: PhraseBank, a: int) -> bool:
    """Word a is "det" / "den" opening a clause joined by "og" / "men" to an earlier one that named
    the call: "Det her er et opkald fra os, og det optages ..." (it is the call)."""
    toks = s.toks
    return (toks[a] in ("det", "den") and a > 1 and toks[a - 1] in ("og", "men")
            and has(toks, bank, "call_nouns", 0, a - 1) is not None)


def _admitted(s: Sentence, bank: PhraseBank, subject: Span, verb: Span) -> bool:
    """The caller "optaget på uddannelsen", "tatt opp i foreningen", "teken opp som medlem": taken
    into a place or a body, unless what follows is the tape or the call ("De bliver optaget på
    bånd", "du blir tatt opp i denne samtalen")."""
    toks, k = s.toks, verb[1]
    if s.toks[subject[0]] not in _YOU_SUBJECTS or k >= len(toks) or toks[k] not in ("paa", "i", "som", "ved"):
        return False
    after = (k, min(len(toks), k + 4))
    return not (_topic(s, bank, *after) or has(toks, bank, "call_nouns", *after)
                or has(toks, bank, "recording", *after))


# The word that says the recorder is on stands within this many words of it ("jeg har sat
# optageren i gang", "opptakeren står på under samtalen").
DEVICE_REACH = 4


def _device_on(s: Sentence, bank: PhraseBank) -> Reading | None:
    """The recorder is on: "optageren kører", "jeg har sat optageren i gang", "opptakeren står på
    under samtalen". With a "not", an if or a question no notice; with a modal word a vague one."""
    toks = s.toks
    if s.question:
        return None
    for a, b in find(toks, bank, "rec_devices"):
        c_lo, c_hi = s.clause_of(a)
        on = has(toks, bank, "device_on", c_lo, min(c_hi, b + DEVICE_REACH))
        if on is None or hypothetical(s, bank, a):
            continue
        lo, hi = min(a, on[0]), max(b, on[1])
        # a "not", a condition or a stop before the recorder or right after it ("optageren er
        # ikke tændt", "hvis optageren kører", "vi har slukket optageren"); a run-on clause after
        # it ("…, og hvis du ikke vil optages, så sig til") is another matter
        if _negated(toks, bank, c_lo, min(c_hi, hi + 2)) is not None or has(toks, bank, "condition", c_lo, lo):
            continue
        if has(toks, bank, "stop_order", c_lo, min(c_hi, hi + 2)):
            continue
        modal = vague_words(s, bank, lo, hi)
        return _reading("vague_notice" if modal else "recording_notice", s, modal, (a, b), on)
    return _recording_on(s, bank)


# Endings of a recording noun's definite form ("optagelsen", "opptaket", "innspelinga").
_DEFINITE_ENDINGS = ("", "n", "en", "et", "a", "e")
_OF_ON = frozenset({"af", "av", "paa", "pa"})


def _rec_noun(s: Sentence, bank: PhraseBank, k: int) -> bool | None:
    """Word k is a recording noun: True in its definite form ("optagelsen", "opptaket"), False
    bare ("optagelse", "opptak"), None when it is none."""
    word = s.toks[k]
    for entry in bank.parts["rec_nouns"]:
        if len(entry) == 1 and word.startswith(entry[0]) and word[len(entry[0]):] in _DEFINITE_ENDINGS:
            return word != entry[0]
    return None


def _recording_on(s: Sentence, bank: PhraseBank) -> Reading | None:
    """The recording said to be on, told by the recording noun and a word of running, in a
    statement: "Jeg har sat optagelsen af samtalen i gang", "Vi har optagelse kørende på
    opkaldet", "Opptaket av samtalen er i gang". What runs must be the recording of the call: a
    bare noun needs the call after "af" / "på" ("optagelse af fodboldkampen" records something
    else), a definite one ("optagelsen er i gang") is this call's unless another thing is named.
    A "not" or a stop in its clause, or a condition or an if before its end ("Siger du ja, sætter
    jeg optagelsen i gang") makes it no notice; a modal word a vague one."""
    toks, n = s.toks, len(s.toks)
    for a in range(n):
        definite = _rec_noun(s, bank, a)
        if definite is None:
            continue
        c_lo, c_hi = s.clause_of(a)
        # what the recording is of: "af / på" right after the noun ("optagelsen af samtalen er i
        # gang") or after the word of running ("optagelse kørende på opkaldet")
        of_call = has(toks, bank, "call_nouns", a + 2, min(c_hi, a + 5)) if (
            a + 1 < c_hi and toks[a + 1] in _OF_ON) else None
        on = has(toks, bank, "device_on", c_lo, min(c_hi, (of_call[1] if of_call else a + 1) + DEVICE_REACH + 1))
        if on is None:
            continue
        prep = next((k for k in (a + 1, on[1]) if k < c_hi and toks[k] in _OF_ON), None)
        call = has(toks, bank, "call_nouns", prep + 1, min(c_hi, prep + 4)) if prep is not None else None
        if (prep is not None and call is None) or (prep is None and not definite):
            continue
        if (_negated(toks, bank, c_lo, c_hi) is not None or has(toks, bank, "condition", 0, c_hi)
                or has(toks, bank, "hypothetical", 0, c_hi) or verb_first_you(s, subjects=_PRONOUNS) is not None
                or hypothetical(s, bank, a) or if_opens_sentence(s, min(a, on[0]))
                or has(toks, bank, "stop_order", c_lo, c_hi) or has(toks, bank, "withdraw_verbs", c_lo, c_hi)):
            continue
        lo, hi = min(a, on[0]), max(a + 1, on[1], call[1] if call else 0)
        modal = vague_words(s, bank, lo, hi)
        return _reading("vague_notice" if modal else "recording_notice", s, modal, (a, a + 1), on)
    return None


# Verbs of wishing before a consent word: the recording after them is what the caller may consent to.
_WISH_VERBS = frozenset({"oensker", "onsker", "oenskjer", "ynskjer", "vil", "vill", "oensk", "onsk"})


def wished_consent(s: Sentence, bank: PhraseBank, lo: int) -> bool:
    """True when the recording at `lo` is the content of a consent the caller is asked whether
    they wish to give ("Ønsker du at give samtykke til, at samtalen optages", "Vil du samtykke i at
    samtalen blir tatt opp"): a wish verb, then a consent word, then "at" / "i at" just before."""
    toks = s.toks
    cons = has(toks, bank, "consent", max(0, lo - 6), lo)
    if cons is None or not any(t in ("at", "aa") for t in toks[cons[1] : lo]):
        return False
    return any(t in _WISH_VERBS for t in toks[max(0, cons[0] - 5) : cons[0]])


# Modal verbs and possibility words: before a notice they make it vague ("det er muligt, at
# samtalen optages"); after it, in its clause, they usually begin something else ("..., og du kan").
_MODAL_VERBS = frozenset({"kan", "ka", "kunne", "mulighet", "mulighed", "muligheten", "muligheden", "forbeholder",
                          # a probability noun hedges a notice after it ("der er en vis sandsynlighed for,
                          # at ..."); after the notice it begins a purpose ("... for at mindske
                          # sandsynligheden for fejl")
                          "sandsynlighed", "sandsynligheden", "sannsynlighet", "sannsynligheten",
                          "sannsynlegheit", "sannsynlegheita"})


def vague_words(s: Sentence, bank: PhraseBank, lo: int, hi: int) -> Span | None:
    """A word that makes the notice in words [lo, hi) vague: a modal or quantifier anywhere
    before it in the sentence or inside it ("i nogle tilfælde optager vi ...", "det hender at vi
    tar opp ..."), or a frequency word among the next words of its clause ("samtaler optages
    stikprøvevis", "blir tatt opp av og til")."""
    toks = s.toks
    hedged = _not_ruled_out(s, lo)
    if hedged is not None:
        return hedged
    before = next((m for m in find(toks, bank, "modal_words", 0, hi) + [(i, i + 1) for i in range(0, hi)
                                                                        if toks[i] in bank.modals]
                   if not _lead_in(s, bank, m[0], lo)), None)
    if before:
        return before
    _, c_hi = s.clause_of(max(lo, hi - 1))
    for a, b in find(toks, bank, "modal_words", hi, min(c_hi, hi + 4)):
        if not set(toks[a:b]) & _MODAL_VERBS:
            return (a, b)
    # The speaker's doubt said after it, in a clause of its own: "samtalen bliver optaget, men jeg
    # er ikke helt sikker" hedges the notice as much as a "måske" before it would.
    unsure = next(((a, b) for a, b in find(toks, bank, "modal_words", hi) if set(toks[a:b]) & _UNSURE), None)
    return unsure or _maybe_after(s, bank, hi)


# Words of impossibility: with a "not" before them they say "possibly" ("ikke udelukket").
_RULED_OUT = frozenset({"udelukket", "udelukke", "utelukket", "utelukka", "utelukke", "umuligt", "umulig",
                        "uutenkelig", "utenkelig", "utenkeleg", "utaenkeligt", "usandsynligt", "usannsynlig",
                        "usannsynleg"})


def _not_ruled_out(s: Sentence, lo: int) -> Span | None:
    """A clause before the notice at word `lo` that says it is not ruled out: "Det er ikke
    udelukket, at samtalen optages" / "Det er ikkje umogleg at ..." (round 29): a "not" and a word
    of impossibility make a possibility, a vague notice (DOMAIN.md: "can be recorded" is too
    vague). Not an impossibility without the "not" (that is a negated notice, read elsewhere)."""
    toks = s.toks
    for k in range(1, min(lo, len(toks))):
        if toks[k] in _RULED_OUT and any(t in ("ikke", "ikkje", "ik") for t in toks[max(0, k - 3) : k]):
            return (k - 1, k + 1)
    return None


# Verbs of having said or saying again, besides _SAID: "nævnt", "nemnt", "fortalt", "gentager".
_TOLD = frozenset({"naevnt", "naevnte", "nevnt", "nevnte", "nemnt", "nemnde", "fortalt", "fortalte", "gentager",
                   "gjentar", "gjentek"})


def _lead_in(s: Sentence, bank: PhraseBank, k: int, lo: int) -> bool:
    """Word k stands in an earlier clause that only speaks of saying it ("Min kollega har nok
    nævnt det, men jeg siger det igen: samtalen optages"): a verb of saying with "det" as its
    object and no recording word. A modal there hedges the having said, not the notice at lo."""
    c_lo, c_hi = s.clause_of(k)
    words = s.toks[c_lo:c_hi]
    return (c_hi <= lo and "det" in words and any(t in _SAID or t in _TOLD for t in words)
            and _topic(s, bank, c_lo, c_hi) is None)


# "det kan (godt) være / hende / ske": a clause that makes what was said a possibility.
_MAY_BE = frozenset({"vaere", "vaera", "hende", "ske", "skje", "vere"})
_MAY_SOFT = frozenset({"godt", "jo", "nok", "sagtens", "saktens", "vel", "saa", "ogsaa", "og"})


def _maybe_after(s: Sentence, bank: PhraseBank, hi: int) -> Span | None:
    """A later clause of the notice's sentence that says it may be so: "vi optager samtaler, så
    det kan godt være, at din også bliver det", "... så det kan hende at denne blir tatt opp"
    (DOMAIN.md: "can be recorded" is too vague, however it is put). "det" as its subject, "kan",
    softeners, then "være" / "hende" / "ske"; in a clause of its own after the notice, and what
    may be is the recording: a recording word after it, or "bliver det" / "blir det" standing
    for it ("så det kan godt være, at du hører en pause" hedges something else)."""
    toks, n = s.toks, len(s.toks)
    for k in range(hi, n - 2):
        if toks[k] != "det" or toks[k + 1] not in ("kan", "ka", "kunne") or s.clause[k] == s.clause[max(0, hi - 1)]:
            continue
        j = k + 2
        while j < n and toks[j] in _MAY_SOFT:
            j += 1
        becomes_it = any(toks[i] in ("bliver", "blir", "vert", "blive", "bli") and toks[i + 1] == "det"
                         for i in range(j + 1, n - 1))
        if j < n and toks[j] in _MAY_BE and (has(toks, bank, "recording", j + 1) or becomes_it):
            return (k, j + 1)
    return None


# Words of doubt about what one says ("ikke sikker", "usikker"): they hedge a notice from anywhere
# in its sentence.
_UNSURE = frozenset({"sikker", "sikkert", "usikker"})


# A particle after a recording noun that switches it on or off ("slået optagelse til / fra på
# samtalen", "skrudd opptak på / av"), before the preposition that names the call.
_SWITCH = frozenset({"til", "fra", "fraa", "av", "paa"})
_SWITCH_OFF = frozenset({"fra", "fraa", "av"})
# Subjects of a statement about a recording noun: "vi har opptak av ...", "der bliver lavet en optagelse af ...".
_NOUN_SUBJECTS = frozenset({"vi", "jeg", "eg", "me", "det", "der"})
# Verbs of keeping: "vi lagrer samtalen" is a notice, unless it says for how long (retention).
_STORE = ("lagr", "gemm", "gemt")


def _noun_notices(s: Sentence, bank: PhraseBank) -> list[tuple[Span, Span]]:
    """A recording noun with the call as its object, in a statement by us: "vi har opptak av
    denne samtalen", "det blir gjort opptak av samtalen", "vi foretager optagelse af samtalen"."""
    toks, n = s.toks, len(s.toks)
    out: list[tuple[Span, Span]] = []
    for a, b in find(toks, bank, "rec_nouns"):
        at = b
        if at + 1 < n and toks[at] in _SWITCH and has(toks, bank, "rec_noun_preps", at + 1, at + 2):
            if toks[at] in _SWITCH_OFF:
                continue  # "vi har slået optagelse fra på samtalen": switched off
            at += 1  # "vi har slået optagelse til på denne samtale": switched on
        prep = has(toks, bank, "rec_noun_preps", at, min(n, at + 1))
        call = has(toks, bank, "call_nouns", prep[1], min(n, prep[1] + 3)) if prep else None
        if call is None:
            continue
        c_lo, c_hi = s.clause_of(a)
        if has(toks, bank, "withdraw_verbs", c_lo, a) or has(toks, bank, "stop_order", c_lo, a):
            continue  # "vi har stoppet optagelsen af samtalen": no recording goes on
        verb = has(toks, bank, "rec_noun_verbs", max(c_lo, a - 4), a)
        if verb and any(t in _NOUN_SUBJECTS for t in toks[max(c_lo, verb[0] - 3) : a]):
            out.append((verb, call))
        elif a == c_lo or toks[c_lo:a] in (("et",), ("eit",), ("en",)):
            # "Opptak av samtaler gjøres for å ...", "Optagelse af samtalen sker af hensyn til ..."
            after = has(toks, bank, "rec_noun_verbs", call[1], min(c_hi, call[1] + 2))
            if after and toks[after[0]] not in ("er", "har"):
                out.append(((a, b), after))
    return out


# "..., vel ikke?": the "not" of a tag question that expects the answer "no" ("Du har vel ikke
# noget imod ...?", "Det har du vel ikkje noko imot?"). Such a question is negatively phrased.
_TAG = frozenset({"vel", "vell",
                  # "Det generer dig forhåbentlig ikke?": a hope that the answer is "no" asks the same way
                  "forhaabentlig", "forhaabentligt", "forhaapentlig", "forhaapentligvis", "forhaapentleg",
                  "forhaapentlegvis"})


# A hope that opens the question hopes for the "no" of its "not" however far it stands:
# "Forhåbentlig har du intet imod, at vi optager?"
_HOPE = _TAG - {"vel", "vell"}
HOPE_REACH = 4


def _tag_negation(toks: tuple[str, ...], bank: PhraseBank, lo: int, hi: int) -> int | None:
    """The index of the "not" right after "vel" in words [lo, hi), or within a few words of a
    hope that opens them, if any."""
    hoped = lo < len(toks) and toks[lo] in _HOPE
    return next((i for i in range(max(lo, 1), min(hi, len(toks))) if toks[i] in bank.negations
                 and (toks[i - 1] in _TAG or (hoped and i - lo <= HOPE_REACH))), None)


def _tag_request(s: Sentence, bank: PhraseBank, c_lo: int, c_hi: int) -> Reading | None:
    """A short tag question that points back and objects: "Det har du vel ikke noget imod?",
    "Det er vel ikke et problem?", "Du har vel ingen innvendinger?" (a negatively phrased request)."""
    toks = s.toks
    tag = _tag_negation(toks, bank, c_lo, c_hi)
    if tag is None or not 3 <= c_hi - c_lo <= 8:
        return None
    if any(toks[i] in bank.negations for i in range(c_lo, c_hi) if i != tag):
        return None
    # the objection after the tag ("Det er vel ikke et problem?") or, as its verb, before it
    # ("Det plager dig vel ikke?")
    objecting = has(toks, bank, "objecting", tag + 1, c_hi) or has(toks, bank, "objecting", c_lo, tag - 1)
    if objecting is None:
        return None
    used = {tag - 1, tag}
    for part in ("objecting", "reference", "question_verbs", "request_fillers"):
        for a, b in find(toks, bank, part, c_lo, c_hi):
            used.update(range(a, b))
    if not all(i in used or toks[i] in _REQUEST_FILLERS for i in range(c_lo, c_hi)):
        return None
    return _reading("negative_request", s, (tag - 1, tag + 1), objecting)


# Words that open the next clause of a sentence heard without punctuation, after a tag question
# ("det har du vel ikke noget imod hvis du ...", "... så sig det").
_NEXT_CLAUSE = _IF | {"saa", "men", "og", "ellers", "elles", "for"}


def unmarked_tag_request(s: Sentence, bank: PhraseBank) -> Reading | None:
    """A tag question heard without its mark: "vel" and a "not" ask by themselves ("det har du
    vel ikke noget imod", "det har du vel ikkje noko imot viss du ikkje vil ..."). It is read from
    the start of its clause to the word that opens the next one ("hvis", "så", "men"), so an
    if-clause after it (a way to object) does not hide it. Only the negatively phrased kind is
    read so, and that kind sends the call to review whatever the reply."""
    if s.question or not s.toks:
        return None
    toks = s.toks
    tag = _tag_negation(toks, bank, 0, len(toks))
    if tag is None:
        return None
    c_lo, c_hi = s.clause_of(tag)
    while c_lo < tag - 1 and toks[c_lo] in bank.fillers:
        c_lo += 1
    end = next((k for k in range(tag + 1, c_hi) if toks[k] in _NEXT_CLAUSE), c_hi)
    while end - c_lo > 1 and toks[end - 1] in (_TAIL_TAGS - _NOT_TAGS) | {"eller"}:
        end -= 1  # "det har du vel ikke noe imot, eller?": the tag at the end asks nothing of its own
    return _tag_request(s, bank, c_lo, end)


def long_request(s: Sentence, bank: PhraseBank) -> Reading | None:
    """A question asking leave to record, in other words ("Giver du tilladelse til, at vi
    optager samtalen?", "Er du indforstået med, at vi optager opkaldet?"): a question that names
    the recording and asks for acceptance or permission. "Har du nogen indvendinger mod, at
    samtalen optages?" asks the negative way. A "not" in it leaves the polarity unsure: no reading."""
    asked = asked_whether(s, bank)
    if asked is not None:
        return asked
    if not s.question or not s.toks:
        return None
    toks = s.toks
    q_lo = 0
    topic = _topic(s, bank, q_lo)
    if topic is None or takes_up_other(s, bank, topic):
        return None  # "kan vi ta opp igjen saken …?" takes up a matter, it asks no leave to record
    tag = _tag_negation(toks, bank, q_lo, topic[0])
    if any(i != tag for i in range(q_lo, len(toks)) if toks[i] in bank.negations):
        return None
    wish = _wish_request(s, bank)
    if wish is not None:
        return wish
    # The verb that opens the question: one of the bank's, or "blir / vert / ville / skulle ..."
    # ("Blir det noget problem for dig, at vi optager samtalen?").
    first = next((i for i in range(q_lo, len(toks)) if has(toks, bank, "question_verbs", i, i + 1)
                  or (i <= 1 and toks[i] in _MORE_QUESTION_VERBS)), None)
    if first is None:
        return _verbless_request(s, bank, topic)
    if first > 1:
        return None  # the question must open the sentence ("Er du ...", "Giver du ...", "Må vi ...")
    if tag is not None:
        # "Du har vel ikke noget imod, at vi optager?": the "not" is the tag's, the question objects.
        objecting = has(toks, bank, "objecting", first, topic[0])
        return _reading("negative_request", s, (first, first + 1), (tag - 1, tag + 1), objecting) if objecting else None
    # "Har du noget imod, at ...?" / "Generer det dig, at samtalen optages?"
    objecting = has(toks, bank, "objecting", first + 1, topic[0]) or has(toks, bank, "objecting", first, first + 1)
    if objecting and toks[objecting[0]] in _SOMETHING and toks[objecting[1] : objecting[1] + 2] and (
            toks[objecting[1]] in _YOU_ALL and toks[objecting[1] + 1 : objecting[1] + 2] in (("kan",), ("vil",))):
        objecting = None  # "Er det noget, du kan acceptere?": "something you can ...", no objection
    if objecting:
        return _reading("negative_request", s, (first, first + 1), objecting, topic)
    call = has(toks, bank, "call_nouns", first + 1, first + 2) if toks[first] in _PERMISSION else None
    asks = (has(toks, bank, "acceptable", first, topic[0]) or has(toks, bank, "consent", first, topic[0])
            or (toks[first] in _PERMISSION and first + 1 < len(toks) and toks[first + 1] in _FIRST_PERSON
                and not _other_act(s, bank, first + 2, topic))
            or (call is not None and topic[0] == call[1])  # "Må samtalen optages?"
            or _named_asks_leave(s, bank, first, topic))
    if asks:
        return _reading("consent_request", s, (first, first + 1), topic)
    return None


# What "kan jeg / må vi" may ask leave to do with the recording that is not to make it: to help
# with it, to stop or delete it, to keep it, to send or play it.
_OTHER_ACT_PARTS = ("service", "stop_order", "keep_verbs", "use_verbs")


def _other_act(s: Sentence, bank: PhraseBank, k: int, topic: Span) -> bool:
    """The verb after "kan jeg" / "må vi" (word k, after an adverb) is another act than recording,
    before the recording it is done to: "Kan jeg hjelpe deg med opptaket?" offers help, "Må vi
    slette optagelsen?" asks to delete it. Neither asks leave to record."""
    toks = s.toks
    while k < topic[0] and toks[k] in _BETWEEN_ADVERBS | _POSITIVE:
        k += 1
    return k < topic[0] and any(has(toks, bank, part, k, k + 1) for part in _OTHER_ACT_PARTS)


def _named_asks_leave(s: Sentence, bank: PhraseBank, first: int, topic: Span) -> bool:
    """A modal of leave, then the company by its name, then the recording: "Må Nordbanken optage
    samtalen?", "Kan Fjordkraft Nett ta opp samtalen med deg?" (the firm asks leave as "we" does).
    Every word between the modal and the recording is part of the name as heard."""
    toks = s.toks
    if toks[first] not in _PERMISSION or topic[0] <= first + 1 or topic[0] > first + 4:
        return False
    if topic[0] == first + 2 and _the_firm(s, bank, first + 1, topic):
        return True
    return all(_a_name(s, bank, k) for k in range(first + 1, topic[0])) and not takes_up_other(s, bank, topic)


# Singular definite endings: "kommunen", "banken", "selskabet", "legevakta" (not the plural "-ne").
_SINGULAR_DEFINITE = ("en", "et", "a")
CALL_AFTER_REACH = 4


def _the_firm(s: Sentence, bank: PhraseBank, k: int, topic: Span) -> bool:
    """Word k, between a modal of leave and the recording verb, is a singular definite noun, and
    the recording verb's object is the call: "Må kommunen optage samtalen?", "Får klinikken ta
    opp denne samtalen?" (the body asks leave as "we" does, named by its kind). A noun that is
    the call, the recording or a clause word is no subject; nor is an object other than the call
    ("Må banken optage lånet?")."""
    toks = s.toks
    if not toks[k].endswith(_SINGULAR_DEFINITE) or toks[k] in _NOT_NOUNS or not other_noun(s, bank, k):
        return False
    call = has(toks, bank, "call_nouns", topic[1], min(len(toks), topic[1] + CALL_AFTER_REACH))
    return call is not None and not takes_up_other(s, bank, topic)


# An asking verb ("spørger", "spør", "spørje") and "om" with we and a modal of leave after it:
# the question put indirectly ("Så spørger jeg lige, om vi må optage opkaldet").
_ASKING = ("spoerg", "spoer")
# "høre" asks when one wants to: "så vil jeg høre, om ...", "og så vil æ høre om ...".
_HEAR = frozenset({"hoere", "hoyre", "hoeyre", "hoera"})
_LEAVE = frozenset({"maa", "faar", "kan", "kunne", "maatte", "fikk"})
# Said of a later time, the asking is a promise, not a question: "... spørger jeg dig først, om ...".
_LATER_ASK = frozenset({"foerst", "senere", "seinare", "seinere", "bagefter", "etterpaa", "efterfoelgende",
                        "igen", "igjen", "att"})
# "om" within this many words of the asking verb: an aside may stand between ("..., og du skal
# bare sige det, som det er, om ...").
WHETHER_REACH = 16


def _must_hear(toks: tuple[str, ...], i: int) -> bool:
    """ "jeg må (lige / bare) høre, om ...": I must ask, said by the speaker of themselves (not
    "du må høre om ..." telling someone else to find out)."""
    window = toks[max(0, i - 3) : i]
    return "maa" in window and any(w in _FIRST_PERSON for w in window)


def asked_whether(s: Sentence, bank: PhraseBank) -> Reading | None:
    """A request put as an indirect question: an asking verb, then "om" and we with a modal of
    leave and the recording ("Så spørger jeg lige, og du må sige det ærligt, om vi må optage
    opkaldet", "Eg spør berre om me får ta opp samtalen"). No "not", no condition and no later
    time before it: "hvis det bliver aktuelt, spørger jeg dig først, om vi må optage" promises."""
    toks, n = s.toks, len(s.toks)
    ask = next((i for i, t in enumerate(toks) if t.startswith(_ASKING) or (
        t in _HEAR and (any(w in _WANTS for w in toks[max(0, i - 3) : i]) or _must_hear(toks, i)))), None)
    if ask is None or any(t in bank.negations for t in toks):
        return None
    whether = next((k for k in range(ask + 1, min(n, ask + WHETHER_REACH)) if toks[k] == "om"), None)
    if whether is None or whether + 3 > n:
        return None
    if has(toks, bank, "condition", 0, whether) or has(toks, bank, "hypothetical", 0, whether) or any(
            t in _LATER_ASK for t in toks[:whether]):
        return None
    head = toks[whether + 1 : whether + 3]
    c_lo, c_hi = whether + 3, s.clause_of(whether + 1)[1]
    acc = has(toks, bank, "acceptable", whether + 2, min(c_hi, whether + 5)) if toks[whether + 1] in _IT_THERE else None
    if acc is not None:
        # "... vil jeg høre, om det er i orden, at vi optager samtalen": acceptable, then that we record
        that = next((k for k in range(acc[1], min(n, acc[1] + 3)) if toks[k] in ("at", "aa")), None)
        if that is None or that + 1 >= n or toks[that + 1] not in _FIRST_PERSON:
            return None
        c_lo, c_hi = that + 1, s.clause_of(that + 1)[1]
    elif not (set(head) & _FIRST_PERSON and set(head) & _LEAVE):
        return None
    topic = _topic(s, bank, c_lo, c_hi)
    if topic is None or takes_up_other(s, bank, topic) or (topic[1] < n and toks[topic[1]] in _INDEFINITE):
        return None
    return _reading("consent_request", s, (ask, ask + 1), (whether, whether + 3), topic)


_THAT = frozenset({"at", "om", "hvis", "viss", "dersom"})
# Words between "vil du" and the passive recording in a question of wish ("vil du gerne blive optaget?").
_WISH_GAP = frozenset({"at", "aa", "blive", "bli", "verte", "gerne", "gjerne"})


def _wish_request(s: Sentence, bank: PhraseBank) -> Reading | None:
    """A question whether the caller wants to be recorded: a wish verb and "you" open it, the
    recording in the passive ends it ("Vil du optages?", "Ønsker du at blive optaget?", "Vil du bli
    teken opp?"). Asked without a "not" (checked before), it asks for consent; "vil du optage et
    lån?" is active and asks nothing of the kind."""
    toks = s.toks
    if len(toks) < 3 or toks[0] not in _WISH_VERBS or toks[1] not in _YOU_ALL:
        return None
    rec = has(toks, bank, "rec_passive", 2, len(toks))
    if rec is None or not all(t in _WISH_GAP for t in toks[2 : rec[0]]):
        return None
    if not all(t in _TAIL_TAGS or t in _REQUEST_FILLERS for t in toks[rec[1] :]):
        return None
    return _reading("consent_request", s, (0, 2), rec)


def _verbless_request(s: Sentence, bank: PhraseBank, topic: Span) -> Reading | None:
    """A question without its "er det" that opens on what is acceptable and names the recording in
    the clause after it: "OK, at vi optager samtalen?", "Greit for deg om vi tar opp samtalen?"."""
    toks = s.toks
    acc = has(toks, bank, "acceptable", 0, 2)
    if acc is None or acc[0] != 0:
        return _verbless_objection(s, bank, topic)
    k = acc[1]
    while k < topic[0] and toks[k] not in _THAT and (
            toks[k] in _REQUEST_FILLERS or has(toks, bank, "request_fillers", k, k + 1)):
        k += 1
    if k >= topic[0] or toks[k] not in _THAT or topic[0] - k > GAP_WORDS:
        return None
    return _reading("consent_request", s, acc, topic)


def _verbless_objection(s: Sentence, bank: PhraseBank, topic: Span) -> Reading | None:
    """A negatively phrased request without its verb, the recording right after the objection:
    "Indvendinger mod optagelse?", "Noko imot opptak av samtalen?"."""
    toks = s.toks
    objecting = [i for a, b in find(toks, bank, "objecting", 0, topic[0]) for i in range(a, b)]
    strong = [i for i in objecting if toks[i] not in _SOMETHING]
    if not strong or topic[0] > 4 or not all(
            i in objecting or toks[i] in _ANY or toks[i] in _REQUEST_FILLERS for i in range(topic[0])):
        return None
    return _reading("negative_request", s, (min(objecting), max(strong) + 1), topic)


_DO = frozenset({"goer", "gjoer", "gjer", "gjoere", "gjere", "goere"})


def _doing_it(words: tuple[str, ...], bank: PhraseBank) -> bool:
    """A clause that only points back to what was said, as something we do: "at vi gør det",
    "om eg gjer det", "hvis vi gør det" (it stands after the question that holds the request)."""
    if not 3 <= len(words) <= 5 or words[0] not in ("at", "aa", "om", "hvis", "viss", "dersom"):
        return False
    if words[1] not in _FIRST_PERSON or words[2] not in _DO:
        return False
    return all(has(words, bank, "reference", i, i + 1) or words[i] in _THAT_WAY | {"saa", "da", "nu", "naa", "no"}
               for i in range(3, len(words)))


_RATHER = frozenset({"hellere", "heller", "helst", "heler"})
_WISH_OPENERS = frozenset({"vil", "ville", "oensker", "foretraekker", "foretrekker", "synes", "syns"})


def rather_not(s: Sentence, bank: PhraseBank) -> Reading | None:
    """A question whether the caller would rather be spared it: "Vil du hellere være fri for
    det?", "vil du heller slippe opptak" (heard with or without its mark). A "ja" to it refuses:
    it is the negatively phrased kind. Read from its first word after the fillers: a verb of
    wishing, "you", "rather", then a verb of refusing within the clause."""
    toks, n = s.toks, len(s.toks)
    k = 0
    while k < n and toks[k] in bank.fillers:
        k += 1
    if k + 3 > n or toks[k] not in _WISH_OPENERS or toks[k + 1] not in _YOU_ALL:
        return None
    c_hi = s.clause_of(k)[1]
    rather = next((i for i in range(k + 2, min(c_hi, k + 4)) if toks[i] in _RATHER), None)
    refuse = has(toks, bank, "refuse_verbs", rather + 1, min(c_hi, rather + 4)) if rather is not None else None
    if refuse is None or _negated(toks, bank, k, c_hi) is not None:
        return None
    if c_hi < n and not s.question:
        return None  # "vil du hellere slippe, så sig det": an if-clause and a way to object
    # What is refused: the recording, a word pointing back to it, or nothing more ("slippe for
    # det", "være foruten opptaket"); "slippe for at vente i køen" refuses something else, and
    # "... så tryk 2" makes it an if-clause with a way to object.
    rest = [i for i in range(refuse[1], c_hi) if toks[i] not in _REQUEST_FILLERS and toks[i] not in bank.fillers]
    named = {i for part in ("reference", "recording", "call_nouns", "rec_nouns")
             for a, b in find(toks, bank, part, refuse[1], c_hi) for i in range(a, b)}
    if any(i not in named for i in rest):
        return None
    return _reading("negative_request", s, (k, k + 2), (rather, rather + 1), refuse)


# "Går det?": the verb that asks whether it goes (is acceptable), with nothing else said.
_GOES = frozenset({"gaar"})
# Tags that turn a statement into a question that asks for a yes ("..., ik'?", "..., ikke sandt?",
# "..., ikkje sant?", "..., ikke?").
_CONFIRM_TAGS = frozenset({"ik", "ikk", "ikke", "ikkje", "itj", "sant", "sandt"})


def _confirmed_statement(s: Sentence, bank: PhraseBank, c_lo: int, c_hi: int) -> Reading | None:
    """A statement that something is acceptable, put as a question by a tag after it: "Det er fint
    med dig, ik'?", "Det går fint for deg, ikkje sant?" asks as "Er det fint med dig?" does. Its own
    words hold no "not" ("Det er ikke et problem, vel?" is another kind) and nothing but "it", the
    verb, the word that accepts and fillers ("Det er fint at du ringer, ikke?" asks nothing of this)."""
    toks = s.toks
    if c_hi - c_lo < 3 or toks[c_lo] not in _IT_THERE or _negated(toks, bank, c_lo, c_hi) is not None:
        return None
    if has(toks, bank, "question_verbs", c_lo + 1, c_lo + 2) is None and toks[c_lo + 1] not in _MORE_QUESTION_VERBS:
        return None
    acc = has(toks, bank, "acceptable", c_lo + 2, c_hi)
    if acc is None:
        return None
    used = set(range(c_lo, c_lo + 2))
    for part in ("acceptable", "reference", "request_fillers"):
        for a, b in find(toks, bank, part, c_lo + 2, c_hi):
            used.update(range(a, b))
    if not all(i in used or toks[i] in _REQUEST_FILLERS - {"at", "aa"} for i in range(c_lo, c_hi)):
        return None
    return _reading("consent_request", s, (c_lo, c_lo + 2), acc)


# Words that open a clause of time, cause or concession after a question ("..., inden vi går
# videre?", "... før vi begynner?", "..., nu hvor du er stillet om?", "..., selv om vi ringer?").
_ADJUNCT_OPENERS = frozenset({"inden", "foer", "nu", "naa", "naar", "siden", "eftersom", "fordi", "mens", "selv",
                              "sjoelv", "etter", "efter"})
_ADJUNCT_LINKS = frozenset({"hvor", "som", "om", "at", "der"})


def _before_adjunct(s: Sentence, bank: PhraseBank, c_lo: int, c_hi: int) -> Span:
    """The question without a clause of time, cause or concession that ends it: "Kan du godkende
    det, inden vi fortsætter?" asks what "Kan du godkende det?" asks. The clause must have a
    subject of its own (an opener, perhaps "hvor" / "som" / "om", then a pronoun) and must not name
    the recording ("..., før vi starter optagelsen?" is left as it is)."""
    toks = s.toks

    def adjunct(k: int) -> bool:
        j = k + 1 + (k + 1 < len(toks) and toks[k + 1] in _ADJUNCT_LINKS)
        return (toks[k] in _ADJUNCT_OPENERS and j < len(toks) and (toks[j] in _PRONOUNS or toks[j] == "det")
                and (toks[k] != "selv" or toks[k + 1] == "om") and _topic(s, bank, k, c_hi) is None
                and has(toks, bank, "rec_nouns", k, c_hi) is None)

    if c_lo > 0 and adjunct(c_lo):
        return s.clause_of(c_lo - 1)
    cut = next((k for k in range(c_lo + 2, c_hi - 1) if adjunct(k)), None)
    return (c_lo, cut) if cut is not None else (c_lo, c_hi)


_SIDE = frozenset({"side", "sida", "sidan"})


def _your_side_tail(toks: tuple[str, ...], lo: int, hi: int) -> int:
    """Where the clause [lo, hi) ends before a tail "fra din side" / "frå di side" ("from your
    side": it names who is asked, as "for dig" does): "Nogen indvendinger fra din side?"
    (round 29). Without that tail, `hi`."""
    if hi - lo >= 4 and toks[hi - 1] in _SIDE and toks[hi - 2] in _POSSESSIVE and toks[hi - 3] in (
            "fra", "fraa", "paa"):
        return hi - 3
    return hi


def short_request(s: Sentence, bank: PhraseBank) -> Reading | None:
    """A short question that asks about what was just said ("Er det helt i orden for dig?",
    "Høres det greit ut?"); "Er det et problem?" is the negatively phrased kind. Only a question
    made of nothing but such words counts; "er det i orden, at jeg ringer tilbage?" asks
    something else. Whether it points back to recording talk is for the caller to check."""
    if not s.question or not s.toks:
        return None
    c_lo, c_hi = s.clause_of(len(s.toks) - 1)
    toks = s.toks
    if c_lo > 0 and set(toks[c_lo:c_hi]) <= _ENDEARMENTS:
        c_lo, c_hi = s.clause_of(c_lo - 1)  # "Giver du mig lov til det, vennen?": the one asked, named
    confirm = False  # a statement made a question by its tag: "Det er fint med dig, ik'?"
    if c_lo > 0 and toks[c_lo] == "eller" and all(t in _TAIL_TAGS for t in toks[c_lo + 1 : c_hi]):
        # "Er det fint med dig, eller hvad?", "Går det fint, eller?": "or (what)" asks for the
        # answer to the question before it and adds nothing of its own
        c_lo, c_hi = s.clause_of(c_lo - 1)
    elif c_lo > 0 and all(t in _TAIL_TAGS | _CONFIRM_TAGS for t in toks[c_lo:c_hi]):
        confirm = bool(set(toks[c_lo:c_hi]) & _CONFIRM_TAGS)
        c_lo, c_hi = s.clause_of(c_lo - 1)  # "Okay med dig, altså?": the tag after the comma asks nothing
    c_lo, c_hi = _before_adjunct(s, bank, c_lo, c_hi)
    if toks[:2] in (("synes", "du"), ("syntes", "du"), ("tykkjer", "du"), ("tror", "du")) and c_lo <= 2 + 1:
        c_lo = 0  # "Synes du, det er i orden?" is one question
    if c_lo > 0 and _doing_it(toks[c_lo:c_hi], bank):
        c_lo, c_hi = s.clause_of(c_lo - 1)  # "Gør det dig noget, at vi gør det?": the question is before
    else:  # "Gjer det deg noko om eg gjer det?" (no comma)
        c_hi = next((k for k in range(max(c_lo + 2, c_hi - 5), c_hi - 2) if _doing_it(toks[k:c_hi], bank)), c_hi)
    while c_lo < c_hi and toks[c_lo] in ("og", "men", "saa"):
        c_lo += 1
    # "Har du noget imod det altså?", "Okay med deg da?": a tag at the end asks nothing of its own
    while c_hi - c_lo > 1 and toks[c_hi - 1] in _TAIL_TAGS - _NOT_TAGS:
        c_hi -= 1
    words = toks[c_lo:c_hi]
    if confirm:
        confirmed = _confirmed_statement(s, bank, c_lo, c_hi)
        if confirmed is not None:
            return confirmed
    # "Hvad siger du til det?" / "Kva seier du til det?": asks the caller's answer to what was said.
    if words in _WHAT_SAY:
        return _reading("consent_request", s, (c_lo, c_hi))
    # "Går den?", "Går det?": "does it go?" asks as "Passer det?" does, with nothing else in it.
    if len(words) == 2 and words[0] in _GOES and has(toks, bank, "reference", c_lo + 1, c_hi):
        return _reading("consent_request", s, (c_lo, c_hi))
    # Without a verb: "Greit for deg?", "OK for dig?", "I orden?", "Okay?" ("okay" is no verb,
    # though the banks list it with those that ask)
    if 1 <= c_hi - c_lo <= 4 and not _negated(toks, bank, c_lo, c_hi):
        acc = has(toks, bank, "acceptable", c_lo, c_lo + 2)
        if acc and acc[0] == c_lo and all(t in _REQUEST_FILLERS for t in toks[acc[1] : c_hi]) and (
                toks[c_lo] in OK_WORDS or has(toks, bank, "question_verbs", c_lo, c_lo + 1) is None):
            return _reading("consent_request", s, acc)
    # Without a verb, objecting: "Noget imod det?", "Nogen indvendinger?", "Problem for deg?"
    tail = _your_side_tail(toks, c_lo, c_hi)
    if 1 <= tail - c_lo <= 4 and not _negated(toks, bank, c_lo, c_hi) and has(
            toks, bank, "question_verbs", c_lo, c_lo + 1) is None:
        objecting = [i for a, b in find(toks, bank, "objecting", c_lo, c_hi) for i in range(a, b)]
        head = c_lo + (toks[c_lo] in _ANY)  # "Nogen indvendinger?"
        strong = [i for i in objecting if toks[i] not in _SOMETHING]  # "noget" alone objects to nothing
        if strong and head in objecting and all(i in objecting or toks[i] in _REQUEST_FILLERS
                                                for i in range(head, tail)):
            return _reading("negative_request", s, (head, max(strong) + 1))
    tagged = _tag_request(s, bank, c_lo, c_hi)
    if tagged is not None:
        return tagged
    # "Er det noget, du kan gå med til?": the relative clause after "noget" holds the request;
    # the question is read from its pronoun on, with its modal ("kan", "vil") as the verb.
    something = (c_lo >= 3 and toks[c_lo - 1] in _SOMETHING and toks[c_lo - 2] in _IT_THERE
                 and c_lo - 3 == s.clause_of(c_lo - 1)[0] and has(toks, bank, "question_verbs", c_lo - 3, c_lo - 2))
    start = c_lo
    if not something and c_hi - c_lo >= 6 and toks[c_lo + 2] in _SOMETHING and toks[c_lo + 1] in _IT_THERE and (
            has(toks, bank, "question_verbs", c_lo, c_lo + 1) is not None):
        something, start = True, c_lo + 3  # "Er det noe du kan leve med?" (no comma)
    if something and c_hi - start >= 3 and toks[start] in _YOU_ALL and toks[start + 1] in _SOMETHING_VERBS:
        c_lo = start
        if _negated(toks, bank, c_lo, c_hi) is not None:
            return None
        # "Er der noget, du vil indvende?": the relative clause objects, so the question is the
        # negatively phrased kind (its "nej" consents); "noget" alone objects to nothing, and a bare
        # "imod" ("Er det noget, du er imod?") asks what the caller is against, not about this.
        objecting = [(a, b) for a, b in find(toks, bank, "objecting", c_lo, c_hi)
                     if not (b - a == 1 and toks[a] in _SOMETHING | _AGAINST)]
        if objecting:
            said = set(range(c_lo, c_lo + 2)) | {i for a, b in objecting for i in range(a, b)}
            if all(i in said or toks[i] in _REQUEST_FILLERS | _LIGHT_VERBS for i in range(c_lo, c_hi)):
                return _reading("negative_request", s, (c_lo, c_lo + 2), objecting[0])
            return None
        acc = has(toks, bank, "acceptable", c_lo + 2, c_hi) or has(toks, bank, "consent", c_lo + 2, c_hi)
        used = set(range(c_lo, c_lo + 2))
        for part in ("acceptable", "consent", "reference", "request_fillers"):
            for a, b in find(toks, bank, part, c_lo + 2, c_hi):
                used.update(range(a, b))
        if acc and all(i in used or toks[i] in _REQUEST_FILLERS | _LIGHT_VERBS for i in range(c_lo, c_hi)):
            return _reading("consent_request", s, (c_lo, c_lo + 2), acc)
        return None
    # The verb may itself consent, in any form: "Godtek du det?", "Aksepterer du dette?"
    # The verb may also object in any form: "Plagar det deg?", "Generer det dig?"
    objects_first = _objects(s, bank, c_lo, c_lo + 1) is not None and toks[c_lo] not in ("imod", "imot")
    if not 2 <= c_hi - c_lo <= 7 or (has(toks, bank, "question_verbs", c_lo, c_lo + 1) is None
                                     and has(toks, bank, "consent", c_lo, c_lo + 1) is None
                                     and toks[c_lo] not in _MORE_QUESTION_VERBS and not objects_first):
        return None
    if _negated(toks, bank, c_lo, c_hi) is not None:
        return None
    verb = (c_lo, c_lo + 1)
    words = toks[c_lo:c_hi]
    if toks[c_lo] in _PERMISSION and set(words[1:]) <= _PERMISSION_WORDS and set(words) & _FIRST_PERSON:
        return _reading("consent_request", s, (c_lo, c_hi))
    # "Er det et problem?"; or the verb itself objects: "Generer det dig?", "Plager det deg?"
    objecting = has(toks, bank, "objecting", c_lo + 1, c_hi) or (
        has(toks, bank, "objecting", c_lo, c_lo + 1) if toks[c_lo] not in ("goer", "gjoer", "gjer") else None)
    # "Er det i orden for dig?"; or the verb itself accepts: "Godkjenner du det?"; or it asks for
    # the consent by name: "Har jeg dit samtykke til det?"
    acceptable = (has(toks, bank, "acceptable", c_lo + 1, c_hi) or has(toks, bank, "acceptable", c_lo, c_lo + 1)
                  or has(toks, bank, "consent", c_lo, c_hi))
    used: set[int] = set(range(*verb))
    for part in ("objecting", "acceptable", "reference", "consent", "request_fillers"):
        for a, b in find(toks, bank, part, c_lo, c_hi):
            used.update(range(a, b))
    # "Har jeg din tilladelse?": we may name ourselves; not in a negative one ("at vi gør det" is no objection).
    fillers = (_REQUEST_FILLERS if objecting else _REQUEST_FILLERS | _FIRST_PERSON) | _LIGHT_VERBS
    if not all(i in used or toks[i] in fillers for i in range(c_lo, c_hi)):
        return None
    if objecting:
        return _reading("negative_request", s, verb, objecting)
    if acceptable:
        return _reading("consent_request", s, verb, acceptable)
    return None
