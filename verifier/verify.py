"""The audio path end to end: a call recording in, a compliance record out.

    hearing/audio.py (decode the opening) -> a Recognizer (hearing/transcribe.py: VAD, language,
        speech to segments) + hearing/dtmf.py (key presses) -> engine (analyze_transcript, the
        only judge) -> record + source + analysis

This module streams audio and asks the engine; it holds no verdict logic.

**The opening.** By default only the opening is decoded and transcribed: the policy's disclosure
deadline plus its reply window plus ``WINDOW_MARGIN_S`` (a reply to a request made just before
the deadline still fits). Nothing later can add a required element, so the rest of a long call is
not read at all.

**Early stop.** Channels are transcribed lazily and merged in time order; every few seconds of
progress the engine is asked (``engine/settle.py``) whether what has been heard so far (a complete
prefix of the call: all channels transcribed at least up to that time) can still change; when it
says the verdict is final, transcription stops and the record says ``stopped_early``, where and why.

**Full scan.** ``scan="full"`` then reads the rest of the call in blocks and transcribes the
customer's channel (all of a mono call) looking for withdrawals; when a refusal or withdrawal is
pending (the engine says from when), the agent's channel is transcribed just past the stop grace,
to see whether recording went on.

**Doubts go to the judge.** Audio problems (a damaged or truncated file, more than two channels
mixed to mono) and a language detected with low probability are handed to the engine as
``doubts``; it decides what they weigh (never a compliant verdict on them).
"""

from __future__ import annotations

import contextlib
import copy
import dataclasses
import functools
import logging
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from threadpoolctl import threadpool_limits

from .engine import consent as _consent
from .engine import findings as _findings
from .engine import phrases as _phrases
from .engine import text as _text
from .engine.analyze import analyze_transcript
from .engine.phrases import LANGUAGE_BANKS
from .engine.policy import BUILTIN, Policy, load_policy
from .engine.record import Record, error_record
from .engine.settle import Settlement, Watch, settled
from .engine.transcript import Event, Segment, Transcript
from .errors import AudioDecodeError, VerifierError
from .hearing import spotting
from .hearing.audio import Audio, AudioNotFoundError, stream_audio
from .hearing.dtmf import detect_dtmf
from .hearing.model import ModelInfo, resolve_model
from .hearing.spotting import spot
from .hearing.transcribe import SAMPLE_RATE, Hearing, LanguageGuess, TranscribeOptions, Transcriber

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


@dataclass
class _Run:
    """What one verification learned along the way, for the record's ``analysis``."""

    timings: dict[str, float] = field(default_factory=dict)
    guess: LanguageGuess | None = None
    until_s: float = 0.0
    stopped_early: dict[str, Any] | None = None
    warnings: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    hearings: list[Hearing] = field(default_factory=list)  # what the recogniser kept, for spotting
    spotting: dict[str, Any] | None = None
    # When spotting left the language unsure: the other language and, by the id of each segment
    # of the chosen language's opening, that segment as checked in the other language.
    other: tuple[str, dict[int, Segment]] | None = None
    language_moot: bool = False  # the verdict is the same as heard in either language
    # The unsure language was decided by what verified, but phrases of the other language verified
    # too (``_contested``, ``_both_policies``).
    contested: bool = False
    # The agent's misheard words after a purpose head, where no purpose verified (``_purpose_unheard``).
    purpose_unheard: list[str] = field(default_factory=list)

    @contextlib.contextmanager
    def timed(self, stage: str) -> Iterator[None]:
        """Add the time spent in the block to ``timings[stage]``."""
        t0 = time.perf_counter()
        try:
            yield
        finally:
            self.timings[stage] = self.timings.get(stage, 0.0) + time.perf_counter() - t0


