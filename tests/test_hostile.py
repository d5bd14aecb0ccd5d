"""Hostile and careless input (issue 15): no hang, no traceback, no escape sequence, no gamed policy.

The CORPUS below is a set of inputs a hostile or careless user can hand the tool: pipes and
devices behind ordinary names, deep JSON, huge numbers, lone surrogates, terminal escapes, cut and
lying audio headers. `test_corpus_against_every_entry_point` feeds every item to every ENTRY_POINT
(transcript, policy, audio, and the `analyze` / `check` commands) and asks only what must always
hold: an answer (a result or one named error) within seconds, never a traceback, never more than
one line of error. A new feature that reads user input adds its entry point to ENTRY_POINTS and is
tried against the whole corpus; a new trick adds a CORPUS entry and is tried against everything.

The other tests pin each item of the issue: the hangs on FIFOs and /dev/zero links, policy numbers
that are not finite or not sane, one-line errors, escaped output, the exit code of `check` on
unreadable audio, the warning for a truncated WAV, no file written outside the outputs
(onnxruntime's telemetry), and the --help and README examples.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import resource
import shlex
import signal
import socket
import struct
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np
import pytest
from builders import DA_OPENING, call, noise_wav, then
from click.testing import CliRunner

import verifier.cli as cli_module
from verifier import PolicyError, TranscriptError, VerifierError, analyze_transcript, load_policy
from verifier.cli import EXIT_BAD_INPUT, main
from verifier.engine.transcript import Segment
from verifier.hashing import sha256_file
from verifier.hearing.audio import load_audio
from verifier.hearing.transcribe import LanguageGuess

REPO = Path(__file__).resolve().parent.parent
RATE = 16_000
# Everything here answers in well under a second; a hang is caught long before CI's timeout.
DEADLINE_S = 20
# What may never reach a terminal raw (the same set verifier.cli escapes), newlines aside.
RAW_CONTROL = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e"
                         "\u2066-\u2069\ud800-\udfff]")
SGR = re.compile("\x1b\\[[0-9;]*m")  # the colours click.style itself adds to the verdict
ESCAPES = "Ja\x1b]0;owned\x07 \x1b[2J\x1b[31mrød\x00 \u202eevil\u202c \x9b1m\x7f"


# --- helpers ---------------------------------------------------------------------------------

class Hang(BaseException):
    """Raised by `deadline`; a BaseException, so no ``except OSError`` in the code under test
    can turn an interrupted read of a FIFO into an ordinary error."""


@contextlib.contextmanager
def deadline(seconds: int = DEADLINE_S, memory_bytes: int = 2 << 30) -> Iterator[None]:
    """Fail (instead of hanging the suite, or eating the machine's memory) if the block takes
    longer than ``seconds`` or grows this process by more than ``memory_bytes``."""
    def expire(signum, frame):
        raise Hang(f"still running after {seconds} s: a hang")

    old = signal.signal(signal.SIGALRM, expire)
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    size = _address_space()
    if size:
        cap = size + memory_bytes
        resource.setrlimit(resource.RLIMIT_AS, (cap if hard == resource.RLIM_INFINITY else min(cap, hard), hard))
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


def _address_space() -> int:
    """This process's virtual size in bytes (Linux), 0 where unknown."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmSize:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def run_cli(*args: str, env: dict[str, str] | None = None, cwd: Path | None = None,
            timeout: int = 60, memory_bytes: int = 3 << 30) -> subprocess.CompletedProcess[str]:
    """The real console entry point in a process with a memory cap and a time limit, as a user
    (or an attacker) runs it: a regression that reads /dev/zero dies of the cap, not the host."""
    def limits() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))

    return subprocess.run([sys.executable, "-m", "verifier.cli", *args], capture_output=True,
                          text=True, timeout=timeout, cwd=cwd or REPO, preexec_fn=limits,
                          env={**os.environ, **(env or {})})


