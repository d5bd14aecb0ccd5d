"""Held-out calls built on real, published Danish and Norwegian recording disclosures: run the text
engine on each under both policies.

    .venv/bin/python benchmarks/real_wordings/run.py [--show-failures] [--show-reasons]

Each ``*.json`` here is a transcript in DOMAIN.md's format whose opening is a real wording (quoted
verbatim or lightly adapted; see SOURCES.md and the ``provenance`` field of ``expected.json``),
followed where sensible by an added request and a customer reply. ``expected.json`` gives, per call,
the verdicts a careful reviewer accepts under each policy (one, or two where DOMAIN.md leaves room;
the ``unsure`` field says why), the consent status (one or a list), and the reason codes the record
should carry (``reasons``: a list of groups, each satisfied when any one of its codes is present;
scored for information only). A call is *falsely compliant* when the engine says ``compliant`` and
the expected list does not hold it. Exits 1 on any falsely compliant record.

Written blind to the engine (adapted from benchmarks/heldout_round8/run.py); the first run is the
measured one.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from heldout import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main(HERE, __doc__.split("\n\n")[0]))
