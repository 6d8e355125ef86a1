"""Extraction quality on the gold sets, with floors that may only be lowered on purpose
(trafilatura's evaluation discipline), and the negatives that must yield nothing."""

from __future__ import annotations

import json

import duckdb
import pytest

from tests.conftest import GOLD, run_cli

DATA = GOLD.parent

# (folder ingested, gold file) -> minimum F1 per type and overall: a little under what the
# extractors reach today (README, "Quality"). The dev sets were used to write the rules; the
# held-out set was not, and is the honest estimate for unseen reports.
FLOORS = {
    ("devset", "devset.jsonl"): {"overall": 0.97, "bodies": 0.97, "chairs": 0.95, "members": 0.95,
                                 "campaigns": 0.95, "awards": 0.95, "persons": 0.95},
    ("devset2", "devset2.jsonl"): {"overall": 0.95, "bodies": 0.95, "chairs": 0.95, "members": 0.95,
                                   "campaigns": 0.93, "awards": 0.85, "persons": 0.92},
    ("devset3", "devset3.jsonl"): {"overall": 0.92, "campaigns": 0.95, "awards": 0.87, "persons": 0.95},
    ("heldout", "heldout.jsonl"): {"overall": 0.80, "bodies": 0.95, "chairs": 0.78, "members": 0.62,
                                   "campaigns": 0.92, "awards": 0.78, "persons": 0.95},
}


@pytest.mark.parametrize(("folder", "gold"), list(FLOORS))
def test_quality_stays_above_floors(tmp_path, folder, gold):
    db = tmp_path / "q.duckdb"
    assert run_cli("ingest", DATA / folder, "--db", db).exit_code == 0
    figures = json.loads(run_cli("evaluate", GOLD / gold, "--db", db, "--json").output)
    below = {t: (figures[t]["f1"], floor) for t, floor in FLOORS[folder, gold].items() if figures[t]["f1"] < floor}
    assert not below, f"F1 below its floor (got, floor): {below}"


def test_minutes_in_the_demo_corpus_score_well(corpus_db):
    figures = json.loads(run_cli("evaluate", GOLD / "minutes.jsonl", "--db", corpus_db, "--json").output)
    assert figures["overall"]["f1"] >= 0.95, figures


def test_negatives_yield_no_bloc_cluster_chair_or_member(tmp_path):
    db = tmp_path / "neg.duckdb"
    assert run_cli("ingest", DATA / "negatives", "--db", db).exit_code == 0
    con = duckdb.connect(str(db), read_only=True)
    counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("body_mentions", "chairs", "members")}
    docs = con.execute("SELECT count(*) FROM documents").fetchone()[0]
    con.close()
    assert docs == len(list((DATA / "negatives").iterdir()))
    assert counts == {"body_mentions": 0, "chairs": 0, "members": 0}
