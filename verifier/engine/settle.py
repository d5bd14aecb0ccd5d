"""The pipeline's question to the engine: can more audio still change the verdict?

The audio path hears a call in time order and may stop listening once nothing later can change
the outcome. Only the engine knows when that is, so it answers here:

    watch = Watch(language, policy)      # cheap: armed by a segment that reads as a "no"
    watch.hear(segment)                  # after every segment heard
    if watch.due(heard_until):           # the stop grace after the "no" has been heard
        settled(prefix, policy)          # the full judgement on the heard prefix

``settled`` also says, when a refusal or withdrawal is pending, from which time on speech would
show that recording went on after it (the full scan listens to the agent from there).
"""

from __future__ import annotations

from dataclasses import dataclass

from .analyze import judge
from .codes import ConsentStatus
from .consent import REPLY_MIN_SCORE, classify_reply
from .phrases import load_bank
from .policy import Policy
from .text import find_all, fold
from .transcript import Segment, Transcript

SETTLED_WHY = ("non-compliant already: a refusal or withdrawal was heard and speech went on past "
               "the stop grace; more audio cannot make the call compliant")


@dataclass(frozen=True)
class Settlement:
    """The engine's answer on a heard prefix of a call."""

    final: bool  # no audio after the prefix can change the verdict
    why: str | None = None
    # A "no" is pending: speech after this time (seconds) would show recording went on after it.
    stop_due_s: float | None = None


def settled(prefix: Transcript, policy: Policy) -> Settlement:
    """Whether the verdict on ``prefix`` (all channels heard up to its ``duration_s``) is final.

    Final means non-compliant because a refusal or withdrawal was heard and speech went on past
    the policy's stop grace: the engine keeps such a refusal decisive whatever follows. (A threat
    heard later could still have made it needs_review; recording had by then already continued
    without consent, so that is accepted.)
    """
    decision = judge(prefix, policy)[3]
    if decision.final:
        return Settlement(final=True, why=SETTLED_WHY)
    return Settlement(final=False, stop_due_s=decision.stop_due_s)


class Watch:
    """A cheap watch for the customer's "no" or "stop the recording", so that ``settled`` (the
    whole engine) runs only when it can answer yes: at the moment the stop grace after such a
    segment has been heard. Refusals the cheap reading cannot see (a "yes" to a negatively phrased
    request, an opt-out key) only mean no early stop.
    """

    def __init__(self, language: str, policy: Policy) -> None:
        self.language = language
        self.policy = policy
        self.bank = load_bank(language)
        self.at = float("inf")

    def hear(self, seg: Segment) -> None:
        """Arm the check if this customer (or unlabelled) segment says no or stop."""
        if seg.speaker == "agent" or not seg.text:
            return
        toks = tuple(fold(seg.text).split())
        phrases, keys = self.bank.phrases("withdrawal")
        # Liberal on purpose (no topic check): a false alarm costs one ``settled`` call.
        if (classify_reply(seg.text, self.bank)[0] == ConsentStatus.REFUSED
                or find_all(toks, phrases, keys, min_score=REPLY_MIN_SCORE, most=1)):
            self.at = min(self.at, seg.end + self.policy.stop_grace_s)

    def due(self, heard: float) -> bool:
        """Whether to ask ``settled`` now (once per armed moment)."""
        if heard <= self.at:
            return False
        self.at = float("inf")
        return True
