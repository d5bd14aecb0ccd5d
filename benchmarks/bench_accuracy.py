"""Accuracy of the text engine (``analyze_transcript``) on generated Danish and Norwegian calls.

    .venv/bin/python benchmarks/bench_accuracy.py [--per-split 300] [--seed 12] [--out FILE.json]
    .venv/bin/python benchmarks/bench_accuracy.py --smoke          # what CI runs: seconds

Each call is built from parts chosen independently: a greeting, a recording notice (definite,
vague, an if-clause that is no notice, or none), a purpose, a consent request (long, a short one
that points back to the notice, negatively phrased, or none), withdrawal information or an
objection option, retention, a coercive sentence, the customer's reply (yes, a yes with the errand
after it, a yes with a condition on the recording's use, no, unclear, silence), later turns (a
withdrawal, a false friend such as "stop mit abonnement", or plain business), and speaker labels
on or off. The expected outcome follows from the parts by DOMAIN.md's rules for each policy, not
from running the engine.

Every part has lists of phrasings. ``dev`` holds the wordings the phrase banks and readings were
developed on (the issue's examples and the tests' wordings); ``dev2``, ``dev3`` and ``dev4`` were
written as held-out splits, each run once and reported (benchmarks/README.md), and then used
for development as well. ``held``, ``held2`` and ``held3`` are the later held-out lists, each a
split of its own; their first runs are reported in benchmarks/README.md, and all three have been
used for development since. The ``dev`` split draws from dev to dev4, each other split only from
its own list. A call takes all its parts from one split, so a first run of a fresh list measures
the engine on wordings it was not built from. Without ``--split`` (and with ``--smoke``) dev and
held run; ``--split held2`` / ``held3`` / ``held4`` / ``held5`` / ``held6`` / ``held7`` / ``held8``
/ ``held9`` / ``held10`` / ``held11`` / ``held12`` / ``held13`` / ``held14`` / ``held15`` / ``all`` name the
others.
``held4`` to ``held15`` also have key-press prompts (opt-in and opt-out, with DTMF events), drawn only in those splits.
``held5`` is round 8's list (benchmarks/README.md); round 8's hand-written whole calls are in
benchmarks/heldout_round8/ (``run.py`` there). ``held6`` was written blind afterwards, without
reading the phrase banks or the other splits' wordings; ``held7`` was written the same way for a
later round, ``held8`` for the round after that, ``held9`` for the one after that, ``held10`` for
the one after that, ``held11`` for the one after that, ``held12`` for the one after that,
``held13`` for the one after that, ``held14`` for the one after that, and ``held15`` for the one after
that.

Reported: per element precision and recall (did the record find the element the call holds?),
the consent status, and a verdict confusion table per policy and split. A call expected
non-compliant or needing review that the engine calls compliant is *falsely compliant*, the one
error that must never happen: the script exits 1 when there is one, or when the held-out share of
right verdicts is below ``--min-accuracy`` (0.95; not checked with ``--smoke``).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from verifier import analyze_transcript  # noqa: E402

POLICIES = ("dk", "no")
VERDICTS = ("compliant", "non_compliant", "needs_review")
ELEMENTS = (
    "recording_notice",
    "vague_notice",
    "purpose",
    "consent_request",
    "negative_request",
    "withdrawal_info",
    "objection_info",
    "retention",
    "coercion",
    "consent_condition",
    "withdrawal",
)
SPLITS = (
    "dev",
    "held",
    "held2",
    "held3",
    "held4",
    "held5",
    "held6",
    "held7",
    "held8",
    "held9",
    "held10",
    "held11",
    "held12",
    "held13",
    "held14",
    "held15",
)
# What runs without --split (and in CI's --smoke): the later held-out lists run only when asked for.
DEFAULT_SPLITS = ("dev", "held")

# ------------------------------------------------------------------------------------------------
# The phrasings. "{p}" in a notice is where the purpose goes (" til træning").
# ------------------------------------------------------------------------------------------------

DA: dict[str, dict[str, list[str]]] = {
    "greeting": {
        "dev": [
            "Goddag, du taler med Mette fra Nordbank.",
            "Velkommen til Danpost, det er Jonas.",
            "Hej, det er Sara fra Fjernvarme Fyn.",
        ],
        "dev2": [
            "Godmorgen, du har ringet til Forsikringshuset, mit navn er Lars.",
            "Hej og velkommen til kundeservice, du taler med Ida.",
            "Tak fordi du ringer til Elselskabet, det er Ahmed.",
        ],
    },
    "notice_definite": {
        "dev": [
            "Samtalen optages{p}.",
            "Vi optager samtalen{p}.",
            "Jeg vil gøre dig opmærksom på, at samtalen bliver optaget{p}.",
            "Samtalen bliver optaget{p}.",
            "Vi ønsker at optage samtalen{p}.",
        ],
        "dev2": [
            "Alle samtaler med vores rådgivere bliver optaget{p}.",
            "Vi laver en optagelse af samtalen{p}.",
            "Opkaldet her bliver lydoptaget{p}.",
            "Vi optager altså denne samtale{p}.",
            "Samtalen her bliver optaget{p}.",
        ],
    },
    "notice_vague": {
        "dev": [
            "Samtalen kan blive optaget{p}.",
            "Vi optager muligvis samtalen{p}.",
            "Samtaler kan i visse tilfælde blive optaget{p}.",
        ],
        "dev2": [
            "Opkaldet bliver eventuelt optaget{p}.",
            "Samtaler kan i nogle tilfælde blive optaget{p}.",
            "Vi optager nogle gange vores samtaler{p}.",
        ],
    },
    "notice_conditional": {
        "dev": [
            "Du bliver informeret, hvis samtalen optages.",
            "Du bliver gjort opmærksom på det, hvis samtalen skal optages.",
        ],
        "dev2": [
            "Hvis samtalen skal optages, siger jeg det til dig.",
            "Du får besked, såfremt opkaldet bliver optaget.",
        ],
    },
    "purpose": {
        "dev": [
            " til træning",
            " for at forbedre vores service",
            " til dokumentation",
            " til internt træningsbrug",
            " til intern undervisningsbrug",
        ],
        "dev2": [
            " til brug for oplæring af nye kolleger",
            " i uddannelsesøjemed",
            " med henblik på kvalitetssikring",
            " så vi kan blive bedre til at hjælpe dig",
            " for at kunne uddanne vores medarbejdere",
        ],
    },
    "purpose_sentence": {  # the purpose on its own, when there is no notice sentence to carry it
        "dev": ["Vi vil gerne forbedre vores kundeservice."],
        "dev2": ["Vi bruger det til at uddanne nye medarbejdere."],
    },
    "request_long": {
        "dev": [
            "Må jeg optage samtalen?",
            "Er det i orden, at vi optager samtalen?",
            "Jeg skal derfor høre, om jeg må optage samtalen?",
        ],
        "dev2": [
            "Giver du tilladelse til, at vi optager samtalen?",
            "Vil du acceptere, at samtalen bliver optaget?",
            "Er du indforstået med, at vi optager opkaldet?",
            "Må vi gerne lave en optagelse af samtalen?",
        ],
    },
    "request_short": {
        "dev": [
            "Er det ok?",
            "Går det an?",
            "Er det i orden med dig?",
            "Passer det?",
            "Lyder det okay?",
            "Er det tilladt?",
            "Må jeg det?",
        ],
        "dev2": [
            "Er det okay med dig, at vi gør det?",
            "Synes du, det er i orden?",
            "Er det i orden for dig, at vi gør det?",
            "Kan du leve med det?",
            "Er det fint nok?",
        ],
    },
    "request_negative": {
        "dev": ["Har du noget imod, at vi optager samtalen?", "Gør det noget, at vi optager?"],
        "dev2": ["Har du nogen indvendinger mod, at samtalen optages?", "Er det et problem for dig, hvis vi optager?"],
    },
    "request_negative_short": {"dev": ["Gør det dig noget?"], "dev2": ["Er det et problem for dig?"]},
    "withdrawal_info": {
        "dev": [
            "Du kan til enhver tid bede mig om at stoppe optagelsen.",
            "Du kan altid trække dit samtykke tilbage.",
            "Du er velkommen til at få optagelsen stoppet når som helst.",
        ],
        "dev2": [
            "Du er til enhver tid velkommen til at bede os slukke for optagelsen.",
            "Skulle du fortryde, stopper vi bare optagelsen.",
            "Du kan når som helst sige, at vi skal stoppe optagelsen.",
        ],
    },
    "objection_info": {
        "dev": ["Du kan sige nej til optagelsen.", "Du har altid mulighed for at frabede dig optagelse."],
        "dev2": ["Du har ret til at frabede dig optagelse.", "Ønsker du ikke at blive optaget, så sig det bare."],
    },
    "retention": {
        "dev": ["Optagelsen slettes efter 30 dage.", "Vi gemmer optagelserne i 13 måneder."],
        "dev2": ["Vi opbevarer optagelsen i op til seks måneder.", "Vi gemmer optagelserne i et halvt år."],
    },
    "coercion": {
        "dev": [
            "Ellers kan jeg ikke hjælpe dig.",
            "Vi kan kun hjælpe dig, hvis vi må optage.",
            "Uden optagelse kan vi ikke tage sagen.",
            "Siger du nej til optagelsen, kan vi altså ikke hjælpe dig i dag.",
        ],
        "dev2": [
            "Hvis du siger nej til optagelsen, kan jeg desværre ikke behandle din sag.",
            "Vi er nødt til at optage, ellers kan vi ikke gå videre.",
            "Det er et krav, at samtalen optages, før vi kan hjælpe dig.",
        ],
    },
    "reply_given": {
        "dev": [
            "Ja, det er fint.",
            "Ja tak.",
            "Ja, det er fint. Jeg ringer om min regning.",
            "Selvfølgelig, det er i orden.",
            "Ja tak, det er i orden – og så vil jeg gerne stoppe betalingen til jer.",
            "Selvfølgelig. I skal bare ikke slette min konto endnu, jeg har stadig penge på den.",
        ],
        "dev2": [
            "Jamen, det er helt i orden med mig.",
            "Ja da, bare kør på.",
            "Ja, fint nok. Jeg skal høre om min pension.",
            "Ja, ingen problemer – og så vil jeg gerne ændre min adresse.",
            "Det er helt fint, jeg ringer fordi min regning er for høj.",
        ],
    },
    "reply_condition": {
        "dev": ["Ja, men den må ikke deles.", "Ja, men optagelsen må ikke deles med andre."],
        "dev2": ["Ja, bare optagelsen ikke bliver sendt videre.", "Ja, men kun til intern træning."],
    },
    "reply_refused": {
        "dev": [
            "Nej tak.",
            "Det vil jeg helst ikke.",
            "Nej, det vil jeg ikke.",
            "Ja, men jeg vil egentlig ikke optages.",
        ],
        "dev2": [
            "Nej, det har jeg ikke lyst til.",
            "Nej, det synes jeg ikke.",
            "Helst ikke, nej.",
            "Det vil jeg ikke være med til.",
        ],
    },
    "reply_ambiguous": {
        "dev": [
            "Øh, måske.",
            "Det ved jeg ikke.",
            "Hvad skal det bruges til?",
            "Ja, jeg ved ikke rigtig.",
            "Ja, hvorfor det?",
        ],
        "dev2": [
            "Hmm, det er jeg ikke sikker på.",
            "Tja, hvem skal høre den?",
            "Ja... eller, jeg ved det ikke.",
            "Det kommer an på, hvem der lytter.",
        ],
    },
    "neg_reply_given": {
        "dev": ["Nej, det er fint.", "Nej, slet ikke."],
        "dev2": ["Nej, overhovedet ikke, det er helt fint.", "Nej, det gør ikke noget."],
    },
    "neg_reply_refused": {"dev": ["Ja, det har jeg."], "dev2": ["Ja, det har jeg faktisk."]},
    "neg_reply_ambiguous": {"dev": ["Ja."], "dev2": ["Ja ja."]},
    "ack_refused": {
        "dev": ["Det er helt i orden, så stopper jeg optagelsen nu."],
        "dev2": ["Selvfølgelig, jeg slukker for optagelsen."],
    },
    "business_agent": {"dev": ["Hvad kan jeg hjælpe dig med i dag?"], "dev2": ["Hvad drejer din henvendelse sig om?"]},
    "business_customer": {
        "dev": ["Jeg har et spørgsmål til min regning."],
        "dev2": ["Jeg vil gerne høre om mulighederne for at skifte abonnement."],
    },
    "withdrawal": {
        "dev": [
            "Stop optagelsen, tak.",
            "Jeg har skiftet mening om optagelsen.",
            "Slet optagelsen.",
            "Sluk venligst for optageren nu.",
            "I må altså ikke optage mig længere.",
        ],
        "dev2": [
            "Jeg vil faktisk gerne have, at optagelsen bliver slettet.",
            "Nu vil jeg ikke optages mere.",
            "Kan du slukke for optagelsen?",
            "Jeg trækker mit ja til optagelsen tilbage.",
        ],
    },
    "false_friend": {
        "dev": [
            "Jeg vil gerne stoppe mit abonnement.",
            "Kan du slette min gamle adresse?",
            "Jeg vil stoppe betalingen.",
            "Jeg har skiftet mening om abonnementet.",
        ],
        "dev2": [
            "Kan I stoppe den automatiske betaling?",
            "Slet venligst mit gamle nummer.",
            "Jeg har skiftet mening om den nye pakke.",
            "Jeg vil ikke have, at I lukker kontoen.",
        ],
    },
    "closing": {"dev": ["Det forstår jeg godt."], "dev2": ["Det skal jeg nok sørge for."]},
    "hello": {"dev": ["Hallo? Er du der stadig?"], "dev2": ["Hallo, kan du høre mig?"]},
}

NO: dict[str, dict[str, list[str]]] = {
    "greeting": {
        "dev": [
            "Hei, du snakker med Ola i Fjordkraft.",
            "Velkommen til Telenor, du snakker med Kari.",
            "Hei, det er Per i banken.",
        ],
        "dev2": [
            "God morgen, du har kommet til kundeservice hos Strømselskapet, mitt navn er Nils.",
            "Hei og velkommen til forsikringsselskapet, det er Ingrid.",
            "Takk for at du ringer Sparebanken, du snakker med Jonas.",
        ],
    },
    "notice_definite": {
        "dev": [
            "Samtalen blir tatt opp{p}.",
            "Vi tar opp samtalen{p}.",
            "Vi gjør oppmerksom på at samtalen blir tatt opp{p}.",
            "Samtala vert teken opp{p}.",
            "Som vanlig tar vi opp samtalen{p}.",
        ],
        "dev2": [
            "Alle samtaler med kundesenteret blir tatt opp{p}.",
            "Denne samtalen vil bli spilt inn{p}.",
            "Vi tar altså opp denne samtalen{p}.",
            "Vi gjør lydopptak av samtalen{p}.",
            "Samtalen din blir tatt opp{p}.",
        ],
    },
    "notice_vague": {
        "dev": ["Samtalen kan bli tatt opp{p}.", "Samtalen kan bli teipa{p}.", "Samtalen kan eventuelt bli teipet{p}."],
        "dev2": [
            "Samtaler kan i enkelte tilfeller bli tatt opp{p}.",
            "Vi tar kanskje opp samtalen{p}.",
            "Samtalen blir muligens tatt opp{p}.",
        ],
    },
    "notice_conditional": {
        "dev": ["Du får beskjed dersom samtalen blir tatt opp."],
        "dev2": ["Hvis samtalen skal tas opp, sier jeg fra.", "Du blir informert om samtalen tas opp."],
    },
    "purpose": {
        "dev": [
            " for opplæringsformål",
            " for å forbedre kundeservicen",
            " for å dokumentere avtalen",
            " til bruk i intern opplæring",
        ],
        "dev2": [
            " i forbindelse med opplæring av nye ansatte",
            " for kvalitetssikring",
            " slik at vi kan lære opp nye medarbeidere",
            " med tanke på kvalitetsarbeid",
            " for å kunne gi deg bedre service",
        ],
    },
    "purpose_sentence": {
        "dev": ["Vi ønsker å forbedre kundeservicen vår."],
        "dev2": ["Vi bruker det til å lære opp nye medarbeidere."],
    },
    "request_long": {
        "dev": ["Er det greit at vi tar opp samtalen?", "Kan vi ta opp samtalen?"],
        "dev2": [
            "Godtar du at samtalen blir tatt opp?",
            "Gir du oss lov til å ta opp samtalen?",
            "Passer det for deg at vi tar opp samtalen?",
        ],
    },
    "request_short": {
        "dev": [
            "Er det greit?",
            "Er det i orden for deg?",
            "Høres det ok ut?",
            "Er det tillatt?",
            "Låter det greit?",
            "Går det i orden for deg?",
        ],
        "dev2": [
            "Er du komfortabel med det?",
            "Går det fint for deg?",
            "Er det greit for deg at vi gjør det?",
            "Synes du det er i orden?",
            "Er det ok med deg?",
        ],
    },
    "request_negative": {
        "dev": ["Har du noe imot at vi tar opp samtalen?"],
        "dev2": ["Har du noen innvendinger mot opptak?", "Gjør det noe om vi tar opp samtalen?"],
    },
    "request_negative_short": {"dev": ["Gjør det deg noe?"], "dev2": ["Er det noe problem?"]},
    "withdrawal_info": {
        "dev": ["Du kan når som helst be meg stoppe opptaket.", "Du kan når som helst trekke samtykket tilbake."],
        "dev2": [
            "Du kan til enhver tid be oss om å slå av opptaket.",
            "Ombestemmer du deg, stopper vi opptaket med en gang.",
            "Si fra når som helst hvis opptaket skal stoppes.",
        ],
    },
    "objection_info": {
        "dev": [
            "Du kan reservere deg mot opptak.",
            "Du får mulighet til å si nei til opptak.",
            "Du kan seia nei til opptak.",
            "Du har rett til å nekte opptak.",
        ],
        "dev2": [
            "Ønsker du ikke opptak, kan du bare si fra.",
            "Du har rett til å motsette deg opptaket.",
            "Du kan fritt velge å takke nei til opptak.",
        ],
    },
    "retention": {
        "dev": ["Opptaket slettes etter 90 dager.", "Opptakene lagres i inntil tre år."],
        "dev2": ["Vi oppbevarer opptakene i seks måneder.", "Opptaket blir liggende hos oss i et halvt år."],
    },
    "coercion": {
        "dev": [
            "Ellers kan vi ikke hjelpe deg.",
            "Hvis du ikke vil tas opp, må du ringe en annen gang.",
            "Sier du nei til opptak, får vi dessverre ikke hjulpet deg.",
        ],
        "dev2": [
            "Uten opptak kan vi dessverre ikke behandle saken.",
            "Vi kan bare hjelpe deg hvis vi får ta opp samtalen.",
            "Sier du nei til opptak, må du henvende deg et annet sted.",
        ],
    },
    "reply_given": {
        "dev": [
            "Ja, det er greit.",
            "Ja, det går fint. Jeg ringer angående regningen.",
            "Greit.",
            "Greit for meg, men kan du stoppe betalingen som går i morgen?",
            "Ja da. Dere må ikke slette kontoen min ennå, jeg bruker den fortsatt.",
        ],
        "dev2": [
            "Jada, det er helt i orden for meg.",
            "Ja, kjør på.",
            "Ja, det er greit – og så lurer jeg på fakturaen min.",
            "Helt fint, jeg ringer fordi jeg skal flytte.",
            "Ja, det går bra. Jeg har et spørsmål om strømprisen.",
        ],
    },
    "reply_condition": {
        "dev": [
            "Ja, så lenge opptaket ikke deles med andre.",
            "Ja, men opptaket må ikke brukes til noe annet enn opplæring.",
        ],
        "dev2": ["Ja, men opptaket må ikke sendes videre.", "Ja, men bare til opplæring."],
    },
    "reply_refused": {
        "dev": ["Nei takk.", "Nei, det vil jeg ikke.", "Ja, men jeg vil helst ikke bli tatt opp."],
        "dev2": ["Nei, det ønsker jeg ikke.", "Helst ikke.", "Nei, det har jeg ikke lyst til."],
    },
    "reply_ambiguous": {
        "dev": ["Tja, kanskje.", "Hva skal det brukes til?", "Ja, jeg vet ikke helt."],
        "dev2": ["Hmm, jeg vet ikke helt.", "Kven skal høyre på det?", "Ja, eller... jeg er usikker."],
    },
    "neg_reply_given": {"dev": ["Nei, det går fint."], "dev2": ["Nei da, det er helt greit."]},
    "neg_reply_refused": {"dev": ["Ja, det har jeg."], "dev2": ["Ja, det har jeg faktisk."]},
    "neg_reply_ambiguous": {"dev": ["Ja."], "dev2": ["Ja ja."]},
    "ack_refused": {
        "dev": ["Det er helt i orden, da stopper jeg opptaket."],
        "dev2": ["Selvsagt, jeg slår av opptaket."],
    },
    "business_agent": {"dev": ["Hva kan jeg hjelpe deg med i dag?"], "dev2": ["Hva gjelder henvendelsen?"]},
    "business_customer": {
        "dev": ["Jeg har et spørsmål om regningen."],
        "dev2": ["Jeg lurer på hvordan jeg bytter strømavtale."],
    },
    "withdrawal": {
        "dev": [
            "Stopp opptaket, takk.",
            "Jeg har ombestemt meg, dere får ikke ta det opp.",
            "Slett opptaket.",
            "Skru av opptakeren, er du snill.",
            "Dere får altså ikke ta opp dette lenger.",
        ],
        "dev2": [
            "Kan du slå av opptaket nå?",
            "Jeg vil ikke bli tatt opp likevel.",
            "Nå vil jeg at opptaket slettes.",
            "Jeg trekker tilbake samtykket til opptak.",
        ],
    },
    "false_friend": {
        "dev": [
            "Jeg vil stoppe betalingen min.",
            "Kan du slette den gamle adressen min?",
            "Jeg har ombestemt meg om abonnementet.",
        ],
        "dev2": [
            "Stopp den faste betalingen min, takk.",
            "Jeg har ombestemt meg om avtalen.",
            "Kan dere fjerne det gamle nummeret mitt?",
            "Jeg vil ikke at dere sier opp avtalen.",
        ],
    },
    "closing": {"dev": ["Det forstår jeg."], "dev2": ["Det skal jeg ordne."]},
    "hello": {"dev": ["Hallo? Er du der fortsatt?"], "dev2": ["Hallo, hører du meg?"]},
}

# dev3: this benchmark's second held-out split, run once and then used for development like dev2
# (benchmarks/README.md gives both runs' results and what was changed after them).
DEV3_DA: dict[str, list[str]] = {
    "greeting": [
        "Goddag og velkommen til Sygeforsikringen, du taler med Birgitte.",
        "Hej, det er Mikkel fra Boligselskabet Østerbro.",
        "Velkommen til TeleDanmark, mit navn er Fatima, hvad kan jeg gøre for dig?",
    ],
    "notice_definite": [
        "Opkaldet optages{p}.",
        "Vi optager alle opkald{p}.",
        "Bemærk, at samtalen bliver optaget{p}.",
        "Vores samtale bliver optaget{p}.",
        "Jeg gør opmærksom på, at vi optager samtalen{p}.",
        "Samtalen vil blive optaget{p}.",
    ],
    "notice_vague": [
        "Opkald kan blive optaget{p}.",
        "Vi kan eventuelt optage samtalen{p}.",
        "Samtalen optages muligvis{p}.",
        "Samtaler bliver af og til optaget{p}.",
    ],
    "notice_conditional": [
        "Såfremt samtalen optages, får du besked.",
        "Hvis vi optager samtalen, vil du blive informeret om det.",
        "Du bliver orienteret, hvis opkaldet skal optages.",
    ],
    "purpose": [
        " til brug i vores interne uddannelse",
        " for at sikre kvaliteten af vores rådgivning",
        " af hensyn til dokumentation af aftaler",
        " til kvalitetsformål",
        " så vores nye medarbejdere kan lære af den",
        " med det formål at træne vores personale",
    ],
    "purpose_sentence": ["Formålet er at forbedre vores service.", "Det bruger vi til intern oplæring."],
    "request_long": [
        "Er det i orden med dig, at samtalen bliver optaget?",
        "Vil du give dit samtykke til, at vi optager samtalen?",
        "Accepterer du, at vi optager opkaldet?",
        "Må vi have lov til at optage samtalen?",
        "Giver du os lov til at optage?",
    ],
    "request_short": [
        "Er det i orden?",
        "Er det okay for dig?",
        "Er du okay med det?",
        "Går det an med dig?",
        "Er det acceptabelt?",
        "Kan vi det?",
    ],
    "request_negative": ["Har du noget imod at blive optaget?", "Gør det noget for dig, at samtalen optages?"],
    "request_negative_short": ["Har du noget imod det?", "Gør det noget?"],
    "withdrawal_info": [
        "Du kan når som helst bede os om at stoppe optagelsen.",
        "Du kan altid trække samtykket tilbage undervejs.",
        "Sig endelig til, hvis du vil have optagelsen stoppet.",
        "Hvis du skifter mening, kan du bare bede mig slukke for optagelsen.",
    ],
    "objection_info": [
        "Du kan frabede dig optagelse.",
        "Har du ikke lyst til at blive optaget, kan du bare sige det.",
        "Du kan vælge optagelsen fra.",
    ],
    "retention": [
        "Optagelserne slettes automatisk efter 90 dage.",
        "Vi opbevarer samtalen i to år.",
        "Optagelsen gemmes i maksimalt 12 måneder.",
    ],
    "coercion": [
        "Uden optagelse kan jeg desværre ikke hjælpe dig videre.",
        "Hvis du ikke vil optages, må du ringe igen en anden dag.",
        "Optagelsen er obligatorisk, hvis du vil have hjælp.",
        "Vi behandler kun sager, hvor samtalen optages.",
    ],
    "reply_given": [
        "Ja, det må I gerne.",
        "Jo jo, det er fint nok.",
        "Ja, selvfølgelig. Jeg ringer angående min forsikring.",
        "Okay, det er i orden – men jeg skal egentlig bare have ændret mit telefonnummer.",
        "Ja, det er fint, for jeg skal have hjælp til min pension.",
        "Ja ja, fint med mig. Kan du forresten se min saldo?",
    ],
    "reply_condition": [
        "Ja, så længe den kun bruges internt.",
        "Ja, men optagelsen må ikke bruges til markedsføring.",
        "Det er fint, bare den ikke bliver delt med nogen udenfor firmaet.",
    ],
    "reply_refused": [
        "Nej, helst ikke.",
        "Nej, det er jeg ikke interesseret i.",
        "Nej, det har jeg ikke lyst til at være med til.",
        "Det vil jeg ikke have.",
        "Nej, lad være med det.",
    ],
    "reply_ambiguous": [
        "Øhm, hvad skal den bruges til?",
        "Det ved jeg sgu ikke.",
        "Måske, det kommer an på det.",
        "Hvem får adgang til den?",
        "Ja, hvis det er nødvendigt.",
    ],
    "neg_reply_given": ["Nej, det er helt i orden.", "Nej nej, det er fint."],
    "neg_reply_refused": ["Ja, det har jeg faktisk noget imod.", "Ja, det vil jeg helst ikke."],
    "neg_reply_ambiguous": ["Ja, det er fint.", "Ja, okay."],
    "ack_refused": ["Det forstår jeg, så stopper jeg optagelsen.", "Helt i orden, optagelsen er stoppet."],
    "business_agent": ["Hvordan kan jeg hjælpe?", "Hvad kan jeg gøre for dig?"],
    "business_customer": [
        "Jeg har fået en rykker, som jeg ikke forstår.",
        "Jeg skal flytte og vil gerne opsige min aftale.",
    ],
    "withdrawal": [
        "Jeg vil gerne have slettet optagelsen.",
        "Stop lige optagelsen, tak.",
        "Jeg har fortrudt, jeg vil ikke optages alligevel.",
        "Jeg vil ikke have, at det her bliver optaget.",
        "I må gerne slette den optagelse igen.",
    ],
    "false_friend": [
        "Kan du stoppe min mobilpakke?",
        "Slet venligst min gamle e-mail.",
        "Jeg har fortrudt min bestilling.",
        "Jeg vil ikke have flere reklamer.",
    ],
    "closing": ["Det ordner jeg.", "Selvfølgelig."],
    "hello": ["Hallo, er du der?"],
}
DEV3_NO: dict[str, list[str]] = {
    "greeting": [
        "God dag, du har kommet til Tannhelsetjenesten, det er Siri.",
        "Hei, du snakker med Anders i Boligbyggelaget.",
        "Velkommen til kundesenteret, mitt navn er Hanne.",
    ],
    "notice_definite": [
        "Samtalen tas opp{p}.",
        "Vi tar opp alle samtaler{p}.",
        "Merk at samtalen blir tatt opp{p}.",
        "Denne samtalen blir tatt opp{p}.",
        "Jeg må gjøre deg oppmerksom på at vi tar opp samtalen{p}.",
        "Samtala blir teken opp{p}.",
    ],
    "notice_vague": [
        "Samtaler kan bli tatt opp{p}.",
        "Vi kan komme til å ta opp samtalen{p}.",
        "Samtalen tas muligens opp{p}.",
        "Enkelte samtaler blir tatt opp{p}.",
    ],
    "notice_conditional": [
        "Dersom vi tar opp samtalen, får du beskjed.",
        "Hvis samtalen blir tatt opp, sier jeg ifra.",
        "Du vil bli varslet om samtalen skal tas opp.",
    ],
    "purpose": [
        " for å sikre kvaliteten på rådgivningen",
        " til opplæringsbruk",
        " for dokumentasjon av avtaler",
        " av kvalitetshensyn",
        " slik at nye medarbeidere kan lære av den",
        " med formål om opplæring",
    ],
    "purpose_sentence": ["Formålet er å bedre kundeservicen.", "Det bruker vi i opplæringen av nye ansatte."],
    "request_long": [
        "Er det i orden for deg at samtalen blir tatt opp?",
        "Gir du samtykke til at vi tar opp samtalen?",
        "Aksepterer du at vi tar opp samtalen?",
        "Får vi lov til å ta opp samtalen?",
        "Kan jeg ta opp denne samtalen?",
    ],
    "request_short": [
        "Er det ok?",
        "Er det greit for deg?",
        "Går det bra?",
        "Er det i orden med deg?",
        "Er du med på det?",
        "Høres det greit ut for deg?",
    ],
    "request_negative": ["Har du noe imot å bli tatt opp?", "Gjør det noe at samtalen blir tatt opp?"],
    "request_negative_short": ["Har du noe imot det?", "Gjør det noe?"],
    "withdrawal_info": [
        "Du kan når som helst be oss stoppe opptaket.",
        "Du kan trekke samtykket ditt tilbake når du vil.",
        "Gi beskjed hvis du vil at vi skal stoppe opptaket.",
        "Om du ombestemmer deg, kan du be meg slå av opptaket.",
    ],
    "objection_info": [
        "Du kan reservere deg.",
        "Vil du ikke bli tatt opp, kan du bare si ifra.",
        "Du kan velge bort opptak.",
    ],
    "retention": [
        "Opptakene slettes automatisk etter 90 dager.",
        "Vi lagrer samtalen i to år.",
        "Opptaket oppbevares i maksimalt tolv måneder.",
    ],
    "coercion": [
        "Uten opptak kan jeg dessverre ikke hjelpe deg videre.",
        "Hvis du ikke vil bli tatt opp, må du ringe igjen en annen dag.",
        "Opptak er obligatorisk hvis du vil ha hjelp.",
        "Vi behandler bare saker der samtalen tas opp.",
    ],
    "reply_given": [
        "Ja, det kan dere gjerne.",
        "Jo da, det er helt fint.",
        "Ja, selvfølgelig. Jeg ringer angående forsikringen min.",
        "Ok, det er i orden – men jeg skal egentlig bare endre telefonnummeret mitt.",
        "Ja, det er greit, for jeg trenger hjelp med pensjonen.",
        "Ja ja, greit for meg. Kan du forresten sjekke saldoen min?",
    ],
    "reply_condition": [
        "Ja, så lenge det bare brukes internt.",
        "Ja, men opptaket må ikke brukes til markedsføring.",
        "Det er greit, bare det ikke deles med noen utenfor firmaet.",
    ],
    "reply_refused": [
        "Nei, helst ikke.",
        "Nei, det er jeg ikke interessert i.",
        "Nei, det har jeg ikke lyst til å være med på.",
        "Det vil jeg ikke ha.",
        "Nei, la være med det.",
    ],
    "reply_ambiguous": [
        "Ehm, hva skal det brukes til?",
        "Det vet jeg ikke helt.",
        "Kanskje, det kommer an på.",
        "Hvem får tilgang til det?",
        "Ja, hvis det må til.",
    ],
    "neg_reply_given": ["Nei, det er helt i orden.", "Nei nei, det går fint."],
    "neg_reply_refused": ["Ja, det har jeg faktisk noe imot.", "Ja, det vil jeg helst ikke."],
    "neg_reply_ambiguous": ["Ja, det er greit.", "Ja, ok."],
    "ack_refused": ["Det forstår jeg, da stopper jeg opptaket.", "Helt i orden, opptaket er stoppet."],
    "business_agent": ["Hvordan kan jeg hjelpe?", "Hva kan jeg gjøre for deg?"],
    "business_customer": ["Jeg har fått en purring som jeg ikke forstår.", "Jeg skal flytte og vil si opp avtalen."],
    "withdrawal": [
        "Jeg vil gjerne at opptaket blir slettet.",
        "Stopp opptaket nå, takk.",
        "Jeg har angret, jeg vil ikke bli tatt opp likevel.",
        "Jeg vil ikke at dette blir tatt opp.",
        "Dere kan slette det opptaket igjen.",
    ],
    "false_friend": [
        "Kan du stoppe mobilabonnementet mitt?",
        "Slett den gamle e-postadressen min, takk.",
        "Jeg angrer på bestillingen.",
        "Jeg vil ikke ha mer reklame.",
    ],
    "closing": ["Det ordner jeg.", "Selvfølgelig."],
    "hello": ["Hallo, er du der?"],
}
# dev4: the third held-out split, run once and then used for development like dev2 and dev3.
DEV4_DA: dict[str, list[str]] = {
    "greeting": [
        "Hej, du har fat i Kundecentret hos Vandforsyningen, jeg hedder Rasmus.",
        "Goddag, det er Louise fra Pensionskassen.",
        "Velkommen til Bilforsikringen, du taler med Omar.",
    ],
    "notice_definite": [
        "Denne samtale optages{p}.",
        "Vi foretager en optagelse af opkaldet{p}.",
        "Du skal vide, at samtalen bliver optaget{p}.",
        "Alle vores telefonsamtaler optages{p}.",
        "Samtalen her optages{p}.",
        "Vi optager telefonsamtalen{p}.",
    ],
    "notice_vague": [
        "Samtalen kan muligvis blive optaget{p}.",
        "Nogle samtaler bliver optaget{p}.",
        "Opkaldet kan blive lydoptaget{p}.",
        "Vi optager eventuelt samtalen{p}.",
    ],
    "notice_conditional": [
        "Hvis samtalen bliver optaget, siger vi det.",
        "Du får at vide, hvis vi optager opkaldet.",
        "I tilfælde af at samtalen optages, får du besked.",
    ],
    "purpose": [
        " til intern træning",
        " for at dokumentere, hvad vi aftaler",
        " med henblik på at uddanne nye kolleger",
        " til kvalitetskontrol",
        " så vi løbende kan forbedre vores kundeservice",
        " af hensyn til oplæring",
    ],
    "purpose_sentence": ["Det er for at forbedre vores service.", "Vi bruger optagelser til træning af medarbejdere."],
    "request_long": [
        "Er det okay, at jeg optager samtalen?",
        "Giver du lov til, at samtalen bliver optaget?",
        "Vil du acceptere en optagelse af samtalen?",
        "Må jeg optage vores samtale?",
        "Kan jeg få lov til at optage opkaldet?",
    ],
    "request_short": [
        "Er det fint?",
        "Er det i orden med dig?",
        "Er det okay?",
        "Er du indforstået?",
        "Passer det dig?",
        "Kan det accepteres?",
    ],
    "request_negative": ["Har du noget imod, at opkaldet bliver optaget?", "Gør det noget for dig, at vi optager?"],
    "request_negative_short": ["Har du indvendinger?", "Er det et problem?"],
    "withdrawal_info": [
        "Du kan til enhver tid trække dit samtykke tilbage.",
        "Du kan når som helst bede mig stoppe optagelsen.",
        "Vil du have optagelsen stoppet undervejs, så sig det bare.",
        "Fortryder du, kan du altid få optagelsen slettet.",
    ],
    "objection_info": [
        "Du har mulighed for at sige nej til optagelse.",
        "Hvis du ikke ønsker at blive optaget, så sig til.",
        "Du kan fravælge optagelsen.",
    ],
    "retention": [
        "Vi sletter optagelsen efter tre måneder.",
        "Optagelserne gemmes i 30 dage.",
        "Samtalen opbevares i op til fem år.",
    ],
    "coercion": [
        "Siger du nej, kan vi desværre ikke hjælpe dig med sagen.",
        "Uden at optage samtalen kan jeg ikke behandle din henvendelse.",
        "Vi er nødt til at optage, ellers må du ringe igen senere.",
        "Vi kan kun tage imod din bestilling, hvis samtalen optages.",
    ],
    "reply_given": [
        "Ja, det er helt okay.",
        "Ja tak, det går fint.",
        "Jo, det er i orden. Jeg ringer om min bil.",
        "Fint med mig – jeg vil bare gerne høre om min saldo.",
        "Ja, det er fint nok, for jeg skal nok klage over noget.",
        "Ja, selvfølgelig må I det.",
    ],
    "reply_condition": [
        "Ja, hvis bare den ikke bliver delt.",
        "Ja, men kun til træning af jeres folk.",
        "Det er fint, så længe optagelsen ikke sendes videre.",
    ],
    "reply_refused": [
        "Nej, det vil jeg ikke.",
        "Nej tak, ikke i dag.",
        "Det har jeg ikke lyst til.",
        "Nej, jeg vil ikke optages.",
        "Nej, det synes jeg ikke, vi skal.",
    ],
    "reply_ambiguous": [
        "Hvorfor skal den optages?",
        "Det er jeg i tvivl om.",
        "Hmm, det ved jeg ikke lige.",
        "Øh, hvem lytter med?",
        "Tja, det kommer an på.",
    ],
    "neg_reply_given": ["Nej, det er fint med mig.", "Nej, slet ikke."],
    "neg_reply_refused": ["Ja, det har jeg.", "Ja, det kan jeg ikke lide."],
    "neg_reply_ambiguous": ["Ja, det er okay.", "Ja tak."],
    "ack_refused": ["Det er i orden, jeg stopper optagelsen nu.", "Okay, så slukker jeg for optagelsen."],
    "business_agent": ["Hvad ringer du angående?", "Hvordan kan jeg være behjælpelig?"],
    "business_customer": ["Min faktura er for høj.", "Jeg vil gerne ændre min betalingsdato."],
    "withdrawal": [
        "Jeg vil alligevel ikke optages.",
        "Sluk venligst optagelsen.",
        "Jeg har skiftet mening – slet den optagelse.",
        "I må ikke optage mere af samtalen.",
        "Kan I ikke stoppe optagelsen nu?",
    ],
    "false_friend": [
        "Jeg vil gerne stoppe mit medlemskab.",
        "Kan du slette mine kortoplysninger?",
        "Jeg har skiftet mening om flytningen.",
        "Stop venligst betalingsservice.",
    ],
    "closing": ["Det klarer jeg.", "Fint, det gør jeg."],
    "hello": ["Er du der endnu?"],
}
DEV4_NO: dict[str, list[str]] = {
    "greeting": [
        "Hei, du har kommet til kundeservice i Vannverket, jeg heter Rune.",
        "God dag, det er Linn i Pensjonskassen.",
        "Velkommen til Bilforsikringen, du snakker med Omar.",
    ],
    "notice_definite": [
        "Denne samtalen tas opp{p}.",
        "Vi gjør opptak av telefonsamtalen{p}.",
        "Du skal vite at samtalen blir tatt opp{p}.",
        "Alle telefonsamtaler tas opp{p}.",
        "Samtalen her tas opp{p}.",
        "Vi tar opp telefonsamtalen{p}.",
    ],
    "notice_vague": [
        "Samtalen kan muligens bli tatt opp{p}.",
        "Noen samtaler blir tatt opp{p}.",
        "Anropet kan bli spilt inn{p}.",
        "Vi tar eventuelt opp samtalen{p}.",
    ],
    "notice_conditional": [
        "Hvis samtalen blir tatt opp, sier vi ifra.",
        "Du får vite det dersom vi tar opp anropet.",
        "I tilfelle samtalen tas opp, får du beskjed.",
    ],
    "purpose": [
        " til intern opplæring",
        " for å dokumentere hva vi avtaler",
        " med tanke på å lære opp nye kolleger",
        " til kvalitetskontroll",
        " slik at vi hele tiden kan forbedre kundeservicen",
        " av hensyn til opplæring",
    ],
    "purpose_sentence": ["Det er for å forbedre servicen vår.", "Vi bruker opptak til opplæring av medarbeidere."],
    "request_long": [
        "Er det ok at jeg tar opp samtalen?",
        "Gir du lov til at samtalen blir tatt opp?",
        "Vil du godta et opptak av samtalen?",
        "Kan jeg ta opp samtalen vår?",
        "Får jeg lov til å ta opp anropet?",
    ],
    "request_short": [
        "Er det fint?",
        "Er det i orden for deg?",
        "Er det greitt?",
        "Er du innforstått?",
        "Passer det deg?",
        "Kan det godtas?",
    ],
    "request_negative": ["Har du noe imot at anropet blir tatt opp?", "Gjør det noe for deg at vi tar opp?"],
    "request_negative_short": ["Har du innvendinger?", "Er det et problem?"],
    "withdrawal_info": [
        "Du kan når som helst trekke samtykket ditt.",
        "Du kan til enhver tid be meg stoppe opptaket.",
        "Vil du ha opptaket stoppet underveis, er det bare å si fra.",
        "Angrer du, kan du alltid få opptaket slettet.",
    ],
    "objection_info": [
        "Du har mulighet til å si nei til opptak.",
        "Hvis du ikke ønsker å bli tatt opp, si ifra.",
        "Du kan velge bort opptaket.",
    ],
    "retention": [
        "Vi sletter opptaket etter tre måneder.",
        "Opptakene lagres i 30 dager.",
        "Samtalen oppbevares i opptil fem år.",
    ],
    "coercion": [
        "Sier du nei, kan vi dessverre ikke hjelpe deg med saken.",
        "Uten å ta opp samtalen kan jeg ikke behandle henvendelsen.",
        "Vi må ta opp, ellers må du ringe igjen senere.",
        "Vi kan bare ta imot bestillingen hvis samtalen tas opp.",
    ],
    "reply_given": [
        "Ja, det er helt ok.",
        "Ja takk, det går fint.",
        "Jo, det er i orden. Jeg ringer om bilen min.",
        "Greit for meg – jeg vil bare høre om saldoen.",
        "Ja, det er greit nok, for jeg skal klage på noe.",
        "Ja, selvsagt kan dere det.",
    ],
    "reply_condition": [
        "Ja, hvis det bare ikke blir delt.",
        "Ja, men bare til opplæring av folkene deres.",
        "Det er greit, så lenge opptaket ikke sendes videre.",
    ],
    "reply_refused": [
        "Nei, det vil jeg ikke.",
        "Nei takk, ikke i dag.",
        "Det har jeg ikke lyst til.",
        "Nei, jeg vil ikke bli tatt opp.",
        "Nei, det synes jeg ikke dere skal.",
    ],
    "reply_ambiguous": [
        "Hvorfor skal det tas opp?",
        "Det er jeg i tvil om.",
        "Hmm, det vet jeg ikke helt.",
        "Eh, hvem hører på?",
        "Tja, det kommer an på.",
    ],
    "neg_reply_given": ["Nei, det er greit for meg.", "Nei, slett ikke."],
    "neg_reply_refused": ["Ja, det har jeg.", "Ja, det liker jeg ikke."],
    "neg_reply_ambiguous": ["Ja, det er ok.", "Ja takk."],
    "ack_refused": ["Det er i orden, jeg stopper opptaket nå.", "Ok, da slår jeg av opptaket."],
    "business_agent": ["Hva ringer du angående?", "Hvordan kan jeg være til hjelp?"],
    "business_customer": ["Fakturaen min er for høy.", "Jeg vil endre betalingsdatoen."],
    "withdrawal": [
        "Jeg vil likevel ikke bli tatt opp.",
        "Slå av opptaket, vær så snill.",
        "Jeg har ombestemt meg – slett det opptaket.",
        "Dere får ikke ta opp mer av samtalen.",
        "Kan dere ikke stoppe opptaket nå?",
    ],
    "false_friend": [
        "Jeg vil gjerne stoppe medlemskapet mitt.",
        "Kan du slette kortopplysningene mine?",
        "Jeg har ombestemt meg om flyttingen.",
        "Stopp avtalegiroen, takk.",
    ],
    "closing": ["Det ordner jeg.", "Fint, det gjør jeg."],
    "hello": ["Er du der ennå?"],
}
# The held-out phrasings: written after dev to dev4 had been used to develop the phrase banks and
# readings, and not used to tune them.
HELD_DA: dict[str, list[str]] = {
    "greeting": [
        "Godeftermiddag, du taler med Jens hos Energiselskabet.",
        "Hej og tak for opkaldet, det er Camilla fra Banken.",
        "Velkommen til Kundeservice, du har fat i Yusuf.",
    ],
    "notice_definite": [
        "Opkaldet bliver optaget{p}.",
        "Vi optager denne telefonsamtale{p}.",
        "Vær opmærksom på, at opkaldet optages{p}.",
        "Hele samtalen bliver optaget{p}.",
        "Jeg skal lige fortælle, at vi optager samtalen{p}.",
        "Vi har optagelse på denne samtale{p}.",
    ],
    "notice_vague": [
        "Samtalen optages eventuelt{p}.",
        "Vi optager i visse tilfælde samtalen{p}.",
        "Dit opkald kan blive optaget{p}.",
        "Enkelte samtaler optages{p}.",
    ],
    "notice_conditional": [
        "Hvis vi skal optage samtalen, spørger jeg dig først.",
        "Du får besked, hvis samtalen skal optages.",
        "Skulle samtalen blive optaget, orienterer vi dig.",
    ],
    "purpose": [
        " til oplæringsformål",
        " for at vi kan dokumentere rådgivningen",
        " af hensyn til uddannelse af personalet",
        " i forbindelse med kvalitetssikring",
        " så vi kan blive bedre",
        " til træningsformål",
    ],
    "purpose_sentence": [
        "Vi gør det for at kunne forbedre vores kundeservice.",
        "Formålet er træning af nye medarbejdere.",
    ],
    "request_long": [
        "Er det i orden for dig, at vi optager?",
        "Giver du samtykke til optagelsen?",
        "Må jeg lave en optagelse af samtalen?",
        "Vil du tillade, at vi optager samtalen?",
        "Har jeg din tilladelse til at optage samtalen?",
    ],
    "request_short": [
        "Er det i orden for dig?",
        "Er det okay med dig?",
        "Er det acceptabelt for dig?",
        "Går det fint?",
        "Er du med på det?",
        "Er det i orden, at vi gør det?",
    ],
    "request_negative": ["Har du noget imod optagelsen?", "Er det et problem for dig, at samtalen optages?"],
    "request_negative_short": ["Har du noget imod dét?", "Generer det dig?"],
    "withdrawal_info": [
        "Du kan når som helst trække samtykket tilbage.",
        "Du kan bede os standse optagelsen når som helst.",
        "Sig til undervejs, hvis optagelsen skal stoppes.",
        "Du er altid velkommen til at bede om at få optagelsen slettet.",
    ],
    "objection_info": [
        "Du kan sige fra over for optagelse.",
        "Ønsker du ikke optagelse, kan du fravælge den.",
        "Du har ret til at sige nej til optagelsen.",
    ],
    "retention": [
        "Vi gemmer optagelsen i seks måneder.",
        "Optagelsen slettes efter et år.",
        "Vi sletter optagelserne efter 60 dage.",
    ],
    "coercion": [
        "Ellers kan jeg desværre ikke behandle din henvendelse.",
        "Hvis du siger nej, kan vi ikke tage din sag i dag.",
        "Det er et krav for at få hjælp, at samtalen optages.",
        "Uden optagelse kan vi ikke hjælpe dig.",
    ],
    "reply_given": [
        "Ja, det er i orden for mig.",
        "Jo, det er helt fint.",
        "Ja tak, det er fint. Jeg ringer angående min elregning.",
        "Det er okay – jeg vil bare høre, hvornår min ordre kommer.",
        "Ja, fint nok. Kan du i øvrigt slette mit gamle nummer?",
        "Klart, bare optag.",
    ],
    "reply_condition": [
        "Ja, hvis den kun bruges til træning.",
        "Ja, men den må ikke gives videre.",
        "Ja, så længe I ikke deler den med andre.",
    ],
    "reply_refused": [
        "Nej, det ønsker jeg ikke.",
        "Nej, jeg vil helst være fri.",
        "Nej, det er ikke i orden.",
        "Nej, I må ikke optage mig.",
        "Nej tak, helst ikke.",
    ],
    "reply_ambiguous": [
        "Hvad skal optagelsen bruges til?",
        "Det er jeg ikke helt sikker på.",
        "Måske, hvis det er nødvendigt.",
        "Øh, tja.",
        "Hvorfor det?",
    ],
    "neg_reply_given": ["Nej, det har jeg ikke.", "Nej, overhovedet ikke."],
    "neg_reply_refused": ["Ja, det har jeg faktisk.", "Ja, det vil jeg helst være fri for."],
    "neg_reply_ambiguous": ["Ja, det er i orden.", "Jo."],
    "ack_refused": ["Forstået, jeg stopper optagelsen.", "Fint, så optager vi ikke."],
    "business_agent": ["Hvad kan jeg hjælpe med?", "Hvad handler det om?"],
    "business_customer": ["Jeg har et spørgsmål til min pension.", "Min adgangskode virker ikke."],
    "withdrawal": [
        "Nej ved du hvad, stop optagelsen.",
        "Jeg har skiftet mening, I må ikke optage mig.",
        "Jeg vil ikke længere være med på optagelsen.",
        "Slet venligst det, I har optaget.",
        "Jeg fortryder mit ja til optagelsen.",
    ],
    "false_friend": [
        "Kan du stoppe min gamle aftale?",
        "Slet mit barns konto, tak.",
        "Jeg har fortrudt mit køb.",
        "Jeg vil ikke have papirfakturaer.",
    ],
    "closing": ["Det gør jeg med det samme.", "Helt i orden."],
    "hello": ["Hallo, er du der stadig?"],
}
HELD_NO: dict[str, list[str]] = {
    "greeting": [
        "God ettermiddag, du snakker med Jens i Energiselskapet.",
        "Hei og takk for at du ringer, det er Camilla i banken.",
        "Velkommen til kundeservice, du har kommet til Yusuf.",
    ],
    "notice_definite": [
        "Anropet blir tatt opp{p}.",
        "Vi tar opp denne telefonsamtalen{p}.",
        "Vær oppmerksom på at anropet tas opp{p}.",
        "Hele samtalen blir tatt opp{p}.",
        "Jeg må bare fortelle at vi tar opp samtalen{p}.",
        "Vi har opptak på denne samtalen{p}.",
    ],
    "notice_vague": [
        "Samtalen tas eventuelt opp{p}.",
        "Vi tar i enkelte tilfeller opp samtalen{p}.",
        "Anropet ditt kan bli tatt opp{p}.",
        "Enkelte samtaler tas opp{p}.",
    ],
    "notice_conditional": [
        "Hvis vi skal ta opp samtalen, spør jeg deg først.",
        "Du får beskjed hvis samtalen skal tas opp.",
        "Skulle samtalen bli tatt opp, gir vi deg beskjed.",
    ],
    "purpose": [
        " til opplæringsformål",
        " for at vi kan dokumentere rådgivningen",
        " av hensyn til opplæring av personalet",
        " i forbindelse med kvalitetssikring",
        " slik at vi kan bli bedre",
        " til treningsformål",
    ],
    "purpose_sentence": [
        "Vi gjør det for å kunne forbedre kundeservicen.",
        "Formålet er opplæring av nye medarbeidere.",
    ],
    "request_long": [
        "Er det greit for deg at vi tar opp?",
        "Gir du samtykke til opptaket?",
        "Kan jeg gjøre opptak av samtalen?",
        "Vil du tillate at vi tar opp samtalen?",
        "Har jeg din tillatelse til å ta opp samtalen?",
    ],
    "request_short": [
        "Er det i orden for deg?",
        "Er det greit med deg?",
        "Er det akseptabelt for deg?",
        "Går det fint?",
        "Er du med på det?",
        "Er det greit at vi gjør det?",
    ],
    "request_negative": ["Har du noe imot opptaket?", "Er det et problem for deg at samtalen tas opp?"],
    "request_negative_short": ["Har du noe imot det?", "Plager det deg?"],
    "withdrawal_info": [
        "Du kan når som helst trekke samtykket tilbake.",
        "Du kan be oss stanse opptaket når som helst.",
        "Si fra underveis hvis opptaket skal stoppes.",
        "Du er alltid velkommen til å be om å få opptaket slettet.",
    ],
    "objection_info": [
        "Du kan si fra deg opptak.",
        "Ønsker du ikke opptak, kan du velge det bort.",
        "Du har rett til å si nei til opptaket.",
    ],
    "retention": [
        "Vi lagrer opptaket i seks måneder.",
        "Opptaket slettes etter ett år.",
        "Vi sletter opptakene etter 60 dager.",
    ],
    "coercion": [
        "Ellers kan jeg dessverre ikke behandle henvendelsen din.",
        "Hvis du sier nei, kan vi ikke ta saken din i dag.",
        "Det er et krav for å få hjelp at samtalen tas opp.",
        "Uten opptak kan vi ikke hjelpe deg.",
    ],
    "reply_given": [
        "Ja, det er i orden for meg.",
        "Jo, det er helt fint.",
        "Ja takk, det er greit. Jeg ringer angående strømregningen.",
        "Det er ok – jeg vil bare høre når bestillingen kommer.",
        "Ja, greit nok. Kan du forresten slette det gamle nummeret mitt?",
        "Klart, bare ta opp.",
    ],
    "reply_condition": [
        "Ja, hvis det bare brukes til opplæring.",
        "Ja, men det må ikke gis videre.",
        "Ja, så lenge dere ikke deler det med andre.",
    ],
    "reply_refused": [
        "Nei, det ønsker jeg ikke.",
        "Nei, jeg vil helst slippe.",
        "Nei, det er ikke greit.",
        "Nei, dere får ikke ta opp meg.",
        "Nei takk, helst ikke.",
    ],
    "reply_ambiguous": [
        "Hva skal opptaket brukes til?",
        "Det er jeg ikke helt sikker på.",
        "Kanskje, hvis det er nødvendig.",
        "Eh, tja.",
        "Hvorfor det?",
    ],
    "neg_reply_given": ["Nei, det har jeg ikke.", "Nei, overhodet ikke."],
    "neg_reply_refused": ["Ja, det har jeg faktisk.", "Ja, det vil jeg helst slippe."],
    "neg_reply_ambiguous": ["Ja, det er i orden.", "Jo."],
    "ack_refused": ["Forstått, jeg stopper opptaket.", "Fint, da tar vi ikke opp."],
    "business_agent": ["Hva kan jeg hjelpe med?", "Hva handler det om?"],
    "business_customer": ["Jeg har et spørsmål om pensjonen min.", "Passordet mitt virker ikke."],
    "withdrawal": [
        "Nei vet du hva, stopp opptaket.",
        "Jeg har ombestemt meg, dere får ikke ta meg opp.",
        "Jeg vil ikke lenger være med på opptaket.",
        "Slett det dere har tatt opp, takk.",
        "Jeg angrer på ja-et til opptak.",
    ],
    "false_friend": [
        "Kan du stoppe den gamle avtalen min?",
        "Slett kontoen til barnet mitt, takk.",
        "Jeg angrer på kjøpet.",
        "Jeg vil ikke ha papirfaktura.",
    ],
    "closing": ["Det gjør jeg med en gang.", "Helt i orden."],
    "hello": ["Hallo, er du der fortsatt?"],
}
# held2: written for the issue-12 recall work before any of that work was done, without looking at
# the phrase banks; run once as it stood (benchmarks/README.md, "held2 first run"), then left alone
# while the readings were improved on dev and held; run again at the end.
HELD2_DA: dict[str, list[str]] = {
    "greeting": [
        "Goddag, du er kommet igennem til Pensionskassen, jeg hedder Anne.",
        "Hej, det er Kasper hos Vandselskabet.",
        "Velkommen til Borgerservice, du taler med Yasmin.",
    ],
    "notice_definite": [
        "Vi optager denne samtale{p}.",
        "Dette opkald bliver optaget{p}.",
        "Samtaler til vores kundecenter optages{p}.",
        "Vores samtale optages{p}.",
        "Du skal vide, at vi optager opkaldet{p}.",
        "For en god ordens skyld: samtalen bliver optaget{p}.",
        "Vi foretager optagelse af samtalen{p}.",
        "Der bliver lavet en lydoptagelse af samtalen{p}.",
        "Samtalen optages og gemmes{p}.",
        "Vi optager vores telefonsamtaler{p}.",
        "Alle opkald til kundeservice optages{p}.",
        "Jeg skal lige sige, at samtalen bliver optaget{p}.",
        "Opkaldet her optages{p}.",
        "Denne samtale optager vi{p}.",
        "Der er optagelse på opkaldet{p}.",
        "Samtalen her vil blive optaget{p}.",
        "Vi lydoptager samtalen{p}.",
        "Samtalen bliver optaget og gemt{p}.",
        "Samtalen med dig bliver optaget{p}.",
        "Vi optager samtaler med vores kunder{p}.",
        "Det her opkald optager vi{p}.",
        "Vi gør opmærksom på, at alle samtaler optages{p}.",
        "Til orientering optager vi samtalen{p}.",
        "Samtalen bliver som altid optaget{p}.",
        "Vi optager nu samtalen{p}.",
        "Fra nu af bliver samtalen optaget{p}.",
        "Vi gemmer en optagelse af samtalen{p}.",
        "Samtalen optages af os{p}.",
        "Opkald til Kundeservice bliver optaget{p}.",
        "Jeg optager samtalen{p}.",
        "Vi optager alle indgående opkald{p}.",
    ],
    "notice_vague": [
        "Samtalen optages måske{p}.",
        "Opkaldet kan optages{p}.",
        "Samtaler kan optages{p}.",
        "Vi optager eventuelt samtalen{p}.",
        "Det kan ske, at samtalen bliver optaget{p}.",
        "Din samtale kan blive optaget{p}.",
        "Samtalen vil muligvis blive optaget{p}.",
        "Samtaler bliver i visse tilfælde optaget{p}.",
        "Vi optager undertiden samtaler{p}.",
        "Enkelte opkald optages{p}.",
        "Nogle af vores samtaler optages{p}.",
        "Samtalen kan evt. blive optaget{p}.",
        "Opkald optages stikprøvevis{p}.",
        "Vi kan finde på at optage samtalen{p}.",
        "Samtalen kan eventuelt blive optaget{p}.",
    ],
    "notice_conditional": [
        "Hvis samtalen optages, får du det at vide.",
        "Skulle samtalen blive optaget, siger vi det.",
        "Optager vi samtalen, informerer vi dig først.",
        "Du får besked, hvis vi begynder at optage.",
        "I tilfælde af at samtalen optages, oplyser vi det.",
        "Vi fortæller dig det, hvis opkaldet optages.",
        "Såfremt vi optager, bliver du spurgt først.",
        "Hvis vi skal optage samtalen, spørger jeg dig først.",
        "Du vil blive orienteret, hvis samtalen bliver optaget.",
        "Når en samtale optages, siger vi det altid.",
        "Bliver samtalen optaget, hører du det fra mig.",
        "Vi siger til, hvis der optages.",
        "Hvis der bliver optaget, får du besked.",
        "Du orienteres, såfremt opkaldet optages.",
        "Optages samtalen, får du naturligvis besked.",
    ],
    "purpose": [
        " til uddannelse af vores medarbejdere",
        " af hensyn til kvaliteten",
        " af kvalitetshensyn",
        " for at sikre kvaliteten",
        " til kvalitetskontrol",
        " til brug for intern træning",
        " med henblik på at forbedre vores rådgivning",
        " for at kunne dokumentere aftalen",
        " som dokumentation for aftalen",
        " til dokumentationsformål",
        " i træningsøjemed",
        " for at vi kan lære af den",
        " til oplæring af nye medarbejdere",
        " til undervisning af personalet",
        " så vi kan forbedre vores kundeservice",
        " for at udvikle vores service",
        " til intern kvalitetssikring",
        " for at kunne forbedre os",
        " af sikkerhedshensyn",
        " til brug i vores uddannelse",
        " med det formål at forbedre servicen",
        " for at kunne efterprøve, hvad der blev aftalt",
        " til brug ved eventuelle klager",
        " for at dokumentere din bestilling",
        " til coaching af vores rådgivere",
        " så vores medarbejdere kan blive dygtigere",
        " for at styrke kvaliteten af vores rådgivning",
        " med henblik på uddannelse",
        " i kvalitetsøjemed",
        " for at højne kvaliteten",
        " til kontrol af kvaliteten",
    ],
    "purpose_sentence": [
        "Formålet er at uddanne vores medarbejdere.",
        "Det bruger vi til at forbedre vores service.",
        "Det er for at sikre kvaliteten af vores rådgivning.",
        "Det sker af hensyn til kvaliteten.",
        "Formålet er kvalitetssikring og træning.",
        "Det gør vi for at kunne dokumentere aftaler.",
        "Det hjælper os med at oplære nye kolleger.",
        "Vi bruger det i vores interne uddannelse.",
        "Det er for at vi kan blive bedre.",
        "Det bruges til dokumentation af aftaler.",
    ],
    "request_long": [
        "Er det okay, at vi optager samtalen?",
        "Giver du lov til, at samtalen optages?",
        "Accepterer du, at vi optager opkaldet?",
        "Må vi optage opkaldet?",
        "Vil du give samtykke til, at vi optager samtalen?",
        "Kan jeg få lov at optage samtalen?",
        "Er du indforstået med, at samtalen optages?",
        "Siger du ja til, at vi optager samtalen?",
        "Er du okay med, at jeg optager?",
        "Er det i orden med dig, at samtalen bliver optaget?",
        "Må samtalen optages?",
        "Tillader du, at vi optager samtalen?",
        "Giver du dit samtykke til optagelsen?",
        "Vil du acceptere, at opkaldet optages?",
        "Er det fint med dig, at vi optager?",
        "Må jeg have dit samtykke til at optage samtalen?",
        "Har jeg din tilladelse til at optage?",
        "Er du enig i, at vi optager samtalen?",
        "Kan vi få dit ja til optagelse af samtalen?",
        "Vil du tillade, at vi optager samtalen?",
    ],
    "request_short": [
        "Er det okay med dig?",
        "Er det fint?",
        "Er det acceptabelt?",
        "Kan du acceptere det?",
        "Er det i orden for dig?",
        "Må vi det?",
        "Er du indforstået med det?",
        "Er det okay for dig?",
        "Kan vi det?",
        "Giver du lov til det?",
        "Accepterer du det?",
        "Er du med på det?",
        "Har vi lov til det?",
        "Er det fint med dig?",
        "Siger du ja til det?",
    ],
    "request_negative": [
        "Har du noget imod, at samtalen optages?",
        "Har du indvendinger mod, at vi optager?",
        "Gør det noget, at vi optager opkaldet?",
        "Generer det dig, at samtalen optages?",
        "Er der noget i vejen for, at vi optager?",
        "Har du noget imod optagelse?",
        "Er det et problem for dig, at vi optager?",
        "Har du noget at indvende mod optagelsen?",
    ],
    "request_negative_short": [
        "Har du noget imod det?",
        "Generer det dig?",
        "Er det et problem for dig?",
        "Gør det noget?",
        "Har du indvendinger?",
    ],
    "withdrawal_info": [
        "Du kan til hver en tid bede os stoppe optagelsen.",
        "Du kan altid trække dit samtykke tilbage.",
        "Hvis du fortryder, kan du bede mig slukke for optagelsen.",
        "Du kan når som helst sige, at optagelsen skal stoppes.",
        "Du kan undervejs bede om at få optagelsen stoppet.",
        "Dit samtykke kan trækkes tilbage når som helst.",
        "Du er altid velkommen til at bede os slette optagelsen.",
        "Sig endelig til, hvis du vil have optagelsen stoppet.",
        "Optagelsen kan stoppes, når du ønsker det.",
        "Du kan tilbagekalde dit samtykke, når du vil.",
        "Skifter du mening, stopper jeg optagelsen med det samme.",
        "Du kan hele tiden bede mig om at afbryde optagelsen.",
        "Du kan stoppe optagelsen når som helst ved at sige til.",
        "Undervejs kan du altid bede os stoppe med at optage.",
        "Du kan trække samtykket tilbage, og så sletter vi optagelsen.",
        "Fortryder du, sletter vi optagelsen med det samme.",
        "Du kan til enhver tid sige stop til optagelsen.",
        "Du bestemmer selv, og du kan når som helst få optagelsen stoppet.",
        "Hvis du ombestemmer dig, kan du bare sige det, så slukker jeg for optagelsen.",
        "Du kan også senere trække dit samtykke tilbage.",
    ],
    "objection_info": [
        "Du kan sige nej til optagelse.",
        "Du kan frabede dig optagelse.",
        "Ønsker du ikke at blive optaget, så sig det til mig.",
        "Du kan fravælge optagelsen.",
        "Vil du ikke optages, kan du bare sige til.",
        "Hvis du ikke vil have samtalen optaget, så giv mig besked.",
        "Du har ret til at sige nej til optagelsen.",
        "Du kan undgå optagelse ved at sige det til rådgiveren.",
        "Du kan frit vælge optagelsen fra.",
        "Det er frivilligt, og du kan sige nej til optagelsen.",
        "Du kan afvise optagelsen.",
        "Tryk 9, hvis du ikke ønsker optagelse.",
        "Du kan bede om ikke at blive optaget.",
        "Ønsker du ikke optagelse, kan du fravælge det.",
        "Du kan sige fra over for optagelsen.",
    ],
    "retention": [
        "Optagelsen opbevares i 90 dage.",
        "Vi sletter optagelsen efter seks måneder.",
        "Optagelserne gemmes i op til et år.",
        "Optagelsen bliver slettet efter tre måneder.",
        "Vi beholder optagelsen i 30 dage.",
        "Optagelsen gemmes i højst to år og slettes derefter.",
        "Efter 60 dage slettes optagelsen.",
        "Vi opbevarer lydfilen i 12 måneder.",
        "Optagelsen bliver gemt i et halvt år.",
        "Optagelser slettes automatisk efter 90 dage.",
        "Vi gemmer optagelsen i maksimalt fem år.",
        "Optagelsen gemmes sikkert og slettes efter et år.",
        "Lydoptagelsen opbevares i 24 måneder.",
        "Vi sletter lydfilerne efter 14 dage.",
        "Optagelsen bliver liggende hos os i op til 90 dage.",
    ],
    "coercion": [
        "Uden optagelse kan vi desværre ikke hjælpe dig.",
        "Hvis du ikke accepterer optagelsen, kan vi ikke behandle din sag.",
        "Optagelsen er nødvendig, ellers må vi afslutte samtalen.",
        "Siger du nej, må du ringe igen en anden dag.",
        "Vi kan kun rådgive dig, hvis samtalen optages.",
        "Optagelsen er obligatorisk, for at vi kan hjælpe.",
        "Vil du ikke optages, kan vi ikke fortsætte samtalen.",
        "Afviser du optagelsen, kan vi ikke tage din bestilling.",
        "Det er en betingelse for at hjælpe dig, at vi må optage.",
        "Uden dit samtykke kan jeg ikke gå videre med sagen.",
        "Hvis du ikke vil optages, må du skrive til os i stedet.",
        "Vi er nødt til at optage, ellers kan vi ikke hjælpe.",
        "Optagelsen kan ikke fravælges, hvis du vil have hjælp.",
        "Vi skal optage samtalen for at kunne hjælpe dig.",
        "Sagen kan kun behandles med optagelse.",
    ],
    "reply_given": [
        "Ja, det må du gerne.",
        "Ja, helt fint.",
        "Det er okay med mig.",
        "Ja, det er fint. Jeg ringer om min elregning.",
        "Selvfølgelig, bare optag.",
        "Ja, fint nok, men kan du stoppe min betalingsaftale?",
        "Okay, det er fint med mig.",
        "Ja gerne. Jeg skal ikke opsige noget, bare spørge om prisen.",
        "Ja, det er i orden – og så har jeg et spørgsmål om min pension.",
        "Ja, værsgo.",
    ],
    "reply_condition": [
        "Ja, hvis den kun bruges til træning.",
        "Ja, men den må ikke gives videre.",
        "Ja, så længe optagelsen ikke deles.",
        "Ja, men kun til intern brug.",
    ],
    "reply_refused": [
        "Nej, det ønsker jeg ikke.",
        "Nej, helst ikke.",
        "Det vil jeg ikke.",
        "Nej, lad være med det.",
        "Nej tak, ingen optagelse.",
        "Det siger jeg nej tak til.",
    ],
    "reply_ambiguous": [
        "Hmm, det ved jeg ikke.",
        "Hvem skal lytte til det?",
        "Måske, hvad bruges det til?",
        "Øh, jeg er ikke sikker.",
        "Det er jeg lidt i tvivl om.",
        "Hvorfor skal det optages?",
    ],
    "neg_reply_given": ["Nej, slet ikke.", "Nej, det er helt fint.", "Nej, overhovedet ikke."],
    "neg_reply_refused": ["Ja, det har jeg faktisk.", "Ja, faktisk."],
    "neg_reply_ambiguous": ["Ja.", "Mm.", "Tja."],
    "ack_refused": [
        "Helt i orden, så optager vi ikke.",
        "Det er fint, jeg slår optagelsen fra.",
        "Forstået, optagelsen er stoppet.",
    ],
    "business_agent": ["Hvad kan jeg gøre for dig?", "Hvad drejer det sig om?", "Hvordan kan jeg hjælpe?"],
    "business_customer": [
        "Jeg vil høre om min pensionsopsparing.",
        "Jeg har fået en forkert regning.",
        "Jeg skal flytte og vil melde ny adresse.",
    ],
    "withdrawal": [
        "Stop lige optagelsen, tak.",
        "Jeg har fortrudt, I må ikke optage mere.",
        "Jeg vil alligevel ikke optages.",
        "Slet venligst optagelsen.",
        "Sluk for optagelsen.",
        "Jeg trækker mit ja til optagelsen tilbage.",
        "Kan du stoppe med at optage?",
        "Jeg vil gerne have, at optagelsen slettes.",
        "Nu vil jeg ikke optages længere.",
        "Jeg ønsker ikke, at samtalen optages mere.",
        "Jeg har ombestemt mig om optagelsen.",
        "Optagelsen skal stoppes nu.",
        "Hold op med at optage, tak.",
        "Jeg vil ikke have, at I gemmer optagelsen.",
        "I må godt slette optagelsen igen.",
    ],
    "false_friend": [
        "Stop min månedlige overførsel.",
        "Slet mit gamle telefonnummer.",
        "Jeg har fortrudt min bestilling.",
        "Jeg vil opsige mit abonnement.",
        "Kan du stoppe leveringen?",
        "Jeg vil ikke have reklamer mere.",
        "Jeg trækker min ansøgning tilbage.",
        "Slet venligst min gamle e-mail.",
        "Jeg har skiftet mening om lånet.",
        "Sluk for min automatiske betaling.",
        "Stop venligst mine rykkere.",
        "Jeg vil ikke have papirregninger.",
    ],
    "closing": ["Det ordner jeg.", "Selvfølgelig."],
    "hello": ["Hallo, er du der?"],
}

HELD2_NO: dict[str, list[str]] = {
    "greeting": [
        "Hei, du har kome til Vestlandsbanken, eg heiter Sigrid.",
        "Velkommen til Forsikringssenteret, du snakker med Amir.",
        "Hei, det er Lise fra kommunen.",
    ],
    "notice_definite": [
        "Vi har opptak av denne samtalen{p}.",
        "Samtalen tas opp{p}.",
        "Samtalar til kundesenteret vårt vert tekne opp{p}.",
        "Vi gjør opptak av samtaler{p}.",
        "Denne samtalen blir tatt opp{p}.",
        "Samtalen blir spilt inn{p}.",
        "Vi spiller inn samtalen{p}.",
        "Samtaler til vårt kundesenter blir tatt opp{p}.",
        "Vi tek opp samtalen{p}.",
        "Denne samtalen vert teken opp{p}.",
        "Vi gjer opptak av samtalen{p}.",
        "Samtalen lagres som lydopptak{p}.",
        "Vi lagrer samtalen{p}.",
        "Alle innkommende samtaler blir tatt opp{p}.",
        "Jeg tar opp samtalen{p}.",
        "Det blir gjort opptak av samtalen{p}.",
        "Det vert gjort opptak av samtalen{p}.",
        "Samtalen med oss blir tatt opp{p}.",
        "Vi gjør lydopptak av alle samtaler{p}.",
        "Denne samtalen tas opp{p}.",
        "Samtalen du har med oss nå, blir tatt opp{p}.",
        "Vi tek opp alle samtalar med kundane våre{p}.",
        "Vi opplyser om at samtalen tas opp{p}.",
        "Merk at samtalen blir tatt opp{p}.",
        "Ver merksam på at samtalen blir teken opp{p}.",
        "Telefonsamtalen blir tatt opp{p}.",
        "Samtalen blir tatt opp og lagret{p}.",
        "Samtalen blir registrert med lydopptak{p}.",
        "Det er opptak på samtalen{p}.",
        "Samtala blir teken opp{p}.",
        "Vi tar opp denne telefonsamtalen{p}.",
        "Samtaler med rådgiverne våre tas opp{p}.",
    ],
    "notice_vague": [
        "Samtalen kan tas opp{p}.",
        "Samtalar kan bli tekne opp{p}.",
        "Samtalen vil kanskje bli tatt opp{p}.",
        "Noen samtaler blir tatt opp{p}.",
        "Vi tar av og til opp samtaler{p}.",
        "Samtalen kan bli spilt inn{p}.",
        "Det kan hende samtalen blir tatt opp{p}.",
        "Samtalen kan verte teken opp{p}.",
        "Enkelte samtaler tas opp{p}.",
        "Vi kan komme til å ta opp samtalen{p}.",
        "Samtalen blir eventuelt tatt opp{p}.",
        "Samtalen blir muligens spilt inn{p}.",
        "Somme samtalar vert tekne opp{p}.",
        "Samtalen tas stikkprøvevis opp{p}.",
        "Samtaler kan i noen tilfeller bli spilt inn{p}.",
    ],
    "notice_conditional": [
        "Hvis samtalen tas opp, får du beskjed.",
        "Dersom vi tar opp samtalen, sier vi ifra først.",
        "Om samtalen vert teken opp, får du vite det.",
        "Skulle samtalen bli tatt opp, blir du informert.",
        "Vi gir beskjed om samtalen skal tas opp.",
        "Du blir spurt først hvis vi skal ta opp samtalen.",
        "Dersom det blir gjort opptak, varsler vi deg.",
        "Tar vi opp samtalen, sier vi det.",
        "I tilfelle samtalen blir tatt opp, får du informasjon om det.",
        "Du får melding dersom samtalen blir spilt inn.",
        "Viss samtalen blir teken opp, seier vi frå.",
        "Når vi tar opp samtaler, opplyser vi alltid om det.",
        "Blir samtalen tatt opp, får du vite det av meg.",
        "Du vil bli varslet dersom opptak starter.",
        "Om vi gjer opptak, får du beskjed.",
    ],
    "purpose": [
        " for å sikre kvaliteten",
        " av kvalitetshensyn",
        " av hensyn til kvaliteten",
        " til opplæringsformål",
        " for å kunne dokumentere hva som ble avtalt",
        " for at vi kan dokumentere avtalen",
        " til dokumentasjon",
        " som dokumentasjon på avtalen",
        " til kvalitetskontroll",
        " for trening av kundebehandlerne våre",
        " til bruk i opplæringa",
        " for å lære opp nye tilsette",
        " for å betre kundeservicen",
        " for å forbetre tenestene våre",
        " til intern kvalitetssikring",
        " slik at vi kan forbedre tjenestene våre",
        " for at vi skal kunne gi bedre råd",
        " med tanke på opplæring",
        " i opplæringsøyemed",
        " av sikkerhetshensyn",
        " for å ivareta sikkerheten",
        " til bruk ved eventuelle klager",
        " for å kunne etterprøve avtalen",
        " til kvalitetsformål",
        " for å utvikle tjenestene våre",
        " for å gjøre kundeservicen bedre",
        " til trening og kvalitetsforbedring",
        " for å dokumentere bestillingen din",
        " slik at vi kan lære av samtalen",
        " med sikte på å forbedre servicen",
        " til bruk i opplæring og kontroll",
        " for kontroll av kvaliteten",
        " til dokumentasjonsformål",
    ],
    "purpose_sentence": [
        "Formålet er opplæring av de ansatte.",
        "Dette gjør vi for å sikre kvaliteten.",
        "Det brukes til å forbedre tjenestene våre.",
        "Føremålet er opplæring og kvalitetssikring.",
        "Vi bruker det til dokumentasjon av avtaler.",
        "Det er for at vi skal kunne lære opp nye ansatte.",
        "Dette gjer vi for å betre kundeservicen.",
        "Hensikten er å dokumentere hva som blir avtalt.",
        "Det hjelper oss å bli bedre.",
        "Det nyttar vi til opplæring.",
    ],
    "request_long": [
        "Er det i orden at samtalen blir tatt opp?",
        "Kan vi få lov til å ta opp samtalen?",
        "Samtykker du til at vi tar opp samtalen?",
        "Er det greitt at vi tek opp samtalen?",
        "Går det bra at vi tar opp samtalen?",
        "Tillater du at samtalen blir tatt opp?",
        "Er du enig i at vi tar opp samtalen?",
        "Har vi lov til å ta opp denne samtalen?",
        "Godtar du opptak av samtalen?",
        "Er det ok for deg at samtalen tas opp?",
        "Kan eg ta opp samtalen?",
        "Er du med på at vi tar opp samtalen?",
        "Vil du gi samtykke til opptak?",
        "Går det an at vi tar opp samtalen?",
        "Får vi ta opp samtalen?",
        "Er det i orden for deg at vi gjør opptak?",
        "Gir du samtykke til at samtalen blir teken opp?",
        "Kan jeg ta opp samtalen?",
        "Aksepterer du at samtalen blir tatt opp?",
        "Er det greit for deg at vi spiller inn samtalen?",
    ],
    "request_short": [
        "Er det ok?",
        "Er det greitt?",
        "Går det bra?",
        "Passer det?",
        "Er det i orden?",
        "Går det greit for deg?",
        "Godtar du det?",
        "Er du med på det?",
        "Er det greitt for deg?",
        "Kan vi det?",
        "Er det akseptabelt?",
        "Går det an?",
        "Samtykker du til det?",
        "Får vi lov til det?",
        "Er du einig i det?",
        "Er det i orden med deg?",
    ],
    "request_negative": [
        "Har du noko imot at vi tek opp samtalen?",
        "Har du noen innvendinger mot at samtalen tas opp?",
        "Plager det deg om vi tar opp samtalen?",
        "Er det noe i veien for at vi tar opp samtalen?",
        "Har du noe imot opptak?",
        "Gjør det noe at samtalen blir tatt opp?",
        "Er det et problem om vi tar opp samtalen?",
        "Har du noe å innvende mot opptaket?",
    ],
    "request_negative_short": [
        "Har du noe imot det?",
        "Plager det deg?",
        "Har du noko imot det?",
        "Er det et problem?",
        "Gjør det noe?",
    ],
    "withdrawal_info": [
        "Du kan når som helst be oss stoppe opptaket.",
        "Du kan trekke tilbake samtykket ditt når du vil.",
        "Du kan når som helst be om at opptaket blir stoppa.",
        "Du kan til ei kvar tid be oss stogge opptaket.",
        "Du kan trekkje samtykket tilbake når som helst.",
        "Angrer du, stopper vi opptaket med én gang.",
        "Du kan stoppe opptaket underveis ved å si fra.",
        "Samtykket kan trekkes tilbake når som helst.",
        "Si fra når som helst om du vil at vi skal stoppe opptaket.",
        "Ombestemmer du deg underveis, slår vi av opptaket og sletter det.",
        "Du kan når som helst få opptaket stoppet og slettet.",
        "Hvis du ombestemmer deg, kan du be meg slå av opptaket.",
        "Du kan alltid be oss avbryte opptaket.",
        "Du kan heile tida be om at opptaket vert stoppa.",
        "Du kan seinare trekkje tilbake samtykket.",
        "Opptaket kan stoppes når du ønsker det.",
        "Du står fritt til å trekke samtykket ditt når som helst.",
        "Vil du at opptaket skal stoppe, sier du bare fra, når som helst i samtalen.",
        "Du kan til enhver tid kreve at opptaket stoppes.",
        "Du kan når som helst avbryte opptaket.",
    ],
    "objection_info": [
        "Ønsker du ikke at samtalen tas opp, gi beskjed til rådgiveren.",
        "Du kan reservere deg mot opptak ved å trykke 9.",
        "Vil du ikke bli tatt opp, kan du si det til meg.",
        "Du kan velge bort opptak.",
        "Du kan takke nei til opptak.",
        "Du kan si nei til at samtalen blir tatt opp.",
        "Vil du ikkje at samtalen blir teken opp, kan du seie frå.",
        "Du kan reservere deg mot at samtalen vert teken opp.",
        "Trykk 2 dersom du ikke ønsker opptak.",
        "Dersom du ikke vil ha opptak, sier du bare ifra.",
        "Du har mulighet til å reservere deg mot opptak.",
        "Du kan be om at samtalen ikke blir tatt opp.",
        "Om du ikkje ønskjer opptak, kan du velje det bort.",
        "Du kan motsette deg opptak.",
        "Du kan nekte opptak.",
        "Ønsker du ikke opptak, si ifra nå.",
        "Det er frivillig, og du kan si nei til opptak.",
        "Du kan reservera deg mot opptak.",
        "Vil du ikke tas opp, trykker du 1.",
        "Du kan frabe deg opptak.",
        "Dersom du ikkje vil bli teken opp, kan du gje beskjed.",
    ],
    "retention": [
        "Opptaket lagres i 6 måneder.",
        "Vi sletter opptaket etter 30 dager.",
        "Opptaket vert lagra i tre månader.",
        "Opptakene slettes automatisk etter ett år.",
        "Opptaket oppbevares i inntil 90 dager.",
        "Vi tar vare på opptaket i to år.",
        "Opptaket blir sletta etter seks månader.",
        "Lydopptaket lagres i maksimalt 12 måneder.",
        "Etter 60 dager blir opptaket slettet.",
        "Opptaka vert sletta etter eitt år.",
        "Vi beholder opptaket i et halvt år før det slettes.",
        "Opptaket lagres sikkert og slettes etter tre måneder.",
        "Opptakene blir oppbevart i inntil fem år.",
        "Vi lagrar opptaket i 90 dagar.",
        "Opptaket blir liggende i 14 dager.",
    ],
    "coercion": [
        "Uten opptak kan vi ikke hjelpe deg videre.",
        "Hvis du ikke godtar opptak, kan vi ikke behandle saken din.",
        "Opptak er nødvendig, ellers må vi avslutte samtalen.",
        "Seier du nei, må du ringje ein annan gong.",
        "Vi kan berre hjelpe deg om vi får ta opp samtalen.",
        "Opptak er et krav for å få hjelp.",
        "Vil du ikke tas opp, kan vi ikke fortsette samtalen.",
        "Nekter du opptak, kan vi ikke ta imot bestillingen.",
        "Det er en forutsetning for hjelp at vi tar opp samtalen.",
        "Uten samtykke kan jeg ikke gå videre med saken.",
        "Hvis du ikke vil bli tatt opp, må du skrive til oss i stedet.",
        "Vi må ta opp samtalen, ellers kan vi ikke hjelpe deg.",
        "Opptaket kan ikke velges bort hvis du vil ha hjelp.",
        "Utan opptak kan vi dessverre ikkje hjelpe deg.",
        "Saken kan bare behandles med opptak.",
    ],
    "reply_given": [
        "Ja, det er helt greit.",
        "Ja, bare ta opp.",
        "Det er i orden for meg.",
        "Ja, det går bra. Jeg ringer om fakturaen.",
        "Ja, greitt. Eg lurer på straumrekninga.",
        "Greit nok, men kan du stoppe den automatiske betalingen?",
        "Ja gjerne. Dere må ikke si opp avtalen min.",
        "Jada, fint. Jeg har et spørsmål om lånet.",
        "Ja, det er ok – og så vil jeg endre adressen.",
        "Ja visst.",
    ],
    "reply_condition": [
        "Ja, hvis det bare brukes til opplæring.",
        "Ja, men opptaket må ikke gis videre.",
        "Ja, så lenge det ikke deles.",
        "Ja, men berre til opplæring.",
    ],
    "reply_refused": [
        "Nei, det vil jeg helst ikke.",
        "Nei, ikke ta opp.",
        "Det ønsker jeg ikke.",
        "Nei, eg vil ikkje.",
        "Nei takk, ikke noe opptak.",
        "Nei, la være.",
    ],
    "reply_ambiguous": [
        "Hmm, vet ikke.",
        "Hvem får høre det?",
        "Kanskje, hva brukes det til?",
        "Eh, jeg er usikker.",
        "Det er eg litt usikker på.",
        "Hvorfor må dere ta opp?",
    ],
    "neg_reply_given": ["Nei, slett ikke.", "Nei, det er helt i orden.", "Nei, overhodet ikke."],
    "neg_reply_refused": ["Ja, det har jeg faktisk.", "Ja, faktisk."],
    "neg_reply_ambiguous": ["Ja.", "Mja.", "Tja."],
    "ack_refused": [
        "Greit, da tar vi ikke opp.",
        "Skjønner, jeg skrur av opptaket.",
        "Forstått, opptaket er stoppet.",
    ],
    "business_agent": ["Hva kan jeg gjøre for deg?", "Kva kan eg hjelpe deg med?", "Hva gjelder det?"],
    "business_customer": [
        "Jeg lurer på renta på lånet mitt.",
        "Eg har eit spørsmål om fakturaen.",
        "Jeg skal melde flytting.",
    ],
    "withdrawal": [
        "Stopp opptaket nå, takk.",
        "Jeg har angret, dere får ikke ta opp mer.",
        "Eg vil ikkje bli teken opp likevel.",
        "Slett opptaket, er du snill.",
        "Slå av opptaket.",
        "Jeg trekker samtykket mitt til opptaket.",
        "Kan du slutte å ta opp?",
        "Jeg vil at opptaket skal slettes.",
        "Nå vil jeg ikke tas opp lenger.",
        "Eg ønskjer ikkje at samtalen vert teken opp meir.",
        "Jeg har ombestemt meg om opptaket.",
        "Opptaket må stoppes nå.",
        "Hold opp med å ta opp, takk.",
        "Jeg vil ikke at dere lagrer opptaket.",
        "Stogg opptaket.",
    ],
    "false_friend": [
        "Stopp den månedlige overføringen.",
        "Slett det gamle telefonnummeret mitt.",
        "Jeg har angret på bestillingen.",
        "Jeg vil si opp abonnementet.",
        "Kan du stoppe leveransen?",
        "Eg vil ikkje ha reklame meir.",
        "Jeg trekker søknaden min.",
        "Slett den gamle e-postadressen min.",
        "Jeg har ombestemt meg om lånet.",
        "Slå av den automatiske betalinga.",
        "Stopp purringene, takk.",
        "Jeg vil ikke ha papirfaktura lenger.",
    ],
    "closing": ["Det ordner jeg.", "Skal bli."],
    "hello": ["Hallo, er du der?"],
}

# held3: written after all the work on dev, held and held2, and run exactly once as it stands
# (benchmarks/README.md, "held3"): the one untouched number of this round.
HELD3_DA: dict[str, list[str]] = {
    "greeting": ["Hej, du har ringet til Boligforeningen, det er Signe.", "Goddag, Lønservice, du taler med Bo."],
    "notice_definite": [
        "Hos os optages alle opkald{p}.",
        "Vi optager samtalen her{p}.",
        "Din samtale med os bliver optaget{p}.",
        "Vores telefonsamtaler optages altid{p}.",
        "Jeg gør dig opmærksom på, at opkaldet optages{p}.",
        "Samtaler med kundeservice bliver lydoptaget{p}.",
        "Vi optager opkald til vores rådgivere{p}.",
        "Hele samtalen bliver optaget{p}.",
    ],
    "notice_vague": [
        "Nogle opkald bliver optaget{p}.",
        "Vi optager måske opkaldet{p}.",
        "Samtalen optages i visse tilfælde{p}.",
        "Opkald kan eventuelt optages{p}.",
        "Vi optager samtaler en gang imellem{p}.",
    ],
    "notice_conditional": [
        "Hvis vi optager opkaldet, hører du det først.",
        "Du bliver spurgt, inden en samtale eventuelt optages.",
        "Bliver opkaldet optaget, orienterer jeg dig.",
        "Såfremt der optages, får du det at vide.",
    ],
    "purpose": [
        " til undervisning af nye kolleger",
        " for at kunne give dig en bedre oplevelse",
        " med henblik på intern træning",
        " af hensyn til dokumentationen",
        " til kvalitetsudvikling",
        " så vi kan rette eventuelle fejl i vores rådgivning",
        " for at sikre en ensartet kvalitet",
    ],
    "purpose_sentence": [
        "Formålet er at forbedre vores rådgivning.",
        "Det bruger vi til at træne vores medarbejdere.",
        "Vi gør det af hensyn til kvaliteten.",
    ],
    "request_long": [
        "Er det i orden med dig, at vi optager?",
        "Vil du give lov til, at opkaldet optages?",
        "Må jeg optage vores samtale?",
        "Accepterer du, at samtalen bliver optaget?",
        "Har vi dit samtykke til at optage samtalen?",
        "Kan du acceptere, at vi optager samtalen?",
    ],
    "request_short": [
        "Er det i orden?",
        "Er det okay?",
        "Passer det dig?",
        "Er det ok med dig?",
        "Er du okay med det?",
        "Må jeg det?",
    ],
    "request_negative": [
        "Har du noget imod, at vi optager opkaldet?",
        "Har du nogen indvendinger mod optagelsen?",
        "Gør det noget, at samtalen optages?",
    ],
    "request_negative_short": ["Har du noget imod det?", "Gør det dig noget?"],
    "withdrawal_info": [
        "Du kan når som helst bede om at få optagelsen stoppet.",
        "Du kan trække dit samtykke tilbage, når du vil.",
        "Hvis du skifter mening, stopper vi optagelsen.",
        "Du kan altid bede mig slette optagelsen.",
        "Optagelsen kan stoppes når som helst.",
        "Sig til undervejs, hvis optagelsen skal stoppes.",
    ],
    "objection_info": [
        "Du kan sige nej tak til optagelse.",
        "Ønsker du ikke optagelse, kan du sige det nu.",
        "Du har mulighed for at fravælge optagelse.",
        "Hvis du ikke vil optages, så sig det bare.",
        "Du kan frabede dig optagelsen.",
    ],
    "retention": [
        "Optagelsen gemmes i tre måneder.",
        "Vi sletter optagelsen efter et halvt år.",
        "Optagelser opbevares i op til 12 måneder.",
        "Optagelsen slettes automatisk efter 30 dage.",
    ],
    "coercion": [
        "Uden optagelse kan vi ikke hjælpe dig i dag.",
        "Hvis du ikke accepterer optagelse, må du ringe en anden dag.",
        "Vi kan kun hjælpe dig, hvis samtalen optages.",
        "Optagelsen er et krav for at få hjælp.",
        "Siger du nej, kan jeg ikke behandle din sag.",
    ],
    "reply_given": [
        "Ja, det er i orden.",
        "Ja, det er helt fint med mig.",
        "Ja. Jeg ringer om min husleje.",
        "Fint. Jeg vil ikke opsige noget, jeg har bare et spørgsmål.",
        "Ja, gerne.",
    ],
    "reply_condition": ["Ja, men den må ikke deles med andre.", "Ja, hvis den kun bruges internt."],
    "reply_refused": ["Nej tak.", "Nej, det vil jeg ikke.", "Nej, det har jeg ikke lyst til."],
    "reply_ambiguous": ["Det ved jeg ikke rigtig.", "Hvad skal det bruges til?", "Hmm, måske."],
    "neg_reply_given": ["Nej, det er fint.", "Nej, slet ikke."],
    "neg_reply_refused": ["Ja, det har jeg."],
    "neg_reply_ambiguous": ["Ja."],
    "ack_refused": ["Helt i orden, så optager vi ikke.", "Det er fint, jeg stopper optagelsen."],
    "business_agent": ["Hvad kan jeg hjælpe med?"],
    "business_customer": ["Jeg har et spørgsmål om min husleje."],
    "withdrawal": [
        "Jeg vil ikke optages mere.",
        "Stop optagelsen, tak.",
        "Jeg har fortrudt, slet optagelsen.",
        "I må ikke optage resten af samtalen.",
        "Kan I stoppe optagelsen?",
    ],
    "false_friend": [
        "Stop min automatiske overførsel.",
        "Slet venligst min gamle adresse.",
        "Jeg har fortrudt min opsigelse.",
        "Jeg vil ikke have mit nummer offentliggjort.",
        "Kan du stoppe min bestilling?",
    ],
    "closing": ["Det klarer jeg."],
    "hello": ["Hallo? Er du der endnu?"],
}

HELD3_NO: dict[str, list[str]] = {
    "greeting": ["Hei, du har kommet til Boligbyggelaget, det er Siri.", "God dag, lønnskontoret, Bjørn her."],
    "notice_definite": [
        "Hos oss blir alle samtaler tatt opp{p}.",
        "Vi tar opp samtalen her{p}.",
        "Samtalen din med oss blir tatt opp{p}.",
        "Telefonsamtalene våre tas alltid opp{p}.",
        "Eg gjer merksam på at samtalen vert teken opp{p}.",
        "Samtaler med kundeservice blir spilt inn{p}.",
        "Vi tek opp samtalar til rådgjevarane våre{p}.",
        "Hele samtalen blir tatt opp{p}.",
    ],
    "notice_vague": [
        "Noen samtaler tas opp{p}.",
        "Vi tar kanskje opp samtalen{p}.",
        "Samtalen tas opp i visse tilfeller{p}.",
        "Samtalar kan eventuelt bli tekne opp{p}.",
        "Vi tar opp samtaler en gang iblant{p}.",
    ],
    "notice_conditional": [
        "Hvis vi tar opp samtalen, hører du det først.",
        "Du blir spurt før en samtale eventuelt tas opp.",
        "Blir samtalen teken opp, seier eg frå.",
        "Dersom det gjøres opptak, får du vite det.",
    ],
    "purpose": [
        " til undervisning av nye kolleger",
        " for å kunne gi deg en bedre opplevelse",
        " med tanke på intern trening",
        " av omsyn til dokumentasjonen",
        " til kvalitetsutvikling",
        " slik at vi kan rette opp feil i rådgivningen",
        " for å sikre jevn kvalitet",
    ],
    "purpose_sentence": [
        "Formålet er å forbedre rådgivningen vår.",
        "Det bruker vi til å trene medarbeiderne våre.",
        "Vi gjer det av omsyn til kvaliteten.",
    ],
    "request_long": [
        "Er det i orden for deg at vi tar opp?",
        "Vil du gi lov til at samtalen tas opp?",
        "Kan jeg ta opp samtalen vår?",
        "Godtar du at samtalen blir tatt opp?",
        "Har vi samtykke fra deg til å ta opp samtalen?",
        "Kan du godta at vi tek opp samtala?",
    ],
    "request_short": [
        "Er det i orden?",
        "Er det ok?",
        "Går det fint?",
        "Er det ok med deg?",
        "Er du ok med det?",
        "Kan jeg det?",
    ],
    "request_negative": [
        "Har du noe imot at vi tar opp samtalen?",
        "Har du noen innvendinger mot opptaket?",
        "Gjer det noko at samtala vert teken opp?",
    ],
    "request_negative_short": ["Har du noe imot det?", "Gjør det deg noe?"],
    "withdrawal_info": [
        "Du kan når som helst be om å få opptaket stoppet.",
        "Du kan trekke tilbake samtykket ditt når du vil.",
        "Skifter du mening, stopper vi opptaket.",
        "Du kan alltid be meg slette opptaket.",
        "Opptaket kan stoppes når som helst.",
        "Sei frå undervegs om opptaket skal stoppast.",
    ],
    "objection_info": [
        "Du kan si nei takk til opptak.",
        "Ønsker du ikke opptak, kan du si det nå.",
        "Du har mulighet til å velge bort opptak.",
        "Hvis du ikke vil bli tatt opp, så bare si det.",
        "Du kan reservere deg mot opptaket.",
    ],
    "retention": [
        "Opptaket lagres i tre måneder.",
        "Vi sletter opptaket etter et halvt år.",
        "Opptak oppbevares i inntil 12 måneder.",
        "Opptaket vert sletta automatisk etter 30 dagar.",
    ],
    "coercion": [
        "Uten opptak kan vi ikke hjelpe deg i dag.",
        "Hvis du ikke godtar opptak, må du ringe en annen dag.",
        "Vi kan bare hjelpe deg dersom samtalen tas opp.",
        "Opptaket er et krav for å få hjelp.",
        "Seier du nei, kan eg ikkje behandle saka di.",
    ],
    "reply_given": [
        "Ja, det er i orden.",
        "Ja, det er helt fint for meg.",
        "Ja. Jeg ringer om husleia.",
        "Greit. Jeg vil ikke si opp noe, jeg har bare et spørsmål.",
        "Ja, gjerne.",
    ],
    "reply_condition": ["Ja, men det må ikke deles med andre.", "Ja, så lenge det bare brukes internt."],
    "reply_refused": ["Nei takk.", "Nei, det vil jeg ikke.", "Nei, det har eg ikkje lyst til."],
    "reply_ambiguous": ["Det vet jeg ikke helt.", "Hva skal det brukes til?", "Hmm, kanskje."],
    "neg_reply_given": ["Nei, det går fint.", "Nei, slett ikke."],
    "neg_reply_refused": ["Ja, det har jeg."],
    "neg_reply_ambiguous": ["Ja."],
    "ack_refused": ["Helt i orden, da tar vi ikke opp.", "Det er greit, jeg stopper opptaket."],
    "business_agent": ["Hva kan jeg hjelpe med?"],
    "business_customer": ["Jeg har et spørsmål om husleia."],
    "withdrawal": [
        "Jeg vil ikke bli tatt opp mer.",
        "Stopp opptaket, takk.",
        "Eg har angra, slett opptaket.",
        "Dere får ikke ta opp resten av samtalen.",
        "Kan dere stoppe opptaket?",
    ],
    "false_friend": [
        "Stopp den automatiske overføringen min.",
        "Slett den gamle adressen min, takk.",
        "Jeg har angret på oppsigelsen.",
        "Jeg vil ikke ha nummeret mitt offentlig.",
        "Kan du stoppe bestillingen min?",
    ],
    "closing": ["Det ordner jeg."],
    "hello": ["Hallo? Er du der ennå?"],
}

for _bank, _dev3, _dev4, _held, _held2, _held3 in (
    (DA, DEV3_DA, DEV4_DA, HELD_DA, HELD2_DA, HELD3_DA),
    (NO, DEV3_NO, DEV4_NO, HELD_NO, HELD2_NO, HELD3_NO),
):
    for _slot in _bank:
        _bank[_slot]["dev3"] = _dev3[_slot]
        _bank[_slot]["dev4"] = _dev4[_slot]
        _bank[_slot]["held"] = _held[_slot]
        _bank[_slot]["held2"] = _held2[_slot]
        _bank[_slot]["held3"] = _held3[_slot]

# held4: written after round 6, before reading the phrase banks or meaning.py again, and run
# exactly once as it stands (benchmarks/README.md, "held4"). It also has key-press prompts
# (opt-in with a yes and a no key, opt-out whose key means no), which only this split draws:
# "text|yes-key|no-key" for an opt-in prompt, "text|key" for an opt-out prompt.
HELD4_DA: dict[str, list[str]] = {
    "greeting": [
        "Goddag, du er kommet igennem til Vandværket, det er Rikke.",
        "Hej, Sundhedsforsikringen, du taler med Mikkel.",
        "God eftermiddag og velkommen til Teleselskabet, jeg hedder Anne.",
    ],
    "notice_definite": [
        "Jeg skal lige sige, at vi optager opkaldet{p}.",
        "Dette opkald bliver optaget{p}.",
        "Vi foretager en lydoptagelse af samtalen{p}.",
        "For din orientering bliver samtalen optaget{p}.",
        "Samtalen, du fører med os nu, optages{p}.",
        "Vi optager samtalen fra nu af{p}.",
        "Bemærk, at vi optager alle indgående opkald{p}.",
        "Vi har optagelse på alle vores linjer{p}.",
    ],
    "notice_vague": [
        "Vi kan finde på at optage samtalen{p}.",
        "Samtalen vil muligvis blive optaget{p}.",
        "Det kan ske, at opkaldet bliver optaget{p}.",
        "Udvalgte samtaler optages{p}.",
        "Vi forbeholder os ret til at optage samtalen{p}.",
        "Samtalen optages sandsynligvis{p}.",
        "En del af vores opkald optages{p}.",
    ],
    "notice_conditional": [
        "Vi optager ikke samtalen, medmindre du siger ja.",
        "Hvis samtalen bliver optaget, får du besked om det.",
        "Skulle vi optage opkaldet, siger jeg det først.",
        "Vi optager ikke dette opkald.",
        "I tilfælde af at samtalen optages, orienterer vi dig.",
        "Samtalen bliver ikke optaget uden dit samtykke.",
    ],
    "purpose": [
        " så vores medarbejdere kan blive dygtigere",
        " til brug i vores interne kvalitetsarbejde",
        " af hensyn til oplæringen af nye medarbejdere",
        " for at vi kan dokumentere, hvad der blev aftalt",
        " til uddannelsesformål",
        " så vi kan følge op på eventuelle klager",
        " for at højne kvaliteten af vores service",
    ],
    "purpose_sentence": [
        "Optagelserne bruges til at uddanne vores personale.",
        "Det gør vi for at kunne forbedre vores betjening.",
        "Formålet med det er dokumentation af aftaler.",
    ],
    "request_long": [
        "Giver du tilladelse til, at vi optager samtalen?",
        "Vil det være i orden, at vi optager opkaldet?",
        "Må vi gerne optage samtalen?",
        "Er du indforstået med, at opkaldet optages?",
        "Siger du ja til, at samtalen bliver optaget?",
        "Må jeg have dit samtykke til optagelsen?",
        "Er det ok, at jeg optager vores samtale?",
    ],
    "request_short": [
        "Er det i orden med dig?",
        "Er det iorden?",
        "Kan du gå med til det?",
        "Er det i orden for dig?",
        "Okay med dig?",
        "Må vi det?",
        "Er du med på det?",
    ],
    "request_negative": [
        "Har du noget imod, at samtalen bliver optaget?",
        "Har du noget at indvende mod, at vi optager?",
        "Vil det genere dig, hvis vi optager samtalen?",
    ],
    "request_negative_short": ["Har du noget imod det?", "Er det et problem for dig?", "Generer det dig?"],
    "withdrawal_info": [
        "Du kan til hver en tid bede os om at stoppe optagelsen.",
        "Fortryder du, kan du trække samtykket tilbage undervejs.",
        "Du kan når som helst sige stop, så stopper vi optagelsen.",
        "Samtykket kan til enhver tid tilbagekaldes.",
        "Hvis du senere ikke vil optages, stopper vi optagelsen og sletter den.",
        "Du kan altid trække din accept af optagelsen tilbage.",
    ],
    "objection_info": [
        "Vil du ikke optages, kan du bare sige nej.",
        "Du er velkommen til at sige fra over for optagelsen.",
        "Du kan vælge at blive fri for optagelse.",
        "Ønsker du ikke, at samtalen optages, så giv mig besked.",
        "Det er frivilligt, og du kan sige nej til optagelsen.",
    ],
    "retention": [
        "Optagelserne bliver slettet efter seks måneder.",
        "Vi opbevarer optagelsen i 90 dage.",
        "Optagelsen bliver gemt i et år og derefter slettet.",
        "Vi beholder optagelsen i højst to måneder.",
    ],
    "coercion": [
        "Hvis vi ikke må optage, kan jeg desværre ikke oprette sagen.",
        "Uden en optagelse kan vi ikke gennemføre handlen.",
        "Siger du nej til optagelse, bliver jeg nødt til at afslutte opkaldet.",
        "Vi er nødt til at optage for at kunne hjælpe dig.",
        "Afviser du optagelsen, kan vi ikke behandle din henvendelse telefonisk.",
        "Uden dit ja til optagelse kan vi ikke gå videre.",
    ],
    "reply_given": [
        "Ja, det er helt i orden.",
        "Jo, det må I gerne.",
        "Ja, værsgo. Jeg vil gerne stoppe min betalingsaftale.",
        "Ja da, fint nok. Jeg ringer, fordi jeg ikke har fået min faktura.",
        "Det er okay. Så, jeg skal slette et kort fra min konto.",
        "Ja, det er fint med mig, jeg skulle bare høre om min ordre.",
        "Klart, det er i orden.",
    ],
    "reply_condition": ["Ja, så længe den ikke bliver givet videre.", "Okay, men den må kun bruges til træning."],
    "reply_refused": ["Nej, det vil jeg helst være fri for.", "Nej, det ønsker jeg ikke.", "Det siger jeg nej tak til.",
                      "Helst ikke, nej."],
    "reply_ambiguous": ["Øhm, hvorfor skal I det?", "Ja, altså, jeg ved ikke helt.", "Det er vel lige meget.", "Mm.",
                        "Skal det være nu?"],
    "neg_reply_given": ["Nej, overhovedet ikke.", "Nej nej, det er i orden."],
    "neg_reply_refused": ["Ja, det har jeg faktisk.", "Ja, det bryder jeg mig ikke om."],
    "neg_reply_ambiguous": ["Ja, okay.", "Mja."],
    "ack_refused": ["Forstået, så optager vi ikke samtalen.", "Fint, optagelsen er slået fra."],
    "business_agent": ["Hvordan kan jeg hjælpe dig i dag?", "Hvad drejer din henvendelse sig om?"],
    "business_customer": ["Jeg har et spørgsmål til min seneste regning.", "Jeg vil gerne flytte min tid."],
    "withdrawal": [
        "Ved du hvad, jeg har ombestemt mig om optagelsen.",
        "Sluk lige for optagelsen, tak.",
        "Jeg vil alligevel ikke optages.",
        "Slet venligst det, I har optaget indtil nu.",
        "Jeg trækker mit ja til optagelsen tilbage.",
        "Jeg bryder mig alligevel ikke om, at samtalen optages. Stop den.",
        "Hold op med at optage, tak.",
    ],
    "false_friend": [
        "Jeg vil gerne stoppe mit medlemskab.",
        "Slet mit kreditkort fra profilen.",
        "Jeg har fortrudt mit køb.",
        "Jeg vil ikke modtage flere nyhedsbreve.",
        "Kan I stoppe rykkerne?",
        "Jeg trækker min ansøgning tilbage.",
    ],
    "closing": ["Det sørger jeg for.", "Det er noteret."],
    "hello": ["Hallo, kan du høre mig?"],
    "keypress_optin": [
        "Tryk 1, hvis du giver samtykke til, at samtalen optages, og tryk 2, hvis du ikke gør.|1|2",
        "Accepterer du optagelse, så tast 5. Ellers tast 6.|5|6",
        "Vil du acceptere, at vi optager samtalen, så tryk 1 nu. Tryk 9 for nej.|1|9",
    ],
    "keypress_optout": [
        "Tryk 1, hvis du ikke ønsker, at samtalen optages.|1",
        "Ønsker du ikke optagelse, så tast 4.|4",
        "Du kan fravælge optagelse ved at trykke 3.|3",
    ],
}

HELD4_NO: dict[str, list[str]] = {
    "greeting": [
        "God dag, du har kommet til Vannverket, det er Ragnhild.",
        "Hei, Helseforsikringa, du snakkar med Eirik.",
        "God ettermiddag og velkommen til Teleselskapet, jeg heter Anne.",
    ],
    "notice_definite": [
        "Jeg må bare si at vi tar opp samtalen{p}.",
        "Denne samtalen blir tatt opp{p}.",
        "Vi gjør lydopptak av samtalen{p}.",
        "Til orientering blir samtalen tatt opp{p}.",
        "Samtalen vi har nå, tas opp{p}.",
        "Vi tar opp samtalen fra nå av{p}.",
        "Merk at vi tar opp alle innkommende samtaler{p}.",
        "Samtala blir teken opp{p}.",
        "Vi gjer opptak av alle samtalar{p}.",
    ],
    "notice_vague": [
        "Vi kan finne på å ta opp samtalen{p}.",
        "Samtalen vil muligens bli tatt opp{p}.",
        "Det kan skje at samtalen blir tatt opp{p}.",
        "Utvalde samtalar vert tekne opp{p}.",
        "Vi forbeholder oss retten til å ta opp samtalen{p}.",
        "Samtalen tas sannsynligvis opp{p}.",
        "En del av samtalene våre tas opp{p}.",
    ],
    "notice_conditional": [
        "Vi tar ikke opp samtalen med mindre du sier ja.",
        "Hvis samtalen blir tatt opp, får du beskjed om det.",
        "Skulle vi ta opp samtalen, sier jeg fra først.",
        "Vi tek ikkje opp denne samtalen.",
        "I tilfelle samtalen blir tatt opp, vil du bli orientert.",
        "Samtalen blir ikke tatt opp uten samtykke fra deg.",
    ],
    "purpose": [
        " slik at medarbeiderne våre kan bli flinkere",
        " til bruk i det interne kvalitetsarbeidet vårt",
        " av hensyn til opplæringa av nytilsette",
        " for at vi skal kunne dokumentere hva som ble avtalt",
        " til utdanningsformål",
        " så vi kan følge opp eventuelle klager",
        " for å heve kvaliteten på tjenesten",
    ],
    "purpose_sentence": [
        "Opptakene brukes til å lære opp personalet.",
        "Det gjer vi for å kunne betre tenesta vår.",
        "Formålet med det er å dokumentere avtaler.",
    ],
    "request_long": [
        "Gir du tillatelse til at vi tar opp samtalen?",
        "Vil det være i orden at vi tar opp samtalen?",
        "Kan vi få ta opp samtalen?",
        "Er du innforstått med at samtalen tas opp?",
        "Sier du ja til at samtalen blir tatt opp?",
        "Kan eg få samtykket ditt til opptaket?",
        "Er det ok at jeg tar opp samtalen vår?",
    ],
    "request_short": [
        "Er det i orden for deg?",
        "Går det bra?",
        "Kan du gå med på det?",
        "Er det greit for deg?",
        "Ok for deg?",
        "Får vi det?",
        "Er du med på det?",
    ],
    "request_negative": [
        "Har du noe imot at samtalen blir tatt opp?",
        "Har du noko å innvende mot at vi tek opp?",
        "Vil det plage deg om vi tar opp samtalen?",
    ],
    "request_negative_short": ["Har du noe imot det?", "Er det et problem for deg?", "Plager det deg?"],
    "withdrawal_info": [
        "Du kan til enhver tid be oss stoppe opptaket.",
        "Angrar du, kan du trekkje samtykket undervegs.",
        "Du kan når som helst si stopp, så stanser vi opptaket.",
        "Samtykket kan trekkes tilbake når som helst.",
        "Vil du senere ikke bli tatt opp, stopper vi opptaket og sletter det.",
        "Du kan alltid trekke tilbake godkjenningen av opptaket.",
    ],
    "objection_info": [
        "Vil du ikke bli tatt opp, kan du bare si nei.",
        "Du står fritt til å si nei til opptak.",
        "Du kan velge å slippe opptak.",
        "Ønskjer du ikkje at samtalen vert teken opp, så gje meg beskjed.",
        "Det er frivillig, og du kan si nei til opptaket.",
    ],
    "retention": [
        "Opptakene blir slettet etter seks måneder.",
        "Vi oppbevarer opptaket i 90 dager.",
        "Opptaket blir lagra i eitt år og så sletta.",
        "Vi beholder opptaket i høyst to måneder.",
    ],
    "coercion": [
        "Hvis vi ikke får ta opp, kan jeg dessverre ikke opprette saken.",
        "Uten opptak kan vi ikke gjennomføre handelen.",
        "Sier du nei til opptak, må jeg avslutte samtalen.",
        "Vi er nødt til å ta opp for å kunne hjelpe deg.",
        "Avviser du opptaket, kan vi ikke behandle henvendelsen din på telefon.",
        "Utan ja til opptak kan vi ikkje gå vidare.",
    ],
    "reply_given": [
        "Ja, det er helt i orden.",
        "Jo da, det får dere gjerne.",
        "Ja, vær så god. Jeg vil gjerne stoppe betalingsavtalen min.",
        "Ja visst, greit nok. Jeg ringer fordi jeg ikke har fått fakturaen.",
        "Det er ok. Så, jeg skal slette et kort fra kontoen min.",
        "Ja, det går fint, eg skulle berre høyre om ordren min.",
        "Klart, det er i orden.",
    ],
    "reply_condition": ["Ja, så lenge det ikke blir gitt videre.", "Ok, men det må bare brukes til opplæring."],
    "reply_refused": ["Nei, det vil jeg helst slippe.", "Nei, det ønsker jeg ikke.", "Det sier jeg nei takk til.",
                      "Helst ikkje, nei."],
    "reply_ambiguous": ["Ehm, hvorfor skal dere det?", "Ja, altså, jeg vet ikke helt.", "Det er vel det samme.", "Mm.",
                        "Må det være nå?"],
    "neg_reply_given": ["Nei, overhodet ikke.", "Nei da, det er i orden."],
    "neg_reply_refused": ["Ja, det har jeg faktisk.", "Ja, det liker jeg ikke."],
    "neg_reply_ambiguous": ["Ja, ok.", "Mja."],
    "ack_refused": ["Skjønner, da tar vi ikke opp samtalen.", "Greit, opptaket er slått av."],
    "business_agent": ["Hvordan kan jeg hjelpe deg i dag?", "Kva gjeld det?"],
    "business_customer": ["Jeg har et spørsmål om den siste regningen.", "Eg vil gjerne flytte timen min."],
    "withdrawal": [
        "Vet du hva, jeg har ombestemt meg om opptaket.",
        "Slå av opptaket, takk.",
        "Eg vil likevel ikkje bli teken opp.",
        "Slett det dere har tatt opp så langt.",
        "Jeg trekker tilbake ja-et mitt til opptaket.",
        "Jeg liker likevel ikke at samtalen tas opp. Stopp det.",
        "Slutt å ta opp, takk.",
    ],
    "false_friend": [
        "Jeg vil gjerne stoppe medlemskapet mitt.",
        "Slett kredittkortet fra profilen min.",
        "Jeg har angret på kjøpet.",
        "Eg vil ikkje ha fleire nyhendebrev.",
        "Kan dere stoppe purringene?",
        "Jeg trekker tilbake søknaden min.",
    ],
    "closing": ["Det skal jeg sørge for.", "Det er notert."],
    "hello": ["Hallo, høyrer du meg?"],
    "keypress_optin": [
        "Trykk 1 hvis du samtykker til at samtalen tas opp, og trykk 2 hvis du ikke gjør det.|1|2",
        "Godtar du opptak, tast 5. Ellers tast 6.|5|6",
        "Vil du godta at vi tek opp samtalen, så trykk 1 no. Trykk 9 for nei.|1|9",
    ],
    "keypress_optout": [
        "Trykk 1 hvis du ikke ønsker at samtalen tas opp.|1",
        "Ønsker du ikke opptak, tast 4.|4",
        "Du kan velge bort opptak ved å trykke 3.|3",
    ],
}

for _bank, _held4 in ((DA, HELD4_DA), (NO, HELD4_NO)):
    for _slot, _words in _held4.items():
        _bank.setdefault(_slot, {})["held4"] = _words

# held5: written for round 8 from DOMAIN.md and knowledge of how Danish and Norwegian agents and
# customers talk (bokmål and nynorsk, colloquial, published disclosures), before reading the phrase
# banks or meaning.py, and run exactly once as it stands before round 8's fixes (benchmarks/README.md,
# "held5"). Like held4 it draws key-press prompts ("text|yes-key|no-key" opt-in, "text|key" opt-out).
HELD5_DA: dict[str, list[str]] = {
    "greeting": [
        "Goddag, det er Henrik fra Boligselskabet Nord.",
        "Hej, du har fat i Camilla hos Pensionskassen.",
        "Velkommen til Trafikselskabet, du snakker med Oliver.",
    ],
    "notice_definite": [
        "Jeg gør opmærksom på, at opkaldet bliver optaget{p}.",
        "Vores samtale bliver optaget{p}.",
        "Du skal vide, at vi optager denne samtale{p}.",
        "Vi optager alle samtaler til og fra kundeservice{p}.",
        "Det her opkald optages{p}.",
        "Al telefontrafik hos os bliver optaget{p}.",
        "Samtalen optages på bånd{p}.",
        "Vi laver en lydoptagelse af opkaldet{p}.",
        "Vi optager samtaler i vores kundeservice{p}.",
        "Alle opkald på denne linje bliver optaget{p}.",
    ],
    "notice_vague": [
        "Din samtale kan blive optaget{p}.",
        "Opkald til os kan blive optaget{p}.",
        "Vi optager af og til samtaler{p}.",
        "Der kan forekomme optagelse af samtalen{p}.",
        "Samtaler optages lejlighedsvis{p}.",
        "Måske bliver samtalen optaget{p}.",
        "Vi kan optage samtalen{p}.",
        "Nogle samtaler bliver optaget{p}.",
    ],
    "notice_conditional": [
        "Hvis vi optager samtalen, fortæller jeg dig det.",
        "Vi optager kun samtalen, hvis du siger ja til det.",
        "Optagelse sker kun efter aftale med dig.",
        "Der bliver ikke optaget noget, uden at du har sagt ja.",
        "Når en samtale optages, får kunden det altid at vide.",
        "Vi optager ikke din samtale i dag.",
    ],
    "purpose": [
        " af hensyn til uddannelse og kvalitetssikring",
        " til undervisning af vores nye kolleger",
        " så vi kan blive bedre til at hjælpe dig",
        " for at kunne dokumentere aftalen",
        " med henblik på kvalitetsudvikling",
        " i forbindelse med intern oplæring",
        " af dokumentationshensyn",
        " til brug for efteruddannelse af rådgiverne",
    ],
    "purpose_sentence": [
        "Formålet er at uddanne vores medarbejdere.",
        "Optagelsen bruges til kvalitetssikring.",
        "Vi bruger optagelserne til at træne nye kolleger og til at dokumentere aftaler.",
    ],
    "request_long": [
        "Giver du lov til, at vi optager samtalen?",
        "Vil du acceptere, at samtalen bliver optaget?",
        "Må vi optage opkaldet?",
        "Er du indforstået med, at vi optager samtalen?",
        "Samtykker du i, at samtalen optages?",
        "Kan jeg få lov at optage vores samtale?",
        "Er det okay for dig, at jeg optager opkaldet?",
    ],
    "request_short": [
        "Er det i orden?",
        "Kan du acceptere det?",
        "Er du med på det?",
        "Hvad siger du til det?",
        "Må jeg det?",
        "Er det i orden for dig?",
        "Er det acceptabelt?",
    ],
    "request_negative": [
        "Har du nogen indvendinger mod, at vi optager samtalen?",
        "Gør det noget, at vi optager opkaldet?",
        "Er der noget i vejen for, at samtalen optages?",
    ],
    "request_negative_short": [
        "Har du noget at indvende?",
        "Gør det noget?",
        "Har du indvendinger?",
    ],
    "withdrawal_info": [
        "Du kan altid sige stop, så slukker vi for optagelsen.",
        "Fortryder du, stopper vi optagelsen med det samme og sletter den.",
        "Du kan på et hvilket som helst tidspunkt tilbagekalde dit samtykke.",
        "Hvis du ombestemmer dig under samtalen, så sig til, og så stopper vi optagelsen.",
        "Du er velkommen til at bede mig slukke for optagelsen, når du vil.",
        "Du kan trække dit ja tilbage, også senere i samtalen.",
    ],
    "objection_info": [
        "Du kan vælge optagelsen fra.",
        "Vil du ikke optages, kan du sige nej.",
        "Ønsker du ikke optagelse, skal du bare sige det nu.",
        "Du har mulighed for at sige nej til optagelsen.",
        "Siger du nej, optager vi ikke.",
    ],
    "retention": [
        "Optagelserne opbevares i seks måneder og slettes derefter.",
        "Vi sletter lydfilen efter 90 dage.",
        "Optagelsen gemmes i op til et år.",
        "Efter tre måneder bliver optagelsen slettet automatisk.",
    ],
    "coercion": [
        "Vi kan kun behandle din henvendelse, hvis samtalen optages.",
        "Uden optagelse kan jeg ikke gennemføre handlen.",
        "Siger du nej til optagelse, må du desværre ringe til os igen en anden gang.",
        "Optagelsen er nødvendig, for at vi kan hjælpe dig.",
        "Hvis du ikke accepterer optagelse, kan vi ikke fortsætte samtalen.",
        "Det er et krav, at samtalen optages, før vi kan rådgive dig.",
    ],
    "reply_given": [
        "Ja, det er helt i orden.",
        "Jo, det må I gerne.",
        "Ja ja, det er fint nok.",
        "Det er okay med mig.",
        "Jamen, selvfølgelig.",
        "Det går fint. Jeg ringer i øvrigt, fordi min faktura er forkert.",
        "Ja, det er i orden. Men jeg vil gerne have stoppet min betalingsaftale.",
        "Fint med mig, og så har jeg et spørgsmål om min pension.",
        "Ja. Jeg skal ikke slette noget, jeg vil bare flytte min tid.",
    ],
    "reply_condition": [
        "Ja, men kun hvis den ikke sendes videre til andre.",
        "Det er okay, bare den bliver slettet igen hurtigt.",
    ],
    "reply_refused": [
        "Nej, det har jeg ikke lyst til.",
        "Helst ikke.",
        "Nej tak, lad være med det.",
        "Det vil jeg ikke gå med til.",
        "Nej, jeg vil ikke optages.",
    ],
    "reply_ambiguous": [
        "Hmm, hvad skal den bruges til?",
        "Det må du selv om.",
        "Øh, jeg ved ikke helt.",
        "Skal det nu være nødvendigt?",
        "Tja, måske.",
        "Hvem får den at høre?",
    ],
    "neg_reply_given": [
        "Nej, slet ikke.",
        "Nej, det gør ikke noget.",
        "Nej, optag bare.",
    ],
    "neg_reply_refused": [
        "Ja, jeg vil helst ikke optages.",
        "Jo, faktisk, det vil jeg ikke.",
    ],
    "neg_reply_ambiguous": [
        "Øh, hvorfor spørger du?",
        "Mja, det ved jeg ikke.",
    ],
    "ack_refused": [
        "Helt i orden, så slår jeg optagelsen fra.",
        "Det er noteret, vi optager ikke.",
    ],
    "business_agent": [
        "Hvad kan jeg hjælpe dig med i dag?",
        "Godt, hvad drejer din henvendelse sig om?",
    ],
    "business_customer": [
        "Jeg vil gerne høre om min rente på lånet.",
        "Jeg har fået en rykker, som jeg ikke forstår.",
    ],
    "withdrawal": [
        "Ved du hvad, jeg vil alligevel ikke have, at samtalen bliver optaget.",
        "Kan du slukke for optagelsen nu?",
        "Jeg fortryder det med optagelsen, slet den venligst.",
        "Stop lige med at optage, tak.",
        "Jeg har tænkt over det, og jeg vil ikke optages alligevel.",
        "Jeg tager mit ja til optagelsen tilbage.",
        "Optagelsen må I godt stoppe nu.",
    ],
    "false_friend": [
        "Kan du stoppe min automatiske betaling?",
        "Slet venligst mit gamle telefonnummer.",
        "Jeg vil gerne opsige mit abonnement.",
        "Kan I fjerne mig fra jeres nyhedsbrev?",
        "Jeg trækker min ansøgning tilbage.",
        "Stop venligst leveringen i næste uge.",
        "Jeg har skiftet mening om flytningen.",
    ],
    "closing": [
        "Tak for opkaldet, hav en god dag.",
        "Det er noteret. Var der andet?",
    ],
    "hello": ["Hallo, er du der stadig?"],
    "keypress_optin": [
        "Tast 1 for at give samtykke til optagelse, eller tast 2 for at afslå.|1|2",
        "Hvis du accepterer, at samtalen optages, så tryk 3. Vil du ikke, så tryk 4.|3|4",
        "Ønsker du at samtykke til optagelse, tryk 7; ellers tryk 8.|7|8",
    ],
    "keypress_optout": [
        "Vil du ikke optages, kan du trykke 9 nu.|9",
        "Tast 2, hvis du fravælger optagelse.|2",
        "Tryk 0, hvis samtalen ikke må optages.|0",
    ],
}

HELD5_NO: dict[str, list[str]] = {
    "greeting": [
        "Hei, du snakker med Kari i Sparebanken Vest.",
        "God dag, det er Ola frå kundeservice i Straumselskapet.",
        "Velkommen til Forsikringsselskapet, mitt navn er Ingrid.",
    ],
    "notice_definite": [
        "Denne samtalen blir tatt opp{p}.",
        "Vi gjør opptak av denne samtalen{p}.",
        "Samtalen vert teken opp{p}.",
        "Me tek opp samtalen{p}.",
        "Alle samtaler til kundesenteret tas opp{p}.",
        "Vi tar opp alle telefonsamtaler{p}.",
        "Jeg må opplyse om at samtalen tas opp{p}.",
        "Vi har startet opptak av samtalen{p}.",
        "Telefonsamtalen blir lagret som lydopptak{p}.",
        "Det vert gjort lydopptak av samtalen{p}.",
        "Vi tar opp alle innkommende samtaler{p}.",
    ],
    "notice_vague": [
        "Samtalar kan bli tekne opp{p}.",
        "Det er mulig at samtalen blir tatt opp{p}.",
        "Vi tar av og til opp samtaler{p}.",
        "Noen samtaler blir tatt opp{p}.",
        "Samtalen blir kanskje tatt opp{p}.",
        "Samtalen vil kunne bli tatt opp{p}.",
        "Enkelte samtaler tas opp{p}.",
        "Vi kan komme til å ta opp samtalen{p}.",
    ],
    "notice_conditional": [
        "Hvis samtalen blir tatt opp, sier jeg ifra.",
        "Dersom vi tar opp samtalen, får du beskjed først.",
        "Vi tar ikke opp samtalen uten at du sier ja.",
        "Om samtalen skal takast opp, seier eg frå.",
        "Samtalen blir ikke tatt opp i dag.",
        "Vi gjør bare opptak hvis kunden samtykker.",
    ],
    "purpose": [
        " av kvalitetshensyn",
        " for opplæring av nyansatte",
        " til bruk i internopplæring",
        " slik at vi kan bli bedre på service",
        " for å ha dokumentasjon på hva som blir avtalt",
        " til kvalitetssikring og opplæring",
        " for å kunne følge opp eventuelle klager",
        " for å lære opp dei tilsette",
    ],
    "purpose_sentence": [
        "Formålet er opplæring av våre medarbeidere.",
        "Opptakene brukes til kvalitetssikring.",
        "Vi bruker opptaka til å betre tenestene våre.",
    ],
    "request_long": [
        "Er det i orden for deg at vi tar opp samtalen?",
        "Godtar du at samtalen blir tatt opp?",
        "Kan vi ta opp denne samtalen?",
        "Er det greitt at me tek opp samtalen?",
        "Samtykker du til opptak av samtalen?",
        "Har jeg lov til å ta opp samtalen?",
        "Går det bra at vi tar opp samtalen?",
    ],
    "request_short": [
        "Er det OK?",
        "Går det bra?",
        "Er det i orden?",
        "Greit for deg?",
        "Godtar du det?",
        "Kan du gå med på det?",
        "Er du med på det?",
        "Er det greitt?",
    ],
    "request_negative": [
        "Har du noen innvendinger mot at vi tar opp samtalen?",
        "Gjør det noe at samtalen blir tatt opp?",
        "Er det noko i vegen for at me tek opp samtalen?",
    ],
    "request_negative_short": [
        "Har du noko imot det?",
        "Gjør det noe?",
        "Har du innvendinger?",
    ],
    "withdrawal_info": [
        "Du kan når som helst be oss slutte å ta opp.",
        "Ombestemmer du deg underveis, stopper vi opptaket og sletter det.",
        "Du kan trekke tilbake samtykket ditt når du vil.",
        "Du kan seinare i samtalen be om at opptaket blir stoppa.",
        "Gi beskjed når som helst om du vil at opptaket skal stanses.",
        "Samtykket kan trekkes tilbake når som helst i løpet av samtalen.",
    ],
    "objection_info": [
        "Ønsker du ikke opptak, må du si fra nå.",
        "Du har rett til å nekte opptak.",
        "Vil du ikkje bli teken opp, kan du seie frå.",
        "Du kan velge å ikke bli tatt opp.",
        "Om du ikke vil at vi tar opp samtalen, så si det.",
    ],
    "retention": [
        "Opptakene lagres i 30 dager før de slettes.",
        "Opptaket blir sletta etter seks månader.",
        "Vi oppbevarer opptaket i inntil ett år.",
        "Lydfila slettes automatisk etter tre måneder.",
    ],
    "coercion": [
        "Vi kan bare hjelpe deg dersom samtalen blir tatt opp.",
        "Uten opptak kan jeg ikke behandle saken.",
        "Vil du ikke bli tatt opp, må du sende henvendelsen skriftlig.",
        "Opptak er påkrevd for at vi skal kunne gi deg råd.",
        "Sier du nei til opptak, får vi ikke gjennomført bestillingen.",
        "Utan opptak kan me ikkje hjelpe deg vidare.",
    ],
    "reply_given": [
        "Ja, det går greit.",
        "Jada, bare kjør på.",
        "Ja, det er heilt greitt.",
        "Det er i orden for meg.",
        "Ja visst, ikke noe problem.",
        "Ja, det går fint. Jeg ringer fordi fakturaen min er feil.",
        "Greit nok. Men jeg vil gjerne stoppe den faste betalingen min.",
        "Ja da. Dere må ikke slette kontoen min ennå, altså.",
        "Ok, det er greit.",
    ],
    "reply_condition": [
        "Ja, så lenge det ikke deles med andre.",
        "Greit, men bare hvis opptaket slettes etterpå.",
    ],
    "reply_refused": [
        "Nei, det vil jeg helst ikke.",
        "Nei, det er ikke greit.",
        "Nei takk, ikke ta opp.",
        "Det vil eg ikkje.",
        "Nei, det går jeg ikke med på.",
    ],
    "reply_ambiguous": [
        "Hæ, hva sa du?",
        "Hm, hvorfor det?",
        "Tja, jeg vet ikke jeg.",
        "Kva skal de bruke det til?",
        "Det spiller vel ingen rolle.",
    ],
    "neg_reply_given": [
        "Nei, det går fint.",
        "Nei da, bare ta opp.",
        "Nei, ikke i det hele tatt.",
    ],
    "neg_reply_refused": [
        "Ja, jeg vil helst ikke bli tatt opp.",
        "Ja, faktisk, ikke ta opp.",
    ],
    "neg_reply_ambiguous": [
        "Hm, hvorfor spør du om det?",
        "Vet ikke helt.",
    ],
    "ack_refused": [
        "Det er greit, da tar vi ikke opp samtalen.",
        "Skjønner, opptaket er slått av.",
    ],
    "business_agent": [
        "Hva kan jeg hjelpe deg med?",
        "Kva gjeld det i dag?",
    ],
    "business_customer": [
        "Jeg lurer på hvorfor strømregningen er så høy.",
        "Eg vil endre adressa mi.",
    ],
    "withdrawal": [
        "Vet du hva, jeg vil ikke at dette skal tas opp likevel.",
        "Kan du skru av opptaket?",
        "Eg har ombestemt meg, ikkje ta opp meir.",
        "Slutt å ta opp, er du snill.",
        "Jeg angrer på at jeg sa ja til opptak. Slett det.",
        "Jeg trekker tilbake samtykket til opptaket.",
        "Opptaket vil jeg ha stoppet nå.",
    ],
    "false_friend": [
        "Kan du stoppe det faste trekket fra kontoen min?",
        "Slett det gamle nummeret mitt, takk.",
        "Jeg vil si opp avtalen.",
        "Jeg har ombestemt meg om flyttingen.",
        "Kan du stoppe utsendelsen av brev?",
        "Eg vil trekkje søknaden min.",
    ],
    "closing": [
        "Takk for at du ringte, ha en fin dag.",
        "Då er det ordna. Noko meir?",
    ],
    "hello": ["Hallo, er du der?"],
    "keypress_optin": [
        "Trykk 1 hvis du godtar opptak, eller 2 hvis du ikke gjør det.|1|2",
        "For å samtykke til opptak, trykk 5. For å avslå, trykk 6.|5|6",
        "Godtek du at samtalen vert teken opp, trykk 3. Elles trykk 4.|3|4",
    ],
    "keypress_optout": [
        "Trykk 9 om du ikke vil bli tatt opp.|9",
        "Ønsker du å reservere deg mot opptak, tast 0.|0",
        "Vil du ikkje at samtalen blir teken opp, trykk 2.|2",
    ],
}

for _bank, _held5 in ((DA, HELD5_DA), (NO, HELD5_NO)):
    for _slot, _words in _held5.items():
        _bank.setdefault(_slot, {})["held5"] = _words

# held6: written blind for a later round from DOMAIN.md and the way Danish and Norwegian agents and
# customers talk (bokmål and nynorsk mixed, colloquial, published bank / insurer / telecom / agency
# disclosures), without reading the phrase banks, meaning.py or the other splits' wordings, and run
# once as it stands (benchmarks/README.md, "held6"). Like held4 and held5 it draws key-press prompts.
# Some replies carry the errand after the yes, and some later turns are false friends built on the
# same verbs ("optage et lån", "ta opp saken", "slet ikke").
HELD6_DA: dict[str, list[str]] = {
    "greeting": [
        "Goddag, det er Rasmus fra Sydbank.",
        "Hej, du taler med Line hos TDC Erhverv.",
        "Godeftermiddag og velkommen til Udbetaling Danmark, mit navn er Sofie.",
        "Du har ringet til Alm. Brand, det er Kasper.",
        "Hej, Nanna her fra Andelskassen.",
        "Goddag og velkommen til Norlys kundeservice, du har fat i Mikkel.",
    ],
    "notice_definite": [
        "Jeg skal lige oplyse, at vores samtale bliver optaget{p}.",
        "Denne samtale optages{p}.",
        "Bare så du ved det, så optager vi den her samtale{p}.",
        "Jeg gør opmærksom på, at opkaldet bliver optaget{p}.",
        "Din samtale med os bliver optaget{p}.",
        "Jeg har startet en optagelse af samtalen{p}.",
        "Vi tager en lydoptagelse af samtalen{p}.",
        "Vær opmærksom på, at samtalen her bliver optaget.",
    ],
    "notice_vague": [
        "Samtalen optages måske{p}.",
        "Nogle af vores samtaler bliver optaget{p}.",
        "Der kan forekomme optagelse af samtalen{p}.",
        "Dit opkald kan blive optaget{p}.",
        "Vi forbeholder os ret til at optage samtalen{p}.",
        "Stikprøvevis optager vi samtaler{p}.",
    ],
    "notice_conditional": [
        "Skulle vi optage samtalen, får du besked først.",
        "Hvis vi på et tidspunkt optager, fortæller jeg dig det.",
        "Såfremt samtalen skal optages, vil du blive spurgt først.",
        "Vi optager ikke uden at sige det til dig først.",
        "Du får at vide, hvis vi begynder at optage.",
    ],
    "purpose": [
        " til brug for uddannelse af vores medarbejdere",
        " så vi kan blive bedre til at hjælpe vores kunder",
        " for at sikre kvaliteten af vores rådgivning",
        " til intern træning og kvalitetskontrol",
        " som dokumentation for, hvad vi har aftalt",
        " med henblik på oplæring af nye kolleger",
    ],
    "purpose_sentence": [
        "Det gør vi for at kunne træne vores nye medarbejdere.",
        "Formålet er kvalitetssikring og oplæring af personalet.",
        "Det er for at vi kan lære af samtalerne og blive bedre.",
        "Det bruges udelukkende internt til uddannelse.",
        "Vi gør det for at kunne dokumentere, hvad der bliver aftalt.",
    ],
    "request_long": [
        "Vil du give os lov til at optage samtalen?",
        "Giver du samtykke til, at vi optager samtalen?",
        "Er det okay, at jeg optager vores samtale i dag?",
        "Vil det være i orden med dig, at samtalen bliver optaget?",
        "Accepterer du, at opkaldet bliver optaget?",
        "Må jeg have dit samtykke til at optage samtalen?",
        "Kan vi få lov at optage det her opkald?",
    ],
    "request_short": [
        "Er det okay?",
        "Er det i orden med dig?",
        "Går du med til det?",
        "Må vi det?",
        "Er du indforstået med det?",
        "Har jeg dit samtykke til det?",
        "Kan du acceptere det?",
    ],
    "request_negative": [
        "Har du noget imod, at samtalen bliver optaget?",
        "Gør det noget, at vi optager samtalen?",
        "Er der noget i vejen for, at jeg optager samtalen?",
        "Har du indvendinger mod, at vi optager opkaldet?",
        "Du har vel ikke noget imod, at vi optager?",
    ],
    "request_negative_short": [
        "Har du noget imod det?",
        "Gør det noget?",
        "Det har du vel ikke noget imod?",
        "Har du nogen indvendinger?",
        "Er det et problem for dig?",
    ],
    "withdrawal_info": [
        "Du kan når som helst bede os om at stoppe optagelsen.",
        "Hvis du fortryder, kan du til enhver tid trække dit samtykke tilbage, så sletter vi optagelsen.",
        "Siger du stop undervejs, slukker jeg for optagelsen og sletter den.",
        "Du kan altid sige fra, også midt i samtalen, og så stopper vi optagelsen.",
        "Dit samtykke kan tilbagekaldes når som helst i løbet af samtalen.",
        "Du er velkommen til at bede mig slukke for optagelsen på et hvilket som helst tidspunkt.",
    ],
    "objection_info": [
        "Ønsker du ikke at blive optaget, skal du sige det, inden vi går videre.",
        "Du kan frabede dig optagelse.",
        "Vil du hellere være fri for optagelse, kan du bare sige nej.",
        "Foretrækker du, at vi ikke optager, så giv mig besked nu.",
        "Du har ret til at gøre indsigelse mod optagelsen.",
    ],
    "retention": [
        "Optagelsen gemmes i tre måneder og slettes derefter.",
        "Vi opbevarer optagelsen i op til 90 dage.",
        "Lydfilen bliver slettet automatisk efter seks måneder.",
        "Optagelser gemmes i højst et år.",
        "Vi sletter optagelsen senest 30 dage efter samtalen.",
    ],
    "coercion": [
        "Hvis vi ikke må optage, kan jeg ikke hjælpe dig videre.",
        "Vi er nødt til at optage, ellers kan vi ikke gennemføre rådgivningen.",
        "Siger du nej til optagelsen, må du ringe ind igen en anden gang.",
        "Optagelsen er en forudsætning for, at jeg kan hjælpe dig i dag.",
        "Vi kan kun tilbyde telefonisk rådgivning, hvis samtalen optages.",
    ],
    "reply_given": [
        "Ja, det er helt fint.",
        "Ja ja, det må I godt.",
        "Det er okay med mig.",
        "Ja, værsgo.",
        "Klart, bare optag.",
        "Ja, det går jeg med til.",
        "Yes, det er fint. Jeg ringer egentlig for at stoppe mit abonnement.",
        "Ja da. Det drejer sig om, at jeg ikke kan logge ind på netbanken.",
    ],
    "reply_condition": [
        "Ja, så længe den kun bruges internt.",
        "Okay, men den må ikke gives videre til andre.",
        "Ja, hvis den kun bruges til træning.",
        "Det er fint, bare I sletter den bagefter.",
        "Ja, men jeg vil ikke have, at den bliver brugt til markedsføring.",
    ],
    "reply_refused": [
        "Nej, det er jeg ikke interesseret i.",
        "Helst ikke.",
        "Nej, det ønsker jeg ikke.",
        "Nej, lad være med det.",
        "Det siger jeg nej tak til.",
        "Nej, jeg vil ikke optages.",
    ],
    "reply_ambiguous": [
        "Hmm, hvorfor skal I det?",
        "Tja, det ved jeg sgu ikke lige.",
        "Hvem får adgang til den?",
        "Det må du selv om.",
        "Hvad sagde du? Jeg hørte ikke helt efter.",
    ],
    "neg_reply_given": [
        "Nej, overhovedet ikke.",
        "Nej nej, det er helt i orden.",
        "Nej, slet ikke.",
        "Næ, bare kør på.",
        "Nej da, det er helt okay. Jeg ringer om min regning.",
        "Ikke spor.",
    ],
    "neg_reply_refused": [
        "Ja, det vil jeg helst være fri for.",
        "Ja, faktisk. Jeg vil ikke optages.",
        "Det har jeg, ja.",
        "Ja, det kan jeg ikke lide.",
        "Ja, det er jeg ikke glad for.",
    ],
    "neg_reply_ambiguous": [
        "Tja, det kommer an på.",
        "Øh, ved ikke rigtig.",
        "Hvad skal den bruges til?",
        "Mja, hvor længe gemmer I den?",
    ],
    "ack_refused": [
        "Det er helt i orden, så optager vi ikke.",
        "Forstået, jeg har slået optagelsen fra.",
        "Fint, så slukker jeg for den.",
        "Selvfølgelig, samtalen bliver ikke optaget.",
    ],
    "business_agent": [
        "Hvad kan jeg hjælpe dig med i dag?",
        "Må jeg bede om dit CPR-nummer?",
        "Jeg kan se, at du har en ubetalt regning fra marts.",
        "Lad mig lige slå din police op.",
        "Kan du bekræfte din adresse for mig?",
    ],
    "business_customer": [
        "Jeg ringer, fordi mit kort er blevet spærret.",
        "Jeg vil gerne høre om mulighederne for at omlægge mit lån.",
        "Min internetforbindelse har været nede siden i går.",
        "Jeg har fået en rykker, som jeg ikke forstår.",
        "Jeg skal anmelde en vandskade i kælderen.",
    ],
    "withdrawal": [
        "Undskyld, jeg vil alligevel ikke have, at samtalen bliver optaget.",
        "Kan du slukke for optagelsen?",
        "Jeg har fortrudt, I må ikke optage mig.",
        "Slet venligst optagelsen af den her samtale.",
        "Jeg vil gerne trække mit ja til optagelsen tilbage.",
        "Stop lige med at optage, tak.",
    ],
    "false_friend": [
        "Kan I stoppe den automatiske betaling?",
        "I må gerne slette mit gamle telefonnummer.",
        "Jeg vil gerne trække min ansøgning tilbage.",
        "Kan du slukke for roaming på mit abonnement?",
        "Jeg fortryder købet af den ekstra dækning.",
        "Stop venligst med at sende mig reklamer.",
        "Jeg optager ikke flere lån lige nu.",
    ],
    "closing": [
        "Det har jeg noteret. Var der mere?",
        "Okay, det sørger jeg for.",
        "Det er modtaget, tak for det.",
        "Godt, så ordner jeg det med det samme.",
    ],
    "hello": ["Hallo? Er du stadig på linjen?", "Kan du høre mig?"],
    "keypress_optin": [
        "Tryk 1, hvis du accepterer, at samtalen optages, og tryk 2, hvis du ikke gør.|1|2",
        "Giver du samtykke til optagelse, så tast 5. Ellers tast 6.|5|6",
        "Tast stjerne for ja til optagelse eller firkant for nej.|*|#",
        "Må vi optage samtalen? Tryk 1 for ja og 2 for nej.|1|2",
        "For at acceptere optagelse af samtalen skal du trykke 3. Tryk 4 for at fortsætte uden optagelse.|3|4",
    ],
    "keypress_optout": [
        "Ønsker du ikke at blive optaget, så tryk 8.|8",
        "Tast 0, hvis du vil frabede dig optagelse.|0",
        "Hvis du vil sige nej til optagelse, så tryk 2 nu.|2",
        "Du kan fravælge optagelse ved at taste 7.|7",
    ],
}

HELD6_NO: dict[str, list[str]] = {
    "greeting": [
        "Hei, du snakker med Kari i DNB kundeservice.",
        "God dag, det er Eirik frå Sparebanken Vest.",
        "Velkommen til Telenor, du snakker med Ingrid.",
        "Hei, dette er Magnus hos NAV Kontaktsenter.",
        "God morgon, du har kome til Fjordkraft, eg heiter Solveig.",
        "Hallo, Sondre her fra Gjensidige.",
    ],
    "notice_definite": [
        "Jeg må informere om at samtalen tas opp{p}.",
        "Vi gjør opptak av denne samtalen{p}.",
        "Samtalen vert teken opp{p}.",
        "Eg gjer merksam på at vi tek opp samtalen{p}.",
        "Bare så du vet det: vi tar opp samtalen{p}.",
        "Alle samtaler til oss blir tatt opp{p}, også denne.",
        "Det blir gjort lydopptak av samtalen{p}.",
        "Vi har starta opptak av samtalen.",
    ],
    "notice_vague": [
        "Samtaler til kundeservice kan bli tatt opp{p}.",
        "Vi tar av og til opp samtaler{p}.",
        "Samtalen kan verte teken opp{p}.",
        "Noen samtaler blir tatt opp{p}.",
        "Det kan hende at samtalen blir tatt opp{p}.",
        "Vi forbeholder oss retten til å ta opp samtalen{p}.",
        "Enkelte samtalar vert tekne opp{p}.",
    ],
    "notice_conditional": [
        "Dersom vi skal ta opp samtalen, får du beskjed først.",
        "Om samtalen blir teken opp, seier eg ifrå.",
        "Hvis opptak blir aktuelt, skal jeg si fra til deg.",
        "Vi tar ikke opp uten at du får vite det først.",
        "Skulle vi begynne å ta opp, vil du bli spurt først.",
    ],
    "purpose": [
        " for opplæring av nye medarbeidere",
        " for å sikre kvaliteten på tjenestene våre",
        " for å kunne dokumentere hva vi har avtalt",
        " til bruk i intern opplæring og kvalitetsarbeid",
        " slik at vi kan bli betre på kundeservice",
        " av omsyn til opplæring",
    ],
    "purpose_sentence": [
        "Det gjør vi for å lære opp nye kolleger.",
        "Hensikten er å sikre god kvalitet i kundeservicen.",
        "Føremålet er opplæring og kvalitetssikring.",
        "Dette brukes til dokumentasjon av avtaler vi inngår.",
        "Vi gjer det for å bli betre til å hjelpe kundane våre.",
    ],
    "request_long": [
        "Er det i orden for deg at vi tar opp samtalen?",
        "Går det greit at eg tek opp samtalen?",
        "Samtykker du til at samtalen blir tatt opp?",
        "Kan vi få lov til å ta opp denne samtalen?",
        "Vil du gi oss samtykke til opptak av samtalen?",
        "Er det ok for deg at samtalen vert teken opp?",
    ],
    "request_short": [
        "Er det ok?",
        "Går det greit?",
        "Er det i orden for deg?",
        "Godtek du det?",
        "Kan du godta det?",
        "Er du med på det?",
    ],
    "request_negative": [
        "Har du noko imot at vi tek opp samtalen?",
        "Gjør det noe om vi tar opp samtalen?",
        "Er det noe problem for deg at vi tar opp samtalen?",
        "Du har vel ikke noe imot at vi tar opp?",
        "Har du innvendinger mot at samtalen blir tatt opp?",
    ],
    "request_negative_short": [
        "Har du noe imot det?",
        "Gjer det noko?",
        "Er det et problem?",
        "Du har vel ikke noe imot det?",
    ],
    "withdrawal_info": [
        "Du kan når som helst be oss slutte å ta opp.",
        "Ombestemmer du deg, kan du trekke tilbake samtykket når du vil, og da sletter vi opptaket.",
        "Du kan når som helst seie stopp, så sluttar vi å ta opp.",
        "Samtykket kan trekkes tilbake underveis i samtalen.",
        "Om du angrar, kan du be meg stoppe opptaket kva tid som helst.",
        "Du kan til enhver tid be om at opptaket stoppes og slettes.",
    ],
    "objection_info": [
        "Ønsker du ikke opptak, må du si fra før vi går videre.",
        "Du har rett til å motsette deg opptak.",
        "Dersom du ikkje vil bli teken opp, seier du berre frå før vi held fram.",
        "Foretrekker du å snakke uten opptak, gi meg beskjed før vi begynner.",
        "Du kan takke nei til opptak.",
    ],
    "retention": [
        "Opptaket lagres i tre måneder før det slettes.",
        "Vi sletter opptak etter 60 dager.",
        "Lydfila vert oppbevart i inntil seks månader.",
        "Opptaka vert sletta etter eitt år.",
        "Vi oppbevarer opptaket i maks 30 dager.",
    ],
    "coercion": [
        "Uten opptak kan jeg dessverre ikke hjelpe deg videre.",
        "Vi må ta opp samtalen for å kunne behandle saken din.",
        "Viss du ikkje vil bli teken opp, kan eg ikkje hjelpe deg på telefon.",
        "Opptak er et krav for at vi skal kunne gi deg rådgivning.",
        "Sier du nei til opptak, må du møte opp på et kontor i stedet.",
    ],
    "reply_given": [
        "Ja, det går helt fint.",
        "Jada, kjør på.",
        "Ja, det er greit for meg.",
        "Det er heilt i orden.",
        "Ja visst.",
        "Ja, det godtar jeg.",
        "Ja, greit. Jeg ringer egentlig for å stoppe en faktura.",
        "Javisst. Det gjeld at eg ikkje får logga inn i nettbanken.",
    ],
    "reply_condition": [
        "Ja, så lenge det bare brukes internt.",
        "Greit, men opptaket må ikke deles med andre.",
        "Ja, viss det berre vert brukt til opplæring.",
        "Ok, men jeg vil ikke at det brukes i markedsføring.",
        "Det er greit, bare dere sletter det etterpå.",
    ],
    "reply_refused": [
        "Nei, det vil jeg helst slippe.",
        "Nei, helst ikkje.",
        "Nei, det er ikke greit.",
        "Det sier jeg nei til.",
        "Nei, ikke ta opp, takk.",
        "Nei, eg vil ikkje bli teken opp.",
    ],
    "reply_ambiguous": [
        "Hm, hvorfor det?",
        "Tja, jeg vet ikke helt.",
        "Kven får høyre på det?",
        "Det får du bestemme.",
        "Hæ? Hva sa du?",
    ],
    "neg_reply_given": [
        "Nei, ikke i det hele tatt.",
        "Nei da, det er greit.",
        "Nei, det gjer ingenting.",
        "Nei, bare ta det opp.",
        "Nei, absolutt ikke. Jeg ringer om regningen min.",
    ],
    "neg_reply_refused": [
        "Ja, det har jeg egentlig.",
        "Ja, eg vil helst ikkje.",
        "Ja, jeg vil ikke bli tatt opp.",
        "Det har jeg, ja.",
        "Ja, faktisk. Det liker jeg ikke.",
    ],
    "neg_reply_ambiguous": [
        "Tja, det kommer an på.",
        "Hva skal dere med det?",
        "Æh, vet ikke.",
        "Kven skal høyre på det?",
    ],
    "ack_refused": [
        "Helt i orden, da tar vi ikke opp.",
        "Forstått, opptaket er slått av.",
        "Greit, eg skrur av opptaket.",
        "Det er helt greit, samtalen blir ikke tatt opp.",
    ],
    "business_agent": [
        "Hva kan jeg hjelpe deg med i dag?",
        "Kan du oppgi fødselsnummeret ditt?",
        "Eg ser at fakturaen forfall i går.",
        "Et øyeblikk, jeg henter opp avtalen din.",
        "Kva gjeld det?",
    ],
    "business_customer": [
        "Jeg ringer fordi bankkortet mitt er sperret.",
        "Eg lurer på kvifor straumrekninga er så høg denne månaden.",
        "Jeg vil gjerne melde en skade på bilen.",
        "Mobilen min har ikke dekning hjemme.",
        "Jeg trenger hjelp med søknaden om dagpenger.",
    ],
    "withdrawal": [
        "Du, jeg har ombestemt meg, jeg vil ikke at samtalen tas opp likevel.",
        "Kan du skru av opptaket?",
        "Eg vil ikkje bli teken opp lenger.",
        "Slett opptaket av denne samtalen, takk.",
        "Jeg trekker tilbake samtykket til opptak.",
        "Slutt å ta opp, er du snill.",
    ],
    "false_friend": [
        "Kan du stoppe den faste betalingen?",
        "Slett det gamle kontonummeret mitt.",
        "Eg vil trekkje søknaden min.",
        "Jeg vil si opp abonnementet.",
        "Ta opp saken med lederen din, er du snill.",
        "Jeg angrer på kjøpet av forsikringen.",
        "Jeg vil ta opp et lån.",
    ],
    "closing": [
        "Det har jeg notert. Var det noe mer?",
        "Skal bli, det ordner eg.",
        "Den er grei, takk for beskjeden.",
        "Ok, det fikser jeg med en gang.",
    ],
    "hello": ["Hallo, er du der fortsatt?", "Hører du meg?"],
    "keypress_optin": [
        "Trykk 1 om du godtar at samtalen blir tatt opp, eller 2 om du ikke godtar det.|1|2",
        "Gir du samtykke til opptak, tast 5. Tast 6 for nei.|5|6",
        "Ønsker du å godta opptak av samtalen, trykk 3. Vil du ikke, trykk 4.|3|4",
        "Trykk stjerne for å godta opptak, eller firkant for å avslå.|*|#",
        "Tast 1 for ja til opptak og 9 for nei.|1|9",
    ],
    "keypress_optout": [
        "Trykk 9 dersom du ikke ønsker at samtalen blir tatt opp.|9",
        "Vil du ikkje bli teken opp, tast 0.|0",
        "Du kan si nei til opptak ved å trykke 2 nå.|2",
        "Trykk 8 for å slippe opptak.|8",
    ],
}

for _bank, _held6 in ((DA, HELD6_DA), (NO, HELD6_NO)):
    for _slot, _words in _held6.items():
        _bank.setdefault(_slot, {})["held6"] = _words

# held7: written blind for a later round from DOMAIN.md and the way Danish and Norwegian agents and
# customers talk (bokmål and nynorsk mixed, colloquial, published bank / insurer / utility / telecom
# / agency disclosures), without reading the phrase banks, the engine or the other splits' wordings.
# Like held4 to held6 it draws key-press prompts. Some replies carry the errand after the yes, and
# some later turns are false friends built on the same verbs ("optage ... på policen", "ta opp
# saken", "slet ikke" / "slett ikke" in a reply).
HELD7_DA: dict[str, list[str]] = {
    "greeting": [
        "God eftermiddag, du taler med Mette hos Nykredit.",
        "Hej og velkommen til TDC Erhverv, det er Jonas.",
        "Goddag, Alm. Brand, du taler med Louise.",
        "Hej, det er Kasper fra kundeservice hos Norlys.",
        "Velkommen til Udbetaling Danmark, du taler med Hanne.",
    ],
    "notice_definite": [
        "Inden vi går i gang, skal du vide, at jeg optager vores samtale{p}.",
        "Vi gør opmærksom på, at alle samtaler med kundeservice bliver optaget{p}.",
        "Vi optager altid vores telefonsamtaler{p}.",
        "Bare så du ved det, så bliver det her opkald optaget{p}.",
        "Vi optager samtalen, det vil jeg lige nævne.",
        "Jeg vil gerne informere om, at opkaldet bliver lydoptaget{p}.",
        "Samtalen her bliver optaget{p}, bare så du er orienteret.",
    ],
    "notice_vague": [
        "Vores samtaler kan blive optaget{p}.",
        "Opkaldet kan eventuelt blive optaget{p}.",
        "Vi optager i nogle tilfælde vores samtaler{p}.",
        "Det er muligt, at samtalen bliver optaget{p}.",
        "Der er en chance for, at opkaldet bliver optaget{p}.",
    ],
    "notice_conditional": [
        "Hvis jeg får brug for at optage opkaldet, spørger jeg om lov inden.",
        "Optager vi samtalen, vil du altid blive spurgt om lov.",
        "Såfremt samtalen skal optages, vil du få det at vide på forhånd.",
        "Hvis det bliver aktuelt at optage samtalen, siger jeg det til dig.",
        "Skal samtalen optages, beder vi altid om dit samtykke først.",
    ],
    "purpose": [
        " for at vi kan forbedre vores rådgivning",
        " til intern oplæring",
        " så vi kan dokumentere, hvad der bliver aftalt",
        " med henblik på kvalitetssikring og uddannelse",
        " af hensyn til dokumentation af aftalen",
        " til træning af nye kollegaer",
    ],
    "purpose_sentence": [
        "Formålet er at uddanne vores rådgivere.",
        "Det bruger vi til at blive bedre til at hjælpe vores kunder.",
        "Det sker af hensyn til kvalitetssikring.",
        "Vi bruger det udelukkende til intern træning.",
        "Det er for at kunne dokumentere aftaler, vi indgår over telefonen.",
    ],
    "request_long": [
        "Vil du give mig lov til at optage samtalen?",
        "Er det okay, at vi optager opkaldet?",
        "Giver du samtykke til, at samtalen bliver optaget?",
        "Må vi optage den her samtale?",
        "Accepterer du, at jeg optager vores samtale?",
        "Er du indforstået med, at vi optager dette opkald?",
    ],
    "request_short": [
        "Vil du gå med til det?",
        "Vil det være i orden for dig?",
        "Er det helt okay for dig?",
        "Må jeg godt det?",
        "Vil du give mig lov til det?",
        "Er det noget, du kan gå med til?",
    ],
    "request_negative": [
        "Har du nogen indvendinger imod, at samtalen optages?",
        "Er der noget i vejen for, at vi optager opkaldet?",
        "Har du noget imod, at jeg optager opkaldet?",
        "Gør det noget for dig, at opkaldet bliver optaget?",
        "Vil du have noget imod, at samtalen bliver optaget?",
    ],
    "request_negative_short": [
        "Har du indvendinger imod det?",
        "Vil det genere dig?",
        "Vil det være et problem for dig?",
        "Vil du have noget imod det?",
        "Har du noget at indvende imod det?",
    ],
    "withdrawal_info": [
        "Du kan på ethvert tidspunkt bede mig om at stoppe optagelsen igen.",
        "Du er altid velkommen til at trække dit samtykke tilbage, så stopper vi optagelsen og sletter den.",
        "Hvis du fortryder undervejs, så sig til, så slukker jeg for optagelsen.",
        "Dit samtykke kan tilbagekaldes på et hvilket som helst tidspunkt i samtalen.",
        "Du kan til hver en tid sige stop, så afbryder vi optagelsen.",
        "Du har ret til at tilbagetrække dit samtykke til optagelsen når som helst.",
    ],
    "objection_info": [
        "Hvis du ikke vil optages, skal du bare sige det nu.",
        "Ønsker du ikke optagelse, kan du frabede dig det, før vi fortsætter.",
        "Du kan sige nej til optagelsen, inden vi går videre.",
        "Vil du hellere være fri for at blive optaget, så giv mig besked nu.",
        "Har du indvendinger mod optagelsen, kan du gøre indsigelse nu.",
    ],
    "retention": [
        "Optagelsen gemmes i 30 dage og bliver derefter slettet.",
        "Vi opbevarer lydfilen i tre måneder, hvorefter den slettes automatisk.",
        "Optagelserne slettes senest efter seks måneder.",
        "Optagelsen bliver opbevaret sikkert og slettet efter 14 dage.",
        "Vi sletter lydoptagelsen efter et år.",
    ],
    "coercion": [
        "Uden optagelse kan jeg desværre ikke behandle din sag.",
        "Hvis du ikke vil optages, kan vi ikke hjælpe dig over telefonen.",
        "Vi er nødt til at optage, ellers kan jeg ikke gennemføre handlen.",
        "Siger du nej til optagelsen, må du i stedet møde op i en af vores filialer.",
        "Optagelsen er en betingelse for, at vi kan rådgive dig.",
    ],
    "reply_given": [
        "Ja, det er skam helt fint.",
        "Ja ja, det må du godt.",
        "Øh, ja, det er okay.",
        "Det er i orden. Jeg ringer, fordi mit kort er blevet spærret.",
        "Jamen selvfølgelig, det er helt i orden.",
        "Ja, bare optag løs. Jeg har et spørgsmål til min pension.",
        "Yes, det er fint med mig.",
    ],
    "reply_condition": [
        "Ja, så længe optagelsen bliver i huset.",
        "Okay, men den må ikke deles med andre.",
        "Det er fint, hvis den bliver slettet bagefter.",
        "Ja, når bare det kun er til oplæring.",
        "Fint med mig, bare den ikke bliver brugt til markedsføring.",
    ],
    "reply_refused": [
        "Nej, det er jeg altså ikke interesseret i.",
        "Det vil jeg helst være fri for.",
        "Nej, det ønsker jeg virkelig ikke.",
        "Nej tak, jeg vil ikke optages.",
        "Det takker jeg nej til.",
        "Næh, det synes jeg ikke.",
    ],
    "reply_ambiguous": [
        "Hmm, hvorfor skal I egentlig optage?",
        "Tja, det ved jeg sgu ikke helt.",
        "Øh, hvad sker der med optagelsen bagefter?",
        "Måske, lad mig lige tænke over det.",
        "Det kommer an på, hvem der skal høre den.",
        "Altså, jeg er ikke helt sikker.",
    ],
    "neg_reply_given": [
        "Næh, slet ikke, det er fint.",
        "Nej nej, det er skam fint.",
        "Nej da, overhovedet ikke.",
        "Nej, bare kør på.",
        "Ingen indvendinger herfra.",
        "Næ, det er okay.",
    ],
    "neg_reply_refused": [
        "Ja, det vil jeg faktisk helst ikke.",
        "Ja, det bryder jeg mig faktisk ikke om.",
        "Jo, jeg vil helst ikke optages.",
        "Ja, det vil jeg hellere være fri for.",
        "Ja, det har jeg noget imod.",
    ],
    "neg_reply_ambiguous": [
        "Øh, det ved jeg ikke rigtig.",
        "Hmm, hvad skal optagelsen så bruges til?",
        "Tja, det er svært at sige.",
        "Det er jeg faktisk lidt i tvivl om.",
        "Mja, det kommer an på det.",
    ],
    "ack_refused": [
        "Det er helt i orden, så slår jeg optagelsen fra.",
        "Selvfølgelig, jeg stopper optagelsen nu.",
        "Forstået, så fortsætter vi uden optagelse.",
        "Intet problem, optagelsen er slået fra.",
        "Det respekterer jeg, der bliver ikke optaget.",
    ],
    "business_agent": [
        "Hvad kan jeg gøre for dig i dag?",
        "Må jeg bede om dit kundenummer?",
        "Jeg slår lige din police op.",
        "Vil du lige bekræfte din fødselsdato?",
        "Hvad er det, du ringer angående?",
    ],
    "business_customer": [
        "Jeg har fået en regning, som jeg ikke forstår.",
        "Jeg skal have ændret mit telefonnummer.",
        "Mit internet har været nede siden i går.",
        "Jeg vil gerne høre om mulighederne for et boliglån.",
        "Vi har haft en vandskade i kælderen.",
        "Mit MitID virker ikke.",
    ],
    "withdrawal": [
        "Ved du hvad, jeg vil alligevel ikke optages.",
        "Kan du ikke slukke for optagelsen alligevel?",
        "Jeg har fortrudt, jeg vil gerne have optagelsen slettet.",
        "Hov, stop lige optagelsen, tak.",
        "Jeg trækker mit samtykke til optagelsen tilbage.",
        "Jeg er blevet i tvivl, så slet hellere optagelsen.",
    ],
    "false_friend": [
        "Jeg vil gerne stoppe min faste betaling til jer.",
        "Kan du slette mit gamle telefonnummer?",
        "Jeg vil gerne opsige mit mobilabonnement.",
        "Jeg vil gerne trække min låneansøgning tilbage.",
        "Kan I optage min datter på policen?",
        "Stop lige, jeg fik ikke fat i det sidste.",
        "Jeg vil ikke have flere reklamer fra jer.",
    ],
    "closing": [
        "Det sørger jeg for. Ellers andet?",
        "Det er registreret. Kan jeg hjælpe med mere?",
        "Fint, det ordner jeg med det samme.",
        "Okay, så tager jeg mig af det.",
    ],
    "hello": ["Hallo, er du der stadigvæk?", "Hører du mig stadig?", "Hallo? Jeg kan ikke høre dig.", "Hallo, har vi mistet forbindelsen?"],
    "keypress_optin": [
        "Hvis du giver samtykke til, at samtalen optages, så tryk 1. Ellers tryk 2.|1|2",
        "Tast 5 for at godkende optagelse af samtalen, eller tast 6 for at afvise.|5|6",
        "Må vi optage samtalen? Tryk 1 for ja og 9 for nej.|1|9",
        "For at acceptere optagelse tryk 3, for at fravælge tryk 4.|3|4",
        "Tryk 2 for at give os lov til at optage samtalen, eller tryk 0, hvis du ikke ønsker det.|2|0",
    ],
    "keypress_optout": [
        "Hvis du ikke vil have samtalen optaget, så tast 9.|9",
        "Tryk 0 for at fravælge optagelse.|0",
        "Vil du undgå, at opkaldet optages, så tryk 3 nu.|3",
        "Du kan frabede dig optagelse ved at trykke 7.|7",
        "Tast 4, hvis du ikke ønsker, at samtalen bliver optaget.|4",
    ],
}
HELD7_NO: dict[str, list[str]] = {
    "greeting": [
        "God dag, du snakker med Ingrid i DNB.",
        "Hei, velkomen til Sparebanken Vest, det er Eirik.",
        "Hallo, du har kommet til Telenor kundeservice, Marius her.",
        "Hei og velkommen til If, du snakker med Kari.",
        "God ettermiddag, NAV Kontaktsenter, Siri her.",
        "Hei, det er Ola frå Fjordkraft.",
    ],
    "notice_definite": [
        "Eg må opplyse om at samtalen vår blir teken opp{p}.",
        "Alle samtalar til oss vert tekne opp{p}.",
        "Vi gjør oppmerksom på at alle samtaler til kundeservice tas opp{p}.",
        "Bare så du vet det, vi tar opp denne samtalen{p}.",
        "Vi gjer opptak av denne telefonsamtalen{p}.",
        "Jeg vil informere om at vi gjør lydopptak av samtalen{p}.",
        "Vi tar opp samtalen, bare så det er sagt.",
    ],
    "notice_vague": [
        "Samtaler med oss kan bli tatt opp{p}.",
        "Denne samtalen kan bli teken opp{p}.",
        "Det er mogleg at samtalen blir teken opp{p}.",
        "Vi tar i enkelte tilfeller opp samtaler{p}.",
        "Vi tar kanskje opp denne samtalen{p}.",
        "Samtalar hos oss kan verte tekne opp{p}.",
    ],
    "notice_conditional": [
        "Hvis jeg må ta opp samtalen, spør jeg om lov før det.",
        "Dersom samtalen skal takast opp, får du beskjed på førehand.",
        "Skulle vi ta opp samtalen, vil du alltid bli spurt om lov.",
        "Tar vi opp samtalen, sier jeg ifra før vi starter.",
        "Om det blir aktuelt å ta opp samtalen, ber vi om samtykke først.",
    ],
    "purpose": [
        " for å kunne forbedre rådgivningen vår",
        " til opplæring internt hos oss",
        " slik at vi kan dokumentere det vi avtaler",
        " for kvalitetssikring og opplæring",
        " for å lære opp nye medarbeidarar",
        " av omsyn til dokumentasjon av avtalen",
    ],
    "purpose_sentence": [
        "Formålet er å lære opp rådgiverne våre.",
        "Det bruker vi til å bli bedre på kundeservice.",
        "Dette gjer vi for å sikre kvaliteten.",
        "Vi bruker det kun til intern opplæring.",
        "Det er for å kunne dokumentere avtaler som blir inngått på telefon.",
    ],
    "request_long": [
        "Er det i orden at jeg tar opp samtalen?",
        "Gir du samtykke til at samtalen blir tatt opp?",
        "Er det greitt for deg at vi tek opp samtalen?",
        "Kan vi få ta opp denne samtalen?",
        "Godtar du at samtalen vår blir tatt opp?",
        "Er det ok at eg tek opp samtalen?",
    ],
    "request_short": [
        "Går du med på det?",
        "Går det bra for deg?",
        "Blir det greitt for deg?",
        "Kan du seie ja til det?",
        "Er det ok for deg?",
    ],
    "request_negative": [
        "Har du noen innvendinger mot at samtalen blir tatt opp?",
        "Gjør det noe at vi tar opp samtalen?",
        "Har du noko imot at eg tek opp samtalen?",
        "Er det noe i veien for at jeg tar opp samtalen?",
        "Vil du ha noe imot at samtalen tas opp?",
    ],
    "request_negative_short": [
        "Har du noen innvendinger?",
        "Vil det plage deg?",
        "Har du noko å innvende?",
        "Vil det vere eit problem for deg?",
        "Noe imot det?",
    ],
    "withdrawal_info": [
        "Du kan når som helst trekke tilbake samtykket ditt, så stopper vi opptaket.",
        "Om du ombestemmer deg, er det bare å si fra, så slår jeg av opptaket.",
        "Du kan trekkje samtykket ditt når som helst i samtalen.",
        "Du har rett til å trekke samtykket til opptak tilbake når du vil.",
        "Seier du stopp undervegs, avsluttar vi opptaket med ein gong.",
        "Du kan til eikvar tid be oss stoppe og slette opptaket.",
    ],
    "objection_info": [
        "Hvis du ikke vil bli tatt opp, kan du si ifra nå.",
        "Ønskjer du ikkje opptak, kan du seie frå før vi held fram.",
        "Du kan si nei til opptak før vi går videre.",
        "Vil du heller slippe å bli tatt opp, så gi meg beskjed nå.",
        "Har du innvendingar mot opptaket, kan du seie det no.",
    ],
    "retention": [
        "Opptaket lagres i 30 dager og slettes deretter.",
        "Vi oppbevarer lydfila i tre månader før ho blir sletta.",
        "Opptak blir slettet senest etter seks måneder.",
        "Lydopptaket blir lagra trygt og sletta etter 60 dagar.",
        "Vi sletter opptakene etter ett år.",
    ],
    "coercion": [
        "Uten opptak kan jeg dessverre ikke behandle saken din.",
        "Viss du ikkje vil bli teken opp, kan vi ikkje hjelpe deg på telefon.",
        "Vi må ta opp samtalen, ellers kan jeg ikke gjennomføre handelen.",
        "Sier du nei til opptak, må du heller møte opp på et av kontorene våre.",
        "Opptak er et vilkår for at vi kan gi deg råd.",
    ],
    "reply_given": [
        "Ja, det er heilt i orden, det.",
        "Jada, bare ta det opp.",
        "Ehm, ja, det går greit.",
        "Det er i orden. Jeg ringer fordi kortet mitt er sperret.",
        "Ja, selvsagt.",
        "Ja visst. Eg har eit spørsmål om straumrekninga.",
        "Ja, det er ok for meg.",
    ],
    "reply_condition": [
        "Ja, så lenge opptaket blir verande internt.",
        "Ok, men opptaket må ikke deles med andre.",
        "Det er greit, viss opptaket blir sletta etterpå.",
        "Ja, når det berre er til opplæring.",
        "Greit for meg, bare det ikke brukes til markedsføring.",
    ],
    "reply_refused": [
        "Nei, det er jeg ikke så interessert i.",
        "Det vil eg helst sleppe.",
        "Nei, det ønskjer eg ikkje.",
        "Nei, det vil eg ikkje.",
        "Helst ikke, nei.",
    ],
    "reply_ambiguous": [
        "Hm, hvorfor skal dere det?",
        "Tja, det veit eg ikkje heilt.",
        "Øh, hva skjer med opptaket etterpå?",
        "Kanskje, la meg tenke litt på det.",
        "Det kommer an på hvem som skal høre på det.",
        "Altså, eg er ikkje heilt sikker.",
    ],
    "neg_reply_given": [
        "Nei, slett ikkje, det går fint.",
        "Neida, det er heilt greitt.",
        "Nei, ikkje i det heile, køyr på.",
        "Nei, bare kjør på.",
        "Ingen innvendingar herifrå.",
        "Næh, det går fint.",
    ],
    "neg_reply_refused": [
        "Ja, det vil eg faktisk helst ikkje.",
        "Ja, det liker jeg ikke noe særlig.",
        "Ja, eg vil helst ikkje bli teken opp.",
        "Ja, faktisk. Jeg vil ikke bli tatt opp.",
        "Ja, det har jeg noe imot.",
    ],
    "neg_reply_ambiguous": [
        "Øh, det vet jeg ikke helt.",
        "Hm, kva skal det brukast til?",
        "Tja, vanskeleg å seie.",
        "Det er jeg litt i tvil om.",
        "Mja, det kommer an på.",
    ],
    "ack_refused": [
        "Det er helt i orden, da slår jeg av opptaket.",
        "Sjølvsagt, eg stoppar opptaket no.",
        "Skjønner, da fortsetter vi uten opptak.",
        "Ikke noe problem, opptaket er slått av.",
        "Det respekterer jeg, samtalen blir ikke tatt opp.",
    ],
    "business_agent": [
        "Hva kan jeg gjøre for deg i dag?",
        "Kan eg få kundenummeret ditt?",
        "Jeg slår opp forsikringen din.",
        "Kan du bekrefte adressen din for meg?",
        "Kva gjeld førespurnaden?",
    ],
    "business_customer": [
        "Jeg har fått en faktura jeg ikke skjønner.",
        "Eg må endre telefonnummeret mitt.",
        "Internettet har vært nede siden i går.",
        "Jeg lurer på mulighetene for boliglån.",
        "Vi har hatt vannskade i kjelleren.",
        "BankID-en min fungerer ikke.",
    ],
    "withdrawal": [
        "Vet du hva, jeg vil likevel ikke bli tatt opp.",
        "Kan du slå av opptaket?",
        "Eg har angra meg, eg vil at opptaket blir sletta.",
        "Slutt å ta opp samtalen, takk.",
        "Jeg trekker samtykket til opptaket tilbake.",
        "Eg er blitt usikker, så slett heller opptaket.",
    ],
    "false_friend": [
        "Jeg vil stoppe den faste betalingen til dere.",
        "Kan du slette det gamle telefonnummeret mitt?",
        "Eg vil seie opp abonnementet mitt.",
        "Jeg vil trekke tilbake lånesøknaden min.",
        "Kan dere ta opp saken min med lederen din?",
        "Vent litt, jeg fikk ikke med meg det siste.",
        "Eg vil ikkje ha fleire reklamar frå dykk.",
    ],
    "closing": [
        "Det ordner jeg. Var det noe mer?",
        "Det er registrert. Kan eg hjelpe med noko meir?",
        "Greit, det fikser jeg med en gang.",
        "Ok, da tar jeg meg av det.",
    ],
    "hello": ["Hallo, er du der enno?", "Hører du meg fortsatt?", "Hallo? Jeg hører deg ikke.", "Hallo, har vi mista forbindelsen?"],
    "keypress_optin": [
        "Om du samtykker til at samtalen blir tatt opp, trykk 1. Hvis ikke, trykk 2.|1|2",
        "Tast 5 for å godkjenne opptak av samtalen, eller tast 6 for å avslå.|5|6",
        "Kan vi ta opp samtalen? Trykk 1 for ja og 9 for nei.|1|9",
        "For å godta opptak trykker du 3, for å takke nei trykker du 4.|3|4",
        "Trykk 2 for å gi oss lov til å ta opp samtalen, eller 0 om du ikkje ønskjer det.|2|0",
    ],
    "keypress_optout": [
        "Viss du ikkje vil at samtalen skal takast opp, trykk 9.|9",
        "Trykk 0 for å velge bort opptak.|0",
        "Vil du unngå at samtalen blir tatt opp, trykk 3 nå.|3",
        "Du kan reservere deg mot opptak ved å trykke 7.|7",
        "Tast 4 om du ikke ønsker at samtalen blir tatt opp.|4",
    ],
}

for _bank, _held7 in ((DA, HELD7_DA), (NO, HELD7_NO)):
    for _slot, _words in _held7.items():
        _bank.setdefault(_slot, {})["held7"] = _words

# held8: written blind by a helper who did not read the phrase banks, the engine, the tests or the
# dev..held6 wordings; it worked from DOMAIN.md, the slot names and format of held7, and the code
# here that builds a call from its parts. Wordings modelled on how Danish and Norwegian banks,
# insurers, utilities, telecoms, public agencies, debt collectors and clinics talk, formal and
# colloquial, bokmål and nynorsk mixed, with some dialect spellings ("æ", "itj", "e" for "er").
# Published disclosure styles ("Vi forbeholder os retten til at optage ...", "Samtalen tas opp og
# lagres ..."); replies with fillers and the errand after the yes, some errands holding "stoppe" /
# "slette" (DOMAIN.md: they do not make the yes ambiguous); withdrawals worded as regret, orders and
# later refusals; coercion worded as consequences; false friends built on the same verbs ("optage et
# lån", "ta opp eit lån", "bli tatt opp i medlemsprogrammet", "trække klagen tilbage"). Like held4 to
# held7 it draws key-press prompts, some with key 1 as the "no" or opt-out key.
HELD8_DA: dict[str, list[str]] = {
    "greeting": [
        "Goddag, det er Birgitte fra Danske Bank.",
        "Hej, du har fat i Mads hos Tryg.",
        "Velkommen til Gældsstyrelsen, du taler med Pernille.",
        "Hej, Lægehuset på Torvet, det er Camilla.",
        "Goddag og velkommen til Andel Energi, Rasmus her.",
        "Hej, det er Søren fra Lowell Inkasso.",
    ],
    "notice_definite": [
        "Jeg skal lige oplyse, at vi optager telefonsamtalen{p}.",
        "Til orientering bliver opkaldet optaget{p}.",
        "Kundeservice optager alle indgående opkald{p}.",
        "Vi har slået optagelse til på denne samtale{p}.",
        "Fra nu af optager vi opkaldet{p}.",
        "Samtalen bliver optaget, så du ved det.",
        "Bemærk, at denne samtale bliver optaget{p}.",
        "Jeg optager vores snak{p}.",
    ],
    "notice_vague": [
        "Vi forbeholder os retten til at optage samtaler{p}.",
        "Indgående opkald kan blive optaget{p}.",
        "Samtalen vil måske blive optaget{p}.",
        "Udvalgte samtaler bliver optaget{p}.",
        "Vi optager stikprøvevis nogle af samtalerne{p}.",
        "Det kan ske, at vi optager samtalen{p}.",
        "Din samtale med os kan muligvis blive optaget{p}.",
    ],
    "notice_conditional": [
        "Hvis vi optager samtalen, får du altid besked først.",
        "I tilfælde af at samtalen skal optages, vil jeg sige det.",
        "Bliver samtalen optaget, giver jeg dig besked, inden det sker.",
        "Skulle det blive nødvendigt at optage samtalen, spørger jeg dig først.",
        "Såfremt vi ønsker at optage opkaldet, vil du blive bedt om samtykke.",
    ],
    "purpose": [
        " for at sikre kvaliteten af den rådgivning, vi giver",
        " til brug for oplæring af nye medarbejdere",
        " som dokumentation for det, vi aftaler",
        " af hensyn til kvalitetssikring",
        " så vi kan blive endnu bedre til at hjælpe vores kunder",
        " så nye kolleger kan lære af det",
        " for at kunne dokumentere aftalen bagefter",
    ],
    "purpose_sentence": [
        "Formålet er at sikre kvaliteten i vores kundeservice.",
        "Det gør vi for at kunne lære vores nye medarbejdere op.",
        "Det bruges udelukkende til uddannelse af personalet.",
        "Det sker, så vi har dokumentation for aftalen.",
        "Vi gør det af hensyn til oplæring og kvalitetskontrol.",
        "Hensigten er at forbedre vores betjening af kunderne.",
    ],
    "request_long": [
        "Er det i orden med dig, at jeg optager samtalen?",
        "Må jeg have lov til at optage vores samtale?",
        "Samtykker du til, at vi optager opkaldet?",
        "Kan du acceptere, at samtalen bliver optaget?",
        "Vil du være med til, at vi optager samtalen?",
        "Er det okay med dig, hvis vi optager samtalen?",
        "Har jeg din tilladelse til at optage opkaldet?",
    ],
    "request_short": [
        "Er det noget, du er okay med?",
        "Kan du godkende det?",
        "Er det i orden fra din side?",
        "Giver du os lov til det?",
        "Vil du give dit samtykke til det?",
        "Er du med på den ordning?",
        "Går det an for dig?",
    ],
    "request_negative": [
        "Er det et problem for dig, at vi optager samtalen?",
        "Generer det dig, hvis samtalen bliver optaget?",
        "Har du nogen indsigelser mod, at vi optager opkaldet?",
        "Har du noget imod en optagelse af samtalen?",
        "Gør det dig noget, at jeg optager vores samtale?",
        "Vil det være et problem, hvis vi optager opkaldet?",
    ],
    "request_negative_short": [
        "Er det noget problem for dig?",
        "Generer det dig på nogen måde?",
        "Gør det dig noget, at vi gør det?",
        "Nogen indvendinger?",
        "Har du noget at udsætte på det?",
        "Har du nogen indsigelser?",
    ],
    "withdrawal_info": [
        "Du kan når som helst bede os om at stoppe med at optage.",
        "Fortryder du undervejs, siger du bare til, så stopper vi optagelsen og sletter den.",
        "Samtykket kan trækkes tilbage på et hvilket som helst tidspunkt.",
        "Du kan også trække dit samtykke tilbage senere i samtalen.",
        "Vil du have, at vi stopper optagelsen undervejs, skal du bare sige til.",
        "Du står frit for at tilbagekalde dit samtykke, når du vil.",
        "Skifter du mening, kan du til enhver tid bede mig slukke for optagelsen.",
    ],
    "objection_info": [
        "Vil du ikke optages, så sig nej nu.",
        "Ønsker du ikke, at samtalen optages, kan du frabede dig det, inden vi begynder.",
        "Du kan frabede dig optagelse med det samme.",
        "Hvis du ikke vil have optagelse, så sig til, før vi starter.",
        "Du har ret til at modsætte dig optagelse, inden vi går i gang.",
        "Er du imod optagelse, så sig det nu, så lader vi være.",
    ],
    "retention": [
        "Lydfilen opbevares i 90 dage, hvorefter den slettes.",
        "Vi gemmer optagelsen i op til et halvt år.",
        "Optagelsen bliver slettet automatisk efter to måneder.",
        "Optagelser opbevares i højst 12 måneder.",
        "Samtaleoptagelsen gemmes i 60 dage, og så bliver den slettet.",
        "Efter 30 dage bliver lydoptagelsen slettet igen.",
    ],
    "coercion": [
        "Hvis vi ikke må optage, kan jeg desværre ikke oprette din aftale.",
        "Uden en optagelse kan vi ikke gennemføre din bestilling over telefonen.",
        "Siger du nej til optagelsen, bliver jeg nødt til at afslutte opkaldet.",
        "Optagelse er et krav, hvis du vil have hjælp af os i dag.",
        "Ønsker du ikke at blive optaget, må du skrive til os i stedet, for så kan jeg ikke hjælpe dig.",
        "Vi kan kun behandle din skadesanmeldelse, hvis samtalen bliver optaget.",
    ],
    "reply_given": [
        "Ja ja, det er fint – jeg ringer om en regning, jeg har fået.",
        "Jamen, det er da helt i orden.",
        "Øhm, ja okay, det er fint.",
        "Ja, optag du bare.",
        "Jeps, ingen problemer.",
        "Ja, det må I gerne. Jeg ringer, fordi jeg gerne vil have stoppet en betalingsaftale.",
        "Okay, det går jeg med til.",
        "Ja da. Jeg skal have slettet mit gamle kort fra appen.",
    ],
    "reply_condition": [
        "Ja, så længe den ikke ryger videre til andre firmaer.",
        "Okay, men kun til træning, ikke andet.",
        "Fint nok, bare I sletter den igen, når I er færdige med den.",
        "Det er i orden, hvis det kun er jeres egne medarbejdere, der hører den.",
        "Ja da, men den må ikke bruges i reklamer.",
        "Ja, hvis den ikke bliver gemt længere end nødvendigt.",
    ],
    "reply_refused": [
        "Nej, det har jeg altså ikke lyst til.",
        "Helst ikke, nej tak.",
        "Nej, det går jeg ikke med til.",
        "Det siger jeg pænt nej tak til.",
        "Nej, lad være med at optage mig, tak.",
        "Nej, det er ikke i orden med mig.",
        "Nej, det vil jeg sgu ikke.",
    ],
    "reply_ambiguous": [
        "Hvem får lov at høre den bagefter?",
        "Øhm ... det må jeg lige tænke over.",
        "Det er mig sådan set lige meget.",
        "Mmm, det ved jeg altså ikke.",
        "Hvor længe gemmer I den så?",
        "Jeg forstår ikke helt, hvad du mener.",
    ],
    "neg_reply_given": [
        "Nej, ikke spor, det er fint.",
        "Nej nej, optag du bare.",
        "Overhovedet ikke, kør bare på.",
        "Næh, det er helt i orden med mig.",
        "Nej, det gør mig ikke noget.",
        "Nej, det er fint. Jeg ringer, fordi jeg gerne vil stoppe min betalingsservice.",
        "Nåh nej, det er okay.",
    ],
    "neg_reply_refused": [
        "Ja, det vil jeg faktisk ikke have.",
        "Ja, faktisk. Jeg ønsker ikke at blive optaget.",
        "Øh ja, jeg vil helst ikke have, at I optager.",
        "Jamen ja, det kan jeg ikke lide.",
        "Ja, lad hellere være med at optage.",
    ],
    "neg_reply_ambiguous": [
        "Hvem skal lytte til den?",
        "Øh, det har jeg aldrig tænkt over.",
        "Det ved jeg sørme ikke.",
        "Hvorfor spørger du om det?",
        "Hvad betyder det for mig?",
    ],
    "ack_refused": [
        "Helt i orden, jeg slukker for optagelsen.",
        "Det er noteret, samtalen bliver ikke optaget.",
        "Selvfølgelig, så optager vi ikke.",
        "Okay, optagelsen er stoppet og slettet.",
        "Fint, så kører vi videre uden optagelse.",
    ],
    "business_agent": [
        "Hvad drejer henvendelsen sig om?",
        "Kan jeg få dit CPR-nummer?",
        "Jeg finder lige din sag frem.",
        "Hvilken adresse drejer det sig om?",
        "Må jeg få dit sagsnummer?",
    ],
    "business_customer": [
        "Jeg har fået en rykker fra jer, men jeg har altså betalt.",
        "Vores varmepumpe larmer helt vildt.",
        "Jeg skal flytte og vil gerne have min elaftale med.",
        "Jeg har en tid på torsdag, som jeg gerne vil flytte.",
        "Jeg har fået et inkassobrev, som jeg mener er forkert.",
        "Jeg er blevet trukket to gange for den samme regning.",
    ],
    "withdrawal": [
        "Nu har jeg tænkt lidt over det, og jeg vil alligevel ikke have, at I optager.",
        "Sluk lige for optagelsen, jeg vil ikke optages mere.",
        "Undskyld, men jeg fortryder, at jeg sagde ja til optagelsen.",
        "Vil du ikke nok slette den optagelse, I har lavet?",
        "Jeg vil have, at I holder op med at optage mig nu.",
        "Kan vi tage resten af samtalen uden optagelse?",
        "Jeg synes ikke længere, det er okay, at samtalen bliver optaget.",
    ],
    "false_friend": [
        "Jeg vil gerne optage et lån på 50.000 kr.",
        "Kan I stoppe de papirregninger, I sender?",
        "Jeg vil gerne trække min klage tilbage, det har løst sig.",
        "Slet venligst min gamle e-mailadresse i systemet.",
        "Jeg har fortrudt min bestilling, kan den annulleres?",
        "Stop lige et øjeblik, jeg skal finde en kuglepen.",
        "Jeg vil ikke have min søn optaget på forsikringen alligevel.",
    ],
    "closing": [
        "Så er det på plads. Var der mere?",
        "Det noterer jeg. Andet jeg kan hjælpe med?",
        "Forstået, det kigger jeg på.",
        "Jeg har sat det i gang.",
    ],
    "hello": [
        "Hallo? Er der nogen?",
        "Hallo, er du stadig med på linjen?",
        "Jeg kan ikke høre noget, er du der?",
        "Hallo, jeg hører ikke noget svar.",
    ],
    "keypress_optin": [
        "Ønsker du at give samtykke til optagelse, tast 1. Ønsker du ikke, tast 2.|1|2",
        "Accepterer du, at vi optager samtalen, så tryk 7. Tryk 8, hvis du ikke accepterer.|7|8",
        "Tryk 4, hvis vi må optage samtalen, og tryk 5, hvis vi ikke må.|4|5",
        "Giver du os lov til at optage opkaldet? Tast 1 for ja eller 0 for nej.|1|0",
        "Må samtalen optages? Ja: tryk 6. Nej: tryk 3.|6|3",
        "Vil du acceptere optagelse af samtalen, så tast 2 – ellers tast 1.|2|1",
    ],
    "keypress_optout": [
        "Ønsker du ikke, at samtalen optages, så tast 8 nu.|8",
        "Tryk 5, hvis du vil fravælge optagelse af opkaldet.|5",
        "Vil du ikke optages, tryk 1.|1",
        "Du kan sige nej til optagelse ved at taste 2.|2",
        "Er du imod optagelse, så tryk 6.|6",
        "Undgå optagelse ved at trykke 0 nu.|0",
    ],
}
HELD8_NO: dict[str, list[str]] = {
    "greeting": [
        "Hei, du snakker med Anders i Storebrand.",
        "God morgon, Skatteetaten, det er Sigrid.",
        "Hei og velkommen til Intrum, eg heiter Kristian.",
        "Hei, Sentrum legesenter, det er Hilde.",
        "God dag, du har ringt til Tibber, Jonas her.",
        "Hei, velkomen til Gjensidige, du snakkar med Mari.",
    ],
    "notice_definite": [
        "Eg må berre seie at vi tek opp samtalen{p}.",
        "Til informasjon blir samtalen tatt opp{p}.",
        "Kundesenteret tar opp alle innkommende samtaler{p}.",
        "Vi har opptak på denne linja{p}.",
        "Frå no av tek vi opp samtalen{p}.",
        "Samtalen blir teken opp, berre så du veit det.",
        "Merk deg at denne samtalen blir tatt opp{p}.",
        "Samtalen tas opp og lagres{p}.",
    ],
    "notice_vague": [
        "Vi forbeholder oss retten til å ta opp samtaler{p}.",
        "Innkommande samtalar kan bli tekne opp{p}.",
        "Samtalen vår vil kanskje bli teken opp{p}.",
        "Utvalde samtalar blir tekne opp{p}.",
        "Vi tar stikkprøvevis opp noen av samtalene{p}.",
        "Det kan hende at vi tar opp samtalen{p}.",
        "Ditt anrop kan bli tatt opp{p}.",
    ],
    "notice_conditional": [
        "Dersom vi tar opp samtalen, får du alltid beskjed først.",
        "I tilfelle samtalen skal tas opp, sier jeg ifra.",
        "Blir samtalen teken opp, seier eg frå før det skjer.",
        "Skulle det bli nødvendig å ta opp samtalen, spør jeg deg først.",
        "Om vi ønskjer å ta opp samtalen, blir du beden om samtykke.",
    ],
    "purpose": [
        " for å sikre kvaliteten på rådgivninga vår",
        " til bruk i opplæringa av nye tilsette",
        " som dokumentasjon på det vi avtaler",
        " av hensyn til kvalitetssikring",
        " slik at vi kan bli flinkere til å hjelpe deg",
        " til bruk i den interne opplæringa vår",
        " for å kunne dokumentere avtalen i etterkant",
    ],
    "purpose_sentence": [
        "Formålet er å sikre kvaliteten i kundeservicen.",
        "Det gjer vi for å kunne lære opp nye tilsette.",
        "Det brukes kun til opplæring av de ansatte.",
        "Dette er slik at vi har dokumentasjon på avtalen.",
        "Vi gjør det av hensyn til opplæring og kvalitetskontroll.",
        "Hensikten er å gjøre kundebehandlinga vår bedre.",
    ],
    "request_long": [
        "Kan eg ta opp samtalen vår?",
        "Samtykker du i at vi gjør opptak av denne samtalen?",
        "Er du med på at vi tek opp denne praten?",
        "Har eg lov til å ta opp samtalen?",
        "Går det an at jeg tar opp praten vår?",
        "Er det i orden for deg at samtalen blir teken opp?",
        "Vil du gi samtykke til at vi gjør opptak av samtalen?",
    ],
    "request_short": [
        "Er det noko du er komfortabel med?",
        "Er du med på ei slik ordning?",
        "Gir du ditt samtykke til det?",
        "Går det greit for din del?",
        "Er det i orden for deg, da?",
        "Godtar du det, da?",
        "Kan du godkjenne det?",
    ],
    "request_negative": [
        "Blir det noko problem for deg at vi tek opp praten?",
        "Plager det deg om samtalen blir tatt opp?",
        "Har du nokon innvendingar mot opptak av samtalen?",
        "Har du noe imot opptak av samtalen?",
        "Gjer det deg noko om eg tek opp samtalen?",
        "Vil det vere problematisk for deg at samtalen blir teken opp?",
    ],
    "request_negative_short": [
        "Er det noe problem for din del?",
        "Plager det deg noe?",
        "Gjer det noko for deg?",
        "Har du noko imot det, då?",
        "Noen innvendinger mot det?",
        "Er det eit problem for deg?",
    ],
    "withdrawal_info": [
        "Du kan når som helst be oss om å slutte å ta opp samtalen.",
        "Ombestemmer du deg underveis, sier du bare ifra, så stopper vi opptaket og sletter det.",
        "Samtykket kan trekkjast tilbake kva tid som helst.",
        "Det er fullt mogleg å trekkje samtykket tilbake seinare i samtalen.",
        "Vil du at vi skal stoppe opptaket underveis, er det bare å si det.",
        "Du står fritt til å trekke tilbake samtykket ditt når du måtte ønske.",
        "Angrar du deg, kan du be meg skru av opptaket når som helst.",
    ],
    "objection_info": [
        "Vil du ikke bli tatt opp, sier du bare nei nå.",
        "Ønsker du ikke at samtalen blir tatt opp, kan du si fra før vi begynner.",
        "Du kan seie nei til opptak med ein gong.",
        "Om du ikkje vil ha opptak, seier du berre frå før vi startar.",
        "Du har rett til å motsette deg opptak før vi går i gang.",
        "Er du imot opptak, så si det nå, så lar vi være.",
    ],
    "retention": [
        "Lydopptaket blir oppbevart i 90 dager og deretter slettet.",
        "Opptaket vert lagra i inntil seks månader.",
        "Vi sletter opptaket automatisk etter to måneder.",
        "Opptak lagres i maksimalt tolv måneder.",
        "Etter 30 dagar blir opptaket sletta.",
        "Samtaleopptaket lagres i 60 dager før det slettes.",
    ],
    "coercion": [
        "Får vi ikke ta opp samtalen, kan jeg dessverre ikke opprette avtalen.",
        "Utan opptak kan vi ikkje fullføre bestillinga di over telefon.",
        "Sier du nei til opptak, blir jeg dessverre nødt til å avslutte samtalen.",
        "Opptak er et krav dersom du vil ha hjelp av oss i dag.",
        "Vil du ikke bli tatt opp, må du sende oss en e-post i stedet, for da kan jeg ikke hjelpe deg.",
        "Vi kan berre behandle skademeldinga di dersom samtalen blir teken opp.",
    ],
    "reply_given": [
        "Ja ja, det er greit – eg ringer om ei rekning eg har fått.",
        "Jada, det er heilt i orden, det.",
        "Øhm, ja, ok, det går fint.",
        "Ja, bare ta opp, du.",
        "Ja, null problem.",
        "Ja, det går greit. Jeg ringer fordi jeg vil stoppe en avtalegiro.",
        "Det kan jeg godt gå med på.",
        "Ja visst. Eg må få sletta det gamle kortet mitt i appen.",
        "Ja, det e greit, det.",
        "Ja, det går fint, æ har itj nå imot det.",
    ],
    "reply_condition": [
        "Ja, så lenge det ikkje blir sendt vidare til andre firma.",
        "Ok, men bare til opplæring, ikke noe annet.",
        "Greit nok, berre de slettar det når de er ferdige.",
        "Det er i orden, om det berre er dei tilsette hos dykk som høyrer på det.",
        "Ja da, men det må ikke brukes i reklame.",
        "Ja, viss det ikkje blir lagra lenger enn naudsynt.",
    ],
    "reply_refused": [
        "Nei, det har eg ikkje noko lyst til.",
        "Helst ikke, nei takk.",
        "Nei, det går jeg altså ikke med på.",
        "Det sier jeg pent nei takk til.",
        "Nei, ikkje ta opp dette, takk.",
        "Nei, det er ikke greit for meg.",
        "Næ, det vil æ itj.",
    ],
    "reply_ambiguous": [
        "Kven får høyre det etterpå?",
        "Øhm ... det må eg tenkje litt på.",
        "Det er egentlig det samme for meg.",
        "Mm, vet ikke jeg.",
        "Kor lenge lagrar de det, då?",
        "Eg skjønar ikkje heilt kva du meiner.",
    ],
    "neg_reply_given": [
        "Nei, ikke i det hele tatt, det er greit.",
        "Nei da, bare ta opp i vei.",
        "Overhodet ikke, det går helt fint.",
        "Næh, det er heilt i orden for meg.",
        "Nei, det gjer meg ingenting.",
        "Nei, det er greit. Jeg ringer fordi jeg vil stoppe et trekk på kontoen.",
        "Nei, æ har itj nå imot det.",
    ],
    "neg_reply_refused": [
        "Ja, det vil eg faktisk ikkje.",
        "Ja, eg vil ikkje at de tek opp.",
        "Ja, det liker eg eigentleg ikkje.",
        "Ja, jeg ønsker ikke opptak.",
        "Ja, la heller være å ta opp.",
        "Ja, helst ikke ta opp, takk.",
    ],
    "neg_reply_ambiguous": [
        "Kven skal lytte på det?",
        "Øh, det har eg aldri tenkt på.",
        "Det veit eg sanneleg ikkje.",
        "Hvorfor spør du om det?",
        "Hva betyr det for meg, da?",
    ],
    "ack_refused": [
        "Heilt i orden, eg skrur av opptaket.",
        "Det er notert, samtalen blir ikke tatt opp.",
        "Selvsagt, da tar vi ikke opp.",
        "Ok, opptaket er stoppa og sletta.",
        "Fint, då held vi fram utan opptak.",
    ],
    "business_agent": [
        "Hva gjelder henvendelsen din i dag?",
        "Kan eg få fødselsnummeret ditt?",
        "Jeg finner fram saken din.",
        "Kva adresse gjeld det?",
        "Har du saksnummeret tilgjengelig?",
    ],
    "business_customer": [
        "Eg har fått eit inkassokrav som eg meiner er feil.",
        "Varmepumpa vår bråkar noko heilt forferdeleg.",
        "Jeg skal flytte og må ta med meg strømavtalen.",
        "Jeg må endre timen min på torsdag.",
        "Eg fekk eit brev frå Skatteetaten som eg ikkje skjønar.",
        "Jeg er blitt belastet to ganger for samme regning.",
    ],
    "withdrawal": [
        "Eg har tenkt meg om, eg vil ikkje bli teken opp likevel.",
        "Skru av opptaket, jeg vil ikke bli tatt opp lenger.",
        "Beklager, men jeg angrer på at jeg sa ja til opptak.",
        "Kan du vere snill og slette opptaket de har gjort?",
        "Jeg vil at dere slutter å ta meg opp nå.",
        "Kan vi ta resten av samtalen uten opptak?",
        "Eg synest ikkje lenger det er greitt at samtalen blir teken opp.",
    ],
    "false_friend": [
        "Eg vil gjerne ta opp eit lån på 200 000.",
        "Kan dere stoppe papirfakturaene?",
        "Jeg vil trekke tilbake klagen min, det har ordnet seg.",
        "Slett den gamle e-postadressa mi frå systemet.",
        "Eg angrar på bestillinga, kan ho kansellerast?",
        "Stopp litt, eg må finne ein penn.",
        "Jeg vil ikke bli tatt opp i medlemsprogrammet deres likevel.",
        "Kan de ta opp att saka mi om straumbrotet?",
    ],
    "closing": [
        "Da er det på plass. Var det noko anna?",
        "Det noterer jeg meg. Noe annet jeg kan hjelpe med?",
        "Skjønner, det ser jeg på.",
        "Eg har sett det i gang.",
    ],
    "hello": [
        "Hallo? Er det nokon der?",
        "Er du fortsatt på linja?",
        "Eg høyrer ingenting, er du der?",
        "Hallo, jeg hører ikke noe svar.",
    ],
    "keypress_optin": [
        "Ønsker du å samtykke til opptak, tast 1. Ønsker du ikke det, tast 2.|1|2",
        "Godtar du at vi tar opp samtalen, trykk 7. Trykk 8 om du ikke godtar.|7|8",
        "Trykk 4 om vi får ta opp samtalen, og 5 om vi ikkje får det.|4|5",
        "Gir du oss lov til å ta opp samtalen? Tast 1 for ja eller 0 for nei.|1|0",
        "Kan samtalen takast opp? Ja: trykk 6. Nei: trykk 3.|6|3",
        "Vil du godta opptak av samtalen, tast 2 – ellers tast 1.|2|1",
    ],
    "keypress_optout": [
        "Ønsker du ikke at samtalen blir tatt opp, tast 8 nå.|8",
        "Trykk 5 dersom du vil velje bort opptak av samtalen.|5",
        "Vil du ikkje bli teken opp, trykk 1.|1",
        "Du kan si nei til opptak ved å taste 2.|2",
        "Er du imot opptak, trykk 6.|6",
        "Trykk 0 nå for å reservere deg mot opptak.|0",
    ],
}

for _bank, _held8 in ((DA, HELD8_DA), (NO, HELD8_NO)):
    for _slot, _words in _held8.items():
        _bank.setdefault(_slot, {})["held8"] = _words

# held9: written blind by a helper who did not read the phrase banks, the engine, the tests or the
# dev..held7 wordings; it worked from DOMAIN.md, the slot names and format of held8, and the code
# here that builds a call from its parts. Wordings modelled on sectors the earlier lists used less:
# pension funds, municipalities, hospitals and regions, car insurance and roadside assistance,
# internet/TV providers, housing associations, unions, online shops, travel and recruitment
# agencies; formal and colloquial, bokmål and nynorsk mixed, Danish with colloquial and jutlandic
# touches ("sgu", "altså", "jo", "æ", "ka'"). Passive and active notices, "lydoptagelse",
# "lydopptak", "spilt inn" / "innspilling"; purpose sentences that put the purpose first ("Af hensyn
# til ... er det fast praksis"); replies with hesitation, fillers and repetitions ("ja ja ja", "nej
# nej nej") and the errand after the yes, some errands holding "stoppe" / "slette"; a 'no' to a
# negatively phrased request built on "slet ikke" / "slett ikke" (not at all, not "delete");
# withdrawals worded as regret, orders, refusals and questions; coercion worded as consequences
# (hanging up, no roadside help, the back of the queue); false friends on the same verbs ("optage et
# lån", "optages på ventelisten", "takast opp i barnehagen", "trække skadesanmeldelsen tilbage",
# "avslutte medlemskapet"). Like held4 to held8 it draws key-press prompts, some naming the "no" key
# first and some with key 1 as the "no" or opt-out key.
HELD9_DA: dict[str, list[str]] = {
    "greeting": [
        "Goddag, PFA Pension, du taler med Henrik.",
        "Hej, det er Lotte fra Borgerservice i Aarhus Kommune.",
        "Akuttelefonen 1813, du taler med sygeplejerske Anne.",
        "Hej, Falck Vejhjælp, det er Kasper.",
        "Velkommen til Norlys kundeservice, du taler med Ida.",
        "Hej, det er Bo fra boligselskabet AAB.",
        "Goddag, 3F Aalborg, Jens her.",
        "Hej og velkommen til Spies Rejser, det er Line.",
    ],
    "notice_definite": [
        "Vi laver en lydoptagelse af samtalen{p}.",
        "Jeg gør dig opmærksom på, at opkaldet her bliver optaget{p}.",
        "Hos os optager vi alle telefonsamtaler{p}.",
        "Bare så du ved det, så kører der en optagelse af samtalen{p}.",
        "Vores samtale bliver altså optaget{p}.",
        "Der optages lyd af samtalen{p}.",
        "Samtalen her bliver jo optaget, det skal du lige vide.",
        "Jeg optager opkaldet{p}.",
    ],
    "notice_vague": [
        "Samtaler med kundeservice kan optages{p}.",
        "Vi optager en gang imellem vores kundesamtaler{p}.",
        "Opkaldet optages eventuelt{p}.",
        "Der er en mulighed for, at samtalen bliver optaget{p}.",
        "Enkelte opkald bliver optaget{p}.",
        "Det hænder, at vi laver lydoptagelser af vores opkald{p}.",
        "Dit opkald bliver formentlig optaget{p}.",
    ],
    "notice_conditional": [
        "Hvis samtalen skal optages, spørger jeg dig om lov først.",
        "Skal vi optage samtalen, siger jeg det, inden vi går i gang.",
        "I det tilfælde at vi skal lave en lydoptagelse, får du besked på forhånd.",
        "Hvis det bliver aktuelt at optage samtalen, hører du det fra mig først.",
        "Skulle vi få brug for en optagelse, beder vi om dit samtykke først.",
        "Optager vi samtalen, får du det at vide inden.",
    ],
    "purpose": [
        " for at kunne dokumentere, hvad vi har aftalt",
        " til intern oplæring af vores rådgivere",
        " så vi hele tiden kan gøre vores service for medlemmerne bedre",
        " med henblik på at udvikle kvaliteten i vores vejledning",
        " til brug i undervisningen af nye sagsbehandlere",
        " af hensyn til dokumentation af din sag",
        " til brug i vores interne uddannelsesforløb",
    ],
    "purpose_sentence": [
        "Af hensyn til kvalitetssikring og oplæring er det fast praksis hos os.",
        "Det er for at vi kan lære nye medarbejdere op.",
        "Vi bruger det til at udvikle kvaliteten af vores rådgivning.",
        "Det handler om at kunne dokumentere, hvad der bliver sagt.",
        "Formålet er at uddanne vores sagsbehandlere.",
        "Det er udelukkende til træning og kvalitetskontrol.",
        "Grunden er, at vi skal kunne dokumentere de aftaler, vi laver med dig.",
    ],
    "request_long": [
        "Vil du acceptere, at vi laver en lydoptagelse af samtalen?",
        "Er det okay, at jeg optager vores samtale?",
        "Må vi optage det her opkald?",
        "Giver du os lov til at lave en lydoptagelse af opkaldet?",
        "Er du indforstået med, at vores snak her bliver optaget?",
        "Vil du sige ja til, at jeg optager det her opkald?",
        "Kan jeg få dit samtykke til at optage samtalen?",
        "Vil det være i orden, at jeg optager samtalen?",
    ],
    "request_short": [
        "Er det i orden med dig, at vi gør sådan?",
        "Er det okay, at vi gør det?",
        "Vil du acceptere det?",
        "Kan du sige ja til det?",
        "Er det noget, du vil sige ja til?",
        "Kan du være indforstået med det?",
        "Har vi dit samtykke til det?",
        "Må vi gerne det?",
    ],
    "request_negative": [
        "Har du noget imod, at vi laver en lydoptagelse af samtalen?",
        "Er der noget i vejen for, at vi optager samtalen?",
        "Gør det noget, hvis samtalen her bliver optaget?",
        "Har du nogen betænkeligheder ved, at vi optager opkaldet?",
        "Vil du modsætte dig, at samtalen bliver optaget?",
        "Er du imod, at vi optager samtalen?",
        "Har du noget at indvende mod, at vi optager samtalen?",
    ],
    "request_negative_short": [
        "Har du egentlig noget imod det?",
        "Er der noget i vejen for det?",
        "Er du imod det?",
        "Gør det noget for dig?",
        "Nogen betænkeligheder ved det?",
        "Vil du modsætte dig det?",
        "Har du noget at indvende mod det?",
    ],
    "withdrawal_info": [
        "Du kan på et hvilket som helst tidspunkt bede os om at slukke for optagelsen.",
        "Hvis du ombestemmer dig undervejs, så sig til, så sletter vi optagelsen med det samme.",
        "Dit samtykke kan altid trækkes tilbage, også midt i samtalen.",
        "Du kan når som helst i løbet af samtalen sige stop, så sletter vi optagelsen.",
        "Du har til enhver tid ret til at tilbagekalde dit samtykke til optagelsen.",
        "Du kan altså godt sige fra senere, så slukker vi for optagelsen.",
        "Samtykket gælder kun, så længe du vil – du kan trække det tilbage, når det skal være.",
    ],
    "objection_info": [
        "Ønsker du ikke en lydoptagelse, skal du sige det nu, inden vi går videre.",
        "Hvis du hellere vil være fri for optagelse, så sig det, inden vi starter.",
        "Du kan sige nej til optagelsen her og nu.",
        "Vil du ikke have optagelse, så giv besked nu, før vi går i gang.",
        "Du kan afvise optagelse, før vi går i gang med din sag.",
        "Foretrækker du, at vi ikke optager, så sig det nu, inden vi fortsætter.",
    ],
    "retention": [
        "Lydoptagelser gemmes i 45 dage og slettes derefter automatisk.",
        "Vi opbevarer optagelser i højst tre måneder.",
        "Optagelsen bliver liggende i vores system i 14 dage, så bliver den slettet.",
        "Efter et år slettes optagelsen.",
        "Optagelserne bliver gemt i seks uger.",
        "Optagelsen gemmes, indtil din sag er afsluttet, dog højst et år.",
    ],
    "coercion": [
        "Uden optagelse kan jeg ikke registrere din skadesanmeldelse, så det er nødvendigt.",
        "Hvis du ikke vil optages, må jeg desværre lægge på.",
        "Siger du nej til optagelsen, kan vi ikke sende en vejhjælper ud til dig.",
        "Vi behandler kun ansøgningen, hvis vi må optage samtalen.",
        "Optagelsen er en betingelse for, at vi kan hjælpe dig i dag.",
        "Vil du ikke optages, må du møde op personligt, for over telefonen kan vi ikke hjælpe dig.",
        "Siger du nej til optagelse, kommer du desværre bagerst i køen igen.",
    ],
    "reply_given": [
        "Ja ja ja, det er helt fint.",
        "Ja, det må du sgu da gerne.",
        "Jamen ja, det er okay. Jeg ringer, fordi jeg skal have stoppet min indboforsikring.",
        "Ja, det er fint med mig, altså. Jeg skal høre om min pensionsudbetaling.",
        "Mm, ja, det er i orden – min bil er gået i stå på motorvejen.",
        "Ja, det har jeg ikke noget imod.",
        "Ja, det er i orden. Og så vil jeg gerne have slettet min gamle profil hos jer.",
        "Ja, det ka' æ godt gå med til.",
    ],
    "reply_condition": [
        "Ja, hvis det kun er til oplæring.",
        "Okay, så længe I ikke giver den videre til nogen.",
        "Det er fint, men I skal slette den, når sagen er lukket.",
        "Ja, bare den ikke bliver brugt imod mig bagefter.",
        "Ja ja, men kun hvis den bliver hos jer selv.",
        "Fint nok, hvis I ikke gemmer den i flere år.",
    ],
    "reply_refused": [
        "Nej, det vil jeg altså ikke være med til.",
        "Nej tak, ingen optagelse til mig.",
        "Det vil jeg ikke, nej.",
        "Nej nej, det skal I ikke.",
        "Øh, nej, det bryder jeg mig ikke om.",
        "Nej, lad vær' med det.",
        "Det vil jeg nu helst være fri for, nej.",
    ],
    "reply_ambiguous": [
        "Hvad skal I egentlig bruge den optagelse til?",
        "Tjo ... øhm.",
        "Det er jeg sgu lidt i tvivl om.",
        "Kommer der nogen udenforstående til at høre den?",
        "Hmm, det kommer an på, hvad I bruger den til.",
        "Jamen altså ... det ved jeg ikke rigtig.",
    ],
    "neg_reply_given": [
        "Nej, slet ikke, det er i orden.",
        "Nej nej nej, det er helt fint.",
        "Nej da, det går fint. Jeg ringer om min husleje.",
        "Øh nej, det er okay.",
        "Nej, overhovedet ikke. Jeg vil høre, om jeg kan stoppe min indbetaling til pensionen.",
        "Nej, det er helt okay med mig.",
        "Næ, det er sgu fint.",
    ],
    "neg_reply_refused": [
        "Ja, jeg vil ikke optages.",
        "Ja, helt ærligt vil jeg helst ikke have det.",
        "Ja, det er ærlig talt ikke noget, jeg bryder mig om.",
        "Øh, ja, lad være med at optage, tak.",
        "Ja, det vil jeg sgu helst være fri for.",
        "Ja, det er jeg altså ikke tryg ved.",
    ],
    "neg_reply_ambiguous": [
        "Hvad skal I med den?",
        "Tja, det ved jeg ikke helt.",
        "Hmm, må jeg tænke over det?",
        "Det kommer vel an på det.",
        "Øh, hvad mener du?",
    ],
    "ack_refused": [
        "Det er helt fint, så optager vi ikke samtalen.",
        "Forstået, jeg har lige slået lydoptagelsen fra.",
        "Okay, der bliver ikke lavet nogen optagelse.",
        "Selvfølgelig. Optagelsen er stoppet, og det optagne er slettet.",
        "Det respekterer vi, så fortsætter vi uden lydoptagelse.",
    ],
    "business_agent": [
        "Hvad ringer du angående i dag?",
        "Må jeg bede om dit medlemsnummer?",
        "Hvor holder bilen henne lige nu?",
        "Kan du bekræfte din fødselsdato?",
        "Hvilket ordrenummer drejer det sig om?",
        "Jeg slår lige din bilforsikring op.",
    ],
    "business_customer": [
        "Min bil er gået i stå på E45 ved Vejle.",
        "Jeg har ikke haft internet siden i går aftes.",
        "Der er skimmelsvamp i badeværelset i min lejlighed.",
        "Jeg vil gerne vide, hvornår jeg kan gå på pension.",
        "Min pakke fra jer er aldrig kommet frem.",
        "Jeg har fået en indkaldelse til scanning, men tiden passer mig ikke.",
        "Min chef vil ikke betale mig for overarbejde.",
    ],
    "withdrawal": [
        "Ved du hvad, jeg har fortrudt det med optagelsen – sluk den venligst.",
        "Stop lige lydoptagelsen, tak.",
        "Kan I slette optagelsen af den her samtale? Jeg vil ikke have den liggende.",
        "Jeg vil altså ikke optages alligevel.",
        "Jeg vil gerne trække samtykket til lydoptagelsen tilbage.",
        "Må jeg bede dig om at stoppe med at optage nu?",
        "Du må ikke optage mere af det her, jeg har skiftet mening.",
    ],
    "false_friend": [
        "Jeg vil gerne stoppe min indbetaling til pensionen.",
        "Kan jeg trække min ansøgning om boligstøtte tilbage?",
        "Min datter skal ikke optages på ventelisten alligevel.",
        "Slet venligst min ordre fra i går, den blev bestilt ved en fejl.",
        "Jeg vil gerne afslutte mit medlemskab af a-kassen.",
        "Jeg vil gerne trække skadesanmeldelsen tilbage, bilen fejlede ikke noget alligevel.",
        "Kan I stoppe trækket af huslejen i december?",
        "Jeg vil ikke optage lånet alligevel, renten er for høj.",
    ],
    "closing": [
        "Det har jeg noteret. Er der andet?",
        "Så sender jeg en bekræftelse på mail.",
        "Jeg sørger for, at det bliver ordnet.",
        "Fint, så har jeg det hele. Hav en god dag.",
    ],
    "hello": [
        "Hallo, er du der endnu, eller er vi blevet afbrudt?",
        "Hører du mig?",
        "Hallo? Jeg kan ikke høre dig længere.",
        "Er der nogen i den anden ende?",
    ],
    "keypress_optin": [
        "Hvis du accepterer, at samtalen bliver optaget, så tast 1. Hvis ikke, tast 9.|1|9",
        "Tast 3 for at sige ja til lydoptagelse eller 4 for at sige nej.|3|4",
        "Må vi optage opkaldet? Tryk 2 for nej og 1 for ja.|1|2",
        "Giv samtykke til optagelse med tast 5. Ønsker du ikke optagelse, tast 6.|5|6",
        "Er det i orden, at vi optager? Tast 0 for ja, tast 1 for nej.|0|1",
        "Vil du give lov til optagelse af samtalen, så tryk 8, ellers tryk 7.|8|7",
    ],
    "keypress_optout": [
        "Tast 9, hvis du ikke vil have samtalen optaget.|9",
        "Frabeder du dig optagelse, så tryk 3 nu.|3",
        "Tryk 1 for at undgå, at opkaldet bliver optaget.|1",
        "Hvis du ikke ønsker lydoptagelse, kan du taste 4 nu.|4",
        "Vælg optagelse fra ved at taste 7.|7",
        "Sig nej tak til optagelse ved at trykke 0.|0",
    ],
}
HELD9_NO: dict[str, list[str]] = {
    "greeting": [
        "Hei, du har kommet til KLP, det er Eirik.",
        "Bergen kommune, servicetorget, du snakkar med Solveig.",
        "God dag, Helse Bergen, pasientreiser, Marte her.",
        "Hei, NAF Veihjelp, du snakker med Thomas.",
        "Velkommen til Altibox kundeservice, du snakker med Nora.",
        "Hei, OBOS, det er Kari.",
        "Fagforbundet, god dag, eg heiter Ola.",
        "Hei, det er Jonas fra Manpower.",
    ],
    "notice_definite": [
        "Vi gjør lydopptak av denne samtalen{p}.",
        "Denne telefonsamtalen vert teken opp{p}.",
        "Jeg gjør deg oppmerksom på at samtalen blir tatt opp{p}.",
        "Hos oss tar vi opp alle telefonsamtaler{p}.",
        "Berre så du veit det: samtalen blir teken opp{p}.",
        "Samtalen blir altså tatt opp{p}.",
        "Samtalen blir spilt inn, det skal du vite.",
        "Vi gjer ei innspeling av samtalen{p}.",
    ],
    "notice_vague": [
        "Samtalar med kundesenteret kan takast opp{p}.",
        "Vi tar av og til opp samtalene våre{p}.",
        "Anropet ditt blir eventuelt spilt inn{p}.",
        "Det kan vere at vi gjer lydopptak av samtalen{p}.",
        "Enkelte samtaler blir spilt inn{p}.",
        "Det hender at vi tar opp samtaler med medlemmene{p}.",
        "Samtalen blir kanskje spelt inn{p}.",
    ],
    "notice_conditional": [
        "Om samtalen skal takast opp, spør eg deg om lov først.",
        "Skal vi ta opp samtalen, sier jeg fra før vi begynner.",
        "I det tilfellet at vi gjør lydopptak, får du beskjed på forhånd.",
        "Dersom det blir aktuelt å ta opp samtalen, høyrer du det frå meg først.",
        "Skulle vi trenge et opptak, ber vi om samtykket ditt først.",
        "Tar vi opp samtalen, får du vite det før.",
    ],
    "purpose": [
        " slik at vi kan dokumentere avtalen vi kommer fram til",
        " til intern opplæring av rådgjevarane våre",
        " slik at vi stadig kan forbedre kundeservicen vår",
        " med tanke på kvalitetsutvikling",
        " til bruk i undervisninga av nye saksbehandlarar",
        " av omsyn til dokumentasjon av saka di",
        " til bruk i de interne kursene våre",
    ],
    "purpose_sentence": [
        "Av hensyn til kvalitetssikring og opplæring er det fast praksis hos oss.",
        "Det er for at vi skal kunne lære opp nye medarbeidere.",
        "Vi bruker det til å utvikle kvaliteten på rådgivninga.",
        "Det handlar om å kunne dokumentere kva som blir sagt.",
        "Formålet er å lære opp saksbehandlarane våre.",
        "Det er utelukkende til opplæring og kvalitetskontroll.",
        "Grunnen er at vi må kunne dokumentere avtalene vi gjør med deg.",
    ],
    "request_long": [
        "Vil du godta at vi gjør lydopptak av samtalen?",
        "Er det greitt at eg tek opp samtalen vår?",
        "Får vi ta opp denne samtalen?",
        "Gir du lov til at samtalen blir spilt inn?",
        "Er du innforstått med at vi tek opp samtalen?",
        "Sier du ja til at vi tar opp samtalen?",
        "Kan eg få samtykket ditt til å ta opp samtalen?",
        "Vil det være i orden for deg at jeg tar opp samtalen?",
    ],
    "request_short": [
        "Er det ok for deg at vi gjør det slik?",
        "Er det greitt at vi gjer det?",
        "Vil du godta det?",
        "Kan du si ja til det?",
        "Er det noe du vil samtykke til?",
        "Er du innforstått med det?",
        "Har vi samtykket ditt til det?",
        "Får vi lov til det, då?",
    ],
    "request_negative": [
        "Har du noe imot at vi gjør lydopptak av samtalen?",
        "Er det noko i vegen for at vi tek opp samtalen?",
        "Gjør det noe om samtalen blir tatt opp?",
        "Har du noen betenkeligheter med at vi tar opp samtalen?",
        "Vil du motsette deg at samtalen blir spilt inn?",
        "Er du imot at vi tar opp samtalen?",
        "Har du noko å innvende mot at vi tek opp samtalen?",
    ],
    "request_negative_short": [
        "Har du egentlig noe imot det?",
        "Er det noko i vegen for det?",
        "Er du imot det?",
        "Gjør det noe for din del?",
        "Noen betenkeligheter med det?",
        "Vil du motsette deg det?",
        "Har du noko å innvende mot det?",
    ],
    "withdrawal_info": [
        "Du kan på et hvilket som helst tidspunkt be oss skru av opptaket.",
        "Om du angrar deg undervegs, seier du berre frå, så slettar vi opptaket med ein gong.",
        "Samtykket ditt kan alltid trekkes tilbake, også midt i samtalen.",
        "Du kan når som helst i løpet av samtalen si stopp, så sletter vi opptaket.",
        "Du har til ei kvar tid rett til å trekkje tilbake samtykket til opptaket.",
        "Du kan godt seie frå seinare òg, så skrur vi av opptaket.",
        "Samtykket gjelder bare så lenge du vil – du kan trekke det tilbake når det måtte være.",
    ],
    "objection_info": [
        "Ønsker du ikke lydopptak, må du si det nå, før vi går videre.",
        "Vil du heller sleppe opptak, så sei frå før vi startar.",
        "Du kan si nei til opptaket her og nå.",
        "Vil du ikke ha opptak, gi beskjed nå, før vi setter i gang.",
        "Du kan avvise opptak før vi går i gang med saka di.",
        "Føretrekkjer du at vi ikkje tek opp, så sei det no, før vi held fram.",
    ],
    "retention": [
        "Lydopptak lagres i 45 dager og slettes så automatisk.",
        "Vi oppbevarer opptak i maksimalt tre måneder.",
        "Opptaket blir liggjande i systemet vårt i 14 dagar, så blir det sletta.",
        "Etter eitt år vert opptaket sletta.",
        "Opptakene blir lagret i seks uker.",
        "Opptaket lagres til saken din er avsluttet, men ikke lenger enn ett år.",
    ],
    "coercion": [
        "Uten opptak kan jeg ikke registrere skademeldingen din, så det er nødvendig.",
        "Vil du ikkje bli teken opp, må eg dessverre leggje på.",
        "Sier du nei til opptaket, kan vi ikke sende ut en veihjelper til deg.",
        "Vi behandlar berre søknaden dersom vi får ta opp samtalen.",
        "Opptak er en forutsetning for at vi kan hjelpe deg i dag.",
        "Vil du ikke tas opp, må du møte opp personlig, for på telefon kan vi ikke hjelpe deg.",
        "Seier du nei til opptak, hamnar du dessverre bakerst i køen igjen.",
    ],
    "reply_given": [
        "Ja ja ja, det er heilt greitt.",
        "Æh, ja, det går bra.",
        "Ja, det kan du fint gjøre.",
        "Jada, det er ok. Jeg ringer fordi jeg vil stoppe innboforsikringen min.",
        "Ja, det er greitt for meg, altså. Eg lurer på når eg kan ta ut pensjon.",
        "Mm, ja, det er i orden – bilen min har stoppa på E6-en.",
        "Ja, det har eg ikkje noko imot.",
        "Ja, det går fint. Og så vil jeg gjerne slette den gamle profilen min hos dere.",
        "Ja, det e heilt greit, det.",
    ],
    "reply_condition": [
        "Ja, dersom det berre er til opplæring.",
        "Ok, så lenge dere ikke gir det videre til noen.",
        "Det er greit, men de må slette det når saka er avslutta.",
        "Ja, bare det ikke blir brukt mot meg etterpå.",
        "Ja ja, men berre om det blir verande hos dykk.",
        "Greit nok, om dere ikke lagrer det i flere år.",
    ],
    "reply_refused": [
        "Nei, det vil jeg altså ikke være med på.",
        "Nei takk, ikke noe opptak på meg.",
        "Det vil eg ikkje, nei.",
        "Nei nei, det skal dere ikke.",
        "Øh, nei, det liker jeg ikke.",
        "Nei, la vere med det.",
        "Det vil eg nok helst sleppe, nei.",
    ],
    "reply_ambiguous": [
        "Kva skal de eigentleg bruke det opptaket til?",
        "Tjaa ... øhm.",
        "Det er eg litt usikker på, altså.",
        "Kommer noen utenforstående til å høre det?",
        "Hmm, det kjem an på kva de skal bruke det til.",
        "Tja, altså ... jeg vet ikke helt.",
    ],
    "neg_reply_given": [
        "Nei, slett ikke, det er i orden.",
        "Nei nei nei, det er heilt greitt.",
        "Nei da, det går fint. Jeg ringer om husleia.",
        "Øh, nei, det går bra.",
        "Nei, ikkje i det heile. Eg lurer på om eg kan stoppe innbetalinga til pensjonen.",
        "Nei, det er helt ok.",
        "Nei, det er fint for meg.",
    ],
    "neg_reply_refused": [
        "Ja, eg vil ikkje bli teken opp.",
        "Ja, ærlig talt vil jeg helst ikke det.",
        "Ja, det liker eg ikkje noko særleg.",
        "Øh, ja, la være å ta opp, takk.",
        "Ja, det vil eg helst sleppe.",
        "Ja, jeg er ikke komfortabel med det.",
    ],
    "neg_reply_ambiguous": [
        "Kva skal de med det?",
        "Tja, det veit eg ikkje heilt, eigentleg.",
        "Hmm, kan jeg tenke litt på det?",
        "Det kommer vel an på.",
        "Øh, hva mener du?",
    ],
    "ack_refused": [
        "Det er heilt greitt, då tek vi ikkje opp samtalen.",
        "Skjønner, jeg har slått av opptaket.",
        "Ok, det blir ikke gjort noe opptak.",
        "Sjølvsagt. Opptaket er stoppa, og det som vart teke opp er sletta.",
        "Det respekterer vi, så vi fortsetter uten lydopptak.",
    ],
    "business_agent": [
        "Hva ringer du angående i dag?",
        "Kan eg få medlemsnummeret ditt?",
        "Hvor står bilen nå?",
        "Kan du stadfeste fødselsdatoen din?",
        "Kva ordrenummer gjeld det?",
        "Jeg slår opp bilforsikringen din.",
    ],
    "business_customer": [
        "Bilen har stoppa på E18 ved Sandvika.",
        "Eg har ikkje hatt internett sidan i går kveld.",
        "Det er muggsopp på badet i leiligheten min.",
        "Jeg lurer på når jeg kan gå av med pensjon.",
        "Pakken eg bestilte hos dykk har aldri kome fram.",
        "Eg har fått innkalling til MR, men timen passar ikkje.",
        "Sjefen min vil ikke betale meg for overtid.",
    ],
    "withdrawal": [
        "Vet du hva, jeg har angret på det med opptaket – skru det av, er du snill.",
        "Stopp lydopptaket, takk.",
        "Kan de slette opptaket av denne samtalen? Eg vil ikkje at det skal liggje der.",
        "Eg vil altså ikkje bli teken opp likevel.",
        "Jeg vil trekke tilbake samtykket til lydopptaket.",
        "Kan eg be deg slutte å ta opp no?",
        "Du får ikke ta opp mer av dette, jeg har ombestemt meg.",
    ],
    "false_friend": [
        "Eg vil gjerne stoppe innbetalinga til pensjonen.",
        "Kan jeg trekke tilbake søknaden om bostøtte?",
        "Dottera mi skal ikkje takast opp i barnehagen likevel.",
        "Slett bestillingen min fra i går, den ble lagt inn ved en feil.",
        "Jeg vil avslutte medlemskapet mitt i fagforeningen.",
        "Eg trekkjer skademeldinga tilbake, bilen var heilt fin likevel.",
        "Kan dere stoppe trekket for husleia i desember?",
        "Jeg vil ikke ta opp lånet likevel, renten er for høy.",
    ],
    "closing": [
        "Det har eg notert. Var det noko meir?",
        "Da sender jeg en bekreftelse på e-post.",
        "Eg syter for at det blir ordna.",
        "Fint, då har eg alt eg treng. Ha ein fin dag.",
    ],
    "hello": [
        "Hallo, er du der enno, eller har vi mista sambandet?",
        "Hører du meg, hallo?",
        "Hallo? Jeg hører deg ikke lenger.",
        "Er det noen i andre enden?",
    ],
    "keypress_optin": [
        "Godtar du at samtalen blir tatt opp, tast 1. Hvis ikke, tast 9.|1|9",
        "Tast 3 for å seie ja til lydopptak eller 4 for å seie nei.|3|4",
        "Får vi ta opp samtalen? Trykk 2 for nei og 1 for ja.|1|2",
        "Gi samtykke til opptak med tast 5. Ønsker du ikke opptak, tast 6.|5|6",
        "Er det greitt at vi tek opp? Tast 0 for ja, tast 1 for nei.|0|1",
        "Vil du gi lov til opptak av samtalen, trykk 8, ellers trykk 7.|8|7",
    ],
    "keypress_optout": [
        "Tast 9 om du ikke vil at samtalen skal tas opp.|9",
        "Vil du sleppe opptak, trykk 3 no.|3",
        "Trykk 1 for å unngå at samtalen blir spilt inn.|1",
        "Ønsker du ikke lydopptak, kan du taste 4 nå.|4",
        "Velg bort opptak ved å taste 7.|7",
        "Sei nei takk til opptak ved å trykkje 0.|0",
    ],
}

for _bank, _held9 in ((DA, HELD9_DA), (NO, HELD9_NO)):
    for _slot, _words in _held9.items():
        _bank.setdefault(_slot, {})["held9"] = _words

# held10: written blind by a helper who did not read the phrase banks, the engine, the tests or the
# dev..held8 wordings; it worked from DOMAIN.md, the slot names and format of held9, and the code
# here that builds a call from its parts. Styles the earlier lists used less: short, clipped
# call-centre speech ("Kundeservice, Mads.", "Noget imod optagelse?"); elderly and hesitant callers
# ("Åh, jamen ja da, min ven", "vennen"); formal public-sector wording read aloud ("De", "Deres",
# "hermed", "såfremt"); Norwegian that mixes bokmål, nynorsk and dialect spellings ("æ", "itj",
# "nåkka", "kem", "viss"); Danish with "altså", "lige", "sgu". Replies with self-corrections
# ("Nej, øh – jo, jo, det er fint", "Ja – nej, undskyld, det vil jeg ikke") and echoes ("Optage? Ja,
# fint nok"); negatively phrased requests built on "er det et problem", "generer det dig" /
# "plager det deg" as well as "noget imod"; withdrawals worded as complaints, regret, formal notice
# and questions that ask to stop; coercion as consequences (write in instead, case closed); false
# friends on the same verbs and nouns about other things ("optagelse på pædagoguddannelsen",
# "opptaket til sykepleierstudiet", consent to a newsletter withdrawn, "ta opp ein klage"). Like
# held4 to held9 it draws key-press prompts, some naming the "no" key first.
HELD10_DA: dict[str, list[str]] = {
    "greeting": [
        "Kundeservice, Mads.",
        "Goddag, Udbetaling Danmark, De taler med Birgitte Holm.",
        "Halløj, du taler med Rasmus hos Fjernvarmen.",
        "Goddag og velkommen til Borgerservice i Odense Kommune, det er Hanne.",
    ],
    "notice_definite": [
        "Det her opkald optages altså{p}.",
        "Vi gør opmærksom på, at denne samtale optages{p}.",
        "Der bliver lavet en optagelse af den her samtale{p}.",
        "Bare så du ved det: jeg optager samtalen{p}.",
        "Vi optager lige samtalen{p}, altså.",
        "Samtalen optages, skal jeg lige sige.",
    ],
    "notice_vague": [
        "Vores samtaler kan i visse tilfælde blive optaget{p}.",
        "Vi optager stikprøvevis nogle af vores samtaler{p}.",
        "Det er ikke sikkert, men samtalen bliver måske optaget{p}.",
        "Vi kan foretage optagelse af telefonsamtaler{p}.",
        "Opkald hos os optages af og til{p}.",
        "Samtalen bliver muligvis optaget{p}.",
    ],
    "notice_conditional": [
        "Hvis vi optager, siger jeg til først.",
        "Såfremt samtalen skal optages, vil De blive spurgt forinden.",
        "Hvis det bliver nødvendigt at optage samtalen, får du besked, inden det sker.",
        "Skulle samtalen blive optaget, så siger jeg det lige først.",
        "Hvis vi får brug for at optage, spørger vi dig først, altså.",
    ],
    "purpose": [
        " til oplæring af nye kolleger",
        " så vi kan blive bedre til at hjælpe folk som dig",
        " af hensyn til kvalitetssikringen",
        " til dokumentation af henvendelsen",
        " med det formål at uddanne vores personale",
        " så vi lige kan tjekke, at du har fået det rigtige svar",
    ],
    "purpose_sentence": [
        "Det er til oplæring af nye kolleger.",
        "Formålet er kvalitetssikring.",
        "Hensigten er at dokumentere sagsbehandlingen.",
        "Det bruger vi til at uddanne personalet, altså.",
        "Det er kun, så vi kan lære af det og blive bedre.",
        "Formålet er at kunne dokumentere din henvendelse.",
    ],
    "request_long": [
        "Må jeg lige optage samtalen?",
        "Er det i orden, hvis jeg optager samtalen, altså?",
        "Vil De give Deres samtykke til, at samtalen optages?",
        "Optagelse af samtalen – okay med dig?",
        "Må vi optage, mens vi snakker?",
        "Kan jeg få lov til at optage vores samtale, du?",
    ],
    "request_short": [
        "Okay med dig, altså?",
        "Er det i orden, altså?",
        "Giver De Deres samtykke til det?",
        "Er du med på det, du?",
        "Kan det gå an for dig?",
        "Må jeg godt det, du?",
    ],
    "request_negative": [
        "Har du noget imod, at jeg lige optager samtalen?",
        "Har De indvendinger imod, at samtalen optages?",
        "Noget imod optagelse?",
        "Er det et problem for dig, hvis vi optager samtalen?",
        "Generer det dig, at vi optager samtalen?",
        "Har du noget imod at blive optaget, altså?",
    ],
    "request_negative_short": [
        "Noget imod det?",
        "Har De indvendinger imod det?",
        "Er det et problem for dig, altså?",
        "Generer det dig overhovedet?",
        "Har du noget imod det, altså?",
    ],
    "withdrawal_info": [
        "Du kan altid sige stop til optagelsen undervejs.",
        "De kan til enhver tid tilbagekalde Deres samtykke, og optagelsen vil da blive slettet.",
        "Fortryder du senere, så sig bare til, så stopper vi optagelsen og sletter den.",
        "Vil du have optagelsen stoppet senere i samtalen, så sig det bare.",
        "Samtykket kan trækkes tilbage når som helst.",
        "Du kan lige sige til, hvis du vil have os til at stoppe optagelsen – også midt i det hele.",
    ],
    "objection_info": [
        "Vil du ikke optages, så sig det nu.",
        "Ønsker De ikke, at samtalen optages, bedes De oplyse det nu, før vi går videre.",
        "Sig til nu, hvis du ikke vil have optagelse.",
        "Inden vi starter: sig til, hvis du ikke vil optages.",
        "Hvis du er imod optagelse, så sig det lige nu, inden vi går i gang.",
    ],
    "retention": [
        "Optagelserne slettes efter 60 dage.",
        "Vi gemmer optagelsen i tre måneder, så bliver den slettet.",
        "Optagelsen opbevares i seks måneder i henhold til vores slettepolitik.",
        "Optagelser bliver slettet efter en måned.",
        "Optagelsen ligger hos os i 30 dage, og så ryger den.",
        "Vi sletter optagelser efter to uger.",
    ],
    "coercion": [
        "Uden optagelse kan vi ikke tage imod din klage.",
        "Vil du ikke optages, må du skrive til os i stedet – telefonisk kan vi ikke behandle sagen.",
        "Vi kan kun hjælpe dig, hvis samtalen bliver optaget.",
        "Siger du nej til optagelse, lukker vi sagen.",
        "Uden optagelse ingen rådgivning, desværre.",
        "Afviser De optagelse, kan vi ikke behandle Deres henvendelse telefonisk.",
    ],
    "reply_given": [
        "Ja ja, bare optag.",
        "Optage? Ja, fint nok.",
        "Nej, øh – jo, jo, det er fint, altså.",
        "Åh, jamen ja da, det må I gerne, min ven.",
        "Ja, det er i orden. Jeg ringer, fordi min varmeregning er alt for høj.",
        "Ja, det er sgu fint. Jeg skal lige have slettet et gammelt betalingskort.",
    ],
    "reply_condition": [
        "Ja, så længe det kun er jer selv, der hører den.",
        "Okay, hvis den bliver slettet bagefter.",
        "Ja, men kun til oplæring, altså.",
        "Fint, bare den ikke ryger videre til andre.",
        "Ja, hvis I lover, at den ikke bliver brugt til andet.",
    ],
    "reply_refused": [
        "Nej, det gider jeg ikke.",
        "Optage? Nej, det vil jeg ikke.",
        "Nej, øh – nej, det vil jeg helst ikke, nej.",
        "Nej, det synes jeg ikke om. Lad være med at optage.",
        "Nej, det må De ikke.",
        "Ja – nej, undskyld, det vil jeg ikke alligevel.",
    ],
    "reply_ambiguous": [
        "Hvem hører den bagefter?",
        "Tjah, det ved jeg sgu ikke.",
        "Hmm, det må jeg lige tænke over.",
        "Hvad siger du? Optage hvad?",
        "Øh, hvad betyder det for mig?",
        "Åh, det forstår jeg mig ikke rigtig på.",
    ],
    "neg_reply_given": [
        "Nej, ikke spor, I må gerne optage.",
        "Nej da, kør bare på.",
        "Næh, overhovedet ikke.",
        "Nej nej, det gør ikke noget.",
        "Nej da, min ven, det må I gerne.",
        "Nej, det er okay. Jeg ringer, fordi jeg vil stoppe min avis.",
    ],
    "neg_reply_refused": [
        "Ja, faktisk. Jeg vil ikke optages, altså.",
        "Ja, altså – jeg vil helst ikke optages.",
        "Optage? Ja, det har jeg noget imod.",
        "Ja, det vil jeg sgu ikke have.",
        "Ja, ærligt talt – lad være med at optage det her.",
    ],
    "neg_reply_ambiguous": [
        "Tja, hvad skal I bruge den til?",
        "Øh, det ved jeg sgu ikke.",
        "Hvorfor spørger du lige om det?",
        "Hmm ... hvem skal høre den?",
        "Åh, det ved jeg ikke rigtig, du.",
    ],
    "ack_refused": [
        "Helt i orden, vi optager ikke.",
        "Forstået – optagelsen er slået fra.",
        "Okay, så slukker jeg lige for optagelsen.",
        "Det er noteret. Der foretages ingen optagelse af samtalen.",
        "Fint, så stopper vi optagelsen og sletter det, der er optaget.",
    ],
    "business_agent": [
        "CPR-nummer, tak.",
        "Har du dit kundenummer ved hånden?",
        "Hvad er dit sagsnummer?",
        "Hvilken adresse er det, det drejer sig om?",
        "Jeg kigger lige på din sag.",
    ],
    "business_customer": [
        "Jeg har fået et brev fra kommunen, som jeg ikke forstår.",
        "Min hjemmehjælp er ikke kommet i dag.",
        "Vores varmtvandsbeholder drypper.",
        "Jeg skal have fornyet mit pas.",
        "MitID virker sgu ikke på min nye telefon.",
        "Jeg har fået den samme regning to gange.",
    ],
    "withdrawal": [
        "Jeg bryder mig altså ikke om, at I optager det her. Sluk for det.",
        "Jeg har tænkt over det med optagelsen – jeg vil ikke være med alligevel.",
        "Slet lige optagelsen, tak.",
        "Åh, jeg fortryder det med optagelsen, min ven. Vil du ikke slukke for den?",
        "Jeg tilbagekalder hermed mit samtykke til optagelsen.",
        "Kan du stoppe optagelsen nu? Jeg vil ikke optages mere.",
    ],
    "false_friend": [
        "Jeg vil gerne stoppe min avis fra næste måned.",
        "Kan I slette mit gamle telefonnummer?",
        "Jeg trækker min klage tilbage, det har ordnet sig.",
        "Jeg vil gerne trække min ansøgning om optagelse på pædagoguddannelsen tilbage.",
        "Og så trækker jeg mit samtykke til jeres nyhedsbrev tilbage.",
        "Jeg har optaget et lån, og nu kan jeg sgu ikke betale afdraget.",
    ],
    "closing": [
        "Noteret. Andet?",
        "Jeg sender et brev med posten.",
        "Så er det på plads. Tak for opkaldet.",
        "Jeg giver besked til afdelingen.",
    ],
    "hello": [
        "Hallo? Er De der stadig?",
        "Hallo, kan du høre mig derude?",
        "Er forbindelsen røget?",
        "Hallo, hallo?",
    ],
    "keypress_optin": [
        "Tast 1 for ja til optagelse, tast 2 for nej.|1|2",
        "Ønsker De at give samtykke til, at samtalen optages, tryk da 4. Ønsker De ikke, tryk 3.|4|3",
        "Nej til optagelse: tast 3. Ja: tast 6.|6|3",
        "Optagelse okay? Tast 4 for ja og 5 for nej.|4|5",
        "Tast 2, hvis vi må optage, og tast 8, hvis vi ikke må.|2|8",
        "Er det i orden, at vi optager samtalen? Tryk 7 for ja. Tryk 1 for nej.|7|1",
    ],
    "keypress_optout": [
        "Tast 5, hvis du ikke vil optages.|5",
        "Ingen optagelse? Tast 2 nu.|2",
        "Ønsker De ikke, at samtalen optages, bedes De trykke 8 nu.|8",
        "Vil du ikke optages, så tryk 6 nu.|6",
        "Tryk 9 nu for at fravælge optagelse.|9",
        "Tast 1 for at sige nej til optagelse.|1",
    ],
}
HELD10_NO: dict[str, list[str]] = {
    "greeting": [
        "Kundeservice, Sindre.",
        "God dag, Statens vegvesen, De snakkar med Ingrid Berg.",
        "Hei, du har kommi te Trønderenergi, det e Ola.",
        "Hallo, Posten kundeservice, Petter her.",
    ],
    "notice_definite": [
        "Samtalen her tas opp{p}, altså.",
        "Vi tek opp denne samtalen{p}.",
        "Vi informerer om at denne samtalen blir tatt opp{p}.",
        "Det blir gjort opptak av denne telefonsamtalen{p}.",
        "Æ tar opp samtalen{p}, bare så du veit det.",
        "Samtalen blir tatt opp, skal eg berre seie.",
    ],
    "notice_vague": [
        "Samtalen kan hende blir tatt opp{p}.",
        "Vi tar stikkprøvevis opp noen samtaler{p}.",
        "Samtaler med kundesenteret vårt kan bli tatt opp{p}.",
        "Kanskje blir samtalen tatt opp{p}.",
        "Samtaler hos oss blir av og til tatt opp{p}.",
        "Samtalen blir muligens teken opp{p}.",
    ],
    "notice_conditional": [
        "Om vi tar opp, sier jeg ifra først.",
        "Dersom samtalen skal tas opp, vil De bli spurt på forhånd.",
        "Hvis det blir nødvendig å ta opp samtalen, får du beskjed før det skjer.",
        "Skulle samtalen bli teken opp, seier eg det først.",
        "Viss æ må ta opp samtalen, spør æ deg først.",
    ],
    "purpose": [
        " til opplæring av nye kolleger",
        " slik at vi kan bli flinkare til å hjelpe deg",
        " av hensyn til kvalitetssikringa",
        " for å dokumentere henvendelsen",
        " med formål å lære opp personalet vårt",
        " så vi kan sjekke at du fikk rett svar",
    ],
    "purpose_sentence": [
        "Det er til opplæring av nye kolleger.",
        "Formålet er kvalitetssikring.",
        "Hensikta er å dokumentere henvendelsa di.",
        "Det bruker vi til å lære opp folka våre, altså.",
        "Formålet er å dokumentere saksbehandlinga.",
        "Det er berre så vi kan lære av det og bli betre.",
    ],
    "request_long": [
        "Greit at vi tar opp samtalen?",
        "Går det an at eg tek opp samtalen?",
        "Samtykker De i at samtalen blir tatt opp?",
        "Er det i orden for deg at æ tar opp samtalen?",
        "Kan vi få lov til å ta opp samtalen, tru?",
        "Opptak av samtalen – er det ok?",
    ],
    "request_short": [
        "Greit for deg, då?",
        "Går det an for deg, tru?",
        "Samtykker De i det?",
        "Er du med på det, du?",
        "E det greitt for dæ?",
    ],
    "request_negative": [
        "Har du noko imot at eg tek opp denne samtalen?",
        "Har De innvendinger mot at samtalen blir tatt opp?",
        "Noe imot opptak?",
        "Er det et problem for deg om vi tar opp samtalen?",
        "Plager det deg at vi tar opp samtalen?",
        "Har du nåkka imot at æ tar opp samtalen?",
    ],
    "request_negative_short": [
        "Noe imot det, da?",
        "Har De innvendinger mot det?",
        "Er det noe problem for deg?",
        "Plager det deg på noen måte?",
        "Har du nåkka imot det?",
    ],
    "withdrawal_info": [
        "Du kan når som helst seie stopp til opptaket.",
        "De kan når som helst trekke tilbake samtykket, og opptaket vil da bli slettet.",
        "Angrer du deg seinare, sier du bare ifra, så stopper vi opptaket og sletter det.",
        "Vil du ha opptaket stoppa seinare i samtalen, så berre sei det.",
        "Samtykket ditt kan trekkes tilbake når som helst underveis.",
        "Du kan reservere deg mot opptaket når som helst i samtalen.",
    ],
    "objection_info": [
        "Vil du ikke bli tatt opp, si det nå.",
        "Ønsker De ikke at samtalen blir tatt opp, ber vi Dem si ifra nå, før vi går videre.",
        "Si ifra nå hvis du ikke vil ha opptak.",
        "Før vi startar: sei frå viss du ikkje vil ha opptak.",
        "Hvis du er imot opptak, så si det med en gang, før vi begynner.",
        "Vil du itj bli tatt opp, så sei ifra no, før vi går i gang.",
    ],
    "retention": [
        "Opptakene slettes etter 60 dager.",
        "Vi lagrer opptaket i tre måneder, så blir det sletta.",
        "Opptaket oppbevares i seks måneder i tråd med sletterutinene våre.",
        "Opptak blir sletta etter ein månad.",
        "Opptaket ligg hos oss i 30 dagar, så forsvinn det.",
        "Vi sletter opptak etter to uker.",
    ],
    "coercion": [
        "Uten opptak kan vi ikke ta imot klagen din.",
        "Vil du ikke bli tatt opp, må du skrive til oss i stedet – på telefon kan vi ikke behandle saken.",
        "Vi kan bare hjelpe deg hvis samtalen blir tatt opp.",
        "Sier du nei til opptak, lukker vi saken.",
        "Uten opptak ingen rådgivning, dessverre.",
        "Avslår De opptak, kan vi ikke behandle henvendelsen Deres over telefon.",
    ],
    "reply_given": [
        "Ja da, bare ta opp.",
        "Ta opp? Ja, greit nok.",
        "Nei, øh – jo, jo, det er greitt, altså.",
        "Å, ja da, vennen, det kan dere godt.",
        "Ja, det går fint. Æ ringer fordi strømregninga e altfor høg.",
        "Ja, det er greit, det. Eg må få sletta eit gammalt betalingskort.",
    ],
    "reply_condition": [
        "Ja, så lenge det bare er dere som hører det.",
        "Ok, om det blir sletta etterpå.",
        "Ja, men berre til opplæring, altså.",
        "Greit, bare det ikke havner hos andre.",
        "Ja, hvis dere lover at det ikke blir brukt til noe annet.",
    ],
    "reply_refused": [
        "Nei, det gidder jeg ikke.",
        "Ta opp? Nei, det vil eg ikkje.",
        "Nei, øh – nei, det vil jeg helst ikke, nei.",
        "Nei, det liker eg ikkje. La vere å ta opp.",
        "Nei, det vil æ itj.",
        "Ja – nei, unnskyld, det vil jeg ikke likevel.",
    ],
    "reply_ambiguous": [
        "Kem skal høre på det etterpå?",
        "Tja, det veit eg ikkje.",
        "Hmm, det må jeg tenke på.",
        "Hæ? Ta opp kva?",
        "Øh, kva betyr det for meg?",
        "Å, det skjønner eg meg ikkje heilt på.",
    ],
    "neg_reply_given": [
        "Nei, ikke i det hele tatt, bare ta opp.",
        "Nei da, kjør på.",
        "Næh, overhodet ikke.",
        "Nei nei, det gjør ingenting.",
        "Nei da, vennen, det kan dere godt.",
        "Nei, det går fint. Jeg ringer fordi jeg vil stoppe avisa.",
    ],
    "neg_reply_refused": [
        "Ja, faktisk. Jeg vil ikke bli tatt opp, altså.",
        "Ja, altså – eg vil helst ikkje bli teken opp.",
        "Ta opp? Ja, det har jeg noe imot.",
        "Ja, æ vil itj bli tatt opp, æ.",
        "Ja, ærlig talt – ikke ta opp dette.",
    ],
    "neg_reply_ambiguous": [
        "Tja, kva skal de bruke det til?",
        "Øh, det veit eg ikkje, du.",
        "Hvorfor spør du om det, da?",
        "Hmm ... kem skal høre det?",
        "Å, det veit eg ikkje riktig.",
    ],
    "ack_refused": [
        "Helt i orden, vi tar ikke opp.",
        "Skjønner – opptaket er slått av nå.",
        "Ok, då skrur eg av opptaket.",
        "Det er notert. Det blir ikke gjort opptak av samtalen.",
        "Greit, vi stopper opptaket og sletter det som er tatt opp.",
    ],
    "business_agent": [
        "Fødselsnummer, takk.",
        "Har du kundenummeret ditt for hånden?",
        "Kva er saksnummeret?",
        "Hvilken adresse gjelder det?",
        "Eg ser på saka di no.",
    ],
    "business_customer": [
        "Æ har fått et brev fra kommunen som æ itj skjønner.",
        "Heimehjelpa kom ikkje i dag.",
        "Varmtvannsberederen lekker.",
        "Eg må fornye passet.",
        "BankID virker ikke på den nye telefonen min.",
        "Eg har fått same rekninga to gonger.",
    ],
    "withdrawal": [
        "Jeg liker ikke at dere tar opp dette. Skru det av.",
        "Eg har tenkt på det med opptaket – eg vil ikkje vere med likevel.",
        "Slett opptaket mitt, takk.",
        "Å, jeg angrer på det med opptaket, vennen. Kan du ikke skru det av?",
        "Jeg trekker herved tilbake samtykket mitt til opptaket.",
        "Kan du stoppe opptaket nå? Æ vil itj bli tatt opp mer.",
    ],
    "false_friend": [
        "Jeg vil stoppe avisa fra neste måned.",
        "Kan dere slette det gamle telefonnummeret mitt?",
        "Eg trekkjer klagen tilbake, det har ordna seg.",
        "Jeg vil trekke meg fra opptaket til sykepleierstudiet i høst.",
        "Og så trekker jeg tilbake samtykket til nyhetsbrevet deres.",
        "Eg vil gjerne ta opp ein klage på fakturaen.",
    ],
    "closing": [
        "Notert. Noe mer?",
        "Eg sender eit brev i posten.",
        "Da er det i orden. Takk for at du ringte.",
        "Eg gir beskjed til avdelinga.",
    ],
    "hello": [
        "Hallo? Er De der fortsatt?",
        "Hallo, høyrer du meg no?",
        "Har forbindelsen blitt brutt?",
        "Hallo, hallo?",
    ],
    "keypress_optin": [
        "Tast 1 for ja til opptak, tast 2 for nei.|1|2",
        "Ønsker De å samtykke til at samtalen blir tatt opp, trykk 4. Ønsker De ikke det, trykk 3.|4|3",
        "Nei til opptak: tast 3. Ja: tast 6.|6|3",
        "Opptak ok? Tast 4 for ja og 5 for nei.|4|5",
        "Tast 2 om vi får ta opp, og tast 8 om vi ikkje får.|2|8",
        "Er det greitt at vi tek opp samtalen? Trykk 7 for ja. Trykk 1 for nei.|7|1",
    ],
    "keypress_optout": [
        "Tast 5 om du ikke vil bli tatt opp.|5",
        "Ikke opptak? Tast 2 nå.|2",
        "Ønsker De ikke at samtalen blir tatt opp, vennligst trykk 8 nå.|8",
        "Vil du ikkje bli teken opp, trykk 6 no.|6",
        "Trykk 9 nå for å velge bort opptak.|9",
        "Tast 1 for å si nei til opptak.|1",
    ],
}

for _bank, _held10 in ((DA, HELD10_DA), (NO, HELD10_NO)):
    for _slot, _words in _held10.items():
        _bank.setdefault(_slot, {})["held10"] = _words

# held11: written blind by a helper who did not read the phrase banks, the engine, the tests or the
# dev..held9 wordings; it worked from DOMAIN.md, the slot names and format of held10, and the code
# here that builds a call from its parts. Styles emphasised this time: the disclosure texts that
# Danish and Norwegian companies, municipalities, banks, insurers, telecoms and health services
# publish and read aloud ("Vi gør opmærksom på, at samtaler til og fra ... optages", "Samtaler til og
# fra kundesenteret vårt tas opp", "som dokumentation for rådgivningen"), long multi-clause notices
# with the purpose inside a subordinate clause; young, colloquial callers ("Jo jo, kør bare", "Helt
# fint for meg, bare kjør", "Yes", "chill"); replies that give a reason ("jeg har ikke noget at
# skjule", "så har I det dokumenteret"); polite refusals without nej/nei ("Det vil jeg helst være
# fri for", "Det står jeg over", "Helst ikkje, om det er det same for deg"); late withdrawals worded
# indirectly ("Kan I lade være med at gemme optagelsen af det her?", "Jeg vil ikke at denne samtalen
# skal ligge lagret hos dere"); coercion worded as house policy ("Vi behandler kun henvendelser, der
# optages", "Opptak er eit vilkår for ..."); false friends on membership admission, loans, orders,
# deliveries and applications ("optage et lån", "optagelse i grundejerforeningen", "stoppe
# leveringen", "slette ordren", "trække ansøgningen tilbage"); "slet ikke" / "slett ikke" (= not at
# all) in a consenting reply; Norwegian in both bokmål and nynorsk (with some dialect), and Danish
# with Copenhagen ("ik'", "hva'") and Jutlandic ("a" for jeg) colloquial spellings. Like held4 to
# held10 it draws key-press prompts, some naming the "no" key first.
HELD11_DA: dict[str, list[str]] = {
    "greeting": [
        "Goddag, Skadeservice, det er Søren.",
        "God eftermiddag, Lægevagten, du taler med Kirsten.",
        "Hej, du har ringet til Mobilselskabet, du snakker med Emil.",
        "Goddag og velkommen til Aarhus Kommune, Borgerservice, det er Jesper.",
        "Region Hovedstadens Akuttelefon 1813, du taler med sygeplejerske Mette.",
        "Goddag, Andelskassen, Pernille her.",
    ],
    "notice_definite": [
        "Vi gør opmærksom på, at samtaler til og fra vores kundecenter optages{p}.",
        "Når du ringer til os, skal du vide, at vi optager samtalen{p}, og at optagelsen behandles fortroligt.",
        "Telefonsamtaler med bankens rådgivere bliver optaget{p}.",
        "Vi skal gøre dig opmærksom på, at alle indgående opkald til kommunens borgerservice optages{p}, "
        "og det gælder også dette opkald.",
        "Vi optager den her snak{p}, skal a lige sige.",
        "I henhold til vores retningslinjer bliver denne samtale optaget{p}.",
        "Der foretages optagelse af alle samtaler med vores skadeafdeling{p}, hvilket også gælder dette opkald.",
        "Jeg skal informere om, at vores samtale bliver optaget{p}, sådan som det fremgår af vores privatlivspolitik.",
    ],
    "notice_vague": [
        "Samtaler med vores kundecenter kan blive optaget{p}.",
        "Vi forbeholder os ret til at optage telefonsamtaler{p}.",
        "Vi har mulighed for at optage samtaler med vores kunder{p}.",
        "Din samtale kan eventuelt blive optaget{p}, ligesom det gælder andre henvendelser til kommunen.",
        "Opkald til os kan optages{p}.",
        "Vi optager i nogle tilfælde samtaler{p}, ik'.",
        "Det kan forekomme, at vi optager samtalen{p}.",
    ],
    "notice_conditional": [
        "Skulle det blive aktuelt at optage samtalen, spørger jeg dig om lov først.",
        "Hvis samtalen skal optages, får du besked, inden optagelsen går i gang.",
        "Såfremt vi ønsker at optage samtalen, vil vi indhente dit samtykke forinden.",
        "Hvis a skal optage noget af det her, så siger a til først, ik'.",
        "Bliver det nødvendigt at optage samtalen, spørger vi dig først.",
    ],
    "purpose": [
        " af hensyn til dokumentation og kvalitetssikring",
        " med henblik på at kunne dokumentere, hvad der er aftalt",
        " til brug for intern uddannelse af vores medarbejdere",
        " så vi kan blive klogere på, hvordan vi hjælper vores kunder bedst",
        " for at sikre, at din sag bliver behandlet korrekt",
        " i forbindelse med oplæring og kvalitetsopfølgning",
        " som dokumentation for rådgivningen",
    ],
    "purpose_sentence": [
        "Det gør vi af hensyn til dokumentation og kvalitetssikring.",
        "Formålet er at kunne dokumentere, hvad vi har aftalt med dig.",
        "Det bruger vi til oplæring af nye rådgivere.",
        "Det er, så vi kan lære af samtalerne og blive bedre, ik'.",
        "Det sker for at sikre en korrekt sagsbehandling.",
        "Hensigten er at forbedre vores kundeservice.",
    ],
    "request_long": [
        "Er det i orden med dig, at vi optager samtalen?",
        "Jeg vil gerne spørge, om du giver samtykke til, at vores samtale bliver optaget?",
        "Må vi have dit samtykke til at optage samtalen, inden vi går videre?",
        "Er det cool nok, at vi optager samtalen?",
        "Vil du acceptere, at samtalen optages?",
        "Må a godt optage samtalen, hva'?",
        "Siger du ja til, at jeg optager vores samtale?",
    ],
    "request_short": [
        "Er det okay for dig, at det foregår sådan?",
        "Kan vi blive enige om det, ik'?",
        "Er det noget, du kan sige god for?",
        "Giver du dit samtykke til det?",
        "Er det i orden, ik'?",
        "Får vi din tilladelse til det?",
        "Er det fint med dig, hva'?",
    ],
    "request_negative": [
        "Har du nogen indvendinger imod, at vi optager samtalen?",
        "Gør det noget for dig, at vores snak bliver optaget?",
        "Du har vel ikke noget imod, at vi optager den her snak?",
        "Har du noget imod, at a optager samtalen?",
        "Generer det dig, hvis jeg optager vores samtale?",
        "Er der noget til hinder for, at vi optager samtalen?",
        "Vil det genere dig, at samtalen bliver optaget?",
    ],
    "request_negative_short": [
        "Har du noget imod det, hva'?",
        "Det gør vel ikke noget, hva'?",
        "Er der noget, du vil indvende?",
        "Du har vel ikke noget imod det?",
        "Er der noget til hinder for det?",
    ],
    "withdrawal_info": [
        "Du kan til hver en tid bede os om at stoppe optagelsen, og så sletter vi den med det samme.",
        "Ønsker du på et tidspunkt ikke længere at blive optaget, kan du blot sige til, så stopper vi optagelsen.",
        "Du kan trække dit samtykke tilbage på et hvilket som helst tidspunkt i løbet af samtalen.",
        "Hvis du fortryder undervejs, så sig bare stop, så slukker vi for optagelsen, ik'.",
        "Det står dig frit for at tilbagekalde samtykket til optagelsen, når du vil.",
        "Du kan når som helst få os til at afbryde optagelsen og slette den.",
    ],
    "objection_info": [
        "Ønsker du ikke at blive optaget, bedes du sige det nu, inden vi fortsætter.",
        "Hvis du ikke vil have, at samtalen optages, så sig til her, inden vi begynder.",
        "Vil du ikke optages, skal du bare sige det nu, ik'.",
        "Skulle du have indvendinger mod optagelse, så oplys det venligst nu.",
        "Du kan fravælge optagelse ved at sige det nu, før vi går i gang.",
    ],
    "retention": [
        "Optagelsen gemmes i 90 dage og slettes derefter automatisk.",
        "Vi opbevarer optagelser i op til et år, hvorefter de slettes.",
        "Optagelsen bliver slettet, når din sag er afsluttet.",
        "Optagelsen opbevares i fem år og slettes derefter.",
        "Vi sletter optagelsen efter 14 dage, ik'.",
        "Lydfilen ligger hos os i seks uger, og så bliver den slettet.",
    ],
    "coercion": [
        "Vi behandler kun henvendelser, der optages.",
        "Det er vores politik, at rådgivning over telefonen kun kan ske, når samtalen optages.",
        "Ønsker du ikke optagelse, kan vi desværre ikke gennemføre handlen telefonisk.",
        "Ifølge vores retningslinjer skal alle skadesanmeldelser optages – ellers kan vi ikke tage imod "
        "din anmeldelse.",
        "Uden samtykke til optagelse kan vi ikke oprette din sag.",
        "Optagelse er en betingelse for, at vi kan hjælpe dig videre.",
    ],
    "reply_given": [
        "Jo jo, kør bare.",
        "Ja, det er fint, jeg har ikke noget at skjule.",
        "Jamen selvfølgelig, I skal bare optage løs.",
        "Yes yes, det er helt fint, du.",
        "Ja da, det må I godt, ik'.",
        "Ja, klart. Jeg ringer, fordi mit abonnement skal stoppes.",
        "Ja, det er fint – så kan I jo se, hvad jeg har sagt, hvis der bliver uenighed.",
        "Det er fint nok, bare optag.",
        "Fedt nok, bare kør på.",
    ],
    "reply_condition": [
        "Ja, hvis den kun bruges til oplæring.",
        "Det er i orden, så længe den bliver slettet igen.",
        "Ja, bare I ikke deler den med nogen uden for huset.",
        "Okay, men kun hvis det bliver internt.",
        "Ja, fint nok, når bare den ikke bliver brugt imod mig.",
    ],
    "reply_refused": [
        "Den optagelse vil jeg helst være fri for.",
        "Det står jeg over, tak.",
        "Helst ikke, hvis det er det samme for dig.",
        "Næ, det gider a ikke.",
        "Nej tak, jeg kan ikke lide at blive optaget.",
        "Lad hellere være med at optage, tak.",
        "Det har jeg ikke lyst til, så lad være med det.",
    ],
    "reply_ambiguous": [
        "Hvad skal I dog med en optagelse?",
        "Det afhænger lidt af, hvem der lytter til den bagefter.",
        "Øhm, hvad gør I med den bagefter?",
        "Hva', skal det optages? Det vidste jeg ikke.",
        "Tjoh, altså, jeg ved ikke rigtig.",
        "Skal jeg svare på det nu?",
    ],
    "neg_reply_given": [
        "Nej, overhovedet ikke, jeg har intet at skjule.",
        "Næ, kør bare, det er fint.",
        "Nej da, det er helt fint med mig.",
        "Nej nej, bare optag løs.",
        "Nej, slet ikke. Jeg ringer om min bilforsikring.",
        "Nej, det er fint, så har I det jo dokumenteret.",
    ],
    "neg_reply_refused": [
        "Ja, faktisk – jeg vil helst være fri for at blive optaget.",
        "Ja, det bryder jeg mig ikke om. Lad være med at optage.",
        "Ja, jeg vil helst ikke optages, hvis det er det samme.",
        "Ja, det vil a ikke ha', ik'.",
        "Ja. Lad hellere være med at optage mig, tak.",
    ],
    "neg_reply_ambiguous": [
        "Hvad skal sådan en optagelse egentlig bruges til?",
        "Det kommer lidt an på, hvem der får den at høre.",
        "Øh, det ved jeg ikke helt, hva'.",
        "Skal jeg tage stilling til det nu?",
        "Tjo, det ved a ikke rigtig.",
    ],
    "ack_refused": [
        "Helt i orden, så optager vi ikke samtalen.",
        "Det respekterer vi selvfølgelig, optagelsen er stoppet.",
        "Fint, jeg har slået optagelsen fra, og det optagne er slettet.",
        "Det er i orden, ik', så kører vi uden optagelse.",
        "Selvfølgelig, der bliver ikke optaget noget.",
    ],
    "business_agent": [
        "Må jeg bede om dit policenummer?",
        "Hvad er dit kontonummer?",
        "Vil du bekræfte dit navn og din adresse?",
        "Hvilket telefonnummer ringer du fra?",
        "Lige et øjeblik, jeg finder din journal frem.",
    ],
    "business_customer": [
        "Der er gået et rør på badeværelset, og gulvet er gennemblødt.",
        "Mit mobilnet har været nede hele weekenden.",
        "Min søn har høj feber, og jeg har brug for en tid.",
        "Jeg vil gerne høre om renten på mit boliglån.",
        "Vores storskrald er ikke blevet hentet, ik'.",
        "Jeg har et spørgsmål til min ejendomsskat.",
    ],
    "withdrawal": [
        "Kan I lade være med at gemme optagelsen af det her?",
        "Jeg vil ikke have, at den her samtale ligger lagret hos jer.",
        "Ved du hvad, jeg har fortrudt, at I optager. Sluk lige for den.",
        "Det med optagelsen – det bryder jeg mig alligevel ikke om, så stop den, tak.",
        "Jeg vil gerne have optagelsen slettet, nu hvor vi er kommet ind på mit helbred.",
        "Kan du slukke for båndoptageren? Det her skal ikke optages.",
        "Mit ja til optagelsen gælder ikke længere.",
    ],
    "false_friend": [
        "Jeg vil gerne trække min ansøgning om boligstøtte tilbage.",
        "Min optagelse i grundejerforeningen er vist ikke registreret – kan I tjekke det?",
        "Kan I stoppe leveringen af min pakke? Jeg er ikke hjemme.",
        "Vil du slette ordren, jeg lagde i går?",
        "Jeg skal optage et lån til en ny bil.",
        "Jeg vil gerne trække min tilmelding til optagelsesprøven tilbage.",
    ],
    "closing": [
        "Så er den sag ordnet. Hav en god dag.",
        "Du hører fra os inden for fem hverdage.",
        "Er der andet, jeg kan hjælpe med i dag?",
        "Jeg har lagt en note på din sag.",
    ],
    "hello": [
        "Hallo, er du der stadig, ik'?",
        "Hallo? Der er helt stille i røret.",
        "Er du faldet ud af forbindelsen?",
        "Hallo, hører du mig, ik'?",
    ],
    "keypress_optin": [
        "Må vi optage samtalen? Tryk 1 for ja eller 2 for nej.|1|2",
        "Tast 9, hvis du accepterer optagelse af samtalen. Tast 0, hvis du ikke gør.|9|0",
        "Tryk 3 for at give samtykke til optagelse, eller tryk 7 for at afvise.|3|7",
        "Afviser du optagelse, så tast 4. Accepterer du, så tast 2.|2|4",
        "Vil du optages? Ja: tast 5. Nej: tast 8.|5|8",
        "Accepterer du, at vi optager opkaldet, så tryk 6 – vil du ikke, så tryk 1.|6|1",
    ],
    "keypress_optout": [
        "Tryk 3, hvis du ikke ønsker, at samtalen optages.|3",
        "Fravælg optagelse ved at taste 7 nu.|7",
        "Ønsker du ikke optagelse, så tast 0.|0",
        "Hvis du ikke vil optages, skal du trykke 4 nu.|4",
        "Tast 8 for at sige fra over for optagelse.|8",
        "Er du imod optagelse, tryk 2.|2",
    ],
}
HELD11_NO: dict[str, list[str]] = {
    "greeting": [
        "God dag, Bergen kommune, servicetorget, du snakker med Kari.",
        "Hei, du har ringt til legevakta, det er sjukepleiar Solveig.",
        "Hallo, Telenor kundeservice, du snakker med Jonas.",
        "Velkommen til banken, det er Henrik.",
        "Hei, skadeavdelinga i forsikringsselskapet, Marit her.",
        "God ettermiddag, NAV kontaktsenter, du snakkar med Eirik.",
    ],
    "notice_definite": [
        "Samtaler til og fra kundesenteret vårt tas opp{p}.",
        "Vi gjør oppmerksom på at alle samtaler med våre rådgivere blir tatt opp{p}, og at opptakene "
        "behandles konfidensielt.",
        "Alle samtalar med kundesenteret vert tekne opp{p}.",
        "Når du ringer oss, blir samtalen tatt opp{p}, slik det står i personvernerklæringa vår.",
        "Me tek opp samtalen{p}, berre så du veit det.",
        "Denne telefonsamtalen blir lagret som lydopptak{p}.",
        "Vi tar opp samtalen{p}, sånn at du vet det.",
        "I samsvar med retningslinjene våre blir alle samtalar til kommunen tekne opp{p}, også denne.",
    ],
    "notice_vague": [
        "Vi har mulighet til å ta opp samtaler med kundene våre{p}.",
        "Vi forbeheld oss retten til å ta opp samtalar{p}.",
        "Ein del av samtalane våre blir tekne opp{p}.",
        "Telefonsamtaler med kundeservice kan i enkelte tilfeller bli tatt opp{p}.",
        "Samtalen din kan eventuelt bli teken opp{p}.",
        "Opptak av samtaler kan forekomme{p}.",
    ],
    "notice_conditional": [
        "Skulle det bli aktuelt å ta opp samtalen, spør jeg deg om lov først.",
        "Dersom samtalen skal takast opp, får du beskjed før opptaket startar.",
        "Hvis vi ønsker å ta opp samtalen, innhenter vi samtykket ditt på forhånd.",
        "Om me treng å ta opp noko av dette, seier eg ifrå fyrst.",
        "Blir det nødvendig å ta opp samtalen, spør vi deg først.",
    ],
    "purpose": [
        " av hensyn til dokumentasjon og kvalitetssikring",
        " for å kunne dokumentere hva som er avtalt",
        " til bruk i intern opplæring av medarbeiderne våre",
        " slik at vi kan lære korleis vi hjelper kundane betre",
        " for å sikre at saka di blir behandla riktig",
        " som dokumentasjon på rådgivningen",
    ],
    "purpose_sentence": [
        "Det gjør vi av hensyn til dokumentasjon og kvalitetssikring.",
        "Formålet er å kunne dokumentere kva vi har avtalt med deg.",
        "Vi bruker det til opplæring av nye rådgivere.",
        "Det er sånn at vi kan lære av samtalene og bli bedre.",
        "Dette gjer vi for å sikre rett saksbehandling.",
        "Hensikten er å forbedre kundeservicen vår.",
    ],
    "request_long": [
        "Er det greit for deg at vi gjør opptak av denne samtalen?",
        "Eg vil gjerne spørje om du samtykkjer til at samtalen vår blir teken opp?",
        "Kan vi få samtykke fra deg til å ta opp samtalen før vi går videre?",
        "Er det chill at vi tar opp samtalen?",
        "Godtek du at vi tek opp praten vår?",
        "Kan æ få ta opp samtalen, da?",
        "Sier du ja til at jeg tar opp samtalen vår?",
    ],
    "request_short": [
        "Er det ok for deg, da?",
        "Er det noko du kan gå med på?",
        "Er det noe du kan si god for?",
        "Samtykkjer du til det?",
        "Går det greit, det?",
        "Gir du lov til det?",
    ],
    "request_negative": [
        "Har du nokon innvendingar mot at denne samtalen blir teken opp?",
        "Gjer det noko at vi tek opp samtalen?",
        "Du har vel ikke noe imot at vi tar opp denne praten?",
        "Vil det plage deg at samtalen blir tatt opp?",
        "Er det noko i vegen for at eg tek opp praten vår?",
        "Har du noko imot opptak av samtalen?",
    ],
    "request_negative_short": [
        "Har du noe imot det, da?",
        "Det gjer vel ikkje noko, då?",
        "Noen innvendinger?",
        "Du har vel ikkje noko imot det?",
        "Er det noe i veien for det?",
    ],
    "withdrawal_info": [
        "Du kan når som helst be oss stoppe opptaket, og da slettes det med en gang.",
        "Ønskjer du ikkje lenger å bli teken opp, kan du seie ifrå når som helst, så stoppar vi opptaket.",
        "Samtykket kan alltid trekkes tilbake, også midt i samtalen.",
        "Angrar du undervegs, er det berre å seie stopp, så skrur vi av opptaket.",
        "Du har til enhver tid rett til å trekke tilbake samtykket til opptaket.",
        "Du kan når som helst få oss til å avbryte opptaket og slette det.",
    ],
    "objection_info": [
        "Ønsker du ikke å bli tatt opp, ber vi deg si fra nå, før vi fortsetter.",
        "Viss du ikkje vil at samtalen blir teken opp, seier du ifrå no, før vi byrjar.",
        "Vil du ikke bli tatt opp, er det bare å si det nå.",
        "Skulle du ha innvendinger mot opptak, si ifra med en gang.",
        "Du kan reservere deg mot opptak ved å si det nå, før vi setter i gang.",
    ],
    "retention": [
        "Opptaket lagres i 90 dagar og blir deretter sletta automatisk.",
        "Vi oppbevarer opptak i inntil ett år før de slettes.",
        "Opptaket blir sletta når saka di er avslutta.",
        "Opptaket oppbevares i fem år og slettes deretter.",
        "Vi slettar opptaket etter 14 dagar.",
        "Lydfila ligger hos oss i seks uker, så blir den slettet.",
    ],
    "coercion": [
        "Vi behandler bare henvendelser som blir tatt opp.",
        "Det er vår policy at rådgivning over telefon bare kan skje når samtalen blir tatt opp.",
        "Ønsker du ikke opptak, kan vi dessverre ikke gjennomføre handelen på telefon.",
        "Etter retningslinjene våre må alle skademeldingar takast opp – elles kan vi ikkje ta imot meldinga di.",
        "Uten samtykke til opptak kan vi ikke opprette saken din.",
        "Opptak er eit vilkår for at vi kan hjelpe deg vidare.",
    ],
    "reply_given": [
        "Helt fint for meg, bare kjør.",
        "Ja, det går fint, jeg har ingenting å skjule.",
        "Ja visst, det er heilt i orden.",
        "Jada, kjør på, det.",
        "Yes, det er greit for meg.",
        "Ja, klart. Jeg ringer fordi jeg vil si opp abonnementet.",
        "Ja, det er greitt – då har de det dokumentert om det blir noko tull seinare.",
        "Sjølvsagt, berre ta opp.",
    ],
    "reply_condition": [
        "Ja, om det bare brukes til opplæring.",
        "Det er i orden, så lenge det blir sletta igjen.",
        "Ja, bare dere ikke deler det med noen utenfor huset.",
        "Ok, men berre om det blir internt.",
        "Ja, greit nok, så lenge det ikkje blir brukt mot meg.",
    ],
    "reply_refused": [
        "Det vil jeg helst slippe.",
        "Det står jeg over, takk.",
        "Helst ikkje, om det er det same for deg.",
        "Næh, det gidd æ itj.",
        "Nei takk, jeg liker ikke å bli tatt opp.",
        "La heller vere å ta opp, takk.",
        "Det har eg ikkje lyst til, så det får de la vere.",
    ],
    "reply_ambiguous": [
        "Kvifor skal det takast opp?",
        "Det kommer an på hvem som skal høre det.",
        "Ehm, hva gjør dere med det etterpå?",
        "Hæ, skal det tas opp? Det visste jeg ikke.",
        "Tja, altså, veit ikkje heilt.",
        "Må jeg svare på det nå?",
    ],
    "neg_reply_given": [
        "Nei, overhodet ikke, jeg har ingenting å skjule.",
        "Næh, bare kjør, det går fint.",
        "Nei då, det er heilt greitt.",
        "Nei nei, berre ta opp i veg.",
        "Nei, slett ikke. Jeg ringer om bilforsikringen min.",
        "Nei, det er greitt, då har de det dokumentert.",
    ],
    "neg_reply_refused": [
        "Ja, faktisk – jeg vil helst slippe å bli tatt opp.",
        "Ja, det liker eg ikkje. La vere å ta opp.",
        "Ja, jeg vil helst ikke bli tatt opp, om det er det samme.",
        "Ja, det vil æ itj ha, altså.",
        "Ja. La være å ta meg opp, takk.",
    ],
    "neg_reply_ambiguous": [
        "Kva skal opptaket brukast til?",
        "Det kommer litt an på hvem som får høre det.",
        "Øh, det veit eg ikkje heilt, altså.",
        "Må jeg ta stilling til det nå?",
        "Tja, det veit æ itj riktig.",
    ],
    "ack_refused": [
        "Heilt i orden, då tek vi ikkje opp samtalen.",
        "Det respekterer vi selvfølgelig, opptaket er stoppet.",
        "Greit, jeg har skrudd av opptaket, og det som ble tatt opp er slettet.",
        "Det er i orden, då køyrer vi utan opptak.",
        "Selvsagt, det blir ikke tatt opp noe.",
    ],
    "business_agent": [
        "Kan eg få polisenummeret ditt?",
        "Hva er kontonummeret ditt?",
        "Kan du bekrefte fødselsdatoen din?",
        "Kva nummer ringer du frå?",
        "Et øyeblikk, jeg henter fram journalen din.",
    ],
    "business_customer": [
        "Det har gått et rør på badet, og gulvet er søkkvått.",
        "Mobilnettet har vore nede heile helga.",
        "Sønnen min har høy feber, og jeg trenger en time.",
        "Jeg lurer på renta på boliglånet mitt.",
        "Søppelet vårt er ikkje henta, altså.",
        "Jeg har et spørsmål om eiendomsskatten.",
    ],
    "withdrawal": [
        "Kan dere la vere å lagre opptaket av dette?",
        "Jeg vil ikke at denne samtalen skal ligge lagret hos dere.",
        "Veit du kva, eg angrar på at de tek opp. Skru det av.",
        "Det med opptaket – det liker jeg ikke likevel, så stopp det, takk.",
        "Eg vil ha opptaket sletta, no som vi har kome inn på helsa mi.",
        "Kan du skru av båndopptakeren? Dette skal ikke tas opp.",
        "Ja-et mitt til opptaket gjelder ikke lenger.",
    ],
    "false_friend": [
        "Jeg vil ta opp et lån til ny bil.",
        "Kan dere stoppe leveringen av pakken min? Jeg er bortreist.",
        "Kan du slette ordren jeg la inn i går?",
        "Eg vil trekkje tilbake søknaden min om bustøtte.",
        "Jeg venter fortsatt på svar om opptak i borettslaget.",
        "Kan du stoppe straumavtalen min frå neste månad?",
    ],
    "closing": [
        "Da er saken ordnet. Ha en fin dag.",
        "Du høyrer frå oss innan fem vyrkedagar.",
        "Er det noe mer jeg kan hjelpe deg med i dag?",
        "Eg har lagt inn eit notat i saka di.",
    ],
    "hello": [
        "Hallo, er du fortsatt på linja?",
        "Hallo? Det er heilt stille i røyret.",
        "Er du der enno?",
        "Hallo, hører du meg, eller?",
    ],
    "keypress_optin": [
        "Får vi ta opp samtalen? Trykk 1 for ja eller 2 for nei.|1|2",
        "Tast 9 om du godtar opptak av samtalen. Tast 0 om du ikke gjør det.|9|0",
        "Trykk 3 for å samtykke til opptak, eller trykk 7 for å avslå.|3|7",
        "Avslår du opptak, tast 4. Godtar du, tast 2.|2|4",
        "Vil du bli teken opp? Ja: tast 5. Nei: tast 8.|5|8",
        "Godtek du at vi tek opp samtalen, trykk 6 – vil du ikkje, trykk 1.|6|1",
    ],
    "keypress_optout": [
        "Trykk 3 hvis du ikke ønsker at samtalen blir tatt opp.|3",
        "Vel bort opptak ved å taste 7 no.|7",
        "Ønsker du ikke opptak, tast 0.|0",
        "Viss du ikkje vil bli teken opp, trykk 4 no.|4",
        "Tast 8 for å reservere deg mot opptak.|8",
        "Er du imot opptak, trykk 2.|2",
    ],
}

for _bank, _held11 in ((DA, HELD11_DA), (NO, HELD11_NO)):
    for _slot, _words in _held11.items():
        _bank.setdefault(_slot, {})["held11"] = _words

# held12: written blind by a helper who did not read the phrase banks, the engine, the tests or the
# dev..held10 wordings; it worked from DOMAIN.md, the slot names and format of held11, and the code
# here that builds a call from its parts. Styles emphasised this time: speech-to-text-like
# transcripts (lower case, little or odd punctuation, filler words "øh", "ehm", "altså", "liksom",
# repeated words "ja ja ja", false starts "vi op- vi optager"); very short agent turns split over
# several sentences ("Lige en ting. Vi optager. Det er til oplæring."); callers who answer with a
# counter-question before agreeing or refusing ("til oplæring? nå ja så er det fint"); withdrawals
# worded as complaints about the recording or demands to delete it ("jeg vil have den optagelse
# fjernet", "det opptaket vil jeg ha bort"); coercion worded as waiting times or transfers ("så må
# du vente på en medarbejder uden optagelse, det tager en time"); polite Norwegian nynorsk and
# Trøndelag/Bergen spellings ("æ", "ka", "dokker", "ikkje"); Danish Sønderjysk/Fynsk colloquial
# spellings ("a", "æ", "hva", "ik å"); false friends on optage/opptak in other senses ("optage
# plads", "linjen var optaget", "tage op til overvejelse", "opptatt", "ta opp saken med sjefen").
# Like held4 to held11 it draws key-press prompts, some naming the "no" key first.
HELD12_DA: dict[str, list[str]] = {
    "greeting": [
        "hej du taler med Bo fra Fyns Forsyning",
        "Goddaw. Sønderborg Kommune. Det er Inge.",
        "øh ja goddag det er Lasse fra kundeservice",
        "Hej. Velkommen til Odense Bolig. Du snakker med Mads.",
        "goddag goddag Tandlægevagten her det er Hanne",
    ],
    "notice_definite": [
        "Lige en ting. Vi optager samtalen{p}.",
        "øh samtalen her den bliver optaget{p}",
        "vi op- vi optager altså samtalen{p} bare så du ved det",
        "Inden vi starter. Den her samtale optages{p}.",
        "a ska lige sig at vi optager æ samtale{p}",
        "ehm jeg optager samtalen nu{p} ik å",
        "Bare så du ved det. Opkaldet bliver optaget{p}. Det gør vi med alle.",
    ],
    "notice_vague": [
        "øh samtalen kan måske blive optaget",
        "Det kan være. At samtalen bliver optaget.",
        "vi optager somme tider samtaler altså",
        "ehm nogle samtaler kan blive optaget ik å",
        "det er muligt at æ samtale bliver optaget",
    ],
    "notice_conditional": [
        "hvis vi skal optage så spørger jeg dig først",
        "optager vi på et tidspunkt så spørger jeg først om det er okay",
        "øh hvis det bliver aktuelt med optagelse så får du besked inden",
        "vil a optage noget så spør a dig først ik å",
        "Hvis vi optager senere. Så spørger vi om lov.",
    ],
    "purpose": [
        " til oplæring af nye kollegaer",
        " øh for at gøre vores service bedre",
        " til dokumentation af hvad vi aftaler",
        " så vi kan træne vores folk",
        " til kvalitetssikring altså",
        " til brug i vores uddannelse af medarbejdere",
    ],
    "purpose_sentence": [
        "Det er til oplæring.",
        "øh det bruger vi til at træne nye medarbejdere",
        "Formålet. Det er at forbedre vores service.",
        "det er så vi kan dokumentere hvad vi aftaler ik å",
        "Vi bruger det til kvalitetssikring. Og til uddannelse.",
    ],
    "request_long": [
        "øh øh er det så okay at vi optager den her samtale",
        "Må jeg optage? Altså samtalen her?",
        "øh er det i orden med dig at samtalen bliver optaget",
        "Så mit spørgsmål. Må vi optage samtalen?",
        "ka a få lov å optage æ samtale",
        "ehm giver du lov til at vi optager opkaldet",
    ],
    "request_short": [
        "er det så okay med dig",
        "Går du med til det? Er det okay?",
        "øh må vi det",
        "øh okay med dig altså",
        "er det i orden med dig ik å",
        "Må vi godt det?",
    ],
    "request_negative": [
        "har du øh noget imod at vi optager samtalen her",
        "Har du noget imod det? At vi optager?",
        "øh du har vel ikke noget imod at samtalen bliver optaget",
        "gør det dig noget at a optager æ samtale",
        "ehm har du nogen indvendinger mod at vi optager opkaldet",
    ],
    "request_negative_short": [
        "øhm har du noget imod det altså",
        "Noget imod det? Eller hvad?",
        "øh gør det noget",
        "det har du vel ikke noget imod ik å",
    ],
    "withdrawal_info": [
        "du kan altid bede mig stoppe optagelsen undervejs så sletter vi den",
        "Vil du ikke optages mere? Så sig stop. Når som helst. Så stopper vi optagelsen.",
        "øh du kan trække dit samtykke tilbage når du vil altså også midt i samtalen",
        "a stopper æ optagelse lige så snart du beder om det når som helst",
        "Fortryder du undervejs? Det må du gerne. Så stopper vi optagelsen og sletter den.",
    ],
    "objection_info": [
        "hvis du ikke vil optages så sig det nu",
        "Vil du ikke optages? Så sig det nu. Inden vi går i gang.",
        "øh vil du ikke have at vi optager så sig det her før vi starter",
        "ønsker du ikke optagelse så sig til nu ik å",
    ],
    "retention": [
        "optagelsen slettes igen efter 45 dage",
        "Vi gemmer den i tre måneder. Så bliver den slettet.",
        "øh lydfilen slettes efter et halvt år",
        "æ optagelse bliver slettet efter 60 dage",
    ],
    "coercion": [
        "Så må du vente på en medarbejder uden optagelse. Det tager en time.",
        "hvis du ikke vil optages så kan jeg ikke hjælpe dig så må du ringe igen i morgen",
        "øh uden optagelse så skal jeg stille dig om til en anden afdeling og der er en times ventetid",
        "vil du ikke optages så kommer du bagerst i køen",
        "Uden optagelse? Så kan vi ikke tage din sag i dag.",
        "siger du nej til optagelsen så må du skrive til os i stedet og det tager tre uger",
    ],
    "reply_given": [
        "ja ja ja det er fint",
        "øh ja okay det er i orden",
        "til oplæring? nå ja så er det fint",
        "ja selvfølgelig bare optag",
        "jamen ja da det må du godt",
        "hvad skal den bruges til? nå okay. ja det er i orden",
        "øh ja det er fint jeg ringer om min regning",
        "ja det er i orden med mig",
        "ja tak det er fint nok",
    ],
    "reply_condition": [
        "ja hvis den bare bliver slettet bagefter",
        "øh ja okay så længe det kun er til oplæring",
        "det er i orden hvis den ikke bliver delt med andre",
        "ja men kun hvis den bliver internt ik å",
    ],
    "reply_refused": [
        "nej nej nej det vil jeg ikke",
        "øh nej nej ikke optage tak",
        "skal det optages? nej det vil jeg helst ikke",
        "nej tak det vil a ikke",
        "hvorfor det? nej det har jeg ikke lyst til",
        "næ nej det vil jeg ikke have",
    ],
    "reply_ambiguous": [
        "øh",
        "øh hvad skal den så bruges til",
        "ehm det ved jeg ikke altså",
        "hvem er det der hører den bagefter",
        "mm måske",
        "hva? optage hvad?",
    ],
    "neg_reply_given": [
        "øh nej nej nej det er skam helt fint",
        "øh nej det har jeg ikke bare optag",
        "nej da det er helt i orden",
        "imod? nej overhovedet ikke det er fint",
        "nej det har a ikke det er fint",
    ],
    "neg_reply_refused": [
        "ja det har jeg faktisk lad være med at optage",
        "øh ja jeg vil helst ikke optages",
        "ja det har a. lad vær å optage",
        "hvorfor spørger du? ja jeg vil ikke optages",
    ],
    "neg_reply_ambiguous": [
        "øh det ved jeg ikke",
        "jamen hvad skal den dog bruges til",
        "mm altså",
        "hvem skal høre den",
    ],
    "ack_refused": [
        "okay så optager vi ikke",
        "Fint. Optagelsen er stoppet. Den er slettet.",
        "øh det er i orden så kører vi uden optagelse",
        "det er helt fint a har slukket for æ optagelse",
    ],
    "business_agent": [
        "hvad er dit kundenummer",
        "Dit navn? Og adresse?",
        "øh hvad drejer det sig om",
        "ka du gi mig dit cpr nummer",
    ],
    "business_customer": [
        "øh min varmeregning er alt for høj",
        "jeg har ikke fået min pakke altså",
        "Mit fjernvarme. Det virker ikke.",
        "a ska ha flyttet min tid hos tandlægen",
    ],
    "withdrawal": [
        "jeg vil have den optagelse fjernet",
        "øh ved du hvad slet den optagelse jeg vil ikke optages",
        "det der med at I optager det er jeg altså ikke glad for sluk for den",
        "a vil ha æ optagelse slettet nu",
        "Optagelsen. Den skal slettes. Jeg har skiftet mening.",
        "hvorfor optager I stadig? stop optagelsen",
        "jeg trækker mit samtykke til optagelsen tilbage altså",
    ],
    "false_friend": [
        "øh kan I tage min rabat op til overvejelse",
        "linjen var optaget hele formiddagen",
        "min nye sofa optager hele stuen",
        "kan du tage sagen op med din chef",
        "a vil gern stoppe mit abonnement på avisen",
        "jeg er blevet optaget på universitetet så jeg flytter",
    ],
    "closing": [
        "okay det er ordnet hav en god dag",
        "Så er det klaret. Farvel.",
        "øh var der andet",
    ],
    "hello": [
        "hallo hallo er du der endnu",
        "Hallo? Er der nogen? Kan du høre mig?",
        "øh hallo",
    ],
    "keypress_optin": [
        "Må vi optage? Tast 1 for ja. Tast 2 for nej.|1|2",
        "vil du optages så tryk 5 vil du ikke så tryk 6|5|6",
        "Tast 9 for nej til optagelse. Tast 3 for ja til optagelse.|3|9",
        "tryk 7 hvis vi må optage samtalen ellers tryk 8|7|8",
    ],
    "keypress_optout": [
        "Vil du ikke optages? Tast 5.|5",
        "tryk 9 hvis samtalen ikke skal optages|9",
        "Nej til optagelse. Tast 6.|6",
        "tast 1 nu hvis du ikke vil have optagelse|1",
    ],
}
HELD12_NO: dict[str, list[str]] = {
    "greeting": [
        "hei du snakker med Ola i Trondheim Energi",
        "God dag. Bergen kommune. Det er Randi.",
        "eh ja hallo det er Siv på kundeservice",
        "Hei. Velkomen til Sogn Kraft. Du snakkar med Leiv.",
        "hei hei det er Mari på legevakta",
    ],
    "notice_definite": [
        "Bare ein ting. Vi tek opp samtalen{p}.",
        "eh samtalen her blir tatt opp{p}",
        "vi ta- vi tar altså opp samtalen{p} bare så du vet det",
        "Før vi startar. Denne samtalen blir teken opp{p}.",
        "æ må bare si at vi tar opp samtalen{p}",
        "ehm eg tek opp samtalen no{p} altså",
        "Bare så du veit det. Samtala blir tatt opp{p}. Det gjer vi med alle.",
    ],
    "notice_vague": [
        "eh samtalen kan kanskje bli tatt opp",
        "Det kan vere. At samtalen blir teken opp.",
        "vi tar av og til opp samtaler liksom",
        "ehm nokre samtalar kan bli tekne opp",
        "det er mulig at samtalen blir tatt opp",
    ],
    "notice_conditional": [
        "viss vi skal ta opp så spør eg deg først",
        "tek vi opp på eit tidspunkt så spør eg først om det er greitt",
        "eh hvis det blir aktuelt med opptak så får du beskjed før",
        "ska æ ta opp nåkka så spør æ dæ først",
        "Hvis vi tar opp senere. Så spør vi om lov.",
    ],
    "purpose": [
        " for opplæring av nye kolleger",
        " eh for å gjøre kundeservicen bedre",
        " for å dokumentere det vi avtalar",
        " så vi kan lære opp folka våre",
        " til kvalitetssikring liksom",
        " til bruk i opplæringa av tilsette",
    ],
    "purpose_sentence": [
        "Det er for opplæring.",
        "eh det bruker vi til å lære opp nye medarbeidere",
        "Formålet. Det er å forbedre kundeservicen.",
        "det er så vi kan dokumentere det vi avtaler altså",
        "Vi brukar det til kvalitetssikring. Og til opplæring.",
    ],
    "request_long": [
        "eh eh er det greit at vi tar opp denne samtalen",
        "Kan eg ta opp? Altså samtalen her?",
        "eh er det i orden for deg at samtalen blir tatt opp",
        "Så spørsmålet mitt. Får vi ta opp samtalen?",
        "e det greit at æ tar opp samtalen",
        "ehm går det an at vi tek opp samtala",
    ],
    "request_short": [
        "er det greit da",
        "Går du med på det? Er det greit?",
        "eh får vi det",
        "eh greitt for deg altså",
        "er det greitt for deg altså",
        "Får vi lov til det? Eller?",
    ],
    "request_negative": [
        "har du eh noe imot at vi tar opp samtalen her",
        "Har du noko imot det? At vi tek opp?",
        "eh du har vel ikke noe imot at samtalen blir tatt opp",
        "har du nåkka imot at æ tar opp denne samtalen hær",
        "ehm har du innvendingar mot at vi tek opp samtala",
    ],
    "request_negative_short": [
        "ehm har du noe imot det altså",
        "Noko imot det?",
        "eh gjør det noe",
        "det har du vel ikkje noko imot",
    ],
    "withdrawal_info": [
        "du kan alltid be meg stoppe opptaket underveis så sletter vi det",
        "Vil du ikkje bli teken opp lenger? Sei stopp. Når som helst. Så stoppar vi opptaket.",
        "eh du kan trekke samtykket tilbake når du vil altså også midt i samtalen",
        "æ stoppe opptaket med en gang du ber om det når som helst",
        "Angrar du undervegs? Det er lov. Då stoppar vi opptaket og slettar det.",
    ],
    "objection_info": [
        "hvis du ikke vil bli tatt opp så si det nå",
        "Vil du ikkje bli teken opp? Sei det no. Før vi startar.",
        "eh vil du ikke at vi tar opp så si fra før vi begynner",
        "ønsker du ikkje opptak så sei frå no",
    ],
    "retention": [
        "opptaket slettes etter 30 dager",
        "Vi lagrar det i tre månader. Så blir det sletta.",
        "eh lydfila blir sletta etter eit halvt år",
        "opptaket blir sletta etter 60 dagar",
    ],
    "coercion": [
        "Då må du vente på ein medarbeidar utan opptak. Det tek ein time.",
        "hvis du ikke vil bli tatt opp så kan jeg ikke hjelpe deg så må du ringe igjen i morgen",
        "eh uten opptak må jeg sette deg over til en annen avdeling og der er det en times ventetid",
        "vil du ikkje bli teken opp så hamnar du bakarst i køen",
        "Uten opptak? Da kan vi ikke ta saken din i dag.",
        "seier du nei til opptak så må du skrive til oss i staden og det tek tre veker",
    ],
    "reply_given": [
        "ja ja ja det går fint",
        "eh ja ok det er i orden",
        "for opplæring? å ja da er det greit",
        "ja selvfølgelig bare ta opp",
        "jada det går fint",
        "ka ska det brukes te? ja ja ok. ja det e greit",
        "eh ja det er greit jeg ringer om regninga",
        "ja det er heilt i orden for meg",
        "ja takk det er greitt",
    ],
    "reply_condition": [
        "ja hvis det blir sletta etterpå",
        "eh ja ok så lenge det bare er til opplæring",
        "det er greit viss det ikkje blir delt med andre",
        "ja men bare hvis det blir internt liksom",
    ],
    "reply_refused": [
        "nei nei nei det vil jeg ikke",
        "eh nei nei ikke ta opp takk",
        "skal det tas opp? nei det vil jeg helst ikke",
        "nei takk det vil eg ikkje",
        "koffor det? nei det har æ ikkje lyst til",
        "næ nei det vil jeg ikke ha",
    ],
    "reply_ambiguous": [
        "eh",
        "eh hva skal det brukes til da",
        "ehm vet ikke helt altså",
        "kven høyrer på det etterpå",
        "mm kanskje",
        "hæ? skal de ta opp kva da?",
    ],
    "neg_reply_given": [
        "nei nei nei det går heilt fint",
        "eh nei det har jeg ikke bare ta opp",
        "nei da det er heilt i orden",
        "imot? nei slett ikke det er greit",
        "nei det har æ ikkje det e greit",
    ],
    "neg_reply_refused": [
        "ja det har jeg faktisk la være å ta opp",
        "eh ja eg vil helst ikkje bli teken opp",
        "ja det har æ så du får la vær å ta opp",
        "koffor spør du? ja eg vil ikkje bli teken opp",
    ],
    "neg_reply_ambiguous": [
        "eh vet ikke",
        "kva skal det brukast til",
        "mm altså",
        "hvem skal høre på det",
    ],
    "ack_refused": [
        "ok da tar vi ikke opp",
        "Greitt. Opptaket er stoppa. Det er sletta.",
        "eh det er i orden da fortset vi utan opptak",
        "det e heilt greit æ har skrudd av opptaket",
    ],
    "business_agent": [
        "hva er kundenummeret ditt",
        "Namnet ditt? Og adressa?",
        "eh hva gjelder det",
        "ka e fødselsnummeret ditt",
    ],
    "business_customer": [
        "eh straumrekninga mi er altfor høg",
        "jeg har ikke fått pakken min liksom",
        "Fjernvarmen. Den virker ikke.",
        "æ må flytte timen min hos tannlegen",
    ],
    "withdrawal": [
        "det opptaket vil jeg ha bort",
        "eh veit du kva slett opptaket eg vil ikkje bli teken opp",
        "det der med at dere tar opp det liker jeg altså ikke skru det av",
        "æ vil ha opptaket sletta no",
        "Opptaket. Det skal slettes. Jeg har ombestemt meg.",
        "koffor tek de framleis opp? stopp opptaket",
        "eg trekkjer samtykket til opptaket altså",
    ],
    "false_friend": [
        "eh kan du ta opp saken med sjefen din",
        "linja var opptatt heile formiddagen",
        "æ har vært så opptatt med jobben at æ glømte regninga",
        "jeg søkte opptak på høgskolen og kom inn",
        "eg vil stoppe abonnementet på avisa",
        "kan dere ta opp igjen spørsmålet om rabatten",
    ],
    "closing": [
        "ok det er ordna ha en fin dag",
        "Då er det klart. Ha det.",
        "eh var det noe mer",
    ],
    "hello": [
        "hallo hallo er du der enno",
        "Hallo? Er det nokon der? Høyrer du meg?",
        "eh hallo",
    ],
    "keypress_optin": [
        "Får vi ta opp? Tast 1 for ja. Tast 2 for nei.|1|2",
        "vil du bli tatt opp så trykk 5 vil du ikke så trykk 6|5|6",
        "Tast 9 for nei til opptak. Tast 3 for ja til opptak.|3|9",
        "trykk 7 viss vi får ta opp samtalen elles trykk 8|7|8",
    ],
    "keypress_optout": [
        "Vil du ikkje bli teken opp? Tast 5.|5",
        "trykk 9 hvis samtalen ikke skal tas opp|9",
        "Nei til opptak. Tast 6.|6",
        "tast 1 no viss du ikkje vil ha opptak|1",
    ],
}

for _bank, _held12 in ((DA, HELD12_DA), (NO, HELD12_NO)):
    for _slot, _words in _held12.items():
        _bank.setdefault(_slot, {})["held12"] = _words

# held13: written blind by a helper who did not read the phrase banks, the engine, the tests or the
# dev..held12 wordings (only held12's slot names and format); it worked from DOMAIN.md and the code
# here that builds a call from its parts, and reworded every phrasing that came out close to one of
# another split (checked by word overlap only). Styles emphasised this time: formal and
# bureaucratic wordings of banks, insurers and public agencies (passive and nominal forms "der
# foretages lydoptagelse", "det gjøres lydopptak", the polite "De"/"Dem"/"Deres"); everyday
# colloquial ones ("vores snak", "praten vår", "optag du bare løs", "ta opp i vei", "cool med
# det"); speech-to-text noise (words split or misspelled: "op tages", "op tager", "tat opp", "ta
# opp" for "tar opp", "lyd opptaket"; no punctuation; fillers and repetitions); yes-replies that
# hold a negation ("det har jeg ingen problemer med", "ikke noget problem", "ikke noe problem") and
# refusals that hold a yes-word or a "fine" ("ja nej det vil jeg altså helst ikke", "nei det er
# ikke i orden", "nej det er ikke fint med mig", "fint at du spør, men nei takk"); ambiguous
# replies that start with "ja" and take it back ("ja... nej vent"); "jo" to a negatively phrased
# request, and negatively phrased requests on other verbs ("protesterer du", "er De imot", "vil du
# heller slippe det"); vague notices that hold a definite verb ("samtalen her optages formentlig",
# "samtalen blir trolig tatt opp", "nogle af vores opkald bliver optaget"); conditional notices
# that hold a request-like clause ("vil jeg først høre, om det er i orden med dig"); coercion as a
# precondition, a lost discount, an ended call or a branch visit; withdrawal information that says
# outright that saying no costs nothing; withdrawals worded as revoking, regretting or ordering the
# file destroyed; false friends "optage et boliglån" / "ta opp eit huslån", "optaget på
# gymnasiet", "bli teken opp som medlem i kundeklubben", "ingen tog den op", "trække min klage
# tilbage", "angreretten". Like held4 to held12 it draws key-press prompts, some naming the "no"
# key first.
HELD13_DA: dict[str, list[str]] = {
    "greeting": [
        "Udbetaling Danmark goddag det er Birgitte",
        "Goddag og velkommen til Sydbank, du taler med Kasper.",
        "Akuttelefonen i Region Hovedstaden, du taler med en sygeplejerske.",
        "hej du har fat i Signe hos Telia",
        "Tryg skadeservice, det er Henrik.",
        "Goddag, Skattestyrelsen, De taler med Poul Erik.",
        "hej og tak for ventetiden Norlys kundeservice det er Amira",
    ],
    "notice_definite": [
        "Jeg skal gøre opmærksom på, at der foretages lydoptagelse af samtalen{p}.",
        "Vores samtale bliver optaget{p}, det gør vi med alle opkald.",
        "samtalen op tages{p}",
        "For god ordens skyld: De bliver optaget{p}.",
        "Vi gemmer en lydoptagelse af hele opkaldet{p}.",
        "Jeg har sat optageren i gang på vores snak{p}, bare til orientering.",
        "vi recorder samtalen{p}",
        "Samtalen er ved at blive optaget{p}.",
        "Fra nu af optager vi samtalen{p}.",
        "øh jeg skal lige sige at den her samtale den optager vi{p}",
        "Dette opkald bliver optaget og gemt{p}.",
        "vi vi op tager samtalen{p} altså",
    ],
    "notice_vague": [
        "Samtalen her optages formentlig{p}.",
        "Optagelse af telefonsamtaler kan finde sted{p}.",
        "Man kan ikke udelukke, at der sker en optagelse af samtalen.",
        "Nogle af vores opkald bliver optaget.",
        "Det er ikke sikkert, men samtalen kan blive optaget.",
        "øh samtaler bliver eventuelt optaget{p}",
        "Der er en vis sandsynlighed for at dit opkald bliver optaget{p}.",
        "samtalen vil måske blive optaget",
    ],
    "notice_conditional": [
        "Hvis vi får brug for at optage samtalen, spørger jeg dig om lov først.",
        "Skulle samtalen blive optaget, får du besked inden.",
        "I tilfælde af at vi optager, bliver du spurgt først.",
        "Såfremt der bliver tale om optagelse, vil De blive informeret.",
        "hvis det bliver nødvendigt at optage så giver jeg lyd",
        "Hvis samtalen skal optages, vil jeg først høre, om det er i orden med dig.",
    ],
    "purpose": [
        " med henblik på uddannelse af vores medarbejdere",
        " så vi bagefter kan gå tilbage og tjekke hvad der blev aftalt",
        " så vi hele tiden kan løfte niveauet i vores betjening",
        " til træningsbrug i huset",
        " til brug for kvalitetsopfølgning og oplæring",
        " som bevis på aftalen, hvis der senere opstår tvivl",
        " så vores teamledere kan give sparring til rådgiverne",
        " øh til undervisningsbrug på vores kurser for nyansatte",
    ],
    "purpose_sentence": [
        "Vi bruger det, når vi lærer nyansatte op.",
        "Så kan vi altid bevise, hvad der blev aftalt.",
        "Det er for at vi kan forbedre vores kundeservice.",
        "Det bruges udelukkende til intern oplæring.",
        "øh det er til træning af personalet altså",
        "Baggrunden er, at vi løbende vil højne kvaliteten af vores service.",
        "Formålet er kvalitetsudvikling, så vi bliver bedre til at hjælpe dig.",
    ],
    "request_long": [
        "Vil du give dit samtykke til, at samtalen bliver optaget?",
        "Tillader De, at vi laver en optagelse af vores samtale?",
        "Kan jeg få din accept af, at opkaldet bliver optaget?",
        "Siger du god for, at vi optager samtalen?",
        "vil du tillade mig at optage den her snak",
        "kan vi få lov at lave en lydoptagelse af samtalen",
        "er du okay med at vi op tager det her opkald",
        "Er det i orden, hvis vi optager?",
        "Så vil jeg høre, om jeg må optage samtalen?",
        "øh kan du give mig et ja til at vi optager",
    ],
    "request_short": [
        "Lyder det i orden?",
        "Okay for dig?",
        "Siger du god for det?",
        "Har jeg din tilladelse?",
        "Må jeg trykke på optag-knappen?",
        "Kan De acceptere det?",
        "hvad siger du, får vi lov",
        "Får jeg dit ja til det?",
    ],
    "request_negative": [
        "Ville det være et problem for dig med en optagelse af opkaldet?",
        "Generer det dig at blive optaget?",
        "Er De imod, at samtalen bliver optaget?",
        "Det er vel ikke noget problem, at vi optager?",
        "har du noget i mod at vi op tager samtalen",
        "Forhåbentlig har du intet imod, at vi optager?",
        "Protesterer du, hvis vi optager?",
    ],
    "request_negative_short": [
        "Noget problem i det?",
        "Det generer dig forhåbentlig ikke?",
        "De er vel ikke imod det?",
        "Du er forhåbentlig ikke modstander af det?",
        "vil du hellere være fri for det",
    ],
    "withdrawal_info": [
        "De kan til enhver tid tilbagekalde Deres samtykke til optagelsen.",
        "Fortryder du, så sig det bare undervejs, så stopper vi og sletter det optagne.",
        "Samtykket er ikke bindende, du kan tage det tilbage midt i det hele.",
        "du kan når som helst sige stop til optagelsen og så sletter vi den med det samme",
        "Skifter du mening, kan du bede os afbryde optagelsen, også senere i samtalen.",
        "du bestemmer selv og kan altid få os til at slå optagelsen fra",
        "hvis du på et tidspunkt ikke vil optages længere så siger du bare til",
        "Det er frivilligt, siger du nej hjælper vi dig lige så godt, og du kan også stoppe optagelsen når som helst.",
    ],
    "objection_info": [
        "Foretrækker du ingen optagelse, så nævn det nu, før vi fortsætter.",
        "Er du modstander af optagelse, så giv lyd allerede nu.",
        "Du kan frabede dig optagelse ved at sige det her i starten.",
        "vil du ikke have at samtalen optages så giv mig besked nu",
        "Skulle De ikke ønske optagelse, bedes De oplyse det nu.",
        "skal vi lade være med at optage så sig det lige her i begyndelsen",
    ],
    "retention": [
        "Lydfilen opbevares i 30 dage og slettes derefter.",
        "vi gemmer optagelser i højst seks måneder",
        "Lydoptagelsen ligger krypteret hos os i tolv måneder, derefter bliver den slettet.",
        "efter 90 dage bliver den automatisk slettet",
        "Optagelser gemmes i 14 dage, hvorefter de slettes.",
        "øh den bliver liggende hos os i to måneder og så sletter vi den",
    ],
    "coercion": [
        "Uden optagelse kan vi desværre ikke behandle din sag over telefonen.",
        "Det er en forudsætning for at jeg kan hjælpe dig, at du accepterer optagelsen.",
        "Hvis du siger nej til optagelse, er jeg nødt til at afslutte samtalen.",
        "Takker De nej til optagelsen, kan vi ikke gennemføre handlen telefonisk.",
        "rådgivning får du kun hos os hvis du lader os optage",
        "siger du nej så må du møde op i filialen i stedet for vi kan ikke tage det uden optagelse",
        "øh altså uden dit ja til optagelsen så kan jeg jo ikke komme videre med din skade",
        "Vil du ikke optages, mister du desværre telefonrabatten.",
        "hvis vi ikke må optage så kan vi ikke oprette aftalen i dag",
    ],
    "reply_given": [
        "jamen for min skyld er det helt i orden",
        "Jamen selvfølgelig, det må I gerne.",
        "ja ja fint med mig",
        "det har jeg ingen problemer med",
        "ja værsgo optag du bare løs",
        "ja det er okay. jeg ringer fordi jeg vil stoppe min betalingsservice",
        "yes det er fint",
        "ja, det gør I bare",
        "øh ja ja det har I lov til",
        "ja, det giver jeg lov til",
        "Ja, det accepterer jeg.",
        "ja det er fint jeg skal have slettet et gammelt kort på min konto",
        "ja sagtens",
        "ikke noget problem, det må I gerne",
        "det kan jeg sagtens gå med til ja",
    ],
    "reply_condition": [
        "ja såfremt den bliver inden for jeres egne vægge",
        "i orden, men den må ikke komme uden for huset",
        "ja fint, bare ingen uden for firmaet får den at høre",
        "jamen ja, bare I sletter den igen bagefter",
        "ja, på betingelse af at den ikke bruges i markedsføring",
        "fint med mig hvis den ikke gemmes for længe",
    ],
    "reply_refused": [
        "nej, det finder jeg ikke i orden",
        "Det vil jeg frabede mig.",
        "ja nej det vil jeg altså helst ikke",
        "nej tak, jeg står af på optagelsen",
        "det er jeg ikke så meget for, nej",
        "næ, det gider jeg ikke",
        "nej det er ikke fint med mig",
        "øh nej, optag mig ikke",
        "nej, det giver jeg ikke tilladelse til",
        "nej nej, fint at du spørger, men nej tak",
    ],
    "reply_ambiguous": [
        "hmm",
        "hvad sker der hvis jeg siger nej",
        "det er mig egentlig ligegyldigt",
        "ja... nej vent, hvad skal den bruges til?",
        "hvor længe bliver den gemt",
        "øh øh jeg ved ikke rigtig",
        "det må jeg lige sove på",
        "hvem lytter til den",
        "øh ja øh hvad var det du spurgte om",
    ],
    "neg_reply_given": [
        "nej, på ingen måde",
        "nej nej slet ikke, bare kør på",
        "ikke det fjerneste",
        "næh da, bare gør det",
        "næh det er helt fint med mig",
        "næ, det rører mig ikke",
        "nej, jeg er fuldstændig cool med det",
    ],
    "neg_reply_refused": [
        "ja, det vil jeg gerne undgå",
        "ja altså jeg kan ikke lide at blive optaget",
        "ja, sluk den venligst",
        "jo faktisk, optagelse er ikke noget for mig",
        "jamen ja, jeg har det skidt med optagelser",
        "ja, undlad venligst at optage",
    ],
    "neg_reply_ambiguous": [
        "mjaeh",
        "det kommer an på hvad den skal bruges til",
        "hvem får adgang til den bagefter",
        "øhm øhm",
        "aner det ikke",
    ],
    "ack_refused": [
        "Helt fint, jeg deaktiverer optagelsen nu.",
        "Forstået, der optages ikke.",
        "Naturligvis. Der er ingen optagelse længere, og det hidtil optagne er fjernet.",
        "okay jeg har stoppet optagelsen",
        "Du har valgt ikke at blive optaget. Optagelsen er slået fra.",
        "fint så fortsætter vi uden at optage",
    ],
    "business_agent": [
        "Hvad er din henvendelse i dag?",
        "Hvad står der som policenummer på dit brev?",
        "Vil du oplyse din fødselsdato?",
        "Hvor ligger boligen henne?",
        "og hvad er dit målernummer",
        "Kan jeg få dit kontonummer?",
    ],
    "business_customer": [
        "Jeg skal have ændret min betalingsaftale.",
        "min bil er blevet ridset på parkeringspladsen og jeg vil gerne anmelde det",
        "der er kommet et rykkergebyr jeg ikke kan forstå",
        "øh mit bredbånd er gået ned igen",
        "Jeg vil høre til min ansøgning om boligstøtte.",
        "jeg skal bestille tid til en blodprøve",
    ],
    "withdrawal": [
        "Jeg tilbagekalder mit samtykke til lydoptagelsen.",
        "ved du hvad, jeg fortryder jeg sagde ja til at blive optaget",
        "sluk lige for den båndoptager med det samme",
        "jeg vil ikke være på bånd mere",
        "I må altså ikke optage mere af det her",
        "glem det jeg sagde om optagelsen, den skal slettes",
        "jeg ønsker den optagelse destrueret",
        "nu gider jeg altså ikke blive optaget mere",
        "stop lige op tagelsen",
        "jeg har tænkt over det, og I skal ikke optage mig alligevel",
    ],
    "false_friend": [
        "vi overvejer at optage et boliglån på to millioner",
        "vil du slette min afdøde mands navn fra kontoen",
        "jeg trækker min klage tilbage",
        "jeg har ombestemt mig angående flyttedatoen",
        "kan du stoppe den automatiske overførsel til min søn",
        "min datter er blevet optaget på gymnasiet",
        "jeg ønsker ikke at blive optaget i jeres kundeklub",
        "ingen tog den op da jeg ringede i går",
        "kan du spærre mit kort og stoppe alle betalinger",
        "jeg fortryder købet af forsikringen",
    ],
    "closing": [
        "Tak for opkaldet og god weekend.",
        "så er det skrevet ind i systemet, god dag til dig",
        "Er der andet, jeg kan gøre for dig?",
        "Det var så lidt. Farvel og tak.",
    ],
    "hello": [
        "Hallo? Er linjen død?",
        "hallo er du røget af",
        "Hallo? Linjen er vist helt stille.",
        "øh hallo siger du noget",
    ],
    "keypress_optin": [
        "Hvis samtalen må optages, tast 1. Må den ikke, tast 2.|1|2",
        "Tryk 2 hvis du ikke vil optages, og tryk 1 hvis du giver samtykke til optagelse.|1|2",
        "Giver du samtykke til lydoptagelse, så tast 4. Ellers tast 5.|4|5",
        "for at acceptere optagelse tryk 0 for at afvise tryk 9|0|9",
        "Tast 6 for at sige nej til optagelse eller 3 for at sige ja.|3|6",
        "optagelse ja tak tryk 8 optagelse nej tak tryk 9|8|9",
    ],
    "keypress_optout": [
        "Ønsker du ikke at samtalen optages, tast 0 nu.|0",
        "Tryk på 3, hvis du vil fravælge optagelse.|3",
        "For at undgå optagelse af samtalen skal du trykke 4.|4",
        "tast 2 hvis du frabeder dig optagelse|2",
        "Hvis du ikke ønsker lydoptagelse, tryk 8 nu, ellers bliv på linjen.|8",
        "vil du fravælge at blive optaget så tast 7|7",
    ],
}
HELD13_NO: dict[str, list[str]] = {
    "greeting": [
        "NAV kontaktsenter god dag du snakker med Kari",
        "Hei, DNB kundeservice, Øyvind her.",
        "Velkomen til Gjensidige, du snakkar med Ingrid.",
        "Telenor hei det er Ahmed",
        "Helsenorge veiledning, god ettermiddag, dette er Solveig.",
        "hei og takk for at du venta Hafslund det er Jørgen",
        "Skatteetaten, god dag, De snakker med Bjørn.",
    ],
    "notice_definite": [
        "Jeg må opplyse om at det gjøres lydopptak av samtalen{p}.",
        "Samtalen vår blir tatt opp{p}, det gjør vi med alle samtaler.",
        "samtalen blir tat opp{p}",
        "For ordens skyld: De blir tatt opp{p}.",
        "Alt vi snakker om nå blir tatt opp{p}.",
        "Eg tek opp praten vår{p}, berre så du veit det.",
        "opptakeren står på under denne samtalen{p}",
        "Samtala er i ferd med å bli teken opp{p}.",
        "Fra nå av tar vi opp samtalen{p}.",
        "eh æ må bare si at denne samtalen den tar vi opp{p}",
        "Vi lagrer et lydopptak av hele samtalen{p}.",
        "vi vi ta opp samtalen{p} altså",
    ],
    "notice_vague": [
        "Samtalen blir trolig tatt opp{p}.",
        "Opptak av telefonsamtaler kan finne sted{p}.",
        "Det kan forekomme opptak av samtalen.",
        "Noen av samtalene våre blir tatt opp.",
        "Det er ikke sikkert, men samtalen kan bli tatt opp.",
        "eh samtaler blir eventuelt tatt opp{p}",
        "Enkelte samtalar blir tekne opp{p}.",
        "Vi kan ikke utelukke at det blir gjort opptak av samtalen.",
    ],
    "notice_conditional": [
        "Dersom vi får behov for å ta opp samtalen, spør jeg deg om lov først.",
        "Skulle samtalen bli tatt opp, får du beskjed på forhånd.",
        "I tilfelle vi tar opp, blir du spurt først.",
        "Såframt det blir gjort opptak, vil De bli informert.",
        "viss det blir naudsynt å ta opp så seier eg ifrå",
        "Hvis samtalen skal tas opp, vil jeg først høre om det er greit for deg.",
    ],
    "purpose": [
        " så nyansatte kan lære av ekte samtaler",
        " av hensyn til dokumentasjon",
        " så vi hele tiden kan heve nivået på betjeninga vår",
        " til treningsbruk internt",
        " til bruk når vi følger opp kvaliteten og lærer opp folk",
        " som bevis på avtalen om det seinere skulle bli tvil",
        " så teamlederne kan gi rådgiverne veiledning",
        " eh til coaching av rådgiverne våre",
    ],
    "purpose_sentence": [
        "Formålet er å lære opp nye medarbeidere.",
        "Det gjør vi for å kunne dokumentere hva som blir avtalt.",
        "Det er for at vi skal kunne forbedre kundeservicen.",
        "Det brukes kun til intern opplæring.",
        "eh det er til trening av de ansatte altså",
        "Vi gjer det av omsyn til kvalitetssikring og dokumentasjon.",
        "Hensikten er kvalitetsutvikling, slik at vi blir bedre til å hjelpe deg.",
    ],
    "request_long": [
        "Har jeg ditt samtykke til opptak av samtalen?",
        "Tillater De at vi gjør et opptak av samtalen vår?",
        "Er du villig til at vi tar opp det vi snakker om?",
        "Kan vi få di godkjenning til å ta opp samtala?",
        "kan eg få lov til å ta opp praten vår",
        "kan vi få gjøre et lydopptak av samtalen",
        "er du ok med at vi ta opp denne samtalen",
        "Er det i orden om vi tar opp?",
        "Da lurer jeg på om jeg kan ta opp samtalen?",
        "eh seier du ja til at vi tek opp samtala",
    ],
    "request_short": [
        "Høres det i orden ut?",
        "Kan du leve med det?",
        "Aksepterer du det?",
        "Har eg løyve til det?",
        "Hva sier du, får vi?",
        "Kan De godta det?",
        "får jeg et ja fra deg på det",
        "Får eg lov?",
    ],
    "request_negative": [
        "Ville det vore eit problem for deg med opptak av samtalen?",
        "Vil det plage deg om vi tek opp samtala?",
        "Er De imot at samtalen blir tatt opp?",
        "Det er vel ikke noe problem at vi tar opp?",
        "har du noe i mot at vi ta opp samtalen",
        "Det gjør forhåpentligvis ikke noe at vi tar opp?",
        "Skulle du ha noko imot eit opptak av samtalen?",
    ],
    "request_negative_short": [
        "Noe problem med det?",
        "Det plager deg forhåpentleg ikkje?",
        "De er vel ikke imot det?",
        "Du er forhåpentligvis ikke motstander av det?",
        "vil du heller slippe det",
    ],
    "withdrawal_info": [
        "De kan når som helst trekke tilbake samtykket Deres til opptaket.",
        "Angrer du deg midt i samtalen, holder det å si det, så blir opptaket stoppet og fjernet.",
        "Samtykket kan trekkes tilbake på et hvilket som helst tidspunkt i samtalen.",
        "du kan kva tid som helst seie stopp til opptaket og då slettar vi det med ein gong",
        "Skifter du mening, kan du be oss avbryte opptaket, også senere i samtalen.",
        "du bestemmer sjøl og kan alltid få oss til å slå av opptaket",
        "hvis du på et tidspunkt ikke vil bli tatt opp lenger så sier du bare fra",
        "Det er frivillig, sier du nei hjelper vi deg like godt, og du kan også stoppe opptaket når som helst.",
    ],
    "objection_info": [
        "Ønsker du ikke at samtalen blir tatt opp, kan du si ifra nå før vi går videre.",
        "Vil du heller slippe opptak, så si det før vi begynner.",
        "Reservasjon mot opptak gjøres ved at du sier det her i starten av samtalen.",
        "vil du ikkje at vi tek opp så gje beskjed no",
        "Skulle De ikke ønske opptak, ber vi Dem opplyse om det nå.",
        "viss du ikkje vil bli teken opp skal du berre seie det med ein gong",
    ],
    "retention": [
        "Lydfila ligger kryptert hos oss i 30 dager, så blir den fjernet.",
        "vi oppbevarer opptak i maks seks måneder",
        "Opptaket oppbevares sikkert og slettes etter ett år.",
        "etter 90 dagar blir det automatisk sletta",
        "Opptak lagres i 14 dager, og så blir de slettet.",
        "eh det blir liggende hos oss i to måneder og så sletter vi det",
    ],
    "coercion": [
        "Saken din kan bare tas på telefon hvis vi får gjøre opptak.",
        "Det er en forutsetning for at jeg kan hjelpe deg at du godtar opptaket.",
        "Om du avslår opptak, blir jeg dessverre nødt til å legge på.",
        "Takker De nei til opptak, kan vi ikke gjennomføre handelen over telefon.",
        "vi kan berre gi deg råd viss samtalen blir teken opp",
        "sier du nei så må du møte opp på kontoret i stedet for vi kan ikke ta det uten opptak",
        "eh altså uten at du sier ja til opptak så kommer jeg ikke videre med skademeldinga di",
        "Vil du ikkje bli teken opp, mistar du dessverre telefonrabatten.",
        "hvis vi ikke får ta opp så kan vi ikke opprette avtalen i dag",
    ],
    "reply_given": [
        "joda det er da helt i orden",
        "Ja selvfølgelig, det får dere gjerne.",
        "ja ja greit for meg",
        "det har jeg ingen problemer med",
        "ja værsågod, ta opp i vei",
        "ja det er ok. jeg ringer fordi jeg vil stoppe avtalegiroen min",
        "jepp det går fint",
        "ja da, bare kjør på",
        "eh ja ja det får dere",
        "ja, det gir jeg lov til",
        "Ja, det aksepterer jeg.",
        "ja det er greit eg må få sletta eit gammalt kort frå kontoen min",
        "ja absolutt",
        "ikke noe problem, det får dere gjerne",
        "for min del er det helt i orden",
    ],
    "reply_condition": [
        "ja hvis det bare brukes internt",
        "i orden, men det må ikke komme ut av huset",
        "ja greit, bare ingen utenfor firmaet får høre det",
        "javisst, bare dere sletter det etterpå",
        "ja, på vilkår av at det ikkje blir brukt i marknadsføring",
        "greit for meg hvis det ikke lagres for lenge",
    ],
    "reply_refused": [
        "nei det er ikke i orden",
        "Det vil jeg frabe meg.",
        "ja nei, det ser jeg helst at vi lar være",
        "nei takk, jeg står over opptaket",
        "nei, det er eg ikkje så glad i",
        "næ, det gidder jeg ikke",
        "nei, det finner jeg meg ikke i",
        "eh nei, det gir jeg ikke tillatelse til",
        "nei du, det blir det ikke noe av",
        "nei nei, fint at du spør, men nei takk",
    ],
    "reply_ambiguous": [
        "hmm",
        "kva skjer om eg seier nei",
        "det er meg egentlig likegyldig",
        "ja... nei vent, hva skal det brukes til?",
        "hvor lenge blir det lagret",
        "eh eh det er jeg usikker på",
        "det må jeg sove på",
        "hvem hører på det",
        "eh ja eh hva var det du spurte om",
    ],
    "neg_reply_given": [
        "nei, ikke det minste",
        "nei nei slett ikkje, berre køyr på",
        "ikke det spor",
        "næh da, bare gjør det",
        "næh det er heilt greit for meg",
        "næ, det rører meg ikke",
        "nei, jeg er helt komfortabel med det",
    ],
    "neg_reply_refused": [
        "ja, det vil jeg gjerne unngå",
        "ja altså eg likar ikkje å bli teken opp",
        "ja, skru det av er du snill",
        "jo altså, opptak er ikke noe for meg",
        "ja, jeg har det ikke bra med opptak",
        "ja, unnlat helst å ta opp",
    ],
    "neg_reply_ambiguous": [
        "hm joa neida vet ikke",
        "kommer an på hva det skal brukes til",
        "hvor lenge lagrer dere det",
        "ehm ehm",
        "aner ikke",
    ],
    "ack_refused": [
        "Det er heilt i orden, då slår eg av opptaket.",
        "Forstått, det blir ikke gjort opptak.",
        "Selvsagt. Opptaket er avbrutt, og det som ble tatt opp er slettet.",
        "ok jeg har stoppet opptaket",
        "Du har valgt å ikke bli tatt opp. Opptak er slått av.",
        "greit da fortsetter vi uten å ta opp",
    ],
    "business_agent": [
        "Hvilken sak ringer du om?",
        "Har du polisenummeret for hånda?",
        "Vil du oppgi fødselsdatoen din?",
        "Kor ligg bustaden?",
        "og hva er målernummeret ditt",
        "Kan jeg få kontonummeret ditt?",
    ],
    "business_customer": [
        "Jeg må få endret betalingsavtalen min.",
        "bilen min har fått en ripe på parkeringsplassen og jeg vil melde det",
        "eg har fått ei purring som eg ikkje skjønar",
        "eh bredbåndet har gått ned igjen",
        "Jeg lurer på hvordan det går med søknaden min om bostøtte.",
        "jeg må bestille time til blodprøve",
    ],
    "withdrawal": [
        "Jeg trekker tilbake samtykket mitt til lydopptaket.",
        "veit du kva eg angrar på det med opptaket",
        "kan dere skru av opptaket nå",
        "eg vil ikkje vere på band lenger",
        "resten av dette vil jeg ikke ha på opptak",
        "glem det jeg sa om opptak, det skal slettes",
        "det lydopptaket skal makuleres, det vil jeg ikke ha liggende",
        "nå vil jeg faktisk ikke bli tatt opp lenger",
        "stopp lyd opptaket",
        "jeg har tenkt meg om, dere skal ikke ta opp likevel",
    ],
    "false_friend": [
        "vi tenkjer å ta opp eit huslån på to millionar",
        "kan du slette navnet til min avdøde mann fra kontoen",
        "jeg trekker tilbake klagen min",
        "eg har ombestemt meg om flyttinga",
        "stopp avtalegiroen min er du snill",
        "dottera mi venter på svar på opptaket til medisinstudiet",
        "eg vil ikkje bli teken opp som medlem i kundeklubben",
        "ingen tok opp telefonen da jeg ringte i går",
        "kan du sperre kortet og stoppe alle betalinger",
        "jeg vil bruke angreretten på reiseforsikringa",
    ],
    "closing": [
        "Takk for at du ringte og god helg.",
        "då har eg notert det ha ein fin dag",
        "Var det alt for i dag?",
        "Bare hyggelig. Ha det bra.",
    ],
    "hello": [
        "Hallo? Er linja død?",
        "kan du høre meg nå",
        "Hallo? Det er heilt stille på linja.",
        "eh hallo er det noen der",
    ],
    "keypress_optin": [
        "Tast 1 dersom du godtar at samtalen blir tatt opp, og 2 om du ikke gjør det.|1|2",
        "Trykk 2 om du ikkje vil bli teken opp, og trykk 1 om du samtykkjer til opptak.|1|2",
        "Samtykker du til lydopptak, så tast 4. Hvis ikke, tast 5.|4|5",
        "for å godta opptak trykk 0 for å avslå trykk 9|0|9",
        "Tast 6 for å si nei til opptak eller 3 for å si ja.|3|6",
        "opptak ja takk trykk 8 opptak nei takk trykk 9|8|9",
    ],
    "keypress_optout": [
        "Ønsker du ikke at samtalen blir tatt opp, tast 0 nå.|0",
        "Trykk 3 for å reservere deg mot opptak.|3",
        "For å unngå opptak av samtalen må du trykke 4.|4",
        "tast 2 viss du ikkje ønskjer opptak|2",
        "Hvis du ikke ønsker lydopptak, trykk 8 nå, ellers bli på linja.|8",
        "vil du velje bort opptak så tast 7|7",
    ],
}

for _bank, _held13 in ((DA, HELD13_DA), (NO, HELD13_NO)):
    for _slot, _words in _held13.items():
        _bank.setdefault(_slot, {})["held13"] = _words

# held14: written blind by a helper who did not read the phrase banks, the engine, the tests or the
# dev..held13 wordings (only held13's slot names, its first entries' format and its header); it
# worked from DOMAIN.md and the code here that builds a call from its parts. Styles emphasised this
# time: regional and spoken forms (jysk and sønderjysk "æ"/"a" for "jeg", "ka'", "do", "goddaw",
# "æ chef"; københavnsk "sgu", "ik'", "si'r", "det' fint"; bergensk "me tek opp", "ikkje", "ka",
# "det e"; trøndersk "æ", "itj", "mæ", "dæ", "jau", "snakke"; nordnorsk "dokker", "nåkka",
# "koffor"), so that both languages share words such as "æ", "ka" and "mæ"; long run-on agent
# turns that say notice or request in one breath with asides and subordinate clauses ("og det er
# ikke fordi jeg vil være formel", "altså det er ikke noe spesielt med deg"), some opened by the
# agent's own "ja"; callers who interrupt, hesitate and correct themselves, in both directions
# ("ja— altså, nej, lad være", "øh, nej— jo jo, det er fint", "ja— nej, hov, hvad sagde du?");
# yes and no given indirectly or with humour and irony ("det må I da gerne", "hvis det gør jer
# glade", "nå ja, for min skyld da", "æ har ingen hemmeligheder", "helst ikke, nej", "det må I
# sgu hellere lade være med", "det kan du banne på"); English loanwords in notices, requests,
# replies and prompts ("vi recorder callet", "callet blir recorda", "det er okay?", "er det cool
# nok", "yes", "sure", "no problem", "no way", "whatever"); withdrawals worded late as questions
# or complaints ("optager I stadig det her? så vil jeg ikke være med", "koffor tar dokker opp mæ
# egentlig?"); false friends around recording words in new domains (a hard-disk/PVR recorder that
# stopped recording TV, recording a podcast or a TikTok video, "optaget på efterskolen", "optaget
# af noget andet", "linja var opptatt", "tatt opp i laget", "ta opp klagen med sjefen", pulling
# back a wrong payment); the agent's "ja" before the request; refusals and consents after a
# negatively phrased request with "gør det noget" / "gjør det noe" and "nogen indvendinger";
# replies whose errand holds "ikke stoppet" / "slettes"; speech-to-text forms ("op taget",
# "optar", "tat opp" style splits such as "tar op", "opptak a", "bi tatt opp"); a whisper-style
# subtitle line after silence in the "hello" turn. Like held4 to held13 it draws key-press
# prompts; some opt-in prompts give "yes" a higher key than "no" (2 for yes, 1 for no).
HELD14_DA: dict[str, list[str]] = {
    "greeting": [
        "Ja hallo, det er Jens fra Energi Fyn.",
        "Goddaw, det er Mette hos Sydjysk Forsikring, hva ka æ hjælp dig med?",
        "Hej hej, du har fat i Kenneth hos Telia, hva' så?",
        "Arbejdernes Landsbank i Herning, god morgen, det er Lone.",
        "Ja goddag og velkommen til Nykredit, du snakker med Ahmad, øhm, hvad kan jeg gøre for dig i dag",
        "Hallo, det er Bente fra Borgerservice i Aabenraa Kommune.",
        "Hey, Frederik her fra support hos YouSee, how's it going, altså hvordan går det?",
    ],
    "notice_definite": [
        "Og så ska æ lige sig', at vi optager æ samtale{p}, det gør vi med dem alle sammen.",
        "Inden vi går i gang, og det tager kun et sekund, så skal jeg lige nævne at det her opkald bliver "
        "optaget{p}, altså det er ikke noget særligt med dig, det er bare sådan vi gør.",
        "Vi recorder lige callet{p}, bare så du ved det.",
        "Callet her bliver recordet{p}, just so you know.",
        "Jeg ska' lige sige, vi optar samtalen{p}, ik'.",
        "Samtalen bliver op taget{p}, som vi gør med alle kunder, og det er egentlig bare en formalitet, "
        "men jeg skal sige det.",
        "Vi tager en lydoptagelse af den her snak{p}, sådan helt standard.",
        "A ska lige fortælle, at vi optager opkaldet{p}, det er sådan vi gør heroppe.",
        "Æ skal gøre dig opmærksom på, at samtalen bliver optaget{p}, og det siger æ til alle, der ringer ind.",
        "Bare så du ved det, og det er ikke fordi jeg vil være formel eller noget, så bliver vores samtale optaget{p}.",
        "Vi optager altså alle opkald{p}, også det her.",
        "Det her opkald, det optager vi{p}, som vi plejer, ik'.",
    ],
    "notice_vague": [
        "Nogle gange optager vi samtalerne{p}, det kommer lidt an på.",
        "Det ka' godt være, at samtalen bliver optaget{p}.",
        "Vi recorder måske callet{p}.",
        "Der er en chance for, at det her bliver optaget{p}, det ved jeg faktisk ikke helt, om det gør i dag.",
        "Samtalen ka' bli' optaget{p}, ik'.",
        "Det kan være, vi optager lidt af opkaldet{p}.",
        "Æ tror nok, at samtalen bliver optaget{p}, men æ er ikke helt sikker.",
        "Samtaler med os optages somme tider{p}.",
    ],
    "notice_conditional": [
        "Hvis vi skal optage noget af det her, så siger æ til først.",
        "Skulle vi få brug for at recorde callet, så hører du fra mig, inden det sker.",
        "Kommer vi til at optage samtalen senere, så får du besked, før det sker.",
        "Hvis det bliver aktuelt med en optagelse, og det gør det sjældent, så spørger jeg dig først, selvfølgelig.",
        "I tilfælde af at vi ska' optage, så si'r jeg det lige, ik'.",
        "Såfremt samtalen skal optages på et tidspunkt, bliver du gjort opmærksom på det.",
    ],
    "purpose": [
        " så vi ka' lære de nye op",
        " til oplæring af vores folk på gulvet",
        " for at vi kan blive bedre til at hjælpe jer kunder, og det er faktisk det hele",
        " til træning, altså training af nye kolleger",
        " så vi har styr på, hvad vi aftaler, hvis der senere skulle komme tvivl om noget",
        " til kvalitetstjek af vores service",
        " til intern uddannelse, sådan så vi bliver skarpere",
        " for dokumentationens skyld",
    ],
    "purpose_sentence": [
        "Det bruger vi til at lære de nye kolleger op.",
        "Det er for at vi ka' bli' bedre til vores arbejde.",
        "Formålet er træning, ik', altså så vi bliver skarpere.",
        "Det er for at have dokumentation for, hvad vi har aftalt, hvis nogen senere er i tvivl.",
        "Det er til quality assurance, altså så vi kan tjekke vores service.",
        "Det gør vi for at forbedre vores kundeservice.",
        "Det bruger æ chef til at træne os i at gi' bedre svar.",
    ],
    "request_long": [
        "Og så vil æ høre, om det er i orden, at vi optager samtalen?",
        "Er det okay med dig, at vi recorder callet?",
        "Ja, og så lige en ting inden vi går videre, for det skal jeg spørge alle om, er det i orden med dig, "
        "at vi optager den her samtale, altså sådan helt frivilligt?",
        "Må vi optage samtalen, det er okay?",
        "Ka' vi få lov at optage den her snak?",
        "Giver du lov til, at vi laver en optagelse af opkaldet?",
        "Vil du være med til, at vi tager samtalen op på bånd?",
        "Må a optage vores samtale?",
        "Så spørger jeg lige, og du skal bare sige det, som det er, om vi må optage opkaldet?",
        "Er du okay med, at samtalen bli'r recordet, eller hva' si'r du?",
    ],
    "request_short": [
        "Er det okay?",
        "Går den?",
        "Er du med på den?",
        "Er det cool nok?",
        "Må vi det?",
        "Er det all right?",
        "Har vi lov til det?",
        "Det er fint med dig, ik'?",
    ],
    "request_negative": [
        "Har do no'et imod, at vi optager samtalen?",
        "Gør det noget, at vi optager opkaldet?",
        "Du har vel ikke noget imod, at vi recorder callet?",
        "Er der noget i vejen for, at vi optager den her samtale?",
        "Har du nogen indvendinger mod, at samtalen bliver optaget?",
        "Du er vel ikke imod, at vi optager, vel?",
        "Har du nogen betænkeligheder ved, at vi optager opkaldet?",
    ],
    "request_negative_short": [
        "Noget imod det, eller hva'?",
        "Gør det noget?",
        "Det har du vel ikke noget imod?",
        "Nogen indvendinger?",
        "Er der noget i vejen for det?",
    ],
    "withdrawal_info": [
        "Og hvis du fortryder, så ka' du bare sige stop, når som helst, så slukker vi og sletter det.",
        "Du ka' altid trække dit ja tilbage undervejs, det er helt op til dig.",
        "Hvis du på et tidspunkt ikke gider være på bånd mere, så sig til, så stopper vi recordingen og sletter den.",
        "Du ka' til hver en tid be' os om at stoppe optagelsen, også midt i det hele.",
        "Ombestemmer du dig, så stopper vi optagelsen med det samme, du skal bare sige det.",
        "Æ ka' stoppe optagelsen, når du vil, så sig bare til.",
        "Og det er ikke sådan, at du er låst fast, du kan trække samtykket tilbage hele vejen igennem samtalen, "
        "og så bliver det optagne slettet med det samme.",
        "Du må gerne stoppe optagelsen igen senere, bare sig det.",
    ],
    "objection_info": [
        "Hvis du helst vil være fri for optagelse, så sig det lige nu, så slår æ den fra.",
        "Er du ikke interesseret i at blive recordet, så sig nej her i starten.",
        "Du kan sige fra over for optagelsen, inden vi starter på din sag.",
        "Vil du ikke med på båndet, så skal du bare sige det nu, ik'.",
        "Har du indvendinger mod optagelsen, så er det nu, du skal sige det.",
        "Du kan også bare sige nej til optagelse nu, så kører vi uden.",
    ],
    "retention": [
        "Optagelsen bliver slettet igen efter en måned.",
        "Vi gemmer recordingen i tres dage, så ryger den ud.",
        "Lydfilerne bliver smidt ud efter tre måneder.",
        "Efter 90 dage bliver optagelsen automatisk slettet, og det er uden undtagelse.",
        "Æ kan sige, at vi beholder optagelserne i et halvt år, ik' længere.",
        "Optagelsen ligger hos os i fjorten dage, og så er den væk.",
    ],
    "coercion": [
        "Og uden optagelse kan æ altså ikke tage mig af din sag.",
        "Hvis du siger nej til recordingen, så må du desværre ringe ind igen en anden dag eller skrive til os.",
        "Vi kan kun hjælpe dig på telefonen, hvis vi må optage, sådan er reglerne her.",
        "Siger du nej til optagelsen, så lægger jeg på, det er sådan, det er.",
        "Hvis ikke vi må optage, så kan vi ikke gå videre med din bestilling.",
        "Uden en optagelse kan jeg ikke give dig tilbuddet, det er en del af aftalen.",
        "Altså, uden at vi må optage, ka' vi ikke hjælpe dig i dag.",
        "Du skal sige ja til optagelsen, hvis du vil have svar på det her i dag.",
        "Det er optagelse eller ingen rådgivning, sådan er det.",
    ],
    "reply_given": [
        "jo da, det må I da gerne",
        "ja ja, hvis det gør jer glade",
        "nå ja, for min skyld da",
        "ja— altså, ja, det er fint nok",
        "øh, nej— jo jo, det er fint, I må gerne",
        "det' sgu fint mæ mig",
        "jamen det ka' I godt, æ har ingen hemmeligheder",
        "yes, det er okay",
        "ja ja ja det er fint— undskyld, jeg afbrød dig, men ja, det må I godt",
        "sure, bare kør",
        "ja, det er i orden. Men altså jeg ringer fordi I ikke har stoppet min betalingsservice, og den skal slettes",
        "det ka' du tro, ja",
        "øh ja, ja da, det er helt okay",
        "javel ja, det gør I bare",
        "no problem, det må I godt",
    ],
    "reply_condition": [
        "ja, så længe det kun bruges til træning og ikke andet",
        "okay, men kun hvis det ikke ender på nettet",
        "jo da, bare I ik' sender det videre til nogen",
        "det er fint, bare I ikke bruger det til markedsføring",
        "ja, men kun til jeres egen træning, ik' til noget andet",
        "yes, så længe det kun er internt",
    ],
    "reply_refused": [
        "helst ikke, nej",
        "ja— altså, nej, lad være",
        "nej du, det ska I ik'",
        "næh, det gider æ altså ikke",
        "no way, det vil jeg ikke",
        "det må I sgu hellere lade være med",
        "nej— vent, lad mig lige— nej, ingen optagelse, tak",
        "den går ikke, nej",
        "det er et nej herfra",
        "øh nej, det bryder jeg mig faktisk ikke om",
    ],
    "reply_ambiguous": [
        "øhm, hvorfor det?",
        "tjah, det ved æ sgu ikke rigtig",
        "hvem hører det bagefter?",
        "mjo, måske, hva' ved jeg",
        "ja— nej, hov, hvad var det, du sagde?",
        "det må jeg lige tænke over",
        "hmm, det er sådan set lige meget for mig",
        "whatever",
        "undskyld, linjen knaser, hvad sagde du?",
    ],
    "neg_reply_given": [
        "næh, overhovedet ikke, bare kør",
        "nej da, det må I godt",
        "nej nej, det gør ik' noget",
        "ikke spor",
        "nej, det er helt okay, bare record",
        "nej, hvis det gør jer glade, så",
        "nå, nej, for min skyld da ikke",
    ],
    "neg_reply_refused": [
        "ja, det har æ faktisk",
        "jo, det gør det altså",
        "ja, det kan jeg ikke lide, så lad være",
        "øh ja, faktisk, jeg vil ikke optages",
        "det har jeg sgu, ja",
        "ja, det er jeg imod",
    ],
    "neg_reply_ambiguous": [
        "mnja, det ved æ ikke",
        "hvorfor spørger du om det?",
        "hmm, nej, eller jo, det ved jeg ikke",
        "jamen, øh, hvem skal høre det?",
        "ka' vi ta' det bagefter?",
    ],
    "ack_refused": [
        "Helt i orden, så slår æ den fra.",
        "Det er fint, så stopper jeg recordingen.",
        "Selvfølgelig, der bliver ikke optaget, og det der er kommet med, sletter vi.",
        "Okay, optagelsen er stoppet.",
        "Jamen så kører vi uden optagelse.",
        "Det er forstået, optageren er slukket.",
    ],
    "business_agent": [
        "Hva' ka' æ så hjælpe dig med?",
        "Kan du give mig dit kundenummer?",
        "Hvad drejer det sig om?",
        "Er det til dig selv eller til en anden i husstanden?",
        "Skal vi lige tage din adresse først?",
        "Hvornår skete skaden?",
    ],
    "business_customer": [
        "Æ ringer om min elregning, den er alt for høj.",
        "jeg har fået et brev om min pension og jeg forstår ikke en dyt",
        "Det er mit kort, der er blevet spærret, og jeg ved ikke hvorfor",
        "ja altså vores vaskemaskine har lavet en vandskade i kælderen",
        "jeg vil gerne flytte min internetforbindelse til ny adresse",
        "Det er angående en parkeringslicens til Frederiksberg",
    ],
    "withdrawal": [
        "optager I stadig det her? så vil jeg ikke være med",
        "vent lige, kører den optagelse stadig? sluk den, tak",
        "æ har tænkt over det, æ vil ikke være på bånd alligevel",
        "hvorfor optager I mig egentlig? stop det, og slet det, I har",
        "kan I ikke lige stoppe den recording, jeg bryder mig ikke om det alligevel",
        "hov, det der med optagelsen, det har jeg fortrudt, slet det",
        "er der stadig nogen, der optager det her? så trækker jeg mit ja tilbage",
        "jeg gider altså ikke blive optaget mere, sluk for det",
        "det er sgu ikke i orden, at I optager det her, stop det nu",
        "slet lige den recording af mig, jeg har ombestemt mig",
    ],
    "false_friend": [
        "min harddiskoptager er holdt op med at optage TV2, kan I se på det?",
        "vi optager en podcast om lørdagen, så jeg skal bruge hurtigere internet",
        "undskyld, jeg er lidt optaget af noget andet lige nu",
        "min søn er blevet optaget på efterskolen, så vi skal ændre adressen",
        "linjen var optaget hele formiddagen, da jeg prøvede at ringe",
        "kan I stoppe min betalingsservice til det gamle fitnesscenter",
        "vil du slette mit gamle mobilnummer fra profilen",
        "jeg vil gerne opsige mit streamingabonnement, det bruger vi ikke",
        "kan du trække den forkerte betaling tilbage?",
        "min datter har recordet en video til TikTok og nu kan hun ikke uploade den, er det jeres net?",
    ],
    "closing": [
        "Så er den på plads, hav en god dag.",
        "Tak fordi du ringede, og god weekend derude.",
        "Det var det, hej hej.",
        "Godt, så er det ordnet, farvel og tak.",
    ],
    "hello": [
        "Hallo? Er du der?",
        "Hallo, ka' du høre mig?",
        "Hallo hallo? Er forbindelsen væk?",
        "Hallo? ... Tak fordi du så med.",
    ],
    "keypress_optin": [
        "Må vi optage samtalen, så tryk 1, og vil du ikke, så tryk 2.|1|2",
        "Tast 2, hvis du siger ja til at blive optaget, og tast 1, hvis du siger nej.|2|1",
        "For at acceptere recording af callet, tast 5. Tast 6 for at afvise.|5|6",
        "Giver du lov til, at samtalen optages, tryk 3. Ellers tryk 4.|3|4",
        "Tryk 1 for ja til optagelse. Tryk 0 for nej.|1|0",
        "Du bedes taste 9, hvis samtalen gerne må optages, ellers 8.|9|8",
    ],
    "keypress_optout": [
        "Tast 1, hvis du ikke vil have samtalen optaget.|1",
        "Vil du være fri for optagelse, så tryk 7 nu.|7",
        "Ønsker du ikke at blive recordet, tast 2.|2",
        "Tryk 1 for at framelde optagelse af opkaldet.|1",
        "Siger du nej tak til optagelse, så tast 5.|5",
        "Tast 9 for at undgå, at samtalen optages.|9",
    ],
}

HELD14_NO: dict[str, list[str]] = {
    "greeting": [
        "Ja hei, det er Trond hos Tibber.",
        "Hei, du har kommet til Sparebanken Vest, det e Solveig.",
        "Heisann, Lyse kundeservice, Eirik her, ka kan eg hjelpe deg med?",
        "God dag, Trondheim kommune servicetorg, du snakke med Ingrid.",
        "Hallo, Rune i Ishavskraft, ka æ kan hjelpe dæ med i dag?",
        "Hei og velkommen til Gjensidige, du snakker med Amir, øhm, hva kan jeg gjøre for deg",
        "Hey, Jonas her fra support i Telia, how are you, altså, korleis går det?",
    ],
    "notice_definite": [
        "Me tek opp samtalen{p}, berre så du veit det.",
        "Æ må bare sei at vi tar opp samtalen{p}, det gjør vi med alle som ringe inn.",
        "Samtalen bi tatt opp{p}, sånn at du veit det.",
        "Før vi begynner, og det tar bare et sekund, så må jeg nevne at denne samtalen blir tatt opp{p}, "
        "altså det er ikke noe spesielt med deg, det er bare sånn vi gjør det her.",
        "Vi recorder samtalen{p}, just so you know.",
        "Callet blir recorda{p}, altså tatt opp.",
        "Vi tar opptak a samtalen{p}, som vi gjør med alle.",
        "Æ ska bare opplyse om at samtalen bli tatt opp{p}, det e standard her hos oss.",
        "Samtalen vert teken opp{p}, og det seier eg til alle som ringjer.",
        "Bare så du vet det, og jeg sier det ikke for å være stiv i det, så tar vi opp denne praten{p}.",
        "Vi tar op samtalen{p}, sånn er det.",
        "Denne samtalen, den tar vi opp{p}, som vanlig, ikkje sant.",
    ],
    "notice_vague": [
        "Av og til tar vi opp samtalene{p}, det varierer litt.",
        "Det kan hende samtalen bi tatt opp{p}.",
        "Vi recorder kanskje callet{p}.",
        "Det e mulig at samtalen blir tatt opp{p}, æ veit ikkje heilt om det e på i dag.",
        "Samtalen kan bli teken opp{p}, ikkje sant.",
        "Æ trur samtalen bli tatt opp{p}, men æ e itj heilt sikker.",
        "Samtaler med oss blir iblant tatt opp{p}.",
        "Kanskje me tek opp litt av samtalen{p}.",
    ],
    "notice_conditional": [
        "Om vi skal ta opp noe av dette, sier jeg ifra først.",
        "Skulle vi få bruk for å recorde callet, så hører du fra meg før det skjer.",
        "Dersom me kjem til å ta opp samtalen seinare, får du beskjed før det skjer.",
        "Viss det blir aktuelt med opptak, og det skjer sjelden, så spør æ dæ først, sjølsagt.",
        "I tilfelle vi må ta opp, så sei æ ifra, ikkje sant.",
        "Om samtalen skulle bli tatt opp på et tidspunkt, blir du gjort oppmerksom på det.",
    ],
    "purpose": [
        " sånn at vi kan lære opp dei nye",
        " for opplæring av folka våre i kundesenteret",
        " for at vi skal bli flinkere til å hjelpe dere kunder, og det er egentlig alt",
        " til trening, altså training av nye kolleger",
        " så vi har oversikt over ka vi avtaler, i tilfelle det blir tvil seinare",
        " for kvalitetssjekk av tjenesten vår",
        " til intern opplæring, sånn at vi blir skarpere",
        " for dokumentasjonens skyld",
    ],
    "purpose_sentence": [
        "Det bruker vi til å lære opp nye kolleger.",
        "Det e for at vi ska bli bedre i jobben vår.",
        "Formålet e opplæring, ikkje sant, så vi blir skarpare.",
        "Det er for å ha dokumentasjon på hva vi har avtalt, om noen seinere lurer.",
        "Det er til quality assurance, altså så vi kan sjekke servicen vår.",
        "Det gjer vi for å gjere kundeservicen betre.",
        "Det bruke sjefen min til å trene oss i å gi bedre svar.",
    ],
    "request_long": [
        "Og så vil æ høre om det e greit at vi tar opp samtalen?",
        "Er det okay for deg at vi recorder callet?",
        "Ja, og så en ting før vi går videre, for det må jeg spørre alle om, er det greit for deg at vi tar "
        "opp denne samtalen, altså helt frivillig?",
        "Kan vi ta opp samtalen, det er okay?",
        "Får me lov å ta opp denne praten?",
        "Gir du lov til at vi gjør opptak av samtalen?",
        "Vil du være med på at vi tar samtalen opp på bånd?",
        "Kan æ ta opp samtalen vår?",
        "Så spør eg berre, og du må berre seie det som det er, om me kan ta opp samtalen?",
        "E du okay med at samtalen blir recorda, eller ka seie du?",
    ],
    "request_short": [
        "E det okay?",
        "Går det an?",
        "Er du med på den?",
        "Er det kult nok?",
        "Kan vi det?",
        "Er det all right?",
        "Har vi lov til det?",
        "Det går fint for deg, ikkje sant?",
    ],
    "request_negative": [
        "Har du nåkka imot at vi tar opp samtalen?",
        "Gjør det noe om vi tar opp samtalen?",
        "Du har vel ikke noe imot at vi recorder callet?",
        "Er det noe i veien for at vi tar opp denne samtalen?",
        "Har du nokon innvendingar mot at samtalen blir teken opp?",
        "Du e vel itj imot at vi tar opp, e du?",
        "Har du noen betenkeligheter med at vi tar opp samtalen?",
    ],
    "request_negative_short": [
        "Noe imot det, eller?",
        "Gjør det noe?",
        "Det har du vel ikkje noko imot?",
        "Noen innvendinger?",
        "Er det noe i veien for det?",
    ],
    "withdrawal_info": [
        "Og om du angrar, så kan du berre seie stopp, når som helst, så slår me av og slettar det.",
        "Du kan alltid trekke tilbake ja-et ditt underveis, det er helt opp til deg.",
        "Om du på et tidspunkt ikke gidder å være på bånd lenger, si ifra, så stopper vi recordingen og sletter den.",
        "Du kan til ei kvar tid be oss stoppe opptaket, også midt i samtalen.",
        "Ombestemmer du deg, stopper vi opptaket med en gang, du må bare si det.",
        "Æ kan stoppe opptaket når du vil, så berre si ifra.",
        "Og det er ikke sånn at du er låst, du kan trekke samtykket tilbake gjennom hele samtalen, og da blir "
        "det som er tatt opp slettet med en gang.",
        "Du kan gjerne stoppe opptaket igjen seinare, berre sei det.",
    ],
    "objection_info": [
        "Om du ikkje vil vere med på opptak, sei det med ein gong, så skrur eg det av.",
        "Er du ikke interessert i å bli recorda, så si nei her i starten.",
        "Du kan si fra mot opptaket før vi starter på saken din.",
        "Vil du itj vær med på båndet, så sei ifra no.",
        "Har du innvendinger mot opptaket, er det nå du skal si det.",
        "Du kan også bare si nei til opptak nå, så kjører vi uten.",
    ],
    "retention": [
        "Opptaket blir sletta igjen etter en måned.",
        "Vi tar vare på recordingen i seksti dager, så forsvinner den.",
        "Lydfilene blir kasta etter tre månader.",
        "Etter 90 dager blir opptaket automatisk slettet, uten unntak.",
        "Æ kan sei at vi beholde opptakan i et halvt år, itj lenger.",
        "Opptaket ligg hos oss i fjorten dagar, og så er det borte.",
    ],
    "coercion": [
        "Og uten opptak kan æ itj ta meg av saken din.",
        "Sier du nei til recordingen, så må du dessverre ringe inn igjen en annen dag eller skrive til oss.",
        "Vi kan bare hjelpe deg på telefon om vi får ta opp, sånn er reglane her.",
        "Sier du nei til opptaket, så legger jeg på, sånn er det.",
        "Om ikke vi får ta opp, kan vi ikke gå videre med bestillingen din.",
        "Uten opptak kan eg ikkje gi deg tilbodet, det er ein del av avtalen.",
        "Altså, uten at vi får ta opp, kan vi itj hjelpe dæ i dag.",
        "Du må si ja til opptaket om du vil ha svar på dette i dag.",
        "Det e opptak eller ingen rådgiving, sånn e det.",
    ],
    "reply_given": [
        "jada, det må dere gjerne",
        "ja ja, om det gjør dere glade",
        "nå ja, for min del så",
        "ja— altså, ja, det går fint det",
        "øh, nei— jo jo, det er greit, dere kan bare ta opp",
        "det e heilt greit for mæ",
        "jaja, det kan dokker godt, æ har ingen hemmeligheta",
        "yes, det er okay",
        "ja ja ja det går fint— unnskyld, eg avbraut deg, men ja, det kan de",
        "sure, bare kjør",
        "ja, det er greit. Men altså jeg ringer fordi dere ikke har stoppet den gamle avtalen min, og den må slettes",
        "det kan du banne på, ja",
        "øh ja, ja da, det er heilt okay",
        "javisst, bare gjør det",
        "no problem, det kan dere",
    ],
    "reply_condition": [
        "ja, så lenge det bare brukes til opplæring og ikke noe annet",
        "okei, men berre om det ikkje hamnar på nettet",
        "jada, bare dokker ikkje sende det videre til nån",
        "det går fint, bare dere ikke bruker det til markedsføring",
        "ja, men berre til eiga opplæring, ikkje til noko anna",
        "yes, så lenge det bare er internt",
    ],
    "reply_refused": [
        "helst ikke, nei",
        "ja— altså, nei, la vær",
        "nei du, det ska dokker itj",
        "næh, det gidd æ itj",
        "no way, det vil jeg ikke",
        "det får dere heller la være",
        "nei— vent, la meg bare— nei, ikkje noko opptak, takk",
        "det går ikkje, nei",
        "det blir et nei herfra",
        "øh nei, det liker jeg faktisk ikke",
    ],
    "reply_ambiguous": [
        "ehm, koffor det?",
        "tja, det veit æ itj heilt",
        "kven høyrer på det etterpå?",
        "mja, kanskje, ka veit eg",
        "ja— nei, hoi, ka var det du sa?",
        "det må eg tenkje litt på",
        "hmm, det er vel egentlig det samme for meg",
        "whatever",
        "unnskyld, linja skurrar, ka sa du?",
    ],
    "neg_reply_given": [
        "næh, overhodet ikke, bare kjør",
        "nei da, æ har ingenting imot det",
        "nei nei, det gjør ingenting",
        "ikke det spor",
        "nei, det er heilt okay, bare record",
        "nei, om det gjør dere glade, så",
        "nå, nei, for min del ikkje",
    ],
    "neg_reply_refused": [
        "ja, det har æ faktisk",
        "jo, det gjør det altså",
        "ja, det liker eg ikkje, så la vere",
        "øh ja, faktisk, eg vil ikkje bli teken opp",
        "det har jeg sannelig, ja",
        "ja, det er jeg imot",
    ],
    "neg_reply_ambiguous": [
        "mnja, det veit eg ikkje",
        "koffor spør du om det?",
        "hmm, nei, eller jo, det vet jeg ikke",
        "jammen, øh, hvem skal høre på det?",
        "kan vi ta det etterpå?",
    ],
    "ack_refused": [
        "Null problem, opptaket e av no.",
        "Det går fint, da stopper jeg recordingen.",
        "Sjølsagt, det blir ikkje teke opp, og det som alt er kome med, slettar me.",
        "Okei, opptaket er stoppet.",
        "Jammen da kjører vi uten opptak.",
        "Forstår, opptakeren er slått av.",
    ],
    "business_agent": [
        "Ka kan æ så hjelpe dæ med?",
        "Kan du gi meg kundenummeret ditt?",
        "Ka gjeld det?",
        "Er det for deg sjølv eller for nokon andre i huset?",
        "Skal vi ta adressa di først?",
        "Når skjedde skaden?",
    ],
    "business_customer": [
        "Æ ringe om strømregninga, den e altfor høy.",
        "eg har fått eit brev om pensjonen min og eg skjønar ingenting",
        "Det er kortet mitt som er sperret, og jeg vet ikke hvorfor",
        "ja altså vaskemaskinen vår har laga vannskade i kjelleren",
        "jeg vil flytte internettet til ny adresse",
        "Det gjeld parkeringsløyve i sentrum",
    ],
    "withdrawal": [
        "tar dere fortsatt opp dette? da vil jeg ikke være med",
        "vent litt, går det opptaket fortsatt? skru det av, takk",
        "æ har tenkt på det, æ vil itj vær på bånd likevel",
        "koffor tar dokker opp mæ egentlig? stopp det, og slett det dokker har",
        "kan dere ikke bare stoppe den recordingen, jeg liker det ikke likevel",
        "hør, det med opptaket, det har eg angra på, slett det",
        "er det framleis nokon som tek opp dette? då trekkjer eg ja-et mitt tilbake",
        "eg gidd ikkje vere teken opp meir, skru det av",
        "det er faktisk ikke greit at dere tar opp dette, stopp det nå",
        "slett den recordingen av meg, jeg har ombestemt meg",
    ],
    "false_friend": [
        "PVR-en min har slutta å ta opp NRK, kan dere sjå på det?",
        "vi tar opp en podkast hver lørdag, så jeg trenger raskere nett",
        "kan du ta opp klagen min med sjefen din?",
        "gutten min er tatt opp i laget, så vi må betale kontingenten",
        "linja var opptatt heile føremiddagen då eg prøvde å ringje",
        "kan dere stoppe avtalegiroen til det gamle treningssenteret",
        "kan du slette det gamle mobilnummeret mitt fra profilen",
        "æ vil si opp abonnementet på strømmetjenesten, vi bruke det itj",
        "kan du trekke tilbake den feile betalingen?",
        "datteren min har recorda en video til TikTok og nå får hun ikke lastet den opp, er det nettet deres?",
    ],
    "closing": [
        "Då er det i orden, ha ein fin dag.",
        "Takk for at du ringte, og god helg.",
        "Det var det, ha det.",
        "Bra, da er det ordnet, takk og ha det.",
    ],
    "hello": [
        "Hallo? Er du der?",
        "Hallo, høre du mæ?",
        "Hallo hallo? Har forbindelsen blitt borte?",
        "Hallo? ... Takk for at du så på.",
    ],
    "keypress_optin": [
        "Får vi ta opp samtalen, trykk 1, og vil du ikke, trykk 2.|1|2",
        "Tast 2 om du sier ja til å bli tatt opp, og tast 1 om du sier nei.|2|1",
        "For å godta recording av samtalen, tast 5. Tast 6 for å avvise.|5|6",
        "Gir du lov til at samtalen blir tatt opp, trykk 3. Ellers trykk 4.|3|4",
        "Trykk 1 for ja til opptak. Trykk 0 for nei.|1|0",
        "Ver venleg og tast 9 om du godtek at samtalen vert teken opp, elles 8.|9|8",
    ],
    "keypress_optout": [
        "Tast 1 om du ikke vil at samtalen skal tas opp.|1",
        "Vil du ikkje bli teken opp, trykk 7 no.|7",
        "Ønsker du ikke å bli recorda, tast 2.|2",
        "Trykk 1 for å melde deg av opptak av samtalen.|1",
        "Sier du nei takk til opptak, tast 5.|5",
        "Tast 9 for å unngå at samtalen blir tatt opp.|9",
    ],
}

# held15: written blind by a helper who did not read the phrase banks, the engine, the tests, the
# README's "How it decides", benchmarks/README.md or the dev..held14 wordings (only held14's slot
# names, the first entry of each of its Danish slots for the format, its header and entry counts;
# by mistake it also saw the first few dev wordings of the greeting and notice_definite slots at the
# top of this file); it worked from DOMAIN.md and the code here that builds a call from its parts. Styles emphasised
# this time: companies' and public bodies' phone scripts as imagined (Skattestyrelsen, Udbetaling
# Danmark, NAV, Skatteetaten, banks, insurers, utilities), formal "De"/"Dem" and legalistic wording
# ("i henhold til", "med henblik på", "jf. databeskyttelsesforordningen", "behandlingsgrundlaget",
# "personvernforordninga"), a legal basis next to a notice that is no purpose; Nynorsk ("samtalen
# vert teken opp", "me tek opp", "ikkje", "eg", "føremålet", "stogge", "slett ikkje" = not at all);
# passive and impersonal notices ("der foretages optagelse", "opptak foretas", "det blir gjort
# lydopptak"); notices and requests split over two sentences (a lead-in sentence, then the notice or
# the question); inverted if-clauses that look like notices ("Optager vi samtalen, ...", "Tek me
# opp samtalen, ..."), and requests and opt-in prompts with an embedded "at samtalen optages";
# purposes as lists ("til kvalitetssikring, træning og dokumentation") and with "bl.a." / "blant
# annet"; vague notices as reservations and samples ("vi forbeholder os ret til", "stikprøvevis");
# retention and deletion statements; replies with fillers and backchannels ("mm ja okay så",
# "jaja, fint nok", "værsågod", "ja da", "det er i orden for mig") and with the errand after the
# yes holding "stoppet" / "slettet"; replies that answer a different question ("jeg har mit
# kundenummer klar her"); "slet ikke" / "slett ikkje" as a yes to a negatively phrased request;
# withdrawals in polite indirect words ("jeg vil egentlig helst ikke have, at optagelsen bliver
# gemt", "kan dere slette det dere har tatt opp?"); coercion in polite wording ("desværre kan vi
# ikke gennemføre samtalen uden optagelse", "må vi henvise Dem til at skrive"); false friends
# (recording a voicemail greeting, "opptak" at a school, "ta opp et lån", "optage et lån", "tage
# noget op med chefen ... før jeg siger ja", "linja var oppteken", pulling back a complaint, "stop
# abonnementet"); speech-recogniser text (lowercase, no punctuation, run-together words such as
# "erdet", split words such as "op tagelsen" / "opp taket", "tat opp", numbers as digits); a
# subtitle-credit line in the "hello" turn; the agent's own "ja" before the request. Like held4 to
# held14 it draws key-press prompts; some give "yes" the higher key, some use 0 for no.
HELD15_DA: dict[str, list[str]] = {
    "greeting": [
        "Goddag, De er kommet igennem til Skattestyrelsen, mit navn er Anne.",
        "Velkommen til Udbetaling Danmark, De taler med Michael.",
        "Ja goddag, det er Tryg Forsikring, Sofie her.",
        "God eftermiddag, Danske Bank kundeservice, De taler med Rasmus.",
        "goddag du taler med karina fra ørsted",
        "Velkommen til Københavns Kommune, Borgerservice, De taler med Hans.",
        "Goddag og velkommen til Forsyning Helsingør, det er Pernille.",
    ],
    "notice_definite": [
        "Vi skal gøre Dem opmærksom på, at samtalen optages{p}.",
        "Der foretages optagelse af denne samtale{p}.",
        "Jeg skal oplyse, at samtalen bliver optaget{p} i henhold til databeskyttelsesforordningen.",
        "I henhold til vores retningslinjer optages alle samtaler{p}.",
        "Denne samtale vil blive optaget{p}.",
        "Lige en vigtig oplysning. Samtalen her bliver optaget{p}.",
        "samtalen bliver optaget{p}",
        "vi optager samtalen{p} jf databeskyttelsesforordningen",
        "Opkaldet optages{p}, og behandlingsgrundlaget er Deres samtykke.",
        "Der bliver foretaget lydoptagelse af samtalen{p}.",
        "Jeg gør opmærksom på, at vi optager samtalen{p}. Det gælder alle opkald til os.",
        "vi op tager samtalen{p}",
    ],
    "notice_vague": [
        "Samtalen kan blive optaget{p}.",
        "Vi forbeholder os ret til at optage samtalen{p}.",
        "Der kan forekomme optagelse af samtaler{p}.",
        "Samtaler med vores kundeservice optages i visse tilfælde{p}.",
        "Samtalen vil eventuelt blive optaget{p}.",
        "samtalen kan muligvis blive optaget{p}",
        "Det kan ske, at denne samtale optages{p}.",
        "Enkelte samtaler optages stikprøvevis{p}.",
    ],
    "notice_conditional": [
        "Hvis samtalen skal optages, vil De blive spurgt først.",
        "Såfremt der foretages optagelse, vil De blive oplyst herom.",
        "Skulle vi få brug for at optage samtalen, siger jeg til.",
        "hvis vi optager samtalen får du besked",
        "I tilfælde af at samtalen skal optages, indhenter vi Deres samtykke forinden.",
        "Optager vi samtalen, bliver De naturligvis informeret først.",
    ],
    "purpose": [
        " til kvalitetssikring, træning og dokumentation",
        " med henblik på kvalitetssikring",
        " bl.a. til oplæring af nye medarbejdere",
        " for at kunne dokumentere aftaler, der indgås under samtalen",
        " med henblik på uddannelse af vores rådgivere og forbedring af vores service",
        " til brug for intern oplæring og kvalitetskontrol",
        " til dokumentation af Deres henvendelse",
        " til træning og kvalitetssikring",
    ],
    "purpose_sentence": [
        "Formålet er kvalitetssikring, træning og dokumentation.",
        "Det sker med henblik på oplæring af vores medarbejdere.",
        "Vi gør det bl.a. for at kunne uddanne vores medarbejdere.",
        "Formålet med behandlingen er at dokumentere aftaler og forbedre vores service.",
        "Det bruges til intern oplæring og kvalitetskontrol.",
        "formålet er træning af nye kollegaer",
        "Baggrunden er, at vi løbende ønsker at forbedre vores kundeservice.",
    ],
    "request_long": [
        "Giver De samtykke til, at samtalen optages?",
        "Er det i orden med Dem, at vi optager samtalen?",
        "Jeg skal derfor spørge, om De accepterer, at vi optager samtalen?",
        "Må vi have Deres tilladelse til at optage samtalen?",
        "Ja, og så skal jeg spørge Dem, om vi må optage samtalen?",
        "erdet okay at vi optager samtalen",
        "Vi vil gerne bede om Deres samtykke til optagelse af samtalen. Kan De give det?",
        "Accepterer De optagelse af denne samtale?",
        "Det er vigtigt for os at spørge først. Må jeg optage samtalen?",
        "må jeg op tage samtalen",
    ],
    "request_short": [
        "Er De indforstået med det?",
        "Giver De Deres samtykke hertil?",
        "Er det i orden med Dem?",
        "Accepterer De det?",
        "er det ok med dig",
        "Kan vi få Deres accept af det?",
        "Er De indforstået med dette? Svar venligst ja eller nej.",
        "Er det acceptabelt for Dem?",
    ],
    "request_negative": [
        "Har De noget imod, at samtalen optages?",
        "Har De nogen indvendinger imod, at vi optager samtalen?",
        "Skulle De have noget imod, at vi optager samtalen?",
        "har du noget imod at vi optager",
        "Er der noget i vejen for, at vi optager samtalen?",
        "De har vel ikke noget imod, at samtalen optages?",
        "Vil det genere Dem, hvis vi optager samtalen?",
    ],
    "request_negative_short": [
        "Har De noget imod det?",
        "Har De nogen indsigelser mod det?",
        "Er der noget i vejen for det?",
        "har du noget imod det",
        "Generer det Dem?",
    ],
    "withdrawal_info": [
        "De kan til enhver tid trække Deres samtykke tilbage.",
        "De har ret til når som helst at bede os stoppe optagelsen, og i så fald slettes den straks.",
        "Samtykket kan tilbagekaldes når som helst under samtalen, jf. databeskyttelsesforordningen.",
        "Ønsker De undervejs, at optagelsen stopper, skal De blot sige til.",
        "du kan altid bede mig stoppe optagelsen undervejs",
        "Skulle De fortryde, er det ikke noget problem. De kan altid bede os stoppe optagelsen og slette den.",
        "I henhold til databeskyttelsesforordningen kan De når som helst tilbagekalde Deres samtykke, "
        "hvorefter optagelsen stoppes.",
        "Optagelsen kan til enhver tid stoppes på Deres anmodning.",
    ],
    "objection_info": [
        "Ønsker De ikke at blive optaget, bedes De oplyse det nu, inden vi fortsætter.",
        "Hvis De ikke ønsker optagelse, så sig det nu, så slår jeg den fra.",
        "De kan fravælge optagelse ved at sige det, inden vi begynder.",
        "hvis du ikke vil optages så sig til nu",
        "Vil De hellere være fri for optagelse, kan De gøre indsigelse nu.",
        "Er optagelse ikke i orden med Dem, skal De blot oplyse det, inden samtalen fortsætter.",
    ],
    "retention": [
        "Optagelsen opbevares i 30 dage og slettes derefter automatisk.",
        "Optagelser slettes efter seks måneder i overensstemmelse med vores slettepolitik.",
        "optagelsen gemmes i 90 dage og slettes så",
        "Lydfilen opbevares forsvarligt og slettes senest efter tre måneder.",
        "Vi gemmer optagelsen i op til et år, hvorefter den slettes.",
        "Optagelsen bliver slettet efter 14 dage, jf. vores retningslinjer for sletning.",
    ],
    "coercion": [
        "Desværre kan vi ikke gennemføre samtalen uden optagelse.",
        "Uden optagelse kan vi desværre ikke behandle Deres henvendelse.",
        "Ønsker De ikke optagelse, må vi henvise Dem til at skrive til os i stedet.",
        "Optagelsen er en forudsætning for, at vi kan hjælpe Dem videre.",
        "hvis du ikke vil optages kan jeg desværre ikke hjælpe dig",
        "Jeg må gøre opmærksom på, at vi ikke kan oprette aftalen, medmindre samtalen optages.",
        "Siger De nej til optagelse, må vi desværre afslutte samtalen.",
        "Det er et krav for at få rådgivning, at samtalen optages.",
        "Vi er altså nødt til at optage, ellers kan sagen ikke behandles.",
    ],
    "reply_given": [
        "ja, det er i orden for mig",
        "mm ja okay så",
        "jaja, det er fint nok",
        "jamen værsågod",
        "fint nok, bare optag",
        "ja, det må De gerne",
        "ja selvfølgelig. jeg ringer om at få stoppet min betalingsservice",
        "ja det er helt okay jeg skal have slettet en gammel adresse",
        "jatak det er fint",
        "det er i orden med mig",
        "okay så, det går jeg med til",
        "ja ja, det giver jeg samtykke til",
        "mm, ja, det har jeg ikke noget imod",
        "javel, det accepterer jeg",
        "helt i orden. jeg ringer forresten fordi jeg ikke har fået min kontoudskrift",
    ],
    "reply_condition": [
        "ja, så længe det kun bruges til oplæring",
        "det er i orden, hvis optagelsen bliver slettet bagefter",
        "ja, men kun til intern brug",
        "fint nok, bare det ikke bliver givet videre til andre",
        "ja hvis det ikke deles med nogen udenfor firmaet",
        "okay, forudsat at det kun er til kvalitetssikring",
    ],
    "reply_refused": [
        "nej, helst ikke",
        "nej tak, det vil jeg ikke",
        "nej, det vil jeg gerne være fri for",
        "det ønsker jeg ikke",
        "mm nej det er ikke i orden med mig",
        "nej, det giver jeg ikke samtykke til",
        "helst ikke, tak",
        "nej det synes jeg ikke",
        "det vil jeg faktisk ikke, nej",
        "nej, det må De ikke",
    ],
    "reply_ambiguous": [
        "mm",
        "øh, jeg ringer egentlig bare om min regning",
        "hvad skal optagelsen bruges til?",
        "tja, det ved jeg ikke rigtig",
        "hvem får adgang til det?",
        "jeg har mit kundenummer klar her",
        "det må vi se på",
        "hm hvor længe gemmer i det",
        "det er sådan set lige meget for mig",
    ],
    "neg_reply_given": [
        "nej, det har jeg ikke",
        "nej nej, det er i orden for mig",
        "nej, værsågod",
        "overhovedet ikke",
        "nej det er fint nok",
        "mm nej, bare optag",
        "nej da, slet ikke",
    ],
    "neg_reply_refused": [
        "ja, det har jeg faktisk",
        "ja, det har jeg, helst ikke",
        "ja det vil jeg gerne være fri for",
        "ja, det er jeg ikke så glad for",
        "ja jeg vil helst ikke optages",
        "det har jeg, ja",
    ],
    "neg_reply_ambiguous": [
        "hmm, det kommer an på",
        "tja, hvad skal det bruges til?",
        "øh",
        "det ved jeg ikke helt",
        "hvorfor spørger De om det?",
    ],
    "ack_refused": [
        "Det er helt i orden. Der foretages ingen optagelse.",
        "Det noterer jeg. Optagelsen er slået fra.",
        "Selvfølgelig, så optager vi ikke.",
        "okay det respekterer vi optagelsen er stoppet",
        "Tak for besked, vi fortsætter uden optagelse.",
        "Forstået, jeg har slået optagelsen fra.",
    ],
    "business_agent": [
        "Hvad kan jeg hjælpe Dem med i dag?",
        "Hvordan kan jeg være behjælpelig?",
        "Må jeg bede om Deres CPR-nummer?",
        "Ja tak. Hvad drejer henvendelsen sig om?",
        "ja hvad kan jeg hjælpe med",
        "Så slår jeg Deres sag op. Hvad drejer det sig om?",
    ],
    "business_customer": [
        "Jeg ringer angående en rykker, jeg har modtaget.",
        "jeg vil gerne høre om jeg kan få udsat betalingen",
        "Min søn er blevet optaget på gymnasiet, og vi skal have ændret adressen.",
        "Jeg skal have slettet mit gamle telefonnummer fra kontoen.",
        "jeg har fået en regning på 1250 kr som jeg ikke forstår",
        "Jeg vil gerne ændre min aftale om netbank.",
    ],
    "withdrawal": [
        "jeg vil egentlig helst ikke have, at optagelsen bliver gemt",
        "undskyld, men kan I slette det, I har optaget indtil nu?",
        "ved De hvad, jeg har fortrudt det med optagelsen, vil De slå den fra?",
        "jeg trækker mit samtykke til optagelsen tilbage",
        "jeg vil ikke optages længere tak",
        "jeg er alligevel ikke så glad for at blive optaget, kan vi stoppe det?",
        "stop op tagelsen tak",
        "Må jeg bede Dem om at slette optagelsen af denne samtale?",
        "altså jeg har skiftet mening, I må ikke optage mere",
        "jeg vil gerne have at optagelsen slettes med det samme",
    ],
    "false_friend": [
        "kan jeg få hjælp til at optage en ny velkomsthilsen på min telefonsvarer",
        "Jeg vil også gerne høre om muligheden for at optage et lån til en ny bil.",
        "stop abonnementet fra næste måned tak",
        "Det må jeg lige tage op med min chef, før jeg siger ja til tilbuddet.",
        "Og så vil jeg gerne have slettet min gamle adresse.",
        "jeg vil gerne stoppe betalingsservice aftalen",
        "Linjen var optaget hele formiddagen, derfor ringer jeg først nu.",
        "Kan I ikke stoppe de reklamer, I sender til mig?",
        "Jeg trækker min klage tilbage, det er blevet løst.",
        "den gamle optagelse på min telefonsvarer skal slettes den er forkert",
    ],
    "closing": [
        "Tak for henvendelsen, og hav en fortsat god dag.",
        "Så er det ordnet. Farvel og tak.",
        "Tak fordi De ringede til os, hav en god dag.",
        "ok så er det på plads hav en god dag",
    ],
    "hello": [
        "Hallo, er De der stadig?",
        "Undertekster af Nicolai Winther. Hallo?",
        "Hallo? Kan De høre mig?",
        "hallo er du der",
    ],
    "keypress_optin": [
        "Accepterer De, at samtalen optages, bedes De taste 1. Ønsker De ikke optagelse, tast 2.|1|2",
        "For at give samtykke til optagelse, tast 5. Hvis ikke, tast 9.|5|9",
        "Tast 2, hvis De giver samtykke til, at vi optager samtalen, og tast 1, hvis De ikke gør.|2|1",
        "tryk 1 hvis du accepterer optagelse af samtalen ellers tryk 2|1|2",
        "Må vi optage samtalen? Tast 1 for ja og 0 for nej.|1|0",
        "Samtykker De til optagelse, tast 3 nu, ellers tast 4.|3|4",
    ],
    "keypress_optout": [
        "Ønsker De ikke, at samtalen optages, bedes De taste 1 nu.|1",
        "Tast 9, hvis De frabeder Dem optagelse.|9",
        "hvis du ikke vil optages så tryk 2|2",
        "Tast 1 for at fravælge optagelse af samtalen.|1",
        "Vil De være fri for optagelse, så tast 0.|0",
        "Tryk 3, hvis De modsætter Dem optagelse.|3",
    ],
}
HELD15_NO: dict[str, list[str]] = {
    "greeting": [
        "God dag, du har kome til Skatteetaten, mitt namn er Ingrid.",
        "Velkommen til NAV Kontaktsenter, du snakker med Ole.",
        "Ja, god dag, det er Gjensidige, Kari her.",
        "God ettermiddag, DNB kundeservice, De snakker med Espen.",
        "hei du snakker med lars fra telenor",
        "Velkomen til Sparebanken Vest, det er Synnøve som tek imot.",
        "God dag og velkommen til Oslo kommune, Bymiljøetaten, De snakker med Hanne.",
    ],
    "notice_definite": [
        "Vi gjør Dem oppmerksom på at samtalen blir tatt opp{p}.",
        "Opptak foretas av denne samtalen{p}.",
        "Samtalen vert teken opp{p}.",
        "Eg skal opplyse om at samtalen blir teken opp{p} i samsvar med personvernforordninga.",
        "I henhold til våre rutiner tas alle samtaler opp{p}.",
        "Ei viktig opplysning. Me tek opp samtalen{p}.",
        "samtalen blir tatt opp{p}",
        "vi tar opp samtalen{p} jf personvernforordningen",
        "Samtalen tas opp{p}, og behandlingsgrunnlaget er ditt samtykke.",
        "Det blir gjort lydopptak av samtalen{p}.",
        "Eg gjer merksam på at samtalen vert teken opp{p}. Det gjeld alle samtalar til oss.",
        "samtalen blir tat opp{p} nå",
    ],
    "notice_vague": [
        "Samtalen kan bli tatt opp{p}.",
        "Samtalen kan verte teken opp{p}.",
        "Vi forbeholder oss retten til å ta opp samtalen{p}.",
        "Opptak kan forekomme{p}.",
        "Samtaler med kundeservice tas i enkelte tilfeller opp{p}.",
        "samtalen kan muligens bli tatt opp{p}",
        "Det kan hende at samtalen blir teken opp{p}.",
        "Enkelte samtaler tas opp stikkprøvevis{p}.",
    ],
    "notice_conditional": [
        "Dersom samtalen skal takast opp, får du beskjed først.",
        "Hvis samtalen skal tas opp, vil De bli spurt på forhånd.",
        "Skulle vi få behov for å ta opp samtalen, sier jeg ifra.",
        "om vi tar opp samtalen får du beskjed",
        "I tilfelle samtalen skal tas opp, innhenter vi samtykke først.",
        "Tek me opp samtalen, får du sjølvsagt vite det først.",
    ],
    "purpose": [
        " for kvalitetssikring, opplæring og dokumentasjon",
        " med henblikk på kvalitetssikring",
        " blant anna for opplæring av nye medarbeidarar",
        " for å kunne dokumentere avtaler som blir inngått i samtalen",
        " med sikte på opplæring av rådgjevarane våre og betre kundeservice",
        " til intern opplæring og kvalitetskontroll",
        " for å dokumentere henvendelsen din",
        " til opplæring og kvalitetssikring",
    ],
    "purpose_sentence": [
        "Formålet er kvalitetssikring, opplæring og dokumentasjon.",
        "Føremålet er opplæring av dei tilsette våre.",
        "Vi gjør det blant annet for å kunne lære opp nye medarbeidere.",
        "Formålet med behandlingen er å dokumentere avtaler og forbedre tjenesten.",
        "Det blir brukt til intern opplæring og kvalitetskontroll.",
        "formålet er opplæring av nye kolleger",
        "Bakgrunnen er at me ønskjer å betre kundeservicen.",
    ],
    "request_long": [
        "Samtykker De i at samtalen blir tatt opp?",
        "Er det i orden for Dem at vi tar opp samtalen?",
        "Eg må difor spørje om det er greitt at me tek opp samtalen?",
        "Kan vi få Deres tillatelse til å ta opp samtalen?",
        "Ja, og så må jeg spørre om vi kan ta opp samtalen?",
        "erdet greit at vi tar opp samtalen",
        "Vi vil gjerne be om ditt samtykke til opptak av samtalen. Kan du gi det?",
        "Godtar du opptak av denne samtalen?",
        "Det er viktig for oss å spørre først. Er det greitt for deg at eg tek opp samtalen?",
        "er det greit for deg at me tek opp samtalen",
    ],
    "request_short": [
        "Er De innforstått med det?",
        "Samtykkjer du i det?",
        "Er det i orden for Dem?",
        "Godtar De det?",
        "er det greit for deg",
        "Kan vi få din aksept for det?",
        "Er du innforstått med dette? Svar gjerne ja eller nei.",
        "Er det akseptabelt for deg?",
    ],
    "request_negative": [
        "Har De noe imot at samtalen blir tatt opp?",
        "Har du nokon innvendingar mot at me tek opp samtalen?",
        "Skulle du ha noe imot at vi tar opp samtalen?",
        "har du noe imot at vi tar opp",
        "Er det noko i vegen for at samtalen vert teken opp?",
        "Du har vel ikke noe imot at samtalen tas opp?",
        "Vil det plage deg om vi tar opp samtalen?",
    ],
    "request_negative_short": [
        "Har De noe imot det?",
        "Har du noko imot det?",
        "Er det noe i veien for det?",
        "noe imot det",
        "Plagar det deg?",
    ],
    "withdrawal_info": [
        "De kan når som helst trekke samtykket Deres tilbake.",
        "Du har rett til når som helst å be oss stanse opptaket, og då vert det sletta med ein gong.",
        "Samtykket kan trekkes tilbake når som helst under samtalen, jf. personvernforordningen.",
        "Ønsker du underveis at opptaket skal stoppe, sier du bare ifra.",
        "du kan alltid be meg stoppe opptaket underveis",
        "Skulle du angre, er det ikkje noko problem. Du kan alltid be oss stogge opptaket og slette det.",
        "I henhold til personvernforordningen kan De når som helst trekke tilbake samtykket, "
        "og opptaket blir da stoppet.",
        "Opptaket kan stoppast når som helst om du ber om det.",
    ],
    "objection_info": [
        "Ønsker De ikke å bli tatt opp, ber vi Dem si ifra nå, før vi fortsetter.",
        "Vil du ikkje bli teken opp, seier du berre ifrå no, så slår eg det av.",
        "Du kan velge bort opptak ved å si det før vi begynner.",
        "hvis du ikke vil bli tatt opp så si fra nå",
        "Vil De heller slippe opptak, kan De protestere nå.",
        "Er ikkje opptak i orden for deg, seier du frå før samtalen held fram.",
    ],
    "retention": [
        "Opptaket lagres i 30 dager og slettes deretter automatisk.",
        "Opptak vert sletta etter seks månader i samsvar med sletterutinane våre.",
        "opptaket lagres i 90 dager og slettes så",
        "Lydfila blir oppbevart trygt og sletta seinast etter tre månader.",
        "Vi oppbevarer opptaket i inntil ett år, deretter slettes det.",
        "Opptaket blir slettet etter 14 dager, jf. våre retningslinjer for sletting.",
    ],
    "coercion": [
        "Dessverre kan vi ikke gjennomføre samtalen uten opptak.",
        "Utan opptak kan me diverre ikkje handsame saka di.",
        "Ønsker De ikke opptak, må vi dessverre be Dem skrive til oss i stedet.",
        "Opptaket er en forutsetning for at vi kan hjelpe deg videre.",
        "hvis du ikke vil bli tatt opp kan jeg dessverre ikke hjelpe deg",
        "Eg må gjere merksam på at me ikkje kan opprette avtalen med mindre samtalen vert teken opp.",
        "Sier De nei til opptak, må vi dessverre avslutte samtalen.",
        "Det er et krav for å få rådgivning at samtalen tas opp.",
        "Vi er altså nødt til å ta opp, ellers kan saken ikke behandles.",
    ],
    "reply_given": [
        "ja, det er i orden for meg",
        "mm ja greit",
        "ja da, det går fint",
        "jaja, fint nok",
        "værsågod, bare ta opp",
        "ja, det kan De gjerne",
        "ja sjølvsagt. eg ringer for å få stoppa ein faktura",
        "ja det er heilt greitt eg skal ha sletta ei gammal adresse",
        "jatakk det er i orden",
        "det er greitt for meg",
        "okei då, det går eg med på",
        "ja ja, det gir jeg samtykke til",
        "mm, ja, det har jeg ikke noe imot",
        "javisst, det godtar jeg",
        "greitt det. jeg ringer forresten fordi jeg ikke har fått kontoutskriften",
    ],
    "reply_condition": [
        "ja, så lenge det bare brukes til opplæring",
        "det er greitt, viss opptaket blir sletta etterpå",
        "ja, men berre til intern bruk",
        "fint nok, så lenge det ikke blir gitt videre til andre",
        "ja hvis det ikke deles med noen utenfor firmaet",
        "ok, forutsatt at det bare er til kvalitetssikring",
    ],
    "reply_refused": [
        "nei, helst ikke",
        "nei takk, det vil eg ikkje",
        "nei, det vil jeg helst slippe",
        "det ønskjer eg ikkje",
        "mm nei det er ikke greit for meg",
        "nei, det gir jeg ikke samtykke til",
        "helst ikkje, takk",
        "nei det synes jeg ikke",
        "det vil jeg faktisk ikke, nei",
        "nei, det vil jeg ikke",
    ],
    "reply_ambiguous": [
        "mm",
        "eh, eg ringer eigentleg berre om rekninga mi",
        "hva skal opptaket brukes til?",
        "tja, det veit eg ikkje heilt",
        "hvem får tilgang til det?",
        "jeg har kundenummeret klart her",
        "det får vi se på",
        "hm kor lenge lagrar de det",
        "det er sånn sett det samme for meg",
    ],
    "neg_reply_given": [
        "nei, det har jeg ikke",
        "nei nei, det er i orden for meg",
        "nei, værsågod",
        "overhodet ikke",
        "nei det er fint nok",
        "mm nei, berre ta opp",
        "nei, slett ikkje",
    ],
    "neg_reply_refused": [
        "ja, det har jeg faktisk",
        "ja, det har eg, helst ikkje",
        "ja, det vil jeg helst slippe",
        "ja, det er eg ikkje så glad i",
        "ja jeg vil helst ikke bli tatt opp",
        "det har jeg, ja",
    ],
    "neg_reply_ambiguous": [
        "hmm, det kjem an på",
        "tja, hva skal det brukes til?",
        "eh",
        "det veit eg ikkje heilt",
        "hvorfor spør De om det?",
    ],
    "ack_refused": [
        "Det er heilt i orden. Det blir ikkje gjort opptak.",
        "Det noterer jeg. Opptaket er slått av.",
        "Selvsagt, da tar vi ikke opp.",
        "ok det respekterer vi opptaket er stoppet",
        "Takk for beskjed, vi fortsetter uten opptak.",
        "Forstått, eg har slått av opptaket.",
    ],
    "business_agent": [
        "Hva kan jeg hjelpe Dem med i dag?",
        "Kva kan eg hjelpe deg med?",
        "Kan jeg få fødselsnummeret Deres?",
        "Ja takk. Hva gjelder henvendelsen?",
        "ja hva kan jeg hjelpe med",
        "Då ser eg på saka di. Kva gjeld det?",
    ],
    "business_customer": [
        "Jeg ringer angående en purring jeg har fått.",
        "eg lurer på om eg kan få utsett betalinga",
        "Jeg skal flytte og må endre adressen min.",
        "Jeg må få slettet det gamle telefonnummeret mitt fra kontoen.",
        "jeg har fått en regning på 1250 kroner som jeg ikke forstår",
        "Eg vil gjerne endre avtalen min om nettbank.",
    ],
    "withdrawal": [
        "eg vil eigentleg helst ikkje at opptaket blir lagra",
        "kan dere slette det dere har tatt opp?",
        "vet du hva, jeg har ombestemt meg om opptaket, kan du skru det av?",
        "eg trekkjer samtykket til opptaket",
        "jeg vil ikke bli tatt opp lenger takk",
        "jeg er egentlig ikke så glad for å bli tatt opp, kan vi stoppe det?",
        "stopp opp taket takk",
        "Kan De være så snill å slette opptaket av denne samtalen?",
        "altså eg har ombestemt meg, de får ikkje ta opp meir",
        "eg vil at opptaket skal slettast med ein gong",
    ],
    "false_friend": [
        "kan du hjelpe meg å ta opp ei ny helsing på mobilsvararen",
        "Jeg vil også høre om å ta opp et lån til ny bil.",
        "stopp abonnementet fra neste måned takk",
        "Det må eg ta opp med sjefen min før eg seier ja til tilbodet.",
        "Og så vil jeg gjerne ha slettet den gamle adressen min.",
        "eg vil stoppe betalinga av den fakturaen",
        "Linja var oppteken heile føremiddagen, difor ringjer eg først no.",
        "Kan dere ikke stoppe reklamen dere sender meg?",
        "Jeg trekker klagen min tilbake, det har ordnet seg.",
        "Dottera mi har fått opptak på vidaregåande, kan ho få eige abonnement?",
    ],
    "closing": [
        "Takk for at du ringte, ha ein fin dag vidare.",
        "Då er det ordna. Ha ein god dag.",
        "Tusen takk for henvendelsen, og ha en fortsatt fin dag.",
        "ok da er det ordnet ha en god dag",
    ],
    "hello": [
        "Hallo, er De der fortsatt?",
        "Teksting av Nicolai Winther. Hallo?",
        "Hallo? Høyrer du meg?",
        "halloo er du der",
    ],
    "keypress_optin": [
        "Trykk 1 dersom De godtek at samtalen vert teken opp, elles trykk 2.|1|2",
        "Samtykker du til opptak, tast 1. Ønsker du ikke opptak, tast 9.|1|9",
        "trykk 2 for å godta opptak og 1 for å avslå|2|1",
        "For å gi samtykke til opptak, trykk 5. Hvis ikke, trykk 0.|5|0",
        "Kan vi ta opp samtalen? Trykk 1 for ja og 2 for nei.|1|2",
        "Godtek du opptak, trykk 3; viss ikkje, trykk 4.|3|4",
    ],
    "keypress_optout": [
        "Ønsker De ikke at samtalen blir tatt opp, trykk 1 nå.|1",
        "Trykk 9 dersom De ikkje ønskjer opptak.|9",
        "hvis du ikke vil bli tatt opp så trykk 2|2",
        "Tast 1 for å reservere Dem mot opptak av samtalen.|1",
        "Vil du sleppe opptak, trykk 0.|0",
        "Trykk 3 om du motset deg opptak.|3",
    ],
}

for _bank, _held14 in ((DA, HELD14_DA), (NO, HELD14_NO)):
    for _slot, _words in _held14.items():
        _bank.setdefault(_slot, {})["held14"] = _words

for _bank, _held15 in ((DA, HELD15_DA), (NO, HELD15_NO)):
    for _slot, _words in _held15.items():
        _bank.setdefault(_slot, {})["held15"] = _words

PHRASINGS = {"da": DA, "no": NO}
# Languages the calls are written in, and the transcript language codes they use.
CODES = {"da": ("da",), "no": ("no", "nb", "nn")}


# ------------------------------------------------------------------------------------------------
# A call from its parts
# ------------------------------------------------------------------------------------------------


@dataclass
class Plan:
    """The parts of one call, chosen independently."""

    lang: str
    split: str
    notice: str  # definite | vague | conditional | none
    purpose: bool
    request: str  # long | short | negative | keypress (held4 only) | none
    info: str  # withdrawal | objection | keypress_optout (held4 only) | none
    retention: bool
    coercion: bool
    reply: str  # given | condition | refused | ambiguous | none
    later: str  # withdrawal | false_friend | none
    labels: bool
    optout_pressed: bool = False  # held4: the customer pressed the opt-out key


@dataclass
class Call:
    plan: Plan
    transcript: dict[str, Any]
    truth: dict[str, bool]
    status: str  # the consent status a careful reviewer reads
    expected: dict[str, str]  # policy -> verdict
    words: list[str] = field(default_factory=list)  # the phrasings used, for the failure list


def plan_call(rng: random.Random, lang: str, split: str) -> Plan:
    """Draw the parts. Weights keep every verdict of both policies well represented."""
    notice = rng.choices(["definite", "vague", "conditional", "none"], [0.6, 0.15, 0.1, 0.15])[0]
    request_weights = [0.35, 0.25, 0.12, 0.28] if lang == "da" else [0.2, 0.2, 0.1, 0.5]
    request = rng.choices(["long", "short", "negative", "none"], request_weights)[0]
    if request == "short" and notice in ("none", "conditional"):
        request = "long"  # a short request needs a notice to point back to
    reply = rng.choices(["given", "condition", "refused", "ambiguous", "none"], [0.5, 0.08, 0.14, 0.16, 0.12])[0]
    if request == "negative" and reply == "condition":
        reply = "given"
    plan = Plan(
        lang=lang,
        split=split,
        notice=notice,
        purpose=rng.random() < 0.82,
        request=request,
        info=rng.choices(["withdrawal", "objection", "none"], [0.62, 0.22, 0.16])[0],
        retention=rng.random() < 0.2,
        coercion=rng.random() < 0.08 and (notice != "none" or request != "none"),
        reply=reply if request != "none" else "none",
        later=rng.choices(["withdrawal", "false_friend", "none"], [0.12, 0.22, 0.66])[0],
        labels=rng.random() < 0.75,
    )
    # key-press prompts: drawn only here, so the other splits' calls stay as they were
    if split in (
        "held4", "held5", "held6", "held7", "held8", "held9", "held10", "held11", "held12", "held13", "held14",
        "held15",
    ):
        if plan.request in ("long", "short") and rng.random() < 0.2:
            plan.request = "keypress"
            plan.reply = {"condition": "given", "ambiguous": "none"}.get(plan.reply, plan.reply)
        if plan.info == "objection" and plan.request != "keypress" and rng.random() < 0.4:
            plan.info = "keypress_optout"
            plan.optout_pressed = plan.request == "none" and rng.random() < 0.35
    return plan


def build(plan: Plan, rng: random.Random) -> Call:
    """The transcript of a plan, what it holds, and its expected outcome."""
    bank = PHRASINGS[plan.lang]
    words: list[str] = []

    def pick(slot: str) -> str:
        lists = bank[slot]
        text = rng.choice(
            lists[plan.split] if plan.split != "dev" else lists["dev"] + lists["dev2"] + lists["dev3"] + lists["dev4"]
        )
        words.append(text)
        return text

    truth = dict.fromkeys(ELEMENTS, False)
    agent: list[str] = []  # the opening's sentences, in order
    purpose = pick("purpose") if plan.purpose else ""
    if plan.notice != "none":
        template = pick(f"notice_{plan.notice}")
        if plan.notice == "conditional" or "{p}" not in template:
            agent.append(template.replace("{p}", ""))
            if purpose:
                agent.append(pick("purpose_sentence"))
        else:
            agent.append(template.replace("{p}", purpose))
        truth["recording_notice"] = plan.notice == "definite"
        truth["vague_notice"] = plan.notice == "vague"
    elif purpose:
        agent.append(pick("purpose_sentence"))
    # A purpose, or a coercive "ellers ...", means something only where recording is spoken of.
    talk = plan.notice != "none" or plan.request != "none" or plan.info != "none" or plan.retention
    truth["purpose"] = plan.purpose and talk
    if plan.request not in ("none", "keypress"):
        slot = f"request_{plan.request}"
        if plan.request == "negative" and plan.notice in ("definite", "vague") and rng.random() < 0.4:
            slot = "request_negative_short"  # a short one only where there is a notice to point back to
        agent.append(pick(slot))
        truth["consent_request" if plan.request != "negative" else "negative_request"] = True
    if plan.coercion:
        agent.append(pick("coercion"))
        truth["coercion"] = True
    if plan.info in ("withdrawal", "objection"):
        agent.append(pick("withdrawal_info" if plan.info == "withdrawal" else "objection_info"))
        truth["withdrawal_info" if plan.info == "withdrawal" else "objection_info"] = True
    if plan.retention:
        agent.append(pick("retention"))
        truth["retention"] = True
    keys: list[str] = []  # a key-press prompt's keys (held4): yes, no for an opt-in; the objecting key for an opt-out
    if plan.request == "keypress":
        text, *keys = pick("keypress_optin").split("|")
        agent.append(text)  # the prompt ends the opening, as in an IVR
        truth["consent_request"] = True
    elif plan.info == "keypress_optout":
        text, *keys = pick("keypress_optout").split("|")
        agent.append(text)
        truth["objection_info"] = True
    events: list[dict[str, Any]] = []

    turns: list[tuple[str, float, float, str]] = [("agent", 0.5, 4.0, pick("greeting"))]
    t = 4.2
    # The agent's sentences, one or two to a segment, 2.8 s a sentence.
    k = 0
    while k < len(agent):
        n = 2 if k + 1 < len(agent) and rng.random() < 0.5 else 1
        text = " ".join(agent[k : k + n])
        turns.append(("agent", t, t + 2.8 * n, text))
        t += 2.8 * n + 0.2
        k += n

    status = "not_requested"
    negative = plan.request == "negative"
    if plan.request == "keypress":
        if plan.reply in ("given", "refused"):
            events.append({"time": round(t + 1.3, 2), "type": "dtmf", "digit": keys[0 if plan.reply == "given" else 1]})
            t += 2.0
            status = plan.reply
            if plan.reply == "refused":
                turns.append(("agent", t, t + 2.5, pick("ack_refused")))
                t += 2.7
        else:
            turns.append(("agent", t + 11.0, t + 13.0, pick("hello")))
            t += 13.2
            status = "no_reply"
    elif plan.optout_pressed:
        events.append({"time": round(t + 1.3, 2), "type": "dtmf", "digit": keys[0]})
        t += 2.0
        status = "refused"
        turns.append(("agent", t, t + 2.5, pick("ack_refused")))
        t += 2.7
    elif plan.request != "none":
        t += 0.4
        if plan.reply == "none":
            turns.append(("agent", t + 11.0, t + 13.0, pick("hello")))
            t += 13.2
            status = "no_reply"
        else:
            slot = {
                "given": "reply_given",
                "condition": "reply_condition",
                "refused": "reply_refused",
                "ambiguous": "reply_ambiguous",
            }[plan.reply]
            if negative:
                slot = "neg_" + slot
            reply = pick(slot)
            turns.append(("customer", t, t + 1.5, reply))
            t += 1.9
            status = "given" if plan.reply in ("given", "condition") else plan.reply
            truth["consent_condition"] = plan.reply == "condition"
            if plan.reply == "refused":
                turns.append(("agent", t, t + 2.5, pick("ack_refused")))
                t += 2.7
    turns.append(("agent", t, t + 2.5, pick("business_agent")))
    t += 3.0
    turns.append(("customer", t, t + 4.0, pick("business_customer")))
    t += 5.0
    if plan.later != "none":
        turns.append(("customer", t, t + 2.0, pick(plan.later)))
        turns.append(("agent", t + 2.5, t + 4.5, pick("closing")))
        truth["withdrawal"] = plan.later == "withdrawal"
    language = rng.choice(CODES[plan.lang])
    transcript = {
        "language": language,
        "segments": [
            {"start": round(s, 2), "end": round(e, 2), "speaker": who if plan.labels else None, "text": text}
            for who, s, e, text in turns
        ],
    }
    if events:
        transcript["events"] = events
    return Call(plan, transcript, truth, status, {p: expected_verdict(plan, p) for p in POLICIES}, words)


def expected_verdict(plan: Plan, policy: str) -> str:
    """DOMAIN.md's rules applied to the parts (a careful reviewer's verdict)."""
    requested = plan.request != "none"
    refused = (requested and plan.reply == "refused") or plan.optout_pressed
    given = requested and plan.reply in ("given", "condition")
    ambiguous = requested and plan.reply == "ambiguous"
    negative = plan.request == "negative"
    violation = refused or plan.coercion or plan.later == "withdrawal"
    missing = review = False
    if policy == "dk":
        missing |= not (plan.notice == "definite" or requested)
        missing |= not plan.purpose
        missing |= not requested
        missing |= plan.info != "withdrawal"
        missing |= ambiguous or (requested and plan.reply == "none")
        review |= negative and (given or ambiguous)
    else:
        missing |= not (plan.notice == "definite" or (given and plan.request in ("long", "short", "keypress")))
        missing |= not plan.purpose
        missing |= not (requested or plan.info != "none")
        review |= ambiguous or (negative and given)
    if violation or missing:
        return "non_compliant"
    return "needs_review" if review else "compliant"


def corpus(per_split: int, seed: int, splits: tuple[str, ...] = DEFAULT_SPLITS) -> list[Call]:
    """per_split calls per language and split, drawn from one seed per language and split (so
    the calls of one split do not depend on whether the other is drawn)."""
    calls = []
    for lang in PHRASINGS:
        for split in splits:
            rng = random.Random(f"{seed}/{lang}/{split}")
            calls += [build(plan_call(rng, lang, split), rng) for _ in range(per_split)]
    return calls


# ------------------------------------------------------------------------------------------------
# Scoring
# ------------------------------------------------------------------------------------------------


def found(record, element: str) -> bool:
    if element == "withdrawal":
        return bool(record.withdrawals)
    keys = {"consent_request": "keypress_optin", "objection_info": "keypress_optout"}
    return bool(record.findings.get(element)) or (element in keys and bool(record.findings.get(keys[element])))


def evaluate(calls: list[Call]) -> dict[str, Any]:
    """Run the engine on every call under both policies and tally."""
    confusion: dict[tuple[str, str, str], Counter] = defaultdict(Counter)  # (lang, split, policy) -> (exp, got)
    elements: dict[tuple[str, str, str], Counter] = defaultdict(Counter)  # (lang, split, element) -> tp/fp/fn
    status: dict[tuple[str, str], Counter] = defaultdict(Counter)  # (lang, split) -> right/wrong
    failures: list[dict[str, Any]] = []
    for call in calls:
        lang, split = call.plan.lang, call.plan.split
        for policy in POLICIES:
            record = analyze_transcript(call.transcript, policy=policy)
            got = str(record.verdict)
            confusion[(lang, split, policy)][(call.expected[policy], got)] += 1
            if got != call.expected[policy]:
                failures.append(
                    {
                        "lang": lang,
                        "split": split,
                        "policy": policy,
                        "expected": call.expected[policy],
                        "got": got,
                        "reasons": [str(r.code) for r in record.reasons],
                        "consent": str(record.consent.status),
                        "plan": call.plan.__dict__,
                        "words": call.words,
                        "transcript": call.transcript,
                    }
                )
            if policy == POLICIES[0]:
                for element in ELEMENTS:
                    truth, hit = call.truth[element], found(record, element)
                    key = (lang, split, element)
                    elements[key]["tp" if truth and hit else "fn" if truth else "fp" if hit else "tn"] += 1
                status[(lang, split)]["right" if str(record.consent.status) == call.status else "wrong"] += 1
    return {"confusion": confusion, "elements": elements, "status": status, "failures": failures}


def falsely_compliant(confusion: dict[tuple[str, str, str], Counter]) -> int:
    return sum(
        n
        for table in confusion.values()
        for (exp, got), n in table.items()
        if got == "compliant" and exp != "compliant"
    )


def accuracy(table: Counter) -> float:
    total = sum(table.values())
    return sum(n for (exp, got), n in table.items() if exp == got) / total if total else 1.0


def report(result: dict[str, Any], calls: list[Call], seconds: float) -> str:
    """The tables, as Markdown."""
    out: list[str] = []
    confusion, elements, status = result["confusion"], result["elements"], result["status"]
    langs = sorted({c.plan.lang for c in calls})
    splits = [s for s in SPLITS if any(c.plan.split == s for c in calls)]
    per = Counter((c.plan.lang, c.plan.split) for c in calls)
    out.append(
        f"{len(calls)} calls ({', '.join(f'{lang}/{s}: {per[(lang, s)]}' for lang in langs for s in splits)}), "
        f"each under both policies: {2 * len(calls)} records in {seconds:.1f} s."
    )
    out.append(f"\n**Falsely compliant: {falsely_compliant(confusion)}.**\n")
    out.append("| language | split | policy | verdicts right | compliant | non_compliant | needs_review |")
    out.append("|---|---|---|---|---|---|---|")
    for lang in langs:
        for split in splits:
            for policy in POLICIES:
                table = confusion[(lang, split, policy)]
                cells = []
                for exp in VERDICTS:
                    row = [table[(exp, got)] for got in VERDICTS]
                    cells.append(f"{sum(row)} → " + "/".join(str(x) for x in row))
                out.append(
                    f"| {lang} | {split} | {policy} | {accuracy(table):.1%} ({sum(table.values())}) | "
                    + " | ".join(cells)
                    + " |"
                )
    out.append(
        "\nEach verdict cell: calls expected so → how many the engine called compliant / non_compliant / "
        "needs_review.\n"
    )
    out.append("| language | split | element | precision | recall | in calls |")
    out.append("|---|---|---|---|---|---|")
    for lang in langs:
        for split in splits:
            for element in ELEMENTS:
                c = elements[(lang, split, element)]
                tp, fp, fn = c["tp"], c["fp"], c["fn"]
                prec = f"{tp / (tp + fp):.1%}" if tp + fp else "-"
                rec = f"{tp / (tp + fn):.1%}" if tp + fn else "-"
                out.append(f"| {lang} | {split} | {element} | {prec} | {rec} | {tp + fn} |")
    out.append("\n| language | split | consent status right |")
    out.append("|---|---|---|")
    for lang in langs:
        for split in splits:
            c = status[(lang, split)]
            out.append(f"| {lang} | {split} | {c['right'] / max(1, c['right'] + c['wrong']):.1%} |")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--per-split", type=int, default=300, help="calls per language and split (default 300)")
    ap.add_argument("--seed", type=int, default=12)
    ap.add_argument("--smoke", action="store_true", help="20 calls per language and split; no accuracy floor")
    ap.add_argument(
        "--min-accuracy",
        type=float,
        default=None,
        help="lowest held-out share of right verdicts per language and policy (default 0.95; 0 with --smoke)",
    )
    ap.add_argument(
        "--split",
        choices=(*SPLITS, "both", "all"),
        default="both",
        help="which phrasings to draw from (default: both = dev and held; held2 to held15 when named, or all)",
    )
    ap.add_argument("--show-failures", type=int, default=0, metavar="N", help="print N wrong verdicts with their parts")
    ap.add_argument("--out", type=Path, help="write the tables and failures as JSON")
    args = ap.parse_args(argv)
    per_split = 20 if args.smoke else args.per_split
    floor = args.min_accuracy if args.min_accuracy is not None else (0.0 if args.smoke else 0.95)
    splits = {"both": DEFAULT_SPLITS, "all": SPLITS}.get(args.split, (args.split,))
    calls = corpus(per_split, args.seed, splits)
    started = time.perf_counter()
    result = evaluate(calls)
    seconds = time.perf_counter() - started
    print(report(result, calls, seconds))
    for failure in result["failures"][: args.show_failures]:
        print(json.dumps(failure, ensure_ascii=False))
    bad = falsely_compliant(result["confusion"])
    low = [(key, accuracy(t)) for key, t in result["confusion"].items() if key[1] != "dev" and accuracy(t) < floor]
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(
            json.dumps(
                {
                    "confusion": {
                        "/".join(k): {f"{e}->{g}": n for (e, g), n in v.items()} for k, v in result["confusion"].items()
                    },
                    "elements": {"/".join(k): dict(v) for k, v in result["elements"].items()},
                    "failures": result["failures"],
                    "falsely_compliant": bad,
                },
                ensure_ascii=False,
                indent=1,
            ),
            "utf-8",
        )
    if bad:
        print(f"FAIL: {bad} falsely compliant", file=sys.stderr)
    for key, acc in low:
        print(f"FAIL: held-out verdicts right {acc:.1%} < {floor:.0%} for {'/'.join(key)}", file=sys.stderr)
    return 1 if bad or low else 0


if __name__ == "__main__":
    sys.exit(main())
