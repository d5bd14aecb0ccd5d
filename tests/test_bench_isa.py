"""``benchmarks/bench_isa.py`` scores records against the expected verdicts beside the calls."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

PATH = Path(__file__).resolve().parent.parent / "benchmarks" / "bench_isa.py"


def _bench():
    spec = importlib.util.spec_from_file_location("bench_isa", PATH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_falsely_compliant_call_is_counted_and_two_accepted_verdicts_are_both_right(tmp_path) -> None:
    bench = _bench()
    (tmp_path / "a.expected.json").write_text(json.dumps({"verdict": "non_compliant"}))
    (tmp_path / "b.expected.json").write_text(json.dumps({"verdict": "needs_review",
                                                          "verdicts": ["needs_review", "compliant"]}))
    (tmp_path / "c.expected.json").write_text(json.dumps({"verdict": "compliant"}))
    records = tmp_path / "records.jsonl"
    records.write_text("\n".join(json.dumps(r) for r in [
        {"call_id": "a.wav", "verdict": "compliant"},          # the dangerous direction
        {"call_id": "b.wav", "verdict": "compliant"},          # accepted
        {"call_id": "c.wav", "verdict": "needs_review"},       # abstained
    ]) + "\n")
    scored = bench.score(bench.verdicts_of(records), bench.expected_of(tmp_path))
    assert scored == {"calls": 3, "right": 1, "falsely_compliant": 1, "settled": 2, "wrong_settled": 1}


def test_a_folder_without_expected_verdicts_is_a_usage_error(tmp_path, capsys) -> None:
    assert _bench().main([str(tmp_path)]) == 2
    assert "no *.expected.json" in capsys.readouterr().err


def test_a_variant_forces_ctranslate2s_kernels_and_optionally_caps_onednns() -> None:
    env = _bench().environment
    assert env("default") == {}
    assert env("AVX2") == {"CT2_FORCE_CPU_ISA": "AVX2"}
    assert env("AVX2/AVX2") == {"CT2_FORCE_CPU_ISA": "AVX2", "ONEDNN_MAX_CPU_ISA": "AVX2"}
    assert env("mkl") == {"CT2_USE_MKL": "1"}
    assert env("dnnl:AVX2") == {"CT2_USE_MKL": "0", "CT2_FORCE_CPU_ISA": "AVX2"}
    assert env("mkl:AVX/AVX") == {"CT2_USE_MKL": "1", "CT2_FORCE_CPU_ISA": "AVX", "ONEDNN_MAX_CPU_ISA": "AVX"}
