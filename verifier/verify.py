"""The audio path end to end: a call recording in, a compliance record out.

    audio.py (decode the opening) -> transcribe.py (VAD, language, speech to segments)
        + dtmf.py (key presses) -> engine.py (the text path) -> record + source + analysis

**The opening.** By default only the opening is decoded and transcribed: the policy's disclosure
deadline plus its reply window plus ``WINDOW_MARGIN_S`` (a reply to a request made just before
the deadline still fits). Nothing later can add a required element, so the rest of a long call is
not read at all.

**Early stop.** Channels are transcribed lazily and merged in time order; every few seconds of
progress the engine judges what has been heard so far (a complete prefix of the call: all channels
are transcribed at least up to that time). Transcription stops early only in one case: the verdict
is already non-compliant because a refusal or withdrawal was heard clearly and speech went on past
the policy's stop grace. The engine keeps a refusal decisive whatever follows, so more audio cannot
make such a call compliant; the record says ``stopped_early`` and where. (A threat heard later
could still have turned the verdict into needs_review; recording had by then already continued
without consent, so we accept that.)

**Full scan.** ``scan="full"`` then reads the rest of the call in blocks and transcribes the
customer's channel (all of a mono call) looking for withdrawals; when a refusal or withdrawal is
pending, the agent's channel is transcribed just past the stop grace, to see whether recording
went on.

**Doubt is never compliant.** Audio problems (a damaged or truncated file, more than two channels
mixed to mono) and a language detected with low probability turn a compliant verdict, or a
non-compliant one that rests only on missing elements, into needs_review with ``LOW_CONFIDENCE``.
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .engine.analyze import analyze_transcript
from .engine.consent import classify_reply
from .engine.phrases import LANGUAGE_BANKS, load_bank
from .engine.policy import BUILTIN, Policy, load_policy
from .engine.record import Reason, Record, error_record
from .engine.text import find_all, fold
from .engine.transcript import Event, Segment, Transcript
from .errors import AudioDecodeError, VerifierError
from .hearing.audio import Audio, AudioNotFoundError, stream_audio
from .hearing.dtmf import detect_dtmf
from .hearing.model import ModelInfo, resolve_model
from .hearing.transcribe import SAMPLE_RATE, LanguageGuess, TranscribeOptions, Transcriber

log = logging.getLogger(__name__)

SCANS = ("opening", "full")
# Past deadline + reply window: the reply itself takes a few seconds to say.
WINDOW_MARGIN_S = 5.0
# Full scan: blocks of the rest of the call, overlapping so no phrase is lost at a cut.
FULL_BLOCK_S = 300.0
FULL_OVERLAP_S = 10.0
# Below this probability for the chosen language (Danish or Norwegian), a detected language may be
# wrong, and with it the policy and the phrase bank: no compliant verdict then.
MIN_LANGUAGE_PROBABILITY = 0.5
FINAL_CODES = frozenset({"RECORDING_CONTINUED_AFTER_REFUSAL", "RECORDING_CONTINUED_AFTER_WITHDRAWAL"})
VIOLATION_CODES = FINAL_CODES | {"CONSENT_REFUSED", "CONSENT_WITHDRAWN", "COERCIVE_REQUEST"}


@dataclass
class _Run:
    """What one verification learned along the way, for the record's ``analysis``."""

    timings: dict[str, float] = field(default_factory=dict)
    guess: LanguageGuess | None = None
    until_s: float = 0.0
    stopped_early: dict[str, Any] | None = None
    warnings: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @contextlib.contextmanager
    def timed(self, stage: str) -> Iterator[None]:
        """Add the time spent in the block to ``timings[stage]``."""
        t0 = time.perf_counter()
        try:
            yield
        finally:
            self.timings[stage] = self.timings.get(stage, 0.0) + time.perf_counter() - t0


