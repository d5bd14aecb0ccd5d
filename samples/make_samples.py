"""Synthesize the sample call recordings with espeak-ng, with their expected outcomes.

Run from the repository root (needs the Debian packages `espeak-ng` and `sox`, and numpy):

    .venv/bin/python samples/make_samples.py

For every call in CALLS it writes, next to this file:
  <name>.wav                16-bit PCM, 16 kHz; stereo = agent left, customer right
  <name>.expected.json      what a correct verifier must say (from DOMAIN.md's rules applied to
                            the script, not from what any tool outputs)
  transcripts/<name>.json   the script as a transcript in DOMAIN.md's format, with the real
                            times of each utterance as placed in the audio

Re-running regenerates the same bytes (espeak-ng 1.51 and sox 14.4 were used; other versions may
differ slightly in timing). The calls are fiction: companies, names and numbers are made up.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import wave
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
SAMPLE_RATE = 16_000  # wideband; issue 3: 8 kHz synthetic speech recognizes much worse
SPEECH_PEAK = 0.5  # -6 dBFS: every utterance is scaled to this peak, like a levelled call
# Trimming espeak's own lead-in/tail silence makes segment times match the audible speech.
TRIM_THRESHOLD = 0.01
TRIM_MARGIN_S = 0.02
TAIL_S = 0.6  # silence kept after the last sound before the recording ends

# Standard DTMF (ITU-T Q.23): a low-group and a high-group sine per key.
DTMF_LOW = {"1": 697, "2": 697, "3": 697, "4": 770, "5": 770, "6": 770,
            "7": 852, "8": 852, "9": 852, "*": 941, "0": 941, "#": 941}
DTMF_HIGH = {"1": 1209, "2": 1336, "3": 1477, "4": 1209, "5": 1336, "6": 1477,
             "7": 1209, "8": 1336, "9": 1477, "*": 1209, "0": 1336, "#": 1477}
DTMF_DURATION_S = 0.12
DTMF_LEVEL_DBFS = -10.0  # per tone
DTMF_RAMP_S = 0.002  # short raised-cosine edges so the tone does not click


@dataclass(frozen=True)
class Voice:
    """espeak-ng settings for one speaker (see VOICES for what was measured)."""

    name: str  # espeak-ng -v
    speed: int  # -s, words per minute
    pitch: int = 50  # -p, 0-99
    gap: int = 0  # -g, extra pause between words, in 10 ms units


# Measured with samples/check_recognition.py (Whisper base, CPU int8, language given, VAD,
# beam 1; tables in samples/README.md). --sweep over voices da, da+m1/m2/m3/m6/m7, da+f2/f3,
# da+anika, da+Michael, da+klatt, speeds 130-170, pitch 30-70 and word gaps 0-10 changed little:
# espeak Danish "optage/optager/optagelsen" never came out right ("optære", "op til jo",
# "op til jøsen"), "samtalen" came out as "samtæren", and "nej" as "jeg"/"lige"/"I" with every
# voice; the agent's key words scored 0-3 of 18 whatever the setting. da+klatt was the only
# voice that sometimes gave "Nej tak" / "Nej, det er fint" verbatim, so it speaks the Danish
# customers. Norwegian fares better: "tatt opp", "tar opp", "er det greit", "ja", "kanskje",
# "stopp" come through; "samtalen" as "som talen" and "opptaket" as "opp takket" (near misses);
# "nei" never (it comes out "jeg", "I", "høy", "lai"). Across the full calls, nb with a 50 ms
# word gap for agents and nb+m3 for customers heard 51 of 67 Norwegian key words at least
# roughly, against 30 of 54 for nb+m1 / nb; for Danish, da / da+klatt (21 of 87) and
# da+Michael / da+klatt (26 of 80) were alike, and da+Michael fell into repetition loops
# ("jeg vil ikke høre dem" x4) that da did not, so da it is. Spelling was left as a Danish or
# Norwegian agent would write it: no respelling tried ("Må vi ...", "Samtalen optages.",
# "Nej, tak.", "Nej, nej.", "Stop optagelsen, tak.") recognised better.
VOICES: dict[str, dict[str, Voice]] = {
    "da": {"agent": Voice("da", 150), "customer": Voice("da+klatt", 150)},
    "no": {"agent": Voice("nb", 150, gap=5), "customer": Voice("nb+m3", 150)},
}


@dataclass(frozen=True)
class Say:
    """One utterance. `pause` is the silence before it; `at`, if given, a time it starts no earlier."""

    speaker: str  # "agent" (agent or the company's phone menu) or "customer"
    text: str
    pause: float = 0.5
    at: float | None = None


@dataclass(frozen=True)
class Key:
    """A DTMF key press by the customer."""

    digit: str
    pause: float = 1.5


@dataclass(frozen=True)
class Expected:
    """The outcome DOMAIN.md's rules give for the script (the contract the tests check)."""

    verdict: str
    consent_status: str
    consent_method: str | None
    reasons: tuple[str, ...] = ()


