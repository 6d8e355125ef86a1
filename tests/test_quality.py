"""Extraction quality on the gold sets, with floors that may only be lowered on purpose
(trafilatura's evaluation discipline), and the negatives that must yield nothing."""

from __future__ import annotations

import json
import subprocess
import sys

import duckdb
import pytest

from tests.conftest import GOLD, ROOT, run_cli

DATA = GOLD.parent

# (folder ingested, gold file) -> minimum F1 per type and overall: a little under what the
# extractors reach today (README, "Quality"). The dev sets were used to write the rules;
# heldout36, heldout37, heldout38 and heldout39 were not, and are the honest estimates for unseen
# reports (heldout … heldout35 were held out too until their scores were taken, then became
# development data: docs/devset.md).
# vntc-thidua: the 40 real articles, written out from ../shared by the test below.
FLOORS = {
    ("devset", "devset.jsonl"): {"overall": 0.97, "bodies": 0.97, "chairs": 0.97, "members": 0.97,
                                 "campaigns": 0.97, "awards": 0.97, "persons": 0.97},
    ("devset2", "devset2.jsonl"): {"overall": 0.97, "bodies": 0.97, "chairs": 0.97, "members": 0.97,
                                   "campaigns": 0.97, "awards": 0.95, "persons": 0.97},
    ("devset3", "devset3.jsonl"): {"overall": 0.97,
                                   "campaigns": 0.97, "awards": 0.95, "persons": 0.97},
    ("devset4", "devset4.jsonl"): {"overall": 0.97, "bodies": 0.97, "chairs": 0.97, "members": 0.97,
                                   "campaigns": 0.97, "awards": 0.95, "persons": 0.97},
    ("devset5", "devset5.jsonl"): {"overall": 0.97, "bodies": 0.97, "chairs": 0.97, "members": 0.97,
                                   "campaigns": 0.97, "awards": 0.95, "persons": 0.97},
    ("devset6", "devset6.jsonl"): {"overall": 0.96, "bodies": 0.97, "chairs": 0.95, "members": 0.95,
                                   "campaigns": 0.97, "awards": 0.95, "persons": 0.97},
    ("devset7", "devset7.jsonl"): {"overall": 0.97, "bodies": 0.97, "chairs": 0.97, "members": 0.97,
                                   "campaigns": 0.97, "awards": 0.97, "persons": 0.97},
    ("heldout", "heldout.jsonl"): {"overall": 0.97, "bodies": 0.97, "chairs": 0.97, "members": 0.97,
                                   "campaigns": 0.97, "awards": 0.97, "persons": 0.97},
    ("heldout2", "heldout2.jsonl"): {"overall": 0.97, "bodies": 0.97, "chairs": 0.97, "members": 0.97,
                                     "campaigns": 0.97, "awards": 0.97, "persons": 0.97},
    ("heldout3", "heldout3.jsonl"): {"overall": 0.97, "bodies": 0.97, "chairs": 0.97, "members": 0.97,
                                     "campaigns": 0.97, "awards": 0.97, "persons": 0.97},
    ("heldout4", "heldout4.jsonl"): {"overall": 0.97, "bodies": 0.97, "chairs": 0.97, "members": 0.97,
                                     "campaigns": 0.97, "awards": 0.97, "persons": 0.97},
    ("heldout5", "heldout5.jsonl"): {"overall": 0.97, "bodies": 0.97, "chairs": 0.97, "members": 0.97,
                                     "campaigns": 0.97, "awards": 0.97, "persons": 0.97},
    ("heldout6", "heldout6.jsonl"): {"overall": 0.96, "bodies": 0.97, "chairs": 0.93, "members": 0.95,
                                     "campaigns": 0.97, "awards": 0.97, "persons": 0.97},
    ("heldout7", "heldout7.jsonl"): {"overall": 0.97, "bodies": 0.97, "chairs": 0.96, "members": 0.97,
                                     "campaigns": 0.97, "awards": 0.95, "persons": 0.97},
    ("devset8", "devset8.jsonl"): {"overall": 0.96, "bodies": 0.97, "chairs": 0.95, "members": 0.96,
                                   "campaigns": 0.97, "awards": 0.90, "persons": 0.97},
    ("devset9", "devset9.jsonl"): {"overall": 0.96, "bodies": 0.97, "chairs": 0.94, "members": 0.97,
                                   "campaigns": 0.97, "awards": 0.94, "persons": 0.97},
    ("heldout8", "heldout8.jsonl"): {"overall": 0.97, "bodies": 0.97, "chairs": 0.96, "members": 0.97,
                                     "campaigns": 0.97, "awards": 0.97, "persons": 0.97},
    ("heldout9", "heldout9.jsonl"): {"overall": 0.96, "bodies": 0.90, "chairs": 0.97, "members": 0.94,
                                     "campaigns": 0.97, "awards": 0.94, "persons": 0.97},
    ("heldout10", "heldout10.jsonl"): {"overall": 0.97, "bodies": 0.97, "chairs": 0.97, "members": 0.97,
                                       "campaigns": 0.97, "awards": 0.97, "persons": 0.97},
    ("heldout11", "heldout11.jsonl"): {"overall": 0.97, "bodies": 0.97, "chairs": 0.97, "members": 0.97,
                                       "campaigns": 0.97, "awards": 0.97, "persons": 0.97},
    ("heldout12", "heldout12.jsonl"): {"overall": 0.97, "bodies": 0.97, "chairs": 0.97, "members": 0.97,
                                       "campaigns": 0.97, "awards": 0.97, "persons": 0.97},
    ("heldout13", "heldout13.jsonl"): {"overall": 0.97, "bodies": 0.97, "chairs": 0.97, "members": 0.97,
                                       "campaigns": 0.97, "awards": 0.97, "persons": 0.97},
    ("heldout15", "heldout15.jsonl"): {"overall": 0.94, "bodies": 0.97, "chairs": 0.97, "members": 0.97,
                                       "campaigns": 0.97, "awards": 0.8, "persons": 0.97},
    ("heldout16", "heldout16.jsonl"): {"overall": 0.95, "bodies": 0.97, "chairs": 0.97, "members": 0.97,
                                       "campaigns": 0.97, "awards": 0.88, "persons": 0.97},
    ("heldout14", "heldout14.jsonl"): {"overall": 0.96, "bodies": 0.94, "chairs": 0.97, "members": 0.97,
                                       "campaigns": 0.97, "awards": 0.89, "persons": 0.97},
    ("heldout17", "heldout17.jsonl"): {"overall": 0.97, "bodies": 0.97, "chairs": 0.97, "members": 0.97,
                                       "campaigns": 0.97, "awards": 0.95, "persons": 0.97},
    ("heldout18", "heldout18.jsonl"): {"overall": 0.97, "bodies": 0.97, "chairs": 0.97, "members": 0.97,
                                       "campaigns": 0.97, "awards": 0.96, "persons": 0.97},
    ("heldout19", "heldout19.jsonl"): {"overall": 0.97, "bodies": 0.97, "chairs": 0.97, "members": 0.97,
                                       "campaigns": 0.97, "awards": 0.97, "persons": 0.97},
    ("heldout20", "heldout20.jsonl"): {"overall": 0.97, "bodies": 0.97, "chairs": 0.97, "members": 0.97,
                                       "campaigns": 0.97, "awards": 0.95, "persons": 0.97},
    ("heldout21", "heldout21.jsonl"): {"overall": 0.95, "bodies": 0.97, "chairs": 0.97, "members": 0.97,
                                       "campaigns": 0.97, "awards": 0.86, "persons": 0.97},
    ("heldout22", "heldout22.jsonl"): {"overall": 0.97, "bodies": 0.97, "chairs": 0.97, "members": 0.97,
                                       "campaigns": 0.97, "awards": 0.93, "persons": 0.97},
    ("heldout23", "heldout23.jsonl"): {"overall": 0.96, "bodies": 0.97, "chairs": 0.96, "members": 0.97,
                                       "campaigns": 0.97, "awards": 0.91, "persons": 0.97},
    ("heldout24", "heldout24.jsonl"): {"overall": 0.96, "bodies": 0.97, "chairs": 0.95, "members": 0.97,
                                       "campaigns": 0.97, "awards": 0.94, "persons": 0.97},
    ("heldout25", "heldout25.jsonl"): {"overall": 0.96, "bodies": 0.97, "chairs": 0.97, "members": 0.97,
                                       "campaigns": 0.97, "awards": 0.90, "persons": 0.97},
    ("heldout26", "heldout26.jsonl"): {"overall": 0.97, "bodies": 0.97, "chairs": 0.95, "members": 0.97,
                                       "campaigns": 0.97, "awards": 0.96, "persons": 0.97},
    ("heldout27", "heldout27.jsonl"): {"overall": 0.96, "bodies": 0.97, "chairs": 0.97, "members": 0.95,
                                       "campaigns": 0.97, "awards": 0.92, "persons": 0.97},
    ("heldout28", "heldout28.jsonl"): {"overall": 0.95, "bodies": 0.97, "chairs": 0.94, "members": 0.97,
                                       "campaigns": 0.97, "awards": 0.90, "persons": 0.97},
    ("heldout29", "heldout29.jsonl"): {"overall": 0.97, "bodies": 0.97, "chairs": 0.97, "members": 0.96,
                                       "campaigns": 0.97, "awards": 0.95, "persons": 0.97},
    ("heldout30", "heldout30.jsonl"): {"overall": 0.96, "bodies": 0.97, "chairs": 0.95, "members": 0.97,
                                       "campaigns": 0.97, "awards": 0.91, "persons": 0.97},
    ("heldout31", "heldout31.jsonl"): {"overall": 0.95, "bodies": 0.97, "chairs": 0.95, "members": 0.97,
                                       "campaigns": 0.97, "awards": 0.89, "persons": 0.97},
    ("heldout32", "heldout32.jsonl"): {"overall": 0.96, "bodies": 0.97, "chairs": 0.97, "members": 0.97,
                                       "campaigns": 0.97, "awards": 0.90, "persons": 0.97},
    ("heldout33", "heldout33.jsonl"): {"overall": 0.96, "bodies": 0.97, "chairs": 0.97, "members": 0.97,
                                       "campaigns": 0.97, "awards": 0.88, "persons": 0.97},
    ("heldout34", "heldout34.jsonl"): {"overall": 0.96, "bodies": 0.97, "chairs": 0.90, "members": 0.97,
                                       "campaigns": 0.97, "awards": 0.95, "persons": 0.97},
    ("heldout35", "heldout35.jsonl"): {"overall": 0.95, "bodies": 0.97, "chairs": 0.96, "members": 0.93,
                                       "campaigns": 0.97, "awards": 0.96, "persons": 0.96},
    ("heldout36", "heldout36.jsonl"): {"overall": 0.87, "bodies": 0.97, "chairs": 0.78, "members": 0.95,
                                       "campaigns": 0.97, "awards": 0.69, "persons": 0.96},
    ("heldout37", "heldout37.jsonl"): {"overall": 0.93, "bodies": 0.91, "chairs": 0.89, "members": 0.96,
                                       "campaigns": 0.97, "awards": 0.88, "persons": 0.96},
    ("heldout38", "heldout38.jsonl"): {"overall": 0.89, "bodies": 0.97, "chairs": 0.79, "members": 0.86,
                                       "campaigns": 0.95, "awards": 0.94, "persons": 0.97},
    ("heldout39", "heldout39.jsonl"): {"overall": 0.84, "bodies": 0.97, "chairs": 0.80, "members": 0.78,
                                       "campaigns": 0.97, "awards": 0.73, "persons": 0.94},
    ("vntc-thidua", "vntc-thidua.jsonl"): {"overall": 0.95,
                                           "campaigns": 0.97, "awards": 0.92, "persons": 0.96},
}


