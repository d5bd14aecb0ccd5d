"""Spotting (issue 11): "was this said?" instead of "what was said?".

The decision logic runs here on a stand-in scorer (scores chosen per text), so every rule can fail
on its own: a checked reading that beats its competitors and decoys verifies, a close negation is a
doubt, a reading far from the free decoding is dropped, nothing of the agent's is looked for on
the customer's channel. A few tests marked ``model`` run the real model on real speech, noise and
one bundled sample.
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest
from builders import noise_wav

import verifier.verify  # noqa: F401 - registers the text engine spotting reads with
from verifier import analyze_transcript
from verifier.engine.phrases import load_bank
from verifier.engine.policy import load_policy, parse_policy
from verifier.engine.transcript import Segment, Transcript
from verifier.engine.turns import joined_sentences
from verifier.errors import PolicyError
from verifier.hearing import spotting
from verifier.hearing.transcribe import HeardSegment, HeardWindow, Hearing

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT.parent / "shared" / "realspeech"
CONF = load_policy("dk").confidence


def norm(text: str) -> str:
    return " ".join(re.findall(r"[^\W_]+", text.lower()))


class Scorer:
    """A stand-in recogniser: each segment's stretch of memory carries its number; ``readings``
    says what the prompted reading of a segment is, ``scores`` the log-probability of a text (any
    other text scores -2 per letter: far below, whatever its length)."""

    def __init__(self, readings: dict[int, str], scores: dict[str, float]) -> None:
        self.readings = readings
        self.scores = {norm(k): v for k, v in scores.items()}
        self.reads = 0

    @staticmethod
    def _which(memory: np.ndarray) -> int:
        values = memory[0, :, 0]
        return int(np.bincount(values[values > 0].astype(int)).argmax())

    def read(self, memory, language, *, prompt=None, max_tokens=48):
        self.reads += 1
        return self.readings.get(self._which(memory), "")

    def score(self, memory, language, texts):
        out = []
        for t in texts:
            n = max(1, len(norm(t).split()))
            total = self.scores.get(norm(t), -2.0 * len(norm(t).replace(" ", "")))
            out.append(np.full(n, total / n, dtype=np.float32))
        return out

    def count_tokens(self, language, text):
        return max(1, len(norm(text).split()))

    def encode(self, samples):  # pragma: no cover - no unread speech in these tests
        raise AssertionError("not expected")


class OnlyNorwegian(Scorer):
    """A stand-in for a call between the languages: ``text`` read as Norwegian is probable (-1 per
    token), the free decoding ``heard`` less (-2.5), anything else far less (-6); the prompted
    reading in each language is ``readings[language]``."""

    def __init__(self, text: str, heard: str, readings: dict[str, str]) -> None:
        super().__init__({}, {})
        self.text, self.heard, self.by_language = norm(text), norm(heard), readings

    def read(self, memory, language, *, prompt=None, max_tokens=48):
        return self.by_language[language]

    def score(self, memory, language, texts):
        return [np.full(max(1, len(norm(t).split())),
                        -1.0 if language == "no" and norm(t) == self.text else (-2.5 if norm(t) == self.heard else -6.0),
                        dtype=np.float32) for t in texts]


def hearing(speaker: str | None, lines: list[tuple[float, float, str]], *, logprob: float = -1.2,
            first: int = 1, probability: float = 0.5) -> tuple[Hearing, list[Segment]]:
    """A channel heard as ``lines`` (start, end, free decoding), one 30-s window."""
    memory = np.zeros((1, 1500, 4), dtype=np.float32)
    h = Hearing(speaker=speaker, language="da", offset_s=0.0, chunks=[(0, 30 * 16_000)])
    h.windows.append(HeardWindow(offset_s=0.0, duration_s=30.0, memory=memory))
    segments = []
    for k, (start, end, text) in enumerate(lines):
        memory[0, int(start * 50): int(end * 50), 0] = first + k
        words = text.split()
        step = (end - start) / len(words)
        timed = tuple((" " + w, start + i * step, start + (i + 1) * step, probability)
                      for i, w in enumerate(words))
        seg = Segment(start, end, text, speaker, avg_logprob=logprob, no_speech_prob=0.1, compression_ratio=1.3)
        h.segments.append(HeardSegment(segment=seg, window=0, words=timed))
        segments.append(seg)
    return h, segments


def spot(hearings, segments, scorer, **kw):
    return spotting.spot(hearings, segments, scorer, language=kw.pop("language", "da"),
                         probability=kw.pop("probability", None), confidence=CONF,
                         definite_notice=False, **kw)


REQUEST = "Er det i orden, at vi optager samtalen?"
HEARD = "Det er i oven Mille optærer samtæren"


def test_a_checked_reading_that_beats_its_competitors_is_what_the_engine_reads() -> None:
    h, segs = hearing("agent", [(2.0, 5.0, HEARD)])
    scorer = Scorer({1: REQUEST}, {HEARD: -30.0, REQUEST: -24.0})
    result = spot([h], segs, scorer)
    (seg,) = result.segments
    assert seg.text == REQUEST
    assert seg.avg_logprob is not None and seg.avg_logprob > CONF.review_avg_logprob
    found = [f for f in result.found if f.status == "verified"]
    assert [f.element for f in found] == ["consent_request"]
    assert found[0].heard == HEARD and found[0].margin >= spotting.MARGIN


def test_a_negation_that_scores_close_is_a_doubt_and_the_segment_weak() -> None:
    h, segs = hearing("agent", [(2.0, 5.0, HEARD)])
    negated = "Er det ikke i orden, at vi optager samtalen?"
    scorer = Scorer({1: REQUEST}, {HEARD: -30.0, REQUEST: -24.0, negated: -24.5})
    result = spot([h], segs, scorer)
    statuses = {f.element: f.status for f in result.found}
    assert statuses["consent_request"] == "doubt"
    assert result.segments[0].avg_logprob < CONF.review_avg_logprob  # weak: review, no verdict on it


def test_a_reading_far_less_probable_than_the_free_decoding_is_dropped() -> None:
    h, segs = hearing("agent", [(2.0, 5.0, HEARD)])
    scorer = Scorer({1: REQUEST}, {HEARD: -20.0, REQUEST: -60.0})
    result = spot([h], segs, scorer)
    assert not [f for f in result.found if f.status == "verified"]
    assert result.segments[0].text == HEARD  # the prompted reading never reaches the engine


def test_a_phrase_that_does_not_beat_its_decoys_is_not_verified() -> None:
    h, segs = hearing("agent", [(2.0, 5.0, HEARD)])

    class Fluent(Scorer):
        def score(self, memory, language, texts):  # every fluent text is as probable as the request
            return [np.full(max(1, len(norm(t).split())), -2.0, dtype=np.float32) for t in texts]

    result = spot([h], segs, Fluent({1: REQUEST}, {}))
    assert all(f.status != "verified" for f in result.found)


def test_an_agent_phrase_is_not_looked_for_on_the_customer_channel() -> None:
    notice = "Samtalen bliver optaget."
    h, segs = hearing("customer", [(6.0, 8.0, "Samt er en bliver optære")])
    scorer = Scorer({1: notice}, {"Samt er en bliver optære": -20.0, notice: -12.0})
    result = spot([h], segs, scorer)
    assert all(f.element not in ("recording_notice", "consent_request") for f in result.found)


def test_a_reply_verifies_only_against_the_other_answers() -> None:
    agent, a_segs = hearing("agent", [(2.0, 5.0, HEARD)], first=1)
    customer, c_segs = hearing("customer", [(6.0, 7.0, "Jeg tak")], first=2)
    answer = "Nej tak"
    scorer = Scorer({1: REQUEST, 2: answer}, {HEARD: -30.0, REQUEST: -24.0, "Jeg tak": -5.0, answer: -3.0,
                                              "ja tak": -4.0})
    result = spot([agent, customer], a_segs + c_segs, scorer)
    reply = [f for f in result.found if f.element == "reply"]
    assert reply and reply[0].status != "verified"  # "ja tak" is within the margin: not a verdict
    scorer.scores[norm("ja tak")] = -20.0
    result = spot([agent, customer], a_segs + c_segs, scorer)
    reply = [f for f in result.found if f.element == "reply"]
    assert reply and reply[0].status == "verified" and result.segments[1].text == answer


def test_a_domain_sentence_is_tried_where_the_prompted_reading_wanders() -> None:
    heard = "E -A -B -Oven, er mye optære samtæren."
    h, segs = hearing("agent", [(7.5, 10.0, heard)])
    # The prompted reading goes astray; the request itself, tried in place of the heard words, is
    # what the decoder finds most probable.
    scorer = Scorer({1: "Øh, det vil jo højene."}, {heard: -30.0, REQUEST: -26.0})
    result = spot([h], segs, scorer)
    assert [f.element for f in result.found if f.status == "verified"] == ["consent_request"]
    assert result.segments[0].text == REQUEST


def test_a_sentence_unlike_the_heard_words_is_never_tried() -> None:
    # Garbled business talk that the decoder would rather read as a fluent notice: the letters
    # are nothing like it, so it is not proposed (and the notice is not "heard").
    heard = "Mellgen er upteier med."
    h, segs = hearing("agent", [(25.4, 26.5, heard)])
    scorer = Scorer({}, {heard: -30.0, "Samtalen optages.": -3.0, "Samtalen optages. med.": -3.0})
    result = spot([h], segs, scorer)
    assert not [f for f in result.found if f.status == "verified"]
    assert result.segments[0].text == heard


def test_a_domain_sentence_never_takes_away_a_phrase_the_reading_holds() -> None:
    heard = "Mellgen er upteier samtelen for at vi får med en mor os til mise."
    reading = "vi må gerne optaget samtalen til for at forbedre vores service"
    richer_but_poorer = "Vi vil gerne optage samtalen. for at vi får med en mor os til mise."
    h, segs = hearing("agent", [(2.4, 9.0, heard)])
    scorer = Scorer({1: reading}, {heard: -45.0, reading: -40.0, richer_but_poorer: -30.0})
    result = spot([h], segs, scorer)
    assert "forbedre vores service" in result.segments[0].text
    assert {"recording_notice", "purpose"} <= {f.element for f in result.found if f.status == "verified"}


def test_an_unsure_language_is_decided_by_what_verifies() -> None:
    heard = "Som talen ble tatt opp for opplarring"
    norwegian = "Samtalen blir tatt opp for opplæring."
    h, segs = hearing("agent", [(2.0, 5.0, heard)])

    scorer = OnlyNorwegian(norwegian, heard, {"no": norwegian, "da": "Samt er lige tat op for oplæring."})
    result = spot([h], segs, scorer, language="da", probability=0.2)
    assert result.language == "no" and result.language_settled
    assert "decides" in (result.language_note or "")


def test_fit_cuts_a_reading_that_runs_on_into_the_prompt() -> None:
    reading = "Er det i orden, at vi optager samtalen? Du kan til enhver tid bede mig stoppe optagelsen."
    assert spotting._fit(reading, len("detervenmilleoptaerersamtaeren")) == "Er det i orden, at vi optager samtalen?"
    assert spotting._fit("Ja.", 60) == ""  # nothing of comparable length: no proposal
    assert spotting._unloop("Er det i orden? Er det i orden? Er det i orden?") == "Er det i orden?"
    assert spotting._unloop("optagelsen optagelsen optagelsen") == "optagelsen"


def test_a_policy_may_carry_scripts_per_language() -> None:
    raw = (b'{"id": "x", "disclosure_deadline_s": 60, "reply_window_s": 10, "stop_grace_s": 15, '
           b'"scripts": {"da": ["Samtalen optages til tr\\u00e6ning."], "nb": ["Samtalen blir tatt opp."]}}')
    policy = parse_policy(raw, source="t")
    assert policy.scripts == {"da": ("Samtalen optages til træning.",), "no": ("Samtalen blir tatt opp.",)}
    assert load_policy("dk").scripts == {}
    for bad in (b'"scripts": {"sv": ["x"]}', b'"scripts": {"da": "x"}', b'"scripts": {"da": [""]}'):
        with pytest.raises(PolicyError):
            parse_policy(b'{"id": "x", "disclosure_deadline_s": 60, "reply_window_s": 10, '
                         b'"stop_grace_s": 15, ' + bad + b"}", source="t")


# --- the real model ---------------------------------------------------------------------------

POSITIVE = {"recording_notice", "consent_request", "negative_request", "keypress_optin"}


def _found(record: dict) -> list[dict]:
    return [f for f in (record["analysis"].get("spotting") or {"found": []})["found"] if f["status"] == "verified"]


@pytest.fixture(scope="module")
def verifier_():
    from verifier.verify import Verifier

    return Verifier()


@pytest.mark.model
def test_real_speech_and_noise_give_no_disclosure_and_no_consent(verifier_, tmp_path) -> None:
    clips = [REAL / "da" / "danspeech_nst_u0042008.wav", REAL / "no" / "sagascript_npsc_norwegian-short-3s.mp3",
             noise_wav(tmp_path / "noise.wav", 8.0, channels=2, level=0.05)]
    for clip in clips:
        if not clip.exists():
            pytest.skip(f"{clip} is not here")
        record = verifier_.verify(clip).to_dict()
        found = _found(record)
        assert not [f for f in found if f["element"] in POSITIVE], (clip.name, found)
        assert not [f for f in found if f["element"] == "reply" and f["phrase"].split()[0] in ("ja", "jo")]
        assert record["verdict"] != "compliant" and record["consent"]["status"] != "given", clip.name


@pytest.mark.model
def test_a_danish_sample_whisper_cannot_spell_is_heard_by_checking(verifier_) -> None:
    record = verifier_.verify(ROOT / "samples" / "da_compliant_stereo.wav").to_dict()
    found = {(f["element"], f["speaker"]) for f in _found(record)}
    assert ("consent_request", "agent") in found and ("reply", "customer") in found
    assert record["analysis"]["language"]["code"] == "da"
    # Compliant on some CPUs; on others a word of the free decoding differs and a misheard piece
    # of the notice's sentence leaves it weak evidence (benchmarks/bench_isa.py): never settled wrong.
    assert record["verdict"] in ("compliant", "needs_review")


@pytest.mark.parametrize("language, phrase, heard, creates", [
    ("da", "Ja, det er fint.", "Nej tak.", True),          # a heard no read as a yes
    ("da", "Ja, det er fint.", "Øh, mm.", True),           # filler read as a yes
    ("no", "Ja, det er greit.", "Nei takk.", True),
    ("da", "Ja, det er fint.", "Ja, det er fint.", False),  # the free decoding already says yes
    ("no", "Nei takk.", "Ja takk.", False),                 # towards a no is the safe direction
])
def test_spotting_never_turns_a_non_consent_into_consent(language, phrase, heard, creates):
    from verifier.hearing.spotting import load_bank, makes_consent

    assert makes_consent(phrase, heard, load_bank(language)) is creates


def test_a_doubt_whether_a_verified_no_is_a_refusal_or_a_withdrawal_changes_nothing() -> None:
    agent, a_segs = hearing("agent", [(2.0, 5.0, "Er det greit at vi tar opp som talen")], first=1)
    customer, c_segs = hearing("customer", [(6.0, 8.0, "Nyai tok, det vil jeg du ikke.")], first=2)
    request, answer = "Er det greit at vi tar opp samtalen?", "Nei takk, det vil jeg ikke."

    class Close(Scorer):
        """Other texts that keep the "nei" read almost as well: whether the words are a
        withdrawal is a close call; every other answer reads far worse."""

        def score(self, memory, language, texts):
            out = super().score(memory, language, texts)
            return [np.full(len(o), -11.0 / len(o), dtype=np.float32)
                    if self._which(memory) == 2 and "nei" in norm(t).split() and norm(t) != norm(answer) else o
                    for t, o in zip(texts, out, strict=True)]

    scorer = Close({1: request, 2: answer}, {"Er det greit at vi tar opp som talen": -30.0, request: -20.0,
                                             "Nyai tok, det vil jeg du ikke.": -20.0, answer: -10.0})
    result = spot([agent, customer], a_segs + c_segs, scorer, language="no")
    statuses = {(f.element, f.status) for f in result.found if f.speaker == "customer"}
    assert ("reply", "verified") in statuses
    assert result.segments[1].avg_logprob >= CONF.review_avg_logprob  # evidence, not a weak segment


class Probable(Scorer):
    """A stand-in scorer: ``texts[language]`` read in that language is probable (-1 per token),
    the free decoding ``heard`` less (-2.5), anything else far less (-6); the prompted reading in
    each language is ``readings[language]``."""

    def __init__(self, texts: dict[str, str], heard: str, readings: dict[str, str]) -> None:
        super().__init__({}, {})
        self.texts, self.heard, self.by_language = {k: norm(v) for k, v in texts.items()}, norm(heard), readings

    def read(self, memory, language, *, prompt=None, max_tokens=48):
        return self.by_language[language]

    def score(self, memory, language, texts):
        return [np.full(max(1, len(norm(t).split())),
                        -1.0 if norm(t) == self.texts.get(language) else (-2.5 if norm(t) == self.heard else -6.0),
                        dtype=np.float32) for t in texts]


def test_sentences_of_both_languages_that_verify_alike_never_settle_an_unsure_language() -> None:
    # A request that the sentences of both languages fit ("… at vi optager samtalen?", "… at vi tar
    # opp samtalen?"): neither is well ahead, so the language stays a doubt; it is not settled "by
    # absence" either.
    heard = "Er det i orden at vi optære jo samtæren"
    texts = {"da": "Er det i orden, at vi optager samtalen?", "no": "Er det i orden at vi tar opp samtalen?"}
    h, segs = hearing("agent", [(7.0, 10.0, heard)])
    wander = "Er det ikke noe med det"  # the prompted readings wander in both languages
    result = spot([h], segs, Probable(texts, heard, {"no": wander, "da": wander}), language="no", probability=0.2)
    assert not result.language_settled
    assert "kept, not settled" in (result.language_note or "")


def test_sentences_that_verify_in_one_language_only_decide_an_unsure_language() -> None:
    # The prompted readings wander in both languages (nothing verifies on them); the domain's
    # sentences tried in their place verify the Danish request and nothing Norwegian: Danish decides,
    # and the record says it was every reading of the agent's speech that decided it.
    heard = "Er det i orden at vi optære jo samtæren"
    h, segs = hearing("agent", [(7.0, 10.0, heard), (10.5, 13.0, heard)])
    wander = "Er det ikke noe med det"
    scorer = Probable({"da": "Er det i orden, at vi optager samtalen?"}, heard, {"no": wander, "da": wander})
    result = spot([h], segs, scorer, language="no", probability=0.2)
    assert result.language == "da" and result.language_settled
    assert "then every reading" in (result.language_note or "") and "'da' decides" in result.language_note


class Elsewhere(Scorer):
    """Texts not in ``scores`` read at ``rest`` in all: the decoys (fluent phrases that say
    something else) read better than the proposal."""

    def __init__(self, readings, scores, rest: float) -> None:
        super().__init__(readings, scores)
        self.rest = rest

    def score(self, memory, language, texts):
        return [np.full(max(1, len(norm(t).split())), self.scores.get(norm(t), self.rest) / max(1, len(norm(t).split())),
                        dtype=np.float32) for t in texts]


def test_a_request_the_prompt_put_into_unlike_words_is_ruled_out_not_a_doubt() -> None:
    # "Hva kan jeg hjelpe deg med" heard as garble; the prompted reading is the request, which the
    # decoys read better than and whose letters are nothing like the garble: the prompt put it
    # there. The segment reaches the engine as heard, read (no doubt, no request).
    heard = "Fakkantjejelpe digg med det ditt"
    h, segs = hearing("agent", [(20.0, 23.0, heard)])
    result = spot([h], segs, Elsewhere({1: REQUEST}, {heard: -26.0, REQUEST: -25.0}, rest=-20.0))
    assert [f.status for f in result.found if f.element == "consent_request"] == ["rejected"]
    assert result.segments[0].text == heard
    assert result.segments[0].avg_logprob > CONF.review_avg_logprob


def test_a_phrase_in_like_words_that_the_decoys_beat_stays_unclear() -> None:
    # The same scores, but the free decoding's letters resemble the request: it may have been
    # said and recognised badly, so the segment stays weak (review), not absent.
    h, segs = hearing("agent", [(7.0, 10.0, HEARD)])
    result = spot([h], segs, Elsewhere({1: REQUEST}, {HEARD: -26.0, REQUEST: -25.0}, rest=-20.0))
    assert [f.status for f in result.found if f.element == "consent_request"] == ["rejected"]
    assert result.segments[0].avg_logprob < CONF.review_avg_logprob


def test_a_purpose_alone_never_decides_an_unsure_language() -> None:
    # "til træning" and "til trening" are nearly the same words: a purpose verified in one language
    # adds nothing to that language's strength; a notice does.
    run = spotting._Run("no", Scorer({}, {}), CONF, (), None)

    def verified(element: str) -> spotting.Spotted:
        return spotting.Spotted(element=element, language="no", start=3.0, end=6.0, speaker="agent",
                                heard="til treninger", text="til trening", phrase="til trening",
                                status="verified", margin=9.0, decoy_margin=7.0, competitor=None,
                                closeness=0.0)

    run.checks = {0: spotting._Check(reading="til trening", found=[verified("purpose")])}
    assert run.strength() == 0
    run.checks[1] = spotting._Check(reading="samtalen blir tatt opp", found=[verified("recording_notice")])
    assert run.strength() == 7.0


@pytest.mark.model
def test_scoring_many_texts_gives_each_text_its_own_score_in_order(verifier_) -> None:
    """The scorer batches texts of like length and scores a repeated text once: the scores must be
    those of each text scored alone, in the order asked, repeats and empty texts included."""
    from verifier.hearing.audio import load_audio

    tr = verifier_.recognizer
    agent = load_audio(ROOT / "samples" / "da_compliant_stereo.wav").channels[0]
    memory = tr.encode(agent[int(3.3 * 16000):])[:, :600]
    texts = ["Vi vil gerne optage samtalen til træning af vores medarbejdere.", "Ja.", "",
             "Vi optager ikke samtalen.", "Ja.", "Samtalen bliver optaget af hensyn til kvaliteten."] * 3
    together = tr.score(memory, "da", texts)
    alone = {t: tr.score(memory, "da", [t])[0] for t in set(texts)}
    assert len(together) == len(texts)
    for text, lp in zip(texts, together, strict=True):
        assert lp.shape == alone[text].shape, text
        assert abs(float(lp.sum()) - float(alone[text].sum())) < 0.2, text
    first = texts.index("Ja.")
    assert float(together[first].sum()) == float(together[first + 3].sum())
    ranked = sorted(set(texts) - {""}, key=lambda t: float(alone[t].sum()) / max(1, len(alone[t])))
    assert ranked[-1] == texts[0]  # what the agent said reads best


@pytest.mark.parametrize("request_score, verified, kept", [
    (-10.0, "consent_request", REQUEST),              # per token -1.25 against the prompted -4: clearly better
    (-30.4, "recording_notice", "Vi optager samtalen i dag."),  # -3.8 against -4: not enough
])
def test_a_reading_clearly_more_probable_stands_for_a_prompted_one_that_verified_something_else(
        request_score, verified, kept) -> None:
    # The prompt pulled the reading towards a notice; the request, put in at the sentence start,
    # verifies as much. Only when it is clearly more probable on the same audio does it stand.
    heard = "Er det i oven, at vi optære samtæren"
    prompted = "Vi optager samtalen i dag."
    h, segs = hearing("agent", [(6.8, 9.3, heard)])
    scorer = Scorer({1: prompted}, {heard: -30.0, prompted: -20.0, REQUEST: request_score})
    result = spot([h], segs, scorer)
    assert [f.element for f in result.found if f.status == "verified"] == [verified]
    assert result.segments[0].text == kept


def _checked(reading: str, per_token: float, *found: tuple[str, str, str]) -> spotting._Check:
    return spotting._Check(reading=reading, close=True, per_token=per_token, found=[
        spotting.Spotted(element=e, language="da", start=0.0, end=2.0, speaker=None, heard="", text=reading,
                         phrase=phrase, status=status, margin=3.0, decoy_margin=2.0, competitor=None,
                         closeness=0.0) for e, phrase, status in found])


@pytest.mark.parametrize("first_found, replaced", [
    ([("purpose", "til træning", "verified")], True),            # evidence for the call may go
    ([("recording_notice", "vi optager samtalen", "doubt")], True),
    ([("withdrawal", "stop optagelsen", "verified")], False),     # evidence against it never
    ([("vague_notice", "samtalen kan blive optaget", "doubt")], False),
    ([("reply", "nej tak", "verified")], False),
    ([("reply", "ja tak", "verified")], True),
])
def test_a_more_probable_reading_never_takes_away_what_speaks_against_the_call(first_found, replaced) -> None:
    first = _checked("first", -4.0, *first_found)
    alt = _checked("alt", -2.0, ("consent_request", "er det i orden at vi optager samtalen", "verified"))
    assert spotting._better(alt, first) is replaced


@pytest.mark.parametrize("word_probability, reread", [(0.25, True), (0.95, False)])
def test_a_segment_is_read_again_unless_its_own_words_were_heard_with_confidence(word_probability, reread) -> None:
    # faster-whisper gives a whole window one log-probability: a misheard synthetic notice followed
    # by clear speech shares the window's good figure. Its own words decide whether it is re-read.
    from dataclasses import replace

    heard = "Myre melgene opdag i osamtagen til treninger"
    h, segs = hearing("agent", [(3.4, 7.2, heard)], logprob=-0.3)
    part = h.segments[0]
    h.segments[0] = replace(part, words=tuple((w, s, e, word_probability) for w, s, e, _p in part.words))
    reading = "Vi vil gerne optage samtalen til træning"
    scorer = Scorer({1: reading}, {heard: -30.0, reading: -20.0})
    result = spot([h], segs, scorer)
    assert (scorer.reads > 0) is reread
    assert ("recording_notice" in {f.element for f in result.found if f.status == "verified"}) is reread


def test_two_readings_that_each_verified_a_part_of_a_long_sentence_are_joined() -> None:
    # One reading heard the purpose at the start, another the request later on: joined, each
    # phrase stands where it stood, and the joined reading is what gets checked next.
    bank = spotting.load_bank("da")
    kept = _checked("min miljønne forbinder mor os jeg skal derfor høre om jeg må optage mor os samtere", -2.0,
                    ("consent_request", "jeg skal derfor høre om jeg må optage", "verified"))
    spare = _checked("Vi vil gerne forbedre vores service. Jeg kan bære for hør, og jeg må optage morer til", -2.5,
                     ("purpose", "vi vil gerne forbedre vores service", "verified"))
    joined = spotting._joined(kept, spare, bank)
    assert joined is not None
    assert joined.startswith("vi vil gerne forbedre vores service.")
    assert "jeg skal derfor høre om jeg må optage" in joined


def test_a_phrase_that_would_cover_a_verified_one_is_not_joined() -> None:
    bank = spotting.load_bank("da")
    kept = _checked("vi optager samtalen til træning af vores medarbejdere", -2.0,
                    ("recording_notice", "vi optager samtalen", "verified"))
    spare = _checked("er det i orden at vi optager samtalen nu", -2.5,
                     ("consent_request", "er det i orden at vi optager samtalen", "verified"))
    assert spotting._joined(kept, spare, bank) is None


def test_a_phrase_with_gaps_is_found_in_a_reading_so_its_reply_is_checked() -> None:
    # "Nej tak, det vil jeg helst ikke": the bank's refusal "det … vil jeg … ikke" has gaps; the
    # reply must still be located (and so checked against "ja") instead of left unchecked.
    bank = spotting.load_bank("da")
    words = norm("Nej tak, det vil jeg helst ikke.").split()
    assert spotting._span(words, "det … vil jeg … ikke", len(words), bank) == (2, 7)
    assert spotting._span(words, "nej tak", len(words), bank) == (0, 2)
    short = norm("Nej.").split()
    assert spotting._span(short, "det … vil jeg … ikke", len(short), bank) is None


def test_a_spoken_no_with_gaps_verifies_as_a_refusal_against_yes() -> None:
    agent, a_segs = hearing("agent", [(2.0, 5.0, HEARD)], first=1)
    heard = "Nætak, det er miljø til å se"
    answer = "Nej tak, det vil jeg helst ikke."
    customer, c_segs = hearing("customer", [(6.0, 8.0, heard)], first=2)
    scorer = Scorer({1: REQUEST, 2: answer}, {HEARD: -30.0, REQUEST: -24.0, heard: -20.0, answer: -16.0,
                                              "nej tak det vil jeg helst": -15.0})
    result = spot([agent, customer], a_segs + c_segs, scorer)
    reply = [f for f in result.found if f.element == "reply"]
    assert reply and reply[0].status == "verified" and reply[0].phrase == "det … vil jeg … ikke"
    # An unclear answer that scores as well ("ja tak, det vil jeg helst ikke": no consent either)
    # is no doubt about the no (a yes that scores as well is: the test above, "ja tak").
    unclear = "ja tak det vil jeg helst ikke"
    assert spotting.classify_reply(unclear, spotting.load_bank("da"))[0] == "ambiguous"
    scorer.scores[norm(unclear)] = -16.2
    reply = [f for f in spot([agent, customer], a_segs + c_segs, scorer).found if f.element == "reply"]
    assert reply[0].status == "verified"


NOTICE = "Samtalen bliver optaget til træning af vores medarbejdere."
HEARD_NOTICE = "Samtalen blir opteret til treninger mor os"


def test_the_callers_misheard_first_words_after_the_disclosure_are_set_aside_not_read() -> None:
    # The caller's "Nej, det vil jeg ikke." misheard as "Jeg vil jeg det kan", nothing in it
    # checked: it must not reach the engine as speech that says nothing (under a policy that needs
    # no answer, that would pass a refusal as compliant).
    agent, a_segs = hearing("agent", [(2.0, 5.0, HEARD_NOTICE)], first=1)
    customer, c_segs = hearing("customer", [(6.0, 7.5, "Jeg vil jeg det kan"), (20.0, 22.0, "Min regning")],
                               first=2)
    scorer = Scorer({1: NOTICE}, {HEARD_NOTICE: -30.0, NOTICE: -24.0})
    result = spot([agent, customer], a_segs + c_segs, scorer)
    first, later = result.segments[1], result.segments[2]
    assert first.avg_logprob is not None and first.avg_logprob < CONF.min_avg_logprob
    assert later.avg_logprob is not None and later.avg_logprob >= CONF.review_avg_logprob  # not the answer
    # Read with confidence by Whisper itself: as heard.
    customer, c_segs = hearing("customer", [(6.0, 7.5, "Jeg ringer om min regning")], first=2, logprob=-0.3)
    result = spot([agent, customer], a_segs + c_segs, scorer)
    assert result.segments[1].avg_logprob == -0.3


@pytest.mark.model
def test_the_language_is_told_from_the_opening_not_the_talk_after_it(verifier_) -> None:
    # A Norwegian synthetic opening, then Danish real speech in the same channel (a long call):
    # a whole 30-s window let the clear Danish decide ("da", probability 0.9). The first seconds
    # of speech are the opening's, so the detector is unsure at worst, and never sure of Danish.
    from verifier.hearing.audio import load_audio

    clips = sorted((REAL / "da").glob("danspeech_*.wav"))[:3]
    if not clips:
        pytest.skip("no real Danish speech here")
    agent = load_audio(ROOT / "samples" / "no_compliant_stereo.wav", max_seconds=16).channels[0]
    talk = [load_audio(c).channels[0] for c in clips]
    samples = np.concatenate([agent, np.zeros(16_000, dtype=np.float32), *talk])
    recogniser = verifier_.recognizer
    guess = recogniser.detect_language(samples, recogniser.speech_chunks(samples))
    assert not (guess.language == "da" and guess.probability >= 0.5), guess
    # The Danish speech alone is told as Danish, surely.
    speech = np.concatenate(talk)
    guess = recogniser.detect_language(speech, recogniser.speech_chunks(speech))
    assert guess.language == "da" and guess.probability >= 0.5, guess


def test_the_stricter_policys_language_decides_an_unsure_language_on_less() -> None:
    decides = spotting._decides
    assert not decides({"da": 1.6, "no": 0.0}, "da")  # the ordinary floor: 4
    assert decides({"da": 1.6, "no": 0.0}, "da", "da")  # judged by the stricter policy: safe
    assert not decides({"no": 1.6, "da": 0.0}, "no", "da")  # the other way: the ordinary floor
    assert not decides({"da": 1.6, "no": 0.4}, "da", "da")  # only where the other verified nothing
    assert decides({"no": 4.2, "da": 0.0}, "no", "da")
    from verifier.verify import _stricter

    assert _stricter() == "da"  # dk asks for an active yes; no does not


def test_an_answer_heard_but_never_confirmed_in_the_reply_window_stays_a_doubt() -> None:
    # Whisper's "Jeg vil ha fint" (a yes-ish "fint") right after the request; the prompted reading
    # holds no answer, nothing checked it: the engine must not read either as a confident answer.
    agent, a_segs = hearing("agent", [(2.0, 5.0, HEARD)], first=1)
    customer, c_segs = hearing("customer", [(6.0, 7.2, "Jeg vil ha fint.")], first=2)
    scorer = Scorer({1: REQUEST, 2: "Jeg vil jeg vint."}, {HEARD: -30.0, REQUEST: -24.0})
    result = spot([agent, customer], a_segs + c_segs, scorer)
    answer = result.segments[1]
    assert CONF.min_avg_logprob <= answer.avg_logprob < CONF.review_avg_logprob
    assert answer.text == "Jeg vil ha fint."


# A purpose in words of its own: Whisper heard the head ("så vi kan") and garbled what followed.
PURPOSE_HEARD = "Vi optager samtalen så vi kan bare komme til skade"
WITH_PURPOSE = "vi optager samtalen så vi kan dokumentere skade"  # "bare komme til" (12 letters) -> the verb


def _purposes(result) -> list[str]:
    return [f.status for f in result.found if f.element == "purpose"]


def test_a_purpose_in_its_own_words_is_asked_for_after_a_purpose_head_whisper_heard() -> None:
    h, segs = hearing("agent", [(2.0, 6.0, PURPOSE_HEARD)], probability=0.2)
    scorer = Scorer({1: PURPOSE_HEARD}, {PURPOSE_HEARD: -30.0, WITH_PURPOSE: -22.0})
    result = spot([h], segs, scorer)
    assert result.segments[0].text == WITH_PURPOSE
    assert _purposes(result) == ["verified"]


def test_a_purpose_head_heard_in_the_neighbours_spelling_is_asked_for_in_the_languages_own() -> None:
    # Danish "for at forbedre vores service" heard in Norwegian spelling and misheard: the head "for
    # å" is found, and the reading put to the checks is the Danish "for at forbedre".
    heard = "Vi optager samtalen for å forbindre mor os til mise"
    danish = "vi optager samtalen for at forbedre mor os til mise"
    h, segs = hearing("agent", [(2.0, 6.0, heard)], probability=0.2)
    result = spot([h], segs, Scorer({1: heard}, {heard: -30.0, danish: -22.0}))
    assert norm(result.segments[0].text) == danish
    assert _purposes(result) == ["verified"]
    # The same respelt reading, less probable than the heard words, is not proposed.
    result = spot([h], segs, Scorer({1: heard}, {heard: -30.0, danish: -31.0}))
    assert _purposes(result) == []


def test_a_purpose_verb_is_never_put_in_place_of_words_whisper_was_sure_of() -> None:
    h, segs = hearing("agent", [(2.0, 6.0, PURPOSE_HEARD)], probability=0.9)
    scorer = Scorer({1: PURPOSE_HEARD}, {PURPOSE_HEARD: -30.0, WITH_PURPOSE: -22.0})
    result = spot([h], segs, scorer)
    assert result.segments[0].text == PURPOSE_HEARD
    assert _purposes(result) == []


def test_a_purpose_verb_less_probable_than_the_heard_words_is_not_proposed() -> None:
    h, segs = hearing("agent", [(2.0, 6.0, PURPOSE_HEARD)], probability=0.2)
    scorer = Scorer({1: PURPOSE_HEARD}, {PURPOSE_HEARD: -30.0, WITH_PURPOSE: -31.0})
    result = spot([h], segs, scorer)
    assert "dokumentere" not in result.segments[0].text
    assert _purposes(result) == []


def test_a_purpose_verb_about_as_probable_as_the_heard_words_is_asked_about() -> None:
    # The free decoding is the most probable text by construction: a purpose a hair less probable
    # (here 0.03 nats per token of the 10-word reading) is still put to the checks, which decide.
    h, segs = hearing("agent", [(2.0, 6.0, PURPOSE_HEARD)], probability=0.2)
    scorer = Scorer({1: PURPOSE_HEARD}, {PURPOSE_HEARD: -30.0, WITH_PURPOSE: -30.3})
    result = spot([h], segs, scorer)
    assert "dokumentere" in result.segments[0].text
    assert _purposes(result) == ["verified"]


def test_a_key_prompt_is_never_read_as_a_purpose() -> None:
    # "for at fravælge" holds a purpose head; the verb would replace what makes it an opt-out.
    prompt = "Tast 1 for at fravælge optagelsen"
    h, segs = hearing("agent", [(2.0, 5.0, prompt)], probability=0.2)
    scorer = Scorer({1: prompt}, {prompt: -30.0, "tast 1 for at forbedre optagelsen": -20.0,
                                  "tast 1 for at sikre optagelsen": -20.0})
    result = spot([h], segs, scorer)
    assert norm(result.segments[0].text) == norm(prompt)
    assert _purposes(result) == []


def test_a_negation_after_any_of_the_first_words_competes() -> None:
    # Danish puts "ikke" after the verb ("vi optager ikke samtalen"): checked with the Norwegian
    # phrase, that is "vi tar opp ikke samtalen", which must lose clearly for the notice to count.
    heard = "Vi tar opp ikke samtellen"
    h, segs = hearing("agent", [(2.0, 4.0, heard)])
    scorer = Scorer({1: "Vi tar opp samtalen."}, {heard: -30.0, "Vi tar opp samtalen": -24.0,
                                                  "vi tar opp ikke samtalen": -24.5})
    result = spot([h], segs, scorer, language="no")
    statuses = {f.element: f.status for f in result.found}
    assert statuses["recording_notice"] == "doubt"


def test_words_far_from_any_disclosure_are_not_checked_as_an_answer() -> None:
    # An audiobook's "Ja, så er Peter vejen" answers nothing: no request, no notice before it.
    agent, a_segs = hearing("agent", [(2.0, 5.0, "Hvad synes du om den nye bank i byen")], first=1)
    customer, c_segs = hearing("customer", [(25.0, 26.5, "Ja, det er fint.")], first=2)
    scorer = Scorer({2: "Ja, det er fint."}, {"Ja, det er fint.": -3.0})
    result = spot([agent, customer], a_segs + c_segs, scorer)
    assert [f for f in result.found if f.element == "reply"] == []
    # ... while the same words right after a request are checked as its answer.
    agent, a_segs = hearing("agent", [(2.0, 5.0, REQUEST)], first=1)
    customer, c_segs = hearing("customer", [(6.0, 7.5, "Ja, det er fint.")], first=2)
    scorer = Scorer({1: REQUEST, 2: "Ja, det er fint."}, {REQUEST: -20.0, "Ja, det er fint.": -3.0})
    result = spot([agent, customer], a_segs + c_segs, scorer)
    assert [f.element for f in result.found if f.element == "reply"] == ["reply"]


def test_a_yes_the_free_decoding_heard_too_is_no_competitor_of_the_yes_read() -> None:
    # Whisper heard "Ja, det går fint." with unsure words; the prompted reading is "Ja, en er er".
    # The heard words in the answer's place say yes as well: they agree with the reading, and only
    # the answers that mean something else ("nej en er er") compete with it.
    agent, a_segs = hearing("agent", [(2.0, 5.0, HEARD)], first=1)
    heard = "Ja, det går fint."
    customer, c_segs = hearing("customer", [(6.0, 7.2, heard)], first=2, probability=0.2)
    scorer = Scorer({1: REQUEST, 2: "Ja, en er er"},
                    {HEARD: -30.0, REQUEST: -24.0, heard: -8.0, "ja en er er": -9.0, "ja det går": -8.5})
    result = spot([agent, customer], a_segs + c_segs, scorer)
    (reply,) = [f for f in result.found if f.element == "reply"]
    assert reply.status == "verified" and reply.competitor != "as heard"


def _request_after_notice(scores: dict[str, float]):
    notice, n_segs = hearing("agent", [(5.0, 9.0, "Vi optager samtalen.")], first=1, logprob=-0.2, probability=0.95)
    heard = "Efter i åven mentai, du kan nå som helst bemer meg stopp,"
    h, segs = hearing("agent", [(9.9, 13.7, heard)], first=2)
    # The prompt's reading gets the request right and wanders after it: as a whole it is far less
    # probable than the free decoding (-60 against -40), so it cannot be what the engine reads.
    reading = "Er det i orden, for at forbedre vores service."
    scorer = Scorer({2: reading}, {heard: -40.0, reading: -60.0, **scores})
    return spot([notice, h], n_segs + segs, scorer)


def test_a_phrase_of_a_wandering_reading_is_checked_among_the_heard_words() -> None:
    # "Er det i orden" put in where its letters fall in the free decoding, the rest as heard: as
    # probable as the free decoding, and it beats its negations and decoys there.
    result = _request_after_notice({"er det i orden du kan nå som helst bemer meg stopp": -41.0})
    verified = [f for f in result.found if f.status == "verified"]
    assert [f.element for f in verified] == ["consent_request"]
    assert result.segments[1].text == "er det i orden du kan nå som helst bemer meg stopp"
    # Not when the decoder finds the heard words with the phrase put in no likelier than the rest.
    result = _request_after_notice({})
    assert not [f for f in result.found if f.status == "verified" and f.element == "consent_request"]


def test_the_free_decoding_itself_is_never_checked_as_a_phrase_put_in() -> None:
    # The prompted reading holds the notice in the very words Whisper heard and wanders after it;
    # put back into the free decoding, the notice gives the free decoding itself, which is the most
    # probable text by construction: checked, its notice would verify whatever was said.
    heard = "Vi optager samtalen for at gå kumenterer"
    reading = "Vi optager samtalen for at forbedre vores service i dag."
    h, segs = hearing("agent", [(2.0, 6.0, heard)])
    result = spot([h], segs, Scorer({1: reading}, {heard: -40.0, reading: -70.0}))
    assert not [f for f in result.found if f.status == "verified"]


def test_misheard_speech_between_two_parts_of_the_disclosure_stays_unclear() -> None:
    # "Uden optagelse kan jeg desværre ikke behandle din ansøgning", between the notice and the
    # request, misheard and holding nothing checked: it may be the tie of the service to the
    # consent, so it is not read as saying nothing. The same words before the disclosure (a
    # greeting) or after it are read as heard.
    lines = [(0.5, 3.0, "Mille kom til hått i donten"), (4.0, 7.0, HEARD_NOTICE),
             (7.5, 11.0, "Uven opp til å si kan jeg det ikke"), (11.5, 13.5, HEARD),
             (14.0, 17.0, "Må mevønske og løbe om")]
    agent, segs = hearing("agent", lines, first=1)
    scorer = Scorer({2: NOTICE, 4: REQUEST}, {HEARD_NOTICE: -30.0, NOTICE: -24.0, HEARD: -30.0, REQUEST: -20.0})
    result = spot([agent], segs, scorer)
    assert {f.element for f in result.found if f.status == "verified"} >= {"recording_notice", "consent_request"}
    greeting, between, after = result.segments[0], result.segments[2], result.segments[4]
    assert between.avg_logprob is not None and between.avg_logprob < CONF.review_avg_logprob
    assert greeting.avg_logprob is not None and greeting.avg_logprob >= CONF.review_avg_logprob
    assert after.avg_logprob is not None and after.avg_logprob >= CONF.review_avg_logprob
    # Heard with confidence by Whisper itself, it is read as heard.
    agent, segs = hearing("agent", lines, first=1, probability=0.95, logprob=-0.3)
    result = spot([agent], segs, scorer)
    assert result.segments[2].avg_logprob == -0.3


@pytest.mark.parametrize("definite_notice, weak", [(False, False), (True, True)])
def test_an_unclear_notice_beside_a_verified_request_matters_only_where_a_definite_notice_is_needed(
        definite_notice, weak) -> None:
    # "Vi vil gerne optage samtalen til træning": the request and the purpose verified; another
    # reading held "vi optager samtalen", which did not beat its decoys. Under a policy that takes the
    # request for the notice (dk), that unclear notice hides nothing; under one that needs a definite
    # notice (no), whether the caller was told plainly stays open.
    reading = "Vi må gerne optage samtalen til træning."
    h, segs = hearing("agent", [(3.4, 7.2, reading)])
    groups = spotting._groups(h, {id(s) for s in segs}, CONF, "da", None)
    run = spotting._Run("da", Scorer({}, {}), CONF, (), None)
    run.checks[0] = _checked(reading, -1.0, ("consent_request", "må vi gerne optage samtalen", "verified"),
                             ("purpose", "til træning", "verified"))
    run.unclear[0] = _checked("Vi optager samtalen til træning.", -1.0,
                              ("recording_notice", "vi optager samtalen", "rejected")).found
    run.free_hits, run._hits = {0: set()}, {}
    deciding = spotting.DECIDING | ({"recording_notice", "vague_notice"} if definite_notice else frozenset())
    out = run.rewrite(segs, groups, deciding).segments[0]
    assert (out.avg_logprob < CONF.review_avg_logprob) is weak


@pytest.mark.parametrize("start, unclear", [(8.0, True), (25.0, False)])
def test_misheard_speech_just_after_the_disclosure_holding_an_unshown_phrase_stays_unclear(start, unclear) -> None:
    # Right after the notice, a reading held the withdrawal right ("Du kan til enhver tid bede mig
    # stoppe optagelsen") but far less probable than the free decoding: not shown, not read as
    # nothing either, for that is where the right (or the key that opts out) would be said. Far
    # from the disclosure, the same is read as heard.
    heard = "Du kan til en mere tid med mig stopper opp til"
    reading = "Du kan til enhver tid bede mig stoppe optagelsen."
    lines = [(3.0, 7.0, HEARD_NOTICE), (start, start + 3.0, heard)]
    agent, segs = hearing("agent", lines, first=1)
    scorer = Scorer({1: NOTICE, 2: reading}, {HEARD_NOTICE: -30.0, NOTICE: -24.0, heard: -20.0})
    result = spot([agent], segs, scorer)
    assert [f.status for f in result.found if f.element == "withdrawal_info"] == ["rejected"]
    out = result.segments[1]
    assert (out.avg_logprob < CONF.review_avg_logprob) is unclear


def test_a_withdrawal_read_in_unlabelled_words_where_the_agents_disclosure_verified_is_a_doubt() -> None:
    # A mono call: the agent's "Vi optager samtalen til træning. Du kan til enhver tid bede os
    # stoppe optagelsen" misheard and read with a bare "stop optagelsen" in it. The disclosure
    # verified there, so the words are the agent's: the withdrawal is not shown to be the caller's.
    said = "Vi optager samtalen til træning, stop optagelsen."
    heard = "Vi obtærer samtæren til treninger, stopper obtagelsen"
    h, segs = hearing(None, [(3.0, 8.0, heard)])
    result = spot([h], segs, Scorer({1: said}, {heard: -40.0, said: -20.0}))
    status = {f.element: f.status for f in result.found}
    assert status.get("recording_notice") == "verified" and status.get("withdrawal") == "doubt"
    assert result.segments[0].avg_logprob < CONF.review_avg_logprob
    # The same withdrawal alone in its segment (the caller's own words) stays verified.
    h, segs = hearing(None, [(3.0, 6.0, "Stopper obtagelsen")])
    result = spot([h], segs, Scorer({1: "Stop optagelsen."}, {"Stopper obtagelsen": -20.0, "Stop optagelsen.": -8.0}))
    assert {f.element: f.status for f in result.found}.get("withdrawal") == "verified"


def test_a_withdrawal_only_the_checks_read_in_unlabelled_speech_is_a_doubt() -> None:
    # Mono: the caller's "Hej, til Stokkegade fem" heard "Hej, til stoptalet og tagen fem", and a
    # reading with "stop optagelsen" in it scored well. The free decoding reads no withdrawal
    # there and nobody knows who spoke: a doubt (review), never a withdrawal that settles the call.
    said = "Hej, til stop optagelsen fem."
    heard = "Hej, til stoptalet og tagen fem"
    h, segs = hearing(None, [(20.0, 23.0, heard)])
    result = spot([h], segs, Scorer({1: said}, {heard: -30.0, said: -14.0}))
    assert {f.element: f.status for f in result.found}.get("withdrawal") == "doubt"
    assert result.segments[0].avg_logprob < CONF.review_avg_logprob
    # On the caller's own channel the same words are the caller's: verified.
    h, segs = hearing("customer", [(20.0, 23.0, heard)])
    result = spot([h], segs, Scorer({1: said}, {heard: -30.0, said: -14.0}))
    assert {f.element: f.status for f in result.found}.get("withdrawal") == "verified"


@pytest.mark.parametrize("heard, hidden", [
    ("Vi optager samtalen for at gå kumenterer or i vningen", True),   # a head, then misheard words
    ("Vi optager samtalen så vi kan gå kumenterer or", True),
    ("Vi optager samtalen nu mens vi taler sammen", False),            # no purpose head: nothing hidden
])
def test_misheard_words_after_a_purpose_head_keep_a_missing_purpose_open(heard, hidden) -> None:
    # The notice verified; the purpose after it ("for at dokumentere rådgivningen") was misheard
    # and no verb put in its place scored better. No purpose verified anywhere, so the words after
    # the head may hold it: they are handed on (the verifier's ``_purpose_unheard`` weighs them).
    h, segs = hearing("agent", [(2.0, 7.0, heard)], probability=0.2)
    result = spot([h], segs, Scorer({1: heard}, {heard: -30.0}))
    assert {f.element: f.status for f in result.found}.get("recording_notice") == "verified"
    assert result.purpose_unheard == ([heard] if hidden else [])
    # Heard with confidence by Whisper itself, the words are what was said: nothing is hidden.
    h, segs = hearing("agent", [(2.0, 7.0, heard)], probability=0.95, logprob=-0.3)
    assert spot([h], segs, Scorer({1: heard}, {heard: -30.0})).purpose_unheard == []


def test_misheard_words_after_a_purpose_head_where_only_the_request_verified_keep_the_purpose_open() -> None:
    # "… slik at vi kan dokumentere skademeldinga di. Er det greitt for deg?" heard "slik at vi kan
    # gå kumenterisk at det meldinger er det greit for deg": the notice was in another segment and
    # went unheard, the request verified here. The words after the head are at the disclosure as
    # much as a notice's would be: the missing purpose is not shown.
    heard = "for at gå kumenterer or i vningen. Er det i orden, at vi optager?"
    h, segs = hearing("agent", [(8.0, 13.0, heard)], probability=0.2)
    result = spot([h], segs, Scorer({1: heard}, {heard: -30.0}))
    status = {f.element: f.status for f in result.found}
    assert status.get("consent_request") == "verified" and "recording_notice" not in status
    assert result.purpose_unheard == [heard]


def test_a_yes_the_checks_left_in_doubt_is_never_handed_to_the_engine() -> None:
    # The caller's "Øh, måske." heard "Måske!"; the prompt read "Okay." (more probable, but a yes
    # the free decoding did not itself read as one stays a doubt). The engine must read the heard
    # words, weakly: the consent status may be ambiguous, never given.
    h_agent, agent_segs = hearing("agent", [(3.0, 7.0, HEARD)])
    h_caller, caller_segs = hearing("customer", [(8.0, 9.0, "Måske!")], first=2)
    h_caller.windows[0].memory[0, 400:450, 0] = 2
    scorer = Scorer({1: REQUEST, 2: "Okay."}, {HEARD: -30.0, REQUEST: -20.0, "Måske!": -9.0, "Okay.": -3.0})
    result = spot([h_agent, h_caller], agent_segs + caller_segs, scorer)
    assert any(f.element == "reply" and f.status == "doubt" for f in result.found)
    caller = result.segments[1]
    assert norm(caller.text) == "måske"
    assert caller.avg_logprob < CONF.review_avg_logprob


def test_a_reading_keeps_the_cut_of_the_heard_words_so_the_sentence_is_read_whole() -> None:
    # Mono: "Vi kan desværre kun tage sagen, hvis vi må optage." paused at its comma: two segments.
    # The first is read again as a whole sentence ("… tage sagen."), which would end the sentence at
    # the pause and hide the condition. The reading keeps the heard cut (the next piece goes on
    # with "hvis"), so the engine joins the two and reads the service tied to the recording.
    h, segs = hearing(None, [(9.6, 12.1, "Vi kan desværre kun tae sagen,"), (12.5, 14.4, "hvis vi må optage.")])
    scorer = Scorer({1: "Vi kan desværre kun tage sagen.", 2: "hvis vi må optage."},
                    {"Vi kan desværre kun tae sagen,": -30.0, "Vi kan desværre kun tage sagen.": -12.0,
                     "hvis vi må optage.": -8.0})
    result = spot([h], segs, scorer)
    assert [s.text for s in result.segments] == ["Vi kan desværre kun tage sagen,", "hvis vi må optage."]
    disclosure = Segment(3.0, 9.0, "Vi optager samtalen for at uddanne vores medarbejdere. Du kan til enhver tid "
                         "bede os stoppe optagelsen. Er det i orden?", None, avg_logprob=-0.2)
    yes = Segment(15.0, 15.5, "Ja.", None, avg_logprob=-0.2)
    record = analyze_transcript(Transcript("da", (disclosure, *result.segments, yes)), policy="dk")
    assert "COERCIVE_REQUEST" in {r.code for r in record.reasons}


class Whole(Scorer):
    """``text`` scores ``score`` only against memory that holds both segments' audio (1 and 2)."""

    def __init__(self, readings: dict[int, str], scores: dict[str, float], text: str, score: float) -> None:
        super().__init__(readings, scores)
        self.text, self.whole = norm(text), score

    def score(self, memory, language, texts):
        both = {1, 2} <= set(np.unique(memory[0, :, 0]).astype(int))
        out = super().score(memory, language, texts)
        return [np.full(len(o), self.whole / len(o), dtype=np.float32) if both and norm(t) == self.text else o
                for t, o in zip(texts, out, strict=True)]


