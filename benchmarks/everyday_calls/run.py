"""Held-out everyday call openings, written blind: run the text engine on each under both policies.

    .venv/bin/python benchmarks/everyday_calls/run.py [--show-failures] [--show-reasons]

Each ``*.json`` here is a transcript in DOMAIN.md's format: the first 25-47 s (one stopped
recording: 23 s) of an everyday Danish or Norwegian call-centre call (utilities, telecoms, banks,
insurers, clinics, municipalities, webshops, taxi, travel), with the recording disclosure in an
invented company's own words (not copied from any published script), the request (or none), the
caller's answer and a few turns of the errand. Half are two-channel (speakers ``agent`` /
``customer``), half unlabelled mono (speaker ``null``); key presses are ``dtmf`` events.
``expected.json`` gives, per call, the verdicts a careful reviewer accepts under each policy (one,
or two where DOMAIN.md leaves room; the ``unsure`` field says why), the consent status (one or a
list), and the reason codes the record should carry (``reasons``: a list of groups, each satisfied
when any one of its codes is present; scored for information only). A call is
*falsely compliant* when the engine says ``compliant`` and the expected list does not hold it.
Exits 1 on any falsely compliant record.

Written blind to the engine (no verifier code, tests or other held-out transcripts were read; the
expectations come from DOMAIN.md's rules applied to each script); the first run is the measured one.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from heldout import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main(HERE, __doc__.split("\n\n")[0]))
