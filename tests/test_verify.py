"""From a recording to a record: the pipeline with a scripted recogniser, and a few real-model runs.

The scripted recogniser (`Script`) stands in for Whisper: it "hears" the lines of a script on the
channel and in the span it is given, so the pipeline's own logic (which span is read, channel
roles, early stop, full scan, doubts, the record) is tested fast and exactly. Tests marked `model`
run the real Whisper base model.
"""

from __future__ import annotations

import glob
import pickle
import wave
from pathlib import Path

import numpy as np
import pytest
from builders import DA_OPENING, noise_wav

from verifier.engine.record import Record
from verifier.engine.transcript import Segment
from verifier.hearing.audio import AudioNotFoundError
from verifier.hearing.transcribe import LanguageGuess
from verifier.verify import Verifier

RATE = 16_000
SPEAKER = {"a": "agent", "c": "customer", "?": None}
ROOT = Path(__file__).resolve().parents[1]
REALSPEECH = ROOT.parent / "shared" / "realspeech"
SAMPLES = ROOT / "samples"


class Script:
    """A recogniser that hears the script's lines that lie in the audio it is given."""

    def __init__(self, lines: list[tuple], *, language: str = "da", probability: float = 0.95):
        self.lines = lines
        self.guess = LanguageGuess(language, probability, {"da": probability, "no": 0.01})
        self.heard_until: dict[str | None, float] = {}
        self.calls: list[tuple[str | None, float, float]] = []

    def speech_chunks(self, samples: np.ndarray) -> list[tuple[int, int]]:
        return [(0, len(samples))] if len(samples) else []

    def detect_language(self, samples, chunks) -> LanguageGuess:
        return self.guess

    def transcribe(self, samples, chunks, *, language, speaker, offset_s=0.0):
        start = offset_s + (chunks[0][0] / RATE if chunks else 0.0)
        end = offset_s + len(samples) / RATE
        self.calls.append((speaker, round(start, 2), round(end, 2)))
        for who, s, e, text in self.lines:
            if SPEAKER[who] == speaker and start <= s < end:
                self.heard_until[speaker] = e
                yield Segment(s, e, text, speaker, avg_logprob=-0.2, no_speech_prob=0.01,
                              compression_ratio=1.2)


def write_call(path: Path, seconds: float, channels: int = 2, rate: int = RATE) -> Path:
    return noise_wav(path, seconds, channels=channels, rate=rate, level=0.01, seed=7)


def scripted(fake_model: Path, lines: list[tuple], *, probability: float = 0.95,
             **kwargs) -> tuple[Verifier, Script]:
    script = Script(lines, probability=probability)
    return Verifier(model=fake_model, recognizer=script, **kwargs), script


COMPLIANT = [*DA_OPENING, ("c", 13.5, 14.2, "Ja, det er fint."),
             ("a", 14.5, 20.0, "Tak. Hvad kan jeg hjælpe dig med i dag?")]
REFUSED_AND_GOES_ON = [*DA_OPENING, ("c", 13.5, 14.2, "Nej tak."),
                       ("a", 15.0, 20.0, "Hvad kan jeg hjælpe dig med?"),
                       ("c", 21.0, 26.0, "Jeg har et spørgsmål om min regning."),
                       ("a", 27.0, 33.0, "Lad mig se på den."),
                       ("c", 34.0, 38.0, "Den er for høj."),
                       ("a", 39.0, 45.0, "Jeg kan se beløbet her.")]


def test_a_compliant_call_and_its_record(tmp_path, fake_model, record_schema):
    verifier, _ = scripted(fake_model, COMPLIANT)
    record = verifier.verify(write_call(tmp_path / "call.wav", 30))
    assert isinstance(record, Record)
    assert record.verdict == "compliant", record.reason_codes
    data = record.to_dict()
    record_schema.validate(data)
    assert data["input"]["kind"] == "audio" and data["input"]["sha256"] == data["source"]["sha256"]
    assert data["source"] | {"sha256": None, "path": None} == {
        "path": None, "sha256": None, "duration_s": 30.0, "format": "wav", "codec": "pcm_s16le",
        "channels": 2, "sample_rate": 16000}
    analysis = data["analysis"]
    assert analysis["scan"] == "opening" and analysis["analysed_from_s"] == 0.0
    assert analysis["analysed_until_s"] == 30.0
    assert analysis["window_s"]["opening_until_s"] == 75.0
    assert analysis["model"]["name"] == "fake-model" and len(analysis["model"]["sha256"]) == 64
    assert analysis["language"] == {"code": "da", "source": "detected", "probability": 0.95,
                                    "scores": {"da": 0.95, "no": 0.01}}
    assert {"decode", "vad", "language", "dtmf", "transcribe", "analysis"} <= set(analysis["timings_s"])
    assert [s["speaker"] for s in data["transcript"]["segments"]][:4] == [
        "agent", "agent", "agent", "customer"]


