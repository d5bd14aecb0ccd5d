"""Stage 0 of the audio path: a call recording decoded to 16 kHz float32, one array per channel.

Decoding uses PyAV, which bundles its own FFmpeg libraries in the wheel (faster-whisper depends on
it too). Fresh machines have no system ``ffmpeg`` binary, and shelling out to one would also cost a
process per call; PyAV reads WAV (PCM, mu-law, A-law), MP3, OGG/Opus/Vorbis, FLAC and M4A/AAC in
process and resamples with libswresample.

Only what the analysis needs is decoded: packets are demuxed one by one and reading stops as soon
as the requested span is full, so the opening of a two-hour file costs the same as a short call.
A full-call scan reads the rest block by block (``stream_audio``) so memory stays bounded.

The sha256 of the whole file is computed by streaming its bytes (much cheaper than decoding) so
every record names exactly the recording it judged.
"""

from __future__ import annotations

import logging
import os
import stat
import struct
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import av
import numpy as np

from ..errors import AudioDecodeError, VerifierError
from ..hashing import NotRegularFileError, file_kind, open_regular, sha256_file

log = logging.getLogger(__name__)

# Whisper and Silero VAD both work on 16 kHz mono input.
SAMPLE_RATE = 16_000
# Telephone audio is 8 kHz; below 4 kHz no speech band is left. 384 kHz is the highest rate
# studio formats use; anything beyond is a broken header.
MIN_SOURCE_RATE = 4_000
MAX_SOURCE_RATE = 384_000
# Beyond this many channels a file is not a call recording (5.1/7.1 film audio is still mixed).
MAX_CHANNELS = 16
# A few damaged packets (a truncated last MP3 frame) are skipped; this many means the file is
# not audio of any use.
MAX_BAD_PACKETS = 50
# Two channels whose difference holds under 2 % of their energy are one signal stored twice
# (level differences up to about 25 % still count as the same).
SAME_CHANNELS_RATIO = 0.02
# Container durations of VBR/AAC files are estimates; a shortfall beyond 2 % (and 1 s) means
# the file stops before its header says it should.
TRUNCATION_SLACK = 0.02
# A WAV header (RIFF, fmt, optional LIST/fact chunks, then data) fits well within this.
WAV_HEADER_BYTES = 64 * 1024
AGENT_CHANNELS = ("left", "right")
SPEAKER_ORDER = ("agent", "customer", None)


class AudioNotFoundError(VerifierError):
    """The audio path does not exist (a usage error, unlike an unreadable recording)."""


@dataclass(frozen=True)
class AudioSource:
    """What the recording is, from its container: provenance for the record."""

    path: str
    sha256: str
    format: str
    codec: str
    channels: int
    sample_rate: int
    duration_s: float | None  # from container metadata; None when the container does not say

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form, keys as in the record's ``source``."""
        return {"path": self.path, "sha256": self.sha256, "duration_s": self.duration_s,
                "format": self.format, "codec": self.codec, "channels": self.channels,
                "sample_rate": self.sample_rate}


@dataclass(frozen=True)
class Audio:
    """A span of a recording at 16 kHz: one float32 array (-1..1) per speaker channel."""

    source: AudioSource
    channels: tuple[np.ndarray, ...]
    # Speaker of each array: ("agent", "customer") for two-channel calls, (None,) for mono.
    speakers: tuple[str | None, ...]
    start_s: float = 0.0  # time of the first sample in the file
    # True when the file ended inside this span (nothing after it).
    at_end: bool = False
    # Problems that may hide evidence (damaged or truncated file, channels mixed): a call with
    # any of these should not be judged compliant.
    warnings: tuple[str, ...] = field(default=())
    # Facts worth recording that do not weaken the evidence (e.g. dual-mono stored as stereo).
    notes: tuple[str, ...] = field(default=())

    @property
    def duration_s(self) -> float:
        """Length of this span in seconds."""
        return len(self.channels[0]) / SAMPLE_RATE if self.channels else 0.0

    @property
    def end_s(self) -> float:
        """Time in the file where this span ends."""
        return self.start_s + self.duration_s