@dataclass(frozen=True)
class Call:
    name: str
    language: str  # "da" or "no"
    channels: int  # 1 = mono (speakers unlabelled), 2 = agent left, customer right
    description: str
    expected: Expected
    script: tuple[Say | Key, ...] = field(repr=False)

    @property
    def policy(self) -> str:
        return {"da": "dk", "no": "no"}[self.language]


def A(text: str, pause: float = 0.4, at: float | None = None) -> Say:
    return Say("agent", text, pause, at)


def C(text: str, pause: float = 0.7, at: float | None = None) -> Say:
    return Say("customer", text, pause, at)


# --- ordinary business talk that follows the opening (no bare "ja"/"nej" from the customer,
# so that nothing in it can be mistaken for a reply to the recording request) ---------------
DA_BILL = (
    A("Hvad kan jeg hjælpe dig med i dag?"),
    C("Min sidste regning er meget højere end normalt, og det forstår jeg ikke."),
    A("Det kigger jeg gerne på. Hvad er dit kundenummer?"),
    C("Det er fire fem syv otte tolv."),
    A("Tak. Jeg kan se, at vi har skønnet dit forbrug, fordi vi ikke har fået en måleraflæsning."),
    C("Nå, så det er derfor. Så sender jeg aflæsningen i aften."),
)
DA_CLAIM = (
    A("Hvad drejer det sig om?"),
    C("Der har været vandskade i min kælder, og jeg vil gerne anmelde det."),
    A("Det er jeg ked af at høre. Hvornår opdagede du skaden?"),
    C("I går aftes, da jeg kom hjem fra arbejde."),
    A("Jeg opretter en skadesanmeldelse nu, og så sender vi en taksator ud i næste uge."),
)
DA_CARD = (
    A("Hvordan kan jeg hjælpe?"),
    C("Mit betalingskort er blevet væk, og jeg er bange for, at nogen bruger det."),
    A("Så spærrer vi kortet med det samme. Kan du bekræfte din adresse?"),
    C("Det er Søndergade fjorten i Aarhus."),
    A("Tak. Kortet er spærret, og du får et nyt med posten inden for en uge."),
)
NO_BILL = (
    A("Hva kan jeg hjelpe deg med i dag?"),
    C("Jeg har fått en faktura som er mye høyere enn vanlig."),
    A("Det skal jeg se på. Hva er kundenummeret ditt?"),
    C("Det er fire fem sju åtte tolv."),
    A("Takk. Jeg ser at forbruket er stipulert, fordi vi ikke har fått noen måleravlesning."),
    C("Akkurat, da skjønner jeg. Jeg sender inn avlesningen i kveld."),
)
NO_CLAIM = (
    A("Hva gjelder det?"),
    C("Det har vært en vannlekkasje i kjelleren, og jeg vil melde skaden."),
    A("Så leit å høre. Når oppdaget du skaden?"),
    C("I går kveld, da jeg kom hjem fra jobb."),
    A("Jeg registrerer skademeldingen nå, og vi sender en takstmann neste uke."),
)
NO_CARD = (
    A("Hvordan kan jeg hjelpe deg?"),
    C("Bankkortet mitt er borte, og jeg er redd for at noen bruker det."),
    A("Da sperrer vi kortet med en gang. Kan du bekrefte adressen din?"),
    C("Det er Storgata fjorten i Bergen."),
    A("Takk. Kortet er sperret, og du får et nytt i posten innen en uke."),
)

