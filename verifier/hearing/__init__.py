"""Hearing: audio in, a transcript (segments, key presses, confidence) out, for the engine to judge.

    audio.py (decode the opening, channels, provenance)
      -> transcribe.py (VAD, language, Whisper decoding) + dtmf.py (key presses)
    model.py finds and hash-checks the speech model.
"""
