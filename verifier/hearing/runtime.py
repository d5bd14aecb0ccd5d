"""Which arithmetic the speech model runs with, for the record.

CTranslate2 picks its CPU kernels by the machine: the instruction set it finds (AVX-512, AVX2, AVX
or a generic build; ``CT2_FORCE_CPU_ISA`` overrides it) and, for the matrix products, Intel MKL on
a GenuineIntel CPU and oneDNN ("DNNL") on any other (``CT2_USE_MKL`` overrides it). The kernels
differ in the last bits of every sum, greedy decoding and spotting's margins turn such differences
into other words, and so the same call can get another verdict on another machine (README,
"Numbers"). A record that is to be reproducible names them: run again with the same model, the
same kernels and the same instruction set, a call gets the same record.

What is reported follows CTranslate2's own choice (``src/cpu/backend.cc``, ``cpu_isa.cc``,
``cpu_info.cc``); ``CT2_VERBOSE=1`` makes CTranslate2 print it when a model loads.
"""

from __future__ import annotations

import os
import platform
from collections.abc import Mapping
from pathlib import Path
from typing import Any

ENV_ISA = "CT2_FORCE_CPU_ISA"
ENV_MKL = "CT2_USE_MKL"
CPUINFO = Path("/proc/cpuinfo")
# CTranslate2's test for AVX-512 (``cpu_supports_avx512``): all five of these.
AVX512_FLAGS = frozenset({"avx512f", "avx512cd", "avx512vl", "avx512dq", "avx512bw"})


def cpu_facts(cpuinfo: str | None = None) -> dict[str, Any]:
    """Vendor, model name and feature flags of the first CPU in ``/proc/cpuinfo`` text (read from
    the machine when not given); empty values where the text does not say (not Linux)."""
    if cpuinfo is None:
        try:
            cpuinfo = CPUINFO.read_text("utf-8", errors="replace")
        except OSError:
            cpuinfo = ""
    fields: dict[str, str] = {}
    for line in cpuinfo.splitlines():
        if not line.strip():
            if fields:
                break  # the first processor's block is enough: they are alike
            continue
        key, _, value = line.partition(":")
        fields.setdefault(key.strip(), value.strip())
    return {"vendor": fields.get("vendor_id", ""), "model": fields.get("model name", ""),
            "flags": frozenset(fields.get("flags", "").split())}


def _isa(flags: frozenset[str], forced: str) -> str:
    if forced:
        return forced
    if AVX512_FLAGS <= flags:
        return "AVX512"
    if "avx2" in flags:
        return "AVX2"
    if "avx" in flags:
        return "AVX"
    return "GENERIC"


def _true(value: str) -> bool:
    return value.strip().lower() in ("1", "true", "yes", "on")


def runtime_info(device: str, compute_type: str, *, version: str | None = None,
                 cpuinfo: str | None = None, environ: Mapping[str, str] | None = None) -> dict[str, Any]:
    """What the record says about the arithmetic: CTranslate2's version, the device, the compute
    type the model was loaded with and, on a CPU, the CPU and the kernels CTranslate2 uses on it.

    ``version``, ``cpuinfo`` and ``environ`` default to this machine's (tests pass their own)."""
    if version is None:
        import ctranslate2

        version = ctranslate2.__version__
    env = os.environ if environ is None else environ
    out: dict[str, Any] = {"engine": "ctranslate2", "version": version, "device": device,
                           "compute_type": compute_type}
    if device != "cpu":
        return out
    facts = cpu_facts(cpuinfo)
    x86 = bool(facts["flags"] & {"sse2", "avx"}) or platform.machine().lower() in ("x86_64", "amd64")
    forced_isa = env.get(ENV_ISA, "").strip()
    forced_mkl = env.get(ENV_MKL, "").strip()
    cpu: dict[str, Any] = {"vendor": facts["vendor"], "model": facts["model"]}
    if x86:
        cpu["isa"] = _isa(facts["flags"], forced_isa)
        mkl = _true(forced_mkl) if forced_mkl else facts["vendor"] == "GenuineIntel"
        cpu["gemm"] = "MKL" if mkl else "DNNL"
        forced = [f"{k}={v}" for k, v in ((ENV_ISA, forced_isa), (ENV_MKL, forced_mkl)) if v]
        if forced:
            cpu["forced"] = forced
    out["cpu"] = cpu
    return out


__all__ = ["cpu_facts", "runtime_info"]