def one_line_error(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("error: "), stderr
    assert "Traceback" not in stderr
    return lines[0]


def transcript_file(folder: Path, data: object, name: str = "t.json") -> Path:
    path = folder / name
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    return path


def policy_file(folder: Path, name: str = "p.json", raw: str | None = None, **values: object) -> Path:
    base = {"id": "mine", "disclosure_deadline_s": 60, "reply_window_s": 10, "stop_grace_s": 15}
    path = folder / name
    path.write_text(raw if raw is not None else json.dumps({**base, **values}), "utf-8")
    return path


def write_wav(path: Path, seconds: float, channels: int = 1, rate: int = RATE) -> Path:
    return noise_wav(path, seconds, channels=channels, rate=rate, level=0.02, seed=3)


class Hears:
    """A stand-in recogniser: every channel says one Danish line, clearly."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        pass

    def speech_chunks(self, samples):
        return [(0, len(samples))] if len(samples) else []

    def detect_language(self, samples, chunks):
        return LanguageGuess("da", 0.95, {"da": 0.95, "no": 0.05})

    def transcribe(self, samples, chunks, *, language, speaker, offset_s=0.0):
        if chunks:
            yield Segment(offset_s + 0.5, offset_s + 2.0, "Goddag, du taler med Mette.", speaker,
                          avg_logprob=-0.2, no_speech_prob=0.01, compression_ratio=1.2)


@pytest.fixture
def fake_hearing(fake_model, monkeypatch) -> Path:
    """`check` runs for real on real audio, with the recogniser replaced by `Hears`."""
    monkeypatch.setattr("verifier.verify.Transcriber", Hears)
    return fake_model


def cli(*args: str, color: bool = False):
    return CliRunner().invoke(main, list(args), catch_exceptions=False, color=color)


# --- the corpus ------------------------------------------------------------------------------

def _fifo(d: Path) -> Path:
    os.mkfifo(d / "call.wav")
    return d / "call.wav"


def _link(target: str) -> Callable[[Path], Path]:
    def make(d: Path) -> Path:
        os.symlink(target, d / "call.json")
        return d / "call.json"
    return make


def _socket(d: Path) -> Path:
    path = d / "s.wav"
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(path))
    sock.close()
    return path


def _loop(d: Path) -> Path:
    os.symlink(d / "b.json", d / "a.json")
    os.symlink(d / "a.json", d / "b.json")
    return d / "a.json"


def _bytes(name: str, data: bytes) -> Callable[[Path], Path]:
    def make(d: Path) -> Path:
        (d / name).write_bytes(data)
        return d / name
    return make


def _folder(d: Path) -> Path:
    (d / "call.wav").mkdir()
    return d / "call.wav"


def _transcript_text(text: str) -> bytes:
    return json.dumps(call("da", then(DA_OPENING, ("c", 13.5, 14.0, text))), ensure_ascii=False).encode()


def _wav_header(channels: int, rate: int, data_bytes: int, tail: bytes = b"") -> bytes:
    fmt = struct.pack("<HHIIHH", 1, channels, rate, rate * 2 * max(channels, 1), 2 * max(channels, 1), 16)
    body = b"WAVE" + b"fmt " + struct.pack("<I", 16) + fmt + b"data" + struct.pack("<I", data_bytes) + tail
    return b"RIFF" + struct.pack("<I", 4 + len(body)) + body


def _truncated_wav(d: Path) -> Path:
    full = write_wav(d / "full.wav", 10.0)
    path = d / "cut.wav"
    path.write_bytes(full.read_bytes()[:3000])
    full.unlink()
    return path


CORPUS: dict[str, Callable[[Path], Path]] = {
    "fifo": _fifo,
    "link-to-dev-zero": _link("/dev/zero"),
    "link-to-dev-urandom": _link("/dev/urandom"),
    "link-to-dev-null": _link("/dev/null"),
    "unix-socket": _socket,
    "symlink-loop": _loop,
    "dangling-link": _link("/nonexistent/really"),
    "folder": _folder,
    "empty": _bytes("e.json", b""),
    "nul-bytes": _bytes("n.json", b"\0" * 4096),
    "binary-garbage": _bytes("g.wav", np.random.default_rng(1).bytes(50_000)),
    "nested-5000-lists": _bytes("deep.json", b"[" * 5000 + b"]" * 5000),
    "nested-100000-objects": _bytes("deep2.json", b'{"a":' * 100_000 + b"1" + b"}" * 100_000),
    "integer-4000-digits": _bytes("int.json", b'{"language": "da", "duration_s": ' + b"9" * 4000
                                  + b', "segments": [{"start": 0, "end": 1, "text": "hej"}]}'),
    "integer-5000-digits": _bytes("int2.json", b'{"id": "x", "disclosure_deadline_s": ' + b"9" * 5000
                                  + b', "reply_window_s": 10, "stop_grace_s": 15}'),
    "nan-and-infinity": _bytes("nan.json", b'{"language": "da", "segments": [{"start": NaN, "end": '
                               b'Infinity, "text": "hej"}], "id": "x", "disclosure_deadline_s": NaN, '
                               b'"reply_window_s": Infinity, "stop_grace_s": -Infinity}'),
    "float-1e308": _bytes("big.json", b'{"id": "x", "disclosure_deadline_s": 1e308, "reply_window_s": 1e308, '
                          b'"stop_grace_s": 1e308}'),
    "lone-surrogate": _bytes("sur.json", _transcript_text("x").replace(b'"x"', b'"\\ud800 ja"')),
    "terminal-escapes": _bytes("esc.json", _transcript_text(ESCAPES)),
    "utf16-json": _bytes("u16.json", json.dumps({"language": "da"}).encode("utf-16")),
    "latin1-text": _bytes("l1.json", _transcript_text("rød").decode().encode("latin-1")),
    "truncated-wav": _truncated_wav,
    "wav-zero-channels": _bytes("z.wav", _wav_header(0, 16000, 32000, b"\0" * 32000)),
    "wav-absurd-rate": _bytes("r.wav", _wav_header(1, 2_000_000_000, 32000, b"\0" * 32000)),
    "wav-header-only-claims-4gb": _bytes("h.wav", _wav_header(2, 8000, 0xFFFFFFF0)),
    "escape-in-file-name": _bytes("\x1b]0;owned\x07\u202e.json", _transcript_text("ja")),
}


def _analyze_lib(path: Path) -> None:
    analyze_transcript(path)


def _policy_lib(path: Path) -> None:
    load_policy(path)


def _audio_lib(path: Path) -> None:
    load_audio(path, max_seconds=5)


def _analyze_cli(path: Path) -> None:
    result = cli("analyze", str(path))
    _sane_cli(result, ok=(0, EXIT_BAD_INPUT))


def _analyze_policy_cli(path: Path) -> None:
    good = transcript_file(path.parent, call("da", then(DA_OPENING, ("c", 13.5, 14.0, "Ja."))), "good.json")
    _sane_cli(cli("analyze", str(good), "--policy", str(path)), ok=(0, EXIT_BAD_INPUT))


def _check_cli(path: Path) -> None:
    _sane_cli(cli("check", str(path), "--language", "da"), ok=(0, EXIT_BAD_INPUT))


def _sane_cli(result, ok: tuple[int, ...]) -> None:
    # 2 is click's usage error (e.g. a folder where a file is expected): its own short message.
    assert result.exit_code in (*ok, 2), (result.exit_code, result.output)
    if result.exit_code == 2:
        assert "Error: " in result.stderr and "Traceback" not in result.stderr
    elif result.exit_code:
        one_line_error(result.stderr)
    assert not RAW_CONTROL.search(result.stdout) and not RAW_CONTROL.search(result.stderr)


ENTRY_POINTS: dict[str, Callable[[Path], None]] = {
    "analyze_transcript": _analyze_lib,
    "load_policy": _policy_lib,
    "load_audio": _audio_lib,
    "cli analyze": _analyze_cli,
    "cli analyze --policy": _analyze_policy_cli,
    "cli check": _check_cli,
}


@pytest.mark.parametrize("entry", ENTRY_POINTS)
@pytest.mark.parametrize("item", CORPUS)
def test_corpus_against_every_entry_point(tmp_path, fake_hearing, item, entry) -> None:
    path = CORPUS[item](tmp_path)
    with deadline():
        try:
            ENTRY_POINTS[entry](path)
        except VerifierError as e:
            assert "\n" not in str(e), str(e)


# --- 1. no hang on FIFOs and devices -----------------------------------------------------------

@pytest.mark.parametrize("make", [_fifo, _link("/dev/zero"), _link("/dev/urandom")],
                         ids=["fifo", "dev-zero", "dev-urandom"])
def test_check_refuses_pipes_and_devices_at_once(tmp_path, fake_model, make) -> None:
    path = make(tmp_path)
    with deadline(10):
        result = cli("check", str(path), "--language", "da")
    assert result.exit_code == EXIT_BAD_INPUT
    assert "not a regular file" in one_line_error(result.stderr)


def test_hashing_refuses_what_is_not_a_regular_file(tmp_path) -> None:
    with deadline(10):
        for path in (_fifo(tmp_path), _link("/dev/zero")(tmp_path)):
            with pytest.raises(OSError, match="not a regular file"):
                sha256_file(path)


def test_analyze_on_a_dev_zero_link_stops_at_once(tmp_path) -> None:
    """Through a real process with a 3 GB cap: before the fix this grew until memory ran out."""
    path = _link("/dev/zero")(tmp_path)
    proc = run_cli("analyze", str(path), timeout=30)
    assert proc.returncode == EXIT_BAD_INPUT
    assert "not a regular file" in one_line_error(proc.stderr)


def test_analyze_and_policy_on_a_fifo(tmp_path) -> None:
    fifo = _fifo(tmp_path)
    good = transcript_file(tmp_path, call("da", then(DA_OPENING, ("c", 13.5, 14.0, "Ja."))))
    with deadline(10):
        with pytest.raises(TranscriptError, match="not a regular file"):
            analyze_transcript(fifo)
        with pytest.raises(PolicyError, match="not a regular file"):
            load_policy(fifo)
        result = cli("analyze", str(good), "--policy", str(fifo))
    assert result.exit_code == EXIT_BAD_INPUT
    assert "not a regular file" in one_line_error(result.stderr)


# --- 3. policy numbers: finite and sane, or refused --------------------------------------------

LATE_YES = call("da", then(DA_OPENING, ("c", 53.0, 54.0, "Ja, det er fint.")))  # 40 s after the request


TIMING = {"disclosure_deadline_s": "60", "reply_window_s": "10", "stop_grace_s": "15"}


def _policy_text(key: str, value: str) -> str:
    """A policy's JSON with one number written as given (NaN and 1e308 are not json.dumps's)."""
    timing = {**TIMING, **({key: value} if key in TIMING else {})}
    body = ", ".join(f'"{k}": {v}' for k, v in timing.items())
    if key not in TIMING:
        body += f', "confidence": {{"{key}": {value}}}'
    return '{"id": "mine", ' + body + "}"


@pytest.mark.parametrize("key, value", [
    ("reply_window_s", "NaN"), ("reply_window_s", "Infinity"), ("reply_window_s", "1e308"),
    ("reply_window_s", "40"), ("reply_window_s", "-Infinity"), ("reply_window_s", "0"),
    ("disclosure_deadline_s", "1000000"), ("disclosure_deadline_s", "9" * 5000),
    ("stop_grace_s", "1e308"), ("stop_grace_s", "9" * 4000), ("stop_grace_s", "-1"),
    ("max_no_speech_prob", "NaN"), ("max_compression_ratio", "1e308"),
    ("min_avg_logprob", "-1e308"), ("review_unusable_share", "2"), ("review_avg_logprob", "true"),
], ids=lambda v: v[:12])
def test_policy_numbers_out_of_range_are_refused_in_one_line(tmp_path, key, value) -> None:
    path = policy_file(tmp_path, raw=_policy_text(key, value))
    with pytest.raises(PolicyError) as err:
        load_policy(path)
    message = str(err.value)
    assert (key in message or "NaN" in message or "Infinity" in message) and "\n" not in message
    assert len(message) < 300


def test_a_late_reply_never_becomes_consent_through_the_policy(tmp_path) -> None:
    assert analyze_transcript(LATE_YES, policy="dk").consent.status == "no_reply"
    for window in ("NaN", "Infinity", "1e308", "40"):
        path = policy_file(tmp_path, raw='{"id": "x", "disclosure_deadline_s": 60, "stop_grace_s": 15, '
                                         f'"reply_window_s": {window}}}')
        with pytest.raises(PolicyError, match="reply_window_s"):
            analyze_transcript(LATE_YES, policy=path)


def test_sane_user_policy_still_loads(tmp_path) -> None:
    path = policy_file(tmp_path, disclosure_deadline_s=600, reply_window_s=30, stop_grace_s=0,
                       confidence={"max_no_speech_prob": 1, "min_avg_logprob": -3})
    policy = load_policy(path)
    assert (policy.disclosure_deadline_s, policy.reply_window_s, policy.stop_grace_s) == (600, 30, 0)


@pytest.mark.parametrize("value", ["NaN", "Infinity", "1e308", "1000000"])
def test_check_with_an_absurd_deadline_is_one_line_exit_3(tmp_path, fake_model, value) -> None:
    """Before: tracebacks for NaN/Infinity/1e308, and a whole 2-hour call decoded for 1e6 s."""
    audio = write_wav(tmp_path / "c.wav", 2.0)
    path = policy_file(tmp_path, raw='{"id": "x", "reply_window_s": 10, "stop_grace_s": 15, '
                                     f'"disclosure_deadline_s": {value}}}')
    result = cli("check", str(audio), "--policy", str(path))
    assert result.exit_code == EXIT_BAD_INPUT
    assert "disclosure_deadline_s" in one_line_error(result.stderr)


# --- 5. one line instead of a traceback --------------------------------------------------------

@pytest.mark.parametrize("item", ["nested-5000-lists", "nested-100000-objects", "integer-4000-digits",
                                  "lone-surrogate", "nan-and-infinity", "utf16-json"])
def test_analyze_hostile_json_is_one_line_exit_3(tmp_path, item) -> None:
    path = CORPUS[item](tmp_path)
    result = cli("analyze", str(path))
    assert result.exit_code == EXIT_BAD_INPUT, result.output
    one_line_error(result.stderr)
    assert result.stdout == ""


@pytest.mark.parametrize("item", ["nested-5000-lists", "integer-5000-digits", "float-1e308",
                                  "nan-and-infinity"])
def test_hostile_policy_json_is_one_line_exit_3(tmp_path, item) -> None:
    path = CORPUS[item](tmp_path)
    good = transcript_file(tmp_path, call("da", then(DA_OPENING, ("c", 13.5, 14.0, "Ja."))))
    result = cli("analyze", str(good), "--policy", str(path))
    assert result.exit_code == EXIT_BAD_INPUT, result.output
    one_line_error(result.stderr)


def test_lone_surrogate_is_named(tmp_path) -> None:
    with pytest.raises(TranscriptError, match=r"segments\[3\]: field 'text' holds \\ud800 .*lone surrogate"):
        analyze_transcript(CORPUS["lone-surrogate"](tmp_path))


def test_deep_json_through_a_real_process(tmp_path) -> None:
    proc = run_cli("analyze", str(CORPUS["nested-100000-objects"](tmp_path)))
    assert proc.returncode == EXIT_BAD_INPUT
    assert "nested too deeply" in one_line_error(proc.stderr)


# --- 7. terminal escapes are escaped in everything printed for humans -------------------------

def test_summary_escapes_what_the_transcript_says(tmp_path) -> None:
    path = CORPUS["terminal-escapes"](tmp_path)
    result = cli("analyze", str(path), color=True)
    assert result.exit_code == 0
    shown = SGR.sub("", result.stdout)
    assert not RAW_CONTROL.search(shown), repr(shown)
    assert "\\x1b]0;owned\\x07" in shown and "\\u202eevil" in shown and "\\x00" in shown


def test_file_names_with_escapes_are_escaped(tmp_path) -> None:
    path = CORPUS["escape-in-file-name"](tmp_path)
    ok = cli("analyze", str(path))
    assert ok.exit_code == 0 and not RAW_CONTROL.search(ok.stdout)
    assert "\\x1b]0;owned\\x07\\u202e.json" in ok.stdout
    path.write_text("{")
    bad = cli("analyze", str(path))
    assert bad.exit_code == EXIT_BAD_INPUT
    assert not RAW_CONTROL.search(bad.stderr) and "\\x1b]0;owned" in one_line_error(bad.stderr)


def test_usage_errors_and_logs_are_escaped(tmp_path) -> None:
    result = cli("analyze", str(tmp_path / "\x1b]0;x\x07.json"), "--policy", "dk", "--bogus\x1b[2J")
    assert result.exit_code == 2 and not RAW_CONTROL.search(result.stderr)
    record = logging.LogRecord("verifier", logging.WARNING, __file__, 1, "file %s", ("\x1b]0;x\x07",), None)
    assert cli_module._SafeFormatter("%(message)s").format(record) == "file \\x1b]0;x\\x07"


def test_printable_keeps_ordinary_text() -> None:
    printable = cli_module.printable
    text = "Ja tak, det er fint. Æble, øl, å — «optagelsen» 😀"
    assert printable(text) == text
    assert printable("a\nb") == "a\\x0ab" and printable("a\nb", keep_newlines=True) == "a\nb"


def test_json_output_keeps_the_words_exactly(tmp_path) -> None:
    """--json is data, not for humans: the words stay exact (JSON escapes the control characters)."""
    result = cli("analyze", str(CORPUS["terminal-escapes"](tmp_path)), "--json")
    assert result.exit_code == 0 and not RAW_CONTROL.search(result.stdout.replace("\u202e", "").replace(
        "\u202c", ""))
    record = json.loads(result.stdout)
    assert ESCAPES in _strings(record), "the words in --json must be exact"


def _strings(value: object) -> list[str]:
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return [value] if isinstance(value, str) else []


# --- 8. exit code of `check` on unreadable audio: 3, as the README says -----------------------

@pytest.mark.parametrize("item", ["folder", "empty", "wav-zero-channels", "binary-garbage"])
def test_check_on_unreadable_audio_exits_3(tmp_path, fake_model, item) -> None:
    path = CORPUS[item](tmp_path)
    result = cli("check", str(path))
    assert result.exit_code == EXIT_BAD_INPUT
    one_line_error(result.stderr)
    assert result.stdout == ""
    as_json = cli("check", str(path), "--json")
    assert as_json.exit_code == EXIT_BAD_INPUT
    record = json.loads(as_json.stdout)
    assert record["verdict"] == "needs_review" and record["reasons"][0]["code"] == "AUDIO_UNREADABLE"


def test_check_on_readable_audio_exits_0(tmp_path, fake_hearing) -> None:
    result = cli("check", str(write_wav(tmp_path / "c.wav", 3.0)), "--json")
    assert result.exit_code == 0 and json.loads(result.stdout)["verdict"]


# --- 10. a truncated WAV says so ----------------------------------------------------------------

def test_truncated_wav_warns_in_the_audio_and_in_the_record(tmp_path, fake_hearing) -> None:
    path = CORPUS["truncated-wav"](tmp_path)
    audio = load_audio(path)
    assert any("shorter than its header" in w for w in audio.warnings), audio.warnings
    result = cli("check", str(path), "--json")
    assert result.exit_code == 0
    warnings = json.loads(result.stdout)["analysis"]["warnings"]
    assert any("shorter than its header" in w and "10.0 s" in w for w in warnings), warnings


def test_whole_wav_has_no_truncation_warning(tmp_path) -> None:
    assert load_audio(write_wav(tmp_path / "w.wav", 2.0)).warnings == ()


# --- 11. nothing written outside the requested outputs (onnxruntime telemetry) ----------------

def _files(*folders: Path) -> list[Path]:
    return sorted(p for f in folders for p in f.rglob("*") if p.is_file())


def test_vad_writes_no_telemetry(tmp_path) -> None:
    """Silero VAD runs on onnxruntime, which by default writes a device id and an event queue
    under ~/.cache/Microsoft/DeveloperTools/ as soon as it is imported."""
    home, tmp = tmp_path / "home", tmp_path / "tmp"
    home.mkdir()
    tmp.mkdir()
    code = ("import numpy as np\n"
            "from verifier.hearing.transcribe import TranscribeOptions, speech_chunks\n"
            "x = np.random.default_rng(0).normal(0, 0.1, 32000).astype(np.float32)\n"
            "speech_chunks(x, TranscribeOptions())\n")
    env = {k: v for k, v in os.environ.items() if k not in ("ORT_DISABLE_TELEMETRY", "XDG_CACHE_HOME")}
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                          cwd=tmp, env={**env, "HOME": str(home), "TMPDIR": str(tmp)})
    assert proc.returncode == 0, proc.stderr
    assert _files(home, tmp) == []


@pytest.mark.model
def test_check_writes_nothing_outside_its_output(tmp_path) -> None:
    """One real `check` of one sample (the main --help example) with HOME, TMPDIR and the working
    folder empty: nothing appears in any of them, and it prints a record."""
    home, tmp, work = tmp_path / "home", tmp_path / "tmp", tmp_path / "work"
    for d in (home, tmp, work):
        d.mkdir()
    sample = REPO / "samples" / "da_compliant_stereo.wav"
    env = {"HOME": str(home), "TMPDIR": str(tmp), "XDG_CACHE_HOME": str(home / ".cache")}
    env_clean = {k: v for k, v in os.environ.items() if k != "ORT_DISABLE_TELEMETRY"}
    proc = subprocess.run([sys.executable, "-m", "verifier.cli", "check", str(sample), "--json"],
                          capture_output=True, text=True, timeout=300, cwd=work,
                          env={**env_clean, **env})
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["verdict"]
    assert _files(home, tmp, work) == []


# --- 12. the examples in --help and the README run -----------------------------------------------

def _help_examples() -> list[str]:
    out = []
    for args in ([], ["analyze"], ["check"], ["batch"], ["model"]):
        text = cli(*args, "--help").stdout
        out += [line.strip() for line in text.splitlines() if line.strip().startswith("consent-verifier ")]
    return out


def _readme_commands() -> list[str]:
    """Commands in the README's code blocks (fenced or indented), comments dropped."""
    out, fenced = [], False
    for line in (REPO / "README.md").read_text("utf-8").splitlines():
        if line.startswith("```"):
            fenced = not fenced
            continue
        if not (fenced or line.startswith("    ")) or "consent-verifier " not in line:
            continue
        command = line[line.index("consent-verifier "):].split("  #")[0].strip()
        if command.split()[1] in ("analyze", "check", "batch", "model"):
            out.append(command)
    return out


