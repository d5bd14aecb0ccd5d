"""Round 28: transcripts written as a recogniser without punctuation writes them (no mark at all,
all lower-case). The marks word order shows are put back (engine/text.py `restore_marks`): a full
stop before a subject and its verb that open a new statement, a question mark after a clause that
puts its verb first ("er det i orden"), a comma after a caller's opening answer words and around a
key prompt. Each rule with a look-alike that must stay as it was; wordings are not the benchmarks'.
"""

from __future__ import annotations

import pytest
from builders import call, verdict

from verifier.engine.findings import _question_verbs
from verifier.engine.phrases import load_bank
from verifier.engine.text import restore_marks, unmarked


def _call(lang: str, opening: str, reply: str, later: tuple[tuple[str, str], ...] = ()) -> dict:
    """A greeting, the agent's unmarked opening in one segment, the caller's unmarked reply, then
    any later turns ((speaker "a"/"c", text))."""
    turns = [("a", 0.5, 3.0, "hej det er lone fra kundeservice" if lang == "da" else "hei det er trond"),
             ("a", 3.2, 14.0, opening), ("c", 14.6, 16.5, reply)]
    t = 17.0
    for who, text in later:
        turns.append((who, t, t + 3.0, text))
        t += 3.5
    return call(lang, turns)


def _marks(lang: str, text: str) -> str:
    return restore_marks(text, _question_verbs(load_bank(lang)))


DA_OPEN = ("vi optager opkaldet for at uddanne vores medarbejdere er det okay for dig "
           "du kan altid bede os slette optagelsen")
NB_OPEN = ("vi tar opp telefonsamtalen for å lære opp nye medarbeidere er det greit for deg "
           "du kan når som helst be meg slutte å ta opp")


# --- 1. A verb put first before its subject asks, without its "?" -------------------------------

def test_a_verb_first_clause_in_unmarked_speech_is_the_request() -> None:
    assert verdict(_call("da", DA_OPEN, "ja det er helt fint"), "dk")[:2] == ("compliant", "given")
    assert verdict(_call("nb", NB_OPEN, "ja det går bra"), "dk")[:2] == ("compliant", "given")


def test_an_unsure_answer_to_an_unmarked_request_is_reviewed() -> None:
    # Without the request, the `no` policy would not look at the reply: falsely compliant.
    v, status, _ = verdict(_call("nb", NB_OPEN, "tja hvem er det som hører på det"), "no")
    assert (v, status) == ("needs_review", "ambiguous")


def test_a_refusal_after_answer_words_stays_a_refusal() -> None:
    v, status, codes = verdict(_call("da", DA_OPEN, "nej tak det vil jeg helst være fri for"), "dk")
    assert v == "non_compliant" and status == "refused" and "CONSENT_REFUSED" in codes


@pytest.mark.parametrize("lang,opening", [
    # a condition opens the clause: the verb first after it is its main clause, not a question
    ("da", "vi optager opkaldet for at uddanne vores medarbejdere hvis du ikke vil det kan du bare sige til"),
    # a verb first followed by a second verb and subject: "if you do not ..., say so"
    ("nb", "vi tar opp telefonsamtalen for å lære opp nye medarbeidere vil du ikke være med på det sier du bare ifra"),
])
def test_a_verb_first_condition_is_no_request(lang, opening) -> None:
    assert "?" not in _marks(lang, opening)
    v, status, codes = verdict(_call(lang, opening, "ja"), "dk")
    assert v != "compliant" and "NO_CONSENT_REQUEST" in codes, (v, status, codes)


def test_a_clause_may_end_on_its_preposition_before_the_question() -> None:
    opening = ("vi tar opp samtalen for å dokumentere det vi snakker om godtar du det "
               "du kan når som helst be meg stoppe opptaket")
    assert _marks("nb", opening).count("?") == 1
    assert verdict(_call("nb", opening, "ja det gjør jeg"), "dk")[:2] == ("compliant", "given")