def test_the_agents_sentence_cut_at_a_comma_is_checked_against_the_audio_of_both_pieces() -> None:
    # "Trykk 1 for å reservere deg mot opptak." heard "Tripp in for opp det sarvere digg," | "Mut opp
    # tak,": the prompt's reading holds the whole prompt, which only the audio of both pieces
    # supports. Checked against the first piece's audio alone it could not verify.
    heard = ("Tripp in for opp det sarvere digg,", "Mut opp tak,")
    said = "Trykk 1 for å reservere deg mot opptak."
    h, segs = hearing("agent", [(9.2, 12.2, heard[0]), (12.7, 13.5, heard[1])])
    scorer = Whole({1: said, 2: heard[1]}, {heard[0]: -30.0, " ".join(heard): -40.0, heard[1]: -9.0}, said, -20.0)
    result = spot([h], segs, scorer, language="no")
    assert {f.element: f.status for f in result.found}.get("keypress_optout") == "verified"
    assert result.segments[0].text.lower().startswith("trykk 1 for å reservere deg mot opptak")


class Clause(Scorer):
    """Any text that opens with ``clause`` scores ``score`` (the rest of it as heard or not)."""

    def __init__(self, heard: str, clause: str, score: float) -> None:
        super().__init__({1: heard}, {heard: -28.0})
        self.clause, self.clause_score = norm(clause), score

    def score(self, memory, language, texts):
        out = super().score(memory, language, texts)
        return [np.full(len(o), self.clause_score / len(o), dtype=np.float32) if norm(t).startswith(self.clause)
                else o for t, o in zip(texts, out, strict=True)]


