"""Shared fixtures: the record schema validator."""

from __future__ import annotations

import json
from importlib import resources

import jsonschema
import pytest


@pytest.fixture(scope="session")
def record_schema() -> jsonschema.protocols.Validator:
    """A validator for the shipped record JSON Schema."""
    schema = json.loads(resources.files("verifier.data").joinpath("record.schema.json").read_text("utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)