@dataclass(frozen=True)
class VerifierOptions:
    """Everything a Verifier is configured with: one object for the API, ``check`` and ``batch``.

    Args:
        model: a known model name, a CTranslate2 Whisper directory, or None for
            $CONSENT_VERIFIER_MODEL or the default.
        policy: "dk", "no", a policy file, a Policy, or None to follow each call's language.
        language: "da", "no", "nb" or "nn"; None detects Danish or Norwegian per call.
        agent_channel: in two-channel calls, "left" or "right".
        scan: "opening" (the default) or "full".
        device, compute_type, cpu_threads: passed to faster-whisper (int8 on CPU by default).
        include_transcript: put the transcript in the record (leave out for privacy).
        transcribe: the recogniser's knobs (decoding, VAD).
    """

    model: str | Path | None = None
    policy: str | Path | Policy | None = None
    language: str | None = None
    agent_channel: str = "left"
    scan: str = "opening"
    device: str = "cpu"
    compute_type: str | None = None
    cpu_threads: int = 0
    include_transcript: bool = True
    transcribe: TranscribeOptions = field(default_factory=TranscribeOptions)

    def checked(self) -> VerifierOptions:
        """These options with every value checked and the policy parsed (a Policy, or None to
        follow each call's language): call it where errors can still be reported in one line.

        Raises:
            VerifierError: a value is out of its set.
            PolicyError: the policy is unknown or malformed.
        """
        if self.language is not None and self.language.lower() not in LANGUAGE_BANKS:
            raise VerifierError(f"language {self.language!r} is not supported: use da, no, nb or nn")
        if self.agent_channel not in ("left", "right"):
            raise VerifierError(f"agent channel must be left or right, got {self.agent_channel!r}")
        if self.scan not in SCANS:
            raise VerifierError(f"scan must be one of {', '.join(SCANS)}, got {self.scan!r}")
        language = self.language.lower() if self.language else None
        policy = load_policy(self.policy, language=language) if (
            self.policy is not None or language) else None
        return dataclasses.replace(self, language=language, policy=policy)


class Recognizer(Protocol):
    """What the verifier needs from a speech recogniser (the real one wraps faster-whisper;
    tests pass a fake). All audio is 16 kHz mono float32; times in the returned segments are in
    seconds of the call (``offset_s`` added)."""

    def speech_chunks(self, samples: Any) -> list[tuple[int, int]]: ...

    def detect_language(self, samples: Any, chunks: list[tuple[int, int]]) -> LanguageGuess: ...

    def transcribe(self, samples: Any, chunks: list[tuple[int, int]], *, language: str,
                   speaker: str | None, offset_s: float) -> Iterator[Segment]: ...


