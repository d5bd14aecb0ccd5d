"""text.py: folding, words with their character spans, and the clause boundaries punctuation shows."""

from __future__ import annotations

from verifier.engine.text import clause_breaks, clauses, fold, sentences, word_spans


def test_fold_shares_one_spelling() -> None:
    assert fold("Optagelsen, SAMTALEN – så ØH?") == "optagelsen samtalen saa oeh"


def test_word_spans_point_back_into_the_text() -> None:
    text = "Ja, det er fint – jeg ringer om min regning."
    spans = word_spans(text)
    assert [w for w, _, _ in spans] == fold(text).split()
    for word, start, end in spans:
        assert fold(text[start:end]) == word


def test_clause_breaks_follow_punctuation_not_words() -> None:
    text = "Ja, det er fint – og så vil jeg gerne stoppe betalingen."
    breaks = clause_breaks(text)
    words = [w for w, _, _ in word_spans(text)]
    assert [w for w, b in zip(words, breaks, strict=True) if b] == ["det", "og"]


def test_clauses_are_word_ranges() -> None:
    text = "Hvis du ikke vil tas opp, må du ringe en annen gang."
    assert clauses(text) == [(0, 6), (6, 12)]
    assert clauses("") == []


def test_sentences_split_at_full_stops() -> None:
    assert sentences("Ja, det er fint. Jeg ringer om min regning.") == [
        "Ja, det er fint.", "Jeg ringer om min regning."]
