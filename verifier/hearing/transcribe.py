"""Stage 1 of the audio path: speech in one channel to transcript segments, with faster-whisper.

How one channel is transcribed, and why:

- **Voice activity detection first** (Silero VAD, shipped inside the faster-whisper wheel, so it
  works offline). The speech chunks are joined and transcribed as one stream: Whisper pads every
  input to 30 s windows, so a customer's ten short answers cost one window instead of ten, and
  silence never reaches the decoder, where it is what Whisper hallucinates on.
- **Word timestamps** map every word back to the chunk it came from, and segments are split where
  the words cross from one chunk to the next: otherwise "ja" at 20 s and "nej" at 50 s, joined in
  the speech stream, could come back as one segment from 20 to 51 s and break the reply-window
  timing the engine relies on.
- **Greedy decoding at temperature 0 only.** Beam 5 heard no more of the consent key words on
  the sample calls (13 of 38 against 15 of 38 with beam 1) at about 1.3x the CPU time. Whisper's
  temperature fallback re-decodes a window up to five times when it looks unsure: on 20 s of
  unintelligible audio that took 55 s instead of 7 s and ended with text as unusable as before,
  and sampling would make records irreproducible. ``condition_on_previous_text`` is off, so one
  misheard window cannot start a repetition loop in the next.
- **Confidence passes through.** Each segment carries faster-whisper's ``avg_logprob``,
  ``no_speech_prob`` and ``compression_ratio``; the engine sets aside segments that look
  hallucinated (thresholds, subtitle-credit lines, repetition loops; DOMAIN.md "Hallucinations")
  and counts them when it judges recognition quality, so nothing is dropped here.
- **A sentence is one segment, not one per word.** Whisper at times falls into printing a
  timestamp after every word ("Er, Det, Rite, Forbig, Dil, Kan, ..."), on synthetic speech in
  particular: a notice and its request come back as twenty one-word segments that nothing can
  verify. A run of such fragments in one window, with short gaps, is mended into one segment
  (``_mend``), its stray commas dropped; VAD chunk boundaries still split it.
- **Speech nobody could read is not silence.** A VAD chunk with no recognised word becomes an
  empty segment, which the engine sets aside as "no words": a customer's mumbled "nei" in the
  reply window of a request then leads to review, not to "no reply".
- **No prompt biasing.** ``initial_prompt`` made the model recite the prompt on noise (a
  fabricated disclosure, DOMAIN.md field notes). ``hotwords`` ("optage optagelsen samtalen
  samtykke") raised the consent key words heard in the espeak samples from 22 to 53 of 73 and
  produced no disclosure phrase on silence, noise or the real-speech clips, but it stops Whisper
  emitting timestamps; with word timestamps the decoder then re-reads the last second of each
  window and loops ("og og og ..."), which made calls 2-5x slower and set aside real speech as
  repetition. It stays an option (``TranscribeOptions.hotwords``), off by default.
- **What was heard is kept for forced scoring.** With a ``Hearing`` passed to ``transcribe``, the
  encoder output of every 30-s window and the word times of every segment are kept, so that
  ``hearing/spotting.py`` can ask "was *this* said?" (``Transcriber.score``) on the same encoder
  output without encoding the audio again.
"""

from __future__ import annotations

import bisect
import hashlib
import inspect
import logging
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ..engine.transcript import Segment
from ..errors import ModelError
from .model import ModelInfo
from .runtime import runtime_info

log = logging.getLogger(__name__)