def test_the_leading_clause_of_a_domain_sentence_is_tried_where_the_speaker_goes_on_in_own_words() -> None:
    # "Hvis du ikke ønsker opptak, er det bare å si fra." heard "Vi sko i kunsker opp takk er de bare
    # å si fra." No domain sentence fits the whole (each ends in the domain's own way to object);
    # its leading clause put in for the words like it, the rest as heard, is more probable than the
    # heard words, and the way to object verifies.
    heard = "Vi sko i kunsker opp takk er de bare å si fra."
    h, segs = hearing(None, [(10.9, 16.9, heard)])
    result = spot([h], segs, Clause(heard, "Hvis du ikke ønsker opptak", -18.0), language="no")
    assert {f.element: f.status for f in result.found}.get("objection_info") == "verified"
    assert result.segments[0].text.startswith("Hvis du ikke ønsker opptak,")
    # Where the decoder finds the clause no likelier than the heard words, nothing is put in.
    result = spot([h], segs, Clause(heard, "Hvis du ikke ønsker opptak", -40.0), language="no")
    assert not [f for f in result.found if f.status == "verified"]


def test_in_unlabelled_speech_a_reading_that_starts_a_sentence_is_not_joined_to_the_one_before() -> None:
    # Mono: the agent's "…, be meg stoppe opptaket," then the caller's "Tja, kanskje." heard "så kan
    # jeg" and read "Sa, kanskje.". Lower-cased to follow the heard cut, the answer would be joined
    # to the agent's sentence and lost (and the agent's "Greit." after it read as the answer).
    h, segs = hearing(None, [(13.0, 16.9, "du kan noe som helst be meg stopper opp taket,"), (17.8, 18.6, "så kan jeg")])
    scorer = Scorer({1: "Du kan når som helst be meg stoppe opptaket.", 2: "Sa, kanskje."},
                    {"du kan noe som helst be meg stopper opp taket,": -30.0,
                     "Du kan når som helst be meg stoppe opptaket.": -20.0,
                     "så kan jeg": -9.0, "Sa, kanskje.": -8.0})
    result = spot([h], segs, scorer, language="no")
    assert not result.segments[1].text[0].islower()  # the reading starts its own sentence
    transcript = joined_sentences(Transcript("no", tuple(result.segments)), load_bank("no"), CONF)
    assert len(transcript.segments) == 2  # and the engine reads the answer apart


