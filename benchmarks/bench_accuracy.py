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
for development as well; ``held`` was written last and not used to tune anything. The ``dev``
split draws from dev to dev4; the ``held`` split only from held. A call takes all its parts from
one split, so the held-out numbers measure the engine on wordings it was not built from.

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
SPLITS = ("dev", "held")

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
for _bank, _dev3, _dev4, _held in ((DA, DEV3_DA, DEV4_DA, HELD_DA), (NO, DEV3_NO, DEV4_NO, HELD_NO)):
    for _slot in _bank:
        _bank[_slot]["dev3"] = _dev3[_slot]
        _bank[_slot]["dev4"] = _dev4[_slot]
        _bank[_slot]["held"] = _held[_slot]

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
    request: str  # long | short | negative | none
    info: str  # withdrawal | objection | none
    retention: bool
    coercion: bool
    reply: str  # given | condition | refused | ambiguous | none
    later: str  # withdrawal | false_friend | none
    labels: bool


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
    return Plan(
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


def build(plan: Plan, rng: random.Random) -> Call:
    """The transcript of a plan, what it holds, and its expected outcome."""
    bank = PHRASINGS[plan.lang]
    words: list[str] = []

    def pick(slot: str) -> str:
        lists = bank[slot]
        text = rng.choice(
            lists["held"] if plan.split == "held" else lists["dev"] + lists["dev2"] + lists["dev3"] + lists["dev4"]
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
    if plan.request != "none":
        slot = f"request_{plan.request}"
        if plan.request == "negative" and plan.notice in ("definite", "vague") and rng.random() < 0.4:
            slot = "request_negative_short"  # a short one only where there is a notice to point back to
        agent.append(pick(slot))
        truth["consent_request" if plan.request != "negative" else "negative_request"] = True
    if plan.coercion:
        agent.append(pick("coercion"))
        truth["coercion"] = True
    if plan.info != "none":
        agent.append(pick("withdrawal_info" if plan.info == "withdrawal" else "objection_info"))
        truth["withdrawal_info" if plan.info == "withdrawal" else "objection_info"] = True
    if plan.retention:
        agent.append(pick("retention"))
        truth["retention"] = True

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
    if plan.request != "none":
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
    return Call(plan, transcript, truth, status, {p: expected_verdict(plan, p) for p in POLICIES}, words)


def expected_verdict(plan: Plan, policy: str) -> str:
    """DOMAIN.md's rules applied to the parts (a careful reviewer's verdict)."""
    requested = plan.request != "none"
    refused = requested and plan.reply == "refused"
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
        missing |= not (plan.notice == "definite" or (given and plan.request in ("long", "short")))
        missing |= not plan.purpose
        missing |= not (requested or plan.info != "none")
        review |= ambiguous or (negative and given)
    if violation or missing:
        return "non_compliant"
    return "needs_review" if review else "compliant"


def corpus(per_split: int, seed: int, splits: tuple[str, ...] = SPLITS) -> list[Call]:
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
    return bool(record.findings.get(element))


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
    ap.add_argument("--split", choices=(*SPLITS, "both"), default="both", help="which phrasings to draw from")
    ap.add_argument("--show-failures", type=int, default=0, metavar="N", help="print N wrong verdicts with their parts")
    ap.add_argument("--out", type=Path, help="write the tables and failures as JSON")
    args = ap.parse_args(argv)
    per_split = 20 if args.smoke else args.per_split
    floor = args.min_accuracy if args.min_accuracy is not None else (0.0 if args.smoke else 0.95)
    calls = corpus(per_split, args.seed, SPLITS if args.split == "both" else (args.split,))
    started = time.perf_counter()
    result = evaluate(calls)
    seconds = time.perf_counter() - started
    print(report(result, calls, seconds))
    for failure in result["failures"][: args.show_failures]:
        print(json.dumps(failure, ensure_ascii=False))
    bad = falsely_compliant(result["confusion"])
    low = [(key, accuracy(t)) for key, t in result["confusion"].items() if key[1] == "held" and accuracy(t) < floor]
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
