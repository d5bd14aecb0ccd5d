"""The record names the arithmetic the speech model ran with (``hearing/runtime.py``): the same call
can get another verdict from other CPU kernels, so a record must say which produced it."""

from __future__ import annotations

from verifier.hearing.runtime import cpu_facts, runtime_info

INTEL = """processor	: 0
vendor_id	: GenuineIntel
model name	: Intel(R) Xeon(R) Platinum 8375C CPU @ 2.90GHz
flags		: fpu sse2 avx avx2 avx512f avx512dq avx512cd avx512bw avx512vl avx512_vnni

processor	: 1
vendor_id	: SomethingElse
"""
ZEN3 = """processor	: 0
vendor_id	: AuthenticAMD
model name	: AMD EPYC 7R13 Processor
flags		: fpu sse2 avx avx2 fma bmi2
"""
ARM = """processor	: 0
BogoMIPS	: 50.00
Features	: fp asimd evtstrm aes
"""


def _cpu(text: str, **env: str) -> dict:
    return runtime_info("cpu", "int8_float32", version="9.9", cpuinfo=text, environ=env)["cpu"]


def test_an_intel_cpu_with_avx512_uses_mkl_and_avx512() -> None:
    assert _cpu(INTEL) == {"vendor": "GenuineIntel", "isa": "AVX512", "gemm": "MKL",
                           "model": "Intel(R) Xeon(R) Platinum 8375C CPU @ 2.90GHz"}


def test_an_amd_cpu_uses_onednn_with_the_best_isa_it_has() -> None:
    cpu = _cpu(ZEN3)
    assert (cpu["vendor"], cpu["isa"], cpu["gemm"]) == ("AuthenticAMD", "AVX2", "DNNL")
    assert "forced" not in cpu


def test_avx512_needs_all_five_feature_flags_as_ctranslate2_asks() -> None:
    partial = ZEN3.replace("bmi2", "bmi2 avx512f avx512bw")
    assert _cpu(partial)["isa"] == "AVX2"


def test_the_environment_overrides_are_followed_and_named() -> None:
    cpu = _cpu(ZEN3, CT2_USE_MKL="1", CT2_FORCE_CPU_ISA="AVX")
    assert (cpu["isa"], cpu["gemm"]) == ("AVX", "MKL")
    assert cpu["forced"] == ["CT2_FORCE_CPU_ISA=AVX", "CT2_USE_MKL=1"]
    assert _cpu(INTEL, CT2_USE_MKL="0")["gemm"] == "DNNL"


def test_only_the_first_processor_is_read() -> None:
    assert cpu_facts(INTEL)["vendor"] == "GenuineIntel"
    assert cpu_facts("")["vendor"] == ""


def test_a_gpu_run_names_the_device_and_compute_type_only() -> None:
    info = runtime_info("cuda", "float16", version="9.9", cpuinfo=INTEL, environ={})
    assert info == {"engine": "ctranslate2", "version": "9.9", "device": "cuda", "compute_type": "float16"}


def test_a_machine_that_is_not_x86_names_its_cpu_without_x86_kernels(monkeypatch) -> None:
    monkeypatch.setattr("platform.machine", lambda: "aarch64")
    cpu = _cpu(ARM)
    assert "isa" not in cpu and "gemm" not in cpu