def test_a_doubtful_yes_in_the_words_of_a_verified_withdrawal_changes_nothing() -> None:
    # "Ja, stopp opptaket." after the request: the withdrawal verifies; whether the words open with
    # a "ja" is a close call. Yes or not, the caller withdrew: the segment is evidence, not weak.
    agent, a_segs = hearing("agent", [(2.0, 5.0, "Er det greit at vi tar opp som talen")], first=1)
    customer, c_segs = hearing("customer", [(6.0, 8.0, "Ja, et stopper opp taket.")], first=2)
    request, answer = "Er det greit at vi tar opp samtalen?", "Ja, stopp opptaket."

    class Close(Scorer):
        """Other texts with "stopp opptaket" in them read almost as well as the answer (the "ja" is
        a close call); every other text reads far worse."""

        def score(self, memory, language, texts):
            out = super().score(memory, language, texts)
            return [np.full(len(o), -11.0 / len(o), dtype=np.float32)
                    if self._which(memory) == 2 and "stopp opptaket" in norm(t) and norm(t) != norm(answer) else o
                    for t, o in zip(texts, out, strict=True)]

    scorer = Close({1: request, 2: answer}, {"Er det greit at vi tar opp som talen": -30.0, request: -20.0,
                                             "Ja, et stopper opp taket.": -20.0, answer: -10.0})
    result = spot([agent, customer], a_segs + c_segs, scorer, language="no")
    statuses = {(f.element, f.status) for f in result.found if f.speaker == "customer"}
    assert ("withdrawal", "verified") in statuses and ("reply", "doubt") in statuses
    assert result.segments[1].avg_logprob >= CONF.review_avg_logprob  # evidence, not a weak segment


