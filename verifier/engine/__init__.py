"""The engine: a transcript in, a compliance record out. Pure, no audio, no I/O beyond its data files.

    transcript.py (the contract between hearing and engine)
      -> findings.py (+ text.py, phrases.py: what was said, by whom, when)
      -> consent.py (requests, replies, key presses)
      -> decision.py (the policy's verdict; the only judge)
      -> record.py (the versioned record, a leaf)

``analyze.py`` runs the stages in that order; ``policy.py`` loads policies as data.
"""