def test_only_the_opening_of_a_long_call_is_read(tmp_path, fake_model):
    lines = [*COMPLIANT, ("c", 300.0, 302.0, "Stop optagelsen.")]
    verifier, script = scripted(fake_model, lines)
    record = verifier.verify(write_call(tmp_path / "long.wav", 600, rate=8000))
    assert record.analysis["analysed_until_s"] == 75.0
    assert max(end for _, _, end in script.calls) == 75.0
    assert record.verdict == "compliant" and not record.withdrawals


def test_full_scan_finds_a_later_withdrawal_on_the_customer_channel(tmp_path, fake_model):
    lines = [*COMPLIANT, ("a", 299.0, 300.0, "Ja, jeg stopper optagelsen."),
             ("c", 300.0, 302.0, "Stop optagelsen, jeg vil ikke optages længere."),
             ("a", 330.0, 335.0, "Så fortsætter vi med regningen.")]
    verifier, script = scripted(fake_model, lines, scan="full")
    record = verifier.verify(write_call(tmp_path / "long.wav", 400, rate=8000))
    assert record.analysis["scan"] == "full"
    assert "CONSENT_WITHDRAWN" in record.reason_codes
    assert "RECORDING_CONTINUED_AFTER_WITHDRAWAL" in record.reason_codes
    assert record.required_action == "delete_recording"
    # After the opening only the customer is transcribed, plus the agent just past the grace.
    after = [(who, start) for who, start, _ in script.calls if start >= 60]
    assert {who for who, _ in after} == {"customer", "agent"}
    assert min(start for who, start in after if who == "agent") >= 317.0


def test_transcription_stops_once_a_refusal_is_final(tmp_path, fake_model):
    verifier, script = scripted(fake_model, REFUSED_AND_GOES_ON)
    record = verifier.verify(write_call(tmp_path / "call.wav", 70))
    assert record.verdict == "non_compliant"
    assert {"CONSENT_REFUSED", "RECORDING_CONTINUED_AFTER_REFUSAL"} <= set(record.reason_codes)
    stop = record.analysis["stopped_early"]
    assert stop and stop["at_s"] < 45.0
    assert record.analysis["analysed_until_s"] == stop["at_s"]
    assert script.heard_until["agent"] < 45.0  # the last agent line was never decoded


def test_key_presses_on_each_channel_become_events(tmp_path, fake_model):
    path = write_call(tmp_path / "keys.wav", 20)
    with wave.open(str(path), "rb") as w:
        data = np.frombuffer(w.readframes(w.getnframes()), "<i2").reshape(-1, 2).copy()
    t = np.arange(int(0.12 * RATE)) / RATE
    key1 = 0.3 * (np.sin(2 * np.pi * 697 * t) + np.sin(2 * np.pi * 1209 * t)) * 32767 / 2
    data[int(12.0 * RATE):int(12.0 * RATE) + len(t), 1] += key1.astype("<i2")
    with wave.open(str(path), "wb") as w:
        w.setnchannels(2)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(data.tobytes())
    verifier, _ = scripted(fake_model, COMPLIANT)
    events = verifier.verify(path).transcript["events"]
    assert [(e["digit"], e["channel"], round(e["time"])) for e in events] == [("1", "customer", 12)]


def test_six_channels_are_never_compliant(tmp_path, fake_model):
    verifier, _ = scripted(fake_model, [(("?",) + line[1:]) for line in COMPLIANT])
    record = verifier.verify(write_call(tmp_path / "six.wav", 30, channels=6))
    assert record.verdict == "needs_review"
    assert record.reason_codes[0] == "LOW_CONFIDENCE"
    assert "mixed to mono" in record.reasons[0].message


def test_an_unsure_language_is_never_compliant(tmp_path, fake_model):
    verifier, _ = scripted(fake_model, COMPLIANT, probability=0.3)
    record = verifier.verify(write_call(tmp_path / "call.wav", 30))
    assert record.verdict == "needs_review" and record.reason_codes[0] == "LOW_CONFIDENCE"
    given, _ = scripted(fake_model, COMPLIANT, probability=0.3, language="da")
    assert given.verify(write_call(tmp_path / "call.wav", 30)).verdict == "compliant"