def test_a_pause_at_a_comma_before_misheard_words_is_not_carried_into_the_reading() -> None:
    # "Du kan når som helst bede mig stoppe, så sletter jeg optagelsen" heard "…, be meg stoppe," |
    # "så søter jeg …", read "Sauset er jeg opp til …". Joined, the misheard words would stand as
    # what is stopped (another object). The next piece as read does not open with a word a sentence
    # goes on with: the reading of the first ends its sentence.
    h, segs = hearing("agent", [(9.9, 13.7, "Du kan nå som helst be meg stoppe,"),
                                (13.9, 16.1, "så søter jeg at jeg har tager sin mink det samme")])
    scorer = Scorer({1: "Du kan når som helst be meg stoppe.", 2: "Sauset er jeg opp til jølsen mint det sammen."},
                    {"Du kan nå som helst be meg stoppe,": -30.0, "Du kan når som helst be meg stoppe.": -20.0,
                     "så søter jeg at jeg har tager sin mink det samme": -40.0,
                     "Sauset er jeg opp til jølsen mint det sammen.": -30.0})
    texts = [s.text for s in spot([h], segs, scorer, language="no").segments]
    assert texts[0].endswith("stoppe.")


def test_seconds_of_speech_written_in_a_few_words_are_unclear_not_empty() -> None:
    # 11 s of notice, purpose, request and withdrawal right, written "til en med tenker, jeg skal
    # stoppe her.": the recogniser left most of the speech out. Nothing in the words verifies, but
    # that the speech said nothing is not shown: the segment reaches the engine unclear.
    heard = "til en med tenker, jeg skal stoppe her."
    h, segs = hearing(None, [(4.6, 15.1, heard)])
    result = spot([h], segs, Scorer({1: heard}, {heard: -20.0}))
    assert not [f for f in result.found if f.status == "verified"]
    assert result.segments[0].avg_logprob < CONF.review_avg_logprob
    # The same words over 3 s of speech are what was said there: read, not unclear.
    h, segs = hearing(None, [(4.6, 7.6, heard)])
    result = spot([h], segs, Scorer({1: heard}, {heard: -20.0}))
    assert result.segments[0].avg_logprob >= CONF.review_avg_logprob


