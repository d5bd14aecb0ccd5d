"""consent-verifier: was the recording of this call lawful? (Danish and Norwegian calls)."""

__version__ = "0.1.0"
