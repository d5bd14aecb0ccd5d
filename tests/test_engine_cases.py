"""The consent engine, case by case: transcripts in, verdict / consent status / reasons out.

Each case names the DOMAIN.md rule or trap it checks. `codes` must all appear among the reasons;
`absent` must not.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from builders import DA_OPENING, NO_OPENING, call, mono, then

from verifier import analyze_transcript


@dataclass
class Case:
    id: str
    transcript: dict
    verdict: str
    status: str
    codes: tuple[str, ...] = ()
    absent: tuple[str, ...] = ()
    policy: str | None = None
    method: str | None = None
    action: str | None = None
    withdrawals: int | None = None
    extra: dict = field(default_factory=dict)


BUSINESS_DA = ("a", 14.5, 20.0, "Tak. Hvad kan jeg hjælpe dig med i dag?")
BUSINESS_NO = ("a", 13.5, 18.0, "Takk. Hva kan jeg hjelpe deg med i dag?")

DK = [
    Case("dk_compliant_seed_wording", call("da", then(DA_OPENING, ("c", 13.5, 14.2, "Ja, det er fint."), BUSINESS_DA)),
         "compliant", "given", method="verbal", action="none", absent=("LOW_CONFIDENCE",)),
    Case("dk_compliant_notice_then_request", call("da", [
        ("a", 0.5, 5.0, "Velkommen til Danpost. Samtalen optages til træning af vores medarbejdere."),
        ("a", 5.2, 8.0, "Er det i orden, at vi optager samtalen?"),
        ("a", 8.2, 11.0, "Du kan altid trække dit samtykke tilbage."),
        ("c", 11.5, 12.0, "Ja tak."), BUSINESS_DA]), "compliant", "given"),
    Case("dk_compliant_selvfolgelig", call("da", then(DA_OPENING, ("c", 13.4, 14.0, "Selvfølgelig."), BUSINESS_DA)),
         "compliant", "given"),
    Case("dk_compliant_gerne", call("da", then(DA_OPENING, ("c", 13.4, 14.0, "Ja gerne."), BUSINESS_DA)),
         "compliant", "given"),
    Case("dk_compliant_filler_then_yes", call("da", then(DA_OPENING, ("c", 13.4, 14.5, "Øh, ja, det er i orden."), BUSINESS_DA)),
         "compliant", "given"),
    Case("dk_reply_split_over_segments", call("da", then(DA_OPENING, ("c", 13.4, 13.8, "Øh..."),
                                                         ("c", 14.6, 15.4, "ja, det er fint."),
                                                         ("a", 16.0, 19.0, "Tak skal du have."))),
         "compliant", "given"),
    Case("dk_refused", call("da", then(DA_OPENING, ("c", 13.4, 14.0, "Nej tak."),
                                       ("a", 14.5, 17.0, "Det er helt i orden, så stopper jeg optagelsen."))),
         "non_compliant", "refused", codes=("CONSENT_REFUSED",), action="delete_recording",
         absent=("RECORDING_CONTINUED_AFTER_REFUSAL",)),
    Case("dk_refused_helst_ikke", call("da", then(DA_OPENING, ("c", 13.4, 14.6, "Det vil jeg helst ikke."))),
         "non_compliant", "refused", codes=("CONSENT_REFUSED",)),
    Case("dk_refused_not_in_order", call("da", then(DA_OPENING, ("c", 13.4, 14.6, "Nej, det er ikke i orden."))),
         "non_compliant", "refused", codes=("CONSENT_REFUSED",)),
    Case("dk_refused_then_recording_continues", call("da", then(
        DA_OPENING, ("c", 13.4, 14.0, "Nej."), ("a", 14.5, 20.0, "Okay. Hvad drejer det sig om?"),
        ("c", 21.0, 35.0, "Jeg har et spørgsmål til min regning fra sidste måned."),
        ("a", 36.0, 50.0, "Lad mig lige finde den frem."))),
         "non_compliant", "refused", codes=("CONSENT_REFUSED", "RECORDING_CONTINUED_AFTER_REFUSAL"),
         action="delete_recording"),
    Case("dk_ambiguous_maybe", call("da", then(DA_OPENING, ("c", 13.4, 14.5, "Øh, måske."), BUSINESS_DA)),
         "non_compliant", "ambiguous", codes=("CONSENT_AMBIGUOUS",)),
    Case("dk_ambiguous_dont_know", call("da", then(DA_OPENING, ("c", 13.4, 14.5, "Det ved jeg ikke."), BUSINESS_DA)),
         "non_compliant", "ambiguous", codes=("CONSENT_AMBIGUOUS",)),
    Case("dk_ambiguous_indifferent", call("da", then(DA_OPENING, ("c", 13.4, 14.5, "Det er mig ligegyldigt."), BUSINESS_DA)),
         "non_compliant", "ambiguous", codes=("CONSENT_AMBIGUOUS",)),
    Case("dk_ambiguous_question", call("da", then(DA_OPENING, ("c", 13.4, 14.5, "Hvad skal det bruges til?"))),
         "non_compliant", "ambiguous", codes=("CONSENT_AMBIGUOUS",)),
    Case("dk_ambiguous_yes_but_question", call("da", then(DA_OPENING, ("c", 13.4, 15.0, "Ja, men hvad skal det bruges til?"))),
         "non_compliant", "ambiguous"),
    Case("dk_ambiguous_filler_only", call("da", then(DA_OPENING, ("c", 13.4, 14.0, "Mm."), BUSINESS_DA)),
         "non_compliant", "ambiguous"),
    Case("dk_no_then_fine_is_not_a_yes", call("da", then(DA_OPENING, ("c", 13.4, 14.5, "Nej, det er fint."), BUSINESS_DA)),
         "non_compliant", "ambiguous"),
    Case("dk_clarified_then_yes", call("da", then(
        DA_OPENING, ("c", 13.4, 14.5, "Hvad skal det bruges til?"),
        ("a", 15.0, 19.0, "Det bruges kun til oplæring af nye medarbejdere. Må jeg optage samtalen?"),
        ("c", 19.5, 20.5, "Okay, ja, det er fint."), ("a", 21.0, 24.0, "Tak."))),
         "compliant", "given"),
    Case("dk_no_reply_silence", call("da", then(DA_OPENING, ("a", 25.0, 28.0, "Hallo? Er du der?"))),
         "non_compliant", "no_reply", codes=("NO_REPLY",)),
    Case("dk_reply_outside_window", call("da", then(DA_OPENING, ("c", 26.0, 26.5, "Ja."))),
         "non_compliant", "no_reply", codes=("NO_REPLY",)),
    Case("dk_yes_before_request_is_not_consent", call("da", [
        ("a", 0.5, 3.0, "Goddag, er det Peter?"), ("c", 3.2, 3.6, "Ja."),
        ("a", 4.0, 9.0, "Vi vil gerne forbedre vores service, og jeg skal høre, om jeg må optage samtalen?"),
        ("a", 9.2, 13.0, "Du kan til enhver tid bede mig stoppe optagelsen."),
        ("a", 30.0, 33.0, "Er du der stadig?")]),
         "non_compliant", "no_reply", codes=("NO_REPLY",)),
    Case("dk_agent_yes_is_not_consent", call("da", then(DA_OPENING, ("a", 13.2, 14.0, "Ja, så lad os komme i gang."))),
         "non_compliant", "no_reply", codes=("NO_REPLY",)),
    Case("dk_no_disclosure", call("da", [
        ("a", 0.5, 4.0, "Goddag, du taler med Mette fra Nordbank."), ("c", 4.5, 8.0, "Hej, jeg ringer om mit lån."),
        ("a", 8.5, 12.0, "Det kan jeg hjælpe med.")]),
         "non_compliant", "not_requested",
         codes=("NO_RECORDING_NOTICE", "NO_PURPOSE", "NO_CONSENT_REQUEST", "NO_WITHDRAWAL_NOTICE")),
    Case("dk_no_purpose", call("da", [
        ("a", 0.5, 4.0, "Goddag, du taler med Mette fra Nordbank."),
        ("a", 4.2, 7.0, "Må jeg optage samtalen?"),
        ("a", 7.2, 10.0, "Du kan til enhver tid bede mig stoppe optagelsen."),
        ("c", 10.5, 11.0, "Ja."), ("a", 11.5, 14.0, "Tak.")]),
         "non_compliant", "given", codes=("NO_PURPOSE",)),
    Case("dk_no_withdrawal_notice", call("da", [
        ("a", 0.5, 4.0, "Goddag, du taler med Mette fra Nordbank."),
        ("a", 4.2, 9.0, "Vi optager samtalen til træning. Må jeg optage samtalen?"),
        ("c", 9.5, 10.0, "Ja."), ("a", 10.5, 14.0, "Tak.")]),
         "non_compliant", "given", codes=("NO_WITHDRAWAL_NOTICE",)),
    Case("dk_vague_notice_only", call("da", [
        ("a", 0.5, 6.0, "Velkommen til Nordbank. Samtalen kan blive optaget til træning."),
        ("a", 6.5, 9.0, "Hvad kan jeg hjælpe med?"), ("c", 9.5, 12.0, "Jeg vil gerne høre om mit lån.")]),
         "non_compliant", "not_requested", codes=("VAGUE_NOTICE", "NO_CONSENT_REQUEST")),
    Case("dk_negated_notice_is_no_notice", call("da", [
        ("a", 0.5, 6.0, "Velkommen til Nordbank. Vi optager ikke samtalen."),
        ("a", 6.5, 9.0, "Hvad kan jeg hjælpe med?"), ("c", 9.5, 12.0, "Det drejer sig om mit lån.")]),
         "non_compliant", "not_requested", codes=("NO_RECORDING_NOTICE", "NO_CONSENT_REQUEST")),
    Case("dk_negative_request_consented", call("da", [
        ("a", 0.5, 4.0, "Goddag, du taler med Mette fra Nordbank."),
        ("a", 4.2, 9.0, "Vi optager gerne samtaler til oplæring. Har du noget imod, at vi optager samtalen?"),
        ("a", 9.2, 12.0, "Du kan til enhver tid bede mig stoppe optagelsen."),
        ("c", 12.5, 13.5, "Nej, det er fint."), BUSINESS_DA]),
         "needs_review", "given", codes=("NEGATIVELY_PHRASED_REQUEST",), action="review"),
    Case("dk_negative_request_refused", call("da", [
        ("a", 0.5, 4.0, "Goddag, du taler med Mette fra Nordbank."),
        ("a", 4.2, 9.0, "Vi optager gerne samtaler til oplæring. Har du noget imod, at vi optager samtalen?"),
        ("a", 9.2, 12.0, "Du kan til enhver tid bede mig stoppe optagelsen."),
        ("c", 12.5, 13.5, "Ja, det har jeg."), ("a", 14.0, 16.0, "Så stopper jeg den.")]),
         "non_compliant", "refused", codes=("CONSENT_REFUSED",), action="delete_recording"),
    Case("dk_negative_request_bare_yes_is_ambiguous", call("da", [
        ("a", 0.5, 4.0, "Goddag, du taler med Mette fra Nordbank."),
        ("a", 4.2, 9.0, "Vi optager gerne samtaler til oplæring. Har du noget imod, at vi optager samtalen?"),
        ("a", 9.2, 12.0, "Du kan til enhver tid bede mig stoppe optagelsen."),
        ("c", 12.5, 13.0, "Ja."), BUSINESS_DA]),
         "non_compliant", "ambiguous", codes=("NEGATIVELY_PHRASED_REQUEST", "CONSENT_AMBIGUOUS")),
    Case("dk_withdrawal_later", call("da", then(
        DA_OPENING, ("c", 13.4, 14.0, "Ja, det er fint."), ("a", 14.5, 20.0, "Hvad kan jeg hjælpe med?"),
        ("c", 40.0, 42.0, "Ved du hvad, stop optagelsen."),
        ("a", 42.5, 45.0, "Selvfølgelig, den er stoppet og slettet."))),
         "non_compliant", "given", codes=("CONSENT_WITHDRAWN",), action="delete_recording", withdrawals=1,
         absent=("RECORDING_CONTINUED_AFTER_WITHDRAWAL",)),
    Case("dk_withdrawal_then_recording_continues", call("da", then(
        DA_OPENING, ("c", 13.4, 14.0, "Ja."), ("c", 30.0, 32.0, "Jeg vil ikke optages længere."),
        ("a", 33.0, 40.0, "Okay."), ("a", 41.0, 60.0, "Så skal jeg bruge dit kundenummer."))),
         "non_compliant", "given", codes=("CONSENT_WITHDRAWN", "RECORDING_CONTINUED_AFTER_WITHDRAWAL"),
         withdrawals=1),
    Case("dk_withdrawal_delete", call("da", then(
        DA_OPENING, ("c", 13.4, 14.0, "Ja."), ("c", 30.0, 32.0, "Slet optagelsen, tak."))),
         "non_compliant", "given", codes=("CONSENT_WITHDRAWN",), withdrawals=1),
    Case("dk_false_friend_subscription", call("da", then(
        DA_OPENING, ("c", 13.4, 14.0, "Ja."), ("c", 30.0, 33.0, "Jeg vil gerne stoppe mit abonnement."),
        ("a", 33.5, 36.0, "Det kan jeg hjælpe med."))),
         "compliant", "given", withdrawals=0),
    Case("dk_false_friend_address", call("da", then(
        DA_OPENING, ("c", 13.4, 14.0, "Ja."), ("c", 30.0, 33.0, "Kan du slette min gamle adresse?"),
        ("a", 33.5, 36.0, "Ja, det gør jeg nu."))),
         "compliant", "given", withdrawals=0),
    Case("dk_false_friend_payment", call("da", then(
        DA_OPENING, ("c", 13.4, 14.0, "Ja tak."), ("c", 30.0, 33.0, "Jeg vil stoppe betalingen til jer."))),
         "compliant", "given", withdrawals=0),
    Case("dk_refusal_as_reply_is_not_a_withdrawal", call("da", then(
        DA_OPENING, ("c", 13.4, 14.5, "Nej, stop optagelsen."))),
         "non_compliant", "refused", codes=("CONSENT_REFUSED",), withdrawals=0),
    Case("dk_coercion", call("da", [
        ("a", 0.5, 4.0, "Goddag, du taler med Mette fra Nordbank."),
        ("a", 4.2, 9.0, "Vi optager samtalen til træning. Må jeg optage samtalen?"),
        ("a", 9.2, 13.0, "Du kan til enhver tid bede mig stoppe optagelsen, men ellers kan jeg ikke hjælpe dig."),
        ("c", 13.5, 14.0, "Ja, okay."), BUSINESS_DA]),
         "non_compliant", "given", codes=("COERCIVE_REQUEST",)),
    Case("dk_threat", call("da", [
        ("a", 0.5, 4.0, "Goddag, du taler med Mette fra Nordbank."),
        ("c", 4.5, 9.0, "Hør her, jeg ved hvor du bor, og jeg slår dig ihjel."),
        ("a", 9.5, 12.0, "Jeg optager nu samtalen.")]),
         "needs_review", "not_requested", codes=("THREAT_EXCEPTION_CANDIDATE",), action="review"),
    Case("dk_late_disclosure", call("da", [
        ("a", 0.5, 4.0, "Goddag, du taler med Mette fra Nordbank."), ("c", 4.5, 60.0, "Jeg ringer om mit lån."),
        ("a", 65.0, 70.0, "Vi vil gerne forbedre vores service, så må jeg optage samtalen?"),
        ("a", 70.2, 74.0, "Du kan til enhver tid bede mig stoppe optagelsen."), ("c", 74.5, 75.0, "Ja.")]),
         "non_compliant", "given", codes=("LATE_DISCLOSURE",)),
    Case("dk_asr_split_words", call("da", [
        ("a", 0.5, 4.0, "Goddag du taler med Mette fra Nordbank"),
        ("a", 4.2, 9.0, "vi vil gerne forbedre vores kunde service og må jeg op tage samtalen"),
        ("a", 9.2, 13.0, "du kan til enhver tid bede mig om at stoppe op tagelsen"),
        ("c", 13.5, 14.0, "ja det er fint"), BUSINESS_DA]), "compliant", "given"),
    Case("dk_asr_misspelling", call("da", [
        ("a", 0.5, 4.0, "Goddag du taler med Mette fra Nordbank."),
        ("a", 4.2, 9.0, "Vi vil gerne forbedre vores kundeservise, så må jeg optaje samtalen?"),
        ("a", 9.2, 13.0, "Du kan til enhvr tid bede mig om at stoppe optagelsn."),
        ("c", 13.5, 14.0, "Ja."), BUSINESS_DA]), "compliant", "given"),
    Case("dk_hallucinated_yes_high_no_speech", call("da", then(DA_OPENING, ("c", 13.4, 14.0, "Ja."), BUSINESS_DA),
                                                    conf={3: {"no_speech_prob": 0.93, "avg_logprob": -0.4}}),
         "needs_review", "no_reply", codes=("LOW_CONFIDENCE",)),
    Case("dk_hallucinated_repetition", call("da", then(DA_OPENING, ("c", 13.4, 18.0, "Ja ja ja ja ja ja ja ja."), BUSINESS_DA)),
         "needs_review", "no_reply", codes=("LOW_CONFIDENCE",)),
    Case("dk_hallucinated_subtitle_credit", call("da", then(DA_OPENING, ("c", 13.4, 16.0, "Danske tekster af Nordisk Film."))),
         "needs_review", "no_reply", codes=("LOW_CONFIDENCE",)),
    Case("dk_high_compression_yes", call("da", then(DA_OPENING, ("c", 13.4, 14.0, "Ja."), BUSINESS_DA),
                                         conf={3: {"compression_ratio": 3.1}}),
         "needs_review", "no_reply", codes=("LOW_CONFIDENCE",)),
    Case("dk_weak_recognition_no_verdict", call("da", then(DA_OPENING, ("c", 13.4, 14.0, "Ja."), BUSINESS_DA),
                                                conf={i: {"avg_logprob": -0.9} for i in range(5)}),
         "needs_review", "given", codes=("LOW_CONFIDENCE",)),
    Case("dk_poor_recognition_missing_is_not_proof", call("da", [
        ("a", 0.5, 4.0, "Goddag du taler med mette"), ("a", 4.2, 9.0, "optære jo samtæren"),
        ("c", 9.5, 10.0, "ja")], conf={0: {"avg_logprob": -0.95}, 1: {"avg_logprob": -1.3}, 2: {"avg_logprob": -0.9}}),
         "needs_review", "not_requested", codes=("LOW_CONFIDENCE",)),
    Case("dk_unreadable_agent_opening_missing_is_not_proof", call("da", [
        ("a", 0.5, 4.0, "Goddag, du taler med Mette fra Nordbank."), ("a", 4.2, 12.0, "mille genoptere i samtæren til tryllringer"),
        ("c", 12.5, 16.0, "Jeg ringer om mit lån."), ("a", 16.5, 40.0, "Det kan jeg hjælpe med, lad mig finde din konto frem.")],
        conf={0: {"avg_logprob": -0.3}, 1: {"avg_logprob": -1.2}, 2: {"avg_logprob": -0.3}, 3: {"avg_logprob": -0.3}}),
         "needs_review", "not_requested", codes=("LOW_CONFIDENCE", "NO_RECORDING_NOTICE")),
    Case("dk_mono_compliant", call("da", mono(then(DA_OPENING, ("c", 13.4, 14.0, "Ja, det er fint."), BUSINESS_DA))),
         "compliant", "given"),
    Case("dk_mono_refused", call("da", mono(then(DA_OPENING, ("c", 13.4, 14.0, "Nej tak."), ("a", 14.5, 16.0, "Det er i orden.")))),
         "non_compliant", "refused", codes=("CONSENT_REFUSED",)),
    Case("dk_mono_agent_acknowledging_stop_is_not_a_withdrawal", call("da", mono(then(
        DA_OPENING, ("c", 13.4, 14.0, "Nej tak."), ("a", 14.5, 17.0, "Det er i orden. Jeg stopper optagelsen nu.")))),
         "non_compliant", "refused", codes=("CONSENT_REFUSED",), absent=("CONSENT_WITHDRAWN",), withdrawals=0),
    Case("dk_mono_agent_continues_no_reply", call("da", mono(then(DA_OPENING, ("a", 25.0, 28.0, "Hallo?")))),
         "non_compliant", "no_reply", codes=("NO_REPLY",)),
    Case("dk_unlabelled_reply_in_labelled_call", call("da", then(DA_OPENING, ("?", 13.4, 14.0, "Ja."), BUSINESS_DA)),
         "needs_review", "given", codes=("LOW_CONFIDENCE",)),
    Case("dk_keypress_optin", call("da", [
        ("a", 0.5, 6.0, "Velkommen til Nordbank. Vi optager gerne samtalen til træning af vores medarbejdere."),
        ("a", 6.2, 10.0, "Du kan til enhver tid bede os stoppe optagelsen."),
        ("a", 10.2, 13.0, "Tast 1 for at acceptere optagelsen."), ("a", 20.0, 24.0, "Tak, du stilles nu videre.")],
        events=[{"time": 15.1, "type": "dtmf", "digit": "1"}]),
         "compliant", "given", method="keypress"),
    Case("dk_keypress_prompt_no_key", call("da", [
        ("a", 0.5, 6.0, "Velkommen til Nordbank. Vi optager gerne samtalen til træning af vores medarbejdere."),
        ("a", 6.2, 10.0, "Du kan til enhver tid bede os stoppe optagelsen."),
        ("a", 10.2, 13.0, "Tast 1 for at acceptere optagelsen."), ("a", 30.0, 34.0, "Du stilles nu videre.")]),
         "non_compliant", "no_reply", codes=("NO_REPLY",)),
    Case("dk_keypress_wrong_key", call("da", [
        ("a", 0.5, 6.0, "Velkommen til Nordbank. Vi optager gerne samtalen til træning af vores medarbejdere."),
        ("a", 6.2, 10.0, "Du kan til enhver tid bede os stoppe optagelsen."),
        ("a", 10.2, 13.0, "Tast 1 for at acceptere optagelsen.")],
        events=[{"time": 14.0, "type": "dtmf", "digit": "5"}]),
         "non_compliant", "ambiguous"),
    Case("dk_keypress_on_agent_channel_ignored", call("da", [
        ("a", 0.5, 6.0, "Velkommen til Nordbank. Vi optager gerne samtalen til træning af vores medarbejdere."),
        ("a", 6.2, 10.0, "Du kan til enhver tid bede os stoppe optagelsen."),
        ("a", 10.2, 13.0, "Tast 1 for at acceptere optagelsen.")],
        events=[{"time": 14.0, "type": "dtmf", "digit": "1", "channel": "agent"}]),
         "non_compliant", "no_reply"),
    Case("dk_keypress_two_options_optout_pressed", call("da", [
        ("a", 0.5, 6.0, "Velkommen til Nordbank. Vi optager gerne samtalen til træning af vores medarbejdere."),
        ("a", 6.2, 10.0, "Du kan til enhver tid bede os stoppe optagelsen."),
        ("a", 10.2, 16.0, "Tast 1 for at acceptere optagelsen, eller tast 2 hvis du ikke ønsker at blive optaget.")],
        events=[{"time": 17.0, "type": "dtmf", "digit": "2"}]),
         "non_compliant", "refused", codes=("CONSENT_REFUSED",), method="keypress"),
    Case("dk_keypress_before_prompt_ignored", call("da", [
        ("a", 0.5, 6.0, "Velkommen til Nordbank. Vi optager gerne samtalen til træning af vores medarbejdere."),
        ("a", 6.2, 10.0, "Du kan til enhver tid bede os stoppe optagelsen."),
        ("a", 10.2, 13.0, "Tast 1 for at acceptere optagelsen.")],
        events=[{"time": 2.0, "type": "dtmf", "digit": "1"}]),
         "non_compliant", "no_reply"),
    Case("dk_late_reply", call("da", [
        ("a", 0.5, 4.0, "Goddag, du taler med Mette fra Nordbank."), ("c", 4.5, 45.0, "Jeg har et spørgsmål om min konto."),
        ("a", 46.0, 54.0, "Vi vil gerne forbedre vores service. Du kan til enhver tid bede mig stoppe optagelsen."),
        ("a", 54.5, 58.0, "Må jeg optage samtalen?"), ("a", 58.2, 61.0, "Det tager kun et øjeblik."),
        ("c", 62.0, 63.0, "Ja, det er fint.")]),
         "non_compliant", "given", codes=("LATE_DISCLOSURE",)),
]

NO = [
    Case("no_information_based_compliant", call("no", then(NO_OPENING, BUSINESS_NO)),
         "compliant", "not_requested", action="none"),
    Case("no_reservation_option_compliant", call("nb", [
        ("a", 0.5, 4.0, "Hei, du snakker med Kari i Telenor."),
        ("a", 4.2, 9.0, "Vi tar opp samtalen for å forbedre kundeservicen. Du kan reservere deg mot opptak."),
        BUSINESS_NO]), "compliant", "not_requested"),
    Case("no_vague_notice", call("no", [
        ("a", 0.5, 4.0, "Hei, du snakker med Kari i Telenor."),
        ("a", 4.2, 9.0, "Samtalen kan bli tatt opp for opplæringsformål. Du kan reservere deg."), BUSINESS_NO]),
         "non_compliant", "not_requested", codes=("VAGUE_NOTICE",), absent=("NO_RECORDING_NOTICE",)),
    Case("no_no_purpose", call("no", [
        ("a", 0.5, 4.0, "Hei, du snakker med Kari i Telenor."),
        ("a", 4.2, 9.0, "Samtalen blir tatt opp. Du kan når som helst be meg stoppe opptaket."), BUSINESS_NO]),
         "non_compliant", "not_requested", codes=("NO_PURPOSE",)),
    Case("no_no_objection_option", call("no", [
        ("a", 0.5, 4.0, "Hei, du snakker med Kari i Telenor."),
        ("a", 4.2, 9.0, "Samtalen blir tatt opp for opplæringsformål."), BUSINESS_NO]),
         "non_compliant", "not_requested", codes=("NO_OBJECTION_OPTION",)),
    Case("no_no_disclosure", call("no", [
        ("a", 0.5, 4.0, "Hei, du snakker med Kari i Telenor."), ("c", 4.5, 8.0, "Hei, jeg ringer om regningen min.")]),
         "non_compliant", "not_requested", codes=("NO_RECORDING_NOTICE", "NO_PURPOSE", "NO_OBJECTION_OPTION")),
    Case("no_request_and_yes", call("no", [
        ("a", 0.5, 4.0, "Hei, du snakker med Kari i Telenor."),
        ("a", 4.2, 9.0, "Samtalen blir tatt opp for opplæring. Er det greit at vi tar opp samtalen?"),
        ("c", 9.5, 10.5, "Ja, det er greit."), BUSINESS_NO]), "compliant", "given"),
    Case("no_request_only_with_yes_counts_as_notice", call("no", [
        ("a", 0.5, 4.0, "Hei, du snakker med Kari i Telenor."),
        ("a", 4.2, 9.0, "For å forbedre kundeservicen vår, er det greit at vi tar opp samtalen?"),
        ("c", 9.5, 10.5, "Ja, det går fint."), BUSINESS_NO]), "compliant", "given"),
    Case("no_request_ambiguous_reply", call("no", then(NO_OPENING, ("a", 12.2, 13.5, "Er det greit for deg?"),
                                                       ("c", 14.0, 15.0, "Tja, kanskje."), ("a", 16.0, 18.0, "Ok."))),
         "needs_review", "ambiguous", codes=("CONSENT_AMBIGUOUS",), action="review"),
    Case("no_request_what_for", call("no", then(NO_OPENING, ("a", 12.2, 13.5, "Er det greit for deg?"),
                                                ("c", 14.0, 15.0, "Hva skal det brukes til?"))),
         "needs_review", "ambiguous", codes=("CONSENT_AMBIGUOUS",)),
    Case("no_request_no_reply_is_fine", call("no", then(NO_OPENING, ("a", 12.2, 13.5, "Er det greit for deg?"),
                                                        ("a", 30.0, 33.0, "Da går vi videre."))),
         "compliant", "no_reply"),
    Case("no_request_refused", call("no", then(NO_OPENING, ("a", 12.2, 13.5, "Er det greit for deg?"),
                                               ("c", 14.0, 14.8, "Nei takk."), ("a", 15.0, 18.0, "Da stopper jeg opptaket."))),
         "non_compliant", "refused", codes=("CONSENT_REFUSED",), action="delete_recording"),
    Case("no_refused_recording_continued", call("no", then(NO_OPENING, ("a", 12.2, 13.5, "Er det greit for deg?"),
                                                           ("c", 14.0, 14.8, "Nei, det vil jeg ikke."),
                                                           ("a", 15.0, 50.0, "Ok. Hva gjelder henvendelsen?"))),
         "non_compliant", "refused", codes=("CONSENT_REFUSED", "RECORDING_CONTINUED_AFTER_REFUSAL")),
    Case("no_negative_request_consented", call("no", [
        ("a", 0.5, 4.0, "Hei, du snakker med Kari i Telenor."),
        ("a", 4.2, 9.0, "Samtalen blir tatt opp for opplæring. Har du noe imot at vi tar opp samtalen?"),
        ("c", 9.5, 10.5, "Nei, det går fint."), BUSINESS_NO]),
         "needs_review", "given", codes=("NEGATIVELY_PHRASED_REQUEST",)),
    Case("no_negative_request_refused", call("no", [
        ("a", 0.5, 4.0, "Hei, du snakker med Kari i Telenor."),
        ("a", 4.2, 9.0, "Samtalen blir tatt opp for opplæring. Har du noe imot at vi tar opp samtalen?"),
        ("c", 9.5, 10.5, "Ja, det har jeg."), ("a", 11.0, 13.0, "Da stopper jeg opptaket.")]),
         "non_compliant", "refused", codes=("CONSENT_REFUSED",)),
    Case("no_withdrawal", call("no", then(NO_OPENING, BUSINESS_NO, ("c", 35.0, 37.0, "Stopp opptaket, takk."),
                                          ("a", 37.5, 40.0, "Det er gjort."))),
         "non_compliant", "not_requested", codes=("CONSENT_WITHDRAWN",), withdrawals=1, action="delete_recording"),
    Case("no_withdrawal_no_longer", call("no", then(NO_OPENING, BUSINESS_NO, ("c", 35.0, 37.0, "Jeg vil ikke bli tatt opp lenger."))),
         "non_compliant", "not_requested", codes=("CONSENT_WITHDRAWN",), withdrawals=1),
    Case("no_false_friend_payment", call("no", then(NO_OPENING, BUSINESS_NO, ("c", 35.0, 37.0, "Jeg vil stoppe betalingen min."))),
         "compliant", "not_requested", withdrawals=0),
    Case("no_false_friend_old_address", call("no", then(NO_OPENING, BUSINESS_NO, ("c", 35.0, 37.0, "Kan du slette den gamle adressen min?"))),
         "compliant", "not_requested", withdrawals=0),
    Case("no_coercion", call("no", then(NO_OPENING, ("a", 12.2, 13.4, "Vi må ta opp samtalen, ellers kan vi ikke hjelpe deg."), BUSINESS_NO)),
         "non_compliant", "not_requested", codes=("COERCIVE_REQUEST",)),
    Case("no_threat", call("no", then(NO_OPENING, ("c", 13.0, 16.0, "Jeg vet hvor du bor, og jeg kommer og tar deg."), ("a", 17.0, 19.0, "Nå avslutter jeg samtalen."))),
         "needs_review", "not_requested", codes=("THREAT_EXCEPTION_CANDIDATE",)),
    Case("no_keypress_optout_pressed", call("no", [
        ("a", 0.5, 6.0, "Velkommen til Fjordkraft. Samtalen blir tatt opp for opplæringsformål."),
        ("a", 6.2, 10.0, "Trykk 1 for å reservere deg mot opptak."), ("a", 20.0, 23.0, "Du blir nå satt over.")],
        events=[{"time": 11.0, "type": "dtmf", "digit": "1"}]),
         "non_compliant", "refused", codes=("CONSENT_REFUSED",), method="keypress"),
    Case("no_keypress_optout_not_pressed", call("no", [
        ("a", 0.5, 6.0, "Velkommen til Fjordkraft. Samtalen blir tatt opp for opplæringsformål."),
        ("a", 6.2, 10.0, "Trykk 1 for å reservere deg mot opptak."), ("a", 20.0, 23.0, "Du blir nå satt over.")]),
         "compliant", "not_requested"),
    Case("no_keypress_optin_pressed", call("no", [
        ("a", 0.5, 6.0, "Velkommen til Fjordkraft. Samtalen blir tatt opp for opplæringsformål."),
        ("a", 6.2, 10.0, "Trykk en for å godta opptak."), ("a", 20.0, 23.0, "Takk.")],
        events=[{"time": 11.0, "type": "dtmf", "digit": "1"}]),
         "compliant", "given", method="keypress"),
    Case("no_nynorsk_compliant", call("nn", [
        ("a", 0.5, 4.0, "Hei, du snakkar med Kari i banken."),
        ("a", 4.2, 9.0, "Samtala blir teken opp for opplæring. Du kan reservere deg mot opptak."), BUSINESS_NO]),
         "compliant", "not_requested"),
    Case("no_asr_misspelled_tat_opp", call("no", [
        ("a", 0.5, 4.0, "Hei du snakker med Kari"),
        ("a", 4.2, 9.0, "samtalen blir tat opp for opplæring og du kan reservere deg mot opptak"), BUSINESS_NO]),
         "compliant", "not_requested"),
    Case("no_negated_notice", call("no", [
        ("a", 0.5, 4.0, "Hei, du snakker med Kari i Telenor."),
        ("a", 4.2, 9.0, "Samtalen blir ikke tatt opp."), BUSINESS_NO]),
         "non_compliant", "not_requested", codes=("NO_RECORDING_NOTICE",)),
    Case("no_mono_compliant", call("no", mono(then(NO_OPENING, BUSINESS_NO))), "compliant", "not_requested"),
    Case("no_unreadable_caller_speech_after_notice_gives_review", call("no", then(NO_OPENING, ("c", 12.5, 14.0, "…"), BUSINESS_NO)),
         "needs_review", "not_requested", codes=("LOW_CONFIDENCE",)),
    Case("no_hallucinated_reply_gives_review", call("no", then(NO_OPENING, ("a", 12.2, 13.5, "Er det greit for deg?"),
                                                               ("c", 14.0, 16.0, "Tekstet av NRK."))),
         "needs_review", "no_reply", codes=("LOW_CONFIDENCE",)),
    Case("no_late_notice", call("no", [
        ("a", 0.5, 4.0, "Hei, du snakker med Kari i Telenor."), ("c", 4.5, 62.0, "Jeg har et spørsmål om regningen."),
        ("a", 63.0, 70.0, "Samtalen blir tatt opp for opplæring. Du kan reservere deg mot opptak.")]),
         "non_compliant", "not_requested", codes=("LATE_DISCLOSURE",)),
    Case("no_danish_call_under_no_policy", call("da", then(DA_OPENING, ("c", 13.5, 14.2, "Ja, det er fint."), BUSINESS_DA)),
         "compliant", "given", policy="no"),
    Case("dk_policy_on_norwegian_call_needs_yes", call("no", then(NO_OPENING, BUSINESS_NO)),
         "non_compliant", "not_requested", codes=("NO_CONSENT_REQUEST",), policy="dk"),
]

OTHER = [
    Case("unsupported_swedish", call("sv", [("a", 0.5, 4.0, "Hej, samtalet spelas in.")]),
         "needs_review", "not_requested", codes=("UNSUPPORTED_LANGUAGE",), action="review"),
    Case("unsupported_english", call("en", [("a", 0.5, 4.0, "This call is recorded.")]),
         "needs_review", "not_requested", codes=("UNSUPPORTED_LANGUAGE",)),
]

ALL = DK + NO + OTHER


@pytest.mark.parametrize("case", ALL, ids=[c.id for c in ALL])
def test_case(case: Case, record_schema) -> None:
    record = analyze_transcript(case.transcript, policy=case.policy)
    data = record.to_dict()
    codes = record.reason_codes
    assert (record.verdict, record.consent.status) == (case.verdict, case.status), (codes, data["consent"])
    for code in case.codes:
        assert code in codes
    for code in case.absent:
        assert code not in codes
    if case.method:
        assert record.consent.method == case.method
    if case.action:
        assert record.required_action == case.action
    if case.withdrawals is not None:
        assert len(record.withdrawals) == case.withdrawals
    record_schema.validate(data)


def test_never_compliant_without_a_reason_free_record() -> None:
    """Every compliant case has no reasons at all; every other case has at least one."""
    for case in ALL:
        record = analyze_transcript(case.transcript, policy=case.policy)
        assert (record.verdict == "compliant") == (not record.reasons), case.id


def test_case_count() -> None:
    """The issue asks for at least 60 transcript cases across both languages and policies."""
    assert len(ALL) >= 60
    assert {c.transcript["language"] for c in ALL} >= {"da", "no", "nb", "nn"}


# --- real-world disclosure wording read by parts: whole calls, exact verdicts and reasons -------

def _opening(lang: str, notice: str, option: str) -> dict:
    greet = "Hei, du snakker med Kari i banken." if lang != "da" else "Goddag, du taler med Mette fra Nordbank."
    business = ("Hva kan jeg hjelpe deg med?", "Jeg har et spørsmål om regningen.") if lang != "da" else (
        "Hvad kan jeg hjælpe dig med?", "Jeg har et spørgsmål om min regning.")
    return call(lang, [("a", 0.5, 3.5, greet), ("a", 3.7, 8.0, notice), ("a", 8.2, 11.5, option),
                       ("a", 11.8, 14.0, business[0]), ("c", 14.5, 17.0, business[1])])


# (language, notice sentence, objection/withdrawal sentence, verdict under `no`, exact reason codes)
PARTS_CALLS = [
    # positives: a definite notice with its purpose and a way to object, in unseen wordings
    ("nb", "Vi har lydopptak av alle samtaler for å sikre kvaliteten.",
     "Ønsker du ikke at samtalen tas opp, gi beskjed til rådgiveren.", "compliant", set()),
    ("nn", "Me tek opp samtalane for å betre tenestene.",
     "Ynskjer du ikkje opptak, kan du velje det bort.", "compliant", set()),
    ("no", "Samtalen tar vi opp slik at vi kan dokumentere hva du bestiller.",
     "Du kan be om at det ikke gjøres opptak.", "compliant", set()),
    ("nb", "Det blir tatt lydopptak av samtalen med sikte på opplæring.",
     "Vil du slippe opptak, sier du fra.", "compliant", set()),
    ("nn", "Samtalane våre vert tekne opp av omsyn til kvaliteten.",
     "Om du ikkje vil ha opptak, seier du berre ifrå.", "compliant", set()),
    ("da", "Der laves optagelse af samtalen af hensyn til kvaliteten.",
     "Du kan frabede dig, at samtalen optages.", "compliant", set()),
    ("da", "Denne samtale optager vi til træningsbrug.", "Ønsker du ikke optagelse, så tryk 3.", "compliant", set()),
    ("da", "Vi foretager lydoptagelse af alle samtaler, så vi kan efterprøve aftaler.",
     "Vil du ikke have optagelse, så sig til.", "compliant", set()),
    ("da", "Vi gemmer samtalen for at kunne dokumentere din ordre.",
     "Du kan bede om, at samtalen ikke optages.", "compliant", set()),
    ("da", "Samtalen optages af sikkerhedsmæssige grunde.", "Du kan frit vælge optagelsen fra.", "compliant", set()),
    # hard negatives: vague, conditional, negated, no purpose, no option, coercion
    ("nb", "Det hender at vi tar opp samtaler for å sikre kvaliteten.",
     "Du kan reservere deg mot opptak.", "non_compliant", {"VAGUE_NOTICE"}),
    ("nn", "Nokre samtalar vert tekne opp for å betre tenestene.",
     "Du kan reservere deg mot opptak.", "non_compliant", {"VAGUE_NOTICE"}),
    ("nb", "Hvis vi gjør opptak av samtalen, er det for å sikre kvaliteten.",
     "Du kan reservere deg mot opptak.", "non_compliant", {"NO_RECORDING_NOTICE"}),
    ("nb", "Vi har lydopptak av alle samtaler.", "Du kan reservere deg mot opptak.", "non_compliant", {"NO_PURPOSE"}),
    ("nb", "Vi har lydopptak av alle samtaler for å sikre kvaliteten.",
     "Det er ikke mulig å reservere seg mot opptak.", "non_compliant", {"NO_OBJECTION_OPTION", "COERCIVE_REQUEST"}),
    ("da", "Det er muligt, at samtalen optages af hensyn til kvaliteten.",
     "Du kan frabede dig optagelse.", "non_compliant", {"VAGUE_NOTICE"}),
    ("da", "Samtaler optages stikprøvevis af hensyn til kvaliteten.",
     "Du kan frabede dig optagelse.", "non_compliant", {"VAGUE_NOTICE"}),
    ("da", "Vi har ikke optagelse af denne samtale.", "Du kan frabede dig optagelse.", "non_compliant",
     {"NO_RECORDING_NOTICE", "NO_PURPOSE"}),
    ("da", "Samtalen optages for en sikkerheds skyld.", "Du kan frabede dig optagelse.", "non_compliant",
     {"NO_PURPOSE"}),
    ("da", "Samtalen optages til træning.", "Afslår du optagelse, kan jeg ikke fortsætte.", "non_compliant",
     {"NO_OBJECTION_OPTION", "COERCIVE_REQUEST"}),
    ("da", "Samtalen optages ikke til træning.", "Du kan frabede dig optagelse.", "non_compliant",
     {"NO_RECORDING_NOTICE", "NO_PURPOSE"}),
    ("nb", "Samtalen tas ikke opp.", "Du kan reservere deg mot opptak.", "non_compliant",
     {"NO_RECORDING_NOTICE", "NO_PURPOSE"}),
]


@pytest.mark.parametrize(("lang", "notice", "option", "verdict", "codes"), PARTS_CALLS,
                         ids=[f"{c[0]}-{k}" for k, c in enumerate(PARTS_CALLS)])
def test_disclosure_read_by_parts_decides_the_call(lang, notice, option, verdict, codes) -> None:
    record = analyze_transcript(_opening(lang, notice, option), policy="no")
    assert record.verdict == verdict
    assert set(record.reason_codes) == codes
    assert record.consent.status == "not_requested"


# --- held4's falsely compliant causes (benchmarks/README.md, round 7): whole calls, exact outcomes -

def _held4_call(lang: str, opening: list[str], *, reply: str | None = None, events: list[dict] | None = None,
                labels: bool = True) -> dict:
    """A greeting, the agent's opening sentences one to a segment, an optional customer reply, the errand."""
    greet = "Goddag, det er Lone fra Varmeværket." if lang == "da" else "Hei, det er Trond i Kraftlaget."
    errand = "Hvad drejer det sig om?" if lang == "da" else "Hva gjelder det?"
    turns = [("a", 0.5, 3.5, greet)]
    t = 3.7
    for sentence in opening:
        turns.append(("a", t, t + 3.0, sentence))
        t += 3.2
    if reply is not None:
        turns.append(("c", t + 0.3, t + 1.3, reply))
        t += 1.6
    turns.append(("a", t, t + 2.0, errand))
    return call(lang, mono(turns) if not labels else turns, events=events)