def test_a_reading_of_both_pieces_that_adds_a_doubt_is_not_kept() -> None:
    # "Vi tar opp samtalen for opplæring." cut "Vi tar opp som talen for," | "opp laring.". Read on
    # both pieces' audio the purpose verifies, but whether the notice is definite or vague ("vi kan
    # ta opp …") becomes a close call that the first piece alone did not raise: the pair's reading
    # would make the piece a doubt for what it adds. It is not kept.
    heard = ("Vi tar opp som talen for,", "opp laring.")
    said = "Vi tar opp samtalen for opplæring."

    class Vague(Whole):
        def score(self, memory, language, texts):
            both = {1, 2} <= set(np.unique(memory[0, :, 0]).astype(int))
            out = super().score(memory, language, texts)
            return [np.full(len(o), -21.0 / len(o), dtype=np.float32) if both and "vi kan ta opp" in norm(t) else o
                    for t, o in zip(texts, out, strict=True)]

    h, segs = hearing("agent", [(3.0, 6.0, heard[0]), (6.5, 7.5, heard[1])])
    scorer = Vague({1: said, 2: heard[1]}, {heard[0]: -30.0, " ".join(heard): -40.0, heard[1]: -9.0}, said, -20.0)
    result = spot([h], segs, scorer, language="no")
    assert not [f for f in result.found if f.element == "purpose" and f.status == "verified"]
    assert result.segments[0].text == heard[0]


