"""The pattern matcher reads the pattern files' ``IN`` lists as sets, and matches as spaCy's lists would."""

from __future__ import annotations

from extractors.nlp import PATTERN_DIR, load_patterns
from extractors.phrases import _compiled, match_patterns, read_tokens


def test_in_lists_are_sets_for_the_matcher_and_lists_in_the_files() -> None:
    for path in sorted(PATTERN_DIR.glob("*.jsonl")):
        index, anywhere = _compiled(path.name)
        for _, _, specs in [e for entries in index.values() for e in entries] + anywhere:
            for spec in specs:
                for key in ("NORM", "ORTH"):
                    if isinstance(spec.get(key), dict):
                        assert isinstance(spec[key]["IN"], frozenset), (path.name, spec)
        for row in load_patterns(path.name):  # the files as spaCy's span ruler reads them
            for spec in row["pattern"] if isinstance(row["pattern"], list) else ():
                if isinstance(spec.get("NORM"), dict):
                    assert isinstance(spec["NORM"]["IN"], list)


def test_a_word_of_a_long_in_list_matches() -> None:
    toks = read_tokens("Năm 2023, Công an tỉnh Hà Giang được bầu làm Cụm trưởng Cụm thi đua số 1.")
    assert any(m.label for m in match_patterns("chairs.roles.jsonl", toks))