SAMPLE_RATE = 16_000
# Whisper language tokens that stand for the two supported languages. Whisper has separate
# "no" (Norwegian) and "nn" (Nynorsk) tokens and splits Norwegian speech between them.
LANGUAGE_TOKENS = {"da": ("da",), "no": ("no", "nn")}
# Which Whisper language to decode with. Whisper's Nynorsk training data is tiny; decoding
# Norwegian as "no" gives far better text, and the phrase banks cover Nynorsk spellings.
DECODE_AS = {"da": "da", "no": "no", "nb": "no", "nn": "no"}
# The language is told from the first seconds of speech: the opening, where the disclosure is
# said, not the conversation after it. A whole 30-s window let what followed decide: on 20 calls
# made of a synthetic opening and real speech after it (benchmarks/archive.py), 6 were detected
# in the language of the speech after the opening with probability 0.55-0.95 (so taken as sure),
# none with the first 10 s (all below 0.3: unsure, and spotting decides); on the real speech clips
# of ../shared/realspeech the first 10 s gave the same language with the same probability +-0.03.
DETECT_SECONDS = 10
# A VAD chunk this long without a recognised word becomes an empty ("unreadable") segment.
MIN_UNREAD_S = 0.3
# A fragment: a faster-whisper segment of at most this many words and seconds. A run of
# FRAGMENT_RUN or more, each starting within FRAGMENT_GAP_S of the last one's end, in one window,
# is one segment (two short ones, "Ja." and "Tak." in a mono call, stay two).
FRAGMENT_WORDS = 2
FRAGMENT_S = 1.2
FRAGMENT_GAP_S = 0.8
FRAGMENT_RUN = 3
# Forced scoring: texts per align batch, at most SCORE_BATCH_FRAMES frames of memory copies in all
# (one thread, whisper base int8, 800 frames: 21 ms a text in batches of 2-4, 53-60 ms in 16-32).
SCORE_BATCH_FRAMES = 3200
SCORE_BATCH_MAX = 8


@dataclass(frozen=True)
class TranscribeOptions:
    """Knobs of the recogniser; the defaults are what the measurements in the report chose."""

    # Decoding
    beam_size: int = 1
    temperatures: tuple[float, ...] = (0.0,)  # Whisper's fallback: (0.0, 0.2, ..., 1.0)
    condition_on_previous_text: bool = False
    # Domain words to bias decoding (e.g. "optagelsen samtalen"). Off by default: see the report.
    hotwords: str | None = None
    # Voice activity detection (Silero). Short pauses split chunks so that turn timing survives.
    vad_threshold: float = 0.5
    vad_min_silence_ms: int = 500
    vad_speech_pad_ms: int = 200


@dataclass(frozen=True)
class LanguageGuess:
    """The language chosen among the supported ones, and how sure the model was."""

    language: str  # "da" or "no"
    probability: float  # the model's probability for that language (Nynorsk counted as "no")
    scores: dict[str, float]  # probability of each supported language


@dataclass(frozen=True)
class HeardWindow:
    """One 30-s window the recogniser decoded: where it starts in the joined speech stream and
    its encoder output (``[1, frames, d_model]``, 50 frames a second)."""

    offset_s: float
    duration_s: float
    memory: np.ndarray


@dataclass(frozen=True)
class HeardSegment:
    """A segment as the recogniser produced it: its window and its words with their times in the
    joined speech stream, ``(word, start, end, probability)``."""

    segment: Segment
    window: int
    words: tuple[tuple[str, float, float, float], ...]


@dataclass
class Hearing:
    """What transcribing one channel left behind for forced scoring (``hearing/spotting.py``)."""

    speaker: str | None = None
    language: str | None = None  # the language the free decoding used
    offset_s: float = 0.0  # time of the channel's first sample in the call
    chunks: list[tuple[int, int]] = field(default_factory=list)
    samples: np.ndarray | None = None  # the channel's audio (for speech no window held)
    windows: list[HeardWindow] = field(default_factory=list)
    segments: list[HeardSegment] = field(default_factory=list)

    def call_time(self, t: float) -> float:
        """The call time of joined-stream time ``t`` (clamped into the chunk holding it)."""
        timeline = _Timeline(self.chunks)
        return timeline.original(t, timeline.chunk_of(t)) + self.offset_s

    def joined_time(self, t: float) -> float | None:
        """The joined-stream time of call time ``t``; None when ``t`` is not inside speech."""
        sample = int(round((t - self.offset_s) * SAMPLE_RATE))
        joined = 0
        for start, end in self.chunks:
            if start <= sample <= end:
                return (joined + sample - start) / SAMPLE_RATE
            joined += end - start
        return None

    def window_at(self, t: float) -> int | None:
        """The window whose span holds joined-stream time ``t`` (the latest one, when two do)."""
        found = None
        for i, w in enumerate(self.windows):
            if w.offset_s <= t < w.offset_s + w.duration_s:
                found = i
        return found


