#!/usr/bin/env bash
# One-step set-up: a virtual environment at .venv/ with the verifier, its test tools and the
# default speech model assembled and hash-checked in models/. Safe to run again (fast when done).
set -euo pipefail
cd "$(dirname "$0")"
PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
    "$PY" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip >/dev/null
.venv/bin/python -m pip install --quiet -e ".[dev${EXTRAS:+,$EXTRAS}]"
.venv/bin/consent-verifier model install >&2
