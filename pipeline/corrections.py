"""An archivist's corrections, kept in a YAML file and applied on every ingest.

Three sections, each a list of entries (see ``corrections.example.yaml`` and docs/research.md):

- ``merge``: names that are one bloc or cluster ("Khối Nội chính" = "Khối thi đua các bộ,
  ngành Nội chính Trung ương"); they feed body resolution.
- ``reject``: extracted facts that are wrong. They stay in the fact tables but every answer
  leaves them out (``rejected_facts``).
- ``add``: facts the extractors missed, each with a citation (a stored document, free text, or
  both); they live in ``added_facts`` and every answer shows them with source ``correction``.

This module reads and checks the file and decides what each entry matches; ``rebuild_entities``
(pipeline/ingest.py) applies it and the store records it (table ``corrections``). Pure: no SQL.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from schemas.names import body_key, canon, fold

DEFAULT_NAME = "corrections.yaml"
ENV_VAR = "THIDUA_CORRECTIONS"
SECTIONS = ("merge", "reject", "add")
FIELDS = {  # fact type -> the fields an entry may name
    "bodies": ("name", "kind", "parent"),
    "chairs": ("body", "role", "holder", "holder_kind", "holder_org", "year"),
    "members": ("body", "member", "year"),
    "campaigns": ("name", "kind", "year"),
    "awards": ("award", "recipient", "year", "status"),
    "persons": ("name", "title"),
}
REQUIRED = {  # what an added fact must say
    "bodies": ("name",), "chairs": ("body", "role", "holder", "year"), "members": ("body", "member"),
    "campaigns": ("name",), "awards": ("award",), "persons": ("name",),
}
CHOICES = {  # (fact type, field) -> allowed values
    ("bodies", "kind"): ("bloc", "cluster"), ("campaigns", "kind"): ("campaign", "theme"),
    ("chairs", "role"): ("chair", "vice_chair"), ("chairs", "holder_kind"): ("org", "person"),
    ("awards", "status"): ("granted", "proposed"),
}
DEFAULTS = {("chairs", "holder_kind"): "org", ("campaigns", "kind"): "campaign", ("awards", "status"): "granted"}
ENTRY_KEYS = {"merge": {"name", "same_as", "kind", "note"},
              "reject": {"fact", "doc", "note"},
              "add": {"fact", "doc", "quote", "cite", "note"}}


class CorrectionsError(Exception):
    """The corrections file cannot be used as written (the message says where and why)."""


@dataclass(frozen=True)
class Correction:
    correction_id: str  # "merge-1", "reject-2", "add-1": section and position in the file
    action: str  # merge | reject | add
    fact_type: str  # bodies for merges
    fields: dict  # reject: what a fact must say to be rejected; add: the fact
    line: int
    doc: str | None = None  # reject: only what this document says; add: the document cited
    quote: str | None = None  # add: the words of ``doc`` that say so
    cite: str | None = None  # add: a free-text citation
    note: str | None = None
    names: tuple[str, ...] = ()  # merge: the name shown first, then the names it is the same as
    kind: str | None = None  # merge: bloc | cluster (default: from the name)


@dataclass(frozen=True)
class Corrections:
    path: Path | None = None
    entries: tuple[Correction, ...] = ()

    def of(self, action: str, fact_type: str | None = None) -> list[Correction]:
        return [c for c in self.entries if c.action == action and fact_type in (None, c.fact_type)]


@dataclass
class Effects:
    """What each entry did on this run: how much it matched, and what is wrong with it."""

    matched: dict[str, int] = field(default_factory=dict)
    problems: dict[str, list[str]] = field(default_factory=dict)

    def hit(self, c: Correction, n: int = 1) -> None:
        self.matched[c.correction_id] = self.matched.get(c.correction_id, 0) + n

    def flag(self, c: Correction, problem: str) -> None:
        self.problems.setdefault(c.correction_id, []).append(problem)


# ---------------------------------------------------------------- the file


def find_corrections(store_path: str | Path | None) -> Path | None:
    """The corrections file to apply: ``$THIDUA_CORRECTIONS`` when set, else ``corrections.yaml``
    beside the store (so the answer never depends on the folder a command runs from)."""
    if os.environ.get(ENV_VAR):
        return Path(os.environ[ENV_VAR])
    return Path(store_path).with_name(DEFAULT_NAME) if store_path else None


def read_corrections(path: Path | None, required: bool = False) -> Corrections:
    """Parse and check the file at ``path``; no file (when not ``required``) is no corrections."""
    if path is None or not path.exists():
        if required or (path is not None and os.environ.get(ENV_VAR) == str(path)):
            raise CorrectionsError(f"no corrections file at {path}")
        return Corrections(path)
    try:
        data = load_yaml(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise CorrectionsError(f"{path}: {exc}") from exc
    if data is None:
        return Corrections(path)
    if not isinstance(data, dict) or set(data) - {*SECTIONS, "__line__"}:
        extra = sorted(set(data) - {*SECTIONS, "__line__"}) if isinstance(data, dict) else []
        raise CorrectionsError(f"{path}: expected the sections {', '.join(SECTIONS)}"
                               + (f", not {', '.join(map(repr, extra))}" if extra else ""))
    entries = []
    for section in SECTIONS:
        items = data.get(section) or []
        if not isinstance(items, list):
            raise CorrectionsError(f"{path}: '{section}' must be a list of entries")
        for n, item in enumerate(items, 1):
            where = f"{path}: line {item.get('__line__', '?') if isinstance(item, dict) else '?'}: {section} #{n}"
            try:
                entries.append(parse_entry(section, n, item))
            except ValueError as exc:
                raise CorrectionsError(f"{where}: {exc}") from None
    return Corrections(path, tuple(entries))


def load_yaml(text: str):
    """YAML to Python, each mapping with its line number under ``__line__``."""
    import yaml

    class Loader(yaml.SafeLoader):
        pass

    def mapping(loader, node):
        out = loader.construct_mapping(node, deep=True)
        out["__line__"] = node.start_mark.line + 1
        return out

    Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, mapping)
    try:
        return yaml.load(text, Loader=Loader)  # noqa: S506 (a SafeLoader)
    except yaml.YAMLError as exc:
        raise ValueError(f"not valid YAML: {' '.join(str(exc).split())}") from None


def parse_entry(section: str, n: int, item) -> Correction:
    """One entry of the file, checked; raises ``ValueError`` saying what is wrong."""
    if not isinstance(item, dict):
        raise ValueError("an entry is a mapping of fields (`name: value` lines)")
    line = item.pop("__line__", 0)
    cid = f"{section}-{n}"
    if section == "merge":
        return parse_merge(cid, line, item)
    fact_type = item.get("fact")
    if fact_type not in FIELDS:
        raise ValueError(f"'fact' must be one of {', '.join(FIELDS)} (got {fact_type!r})")
    unknown = set(item) - ENTRY_KEYS[section] - set(FIELDS[fact_type])
    if unknown:
        raise ValueError(f"unknown field {', '.join(map(repr, sorted(unknown)))} for {fact_type} "
                         f"(known: {', '.join([*FIELDS[fact_type], *sorted(ENTRY_KEYS[section] - {'fact'})])})")
    fields = {k: check_value(fact_type, k, item[k]) for k in FIELDS[fact_type] if k in item}
    meta = {k: check_text(k, item.get(k)) for k in ("doc", "quote", "cite", "note")}
    if section == "reject" and not fields:
        raise ValueError("say which facts to reject: name at least one of " + ", ".join(FIELDS[fact_type]))
    if section == "add":
        missing = [k for k in REQUIRED[fact_type] if fields.get(k) is None]
        if missing:
            raise ValueError(f"an added {fact_type} fact needs {', '.join(missing)}")
        if not meta["doc"] and not meta["cite"]:
            raise ValueError("an added fact needs a citation: 'doc' (a stored document id) or 'cite' (free text)")
        if meta["quote"] and not meta["doc"]:
            raise ValueError("'quote' needs the 'doc' it is quoted from")
        fields = {**{k: None for k in FIELDS[fact_type]}, **fields}
        for (t, k), v in DEFAULTS.items():
            if t == fact_type and fields[k] is None:
                fields[k] = v
        if fact_type == "bodies" and fields["kind"] is None:
            fields["kind"] = guess_kind(fields["name"])
    return Correction(cid, section, fact_type, fields, line, meta["doc"], meta["quote"], meta["cite"], meta["note"])


def parse_merge(cid: str, line: int, item: dict) -> Correction:
    unknown = set(item) - ENTRY_KEYS["merge"]
    if unknown:
        raise ValueError(f"unknown field {', '.join(map(repr, sorted(unknown)))} "
                         f"(known: {', '.join(sorted(ENTRY_KEYS['merge']))})")
    name = check_text("name", item.get("name"))
    same = item.get("same_as")
    same = [same] if isinstance(same, str) else same
    if not name or not same or not isinstance(same, list):
        raise ValueError("a merge needs 'name' (the name to show) and 'same_as' (a list of other names)")
    names = (name, *(check_text("same_as", s) for s in same))
    if not all(names):
        raise ValueError("'same_as' lists names: no empty ones")
    kind = check_value("bodies", "kind", item.get("kind"))
    return Correction(cid, "merge", "bodies", {"name": name}, line, note=check_text("note", item.get("note")),
                      names=names, kind=kind or guess_kind(name))


def check_value(fact_type: str, key: str, value):
    if key == "year":
        if value is not None and (not isinstance(value, int) or isinstance(value, bool) or not 1900 < value < 2100):
            raise ValueError(f"'year' must be a year such as 2022 (got {value!r})")
        return value
    value = check_text(key, value)
    if value is not None and key == "role":
        value = value.replace("-", "_").replace(" ", "_")
    allowed = CHOICES.get((fact_type, key))
    if allowed and value is not None and value not in allowed:
        raise ValueError(f"'{key}' must be one of {', '.join(allowed)} (got {value!r})")
    return value


def check_text(key: str, value) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        hint = " (write it in quotes: YAML reads 001_123 as a number)" if key == "doc" else ""
        raise ValueError(f"'{key}' must be text, got {value!r}{hint}")
    value = " ".join(value.split())
    return value or None


def guess_kind(name: str) -> str:
    """"Cụm thi đua …" is a cluster; every other body a bloc."""
    return "cluster" if fold(name).startswith("cum") else "bloc"


# ---------------------------------------------------------------- matching


def same_name(a: str | None, b: str | None) -> bool:
    """Names compared as the scorer does (canonical form), or without any diacritics."""
    if a is None or b is None:
        return a is b
    return canon(a) == canon(b) or fold(a) == fold(b)


def same_body_name(a: str, b: str) -> bool:
    return body_key(a) == body_key(b) or fold(body_key(a)) == fold(body_key(b))


class BodyIndex:
    """Find resolved bodies by any of their names the way entries of the file name them: exactly
    (ignoring case, spacing, tone placement, then diacritics), else by words as the query commands
    do ("khoi noi chinh"), when the words name one body only."""

    def __init__(self, aliases: Iterable[tuple[str, str]]):
        self.by_key: dict[str, list[str]] = {}
        self.names: dict[str, list[str]] = {}
        for body_id, alias in aliases:
            self.add(body_id, alias)

    def add(self, body_id: str, name: str) -> None:
        self.names.setdefault(body_id, []).append(name)
        for key in {body_key(name), fold(body_key(name))}:
            ids = self.by_key.setdefault(key, [])
            if body_id not in ids:
                ids.append(body_id)

    def find(self, name: str) -> list[str]:
        exact = self.by_key.get(body_key(name)) or self.by_key.get(fold(body_key(name)))
        if exact:
            return list(exact)
        loose = self.by_words(name)
        return loose if len(loose) == 1 else []

    def by_words(self, name: str) -> list[str]:
        from pipeline.research import query_words, words_match

        query = query_words(name)
        return [b for b, names in self.names.items() if any(words_match(query, n) for n in names)]

    def explain(self, name: str) -> str:
        """Why ``name`` names no body (for ``thidua corrections check``)."""
        n = len(self.by_words(name))
        return (f"{name!r} could be any of {n} blocs and clusters: give its full name" if n > 1
                else f"no bloc or cluster is named {name!r}")


def merge_target(names: Iterable[str], fixes: Corrections) -> Correction | None:
    """The merge entry one of ``names`` belongs to, if any."""
    names = list(names)
    return next((c for c in fixes.of("merge") if any(same_body_name(n, m) for n in names for m in c.names)), None)


def merged_by_alias(c: Correction, names: Iterable[str]) -> bool:
    """Whether ``names`` match one of the merge's other names (not only the name it shows)."""
    return any(same_body_name(n, m) for n in names for m in c.names[1:])