def test_only_pieces_of_one_window_are_read_together() -> None:
    h, segs = hearing("agent", [(9.2, 12.2, "Tripp in for opp det sarvere digg,"), (12.7, 13.5, "Mut opp tak,")])
    memory = h.windows[0].memory
    timed = [spotting._Group(k, h, part, [w[0].strip() for w in part.words], memory[:, 0:10], (0, 10))
             for k, part in enumerate(h.segments)]
    assert list(spotting._run_ons(timed)) == [0]
    # Speech no window held (read on its own, ``_unread``) has no frames in a window to join.
    unread = [spotting._Group(k, h, spotting.HeardSegment(segment=s, window=-1, words=()), s.text.split(), memory)
              for k, s in enumerate(segs)]
    assert spotting._run_ons(unread) == {}
    # Nor are the customer's pieces read together: the disclosure is the agent's.
    c, c_segs = hearing("customer", [(9.2, 12.2, "Ja det er fint,"), (12.7, 13.5, "men kun i dag.")])
    theirs = [spotting._Group(k, c, part, [w[0].strip() for w in part.words], memory[:, 0:10], (0, 10))
              for k, part in enumerate(c.segments)]
    assert spotting._run_ons(theirs) == {}


# "Trykk 9 hvis du ikke ønsker opptak." heard "Trykk ni, vi skuikkensker opptak.": the engine matches
# the opt-in ("trykk N hvis du ønsker opptak") in the garbled words, the "not" glued into one of
# them, and no variant of the reading can show the "not" missing. Said in the bank's words, the
# opt-out is the more probable: the opt-in is no more than a doubt (real wording no11, rendered).
GLUED = "Trykk ni, vi skuikkensker opptak."
OPT_IN = "trykk ni hvis du ønsker opptak"
OPT_OUT = "trykk ni hvis du ikke ønsker opptak"


