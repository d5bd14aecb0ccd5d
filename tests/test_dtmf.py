"""DTMF detection: the ITU-T Q.24 tolerances, codecs and noise, and no digits in speech or music."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import av
import numpy as np
import pytest

from verifier.hearing.dtmf import COL_HZ, KEYPAD, ROW_HZ, detect_dtmf

ALL_KEYS = "0123456789*#ABCD"
RATES = (8000, 16000)
REALSPEECH = Path(__file__).resolve().parents[2] / "shared" / "realspeech"
SPEECH_CLIPS = sorted(p for p in REALSPEECH.glob("*/*") if p.suffix in {".wav", ".ogg", ".mp3"})


def _tone(key: str, seconds: float, rate: int, *, level_dbfs: float = -10.0,
          deviation: tuple[float, float] = (0.0, 0.0), twist_db: float = 0.0) -> np.ndarray:
    """One key's two sines; level per tone in dBFS, twist = column level minus row level."""
    row = next(i for i, keys in enumerate(KEYPAD) if key in keys)
    col = KEYPAD[row].index(key)
    t = np.arange(round(seconds * rate)) / rate
    amp = 10 ** (level_dbfs / 20)
    return (amp * np.sin(2 * np.pi * ROW_HZ[row] * (1 + deviation[0]) * t + 0.3)
            + amp * 10 ** (twist_db / 20)
            * np.sin(2 * np.pi * COL_HZ[col] * (1 + deviation[1]) * t + 1.1))


def _keys(keys: str, rate: int, *, on: float = 0.1, off: float = 0.1, lead: float = 0.2,
          **tone) -> tuple[np.ndarray, list[float]]:
    """Keys pressed one after another with silence around; returns the signal and start times."""
    parts, starts, now = [np.zeros(round(lead * rate))], [], lead
    for key in keys:
        starts.append(now)
        parts += [_tone(key, on, rate, **tone), np.zeros(round(off * rate))]
        now += on + off
    return np.concatenate(parts).astype(np.float32), starts


def _digits(samples: np.ndarray, rate: int) -> str:
    """The detected keys as one string."""
    return "".join(e.digit for e in detect_dtmf(samples, rate))


def _decode(source: Path | io.BytesIO, rate: int | None = None) -> tuple[np.ndarray, int]:
    """All channels of a file as float32 (channels, samples), resampled if `rate` is given."""
    with av.open(source) as container:
        stream = container.streams.audio[0]
        resampler = av.AudioResampler(format="fltp", layout=stream.layout.name,
                                      rate=rate or stream.rate)
        chunks = [out.to_ndarray() for frame in container.decode(stream)
                  for out in resampler.resample(frame)]
        chunks += [out.to_ndarray() for out in resampler.resample(None)]
    return np.concatenate(chunks, axis=1).astype(np.float32), rate or stream.rate


def _roundtrip(samples: np.ndarray, rate: int, codec: str, fmt: str,
               bit_rate: int | None = None) -> np.ndarray:
    """Encode mono audio with PyAV and decode it again."""
    buffer = io.BytesIO()
    with av.open(buffer, "w", format=fmt) as out:
        stream = out.add_stream(codec, rate=rate, layout="mono")
        if bit_rate:
            stream.bit_rate = bit_rate
        pcm = np.round(np.clip(samples, -1, 1) * 32767).astype(np.int16)[None, :]
        frame = av.AudioFrame.from_ndarray(pcm, format="s16", layout="mono")
        frame.rate = rate
        for packet in [*stream.encode(frame), *stream.encode(None)]:
            out.mux(packet)
    buffer.seek(0)
    return _decode(buffer)[0][0]


def _mp3_encoder() -> str | None:
    """The name of an MP3 encoder in this PyAV build, if it has one."""
    for name in ("libmp3lame", "mp3"):
        try:
            av.codec.Codec(name, "w")
        except ValueError:  # av.codec.codec.UnknownCodecError
            continue
        return name
    return None


def _active_speech(rate: int) -> np.ndarray:
    """A real speech clip scaled to unit RMS over its active part."""
    speech = _decode(REALSPEECH / "da" / "danspeech_nst_u0042010.wav", rate)[0][0]
    return speech / np.sqrt(np.mean(speech[np.abs(speech) > 0.01 * np.abs(speech).max()] ** 2))