def rejects_body(c: Correction, doc_id: str, names: Iterable[str], kind: str, parent: str | None) -> bool:
    f = c.fields
    return ((c.doc is None or c.doc == doc_id)
            and ("name" not in f or any(same_body_name(f["name"], n) for n in names))
            and ("kind" not in f or f["kind"] == kind)
            and ("parent" not in f or same_name(f["parent"], parent)))


def rejects(c: Correction, fact: dict, body_ids: list[str]) -> bool:
    """Whether reject entry ``c`` names ``fact`` (a fact row; ``body_ids``: the bodies its
    ``body`` field names)."""
    if c.doc is not None and c.doc != fact["doc_id"]:
        return False
    for key, want in c.fields.items():
        if key == "body":
            if fact.get("body_id") not in body_ids:
                return False
        elif key in ("year", "role", "kind", "status", "holder_kind"):
            if fact.get(key) != want:
                return False
        elif not same_name(want, fact.get(key)):
            return False
    return True


def same_fact(fact_type: str, a: dict, b: dict) -> bool:
    """Whether two facts of one type say the same thing (used to spot additions now extracted)."""
    keys = {"chairs": ("body_id", "role", "year"), "members": ("body_id",), "campaigns": (),
            "awards": ("year", "status"), "persons": (), "bodies": ("kind",)}[fact_type]
    names = {"chairs": ("holder",), "members": ("member",), "campaigns": ("name",), "awards": ("award", "recipient"),
             "persons": ("name",), "bodies": ("name",)}[fact_type]
    if any(a.get(k) != b.get(k) for k in keys):
        return False
    if fact_type == "members" and a.get("year") is not None and a.get("year") != b.get("year"):
        return False
    return all(same_name(a.get(k), b.get(k)) for k in names)


