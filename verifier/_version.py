"""The verifier's version: a leaf, so that the record can name it without importing the package."""

__version__ = "0.1.0"