# --- every key, sequences, timing -------------------------------------------------------------


@pytest.mark.parametrize("rate", RATES)
@pytest.mark.parametrize("key", ALL_KEYS)
def test_every_key_is_detected_with_its_time_and_duration(key, rate):
    samples, starts = _keys(key, rate)
    (event,) = detect_dtmf(samples, rate, channel="customer")
    assert (event.type, event.digit, event.channel) == ("dtmf", key, "customer")
    assert event.time == pytest.approx(starts[0], abs=0.005)
    assert event.duration == pytest.approx(0.1, abs=0.005)


@pytest.mark.parametrize("rate", (8000, 11025, 16000, 44100, 48000))
def test_a_sequence_comes_back_in_order_at_any_rate(rate):
    samples, starts = _keys("1#5*9D0", rate, on=0.07, off=0.05)
    events = detect_dtmf(samples, rate)
    assert "".join(e.digit for e in events) == "1#5*9D0"
    assert [e.time for e in events] == pytest.approx(starts, abs=0.005)


@pytest.mark.parametrize("rate", (8000, 11025, 16000))
def test_keys_at_the_very_start_and_end_of_the_audio(rate):
    samples = np.concatenate([_tone("5", 0.05, rate), np.zeros(400), _tone("9", 0.05, rate)])
    events = detect_dtmf(samples.astype(np.float32), rate)
    assert [e.digit for e in events] == ["5", "9"]
    assert [e.time for e in events] == pytest.approx([0.0, 0.05 + 400 / rate], abs=0.003)


def test_the_same_key_twice_after_a_40ms_pause_is_two_presses():
    assert _digits(_keys("11", 8000, on=0.08, off=0.04)[0], 8000) == "11"


def test_a_10ms_break_inside_a_press_does_not_split_it():
    rate = 8000
    tone = _tone("7", 0.2, rate)
    tone[round(0.1 * rate):round(0.11 * rate)] = 0
    samples = np.concatenate([np.zeros(1600), tone, np.zeros(1600)]).astype(np.float32)
    (event,) = detect_dtmf(samples, rate)
    assert event.digit == "7" and event.duration == pytest.approx(0.2, abs=0.005)


# --- Q.24 tolerances --------------------------------------------------------------------------

OFFSET_SHAPES = {"row": (1, 0), "col": (0, 1), "both": (1, 1), "apart": (-1, 1)}


@pytest.mark.parametrize("rate", RATES)
@pytest.mark.parametrize("shape", OFFSET_SHAPES)
@pytest.mark.parametrize("deviation", (0.015, -0.015))
def test_frequencies_within_1_5_percent_are_accepted_for_all_keys(rate, shape, deviation):
    r, c = OFFSET_SHAPES[shape]
    samples, _ = _keys(ALL_KEYS, rate, on=0.06, off=0.06,
                       deviation=(r * deviation, c * deviation))
    assert _digits(samples, rate) == ALL_KEYS


@pytest.mark.parametrize("rate", RATES)
@pytest.mark.parametrize("shape", OFFSET_SHAPES)
@pytest.mark.parametrize("deviation", (0.035, -0.035, 0.04, -0.04, 0.05, -0.05))
def test_frequencies_off_by_3_5_percent_or_more_are_rejected_for_all_keys(rate, shape, deviation):
    r, c = OFFSET_SHAPES[shape]
    samples, _ = _keys(ALL_KEYS, rate, on=0.1, off=0.06, deviation=(r * deviation, c * deviation))
    assert _digits(samples, rate) == ""


@pytest.mark.parametrize("rate", RATES)
@pytest.mark.parametrize("seconds", (0.04, 0.06, 0.1, 0.2))
def test_tones_of_40_to_200ms_are_detected_with_their_duration(rate, seconds):
    samples, _ = _keys(ALL_KEYS, rate, on=seconds, off=0.06)
    events = detect_dtmf(samples, rate)
    assert "".join(e.digit for e in events) == ALL_KEYS
    assert [e.duration for e in events] == pytest.approx([seconds] * 16, abs=0.005)


@pytest.mark.parametrize("rate", RATES)
@pytest.mark.parametrize("seconds", (0.02, 0.025))
def test_tones_shorter_than_25ms_are_rejected(rate, seconds):
    assert _digits(_keys(ALL_KEYS, rate, on=seconds, off=0.06)[0], rate) == ""