class Verifier:
    """Checks call recordings against a policy; loads the speech model once, on first use.

    Args:
        model: a known model name, a CTranslate2 Whisper directory, or None for
            $CONSENT_VERIFIER_MODEL or the default.
        policy: "dk", "no", a policy file, or None to follow each call's language.
        language: "da", "no", "nb" or "nn"; None detects Danish or Norwegian per call.
        agent_channel: in two-channel calls, "left" or "right".
        scan: "opening" (the default) or "full".
        device, compute_type, cpu_threads: passed to faster-whisper (int8 on CPU by default).
        include_transcript: put the transcript in the record (leave out for privacy).
    """

    def __init__(self, model: str | Path | None = None, policy: str | Path | Policy | None = None,
                 language: str | None = None, agent_channel: str = "left",
                 scan: str = "opening", device: str = "cpu", compute_type: str | None = None,
                 cpu_threads: int = 0, include_transcript: bool = True,
                 options: TranscribeOptions | None = None) -> None:
        if language is not None and language.lower() not in LANGUAGE_BANKS:
            raise VerifierError(f"language {language!r} is not supported: use da, no, nb or nn")
        if agent_channel not in ("left", "right"):
            raise VerifierError(f"agent channel must be left or right, got {agent_channel!r}")
        if scan not in SCANS:
            raise VerifierError(f"scan must be one of {', '.join(SCANS)}, got {scan!r}")
        self.language = language.lower() if language else None
        self.policy = load_policy(policy, language=self.language) if (
            policy is not None or self.language) else None
        self.agent_channel, self.scan = agent_channel, scan
        self.device, self.compute_type, self.cpu_threads = device, compute_type, cpu_threads
        self.include_transcript = include_transcript
        self.options = options or TranscribeOptions()
        self.model_info: ModelInfo = resolve_model(model)
        self.window_s = _window_s(self.policy)
        self._transcriber: Transcriber | None = None

    def __getstate__(self) -> dict[str, Any]:
        # The loaded model stays in its process; a pickled Verifier loads its own on first use.
        return {**self.__dict__, "_transcriber": None}

    @property
    def transcriber(self) -> Transcriber:
        """The loaded recogniser (loaded on first use)."""
        if self._transcriber is None:
            self._transcriber = Transcriber(self.model_info, device=self.device,
                                            compute_type=self.compute_type,
                                            cpu_threads=self.cpu_threads, options=self.options)
        return self._transcriber

    def verify(self, path: str | Path) -> Record:
        """The compliance record of one recording; an error record if the audio is unreadable.

        Raises:
            AudioNotFoundError: the path does not exist.
            ModelError: the model cannot be loaded.
        """
        run = _Run()
        t0 = time.perf_counter()
        try:
            transcript, source, policy = self._transcript(path, run)
        except AudioNotFoundError:
            raise
        except AudioDecodeError as e:
            return self._unreadable(path, e, run)
        with run.timed("analysis"):
            record = analyze_transcript(transcript, policy)
        run.timings["total"] = time.perf_counter() - t0
        record = _with_doubts(record, run)
        return dataclasses.replace(
            record,
            input={"kind": "audio", "sha256": source["sha256"],
                   "transcript_sha256": transcript.content_hash()},
            source=source,
            analysis=self._analysis(record.analysis or {}, run, policy),
            transcript=transcript.to_dict() if self.include_transcript else None,
        )

    def verify_many(self, paths: Any, *, workers: int | None = None,
                    timeout_s: float | None = None) -> Iterator[dict[str, Any]]:
        """Check many recordings in worker processes, each with its own copy of this verifier
        (and its own model); yields record dicts as each call finishes (``call_id`` = the path).

        Scripts that call this need an ``if __name__ == "__main__":`` guard (workers are spawned).
        """
        from .batch.run import VerifierCopies, VerifierOptions, verify_many

        return verify_many(paths, workers=workers, timeout_s=timeout_s, verifier_factory=VerifierCopies(self),
                           verifier_options=VerifierOptions(language=self.language, scan=self.scan,
                                                            device=self.device))

    def verify_transcript_of(self, path: str | Path) -> Transcript:
        """The transcript ``verify`` would analyse (for debugging recognition)."""
        return self._transcript(path, _Run())[0]

    # --- the stages ---------------------------------------------------------------------

    def _transcript(self, path: str | Path, run: _Run) -> tuple[Transcript, dict[str, Any], Policy]:
        blocks = stream_audio(path, first_block_s=self.window_s, block_s=FULL_BLOCK_S,
                              overlap_s=FULL_OVERLAP_S, agent_channel=self.agent_channel)
        with contextlib.closing(blocks):
            with run.timed("decode"):
                opening = next(blocks)
            run.warnings += opening.warnings
            run.notes += opening.notes
            if self._transcriber is None:
                with run.timed("model_load"):
                    self.transcriber  # noqa: B018 - loads the model, once per process
            with run.timed("vad"):
                chunks = [self.transcriber.speech_chunks(c) for c in opening.channels]
            language = self._language(opening, chunks, run)
            policy = self.policy or load_policy(None, language=language)
            with run.timed("dtmf"):
                events = _dtmf(opening)
            segments = self._opening(opening, chunks, language, policy, events, run)
            if self.scan == "full" and not opening.at_end and run.stopped_early is None:
                segments = self._rest(blocks, segments, language, policy, events, run)
        source = opening.source.to_dict()
        duration = opening.source.duration_s or run.until_s
        return (Transcript(language=language, segments=tuple(segments), events=tuple(events),
                           duration_s=duration), source, policy)

    def _language(self, audio: Audio, chunks: list[list[tuple[int, int]]], run: _Run) -> str:
        if self.language:
            return self.language
        # The channel with the most speech (the agent's, in most calls) tells the language best.
        best = max(range(len(chunks)), key=lambda i: sum(e - s for s, e in chunks[i]))
        with run.timed("language"):
            run.guess = self.transcriber.detect_language(audio.channels[best], chunks[best])
        if run.guess.probability < MIN_LANGUAGE_PROBABILITY:
            run.warnings.append(f"language detected as {run.guess.language!r} with probability "
                                f"{run.guess.probability:.2f} only; give the language to be sure")
        return run.guess.language

    def _opening(self, audio: Audio, chunks: list[list[tuple[int, int]]], language: str,
                 policy: Policy, events: list[Event], run: _Run) -> list[Segment]:
        """Transcribe all channels of the opening in time order, stopping early when final."""
        streams = [self.transcriber.transcribe(ch, chunks[i], language=language,
                                               speaker=audio.speakers[i], offset_s=audio.start_s)
                   for i, ch in enumerate(audio.channels)]
        frontier = [audio.start_s] * len(streams)
        segments: list[Segment] = []
        watch = _Watch(language, policy)
        with run.timed("transcribe"):
            while True:
                live = [i for i, f in enumerate(frontier) if f != float("inf")]
                if not live:
                    break
                i = min(live, key=lambda k: frontier[k])
                seg = next(streams[i], None)
                if seg is None:
                    frontier[i] = float("inf")
                    continue
                segments.append(seg)
                frontier[i] = seg.end
                watch.hear(seg)
                heard = min(frontier)
                if watch.due(heard) and self._final(segments, events, heard, language, policy):
                    run.stopped_early = {"at_s": round(heard, 2), "why": _STOP_WHY}
                    run.until_s = heard
                    return _prefix(segments, heard)
        run.until_s = audio.end_s
        return sorted(segments, key=_order)

    def _final(self, segments: list[Segment], events: list[Event], heard: float, language: str,
               policy: Policy) -> bool:
        """Whether the verdict on the heard prefix cannot change (see the module docstring)."""
        prefix = Transcript(language=language, segments=tuple(_prefix(segments, heard)),
                            events=tuple(e for e in events if e.time <= heard), duration_s=heard)
        record = analyze_transcript(prefix, policy)
        return record.verdict == "non_compliant" and bool(FINAL_CODES & set(record.reason_codes))

    def _rest(self, blocks: Iterator[Audio], segments: list[Segment], language: str,
              policy: Policy, events: list[Event], run: _Run) -> list[Segment]:
        """Full scan: the customer's channel (or the mono mix) of everything after the opening."""
        cut = run.until_s - FULL_OVERLAP_S / 2
        segments = [s for s in segments if s.speaker == "agent" or s.start < cut]
        for block in _timed_iter(blocks, run, "decode"):
            run.warnings += [w for w in block.warnings if w not in run.warnings]
            end_cut = block.end_s if block.at_end else block.end_s - FULL_OVERLAP_S / 2
            listen = [i for i, sp in enumerate(block.speakers) if sp != "agent"]
            for i in listen:
                with run.timed("vad"):
                    chunks = self.transcriber.speech_chunks(block.channels[i])
                with run.timed("transcribe"):
                    segments += [s for s in self.transcriber.transcribe(
                        block.channels[i], chunks, language=language, speaker=block.speakers[i],
                        offset_s=block.start_s) if cut <= s.start < end_cut]
            segments.sort(key=_order)
            segments += self._agent_after_no(block, segments, events, language, policy, run)
            run.until_s, cut = end_cut, end_cut
            if self._final(segments, events, end_cut, language, policy):
                if not block.at_end:
                    run.stopped_early = {"at_s": round(end_cut, 2), "why": _STOP_WHY}
                break
        return sorted(segments, key=_order)

    def _agent_after_no(self, block: Audio, segments: list[Segment], events: list[Event],
                        language: str, policy: Policy, run: _Run) -> list[Segment]:
        """The agent's first words past the stop grace after a refusal or withdrawal, if any."""
        if "agent" not in block.speakers:
            return []
        t = Transcript(language=language, segments=tuple(segments), events=tuple(events))
        record = analyze_transcript(t, policy)
        codes = set(record.reason_codes)
        if FINAL_CODES & codes or not codes & {"CONSENT_REFUSED", "CONSENT_WITHDRAWN"}:
            return []
        said = [w.end for w in record.withdrawals] + (
            [record.consent.reply.end] if record.consent.status == "refused" and record.consent.reply
            else [])
        after = min(said) + policy.stop_grace_s
        if not block.start_s <= after < block.end_s:
            return []
        i = block.speakers.index("agent")
        offset = int((after - block.start_s) * SAMPLE_RATE)
        with run.timed("vad"):
            chunks = [(max(s, offset), e) for s, e in self.transcriber.speech_chunks(block.channels[i])
                      if e > offset]
        with run.timed("transcribe"):
            spoken = self.transcriber.transcribe(block.channels[i], chunks, language=language,
                                                 speaker="agent", offset_s=block.start_s)
            first = next((s for s in spoken if s.text), None)
        return [first] if first else []

    # --- the record ---------------------------------------------------------------------

    def _analysis(self, engine: dict[str, Any], run: _Run, policy: Policy) -> dict[str, Any]:
        guess = run.guess
        out: dict[str, Any] = {
            "scan": self.scan,
            "analysed_from_s": 0.0,
            "analysed_until_s": round(run.until_s, 2),
            "window_s": {"disclosure_deadline_s": policy.disclosure_deadline_s,
                         "reply_window_s": policy.reply_window_s,
                         "opening_until_s": self.window_s},
            "stopped_early": run.stopped_early,
            "model": {"name": self.model_info.name, "sha256": self.model_info.sha256,
                      "source": self.model_info.source},
            "language": {"code": guess.language if guess else self.language,
                         "source": "detected" if guess else "given",
                         "probability": guess.probability if guess else None,
                         "scores": guess.scores if guess else None},
            "timings_s": {k: round(v, 3) for k, v in run.timings.items()},
        }
        if run.warnings:
            out["warnings"] = list(run.warnings)
        if run.notes:
            out["audio_notes"] = list(run.notes)
        for key in ("speech_s", "unusable_speech_s", "mean_avg_logprob", "set_aside"):
            if key in engine:
                out[key] = engine[key]
        if not self.include_transcript and "set_aside" in out:
            out["set_aside"] = [{k: v for k, v in s.items() if k != "text"}
                                for s in out["set_aside"]]
        return out

    def _unreadable(self, path: str | Path, error: AudioDecodeError, run: _Run) -> Record:
        policy = self.policy or (load_policy(None, language=self.language)
                                 if self.language else None)
        return error_record(
            code="AUDIO_UNREADABLE", message=str(error), policy=policy, language=self.language,
            source={"path": str(path)}, input={"kind": "audio", "sha256": None},
            analysis={"scan": self.scan, "analysed_from_s": 0.0, "analysed_until_s": 0.0,
                      "model": {"name": self.model_info.name, "sha256": self.model_info.sha256},
                      "timings_s": {k: round(v, 3) for k, v in run.timings.items()}},
        )


