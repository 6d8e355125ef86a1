"""Smoke test of the benchmark harness (benchmarks/) on 20 bench articles; skipped when the
shared bench corpus (../shared/bench) is not there."""

from __future__ import annotations

import pytest

from benchmarks import report
from benchmarks.domain import build_domain
from benchmarks.materialize import load_index, materialize
from benchmarks.paths import BENCH_JSONL
from benchmarks.run import Options, run_benchmark

pytestmark = pytest.mark.skipif(not BENCH_JSONL.exists(), reason="no bench corpus at ../shared/bench")


def test_materialize_writes_each_article_once(tmp_path):
    folder = materialize(tmp_path / "vntc", limit=20)
    files = sorted(folder.rglob("*.txt"))
    stamps = [f.stat().st_mtime_ns for f in files]
    assert len(files) == 20 and len(load_index(folder)) == 20
    assert materialize(tmp_path / "vntc", limit=20) == folder
    assert [f.stat().st_mtime_ns for f in files] == stamps


def test_build_domain_varies_copies_deterministically(tmp_path):
    first = build_domain(tmp_path / "a", count=14)
    second = build_domain(tmp_path / "b", count=14)
    texts = [f.read_text(encoding="utf-8") for f in sorted(first.rglob("*.txt"))]
    assert len(texts) == 14
    assert texts == [f.read_text(encoding="utf-8") for f in sorted(second.rglob("*.txt"))]
    assert texts[0] != texts[7]  # two copies of the same shipped document differ


def test_run_benchmark_reports_positive_figures(tmp_path):
    opts = Options(limit=20, only="vntc", naive_sample=3, stage_sample=5, small=10, repeats=1, data=tmp_path)
    result = run_benchmark(opts)
    vntc = result["corpora"]["vntc"]
    assert vntc["floor"]["docs"] == 20 and vntc["floor"]["chars_per_s"] > 0
    assert vntc["ingest"]["exit_code"] in (0, 3) and vntc["ingest"]["seconds"] > 0
    # a 20-file ingest may end between two memory samples; the high-water marks always see it
    assert vntc["ingest"]["max_hwm_mib"] > 0 and vntc["memory_small"]["ingest"]["max_hwm_mib"] > 0
    assert vntc["reingest"]["seconds"] > 0 and vntc["naive"]["scaled_seconds"] > 0
    assert sum(s["seconds"] for s in vntc["stages"]["stages"].values()) > 0 and vntc["query"]["chairs_median_s"] > 0
    assert vntc["store"]["documents"] == 20 and vntc["false_positives"]["per_10k_docs"] >= 0
    assert {t["target"] for t in result["targets"]} >= {"vntc: full ingest / floor (b/a)"}
    assert "targets:" in report.format_report(result)


def test_a_file_that_failed_misses_its_target():
    """Files that fail extraction on the bench corpora are a missed target, not only a line of the store."""
    ok = {"ingest": {"exit_code": 0}, "store": {"documents": 3, "errors": {}, "facts": {}}}
    failed = {"ingest": {"exit_code": 3}, "store": {"documents": 3, "errors": {"E_EXTRACT": 2}, "facts": {}}}
    checks = {t["target"]: t["ok"] for t in report.targets(report.ratios({"vntc": failed, "domain": ok}))}
    assert checks["vntc: files that failed (real news, all readable)"] is False
    assert checks["domain: files that failed"] is True
