"""The engine: a transcript in, a compliance record out. Pure, no audio, no I/O beyond its data files.

    transcript.py (the contract between hearing and engine)
      -> findings.py (+ text.py, phrases.py, meaning.py: what was said, by whom, when)
      -> consent.py (requests, replies, key presses)
      -> decision.py (the policy's verdict; the only judge)
      -> record.py (the versioned record, a leaf)

``analyze.py`` runs the stages in that order; ``settle.py`` answers the audio path's question
(can more audio change the verdict?); ``policy.py`` loads policies as data; ``codes.py`` holds
the closed vocabularies.
"""