def _synopsis(command: str) -> bool:
    return any(c in command for c in "[|") or re.search(r"\b[A-Z]{3,}\b", command) is not None


def test_examples_were_found() -> None:
    examples = _help_examples()
    assert len(examples) >= 6 and any(" check " in e for e in examples)
    assert len(_readme_commands()) >= 5


def test_every_example_names_files_that_exist() -> None:
    """The bug of issue 15: help examples named samples that do not exist."""
    for example in _help_examples() + [c for c in _readme_commands() if not _synopsis(c)]:
        for word in shlex.split(example):
            if word.startswith("samples/"):
                assert (REPO / word).exists(), f"{example}: {word} does not exist"


def test_synopsis_options_exist() -> None:
    lines = list(filter(_synopsis, _readme_commands()))
    assert len(lines) >= 3
    for line in lines:
        command = main.commands[line.split()[1]]
        options = {o for p in command.params for o in p.opts}
        for option in re.findall(r"--[a-z-]+", line):
            assert option in options, (line, option)


def _run_example(command: str, tmp_path: Path, monkeypatch) -> object:
    """Run one example from the repository root; outputs are redirected into tmp_path."""
    words = shlex.split(command)[1:]
    words = [str(tmp_path / Path(w).name) if w.endswith((".jsonl", ".csv")) else w for w in words]
    if words[0] == "batch" and words[1] == "calls.txt":
        calls = tmp_path / "calls.txt"
        calls.write_text(f"{REPO}/samples/da_refused_mono.wav\n{REPO}/samples/no_refused_mono.wav\n")
        words[1] = str(calls)
    monkeypatch.chdir(REPO)
    return cli(*words)