_STOP_WHY = ("non-compliant already: a refusal or withdrawal was heard and speech went on past "
             "the stop grace; more audio cannot make the call compliant")


class _Watch:
    """Cheap watch for a customer's "no" or "stop the recording"; the engine is asked only then.

    Running the whole engine after every segment would cost more than it saves, so a segment that
    reads as a refusal or a withdrawal (the engine's own phrase lists) arms a check for the moment
    the stop grace after it has been heard. Refusals the cheap reading cannot see (a "yes" to a
    negatively phrased request, an opt-out key) only mean no early stop.
    """

    def __init__(self, language: str, policy: Policy) -> None:
        self.bank = load_bank(language)
        self.grace = policy.stop_grace_s
        self.at = float("inf")

    def hear(self, seg: Segment) -> None:
        """Arm the check if this customer (or unlabelled) segment says no or stop."""
        if seg.speaker == "agent" or not seg.text:
            return
        toks = tuple(fold(seg.text).split())
        phrases, keys = self.bank.phrases("withdrawal")
        if (classify_reply(seg.text, self.bank)[0] == "refused"
                or find_all(toks, phrases, keys, min_score=0.88, most=1)):
            self.at = min(self.at, seg.end + self.grace)

    def due(self, heard: float) -> bool:
        """Whether to ask the engine now (once per armed moment)."""
        if heard <= self.at:
            return False
        self.at = float("inf")
        return True


