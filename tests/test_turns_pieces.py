"""A sentence cut at a pause is read as one (turns.py). Its words are evidence only as strong as
its weakest piece, but only the pieces that were misheard count as speech that could not be read
(unclear agent speech long enough may hide a missing element; decision.py)."""

from __future__ import annotations

from builders import call

from verifier import analyze_transcript
from verifier.engine.analyze import judge
from verifier.engine.policy import load_policy
from verifier.engine.transcript import load_transcript

OPENING = [("a", 0.3, 3.1, "Goddag, du taler med Mette fra Nordbank."),
           # The notice and the purpose verified; the end of the sentence misheard, after a pause.
           ("a", 3.5, 6.1, "Vi optager samtalen til træning,"),
           ("a", 6.2, 9.9, "må os med meg da fri mølle."),
           ("a", 10.2, 12.0, "Er det i orden?"),
           ("a", 12.2, 15.0, "Du kan altid bede mig stoppe optagelsen."),
           ("c", 15.6, 16.4, "Ja, det er fint.")]
# The misheard piece is 3.7 s: unclear agent speech long enough to hide a missing element.
CONF = {i: {"avg_logprob": -0.9 if i == 2 else -0.3} for i in range(6)}


def test_only_the_misheard_piece_of_a_joined_sentence_is_unclear() -> None:
    findings, _outcome, _w, decision = judge(load_transcript(call("da", OPENING, conf=CONF)), load_policy("dk"))
    assert [(s, e) for s, e, _who in findings.unclear] == [(6.2, 9.9)]
    notice = findings.first("recording_notice")
    assert notice is not None and notice.unit.weak  # its sentence ends in the misheard words
    assert decision.verdict == "needs_review"


def test_a_sentence_whose_pieces_were_all_read_is_read_as_one() -> None:
    read = {i: {"avg_logprob": -0.3} for i in range(6)}
    record = analyze_transcript(call("da", OPENING, conf=read))
    assert record.verdict == "compliant"


def test_a_short_misheard_piece_is_not_counted_as_the_whole_sentence_unread() -> None:
    # 1 s misheard after 2.6 s read: the sentence is weak evidence (review, for that reason), but
    # not 3.6 s of speech that could not be read.
    short = [*OPENING[:2], ("a", 6.2, 7.2, "må os med meg."), *OPENING[3:]]
    findings, _o, _w, decision = judge(load_transcript(call("da", short, conf=CONF)), load_policy("dk"))
    assert [(s, e) for s, e, _who in findings.unclear] == [(6.2, 7.2)]
    assert decision.verdict == "needs_review"
    assert [r.message for r in decision.reasons] == [
        "Evidence needed for a compliant verdict was recognised with low confidence."]
    assert findings.quality is not None and findings.quality.mean_logprob > -0.5  # 1 s weak, not 3.6 s