@pytest.mark.parametrize("example", [e for e in dict.fromkeys(_help_examples() + _readme_commands())
                                     if " analyze " in e and not _synopsis(e)])
def test_analyze_examples_run(tmp_path, monkeypatch, example) -> None:
    result = _run_example(example, tmp_path, monkeypatch)
    assert result.exit_code == 0, (example, result.output)


@pytest.mark.parametrize("example", [e for e in dict.fromkeys(_help_examples() + _readme_commands())
                                     if " check " in e and not _synopsis(e)])
def test_check_examples_run(tmp_path, monkeypatch, fake_hearing, example) -> None:
    """Real decoding of the named sample; the recogniser is a stand-in (the real model runs the
    main example in test_check_writes_nothing_outside_its_output)."""
    result = _run_example(example, tmp_path, monkeypatch)
    assert result.exit_code == 0, (example, result.output)
    if "--json" in example:
        assert json.loads(result.stdout)["source"]["sha256"]


# --- batch: the records file and the CSV under hostile conditions (items 2, 4, 5, 6, 9) --------

def _batch(source: Path, output: Path, **kw: object):
    from fake_verifier import FakeVerifier

    from verifier.batch import BatchOptions, run_batch

    kw.setdefault("workers", 1)
    return run_batch(source, output, options=BatchOptions(**kw), verifier=FakeVerifier())


