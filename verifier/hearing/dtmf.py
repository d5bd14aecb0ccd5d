"""DTMF key presses in call audio: a vectorised Goertzel-style filter bank with talk-off checks.

Every 5 ms a 25 ms Hann-windowed frame is correlated with the eight DTMF frequencies in one
matrix product (the signal is cut into hop-sized blocks, so no frame copy is made). The phase
advance of each frequency's coefficient between neighbouring frames measures the tone's true
frequency to a few hertz, far finer than the 40 Hz bin, which is what lets the detector accept
±1.5 % and reject ±3.5 % offsets (ITU-T Q.24) on tones as short as 40 ms. A frame counts as a
digit only if it passes the usual anti-talk-off checks (level, twist, one clear row and column
peak, tone-to-total energy); runs of such frames become presses whose edges are read from the
tone envelope, so start and duration do not depend on the frame size. A press must then be long
enough, mostly made of valid frames, steady in frequency and free of strong second harmonics.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import numpy as np

from ..engine.transcript import Event

ROW_HZ = (697.0, 770.0, 852.0, 941.0)
COL_HZ = (1209.0, 1336.0, 1477.0, 1633.0)
KEYPAD = ("123A", "456B", "789C", "*0#D")
_FREQS = np.array(ROW_HZ + COL_HZ)
MIN_SAMPLE_RATE = 8000

# Framing. The hop sets the frequency meter's unambiguous range, ±1/(2*hop) = ±100 Hz, wider
# than any offset that could still pass; the 25 ms window (40 Hz bins) puts the nearest foreign
# row tone (~62 Hz away at worst) ~16 dB down and leaves 3-4 whole frames inside a 40 ms tone.
HOP_S = 0.005
WINDOW_HOPS = 5
# Frequency tolerance: Q.24 asks to accept within ±1.5 % and reject beyond ±3.5 %; we cut in
# the middle so that measurement noise has a full 1 % of margin on either side.
MAX_FREQ_DEVIATION = 0.025
# Levels are dBFS of one tone, 0 dBFS being a full-scale sine. Tones at -25 dBFS must be found
# (the Bellcore figure is 26 dB of attenuation); the floor sits 13 dB lower, still far above
# mu-law/A-law idle noise (about -70 dBFS).
MIN_TONE_DBFS = -38.0
# Twist, as in the AT&T/Bellcore receiver figures that Asterisk and spandsp implement: the column
# tone may be up to 8 dB louder than the row tone (normal twist), the row up to 4 dB (reverse).
MAX_NORMAL_TWIST_DB = 8.0
MAX_REVERSE_TWIST_DB = 4.0
# Anti-talk-off. The chosen row (column) must beat the runner-up by this much (spandsp's
# relative-peak figure); a clean tone's leakage into its nearest neighbour is >=16 dB down.
MIN_PEAK_MARGIN_DB = 8.0
# The two tones must carry this share of the frame's energy (DC removed). Clean and codec'd tones
# give 0.95-1.0, a tone 10 dB over white noise about 0.9. On the real-speech clips no frame that
# passed the other checks came above 0.4, on espeak-ng speech none above 0.52; a chord of three
# equal sines, two of them on a key's tones, gives 0.67.
MIN_TONE_TO_TOTAL = 0.75
# Instruments and voices have harmonics, a DTMF generator is close to two pure sines: a press is
# rejected when a 2nd harmonic is within 15 dB of its tone (mu-law distortion is ~35 dB down).
MAX_HARMONIC_DB = -15.0
# The harmonic check needs a 50 ms DFT per frame, so it runs on this many frames spread over a
# press (a generator's spectrum does not change within a press); half of them must pass.
HARMONIC_FRAMES = 5
# Leakage of a tone into the harmonic probe (50 ms Hann, 20 Hz bins) is >30 dB down past 50 Hz.
HARMONIC_CLEARANCE_HZ = 50.0
# Nominal column/row ratios are 1.73-2.34; a ±1.5 % pair gets no nearer to 2:1 than 1.25 %, so a
# "column" at twice the "row" within 0.5 % (about 7 Hz, several times our frequency error) is
# one sound and its second harmonic, not a key.
MIN_HARMONIC_PAIR_GAP = 0.005
# Presses. Q.24 (figures vary by administration): tones of 40 ms must be recognised, ones under
# 20-24 ms must not; breaks up to 10 ms are bridged, pauses of 40 ms separate two presses. We cut
# between each pair; edges are measured to about 1 ms.
MIN_TONE_S = 0.032
MIN_GAP_S = 0.025
# A press must hold at least this many valid frames, and this share of the frames between its
# half-amplitude edges: a clean 40 ms tone gives 6 of 8, one 6 dB over white noise 4 of 8.
MIN_VALID_FRAMES = 3
MIN_VALID_SHARE = 0.4
# A key's tones are steady: across a press the measured frequencies of its valid frames may
# spread by this much (0.2 % clean, up to 1.2 % under speech at -10 dB). Two gliding tones that
# pass through a key's frequencies together drift further and are not taken for a key.
MAX_DRIFT = 0.02
# How far (in frames, 1 s) a press may extend beyond its valid frames; only bounds the search.
MAX_EXTENSION = round(1.0 / HOP_S)


@dataclass(frozen=True)
class _Bank:
    """The per-sample-rate filter bank: window, block layout and projection matrices."""

    hop: int  # samples per block (one hop)
    frame: int  # samples per frame (WINDOW_HOPS blocks)
    linear: np.ndarray  # (hop, WINDOW_HOPS * 17): cos and sin at 8 tones, then w**2 for the mean
    square: np.ndarray  # (hop, WINDOW_HOPS): w**2, for the frame energy
    window: np.ndarray
    rotation: np.ndarray  # exp(-j 2 pi f hop / fs): phase one hop adds at each nominal tone
    long_window: np.ndarray  # Hann of two frames, for the second-harmonic probe


@dataclass
class _Frames:
    """What the bank measured in every frame, and the verdict of the per-frame checks."""

    coef: np.ndarray  # (n, 8) complex coefficients at the nominal tones
    raw: np.ndarray  # (n, 8) tone powers as measured (a full-scale sine has 0.5)
    total: np.ndarray  # (n,) frame power, DC removed
    digit: np.ndarray  # (n,) keypad index row*4 + col, or -1
    offset: np.ndarray  # (n, 2) relative frequency offsets of the frame's row and column tone
    power: np.ndarray  # (n, 2) their powers corrected for the window's loss at that offset


@functools.lru_cache(maxsize=8)
def _bank(sample_rate: int) -> _Bank:
    """Build (once per rate) the matrices that give every frame's coefficients in one product."""
    hop = round(HOP_S * sample_rate)
    frame = hop * WINDOW_HOPS
    window = np.hanning(frame + 2)[1:-1]
    phase = 2 * np.pi * np.outer(np.arange(frame), _FREQS) / sample_rate
    columns = np.hstack([window[:, None] * np.cos(phase), window[:, None] * np.sin(phase),
                         (window**2)[:, None]])
    linear = columns.reshape(WINDOW_HOPS, hop, -1).transpose(1, 0, 2).reshape(hop, -1)
    square = (window**2).reshape(WINDOW_HOPS, hop).T
    rotation = np.exp(-2j * np.pi * _FREQS * hop / sample_rate)
    return _Bank(hop, frame, linear.astype(np.float32), square.astype(np.float32), window,
                 rotation, np.hanning(2 * frame + 2)[1:-1])