def load_audio(path: str | Path, *, max_seconds: float | None = None,
               agent_channel: str = "left") -> Audio:
    """Decode the opening of a recording (at most ``max_seconds``; all of it when None).

    Raises:
        AudioNotFoundError: the path does not exist.
        AudioDecodeError: the file cannot be read or holds no decodable audio.
    """
    blocks = stream_audio(path, first_block_s=max_seconds, block_s=None,
                          agent_channel=agent_channel)
    try:
        return next(blocks)
    finally:
        blocks.close()


def stream_audio(path: str | Path, *, first_block_s: float | None, block_s: float | None,
                 overlap_s: float = 0.0, agent_channel: str = "left") -> Iterator[Audio]:
    """Decode a recording in one pass: the opening, then blocks of ``block_s`` seconds.

    Each later block starts ``overlap_s`` before the previous one ended, so that speech cut at a
    block boundary is heard whole in one of them. A size of None means "to the end". Decoding
    stops when the caller stops iterating (close the generator to release the file).

    Raises:
        AudioNotFoundError: the path does not exist.
        AudioDecodeError: the file cannot be read or holds no decodable audio.
    """
    if agent_channel not in AGENT_CHANNELS:
        raise ValueError(f"agent_channel must be 'left' or 'right', got {agent_channel!r}")
    path = Path(path)
    digest = _hash_file(path)
    try:
        container = av.open(str(path), metadata_errors="ignore")
    except (av.error.FFmpegError, OSError, UnicodeDecodeError) as e:
        raise AudioDecodeError(f"{path}: not a readable audio file ({_why(e)})") from e
    with container:
        stream, source = _probe(container, path, digest)
        sizes = _Sizes(first_block_s, block_s)
        yield from _blocks(container, stream, source, sizes, overlap_s, agent_channel)


@dataclass
class _Sizes:
    """Samples in the first block and in each later one (None: until the end)."""

    first_s: float | None
    rest_s: float | None
    done: int = 0

    def next(self) -> int | None:
        size = self.first_s if self.done == 0 else self.rest_s
        self.done += 1
        return None if size is None else max(1, int(size * SAMPLE_RATE))


def _hash_file(path: Path) -> str:
    # The type is looked at before a byte is read: a FIFO would block for ever and a link to
    # /dev/zero would be hashed for ever (sha256_file refuses them too, on the open descriptor).
    try:
        info = path.stat()
    except FileNotFoundError:
        raise AudioNotFoundError(f"{path}: no such file") from None
    except OSError as e:
        raise AudioDecodeError(f"{path}: cannot read ({e.strerror})") from e
    if stat.S_ISDIR(info.st_mode):
        raise AudioDecodeError(f"{path}: is a folder, not an audio file")
    if not stat.S_ISREG(info.st_mode):
        raise AudioDecodeError(f"{path}: not a regular file ({file_kind(info.st_mode)}), "
                               "not an audio file")
    if info.st_size == 0:
        raise AudioDecodeError(f"{path}: empty file (0 bytes)")
    try:
        return sha256_file(path)
    except NotRegularFileError as e:
        raise AudioDecodeError(f"{path}: {e.strerror}, not an audio file") from e
    except OSError as e:
        raise AudioDecodeError(f"{path}: cannot read ({e.strerror})") from e


def _wav_shortfall(path: Path) -> str | None:
    """A warning when a WAV file holds less audio than its header's data chunk declares.

    FFmpeg clamps a WAV's duration to the bytes present, so a file cut short (a copy that
    stopped, a full disk) would otherwise look like a short call. Only the header is read.
    """
    try:
        with open_regular(path) as f:
            head = f.read(WAV_HEADER_BYTES)
            size = os.fstat(f.fileno()).st_size
    except OSError:
        return None
    if len(head) < 12 or head[:4] != b"RIFF" or head[8:12] != b"WAVE":
        return None
    pos, byte_rate = 12, 0
    while pos + 8 <= len(head):
        chunk, length = head[pos:pos + 4], struct.unpack_from("<I", head, pos + 4)[0]
        if chunk == b"fmt " and pos + 16 <= len(head):
            byte_rate = struct.unpack_from("<I", head, pos + 16)[0] if pos + 20 <= len(head) else 0
        if chunk == b"data":
            # 0 and 0xFFFFFFFF are what streaming writers leave when the length was never known.
            if length in (0, 0xFFFFFFFF) or byte_rate <= 0:
                return None
            have = max(0, size - (pos + 8))
            if have >= length:
                return None
            return (f"the file is shorter than its header says: {have / byte_rate:.1f} s of audio "
                    f"where the header declares {length / byte_rate:.1f} s ({have} of {length} "
                    "data bytes; truncated file?)")
        pos += 8 + length + (length & 1)
    return None