def test_no_transcript_for_privacy(tmp_path, fake_model):
    verifier, _ = scripted(fake_model, COMPLIANT, include_transcript=False)
    data = verifier.verify(write_call(tmp_path / "call.wav", 30)).to_dict()
    assert "transcript" not in data


def test_unreadable_audio_is_an_error_record(tmp_path, fake_model, record_schema):
    verifier, _ = scripted(fake_model, COMPLIANT)
    bad = tmp_path / "text.wav"
    bad.write_text("not audio")
    data = verifier.verify(bad).to_dict()
    record_schema.validate(data)
    assert data["verdict"] == "needs_review" and data["required_action"] == "review"
    assert [r["code"] for r in data["reasons"]] == ["AUDIO_UNREADABLE"]
    assert "not a readable audio file" in data["reasons"][0]["message"]
    with pytest.raises(AudioNotFoundError):
        verifier.verify(tmp_path / "missing.wav")


def test_the_verifier_pickles_and_copies_with_its_options(fake_model):
    verifier = Verifier(model=fake_model, language="da", scan="full")
    copy = pickle.loads(pickle.dumps(verifier))
    assert copy.options == verifier.options and copy.model_info == verifier.model_info
    threads = verifier.with_threads(3)
    assert threads.options.cpu_threads == 3 and threads.options.language == "da"
    assert verifier.options.cpu_threads == 0  # the original is unchanged


def test_bad_options_are_one_line_errors(fake_model):
    from verifier.errors import VerifierError

    for kwargs in ({"language": "sv"}, {"scan": "middle"}, {"agent_channel": "centre"}):
        with pytest.raises(VerifierError):
            Verifier(model=fake_model, **kwargs)


def test_words_go_back_to_their_own_stretch_of_speech():
    """Speech joined for Whisper is split again where it came from different times."""
    from types import SimpleNamespace as NS

    from verifier.hearing.transcribe import _split, _Timeline, _unread

    # Speech at 0-1 s, 3-4 s and 6-7 s of the channel; joined, 0-1, 1-2 and 2-3 s.
    timeline = _Timeline([(0, RATE), (3 * RATE, 4 * RATE), (6 * RATE, 7 * RATE)])
    raw = NS(avg_logprob=-0.3, no_speech_prob=0.02, compression_ratio=1.1, start=0.1, end=1.6,
             text=" Ja, nej.", words=[NS(start=0.1, end=0.5, word=" Ja,"),
                                      NS(start=1.2, end=1.6, word=" nej.")])
    pieces = list(_split(raw, timeline, "customer", 10.0))
    assert [(s.start, s.end, s.text, c) for s, c in pieces] == [
        (10.1, 10.5, "Ja,", 0), (13.2, 13.6, "nej.", 1)]
    assert all(s.avg_logprob == -0.3 and s.speaker == "customer" for s, _ in pieces)
    # The third stretch had no word recognised: it is kept as unreadable (empty) speech.
    unread = list(_unread(timeline, {0, 1}, 3, "customer", 10.0))
    assert [(s.start, s.end, s.text) for s in unread] == [(16.0, 17.0, "")]


def _raw(start, end, *words, logprob=-0.9):
    from types import SimpleNamespace as NS

    step = (end - start) / len(words)
    return NS(avg_logprob=logprob, no_speech_prob=0.1, compression_ratio=1.5, start=start, end=end,
              text="".join(words), words=[NS(start=start + k * step, end=start + (k + 1) * step, word=w,
                                             probability=0.5) for k, w in enumerate(words)])


def test_a_sentence_printed_word_by_word_is_mended_into_one_segment():
    """Whisper's timestamp mode gone astray ("Er, Det, Greit, ...", one segment a word) comes back
    as one segment, commas dropped, so the sentence can be read and checked as a sentence."""
    from verifier.hearing.transcribe import _mend

    raws = [_raw(0.0, 2.0, " Hei,", " du", " snakker", " med", " Anders."),
            _raw(3.0, 3.4, " Samtalen,"), _raw(3.5, 3.8, " Blir,"), _raw(3.9, 4.2, " Tatt,"),
            _raw(4.3, 4.6, " Opp."), _raw(5.0, 5.3, " Er,"), _raw(5.4, 5.6, " Det,"),
            _raw(5.7, 6.0, " Greit?")]
    out = list(_mend(iter([(r, 0) for r in raws])))
    assert len(out) == 2 and out[0][0] is raws[0]
    mended, window = out[1]
    assert window == 0 and (mended.start, mended.end) == (3.0, 6.0)
    assert mended.text == " Samtalen blir tatt opp. Er det greit?"
    assert [w.word for w in mended.words][:2] == [" Samtalen", " blir"]


