"""Shared fixtures: the record schema validator, a stand-in model folder."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import jsonschema
import pytest


@pytest.fixture(scope="session")
def record_schema() -> jsonschema.protocols.Validator:
    """A validator for the shipped record JSON Schema."""
    schema = json.loads(resources.files("verifier.data").joinpath("record.schema.json").read_text("utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


@pytest.fixture
def fake_model(tmp_path, monkeypatch) -> Path:
    """A model folder that passes resolution (also as $CONSENT_VERIFIER_MODEL); nothing reaches
    transcription with it unless a fake recogniser is given."""
    folder = tmp_path / "fake-model"
    folder.mkdir()
    for name in ("model.bin", "config.json", "tokenizer.json", "vocabulary.json"):
        (folder / name).write_text("{}")
    monkeypatch.setenv("CONSENT_VERIFIER_MODELS_DIR", str(tmp_path / "models"))
    monkeypatch.setenv("CONSENT_VERIFIER_MODEL", str(folder))
    return folder