def _calls(folder: Path, n: int, prefix: str = "c") -> Path:
    from fake_verifier import audio

    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"{prefix}{i}.wav").write_bytes(audio("compliant", f"{prefix}{i}"))
    return folder


def _lines(path: Path) -> list[dict]:
    data = path.read_bytes()
    assert not data or data.endswith(b"\n"), "the records file must end at a whole line"
    return [json.loads(line) for line in data.splitlines()]


def _superseding_run(tmp_path: Path) -> tuple[Path, Path]:
    """A records file and a source where a resumed run supersedes one record (so it compacts)."""
    from fake_verifier import audio

    src = _calls(tmp_path / "src", 2)
    out = tmp_path / "records.jsonl"
    _batch(src, out)
    (src / "c0.wav").write_bytes(audio("non_compliant", "changed"))
    return src, out


def test_a_second_batch_cannot_slip_into_the_compaction_gap(tmp_path, monkeypatch) -> None:
    """Racing batches with a forced gap: a second run starts while the first one compacts. It
    must be refused, or its record must survive; before, it said "1 checked" and its record was
    gone (appended to the file the first run's rename replaced)."""
    import verifier.batch.records_file as records_file

    src, out = _superseding_run(tmp_path)
    other = _calls(tmp_path / "other", 1, prefix="late")
    real = records_file.iter_records
    second: dict[str, object] = {}

    reads: list[str] = []

    def gap(path):
        reads.append(path)
        yield from real(path)
        # The end of the compaction's rewrite pass, just before its rename: the moment the old
        # code held no lock.
        if len(reads) == 2 and not second:
            second["started"] = True
            try:
                second["summary"] = _batch(other, out, resume=True)
            except VerifierError as e:
                second["refused"] = str(e)

    monkeypatch.setattr(records_file, "iter_records", gap)
    _batch(src, out, resume=True)
    final = {r["call_id"] for r in _lines(out)}
    assert len(second) == 2, "the hook did not run: no compaction happened"
    if "refused" in second:
        assert "another batch" in str(second["refused"])
    else:
        assert "late0.wav" in final, "the second run's record was lost"
    assert final >= {"c0.wav", "c1.wav"}
    assert not list(tmp_path.glob(".compact-*"))