# --- the disclosures (phrases from DOMAIN.md's table) ------------------------------------------
DA_HELLO = A("Goddag, du taler med Mette fra Nordlys Energi.", pause=0.3)
DA_HELLO_INS = A("Goddag, det er Jonas fra Havneby Forsikring.", pause=0.3)
DA_HELLO_BANK = A("Goddag, du taler med Sofie fra Kystbanken.", pause=0.3)
DA_FULL = A("Vi vil gerne optage samtalen til træning af vores medarbejdere. "
            "Er det i orden, at vi optager samtalen? "
            "Du kan til enhver tid bede mig stoppe optagelsen.")
NO_HELLO = A("Hei, du snakker med Kari i Fjordlys Strøm.", pause=0.3)
NO_HELLO_INS = A("Hei, dette er Ola i Vestkyst Forsikring.", pause=0.3)
NO_HELLO_BANK = A("Hei, du snakker med Ingrid i Nordfjord Sparebank.", pause=0.3)
NO_FULL = A("Samtalen blir tatt opp for opplæring av våre ansatte. "
            "Er det greit at vi tar opp samtalen? "
            "Du kan når som helst be meg stoppe opptaket.")

GIVEN = Expected("compliant", "given", "verbal")
# The phone menu waits this long for a key before it moves on: past DOMAIN.md's 10 s reply
# window, so that in a mono mix its next words cannot pass for the caller's reply.
NO_KEY_TIMEOUT_S = 11.0