def _analyse(x: np.ndarray, bank: _Bank) -> _Frames:
    """Tone coefficients and powers and the total power of every frame, from two products."""
    blocks = x.reshape(-1, bank.hop)
    n = blocks.shape[0] - WINDOW_HOPS + 1
    # Frame i is blocks i..i+4; block b's product with slice m of the bank feeds frame b - m.
    lin = (blocks @ bank.linear).reshape(blocks.shape[0], WINDOW_HOPS, -1)
    sq = (blocks * blocks) @ bank.square
    sums = sum(lin[m:m + n, m, :] for m in range(WINDOW_HOPS)).astype(np.float64)
    energy = sum(sq[m:m + n, m] for m in range(WINDOW_HOPS)).astype(np.float64)
    coef = sums[:, :8] - 1j * sums[:, 8:16]
    w2_sum = (bank.window**2).sum()
    total = np.maximum(energy - sums[:, 16] ** 2 / w2_sum, 0.0) / w2_sum
    # |coef| of a sine of amplitude A is A/2 * sum(w); its power is A**2/2.
    raw = 2 * np.abs(coef) ** 2 / bank.window.sum() ** 2
    return _Frames(coef, raw, total, np.full(n, -1), np.zeros((n, 2)), np.zeros((n, 2)))


def _measure(f: _Frames, frames: np.ndarray, tones: np.ndarray, bank: _Bank,
             sample_rate: int) -> tuple[np.ndarray, np.ndarray]:
    """Relative frequency offsets and loss-corrected powers of (n, 2) tones at n frames."""
    c = f.coef
    before = c[frames[:, None] - 1, tones]
    here, after = c[frames[:, None], tones], c[frames[:, None] + 1, tones]
    # Phase advance over one hop, from the pairs before and after the frame, less the nominal's.
    advance = (after * np.conj(here) + here * np.conj(before)) * bank.rotation[tones]
    offset_hz = np.angle(advance) * sample_rate / (2 * np.pi * bank.hop)
    bins = offset_hz * bank.frame / sample_rate
    gain = np.abs(np.sinc(bins) / np.where(np.abs(1 - bins**2) < 1e-6, 1e-6, 1 - bins**2))
    # Hann response; floor at its value one bin off (0.5), past which the frame fails anyway.
    return offset_hz / _FREQS[tones], f.raw[frames[:, None], tones] / np.maximum(gain, 0.5) ** 2