def _probe(container: Any, path: Path, digest: str) -> tuple[Any, AudioSource]:
    if not container.streams.audio:
        raise AudioDecodeError(f"{path}: no audio stream (format {container.format.name})")
    stream = container.streams.audio[0]
    ctx = stream.codec_context
    rate = int(ctx.sample_rate or stream.sample_rate or 0)
    channels = int(ctx.channels or 0)
    if not MIN_SOURCE_RATE <= rate <= MAX_SOURCE_RATE:
        raise AudioDecodeError(f"{path}: sample rate {rate} Hz is outside "
                               f"{MIN_SOURCE_RATE}-{MAX_SOURCE_RATE} Hz")
    if not 1 <= channels <= MAX_CHANNELS:
        raise AudioDecodeError(f"{path}: {channels} channels; a call has 1 to {MAX_CHANNELS}")
    source = AudioSource(path=str(path), sha256=digest, format=container.format.name,
                         codec=ctx.name, channels=channels, sample_rate=rate,
                         duration_s=_container_duration(container, stream))
    return stream, source


def _container_duration(container: Any, stream: Any) -> float | None:
    if stream.duration is not None and stream.time_base is not None:
        return round(float(stream.duration * stream.time_base), 3)
    if container.duration is not None:
        return round(container.duration / av.time_base, 3)
    return None


def _blocks(container: Any, stream: Any, source: AudioSource, sizes: _Sizes,
            overlap_s: float, agent_channel: str) -> Iterator[Audio]:
    """Yield filled blocks; the last one (``at_end``) holds what is left."""
    per_block = sizes.next()
    keep = int(overlap_s * SAMPLE_RATE)
    n_out = 1 if source.channels > 2 else source.channels
    warnings: list[str] = []
    notes: list[str] = []
    if source.channels > 2:
        warnings.append(f"{source.channels} channels mixed to mono; speakers are unlabelled")
    if source.format == "wav" and (shortfall := _wav_shortfall(Path(source.path))):
        warnings.append(shortfall)
    layout: tuple[str | None, ...] | None = None  # decided on the first block, kept after
    pending: list[np.ndarray] = []
    have, start = 0, 0
    for chunk in _decode(container, stream, source, n_out, warnings):
        pending.append(chunk)
        have += chunk.shape[1]
        while per_block is not None and have >= per_block:
            data = np.concatenate(pending, axis=1)
            layout = layout or _speakers(data[:, :per_block], agent_channel, notes)
            yield _make(source, data[:, :per_block], start, False, warnings, notes, layout)
            rest = data[:, per_block - keep:] if keep else data[:, per_block:]
            start += per_block - keep
            pending, have = [rest], rest.shape[1]
            per_block = sizes.next()
    data = np.concatenate(pending, axis=1) if pending else np.zeros((n_out, 0), np.float32)
    if start == 0 and data.shape[1] == 0:
        raise AudioDecodeError(f"{source.path}: no audio samples could be decoded"
                               + (f" ({warnings[-1]})" if warnings else ""))
    layout = layout or _speakers(data, agent_channel, notes)
    end_s = (start + data.shape[1]) / SAMPLE_RATE
    if source.duration_s and end_s < source.duration_s - max(1.0, TRUNCATION_SLACK * end_s):
        warnings.append(f"audio ends at {end_s:.1f} s but the file header says "
                        f"{source.duration_s:.1f} s (truncated or damaged file)")
    yield _make(source, data, start, True, warnings, notes, layout)