def _key_prompt(opt_in: float, opt_out: float):
    h, segs = hearing("agent", [(2.0, 5.0, GLUED)], probability=0.9)
    return spot([h], segs, Scorer({1: GLUED}, {GLUED: -15.0, OPT_IN: opt_in, OPT_OUT: opt_out}), language="no")


def test_a_key_prompt_whose_opposite_said_in_the_banks_words_is_as_probable_is_a_doubt() -> None:
    statuses = {f.element: f.status for f in _key_prompt(opt_in=-25.0, opt_out=-22.0).found}
    assert statuses.get("keypress_optin") == "doubt"


def test_a_key_prompt_that_beats_its_opposite_in_the_banks_words_verifies() -> None:
    statuses = {f.element: f.status for f in _key_prompt(opt_in=-18.0, opt_out=-25.0).found}
    assert statuses.get("keypress_optin") == "verified"


class Most(Whole):
    """``Whole``, where the memory must hold at least a second of each segment's audio (the padding
    around a segment's stretch reaches a few frames into the next)."""

    def score(self, memory, language, texts):
        frames = memory[0, :, 0].astype(int)
        if min(int((frames == 1).sum()), int((frames == 2).sum())) >= 50:
            return super().score(memory, language, texts)
        return Scorer.score(self, memory, language, texts)


@pytest.mark.parametrize("second, joined", [("så stopper vi i opptattet", True), ("stopper vi i opptattet", False)])
def test_in_unlabelled_speech_a_piece_after_a_comma_is_checked_with_it_only_where_it_goes_on(second, joined) -> None:
    # Mono: "Du kan reservere deg mot dette, så stopper jeg opptaket." heard "Du kan vei særvere digg
    # mot det til," | "så stopper vi i opptattet". The second piece opens with a word that goes on
    # with a sentence ("så"), so it is the same speaker's; one that does not may be the caller's.
    first = "Du kan vei særvere digg mot det til,"
    said = "Du kan reservere deg mot dette, så stopper jeg opptaket."
    h, segs = hearing(None, [(9.5, 12.1, first), (12.4, 14.3, second)])
    scorer = Most({1: said, 2: second}, {first: -20.0, second: -9.0, f"{first} {second}": -40.0}, said, -24.0)
    result = spot([h], segs, scorer, language="no")
    first = [f.status for f in result.found if f.element == "objection_info" and f.start == 9.5]
    assert (first == ["verified"]) is joined, first
    assert result.segments[0].text.lower().startswith("du kan reservere deg mot dette") is joined


# Which key a prompt names is a question about keys, not spellings. On spoken "tast en" the decoder
# tells the digit "1" from "9" hardly at all, the words "en" from "ni" clearly (sample
# da_keypress_optin_mono: "tast 1 …" -33.3, "tast 9 …" -33.5; "tast en …" -27.4, "tast ni …" -36.3).
TYPED = "Tast 1 for at acceptere optagelsen."


def _typed_key(scores: dict[str, float]):
    h, segs = hearing("agent", [(2.0, 5.0, TYPED)], logprob=-0.3, probability=0.9)
    base = {TYPED: -33.0, "tast 9 for at acceptere optagelsen": -33.2}
    return {f.element: f.status for f in spot([h], segs, Scorer({}, base | scores)).found}


def test_a_key_read_as_a_digit_is_told_from_the_others_by_its_most_probable_spelling() -> None:
    statuses = _typed_key({"tast en for at acceptere optagelsen": -27.0, "tast ni for at acceptere optagelsen": -36.0})
    assert statuses.get("keypress_optin") == "verified"


def test_a_key_prompt_whose_audio_names_another_key_is_a_doubt_never_verified_or_dropped() -> None:
    statuses = _typed_key({"tast en for at acceptere optagelsen": -36.0, "tast ni for at acceptere optagelsen": -27.0})
    assert statuses.get("keypress_optin") == "doubt"


def test_digits_alike_in_every_spelling_leave_the_key_a_doubt() -> None:
    statuses = _typed_key({"tast en for at acceptere optagelsen": -33.0, "tast ni for at acceptere optagelsen": -33.1})
    assert statuses.get("keypress_optin") == "doubt"


def _yes_against(scores: dict[str, float]):
    agent, a_segs = hearing("agent", [(2.0, 5.0, "Er det greit at vi tar opp samtalen?")], first=1, logprob=-0.2,
                            probability=0.95)
    caller, c_segs = hearing("customer", [(6.0, 7.5, "Ja, det går fint.")], first=2)
    scores = {"Er det greit at vi tar opp samtalen?": -5.0, "Ja, det går fint.": -4.0, **scores}
    result = spot([agent, caller], a_segs + c_segs, Scorer({2: "Ja, det går fint."}, scores), language="no")
    return [f.status for f in result.found if f.element == "reply"]


def test_a_shorter_answer_is_charged_for_the_speech_it_leaves_out() -> None:
    # "det går ikke" leaves out a word of the caller's "Ja, det går fint." and scores 1.5 nats
    # below it; charged for the word (1 nat at most), it is 2.5 below: the yes verifies.
    assert _yes_against({"det går ikke": -5.5}) == ["verified"]
    # Not so an answer of the same length: "nei det går fint" 1.5 below stays a close call.
    assert _yes_against({"nei det går fint": -5.5}) == ["doubt"]
    # Nor when the shorter answer is read better still: the charge is no more than the word.
    assert _yes_against({"det går ikke": -4.5}) == ["doubt"]