CALLS: tuple[Call, ...] = (
    # ---------------------------------------------------------------- compliant
    Call("da_compliant_stereo", "da", 2,
         "Agent gives notice, purpose (training), asks consent and says the recording can be "
         "stopped at any time; customer says yes. Later the customer stops a paper-bill "
         "subscription (a false friend, not a withdrawal).",
         GIVEN,
         (DA_HELLO, DA_FULL, C("Ja, det er fint."), A("Tak for det.", 0.5)) + DA_BILL[:2] + (
             A("Det kigger jeg gerne på med det samme."),
             C("Og så vil jeg gerne stoppe mit abonnement på papirregninger."),
             A("Det ordner jeg."),
         )),
    Call("no_compliant_stereo", "no", 2,
         "Agent says the call is recorded for training, asks if that is fine and says the "
         "recording can be stopped at any time; customer says yes.",
         GIVEN,
         (NO_HELLO, NO_FULL, C("Ja, det er greit."), A("Tusen takk.", 0.5)) + NO_BILL[:3]),
    Call("no_information_compliant_mono", "no", 1,
         "Information-based: definite notice, purpose (better customer service) and the right "
         "to opt out ('du kan reservere deg'); the customer goes straight to the matter "
         "without an explicit yes. Enough under the no policy.",
         Expected("compliant", "not_requested", None),
         (NO_HELLO_BANK,
          A("Samtalen blir tatt opp for å forbedre kundeservicen. "
            "Du kan reservere deg mot dette, så stopper jeg opptaket."))
         + NO_CARD[:3] + (C("Flott, takk for hjelpen."),)),
    # ---------------------------------------------------------------- refused
    Call("da_refused_mono", "da", 1,
         "Full disclosure and request; the customer refuses; the agent confirms and the "
         "recording ends within the grace period. Recorded part must be deleted.",
         Expected("non_compliant", "refused", "verbal", ("CONSENT_REFUSED",)),
         (DA_HELLO_INS, DA_FULL, C("Nej tak, det vil jeg helst ikke."),
          A("Det er helt i orden. Jeg stopper optagelsen nu.", 0.6),
          A("Hvad drejer det sig om?", 0.4),
          C("Der har været vandskade i min kælder."))),
    Call("no_refused_mono", "no", 1,
         "Full disclosure and request; the customer refuses; the agent confirms and the "
         "recording ends within the grace period. Recorded part must be deleted.",
         Expected("non_compliant", "refused", "verbal", ("CONSENT_REFUSED",)),
         (NO_HELLO_INS, NO_FULL, C("Nei takk, det vil jeg ikke."),
          A("Det er helt i orden. Jeg stopper opptaket nå.", 0.6),
          A("Hva gjelder det?", 0.4),
          C("Det har vært en vannlekkasje i kjelleren."))),
    # ---------------------------------------------------------------- ambiguous
    Call("da_ambiguous_mono", "da", 1,
         "Full disclosure and request; the customer only says 'øh, måske' and the agent moves "
         "on. Filler is not unambiguous consent (dk).",
         Expected("non_compliant", "ambiguous", "verbal", ("CONSENT_AMBIGUOUS",)),
         (DA_HELLO_BANK, DA_FULL, C("Øh, måske."), A("Godt.", 0.8)) + DA_CARD[:4] + (A("Tak."),)),
    Call("no_ambiguous_mono", "no", 1,
         "Full disclosure and request; the customer answers 'tja, kanskje' and the agent moves "
         "on. Under the no policy a request with an ambiguous reply needs review.",
         Expected("needs_review", "ambiguous", "verbal", ("CONSENT_AMBIGUOUS",)),
         (NO_HELLO_BANK, NO_FULL, C("Tja, kanskje."), A("Greit.", 0.8)) + NO_CARD[:3]),
    # ---------------------------------------------------------------- no reply
    Call("da_no_reply_stereo", "da", 2,
         "Full disclosure and request; the customer says nothing; after a long pause the agent "
         "moves on to the matter. Silence is not consent (dk).",
         Expected("non_compliant", "no_reply", None, ("NO_REPLY",)),
         (DA_HELLO, DA_FULL,
          A("Hallo? Nå, jeg kan se, at du ringer om din seneste regning.", pause=5.0),
          A("Et øjeblik.", pause=0.4)) + DA_BILL[1:3]),
    # ---------------------------------------------------------------- no disclosure
    Call("da_no_disclosure_mono", "da", 1,
         "The agent greets and goes straight to business: nothing about recording.",
         Expected("non_compliant", "not_requested", None,
                  ("NO_RECORDING_NOTICE", "NO_PURPOSE", "NO_CONSENT_REQUEST",
                   "NO_WITHDRAWAL_NOTICE")),
         (DA_HELLO_INS,) + DA_CLAIM + (C("Skal jeg gøre noget indtil da?"),
                                       A("Tag gerne billeder af skaden."),
                                       C("Det lyder godt, tak for hjælpen."),
                                       A("Selv tak, og hav en god dag."))),
    Call("no_no_disclosure_mono", "no", 1,
         "The agent greets and goes straight to business: nothing about recording.",
         Expected("non_compliant", "not_requested", None,
                  ("NO_RECORDING_NOTICE", "NO_PURPOSE", "NO_OBJECTION_OPTION")),
         (NO_HELLO_INS,) + NO_CLAIM + (C("Det høres bra ut, takk for hjelpen."),
                                       A("Bare hyggelig, ha en fin dag."))),
    # ---------------------------------------------------------------- vague notice
    Call("da_vague_notice_mono", "da", 1,
         "Only 'samtalen kan blive optaget' with a purpose: vague, no consent request, no "
         "withdrawal information, no reply.",
         Expected("non_compliant", "not_requested", None,
                  ("VAGUE_NOTICE", "NO_CONSENT_REQUEST", "NO_WITHDRAWAL_NOTICE")),
         (DA_HELLO, A("Samtalen kan blive optaget til træning af vores medarbejdere."))
         + DA_BILL),
    Call("no_vague_notice_mono", "no", 1,
         "'Samtalen kan bli tatt opp' with a purpose and a way to stop it: the notice is vague "
         "(Datatilsynet: say that the call IS recorded).",
         Expected("non_compliant", "not_requested", None, ("VAGUE_NOTICE",)),
         (NO_HELLO, A("Samtalen kan bli tatt opp for opplæring. "
                      "Du kan når som helst be meg stoppe opptaket.")) + NO_BILL[:4]
         + (A("Takk, et øyeblikk."),)),
    # ---------------------------------------------------------------- withdrawal
    Call("da_withdrawal_stereo", "da", 2,
         "Compliant opening with a yes; about 40 s in the customer says 'stop optagelsen'; the "
         "agent confirms and the recording ends within the grace period.",
         Expected("non_compliant", "given", "verbal", ("CONSENT_WITHDRAWN",)),
         (DA_HELLO_INS, DA_FULL, C("Ja, det er i orden."), A("Tak.", 0.5)) + DA_CLAIM + (
             C("Undskyld, stop optagelsen. Jeg vil ikke optages længere.", at=38.0),
             A("Selvfølgelig. Jeg stopper optagelsen nu, og den bliver slettet.", 0.6),
         )),
    Call("no_withdrawal_mono", "no", 1,
         "Compliant opening with a yes; about 40 s in the customer says 'stopp opptaket'; the "
         "agent confirms and the recording ends within the grace period.",
         Expected("non_compliant", "given", "verbal", ("CONSENT_WITHDRAWN",)),
         (NO_HELLO_INS, NO_FULL, C("Ja, det går fint."), A("Takk.", 0.5)) + NO_CLAIM + (
             C("Vent litt, stopp opptaket. Jeg vil ikke bli tatt opp.", at=40.0),
             A("Selvsagt. Jeg stopper opptaket nå, og det blir slettet.", 0.6),
         )),
    # ---------------------------------------------------------------- negatively phrased request
    Call("da_negative_request_mono", "da", 1,
         "Notice, purpose and withdrawal information, but the request is negatively phrased "
         "('har du noget imod ...?'); 'nej, det er fint' is consent by polarity, yet the dk "
         "policy sends negatively phrased requests to review.",
         Expected("needs_review", "given", "verbal", ("NEGATIVELY_PHRASED_REQUEST",)),
         (DA_HELLO_INS,
          A("Vi vil gerne optage samtalen til dokumentation af rådgivningen. "
            "Har du noget imod, at vi optager samtalen? "
            "Du kan til enhver tid bede mig stoppe optagelsen."),
          C("Nej, det er fint."), A("Tak.", 0.5)) + DA_CLAIM[:4] + (A("Tak for det."),)),
    # ---------------------------------------------------------------- coercion
    Call("da_coercive_mono", "da", 1,
         "The agent asks for consent but says that without recording she cannot help; the "
         "customer says yes. Not voluntary.",
         Expected("non_compliant", "given", "verbal",
                  ("COERCIVE_REQUEST", "NO_WITHDRAWAL_NOTICE")),
         (DA_HELLO,
          A("Vi optager alle samtaler til dokumentation. "
            "Er det i orden, at vi optager samtalen? "
            "Vi skal optage den, ellers kan jeg ikke hjælpe dig."),
          C("Ja, okay."), A("Tak.", 0.5)) + DA_BILL[:5]),
    # ---------------------------------------------------------------- key press
    Call("da_keypress_optin_mono", "da", 1,
         "Phone menu: notice, purpose, withdrawal information and 'tast 1 for at acceptere "
         "optagelsen'; the caller presses 1 (the DTMF tone is in the mono mix).",
         Expected("compliant", "given", "keypress"),
         (A("Velkommen til Nordlys Energi. Vi vil gerne optage samtalen for at forbedre "
            "vores service. Du kan til enhver tid bede os stoppe optagelsen.", pause=0.3),
          A("Tast 1 for at acceptere optagelsen.", 0.5),
          Key("1", 1.8),
          A("Tak. Du bliver nu stillet om til en medarbejder.", 1.0),
          A("Goddag, du taler med Mette.", 1.5)) + DA_BILL[:3]),
    Call("da_keypress_nokey_mono", "da", 1,
         "The same opt-in menu, but no key is pressed; the call goes on to an agent. "
         "No active consent (dk).",
         Expected("non_compliant", "no_reply", None, ("NO_REPLY",)),
         (A("Velkommen til Nordlys Energi. Vi vil gerne optage samtalen for at forbedre "
            "vores service. Du kan til enhver tid bede os stoppe optagelsen.", pause=0.3),
          A("Tast 1 for at acceptere optagelsen.", 0.5),
          A("Du bliver nu stillet om til en medarbejder.", NO_KEY_TIMEOUT_S),
          A("Goddag, du taler med Mette.", 2.0)) + DA_BILL[:2]),
    Call("no_keypress_optout_stereo", "no", 2,
         "Phone menu: notice, purpose and 'trykk 1 for å reservere deg mot opptak'; the "
         "customer presses 1 (DTMF on the customer channel): an objection. The menu confirms "
         "and the recording ends there.",
         Expected("non_compliant", "refused", "keypress", ("CONSENT_REFUSED",)),
         (A("Velkommen til Fjordlys Strøm. Samtalen blir tatt opp for opplæring og for å "
            "forbedre kundeservicen.", pause=0.3),
          A("Trykk 1 for å reservere deg mot opptak.", 0.5),
          Key("1", 1.8),
          A("Takk. Opptaket er stoppet. Du blir nå satt over til en rådgiver.", 1.0))),
    Call("no_keypress_nokey_mono", "no", 1,
         "The opt-out menu, and no key is pressed: the caller was told and did not object. "
         "Enough under the no policy.",
         Expected("compliant", "not_requested", None),
         (A("Velkommen til Fjordlys Strøm. Samtalen blir tatt opp for opplæring og for å "
            "forbedre kundeservicen.", pause=0.3),
          A("Trykk 1 for å reservere deg mot opptak.", 0.5),
          A("Du blir nå satt over til en rådgiver.", NO_KEY_TIMEOUT_S),
          A("Hei, du snakker med Kari.", 2.0)) + NO_BILL[:2]),
)