def test_a_preposition_before_a_subject_still_governs_it() -> None:
    # "om du kan" is "whether you can": no new statement begins at "du"
    assert "." not in _marks("da", "jeg vil høre om du kan finde sagen")


def test_a_verb_first_condition_tells_how_to_object() -> None:
    # "if you do not want to be recorded, just say so": the way to object the `no` policy asks for
    opening = ("vi tar opp telefonsamtalen for å lære opp nye medarbeidere "
               "vil du ikke være med på det sier du bare ifra")
    assert _marks("nb", opening).endswith("vil du ikke være med på det, sier du bare ifra.")
    v, _, codes = verdict(_call("nb", opening, "hei jeg ringer om en faktura"), "no")
    assert v == "compliant", (v, codes)


def test_a_condition_that_opens_the_turn_runs_on_into_its_main_clause() -> None:
    # "if you do not want it, you can just say so. we delete ..." tells how to object; it is no
    # question, and "si fra" with what follows is no right to withdraw
    opening = "vil du ikke ha opptak kan du bare si fra vi sletter opptaket etter to måneder"
    assert _marks("nb", opening) == "vil du ikke ha opptak, kan du bare si fra. vi sletter opptaket etter to måneder"
    turns = [("a", 0.5, 3.0, "hei det er trond"),
             ("a", 3.2, 7.0, "vi tar kanskje opp samtalen for å lære opp nye folk er det greit"),
             ("a", 7.2, 12.0, opening), ("c", 12.6, 14.0, "greit for meg jeg har et spørsmål om regningen")]
    v, _, codes = verdict(call("nb", turns), "dk")
    assert v == "non_compliant" and "NO_WITHDRAWAL_NOTICE" in codes, (v, codes)


def test_a_question_then_a_statement_with_its_adverb_first_stays_a_question() -> None:
    # "er det i orden at ...? bagefter kan du ..." is not "if it is ..., you can ..."
    assert "?" in _marks("da", "vi optager samtalen er det i orden at vi gemmer den bagefter kan du bede om en kopi")


@pytest.mark.parametrize("reply,expected", [
    ("ja greit jeg lurer på regningen", "ja, greit jeg lurer på regningen"),
    ("ja egentlig vil jeg helst slippe", "ja egentlig vil jeg helst slippe"),  # a hedge stays with the answer
])
def test_a_comma_after_answer_words_only_before_a_clause_or_an_assent(reply, expected) -> None:
    assert _marks("nb", reply) == expected


# --- 2. A new statement: a subject and its finite verb after a complete clause ---------------------

def test_a_withdrawal_run_on_after_the_errand_is_heard() -> None:
    later = (("a", "det må vi se på"), ("c", "jeg har tænkt mig om med optagelsen kan du slette den igen"))
    v, _, codes = verdict(_call("da", DA_OPEN, "ja gerne", later), "dk")
    assert v == "non_compliant" and "CONSENT_WITHDRAWN" in codes, (v, codes)


def test_the_errand_after_a_yes_is_a_sentence_of_its_own() -> None:
    # "stoppe" in the errand that follows the yes does not make the yes unsure
    assert _marks("da", "ja det er fint jeg vil gerne stoppe min betalingsaftale") == (
        "ja, det er fint. jeg vil gerne stoppe min betalingsaftale")
    v, status, _ = verdict(_call("da", DA_OPEN, "ja det er fint jeg vil gerne stoppe min betalingsaftale"), "dk")
    assert (v, status) == ("compliant", "given")


def test_a_subject_before_a_question_closes_the_clause_before() -> None:
    # "det fikser vi. har du kundenummeret?", not "det fikser. vi har du kundenummeret"
    assert _marks("nb", "det fikser vi har du kundenummeret") == "det fikser vi. har du kundenummeret?"


@pytest.mark.parametrize("text", ["det kan vi godt kigge på sammen", "i morgen har vi møder hele dagen",
                                  "takk for at du venter", "nej tak", "ja ja"])