class Transcriber:
    """A loaded Whisper model that turns one channel of 16 kHz audio into segments."""

    def __init__(self, model: ModelInfo, *, device: str = "cpu", compute_type: str | None = None,
                 cpu_threads: int = 0, options: TranscribeOptions | None = None) -> None:
        from faster_whisper import WhisperModel  # heavy import, only when audio is verified

        self.model_info = model
        self.options = options or TranscribeOptions()
        if compute_type is None:
            compute_type = "int8" if device == "cpu" else "default"
        if cpu_threads <= 0:  # CTranslate2 would start 4 threads, too many on a 2-core machine
            cpu_threads = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (
                os.cpu_count() or 1)
        try:
            self._model = WhisperModel(str(model.path), device=device, compute_type=compute_type,
                                       cpu_threads=cpu_threads, local_files_only=True)
        except (RuntimeError, ValueError, OSError) as e:
            raise ModelError(f"cannot load the model at {model.path} on {device} "
                             f"({compute_type}): {e}") from e
        # The kernels the model computes with (they decide the last bits of every score): for the
        # record (``runtime.py``).
        self.runtime = runtime_info(device, str(getattr(self._model.model, "compute_type", compute_type)))
        if not self._model.model.is_multilingual:
            raise ModelError(f"{model.path} is an English-only model; Danish and Norwegian calls "
                             "need a multilingual Whisper model")
        self._capture: Hearing | None = None
        self._pending: Any = None
        # The first window of the channel language detection read: (fingerprint, encoder output).
        self._early: tuple[bytes, Any] | None = None
        self._tokenizers: dict[str, Any] = {}
        self._install_capture()

    @property
    def whisper(self) -> Any:
        """The loaded faster-whisper ``WhisperModel``, for instrumentation only (e.g.
        ``benchmarks/bench_levers.py`` counts the encoder and decoder windows of its CTranslate2
        ``model``); decode through ``transcribe``, not through this handle."""
        return self._model

    # --- keeping what was heard (encoder output, word times) --------------------------------

    def _install_capture(self) -> None:
        """Wrap faster-whisper's per-window ``encode`` and segment split so that each window's
        encoder output and start time reach the ``Hearing`` of the channel being decoded. Only a
        window decoded while a ``Hearing`` is attached is kept (two channels decode interleaved:
        ``transcribe`` attaches its own around every step)."""
        wm = self._model
        encode, split = getattr(wm, "encode", None), getattr(wm, "_split_segments_by_timestamps", None)
        if encode is None or split is None:  # another faster-whisper: spotting encodes itself
            return
        signature = inspect.signature(split)

        def encode_hook(features: Any) -> Any:
            early = self._early
            if early is not None and early[0] == _fingerprint(features):
                out, self._early = early[1], None  # the window detection encoded: not twice
            else:
                out = encode(features)
            self._pending = out if self._capture is not None else None
            return out

        def split_hook(*args: Any, **kwargs: Any) -> Any:
            if self._capture is not None and self._pending is not None:
                try:
                    bound = signature.bind(*args, **kwargs).arguments
                    memory = np.asarray(self._pending, dtype=np.float32)
                    self._capture.windows.append(HeardWindow(
                        offset_s=float(bound["time_offset"]),
                        duration_s=float(bound["segment_duration"]), memory=memory))
                except (TypeError, KeyError, ValueError, RuntimeError) as e:  # e.g. memory on a GPU
                    log.debug("encoder output not kept: %s", e)
            self._pending = None
            return split(*args, **kwargs)

        wm.encode = encode_hook
        wm._split_segments_by_timestamps = split_hook

    # --- forced scoring ("was this said?") --------------------------------------------------

    def tokenizer(self, language: str) -> Any:
        """Whisper's tokenizer set up to transcribe ``language`` (da, no, nb, nn)."""
        code = DECODE_AS.get(language, language)
        if code not in self._tokenizers:
            from faster_whisper.tokenizer import Tokenizer

            self._tokenizers[code] = Tokenizer(self._model.hf_tokenizer, True, task="transcribe",
                                               language=code)
        return self._tokenizers[code]

    def encode(self, samples: np.ndarray) -> np.ndarray:
        """Encoder output (``[1, 1500, d_model]``) of up to 30 s of 16 kHz audio, padded."""
        from faster_whisper.audio import pad_or_trim

        features = self._model.feature_extractor(samples[: 30 * SAMPLE_RATE])
        return np.asarray(self._model.encode(pad_or_trim(features)), dtype=np.float32)

    def read(self, memory: np.ndarray, language: str, *, prompt: str | None = None,
             max_tokens: int = 48) -> str:
        """The model's greedy reading of ``memory`` (no timestamps, no fallback), optionally with
        ``prompt`` as the "previous text" Whisper conditions on (a domain prompt biases the reading
        towards its words; spotting then checks the result without the prompt)."""
        import ctranslate2

        tok = self.tokenizer(language)
        start = [*tok.sot_sequence, tok.no_timestamps]
        if prompt:
            start = [tok.sot_prev, *tok.encode(" " + prompt.strip())[:200], *start]
        batch = ctranslate2.StorageView.from_array(np.ascontiguousarray(memory, dtype=np.float32))
        result = self._model.model.generate(batch, [start], beam_size=1,
                                            max_length=len(start) + max(4, max_tokens),
                                            suppress_blank=True)[0]
        return tok.decode([t for t in result.sequences_ids[0] if t < tok.eot]).strip()

    def count_tokens(self, language: str, text: str) -> int:
        """How many tokens ``text`` is to the decoder."""
        return len(self.tokenizer(language).encode(" " + text.strip()))

    def score(self, memory: np.ndarray, language: str, texts: list[str]) -> list[np.ndarray]:
        """Log-probability of every token of each text, read by the decoder on ``memory`` (an
        encoder output, possibly cut to a few seconds): teacher forcing, no sampling.

        The decoder starts as Whisper does (start of transcript, language, transcribe, no
        timestamps), so each text is scored as the start of what the memory holds. (Whisper's
        alignment excludes the end-of-text token from the softmax, so a text that stops early is
        not penalised here: compare texts that cover the same audio.)

        Each distinct text is scored once, in batches of texts of like length whose copies of the
        memory stay small (``SCORE_BATCH_FRAMES``): CTranslate2 repeats the memory per text, and
        past a few thousand frames a batch costs two to three times as much per text
        (``benchmarks/README.md``, issue 13).
        """
        import ctranslate2

        if not texts:
            return []
        tok = self.tokenizer(language)
        tokens = [tok.encode(" " + t.strip()) for t in texts]
        out = [np.zeros(0, dtype=np.float32) for _ in texts]
        first: dict[tuple[int, ...], int] = {}
        for i, t in enumerate(tokens):
            if t:
                first.setdefault(tuple(t), i)
        todo = sorted(first.values(), key=lambda i: len(tokens[i]))
        frames = max(1, memory.shape[1])
        size = max(1, min(SCORE_BATCH_MAX, SCORE_BATCH_FRAMES // frames))
        memory = np.ascontiguousarray(memory, dtype=np.float32)
        for lo in range(0, len(todo), size):
            part = todo[lo:lo + size]
            batch = np.ascontiguousarray(np.repeat(memory, len(part), axis=0))
            results = self._model.model.align(ctranslate2.StorageView.from_array(batch),
                                              list(tok.sot_sequence),  # align adds no-timestamps
                                              [tokens[i] for i in part], memory.shape[1])
            for i, r in zip(part, results, strict=True):
                probs = np.asarray(r.text_token_probs[: len(tokens[i])], dtype=np.float64)
                out[i] = np.log(np.maximum(probs, 1e-12)).astype(np.float32)
        for i, t in enumerate(tokens):
            if t and first[tuple(t)] != i:
                out[i] = out[first[tuple(t)]]
        return out

    def speech_chunks(self, samples: np.ndarray) -> list[tuple[int, int]]:
        """Speech regions of one channel as (start, end) sample indices, by Silero VAD."""
        return speech_chunks(samples, self.options)

    def detect_language(self, samples: np.ndarray,
                        chunks: list[tuple[int, int]]) -> LanguageGuess:
        """Danish or Norwegian, from the first ``DETECT_SECONDS`` of speech (detection restricted
        to the two languages).

        Where that is all the speech there is, the window is encoded exactly as ``transcribe``
        will encode the first window of this channel, and that encoder output is kept:
        transcribing the channel then reuses it (CTranslate2 detects the language from an
        encoder output)."""
        from faster_whisper.audio import pad_or_trim

        speech = _join(samples, chunks)
        if len(speech) == 0:
            speech = samples
        speech = speech[: DETECT_SECONDS * SAMPLE_RATE]
        features = self._model.feature_extractor(speech)  # as faster-whisper's transcribe does
        window = pad_or_trim(features[:, : min(features.shape[-1] - 1, 3000)])
        self._early = None
        memory = self._model.encode(window)
        self._early = (_fingerprint(window), memory)
        probs = [(token[2:-2], p) for token, p in self._model.model.detect_language(memory)[0]]
        table = dict(probs)
        scores = {lang: round(sum(table.get(t, 0.0) for t in tokens), 4)
                  for lang, tokens in LANGUAGE_TOKENS.items()}
        best = max(scores, key=lambda k: scores[k])
        log.debug("language scores %s (top overall: %s)", scores, probs[:3])
        return LanguageGuess(language=best, probability=scores[best], scores=scores)

    def transcribe(self, samples: np.ndarray, chunks: list[tuple[int, int]], *, language: str,
                   speaker: str | None, offset_s: float = 0.0,
                   hearing: Hearing | None = None) -> Iterator[Segment]:
        """Segments of one channel in time order, lazily (stop iterating to stop decoding).

        Args:
            samples: 16 kHz float32 mono audio.
            chunks: its speech regions from ``speech_chunks``.
            language: the call's language code (da, no, nb, nn).
            speaker: the label for every segment ("agent", "customer" or None).
            offset_s: time of ``samples[0]`` in the recording.
            hearing: filled, when given, with the encoder output of every window and the word
                times of every segment (for ``spotting``).
        """
        if not chunks:
            return
        if hearing is not None:
            hearing.speaker, hearing.offset_s, hearing.chunks = speaker, offset_s, list(chunks)
            hearing.samples = samples
            hearing.language = DECODE_AS.get(language, language)
        speech = _join(samples, chunks)
        opts = self.options
        segments, _ = self._model.transcribe(
            speech, language=DECODE_AS.get(language, language), beam_size=opts.beam_size,
            temperature=list(opts.temperatures),
            condition_on_previous_text=opts.condition_on_previous_text,
            hotwords=opts.hotwords, word_timestamps=True, vad_filter=False)
        timeline = _Timeline(chunks)
        heard: set[int] = set()
        for raw, window in _mend(self._attached(segments, hearing)):
            for seg, chunk in _split(raw, timeline, speaker, offset_s):
                heard.add(chunk)
                yield from _unread(timeline, heard, chunk, speaker, offset_s)
                if hearing is not None:
                    hearing.segments.append(HeardSegment(
                        segment=seg, window=window,
                        words=tuple((w.word, float(w.start), float(w.end), float(w.probability))
                                    for w in raw.words or []
                                    if timeline.chunk_of((w.start + w.end) / 2) == chunk)))
                yield seg
        yield from _unread(timeline, heard, len(chunks), speaker, offset_s)

    def _attached(self, segments: Any, hearing: Hearing | None) -> Iterator[tuple[Any, int]]:
        """faster-whisper's segments, with ``hearing`` attached while each one is decoded; each
        with the index of its window in ``hearing.windows`` (-1 without a hearing)."""
        it = iter(segments)
        while True:
            self._capture = hearing
            try:
                raw = next(it)
            except StopIteration:
                return
            finally:
                self._capture = None
            yield raw, (len(hearing.windows) - 1 if hearing is not None else -1)


@dataclass(frozen=True)
class _Mended:
    """A run of fragments as one faster-whisper-like segment (the fields ``_split`` reads)."""

    start: float
    end: float
    text: str
    words: list[Any]
    avg_logprob: float
    no_speech_prob: float
    compression_ratio: float


@dataclass(frozen=True)
class _Word:
    word: str
    start: float
    end: float
    probability: float


def _fragment(raw: Any) -> bool:
    words = [w for w in raw.words or [] if w.word.strip()]
    return 0 < len(words) <= FRAGMENT_WORDS and raw.end - raw.start <= FRAGMENT_S


def _mend(raws: Iterator[tuple[Any, int]]) -> Iterator[tuple[Any, int]]:
    """The segments, with every run of ``FRAGMENT_RUN`` or more fragments in one window mended
    into one."""
    run: list[Any] = []
    window = -1
    for raw, w in raws:
        if run and _fragment(raw) and w == window and raw.start - run[-1].end <= FRAGMENT_GAP_S:
            run.append(raw)
            continue
        yield from _flush(run, window)
        run, window = ([raw], w) if _fragment(raw) else ([], w)
        if not run:
            yield raw, w
    yield from _flush(run, window)


def _flush(run: list[Any], window: int) -> Iterator[tuple[Any, int]]:
    if len(run) >= FRAGMENT_RUN:
        yield _mended(run), window
    else:
        yield from ((raw, window) for raw in run)


def _mended(run: list[Any]) -> _Mended:
    words = [w for raw in run for w in raw.words]
    clean = []
    for k, w in enumerate(words):
        text = w.word
        # The fragments' own punctuation is the timestamp mode's, not the speaker's: commas go,
        # and a word after one is not a sentence start. A full stop or question mark stays.
        if text.rstrip().endswith(","):
            text = text.rstrip()[:-1]
        if k and not words[k - 1].word.rstrip().endswith((".", "?", "!")):
            stripped = text.lstrip()
            text = text[: len(text) - len(stripped)] + stripped[:1].lower() + stripped[1:]
        clean.append(_Word(text, float(w.start), float(w.end), float(w.probability)))
    first = run[0]
    return _Mended(start=float(first.start), end=float(run[-1].end), text="".join(w.word for w in clean),
                   words=clean, avg_logprob=min(float(r.avg_logprob) for r in run),
                   no_speech_prob=max(float(r.no_speech_prob) for r in run),
                   compression_ratio=max(float(r.compression_ratio) for r in run))


def _fingerprint(features: Any) -> bytes:
    """A digest of a window of audio features (which window an encoder output belongs to)."""
    try:
        data = np.ascontiguousarray(features, dtype=np.float32)
    except (TypeError, ValueError):  # not an array (e.g. already on a device): never matches
        return b""
    return hashlib.blake2b(data.tobytes(), digest_size=16).digest() + repr(data.shape).encode()


def speech_chunks(samples: np.ndarray, options: TranscribeOptions) -> list[tuple[int, int]]:
    """Speech regions of 16 kHz mono audio as (start, end) sample indices, by Silero VAD."""
    from faster_whisper.vad import VadOptions, get_speech_timestamps

    if len(samples) < SAMPLE_RATE // 10:
        return []
    vad = VadOptions(threshold=options.vad_threshold,
                     min_silence_duration_ms=options.vad_min_silence_ms,
                     speech_pad_ms=options.vad_speech_pad_ms)
    return [(c["start"], c["end"]) for c in get_speech_timestamps(samples, vad)]


def _join(samples: np.ndarray, chunks: list[tuple[int, int]]) -> np.ndarray:
    if not chunks:
        return np.zeros(0, dtype=np.float32)
    return np.concatenate([samples[s:e] for s, e in chunks]).astype(np.float32, copy=False)


class _Timeline:
    """Maps times in the joined speech stream back to times in the channel."""

    def __init__(self, chunks: list[tuple[int, int]]) -> None:
        self.chunks = chunks
        self.joined_ends: list[int] = []
        total = 0
        for start, end in chunks:
            total += end - start
            self.joined_ends.append(total)

    def chunk_of(self, t: float) -> int:
        """Index of the chunk that holds joined-stream time ``t``."""
        i = bisect.bisect_right(self.joined_ends, int(t * SAMPLE_RATE))
        return min(i, len(self.chunks) - 1)

    def original(self, t: float, chunk: int) -> float:
        """Channel time of joined-stream time ``t``, clamped to the chunk."""
        start, end = self.chunks[chunk]
        joined_start = self.joined_ends[chunk] - (end - start)
        sample = start + int(t * SAMPLE_RATE) - joined_start
        return min(max(sample, start), end) / SAMPLE_RATE


def _split(raw: Any, timeline: _Timeline, speaker: str | None,
           offset_s: float) -> Iterator[tuple[Segment, int]]:
    """One faster-whisper segment as one Segment per VAD chunk its words fall in."""
    conf = {"avg_logprob": round(float(raw.avg_logprob), 4),
            "no_speech_prob": round(float(raw.no_speech_prob), 4),
            "compression_ratio": round(float(raw.compression_ratio), 4)}
    groups: list[tuple[int, list[Any]]] = []
    for word in raw.words or []:
        chunk = timeline.chunk_of((word.start + word.end) / 2)
        if groups and groups[-1][0] == chunk:
            groups[-1][1].append(word)
        else:
            groups.append((chunk, [word]))
    if not groups:  # no word timings: place the segment by its own times
        chunk = timeline.chunk_of(raw.start)
        start = timeline.original(raw.start, chunk)
        end = max(start, timeline.original(raw.end, timeline.chunk_of(raw.end)))
        yield _segment(start, end, raw.text, speaker, offset_s, conf), chunk
        return
    for chunk, words in groups:
        start = timeline.original(words[0].start, chunk)
        end = max(start, timeline.original(words[-1].end, chunk))
        text = "".join(w.word for w in words)
        yield _segment(start, end, text, speaker, offset_s, conf), chunk


def _segment(start: float, end: float, text: str, speaker: str | None, offset_s: float,
             conf: dict[str, float]) -> Segment:
    return Segment(start=round(start + offset_s, 2), end=round(end + offset_s, 2),
                   text=text.strip(), speaker=speaker, **conf)


def _unread(timeline: _Timeline, heard: set[int], upto: int, speaker: str | None,
            offset_s: float) -> Iterator[Segment]:
    """Empty segments for speech chunks before ``upto`` in which no word was recognised."""
    for i in range(upto):
        if i in heard:
            continue
        heard.add(i)
        start, end = timeline.chunks[i]
        if (end - start) / SAMPLE_RATE >= MIN_UNREAD_S:
            yield Segment(start=round(start / SAMPLE_RATE + offset_s, 2),
                          end=round(end / SAMPLE_RATE + offset_s, 2), text="", speaker=speaker)