class Verifier:
    """Checks call recordings against a policy; loads the speech model once, on first use.

        Verifier()                                   # the defaults
        Verifier(language="da", policy="dk")         # any VerifierOptions field by name
        Verifier(VerifierOptions(scan="full"))       # or one options object

    ``recognizer`` replaces the speech model (tests pass a fake; the model is then not loaded).

    Raises:
        VerifierError, PolicyError: an option is invalid.
        ModelError: the model cannot be found.
    """

    def __init__(self, options: VerifierOptions | None = None, /, *,
                 recognizer: Recognizer | None = None, **settings: Any) -> None:
        try:
            base = dataclasses.replace(options or VerifierOptions(), **settings)
        except TypeError as e:
            raise VerifierError(f"unknown verifier setting: {e}") from None
        self.options = base.checked()
        self.policy: Policy | None = self.options.policy  # type: ignore[assignment]
        self.model_info: ModelInfo = resolve_model(self.options.model)
        self.window_s = _window_s(self.policy)
        self._recognizer: Recognizer | None = recognizer

    # Read-only views of the options (kept for callers of the earlier keyword API).
    language = property(lambda self: self.options.language)
    scan = property(lambda self: self.options.scan)
    agent_channel = property(lambda self: self.options.agent_channel)
    include_transcript = property(lambda self: self.options.include_transcript)

    def with_threads(self, cpu_threads: int) -> Verifier:
        """A copy of this verifier (with its recogniser unloaded) that uses ``cpu_threads``."""
        clone = copy.copy(self)
        clone.options = dataclasses.replace(self.options, cpu_threads=cpu_threads)
        if not isinstance(self._recognizer, Transcriber):
            return clone  # an injected recogniser is kept
        clone._recognizer = None
        return clone

    def __getstate__(self) -> dict[str, Any]:
        # The loaded model stays in its process; a pickled Verifier loads its own on first use.
        state = dict(self.__dict__)
        if isinstance(state.get("_recognizer"), Transcriber):
            state["_recognizer"] = None
        return state

    @property
    def recognizer(self) -> Recognizer:
        """The speech recogniser (the model is loaded on first use)."""
        if self._recognizer is None:
            o = self.options
            self._recognizer = Transcriber(self.model_info, device=o.device, compute_type=o.compute_type,
                                           cpu_threads=o.cpu_threads, options=o.transcribe)
        return self._recognizer

    def verify(self, path: str | Path) -> Record:
        """The compliance record of one recording; an error record if the audio is unreadable.

        Raises:
            AudioNotFoundError: the path does not exist.
            ModelError: the model cannot be loaded.
        """
        run = _Run()
        t0 = time.perf_counter()
        try:
            # One BLAS thread for the audio features, always: with two, numpy's sums come out
            # slightly different, and so can the transcript. A record must not depend on how
            # many threads the machine, the batch or the caller's environment happened to give.
            with threadpool_limits(limits=1, user_api="blas"):
                transcript, source, policy = self._transcript(path, run)
        except AudioNotFoundError:
            raise
        except AudioDecodeError as e:
            return self._unreadable(path, e, run)
        with run.timed("analysis"):
            record = analyze_transcript(transcript, policy, doubts=run.warnings)
            if run.other is not None:
                record = self._either_language(record, transcript, policy, run)
            elif run.contested:
                record = self._both_policies(record, transcript, policy, run)
            if run.purpose_unheard:
                record = self._purpose_unheard(record, transcript, policy, run)
        run.timings["total"] = time.perf_counter() - t0
        return dataclasses.replace(
            record,
            input={"kind": "audio", "sha256": source["sha256"],
                   "transcript_sha256": transcript.content_hash()},
            source=source,
            analysis=self._analysis(record.analysis or {}, run, policy),
            transcript=transcript.to_dict() if self.include_transcript else None,
        )

    def verify_transcript_of(self, path: str | Path) -> Transcript:
        """The transcript ``verify`` would analyse (for debugging recognition)."""
        with threadpool_limits(limits=1, user_api="blas"):  # as in ``verify``: the same transcript
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
            if self._recognizer is None:
                with run.timed("model_load"):
                    self.recognizer  # noqa: B018 - loads the model, once per process
            with run.timed("vad"):
                chunks = [self.recognizer.speech_chunks(c) for c in opening.channels]
            language = self._language(opening, chunks, run)
            policy = self.policy or load_policy(None, language=language)
            with run.timed("dtmf"):
                events = _dtmf(opening)
            segments = self._opening(opening, chunks, language, policy, events, run)
            segments, language, policy = self._spot(segments, language, policy, run)
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
            run.guess = self.recognizer.detect_language(audio.channels[best], chunks[best])
        if run.guess.probability < MIN_LANGUAGE_PROBABILITY:
            run.warnings.append(f"language detected as {run.guess.language!r} with probability "
                                f"{run.guess.probability:.2f} only; give the language to be sure")
        return run.guess.language

    def _opening(self, audio: Audio, chunks: list[list[tuple[int, int]]], language: str,
                 policy: Policy, events: list[Event], run: _Run) -> list[Segment]:
        """Transcribe all channels of the opening in time order, stopping early when final."""
        # The real recogniser keeps its encoder output and word times for spotting; a stand-in
        # recogniser (tests) does not, and then nothing is spotted.
        keeps = _spots(self.recognizer)
        run.hearings = [Hearing() for _ in audio.channels] if keeps else []
        streams = [self.recognizer.transcribe(ch, chunks[i], language=language,
                                               speaker=audio.speakers[i], offset_s=audio.start_s,
                                               **({"hearing": run.hearings[i]} if keeps else {}))
                   for i, ch in enumerate(audio.channels)]
        frontier = [audio.start_s] * len(streams)
        segments: list[Segment] = []
        watch = Watch(language, policy)
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
                if watch.due(heard) and (done := _settled(segments, events, heard, language, policy)).final:
                    run.stopped_early = {"at_s": round(heard, 2), "why": done.why}
                    run.until_s = heard
                    return _prefix(segments, heard)
        run.until_s = audio.end_s
        return sorted(segments, key=_order)

    def _spot(self, segments: list[Segment], language: str, policy: Policy,
              run: _Run) -> tuple[list[Segment], str, Policy]:
        """Check the opening's deciding phrases against the audio (``hearing/spotting.py``): the
        segments the engine reads, and the language (and so the policy) when detection was unsure
        and what verified decided it."""
        if not run.hearings or not _spots(self.recognizer):
            return segments, language, policy
        guess = run.guess
        with run.timed("spotting"):
            result = spot(run.hearings, segments, self.recognizer, language=language,
                          probability=guess.probability if guess else None,
                          confidence=policy.confidence, scripts=getattr(policy, "scripts", None),
                          until_s=run.until_s, definite_notice=policy.require.definite_notice
                          if self.policy is not None else _definite_notice(),
                          stricter=None if self.policy is not None else _stricter())
        run.hearings = []  # the encoder output is large; it is not needed any more
        run.spotting = result.to_dict()
        run.purpose_unheard = result.purpose_unheard
        if result.language_note:
            run.notes.append(result.language_note)
            if result.language_settled:
                # What verified decided the language: the detector's doubt is resolved.
                run.warnings = [w for w in run.warnings if not w.startswith("language detected as")]
        if result.language != _bank(language):
            language = result.language
            if self.policy is None:
                policy = load_policy(None, language=language)
        if result.other is not None:
            other, checked = result.other
            run.other = (other, {id(s): o for s, o in zip(result.segments, checked, strict=True)})
        elif result.language_note and result.language_settled and self.policy is None:
            run.contested = _contested(result.strength, result.language)
        return result.segments, language, policy

    def _either_language(self, record: Record, transcript: Transcript, policy: Policy,
                         run: _Run) -> Record:
        """When the language stayed unsure, the call is also judged as heard in the other language,
        under that language's policy (unless a policy was given). If both give the same verdict,
        and it is not a review, the language does not decide the call: the unsure language is no
        longer a doubt, and the record says why. Otherwise the record stays as it was."""
        other, by_id = run.other or ("", {})
        unsure = [w for w in run.warnings if w.startswith("language detected as")]
        if not unsure:
            return record
        doubts = [w for w in run.warnings if w not in unsure]
        other_policy = self.policy or load_policy(None, language=other)
        mine = analyze_transcript(transcript, policy, doubts=doubts)
        theirs = analyze_transcript(
            Transcript(language=other, segments=tuple(by_id.get(id(s), s) for s in transcript.segments),
                       events=transcript.events, duration_s=transcript.duration_s),
            other_policy, doubts=doubts)
        if mine.verdict != theirs.verdict or mine.verdict == "needs_review":
            return record
        run.warnings, run.language_moot = doubts, True
        run.notes.append(f"the language stayed unsure, but the call is {mine.verdict} as heard in "
                         f"either language under its policy ({transcript.language!r}: "
                         f"{policy.id}; {other!r}: {other_policy.id})")
        return mine

    def _both_policies(self, record: Record, transcript: Transcript, policy: Policy, run: _Run) -> Record:
        """The unsure language was decided by what verified, but key phrases of the other language
        verified as strongly as would have decided it alone: which country's rules apply is then
        not shown. A compliant call must then be compliant under the other language's policy as
        well, judged on the same reading (DOMAIN.md: an unsure language must not pick the policy);
        otherwise a person decides."""
        if record.verdict != "compliant":
            return record
        other = "da" if _bank(transcript.language) == "no" else "no"
        other_policy = _defaults()[other]
        theirs = analyze_transcript(transcript, other_policy, doubts=run.warnings)
        if theirs.verdict == "compliant":
            return record
        missing = ", ".join(r.code for r in theirs.reasons) or theirs.verdict
        doubt = (f"the language was decided as {transcript.language!r} by what verified, but phrases of "
                 f"{other!r} verified too; the call is compliant under {policy.id!r} but not under "
                 f"{other_policy.id!r} ({missing})")
        run.notes.append(doubt)
        return analyze_transcript(transcript, policy, doubts=[*run.warnings, doubt])

    def _purpose_unheard(self, record: Record, transcript: Transcript, policy: Policy, run: _Run) -> Record:
        """No purpose verified, but the agent's misheard words after a purpose head may hold one
        (spotting's ``purpose_unheard``): a non-compliant verdict that rests on the missing purpose
        alone (the same reading is not non-compliant when no purpose is required) is not shown,
        and a person decides. Any other ground for it stands."""
        if record.verdict != "non_compliant" or not policy.require.purpose:
            return record
        lax = dataclasses.replace(policy, require=dataclasses.replace(policy.require, purpose=False))
        if analyze_transcript(transcript, lax, doubts=run.warnings).verdict == "non_compliant":
            return record
        doubt = (f"no purpose was heard, but the agent's words after a purpose marker could not be "
                 f"read (\"{run.purpose_unheard[0]}\"); the purpose may be in them")
        run.notes.append(doubt)
        return analyze_transcript(transcript, policy, doubts=[*run.warnings, doubt])

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
                    chunks = self.recognizer.speech_chunks(block.channels[i])
                with run.timed("transcribe"):
                    segments += [s for s in self.recognizer.transcribe(
                        block.channels[i], chunks, language=language, speaker=block.speakers[i],
                        offset_s=block.start_s) if cut <= s.start < end_cut]
            segments.sort(key=_order)
            segments += self._agent_after_no(block, segments, events, language, policy, run)
            run.until_s, cut = end_cut, end_cut
            done = _settled(segments, events, end_cut, language, policy)
            if done.final:
                if not block.at_end:
                    run.stopped_early = {"at_s": round(end_cut, 2), "why": done.why}
                break
        return sorted(segments, key=_order)

    def _agent_after_no(self, block: Audio, segments: list[Segment], events: list[Event],
                        language: str, policy: Policy, run: _Run) -> list[Segment]:
        """The agent's first words past the stop grace after a refusal or withdrawal, if any."""
        if "agent" not in block.speakers:
            return []
        t = Transcript(language=language, segments=tuple(segments), events=tuple(events))
        after = settled(t, policy).stop_due_s
        if after is None or not block.start_s <= after < block.end_s:
            return []
        i = block.speakers.index("agent")
        offset = int((after - block.start_s) * SAMPLE_RATE)
        with run.timed("vad"):
            chunks = [(max(s, offset), e) for s, e in self.recognizer.speech_chunks(block.channels[i])
                      if e > offset]
        with run.timed("transcribe"):
            spoken = self.recognizer.transcribe(block.channels[i], chunks, language=language,
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
                      "source": self.model_info.source,
                      **({"runtime": runtime} if (runtime := getattr(self._recognizer, "runtime", None))
                         else {})},
            "language": {"code": guess.language if guess else self.language,
                         "source": "detected" if guess else "given",
                         "probability": guess.probability if guess else None,
                         "scores": guess.scores if guess else None},
            "timings_s": {k: round(v, 3) for k, v in run.timings.items()},
        }
        if run.spotting is not None:
            out["spotting"] = run.spotting
            if run.spotting.get("language_note"):  # detection was unsure; spotting was asked
                out["language"]["code"] = run.spotting["language"]
                out["language"]["decided_by"] = ("spotting" if run.spotting.get("language_settled")
                                                 else "either" if run.language_moot else "undecided")
            if not self.include_transcript:  # what was heard and checked is the call's words
                out["spotting"] = {**run.spotting, "found": [
                    {k: v for k, v in f.items() if k not in ("heard", "checked")}
                    for f in run.spotting.get("found", [])]}
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