def test_a_verb_put_first_after_its_object_opens_nothing(text) -> None:
    assert _marks("da", text) == text


def test_a_third_party_saying_it_is_fine_is_not_split_into_a_yes() -> None:
    # "det er i orden" after "han siger" is what someone else would say: no statement of its own
    v, status, _ = verdict(_call("da", DA_OPEN, "det er hans søster han er ude han siger nok det er i orden"), "no")
    assert v != "compliant" and status != "given", (v, status)


# --- 3. A key prompt after a statement is a sentence of its own ----------------------------------

def test_a_key_prompt_run_on_after_a_notice_leaves_the_notice_whole() -> None:
    opening = ("samtalen tas opp for opplæringsformål mer om dette står på nettsiden vår "
               "trykk 2 for å reservere deg mot opptak")
    assert ". trykk" in _marks("nb", opening)
    v, _, codes = verdict(_call("nb", opening, "hei jeg ringer om en faktura"), "no")
    assert v == "compliant", (v, codes)


def test_a_key_prompt_after_a_notice_with_its_purpose_is_a_sentence_of_its_own() -> None:
    opening = "velkommen her blir samtalen tatt opp for å dokumentere avtaler trykk 3 hvis du vil reservere deg"
    assert ". trykk 3" in _marks("nb", opening)
    v, _, codes = verdict(_call("nb", opening, "hei jeg ringer om en faktura"), "no")
    assert v == "compliant", (v, codes)


def test_a_key_prompt_after_its_purpose_stays_in_its_sentence() -> None:
    for text in ("for at sige ja til optagelsen tast 1", "for ja til opptak trykk 4 for nei til opptak trykk 5"):
        assert _marks("nb", text) == text


@pytest.mark.parametrize("lang,prompt,yes,no", [
    ("da", "vil du godkende optagelsen tast 5 vil du afslå den tast 6", "5", "6"),   # the verb first: the key's condition
    ("da", "vil du gerne optages så tryk 7 vil du ikke så tryk 8", "7", "8"),        # "så" after it: read whole
])
def test_a_key_prompt_with_its_condition_first_keeps_its_key(lang, prompt, yes, no) -> None:
    from builders import INFO, NOTICE, key_after, turns_call

    assert "?" not in _marks(lang, prompt)
    opening = [NOTICE[lang], INFO[lang], prompt]
    got, status, codes = verdict(turns_call(lang, opening, events=key_after(opening, yes)), "dk")
    assert (got, status) == ("compliant", "given"), codes
    got, status, codes = verdict(turns_call(lang, opening, events=key_after(opening, no)), "dk")
    assert (got, status) == ("non_compliant", "refused"), codes


@pytest.mark.parametrize("lang,text", [
    ("da", "vi stopper optagelsen så snart du beder om det"),              # "as soon as you ask"
    ("nb", "eg stoppar opptaket med ein gong du ber om det"),
    ("da", "optagelse ja tak tryk 4 optagelse nej tak tryk 5"),             # a menu of keys, read whole
    ("nb", "ja ja greit for meg"),                                          # an assent after two answer words
])
def test_what_goes_on_is_not_cut(lang, text) -> None:
    assert _marks(lang, text) == text


@pytest.mark.parametrize("lang,text,expected", [
    ("da", "vi optager samtalen til træning er det så okay med dig",       # "så" right after the subject is "then"
     "vi optager samtalen til træning. er det så okay med dig?"),
    ("nn", "etter tretti dagar blir det sletta",                            # a preposition is no verb of a clause
     "etter tretti dagar blir det sletta"),
])
def test_a_verb_first_question_only_after_a_clause(lang, text, expected) -> None:
    assert _marks(lang, text) == expected


# --- 4. Only unmarked speech -------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("vi optager samtalen er det i orden", True),
    ("Vi optager samtalen er det i orden", False),
    ("vi optager samtalen, er det i orden", False),
])
def test_only_text_without_marks_or_capitals_is_unmarked(text, expected) -> None:
    assert unmarked(text) is expected
