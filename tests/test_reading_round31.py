"""Round 31: readings found by held21's falsely compliant calls (telecom, insurance, housing,
travel and webshop calls in a spoken style): a withdrawal with hesitations and fillers inside
it, "we can only <do something> about <X>, if the call is recorded" (the "om" of "about" is no
if), the caller's answer taken for a piece of the agent's sentences read together, and the
caller asking for the recording to be stopped or deleted ("kan eg be om at ...").

Each rule is shown in wordings that are not the benchmark's, in Danish and Norwegian, together
with the look-alikes that must stay as they were.
"""

from __future__ import annotations

import pytest
from builders import INFO, NOTICE, YES, verdict
from builders import read_as as reading
from builders import turns_call as call

# --- 1. Fillers inside a phrase's gap: "jeg trækker øh altså mit ja ... tilbage" -----------------


@pytest.mark.parametrize("lang,text", [
    ("da", "Jeg trækker altså mit samtykke til optagelsen tilbage."),
    ("da", "Øhm, jeg tager øh mit ja til optagelsen tilbage."),
    ("da", "Jeg trækker faktisk lige mit ja til optagelsen tilbage."),
    ("nb", "Jeg trekker altså samtykket mitt til opptaket tilbake."),
])
def test_fillers_do_not_break_a_withdrawal(lang, text) -> None:
    assert reading(lang, text, "withdrawal", context=False) is not None, text


@pytest.mark.parametrize("lang,text", [
    ("da", "Jeg trækker altså min klage over regningen tilbage."),             # not the recording
    ("da", "Jeg trækker øh altså min ansøgning om lån hos jer tilbage."),     # another object
    ("nb", "Jeg trekker altså klagen min på fakturaen tilbake."),
])
def test_fillers_do_not_make_other_things_withdrawals(lang, text) -> None:
    assert reading(lang, text, "withdrawal", context=False) is None, text


# --- 2. "Vi kan kun <handling> om <noget>, hvis samtalen optages" ------------------------------


@pytest.mark.parametrize("lang,text", [
    ("da", "Vi kan kun give dig svar om din forsikring, hvis samtalen bliver optaget."),
    ("da", "Vi kan kun snakke om din opsigelse, hvis vi må optage samtalen."),
    ("nb", "Vi kan bare gi deg råd om lånet ditt hvis samtalen blir tatt opp."),
    ("nn", "Vi kan berre snakke om saka di om vi får ta opp samtalen."),
])
def test_only_if_recorded_with_an_about_before_the_if(lang, text) -> None:
    assert reading(lang, text, "coercion", context=False) is not None, text


@pytest.mark.parametrize("lang,text", [
    ("da", "Vi kan kun svare på spørgsmål om optagelsen, hvis du er kunde hos os."),  # the condition is something else
    ("da", "Vi kan kun hjælpe om aftenen, hvis du ringer igen."),
    ("nb", "Vi kan bare snakke om opptaket hvis du er kunde."),
    ("da", "Vi kan kun give dig svar om din forsikring, hvis samtalen ikke bliver optaget."),  # a "not"
])
def test_only_if_with_another_condition_is_no_coercion(lang, text) -> None:
    assert reading(lang, text, "coercion", context=False) is None, text


# --- 3. The caller's answer is no piece of the agent's sentences read together ----------------


@pytest.mark.parametrize("lang,opening,reply,errand,stop", [
    ("da", [NOTICE["da"], "Er det i orden med dig?", "Du kan altid sige til, så slukker vi."],
     "Ja, hvis den ikke sendes videre.", "Jeg har et spørgsmål til min faktura.",
     "Kan du slukke for optagelsen nu?"),
    ("nb", [NOTICE["nb"], "Er det greit for deg?", "Du kan alltid si ifra, så slår vi av."],
     "Ja, hvis det ikke blir delt.", "Jeg lurer på noe med fakturaen.",
     "Kan du stoppe opptaket nå?"),
])
def test_an_unlabelled_stop_after_a_conditional_yes_is_a_withdrawal(lang, opening, reply, errand, stop) -> None:
    t = call(lang, opening, reply, later=[("customer", errand), ("customer", stop), ("agent", "Det ordner jeg.")],
             labels=False)
    v, _, codes = verdict(t, "dk" if lang == "da" else "no")
    assert v != "compliant" and "CONSENT_WITHDRAWN" in codes, (v, codes)


def test_an_unlabelled_yes_with_a_condition_and_no_stop_stays_compliant() -> None:
    t = call("da", [NOTICE["da"], "Er det i orden med dig?", INFO["da"]], "Ja, hvis den ikke sendes videre.",
             later=[("customer", "Jeg har et spørgsmål til min faktura.")], labels=False)
    v, status, _ = verdict(t, "dk")
    assert (v, status) == ("compliant", "given")


# --- 4. The caller asks for the recording to be stopped or deleted ----------------------------


@pytest.mark.parametrize("lang,text", [
    ("nn", "Kan eg be om at opptaket vert stoppa no?"),
    ("nb", "Kan jeg be om at opptaket blir slettet etterpå?"),
    ("da", "Må jeg bede om, at optagelsen bliver slettet?"),
    ("nn", "Eg ber om at de stoppar opptaket."),
])
def test_asking_for_the_recording_to_stop_is_a_withdrawal(lang, text) -> None:
    assert reading(lang, text, "withdrawal", context=False) is not None, text


@pytest.mark.parametrize("lang,text", [
    ("nb", "Du kan be om at opptaket blir slettet."),            # the agent telling the right
    ("da", "Jeg beder om at få tilsendt optagelsen."),           # asks for a copy, not a stop
    ("da", "Jeg kan bede om at sagen bliver stoppet."),          # not the recording
    ("nb", "Kan jeg be om at betalingen blir stoppet?"),
])
def test_asking_for_other_things_is_no_withdrawal(lang, text) -> None:
    assert reading(lang, text, "withdrawal", context=False) is None, text


def test_a_labelled_ask_to_stop_after_a_yes_makes_the_call_non_compliant() -> None:
    t = call("nb", [NOTICE["nb"], "Er det greit for deg?", INFO["nb"]], YES["nb"],
             later=[("customer", "Kan jeg be om at opptaket blir stoppet nå?"), ("agent", "Det skal jeg ordne.")])
    v, _, codes = verdict(t, "no")
    assert v == "non_compliant" and "CONSENT_WITHDRAWN" in codes, (v, codes)
