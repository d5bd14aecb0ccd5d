"""DTMF key presses in call audio: a vectorised Goertzel-style filter bank with talk-off checks.

Every 5 ms a 25 ms Hann-windowed frame is correlated with the eight DTMF frequencies in one
matrix product (the signal is cut into hop-sized blocks, so no frame copy is made). The phase
advance of each frequency's coefficient between neighbouring frames measures the tone's true
frequency to a few hertz, far finer than the 40 Hz bin, which is what lets the detector accept
±1.5 % and reject ±3.5 % offsets (ITU-T Q.24) on tones as short as 40 ms. A frame counts as a
digit only if it passes the usual anti-talk-off checks; runs of such frames become presses whose
edges are read from the tone envelope, so start and duration do not depend on the frame size.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import numpy as np

from .transcript import Event

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
# Levels are dBFS of one tone, 0 dBFS being a full-scale sine. Q.24 asks for -25 dBm0 per tone;
# we accept 13 dB below that, still well above mu-law/A-law idle noise (about -70 dBFS).
MIN_TONE_DBFS = -38.0
# Twist (Q.24 values used by most administrations and in Bellcore GR-506): the column tone may be
# up to 8 dB louder than the row tone (normal twist), the row tone up to 4 dB louder (reverse).
MAX_NORMAL_TWIST_DB = 8.0
MAX_REVERSE_TWIST_DB = 4.0
# Anti-talk-off. The chosen row (column) must beat the runner-up by this much; a clean tone's
# leakage into the nearest neighbour is at least 16 dB down, speech harmonics rarely manage this.
MIN_PEAK_MARGIN_DB = 8.0
# The two tones must carry this share of the frame's energy (DC removed). Clean and codec'd tones
# give 0.95-1.0, a tone 10 dB over white noise about 0.9; on the real-speech clips no frame that
# passed the other checks came above 0.5.
MIN_TONE_TO_TOTAL = 0.75
# Instruments and voices have harmonics, a DTMF generator does not (Q.23 asks for distortion
# products at least 20 dB down); we reject a frame whose 2nd harmonic is within 15 dB of a tone.
MAX_HARMONIC_DB = -15.0
# Leakage of a tone into the harmonic probe (50 ms Hann, 20 Hz bins) is >30 dB down beyond 2.5 bins.
HARMONIC_CLEARANCE_HZ = 50.0
# Nominal column/row ratios are 1.73-2.34; a ±1.5 % pair gets no nearer to 2:1 than 1.25 %, so a
# "column" at twice the "row" within 0.5 % (about 7 Hz, several times our frequency error) is
# one sound and its second harmonic, not a key.
MIN_HARMONIC_PAIR_GAP = 0.005
# Presses. Q.24: tones of 40 ms must be recognised, shorter than ~23 ms must not; interruptions
# up to 10 ms are bridged and pauses of 40 ms separate two presses. We cut between each pair.
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
                 rotation)


def _hann_gain(bins: np.ndarray) -> np.ndarray:
    """Amplitude response of a Hann window to a tone `bins` bins away from the probe."""
    denominator = 1.0 - bins**2
    safe = np.where(np.abs(denominator) < 1e-6, 1.0, denominator)
    return np.where(np.abs(denominator) < 1e-6, 0.5, np.abs(np.sinc(bins) / safe))


def _analyse(x: np.ndarray, bank: _Bank, sample_rate: int) -> dict[str, np.ndarray]:
    """Per frame: complex tone coefficients, tone powers, frequency offsets and total power."""
    blocks = x.reshape(-1, bank.hop)
    n_frames = blocks.shape[0] - WINDOW_HOPS + 1
    lin = (blocks @ bank.linear).reshape(blocks.shape[0], WINDOW_HOPS, -1)
    sq = (blocks * blocks) @ bank.square
    sums = sum(lin[m:m + n_frames, m, :] for m in range(WINDOW_HOPS)).astype(np.float64)
    energy = sum(sq[m:m + n_frames, m] for m in range(WINDOW_HOPS)).astype(np.float64)
    coef = sums[:, :8] - 1j * sums[:, 8:16]
    w_sum, w2_sum = bank.window.sum(), (bank.window**2).sum()
    total = np.maximum(energy - sums[:, 16] ** 2 / w2_sum, 0.0) / w2_sum
    # Phase advance over one hop, averaged over the pairs before and after each frame.
    advance = coef[1:] * np.conj(coef[:-1]) * bank.rotation
    advance = np.vstack([advance[:1], advance]) + np.vstack([advance, advance[-1:]])
    offset_hz = np.angle(advance) * sample_rate / (2 * np.pi * bank.hop)
    gain = _hann_gain(offset_hz * bank.frame / sample_rate)
    # Power of a sine is A**2/2; |coef| of a sine is A/2 * sum(w), less the window's loss.
    power = 2 * np.abs(coef) ** 2 / w_sum**2
    return {"coef": coef, "raw": power, "power": power / np.maximum(gain, 0.25) ** 2,
            "offset": offset_hz / _FREQS, "total": total}


def _pick(a: dict[str, np.ndarray], group: slice) -> tuple[np.ndarray, ...]:
    """Best tone of a group per frame (by raw power), its margin, corrected power and offset."""
    raw = a["raw"][:, group]
    order = np.argsort(raw, axis=1)
    best, second = order[:, -1], order[:, -2]
    rows = np.arange(raw.shape[0])
    margin = raw[rows, best] / np.maximum(raw[rows, second], 1e-30)
    tone = best + group.start
    return best, margin, a["power"][rows, tone], a["offset"][rows, tone]


def _frame_digits(a: dict[str, np.ndarray]) -> np.ndarray:
    """Keypad index (row*4 + col) of every frame that passes all checks, else -1."""
    row, m_row, p_row, o_row = _pick(a, slice(0, 4))
    col, m_col, p_col, o_col = _pick(a, slice(4, 8))
    min_power = 10 ** (MIN_TONE_DBFS / 10) / 2
    min_margin = 10 ** (MIN_PEAK_MARGIN_DB / 10)
    ok = (p_row >= min_power) & (p_col >= min_power)
    ok &= (m_row >= min_margin) & (m_col >= min_margin)
    ok &= p_col <= p_row * 10 ** (MAX_NORMAL_TWIST_DB / 10)
    ok &= p_row <= p_col * 10 ** (MAX_REVERSE_TWIST_DB / 10)
    ok &= (np.abs(o_row) <= MAX_FREQ_DEVIATION) & (np.abs(o_col) <= MAX_FREQ_DEVIATION)
    ok &= p_row + p_col >= MIN_TONE_TO_TOTAL * a["total"]
    return np.where(ok, row * 4 + col, -1)


def _harmonics_ok(x: np.ndarray, frames: np.ndarray, digit: int, a: dict[str, np.ndarray],
                  bank: _Bank, sample_rate: int) -> np.ndarray:
    """Second-harmonic check on the frames of one digit: both harmonics well below their tones."""
    tones = np.array([digit // 4, 4 + digit % 4])
    measured = _FREQS[tones][None, :] * (1 + a["offset"][frames][:, tones])  # (n, 2) in Hz
    freqs = 2 * measured
    if np.any(freqs >= sample_rate / 2):
        return np.ones(len(frames), dtype=bool)
    # The window is twice the frame's: a row tone's harmonic lies 58-93 Hz from some column
    # tone, and this puts that tone's leakage >30 dB down instead of ~14 dB.
    size = 2 * bank.frame
    window = np.hanning(size + 2)[1:-1]
    starts = frames * bank.hop + bank.frame // 2 - size // 2
    segments = np.lib.stride_tricks.sliding_window_view(x, size)[starts]
    probes = window * np.exp(-2j * np.pi * freqs[:, :, None] * np.arange(size) / sample_rate)
    harm = 2 * np.abs(np.einsum("fn,fkn->fk", segments, probes)) ** 2 / window.sum() ** 2
    ok = harm <= a["power"][frames][:, tones] * 10 ** (MAX_HARMONIC_DB / 10)
    # Within tolerance the row's harmonic can fall on the column tone itself (digits 2, 6, C):
    # there the probe measures the column tone, so the pair is judged by its ratio instead.
    gap = np.abs(freqs[:, 0] - measured[:, 1])
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


def _spans(digit: int, hits: np.ndarray, a: dict[str, np.ndarray]) -> list[_Press]:
    """Stretches where both tones of a digit stay above half the level they have in its hits."""
    amp = np.sqrt(a["raw"][:, [digit // 4, 4 + digit % 4]])
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


def _press_ok(press: _Press, digits: np.ndarray, a: dict[str, np.ndarray], hop_s: float) -> bool:
    """Long enough, mostly made of valid frames, and both tones holding their frequency."""
    hits = press.first + np.flatnonzero(digits[press.first:press.last + 1] == press.digit)
    frames = press.last - press.first + 1
    if (press.end - press.start) * hop_s < MIN_TONE_S:
        return False
    if len(hits) < max(MIN_VALID_FRAMES, MIN_VALID_SHARE * frames):
        return False
    drift = np.ptp(a["offset"][hits][:, [press.digit // 4, 4 + press.digit % 4]], axis=0)
    return bool(np.all(drift <= MAX_DRIFT))


def _presses(digits: np.ndarray, a: dict[str, np.ndarray], hop_s: float) -> list[_Press]:
    """Presses in time order: spans of each digit, merged across short gaps, then checked."""
    spans = [span for digit in np.unique(digits[digits >= 0])
             for span in _spans(int(digit), digits == digit, a)]
    merged: list[_Press] = []
    for span in sorted(spans, key=lambda p: p.start):
        prev = merged[-1] if merged else None
        if prev and prev.digit == span.digit and (span.start - prev.end) * hop_s < MIN_GAP_S:
            merged[-1] = _Press(prev.digit, prev.start, max(prev.end, span.end), prev.first,
                                max(prev.last, span.last))
        else:
            merged.append(span)
    return [p for p in merged if _press_ok(p, digits, a, hop_s)]


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
    # Zero padding so that frame centres cover the whole signal; x - mean removes the DC.
    pad = bank.frame  # also leaves room for the harmonic probe's double-length window
    back = pad + (-(len(x) + 2 * pad)) % bank.hop
    x = np.concatenate([np.zeros(pad, np.float32), x - x.mean(), np.zeros(back, np.float32)])
    a = _analyse(x, bank, sample_rate)
    digits = _frame_digits(a)
    for digit in np.unique(digits[digits >= 0]):
        frames = np.flatnonzero(digits == digit)
        ok = _harmonics_ok(x, frames, int(digit), a, bank, sample_rate)
        digits[frames[~ok]] = -1
    hop_s = bank.hop / sample_rate
    centre0 = (bank.frame / 2 - pad) / sample_rate  # time of frame 0's centre
    return [Event(time=round(float(centre0 + p.start * hop_s), 4), type="dtmf",
                  digit=KEYPAD[p.digit // 4][p.digit % 4],
                  duration=round(float((p.end - p.start) * hop_s), 4), channel=channel)
            for p in _presses(digits, a, hop_s)]
