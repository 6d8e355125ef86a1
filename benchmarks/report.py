"""Ratios and target checks from the measured figures, and the report as a printable table."""

from __future__ import annotations

import operator

# name, how it is computed (see ``ratios``), comparison, limit
TARGETS = (
    ("vntc: full ingest / floor (b/a)", "vntc.ingest_over_floor", "<=", 2.0),
    ("vntc: naive / full ingest (c/b)", "vntc.naive_over_ingest", ">=", 20.0),
    ("domain: chars/s per core, end to end", "domain.ingest_chars_per_s_per_core", ">=", 150_000),
    ("vntc: re-ingest unchanged / first ingest", "vntc.reingest_over_ingest", "<=", 0.05),
    ("domain: re-ingest unchanged / first ingest", "domain.reingest_over_ingest", "<=", 0.05),
    ("vntc: peak memory, PSS of the tree (MiB)", "vntc.peak_pss_mib", "<=", 1024),
    ("vntc: peak memory, sum of VmHWM (MiB)", "vntc.sum_hwm_mib", "<=", 1024),
    ("domain: peak memory, PSS of the tree (MiB)", "domain.peak_pss_mib", "<=", 1024),
    ("vntc: sum of VmHWM, all docs / small run (±10%)", "vntc.hwm_full_over_small", "within", (0.9, 1.1)),
    ("vntc: peak PSS, all docs / small run (±10%)", "vntc.pss_full_over_small", "within", (0.9, 1.1)),
    ("vntc: cold `chairs` / `import duckdb`", "vntc.query_over_import", "<=", 2.0),
    ("domain: cold `chairs` / `import duckdb`", "domain.query_over_import", "<=", 2.0),
    ("vntc: blocs, clusters, chairs, memberships", "vntc.false_positives", "<=", 0),
    ("vntc: files that failed (real news, all readable)", "vntc.failed_files", "<=", 0),
    ("domain: files that failed", "domain.failed_files", "<=", 0),
)


def ratio(a: float | None, b: float | None) -> float | None:
    return round(a / b, 3) if a is not None and b else None


def ingest_ok(run: dict | None) -> bool:
    """An ingest that finished: exit status 0, or 3 (some files failed, recorded in the store)."""
    return bool(run) and run.get("exit_code") in (0, 3)


def problems(c: dict) -> list[str]:
    """Measures of a corpus that cannot be trusted: ingests that did not finish."""
    runs = {"ingest": c.get("ingest"), "re-ingest": c.get("reingest"),
            "small ingest": c.get("memory_small", {}).get("ingest")}
    return [f"{name} exited {run.get('exit_code')}: {' '.join(run.get('stderr_head', []))[:300]}"
            for name, run in runs.items() if run and not ingest_ok(run)]


def corpus_ratios(c: dict) -> dict:
    """The derived figures of one corpus's measurements (None where a part was not measured or an
    ingest did not finish)."""
    ingest, floor = c.get("ingest", {}), c.get("floor", {})
    naive, small = c.get("naive", {}), c.get("memory_small", {}).get("ingest", {})
    if not ingest_ok(ingest):
        return {}
    small = small if ingest_ok(small) else {}
    reingest = c["reingest"] if ingest_ok(c.get("reingest")) else {}
    return {
        "ingest_over_floor": ratio(ingest.get("seconds"), floor.get("seconds")),
        "ingest_cpu_over_floor_cpu": ratio(ingest.get("cpu_s"), floor.get("cpu_s")),
        "naive_cpu_over_ingest_cpu": ratio(naive.get("scaled_cpu_s"), ingest.get("cpu_s")),
        "naive_over_ingest": ratio(naive.get("scaled_seconds"), ingest.get("seconds")),
        "reingest_over_ingest": ratio(reingest.get("seconds"), ingest.get("seconds")),
        "ingest_chars_per_s_per_core": ingest.get("chars_per_s_per_core"),
        "peak_pss_mib": ingest.get("peak_pss_mib"),
        "sum_hwm_mib": ingest.get("sum_hwm_mib"),
        "hwm_full_over_small": ratio(ingest.get("sum_hwm_mib"), small.get("sum_hwm_mib")),
        "pss_full_over_small": ratio(ingest.get("peak_pss_mib"), small.get("peak_pss_mib")),
        "query_over_import": c.get("query", {}).get("ratio"),
        "false_positives": c.get("false_positives", {}).get("total"),
        "failed_files": sum(c["store"]["errors"].values()) if c.get("store") else None,
    }


