"""Round 8's hand-written held-out calls: run the text engine on each under both policies.

    .venv/bin/python benchmarks/heldout_round8/run.py [--show-failures]

Each ``*.json`` here is a transcript in DOMAIN.md's format, written by hand (full conversations,
Danish and Norwegian bokmål/nynorsk, one or more DOMAIN.md traps each); ``expected.json`` gives,
per call, the verdicts a careful reviewer accepts under each policy (one, or two where DOMAIN.md
leaves room, e.g. unlabelled speech may go to review) and the consent status. A call is *falsely
compliant* when the engine says ``compliant`` and the expected list does not hold it. Exits 1 on
any falsely compliant record.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from heldout import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main(HERE, __doc__.split("\n\n")[0]))