def locate_quote(text: str, quote: str) -> tuple[int, int, int, int] | None:
    """``(start, end, line_start, line_end)`` of ``quote`` in ``text``, whatever the spacing."""
    pattern = r"\s+".join(map(re.escape, quote.split()))
    m = re.search(pattern, text) or re.search(pattern, text, re.IGNORECASE)
    if not m:
        return None
    line_start = text.rfind("\n", 0, m.start()) + 1
    line_end = text.find("\n", m.end())
    return m.start(), m.end(), line_start, len(text) if line_end < 0 else line_end


# ---------------------------------------------------------------- rows for the store


def correction_rows(fixes: Corrections, effects: Effects) -> list[dict]:
    """Rows of the ``corrections`` table: each entry, what it matched and what is wrong with it."""
    import json

    out = []
    for c in fixes.entries:
        entry = {"fact": c.fact_type, **c.fields} if c.action != "merge" else {"name": c.names[0],
                                                                               "same_as": list(c.names[1:])}
        out.append({"correction_id": c.correction_id, "action": c.action, "fact_type": c.fact_type,
                    "entry": json.dumps(entry, ensure_ascii=False), "doc_id": c.doc, "cite": c.cite, "note": c.note,
                    "file": str(fixes.path), "line": c.line, "matched": effects.matched.get(c.correction_id, 0),
                    "problem": "; ".join(effects.problems.get(c.correction_id, [])) or None})
    return out


ADDED_COLUMNS = ("correction_id", "fact_type", "doc_id", "cite", "body_id", "role", "holder", "holder_kind",
                 "holder_org", "member", "name", "kind", "parent", "award", "recipient", "status", "title", "year",
                 "start_char", "end_char", "sent_start", "sent_end")


def added_row(c: Correction, body_id: str | None, texts: dict[str, str], effects: Effects) -> dict:
    """The ``added_facts`` row of an ``add`` entry, its quote located in the cited document."""
    row = dict.fromkeys(ADDED_COLUMNS)
    row.update({k: v for k, v in c.fields.items() if k != "body"})
    row.update({"correction_id": c.correction_id, "fact_type": c.fact_type, "doc_id": c.doc, "cite": c.cite,
                "body_id": body_id})
    if c.doc and c.doc not in texts:
        effects.flag(c, f"document {c.doc} is not in the store")
    elif c.quote:
        found = locate_quote(texts[c.doc], c.quote)
        if found:
            row.update(zip(("start_char", "end_char", "sent_start", "sent_end"), found, strict=True))
        else:
            effects.flag(c, f"the quote is not in document {c.doc}")
    effects.hit(c)
    return row