@pytest.mark.parametrize("raws", [
    # Two short answers in a mono call stay two answers.
    [_raw(0.0, 0.4, " Ja."), _raw(0.9, 1.2, " Tak.")],
    # Fragments far apart are separate speech.
    [_raw(0.0, 0.4, " Ja,"), _raw(2.0, 2.3, " nej,"), _raw(4.0, 4.3, " måske.")],
    # Longer segments are sentences already.
    [_raw(0.0, 2.0, " Ja,", " det", " er", " fint."), _raw(2.2, 4.0, " Tak", " for", " det.")],
])
def test_what_is_not_a_run_of_fragments_is_left_as_it_came(raws):
    from verifier.hearing.transcribe import _mend

    assert [r for r, _w in _mend(iter([(r, 0) for r in raws]))] == raws


def test_fragments_of_two_windows_are_not_mended_together():
    from verifier.hearing.transcribe import _mend

    raws = [_raw(0.0, 0.3, " Er,"), _raw(0.4, 0.6, " det,"), _raw(0.7, 0.9, " greit?")]
    out = list(_mend(iter([(raws[0], 0), (raws[1], 0), (raws[2], 1)])))
    assert [r for r, _w in out] == raws


def test_voice_activity_detection_ships_with_faster_whisper():
    """Silero VAD is a file inside the faster-whisper wheel: it loads with no network."""
    from faster_whisper.utils import get_assets_path

    from verifier.hearing.audio import load_audio
    from verifier.hearing.transcribe import TranscribeOptions, speech_chunks

    assert (Path(get_assets_path()) / "silero_vad_v6.onnx").is_file()
    assert speech_chunks(np.zeros(RATE * 5, np.float32), TranscribeOptions()) == []
    clip = REALSPEECH / "no" / "sagascript_npsc_norwegian-short-3s.mp3"
    if not clip.exists():
        pytest.skip("shared real-speech clips not available")
    chunks = speech_chunks(load_audio(clip).channels[0], TranscribeOptions())
    assert chunks and sum(e - s for s, e in chunks) > RATE  # over a second of speech found


# --- the real model (slow; a few) -------------------------------------------------------------


@pytest.fixture(scope="module")
def real() -> Verifier:
    return Verifier(cpu_threads=2)


@pytest.mark.model
def test_real_norwegian_speech_is_heard_and_not_consent(real):
    clip = REALSPEECH / "no" / "sagascript_npsc_norwegian-short-3s.mp3"
    if not clip.exists():
        pytest.skip("shared real-speech clips not available")
    transcript = Verifier.verify_transcript_of(real, clip)
    assert "storting" in " ".join(s.text for s in transcript.segments).lower()
    record = real.verify(clip)
    assert record.verdict != "compliant" and record.consent.status != "given"


@pytest.mark.model
def test_silence_and_noise_give_no_evidence(real, tmp_path):
    rng = np.random.default_rng(3)
    for name, data in {"silence": np.zeros(RATE * 20),
                       "noise": rng.normal(0, 0.1, RATE * 20)}.items():
        path = tmp_path / f"{name}.wav"
        with wave.open(str(path), "wb") as w:
            w.setnchannels(1)
            w.setsampwidth(2)
            w.setframerate(RATE)
            w.writeframes((np.clip(data, -1, 1) * 32767).astype("<i2").tobytes())
        record = real.verify(path)
        assert record.verdict == "needs_review", name
        assert "LOW_CONFIDENCE" in record.reason_codes, name
        assert [s for s in record.transcript["segments"] if s["text"]] == [], name


@pytest.mark.model
def test_real_speech_never_gives_consent(real):
    clips = sorted(glob.glob(str(REALSPEECH / "*" / "*.*")))
    clips = [c for c in clips if not c.endswith(".md")]
    if not clips:
        pytest.skip("shared real-speech clips not available")
    for clip in clips:
        record = real.verify(clip)
        assert record.verdict != "compliant", clip
        assert record.consent.status != "given", clip