def ratios(corpora: dict[str, dict]) -> dict[str, dict]:
    return {name: corpus_ratios(c) for name, c in corpora.items()}


def check(value: float | None, op: str, limit) -> bool | None:
    if value is None:
        return None
    if op == "within":
        return limit[0] <= value <= limit[1]
    return {"<=": operator.le, ">=": operator.ge}[op](value, limit)


def targets(derived: dict[str, dict]) -> list[dict]:
    """The targets of the corpora measured, each with its value and whether it is met (``ok`` None:
    not measured, or the ingest it needs did not finish)."""
    out = []
    for name, key, op, limit in TARGETS:
        corpus, field = key.split(".")
        if corpus in derived:
            value = derived[corpus].get(field)
            out.append({"target": name, "measured": value, "op": op, "limit": limit, "ok": check(value, op, limit)})
    return out


# --- the printed table -------------------------------------------------------------------------


def human(n: float | int | None, digits: int = 3) -> str:
    """45193222 -> "45.2M", 152000 -> "152k", None -> "-"."""
    if n is None:
        return "-"
    for size, unit in ((1e9, "G"), (1e6, "M"), (1e3, "k")):
        if abs(n) >= size:
            return f"{n / size:.{digits}g}{unit}"
    return f"{n:.{digits}g}"


ROW = "{:<7} {:<44} {:>6} {:>7} {:>8} {:>8} {:>8} {:>8} {:>9} {:>8}"


def measure_rows(name: str, c: dict, cores: int) -> list[str]:
    """One table row per measure that was taken: label, docs, chars, then the figures."""
    floor, naive, small, stages = (c.get(k, {}) for k in ("floor", "naive", "memory_small", "stages"))
    docs, chars = floor.get("docs"), floor.get("chars")
    scaled = naive and {**naive, "seconds": naive["scaled_seconds"], "cpu_s": naive["scaled_cpu_s"],
                        "docs_per_s": docs / naive["scaled_seconds"]}
    rows = [("(a) floor: read+decode+NFC+split, 1 proc", floor, docs, chars),
            (f"(b) thidua ingest, fresh store, {cores} procs", c.get("ingest"), docs, chars),
            ("re-ingest, unchanged files, same store", c.get("reingest"), docs, chars),
            ("(c) naive word_tokenize, sample, 1 proc", naive, naive.get("sample_docs"), naive.get("sample_chars")),
            ("(c) naive scaled to the corpus by chars", scaled, docs, chars),
            (f"ingest, first {small.get('docs')} docs, fresh store, {cores} procs", small.get("ingest"),
             small.get("docs"), small.get("chars")),
            ("stages called in-process on a sample, 1 proc", stages, stages.get("docs"), stages.get("chars"))]
    return [ROW.format(name, label, human(n), human(k), human(m.get("seconds")), human(m.get("cpu_s")),
                       human(m.get("docs_per_s")),
                       human(m.get("chars_per_s")), human(m.get("chars_per_s_per_core")), human(m.get("peak_pss_mib")))
            for label, m, n, k in rows if m]


def stage_rows(c: dict) -> list[str]:
    table = c.get("stages", {}).get("stages", {})
    return [f"  {stage:<24} {s['seconds']:>9.3f} s {100 * s['share']:>6.1f} %  {human(s['chars_per_s']):>7} chars/s"
            + (f"  {s['calls']:>6} calls" if s.get("calls") is not None else "") for stage, s in table.items()]