DA_TALK = ["Vi optager samtalen for at kunne lære nye kolleger op.", "Du kan til enhver tid få optagelsen stoppet."]
NO_TALK = ["Vi tar opp samtalen for å lære opp nye kolleger.", "Du kan når som helst få stoppet opptaket."]
NN_TALK = ["Me tek opp samtalen for å lære opp nye kollegaer.", "Du kan når som helst få stoppa opptaket."]

# (id, lang, policy, transcript, verdict, consent status, exact reason codes)
HELD4_CAUSES = [
    # 1. A key pressed right after talk of recording whose prompt was not read is an answer of
    #    unknown meaning: never ignored (it may be a no), so consent is ambiguous.
    ("key_unread_da_no", "da", "no", _held4_call("da", [*DA_TALK, "Tast 8, og optagelsen springes over."],
                                                 events=[{"time": 14.0, "type": "dtmf", "digit": "8"}]),
     "needs_review", "ambiguous", {"CONSENT_AMBIGUOUS"}),
    ("key_unread_nb_no", "nb", "no", _held4_call("nb", [*NO_TALK, "Tast 8 så hopper vi over opptaket."],
                                                 events=[{"time": 14.0, "type": "dtmf", "digit": "8"}]),
     "needs_review", "ambiguous", {"CONSENT_AMBIGUOUS"}),
    ("key_unread_nn_dk", "nn", "dk", _held4_call("nn", [*NN_TALK, "Tast 8 så hoppar me over opptaket."],
                                                 events=[{"time": 14.0, "type": "dtmf", "digit": "8"}]),
     "non_compliant", "ambiguous", {"NO_CONSENT_REQUEST", "CONSENT_AMBIGUOUS"}),
    #    ... but a menu key long before any talk of recording stays a menu key.
    ("key_menu_before_talk_da", "da", "no", call("da", [
        ("a", 0.5, 3.0, "Velkommen. Tast 2 for erhverv."), ("a", 30.0, 33.0, DA_TALK[0]),
        ("a", 33.2, 36.0, "Du kan sige nej til optagelsen."), ("a", 36.2, 38.0, "Hvad drejer det sig om?")],
        events=[{"time": 3.5, "type": "dtmf", "digit": "2"}]), "compliant", "not_requested", set()),
    # 2. Coercion worded as a consequence with a service we have no word for.
    ("coercion_unnamed_service_da", "da", "no",
     _held4_call("da", [DA_TALK[0], "Hvis vi ikke må optage, kan vi desværre ikke ændre din aftale."]),
     "non_compliant", "not_requested", {"COERCIVE_REQUEST", "NO_OBJECTION_OPTION"}),
    ("coercion_unnamed_service_nb", "nb", "no",
     _held4_call("nb", [NO_TALK[0], "Hvis vi ikke får ta opp, kan jeg dessverre ikke endre avtalen din."]),
     "non_compliant", "not_requested", {"COERCIVE_REQUEST", "NO_OBJECTION_OPTION"}),
    ("coercion_without_nn", "nn", "no",
     _held4_call("nn", [NN_TALK[0], "Utan opptak kan me ikkje endre avtalen din."]),
     "non_compliant", "not_requested", {"COERCIVE_REQUEST", "NO_OBJECTION_OPTION"}),
    #    ... while a refusal answered by not recording is an objection option, not coercion.
    ("no_coercion_stop_da", "da", "no",
     _held4_call("da", [DA_TALK[0], "Hvis du ikke vil optages, optager vi ikke."]),
     "compliant", "not_requested", set()),
    # 3. A partitive quantifier makes the notice vague: only some calls are recorded.
    ("vague_partitive_da", "da", "no",
     _held4_call("da", ["En del af vores samtaler optages for at kunne lære nye kolleger op.",
                        "Du kan sige nej til optagelsen."]),
     "non_compliant", "not_requested", {"VAGUE_NOTICE"}),
    ("vague_partitive_nb", "nb", "no",
     _held4_call("nb", ["En del av samtalene tas opp for å lære opp nye kolleger.", "Du kan si nei til opptak."]),
     "non_compliant", "not_requested", {"VAGUE_NOTICE"}),
    ("vague_selected_nn", "nn", "no",
     _held4_call("nn", ["Utvalde samtalar vert tekne opp for å lære opp nye kollegaer.", "Du kan seie nei til opptak."]),
     "non_compliant", "not_requested", {"VAGUE_NOTICE"}),
    # 4. A short reply we cannot read, right after a question we could not read, is an answer.
    ("short_unread_reply_da", "da", "no", _held4_call("da", [*DA_TALK, "Lyder det rimeligt for dig?"], reply="Nåh jo."),
     "needs_review", "ambiguous", {"CONSENT_AMBIGUOUS"}),
    ("short_unread_reply_nb", "nb", "no", _held4_call("nb", [*NO_TALK, "Føles det rimelig for deg?"], reply="Nja."),
     "needs_review", "ambiguous", {"CONSENT_AMBIGUOUS"}),
    ("short_unread_reply_nn_unlabelled", "nn", "no",
     _held4_call("nn", [*NN_TALK, "Plagar det deg?"], reply="Mja.", labels=False),
     "needs_review", "ambiguous", {"CONSENT_AMBIGUOUS"}),
    #    A verb that objects makes a short negatively phrased request ("Generer det dig?").
    ("short_negative_verb_da", "da", "no", _held4_call("da", [*DA_TALK, "Generer det dig?"], reply="Nej, slet ikke."),
     "needs_review", "given", {"NEGATIVELY_PHRASED_REQUEST"}),
    ("short_negative_verb_nb", "nb", "no", _held4_call("nb", [*NO_TALK, "Plager det deg?"], reply="Nei, ikke i det hele tatt."),
     "needs_review", "given", {"NEGATIVELY_PHRASED_REQUEST"}),
    # 5. A key-press prompt names the recording as a condition: it is no notice.
    ("prompt_no_notice_da", "da", "no",
     _held4_call("da", ["Vi vil gerne lære nye kolleger op.", "Du kan til enhver tid få optagelsen stoppet.",
                        "Tast 1, hvis du accepterer, at samtalen optages, og 2, hvis du ikke gør."]),
     "non_compliant", "no_reply", {"NO_RECORDING_NOTICE", "NO_PURPOSE"}),
    ("prompt_no_notice_nb", "nb", "no",
     _held4_call("nb", ["Vi vil gjerne lære opp nye kolleger.", "Du kan når som helst få stoppet opptaket.",
                        "Trykk 1 hvis du godtar at samtalen tas opp, og 2 hvis du ikke gjør det."]),
     "non_compliant", "no_reply", {"NO_RECORDING_NOTICE", "NO_PURPOSE"}),
    # 6. A sentence whose every word about recording stands in a condition (an if-clause with its
    #    that-clause, or a verb-first "vil du ..., så ...") states no recording.
    ("condition_no_notice_da", "da", "no",
     _held4_call("da", ["Det gør vi for at lære nye kolleger op.",
                        "Ønsker du ikke, at opkaldet optages, så sig det til mig."]),
     "non_compliant", "not_requested", {"NO_RECORDING_NOTICE"}),
    ("condition_no_notice_nb", "nb", "no",
     _held4_call("nb", ["Det gjør vi for å lære opp nye kolleger.",
                        "Ønsker du ikke at samtalen tas opp, så gi meg beskjed."]),
     "non_compliant", "not_requested", {"NO_RECORDING_NOTICE"}),
    ("verb_first_condition_no_notice_da", "da", "no",
     _held4_call("da", ["Det gør vi for at lære nye kolleger op.", "Du kan sige nej til optagelsen.",
                        "Vil du give lov til, at vi optager samtalen, så sig ja nu."]),
     "non_compliant", "not_requested", {"NO_RECORDING_NOTICE"}),
    #    ... while a notice in the main clause after a condition stays a notice.
    ("condition_then_notice_da", "da", "no",
     _held4_call("da", ["Ringer du om en skade, optager vi samtalen for at lære nye kolleger op.",
                        "Du kan sige nej til optagelsen."]),
     "compliant", "not_requested", set()),
    # 7. A refusing if-clause answered by stopping the recording offers a way to object; with
    #    "later" it also tells that consent can be withdrawn.
    ("refusal_stops_recording_da", "da", "dk",
     _held4_call("da", [DA_TALK[0], "Er det i orden?", "Vil du undervejs ikke optages mere, stopper vi optagelsen."],
                 reply="Ja, fint."),
     "compliant", "given", set()),
    # 8. Key prompts read by their parts: a "not", a refusing verb, "ellers" or "for nej" makes
    #    the key an opt-out; a consent word alone an opt-in.
    ("key_parts_optin_yes_da", "da", "dk",
     _held4_call("da", [*DA_TALK, "Godkender du optagelsen, så tast 4. Ellers tast 7."],
                 events=[{"time": 14.0, "type": "dtmf", "digit": "4"}]),
     "compliant", "given", set()),
    ("key_parts_optin_no_key_da", "da", "dk",
     _held4_call("da", [*DA_TALK, "Godkender du optagelsen, så tast 4. Ellers tast 7."],
                 events=[{"time": 14.0, "type": "dtmf", "digit": "7"}]),
     "non_compliant", "refused", {"CONSENT_REFUSED"}),
    ("key_parts_optout_nb", "nb", "no",
     _held4_call("nb", [NO_TALK[0], "Vil du ikke ha opptak, tast 7."],
                 events=[{"time": 10.5, "type": "dtmf", "digit": "7"}]),
     "non_compliant", "refused", {"CONSENT_REFUSED"}),
    ("key_parts_optout_not_pressed_nn", "nn", "no",
     _held4_call("nn", [NN_TALK[0], "Du kan velje bort opptak ved å trykkje 7."]),
     "compliant", "not_requested", set()),
    ("refusal_stops_recording_nn", "nn", "no",
     _held4_call("nn", [NN_TALK[0], "Ønskjer du ikkje opptak, stoppar me opptaket."]),
     "compliant", "not_requested", set()),
]


@pytest.mark.parametrize(("id_", "lang", "policy", "transcript", "verdict", "status", "codes"), HELD4_CAUSES,
                         ids=[c[0] for c in HELD4_CAUSES])
def test_held4_causes(id_, lang, policy, transcript, verdict, status, codes) -> None:
    record = analyze_transcript(transcript, policy=policy)
    assert (record.verdict, record.consent.status, set(record.reason_codes)) == (verdict, status, codes), id_