@pytest.mark.model
def test_the_record_does_not_depend_on_the_thread_count(real):
    # Two BLAS threads used to change the audio features, so `check` (2 threads) and `batch`
    # (1 per worker) gave different transcripts of the same call.
    one = Verifier(cpu_threads=1).verify(SAMPLES / "da_compliant_stereo.wav").to_dict()
    two = real.verify(SAMPLES / "da_compliant_stereo.wav").to_dict()
    assert one["transcript"] == two["transcript"]
    assert one["analysis"]["language"] == two["analysis"]["language"]


class _Counting:
    """CTranslate2's Whisper with its encoder passes counted (a test seam, nothing else)."""

    def __init__(self, inner, counts: dict[str, int]) -> None:
        self.inner, self.counts = inner, counts

    def __getattr__(self, name):
        attr = getattr(self.inner, name)
        if name != "encode":
            return attr

        def counted(*args, **kwargs):
            self.counts["encode"] = self.counts.get("encode", 0) + 1
            return attr(*args, **kwargs)
        return counted


@pytest.mark.model
def test_detecting_the_language_costs_at_most_one_encoder_pass_and_changes_no_word():
    # Detection encodes the first DETECT_SECONDS of speech (the opening's language, not the talk
    # after it): one encoder pass more than a call whose language is given (the detected one, so
    # that both decode the same way), and the same transcript.
    sample = SAMPLES / "no_compliant_stereo.wav"
    counts: dict[str, dict[str, int]] = {}
    records = {}
    for key in ("detected", "given"):
        given = records["detected"].analysis["language"]["code"] if key == "given" else None
        v = Verifier(cpu_threads=1, language=given)
        counts[key] = {}
        v.recognizer.whisper.model = _Counting(v.recognizer.whisper.model, counts[key])
        records[key] = v.verify(sample)
    assert records["detected"].analysis["language"]["source"] == "detected"
    assert counts["given"]["encode"] <= counts["detected"]["encode"] <= counts["given"]["encode"] + 1
    assert records["detected"].transcript == records["given"].transcript


def _seg(start: float, end: float, text: str) -> Segment:
    return Segment(start, end, text, None, avg_logprob=-0.2, no_speech_prob=0.01, compression_ratio=1.2)


UNSURE = "language detected as 'no' with probability 0.13 only; give the language to be sure"


@pytest.mark.parametrize("other_lines, verdict", [
    # The same vague notice heard in Norwegian: non-compliant under either policy, so the unsure
    # language no longer matters.
    (["Hei, dette er Mette.", "Samtalen kan bli tatt opp for opplæring.", "Hva kan jeg hjelpe deg med?"],
     "non_compliant"),
    # Heard in Norwegian as a definite notice with an objection option: compliant under `no`,
    # non-compliant under `dk`. The language decides the call: it stays a doubt (review).
    (["Hei, dette er Mette.", "Samtalen blir tatt opp for opplæring. Du kan reservere deg mot dette.",
      "Hva kan jeg hjelpe deg med?"], "needs_review"),
])
def test_an_unsure_language_matters_only_when_the_verdict_depends_on_it(fake_model, other_lines, verdict):
    from verifier.engine.analyze import analyze_transcript
    from verifier.engine.policy import load_policy
    from verifier.engine.transcript import Transcript
    from verifier.verify import _Run

    times = [(0.3, 3.0), (3.5, 8.0), (8.5, 11.0)]
    mine = [_seg(s, e, t) for (s, e), t in zip(times, ["Goddag, det er Mette.", "Samtalen kan blive optaget til "
                                                      "træning.", "Hvad kan jeg hjælpe dig med?"], strict=True)]
    theirs = [_seg(s, e, t) for (s, e), t in zip(times, other_lines, strict=True)]
    transcript = Transcript(language="da", segments=tuple(mine), events=(), duration_s=30.0)
    run = _Run(warnings=[UNSURE])
    run.other = ("no", {id(s): o for s, o in zip(mine, theirs, strict=True)})
    policy = load_policy("dk")
    record = analyze_transcript(transcript, policy, doubts=run.warnings)
    assert record.verdict == "needs_review"  # the unsure language is a doubt

    out = Verifier(model=fake_model, recognizer=Script([]))._either_language(record, transcript, policy, run)
    assert out.verdict == verdict
    assert run.language_moot is (verdict != "needs_review")
    assert (UNSURE in run.warnings) is (verdict == "needs_review")


