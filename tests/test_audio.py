"""Decoding call recordings: every archive format, only the opening, and bad input as one clear line."""

from __future__ import annotations

import os
import struct
import time
import wave
from pathlib import Path

import av
import numpy as np
import pytest

from verifier.errors import AudioDecodeError, VerifierError
from verifier.hearing.audio import SAMPLE_RATE, AudioNotFoundError, load_audio, stream_audio

LAYOUTS = {1: "mono", 2: "stereo", 6: "5.1"}


def write_audio(path: Path, data: np.ndarray, rate: int, codec: str, fmt: str) -> Path:
    """Encode (channels, samples) float32 with PyAV's bundled FFmpeg."""
    data = np.atleast_2d(data).astype(np.float32)
    layout = LAYOUTS[data.shape[0]]
    with av.open(str(path), "w", format=fmt) as out:
        stream = out.add_stream(codec, rate=rate, layout=layout)
        for i in range(0, data.shape[1], 1024):
            frame = av.AudioFrame.from_ndarray(np.ascontiguousarray(data[:, i:i + 1024]),
                                               format="fltp", layout=layout)
            frame.sample_rate = rate
            for packet in stream.encode(frame):
                out.mux(packet)
        for packet in stream.encode(None):
            out.mux(packet)
    return path


def tones(rate: int, seconds: float, freqs: list[float]) -> np.ndarray:
    """One sine per channel, so each channel can be recognised after decoding."""
    t = np.arange(int(rate * seconds)) / rate
    return np.stack([0.3 * np.sin(2 * np.pi * f * t) for f in freqs])


def dominant_hz(x: np.ndarray) -> float:
    spectrum = np.abs(np.fft.rfft(x * np.hanning(len(x))))
    return float(np.argmax(spectrum) * SAMPLE_RATE / len(x))


def write_wav16(path: Path, data: np.ndarray, rate: int) -> Path:
    data = np.atleast_2d(data)
    with wave.open(str(path), "wb") as w:
        w.setnchannels(data.shape[0])
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes((data.T * 32767).astype("<i2").tobytes())
    return path


FORMATS = [
    # name, codec, container, rate, channels
    ("pcm.wav", "pcm_s16le", "wav", 16000, 2),
    ("mulaw.wav", "pcm_mulaw", "wav", 8000, 1),
    ("alaw.wav", "pcm_alaw", "wav", 8000, 2),
    ("call.mp3", "libmp3lame", "mp3", 22050, 2),
    ("call.opus", "libopus", "ogg", 48000, 2),
    ("call.flac", "flac", "flac", 44100, 1),
    ("call.m4a", "aac", "ipod", 16000, 2),
]