@pytest.mark.parametrize(("folder", "gold"), [key for key in FLOORS if (DATA / key[0]).is_dir()])
def test_quality_stays_above_floors(tmp_path, folder, gold):
    assert_floors(DATA / folder, gold, tmp_path)


def assert_floors(folder, gold, tmp_path):
    db = tmp_path / "q.duckdb"
    assert run_cli("ingest", folder, "--db", db).exit_code == 0
    figures = json.loads(run_cli("evaluate", GOLD / gold, "--db", db, "--json").output)
    below = {t: (figures[t]["f1"], floor) for t, floor in FLOORS[folder.name, gold].items() if figures[t]["f1"] < floor}
    assert not below, f"F1 below its floor (got, floor): {below}"


def test_quality_on_real_news_articles_stays_above_floors(tmp_path):
    """The 40 real articles of ../shared/bench (text not in the repository: written out here)."""
    source = ROOT.parent / "shared" / "bench" / "vntc-thidua.jsonl"
    if not source.exists():
        pytest.skip("no ../shared/bench/vntc-thidua.jsonl")
    folder = tmp_path / "vntc-thidua"
    script = ROOT / "scripts" / "vntc_thidua.py"
    subprocess.run([sys.executable, script, "--source", source, "--out", folder], check=True, capture_output=True)
    assert len(list(folder.iterdir())) == 40
    assert_floors(folder, "vntc-thidua.jsonl", tmp_path)


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