def _speakers(data: np.ndarray, agent_channel: str, notes: list[str]) -> tuple[str | None, ...]:
    """Speaker of each output array: agent/customer by channel, or one unlabelled mix.

    Many archives store mono calls as two identical channels; labelling those agent/customer
    would credit the agent's own "ja" to the customer, so they are treated as mono.
    """
    if data.shape[0] != 2:
        return (None,)
    left, right = data[0].astype(np.float64), data[1].astype(np.float64)
    total = float(np.sum(left**2) + np.sum(right**2))
    if total == 0.0 or float(np.sum((left - right) ** 2)) / total < SAME_CHANNELS_RATIO:
        notes.append("both channels carry the same audio; treated as mono, speakers unlabelled")
        return (None,)
    return ("agent", "customer") if agent_channel == "left" else ("customer", "agent")


def _decode(container: Any, stream: Any, source: AudioSource, n_out: int,
            warnings: list[str]) -> Iterator[np.ndarray]:
    """Decoded audio as (channels, samples) float32 arrays at 16 kHz, packet by packet."""
    resampler = _Resampler(n_out, warnings)
    bad, first_bad = 0, None
    packets = container.demux(stream)
    while True:
        try:
            packet = next(packets)
        except StopIteration:
            break
        except av.error.FFmpegError as e:  # damaged container: keep what was read
            warnings.append(f"reading stopped at a damaged part of the file ({_why(e)})")
            break
        try:
            frames = packet.decode()
        except av.error.FFmpegError as e:
            bad += 1
            first_bad = first_bad or _why(e)
            if bad > MAX_BAD_PACKETS:
                warnings.append(f"decoding stopped after {bad} damaged packets ({first_bad})")
                break
            continue
        for frame in frames:
            yield from resampler.resample(frame)
    yield from resampler.resample(None)
    if bad and bad <= MAX_BAD_PACKETS:
        warnings.append(f"{bad} damaged packet(s) skipped ({first_bad})")


class _Resampler:
    """libswresample to 16 kHz planar float, started afresh when the input format changes.

    A damaged MP3 can carry frames whose header claims another rate or channel count; one
    resampler refuses such a frame, so the old one is flushed and a new one set up.
    """

    def __init__(self, n_out: int, warnings: list[str]) -> None:
        self.layout = "mono" if n_out == 1 else "stereo"
        self.n_out = n_out
        self.warnings = warnings
        self.current = self._new()

    def _new(self) -> Any:
        return av.AudioResampler(format="fltp", layout=self.layout, rate=SAMPLE_RATE)

    def resample(self, frame: Any) -> Iterator[np.ndarray]:
        if frame is not None:
            frame.pts = None  # only the samples matter; odd timestamps upset the resampler
        try:
            outs = self.current.resample(frame)
        except ValueError:  # the frame's format differs from the first frame's
            outs = list(self.current.resample(None))
            self.current = self._new()
            outs += self.current.resample(frame)
            if not any("format changes" in w for w in self.warnings):
                self.warnings.append("the audio format changes inside the file (damaged?)")
        for out in outs:
            yield out.to_ndarray().reshape(self.n_out, -1)


def _make(source: AudioSource, data: np.ndarray, start: int, at_end: bool,
          warnings: list[str], notes: list[str], layout: tuple[str | None, ...]) -> Audio:
    data = np.clip(data, -1.0, 1.0).astype(np.float32, copy=False)
    if len(layout) == 1 and data.shape[0] == 2:
        data = data.mean(axis=0, keepdims=True)
    order = sorted(range(len(layout)), key=lambda i: SPEAKER_ORDER.index(layout[i]))
    return Audio(source=source,
                 channels=tuple(np.ascontiguousarray(data[i]) for i in order),
                 speakers=tuple(layout[i] for i in order),
                 start_s=start / SAMPLE_RATE, at_end=at_end, warnings=tuple(warnings),
                 notes=tuple(notes))


def _why(e: BaseException) -> str:
    """One short line from an FFmpeg/OS error, without the file path it repeats."""
    text = getattr(e, "strerror", None) or str(e)
    return str(text).splitlines()[0][:160] if text else type(e).__name__