@pytest.mark.parametrize("name,codec,fmt,rate,channels", FORMATS, ids=[f[0] for f in FORMATS])
def test_every_archive_format_decodes_to_16k_per_channel(tmp_path, name, codec, fmt, rate, channels):
    freqs = [440.0, 1000.0][:channels]
    path = write_audio(tmp_path / name, tones(rate, 2.0, freqs), rate, codec, fmt)
    audio = load_audio(path)
    assert audio.source.channels == channels
    assert audio.source.sample_rate == rate
    assert audio.source.sha256 and len(audio.source.sha256) == 64
    # AAC keeps its encoder priming and padding (about 0.1 s); the others are exact.
    assert audio.duration_s == pytest.approx(2.0, abs=0.15)
    assert audio.source.duration_s == pytest.approx(2.0, abs=0.15)
    assert all(c.dtype == np.float32 for c in audio.channels)
    # Each channel keeps its own signal (no accidental downmix or swap).
    heard = [dominant_hz(c[SAMPLE_RATE // 2: SAMPLE_RATE // 2 + 8192]) for c in audio.channels]
    assert heard == pytest.approx(freqs, abs=5)
    assert audio.speakers == (("agent", "customer") if channels == 2 else (None,))
    assert audio.warnings == ()


def test_agent_channel_right_swaps_the_roles(tmp_path):
    path = write_audio(tmp_path / "c.wav", tones(16000, 1.0, [440, 1000]), 16000, "pcm_s16le", "wav")
    left = load_audio(path, agent_channel="left")
    right = load_audio(path, agent_channel="right")
    assert left.speakers == right.speakers == ("agent", "customer")
    assert dominant_hz(left.channels[0]) == pytest.approx(440, abs=5)
    assert dominant_hz(right.channels[0]) == pytest.approx(1000, abs=5)


def test_two_identical_channels_are_one_unlabelled_voice(tmp_path):
    path = write_wav16(tmp_path / "dual.wav", tones(16000, 1.0, [440, 440]), 16000)
    audio = load_audio(path)
    assert audio.speakers == (None,)
    assert audio.notes and "same audio" in audio.notes[0]
    assert audio.warnings == ()


def test_six_channels_are_mixed_to_mono_with_a_warning(tmp_path):
    path = write_wav16(tmp_path / "six.wav", tones(16000, 1.0, [300, 400, 500, 600, 700, 800]), 16000)
    audio = load_audio(path)
    assert audio.source.channels == 6
    assert audio.speakers == (None,)
    assert "mixed to mono" in audio.warnings[0]


def test_192_khz_is_resampled(tmp_path):
    path = write_wav16(tmp_path / "hi.wav", tones(192000, 1.0, [1000]), 192000)
    audio = load_audio(path)
    assert audio.source.sample_rate == 192000
    assert len(audio.channels[0]) == SAMPLE_RATE
    assert dominant_hz(audio.channels[0]) == pytest.approx(1000, abs=5)


def test_opening_of_a_three_hour_file_reads_only_the_opening(tmp_path):
    path = tmp_path / "long.wav"
    rng = np.random.default_rng(0)
    minute = (rng.normal(0, 300, 8000 * 60)).astype("<i2").tobytes()
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(8000)
        for _ in range(180):
            w.writeframes(minute)
    t0 = time.perf_counter()
    audio = load_audio(path, max_seconds=75)
    elapsed = time.perf_counter() - t0
    assert audio.duration_s == pytest.approx(75.0)
    assert audio.source.duration_s == pytest.approx(3 * 3600)
    assert not audio.at_end
    # Hashing 173 MB plus decoding 75 s: well under a second; decoding 3 h would take ~10 s.
    assert elapsed < 3.0


def test_blocks_cover_the_call_with_overlap(tmp_path):
    path = write_wav16(tmp_path / "c.wav", tones(16000, 25.0, [440]), 16000)
    blocks = list(stream_audio(path, first_block_s=10, block_s=8, overlap_s=2))
    assert [(b.start_s, round(b.end_s, 3)) for b in blocks] == [(0.0, 10.0), (8.0, 16.0),
                                                                (14.0, 22.0), (20.0, 25.0)]
    assert [b.at_end for b in blocks] == [False, False, False, True]


@pytest.fixture
def mp3(tmp_path) -> Path:
    return write_audio(tmp_path / "full.mp3", tones(44100, 3.0, [440, 660]), 44100, "libmp3lame", "mp3")


def test_truncated_mp3_decodes_what_is_there_and_warns(tmp_path, mp3):
    cut = tmp_path / "cut.mp3"
    cut.write_bytes(mp3.read_bytes()[:30000])
    audio = load_audio(cut)
    assert audio.duration_s < 2.5
    assert any("truncated" in w for w in audio.warnings)


def test_mp3_cut_to_its_header_is_unreadable(tmp_path, mp3):
    cut = tmp_path / "cut.mp3"
    cut.write_bytes(mp3.read_bytes()[:100])
    with pytest.raises(AudioDecodeError):
        load_audio(cut)


def _empty(folder: Path) -> Path:
    (folder / "empty.wav").write_bytes(b"")
    return folder / "empty.wav"


def _zero_length_wav(folder: Path) -> Path:
    fmt = struct.pack("<IHHIIHH", 16, 1, 1, 16000, 32000, 2, 16)
    path = folder / "zero.wav"
    path.write_bytes(b"RIFF" + struct.pack("<I", 36) + b"WAVEfmt " + fmt + b"data" + struct.pack("<I", 0))
    return path


def _text_named_wav(folder: Path) -> Path:
    (folder / "text.wav").write_text("this is a text file\n")
    return folder / "text.wav"


def _folder(folder: Path) -> Path:
    (folder / "folder.wav").mkdir()
    return folder / "folder.wav"


@pytest.mark.parametrize("make,expect", [
    (_empty, "empty file"),
    (_zero_length_wav, "zero.wav"),
    (_text_named_wav, "not a readable audio file"),
    (_folder, "is a folder"),
], ids=["empty", "zero-length-wav", "text-named-wav", "folder"])
def test_bad_input_is_one_clear_line(tmp_path, make, expect):
    path = make(tmp_path)
    with pytest.raises(AudioDecodeError) as info:
        load_audio(path)
    message = str(info.value)
    assert expect in message and str(path) in message
    assert "\n" not in message


def test_missing_path_is_its_own_error(tmp_path):
    with pytest.raises(AudioNotFoundError, match="no such file") as info:
        load_audio(tmp_path / "nope.wav")
    assert isinstance(info.value, VerifierError)
    assert not isinstance(info.value, AudioDecodeError)


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read any file")
def test_unreadable_path(tmp_path):
    path = write_wav16(tmp_path / "locked.wav", tones(16000, 1.0, [440]), 16000)
    path.chmod(0)
    with pytest.raises(AudioDecodeError, match="cannot read"):
        load_audio(path)