def test_writer_that_locks_a_replaced_file_opens_the_new_one(tmp_path, monkeypatch) -> None:
    """Between a second run's open and its lock, the first run's compaction renames a new file
    over the path: the second run must append to the new file, not to the discarded one."""
    import fcntl as real_fcntl

    import verifier.batch.records_file as records_file

    out = tmp_path / "records.jsonl"
    out.write_bytes(b'{"call_id": "a", "verdict": "compliant"}\n')
    replacement = tmp_path / "new.jsonl"
    replacement.write_bytes(b'{"call_id": "b", "verdict": "compliant"}\n')
    calls = []

    class Fcntl:
        def __getattr__(self, name):
            return getattr(real_fcntl, name)

        @staticmethod
        def flock(fd, op):
            if not calls:
                os.replace(replacement, out)  # the other run's compaction lands here
            calls.append(fd)
            return real_fcntl.flock(fd, op)

    monkeypatch.setattr(records_file, "fcntl", Fcntl())
    with records_file.RecordsWriter(out, mode="resume") as writer:
        writer.write(b'{"call_id": "c", "verdict": "compliant"}\n')
    assert [r["call_id"] for r in _lines(out)] == ["b", "c"]


def test_records_file_behind_a_symlink_stays_a_symlink(tmp_path) -> None:
    """Before: compaction replaced the link with a regular file; the target kept a stale copy."""
    src = _calls(tmp_path / "src", 2)
    target = tmp_path / "store" / "records.jsonl"
    target.parent.mkdir()
    link = tmp_path / "records.jsonl"
    link.symlink_to(target)
    _batch(src, link)
    from fake_verifier import audio

    (src / "c0.wav").write_bytes(audio("non_compliant", "changed"))
    summary = _batch(src, link, resume=True)
    assert summary.superseded == 1
    assert link.is_symlink() and link.resolve() == target.resolve()
    assert [r["call_id"] for r in _lines(target)] == ["c1.wav", "c0.wav"]
    assert _lines(target)[-1]["verdict"] == "non_compliant"