@pytest.mark.parametrize(("lines", "verdict"), [
    # Compliant under `no` (a definite notice, the purpose, an objection option through the request
    # answered yes) but not under `dk` (no word that consent can be withdrawn): the country is not
    # shown when phrases of both languages verified, so a person decides.
    (["Hei, dette er Rasmus.", "Vi tar opp samtalen for å dokumentere avtalen. Er det greit at vi tar opp samtalen?",
      "Ja, det er greit."], "needs_review"),
    # Compliant under both policies: the language does not decide the call.
    (["Hei, dette er Rasmus.", "Vi tar opp samtalen for å dokumentere avtalen. Er det greit at vi tar opp samtalen? "
      "Du kan når som helst trekke samtykket ditt tilbake.", "Ja, det er greit."], "compliant"),
])
def test_a_contested_language_is_compliant_only_under_both_policies(fake_model, lines, verdict):
    from verifier.engine.analyze import analyze_transcript
    from verifier.engine.policy import load_policy
    from verifier.engine.transcript import Transcript
    from verifier.verify import _Run

    times = [(0.3, 3.0), (3.5, 11.0), (11.5, 13.0)]
    speakers = ["agent", "agent", "customer"]
    segments = tuple(Segment(s, e, t, who, avg_logprob=-0.3, no_speech_prob=0.05, compression_ratio=1.3)
                     for (s, e), t, who in zip(times, lines, speakers, strict=True))
    transcript = Transcript(language="no", segments=segments, events=(), duration_s=30.0)
    policy = load_policy("no")
    record = analyze_transcript(transcript, policy)
    assert record.verdict == "compliant"  # under the chosen language's policy alone
    run = _Run(contested=True)
    out = Verifier(model=fake_model, recognizer=Script([]))._both_policies(record, transcript, policy, run)
    assert out.verdict == verdict
    if verdict == "needs_review":
        assert [r.code for r in out.reasons] == ["LOW_CONFIDENCE"]
        assert "'dk'" in out.reasons[0].message and "NO_WITHDRAWAL_NOTICE" in out.reasons[0].message


@pytest.mark.parametrize("notice, verdict", [
    # The purpose is all that is missing: not shown, since the misheard words may hold it.
    ("Vi tar opp samtalen for å gå kumenterer ord i vningen. Du kan når som helst reservere deg.", "needs_review"),
    # The objection option is missing too, whatever the misheard words held: it stands.
    ("Vi tar opp samtalen for å gå kumenterer ord i vningen.", "non_compliant"),
])
def test_a_missing_purpose_the_misheard_words_may_hold_is_a_doubt_only_where_it_alone_decides(
        fake_model, notice, verdict):
    from verifier.engine.analyze import analyze_transcript
    from verifier.engine.policy import load_policy
    from verifier.engine.transcript import Transcript
    from verifier.verify import _Run

    segments = (Segment(0.3, 3.0, "Hei, dette er Kystbanken.", "agent", avg_logprob=-0.3),
                Segment(3.5, 9.0, notice, "agent", avg_logprob=-0.3))
    transcript = Transcript(language="no", segments=segments, events=(), duration_s=30.0)
    policy = load_policy("no")
    record = analyze_transcript(transcript, policy)
    assert record.verdict == "non_compliant" and "NO_PURPOSE" in [r.code for r in record.reasons]
    run = _Run(purpose_unheard=["vi tar opp samtalen for å gå kumenterer ord i vningen"])
    out = Verifier(model=fake_model, recognizer=Script([]))._purpose_unheard(record, transcript, policy, run)
    assert out.verdict == verdict
    if verdict == "needs_review":
        assert out.reasons[0].code == "LOW_CONFIDENCE" and "kumenterer" in out.reasons[0].message
        assert "NO_PURPOSE" in [r.code for r in out.reasons]


@pytest.mark.parametrize(("strength", "chosen", "contested"), [
    # Synthetic Danish decided Norwegian, Danish phrases verified too (everyday da01): contested.
    ({"no": 4.81, "da": 1.83}, "no", True),
    ({"da": 11.17, "no": 5.23}, "da", True),
    # Only the chosen language's phrases verified: the decision stands.
    ({"no": 12.0, "da": 0.0}, "no", False),
    ({"da": 6.15, "no": 0}, "da", False),
])
def test_an_unsure_language_is_contested_when_the_other_languages_phrases_verified_at_all(strength, chosen, contested):
    from verifier.verify import _contested

    assert _contested(strength, chosen) is contested
