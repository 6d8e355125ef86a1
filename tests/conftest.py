"""Shared fixtures: the shipped corpus ingested once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli import app

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
GOLD = ROOT / "tests" / "data" / "gold"
SHARED_SCORER = ROOT.parent / "shared" / "gold" / "score.py"


def run_cli(*args: str):
    """Invoke the ``thidua`` command line in-process; returns click's Result."""
    return CliRunner().invoke(app, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture(scope="session")
def corpus_db(tmp_path_factory) -> Path:
    """A store holding the shipped corpus."""
    db = tmp_path_factory.mktemp("store") / "corpus.duckdb"
    result = run_cli("ingest", CORPUS, "--db", db, "--workers", "1")
    assert result.exit_code == 0, result.output
    return db


def found(text: str, kind: type, *fields: str) -> set:
    """The facts of one kind that ``text`` yields, as tuples of ``fields`` (one field: its values):
    what the table-driven extraction tests compare."""
    from pipeline.process import process_text

    _, facts = process_text(text)
    rows = {tuple(getattr(f, x) for x in fields) for f in facts if isinstance(f, kind)}
    return {r[0] for r in rows} if len(fields) == 1 else rows


def bodies_of(text: str) -> set[str]:
    """The names of the bodies ``text`` yields, each fact's evidence checked against the text."""
    from pipeline.process import process_text
    from schemas.facts import Body

    doc, facts = process_text(text)
    bodies = [f for f in facts if isinstance(f, Body)]
    for f in bodies:
        assert doc.text[f.evidence.start : f.evidence.end] == f.evidence.surface
    return {f.name for f in bodies}