@pytest.mark.parametrize("alias", ["same", "symlink", "hardlink", "relative"])
def test_csv_equal_to_output_is_refused_before_the_run(tmp_path, monkeypatch, alias) -> None:
    src = _calls(tmp_path / "src", 2)
    out = tmp_path / "records.jsonl"
    _batch(src, out)
    before = out.read_bytes()
    csv_path = {"same": out, "symlink": tmp_path / "link.csv", "hardlink": tmp_path / "hard.csv",
                "relative": Path("records.jsonl")}[alias]
    if alias == "symlink":
        csv_path.symlink_to(out)
    elif alias == "hardlink":
        os.link(out, csv_path)
    monkeypatch.chdir(tmp_path)
    with pytest.raises(VerifierError, match="names the records file"):
        _batch(src, out, resume=True, csv_path=csv_path)
    assert out.read_bytes() == before


@pytest.mark.parametrize("device", ["/dev/full", "/dev/null", "fifo"])
def test_output_that_is_not_a_regular_file_is_refused(tmp_path, device) -> None:
    src = _calls(tmp_path / "src", 1)
    if device == "fifo":
        device = str(_fifo(tmp_path))
    with deadline(10), pytest.raises(VerifierError, match="must be a regular file"):
        _batch(src, Path(device))
    with deadline(10), pytest.raises(VerifierError, match="must be a regular file"):
        _batch(src, tmp_path / "records.jsonl", csv_path=Path(device))


def test_batch_output_devices_through_the_console(tmp_path) -> None:
    """`batch -o /dev/full | /dev/null | /dev/stdout` (a pipe here): one line, exit 3, before
    any call is checked (so no model is needed)."""
    src = _calls(tmp_path / "src", 1)
    for target in ("/dev/full", "/dev/null", "/dev/stdout"):
        proc = run_cli("batch", str(src), "-o", target, "--workers", "1")
        assert proc.returncode == EXIT_BAD_INPUT, (target, proc.stderr)
        assert "must be a regular file" in one_line_error(proc.stderr)


@contextlib.contextmanager
def _mounted_tmpfs(folder: Path, options: str) -> Iterator[Path]:
    folder.mkdir(exist_ok=True)
    proc = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)],
                          capture_output=True, text=True)
    if proc.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here (needs root or CAP_SYS_ADMIN): {proc.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)


def test_csv_into_a_read_only_folder_is_refused_before_any_call(tmp_path) -> None:
    """Before: every call was checked, and only then did writing the CSV fail."""
    src = _calls(tmp_path / "src", 3)
    out = tmp_path / "records.jsonl"
    with _mounted_tmpfs(tmp_path / "ro", "ro,size=64k") as ro:
        with pytest.raises(VerifierError, match="cannot write a file in"):
            _batch(src, out, csv_path=ro / "summary.csv")
    assert not out.exists() or out.read_bytes() == b""


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders; the tmpfs test covers root")
def test_csv_into_a_folder_without_write_permission(tmp_path) -> None:
    src = _calls(tmp_path / "src", 1)
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    with pytest.raises(VerifierError, match="cannot write a file in"):
        _batch(src, tmp_path / "records.jsonl", csv_path=locked / "summary.csv")