# ------------------------------------------------------------------------------ synthesis
def espeak(text: str, voice: Voice) -> np.ndarray:
    """One utterance as float32 samples at SAMPLE_RATE, trimmed and levelled."""
    cmd = ["espeak-ng", "-v", voice.name, "-s", str(voice.speed), "-p", str(voice.pitch),
           "-g", str(voice.gap), "--stdout", text]
    wav = subprocess.run(cmd, capture_output=True, check=True).stdout
    # sox resamples espeak's 22 050 Hz output to 16 kHz (deterministic, good quality).
    raw = subprocess.run(
        ["sox", "-t", "wav", "-", "-t", "raw", "-r", str(SAMPLE_RATE), "-e", "floating-point",
         "-b", "32", "-c", "1", "-"],
        input=wav, capture_output=True, check=True).stdout
    x = np.frombuffer(raw, dtype=np.float32).copy()
    loud = np.flatnonzero(np.abs(x) > TRIM_THRESHOLD * np.abs(x).max())
    margin = int(TRIM_MARGIN_S * SAMPLE_RATE)
    x = x[max(0, loud[0] - margin): loud[-1] + margin]
    return (x * (SPEECH_PEAK / np.abs(x).max())).astype(np.float32)


def dtmf(digit: str) -> np.ndarray:
    """A standard DTMF tone pair, DTMF_LEVEL_DBFS per tone."""
    n = int(DTMF_DURATION_S * SAMPLE_RATE)
    t = np.arange(n) / SAMPLE_RATE
    amp = 10 ** (DTMF_LEVEL_DBFS / 20)
    x = amp * (np.sin(2 * np.pi * DTMF_LOW[digit] * t) + np.sin(2 * np.pi * DTMF_HIGH[digit] * t))
    r = int(DTMF_RAMP_S * SAMPLE_RATE)
    ramp = 0.5 - 0.5 * np.cos(np.pi * np.arange(r) / r)
    x[:r] *= ramp
    x[-r:] *= ramp[::-1]
    return x.astype(np.float32)