def corpus_section(name: str, c: dict, cores: int) -> list[str]:
    lines = [*measure_rows(name, c, cores), *(f"  PROBLEM: {p}" for p in problems(c))]
    floor = c.get("floor", {})
    lines.append(f"  {name}: {floor.get('sentences')} sentences, distinct share {floor.get('distinct_sentence_share')}")
    m = c.get("ingest", {})
    if m:
        lines.append(f"  ingest memory (MiB): peak PSS {m.get('peak_pss_mib')}, peak RSS sum {m.get('peak_rss_mib')},"
                     f" sum of VmHWM {m.get('sum_hwm_mib')}, largest process {m.get('max_hwm_mib')},"
                     f" writer (root) process {m.get('root_hwm_mib')},"
                     f" {m.get('processes')} processes; exit {m.get('exit_code')}")
        lines += progress_lines(m)
    if c.get("stages"):
        lines += [f"  stages on {c['stages']['docs']} docs (share of {c['stages'].get('seconds')} s; extract:<name> "
                  f"is inside extract; errors {c['stages'].get('errors') or 'none'}):",
                  *(f"  {'PROBLEM: ' if code == 'E_EXTRACT' else ''}{code} in stages, e.g. {message}"
                    for code, message in c["stages"].get("error_examples", {}).items()),
                  *stage_rows(c)]
    return lines + query_lines(c) + quality_lines(c)


def progress_lines(run: dict) -> list[str]:
    p = run.get("progress")
    if not p:
        return []
    return [f"  ingest progress: first file after {p['startup_s']} s; docs/s by quarter of the files "
            f"{p['quarter_docs_per_s']}; {p['tail_s']} s after the last file (entities, run row)"]


def query_lines(c: dict) -> list[str]:
    q = c.get("query")
    if not q:
        return []
    return [f"  cold `thidua chairs --body \"{q['body']}\"`: {q['chairs_median_s']} s vs `import duckdb`: "
            f"{q['import_duckdb_median_s']} s (median of {q['repeats']}; ratio {q['ratio']}; "
            f"exit codes {q['chairs_exit_codes']})"]


def quality_lines(c: dict) -> list[str]:
    lines = []
    store = c.get("store")
    if store:
        lines.append(f"  store: {store['documents']} documents, errors {store['errors'] or 'none'}, "
                     f"facts {store['facts']}")
    fp = c.get("false_positives")
    if fp:
        lines.append(f"  false positives: {fp['total']} ({fp['by_table']}), {fp['per_10k_docs']} per 10,000 docs, "
                     f"in {fp['docs_with_any']} docs")
        lines += [f"    {e['doc_id']} [{e['source_id']}] {e['fact_type']}: {e['surface']!r} ({e['rule']})"
                  for e in fp["examples"]]
    return lines


def target_lines(checks: list[dict]) -> list[str]:
    marks = {True: "ok  ", False: "MISS", None: "?   "}
    return [f"  {marks[t['ok']]} {t['target']:<46} {t['measured']!s:>10}  (target {t['op']} {t['limit']})"
            for t in checks]


def code_warning(meta: dict) -> list[str]:
    if meta.get("code_after") in (None, meta.get("code_before")):
        return []
    return [f"PROBLEM: the code under pipeline/, extractors/ or schemas/ changed during the run "
            f"({meta['code_before']} -> {meta['code_after']}): figures mix two versions"]


def format_report(report: dict) -> str:
    meta = report["meta"]
    cores = meta["cores_used"]
    lines = [f"thidua benchmark {meta['started']}  git {meta['git']}  {meta['cpus']} cpus, {cores} used  "
             f"load avg before {meta['load_before']} after {meta.get('load_after')}",
             f"extractors: {meta['extractors']}",
             *code_warning(meta), "",
             ROW.format("corpus", "measure", "docs", "chars", "wall s", "CPU s", "docs/s", "chars/s", "chars/s/c",
                        "PSS MiB")]
    for name, c in report["corpora"].items():
        lines += [*corpus_section(name, c, cores), ""]
    lines += ["CPU-time ratios (less sensitive to a shared machine; not targets): "
              + "; ".join(f"{name} ingest/floor {r.get('ingest_cpu_over_floor_cpu')}, naive/ingest "
                          f"{r.get('naive_cpu_over_ingest_cpu')}" for name, r in report["ratios"].items()), "",
              "targets:", *target_lines(report["targets"]), "", f"benchmark wall time: {meta.get('elapsed_s')} s"]
    return "\n".join(lines)