def test_full_disk_leaves_whole_lines(tmp_path) -> None:
    """A tiny file system filled by the run: the run stops with one error and the records file
    ends at a whole line (before, a half-written record stayed until a --resume)."""
    src = _calls(tmp_path / "src", 40)
    with _mounted_tmpfs(tmp_path / "tiny", "size=16k") as tiny:
        (tiny / "filler").write_bytes(b"x" * (12 * 1024 - 700))
        out = tiny / "records.jsonl"
        with pytest.raises(VerifierError, match="cannot write"):
            _batch(src, out)
        records = _lines(out)
        assert 0 < len(records) < 40
        assert not list(tiny.glob(".compact-*")) and not list(tiny.glob(".csv-*"))


FILL_CODE = """
import resource, signal, sys
from verifier.batch.records_file import OutputError, RecordsWriter
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
resource.setrlimit(resource.RLIMIT_FSIZE, (2500, 2500))
line = b'{"call_id": "%d", "pad": "' + b"x" * 900 + b'"}\\n'
try:
    with RecordsWriter(sys.argv[1], mode="new") as w:
        for i in range(10):
            w.write(line.replace(b"%d", str(i).encode()))
except OutputError as e:
    print(e)
"""


def test_file_size_limit_leaves_whole_lines(tmp_path) -> None:
    """The same without a mount: a file-size limit makes the third line a short write."""
    out = tmp_path / "records.jsonl"
    proc = subprocess.run([sys.executable, "-c", FILL_CODE, str(out)], capture_output=True,
                          text=True, timeout=60)
    assert "cannot write" in proc.stdout, proc.stdout + proc.stderr
    assert len(_lines(out)) == 2


@pytest.mark.parametrize("name", ["out.wav", "deeper/out.MP3"])
def test_output_inside_the_source_with_an_audio_name_is_refused(tmp_path, name) -> None:
    """Before: `batch DIR -o DIR/out.wav` checked its own output as a call."""
    src = _calls(tmp_path / "src", 2)
    (src / "deeper").mkdir()
    with pytest.raises(VerifierError, match="inside SOURCE"):
        _batch(src, src / name)
    with pytest.raises(VerifierError, match="inside SOURCE"):
        _batch(src, tmp_path / "records.jsonl", csv_path=src / name)
    assert not (src / name).exists()


def test_output_that_is_the_source_file_is_refused(tmp_path) -> None:
    call_file = _calls(tmp_path / "src", 1) / "c0.wav"
    before = call_file.read_bytes()
    with pytest.raises(VerifierError, match="is SOURCE itself"):
        _batch(call_file, call_file, overwrite=True)
    assert call_file.read_bytes() == before


def test_records_file_inside_the_source_with_its_own_name_is_fine(tmp_path) -> None:
    src = _calls(tmp_path / "src", 2)
    summary = _batch(src, src / "records.jsonl", csv_path=src / "summary.csv")
    assert summary.records == 2


def _hearing_batch(monkeypatch) -> None:
    """`batch` through the CLI as typed, each call decoded for real and heard by `Hears`."""
    import verifier.batch as batch_module
    from verifier.verify import Verifier

    real = batch_module.run_batch

    def run_batch(source, output, *, options, **kw):
        return real(source, output, options=options,
                    verifier=Verifier(options.verifier, recognizer=HearsInWorkers()), **kw)

    monkeypatch.setattr(batch_module, "run_batch", run_batch)


class HearsInWorkers:
    """`Hears` for batch workers: a class of its own, since the fixture that puts `Hears` in
    place of the model makes the verifier treat `Hears` as the model (and reload it)."""

    speech_chunks = Hears.speech_chunks
    detect_language = Hears.detect_language
    transcribe = Hears.transcribe


def _ray_example(command: str) -> bool:
    return "--engine ray" in command


@pytest.mark.parametrize("example", [e for e in dict.fromkeys(_help_examples() + _readme_commands())
                                     if " batch " in e and not _synopsis(e)])
def test_batch_examples_run(tmp_path, monkeypatch, fake_hearing, example) -> None:
    words = shlex.split(example)[1:]
    if _ray_example(example):
        # The options are checked (click parses them); running needs a Ray cluster.
        words = [str(tmp_path) if w.startswith("/mnt/") and i == 1 else w for i, w in enumerate(words)]
        context = main.commands["batch"].make_context("batch", words[1:])
        assert context.params["engine"] == "ray"
        pytest.skip("needs a Ray cluster (--address); its options parse")
    _hearing_batch(monkeypatch)
    result = _run_example(example, tmp_path, monkeypatch)
    assert result.exit_code in ((0, 1) if "--fail-on" in example else (0,)), (example, result.output)
    records = _lines(tmp_path / "records.jsonl")
    assert records and all(r["source"].get("sha256") for r in records), records[:1]


def test_batch_summary_escapes_names(tmp_path, monkeypatch) -> None:
    from fake_verifier import audio

    src = tmp_path / "src"
    src.mkdir()
    (src / "a\x1b]0;owned\x07.wav").write_bytes(audio("compliant"))
    (src / "unreadable\u202e.wav").write_bytes(b"nothing")
    from fake_verifier import FakeVerifier

    import verifier.batch as batch_module

    real = batch_module.run_batch
    monkeypatch.setattr(batch_module, "run_batch",
                        lambda s, o, *, options, **kw: real(s, o, options=options, verifier=FakeVerifier(), **kw))
    out = tmp_path / "records\x1b[2J.jsonl"
    for extra in ([], ["--json"]):
        result = cli("batch", str(src), "-o", str(out), "--overwrite", "--workers", "1", *extra)
        assert result.exit_code == 0, result.output
        assert not RAW_CONTROL.search(result.stdout) and not RAW_CONTROL.search(result.stderr)