def render(call: Call) -> tuple[np.ndarray, dict]:
    """The call's audio (samples x channels, int16) and its ground-truth transcript."""
    pieces: list[tuple[int, str, np.ndarray]] = []  # (start sample, speaker, audio)
    segments, events = [], []
    cursor = 0.0
    for item in call.script:
        if isinstance(item, Key):
            start = cursor + item.pause
            audio = dtmf(item.digit)
            speaker = "customer"
            event = {"time": round(start, 3), "type": "dtmf", "digit": item.digit,
                     "duration": DTMF_DURATION_S}
            if call.channels == 2:
                event["channel"] = "customer"
            events.append(event)
        else:
            audio = espeak(item.text, VOICES[call.language][item.speaker])
            # `at` is a "not before" time: the utterance never overlaps the previous one.
            start = max(cursor + item.pause, item.at or 0.0)
            speaker = item.speaker
        s0 = round(start * SAMPLE_RATE)
        pieces.append((s0, speaker, audio))
        cursor = (s0 + len(audio)) / SAMPLE_RATE
        if isinstance(item, Say):
            segments.append({"start": round(s0 / SAMPLE_RATE, 2), "end": round(cursor, 2),
                             "speaker": speaker if call.channels == 2 else None,
                             "text": item.text})
    n = round((cursor + TAIL_S) * SAMPLE_RATE)
    mix = np.zeros((n, call.channels), dtype=np.float32)
    for s0, speaker, audio in pieces:
        ch = (0 if speaker == "agent" else 1) if call.channels == 2 else 0
        mix[s0:s0 + len(audio), ch] += audio
    pcm = np.round(np.clip(mix, -1.0, 1.0) * 32767).astype("<i2")
    transcript = {"language": call.language, "duration_s": round(n / SAMPLE_RATE, 2),
                  "segments": segments, "events": events}
    return pcm, transcript