@pytest.mark.parametrize("rate", RATES)
@pytest.mark.parametrize("level", (0.0, -3.0, -25.0, -30.0))
def test_levels_from_full_scale_down_to_minus_25_dbfs_per_tone_are_detected(rate, level):
    samples, _ = _keys(ALL_KEYS, rate, on=0.05, off=0.05, level_dbfs=level)
    assert _digits(np.clip(samples, -1, 1), rate) == ALL_KEYS


def test_tones_far_below_the_sensitivity_floor_are_ignored():
    assert _digits(_keys(ALL_KEYS, 8000, level_dbfs=-45.0)[0], 8000) == ""


@pytest.mark.parametrize("rate", RATES)
@pytest.mark.parametrize(("twist_db", "accepted"),
                         ((6.0, True), (-3.0, True), (10.0, False), (-6.0, False)))
def test_twist_up_to_8db_normal_and_4db_reverse(rate, twist_db, accepted):
    samples, _ = _keys(ALL_KEYS, rate, level_dbfs=-15.0, twist_db=twist_db)
    assert _digits(samples, rate) == (ALL_KEYS if accepted else "")


# --- noise, codecs, other talkers -------------------------------------------------------------


@pytest.mark.parametrize("rate", RATES)
def test_tones_survive_line_noise_and_hum(rate):
    samples, _ = _keys(ALL_KEYS, rate, on=0.06, off=0.06, level_dbfs=-20.0)
    rng = np.random.default_rng(7)
    tone_power = 2 * 10 ** (-20 / 10) / 2
    noise = rng.normal(0, np.sqrt(tone_power / 10 ** (12 / 10)), len(samples))  # SNR 12 dB
    hum = 10 ** (-40 / 20) * np.sin(2 * np.pi * 50 * np.arange(len(samples)) / rate)
    assert _digits((samples + noise + hum).astype(np.float32), rate) == ALL_KEYS


@pytest.mark.parametrize("codec", ("pcm_mulaw", "pcm_alaw"))
def test_8khz_mu_law_and_a_law_wav_round_trips(codec):
    samples, starts = _keys(ALL_KEYS, 8000, on=0.04, off=0.06, level_dbfs=-25.0)
    events = detect_dtmf(_roundtrip(samples, 8000, codec, "wav"), 8000)
    assert "".join(e.digit for e in events) == ALL_KEYS
    assert [e.time for e in events] == pytest.approx(starts, abs=0.005)


@pytest.mark.parametrize("rate", RATES)
def test_mp3_at_32_kbps(rate):
    encoder = _mp3_encoder()
    if encoder is None:
        pytest.skip("this PyAV build has no MP3 encoder")
    samples, starts = _keys(ALL_KEYS, rate, on=0.05, off=0.05, level_dbfs=-25.0)
    events = detect_dtmf(_roundtrip(samples, rate, encoder, "mp3", 32000), rate)
    assert "".join(e.digit for e in events) == ALL_KEYS
    # The encoder's delay may or may not be trimmed by the decoder.
    assert [e.time for e in events] == pytest.approx(starts, abs=0.08)


@pytest.mark.parametrize("rate", RATES)
def test_a_key_pressed_while_the_other_channel_talks(rate):
    speech = 0.3 * _active_speech(rate)
    keys, _ = _keys("19", rate, lead=1.0, off=1.0)
    n = min(len(speech), len(keys))
    stereo = np.stack([speech[:n], keys[:n]])
    assert detect_dtmf(stereo[0], rate, channel="agent") == []
    events = detect_dtmf(stereo[1], rate, channel="customer")
    assert [(e.digit, e.channel) for e in events] == [("1", "customer"), ("9", "customer")]


@pytest.mark.parametrize("rate", RATES)
def test_a_dominant_key_over_background_speech_on_the_same_channel(rate):
    keys, _ = _keys("123456789*0#", rate, lead=0.3, off=0.2)
    speech = _active_speech(rate)
    n = min(len(speech), len(keys))
    tone_power = 2 * 10 ** (-10 / 10) / 2
    mixed = keys[:n] + speech[:n] * np.sqrt(tone_power / 10 ** (15 / 10))  # speech 15 dB down
    assert _digits(mixed.astype(np.float32), rate) == "123456789*0#"


# --- no digits in speech or music -------------------------------------------------------------