def _window_s(policy: Policy | None) -> float:
    """How much of the opening to read: the longest window of the policies that may apply."""
    policies = [policy] if policy else [load_policy(name) for name in BUILTIN]
    return max(p.disclosure_deadline_s + p.reply_window_s for p in policies) + WINDOW_MARGIN_S


def _dtmf(audio: Audio) -> list[Event]:
    events: list[Event] = []
    for samples, speaker in zip(audio.channels, audio.speakers, strict=True):
        for e in detect_dtmf(samples, SAMPLE_RATE, channel=speaker):
            events.append(dataclasses.replace(e, time=round(e.time + audio.start_s, 3)))
    return sorted(events, key=lambda e: e.time)


def _order(seg: Segment) -> tuple[float, float]:
    return (seg.start, seg.end)


def _prefix(segments: list[Segment], heard: float) -> list[Segment]:
    return sorted((s for s in segments if s.start < heard), key=_order)


def _timed_iter(blocks: Iterator[Audio], run: _Run, stage: str) -> Iterator[Audio]:
    while True:
        with run.timed(stage):
            block = next(blocks, None)
        if block is None:
            return
        yield block


def _with_doubts(record: Record, run: _Run) -> Record:
    """No compliant verdict, nor one resting on missing elements, on doubtful audio or language."""
    if not run.warnings:
        return record
    codes = set(record.reason_codes)
    message = "The evidence may be incomplete: " + "; ".join(run.warnings) + "."
    engine_doubt = next((r for r in record.reasons if r.code == "LOW_CONFIDENCE"), None)
    reason = Reason("LOW_CONFIDENCE", message + (f" {engine_doubt.message}" if engine_doubt else ""),
                    engine_doubt.evidence if engine_doubt else None)
    others = tuple(r for r in record.reasons if r.code != "LOW_CONFIDENCE")
    if record.verdict == "compliant" or (
            record.verdict == "non_compliant" and not codes & VIOLATION_CODES):
        return dataclasses.replace(record, verdict="needs_review", reasons=(reason, *others),
                                   required_action="review")
    if engine_doubt is None:
        return dataclasses.replace(record, reasons=(*record.reasons, reason))
    return record