def expected_record(call: Call) -> dict:
    e = call.expected
    return {"language": call.language, "policy": call.policy, "verdict": e.verdict,
            "consent_status": e.consent_status, "consent_method": e.consent_method,
            "reasons": list(e.reasons), "channels": call.channels,
            "description": call.description}


def write_wav(path: Path, pcm: np.ndarray) -> None:
    with wave.open(str(path), "wb") as w:
        w.setnchannels(pcm.shape[1])
        w.setsampwidth(2)
        w.setframerate(SAMPLE_RATE)
        w.writeframes(pcm.tobytes())


def write_json(path: Path, data: dict) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", help="only these calls (default: all)")
    parser.add_argument("--out", type=Path, default=HERE, help="output folder (default: samples/)")
    args = parser.parse_args(argv)
    for tool in ("espeak-ng", "sox"):
        if shutil.which(tool) is None:
            print(f"make_samples: '{tool}' not found; apt-get install espeak-ng sox", file=sys.stderr)
            return 2
    unknown = set(args.names) - {c.name for c in CALLS}
    if unknown:
        print(f"make_samples: no such call: {', '.join(sorted(unknown))}", file=sys.stderr)
        return 2
    (args.out / "transcripts").mkdir(parents=True, exist_ok=True)
    total = 0
    for call in CALLS:
        if args.names and call.name not in args.names:
            continue
        pcm, transcript = render(call)
        write_wav(args.out / f"{call.name}.wav", pcm)
        write_json(args.out / f"{call.name}.expected.json", expected_record(call))
        write_json(args.out / "transcripts" / f"{call.name}.json", transcript)
        size = (args.out / f"{call.name}.wav").stat().st_size
        total += size
        print(f"{call.name:32s} {transcript['duration_s']:5.1f} s  {call.channels} ch  "
              f"{size / 1e6:4.2f} MB  {call.expected.verdict}", file=sys.stderr)
    print(f"total audio {total / 1e6:.1f} MB", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