class _TextEngine:
    """The engine's reading of text, lent to spotting (the hearing layer may not import it)."""

    load_bank = staticmethod(_phrases.load_bank)
    fold = staticmethod(_text.fold)
    find_all = staticmethod(_text.find_all)
    find_elements = staticmethod(_findings.find_elements)
    classify_reply = staticmethod(_consent.classify_reply)
    unusable_reason = staticmethod(_findings.unusable_reason)


spotting.register_engine(_TextEngine())


def _spots(recognizer: Any) -> bool:
    """Whether a recogniser can score texts on what it heard (the real one; not a stand-in)."""
    return all(callable(getattr(recognizer, m, None)) for m in ("score", "read", "count_tokens", "encode"))


@functools.cache
def _defaults() -> dict[str, Policy]:
    """The default policy of each language spotting may decide between (da, no)."""
    return {lang: load_policy(None, language=lang) for lang in ("da", "no")}


def _definite_notice() -> dict[str, bool]:
    """Whether each language's default policy needs a definite notice (the policy follows the
    language, which spotting may decide)."""
    return {lang: p.require.definite_notice for lang, p in _defaults().items()}


def _contested(strength: dict[str, float], chosen: str) -> bool:
    """Whether an unsure language that spotting decided as ``chosen`` is contested: key phrases of
    the other language verified too (any strength). The two languages are so close that one's
    phrases verify on the other's speech, and the detector's doubt is the reason spotting decided:
    synthetic Danish was decided Norwegian with Danish phrases verified at 1.8 beside Norwegian at
    4.8 (everyday da01), and Danish with 5.2 beside 11.2 (real wording da19). Which country's
    policy applies is then not shown (``_both_policies``)."""
    return any(v > 0 for k, v in strength.items() if k != chosen)


def _stricter() -> str:
    """The language whose default policy asks for an active yes (Danish's ``dk``): judging a call by
    it can only make the call look worse."""
    asks = [lang for lang, p in _defaults().items() if p.require.affirmative_reply]
    return asks[0] if len(asks) == 1 else ""


def _bank(language: str) -> str:
    """The phrase bank (da or no) that serves a language code."""
    return LANGUAGE_BANKS.get(language, language)


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


def _settled(segments: list[Segment], events: list[Event], heard: float, language: str,
             policy: Policy) -> Settlement:
    """The engine's answer on what has been heard of all channels up to ``heard``."""
    prefix = Transcript(language=language, segments=tuple(_prefix(segments, heard)),
                        events=tuple(e for e in events if e.time <= heard), duration_s=heard)
    return settled(prefix, policy)


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