def _pick(raw: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Loudest of four tones per frame and its power ratio to the runner-up."""
    best = np.argmax(raw, axis=1)
    second = np.partition(raw, 2, axis=1)[:, 2]
    return best, raw[np.arange(len(raw)), best] / np.maximum(second, 1e-30)


def _classify(f: _Frames, bank: _Bank, sample_rate: int) -> None:
    """Set digit, offset and power of every frame that passes the per-frame checks."""
    row, row_margin = _pick(f.raw[:, :4])
    col, col_margin = _pick(f.raw[:, 4:])
    tones = np.stack([row, col + 4], axis=1)
    min_power = 10 ** (MIN_TONE_DBFS / 10) / 2
    loudest = np.take_along_axis(f.raw, tones, axis=1)
    # Cheap checks first; the window-loss correction is at most 4x (6 dB) in power.
    maybe = (loudest.min(axis=1) * 4 >= min_power) & (row_margin >= 10 ** (MIN_PEAK_MARGIN_DB / 10))
    maybe &= col_margin >= 10 ** (MIN_PEAK_MARGIN_DB / 10)
    frames = np.flatnonzero(maybe)
    frames = frames[(frames > 0) & (frames < len(maybe) - 1)]
    offset, power = _measure(f, frames, tones[frames], bank, sample_rate)
    p_row, p_col = power[:, 0], power[:, 1]
    ok = np.all(power >= min_power, axis=1) & np.all(np.abs(offset) <= MAX_FREQ_DEVIATION, axis=1)
    ok &= p_col <= p_row * 10 ** (MAX_NORMAL_TWIST_DB / 10)
    ok &= p_row <= p_col * 10 ** (MAX_REVERSE_TWIST_DB / 10)
    ok &= p_row + p_col >= MIN_TONE_TO_TOTAL * f.total[frames]
    f.offset[frames], f.power[frames] = offset, power
    f.digit[frames[ok]] = (row * 4 + col)[frames[ok]]


def _harmonics_ok(x: np.ndarray, f: _Frames, frames: np.ndarray, bank: _Bank,
                  sample_rate: int) -> np.ndarray:
    """Second-harmonic check on frames of one digit: both harmonics well below their tones."""
    tones = np.array([f.digit[frames[0]] // 4, 4 + f.digit[frames[0]] % 4])
    measured = _FREQS[tones] * (1 + f.offset[frames])  # (n, 2) in Hz; 2x stays below 3.4 kHz
    # The window is twice the frame's: a row tone's harmonic lies 58-93 Hz from some column
    # tone, and this puts that tone's leakage >30 dB down instead of ~14 dB.
    window = bank.long_window
    size = len(window)
    starts = frames * bank.hop + bank.frame // 2 - size // 2
    segments = np.lib.stride_tricks.sliding_window_view(x, size)[starts]
    probes = window * np.exp(-4j * np.pi * measured[:, :, None] * np.arange(size) / sample_rate)
    harm = 2 * np.abs(np.einsum("fn,fkn->fk", segments, probes)) ** 2 / window.sum() ** 2
    ok = harm <= f.power[frames] * 10 ** (MAX_HARMONIC_DB / 10)
    # Within tolerance the row's harmonic can fall on the column tone itself (digits 2, 6, C):
    # there the probe measures the column tone, so only the 2:1 pair rule applies.
    gap = np.abs(2 * measured[:, 0] - measured[:, 1])
    ok[:, 0] |= gap < HARMONIC_CLEARANCE_HZ
    return np.all(ok, axis=1) & (gap > MIN_HARMONIC_PAIR_GAP * measured[:, 1])


def _runs(mask: np.ndarray) -> list[tuple[int, int]]:
    """Inclusive (first, last) index pairs of the runs of True in a boolean array."""
    edges = np.flatnonzero(np.diff(np.concatenate([[0], mask.astype(np.int8), [0]])))
    return [(int(s), int(e) - 1) for s, e in zip(edges[::2], edges[1::2], strict=True)]


def _crossing(env: np.ndarray, inside: int, outside: int) -> float:
    """Fractional frame index where the envelope crosses one half between two frames."""
    if outside < 0 or outside >= len(env) or env[inside] == env[outside]:
        return float(inside)
    a, b = env[inside], env[outside]
    return inside + (outside - inside) * (a - 0.5) / (a - b)


@dataclass(frozen=True)
class _Press:
    """A candidate press: fractional half-amplitude edges and the whole frames between them."""

    digit: int
    start: float
    end: float
    first: int
    last: int


def _spans(digit: int, hits: np.ndarray, f: _Frames) -> list[_Press]:
    """Stretches where both tones of a digit stay above half the level they have in its hits."""
    amp = np.sqrt(f.raw[:, [digit // 4, 4 + digit % 4]])
    bridged = hits | (np.roll(hits, 1) & np.roll(hits, -1))  # one dropped frame
    found = []
    for first, last in _runs(bridged):
        ref = np.median(amp[first:last + 1][hits[first:last + 1]], axis=0)
        lo, hi = max(0, first - MAX_EXTENSION), min(len(hits) - 1, last + MAX_EXTENSION)
        env = np.min(amp[lo:hi + 1] / np.maximum(ref, 1e-30), axis=1)
        for start, stop in _runs(env >= 0.5):
            if lo + start <= last and lo + stop >= first:
                found.append(_Press(digit, lo + _crossing(env, start, start - 1),
                                    lo + _crossing(env, stop, stop + 1), lo + start, lo + stop))
    return found


def _press_ok(press: _Press, f: _Frames, x: np.ndarray, bank: _Bank, sample_rate: int) -> bool:
    """Long enough, mostly valid frames, steady tones, and no strong second harmonics."""
    hits = press.first + np.flatnonzero(f.digit[press.first:press.last + 1] == press.digit)
    frames = press.last - press.first + 1
    if (press.end - press.start) * bank.hop / sample_rate < MIN_TONE_S:
        return False
    if len(hits) < max(MIN_VALID_FRAMES, MIN_VALID_SHARE * frames):
        return False
    if np.any(np.ptp(f.offset[hits], axis=0) > MAX_DRIFT):
        return False
    probe = hits[np.linspace(0, len(hits) - 1, min(len(hits), HARMONIC_FRAMES)).astype(int)]
    return bool(np.mean(_harmonics_ok(x, f, probe, bank, sample_rate)) >= 0.5)


def _presses(f: _Frames, x: np.ndarray, bank: _Bank, sample_rate: int) -> list[_Press]:
    """Presses in time order: spans of each digit, merged across short gaps, then checked."""
    spans = [span for digit in np.unique(f.digit[f.digit >= 0])
             for span in _spans(int(digit), f.digit == digit, f)]
    hop_s = bank.hop / sample_rate
    merged: list[_Press] = []
    for span in sorted(spans, key=lambda p: p.start):
        prev = merged[-1] if merged else None
        if prev and prev.digit == span.digit and (span.start - prev.end) * hop_s < MIN_GAP_S:
            merged[-1] = _Press(prev.digit, prev.start, max(prev.end, span.end), prev.first,
                                max(prev.last, span.last))
        else:
            merged.append(span)
    return [p for p in merged if _press_ok(p, f, x, bank, sample_rate)]


def detect_dtmf(samples: np.ndarray, sample_rate: int, *,
                channel: str | None = None) -> list[Event]:
    """DTMF key presses in mono audio (float, -1..1), as `dtmf` events in time order."""
    x = np.asarray(samples, dtype=np.float32)
    if x.ndim != 1:
        raise ValueError(f"detect_dtmf needs mono samples, got shape {x.shape}")
    if sample_rate < MIN_SAMPLE_RATE:
        raise ValueError(f"sample rate {sample_rate} Hz is below {MIN_SAMPLE_RATE} Hz")
    bank = _bank(int(sample_rate))
    if len(x) < bank.frame:
        return []
    # Zero padding so that frame centres cover the whole signal and the harmonic probe's double
    # window fits. No DC removal needed: each frame's total power is taken about its mean.
    pad = bank.frame
    padded = np.zeros(len(x) + 2 * pad + (-(len(x) + 2 * pad)) % bank.hop, dtype=np.float32)
    padded[pad:pad + len(x)] = x
    x = padded
    f = _analyse(x, bank)
    _classify(f, bank, sample_rate)
    hop_s = bank.hop / sample_rate
    centre0 = (bank.frame / 2 - pad) / sample_rate  # time of frame 0's centre
    return [Event(time=round(float(centre0 + p.start * hop_s), 4), type="dtmf",
                  digit=KEYPAD[p.digit // 4][p.digit % 4],
                  duration=round(float((p.end - p.start) * hop_s), 4), channel=channel)
            for p in _presses(f, x, bank, sample_rate)]