def test_the_real_speech_clips_are_there():
    assert len(SPEECH_CLIPS) >= 10, f"expected the clips in {REALSPEECH}"


@pytest.mark.parametrize("rate", (None, 16000, 8000))
@pytest.mark.parametrize("clip", SPEECH_CLIPS, ids=lambda p: p.name)
def test_real_speech_gives_no_digits(clip, rate):
    channels, decoded_rate = _decode(clip, rate)
    for channel in channels:
        assert detect_dtmf(channel, decoded_rate) == []
        assert detect_dtmf(0.9 * channel / np.abs(channel).max(), decoded_rate) == []


SENTENCES = {
    "da": "Må jeg optage samtalen til træning? Du kan altid bede mig stoppe optagelsen. "
          "Tast et for at acceptere. Ja, det er fint, nej tak.",
    "nb": "Er det greit at vi tar opp samtalen? Trykk en for å reservere deg mot opptak. "
          "Samtalen blir tatt opp for opplæring. Ja, det går fint.",
}


@pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng is not installed")
@pytest.mark.parametrize("voice", ("", "+f3", "+m3"))
@pytest.mark.parametrize("language", SENTENCES)
def test_synthetic_danish_and_norwegian_speech_gives_no_digits(tmp_path, language, voice):
    wav = tmp_path / "speech.wav"
    subprocess.run(["espeak-ng", "-v", language + voice, "-w", str(wav), SENTENCES[language]],
                   check=True, capture_output=True)
    for rate in RATES:
        speech = _decode(wav, rate)[0][0]
        assert detect_dtmf(0.9 * speech / np.abs(speech).max(), rate) == []


def _music(rate: int) -> np.ndarray:
    """Chords (pure and with harmonics, some with notes on DTMF tones), sweeps and glides."""
    rng = np.random.default_rng(3)
    t = np.arange(round(0.4 * rate)) / rate
    parts = []
    for k in range(32):
        notes = rng.choice(np.arange(48, 90), rng.integers(3, 5), replace=False)
        if k % 4 == 0:
            notes = np.array([77, 90, rng.integers(60, 85)])  # F5 and F#6 ~ key 3, and another
        if k % 4 == 1:
            notes = np.array([82, 88, rng.integers(60, 85)])  # A#5 and E6 ~ key 0, and another
        partials = [1.0] if k % 2 else [1.0, 0.5, 0.3, 0.2, 0.1]
        chord = sum(a * np.sin(2 * np.pi * h * 440 * 2 ** ((n - 69) / 12) * t)
                    for n in notes for h, a in enumerate(partials, 1))
        parts.append(0.3 * chord * np.minimum(1, t / 0.02) * np.exp(-3 * t) / len(notes))
    t = np.arange(3 * rate) / rate
    parts.append(0.3 * np.sin(2 * np.pi * (400 * t + 500 * t**2)))  # sweep 400 -> 3400 Hz
    vibrato = 2 * np.pi * np.cumsum(700 + 30 * np.sin(2 * np.pi * 5 * t)) / rate
    glide = 2 * np.pi * np.cumsum(1300 + 200 * np.sin(2 * np.pi * 0.7 * t)) / rate
    parts.append(0.2 * sum((np.sin(h * vibrato) + np.sin(h * glide)) / h for h in (1, 2, 3)))
    # Two pure glides that pass through keys 7 and 8 together.
    parts.append(0.3 * np.sin(2 * np.pi * (600 * t + 200 * t**2))
                 + 0.3 * np.sin(2 * np.pi * (1000 * t + 150 * t**2)))
    return np.concatenate(parts).astype(np.float32)


@pytest.mark.parametrize("rate", RATES)
def test_music_like_signals_give_no_digits(rate):
    assert detect_dtmf(_music(rate), rate) == []


# --- input contract ---------------------------------------------------------------------------


def test_silence_and_very_short_input_give_nothing():
    assert detect_dtmf(np.zeros(16000, np.float32), 16000) == []
    assert detect_dtmf(np.zeros(10, np.float32), 8000) == []


def test_stereo_arrays_and_rates_below_8khz_are_refused():
    with pytest.raises(ValueError, match="mono"):
        detect_dtmf(np.zeros((2, 8000), np.float32), 8000)
    with pytest.raises(ValueError, match="8000"):
        detect_dtmf(np.zeros(4000, np.float32), 4000)
